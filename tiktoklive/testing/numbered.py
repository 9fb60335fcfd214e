"""Numbered chats: send ``"1"``, ``"2"``, ... to rooms of the fake, then count what was lost or repeated.

For proving delivery guarantees (the fleet's takeover tests and benchmarks): :class:`NumberedChats`
sends one numbered chat to every room per round from a thread; :func:`tally` compares what a
reader got with what was sent.
"""
from __future__ import annotations

import collections
import threading
import time
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Tuple

if TYPE_CHECKING:
    from tiktoklive.testing.rooms import Room

#: The viewer who sends the numbered chats.
SENDER = "counter"


class NumberedChats:
    """Sends numbered chats (``"1"``, ``"2"``, ...), one to every room each round, every ``interval``
    seconds, from a thread; a context manager.

    :ivar sent: rounds sent so far (the last number sent to every room).
    """

    def __init__(self, rooms: List["Room"], interval: float = 0.03) -> None:
        self.rooms, self.interval = rooms, interval
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tiktoklive-fake-numbered", daemon=True)

    def __repr__(self) -> str:
        return f"<NumberedChats rooms={len(self.rooms)} sent={self.sent}>"

    def __enter__(self) -> "NumberedChats":
        return self.start()

    def start(self) -> "NumberedChats":
        """Start sending; returns this object."""
        self._thread.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for room in self.rooms:
                room.chat(SENDER, str(self.sent + 1))
            self.sent += 1

    def wait_for(self, count: int, timeout: float = 60.0) -> None:
        """Block until ``count`` rounds are sent.

        :raises TimeoutError: not within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while self.sent < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{count} rounds of numbered chats not sent within {timeout} s")
            time.sleep(0.01)

    def stop(self) -> int:
        """Stop sending; returns the last number sent."""
        self._stop.set()
        self._thread.join(10)
        return self.sent


def tally(got: Iterable[int], last: int) -> Tuple[List[int], List[int]]:
    """The numbers from 1 to ``last`` missing from ``got``, and those in it more than once."""
    counts = collections.Counter(got)
    return ([n for n in range(1, last + 1) if n not in counts],
            sorted(n for n, count in counts.items() if count > 1))


def numbers_in(comments: Iterable[Tuple[str, str]]) -> Dict[str, List[int]]:
    """Room -> the numbered chats among ``(room, comment)`` pairs, in order."""
    found: Dict[str, List[int]] = collections.defaultdict(list)
    for room, comment in comments:
        if comment.isdigit():
            found[room].append(int(comment))
    return found
