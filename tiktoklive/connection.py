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
thread, handlers included (``disconnect()`` from a handler does not wait for the reader to finish).
"""
from __future__ import annotations

import functools
import inspect
import logging
import threading
import time
import weakref
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union

from tiktoklive import signer as signing
from tiktoklive.backoff import Backoff
from tiktoklive.dispatch import Emitter
from tiktoklive.errors import (
    AlreadyConnectedError,
    AlreadyConnectingError,
    ConnectError,
    ConnectionLostError,
    InvalidOptionError,
    UnknownOptionError,
    UserOfflineError,
    WebError,
)
from tiktoklive.events import ConnectedEvent, DisconnectedEvent, ErrorEvent, Event, WebsocketConnectedEvent
from tiktoklive.events.names import EVENT_NAMES, ControlEvent
from tiktoklive.pipeline import Pipeline
from tiktoklive.state import ConnectionState
from tiktoklive.stream import DEFAULT_QUEUE_SIZE, EventStream
from tiktoklive.transport import (
    ABNORMAL_CLOSURE,
    RETRYABLE_CLOSE_CODES,
    Closure,
    PushSocket,
    check_options,
    open_websocket,
)
from tiktoklive.web import Gift, RoomInfo, WebClient, defaults, parse_unique_id

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: Seconds :meth:`Connection.disconnect` waits for the reader thread after the close handshake.
JOIN_TIMEOUT = 5.0
#: Longest single block inside :meth:`Connection.wait`, so that Ctrl-C is handled at most this many
#: seconds after it is pressed (a lock wait without a timeout cannot be interrupted on Windows, and
#: misses a signal that lands just before it blocks).
INTERRUPT_CHECK = 0.25
#: Events :meth:`Connection.iter_events` leaves out unless named: the raw mirrors of other events.
MIRROR_EVENTS = frozenset({ControlEvent.WEBSOCKET_DATA, ControlEvent.RAW_DATA, ControlEvent.DECODED_DATA})

#: ``info`` of the ``error`` event of a failed poll (polling goes on).
POLLING_FAILED = "Failed to poll messages"

_DISCONNECTED, _CONNECTING, _CONNECTED = "DISCONNECTED", "CONNECTING", "CONNECTED"
_RECONNECTING = "RECONNECTING"  # the socket was lost: waiting (backoff, Retry-After) or opening another


class Connection:
    """A live connection to one streamer's TikTok LIVE room.

    ::

        conn = Connection("@streamer")

        @conn.on("chat")
        def on_chat(event):   # runs on the reader thread
            print(event.user.unique_id, event.comment)

        conn.run_forever()   # connect, then block until the stream ends (Ctrl-C disconnects)

    Handlers run on the connection's reader thread (those of the events fired during ``connect()``
    on the caller's thread); every method may be called from any thread, handlers included. To do
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
    :param auto_reconnect: reconnect when the socket drops while the stream is live, resuming where
        it stopped (no message lost or repeated); never after the stream ended.
    :param reconnect: the delays and attempts of reconnecting (a :class:`~tiktoklive.backoff.Backoff`,
        or what :meth:`Backoff.from_value <tiktoklive.backoff.Backoff.from_value>` takes).
    :param heartbeat_interval: seconds between heartbeats (TikTok's web client: 10).
    :param heartbeat_timeout: seconds without any frame after which the socket counts as dead and is
        dropped (``None``: never); must exceed ``heartbeat_interval``.
    :param event_queue_size: events each :meth:`iter_events` iterator holds before dropping the oldest.

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
            raise UnknownOptionError(f"unknown option(s) {', '.join(sorted(unknown))}; valid options: "
                                     f"{', '.join(sorted(OPTION_NAMES))}")
        _check_options(ws_client_options or {}, heartbeat_interval, heartbeat_timeout, request_polling_interval_ms,
                       event_queue_size)
        #: The streamer's unique id, without ``@``.
        self.unique_id = parse_unique_id(unique_id)
        self._options: Dict[str, Any] = {
            "process_initial_data": process_initial_data, "fetch_room_info_on_connect": fetch_room_info_on_connect,
            "enable_extended_gift_info": enable_extended_gift_info, "enable_request_polling": enable_request_polling,
            "request_polling_interval_ms": request_polling_interval_ms,
            "ws_client_params": dict(ws_client_params or {}), "ws_client_headers": dict(ws_client_headers or {}),
            "ws_client_options": dict(ws_client_options or {}), "auto_reconnect": auto_reconnect,
            "reconnect": Backoff.from_value(reconnect), "heartbeat_interval": heartbeat_interval,
            "heartbeat_timeout": heartbeat_timeout, "event_queue_size": event_queue_size}
        self._web = WebClient(
            web_base_url=web_base_url, webcast_base_url=webcast_base_url, sign_config=sign_config,
            sign_api_key=sign_api_key, signer=signer, session_id=session_id, tt_target_idc=tt_target_idc,
            authenticate_ws=authenticate_ws, use_mobile=use_mobile, preferred_agent_ids=preferred_agent_ids,
            connect_with_unique_id=connect_with_unique_id, log_fetch_fallback_errors=log_fetch_fallback_errors,
            signed_websocket_provider=signed_websocket_provider, web_client_params=web_client_params,
            web_client_headers=web_client_headers, web_client_options=web_client_options)
        self._web_lock = threading.RLock()  # WebClient is used by one thread at a time
        self._lock = threading.RLock()
        self._status = _DISCONNECTED
        self._room_id: Optional[str] = None
        self._room_info: Optional[RoomInfo] = None
        self._gifts: List[Gift] = []
        self._socket: Optional[PushSocket] = None
        self._reader: Optional[threading.Thread] = None
        self._connector: Optional[threading.Thread] = None  # the thread inside connect()
        self._stop = threading.Event()
        self._finished = threading.Event()
        self._finished.set()
        self._fatal: Optional[BaseException] = None
        self._emitter = Emitter(self)
        self._pipeline = Pipeline(self._emitter)
        self._streams: "weakref.WeakSet[EventStream]" = weakref.WeakSet()

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

    # ------------------------------------------------------------ events

    def on(self, name: str, handler: Optional[Callable[[Event], Any]] = None) -> Any:
        """Call ``handler(event)`` for every event called ``name``; without ``handler``, a decorator.

        ``name`` is a :class:`~tiktoklive.WebcastEvent` / :class:`~tiktoklive.ControlEvent` constant or
        the Node string (``"chat"``). Handlers run on the reader thread (the events emitted during
        ``connect()`` on its caller's thread), in the order they were registered. A handler that raises
        is logged and reported as an ``error`` event; the other handlers and the stream go on. Keep
        handlers quick: a slow one delays every later event (see :meth:`iter_events`).

        :returns: ``handler`` (the decorator returns the function it decorates).
        :raises UnknownEventError: no event is called ``name``.
        """
        return self._emitter.on(name, handler)

    def once(self, name: str, handler: Optional[Callable[[Event], Any]] = None) -> Any:
        """Like :meth:`on`, for the next event called ``name`` only."""
        return self._emitter.on(name, handler, once=True)

    def off(self, name: Optional[str] = None, handler: Optional[Callable[[Event], Any]] = None) -> int:
        """Remove ``handler`` from ``name``, every handler of ``name``, or (no arguments) every handler.

        :returns: how many registrations were removed.
        """
        return self._emitter.off(name, handler)

    def iter_events(self, types: Optional[Sequence[str]] = None, timeout: Optional[float] = None) -> EventStream:
        """Iterate over this connection's events in the calling thread, with an own bounded queue.

        The reader thread only queues events here, so iterating in another thread is the way to do
        slow work without delaying the stream. If the queue (``event_queue_size``) is full, the oldest
        queued event is dropped and counted (``.dropped``); the reader never waits. Iteration ends when
        the connection ends or ``connect()`` fails (raising the error, if any), or after ``timeout``
        idle seconds.
        Create the iterator before ``connect()`` to also get the events of the connect itself.

        :param types: event names to collect; all except the raw mirrors (``websocketData``,
            ``rawData``, ``decodedData``) by default.
        :param timeout: end after this many seconds without an event (``None``: wait forever).
        :raises UnknownEventError: a name in ``types`` is no event's name.
        """
        names = sorted(EVENT_NAMES - MIRROR_EVENTS) if types is None else list(types)
        stream = EventStream(self, names, types=None if types is None else list(types), timeout=timeout,
                             maxsize=self._options["event_queue_size"])
        self._streams.add(stream)
        return stream

    def _error(self, info: str, exc: BaseException) -> None:
        self._emitter.emit(ErrorEvent(info, exc))

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
        signed = self._signed_websocket(stop)
        if options["process_initial_data"]:
            self._pipeline.process_result(signed.fetch_result)
        else:
            self._pipeline.cursor, self._pipeline.internal_ext = signed.cursor, signed.fetch_result.internal_ext
        poll = not signed.push_server
        if poll and not options["enable_request_polling"]:
            raise ConnectError("TikTok offered no WebSocket for this room, and enable_request_polling is off")
        if poll:
            self._pipeline.process_result(self._fetch_messages())  # a first poll, so that a failure raises here
        else:
            self._socket = self._open_socket(signed)
            self._emitter.emit(WebsocketConnectedEvent(self._socket.ws))
        _check_stop(stop)
        with self._lock:
            self._status = _CONNECTED
        logger.info("connected to @%s (room %s%s)", self.unique_id, self._room_id, ", polling" if poll else "")
        self._emitter.emit(ConnectedEvent(self.state))
        return poll

    def _signed_websocket(self, stop: threading.Event, cursor: str = "") -> signing.SignedWebSocket:
        _check_stop(stop)
        with self._web_lock:
            signed = self._web.fetch_signed_websocket(str(self._room_id), cursor)
        self._room_id = signed.room_id
        _check_stop(stop)
        return signed

    def _open_socket(self, signed: signing.SignedWebSocket) -> PushSocket:
        options = self._options
        with self._web_lock:
            url = self._web.websocket_url(signed, options["ws_client_params"])
            headers = {**self._web.websocket_headers(), **options["ws_client_headers"]}
        sock = PushSocket(open_websocket(url, headers, options["ws_client_options"]),
                          heartbeat_interval=options["heartbeat_interval"],
                          heartbeat_timeout=options["heartbeat_timeout"])
        try:
            sock.enter_room(int(signed.room_id))
        except Exception:
            sock.shutdown()
            raise
        return sock

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
        closure = Closure(1000, "", by_server=False)
        error: Optional[BaseException] = None
        try:
            while self._socket is not None:
                closure, lost = self._read_socket(self._socket, stop)
                if lost is None or stop.is_set() or self._pipeline.stream_ended:
                    break
                logger.warning("@%s: %s", self.unique_id, lost)
                self._error(ErrorEvent.WEBSOCKET_FAILED, lost)
                if not (self._options["auto_reconnect"] and self._reconnect(stop)):
                    error = None if stop.is_set() else lost
                    break
        except Exception as exc:  # a bug must still end the connection properly
            logger.exception("the reader of @%s failed", self.unique_id)
            error, closure = exc, Closure(ABNORMAL_CLOSURE, f"{type(exc).__name__}: {exc}", by_server=False)
        finally:
            self._teardown(closure, error, finished)

    def _read_socket(self, sock: PushSocket, stop: threading.Event) -> Tuple[Closure, Optional[ConnectionLostError]]:
        """Read ``sock`` until it closes: how it closed, and the loss if it may be reconnected."""
        if stop.is_set():
            sock.close()
        try:
            closure = sock.read(functools.partial(self._on_frame, sock=sock, stop=stop))
        except ConnectionLostError as exc:
            return Closure(exc.code or ABNORMAL_CLOSURE, exc.reason, by_server=True), exc
        if closure.by_server and closure.code in RETRYABLE_CLOSE_CODES:
            message = f"TikTok closed the WebSocket ({closure.code} {closure.reason})".replace(" )", ")")
            return closure, ConnectionLostError(message, code=closure.code, reason=closure.reason)
        return closure, None

    def _on_frame(self, data: bytes, sock: PushSocket, stop: threading.Event) -> None:
        self._pipeline.process_frame(data, sock.send)
        if self._pipeline.stream_ended and not stop.is_set():
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
                signed = self._signed_websocket(stop, self._pipeline.cursor)
                sock = self._open_socket(signed)
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
            self._pipeline.process_result(signed.fetch_result, backlog=True)
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
                self._pipeline.process_result(result)
        except Exception as exc:
            logger.exception("the poller of @%s failed", self.unique_id)
            error = exc
        finally:
            self._teardown(Closure(1000, "", by_server=False), error, finished)

    def _teardown(self, closure: Closure, error: Optional[BaseException], finished: threading.Event) -> None:
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
        self._emitter.emit(DisconnectedEvent(closure.code, closure.reason))
        self._end_streams(error)
        finished.set()

    def _end_streams(self, error: Optional[BaseException]) -> None:
        """End every :meth:`iter_events` iterator (after its queued events), raising ``error`` in it."""
        for stream in list(self._streams):
            stream.end(error)

    # ------------------------------------------------------------ ending

    def disconnect(self) -> None:
        """Close the connection and join its thread; ``disconnected`` has fired when it returns.

        Sends a close frame and waits up to 2 s for TikTok's answer, then drops the socket. Called while
        another thread is in ``connect()``, it makes that ``connect()`` stop (raising
        :class:`~tiktoklive.errors.ConnectError` unless it was done) and waits for the end. Called from a
        handler (the reader thread, or the thread in ``connect()``), it returns at once and the
        connection ends after the handler. Does nothing when not connected.
        """
        with self._lock:
            self._stop.set()
            sock, finished = self._socket, self._finished
            here = threading.current_thread()
            inside = here is self._reader or here is self._connector
        if sock is not None:
            sock.close()
        if inside:
            return
        if not finished.wait(JOIN_TIMEOUT):
            sock = self._socket
            if sock is not None:
                sock.abort()
            finished.wait(JOIN_TIMEOUT)
        reader = self._reader
        if reader is not None and reader.ident is not None:  # started: let it exit after its teardown
            reader.join(JOIN_TIMEOUT)
        if not finished.is_set():
            logger.warning("the connection to @%s did not end within %.0f s", self.unique_id, 2 * JOIN_TIMEOUT)

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
        """
        if not _wait_interruptibly(self._finished, timeout):
            return False
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(JOIN_TIMEOUT)
        if self._fatal is not None:
            raise self._fatal
        return True

    def run_forever(self) -> None:
        """Connect (unless connected) and block until the connection ends.

        Ctrl-C disconnects cleanly, then the ``KeyboardInterrupt`` propagates.

        :raises TikTokLiveError: what ``connect()`` raises, or the error that ended the connection.
        """
        try:
            if not (self.is_connected or self.is_reconnecting):
                self.connect()
            self.wait()
        except KeyboardInterrupt:
            self.disconnect()
            raise


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


def _wait_interruptibly(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)``, in blocks of at most :data:`INTERRUPT_CHECK` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        block = INTERRUPT_CHECK if deadline is None else min(INTERRUPT_CHECK, deadline - time.monotonic())
        if event.wait(max(block, 0.0)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False


def _check_stop(stop: threading.Event) -> None:
    if stop.is_set():
        raise ConnectError("disconnect() was called while connecting")


#: Every keyword option :class:`Connection` accepts.
OPTION_NAMES = frozenset(name for name, p in inspect.signature(Connection.__init__).parameters.items()
                         if p.kind is inspect.Parameter.KEYWORD_ONLY)
