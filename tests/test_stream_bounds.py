"""``iter_events`` under a slow or interrupted consumer, through real sockets against the fake: the
queue is bounded in bytes too, the overflow warning comes once per episode, and a Ctrl-C inside
``next()`` ends the iterator instead of leaving it filling up (issue 11 item 11, issue 10)."""
from __future__ import annotations

import logging
import signal
import threading
import time

import pytest
from helpers import WAIT, connection, listen

from tiktoklive import WebcastEvent
from tiktoklive.iterator import event_size


def connected(fake, **options):
    """A connection to a fresh room with a chat iterator made before ``connect()``, and a handler
    registered after it (so when the handler has an event, the iterator has had it too)."""
    room = fake.room("streamer")
    conn = connection(fake, **options)
    events = conn.iter_events(types=[WebcastEvent.CHAT])
    handler = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    return room, conn, events, handler


def test_the_queue_is_bounded_in_bytes_dropping_the_oldest(fake):
    room, conn, events, handler = connected(fake, event_queue_bytes=64 * 1024)
    for n in range(40):
        room.chat("alice", f"{n:02d}" + "x" * 8000)
    handler.wait_count("chat", 40)  # the reader went on although nobody iterated
    conn.disconnect()
    kept = list(events)
    assert 4 <= len(kept) <= 8
    assert sum(event_size(e) for e in kept) <= 64 * 1024
    assert [e.comment[:2] for e in kept] == [f"{n:02d}" for n in range(40 - len(kept), 40)]
    assert events.dropped == 40 - len(kept)


def too_slow_warnings(caplog):
    return [r for r in caplog.records if r.levelno == logging.WARNING and "too slow" in r.getMessage()]


def test_the_overflow_warning_comes_once_per_episode(fake, caplog):
    room, conn, events, handler = connected(fake, event_queue_size=4)
    sent = 0

    def chats(count: int) -> None:
        nonlocal sent
        for _ in range(count):
            sent += 1
            room.chat("alice", str(sent))
        handler.wait_count("chat", sent)

    chats(10)
    assert len(too_slow_warnings(caplog)) == 1
    next(events)  # the consumer takes one, but has not caught up
    chats(10)
    assert len(too_slow_warnings(caplog)) == 1
    assert [next(events).comment for _ in range(4)] == ["17", "18", "19", "20"]  # now it has caught up
    chats(10)
    assert len(too_slow_warnings(caplog)) == 2
    conn.disconnect()
    assert events.dropped == 6 + 9 + 6


def test_ctrl_c_inside_next_ends_the_iterator_instead_of_filling_it(fake, caplog):
    room, conn, events, handler = connected(fake, event_queue_size=4)

    def press() -> None:
        assert events.waiting.wait(WAIT)
        # ``waiting`` is set just before the lock wait blocks: give the main thread time to block, as
        # a person pressing Ctrl-C does (a signal inside Condition.wait's own bookkeeping is Python's)
        time.sleep(0.3)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a runner may ignore SIGINT
    presser = threading.Thread(target=press)
    presser.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            next(events)
    finally:
        presser.join(WAIT)
        signal.signal(signal.SIGINT, previous)
    for n in range(30):
        room.chat("alice", str(n))
    handler.wait_count("chat", 30)
    assert conn.is_connected  # the connection goes on; only the interrupted iterator ended
    conn.disconnect()
    assert events.dropped == 0
    assert too_slow_warnings(caplog) == []
    assert list(events) == []
