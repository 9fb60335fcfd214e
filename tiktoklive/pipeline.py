"""From frames and fetch results to emitted events: the path every received message takes.

One :class:`Pipeline` per connection (and one per replay): it acks what asks for an ack before
anything is dispatched, decodes each message, drops messages already delivered (by message id, so a
reconnect's backlog repeats nothing), attaches gift-list entries to gift events, and emits the
events in wire order with Node's mirrors (``websocketData``, ``rawData``, ``decodedData``), each
built only when someone listens.
"""
from __future__ import annotations

import collections
import logging
from typing import Callable, Dict, Iterable, Optional

from tiktoklive import codec
from tiktoklive.dispatch import Emitter
from tiktoklive.errors import DecodeError
from tiktoklive.events import (
    DecodedDataEvent,
    EnterRoomEvent,
    ErrorEvent,
    GiftEvent,
    RawDataEvent,
    WebsocketDataEvent,
)
from tiktoklive.events.names import ControlEvent, WebcastEvent
from tiktoklive.web import Gift

logger = logging.getLogger(__name__)

#: Message ids remembered to drop repeats (a reconnect's backlog overlaps what was already delivered).
SEEN_IDS = 4096


class Pipeline:
    """Decodes and emits the messages of one connection, remembering where the stream is.

    :param emitter: where the events go.
    :ivar cursor: the last cursor TikTok gave (where a reconnect resumes).
    :ivar internal_ext: the last ``internal_ext`` TikTok gave.
    :ivar stream_ended: whether a ``streamEnd`` event went through.
    """

    def __init__(self, emitter: Emitter) -> None:
        self.emitter = emitter
        self.cursor = ""
        self.internal_ext = ""
        self.stream_ended = False
        self._gifts: Dict[int, Gift] = {}
        self._seen: "collections.OrderedDict[int, None]" = collections.OrderedDict()

    def reset(self, gifts: Iterable[Gift] = ()) -> None:
        """Forget the stream's position and seen ids (a new connect); attach ``gifts`` to gift events."""
        self.cursor = self.internal_ext = ""
        self.stream_ended = False
        self._gifts = {gift.id: gift for gift in gifts}
        self._seen.clear()

    def process_frame(self, data: bytes, ack: Optional[Callable[[int, str], None]] = None) -> None:
        """Handle one binary WebSocket frame: ``websocketData``, ``ack(log_id, internal_ext)`` when the
        frame asks for one, then its events.

        An undecodable frame becomes an ``error`` event.
        """
        emit = self.emitter.emit
        if self.emitter.listening(ControlEvent.WEBSOCKET_DATA):
            emit(WebsocketDataEvent(data))
        try:
            frame, result = codec.unpack_frame(data)
        except DecodeError as exc:
            logger.warning("undecodable frame (%d bytes): %s", len(data), exc)
            emit(ErrorEvent(ErrorEvent.DECODING_FAILED, exc))
            return
        logger.debug("%s frame %s (%d bytes)", frame.payload_type, frame.log_id, len(data))
        if result is None:
            if frame.payload_type == codec.ENTER_ROOM_RESPONSE:
                emit(EnterRoomEvent(frame))
            return
        if result.need_ack and ack is not None:
            if result.internal_ext:
                ack(frame.log_id, result.internal_ext)
            else:
                logger.debug("no ack sent for frame %s: it has no internal_ext", frame.log_id)
        self.process_result(result)

    def process_result(self, result: codec.FetchResult, *, backlog: bool = False) -> None:
        """Emit the events of a fetch result's messages (skipping repeats) and keep its cursor.

        :param backlog: the result is a reconnect's initial fetch: leave out its history messages
            (``is_history``), which predate the connection, and keep only what was missed.
        """
        if result.cursor:
            self.cursor = result.cursor
        if result.internal_ext:
            self.internal_ext = result.internal_ext
        mirrors = (self.emitter.listening(ControlEvent.RAW_DATA), self.emitter.listening(ControlEvent.DECODED_DATA))
        for item in result.messages:
            if not (backlog and item.is_history):
                self._process_message(item, *mirrors)

    def _process_message(self, item: codec.BaseMessage, raw: bool, decoded: bool) -> None:
        emitter = self.emitter
        method, payload = item.method, item.payload
        if item.msg_id and self._repeated(item.msg_id):  # checked before decoding: repeats cost nothing
            logger.debug("dropping a repeated %s", method)
            return
        try:
            events = codec.decode_events(method, payload)
        except DecodeError as exc:
            emitter.emit(codec.decoding_failed(exc))
            return
        if not item.msg_id and self._repeated(getattr(events[0], "msg_id", 0)):
            logger.debug("dropping a repeated %s", method)
            return
        if raw:
            emitter.emit(RawDataEvent(method, payload))
        if decoded:
            emitter.emit(DecodedDataEvent(method, codec.base_event(method, events), payload))
        for event in events:
            if self._gifts and isinstance(event, GiftEvent):
                gift = self._gifts.get(event.gift_id)
                event.extended_gift_info = None if gift is None else gift.raw
            emitter.emit(event)
            if event.name == WebcastEvent.STREAM_END:
                self.stream_ended = True

    def _repeated(self, msg_id: int) -> bool:
        if not msg_id:
            return False
        seen = self._seen
        if msg_id in seen:
            return True
        seen[msg_id] = None
        if len(seen) > SEEN_IDS:
            seen.popitem(last=False)
        return False

