"""What the fleet tests share: a Redis of their own, worker processes, numbered chats, waiting.

A pytest plugin (``pytest_plugins`` in conftest.py): its fixtures are ``redis_url``, ``redis_client``,
``fleet_prefix`` and ``fleet_workers``."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import time
import uuid
from typing import Any, Callable, Dict, Iterator, List, Optional, TypeVar

import pytest

from tiktoklive.fleet.demo import worker_command
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.local_redis import LocalRedis
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.status import fleet_status
from tiktoklive.fleet.store import open_redis
from tiktoklive.testing.numbered import numbers_in, tally

T = TypeVar("T")
#: Seconds a test waits for something that should happen (generous: a loaded 2-core machine).
WAIT = 45.0


def redis_or_skip() -> Optional[str]:
    """``None`` when ``redis-server`` is installed (tests start their own); else the URL of
    ``TIKTOKLIVE_TEST_REDIS_URL``; else skip, or fail under CI."""
    if shutil.which("redis-server"):
        return None
    url = os.environ.get("TIKTOKLIVE_TEST_REDIS_URL")
    if url:
        return url
    reason = "the fleet tests need redis-server on the PATH or TIKTOKLIVE_TEST_REDIS_URL"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must have Redis: .ci/run installs redis-server)")
    pytest.skip(reason)


def redis_server_or_skip(why: str) -> None:
    """For a test that starts a ``redis-server`` of its own: skip without the binary, or fail under CI."""
    if shutil.which("redis-server"):
        return
    reason = f"{why}: redis-server is not on the PATH"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must have it: .ci/run installs redis-server)")
    pytest.skip(reason)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A Redis for this test alone: a redis-server of its own, else ``TIKTOKLIVE_TEST_REDIS_URL``."""
    url = redis_or_skip()
    if url is not None:
        yield url
        return
    with LocalRedis() as server:
        yield server.url


@pytest.fixture
def fleet_prefix() -> str:
    """A key prefix of this test's own (a shared ``TIKTOKLIVE_TEST_REDIS_URL`` stays clean)."""
    return f"test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    """A ``redis.Redis`` client of ``redis_url``."""
    connection = open_redis(redis_url)
    yield connection
    connection.close()


def until(predicate: Callable[[], T], message: str, timeout: float = WAIT) -> T:
    """Poll ``predicate`` until it is truthy; fail with ``message`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {message}")
        time.sleep(0.05)


class Workers:
    """``tiktoklive fleet worker`` processes against a fake TikTok; each one's stderr kept in a file."""

    def __init__(self, redis_url: str, prefix: str, urls: Dict[str, str], logs: Any, **options: Any) -> None:
        self.redis_url, self.prefix, self.urls, self.logs, self.options = redis_url, prefix, urls, logs, options
        self.processes: Dict[str, subprocess.Popen] = {}

    def start(self, worker_id: str) -> subprocess.Popen:
        log = open(self.logs / f"{worker_id}.log", "w")
        command = worker_command(self.redis_url, self.urls, worker_id, prefix=self.prefix, **self.options)
        command.insert(3, "-v")  # INFO logs into the worker's log file
        self.processes[worker_id] = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        return self.processes[worker_id]

    def log(self, worker_id: str) -> str:
        return (self.logs / f"{worker_id}.log").read_text()

    def stop_all(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
            process.wait(10)


@pytest.fixture
def fleet_workers(redis_url: str, fleet_prefix: str, fake: Any, tmp_path: Any) -> Iterator[Callable[..., Workers]]:
    """``workers(**options)``: a :class:`Workers` (killed at the end of the test)."""
    made: List[Workers] = []

    def make(**options: Any) -> Workers:
        made.append(Workers(redis_url, fleet_prefix, fake.urls, tmp_path, **options))
        return made[-1]

    yield make
    for group in made:
        group.stop_all()


def holders(client: Any, prefix: str) -> Dict[str, Optional[str]]:
    """Room -> the worker holding it (``None``: nobody)."""
    registry = RoomRegistry(client, Keys(prefix))
    return registry.holders(registry.rooms())


def rooms_of(client: Any, prefix: str) -> Dict[str, List[str]]:
    """Worker -> the rooms it holds, for the live workers."""
    return {worker["id"]: worker["rooms"] for worker in fleet_status(client, Keys(prefix))["workers"]}


def numbers(client: Any, prefix: str) -> Dict[str, List[int]]:
    """Room -> the numbered chats in the events stream, in stream order (read from the ``json`` field)."""
    return numbers_in((fields[b"room"].decode(), json.loads(fields[b"json"])["comment"])
                      for _, fields in client.xrange(Keys(prefix).events) if fields[b"event"] == b"chat")


def assert_each_once(found: Dict[str, List[int]], rooms: List[str], last: int) -> None:
    """Every room has each number from 1 to ``last`` exactly once, in order."""
    for room in rooms:
        got = found.get(room, [])
        missing, repeated = tally(got, last)
        assert not missing and not repeated, f"@{room}: lost {missing}, duplicated {repeated}"
        assert got == sorted(got), f"@{room}: out of order"


@contextlib.contextmanager
def one_worker(fake: Any, redis_url: str, prefix: str, room: str, **options: Any) -> Iterator[Any]:
    """A :class:`~tiktoklive.fleet.Worker` on the fake's room ``room``, once it holds it with a socket open."""
    from tiktoklive.fleet import Worker

    options = {"lease_ttl": 30, "sign_interval": 0, **options}
    with Worker(redis_url, prefix=prefix, connection_options=fake.client_options(), **options) as worker:
        until(lambda: worker.rooms == [room], f"the worker holding @{room}")
        fake.wait_for_sockets(fake.room(room), timeout=30)
        yield worker
