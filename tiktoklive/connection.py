"""``Connection``: one streamer's live events, received on a background thread.

The lifecycle follows paho-mqtt: :meth:`Connection.connect` blocks until the room is entered and
then starts a named daemon reader thread; :meth:`Connection.run_forever` / :meth:`Connection.wait`
block until the connection ends; :meth:`Connection.disconnect` closes the socket and joins the
thread (unless it runs on that thread). Events reach handlers registered with
:meth:`Connection.on` and iterators from :meth:`Connection.iter_events`.

**Threads.** Handlers run on the connection's reader thread, one event at a time, in wire order.
The events emitted during ``connect()`` (the initial batch, ``websocketConnected``, ``connected``)
run on the thread that called ``connect()``, before it returns. A slow handler delays every later
event: keep handlers short, or consume :meth:`Connection.iter_events` in another thread, or hand the
work to a ``queue.Queue`` / ``concurrent.futures`` executor. Every method may be called from any
thread, handlers included (``disconnect()`` from a handler does not wait for the reader to finish),
except ``wait()`` and ``run_forever()``, which raise ``HandlerThreadError`` there.
"""
from __future__ import annotations

import functools
import inspect
import logging
import threading
import time
import weakref
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union

from tiktoklive import codec
from tiktoklive import signer as signing
from tiktoklive.backoff import Backoff
from tiktoklive.entry import Entrance, Ticket
from tiktoklive.errors import (
    AlreadyConnectedError,
    AlreadyConnectingError,
    ConnectError,
    ConnectionLostError,
    HandlerThreadError,
    InvalidOptionError,
    UnknownOptionError,
    UserOfflineError,
    WebError,
)
from tiktoklive.events import ConnectedEvent, DisconnectedEvent, ErrorEvent, Origin, WebsocketConnectedEvent
from tiktoklive.events.names import MIRROR_EVENT_NAMES
from tiktoklive.hints import unknown_options
from tiktoklive.iterator import DEFAULT_QUEUE_BYTES, DEFAULT_QUEUE_SIZE
from tiktoklive.receiver import Receiver
from tiktoklive.source import EventSource
from tiktoklive.state import ConnectionState, StreamStats
from tiktoklive.transport import (
    ABNORMAL_CLOSURE,
    RETRYABLE_CLOSE_CODES,
    CloseStatus,
    Handshake,
    PushClient,
    check_options,
)
from tiktoklive.web import Gift, RoomInfo, WebClient, defaults, parse_unique_id
from tiktoklive.worker import pass_frame

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: Seconds :meth:`Connection.disconnect` waits for the reader thread after the close handshake.
JOIN_TIMEOUT = 5.0
#: Seconds between two aborts of a WebSocket handshake by :meth:`Connection.disconnect`.
ABORT_RETRY = 0.1
#: Longest single block inside :meth:`Connection.wait`, so that Ctrl-C is handled at most this many
#: seconds after it is pressed (a lock wait without a timeout cannot be interrupted on Windows, and
#: misses a signal that lands just before it blocks).
INTERRUPT_CHECK = 0.25
#: Events :meth:`Connection.iter_events` leaves out unless named: the raw mirrors of other events.
MIRROR_EVENTS = MIRROR_EVENT_NAMES

#: ``info`` of the ``error`` event of a failed poll (polling goes on).
POLLING_FAILED = "Failed to poll messages"

_DISCONNECTED, _CONNECTING, _CONNECTED = "DISCONNECTED", "CONNECTING", "CONNECTED"
_RECONNECTING = "RECONNECTING"  # the socket was lost: waiting (backoff, Retry-After) or opening another
#: Every Connection of the process, held weakly (a connected one is kept alive by its reader thread).
_connections: "weakref.WeakSet[Connection]" = weakref.WeakSet()
_connections_lock = threading.Lock()


class Connection(EventSource):
    """A live connection to one streamer's TikTok LIVE room.

    ::

        conn = Connection("@streamer")

        @conn.on("chat")
        def on_chat(event):   # runs on the reader thread
            print(event.user.unique_id, event.comment)

        conn.run_forever()   # connect, then block until the stream ends (Ctrl-C disconnects)

    Handlers run on the connection's reader thread (those of the events fired during ``connect()``
    on the caller's thread); every method may be called from any thread, handlers included, but
    :meth:`wait` and :meth:`run_forever`. To do
    slow work without delaying the stream, iterate :meth:`iter_events` in a thread of your own or
    hand the events to a queue or an executor.

    Connection options (Node's, in snake_case):

    :param unique_id: the streamer: ``name``, ``@name`` or their live page's URL.
    :param process_initial_data: emit the messages TikTok sends with the initial fetch (recent
        history) before ``connected``.
    :param fetch_room_info_on_connect: fetch the room's details on connect; an ended stream then
        raises :class:`~tiktoklive.errors.UserOfflineError`.
    :param enable_extended_gift_info: fetch the room's gift list on connect; gift events then carry
        the gift's list entry (name, price, images) in ``extended_gift_info``.
    :param enable_request_polling: when TikTok offers no WebSocket, poll ``webcast/im/fetch/`` over
        HTTP instead (needs a logged-in ``session_id``; the first poll happens in ``connect()``).
    :param request_polling_interval_ms: milliseconds between two polls.
    :param ws_client_params: query parameters added to (or replacing) the WebSocket URL's defaults.
    :param ws_client_headers: headers added to the WebSocket handshake.
    :param ws_client_options: websocket-client options: ``timeout`` (seconds to open, default 20),
        ``http_proxy_host``, ``http_proxy_port``, ``http_proxy_auth``, ``http_no_proxy``,
        ``http_proxy_timeout``, ``proxy_type`` (``"http"``, ``"socks5"``, ...), ``subprotocols``,
        ``sslopt``.
    :param auto_reconnect: reconnect when the socket fails (on receive or send), goes silent, or is
        closed by the server with 1000, 1001, 1005, 1006 or 1011-1013 while the stream is live,
        resuming where it stopped (no message lost or repeated); never after the stream ended. Another
        close code ends the connection with :class:`~tiktoklive.errors.ConnectionLostError`.
    :param reconnect: the delays and attempts of reconnecting (a :class:`~tiktoklive.backoff.Backoff`,
        or what :meth:`Backoff.from_value <tiktoklive.backoff.Backoff.from_value>` takes).
    :param heartbeat_interval: seconds between heartbeats (TikTok's web client: 10).
    :param heartbeat_timeout: seconds the server may stay silent (no frame, no pong to the WebSocket
        ping sent with each heartbeat) before the socket counts as dead and is dropped (``None``:
        never); time spent in handlers does not count; must exceed ``heartbeat_interval``.
    :param event_queue_size: events each :meth:`iter_events` iterator holds before dropping the oldest.
    :param event_queue_bytes: bytes (the events' wire payload sizes) each :meth:`iter_events`
        iterator holds before dropping the oldest (default 64 MiB).
    :param max_frame_size: bytes a received frame may have (default 8 MiB); a larger one is skipped
        and reported as an ``error`` event (:class:`~tiktoklive.errors.FrameTooLargeError`).
    :param max_decompressed_size: bytes a frame's payload may inflate to (default 32 MiB); a
        decompression bomb is cut off there, skipped and reported the same way.

    Web client options (passed to :class:`~tiktoklive.web.WebClient`, see there): ``web_base_url``,
    ``webcast_base_url``, ``sign_config``, ``sign_api_key``, ``signer``, ``session_id``,
    ``tt_target_idc``, ``authenticate_ws``, ``use_mobile``, ``preferred_agent_ids``,
    ``connect_with_unique_id``, ``log_fetch_fallback_errors``, ``signed_websocket_provider``,
    ``web_client_params``, ``web_client_headers``, ``web_client_options``.

    :raises UnknownOptionError: an unknown option or ``ws_client_options`` key (a ``TypeError``; the
        message lists the valid ones).
    :raises InvalidTypeError: ``reconnect`` is neither a ``Backoff``, a bool, an int nor ``None``.
    :raises InvalidOptionError: an invalid or contradictory option value (checked before any I/O).
    :raises InvalidUniqueIdError: ``unique_id`` is not a unique id.
    """

    def __init__(self, unique_id: str, *, process_initial_data: bool = True, fetch_room_info_on_connect: bool = True,
                 enable_extended_gift_info: bool = False, enable_request_polling: bool = True,
                 request_polling_interval_ms: int = 1000, ws_client_params: Optional[Mapping[str, Any]] = None,
                 ws_client_headers: Optional[Mapping[str, str]] = None,
                 ws_client_options: Optional[Mapping[str, Any]] = None, auto_reconnect: bool = True,
                 reconnect: Union[Backoff, bool, int, None] = None, heartbeat_interval: float = 10.0,
                 heartbeat_timeout: Optional[float] = 60.0, event_queue_size: int = DEFAULT_QUEUE_SIZE,
                 event_queue_bytes: int = DEFAULT_QUEUE_BYTES,
                 max_frame_size: int = codec.DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = codec.DEFAULT_MAX_DECOMPRESSED_SIZE,
                 web_base_url: str = defaults.WEB_BASE_URL, webcast_base_url: str = defaults.WEBCAST_BASE_URL,
                 sign_config: Optional[signing.SignConfig] = None, sign_api_key: Optional[str] = None,
                 signer: Optional[signing.Signer] = None, session_id: Optional[str] = None,
                 tt_target_idc: Optional[str] = None, authenticate_ws: bool = False, use_mobile: bool = False,
                 preferred_agent_ids: Sequence[str] = (), connect_with_unique_id: bool = False,
                 log_fetch_fallback_errors: bool = False,
                 signed_websocket_provider: Optional[signing.SignedWebSocketProvider] = None,
                 web_client_params: Optional[Mapping[str, Any]] = None,
                 web_client_headers: Optional[Mapping[str, str]] = None,
                 web_client_options: Optional[Mapping[str, Any]] = None, **unknown: Any) -> None:
        if unknown:
            raise UnknownOptionError(unknown_options(unknown, OPTION_NAMES))
        _check_options(ws_client_options or {}, heartbeat_interval, heartbeat_timeout, request_polling_interval_ms,
                       event_queue_size)
        _check_sizes(max_frame_size=max_frame_size, max_decompressed_size=max_decompressed_size,
                     event_queue_bytes=event_queue_bytes)
        #: The streamer's unique id, without ``@``.
        self.unique_id = parse_unique_id(unique_id)
        super().__init__(event_queue_size, event_queue_bytes, Origin(self.unique_id))
        self._options: Dict[str, Any] = {
            "process_initial_data": process_initial_data, "fetch_room_info_on_connect": fetch_room_info_on_connect,
            "enable_extended_gift_info": enable_extended_gift_info, "enable_request_polling": enable_request_polling,
            "request_polling_interval_ms": request_polling_interval_ms,
            "ws_client_params": dict(ws_client_params or {}), "ws_client_headers": dict(ws_client_headers or {}),
            "ws_client_options": dict(ws_client_options or {}), "auto_reconnect": auto_reconnect,
            "reconnect": Backoff.from_value(reconnect), "heartbeat_interval": heartbeat_interval,
            "heartbeat_timeout": heartbeat_timeout, "event_queue_size": event_queue_size,
            "event_queue_bytes": event_queue_bytes,
            "max_frame_size": max_frame_size, "max_decompressed_size": max_decompressed_size}
        self._web = WebClient(
            web_base_url=web_base_url, webcast_base_url=webcast_base_url, sign_config=sign_config,
            sign_api_key=sign_api_key, signer=signer, session_id=session_id, tt_target_idc=tt_target_idc,
            authenticate_ws=authenticate_ws, use_mobile=use_mobile, preferred_agent_ids=preferred_agent_ids,
            connect_with_unique_id=connect_with_unique_id, log_fetch_fallback_errors=log_fetch_fallback_errors,
            signed_websocket_provider=signed_websocket_provider, web_client_params=web_client_params,
            web_client_headers=web_client_headers, web_client_options=web_client_options)
        self._web_lock = threading.RLock()  # WebClient is used by one thread at a time
        self._entrance = Entrance(self._web, self._options, self._web_lock)
        self._lock = threading.RLock()
        self._status = _DISCONNECTED
        self._room_id: Optional[str] = None
        self._room_info: Optional[RoomInfo] = None
        self._gifts: List[Gift] = []
        self._socket: Optional[PushClient] = None
        self._handshake: Optional[Handshake] = None  # the WebSocket being opened
        self._reader: Optional[threading.Thread] = None
        self._connector: Optional[threading.Thread] = None  # the thread inside connect()
        self._stop = threading.Event()
        self._finished = threading.Event()
        self._finished.set()
        self._fatal: Optional[BaseException] = None
        self._pipeline = Receiver(self._emitter, max_frame_size=max_frame_size,
                                  max_decompressed_size=max_decompressed_size)
        with _connections_lock:
            _connections.add(self)

    def __repr__(self) -> str:
        return f"<Connection @{self.unique_id} room_id={self._room_id} state={self._status}>"

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # ------------------------------------------------------------ properties

    @property
    def web_client(self) -> WebClient:
        """The :class:`~tiktoklive.web.WebClient` this connection makes its HTTP requests with."""
        return self._web

    @property
    def ws_client(self) -> Any:
        """The open websocket-client ``WebSocket``, or ``None`` when not connected over a WebSocket."""
        sock = self._socket
        return None if sock is None else sock.ws

    @property
    def options(self) -> Dict[str, Any]:
        """A copy of the connection options (web client options are on :attr:`web_client`)."""
        return dict(self._options)

    @property
    def room_id(self) -> Optional[str]:
        """The room id, once looked up or connected to (cleared on disconnect, as Node does)."""
        return self._room_id

    @property
    def room_info(self) -> Optional[RoomInfo]:
        """The room's details, once fetched."""
        return self._room_info

    @property
    def available_gifts(self) -> List[Gift]:
        """The room's gift list, once fetched."""
        return list(self._gifts)

    @property
    def stats(self) -> StreamStats:
        """What was lost for good since ``connect()``: ``missed`` messages in ``gaps`` gaps (each
        also a ``gap`` event). Counted where TikTok's cursors tell (see README, Under faults)."""
        return StreamStats(missed=self._pipeline.missed, gaps=self._pipeline.gaps)

    @property
    def is_connecting(self) -> bool:
        """Whether ``connect()`` is running."""
        return self._status == _CONNECTING

    @property
    def is_connected(self) -> bool:
        """Whether the connection is up and events are flowing."""
        return self._status == _CONNECTED

    @property
    def is_reconnecting(self) -> bool:
        """Whether the socket was lost and the connection is waiting to open another (not connected meanwhile)."""
        return self._status == _RECONNECTING

    @property
    def state(self) -> ConnectionState:
        """A frozen snapshot of the connection's state."""
        return ConnectionState(is_connected=self.is_connected, is_connecting=self.is_connecting,
                               is_reconnecting=self.is_reconnecting,
                               room_id=self._room_id, room_info=self._room_info,
                               available_gifts=tuple(self._gifts))

    # ------------------------------------------------------------ HTTP helpers (usable while not connected)

    def _call_web(self, info: str, call: Callable[[WebClient], T]) -> T:
        try:
            with self._web_lock:
                return call(self._web)
        except WebError as exc:
            self._error(info, exc)
            raise

    def fetch_room_id(self, unique_id: Optional[str] = None) -> str:
        """Look up the room id of ``unique_id`` (this streamer by default) and keep it for ``connect()``.

        Blocks for up to a few HTTP requests. :raises RoomIdLookupError: every route failed.
        """
        room_id = self._call_web(ErrorEvent.ROOM_ID_FAILED,
                                 lambda web: web.fetch_room_id(unique_id or self.unique_id))
        if unique_id is None or parse_unique_id(unique_id) == self.unique_id:
            self._room_id = room_id
        return room_id

    def fetch_is_live(self, unique_id: Optional[str] = None) -> bool:
        """Whether ``unique_id`` (this streamer by default) is live now.

        :raises RoomIdLookupError: every route failed.
        """
        return self._call_web(ErrorEvent.LIVE_STATUS_FAILED,
                              lambda web: web.fetch_is_live(unique_id or self.unique_id))

    def wait_until_live(self, *, poll_interval: float = 30.0, timeout: Optional[float] = None) -> bool:
        """Block until the streamer is live, checking every ``poll_interval`` seconds.

        :returns: ``True`` once live, ``False`` if ``timeout`` seconds passed first.
        """
        return self._web.wait_until_live(self.unique_id, poll_interval=poll_interval, timeout=timeout)

    def fetch_room_info(self) -> RoomInfo:
        """Fetch (and keep) the room's details; looks the room id up first if needed.

        :raises WebError: the request failed (see its subclasses).
        """
        room_id = self._room_id or self.fetch_room_id()
        self._room_info = self._call_web(ErrorEvent.ROOM_INFO_FAILED, lambda web: web.fetch_room_info(room_id))
        return self._room_info

    def fetch_available_gifts(self) -> List[Gift]:
        """Fetch (and keep) the room's gift list; looks the room id up first if needed.

        :raises WebError: the request failed (see its subclasses).
        """
        room_id = self._room_id or self.fetch_room_id()
        self._gifts = self._call_web(ErrorEvent.GIFTS_FAILED, lambda web: web.fetch_room_gifts(room_id))
        return list(self._gifts)

    def send_message(self, content: str) -> Dict[str, Any]:
        """Send a chat message to the room as the logged-in user (needs ``session_id`` and ``authenticate_ws``).

        :returns: the sign server's answer.
        :raises AuthenticatedWebSocketError: no session, or ``authenticate_ws`` is off.
        """
        room_id = self._room_id or self.fetch_room_id()
        return self._call_web(ErrorEvent.SEND_MESSAGE_FAILED, lambda web: web.send_room_chat(room_id, content))

    # ------------------------------------------------------------ lifecycle

    def connect(self, room_id: Optional[str] = None) -> ConnectionState:
        """Connect: blocks until the WebSocket is open and the room entered, then returns the state.

        Steps (as Node): room id (``room_id``, else the one looked up before, else a lookup); room
        info if ``fetch_room_info_on_connect``; gift list if ``enable_extended_gift_info``; the signed
        initial fetch; its messages' events if ``process_initial_data``; the WebSocket; enter-room;
        ``websocketConnected``; ``connected``. Then a reader thread takes over. Blocks for a few HTTP
        requests plus the WebSocket handshake (``ws_client_options["timeout"]``, 20 s by default).
        On failure an ``error`` event ("Error while connecting") fires and the error is raised.

        :raises AlreadyConnectedError: already connected.
        :raises AlreadyConnectingError: another ``connect()`` is running.
        :raises UserOfflineError: the stream has ended (with ``fetch_room_info_on_connect``).
        :raises WebSocketRejectedError: TikTok refused the WebSocket (``handshake_msg`` says why).
        :raises ConnectTimeout: the WebSocket did not open in time.
        :raises TikTokLiveError: any other failure (room lookup, sign server, network).
        """
        with self._lock:
            if self._status in (_CONNECTED, _RECONNECTING):
                raise AlreadyConnectedError(f"@{self.unique_id} is already connected; disconnect() first")
            if self._status == _CONNECTING:
                raise AlreadyConnectingError(f"@{self.unique_id} is already connecting")
            self._status = _CONNECTING
            self._connector = threading.current_thread()
            self._stop = stop = threading.Event()
            self._finished = finished = threading.Event()
            self._fatal = None
        try:
            poll = self._establish(room_id, stop)
            target, role = (self._poll, "poller") if poll else (self._read, "reader")
            self._reader = threading.Thread(target=target, args=(stop, finished), daemon=True,
                                            name=f"tiktoklive-{role}[@{self.unique_id}]")
            self._reader.start()
        except BaseException as exc:  # Ctrl-C included: nothing may stay open
            stop.set()
            self._abandon(finished)
            if isinstance(exc, Exception):
                self._error(ErrorEvent.CONNECTING_FAILED, exc)
            self._end_streams(exc if isinstance(exc, Exception) else None)
            raise
        finally:
            with self._lock:
                self._connector = None
        return self.state

    def _establish(self, room_id: Optional[str], stop: threading.Event) -> bool:
        """Connect's steps up to ``connected``; returns whether to poll instead of reading a WebSocket."""
        options = self._options
        self._room_id = str(room_id) if room_id else (self._room_id or self.fetch_room_id())
        if options["fetch_room_info_on_connect"] and not self.fetch_room_info().is_live:
            raise UserOfflineError(self.unique_id, route="fetch_room_info")
        self._pipeline.reset(self.fetch_available_gifts() if options["enable_extended_gift_info"] else ())
        ticket = self._signed_websocket(stop)
        signed = ticket.signed
        if options["process_initial_data"]:
            self._pipeline.deliver(signed.fetch_result)
        else:
            self._pipeline.follow(signed.fetch_result)
        poll = not signed.push_server
        if poll and not options["enable_request_polling"]:
            raise ConnectError("TikTok offered no WebSocket for this room, and enable_request_polling is off")
        if poll:
            self._pipeline.deliver(self._fetch_messages())  # a first poll, so that a failure raises here
        else:
            self._socket = self._open_socket(ticket)
            self._emitter.emit(WebsocketConnectedEvent(self._socket.ws))
        _check_stop(stop)
        with self._lock:
            self._status = _CONNECTED
        logger.info("connected to @%s (room %s%s)", self.unique_id, self._room_id, ", polling" if poll else "")
        self._emitter.emit(ConnectedEvent(self.state))
        return poll

    def _signed_websocket(self, stop: threading.Event, cursor: str = "") -> Ticket:
        _check_stop(stop)
        ticket = self._entrance.sign(str(self._room_id), cursor)
        self._room_id = ticket.signed.room_id
        self._emitter.origin = Origin(self.unique_id, self._room_id)
        _check_stop(stop)
        return ticket

    def _open_socket(self, ticket: Ticket) -> PushClient:
        handshake = self._entrance.handshake()
        with self._lock:  # where disconnect() can abort it
            self._handshake = handshake
        try:
            return self._entrance.open(ticket, handshake)
        finally:
            with self._lock:
                self._handshake = None

    def _abandon(self, finished: threading.Event) -> None:
        """Undo a failed connect: no ``disconnected`` fires, and a reader that got started (Ctrl-C
        inside ``Thread.start()``) finds it is no longer the reader and ends without a teardown."""
        with self._lock:
            sock, self._socket, self._reader = self._socket, None, None
            self._reset()
        if sock is not None:
            sock.shutdown()
        self._close_web()
        finished.set()

    def _reset(self) -> None:
        self._status = _DISCONNECTED
        self._room_id, self._room_info, self._gifts = None, None, []

    # ------------------------------------------------------------ the reader thread

    def _read(self, stop: threading.Event, finished: threading.Event) -> None:
        closure = CloseStatus(1000, "", by_server=False)
        error: Optional[BaseException] = None
        try:
            while self._socket is not None:
                closure, lost = self._read_socket(self._socket, stop)
                if lost is None or stop.is_set() or self._pipeline.stream_ended:
                    break
                logger.warning("@%s: %s", self.unique_id, lost)
                self._error(ErrorEvent.WEBSOCKET_FAILED, lost)
                retry = self._options["auto_reconnect"] and lost.code in RETRYABLE_CLOSE_CODES
                if not (retry and self._reconnect(stop)):
                    error = None if stop.is_set() else lost
                    break
        except BaseException as exc:  # a bug, or SystemExit from a handler: end properly, raise it from wait()
            self._log_end("reader", exc)
            error, closure = exc, CloseStatus(ABNORMAL_CLOSURE, f"{type(exc).__name__}: {exc}", by_server=False)
        finally:
            self._teardown(closure, error, finished)

    def _read_socket(self, sock: PushClient,
                     stop: threading.Event) -> Tuple[CloseStatus, Optional[ConnectionLostError]]:
        """Read ``sock`` until it closes: how it closed, and the loss unless we closed it (a close by the
        server is a loss unless the stream ended, which the caller checks)."""
        if stop.is_set():
            sock.close()
        try:
            closure = sock.read(functools.partial(self._on_frame, sock=sock, stop=stop), self._pipeline.frame_skipped)
        except ConnectionLostError as exc:
            return CloseStatus(exc.code or ABNORMAL_CLOSURE, exc.reason, by_server=True), exc
        if closure.by_server:
            message = f"TikTok closed the WebSocket ({closure.code} {closure.reason})".replace(" )", ")")
            return closure, ConnectionLostError(message, code=closure.code, reason=closure.reason)
        return closure, None

    def _on_frame(self, data: bytes, sock: PushClient, stop: threading.Event) -> None:
        if pass_frame(self._pipeline, data, sock.ack) and not stop.is_set():
            logger.info("the stream of @%s ended; disconnecting", self.unique_id)
            stop.set()
            sock.close()

    def _reconnect(self, stop: threading.Event) -> bool:
        """Open a new socket where the stream stopped; ``False`` once attempts run out or on stop.

        Waits as the ``reconnect`` backoff says, or as long as a rate-limited server asked.
        """
        old, backoff, asked = self._socket, self._options["reconnect"], 0.0
        with self._lock:
            self._status = _RECONNECTING
        if old is not None:
            old.shutdown()
        while not backoff.exhausted:
            delay, backoff = max(backoff.delay(), asked), backoff.increment()
            logger.warning("@%s: reconnecting in %.1f s (attempt %d)", self.unique_id, delay, backoff.attempt)
            if stop.wait(delay):
                return False
            try:
                ticket = self._signed_websocket(stop, self._pipeline.cursor)
                sock = self._open_socket(ticket)
            except (WebError, ConnectError) as exc:
                if stop.is_set():  # disconnect() meanwhile: no attempt failed
                    return False
                logger.warning("@%s: reconnect attempt %d failed: %s", self.unique_id, backoff.attempt, exc)
                asked = getattr(exc, "retry_after", None) or 0.0
                self._error(ErrorEvent.CONNECTING_FAILED, exc)
                continue
            with self._lock:
                self._socket, self._status = sock, _CONNECTED
            if stop.is_set():
                return False
            self._pipeline.deliver(ticket.signed.fetch_result, backlog=True)
            self._emitter.emit(WebsocketConnectedEvent(sock.ws))
            logger.info("@%s: reconnected", self.unique_id)
            return True
        return False

    def _fetch_messages(self) -> Any:
        with self._web_lock:
            return self._web.fetch_messages(str(self._room_id), self._pipeline.cursor, self._pipeline.internal_ext)

    def _poll(self, stop: threading.Event, finished: threading.Event) -> None:
        """The polling fallback: fetch new messages every ``request_polling_interval_ms``."""
        interval = self._options["request_polling_interval_ms"] / 1000
        error: Optional[BaseException] = None
        try:
            while not stop.wait(interval) and not self._pipeline.stream_ended:
                try:
                    result = self._fetch_messages()
                except WebError as exc:
                    logger.warning("@%s: polling failed: %s", self.unique_id, exc)
                    self._error(POLLING_FAILED, exc)
                    continue
                self._pipeline.deliver(result)
        except BaseException as exc:  # as in _read
            self._log_end("poller", exc)
            error = exc
        finally:
            self._teardown(CloseStatus(1000, "", by_server=False), error, finished)

    def _log_end(self, role: str, exc: BaseException) -> None:
        logger.error("the %s of @%s ended by %s: %s", role, self.unique_id, type(exc).__name__, exc, exc_info=exc)

    def _teardown(self, closure: CloseStatus, error: Optional[BaseException], finished: threading.Event) -> None:
        """Close everything, then fire ``disconnected`` and end the iterators (once per connect)."""
        with self._lock:
            if self._reader is not threading.current_thread():
                return  # connect() was abandoned while starting this thread: it cleaned up already
            sock, self._socket = self._socket, None
            self._fatal = error
            self._reset()
        if sock is not None:
            sock.shutdown()
        self._close_web()  # pooled HTTP connections too: nothing survives the connection
        logger.info("disconnected from @%s (%s %s)", self.unique_id, closure.code, closure.reason)
        streams = list(self._streams)  # not those of a connect() made by a disconnected handler
        self._emitter.emit(DisconnectedEvent(closure.code, closure.reason))
        self._end_streams(error, streams)
        finished.set()

    # ------------------------------------------------------------ ending

    def disconnect(self) -> None:
        """Close the connection and join its thread; ``disconnected`` has fired when it returns.

        Sends a close frame and waits up to 2 s for TikTok's answer, then drops the socket. Called while
        another thread is in ``connect()``, it makes that ``connect()`` stop (raising
        :class:`~tiktoklive.errors.ConnectError` unless it was done) and waits for the end; a WebSocket
        handshake under way (connecting or reconnecting) is aborted at once. Called from a
        handler (the reader thread, or the thread in ``connect()``), it returns at once and the
        connection ends after the handler. Does nothing when not connected.
        """
        with self._lock:
            self._stop.set()
            sock, finished, reader = self._socket, self._finished, self._reader
            here = threading.current_thread()
            inside = here is self._reader or here is self._connector
        if sock is not None:
            sock.close()
        self._abort_handshake()
        if inside:
            return
        if not _wait_aborting(finished, self._abort_handshake):
            sock = self._socket
            if sock is not None:
                sock.abort()
            finished.wait(JOIN_TIMEOUT)
        reader = reader or self._reader  # the one a connect() under way started
        if reader is not None and reader.ident is not None:  # started: let it exit after its teardown
            reader.join(JOIN_TIMEOUT)
        if not finished.is_set():
            logger.warning("the connection to @%s did not end within %.0f s", self.unique_id, 2 * JOIN_TIMEOUT)

    def _abort_handshake(self) -> None:
        with self._lock:
            handshake = self._handshake
        if handshake is not None:
            handshake.abort()

    def close(self) -> None:
        """Disconnect and close the web client (what leaving a ``with`` block does)."""
        self.disconnect()
        self._close_web()

    def _close_web(self) -> None:
        with self._web_lock:  # not under a request another thread is making
            self._web.close()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the connection ends (or ``timeout`` seconds pass); Ctrl-C interrupts it at once.

        :returns: ``True`` if the connection has ended, ``False`` on timeout.
        :raises TikTokLiveError: the error that ended the connection, if it failed.
        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("wait")
        with self._lock:
            finished, reader = self._finished, self._reader
        if not _wait_interruptibly(finished, timeout):
            return False
        reader = reader or self._reader  # the one a connect() under way started
        if reader is not None:
            reader.join(JOIN_TIMEOUT)
        if self._fatal is not None:
            raise self._fatal
        return True

    def run_forever(self) -> None:
        """Connect (unless connected) and block until the connection ends.

        Ctrl-C disconnects cleanly, then the ``KeyboardInterrupt`` propagates.

        :raises TikTokLiveError: what ``connect()`` raises, or the error that ended the connection.
        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("run_forever")
        try:
            if not (self.is_connected or self.is_reconnecting):
                self.connect()
            self.wait()
        except KeyboardInterrupt:
            self.disconnect()
            raise

    def _refuse_in_handler(self, method: str) -> None:
        here = threading.current_thread()
        if here is self._reader or here is self._connector:
            raise HandlerThreadError(f"{method}() was called from a handler of @{self.unique_id}: it would wait for "
                                     f"the thread that runs it; call disconnect() there, and wait elsewhere")


def close_all() -> int:
    """Close every connection of the process that is connected or connecting (e.g. those a notebook cell
    started before it was run again), as :meth:`Connection.close` does.

    :returns: how many were closed.
    """
    with _connections_lock:
        live = [conn for conn in list(_connections) if conn.is_connected or conn.is_connecting]
    for conn in live:
        conn.close()
    return len(live)


def _check_options(ws_client_options: Mapping[str, Any], heartbeat_interval: float,
                   heartbeat_timeout: Optional[float], request_polling_interval_ms: int, event_queue_size: int) -> None:
    """Refuse the values of :class:`Connection`'s own options that cannot work, before any I/O."""
    check_options(ws_client_options)
    if heartbeat_interval <= 0:
        raise InvalidOptionError("heartbeat_interval must be a positive number of seconds")
    if heartbeat_timeout is not None and heartbeat_timeout <= heartbeat_interval:
        raise InvalidOptionError("heartbeat_timeout must be None or longer than heartbeat_interval")
    if request_polling_interval_ms <= 0:
        raise InvalidOptionError("request_polling_interval_ms must be positive")
    if event_queue_size < 1:
        raise InvalidOptionError("event_queue_size must be at least 1")


def _check_sizes(**sizes: int) -> None:
    """Refuse byte limits that are not positive integers, before any I/O."""
    for name, size in sizes.items():
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise InvalidOptionError(f"{name} must be a positive number of bytes")


def _wait_interruptibly(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)``, in blocks of at most :data:`INTERRUPT_CHECK` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        block = INTERRUPT_CHECK if deadline is None else min(INTERRUPT_CHECK, deadline - time.monotonic())
        if event.wait(max(block, 0.0)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False


def _wait_aborting(finished: threading.Event, abort: Callable[[], None]) -> bool:
    """Wait up to :data:`JOIN_TIMEOUT` for ``finished``, calling ``abort`` every :data:`ABORT_RETRY`
    seconds (a handshake aborted while its TCP connection was opening only fails once it is open)."""
    deadline = time.monotonic() + JOIN_TIMEOUT
    while not finished.wait(ABORT_RETRY):
        if time.monotonic() >= deadline:
            return False
        abort()
    return True


def _check_stop(stop: threading.Event) -> None:
    if stop.is_set():
        raise ConnectError("disconnect() was called while connecting")


#: Every keyword option :class:`Connection` accepts.
OPTION_NAMES = frozenset(name for name, p in inspect.signature(Connection.__init__).parameters.items()
                         if p.kind is inspect.Parameter.KEYWORD_ONLY)
