"""Which workers are alive, and each one's fair share of the rooms.

Each worker announces itself every tick in a sorted set scored with the Redis time its presence
expires (Redis's clock, so the machines' clocks need not agree); a worker that stops announcing
drops out after one lease time. The rooms are shared by the live workers in the order of their
ids: with ``R`` rooms and ``N`` workers, the first ``R % N`` take ``R // N + 1`` rooms, the others
``R // N``, so the shares always add up to ``R``.
"""
from __future__ import annotations

from typing import Any, Dict, List

from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import LUA_NOW_MS, text

#: Announce a worker (score = Redis now + ttl), forget the expired ones; returns the live ids, sorted.
_ANNOUNCE = LUA_NOW_MS + """
redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms)
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return redis.call('ZRANGE', KEYS[1], 0, -1)
"""


def fair_share(rooms: int, workers: List[str], worker_id: str) -> int:
    """How many of ``rooms`` rooms ``worker_id`` should hold among the live ``workers``."""
    ordered = sorted(set(workers) | {worker_id})
    base, extra = divmod(rooms, len(ordered))
    return base + (1 if ordered.index(worker_id) < extra else 0)


class Members:
    """The live workers of a fleet, in Redis.

    :param client: a ``redis.Redis`` client.
    :param keys: the fleet's key names.
    """

    def __init__(self, client: Any, keys: Keys) -> None:
        self.client = client
        self.keys = keys
        self._announce = client.register_script(_ANNOUNCE)

    def announce(self, worker_id: str, ttl: float, info: Dict[str, Any]) -> List[str]:
        """Say ``worker_id`` is alive for ``ttl`` seconds more, described by ``info``; returns the live ids."""
        fields = [str(part) for pair in info.items() for part in pair]
        live = self._announce(keys=[self.keys.workers, self.keys.worker(worker_id)],
                              args=[worker_id, max(1, int(ttl * 1000)), *fields])
        return sorted(text(member) for member in live)

    def leave(self, worker_id: str) -> None:
        """Say ``worker_id`` is gone (its rooms are handed over already)."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.zrem(self.keys.workers, worker_id)
            pipe.delete(self.keys.worker(worker_id))
            pipe.execute()

    def live(self) -> List[str]:
        """The ids of the workers whose presence has not expired (by Redis's clock), sorted."""
        now = self.client.time()
        ms = now[0] * 1000 + now[1] // 1000
        return sorted(text(member) for member in self.client.zrangebyscore(self.keys.workers, ms, "+inf"))

    def info(self, worker_id: str) -> Dict[str, str]:
        """What a live worker last said about itself."""
        return {text(k): text(v) for k, v in self.client.hgetall(self.keys.worker(worker_id)).items()}
