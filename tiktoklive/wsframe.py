"""A size cap on the WebSocket frames websocket-client receives, enforced before a frame is buffered.

websocket-client reads a frame's whole payload into memory, whatever length its header announces.
:func:`cap_frame_size` makes a socket read the header first and, for a frame over the limit, read
its payload in small chunks and throw them away (memory stays bounded, the socket stays in sync),
then raise :class:`~tiktoklive.errors.FrameTooLargeError`; the next frame is read normally.
"""
from __future__ import annotations

from typing import Any, Callable

import websocket
from websocket._abnf import frame_buffer

from tiktoklive.errors import FrameTooLargeError

#: Bytes discarded per read while skipping an oversized frame.
SKIP_CHUNK = 64 * 1024


class _CappedFrameBuffer(frame_buffer):
    """websocket-client's frame reader, skipping frames over ``limit`` bytes (resumable after a
    socket timeout, like the original: every step keeps its progress)."""

    def __init__(self, recv: Callable[[int], bytes], limit: int) -> None:
        super().__init__(recv, skip_utf8_validation=True)
        self.limit = limit
        self._skipped = 0

    def recv_frame(self) -> Any:
        with self.lock:
            if self.needs_header():
                self.recv_header()
            if self.needs_length():
                self.recv_length()
            if self.length is not None and self.length > self.limit:
                self._skip()
        return super().recv_frame()

    def _skip(self) -> None:
        if self.needs_mask():
            self.recv_mask()
        length = self.length or 0
        while self._skipped < length:
            self._skipped += len(self.recv_strict(min(SKIP_CHUNK, length - self._skipped)))
        self.clear()
        self._skipped = 0
        raise FrameTooLargeError(f"WebSocket frame of {length} bytes", self.limit)


def cap_frame_size(ws: websocket.WebSocket, limit: int) -> None:
    """Make ``ws`` (not yet receiving) skip every frame over ``limit`` bytes, raising
    :class:`~tiktoklive.errors.FrameTooLargeError` from its receive call for each."""
    ws.frame_buffer = _CappedFrameBuffer(ws._recv, limit)  # websocket-client has no option for this
