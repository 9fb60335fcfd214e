"""Checking :class:`~tiktoklive.web.WebClient`'s options before any I/O."""
from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

from tiktoklive.errors import InvalidOptionError, UnknownOptionError
from tiktoklive.signer import SignConfig

#: Keys ``web_client_options`` accepts (settings of the ``requests.Session``, and the timeout).
WEB_CLIENT_OPTION_KEYS = ("timeout", "proxies", "verify", "cert", "max_retries", "trust_env", "max_body_size",
                          "deadline", "max_retry_after")


def check_options(*, web_base_url: str, webcast_base_url: str, sign_config: Any, sign_api_key: Any, signer: Any,
                  session_id: Any, tt_target_idc: Any, authenticate_ws: bool, use_mobile: bool,
                  preferred_agent_ids: Any, signed_websocket_provider: Any, http: dict[str, Any]) -> None:
    """Reject contradictory or invalid options.

    :raises UnknownOptionError: an unknown ``web_client_options`` key (a ``TypeError``).
    :raises InvalidOptionError: an invalid value, or options that contradict each other.
    """
    unknown = set(http) - set(WEB_CLIENT_OPTION_KEYS)
    if unknown:
        raise UnknownOptionError(f"unknown web_client_options key(s) {', '.join(sorted(unknown))}; valid keys: "
                        f"{', '.join(WEB_CLIENT_OPTION_KEYS)}")
    for name, url in (("web_base_url", web_base_url), ("webcast_base_url", webcast_base_url)):
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise InvalidOptionError(f"{name} must be an http(s) origin such as https://www.tiktok.com")
    for key in ("timeout", "deadline", "max_body_size"):
        value = http.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0):
            raise InvalidOptionError(f"web_client_options[{key!r}] must be a positive number or None")
    cap = http.get("max_retry_after", 0)
    if isinstance(cap, bool) or not isinstance(cap, (int, float)) or not 0 <= cap < math.inf:
        raise InvalidOptionError("web_client_options['max_retry_after'] must be a number of seconds, 0 or more")
    if signer is not None and (sign_config is not None or sign_api_key):
        raise InvalidOptionError("pass either signer= or sign_config=/sign_api_key=, not both")
    if sign_config is not None and not isinstance(sign_config, SignConfig):
        raise InvalidOptionError("sign_config must be a tiktoklive.signer.SignConfig")
    if session_id and not tt_target_idc:
        raise InvalidOptionError("session_id needs tt_target_idc too: copy the tt-target-idc cookie of the same "
                                 "logged-in browser (e.g. 'useast1a')")
    if authenticate_ws and not session_id:
        raise InvalidOptionError("authenticate_ws=True needs a session_id (and tt_target_idc) to authenticate with")
    if use_mobile and not authenticate_ws:
        raise InvalidOptionError("use_mobile=True requires authenticate_ws=True (a mobile WebSocket needs a session)")
    if isinstance(preferred_agent_ids, str):
        raise InvalidOptionError("preferred_agent_ids must be a list of agent ids, not one string")
    if signed_websocket_provider is not None and not callable(signed_websocket_provider):
        raise InvalidOptionError("signed_websocket_provider must be callable")
