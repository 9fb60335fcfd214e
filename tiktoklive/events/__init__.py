"""Typed events: what a connection emits and what :mod:`tiktoklive.codec` decodes frames into.

Every event has ``name`` (the Node event name, see :class:`WebcastEvent` and :class:`ControlEvent`),
``method`` (the wire method, ``None`` for control events), ``to_dict()`` and ``to_legacy()``.
Message events wrap the decoded protobuf message (``event.message``) and read its fields as
attributes (``event.user.unique_id``, ``event.comment``).
"""
from __future__ import annotations

from tiktoklive.events import render  # noqa: F401  (gives protobuf users a short repr)
from tiktoklive.events.base import Event, MessageEvent, Origin, UnknownEvent
from tiktoklive.events.control import (
    ConnectedEvent,
    DecodedDataEvent,
    DisconnectedEvent,
    EnterRoomEvent,
    ErrorEvent,
    GapEvent,
    RawDataEvent,
    WebsocketConnectedEvent,
    WebsocketDataEvent,
)
from tiktoklive.events.mapping import MESSAGE_TYPES, TABLE, MessageType
from tiktoklive.events.message import (
    BarrageEvent,
    ChatEvent,
    ControlMessageEvent,
    EmoteEvent,
    EnvelopeEvent,
    FollowEvent,
    GiftEvent,
    GoalUpdateEvent,
    LikeEvent,
    LinkMicArmiesEvent,
    LinkMicBattleEvent,
    LiveIntroEvent,
    MemberEvent,
    PollEvent,
    QuestionNewEvent,
    RankUpdateEvent,
    RoomMessageEvent,
    RoomUserEvent,
    ShareEvent,
    SocialEvent,
    StreamEndEvent,
    SubNotifyEvent,
    SubscribeEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    SystemEvent,
)
from tiktoklive.events.names import (
    CONTROL_EVENT_NAMES,
    EVENT_NAMES,
    WEBCAST_EVENT_NAMES,
    ControlEvent,
    WebcastEvent,
)

__all__ = [
    "Event", "MessageEvent", "Origin", "UnknownEvent",
    "ConnectedEvent", "DecodedDataEvent", "DisconnectedEvent", "EnterRoomEvent", "ErrorEvent", "GapEvent",
    "RawDataEvent",
    "WebsocketConnectedEvent", "WebsocketDataEvent",
    "MESSAGE_TYPES", "TABLE", "MessageType",
    "BarrageEvent", "ChatEvent", "ControlMessageEvent", "EmoteEvent", "EnvelopeEvent", "FollowEvent", "GiftEvent",
    "GoalUpdateEvent", "LikeEvent", "LinkMicArmiesEvent", "LinkMicBattleEvent", "LiveIntroEvent", "MemberEvent",
    "PollEvent", "QuestionNewEvent", "RankUpdateEvent", "RoomMessageEvent", "RoomUserEvent", "ShareEvent",
    "SocialEvent", "StreamEndEvent", "SubNotifyEvent", "SubscribeEvent", "SuperFanBoxEvent", "SuperFanEvent",
    "SuperFanJoinEvent", "SystemEvent",
    "CONTROL_EVENT_NAMES", "EVENT_NAMES", "WEBCAST_EVENT_NAMES", "ControlEvent", "WebcastEvent",
]
