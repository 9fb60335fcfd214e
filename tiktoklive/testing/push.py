"""Push sockets: one accepted WebSocket of the fake with what its client sent, and the
:class:`Switchboard` that knows which socket is in which room and fans a room's results out.

A socket answers the client's pings (the fake never sends pings: clients do not answer them),
records enter-room frames, heartbeats and acks, and closes like TikTok when heartbeats stop.
One thread reads every socket (:class:`~tiktoklive.testing.pushloop.SocketLoop`); the handshake
is the push server's (:mod:`tiktoklive.testing.pushserver`).
"""
from __future__ import annotations

import itertools
import logging
import socket
import threading
import time
from typing import Callable, Dict, List, Optional, Set, Tuple

from google.protobuf.message import DecodeError as ProtobufDecodeError

from tiktoklive import codec
from tiktoklive._proto import push_pb2
from tiktoklive.errors import DecodeError
from tiktoklive.testing import ws
from tiktoklive.testing.exchange import Request

logger = logging.getLogger(__name__)

#: Seconds a socket may go without a heartbeat before the server closes it (generous: Node sends one every 10 s).
DEFAULT_HEARTBEAT_TIMEOUT = 40.0
#: Seconds a blocked send may take before the server gives up on a socket that does not read.
SEND_TIMEOUT = 30.0
#: Seconds the server waits for the client's answer to its close frame.
CLOSE_TIMEOUT = 2.0
#: Close reason TikTok gives when a heartbeat arrives before the enter-room frame.
HB_BEFORE_ENTER = "payload_handler_hb"
#: Entries each per-socket record keeps (the newest), so that long soak runs stay in bounded memory.
RECORD_LIMIT = 50_000


def _keep(record: list, item: object) -> None:
    """Append ``item``, dropping the oldest entries once ``record`` is 10 % over :data:`RECORD_LIMIT`."""
    record.append(item)
    if len(record) > RECORD_LIMIT * 11 // 10:
        del record[: len(record) - RECORD_LIMIT]


class PushSocket:
    """One accepted push WebSocket, with everything the client sent on it (the records keep their
    newest :data:`RECORD_LIMIT` entries).

    :ivar request: the handshake request (query, headers, cookies).
    :ivar room_id: the room it is in (from the handshake, then from enter-room frames).
    :ivar compress: whether frames are gzip-compressed (the query had ``compress=gzip``).
    :ivar entered: the client's ``WebcastImEnterRoomMessage`` frames.
    :ivar heartbeats: the client's ``HeartBeatMessage`` frames.
    :ivar acks: the client's acks as ``(log_id, internal_ext)``.
    :ivar sent_log_ids: log ids of the "msg" frames sent with ``need_ack``.
    :ivar close_code: the close code (``None`` while open; 1006 when the TCP connection dropped).
    :ivar closed_by: ``"server"``, ``"client"`` or ``None``.
    """

    def __init__(self, sock: socket.socket, request: Request, room_id: int, switchboard: Switchboard) -> None:
        self.request = request
        self.room_id = room_id
        self.compress = request.query.get("compress") == "gzip"
        self.entered: List[push_pb2.WebcastImEnterRoomMessage] = []
        self.heartbeats: List[push_pb2.HeartBeatMessage] = []
        self.acks: List[Tuple[int, str]] = []
        self.sent_log_ids: List[int] = []
        #: WebSocket messages and bytes sent on this socket (frames of any kind).
        self.frames_sent, self.bytes_sent = 0, 0
        self.pings = 0
        self.close_code: Optional[int] = None
        self.close_reason = ""
        self.closed_by: Optional[str] = None
        self.closed = threading.Event()
        self._sock = sock
        self._reader = ws.Reader(sock)
        self._finished = False
        self._switchboard = switchboard
        self._send_lock = threading.Lock()
        self._stalled = False
        self._close_deadline: Optional[float] = None
        self._close_at: Optional[Tuple[float, int, str]] = None
        self._last_heartbeat = time.monotonic()

    def __repr__(self) -> str:
        state = "stalled" if self._stalled else ("closed" if self.closed.is_set() else "open")
        return (f"<PushSocket room_id={self.room_id} {state} entered={len(self.entered)} "
                f"heartbeats={len(self.heartbeats)} acks={len(self.acks)}>")

    @property
    def cookies(self) -> Dict[str, str]:
        """The cookies of the handshake."""
        return self.request.cookies

    @property
    def unacked(self) -> Set[int]:
        """Log ids of ``need_ack`` frames the client has not acked (yet)."""
        return set(self.sent_log_ids) - {log_id for log_id, _ in self.acks}

    # ------------------------------------------------------------ writing

    def _write_locked(self, data: bytes) -> bool:
        """Send ``data`` (the caller holds the send lock); a failed send aborts the socket.

        Nothing but a close frame goes out once stalled, and nothing at all after the server's
        close frame (RFC 6455: no data after a close)."""
        if self.closed.is_set() or self._close_deadline is not None or (self._stalled and data[:1] != b"\x88"):
            return False
        try:
            ws.send_all(self._sock, data, SEND_TIMEOUT)
            return True
        except OSError as exc:
            logger.debug("push socket of room %s: send failed (%s)", self.room_id, exc)
            self._abort(1006)
            return False

    def _write(self, data: bytes) -> bool:
        with self._send_lock:
            return self._write_locked(data)

    def send(self, data: bytes, *, fragment: Optional[int] = None) -> bool:
        """Send one binary WebSocket message (nothing once closed or stalled). Thread-safe.

        :param fragment: send it as frames of this many payload bytes (a fragmented message).
        """
        frame = ws.encode(ws.OPCODE_BINARY, data) if fragment is None else ws.encode_fragmented(data, fragment)
        return self.send_encoded(frame, len(data))

    def send_encoded(self, frame: bytes, size: int) -> bool:
        """Send a binary message already encoded as WebSocket frames (``ws.encode``) whose payload is
        ``size`` bytes: one encoding for many sockets. Thread-safe."""
        with self._send_lock:
            if not self._write_locked(frame):
                return False
            self.frames_sent += 1
            self.bytes_sent += size
        return True

    def send_frame(self, frame: bytes, log_id: int, need_ack: bool) -> None:
        """Send a push frame and remember its log id when it asks for an ack."""
        if self.send(frame) and need_ack:
            _keep(self.sent_log_ids, log_id)

    def accept(self, handshake: bytes, record: Callable[[PushSocket], None]) -> None:
        """Join the room, ``record`` the socket, then send the handshake's answer (the 101): all
        under the send lock, so the socket is in its room before the client can see the 101."""
        with self._send_lock:
            self._switchboard.join(self)
            record(self)
            ws.send_all(self._sock, handshake, SEND_TIMEOUT)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Start the close handshake with ``code``; the TCP connection ends when the client answers
        (or after :data:`CLOSE_TIMEOUT`). Thread-safe: only the first call sends a close frame."""
        with self._send_lock:
            if self.closed.is_set() or self._close_deadline is not None:
                return
            self._close_deadline = time.monotonic() + CLOSE_TIMEOUT
            self.close_code, self.close_reason, self.closed_by = code, reason, "server"
            try:
                ws.send_all(self._sock, ws.encode_close(code, reason), SEND_TIMEOUT)
            except OSError:
                pass

    def close_later(self, delay: float, code: int = 1000, reason: str = "") -> None:
        """Close with ``code`` after ``delay`` seconds, unless the client closes first."""
        self._close_at = (time.monotonic() + delay, code, reason)

    def drop(self) -> None:
        """Drop the TCP connection without a close frame (this also ends a send blocked on a client
        that does not read, so it does not wait for the send lock first)."""
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        with self._send_lock:
            self._abort(1006)

    def stall(self) -> None:
        """Go half-open: send nothing any more, answer nothing, never close."""
        self._stalled = True

    def send_truncated(self, data: bytes, keep: int) -> None:
        """Send the first ``keep`` bytes of the WebSocket frame of ``data``, then drop the connection."""
        with self._send_lock:
            try:
                ws.send_all(self._sock, ws.encode(ws.OPCODE_BINARY, data)[:keep], SEND_TIMEOUT)
            except OSError:
                pass
            self._abort(1006)

    def _abort(self, code: int) -> None:
        if self.close_code is None:
            self.close_code, self.closed_by = code, "server"
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.closed.set()
        self._switchboard.leave(self)

    # ------------------------------------------------------------ reading (the socket loop's thread)

    @property
    def connection(self) -> socket.socket:
        """The TCP socket (non-blocking)."""
        return self._sock

    def check(self) -> bool:
        """Keep the socket's deadlines (close handshake, scheduled close, heartbeat timeout);
        ``False`` once it is done."""
        if self.closed.is_set() or self._switchboard.stopping.is_set():
            return False
        now = time.monotonic()
        if self._close_deadline is not None:
            return now <= self._close_deadline
        if self._close_at is not None and now >= self._close_at[0]:
            self.close(*self._close_at[1:])
            return True
        timeout = self._switchboard.heartbeat_timeout
        if not self._stalled and timeout is not None and now - self._last_heartbeat > timeout:
            logger.info("push socket of room %s: no heartbeat for %s s, closing", self.room_id, timeout)
            self.close(1000, "heartbeat_timeout")
        return True

    def on_readable(self) -> bool:
        """Handle the client frames that have arrived (one read; the loop calls again while more
        wait); ``False`` once the socket is done."""
        try:
            self._reader.fill()
            while True:
                frame = self._reader.read()
                if frame is None:
                    return True
                if not self._on_frame(frame):
                    return False
        except ws.Closed:
            if self.close_code is None:
                self.close_code, self.closed_by = 1006, "client"
            return False

    def finish(self) -> None:
        """The socket is done: drop the TCP connection and close it (idempotent)."""
        if self._finished:
            return
        self._finished = True
        with self._send_lock:
            self._abort(self.close_code or 1006)
        self._sock.close()
        self._switchboard.notify()

    def _on_frame(self, frame: ws.Frame) -> bool:
        """Handle one client message; ``False`` ends the socket."""
        if frame.opcode == ws.OPCODE_CLOSE:
            code, reason = ws.parse_close(frame.data)
            if self._close_deadline is None:
                self.close_code, self.close_reason, self.closed_by = code, reason, "client"
                self._write(ws.encode_close(code if code != 1005 else 1000))
            return False
        if frame.opcode == ws.OPCODE_PING:
            self.pings += 1
            if not self._stalled:
                self._write(ws.encode(ws.OPCODE_PONG, frame.data))
            self._switchboard.notify()
            return True
        if frame.opcode == ws.OPCODE_PONG:
            return True
        if frame.opcode != ws.OPCODE_BINARY:
            self._switchboard.record_error(AssertionError(f"a client sent a non-binary WebSocket message "
                                                   f"(opcode {frame.opcode})"))
            return True
        try:
            push = codec.parse_push_frame(frame.data)
        except DecodeError as exc:
            self._switchboard.record_error(AssertionError(f"a client sent a frame that is not a push frame: {exc}"))
            return True
        try:
            self._on_push_frame(push)
        except ProtobufDecodeError as exc:
            self._switchboard.record_error(AssertionError(f"a client sent an undecodable {push.payload_type!r} "
                                                   f"payload: {exc}"))
        self._switchboard.notify()
        return True

    def _on_push_frame(self, push: codec.PushFrame) -> None:
        kind = push.payload_type
        if kind == codec.ENTER_ROOM:
            enter = push_pb2.WebcastImEnterRoomMessage.FromString(push.payload)
            self.entered.append(enter)
            self._last_heartbeat = time.monotonic()
            if enter.room_id and enter.room_id != self.room_id:
                self._switchboard.move(self, enter.room_id)
            self._answer_enter_room()
        elif kind == codec.HEARTBEAT:
            if not self.entered:
                self.close(1000, HB_BEFORE_ENTER)
                return
            _keep(self.heartbeats, push_pb2.HeartBeatMessage.FromString(push.payload))
            self._last_heartbeat = time.monotonic()
        elif kind == codec.ACK:
            _keep(self.acks, (push.log_id, push.payload.decode("utf-8", "replace")))
        else:
            self._switchboard.record_error(AssertionError(f"a client sent a push frame of unknown type {kind!r}"))

    def _answer_enter_room(self) -> None:
        result = self._switchboard.enter_answer(self.room_id)
        self.send(codec.encode_frame(codec.ENTER_ROOM_RESPONSE, result, log_id=self._switchboard.next_log_id(),
                                     headers={"compress_type": "none"}))


class Switchboard:
    """Which push socket is in which room; frames a room's results and sends them to its sockets.
    It also carries what the sockets need of the fake (a moto-style backend owns one).

    :param record_error: keeps an error of a background thread for the test.
    :param notify: wakes whoever waits for the fake's records to change.
    :param stopping: set while the fake stops.
    :param heartbeat_timeout: seconds without a heartbeat after which a socket is closed (``None``: never).
    :param enter_answer: the result that answers an enter-room frame for a room id.
    """

    def __init__(self, *, record_error: Callable[[BaseException], None], notify: Callable[[], None],
                 stopping: threading.Event, heartbeat_timeout: Optional[float],
                 enter_answer: Callable[[int], bytes]) -> None:
        self.record_error = record_error
        self.notify = notify
        self.stopping = stopping
        self.heartbeat_timeout = heartbeat_timeout
        self.enter_answer = enter_answer
        self._lock = threading.Lock()
        self._rooms: Dict[int, List[PushSocket]] = {}
        self._log_ids = itertools.count(7_390_000_000_000_000_001)
        self._seq_ids = itertools.count(1)

    def __repr__(self) -> str:
        return f"<Switchboard rooms={len(self._rooms)} sockets={len(self.all())}>"

    def next_log_id(self) -> int:
        """A fresh frame log id."""
        return next(self._log_ids)

    def join(self, sock: PushSocket) -> None:
        """Put ``sock`` in the room of its ``room_id``."""
        with self._lock:
            self._rooms.setdefault(sock.room_id, []).append(sock)

    def leave(self, sock: PushSocket) -> None:
        """Take ``sock`` out of its room (no error if it is not in one)."""
        with self._lock:
            members = self._rooms.get(sock.room_id, [])
            if sock in members:
                members.remove(sock)

    def move(self, sock: PushSocket, room_id: int) -> None:
        """Move ``sock`` to another room (an enter-room frame for another room id)."""
        self.leave(sock)
        sock.room_id = room_id
        self.join(sock)

    def all(self) -> List[PushSocket]:
        """Every open socket."""
        with self._lock:
            return [s for members in self._rooms.values() for s in members]

    def sockets_of(self, room_id: int) -> List[PushSocket]:
        """The open sockets in room ``room_id``."""
        with self._lock:
            return list(self._rooms.get(room_id, ()))

    def publish(self, room_id: int, result: bytes, need_ack: bool) -> None:
        """Send ``result`` as a "msg" frame to each socket of room ``room_id`` (gzip or not, as each asked)."""
        sockets = self.sockets_of(room_id)
        if not sockets:
            return
        log_id, seq_id = self.next_log_id(), next(self._seq_ids)
        frames: Dict[bool, bytes] = {}
        for sock in sockets:
            frame = frames.get(sock.compress)
            if frame is None:
                frame = frames[sock.compress] = codec.encode_message_frame(result, log_id=log_id, seq_id=seq_id,
                                                                           compress=sock.compress)
            sock.send_frame(frame, log_id, need_ack)
