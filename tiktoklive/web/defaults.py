"""The browser TikTok's web client pretends to be: default query parameters, headers and cookies.

These are the Node library's defaults (its default device, screen and location; nothing is
randomised). Only ``device_id`` differs between clients: each :class:`~tiktoklive.web.WebClient`
draws its own.
"""
from __future__ import annotations

import random

WEB_BASE_URL = "https://www.tiktok.com"
WEBCAST_BASE_URL = "https://webcast.tiktok.com"

#: Node's default device (Edge 128 on macOS).
USER_AGENT = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/129.0.0.0 Safari/537.36 Edg/128.0.2739.79")

#: Node's default location.
LANGUAGE, LANGUAGE_COUNTRY, COUNTRY, TIME_ZONE = "en", "en-DE", "DE", "Europe/Berlin"
SCREEN_WIDTH, SCREEN_HEIGHT = 1920, 1080

#: Cookies that carry a logged-in session; never sent to the sign server unless asked.
SESSION_COOKIES = ("sessionid", "sessionid_ss", "sid_tt", "sid_guard")
TARGET_IDC_COOKIE = "tt-target-idc"
DEFAULT_TARGET_IDC = "useast1a"


def new_device_id() -> str:
    """A random 19-digit device id (one per client, as Node does)."""
    return str(random.randrange(10 ** 18, 10 ** 19))


def browser_params(user_agent: str) -> dict[str, str]:
    """The parameters TikTok derives from the User-Agent (browser name/version, platform, OS)."""
    name, _, version = user_agent.partition("/")
    mac = "Macintosh" in user_agent
    return {"browser_name": name, "browser_version": version,
            "browser_platform": "MacIntel" if mac else "Win32", "os": "mac" if mac else "windows"}


def http_params(user_agent: str, device_id: str) -> dict[str, str]:
    """The query parameters Node sends with every HTTP request to TikTok (PROTOCOL §3.1)."""
    return {
        "aid": "1988", "app_language": LANGUAGE, "app_name": "tiktok_web",
        "browser_language": LANGUAGE_COUNTRY, "browser_online": "true",
        "cookie_enabled": "true", "device_platform": "web_pc", "focus_state": "true", "from_page": "user",
        "history_len": "10", "is_fullscreen": "false", "is_page_visible": "true",
        "screen_height": str(SCREEN_HEIGHT), "screen_width": str(SCREEN_WIDTH), "tz_name": TIME_ZONE,
        "referer": "https://www.tiktok.com/", "root_referer": "https://www.tiktok.com/",
        "channel": "tiktok_web", "data_collection_enabled": "true", "priority_region": COUNTRY,
        "region": COUNTRY, "user_is_login": "true", "webcast_language": LANGUAGE, "device_id": device_id,
        **browser_params(user_agent),
    }


def http_headers(user_agent: str) -> dict[str, str]:
    """The headers Node sends with every HTTP request to TikTok (PROTOCOL §3.2), cookies aside."""
    return {
        "Connection": "keep-alive", "Cache-Control": "max-age=0", "User-Agent": user_agent,
        "Accept": "text/html,application/json,application/protobuf", "Referer": "https://www.tiktok.com/",
        "Origin": "https://www.tiktok.com", "Accept-Language": "en-US,en;q=0.9",
        "Accept-Encoding": "gzip, deflate", "Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors",
        "Sec-Fetch-Dest": "empty", "Sec-Fetch-Ua-Mobile": "?0",
    }


def websocket_params(user_agent: str) -> dict[str, str]:
    """The WebSocket query parameters Node starts from, in Node's order (PROTOCOL §6.2)."""
    browser = browser_params(user_agent)
    return {
        "version_code": "180800", "aid": "1988", "app_language": LANGUAGE, "app_name": "tiktok_web",
        "browser_platform": browser["browser_platform"], "browser_language": LANGUAGE_COUNTRY,
        "browser_name": browser["browser_name"], "browser_version": browser["browser_version"],
        "browser_online": "true", "cookie_enabled": "true", "tz_name": TIME_ZONE, "device_platform": "web",
        "identity": "audience", "live_id": "12", "webcast_language": LANGUAGE, "ws_direct": "0",
        "sup_ws_ds_opt": "1", "update_version_code": "2.0.0", "did_rule": "3",
        "screen_height": str(SCREEN_HEIGHT), "screen_width": str(SCREEN_WIDTH), "heartbeat_duration": "0",
        "resp_content_type": "protobuf", "history_comment_count": "6", "client_enter": "1",
        "last_rtt": f"{random.uniform(100, 200):.3f}", "User-Agent": user_agent,
    }
