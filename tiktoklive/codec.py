"""Decoding without a connection: frames and messages to events, with no I/O (the contract's ``codec``).

:func:`decode_frame` and :func:`decode_result` run a :class:`~tiktoklive.receiver.Receiver` (the
loop a connection runs) into a list, so a frame gives exactly the events a connection would
emit for it. The wire format itself (parsing and building frames) lives in :mod:`tiktoklive.wire`
and is re-exported here under its historical names.
"""
from __future__ import annotations

from tiktoklive.dispatcher import Sink
from tiktoklive.events import EnterRoomEvent, Event
from tiktoklive.events.names import MIRROR_EVENT_NAMES
from tiktoklive.receiver import EVERY_MESSAGE, Receiver, base_event, decode_events
from tiktoklive.wire import (  # noqa: F401  (the wire format, re-exported: codec is its public name)
    ACK,
    CLOSE,
    DEFAULT_MAX_DECOMPRESSED_SIZE,
    DEFAULT_MAX_FRAME_SIZE,
    ENTER_ROOM,
    ENTER_ROOM_RESPONSE,
    HEARTBEAT,
    MSG,
    BaseMessage,
    FetchResult,
    PushFrame,
    cursor_position,
    decode_error,
    encode_ack,
    encode_enter_room,
    encode_fetch_result,
    encode_frame,
    encode_heartbeat,
    encode_message_frame,
    frame_payload,
    gunzip,
    new_enter_unique_id,
    parse_fetch_result,
    parse_push_frame,
    unpack_frame,
    wrap_message,
)

__all__ = ["decode_message", "decode_events", "decode_result", "decode_frame", "base_event"]


class _Collector(Sink):
    """A sink that keeps every event but the raw mirrors, in order."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        # the list's own append, not a method that calls it: one call less per event
        self.emit = self.events.append  # type: ignore[method-assign,assignment]

    def listening(self, name: str) -> bool:
        return name not in MIRROR_EVENT_NAMES


def decode_message(method: str, payload: bytes) -> Event:
    """Decode one ``WebcastResponse.Message.payload`` by its method name into its event.

    A social message gives its ``follow``, ``share`` or ``social`` event; the other types with
    derived events give their base event (``controlMessage``, ``barrage``, ``envelope``). An
    unknown method gives an :class:`~tiktoklive.events.UnknownEvent`, never ``None``.

    :raises DecodeError: the payload is not a valid message of its method.
    """
    return base_event(method, decode_events(method, payload))


def decode_result(result: FetchResult) -> list[Event]:
    """The events of a parsed fetch result's messages, in wire order, derived events included.

    A message that cannot be decoded becomes an :class:`~tiktoklive.events.ErrorEvent` in its place
    (``info`` "Websocket message decoding failed", ``exception`` a :class:`DecodeError` naming the
    method), logged at WARNING; the other messages still decode. A message repeated (same message
    id) is given once, as a connection would.
    """
    collector = _Collector()
    Receiver(collector, interest=EVERY_MESSAGE).deliver(result)
    return collector.events


def decode_frame(data: bytes) -> list[Event]:
    """Every event a connection would emit for one binary WebSocket frame, in wire order.

    A "msg" frame gives its messages' events (see :func:`decode_result`); an
    "im_enter_room_resp" frame an :class:`~tiktoklive.events.EnterRoomEvent`; other frames
    (heartbeats, acks) nothing. The connection's own mirrors (``rawData``, ``decodedData``,
    ``websocketData``) are not included. No ack, no I/O.

    :raises DecodeError: the frame, its gzip payload or its fetch result is corrupt, or
        (:class:`~tiktoklive.errors.FrameTooLargeError`) over the default size limits.
    """
    frame, result = unpack_frame(data)
    if result is not None:
        return decode_result(result)
    return [EnterRoomEvent(frame)] if frame.payload_type == ENTER_ROOM_RESPONSE else []
