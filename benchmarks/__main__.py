"""``python -m benchmarks``: run the benchmarks, print the table, write ``benchmarks/results.json``."""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

from google.protobuf.internal import api_implementation

import tiktoklive
from benchmarks import corpus, fleet, live, peers, report, throughput
from tiktoklive import wire
from tiktoklive.errors import TikTokLiveError

RESULTS = Path(__file__).resolve().parent / "results.json"

#: Sizes of a full run and of a ``--quick`` one (TikTokLive is slow enough that fewer repetitions
#: of it give as steady a number).
FULL = {"frames": 1000, "repetitions": 15, "tiktoklive_repetitions": 3, "latency_seconds": 3, "latency_repeats": 3,
        "idle_connections": (1, 10, 100), "long_run_events": 1_000_000,
        "scale_rooms": (25, 50, 100, 200, 400, 600, 700, 800, 1000), "scale_seconds": 8,
        "hub_idle_rooms": (1, 100, 1000), "hub_scale_rooms": (500, 1000, 1500, 2000, 2500, 3000),
        "fleet_events": 100_000, "fleet_lease_ttl": 5.0}
QUICK = {"frames": 200, "repetitions": 3, "tiktoklive_repetitions": 2, "latency_seconds": 1, "latency_repeats": 1,
         "idle_connections": (1, 10), "long_run_events": 50_000, "scale_rooms": (25, 100), "scale_seconds": 3,
         "hub_idle_rooms": (1, 100), "hub_scale_rooms": (100, 500), "fleet_events": 20_000, "fleet_lease_ttl": 3.0}
SECTIONS = ("throughput", "latency", "memory", "scale", "fleet")
#: Handler lag under which a number of rooms counts as sustained.
MAX_LAG_MS = 1000.0
#: The row of tiktoklive's multi-room client, beside the one-Connection-per-room baseline.
HUB = "tiktoklive Hub"


def machine() -> dict:
    """What the numbers were measured on."""
    node = shutil.which("node")
    return {
        "cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
        "protobuf": f"{api_implementation.Type()}", "tiktoklive": tiktoklive.__version__,
        "inflate": wire.inflate_with.__name__,
        "node": subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip() if node else None,
        "load_average_at_start": os.getloadavg(),
    }


def run_throughput(sizes: dict, with_peers: bool) -> dict:
    """Decode throughput of the floor, of tiktoklive and of the peers, on one corpus."""
    frames = corpus.build(sizes["frames"])
    described = corpus.describe(frames)
    messages, repetitions = described["messages"], sizes["repetitions"]
    rows = throughput.time_in_process({
        "floor": throughput.floor,
        "tiktoklive": throughput.ours,
        "tiktoklive chat only": throughput.ours_chat_only,
        "tiktoklive codec.decode_frame": throughput.codec_only,
    }, frames, messages, repetitions)
    if with_peers:
        with tempfile.TemporaryDirectory(prefix="tiktoklive-bench-") as tmp:
            corpus_file = Path(tmp) / "corpus.bin"
            corpus.write(frames, corpus_file)
            for name, peer, times in (("TikTokLive", throughput.time_tiktoklive, sizes["tiktoklive_repetitions"]),
                                      ("tiktok-live-connector", throughput.time_node, repetitions)):
                try:
                    rows[name] = peer(corpus_file, times)
                except peers.PeerUnavailable as exc:
                    rows[name] = {"skipped": str(exc)}
    return {"corpus": described,
            "rows": {name: row if "skipped" in row else throughput.summarize(row) for name, row in rows.items()}}


def _attempt(name: str, **arguments: object) -> dict:
    """One live measurement, or its arguments and the reason it failed."""
    try:
        return live.run(name, **arguments)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return {**arguments, "error": str(exc).strip().splitlines()[-1]}


def run_latency(sizes: dict, libraries: tuple[str, ...]) -> list:
    """Send-to-handler latency at 100 and 5,000 messages per second, of tiktoklive and of the peers.

    Each is measured ``latency_repeats`` times (one process busy elsewhere on two cores shows in a
    p99); the run with the median p99 is kept, with every run's p99 beside it.
    """
    runs = []
    for rate in (100, 5000):
        for library in libraries:
            arguments = {"rate": rate, "seconds": sizes["latency_seconds"]}
            if library != "tiktoklive":
                arguments["peer"] = library
            name = "latency" if library == "tiktoklive" else "peer_latency"
            tries = [_attempt(name, **arguments) for _ in range(sizes["latency_repeats"])]
            measured = sorted((run for run in tries if "error" not in run), key=lambda run: run["p99_ms"])
            kept = measured[len(measured) // 2] if measured else tries[0]
            runs.append({"library": library, **kept, "p99_ms_of_each_run": [run.get("p99_ms") for run in tries]})
    return runs


def run_memory(sizes: dict, libraries: tuple[str, ...]) -> dict:
    """RSS with 1, 10, 100 idle connections (each library; 1, 100, 1,000 rooms of a Hub), and its slope
    over a long run through one tiktoklive connection."""
    idle, per_connection = {}, {}
    for library in libraries[:1] + (HUB,) + libraries[1:]:
        if library == "tiktoklive":
            runs = [_attempt("idle_connections", count=count) for count in sizes["idle_connections"]]
        elif library == HUB:
            runs = [_attempt("hub_idle_rooms", count=count) for count in sizes["hub_idle_rooms"]]
        else:
            runs = [_attempt("peer_idle_connections", peer=library, count=count)
                    for count in sizes["idle_connections"]]
        idle[library] = runs
        first, last = runs[0], runs[-1]
        if "error" not in first and "error" not in last and last["connections"] > first["connections"]:
            per_connection[library] = ((last["rss_after_mib"] - first["rss_after_mib"])
                                       / (last["connections"] - first["connections"]))
    events = sizes["long_run_events"]
    return {"idle": idle, "per_idle_connection_mib": per_connection,
            "long_run": _attempt("long_run", events=events, every=events // 20)}


def run_scale(sizes: dict, libraries: tuple[str, ...]) -> dict:
    """For each library (and tiktoklive's Hub), step up the number of rooms (20 messages/s each) until
    the handler lag exceeds a second or messages go missing."""
    steps, most = {}, {}
    for library in libraries[:1] + (HUB,) + libraries[1:]:
        steps[library] = []
        for rooms in sizes["hub_scale_rooms" if library == HUB else "scale_rooms"]:
            arguments = {"rooms": rooms, "seconds": sizes["scale_seconds"]}
            if library == "tiktoklive":
                step = _attempt("scale", **arguments)
            elif library == HUB:
                step = _attempt("hub_scale", **arguments)
            else:
                step = _attempt("peer_scale", peer=library, **arguments)
            step["sustained"] = ("error" not in step and step["received"] == step["expected"]
                                 and step["max_ms"] is not None and step["max_ms"] < MAX_LAG_MS)
            steps[library].append(step)
            if not step["sustained"]:
                break
        most[library] = max((step["rooms"] for step in steps[library] if step["sustained"]), default=0)
    return {"rate_per_room": 20.0, "steps": steps, "max_rooms": most}


def run_fleet(sizes: dict) -> dict:
    """The fleet: one worker's write rate into Redis; takeover time and losses after a kill -9."""
    section: dict = {}
    for name, measure, arguments in (("write", fleet.write_rate, {"events": sizes["fleet_events"]}),
                                     ("takeover", fleet.takeover, {"lease_ttl": sizes["fleet_lease_ttl"]})):
        try:
            section[name] = measure(**arguments)
        except (RuntimeError, TikTokLiveError, subprocess.TimeoutExpired) as exc:
            section[name] = {**arguments, "error": str(exc).strip().splitlines()[-1]}
    return section


def main(argv: Optional[list[str]] = None) -> int:
    """Run the benchmarks and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run (about a minute)")
    parser.add_argument("--no-peers", action="store_true", help="skip TikTokLive and tiktok-live-connector")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this section (repeatable)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    sections = args.only or SECTIONS
    results: dict = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
    }
    if "throughput" in sections:
        results["throughput"] = run_throughput(sizes, with_peers=not args.no_peers)
    libraries = ("tiktoklive",) if args.no_peers else ("tiktoklive", "TikTokLive", "tiktok-live-connector")
    if "latency" in sections:
        results["latency"] = run_latency(sizes, libraries)
    if "memory" in sections:
        results["memory"] = run_memory(sizes, libraries)
    if "scale" in sections:
        results["scale"] = run_scale(sizes, libraries)
    if "fleet" in sections:
        results["fleet"] = run_fleet(sizes)
    results["machine"]["load_average_at_end"] = os.getloadavg()
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(report.render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
