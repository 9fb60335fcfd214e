"""TikTok's HTTP side: room lookup, room info, gift list, live status, and the initial signed fetch.

Start with :class:`WebClient`::

    with WebClient() as web:
        room_id = web.fetch_room_id("@streamer")
        print(web.fetch_room_info(room_id).title)
"""
from __future__ import annotations

from tiktoklive.web.client import OPTION_NAMES, WebClient
from tiktoklive.web.models import Gift, LiveRoomUserInfo, RoomInfo, RoomOwner
from tiktoklive.web.push_url import websocket_headers, websocket_url
from tiktoklive.web.unique_id import parse_unique_id

__all__ = ["OPTION_NAMES", "Gift", "LiveRoomUserInfo", "RoomInfo", "RoomOwner", "WebClient", "parse_unique_id",
           "websocket_headers", "websocket_url"]
