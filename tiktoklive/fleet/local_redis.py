"""A throwaway ``redis-server`` on a free loopback port: for the demo, the tests and the benchmarks."""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from typing import Any, List, Optional

from tiktoklive.errors import FleetError

#: Seconds to wait for the server to accept connections.
START_TIMEOUT = 10.0


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalRedis:
    """``redis-server`` on ``127.0.0.1``, without persistence unless ``persistent``; a context manager.

    :param port: the port (0: a free one; kept across :meth:`restart`).
    :param persistent: keep the data across :meth:`restart` (an append-only file, fsync'd on every write).
    :raises FleetError: no ``redis-server`` on the ``PATH``.
    """

    def __init__(self, port: int = 0, *, persistent: bool = False) -> None:
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise FleetError("redis-server is not installed (apt-get install redis-server)")
        self.port = port or free_port()
        self.persistent = persistent
        self._dir = tempfile.TemporaryDirectory(prefix="tiktoklive-redis-")
        self._process: Optional[subprocess.Popen] = None

    def __repr__(self) -> str:
        return f"<LocalRedis 127.0.0.1:{self.port} {'running' if self.running else 'stopped'}>"

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:PORT/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> "LocalRedis":
        self.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()
        self._dir.cleanup()

    def _arguments(self) -> List[str]:
        persistence = (["--appendonly", "yes", "--appendfsync", "always"] if self.persistent
                       else ["--appendonly", "no"])
        return [str(self.binary), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                "--dir", self._dir.name, *persistence, "--daemonize", "no", "--loglevel", "warning"]

    def start(self) -> None:
        """Start the server; returns once it answers ``PING``.

        :raises FleetError: it did not come up in time.
        """
        self._process = subprocess.Popen(self._arguments(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise FleetError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        """Stop the server (``SIGTERM``, then ``SIGKILL``) and wait for it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self) -> None:
        """Stop and start again on the same port (with its data if ``persistent``)."""
        self.stop()
        self.start()

