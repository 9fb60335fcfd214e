"""Fleet workers as real processes against the fake TikTok and a real Redis: takeover, handover,
rebalancing and a Redis restart, proven room by room on numbered chats (0 lost, 0 duplicated)."""
from __future__ import annotations

import signal
import time

from fleet_support import (
    assert_each_once,
    holders,
    numbers,
    redis_server_or_skip,
    rooms_of,
    until,
)

from tiktoklive.fleet import Keys, RoomRegistry
from tiktoklive.fleet.local_redis import LocalRedis
from tiktoklive.fleet.store import open_redis
from tiktoklive.testing.numbered import NumberedChats

ROOMS = ["r1", "r2", "r3", "r4"]


def watched(fake, redis_client, fleet_prefix, count=None):
    """Wait until every room is held (by ``count`` live fleet_workers, if given) and has a socket in the fake."""
    until(lambda: all(holders(redis_client, fleet_prefix).values()), "every room held by a worker")
    if count is not None:
        until(lambda: len(rooms_of(redis_client, fleet_prefix)) == count, f"{count} live workers")
    for room in ROOMS:
        fake.wait_for_sockets(fake.room(room), timeout=45)


def all_written(redis_client, fleet_prefix, last):
    until(lambda: all(last in numbers(redis_client, fleet_prefix).get(room, []) for room in ROOMS),
          f"chat {last} of every room written")


def setup_rooms(fake, redis_client, fleet_prefix):
    rooms = [fake.room(room) for room in ROOMS]
    RoomRegistry(redis_client, Keys(fleet_prefix)).add(ROOMS)
    return rooms


def test_kill_9_moves_the_rooms_within_a_lease_and_loses_or_repeats_nothing(fake, redis_client, fleet_prefix,
                                                                            fleet_workers):
    rooms = setup_rooms(fake, redis_client, fleet_prefix)
    fleet = fleet_workers(lease_ttl=2.0)
    for worker_id in ("a", "b", "c"):
        fleet.start(worker_id)
    watched(fake, redis_client, fleet_prefix, count=3)
    with NumberedChats(rooms) as counter:
        counter.wait_for(10)
        victim = max(rooms_of(redis_client, fleet_prefix).items(), key=lambda item: len(item[1]))[0]
        killed = time.monotonic()
        fleet.processes[victim].kill()  # SIGKILL: no handover, its leases just expire
        fleet.processes[victim].wait(10)
        until(lambda: all(holder not in (None, victim) for holder in holders(redis_client, fleet_prefix).values()),
              f"the rooms of {victim} taken over")
        took = time.monotonic() - killed
        assert took < 2.0 * 3 + 10, f"taken over {took:.1f} s after the kill, lease 2 s"  # a lease and a tick or so
        sent = counter.sent
        counter.wait_for(sent + 10)  # the new holders read on
    last = counter.stop()
    all_written(redis_client, fleet_prefix, last)
    assert_each_once(numbers(redis_client, fleet_prefix), ROOMS, last)
    assert "resuming" in fleet.log("a") + fleet.log("b") + fleet.log("c")


def test_sigterm_hands_the_rooms_over_at_once(fake, redis_client, fleet_prefix, fleet_workers):
    rooms = setup_rooms(fake, redis_client, fleet_prefix)
    fleet = fleet_workers(lease_ttl=120.0)  # an expiry would take two minutes: only a handover moves rooms sooner
    fleet.start("a")
    fleet.start("b")
    watched(fake, redis_client, fleet_prefix, count=2)
    with NumberedChats(rooms) as counter:
        counter.wait_for(5)
        fleet.processes["a"].send_signal(signal.SIGTERM)
        assert fleet.processes["a"].wait(30) == 0
        until(lambda: set(holders(redis_client, fleet_prefix).values()) == {"b"}, "worker b holding every room",
              timeout=60)
        counter.wait_for(counter.sent + 10)
    last = counter.stop()
    all_written(redis_client, fleet_prefix, last)
    assert_each_once(numbers(redis_client, fleet_prefix), ROOMS, last)
    assert "handed its rooms over and left" in fleet.log("a")
    news = [fields[b"what"] for _, fields in redis_client.xrange(Keys(fleet_prefix).log)]
    assert b"released" in news and b"left" in news and b"lost" not in news


def test_a_joining_worker_takes_its_share(fake, redis_client, fleet_prefix, fleet_workers):
    rooms = setup_rooms(fake, redis_client, fleet_prefix)
    fleet = fleet_workers(lease_ttl=120.0)
    fleet.start("a")
    watched(fake, redis_client, fleet_prefix, count=1)
    assert rooms_of(redis_client, fleet_prefix) == {"a": ROOMS}
    with NumberedChats(rooms) as counter:
        counter.wait_for(5)
        fleet.start("b")
        until(lambda: sorted(map(len, rooms_of(redis_client, fleet_prefix).values())) == [2, 2], "two rooms each")
        watched(fake, redis_client, fleet_prefix, count=2)
        counter.wait_for(counter.sent + 10)
    last = counter.stop()
    all_written(redis_client, fleet_prefix, last)
    assert_each_once(numbers(redis_client, fleet_prefix), ROOMS, last)


def test_a_redis_restart_is_ridden_out(fake, fleet_prefix, fleet_workers, tmp_path):
    redis_server_or_skip("restarting Redis needs a server of the test's own")
    with LocalRedis(persistent=True) as server:
        redis = open_redis(server.url)
        rooms = setup_rooms(fake, redis, fleet_prefix)
        fleet = fleet_workers(lease_ttl=10.0)
        fleet.redis_url = server.url
        fleet.start("a")
        watched(fake, redis, fleet_prefix, count=1)
        with NumberedChats(rooms) as counter:
            counter.wait_for(5)
            server.restart()  # the data survives (append-only file); the connections do not
            counter.wait_for(counter.sent + 20)
            until(lambda: rooms_of(redis, fleet_prefix) == {"a": ROOMS}, "worker a still holding every room")
        last = counter.stop()
        all_written(redis, fleet_prefix, last)
        assert_each_once(numbers(redis, fleet_prefix), ROOMS, last)
        assert fleet.processes["a"].poll() is None
        assert "Redis" in fleet.log("a")  # it noticed, and carried on
        redis.close()
