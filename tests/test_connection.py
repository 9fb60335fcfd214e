"""Connection against the fake TikTok, through real sockets: lifecycle, events, acks, heartbeats, handlers."""
from __future__ import annotations

import threading
from typing import List

import pytest
from helpers import WAIT, Recorder, client_threads, connect_in_thread, connection, listen

from tiktoklive import Connection, ControlEvent, WebcastEvent
from tiktoklive.errors import AlreadyConnectedError, AlreadyConnectingError, UnknownEventError
from tiktoklive.events import ErrorEvent
from tiktoklive.testing import factory

# ---------------------------------------------------------------- lifecycle


def test_connect_returns_the_state_and_disconnect_joins_the_reader(fake):
    room = fake.room("streamer", title="Cooking")
    conn = connection(fake)
    assert not conn.is_connected and conn.state.room_id is None
    state = conn.connect()
    assert state.is_connected and not state.is_connecting
    assert state.room_id == str(room.room_id) == conn.room_id
    assert state.room_info.title == "Cooking" and conn.room_info is state.room_info
    assert conn.ws_client is not None and conn.is_connected
    assert client_threads() == ["tiktoklive-reader[@streamer]"]
    assert "CONNECTED" in repr(conn) and "@streamer" in repr(conn)
    disconnected = listen(conn, ControlEvent.DISCONNECTED)
    conn.disconnect()
    assert client_threads() == []
    assert not conn.is_connected and conn.room_id is None and conn.ws_client is None
    [event] = disconnected.events
    assert event.code == 1000
    assert conn.wait(0) is True


def test_scripted_events_arrive_in_order_with_their_data(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    names = [WebcastEvent.CHAT, WebcastEvent.GIFT, WebcastEvent.LIKE, WebcastEvent.FOLLOW, WebcastEvent.SHARE,
             WebcastEvent.MEMBER, WebcastEvent.ROOM_USER, WebcastEvent.SUB_NOTIFY, WebcastEvent.SUBSCRIBE,
             WebcastEvent.QUESTION_NEW, WebcastEvent.LINK_MIC_BATTLE, WebcastEvent.CONTROL_MESSAGE,
             WebcastEvent.STREAM_END,
             ControlEvent.DISCONNECTED]
    recorder = listen(conn, *names)
    conn.connect()
    room.chat("alice", "hello there")
    room.gift("bob", 5655, repeat=2)
    room.like("carol", 15)
    room.follow("dave")
    room.share("erin")
    room.join("frank")
    room.viewers(321, [("alice", 50)])
    room.subscribe("grace", sub_month=3)
    room.question("heidi", "what are you cooking?")
    room.battle("rival")
    room.end_stream()
    assert conn.wait(WAIT)
    assert recorder.names == ["chat", "gift", "gift", "gift", "like", "follow", "share", "member", "roomUser",
                              "subNotify", "subscribe", "questionNew", "linkMicBattle", "controlMessage", "streamEnd",
                              "disconnected"]
    chat, gift1, gift2, gift3, like, follow, share, member, viewers, sub, subscribe, question = recorder.events[:12]
    assert (chat.user.unique_id, chat.comment) == ("alice", "hello there")
    assert [(g.repeat_count, g.final) for g in (gift1, gift2, gift3)] == [(1, False), (2, False), (2, True)]
    assert gift3.gift_name == "Rose" and gift3.extended_gift_info is None
    assert (like.user.unique_id, like.like_count) == ("carol", 15)
    assert follow.user.unique_id == "dave" and share.user.unique_id == "erin"
    assert member.user.unique_id == "frank" and viewers.viewer_count == 321
    assert sub.sub_month == 3 and subscribe.to_legacy()["subMonth"] == 3
    assert question.question_text == "what are you cooking?"
    assert recorder.events[-2].action == 3
    assert set(recorder.threads) == {"tiktoklive-reader[@streamer]"}
    assert client_threads() == []


def test_a_message_of_every_type_becomes_the_events_the_decoder_gives(fake):
    from tiktoklive import codec
    from tiktoklive.events import MESSAGE_TYPES
    from tiktoklive.events.names import EVENT_NAMES

    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, *sorted(EVENT_NAMES - {"connected", "websocketConnected", "websocketData", "rawData",
                                                   "decodedData", "enterRoom"}))
    conn.connect()
    examples = [factory.example(method) for method in sorted(MESSAGE_TYPES)]
    for message in examples:
        if message.DESCRIPTOR.name != "WebcastControlMessage":  # that one ends the stream: last
            room.send(message)
    room.control(3)
    assert conn.wait(WAIT)
    expected = [e.name for m in examples if m.DESCRIPTOR.name != "WebcastControlMessage"
                for e in codec.decode_events(m.common.method, m.SerializeToString())]
    expected += ["controlMessage", "streamEnd", "disconnected"]
    assert recorder.names == expected
    assert len(set(expected)) > 60
    for event in recorder.events[:-3]:
        assert event.to_dict() and event.method in MESSAGE_TYPES


def test_initial_batch_fires_before_connected_on_the_connecting_thread(fake):
    room = fake.room("streamer")
    room.add_history(factory.chat("early_bird", "first!"), factory.chat("second_bird", "second"))
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.WEBSOCKET_CONNECTED, ControlEvent.CONNECTED)
    state = conn.connect()
    assert recorder.names == ["chat", "chat", "websocketConnected", "connected"]
    assert [e.comment for e in recorder.named("chat")] == ["first!", "second"]
    assert recorder.named("connected")[0].state == state
    assert set(recorder.threads) == {threading.current_thread().name}
    conn.disconnect()

    quiet = connection(fake, process_initial_data=False)
    recorder = listen(quiet, WebcastEvent.CHAT, ControlEvent.CONNECTED)
    quiet.connect()
    assert recorder.names == ["connected"]
    quiet.disconnect()


def test_every_frame_that_asks_for_an_ack_is_acked(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    chats = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    for n in range(3):
        room.chat("alice", str(n))
    room.send(factory.chat("alice", "no ack wanted"), need_ack=False)
    chats.wait_count("chat", 4)
    [sock] = fake.sockets
    fake.wait_for(lambda: len(sock.acks) == 3)
    assert sock.unacked == set()
    assert [log_id for log_id, _ in sock.acks] == sock.sent_log_ids
    assert all(ext.startswith("internal_src:pushserver") for _, ext in sock.acks)
    conn.disconnect()


def test_enter_room_then_heartbeats_with_growing_sequence(fake):
    room = fake.room("streamer")
    conn = connection(fake, heartbeat_interval=0.05, heartbeat_timeout=None)
    entered = listen(conn, ControlEvent.ENTER_ROOM)
    conn.connect()
    fake.wait_for(lambda: len(fake.heartbeats) >= 3)
    conn.disconnect()
    [enter] = fake.entered
    assert enter.room_id == room.room_id and enter.live_id == 12 and enter.identity == "audience"
    assert enter.enter_unique_id > 0
    beats = fake.heartbeats
    assert [hb.send_packet_seq_id for hb in beats] == list(range(1, len(beats) + 1))
    assert {hb.room_id for hb in beats} == {room.room_id}
    assert entered.events and entered.events[0].frame.payload_type == "im_enter_room_resp"


def test_a_quiet_room_stays_connected_for_many_heartbeat_timeouts(fake):
    """Nothing but pongs for 25 heartbeat intervals (2.5 heartbeat timeouts): the socket is alive."""
    room = fake.room("streamer")
    conn = connection(fake, process_initial_data=False, heartbeat_interval=0.1, heartbeat_timeout=1.0)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR, ControlEvent.DISCONNECTED,
                      ControlEvent.WEBSOCKET_CONNECTED)
    conn.connect()
    fake.wait_for(lambda: len(fake.heartbeats) >= 25, timeout=WAIT * 3)
    assert conn.is_connected and recorder.names == ["websocketConnected"]
    room.chat("alice", "still here?")
    recorder.wait_count("chat")
    assert recorder.names == ["websocketConnected", "chat"] and len(fake.sockets) == 1


def test_connect_twice_raises_and_connecting_twice_raises(fake):
    fake.room("streamer")
    conn = connection(fake)
    conn.connect()
    with pytest.raises(AlreadyConnectedError):
        conn.connect()
    conn.disconnect()

    slow = connection(fake)
    fake.faults.delay("room_info", 1.0)
    worker = threading.Thread(target=slow.connect)
    worker.start()
    fake.wait_for(lambda: fake.requests_to("room_info") and slow.is_connecting)
    with pytest.raises(AlreadyConnectingError):
        slow.connect()
    worker.join(WAIT)
    assert slow.is_connected
    slow.disconnect()


def test_context_manager_disconnects_and_closes(fake):
    room = fake.room("streamer")
    with connection(fake) as conn:
        recorder = listen(conn, WebcastEvent.CHAT)
        conn.connect()
        room.chat("alice", "hi")
        recorder.wait_count("chat")
    assert not conn.is_connected and client_threads() == []
    fake.wait_for(lambda: all(s.close_code is not None for s in fake.sockets))
    assert fake.sockets[0].closed_by == "client" and fake.sockets[0].close_code == 1000


def test_stream_end_disconnects_without_reconnecting(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.STREAM_END, ControlEvent.DISCONNECTED, ControlEvent.WEBSOCKET_CONNECTED)
    conn.connect()
    room.end_stream()
    assert conn.wait(WAIT) is True  # no error
    assert recorder.names == ["websocketConnected", "streamEnd", "disconnected"]
    assert len(fake.requests_to("sign_connect")) == 1


def test_run_forever_connects_and_returns_when_the_stream_ends(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    conn.on(ControlEvent.CONNECTED, lambda event: room.end_stream())
    conn.run_forever()
    assert not conn.is_connected and client_threads() == []


@pytest.mark.usefixtures("ctrl_c_while_waiting")
def test_ctrl_c_in_run_forever_disconnects_cleanly(fake):
    fake.room("streamer")
    conn = connection(fake)
    disconnected = listen(conn, ControlEvent.DISCONNECTED)
    with pytest.raises(KeyboardInterrupt):
        conn.run_forever()
    assert disconnected.events[0].code == 1000 and client_threads() == []
    fake.wait_for(lambda: fake.sockets[0].closed_by == "client")


def test_ctrl_c_while_the_reader_starts_leaves_nothing_running(fake, monkeypatch):
    fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, ControlEvent.DISCONNECTED, ControlEvent.ERROR)
    start = threading.Thread.start

    def start_then_ctrl_c(thread: threading.Thread) -> None:  # the signal lands inside Thread.start()
        start(thread)
        if thread.name.startswith("tiktoklive-reader"):
            raise KeyboardInterrupt

    monkeypatch.setattr(threading.Thread, "start", start_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        conn.connect()
    monkeypatch.undo()
    fake.wait_for(lambda: not client_threads() and fake.sockets[0].close_code is not None)
    assert not conn.is_connected and recorder.events == []
    conn.disconnect()  # nothing left to do
    conn.connect()  # and usable again
    conn.disconnect()
    assert recorder.names == ["disconnected"]


def test_disconnect_from_another_thread_while_connect_finishes_waits_for_the_end(fake):
    fake.room("streamer")
    conn = connection(fake)
    disconnected = listen(conn, ControlEvent.DISCONNECTED)
    seen_on_return = []

    def disconnect_elsewhere() -> None:
        conn.disconnect()
        seen_on_return.append((disconnected.names, conn.is_connected))

    other = threading.Thread(target=disconnect_elsewhere)

    @conn.on(ControlEvent.CONNECTED)
    def meanwhile(event):  # runs in connect(), before the reader thread exists
        other.start()
        fake.wait_for(lambda: conn.disconnecting)

    conn.connect()
    other.join(WAIT)
    assert seen_on_return == [(["disconnected"], False)]
    assert client_threads() == []
    conn.connect()  # usable again at once
    conn.disconnect()


def test_disconnect_while_connecting_stops_the_connect(fake):
    fake.room("streamer")
    conn = connection(fake)
    gate = threading.Event()
    fake.faults.add("sign_connect", match=lambda request: gate.wait(WAIT))
    connecting, failures = connect_in_thread(conn)
    fake.wait_for(lambda: fake.requests_to("sign_connect"))
    stopper = threading.Thread(target=conn.disconnect)
    stopper.start()
    fake.wait_for(lambda: conn.disconnecting)
    gate.set()
    stopper.join(WAIT)
    assert not conn.is_connecting and not conn.is_connected and client_threads() == []
    connecting.join(WAIT)
    assert "disconnect() was called while connecting" in str(failures[0])


# ---------------------------------------------------------------- handlers


def test_on_once_off_and_decorator_forms(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    everything, first = Recorder(), Recorder()

    @conn.on("chat")
    def decorated(event):
        everything(event)

    assert decorated.__name__ == "decorated"
    conn.once(WebcastEvent.CHAT, first)
    removed = Recorder()
    conn.on("chat", removed)
    assert conn.off("chat", removed) == 1
    conn.connect()
    for n in range(3):
        room.chat("alice", str(n))
    everything.wait_count("chat", 3)
    assert [e.comment for e in first.events] == ["0"] and removed.events == []
    with pytest.raises(UnknownEventError):
        conn.on("comment", print)
    conn.disconnect()


def test_a_raising_handler_emits_error_and_the_stream_goes_on(fake, caplog):
    room = fake.room("streamer")
    conn = connection(fake)

    def broken(event):
        raise KeyError("oops")

    conn.on("chat", broken)
    healthy = listen(conn, WebcastEvent.CHAT)
    errors = listen(conn, ControlEvent.ERROR)
    conn.connect()
    for n in range(3):
        room.chat("alice", str(n))
    healthy.wait_count("chat", 3)
    assert [e.comment for e in healthy.events] == ["0", "1", "2"]
    assert len(errors.events) == 3 and all(isinstance(e.exception, KeyError) for e in errors.events)
    assert [e.event.comment for e in errors.events] == ["0", "1", "2"]
    assert conn.is_connected
    assert "test_a_raising_handler_emits_error_and_the_stream_goes_on.<locals>.broken" in caplog.text
    conn.disconnect()


def test_disconnect_from_a_handler_does_not_deadlock(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    conn.on("chat", lambda event: conn.disconnect())
    recorder = listen(conn, ControlEvent.DISCONNECTED)
    conn.connect()
    room.chat("alice", "bye")
    assert conn.wait(WAIT)
    recorder.wait_count("disconnected")
    assert client_threads() == []


def test_raw_mirrors_fire_only_for_listeners_and_carry_the_bytes(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    frames, raw, decoded = (listen(conn, name) for name in (ControlEvent.WEBSOCKET_DATA, ControlEvent.RAW_DATA,
                                                             ControlEvent.DECODED_DATA))
    chats = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    sent = room.send(factory.chat("alice", "one"), factory.chat("bob", "two"))
    chats.wait_count("chat", 2)
    data_frames = [e.data for e in frames.events]
    assert all(isinstance(d, bytes) for d in data_frames)
    from tiktoklive import codec

    results = [codec.unpack_frame(d)[1] for d in data_frames]
    assert sent in [r.SerializeToString() for r in results if r is not None]
    messages = codec.parse_fetch_result(sent).messages
    assert [(e.method, e.data) for e in raw.events] == [(m.method, m.payload) for m in messages]
    assert [e.event.comment for e in decoded.events] == ["one", "two"]
    conn.disconnect()


def test_extended_gift_info_names_the_gift(fake):
    room = fake.room("streamer")
    conn = connection(fake, enable_extended_gift_info=True)
    gifts = listen(conn, WebcastEvent.GIFT)
    state = conn.connect()
    assert {g.name for g in state.available_gifts} >= {"Rose", "Lion"}
    room.gift("alice", 6369)  # Lion, not streakable
    [gift] = gifts.wait_count("gift")
    assert gift.extended_gift_info["name"] == "Lion" and gift.extended_gift_info["diamond_count"] == 29999
    assert gift.extended_gift_info["image"]["url_list"]
    conn.disconnect()


def test_http_helpers_work_without_connecting(fake):
    room = fake.room("streamer", title="Morning show")
    fake.room("sleeper", live=False)
    conn = connection(fake)
    assert conn.fetch_room_id() == str(room.room_id) == conn.room_id
    assert conn.fetch_is_live() is True and conn.fetch_is_live("sleeper") is False
    assert conn.fetch_room_info().title == "Morning show"
    assert any(g.name == "Rose" for g in conn.fetch_available_gifts())
    assert conn.wait_until_live(poll_interval=0.01, timeout=WAIT) is True
    assert client_threads() == []
    conn.close()


def test_send_message_posts_to_the_room_as_the_logged_in_user(fake):
    from tiktoklive.errors import AuthenticatedWebSocketError

    fake.room("streamer")
    conn = connection(fake, session_id="a-session", tt_target_idc="useast1a", authenticate_ws=True)
    chats = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    answer = conn.send_message("hello from the bot")
    [chat] = chats.wait_count("chat")
    assert chat.comment == "hello from the bot" and answer["data"]["msg_id"] == str(chat.msg_id)

    anonymous = connection(fake)
    errors = listen(anonymous, ControlEvent.ERROR)
    with pytest.raises(AuthenticatedWebSocketError):
        anonymous.send_message("hi")
    assert [e.info for e in errors.events] == [ErrorEvent.SEND_MESSAGE_FAILED]
    conn.disconnect()


def test_connections_to_two_rooms_share_nothing(fake):
    one, two = fake.room("one"), fake.room("two")
    first, second = connection(fake, "one"), connection(fake, "two")
    got_one, got_two = listen(first, WebcastEvent.CHAT), listen(second, WebcastEvent.CHAT)
    first.connect()
    second.connect()
    assert sorted(client_threads()) == ["tiktoklive-reader[@one]", "tiktoklive-reader[@two]"]
    one.chat("alice", "for one")
    two.chat("bob", "for two")
    got_one.wait_count("chat")
    got_two.wait_count("chat")
    first.disconnect()
    two.chat("bob", "still two")
    got_two.wait_count("chat", 2)
    second.disconnect()
    assert [e.comment for e in got_one.events] == ["for one"]
    assert [e.comment for e in got_two.events] == ["for two", "still two"]
    assert first.web_client is not second.web_client


def test_busy_rooms_in_parallel_each_get_exactly_their_own_messages(fake):
    from tiktoklive.events.names import WEBCAST_EVENT_NAMES

    rooms = [fake.room(f"busy{n}") for n in range(4)]
    connections, counts = [], []
    for room in rooms:
        conn = connection(fake, room.unique_id)
        seen: List[int] = []
        for name in WEBCAST_EVENT_NAMES:  # one event per message of the busy mix
            conn.on(name, lambda event, seen=seen, room_id=room.room_id: seen.append(event.common.room_id == room_id))
        conn.connect()
        connections.append(conn)
        counts.append(seen)
    streams = [room.busy(3000, duration=0.5, seed=n) for n, room in enumerate(rooms)]
    for stream in streams:
        stream.wait(WAIT)
    fake.wait_for(lambda: all(sock.sent_log_ids and not sock.unacked for sock in fake.sockets), timeout=WAIT)
    for conn in connections:
        conn.disconnect()
    assert [len(seen) for seen in counts] == [stream.sent for stream in streams]
    assert all(all(seen) for seen in counts)
    assert client_threads() == []


def test_connect_with_a_room_id_skips_the_lookup(fake):
    room = fake.room("streamer")
    conn = connection(fake, fetch_room_info_on_connect=False)
    assert conn.connect(room_id=room.room_id).room_id == str(room.room_id)
    conn.disconnect()
    assert not fake.requests_to("live_page") and not fake.requests_to("api_live")
    assert not fake.requests_to("room_info")


def test_options_are_checked_before_any_io(fake):
    from tiktoklive.errors import InvalidOptionError, InvalidTypeError, UnknownOptionError

    with pytest.raises(UnknownOptionError, match="valid options: .*auto_reconnect") as unknown:
        Connection("streamer", auto_reconect=False)
    assert isinstance(unknown.value, TypeError)
    with pytest.raises(UnknownOptionError, match="ws_client_options"):
        Connection("streamer", ws_client_options={"proxy": "x"})
    with pytest.raises(InvalidTypeError, match="not str"):
        Connection("streamer", reconnect="often")  # type: ignore[arg-type]
    with pytest.raises(InvalidOptionError):
        Connection("streamer", heartbeat_interval=10, heartbeat_timeout=5)
    conn = Connection("@streamer", **fake.client_options())
    assert conn.options["heartbeat_interval"] == 10.0 and conn.options["auto_reconnect"] is True
    assert conn.unique_id == "streamer"
    assert fake.requests == []
