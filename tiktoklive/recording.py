"""The recording format of ``tiktoklive watch --record``: one JSON line per received push frame,
``{"t": seconds since the start, "frame": base64 of the frame's bytes}``.
"""
from __future__ import annotations

import base64
import json
import time
from typing import IO, Iterator

from tiktoklive import codec
from tiktoklive.errors import RecordingError
from tiktoklive.events import Event


class FrameRecorder:
    """A ``websocketData`` handler that writes every received frame to ``file``, one JSON line each."""

    def __init__(self, file: IO[str]) -> None:
        self.file = file
        self.start = time.monotonic()

    def __call__(self, event: Event) -> None:
        data = base64.b64encode(event.data).decode("ascii")  # type: ignore[attr-defined]
        self.file.write(json.dumps({"t": round(time.monotonic() - self.start, 3), "frame": data}) + "\n")


def read_frames(file: IO[str]) -> Iterator[bytes]:
    """The frames of a recording, in order (blank lines skipped).

    :raises RecordingError: a line is not a recorded frame (the message gives the file and line).
    """
    for number, line in enumerate(file, 1):
        if not line.strip():
            continue
        try:
            yield base64.b64decode(json.loads(line)["frame"], validate=True)
        except (ValueError, KeyError, TypeError) as exc:
            name = getattr(file, "name", "<recording>")
            raise RecordingError(f"{name}:{number} is not a recorded frame ({exc})") from None


def read_events(path: str) -> Iterator[Event]:
    """Every event of the recording at ``path``, as :func:`tiktoklive.codec.decode_frame` gives them.

    :raises RecordingError: a line is not a recorded frame.
    :raises DecodeError: a frame cannot be decoded.
    """
    with open(path, encoding="utf-8") as file:
        for frame in read_frames(file):
            yield from codec.decode_frame(frame)
