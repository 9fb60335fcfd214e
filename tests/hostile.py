"""A hostile HTTP server on loopback: each connection gets whatever bytes a test's handler writes."""
from __future__ import annotations

import socket
import threading
from typing import Callable


class HostileServer:
    """Accepts connections on ``host`` and runs ``handler(conn, request_head)`` on each, in a thread.

    ``requests`` lists every request head received (bytes up to the blank line). Use as a context manager.
    """

    def __init__(self, handler: Callable[[socket.socket, bytes], None], host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.stop = threading.Event()
        self._sock = socket.create_server((host, 0))
        self._sock.settimeout(0.2)
        self.url = f"http://{host}:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        self._thread.join(10)
        self._sock.close()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            self.requests.append(head)
            try:
                self.handler(conn, head)
            except OSError:  # the client hung up, as it should on a hostile answer
                pass


def head(status: str = "200 OK", **headers: str) -> bytes:
    """An HTTP/1.1 status line and headers (``Content_Type`` becomes ``Content-Type``), blank line included."""
    lines = [f"HTTP/1.1 {status}"] + [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()
