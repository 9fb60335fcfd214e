"""The one table of the protocol: wire method -> protobuf class -> Node event name -> event class,
for the 62 methods the Node library dispatches (PROTOCOL §8.2), and the derived events (§9).
"""
from __future__ import annotations

from typing import Any, Callable, NamedTuple, Optional

from google.protobuf.message import Message

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events.base import Event, MessageEvent
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
from tiktoklive.events.names import WebcastEvent as W

#: ``(method, message) -> events`` of a type with derived events (the message is of the row's class).
Derive = Callable[[str, Any], list[Event]]

#: ``ControlMessage.action`` values that end the stream (3 ended by the host, 4 suspended by TikTok).
STREAM_END_ACTIONS = frozenset({pb.CONTROL_ACTION_STREAM_ENDED, pb.CONTROL_ACTION_STREAM_SUSPENDED})
#: ``MessageRedEnvelopInfo.business_type`` of a super-fan box.
SUPER_FAN_BOX_BUSINESS_TYPE = 19


class MessageType(NamedTuple):
    """One row of the table.

    :ivar method: the wire method (``Webcast``-prefixed).
    :ivar message_class: the protobuf class its payload decodes to.
    :ivar name: the Node event name (the base event when ``derive`` is set).
    :ivar event_class: the class of its event.
    :ivar derive: for the types that yield derived events, a function ``(method, message) -> events``.
    :ivar names: every event name a message of this type may yield (``name`` and the derived ones).
    """

    method: str
    message_class: type[Message]
    name: str
    event_class: type[MessageEvent]
    derive: Optional[Derive]
    names: frozenset[str]


def _social(method: str, message: pb.WebcastSocialMessage) -> list[Event]:
    """Exactly one of ``follow``, ``share``, ``social``, by the display key (Node modern)."""
    key = message.common.display_text.key
    if "follow" in key:
        return [FollowEvent(W.FOLLOW, method, message)]
    if "share" in key:
        return [ShareEvent(W.SHARE, method, message)]
    return [SocialEvent(W.SOCIAL, method, message)]


def _control(method: str, message: pb.WebcastControlMessage) -> list[Event]:
    """``controlMessage``, then ``streamEnd`` when the action ends the stream."""
    events: list[Event] = [ControlMessageEvent(W.CONTROL_MESSAGE, method, message)]
    if message.action in STREAM_END_ACTIONS:
        events.append(StreamEndEvent(W.STREAM_END, method, message))
    return events


def _barrage(method: str, message: pb.WebcastBarrageMessage) -> list[Event]:
    """``superFanJoin`` or ``superFan`` when a content key says so, then ``barrage``."""
    keys = (message.content.key.lower(), message.common_barrage_content.key.lower())
    events: list[Event] = []
    if any("ttlive_superfan_commentnotif_superfanjoined" in k for k in keys):
        events.append(SuperFanJoinEvent(W.SUPER_FAN_JOIN, method, message))
    elif any("ttlive_superfan" in k for k in keys):
        events.append(SuperFanEvent(W.SUPER_FAN, method, message))
    events.append(BarrageEvent(W.BARRAGE, method, message))
    return events


def _envelope(method: str, message: pb.WebcastEnvelopeMessage) -> list[Event]:
    """``superFanBox`` for a super-fan box, then ``envelope``."""
    events: list[Event] = []
    if ("ttlive_superfanbox" in message.common.display_text.key.lower()
            or message.envelope_info.business_type == SUPER_FAN_BOX_BUSINESS_TYPE):
        events.append(SuperFanBoxEvent(W.SUPER_FAN_BOX, method, message))
    events.append(EnvelopeEvent(W.ENVELOPE, method, message))
    return events


def _sub_notify(method: str, message: pb.WebcastSubNotifyMessage) -> list[Event]:
    """``subNotify``, then ``subscribe`` (the Node README's name for the same message)."""
    return [SubNotifyEvent(W.SUB_NOTIFY, method, message), SubscribeEvent(W.SUBSCRIBE, method, message)]


#: The events each deriving function may yield besides (or instead of) its row's own.
_DERIVED_NAMES: dict[Optional[Derive], frozenset[str]] = {
    None: frozenset(),
    _social: frozenset({W.FOLLOW, W.SHARE}),
    _control: frozenset({W.STREAM_END}),
    _barrage: frozenset({W.SUPER_FAN_JOIN, W.SUPER_FAN}),
    _envelope: frozenset({W.SUPER_FAN_BOX}),
    _sub_notify: frozenset({W.SUBSCRIBE}),
}


def _row(method: str, name: str, event_class: type[MessageEvent], derive: Optional[Derive]) -> MessageType:
    return MessageType(method, getattr(pb, method), name, event_class, derive, _DERIVED_NAMES[derive] | {name})


#: The 62 message types, in the order of PROTOCOL §8.2.
TABLE = (
    _row("WebcastGiftMessage", W.GIFT, GiftEvent, None),
    _row("WebcastChatMessage", W.CHAT, ChatEvent, None),
    _row("WebcastMemberMessage", W.MEMBER, MemberEvent, None),
    _row("WebcastRoomUserSeqMessage", W.ROOM_USER, RoomUserEvent, None),
    _row("WebcastSocialMessage", W.SOCIAL, SocialEvent, _social),
    _row("WebcastLikeMessage", W.LIKE, LikeEvent, None),
    _row("WebcastQuestionNewMessage", W.QUESTION_NEW, QuestionNewEvent, None),
    _row("WebcastLinkMicBattle", W.LINK_MIC_BATTLE, LinkMicBattleEvent, None),
    _row("WebcastLinkMicArmies", W.LINK_MIC_ARMIES, LinkMicArmiesEvent, None),
    _row("WebcastLiveIntroMessage", W.LIVE_INTRO, LiveIntroEvent, None),
    _row("WebcastEmoteChatMessage", W.EMOTE, EmoteEvent, None),
    _row("WebcastEnvelopeMessage", W.ENVELOPE, EnvelopeEvent, _envelope),
    _row("WebcastBarrageMessage", W.BARRAGE, BarrageEvent, _barrage),
    _row("WebcastSystemMessage", W.SYSTEM, SystemEvent, None),
    _row("WebcastGoalUpdateMessage", W.GOAL_UPDATE, GoalUpdateEvent, None),
    _row("WebcastRoomMessage", W.ROOM_MESSAGE, RoomMessageEvent, None),
    _row("WebcastCaptionMessage", W.CAPTION_MESSAGE, MessageEvent, None),
    _row("WebcastControlMessage", W.CONTROL_MESSAGE, ControlMessageEvent, _control),
    _row("WebcastImDeleteMessage", W.IM_DELETE, MessageEvent, None),
    _row("WebcastInRoomBannerMessage", W.IN_ROOM_BANNER, MessageEvent, None),
    _row("WebcastRankUpdateMessage", W.RANK_UPDATE, RankUpdateEvent, None),
    _row("WebcastPollMessage", W.POLL_MESSAGE, PollEvent, None),
    _row("WebcastRankTextMessage", W.RANK_TEXT, MessageEvent, None),
    _row("WebcastLinkMicBattlePunishFinish", W.LINK_MIC_BATTLE_PUNISH_FINISH, MessageEvent, None),
    _row("WebcastLinkmicBattleTaskMessage", W.LINK_MIC_BATTLE_TASK, MessageEvent, None),
    _row("WebcastLinkMicFanTicketMethod", W.LINK_MIC_FAN_TICKET_METHOD, MessageEvent, None),
    _row("WebcastLinkMicMethod", W.LINK_MIC_METHOD, MessageEvent, None),
    _row("WebcastUnauthorizedMemberMessage", W.UNAUTHORIZED_MEMBER, MessageEvent, None),
    _row("WebcastOecLiveShoppingMessage", W.OEC_LIVE_SHOPPING, MessageEvent, None),
    _row("WebcastMsgDetectMessage", W.MSG_DETECT, MessageEvent, None),
    _row("WebcastLinkMessage", W.LINK_MESSAGE, MessageEvent, None),
    _row("WebcastLinkLayerMessage", W.LINK_LAYER, MessageEvent, None),
    _row("WebcastRoomPinMessage", W.ROOM_PIN, MessageEvent, None),
    _row("WebcastAccessControlMessage", W.ACCESS_CONTROL, MessageEvent, None),
    _row("WebcastAccessRecallMessage", W.ACCESS_RECALL, MessageEvent, None),
    _row("WebcastBoostCardMessage", W.BOOST_CARD, MessageEvent, None),
    _row("WebcastBottomMessage", W.BOTTOM_MESSAGE, MessageEvent, None),
    _row("WebcastCapsuleMessage", W.CAPSULE, MessageEvent, None),
    _row("WebcastGameRankNotifyMessage", W.GAME_RANK_NOTIFY, MessageEvent, None),
    _row("WebcastGiftBroadcastMessage", W.GIFT_BROADCAST, MessageEvent, None),
    _row("WebcastGiftDynamicRestrictionMessage", W.GIFT_DYNAMIC_RESTRICTION, MessageEvent, None),
    _row("WebcastGiftPanelUpdateMessage", W.GIFT_PANEL_UPDATE, MessageEvent, None),
    _row("WebcastGiftPromptMessage", W.GIFT_PROMPT, MessageEvent, None),
    _row("WebcastGuideMessage", W.GUIDE, MessageEvent, None),
    _row("WebcastHourlyRankRewardMessage", W.HOURLY_RANK, MessageEvent, None),
    _row("WebcastLinkMicLayoutStateMessage", W.LINK_MIC_LAYOUT_STATE, MessageEvent, None),
    _row("WebcastLinkStateMessage", W.LINK_STATE, MessageEvent, None),
    _row("WebcastLiveGameIntroMessage", W.LIVE_GAME_INTRO, MessageEvent, None),
    _row("WebcastMarqueeAnnouncementMessage", W.MARQUEE_ANNOUNCEMENT, MessageEvent, None),
    _row("WebcastNoticeMessage", W.NOTICE, MessageEvent, None),
    _row("WebcastPartnershipDropsUpdateMessage", W.PARTNERSHIP_DROPS_UPDATE, MessageEvent, None),
    _row("WebcastPartnershipGameOfflineMessage", W.PARTNERSHIP_GAME_OFFLINE, MessageEvent, None),
    _row("WebcastPartnershipPunishMessage", W.PARTNERSHIP_PUNISH, MessageEvent, None),
    _row("WebcastPerceptionMessage", W.PERCEPTION, MessageEvent, None),
    _row("WebcastRoomNotifyMessage", W.ROOM_NOTIFY, MessageEvent, None),
    _row("WebcastRoomVerifyMessage", W.ROOM_VERIFY, MessageEvent, None),
    _row("WebcastSpeakerMessage", W.SPEAKER, MessageEvent, None),
    _row("WebcastSubNotifyMessage", W.SUB_NOTIFY, SubNotifyEvent, _sub_notify),
    _row("WebcastSubPinEventMessage", W.SUB_PIN_EVENT, MessageEvent, None),
    _row("WebcastToastMessage", W.TOAST, MessageEvent, None),
    _row("WebcastViewerPicksUpdateMessage", W.VIEWER_PICKS_UPDATE, MessageEvent, None),
    _row("WebcastLinkMicBattleItemCard", W.LINK_MIC_BATTLE_ITEM_CARD, MessageEvent, None),
)

#: Wire method -> row; each type under both spellings (``WebcastRoomMessage`` and ``RoomMessage``).
MESSAGE_TYPES: dict[str, MessageType] = {
    **{row.method[len("Webcast"):]: row for row in TABLE},
    **{row.method: row for row in TABLE},
}

#: Event class -> the name of its events, for the classes of one name (``conn.on(ChatEvent)``).
EVENT_CLASS_NAMES: dict[type, str] = {
    **{row.event_class: row.name for row in TABLE if row.event_class is not MessageEvent},
    FollowEvent: W.FOLLOW, ShareEvent: W.SHARE, StreamEndEvent: W.STREAM_END, SuperFanEvent: W.SUPER_FAN,
    SuperFanJoinEvent: W.SUPER_FAN_JOIN, SuperFanBoxEvent: W.SUPER_FAN_BOX, SubscribeEvent: W.SUBSCRIBE,
}
