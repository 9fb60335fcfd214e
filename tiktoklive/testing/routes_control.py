"""The control API under ``/_fake/`` on the web server, to script a fake running in another process.

Every call is a ``POST`` with a JSON object of keyword arguments (users as unique id strings):

* ``POST /_fake/rooms/{unique_id}`` ``{"live": true}``: create the room; answers its state.
* ``POST /_fake/rooms/{unique_id}/{action}``: call a room's scripting method (:data:`ROOM_ACTIONS`),
  e.g. ``/_fake/rooms/creator/chat`` ``{"user": "alice", "comment": "hi"}``; ``send`` takes the
  message's ``method`` and its fields: ``{"method": "WebcastRoomMessage", "content": "Welcome!"}``.
* ``POST /_fake/faults/{name}``: call a :class:`~tiktoklive.testing.faults.Faults` helper
  (:data:`FAULT_ACTIONS`), e.g. ``/_fake/faults/sign_rate_limit`` ``{"retry_after": 3}``.
* ``POST /_fake/reset``; ``GET /_fake/state``: rooms, sockets (what each client sent), requests, errors.
"""
from __future__ import annotations

from typing import Any, Dict, List

from tiktoklive.testing.backend import FakeBackend
from tiktoklive.testing.exchange import Request, Response
from tiktoklive.testing.rooms import Room
from tiktoklive.testing.server import Route, route

#: Room methods the control API may call.
ROOM_ACTIONS = ("chat", "gift", "like", "follow", "share", "join", "viewers", "battle", "subscribe", "question",
                "control", "end_stream", "go_live", "go_offline", "send", "busy", "stop_busy", "drop_connections",
                "close_connections", "stall")
#: Fault helpers the control API may call.
FAULT_ACTIONS = ("fail_route", "delay", "malformed", "tiktok_rate_limit", "captcha", "blocked", "sign_error",
                 "sign_rate_limit", "sign_empty_body", "sign_without_cookie", "sign_without_cursor",
                 "sign_without_route_params", "reject_websocket", "clear")


def _arguments(request: Request) -> Dict[str, Any]:
    body = request.json()
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise TypeError("the body must be a JSON object of keyword arguments")
    return body


def room_state(room: Room) -> Dict[str, Any]:
    """A room as JSON."""
    return {"unique_id": room.unique_id, "room_id": str(room.room_id), "status": room.status,
            "viewer_count": room.viewer_count, "sockets": len(room.sockets())}


def _call(target: Any, name: str, allowed: tuple, request: Request) -> Response:
    if name not in allowed:
        return Response.json({"ok": False, "message": f"unknown action {name!r}; one of {', '.join(allowed)}"}, 404)
    try:
        arguments = _arguments(request)
        positional = [arguments.pop("method")] if name == "send" and "method" in arguments else []
        result = getattr(target, name)(*positional, **arguments)
    except (TypeError, ValueError, KeyError) as exc:
        return Response.json({"ok": False, "message": f"{type(exc).__name__}: {exc}"}, 400)
    return Response.json({"ok": True, "result": result if isinstance(result, (int, str, bool)) else None})


def create_room(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /_fake/rooms/{unique_id}``."""
    arguments = _arguments(request)
    return Response.json(room_state(backend.room(groups["unique_id"], live=bool(arguments.get("live", True)))))


def room_action(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /_fake/rooms/{unique_id}/{action}``."""
    room = backend.rooms.get(groups["unique_id"])
    if room is None:
        return Response.json({"ok": False, "message": f"no room @{groups['unique_id']}; create it first"}, 404)
    return _call(room, groups["action"], ROOM_ACTIONS, request)


def fault(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /_fake/faults/{name}``."""
    return _call(backend.faults, groups["name"], FAULT_ACTIONS, request)


def reset(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``POST /_fake/reset``."""
    backend.reset()
    return Response.json({"ok": True})


def state(backend: FakeBackend, groups: Dict[str, str], request: Request) -> Response:
    """``GET /_fake/state``."""
    sockets = [{"room_id": str(s.room_id), "open": not s.closed.is_set(), "cookies": sorted(s.cookies),
                "compress": s.compress, "entered": len(s.entered), "heartbeats": len(s.heartbeats),
                "acks": len(s.acks), "unacked": len(s.unacked), "close_code": s.close_code, "closed_by": s.closed_by}
               for s in list(backend.sockets)]
    return Response.json({"urls": backend.urls, "rooms": [room_state(r) for r in list(backend.rooms.values())],
                          "sockets": sockets, "requests": [f"{r.surface} {r.method} {r.path}" for r in
                                                           list(backend.requests)],
                          "errors": [f"{type(e).__name__}: {e}" for e in list(backend.errors)]})


ROUTES: List[Route] = [
    route("POST", r"/_fake/rooms/(?P<unique_id>[^/]+)", "control", create_room),
    route("POST", r"/_fake/rooms/(?P<unique_id>[^/]+)/(?P<action>\w+)", "control", room_action),
    route("POST", r"/_fake/faults/(?P<name>\w+)", "control", fault),
    route("POST", r"/_fake/reset", "control", reset),
    route("GET", r"/_fake/state", "control", state),
]
