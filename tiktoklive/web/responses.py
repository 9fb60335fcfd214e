"""Reading TikTok's responses: a typed result (:mod:`tiktoklive.web.models`) out of a response, or the error it means.

No I/O here: :class:`~tiktoklive.web.WebClient` sends the requests and hands each response to
one of these functions, named after its route.
"""
from __future__ import annotations

import json
import re

import requests

from tiktoklive import codec
from tiktoklive._http import json_object, quote_message
from tiktoklive.errors import (
    AgeRestrictedError,
    BlockedError,
    DecodeError,
    InvalidResponseError,
    UserNotFoundError,
)
from tiktoklive.web.models import Gift, LiveRoomUserInfo, RoomInfo

_SIGI_STATE = re.compile(r'<script id="SIGI_STATE" type="application/json">(.*?)</script>')
_CAPTCHA_MARKER = "tiktok-verify-page"
#: ``statusCode`` / ``status_code`` TikTok answers for an age-restricted room.
AGE_RESTRICTED_CODE = 4003110


def check_status(response: requests.Response, *, route: str, unique_id: str = "") -> None:
    """Raise the error an HTTP status other than 200 (or 429, which the client handles) means.

    :param unique_id: the user asked about, if any (a 404 then means "not found").
    :raises BlockedError: 403.
    :raises UserNotFoundError: 404 for a user.
    :raises InvalidResponseError: any other status.
    """
    status = response.status_code
    if status == 200:
        return
    if status == 403:
        raise BlockedError("TikTok refused the request (HTTP 403): your IP or region may be blocked; try a "
                           "proxy or a session_id", reason="blocked", route=route, response=response)
    if status == 404 and unique_id:
        raise UserNotFoundError(unique_id, route=route, response=response)
    raise InvalidResponseError(f"TikTok answered HTTP {status}; try again later", route=route,
                               response=response, body=response.text)


def live_page(response: requests.Response, *, unique_id: str, route: str) -> LiveRoomUserInfo:
    """``LiveRoom.liveRoomUserInfo`` of a live page's ``SIGI_STATE``.

    :raises BlockedError: a captcha page (``reason="captcha"``) or a page without data (``"blocked"``).
    :raises UserNotFoundError: the page has no live room: no such user, or one that never went live.
    """
    check_status(response, route=route, unique_id=unique_id)
    html = response.text
    if _CAPTCHA_MARKER in html:
        raise BlockedError("TikTok showed a captcha instead of the live page; try later, through a proxy, "
                           "or with a session_id", reason="captcha", route=route, response=response)
    match = _SIGI_STATE.search(html)
    if match is None:
        raise BlockedError("the live page holds no SIGI_STATE data: TikTok may be blocking your IP or "
                           "region; try a proxy", reason="blocked", route=route, response=response)
    try:
        state = json.loads(match.group(1))
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deep
        raise BlockedError("the live page's SIGI_STATE is not JSON: are you captcha-blocked by TikTok? "
                           "Try later or through a proxy", reason="captcha", route=route, response=response) from None
    live_room = state.get("LiveRoom") if isinstance(state, dict) else None
    info = live_room.get("liveRoomUserInfo") if isinstance(live_room, dict) else None
    if not isinstance(info, dict):
        raise UserNotFoundError(unique_id, route=route, response=response)
    return LiveRoomUserInfo.from_json(info, unique_id=unique_id, source="html")


def api_live(response: requests.Response, *, unique_id: str, route: str) -> LiveRoomUserInfo:
    """The ``data`` of an ``api-live/user/room/`` answer.

    :raises UserNotFoundError: ``message == "user_not_found"``.
    :raises AgeRestrictedError: ``statusCode == 4003110``.
    :raises InvalidResponseError: any other ``statusCode``, or no ``data``.
    """
    check_status(response, route=route, unique_id=unique_id)
    data = json_object(response, route=route)
    code = data.get("statusCode", 0)
    if data.get("message") == "user_not_found":
        raise UserNotFoundError(unique_id, route=route, response=response)
    if code == AGE_RESTRICTED_CODE:
        raise AgeRestrictedError(f"@{unique_id}'s room is age-restricted; pass the session_id of an adult "
                                 "account to watch it", route=route, response=response)
    if code != 0 or not isinstance(data.get("data"), dict):
        raise InvalidResponseError(f"TikTok API error {code} ({quote_message(data) or 'no message'})",
                                   route=route, response=response, body=response.text)
    return LiveRoomUserInfo.from_json(data["data"], unique_id=unique_id, source="api_live")


def room_info(response: requests.Response, *, room_id: str, route: str) -> RoomInfo:
    """A ``webcast/room/info/`` answer.

    :raises AgeRestrictedError: ``status_code == 4003110``, or ``data`` with ``prompts`` or (nearly) empty.
    :raises InvalidResponseError: any other ``status_code``, or no ``data``.
    """
    check_status(response, route=route)
    body = json_object(response, route=route)
    data = body.get("data")
    code = body.get("status_code", 0)
    if code == AGE_RESTRICTED_CODE or (isinstance(data, dict) and ("prompts" in data or len(data) <= 1)):
        raise AgeRestrictedError(f"room {room_id} is age-restricted; pass the session_id (and tt_target_idc) "
                                 "of an adult account to watch it", route=route, response=response)
    if code != 0 or not isinstance(data, dict):
        raise InvalidResponseError(f"TikTok API error {code} ({quote_message(body) or 'no data'})",
                                   route=route, response=response, body=response.text)
    return RoomInfo(raw=body)


def gift_list(response: requests.Response, *, route: str) -> list[Gift]:
    """The ``data.gifts`` of a ``webcast/gift/list/`` answer.

    :raises InvalidResponseError: a ``status_code`` other than 0, no gift list, or a gift whose numbers are not.
    """
    check_status(response, route=route)
    body = json_object(response, route=route)
    data = body.get("data")
    gifts = data.get("gifts") if isinstance(data, dict) else None
    if body.get("status_code", 0) != 0 or not isinstance(gifts, list):
        raise InvalidResponseError(f"TikTok sent no gift list ({quote_message(body) or 'no data'})",
                                   route=route, response=response, body=response.text)
    try:
        return [Gift.from_json(gift) for gift in gifts if isinstance(gift, dict)]
    except ValueError as exc:
        raise InvalidResponseError(f"a gift in TikTok's gift list is malformed: {exc}", route=route,
                                   response=response, body=response.text) from exc


def fetch_result(response: requests.Response, *, route: str) -> codec.FetchResult:
    """The ``WebcastResponse`` of a ``webcast/im/fetch/`` answer.

    :raises InvalidResponseError: an empty (not logged in) or undecodable answer.
    """
    check_status(response, route=route)
    if not response.content:
        raise InvalidResponseError("TikTok sent an empty answer; polling needs a logged-in session_id",
                                   route=route, response=response)
    try:
        return codec.parse_fetch_result(response.content)
    except DecodeError as exc:
        raise InvalidResponseError(f"TikTok's answer is not a WebcastResponse ({exc.reason})", route=route,
                                   response=response, body=response.content.hex()) from exc
