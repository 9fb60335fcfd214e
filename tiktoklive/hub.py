"""``Hub``: the live events of any number of streamers' rooms, with a fixed, small number of threads.

One reader thread (``tiktoklive-hub-reader``) waits on every room's push socket at once and runs
every room's heartbeats, close timeouts, reconnects and offline polls on timers; a writer thread
(``tiktoklive-hub-writer``) sends the acks; a few connector threads (``tiktoklive-hub-connector_N``)
do the blocking steps of connecting (the same steps as :class:`~tiktoklive.Connection`'s), paced by
one shared :class:`~tiktoklive.pacer.Pacer` that honours the sign server's rate limits.

``Hub`` itself is a facade, as :class:`~tiktoklive.Connection` is: the options, and methods that
post commands to the loop. The threads and the sockets are the :class:`~tiktoklive.hubloop.HubLoop`'s;
the rooms and each one's lifecycle (connect, reconnect, offline, give up, remove) the
:class:`~tiktoklive.hubrooms.RoomKeeper`'s.

**Threads.** Every handler runs on the reader thread, one event at a time: each room's events in
wire order, the rooms' events interleaved. A slow handler delays every room; keep handlers short or
iterate :meth:`Hub.iter_events` in a thread of your own. Every method may be called from any thread,
handlers included.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Dict, List, Mapping, Optional, Union

from tiktoklive import codec
from tiktoklive.backoff import Backoff
from tiktoklive.entry import Entrance
from tiktoklive.errors import HandlerThreadError, HubClosedError, InvalidOptionError, UnknownOptionError
from tiktoklive.hubloop import JOIN_TIMEOUT, HubLoop
from tiktoklive.hubrooms import CLOSING, CONNECTED, CONNECTING, OFFLINE, RETRYING, ROOM_FAILED, RoomKeeper
from tiktoklive.iterator import DEFAULT_QUEUE_BYTES, DEFAULT_QUEUE_SIZE
from tiktoklive.options import check_connection_options, check_sizes, keyword_options
from tiktoklive.pacer import Pacer
from tiktoklive.source import EventSource
from tiktoklive.web import WebClient, parse_unique_id
from tiktoklive.worker import wait_interruptibly

__all__ = ["Hub", "OPTION_NAMES", "JOIN_TIMEOUT", "ROOM_FAILED", "CONNECTING", "CONNECTED", "CLOSING", "RETRYING",
           "OFFLINE"]

logger = logging.getLogger(__name__)


class Hub(EventSource):
    """Watches any number of streamers' rooms with one reader thread, one writer thread and a few
    connector threads.

    ::

        with Hub(**options) as hub:
            @hub.on("chat")
            def on_chat(event):   # runs on the hub's reader thread
                print(event.unique_id, event.user.unique_id, event.comment)

            hub.add("@streamer_a")
            hub.add("@streamer_b")
            hub.run_forever()    # until close() (Ctrl-C closes)

    Every event says which room it came from (``event.unique_id``, ``event.room_id``); each room
    emits ``connected``, ``websocketConnected``, ``disconnected`` and ``streamEnd`` as a
    :class:`~tiktoklive.Connection` does. A room that is not live is checked again every
    ``offline_poll_interval`` seconds and connected once it is; after its stream ends it is watched
    for the next one. A dropped socket is reconnected as ``reconnect`` says, resuming where it
    stopped. A room whose connects keep failing gets an ``error`` event (``info`` :data:`ROOM_FAILED`)
    and is dropped, or tried again after ``failed_retry_interval``. One room's failure never touches
    another's.

    :param connectors: threads that connect rooms (HTTP requests and WebSocket handshakes).
    :param connect_rate: WebSocket signings per second across all rooms (``None``: no limit but the
        sign server's: after a :class:`~tiktoklive.errors.SignatureRateLimitError` no room signs until
        its reset time).
    :param pacer: what paces the signings instead of a :class:`~tiktoklive.pacer.Pacer` of
        ``connect_rate``: any object with the methods ``wait() -> bool``, ``hold(seconds)`` and
        ``stop()`` of a :class:`~tiktoklive.pacer.Pacer` (one shared by several processes, say). The
        hub stops it when it closes.
    :param offline_poll_interval: seconds between two checks of a room that is not live.
    :param failed_retry_interval: seconds after which a room that failed for good is tried again
        (``None``: it is dropped from :attr:`rooms`).
    :param process_initial_data: emit the messages TikTok sends with the initial fetch before
        ``connected``.
    :param enable_extended_gift_info: fetch each room's gift list on connect (see ``Connection``).
    :param ws_client_params: query parameters added to the WebSocket URL's defaults.
    :param ws_client_headers: headers added to the WebSocket handshake.
    :param ws_client_options: websocket-client options (see ``Connection``).
    :param reconnect: the delays and attempts of reconnecting a room and of retrying a failed
        connect (a :class:`~tiktoklive.backoff.Backoff`, or what ``Backoff.from_value`` takes).
    :param heartbeat_interval: seconds between heartbeats on each socket.
    :param heartbeat_timeout: seconds without any frame after which a socket counts as dead.
    :param event_queue_size: events each :meth:`iter_events` iterator holds before dropping the oldest.
    :param event_queue_bytes: bytes of events each iterator holds before dropping the oldest.
    :param max_frame_size: frames over this many bytes are skipped unread (an ``error`` event).
    :param max_decompressed_size: frames that inflate past this many bytes are skipped (an ``error`` event).
    :param web_options: the :class:`~tiktoklive.web.WebClient` options (``web_base_url``,
        ``sign_config``, ``session_id``, ...): one web client serves every room.
    :raises UnknownOptionError: an unknown option (a ``TypeError``).
    :raises InvalidOptionError: an invalid option value (checked before any I/O).
    """

    def __init__(self, *, connectors: int = 4, connect_rate: Optional[float] = None, pacer: Optional[Pacer] = None,
                 offline_poll_interval: float = 30.0, failed_retry_interval: Optional[float] = None,
                 process_initial_data: bool = True, enable_extended_gift_info: bool = False,
                 ws_client_params: Optional[Mapping[str, Any]] = None,
                 ws_client_headers: Optional[Mapping[str, str]] = None,
                 ws_client_options: Optional[Mapping[str, Any]] = None,
                 reconnect: Union[Backoff, bool, int, None] = None, heartbeat_interval: float = 10.0,
                 heartbeat_timeout: Optional[float] = 60.0, event_queue_size: int = DEFAULT_QUEUE_SIZE,
                 event_queue_bytes: int = DEFAULT_QUEUE_BYTES, max_frame_size: int = codec.DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = codec.DEFAULT_MAX_DECOMPRESSED_SIZE, **web_options: Any) -> None:
        check_connection_options(ws_client_options or {}, heartbeat_interval, heartbeat_timeout, 1, event_queue_size)
        check_sizes(max_frame_size=max_frame_size, max_decompressed_size=max_decompressed_size,
                    event_queue_bytes=event_queue_bytes)
        _check_hub_options(connectors, connect_rate, pacer, offline_poll_interval, failed_retry_interval)
        super().__init__(event_queue_size, event_queue_bytes)
        self._options: Dict[str, Any] = {
            "offline_poll_interval": offline_poll_interval, "failed_retry_interval": failed_retry_interval,
            "process_initial_data": process_initial_data, "enable_extended_gift_info": enable_extended_gift_info,
            "ws_client_params": dict(ws_client_params or {}), "ws_client_headers": dict(ws_client_headers or {}),
            "ws_client_options": dict(ws_client_options or {}), "reconnect": Backoff.from_value(reconnect),
            "heartbeat_interval": heartbeat_interval, "heartbeat_timeout": heartbeat_timeout,
            "max_frame_size": max_frame_size, "max_decompressed_size": max_decompressed_size}
        self._pacer = pacer or Pacer(connect_rate)
        self._web = _web_client(web_options)
        self._lock = threading.Lock()  # add() and close() one at a time
        self._loop = HubLoop(self, connectors)
        self._rooms = RoomKeeper(self._loop, self.dispatcher, self._web, Entrance(self._web, self._options),
                                 self._pacer, self._options)

    def __repr__(self) -> str:
        loop = self._loop
        state = "closed" if loop.finished.is_set() and loop.started else ("running" if loop.started else "idle")
        return f"<Hub rooms={len(self._rooms)} sockets={loop.sockets} {state}>"

    def __enter__(self) -> "Hub":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # ------------------------------------------------------------ rooms

    @property
    def rooms(self) -> List[str]:
        """The unique ids of the rooms watched, in the order they were added."""
        return self._rooms.names()

    @property
    def web_client(self) -> WebClient:
        """The :class:`~tiktoklive.web.WebClient` every room's HTTP requests go through."""
        return self._web

    def status(self, unique_id: str) -> Optional[str]:
        """Where a room stands: ``"connecting"``, ``"connected"``, ``"closing"`` (its stream ended),
        ``"retrying"`` (waiting to reconnect or to retry a failed connect), ``"offline"`` (waiting to
        check again), or ``None`` when not watched."""
        room = self._rooms.get(parse_unique_id(unique_id))
        return None if room is None else room.state

    def cursor(self, unique_id: str) -> Optional[str]:
        """Where a room's stream is: the last cursor TikTok gave it (``""`` before its first connect;
        ``None`` when not watched); :meth:`add` with ``cursor=`` resumes from one.

        Read from a handler of the room's events, it is the cursor of the frame (or fetch) that
        event came in; from a ``websocketData`` handler, the cursor before that frame (as
        :attr:`Connection.cursor <tiktoklive.Connection.cursor>`).
        """
        room = self._rooms.get(parse_unique_id(unique_id))
        return None if room is None else room.pipeline.cursor

    def add(self, unique_id: str, room_id: Optional[str] = None, *, cursor: Optional[str] = None) -> bool:
        """Start watching a streamer's room: it is connected in the background (returns at once).

        :param unique_id: ``name``, ``@name`` or their live page's URL.
        :param room_id: the room id, if known (saves a lookup for the first connect).
        :param cursor: resume where an earlier hub or connection stopped: a :meth:`cursor` it gave.
            The first connect's initial fetch then carries the messages sent since, emitted before
            ``connected`` (the room's history left out); what TikTok no longer keeps is a ``gap``
            event. A room found offline drops it: its next stream is read as from a first connect.
        :returns: ``False`` if the room was watched already (nothing changes).
        :raises InvalidUniqueIdError: ``unique_id`` is not a unique id.
        :raises HubClosedError: the hub was closed.
        """
        name = parse_unique_id(unique_id)
        with self._lock:
            if self._loop.stopping:
                raise HubClosedError("the hub is closed; make a new one")
            room = self._rooms.add(name, room_id, cursor or "")
            if room is None:
                return False
            self._loop.start(self._rooms)
        self._loop.post(self._rooms.connect_later, room, room.generation, False)
        return True

    def remove(self, unique_id: str, *, wait: bool = False) -> bool:
        """Stop watching a room: its socket is closed (``disconnected`` fires for it if it was
        connected) and its events stop.

        :param wait: block until that is done: the room's last event (its ``disconnected``) has been
            dispatched and none follows. Otherwise returns at once.
        :returns: ``False`` if the room was not watched.
        :raises HandlerThreadError: ``wait`` from a handler (it would wait for itself).
        """
        if wait:
            self._refuse_in_handler("remove(wait=True)")
        room = self._rooms.pop(parse_unique_id(unique_id))
        if room is None:
            return False
        done = threading.Event()
        if not self._loop.post(self._rooms.forget, room, done):
            done = self._loop.finished  # closing: the hub's end is the room's
        if wait:
            done.wait()
        return True

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close every room's socket (each gets ``disconnected``), stop the threads and join them.

        Waits up to :data:`~tiktoklive.transport.CLOSE_TIMEOUT` for the close handshakes, and for the
        connects under way to finish their current step. Called from a handler, it returns at once
        and the hub closes after the handler. Idempotent; the hub cannot be reused.
        """
        with self._lock:
            self._loop.stop()
            started = self._loop.started
        self._pacer.stop()
        if not started:
            self._web.close()
            self._loop.finished.set()
            return
        if not self._loop.join(JOIN_TIMEOUT):
            logger.warning("the hub's reader did not stop within %.0f s", JOIN_TIMEOUT)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the hub is closed (or ``timeout`` seconds pass); Ctrl-C interrupts it at once.

        :returns: ``True`` if the hub is closed, ``False`` on timeout.
        :raises TikTokLiveError: the error that broke the hub's reader, if one did (or the
            ``SystemExit`` of a handler).
        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("wait")
        if not wait_interruptibly(self._loop.finished, timeout):
            return False
        self._loop.join(JOIN_TIMEOUT)
        if self._loop.fatal is not None:
            raise self._loop.fatal
        return True

    def run_forever(self) -> None:
        """Block until the hub is closed (from a handler or another thread); Ctrl-C closes it, then
        the ``KeyboardInterrupt`` propagates.

        :raises HandlerThreadError: called from a handler (it would wait for itself).
        """
        self._refuse_in_handler("run_forever")
        try:
            self.wait()
        except KeyboardInterrupt:
            self.close()
            raise

    def _refuse_in_handler(self, method: str) -> None:
        if self._loop.on_reader_thread:
            raise HandlerThreadError(f"{method}() was called from a handler of the hub: it would wait for the thread "
                                     "that runs it; call close() there, and wait elsewhere")


def _check_hub_options(connectors: int, connect_rate: Optional[float], pacer: Optional[Pacer],
                       offline_poll_interval: float, failed_retry_interval: Optional[float]) -> None:
    if connectors < 1:
        raise InvalidOptionError("connectors must be at least 1")
    if pacer is not None and connect_rate is not None:
        raise InvalidOptionError("pass connect_rate or pacer, not both")
    if offline_poll_interval <= 0 or (failed_retry_interval is not None and failed_retry_interval < 0):
        raise InvalidOptionError("offline_poll_interval must be positive, failed_retry_interval None or >= 0")


def _web_client(web_options: Mapping[str, Any]) -> WebClient:
    """The hub's web client; an unknown option is named among all of the hub's."""
    try:
        return WebClient(**web_options)
    except UnknownOptionError:
        raise UnknownOptionError(f"unknown option(s) {', '.join(sorted(set(web_options) - WEB_OPTION_NAMES))}; "
                                 f"valid options: {', '.join(sorted(OPTION_NAMES))}") from None


WEB_OPTION_NAMES = keyword_options(WebClient.__init__)
#: Every keyword option :class:`Hub` accepts.
OPTION_NAMES = keyword_options(Hub.__init__) | WEB_OPTION_NAMES
