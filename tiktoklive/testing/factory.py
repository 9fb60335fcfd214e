"""Builders of realistic Webcast messages, users and frames, shaped like the ones TikTok sends.

Every builder returns a protobuf message of :mod:`tiktoklive._proto.webcast_pb2` with a realistic
``common`` header (method, message id, room id, creation time, display text). Wherever a builder
takes a user, a plain unique id string will do (``chat("alice", "hi")``). :func:`frame` packs
messages into the gzip-compressed "msg" push frame a client receives.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import time
import zlib
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence, Tuple, Type, Union

from google.protobuf.message import Message

from tiktoklive import codec
from tiktoklive._proto import webcast_pb2 as pb

UserLike = Union[pb.User, str]

#: Room id used when a builder is not given one.
ROOM_ID = 7_312_345_678_901_234_567
#: The streamer of :data:`ROOM_ID` (the receiver of gifts, the host of battles).
HOST_ID = 6_812_345_678_901_234_567
_CDN = "https://p16-sign-va.tiktokcdn.com"
_STATIC = "https://p16-webcast.tiktokcdn.com/webcast-va"

_msg_ids = itertools.count(7_300_000_000_000_000_001)
_user_ids = itertools.count(7_100_000_000_000_000_001)


def next_msg_id() -> int:
    """A fresh message id, increasing like TikTok's."""
    return next(_msg_ids)


def _user_id_for(unique_id: str) -> int:
    """A stable 19-digit user id for a unique id (the same handle always gets the same id)."""
    return 7_000_000_000_000_000_000 + zlib.crc32(unique_id.encode("utf-8")) * 1_000_003 % 10**17


def webcast_class(method: str) -> Type[Message]:
    """The protobuf class of a wire method (``"RoomMessage"`` means ``WebcastRoomMessage``).

    :raises KeyError: no such Webcast message type.
    """
    name = method if method.startswith("Webcast") else "Webcast" + method
    cls = getattr(pb, name, None)
    if cls is None:
        raise KeyError(method)
    return cls


# ---------------------------------------------------------------- shared structures


def image(*urls: str, uri: str = "", width: int = 0, height: int = 0) -> pb.ImageModel:
    """An ``ImageModel`` with the given URLs (TikTok sends each image from two or three CDNs)."""
    return pb.ImageModel(url_list=list(urls), uri=uri, width=width, height=height)


def avatar(key: str, size: int = 100) -> pb.ImageModel:
    """An avatar in TikTok's CDN layout: a ``SIZExSIZE`` .webp URL, then the same image as .jpeg."""
    uri = f"tos-maliva-avt-0068/{key}"
    stem = f"{_CDN}/{uri}~c5_{size}x{size}"
    return image(f"{stem}.webp?x-expires=1732550400&x-signature=ab%2Fc", f"{stem}.jpeg?x-expires=1732550400",
                 uri=f"{size}x{size}/{uri}", width=size, height=size)


def moderator_badge() -> pb.BadgeStruct:
    """The text badge TikTok gives a room's moderators (``pm_mt_moderator_im``)."""
    return pb.BadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_TEXT, scene_type=pb.BADGE_SCENE_TYPE_ADMIN,
                          display=True, text=pb.TextBadge(display_type=pb.BADGE_DISPLAY_TYPE_TEXT,
                                                          key="pm_mt_moderator_im", default_pattern="Moderator"))


def subscriber_badge(months: int = 1) -> pb.BadgeStruct:
    """The image badge of a subscriber (its URL holds ``/sub_``)."""
    url = f"{_STATIC}/sub_badge_{months}m_v1.png~tplv-obj.image"
    return pb.BadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_IMAGE, scene_type=pb.BADGE_SCENE_TYPE_SUBSCRIBER,
                          display=True, image=pb.ImageBadge(display_type=pb.BADGE_DISPLAY_TYPE_IMAGE,
                                                            image=image(url)))


def gifter_level_badge(level: int) -> pb.BadgeStruct:
    """The gifter-level badge (scene 8) with ``privilege_log_extra.level``."""
    url = f"{_STATIC}/grade_badge_icon_lite_lv{level}_v2.png~tplv-obj.image"
    return pb.BadgeStruct(
        display_type=pb.BADGE_DISPLAY_TYPE_COMBINE, scene_type=pb.BADGE_SCENE_TYPE_USER_GRADE, display=True,
        privilege_log_extra=pb.PrivilegeLogExtra(data_version="2", privilege_id="7138381747292542756",
                                                 privilege_version="0", level=str(level)),
        combine=pb.CombineBadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_COMBINE, icon=image(url), str=str(level)))


def team_level_badge(level: int) -> pb.BadgeStruct:
    """The fan-club (team member) badge (scene 10) with ``privilege_log_extra.level``."""
    url = f"{_STATIC}/fans_badge_icon_lv{level}_v1.png~tplv-obj.image"
    return pb.BadgeStruct(
        display_type=pb.BADGE_DISPLAY_TYPE_COMBINE, scene_type=pb.BADGE_SCENE_TYPE_FANS, display=True,
        privilege_log_extra=pb.PrivilegeLogExtra(data_version="2", privilege_id="7196929090442513157",
                                                 level=str(level)),
        combine=pb.CombineBadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_COMBINE, icon=image(url), str=str(level)))


def top_gifter_badge(rank: int) -> pb.BadgeStruct:
    """The "top gifter" image badge of rank N (``/ranklist_top_gifter_N.png``)."""
    url = f"{_STATIC}/ranklist_top_gifter_{rank}.png~tplv-obj.image"
    return pb.BadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_IMAGE, scene_type=pb.BADGE_SCENE_TYPE_RANK_LIST,
                          display=True, image=pb.ImageBadge(display_type=pb.BADGE_DISPLAY_TYPE_IMAGE,
                                                            image=image(url)))


def new_gifter_badge() -> pb.BadgeStruct:
    """The text badge of a first-time gifter (key ``live_ng_...``)."""
    return pb.BadgeStruct(display_type=pb.BADGE_DISPLAY_TYPE_TEXT, scene_type=pb.BADGE_SCENE_TYPE_FIRST_RECHARGE,
                          display=True, text=pb.TextBadge(display_type=pb.BADGE_DISPLAY_TYPE_TEXT,
                                                          key="live_ng_new_gifter", default_pattern="New gifter"))


def user(unique_id: str, nickname: Optional[str] = None, *, user_id: Optional[int] = None,
         moderator: bool = False, subscriber: bool = False, gifter_level: int = 0,
         top_gifter_rank: Optional[int] = None, follow_status: int = 0, new_gifter: bool = False,
         team_level: int = 0, follower_count: int = 1234, following_count: int = 321,
         bio: str = "", sec_uid: Optional[str] = None) -> pb.User:
    """A viewer (or host) as TikTok embeds it in messages: ids, avatars, badges and follow info.

    :param unique_id: the @handle (``User.unique_id``).
    :param nickname: the display name (default: the handle, capitalised).
    :param user_id: the numeric id (default: a stable id derived from the handle).
    :param follow_status: relation to the host: 0 none, 1 follower, 2 friends.
    """
    uid = _user_id_for(unique_id) if user_id is None else user_id
    badges = []
    if moderator:
        badges.append(moderator_badge())
    if subscriber:
        badges.append(subscriber_badge())
    if gifter_level:
        badges.append(gifter_level_badge(gifter_level))
    if team_level:
        badges.append(team_level_badge(team_level))
    if top_gifter_rank is not None:
        badges.append(top_gifter_badge(top_gifter_rank))
    if new_gifter:
        badges.append(new_gifter_badge())
    key = f"{uid:x}"
    return pb.User(
        id=uid, id_str=str(uid), unique_id=unique_id,
        nickname=unique_id.replace("_", " ").title() if nickname is None else nickname,
        sec_uid=sec_uid or "MS4wLjABAAAA" + base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()).decode(),
        bio_description=bio, create_time=1_600_000_000 + uid % 100_000_000,
        avatar_thumb=avatar(key), avatar_medium=avatar(key, 720), avatar_large=avatar(key, 1080),
        follow_info=pb.FollowInfo(following_count=following_count, follower_count=follower_count,
                                  follow_status=follow_status),
        follow_status=follow_status, is_follower=follow_status >= 1, is_following=follow_status >= 2,
        is_subscribe=subscriber, badge_list=badges,
        user_attr=pb.UserAttr(is_admin=moderator) if moderator else None,
    )


def as_user(who: UserLike) -> pb.User:
    """A ``User`` from a ``User`` or a plain unique id."""
    return user(who) if isinstance(who, str) else who


def text(key: str, pattern: str = "", *, user: Optional[UserLike] = None, strings: Sequence[str] = ()) -> pb.Text:
    """A display ``Text``: its key, default pattern and pieces (``{0:user}`` first, then strings)."""
    pieces = []
    if user is not None:
        pieces.append(pb.TextPiece(type=11, user_value=pb.TextPieceUser(user=as_user(user))))
    pieces.extend(pb.TextPiece(type=1, string_value=s) for s in strings)
    return pb.Text(key=key, default_pattern=pattern, default_format=pb.TextFormat(color="#ffffffff", weight=400),
                   pieces=pieces)


def common(method: str, *, msg_id: Optional[int] = None, room_id: int = ROOM_ID,
           create_time_ms: Optional[int] = None, display_key: str = "", pattern: str = "",
           user: Optional[UserLike] = None, describe: str = "",
           display_text: Optional[pb.Text] = None) -> pb.CommonMessageData:
    """The ``CommonMessageData`` header every message opens with.

    :param display_key: ``display_text.key`` (e.g. ``pm_main_follow_message_viewer_2``).
    :param pattern: ``display_text.default_pattern`` (e.g. ``{0:user} followed the host``).
    :param user: the user of the ``{0:user}`` piece of the display text.
    """
    if display_text is None and (display_key or pattern):
        display_text = text(display_key, pattern, user=user)
    return pb.CommonMessageData(
        method=method, msg_id=next_msg_id() if msg_id is None else msg_id, room_id=room_id,
        create_time=int(time.time() * 1000) if create_time_ms is None else create_time_ms,
        is_show_msg=True, describe=describe, display_text=display_text)


def _common(method: str, kwargs: dict, **defaults: Any) -> pb.CommonMessageData:
    """``common()`` of a builder: ``msg_id``/``room_id``/``create_time_ms`` overridable by the caller."""
    options = {k: kwargs.pop(k) for k in ("msg_id", "room_id", "create_time_ms", "display_key", "pattern")
               if k in kwargs}
    return common(method, **{**defaults, **options})


def gift_details(gift_id: int = 5655, name: str = "Rose", *, diamond_count: int = 1,
                 streakable: bool = True) -> pb.Gift:
    """A ``Gift`` as in the gift list: id, name, price, image, ``type`` 1 when streakable."""
    url = f"{_STATIC}/resource/{gift_id:x}~tplv-obj.webp"
    return pb.Gift(id=gift_id, name=name, describe=f"sent {name}", diamond_count=diamond_count,
                   type=1 if streakable else 2, combo=streakable, duration=1000, is_displayed_on_panel=True,
                   image=image(url, url.replace(".webp", ".png"), uri=f"webcast-va/{gift_id:x}"),
                   icon=image(url))


# ---------------------------------------------------------------- one builder per main event


def chat(who: UserLike, comment: str, *, emotes: Sequence[Tuple[int, str]] = (), language: str = "en",
         **kwargs: Any) -> pb.WebcastChatMessage:
    """A comment (``chat``); ``emotes`` are ``(index in comment, emote id)`` pairs."""
    u = as_user(who)
    with_index = [pb.EmoteWithIndex(index=i, emote=pb.EmoteModel(
        emote_id=e, image=image(f"{_STATIC}/sub_emote/{e}.webp~tplv-obj.image"))) for i, e in emotes]
    return pb.WebcastChatMessage(
        common=_common("WebcastChatMessage", kwargs), user=u, comment=comment, content_language=language,
        emotes=with_index, user_identity=_identity(u), **kwargs)


def _identity(u: pb.User) -> pb.UserIdentity:
    """The ``UserIdentity`` TikTok derives from a user's relation to the host."""
    follow = u.follow_info.follow_status
    return pb.UserIdentity(is_subscriber_of_anchor=u.is_subscribe, is_follower_of_anchor=follow >= 1,
                           is_mutual_following_with_anchor=follow >= 2,
                           is_moderator_of_anchor=any(b.scene_type == pb.BADGE_SCENE_TYPE_ADMIN for b in u.badge_list))


def gift(who: UserLike, gift_id: int = 5655, *, name: str = "Rose", diamond_count: int = 1,
         streakable: bool = True, repeat_count: int = 1, repeat_end: bool = False, group_id: Optional[int] = None,
         receiver_id: int = HOST_ID, **kwargs: Any) -> pb.WebcastGiftMessage:
    """One gift message. A streak of a streakable gift is several messages with one ``group_id``,
    growing ``repeat_count`` and ``repeat_end`` set on the last one; a non-streakable gift is one
    message with ``repeat_end`` set.
    """
    u = as_user(who)
    now = int(time.time() * 1000)
    group = now * 1000 + gift_id % 1000 if group_id is None else group_id
    monitor_extra = json.dumps({
        "anchor_id": receiver_id, "from_idc": "maliva", "from_user_id": u.id, "gift_id": gift_id,
        "gift_type": 1 if streakable else 2, "log_id": f"{now}0A1B2C3D4E5F6", "msg_id": 0,
        "repeat_count": repeat_count, "repeat_end": int(repeat_end), "room_id": kwargs.get("room_id", ROOM_ID),
        "send_gift_profit_core_start_ms": 0, "send_gift_send_message_success_ms": now, "to_user_id": receiver_id,
    }, separators=(",", ":"))
    return pb.WebcastGiftMessage(
        common=_common("WebcastGiftMessage", kwargs, display_key="webcast_aweme_gift_send_message",
                       pattern="{0:user} sent {1:gift} {2:string}", user=u, describe=f"{u.nickname}: sent {name}"),
        gift_id=gift_id, fan_ticket_count=diamond_count * repeat_count, repeat_count=repeat_count,
        combo_count=repeat_count, user=u, repeat_end=int(repeat_end), group_id=group,
        gift=gift_details(gift_id, name, diamond_count=diamond_count, streakable=streakable),
        log_id=f"{now}0A1B2C3D4E5F6", send_type=1 if streakable and not repeat_end else 0,
        monitor_extra=monitor_extra, user_identity=_identity(u),
        monitor_info=pb.GiftMonitorInfo(anchor_id=receiver_id, to_user_id=receiver_id,
                                        send_gift_send_message_success_ms=now, from_platform="web"),
        **kwargs)


def like(who: UserLike, count: int = 1, *, total: int = 100, **kwargs: Any) -> pb.WebcastLikeMessage:
    """Likes (``like``): ``count`` taps of this user, ``total`` likes of the stream so far."""
    u = as_user(who)
    return pb.WebcastLikeMessage(
        common=_common("WebcastLikeMessage", kwargs, display_key="pm_mt_msg_viewer",
                       pattern="{0:user} liked the LIVE", user=u),
        like_count=count, total_like_count=total, user=u, color=-1, **kwargs)


def member(who: UserLike, *, member_count: int = 100, action: pb.MemberMessageAction = pb.MEMBER_MESSAGE_ACTION_JOINED,
           **kwargs: Any) -> pb.WebcastMemberMessage:
    """A viewer joined (``member``)."""
    u = as_user(who)
    return pb.WebcastMemberMessage(
        common=_common("WebcastMemberMessage", kwargs, display_key="live_room_enter_toast",
                       pattern="{0:user} joined", user=u),
        user=u, member_count=member_count, action=action, user_id=u.id, enter_type=1,
        client_enter_source="homepage_hot-live_cell", **kwargs)


def social_follow(who: UserLike, *, follow_count: int = 5000, **kwargs: Any) -> pb.WebcastSocialMessage:
    """A follow (``follow``): a social message with display key ``pm_main_follow_message_viewer_2``."""
    u = as_user(who)
    return pb.WebcastSocialMessage(
        common=_common("WebcastSocialMessage", kwargs, display_key="pm_main_follow_message_viewer_2",
                       pattern="{0:user} followed the host", user=u),
        user=u, action=1, follow_count=follow_count, show_duration_ms=3000, **kwargs)


def social_share(who: UserLike, *, users_joined: Optional[int] = None, share_target: str = "",
                 **kwargs: Any) -> pb.WebcastSocialMessage:
    """A share (``share``); with ``users_joined`` the key is ``pm_mt_guidance_viewer_{N}_share``."""
    u = as_user(who)
    key = "pm_mt_guidance_share" if users_joined is None else f"pm_mt_guidance_viewer_{users_joined}_share"
    pattern = "{0:user} shared the LIVE" if users_joined is None else \
        f"{{0:user}} shared the LIVE and {users_joined} viewers joined"
    return pb.WebcastSocialMessage(
        common=_common("WebcastSocialMessage", kwargs, display_key=key, pattern=pattern, user=u),
        user=u, action=3, share_type=1, share_target=share_target, share_count=1, share_display_style=1,
        show_duration_ms=3000, **kwargs)


def room_user_seq(viewer_count: int, top_viewers: Sequence[Tuple[UserLike, int]] = (), *,
                  total_user: Optional[int] = None, **kwargs: Any) -> pb.WebcastRoomUserSeqMessage:
    """Viewer statistics (``roomUser``); ``top_viewers`` are ``(user, coins)`` pairs, best first."""
    ranks = [pb.Contributor(score=score, user=as_user(u), rank=i + 1) for i, (u, score) in enumerate(top_viewers)]
    return pb.WebcastRoomUserSeqMessage(
        common=_common("WebcastRoomUserSeqMessage", kwargs), ranks=ranks, total=viewer_count,
        pop_str=_short_count(viewer_count), total_user=viewer_count * 3 if total_user is None else total_user,
        **kwargs)


def _short_count(n: int) -> str:
    """TikTok's short count text (``"1.2K"``)."""
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def control(action: pb.ControlAction = pb.CONTROL_ACTION_STREAM_ENDED, *, tips: str = "",
            **kwargs: Any) -> pb.WebcastControlMessage:
    """A room control message (``controlMessage``; action 3 or 4 also means ``streamEnd``)."""
    if not tips and action in (pb.CONTROL_ACTION_STREAM_ENDED, pb.CONTROL_ACTION_STREAM_SUSPENDED):
        tips = "The LIVE has ended"
    return pb.WebcastControlMessage(common=_common("WebcastControlMessage", kwargs), action=action, tips=tips,
                                    **kwargs)


def _battle_user(who: UserLike) -> pb.BattleBaseUserInfo:
    u = as_user(who)
    return pb.BattleBaseUserInfo(user_id=u.id, nick_name=u.nickname, avatar_thumb=u.avatar_thumb,
                                 display_id=u.unique_id, room_id=ROOM_ID + u.id % 1000)


def _armies(supporters: Sequence[Tuple[UserLike, int]], host_id: int) -> pb.BattleUserArmies:
    army = [pb.BattleUserArmy(user_id=as_user(u).id, user_id_str=str(as_user(u).id), score=score,
                              nickname=as_user(u).nickname, avatar_thumb=as_user(u).avatar_thumb, diamond_score=score)
            for u, score in supporters]
    return pb.BattleUserArmies(user_armies=army, hostscore=sum(s for _, s in supporters), anchor_id_str=str(host_id))


def link_mic_battle(anchors: Sequence[UserLike], *, battle_id: int = 7_320_000_000_000_000_001,
                    action: pb.LinkMicBattleBattleAction = pb.LINK_MIC_BATTLE_BATTLE_ACTION_OPEN,
                    status: pb.BattleSettingsBattleStatus = pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED,
                    armies: Optional[Mapping[str, Sequence[Tuple[UserLike, int]]]] = None,
                    results: Optional[Mapping[str, Tuple[pb.BattleResultResult, int]]] = None, duration: int = 300,
                    **kwargs: Any) -> pb.WebcastLinkMicBattle:
    """A battle update (``linkMicBattle``) between ``anchors``.

    :param armies: per anchor unique id, its supporters as ``(user, points)`` pairs.
    :param results: per anchor unique id, ``(result, score)`` (result 0 win, 1 lose, 2 draw).
    """
    hosts = {as_user(a).unique_id: as_user(a) for a in anchors}
    start = int(time.time() * 1000)
    return pb.WebcastLinkMicBattle(
        common=_common("WebcastLinkMicBattle", kwargs), battle_id=battle_id, action=action,
        battle_settings=pb.BattleSetting(battle_id=battle_id, start_time_ms=start, duration=duration,
                                         channel_id=battle_id + 1, status=status, end_time_ms=start + duration * 1000),
        anchors_info=[pb.BattleUserInfoWrapper(key=h.id, value=pb.BattleUserInfo(user=_battle_user(h)))
                      for h in hosts.values()],
        armies=[pb.UserArmiesWrapper(key=hosts[k].id, value=_armies(v, hosts[k].id))
                for k, v in (armies or {}).items()],
        battle_result={hosts[k].id: pb.BattleResult(user_id=hosts[k].id, result=r, score=s, diamond_score=s)
                       for k, (r, s) in (results or {}).items()},
        **kwargs)


Armies = Union[Mapping[str, Sequence[Tuple[UserLike, int]]], Sequence[Tuple[UserLike, Sequence[Tuple[UserLike, int]]]]]


def link_mic_armies(armies: Armies, *, battle_id: int = 7_320_000_000_000_000_001,
                    trigger_reason: pb.LinkMicArmiesTriggerReason = pb.LINK_MIC_ARMIES_TRIGGER_REASON_SCORE_UPDATE,
                    **kwargs: Any) -> pb.WebcastLinkMicArmies:
    """Battle points (``linkMicArmies``): per host (a unique id mapping, or ``(host, supporters)``
    pairs), its supporters as ``(user, points)`` pairs."""
    pairs = armies.items() if isinstance(armies, Mapping) else armies
    by_id = {as_user(h).id: _armies(v, as_user(h).id) for h, v in pairs}
    return pb.WebcastLinkMicArmies(
        common=_common("WebcastLinkMicArmies", kwargs), battle_id=battle_id, armies=by_id,
        channel_id=battle_id + 1, trigger_reason=trigger_reason,
        total_diamond_count=sum(a.hostscore for a in by_id.values()),
        battle_settings=pb.BattleSetting(battle_id=battle_id, status=pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED),
        **kwargs)


def question(who: UserLike, content: str, *, question_id: int = 7_330_000_000_000_000_001,
             **kwargs: Any) -> pb.WebcastQuestionNewMessage:
    """A viewer's question (``questionNew``)."""
    return pb.WebcastQuestionNewMessage(
        common=_common("WebcastQuestionNewMessage", kwargs),
        data=pb.Question(question_id=question_id, content=content, create_time=int(time.time()), user=as_user(who)),
        **kwargs)


def emote_chat(who: UserLike, emote_id: str = "7120000000000000001", **kwargs: Any) -> pb.WebcastEmoteChatMessage:
    """A subscriber sticker (``emote``)."""
    u = as_user(who)
    emote = pb.EmoteModel(emote_id=emote_id, image=image(f"{_STATIC}/sub_emote/{emote_id}.webp~tplv-obj.image"),
                          uuid=f"{emote_id}-uuid")
    return pb.WebcastEmoteChatMessage(common=_common("WebcastEmoteChatMessage", kwargs), user=u, emote_list=[emote],
                                      user_identity=_identity(u), **kwargs)




def envelope(who: UserLike, *, diamond_count: int = 100, people_count: int = 10, super_fan: bool = False,
             **kwargs: Any) -> pb.WebcastEnvelopeMessage:
    """A treasure chest (``envelope``; with ``super_fan`` a ``superFanBox`` too)."""
    u = as_user(who)
    key = "ttlive_superfanbox_sender_comment" if super_fan else "pm_mt_treasure_box_sender_comment"
    now = int(time.time())
    business = pb.ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX if super_fan else \
        pb.ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_USER_DIAMOND
    info = pb.MessageRedEnvelopInfo(
        envelope_id=str(next_msg_id()), business_type=business, envelope_idc="maliva",
        send_user_name=u.nickname, diamond_count=diamond_count, people_count=people_count, unpack_at=now + 180,
        send_user_id=str(u.id), send_user_avatar=u.avatar_thumb, create_at=str(now),
        room_id=str(kwargs.get("room_id", ROOM_ID)), super_fan_count=people_count if super_fan else 0)
    return pb.WebcastEnvelopeMessage(
        common=_common("WebcastEnvelopeMessage", kwargs, display_key=key,
                       pattern="{0:user} sent a Treasure Box", user=u),
        envelope_info=info, display=pb.ENVELOPE_DISPLAY_NEW, **kwargs)


def barrage(key: str = "pm_mt_barrage_grade_user_entrance", pattern: str = "{0:user} joined the LIVE", *,
            who: Optional[UserLike] = None,
            msg_type: pb.BarrageMessageBarrageType = pb.BARRAGE_MESSAGE_BARRAGE_TYPE_GRADE_USER_ENTRANCE_NOTIFICATION,
            **kwargs: Any) -> pb.WebcastBarrageMessage:
    """A highlighted banner (``barrage``). Super-fan notices have keys containing ``ttlive_superfan``
    (``ttlive_superfan_commentnotif_superfanjoined`` for ``superFanJoin``).
    """
    u = as_user(who) if who is not None else None
    return pb.WebcastBarrageMessage(
        common=_common("WebcastBarrageMessage", kwargs), msg_type=msg_type, duration=5000,
        content=text(key, pattern, user=u), user=u, scene="common",
        event=pb.BarrageEvent(event_name="barrage_show", params={"scene": "room"}), **kwargs)


def sub_notify(who: UserLike, *, sub_month: int = 1, **kwargs: Any) -> pb.WebcastSubNotifyMessage:
    """A subscription (``subNotify``)."""
    u = as_user(who)
    return pb.WebcastSubNotifyMessage(
        common=_common("WebcastSubNotifyMessage", kwargs, display_key="pm_mt_subinfo_user",
                       pattern="{0:user} just subscribed to the host", user=u),
        user=u, sub_month=sub_month, subscribe_type=pb.SUBSCRIBE_TYPE_AUTO,
        subscribing_status=pb.SUBSCRIBING_STATUS_CIRCLE,
        old_subscribe_status=pb.OLD_SUBSCRIBE_STATUS_FIRST if sub_month == 1 else pb.OLD_SUBSCRIBE_STATUS_RESUB,
        package_id="7200000000000000001", **kwargs)


subscribe = sub_notify


def live_intro(host: UserLike, content: str, **kwargs: Any) -> pb.WebcastLiveIntroMessage:
    """The host's introduction of the stream (``liveIntro``)."""
    u = as_user(host)
    return pb.WebcastLiveIntroMessage(common=_common("WebcastLiveIntroMessage", kwargs), id=u.id, content=content,
                                      user=u, badges=list(u.badge_list), content_language="en", **kwargs)


def goal_update(contributor: UserLike, *, progress: int = 50, target: int = 100, gift_id: int = 5655,
                description: str = "Roses for the host", **kwargs: Any) -> pb.WebcastGoalUpdateMessage:
    """Progress of the LIVE goal (``goalUpdate``) after a contribution."""
    u = as_user(contributor)
    goal_id = 7_340_000_000_000_000_001
    sub = pb.LiveStreamSubGoal(type=1, id=gift_id, progress=progress, target=target, id_str=str(gift_id))
    return pb.WebcastGoalUpdateMessage(
        common=_common("WebcastGoalUpdateMessage", kwargs),
        goal=pb.LiveStreamGoal(id=goal_id, id_str=str(goal_id), type=1, status=1, sub_goals=[sub],
                               description=description),
        contributor_id=u.id, contributor_id_str=str(u.id), contributor_avatar=u.avatar_thumb,
        contributor_display_id=u.unique_id, contribute_subgoal=sub, contribute_count=1, contribute_score=1,
        update_source=pb.GOAL_MESSAGE_SOURCE_PROGRESS_UPDATE, **kwargs)


def poll(title: str, options: Sequence[Tuple[str, int]], *, operator: Optional[UserLike] = None,
         poll_id: int = 7_350_000_000_000_000_001, **kwargs: Any) -> pb.WebcastPollMessage:
    """A poll started by the host (``pollMessage``); ``options`` are ``(text, votes)`` pairs."""
    now = int(time.time())
    opts = [pb.PollOptionInfo(votes=v, display_content=t, option_idx=i) for i, (t, v) in enumerate(options)]
    op = as_user(operator) if operator is not None else None
    return pb.WebcastPollMessage(
        common=_common("WebcastPollMessage", kwargs), message_type=1, poll_id=poll_id, poll_kind=pb.POLL_KIND_NORMAL,
        start_content=pb.PollStartContent(start_time=now, end_time=now + 120, option_list=opts, title=title,
                                          operator=op),
        poll_basic_info=pb.PollBasicInfo(title=title, poll_id_str=str(poll_id), poll_duration=120, time_remain=120),
        **kwargs)


def rank_update(own_rank: int = 3, *, rank_type: pb.ProfitRankType = pb.PROFIT_RANK_TYPE_TYPE_HOURLY_RANK,
                score: int = 1200,
                **kwargs: Any) -> pb.WebcastRankUpdateMessage:
    """The host's position in a ranking (``rankUpdate``)."""
    update = pb.RankUpdate(rank_type=rank_type, own_rank=own_rank, current_score=score, owneronrank=True,
                           default_content=text("pm_mt_hourly_rank", f"No. {own_rank} in hourly ranking"))
    return pb.WebcastRankUpdateMessage(common=_common("WebcastRankUpdateMessage", kwargs), updates=[update],
                                       **kwargs)


def message(method: str, /, **fields: Any) -> Message:
    """Any Webcast message type, with a realistic ``common`` and the given fields.

    ``common`` options (``msg_id``, ``room_id``, ``create_time_ms``, ``display_key``, ``pattern``)
    may be passed too, unless the message has a field of that name; nested fields take protobuf
    messages or dicts. ``method`` may be unprefixed (``"RoomMessage"``); ``common.method`` keeps it
    as given.

    :raises KeyError: no such message type.
    """
    cls = webcast_class(method)
    own = {k: fields.pop(k) for k in list(fields) if k in cls.DESCRIPTOR.fields_by_name}
    values: Dict[str, Any] = {"common": _common(method, fields), **own, **fields}
    return cls(**values)


# ---------------------------------------------------------------- frames


def fetch_result(*messages: Message, cursor: str = "", internal_ext: str = "", need_ack: bool = False,
                 **fields: Any) -> bytes:
    """Serialize messages into a ``WebcastResponse``, each under its ``common.method``."""
    wrapped = [codec.wrap_message(m.common.method or m.DESCRIPTOR.name, m,  # type: ignore[attr-defined]
                                  msg_id=m.common.msg_id) for m in messages]  # type: ignore[attr-defined]
    return codec.encode_fetch_result(wrapped, cursor=cursor or f"t-{int(time.time() * 1000)}_r-1",
                                     internal_ext=internal_ext or "internal_src:dim|wss_push_room_id:%d" % ROOM_ID,
                                     need_ack=need_ack, now=int(time.time() * 1000), **fields)


def frame(*messages: Message, log_id: int = 0, compress: bool = True, **fields: Any) -> bytes:
    """The gzip "msg" push frame TikTok would send for these messages."""
    return codec.encode_message_frame(fetch_result(*messages, **fields), log_id=log_id or next_msg_id(),
                                      compress=compress)


def mixed(n: int, users: Iterable[UserLike] = ("alice", "bob_1", "carol.c")) -> list:
    """``n`` messages of the busy-room mix (chat, gift, like, member, roomUser, social), in a cycle."""
    people = [as_user(u) for u in users]
    makers = (lambda u, i: chat(u, f"comment number {i}"), lambda u, i: gift(u, repeat_count=i % 5 + 1),
              lambda u, i: like(u, 5, total=i * 5), lambda u, i: member(u, member_count=i),
              lambda u, i: room_user_seq(1000 + i, [(u, 100)]), lambda u, i: social_follow(u))
    return [makers[i % len(makers)](people[i % len(people)], i) for i in range(n)]


# ---------------------------------------------------------------- any message type


def _text(key: str, pattern: str) -> dict:
    return {"key": key, "default_pattern": pattern}


#: Realistic top-level fields of the message types without a builder of their own (for :func:`example`).
EXAMPLE_FIELDS: Mapping[str, Mapping[str, Any]] = {
    "WebcastSystemMessage": {"message": "Welcome to TikTok LIVE! Have fun interacting with others in real time."},
    "WebcastRoomMessage": {"content": "Welcome to the LIVE!", "source": 1, "scene": "room_welcome",
                           "is_welcome": True, "show_duration_ms": 5000},
    "WebcastCaptionMessage": {"timestamp_ms": 1_732_500_000_000, "duration_ms": 1800, "sentence_id": 42,
                              "sequence_id": 7, "definite": True},
    "WebcastImDeleteMessage": {"delete_msg_ids": [7_300_000_000_000_000_123], "delete_user_ids": [HOST_ID + 1]},
    "WebcastInRoomBannerMessage": {},
    "WebcastRankTextMessage": {"owner_idx_before_update": 12, "owner_idx_after_update": 9, "cur_user_id": HOST_ID,
                               "content": _text("pm_mt_hourly_rank_up", "The host is now No. 9 in hourly ranking")},
    "WebcastLinkMicBattlePunishFinish": {"channel_id": 7_320_000_000_000_000_002, "op_uid": HOST_ID, "reason": 1,
                                         "battle_id": 7_320_000_000_000_000_001},
    "WebcastLinkmicBattleTaskMessage": {"task_message_type": 1, "battle_id": 7_320_000_000_000_000_001},
    "WebcastLinkMicFanTicketMethod": {"fan_ticket_room_notice": {"total_linkmic_fan_ticket": 5400,
                                                                 "match_id": 7_320_000_000_000_000_001}},
    "WebcastLinkMicMethod": {"message_type": 4, "channel_id": 7_320_000_000_000_000_002, "layout": 4, "vendor": 4,
                             "user_id": HOST_ID, "fan_ticket": 1200, "total_linkmic_fan_ticket": 5400},
    "WebcastUnauthorizedMemberMessage": {"action": 1, "nick_name": "user1234",
                                         "enter_text": _text("live_room_enter_toast", "{0:string} joined")},
    "WebcastOecLiveShoppingMessage": {"action_type": 1, "live_product_number": 3, "pin_card_delay_time": 10},
    "WebcastMsgDetectMessage": {"d_type": 1, "trigger_by": 2, "from_region": "US"},
    "WebcastLinkMessage": {"message_type": 2, "linker_id": 7_320_000_000_000_000_003, "scene": 2},
    "WebcastLinkLayerMessage": {"message_type": 2, "channel_id": 7_320_000_000_000_000_002, "source": "pk",
                                "rtc_room_id": 7_320_000_000_000_000_004, "version": 3},
    "WebcastRoomPinMessage": {"method": "WebcastChatMessage", "pin_time": 1_732_500_000, "action": 1,
                              "display_duration": 60, "pin_msg_id": 7_300_000_000_000_000_456},
    "WebcastAccessControlMessage": {"captcha": {"captcha_record_id": 7_355_000_000_000_000_001, "room_id": ROOM_ID,
                                                "verify_duration_in_sec": 300}},
    "WebcastAccessRecallMessage": {"status": 1, "duration": 600, "end_time": 1_732_500_600, "scene": "audit",
                                   "notice": _text("live_access_recall_notice", "Your LIVE access is restored")},
    "WebcastBoostCardMessage": {"cards": [{"m_card_id": 7_360_000_000_000_000_001, "task_source": 1,
                                             "task_id": 7_360_000_000_000_000_002}]},
    "WebcastBottomMessage": {"content": "This LIVE may contain content that isn't suitable for some viewers.",
                             "duration": 5, "violation_user_id": HOST_ID, "style": 1},
    "WebcastCapsuleMessage": {"desc": _text("pm_mt_capsule_desc", "Send a gift to unlock"), "type": 1,
                              "scene": "gift_capsule", "style": 2},
    "WebcastGameRankNotifyMessage": {"msg_type": 1, "notify_text": _text("pm_game_rank_up", "The host ranks No. 3")},
    "WebcastGiftBroadcastMessage": {"from_user_id": HOST_ID + 7, "notify": {"content": "Someone sent a Universe!",
                                                                            "notify_type": 1}},
    "WebcastGiftDynamicRestrictionMessage": {"dynamic_restriction": {}},
    "WebcastGiftPanelUpdateMessage": {"room_id": ROOM_ID, "timestamp": 1_732_500_000, "strategy_context": "default"},
    "WebcastGiftPromptMessage": {"title": "Take a break?", "body": "You have sent many gifts today.",
                                 "block_num_days": 1, "order_id": "7370000000000000001"},
    "WebcastGuideMessage": {"guide_type": 1, "gift_id": 5655, "description": "Send a Rose to support the host",
                            "duration": 5, "scene": "gift_guide"},
    "WebcastHourlyRankRewardMessage": {"winners": [{"user_id": HOST_ID, "asset_id": 7_365_000_000_000_000_001}]},
    "WebcastLinkMicLayoutStateMessage": {"channel_id": 7_320_000_000_000_000_002, "scene": 2, "version": 5},
    "WebcastLinkStateMessage": {"channel_id": 7_320_000_000_000_000_002, "version": 5, "need_ack": 1,
                                "wallpaper_url": f"{_STATIC}/wallpaper_v1.png", "linker_mode": 1},
    "WebcastLiveGameIntroMessage": {"content": _text("pm_game_intro", "Playing: Minecraft"), "has_rank_info": True},
    "WebcastMarqueeAnnouncementMessage": {"message_scene": "room_announcement"},
    "WebcastNoticeMessage": {"content": "Please follow the Community Guidelines.", "notice_type": 1, "scene": "live",
                             "title": _text("live_notice_title", "Reminder")},
    "WebcastPartnershipDropsUpdateMessage": {"change_mode": 1, "drops_id": "7380000000000000001",
                                             "task_id": "7380000000000000002", "anchor_uid": HOST_ID},
    "WebcastPartnershipGameOfflineMessage": {"offline_game_list": [{"game_id": "7390000000000000001", "task_id": "1",
                                                                       "toast_text": "The game went offline"}]},
    "WebcastPartnershipPunishMessage": {"punish_info": {"punish_type": "ban", "punish_reason": "Violation",
                                                        "violation_uid": HOST_ID, "duration": 600, "punish_id": "1"}},
    "WebcastPerceptionMessage": {"end_time": 1_732_500_600, "show_violation_warning": True, "float_style": 1,
                                 "toast": _text("live_perception_toast", "Keep your LIVE safe")},
    "WebcastRoomNotifyMessage": {"schema": "sslocal://webcast_room?room_id=%d" % ROOM_ID, "notify_type": 1,
                                 "content": "A big gift was sent in another LIVE!", "from_user_id": HOST_ID + 7},
    "WebcastRoomVerifyMessage": {"action": 1, "content": "Your LIVE is under review", "notice_type": 1},
    "WebcastSpeakerMessage": {},
    "WebcastSubPinEventMessage": {"action_type": 1, "operator_user_id": HOST_ID},
    "WebcastToastMessage": {"display_duration_millisecond": 3000, "delay_display_duration_millisecond": 500,
                            "scene": "gift_toast"},
    "WebcastViewerPicksUpdateMessage": {"update_type": 1},
    "WebcastLinkMicBattleItemCard": {"battle_id": 7_320_000_000_000_000_001, "msg_type": 2, "award_reason": 1},
}


def example(method: str) -> Message:
    """A realistic message of any of the 62 mapped types (its own builder where there is one).

    :raises KeyError: not a mapped type.
    """
    name = webcast_class(method).DESCRIPTOR.name
    built = _EXAMPLE_BUILDERS.get(name)
    if built is None:
        return message(method, **EXAMPLE_FIELDS[name])
    made = built()
    made.common.method = method
    return made


_HOST = "host_of_the_room"
_EXAMPLE_BUILDERS: Mapping[str, Any] = {
    "WebcastChatMessage": lambda: chat(user("alice", moderator=True, gifter_level=12), "hello everyone!"),
    "WebcastGiftMessage": lambda: gift(user("bob", subscriber=True), repeat_count=5, repeat_end=True),
    "WebcastMemberMessage": lambda: member(user("carol", follow_status=1), member_count=1520),
    "WebcastRoomUserSeqMessage": lambda: room_user_seq(1520, [(user("bob", top_gifter_rank=1), 5000)]),
    "WebcastSocialMessage": lambda: social_follow("dave"),
    "WebcastLikeMessage": lambda: like("erin", 15, total=32000),
    "WebcastQuestionNewMessage": lambda: question("frank", "What game is this?"),
    "WebcastLinkMicBattle": lambda: link_mic_battle([_HOST, "rival_host"], armies={_HOST: [("bob", 300)]}),
    "WebcastLinkMicArmies": lambda: link_mic_armies({_HOST: [("bob", 300)], "rival_host": [("gina", 120)]}),
    "WebcastLiveIntroMessage": lambda: live_intro(_HOST, "Chill stream, say hi!"),
    "WebcastEmoteChatMessage": lambda: emote_chat(user("gina", subscriber=True)),
    "WebcastEnvelopeMessage": lambda: envelope("bob"),
    "WebcastBarrageMessage": lambda: barrage(who=user("bob", gifter_level=30)),
    "WebcastGoalUpdateMessage": lambda: goal_update("bob"),
    "WebcastControlMessage": lambda: control(pb.CONTROL_ACTION_STREAM_PAUSED, tips="The host paused the LIVE"),
    "WebcastRankUpdateMessage": lambda: rank_update(),
    "WebcastPollMessage": lambda: poll("Next game?", [("Minecraft", 12), ("Fortnite", 8)], operator=_HOST),
    "WebcastSubNotifyMessage": lambda: sub_notify(user("gina", subscriber=True), sub_month=3),
}
