"""Reconnect delays: a frozen value object, exponential with jitter and a cap (like urllib3's ``Retry``).

A :class:`Backoff` never changes: :meth:`Backoff.increment` returns a new one that counts one more
attempt, so one policy can be shared by any number of connections.
"""
from __future__ import annotations

import dataclasses
import random
from typing import ClassVar, Optional, Union

from tiktoklive.errors import InvalidOptionError, InvalidTypeError


@dataclasses.dataclass(frozen=True)
class Backoff:
    """How long to wait before each reconnect attempt, and how many attempts to make.

    Attempt ``n`` (counting from 0) waits ``min(max_delay, initial * factor ** n)`` seconds plus a
    random extra of up to ``jitter`` times that (so many clients dropped at once do not all come back
    at the same instant), never more than ``max_delay``.

    :param initial: delay before the first attempt, in seconds.
    :param factor: how much each delay grows over the previous one.
    :param max_delay: the longest delay, in seconds.
    :param jitter: the random extra, as a fraction of the delay (0 for none).
    :param max_attempts: attempts before giving up (``None``: never give up; 0: never reconnect).
    :param attempt: attempts made so far.
    """

    initial: float = 1.0
    factor: float = 2.0
    max_delay: float = 30.0
    jitter: float = 0.25
    max_attempts: Optional[int] = 8
    attempt: int = 0

    #: The policy a connection uses unless given another one.
    DEFAULT: ClassVar["Backoff"]

    def __post_init__(self) -> None:
        if self.initial < 0 or self.max_delay < 0 or self.jitter < 0:
            raise InvalidOptionError("Backoff delays and jitter must not be negative")
        if self.factor < 1:
            raise InvalidOptionError(f"Backoff.factor must be at least 1, not {self.factor}")
        if self.max_attempts is not None and self.max_attempts < 0:
            raise InvalidOptionError(f"Backoff.max_attempts must be None or >= 0, not {self.max_attempts}")

    @classmethod
    def from_value(cls, value: Union["Backoff", bool, int, None]) -> "Backoff":
        """Turn an option value into a policy.

        :param value: a :class:`Backoff` (kept), ``None`` or ``True`` (:attr:`DEFAULT`), ``False``
            (never reconnect) or an ``int`` (:attr:`DEFAULT` with that many attempts).
        :raises InvalidTypeError: any other type (a ``TypeError``).
        """
        if isinstance(value, Backoff):
            return value
        if value is None or value is True:
            return cls.DEFAULT
        if value is False:
            return dataclasses.replace(cls.DEFAULT, max_attempts=0)
        if isinstance(value, int):
            return dataclasses.replace(cls.DEFAULT, max_attempts=value)
        raise InvalidTypeError(f"expected a Backoff, bool, int or None, not {type(value).__name__}")

    @property
    def exhausted(self) -> bool:
        """Whether every allowed attempt has been made."""
        return self.max_attempts is not None and self.attempt >= self.max_attempts

    def delay(self, rng: Optional[random.Random] = None) -> float:
        """The delay before the next attempt, in seconds, jitter included.

        :param rng: the random generator for the jitter (the ``random`` module's by default).
        """
        base = min(self.max_delay, self.initial * self.factor ** min(self.attempt, 64))
        extra = (rng or random).uniform(0, self.jitter * base) if self.jitter else 0.0
        return min(self.max_delay, base + extra)

    def increment(self) -> "Backoff":
        """A copy that counts one more attempt."""
        return dataclasses.replace(self, attempt=self.attempt + 1)


Backoff.DEFAULT = Backoff()
