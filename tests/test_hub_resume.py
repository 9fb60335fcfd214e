# ruff: noqa: F811  (make_hub is the fixture of test_hub)
"""Hub: resuming a room from a cursor, reading a room's cursor, removing a room and waiting for its
last event, and a pacer of the caller's (what the fleet's workers run their rooms with)."""
from __future__ import annotations

import threading
from typing import Any, List, Tuple

import pytest
from helpers import Recorder, listen
from test_hub import LONG, by_room, make_hub  # noqa: F401

from tiktoklive import ControlEvent, HandlerThreadError, Hub
from tiktoklive.errors import InvalidOptionError, SignatureRateLimitError
from tiktoklive.pacer import Pacer

WAIT = 30.0


def comments(recorder: Recorder, room: str) -> List[str]:
    return [event.comment for event in by_room(recorder, "chat").get(room, [])]


def test_a_room_added_with_a_cursor_gets_what_it_missed_before_connected(fake, make_hub):
    room, other = fake.room("streamer"), fake.room("other")
    first = make_hub(process_initial_data=False)
    seen = listen(first, "connected", "chat", "disconnected")
    first.add("streamer")
    seen.wait_for(lambda r: "streamer" in by_room(r, "connected"), LONG)
    room.chat("alice", "1")
    seen.wait_for(lambda r: comments(r, "streamer") == ["1"])
    cursor = first.cursor("streamer")
    assert first.remove("streamer", wait=True)
    assert first.cursor("streamer") is None and len(seen.named("disconnected")) == 1
    room.chat("alice", "2")  # nobody is in the room: only the resumed fetch can deliver these
    room.chat("alice", "3")
    second = make_hub(process_initial_data=False)
    resumed = listen(second, "connected", "chat", "gap")
    second.add("streamer", cursor=cursor)
    second.add("other")  # no cursor: from now on
    resumed.wait_for(lambda r: set(by_room(r, "connected")) == {"streamer", "other"}, LONG)
    room.chat("alice", "4")
    other.chat("bob", "hi")
    resumed.wait_for(lambda r: "4" in comments(r, "streamer") and comments(r, "other") == ["hi"])
    assert comments(resumed, "streamer") == ["2", "3", "4"]  # nothing twice, nothing lost
    streamer = [e.name for e in resumed.events if e.unique_id == "streamer"]
    assert streamer.index("connected") == 2 and resumed.named("gap") == []  # the missed ones came first
    assert cursor in [request.query.get("cursor") for request in fake.requests_to("sign_connect")]


def test_a_cursor_older_than_what_tiktok_keeps_is_a_gap_of_that_room(fake, make_hub):
    room = fake.room("streamer")
    room.backlog_messages = 5
    first = make_hub(process_initial_data=False)
    seen = listen(first, "connected", "chat")
    first.add("streamer")
    seen.wait_for(lambda r: r.named("connected"), LONG)
    room.chat("alice", "a")
    seen.wait_for(lambda r: comments(r, "streamer") == ["a"])
    cursor = first.cursor("streamer")
    first.remove("streamer", wait=True)
    for n in range(8):
        room.chat("alice", f"b{n}")  # the room keeps the last 5
    second = make_hub(process_initial_data=False)
    resumed = listen(second, "connected", "chat", "gap")
    second.add("streamer", cursor=cursor)
    resumed.wait_for(lambda r: r.named("connected"), LONG)
    (gap,) = resumed.named("gap")
    assert (gap.unique_id, gap.missed) == ("streamer", 3)
    assert comments(resumed, "streamer") == ["b3", "b4", "b5", "b6", "b7"]
    assert resumed.events.index(gap) < resumed.events.index(resumed.named("chat")[0])


def test_the_cursor_read_in_a_websocket_data_handler_is_the_one_before_that_frame(fake, make_hub):
    room = fake.room("streamer")
    hub = make_hub(process_initial_data=False)
    cursors: List[Tuple[str, Any]] = []
    hub.on(ControlEvent.WEBSOCKET_DATA, lambda event: cursors.append(("frame", hub.cursor(event.unique_id))))
    hub.on("chat", lambda event: cursors.append((event.comment, hub.cursor(event.unique_id))))
    connected = listen(hub, "connected")
    hub.add("streamer")
    connected.wait_for(lambda r: r.named("connected"), LONG)
    start = hub.cursor("streamer")
    room.chat("alice", "a")
    room.chat("alice", "b")
    fake.wait_for(lambda: "b" in dict(cursors), WAIT)
    a, b = [i for i, (what, _) in enumerate(cursors) if what != "frame"]
    assert cursors[a - 1] == ("frame", start) and cursors[b - 1] == ("frame", cursors[a][1])
    assert len({start, cursors[a][1], cursors[b][1]}) == 3 and hub.cursor("nobody") is None


def test_remove_with_wait_returns_after_the_rooms_last_event(fake, make_hub):
    kept, gone = fake.room("kept"), fake.room("gone")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "chat", "disconnected")
    for name in ("kept", "gone"):
        hub.add(name)
    recorder.wait_for(lambda r: set(by_room(r, "connected")) == {"kept", "gone"}, LONG)
    gone.chat("a", "last")
    recorder.wait_for(lambda r: comments(r, "gone") == ["last"])
    assert hub.remove("gone", wait=True)
    assert [e.name for e in recorder.events if e.unique_id == "gone"][-1] == "disconnected"
    after = len(recorder.events)
    gone.chat("a", "never seen")
    kept.chat("a", "still flowing")
    recorder.wait_for(lambda r: comments(r, "kept") == ["still flowing"])
    assert [e.unique_id for e in recorder.events[after:]] == ["kept"]
    assert not hub.remove("gone", wait=True) and hub.rooms == ["kept"]


def test_remove_with_wait_of_a_room_not_connected_yet_and_of_a_closing_hub_returns(fake, make_hub):
    fake.room("sleepy", live=False)
    fake.room("live")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected")
    hub.add("sleepy")
    hub.add("live")
    recorder.wait_for(lambda r: r.named("connected"), LONG)
    assert hub.remove("sleepy", wait=True)
    closing = threading.Thread(target=hub.close)
    closing.start()
    hub.remove("live", wait=True)  # the close or the removal ends it: either way it returns
    closing.join(WAIT)
    assert not closing.is_alive() and hub.rooms == []


def test_remove_with_wait_from_a_handler_is_refused(fake, make_hub):
    fake.room("streamer")
    hub = make_hub(process_initial_data=False)
    errors: List[BaseException] = []
    done = threading.Event()

    def on_connected(event: Any) -> None:
        try:
            hub.remove(event.unique_id, wait=True)
        except HandlerThreadError as exc:
            errors.append(exc)
        hub.remove(event.unique_id)  # without waiting it is fine
        done.set()

    hub.on("connected", on_connected)
    hub.add("streamer")
    assert done.wait(LONG)
    assert len(errors) == 1 and hub.rooms == []


class CountingPacer(Pacer):
    """A pacer of the caller's: counts the turns taken and the holds asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.turns = 0
        self.holds: List[float] = []
        self.stopped = False

    def wait(self) -> bool:
        self.turns += 1
        return super().wait()

    def hold(self, seconds: float) -> None:
        self.holds.append(seconds)
        super().hold(seconds)

    def stop(self) -> None:
        self.stopped = True
        super().stop()


def test_a_pacer_of_the_callers_paces_every_signing_and_is_held_by_a_429(fake, make_hub):
    for name in ("r1", "r2"):
        fake.room(name)
    fake.faults.sign_rate_limit(retry_after=1, count=1)
    pacer = CountingPacer()
    hub = make_hub(process_initial_data=False, pacer=pacer)
    recorder = listen(hub, "connected", "error")
    hub.add("r1")
    hub.add("r2")
    recorder.wait_for(lambda r: set(by_room(r, "connected")) == {"r1", "r2"}, LONG)
    assert isinstance(recorder.named("error")[0].exception, SignatureRateLimitError)
    assert pacer.turns == len(fake.requests_to("sign_connect")) == 3 and pacer.holds == [1.0]
    hub.close()
    assert pacer.stopped
    with pytest.raises(InvalidOptionError):
        Hub(pacer=Pacer(), connect_rate=1.0)


def test_remove_with_wait_of_a_room_connecting_returns_once_its_connect_came_back(fake, make_hub):
    room = fake.room("streamer")
    arrived, gate = threading.Event(), threading.Event()

    def hold(request: Any) -> bool:  # holds the WebSocket handshake
        arrived.set()
        return not gate.wait(WAIT)

    fake.faults.add("push", match=hold)
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "disconnected")
    hub.add("streamer")
    assert arrived.wait(LONG)
    removing = threading.Thread(target=hub.remove, args=("streamer",), kwargs={"wait": True})
    removing.start()
    fake.wait_for(lambda: hub.rooms == [], WAIT)
    assert removing.is_alive()  # its socket is being opened: not done yet
    gate.set()
    removing.join(WAIT)
    assert not removing.is_alive() and recorder.events == []  # the socket opened late was closed unused
    fake.wait_for(lambda: room.sockets() == [], WAIT)
