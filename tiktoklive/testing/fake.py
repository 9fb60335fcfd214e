"""``FakeTikTok``: TikTok's web and webcast hosts, the sign server and the push server, on loopback.

::

    with FakeTikTok() as fake:
        room = fake.room("creator")
        with Connection("creator", **fake.client_options()) as conn:
            conn.connect()
            room.chat("alice", "hi")

Every instance is independent (own ports, rooms, faults and records). It records every HTTP
request (:attr:`FakeTikTok.requests`), every WebSocket and what its client sent
(:attr:`FakeTikTok.sockets`), and collects its own failures and the clients' protocol errors in
:attr:`FakeTikTok.errors`; :meth:`FakeTikTok.check` raises them.
"""
from __future__ import annotations

import os
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Set, Tuple, TypeVar

from tiktoklive._proto import push_pb2
from tiktoklive.testing import control, sign, web
from tiktoklive.testing.faults import Faults
from tiktoklive.testing.push import DEFAULT_HEARTBEAT_TIMEOUT, Hub, PushServer, PushSocket
from tiktoklive.testing.rooms import Room, room_id_for
from tiktoklive.testing.server import LoopbackServer, Request
from tiktoklive.web import defaults, parse_unique_id

T = TypeVar("T")
#: Seconds :meth:`FakeTikTok.wait_for` waits by default.
WAIT_TIMEOUT = 5.0
#: Highest first port: the fake binds it and the three after it.
MAX_PORT = 65535 - 3


class FakeTikTok:
    """A fake TikTok on ``127.0.0.1``: four servers on free ports, rooms to script, faults, records.

    A context manager (or :meth:`start`/:meth:`stop`). All methods are thread-safe.

    :param port: first of four consecutive ports (web, webcast, sign, push); 0 picks free ones.
    :param api_key: when set, the sign server wants it (``X-Api-Key``) or a JWT it minted.
    :param require_ttwid: the push server refuses a handshake without a ``ttwid`` cookie the
        sign server handed out (HTTP 200, ``Handshake-Status: 415``), as TikTok does.
    :param heartbeat_timeout: seconds without a heartbeat after which a socket is closed
        (``None``: never).
    :raises ValueError: ``port`` leaves no room for four consecutive ports.
    """

    def __init__(self, *, port: int = 0, api_key: Optional[str] = None, require_ttwid: bool = True,
                 heartbeat_timeout: Optional[float] = DEFAULT_HEARTBEAT_TIMEOUT) -> None:
        if not 0 <= port <= MAX_PORT:
            raise ValueError(f"port must be 0 (free ports) or 1-{MAX_PORT} (four consecutive ports); got {port}")
        self.api_key = api_key
        self.require_ttwid = require_ttwid
        self.heartbeat_timeout = heartbeat_timeout
        #: The User-Agent the sign server signs for when a request names none.
        self.user_agent = defaults.USER_AGENT
        #: Secret the fake's JWTs are signed with.
        self.jwt_secret = os.urandom(32)
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
        self.rooms: Dict[str, Room] = {}
        self.hub = Hub(self.record_error)
        self._stop = threading.Event()
        #: The fault rules (see :mod:`tiktoklive.testing.faults`).
        self.faults = Faults(self._stop)
        self._changed = threading.Condition()
        self._port = port
        self._servers: Dict[str, LoopbackServer] = {}

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> FakeTikTok:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        if not self._servers:
            return "<FakeTikTok stopped>"
        ports = " ".join(f"{role}=:{server.port}" for role, server in self._servers.items())
        return f"<FakeTikTok 127.0.0.1 {ports} rooms={len(self.rooms)} sockets={len(self.hub.all())}>"

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` has begun."""
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        """Whether the servers are up."""
        return bool(self._servers) and not self._stop.is_set()

    def start(self) -> FakeTikTok:
        """Bind the four servers and serve; returns once they accept connections.

        :raises RuntimeError: already started.
        :raises OSError: a port could not be bound.
        """
        if self._servers:
            raise RuntimeError("this FakeTikTok is already running")
        self._stop.clear()
        port = self._port
        tables = {"web": web.WEB_ROUTES + control.ROUTES, "webcast": web.WEBCAST_ROUTES, "sign": sign.ROUTES}
        try:
            for offset, (role, routes) in enumerate(tables.items()):
                self._servers[role] = LoopbackServer(role, self, routes, port=port + offset if port else 0)
            self._servers["push"] = PushServer(self, port=port + 3 if port else 0)
        except OSError:
            for server in self._servers.values():
                server.server_close()
            self._servers.clear()
            raise
        for server in self._servers.values():
            server.start()
        return self

    def stop(self) -> None:
        """Stop busy streams, drop every socket, stop the servers and join their threads."""
        if not self._servers:
            return
        self._stop.set()
        self._drop_streams()
        for server in self._servers.values():
            server.stop()
        self._servers.clear()

    def reset(self) -> None:
        """Forget rooms, faults, records and errors, and drop every socket (servers keep running)."""
        self._drop_streams()
        with self._changed:
            self.rooms.clear()
            self.faults.clear()
            self.requests.clear()
            self.errors.clear()
            self.sockets.clear()

    def _drop_streams(self) -> None:
        """Drop every socket, then stop the busy streams (a send blocked on a client that does not
        read ends with its socket, so the streams stop at once)."""
        for sock in self.hub.all():
            sock.drop()
        for room in list(self.rooms.values()):
            room.stop_busy()

    # ------------------------------------------------------------ where clients go

    @property
    def urls(self) -> Dict[str, str]:
        """The base URLs: ``web``, ``webcast`` and ``sign`` origins, and the ``push`` WebSocket URL.

        :raises RuntimeError: not started.
        """
        if not self._servers:
            raise RuntimeError("start the FakeTikTok first (use it as a context manager)")
        return {"web": self._servers["web"].origin, "webcast": self._servers["webcast"].origin,
                "sign": self._servers["sign"].origin, "push": self._servers["push"].url}  # type: ignore[attr-defined]

    def client_options(self) -> Dict[str, Any]:
        """Keyword options such that ``Connection(unique_id, **fake.client_options())`` talks to this fake only."""
        from tiktoklive.signer import SignConfig

        urls = self.urls
        return {"web_base_url": urls["web"], "webcast_base_url": urls["webcast"],
                "sign_config": SignConfig(base_path=urls["sign"], api_key=self.api_key)}

    # ------------------------------------------------------------ rooms

    def room(self, unique_id: str, live: bool = True, **options: Any) -> Room:
        """The room of streamer ``unique_id``, created on first use (live, or offline with ``live=False``).

        A unique id without a room is unknown to the fake ("user not found").

        :param options: for a new room: ``title``, ``follower_count``.
        :raises InvalidUniqueIdError: ``unique_id`` is no TikTok username (no such streamer can exist).
        """
        unique_id = parse_unique_id(unique_id)
        with self._changed:
            room = self.rooms.get(unique_id)
            if room is None:
                taken = {r.room_id for r in self.rooms.values()}
                room = self.rooms[unique_id] = Room(unique_id, room_id_for(unique_id, taken), self.hub, live=live,
                                                    **options)
            return room

    def room_by_id(self, room_id: int) -> Optional[Room]:
        """The room with this id, if any."""
        return next((r for r in list(self.rooms.values()) if r.room_id == room_id), None)

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
        with self._changed:
            self.requests.append(request)
            self._changed.notify_all()

    def record_error(self, error: BaseException) -> None:
        """Keep an error for :meth:`check` (called from the fake's threads)."""
        with self._changed:
            self.errors.append(error)
            self._changed.notify_all()

    def add_socket(self, sock: PushSocket) -> None:
        """Keep an accepted socket in :attr:`sockets` (called by the push server)."""
        with self._changed:
            self.sockets.append(sock)
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

    def wait_for_sockets(self, room: Room, count: int = 1, *, entered: bool = True,
                         timeout: float = WAIT_TIMEOUT) -> List[PushSocket]:
        """Wait until ``count`` sockets are open in ``room`` (and have sent enter-room, if ``entered``)."""
        def ready() -> List[PushSocket]:
            sockets = [s for s in room.sockets() if s.entered or not entered]
            return sockets if len(sockets) >= count else []
        return self.wait_for(ready, timeout, f"{count} socket(s) in {room!r} within {timeout} s")

    def check(self) -> None:
        """Raise the errors the fake collected (an ``AssertionError`` naming each), then forget them.

        :raises AssertionError: there were errors.
        """
        with self._changed:
            errors, self.errors = list(self.errors), []
        if errors:
            summary = "; ".join(f"{type(e).__name__}: {e}" for e in errors)
            raise AssertionError(f"the fake TikTok collected {len(errors)} error(s): {summary}") from errors[0]
