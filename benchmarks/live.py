"""Measurements through real connections to a fake TikTok in another process: latency, memory, scale.

Each measurement runs in a fresh process (``python -m benchmarks.live NAME JSON``, see :func:`run`),
so that the memory and the threads it sees are its own. The fake stamps every message it sends with
the wall clock (``common.client_send_time``, ns); handlers subtract it from theirs (one machine,
one clock).
"""
from __future__ import annotations

import concurrent.futures
import gc
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

from benchmarks import peers
from benchmarks.fakeproc import FakeProcess
from tiktoklive import Connection, Hub

HERE = Path(__file__).resolve().parent

#: Every event name the busy mix produces.
MIX_EVENTS = ("chat", "gift", "like", "member", "roomUser", "social", "follow", "share")


def rss_mib() -> float:
    """This process's resident set size (``VmRSS``), in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def lag_summary(lags_ns: list[int]) -> dict:
    """p50, p99 and max of lags given in ns, in ms."""
    if not lags_ns:
        return {"p50_ms": None, "p99_ms": None, "max_ms": None}
    ordered = sorted(lags_ns)
    return {"p50_ms": statistics.median(ordered) / 1e6, "p99_ms": ordered[int(0.99 * (len(ordered) - 1))] / 1e6,
            "max_ms": ordered[-1] / 1e6}


class Recorder:
    """A handler that keeps each event's lag behind the fake's send stamp (thread-safe enough: list.append)."""

    def __init__(self) -> None:
        self.lags: list[int] = []

    def __call__(self, event: object) -> None:
        self.lags.append(time.time_ns() - event.common.client_send_time)  # type: ignore[attr-defined]

    def wait_for(self, count: int, timeout: float) -> None:
        """Block until ``count`` events were seen or ``timeout`` seconds passed."""
        deadline = time.monotonic() + timeout
        while len(self.lags) < count and time.monotonic() < deadline:
            time.sleep(0.01)


def _connect(fake: FakeProcess, rooms: list[str], handler: Callable, names: tuple[str, ...]) -> list[Connection]:
    """Create the rooms in the fake, then connect one connection per room (a few at a time), each
    calling ``handler`` for ``names``."""
    fake.call("rooms", names=rooms)

    def connect(room: str) -> Connection:
        connection = Connection(room, **fake.options)
        for name in names:
            connection.on(name, handler)
        connection.connect()
        return connection

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        return list(pool.map(connect, rooms))


def _hub(fake: FakeProcess, rooms: list[str], handler: Callable, names: tuple[str, ...]) -> Hub:
    """Create the rooms in the fake, then a :class:`~tiktoklive.Hub` watching them all, each event of
    ``names`` going to ``handler``; returns once every room is connected."""
    fake.call("rooms", names=rooms)
    hub = Hub(**fake.options, process_initial_data=False)
    for name in names:
        hub.on(name, handler)
    connected = threading.Semaphore(0)
    hub.on("connected", lambda event: connected.release())
    for room in rooms:
        hub.add(room)
    for _ in rooms:
        if not connected.acquire(timeout=120):
            hub.close()
            raise RuntimeError(f"the hub connected fewer than {len(rooms)} rooms within 120 s")
    return hub


def latency(rate: float, seconds: float) -> dict:
    """Lag from the fake's send to the ``chat`` handler, one message per frame at ``rate`` messages/s."""
    recorder = Recorder()
    with FakeProcess() as fake:
        (connection,) = _connect(fake, ["bench_latency"], recorder, ("chat",))
        sent = fake.call("stream", rooms=["bench_latency"], rate=rate, seconds=seconds)
        recorder.wait_for(sent["sent"], timeout=30)
        connection.disconnect()
    return {"rate": rate, "seconds": seconds, "sent": sent["sent"], "received": len(recorder.lags),
            "sender_late_ms": sent["late"] * 1e3, **lag_summary(recorder.lags)}


def idle_connections(count: int) -> dict:
    """RSS of this process before and after opening ``count`` idle connections."""
    rooms = [f"bench_idle_{i}" for i in range(count)]
    with FakeProcess() as fake:
        gc.collect()
        before = rss_mib()
        connections = _connect(fake, rooms, lambda event: None, ("chat",))
        time.sleep(1.0)  # let the first heartbeats and acks go by
        gc.collect()
        after = rss_mib()
        threads = threading.active_count()
        for connection in connections:
            connection.disconnect()
    return {"connections": count, "rss_before_mib": before, "rss_after_mib": after, "threads": threads}


def hub_idle_rooms(count: int) -> dict:
    """RSS of this process before and after a :class:`~tiktoklive.Hub` opens ``count`` idle rooms."""
    rooms = [f"bench_idle_{i}" for i in range(count)]
    with FakeProcess() as fake:
        gc.collect()
        before = rss_mib()
        hub = _hub(fake, rooms, lambda event: None, ("chat",))
        time.sleep(1.0)  # let the first acks go by
        gc.collect()
        after = rss_mib()
        threads = threading.active_count()
        hub.close()
    return {"connections": count, "rss_before_mib": before, "rss_after_mib": after, "threads": threads}


def long_run(events: int, every: int) -> dict:
    """RSS every ``every`` events while ``events`` messages of the busy mix go through one connection."""
    samples: list[tuple[int, float]] = []
    seen = [0]

    def handler(event: object) -> None:
        seen[0] += 1
        if seen[0] % every == 0:
            samples.append((seen[0], rss_mib()))

    with FakeProcess() as fake:
        (connection,) = _connect(fake, ["bench_long"], handler, MIX_EVENTS)
        start = time.perf_counter()
        sent = fake.call("flood", room="bench_long", count=events)["sent"]
        deadline = time.monotonic() + 120
        while seen[0] < sent and time.monotonic() < deadline:
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        connection.disconnect()
    slope = _slope(samples[1:]) if len(samples) > 2 else None  # the first sample includes warm-up
    return {"events": seen[0], "sent": sent, "seconds": elapsed, "samples": samples,
            "mib_per_100k_events": None if slope is None else slope * 100_000}


def _slope(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of y over x."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    return (sum((x - mean_x) * (y - mean_y) for x, y in points)
            / sum((x - mean_x) ** 2 for x, _ in points))


def scale(rooms: int, seconds: float, rate: float = 20.0) -> dict:
    """``rooms`` connections in this process, each receiving ``rate`` messages/s of the busy mix."""
    def start(fake: FakeProcess, names: list[str], recorder: Recorder) -> Callable[[], None]:
        connections = _connect(fake, names, recorder, MIX_EVENTS)

        def close() -> None:
            for connection in connections:
                connection.disconnect()
        return close
    return _scale(rooms, seconds, rate, start)


def hub_scale(rooms: int, seconds: float, rate: float = 20.0) -> dict:
    """:func:`scale` with one :class:`~tiktoklive.Hub` watching the ``rooms`` rooms."""
    return _scale(rooms, seconds, rate, lambda fake, names, recorder: _hub(fake, names, recorder, MIX_EVENTS).close)


def _scale(rooms: int, seconds: float, rate: float,
           start: Callable[[FakeProcess, list[str], Recorder], Callable[[], None]]) -> dict:
    """Connect ``rooms`` rooms with ``start`` (which returns what closes them), then stream to them;
    the lags, and the CPU time of this process and of the fake's while streaming."""
    recorder = Recorder()
    names = [f"bench_room_{i}" for i in range(rooms)]
    with FakeProcess() as fake:
        began = time.perf_counter()
        close = start(fake, names, recorder)
        connect_seconds = time.perf_counter() - began
        cpu = time.process_time()
        sent = fake.call("stream", rooms=names, rate=rate, seconds=seconds, per_frame=5, kind="mix")
        recorder.wait_for(sent["sent"] * rooms, timeout=30)
        cpu = time.process_time() - cpu
        threads = threading.active_count()
        close()
    return _scale_result(rooms, rate, seconds, sent, recorder.lags, connect_seconds=connect_seconds, threads=threads,
                         client_cpu_s=cpu, fake_cpu_s=sent["cpu"])


def _scale_result(rooms: int, rate: float, seconds: float, sent: dict, lags: list[int], **extra: Any) -> dict:
    return {"rooms": rooms, "rate_per_room": rate, "seconds": seconds, "expected": sent["sent"] * rooms,
            "received": len(lags), "sender_late_ms": sent["late"] * 1e3,
            "longest_tick_ms": sent.get("longest_tick", 0.0) * 1e3, **extra, **lag_summary(lags)}


class PeerClients:
    """A peer library's clients, one per room, connected to the fake from a process of their own
    (``peer_tiktoklive_live.py``, ``peer_node_live.mjs``).

    :ivar memory: the peer process's RSS before and after connecting (``rss_before_mib``, ``rss_after_mib``).
    :raises peers.PeerUnavailable: the peer is not installed and cannot be.
    """

    def __init__(self, peer: str, fake: FakeProcess, rooms: list[str]) -> None:
        if peer == "TikTokLive":
            command = [str(peers.tiktoklive_python()), str(HERE / "peer_tiktoklive_live.py")]
        elif peer == "tiktok-live-connector":
            node, package = peers.node_package()
            command = [node, str(HERE / "peer_node_live.mjs"), str(package)]
        else:
            raise ValueError(f"no peer called {peer!r}")
        fake.call("rooms", names=rooms)
        self._process = subprocess.Popen(command + [json.dumps(fake.urls), json.dumps(rooms)], text=True,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.memory = self._read()

    def __enter__(self) -> PeerClients:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()

    def _read(self) -> dict:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the peer's clients exited ({self._process.wait()})")
        return json.loads(line)

    def lags(self, expect: int, timeout: float) -> list[int]:
        """Wait until each client has seen ``expect`` comments (at most ``timeout`` s); their lags in ns."""
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"expect": expect, "timeout": timeout}) + "\n")
        self._process.stdin.flush()
        return self._read()["lags_ns"]


def peer_latency(peer: str, rate: float, seconds: float) -> dict:
    """:func:`latency` of a peer library."""
    with FakeProcess() as fake, PeerClients(peer, fake, ["bench_latency"]) as clients:
        sent = fake.call("stream", rooms=["bench_latency"], rate=rate, seconds=seconds)
        lags = clients.lags(sent["sent"], timeout=30)
    return {"rate": rate, "seconds": seconds, "sent": sent["sent"], "received": len(lags),
            "sender_late_ms": sent["late"] * 1e3, **lag_summary(lags)}


def peer_idle_connections(peer: str, count: int) -> dict:
    """:func:`idle_connections` of a peer library (RSS of the peer's process)."""
    with FakeProcess() as fake, PeerClients(peer, fake, [f"bench_idle_{i}" for i in range(count)]) as clients:
        clients.lags(0, timeout=0)
    return {"connections": count, **clients.memory}


def peer_scale(peer: str, rooms: int, seconds: float, rate: float = 20.0) -> dict:
    """:func:`scale` of a peer library (all its clients in one process)."""
    names = [f"bench_room_{i}" for i in range(rooms)]
    with FakeProcess() as fake, PeerClients(peer, fake, names) as clients:
        sent = fake.call("stream", rooms=names, rate=rate, seconds=seconds, per_frame=5, kind="mix")
        lags = clients.lags(sent["sent"], timeout=30)
    return _scale_result(rooms, rate, seconds, sent, lags)


MEASUREMENTS = {"latency": latency, "idle_connections": idle_connections, "long_run": long_run, "scale": scale,
                "hub_idle_rooms": hub_idle_rooms, "hub_scale": hub_scale,
                "peer_latency": peer_latency, "peer_idle_connections": peer_idle_connections,
                "peer_scale": peer_scale}


def run(name: str, timeout: float = 600, **arguments: object) -> dict:
    """Run one measurement in a fresh process and return its result."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.live", name, json.dumps(arguments)],
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"{name}{arguments} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(MEASUREMENTS[sys.argv[1]](**json.loads(sys.argv[2]))))
