"""``connect(cursor=...)``: a new connection resumes where an earlier one stopped (what the fleet's takeover uses)."""
from __future__ import annotations

from helpers import Recorder, connection, listen

from tiktoklive import ControlEvent, WebcastEvent
from tiktoklive.testing import factory


def comments(recorder: Recorder):
    return [event.comment for event in recorder.named("chat")]


def test_a_new_connection_resumes_from_an_earlier_ones_cursor(fake):
    room = fake.room("streamer")
    room.add_history(factory.chat("old", "history"))
    first = connection(fake)
    seen = listen(first, WebcastEvent.CHAT)
    first.connect()
    room.chat("alice", "1")
    seen.wait_for(lambda r: "1" in comments(r))
    cursor = first.cursor
    first.disconnect()
    room.chat("alice", "2")  # nobody is in the room: only the resumed fetch can deliver these
    room.chat("alice", "3")
    second = connection(fake)
    resumed = listen(second, WebcastEvent.CHAT, ControlEvent.CONNECTED)
    second.connect(cursor=cursor)
    room.chat("alice", "4")
    resumed.wait_for(lambda r: "4" in comments(r))
    assert comments(seen) == ["history", "1"]
    assert comments(resumed) == ["2", "3", "4"]  # no history, nothing from before the cursor
    assert resumed.names.index("connected") == 2  # the missed messages came before connected
    assert fake.requests_to("sign_connect")[-1].query["cursor"] == cursor


def test_the_cursor_seen_from_a_websocket_data_handler_is_the_one_before_that_frame(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    cursors = []
    conn.on(ControlEvent.WEBSOCKET_DATA, lambda event: cursors.append(("frame", conn.cursor)))
    conn.on(WebcastEvent.CHAT, lambda event: cursors.append((event.comment, conn.cursor)))
    conn.connect()
    start = conn.cursor
    room.chat("alice", "a")
    room.chat("alice", "b")
    fake.wait_for(lambda: "b" in dict(cursors))
    conn.disconnect()
    a, b = [i for i, (what, _) in enumerate(cursors) if what != "frame"]
    assert cursors[a - 1] == ("frame", start) and cursors[b - 1] == ("frame", cursors[a][1])
    assert len({start, cursors[a][1], cursors[b][1]}) == 3
