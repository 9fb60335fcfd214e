"""A room's stream of results, without I/O: its position, its cursors, the history and the results it
keeps so that a fetch or a socket can resume at a cursor.

Cursors carry the position, the number of messages sent so far (``s-N``): a result holding
messages ``N-k+1 .. N`` has cursor ``s-N``, so a reader can tell what it missed. Not thread-safe:
the :class:`~tiktoklive.testing.Room` that owns a :class:`Backlog` locks around it.
"""
from __future__ import annotations

import collections
import time
from typing import Any, Deque, List, Optional, Sequence, Tuple

from google.protobuf.message import Message

from tiktoklive import codec
from tiktoklive.testing import factory

#: How many sent messages a room keeps (the newest) to resume a cursor from: about 40 s of a busy room.
BACKLOG_MESSAGES = 20_000


class Backlog:
    """The results of room ``room_id``, as TikTok serializes them.

    :ivar history: messages the sign server's initial fetch carries as backlog.
    :ivar limit: how many of the messages sent it keeps (the newest, in whole results).
    """

    def __init__(self, room_id: int, limit: int = BACKLOG_MESSAGES) -> None:
        self.room_id = room_id
        self.limit = limit
        self.history: List[Message] = []
        self._position = 0  # messages sent so far
        self._sent: Deque[Tuple[int, int, bytes]] = collections.deque()  # (position, messages, result)
        self._kept = 0  # messages in _sent

    def __repr__(self) -> str:
        return f"<Backlog room_id={self.room_id} position={self._position} kept={self._kept}>"

    def cursor(self) -> str:
        """The cursor of the latest result, in TikTok's format."""
        now = int(time.time() * 1000)
        return f"t-{now}_r-1_d-1_u-1_s-{self._position}_h-{self.room_id % 1000}"

    def internal_ext(self) -> str:
        """An ``internal_ext`` for a result, in TikTok's format."""
        now = int(time.time() * 1000)
        return (f"internal_src:pushserver|wss_push_room_id:{self.room_id}|wss_push_did:7300000000000000000|"
                f"first_req_ms:{now}|fetch_time:{now}|seq:{self._position}|wss_info:0-{now}-0-0|"
                f"wrds_v:{7300000000000000000 + self._position}")

    def own(self, message: Message) -> Message:
        """Put this room's id into a message built for the default room."""
        common = getattr(message, "common", None)
        if common is not None and common.room_id in (0, factory.ROOM_ID):
            common.room_id = self.room_id
        return message

    def _wrap(self, message: Message, history: bool) -> codec.BaseMessage:
        """``message`` (now of this room) as the ``BaseProtoMessage`` of a result."""
        common = getattr(self.own(message), "common", None)
        method = (common.method if common is not None else "") or message.DESCRIPTOR.name
        item = codec.wrap_message(method, message, msg_id=common.msg_id if common is not None else 0)
        item.is_history = history
        return item

    def result(self, messages: Sequence[Message], *, need_ack: bool = True, history: bool = False,
               **fields: Any) -> bytes:
        """Serialize ``messages`` as one ``WebcastResponse`` at the current position."""
        wrapped = [self._wrap(message, history) for message in messages]
        return codec.encode_fetch_result(wrapped, cursor=self.cursor(), internal_ext=self.internal_ext(),
                                         need_ack=need_ack, now=int(time.time() * 1000), fetch_interval=1000,
                                         **fields)

    def append(self, messages: Sequence[Message], need_ack: bool) -> bytes:
        """Move past ``messages`` and keep their result (dropping the oldest results beyond :attr:`limit`).

        :returns: the result, to send.
        """
        self._position += len(messages)
        data = self.result(messages, need_ack=need_ack)
        self._sent.append((self._position, len(messages), data))
        self._kept += len(messages)
        while len(self._sent) > 1 and self._kept > self.limit:
            self._kept -= self._sent.popleft()[1]
        return data

    def after(self, cursor: str) -> Optional[List[bytes]]:
        """The results sent after ``cursor`` that are still kept (``None``: not a cursor of this room)."""
        position = codec.cursor_position(cursor)
        if position is None:
            return None
        return [data for sent_at, _, data in self._sent if sent_at > position]

    def initial_result(self, push_server: str, cursor: str = "") -> bytes:
        """The sign server's initial fetch: push server and route params, cursor and internal_ext,
        and as messages the history (no cursor, or one this room did not hand out) or what was sent
        after ``cursor`` (a reconnect resuming; only what is still kept)."""
        sent = self.after(cursor)
        messages = self.history if sent is None else []
        result = codec.parse_fetch_result(self.result(messages, need_ack=False, history=True))
        result.messages.extend(item for data in sent or () for item in codec.parse_fetch_result(data).messages)
        result.push_server = push_server
        result.is_first = True
        result.heartbeat_duration = 10000
        result.fetch_type = 1
        result.route_params.update({"cursor": result.cursor, "internal_ext": result.internal_ext})
        return result.SerializeToString()

    def poll(self, cursor: str, push_server: str) -> bytes:
        """A ``webcast/im/fetch`` answer: what was sent after ``cursor``; without a cursor, the
        initial result (history, and ``push_server`` to upgrade to)."""
        sent = self.after(cursor)
        if sent is None:
            return self.initial_result(push_server)
        result = codec.parse_fetch_result(self.result([], need_ack=False))
        result.messages.extend(item for data in sent for item in codec.parse_fetch_result(data).messages)
        return result.SerializeToString()
