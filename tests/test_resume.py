"""Resuming after a drop, through real sockets against the fake: the fake keeps a bounded backlog
and serves it from the cursor of a fetch or of the WebSocket URL; the client loses nothing it can
recover, repeats nothing, and reports what it cannot recover as a ``gap`` (issue 11 item 5)."""
from __future__ import annotations

import threading

from helpers import WAIT, Recorder, connection, listen

from tiktoklive import Backoff, ControlEvent, StreamStats, WebcastEvent, codec
from tiktoklive.testing import factory

FAST = Backoff(initial=0.01, jitter=0, max_attempts=5)


def comments(recorder: Recorder):
    return [event.comment for event in recorder.named("chat")]


def test_ten_drops_of_a_fast_numbered_stream_lose_and_repeat_nothing(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.GAP, ControlEvent.WEBSOCKET_CONNECTED)
    conn.connect()
    stop, sent = threading.Event(), [0]

    def numbered() -> None:  # frames of 5 numbered comments, about 1000 messages a second
        while not stop.wait(0.005):
            room.send(*[factory.chat("viewer", str(sent[0] + n)) for n in range(5)])
            sent[0] += 5

    sender = threading.Thread(target=numbered)
    sender.start()
    try:
        for drop in range(10):
            seen = len(comments(recorder))
            recorder.wait_for(lambda r, seen=seen: len(comments(r)) >= seen + 50)
            assert room.drop_connections() == 1
            recorder.wait_count(ControlEvent.WEBSOCKET_CONNECTED, drop + 2)  # the first one came with connect()
    finally:
        stop.set()
        sender.join(WAIT)
    recorder.wait_for(lambda r: len(comments(r)) >= sent[0])
    conn.disconnect()
    assert comments(recorder) == [str(n) for n in range(sent[0])]  # 0 lost, 0 repeated, in order
    assert recorder.named(ControlEvent.GAP) == []
    assert conn.stats == StreamStats(missed=0, gaps=0)


def test_messages_sent_between_the_fetch_and_the_handshake_arrive(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.CHAT)
    arrived, gate = threading.Event(), threading.Event()

    def hold(request) -> bool:  # holds the WebSocket handshake, after the initial fetch
        arrived.set()
        gate.wait(WAIT)
        return False

    fake.faults.add("push", match=hold)
    connecting = threading.Thread(target=conn.connect)
    connecting.start()
    assert arrived.wait(WAIT)
    room.chat("alice", "between")
    gate.set()
    connecting.join(WAIT)
    room.chat("alice", "after")
    recorder.wait_for(lambda r: "after" in comments(r))
    conn.disconnect()
    assert comments(recorder) == ["between", "after"]


def test_a_cursor_older_than_the_backlog_is_reported_as_a_gap_with_its_count(fake):
    room = fake.room("streamer")
    room.backlog_messages = 5
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.GAP)
    conn.connect()
    for n in range(3):
        room.chat("alice", f"a{n}")
    recorder.wait_for(lambda r: "a2" in comments(r))
    gate = threading.Event()  # holds the reconnect's fetch until the backlog has moved past its cursor
    fake.faults.add("sign_connect", match=lambda request: gate.wait(WAIT))
    room.drop_connections()
    for n in range(12):
        room.chat("alice", f"b{n}")  # nobody is in the room; the room keeps the last 5
    gate.set()
    fake.wait_for_sockets(room, 1)
    room.chat("alice", "after")
    recorder.wait_for(lambda r: "after" in comments(r))
    conn.disconnect()
    gaps = recorder.named(ControlEvent.GAP)
    assert [gap.missed for gap in gaps] == [7]
    assert gaps[0].to_dict() == {"missed": 7}
    assert comments(recorder) == ["a0", "a1", "a2", "b7", "b8", "b9", "b10", "b11", "after"]
    assert recorder.events.index(gaps[0]) < recorder.events.index(recorder.named("chat")[3])  # before what follows it
    assert conn.stats == StreamStats(missed=7, gaps=1)


def test_the_fakes_cursors_carry_the_stream_position(fake):
    room = fake.room("streamer")
    first = codec.parse_fetch_result(room.send(factory.chat("a", "1"), factory.chat("a", "2")))
    second = codec.parse_fetch_result(room.send(factory.chat("a", "3")))
    assert (codec.cursor_position(first.cursor), codec.cursor_position(second.cursor)) == (2, 3)
    assert codec.cursor_position("t-1718462163519_r-1_d-1_u-1_h-7380") is None
