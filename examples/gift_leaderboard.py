"""Keep a leaderboard of the viewers who gave the most diamonds, printed when it changes.

A streak is counted once, when it ends (``event.final``), at its final ``repeat_count``.

    python examples/gift_leaderboard.py @streamer
    python examples/gift_leaderboard.py --fake --duration 5
"""
from __future__ import annotations

import collections
import threading

from common import parse_args, run, tiktok

from tiktoklive import Connection, WebcastEvent


class Leaderboard:
    """Diamonds given per viewer; safe to read from another thread while the reader updates it."""

    def __init__(self, size: int = 5) -> None:
        self.size = size
        self.diamonds: collections.Counter = collections.Counter()
        self._lock = threading.Lock()

    def add(self, unique_id: str, diamonds: int) -> None:
        with self._lock:
            self.diamonds[unique_id] += diamonds

    def top(self):
        with self._lock:
            return self.diamonds.most_common(self.size)

    def render(self) -> str:
        rows = [f"{rank}. @{who}: {diamonds} diamonds" for rank, (who, diamonds) in enumerate(self.top(), 1)]
        return "\n".join(["--- top gifters ---", *rows])


def main(argv=None) -> None:
    args = parse_args(__doc__, argv)
    board = Leaderboard()
    with tiktok(args, rate=500) as options, Connection(args.unique_id, **options) as conn:  # a generous room

        @conn.on(WebcastEvent.GIFT)
        def on_gift(event):
            if event.final:
                board.add(event.user.unique_id, event.diamonds)
                print(board.render())

        run(conn, args)
    print(board.render())


if __name__ == "__main__":
    main()
