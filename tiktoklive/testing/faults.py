"""Scripted failures of the fake's HTTP routes and WebSocket handshake, and broken frames to push.

A fault is a rule on one route (by name, see :data:`ROUTES`): for its next ``count`` requests
(``None``: every request) it either answers with a canned :class:`Response`, or edits the real
answer, after an optional delay. ``fake.faults`` is the :class:`Faults` of a fake; its helpers
cover what TikTok and the sign server are known to do::

    fake.faults.sign_rate_limit(retry_after=3)          # the next initial fetch gets a 429
    fake.faults.fail_route("room_info", status=503)     # the next room info gets a 503
    fake.faults.captcha()                               # live pages show a captcha from now on
    fake.faults.reject_websocket(415, "DEVICE_BLOCKED") # the next WebSocket upgrade is refused

Failures of open WebSockets are scripted on the room (``room.drop_connections()``,
``room.close_connections(code)``, ``room.stall()``, ``room.send_raw(data)``); the functions at
the end of this module build the broken frames to pass to ``send_raw``.
"""
from __future__ import annotations

import dataclasses
import gzip
import os
import random
import threading
import time
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

from tiktoklive import codec
from tiktoklive.testing.exchange import Request, Response

#: Route names faults can target: web, webcast, sign server, WebSocket handshake.
ROUTES = ("live_page", "profile_page", "api_live", "room_info", "check_alive", "gift_list", "im_fetch",
          "sign_connect", "sign_url", "sign_room_id", "sign_room_info", "sign_chat", "sign_rate_limits", "sign_jwt",
          "push")
#: The sign server's error texts (its OpenAPI examples, where it gives one).
SIGN_MESSAGES = {401: "Invalid or missing API key.", 402: "This endpoint requires a paid plan.",
                 403: "Your API key does not have access to this endpoint.", 404: "Not found.",
                 429: "Too many requests, please try again later.", 500: "An internal error occurred.",
                 503: "No agents are currently available. Please try again later."}
#: ``Handshake-Msg`` texts TikTok sends with a ``Handshake-Status`` (PROTOCOL §6.4).
HANDSHAKE_MESSAGES = {404: "uri not found", 410: "invalid device id", 411: "illegal app_id", 413: "device already "
                      "connected", 414: "server can't accept more connections", 415: "DEVICE_BLOCKED",
                      416: "parameter error", 417: "illegal secret key", 510: "server internal error",
                      511: "server is busy, try again later"}


@dataclasses.dataclass
class Fault:
    """One rule: what the next ``count`` requests to ``route`` get.

    :ivar response: a canned answer, or a function of the request making one (the route's own
        handler does not run).
    :ivar edit: a function changing the route's real answer.
    :ivar delay: seconds to wait before answering (a slow server).
    :ivar count: how many requests it still applies to (``None``: all of them).
    :ivar match: only requests for which this returns true.
    """

    route: str
    response: Union[Response, Callable[[Request], Response], None] = None
    edit: Optional[Callable[[Response], Response]] = None
    delay: float = 0.0
    count: Optional[int] = 1
    match: Optional[Callable[[Request], bool]] = None

    def __repr__(self) -> str:
        if isinstance(self.response, Response):
            what = f"HTTP {self.response.status}"
        else:
            what = "answer" if self.response else ("edit" if self.edit else "pass")
        return f"<Fault {self.route} {what} delay={self.delay} count={self.count}>"


class Faults:
    """The fault rules of one fake; thread-safe. Later rules for a route wait for earlier ones."""

    def __init__(self, stop: threading.Event) -> None:
        self._stop = stop
        self._lock = threading.Lock()
        self._rules: List[Fault] = []

    def __repr__(self) -> str:
        return f"<Faults {self._rules!r}>"

    def __len__(self) -> int:
        return len(self._rules)

    def add(self, route: str, *, response: Union[Response, Callable[[Request], Response], None] = None,
            edit: Optional[Callable[[Response], Response]] = None, delay: float = 0.0, count: Optional[int] = 1,
            match: Optional[Callable[[Request], bool]] = None) -> Fault:
        """Add a rule for ``route`` (one of :data:`ROUTES`).

        :raises ValueError: an unknown route name, or a count below 1.
        """
        if route not in ROUTES:
            raise ValueError(f"unknown route {route!r}; one of {', '.join(ROUTES)}")
        if count is not None and count < 1:
            raise ValueError("count must be None or at least 1")
        fault = Fault(route, response, edit, delay, count, match)
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def pending(self, route: Optional[str] = None) -> List[Fault]:
        """The rules not used up yet (for ``route`` only, if given)."""
        with self._lock:
            return [f for f in self._rules if route is None or f.route == route]

    def _take(self, route: str, request: Request) -> Optional[Fault]:
        with self._lock:
            for fault in self._rules:
                if fault.route == route and (fault.match is None or fault.match(request)):
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count == 0:
                            self._rules.remove(fault)
                    return fault
        return None

    def respond(self, route: str, request: Request, answer: Callable[[], Optional[Response]]) -> Optional[Response]:
        """Answer ``request`` through the first rule for ``route``, or with ``answer()`` when none applies.

        :returns: the answer, or ``None`` when there is none to send (the fake stopped during a delay).
        """
        fault = self._take(route, request)
        if fault is None:
            return answer()
        if fault.delay and self._stop.wait(fault.delay):
            return None  # the fake is stopping: no answer
        if isinstance(fault.response, Response):
            return dataclasses.replace(fault.response, headers=dict(fault.response.headers))
        if fault.response is not None:
            return fault.response(request)
        response = answer()
        return fault.edit(response) if fault.edit is not None and response is not None else response

    # ------------------------------------------------------------ any route

    def fail_route(self, route: str, status: int = 503, *, body: Any = None,
                   headers: Optional[Mapping[str, str]] = None, count: Optional[int] = 1, delay: float = 0.0) -> Fault:
        """Answer ``route`` with HTTP ``status``; ``body`` is bytes, text, or data sent as JSON."""
        if body is None:
            body = {"status_code": status, "message": SIGN_MESSAGES.get(status, "error")}
        if isinstance(body, bytes):
            response = Response(status, body, {"Content-Type": "application/octet-stream"})
        elif isinstance(body, str):
            response = Response(status, body.encode(), {"Content-Type": "text/html; charset=utf-8"})
        else:
            response = Response.json(body, status)
        response.headers.update(headers or {})
        return self.add(route, response=response, count=count, delay=delay)

    def delay(self, route: str, seconds: float, *, count: Optional[int] = 1) -> Fault:
        """Answer ``route`` normally, but only after ``seconds``."""
        return self.add(route, delay=seconds, count=count)

    def malformed(self, route: str, *, count: Optional[int] = 1) -> Fault:
        """Answer ``route`` with HTTP 200 and a body of the right type that does not parse."""
        bodies = {"live_page": Response.html('<!DOCTYPE html><html><head><script id="SIGI_STATE" '
                                             'type="application/json">{"LiveRoom":{"liveRoomUserInfo":'),
                  "sign_connect": Response.protobuf(b"\x0a\xff\xff\xff\x0f\x01"),
                  "im_fetch": Response.protobuf(b"\x0a\xff\xff\xff\x0f\x01")}
        response = bodies.get(route) or Response(200, b'{"status_code":0,"data":{"id_str":', {
            "Content-Type": "application/json; charset=utf-8"})
        return self.add(route, response=response, count=count)

    # ------------------------------------------------------------ TikTok

    def tiktok_rate_limit(self, route: str = "live_page", *, count: Optional[int] = 1,
                          retry_after: Union[int, str, None] = None) -> Fault:
        """TikTok's HTTP 429 on ``route`` (with ``Retry-After`` when given; a str is sent as it is)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return self.fail_route(route, 429, body="<html><body>Too Many Requests</body></html>", headers=headers,
                               count=count)

    def captcha(self, *, marker: bool = True, count: Optional[int] = None) -> Fault:
        """Live pages show TikTok's verification page: a ``SIGI_STATE`` tag that holds no JSON and,
        with ``marker``, the ``tiktok-verify-page`` element."""
        verify = '<div id="tiktok-verify-page" class="captcha_verify_container"></div>' if marker else ""
        page = ('<!DOCTYPE html><html><head><title>TikTok</title></head><body>' + verify +
                '<script id="SIGI_STATE" type="application/json">captcha_verify_required</script></body></html>')
        return self.add("live_page", response=Response.html(page), count=count)

    def blocked(self, *, status: int = 200, count: Optional[int] = None) -> Fault:
        """Live pages come without any ``SIGI_STATE`` (status 200), or are refused (e.g. 403)."""
        page = "<!DOCTYPE html><html><head><title>TikTok</title></head><body><div id=\"app\"></div></body></html>"
        return self.add("live_page", response=Response.html(page, status), count=count)

    # ------------------------------------------------------------ sign server

    def sign_error(self, status: int, *, route: str = "sign_connect", message: Optional[str] = None,
                   count: Optional[int] = 1) -> Fault:
        """The sign server answers ``route`` with ``status`` and its JSON error body."""
        text = message or SIGN_MESSAGES.get(status, "error")
        body = {"message": text} if status == 402 else {"code": status, "message": text}
        return self.add(route, response=lambda request: Response.json(body, status, sign_ids()), count=count)

    def sign_rate_limit(self, *, route: str = "sign_connect", retry_after: Union[int, str] = 3,
                        limit_label: str = "minute", count: Optional[int] = 1) -> Fault:
        """The sign server's 429, with the headers Node (``retry-after``, ``x-ratelimit-reset``) and
        Python (``RateLimit-Remaining``, ``RateLimit-Reset``) read, as of each answer. A str
        ``retry_after`` (a date, ``"inf"``, garbage) is sent as it is, without the reset headers."""
        body = {"code": 429, "message": SIGN_MESSAGES[429], "limit_label": limit_label}

        def answer(request: Request) -> Response:
            headers = {"retry-after": str(retry_after), **sign_ids()}
            if isinstance(retry_after, int):
                reset = str(int(time.time()) + retry_after)
                headers.update({"x-ratelimit-reset": reset, "RateLimit-Remaining": str(retry_after),
                                "RateLimit-Reset": reset})
            return Response.json(body, 429, headers)
        return self.add(route, response=answer, count=count)

    def sign_empty_body(self, *, count: Optional[int] = 1) -> Fault:
        """The initial fetch answers 200 with an empty body ("are you being detected by TikTok?")."""
        return self.add("sign_connect", response=lambda request: Response.protobuf(b"", sign_ids()), count=count)

    def sign_without_cookie(self, *, handshake_msg: Optional[str] = None, count: Optional[int] = 1) -> Fault:
        """The initial fetch comes without ``x-set-tt-cookie`` (with TikTok's ``handshake-msg`` if given)."""
        def edit(response: Response) -> Response:
            response.headers.pop("x-set-tt-cookie", None)
            if handshake_msg:
                response.headers["handshake-msg"] = handshake_msg
            return response
        return self.add("sign_connect", edit=edit, count=count)

    def sign_without_cursor(self, *, count: Optional[int] = 1) -> Fault:
        """The initial fetch result has no ``cursor``."""
        return self._edit_result(lambda result: result.ClearField("cursor"), count)

    def sign_without_route_params(self, *, count: Optional[int] = 1) -> Fault:
        """The initial fetch result has no ``route_params`` (and no ``push_server``)."""
        def edit(result: codec.FetchResult) -> None:
            result.ClearField("route_params")
            result.ClearField("push_server")
        return self._edit_result(edit, count)

    def _edit_result(self, change: Callable[[codec.FetchResult], None], count: Optional[int]) -> Fault:
        def edit(response: Response) -> Response:
            if response.status == 200 and response.body:
                result = codec.parse_fetch_result(response.body)
                change(result)
                response.body = result.SerializeToString()
            return response
        return self.add("sign_connect", edit=edit, count=count)

    # ------------------------------------------------------------ WebSocket handshake

    def reject_websocket(self, handshake_status: int = 415, message: Optional[str] = None, *, http_status: int = 200,
                         count: Optional[int] = 1) -> Fault:
        """Refuse the next WebSocket upgrade as TikTok does: HTTP 200 (or the fallback proxy's 400),
        no upgrade, ``Handshake-Status`` and ``Handshake-Msg`` headers."""
        text = message or HANDSHAKE_MESSAGES.get(handshake_status, "rejected")
        headers = {"Handshake-Status": str(handshake_status), "Handshake-Msg": text,
                   "x-tt-logid": time.strftime("%Y%m%d%H%M%S") + os.urandom(10).hex().upper()}
        return self.add("push", response=Response(http_status, b"", headers), count=count)


def sign_ids() -> Dict[str, str]:
    """The sign server's ``x-request-id`` (fresh) and ``x-agent-id`` headers."""
    return {"x-request-id": os.urandom(8).hex(), "x-agent-id": "fake-agent-1"}


# ---------------------------------------------------------------- broken frames (for room.send_raw)


def garbage(size: int = 64, *, seed: Optional[int] = None) -> bytes:
    """``size`` random bytes that are not a push frame (the first byte is an invalid protobuf tag)."""
    rng = random.Random(seed)
    return b"\xff" + bytes(rng.getrandbits(8) for _ in range(max(0, size - 1)))


def truncated(frame: bytes, keep: Optional[int] = None) -> bytes:
    """The first ``keep`` bytes of ``frame`` (default: two thirds): a push frame cut short."""
    return frame[: (len(frame) * 2 // 3) if keep is None else keep]


def truncated_gzip(frame: bytes) -> bytes:
    """``frame`` (a gzip "msg" frame) whose gzip payload is cut in half; the frame itself parses."""
    parsed = codec.parse_push_frame(frame)
    parsed.payload = parsed.payload[: len(parsed.payload) // 2]
    return parsed.SerializeToString()


def oversized_frame(size: int = 8 * 1024 * 1024, *, room_id: int = 0, compress: bool = True) -> bytes:
    """A valid "msg" frame of at least ``size`` bytes: one chat message with a huge comment."""
    from tiktoklive.testing import factory

    noise = os.urandom(size).hex()  # random hex: gzip can at best halve it
    message = factory.chat("oversized", noise, room_id=room_id or factory.ROOM_ID)
    return factory.frame(message, compress=compress)


def gzip_magic_frame(result: bytes, *, log_id: int) -> bytes:
    """A "msg" frame gzip-compressed but without the ``compress_type`` header (clients must sniff)."""
    return codec.encode_frame(codec.MSG, gzip.compress(result, mtime=0), log_id=log_id)
