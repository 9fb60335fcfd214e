"""Reading the fleet's events stream as event objects, through a consumer group.

:class:`FleetReader` yields :class:`FleetEvent` objects: the same events a
:class:`~tiktoklive.Connection` emits (decoded again from the entry's payload), plus the room they
belong to and :meth:`FleetEvent.ack`. With a consumer group, every entry goes to one consumer of the
group and stays pending until acked; entries left pending for ``claim_idle`` seconds (their
consumer died, or did not ack in time) are claimed and delivered again (``XAUTOCLAIM``). The
reader rides out a Redis restart (it waits and reconnects, and creates its group again if it is gone).
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from tiktoklive.errors import DecodeError, InvalidOptionError
from tiktoklive.events import Event
from tiktoklive.fleet import entry
from tiktoklive.fleet.keys import DEFAULT_PREFIX, Keys
from tiktoklive.fleet.store import MAX_RETRY_DELAY, UNAVAILABLE, open_redis, process_id, redacted, redis, text

logger = logging.getLogger(__name__)

#: Seconds a pending entry waits before another consumer of the group claims it.
DEFAULT_CLAIM_IDLE = 60.0


class FleetEvent:
    """One event of the fleet: the decoded event, the room it belongs to, and :meth:`ack`.

    Attributes not defined here are the event's (``name``, ``method``, ``user``, ``comment``,
    ``to_dict()``, ``to_legacy()``, ...).

    :ivar unique_id: the streamer whose room the event belongs to (without ``@``).
    :ivar room_id: the room id.
    :ivar entry_id: the id of the stream entry.
    :ivar worker_id: the worker that wrote it.
    :ivar event: the event itself (a :class:`~tiktoklive.events.Event`).
    """

    __slots__ = ("unique_id", "room_id", "entry_id", "worker_id", "event", "_reader")

    def __init__(self, meta: Dict[str, str], event: Event, entry_id: str, reader: "FleetReader") -> None:
        self.unique_id = meta["room"]
        self.room_id = meta.get("room_id", "")
        self.worker_id = meta.get("worker", "")
        self.entry_id = entry_id
        self.event = event
        self._reader = reader

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") or attr == "event":
            raise AttributeError(attr)
        return getattr(self.event, attr)

    def __repr__(self) -> str:
        return f"<FleetEvent @{self.unique_id} {self.entry_id} {self.event!r}>"

    @property
    def name(self) -> str:
        """The Node event name (``"chat"``)."""
        return self.event.name

    def to_dict(self) -> Dict[str, Any]:
        """The event as plain data (see :meth:`tiktoklive.events.Event.to_dict`)."""
        return self.event.to_dict()

    def to_legacy(self) -> Dict[str, Any]:
        """The Node legacy shape of the event (see :meth:`tiktoklive.events.Event.to_legacy`)."""
        return self.event.to_legacy()

    def ack(self) -> None:
        """Tell the group this event is handled (it will not be delivered again); no-op without a group."""
        self._reader.ack(self.entry_id)


class FleetReader:
    """Iterate the fleet's events (see the module doc)::

        for event in FleetReader("redis://127.0.0.1:6379/0", group="bot"):
            if event.name == "chat":
                print(event.unique_id, event.user.unique_id, event.comment)
            event.ack()

    :param redis_url: the fleet's Redis.
    :param group: the consumer group (created if missing); ``None`` reads without a group (like
        ``XREAD``: nothing to ack, nothing claimed), as ``tiktoklive fleet tail`` does.
    :param consumer: this consumer's name in the group (default: host, pid and a random part).
    :param start: where a new group (or a reader without one) starts: ``"0"`` the oldest entry kept,
        ``"$"`` new entries only, or an entry id.
    :param events: event names to yield (others are acked and skipped); ``None``: all.
    :param timeout: end the iteration after this many seconds without an event (``None``: never).
    :param claim_idle: seconds after which another consumer's pending entries are claimed.
    :param prefix: the fleet's key prefix.
    :param count: entries fetched per read at most.
    :raises InvalidOptionError: ``claim_idle`` or ``count`` not positive, or a negative ``timeout``.
    :raises FleetError: the ``redis`` package is missing or ``redis_url`` is no Redis URL.
    """

    def __init__(self, redis_url: str, group: Optional[str] = "readers", *, consumer: Optional[str] = None,
                 start: str = "0", events: Optional[Sequence[str]] = None, timeout: Optional[float] = None,
                 claim_idle: float = DEFAULT_CLAIM_IDLE, prefix: str = DEFAULT_PREFIX, count: int = 100) -> None:
        if claim_idle <= 0 or count < 1 or (timeout is not None and timeout < 0):
            raise InvalidOptionError("claim_idle and count must be positive, timeout None or >= 0")
        self.group = group
        self.consumer = consumer or process_id()
        self.keys = Keys(prefix)
        self.client = open_redis(redis_url)
        #: Entries that could not be decoded (logged and acked).
        self.skipped = 0
        self._iterating = threading.Event()
        self._url = redacted(redis_url)
        self._start = start
        self._events = None if events is None else set(events)
        self._timeout = timeout
        self._claim_idle_ms = int(claim_idle * 1000)
        self._count = count
        self._closed = threading.Event()
        self._claimed_at = 0.0
        self._block_ms = max(1, int(min(1.0, 1.0 if timeout is None else timeout) * 1000))

    def __repr__(self) -> str:
        return f"<FleetReader {self._url} stream={self.keys.events} group={self.group} consumer={self.consumer}>"

    def __enter__(self) -> "FleetReader":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        """Stop iterating (within a second) and close the connection to Redis: at once if nothing
        iterates, else as the iteration ends."""
        self._closed.set()
        if not self._iterating.is_set():
            self.client.close()

    def ack(self, *entry_ids: str) -> None:
        """Ack entries by id (what :meth:`FleetEvent.ack` does); no-op without a group."""
        if self.group is not None and entry_ids:
            self.client.xack(self.keys.events, self.group, *entry_ids)

    def __iter__(self) -> Iterator[FleetEvent]:
        idle_since = time.monotonic()
        self._iterating.set()
        try:
            for entry_id, fields in self._entries():
                if entry_id is None:  # nothing arrived in this block
                    if self._timeout is not None and time.monotonic() - idle_since >= self._timeout:
                        return
                    continue
                event = self._event(entry_id, fields)
                if event is not None:
                    idle_since = time.monotonic()
                    yield event
        finally:
            self._iterating.clear()
            self.client.close()

    def _event(self, entry_id: str, fields: Dict[bytes, bytes]) -> Optional[FleetEvent]:
        try:
            meta, event = entry.parse(fields)
        except DecodeError as exc:
            self.skipped += 1
            logger.warning("skipping stream entry %s: %s", entry_id, exc)
            self.ack(entry_id)
            return None
        if self._events is not None and event.name not in self._events:
            self.ack(entry_id)
            return None
        return FleetEvent(meta, event, entry_id, self)

    # ------------------------------------------------------------ reading, with retries

    def _entries(self) -> Iterator[Tuple[Optional[str], Dict[bytes, bytes]]]:
        """Entries as they come, ``(None, {})`` after each block without any; retries while Redis is away."""
        delay, ready = 0.05, self.group is None
        position = self._start if self.group is None else "0"  # with a group: first our own pending entries
        while not self._closed.is_set():
            try:
                if not ready:
                    self._ensure_group()
                    ready = True
                batch, position = self._read(position)
                delay = 0.05
            except UNAVAILABLE as exc:
                logger.warning("Redis is unreachable (%s); retrying", exc)
                ready = self.group is None  # it may come back empty: make the group again
                self._closed.wait(delay)
                delay = min(MAX_RETRY_DELAY, delay * 2)
                continue
            except redis.ResponseError as exc:
                if "NOGROUP" not in str(exc):
                    raise
                logger.warning("the consumer group %s is gone (Redis lost its data?); making it again", self.group)
                ready = False
                continue
            if not batch:
                yield None, {}
            for entry_id, fields in batch:
                yield entry_id, fields

    def _read(self, position: str) -> Tuple[List[Tuple[str, Dict[bytes, bytes]]], str]:
        """One read: the entries and where the next read starts."""
        if self.group is None:
            return self._read_all(position)
        if position != ">":  # our own pending entries (a consumer restarted under its name), then new ones
            mine = self._read_group(position, block=None)
            return (mine, mine[-1][0]) if mine else ([], ">")
        now = time.monotonic()
        if now - self._claimed_at >= min(5.0, self._claim_idle_ms / 2000):
            self._claimed_at = now
            claimed = self._claim()
            if claimed:
                return claimed, ">"
        return self._read_group(">", block=self._block_ms), ">"

    def _read_all(self, position: str) -> Tuple[List[Tuple[str, Dict[bytes, bytes]]], str]:
        stream = self.keys.events
        if position == "$":
            newest = self.client.xrevrange(stream, count=1)
            position = text(newest[0][0]) if newest else "0"
        found = self.client.xread({stream: position}, count=self._count, block=self._block_ms)
        batch = [(text(i), f) for _, entries in found or () for i, f in entries]
        return batch, batch[-1][0] if batch else position

    def _read_group(self, position: str, block: Optional[int]) -> List[Tuple[str, Dict[bytes, bytes]]]:
        found = self.client.xreadgroup(self.group, self.consumer, {self.keys.events: position}, count=self._count,
                                       block=block)
        return [(text(i), f) for _, entries in found or () for i, f in entries if f]

    def _claim(self) -> List[Tuple[str, Dict[bytes, bytes]]]:
        """Entries other consumers left pending for ``claim_idle`` (they died), now ours."""
        reply = self.client.xautoclaim(self.keys.events, self.group, self.consumer, self._claim_idle_ms,
                                       start_id="0-0", count=self._count)
        return [(text(i), f) for i, f in reply[1] if f]

    def _ensure_group(self) -> None:
        try:
            self.client.xgroup_create(self.keys.events, self.group, id=self._start, mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
