"""Property-based: no input makes the decoder raise anything but the library's own errors."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktoklive import codec
from tiktoklive.errors import DecodeError
from tiktoklive.events import TABLE, ErrorEvent, Event
from tiktoklive.testing import factory

METHODS = [row.method for row in TABLE]
VALID_MESSAGES = [factory.example(m) for m in METHODS]
VALID_RESULT = factory.fetch_result(*VALID_MESSAGES)
VALID_FRAME = codec.encode_message_frame(VALID_RESULT, log_id=1)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def mutate(data: bytes, edits) -> bytes:
    """Apply (position, kind, byte) edits: overwrite, insert or delete one byte."""
    buf = bytearray(data)
    for pos, kind, byte in edits:
        if not buf:
            break
        pos %= len(buf)
        if kind == 0:
            buf[pos] = byte
        elif kind == 1:
            buf.insert(pos, byte)
        else:
            del buf[pos]
    return bytes(buf)


EDITS = st.lists(st.tuples(st.integers(0, 2**20), st.integers(0, 2), st.integers(0, 255)), min_size=1, max_size=8)


def decode_frame_safely(data: bytes) -> list:
    """decode_frame, which may raise DecodeError only; every event it returns renders as plain data."""
    try:
        events = codec.decode_frame(data)
    except DecodeError:
        return []
    for event in events:
        assert isinstance(event, Event)
        json.dumps(event.to_dict())
        json.dumps(event.to_legacy())
        repr(event)
    return events


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_as_a_frame(data):
    decode_frame_safely(data)


@FUZZ
@given(st.sampled_from(METHODS + ["RoomMessage", "WebcastSomethingNew"]), st.binary(max_size=1024))
def test_random_bytes_as_a_message(method, payload):
    try:
        event = codec.decode_message(method, payload)
    except DecodeError as exc:
        assert exc.what == method
        return
    assert event.method == method
    json.dumps(event.to_dict())
    json.dumps(event.to_legacy())


@FUZZ
@given(EDITS)
def test_mutated_frames(edits):
    decode_frame_safely(mutate(VALID_FRAME, edits))


@FUZZ
@given(EDITS)
def test_mutated_fetch_results_in_a_valid_gzip_frame(edits):
    decode_frame_safely(codec.encode_message_frame(mutate(VALID_RESULT, edits), log_id=1))


@FUZZ
@given(st.integers(0, len(METHODS) - 1), EDITS)
def test_one_mutated_message_leaves_the_others_intact(index, edits):
    payloads = [m.SerializeToString() for m in VALID_MESSAGES]
    payloads[index] = mutate(payloads[index], edits)
    result = codec.encode_fetch_result(codec.BaseMessage(method=m, payload=p) for m, p in zip(METHODS, payloads))
    events = decode_frame_safely(codec.encode_message_frame(result, log_id=1))
    intact = [e for e in events if e.method != METHODS[index] and not isinstance(e, ErrorEvent)]
    assert {e.method for e in intact} == set(METHODS) - {METHODS[index]}
    errors = [e for e in events if isinstance(e, ErrorEvent)]
    assert len(errors) <= 1
    assert all(e.exception.what == METHODS[index] for e in errors)


@FUZZ
@given(st.binary(max_size=64), st.binary(max_size=256))
def test_frames_with_garbage_gzip_payloads(prefix, tail):
    data = codec.encode_frame(codec.MSG, b"\x1f\x8b\x08" + prefix + tail, headers={"compress_type": "gzip"})
    decode_frame_safely(data)
