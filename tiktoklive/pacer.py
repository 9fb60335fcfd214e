"""Spacing out connects: one :class:`Pacer` shared by every thread that signs WebSockets.

The sign server limits how many connections a key may open (HTTP 429,
:class:`~tiktoklive.errors.SignatureRateLimitError`). A pacer lets at most ``rate`` connects through
per second, and none at all until the reset time a rate-limited answer gave.
"""
from __future__ import annotations

import threading
import time
from typing import Optional

from tiktoklive.errors import InvalidOptionError, SignatureRateLimitError

#: Seconds to hold back after a rate-limited answer that said neither ``retry_after`` nor a reset time.
DEFAULT_HOLD = 10.0


def hold_time(error: SignatureRateLimitError) -> float:
    """Seconds to wait before the next connect after ``error``: its ``retry_after``, else until its
    ``reset_time``, else :data:`DEFAULT_HOLD`."""
    if error.retry_after is not None:
        return max(0.0, float(error.retry_after))
    if error.reset_time is not None:
        return max(0.0, float(error.reset_time) - time.time())
    return DEFAULT_HOLD


class Pacer:
    """Lets connects through at most ``rate`` per second, across threads, and none while held.

    :param rate: connects per second (``None``: as fast as they come, unless held).
    :raises InvalidOptionError: ``rate`` is not positive.
    """

    def __init__(self, rate: Optional[float] = None) -> None:
        if rate is not None and rate <= 0:
            raise InvalidOptionError("the connect rate must be None or a positive number per second")
        self._interval = 0.0 if rate is None else 1.0 / rate
        self._next = 0.0  # monotonic time of the next connect allowed
        self._cond = threading.Condition()
        self._stopped = False

    def __repr__(self) -> str:
        held = max(0.0, self._next - time.monotonic())
        return f"<Pacer interval={self._interval:.3f}s held_for={held:.1f}s>"

    def wait(self) -> bool:
        """Block until a connect may go (its slot is then taken); ``False`` once :meth:`stop` was called."""
        with self._cond:
            while not self._stopped:
                now = time.monotonic()
                if now >= self._next:
                    self._next = now + self._interval
                    return True
                self._cond.wait(self._next - now)
            return False

    def hold(self, seconds: float) -> None:
        """Let no connect through for ``seconds`` (a rate-limited answer's wait); never shortens a hold."""
        with self._cond:
            self._next = max(self._next, time.monotonic() + seconds)

    def stop(self) -> None:
        """Wake every waiting thread; :meth:`wait` returns ``False`` from now on."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
