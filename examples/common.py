"""What every example shares: its command line (``@user`` or ``--fake``, ``--duration``) and logging.

With ``--fake`` an example talks to the embedded fake TikTok (``tiktoklive.testing``), where a
busy stream is going on, instead of the real one: handy to try things out offline.
"""
from __future__ import annotations

import argparse
import contextlib
import logging
from typing import Any, Dict, Iterator, Optional, Sequence

from tiktoklive import Connection
from tiktoklive.cli import DEMO_RATE, DEMO_USER, busy_fake


def parse_args(description: str, argv: Optional[Sequence[str]] = None,
               parser: Optional[argparse.ArgumentParser] = None) -> argparse.Namespace:
    """Parse ``[@user] [--fake] [--duration N]`` (plus what ``parser`` already defines)."""
    parser = parser or argparse.ArgumentParser(description=description)
    parser.add_argument("unique_id", nargs="?", default=DEMO_USER, metavar="@USER", help="the streamer")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok (busy stream)")
    parser.add_argument("--duration", type=float, default=0, help="stop after N seconds (0: never)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args


@contextlib.contextmanager
def tiktok(args: argparse.Namespace, rate: float = DEMO_RATE) -> Iterator[Dict[str, Any]]:
    """Connection options for the real TikTok, or (``--fake``) for a running fake with a busy stream
    of ``rate`` messages per second."""
    if not args.fake:
        yield {}
        return
    with busy_fake(args.unique_id, rate) as fake:
        yield fake.client_options()


def run(conn: Connection, args: argparse.Namespace) -> None:
    """Connect and receive events until the stream ends, ``--duration`` passes, or Ctrl-C."""
    try:
        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()
    except KeyboardInterrupt:
        conn.disconnect()
