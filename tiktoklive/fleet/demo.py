"""``tiktoklive fleet demo``: a fake TikTok with busy rooms, a Redis, three workers; one is killed.

Everything runs on this machine: the fake TikTok in this process, a throwaway ``redis-server``,
and three ``tiktoklive fleet worker`` processes. The demo prints the fleet's news (rooms taken and
let go) and every event as ``tail`` would, kills the worker holding the most rooms with ``SIGKILL``
a third of the way in, and shows its rooms moving to the others while the events keep flowing.
"""
from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import threading
import time
from typing import Dict, Iterator, List

from tiktoklive.events.render import describe
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.local_redis import LocalRedis
from tiktoklive.fleet.reader import FleetReader
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.status import describe as describe_status
from tiktoklive.fleet.status import fleet_status
from tiktoklive.fleet.store import open_redis, text

#: Workers the demo starts.
WORKERS = 3
#: The demo workers' lease time: a killed worker's rooms move within it.
LEASE_TTL = 3.0


def worker_command(redis_url: str, urls: Dict[str, str], worker_id: str, *, lease_ttl: float = LEASE_TTL,
                   prefix: str = "tiktoklive", sign_interval: float = 0.05) -> List[str]:
    """The command line of a ``tiktoklive fleet worker`` pointed at a fake TikTok's ``urls``."""
    return [sys.executable, "-m", "tiktoklive", "fleet", "worker", "--redis", redis_url, "--prefix", prefix,
            "--web-base-url", urls["web"], "--webcast-base-url", urls["webcast"], "--sign-url", urls["sign"],
            "--lease-ttl", str(lease_ttl), "--sign-interval", str(sign_interval), "--id", worker_id]


@contextlib.contextmanager
def workers(commands: List[List[str]]) -> Iterator[List[subprocess.Popen]]:
    """The worker processes of ``commands``; on exit, SIGTERM (a handover) for those still alive."""
    processes = [subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
                 for command in commands]
    try:
        yield processes
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run(*, rooms: int, rate: float, duration: float) -> int:
    """Run the demo for ``duration`` seconds; returns 0."""
    from tiktoklive.testing import FakeTikTok

    names = [f"streamer_{i + 1}" for i in range(rooms)]
    with FakeTikTok() as fake, LocalRedis() as server:
        for name in names:
            fake.room(name).busy(rate, per_frame=(1, 3))
        client = open_redis(server.url)
        registry = RoomRegistry(client, Keys())
        registry.add(names)
        print(f"fleet demo: {rooms} busy rooms on a fake TikTok, Redis at {server.url}, {WORKERS} workers "
              f"(lease {LEASE_TTL:g} s)", flush=True)
        stop = threading.Event()
        threads = [threading.Thread(target=target, args=(server.url, stop), daemon=True,
                                    name=f"tiktoklive-fleet-demo[{target.__name__}]")
                   for target in (_print_news, _print_events)]
        for thread in threads:
            thread.start()
        commands = [worker_command(server.url, fake.urls, f"worker-{i + 1}") for i in range(WORKERS)]
        try:
            with workers(commands) as processes:
                _script(processes, registry, duration)
                print("\n".join(["the fleet now:", *describe_status(fleet_status(client, Keys()))]), flush=True)
                print(">>> SIGTERM to the others: they hand their rooms over and leave", flush=True)
        finally:
            stop.set()
            for thread in threads:
                thread.join(5)
            client.close()
    return 0


def _script(processes: List[subprocess.Popen], registry: RoomRegistry, duration: float) -> None:
    """Let the fleet run a third of ``duration``, kill -9 the worker holding the most rooms, run on."""
    start = time.monotonic()
    time.sleep(duration / 3)
    held = [holder for holder in registry.holders(registry.rooms()).values() if holder]
    victim = max(sorted(set(held)), key=held.count) if held else "worker-1"
    process = processes[int(victim.rsplit("-", 1)[1]) - 1]
    print(f">>> kill -9 {victim} (pid {process.pid}): its rooms move within {LEASE_TTL:g} s", flush=True)
    process.kill()
    process.wait()
    time.sleep(max(0.0, duration - (time.monotonic() - start)))


def _print_news(url: str, stop: threading.Event) -> None:
    client, last = open_redis(url), "0"
    while not stop.is_set():
        for _, entries in client.xread({Keys().log: last}, block=500) or ():
            for entry_id, fields in entries:
                last = text(entry_id)
                news = {text(k): text(v) for k, v in fields.items()}
                if news["what"] in ("acquired", "released", "lost", "joined", "left"):
                    room = f" @{news['room']}" if news["room"] else ""
                    print(f">>> {news['worker']} {news['what']}{room} {news['detail']}".rstrip(), flush=True)
    client.close()


def _print_events(url: str, stop: threading.Event) -> None:
    reader = FleetReader(url, None, start="$")

    def close_when_stopped() -> None:
        stop.wait()
        reader.close()

    threading.Thread(target=close_when_stopped, name="tiktoklive-fleet-demo[close]", daemon=True).start()
    for event in reader:
        print(f"  [{event.worker_id}] @{event.unique_id} {event.name}: {describe(event.event)}", flush=True)
