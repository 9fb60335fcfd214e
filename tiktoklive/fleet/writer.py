"""Writing the events of a worker's rooms into the events stream: deduplicated, fenced, checkpointed.

One writer thread per worker takes the rooms' events from a bounded queue in batches and writes
each room's share of a batch with one Lua script, atomically:

* **fencing**: nothing is written unless the room's lease still holds this worker's value (a worker
  that lost its lease, even one that does not know it yet, writes nothing more for that room);
* **deduplication**: an event is added only if its room has not seen its ``msg_id:name`` within
  ``dedup_ttl`` seconds (kept in a sorted set per room that forgets older ids and expires);
* **the write**: ``XADD`` with ``MAXLEN ~`` (the stream stays near ``max_length`` entries);
* **the checkpoint**: the room's cursor becomes the one delivered with the last event of the batch,
  one from before that event's frame, so resuming there repeats at most that frame, whose events
  already written are then dropped as duplicates.

**Backpressure**: when Redis is slow or away the queue fills up and :meth:`EventWriter.put` blocks
the room's reader (logged once at WARNING per episode): nothing is dropped. A batch that fails
because Redis is unreachable is retried, as is, until Redis answers again; retries repeat nothing,
since the script deduplicates. A room whose events Redis refuses (a read-only replica after a
failover, out of memory, a key of the wrong type) is tried :data:`WRITE_ATTEMPTS` times, then let
go (logged as an error, counted in :attr:`WriterStats.failed`): the worker gives its lease back and
its next holder resumes from its checkpoint, which the refused events never moved; an event counts
as written (for deduplication) only once its ``XADD`` went through. Nothing is dropped silently.
"""
from __future__ import annotations

import collections
import dataclasses
import logging
import queue
import threading
from typing import Any, Callable, Deque, Dict, List, Optional

from tiktoklive.events import Event
from tiktoklive.fleet import entry
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import LUA_NOW_MS, MAX_RETRY_DELAY, UNAVAILABLE

logger = logging.getLogger(__name__)

#: Events waiting to be written before :meth:`EventWriter.put` blocks its caller.
DEFAULT_QUEUE_SIZE = 10_000
#: Entries the events stream keeps (approximately: ``XADD MAXLEN ~``).
DEFAULT_MAX_LENGTH = 1_000_000
#: Seconds a room remembers the ids of the events written (longer than any takeover's replay).
DEFAULT_DEDUP_TTL = 600.0
#: Events written per script call at most.
BATCH = 500
#: Attempts at a room's events that Redis refuses (READONLY, OOM, ...) before the room is let go.
WRITE_ATTEMPTS = 5

#: KEYS: lease, cursor, stream, seen. ARGV: lease value, max length, dedup ttl (ms), cursor ("": keep the
#: checkpoint, "-": forget it), fields per entry, then per entry its dedup member ("" for none) and its
#: fields. Returns the entries written, or -1 when the lease is not (or no longer) held with this value.
_WRITE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
""" + LUA_NOW_MS + """
local ttl = tonumber(ARGV[3])
local width = tonumber(ARGV[5])
local written = 0
local i = 6
while i <= #ARGV do
  if ARGV[i] == '' or not redis.call('ZSCORE', KEYS[4], ARGV[i]) then
    redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, i + 1, i + width))
    if ARGV[i] ~= '' then redis.call('ZADD', KEYS[4], ms, ARGV[i]) end  -- seen once written, not before
    written = written + 1
  end
  i = i + 1 + width
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', ms - ttl)
redis.call('PEXPIRE', KEYS[4], ttl)
if ARGV[4] == '-' then redis.call('DEL', KEYS[2]) elseif ARGV[4] ~= '' then redis.call('SET', KEYS[2], ARGV[4]) end
return written
"""


@dataclasses.dataclass(frozen=True)
class Delivery:
    """One event of a room, as a room runner hands it to the writer.

    :ivar room: the streamer's unique id.
    :ivar room_id: the room id.
    :ivar event: the event; ``None`` for a checkpoint alone.
    :ivar cursor: the checkpoint that is safe once this event is written: a cursor from before the
        frame the event came in (``""``: none known, the checkpoint stays). A checkpoint alone with
        ``""`` forgets the room's checkpoint (its stream ended: the next one starts afresh).
    """

    room: str
    room_id: str
    event: Optional[Event]
    cursor: str


@dataclasses.dataclass
class WriterStats:
    """What a writer has done so far."""

    #: Entries added to the stream.
    written: int = 0
    #: Events not added because their room had written them already.
    duplicates: int = 0
    #: Events not written because their room's lease was lost (the next holder resumes before them).
    fenced: int = 0
    #: Times :meth:`EventWriter.put` had to wait for room in the queue.
    waits: int = 0
    #: Events Redis refused to write (their room was let go: the next holder resumes before them).
    failed: int = 0


class EventWriter:
    """The writer thread of one worker (see the module doc).

    :param client: a ``redis.Redis`` client.
    :param keys: the fleet's key names.
    :param worker_id: written into every entry.
    :param lease_of: the lease value this worker holds for a room, or ``None`` (its events are then
        dropped: the room was handed over, and its next holder resumes from the checkpoint).
    :param on_fenced: called (on the writer thread) with a room this worker must let go: its lease
        turned out to be lost, or Redis refuses its events.
    """

    def __init__(self, client: Any, keys: Keys, worker_id: str, *, lease_of: Callable[[str], Optional[str]],
                 on_fenced: Callable[[str], None], queue_size: int = DEFAULT_QUEUE_SIZE,
                 max_length: int = DEFAULT_MAX_LENGTH, dedup_ttl: float = DEFAULT_DEDUP_TTL) -> None:
        self.client = client
        self.keys = keys
        self.worker_id = worker_id
        self.stats = WriterStats()
        self._lease_of = lease_of
        self._on_fenced = on_fenced
        self._max_length = max_length
        self._dedup_ttl_ms = int(dedup_ttl * 1000)
        self._script = client.register_script(_WRITE)
        self._queue: "queue.Queue[Delivery]" = queue.Queue(queue_size)
        self._pending: "collections.Counter[str]" = collections.Counter()
        self._changed = threading.Condition()
        self._closing = threading.Event()
        self._full = False
        self._thread = threading.Thread(target=self._run, name=f"tiktoklive-fleet-writer[{worker_id}]", daemon=True)

    def __repr__(self) -> str:
        return f"<EventWriter {self.worker_id} queued={self.queued} written={self.stats.written}>"

    @property
    def queued(self) -> int:
        """Events waiting to be written."""
        return self._queue.qsize()

    def start(self) -> None:
        """Start the writer thread."""
        self._thread.start()

    def put(self, delivery: Delivery, stop: threading.Event) -> bool:
        """Queue an event; while the queue is full, wait (backpressure) until there is room.

        :param stop: give up waiting when it is set (the room is being stopped).
        :returns: whether the event was queued.
        """
        with self._changed:
            self._pending[delivery.room] += 1
        while not self._closing.is_set():
            try:
                self._queue.put(delivery, timeout=0.25)
                return True
            except queue.Full:
                self._warn_full()
                if stop.is_set():
                    break
        self._done(delivery.room, 1)
        return False

    def _warn_full(self) -> None:
        self.stats.waits += 1
        if not self._full:
            self._full = True
            logger.warning("Redis is not keeping up: %d events are waiting to be written; reading paused until "
                           "there is room (nothing is dropped)", self._queue.maxsize)

    def wait_written(self, room: str, timeout: float) -> bool:
        """Block until every event of ``room`` queued so far is written (or dropped as fenced).

        :returns: ``False`` if ``timeout`` seconds passed first.
        """
        with self._changed:
            return self._changed.wait_for(lambda: not self._pending[room], timeout)

    def close(self, timeout: float) -> None:
        """Write what is queued (for up to ``timeout`` seconds), then stop the writer thread."""
        self._closing.set()
        if self._thread.ident is None:  # never started
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning("%d events were still waiting to be written when the writer stopped; their rooms' "
                           "next holders resume before them", self.queued)

    # ------------------------------------------------------------ the writer thread

    def _run(self) -> None:
        while not (self._closing.is_set() and self._queue.empty()):
            batch = self._take()
            if batch:
                self._write_until_done(batch)

    def _take(self) -> List[Delivery]:
        try:
            batch = [self._queue.get(timeout=0.1)]
        except queue.Empty:
            return []
        while len(batch) < BATCH:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        if self._full and self._queue.qsize() < self._queue.maxsize // 2:
            self._full = False
            logger.warning("Redis is keeping up again: reading resumed")
        return batch

    def _write_until_done(self, batch: List[Delivery]) -> None:
        by_room: Dict[str, Deque[Delivery]] = collections.defaultdict(collections.deque)
        for delivery in batch:
            by_room[delivery.room].append(delivery)
        try:
            self._write_rooms(by_room)
        finally:
            for room, deliveries in by_room.items():
                self._done(room, len(deliveries))

    def _write_rooms(self, by_room: Dict[str, Deque[Delivery]]) -> None:
        """Write each room's share until it is written, fenced or given up on: while Redis is away,
        for as long as it takes; a room whose write Redis refuses (READONLY, OOM, WRONGTYPE...),
        :data:`WRITE_ATTEMPTS` times."""
        todo, delay, away, attempts = by_room, 0.05, False, 0
        while todo:
            try:
                refused = self._write(todo)
            except UNAVAILABLE as exc:
                if not away:
                    logger.warning("cannot write to Redis (%s); retrying until it answers", exc)
                    away = True
            except Exception as exc:  # a bug must not kill the writer
                logger.exception("writing the events of %d room(s) failed", len(todo))
                self._give_up(todo, dict.fromkeys(todo, exc))
                return
            else:
                if away:
                    logger.warning("writing to Redis again")
                    away = False
                todo, attempts = {room: todo[room] for room in refused}, attempts + 1
                if todo and attempts >= WRITE_ATTEMPTS:
                    self._give_up(todo, refused)
                    return
            if todo and self._closing.wait(delay):  # stopping: the rooms' next holders resume before these
                return
            delay = min(MAX_RETRY_DELAY, delay * 2)

    def _write(self, by_room: Dict[str, Deque[Delivery]]) -> Dict[str, Exception]:
        """One attempt at every room still held; returns the rooms whose write Redis refused, with why."""
        leases = {room: lease for room in by_room if (lease := self._lease_of(room)) is not None}
        if not leases:
            return {}
        with self.client.pipeline(transaction=False) as pipe:
            for room, lease in leases.items():
                self._call(pipe, room, lease, by_room[room])
            results = pipe.execute(raise_on_error=False)
        refused = {}
        for room, result in zip(leases, results):
            if isinstance(result, Exception):
                refused[room] = result
            else:
                self._count(room, _events(by_room[room]), int(result))
        return refused

    def _give_up(self, by_room: Dict[str, Deque[Delivery]], why: Dict[str, Exception]) -> None:
        """Let the rooms go whose events cannot be written (``why``: each room's error): their next
        holders resume from their checkpoints, from before these events."""
        for room, deliveries in by_room.items():
            count = _events(deliveries)
            self.stats.failed += count
            logger.error("@%s: %d events could not be written (%s); the room is let go, its next holder resumes "
                         "from its checkpoint", room, count, why[room])
            self._on_fenced(room)

    def _call(self, pipe: Any, room: str, lease: str, deliveries: Deque[Delivery]) -> None:
        last = deliveries[-1]
        cursor = "-" if last.event is None and not last.cursor else last.cursor
        args: List[Any] = [lease, self._max_length, self._dedup_ttl_ms, cursor, 0]
        width = 0
        for delivery in deliveries:
            event = delivery.event
            if event is None:
                continue
            msg_id = entry.msg_id_of(event)
            row = entry.fields(event, room, delivery.room_id, self.worker_id)
            width = 2 * len(row)
            args.append(f"{msg_id}:{event.name}" if msg_id else "")
            args.extend(part for pair in row.items() for part in pair)
        args[4] = width
        keys = [self.keys.lease(room), self.keys.cursor(room), self.keys.events, self.keys.seen(room)]
        self._script(keys=keys, args=args, client=pipe)

    def _count(self, room: str, sent: int, result: int) -> None:
        if result < 0:
            self.stats.fenced += sent
            logger.warning("@%s: the lease was lost; %d events not written (the next holder resumes before them)",
                           room, sent)
            self._on_fenced(room)
            return
        self.stats.written += result
        self.stats.duplicates += sent - result

    def _done(self, room: str, count: int) -> None:
        with self._changed:
            self._pending[room] -= count
            if self._pending[room] <= 0:
                del self._pending[room]
            self._changed.notify_all()


def _events(deliveries: Deque[Delivery]) -> int:
    """How many of ``deliveries`` carry an event (not a checkpoint alone)."""
    return sum(1 for delivery in deliveries if delivery.event is not None)
