"""The event base classes: :class:`Event`, :class:`MessageEvent` (wraps a decoded message) and
:class:`UnknownEvent` (a message whose method has no mapping).
"""
from __future__ import annotations

import operator
from typing import Any, NamedTuple, Optional

from google.protobuf.message import DecodeError as _ProtobufDecodeError
from google.protobuf.message import Message

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events import plain
from tiktoklive.events.names import WebcastEvent


class Origin(NamedTuple):
    """The room an event came from: the streamer's unique id and the room id (once known)."""

    unique_id: str
    room_id: Optional[str] = None


class Event:
    """Base class of every event: ``name`` is the Node event name, ``method`` the wire method
    (``None`` for the connection's own control events); ``unique_id`` and ``room_id`` say which
    room it came from (``None`` for an event no connection emitted, such as ``decode_frame``'s)."""

    __slots__ = ("origin",)
    name: str
    method: Optional[str] = None
    #: Where the event came from (set by the connection or hub that emits it).
    origin: Optional[Origin]

    @property
    def unique_id(self) -> Optional[str]:
        """The unique id of the streamer whose room sent the event."""
        origin = _origin_of(self)
        return None if origin is None else origin.unique_id

    @property
    def room_id(self) -> Optional[str]:
        """The id of the room that sent the event (``None`` before it is known)."""
        origin = _origin_of(self)
        return None if origin is None else origin.room_id

    def to_dict(self) -> dict[str, Any]:
        """The event as plain data that ``json.dumps`` accepts (snake_case keys)."""
        raise NotImplementedError

    def to_legacy(self) -> dict[str, Any]:
        """The flat, camelCase shape the Node README shows for this event (ids as strings)."""
        raise NotImplementedError

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return []

    def _repr_html_(self) -> str:
        """The event as a small HTML card (avatar, names, what happened), for Jupyter."""
        from tiktoklive.events import render

        return render.to_html(self)

    def __repr__(self) -> str:
        fields = "".join(f" {k}={v!r}" for k, v in self._repr_fields())
        return f"<{type(self).__name__} {self.name}{fields}>"


#: The ``origin`` slot's descriptor: reads it without falling back to ``MessageEvent.__getattr__``.
_ORIGIN_SLOT: Any = Event.__dict__["origin"]


def _origin_of(event: Event) -> Optional[Origin]:
    """The event's origin slot (``None`` when unset)."""
    try:
        return _ORIGIN_SLOT.__get__(event, Event)
    except AttributeError:
        return None


_MISSING: Any = object()


def message_field(path: str, doc: str) -> Any:
    """A read-only property of a :class:`MessageEvent` that reads ``path`` of its message
    (``"user"``, ``"gift.name"``), at C speed (:func:`operator.attrgetter`): the fields handlers
    read on every event cost no Python call. Annotate it with the field's type."""
    return property(operator.attrgetter(f"message.{path}"), doc=doc)


class MessageEvent(Event):
    """An event decoded from one TikTok message: it wraps the decoded protobuf ``message``.

    Fields of the message read as attributes of the event (``event.user.unique_id``,
    ``event.comment``); :meth:`to_dict` and :meth:`to_legacy` are computed on demand.

    :ivar name: the Node event name (``"chat"``).
    :ivar method: the wire method as TikTok sent it (``"WebcastChatMessage"``).
    :ivar message: the decoded message (a ``tiktoklive._proto.webcast_pb2`` message).
    """

    __slots__ = ("name", "method", "message")
    method: str
    #: Fields shown by ``repr()`` besides the user's handle.
    _shown: tuple[str, ...] = ()

    def __init__(self, name: str, method: str, message: Message) -> None:
        self.name = name
        self.method = method
        self.message = message

    def __getattr__(self, attr: str) -> Any:
        if attr == "message" or attr.startswith("__"):
            raise AttributeError(attr)
        value = getattr(self.message, attr, _MISSING)  # a miss raises once, not twice (getattr(e, "user", None))
        if value is _MISSING:
            raise AttributeError(f"{type(self).__name__} ({self.method}) has no attribute {attr!r}")
        return value

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | {f.name for f in self.message.DESCRIPTOR.fields})

    @property
    def unique_id(self) -> Any:
        """The streamer whose room sent the event; a message's own ``unique_id`` field wins."""
        return self._field_or_origin("unique_id")

    @property
    def room_id(self) -> Any:
        """The room that sent the event; a message's own ``room_id`` field (an int) wins."""
        return self._field_or_origin("room_id")

    def _field_or_origin(self, name: str) -> Any:
        if name in self.message.DESCRIPTOR.fields_by_name:
            return getattr(self.message, name)
        origin = _origin_of(self)
        return None if origin is None else getattr(origin, name)

    @property
    def common(self) -> pb.CommonMessageData:
        """The message's common header (message id, room id, creation time, display text)."""
        return self.message.common  # type: ignore[attr-defined]  # every mapped type has one (field 1)

    @property
    def msg_id(self) -> int:
        """The message id (``common.msg_id``)."""
        return self.common.msg_id

    @property
    def create_time(self) -> int:
        """When TikTok created the message, in ms since the epoch (``common.create_time``)."""
        return self.common.create_time

    def to_dict(self) -> dict[str, Any]:
        """The message's set fields as plain data: snake_case keys, nested dicts, 64-bit ints as ints."""
        return plain.to_dict(self.message)

    def to_legacy(self) -> dict[str, Any]:
        """The Node legacy (README) shape of this event: see :func:`tiktoklive.events.legacy.flatten`."""
        from tiktoklive.events import legacy

        return legacy.flatten(self.method, self.message)

    def _repr_fields(self) -> list[tuple[str, Any]]:
        user = getattr(self, "user", None)  # the message's field, or a subclass's property
        shown = [("user", user.unique_id)] if user is not None and user.unique_id else []
        return shown + [(f, getattr(self, f)) for f in self._shown]


class UnknownEvent(Event):
    """A message whose method has no mapping: kept with its method, raw bytes and, when the payload
    opens with the usual common header, its decoded ``common``.

    :ivar method: the wire method.
    :ivar data: the undecoded payload.
    :ivar common: the ``CommonMessageData`` at field 1, or ``None``.
    """

    __slots__ = ("method", "data", "common")
    name = WebcastEvent.UNKNOWN
    method: str

    def __init__(self, method: str, data: bytes, common: Optional[pb.CommonMessageData] = None) -> None:
        self.method = method
        self.data = data
        self.common = common

    @classmethod
    def from_payload(cls, method: str, data: bytes) -> "UnknownEvent":
        """Keep ``data`` and decode its leading common header if it has one; never raises."""
        return cls(method, data, _leading_common(data))

    def to_dict(self) -> dict[str, Any]:
        """``method``, ``data`` (base64) and ``common`` (or ``None``)."""
        common = None if self.common is None else plain.to_dict(self.common)
        return {"method": self.method, "data": plain.b64(self.data), "common": common}

    def to_legacy(self) -> dict[str, Any]:
        """The common fields flattened as for a known message (``displayType``, ``label``, ``msgId``,
        ``createTime``, ...) plus ``method`` and ``data`` (base64)."""
        from tiktoklive.events import legacy

        flat = {} if self.common is None else legacy.flatten_common(self.common)
        flat.update(method=self.method, data=plain.b64(self.data))
        return flat

    def _repr_fields(self) -> list[tuple[str, Any]]:
        return [("method", self.method), ("size", len(self.data))]


def _leading_common(data: bytes) -> Optional[pb.CommonMessageData]:
    """Field 1 of ``data`` as a ``CommonMessageData``, if it holds one (else ``None``; never raises).

    A payload whose later fields are truncated or corrupt still gives the header it opens with.
    """
    try:
        found = pb.CommonOnly.FromString(data)
    except _ProtobufDecodeError:
        found = pb.CommonOnly()
        try:
            found.ParseFromString(_first_field(data))
        except _ProtobufDecodeError:
            return None
    return found.common if found.HasField("common") else None


def _first_field(data: bytes) -> bytes:
    """The leading field-1 record of ``data`` (tag, length and value) when it is length-delimited and
    complete, else ``b""``."""
    if data[:1] != b"\x0a":  # field 1, wire type 2
        return b""
    length = shift = 0
    for end, byte in enumerate(data[1:11], start=2):  # the length: a varint of at most 10 bytes
        length |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return data[:end + length] if end + length <= len(data) else b""
    return b""
