"""Typed events of the main message types: real properties for the key fields, so an IDE sees them.

Every other field still reads as an attribute (through :class:`MessageEvent`'s delegation to
``event.message``).
"""
from __future__ import annotations

import re
from typing import Any, Optional

from google.protobuf.internal.containers import RepeatedCompositeFieldContainer

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events.base import MessageEvent

#: ``Gift.type`` of a gift that can be sent in streaks ("combo").
STREAKABLE_GIFT_TYPE = 1
_USERS_JOINED = re.compile(r"pm_mt_guidance_viewer_(\d+)_share")


class ChatEvent(MessageEvent):
    """A comment (``chat``)."""

    __slots__ = ()
    message: pb.WebcastChatMessage
    _shown = ("comment",)

    @property
    def user(self) -> pb.User:
        """Who wrote it."""
        return self.message.user

    @property
    def comment(self) -> str:
        """The text of the comment."""
        return self.message.comment

    @property
    def emotes(self) -> RepeatedCompositeFieldContainer[pb.EmoteWithIndex]:
        """Subscriber emotes placed in the comment (``index`` = position in the comment)."""
        return self.message.emotes


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

    @property
    def user(self) -> pb.User:
        """Who sent it."""
        return self.message.user

    @property
    def gift(self) -> pb.Gift:
        """The gift's details (``name``, ``diamond_count``, ``image``, ``type``)."""
        return self.message.gift

    @property
    def gift_id(self) -> int:
        """The gift's id."""
        return self.message.gift_id

    @property
    def gift_name(self) -> str:
        """The gift's name (``gift.name``)."""
        return self.message.gift.name

    @property
    def repeat_count(self) -> int:
        """How many of this gift the streak holds so far."""
        return self.message.repeat_count

    @property
    def repeat_end(self) -> bool:
        """True on the last message of a streak (and on a non-streakable gift)."""
        return bool(self.message.repeat_end)

    @property
    def group_id(self) -> int:
        """Identifies one streak: every message of a streak has the same ``group_id``."""
        return self.message.group_id

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

    @property
    def diamond_count(self) -> int:
        """The price of one gift, in diamonds."""
        return self.message.gift.diamond_count

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

    @property
    def user(self) -> pb.User:
        """Who liked."""
        return self.message.user

    @property
    def like_count(self) -> int:
        """Likes sent by this user in this batch."""
        return self.message.like_count

    @property
    def total_like_count(self) -> int:
        """Likes of the stream so far."""
        return self.message.total_like_count


class MemberEvent(MessageEvent):
    """A viewer joined (``member``)."""

    __slots__ = ()
    message: pb.WebcastMemberMessage

    @property
    def user(self) -> pb.User:
        """Who joined."""
        return self.message.user

    @property
    def action(self) -> int:
        """``MemberMessageAction`` (1 joined, 3 subscribed, ...)."""
        return self.message.action

    @property
    def member_count(self) -> int:
        """Viewers in the room."""
        return self.message.member_count


class SocialEvent(MessageEvent):
    """A social message that is neither a follow nor a share (``social``)."""

    __slots__ = ()
    message: pb.WebcastSocialMessage

    @property
    def user(self) -> pb.User:
        """Who followed or shared."""
        return self.message.user

    @property
    def display_key(self) -> str:
        """``common.display_text.key``, which tells follows from shares."""
        return self.message.common.display_text.key


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

    @property
    def viewer_count(self) -> int:
        """Current viewers (``total``)."""
        return self.message.total

    @property
    def ranks(self) -> RepeatedCompositeFieldContainer[pb.Contributor]:
        """Top viewers, best first (``user``, ``score`` in coins, ``rank``)."""
        return self.message.ranks


class ControlMessageEvent(MessageEvent):
    """A room control message (``controlMessage``): pause, unpause, end (PROTOCOL §9.2)."""

    __slots__ = ()
    message: pb.WebcastControlMessage
    _shown = ("action",)

    @property
    def action(self) -> int:
        """``ControlAction``: 1 paused, 2 unpaused, 3 ended by the host, 4 ended by TikTok."""
        return self.message.action


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

    @property
    def battle_id(self) -> int:
        """The battle's id."""
        return self.message.battle_id

    @property
    def action(self) -> int:
        """``LinkMicBattleBattleAction`` (4 open, 5 finish, ...)."""
        return self.message.action

    @property
    def anchors(self) -> list[pb.BattleBaseUserInfo]:
        """The battling hosts (``user_id``, ``nick_name``, ``display_id``)."""
        return [entry.value.user for entry in self.message.anchors_info]


class LinkMicArmiesEvent(MessageEvent):
    """Battle points (``linkMicArmies``)."""

    __slots__ = ()
    message: pb.WebcastLinkMicArmies
    _shown = ("battle_id",)

    @property
    def battle_id(self) -> int:
        """The battle's id."""
        return self.message.battle_id

    @property
    def battle_status(self) -> int:
        """``trigger_reason`` (Node ``battleStatus``): 1 score update, 2 battle end, ..."""
        return self.message.trigger_reason

    @property
    def points(self) -> dict[int, int]:
        """Points per host user id."""
        return {host_id: army.hostscore for host_id, army in self.message.armies.items()}


class QuestionNewEvent(MessageEvent):
    """A viewer asked a question (``questionNew``)."""

    __slots__ = ()
    message: pb.WebcastQuestionNewMessage
    _shown = ("question_text",)

    @property
    def user(self) -> pb.User:
        """Who asked."""
        return self.message.data.user

    @property
    def question_text(self) -> str:
        """The question (``data.content``)."""
        return self.message.data.content


class EmoteEvent(MessageEvent):
    """A subscriber sticker (``emote``)."""

    __slots__ = ()
    message: pb.WebcastEmoteChatMessage

    @property
    def user(self) -> pb.User:
        """Who sent it."""
        return self.message.user

    @property
    def emote_list(self) -> RepeatedCompositeFieldContainer[pb.EmoteModel]:
        """The emotes (``emote_id``, ``image``)."""
        return self.message.emote_list


class EnvelopeEvent(MessageEvent):
    """A treasure chest (``envelope``)."""

    __slots__ = ()
    message: pb.WebcastEnvelopeMessage

    @property
    def envelope_info(self) -> pb.MessageRedEnvelopInfo:
        """The chest: ``diamond_count``, ``people_count``, ``unpack_at``, ``send_user_name``, ..."""
        return self.message.envelope_info

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

    @property
    def user(self) -> pb.User:
        """The user the banner is about (may be empty)."""
        return self.message.user

    @property
    def content(self) -> pb.Text:
        """The banner's text (``key``, ``default_pattern``, ``pieces``)."""
        return self.message.content


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

    @property
    def user(self) -> pb.User:
        """Who subscribed."""
        return self.message.user

    @property
    def sub_month(self) -> int:
        """Months subscribed."""
        return self.message.sub_month


class SubscribeEvent(SubNotifyEvent):
    """A viewer subscribed (``subscribe``, the Node README's name), right after its ``subNotify``."""

    __slots__ = ()


class LiveIntroEvent(MessageEvent):
    """The host's introduction of the stream (``liveIntro``)."""

    __slots__ = ()
    message: pb.WebcastLiveIntroMessage

    @property
    def user(self) -> pb.User:
        """The host."""
        return self.message.user

    @property
    def content(self) -> str:
        """The introduction text."""
        return self.message.content


class GoalUpdateEvent(MessageEvent):
    """Progress of the LIVE goal (``goalUpdate``)."""

    __slots__ = ()
    message: pb.WebcastGoalUpdateMessage

    @property
    def goal(self) -> pb.LiveStreamGoal:
        """The goal and its sub-goals (``progress``, ``target``)."""
        return self.message.goal


class PollEvent(MessageEvent):
    """A poll started, updated or ended (``pollMessage``)."""

    __slots__ = ()
    message: pb.WebcastPollMessage

    @property
    def poll_id(self) -> int:
        """The poll's id."""
        return self.message.poll_id


class RankUpdateEvent(MessageEvent):
    """The host's position in rankings changed (``rankUpdate``)."""

    __slots__ = ()
    message: pb.WebcastRankUpdateMessage

    @property
    def updates(self) -> RepeatedCompositeFieldContainer[pb.RankUpdate]:
        """One entry per ranking (``rank_type``, ``own_rank``, ``current_score``)."""
        return self.message.updates


class RoomMessageEvent(MessageEvent):
    """A system text shown in the room (``roomMessage``)."""

    __slots__ = ()
    message: pb.WebcastRoomMessage

    @property
    def content(self) -> str:
        """The text."""
        return self.message.content


class SystemEvent(MessageEvent):
    """A system message (``system``); its text is ``event.text`` (``event.message.message``)."""

    __slots__ = ()
    message: pb.WebcastSystemMessage

    @property
    def text(self) -> str:
        """The system message's text."""
        return self.message.message
