"""Busy streams: realistic mixed traffic at a set rate, for benchmarks and soak tests.

:class:`MessageMix` is the pure part (no I/O, no threads): a seeded, endless source of the
messages of a busy room (comments, gift streaks, likes, joins, viewer counts, follows and
shares) from a pool of viewers with varied badges. :func:`frames` pre-builds push frames from it,
so a benchmark can decode a corpus without any server. :class:`BusyStream` sends a mix to a
room of the fake at ``rate`` messages per second, ``per_frame`` messages to a frame.
(:func:`tiktoklive.testing.busy_fake` runs a fake with one busy room: the ``--fake`` of the CLI and of the examples.)
"""
from __future__ import annotations

import itertools
import logging
import random
import threading
import time
from typing import Callable, Dict, List, Mapping, Optional, Protocol, Tuple

from google.protobuf.message import Message

from tiktoklive import codec
from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.testing import factory
from tiktoklive.testing.gifts import GIFTS

logger = logging.getLogger(__name__)

#: Share of each kind of message in a busy room (Node event names).
DEFAULT_MIX: Mapping[str, float] = {"chat": 0.35, "like": 0.22, "member": 0.15, "gift": 0.14, "roomUser": 0.04,
                                    "follow": 0.06, "share": 0.04}
#: Messages per frame TikTok sends in a busy room (smallest, largest).
DEFAULT_PER_FRAME = (5, 30)
_COMMENTS = ("hi!!", "hello from Berlin", "love this stream ❤️", "what game is this?", "lol", "first time here",
             "can you say hi to me?", "🔥🔥🔥", "gg", "how long have you been streaming?", "W", "this is so good",
             "haha", "where are you from?", "I just followed!", "😂😂😂", "nice one", "let's goooo")
_STREAK_GIFTS = [gift_id for gift_id, (_, _, streakable) in GIFTS.items() if streakable]
_BIG_GIFTS = [gift_id for gift_id, (_, _, streakable) in GIFTS.items() if not streakable]


def viewers(count: int = 200, *, seed: Optional[int] = None) -> List[pb.User]:
    """``count`` distinct viewers with TikTok's spread of badges (moderators, subscribers, gifter levels)."""
    rng = random.Random(seed)
    return [factory.user(f"viewer_{i:04d}", moderator=rng.random() < 0.03, subscriber=rng.random() < 0.1,
                         gifter_level=rng.choice((0, 0, 0, 1, 5, 12, 24, 38)), follow_status=rng.choice((0, 0, 1, 2)),
                         team_level=rng.choice((0, 0, 0, 3, 9)),
                         top_gifter_rank=rng.randint(1, 3) if rng.random() < 0.02 else None)
            for i in range(count)]


class MessageMix:
    """An endless, seeded source of a busy room's messages (no I/O).

    Gifts come as real streaks: a streakable gift's messages share a ``group_id`` with a growing
    ``repeat_count`` and end with ``repeat_end``; likes and joins keep running totals.

    :param mix: share of each kind (keys of :data:`DEFAULT_MIX`); missing kinds do not occur.
    :param seed: makes the sequence (but not ids and timestamps) reproducible.
    :param room_id: the room the messages belong to.
    :param receiver_id: the host's user id (receiver of the gifts).
    """

    def __init__(self, *, mix: Optional[Mapping[str, float]] = None, seed: Optional[int] = None,
                 room_id: int = factory.ROOM_ID, receiver_id: int = factory.HOST_ID, viewer_count: int = 200) -> None:
        mix = dict(DEFAULT_MIX if mix is None else mix)
        unknown = set(mix) - set(DEFAULT_MIX)
        if unknown or not any(mix.values()):
            raise ValueError(f"mix needs positive shares of {', '.join(DEFAULT_MIX)}; got {sorted(mix)}")
        self._rng = random.Random(seed)
        self._kinds, self._weights = list(mix), list(mix.values())
        self._users = viewers(viewer_count, seed=seed)
        self._room_id, self._receiver_id = room_id, receiver_id
        self._streaks: Dict[int, Tuple[int, int, int, int]] = {}  # viewer -> (gift id, group, count, target)
        self._groups = itertools.count(int(time.time() * 1000) * 1000)
        self.like_total, self.member_count = 0, 1000

    def __repr__(self) -> str:
        return f"<MessageMix kinds={self._kinds} streaks={len(self._streaks)}>"

    def messages(self, count: int) -> List[Message]:
        """The next ``count`` messages."""
        kinds = self._rng.choices(self._kinds, self._weights, k=count)
        return [getattr(self, "_" + kind.lower())() for kind in kinds]

    def _viewer(self) -> Tuple[int, pb.User]:
        index = self._rng.randrange(len(self._users))
        return index, self._users[index]

    def _chat(self) -> Message:
        return factory.chat(self._viewer()[1], self._rng.choice(_COMMENTS), room_id=self._room_id)

    def _like(self) -> Message:
        count = self._rng.choice((1, 1, 2, 5, 15))
        self.like_total += count
        return factory.like(self._viewer()[1], count, total=self.like_total, room_id=self._room_id)

    def _member(self) -> Message:
        self.member_count += 1
        return factory.member(self._viewer()[1], member_count=self.member_count, room_id=self._room_id)

    def _roomuser(self) -> Message:
        top = [(self._users[i], 5000 // (i + 1)) for i in range(3)]
        return factory.room_user_seq(self.member_count, top, room_id=self._room_id)

    def _follow(self) -> Message:
        return factory.social_follow(self._viewer()[1], room_id=self._room_id)

    def _share(self) -> Message:
        return factory.social_share(self._viewer()[1], room_id=self._room_id)

    def _gift(self) -> Message:
        index, user = self._viewer()
        streak = self._streaks.pop(index, None)
        if streak is None:
            if self._rng.random() < 0.05:
                gift_id = self._rng.choice(_BIG_GIFTS)
                return self._gift_message(user, gift_id, next(self._groups), 1, True)
            streak = (self._rng.choice(_STREAK_GIFTS), next(self._groups), 0, self._rng.choice((1, 1, 2, 3, 5, 10)))
        gift_id, group, count, target = streak
        if count >= target:
            return self._gift_message(user, gift_id, group, count, True)
        self._streaks[index] = (gift_id, group, count + 1, target)
        return self._gift_message(user, gift_id, group, count + 1, False)

    def _gift_message(self, user: pb.User, gift_id: int, group: int, count: int, end: bool) -> Message:
        name, diamonds, streakable = GIFTS[gift_id]
        return factory.gift(user, gift_id, name=name, diamond_count=diamonds, streakable=streakable,
                            repeat_count=count, repeat_end=end, group_id=group, receiver_id=self._receiver_id,
                            room_id=self._room_id)


def frames(count: int, *, seed: Optional[int] = 0, per_frame: Tuple[int, int] = DEFAULT_PER_FRAME,
           mix: Optional[Mapping[str, float]] = None, compress: bool = True, need_ack: bool = True) -> List[bytes]:
    """``count`` push frames of a busy room, as TikTok sends them (no I/O), for benchmark corpora.

    :param per_frame: fewest and most messages in a frame.
    :param compress: gzip the payloads (``compress_type: gzip``), as TikTok does when asked.
    """
    source = MessageMix(mix=mix, seed=seed)
    rng = random.Random(seed)
    built = []
    for _ in range(count):
        messages = source.messages(rng.randint(*per_frame))
        result = factory.fetch_result(*messages, need_ack=need_ack)
        built.append(codec.encode_message_frame(result, log_id=factory.next_msg_id(), compress=compress))
    return built


class Stage(Protocol):
    """Where a busy stream sends (a :class:`~tiktoklive.testing.Room` is one)."""

    unique_id: str
    room_id: int
    host: pb.User

    def send(self, *messages: Message) -> bytes:
        """Send ``messages`` to every client in the room, together in one frame."""


class BusyStream:
    """A background thread sending a :class:`MessageMix` to a room at ``rate`` messages per second.

    Started by :meth:`tiktoklive.testing.Room.busy`; errors go to ``on_error``. Stops after ``duration`` seconds, on
    :meth:`stop`, or when the fake stops. The thread is named ``tiktoklive-fake-busy@<unique_id>``.

    :ivar sent: messages sent so far.
    :ivar frames: frames sent so far.
    """

    def __init__(self, room: Stage, *, rate: float, duration: Optional[float] = None,
                 mix: Optional[Mapping[str, float]] = None, per_frame: Tuple[int, int] = DEFAULT_PER_FRAME,
                 seed: Optional[int] = None, on_error: Optional[Callable[[BaseException], None]] = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be a positive number of messages per second")
        if not 1 <= per_frame[0] <= per_frame[1]:
            raise ValueError("per_frame must be (fewest, most) with 1 <= fewest <= most")
        self.room, self.rate, self.duration, self.per_frame = room, rate, duration, per_frame
        self.sent, self.frames = 0, 0
        self._on_error = on_error
        self._mix = MessageMix(mix=mix, seed=seed, room_id=room.room_id, receiver_id=room.host.id)
        self._rng = random.Random(seed)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"tiktoklive-fake-busy@{room.unique_id}", daemon=True)

    def __repr__(self) -> str:
        state = "running" if self.is_alive() else "stopped"
        return f"<BusyStream @{self.room.unique_id} rate={self.rate}/s sent={self.sent} {state}>"

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def is_alive(self) -> bool:
        """Whether it is still sending."""
        return self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop sending and wait (at most ``timeout`` seconds) for the thread."""
        self._stop.set()
        if self._thread is not threading.current_thread() and self._thread.ident is not None:
            self._thread.join(timeout)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Wait for the stream to end (its ``duration``); ``True`` if it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        start = time.monotonic()
        end = None if self.duration is None else start + self.duration
        try:
            while not self._stop.is_set():
                due = start + self.sent / self.rate
                now = time.monotonic()
                if end is not None and due >= end:
                    break
                if due > now and self._stop.wait(due - now):
                    break
                messages = self._mix.messages(self._rng.randint(*self.per_frame))
                self.room.send(*messages)
                self.sent += len(messages)
                self.frames += 1
        except Exception as exc:  # noqa: BLE001 (reported; the stream ends, the fake keeps serving)
            logger.exception("the busy stream of @%s failed", self.room.unique_id)
            if self._on_error is not None:
                self._on_error(exc)


#: Messages per second of :func:`busy_fake`'s stream: lively, yet readable when printed.
READABLE_RATE = 20.0
