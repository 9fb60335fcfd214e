"""The connection's own events: names, payloads, plain and legacy shapes."""
from __future__ import annotations

import dataclasses
import json

from tiktoklive import codec
from tiktoklive.errors import ConnectionLostError, DecodeError
from tiktoklive.events import (
    CONTROL_EVENT_NAMES,
    EVENT_NAMES,
    WEBCAST_EVENT_NAMES,
    ConnectedEvent,
    ControlEvent,
    DecodedDataEvent,
    DisconnectedEvent,
    EnterRoomEvent,
    ErrorEvent,
    GapEvent,
    RawDataEvent,
    WebsocketConnectedEvent,
    WebsocketDataEvent,
)
from tiktoklive.state import ConnectionState
from tiktoklive.testing import factory


def plain(event) -> tuple:
    data, flat = event.to_dict(), event.to_legacy()
    assert json.loads(json.dumps(data)) == data and json.loads(json.dumps(flat)) == flat
    return data, flat


def test_names_and_methods():
    events = [ConnectedEvent({}), DisconnectedEvent(1000, "bye"), ErrorEvent("x", ValueError()),
              WebsocketConnectedEvent(), WebsocketDataEvent(b""), EnterRoomEvent(codec.PushFrame()), GapEvent(3)]
    assert [e.name for e in events] == ["connected", "disconnected", "error", "websocketConnected",
                                        "websocketData", "enterRoom", "gap"]
    assert all(e.method is None for e in events)
    assert {e.name for e in events} | {"rawData", "decodedData"} == CONTROL_EVENT_NAMES
    assert CONTROL_EVENT_NAMES | WEBCAST_EVENT_NAMES == EVENT_NAMES and len(WEBCAST_EVENT_NAMES) == 70
    assert ControlEvent.RAW_DATA == RawDataEvent.name and ControlEvent.DECODED_DATA == DecodedDataEvent.name


def test_connected_accepts_any_state_shape():
    @dataclasses.dataclass
    class State:
        is_connected: bool
        room_id: int

    assert plain(ConnectedEvent(State(True, 7)))[0] == {"state": {"is_connected": True, "room_id": 7}}
    assert plain(ConnectedEvent({"roomId": "7"}))[1] == {"roomId": "7"}
    data, flat = plain(ConnectedEvent(ConnectionState(is_connected=True, room_id="7")))
    assert data["state"]["is_connected"] is True and data["state"]["room_id"] == "7"
    assert flat == {"isConnected": True, "isConnecting": False, "isReconnecting": False,
                    "roomId": "7", "roomInfo": None, "availableGifts": []}


def test_disconnected_and_error():
    gone = DisconnectedEvent(4001, "stream ended")
    assert plain(gone)[0] == {"code": 4001, "reason": "stream ended"}
    assert repr(gone) == "<DisconnectedEvent disconnected code=4001 reason='stream ended'>"
    chat = codec.decode_frame(factory.frame(factory.chat("alice", "hi")))[0]
    failure = ErrorEvent(ErrorEvent.PROCESSING_FAILED, ConnectionLostError("lost"), chat)
    assert failure.info == "Failed to process decoded data" and failure.event is chat
    assert plain(failure)[0] == {"info": "Failed to process decoded data", "exception": "ConnectionLostError: lost",
                                 "event": "chat"}
    assert ErrorEvent.DECODING_FAILED == "Websocket message decoding failed"
    assert "DecodeError" in repr(ErrorEvent(ErrorEvent.DECODING_FAILED, DecodeError("x", "bad")))


def test_raw_decoded_and_websocket_data():
    message = factory.chat("alice", "hi")
    payload = message.SerializeToString()
    raw = RawDataEvent("WebcastChatMessage", payload)
    assert plain(raw)[0]["method"] == "WebcastChatMessage" and raw.method == "WebcastChatMessage"
    decoded = DecodedDataEvent("WebcastChatMessage", codec.decode_message("WebcastChatMessage", payload), payload)
    assert decoded.message == message
    data, flat = plain(decoded)
    assert data["type"] == "WebcastChatMessage" and data["data"]["comment"] == "hi"
    assert flat["comment"] == "hi" and flat["uniqueId"] == "alice"
    unknown = DecodedDataEvent("WebcastNew", codec.decode_message("WebcastNew", b"\x08\x01"), b"\x08\x01")
    assert unknown.message is None and plain(unknown)[0]["data"]["method"] == "WebcastNew"
    frame = factory.frame(message)
    ws = WebsocketDataEvent(frame)
    assert ws.data == frame and repr(ws) == f"<WebsocketDataEvent websocketData size={len(frame)}>"
    assert plain(WebsocketConnectedEvent(object()))[0] == {}
