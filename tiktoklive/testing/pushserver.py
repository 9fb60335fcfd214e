"""The push server: TikTok's WebSocket handshake, validated and refused the way TikTok does it.

The upgrade needs ``room_id`` in the query, the ``ttwid`` cookie the sign server handed out, and
the ``sessionid`` cookie when the socket was signed for a session; a refusal is HTTP 200 with
``Handshake-Status`` and ``Handshake-Msg``. An accepted socket
(:class:`~tiktoklive.testing.push.PushSocket`) joins its room at once, from the handshake's
``room_id``, so nothing scripted after a client's ``connect()`` is missed; and it first gets what
its room sent after the ``cursor`` of its URL (the initial fetch's, or a reconnect's), so nothing
sent between that fetch and the handshake is missed either. Then one thread reads every socket
(:class:`~tiktoklive.testing.pushloop.SocketLoop`), so a fake serves thousands of them.
"""
from __future__ import annotations

import socket
import weakref
from typing import Any, List, Optional

from tiktoklive import codec
from tiktoklive.testing import ws
from tiktoklive.testing.backend import FakeBackend
from tiktoklive.testing.exchange import Request, Response
from tiktoklive.testing.push import PushSocket
from tiktoklive.testing.pushloop import SocketLoop
from tiktoklive.testing.server import LoopbackServer, RequestHandler

#: The path the sign server hands out (``push_server``).
PUSH_PATH = "/webcast/im/push/v2/"


class PushHandler(RequestHandler):
    """Reads the handshake unbuffered, so no WebSocket byte is left behind in a buffer (and, as
    every handler of the fake, sends with ``TCP_NODELAY``: small frames leave at once)."""

    rbufsize = 0


class PushServer(LoopbackServer):
    """The push server: one WebSocket endpoint at :data:`PUSH_PATH` (and TikTok's proxy paths)."""

    def __init__(self, backend: FakeBackend, *, port: int = 0) -> None:
        super().__init__("push", backend, [], port=port, handler_class=PushHandler)
        self._loop = SocketLoop(self.thread_name)
        self._handed_over: "weakref.WeakSet[socket.socket]" = weakref.WeakSet()  # to the loop: left open

    def start(self) -> None:
        """Serve handshakes and read the open sockets, each on a background thread."""
        self._loop.start()
        super().start()

    def stop(self) -> None:
        """Stop serving handshakes, then close every open socket; joins the threads (bounded wait)."""
        super().stop()
        self._loop.stop()

    def shutdown_request(self, request: Any) -> None:
        """Close a connection after its handler, unless it is a WebSocket the socket loop now reads."""
        if request not in self._handed_over:
            super().shutdown_request(request)

    @property
    def url(self) -> str:
        """``ws://127.0.0.1:PORT/webcast/im/push/v2/``."""
        return f"ws://127.0.0.1:{self.port}{PUSH_PATH}"

    def handle(self, handler: RequestHandler) -> None:
        """Record the handshake and answer it: a fault's answer, a refusal, or the upgrade."""
        request = handler.read_request()
        request.route = "push" if request.path.startswith("/webcast/im/") else None
        self.backend.record_request(request)
        if request.route is None or request.method != "GET":
            self.backend.record_error(AssertionError(f"the fake push server has no route for {request.method} "
                                                  f"{request.path}"))
            handler.write(Response(404))
            return
        response = self.backend.faults.respond("push", request, lambda: self._upgrade(handler, request))
        if response is not None:
            handler.write(response)
        handler.close_connection = True

    def _upgrade(self, handler: RequestHandler, request: Request) -> Optional[Response]:
        """Refuse the handshake like TikTok, or switch protocols and serve the socket until it closes."""
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        headers = request.headers
        lines = ["HTTP/1.1 101 Switching Protocols", "Upgrade: websocket", "Connection: Upgrade",
                 f"Sec-WebSocket-Accept: {ws.accept_key(headers['sec-websocket-key'])}",
                 "Handshake-Options: ping-interval=10"]
        offered = [p.strip() for p in headers.get("sec-websocket-protocol", "").split(",")]
        if "echo-protocol" in offered:
            lines.append("Sec-WebSocket-Protocol: echo-protocol")
        sock: socket.socket = handler.connection
        sock.setblocking(False)  # the socket loop reads what has arrived; sends wait in ws.send_all
        push = PushSocket(sock, request, int(request.query["room_id"]), self.backend.switchboard)
        handshake = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        room = self.backend.room_by_id(push.room_id)
        if room is None:  # deleted since the check
            return _rejection(416, "parameter error")
        room.admit(request.query.get("cursor", ""), lambda backlog: self._enter(push, handshake, backlog))
        self._handed_over.add(sock)
        self._loop.add(push)
        return None

    def _enter(self, push: PushSocket, handshake: bytes, backlog: List[bytes]) -> None:
        """Join the room and answer the handshake, then send what was sent after the URL's cursor."""
        push.accept(handshake, self.backend.add_socket)
        for result in backlog:
            log_id = self.backend.switchboard.next_log_id()
            push.send_frame(codec.encode_message_frame(result, log_id=log_id, compress=push.compress), log_id,
                            need_ack=codec.parse_fetch_result(result).need_ack)

    def _refusal(self, request: Request) -> Optional[Response]:
        """The answer to a handshake TikTok would refuse (``None`` when it is acceptable)."""
        headers = request.headers
        if headers.get("upgrade", "").lower() != "websocket" or not headers.get("sec-websocket-key"):
            return Response(400, b"not a WebSocket upgrade", {"Content-Type": "text/plain"})
        if headers.get("sec-websocket-version") != "13":
            return Response(426, b"", {"Sec-WebSocket-Version": "13"})
        room_id = request.query.get("room_id", "")
        if not room_id.isdigit():
            self.backend.record_error(AssertionError(f"WebSocket handshake without a numeric room_id "
                                                  f"(query keys: {sorted(request.query)})"))
            return _rejection(416, "parameter error")
        if self.backend.room_by_id(int(room_id)) is None:
            return _rejection(416, "parameter error")
        cookies = request.cookies
        ttwid = cookies.get("ttwid", "")
        if self.backend.require_ttwid and ttwid not in self.backend.issued_ttwids:
            return _rejection(415, "DEVICE_BLOCKED")
        signed_for = self.backend.issued_ttwids.get(ttwid)
        if signed_for is not None and cookies.get("sessionid") != signed_for:
            return _rejection(417, "illegal secret key")  # signed for a session, opened without it
        return None


def _rejection(status: int, message: str) -> Response:
    return Response(200, b"", {"Handshake-Status": str(status), "Handshake-Msg": message})
