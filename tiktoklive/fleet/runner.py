"""Running a worker's set of rooms: the one place that knows how rooms are connected to.

:class:`RoomRunner` runs the rooms on :class:`~tiktoklive.Hub` s (one per proxy; one when there are
none), so a worker's rooms share one reader thread and a few connector threads, and the hubs' connects
are paced by the fleet's limiter in Redis. It hands every event on with its room and a safe checkpoint
(:class:`~tiktoklive.fleet.writer.Delivery`); the worker depends on nothing but
:meth:`RoomRunner.start_room`, :meth:`RoomRunner.stop_room`, :meth:`RoomRunner.check` and the callbacks.

The checkpoint handed on with an event is the room's cursor as it stood when the frame carrying the
event arrived (read in the hub's ``websocketData`` handler, before the frame's cursor is taken), so
every event after it is read again by a hub resuming there. On ``connected`` (after the missed
messages of a resume) a delivery without an event hands on the cursor of the connect itself, so that
a room is checkpointed before its first event. The hub's handlers run on its reader thread: while the
writer's queue is full, every room of the hub waits (backpressure).
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Set

from tiktoklive.backoff import Backoff
from tiktoklive.errors import UnknownOptionError
from tiktoklive.events import ErrorEvent, Event
from tiktoklive.events.names import WEBCAST_EVENT_NAMES, ControlEvent
from tiktoklive.fleet.proxies import proxy_options
from tiktoklive.fleet.writer import Delivery
from tiktoklive.hub import OFFLINE, OPTION_NAMES, ROOM_FAILED, Hub
from tiktoklive.pacer import Pacer

logger = logging.getLogger(__name__)

#: Delays between attempts to connect to a room that failed (never gives up: the lease says when to stop).
RETRY = Backoff(initial=1.0, max_delay=30.0, max_attempts=None)

#: ``deliver(delivery, stop) -> bool``: hand an event on; may block (backpressure) until ``stop`` is set.
Deliver = Callable[[Delivery, threading.Event], bool]
#: ``on_state(room, state, detail)`` with ``state`` one of ``"live"``, ``"offline"``, ``"error"`` and
#: ``"gap"`` (messages lost for good: resumed from a cursor older than what TikTok keeps).
OnState = Callable[[str, str, str], None]

#: Set: a checkpoint handed on by :meth:`RoomRunner.check` never waits for room in the queue.
_NO_WAIT = threading.Event()
_NO_WAIT.set()


class _Room(NamedTuple):
    hub: Hub
    stop: threading.Event
    safe: List[str]  # the checkpoint of the events of the frame being read


class RoomRunner:
    """Runs rooms on hubs (see the module doc). Callbacks run on the hubs' reader threads.

    A room whose stream is offline or has ended is checked again every ``offline_retry`` seconds; one
    that fails to connect is tried again after the ``retry`` backoff.

    :param options: :class:`~tiktoklive.Hub` options of every room (``pacer`` and the retries are the
        runner's).
    :param deliver: gets every event of every room.
    :param on_state: told when a room goes live, is offline, or fails.
    :param pacer: builds each hub's pacer (the fleet's limiter).
    :param proxy_for: ``proxy_for(unique_id)`` -> the proxy URL of a room's requests and socket (``""``: none).
    :raises UnknownOptionError: an option no hub takes (checked before any I/O).
    """

    def __init__(self, options: Mapping[str, Any], deliver: Deliver, on_state: OnState, *,
                 pacer: Callable[[], Pacer], proxy_for: Callable[[str], str] = lambda unique_id: "",
                 retry: Backoff = RETRY, offline_retry: float = 30.0) -> None:
        unknown = set(options) - OPTION_NAMES
        if unknown:
            raise UnknownOptionError(f"unknown option(s) {', '.join(sorted(unknown))}; valid options: "
                                     f"{', '.join(sorted(OPTION_NAMES))}")
        self._options = {**options, "process_initial_data": False, "reconnect": retry,
                         "offline_poll_interval": offline_retry, "failed_retry_interval": retry.max_delay}
        self._deliver = deliver
        self._on_state = on_state
        self._pacer = pacer
        self._proxy_for = proxy_for
        self._hubs: Dict[str, Hub] = {}  # by proxy URL
        self._rooms: Dict[str, _Room] = {}
        self._offline: Set[str] = set()  # rooms said to be offline since they last connected
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<RoomRunner rooms={len(self._rooms)} hubs={len(self._hubs)}>"

    def rooms(self) -> List[str]:
        """The rooms running."""
        with self._lock:
            return sorted(self._rooms)

    def start_room(self, unique_id: str, cursor: str = "") -> None:
        """Start reading ``unique_id``, from ``cursor`` (``""``: from now on). Does nothing if running."""
        with self._lock:
            if unique_id in self._rooms:
                return
        hub = self._hub(self._proxy_for(unique_id))
        with self._lock:
            self._rooms[unique_id] = _Room(hub, threading.Event(), [cursor])
        try:
            hub.add(unique_id, cursor=cursor or None)
        except BaseException:
            with self._lock:
                self._rooms.pop(unique_id, None)
            raise

    def stop_room(self, unique_id: str) -> None:
        """Stop reading ``unique_id``; every event it delivered has been delivered when this returns."""
        with self._lock:
            room = self._rooms.pop(unique_id, None)
            self._offline.discard(unique_id)
        if room is not None:
            room.stop.set()  # a delivery waiting for room in the queue gives up: the room's hub goes on
            room.hub.remove(unique_id, wait=True)

    def check(self) -> None:
        """Say which rooms are offline without having connected (the hubs poll them), once each, and
        forget their checkpoints (their next stream starts afresh). Call it now and then."""
        with self._lock:
            rooms = {unique_id: room for unique_id, room in self._rooms.items() if unique_id not in self._offline}
        for unique_id, room in rooms.items():
            if room.hub.status(unique_id) == OFFLINE and self._forget_cursor(unique_id, _NO_WAIT):
                self._on_state(unique_id, "offline", "not live")

    def close(self) -> None:
        """Stop every room and close the hubs."""
        for unique_id in self.rooms():
            self.stop_room(unique_id)
        with self._lock:
            hubs, self._hubs = list(self._hubs.values()), {}
        for hub in hubs:
            hub.close()

    # ------------------------------------------------------------ the hubs

    def _hub(self, proxy: str) -> Hub:
        """The hub of the rooms behind ``proxy`` (made on first use)."""
        with self._lock:
            hub = self._hubs.get(proxy)
            if hub is None:
                hub = self._hubs[proxy] = Hub(pacer=self._pacer(), **_with_proxy(self._options, proxy))
                self._listen(hub)
        return hub

    def _listen(self, hub: Hub) -> None:
        hub.on(ControlEvent.WEBSOCKET_DATA, lambda event: self._on_frame(hub, event))
        hub.on(ControlEvent.CONNECTED, lambda event: self._on_connected(hub, event))
        hub.on(ControlEvent.DISCONNECTED, self._on_disconnected)
        hub.on(ControlEvent.ERROR, self._on_error)
        hub.on(ControlEvent.GAP, self._on_gap)
        for name in sorted(WEBCAST_EVENT_NAMES):
            hub.on(name, self._on_event)

    def _room(self, event: Event) -> Optional[_Room]:
        """The running room ``event`` came from (``None``: it is being stopped, its events are not written)."""
        room = self._rooms.get(event.unique_id or "")
        return None if room is None or room.stop.is_set() else room

    def _on_frame(self, hub: Hub, event: Event) -> None:
        room = self._room(event)
        if room is not None:
            room.safe[0] = hub.cursor(event.unique_id or "") or room.safe[0]

    def _on_connected(self, hub: Hub, event: Event) -> None:
        room = self._room(event)
        if room is None:
            return
        unique_id = event.unique_id or ""
        with self._lock:
            self._offline.discard(unique_id)
        cursor = hub.cursor(unique_id) or ""
        room.safe[0] = cursor
        self._deliver(Delivery(unique_id, event.room_id or "", None, cursor), room.stop)
        self._on_state(unique_id, "live", "")

    def _on_event(self, event: Event) -> None:
        room = self._room(event)
        if room is not None:
            self._deliver(Delivery(event.unique_id or "", event.room_id or "", event, room.safe[0]), room.stop)

    def _on_disconnected(self, event: Event) -> None:
        """A room's stream ended (the hub watches for the next one): it starts afresh."""
        room = self._room(event)
        if room is not None:
            room.safe[0] = ""
            self._forget_cursor(event.unique_id or "", room.stop)
            self._on_state(event.unique_id or "", "offline", "the stream ended")

    def _on_error(self, event: Any) -> None:
        unique_id, info, exc = event.unique_id or "", event.info, event.exception
        if self._room(event) is None:  # (those of a room being stopped are expected)
            logger.debug("@%s: %s: %s", unique_id, info, exc)
            return
        logger.warning("@%s: %s: %s", unique_id, info, exc)
        if info in (ErrorEvent.CONNECTING_FAILED, ROOM_FAILED):  # tried again (a dropped socket just reconnects)
            self._on_state(unique_id, "error", f"{type(exc).__name__}: {exc}")

    def _on_gap(self, event: Any) -> None:
        if self._room(event) is not None:
            detail = f"{event.missed} messages lost for good (TikTok no longer kept them)"
            self._on_state(event.unique_id, "gap", detail)

    def _forget_cursor(self, unique_id: str, stop: threading.Event) -> bool:
        """The room is not live: its next stream starts afresh (an old cursor means nothing there)."""
        with self._lock:
            self._offline.add(unique_id)
        if self._deliver(Delivery(unique_id, "", None, ""), stop):
            return True
        with self._lock:
            self._offline.discard(unique_id)  # said on a later check
        return False


def _with_proxy(options: Mapping[str, Any], proxy: str) -> Dict[str, Any]:
    """``options`` with the requests and the sockets sent through ``proxy`` (if any)."""
    if not proxy:
        return dict(options)
    merged = dict(options)
    for name, values in proxy_options(proxy).items():
        merged[name] = {**options.get(name, {}), **values}
    return merged
