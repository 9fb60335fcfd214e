"""The WebSocket URL and handshake headers for a room's initial fetch (PROTOCOL §6.1–6.3)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from tiktoklive.signer import SignedWebSocket
from tiktoklive.web import defaults

#: Appended after the encoded query, as TikTok's own client does (``version_code`` is sent twice).
URL_SUFFIX = "&version_code=270000"


def websocket_url(result: SignedWebSocket, room_id: str | None = None,
                  ws_client_params: Mapping[str, Any] | None = None, *,
                  user_agent: str = defaults.USER_AGENT) -> str:
    """The full ``push_server`` URL to open for ``result``. It is secret: do not log it.

    Precedence is Node's: its WebSocket defaults, then ``ws_client_params``, then ``compress``,
    ``room_id``, ``internal_ext`` and ``cursor``, then every non-empty ``route_params`` entry (the
    server's values win). Every value is percent-encoded.

    :param room_id: the room (``result.room_id`` if omitted).
    :param ws_client_params: query parameters to add or override.
    :param user_agent: the User-Agent the WebSocket will be opened with.
    """
    fetch = result.fetch_result
    params: dict[str, str] = {**defaults.websocket_params(user_agent),
                              **{k: str(v) for k, v in (ws_client_params or {}).items()},
                              "compress": "gzip", "room_id": str(room_id or result.room_id),
                              "internal_ext": fetch.internal_ext, "cursor": fetch.cursor}
    params.update((k, v) for k, v in fetch.route_params.items() if v)
    separator = "&" if "?" in fetch.push_server else "?"
    return fetch.push_server + separator + urlencode(params, quote_via=quote, safe="") + URL_SUFFIX


def websocket_headers(cookie_header: str, user_agent: str = defaults.USER_AGENT) -> dict[str, str]:
    """Handshake headers: ``Cookie`` (when there are cookies) and ``User-Agent``. No Origin, as Node."""
    headers = {"User-Agent": user_agent}
    if cookie_header:
        headers["Cookie"] = cookie_header
    return headers
