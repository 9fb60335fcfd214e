"""A threaded HTTP server on a loopback port that records every request and routes it through a table.

Each surface of the fake (web, webcast, sign server, push server) is one :class:`LoopbackServer`.
Its routes are ``(method, path pattern, route name, handler)`` rows, moto-style; a handler takes
the fake's state (:class:`~tiktoklive.testing.backend.FakeBackend`), the path's named groups and the
:class:`Request`, and returns a :class:`Response`. A request no
route matches gets a loud 404 and is recorded as an error of the fake.
"""
from __future__ import annotations

import logging
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Pattern, Sequence, Tuple
from urllib.parse import parse_qsl, urlsplit

from tiktoklive.testing.backend import FakeBackend
from tiktoklive.testing.exchange import Request, Response

logger = logging.getLogger(__name__)

#: Seconds :meth:`LoopbackServer.stop` waits for each of its threads.
JOIN_TIMEOUT = 5.0


Handler = Callable[[FakeBackend, Dict[str, str], Request], Response]
Route = Tuple[str, Pattern[str], str, Handler]


def route(method: str, pattern: str, name: str, handler: Handler) -> Route:
    """One row of a route table; ``pattern`` is a full-match regex of the path with named groups."""
    return method, re.compile(pattern), name, handler


class RequestHandler(BaseHTTPRequestHandler):
    """Reads a request, records it, answers it through the server's route table."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out as two writes; with Nagle on, the body waits for the client's delayed
    # ACK (~40 ms per keep-alive request on loopback).
    disable_nagle_algorithm = True
    server_version, sys_version = "Tengine", ""
    server: LoopbackServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.handle(self)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def read_request(self) -> Request:
        """The request line, headers and body as a :class:`Request`."""
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        return Request(surface=self.server.role, method=self.command, path=parts.path,
                       query=dict(parse_qsl(parts.query, keep_blank_values=True)),
                       headers={k.lower(): v for k, v in self.headers.items()}, body=body)

    def write(self, response: Response) -> None:
        """Send ``response`` (with ``Content-Length``; the connection stays open)."""
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def send_error(self, code: int, message: Optional[str] = None, explain: Optional[str] = None) -> None:
        """Record a request http.server refuses (TLS, not HTTP, an unknown method), then answer it."""
        line = getattr(self, "raw_requestline", b"")
        tls = line[:1] == b"\x16"
        self.server.backend.record_error(AssertionError(
            f"a client spoke TLS to the fake's {self.server.role} server, which serves http:// only "
            "(tiktok-live-connector uses https:// for loopback hosts: give it a host name)" if tls else
            f"the fake's {self.server.role} server refused a request ({code} {message}): {line[:40]!r}"))
        super().send_error(code, message, explain)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        """Log the request at DEBUG, without its query string (it may carry signatures or a session)."""
        path = urlsplit(getattr(self, "path", "")).path
        logger.debug("%s: %s %s -> %s", self.server.role, getattr(self, "command", None), path, code)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        logger.debug("%s: " + format, self.server.role, *args)


class LoopbackServer(ThreadingHTTPServer):
    """One surface of the fake: a threaded HTTP server on ``127.0.0.1`` with a route table.

    Every thread it starts is a named daemon (``tiktoklive-fake-<role>:<port>``); :meth:`stop`
    closes the open connections and joins the threads.

    :param role: the surface's name (``"web"``, ``"webcast"``, ``"sign"``, ``"push"``).
    :param backend: the fake's state, faults and records, which the routes use.
    :param routes: the route table.
    :param port: the port to bind (0: a free one).
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, role: str, backend: FakeBackend, routes: Sequence[Route], *, port: int = 0,
                 handler_class: type = RequestHandler) -> None:
        super().__init__(("127.0.0.1", port), handler_class)
        self.role = role
        self.backend = backend
        self.routes = list(routes)
        self._lock = threading.Lock()
        self._workers: List[threading.Thread] = []
        self._connections: List[socket.socket] = []
        self._serve_thread: Optional[threading.Thread] = None

    def __repr__(self) -> str:
        return f"<LoopbackServer {self.role} {self.origin}>"

    @property
    def port(self) -> int:
        """The port actually bound."""
        return self.server_address[1]

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def thread_name(self) -> str:
        """Name of this server's threads: ``tiktoklive-fake-<role>:<port>``."""
        return f"tiktoklive-fake-{self.role}:{self.port}"

    def start(self) -> None:
        """Serve in a background thread; returns once the server accepts connections."""
        ready = threading.Event()

        def serve() -> None:
            ready.set()
            self.serve_forever(poll_interval=0.05)

        self._serve_thread = threading.Thread(target=serve, name=self.thread_name, daemon=True)
        self._serve_thread.start()
        ready.wait(JOIN_TIMEOUT)

    def stop(self) -> None:
        """Stop serving, close every open connection and join every thread (bounded wait)."""
        if self._serve_thread is not None:
            self.shutdown()
            self._serve_thread.join(JOIN_TIMEOUT)
        with self._lock:
            connections, threads = list(self._connections), list(self._workers)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(JOIN_TIMEOUT)
            if thread.is_alive():
                logger.warning("%s did not stop within %s s", thread.name, JOIN_TIMEOUT)
        self.server_close()

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve a new connection on a named daemon thread of its own, tracked for :meth:`stop`."""
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address),
                                  name=self.thread_name, daemon=True)
        with self._lock:
            self._workers = [t for t in self._workers if t.is_alive()]
            self._workers.append(thread)
            self._connections.append(request)
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except OSError:
            pass  # the peer went away, or stop() shut the socket down
        except Exception as exc:  # noqa: BLE001 (kept for the test, not lost with the thread)
            self.backend.record_error(exc)
        finally:
            with self._lock:
                if request in self._connections:
                    self._connections.remove(request)
            self.shutdown_request(request)

    def handle(self, handler: RequestHandler) -> None:
        """Record the request, find its route, apply the faults set for it, answer it."""
        request = handler.read_request()
        match = None
        for method, pattern, name, func in self.routes:
            found = pattern.fullmatch(request.path)
            if found and method == request.method:
                match = (name, func, found.groupdict())
                break
        if match is None:
            self.backend.record_request(request)
            known = any(p.fullmatch(request.path) for _, p, _, _ in self.routes)
            status = 405 if known else 404
            self.backend.record_error(AssertionError(f"the fake {self.role} server has no route for "
                                                  f"{request.method} {request.path}"))
            handler.write(Response.json({"status_code": status, "message": f"fake TikTok: no route for "
                                         f"{request.method} {request.path}"}, status))
            return
        name, func, groups = match
        request.route = name
        self.backend.record_request(request)
        try:
            response = self.backend.faults.respond(name, request, lambda: func(self.backend, groups, request))
        except Exception as exc:  # noqa: BLE001 (a bug of the fake or of a fault: kept for the test)
            self.backend.record_error(exc)
            response = Response.json({"status_code": 500, "message": f"fake TikTok failed: {exc!r}"}, 500)
        if response is None:
            handler.close_connection = True  # the fake is stopping: no answer
        else:
            handler.write(response)
