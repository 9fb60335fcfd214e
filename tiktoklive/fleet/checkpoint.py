"""Where each room's next reader resumes: its checkpointed cursor in Redis.

The writer sets a room's checkpoint atomically with the events it writes (see
:mod:`tiktoklive.fleet.writer`); a worker that takes a room over reads it here and connects with
``cursor=`` so that what was sent while the room moved still arrives.
"""
from __future__ import annotations

from typing import Any, Dict, List

from tiktoklive.fleet.keys import Keys
from tiktoklive.fleet.store import text


class Checkpoints:
    """The rooms' checkpoints.

    :param client: a ``redis.Redis`` client.
    :param keys: the fleet's key names.
    """

    def __init__(self, client: Any, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def load(self, room: str) -> str:
        """The cursor ``room`` resumes from (``""``: none yet, read from now on)."""
        value = self.client.get(self.keys.cursor(room))
        return "" if value is None else text(value)

    def load_all(self, rooms: List[str]) -> Dict[str, str]:
        """The checkpoints of ``rooms`` (``""`` where there is none)."""
        if not rooms:
            return {}
        values = self.client.mget([self.keys.cursor(room) for room in rooms])
        return {room: "" if value is None else text(value) for room, value in zip(rooms, values)}
