"""The state of a connection, as ``connect()`` returns it and the ``connected`` event carries it."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional, Tuple

from tiktoklive.web import Gift, RoomInfo


@dataclasses.dataclass(frozen=True)
class ConnectionState:
    """A snapshot of a connection (Node's ``{isConnected, isConnecting, roomId, roomInfo, availableGifts}``).

    :ivar is_connected: whether events are flowing.
    :ivar is_connecting: whether ``connect()`` is running.
    :ivar is_reconnecting: whether the socket was lost and another is awaited (backoff, ``Retry-After``).
    :ivar room_id: the room connected to, if any.
    :ivar room_info: the room's details, if fetched (``fetch_room_info_on_connect``).
    :ivar available_gifts: the room's gift list, if fetched (``enable_extended_gift_info``).
    """

    is_connected: bool = False
    is_connecting: bool = False
    is_reconnecting: bool = False
    room_id: Optional[str] = None
    room_info: Optional[RoomInfo] = dataclasses.field(default=None, repr=False)
    available_gifts: Tuple[Gift, ...] = dataclasses.field(default=(), repr=False)

    def to_dict(self) -> Dict[str, Any]:
        """Plain data for ``json.dumps``: room info and gifts as TikTok's JSON."""
        return {"is_connected": self.is_connected, "is_connecting": self.is_connecting,
                "is_reconnecting": self.is_reconnecting, "room_id": self.room_id,
                "room_info": None if self.room_info is None else self.room_info.raw,
                "available_gifts": [gift.raw for gift in self.available_gifts]}


@dataclasses.dataclass(frozen=True)
class StreamStats:
    """What a connection knows it lost since ``connect()`` (:attr:`tiktoklive.Connection.stats`).

    :ivar missed: messages missed and not recovered (the sum of the ``gap`` events' ``missed``).
    :ivar gaps: how many ``gap`` events fired.
    """

    missed: int = 0
    gaps: int = 0
