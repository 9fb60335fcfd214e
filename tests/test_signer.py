"""The sign server routes (EulerSigner through WebClient) against the fake TikTok's sign server."""
from __future__ import annotations

import json
import logging
import time

import pytest

from tiktoklive import codec
from tiktoklive.errors import (
    AuthenticatedWebSocketError,
    InvalidOptionError,
    InvalidResponseError,
    NetworkError,
    PremiumFeatureError,
    SignAPIError,
    SignatureRateLimitError,
    SignAuthenticationError,
    TikTokLiveError,
    UserNotFoundError,
)
from tiktoklive.signer import EulerSigner, SignConfig, SignedWebSocket, strip_signature
from tiktoklive.testing import FakeTikTok, Response, factory
from tiktoklive.web import WebClient

SESSION_ID = "secret-session-4242"
API_KEY = "euler-key-0123456789"
SESSION = {"session_id": SESSION_ID, "tt_target_idc": "eu-ttp2"}


def _sign_requests(fake):
    return [r for r in fake.requests if r.surface == "sign"]


# ---------------------------------------------------------------- initial fetch


def test_signed_websocket(fake, web):
    room = fake.room("alice")
    room.add_history(factory.chat("bob", "earlier"))
    result = web.fetch_signed_websocket(str(room.room_id))
    assert result.room_id == str(room.room_id) and result.cursor and result.push_server == fake.urls["push"]
    assert [m.method for m in result.fetch_result.messages] == ["WebcastChatMessage"]
    assert result.request_id and result.agent_id == "fake-agent-1"
    [request] = fake.requests_to("sign_connect")
    assert request.path == f"/webcast/rooms/{room.room_id}/connect"
    assert request.query == {"client": "ttlive-python", "cursor": "", "user_agent": web.user_agent,
                             "client_enter": "true", "platform": "web"}
    assert "x-cookie-header" not in request.headers and "cookie" not in request.headers
    assert request.headers["accept"] == "application/protobuf,application/json"
    # every pair of x-set-tt-cookie is in the jar, and goes on the WebSocket (the session would not)
    cookie = web.websocket_headers()["Cookie"]
    assert sorted(pair.split("=")[0] for pair in cookie.split("; ")) == ["tt_chain_token", "tt_csrf_token", "ttwid"]
    assert "ttwid=1%7C" in web.cookie_header()
    assert repr(result).startswith("SignedWebSocket(room_id=") and "ttwid" not in repr(result)


def test_websocket_url_from_the_result(fake, web):
    room = fake.room("alice")
    result = web.fetch_signed_websocket(room.room_id)
    url = web.websocket_url(result)
    assert url.startswith(fake.urls["push"] + "?version_code=180800&")
    assert f"room_id={room.room_id}" in url and url.endswith("&version_code=270000")


def test_room_redirect(fake, web):
    room = fake.room("alice")

    def redirect(response: Response) -> Response:
        response.headers["x-room-id"] = "7999999999999999999"
        return response
    fake.faults.add("sign_connect", edit=redirect)
    assert web.fetch_signed_websocket(room.room_id).room_id == "7999999999999999999"


def test_cursor_is_sent(fake, web):
    room = fake.room("alice")
    web.fetch_signed_websocket(room.room_id, cursor="t-1_r-1")
    assert fake.requests_to("sign_connect")[0].query["cursor"] == "t-1_r-1"


def test_preferred_agents_and_mobile(fake):
    room = fake.room("alice")
    with WebClient(**fake.client_options(), **SESSION, authenticate_ws=True, use_mobile=True,
                   preferred_agent_ids=["a1", "b2"]) as web:
        web.fetch_signed_websocket(room.room_id)
    [request] = fake.requests_to("sign_connect")
    assert request.query["platform"] == "mobile" and request.query["preferred_agent_ids"] == "a1,b2"


@pytest.mark.parametrize("status, error, reason", [
    (401, SignAuthenticationError, "unauthorized"), (403, SignAuthenticationError, "unauthorized"),
    (402, PremiumFeatureError, "premium_feature"), (500, SignAPIError, "sign_error"),
    (503, SignAPIError, "sign_error")])
def test_sign_server_errors(fake, web, status, error, reason):
    fake.faults.sign_error(status)
    with pytest.raises(error) as info:
        web.fetch_signed_websocket("1")
    assert type(info.value) is error and info.value.reason == reason
    assert info.value.status_code == status and info.value.request_id and info.value.agent_id == "fake-agent-1"
    assert str(status) in str(info.value)


def test_sign_rate_limit(fake, web):
    fake.faults.sign_rate_limit(retry_after=3, limit_label="hour")
    with pytest.raises(SignatureRateLimitError) as info:
        web.fetch_signed_websocket("1")
    error = info.value
    assert error.retry_after == 3 and error.limit_label == "hour" and error.reason == "rate_limited"
    assert abs(error.reset_time - (time.time() + 3)) < 60
    assert "(hour)" in str(error) and "in 3 s" in str(error)


def test_empty_answer(fake, web):
    fake.faults.sign_empty_body()
    with pytest.raises(SignAPIError) as info:
        web.fetch_signed_websocket(fake.room("alice").room_id)
    assert info.value.reason == "empty_payload"


def test_answer_without_cookies_quotes_tiktok(fake, web):
    fake.faults.sign_without_cookie(handshake_msg="DEVICE_BLOCKED")
    with pytest.raises(SignAPIError, match="DEVICE_BLOCKED") as info:
        web.fetch_signed_websocket(fake.room("alice").room_id)
    assert info.value.reason == "empty_cookies"


def test_answer_without_cursor(fake, web):
    fake.faults.sign_without_cursor()
    with pytest.raises(InvalidResponseError, match="no cursor"):
        web.fetch_signed_websocket(fake.room("alice").room_id)


def test_undecodable_answer_keeps_the_body(fake, web):
    def corrupt(response: Response) -> Response:
        response.body = b"\x0a\xff\xff\xff\x0f\x01"
        return response
    fake.faults.add("sign_connect", edit=corrupt)
    with pytest.raises(InvalidResponseError) as info:
        web.fetch_signed_websocket(fake.room("alice").room_id)
    assert info.value.body == b"\x0a\xff\xff\xff\x0f\x01".hex()


def test_unreachable_sign_server():
    with WebClient(sign_config=SignConfig(base_path="http://127.0.0.1:9")) as web:
        with pytest.raises(NetworkError) as info:
            web.fetch_signed_websocket("1")
    assert info.value.route == "fetch_signed_websocket"


# ---------------------------------------------------------------- provider


def test_signed_websocket_provider_replaces_the_sign_server(fake):
    room = fake.room("alice")
    calls = []

    def provider(*, room_id, cursor, web_client):
        calls.append((room_id, cursor, web_client))
        body = room.initial_result(fake.urls["push"])
        return SignedWebSocket(fetch_result=codec.parse_fetch_result(body), cookie_header="ttwid=mine; odin=1",
                               room_id=room_id)

    with WebClient(**fake.client_options(), signed_websocket_provider=provider) as web:
        result = web.fetch_signed_websocket(room.room_id, cursor="c")
        assert calls == [(str(room.room_id), "c", web)]
        assert result.push_server == fake.urls["push"]
        assert sorted(web.websocket_headers()["Cookie"].split("; ")) == ["odin=1", "ttwid=mine"]
    assert _sign_requests(fake) == []


def test_provider_must_return_a_signed_websocket(fake):
    with WebClient(**fake.client_options(), signed_websocket_provider=lambda **kw: b"bytes") as web:
        with pytest.raises(InvalidOptionError, match="SignedWebSocket"):
            web.fetch_signed_websocket("1")


# ---------------------------------------------------------------- authentication


def test_api_key_and_jwt(fake):
    with FakeTikTok(api_key=API_KEY) as keyed:
        room = keyed.room("alice")
        options = keyed.client_options()
        with WebClient(**{**options, "sign_config": SignConfig(base_path=keyed.urls["sign"])}) as web:
            with pytest.raises(SignAuthenticationError, match="sign_api_key"):
                web.fetch_signed_websocket(room.room_id)
        with WebClient(**{**options, "sign_config": SignConfig(base_path=keyed.urls["sign"])},
                       sign_api_key=API_KEY) as web:
            assert web.fetch_signed_websocket(room.room_id).cursor
            token = web.create_jwt("acct-1", {"minute": 5, "hour": 60, "day": 500}, 600)
        jwt_config = SignConfig(base_path=keyed.urls["sign"], jwt_key=token, headers={"X-Extra": "1"})
        with WebClient(**{**options, "sign_config": jwt_config}) as web:
            assert web.fetch_signed_websocket(room.room_id).cursor
        requests = keyed.requests_to("sign_connect")
        assert requests[1].headers["x-api-key"] == API_KEY
        assert requests[2].headers["x-jwt-key"] == token and requests[2].headers["x-extra"] == "1"
        assert "x-api-key" not in requests[2].headers
        [mint] = keyed.requests_to("sign_jwt")
        assert mint.path == "/accounts/acct-1/jwt/create"
        assert mint.json() == {"limits": {"minute": 5, "hour": 60, "day": 500}, "expireAfter": 600}
        assert token not in repr(jwt_config) and API_KEY not in repr(web)


def test_session_never_reaches_the_sign_server_without_authenticate_ws(fake):
    room = fake.room("alice")
    with WebClient(**fake.client_options(), **SESSION) as web:
        web.fetch_signed_websocket(room.room_id)
        web.fetch_room_gifts(room.room_id)
        web.fetch_room_id_from_signer("alice")
        with pytest.raises(AuthenticatedWebSocketError, match="authenticate_ws=True"):
            web.send_room_chat(room.room_id, "hi")
        assert "sessionid" not in web.websocket_headers().get("Cookie", "")
    sent = _sign_requests(fake)
    assert [r.route for r in sent] == ["sign_connect", "sign_url", "sign_room_id"]
    for request in sent:
        everything = json.dumps([request.path, request.query, request.headers]) + request.body.decode()
        assert SESSION_ID not in everything and "eu-ttp2" not in everything
    # TikTok itself does get the session
    assert fake.requests_to("gift_list")[0].cookies["sessionid"] == SESSION_ID


def test_authenticate_ws_sends_the_session(fake):
    room = fake.room("alice")
    with WebClient(**fake.client_options(), **SESSION, authenticate_ws=True) as web:
        web.fetch_signed_websocket(room.room_id)
        web.fetch_room_gifts(room.room_id)
        assert f"sessionid={SESSION_ID}" in web.websocket_headers()["Cookie"]
    connect, sign = fake.requests_to("sign_connect")[0], fake.requests_to("sign_url")[0]
    cookies = dict(pair.split("=", 1) for pair in connect.headers["x-cookie-header"].split("; "))
    assert cookies["sessionid"] == SESSION_ID and cookies["tt-target-idc"] == "eu-ttp2"
    assert sign.json()["sessionId"] == SESSION_ID and sign.json()["ttTargetIdc"] == "eu-ttp2"


def test_secrets_stay_out_of_logs_reprs_and_errors(fake, caplog):
    room = fake.room("alice")
    errors = []
    with caplog.at_level(logging.DEBUG, logger="tiktoklive"):
        with WebClient(**fake.client_options(), **SESSION, sign_api_key=API_KEY, authenticate_ws=True) as web:
            web.fetch_room_id("alice")
            web.fetch_signed_websocket(room.room_id)
            web.fetch_room_gifts(room.room_id)
            web.send_room_chat(room.room_id, "hello")
            for status in (401, 402, 429, 500):
                fake.faults.sign_error(status)
                try:
                    web.fetch_signed_websocket(room.room_id)
                except TikTokLiveError as exc:
                    errors.append(exc)
            reprs = [repr(web), repr(web.signer), repr(web.signer.config)]
    logged = [r.getMessage() for r in caplog.records if not r.name.startswith("tiktoklive.testing")]
    assert len(errors) == 4 and logged
    for text in [*logged, *reprs, *map(str, errors), *map(repr, errors)]:
        assert SESSION_ID not in text and API_KEY not in text and "ttwid=" not in text
        assert "?" not in text  # no query strings


# ---------------------------------------------------------------- other routes


def test_room_id_from_signer(fake, web):
    room = fake.room("alice")
    anchor = web.fetch_room_id_from_signer("@alice")
    assert (anchor.room_id, anchor.is_live, anchor.source) == (str(room.room_id), True, "html")
    assert fake.requests_to("sign_room_id")[0].path == "/webcast/anchors/alice/room_id"


def test_room_id_from_signer_unknown(fake, web):
    with pytest.raises(UserNotFoundError, match="Could not find a room") as info:
        web.fetch_room_id_from_signer("nobody")
    assert info.value.unique_id == "nobody" and info.value.route == "fetch_room_id_from_signer"


def test_room_id_from_signer_reads_the_body_code(fake, web):
    fake.faults.fail_route("sign_room_id", 200, body={"code": 402, "ok": False, "message": "paid plan"})
    with pytest.raises(PremiumFeatureError, match="paid plan"):
        web.fetch_room_id_from_signer("alice")


def test_room_info_from_signer(fake, web):
    room = fake.room("alice", title="From Euler")
    data = web.fetch_room_info_from_signer("https://www.tiktok.com/@alice/live")
    assert data["unique_id"] == "alice" and data["room_info"]["title"] == "From Euler"
    assert data["raw"]["user"]["roomId"] == str(room.room_id)
    assert fake.requests_to("sign_room_info")[0].path == "/webcast/anchors/alice/room_info"


def test_room_info_from_signer_needs_a_plan(fake, web):
    fake.faults.sign_error(402, route="sign_room_info")
    with pytest.raises(PremiumFeatureError):
        web.fetch_room_info_from_signer("alice")
    with pytest.raises(UserNotFoundError, match="Could not find a room"):
        web.fetch_room_info_from_signer("nobody")


def test_send_room_chat(fake):
    room = fake.room("alice")
    with WebClient(**fake.client_options(), **SESSION, authenticate_ws=True) as web:
        answer = web.send_room_chat(room.room_id, "hello from python")
    assert answer["data"]["content"] == "hello from python"
    [request] = fake.requests_to("sign_chat")
    assert request.json() == {"content": "hello from python"} and SESSION_ID in request.headers["x-cookie-header"]


def test_send_room_chat_premium(fake):
    fake.faults.sign_error(403, route="sign_chat")
    with WebClient(**fake.client_options(), **SESSION, authenticate_ws=True) as web:
        with pytest.raises(PremiumFeatureError):
            web.send_room_chat(fake.room("alice").room_id, "hi")


def test_rate_limits(fake, web):
    room = fake.room("alice")
    before = web.fetch_rate_limits()
    web.fetch_signed_websocket(room.room_id)
    after = web.fetch_rate_limits()
    assert before.minute.max == 30 and before.day.max == 2000 and before.hour.reset_at
    assert after.minute.remaining == before.minute.remaining - 1
    assert after.raw["code"] == 200


def test_create_jwt_rejected(fake, web):
    with pytest.raises(SignAPIError, match="7200"):
        web.create_jwt("acct", {"minute": 1}, 99999)


def test_sign_url_missing_tokens(fake, web):
    fake.faults.fail_route("sign_url", 200, body={"code": 200, "response": {"signedUrl": "x", "tokens": {}}})
    with pytest.raises(SignAPIError) as info:
        web.fetch_room_gifts("1", signed=True)
    assert info.value.reason == "missing_tokens"


def test_strip_signature():
    assert strip_signature("https://h/p?a=1&msToken=x&X-Bogus=y&X-Gnarly=z&b=2") == "https://h/p?a=1&b=2"


def test_signer_is_a_context_manager_with_a_safe_repr():
    with EulerSigner(SignConfig(api_key=API_KEY, base_path="http://127.0.0.1:9")) as signer:
        assert repr(signer) == "<EulerSigner http://127.0.0.1:9 api_key=set>"
        assert signer.session.headers["X-Api-Key"] == API_KEY


class _RecordingSigner:
    """A Signer of one's own: only the three protocol methods, delegating to the fake's sign server."""

    def __init__(self, base_path):
        self.calls = []
        self.closed = False
        self._euler = EulerSigner(SignConfig(base_path=base_path))

    def fetch_signed_websocket(self, room_id, **kwargs):
        self.calls.append(("fetch_signed_websocket", room_id, kwargs))
        return self._euler.fetch_signed_websocket(room_id, **kwargs)

    def sign_url(self, url, **kwargs):
        self.calls.append(("sign_url", url, kwargs))
        return self._euler.sign_url(url, **kwargs)

    def close(self):
        self.closed = True
        self._euler.close()


def test_a_signer_of_ones_own(fake):
    room = fake.room("alice")
    own = _RecordingSigner(fake.urls["sign"])
    options = {**fake.client_options(), "sign_config": None}
    with WebClient(**options, signer=own) as web:
        assert web.fetch_signed_websocket(room.room_id).cursor
        assert web.fetch_room_gifts(room.room_id, signed=True)
        with pytest.raises(InvalidOptionError, match="fetch_room_id"):
            web.fetch_room_id_from_signer("alice")
    assert [c[0] for c in own.calls] == ["fetch_signed_websocket", "sign_url"]
    assert own.calls[0][2]["user_agent"] == web.user_agent and own.calls[0][2]["cookie_header"] is None
    assert own.closed is False  # the client closes only the signer it built
    own.close()
