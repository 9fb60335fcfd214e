"""One WebSocket to TikTok's push server (websocket-client): open it, enter the room, read it.

:class:`PushClient` is read by exactly one thread (:meth:`PushClient.read`), which also sends the
heartbeats and acks: it waits for frames with a socket timeout that ends when the next heartbeat is
due. Every socket error, receiving or sending, is a :class:`~tiktoklive.errors.ConnectionLostError`
out of :meth:`PushClient.read`. :meth:`PushClient.close` and :meth:`PushClient.abort` may be called
from any other thread to end the reading.
"""
from __future__ import annotations

import logging
import socket
import ssl
import struct
import threading
import time
from typing import Any, Callable, Mapping, NamedTuple, Optional
from urllib.parse import urlsplit

import websocket
from websocket import ABNF

from tiktoklive import wire
from tiktoklive.errors import (
    ConnectError,
    ConnectionLostError,
    ConnectTimeout,
    FrameTooLargeError,
    HeartbeatTimeout,
    UnknownOptionError,
    WebSocketRejectedError,
)
from tiktoklive.wsframe import buffered, cap_frame_size

logger = logging.getLogger(__name__)

#: Keys ``ws_client_options`` accepts: websocket-client's ``connect()`` options, plus ``sslopt``.
WS_CLIENT_OPTION_KEYS = ("timeout", "http_proxy_host", "http_proxy_port", "http_proxy_auth", "http_no_proxy",
                         "http_proxy_timeout", "proxy_type", "subprotocols", "sslopt")
#: Seconds to wait for the socket to open (Node's ``WS_CONNECT_TIMEOUT_MS``).
DEFAULT_CONNECT_TIMEOUT = 20.0
#: Seconds to wait for the server's answer to our close frame (Node's ``WS_DISCONNECT_TIMEOUT_MS``).
CLOSE_TIMEOUT = 2.0
#: Close code reported when the socket dropped without a close frame (as browsers and Node's ``ws`` do).
ABNORMAL_CLOSURE = 1006
#: Close codes after which the server may be reconnected to: a normal close (1000, or none given) too,
#: as TikTok ends a stream in-band (a control message), never by closing the socket.
RETRYABLE_CLOSE_CODES = frozenset({1000, 1001, 1005, 1006, 1011, 1012, 1013})


class CloseStatus(NamedTuple):
    """How a socket closed: the close code and reason, and whether the server sent them first."""

    code: int
    reason: str
    by_server: bool


def check_options(options: Mapping[str, Any]) -> None:
    """Reject unknown ``ws_client_options`` keys before any I/O.

    :raises UnknownOptionError: an unknown key (a ``TypeError``).
    """
    unknown = set(options) - set(WS_CLIENT_OPTION_KEYS)
    if unknown:
        raise UnknownOptionError(f"unknown ws_client_options key(s) {', '.join(sorted(unknown))}; valid keys: "
                                 f"{', '.join(WS_CLIENT_OPTION_KEYS)}")


class Handshake:
    """Opening one WebSocket, which another thread may abort (:meth:`abort`) while it waits.

    :param options: ``ws_client_options`` (see :data:`WS_CLIENT_OPTION_KEYS`).
    :param max_frame_size: frames over this many bytes are skipped unread (see :mod:`tiktoklive.wsframe`).
    """

    def __init__(self, options: Mapping[str, Any], *, max_frame_size: int = wire.DEFAULT_MAX_FRAME_SIZE) -> None:
        self._options = dict(options)
        self._options.setdefault("timeout", DEFAULT_CONNECT_TIMEOUT)
        self.ws = websocket.WebSocket(sslopt=self._options.pop("sslopt", None), skip_utf8_validation=True,
                                      enable_multithread=True)
        cap_frame_size(self.ws, max_frame_size)
        self._aborted = threading.Event()

    def open(self, url: str, headers: Mapping[str, str]) -> websocket.WebSocket:
        """Open the WebSocket at ``url`` (secret: never logged with its query).

        :param headers: handshake headers (``Cookie``, ``User-Agent``, extra ones); no ``Origin`` is sent.
        :raises WebSocketRejectedError: the server answered the upgrade with another status than 101.
        :raises ConnectTimeout: the socket did not open within ``options["timeout"]`` seconds.
        :raises ConnectError: the server could not be reached, ``url`` is no WebSocket URL, or
            :meth:`abort` was called.
        """
        ws, options = self.ws, dict(self._options)
        host = urlsplit(url).netloc
        logger.debug("opening the WebSocket to %s", host)
        headers = dict(headers)
        cookie = headers.pop("Cookie", None)
        try:
            if self._aborted.is_set():
                raise ConnectionAbortedError("aborted before it began")
            ws.connect(url, header=[f"{k}: {v}" for k, v in headers.items()], cookie=cookie, suppress_origin=True,
                       **options)
            if self._aborted.is_set():
                raise ConnectionAbortedError("aborted")
        except websocket.WebSocketBadStatusException as exc:
            ws.shutdown()
            raise _rejected(exc) from None
        except (websocket.WebSocketException, OSError, ValueError) as exc:  # ValueError: a URL it cannot parse
            ws.shutdown()
            if self._aborted.is_set():
                raise ConnectError(f"the WebSocket handshake with {host} was aborted") from exc
            if isinstance(exc, (websocket.WebSocketTimeoutException, socket.timeout)):
                raise ConnectTimeout(f"the WebSocket to {host} did not open within {options['timeout']} s") from exc
            raise ConnectError(f"could not open the WebSocket to {host} ({type(exc).__name__}: {exc})") from exc
        ws.settimeout(None)
        return ws

    def abort(self) -> None:
        """Make :meth:`open` fail with a ``ConnectError`` now (from any thread); once the TCP connection
        is up, this wakes it at once (before, it fails as soon as the connection is up)."""
        self._aborted.set()
        _shut(self.ws)


def _shut(ws: websocket.WebSocket) -> None:
    """Shut ``ws``'s TCP socket down (if it has one), waking a thread blocked reading it."""
    sock = ws.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _rejected(exc: websocket.WebSocketBadStatusException) -> WebSocketRejectedError:
    headers: dict[str, str] = {str(k).lower(): v for k, v in (exc.resp_headers or {}).items()}
    status = headers.get("handshake-status", "")
    return WebSocketRejectedError(exc.status_code, int(status) if status.strip().isdigit() else None,
                                  headers.get("handshake-msg") or None)


class PushClient:
    """An open push WebSocket: enter-room, heartbeats and acks out, frames in.

    :param ws: the open websocket-client ``WebSocket`` (this object owns and closes it).
    :param heartbeat_interval: seconds between heartbeats.
    :param heartbeat_timeout: seconds the server may stay silent (no frame, no pong to the WebSocket ping
        sent with each heartbeat) before the socket counts as dead (``None``: never); the time
        ``read()``'s ``on_frame`` takes is not counted.
    """

    def __init__(self, ws: websocket.WebSocket, *, heartbeat_interval: float,
                 heartbeat_timeout: Optional[float]) -> None:
        self.ws = ws
        self.heartbeat_interval = heartbeat_interval
        self.heartbeat_timeout = heartbeat_timeout
        self._room_id = 0
        self._heartbeat_seq = 0
        self._closing = threading.Event()
        self._lost: Optional[ConnectionLostError] = None  # a send that failed on the reading thread
        # read()'s clock (monotonic seconds), kept by the reading thread only
        self._next_heartbeat = self._last_frame = 0.0
        self._closing_since: Optional[float] = None

    def __repr__(self) -> str:
        return f"<PushClient room_id={self._room_id} open={bool(self.ws.connected)}>"

    def send(self, frame: bytes, opcode: int = ABNF.OPCODE_BINARY) -> None:
        """Send one frame, binary by default (thread-safe).

        :raises ConnectionLostError: the socket failed (reset, broken pipe, already closed).
        """
        try:
            self.ws.send(frame, opcode)
        except (websocket.WebSocketException, OSError, AttributeError) as exc:  # AttributeError: aborted
            raise _lost("sending", exc) from exc

    def encode(self, frame: bytes, opcode: int = ABNF.OPCODE_BINARY) -> bytes:
        """The wire bytes of one WebSocket frame of ``frame`` from this client (masked, with
        websocket-client's encoder), for :meth:`send_encoded`: so that another thread can send it."""
        encoded = ABNF.create_frame(frame, opcode)
        if self.ws.get_mask_key:
            encoded.get_mask_key = self.ws.get_mask_key
        return encoded.format()

    def send_encoded(self, data: bytes) -> None:
        """Send what :meth:`encode` made (thread-safe); on a non-blocking socket, a full send buffer
        (a server that stopped reading) is a loss.

        :raises ConnectionLostError: the socket failed (reset, broken pipe, full, already closed).
        """
        try:
            with self.ws.lock:
                self.ws.sock.sendall(data)  # type: ignore[union-attr]  # None once aborted: AttributeError
        except (OSError, AttributeError) as exc:  # AttributeError: aborted (no socket any more)
            raise _lost("sending", exc) from exc

    def enter_room(self, room_id: int) -> None:
        """Send the enter-room frame; heartbeats for ``room_id`` then start over at sequence 1.

        :raises ConnectError: the socket failed before the frame was sent.
        """
        self._room_id = room_id
        self._heartbeat_seq = 0
        try:
            self.send(wire.encode_enter_room(room_id, enter_unique_id=wire.new_enter_unique_id()))
        except ConnectionLostError as exc:
            raise ConnectError(f"could not enter the room: {exc}") from exc

    def ack(self, log_id: int, result: wire.FetchResult) -> None:
        """Ack the frame ``log_id`` if its fetch ``result`` asks for it (from the reading thread, before
        its events are dispatched); if the socket failed, :meth:`read` raises the
        :class:`~tiktoklive.errors.ConnectionLostError` once the current frame is handled."""
        frame = self.ack_frame(log_id, result)
        if frame is not None:
            self._send_or_keep_loss(frame)

    def ack_frame(self, log_id: int, result: wire.FetchResult) -> Optional[bytes]:
        """The ack of the frame ``log_id`` if its fetch ``result`` asks for one (it needs an ack and
        carries the ``internal_ext`` to send back), else ``None``."""
        if not result.need_ack:
            return None
        if not result.internal_ext:
            logger.debug("no ack sent for frame %s: it has no internal_ext", log_id)
            return None
        return wire.encode_ack(log_id, result.internal_ext)

    def _send_or_keep_loss(self, frame: bytes, opcode: int = ABNF.OPCODE_BINARY) -> None:
        try:
            self.send(frame, opcode)
        except ConnectionLostError as exc:
            logger.debug("%s", exc)
            self._lost = self._lost or exc

    def _heartbeat(self) -> None:
        self._heartbeat_seq += 1
        logger.debug("heartbeat %d for room %s", self._heartbeat_seq, self._room_id)
        self._send_or_keep_loss(wire.encode_heartbeat(self._room_id, self._heartbeat_seq))
        self._send_or_keep_loss(b"", ABNF.OPCODE_PING)  # the pong proves the socket alive in a quiet room

    def read(self, on_frame: Callable[[bytes], None],
             on_skipped: Callable[[FrameTooLargeError], None] = lambda exc: None) -> CloseStatus:
        """Receive frames and pass each binary one to ``on_frame`` until the socket closes.

        A frame over the socket's size cap is skipped unread and passed to ``on_skipped``.

        Sends a heartbeat and a WebSocket ping every ``heartbeat_interval`` seconds (the first ones an
        interval after :meth:`enter_room`). Returns when a close frame arrives or, after :meth:`close`, when the
        server answers it (or :data:`CLOSE_TIMEOUT` passes).

        :raises HeartbeatTimeout: the server stayed silent for ``heartbeat_timeout`` seconds.
        :raises ConnectionLostError: the socket dropped without a close frame, or a heartbeat or an
            ack could not be sent.
        """
        self.start_clock()
        while True:
            wait = self._time_to_wait()
            if wait is None:
                return CloseStatus(1000, "", by_server=False)
            self.ws.settimeout(max(wait, 0.001))
            try:
                closure = self._receive(on_frame, on_skipped)
            except websocket.WebSocketTimeoutException:
                continue
            if closure is not None:
                return closure

    def start_clock(self) -> None:
        """Start the heartbeat clock: the first heartbeat is due ``heartbeat_interval`` from now."""
        now = time.monotonic()
        self._next_heartbeat, self._last_frame, self._closing_since = now + self.heartbeat_interval, now, None

    def read_ready(self, on_frame: Callable[[bytes], None],
                   on_skipped: Callable[[FrameTooLargeError], None] = lambda exc: None) -> Optional[CloseStatus]:
        """Receive the frames that have arrived, without waiting: :meth:`read` for a non-blocking
        socket (``ws.settimeout(0)``) that a selector reported readable.

        Reads the socket once per call, and then only what that read brought (a selector reports the
        socket again if more is waiting); a frame that has only partly arrived stays in the buffers
        until the next call. The caller keeps the clock: :meth:`start_clock`, then :meth:`tick`.

        :returns: how the socket closed, or ``None`` while it is open.
        :raises ConnectionLostError: the socket dropped without a close frame, or an ack could not be sent.
        """
        while True:
            try:
                closure = self._receive(on_frame, on_skipped)
            except (BlockingIOError, ssl.SSLWantReadError):  # nothing more has arrived
                return None
            if closure is not None:
                return closure
            if self._lost is not None and not self._closing.is_set():
                raise self._lost
            if not buffered(self.ws):
                return None

    def tick(self) -> Optional[float]:
        """For a caller of :meth:`read_ready`: send a heartbeat if one is due, and say when to tick again.

        :returns: seconds until the next tick, or ``None`` once our close frame went unanswered
            for :data:`CLOSE_TIMEOUT` (the socket is then done).
        :raises HeartbeatTimeout: the server stayed silent for ``heartbeat_timeout`` seconds.
        :raises ConnectionLostError: a heartbeat could not be sent.
        """
        return self._time_to_wait()

    def _receive(self, on_frame: Callable[[bytes], None],
                 on_skipped: Callable[[FrameTooLargeError], None]) -> Optional[CloseStatus]:
        """Receive one message: a binary one goes to ``on_frame``; a close frame gives the closure."""
        try:
            opcode, frame = self.ws.recv_data_frame(True)
        except (websocket.WebSocketTimeoutException, BlockingIOError, ssl.SSLWantReadError):
            raise  # nothing arrived (yet): not a loss
        except FrameTooLargeError as exc:
            on_skipped(exc)
            self._last_frame = time.monotonic()  # a frame arrived; its handlers' time is not silence
            return None
        except (websocket.WebSocketException, OSError, AttributeError) as exc:
            # AttributeError: websocket-client's socket was set to None by an abort from another thread.
            if self._closing.is_set():
                return CloseStatus(1000, "", by_server=False)
            raise _lost("receiving", exc) from exc
        self._last_frame = time.monotonic()  # any frame, pongs included, is the server's sign of life
        if opcode == ABNF.OPCODE_BINARY:
            on_frame(frame.data)
            self._last_frame = time.monotonic()  # time in handlers is not the server's silence
        elif opcode == ABNF.OPCODE_CLOSE:
            code, reason = _close_status(frame.data)
            logger.debug("close frame received: %s %r", code, reason)
            return CloseStatus(code, reason, by_server=not self._closing.is_set())
        return None

    def _time_to_wait(self) -> Optional[float]:
        """Seconds :meth:`read` may wait for the next frame; sends a heartbeat when one is due.

        :returns: ``None`` once the server has not answered our close frame for :data:`CLOSE_TIMEOUT`.
        :raises HeartbeatTimeout: nothing arrived for ``heartbeat_timeout`` seconds.
        """
        now = time.monotonic()
        if self._lost is not None and not self._closing.is_set():
            raise self._lost
        if self._closing.is_set():
            self._closing_since = self._closing_since or now
            wait = self._closing_since + CLOSE_TIMEOUT - now
            return wait if wait > 0 else None
        if now >= self._next_heartbeat:
            self._heartbeat()
            self._next_heartbeat = now + self.heartbeat_interval
        wait = self._next_heartbeat - now
        if self.heartbeat_timeout is not None:
            silent = now - self._last_frame
            if silent >= self.heartbeat_timeout:
                raise HeartbeatTimeout(f"nothing arrived for {self.heartbeat_timeout} s: the connection is dead",
                                       code=ABNORMAL_CLOSURE, reason="heartbeat timeout")
            wait = min(wait, self.heartbeat_timeout - silent)
        return wait

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Start the close handshake (from any thread); :meth:`read` returns once the server answers."""
        if self._closing.is_set():
            return
        self._closing.set()
        try:
            self.ws.send_close(code, reason.encode("utf-8"))
        except (websocket.WebSocketException, OSError, AttributeError) as exc:
            logger.debug("close frame not sent: %s", exc)
            self.abort()

    def abort(self) -> None:
        """Shut the socket down (from any thread), waking a thread blocked in :meth:`read`."""
        self._closing.set()
        _shut(self.ws)

    def shutdown(self) -> None:
        """Close the socket now, waking a thread blocked in :meth:`read` (closing alone would not)."""
        self.abort()
        self.ws.shutdown()


def _lost(doing: str, exc: BaseException) -> ConnectionLostError:
    """The loss of the socket, found while ``doing`` (``"sending"``, ``"receiving"``)."""
    return ConnectionLostError(f"the WebSocket dropped while {doing} ({type(exc).__name__}: {exc})",
                               code=ABNORMAL_CLOSURE, reason=str(exc) or type(exc).__name__)


def _close_status(data: bytes) -> tuple[int, str]:
    if len(data) < 2:
        return 1005, ""
    (code,) = struct.unpack("!H", data[:2])
    return code, data[2:].decode("utf-8", "replace")
