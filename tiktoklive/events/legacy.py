"""The Node "legacy" shape of events: one flat, camelCase, JSON-friendly dict per message.

This is the intended behaviour of the Node v1 flattener (``simplifyObject``, PROTOCOL §10), read
from the v3 field names: (1) the ``user`` becomes flat user attributes (``userId``, ``uniqueId``,
``nickname``, badges, ...); (2) ``common`` is merged (``displayType``/``label`` from its display
text, then ``msgId``, ``createTime``, ``roomId``, ... as strings); (3) per-type rules add
``comment``/``emotes``, ``giftId``/``repeatEnd``/``giftName``/..., ``viewerCount``/``topViewers``,
``battleUsers``, ``battleArmies``, ``questionText``, .... Other 64-bit values are decimal strings.
"""
from __future__ import annotations

import json
import re
from typing import Any, Callable, Optional

from google.protobuf.message import Message

from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events import plain

_TOP_GIFTER = re.compile(r"/ranklist_top_gifter_(\d+)\.png")
_SCENE_ADMIN, _SCENE_SUBSCRIBER, _SCENE_NEW_SUBSCRIBER, _SCENE_GIFTER, _SCENE_TEAM = 1, 4, 7, 8, 10


def flatten(method: str, message: Message) -> dict[str, Any]:
    """The legacy shape of one decoded message.

    :param method: the wire method (``"WebcastChatMessage"``, or unprefixed).
    :param message: the decoded message.
    :returns: a flat dict with camelCase keys.
    """
    flat = plain.to_camel(message)
    fields = message.DESCRIPTOR.fields_by_name
    if "user" in fields:
        flat.pop("user", None)
        if message.HasField("user"):
            flat.update(flatten_user(message.user))  # type: ignore[attr-defined]
    if "common" in fields:
        flat.pop("common", None)
        flat.update(flatten_common(message.common))  # type: ignore[attr-defined]
    rule = _RULES.get(method if method.startswith("Webcast") else "Webcast" + method)
    if rule is not None:
        rule(message, flat)
    return flat


def flatten_common(common: pb.CommonMessageData) -> dict[str, Any]:
    """The common header's legacy fields: ``displayType`` and ``label`` (its display text's key and
    pattern), then every other set field, ``msgId`` and ``createTime`` as strings."""
    text = common.display_text
    flat = {"displayType": text.key, "label": text.default_pattern}
    flat.update(plain.to_camel(common))
    flat.pop("displayText", None)
    flat.update(msgId=str(common.msg_id), createTime=str(common.create_time))
    return flat


# ---------------------------------------------------------------- users and badges


def flatten_user(user: pb.User) -> dict[str, Any]:
    """The flat user attributes (``getUserAttributes``): ids, names, picture, follow role, badges."""
    badges = user.badge_list
    mapped = map_badges(badges)
    urls = [url for badge in badges for url in _badge_urls(badge)]
    avatars = _avatar_urls(user)
    flat: dict[str, Any] = {
        "userId": user.id_str or str(user.id),
        "secUid": user.sec_uid,
        "uniqueId": user.unique_id or None,
        "nickname": user.nickname or None,
        "profilePictureUrl": profile_picture_url(avatars),
        "followRole": user.follow_info.follow_status,
        "userBadges": mapped,
        "userSceneTypes": [badge.scene_type for badge in badges],
        "userDetails": {"createTime": str(user.create_time), "bioDescription": user.bio_description,
                        "profilePictureUrls": avatars},
        "isModerator": any(b.scene_type == _SCENE_ADMIN or "moderator" in b.text.key.lower() for b in badges),
        "isNewGifter": any("live_ng_" in b.text.key for b in badges),
        "isSubscriber": any(b.scene_type in (_SCENE_SUBSCRIBER, _SCENE_NEW_SUBSCRIBER) for b in badges)
        or any("/sub_" in url for url in urls),
        "topGifterRank": next((int(m.group(1)) for m in map(_TOP_GIFTER.search, urls) if m), None),
        "gifterLevel": _badge_level(badges, _SCENE_GIFTER),
        "teamMemberLevel": _badge_level(badges, _SCENE_TEAM),
    }
    if user.HasField("follow_info"):
        info = user.follow_info
        flat["followInfo"] = {"followingCount": info.following_count, "followerCount": info.follower_count,
                              "followStatus": info.follow_status, "pushStatus": info.push_status}
    return flat


def profile_picture_url(urls: list[str]) -> Optional[str]:
    """The avatar URL Node picks: 100x100 .webp, else 100x100 .jpeg, else the first not "shrink"-ed."""
    for test in (lambda u: "100x100" in u and ".webp" in u, lambda u: "100x100" in u and ".jpeg" in u,
                 lambda u: "shrink" not in u):
        found = next((u for u in urls if test(u)), None)
        if found:
            return found
    return urls[0] if urls else None


def _avatar_urls(user: pb.User) -> list[str]:
    return list(user.avatar_thumb.url_list or user.avatar_medium.url_list or user.avatar_large.url_list)


def map_badges(badges: Any) -> list[dict[str, Any]]:
    """Node's ``userBadges`` entries for a ``User.badge_list`` (text, image, string, privilege)."""
    mapped: list[dict[str, Any]] = []
    for badge in badges:
        scene = badge.scene_type
        if badge.HasField("text"):
            mapped.append({"type": badge.text.key, "name": badge.text.default_pattern, "badgeSceneType": scene})
        if badge.HasField("image"):
            mapped.append({"type": "image", "badgeSceneType": scene, "displayType": badge.image.display_type,
                           "url": _first(badge.image.image.url_list)})
        if badge.HasField("str"):
            mapped.append({"type": "string", "badgeSceneType": scene, "str": badge.str.str})
        if badge.HasField("combine"):
            mapped.append({"type": "combine", "badgeSceneType": scene, "str": badge.combine.str,
                           "url": _first(badge.combine.icon.url_list)})
        level = badge.privilege_log_extra.level
        if level and level != "0":
            mapped.append({"type": "privilege", "privilegeId": badge.privilege_log_extra.privilege_id,
                           "level": _int(level), "badgeSceneType": scene})
    return mapped


def _badge_urls(badge: pb.BadgeStruct) -> list[str]:
    return list(badge.image.image.url_list) + list(badge.combine.icon.url_list)


def _badge_level(badges: Any, scene: int) -> int:
    return next((_int(b.privilege_log_extra.level) for b in badges if b.scene_type == scene), 0)


def _int(text: str) -> int:
    return int(text) if text.isdecimal() and text.isascii() else 0


def _first(urls: Any) -> Optional[str]:
    return urls[0] if urls else None


# ---------------------------------------------------------------- per-type rules


def _battle_user(info: pb.BattleBaseUserInfo) -> dict[str, Any]:
    return {"userId": str(info.user_id), "uniqueId": info.display_id or None, "nickname": info.nick_name or None,
            "profilePictureUrl": profile_picture_url(list(info.avatar_thumb.url_list)), "roomId": str(info.room_id)}


def _army(host_id: int, armies: pb.BattleUserArmies) -> dict[str, Any]:
    return {"hostUserId": str(host_id), "points": armies.hostscore,
            "participants": [{"userId": army.user_id_str or str(army.user_id), "nickname": army.nickname or None,
                              "profilePictureUrl": profile_picture_url(list(army.avatar_thumb.url_list)),
                              "points": army.score} for army in armies.user_armies]}


def _chat(message: pb.WebcastChatMessage, flat: dict[str, Any]) -> None:
    flat["comment"] = message.comment
    flat["emotes"] = [{"emoteId": e.emote.emote_id, "emoteImageUrl": _first(e.emote.image.url_list),
                       "placeInComment": e.index} for e in message.emotes]


def _emote(message: pb.WebcastEmoteChatMessage, flat: dict[str, Any]) -> None:
    flat["emotes"] = [{"emoteId": e.emote_id, "emoteImageUrl": _first(e.image.url_list)} for e in message.emote_list]
    if flat["emotes"]:
        flat.update(flat["emotes"][0])


def _gift(message: pb.WebcastGiftMessage, flat: dict[str, Any]) -> None:
    gift, info = message.gift, message.monitor_info
    flat.pop("monitorInfo", None)
    flat.update(plain.to_camel(info))
    flat.update(
        giftId=message.gift_id, repeatCount=message.repeat_count, repeatEnd=bool(message.repeat_end),
        groupId=str(message.group_id), giftName=gift.name, diamondCount=gift.diamond_count, giftType=gift.type,
        describe=gift.describe, giftPictureUrl=_first(gift.image.url_list),
        receiverUserId=str(info.to_user_id), timestamp=info.send_gift_send_message_success_ms,
        gift={"gift_id": message.gift_id, "repeat_count": message.repeat_count, "repeat_end": message.repeat_end,
              "gift_type": gift.type},
        giftDetails=plain.to_camel(gift))
    extra = message.monitor_extra
    if extra.startswith("{"):
        try:
            flat["monitorExtra"] = json.loads(extra)
        except ValueError:
            pass


def _like(message: pb.WebcastLikeMessage, flat: dict[str, Any]) -> None:
    flat.update(likeCount=message.like_count, totalLikeCount=message.total_like_count)


def _member(message: pb.WebcastMemberMessage, flat: dict[str, Any]) -> None:
    flat["actionId"] = message.action


def _room_user(message: pb.WebcastRoomUserSeqMessage, flat: dict[str, Any]) -> None:
    flat.pop("ranks", None)
    flat.pop("total", None)
    flat["viewerCount"] = message.total
    flat["topViewers"] = [{"user": flatten_user(c.user) if c.HasField("user") else None, "coinCount": c.score}
                          for c in message.ranks]


def _battle(message: pb.WebcastLinkMicBattle, flat: dict[str, Any]) -> None:
    flat["battleUsers"] = [_battle_user(entry.value.user) for entry in message.anchors_info]
    flat["battleArmies"] = [_army(entry.key, entry.value) for entry in message.armies]
    flat["battleStatus"] = message.battle_settings.status


def _armies(message: pb.WebcastLinkMicArmies, flat: dict[str, Any]) -> None:
    flat["battleArmies"] = [_army(host_id, armies) for host_id, armies in message.armies.items()]
    flat["battleStatus"] = message.trigger_reason


def _question(message: pb.WebcastQuestionNewMessage, flat: dict[str, Any]) -> None:
    question = message.data
    flat.pop("data", None)
    if question.HasField("user"):
        flat.update(flatten_user(question.user))
    flat.update(questionId=str(question.question_id), questionText=question.content,
                answerStatus=question.answer_status)


def _envelope(message: pb.WebcastEnvelopeMessage, flat: dict[str, Any]) -> None:
    info = message.envelope_info
    for piece in message.common.display_text.pieces:
        if piece.HasField("user_value"):
            flat.update(flatten_user(piece.user_value.user))
            break
    flat.update(plain.to_camel(info))
    flat.update(coins=info.diamond_count, canOpen=info.people_count, timestamp=info.unpack_at)


def _sub_notify(message: pb.WebcastSubNotifyMessage, flat: dict[str, Any]) -> None:
    flat.update(subMonth=message.sub_month, oldSubscribeStatus=message.old_subscribe_status,
                subscribingStatus=message.subscribing_status)


def _live_intro(message: pb.WebcastLiveIntroMessage, flat: dict[str, Any]) -> None:
    flat["description"] = message.content


def _control(message: pb.WebcastControlMessage, flat: dict[str, Any]) -> None:
    flat["action"] = message.action


_RULES: dict[str, Callable[[Any, dict[str, Any]], None]] = {
    "WebcastChatMessage": _chat,
    "WebcastEmoteChatMessage": _emote,
    "WebcastGiftMessage": _gift,
    "WebcastLikeMessage": _like,
    "WebcastMemberMessage": _member,
    "WebcastRoomUserSeqMessage": _room_user,
    "WebcastLinkMicBattle": _battle,
    "WebcastLinkMicArmies": _armies,
    "WebcastQuestionNewMessage": _question,
    "WebcastEnvelopeMessage": _envelope,
    "WebcastControlMessage": _control,
    "WebcastSubNotifyMessage": _sub_notify,
    "WebcastLiveIntroMessage": _live_intro,
}
