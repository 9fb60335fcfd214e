"""Events and recordings as a pandas DataFrame: one row per event, ids as strings, times as datetimes."""
from __future__ import annotations

import datetime
import threading

import pytest

import tiktoklive
from tiktoklive import Connection, to_dataframe
from tiktoklive.cli import main
from tiktoklive.errors import RecordingError

pandas = pytest.importorskip("pandas")  # in the test extras; skipped only where it cannot install
WAIT = 10.0


def test_events_of_a_stream_become_rows(fake):
    room = fake.room("streamer")
    done = threading.Event()
    with Connection("streamer", **fake.client_options()) as conn:
        events = conn.iter_events(types=["chat", "gift", "like"])
        conn.on("like", lambda event: done.set())
        conn.connect()
        before = datetime.datetime.now(datetime.timezone.utc)
        room.chat("alice", "hello there")
        room.gift("bob", 5655, repeat=2)
        room.like("carol", 15)
        assert done.wait(WAIT)
        conn.disconnect()
        frame = to_dataframe(events)
    assert list(frame["event"]) == ["chat", "gift", "gift", "gift", "like"]
    assert list(frame.columns[:8]) == ["event", "method", "time", "msg_id", "room_id", "user_id", "unique_id",
                                       "nickname"]
    assert list(frame["unique_id"]) == ["alice", "bob", "bob", "bob", "carol"]
    for column in ("msg_id", "room_id", "user_id"):
        assert all(isinstance(value, str) and value.isdigit() for value in frame[column]), column
    assert set(frame["room_id"]) == {str(room.room_id)}
    assert str(frame["time"].dtype).startswith("datetime64") and str(frame["time"].dt.tz) == "UTC"
    assert (frame["time"] >= pandas.Timestamp(before).floor("s")).all()
    assert frame.loc[0, "comment"] == "hello there" and frame.loc[4, "like_count"] == 15
    assert list(frame["repeat_count"].iloc[1:4]) == [1, 2, 2] and frame.loc[3, "repeat_end"] == True  # noqa: E712


def test_a_recording_becomes_rows(fake, tmp_path, capsys):
    room = fake.room("streamer")
    recording = tmp_path / "stream.jsonl"
    urls = fake.urls
    thread = threading.Thread(target=main, args=(["watch", "@streamer", "--record", str(recording),
                                                  "--web-base-url", urls["web"], "--webcast-base-url",
                                                  urls["webcast"], "--sign-url", urls["sign"]],))
    thread.start()
    fake.wait_for_sockets(room)
    room.chat("alice", "recorded")
    room.end_stream()
    thread.join(WAIT)
    frame = tiktoklive.to_dataframe(recording)
    assert frame.loc[frame["event"] == "chat", "comment"].tolist() == ["recorded"]
    assert list(frame["event"]) == ["enterRoom", "chat", "controlMessage", "streamEnd"]
    assert frame["time"].isna().tolist() == [True, False, False, False]  # the enter-room answer has no time


def test_empty_input_and_a_file_that_is_no_recording(tmp_path):
    empty = to_dataframe([])
    assert len(empty) == 0 and list(empty.columns) == ["event", "method", "time", "msg_id", "room_id", "user_id",
                                                       "unique_id", "nickname"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    with pytest.raises(RecordingError, match="bad.jsonl:1 is not a recorded frame"):
        to_dataframe(str(bad))
