"""The reader's HTTP server (standard library only): the page, the overlay, and their event streams.

Routes: ``/`` the reader page, ``/overlay`` the OBS overlay, ``/static/NAME`` their scripts and
styles (package data), ``/events?user=NAME`` the server-sent events of a streamer's room (default:
the server's streamer). An event stream starts with ``retry``, then sends ``status`` events (the
header: connection state, viewers, likes, diamonds, top gifters) and ``item`` events (one line
each, with an ``id`` so a browser that reconnects with ``Last-Event-ID`` gets what it missed).
"""
from __future__ import annotations

import contextlib
import json
import logging
import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any, List, Mapping, Optional, Set, Tuple
from urllib.parse import parse_qs, urlsplit

from tiktoklive.errors import InvalidOptionError
from tiktoklive.page.rooms import LIVE_POLL_INTERVAL, MAX_ROOMS, RoomRegistry, SharedRoom, TooManyRoomsError

logger = logging.getLogger(__name__)

#: The files under ``/static/``, with their content types.
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
#: Pages by path.
PAGES = {"/": "reader.html", "/overlay": "overlay.html"}
#: Only our own scripts and styles run; pictures come from TikTok's CDN.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors *")
#: Milliseconds a browser waits before reconnecting a dropped event stream, and when too many rooms are open.
RETRY_MS, BUSY_RETRY_MS = 1000, 10_000
#: Seconds between two writes to a stream (batches busy streams), and between keep-alive comments.
WRITE_INTERVAL, KEEPALIVE = 0.1, 15.0
#: Seconds :meth:`ReaderServer.wait` blocks at most before it checks for Ctrl-C.
INTERRUPT_CHECK = 0.25
#: Seconds a write to a browser may block before the browser counts as gone.
SEND_TIMEOUT = 20.0
#: Event streams (each holds a thread while open) a server serves at once at most, unless told otherwise.
MAX_CLIENTS = 64


def static_file(name: str) -> Optional[bytes]:
    """The bytes of the packaged static file ``name``, or ``None`` if there is none."""
    if "/" in name or name.startswith(".") or not any(name.endswith(ext) for ext in STATIC_TYPES):
        return None
    target = resources.files("tiktoklive.page.static") / name
    return target.read_bytes() if target.is_file() else None


class ReaderServer:
    """The live chat reader: serves the page and shares one connection per watched streamer.

    ::

        with ReaderServer("streamer", port=8080) as server:
            print("open", server.url)
            server.wait()   # until Ctrl-C

    :param unique_id: the streamer the page shows unless its box asks for another.
    :param host: the address to listen on (``127.0.0.1``: this machine only).
    :param port: the port (0: a free one; :attr:`url` tells which).
    :param connection_options: keyword options of every :class:`~tiktoklive.Connection` it opens
        (``web_base_url``, ``sign_config``, ... or ``fake.client_options()``).
    :param max_rooms: streamers watched at once at most; a page asking for one more shows an error
        and gets the stream once a room closes.
    :param live_poll_interval: seconds between two checks of a streamer who is not live (offline,
        or between two streams): the page follows the next stream by itself.
    :param max_clients: event streams (open pages) served at once at most; one more gets
        ``503 Service Unavailable`` (its page tries again).
    :raises InvalidOptionError: ``live_poll_interval`` not positive or ``max_clients`` below 1.
    """

    def __init__(self, unique_id: str, *, host: str = "127.0.0.1", port: int = 8080,
                 connection_options: Optional[Mapping[str, Any]] = None, max_rooms: int = MAX_ROOMS,
                 live_poll_interval: float = LIVE_POLL_INTERVAL, max_clients: int = MAX_CLIENTS) -> None:
        if live_poll_interval <= 0 or max_clients < 1:
            raise InvalidOptionError("live_poll_interval must be positive and max_clients at least 1")
        #: The streamer shown by default.
        self.unique_id = unique_id
        #: One per event stream being served.
        self.client_slots = threading.BoundedSemaphore(max_clients)
        self.host, self.port = host, port
        #: The open rooms.
        self.rooms = RoomRegistry(connection_options or {}, max_rooms=max_rooms, live_poll_interval=live_poll_interval)
        self._stop = threading.Event()
        self._httpd: Optional[_HTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    def __repr__(self) -> str:
        return f"<ReaderServer @{self.unique_id} {self.host}:{self.port} rooms={self.rooms.viewers()}>"

    def __enter__(self) -> "ReaderServer":
        return self if self._httpd is not None else self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The page's URL."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> "ReaderServer":
        """Listen and serve in a background thread; returns ``self``.

        :raises OSError: the address cannot be listened on (the port is taken, the host is not ours).
        """
        httpd = _HTTPServer((self.host, self.port), _Handler)
        httpd.reader = self
        self._httpd, self.port = httpd, httpd.server_address[1]
        self._stop.clear()
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.25}, daemon=True,
                                        name=f"tiktoklive-serve[:{self.port}]")
        self._thread.start()
        logger.info("reader page at %s", self.url)
        return self

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until :meth:`stop` (or ``timeout`` seconds); Ctrl-C interrupts it. Returns whether stopped."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = INTERRUPT_CHECK if deadline is None else min(INTERRUPT_CHECK, deadline - time.monotonic())
            if self._stop.wait(max(left, 0.0)):
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False

    def stop(self) -> None:
        """Stop serving: end every event stream, close every connection to TikTok, join the threads."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stop.set()
        httpd.shutdown()
        self.rooms.close()
        httpd.end_requests()
        httpd.server_close()  # joins the request threads
        if self._thread is not None:
            self._thread.join(10)

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()


class _HTTPServer(ThreadingHTTPServer):
    """The standard library's threading HTTP server, able to end the requests it is serving."""

    daemon_threads = False  # server_close() joins them
    block_on_close = True
    reader: ReaderServer

    def __init__(self, address: Tuple[str, int], handler: Any) -> None:
        super().__init__(address, handler)
        self._lock = threading.Lock()
        self._open: Set[socket.socket] = set()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        threading.current_thread().name = f"tiktoklive-serve-request[:{self.server_address[1]}]"
        with self._lock:
            self._open.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._open.discard(request)

    def end_requests(self) -> None:
        """Shut the sockets of the requests being served (an idle keep-alive, a stuck browser) down."""
        with self._lock:
            requests = list(self._open)
        for request in requests:
            with contextlib.suppress(OSError):
                request.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    timeout = SEND_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the standard library's name)
        logger.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        if url.path in PAGES:
            self._send_file(PAGES[url.path])
        elif url.path.startswith("/static/"):
            self._send_file(url.path[len("/static/"):])
        elif url.path == "/events":
            self._stream(query.get("user") or self.server.reader.unique_id, query.get("since", ""))
        else:
            self.send_error(404)

    def _send_file(self, name: str) -> None:
        body = static_file(name)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", STATIC_TYPES["." + name.rsplit(".", 1)[-1]])
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, unique_id: str, since: str) -> None:
        self.close_connection = True
        slots = self.server.reader.client_slots
        if not slots.acquire(blocking=False):
            self.send_error(503, "too many pages are open on this server; try again later")
            return
        try:
            self._serve_stream(unique_id, since)
        finally:
            slots.release()

    def _serve_stream(self, unique_id: str, since: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Accel-Buffering", "no")
        self.end_headers()
        try:
            self._write([f"retry: {RETRY_MS}\n\n"])
            with self.server.reader.rooms.watch(unique_id) as room:
                self._follow(room, room.cursor(self.headers.get("Last-Event-ID") or since))
        except TooManyRoomsError as exc:  # the browser asks again later
            status = json.dumps({"user": unique_id, "state": "error", "kind": "busy", "message": str(exc)})
            self._write([f"retry: {BUSY_RETRY_MS}\nevent: status\ndata: {status}\n\n"])
        except (OSError, ValueError):  # the browser went away (a reset, a timeout, a closed file)
            logger.debug("event stream of %s ended by the browser", self.address_string())

    def _follow(self, room: SharedRoom, cursor: int) -> None:
        """Send the room's status and items until the browser leaves or the server stops."""
        reader, version, idle = self.server.reader, 0, 0.0
        while not reader.stopping:
            update = room.read(cursor, version, WRITE_INTERVAL * 10)
            if update.closed:
                return
            chunks = [f"id: {room.event_id(seq)}\nevent: item\ndata: {text}\n\n" for seq, text in update.items]
            if update.status is not None:  # after the items it counts
                chunks.append(f"event: status\ndata: {update.status}\n\n")
            if update.items:
                cursor = update.items[-1][0]
            version = update.status_version
            idle = 0.0 if chunks else idle + WRITE_INTERVAL * 10
            if idle >= KEEPALIVE:
                chunks, idle = [": keep-alive\n\n"], 0.0
            if chunks:
                self._write(chunks)
            elif _peer_closed(self.connection):
                return
            reader.wait(WRITE_INTERVAL)

    def _write(self, chunks: List[str]) -> None:
        self.wfile.write("".join(chunks).encode("utf-8"))
        self.wfile.flush()


def _peer_closed(sock: socket.socket) -> bool:
    """Whether the browser closed its end (an EventSource sends nothing after its request)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True

