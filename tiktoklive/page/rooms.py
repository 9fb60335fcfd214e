"""Rooms shared by the browsers watching them: one :class:`~tiktoklive.Connection` per streamer.

The first viewer of a streamer opens a :class:`SharedRoom` (and its connection to TikTok); later
viewers of the same streamer join it; the last one to leave closes it. A room keeps its last
:data:`BACKLOG` items, numbered, so a browser that comes back after a short break gets exactly what
it missed, and a new one the recent lines. The reader thread only appends to that backlog and never
waits for a browser: a browser too slow to keep up skips what fell out of the backlog.
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import json
import logging
import secrets
import threading
from typing import Any, Deque, Dict, Iterator, List, Mapping, Optional, Tuple

from tiktoklive.connection import Connection
from tiktoklive.errors import RoomIdLookupError, TikTokLiveError, UserNotFoundError, UserOfflineError
from tiktoklive.events import ControlEvent, Event, WebcastEvent
from tiktoklive.page.feed import ITEM_EVENTS, RoomStats, page_item
from tiktoklive.web.unique_id import parse_unique_id

logger = logging.getLogger(__name__)

#: Items a room keeps for viewers that come back or fall behind.
BACKLOG = 500
#: Items a new viewer gets from the backlog (the recent lines).
RECENT = 100
#: Streamers a server watches at once at most, unless told otherwise.
MAX_ROOMS = 20
#: Seconds between two checks of whether a streamer who is not live has gone live (keep it high
#: against the real TikTok).
LIVE_POLL_INTERVAL = 30.0


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def describe_failure(exc: BaseException) -> Tuple[str, str]:
    """``(kind, message)`` for a failed connect: ``"offline"``, ``"not_found"`` or ``"error"``."""
    if isinstance(exc, UserOfflineError):
        return "offline", f"@{exc.unique_id} is not live right now" if exc.unique_id else "the streamer is not live"
    causes = exc.errors if isinstance(exc, RoomIdLookupError) else [exc]
    not_found = [e for e in causes if isinstance(e, UserNotFoundError)]
    if not_found and len(not_found) == len(causes):
        return "not_found", f"user @{not_found[0].unique_id} was not found (or has never been live)"
    return "error", str(exc)


class Update:
    """What a viewer gets from :meth:`SharedRoom.read`: new items, and the room's status if it changed.

    :ivar items: ``(sequence, JSON text)`` of each new item, oldest first.
    :ivar status: the room's status as JSON text, or ``None`` if unchanged since the viewer's last read.
    :ivar status_version: pass it back to the next :meth:`SharedRoom.read`.
    :ivar closed: the room is closed (the server is stopping): nothing more will come.
    """

    def __init__(self, items: List[Tuple[int, str]], status: Optional[str], status_version: int,
                 closed: bool) -> None:
        self.items, self.status, self.status_version, self.closed = items, status, status_version, closed


class SharedRoom:
    """One streamer watched by one or more browsers through one connection.

    :param unique_id: the streamer, as the page was asked for them.
    :param options: keyword options of the :class:`~tiktoklive.Connection`.
    """

    def __init__(self, unique_id: str, options: Mapping[str, Any], *,
                 live_poll_interval: float = LIVE_POLL_INTERVAL) -> None:
        #: The streamer (as asked for; the connection parses it).
        self.unique_id = unique_id
        #: Tells this room's numbering apart from an earlier room's (a restarted server, a reopened room).
        self.epoch = secrets.token_hex(4)
        self._options = dict(options)
        self._live_poll_interval = live_poll_interval
        self._cond = threading.Condition()
        self._items: Deque[Tuple[int, str]] = collections.deque(maxlen=BACKLOG)
        self._seq = 0
        self._stats = RoomStats()
        self._status: Dict[str, Any] = {"user": _shown_name(unique_id), "state": "connecting", "kind": "",
                                        "message": "", "title": ""}
        self._status_version = 1
        self._stop = threading.Event()  # set by close()
        self._conn: Optional[Connection] = None
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"tiktoklive-serve-connect[@{unique_id}]")

    def __repr__(self) -> str:
        return f"<SharedRoom @{self.unique_id} state={self._status['state']} items={self._seq}>"

    # ------------------------------------------------------------ the connection (its own threads)

    def open(self) -> None:
        """Start connecting in the background (the status says how it went)."""
        self._thread.start()

    def _run(self) -> None:
        """Follow the streamer's streams until the room closes: connect, read the stream while it
        lasts, then (the stream ended, the streamer is offline, the connection was lost for good)
        wait until the streamer is live again, and again. A streamer that does not exist, or a bug,
        ends the room (a viewer who comes again then opens a new one)."""
        while not self._stop.is_set():
            conn = self._open_connection()
            if conn is None:
                return
            try:
                if not self._follow(conn) or self._stop.is_set():
                    return
                if not conn.wait_until_live(poll_interval=self._live_poll_interval, stop_event=self._stop):
                    return
                with self._cond:  # a new stream: its own viewers, likes, diamonds and top gifters
                    self._stats = RoomStats()
                self._set_status(state="connecting", kind="", message="")
            finally:
                conn.close()

    def _open_connection(self) -> Optional[Connection]:
        """A connection with the room's handlers, or ``None`` (an invalid unique id, or the room closed)."""
        try:
            conn = Connection(self.unique_id, **self._options)
        except TikTokLiveError as exc:
            self._set_status(state="error", kind="invalid", message=str(exc))
            return None
        for name in ITEM_EVENTS:
            conn.on(name, self._on_item)
        conn.on(WebcastEvent.ROOM_USER, self._on_viewers)
        conn.on(WebcastEvent.STREAM_END, lambda event: self._set_status(state="ended", message="the stream has ended"))
        conn.on(ControlEvent.DISCONNECTED, self._on_disconnected)
        with self._cond:
            if self._stop.is_set():
                conn.close()
                return None
            self._conn = conn
        return conn

    def _follow(self, conn: Connection) -> bool:
        """Connect and read the stream until it ends; returns whether to wait for the next stream."""
        try:
            state = conn.connect()
        except TikTokLiveError as exc:
            kind, message = describe_failure(exc)
            self._set_status(state="error", kind=kind, message=message)
            return kind == "offline"
        except Exception as exc:  # a bug must not leave the page "connecting" forever
            logger.exception("connecting to @%s failed", self.unique_id)
            self._set_status(state="error", kind="error", message=f"{type(exc).__name__}: {exc}")
            return False
        title = state.room_info.title if state.room_info is not None else ""
        self._set_status(state="connected", user=conn.unique_id, title=title or "")
        with contextlib.suppress(TikTokLiveError):  # lost for good: the status says so already
            conn.wait()
        return True

    def _on_item(self, event: Event) -> None:
        item = page_item(event)
        if item is None:
            return
        text = _dump(item)
        with self._cond:
            self._seq += 1
            self._items.append((self._seq, text))
            if self._stats.add_item(item):
                self._status_version += 1
            self._cond.notify_all()

    def _on_viewers(self, event: Event) -> None:
        count = event.to_legacy().get("viewerCount") or 0
        with self._cond:
            if self._stats.set_viewers(int(count)):
                self._status_version += 1
                self._cond.notify_all()

    def _on_disconnected(self, event: Event) -> None:
        if self._status["state"] == "connected" and not self._stop.is_set():
            self._set_status(state="disconnected", message="the connection to TikTok ended")

    def _set_status(self, **changes: Any) -> None:
        with self._cond:
            self._status.update(changes)
            self._status_version += 1
            self._cond.notify_all()
        logger.info("@%s: %s %s", self.unique_id, self._status["state"], self._status["message"])

    @property
    def finished(self) -> bool:
        """Whether this room has stopped following its streamer (no such user, an error, closed)."""
        return self._thread.ident is not None and not self._thread.is_alive()

    def close(self) -> None:
        """Close the connection to TikTok (blocks for its close handshake, a few seconds at most)."""
        with self._cond:
            self._stop.set()
            conn = self._conn
            self._cond.notify_all()
        if conn is not None:
            conn.close()
        if self._thread.ident is not None:
            self._thread.join(10)

    # ------------------------------------------------------------ what viewers read (their threads)

    def cursor(self, last_event_id: str) -> int:
        """The sequence a viewer continues after, from the id of the last item it got (``"epoch-seq"``).

        An id of this room gives what came after it; any other id (or none) the recent lines.
        """
        epoch, _, seq = last_event_id.partition("-")
        with self._cond:
            if epoch == self.epoch and seq.isdigit():
                return min(int(seq), self._seq)
            return max(0, self._seq - RECENT)

    def read(self, cursor: int, status_version: int, timeout: float) -> Update:
        """Wait up to ``timeout`` seconds for items after ``cursor`` or a newer status, and return them."""
        with self._cond:
            self._cond.wait_for(lambda: self._seq > cursor or self._status_version != status_version
                                or self._stop.is_set(), timeout)
            new = min(self._seq - cursor, len(self._items))
            items = list(itertools.islice(self._items, len(self._items) - new, None))
            status = None
            if self._status_version != status_version:
                status = _dump({**self._status, **self._stats.to_dict()})
            return Update(items, status, self._status_version, self._stop.is_set())

    def event_id(self, seq: int) -> str:
        """The SSE id of item ``seq``."""
        return f"{self.epoch}-{seq}"


class TooManyRoomsError(TikTokLiveError):
    """As many streamers as allowed are watched already; a new one waits until a room closes."""


class RoomRegistry:
    """The open rooms, by streamer: many viewers of one streamer share one :class:`SharedRoom`.

    :param options: keyword options of every :class:`~tiktoklive.Connection` opened.
    :param max_rooms: streamers watched at once at most (each is a connection to TikTok).
    :param live_poll_interval: seconds between two checks of a streamer who is not live.
    """

    def __init__(self, options: Mapping[str, Any], *, max_rooms: int = MAX_ROOMS,
                 live_poll_interval: float = LIVE_POLL_INTERVAL) -> None:
        self._options = dict(options)
        self.max_rooms = max_rooms
        self.live_poll_interval = live_poll_interval
        self._lock = threading.Lock()
        self._rooms: Dict[str, SharedRoom] = {}  # the room a new viewer of a streamer joins
        self._viewers: Dict[SharedRoom, int] = {}  # every open room (a finished one may still have viewers)

    def __repr__(self) -> str:
        return f"<RoomRegistry {self.viewers()}>"

    def viewers(self) -> Dict[str, int]:
        """How many viewers each open room has, by streamer."""
        counts: Dict[str, int] = {}
        with self._lock:
            for room, count in self._viewers.items():
                counts[_key(room.unique_id)] = counts.get(_key(room.unique_id), 0) + count
        return counts

    @contextlib.contextmanager
    def watch(self, unique_id: str) -> Iterator[SharedRoom]:
        """Join the room of ``unique_id`` for the ``with`` block.

        A streamer nobody watches, or whose room has given up (no such user, an error), gets a new
        room: watching again is trying again. A room whose stream ended, or whose streamer is not
        live, waits for the next stream itself.

        :raises TooManyRoomsError: a new room is needed and ``max_rooms`` rooms are open.
        """
        key = _key(unique_id)
        with self._lock:
            room = self._rooms.get(key)
            if room is None or room.finished:
                if len(self._viewers) >= self.max_rooms:
                    raise TooManyRoomsError(f"{self.max_rooms} streamers are watched already; "
                                            f"@{_shown_name(unique_id)} comes when one of them is left")
                room = self._rooms[key] = SharedRoom(unique_id, self._options,
                                                     live_poll_interval=self.live_poll_interval)
                room.open()
            self._viewers[room] = self._viewers.get(room, 0) + 1
        try:
            yield room
        finally:
            self._leave(key, room)

    def _leave(self, key: str, room: SharedRoom) -> None:
        with self._lock:
            count = self._viewers.pop(room, 0) - 1
            if count > 0:
                self._viewers[room] = count
                return
            if self._rooms.get(key) is room:
                del self._rooms[key]
        logger.info("nobody watches @%s any more: closing its connection", room.unique_id)
        room.close()

    def close(self) -> None:
        """Close every room's connection (viewers still reading get no more items)."""
        with self._lock:
            rooms, self._rooms, self._viewers = list(self._viewers), {}, {}
        for room in rooms:
            room.close()


def _shown_name(unique_id: str) -> str:
    try:
        return parse_unique_id(unique_id)
    except TikTokLiveError:
        return unique_id


def _key(unique_id: str) -> str:
    return _shown_name(unique_id).lower()
