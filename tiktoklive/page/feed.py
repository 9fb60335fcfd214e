"""What the reader page is sent: one small JSON item per shown event, and a room's running totals.

Pure functions and a plain class, no I/O: :func:`page_item` turns an event into the item a browser
renders (built from ``event.to_legacy()``, every id a string), :class:`RoomStats` keeps the header's
numbers (viewers, likes, diamonds) and the top gifters, bounded however many people send gifts.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from tiktoklive.events import Event, WebcastEvent

#: The events that become lines on the page.
ITEM_EVENTS = (WebcastEvent.CHAT, WebcastEvent.GIFT, WebcastEvent.LIKE, WebcastEvent.MEMBER, WebcastEvent.FOLLOW,
               WebcastEvent.SHARE, WebcastEvent.SUB_NOTIFY)
#: Node's ``giftType`` of a gift that is sent in streaks.
STREAKABLE_GIFT_TYPE = 1
#: Gifters shown in the top list, and how many are remembered before the smallest are forgotten.
TOP_GIFTERS, REMEMBERED_GIFTERS = 5, 500


def page_user(flat: Dict[str, Any]) -> Dict[str, Any]:
    """The sender as the page shows them, from the flat legacy user attributes."""
    return {"id": str(flat.get("userId") or ""), "uniqueId": flat.get("uniqueId") or "",
            "nickname": flat.get("nickname") or flat.get("uniqueId") or "", "avatar": flat.get("profilePictureUrl"),
            "moderator": bool(flat.get("isModerator")), "subscriber": bool(flat.get("isSubscriber")),
            "topGifterRank": flat.get("topGifterRank"), "gifterLevel": flat.get("gifterLevel") or 0}


def page_item(event: Event) -> Optional[Dict[str, Any]]:
    """The item the page renders for ``event`` (``None`` for events that are no line).

    Every item has ``type`` (the Node event name), ``id`` (TikTok's message id, a string: the page
    drops a message it has already shown) and ``user``; a chat its ``comment``; a gift its name,
    picture, ``diamonds`` (per gift), ``repeatCount``, ``groupId`` (the streak) and ``final``; a like
    ``likeCount`` and ``totalLikeCount``.
    """
    if event.name not in ITEM_EVENTS:
        return None
    flat = event.to_legacy()
    item: Dict[str, Any] = {"type": event.name, "id": str(flat.get("msgId") or ""), "user": page_user(flat)}
    if event.name == WebcastEvent.CHAT:
        item["comment"] = flat.get("comment") or ""
    elif event.name == WebcastEvent.GIFT:
        item.update(giftId=flat.get("giftId"), giftName=flat.get("giftName") or "a gift",
                    picture=flat.get("giftPictureUrl"), diamonds=flat.get("diamondCount") or 0,
                    repeatCount=flat.get("repeatCount") or 1, groupId=str(flat.get("groupId") or item["id"]),
                    final=flat.get("giftType") != STREAKABLE_GIFT_TYPE or bool(flat.get("repeatEnd")))
    elif event.name == WebcastEvent.LIKE:
        item.update(likeCount=flat.get("likeCount") or 0, totalLikeCount=flat.get("totalLikeCount") or 0)
    return item


class RoomStats:
    """A room's header numbers and top gifters, updated from its items and ``roomUser`` events."""

    def __init__(self) -> None:
        self.viewers = 0
        self.likes = 0
        self.diamonds = 0
        self._gifters: Dict[str, Dict[str, Any]] = {}  # user id -> {"user": ..., "diamonds": n}

    def __repr__(self) -> str:
        return f"<RoomStats viewers={self.viewers} likes={self.likes} diamonds={self.diamonds}>"

    def add_item(self, item: Dict[str, Any]) -> bool:
        """Count ``item`` (a finished gift streak, a like total); returns whether a number changed."""
        if item["type"] == WebcastEvent.LIKE and item["totalLikeCount"] > self.likes:
            self.likes = item["totalLikeCount"]
            return True
        if item["type"] == WebcastEvent.GIFT and item["final"]:
            worth = item["diamonds"] * item["repeatCount"]
            self.diamonds += worth
            self._add_gifter(item["user"], worth)
            return True
        return False

    def set_viewers(self, count: int) -> bool:
        """The room's viewer count changed to ``count``; returns whether it did."""
        changed, self.viewers = count != self.viewers, count
        return changed

    def _add_gifter(self, user: Dict[str, Any], worth: int) -> None:
        key = user["id"] or user["uniqueId"]
        entry = self._gifters.setdefault(key, {"user": user, "diamonds": 0})
        entry["user"], entry["diamonds"] = user, entry["diamonds"] + worth
        if len(self._gifters) > REMEMBERED_GIFTERS:  # forget the smaller half: memory stays bounded
            kept = self.top(REMEMBERED_GIFTERS // 2)
            self._gifters = {e["user"]["id"] or e["user"]["uniqueId"]: e for e in kept}

    def top(self, count: int = TOP_GIFTERS) -> List[Dict[str, Any]]:
        """The ``count`` biggest gifters, as ``{"user": ..., "diamonds": n}``, biggest first."""
        return sorted(self._gifters.values(), key=lambda e: -e["diamonds"])[:count]

    def to_dict(self) -> Dict[str, Any]:
        """The numbers as the page's header shows them."""
        return {"viewers": self.viewers, "likes": self.likes, "diamonds": self.diamonds, "topGifters": self.top()}
