"""Busy streams: the pure frame generator, and a room streaming at a set rate."""
from __future__ import annotations

import collections
import socket
import threading

import pytest
from fake_client import open_socket

from tiktoklive import codec
from tiktoklive.testing import FakeTikTok, busy


def test_frames_are_realistic_and_reproducible():
    frames = busy.frames(60, seed=7)
    assert len(frames) == 60
    sizes = []
    kinds = collections.Counter()
    for data in frames:
        frame, result = codec.unpack_frame(data)
        assert frame.headers["compress_type"] == "gzip" and result.need_ack
        assert 5 <= len(result.messages) <= 30
        sizes.append(len(result.messages))
        kinds.update(event.name for event in codec.decode_result(result))
    assert {"chat", "like", "member", "gift", "roomUser", "follow", "share"} <= set(kinds)
    assert kinds["chat"] > kinds["roomUser"]
    again = busy.frames(60, seed=7)
    assert [len(codec.unpack_frame(f)[1].messages) for f in again] == sizes


def test_gift_streaks_are_well_formed():
    source = busy.MessageMix(mix={"gift": 1.0}, seed=3)
    streaks = collections.defaultdict(list)
    for message in source.messages(400):
        streaks[message.group_id].append((message.repeat_count, message.repeat_end, message.gift.type))
    finished = [s for s in streaks.values() if s[-1][1]]
    assert finished
    for steps in finished:
        if steps[0][2] == 1:  # streakable: 1, 2, ... n (repeat_end 0), then n (repeat_end 1)
            counts = [c for c, end, _ in steps[:-1]]
            assert counts == list(range(1, len(counts) + 1)) and steps[-1][0] == counts[-1]
        else:
            assert len(steps) == 1


def test_mix_is_validated():
    with pytest.raises(ValueError):
        busy.MessageMix(mix={"dance": 1.0})
    with pytest.raises(ValueError):
        busy.MessageMix(mix={"chat": 0})


def test_room_busy_stream_reaches_a_client_and_stops():
    with FakeTikTok() as fake:
        room = fake.room("creator")
        ws = open_socket(fake, room)
        stream = room.busy(rate=2000, duration=0.5, seed=1)
        assert "tiktoklive-fake-busy@creator" == stream._thread.name
        assert stream.wait(10)
        received = 0
        while received < stream.sent:
            received += len(codec.unpack_frame(ws.recv())[1].messages)
        assert received == stream.sent > 0 and stream.frames > 0
        endless = room.busy(rate=100)
        room.stop_busy()
        assert not endless.is_alive()
        ws.close()
    assert fake.errors == []


def test_busy_streams_stop_with_the_fake():
    with FakeTikTok() as fake:
        stream = fake.room("creator").busy(rate=500)
    assert not stream.is_alive()


def test_bad_rate():
    with FakeTikTok() as fake:
        with pytest.raises(ValueError):
            fake.room("creator").busy(rate=0)


@pytest.mark.timeout(20)
def test_stop_ends_a_send_blocked_on_a_client_that_does_not_read(monkeypatch):
    from tiktoklive.testing import push

    monkeypatch.setattr(push, "SEND_TIMEOUT", 120.0)  # only drop() can end the blocked send in time
    with FakeTikTok() as fake:
        room = fake.room("creator")
        open_socket(fake, room, sockopt=((socket.SOL_SOCKET, socket.SO_RCVBUF, 4096),))  # never reads
        [sock] = fake.wait_for_sockets(room, entered=False)
        sender = threading.Thread(target=room.send_raw, args=(bytes(20 * 1024 * 1024),))  # more than buffers hold
        sender.start()
        fake.wait_for(sock._send_lock.locked)  # the send is under way, and cannot finish
        stream = room.busy(rate=1000)  # its sends wait for the socket behind that one
    sender.join(5)
    assert not sender.is_alive() and not stream.is_alive() and sock.close_code == 1006
