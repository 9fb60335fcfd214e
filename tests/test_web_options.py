"""WebClient options: validated before any I/O, unknown names rejected, defaults as Node's."""
from __future__ import annotations

import pytest

from tiktoklive import Connection, signer
from tiktoklive.errors import InvalidOptionError, InvalidUniqueIdError, TikTokLiveError
from tiktoklive.web import OPTION_NAMES, WebClient, parse_unique_id

SECRET_SESSION = "sess-0123456789abcdef"
SECRET_KEY = "euler_key_ABCDEF0123456789"
HOSTILE_IDS = ["..", "@..", "creator\n", "creator\r", "\tcreator", "x" * 10_000, "x" * 25, ".", "creator.",
               "crea-tor", "\u00e9lan", "creator/../x", "https://www.tiktok.com/@../live", "%2e%2e"]


@pytest.mark.parametrize("value", ["creator", "@creator", " @creator ", "https://www.tiktok.com/@creator/live",
                                   "https://www.tiktok.com/@creator", "tiktok.com/@creator/live?lang=en",
                                   "http://m.tiktok.com/@creator/live/"])
def test_unique_id_forms(value):
    assert parse_unique_id(value) == "creator"


def test_unique_id_keeps_dots_and_underscores():
    assert parse_unique_id("@tv_asahi.news") == "tv_asahi.news"
    assert parse_unique_id("ab") == "ab" and parse_unique_id("x" * 24) == "x" * 24
    assert parse_unique_id("@a") == "a"  # a placeholder, and some old accounts


@pytest.mark.parametrize("value", HOSTILE_IDS[:6])
def test_a_bad_unique_id_sends_nothing(fake, value):
    with pytest.raises(InvalidUniqueIdError):
        Connection(value, **fake.client_options())
    with WebClient(**fake.client_options(), connect_with_unique_id=True) as web:
        for call in (web.fetch_room_id, web.fetch_is_live, web.fetch_room_info_from_html,
                     web.fetch_room_info_from_api_live, web.fetch_room_id_from_signer):
            with pytest.raises(InvalidUniqueIdError):
                call(value)
    assert fake.requests == []


@pytest.mark.parametrize("value", ["", "@", "https://www.tiktok.com/", "two words", "a/b", 12345, *HOSTILE_IDS])
def test_bad_unique_id_is_a_typed_value_error(value):
    with pytest.raises(InvalidUniqueIdError) as info:
        parse_unique_id(value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, TikTokLiveError)


def test_unknown_option_lists_the_valid_names():
    with pytest.raises(TypeError) as info:
        WebClient(sessionId="x")
    assert isinstance(info.value, TikTokLiveError)
    message = str(info.value)
    assert "sessionId" in message
    for name in ("session_id", "web_client_options", "sign_config", "authenticate_ws"):
        assert name in message


def test_option_names_cover_the_brief():
    assert {"web_base_url", "webcast_base_url", "sign_config", "sign_api_key", "session_id", "tt_target_idc",
            "authenticate_ws", "use_mobile", "preferred_agent_ids", "connect_with_unique_id",
            "log_fetch_fallback_errors", "signed_websocket_provider", "web_client_params", "web_client_headers",
            "web_client_options"} <= OPTION_NAMES == WebClient.OPTION_NAMES


@pytest.mark.parametrize("options, fragment", [
    ({"session_id": "abc"}, "tt_target_idc"),
    ({"authenticate_ws": True}, "session_id"),
    ({"use_mobile": True, "session_id": "a", "tt_target_idc": "useast1a"}, "authenticate_ws"),
    ({"web_base_url": "www.tiktok.com"}, "web_base_url"),
    ({"webcast_base_url": "ftp://x"}, "webcast_base_url"),
    ({"web_client_options": {"timeout": 0}}, "timeout"),
    ({"signer": object(), "sign_api_key": "k"}, "not both"),
    ({"sign_config": {"api_key": "k"}}, "SignConfig"),
    ({"signed_websocket_provider": "not callable"}, "callable"),
    ({"preferred_agent_ids": "agent-1"}, "list"),
])
def test_contradictory_options_are_rejected(options, fragment):
    with pytest.raises(InvalidOptionError, match=fragment):
        WebClient(**options)


def test_unknown_web_client_options_key():
    with pytest.raises(TypeError, match="valid keys: timeout, proxies, verify") as info:
        WebClient(web_client_options={"agent": object()})
    assert isinstance(info.value, TikTokLiveError)


def test_defaults_are_nodes():
    with WebClient() as web:
        assert web.timeout == 10.0
        assert web.session.verify is True
        assert web.params["aid"] == "1988" and web.params["user_is_login"] == "true"
        assert web.params["browser_platform"] == "MacIntel" and web.params["browser_name"] == "Mozilla"
        assert len(web.params["device_id"]) == 19 and web.params["device_id"].isdigit()
        assert web.cookie_header() == "tt-target-idc=useast1a"
        assert "Edg/128" in web.user_agent
        assert web.signer.config is signer.default_sign_config


def test_device_id_differs_per_client():
    with WebClient() as a, WebClient() as b:
        assert a.params["device_id"] != b.params["device_id"]


def test_params_headers_and_http_options_are_applied():
    options = {"timeout": 3.5, "verify": False, "proxies": {"https": "socks5://127.0.0.1:9"}, "max_retries": 2}
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/130.0"
    with WebClient(web_client_params={"app_language": "de"}, web_client_headers={"User-Agent": ua},
                   web_client_options=options) as web:
        assert web.timeout == 3.5 and web.session.verify is False
        assert web.session.proxies == {"https": "socks5://127.0.0.1:9"}
        assert web.session.get_adapter("https://x").max_retries.total == 2
        assert web.params["app_language"] == "de"
        assert web.user_agent == ua and web.params["browser_platform"] == "Win32" and web.params["os"] == "windows"


def test_session_seeds_cookies_and_stays_out_of_repr():
    with WebClient(session_id=SECRET_SESSION, tt_target_idc="eu-ttp2", sign_api_key=SECRET_KEY) as web:
        cookies = dict(pair.split("=", 1) for pair in web.cookie_header().split("; "))
        assert cookies == {"tt-target-idc": "eu-ttp2", "sessionid": SECRET_SESSION, "sessionid_ss": SECRET_SESSION,
                           "sid_tt": SECRET_SESSION, "sid_guard": SECRET_SESSION}
        assert web.cookie_header(include_session=False) == ""
        assert web.has_session
        for text in (repr(web), repr(web.signer), repr(web.signer.config)):
            assert SECRET_SESSION not in text and SECRET_KEY not in text


def test_sign_api_key_overrides_the_config_without_writing_it():
    config = signer.SignConfig(api_key="old", base_path="http://127.0.0.1:1")
    with WebClient(sign_config=config, sign_api_key="new") as web:
        assert web.signer.config.api_key == "new" and web.signer.config.base_path == "http://127.0.0.1:1"
    assert config.api_key == "old" and signer.default_sign_config.api_key is None


def test_default_sign_config_is_read_when_the_client_is_built(monkeypatch):
    custom = signer.SignConfig(base_path="http://127.0.0.1:2")
    monkeypatch.setattr(signer, "default_sign_config", custom)
    with WebClient() as web:
        assert web.signer.config is custom


def test_sign_config_from_env_is_explicit(monkeypatch):
    monkeypatch.setenv("SIGN_API_KEY", SECRET_KEY)
    monkeypatch.setenv("SIGN_API_URL", "http://127.0.0.1:3")
    config = signer.SignConfig.from_env()
    assert (config.api_key, config.base_path) == (SECRET_KEY, "http://127.0.0.1:3")
    assert SECRET_KEY not in repr(config)
    monkeypatch.delenv("SIGN_API_URL")
    assert signer.SignConfig.from_env().base_path == "https://api.eulerstream.com"


def test_merge_cookies_keeps_every_pair():
    with WebClient() as web:
        web.merge_cookies("ttwid=1%7Cabc; odin_tt=xyz; Path=/; msToken=m=")
        cookies = web.cookie_header(include_session=False)
        assert sorted(cookies.split("; ")) == ["msToken=m=", "odin_tt=xyz", "ttwid=1%7Cabc"]


def test_cookies_of_several_domains_do_not_conflict():
    with WebClient(session_id="s1", tt_target_idc="useast1a") as web:
        web.session.cookies.set("sessionid", "s2", domain=".tiktok.com")  # as a Set-Cookie from TikTok would
        assert web.has_session and web.cookies()["sessionid"] in ("s1", "s2")
        assert web.cookie_header().count("sessionid=") == 1
