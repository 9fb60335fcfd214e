"""``Connection``: one streamer's live events, received on a background thread.

The lifecycle follows paho-mqtt: :meth:`Connection.connect` blocks until the room is entered and
then starts a named daemon reader thread (a :class:`~tiktoklive.worker.Reader`);
:meth:`Connection.run_forever` / :meth:`Connection.wait` block until the connection ends;
:meth:`Connection.disconnect` closes the socket and joins the thread (unless it runs on that
thread). Events reach handlers registered with :meth:`Connection.on` and iterators from
:meth:`Connection.iter_events`. ``Connection`` itself is a facade: options live in
:mod:`tiktoklive.options`, the reading in :mod:`tiktoklive.worker`, the handlers in
:mod:`tiktoklive.dispatcher`.

**Threads.** Handlers run on the connection's reader thread, one event at a time, in wire order.
The events emitted during ``connect()`` (the initial batch, ``websocketConnected``, ``connected``)
run on the thread that called ``connect()``, before it returns. A slow handler delays every later
event: keep handlers short, or consume :meth:`Connection.iter_events` in another thread, or hand the
work to a ``queue.Queue`` / ``concurrent.futures`` executor. Every method may be called from any
thread, handlers included (``disconnect()`` from a handler does not wait for the reader to finish),
except ``wait()`` and ``run_forever()``, which raise ``HandlerThreadError`` there.
"""
from __future__ import annotations

import logging
import threading
import weakref
from typing import Any, Callable, Optional, TypeVar

from tiktoklive.entry import Entrance
from tiktoklive.errors import (
    AlreadyConnectedError,
    AlreadyConnectingError,
    HandlerThreadError,
    UserOfflineError,
    WebError,
)
from tiktoklive.events import ErrorEvent, Origin
from tiktoklive.events.names import MIRROR_EVENT_NAMES
from tiktoklive.options import OPTION_NAMES, ConnectionOptions
from tiktoklive.receiver import Receiver
from tiktoklive.source import EventSource
from tiktoklive.state import ConnectionState, RoomState, Status, StreamStats
from tiktoklive.web import Gift, RoomInfo, WebClient, parse_unique_id
from tiktoklive.worker import JOIN_TIMEOUT, Reader, wait_interruptibly

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: Events :meth:`Connection.iter_events` leaves out unless named: the raw mirrors of other events.
MIRROR_EVENTS = MIRROR_EVENT_NAMES
__all__ = ["Connection", "close_all", "MIRROR_EVENTS", "OPTION_NAMES"]

#: Every Connection of the process, held weakly (a connected one is kept alive by its reader thread).
_connections: weakref.WeakSet[Connection] = weakref.WeakSet()
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

    Options (keywords, checked before any I/O): the connection's own, Node's in snake_case, are
    the fields of :class:`~tiktoklive.options.ConnectionOptions` (``process_initial_data``,
    ``fetch_room_info_on_connect``, ``enable_extended_gift_info``, ``enable_request_polling``,
    ``request_polling_interval_ms``, ``ws_client_params``, ``ws_client_headers``,
    ``ws_client_options``, ``auto_reconnect``, ``reconnect``, ``heartbeat_interval``,
    ``heartbeat_timeout``, ``event_queue_size``, ``event_queue_bytes``, ``max_frame_size``,
    ``max_decompressed_size``); the others are :class:`~tiktoklive.web.WebClient`'s, passed to it.

    :param unique_id: the streamer: ``name``, ``@name`` or their live page's URL.
    :raises UnknownOptionError: an unknown option or ``ws_client_options`` key (a ``TypeError``; the
        message lists the valid ones, and the likely one meant).
    :raises InvalidTypeError: ``reconnect`` is neither a ``Backoff``, a bool, an int nor ``None``.
    :raises InvalidOptionError: an invalid or contradictory option value (checked before any I/O).
    :raises InvalidUniqueIdError: ``unique_id`` is not a unique id.
    """

    def __init__(self, unique_id: str, **options: Any) -> None:
        self._options = ConnectionOptions.parse(options)
        #: The streamer's unique id, without ``@``.
        self.unique_id = parse_unique_id(unique_id)
        super().__init__(self._options.event_queue_size, self._options.event_queue_bytes, Origin(self.unique_id))
        self._web = WebClient(**self._options.web)
        self._entrance = Entrance(self._web, self._options.as_dict())  # its lock: one thread uses the web client
        self._room = RoomState()
        self._receiver = Receiver(self.dispatcher, max_frame_size=self._options.max_frame_size,
                                  max_decompressed_size=self._options.max_decompressed_size)
        self._reader: Optional[Reader] = None  # the reading of the last connect()
        self._connector: Optional[threading.Thread] = None  # the thread inside connect()
        #: Set while a thread blocks in :meth:`wait` (or :meth:`run_forever`): a hook for tests and
        #: supervisors that must act only once the waiting has begun (Ctrl-C, say).
        self.waiting = threading.Event()
        with _connections_lock:
            _connections.add(self)

    def __repr__(self) -> str:
        return f"<Connection @{self.unique_id} room_id={self._room.room_id} state={self._room.status}>"

    def __enter__(self) -> Connection:
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
        reader = self._reader
        sock = None if reader is None else reader.socket
        return None if sock is None else sock.ws

    @property
    def options(self) -> dict[str, Any]:
        """A copy of the connection options (web client options are on :attr:`web_client`)."""
        return self._options.as_dict()

    @property
    def room_id(self) -> Optional[str]:
        """The room id, once looked up or connected to (cleared on disconnect, as Node does)."""
        return self._room.room_id

    @property
    def room_info(self) -> Optional[RoomInfo]:
        """The room's details, once fetched."""
        return self._room.room_info

    @property
    def available_gifts(self) -> list[Gift]:
        """The room's gift list, once fetched."""
        return list(self._room.gifts)

    @property
    def cursor(self) -> str:
        """Where the stream is: the last cursor TikTok gave (``""`` before the first connect).

        Read from an event's handler, it is the cursor of the frame (or fetch) that event came in;
        from a ``websocketData`` handler, still the one before that frame (every event before the
        frame has been emitted). :meth:`connect` with ``cursor=`` resumes from one.
        """
        return self._receiver.cursor

    @property
    def stats(self) -> StreamStats:
        """What was lost for good since ``connect()``: ``missed`` messages in ``gaps`` gaps (each
        also a ``gap`` event). Counted where TikTok's cursors tell (see README, Under faults)."""
        return StreamStats(missed=self._receiver.missed, gaps=self._receiver.gaps)

    @property
    def status(self) -> Status:
        """Where the connection is: :attr:`Status.DISCONNECTED <tiktoklive.state.Status>`,
        ``CONNECTING``, ``CONNECTED`` or ``RECONNECTING``."""
        return self._room.status

    @property
    def disconnecting(self) -> bool:
        """Whether ``disconnect()`` (or the end of the stream) is ending the connection and it has not
        ended yet: a hook for tests and supervisors that must act while the end is under way."""
        reader = self._reader
        return reader is not None and reader.stopping and not reader.finished.is_set()

    @property
    def is_connecting(self) -> bool:
        """Whether ``connect()`` is running."""
        return self._room.status is Status.CONNECTING

    @property
    def is_connected(self) -> bool:
        """Whether the connection is up and events are flowing."""
        return self._room.status is Status.CONNECTED

    @property
    def is_reconnecting(self) -> bool:
        """Whether the socket was lost and the connection is waiting to open another (not connected meanwhile)."""
        return self._room.status is Status.RECONNECTING

    @property
    def state(self) -> ConnectionState:
        """A frozen snapshot of the connection's state."""
        return self._room.snapshot()

    # ------------------------------------------------------------ HTTP helpers (usable while not connected)

    def _call_web(self, info: str, call: Callable[[WebClient], T]) -> T:
        try:
            with self._entrance.lock:
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
            self._room.room_id = room_id
        return room_id

    def fetch_is_live(self, unique_id: Optional[str] = None) -> bool:
        """Whether ``unique_id`` (this streamer by default) is live now.

        :raises RoomIdLookupError: every route failed.
        """
        return self._call_web(ErrorEvent.LIVE_STATUS_FAILED,
                              lambda web: web.fetch_is_live(unique_id or self.unique_id))

    def wait_until_live(self, *, poll_interval: float = 30.0, timeout: Optional[float] = None,
                        stop_event: Optional[threading.Event] = None) -> bool:
        """Block until the streamer is live, checking every ``poll_interval`` seconds.

        :param stop_event: set it from another thread to stop waiting at once.
        :returns: ``True`` once live, ``False`` if ``timeout`` seconds passed or ``stop_event`` was set first.
        """
        return self._web.wait_until_live(self.unique_id, poll_interval=poll_interval, timeout=timeout,
                                         stop_event=stop_event)

    def fetch_room_info(self) -> RoomInfo:
        """Fetch (and keep) the room's details; looks the room id up first if needed.

        :raises WebError: the request failed (see its subclasses).
        """
        room_id = self._room.room_id or self.fetch_room_id()
        info = self._call_web(ErrorEvent.ROOM_INFO_FAILED, lambda web: web.fetch_room_info(room_id))
        self._room.room_info = info
        return info

    def fetch_available_gifts(self) -> list[Gift]:
        """Fetch (and keep) the room's gift list; looks the room id up first if needed.

        :raises WebError: the request failed (see its subclasses).
        """
        room_id = self._room.room_id or self.fetch_room_id()
        self._room.gifts = self._call_web(ErrorEvent.GIFTS_FAILED, lambda web: web.fetch_room_gifts(room_id))
        return list(self._room.gifts)

    def send_message(self, content: str) -> dict[str, Any]:
        """Send a chat message to the room as the logged-in user (needs ``session_id`` and ``authenticate_ws``).

        :returns: the sign server's answer.
        :raises AuthenticatedWebSocketError: no session, or ``authenticate_ws`` is off.
        """
        room_id = self._room.room_id or self.fetch_room_id()
        return self._call_web(ErrorEvent.SEND_MESSAGE_FAILED, lambda web: web.send_room_chat(room_id, content))

    # ------------------------------------------------------------ lifecycle

    def connect(self, room_id: Optional[str] = None, *, cursor: Optional[str] = None) -> ConnectionState:
        """Connect: blocks until the WebSocket is open and the room entered, then returns the state.

        Steps (as Node): room id (``room_id``, else the one looked up before, else a lookup); room
        info if ``fetch_room_info_on_connect``; gift list if ``enable_extended_gift_info``; the signed
        initial fetch; its messages' events if ``process_initial_data``; the WebSocket; enter-room;
        ``websocketConnected``; ``connected``. Then a reader thread takes over. Blocks for a few HTTP
        requests plus the WebSocket handshake (``ws_client_options["timeout"]``, 20 s by default).
        On failure an ``error`` event ("Error while connecting") fires and the error is raised.

        :param cursor: resume where an earlier connection stopped: a :attr:`cursor` it gave. The
            initial fetch then carries the messages sent since (as far as TikTok keeps them), which
            are emitted before ``connected`` whatever ``process_initial_data`` says; the room's
            history is left out.

        :raises AlreadyConnectedError: already connected.
        :raises AlreadyConnectingError: another ``connect()`` is running.
        :raises UserOfflineError: the stream has ended (with ``fetch_room_info_on_connect``).
        :raises WebSocketRejectedError: TikTok refused the WebSocket (``handshake_msg`` says why).
        :raises ConnectTimeout: the WebSocket did not open in time.
        :raises TikTokLiveError: any other failure (room lookup, sign server, network).
        """
        reader = self._start_connecting()
        try:
            self._prepare(room_id)
            reader.enter(reader.sign(cursor or ""), resume_from=cursor)
            reader.start()
        except BaseException as exc:  # Ctrl-C included: nothing may stay open
            reader.abandon()
            if isinstance(exc, Exception):
                self._error(ErrorEvent.CONNECTING_FAILED, exc)
            self.end_iterators(exc if isinstance(exc, Exception) else None)
            raise
        finally:
            with self._room.lock:
                self._connector = None
        return self.state

    def _start_connecting(self) -> Reader:
        """Move to ``CONNECTING`` with a new reader (not started), or refuse."""
        with self._room.lock:
            if self._room.status in (Status.CONNECTED, Status.RECONNECTING):
                raise AlreadyConnectedError(f"@{self.unique_id} is already connected; disconnect() first")
            if self._room.status is Status.CONNECTING:
                raise AlreadyConnectingError(f"@{self.unique_id} is already connecting")
            self._room.status = Status.CONNECTING
            self._connector = threading.current_thread()
            self._reader = Reader(self, self._room, self._receiver, self._entrance, self._options,
                                  unique_id=self.unique_id)
            return self._reader

    def _prepare(self, room_id: Optional[str]) -> None:
        """Connect's HTTP steps before signing: the room id, its details, its gift list."""
        self._room.room_id = str(room_id) if room_id else (self._room.room_id or self.fetch_room_id())
        if self._options.fetch_room_info_on_connect and not self.fetch_room_info().is_live:
            raise UserOfflineError(self.unique_id, route="fetch_room_info")
        self._receiver.reset(self.fetch_available_gifts() if self._options.enable_extended_gift_info else ())

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
        with self._room.lock:
            reader = self._reader
            inside = self._in_handler()
        if reader is not None:
            reader.stop(join=not inside)

    def close(self) -> None:
        """Disconnect and close the web client (what leaving a ``with`` block does)."""
        self.disconnect()
        with self._entrance.lock:  # not under a request another thread is making
            self._web.close()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the connection ends (or ``timeout`` seconds pass); Ctrl-C interrupts it at once.

        :attr:`waiting` is set while it blocks.

        :returns: ``True`` if the connection has ended, ``False`` on timeout.
        :raises TikTokLiveError: the error that ended the connection, if it failed.
        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("wait")
        reader = self._reader
        if reader is None:
            return True
        self.waiting.set()
        logger.debug("waiting for the connection to @%s to end", self.unique_id)
        try:
            if not wait_interruptibly(reader.finished, timeout):
                return False
        finally:
            self.waiting.clear()
        if reader.ident is not None:
            reader.join(JOIN_TIMEOUT)
        if reader.fatal is not None:
            raise reader.fatal
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

    def _in_handler(self) -> bool:
        """Whether the calling thread runs this connection's handlers (the reader, or the one in ``connect()``)."""
        here = threading.current_thread()
        return here is self._reader or here is self._connector

    def _refuse_in_handler(self, method: str) -> None:
        if self._in_handler():
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
