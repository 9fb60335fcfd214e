"""Keep a leaderboard of the viewers who gave the most diamonds, printed when it changes.

A streak is counted once, when it ends (``event.final``), at its final ``repeat_count``.

    python examples/gift_leaderboard.py @streamer
    python examples/gift_leaderboard.py @streamer --fake --duration 5
"""
from __future__ import annotations

import collections
import contextlib
import sys
import threading

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


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
    args = script_parser(__doc__).parse_args(argv)
    board = Leaderboard()
    with tiktok_for(args, rate=500) as options, Connection(args.user, **options) as conn:  # a generous room

        @conn.on(WebcastEvent.GIFT)
        def on_gift(event):
            if event.final:
                board.add(event.user.unique_id, event.diamonds)
                print(board.render())

        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()
    print(board.render())



if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
