"""Testing a bot offline with the ``fake_tiktok`` pytest fixture (installed with the library).

Run: ``pytest examples/test_my_bot.py``. The fixture is a running fake TikTok, reset before the
test; the test fails if the fake saw a protocol error from the client.
"""
from __future__ import annotations

from collections import Counter

from tiktoklive import Connection


class GiftCounter:
    """The bot under test: counts each viewer's gifts, once per finished streak."""

    def __init__(self, unique_id: str, **options) -> None:
        self.totals: Counter = Counter()
        self.connection = Connection(unique_id, **options)
        self.connection.on("gift", self.on_gift)

    def on_gift(self, event) -> None:
        if event.final:
            self.totals[event.user.unique_id] += event.repeat_count


def test_streaks_are_counted_once(fake_tiktok):
    room = fake_tiktok.room("streamer")
    bot = GiftCounter("streamer", **fake_tiktok.client_options())
    with bot.connection:
        bot.connection.connect()
        room.gift("alice", 5655, repeat=5)   # a Rose streak: 5 in-progress messages, then the final one
        room.gift("bob", 11046)              # a Galaxy: not streakable, one message
        room.gift("alice", 5655, repeat=2)
        fake_tiktok.wait_for(lambda: sum(bot.totals.values()) == 8)
    assert bot.totals == {"alice": 7, "bob": 1}
    fake_tiktok.wait_for(lambda: len(fake_tiktok.acks) == 10)  # every frame was acked, as TikTok asks
