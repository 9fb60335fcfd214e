"""Frames the client sends, byte for byte as PROTOCOL.md gives them, and frames it receives."""
import gzip

import pytest

from tiktoklive import codec
from tiktoklive._proto import push_pb2
from tiktoklive.errors import DecodeError, TikTokLiveError

ROOM = 7140000000000000001


def test_heartbeat_matches_reference_bytes():
    assert codec.encode_heartbeat(ROOM, 1) == bytes.fromhex(
        "32027062" "3a026862" "420c" "0881 80a8 82bb 8598 8b63 1001".replace(" ", ""))


def test_enter_room_payload_matches_reference_bytes():
    frame = codec.parse_push_frame(codec.encode_enter_room(ROOM, enter_unique_id=1234567890123456789))
    assert (frame.payload_encoding, frame.payload_type) == ("pb", "im_enter_room")
    assert frame.payload == bytes.fromhex(
        "08 81 80 a8 82 bb 85 98 8b 63 20 0c 2a 08 61 75 64 69 65 6e 63 65 40 95 82 a6 ef c7 9e 84 91 11 4a 01 30"
        .replace(" ", ""))


def test_ack_echoes_log_id_and_internal_ext():
    frame = codec.parse_push_frame(codec.encode_ack(99, "ext-1"))
    assert (frame.log_id, frame.payload_type, frame.payload_encoding, frame.payload) == (99, "ack", "pb", b"ext-1")


@pytest.mark.parametrize("compress", [True, False])
def test_message_frame_round_trip(compress):
    chat = push_pb2.BaseProtoMessage(method="WebcastChatMessage", payload=b"\x1a\x02hi", msg_id=5)
    result = codec.encode_fetch_result([chat], cursor="c1", internal_ext="ext", need_ack=True)
    data = codec.encode_message_frame(result, log_id=42, compress=compress)
    frame, fetched = codec.unpack_frame(data)
    assert frame.log_id == 42
    assert frame.headers["compress_type"] == ("gzip" if compress else "none")
    assert (fetched.cursor, fetched.internal_ext, fetched.need_ack) == ("c1", "ext", True)
    assert [(m.method, m.payload, m.msg_id) for m in fetched.messages] == [("WebcastChatMessage", b"\x1a\x02hi", 5)]


def test_gzip_is_detected_by_magic_without_header():
    result = codec.encode_fetch_result([], cursor="c")
    data = codec.encode_frame("msg", gzip.compress(result))
    assert codec.unpack_frame(data)[1].cursor == "c"


@pytest.mark.parametrize("data", [b"", b"\xff\xff\xff", codec.encode_message_frame(b"x" * 50, log_id=1)[:-7]])
def test_bad_frames_raise_decode_error(data):
    with pytest.raises(DecodeError) as info:
        codec.unpack_frame(data)
    assert isinstance(info.value, TikTokLiveError)
