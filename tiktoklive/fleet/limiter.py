"""One rate limiter for the whole fleet's calls to the sign server, kept in Redis.

Every worker asks :class:`SignLimiter` for a turn before each call to the sign server; turns are
handed out at most one per ``interval`` seconds fleet-wide (by Redis's clock), so adding machines
does not multiply the calls. When the sign server answers 429
(:class:`~tiktoklive.errors.SignatureRateLimitError`), its reset time holds every worker back until
then. :class:`FleetPacer` is the limiter as the pacer of a worker's :class:`~tiktoklive.Hub`, so
every room's connects and reconnects are paced.
"""
from __future__ import annotations

import logging
import threading
from typing import Any

from tiktoklive.errors import ConnectError
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import LUA_NOW_MS, UNAVAILABLE
from tiktoklive.pacer import Pacer

logger = logging.getLogger(__name__)

#: Seconds between two calls to the sign server fleet-wide unless told otherwise (120 a minute).
DEFAULT_INTERVAL = 0.5

#: Book the next turn: returns the ms to wait for it. KEYS: next turn. ARGV: interval ms.
_TURN = LUA_NOW_MS + """
local at = math.max(ms, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], at + tonumber(ARGV[1]), 'PX', at - ms + tonumber(ARGV[1]) + 60000)
return at - ms
"""
#: No turn before ms from now. KEYS: next turn. ARGV: ms.
_HOLD = LUA_NOW_MS + """
local until_ms = ms + tonumber(ARGV[1])
if until_ms > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1]) + 60000)
end
return until_ms
"""


class SignLimiter:
    """The fleet's shared pace of sign-server calls (see the module doc).

    :param client: a ``redis.Redis`` client.
    :param keys: the fleet's key names.
    :param interval: seconds between two calls, fleet-wide.
    """

    def __init__(self, client: Any, keys: Keys, interval: float = DEFAULT_INTERVAL) -> None:
        self.keys = keys
        self.interval = interval
        self._turn = client.register_script(_TURN)
        self._hold = client.register_script(_HOLD)

    def __repr__(self) -> str:
        return f"<SignLimiter {self.keys.prefix} interval={self.interval:g}s>"

    def book(self) -> float:
        """Book the next turn; returns the seconds to wait until it comes."""
        return int(self._turn(keys=[self.keys.sign_next], args=[int(self.interval * 1000)])) / 1000

    def hold(self, seconds: float) -> None:
        """Give no turn to anyone for ``seconds`` (the sign server's reset time)."""
        self._hold(keys=[self.keys.sign_next], args=[max(0, int(seconds * 1000))])


class FleetPacer(Pacer):
    """The pacer of a worker's :class:`~tiktoklive.Hub` (its ``pacer=``): each signing waits for the
    fleet's turn, and a 429 holds the whole fleet back.

    :param limiter: the fleet's limiter.
    """

    def __init__(self, limiter: SignLimiter) -> None:
        super().__init__()
        self.limiter = limiter
        self._ended = threading.Event()

    def __repr__(self) -> str:
        return f"<FleetPacer {self.limiter!r}>"

    def wait(self) -> bool:
        """Book the fleet's next turn and wait for it; ``False`` once stopped.

        :raises ConnectError: Redis cannot be reached (the hub tries the room again later).
        """
        try:
            wait = self.limiter.book()
        except UNAVAILABLE as exc:
            raise ConnectError(f"cannot reach Redis for a turn at the sign server ({exc})") from None
        if wait > 0:
            logger.debug("waiting %.2f s for the fleet's turn at the sign server", wait)
        return not self._ended.wait(wait)

    def hold(self, seconds: float) -> None:
        """No worker calls the sign server for ``seconds`` (a 429's reset time)."""
        logger.warning("the sign server is rate limiting: no worker calls it for %.1f s", seconds)
        try:
            self.limiter.hold(seconds)
        except UNAVAILABLE as exc:
            logger.warning("Redis is unreachable (%s): the hold is not shared", exc)

    def stop(self) -> None:
        """End the waits: :meth:`wait` returns ``False`` from now on."""
        self._ended.set()
