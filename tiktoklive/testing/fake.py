"""``FakeTikTok``: TikTok's web and webcast hosts, the sign server and the push server, on loopback.

::

    with FakeTikTok() as fake:
        room = fake.room("creator")
        with Connection("creator", **fake.client_options()) as conn:
            conn.connect()
            room.chat("alice", "hi")

Every instance is independent (own ports, rooms, faults and records). Its state is one
:class:`~tiktoklive.testing.backend.FakeBackend` (``fake.backend``), which the route modules and
the push server receive; this module only binds the servers and offers the scripting API. It
records every HTTP request (:attr:`FakeTikTok.requests`), every WebSocket and what its client
sent (:attr:`FakeTikTok.sockets`), and collects its own failures and the clients' protocol errors
in :attr:`FakeTikTok.errors`; :meth:`FakeTikTok.check` raises them.
"""
from __future__ import annotations

import contextlib
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeVar

from tiktoklive._proto import push_pb2
from tiktoklive.testing import routes_control, routes_sign, routes_web
from tiktoklive.testing.backend import WAIT_TIMEOUT, FakeBackend
from tiktoklive.testing.busy import READABLE_RATE
from tiktoklive.testing.exchange import Request
from tiktoklive.testing.push import DEFAULT_HEARTBEAT_TIMEOUT, PushSocket
from tiktoklive.testing.pushserver import PushServer
from tiktoklive.testing.rooms import Room
from tiktoklive.testing.server import LoopbackServer
from tiktoklive.web import parse_unique_id

T = TypeVar("T")
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
        #: The fake's state: rooms, sockets, faults, records, issued credentials.
        self.backend = FakeBackend(api_key=api_key, require_ttwid=require_ttwid,
                                   heartbeat_timeout=heartbeat_timeout)
        #: The rooms, by the streamer's unique id.
        self.rooms: Dict[str, Room] = self.backend.rooms
        #: Every HTTP request received, in order (push handshakes included).
        self.requests: List[Request] = self.backend.requests
        #: Exceptions of the fake's threads and protocol errors of its clients; :meth:`check` raises them.
        self.errors: List[BaseException] = self.backend.errors
        #: Every WebSocket accepted, open or closed, in order.
        self.sockets: List[PushSocket] = self.backend.sockets
        #: The fault rules (see :mod:`tiktoklive.testing.faults`).
        self.faults = self.backend.faults
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
        return f"<FakeTikTok 127.0.0.1 {ports} rooms={len(self.rooms)} sockets={len(self.backend.switchboard.all())}>"

    @property
    def api_key(self) -> Optional[str]:
        """The API key the sign server wants (``None``: any request is served)."""
        return self.backend.api_key

    @property
    def running(self) -> bool:
        """Whether the servers are up."""
        return bool(self._servers) and not self.backend.stopping.is_set()

    def start(self) -> FakeTikTok:
        """Bind the four servers and serve; returns once they accept connections.

        :raises RuntimeError: already started.
        :raises OSError: a port could not be bound.
        """
        if self._servers:
            raise RuntimeError("this FakeTikTok is already running")
        self.backend.stopping.clear()
        port = self._port
        tables = {"web": routes_web.WEB_ROUTES + routes_control.ROUTES, "webcast": routes_web.WEBCAST_ROUTES,
                  "sign": routes_sign.ROUTES}
        try:
            for offset, (role, routes) in enumerate(tables.items()):
                self._servers[role] = LoopbackServer(role, self.backend, routes, port=port + offset if port else 0)
            push = self._servers["push"] = PushServer(self.backend, port=port + 3 if port else 0)
        except OSError:
            for server in self._servers.values():
                server.server_close()
            self._servers.clear()
            raise
        self.backend.urls.update({role: self._servers[role].origin for role in tables}, push=push.url)
        for server in self._servers.values():
            server.start()
        return self

    def stop(self) -> None:
        """Stop busy streams, drop every socket, stop the servers and join their threads."""
        if not self._servers:
            return
        self.backend.stopping.set()
        self.backend.drop_streams()
        for server in self._servers.values():
            server.stop()
        self._servers.clear()
        self.backend.urls.clear()

    def reset(self) -> None:
        """Forget rooms, faults, records and errors, and drop every socket (servers keep running)."""
        self.backend.reset()

    # ------------------------------------------------------------ where clients go

    @property
    def urls(self) -> Dict[str, str]:
        """The base URLs: ``web``, ``webcast`` and ``sign`` origins, and the ``push`` WebSocket URL.

        :raises RuntimeError: not started.
        """
        if not self._servers:
            raise RuntimeError("start the FakeTikTok first (use it as a context manager)")
        return dict(self.backend.urls)

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
        return self.backend.room(unique_id, live, **options)

    def room_by_id(self, room_id: int) -> Optional[Room]:
        """The room with this id, if any."""
        return self.backend.room_by_id(room_id)

    # ------------------------------------------------------------ records

    @property
    def acks(self) -> List[Tuple[int, str]]:
        """Every ack received, as ``(log_id, internal_ext)``, socket by socket."""
        return self.backend.acks

    @property
    def heartbeats(self) -> List[push_pb2.HeartBeatMessage]:
        """Every heartbeat (``HeartBeatMessage``) received, socket by socket."""
        return self.backend.heartbeats

    @property
    def entered(self) -> List[push_pb2.WebcastImEnterRoomMessage]:
        """Every enter-room frame (``WebcastImEnterRoomMessage``) received, socket by socket."""
        return self.backend.entered

    def requests_to(self, route: str) -> List[Request]:
        """The requests one route answered (see :data:`tiktoklive.testing.faults.ROUTES`)."""
        return self.backend.requests_to(route)

    def record_error(self, error: BaseException) -> None:
        """Keep an error for :meth:`check` (a test's helper threads may add theirs)."""
        self.backend.record_error(error)

    def wait_for(self, predicate: Callable[[], T], timeout: float = WAIT_TIMEOUT, message: str = "") -> T:
        """Block until ``predicate()`` is truthy (re-checked whenever the fake records something).

        :returns: the truthy value.
        :raises TimeoutError: still falsy after ``timeout`` seconds.
        """
        return self.backend.wait_for(predicate, timeout, message)

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
        self.backend.check()


@contextlib.contextmanager
def busy_fake(*unique_ids: str, rate: float = READABLE_RATE) -> Iterator[FakeTikTok]:
    """A running fake TikTok where each of ``unique_ids`` (any spelling: ``name``, ``@name``, a live
    URL; by default ``demo_streamer``) is live with a busy stream of ``rate`` messages per second,
    one to four to a frame::

        with busy_fake("@streamer") as fake, Connection("@streamer", **fake.client_options()) as conn:
            ...
    """
    with FakeTikTok() as fake:
        for unique_id in unique_ids or ("demo_streamer",):
            fake.room(parse_unique_id(unique_id)).busy(rate, per_frame=(1, 4))
        yield fake
