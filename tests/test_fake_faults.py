"""Each scripted HTTP fault of the fake, seen from a client with plain ``requests``."""
from __future__ import annotations

import json
import re
import threading

import pytest
import requests

from tiktoklive import codec
from tiktoklive.errors import DecodeError
from tiktoklive.testing import FakeTikTok, Response

SIGI = re.compile(r'<script id="SIGI_STATE" type="application/json">(.*?)</script>')


@pytest.fixture
def room(fake):
    return fake.room("creator")


def connect_url(fake, room):
    return f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect"


def test_fail_route_once_then_recover(fake, room):
    fake.faults.fail_route("room_info", status=503)
    url = f"{fake.urls['webcast']}/webcast/room/info/"
    assert requests.get(url, params={"room_id": room.room_id}).status_code == 503
    assert requests.get(url, params={"room_id": room.room_id}).json()["status_code"] == 0
    assert fake.faults.pending() == []


def test_fail_route_count_and_forever(fake, room):
    fake.faults.fail_route("api_live", status=500, count=2)
    url = f"{fake.urls['web']}/api-live/user/room/?uniqueId=creator"
    assert [requests.get(url).status_code for _ in range(3)] == [500, 500, 200]
    fake.faults.fail_route("gift_list", status=502, count=None)
    assert {requests.get(f"{fake.urls['webcast']}/webcast/gift/list/").status_code for _ in range(3)} == {502}
    fake.faults.clear()
    assert requests.get(f"{fake.urls['webcast']}/webcast/gift/list/").status_code == 200


def test_unknown_route_name_is_refused(fake):
    with pytest.raises(ValueError, match="unknown route"):
        fake.faults.fail_route("nope")


def test_tiktok_rate_limit(fake, room):
    fake.faults.tiktok_rate_limit("live_page", retry_after=7)
    response = requests.get(f"{fake.urls['web']}/@creator/live")
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"


def test_captcha_page(fake, room):
    fake.faults.captcha()
    page = requests.get(f"{fake.urls['web']}/@creator/live").text
    assert "tiktok-verify-page" in page
    with pytest.raises(ValueError):
        json.loads(SIGI.search(page).group(1))
    fake.faults.clear()
    fake.faults.captcha(marker=False, count=1)
    page = requests.get(f"{fake.urls['web']}/@creator/live").text
    assert "tiktok-verify-page" not in page and SIGI.search(page)


@pytest.mark.parametrize("status", [200, 403])
def test_blocked_page(fake, room, status):
    fake.faults.blocked(status=status)
    response = requests.get(f"{fake.urls['web']}/@creator/live")
    assert response.status_code == status and not SIGI.search(response.text)


@pytest.mark.parametrize("route, url", [
    ("live_page", "{web}/@creator/live"), ("room_info", "{webcast}/webcast/room/info/?room_id=1"),
    ("sign_connect", "{sign}/webcast/rooms/{room_id}/connect")])
def test_malformed_bodies(fake, room, route, url):
    fake.faults.malformed(route)
    response = requests.get(url.format(room_id=room.room_id, **fake.urls))
    assert response.status_code == 200
    if route == "live_page":
        assert not SIGI.search(response.text)
    elif route == "sign_connect":
        with pytest.raises(DecodeError):
            codec.parse_fetch_result(response.content)
    else:
        with pytest.raises(ValueError):
            response.json()


def test_slow_response(fake, room):
    fake.faults.delay("room_info", 1.0)
    with pytest.raises(requests.Timeout):
        requests.get(f"{fake.urls['webcast']}/webcast/room/info/", params={"room_id": room.room_id}, timeout=0.2)


def test_a_delay_does_not_hold_up_stop():
    fake = FakeTikTok().start()
    fake.faults.delay("live_page", 60)
    outcome = []

    def slow_request():
        try:
            requests.get(f"{fake.urls['web']}/@x/live", timeout=10)
        except requests.ConnectionError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=slow_request)
    thread.start()
    fake.wait_for(lambda: fake.requests)
    fake.stop()
    thread.join(10)
    assert not thread.is_alive() and outcome


@pytest.mark.parametrize("status", [401, 402, 403, 500, 503])
def test_sign_errors(fake, room, status):
    fake.faults.sign_error(status)
    response = requests.get(connect_url(fake, room))
    assert response.status_code == status and response.json()["message"]
    assert ("code" not in response.json()) if status == 402 else response.json()["code"] == status
    assert response.headers["x-request-id"]


def test_sign_rate_limit_has_node_and_python_headers(fake, room):
    fake.faults.sign_rate_limit(retry_after=3, limit_label="hour")
    response = requests.get(connect_url(fake, room))
    assert response.status_code == 429
    assert response.json() == {"code": 429, "message": response.json()["message"], "limit_label": "hour"}
    headers = response.headers
    assert headers["retry-after"] == "3" and headers["RateLimit-Remaining"] == "3"
    assert int(headers["x-ratelimit-reset"]) == int(headers["RateLimit-Reset"]) > 0
    assert requests.get(connect_url(fake, room)).status_code == 200
    fake.faults.sign_rate_limit(count=None)
    first, second = requests.get(connect_url(fake, room)), requests.get(connect_url(fake, room))
    assert first.status_code == second.status_code == 429
    assert first.headers["x-request-id"] != second.headers["x-request-id"]  # each answer made as it is sent
    assert "answer" in repr(fake.faults.pending("sign_connect"))


def test_sign_rate_limit_on_another_route(fake, room):
    fake.faults.sign_rate_limit(route="sign_url")
    assert requests.post(f"{fake.urls['sign']}/tiktok/sign_url", json={"url": "https://x/y"}).status_code == 429


def test_sign_empty_body(fake, room):
    fake.faults.sign_empty_body()
    response = requests.get(connect_url(fake, room))
    assert response.status_code == 200 and response.content == b""


def test_sign_without_cookie(fake, room):
    fake.faults.sign_without_cookie(handshake_msg="DEVICE_BLOCKED")
    response = requests.get(connect_url(fake, room))
    assert "x-set-tt-cookie" not in response.headers and response.headers["handshake-msg"] == "DEVICE_BLOCKED"
    assert codec.parse_fetch_result(response.content).cursor


def test_sign_without_cursor_and_without_route_params(fake, room):
    fake.faults.sign_without_cursor()
    fake.faults.sign_without_route_params()
    first = codec.parse_fetch_result(requests.get(connect_url(fake, room)).content)
    assert first.cursor == "" and first.route_params
    second = codec.parse_fetch_result(requests.get(connect_url(fake, room)).content)
    assert second.cursor and not second.route_params and not second.push_server


def test_match_limits_a_fault_to_some_requests(fake, room):
    fake.room("other")
    fake.faults.add("live_page", response=Response(404), count=None, match=lambda r: "other" in r.path)
    assert requests.get(f"{fake.urls['web']}/@other/live").status_code == 404
    assert requests.get(f"{fake.urls['web']}/@creator/live").status_code == 200


def test_edit_changes_the_real_answer(fake, room):
    def redirect(response):
        response.headers["x-room-id"] = "7000000000000000001"
        return response
    fake.faults.add("sign_connect", edit=redirect)
    assert requests.get(connect_url(fake, room)).headers["x-room-id"] == "7000000000000000001"
