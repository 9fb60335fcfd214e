"""Typed events of the main message types: real properties for the key fields, so an IDE sees them.

Every other field still reads as an attribute (through :class:`MessageEvent`'s delegation to
``event.message``).
"""
from __future__ import annotations

import re
from typing import Any, Optional

from google.protobuf.internal.containers import RepeatedCompositeFieldContainer

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events.base import MessageEvent, message_field

#: ``Gift.type`` of a gift that can be sent in streaks ("combo").
STREAKABLE_GIFT_TYPE = 1
_USERS_JOINED = re.compile(r"pm_mt_guidance_viewer_(\d+)_share")


class ChatEvent(MessageEvent):
    """A comment (``chat``)."""

    __slots__ = ()
    message: pb.WebcastChatMessage
    _shown = ("comment",)

    user: pb.User = message_field("user", "Who wrote it.")

    comment: str = message_field("comment", "The text of the comment.")

    emotes: RepeatedCompositeFieldContainer[pb.EmoteWithIndex] = message_field(
        "emotes", "Subscriber emotes placed in the comment (``index`` = position in the comment).")


class GiftEvent(MessageEvent):
    """A gift (``gift``).

    Streakable gifts (``gift.type == 1``) arrive as a streak: one message per update with a growing
    ``repeat_count`` while ``repeat_end`` is false, then a final message with ``repeat_end`` true and
    the final ``repeat_count`` (all with one ``group_id``). Count a gift once, when :attr:`final` is true.

    :ivar extended_gift_info: the gift-list entry of this gift, when the connection was asked to
        fetch the gift list (``enable_extended_gift_info``), else ``None``.
    """

    __slots__ = ("extended_gift_info",)
    message: pb.WebcastGiftMessage
    _shown = ("gift_name", "repeat_count", "final")

    def __init__(self, name: str, method: str, message: pb.WebcastGiftMessage) -> None:
        super().__init__(name, method, message)
        self.extended_gift_info: Optional[dict[str, Any]] = None

    user: pb.User = message_field("user", "Who sent it.")

    gift: pb.Gift = message_field("gift", "The gift's details (``name``, ``diamond_count``, ``image``, ``type``).")

    gift_id: int = message_field("gift_id", "The gift's id.")

    gift_name: str = message_field("gift.name", "The gift's name (``gift.name``).")

    repeat_count: int = message_field("repeat_count", "How many of this gift the streak holds so far.")

    @property
    def repeat_end(self) -> bool:
        """True on the last message of a streak (and on a non-streakable gift)."""
        return bool(self.message.repeat_end)

    group_id: int = message_field(
        "group_id", "Identifies one streak: every message of a streak has the same ``group_id``.")

    @property
    def streakable(self) -> bool:
        """Whether this gift can be sent in streaks (``gift.type == 1``)."""
        return self.message.gift.type == STREAKABLE_GIFT_TYPE

    @property
    def streaking(self) -> bool:
        """A streak in progress: more messages for this ``group_id`` will follow."""
        return self.streakable and not self.message.repeat_end

    @property
    def final(self) -> bool:
        """The message to count: a non-streakable gift, or the end of a streak."""
        return not self.streaking

    diamond_count: int = message_field("gift.diamond_count", "The price of one gift, in diamonds.")

    @property
    def diamonds(self) -> int:
        """Diamonds of the whole message (``diamond_count * repeat_count``; so far, while streaking)."""
        return self.message.gift.diamond_count * max(self.message.repeat_count, 1)

    def to_dict(self) -> dict[str, Any]:
        """The message's set fields, plus ``extended_gift_info`` when the connection attached it."""
        data = super().to_dict()
        if self.extended_gift_info is not None:
            data["extended_gift_info"] = self.extended_gift_info
        return data

    def to_legacy(self) -> dict[str, Any]:
        """The Node legacy shape, plus ``extendedGiftInfo`` when the connection attached it (as Node does)."""
        flat = super().to_legacy()
        if self.extended_gift_info is not None:
            flat["extendedGiftInfo"] = self.extended_gift_info
        return flat


class LikeEvent(MessageEvent):
    """Likes (``like``); TikTok batches them and does not send every like in big rooms."""

    __slots__ = ()
    message: pb.WebcastLikeMessage
    _shown = ("like_count", "total_like_count")

    user: pb.User = message_field("user", "Who liked.")

    like_count: int = message_field("like_count", "Likes sent by this user in this batch.")

    total_like_count: int = message_field("total_like_count", "Likes of the stream so far.")


class MemberEvent(MessageEvent):
    """A viewer joined (``member``)."""

    __slots__ = ()
    message: pb.WebcastMemberMessage

    user: pb.User = message_field("user", "Who joined.")

    action: int = message_field("action", "``MemberMessageAction`` (1 joined, 3 subscribed, ...).")

    member_count: int = message_field("member_count", "Viewers in the room.")


class SocialEvent(MessageEvent):
    """A social message that is neither a follow nor a share (``social``)."""

    __slots__ = ()
    message: pb.WebcastSocialMessage

    user: pb.User = message_field("user", "Who followed or shared.")

    display_key: str = message_field(
        "common.display_text.key", "``common.display_text.key``, which tells follows from shares.")


class FollowEvent(SocialEvent):
    """A viewer followed the host (``follow``)."""

    __slots__ = ()


class ShareEvent(SocialEvent):
    """A viewer shared the stream (``share``)."""

    __slots__ = ()

    @property
    def users_joined(self) -> Optional[int]:
        """Viewers who joined through this share (from ``pm_mt_guidance_viewer_{N}_share``), if said."""
        match = _USERS_JOINED.search(self.message.common.display_text.key)
        return int(match.group(1)) if match else None


class RoomUserEvent(MessageEvent):
    """Viewer statistics (``roomUser``)."""

    __slots__ = ()
    message: pb.WebcastRoomUserSeqMessage
    _shown = ("viewer_count",)

    viewer_count: int = message_field("total", "Current viewers (``total``).")

    ranks: RepeatedCompositeFieldContainer[pb.Contributor] = message_field(
        "ranks", "Top viewers, best first (``user``, ``score`` in coins, ``rank``).")


class ControlMessageEvent(MessageEvent):
    """A room control message (``controlMessage``): pause, unpause, end (PROTOCOL §9.2)."""

    __slots__ = ()
    message: pb.WebcastControlMessage
    _shown = ("action",)

    action: int = message_field(
        "action", "``ControlAction``: 1 paused, 2 unpaused, 3 ended by the host, 4 ended by TikTok.")


class StreamEndEvent(ControlMessageEvent):
    """The stream ended (``streamEnd``): follows ``controlMessage`` when its action is 3 or 4."""

    __slots__ = ()

    def to_legacy(self) -> dict[str, Any]:
        """``{"action": 3 or 4}``, as Node emits it."""
        return {"action": self.action}


class LinkMicBattleEvent(MessageEvent):
    """A battle started, changed or finished (``linkMicBattle``)."""

    __slots__ = ()
    message: pb.WebcastLinkMicBattle
    _shown = ("battle_id", "action")

    battle_id: int = message_field("battle_id", "The battle's id.")

    action: int = message_field("action", "``LinkMicBattleBattleAction`` (4 open, 5 finish, ...).")

    @property
    def anchors(self) -> list[pb.BattleBaseUserInfo]:
        """The battling hosts (``user_id``, ``nick_name``, ``display_id``)."""
        return [entry.value.user for entry in self.message.anchors_info]


class LinkMicArmiesEvent(MessageEvent):
    """Battle points (``linkMicArmies``)."""

    __slots__ = ()
    message: pb.WebcastLinkMicArmies
    _shown = ("battle_id",)

    battle_id: int = message_field("battle_id", "The battle's id.")

    battle_status: int = message_field(
        "trigger_reason", "``trigger_reason`` (Node ``battleStatus``): 1 score update, 2 battle end, ...")

    @property
    def points(self) -> dict[int, int]:
        """Points per host user id."""
        return {host_id: army.hostscore for host_id, army in self.message.armies.items()}


class QuestionNewEvent(MessageEvent):
    """A viewer asked a question (``questionNew``)."""

    __slots__ = ()
    message: pb.WebcastQuestionNewMessage
    _shown = ("question_text",)

    user: pb.User = message_field("data.user", "Who asked.")

    question_text: str = message_field("data.content", "The question (``data.content``).")


class EmoteEvent(MessageEvent):
    """A subscriber sticker (``emote``)."""

    __slots__ = ()
    message: pb.WebcastEmoteChatMessage

    user: pb.User = message_field("user", "Who sent it.")

    emote_list: RepeatedCompositeFieldContainer[pb.EmoteModel] = message_field(
        "emote_list", "The emotes (``emote_id``, ``image``).")


class EnvelopeEvent(MessageEvent):
    """A treasure chest (``envelope``)."""

    __slots__ = ()
    message: pb.WebcastEnvelopeMessage

    envelope_info: pb.MessageRedEnvelopInfo = message_field(
        "envelope_info", "The chest: ``diamond_count``, ``people_count``, ``unpack_at``, ``send_user_name``, ...")

    @property
    def user(self) -> Optional[pb.User]:
        """The sender, from the user piece of the display text (``None`` if absent)."""
        for piece in self.message.common.display_text.pieces:
            if piece.HasField("user_value"):
                return piece.user_value.user
        return None


class SuperFanBoxEvent(EnvelopeEvent):
    """A super-fan treasure box (``superFanBox``), before its ``envelope``."""

    __slots__ = ()


class BarrageEvent(MessageEvent):
    """A highlighted banner (``barrage``): VIP entrances, level-ups, super-fan notices."""

    __slots__ = ()
    message: pb.WebcastBarrageMessage

    user: pb.User = message_field("user", "The user the banner is about (may be empty).")

    content: pb.Text = message_field("content", "The banner's text (``key``, ``default_pattern``, ``pieces``).")


class SuperFanEvent(BarrageEvent):
    """A super-fan notice (``superFan``), before its ``barrage``."""

    __slots__ = ()


class SuperFanJoinEvent(BarrageEvent):
    """A viewer became a super fan (``superFanJoin``), before its ``barrage``."""

    __slots__ = ()


class SubNotifyEvent(MessageEvent):
    """A viewer subscribed (``subNotify``)."""

    __slots__ = ()
    message: pb.WebcastSubNotifyMessage

    user: pb.User = message_field("user", "Who subscribed.")

    sub_month: int = message_field("sub_month", "Months subscribed.")


class SubscribeEvent(SubNotifyEvent):
    """A viewer subscribed (``subscribe``, the Node README's name), right after its ``subNotify``."""

    __slots__ = ()


class LiveIntroEvent(MessageEvent):
    """The host's introduction of the stream (``liveIntro``)."""

    __slots__ = ()
    message: pb.WebcastLiveIntroMessage

    user: pb.User = message_field("user", "The host.")

    content: str = message_field("content", "The introduction text.")


class GoalUpdateEvent(MessageEvent):
    """Progress of the LIVE goal (``goalUpdate``)."""

    __slots__ = ()
    message: pb.WebcastGoalUpdateMessage

    goal: pb.LiveStreamGoal = message_field("goal", "The goal and its sub-goals (``progress``, ``target``).")


class PollEvent(MessageEvent):
    """A poll started, updated or ended (``pollMessage``)."""

    __slots__ = ()
    message: pb.WebcastPollMessage

    poll_id: int = message_field("poll_id", "The poll's id.")


class RankUpdateEvent(MessageEvent):
    """The host's position in rankings changed (``rankUpdate``)."""

    __slots__ = ()
    message: pb.WebcastRankUpdateMessage

    updates: RepeatedCompositeFieldContainer[pb.RankUpdate] = message_field(
        "updates", "One entry per ranking (``rank_type``, ``own_rank``, ``current_score``).")


class RoomMessageEvent(MessageEvent):
    """A system text shown in the room (``roomMessage``)."""

    __slots__ = ()
    message: pb.WebcastRoomMessage

    content: str = message_field("content", "The text.")


class SystemEvent(MessageEvent):
    """A system message (``system``); its text is ``event.text`` (``event.message.message``)."""

    __slots__ = ()
    message: pb.WebcastSystemMessage

    text: str = message_field("message", "The system message's text.")
