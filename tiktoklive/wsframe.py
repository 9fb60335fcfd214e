"""A size cap on the WebSocket frames websocket-client receives, enforced before a frame is buffered.

websocket-client reads a frame's whole payload into memory, whatever length its header announces,
and joins a fragmented message's frames without a limit. :func:`cap_frame_size` makes a socket
read each header first and, for a message over the limit (one frame, or fragments adding up), read
the rest of its payload in small chunks and throw it away (memory stays bounded, the socket stays
in sync), then raise :class:`~tiktoklive.errors.FrameTooLargeError`; the next message is read normally.
"""
from __future__ import annotations

from typing import Any, Callable

import websocket
from websocket import ABNF
from websocket._abnf import continuous_frame, frame_buffer

from tiktoklive.errors import FrameTooLargeError

#: Bytes discarded per read while skipping an oversized frame.
SKIP_CHUNK = 64 * 1024
_DATA_OPCODES = (ABNF.OPCODE_CONT, ABNF.OPCODE_TEXT, ABNF.OPCODE_BINARY)


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
    ws.frame_buffer = _CappedFrameBuffer(ws._recv, limit, ws.cont_frame)  # websocket-client has no option for it
