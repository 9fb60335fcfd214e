"""What TikTok's web routes return: small typed views over the JSON, the raw JSON kept in ``raw``."""
from __future__ import annotations

import dataclasses
from typing import Any

from tiktoklive._fields import integer, integer_or_none, room_id_of, typed

#: ``status`` of a room (or of a user's live room) that has ended; every other status counts as live.
OFFLINE_STATUS = 4


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


@dataclasses.dataclass(frozen=True)
class LiveRoomUserInfo:
    """A streamer and their live room, as the live page or the ``api-live`` route describes them.

    :ivar unique_id: the streamer's unique id.
    :ivar room_id: their current (or last) room id, if TikTok gave one.
    :ivar status: the live room's status (2 live, 3 paused, 4 ended), if TikTok gave one.
    :ivar source: the route that answered (``"html"`` or ``"api_live"``).
    :ivar raw: the ``liveRoomUserInfo`` / ``data`` object, unchanged.
    """

    unique_id: str
    room_id: str | None
    status: int | None
    source: str
    raw: dict[str, Any] = dataclasses.field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any], *, unique_id: str, source: str) -> LiveRoomUserInfo:
        """Read a ``liveRoomUserInfo``-shaped object (``user``, ``liveRoom``, ``stats``)."""
        room_id = room_id_of(_dig(data, "user", "roomId")) or room_id_of(_dig(data, "liveRoom", "roomId"))
        status = integer_or_none(_dig(data, "liveRoom", "status"))
        if status is None:
            status = integer_or_none(_dig(data, "user", "status"))
        return cls(unique_id=typed(_dig(data, "user", "uniqueId"), str) or unique_id, room_id=room_id,
                   status=status, source=source, raw=data)

    @property
    def is_live(self) -> bool | None:
        """``True`` unless the room has ended (Node's rule: status 3, paused, is live); ``None`` if unknown."""
        return None if self.status is None else self.status != OFFLINE_STATUS

    @property
    def nickname(self) -> str | None:
        """The streamer's display name."""
        return typed(_dig(self.raw, "user", "nickname"), str)

    @property
    def title(self) -> str | None:
        """The live room's title."""
        return typed(_dig(self.raw, "liveRoom", "title"), str)

    @property
    def viewer_count(self) -> int | None:
        """Viewers in the room now, if TikTok said."""
        return typed(_dig(self.raw, "liveRoom", "liveRoomStats", "userCount"), int)


@dataclasses.dataclass(frozen=True)
class RoomOwner:
    """The streamer of a room, from room info's ``data.owner``.

    :ivar id: the user id, as a string.
    :ivar unique_id: the handle (``display_id``), without ``@``.
    :ivar raw: the ``owner`` object, unchanged.
    """

    id: str | None
    unique_id: str | None
    nickname: str | None
    bio_description: str | None
    raw: dict[str, Any] = dataclasses.field(repr=False, compare=False)

    @property
    def avatar_url(self) -> str | None:
        """The largest avatar's first URL."""
        urls = _dig(self.raw, "avatar_large", "url_list") or _dig(self.raw, "avatar_thumb", "url_list")
        return urls[0] if isinstance(urls, list) and urls else None

    @property
    def follower_count(self) -> int | None:
        """Followers, if TikTok said."""
        return _dig(self.raw, "follow_info", "follower_count")


@dataclasses.dataclass(frozen=True)
class RoomInfo:
    """A live room's details from ``webcast/room/info/``; the whole answer is kept in ``raw``.

    :ivar raw: the JSON answer (``{"status_code": 0, "data": {...}, "extra": {...}}``), as Node keeps it.
    """

    raw: dict[str, Any] = dataclasses.field(repr=False)

    @property
    def data(self) -> dict[str, Any]:
        """The ``data`` object."""
        data = self.raw.get("data")
        return data if isinstance(data, dict) else {}

    @property
    def room_id(self) -> str | None:
        """The room id, as a string."""
        return room_id_of(self.data.get("id_str")) or room_id_of(self.data.get("id"))

    @property
    def status(self) -> int | None:
        """2 live, 3 paused, 4 ended."""
        return integer_or_none(self.data.get("status"))

    @property
    def is_live(self) -> bool:
        """``True`` unless the room has ended."""
        return self.status != OFFLINE_STATUS

    @property
    def title(self) -> str | None:
        """The room's title."""
        return typed(self.data.get("title"), str)

    @property
    def owner_unique_id(self) -> str | None:
        """The streamer's unique id."""
        return typed(_dig(self.data, "owner", "display_id"), str)

    @property
    def owner_nickname(self) -> str | None:
        """The streamer's display name."""
        return typed(_dig(self.data, "owner", "nickname"), str)

    @property
    def viewer_count(self) -> int | None:
        """Viewers in the room now."""
        return typed(self.data.get("user_count"), int)

    @property
    def create_time(self) -> int | None:
        """When the room opened (unix seconds)."""
        return typed(self.data.get("create_time"), int)

    @property
    def owner(self) -> RoomOwner | None:
        """The streamer (``owner``: id, unique id, nickname, ``bio_description``, avatar); ``None`` if absent."""
        owner = self.data.get("owner")
        if not isinstance(owner, dict):
            return None
        user_id = owner.get("id_str") or owner.get("id")
        return RoomOwner(id=str(user_id) if user_id else None, unique_id=owner.get("display_id"),
                         nickname=owner.get("nickname"), bio_description=owner.get("bio_description"), raw=owner)

    @property
    def hls_url(self) -> str | None:
        """The stream's HLS playlist URL (``stream_url.hls_pull_url``), if TikTok gave one."""
        return _dig(self.data, "stream_url", "hls_pull_url") or None

    @property
    def flv_urls(self) -> dict[str, str]:
        """The stream's FLV URLs by quality (``stream_url.flv_pull_url``: ``FULL_HD1``, ``HD1``, ``SD1``,
        ``SD2`` ...), best first as TikTok lists them; empty if the room has none."""
        urls = _dig(self.data, "stream_url", "flv_pull_url")
        return {str(k): v for k, v in urls.items() if isinstance(v, str) and v} if isinstance(urls, dict) else {}

    @property
    def is_age_restricted(self) -> bool:
        """Whether TikTok flags the room as age-restricted (viewable with an adult's ``session_id``)."""
        return bool(_dig(self.data, "age_restricted", "restricted"))

    def __repr__(self) -> str:
        return (f"<RoomInfo room_id={self.room_id} status={self.status} "
                f"owner=@{self.owner_unique_id} title={self.title!r}>")


@dataclasses.dataclass(frozen=True)
class Gift:
    """One entry of a room's gift list.

    :ivar id: the gift id (``WebcastGiftMessage.gift_id``).
    :ivar name: its name (``"Rose"``).
    :ivar diamond_count: its price in diamonds.
    :ivar type: 1 for gifts that can be sent in a streak.
    :ivar raw: the JSON entry, unchanged.
    """

    id: int
    name: str
    diamond_count: int
    type: int
    raw: dict[str, Any] = dataclasses.field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Gift:
        """Read one ``data.gifts[]`` entry.

        :raises ValueError: ``id``, ``diamond_count`` or ``type`` is not an integer.
        """
        return cls(id=integer(data.get("id"), "id"), name=typed(data.get("name"), str) or "",
                   diamond_count=integer(data.get("diamond_count"), "diamond_count"),
                   type=integer(data.get("type"), "type"), raw=data)

    @property
    def is_streakable(self) -> bool:
        """Whether the gift can be sent in a streak (``type == 1``)."""
        return self.type == 1

    @property
    def image_urls(self) -> list[str]:
        """URLs of the gift's picture."""
        urls = _dig(self.raw, "image", "url_list")
        return [url for url in urls if isinstance(url, str)] if isinstance(urls, list) else []
