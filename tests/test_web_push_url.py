"""The WebSocket URL and handshake headers built from an initial fetch (PROTOCOL §6.1–6.3)."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from tiktoklive import codec
from tiktoklive.signer import SignedWebSocket
from tiktoklive.web import WebClient, websocket_headers, websocket_url


def _signed(push_server="ws://127.0.0.1:9/webcast/im/push/v2/", **route_params):
    result = codec.FetchResult(cursor="c-1", internal_ext="ext-1", push_server=push_server)
    result.route_params.update(route_params)
    return SignedWebSocket(fetch_result=result, cookie_header="ttwid=t", room_id="7140000000000000001")


def _query(url):
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def test_url_has_nodes_parameters_and_suffix():
    url = websocket_url(_signed(), "7140000000000000001")
    assert url.startswith("ws://127.0.0.1:9/webcast/im/push/v2/?version_code=180800&aid=1988&")
    assert url.endswith("&version_code=270000")
    query = _query(url)
    assert [v for k, v in query if k == "version_code"] == ["180800", "270000"]
    params = dict(query[:-1])
    assert params["compress"] == "gzip" and params["room_id"] == "7140000000000000001"
    assert params["cursor"] == "c-1" and params["internal_ext"] == "ext-1"
    assert params["client_enter"] == "1" and params["resp_content_type"] == "protobuf"
    assert 100 <= float(params["last_rtt"]) <= 200


def test_route_params_win_over_everything_and_empty_ones_are_skipped():
    url = websocket_url(_signed(cursor="server-cursor", room_id="", wrss="w"), "1",
                        {"cursor": "mine", "live_id": "99", "extra": "x"})
    params = dict(_query(url)[:-1])
    assert params["cursor"] == "server-cursor"  # route params beat the fetch result and user params
    assert params["room_id"] == "1"  # empty route param ignored
    assert params["wrss"] == "w" and params["live_id"] == "99" and params["extra"] == "x"


def test_every_value_is_percent_encoded():
    url = websocket_url(_signed(user_agent="Mozilla/5.0 (X11; Linux) a+b&c=d"), "1")
    raw_query = urlsplit(url).query
    assert " " not in raw_query and "(" not in raw_query and "+" not in raw_query
    assert "user_agent=Mozilla%2F5.0%20%28X11%3B%20Linux%29%20a%2Bb%26c%3Dd" in raw_query
    assert dict(_query(url)[:-1])["user_agent"] == "Mozilla/5.0 (X11; Linux) a+b&c=d"


def test_push_server_with_a_query_is_extended():
    url = websocket_url(_signed("wss://ws-fallback.example/?token=a"), "1")
    assert url.startswith("wss://ws-fallback.example/?token=a&version_code=180800")


def test_headers_leave_session_cookies_out_unless_authenticate_ws():
    session = {"session_id": "s3cr3t", "tt_target_idc": "useast1a"}
    with WebClient(**session) as web:
        web.merge_cookies("ttwid=t1")
        assert web.websocket_headers() == {"User-Agent": web.user_agent, "Cookie": "ttwid=t1"}
    with WebClient(authenticate_ws=True, **session) as web:
        web.merge_cookies("ttwid=t1")
        cookie = web.websocket_headers()["Cookie"]
        assert "sessionid=s3cr3t" in cookie and "tt-target-idc=useast1a" in cookie and "ttwid=t1" in cookie


def test_headers_without_cookies_have_no_cookie_header():
    assert websocket_headers("", "UA") == {"User-Agent": "UA"}


def test_client_url_uses_its_user_agent_and_the_result_room():
    with WebClient(web_client_headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0) Test"}) as web:
        params = dict(_query(web.websocket_url(_signed()))[:-1])
    assert params["room_id"] == "7140000000000000001"
    assert params["User-Agent"] == "Mozilla/5.0 (Windows NT 10.0) Test" and params["browser_platform"] == "Win32"
