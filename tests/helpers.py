"""Helpers shared by the tests: a recording handler, connections to the fake closed after each test,
thread checks and the command run against the fake. Fixtures live in ``conftest.py``."""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, List, Tuple

from tiktoklive import Connection
from tiktoklive.cli import main
from tiktoklive.errors import ConnectError
from tiktoklive.events import Event
from tiktoklive.testing import FakeTikTok

#: Upper bound of every wait; reached only when a test fails.
WAIT = 10.0


class Recorder:
    """A handler that keeps every event it gets, with the thread it ran on, and lets a test wait for them."""

    def __init__(self) -> None:
        self.events: List[Event] = []
        self.threads: List[str] = []
        self._cond = threading.Condition()

    def __call__(self, event: Event) -> None:
        with self._cond:
            self.events.append(event)
            self.threads.append(threading.current_thread().name)
            self._cond.notify_all()

    @property
    def names(self) -> List[str]:
        with self._cond:
            return [event.name for event in self.events]

    def named(self, name: str) -> List[Any]:
        with self._cond:
            return [event for event in self.events if event.name == name]

    def wait_for(self, predicate: Callable[["Recorder"], Any], timeout: float = WAIT) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout):
                raise AssertionError(f"gave up waiting; events so far: {self.names}")

    def wait_count(self, name: str, count: int = 1) -> List[Any]:
        self.wait_for(lambda r: len(r.named(name)) >= count)
        return self.named(name)


def listen(conn: Connection, *names: str) -> Recorder:
    recorder = Recorder()
    for name in names:
        conn.on(name, recorder)
    return recorder


#: Connections :func:`connection` made, closed by :func:`close_made`.
_made: List[Connection] = []


def close_made() -> None:
    """Close what :func:`connection` made (the ``fake`` fixture calls it before the fake is checked and reset)."""
    while _made:
        _made.pop().close()


def connection(fake: FakeTikTok, unique_id: str = "streamer", **options: Any) -> Connection:
    conn = Connection(unique_id, **{**fake.client_options(), **options})
    _made.append(conn)
    return conn


class WaitingHook(logging.Handler):
    """Set once some ``Connection.wait()`` blocks (its DEBUG line "waiting for the connection to ..."),
    wherever that connection was made (inside the command, say)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.waiting = threading.Event()
        self._logger = logging.getLogger("tiktoklive.connection")
        self._level = logging.NOTSET

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("waiting for the connection"):
            self.waiting.set()

    def __enter__(self) -> "WaitingHook":
        self._level = self._logger.level
        self._logger.addHandler(self)
        self._logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)


def connect_in_thread(conn: Connection) -> Tuple[threading.Thread, List[BaseException]]:
    """Start ``conn.connect()`` in a thread; the list gets the ``ConnectError`` it raises, if any."""
    failures: List[BaseException] = []

    def connect() -> None:
        try:
            conn.connect()
        except ConnectError as exc:
            failures.append(exc)

    thread = threading.Thread(target=connect)
    thread.start()
    return thread, failures


def client_threads() -> List[str]:
    return [t.name for t in threading.enumerate()
            if t.name.startswith("tiktoklive-") and not t.name.startswith("tiktoklive-fake")]


def at(fake: FakeTikTok) -> List[str]:
    """The command's endpoint flags that point it at ``fake``."""
    urls = fake.urls
    return ["--web-base-url", urls["web"], "--webcast-base-url", urls["webcast"], "--sign-url", urls["sign"]]


def run_in_thread(argv: List[str]) -> "tuple[threading.Thread, list]":
    """Start ``main(argv)`` in a thread; the list gets its exit code."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(main(argv)))
    thread.start()
    return thread, result


def watch_a_short_stream(fake: FakeTikTok, capsys: Any, *options: str) -> List[str]:
    """Run ``tiktoklive watch @streamer *options`` while a chat, a gift and likes happen, then the end."""
    room = fake.room("streamer")
    thread, result = run_in_thread(["watch", "@streamer", *options, *at(fake)])
    fake.wait_for_sockets(room)
    room.chat("alice", "hello")
    room.gift("bob", 6369)
    room.like("carol", 3)
    room.end_stream()
    thread.join(WAIT)
    assert result == [0]
    return capsys.readouterr().out.splitlines()
