"""Hub: many rooms through real sockets of the fake, with one reader thread and a few connectors."""
from __future__ import annotations

import os
import select
import socket
import threading
from typing import Any, Dict, Iterator, List

import pytest
import websocket
from helpers import Recorder, connection, listen

from tiktoklive import Backoff, Hub, HubClosedError
from tiktoklive.errors import HandlerThreadError, SignatureRateLimitError, UnknownOptionError
from tiktoklive.events import ErrorEvent
from tiktoklive.hub import ROOM_FAILED
from tiktoklive.testing import FakeTikTok
from tiktoklive.testing import ws as server_ws
from tiktoklive.transport import PushClient

#: Upper bound of the waits of tests that connect hundreds of rooms (reached only when one fails).
LONG = 120.0
#: Fast retries, so that the tests of failures are quick.
QUICK_RETRY = Backoff(initial=0.05, factor=1.0, jitter=0.0, max_attempts=2)


def hub_threads() -> List[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("tiktoklive-hub")]


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def make_hub(fake: FakeTikTok) -> Iterator[Any]:
    made: List[Hub] = []

    def make(**options: Any) -> Hub:
        hub = Hub(**{**fake.client_options(), "offline_poll_interval": 0.2, "reconnect": QUICK_RETRY, **options})
        made.append(hub)
        return hub

    yield make
    for hub in made:
        hub.close()


def by_room(recorder: Recorder, name: str) -> Dict[str, List[Any]]:
    rooms: Dict[str, List[Any]] = {}
    for event in recorder.named(name):
        rooms.setdefault(event.unique_id, []).append(event)
    return rooms


def connect_all(hub: Hub, recorder: Recorder, names: List[str], timeout: float = LONG) -> None:
    for name in names:
        hub.add(name)
    recorder.wait_for(lambda r: set(by_room(r, "connected")) >= set(names), timeout)


def test_hundreds_of_rooms_each_get_exactly_their_own_events_in_order(fake, make_hub):
    rooms = [fake.room(f"streamer{i}") for i in range(300)]
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "chat", "error")
    connect_all(hub, recorder, [room.unique_id for room in rooms])
    for n in range(5):
        for room in rooms:
            room.chat(f"viewer{n}", f"{room.unique_id} #{n}")
    recorder.wait_for(lambda r: len(r.named("chat")) >= 5 * len(rooms), LONG)
    chats = by_room(recorder, "chat")
    for room in rooms:
        assert [e.comment for e in chats[room.unique_id]] == [f"{room.unique_id} #{n}" for n in range(5)]
        assert {e.room_id for e in chats[room.unique_id]} == {str(room.room_id)}
    assert recorder.named("error") == []
    assert set(recorder.threads) == {"tiktoklive-hub-reader"}
    assert len(hub.rooms) == 300 and hub.status("streamer7") == "connected"


def test_a_dropped_room_reconnects_where_it_stopped_while_the_others_flow(fake, make_hub):
    steady, dropped = fake.room("steady"), fake.room("dropped")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "websocketConnected", "chat", "error", "disconnected")
    connect_all(hub, recorder, ["steady", "dropped"])
    dropped.chat("a", "before")
    recorder.wait_for(lambda r: "dropped" in by_room(r, "chat"))
    dropped.drop_connections()
    recorder.wait_for(lambda r: len(by_room(r, "websocketConnected")["dropped"]) == 2, LONG)
    for n in range(3):
        steady.chat("a", f"steady {n}")
        dropped.chat("a", f"after {n}")
    recorder.wait_for(lambda r: len(r.named("chat")) == 7, LONG)
    chats = by_room(recorder, "chat")
    assert [e.comment for e in chats["steady"]] == ["steady 0", "steady 1", "steady 2"]
    assert [e.comment for e in chats["dropped"]] == ["before", "after 0", "after 1", "after 2"]
    errors = recorder.named("error")
    assert [(e.unique_id, e.info) for e in errors] == [("dropped", ErrorEvent.WEBSOCKET_FAILED)]
    assert recorder.named("disconnected") == [] and len(by_room(recorder, "connected")["dropped"]) == 1


def test_an_offline_room_is_polled_and_connected_once_live(fake, make_hub):
    live, later = fake.room("live_now"), fake.room("live_later", live=False)
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "chat", "error")
    hub.add("live_later")
    connect_all(hub, recorder, ["live_now"])
    fake.wait_for(lambda: len(fake.requests_to("room_info")) >= 3, LONG)  # polled a few times
    live.chat("a", "flowing")
    recorder.wait_for(lambda r: len(r.named("chat")) == 1)
    assert hub.status("live_later") in ("offline", "connecting")
    later.go_live()
    recorder.wait_for(lambda r: "live_later" in by_room(r, "connected"), LONG)
    later.chat("b", "hello")
    recorder.wait_for(lambda r: "live_later" in by_room(r, "chat"))
    assert recorder.named("error") == []


def test_a_rate_limited_connect_waits_for_the_reset_and_the_others_connect(fake, make_hub):
    for name in ("r1", "r2", "r3"):
        fake.room(name)
    fake.faults.sign_rate_limit(retry_after=1, count=1)
    hub = make_hub(process_initial_data=False, connectors=1)
    recorder = listen(hub, "connected", "error")
    connect_all(hub, recorder, ["r1", "r2", "r3"])
    (error,) = recorder.named("error")
    assert isinstance(error.exception, SignatureRateLimitError) and error.info == ErrorEvent.CONNECTING_FAILED
    assert error.unique_id in ("r1", "r2", "r3")
    assert hub.rooms == ["r1", "r2", "r3"]


def test_a_room_that_fails_for_good_is_dropped_and_reported(fake, make_hub):
    fake.room("real")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "error")
    hub.add("nobody_here")
    connect_all(hub, recorder, ["real"])
    recorder.wait_for(lambda r: any(e.info == ROOM_FAILED for e in r.named("error")), LONG)
    failures = [e for e in recorder.named("error") if e.info == ROOM_FAILED]
    assert [e.unique_id for e in failures] == ["nobody_here"]
    assert {e.unique_id for e in recorder.named("error")} == {"nobody_here"}
    assert hub.rooms == ["real"] and hub.status("nobody_here") is None


def test_rooms_are_added_and_removed_while_running(fake, make_hub):
    one, two, three = fake.room("one"), fake.room("two"), fake.room("three")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "chat", "disconnected")
    connect_all(hub, recorder, ["one", "two"])
    assert hub.add("@one") is False
    assert hub.remove("two") is True and hub.remove("two") is False
    recorder.wait_for(lambda r: "two" in by_room(r, "disconnected"))
    fake.wait_for(lambda: not two.sockets())
    assert [(s.closed_by, s.close_code) for s in fake.sockets if s.room_id == two.room_id] == [("client", 1000)]
    connect_all(hub, recorder, ["three"])
    for room in (one, two, three):
        room.chat("a", room.unique_id)
    recorder.wait_for(lambda r: len(r.named("chat")) == 2)
    assert sorted(by_room(recorder, "chat")) == ["one", "three"]
    assert hub.rooms == ["one", "three"]


def test_the_end_of_a_stream_closes_that_room_and_waits_for_the_next(fake, make_hub):
    ending, other = fake.room("ending"), fake.room("other")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "streamEnd", "disconnected", "chat")
    connect_all(hub, recorder, ["ending", "other"])
    ending.end_stream()
    recorder.wait_for(lambda r: "ending" in by_room(r, "disconnected"), LONG)
    assert [e.unique_id for e in recorder.named("streamEnd")] == ["ending"]
    other.chat("a", "still here")
    recorder.wait_for(lambda r: len(r.named("chat")) == 1)
    assert hub.status("ending") in ("offline", "connecting")
    ending.go_live()
    recorder.wait_for(lambda r: len(by_room(r, "connected")["ending"]) == 2, LONG)


def test_handlers_once_off_iter_events_and_handler_errors(fake, make_hub):
    room = fake.room("api")
    hub = make_hub(process_initial_data=False)
    firsts, recorder = [], listen(hub, "connected", "error")

    def broken(event):
        raise RuntimeError("boom")

    hub.once("chat", firsts.append)
    hub.on("chat", broken)
    with hub.iter_events(["chat"], timeout=LONG) as stream:
        connect_all(hub, recorder, ["api"])
        room.chat("a", "one")
        room.chat("a", "two")
        got = [next(stream).comment, next(stream).comment]
    assert got == ["one", "two"] and [e.comment for e in firsts] == ["one"]
    errors = recorder.wait_count("error", 2)
    assert {(e.unique_id, e.info, str(e.exception)) for e in errors} == {
        ("api", ErrorEvent.PROCESSING_FAILED, "boom")}
    assert hub.off("chat", broken) == 1


def test_nothing_is_left_after_close(fake):
    rooms = [fake.room(f"leak{i}") for i in range(20)]
    threads_before, fds_before = hub_threads(), open_descriptors()
    recorder = Recorder()
    with Hub(**fake.client_options(), process_initial_data=False) as hub:
        hub.on("connected", recorder)
        hub.on("disconnected", recorder)
        with hub.iter_events(["chat"]) as stream:
            connect_all(hub, recorder, [room.unique_id for room in rooms])
            assert len(hub_threads()) >= 2
    assert sorted(e.unique_id for e in recorder.named("disconnected")) == sorted(r.unique_id for r in rooms)
    assert list(stream) == []
    assert hub_threads() == threads_before == []
    # both ends live in this process: the fake's ends close once it sees the hub's go
    fake.wait_for(lambda: open_descriptors() <= fds_before, message=f"descriptors left: {os.listdir('/proc/self/fd')}")
    with pytest.raises(HubClosedError):
        hub.add("leak0")


def test_options_are_checked_before_any_io():
    with pytest.raises(UnknownOptionError, match="connect_rate"):
        Hub(conect_rate=3)
    assert hub_threads() == []


def test_connection_events_say_which_room_they_came_from(fake):
    room = fake.room("solo")
    conn = connection(fake, "solo", process_initial_data=False)
    recorder = listen(conn, "connected", "chat")
    conn.connect()
    room.chat("a", "hi")
    (chat,) = recorder.wait_count("chat")
    assert (chat.unique_id, chat.room_id) == ("solo", str(room.room_id))
    assert recorder.named("connected")[0].room_id == str(room.room_id)


def test_a_frame_that_arrives_in_pieces_is_read_once_whole():
    """websocket-client keeps a partial frame across non-blocking reads (what the hub relies on)."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: List[socket.socket] = []

    def serve() -> None:
        conn, _ = listener.accept()
        request = b""
        while b"\r\n\r\n" not in request:
            request += conn.recv(4096)
        key = next(line.split(b":", 1)[1].strip().decode() for line in request.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key"))
        conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Accept: {server_ws.accept_key(key)}\r\n\r\n").encode())
        accepted.append(conn)

    thread = threading.Thread(target=serve)
    thread.start()
    ws = websocket.create_connection(f"ws://127.0.0.1:{listener.getsockname()[1]}/")
    thread.join()
    sock, (server,) = PushClient(ws, heartbeat_interval=10, heartbeat_timeout=None), accepted
    try:
        ws.settimeout(0)
        frames: List[bytes] = []
        data = server_ws.encode(server_ws.OPCODE_BINARY, b"x" * 300)
        for piece in (data[:1], data[1:3], data[3:100], data[100:]):
            assert frames == []
            server.sendall(piece)
            assert select.select([ws.sock], [], [], 5)[0]
            assert sock.read_ready(frames.append) is None
        assert frames == [b"x" * 300]
        server.sendall(server_ws.encode_close(1000, "bye"))
        assert select.select([ws.sock], [], [], 5)[0]
        closure = sock.read_ready(frames.append)
        assert closure is not None and (closure.code, closure.reason, closure.by_server) == (1000, "bye", True)
    finally:
        sock.shutdown()
        server.close()
        listener.close()


def test_a_handler_may_close_the_hub_but_not_wait_for_it(fake, make_hub):
    room = fake.room("closer")
    hub = make_hub(process_initial_data=False)
    refused: List[BaseException] = []

    @hub.on("chat")
    def on_chat(event):
        try:
            hub.wait()
        except HandlerThreadError as exc:
            refused.append(exc)
        hub.close()

    recorder = listen(hub, "connected", "disconnected")
    connect_all(hub, recorder, ["closer"])
    room.chat("a", "bye")
    assert hub.wait(LONG) is True
    assert len(refused) == 1 and [e.unique_id for e in recorder.named("disconnected")] == ["closer"]
    assert hub_threads() == []


def test_a_failed_room_is_tried_again_after_failed_retry_interval(fake, make_hub):
    hub = make_hub(process_initial_data=False, failed_retry_interval=0.2)
    recorder = listen(hub, "connected", "error")
    hub.add("late_signup")
    recorder.wait_for(lambda r: any(e.info == ROOM_FAILED for e in r.named("error")), LONG)
    assert hub.rooms == ["late_signup"]  # kept, to be tried again
    room = fake.room("late_signup")
    recorder.wait_for(lambda r: "late_signup" in by_room(r, "connected"), LONG)
    chats = listen(hub, "chat")
    room.chat("a", "here")
    assert [e.comment for e in chats.wait_count("chat")] == ["here"]


def test_a_stream_that_ends_is_not_reconnected_however_the_socket_closes(fake, make_hub):
    room = fake.room("abrupt")
    hub = make_hub(process_initial_data=False)
    recorder = listen(hub, "connected", "websocketConnected", "streamEnd", "disconnected", "error")
    connect_all(hub, recorder, ["abrupt"])
    room.end_stream(close_after=0)
    recorder.wait_for(lambda r: r.named("disconnected"), LONG)
    assert [e.name for e in recorder.named("streamEnd")] == ["streamEnd"] and recorder.named("error") == []
    assert len(recorder.named("websocketConnected")) == 1
