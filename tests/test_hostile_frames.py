"""Hostile frames through real sockets: decompression bombs and oversized frames are skipped as typed
``error`` events, within bounded memory, and the stream goes on (issue 11, item 2)."""
from __future__ import annotations

import os
import socket
import tracemalloc
import zlib

import pytest
from helpers import Recorder, connection, listen
from websocket import ABNF
from websocket._abnf import continuous_frame

from tiktoklive import Connection, ControlEvent, WebcastEvent, codec
from tiktoklive.errors import DecodeError, FrameTooLargeError, InvalidOptionError
from tiktoklive.testing import factory
from tiktoklive.wsframe import _CappedFrameBuffer

MIB = 1024 * 1024


def gzip_bomb(size: int) -> bytes:
    """A gzip stream of ``size`` zero bytes, built in chunks (the test never holds ``size`` bytes)."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(MIB)
    parts = [deflater.compress(chunk) for _ in range(size // MIB)]
    return b"".join(parts) + deflater.flush()


def bomb_frame(size: int) -> bytes:
    return codec.encode_frame(codec.MSG, gzip_bomb(size), log_id=1, headers={"compress_type": "gzip"})


def test_decode_frame_raises_a_decode_error_for_a_bomb_without_inflating_it():
    frame = bomb_frame(256 * MIB)
    tracemalloc.start()
    try:
        with pytest.raises(FrameTooLargeError) as caught:
            codec.decode_frame(frame)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(caught.value, DecodeError)
    assert caught.value.limit == codec.DEFAULT_MAX_DECOMPRESSED_SIZE
    assert peak < 3 * codec.DEFAULT_MAX_DECOMPRESSED_SIZE  # inflated up to the cap (about twice it), not 256 MiB


def test_a_truncated_gzip_payload_is_still_a_plain_decode_error():
    frame = codec.encode_frame(codec.MSG, gzip_bomb(MIB)[:-20], log_id=1, headers={"compress_type": "gzip"})
    with pytest.raises(DecodeError) as caught:
        codec.decode_frame(frame)
    assert not isinstance(caught.value, FrameTooLargeError)


def chats(recorder: Recorder):
    return [event.comment for event in recorder.named("chat")]


def test_a_decompression_bomb_is_an_error_event_and_the_stream_goes_on(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    room.send_raw(bomb_frame(64 * MIB))
    room.chat("alice", "after the bomb")
    recorder.wait_for(lambda r: "after the bomb" in chats(r))
    assert conn.is_connected
    conn.disconnect()
    errors = recorder.named("error")
    assert [type(e.exception) for e in errors] == [FrameTooLargeError]
    assert errors[0].exception.limit == codec.DEFAULT_MAX_DECOMPRESSED_SIZE


def test_max_decompressed_size_is_an_option(fake):
    room = fake.room("streamer")
    conn = connection(fake, max_decompressed_size=64 * 1024)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR)
    conn.connect()
    room.chat("alice", "x" * 100)  # small frames pass
    room.send_raw(bomb_frame(MIB))
    room.chat("alice", "after")
    recorder.wait_for(lambda r: "after" in chats(r))
    conn.disconnect()
    assert [e.exception.limit for e in recorder.named("error")] == [64 * 1024]
    assert chats(recorder) == ["x" * 100, "after"]


def test_an_oversized_frame_is_skipped_unread_and_the_stream_goes_on(fake):
    room = fake.room("streamer")
    conn = connection(fake, max_frame_size=256 * 1024)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    room.send_raw(os.urandom(3 * MIB))
    room.chat("alice", "after the big frame")
    room.send_raw(os.urandom(300 * 1024))
    room.chat("alice", "after the second")
    recorder.wait_for(lambda r: "after the second" in chats(r))
    assert conn.is_connected
    conn.disconnect()
    errors = [e.exception for e in recorder.named("error")]
    assert [type(e) for e in errors] == [FrameTooLargeError, FrameTooLargeError]
    assert str(errors[0]) == "could not decode WebSocket message: 3145728 bytes, over the limit of 262144 bytes"
    assert errors[0].size == 3 * MIB
    assert chats(recorder) == ["after the big frame", "after the second"]


def test_a_fragmented_message_over_the_cap_is_skipped_and_the_stream_goes_on(fake):
    room = fake.room("streamer")
    conn = connection(fake, max_frame_size=256 * 1024)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR, ControlEvent.DISCONNECTED)
    conn.connect()
    room.send_raw(os.urandom(2 * MIB), fragment=64 * 1024)  # 32 frames, each under the cap
    room.chat("alice", "after")
    room.send_raw(room.frame(factory.chat("bob", "fragmented but small")), fragment=100)
    recorder.wait_for(lambda r: "fragmented but small" in chats(r))
    assert conn.is_connected
    conn.disconnect()
    errors = [e.exception for e in recorder.named("error")]
    assert [type(e) for e in errors] == [FrameTooLargeError]
    assert errors[0].size == 2 * MIB and errors[0].what == "WebSocket message"
    assert chats(recorder) == ["after", "fragmented but small"]


@pytest.mark.parametrize("option", ["max_frame_size", "max_decompressed_size"])
@pytest.mark.parametrize("value", [0, -1, 1.5, True])
def test_size_limits_must_be_positive_integers(option, value):
    with pytest.raises(InvalidOptionError):
        Connection("streamer", **{option: value})


def test_skipping_resumes_after_a_socket_timeout_in_the_middle_of_a_frame():
    """A hostile server trickles an oversized frame: the reader's socket timeouts (heartbeat waits)
    interrupt the skipping, which goes on where it stopped; the next frame arrives intact."""
    server, client = socket.socketpair()
    client.settimeout(0.05)
    with server, client:
        reader = _CappedFrameBuffer(client.recv, 1000, continuous_frame(False, True))
        big = ABNF(1, 0, 0, 0, ABNF.OPCODE_BINARY, 0, os.urandom(5000)).format()
        after = ABNF(1, 0, 0, 0, ABNF.OPCODE_BINARY, 0, b"next frame").format()
        timeouts = 0
        for start in range(0, len(big), 1500):  # the frame in pieces, each followed by a silence
            server.sendall(big[start:start + 1500])
            if start + 1500 < len(big):
                with pytest.raises(socket.timeout):
                    reader.recv_frame()
                timeouts += 1
        server.sendall(after)
        with pytest.raises(FrameTooLargeError) as caught:
            reader.recv_frame()
        assert caught.value.size == 5000 and timeouts == 3
        assert reader.recv_frame().data == b"next frame"
