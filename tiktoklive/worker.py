"""The reader: the one thread that moves a connection's frames from its source to its handlers.

A frame flows one way: the socket (:class:`~tiktoklive.transport.PushClient`: frames in, acks and
heartbeats out, every socket error a lost connection) -> the receiver
(:class:`~tiktoklive.receiver.Receiver`: events, no I/O) -> the dispatcher
(:class:`~tiktoklive.dispatcher.Dispatcher`: handlers and iterators) -> the user. The polling
fallback is another source of the same fetch results.

:class:`Reader` is a ``threading.Thread`` (like redis-py's ``PubSubWorkerThread``) made of steps
that can be called one by one (like paho-mqtt's loop): :meth:`Reader.enter` (on the thread in
``connect()``), then on its own thread :meth:`Reader.read_socket` / :meth:`Reader.poll`,
:meth:`Reader.reconnect` and :meth:`Reader.teardown`; :meth:`Reader.stop` ends it from anywhere.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Optional

from tiktoklive import wire
from tiktoklive.entry import Entrance, Ticket
from tiktoklive.errors import ConnectError, ConnectionLostError, WebError
from tiktoklive.events import ConnectedEvent, DisconnectedEvent, ErrorEvent, Origin, WebsocketConnectedEvent
from tiktoklive.options import ConnectionOptions
from tiktoklive.receiver import Receiver
from tiktoklive.source import EventSource
from tiktoklive.state import RoomState, Status
from tiktoklive.transport import ABNORMAL_CLOSURE, RETRYABLE_CLOSE_CODES, CloseStatus, Handshake, PushClient

logger = logging.getLogger(__name__)

#: ``ack(log_id, result)``: acks a frame if its result asks for it (:meth:`PushClient.ack
#: <tiktoklive.transport.PushClient.ack>`).
Ack = Callable[[int, wire.FetchResult], None]
#: Seconds :meth:`Reader.stop` waits for the thread after the close handshake.
JOIN_TIMEOUT = 5.0
#: Seconds between two aborts of a WebSocket handshake by :meth:`Reader.stop`.
ABORT_RETRY = 0.1
#: Longest single block inside :func:`wait_interruptibly`, so that Ctrl-C is handled at most this many
#: seconds after it is pressed (a lock wait without a timeout cannot be interrupted on Windows, and
#: misses a signal that lands just before it blocks).
INTERRUPT_CHECK = 0.25
#: ``info`` of the ``error`` event of a failed poll (polling goes on).
POLLING_FAILED = "Failed to poll messages"
_CLEAN = CloseStatus(1000, "", by_server=False)


def pass_frame(receiver: Receiver, data: bytes, ack: Optional[Ack] = None) -> bool:
    """Pass one received frame on: ``ack`` it (before any handler runs), then deliver its events.

    :returns: whether the stream has ended.
    """
    batch = receiver.open_frame(data)
    if batch is None:
        return receiver.stream_ended
    if ack is not None:
        ack(batch.log_id, batch.result)
    return receiver.deliver(batch.result)


def wait_interruptibly(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)``, in blocks of at most :data:`INTERRUPT_CHECK` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        block = INTERRUPT_CHECK if deadline is None else min(INTERRUPT_CHECK, deadline - time.monotonic())
        if event.wait(max(block, 0.0)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False


class Reader(threading.Thread):
    """One connect's reading: enters the room, then reads (or polls) it, reconnects, and tears down.

    :param source: the handler and iterator facade the events go to (the connection).
    :param room: the connection's state, moved on here (under ``room.lock``).
    :param receiver: the connection's receiver.
    :param entrance: signs and opens the push sockets (its web client polls too).
    :param options: the connection's options.
    :param unique_id: the streamer (the thread is ``tiktoklive-reader[@user]``, or ``-poller`` when polling).
    :ivar finished: set once the reading is over (after ``disconnected`` and the iterators' end).
    :ivar fatal: the error that ended the reading, if any.
    """

    def __init__(self, source: EventSource, room: RoomState, receiver: Receiver, entrance: Entrance,
                 options: ConnectionOptions, *, unique_id: str) -> None:
        super().__init__(name=f"tiktoklive-reader[@{unique_id}]", daemon=True)
        self._unique_id = unique_id
        self._source, self._room, self._receiver = source, room, receiver
        self._entrance, self._options = entrance, options
        self._dispatcher = source.dispatcher
        self._stop_event = threading.Event()
        self.finished = threading.Event()
        self.fatal: Optional[BaseException] = None
        self.socket: Optional[PushClient] = None
        self._handshake: Optional[Handshake] = None  # the WebSocket being opened
        self._polling = False
        self._abandoned = False

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called (or the stream ended)."""
        return self._stop_event.is_set()

    # ------------------------------------------------------------ entering (on the thread in connect())

    def enter(self, ticket: Ticket, *, resume_from: Optional[str] = None) -> None:
        """Connect's steps after signing, up to ``connected``: the initial messages, then the WebSocket
        (or a first poll, where TikTok offers none).

        :param resume_from: the cursor the ticket was signed at, to resume an earlier connection: its
            initial messages are what was missed since (a gap where TikTok no longer keeps them).

        :raises ConnectError: no WebSocket and polling is off, or :meth:`stop` was called.
        """
        signed = ticket.signed
        if resume_from:
            self._receiver.cursor = resume_from  # where it stopped: what TikTok no longer keeps is a gap
            self._receiver.deliver(signed.fetch_result, backlog=True)
        elif self._options.process_initial_data:
            self._receiver.deliver(signed.fetch_result)
        else:
            self._receiver.follow(signed.fetch_result)
        self._polling = not signed.push_server
        if self._polling and not self._options.enable_request_polling:
            raise ConnectError("TikTok offered no WebSocket for this room, and enable_request_polling is off")
        if self._polling:
            self.name = f"tiktoklive-poller[@{self._unique_id}]"
            self._receiver.deliver(self._fetch_messages())  # a first poll, so that a failure raises here
        else:
            self.socket = self._open_socket(ticket)
            self._dispatcher.emit(WebsocketConnectedEvent(self.socket.ws))
        self._check_stop()
        with self._room.lock:
            self._room.status = Status.CONNECTED
        logger.info("connected to @%s (room %s%s)", self._unique_id, self._room.room_id,
                     ", polling" if self._polling else "")
        self._dispatcher.emit(ConnectedEvent(self._room.snapshot()))

    def sign(self, cursor: str = "") -> Ticket:
        """Sign the room's WebSocket (resuming at ``cursor``); the room id it names becomes the room's."""
        self._check_stop()
        ticket = self._entrance.sign(str(self._room.room_id), cursor)
        self._room.room_id = ticket.signed.room_id
        self._dispatcher.origin = Origin(self._unique_id, self._room.room_id)
        self._check_stop()
        return ticket

    def abandon(self) -> None:
        """Undo a failed connect: no ``disconnected`` fires, and a thread that got started (Ctrl-C
        inside ``Thread.start()``) ends without a teardown."""
        self._stop_event.set()
        with self._room.lock:
            self._abandoned = True
            sock, self.socket = self.socket, None
            self._room.reset()
        if sock is not None:
            sock.shutdown()
        self._close_web()
        self.finished.set()

    # ------------------------------------------------------------ the thread

    def run(self) -> None:
        """Read (or poll) until the connection ends, reconnecting as the options say; then tear down."""
        close, error = _CLEAN, None
        try:
            close, error = self.poll() if self._polling else self.read_socket()
        except BaseException as exc:  # a bug, or SystemExit from a handler: end properly, raise it from wait()
            logger.error("the reader of @%s ended by %s: %s", self._unique_id, type(exc).__name__, exc,
                         exc_info=exc)
            error, close = exc, CloseStatus(ABNORMAL_CLOSURE, f"{type(exc).__name__}: {exc}", by_server=False)
        finally:
            self.teardown(close, error)

    def read_socket(self) -> tuple[CloseStatus, Optional[BaseException]]:
        """Read the socket, reconnecting after each loss that allows it: how it closed, and why if it failed."""
        while True:
            sock = self.socket
            if sock is None:
                return _CLEAN, None
            close, lost = self.read_once(sock)
            if lost is None or self.stopping:
                return close, None
            logger.warning("@%s: %s", self._unique_id, lost)
            self._dispatcher.error(ErrorEvent.WEBSOCKET_FAILED, lost)
            retry = self._options.auto_reconnect and lost.code in RETRYABLE_CLOSE_CODES
            if not (retry and self.reconnect()):
                return close, None if self.stopping else lost

    def read_once(self, sock: PushClient) -> tuple[CloseStatus, Optional[ConnectionLostError]]:
        """Read ``sock`` until it closes: how it closed, and the loss unless we closed it or the stream ended."""
        if self.stopping:
            sock.close()
        try:
            close = sock.read(lambda data: self._on_frame(sock, data), self._receiver.frame_skipped)
        except ConnectionLostError as exc:
            return CloseStatus(exc.code or ABNORMAL_CLOSURE, exc.reason, by_server=True), exc
        if close.by_server:
            message = f"TikTok closed the WebSocket ({close.code} {close.reason})".replace(" )", ")")
            return close, ConnectionLostError(message, code=close.code, reason=close.reason)
        return close, None

    def _on_frame(self, sock: PushClient, data: bytes) -> None:
        if pass_frame(self._receiver, data, sock.ack) and not self.stopping:
            logger.info("the stream of @%s ended; disconnecting", self._unique_id)
            self._stop_event.set()
            sock.close()

    def reconnect(self) -> bool:
        """Open a new socket where the stream stopped; ``False`` once attempts run out or on stop.

        Waits as the ``reconnect`` backoff says, or as long as a rate-limited server asked.
        """
        old, backoff, asked = self.socket, self._options.backoff, 0.0
        with self._room.lock:
            self._room.status = Status.RECONNECTING
        if old is not None:
            old.shutdown()
        while not backoff.exhausted:
            delay, backoff = max(backoff.delay(), asked), backoff.increment()
            logger.warning("@%s: reconnecting in %.1f s (attempt %d)", self._unique_id, delay, backoff.attempt)
            if self._stop_event.wait(delay):
                return False
            try:
                ticket = self.sign(self._receiver.cursor)
                sock = self._open_socket(ticket)
            except (WebError, ConnectError) as exc:
                if self.stopping:  # stop() meanwhile: no attempt failed
                    return False
                logger.warning("@%s: reconnect attempt %d failed: %s", self._unique_id, backoff.attempt, exc)
                asked = getattr(exc, "retry_after", None) or 0.0
                self._dispatcher.error(ErrorEvent.CONNECTING_FAILED, exc)
                continue
            with self._room.lock:
                self.socket, self._room.status = sock, Status.CONNECTED
            if self.stopping:
                return False
            self._receiver.deliver(ticket.signed.fetch_result, backlog=True)
            self._dispatcher.emit(WebsocketConnectedEvent(sock.ws))
            logger.info("@%s: reconnected", self._unique_id)
            return True
        return False

    def poll(self) -> tuple[CloseStatus, Optional[BaseException]]:
        """The polling fallback: fetch new messages every ``request_polling_interval_ms`` until stopped
        or the stream ends; a failed poll is an ``error`` event, and polling goes on."""
        interval = self._options.request_polling_interval_ms / 1000
        while not self._stop_event.wait(interval) and not self._receiver.stream_ended:
            try:
                result = self._fetch_messages()
            except WebError as exc:
                logger.warning("@%s: polling failed: %s", self._unique_id, exc)
                self._dispatcher.error(POLLING_FAILED, exc)
                continue
            self._receiver.deliver(result)
        return _CLEAN, None

    def teardown(self, close: CloseStatus, error: Optional[BaseException]) -> None:
        """Close everything, then fire ``disconnected`` and end the iterators (once per connect)."""
        with self._room.lock:
            if self._abandoned:
                return  # connect() failed while starting this thread: it cleaned up already
            sock, self.socket = self.socket, None
            self.fatal = error
            self._room.reset()
        if sock is not None:
            sock.shutdown()
        self._close_web()  # pooled HTTP connections too: nothing survives the connection
        logger.info("disconnected from @%s (%s %s)", self._unique_id, close.code, close.reason)
        iterators = self._source.iterators()  # not those of a connect() made by a disconnected handler
        self._dispatcher.emit(DisconnectedEvent(close.code, close.reason))
        self._source.end_iterators(error, iterators)
        self.finished.set()

    # ------------------------------------------------------------ stopping (from any thread)

    def stop(self, *, join: bool = True) -> None:
        """End the reading: close the socket (our close frame, then up to 2 s for TikTok's answer) and
        abort a handshake under way; with ``join``, wait until :attr:`finished` (a few seconds at most)."""
        self._stop_event.set()
        sock = self.socket
        if sock is not None:
            sock.close()
        self._abort_handshake()
        if not join:
            return
        if not self._wait_aborting():
            sock = self.socket
            if sock is not None:
                sock.abort()
            self.finished.wait(JOIN_TIMEOUT)
        if self.ident is not None:  # started: let it exit after its teardown
            self.join(JOIN_TIMEOUT)
        if not self.finished.is_set():
            logger.warning("the connection to @%s did not end within %.0f s", self._unique_id,
                           2 * JOIN_TIMEOUT)

    def _wait_aborting(self) -> bool:
        """Wait up to :data:`JOIN_TIMEOUT` for :attr:`finished`, aborting the handshake every
        :data:`ABORT_RETRY` seconds (one aborted while its TCP connection was opening only fails once
        it is open)."""
        deadline = time.monotonic() + JOIN_TIMEOUT
        while not self.finished.wait(ABORT_RETRY):
            if time.monotonic() >= deadline:
                return False
            self._abort_handshake()
        return True

    # ------------------------------------------------------------ helpers

    def _check_stop(self) -> None:
        if self.stopping:
            raise ConnectError("disconnect() was called while connecting")

    def _open_socket(self, ticket: Ticket) -> PushClient:
        handshake = self._entrance.handshake()
        with self._room.lock:  # where stop() can abort it
            self._handshake = handshake
        try:
            return self._entrance.open(ticket, handshake)
        finally:
            with self._room.lock:
                self._handshake = None

    def _abort_handshake(self) -> None:
        with self._room.lock:
            handshake = self._handshake
        if handshake is not None:
            handshake.abort()

    def _fetch_messages(self) -> wire.FetchResult:
        entrance = self._entrance
        with entrance.lock:
            return entrance.web.fetch_messages(str(self._room.room_id), self._receiver.cursor,
                                               self._receiver.internal_ext)

    def _close_web(self) -> None:
        with self._entrance.lock:  # not under a request another thread is making
            self._entrance.web.close()
