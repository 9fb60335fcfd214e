"""The names of a fleet's Redis keys and streams: one prefix, one place.

Every key of a fleet starts with its prefix (``tiktoklive`` by default), so several fleets can share
one Redis database. README.rst's "Scaling out" section documents each of them.
"""
from __future__ import annotations

import dataclasses

#: The prefix of a fleet's keys unless told otherwise.
DEFAULT_PREFIX = "tiktoklive"


@dataclasses.dataclass(frozen=True)
class Keys:
    """The keys of one fleet.

    :param prefix: what every key starts with (``"tiktoklive"`` -> ``tiktoklive:events``).
    """

    prefix: str = DEFAULT_PREFIX

    @property
    def events(self) -> str:
        """The stream of every room's events (one entry per event)."""
        return f"{self.prefix}:events"

    @property
    def log(self) -> str:
        """The stream of the fleet's own news: workers joining and leaving, rooms moving."""
        return f"{self.prefix}:log"

    @property
    def rooms(self) -> str:
        """The set of rooms to watch (unique ids, without ``@``)."""
        return f"{self.prefix}:rooms"

    @property
    def workers(self) -> str:
        """Sorted set of live workers, each scored with the (Redis) time its presence expires, in ms."""
        return f"{self.prefix}:workers"

    @property
    def offline(self) -> str:
        """Hash of the leased rooms that are not live now: unique id -> why, as the worker saw it."""
        return f"{self.prefix}:offline"

    @property
    def token(self) -> str:
        """Counter handing out lease tokens (each lease gets a new one: the fencing token)."""
        return f"{self.prefix}:token"

    @property
    def sign_next(self) -> str:
        """When (Redis time, ms) the fleet may next call the sign server: the shared rate limiter."""
        return f"{self.prefix}:sign:next"

    @property
    def proxy_turn(self) -> str:
        """Counter handing out the per-room proxies round-robin."""
        return f"{self.prefix}:proxy:turn"

    def worker(self, worker_id: str) -> str:
        """Hash describing a live worker (host, pid, rooms, queue); expires with its presence."""
        return f"{self.prefix}:worker:{worker_id}"

    def lease(self, room: str) -> str:
        """The lease of a room: ``"<worker id> <token>"``, expiring unless renewed."""
        return f"{self.prefix}:lease:{room}"

    def cursor(self, room: str) -> str:
        """The checkpoint of a room: the cursor its next reader resumes from."""
        return f"{self.prefix}:cursor:{room}"

    def seen(self, room: str) -> str:
        """Sorted set of the events of a room already written (``msg_id:name``, scored by time in ms)."""
        return f"{self.prefix}:seen:{room}"
