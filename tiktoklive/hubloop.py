"""The hub's loop: the threads that read every room's socket, send the acks and connect the rooms.

:class:`HubLoop` runs the reader thread (``tiktoklive-hub-reader``): one :mod:`selectors` selector
over every room's non-blocking push socket (and a wake-up socket pair), the commands other threads
post (:meth:`HubLoop.post`), and the :class:`Timers` of every room (heartbeats, close timeouts,
reconnects, offline polls). A frame read goes to its room's receiver (-> dispatcher -> handlers);
the acks of one select round go together to the writer thread (:class:`AckWriter`,
``tiktoklive-hub-writer``), so that the system calls overlap the decoding. The loop also holds the
connector threads (``tiktoklive-hub-connector_N``). A socket's end (lost, closed) goes to the
:class:`~tiktoklive.hubrooms.RoomKeeper`, which decides what follows.
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
from typing import Any, Callable, Deque, List, Optional, Set, Tuple

from tiktoklive import codec
from tiktoklive.errors import ConnectionLostError
from tiktoklive.hubrooms import CLOSING, Room, RoomKeeper
from tiktoklive.source import EventSource
from tiktoklive.transport import ABNORMAL_CLOSURE, CLOSE_TIMEOUT, CloseStatus, PushClient
from tiktoklive.worker import pass_frame

logger = logging.getLogger(__name__)

#: Seconds :meth:`Hub.close <tiktoklive.Hub.close>` waits for the reader thread (and it for the writer).
JOIN_TIMEOUT = 30.0

#: The acks of one select round: (room, its socket, the encoded ack frame).
Acks = List[Tuple[Room, PushClient, bytes]]


class Timers:
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


class AckWriter(threading.Thread):
    """The writer thread: sends the acks the reader thread queues (:meth:`ack`), a select round's
    together (:meth:`flush`), in order.

    :param failed: called with ``(room, sock, ConnectionLostError)`` when a send fails (from this thread).
    """

    def __init__(self, failed: Callable[[Room, PushClient, ConnectionLostError], Any]) -> None:
        super().__init__(name="tiktoklive-hub-writer", daemon=True)
        self._failed = failed
        self._acks: Acks = []  # those of the current select round (the reader thread's)
        self._outbox: "queue.SimpleQueue[Optional[Acks]]" = queue.SimpleQueue()

    def ack(self, room: Room, sock: PushClient, log_id: int, result: codec.FetchResult) -> None:
        """Queue the ack of frame ``log_id``, if its ``result`` asks for one (sent at :meth:`flush`)."""
        frame = sock.ack_frame(log_id, result)
        if frame is not None:
            self._acks.append((room, sock, sock.encode(frame)))

    def flush(self) -> None:
        """Hand the acks queued to this thread (one wake-up per select round)."""
        if self._acks:
            self._outbox.put(self._acks)
            self._acks = []

    def stop(self) -> None:
        """Send what is queued, then end the thread and join it."""
        self._outbox.put(None)
        self.join(JOIN_TIMEOUT)

    def run(self) -> None:
        while True:
            batch = self._outbox.get()
            if batch is None:
                return
            for room, sock, data in batch:
                self._send(room, sock, data)

    def _send(self, room: Room, sock: PushClient, data: bytes) -> None:
        try:
            sock.send_encoded(data)
        except ConnectionLostError as exc:
            self._failed(room, sock, exc)
        except Exception as exc:  # a bug: that room's socket ends, the other rooms' acks go on
            logger.exception("sending an ack to @%s failed", room.unique_id)
            self._failed(room, sock, ConnectionLostError(f"sending an ack failed ({type(exc).__name__}: {exc})",
                                                         code=ABNORMAL_CLOSURE, reason=type(exc).__name__))


class HubLoop:
    """The reader thread of a hub, with its writer and connector threads (started by :meth:`start`).

    Every method may be called from any thread but :meth:`call_later`, :meth:`watch`,
    :meth:`release` and :meth:`close_socket`, which are the reader thread's.

    :param source: the hub (its iterators end with the loop).
    :param connectors: the number of connector threads.
    :ivar finished: set once the loop is over (every room closed, the iterators ended).
    :ivar fatal: the error that broke the loop, if one did.
    """

    def __init__(self, source: EventSource, connectors: int) -> None:
        self._source, self._connectors = source, connectors
        self._stop = threading.Event()
        self.finished = threading.Event()
        self.fatal: Optional[BaseException] = None
        self._lock = threading.Lock()  # guards the commands and _closed
        self._commands: Deque[Tuple[Callable[..., None], Tuple[Any, ...]]] = collections.deque()
        self._closed = False  # no command may be posted any more
        self._timers = Timers()
        self._attached: Set[Room] = set()  # rooms whose socket is open
        # Made by start(): nothing is open before the first room.
        self._rooms: RoomKeeper
        self._reader: Optional[threading.Thread] = None
        self._writer = AckWriter(functools.partial(self.post, self._send_failed))
        self._pool: Optional[concurrent.futures.ThreadPoolExecutor] = None
        self._selector: Optional[selectors.BaseSelector] = None
        self._wake_pair: Tuple[socket.socket, ...] = ()

    @property
    def started(self) -> bool:
        return self._reader is not None

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()

    @property
    def sockets(self) -> int:
        """The number of open sockets."""
        return len(self._attached)

    @property
    def on_reader_thread(self) -> bool:
        return threading.current_thread() is self._reader

    # ------------------------------------------------------------ starting and stopping (any thread)

    def start(self, rooms: RoomKeeper) -> None:
        """Open the selector and start the threads (once); a socket's end goes to ``rooms``."""
        if self._reader is not None:
            return
        self._rooms = rooms
        self._selector = selectors.DefaultSelector()
        self._wake_pair = socket.socketpair()
        for end in self._wake_pair:
            end.setblocking(False)
        self._selector.register(self._wake_pair[0], selectors.EVENT_READ, None)
        self._pool = concurrent.futures.ThreadPoolExecutor(self._connectors,
                                                           thread_name_prefix="tiktoklive-hub-connector")
        self._writer.start()
        self._reader = threading.Thread(target=self._run, name="tiktoklive-hub-reader", daemon=True)
        self._reader.start()

    def stop(self) -> None:
        """Close every socket, then end the threads (returns at once)."""
        self._stop.set()
        self._wake()

    def join(self, timeout: float) -> bool:
        """Wait for the reader thread (unless called on it); ``False`` if it is still running."""
        reader = self._reader
        if reader is None or reader is threading.current_thread():
            return True
        reader.join(timeout)
        return not reader.is_alive()

    # ------------------------------------------------------------ commands (any thread -> reader)

    def post(self, fn: Callable[..., None], *args: Any) -> bool:
        """Have the reader thread call ``fn(*args)`` (in the order posted); ``False`` once closed."""
        with self._lock:
            if self._closed:
                return False
            self._commands.append((fn, args))
        self._wake()
        return True

    def submit(self, fn: Callable[..., None], *args: Any) -> None:
        """Have a connector thread call ``fn(*args)``."""
        assert self._pool is not None
        self._pool.submit(fn, *args)

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
                        self.close_socket(room)
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
        self._writer.flush()

    def _drain_wake(self) -> None:
        try:
            while self._wake_pair[0].recv(4096):
                pass
        except BlockingIOError:
            pass

    def _read(self, room: Room) -> None:
        sock = room.socket
        if sock is None or room.on_frame is None:
            return
        try:
            closure = sock.read_ready(room.on_frame, room.pipeline.frame_skipped)
        except ConnectionLostError as exc:
            self._rooms.lost(room, exc)
            return
        except Exception as exc:  # a bug: this room ends, the others go on
            logger.exception("reading the room of @%s failed", room.unique_id)
            self._rooms.lost(room, ConnectionLostError(f"reading the room failed ({type(exc).__name__}: {exc})",
                                                       code=ABNORMAL_CLOSURE, reason=type(exc).__name__))
            return
        if closure is not None:
            self._rooms.socket_closed(room, closure)
        elif room.pipeline.stream_ended:
            logger.info("the stream of @%s ended; closing its socket", room.unique_id)
            self.close_socket(room)

    def _send_failed(self, room: Room, sock: PushClient, exc: ConnectionLostError) -> None:
        if room.socket is sock:
            self._rooms.lost(room, exc)

    def _tick(self, room: Room, sock: PushClient) -> None:
        """Heartbeats and timeouts of one socket, on its own timer."""
        if room.socket is not sock:
            return
        try:
            wait = sock.tick()
        except ConnectionLostError as exc:
            self._rooms.lost(room, exc)
            return
        if wait is None:  # our close frame went unanswered
            self._rooms.socket_closed(room, CloseStatus(1000, "", by_server=False))
        else:
            self._timers.call_later(wait, self._tick, room, sock)

    # ------------------------------------------------------------ the rooms' sockets (reader thread)

    def call_later(self, delay: float, fn: Callable[..., None], *args: Any) -> None:
        self._timers.call_later(delay, fn, *args)

    def watch(self, room: Room, sock: PushClient) -> None:
        """Read ``room``'s newly opened socket: its frames go to the room's receiver, heartbeats start."""
        assert self._selector is not None
        sock.ws.settimeout(0)  # read only what has arrived (read_ready)
        raw = sock.ws.sock
        assert raw is not None  # just opened
        room.socket, room.raw = sock, raw
        ack = functools.partial(self._writer.ack, room, sock)
        room.on_frame = functools.partial(pass_frame, room.pipeline, ack=ack)
        self._selector.register(raw, selectors.EVENT_READ, room)
        self._attached.add(room)
        sock.start_clock()
        self._timers.call_later(sock.heartbeat_interval, self._tick, room, sock)

    def close_socket(self, room: Room) -> None:
        """Start the close handshake of ``room``'s socket; it is dropped if unanswered in time."""
        sock = room.socket
        if sock is not None and room.state != CLOSING:
            room.state = CLOSING
            sock.close()
            self._timers.call_later(CLOSE_TIMEOUT, self._tick, room, sock)

    def release(self, room: Room) -> None:
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

    # ------------------------------------------------------------ closing

    def _teardown(self, error: Optional[BaseException]) -> None:
        """After the reader's loop: stop the connectors, close what is left, end the iterators."""
        assert self._pool is not None and self._selector is not None
        self._rooms.stop_connecting()
        self._writer.stop()  # after the acks queued before
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._run_commands()  # connects that finished meanwhile: their sockets are closed unused
        with self._lock:
            self._closed = True
        self._run_commands()  # removals posted meanwhile (nothing else is posted once closing)
        for room in list(self._attached):  # the loop ended on an error: nothing was closed
            self._rooms.abandon(room)
        self._selector.close()
        for end in self._wake_pair:
            end.close()
        self._rooms.close()
        self.fatal = error
        self._source.end_iterators(error)
        self.finished.set()
