"""``tiktoklive fleet ...``: run a worker, manage the rooms, see the state, tail the events, a demo.

Registered by :mod:`tiktoklive.cli` (which passes its endpoint-flag helpers in, so that this
module does not import it back).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from typing import Any, Callable, Dict, Optional

from tiktoklive.errors import FleetError
from tiktoklive.events.render import describe
from tiktoklive.fleet import demo as fleet_demo
from tiktoklive.fleet import entry
from tiktoklive.fleet.keys import DEFAULT_PREFIX, Keys
from tiktoklive.fleet.limiter import DEFAULT_INTERVAL
from tiktoklive.fleet.reader import FleetEvent, FleetReader
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.status import describe as describe_status
from tiktoklive.fleet.status import fleet_status
from tiktoklive.fleet.store import REDIS_ERRORS, open_redis, redacted
from tiktoklive.fleet.worker import DEFAULT_LEASE_TTL, Worker

#: The Redis of the fleet commands unless ``--redis`` or ``TIKTOKLIVE_REDIS_URL`` says otherwise.
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def add_parser(commands: Any, *, endpoint_flags: Callable[[argparse.ArgumentParser], Any],
               printing: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``fleet`` and its subcommands to the ``tiktoklive`` command's subparsers."""
    fleet = commands.add_parser("fleet", help="watch rooms across processes and machines, into Redis Streams")
    subs = fleet.add_subparsers(dest="fleet_command", required=True, metavar="FLEET_COMMAND")

    def redis_flags(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--redis", default=os.environ.get("TIKTOKLIVE_REDIS_URL") or DEFAULT_REDIS_URL,
                         metavar="URL", help="the fleet's Redis (default: env TIKTOKLIVE_REDIS_URL or %(default)s)")
        sub.add_argument("--prefix", default=DEFAULT_PREFIX, help="the fleet's key prefix (default: %(default)s)")

    worker = subs.add_parser("worker", help="watch a fair share of the fleet's rooms until Ctrl-C/SIGTERM")
    redis_flags(worker)
    endpoint_flags(worker)
    worker.add_argument("--proxy", action="append", default=[], metavar="URL",
                        help="a proxy for the rooms, handed out round-robin fleet-wide (repeatable)")
    worker.add_argument("--lease-ttl", type=float, default=DEFAULT_LEASE_TTL,
                        help="seconds a dead worker's rooms wait before moving (default: %(default)s)")
    worker.add_argument("--sign-interval", type=float, default=DEFAULT_INTERVAL,
                        help="seconds between two calls to the sign server, fleet-wide (default: %(default)s)")
    worker.add_argument("--id", help="this worker's id (default: host, pid and a random part)")

    rooms = subs.add_parser("rooms", help="add, remove or list the rooms the fleet watches")
    actions = rooms.add_subparsers(dest="rooms_action", required=True, metavar="ACTION")
    for action, what in (("add", "watch these rooms"), ("remove", "stop watching these rooms"),
                         ("list", "list the rooms")):
        sub = actions.add_parser(action, help=what)
        redis_flags(sub)
        if action != "list":
            sub.add_argument("unique_ids", nargs="+", metavar="@USER", help="streamers (name, @name or live URL)")

    status = subs.add_parser("status", help="workers, their rooms, rooms waiting or offline, consumer lag")
    redis_flags(status)
    status.add_argument("--json", action="store_true", help="print the state as one JSON object")

    tail = subs.add_parser("tail", help="print the fleet's events as they are written")
    redis_flags(tail)
    printing(tail)
    tail.add_argument("--group", help="read through this consumer group, acking each event (default: no group)")
    tail.add_argument("--from-start", action="store_true", help="start with the oldest entry kept")
    tail.add_argument("--duration", type=float, default=0, help="stop after N seconds (0: until Ctrl-C)")

    demo = subs.add_parser("demo", help="a fake TikTok, a Redis, three workers; one is killed, its rooms move")
    demo.add_argument("--rooms", type=int, default=6, help="busy rooms (default: %(default)s)")
    demo.add_argument("--rate", type=float, default=3.0, help="messages per second per room (default: %(default)s)")
    demo.add_argument("--duration", type=float, default=20.0, help="seconds to run (default: %(default)s)")


def run(args: argparse.Namespace, *, endpoint_options: Callable[[argparse.Namespace], Dict[str, Any]]) -> int:
    """Run the ``fleet`` subcommand in ``args``; returns the exit code.

    :raises FleetError: Redis failed (unreachable, refusing): one line naming it, without its password.
    """
    try:
        return _run(args, endpoint_options)
    except REDIS_ERRORS as exc:
        raise FleetError(f"Redis at {redacted(args.redis)}: {exc}") from None


def _run(args: argparse.Namespace, endpoint_options: Callable[[argparse.Namespace], Dict[str, Any]]) -> int:
    command = args.fleet_command
    if command == "worker":
        return _worker(args, endpoint_options(args))
    if command == "rooms":
        return _rooms(args)
    if command == "status":
        return _status(args)
    if command == "tail":
        return tail(args)
    return fleet_demo.run(rooms=args.rooms, rate=args.rate, duration=args.duration)


def _worker(args: argparse.Namespace, options: Dict[str, Any]) -> int:
    worker = Worker(args.redis, prefix=args.prefix, worker_id=args.id, lease_ttl=args.lease_ttl,
                    connection_options=options, proxies=args.proxy, sign_interval=args.sign_interval)
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    print(f"worker {worker.worker_id} joining the fleet {args.prefix!r} (Ctrl-C or SIGTERM hands its rooms over)",
          file=sys.stderr, flush=True)
    try:
        worker.start()
        while not stop.wait(0.25):
            pass
    finally:
        worker.stop()
        signal.signal(signal.SIGTERM, previous)
        print(f"worker {worker.worker_id} handed its rooms over and left", file=sys.stderr, flush=True)
    return 0


def _rooms(args: argparse.Namespace) -> int:
    registry = RoomRegistry(open_redis(args.redis), Keys(args.prefix))
    if args.rooms_action == "add":
        print(f"{registry.add(args.unique_ids)} room(s) added")
    elif args.rooms_action == "remove":
        print(f"{registry.remove(args.unique_ids)} room(s) removed")
    else:
        for room in registry.rooms():
            print(f"@{room}")
    return 0


def _status(args: argparse.Namespace) -> int:
    status = fleet_status(open_redis(args.redis), Keys(args.prefix))
    if args.json:
        print(json.dumps(status, sort_keys=True))
    else:
        print("\n".join(describe_status(status)))
    return 0


def tail(args: argparse.Namespace) -> int:
    """``tiktoklive fleet tail``: print the events as workers write them."""
    reader = FleetReader(args.redis, args.group, start="0" if args.from_start else "$", events=args.events,
                         prefix=args.prefix)
    timer: Optional[threading.Timer] = None
    if args.duration:
        timer = threading.Timer(args.duration, reader.close)
        timer.daemon = True
        timer.start()
    try:
        for event in reader:
            print(_line(event, args.json), flush=True)
            event.ack()
    finally:
        if timer is not None:
            timer.cancel()
    return 0


def _line(event: FleetEvent, as_json: bool) -> str:
    if as_json:  # the entry's JSON: 64-bit integers as strings, as every --json output
        return (f'{{"room": {json.dumps(event.unique_id)}, "worker": {json.dumps(event.worker_id)}, '
                f'"event": {json.dumps(event.name)}, "data": {entry.event_json(event.event)}}}')
    return f"@{event.unique_id} [{event.name}] {describe(event.event)}"
