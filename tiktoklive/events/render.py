"""How an event reads to a person: one line of text (the CLI), a small HTML card (Jupyter's
``_repr_html_``), and a short ``repr`` of users instead of protobuf's page of text.
"""
from __future__ import annotations

import html
from typing import Any, Callable, Optional, Protocol

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events.names import ControlEvent, WebcastEvent

#: Side of the avatar in an event's HTML card, in CSS pixels.
AVATAR_SIZE = 32


class Event(Protocol):
    """What rendering needs of an event (:class:`tiktoklive.events.Event` is one; the other fields
    are read by name): ``events.base`` renders through this module, so it does not import it back."""

    name: str


def user_of(event: Event) -> Optional[pb.User]:
    """The user an event is about (its message's ``user``, when set), else ``None``."""
    user = getattr(getattr(event, "message", None), "user", None)
    return user if isinstance(user, pb.User) and (user.unique_id or user.nickname) else None


def handle(user: Optional[pb.User]) -> str:
    """``@unique_id`` of a user, or ``""``."""
    return f"@{user.unique_id}" if user is not None and user.unique_id else ""


def summary(event: Event) -> str:
    """What happened, without who did it (``"sent Rose x5"``); ``""`` when there is nothing to add to the name."""
    e: Any = event
    name = event.name
    texts: dict[str, Callable[[], Any]] = {
        WebcastEvent.CHAT: lambda: e.comment,
        WebcastEvent.GIFT: lambda: f"sent {e.gift_name} x{e.repeat_count}{'' if e.final else ' (streak in progress)'}",
        WebcastEvent.LIKE: lambda: f"liked x{e.like_count} (total {e.total_like_count})",
        WebcastEvent.MEMBER: lambda: "joined",
        WebcastEvent.FOLLOW: lambda: "followed",
        WebcastEvent.SHARE: lambda: "shared the stream",
        WebcastEvent.SUBSCRIBE: lambda: f"subscribed ({e.sub_month} months)",
        WebcastEvent.SUB_NOTIFY: lambda: f"subscribed ({e.sub_month} months)",
        WebcastEvent.QUESTION_NEW: lambda: f"asked: {e.question_text}",
        WebcastEvent.ROOM_USER: lambda: f"{e.viewer_count} viewers",
        ControlEvent.WEBSOCKET_CONNECTED: lambda: "WebSocket open",
        ControlEvent.CONNECTED: lambda: f"connected to room {e.state.room_id}",
        ControlEvent.DISCONNECTED: lambda: f"disconnected ({' '.join(str(p) for p in (e.code, e.reason) if p)})",
        ControlEvent.ERROR: lambda: f"{e.info}: {e.exception}",
    }
    text = texts.get(name)
    return str(text()) if text is not None else ""


def describe(event: Event) -> str:
    """One readable line for an event (``"@alice: hi"``, ``"@bob sent Rose x5"``); its ``repr`` otherwise."""
    who, what = handle(user_of(event)), summary(event)
    if not what:
        return repr(event)
    if not who:
        return what
    return f"{who}: {what}" if event.name == WebcastEvent.CHAT else f"{who} {what}"


def to_html(event: Event) -> str:
    """A small HTML card of an event: the user's avatar and names, the event's name, what happened.

    Every piece of text is escaped; an avatar URL is used only when it is ``http(s)``.
    """
    from tiktoklive.events.legacy import flatten_user  # the avatar Node picks; legacy imports this package

    user = user_of(event)
    parts = []
    if user is not None:
        avatar = flatten_user(user)["profilePictureUrl"] or ""
        if avatar.startswith(("https://", "http://")):
            parts.append(f'<img src="{html.escape(avatar)}" alt="" width="{AVATAR_SIZE}" height="{AVATAR_SIZE}" '
                         'style="border-radius:50%;vertical-align:middle">')
        names = " ".join(filter(None, (user.nickname, handle(user))))
        parts.append(f"<b>{html.escape(names)}</b>")
    parts.append(f"<code>{html.escape(event.name)}</code>")
    what = summary(event) or ("" if user is not None else repr(event))
    if what:
        parts.append(f"<span>{html.escape(what)}</span>")
    return f'<div class="tiktoklive-event">{" ".join(parts)}</div>'


def user_repr(user: pb.User) -> str:
    """``<User @alice 'Alice' id=123>``: who it is, in one line."""
    pieces = [handle(user) or "(no unique id)"]
    if user.nickname:
        pieces.append(repr(user.nickname))
    if user.id:
        pieces.append(f"id={user.id}")
    return f"<User {' '.join(pieces)}>"


pb.User.__repr__ = user_repr  # type: ignore[method-assign,assignment]  # str() keeps protobuf's text format
