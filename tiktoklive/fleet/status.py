"""The state of a fleet at a glance: workers, their rooms, rooms waiting or offline, consumer lag."""
from __future__ import annotations

from typing import Any, Dict, List

from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.members import Members
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.store import redis, text

#: The counts each worker reports of its writer.
COUNTS = ("queued", "written", "duplicates", "fenced", "failed")


def fleet_status(client: Any, keys: Keys) -> Dict[str, Any]:
    """The fleet's state as plain data (what ``tiktoklive fleet status --json`` prints).

    ``workers``: each live worker's ``id``, ``host``, ``pid``, ``rooms``, ``queued``, ``written``,
    ``duplicates``, ``fenced`` and ``failed``; ``rooms``: ``total``, ``watched`` (room -> worker), ``waiting``
    (no worker yet), ``offline`` (room -> why); ``stream``: the events stream's ``name``,
    ``length`` and ``groups`` (each with ``name``, ``consumers``, ``pending`` and ``lag``).
    """
    registry, members = RoomRegistry(client, keys), Members(client, keys)
    rooms = registry.rooms()
    holders = registry.holders(rooms)
    workers = []
    for worker_id in members.live():
        info = members.info(worker_id)
        workers.append({"id": worker_id, "host": info.get("host", ""), "pid": _int(info.get("pid")),
                        "rooms": sorted(room for room, holder in holders.items() if holder == worker_id),
                        **{name: _int(info.get(name)) for name in COUNTS}})
    return {"workers": workers,
            "rooms": {"total": len(rooms), "watched": {room: holder for room, holder in holders.items() if holder},
                      "waiting": sorted(room for room, holder in holders.items() if holder is None),
                      "offline": {room: why for room, why in registry.offline().items() if room in holders}},
            "stream": {"name": keys.events, "length": int(client.xlen(keys.events)), "groups": _groups(client, keys)}}


def _groups(client: Any, keys: Keys) -> List[Dict[str, Any]]:
    try:
        groups = client.xinfo_groups(keys.events)
    except redis.ResponseError:  # no stream yet
        return []
    return [{"name": text(group["name"]), "consumers": group["consumers"], "pending": group["pending"],
             "lag": group.get("lag")} for group in groups]


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def describe(status: Dict[str, Any]) -> List[str]:
    """The fleet's state as readable lines."""
    rooms = status["rooms"]
    lines = [f"{len(status['workers'])} worker(s), {rooms['total']} room(s): {len(rooms['watched'])} watched, "
             f"{len(rooms['waiting'])} waiting, {len(rooms['offline'])} offline"]
    for worker in status["workers"]:
        lines.append(f"  worker {worker['id']}: {len(worker['rooms'])} room(s) {' '.join(worker['rooms'])}; "
                     f"{worker['written']} written, {worker['queued']} queued")
    if rooms["waiting"]:
        lines.append(f"  waiting: {' '.join(rooms['waiting'])}")
    for room, why in sorted(rooms["offline"].items()):
        lines.append(f"  offline: @{room} ({why})")
    stream = status["stream"]
    lines.append(f"stream {stream['name']}: {stream['length']} entries")
    for group in stream["groups"]:
        lines.append(f"  group {group['name']}: {group['consumers']} consumer(s), {group['pending']} pending, "
                     f"lag {group['lag']}")
    return lines
