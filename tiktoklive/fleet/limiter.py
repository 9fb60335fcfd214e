"""One rate limiter for the whole fleet's calls to the sign server, kept in Redis.

Every worker asks :class:`SignLimiter` for a turn before each call to the sign server; turns are
handed out at most one per ``interval`` seconds fleet-wide (by Redis's clock), so adding machines
does not multiply the calls. When the sign server answers 429
(:class:`~tiktoklive.errors.SignatureRateLimitError`), its reset time holds every worker back until
then. :class:`PacedSigner` puts the limiter in front of a :class:`~tiktoklive.signer.Signer`, so a
connection's own reconnects are paced too.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Optional, Sequence, TypeVar

from tiktoklive.errors import ConnectError, SignatureRateLimitError
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import UNAVAILABLE
from tiktoklive.pacer import hold_time
from tiktoklive.signer import SignedUrl, SignedWebSocket, Signer

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds between two calls to the sign server fleet-wide unless told otherwise (120 a minute).
DEFAULT_INTERVAL = 0.5

#: Book the next turn: returns the ms to wait for it. KEYS: next turn. ARGV: interval ms.
_TURN = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local at = math.max(ms, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], at + tonumber(ARGV[1]), 'PX', at - ms + tonumber(ARGV[1]) + 60000)
return at - ms
"""
#: No turn before ms from now. KEYS: next turn. ARGV: ms.
_HOLD = """
local now = redis.call('TIME')
local until_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) + tonumber(ARGV[1])
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

    def hold_for(self, error: SignatureRateLimitError) -> float:
        """Hold back as a 429 asks (see :func:`tiktoklive.pacer.hold_time`); returns the seconds held."""
        seconds = hold_time(error)
        logger.warning("the sign server is rate limiting: no worker calls it for %.1f s", seconds)
        self.hold(seconds)
        return seconds


class PacedSigner:
    """A :class:`~tiktoklive.signer.Signer` that waits for the fleet's turn before each call.

    :param signer: the signer that makes the calls (closed with this one).
    :param limiter: the fleet's limiter.
    :param stop: set when the room is being stopped: a wait for a turn then ends at once.
    """

    def __init__(self, signer: Signer, limiter: SignLimiter, stop: threading.Event) -> None:
        self.signer = signer
        self.limiter = limiter
        self.stop = stop

    def __repr__(self) -> str:
        return f"<PacedSigner {self.signer!r} {self.limiter!r}>"

    def _paced(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``call(...)`` after the fleet's turn; a 429 holds the whole fleet back."""
        try:
            wait = self.limiter.book()
        except UNAVAILABLE as exc:
            raise ConnectError(f"cannot reach Redis for a turn at the sign server ({exc})") from None
        if wait > 0:
            logger.debug("waiting %.2f s for the fleet's turn at the sign server", wait)
        if self.stop.wait(wait):
            raise ConnectError("stopped while waiting for a turn at the sign server")
        try:
            return call(*args, **kwargs)
        except SignatureRateLimitError as exc:
            self.limiter.hold_for(exc)
            raise

    def fetch_signed_websocket(self, room_id: str, *, cursor: str = "", user_agent: str, platform: str = "web",
                               cookie_header: Optional[str] = None,
                               preferred_agent_ids: Sequence[str] = ()) -> SignedWebSocket:
        """The wrapped signer's initial fetch, in the fleet's turn."""
        return self._paced(self.signer.fetch_signed_websocket, room_id, cursor=cursor, user_agent=user_agent,
                           platform=platform, cookie_header=cookie_header, preferred_agent_ids=preferred_agent_ids)

    def sign_url(self, url: str, *, method: str = "GET", user_agent: str, session_id: Optional[str] = None,
                 tt_target_idc: Optional[str] = None) -> SignedUrl:
        """The wrapped signer's URL signing, in the fleet's turn."""
        return self._paced(self.signer.sign_url, url, method=method, user_agent=user_agent, session_id=session_id,
                           tt_target_idc=tt_target_idc)

    def close(self) -> None:
        """Close the wrapped signer."""
        self.signer.close()
