"""Connection failures against the fake TikTok: reconnects, heartbeat timeouts, faults, polling, the iterator, leaks."""
from __future__ import annotations

import logging
import os
import threading

import pytest
from helpers import WAIT, Recorder, client_threads, connection, listen

from tiktoklive import Backoff, ControlEvent, WebcastEvent, codec
from tiktoklive.errors import (
    ConnectionLostError,
    HeartbeatTimeout,
    InvalidResponseError,
    SignatureRateLimitError,
    UserOfflineError,
    WebSocketRejectedError,
)
from tiktoklive.events import ErrorEvent
from tiktoklive.testing import factory, faults

FAST = Backoff(initial=0.01, jitter=0, max_attempts=3)


def comments(recorder: Recorder):
    return [event.comment for event in recorder.named("chat")]


# ---------------------------------------------------------------- reconnecting


def test_a_dropped_socket_reconnects_and_resumes_without_loss_or_repeats(fake):
    room = fake.room("streamer")
    room.add_history(factory.chat("old", "history"))
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED,
                      ControlEvent.CONNECTED, ControlEvent.DISCONNECTED)
    conn.connect()
    room.chat("alice", "before")
    recorder.wait_for(lambda r: "before" in comments(r))
    gate = threading.Event()  # holds the reconnect's initial fetch until "while away" was sent
    fake.faults.add("sign_connect", match=lambda request: gate.wait(WAIT))
    dropped = room.drop_connections()
    room.chat("alice", "while away")  # nobody is in the room: only the resumed fetch can deliver it
    gate.set()
    fake.wait_for_sockets(room, 1)
    room.chat("alice", "after")
    recorder.wait_for(lambda r: "after" in comments(r))
    conn.disconnect()
    assert dropped == 1
    assert comments(recorder) == ["history", "before", "while away", "after"]
    assert recorder.names.count("websocketConnected") == 2
    assert recorder.names.count("connected") == 1 and recorder.names.count("disconnected") == 1
    [error] = recorder.named("error")
    assert error.info == ErrorEvent.WEBSOCKET_FAILED and isinstance(error.exception, ConnectionLostError)
    resumed = fake.requests_to("sign_connect")[-1]
    assert resumed.query["cursor"]  # the reconnect asked for what came after the last cursor


def test_a_repeated_frame_is_delivered_once(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    frame = room.frame(factory.chat("alice", "once"))
    room.send_raw(frame)
    room.send_raw(frame)
    room.chat("alice", "next")
    recorder.wait_for(lambda r: "next" in comments(r))
    conn.disconnect()
    assert comments(recorder) == ["once", "next"]


@pytest.mark.parametrize("code", [1001, 1011])
def test_a_server_close_with_a_retryable_code_reconnects(fake, code):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, ControlEvent.WEBSOCKET_CONNECTED, ControlEvent.ERROR)
    conn.connect()
    room.close_connections(code, "going away")
    recorder.wait_count("websocketConnected", 2)
    assert recorder.named("error")[0].exception.code == code
    conn.disconnect()


def test_a_normal_server_close_while_the_stream_is_live_reconnects(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, ControlEvent.WEBSOCKET_CONNECTED, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    room.close_connections(1000, "bye")  # no streamEnd came: the stream is still live
    recorder.wait_count("websocketConnected", 2)
    [error] = recorder.named("error")
    assert isinstance(error.exception, ConnectionLostError)
    assert (error.exception.code, error.exception.reason) == (1000, "bye")
    assert conn.is_connected and recorder.named("disconnected") == []
    conn.disconnect()


@pytest.mark.parametrize("code, options", [(1000, {"auto_reconnect": False}), (4000, {"reconnect": FAST})])
def test_a_server_close_that_is_not_retried_ends_with_an_error_saying_why(fake, code, options):
    room = fake.room("streamer")
    conn = connection(fake, **options)
    recorder = listen(conn, ControlEvent.DISCONNECTED)
    conn.connect()
    room.close_connections(code, "bye")
    with pytest.raises(ConnectionLostError, match=f"{code} bye") as raised:
        conn.wait(WAIT)
    assert raised.value.code == code
    [event] = recorder.events
    assert (event.code, event.reason) == (code, "bye")
    assert len(fake.requests_to("sign_connect")) == 1


def test_without_auto_reconnect_a_drop_ends_the_connection_with_the_error(fake):
    room = fake.room("streamer")
    conn = connection(fake, auto_reconnect=False)
    recorder = listen(conn, ControlEvent.DISCONNECTED)
    conn.connect()
    events = conn.iter_events()
    room.drop_connections()
    with pytest.raises(ConnectionLostError):
        conn.wait(WAIT)
    assert recorder.events[0].code == 1006
    with pytest.raises(ConnectionLostError):
        for _ in events:
            pass
    assert client_threads() == []


def test_reconnecting_gives_up_after_the_last_attempt(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=Backoff(initial=0.01, jitter=0, max_attempts=2))
    errors = listen(conn, ControlEvent.ERROR)
    conn.connect()
    fake.faults.reject_websocket(415, count=None)
    room.drop_connections()
    with pytest.raises(ConnectionLostError):
        conn.wait(WAIT)
    infos = [e.info for e in errors.events]
    assert infos == [ErrorEvent.WEBSOCKET_FAILED, ErrorEvent.CONNECTING_FAILED, ErrorEvent.CONNECTING_FAILED]
    assert isinstance(errors.events[1].exception, WebSocketRejectedError)
    assert client_threads() == []


def test_disconnect_during_the_backoff_stops_at_once(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=Backoff(initial=3600))
    errors = listen(conn, ControlEvent.ERROR)
    conn.connect()
    room.drop_connections()
    errors.wait_count("error")
    conn.disconnect()  # would take an hour if the backoff did not wait on the stop event
    assert client_threads() == [] and conn.wait(0)


def test_disconnect_during_a_reconnect_attempt_reports_no_failed_attempt(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    errors = listen(conn, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    gate = threading.Event()  # holds the reconnect's sign request until disconnect() is under way
    fake.faults.add("sign_connect", match=lambda request: gate.wait(WAIT))
    room.drop_connections()
    fake.wait_for(lambda: len(fake.requests_to("sign_connect")) == 2)
    stopper = threading.Thread(target=conn.disconnect)
    stopper.start()
    fake.wait_for(lambda: conn.disconnecting)
    gate.set()
    stopper.join(WAIT)
    assert errors.names == ["error", "disconnected"] and client_threads() == []
    assert errors.events[0].info == ErrorEvent.WEBSOCKET_FAILED
    assert conn.wait(0) is True  # ended by disconnect(), not by an error


def test_a_half_open_socket_is_detected_by_the_heartbeat_timeout(fake):
    room = fake.room("streamer")
    conn = connection(fake, heartbeat_interval=0.05, heartbeat_timeout=0.3, reconnect=FAST)
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED, WebcastEvent.CHAT)
    conn.connect()
    room.stall()
    recorder.wait_count("websocketConnected", 2)
    assert isinstance(recorder.named("error")[0].exception, HeartbeatTimeout)
    room.chat("alice", "back")
    recorder.wait_for(lambda r: "back" in comments(r))
    conn.disconnect()


def test_heartbeat_timeout_without_reconnect_raises_from_wait(fake):
    room = fake.room("streamer")
    conn = connection(fake, heartbeat_interval=0.05, heartbeat_timeout=0.3, auto_reconnect=False)
    conn.connect()
    room.stall()
    with pytest.raises(HeartbeatTimeout):
        conn.wait(WAIT)


# ---------------------------------------------------------------- faults while connecting


def test_a_rejected_websocket_raises_with_tiktoks_reason(fake):
    fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.DISCONNECTED, ControlEvent.CONNECTED)
    fake.faults.reject_websocket(415, "DEVICE_BLOCKED")
    with pytest.raises(WebSocketRejectedError) as raised:
        conn.connect()
    assert (raised.value.http_status, raised.value.handshake_status, raised.value.handshake_msg) == (
        200, 415, "DEVICE_BLOCKED")
    assert recorder.names == ["error"] and recorder.events[0].info == ErrorEvent.CONNECTING_FAILED
    assert not conn.is_connected and not conn.is_connecting and client_threads() == []
    conn.connect()  # the next attempt is accepted
    conn.disconnect()


def test_the_fallback_proxys_400_is_a_rejection_too(fake):
    fake.room("streamer")
    fake.faults.reject_websocket(416, http_status=400)
    with pytest.raises(WebSocketRejectedError) as raised:
        connection(fake).connect()
    assert raised.value.http_status == 400 and raised.value.handshake_status == 416


def test_a_websocket_that_does_not_open_in_time_raises_connect_timeout(fake):
    from tiktoklive.errors import ConnectTimeout

    fake.room("streamer")
    fake.faults.delay("push", 0.3)
    with pytest.raises(ConnectTimeout):
        connection(fake, ws_client_options={"timeout": 0.05}).connect()
    assert client_threads() == []
    # the late answer finds the client gone
    fake.wait_for(lambda: fake.sockets and fake.sockets[0].close_code == 1006)


def test_ws_client_params_and_headers_reach_the_handshake(fake):
    room = fake.room("streamer")
    conn = connection(fake, ws_client_params={"app_language": "de", "extra": "1"},
                      ws_client_headers={"X-Bot": "tiktoklive-tests"})
    conn.connect()
    [sock] = fake.wait_for_sockets(room)
    conn.disconnect()
    query, headers = sock.request.query, sock.request.headers
    assert query["app_language"] == "de" and query["extra"] == "1" and query["room_id"] == str(room.room_id)
    assert headers["x-bot"] == "tiktoklive-tests" and "origin" not in headers
    assert "ttwid=" in headers["cookie"] and "sessionid" not in headers["cookie"]


def test_an_ended_stream_raises_user_offline(fake):
    fake.room("streamer", live=False)
    conn = connection(fake)
    with pytest.raises(UserOfflineError):
        conn.connect()
    assert not fake.requests_to("sign_connect") and client_threads() == []


@pytest.mark.parametrize("fault, error", [
    (lambda f: f.faults.sign_rate_limit(retry_after=7), SignatureRateLimitError),
    (lambda f: f.faults.sign_without_cursor(), InvalidResponseError),
])
def test_sign_server_faults_raise_their_errors(fake, fault, error):
    fake.room("streamer")
    fault(fake)
    with pytest.raises(error):
        connection(fake).connect()
    assert client_threads() == []


def test_corrupt_frames_become_error_events_and_the_stream_goes_on(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, ControlEvent.ERROR, WebcastEvent.CHAT)
    conn.connect()
    room.send_raw(faults.garbage(seed=1))
    room.send_raw(faults.truncated_gzip(room.frame(factory.chat("alice", "lost"))))
    room.send_raw(faults.gzip_magic_frame(room.result([factory.chat("alice", "sniffed")]), log_id=1))
    room.chat("alice", "fine")
    recorder.wait_for(lambda r: "fine" in comments(r))
    conn.disconnect()
    assert comments(recorder) == ["sniffed", "fine"]
    assert [e.info for e in recorder.named("error")] == [ErrorEvent.DECODING_FAILED] * 2


def test_a_bad_message_in_a_good_frame_is_an_error_in_its_place(fake, caplog):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, ControlEvent.ERROR, WebcastEvent.CHAT)
    conn.connect()
    bad = codec.BaseMessage(method="WebcastChatMessage", payload=b"\x0a\xff", msg_id=factory.next_msg_id())
    messages = [codec.wrap_message("WebcastChatMessage", factory.chat("alice", "before"), msg_id=factory.next_msg_id()),
                bad,
                codec.wrap_message("WebcastChatMessage", factory.chat("alice", "after"), msg_id=factory.next_msg_id())]
    result = codec.encode_fetch_result(messages, cursor="c-1", internal_ext="ext-1", need_ack=True)
    with caplog.at_level(logging.WARNING, logger="tiktoklive"):
        room.send_raw(codec.encode_message_frame(result, log_id=77))
        room.chat("alice", "still here")
        recorder.wait_for(lambda r: "still here" in comments(r))
    conn.disconnect()
    assert comments(recorder) == ["before", "after", "still here"]
    [error] = recorder.named("error")
    assert error.info == ErrorEvent.DECODING_FAILED and error.exception.what == "WebcastChatMessage"
    assert "Failed to decode WebcastChatMessage (2 bytes" in caplog.text
    fake.wait_for(lambda: (77, "ext-1") in fake.acks)


# ---------------------------------------------------------------- polling fallback


def test_without_a_websocket_url_the_connection_polls(fake):
    room = fake.room("streamer")
    fake.faults.sign_without_route_params()
    conn = connection(fake, request_polling_interval_ms=20, session_id="a-session", tt_target_idc="useast1a")
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.CONNECTED, ControlEvent.WEBSOCKET_CONNECTED)
    state = conn.connect()
    assert state.is_connected and conn.ws_client is None
    assert client_threads() == ["tiktoklive-poller[@streamer]"]
    room.chat("alice", "polled")
    room.chat("bob", "polled too")
    recorder.wait_for(lambda r: len(comments(r)) == 2)
    conn.disconnect()
    assert comments(recorder) == ["polled", "polled too"]
    assert "websocketConnected" not in recorder.names
    assert len(fake.requests_to("im_fetch")) >= 2 and not fake.sockets
    assert client_threads() == []


def test_polling_without_a_session_fails_in_connect(fake):
    fake.room("streamer")
    fake.faults.sign_without_route_params()
    with pytest.raises(InvalidResponseError, match="session"):
        connection(fake).connect()
    assert client_threads() == []


def test_polling_disabled_refuses_to_connect_without_a_websocket(fake):
    from tiktoklive.errors import ConnectError

    fake.room("streamer")
    fake.faults.sign_without_route_params()
    with pytest.raises(ConnectError, match="enable_request_polling"):
        connection(fake, enable_request_polling=False).connect()


# ---------------------------------------------------------------- the iterator


def test_iter_events_in_another_thread_ends_with_the_connection(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    events = conn.iter_events(types=["chat", "disconnected"])
    got = []
    consumer = threading.Thread(target=lambda: got.extend(events))
    consumer.start()
    conn.connect()
    for n in range(5):
        room.chat("alice", str(n))
    room.end_stream()
    consumer.join(WAIT)
    assert [e.name for e in got] == ["chat"] * 5 + ["disconnected"]
    assert [e.comment for e in got[:5]] == ["0", "1", "2", "3", "4"]


def test_iter_events_raises_a_failed_connects_error_in_the_consumer(fake):
    fake.room("streamer", live=False)
    conn = connection(fake)
    events = conn.iter_events()
    failures = []

    def consume() -> None:
        try:
            list(events)
        except UserOfflineError as exc:
            failures.append(exc)

    consumer = threading.Thread(target=consume)
    consumer.start()
    with pytest.raises(UserOfflineError) as raised:
        conn.connect()
    consumer.join(WAIT)
    assert failures == [raised.value]


def test_iter_events_overflow_drops_the_oldest_and_never_blocks_the_reader(fake):
    room = fake.room("streamer")
    conn = connection(fake, event_queue_size=4)
    handler = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    with conn.iter_events(types=[WebcastEvent.CHAT]) as events:
        for n in range(20):
            room.chat("alice", str(n))
        handler.wait_count("chat", 20)  # the reader went on although nobody iterated
        conn.disconnect()
        assert [e.comment for e in events] == ["16", "17", "18", "19"]
        assert events.dropped == 16


def test_iter_events_idle_timeout_and_default_types(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    entered = listen(conn, ControlEvent.ENTER_ROOM)
    conn.connect()
    entered.wait_count("enterRoom")  # TikTok's answer to enter-room is in: nothing else is on its way
    everything = conn.iter_events(timeout=0.2)
    frames = conn.iter_events(types=[ControlEvent.WEBSOCKET_DATA], timeout=0.2)
    chats = listen(conn, WebcastEvent.CHAT)  # registered after the iterators: once it ran, they hold the chat
    room.chat("alice", "seen")
    chats.wait_count("chat")
    assert [e.name for e in everything] == ["chat"]  # no raw mirror; then 0.2 idle seconds end it
    [frame] = frames
    assert isinstance(frame.data, bytes) and conn.is_connected
    conn.disconnect()


# ---------------------------------------------------------------- no leaks


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_200_connect_disconnect_cycles_leave_no_thread_socket_or_fd(fake):
    room = fake.room("streamer")
    conn = connection(fake, heartbeat_interval=0.01, heartbeat_timeout=None)
    chats = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    conn.disconnect()
    fake.wait_for(lambda: not fake.backend.switchboard.all())
    baseline = open_fds()
    for n in range(200):
        conn.connect()
        if n % 50 == 0:
            room.chat("alice", str(n))
            chats.wait_for(lambda r, text=str(n): text in comments(r))
        conn.disconnect()
        assert client_threads() == []
    fake.wait_for(lambda: not fake.backend.switchboard.all(), message="the fake still holds sockets")
    fake.wait_for(lambda: open_fds() <= baseline, message=f"{open_fds()} fds open, {baseline} before")
    assert comments(chats) == ["0", "50", "100", "150"]
    assert len(fake.sockets) == 201 and all(s.closed_by == "client" for s in fake.sockets)
