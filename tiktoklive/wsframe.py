"""A size cap on the WebSocket frames websocket-client receives, enforced before a frame is buffered.

websocket-client reads a frame's whole payload into memory, whatever length its header announces,
and joins a fragmented message's frames without a limit. :func:`cap_frame_size` makes a socket
read each header first and, for a message over the limit (one frame, or fragments adding up), read
the rest of its payload in small chunks and throw it away (memory stays bounded, the socket stays
in sync), then raise :class:`~tiktoklive.errors.FrameTooLargeError`; the next message is read normally.

It also gives the frame reader a read-ahead buffer (:class:`ReadAhead`): websocket-client reads a
frame's header, length and payload with one system call each; one call now takes what has arrived.
"""
from __future__ import annotations

from typing import Any, Callable

import websocket
from websocket import ABNF
from websocket._abnf import continuous_frame, frame_buffer

from tiktoklive.errors import FrameTooLargeError

#: Bytes discarded per read while skipping an oversized frame.
SKIP_CHUNK = 64 * 1024
#: Bytes one system call may read ahead of what the frame reader asked for.
READ_AHEAD = 64 * 1024
_DATA_OPCODES = (ABNF.OPCODE_CONT, ABNF.OPCODE_TEXT, ABNF.OPCODE_BINARY)


class ReadAhead:
    """A receive function (``recv(bufsize) -> bytes``) that reads up to :data:`READ_AHEAD` bytes at a
    time and serves the frame reader's small reads from them.

    What ``recv`` raises (a timeout, nothing to read on a non-blocking socket, a closed socket)
    passes through with nothing consumed, so the frame reader resumes where it stopped.
    """

    def __init__(self, recv: Callable[[int], bytes]) -> None:
        self._recv = recv
        self._data = b""
        self._pos = 0

    @property
    def buffered(self) -> int:
        """Bytes read from the socket and not yet handed to the frame reader."""
        return len(self._data) - self._pos

    def __call__(self, bufsize: int) -> bytes:
        if self._pos >= len(self._data):
            self._data, self._pos = self._recv(READ_AHEAD), 0
        chunk = self._data[self._pos:self._pos + bufsize]
        self._pos += len(chunk)
        if self._pos >= len(self._data):
            self._data, self._pos = b"", 0  # keep no consumed bytes alive
        return chunk


class _CappedFrameBuffer(frame_buffer):
    """websocket-client's frame reader, skipping messages over ``limit`` bytes, fragmented ones
    included (resumable after a socket timeout, like the original: every step keeps its progress).

    :param fragments: the socket's reassembly of fragmented messages (reset when one is skipped).
    """

    def __init__(self, recv: Callable[[int], bytes], limit: int, fragments: continuous_frame) -> None:
        super().__init__(recv, skip_utf8_validation=True)
        self.limit = limit
        self._fragments = fragments
        self._message = 0  # bytes of the current (possibly fragmented) message, this frame included
        self._counted = False  # whether this frame's length is in _message
        self._skipped = 0  # bytes of this frame's payload thrown away so far

    def recv_frame(self) -> Any:
        while self._skipping():
            pass
        frame = super().recv_frame()
        self._counted = False
        return frame

    def _skipping(self) -> bool:
        """Read the next frame's header; skip the frame if its message is over the limit.

        :returns: whether a frame was skipped and more of its message follows.
        :raises FrameTooLargeError: the last frame of an oversized message was skipped.
        """
        with self.lock:
            if self.needs_header():
                self.recv_header()
            if self.needs_length():
                self.recv_length()
            fin, opcode = self.header[0], self.header[4]  # type: ignore[index]
            if opcode not in _DATA_OPCODES:
                return False
            if not self._counted:
                self._message = (self._message if opcode == ABNF.OPCODE_CONT else 0) + (self.length or 0)
                self._counted = True
            if self._message <= self.limit:
                return False
            self._skip()
            self._fragments.cont_data = self._fragments.recving_frames = None
        if fin:
            raise FrameTooLargeError("WebSocket message", self.limit, self._message)
        return True

    def _skip(self) -> None:
        if self.needs_mask():
            self.recv_mask()
        length = self.length or 0
        while self._skipped < length:
            self._skipped += len(self.recv_strict(min(SKIP_CHUNK, length - self._skipped)))
        self.clear()
        self._skipped, self._counted = 0, False


def cap_frame_size(ws: websocket.WebSocket, limit: int) -> None:
    """Make ``ws`` (not yet receiving) skip every message over ``limit`` bytes, raising
    :class:`~tiktoklive.errors.FrameTooLargeError` from its receive call for each."""
    ws.frame_buffer = _CappedFrameBuffer(ReadAhead(ws._recv), limit, ws.cont_frame)  # no option for it


def buffered(ws: websocket.WebSocket) -> bool:
    """Whether ``ws`` holds received bytes not yet read as frames: in its read-ahead buffer, or
    decrypted but unread inside its TLS socket (neither makes a selector report the socket readable)."""
    recv = getattr(ws.frame_buffer, "recv", None)
    if isinstance(recv, ReadAhead) and recv.buffered:
        return True
    pending = getattr(ws.sock, "pending", None)  # ssl.SSLSocket only
    return bool(pending and pending())
