"""The set of rooms a fleet watches, and the leases that say which worker watches which room.

A lease is one Redis key per room (:meth:`Keys.lease`) holding ``"<worker id> <token>"`` with an
expiry: the holder renews it, lets it go when it hands the room over, and loses it when it dies
(the key expires). Every lease gets a new token from a counter, so a worker that lost a lease and
still believes it holds it can be told apart from the new holder: the event writer checks the
lease value atomically with every write (fencing, see :mod:`tiktoklive.fleet.writer`).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, List, Optional

from tiktoklive.errors import InvalidUniqueIdError
from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import text
from tiktoklive.web import parse_unique_id

logger = logging.getLogger(__name__)

#: Take a free lease: a new token, the value, the expiry; ``nil`` when the room is held.
_ACQUIRE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local value = ARGV[1] .. ' ' .. redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
return value
"""
#: Extend a lease still held with this value: 1, else 0.
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
#: Give a lease up if still held with this value: 1, else 0.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def room_names(unique_ids: Iterable[str]) -> List[str]:
    """Unique ids as the fleet stores them (``@name`` or a live URL -> ``name``).

    :raises InvalidUniqueIdError: one is not a unique id.
    """
    return [parse_unique_id(unique_id) for unique_id in unique_ids]


def _unique_id_or_none(member: str) -> Optional[str]:
    try:
        return parse_unique_id(member)
    except InvalidUniqueIdError:
        return None


class RoomRegistry:
    """The rooms of a fleet and their leases, in Redis.

    :param client: a ``redis.Redis`` client.
    :param keys: the fleet's key names.
    """

    def __init__(self, client: Any, keys: Keys) -> None:
        self.client = client
        self.keys = keys
        self._acquire = client.register_script(_ACQUIRE)
        self._renew = client.register_script(_RENEW)
        self._release = client.register_script(_RELEASE)
        self._refused: set[str] = set()  # members that are no unique id, logged once each

    def __repr__(self) -> str:
        return f"<RoomRegistry {self.keys.prefix}>"

    # ------------------------------------------------------------ the rooms

    def add(self, unique_ids: Iterable[str]) -> int:
        """Add rooms to watch; returns how many were new."""
        names = room_names(unique_ids)
        return int(self.client.sadd(self.keys.rooms, *names)) if names else 0

    def remove(self, unique_ids: Iterable[str]) -> int:
        """Stop watching rooms (their workers let them go within a tick); returns how many were there
        (a room written twice, ``@bob`` and ``bob``, counts once).

        Each goes under every spelling in the set (a member another program wrote as ``@name`` too).
        """
        names = set(room_names(unique_ids))
        doomed = {member: name for member, name in self._members().items() if name in names}
        if not doomed or not self.client.srem(self.keys.rooms, *doomed):
            return 0
        return len(set(doomed.values()))  # rooms, not spellings

    def rooms(self) -> List[str]:
        """The rooms to watch, sorted, as unique ids: members another program wrote as ``@name`` or a
        live URL are read as ``name``; a member that is no unique id is left out (and logged once)."""
        members = self._members()
        for member, name in members.items():
            if name is None and member not in self._refused:
                self._refused.add(member)
                logger.warning("the room set holds %r, which is no unique id: no worker watches it", member[:40])
        return sorted({name for name in members.values() if name is not None})

    def _members(self) -> Dict[str, Optional[str]]:
        """Each member of the room set -> the unique id it stands for (``None``: none)."""
        return {member: _unique_id_or_none(member) for member in map(text, self.client.smembers(self.keys.rooms))}

    # ------------------------------------------------------------ leases

    def acquire(self, room: str, worker_id: str, ttl: float) -> Optional[str]:
        """Take the lease of ``room`` if nobody holds it; returns the lease value, or ``None``."""
        value = self._acquire(keys=[self.keys.lease(room), self.keys.token], args=[worker_id, _ms(ttl)])
        return None if value is None else text(value)

    def renew(self, leases: Dict[str, str], ttl: float) -> List[str]:
        """Extend the leases ``{room: value}`` still held; returns the rooms whose lease was lost."""
        rooms = list(leases)
        with self.client.pipeline(transaction=False) as pipe:
            for room in rooms:
                self._renew(keys=[self.keys.lease(room)], args=[leases[room], _ms(ttl)], client=pipe)
            held = pipe.execute()
        return [room for room, ok in zip(rooms, held) if not ok]

    def release(self, room: str, lease: str) -> bool:
        """Give up the lease of ``room`` if still held with ``lease``; returns whether it was."""
        return bool(self._release(keys=[self.keys.lease(room)], args=[lease]))

    def holders(self, rooms: List[str]) -> Dict[str, Optional[str]]:
        """The worker holding each room's lease (``None``: free)."""
        if not rooms:
            return {}
        values = self.client.mget([self.keys.lease(room) for room in rooms])
        return {room: None if value is None else text(value).rsplit(" ", 1)[0] for room, value in zip(rooms, values)}

    # ------------------------------------------------------------ rooms that are not live

    def mark_offline(self, room: str, why: str) -> None:
        """Note that a leased room is not live now (shown by ``fleet status``)."""
        self.client.hset(self.keys.offline, room, why)

    def mark_live(self, room: str) -> None:
        """Forget that a room was offline."""
        self.client.hdel(self.keys.offline, room)

    def offline(self) -> Dict[str, str]:
        """The rooms noted as not live, with why."""
        return {text(k): text(v) for k, v in self.client.hgetall(self.keys.offline).items()}


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
