"""The state of a connection: its :class:`Status`, the room it is in (:class:`RoomState`, kept by
the connection and its reader), and the frozen snapshot ``connect()`` returns and the ``connected``
event carries (:class:`ConnectionState`)."""
from __future__ import annotations

import dataclasses
import enum
import threading
from typing import Any, Optional

from tiktoklive.web import Gift, RoomInfo


class Status(str, enum.Enum):
    """Where a connection is in its life (``str(Status.CONNECTED) == "CONNECTED"``)."""

    DISCONNECTED = "DISCONNECTED"
    CONNECTING = "CONNECTING"
    CONNECTED = "CONNECTED"
    #: The socket was lost: waiting (backoff, ``Retry-After``) or opening another.
    RECONNECTING = "RECONNECTING"

    def __str__(self) -> str:
        return self.value


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
    available_gifts: tuple[Gift, ...] = dataclasses.field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
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


@dataclasses.dataclass
class RoomState:
    """The live state of one connection, shared by the connection (which reads it) and its reader
    (which moves it on); change it under :attr:`lock`.

    :ivar status: where the connection is.
    :ivar room_id: the room looked up or connected to (cleared on disconnect, as Node does).
    :ivar room_info: the room's details, once fetched.
    :ivar gifts: the room's gift list, once fetched.
    """

    status: Status = Status.DISCONNECTED
    room_id: Optional[str] = None
    room_info: Optional[RoomInfo] = None
    gifts: list[Gift] = dataclasses.field(default_factory=list)
    lock: threading.RLock = dataclasses.field(default_factory=threading.RLock, repr=False, compare=False)

    def reset(self) -> None:
        """Back to disconnected, forgetting the room."""
        self.status, self.room_id, self.room_info, self.gifts = Status.DISCONNECTED, None, None, []

    def snapshot(self) -> ConnectionState:
        """The frozen :class:`ConnectionState` of now."""
        return ConnectionState(is_connected=self.status is Status.CONNECTED,
                               is_connecting=self.status is Status.CONNECTING,
                               is_reconnecting=self.status is Status.RECONNECTING, room_id=self.room_id,
                               room_info=self.room_info, available_gifts=tuple(self.gifts))
