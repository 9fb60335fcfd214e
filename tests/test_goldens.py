"""Real TikTok payloads (``../shared/captures``) decode to the values the reference schemas give."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tiktoklive import codec
from tiktoklive._proto import push_pb2
from tiktoklive.events import MessageEvent, UnknownEvent

CAPTURES = Path(__file__).resolve().parents[2] / "shared" / "captures"
pytestmark = pytest.mark.skipif(not (CAPTURES / "goldens.json").exists(), reason="no ../shared/captures")


def _records():
    if not (CAPTURES / "goldens.json").exists():
        return []
    return json.loads((CAPTURES / "goldens.json").read_text())["records"]


RECORDS = _records()


def resolve(obj, path: str):
    """Follow a dotted golden path: field names, list indices and map keys are components."""
    for part in path.split("."):
        if hasattr(obj, "DESCRIPTOR"):
            if part not in obj.DESCRIPTOR.fields_by_name:
                raise KeyError(part)
            obj = getattr(obj, part)
        elif hasattr(obj, "keys"):  # a map: keys are ints or strings
            obj = obj[int(part)] if part.lstrip("-").isdigit() and int(part) in obj else obj[part]
        else:
            obj = obj[int(part)]
    return obj


def check_fields(root, fields) -> list:
    """The ``[path, expected, got]`` of every golden field that does not match."""
    wrong = []
    for field in fields:
        path, expected = field[0], field[1]
        paths = [path] + (field[2].get("alt", []) if len(field) > 2 else [])
        got = "<missing>"
        for candidate in paths:
            try:
                got = resolve(root, candidate)
                break
            except (KeyError, IndexError, ValueError):
                continue
        if got != expected:
            wrong.append([path, expected, got])
    return wrong


def _by_scope(scope: str, decoded_ok: bool = True) -> list:
    return [r for r in RECORDS if r["scope"] == scope and r["decoded_ok"] == decoded_ok]


@pytest.mark.parametrize("scope", ["catalogue", "alias"])
def test_catalogue_messages_match_the_reference_decoders(scope):
    records = _by_scope(scope)
    assert records
    failures = {}
    checked = 0
    for record in records:
        payload = (CAPTURES / "data" / record["file"]).read_bytes()
        event = codec.decode_message(record["method"], payload)
        assert isinstance(event, MessageEvent), record["file"]
        assert event.method == record["method"]
        wrong = check_fields(event.message, record["fields"])
        checked += len(record["fields"])
        if wrong:
            failures[record["file"]] = wrong[:3]
    assert not failures, f"{len(failures)} payloads differ, e.g. {list(failures.items())[:3]}"
    assert checked >= len(records)


def test_methods_outside_the_catalogue_keep_bytes_and_common():
    records = _by_scope("outside")
    assert records
    for record in records:
        payload = (CAPTURES / "data" / record["file"]).read_bytes()
        event = codec.decode_message(record["method"], payload)
        assert isinstance(event, UnknownEvent)
        assert event.method == record["method"] and event.data == payload
        assert event.common is not None
        assert not check_fields({"common": event.common}, record["fields"]), record["file"]
        json.dumps(event.to_dict())


def test_payloads_without_a_leading_common_still_decode():
    records = _by_scope("outside", decoded_ok=False)
    assert len(records) == 10
    for record in records:
        payload = (CAPTURES / "data" / record["file"]).read_bytes()
        event = codec.decode_message(record["method"], payload)
        assert isinstance(event, UnknownEvent)
        assert event.common is None and event.data == payload


def test_every_captured_message_decodes_in_a_frame_and_flattens():
    """All captures of one method packed into one frame, as TikTok batches them."""
    by_method = {}
    for record in RECORDS:
        by_method.setdefault(record["method"], []).append((CAPTURES / "data" / record["file"]).read_bytes())
    for method, payloads in by_method.items():
        result = codec.encode_fetch_result(codec.BaseMessage(method=method, payload=p) for p in payloads)
        events = codec.decode_frame(codec.encode_message_frame(result, log_id=1))
        assert {e.method for e in events} == {method}
        assert not [e for e in events if e.name == "error"]
        for event in events:
            json.dumps(event.to_dict())
            json.dumps(event.to_legacy())


def test_the_captured_client_enter_room_frame_parses():
    frames = sorted((CAPTURES / "data" / "frames").glob("client_im_enter_room_*.bin"))
    assert frames
    for path in frames:
        frame = codec.parse_push_frame(path.read_bytes())
        assert frame.payload_type == codec.ENTER_ROOM
        enter = push_pb2.WebcastImEnterRoomMessage.FromString(codec.frame_payload(frame))
        assert enter.room_id > 0 and enter.identity == "audience"
        assert codec.decode_frame(path.read_bytes()) == []
