"""TikTok's own HTTP routes: the live page and ``api-live`` (www), room info, gifts and polling (webcast).

Each route renders a room of the fake in the shape TikTok sends (PROTOCOL §2, §4, §6.10, §15).
No route requires a cookie (clients keep TikTok's cookies for ``.tiktok.com`` only), except
polling, which TikTok answers only for a logged-in session or a signed URL.
"""
from __future__ import annotations

import json
import time
from typing import Any, Dict, List

from tiktoklive.testing import factory
from tiktoklive.testing.backend import FakeBackend
from tiktoklive.testing.exchange import Request, Response
from tiktoklive.testing.gifts import GIFTS
from tiktoklive.testing.rooms import Room
from tiktoklive.testing.server import Route, route

#: ``statusCode`` of ``api-live`` for an unknown user.
USER_NOT_FOUND_CODE = 19881007
#: ``status_code`` of room info for an age-restricted room.
AGE_RESTRICTED_CODE = 4003110
#: ``status_code`` of room info for an unknown room.
ROOM_NOT_FOUND_CODE = 30003


# ---------------------------------------------------------------- JSON shapes of a room


def user_json(room: Room) -> Dict[str, Any]:
    """The ``user`` object of the live page and ``api-live``."""
    avatar = room.host.avatar_large.url_list[0]
    return {"id": str(room.host.id), "uniqueId": room.unique_id, "nickname": room.host.nickname,
            "secUid": room.host.sec_uid, "avatarLarger": avatar, "avatarMedium": avatar,
            "avatarThumb": room.host.avatar_thumb.url_list[0], "signature": room.host.bio_description,
            "verified": False, "secret": False, "roomId": str(room.room_id), "status": room.status_code,
            "followStatus": 0}


def live_room_json(room: Room) -> Dict[str, Any]:
    """The ``liveRoom`` object of the live page and ``api-live``."""
    return {"roomId": str(room.room_id), "title": room.title, "startTime": room.start_time,
            "status": room.status_code, "coverUrl": room.host.avatar_large.url_list[0],
            "liveRoomStats": {"userCount": room.viewer_count, "enterCount": room.enter_count},
            "streamId": str(room.room_id + 1), "liveRoomMode": 0, "liveSubOnly": 0,
            "paidEvent": {"event_id": 0, "paid_type": 0}, "multiStreamScene": 0, "multiStreamSource": 0}


def user_info_json(room: Room) -> Dict[str, Any]:
    """``liveRoomUserInfo``: user, stats, liveRoom."""
    return {"user": user_json(room),
            "stats": {"followingCount": room.host.follow_info.following_count,
                      "followerCount": room.host.follow_info.follower_count},
            "liveRoom": live_room_json(room)}


def room_info_json(room: Room) -> Dict[str, Any]:
    """The ``data`` object of ``webcast/room/info``."""
    host = room.host
    return {"id": room.room_id, "id_str": str(room.room_id), "status": room.status_code, "title": room.title,
            "create_time": room.start_time, "finish_time": 0 if room.live else int(time.time()),
            "user_count": room.viewer_count,
            "stats": {"like_count": room.like_count, "total_user": room.enter_count,
                      "enter_count": room.enter_count},
            "owner": {"id": host.id, "id_str": str(host.id), "display_id": room.unique_id,
                      "nickname": host.nickname, "bio_description": host.bio_description,
                      "sec_uid": host.sec_uid,
                      "follow_info": {"follower_count": host.follow_info.follower_count,
                                      "following_count": host.follow_info.following_count},
                      "avatar_large": {"url_list": list(host.avatar_large.url_list)},
                      "avatar_thumb": {"url_list": list(host.avatar_thumb.url_list)}},
            "stream_url": stream_url_json(room.room_id),
            "link_mic": {"multi_live_enum": 1, "rival_anchor_id": 0, "battle_scores": []},
            "age_restricted": {"restricted": False},
            "cover": {"url_list": list(host.avatar_large.url_list)}}


#: Qualities of a room's FLV URLs, best first, as TikTok names them (``default_resolution`` is SD2).
STREAM_QUALITIES = (("FULL_HD1", "or4"), ("HD1", "hd5"), ("SD1", "ld5"), ("SD2", "sd5"))


def stream_url_json(room_id: int) -> Dict[str, Any]:
    """Room info's ``stream_url``: the HLS playlist and one FLV URL per quality, as TikTok shapes them."""
    base = f"https://pull-flv-l1-va01.tiktokcdn.com/game/stream-{room_id}"
    return {"id": room_id, "id_str": str(room_id), "default_resolution": "SD2",
            "candidate_resolution": [quality for quality, _ in STREAM_QUALITIES],
            "hls_pull_url": f"https://pull-hls-l1-va01.tiktokcdn.com/game/stream-{room_id}/playlist.m3u8",
            "rtmp_pull_url": f"{base}_sd5.flv",
            "flv_pull_url": {quality: f"{base}_{suffix}.flv" for quality, suffix in STREAM_QUALITIES}}


def gift_json(gift_id: int) -> Dict[str, Any]:
    """One entry of the gift list, as ``webcast/gift/list`` sends it."""
    name, diamonds, streakable = GIFTS[gift_id]
    details = factory.gift_details(gift_id, name, diamond_count=diamonds, streakable=streakable)
    image = {"url_list": list(details.image.url_list), "uri": details.image.uri, "width": 0, "height": 0,
             "avg_color": ""}
    return {"id": gift_id, "name": name, "diamond_count": diamonds, "type": details.type, "combo": streakable,
            "describe": details.describe, "duration": 1000, "is_displayed_on_panel": True, "for_linkmic": True,
            "primary_effect_id": 0, "image": image, "icon": {"url_list": list(details.icon.url_list)}}


# ---------------------------------------------------------------- routes


def _extra() -> Dict[str, Any]:
    return {"now": int(time.time() * 1000)}


def _sigi_page(title: str, state: Dict[str, Any]) -> Response:
    """A live page embedding ``state`` as one-line ``SIGI_STATE`` JSON (no ``</`` inside)."""
    data = json.dumps(state, separators=(",", ":")).replace("</", "<\\/")
    return Response.html(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:url" content="https://www.tiktok.com/"></head><body><div id="app"></div>\n'
        f'<script id="SIGI_STATE" type="application/json">{data}</script>\n</body></html>')


def live_page(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /@{unique_id}/live``: the page whose ``SIGI_STATE`` holds ``LiveRoom.liveRoomUserInfo``."""
    unique_id = groups["unique_id"].lstrip("@")
    app = {"AppContext": {"appContext": {"language": "en", "region": "DE", "wid": "7300000000000000000"}},
           "SEOState": {"canonical": f"https://www.tiktok.com/@{unique_id}/live"}}
    room = backend.rooms.get(unique_id)
    if room is None:
        return _sigi_page("TikTok - Make Your Day", app)
    info = user_info_json(room)
    state = {**app, "LiveRoom": {"liveRoomUserInfo": info, "liveRoomStatus": room.status_code},
             "CurrentRoom": {"roomId": str(room.room_id), "anchorId": str(room.host.id)}}
    return _sigi_page(f"{room.host.nickname} (@{unique_id}) is LIVE | TikTok", state)


def api_live(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /api-live/user/room/?uniqueId=…&sourceType=54``."""
    room = backend.rooms.get(request.query.get("uniqueId", "").lstrip("@"))
    if room is None:
        return Response.json({"data": {}, "extra": _extra(), "message": "user_not_found",
                              "statusCode": USER_NOT_FOUND_CODE})
    return Response.json({"data": user_info_json(room), "extra": _extra(), "message": "", "statusCode": 0})


def room_info(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/room/info/?room_id=…`` (or ``info_by_user/?unique_id=…``)."""
    room_id = request.query.get("room_id", "")
    room = (backend.room_by_id(int(room_id)) if room_id.isdigit()
            else backend.rooms.get(request.query.get("unique_id", "")))
    if room is None:
        return Response.json({"status_code": ROOM_NOT_FOUND_CODE, "message": "room not found", "data": None,
                              "extra": _extra()})
    if room.age_restricted:
        return Response.json({"status_code": AGE_RESTRICTED_CODE, "data": {"prompts": ""}, "extra": _extra()})
    return Response.json({"status_code": 0, "data": room_info_json(room), "extra": _extra()})


def check_alive(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/room/check_alive/?room_ids=A,B``: one entry per id, in request order."""
    entries: List[Dict[str, Any]] = []
    for text in filter(None, request.query.get("room_ids", "").split(",")):
        room = backend.room_by_id(int(text)) if text.isdigit() else None
        entries.append({"alive": bool(room and room.live), "room_id": int(text) if text.isdigit() else 0,
                        "room_id_str": text})
    return Response.json({"data": entries, "extra": _extra(), "status_code": 0})


def gift_list(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/gift/list/``: the fake's gift catalogue (ids as JSON numbers)."""
    return Response.json({"status_code": 0, "data": {"gifts": [gift_json(gift_id) for gift_id in GIFTS]},
                          "extra": _extra()})


def im_fetch(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/im/fetch/?room_id=…&cursor=…``: the messages after ``cursor``, as protobuf.

    Like TikTok, answers an empty body unless the request is signed (``msToken``) or carries a
    ``sessionid`` cookie.
    """
    room_id = request.query.get("room_id", "")
    room = backend.room_by_id(int(room_id)) if room_id.isdigit() else None
    if room is None or not ("msToken" in request.query or request.cookies.get("sessionid")):
        return Response.protobuf(b"")
    return Response.protobuf(room.poll(request.query.get("cursor", ""), backend.urls["push"]))


def profile_page(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /@{user}``: the profile page; its ``__UNIVERSAL_DATA_FOR_REHYDRATION__`` gives the
    ``uniqueId`` (TikTokLive resolves numeric user ids with it)."""
    who = groups["user"].lstrip("@")
    room = backend.rooms.get(who) or next((r for r in list(backend.rooms.values()) if str(r.host.id) == who), None)
    scope: Dict[str, Any] = {"webapp.app-context": {"language": "en", "region": "DE"}}
    if room is not None:
        scope["webapp.user-detail"] = {"userInfo": {"user": user_json(room), "stats": user_info_json(room)["stats"]},
                                       "statusCode": 0}
    else:
        scope["webapp.user-detail"] = {"statusCode": 10221, "statusMsg": "user not exist"}
    data = json.dumps({"__DEFAULT_SCOPE__": scope}, separators=(",", ":")).replace("</", "<\\/")
    return Response.html(f'<!DOCTYPE html><html lang="en"><head><title>TikTok</title></head><body>\n'
                         f'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{data}</script>\n'
                         f'</body></html>')


WEB_ROUTES: List[Route] = [
    route("GET", r"/@(?P<unique_id>[^/]+)/live/?", "live_page", live_page),
    route("GET", r"/@(?P<user>[^/]+)/?", "profile_page", profile_page),
    route("GET", r"/api-live/user/room/?", "api_live", api_live),
]
WEBCAST_ROUTES: List[Route] = [
    route("GET", r"/webcast/room/info(_by_user)?/?", "room_info", room_info),
    route("GET", r"/webcast/room/check_alive/?", "check_alive", check_alive),
    route("GET", r"/webcast/gift/list/?", "gift_list", gift_list),
    route("GET", r"/webcast/im/fetch/?", "im_fetch", im_fetch),
]
