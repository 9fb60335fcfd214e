"""From frames and fetch results to emitted events: the path every received message takes.

One :class:`Pipeline` per connection (and one per replay): it acks what asks for an ack before
anything is dispatched, decodes each message that someone listens to (a message none of whose events
has a handler or an iterator is not parsed at all; control messages always are, for the end of the
stream), drops messages already delivered (by message id, so a
reconnect's backlog repeats nothing), attaches gift-list entries to gift events, and emits the
events in wire order with Node's mirrors (``websocketData``, ``rawData``, ``decodedData``), each
built only when someone listens.
"""
from __future__ import annotations

import logging
import operator
from typing import Callable, Dict, Iterable, List, NamedTuple, Optional, Set, Tuple

from google.protobuf.message import DecodeError as ProtobufDecodeError

from tiktoklive import codec
from tiktoklive.dispatch import AnyEmitter
from tiktoklive.errors import DecodeError
from tiktoklive.events import (
    DecodedDataEvent,
    EnterRoomEvent,
    ErrorEvent,
    Event,
    GapEvent,
    GiftEvent,
    RawDataEvent,
    UnknownEvent,
    WebsocketDataEvent,
)
from tiktoklive.events.mapping import MESSAGE_TYPES
from tiktoklive.events.names import WEBCAST_EVENT_NAMES, ControlEvent, WebcastEvent
from tiktoklive.web import Gift

logger = logging.getLogger(__name__)

#: Message ids remembered to drop repeats (a reconnect's backlog overlaps what was already delivered):
#: the last ``SEEN_IDS`` at least, twice as many at most (two generations of sets).
SEEN_IDS = 4096
#: The event a message must be decoded for whoever listens: it tells the connection the stream ended.
STREAM_END = WebcastEvent.STREAM_END
_ALWAYS_DECODED = frozenset({STREAM_END})
_IS_HISTORY = operator.attrgetter("is_history")


class Interest(NamedTuple):
    """Which messages to decode, as the registered handlers and iterators ask.

    :ivar methods: wire method -> whether to decode it (both spellings of every mapped type).
    :ivar unknown: whether to decode (keep) messages of unmapped methods.
    :ivar raw: whether ``rawData`` is listened to.
    :ivar decoded: whether ``decodedData`` is listened to.
    :ivar frames: whether ``websocketData`` (every frame) is listened to.
    """

    methods: Dict[str, bool]
    unknown: bool
    raw: bool
    decoded: bool
    frames: bool = False

    @classmethod
    def of(cls, emitter: AnyEmitter) -> "Interest":
        """What ``emitter``'s registrations ask for now."""
        raw, decoded = emitter.listening(ControlEvent.RAW_DATA), emitter.listening(ControlEvent.DECODED_DATA)
        every = raw or decoded
        listened = {name for name in WEBCAST_EVENT_NAMES if emitter.listening(name)} | _ALWAYS_DECODED
        methods = {method: every or not row.names.isdisjoint(listened) for method, row in MESSAGE_TYPES.items()}
        return cls(methods, every or WebcastEvent.UNKNOWN in listened, raw, decoded,
                   emitter.listening(ControlEvent.WEBSOCKET_DATA))


class Pipeline:
    """Decodes and emits the messages of one connection, remembering where the stream is.

    :param emitter: where the events go.
    :param max_frame_size: bytes a frame may have; a larger one is skipped as an ``error`` event.
    :param max_decompressed_size: bytes a frame's payload may inflate to; a larger one (a
        decompression bomb) is cut off there and skipped as an ``error`` event.
    :ivar cursor: the last cursor TikTok gave (where a reconnect resumes).
    :ivar internal_ext: the last ``internal_ext`` TikTok gave.
    :ivar stream_ended: whether a ``streamEnd`` event went through.
    :ivar missed: messages known to be lost (see :meth:`process_result`).
    :ivar gaps: how many ``gap`` events were emitted.
    """

    def __init__(self, emitter: AnyEmitter, *, max_frame_size: int = codec.DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = codec.DEFAULT_MAX_DECOMPRESSED_SIZE) -> None:
        self.emitter = emitter
        self._limits = {"max_frame_size": max_frame_size, "max_decompressed_size": max_decompressed_size}
        self.cursor = ""
        self.internal_ext = ""
        self.stream_ended = False
        self.missed = self.gaps = 0
        self._gifts: Dict[int, Gift] = {}
        self._recent: Set[int] = set()  # ids seen lately; when full, it becomes _older
        self._older: Set[int] = set()
        self._position: Tuple[str, Optional[int]] = ("", None)  # a cursor and its stream position, kept

    def reset(self, gifts: Iterable[Gift] = ()) -> None:
        """Forget the stream's position and seen ids (a new connect); attach ``gifts`` to gift events."""
        self.cursor = self.internal_ext = ""
        self.stream_ended = False
        self.missed = self.gaps = 0
        self._gifts = {gift.id: gift for gift in gifts}
        self._recent, self._older = set(), set()

    def process_frame(self, data: bytes, ack: Optional[Callable[[int, str], None]] = None) -> None:
        """Handle one binary WebSocket frame: ``websocketData``, ``ack(log_id, internal_ext)`` when the
        frame asks for one, then its events.

        An undecodable or oversized frame becomes an ``error`` event
        (:class:`~tiktoklive.errors.DecodeError`, :class:`~tiktoklive.errors.FrameTooLargeError`).
        """
        emit = self.emitter.emit
        if self._current_interest().frames:
            emit(WebsocketDataEvent(data))
        try:
            frame, result = codec.unpack_frame(data, **self._limits)
        except DecodeError as exc:
            self.frame_skipped(exc)
            return
        if result is None:
            logger.debug("%s frame %s (%d bytes)", frame.payload_type, frame.log_id, len(data))
            if frame.payload_type == codec.ENTER_ROOM_RESPONSE:
                emit(EnterRoomEvent(frame))
            return
        if result.need_ack and ack is not None:
            if result.internal_ext:
                ack(frame.log_id, result.internal_ext)
            else:
                logger.debug("no ack sent for frame %s: it has no internal_ext", frame.log_id)
        self.process_result(result)

    def frame_skipped(self, error: DecodeError) -> None:
        """Log a frame that was undecodable or too large, and emit its ``error`` event."""
        logger.warning("frame skipped: %s", error)
        self.emitter.emit(ErrorEvent(ErrorEvent.DECODING_FAILED, error))

    def process_result(self, result: codec.FetchResult, *, backlog: bool = False) -> None:
        """Emit the events of a fetch result's messages (skipping repeats) and keep its cursor.

        Where the cursors carry stream positions (``s-N``: the messages sent up to that result), a
        result that starts past the position of the last cursor means messages were lost for good
        (a reconnect resumed from a cursor older than the server keeps): a ``gap`` event says how
        many, before the result's own events. A result older than the last cursor (a repeat) does
        not move the cursor back.

        :param backlog: the result is a reconnect's initial fetch: leave out its history messages
            (``is_history``), which predate the connection, and keep only what was missed.
        """
        messages = list(result.messages)  # their wrappers made once, for the gap check and the loop
        cursor = result.cursor
        if cursor and self._follow(cursor, messages):
            self.cursor = cursor
        if result.internal_ext:
            self.internal_ext = result.internal_ext
        methods, unknown, raw, decoded, _ = self._current_interest()
        emit, gifts, decoders = self.emitter.emit, self._gifts, codec.DECODERS
        recent, older = self._recent, self._older
        # The hot loop, inlined: every call saved here is saved once per message.
        for item in messages:
            if backlog and item.is_history:
                continue
            method = item.method
            if not methods.get(method, unknown):  # a message nobody listens to costs no parsing
                continue
            msg_id = item.msg_id
            if msg_id:  # repeats are dropped before decoding: they cost nothing
                if msg_id in recent or msg_id in older:
                    continue
                recent.add(msg_id)
                if len(recent) >= SEEN_IDS:
                    self._older, self._recent = older, recent = recent, set()
            payload = item.payload
            decode = decoders.get(method)
            try:
                events: List[Event] = ([UnknownEvent.from_payload(method, payload)] if decode is None
                                         else decode(method, payload))
            except ProtobufDecodeError as exc:
                emit(codec.decoding_failed(codec.decode_error(method, exc, payload)))
                continue
            if not msg_id:
                if self._repeated(getattr(events[0], "msg_id", 0)):
                    continue
                recent, older = self._recent, self._older  # it may have moved a generation on
            if raw or decoded:
                self._mirror(method, payload, events, raw, decoded)
            for event in events:
                if gifts and isinstance(event, GiftEvent):
                    gift = gifts.get(event.gift_id)
                    event.extended_gift_info = None if gift is None else gift.raw
                emit(event)
                if event.name == STREAM_END:
                    self.stream_ended = True

    def _follow(self, cursor: str, messages: List[codec.BaseMessage]) -> bool:
        """Report a gap before a result (its ``cursor`` and ``messages``); whether its cursor is not
        older than the last one."""
        last, before = self._position
        if last is not self.cursor:  # set from outside since
            before = codec.cursor_position(self.cursor)
        after = codec.cursor_position(cursor)
        self._position = (cursor, after)
        if before is None or after is None:
            return True
        missed = after - before - len(messages) + sum(map(_IS_HISTORY, messages))
        if missed > 0:
            logger.warning("%d messages were lost for good (resumed past them)", missed)
            self.missed += missed
            self.gaps += 1
            self.emitter.emit(GapEvent(missed))
        return after >= before

    def _current_interest(self) -> Interest:
        return self.emitter.derive(Interest.of)  # once per change of registrations, shared by a hub's rooms

    def _mirror(self, method: str, payload: bytes, events: List[Event], raw: bool, decoded: bool) -> None:
        """Node's mirrors of one message: ``rawData`` (its bytes), ``decodedData`` (its base event)."""
        if raw:
            self.emitter.emit(RawDataEvent(method, payload))
        if decoded:
            self.emitter.emit(DecodedDataEvent(method, codec.base_event(method, events), payload))

    def _repeated(self, msg_id: int) -> bool:
        """Whether ``msg_id`` (of a message whose wire entry had none) was seen; remembers it."""
        if not msg_id:
            return False
        if msg_id in self._recent or msg_id in self._older:
            logger.debug("dropping a repeated message %s", msg_id)
            return True
        self._recent.add(msg_id)
        if len(self._recent) >= SEEN_IDS:
            self._older, self._recent = self._recent, set()
        return False

