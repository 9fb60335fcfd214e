"""The server side of RFC 6455: the handshake's accept key, and reading and writing frames.

Frames are built and unmasked with websocket-client's :class:`websocket.ABNF`; this module only
adds what a server needs on top (unmasked writes, a reader of masked client frames that keeps
checking a deadline while it waits).
"""
from __future__ import annotations

import base64
import hashlib
import select
import socket
import struct
from typing import Callable, List, NamedTuple, Optional, Tuple

from websocket import ABNF

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OPCODE_CONT, OPCODE_TEXT, OPCODE_BINARY = ABNF.OPCODE_CONT, ABNF.OPCODE_TEXT, ABNF.OPCODE_BINARY
OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG = ABNF.OPCODE_CLOSE, ABNF.OPCODE_PING, ABNF.OPCODE_PONG
#: Seconds between two checks of the reader's deadline while it waits for bytes.
POLL_INTERVAL = 0.2


class Frame(NamedTuple):
    """One received message (continuation frames already joined), unmasked."""

    opcode: int
    data: bytes


class Closed(Exception):
    """The peer closed the TCP connection (or it was shut down) in the middle of reading."""


def accept_key(key: str) -> str:
    """The ``Sec-WebSocket-Accept`` value for a client's ``Sec-WebSocket-Key``."""
    return base64.b64encode(hashlib.sha1((key + GUID).encode("ascii")).digest()).decode("ascii")


def encode(opcode: int, data: bytes = b"") -> bytes:
    """One unmasked (server-to-client) frame."""
    return ABNF(1, 0, 0, 0, opcode, 0, data).format()


def encode_fragmented(data: bytes, size: int) -> bytes:
    """One binary message as unmasked frames of ``size`` payload bytes (a fragmented message)."""
    pieces = [data[i:i + size] for i in range(0, len(data), size)] or [b""]
    return b"".join(ABNF(int(n == len(pieces) - 1), 0, 0, 0, OPCODE_BINARY if n == 0 else OPCODE_CONT, 0,
                         piece).format() for n, piece in enumerate(pieces))


def encode_close(code: int, reason: str = "") -> bytes:
    """A close frame with ``code`` and ``reason``."""
    return encode(OPCODE_CLOSE, struct.pack("!H", code) + reason.encode("utf-8"))


def parse_close(data: bytes) -> Tuple[int, str]:
    """``(code, reason)`` of a close frame's payload (1005 when it has no code)."""
    if len(data) < 2:
        return 1005, ""
    return struct.unpack("!H", data[:2])[0], data[2:].decode("utf-8", "replace")


def _readable(sock: socket.socket, timeout: float) -> bool:
    """Whether ``sock`` has data to read within ``timeout`` seconds (``poll`` where there is one:
    ``select`` fails on descriptors above 1023, which a fake serving hundreds of clients reaches)."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(timeout * 1000))
    return bool(select.select([sock], [], [], timeout)[0])


class Reader:
    """Reads client frames from a socket, checking ``should_stop()`` every :data:`POLL_INTERVAL`.

    :param sock: the connected socket (blocking).
    :param should_stop: called while waiting; when it returns true, :meth:`read` returns ``None``.
    """

    def __init__(self, sock: socket.socket, should_stop: Callable[[], bool]) -> None:
        self._sock = sock
        self._should_stop = should_stop
        self._buffer = bytearray()

    def _exactly(self, n: int) -> Optional[bytes]:
        while len(self._buffer) < n:
            if self._should_stop():
                return None
            try:
                if not _readable(self._sock, POLL_INTERVAL):
                    continue
                chunk = self._sock.recv(max(65536, n - len(self._buffer)))
            except (OSError, ValueError):
                raise Closed() from None
            if not chunk:
                raise Closed()
            self._buffer += chunk
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def _frame(self) -> Optional[tuple]:
        header = self._exactly(2)
        if header is None:
            return None
        fin, opcode = header[0] >> 7, header[0] & 0x0F
        masked, length = header[1] >> 7, header[1] & 0x7F
        if length == 126:
            extended = self._exactly(2)
            length = struct.unpack("!H", extended)[0] if extended else 0
        elif length == 127:
            extended = self._exactly(8)
            length = struct.unpack("!Q", extended)[0] if extended else 0
        mask = self._exactly(4) if masked else b""
        data = self._exactly(length) if length else b""
        if mask is None or data is None:
            return None
        return fin, opcode, ABNF.mask(mask, data) if masked else data

    def read(self) -> Optional[Frame]:
        """The next message (control frames arrive between fragments, and are returned first).

        :returns: ``None`` once ``should_stop()`` is true.
        :raises Closed: the connection closed.
        """
        opcode: Optional[int] = None
        parts: List[bytes] = []
        while True:
            frame = self._frame()
            if frame is None:
                return None
            fin, code, data = frame
            if code >= OPCODE_CLOSE:
                return Frame(code, data)
            if code != OPCODE_CONT:
                opcode, parts = code, []
            parts.append(data)
            if fin:
                return Frame(opcode if opcode is not None else code, b"".join(parts))
