"""The options of a :class:`~tiktoklive.Connection`, declared once and checked before any I/O.

:class:`ConnectionOptions` holds the connection's own options (Node's, in snake_case); the
:class:`~tiktoklive.web.WebClient` options are declared by ``WebClient`` alone and forwarded as
they are (:attr:`ConnectionOptions.web`). An unknown name raises
:class:`~tiktoklive.errors.UnknownOptionError` with the valid names and a "did you mean" hint.
"""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Mapping
from typing import Any, Optional, Union

from tiktoklive import wire
from tiktoklive.backoff import Backoff
from tiktoklive.errors import InvalidOptionError, UnknownOptionError
from tiktoklive.hints import unknown_options
from tiktoklive.iterator import DEFAULT_QUEUE_BYTES, DEFAULT_QUEUE_SIZE
from tiktoklive.transport import check_options
from tiktoklive.web import WebClient


@dataclasses.dataclass(frozen=True)
class ConnectionOptions:
    """A connection's own options (see the table in README.rst, "Connection options").

    :ivar process_initial_data: emit the messages TikTok sends with the initial fetch (recent
        history) before ``connected``.
    :ivar fetch_room_info_on_connect: fetch the room's details on connect; an ended stream then
        raises :class:`~tiktoklive.errors.UserOfflineError`.
    :ivar enable_extended_gift_info: fetch the room's gift list on connect; gift events then carry
        the gift's list entry (name, price, images) in ``extended_gift_info``.
    :ivar enable_request_polling: when TikTok offers no WebSocket, poll ``webcast/im/fetch/`` over
        HTTP instead (needs a logged-in ``session_id``; the first poll happens in ``connect()``).
    :ivar request_polling_interval_ms: milliseconds between two polls.
    :ivar ws_client_params: query parameters added to (or replacing) the WebSocket URL's defaults.
    :ivar ws_client_headers: headers added to the WebSocket handshake.
    :ivar ws_client_options: websocket-client options: ``timeout`` (seconds to open, default 20),
        ``http_proxy_host``, ``http_proxy_port``, ``http_proxy_auth``, ``http_no_proxy``,
        ``http_proxy_timeout``, ``proxy_type`` (``"http"``, ``"socks5"``, ...), ``subprotocols``,
        ``sslopt``.
    :ivar auto_reconnect: reconnect when the socket fails (on receive or send), goes silent, or is
        closed by the server with 1000, 1001, 1005, 1006 or 1011-1013 while the stream is live,
        resuming where it stopped (no message lost or repeated); never after the stream ended. Another
        close code ends the connection with :class:`~tiktoklive.errors.ConnectionLostError`.
    :ivar reconnect: the delays and attempts of reconnecting (a :class:`~tiktoklive.backoff.Backoff`,
        or what :meth:`Backoff.from_value <tiktoklive.backoff.Backoff.from_value>` takes).
    :ivar heartbeat_interval: seconds between heartbeats (TikTok's web client: 10).
    :ivar heartbeat_timeout: seconds the server may stay silent (no frame, no pong to the WebSocket
        ping sent with each heartbeat) before the socket counts as dead and is dropped (``None``:
        never); time spent in handlers does not count; must exceed ``heartbeat_interval``.
    :ivar event_queue_size: events each ``iter_events()`` iterator holds before dropping the oldest.
    :ivar event_queue_bytes: bytes (the events' wire payload sizes) each ``iter_events()`` iterator
        holds before dropping the oldest (default 64 MiB).
    :ivar max_frame_size: bytes a received frame may have (default 8 MiB); a larger one is skipped
        and reported as an ``error`` event (:class:`~tiktoklive.errors.FrameTooLargeError`).
    :ivar max_decompressed_size: bytes a frame's payload may inflate to (default 32 MiB); a
        decompression bomb is cut off there, skipped and reported the same way.
    :ivar web: the :class:`~tiktoklive.web.WebClient` options given (``web_base_url``,
        ``sign_api_key``, ``session_id``, ...: see there), forwarded as they are (secret: no repr).
    """

    process_initial_data: bool = True
    fetch_room_info_on_connect: bool = True
    enable_extended_gift_info: bool = False
    enable_request_polling: bool = True
    request_polling_interval_ms: int = 1000
    ws_client_params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    ws_client_headers: Mapping[str, str] = dataclasses.field(default_factory=dict, repr=False)
    ws_client_options: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    auto_reconnect: bool = True
    reconnect: Union[Backoff, bool, int, None] = None
    heartbeat_interval: float = 10.0
    heartbeat_timeout: Optional[float] = 60.0
    event_queue_size: int = DEFAULT_QUEUE_SIZE
    event_queue_bytes: int = DEFAULT_QUEUE_BYTES
    max_frame_size: int = wire.DEFAULT_MAX_FRAME_SIZE
    max_decompressed_size: int = wire.DEFAULT_MAX_DECOMPRESSED_SIZE
    web: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name in ("ws_client_params", "ws_client_headers", "ws_client_options", "web"):
            object.__setattr__(self, name, dict(getattr(self, name) or {}))
        object.__setattr__(self, "reconnect", Backoff.from_value(self.reconnect))
        check_connection_options(self.ws_client_options, self.heartbeat_interval, self.heartbeat_timeout,
                                 self.request_polling_interval_ms, self.event_queue_size)
        check_sizes(max_frame_size=self.max_frame_size, max_decompressed_size=self.max_decompressed_size,
                    event_queue_bytes=self.event_queue_bytes)

    @classmethod
    def parse(cls, options: Mapping[str, Any]) -> ConnectionOptions:
        """The options of ``Connection(unique_id, **options)``: its own, and the web client's in :attr:`web`.

        :raises UnknownOptionError: a name neither declares (the message lists the valid ones).
        :raises InvalidOptionError: an invalid or contradictory value.
        """
        unknown = set(options) - OPTION_NAMES
        if unknown:
            raise UnknownOptionError(unknown_options(unknown, OPTION_NAMES))
        own = {name: value for name, value in options.items() if name in OWN_OPTION_NAMES}
        return cls(**own, web={name: value for name, value in options.items() if name in WEB_OPTION_NAMES})

    @property
    def backoff(self) -> Backoff:
        """:attr:`reconnect`, as the :class:`~tiktoklive.backoff.Backoff` it was made into."""
        return Backoff.from_value(self.reconnect)

    def as_dict(self) -> dict[str, Any]:
        """The connection's own options by name (the web client's are left out)."""
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self) if field.name != "web"}


def check_connection_options(ws_client_options: Mapping[str, Any], heartbeat_interval: float,
                             heartbeat_timeout: Optional[float], request_polling_interval_ms: int,
                             event_queue_size: int) -> None:
    """Refuse the values of a connection's own options that cannot work, before any I/O."""
    check_options(ws_client_options)
    if heartbeat_interval <= 0:
        raise InvalidOptionError("heartbeat_interval must be a positive number of seconds")
    if heartbeat_timeout is not None and heartbeat_timeout <= heartbeat_interval:
        raise InvalidOptionError("heartbeat_timeout must be None or longer than heartbeat_interval")
    if request_polling_interval_ms <= 0:
        raise InvalidOptionError("request_polling_interval_ms must be positive")
    if event_queue_size < 1:
        raise InvalidOptionError("event_queue_size must be at least 1")


def check_sizes(**sizes: int) -> None:
    """Refuse byte limits that are not positive integers, before any I/O."""
    for name, size in sizes.items():
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise InvalidOptionError(f"{name} must be a positive number of bytes")


def keyword_options(function: Any) -> frozenset[str]:
    """The keyword-only parameter names of ``function``."""
    return frozenset(name for name, p in inspect.signature(function).parameters.items()
                     if p.kind is inspect.Parameter.KEYWORD_ONLY)


#: The connection's own option names.
OWN_OPTION_NAMES = frozenset(field.name for field in dataclasses.fields(ConnectionOptions)) - {"web"}
#: The web client's option names, forwarded to it.
WEB_OPTION_NAMES = keyword_options(WebClient.__init__)
#: Every keyword option :class:`~tiktoklive.Connection` accepts.
OPTION_NAMES = OWN_OPTION_NAMES | WEB_OPTION_NAMES
