"""Events of the connection itself (PROTOCOL §11): connected, disconnected, error, raw and decoded
data mirrors, WebSocket open and data, enter-room answer. Their ``method`` is ``None``.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from tiktoklive._proto import push_pb2
from tiktoklive.events import plain
from tiktoklive.events.base import Event
from tiktoklive.events.names import ControlEvent


def _plain_state(state: Any) -> Any:
    """A connection state as plain data (its ``to_dict()``, a dataclass's fields, or a dict copy)."""
    if hasattr(state, "to_dict"):
        return state.to_dict()
    if dataclasses.is_dataclass(state) and not isinstance(state, type):
        return dataclasses.asdict(state)
    return dict(state) if isinstance(state, dict) else state


class ConnectedEvent(Event):
    """``connect()`` fully succeeded (``connected``).

    :ivar state: the connection's state, as ``connect()`` returns it.
    """

    __slots__ = ("state",)
    name = ControlEvent.CONNECTED

    def __init__(self, state: Any) -> None:
        self.state = state

    def to_dict(self) -> dict[str, Any]:
        """``{"state": ...}``."""
        return {"state": _plain_state(self.state)}

    def to_legacy(self) -> dict[str, Any]:
        """The state itself with camelCase keys, as Node passes it (``isConnected``, ``roomId``, ...)."""
        state = _plain_state(self.state)
        return {plain.camel(k): v for k, v in state.items()} if isinstance(state, dict) else {"state": state}


class DisconnectedEvent(Event):
    """The connection closed after a successful connect (``disconnected``).

    :ivar code: the WebSocket close code (``None`` if the socket just dropped).
    :ivar reason: the close reason or what went wrong.
    """

    __slots__ = ("code", "reason")
    name = ControlEvent.DISCONNECTED

    def __init__(self, code: Optional[int] = None, reason: str = "") -> None:
        self.code = code
        self.reason = reason

    def to_dict(self) -> dict[str, Any]:
        """``{"code": ..., "reason": ...}``."""
        return {"code": self.code, "reason": self.reason}

    to_legacy = to_dict

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("code", self.code), ("reason", self.reason)]


class ErrorEvent(Event):
    """Something failed (``error``). Emitted instead of raised, so handlers keep running.

    :ivar info: Node's description of what failed (``"Websocket message decoding failed"``, ...).
    :ivar exception: the exception.
    :ivar event: the event whose handling failed, if any.
    """

    __slots__ = ("info", "exception", "event")
    name = ControlEvent.ERROR

    # Node's ``info`` texts (PROTOCOL §11)
    CONNECTING_FAILED = "Error while connecting"  #: ``connect()`` failed (and raises too)
    WEBSOCKET_FAILED = "WebSocket Error after connecting"  #: the socket failed after connecting
    DECODING_FAILED = "Websocket message decoding failed"  #: a frame or one of its messages was undecodable
    PROCESSING_FAILED = "Failed to process decoded data"  #: handling a decoded message failed
    ROOM_ID_FAILED = "Failed to retrieve Room ID from all sources."  #: the room id lookup failed
    LIVE_STATUS_FAILED = "Failed to retrieve live status from all sources."  #: the live check failed
    ROOM_INFO_FAILED = "Failed to fetch room info."  #: ``fetch_room_info()`` failed
    GIFTS_FAILED = "Failed to fetch room gifts."  #: the gift list could not be fetched
    SEND_MESSAGE_FAILED = "Failed to send message."  #: sending a chat message failed

    def __init__(self, info: str, exception: BaseException, event: Optional[Event] = None) -> None:
        self.info = info
        self.exception = exception
        self.event = event

    def to_dict(self) -> dict[str, Any]:
        """``info``, the exception's type and text, and the failed event's name."""
        return {"info": self.info, "exception": f"{type(self.exception).__name__}: {self.exception}",
                "event": None if self.event is None else self.event.name}

    to_legacy = to_dict

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("info", self.info), ("exception", self.exception)]


class RawDataEvent(Event):
    """One message of a frame, before decoding (``rawData``).

    :ivar method: the message's wire method (its ``method`` as an event: it names a message).
    :ivar data: the message's payload bytes.
    """

    __slots__ = ("method", "data")
    name = ControlEvent.RAW_DATA

    def __init__(self, method: str, data: bytes) -> None:
        self.method = method
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        """``{"method": ..., "data": <base64>}``."""
        return {"method": self.method, "data": plain.b64(self.data)}

    to_legacy = to_dict

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("method", self.method), ("size", len(self.data))]


class DecodedDataEvent(Event):
    """One decoded message, before its own event (``decodedData``).

    :ivar method: the message's wire method.
    :ivar event: the event decoded from it (a ``MessageEvent``, or an ``UnknownEvent``).
    :ivar data: the message's payload bytes.
    """

    __slots__ = ("method", "event", "data")
    name = ControlEvent.DECODED_DATA

    def __init__(self, method: str, event: Event, data: bytes) -> None:
        self.method = method
        self.event = event
        self.data = data

    @property
    def message(self) -> Any:
        """The decoded protobuf message (``None`` for an unknown method)."""
        return getattr(self.event, "message", None)

    def to_dict(self) -> dict[str, Any]:
        """``{"type": method, "data": <the event's to_dict()>}``, as Node's payload."""
        return {"type": self.method, "data": self.event.to_dict()}

    def to_legacy(self) -> dict[str, Any]:
        """The decoded event's legacy shape."""
        return self.event.to_legacy()

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("method", self.method), ("event", self.event.name)]


class WebsocketConnectedEvent(Event):
    """The WebSocket is open and the enter-room frame sent (``websocketConnected``).

    :ivar websocket: the WebSocket client object (``None`` when there is none to show).
    """

    __slots__ = ("websocket",)
    name = ControlEvent.WEBSOCKET_CONNECTED

    def __init__(self, websocket: Any = None) -> None:
        self.websocket = websocket

    def to_dict(self) -> dict[str, Any]:
        """``{}``: the socket object is not data."""
        return {}

    to_legacy = to_dict


class WebsocketDataEvent(Event):
    """A binary frame arrived, before decoding (``websocketData``).

    :ivar data: the frame's bytes.
    """

    __slots__ = ("data",)
    name = ControlEvent.WEBSOCKET_DATA

    def __init__(self, data: bytes) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        """``{"data": <base64>}``."""
        return {"data": plain.b64(self.data)}

    to_legacy = to_dict

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("size", len(self.data))]


class EnterRoomEvent(Event):
    """TikTok answered the enter-room frame (``enterRoom``).

    :ivar frame: the decoded ``WebcastPushFrame`` (``payload_type == "im_enter_room_resp"``).
    """

    __slots__ = ("frame",)
    name = ControlEvent.ENTER_ROOM

    def __init__(self, frame: push_pb2.WebcastPushFrame) -> None:
        self.frame = frame

    def to_dict(self) -> dict[str, Any]:
        """The push frame's set fields."""
        return plain.to_dict(self.frame)

    def to_legacy(self) -> dict[str, Any]:
        """The push frame's set fields, camelCase."""
        return plain.to_camel(self.frame)


class GapEvent(Event):
    """Messages were lost and could not be recovered (``gap``): a reconnect resumed from a cursor
    older than what TikTok still keeps, or a result skipped past messages never received. The
    stream goes on after the gap.

    :ivar missed: how many messages were missed (read from the cursors' stream positions).
    """

    __slots__ = ("missed",)
    name = ControlEvent.GAP

    def __init__(self, missed: int) -> None:
        self.missed = missed

    def to_dict(self) -> dict[str, Any]:
        """``{"missed": N}``."""
        return {"missed": self.missed}

    to_legacy = to_dict

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("missed", self.missed)]
