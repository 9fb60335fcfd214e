"""Running a worker's set of rooms: the one place that knows how rooms are connected to.

:class:`RoomRunner` starts and stops rooms and hands every event on with its room and a safe
checkpoint (:class:`~tiktoklive.fleet.writer.Delivery`). Today it runs one
:class:`~tiktoklive.Connection` per room, through the public API only; the worker depends on
nothing but :meth:`RoomRunner.start_room`, :meth:`RoomRunner.stop_room` and the callbacks, so
another multi-room engine can take its place here.

The checkpoint handed on with an event is the connection's cursor as it stood when the frame
carrying the event arrived (``websocketData`` fires before a frame's cursor is taken), so every
event after it is read again by a connection resuming there. On ``connected`` (fired before the
reader thread starts, after the missed messages of a resume) a delivery without an event hands on
the cursor of the connect itself, so that a room is checkpointed before its first event.
"""
from __future__ import annotations

import dataclasses
import functools
import logging
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional

from tiktoklive.backoff import Backoff
from tiktoklive.connection import Connection
from tiktoklive.errors import TikTokLiveError, UserOfflineError
from tiktoklive.events import Event
from tiktoklive.events.names import WEBCAST_EVENT_NAMES, ControlEvent, WebcastEvent
from tiktoklive.fleet.writer import Delivery
from tiktoklive.signer import Signer

logger = logging.getLogger(__name__)

#: Seconds :meth:`RoomRunner.stop_room` waits for a room's thread.
JOIN_TIMEOUT = 10.0
#: Delays between attempts to connect to a room that failed (never gives up: the lease says when to stop).
RETRY = Backoff(initial=1.0, max_delay=30.0, max_attempts=None)

#: ``deliver(delivery, stop) -> bool``: hand an event on; may block (backpressure) until ``stop`` is set.
Deliver = Callable[[Delivery, threading.Event], bool]
#: ``on_state(room, state, detail)`` with ``state`` one of ``"live"``, ``"offline"``, ``"error"`` and
#: ``"gap"`` (messages lost for good: resumed from a cursor older than what TikTok keeps).
OnState = Callable[[str, str, str], None]
#: ``signer_for(stop) -> Signer``: the signer of one room's connections.
SignerFactory = Callable[[threading.Event], Signer]


@dataclasses.dataclass
class _Room:
    unique_id: str
    cursor: str
    stop: threading.Event = dataclasses.field(default_factory=threading.Event)
    connection: Optional[Connection] = None
    thread: Optional[threading.Thread] = None


class RoomRunner:
    """Runs rooms, one :class:`~tiktoklive.Connection` each, on threads of their own.

    A room whose stream is offline or has ended is tried again every ``offline_retry`` seconds; one
    that fails to connect is tried again after the ``retry`` backoff. Callbacks run on the room's
    threads.

    :param options: :class:`~tiktoklive.Connection` options for every room (``room_options`` adds
        per-room ones).
    :param deliver: gets every event of every room.
    :param on_state: told when a room goes live, is offline, or fails.
    :param signer_for: builds the signer of a room's connections (``None``: the options' own).
    :param room_options: ``room_options(unique_id)`` -> extra options of one room (its proxy).
    """

    def __init__(self, options: Mapping[str, Any], deliver: Deliver, on_state: OnState, *,
                 signer_for: Optional[SignerFactory] = None,
                 room_options: Callable[[str], Mapping[str, Any]] = lambda unique_id: {},
                 retry: Backoff = RETRY, offline_retry: float = 30.0) -> None:
        self._options = {**options, "process_initial_data": False}
        self._deliver = deliver
        self._on_state = on_state
        self._signer_for = signer_for
        self._room_options = room_options
        self._retry = retry
        self._offline_retry = offline_retry
        self._rooms: Dict[str, _Room] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<RoomRunner rooms={len(self._rooms)}>"

    def rooms(self) -> List[str]:
        """The rooms running."""
        with self._lock:
            return sorted(self._rooms)

    def start_room(self, unique_id: str, cursor: str = "") -> None:
        """Start reading ``unique_id``, from ``cursor`` (``""``: from now on). Does nothing if running."""
        with self._lock:
            if unique_id in self._rooms:
                return
            room = self._rooms[unique_id] = _Room(unique_id, cursor)
            room.thread = threading.Thread(target=self._run, args=(room,), daemon=True,
                                           name=f"tiktoklive-fleet-room[@{unique_id}]")
            room.thread.start()

    def stop_room(self, unique_id: str) -> None:
        """Stop reading ``unique_id``; every event it delivered has been delivered when this returns."""
        with self._lock:  # with _read's check: either it sees stop, or this sees its connection
            room = self._rooms.pop(unique_id, None)
            if room is None:
                return
            room.stop.set()
            connection = room.connection
        if connection is not None:
            connection.disconnect()
        if room.thread is not None and room.thread is not threading.current_thread():
            room.thread.join(JOIN_TIMEOUT)

    def close(self) -> None:
        """Stop every room."""
        for unique_id in self.rooms():
            self.stop_room(unique_id)

    # ------------------------------------------------------------ one room's thread

    def _run(self, room: _Room) -> None:
        retry = self._retry
        while not room.stop.is_set():
            delay = self._offline_retry
            try:
                ended = self._read(room)
                retry = self._retry
                if not ended:
                    delay = 0.0
            except UserOfflineError as exc:
                self._forget_cursor(room)
                self._on_state(room.unique_id, "offline", str(exc))
            except Exception as exc:  # TikTok, the sign server, the network, or a bug: try again later
                if room.stop.is_set():
                    break
                delay, retry = retry.delay(), retry.increment()
                if not isinstance(exc, TikTokLiveError):
                    logger.exception("@%s: the room's connection failed", room.unique_id)
                self._on_state(room.unique_id, "error", f"{type(exc).__name__}: {exc}")
            room.stop.wait(delay)

    def _read(self, room: _Room) -> bool:
        """Connect, deliver the events until the connection ends; returns whether the stream ended."""
        options = {**self._options, **self._room_options(room.unique_id)}
        if self._signer_for is not None:
            options["signer"] = self._signer_for(room.stop)
        connection = Connection(room.unique_id, **options)
        ended = threading.Event()
        safe = [room.cursor]  # the checkpoint of the events of the frame being read

        def on_frame(event: Event) -> None:
            safe[0] = connection.cursor

        def on_connected(event: Event) -> None:  # before the reader starts: every earlier event is delivered
            self._deliver(Delivery(room.unique_id, connection.room_id or "", None, connection.cursor), room.stop)

        def on_event(event: Event) -> None:
            if event.name == WebcastEvent.STREAM_END:
                ended.set()
            self._deliver(Delivery(room.unique_id, connection.room_id or "", event, safe[0]), room.stop)

        connection.on(ControlEvent.WEBSOCKET_DATA, on_frame)
        connection.on(ControlEvent.CONNECTED, on_connected)
        for name in sorted(WEBCAST_EVENT_NAMES):
            connection.on(name, on_event)
        connection.on(ControlEvent.ERROR, functools.partial(_log_error, room))
        connection.on(ControlEvent.GAP, functools.partial(self._gap, room))
        try:
            with self._lock:
                if room.stop.is_set():
                    return False
                room.connection = connection
            connection.connect(cursor=room.cursor or None)
            self._on_state(room.unique_id, "live", "")
            connection.wait()
        finally:
            connection.close()  # every event it read has been delivered: resume after them
            room.cursor = connection.cursor or room.cursor
            if options.get("signer") is not None:
                options["signer"].close()
        if ended.is_set():
            self._forget_cursor(room)
            self._on_state(room.unique_id, "offline", "the stream ended")
        return ended.is_set()

    def _forget_cursor(self, room: _Room) -> None:
        """The room is not live: its next stream starts afresh (an old cursor means nothing there)."""
        room.cursor = ""
        self._deliver(Delivery(room.unique_id, "", None, ""), room.stop)

    def _gap(self, room: _Room, event: Any) -> None:
        self._on_state(room.unique_id, "gap", f"{event.missed} messages lost for good (TikTok no longer kept them)")


def _log_error(room: _Room, event: Event) -> None:
    """Log a connection's ``error`` event (those of a room being stopped are expected)."""
    level = logging.DEBUG if room.stop.is_set() else logging.WARNING
    logger.log(level, "@%s: %s: %s", room.unique_id, event.info, event.exception)  # type: ignore[attr-defined]
