"""Fleet workers as real processes against the fake TikTok and a real Redis: takeover, handover,
rebalancing and a Redis restart, proven room by room on numbered chats (0 lost, 0 duplicated)."""
from __future__ import annotations

import signal

from fleet_support import (  # noqa: F401
    assert_each_once,
    client,
    holders,
    numbers,
    prefix,
    redis_or_skip,
    redis_url,
    rooms_of,
    until,
    workers,
)

from tiktoklive.fleet import Keys, RoomRegistry
from tiktoklive.fleet.local_redis import LocalRedis
from tiktoklive.fleet.store import open_redis
from tiktoklive.testing.numbered import NumberedChats

ROOMS = ["r1", "r2", "r3", "r4"]


def watched(fake, client, prefix, count=None):  # noqa: F811
    """Wait until every room is held (by ``count`` live workers, if given) and has a socket in the fake."""
    until(lambda: all(holders(client, prefix).values()), "every room held by a worker")
    if count is not None:
        until(lambda: len(rooms_of(client, prefix)) == count, f"{count} live workers")
    for room in ROOMS:
        fake.wait_for_sockets(fake.room(room), timeout=45)


def all_written(client, prefix, last):  # noqa: F811
    until(lambda: all(last in numbers(client, prefix).get(room, []) for room in ROOMS),
          f"chat {last} of every room written")


def setup_rooms(fake, client, prefix):  # noqa: F811
    rooms = [fake.room(room) for room in ROOMS]
    RoomRegistry(client, Keys(prefix)).add(ROOMS)
    return rooms


def test_kill_9_moves_the_rooms_within_a_lease_and_loses_or_repeats_nothing(fake, client, prefix, workers):  # noqa: F811
    rooms = setup_rooms(fake, client, prefix)
    fleet = workers(lease_ttl=2.0)
    for worker_id in ("a", "b", "c"):
        fleet.start(worker_id)
    watched(fake, client, prefix, count=3)
    with NumberedChats(rooms) as counter:
        counter.wait_for(10)
        victim = max(rooms_of(client, prefix).items(), key=lambda item: len(item[1]))[0]
        fleet.processes[victim].kill()  # SIGKILL: no handover, its leases just expire
        fleet.processes[victim].wait(10)
        until(lambda: victim not in holders(client, prefix).values() and all(holders(client, prefix).values()),
              f"the rooms of {victim} taken over")
        sent = counter.sent
        counter.wait_for(sent + 10)  # the new holders read on
    last = counter.stop()
    all_written(client, prefix, last)
    assert_each_once(numbers(client, prefix), ROOMS, last)
    assert "resuming" in fleet.log("a") + fleet.log("b") + fleet.log("c")


def test_sigterm_hands_the_rooms_over_at_once(fake, client, prefix, workers):  # noqa: F811
    rooms = setup_rooms(fake, client, prefix)
    fleet = workers(lease_ttl=120.0)  # an expiry would take two minutes: only a handover moves rooms sooner
    fleet.start("a")
    fleet.start("b")
    watched(fake, client, prefix, count=2)
    with NumberedChats(rooms) as counter:
        counter.wait_for(5)
        fleet.processes["a"].send_signal(signal.SIGTERM)
        assert fleet.processes["a"].wait(30) == 0
        until(lambda: set(holders(client, prefix).values()) == {"b"}, "worker b holding every room", timeout=60)
        counter.wait_for(counter.sent + 10)
    last = counter.stop()
    all_written(client, prefix, last)
    assert_each_once(numbers(client, prefix), ROOMS, last)
    assert "handed its rooms over and left" in fleet.log("a")
    news = [fields[b"what"] for _, fields in client.xrange(Keys(prefix).log)]
    assert b"released" in news and b"left" in news and b"lost" not in news


def test_a_joining_worker_takes_its_share(fake, client, prefix, workers):  # noqa: F811
    rooms = setup_rooms(fake, client, prefix)
    fleet = workers(lease_ttl=120.0)
    fleet.start("a")
    watched(fake, client, prefix, count=1)
    assert rooms_of(client, prefix) == {"a": ROOMS}
    with NumberedChats(rooms) as counter:
        counter.wait_for(5)
        fleet.start("b")
        until(lambda: sorted(map(len, rooms_of(client, prefix).values())) == [2, 2], "two rooms each")
        watched(fake, client, prefix, count=2)
        counter.wait_for(counter.sent + 10)
    last = counter.stop()
    all_written(client, prefix, last)
    assert_each_once(numbers(client, prefix), ROOMS, last)


def test_a_redis_restart_is_ridden_out(fake, prefix, workers, tmp_path):  # noqa: F811
    if redis_or_skip() is not None:
        import pytest

        pytest.skip("restarting Redis needs redis-server (TIKTOKLIVE_TEST_REDIS_URL cannot be restarted)")
    with LocalRedis(persistent=True) as server:
        redis = open_redis(server.url)
        rooms = setup_rooms(fake, redis, prefix)
        fleet = workers(lease_ttl=10.0)
        fleet.redis_url = server.url
        fleet.start("a")
        watched(fake, redis, prefix, count=1)
        with NumberedChats(rooms) as counter:
            counter.wait_for(5)
            server.restart()  # the data survives (append-only file); the connections do not
            counter.wait_for(counter.sent + 20)
            until(lambda: rooms_of(redis, prefix) == {"a": ROOMS}, "worker a still holding every room")
        last = counter.stop()
        all_written(redis, prefix, last)
        assert_each_once(numbers(redis, prefix), ROOMS, last)
        assert fleet.processes["a"].poll() is None
        assert "Redis" in fleet.log("a")  # it noticed, and carried on
        redis.close()
