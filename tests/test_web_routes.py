"""TikTok's single-request routes through WebClient, against the fake TikTok over real sockets."""
from __future__ import annotations

import logging
import shutil
import socket
import ssl
import subprocess
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tiktoklive import codec
from tiktoklive.errors import (
    AgeRestrictedError,
    BlockedError,
    InvalidResponseError,
    NetworkError,
    PremiumFeatureError,
    RateLimitedError,
    SignAPIError,
    UserNotFoundError,
    WebError,
)
from tiktoklive.signer import SignConfig, SignedUrl
from tiktoklive.testing import Response
from tiktoklive.web import Gift, RoomInfo, WebClient

SESSION = {"session_id": "secret-session-4242", "tt_target_idc": "useast1a"}


# ---------------------------------------------------------------- live page


def test_live_page_gives_room_id_and_status(fake, web):
    room = fake.room("alice", title="Morning stream")
    info = web.fetch_room_info_from_html("https://www.tiktok.com/@alice/live")
    assert (info.unique_id, info.room_id, info.status, info.is_live, info.source) == (
        "alice", str(room.room_id), 2, True, "html")
    assert info.title == "Morning stream" and info.nickname == room.host.nickname
    [request] = fake.requests_to("live_page")
    assert request.path == "/@alice/live"
    assert request.query["aid"] == "1988" and len(request.query["device_id"]) == 19  # Node's default params
    assert request.headers["user-agent"] == web.user_agent and request.cookies == {"tt-target-idc": "useast1a"}


def test_live_page_of_an_offline_streamer(fake, web):
    fake.room("bob", live=False)
    info = web.fetch_room_info_from_html("bob")
    assert info.status == 4 and info.is_live is False and info.room_id


def test_live_page_of_an_unknown_user(fake, web):
    with pytest.raises(UserNotFoundError) as info:
        web.fetch_room_info_from_html("@nobody")
    assert info.value.unique_id == "nobody" and info.value.route == "fetch_room_info_from_html"
    assert info.value.status_code == 200


@pytest.mark.parametrize("marker", [True, False])
def test_captcha_page(fake, web, marker):
    fake.room("alice")
    fake.faults.captcha(marker=marker)
    with pytest.raises(BlockedError) as info:
        web.fetch_room_info_from_html("alice")
    assert info.value.reason == "captcha" and "captcha" in str(info.value)


@pytest.mark.parametrize("status", [200, 403])
def test_blocked_page(fake, web, status):
    fake.room("alice")
    fake.faults.blocked(status=status)
    with pytest.raises(BlockedError) as info:
        web.fetch_room_info_from_html("alice")
    assert info.value.reason == "blocked" and "proxy" in str(info.value)
    assert info.value.status_code == status


def test_truncated_page_data(fake, web):
    fake.room("alice")
    fake.faults.malformed("live_page")
    with pytest.raises(BlockedError):
        web.fetch_room_info_from_html("alice")


def test_tiktok_rate_limit(fake, web):
    fake.faults.tiktok_rate_limit("live_page", retry_after=7)
    with pytest.raises(RateLimitedError) as info:
        web.fetch_room_info_from_html("alice")
    assert info.value.retry_after == 7 and info.value.status_code == 429


# ---------------------------------------------------------------- api-live


def test_api_live(fake, web):
    room = fake.room("alice")
    info = web.fetch_room_info_from_api_live("@alice")
    assert (info.room_id, info.is_live, info.source) == (str(room.room_id), True, "api_live")
    [request] = fake.requests_to("api_live")
    assert request.query["uniqueId"] == "alice" and request.query["sourceType"] == "54"
    assert request.query["aid"] == "1988"


def test_api_live_unknown_user(fake, web):
    with pytest.raises(UserNotFoundError):
        web.fetch_room_info_from_api_live("nobody")


def test_api_live_error_code_keeps_the_body(fake, web):
    fake.faults.fail_route("api_live", 200, body={"statusCode": 10201, "message": "params_error", "data": {}})
    with pytest.raises(InvalidResponseError, match="10201 \\(params_error\\)") as info:
        web.fetch_room_info_from_api_live("alice")
    assert "params_error" in info.value.body


def test_api_live_age_restricted(fake, web):
    fake.faults.fail_route("api_live", 200, body={"statusCode": 4003110, "message": "", "data": {}})
    with pytest.raises(AgeRestrictedError, match="session_id"):
        web.fetch_room_info_from_api_live("alice")


def test_api_live_not_json(fake, web):
    fake.faults.malformed("api_live")
    with pytest.raises(InvalidResponseError) as info:
        web.fetch_room_info_from_api_live("alice")
    assert info.value.body.startswith('{"status_code":0')


# ---------------------------------------------------------------- room info


def test_room_info(fake, web):
    room = fake.room("alice", title="Hello")
    info = web.fetch_room_info(str(room.room_id))
    assert isinstance(info, RoomInfo)
    assert (info.room_id, info.status, info.is_live, info.title, info.owner_unique_id) == (
        str(room.room_id), 2, True, "Hello", "alice")
    assert info.raw["status_code"] == 0 and info.data["id_str"] == str(room.room_id)
    assert "Hello" in repr(info) and info.is_age_restricted is False
    [request] = fake.requests_to("room_info")
    assert request.query["room_id"] == str(room.room_id) and "msToken" not in request.query


def test_room_info_offline(fake, web):
    room = fake.room("bob", live=False)
    assert web.fetch_room_info(room.room_id).is_live is False


def test_room_info_status_sent_as_a_string(fake, web):
    fake.faults.fail_route("room_info", 200, body={"status_code": 0, "data": {"status": "4", "id_str": "1"}})
    info = web.fetch_room_info("1")
    assert info.status == 4 and info.is_live is False


def test_room_info_age_restricted(fake, web):
    room = fake.room("alice")
    room.age_restricted = True
    with pytest.raises(AgeRestrictedError, match="session_id"):
        web.fetch_room_info(room.room_id)


def test_room_info_unknown_room(fake, web):
    with pytest.raises(InvalidResponseError, match="30003") as info:
        web.fetch_room_info("7000000000000000000")
    assert "room not found" in info.value.body


def test_room_info_server_error(fake, web):
    fake.faults.fail_route("room_info", 503)
    with pytest.raises(InvalidResponseError) as info:
        web.fetch_room_info("1")
    assert info.value.status_code == 503 and info.value.route == "fetch_room_info"


# ---------------------------------------------------------------- gift list


def test_gift_list_is_signed_like_node(fake, web):
    room = fake.room("alice")
    gifts = web.fetch_room_gifts(room.room_id)
    rose = next(g for g in gifts if g.id == 5655)
    assert isinstance(rose, Gift) and rose.name == "Rose" and rose.diamond_count == 1 and rose.is_streakable
    assert rose.image_urls and "Rose" in repr(rose)
    [sign] = fake.requests_to("sign_url")
    body = sign.json()
    assert sign.query["client"] == "ttlive-python" and body["method"] == "GET" and body["userAgent"] == web.user_agent
    assert "/webcast/gift/list/" in body["url"] and f"room_id={room.room_id}" in body["url"]
    assert "sessionId" not in body
    [request] = fake.requests_to("gift_list")
    assert "msToken" in request.query and "X-Bogus" in request.query and request.query["room_id"] == str(room.room_id)


def test_gift_list_falls_back_to_unsigned(fake, web, caplog):
    fake.faults.sign_error(403, route="sign_url")
    with caplog.at_level(logging.WARNING, logger="tiktoklive"):
        gifts = web.fetch_room_gifts("1")
    assert any(g.name == "Rose" for g in gifts)
    [request] = fake.requests_to("gift_list")
    assert "msToken" not in request.query
    assert "fetching the gift list unsigned" in caplog.text


def test_gift_list_falls_back_to_unsigned_when_the_sign_server_is_down(fake):
    options = {**fake.client_options(), "sign_config": SignConfig(base_path=f"http://127.0.0.1:{_closed_port()}")}
    with WebClient(**options) as web:
        assert any(g.name == "Rose" for g in web.fetch_room_gifts("1"))
        with pytest.raises(NetworkError) as info:
            web.fetch_room_gifts("1", signed=True)
    assert info.value.route == "sign_url"
    assert ["msToken" in r.query for r in fake.requests_to("gift_list")] == [False]


def test_gift_list_signed_only(fake, web):
    fake.faults.sign_error(403, route="sign_url")
    with pytest.raises(PremiumFeatureError):
        web.fetch_room_gifts("1", signed=True)
    assert fake.requests_to("gift_list") == []


def test_gift_list_unsigned_only(fake, web):
    assert web.fetch_room_gifts("1", signed=False)
    assert fake.requests_to("sign_url") == []


def test_signed_url_on_another_host_is_refused(fake, web):
    def elsewhere(response: Response) -> Response:
        response.body = response.body.replace(fake.urls["webcast"].encode(), b"http://127.0.0.2:9")
        return response
    fake.faults.add("sign_url", edit=elsewhere)
    with pytest.raises(SignAPIError, match="another host"):
        web.fetch_room_gifts("1", signed=True)
    assert fake.requests_to("gift_list") == []


def test_gift_list_without_gifts(fake, web):
    fake.faults.fail_route("gift_list", 200, body={"status_code": 0, "data": {}})
    with pytest.raises(InvalidResponseError, match="no gift list"):
        web.fetch_room_gifts("1", signed=False)


# ---------------------------------------------------------------- polling


def test_polling_needs_a_session(fake, web):
    room = fake.room("alice")
    with pytest.raises(InvalidResponseError, match="session_id"):
        web.fetch_messages(room.room_id)


def test_polling_returns_the_messages_after_the_cursor(fake):
    room = fake.room("alice")
    with WebClient(**fake.client_options(), **SESSION) as web:
        first = web.fetch_messages(room.room_id)
        assert isinstance(first, codec.FetchResult) and first.cursor
        room.chat("carol", "hello there")
        second = web.fetch_messages(room.room_id, first.cursor, first.internal_ext)
    assert [m.method for m in second.messages] == ["WebcastChatMessage"]
    request = fake.requests_to("im_fetch")[-1]
    assert request.query["cursor"] == first.cursor and request.query["internal_ext"] == first.internal_ext
    assert request.cookies["sessionid"] == SESSION["session_id"]


def test_polling_undecodable_answer(fake):
    fake.faults.malformed("im_fetch")
    with WebClient(**fake.client_options(), **SESSION) as web, pytest.raises(InvalidResponseError) as info:
        web.fetch_messages("1")
    assert info.value.body


# ---------------------------------------------------------------- transport


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_host_is_a_network_error():
    with WebClient(web_base_url=f"http://127.0.0.1:{_closed_port()}") as web:
        with pytest.raises(NetworkError) as info:
            web.fetch_room_info_from_html("alice")
    assert isinstance(info.value, ConnectionError) and isinstance(info.value, WebError)
    assert isinstance(info.value.__cause__, requests.ConnectionError)
    assert "?" not in str(info.value) and "aid=" not in str(info.value)


class _TokenSigner:
    """Signs any URL with fixed tokens (a signer of one's own, as ``signer=`` takes)."""

    def sign_url(self, url, **_):
        return SignedUrl(url=url + "&msToken=SECRET-TOKEN&X-Bogus=SECRET-SIG", user_agent="UA", tokens={})

    def close(self):
        pass


def test_network_errors_keep_signed_queries_out_of_the_whole_chain():
    with WebClient(webcast_base_url=f"http://127.0.0.1:{_closed_port()}", signer=_TokenSigner()) as web:
        with pytest.raises(NetworkError) as info:
            web.fetch_room_gifts("1", signed=True)
    assert isinstance(info.value.__cause__, requests.ConnectionError)
    chain = "".join(traceback.format_exception(info.type, info.value, info.tb))  # what logger.exception shows
    assert "/webcast/gift/list/" in chain and "Connection refused" in chain
    assert "SECRET" not in chain and "aid=" not in chain


def test_slow_answer_times_out(fake):
    fake.faults.delay("room_info", 2.0)
    with WebClient(**fake.client_options(), web_client_options={"timeout": 0.2}) as web:
        with pytest.raises(NetworkError) as info:
            web.fetch_room_info("1")
    assert isinstance(info.value.__cause__, requests.Timeout)


def test_web_client_params_and_headers_reach_tiktok(fake):
    fake.room("alice")
    with WebClient(**fake.client_options(), web_client_params={"app_language": "de", "extra": 1},
                   web_client_headers={"X-Test": "yes"}) as web:
        web.fetch_room_info_from_api_live("alice")
    [request] = fake.requests_to("api_live")
    assert request.query["app_language"] == "de" and request.query["extra"] == "1"
    assert request.headers["x-test"] == "yes"


def test_proxies_are_used(fake):
    """A plain-HTTP proxy setting sends the request to the proxy (here: the fake's web host itself)."""
    fake.room("alice")
    proxy = fake.urls["web"]
    with WebClient(web_base_url="http://tiktok.invalid", web_client_options={"proxies": {"http": proxy}},
                   webcast_base_url=fake.urls["webcast"], sign_config=fake.client_options()["sign_config"]) as web:
        info = web.fetch_room_info_from_html("alice")
    assert info.room_id
    [request] = fake.requests_to("live_page")
    assert request.headers["host"] == "tiktok.invalid"


# ---------------------------------------------------------------- TLS


class _NotFound(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # the refused handshakes of the test


@pytest.fixture(scope="module")
def tls_origin(tmp_path_factory):
    """An HTTPS server on loopback with a self-signed certificate: (origin, certificate path)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    server = _QuietServer(("127.0.0.1", 0), _NotFound)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="tiktoklive-test-tls", daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", str(cert)
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_tls_is_verified_by_default(tls_origin):
    origin, _ = tls_origin
    with WebClient(web_base_url=origin, sign_config=SignConfig(base_path=origin)) as web:
        with pytest.raises(NetworkError) as page:
            web.fetch_room_info_from_html("alice")
        with pytest.raises(NetworkError) as sign:
            web.fetch_signed_websocket("1")
    assert isinstance(page.value.__cause__, requests.exceptions.SSLError)
    assert isinstance(sign.value.__cause__, requests.exceptions.SSLError)


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
@pytest.mark.parametrize("verify", ["bundle", False])
def test_tls_with_a_ca_bundle_or_without_verification(tls_origin, verify):
    origin, cert = tls_origin
    with WebClient(web_base_url=origin, sign_config=SignConfig(base_path=origin),
                   web_client_options={"verify": cert if verify else False}) as web:
        with pytest.raises(UserNotFoundError):  # the handshake succeeded; the server said 404
            web.fetch_room_info_from_html("alice")
        with pytest.raises(SignAPIError, match="HTTP 404"):
            web.fetch_signed_websocket("1")
