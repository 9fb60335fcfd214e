"""The connection's lifecycle under faults: lost sends, closes, liveness, handshakes that hang, handlers
that misbehave (issue 11)."""
from __future__ import annotations

import gc
import logging
import sys
import threading
import time

import pytest
from helpers import WAIT, client_threads, connect_in_thread, connection, listen

import tiktoklive
from tiktoklive import Backoff, Connection, ControlEvent, WebcastEvent
from tiktoklive.errors import ConnectionLostError, HandlerThreadError

FAST = Backoff(initial=0.01, jitter=0, max_attempts=3)


def test_an_ack_that_cannot_be_sent_is_a_lost_connection_that_reconnects(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED)
    dropped, in_handler = threading.Event(), threading.Event()

    @conn.on(WebcastEvent.CHAT)
    def slow(event):  # the reader is still acking the buffered frames when the server drops the socket
        in_handler.set()
        dropped.wait(WAIT)
        time.sleep(0.002)

    conn.connect()
    for n in range(40):
        room.chat("alice", str(n))
    assert in_handler.wait(WAIT)
    room.drop_connections()
    dropped.set()
    recorder.wait_count("websocketConnected", 2)
    assert conn.is_connected and conn.wait(0) is False
    [error] = recorder.named("error")
    assert isinstance(error.exception, ConnectionLostError)
    conn.disconnect()
    assert conn.wait(0) is True


@pytest.mark.parametrize("blocking", ["wait", "run_forever"])
def test_waiting_inside_a_handler_raises_instead_of_deadlocking_the_reader(fake, blocking):
    room = fake.room("streamer")
    conn = connection(fake)
    chats = listen(conn, WebcastEvent.CHAT)
    raised = []

    @conn.once(ControlEvent.CONNECTED)
    @conn.once(WebcastEvent.CHAT)
    def block(event):  # the connected handler runs on the thread in connect(), the chat one on the reader
        call = conn.wait if blocking == "wait" else conn.run_forever
        try:
            call(WAIT) if blocking == "wait" else call()
        except HandlerThreadError as exc:
            raised.append(exc)

    conn.connect()
    room.chat("alice", "one")
    room.chat("alice", "two")
    chats.wait_count("chat", 2)  # the reader goes on
    assert len(raised) == 2 and all(blocking in str(exc) for exc in raised)
    assert isinstance(raised[0], RuntimeError)
    conn.disconnect()
    assert client_threads() == []


def test_disconnect_aborts_a_websocket_handshake_that_hangs(fake):
    fake.room("streamer")
    gate = threading.Event()  # the push server accepts the TCP connection and holds the upgrade's answer
    fake.faults.add("push", match=lambda request: gate.wait(60))
    conn = connection(fake, ws_client_options={"timeout": 60})
    connector, raised = connect_in_thread(conn)
    try:
        fake.wait_for(lambda: fake.requests_to("push"))
        conn.disconnect()
        connector.join(WAIT)
        assert not connector.is_alive() and not gate.is_set()  # connect() ended, the upgrade still unanswered
    finally:
        gate.set()
        connector.join(WAIT)
    [error] = raised
    assert "aborted" in str(error) and conn.wait(0) is True and client_threads() == []


def test_a_quiet_room_keeps_its_socket(fake):
    fake.room("streamer")
    # a timeout long enough for a pong to come back on a loaded machine, and 3 of them of silence
    conn = connection(fake, heartbeat_interval=0.1, heartbeat_timeout=3.0, reconnect=FAST)
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED)
    conn.connect()
    fake.wait_for(lambda: len(fake.heartbeats) >= 90, timeout=4 * WAIT)  # 3 timeouts of silence but for pongs
    assert recorder.names == ["websocketConnected"] and len(fake.requests_to("sign_connect")) == 1
    [sock] = fake.sockets
    fake.wait_for(lambda: sock.pings >= 90)  # each heartbeat came with a WebSocket ping
    assert sock.close_code is None
    conn.disconnect()


def test_a_handler_slower_than_the_heartbeat_timeout_does_not_drop_a_healthy_socket(fake):
    room = fake.room("streamer")
    conn = connection(fake, heartbeat_interval=0.1, heartbeat_timeout=2.0, reconnect=FAST)
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED, WebcastEvent.CHAT)

    @conn.once(WebcastEvent.CHAT)
    def slow(event):
        time.sleep(3.0)

    conn.connect()
    room.chat("alice", "slow")
    room.chat("alice", "next")
    recorder.wait_count("chat", 2)
    fake.wait_for(lambda: len(fake.heartbeats) >= 40, timeout=2 * WAIT)  # more after the slow handler
    assert recorder.names == ["websocketConnected", "chat", "chat"]
    assert len(fake.requests_to("sign_connect")) == 1
    conn.disconnect()


def test_sys_exit_in_a_handler_ends_the_connection_and_is_raised_where_it_waits(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, ControlEvent.DISCONNECTED, ControlEvent.ERROR)
    events = conn.iter_events(types=[WebcastEvent.CHAT])

    @conn.on(WebcastEvent.CHAT)
    def leave(event):
        sys.exit(3)

    conn.connect()
    room.chat("alice", "bye")
    with pytest.raises(SystemExit) as raised:
        conn.wait(WAIT)
    assert raised.value.code == 3
    assert recorder.names == ["disconnected"] and recorder.events[0].code == 1006
    with pytest.raises(SystemExit):
        list(events)
    assert client_threads() == [] and not conn.is_connected


def test_a_connect_from_a_disconnected_handler_keeps_its_new_iterators(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST)
    old = conn.iter_events(types=[WebcastEvent.CHAT])
    restarted = []

    @conn.once(ControlEvent.DISCONNECTED)
    def restart(event):
        conn.connect()
        restarted.append(conn.iter_events(types=[WebcastEvent.CHAT], timeout=WAIT))

    conn.connect()
    room.close_connections(4000, "not retried")  # ends the connection; the handler starts it again
    with pytest.raises(ConnectionLostError):
        list(old)  # the old connection's iterator ends with it
    fake.wait_for(lambda: restarted and conn.is_connected)
    room.chat("alice", "after the restart")
    assert next(iter(restarted[0])).comment == "after the restart"
    conn.disconnect()
    assert list(restarted[0]) == [] and client_threads() == []


def test_debug_logs_carry_no_signed_url_token_or_session(fake, caplog):
    fake.room("streamer")
    caplog.set_level(logging.DEBUG)
    conn = connection(fake, enable_extended_gift_info=True, session_id="a-secret-session", tt_target_idc="useast1a",
                      sign_api_key="a-secret-key")  # the gift list is fetched from a signed URL
    conn.connect()
    conn.disconnect()
    signed = fake.requests_to("gift_list")[0].query
    secrets = ["a-secret-session", "a-secret-key"] + [signed[name] for name in ("X-Bogus", "msToken", "X-Gnarly")]
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("urllib3")]
    assert not [secret for secret in secrets if secret in caplog.text]
    assert any("/webcast/gift/list/?<redacted>" in line for line in lines)


def test_close_all_closes_every_live_connection_even_unreferenced_ones(fake):
    rooms = [fake.room(name) for name in ("first", "second")]
    for room in rooms:  # started like a notebook cell that is run again: no reference kept
        Connection(room.unique_id, **fake.client_options()).connect()
    idle = connection(fake, "first")
    gc.collect()
    assert len(client_threads()) == 2
    assert tiktoklive.close_all() == 2
    assert client_threads() == [] and not idle.is_connected
    fake.wait_for(lambda: all(sock.closed.is_set() for sock in fake.sockets))
    assert tiktoklive.close_all() == 0


def test_disconnect_aborts_a_reconnects_handshake_that_hangs(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=FAST, ws_client_options={"timeout": 60})
    recorder = listen(conn, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    gate = threading.Event()
    fake.faults.add("push", match=lambda request: gate.wait(60))
    try:
        room.drop_connections()
        fake.wait_for(lambda: len(fake.requests_to("push")) == 2)  # the reconnect's upgrade, unanswered
        conn.disconnect()
        assert client_threads() == [] and not gate.is_set()
    finally:
        gate.set()
    assert recorder.names == ["error", "disconnected"]  # the lost socket; the aborted attempt is no failure
    assert conn.wait(0) is True
