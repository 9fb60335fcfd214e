"""A streamer and their room: state, history, and the scripting API that plays a live stream.

A :class:`Room` does no I/O itself: each scripted event becomes one ``WebcastResponse`` handed
to the :class:`~tiktoklive.testing.push.Switchboard` (``publish``), which frames it and sends it
to every socket in the room, in script order. Wherever a method takes a user, a plain unique id string will do.
"""
from __future__ import annotations

import itertools
import threading
import time
import zlib
from typing import Any, Callable, List, Mapping, Optional, Sequence, Tuple, Union

from google.protobuf.message import Message

from tiktoklive import codec
from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.testing import factory
from tiktoklive.testing.backlog import Backlog
from tiktoklive.testing.busy import BusyStream
from tiktoklive.testing.gifts import GIFTS
from tiktoklive.testing.push import PushSocket, Switchboard

UserLike = factory.UserLike

#: Live status codes of TikTok's JSON (PROTOCOL §2.8).
STATUS_LIVE, STATUS_OFFLINE = 2, 4


class Room:
    """One streamer's room in the fake, and the API that scripts its live stream.

    :ivar unique_id: the streamer's @handle.
    :ivar room_id: the room id (19 digits, stable for a handle within one fake).
    :ivar host: the streamer as a ``User``.
    :ivar status: ``"live"``, ``"offline"`` (never live since the fake started) or ``"ended"``.
    :ivar age_restricted: room info answers as for an age-restricted room.
    :ivar history: messages the sign server's initial fetch carries as backlog.
    :ivar title: the stream's title.
    :ivar backlog: the room's results, position and cursors (see :mod:`tiktoklive.testing.backlog`).
    """

    def __init__(self, unique_id: str, room_id: int, switchboard: Switchboard, *, live: bool = True,
                 title: str = "", follower_count: int = 12840) -> None:
        self.unique_id = unique_id
        self.room_id = room_id
        self.host = factory.user(unique_id, follower_count=follower_count, following_count=210,
                                 bio=f"Streaming daily! Follow @{unique_id}", user_id=room_id - 500_000_000_000_000)
        self.status = "live" if live else "offline"
        self.age_restricted = False
        self.backlog = Backlog(room_id)
        self.history: List[Message] = self.backlog.history
        self.title = title or f"{self.host.nickname} is LIVE"
        self.start_time = int(time.time()) - 600
        #: Viewer count (``viewers()``/``join()`` change it), total likes, total joins.
        self.viewer_count, self.like_count, self.enter_count = 0, 0, 0
        self._switchboard = switchboard
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        self._busy: List[BusyStream] = []

    def __repr__(self) -> str:
        return f"<Room @{self.unique_id} room_id={self.room_id} {self.status} sockets={len(self.sockets())}>"

    def sockets(self) -> List[PushSocket]:
        """The open push sockets in this room."""
        return self._switchboard.sockets_of(self.room_id)

    @property
    def live(self) -> bool:
        """Whether the streamer is live."""
        return self.status == "live"

    @property
    def status_code(self) -> int:
        """The status TikTok's JSON gives: 2 live, 4 offline or ended."""
        return STATUS_LIVE if self.live else STATUS_OFFLINE

    @property
    def backlog_messages(self) -> int:
        """How many of the messages sent the room keeps (the newest, in whole results), to serve a
        fetch or a socket that resumes at a cursor; an older cursor misses the messages no longer kept."""
        return self.backlog.limit

    @backlog_messages.setter
    def backlog_messages(self, limit: int) -> None:
        self.backlog.limit = limit

    # ------------------------------------------------------------ results (see Backlog)

    def cursor(self) -> str:
        """The cursor of the room's latest result, in TikTok's format."""
        with self._lock:
            return self.backlog.cursor()

    def result(self, messages: Sequence[Message], *, need_ack: bool = True, history: bool = False,
               **fields: Any) -> bytes:
        """Serialize ``messages`` as one ``WebcastResponse`` of this room at its current position."""
        with self._lock:
            return self.backlog.result(messages, need_ack=need_ack, history=history, **fields)

    def initial_result(self, push_server: str, cursor: str = "") -> bytes:
        """The sign server's initial fetch (see :meth:`Backlog.initial_result`)."""
        with self._lock:
            return self.backlog.initial_result(push_server, cursor)

    def poll(self, cursor: str, push_server: str) -> bytes:
        """A ``webcast/im/fetch`` answer (see :meth:`Backlog.poll`)."""
        with self._lock:
            return self.backlog.poll(cursor, push_server)

    def admit(self, cursor: str, enter: Callable[[List[bytes]], None]) -> None:
        """Let a socket in: ``enter(results)`` joins it to the room and sends it ``results``, what
        was sent after ``cursor`` (its URL's) and is still kept, while nothing else is sent to the
        room: no message sent between a fetch and the handshake is lost, none comes twice or out of order."""
        with self._lock:
            enter(self.backlog.after(cursor) or [])

    # ------------------------------------------------------------ sending

    def send(self, *messages: Union[Message, str], need_ack: bool = True, **fields: Any) -> bytes:
        """Send messages to every client in the room, together in one frame.

        ``room.send(msg1, msg2)`` batches built messages; ``room.send("WebcastRoomMessage",
        content="hi")`` builds one message of any type from its method and fields (see
        :func:`tiktoklive.testing.factory.message`).

        :returns: the serialized ``WebcastResponse`` that was sent.
        """
        if messages and isinstance(messages[0], str):
            if len(messages) != 1:
                raise TypeError("send(method, **fields) takes one method name and keyword fields")
            built: List[Message] = [factory.message(messages[0], **fields)]
        else:
            built = [m for m in messages if isinstance(m, Message)]
            if len(built) != len(messages) or fields:
                raise TypeError("send() takes protobuf messages, or one method name and its fields")
        with self._lock:
            data = self.backlog.append(built, need_ack)
            self._switchboard.publish(self.room_id, data, need_ack)
        return data

    def send_each(self, messages: Sequence[Message]) -> None:
        """Send messages one frame each, in order."""
        with self._lock:
            for message in messages:
                self.send(message)

    def add_history(self, *messages: Message) -> None:
        """Add messages to the backlog the sign server's initial fetch carries (``process_initial_data``)."""
        self.history.extend(self.backlog.own(m) for m in messages)

    # ------------------------------------------------------------ the scripting API

    def chat(self, user: UserLike, comment: str, **kwargs: Any) -> pb.WebcastChatMessage:
        """A viewer comments (``chat``)."""
        message = factory.chat(user, comment, **kwargs)
        self.send(message)
        return message

    def gift(self, user: UserLike, gift_id: int = 5655, repeat: int = 1, *, name: Optional[str] = None,
             diamond_count: Optional[int] = None, streakable: Optional[bool] = None) -> List[Message]:
        """A viewer sends a gift ``repeat`` times, with TikTok's streak semantics.

        A streakable gift (``Gift.type`` 1) arrives as one message per tap with a growing
        ``repeat_count`` and ``repeat_end`` 0, then a final message with the final count and
        ``repeat_end`` 1, all with one ``group_id``; any other gift as one message.
        Gifts of :data:`GIFTS` get their name, price and kind from there; other ids are a
        1-diamond streakable "Gift" unless ``name``, ``diamond_count`` and ``streakable`` say otherwise.

        :returns: the messages sent, one frame each.
        :raises ValueError: ``repeat`` is below 1.
        """
        if repeat < 1:
            raise ValueError(f"repeat must be at least 1; got {repeat}")
        known = GIFTS.get(gift_id, ("Gift", 1, True))
        name = name or known[0]
        diamonds = known[1] if diamond_count is None else diamond_count
        streakable = known[2] if streakable is None else streakable
        sender = factory.as_user(user)
        group = int(time.time() * 1000) * 1000 + next(self._seq) % 1000

        def one(count: int, end: bool) -> Message:
            return factory.gift(sender, gift_id, name=name, diamond_count=diamonds, streakable=streakable,
                                repeat_count=count, repeat_end=end, group_id=group, receiver_id=self.host.id)

        messages = [one(n, False) for n in range(1, repeat + 1)] if streakable else []
        messages.append(one(repeat, True))
        self.send_each(messages)
        return messages

    def like(self, user: UserLike, count: int = 1) -> Message:
        """A viewer taps ``count`` likes (``like``; the room's total grows)."""
        with self._lock:
            self.like_count += count
            message = factory.like(user, count, total=self.like_count)
            self.send(message)
        return message

    def follow(self, user: UserLike) -> Message:
        """A viewer follows the host (``follow``)."""
        message = factory.social_follow(user)
        self.send(message)
        return message

    def share(self, user: UserLike, *, users_joined: Optional[int] = None) -> Message:
        """A viewer shares the stream (``share``)."""
        message = factory.social_share(user, users_joined=users_joined)
        self.send(message)
        return message

    def join(self, user: UserLike) -> Message:
        """A viewer joins (``member``; the viewer count grows)."""
        with self._lock:
            self.viewer_count += 1
            self.enter_count += 1
            message = factory.member(user, member_count=self.viewer_count)
            self.send(message)
        return message

    def viewers(self, count: int, top: Sequence[Tuple[UserLike, int]] = ()) -> Message:
        """Viewer statistics (``roomUser``): ``count`` watching, ``top`` as ``(user, coins)`` pairs."""
        with self._lock:
            self.viewer_count = count
            message = factory.room_user_seq(count, top)
            self.send(message)
        return message

    def battle(self, opponent: UserLike = "rival_host", *, armies: Optional[Mapping[str, Any]] = None,
               **kwargs: Any) -> Message:
        """A battle between the host and ``opponent`` (``linkMicBattle``)."""
        message = factory.link_mic_battle([self.host, opponent], armies=armies, **kwargs)
        self.send(message)
        return message

    def subscribe(self, user: UserLike, *, sub_month: int = 1) -> Message:
        """A viewer subscribes (``subNotify``)."""
        message = factory.sub_notify(user, sub_month=sub_month)
        self.send(message)
        return message

    def question(self, user: UserLike, text: str) -> Message:
        """A viewer asks a question (``questionNew``)."""
        message = factory.question(user, text)
        self.send(message)
        return message

    def control(self, action: pb.ControlAction, **kwargs: Any) -> Message:
        """A control message (1 paused, 2 unpaused, 3 ended, 4 suspended)."""
        message = factory.control(action, **kwargs)
        self.send(message)
        return message

    def end_stream(self, *, close_after: float = 1.0) -> Message:
        """The stream ends: a control message with action 3, then each socket closes with 1000.

        Clients are given ``close_after`` seconds to close first (the reference clients disconnect
        on their own when they see the control message; Node decodes frames asynchronously and
        would lose it to an immediate close). From then on the room's status is ``"ended"``
        (TikTok's status 4).
        """
        self.status = "ended"  # before the message: a client reacting to it finds the room ended
        self.stop_busy()
        message = self.control(pb.CONTROL_ACTION_STREAM_ENDED)
        for socket in self.sockets():
            socket.close_later(close_after, 1000, "")
        return message

    def go_live(self) -> None:
        """The streamer goes live (again)."""
        self.status = "live"
        self.start_time = int(time.time())

    def go_offline(self) -> None:
        """The streamer is offline (status 4) without an end-of-stream message."""
        self.status = "offline"

    # ------------------------------------------------------------ busy streams

    def busy(self, rate: float = 5000.0, duration: Optional[float] = None, *,
             mix: Optional[Mapping[str, float]] = None, per_frame: Tuple[int, int] = (5, 30),
             seed: Optional[int] = None) -> BusyStream:
        """Start a busy stream of ``rate`` mixed messages per second (see :mod:`tiktoklive.testing.busy`).

        :param duration: seconds to run (``None``: until :meth:`stop_busy` or the fake stops).
        :returns: the running stream (``stop()``, ``wait()``, ``sent``).
        """
        stream = BusyStream(self, rate=rate, duration=duration, mix=mix, per_frame=per_frame, seed=seed,
                            on_error=self._switchboard.record_error)
        with self._lock:
            self._busy = [s for s in self._busy if s.is_alive()] + [stream]
        stream.start()
        return stream

    def stop_busy(self) -> None:
        """Stop this room's busy streams and wait for them."""
        with self._lock:  # released before joining: the streams' sends take it
            streams, self._busy = self._busy, []
        for stream in streams:
            stream.stop()

    # ------------------------------------------------------------ socket faults

    def drop_connections(self) -> int:
        """Drop every socket of the room abruptly: TCP closed, no close frame. Returns how many."""
        sockets = self.sockets()
        for socket in sockets:
            socket.drop()
        return len(sockets)

    def close_connections(self, code: int = 1000, reason: str = "") -> int:
        """Close every socket of the room with ``code`` and ``reason``. Returns how many."""
        sockets = self.sockets()
        for socket in sockets:
            socket.close(code, reason)
        return len(sockets)

    def stall(self) -> int:
        """Make every socket of the room half-open: nothing is sent any more, nothing is closed."""
        sockets = self.sockets()
        for socket in sockets:
            socket.stall()
        return len(sockets)

    def send_raw(self, data: bytes, *, fragment: Optional[int] = None) -> int:
        """Send ``data`` as one binary WebSocket message to every socket of the room, as it is
        (``fragment``: as WebSocket frames of that many bytes).

        For broken frames (see :mod:`tiktoklive.testing.faults`), duplicates (send a frame twice)
        and frames out of order (build with :meth:`frame`, send in any order).
        """
        sockets = self.sockets()
        for socket in sockets:
            socket.send(data, fragment=fragment)
        return len(sockets)

    def send_truncated(self, data: bytes, keep: int) -> int:
        """Send the first ``keep`` bytes of the WebSocket frame of ``data``, then drop the TCP connection."""
        sockets = self.sockets()
        for socket in sockets:
            socket.send_truncated(data, keep)
        return len(sockets)

    def frame(self, *messages: Message, compress: bool = True, need_ack: bool = True) -> bytes:
        """Build the "msg" push frame of ``messages`` without sending it (for :meth:`send_raw`)."""
        return codec.encode_message_frame(self.result(messages, need_ack=need_ack), log_id=factory.next_msg_id(),
                                          compress=compress)


def room_id_for(unique_id: str, taken: Any) -> int:
    """A room id for ``unique_id``: stable (derived from the handle) and not in ``taken``."""
    room_id = 7_400_000_000_000_000_000 + zlib.crc32(unique_id.encode("utf-8")) * 1_000_000_007 % 10**17
    while room_id in taken:
        room_id += 1
    return room_id


