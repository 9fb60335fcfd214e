"""Every exception tiktoklive raises on purpose, in one hierarchy rooted at :class:`TikTokLiveError`.

Catch :class:`TikTokLiveError` to catch them all. Where it helps, a class also inherits the builtin
it narrows (``ConnectTimeout`` is a ``TimeoutError``, ``DecodeError`` a ``ValueError``). Messages
never contain session ids, API keys, cookies or signed URLs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import requests


class TikTokLiveError(Exception):
    """Base class of every error raised by tiktoklive."""


# ---------------------------------------------------------------- decoding


class DecodeError(TikTokLiveError, ValueError):
    """Bytes that should hold a TikTok frame or message could not be decoded.

    :ivar what: what was being decoded (``"push frame"``, ``"gzip payload"``, ``"WebcastChatMessage"``).
    :ivar data: the undecodable bytes (kept for bug reports; never put in the message).
    """

    def __init__(self, what: str, reason: str, data: bytes = b"") -> None:
        self.what = what
        self.reason = reason
        self.data = data
        super().__init__(f"could not decode {what} ({len(data)} bytes): {reason}" if data
                         else f"could not decode {what}: {reason}")


class FrameTooLargeError(DecodeError):
    """A frame, or its decompressed payload, is larger than the connection accepts (a decompression
    bomb, or a hostile server): it is skipped, unread past the limit, and the stream goes on.

    :ivar limit: the limit in bytes (``max_frame_size`` or ``max_decompressed_size``).
    :ivar size: the size in bytes, where known (a bomb is not inflated to find out).
    """

    def __init__(self, what: str, limit: int, size: Optional[int] = None) -> None:
        self.limit = limit
        self.size = size
        over = f"over the limit of {limit} bytes"
        super().__init__(what, over if size is None else f"{size} bytes, {over}")


# ---------------------------------------------------------------- arguments


class InvalidOptionError(TikTokLiveError, ValueError):
    """An option has an invalid value or contradicts another option (raised before any I/O)."""


class UnknownOptionError(TikTokLiveError, TypeError):
    """A keyword option (or option key) that the call does not take; the message lists the valid names."""


class InvalidTypeError(TikTokLiveError, TypeError):
    """An argument of the wrong type: a handler that is not callable, a ``reconnect`` that is no policy."""


class AsyncHandlerError(InvalidTypeError):
    """A coroutine function (``async def``) given as a handler: handlers are called on the reader
    thread and must be plain functions. The message says how to reach asyncio code from one."""


class RecordingError(TikTokLiveError, ValueError):
    """A file is not a recording of ``tiktoklive watch --record`` (the message names the line)."""


class MissingDependencyError(TikTokLiveError, ImportError):
    """An optional feature's package is not installed; the message names the extra to install."""


class UnknownEventError(TikTokLiveError, ValueError):
    """An event name is none of those the library emits (see ``WebcastEvent`` and ``ControlEvent``)."""


class InvalidUniqueIdError(TikTokLiveError, ValueError):
    """A unique id is neither ``name``, ``@name`` nor ``https://www.tiktok.com/@name/live``, or ``name`` breaks
    TikTok's rule for usernames (1-24 letters, digits, ``_`` and ``.``, not ending with ``.``)."""


# ---------------------------------------------------------------- HTTP routes


class WebError(TikTokLiveError):
    """An HTTP route of TikTok (or of the sign server) failed.

    :ivar route: the route's name (``"fetch_room_info"``).
    :ivar response: the :class:`requests.Response`, when one arrived.
    """

    def __init__(self, message: str, *, route: str = "", response: Optional["requests.Response"] = None) -> None:
        self.route = route
        self.response = response
        super().__init__(f"[{route}] {message}" if route else message)

    @property
    def status_code(self) -> Optional[int]:
        """HTTP status of the response, if any."""
        return None if self.response is None else self.response.status_code


class NetworkError(WebError, ConnectionError):
    """The request never got an answer (DNS, refused, reset, timeout); wraps the ``requests`` error."""


class DeadlineExceededError(NetworkError, TimeoutError):
    """The whole answer did not arrive within the request's overall deadline (a server trickling it)."""


class InvalidResponseError(WebError):
    """An answer arrived but could not be used. ``body`` keeps the raw text for bug reports."""

    def __init__(self, message: str, *, route: str = "", response: Optional["requests.Response"] = None,
                 body: str = "") -> None:
        super().__init__(message, route=route, response=response)
        self.body = body


class ResponseTooLargeError(InvalidResponseError):
    """An answer's body is larger than the request's size cap; reading stopped at the cap.

    :ivar limit: the cap, in bytes.
    """

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        self.limit = limit
        super().__init__(message, **kwargs)


class UserNotFoundError(WebError):
    """The unique id does not exist, or the account cannot go live."""

    def __init__(self, unique_id: str, message: str = "", **kwargs: Any) -> None:
        self.unique_id = unique_id
        super().__init__(message or f"user @{unique_id} was not found (or has never been able to go live)", **kwargs)


class UserOfflineError(WebError):
    """The streamer is not live right now. Use ``wait_until_live()`` to block until they are."""

    def __init__(self, unique_id: str = "", message: str = "", **kwargs: Any) -> None:
        self.unique_id = unique_id
        who = f"@{unique_id}" if unique_id else "the requested user"
        super().__init__(message or f"{who} is not live right now", **kwargs)


class BlockedError(WebError):
    """TikTok refused to serve the page: a captcha/verification page or an IP/region block.

    :ivar reason: ``"captcha"``, ``"blocked"`` or ``"rate_limited"``.
    """

    def __init__(self, message: str, *, reason: str, **kwargs: Any) -> None:
        self.reason = reason
        super().__init__(message, **kwargs)


class AgeRestrictedError(WebError):
    """The room is age-restricted; pass a logged-in ``session_id`` to watch it."""


class RateLimitedError(WebError):
    """TikTok answered HTTP 429. ``retry_after`` is in seconds, when TikTok said."""

    def __init__(self, message: str, *, retry_after: Optional[float] = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class RoomIdLookupError(WebError):
    """No route could find the room id (or live status). ``errors`` holds each route's failure."""

    def __init__(self, message: str, errors: Sequence[BaseException], **kwargs: Any) -> None:
        self.errors = list(errors)
        details = "; ".join(f"{type(e).__name__}: {e}" for e in self.errors)
        super().__init__(f"{message} ({details})" if details else message, **kwargs)


# ---------------------------------------------------------------- sign server


class SignAPIError(WebError):
    """The sign server failed or refused.

    :ivar reason: a short code (``"rate_limited"``, ``"connect_error"``, ``"empty_payload"``,
        ``"sign_error"``, ``"empty_cookies"``, ``"premium_feature"``, ``"unauthorized"``,
        ``"authenticated_ws"``, ``"missing_tokens"``).
    :ivar request_id: the server's ``x-request-id`` / ``x-log-id``, to quote to its support.
    :ivar agent_id: the server's ``x-agent-id``.
    """

    def __init__(self, message: str, *, reason: str, request_id: Optional[str] = None,
                 agent_id: Optional[str] = None, **kwargs: Any) -> None:
        self.reason = reason
        self.request_id = request_id
        self.agent_id = agent_id
        super().__init__(message, **kwargs)


class SignatureRateLimitError(SignAPIError):
    """The sign server answered 429: too many connections. Wait ``retry_after`` seconds.

    :ivar retry_after: seconds to wait, when the server said.
    :ivar reset_time: unix time (seconds) when the limit resets, when the server said.
    :ivar limit_label: which limit was hit (``"minute"``, ...), when the server said.
    """

    def __init__(self, message: str, *, retry_after: Optional[float] = None, reset_time: Optional[float] = None,
                 limit_label: Optional[str] = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        self.reset_time = reset_time
        self.limit_label = limit_label
        kwargs.setdefault("reason", "rate_limited")
        super().__init__(message, **kwargs)


class SignAuthenticationError(SignAPIError):
    """The sign server rejected the API key or JWT (HTTP 401/403): check ``SignConfig.api_key``."""


class PremiumFeatureError(SignAPIError):
    """The sign server route needs a paid plan (HTTP 402, or 403 on ``sign_url``)."""


class SignatureMissingTokensError(SignAPIError):
    """The sign server answered ``sign_url`` without tokens."""


class AuthenticatedWebSocketError(SignAPIError):
    """``authenticate_ws`` was asked for, but the session cannot be sent to the sign server."""


# ---------------------------------------------------------------- live connection


class ConnectError(TikTokLiveError):
    """Connecting to the live stream failed."""


class AlreadyConnectedError(ConnectError):
    """``connect()`` was called on a connection that is already connected."""


class AlreadyConnectingError(ConnectError):
    """``connect()`` was called while another ``connect()`` is still running."""


class HubClosedError(TikTokLiveError, RuntimeError):
    """A room was added to a :class:`~tiktoklive.Hub` that is closed (a hub cannot be reused)."""


class ConnectTimeout(ConnectError, TimeoutError):
    """The WebSocket did not open in time. Safe to retry."""


class WebSocketRejectedError(ConnectError):
    """TikTok refused the WebSocket upgrade (HTTP 200/400 instead of 101).

    :ivar http_status: the HTTP status of the refusal.
    :ivar handshake_status: TikTok's ``Handshake-Status`` header (e.g. 415 device blocked), if any.
    :ivar handshake_msg: TikTok's ``Handshake-Msg`` header (e.g. ``DEVICE_BLOCKED``), if any.
    """

    def __init__(self, http_status: int, handshake_status: Optional[int] = None,
                 handshake_msg: Optional[str] = None) -> None:
        self.http_status = http_status
        self.handshake_status = handshake_status
        self.handshake_msg = handshake_msg
        detail = handshake_msg or "no Handshake-Msg"
        code = f", Handshake-Status {handshake_status}" if handshake_status is not None else ""
        super().__init__(f"TikTok rejected the WebSocket (HTTP {http_status}{code}): {detail}")


class HandlerThreadError(TikTokLiveError, RuntimeError):
    """A blocking call that would wait for the handler calling it: ``wait()`` or ``run_forever()`` from a
    handler (the reader thread, or the thread inside ``connect()``) would deadlock the reader for good."""


class ConnectionLostError(TikTokLiveError, ConnectionError):
    """An established live connection ended abnormally.

    :ivar code: the WebSocket close code, if the server sent one.
    :ivar reason: the close reason or a description of the failure.
    """

    def __init__(self, message: str, *, code: Optional[int] = None, reason: str = "") -> None:
        self.code = code
        self.reason = reason
        super().__init__(message)


class HeartbeatTimeout(ConnectionLostError, TimeoutError):
    """Nothing arrived for too long: the socket was half-open and has been dropped."""


# ---------------------------------------------------------------- the fleet (tiktoklive.fleet)


class FleetError(TikTokLiveError):
    """The fleet cannot do what was asked: the ``redis`` package is missing, the Redis URL is
    invalid, or Redis could not be reached in time."""
