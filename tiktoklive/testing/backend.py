"""The state of one fake TikTok (moto's "backend"): rooms, sockets, faults, records, issued credentials.

No server lives here: the route modules (:mod:`~tiktoklive.testing.routes_web`,
:mod:`~tiktoklive.testing.routes_sign`, :mod:`~tiktoklive.testing.routes_control`) and the push
server (:mod:`~tiktoklive.testing.pushserver`) each receive the :class:`FakeBackend` and read or
change it; :class:`~tiktoklive.testing.FakeTikTok` owns one and serves it.
"""
from __future__ import annotations

import os
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Set, Tuple, TypeVar

from tiktoklive._proto import push_pb2
from tiktoklive.testing.exchange import Request
from tiktoklive.testing.faults import Faults
from tiktoklive.testing.push import DEFAULT_HEARTBEAT_TIMEOUT, PushSocket, Switchboard
from tiktoklive.testing.rooms import Room, room_id_for
from tiktoklive.web import defaults, parse_unique_id

T = TypeVar("T")
#: Seconds :meth:`FakeBackend.wait_for` waits by default.
WAIT_TIMEOUT = 5.0


class FakeBackend:
    """Everything one fake TikTok knows and records; thread-safe.

    :param api_key: when set, the sign server wants it (``X-Api-Key``) or a JWT it minted.
    :param require_ttwid: the push server refuses a handshake without a ``ttwid`` cookie the sign
        server handed out.
    :param heartbeat_timeout: seconds without a heartbeat after which a socket is closed (``None``: never).
    """

    def __init__(self, *, api_key: Optional[str] = None, require_ttwid: bool = True,
                 heartbeat_timeout: Optional[float] = DEFAULT_HEARTBEAT_TIMEOUT) -> None:
        self.api_key = api_key
        self.require_ttwid = require_ttwid
        #: The User-Agent the sign server signs for when a request names none.
        self.user_agent = defaults.USER_AGENT
        #: Secret the fake's JWTs are signed with.
        self.jwt_secret = os.urandom(32)
        #: The base URLs the servers were bound to (``web``, ``webcast``, ``sign``, ``push``); set by the fake.
        self.urls: Dict[str, str] = {}
        #: Every HTTP request received, in order (push handshakes included).
        self.requests: List[Request] = []
        #: Exceptions of the fake's threads and protocol errors of its clients; :meth:`check` raises them.
        self.errors: List[BaseException] = []
        #: Every WebSocket accepted, open or closed, in order.
        self.sockets: List[PushSocket] = []
        #: ``ttwid`` cookies the sign server handed out, each with the session id it signed for (or ``None``).
        self.issued_ttwids: Dict[str, Optional[str]] = {}
        #: JWTs the sign server minted.
        self.issued_jwts: Set[str] = set()
        #: The rooms, by the streamer's unique id.
        self.rooms: Dict[str, Room] = {}
        #: Set while the fake stops: delayed answers give up, busy streams and sockets end.
        self.stopping = threading.Event()
        #: The fault rules (see :mod:`tiktoklive.testing.faults`).
        self.faults = Faults(self.stopping)
        #: Which push socket is in which room.
        self.switchboard = Switchboard(record_error=self.record_error, notify=self.notify, stopping=self.stopping,
                                       heartbeat_timeout=heartbeat_timeout, enter_answer=self._enter_answer)
        self._changed = threading.Condition()

    def __repr__(self) -> str:
        return f"<FakeBackend rooms={len(self.rooms)} sockets={len(self.switchboard.all())}>"

    # ------------------------------------------------------------ rooms

    def room(self, unique_id: str, live: bool = True, **options: Any) -> Room:
        """The room of streamer ``unique_id``, created on first use (see :meth:`FakeTikTok.room`)."""
        unique_id = parse_unique_id(unique_id)
        with self._changed:
            room = self.rooms.get(unique_id)
            if room is None:
                taken = {r.room_id for r in self.rooms.values()}
                room = self.rooms[unique_id] = Room(unique_id, room_id_for(unique_id, taken), self.switchboard,
                                                    live=live, **options)
            return room

    def room_by_id(self, room_id: int) -> Optional[Room]:
        """The room with this id, if any."""
        return next((r for r in list(self.rooms.values()) if r.room_id == room_id), None)

    def _enter_answer(self, room_id: int) -> bytes:
        """The result a socket's enter-room frame is answered with (empty for an unknown room)."""
        room = self.room_by_id(room_id)
        return room.result([], need_ack=False) if room is not None else b""

    def drop_streams(self) -> None:
        """Drop every socket, then stop the busy streams (a send blocked on a client that does not
        read ends with its socket, so the streams stop at once)."""
        for sock in self.switchboard.all():
            sock.drop()
        for room in list(self.rooms.values()):
            room.stop_busy()

    def reset(self) -> None:
        """Forget rooms, faults, records and errors, and drop every socket."""
        self.drop_streams()
        with self._changed:
            self.rooms.clear()
            self.faults.clear()
            self.requests.clear()
            self.errors.clear()
            self.sockets.clear()

    # ------------------------------------------------------------ records

    @property
    def acks(self) -> List[Tuple[int, str]]:
        """Every ack received, as ``(log_id, internal_ext)``, socket by socket."""
        return [ack for sock in list(self.sockets) for ack in sock.acks]

    @property
    def heartbeats(self) -> List[push_pb2.HeartBeatMessage]:
        """Every heartbeat (``HeartBeatMessage``) received, socket by socket."""
        return [hb for sock in list(self.sockets) for hb in sock.heartbeats]

    @property
    def entered(self) -> List[push_pb2.WebcastImEnterRoomMessage]:
        """Every enter-room frame (``WebcastImEnterRoomMessage``) received, socket by socket."""
        return [e for sock in list(self.sockets) for e in sock.entered]

    def requests_to(self, route: str) -> List[Request]:
        """The requests one route answered (see :data:`tiktoklive.testing.faults.ROUTES`)."""
        return [r for r in list(self.requests) if r.route == route]

    def record_request(self, request: Request) -> None:
        """Keep a request in :attr:`requests` (called from the servers' threads)."""
        self._record(self.requests, request)

    def record_error(self, error: BaseException) -> None:
        """Keep an error for :meth:`check` (called from the fake's threads)."""
        self._record(self.errors, error)

    def add_socket(self, sock: PushSocket) -> None:
        """Keep an accepted socket in :attr:`sockets` (called by the push server)."""
        self._record(self.sockets, sock)

    def _record(self, record: list, item: object) -> None:
        with self._changed:
            record.append(item)
            self._changed.notify_all()

    def notify(self) -> None:
        """Wake :meth:`wait_for` callers (something was recorded)."""
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[], T], timeout: float = WAIT_TIMEOUT, message: str = "") -> T:
        """Block until ``predicate()`` is truthy (re-checked whenever the fake records something).

        :returns: the truthy value.
        :raises TimeoutError: still falsy after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(message or f"the fake TikTok waited {timeout} s for {predicate!r}")
                self._changed.wait(min(remaining, 0.1))

    def check(self) -> None:
        """Raise the errors collected (an ``AssertionError`` naming each), then forget them.

        :raises AssertionError: there were errors.
        """
        with self._changed:
            errors = list(self.errors)
            self.errors.clear()
        if errors:
            summary = "; ".join(f"{type(e).__name__}: {e}" for e in errors)
            raise AssertionError(f"the fake TikTok collected {len(errors)} error(s): {summary}") from errors[0]
