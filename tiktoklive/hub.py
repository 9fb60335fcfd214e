"""``Hub``: the live events of any number of streamers' rooms, with a fixed, small number of threads.

One reader thread (``tiktoklive-hub-reader``) waits on every room's push socket at once (a
:mod:`selectors` selector over non-blocking sockets) and runs every room's heartbeats, close
timeouts, reconnects and offline polls on timers; a writer thread (``tiktoklive-hub-writer``) sends
the acks it encodes (those of one select round together), so that the system calls overlap the
decoding. A few connector threads
(``tiktoklive-hub-connector_N``) do the blocking steps of connecting (the HTTP requests and the
WebSocket handshake, the same steps as :class:`~tiktoklive.Connection`'s), paced by one shared
:class:`~tiktoklive.pacer.Pacer` that honours the sign server's rate limits.

**Threads.** Every handler runs on the reader thread, one event at a time: each room's events in
wire order, the rooms' events interleaved. A slow handler delays every room; keep handlers short or
iterate :meth:`Hub.iter_events` in a thread of your own. Every method may be called from any thread,
handlers included.
"""
from __future__ import annotations

import collections
import concurrent.futures
import functools
import heapq
import itertools
import logging
import queue
import selectors
import socket
import threading
import time
from typing import Any, Callable, Deque, Dict, List, Mapping, Optional, Set, Tuple, Union

from tiktoklive import codec
from tiktoklive.backoff import Backoff
from tiktoklive.dispatcher import OriginDispatcher
from tiktoklive.entry import Entrance, Ticket
from tiktoklive.errors import (
    ConnectionLostError,
    HandlerThreadError,
    HubClosedError,
    InvalidOptionError,
    SignatureRateLimitError,
    UnknownOptionError,
    UserNotFoundError,
    UserOfflineError,
)
from tiktoklive.events import ConnectedEvent, DisconnectedEvent, ErrorEvent, Origin, WebsocketConnectedEvent
from tiktoklive.iterator import DEFAULT_QUEUE_BYTES, DEFAULT_QUEUE_SIZE
from tiktoklive.options import check_connection_options, check_sizes, keyword_options
from tiktoklive.pacer import Pacer, hold_time
from tiktoklive.receiver import Receiver
from tiktoklive.source import EventSource
from tiktoklive.state import ConnectionState
from tiktoklive.transport import ABNORMAL_CLOSURE, CLOSE_TIMEOUT, RETRYABLE_CLOSE_CODES, CloseStatus, PushClient
from tiktoklive.web import Gift, RoomInfo, WebClient, parse_unique_id
from tiktoklive.worker import pass_frame, wait_interruptibly

logger = logging.getLogger(__name__)

#: Seconds :meth:`Hub.close` waits for the reader thread.
JOIN_TIMEOUT = 30.0
#: ``info`` of the ``error`` event of a room the hub gives up on (after its reconnect attempts).
ROOM_FAILED = "Gave up on the room"

CONNECTING, CONNECTED, CLOSING, RETRYING, OFFLINE = "connecting", "connected", "closing", "retrying", "offline"


class _Room:
    """One watched room, as the reader thread keeps it."""

    __slots__ = ("unique_id", "room_id", "emitter", "pipeline", "state", "generation", "backoff", "socket", "raw",
                 "on_frame", "info", "gifts", "removed", "start_cursor", "done")

    def __init__(self, hub: "Hub", unique_id: str, room_id: Optional[str], options: Mapping[str, Any]) -> None:
        self.unique_id = unique_id
        self.room_id = room_id
        self.emitter = OriginDispatcher(hub.dispatcher, Origin(unique_id, room_id))  # the hub's handlers
        self.pipeline = Receiver(self.emitter, max_frame_size=options["max_frame_size"],
                                 max_decompressed_size=options["max_decompressed_size"])
        self.state = CONNECTING
        self.generation = 0  # moves on to make pending connects and timers of this room stale
        self.backoff: Backoff = options["reconnect"]
        self.socket: Optional[PushClient] = None
        self.raw: Optional[socket.socket] = None  # what the selector watches (websocket-client may drop it)
        self.on_frame: Optional[Callable[[bytes], Any]] = None
        self.info: Optional[RoomInfo] = None
        self.gifts: Tuple[Gift, ...] = ()
        self.removed = False
        self.start_cursor = ""  # where the stream's first connect resumes (add(cursor=...))
        self.done: Optional[threading.Event] = None  # set once a removed room's last event is dispatched

    def __repr__(self) -> str:
        return f"<_Room @{self.unique_id} room_id={self.room_id} {self.state}>"


class _Timers:
    """Calls due at monotonic times, kept in a heap; run by the reader thread."""

    def __init__(self) -> None:
        self._heap: List[Tuple[float, int, Callable[..., None], Tuple[Any, ...]]] = []
        self._order = itertools.count()

    def call_later(self, delay: float, fn: Callable[..., None], *args: Any) -> None:
        heapq.heappush(self._heap, (time.monotonic() + delay, next(self._order), fn, args))

    def timeout(self) -> Optional[float]:
        """Seconds until the next call is due (``None``: none is pending)."""
        return max(0.0, self._heap[0][0] - time.monotonic()) if self._heap else None

    def run_due(self) -> None:
        now = time.monotonic()
        while self._heap and self._heap[0][0] <= now:
            _, _, fn, args = heapq.heappop(self._heap)
            fn(*args)


class Hub(EventSource):
    """Watches any number of streamers' rooms with one reader thread, one writer thread and a few
    connector threads.

    ::

        with Hub(**options) as hub:
            @hub.on("chat")
            def on_chat(event):   # runs on the hub's reader thread
                print(event.unique_id, event.user.unique_id, event.comment)

            hub.add("@streamer_a")
            hub.add("@streamer_b")
            hub.run_forever()    # until close() (Ctrl-C closes)

    Every event says which room it came from (``event.unique_id``, ``event.room_id``); each room
    emits ``connected``, ``websocketConnected``, ``disconnected`` and ``streamEnd`` as a
    :class:`~tiktoklive.Connection` does. A room that is not live is checked again every
    ``offline_poll_interval`` seconds and connected once it is; after its stream ends it is watched
    for the next one. A dropped socket is reconnected as ``reconnect`` says, resuming where it
    stopped. A room whose connects keep failing gets an ``error`` event (``info`` :data:`ROOM_FAILED`)
    and is dropped, or tried again after ``failed_retry_interval``. One room's failure never touches
    another's.

    :param connectors: threads that connect rooms (HTTP requests and WebSocket handshakes).
    :param connect_rate: WebSocket signings per second across all rooms (``None``: no limit but the
        sign server's: after a :class:`~tiktoklive.errors.SignatureRateLimitError` no room signs until
        its reset time).
    :param pacer: what paces the signings instead of a :class:`~tiktoklive.pacer.Pacer` of
        ``connect_rate``: any object with the methods ``wait() -> bool``, ``hold(seconds)`` and
        ``stop()`` of a :class:`~tiktoklive.pacer.Pacer` (one shared by several processes, say). The
        hub stops it when it closes.
    :param offline_poll_interval: seconds between two checks of a room that is not live.
    :param failed_retry_interval: seconds after which a room that failed for good is tried again
        (``None``: it is dropped from :attr:`rooms`).
    :param process_initial_data: emit the messages TikTok sends with the initial fetch before
        ``connected``.
    :param enable_extended_gift_info: fetch each room's gift list on connect (see ``Connection``).
    :param ws_client_params: query parameters added to the WebSocket URL's defaults.
    :param ws_client_headers: headers added to the WebSocket handshake.
    :param ws_client_options: websocket-client options (see ``Connection``).
    :param reconnect: the delays and attempts of reconnecting a room and of retrying a failed
        connect (a :class:`~tiktoklive.backoff.Backoff`, or what ``Backoff.from_value`` takes).
    :param heartbeat_interval: seconds between heartbeats on each socket.
    :param heartbeat_timeout: seconds without any frame after which a socket counts as dead.
    :param event_queue_size: events each :meth:`iter_events` iterator holds before dropping the oldest.
    :param event_queue_bytes: bytes of events each iterator holds before dropping the oldest.
    :param max_frame_size: frames over this many bytes are skipped unread (an ``error`` event).
    :param max_decompressed_size: frames that inflate past this many bytes are skipped (an ``error`` event).
    :param web_options: the :class:`~tiktoklive.web.WebClient` options (``web_base_url``,
        ``sign_config``, ``session_id``, ...): one web client serves every room.
    :raises UnknownOptionError: an unknown option (a ``TypeError``).
    :raises InvalidOptionError: an invalid option value (checked before any I/O).
    """

    def __init__(self, *, connectors: int = 4, connect_rate: Optional[float] = None, pacer: Optional[Pacer] = None,
                 offline_poll_interval: float = 30.0, failed_retry_interval: Optional[float] = None,
                 process_initial_data: bool = True, enable_extended_gift_info: bool = False,
                 ws_client_params: Optional[Mapping[str, Any]] = None,
                 ws_client_headers: Optional[Mapping[str, str]] = None,
                 ws_client_options: Optional[Mapping[str, Any]] = None,
                 reconnect: Union[Backoff, bool, int, None] = None, heartbeat_interval: float = 10.0,
                 heartbeat_timeout: Optional[float] = 60.0, event_queue_size: int = DEFAULT_QUEUE_SIZE,
                 event_queue_bytes: int = DEFAULT_QUEUE_BYTES, max_frame_size: int = codec.DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = codec.DEFAULT_MAX_DECOMPRESSED_SIZE, **web_options: Any) -> None:
        check_connection_options(ws_client_options or {}, heartbeat_interval, heartbeat_timeout, 1, event_queue_size)
        check_sizes(max_frame_size=max_frame_size, max_decompressed_size=max_decompressed_size,
                     event_queue_bytes=event_queue_bytes)
        if connectors < 1:
            raise InvalidOptionError("connectors must be at least 1")
        if pacer is not None and connect_rate is not None:
            raise InvalidOptionError("pass connect_rate or pacer, not both")
        if offline_poll_interval <= 0 or (failed_retry_interval is not None and failed_retry_interval < 0):
            raise InvalidOptionError("offline_poll_interval must be positive, failed_retry_interval None or >= 0")
        super().__init__(event_queue_size, event_queue_bytes)
        self._options: Dict[str, Any] = {
            "offline_poll_interval": offline_poll_interval, "failed_retry_interval": failed_retry_interval,
            "process_initial_data": process_initial_data, "enable_extended_gift_info": enable_extended_gift_info,
            "ws_client_params": dict(ws_client_params or {}), "ws_client_headers": dict(ws_client_headers or {}),
            "ws_client_options": dict(ws_client_options or {}), "reconnect": Backoff.from_value(reconnect),
            "heartbeat_interval": heartbeat_interval, "heartbeat_timeout": heartbeat_timeout,
            "max_frame_size": max_frame_size, "max_decompressed_size": max_decompressed_size}
        self._pacer = pacer or Pacer(connect_rate)
        try:
            self._web = WebClient(**web_options)
        except UnknownOptionError:
            raise UnknownOptionError(f"unknown option(s) {', '.join(sorted(set(web_options) - WEB_OPTION_NAMES))}; "
                                     f"valid options: {', '.join(sorted(OPTION_NAMES))}") from None
        self._entrance = Entrance(self._web, self._options)
        self._connectors = connectors
        self._lock = threading.Lock()
        self._rooms: Dict[str, _Room] = {}
        self._commands: Deque[Tuple[Callable[..., None], Tuple[Any, ...]]] = collections.deque()
        self._timers = _Timers()
        self._stop = threading.Event()
        self._finished = threading.Event()
        self._closed = False  # no command may be posted any more
        self._attached: Set[_Room] = set()  # rooms whose socket is open (the reader thread's)
        self._leaving: Set[_Room] = set()  # removed rooms not done yet (the reader thread's)
        self._fatal: Optional[BaseException] = None
        # Made by _start(): nothing is open before the first room.
        self._reader: Optional[threading.Thread] = None
        self._writer: Optional[threading.Thread] = None
        # the acks of one select batch, handed to the writer thread at its end (one wake-up per batch)
        self._acks: List[Tuple[_Room, PushClient, bytes]] = []
        self._outbox: "queue.SimpleQueue[Optional[List[Tuple[_Room, PushClient, bytes]]]]" = queue.SimpleQueue()
        self._pool: Optional[concurrent.futures.ThreadPoolExecutor] = None
        self._selector: Optional[selectors.BaseSelector] = None
        self._wake_pair: Tuple[socket.socket, ...] = ()

    def __repr__(self) -> str:
        state = "closed" if self._finished.is_set() and self._reader else ("running" if self._reader else "idle")
        return f"<Hub rooms={len(self._rooms)} sockets={len(self._attached)} {state}>"

    def __enter__(self) -> "Hub":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # ------------------------------------------------------------ rooms

    @property
    def rooms(self) -> List[str]:
        """The unique ids of the rooms watched, in the order they were added."""
        with self._lock:
            return list(self._rooms)

    @property
    def web_client(self) -> WebClient:
        """The :class:`~tiktoklive.web.WebClient` every room's HTTP requests go through."""
        return self._web

    def status(self, unique_id: str) -> Optional[str]:
        """Where a room stands: ``"connecting"``, ``"connected"``, ``"closing"`` (its stream ended),
        ``"retrying"`` (waiting to reconnect or to retry a failed connect), ``"offline"`` (waiting to
        check again), or ``None`` when not watched."""
        room = self._rooms.get(parse_unique_id(unique_id))
        return None if room is None else room.state

    def cursor(self, unique_id: str) -> Optional[str]:
        """Where a room's stream is: the last cursor TikTok gave it (``""`` before its first connect;
        ``None`` when not watched); :meth:`add` with ``cursor=`` resumes from one.

        Read from a handler of the room's events, it is the cursor of the frame (or fetch) that
        event came in; from a ``websocketData`` handler, the cursor before that frame (as
        :attr:`Connection.cursor <tiktoklive.Connection.cursor>`).
        """
        room = self._rooms.get(parse_unique_id(unique_id))
        return None if room is None else room.pipeline.cursor

    def add(self, unique_id: str, room_id: Optional[str] = None, *, cursor: Optional[str] = None) -> bool:
        """Start watching a streamer's room: it is connected in the background (returns at once).

        :param unique_id: ``name``, ``@name`` or their live page's URL.
        :param room_id: the room id, if known (saves a lookup for the first connect).
        :param cursor: resume where an earlier hub or connection stopped: a :meth:`cursor` it gave.
            The first connect's initial fetch then carries the messages sent since, emitted before
            ``connected`` (the room's history left out); what TikTok no longer keeps is a ``gap``
            event. A room found offline drops it: its next stream is read as from a first connect.
        :returns: ``False`` if the room was watched already (nothing changes).
        :raises InvalidUniqueIdError: ``unique_id`` is not a unique id.
        :raises HubClosedError: the hub was closed.
        """
        name = parse_unique_id(unique_id)
        with self._lock:
            if self._stop.is_set():
                raise HubClosedError("the hub is closed; make a new one")
            if name in self._rooms:
                return False
            room = self._rooms[name] = _Room(self, name, room_id, self._options)
            room.start_cursor = cursor or ""
            self._start()
        self._post(self._connect_later, room, room.generation, False)
        return True

    def remove(self, unique_id: str, *, wait: bool = False) -> bool:
        """Stop watching a room: its socket is closed (``disconnected`` fires for it if it was
        connected) and its events stop.

        :param wait: block until that is done: the room's last event (its ``disconnected``) has been
            dispatched and none follows. Otherwise returns at once.
        :returns: ``False`` if the room was not watched.
        :raises HandlerThreadError: ``wait`` from a handler (it would wait for itself).
        """
        if wait:
            self._refuse_in_handler("remove(wait=True)")
        with self._lock:
            room = self._rooms.pop(parse_unique_id(unique_id), None)
        if room is None:
            return False
        done = threading.Event()
        if not self._post(self._forget, room, done):
            done = self._finished  # closing: the hub's end is the room's
        if wait:
            done.wait()
        return True

    # ------------------------------------------------------------ lifecycle

    def _start(self) -> None:
        """Open the selector and start the reader thread (once; the caller holds the lock)."""
        if self._reader is not None:
            return
        self._selector = selectors.DefaultSelector()
        self._wake_pair = socket.socketpair()
        for end in self._wake_pair:
            end.setblocking(False)
        self._selector.register(self._wake_pair[0], selectors.EVENT_READ, None)
        self._pool = concurrent.futures.ThreadPoolExecutor(self._connectors,
                                                           thread_name_prefix="tiktoklive-hub-connector")
        self._writer = threading.Thread(target=self._write, name="tiktoklive-hub-writer", daemon=True)
        self._writer.start()
        self._reader = threading.Thread(target=self._run, name="tiktoklive-hub-reader", daemon=True)
        self._reader.start()

    def close(self) -> None:
        """Close every room's socket (each gets ``disconnected``), stop the threads and join them.

        Waits up to :data:`~tiktoklive.transport.CLOSE_TIMEOUT` for the close handshakes, and for the
        connects under way to finish their current step. Called from a handler, it returns at once
        and the hub closes after the handler. Idempotent; the hub cannot be reused.
        """
        with self._lock:
            self._stop.set()
            reader = self._reader
        self._pacer.stop()
        if reader is None:
            self._web.close()
            self._finished.set()
            return
        self._wake()
        if reader is threading.current_thread():
            return
        reader.join(JOIN_TIMEOUT)
        if reader.is_alive():
            logger.warning("the hub's reader did not stop within %.0f s", JOIN_TIMEOUT)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the hub is closed (or ``timeout`` seconds pass); Ctrl-C interrupts it at once.

        :returns: ``True`` if the hub is closed, ``False`` on timeout.
        :raises TikTokLiveError: the error that broke the hub's reader, if one did (or the
            ``SystemExit`` of a handler).
        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("wait")
        if not wait_interruptibly(self._finished, timeout):
            return False
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(JOIN_TIMEOUT)
        if self._fatal is not None:
            raise self._fatal
        return True

    def run_forever(self) -> None:
        """Block until the hub is closed (from a handler or another thread); Ctrl-C closes it, then
        the ``KeyboardInterrupt`` propagates.

        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("run_forever")
        try:
            self.wait()
        except KeyboardInterrupt:
            self.close()
            raise

    def _refuse_in_handler(self, method: str) -> None:
        if threading.current_thread() is self._reader:
            raise HandlerThreadError(f"{method}() was called from a handler of the hub: it would wait for the thread "
                                     "that runs it; call close() there, and wait elsewhere")

    # ------------------------------------------------------------ commands (any thread -> reader)

    def _post(self, fn: Callable[..., None], *args: Any) -> bool:
        """Have the reader thread call ``fn(*args)`` (in the order posted); ``False`` once closed."""
        with self._lock:
            if self._closed:
                return False
            self._commands.append((fn, args))
        self._wake()
        return True

    def _wake(self) -> None:
        try:
            self._wake_pair[1].send(b"\0")
        except (BlockingIOError, IndexError, OSError):
            pass  # a wake-up is pending already, or the hub is not started or is closed

    def _run_commands(self) -> None:
        commands = self._commands
        while commands:
            fn, args = commands.popleft()
            fn(*args)

    # ------------------------------------------------------------ the reader thread

    def _run(self) -> None:
        error: Optional[BaseException] = None
        closing = False
        try:
            while not (closing and not self._attached):
                self._step()
                if self._stop.is_set() and not closing:
                    closing = True
                    for room in list(self._attached):
                        self._close_socket(room)
        except BaseException as exc:  # a bug, or SystemExit from a handler: close every room, raise it from wait()
            logger.error("the hub's reader ended by %s: %s", type(exc).__name__, exc, exc_info=exc)
            error = exc
        finally:
            self._teardown(error)

    def _step(self) -> None:
        assert self._selector is not None
        for key, _ in self._selector.select(self._timers.timeout()):
            if key.data is None:
                self._drain_wake()
            else:
                self._read(key.data)
        self._run_commands()
        self._timers.run_due()
        if self._acks:
            self._outbox.put(self._acks)
            self._acks = []

    def _drain_wake(self) -> None:
        try:
            while self._wake_pair[0].recv(4096):
                pass
        except BlockingIOError:
            pass

    def _read(self, room: _Room) -> None:
        sock = room.socket
        if sock is None or room.on_frame is None:
            return
        try:
            closure = sock.read_ready(room.on_frame, room.pipeline.frame_skipped)
        except ConnectionLostError as exc:
            self._lost(room, exc)
            return
        except Exception as exc:  # a bug: this room ends, the others go on
            logger.exception("reading the room of @%s failed", room.unique_id)
            self._lost(room, ConnectionLostError(f"reading the room failed ({type(exc).__name__}: {exc})",
                                                 code=ABNORMAL_CLOSURE, reason=type(exc).__name__))
            return
        if closure is not None:
            self._socket_closed(room, closure)
        elif room.pipeline.stream_ended:
            logger.info("the stream of @%s ended; closing its socket", room.unique_id)
            self._close_socket(room)

    def _ack(self, room: _Room, sock: PushClient, log_id: int, result: codec.FetchResult) -> None:
        """Queue the ack of frame ``log_id``, if its ``result`` asks for one, for the writer thread (sent
        at the end of the select batch)."""
        frame = sock.ack_frame(log_id, result)
        if frame is not None:
            self._acks.append((room, sock, sock.encode(frame)))

    def _write(self) -> None:
        """The writer thread: send the batches of acks; a failed send is reported to the reader thread."""
        while True:
            batch = self._outbox.get()
            if batch is None:
                return
            for room, sock, data in batch:
                self._send(room, sock, data)

    def _send(self, room: _Room, sock: PushClient, data: bytes) -> None:
        try:
            sock.send_encoded(data)
        except ConnectionLostError as exc:
            self._post(self._send_failed, room, sock, exc)
        except Exception as exc:  # a bug: that room's socket ends, the other rooms' acks go on
            logger.exception("sending an ack to @%s failed", room.unique_id)
            self._post(self._send_failed, room, sock, ConnectionLostError(
                f"sending an ack failed ({type(exc).__name__}: {exc})", code=ABNORMAL_CLOSURE,
                reason=type(exc).__name__))

    def _send_failed(self, room: _Room, sock: PushClient, exc: ConnectionLostError) -> None:
        if room.socket is sock:
            self._lost(room, exc)

    def _tick(self, room: _Room, sock: PushClient) -> None:
        """Heartbeats and timeouts of one socket, on its own timer."""
        if room.socket is not sock:
            return
        try:
            wait = sock.tick()
        except ConnectionLostError as exc:
            self._lost(room, exc)
            return
        if wait is None:  # our close frame went unanswered
            self._socket_closed(room, CloseStatus(1000, "", by_server=False))
        else:
            self._timers.call_later(wait, self._tick, room, sock)

    def _close_socket(self, room: _Room) -> None:
        """Start the close handshake of ``room``'s socket; it is dropped if unanswered in time."""
        sock = room.socket
        if sock is not None and room.state != CLOSING:
            room.state = CLOSING
            sock.close()
            self._timers.call_later(CLOSE_TIMEOUT, self._tick, room, sock)

    def _release(self, room: _Room) -> None:
        """Unregister and close ``room``'s socket."""
        sock, raw = room.socket, room.raw
        room.socket = room.raw = room.on_frame = None
        if sock is None:
            return
        assert self._selector is not None and raw is not None
        try:
            self._selector.unregister(raw)
        except (KeyError, ValueError):
            pass
        self._attached.discard(room)
        sock.shutdown()

    def _socket_closed(self, room: _Room, closure: CloseStatus) -> None:
        if closure.by_server and closure.code in RETRYABLE_CLOSE_CODES and not self._done_reading(room):
            message = f"TikTok closed the WebSocket ({closure.code} {closure.reason})".replace(" )", ")")
            self._lost(room, ConnectionLostError(message, code=closure.code, reason=closure.reason))
            return
        self._release(room)
        logger.info("disconnected from @%s (%s %s)", room.unique_id, closure.code, closure.reason)
        room.emitter.emit(DisconnectedEvent(closure.code, closure.reason))
        self._ended(room)
        if not self._finished_with(room):
            self._go_offline(room)  # the stream ended (or TikTok sent us away): wait for the next one

    def _lost(self, room: _Room, exc: ConnectionLostError) -> None:
        """The socket of ``room`` failed: report it, then reconnect where the stream stopped (unless
        the stream ended, or the room or the hub is closing: then it is a disconnect)."""
        if self._done_reading(room):
            self._socket_closed(room, CloseStatus(exc.code or ABNORMAL_CLOSURE, exc.reason, by_server=True))
            return
        self._release(room)
        logger.warning("@%s: %s", room.unique_id, exc)
        room.emitter.error(ErrorEvent.WEBSOCKET_FAILED, exc)
        self._retry(room, exc, resume=True)

    def _finished_with(self, room: _Room) -> bool:
        return room.removed or self._stop.is_set()

    def _done_reading(self, room: _Room) -> bool:
        """Whether a lost socket of ``room`` ends it rather than being reconnected."""
        return self._finished_with(room) or room.pipeline.stream_ended

    def _forget(self, room: _Room, done: threading.Event) -> None:
        """A removed room: cancel what is pending and close its socket."""
        room.removed, room.done = True, done
        room.generation += 1
        self._close_socket(room)
        if room.socket is None and room.state != CONNECTING:
            done.set()
        else:  # once its socket is closed, or its connect under way has come back
            self._leaving.add(room)

    def _ended(self, room: _Room) -> None:
        """The socket of ``room`` is closed (its ``disconnected`` dispatched) or its last connect came
        back unused: a removal is done."""
        if room.removed and room.done is not None:
            room.done.set()
            self._leaving.discard(room)

    # ------------------------------------------------------------ connecting (connector threads)

    def _connect_later(self, room: _Room, generation: int, resume: bool) -> None:
        """Hand a connect of ``room`` to a connector thread (if still wanted)."""
        if room.generation != generation or self._finished_with(room):
            return
        room.generation += 1
        room.state = CONNECTING
        assert self._pool is not None
        self._pool.submit(self._connect, room, room.generation, resume)

    def _connect(self, room: _Room, generation: int, resume: bool) -> None:
        """The blocking steps of connecting ``room``; their outcome goes back to the reader thread."""
        if room.generation != generation:  # removed meanwhile
            self._post(self._ended, room)
            return
        try:
            room_id = room.room_id or self._web.fetch_room_id(room.unique_id)
            info = self._web.fetch_room_info(room_id)
            if not info.is_live:
                raise UserOfflineError(room.unique_id, route="fetch_room_info")
            gifts: Tuple[Gift, ...] = ()
            if self._options["enable_extended_gift_info"] and not resume:
                gifts = tuple(self._web.fetch_room_gifts(room_id))
            if not self._pacer.wait():
                return  # closing
            if room.generation != generation:  # removed while waiting for its turn
                self._post(self._ended, room)
                return
            ticket = self._entrance.sign(room_id, room.pipeline.cursor if resume else room.start_cursor)
            sock = self._entrance.open(ticket)
        except UserOfflineError:
            self._post(self._went_offline, room, generation, resume)
        except SignatureRateLimitError as exc:
            self._pacer.hold(hold_time(exc))
            self._post(self._connect_failed, room, generation, exc, resume, True)
        except Exception as exc:  # noqa: BLE001 (reported as the room's error event)
            self._post(self._connect_failed, room, generation, exc, resume, False)
        else:
            self._post(self._attach, room, generation, sock, ticket, info, gifts, resume)

    # ------------------------------------------------------------ outcomes (reader thread)

    def _attach(self, room: _Room, generation: int, sock: PushClient, ticket: Ticket, info: RoomInfo,
                gifts: Tuple[Gift, ...], resume: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            sock.shutdown()
            self._ended(room)
            return
        assert self._selector is not None
        signed, pipeline = ticket.signed, room.pipeline
        room.room_id, room.info, room.state = signed.room_id, info, CONNECTED
        room.emitter.origin = Origin(room.unique_id, room.room_id)
        room.backoff = self._options["reconnect"]
        start_cursor, room.start_cursor = room.start_cursor, ""
        if not resume:
            room.gifts = gifts
            pipeline.reset(gifts)
        sock.ws.settimeout(0)  # read only what has arrived (read_ready)
        raw = sock.ws.sock
        assert raw is not None  # just opened
        room.socket, room.raw = sock, raw
        room.on_frame = functools.partial(pass_frame, pipeline, ack=functools.partial(self._ack, room, sock))
        self._selector.register(raw, selectors.EVENT_READ, room)
        self._attached.add(room)
        sock.start_clock()
        self._timers.call_later(sock.heartbeat_interval, self._tick, room, sock)
        if resume:
            pipeline.deliver(signed.fetch_result, backlog=True)
        else:
            pipeline.take_initial_fetch(signed.fetch_result, resume_from=start_cursor,
                                        initial=self._options["process_initial_data"])
        logger.info("%s @%s (room %s)", "reconnected to" if resume else "connected to", room.unique_id, room.room_id)
        room.emitter.emit(WebsocketConnectedEvent(sock.ws))
        if not resume:
            room.emitter.emit(ConnectedEvent(ConnectionState(is_connected=True, room_id=room.room_id, room_info=info,
                                                             available_gifts=gifts)))
        if pipeline.stream_ended:
            self._close_socket(room)

    def _went_offline(self, room: _Room, generation: int, resume: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            self._ended(room)
            return
        if resume:  # the stream ended while the socket was down
            room.emitter.emit(DisconnectedEvent(ABNORMAL_CLOSURE, "the stream ended"))
        self._go_offline(room)

    def _go_offline(self, room: _Room) -> None:
        logger.info("@%s is not live; checking again in %.0f s", room.unique_id,
                    self._options["offline_poll_interval"])
        room.state, room.room_id = OFFLINE, None  # the next stream has a room of its own
        room.start_cursor = ""  # and a cursor of its own
        room.backoff = self._options["reconnect"]
        self._timers.call_later(self._options["offline_poll_interval"], self._connect_later, room, room.generation,
                                False)

    def _connect_failed(self, room: _Room, generation: int, exc: Exception, resume: bool,
                        rate_limited: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            self._ended(room)
            return
        logger.warning("@%s: connecting failed: %s", room.unique_id, exc)
        room.emitter.error(ErrorEvent.CONNECTING_FAILED, exc)
        if rate_limited:  # the pacer holds every room back until the reset: no attempt is used up
            self._connect_later(room, room.generation, resume)
        elif isinstance(exc, UserNotFoundError):
            self._give_up(room, exc, resume)
        else:
            self._retry(room, exc, resume)

    def _retry(self, room: _Room, exc: BaseException, resume: bool) -> None:
        """Try ``room`` again after its backoff's next delay, or give up once attempts run out."""
        backoff = room.backoff
        if backoff.exhausted:
            self._give_up(room, exc, resume)
            return
        delay, room.backoff = backoff.delay(), backoff.increment()
        room.state = RETRYING
        logger.warning("@%s: trying again in %.1f s (attempt %d)", room.unique_id, delay, room.backoff.attempt)
        self._timers.call_later(delay, self._connect_later, room, room.generation, resume)

    def _give_up(self, room: _Room, exc: BaseException, resume: bool) -> None:
        """``room`` failed for good: tell, then drop it or try again after ``failed_retry_interval``."""
        if resume:
            code, reason = (exc.code, exc.reason) if isinstance(exc, ConnectionLostError) else (ABNORMAL_CLOSURE, "")
            room.emitter.emit(DisconnectedEvent(code, reason or str(exc)))
        interval = self._options["failed_retry_interval"]
        logger.error("@%s failed for good (%s); %s", room.unique_id, exc,
                     "dropping it" if interval is None else f"trying again in {interval} s")
        room.emitter.error(ROOM_FAILED, exc)
        if interval is None:
            with self._lock:
                if self._rooms.get(room.unique_id) is room:
                    del self._rooms[room.unique_id]
            room.removed = True
            return
        room.state, room.room_id, room.backoff = RETRYING, None, self._options["reconnect"]
        self._timers.call_later(interval, self._connect_later, room, room.generation, False)

    # ------------------------------------------------------------ closing

    def _teardown(self, error: Optional[BaseException]) -> None:
        """After the reader's loop: stop the connectors, close what is left, end the iterators."""
        assert self._pool is not None and self._selector is not None and self._writer is not None
        self._pacer.stop()
        self._outbox.put(None)  # after the acks queued before it
        self._writer.join(JOIN_TIMEOUT)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._run_commands()  # connects that finished meanwhile: their sockets are closed unused
        with self._lock:
            self._closed = True
        self._run_commands()  # removals posted meanwhile (nothing else is posted once closing)
        for room in list(self._attached):  # the loop ended on an error: nothing was closed
            self._release(room)
            room.emitter.emit(DisconnectedEvent(ABNORMAL_CLOSURE, "the hub closed"))
            self._ended(room)
        self._selector.close()
        for end in self._wake_pair:
            end.close()
        self._web.close()
        for room in list(self._leaving):  # their connects were cut short
            self._ended(room)
        self._fatal = error
        self.end_iterators(error)
        self._finished.set()


WEB_OPTION_NAMES = keyword_options(WebClient.__init__)
#: Every keyword option :class:`Hub` accepts.
OPTION_NAMES = keyword_options(Hub.__init__) | WEB_OPTION_NAMES
