"""The fleet: watch rooms across processes and machines, with events delivered into Redis Streams.

Needs the ``[fleet]`` extra (the official ``redis`` client). :class:`Worker` processes share the
rooms of a Redis set through expiring leases and write each room's events into one stream,
deduplicated and fenced; :class:`FleetReader` reads them back as event objects through a
consumer group. README.rst's "Scaling out" section has the whole picture.
"""
from __future__ import annotations

from tiktoklive.fleet.keys import DEFAULT_PREFIX, Keys
from tiktoklive.fleet.reader import FleetEvent, FleetReader
from tiktoklive.fleet.rooms import RoomRegistry
from tiktoklive.fleet.status import fleet_status
from tiktoklive.fleet.worker import Worker

__all__ = ["DEFAULT_PREFIX", "FleetEvent", "FleetReader", "Keys", "RoomRegistry", "Worker", "fleet_status"]
