"""Event names: the Node library's names as ``str`` enums, usable wherever a name is taken.

``WebcastEvent.CHAT == "chat"``: pass the member or the plain Node string, it is the same thing (a
member is a ``str``, hashes as its value and prints as it). The enums are iterable
(``list(WebcastEvent)``) and typed (``def f(name: WebcastEvent)``).
"""
from __future__ import annotations

import enum


class EventName(str, enum.Enum):
    """An event name: an enum member that is also the Node string (equal, same hash, same text)."""

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return self.value.__format__(spec)


class WebcastEvent(EventName):
    """Names of the events decoded from TikTok's messages (one per wire method, plus derived ones)."""

    GIFT = "gift"
    CHAT = "chat"
    MEMBER = "member"
    ROOM_USER = "roomUser"
    SOCIAL = "social"
    LIKE = "like"
    QUESTION_NEW = "questionNew"
    LINK_MIC_BATTLE = "linkMicBattle"
    LINK_MIC_ARMIES = "linkMicArmies"
    LIVE_INTRO = "liveIntro"
    EMOTE = "emote"
    ENVELOPE = "envelope"
    BARRAGE = "barrage"
    SYSTEM = "system"
    GOAL_UPDATE = "goalUpdate"
    ROOM_MESSAGE = "roomMessage"
    CAPTION_MESSAGE = "captionMessage"
    CONTROL_MESSAGE = "controlMessage"
    IM_DELETE = "imDelete"
    IN_ROOM_BANNER = "inRoomBanner"
    RANK_UPDATE = "rankUpdate"
    POLL_MESSAGE = "pollMessage"
    RANK_TEXT = "rankText"
    LINK_MIC_BATTLE_PUNISH_FINISH = "linkMicBattlePunishFinish"
    LINK_MIC_BATTLE_TASK = "linkMicBattleTask"
    LINK_MIC_FAN_TICKET_METHOD = "linkMicFanTicketMethod"
    LINK_MIC_METHOD = "linkMicMethod"
    UNAUTHORIZED_MEMBER = "unauthorizedMember"
    OEC_LIVE_SHOPPING = "oecLiveShopping"
    MSG_DETECT = "msgDetect"
    LINK_MESSAGE = "linkMessage"
    LINK_LAYER = "linkLayer"
    ROOM_PIN = "roomPin"
    ACCESS_CONTROL = "accessControl"
    ACCESS_RECALL = "accessRecall"
    BOOST_CARD = "boostCard"
    BOTTOM_MESSAGE = "bottomMessage"
    CAPSULE = "capsule"
    GAME_RANK_NOTIFY = "gameRankNotify"
    GIFT_BROADCAST = "giftBroadcast"
    GIFT_DYNAMIC_RESTRICTION = "giftDynamicRestriction"
    GIFT_PANEL_UPDATE = "giftPanelUpdate"
    GIFT_PROMPT = "giftPrompt"
    GUIDE = "guide"
    HOURLY_RANK = "hourlyRank"
    LINK_MIC_LAYOUT_STATE = "linkMicLayoutState"
    LINK_STATE = "linkState"
    LIVE_GAME_INTRO = "liveGameIntro"
    MARQUEE_ANNOUNCEMENT = "marqueeAnnouncement"
    NOTICE = "notice"
    PARTNERSHIP_DROPS_UPDATE = "partnershipDropsUpdate"
    PARTNERSHIP_GAME_OFFLINE = "partnershipGameOffline"
    PARTNERSHIP_PUNISH = "partnershipPunish"
    PERCEPTION = "perception"
    ROOM_NOTIFY = "roomNotify"
    ROOM_VERIFY = "roomVerify"
    SPEAKER = "speaker"
    SUB_NOTIFY = "subNotify"
    SUB_PIN_EVENT = "subPinEvent"
    TOAST = "toast"
    VIEWER_PICKS_UPDATE = "viewerPicksUpdate"
    LINK_MIC_BATTLE_ITEM_CARD = "linkMicBattleItemCard"

    # derived from the messages above (PROTOCOL §9)
    FOLLOW = "follow"  #: a social message whose display key contains "follow" (instead of ``social``)
    SHARE = "share"  #: a social message whose display key contains "share" (instead of ``social``)
    STREAM_END = "streamEnd"  #: after ``controlMessage`` when its action is 3 (ended) or 4 (suspended)
    SUPER_FAN = "superFan"  #: before ``barrage`` when a content key contains "ttlive_superfan"
    SUPER_FAN_JOIN = "superFanJoin"  #: before ``barrage`` for "ttlive_superfan_commentnotif_superfanjoined"
    SUPER_FAN_BOX = "superFanBox"  #: before ``envelope`` for a super-fan treasure box
    SUBSCRIBE = "subscribe"  #: after ``subNotify``, for the same message (the Node README's name)
    # Python only
    UNKNOWN = "unknown"  #: a message whose method has no mapping (an ``UnknownEvent``)


class ControlEvent(EventName):
    """Names of the events of the connection itself (PROTOCOL §11)."""

    CONNECTED = "connected"  #: ``connect()`` fully succeeded
    DISCONNECTED = "disconnected"  #: the connection closed after a successful connect
    ERROR = "error"  #: something failed; the event carries Node's ``info`` text and the exception
    RAW_DATA = "rawData"  #: every message of every frame, before decoding (method, bytes)
    DECODED_DATA = "decodedData"  #: every decoded message, before its own event
    WEBSOCKET_CONNECTED = "websocketConnected"  #: the socket is open and the enter-room frame sent
    WEBSOCKET_DATA = "websocketData"  #: every binary frame received, as bytes
    ENTER_ROOM = "enterRoom"  #: TikTok answered the enter-room frame
    GAP = "gap"  #: messages were lost and could not be recovered (``missed`` says how many)


#: The key of a catch-all handler: ``conn.on("*", handler)`` gets every event except the raw mirrors.
ANY_EVENT = "*"
#: Events sent to catch-all handlers only when named: the raw mirrors of other events.
MIRROR_EVENT_NAMES: frozenset[str] = frozenset({ControlEvent.WEBSOCKET_DATA.value, ControlEvent.RAW_DATA.value,
                                                ControlEvent.DECODED_DATA.value})
#: Every event name of :class:`WebcastEvent`, as plain strings.
WEBCAST_EVENT_NAMES: frozenset[str] = frozenset(member.value for member in WebcastEvent)
#: Every event name of :class:`ControlEvent`, as plain strings.
CONTROL_EVENT_NAMES: frozenset[str] = frozenset(member.value for member in ControlEvent)
#: Every event name the library emits.
EVENT_NAMES: frozenset[str] = WEBCAST_EVENT_NAMES | CONTROL_EVENT_NAMES
