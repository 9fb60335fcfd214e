"""A bare push client of the fake TikTok for its own tests: initial fetch, upgrade, enter-room.

Plain ``requests`` and ``websocket-client`` calls plus the codec, as any client of TikTok makes them.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

import requests
import websocket

from tiktoklive import codec


def initial_fetch(fake: Any, room: Any) -> Tuple[codec.FetchResult, str]:
    """The sign server's initial fetch of ``room``: the result and its ``x-set-tt-cookie``."""
    response = requests.get(f"{fake.urls['sign']}/webcast/rooms/{room.room_id}/connect", timeout=5)
    return codec.parse_fetch_result(response.content), response.headers["x-set-tt-cookie"]


def open_socket(fake: Any, room: Any, *, compress: bool = True, cookie: bool = True,
                query: Optional[Dict[str, str]] = None, **options: Any) -> websocket.WebSocket:
    """Open a push socket the way the clients do: initial fetch, then the upgrade with its ``ttwid``."""
    result, cookies = initial_fetch(fake, room)
    params = {"room_id": str(room.room_id), "cursor": result.cursor, "internal_ext": result.internal_ext}
    if compress:
        params["compress"] = "gzip"
    params.update(query or {})
    url = result.push_server + "?" + "&".join(f"{k}={v}" for k, v in params.items())
    options.setdefault("timeout", 5)
    return websocket.create_connection(url, cookie=cookies.split(";")[0] if cookie else None, **options)


def enter(ws: websocket.WebSocket, room_id: int) -> codec.PushFrame:
    """Send the enter-room frame and return the server's answer (checked to be ``im_enter_room_resp``)."""
    ws.send_binary(codec.encode_enter_room(room_id, enter_unique_id=codec.new_enter_unique_id()))
    frame = codec.parse_push_frame(ws.recv())
    assert frame.payload_type == "im_enter_room_resp" and frame.payload_encoding == "pb"
    return frame
