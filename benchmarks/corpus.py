"""The fixed corpus of realistic WebSocket frames every decoder is timed on."""
from __future__ import annotations

import collections
import struct
from pathlib import Path

from tiktoklive import codec
from tiktoklive.testing import busy


def build(count: int, seed: int = 0) -> list[bytes]:
    """``count`` gzip-compressed "msg" frames of a busy room (:func:`tiktoklive.testing.busy.frames`)."""
    return busy.frames(count, seed=seed)


def describe(frames: list[bytes]) -> dict:
    """Frame, message and byte counts of a corpus, with its mix of methods."""
    mix: collections.Counter[str] = collections.Counter()
    for data in frames:
        _, result = codec.unpack_frame(data)
        if result is not None:
            mix.update(message.method for message in result.messages)
    return {"frames": len(frames), "messages": sum(mix.values()), "bytes": sum(map(len, frames)),
            "mix": dict(mix.most_common())}


def write(frames: list[bytes], path: Path) -> None:
    """Write frames as the peers read them: each one a 4-byte big-endian length, then its bytes."""
    with open(path, "wb") as file:
        for data in frames:
            file.write(struct.pack(">I", len(data)))
            file.write(data)
