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
from benchmarks import corpus, peers, report, throughput

RESULTS = Path(__file__).resolve().parent / "results.json"

#: Sizes of a full run and of a ``--quick`` one.
#: TikTokLive is slow enough that fewer repetitions of it give as steady a number.
FULL = {"frames": 2000, "repetitions": 7, "tiktoklive_repetitions": 3}
QUICK = {"frames": 300, "repetitions": 3, "tiktoklive_repetitions": 2}


def machine() -> dict:
    """What the numbers were measured on."""
    node = shutil.which("node")
    return {
        "cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
        "protobuf": f"{api_implementation.Type()}", "tiktoklive": tiktoklive.__version__,
        "node": subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip() if node else None,
    }


def run_throughput(sizes: dict, with_peers: bool) -> dict:
    """Decode throughput of the floor, of tiktoklive and of the peers, on one corpus."""
    frames = corpus.build(sizes["frames"])
    described = corpus.describe(frames)
    messages, repetitions = described["messages"], sizes["repetitions"]
    rows = {
        "floor": throughput.time_in_process(throughput.floor, frames, messages, repetitions),
        "tiktoklive": throughput.time_in_process(throughput.ours, frames, messages, repetitions),
        "tiktoklive codec.decode_frame": throughput.time_in_process(throughput.codec_only, frames, messages,
                                                                    repetitions),
    }
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


def main(argv: Optional[list[str]] = None) -> int:
    """Run the benchmarks and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run (about a minute)")
    parser.add_argument("--no-peers", action="store_true", help="skip TikTokLive and tiktok-live-connector")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    results = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "throughput": run_throughput(sizes, with_peers=not args.no_peers),
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(report.render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
