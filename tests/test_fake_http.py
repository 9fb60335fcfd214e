"""The fake's HTTP routes (www, webcast, sign server), seen from a client with plain ``requests``."""
from __future__ import annotations

import json
import re
import socket
import threading

import pytest
import requests
from fake_client import open_socket

from tiktoklive import codec
from tiktoklive.signer import SignConfig
from tiktoklive.testing import FakeTikTok, factory

SIGI = re.compile(r'<script id="SIGI_STATE" type="application/json">(.*?)</script>')


def sigi(response):
    return json.loads(SIGI.search(response.text).group(1))


def test_urls_and_client_options(fake):
    urls = fake.urls
    for name in ("web", "webcast", "sign"):
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", urls[name])
    assert re.fullmatch(r"ws://127\.0\.0\.1:\d+/webcast/im/push/v2/", urls["push"])
    assert len({urls["web"], urls["webcast"], urls["sign"]}) == 3
    options = fake.client_options()
    assert options["web_base_url"] == urls["web"] and options["webcast_base_url"] == urls["webcast"]
    assert options["sign_config"] == SignConfig(base_path=urls["sign"])


def test_live_page_of_a_live_room(fake):
    room = fake.room("creator")
    response = requests.get(f"{fake.urls['web']}/@creator/live")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    info = sigi(response)["LiveRoom"]["liveRoomUserInfo"]
    assert info["user"]["roomId"] == str(room.room_id) and info["user"]["uniqueId"] == "creator"
    assert info["user"]["status"] == 2 and info["liveRoom"]["status"] == 2
    assert fake.requests[-1].route == "live_page" and fake.requests[-1].path == "/@creator/live"


def test_live_page_of_an_offline_and_an_unknown_user(fake):
    fake.room("sleepy", live=False)
    info = sigi(requests.get(f"{fake.urls['web']}/@sleepy/live"))["LiveRoom"]["liveRoomUserInfo"]
    assert info["user"]["status"] == 4 and info["liveRoom"]["status"] == 4
    assert "LiveRoom" not in sigi(requests.get(f"{fake.urls['web']}/@nobody/live"))


def test_ended_room_reads_as_offline(fake):
    room = fake.room("creator")
    room.end_stream()
    assert room.status == "ended"
    info = sigi(requests.get(f"{fake.urls['web']}/@creator/live"))["LiveRoom"]["liveRoomUserInfo"]
    assert info["liveRoom"]["status"] == 4
    room.go_live()
    assert requests.get(f"{fake.urls['webcast']}/webcast/room/info/",
                        params={"room_id": room.room_id}).json()["data"]["status"] == 2


def test_api_live(fake):
    room = fake.room("creator")
    body = requests.get(f"{fake.urls['web']}/api-live/user/room/", params={"uniqueId": "creator",
                                                                          "sourceType": "54"}).json()
    assert body["statusCode"] == 0 and body["message"] == ""
    assert body["data"]["user"]["roomId"] == str(room.room_id) and body["data"]["liveRoom"]["status"] == 2
    missing = requests.get(f"{fake.urls['web']}/api-live/user/room/", params={"uniqueId": "nobody"}).json()
    assert missing["message"] == "user_not_found" and missing["data"] == {}


def test_room_info_and_age_restriction(fake):
    room = fake.room("creator")
    url = f"{fake.urls['webcast']}/webcast/room/info/"
    body = requests.get(url, params={"room_id": room.room_id}).json()
    assert body["status_code"] == 0 and body["data"]["id_str"] == str(room.room_id)
    assert body["data"]["owner"]["display_id"] == "creator" and len(body["data"]) > 1
    room.age_restricted = True
    restricted = requests.get(url, params={"room_id": room.room_id}).json()
    assert restricted["status_code"] == 4003110 and restricted["data"] == {"prompts": ""}
    assert requests.get(url, params={"room_id": "1"}).json()["status_code"] != 0


def test_check_alive_keeps_request_order(fake):
    live, off = fake.room("creator"), fake.room("sleepy", live=False)
    body = requests.get(f"{fake.urls['webcast']}/webcast/room/check_alive/",
                        params={"room_ids": f"{off.room_id},{live.room_id},5"}).json()
    assert [(e["room_id_str"], e["alive"]) for e in body["data"]] == [
        (str(off.room_id), False), (str(live.room_id), True), ("5", False)]
    assert body["data"][1]["room_id"] == live.room_id


def test_gift_list(fake):
    gifts = requests.get(f"{fake.urls['webcast']}/webcast/gift/list/").json()["data"]["gifts"]
    rose = next(g for g in gifts if g["id"] == 5655)
    assert rose["name"] == "Rose" and rose["diamond_count"] == 1 and rose["type"] == 1
    assert rose["image"]["url_list"][0].startswith("https://")
    assert any(g["type"] != 1 for g in gifts)


def test_polling_needs_a_session_or_a_signature(fake):
    room = fake.room("creator")
    url = f"{fake.urls['webcast']}/webcast/im/fetch/"
    assert requests.get(url, params={"room_id": room.room_id}).content == b""
    first = codec.parse_fetch_result(requests.get(url, params={"room_id": room.room_id, "cursor": ""},
                                                  cookies={"sessionid": "s"}).content)
    assert first.cursor and first.internal_ext
    room.chat("alice", "one")
    room.chat("bob", "two")
    later = codec.parse_fetch_result(requests.get(url, params={"room_id": room.room_id, "cursor": first.cursor,
                                                               "msToken": "x"}).content)
    assert [m.method for m in later.messages] == ["WebcastChatMessage"] * 2
    again = codec.parse_fetch_result(requests.get(url, params={"room_id": room.room_id, "cursor": later.cursor,
                                                               "msToken": "x"}).content)
    assert list(again.messages) == []


# ---------------------------------------------------------------- sign server


def test_initial_fetch(fake):
    room = fake.room("creator")
    room.add_history(factory.chat("old", "earlier"))
    response = requests.get(f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect",
                            params={"client": "ttlive-python", "cursor": ""})
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/protobuf"
    assert response.headers["x-set-tt-cookie"].startswith("ttwid=")
    assert response.headers["x-room-id"] == str(room.room_id)
    assert response.headers["x-request-id"] and response.headers["x-agent-id"]
    result = codec.parse_fetch_result(response.content)
    assert result.cursor and result.internal_ext and result.is_first and not result.need_ack
    assert result.push_server == fake.urls["push"]
    assert dict(result.route_params) == {"cursor": result.cursor, "internal_ext": result.internal_ext}
    assert [m.method for m in result.messages] == ["WebcastChatMessage"] and result.messages[0].is_history


@pytest.mark.parametrize("path", ["/webcast/anchors/creator/connect", "/webcast/fetch?unique_id=creator",
                                  "/webcast/fetch?room_id={room_id}"])
def test_initial_fetch_paths(fake, path):
    room = fake.room("creator")
    response = requests.get(fake.urls["sign"] + path.format(room_id=room.room_id))
    assert response.status_code == 200 and codec.parse_fetch_result(response.content).cursor


def test_initial_fetch_of_an_unknown_room(fake):
    response = requests.get(f"{fake.urls['sign']}/webcast/rooms/123/connect")
    assert response.status_code == 404 and response.json()["code"] == 404


def test_sign_url_returns_a_url_on_the_fake(fake):
    body = {"url": "https://127.0.0.1:1/webcast/gift/list/?room_id=1&msToken=old", "method": "GET",
            "userAgent": "Mozilla/5.0 test"}
    for path in ("/tiktok/sign_url", "/webcast/sign_url", "/tiktok/signing/encrypt/sign_url"):
        answer = requests.post(f"{fake.urls['sign']}{path}", params={"client": "ttlive-node"}, json=body).json()
        signed = answer["response"]
        assert answer["code"] == 200 and signed["userAgent"] == "Mozilla/5.0 test" and signed["tokens"]["msToken"]
        assert signed["signedUrl"].startswith(f"{fake.urls['webcast']}/webcast/gift/list/?room_id=1&msToken=")
        assert "old" not in signed["signedUrl"]
        assert requests.get(signed["signedUrl"]).json()["status_code"] == 0
    assert requests.post(f"{fake.urls['sign']}/tiktok/sign_url", json={}).status_code == 400


def test_room_id_lookup(fake):
    room = fake.room("creator")
    body = requests.get(f"{fake.urls['sign']}/webcast/anchors/creator/room_id").json()
    assert body == {"code": 200, "ok": True, "message": "", "routes_attempted": ["html"], "is_live": True,
                    "room_id": str(room.room_id), "source": "html"}
    missing = requests.get(f"{fake.urls['sign']}/webcast/anchors/nobody/room_id").json()
    assert missing["code"] == 404 and missing["ok"] is False and missing["room_id"] is None


def test_chat_through_the_sign_server_needs_a_session(fake):
    room = fake.room("creator")
    url = f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/chat"
    assert requests.post(url, json={"content": "hi"}).status_code == 401
    answer = requests.post(url, json={"content": "hi"}, headers={"x-cookie-header": "sessionid=abc; x=y"})
    assert answer.json()["code"] == 200 and answer.json()["data"]["content"] == "hi"


def test_rate_limits_count_the_initial_fetches(fake):
    room = fake.room("creator")
    url = f"{fake.urls['sign']}/accounts/me/rate_limits"
    before = requests.get(url).json()["minute"]["remaining"]
    requests.get(f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect")
    after = requests.get(url).json()
    assert after["minute"]["remaining"] == before - 1 and after["day"]["max"] >= after["hour"]["max"]


def test_api_key_and_jwt():
    with FakeTikTok(api_key="secret-key") as fake:
        room = fake.room("creator")
        url = f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect"
        assert requests.get(url).status_code == 401
        assert requests.get(url, headers={"X-Api-Key": "wrong"}).json()["code"] == 401
        assert requests.get(url, headers={"X-Api-Key": "secret-key"}).status_code == 200
        assert fake.client_options()["sign_config"].api_key == "secret-key"
        token = requests.post(f"{fake.urls['sign']}/accounts/acc1/jwt/create", headers={"X-Api-Key": "secret-key"},
                              json={"limits": {"minute": 5}, "expireAfter": 600}).json()["token"]
        assert token.count(".") == 2
        assert requests.get(url, headers={"x-jwt-key": token}).status_code == 200
        assert requests.get(url, headers={"x-jwt-key": token + "x"}).status_code == 401
        assert requests.post(f"{fake.urls['sign']}/accounts/acc1/jwt/create", headers={"X-Api-Key": "secret-key"},
                             json={"expireAfter": 7201}).status_code == 400


# ---------------------------------------------------------------- recording


def test_requests_are_recorded_with_query_headers_and_body(fake):
    requests.post(f"{fake.urls['sign']}/tiktok/sign_url?client=x", json={"url": "https://a/b"},
                  headers={"Cookie": "a=1; b=2;", "X-Custom": "v"})
    recorded = fake.requests_to("sign_url")[-1]
    assert recorded.method == "POST" and recorded.query == {"client": "x"} and recorded.json()["url"] == "https://a/b"
    assert recorded.headers["x-custom"] == "v" and recorded.cookies == {"a": "1", "b": "2"}
    assert recorded.surface == "sign"


def test_unmatched_route_is_a_loud_404_and_an_error(fake):
    response = requests.get(f"{fake.urls['webcast']}/webcast/nothing/here")
    assert response.status_code == 404 and "no route" in response.json()["message"]
    assert len(fake.errors) == 1
    with pytest.raises(AssertionError, match="no route for GET /webcast/nothing/here"):
        fake.check()
    assert fake.errors == []


def threads_of(fake):
    """The live threads of ``fake``'s servers and connections (named ``tiktoklive-fake-<role>:<port>``)."""
    names = {f"tiktoklive-fake-{role}:{url.split(':')[2].split('/')[0]}" for role, url in fake.urls.items()}
    return [t for t in threading.enumerate() if t.name in names]


def test_instances_are_independent():
    with FakeTikTok() as one, FakeTikTok() as two:
        one.room("creator")
        assert "creator" not in two.rooms and one.urls["web"] != two.urls["web"]
        requests.get(f"{one.urls['web']}/@creator/live")
        assert len(one.requests) == 1 and two.requests == []


def test_stop_joins_every_thread():
    fake = FakeTikTok().start()
    room = fake.room("creator")
    requests.get(f"{fake.urls['web']}/@creator/live")  # a keep-alive connection thread
    ws = open_socket(fake, room)
    room.busy(rate=100)
    threads = threads_of(fake) + [t for t in threading.enumerate() if t.name == "tiktoklive-fake-busy@creator"]
    assert len(threads) >= 6
    fake.stop()
    assert [t.name for t in threads if t.is_alive()] == []
    ws.close()


def test_start_twice_and_urls_before_start():
    with pytest.raises(ValueError, match="four consecutive ports"):
        FakeTikTok(port=65534)  # before binding anything: nothing to leak
    fake = FakeTikTok()
    with pytest.raises(RuntimeError):
        fake.client_options()
    fake.start()
    try:
        with pytest.raises(RuntimeError):
            fake.start()
        assert "web=:" in repr(fake)
    finally:
        fake.stop()
    assert repr(fake) == "<FakeTikTok stopped>"


def test_records_prove_the_session_id_never_reached_the_sign_server(fake):
    from tiktoklive.web import WebClient

    room = fake.room("creator")
    with WebClient(session_id="secret-session-0123", tt_target_idc="useast1a", **fake.client_options()) as client:
        client.fetch_room_gifts(str(room.room_id))
        client.fetch_signed_websocket(str(room.room_id))
    to_sign = [r for r in fake.requests if r.surface == "sign"]
    assert [r.route for r in to_sign] == ["sign_url", "sign_connect"]
    for request in to_sign:
        assert "secret-session-0123" not in repr((request.query, request.headers, request.body))


def test_reset_drops_sockets_and_stops_busy_streams(fake):
    room = fake.room("creator")
    ws = open_socket(fake, room)
    stream = room.busy(rate=100)
    fake.reset()
    assert not stream.is_alive() and fake.backend.switchboard.all() == [] and fake.rooms == {} and fake.requests == []
    ws.close()


def test_profile_page_resolves_numeric_ids(fake):
    room = fake.room("creator")
    pattern = re.compile(r'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">(.*?)</script>')
    for who in ("creator", str(room.host.id)):
        page = requests.get(f"{fake.urls['web']}/@{who}").text
        scope = json.loads(pattern.search(page).group(1))["__DEFAULT_SCOPE__"]
        assert scope["webapp.user-detail"]["userInfo"]["user"]["uniqueId"] == "creator"
    missing = json.loads(pattern.search(requests.get(f"{fake.urls['web']}/@nobody").text).group(1))
    assert "userInfo" not in missing["__DEFAULT_SCOPE__"]["webapp.user-detail"]


def test_first_poll_offers_the_websocket(fake):
    room = fake.room("creator")
    first = codec.parse_fetch_result(requests.get(f"{fake.urls['webcast']}/webcast/im/fetch/",
                                                  params={"room_id": room.room_id, "msToken": "t"}).content)
    assert first.push_server == fake.urls["push"] and first.route_params["cursor"] == first.cursor


def test_websocket_version_is_checked(fake):
    room = fake.room("creator")
    response = requests.get(fake.urls["push"].replace("ws://", "http://") + f"?room_id={room.room_id}",
                            headers={"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Key": "x",
                                     "Sec-WebSocket-Version": "8"})
    assert response.status_code == 426 and response.headers["Sec-WebSocket-Version"] == "13"


def test_initial_fetch_with_a_cursor_resumes_after_it(fake):
    room = fake.room("creator")
    room.add_history(factory.chat("old", "history"))
    url = f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect"
    first = codec.parse_fetch_result(requests.get(url, params={"cursor": ""}).content)
    assert [m.method for m in first.messages] == ["WebcastChatMessage"]
    room.like("erin", 3)
    room.follow("dave")
    resumed = codec.parse_fetch_result(requests.get(url, params={"cursor": first.cursor}).content)
    assert [m.method for m in resumed.messages] == ["WebcastLikeMessage", "WebcastSocialMessage"]
    assert resumed.cursor != first.cursor and resumed.is_first
    foreign = codec.parse_fetch_result(requests.get(url, params={"cursor": "t-1_r-1"}).content)
    assert [m.method for m in foreign.messages] == ["WebcastChatMessage"]


def test_initial_fetch_for_mobile_needs_a_session_and_preferred_agents_are_honoured(fake):
    room = fake.room("creator")
    url = f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect"
    assert requests.get(url, params={"platform": "mobile"}).status_code == 400
    answer = requests.get(url, params={"platform": "mobile", "preferred_agent_ids": "a1,b2"},
                          headers={"x-cookie-header": "sessionid=s; tt-target-idc=useast1a"})
    assert answer.status_code == 200 and answer.headers["x-agent-id"] == "a1"


def test_fixed_consecutive_ports():
    import random

    for _ in range(20):  # retry where another process holds one of the four ports
        port = random.randrange(20000, 60000)
        try:
            fake = FakeTikTok(port=port).start()
        except OSError:
            continue
        try:
            assert [u.split(":")[2].split("/")[0] for u in fake.urls.values()] == [str(port + i) for i in range(4)]
        finally:
            fake.stop()
        return
    pytest.skip("no four consecutive free ports found")


def test_tls_and_garbage_requests_are_recorded(fake):
    host, port = fake.urls["web"].split("//")[1].split(":")
    for data in (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40 + b"\r\n", b"HELLO THERE\r\n\r\n"):
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(data)
            sock.recv(1024)
    assert len(fake.errors) == 2  # each recorded before its error answer went out
    with pytest.raises(AssertionError, match=r"spoke TLS.*refused a request \(400 .*HELLO THERE"):
        fake.check()
