"""A fleet worker: takes its fair share of the rooms, watches them, writes their events to Redis.

The worker's control thread ticks every ``lease_ttl / 3`` seconds (at most 1 s), and at once when
the fleet's log stream has news (a worker joined or left, a room was let go): it announces itself,
renews its leases, lets go of rooms removed from the set or above its fair share, and takes free
rooms up to its share, resuming each from its checkpoint. :meth:`Worker.stop` hands every room over
at once (its events written, its lease released), so the other workers take them within a tick; a
worker that dies loses its leases when they expire, after at most ``lease_ttl`` seconds.

While Redis is away (a restart), the rooms keep running and their events wait in the writer's
queue, which pauses reading when full; the worker carries on when Redis answers again, minus the
rooms whose leases expired meanwhile (their events were not written: their new holders resume
before them).
"""
from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
from typing import Any, Dict, List, Mapping, Optional, Sequence

from tiktoklive.errors import InvalidOptionError
from tiktoklive.fleet import writer as writing
from tiktoklive.fleet.checkpoint import Checkpoints
from tiktoklive.fleet.keys import DEFAULT_PREFIX, Keys
from tiktoklive.fleet.limiter import DEFAULT_INTERVAL, FleetPacer, SignLimiter
from tiktoklive.fleet.members import Members, fair_share
from tiktoklive.fleet.proxies import proxy_options
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.runner import RoomRunner
from tiktoklive.fleet.store import UNAVAILABLE, open_redis, process_id, redacted, text
from tiktoklive.fleet.writer import EventWriter
from tiktoklive.worker import wait_interruptibly

logger = logging.getLogger(__name__)

#: Seconds a lease lasts unless renewed: a dead worker's rooms move within this time.
DEFAULT_LEASE_TTL = 15.0
#: Entries the log stream keeps (approximately).
LOG_LENGTH = 10_000
#: Seconds :meth:`Worker.stop` waits for the events of the rooms it hands over to be written.
FLUSH_TIMEOUT = 10.0


class Worker:
    """One worker of a fleet (see the module doc); ``tiktoklive fleet worker`` runs one.

    ::

        with Worker("redis://127.0.0.1:6379/0") as worker:   # start(); stop() hands the rooms over
            worker.wait()                                    # until stop() (Ctrl-C stops and hands over)

    :param redis_url: the fleet's Redis.
    :param prefix: the fleet's key prefix (several fleets can share one Redis).
    :param worker_id: this worker's id (default: host, pid and a random part).
    :param lease_ttl: seconds a lease lasts unless renewed.
    :param connection_options: :class:`~tiktoklive.Hub` options of the worker's rooms (the web client
        and socket options of a :class:`~tiktoklive.Connection`: ``web_base_url``, ``webcast_base_url``,
        ``sign_config``, ``sign_api_key``, ...). The worker sets the pacer (the fleet's limiter), the
        retries and ``process_initial_data`` (off: a room is read from when it is first taken, or from
        its checkpoint).
    :param proxies: proxy URLs handed out to the rooms round-robin, fleet-wide.
    :param sign_interval: seconds between two calls to the sign server, fleet-wide.
    :param offline_retry: seconds between two checks of a room that is not live.
    :param queue_size: events waiting to be written before reading pauses.
    :param max_length: entries the events stream keeps (approximately).
    :param dedup_ttl: seconds a room remembers the ids of the events written.
    :raises InvalidOptionError: a value that cannot work (checked before any I/O).
    :raises FleetError: the ``redis`` package is missing or ``redis_url`` is no Redis URL.
    """

    def __init__(self, redis_url: str, *, prefix: str = DEFAULT_PREFIX, worker_id: Optional[str] = None,
                 lease_ttl: float = DEFAULT_LEASE_TTL, connection_options: Optional[Mapping[str, Any]] = None,
                 proxies: Sequence[str] = (), sign_interval: float = DEFAULT_INTERVAL, offline_retry: float = 30.0,
                 queue_size: int = writing.DEFAULT_QUEUE_SIZE, max_length: int = writing.DEFAULT_MAX_LENGTH,
                 dedup_ttl: float = writing.DEFAULT_DEDUP_TTL) -> None:
        if lease_ttl < 0.3 or sign_interval < 0 or offline_retry <= 0 or queue_size < 1 or max_length < 1:
            raise InvalidOptionError("lease_ttl must be at least 0.3 s; sign_interval >= 0; offline_retry, "
                                     "queue_size and max_length positive")
        for proxy in proxies:
            proxy_options(proxy)
        if connection_options and {"pacer", "connect_rate"} & set(connection_options):
            raise InvalidOptionError("the fleet paces the sign server itself (sign_interval): pass no pacer or "
                                     "connect_rate")
        #: This worker's id.
        self.worker_id = worker_id or process_id()
        self.lease_ttl = lease_ttl
        self.keys = Keys(prefix)
        self._url = redacted(redis_url)
        self.client = open_redis(redis_url)
        self.registry = RoomRegistry(self.client, self.keys)
        self.members = Members(self.client, self.keys)
        self.checkpoints = Checkpoints(self.client, self.keys)
        self.limiter = SignLimiter(self.client, self.keys, sign_interval)
        self.writer = EventWriter(self.client, self.keys, self.worker_id, lease_of=self._lease_of,
                                  on_fenced=self._fenced, queue_size=queue_size, max_length=max_length,
                                  dedup_ttl=dedup_ttl)
        self._proxies = list(proxies)
        self.runner = RoomRunner(connection_options or {}, self.writer.put, self._on_state,
                                 pacer=lambda: FleetPacer(self.limiter), proxy_for=self._proxy_for,
                                 offline_retry=offline_retry)
        self._leases: Dict[str, str] = {}
        self._lost: Dict[str, str] = {}  # rooms the writer let go, with the lease they had
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._offline: Dict[str, str] = {}
        self._started = time.time()
        self._thread = threading.Thread(target=self._control, daemon=True,
                                        name=f"tiktoklive-fleet-worker[{self.worker_id}]")

    def __repr__(self) -> str:
        return f"<Worker {self.worker_id} {self._url} prefix={self.keys.prefix} rooms={len(self._leases)}>"

    def __enter__(self) -> "Worker":
        self.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    @property
    def rooms(self) -> List[str]:
        """The rooms this worker holds now."""
        with self._lock:
            return sorted(self._leases)

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Join the fleet: start the writer and the control thread (returns at once)."""
        self.writer.start()
        self._thread.start()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the worker has stopped (or ``timeout`` seconds pass); Ctrl-C interrupts it.

        :returns: whether it has stopped.
        """
        return wait_interruptibly(self._stopped, timeout)

    def stop(self) -> None:
        """Hand every room over and leave the fleet: the rooms stop, their events are written, their
        leases released, so other workers take them at once. Blocks for a few seconds at most.
        Safe to call more than once and from any thread."""
        if self._stopping.is_set():
            self._stopped.wait(2 * FLUSH_TIMEOUT)
            return
        self._stopping.set()
        try:
            if self._thread.ident is not None:
                self._thread.join(FLUSH_TIMEOUT)
            self._hand_over(self.rooms, "worker stopping")
            self.writer.close(FLUSH_TIMEOUT)
            self._quietly(self.members.leave, self.worker_id)
            self._quietly(self._news, "left")
            self.client.close()
            logger.info("worker %s left the fleet", self.worker_id)
        finally:
            self.runner.close()  # the hubs' threads end, whatever failed above
            self._stopped.set()

    # ------------------------------------------------------------ the control thread

    def _control(self) -> None:
        tick = min(1.0, self.lease_ttl / 3)
        last, away, joined = "$", False, False
        while not self._stopping.is_set():
            try:
                self._tick()
                if not joined:
                    self._news("joined")  # after the first announce: the others see this worker now
                    joined = True
                last = self._wait_for_news(last, tick)
                if away:
                    logger.warning("Redis answers again")
                away = False
            except UNAVAILABLE as exc:
                if not away:
                    logger.warning("Redis is unreachable (%s); the rooms go on, their events wait", exc)
                away = True
                self._stopping.wait(tick)
            except Exception:  # a bug must not end the worker's control loop
                logger.exception("the worker's tick failed")
                self._stopping.wait(tick)

    def _wait_for_news(self, last: str, tick: float) -> str:
        """Block until the log stream has an entry after ``last`` or ``tick`` seconds pass."""
        found = self.client.xread({self.keys.log: last}, count=100, block=max(1, int(tick * 1000)))
        for _, entries in found or ():
            last = text(entries[-1][0])
        if last == "$":  # nothing yet: from now on, so that news between two reads is not missed
            newest = self.client.xrevrange(self.keys.log, count=1)
            last = text(newest[0][0]) if newest else "0"
        return last

    def _tick(self) -> None:
        live = self.members.announce(self.worker_id, self.lease_ttl, self._info())
        rooms = self.registry.rooms()
        with self._lock:
            lost, self._lost = self._lost, {}
        self._drop(list(lost), "let go by the writer: the lease was lost, or Redis refused the room's events")
        for room, lease in lost.items():  # given back at once (a no-op where another worker holds it now)
            self._quietly(self.registry.release, room, lease)
        self._hand_over([room for room in self.rooms if room not in rooms], "removed from the fleet")
        held = self._held()
        self._drop(self.registry.renew(held, self.lease_ttl), "the lease expired")
        excess = len(self._held()) - fair_share(len(rooms), live, self.worker_id)
        if excess > 0:
            self._hand_over(random.sample(self.rooms, excess), "rebalancing")
        elif excess < 0:
            self._take(rooms, -excess)
        self.runner.check()

    def _take(self, rooms: List[str], count: int) -> None:
        held = self._held()
        free = [room for room, holder in self.registry.holders([r for r in rooms if r not in held]).items()
                if holder is None]
        random.shuffle(free)
        for room in free:
            if count <= 0 or self._stopping.is_set():
                return
            lease = self.registry.acquire(room, self.worker_id, self.lease_ttl)
            if lease is None:
                continue
            try:
                cursor = self._start(room, lease)
            except Exception as exc:  # Redis failed meanwhile: the room goes back to the fleet
                logger.warning("could not start @%s (%s); its lease is given back", room, exc)
                continue
            self._news("acquired", room, "resuming from its checkpoint" if cursor else "reading from now on")
            logger.info("took @%s (%s)", room, "resuming" if cursor else "from now on")
            count -= 1

    def _start(self, room: str, lease: str) -> str:
        """Start reading ``room`` under ``lease`` from its checkpoint; returns the checkpoint. If that
        fails, the lease is given back before the error goes on."""
        with self._lock:
            self._leases[room] = lease
        try:
            cursor = self.checkpoints.load(room)
            self.runner.start_room(room, cursor)
        except BaseException:
            with self._lock:
                self._leases.pop(room, None)
            self._quietly(self.registry.release, room, lease)
            raise
        return cursor

    def _hand_over(self, rooms: List[str], why: str) -> None:
        """Stop ``rooms``, write their events, release their leases, and say so."""
        if not rooms:
            return
        _in_parallel(self.runner.stop_room, rooms)
        deadline = time.monotonic() + FLUSH_TIMEOUT
        for room in rooms:
            self.writer.wait_written(room, max(0.0, deadline - time.monotonic()))
            with self._lock:
                lease = self._leases.pop(room, None)
            if lease is not None:
                self._quietly(self.registry.release, room, lease)
                self._quietly(self._news, "released", room, why)
            logger.info("let go of @%s (%s)", room, why)

    def _drop(self, rooms: List[str], why: str) -> None:
        """Stop ``rooms`` whose leases are no longer this worker's (their events are not written)."""
        if not rooms:
            return
        with self._lock:
            for room in rooms:
                self._leases.pop(room, None)
        _in_parallel(self.runner.stop_room, rooms)
        for room in rooms:
            logger.warning("lost @%s: %s", room, why)
            self._quietly(self._news, "lost", room, why)

    # ------------------------------------------------------------ callbacks

    def _held(self) -> Dict[str, str]:
        with self._lock:
            return dict(self._leases)

    def _lease_of(self, room: str) -> Optional[str]:
        return self._leases.get(room)

    def _fenced(self, room: str) -> None:
        """The writer lets ``room`` go (its lease was lost, or Redis refuses its events): write
        nothing more, stop it and give the lease back on the next tick."""
        with self._lock:
            lease = self._leases.pop(room, None)
            if lease is not None:
                self._lost[room] = lease

    def _on_state(self, room: str, state: str, detail: str) -> None:
        """A room went live, is offline, failed, or lost messages for good: note it and say so once."""
        if state == "gap":
            logger.warning("@%s: %s", room, detail)
        elif state == "live":  # (the mark may be another worker's, from before the room moved)
            self._offline.pop(room, None)
            self._quietly(self.registry.mark_live, room)
        elif self._offline.get(room) == detail:
            return  # said already
        else:
            self._offline[room] = detail
            if state == "offline":
                self._quietly(self.registry.mark_offline, room, detail)
        self._quietly(self._news, state, room, detail)

    def _proxy_for(self, room: str) -> str:
        """The next proxy of the fleet's round (``""``: none)."""
        if not self._proxies:
            return ""
        return self._proxies[self.client.incr(self.keys.proxy_turn) % len(self._proxies)]

    def _info(self) -> Dict[str, Any]:
        stats = self.writer.stats
        return {"host": socket.gethostname(), "pid": os.getpid(), "started": int(self._started),
                "rooms": ",".join(self.rooms), "queued": self.writer.queued, "written": stats.written,
                "duplicates": stats.duplicates, "fenced": stats.fenced, "failed": stats.failed}

    def _news(self, what: str, room: str = "", detail: str = "") -> None:
        self.client.xadd(self.keys.log, {"what": what, "worker": self.worker_id, "room": room, "detail": detail},
                         maxlen=LOG_LENGTH, approximate=True)

    def _quietly(self, call: Any, *args: Any) -> None:
        """``call(*args)``, logging instead of raising when Redis is away."""
        try:
            call(*args)
        except UNAVAILABLE as exc:
            logger.warning("Redis is unreachable (%s): %s skipped", exc, getattr(call, "__name__", call))


def _in_parallel(call: Any, items: List[str]) -> None:
    """``call(item)`` for every item, each on a thread of its own; returns when all are done."""
    threads = [threading.Thread(target=call, args=(item,), name=f"tiktoklive-fleet-stop[@{item}]", daemon=True)
               for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
