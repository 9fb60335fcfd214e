"""The sign server's HTTP API (Euler Stream): initial fetch, URL signing, room ids, chat, limits, JWTs.

Serves the paths of tiktok-live-connector 2.5.0, of TikTokLive 7.0.1 and of the newest SDKs
(PROTOCOL §5, §15). When the fake has an API key, every route wants it as ``X-Api-Key`` (or
``?apiKey=``), or a JWT the fake minted as ``x-jwt-key``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import zlib
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit

from tiktoklive.signer import SIGNATURE_PARAMS
from tiktoklive.testing.backend import FakeBackend
from tiktoklive.testing.exchange import Request, Response, parse_cookie_header
from tiktoklive.testing.faults import SIGN_MESSAGES, sign_ids
from tiktoklive.testing.rooms import Room
from tiktoklive.testing.routes_web import user_info_json
from tiktoklive.testing.server import Handler, Route, route

#: Requests per window the fake's rate-limit route reports.
LIMITS = {"minute": 30, "hour": 300, "day": 2000}
_WINDOWS = {"minute": 60, "hour": 3600, "day": 86400}


def _error(status: int, message: Optional[str] = None) -> Response:
    return Response.json({"code": status, "message": message or SIGN_MESSAGES.get(status, "error")}, status,
                         sign_ids())


def authorized(handler: Handler) -> Handler:
    """Wrap a route so that it answers 401 unless the request carries the fake's API key or one of its JWTs."""
    def check(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
        if backend.api_key is not None:
            key = request.headers.get("x-api-key") or request.query.get("apiKey")
            jwt = request.headers.get("x-jwt-key")
            if key != backend.api_key and jwt not in backend.issued_jwts:
                return _error(401)
        return handler(backend, groups, request)
    check.__doc__ = handler.__doc__
    return check


def new_ttwid() -> str:
    """A ``ttwid`` cookie value in TikTok's format (``1|<id>|<time>|<hash>``, URL-encoded)."""
    now = int(time.time())
    token = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    return f"1%7C{token}%7C{now}%7C{hashlib.sha256(token.encode()).hexdigest()}"


@authorized
def connect(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """The initial fetch: ``GET /webcast/rooms/{room_id}/connect``, ``/webcast/anchors/{unique_id}/connect``
    or ``/webcast/fetch?room_id=…``. Raw protobuf ``WebcastResponse`` plus ``x-set-tt-cookie``."""
    room: Optional[Room] = None
    room_id = groups.get("room_id") or request.query.get("room_id", "")
    unique_id = groups.get("unique_id") or request.query.get("unique_id", "")
    if room_id.isdigit() and int(room_id):
        room = backend.room_by_id(int(room_id))
    elif unique_id:
        room = backend.rooms.get(unique_id.lstrip("@"))
    if room is None:
        return _error(404, "Room not found.")
    session = parse_cookie_header(request.headers.get("x-cookie-header", "")).get("sessionid")
    if request.query.get("platform") == "mobile" and not (session or request.query.get("session_id")):
        return _error(400, "A mobile WebSocket needs a logged-in session (x-cookie-header with sessionid).")
    ttwid = new_ttwid()
    backend.issued_ttwids[ttwid] = session or request.query.get("session_id") or None
    cookies = f"ttwid={ttwid}; tt_chain_token={os.urandom(12).hex()}; tt_csrf_token={os.urandom(8).hex()}"
    headers = {"x-set-tt-cookie": cookies, "x-room-id": str(room.room_id), **sign_ids()}
    preferred = [a for a in request.query.get("preferred_agent_ids", "").split(",") if a]
    if preferred:
        headers["x-agent-id"] = preferred[0]
    body = room.initial_result(backend.urls["push"], request.query.get("cursor", ""))
    return Response.protobuf(body, headers)


@authorized
def sign_url(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /tiktok/sign_url`` (and its other paths): any URL, signed on the fake's own origin."""
    body = request.json()
    url = body.get("url") if isinstance(body, dict) else None
    if not isinstance(url, str) or not url:
        return _error(400, "The url field is required.")
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SIGNATURE_PARAMS]
    tokens = {"msToken": base64.urlsafe_b64encode(os.urandom(96)).decode().rstrip("="),
              "X-Bogus": "DFSzswVL" + os.urandom(12).hex(), "X-Gnarly": base64.b64encode(os.urandom(48)).decode()}
    origin = backend.urls["web"] if parts.path.startswith(("/@", "/api-live")) else backend.urls["webcast"]
    signed = f"{origin}{parts.path}?{urlencode(query + list(tokens.items()))}"
    user_agent = body.get("userAgent") or backend.user_agent
    name, _, version = user_agent.partition("/")
    return Response.json({"code": 200, "message": "", "response": {
        "signedUrl": signed, "userAgent": user_agent, "browserName": name, "browserVersion": version,
        "tokens": tokens, "requestHeaders": {"User-Agent": user_agent}, "cookies": []}}, headers=sign_ids())


@authorized
def room_id(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/anchors/{unique_id}/room_id`` (or ``/webcast/room_id?uniqueId=…``); outcome in ``code``."""
    unique_id = (groups.get("unique_id") or request.query.get("uniqueId", "")).lstrip("@")
    room = backend.rooms.get(unique_id)
    if room is None:
        return Response.json({"code": 404, "ok": False, "message": f"Could not find a room for @{unique_id}.",
                              "routes_attempted": ["html", "api"], "is_live": False, "room_id": None,
                              "source": None}, headers=sign_ids())
    return Response.json({"code": 200, "ok": True, "message": "", "routes_attempted": ["html"],
                          "is_live": room.live, "room_id": str(room.room_id), "source": "html"}, headers=sign_ids())


@authorized
def room_info(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /webcast/anchors/{unique_id}/room_info`` (paid): the live page's data, as ``data.raw``."""
    unique_id = groups["unique_id"].lstrip("@")
    room = backend.rooms.get(unique_id)
    if room is None:
        return Response.json({"code": 404, "ok": False, "message": f"Could not find a room for @{unique_id}.",
                              "routes_attempted": ["html", "api"], "source": None, "data": None}, headers=sign_ids())
    info = user_info_json(room)
    return Response.json({"code": 200, "ok": True, "message": "", "routes_attempted": ["html"], "source": "html",
                          "data": {"unique_id": unique_id, "raw": info, "room_info": info["liveRoom"],
                                   "user": info["user"]}}, headers=sign_ids())


@authorized
def chat(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /webcast/rooms/{room_id}/chat`` with ``x-cookie-header``: the comment appears in the room."""
    session = parse_cookie_header(request.headers.get("x-cookie-header", "")).get("sessionid")
    if not session:
        return _error(401, "A logged-in session (x-cookie-header with sessionid) is required.")
    room = backend.room_by_id(int(groups["room_id"]))
    body = request.json()
    content = body.get("content") if isinstance(body, dict) else None
    if room is None:
        return _error(404, "Room not found.")
    if not isinstance(content, str) or not content:
        return _error(400, "The content field is required.")
    message = room.chat(f"user{zlib.crc32(session.encode()) % 10**8}", content)
    return Response.json({"code": 200, "message": "Chat sent.",
                          "data": {"msg_id": str(message.common.msg_id), "content": content}}, headers=sign_ids())


@authorized
def rate_limits(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /accounts/me/rate_limits``: the initial fetches counted per minute, hour and day."""
    now = time.time()
    fetches = [r.received_at for r in backend.requests if r.route == "sign_connect"]
    body: Dict[str, Any] = {"code": 200}
    for window, limit in LIMITS.items():
        used = sum(1 for t in fetches if now - t < _WINDOWS[window])
        reset = datetime.now(timezone.utc) + timedelta(seconds=_WINDOWS[window])
        body[window] = {"max": limit, "remaining": max(0, limit - used), "reset_at": reset.isoformat()}
    return Response.json(body, headers=sign_ids())


@authorized
def create_jwt(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /accounts/{account_id}/jwt/create``: a JWT the fake then accepts as ``x-jwt-key``."""
    body = request.json()
    body = body if isinstance(body, dict) else {}
    expire_after = body.get("expireAfter", 3600)
    if not isinstance(expire_after, int) or not 0 < expire_after <= 7200:
        return _error(400, "expireAfter must be between 1 and 7200 seconds.")
    claims = {"account_id": groups["account_id"], "limits": body.get("limits", {}),
              "exp": int(time.time()) + expire_after}
    token = ".".join(_b64(json.dumps(part).encode()) for part in ({"alg": "HS256", "typ": "JWT"}, claims))
    token += "." + _b64(hmac.new(backend.jwt_secret, token.encode(), hashlib.sha256).digest())
    backend.issued_jwts.add(token)
    return Response.json({"code": 200, "message": "", "token": token}, headers=sign_ids())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


ROUTES: List[Route] = [
    route("GET", r"/webcast/rooms/(?P<room_id>\d+)/connect/?", "sign_connect", connect),
    route("GET", r"/webcast/anchors/(?P<unique_id>[^/]+)/connect/?", "sign_connect", connect),
    route("GET", r"/webcast/fetch/?", "sign_connect", connect),
    route("POST", r"/(tiktok|webcast)/sign_url/?", "sign_url", sign_url),
    route("POST", r"/tiktok/signing/encrypt/sign_url/?", "sign_url", sign_url),
    route("GET", r"/webcast/anchors/(?P<unique_id>[^/]+)/room_id/?", "sign_room_id", room_id),
    route("GET", r"/webcast/room_id/?", "sign_room_id", room_id),
    route("GET", r"/webcast/anchors/(?P<unique_id>[^/]+)/room_info/?", "sign_room_info", room_info),
    route("POST", r"/webcast/rooms/(?P<room_id>\d+)/chat/?", "sign_chat", chat),
    route("GET", r"/(accounts/me|webcast)/rate_limits/?", "sign_rate_limits", rate_limits),
    route("POST", r"/accounts/(?P<account_id>[^/]+)/jwt/create/?", "sign_jwt", create_jwt),
]
