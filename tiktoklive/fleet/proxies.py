"""Per-room proxies: a list handed out round-robin across the fleet, as connection options."""
from __future__ import annotations

from typing import Any, Dict
from urllib.parse import unquote, urlsplit

from tiktoklive.errors import InvalidOptionError

#: Proxy URL schemes and the websocket-client ``proxy_type`` of each.
PROXY_TYPES = {"http": "http", "https": "http", "socks4": "socks4", "socks4a": "socks4a", "socks5": "socks5",
               "socks5h": "socks5h"}


def proxy_options(url: str) -> Dict[str, Any]:
    """Connection options sending a room's HTTP requests and WebSocket through the proxy ``url``.

    :raises InvalidOptionError: ``url`` is not ``scheme://[user:password@]host:port``.
    """
    parts = urlsplit(url)
    if parts.scheme not in PROXY_TYPES or not parts.hostname or not parts.port:
        raise InvalidOptionError(f"a proxy must be {{{','.join(PROXY_TYPES)}}}://[user:password@]host:port")
    ws: Dict[str, Any] = {"http_proxy_host": parts.hostname, "http_proxy_port": parts.port,
                          "proxy_type": PROXY_TYPES[parts.scheme]}
    if parts.username:
        ws["http_proxy_auth"] = (unquote(parts.username), unquote(parts.password or ""))
    return {"web_client_options": {"proxies": {"http": url, "https": url}}, "ws_client_options": ws}
