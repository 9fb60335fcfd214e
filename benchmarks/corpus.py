"""The fixed corpus of realistic WebSocket frames every decoder is timed on."""
from __future__ import annotations

import collections
import struct
from pathlib import Path

import random

from tiktoklive import codec
from tiktoklive.testing import factory

#: Message makers of a busy room and their weights: mostly comments, likes and joins.
_MIX = (
    (40, lambda rng, u: factory.chat(u, rng.choice(("hi!", "love this song", "where are you from?",
                                                     "first time here, greetings from Lisbon")))),
    (20, lambda rng, u: factory.like(u, rng.randint(1, 15), total=rng.randint(1000, 90000))),
    (20, lambda rng, u: factory.member(u, member_count=rng.randint(100, 5000))),
    (10, lambda rng, u: factory.gift(u, repeat_count=rng.randint(1, 10), repeat_end=rng.random() < 0.3)),
    (5, lambda rng, u: factory.room_user_seq(rng.randint(100, 5000), [(u, 500), ("top_fan", 120)])),
    (3, lambda rng, u: factory.social_follow(u)),
    (2, lambda rng, u: factory.social_share(u)),
)


def _viewer(rng: random.Random, i: int) -> object:
    """A viewer with the badges, avatars and follow info of a real one."""
    return factory.user(f"viewer_{i}", subscriber=rng.random() < 0.2, gifter_level=rng.choice((0, 0, 3, 12, 27)),
                        moderator=rng.random() < 0.05, follow_status=rng.randint(0, 2),
                        top_gifter_rank=rng.choice((None, None, None, 1, 2, 3)))


def build(count: int, seed: int = 0) -> list[bytes]:
    """``count`` gzip-compressed "msg" frames of a busy room, 1 to 15 messages each."""
    rng = random.Random(seed)
    viewers = [_viewer(rng, i) for i in range(200)]
    weights, makers = zip(*_MIX)
    frames = []
    for _ in range(count):
        messages = [make(rng, rng.choice(viewers))
                    for make in rng.choices(makers, weights, k=rng.randint(1, 15))]
        frames.append(factory.frame(*messages))
    return frames


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
