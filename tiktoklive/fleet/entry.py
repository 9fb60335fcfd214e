"""One event as an entry of the fleet's events stream, and back: the format readers in any language see.

An entry's fields (all text except ``payload``):

``room``
    the streamer's unique id (without ``@``).
``room_id``
    the room id, as a decimal string.
``msg_id``
    TikTok's message id, as a decimal string (``"0"`` when the message has none).
``event``
    the Node event name (``chat``, ``gift``, ``follow``, ...).
``method``
    the wire method (``WebcastChatMessage``).
``json``
    the event as JSON: its fields with snake_case keys, as ``Event.to_dict()`` gives them, except
    that 64-bit integers (ids, times) are decimal strings.
``payload``
    the message's protobuf bytes (what :class:`tiktoklive.fleet.FleetReader` decodes the event from).
``worker``
    the id of the worker that wrote it.
"""
from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Tuple

from tiktoklive import codec
from tiktoklive.errors import DecodeError
from tiktoklive.events import Event, MessageEvent, UnknownEvent, plain
from tiktoklive.fleet.store import text


def event_json(event: Event) -> str:
    """The ``json`` field of an event: :meth:`Event.to_dict` with 64-bit integers as decimal strings."""
    if isinstance(event, MessageEvent):
        data = plain.to_portable(event.message)
    elif isinstance(event, UnknownEvent):
        data = {**event.to_dict(), "common": None if event.common is None else plain.to_portable(event.common)}
    else:
        data = event.to_dict()
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def payload_of(event: Event) -> bytes:
    """The protobuf bytes an event was decoded from (re-serialized: protobuf keeps unknown fields)."""
    if isinstance(event, MessageEvent):
        return event.message.SerializeToString()
    return getattr(event, "data", b"")


def msg_id_of(event: Event) -> int:
    """The event's message id (0 if it has none)."""
    common = getattr(event, "common", None)
    return int(getattr(common, "msg_id", 0) or 0)


def fields(event: Event, room: str, room_id: str, worker_id: str) -> Dict[str, Any]:
    """The stream entry of ``event`` of ``room`` (see the module doc)."""
    return {"room": room, "room_id": room_id or "", "msg_id": str(msg_id_of(event)), "event": event.name,
            "method": event.method or "", "json": event_json(event), "payload": payload_of(event),
            "worker": worker_id}


def parse(entry: Mapping[bytes, bytes]) -> Tuple[Dict[str, str], Event]:
    """An entry's text fields (without ``payload`` and ``json``) and its event, decoded again.

    :raises DecodeError: the entry lacks a field, or its payload is no message of its method.
    """
    meta = {text(k): text(v) for k, v in entry.items() if k not in (b"payload", b"json")}
    missing = {"room", "event", "method", "payload"} - set(meta) - ({"payload"} if b"payload" in entry else set())
    if missing:
        raise DecodeError("fleet entry", f"missing field(s) {', '.join(sorted(missing))}")
    events = codec.decode_events(meta["method"], entry[b"payload"])
    named = [event for event in events if event.name == meta["event"]]
    if not named:
        raise DecodeError("fleet entry", f"a {meta['method']} gives no {meta['event']!r} event")
    return meta, named[0]
