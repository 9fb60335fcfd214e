"""One thread that reads every open push socket of the fake and keeps their deadlines.

After the WebSocket handshake (on the HTTP server's connection thread) a socket is handed to the
:class:`SocketLoop`: a :mod:`selectors` selector tells which sockets have client frames to read,
and every :data:`CHECK_INTERVAL` seconds each socket's deadlines are checked (close handshake,
scheduled close, heartbeat timeout). So thousands of sockets cost one thread, not one each.
"""
from __future__ import annotations

import logging
import selectors
import socket
import threading
import time
from typing import TYPE_CHECKING, List, Set

if TYPE_CHECKING:
    from tiktoklive.testing.push import PushSocket

logger = logging.getLogger(__name__)

#: Seconds between two checks of the sockets' deadlines.
CHECK_INTERVAL = 0.2
#: Seconds :meth:`SocketLoop.stop` waits for the thread.
JOIN_TIMEOUT = 5.0


class SocketLoop:
    """Reads the push sockets handed to it (:meth:`add`) on one named daemon thread.

    Each socket's ``on_readable()`` is called when it has bytes to read and ``check()`` every
    :data:`CHECK_INTERVAL`; when either returns false the socket is done: ``finish()`` closes it.

    :param name: the thread's name.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        for end in (self._wake_r, self._wake_w):
            end.setblocking(False)
        self._selector.register(self._wake_r, selectors.EVENT_READ, None)
        self._lock = threading.Lock()
        self._added: List[PushSocket] = []
        self._sockets: Set[PushSocket] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def __repr__(self) -> str:
        return f"<SocketLoop {self._name} sockets={len(self._sockets)}>"

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def add(self, push: PushSocket) -> None:
        """Read ``push`` from now on (from any thread)."""
        with self._lock:
            self._added.append(push)
        self._wake()

    def stop(self) -> None:
        """Finish every socket and join the thread (bounded wait), then close the selector."""
        self._stop.set()
        self._wake()
        if self._thread.ident is not None:
            self._thread.join(JOIN_TIMEOUT)
            if self._thread.is_alive():
                logger.warning("%s did not stop within %s s", self._name, JOIN_TIMEOUT)
                return
        self._selector.close()
        self._wake_r.close()
        self._wake_w.close()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except OSError:
            pass  # a wake-up is pending already, or the loop is closed

    def _run(self) -> None:
        next_check = time.monotonic() + CHECK_INTERVAL
        try:
            while not self._stop.is_set():
                for key, _ in self._selector.select(max(0.0, next_check - time.monotonic())):
                    if key.data is None:
                        self._drain_wake()
                    elif not key.data.on_readable():
                        self._finish(key.data)
                self._register_added()
                if time.monotonic() >= next_check:
                    for push in [p for p in self._sockets if not p.check()]:
                        self._finish(push)
                    next_check = time.monotonic() + CHECK_INTERVAL
        finally:
            self._register_added()
            for push in list(self._sockets):
                self._finish(push)

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except BlockingIOError:
            pass

    def _register_added(self) -> None:
        with self._lock:
            added, self._added = self._added, []
        for push in added:
            self._sockets.add(push)
            self._selector.register(push.connection, selectors.EVENT_READ, push)
            if not push.on_readable():  # frames that came with the handshake, or a socket done already
                self._finish(push)

    def _finish(self, push: PushSocket) -> None:
        self._sockets.discard(push)
        try:
            self._selector.unregister(push.connection)
        except (KeyError, ValueError):
            pass
        push.finish()
