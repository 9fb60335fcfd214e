"""Plausible bad answers raise typed errors, never builtin ones (issue 11, item 10): served by the fake's
faults over loopback, hand-picked cases first, then hypothesis over hostile JSON for every JSON route."""
from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktoklive import Connection
from tiktoklive.errors import InvalidResponseError, WebError
from tiktoklive.testing import Response
from tiktoklive.web import Gift, LiveRoomUserInfo, RoomInfo

GIFT = {"id": 5655, "name": "Rose", "diamond_count": 1, "type": 1, "image": {"url_list": ["u"]}}


def _gift_list(*gifts):
    return Response.json({"status_code": 0, "data": {"gifts": list(gifts)}, "extra": {"now": 0}})


@pytest.mark.parametrize("entry", [{"id": "abc"}, {"id": 1.5}, {"id": {}}, {"diamond_count": "lots"},
                                   {"type": [1]}, {"id": "\u00b2"}])
def test_a_malformed_gift_is_an_invalid_response(fake, web, entry):
    fake.faults.add("gift_list", response=_gift_list(GIFT, {**GIFT, **entry}))
    with pytest.raises(InvalidResponseError) as info:
        web.fetch_room_gifts("7000000000000000001", signed=False)
    assert info.value.route == "fetch_room_gifts" and "malformed" in str(info.value)


def test_wrongly_typed_gift_fields_read_as_absent(fake, web):
    fake.faults.add("gift_list", response=_gift_list({**GIFT, "name": 7, "image": {"url_list": "nope"}}))
    [gift] = web.fetch_room_gifts("7000000000000000001", signed=False)
    assert (gift.id, gift.name, gift.image_urls) == (5655, "", [])


@pytest.mark.parametrize("signed", [{"signedUrl": 5, "tokens": {"msToken": "t"}},
                                    {"signedUrl": ["http://x"], "tokens": {"msToken": "t"}},
                                    {"signedUrl": "http://x", "tokens": ["msToken"]},
                                    {"signedUrl": "http://x", "tokens": {"msToken": "t"}, "userAgent": {}}])
def test_a_malformed_signed_url_is_an_invalid_response(fake, web, signed):
    fake.faults.add("sign_url", response=Response.json({"code": 200, "message": "", "response": signed}))
    with pytest.raises(InvalidResponseError) as info:
        web.fetch_room_gifts("7000000000000000001", signed=True)
    assert info.value.route == "sign_url"


@pytest.mark.parametrize("moved", ["-1", "0", "room", "7e18", ""])
def test_a_move_to_an_invalid_room_id_is_refused(fake, moved):
    fake.room("streamer")

    def move(response: Response) -> Response:
        return dataclasses.replace(response, headers={**response.headers, "x-room-id": moved})

    fake.faults.add("sign_connect", edit=move)
    conn = Connection("streamer", **fake.client_options())
    with pytest.raises(InvalidResponseError) as info:
        conn.connect()
    assert info.value.route == "fetch_signed_websocket" and not conn.is_connected
    assert fake.requests_to("push") == []  # never went to the WebSocket of a room that cannot exist


@pytest.mark.parametrize("room_id", [-1, "-1", 0, {"id": 1}, [7], True, "7e18", "\u00b2"])
def test_a_room_id_that_is_none_means_the_route_has_none(fake, web, room_id):
    body = {"statusCode": 0, "message": "", "data": {"user": {"roomId": room_id, "status": 2},
                                                      "liveRoom": {"status": 2}}}
    fake.faults.add("api_live", response=Response.json(body))
    assert web.fetch_room_info_from_api_live("streamer").room_id is None


def test_json_nested_too_deep_is_an_invalid_response(fake, web):
    fake.faults.add("room_info", response=Response(200, b"[" * 100_000, {"Content-Type": "application/json"}))
    with pytest.raises(InvalidResponseError):
        web.fetch_room_info("7000000000000000001")


# ---------------------------------------------------------------- hypothesis over every JSON route

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                max_size=4), max_leaves=12)
KEYS = ["statusCode", "status_code", "message", "data", "user", "liveRoom", "roomId", "status", "id", "id_str",
        "gifts", "name", "diamond_count", "type", "image", "url_list", "code", "response", "signedUrl", "tokens",
        "userAgent", "room_id", "is_live", "ok", "minute", "max", "owner", "title", "user_count", "LiveRoom",
        "liveRoomUserInfo", "uniqueId", "nickname", "liveRoomStats", "userCount", "create_time", "source"]
SHAPED = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=6) | st.sampled_from(["0", "-1"]),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner,
                                                                                  max_size=5), max_leaves=20)
ROUTES = {
    "live_page": lambda web: web.fetch_room_info_from_html("streamer"),
    "api_live": lambda web: web.fetch_room_info_from_api_live("streamer"),
    "room_info": lambda web: web.fetch_room_info("7000000000000000001"),
    "gift_list": lambda web: web.fetch_room_gifts("7000000000000000001", signed=False),
    "sign_url": lambda web: web.fetch_room_gifts("7000000000000000001", signed=True),
    "sign_room_id": lambda web: web.fetch_room_id_from_signer("streamer"),
    "sign_room_info": lambda web: web.fetch_room_info_from_signer("streamer"),
    "sign_rate_limits": lambda web: web.fetch_rate_limits(),
}


def _answer(route: str, value) -> Response:
    if route == "live_page":
        text = json.dumps({"LiveRoom": {"liveRoomUserInfo": value}}).replace("</", "<\\/")
        return Response.html(f'<script id="SIGI_STATE" type="application/json">{text}</script>')
    return Response.json(value)


def _check_types(result) -> None:
    """What a route returns has the types its class declares, whatever the JSON was."""
    results = result if isinstance(result, list) else [result]
    for item in results:
        if isinstance(item, (LiveRoomUserInfo, RoomInfo)):
            assert item.room_id is None or item.room_id.isdigit()
            assert item.status is None or isinstance(item.status, int)
            assert isinstance(item.is_live, (bool, type(None)))
            assert item.title is None or isinstance(item.title, str)
            assert item.viewer_count is None or isinstance(item.viewer_count, int)
        if isinstance(item, Gift):
            assert isinstance(item.id, int) and isinstance(item.name, str)
            assert all(isinstance(url, str) for url in item.image_urls)
        if isinstance(item, RoomInfo):
            repr(item)


@pytest.mark.parametrize("route", sorted(ROUTES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=JSON | SHAPED)
def test_any_json_answer_is_a_result_or_a_web_error(fake, web, route, value):
    fake.faults.clear()
    fake.faults.add(route, response=_answer(route, value))
    try:
        result = ROUTES[route](web)
    except WebError:
        return
    _check_types(result)
