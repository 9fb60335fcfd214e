"""The server side of RFC 6455: the handshake's accept key, and reading and writing frames.

Frames are built and unmasked with websocket-client's :class:`websocket.ABNF`; this module only
adds what a server needs on top (unmasked writes on a non-blocking socket, a reader of masked
client frames that takes what has arrived and never waits).
"""
from __future__ import annotations

import base64
import hashlib
import selectors
import socket
import struct
import time
from typing import List, NamedTuple, Optional, Tuple

from websocket import ABNF

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OPCODE_CONT, OPCODE_TEXT, OPCODE_BINARY = ABNF.OPCODE_CONT, ABNF.OPCODE_TEXT, ABNF.OPCODE_BINARY
OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG = ABNF.OPCODE_CLOSE, ABNF.OPCODE_PING, ABNF.OPCODE_PONG


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


def send_all(sock: socket.socket, data: bytes, timeout: float) -> None:
    """``sock.sendall(data)`` for a non-blocking socket: waits up to ``timeout`` seconds in all for
    room in its send buffer.

    :raises TimeoutError: the peer did not read in time.
    :raises OSError: the connection failed.
    """
    view, deadline = memoryview(data), None
    while view:
        try:
            view = view[sock.send(view):]
            continue
        except BlockingIOError:
            pass
        now = time.monotonic()
        deadline = deadline or now + timeout
        if now >= deadline:
            raise TimeoutError(f"the client read nothing for {timeout} s")
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_WRITE)
            selector.select(deadline - now)


class Reader:
    """Reads client frames from a non-blocking socket: :meth:`fill` takes what has arrived,
    :meth:`read` gives the whole messages it holds; a frame that has only partly arrived waits in
    the buffer for the rest.

    :param sock: the connected socket (non-blocking).
    """

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = bytearray()
        self._opcode: Optional[int] = None  # of the fragmented message being joined
        self._parts: List[bytes] = []

    def read(self) -> Optional[Frame]:
        """The next whole message in the buffer (control frames arrive between fragments, and are
        returned first); ``None`` when no whole message is there yet."""
        while True:
            frame = self._frame()
            if frame is None:
                return None
            fin, code, data = frame
            if code >= OPCODE_CLOSE:
                return Frame(code, data)
            if code != OPCODE_CONT:
                self._opcode, self._parts = code, []
            self._parts.append(data)
            if fin:
                opcode, data, self._opcode, self._parts = self._opcode, b"".join(self._parts), None, []
                return Frame(opcode if opcode is not None else code, data)

    def fill(self) -> bool:
        """Append what has arrived to the buffer (one system call); ``False`` when nothing has.

        :raises Closed: the connection closed.
        """
        try:
            chunk = self._sock.recv(65536)
        except BlockingIOError:
            return False
        except (OSError, ValueError):
            raise Closed() from None
        if not chunk:
            raise Closed()
        self._buffer += chunk
        return True

    def _frame(self) -> Optional[Tuple[int, int, bytes]]:
        """Take the first frame out of the buffer, unmasked, if all of it is there."""
        buffer = self._buffer
        if len(buffer) < 2:
            return None
        fin, opcode = buffer[0] >> 7, buffer[0] & 0x0F
        masked, length, start = buffer[1] >> 7, buffer[1] & 0x7F, 2
        if length == 126:
            if len(buffer) < 4:
                return None
            length, start = struct.unpack_from("!H", buffer, 2)[0], 4
        elif length == 127:
            if len(buffer) < 10:
                return None
            length, start = struct.unpack_from("!Q", buffer, 2)[0], 10
        end = start + 4 * masked + length
        if len(buffer) < end:
            return None
        mask, data = bytes(buffer[start:start + 4 * masked]), bytes(buffer[start + 4 * masked:end])
        del buffer[:end]
        return fin, opcode, ABNF.mask(mask, data) if masked else data
