"""The handler and iterator API shared by :class:`~tiktoklive.Connection` and :class:`~tiktoklive.Hub`.

:class:`EventSource` is the facade: ``on``, ``once``, ``off`` and ``iter_events`` over an
:class:`~tiktoklive.dispatcher.Dispatcher` whose sender is the source itself, and the bookkeeping that
ends every iterator when the source ends. It does no I/O.
"""
from __future__ import annotations

import weakref
from typing import Any, Callable, Optional, Sequence, TypeVar, Union, overload

from tiktoklive.dispatcher import Dispatcher, event_name
from tiktoklive.events import Event, Origin
from tiktoklive.events.names import EVENT_NAMES, MIRROR_EVENT_NAMES
from tiktoklive.iterator import EventIterator

#: What names an event to :meth:`EventSource.on`: a name (``"chat"``, ``WebcastEvent.CHAT``, ``"*"``)
#: or an event class (``ChatEvent``).
EventKey = Union[str, "type[Event]"]
#: A handler: called with one argument, the event.
H = TypeVar("H", bound=Callable[[Event], Any])


class EventSource:
    """Registers handlers and iterators of one source's events (see :class:`~tiktoklive.Connection`).

    :param event_queue_size: events each :meth:`iter_events` iterator holds before dropping the oldest.
    :param event_queue_bytes: bytes of events each iterator holds before dropping the oldest.
    :param origin: the room stamped on the events this source emits itself (``None``: none).
    """

    def __init__(self, event_queue_size: int, event_queue_bytes: int, origin: Optional[Origin] = None) -> None:
        #: The handler registry the events of this source go through (its sender is this source).
        self.dispatcher = Dispatcher(self, origin)
        self._queue_limits = (event_queue_size, event_queue_bytes)
        self._iterators: "weakref.WeakSet[EventIterator]" = weakref.WeakSet()

    @overload
    def on(self, name: EventKey, handler: None = None) -> Callable[[H], H]: ...

    @overload
    def on(self, name: EventKey, handler: H) -> H: ...

    def on(self, name: EventKey, handler: Optional[H] = None) -> Union[H, Callable[[H], H]]:
        """Call ``handler(event)`` for every event called ``name``; without ``handler``, a decorator.

        ``name`` is a :class:`~tiktoklive.WebcastEvent` / :class:`~tiktoklive.ControlEvent` constant,
        the Node string (``"chat"``), an event class (``ChatEvent``) or ``"*"`` (every event but the raw
        mirrors). A handler is a plain function, not ``async def``. Handlers run on the reader thread
        (see the class for which one), in the order they were registered. A handler that raises is
        logged and reported as an ``error`` event; the other handlers and the stream go on. A
        ``SystemExit`` (``sys.exit()``) ends the reading instead: :meth:`wait` / :meth:`run_forever`
        (and the iterators) re-raise it in their thread, so the program exits as asked. Keep handlers
        quick: a slow one delays every later event (see :meth:`iter_events`).

        :returns: ``handler`` (the decorator returns the function it decorates).
        :raises UnknownEventError: no event is called ``name``.
        :raises AsyncHandlerError: ``handler`` is a coroutine function (the message says what to do instead).
        """
        return self.dispatcher.on(name, handler)

    @overload
    def once(self, name: EventKey, handler: None = None) -> Callable[[H], H]: ...

    @overload
    def once(self, name: EventKey, handler: H) -> H: ...

    def once(self, name: EventKey, handler: Optional[H] = None) -> Union[H, Callable[[H], H]]:
        """Like :meth:`on`, for the next event called ``name`` only."""
        return self.dispatcher.on(name, handler, once=True)

    def off(self, name: Optional[EventKey] = None, handler: Optional[Callable[[Event], Any]] = None) -> int:
        """Remove ``handler`` from ``name``, every handler of ``name``, or (no arguments) every handler.

        :returns: how many registrations were removed.
        """
        return self.dispatcher.off(name, handler)

    def iter_events(self, types: Optional[Sequence[Union[str, type[Event]]]] = None,
                    timeout: Optional[float] = None) -> EventIterator:
        """Iterate over the events in the calling thread, with an own bounded queue.

        The reader thread only queues events here, so iterating in another thread is the way to do
        slow work without delaying the stream. If the queue is full (``event_queue_size`` events or
        ``event_queue_bytes`` bytes), the oldest queued events are dropped and counted (``.dropped``);
        the reader never waits. Iteration ends when the source ends or fails to connect (raising the
        error, if any), or after ``timeout`` idle seconds. A ``KeyboardInterrupt`` raised inside
        ``next()`` ends the iterator too (it stops collecting). Create the iterator before
        connecting to also get the events of the connect itself.

        :param types: the events to collect, by name or class (``"chat"``, ``ChatEvent``); all except
            the raw mirrors (``websocketData``, ``rawData``, ``decodedData``) by default.
        :param timeout: end after this many seconds without an event (``None``: wait forever).
        :raises UnknownEventError: a name in ``types`` is no event's name.
        """
        wanted = None if types is None else [event_name(key) for key in types]
        maxsize, max_bytes = self._queue_limits
        stream = EventIterator(self, sorted(EVENT_NAMES - MIRROR_EVENT_NAMES) if wanted is None else wanted,
                               types=wanted, timeout=timeout, maxsize=maxsize, max_bytes=max_bytes)
        self._iterators.add(stream)
        return stream

    def _error(self, info: str, exc: BaseException) -> None:
        self.dispatcher.error(info, exc)

    def iterators(self) -> list[EventIterator]:
        """The :meth:`iter_events` iterators still open, now."""
        return list(self._iterators)

    def end_iterators(self, error: Optional[BaseException], iterators: Optional[list[EventIterator]] = None) -> None:
        """End the :meth:`iter_events` iterators (``iterators``, by default all) after their queued
        events, raising ``error`` in them (the source has ended)."""
        for iterator in self.iterators() if iterators is None else iterators:
            iterator.end(error)
