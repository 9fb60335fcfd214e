"""From frames and fetch results to events: the receive state of one stream, with no I/O.

One :class:`Receiver` per connection (per room of a hub, per replay, per :func:`tiktoklive.codec.decode_frame`
call). :meth:`Receiver.open_frame` takes a binary WebSocket frame apart (the caller acks it, see
:meth:`PushClient.ack <tiktoklive.transport.PushClient.ack>`, before anything is dispatched);
:meth:`Receiver.deliver` turns a fetch result into events: it decodes each message that someone
listens to (a message none of whose events has a handler or an iterator is not parsed at all;
control messages always are, for the end of the stream), drops messages already delivered (by
message id, so a reconnect's backlog repeats nothing), reports gaps, attaches gift-list entries to
gift events, and hands the events to its :class:`~tiktoklive.dispatcher.Sink` in wire order with
Node's mirrors (``websocketData``, ``rawData``, ``decodedData``), each built only when someone
listens. It returns whether the stream ended, for the reader to act on.
"""
from __future__ import annotations

import logging
import operator
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Optional, Protocol

from google.protobuf.message import DecodeError as ProtobufDecodeError

from tiktoklive import wire
from tiktoklive.dispatcher import Sink
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

logger = logging.getLogger(__name__)

#: Message ids remembered to drop repeats (a reconnect's backlog overlaps what was already delivered):
#: the last ``SEEN_IDS`` at least, twice as many and one result's at most (two generations of sets,
#: moved on after each result).
SEEN_IDS = 4096
#: The event a message must be decoded for whoever listens: it tells the reader the stream ended.
STREAM_END = WebcastEvent.STREAM_END
_ALWAYS_DECODED = frozenset({STREAM_END})
_IS_HISTORY = operator.attrgetter("is_history")



class Gift(Protocol):
    """A gift-list entry as the receiver attaches it (:class:`tiktoklive.web.Gift` is one)."""

    @property
    def id(self) -> int: ...

    @property
    def raw(self) -> dict[str, Any]: ...


class Row(NamedTuple):
    """How messages of one method become events: ``derive(method, parse(payload))``, or, for the
    types that yield one event, ``[event_class(name, method, parse(payload))]``."""

    parse: Callable[[bytes], Any]
    event_class: Callable[..., Event]
    name: str
    derive: Optional[Callable[[str, Any], "list[Event]"]]


#: Wire method -> the :class:`Row` of its type (both spellings of every mapped type).
ROWS: dict[str, Row] = {method: Row(row.message_class.FromString, row.event_class, row.name, row.derive)
                         for method, row in MESSAGE_TYPES.items()}
#: The row of every method missing from :data:`ROWS`: an :class:`UnknownEvent` keeping the bytes.
UNKNOWN_ROW = Row(bytes, UnknownEvent, WebcastEvent.UNKNOWN,
                  lambda method, data: [UnknownEvent.from_payload(method, data)])
#: The methods whose messages may end the stream (``streamEnd`` is among the events they yield).
ENDING_METHODS = frozenset(method for method, row in MESSAGE_TYPES.items() if STREAM_END in row.names)


def decode_events(method: str, payload: bytes) -> list[Event]:
    """Every event one message yields, derived events included, in the order a connection emits them
    (``controlMessage`` then ``streamEnd``; ``superFan`` then ``barrage``; one of ``follow``/``share``/``social``).

    :raises DecodeError: the payload is not a valid message of its method.
    """
    row = ROWS.get(method, UNKNOWN_ROW)
    try:
        message = row.parse(payload)
        return [row.event_class(row.name, method, message)] if row.derive is None else row.derive(method, message)
    except ProtobufDecodeError as exc:
        raise wire.decode_error(method, exc, payload) from None


def base_event(method: str, events: list[Event]) -> Event:
    """The event of the message itself among the events it yields (not a derived one)."""
    row = MESSAGE_TYPES.get(method)
    return next((e for e in events if e.name == row.name), events[0]) if row else events[0]


class Interest(NamedTuple):
    """Which messages to decode, as the registered handlers and iterators ask.

    :ivar rows: wire method -> its :class:`Row`, ``None`` where nobody listens (both spellings of
        every mapped type).
    :ivar unknown: the row of the methods missing from ``rows`` (``None``: they are not decoded).
    :ivar raw: whether ``rawData`` is listened to.
    :ivar decoded: whether ``decodedData`` is listened to.
    :ivar frames: whether ``websocketData`` (every frame) is listened to.
    """

    rows: Mapping[str, Optional[Row]]
    unknown: Optional[Row]
    raw: bool
    decoded: bool
    frames: bool = False

    @classmethod
    def of(cls, sink: Sink) -> Interest:
        """What ``sink``'s listeners ask for now."""
        raw, decoded = sink.listening(ControlEvent.RAW_DATA), sink.listening(ControlEvent.DECODED_DATA)
        every = raw or decoded
        listened = {name for name in WEBCAST_EVENT_NAMES if sink.listening(name)} | _ALWAYS_DECODED
        rows = {method: row if every or not MESSAGE_TYPES[method].names.isdisjoint(listened) else None
                for method, row in ROWS.items()}
        return cls(rows, UNKNOWN_ROW if every or WebcastEvent.UNKNOWN in listened else None, raw, decoded,
                   sink.listening(ControlEvent.WEBSOCKET_DATA))


#: Every message decoded, no raw mirror: the interest of a receiver that collects every event.
EVERY_MESSAGE = Interest(ROWS, UNKNOWN_ROW, False, False)


class Batch(NamedTuple):
    """The messages one "msg" frame carries: its log id (what an ack names) and its fetch result."""

    log_id: int
    result: wire.FetchResult


class Receiver:
    """Decodes the messages of one stream into events for ``sink``, remembering where the stream is.

    :param sink: where the events go (a :class:`~tiktoklive.dispatcher.Dispatcher`).
    :param max_frame_size: bytes a frame may have; a larger one is skipped as an ``error`` event.
    :param max_decompressed_size: bytes a frame's payload may inflate to; a larger one (a
        decompression bomb) is cut off there and skipped as an ``error`` event.
    :param interest: decode these messages always (``None``: what ``sink``'s listeners ask for,
        looked up again whenever a registration changes).
    :ivar cursor: the last cursor TikTok gave (where a reconnect resumes).
    :ivar internal_ext: the last ``internal_ext`` TikTok gave.
    :ivar stream_ended: whether a ``streamEnd`` event went through.
    :ivar missed: messages known to be lost (see :meth:`deliver`).
    :ivar gaps: how many ``gap`` events were emitted.
    """

    def __init__(self, sink: Sink, *, max_frame_size: int = wire.DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = wire.DEFAULT_MAX_DECOMPRESSED_SIZE,
                 interest: Optional[Interest] = None) -> None:
        self.sink = sink
        self._limits = {"max_frame_size": max_frame_size, "max_decompressed_size": max_decompressed_size}
        self.cursor = ""
        self.internal_ext = ""
        self.stream_ended = False
        self.missed = self.gaps = 0
        self._gifts: dict[int, Gift] = {}
        self._recent: set[int] = set()  # ids seen lately; when full, it becomes _older
        self._older: set[int] = set()
        self._position: tuple[str, Optional[int]] = ("", None)  # a cursor and its stream position, kept
        self._interest = interest

    def reset(self, gifts: Iterable[Gift] = ()) -> None:
        """Forget the stream's position and seen ids (a new connect); attach ``gifts`` to gift events."""
        self.cursor = self.internal_ext = ""
        self.stream_ended = False
        self.missed = self.gaps = 0
        self._gifts = {gift.id: gift for gift in gifts}
        self._recent, self._older = set(), set()

    def open_frame(self, data: bytes) -> Optional[Batch]:
        """Take one binary WebSocket frame apart: ``websocketData``, then its batch of messages.

        A frame without messages gives ``None`` (an enter-room answer its ``enterRoom`` event first);
        an undecodable or oversized frame too, after its ``error`` event
        (:class:`~tiktoklive.errors.DecodeError`, :class:`~tiktoklive.errors.FrameTooLargeError`).
        """
        if self._current_interest().frames:
            self.sink.emit(WebsocketDataEvent(data))
        try:
            frame, result = wire.unpack_frame(data, **self._limits)
        except DecodeError as exc:
            self.frame_skipped(exc)
            return None
        if result is None:
            logger.debug("%s frame %s (%d bytes)", frame.payload_type, frame.log_id, len(data))
            if frame.payload_type == wire.ENTER_ROOM_RESPONSE:
                self.sink.emit(EnterRoomEvent(frame))
            return None
        return Batch(frame.log_id, result)

    def frame_skipped(self, error: DecodeError) -> None:
        """Log a frame that was undecodable or too large, and emit its ``error`` event."""
        logger.warning("frame skipped: %s", error)
        self.sink.error(ErrorEvent.DECODING_FAILED, error)

    def take_initial_fetch(self, result: wire.FetchResult, *, resume_from: str = "", initial: bool = True) -> None:
        """Take a first connect's initial fetch (a :class:`~tiktoklive.Connection`'s or a hub room's).

        :param resume_from: the cursor ``result`` was signed at, to resume an earlier reader: its
            messages are what was missed since (history left out; a ``gap`` where TikTok no longer
            keeps them).
        :param initial: otherwise, emit its messages (``process_initial_data``), or only keep its position.
        """
        if resume_from:
            self.cursor = resume_from  # where it stopped: what TikTok no longer keeps is a gap
            self.deliver(result, backlog=True)
        elif initial:
            self.deliver(result)
        else:
            self.follow(result)

    def follow(self, result: wire.FetchResult) -> None:
        """Keep ``result``'s position (cursor, ``internal_ext``) without delivering its messages."""
        self.cursor, self.internal_ext = result.cursor, result.internal_ext

    def deliver(self, result: wire.FetchResult, *, backlog: bool = False) -> bool:
        """Emit the events of a fetch result's messages (skipping repeats) and keep its cursor.

        Where the cursors carry stream positions (``s-N``: the messages sent up to that result), a
        result that starts past the position of the last cursor means messages were lost for good
        (a reconnect resumed from a cursor older than the server keeps): a ``gap`` event says how
        many, before the result's own events. A result older than the last cursor (a repeat) does
        not move the cursor back.

        :param backlog: the result is a reconnect's initial fetch: leave out its history messages
            (``is_history``), which predate the connection, and keep only what was missed.
        :returns: whether the stream has ended (a ``streamEnd`` event went through, now or before).
        """
        messages = list(result.messages)  # their wrappers made once, for the gap check and the loop
        cursor = result.cursor
        if cursor and self._follow(cursor, messages):
            self.cursor = cursor
        if result.internal_ext:
            self.internal_ext = result.internal_ext
        rows, unknown, raw, decoded, _ = self._current_interest()
        mirrored = raw or decoded
        sink, gifts = self.sink, self._gifts
        recent, older = self._recent, self._older
        emit = sink.emit
        if backlog:  # its history predates the connection
            messages = [item for item in messages if not item.is_history]
        # The hot loop, inlined: every call saved here is saved once per message.
        for item in messages:
            method = item.method
            row = rows.get(method, unknown)
            if row is None:  # a message nobody listens to costs no parsing
                continue
            msg_id = item.msg_id
            if msg_id:  # repeats are dropped before decoding: they cost nothing
                if msg_id in recent or msg_id in older:
                    continue
                recent.add(msg_id)
            payload = item.payload
            parse, event_class, name, derive = row
            try:
                events: list[Event] = ([event_class(name, method, parse(payload))] if derive is None
                                       else derive(method, parse(payload)))
            except ProtobufDecodeError as exc:
                self._message_skipped(wire.decode_error(method, exc, payload))
                continue
            if not msg_id:
                if self._repeated(getattr(events[0], "msg_id", 0)):
                    continue
            if mirrored:
                self._mirror(method, payload, events, raw, decoded)
            for event in events:
                if gifts and isinstance(event, GiftEvent):
                    gift = gifts.get(event.gift_id)
                    event.extended_gift_info = None if gift is None else gift.raw
                emit(event)
            if method in ENDING_METHODS and any(event.name == STREAM_END for event in events):
                self.stream_ended = True
        if len(recent) >= SEEN_IDS:  # a generation on, once per result
            self._older, self._recent = recent, set()
        return self.stream_ended

    def _message_skipped(self, error: DecodeError) -> None:
        """Log a message that could not be decoded (method, size, a preview) and emit its ``error`` event."""
        logger.warning("Failed to decode %s (%d bytes, starting %s)", error.what, len(error.data),
                       error.data[:48].hex(), exc_info=error)
        self.sink.error(ErrorEvent.DECODING_FAILED, error)

    def _follow(self, cursor: str, messages: list[wire.BaseMessage]) -> bool:
        """Report a gap before a result (its ``cursor`` and ``messages``); whether its cursor is not
        older than the last one."""
        last, before = self._position
        if last is not self.cursor:  # set from outside since
            before = wire.cursor_position(self.cursor)
        after = wire.cursor_position(cursor)
        self._position = (cursor, after)
        if before is None or after is None:
            return True
        missed = after - before - len(messages) + sum(map(_IS_HISTORY, messages))
        if missed > 0:
            logger.warning("%d messages were lost for good (resumed past them)", missed)
            self.missed += missed
            self.gaps += 1
            self.sink.emit(GapEvent(missed))
        return after >= before

    def _current_interest(self) -> Interest:
        if self._interest is not None:
            return self._interest
        return self.sink.derive(Interest.of)  # once per change of registrations, shared by a hub's rooms

    def _mirror(self, method: str, payload: bytes, events: list[Event], raw: bool, decoded: bool) -> None:
        """Node's mirrors of one message: ``rawData`` (its bytes), ``decodedData`` (its base event)."""
        if raw:
            self.sink.emit(RawDataEvent(method, payload))
        if decoded:
            self.sink.emit(DecodedDataEvent(method, base_event(method, events), payload))

    def _repeated(self, msg_id: int) -> bool:
        """Whether ``msg_id`` (of a message whose wire entry had none) was seen; remembers it."""
        if not msg_id:
            return False
        if msg_id in self._recent or msg_id in self._older:
            logger.debug("dropping a repeated message %s", msg_id)
            return True
        self._recent.add(msg_id)
        return False
