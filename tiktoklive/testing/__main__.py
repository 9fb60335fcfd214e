"""Command line: run a fake TikTok until Ctrl-C (or ``--duration``) and print where to point clients.

``python -m tiktoklive.testing --port 0 --room someuser --rate 50``
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from typing import List, Optional, TextIO

from tiktoklive.testing.fake import FakeTikTok


def build_parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    parser = argparse.ArgumentParser(prog="python -m tiktoklive.testing",
                                     description="Run a fake TikTok (web, webcast, sign server, WebSocket push "
                                                 "server) on 127.0.0.1 for offline tests.")
    parser.add_argument("--port", type=int, default=0,
                        help="first of four consecutive ports (web, webcast, sign, push); 0 picks free ones")
    parser.add_argument("--room", action="append", default=[], metavar="UNIQUE_ID",
                        help="create a live room for this streamer (repeatable)")
    parser.add_argument("--offline", action="append", default=[], metavar="UNIQUE_ID",
                        help="create an offline streamer (repeatable)")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="busy-stream messages per second in each --room (0: none)")
    parser.add_argument("--duration", type=float, default=None, help="seconds to run (default: until Ctrl-C)")
    parser.add_argument("--api-key", default=None, help="make the sign server require this API key")
    parser.add_argument("--json", action="store_true", help="print the URLs and client options as one JSON line")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="-v: INFO logs, -vv: DEBUG logs")
    return parser


def describe(fake: FakeTikTok, rate: float, out: TextIO) -> None:
    """Print the URLs, rooms and the options that point a client at ``fake``."""
    urls = fake.urls
    out.write("Fake TikTok running (Ctrl-C to stop)\n")
    for name, url in urls.items():
        out.write(f"  {name:<8} {url}\n")
    out.write(f"  {'control':<8} {urls['web']}/_fake/\n")
    for room in fake.rooms.values():
        busy = f", busy stream {rate:g} messages/s" if rate and room.live else ""
        out.write(f"  room     @{room.unique_id} (room id {room.room_id}) {room.status}{busy}\n")
    key = ", api_key=<your --api-key>" if fake.api_key else ""
    first = next(iter(fake.rooms), "someuser")
    out.write("Point a client at it:\n"
              f"  Connection({first!r}, web_base_url={urls['web']!r}, webcast_base_url={urls['webcast']!r},\n"
              f"             sign_config=SignConfig(base_path={urls['sign']!r}{key}))\n")
    out.flush()


def main(argv: Optional[List[str]] = None) -> int:
    """Run the fake; returns 0 after ``--duration``, 130 on Ctrl-C, 1 if it cannot start, 2 on bad arguments."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG if args.verbose > 1 else logging.INFO,
                            format="%(asctime)s %(threadName)s %(name)s %(levelname)s %(message)s")
    if args.rate < 0 or (args.duration is not None and args.duration < 0):
        sys.stderr.write("--rate and --duration must not be negative\n")
        return 2
    try:
        fake = FakeTikTok(port=args.port, api_key=args.api_key)
    except ValueError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    try:
        fake.start()
    except OSError as exc:
        sys.stderr.write(f"cannot start the fake TikTok: {exc}\n")
        return 1
    try:
        return serve(fake, args)
    finally:
        fake.stop()


def serve(fake: FakeTikTok, args: argparse.Namespace) -> int:
    """Create the rooms, print where the fake is, and wait for ``--duration`` (0) or Ctrl-C (130)."""
    try:
        for unique_id in args.room:
            room = fake.room(unique_id)
            if args.rate:
                room.busy(rate=args.rate)
        for unique_id in args.offline:
            fake.room(unique_id, live=False)
        if args.json:
            options = {"web_base_url": fake.urls["web"], "webcast_base_url": fake.urls["webcast"],
                       "sign_config": {"base_path": fake.urls["sign"], "api_key": fake.api_key}}
            sys.stdout.write(json.dumps({"urls": fake.urls, "client_options": options}) + "\n")
            sys.stdout.flush()
        else:
            describe(fake, args.rate, sys.stdout)
        threading.Event().wait(args.duration)
        return 0
    except KeyboardInterrupt:
        return 130

if __name__ == "__main__":
    sys.exit(main())
