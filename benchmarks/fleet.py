"""The fleet: events/s one worker's writer puts into Redis, and a takeover after ``kill -9``.

Both start their own ``redis-server`` on a free loopback port (no persistence). The takeover runs
three ``tiktoklive fleet worker`` processes against a fake TikTok with busy rooms of numbered
chats, kills the worker holding the most rooms, and measures, from the kill, when every one of its
rooms had an event written by its new holder; then counts, room by room, the numbered chats lost
or duplicated over the whole run.
"""
from __future__ import annotations

import itertools
import threading
import time

from tiktoklive import codec
from tiktoklive.fleet.demo import worker_command, workers
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.local_redis import LocalRedis
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.store import open_redis, text
from tiktoklive.fleet.writer import Delivery, EventWriter
from tiktoklive.testing import FakeTikTok, busy
from tiktoklive.testing.numbered import NumberedChats, numbers_in, tally

#: Seconds to wait for the fleet to settle or catch up before giving up.
WAIT = 60.0


def _until(predicate, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not within {WAIT} s: {what}")
        time.sleep(0.02)


def write_rate(events: int, rooms: int = 10) -> dict:
    """Events per second one worker's :class:`~tiktoklive.fleet.writer.EventWriter` writes (deduplicated,
    fenced, checkpointed) into a local Redis, from a busy room's decoded events spread over ``rooms``."""
    decoded = [event for frame in busy.frames(events // 10 + 1, seed=3) for event in codec.decode_frame(frame)]
    names = [f"room{i}" for i in range(rooms)]
    with LocalRedis() as server:
        client, keys = open_redis(server.url), Keys("bench")
        registry = RoomRegistry(client, keys)
        leases = {room: registry.acquire(room, "bench", 600) for room in names}
        writer = EventWriter(client, keys, "bench", lease_of=leases.get, on_fenced=lambda room: None,
                             queue_size=events + 1)
        deliveries = [Delivery(room, "1", event, "c") for room, event in
                      zip(itertools.cycle(names), itertools.islice(itertools.cycle(decoded), events))]
        stop = threading.Event()
        start = time.perf_counter()
        writer.start()
        for delivery in deliveries:
            writer.put(delivery, stop)
        for room in names:
            writer.wait_written(room, WAIT)
        seconds = time.perf_counter() - start
        writer.close(5)
        written, length = writer.stats.written, client.xlen(keys.events)
        client.close()
    return {"events": events, "rooms": rooms, "written": written, "duplicates": writer.stats.duplicates,
            "stream_length": length, "seconds": round(seconds, 3), "events_per_s": round(events / seconds)}


def takeover(rooms: int = 6, lease_ttl: float = 5.0, interval: float = 0.02) -> dict:
    """Kill -9 the busiest of three workers mid-stream; the takeover time and what was lost or repeated."""
    prefix, names = "bench", [f"room{i}" for i in range(rooms)]
    with FakeTikTok() as fake, LocalRedis() as server:
        client, keys = open_redis(server.url), Keys(prefix)
        registry = RoomRegistry(client, keys)
        fake_rooms = [fake.room(name) for name in names]
        registry.add(names)
        commands = [worker_command(server.url, fake.urls, f"w{i}", lease_ttl=lease_ttl, prefix=prefix)
                    for i in range(3)]
        with workers(commands) as processes:
            _until(lambda: all(registry.holders(names).values()), "every room held")
            for room in fake_rooms:
                fake.wait_for_sockets(room, timeout=WAIT)
            chats = NumberedChats(fake_rooms, interval).start()  # from now on, every chat must arrive
            chats.wait_for(chats.sent + 20)
            holders = registry.holders(names)
            victim = max(set(holders.values()), key=list(holders.values()).count)
            moved = [room for room, holder in holders.items() if holder == victim]
            killed_ms = time.time() * 1000
            processes[int(victim[1:])].kill()
            _until(lambda: all(h not in (None, victim) for h in registry.holders(names).values()), "rooms taken")
            chats.wait_for(chats.sent + 50)
            last = chats.stop()
        _until(lambda: all(last in found for found in _numbers(client, keys).values()), "every chat written")
        found = _numbers(client, keys)
        firsts = _first_after(client, keys, moved, victim, killed_ms)
        client.close()
    counts = {room: tally(found.get(room, []), last) for room in names}
    return {"rooms": rooms, "workers": 3, "lease_ttl_s": lease_ttl, "chats_per_room": last, "moved_rooms": len(moved),
            "takeover_s": round(max(firsts.values()) / 1000, 2) if len(firsts) == len(moved) else None,
            "lost": sum(len(missing) for missing, _ in counts.values()),
            "duplicated": sum(len(repeated) for _, repeated in counts.values())}


def _numbers(client, keys) -> dict:
    import json

    return numbers_in((text(fields[b"room"]), json.loads(fields[b"json"])["comment"])
                      for _, fields in client.xrange(keys.events) if fields[b"event"] == b"chat")


def _first_after(client, keys, rooms: list, victim: str, killed_ms: float) -> dict:
    """Room -> ms from the kill to the first entry of that room written by another worker."""
    firsts: dict = {}
    for entry_id, fields in client.xrange(keys.events, min=f"{int(killed_ms)}-0"):
        room = text(fields[b"room"])
        if room in rooms and room not in firsts and text(fields[b"worker"]) != victim:
            firsts[room] = int(text(entry_id).split("-")[0]) - killed_ms
    return firsts
