"""The fake's push server, seen from a client with plain ``websocket-client`` and the codec."""
from __future__ import annotations

import socket

import pytest
import requests
import websocket
from fake_client import enter, open_socket

from tiktoklive import codec
from tiktoklive._proto import push_pb2
from tiktoklive.errors import DecodeError
from tiktoklive.testing import FakeTikTok, factory, faults


def test_handshake_answers_101_with_handshake_options(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    assert ws.getstatus() == 101
    assert ws.getheaders()["handshake-options"] == "ping-interval=10"
    assert ws.getsubprotocol() is None
    ws.close()
    offered = open_socket(fake, room, subprotocols=["echo-protocol"])
    assert offered.getsubprotocol() == "echo-protocol"
    offered.close()


def test_enter_room_is_answered_and_recorded(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    answer = enter(ws, room.room_id)
    assert codec.parse_fetch_result(answer.payload).cursor  # Node decodes every "pb" payload as a result
    sock = fake.wait_for_sockets(room)[0]
    assert sock.entered[0].room_id == room.room_id and sock.entered[0].identity == "audience"
    assert sock.request.query["room_id"] == str(room.room_id) and list(sock.cookies) == ["ttwid"]
    assert fake.entered == sock.entered and fake.sockets == [sock]
    ws.close()


def test_msg_frames_are_gzip_push_frames_with_need_ack(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.chat("alice", "hello")
    data = ws.recv()
    frame, result = codec.unpack_frame(data)
    assert frame.payload_type == "msg" and frame.payload_encoding == "pb" and frame.log_id and frame.seq_id
    assert frame.headers["compress_type"] == "gzip" and frame.payload[:2] == b"\x1f\x8b"
    assert result.need_ack and result.internal_ext and result.cursor
    [event] = codec.decode_frame(data)
    assert event.name == "chat" and event.user.unique_id == "alice" and event.comment == "hello"
    assert event.common.room_id == room.room_id
    sock = fake.sockets[0]
    assert sock.unacked == {frame.log_id}
    assert sock.frames_sent == 2 and sock.bytes_sent > len(data)  # the enter-room answer, then the message
    ws.send_binary(codec.encode_ack(frame.log_id, result.internal_ext))
    fake.wait_for(lambda: sock.acks)
    assert sock.acks == [(frame.log_id, result.internal_ext)] and sock.unacked == set()
    ws.close()


def test_frames_are_uncompressed_without_compress_gzip(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room, compress=False)
    enter(ws, room.room_id)
    room.like("bob", 5)
    frame = codec.parse_push_frame(ws.recv())
    assert frame.headers["compress_type"] == "none"
    assert codec.parse_fetch_result(frame.payload).messages[0].method == "WebcastLikeMessage"
    ws.close()


def test_a_socket_joins_its_room_at_the_handshake(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)  # no waiting: the socket is in the room once the upgrade returns
    room.chat("early", "scripted before enter-room")
    [event] = codec.decode_frame(ws.recv())
    assert event.comment == "scripted before enter-room"
    ws.close()


def test_every_client_gets_every_event_in_script_order(fake):
    room = fake.room("creator")
    clients = [open_socket(fake, room) for _ in range(3)]
    for ws in clients:
        enter(ws, room.room_id)
    for i in range(20):
        room.chat("alice", f"message {i}")
    for ws in clients:
        assert [codec.decode_frame(ws.recv())[0].comment for _ in range(20)] == [f"message {i}" for i in range(20)]
        ws.close()


def test_other_rooms_get_nothing(fake):
    one, two = fake.room("one"), fake.room("two")
    ws = open_socket(fake, one)
    enter(ws, one.room_id)
    two.chat("alice", "elsewhere")
    one.chat("alice", "here")
    assert codec.decode_frame(ws.recv())[0].comment == "here"
    ws.close()


def test_enter_room_with_another_id_switches_rooms(fake):
    one, two = fake.room("one"), fake.room("two")
    ws = open_socket(fake, one)
    enter(ws, two.room_id)
    assert fake.sockets[0].room_id == two.room_id and one.sockets() == []
    two.chat("alice", "switched")
    assert codec.decode_frame(ws.recv())[0].comment == "switched"
    ws.close()


def test_heartbeats_are_recorded(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    for seq in (1, 2, 3):
        ws.send_binary(codec.encode_heartbeat(room.room_id, seq))
    fake.wait_for(lambda: len(fake.heartbeats) == 3)
    assert [(hb.room_id, hb.send_packet_seq_id) for hb in fake.heartbeats] == [(room.room_id, s) for s in (1, 2, 3)]
    ws.close()


def test_heartbeat_before_enter_room_closes_with_payload_handler_hb(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    ws.send_binary(codec.encode_heartbeat(room.room_id, 1))
    frame = ws.recv_data_frame(True)[1]
    assert frame.opcode == websocket.ABNF.OPCODE_CLOSE
    assert (int.from_bytes(frame.data[:2], "big"), frame.data[2:]) == (1000, b"payload_handler_hb")
    ws.close()


def test_missing_heartbeats_close_the_socket():
    with FakeTikTok(heartbeat_timeout=0.3) as fake:
        room = fake.room("creator")
        ws = open_socket(fake, room)
        ws.send_binary(codec.encode_enter_room(room.room_id))  # its answer may come, or the close first
        opcodes = []
        while not opcodes or opcodes[-1] != websocket.ABNF.OPCODE_CLOSE:
            opcode, frame = ws.recv_data_frame(True)
            opcodes.append(opcode)
        assert frame.data[2:] == b"heartbeat_timeout" and opcodes in ([8], [2, 8])
        ws.close()
        sock = fake.sockets[0]
        fake.wait_for(lambda: sock.closed.is_set())
        assert (sock.close_code, sock.closed_by) == (1000, "server")


def test_pings_get_pongs_and_the_server_never_pings(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    ws.ping(b"are you there")
    opcode, frame = ws.recv_data_frame(True)
    assert opcode == websocket.ABNF.OPCODE_PONG and frame.data == b"are you there"
    room.chat("alice", "after the ping")  # scripted after the pong: the next frame is its, not a ping
    opcode, frame = ws.recv_data_frame(True)
    assert opcode == websocket.ABNF.OPCODE_BINARY
    assert fake.sockets[0].pings == 1
    ws.close()


def test_client_close_is_answered(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    ws.close(status=4001, reason=b"bye")
    sock = fake.sockets[0]
    fake.wait_for(lambda: sock.closed.is_set())
    assert (sock.close_code, sock.close_reason, sock.closed_by) == (4001, "bye", "client")
    assert room.sockets() == []


# ---------------------------------------------------------------- handshake rejections


def rejected(fake, room, **kwargs):
    with pytest.raises(websocket.WebSocketBadStatusException) as info:
        open_socket(fake, room, **kwargs)
    return info.value


def test_handshake_without_ttwid_is_refused_like_tiktok(fake):
    error = rejected(fake, fake.room("creator"), cookie=False)
    assert error.status_code == 200
    assert (error.resp_headers["handshake-status"], error.resp_headers["handshake-msg"]) == ("415", "DEVICE_BLOCKED")


def test_handshake_for_an_unknown_room_is_refused(fake):
    error = rejected(fake, fake.room("creator"), query={"room_id": "42"})
    assert error.resp_headers["handshake-status"] == "416"


def test_handshake_without_room_id_is_refused_and_recorded(fake):
    error = rejected(fake, fake.room("creator"), query={"room_id": ""})
    assert error.resp_headers["handshake-status"] == "416"
    with pytest.raises(AssertionError, match="numeric room_id"):
        fake.check()


@pytest.mark.parametrize("http_status", [200, 400])
def test_scripted_rejection(fake, http_status):
    room = fake.room("creator")
    fake.faults.reject_websocket(417, "illegal secret key", http_status=http_status)
    error = rejected(fake, room)
    assert error.status_code == http_status
    assert error.resp_headers["handshake-msg"] == "illegal secret key"
    assert error.resp_headers["handshake-status"] == "417"
    open_socket(fake, room).close()  # count=1: the next one is accepted


# ---------------------------------------------------------------- scripted endings and faults


def test_end_stream_sends_control_3_then_closes_1000(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.end_stream(close_after=0)
    names = [e.name for e in codec.decode_frame(ws.recv())]
    assert names == ["controlMessage", "streamEnd"]
    opcode, frame = ws.recv_data_frame(True)
    assert opcode == websocket.ABNF.OPCODE_CLOSE and int.from_bytes(frame.data[:2], "big") == 1000
    ws.close()
    assert room.status == "ended"


def test_end_stream_lets_the_client_close_first(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.end_stream(close_after=30)
    assert [e.name for e in codec.decode_frame(ws.recv())] == ["controlMessage", "streamEnd"]
    ws.close(status=1000)
    sock = fake.sockets[0]
    fake.wait_for(lambda: sock.closed.is_set())
    assert (sock.close_code, sock.closed_by) == (1000, "client")


@pytest.mark.parametrize("code", [1000, 1001, 1006, 1011, 4000, 4404])
def test_close_with_each_code(fake, code):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    if code == 1006:
        assert room.drop_connections() == 1
        with pytest.raises((websocket.WebSocketConnectionClosedException, ConnectionError)):
            ws.recv()
    else:
        assert room.close_connections(code, "reason text") == 1
        opcode, frame = ws.recv_data_frame(True)
        assert opcode == websocket.ABNF.OPCODE_CLOSE
        assert (int.from_bytes(frame.data[:2], "big"), frame.data[2:]) == (code, b"reason text")
        ws.close()
    sock = fake.sockets[0]
    fake.wait_for(lambda: sock.closed.is_set())
    assert sock.close_code == code


def test_nothing_is_sent_after_the_servers_close_frame(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.close_connections(4000, "bye")
    room.chat("alice", "too late")  # the socket is closing: not sent
    assert ws.recv_data_frame(True)[0] == websocket.ABNF.OPCODE_CLOSE
    ws.send_close(4000)
    rest = b""
    while True:  # what follows the close frame, up to the end of the TCP stream
        chunk = ws.sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    assert rest == b""
    ws.shutdown()


def test_half_open_socket_sends_nothing_and_never_closes(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.stall()
    room.chat("alice", "lost")
    ws.ping(b"x")
    ws.settimeout(0.3)
    with pytest.raises(websocket.WebSocketTimeoutException):
        ws.recv()
    sock = fake.sockets[0]
    assert not sock.closed.is_set() and sock.sent_log_ids == [] and room.sockets() == [sock]
    ws.settimeout(5)
    ws.send_binary(codec.encode_heartbeat(room.room_id, 1))
    fake.wait_for(lambda: sock.heartbeats)  # the server still reads
    room.drop_connections()


def test_raw_garbage_truncated_and_oversized_frames(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    good = room.frame(factory.chat("alice", "intact"))
    for data in (faults.garbage(100, seed=1), faults.truncated(good), faults.truncated_gzip(good)):
        room.send_raw(data)
        received = ws.recv()
        assert received == data
        with pytest.raises(DecodeError):
            codec.decode_frame(received)
    big = faults.oversized_frame(2 * 1024 * 1024, room_id=room.room_id)
    room.send_raw(big)
    received = ws.recv()
    assert len(received) >= 2 * 1024 * 1024 and codec.decode_frame(received)[0].name == "chat"
    ws.close()


def test_gzip_without_header_is_sniffable(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.send_raw(faults.gzip_magic_frame(factory.fetch_result(factory.chat("a", "sniffed")), log_id=5))
    frame = codec.parse_push_frame(ws.recv())
    assert "compress_type" not in frame.headers
    assert codec.parse_fetch_result(codec.frame_payload(frame)).messages[0].method == "WebcastChatMessage"
    ws.close()


def test_duplicates_and_out_of_order_frames(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    first, second = room.frame(factory.chat("a", "first")), room.frame(factory.chat("a", "second"))
    for data in (second, first, first):
        room.send_raw(data)
    comments = [codec.decode_frame(ws.recv())[0].comment for _ in range(3)]
    assert comments == ["second", "first", "first"]
    ws.close()


def test_truncated_websocket_frame_then_drop(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    room.send_truncated(room.frame(factory.chat("a", "cut")), keep=20)
    with pytest.raises((websocket.WebSocketException, ConnectionError, socket.error)):
        ws.recv()


def test_client_protocol_errors_are_recorded(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    enter(ws, room.room_id)
    ws.send("text is not the protocol")
    ws.send_binary(b"\xff\x00garbage")
    ws.send_binary(codec.encode_frame("mystery", b""))
    ws.send_binary(codec.encode_frame("im_enter_room", b"\xff\xff"))
    fake.wait_for(lambda: len(fake.errors) == 4)
    assert "undecodable 'im_enter_room'" in str(fake.errors[3])
    with pytest.raises(AssertionError, match="non-binary"):
        fake.check()
    ws.close()


def test_enter_room_message_fields_round_trip(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    ws.send_binary(codec.encode_enter_room(room.room_id, enter_unique_id=99, cursor="c"))
    fake.wait_for(lambda: fake.entered)
    assert fake.entered[0] == push_pb2.WebcastImEnterRoomMessage(
        room_id=room.room_id, live_id=12, identity="audience", cursor="c", enter_unique_id=99,
        filter_welcome_msg="0")
    ws.close()


def test_slow_handshake():
    with FakeTikTok() as fake:  # its own fake: stopping it ends the delayed answer
        room = fake.room("creator")
        fake.faults.delay("push", 1.0)
        with pytest.raises(websocket.WebSocketTimeoutException):
            open_socket(fake, room, timeout=0.2)
        open_socket(fake, room).close()


def test_non_upgrade_request_to_the_push_server(fake):
    response = requests.get(fake.urls["push"].replace("ws://", "http://"))
    assert response.status_code == 400
    assert requests.post(fake.urls["push"].replace("ws://", "http://")).status_code == 404
    with pytest.raises(AssertionError, match="no route for POST"):
        fake.check()


def test_a_socket_signed_for_a_session_needs_its_sessionid_cookie(fake):
    room = fake.room("creator")
    response = requests.get(f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect",
                            headers={"x-cookie-header": "sessionid=sess-1; tt-target-idc=useast1a"})
    ttwid = response.headers["x-set-tt-cookie"].split(";")[0]
    url = f"{fake.urls['push']}?room_id={room.room_id}"
    with pytest.raises(websocket.WebSocketBadStatusException) as info:
        websocket.create_connection(url, cookie=ttwid, timeout=5)
    assert info.value.resp_headers["handshake-msg"] == "illegal secret key"
    assert info.value.resp_headers["handshake-status"] == "417"
    websocket.create_connection(url, cookie=f"{ttwid}; sessionid=sess-1", timeout=5).close()


def test_records_stay_bounded(monkeypatch):
    from tiktoklive.testing import push

    monkeypatch.setattr(push, "RECORD_LIMIT", 10)
    record: list = []
    for i in range(25):
        push._keep(record, i)
    assert 10 <= len(record) <= 11 and record[-1] == 24
