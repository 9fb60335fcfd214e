"""Events as an iterator: :class:`EventIterator`, what :meth:`tiktoklive.Connection.iter_events` returns.

Each stream has its own bounded queue, filled by the connection's reader thread and emptied by the
thread that iterates. The queue is bounded twice: by a number of events and by their bytes (each
event counted at the size of its wire payload, plus a fixed overhead). The reader never waits for
a consumer: when either bound is reached, the *oldest* queued events are dropped to make room (the
freshest are kept), counted in :attr:`EventIterator.dropped` and logged at WARNING once per overflow
episode (until the consumer has emptied the queue). Iteration ends when the connection ends (after
every queued event), when nothing arrives for ``timeout`` seconds, or on :meth:`EventIterator.close`;
if the connection ended with an error, that error is raised in the iterating thread. A
``KeyboardInterrupt`` (or any other exception) raised inside ``next()`` ends the stream: it stops
collecting, so an interrupted loop does not fill a queue nobody reads.
"""
from __future__ import annotations

import collections
import logging
import threading
import time
import weakref
from typing import Any, Callable, Iterable, Optional

from google.protobuf.message import Message

from tiktoklive.dispatcher import signal_for
from tiktoklive.errors import InvalidOptionError
from tiktoklive.events import Event

logger = logging.getLogger(__name__)

#: Events a stream holds by default before it starts dropping the oldest.
DEFAULT_QUEUE_SIZE = 10_000
#: Bytes (wire payload sizes) a stream holds by default before it starts dropping the oldest.
DEFAULT_QUEUE_BYTES = 64 * 1024 * 1024
#: Bytes counted for every event on top of its payload (the event and its decoded objects).
EVENT_OVERHEAD = 256


def event_size(event: Event) -> int:
    """The bytes a queued event counts for: its message's wire size (or its raw data's) plus
    :data:`EVENT_OVERHEAD`."""
    message = getattr(event, "message", None)
    if isinstance(message, Message):
        return EVENT_OVERHEAD + message.ByteSize()
    data = getattr(event, "data", None)
    return EVENT_OVERHEAD + (len(data) if isinstance(data, (bytes, bytearray)) else 0)


class _Buffer:
    """The queue a stream's receivers fill from the reader thread; never blocks the putter."""

    def __init__(self, maxsize: int, max_bytes: int) -> None:
        self.events: "collections.deque[tuple[Event, int]]" = collections.deque()
        self.maxsize = maxsize
        self.max_bytes = max_bytes
        self.bytes = 0
        self.dropped = 0
        self.overflowing = False
        self.ended = False
        self.error: Optional[BaseException] = None
        self.cond = threading.Condition()

    def put(self, event: Event) -> None:
        size = event_size(event)
        with self.cond:
            if self.ended:
                return
            events = self.events
            while events and (len(events) >= self.maxsize or self.bytes + size > self.max_bytes):
                self.bytes -= events.popleft()[1]
                self.dropped += 1
                if not self.overflowing:
                    self.overflowing = True
                    logger.warning("an iter_events() consumer is too slow: its queue (%d events, %d bytes) is "
                                   "full, dropping the oldest until it catches up (%d dropped so far)",
                                   self.maxsize, self.max_bytes, self.dropped)
            events.append((event, size))
            self.bytes += size
            self.cond.notify()

    def pop(self) -> Event:
        """The oldest queued event (the caller holds ``cond`` and checked there is one)."""
        event, size = self.events.popleft()
        self.bytes -= size
        if not self.events and self.overflowing:
            self.overflowing = False
            logger.info("an iter_events() consumer caught up (%d events dropped so far)", self.dropped)
        return event

    def end(self, error: Optional[BaseException] = None) -> None:
        with self.cond:
            if not self.ended:
                self.ended, self.error = True, error
            self.cond.notify_all()


class EventIterator:
    """An iterator over one connection's events, with its own bounded queue (see the module doc).

    Iterate it in any thread (one thread at a time). It starts collecting events when created, so
    create it before ``connect()`` to see the initial events too. Use it in a ``with`` block or call
    :meth:`close` when you stop iterating early; breaking out of a ``for`` loop and dropping the
    last reference also closes it.

    :ivar types: the event names collected (``None``: all).
    """

    def __init__(self, sender: Any, names: Iterable[str], *, types: Optional[list[str]] = None,
                 timeout: Optional[float] = None, maxsize: int = DEFAULT_QUEUE_SIZE,
                 max_bytes: int = DEFAULT_QUEUE_BYTES) -> None:
        if timeout is not None and timeout < 0:
            raise InvalidOptionError("iter_events timeout must be None or >= 0 seconds")
        if maxsize < 1 or max_bytes < 1:
            raise InvalidOptionError("the event queue size and bytes must be at least 1")
        self.types = types
        #: Set while a thread blocks in ``next()`` or :meth:`get` waiting for an event: a hook for
        #: tests and supervisors that must act only once the consumer waits.
        self.waiting = threading.Event()
        self._timeout = timeout
        self._buffer = _Buffer(maxsize, max_bytes)
        signals = [signal_for(name) for name in names]
        put = self._buffer.put
        for signal in signals:
            signal.connect(put, sender=sender, weak=False)
        # Unregister when closed, or when the stream is garbage-collected without being closed.
        self._detach: Callable[[], Any] = weakref.finalize(self, _disconnect, signals, put)

    def __repr__(self) -> str:
        state = "ended" if self._buffer.ended else "open"
        return (f"<EventIterator types={self.types or 'all'} queued={len(self._buffer.events)} "
                f"dropped={self.dropped} {state}>")

    @property
    def dropped(self) -> int:
        """How many events were dropped because this stream's queue was full."""
        return self._buffer.dropped

    def end(self, error: Optional[BaseException] = None) -> None:
        """End the stream after its queued events, raising ``error`` (if any) in the iterating thread.

        Called by the connection when it ends; safe from any thread.
        """
        self._detach()
        self._buffer.end(error)

    def close(self) -> None:
        """Stop collecting events and drop the queued ones; iteration then stops. Idempotent."""
        self._detach()
        with self._buffer.cond:
            self._buffer.events.clear()
            self._buffer.bytes = 0
        self._buffer.end()

    def __enter__(self) -> "EventIterator":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __iter__(self) -> "EventIterator":
        return self

    def __next__(self) -> Event:
        event = self._take(self._timeout)
        if event is None:
            logger.debug("iter_events: nothing for %s s, ending", self._timeout)
            self.close()
            raise StopIteration
        return event

    def get(self, timeout: Optional[float] = None) -> Optional[Event]:
        """The next event, waiting up to ``timeout`` seconds for one (``None``: as long as it takes;
        ``0``: not at all), or ``None`` if none came (redis-py's ``get_message`` shape). Unlike the
        iterator's idle ``timeout``, a ``None`` here does not end the iterator.

        :raises StopIteration: the source has ended and every queued event was taken.
        :raises TikTokLiveError: the error the source ended with (once, after the queued events).
        """
        return self._take(timeout)

    def _take(self, timeout: Optional[float]) -> Optional[Event]:
        """The next event, or ``None`` after ``timeout`` seconds; the iterator stops collecting when
        anything is raised inside (Ctrl-C, the source's error)."""
        try:
            return self._wait(timeout)
        except StopIteration:
            raise
        except BaseException:  # Ctrl-C inside next(), or the connection's error: stop collecting
            self._detach()
            self._buffer.end()
            raise

    def _wait(self, timeout: Optional[float]) -> Optional[Event]:
        buffer = self._buffer
        deadline = None if timeout is None else time.monotonic() + timeout
        with buffer.cond:
            while not buffer.events:
                if buffer.ended:
                    error, buffer.error = buffer.error, None
                    self._detach()
                    if error is not None:
                        raise error
                    raise StopIteration
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self.waiting.set()
                try:
                    buffer.cond.wait(remaining)
                finally:
                    self.waiting.clear()
            return buffer.pop()


def _disconnect(signals: list[Any], receiver: Callable[[Event], None]) -> None:
    for signal in signals:
        signal.disconnect(receiver)
