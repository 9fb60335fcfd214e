"""The rooms of a :class:`~tiktoklive.Hub`: each room's record, and the lifecycle that moves it on.

:class:`RoomKeeper` holds the watched rooms and takes each through its states (:data:`CONNECTING`,
:data:`CONNECTED`, :data:`CLOSING`, :data:`RETRYING`, :data:`OFFLINE`). A connect's blocking steps
run on a connector thread (:meth:`RoomKeeper.connect`); their outcome (attached, went offline,
failed: retry or give up), a socket's end (lost: reconnect; closed: wait for the next stream) and a
removal come back on the reader thread. The keeper emits each room's ``connected``,
``websocketConnected``, ``disconnected`` and ``error`` through the room's dispatcher, and asks the
hub's loop (a :class:`Loop`) for timers, connector threads and the reading of sockets.
"""
from __future__ import annotations

import logging
import socket
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol, Set, Tuple

from tiktoklive.backoff import Backoff
from tiktoklive.dispatcher import Dispatcher, OriginDispatcher
from tiktoklive.entry import Entrance, Ticket
from tiktoklive.errors import ConnectionLostError, SignatureRateLimitError, UserNotFoundError, UserOfflineError
from tiktoklive.events import ConnectedEvent, DisconnectedEvent, ErrorEvent, Origin, WebsocketConnectedEvent
from tiktoklive.pacer import Pacer, hold_time
from tiktoklive.receiver import Receiver
from tiktoklive.state import ConnectionState
from tiktoklive.transport import ABNORMAL_CLOSURE, RETRYABLE_CLOSE_CODES, CloseStatus, PushClient
from tiktoklive.web import Gift, RoomInfo, WebClient

logger = logging.getLogger(__name__)

#: ``info`` of the ``error`` event of a room the hub gives up on (after its reconnect attempts).
ROOM_FAILED = "Gave up on the room"

CONNECTING, CONNECTED, CLOSING, RETRYING, OFFLINE = "connecting", "connected", "closing", "retrying", "offline"


class Room:
    """One watched room, as the reader thread keeps it."""

    __slots__ = ("unique_id", "room_id", "emitter", "pipeline", "state", "generation", "backoff", "socket", "raw",
                 "on_frame", "info", "gifts", "removed", "start_cursor", "done")

    def __init__(self, dispatcher: Dispatcher, unique_id: str, room_id: Optional[str],
                 options: Mapping[str, Any]) -> None:
        self.unique_id = unique_id
        self.room_id = room_id
        self.emitter = OriginDispatcher(dispatcher, Origin(unique_id, room_id))  # the hub's handlers
        self.pipeline = Receiver(self.emitter, max_frame_size=options["max_frame_size"],
                                 max_decompressed_size=options["max_decompressed_size"])
        self.state = CONNECTING
        self.generation = 0  # moves on to make pending connects and timers of this room stale
        self.backoff: Backoff = options["reconnect"]
        self.socket: Optional[PushClient] = None
        self.raw: Optional[socket.socket] = None  # what the selector watches (websocket-client may drop it)
        self.on_frame: Optional[Callable[[bytes], Any]] = None
        self.info: Optional[RoomInfo] = None
        self.gifts: Tuple[Gift, ...] = ()
        self.removed = False
        self.start_cursor = ""  # where the stream's first connect resumes (add(cursor=...))
        self.done: Optional[threading.Event] = None  # set once a removed room's last event is dispatched

    def __repr__(self) -> str:
        return f"<Room @{self.unique_id} room_id={self.room_id} {self.state}>"


class Loop(Protocol):
    """What :class:`RoomKeeper` asks of the hub's loop (:class:`~tiktoklive.hubloop.HubLoop`)."""

    @property
    def stopping(self) -> bool: ...

    def post(self, fn: Callable[..., None], *args: Any) -> bool: ...

    def call_later(self, delay: float, fn: Callable[..., None], *args: Any) -> None: ...

    def submit(self, fn: Callable[..., None], *args: Any) -> None: ...

    def watch(self, room: Room, sock: PushClient) -> None: ...

    def release(self, room: Room) -> None: ...

    def close_socket(self, room: Room) -> None: ...


class RoomKeeper:
    """The watched rooms (by unique id) and their lifecycle.

    The registry (:meth:`add`, :meth:`pop`, :meth:`get`, :meth:`names`) may be used from any thread,
    :meth:`connect` runs on a connector thread, every other method on the reader thread.

    :param loop: the hub's loop.
    :param dispatcher: the hub's dispatcher (each room's events go through it, stamped with the room).
    :param options: the hub's options (``reconnect``, ``offline_poll_interval``, ...).
    """

    def __init__(self, loop: Loop, dispatcher: Dispatcher, web: WebClient, entrance: Entrance, pacer: Pacer,
                 options: Mapping[str, Any]) -> None:
        self._loop, self._dispatcher, self._options = loop, dispatcher, options
        self._web, self._entrance, self._pacer = web, entrance, pacer
        self._lock = threading.Lock()
        self._rooms: Dict[str, Room] = {}
        self._leaving: Set[Room] = set()  # removed rooms not done yet (the reader thread's)

    # ------------------------------------------------------------ the registry (any thread)

    def __len__(self) -> int:
        return len(self._rooms)

    def add(self, unique_id: str, room_id: Optional[str], cursor: str) -> Optional[Room]:
        """A new room (its first connect resumes from ``cursor``); ``None`` if watched already."""
        with self._lock:
            if unique_id in self._rooms:
                return None
            room = self._rooms[unique_id] = Room(self._dispatcher, unique_id, room_id, self._options)
            room.start_cursor = cursor
            return room

    def pop(self, unique_id: str) -> Optional[Room]:
        with self._lock:
            return self._rooms.pop(unique_id, None)

    def get(self, unique_id: str) -> Optional[Room]:
        return self._rooms.get(unique_id)

    def names(self) -> List[str]:
        with self._lock:
            return list(self._rooms)

    # ------------------------------------------------------------ connecting (connector threads)

    def connect_later(self, room: Room, generation: int, resume: bool) -> None:
        """Hand a connect of ``room`` to a connector thread (if still wanted)."""
        if room.generation != generation or self._finished_with(room):
            return
        room.generation += 1
        room.state = CONNECTING
        self._loop.submit(self.connect, room, room.generation, resume)

    def connect(self, room: Room, generation: int, resume: bool) -> None:
        """The blocking steps of connecting ``room``; their outcome goes back to the reader thread."""
        post = self._loop.post
        if room.generation != generation:  # removed meanwhile
            post(self._ended, room)
            return
        try:
            room_id = room.room_id or self._web.fetch_room_id(room.unique_id)
            info = self._web.fetch_room_info(room_id)
            if not info.is_live:
                raise UserOfflineError(room.unique_id, route="fetch_room_info")
            gifts: Tuple[Gift, ...] = ()
            if self._options["enable_extended_gift_info"] and not resume:
                gifts = tuple(self._web.fetch_room_gifts(room_id))
            if not self._pacer.wait():
                return  # closing
            if room.generation != generation:  # removed while waiting for its turn
                post(self._ended, room)
                return
            ticket = self._entrance.sign(room_id, room.pipeline.cursor if resume else room.start_cursor)
            sock = self._entrance.open(ticket)
        except UserOfflineError:
            post(self._went_offline, room, generation, resume)
        except SignatureRateLimitError as exc:
            self._pacer.hold(hold_time(exc))
            post(self._connect_failed, room, generation, exc, resume, True)
        except Exception as exc:  # noqa: BLE001 (reported as the room's error event)
            post(self._connect_failed, room, generation, exc, resume, False)
        else:
            post(self._attach, room, generation, sock, ticket, info, gifts, resume)

    # ------------------------------------------------------------ a connect's outcome (reader thread)

    def _attach(self, room: Room, generation: int, sock: PushClient, ticket: Ticket, info: RoomInfo,
                gifts: Tuple[Gift, ...], resume: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            sock.shutdown()
            self._ended(room)
            return
        signed, pipeline = ticket.signed, room.pipeline
        room.room_id, room.info, room.state = signed.room_id, info, CONNECTED
        room.emitter.origin = Origin(room.unique_id, room.room_id)
        room.backoff = self._options["reconnect"]
        start_cursor, room.start_cursor = room.start_cursor, ""
        if not resume:
            room.gifts = gifts
            pipeline.reset(gifts)
        self._loop.watch(room, sock)
        if resume:
            pipeline.deliver(signed.fetch_result, backlog=True)
        else:
            pipeline.take_initial_fetch(signed.fetch_result, resume_from=start_cursor,
                                        initial=self._options["process_initial_data"])
        logger.info("%s @%s (room %s)", "reconnected to" if resume else "connected to", room.unique_id, room.room_id)
        room.emitter.emit(WebsocketConnectedEvent(sock.ws))
        if not resume:
            room.emitter.emit(ConnectedEvent(ConnectionState(is_connected=True, room_id=room.room_id, room_info=info,
                                                             available_gifts=gifts)))
        if pipeline.stream_ended:
            self._loop.close_socket(room)

    def _went_offline(self, room: Room, generation: int, resume: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            self._ended(room)
            return
        if resume:  # the stream ended while the socket was down
            room.emitter.emit(DisconnectedEvent(ABNORMAL_CLOSURE, "the stream ended"))
        self._go_offline(room)

    def _go_offline(self, room: Room) -> None:
        logger.info("@%s is not live; checking again in %.0f s", room.unique_id,
                    self._options["offline_poll_interval"])
        room.state, room.room_id = OFFLINE, None  # the next stream has a room of its own
        room.start_cursor = ""  # and a cursor of its own
        room.backoff = self._options["reconnect"]
        self._loop.call_later(self._options["offline_poll_interval"], self.connect_later, room, room.generation,
                              False)

    def _connect_failed(self, room: Room, generation: int, exc: Exception, resume: bool,
                        rate_limited: bool) -> None:
        if room.generation != generation or self._finished_with(room):
            self._ended(room)
            return
        logger.warning("@%s: connecting failed: %s", room.unique_id, exc)
        room.emitter.error(ErrorEvent.CONNECTING_FAILED, exc)
        if rate_limited:  # the pacer holds every room back until the reset: no attempt is used up
            self.connect_later(room, room.generation, resume)
        elif isinstance(exc, UserNotFoundError):
            self._give_up(room, exc, resume)
        else:
            self._retry(room, exc, resume)

    def _retry(self, room: Room, exc: BaseException, resume: bool) -> None:
        """Try ``room`` again after its backoff's next delay, or give up once attempts run out."""
        backoff = room.backoff
        if backoff.exhausted:
            self._give_up(room, exc, resume)
            return
        delay, room.backoff = backoff.delay(), backoff.increment()
        room.state = RETRYING
        logger.warning("@%s: trying again in %.1f s (attempt %d)", room.unique_id, delay, room.backoff.attempt)
        self._loop.call_later(delay, self.connect_later, room, room.generation, resume)

    def _give_up(self, room: Room, exc: BaseException, resume: bool) -> None:
        """``room`` failed for good: tell, then drop it or try again after ``failed_retry_interval``."""
        if resume:
            code, reason = (exc.code, exc.reason) if isinstance(exc, ConnectionLostError) else (ABNORMAL_CLOSURE, "")
            room.emitter.emit(DisconnectedEvent(code, reason or str(exc)))
        interval = self._options["failed_retry_interval"]
        logger.error("@%s failed for good (%s); %s", room.unique_id, exc,
                     "dropping it" if interval is None else f"trying again in {interval} s")
        room.emitter.error(ROOM_FAILED, exc)
        if interval is None:
            with self._lock:
                if self._rooms.get(room.unique_id) is room:
                    del self._rooms[room.unique_id]
            room.removed = True
            return
        room.state, room.room_id, room.backoff = RETRYING, None, self._options["reconnect"]
        self._loop.call_later(interval, self.connect_later, room, room.generation, False)

    # ------------------------------------------------------------ a socket's end (reader thread)

    def socket_closed(self, room: Room, closure: CloseStatus) -> None:
        """The socket of ``room`` closed: ``disconnected``, then wait for the next stream (a retryable
        close by TikTok of a stream still on is a loss)."""
        if closure.by_server and closure.code in RETRYABLE_CLOSE_CODES and not self._done_reading(room):
            message = f"TikTok closed the WebSocket ({closure.code} {closure.reason})".replace(" )", ")")
            self.lost(room, ConnectionLostError(message, code=closure.code, reason=closure.reason))
            return
        self._loop.release(room)
        logger.info("disconnected from @%s (%s %s)", room.unique_id, closure.code, closure.reason)
        room.emitter.emit(DisconnectedEvent(closure.code, closure.reason))
        self._ended(room)
        if not self._finished_with(room):
            self._go_offline(room)  # the stream ended (or TikTok sent us away): wait for the next one

    def lost(self, room: Room, exc: ConnectionLostError) -> None:
        """The socket of ``room`` failed: report it, then reconnect where the stream stopped (unless
        the stream ended, or the room or the hub is closing: then it is a disconnect)."""
        if self._done_reading(room):
            self.socket_closed(room, CloseStatus(exc.code or ABNORMAL_CLOSURE, exc.reason, by_server=True))
            return
        self._loop.release(room)
        logger.warning("@%s: %s", room.unique_id, exc)
        room.emitter.error(ErrorEvent.WEBSOCKET_FAILED, exc)
        self._retry(room, exc, resume=True)

    def _finished_with(self, room: Room) -> bool:
        return room.removed or self._loop.stopping

    def _done_reading(self, room: Room) -> bool:
        """Whether a lost socket of ``room`` ends it rather than being reconnected."""
        return self._finished_with(room) or room.pipeline.stream_ended

    # ------------------------------------------------------------ removing and closing (reader thread)

    def forget(self, room: Room, done: threading.Event) -> None:
        """A removed room: cancel what is pending and close its socket; ``done`` is set after its
        last event."""
        room.removed, room.done = True, done
        room.generation += 1
        self._loop.close_socket(room)
        if room.socket is None and room.state != CONNECTING:
            done.set()
        else:  # once its socket is closed, or its connect under way has come back
            self._leaving.add(room)

    def _ended(self, room: Room) -> None:
        """The socket of ``room`` is closed (its ``disconnected`` dispatched) or its last connect came
        back unused: a removal is done."""
        if room.removed and room.done is not None:
            room.done.set()
            self._leaving.discard(room)

    def stop_connecting(self) -> None:
        """The hub is closing: connects waiting for their turn give up."""
        self._pacer.stop()

    def abandon(self, room: Room) -> None:
        """The hub closed with ``room``'s socket open (its loop failed): close it unanswered."""
        self._loop.release(room)
        room.emitter.emit(DisconnectedEvent(ABNORMAL_CLOSURE, "the hub closed"))
        self._ended(room)

    def close(self) -> None:
        """The hub's last step: close the web client; removals whose connects were cut short are done."""
        self._web.close()
        for room in list(self._leaving):
            self._ended(room)
