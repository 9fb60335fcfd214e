"""The handler registry: who listens to which event, and calling each of them guarded.

Every event name has one blinker signal, in a namespace private to tiktoklive. A
:class:`Dispatcher` sends each event on the signal of its name with its owner (a
:class:`~tiktoklive.Connection`) as the sender, so ``signal.receivers_for(conn)`` are exactly that
connection's handlers and iterators. It calls them itself, one by one, in the order they were
registered, on the thread that dispatches (a connection's reader thread), with one argument, the
event: a handler that raises is logged with its qualified name and reported as an ``error`` event
(Node's ``info`` "Failed to process decoded data"), and the others still run. An exception in an
``error`` handler is only logged, so errors never loop.

The dispatcher keeps its registrations; the signals hold them weakly. So a handler lives as long as
its connection (a lambda does not vanish), and a connection nobody uses any more is garbage
collected with its handlers, even when they refer back to it.
"""
from __future__ import annotations

import inspect
import logging
import threading
from typing import Any, Callable, Optional, TypeVar

from blinker import ANY, NamedSignal, Namespace

from tiktoklive.errors import AsyncHandlerError, InvalidTypeError, UnknownEventError
from tiktoklive.events import ErrorEvent, Event, Origin
from tiktoklive.events.mapping import EVENT_CLASS_NAMES
from tiktoklive.events.names import ANY_EVENT, EVENT_NAMES, MIRROR_EVENT_NAMES, ControlEvent
from tiktoklive.hints import did_you_mean

logger = logging.getLogger(__name__)


class _InsertionOrderedSet(dict[Any, None]):
    """The set of receiver ids blinker keeps, in connection order (blinker's default ``set`` has none)."""

    def add(self, item: Any) -> None:
        self[item] = None

    def discard(self, item: Any) -> None:
        self.pop(item, None)


class _Registrations:
    """Counts the changes of the event signals' receivers."""

    #: A number that moves on (after the change) whenever a receiver is connected to or disconnected
    #: from any event signal, or a sender's receivers go with it: what callers cache their view of
    #: the receivers against.
    version = 0
    lock = threading.Lock()


REGISTRATIONS = _Registrations()


def _changed() -> None:
    with _Registrations.lock:
        _Registrations.version += 1


class EventSignal(NamedSignal):
    """The signal of one event name; calls its receivers in the order they were connected.

    Every change of its receivers moves ``REGISTRATIONS.version`` on (after the change), so that
    the receivers of a sender can be resolved once per change instead of once per event.
    """

    set_class = _InsertionOrderedSet  # type: ignore[assignment]

    def connect(self, receiver: Any, sender: Any = ANY, weak: bool = True) -> Any:
        try:
            return super().connect(receiver, sender, weak)
        finally:
            _changed()

    def _disconnect(self, receiver_id: Any, sender_id: Any) -> None:
        try:
            super()._disconnect(receiver_id, sender_id)
        finally:
            _changed()

    def _make_cleanup_sender(self, sender_id: Any) -> Callable[[Any], None]:
        cleanup = super()._make_cleanup_sender(sender_id)

        def cleanup_and_count(ref: Any) -> None:
            cleanup(ref)
            _changed()

        return cleanup_and_count


class _EventNamespace(Namespace):
    def signal(self, name: str, doc: Any = None) -> NamedSignal:
        if name not in self:
            self[name] = EventSignal(name, doc)
        return self[name]


_namespace = _EventNamespace()
for _name in sorted(EVENT_NAMES):
    _namespace.signal(_name, f"Sent for every ``{_name}`` event, with the connection as the sender.")
_namespace.signal(ANY_EVENT, "Sent for every event but the raw mirrors, after the event's own signal.")


def event_name(key: Any) -> str:
    """The event name ``key`` stands for: a name (``"chat"``, ``WebcastEvent.CHAT``, ``"*"``) or an
    event class of one name (``ChatEvent``, ``ErrorEvent``).

    :raises UnknownEventError: the library emits no event of that name or class.
    """
    if isinstance(key, type):
        name = EVENT_CLASS_NAMES.get(key) or vars(key).get("name")
        if isinstance(name, str):
            return name
        raise UnknownEventError(f"{key.__name__} is not the class of one event name; pass a name, or \"*\" for all")
    if isinstance(key, str) and key in _namespace:
        return key
    hint = did_you_mean(str(key), EVENT_NAMES)
    raise UnknownEventError(f"no event is called {key!r}" + (f"; {hint}" if hint else ""))


def signal_for(key: Any) -> EventSignal:
    """The signal of the event ``key`` stands for (see :func:`event_name`).

    :raises UnknownEventError: the library emits no event of that name or class.
    """
    return _namespace[event_name(key)]  # type: ignore[return-value]

Handler = Callable[[Event], Any]
H = TypeVar("H", bound=Handler)
T = TypeVar("T")


def qualified_name(fn: Any) -> str:
    """``module.QualName`` of a callable, for log lines."""
    name = getattr(fn, "__qualname__", None) or type(fn).__qualname__
    module = getattr(fn, "__module__", None)
    return f"{module}.{name}" if module else name


class _Registration:
    """One ``on()``/``once()`` call: the blinker receiver, distinct per call and per sender."""

    __slots__ = ("emitter", "name", "fn", "once", "__weakref__")

    def __init__(self, emitter: "Dispatcher", name: str, fn: Handler, once: bool) -> None:
        self.emitter = emitter
        self.name = name
        self.fn = fn
        self.once = once

    def __call__(self, event: Event) -> Any:
        if self.once:
            self.emitter._remove(self)
        return self.fn(event)


def _is_async(fn: Any) -> bool:
    """Whether calling ``fn`` gives a coroutine or an async generator (functions, partials, methods,
    and objects whose ``__call__`` is ``async def``)."""
    call = None if inspect.isroutine(fn) else type(fn).__call__  # a callable object's method
    return any(test(f) for f in (fn, call) for test in (inspect.iscoroutinefunction, inspect.isasyncgenfunction))


def _refuse_coroutine(receiver: Any, coroutine: Any) -> None:
    """A handler returned ``coroutine`` (it wraps an ``async def``, a lambda or a partial): it would
    never run. Close it (no "never awaited" warning) and raise the advice."""
    coroutine.close()
    raise AsyncHandlerError(_async_advice(getattr(receiver, "fn", receiver)))


def _async_advice(fn: Any) -> str:
    return (f"handler {qualified_name(fn)} is async: handlers are plain functions called on the connection's "
            "reader thread, so an awaitable they return never runs. From asyncio code, register a plain "
            "function that hands the event to your loop (loop.call_soon_threadsafe(queue.put_nowait, event) "
            "or asyncio.run_coroutine_threadsafe(coro(event), loop)), or read conn.iter_events() in "
            "asyncio.to_thread; see README.rst, 'From asyncio'")


def _callable(receiver: Any) -> Callable[[Event], Any]:
    """What to call for a receiver: an ``on()`` registration's function itself (one call less per
    event), a ``once()`` registration (which removes itself first) or an iterator's queue as they are."""
    return receiver.fn if isinstance(receiver, _Registration) and not receiver.once else receiver


class Sink:
    """Where a :class:`~tiktoklive.receiver.Receiver` hands its events: :meth:`emit` and
    :meth:`listening` to implement; :meth:`error` is the one place ``error`` events are built."""

    __slots__ = ()

    def emit(self, event: Event) -> None:
        """Hand ``event`` on."""
        raise NotImplementedError

    def listening(self, name: str) -> bool:
        """Whether events called ``name`` are wanted (those nobody wants are not even built)."""
        raise NotImplementedError

    def error(self, info: str, exception: BaseException, event: Optional[Event] = None) -> None:
        """Emit an ``error`` event: Node's ``info`` text, the exception, and the event it concerns
        (whose room the error event then carries)."""
        self._emit_error(ErrorEvent(info, exception, event))

    def _emit_error(self, error: ErrorEvent) -> None:
        self.emit(error)

    def derive(self, compute: Callable[[Any], T]) -> T:
        """``compute(self)``: what depends on the listeners alone (which messages to decode); a
        dispatcher computes it once per change of registrations."""
        return compute(self)


class Dispatcher(Sink):
    """Registers handlers of one sender's events and emits events to them.

    Safe to use from any thread: ``on``/``off``/``once`` take a lock; a handler registered while an
    event is being emitted first sees the next event.

    :param sender: the object the events come from (the blinker sender).
    :param origin: the room the events come from, stamped on each event emitted (``None``: none).
    """

    def __init__(self, sender: Any, origin: Optional[Origin] = None) -> None:
        self._sender = sender
        #: The room stamped on every event emitted (replace it when the room id becomes known).
        self.origin = origin
        self._lock = threading.Lock()
        self._registrations: dict[str, list[_Registration]] = {}
        # name -> its receivers for this sender, valid while REGISTRATIONS.version == _version
        self._receivers: dict[str, tuple[Callable[[Event], Any], ...]] = {}
        self._derived: dict[Callable[[Any], Any], Any] = {}  # what derive() computed, valid as _receivers
        self._version = -1

    def on(self, name: Any, handler: Optional[H] = None, *, once: bool = False) -> Any:
        """Call ``handler(event)`` for every event called ``name``; without ``handler``, a decorator.

        ``name`` may also be an event class (``ChatEvent``) or ``"*"`` (every event but the raw mirrors).

        :returns: ``handler`` (or the decorator, which returns the function it decorates).
        :raises UnknownEventError: no event is called ``name``.
        :raises InvalidTypeError: ``handler`` is not callable (a ``TypeError``).
        :raises AsyncHandlerError: ``handler`` is a coroutine function (an ``InvalidTypeError``).
        """
        name = event_name(name)
        signal = signal_for(name)
        if handler is None:
            return lambda fn: self.on(name, fn, once=once)
        if not callable(handler):
            raise InvalidTypeError(f"a handler must be callable, not {type(handler).__name__}")
        if _is_async(handler):
            raise AsyncHandlerError(_async_advice(handler))
        registration = _Registration(self, name, handler, once)
        with self._lock:
            self._registrations.setdefault(name, []).append(registration)
            signal.connect(registration, sender=self._sender, weak=True)
        return handler

    def off(self, name: Any = None, handler: Optional[Handler] = None) -> int:
        """Remove handlers: ``handler`` from ``name``; every handler of ``name``; or (no arguments) all.

        :returns: how many registrations were removed.
        :raises UnknownEventError: no event is called ``name``.
        """
        if name is not None:
            name = event_name(name)
        with self._lock:
            doomed = [r for n, regs in self._registrations.items() if name in (None, n)
                      for r in regs if handler is None or r.fn == handler]
        for registration in doomed:
            self._remove(registration)
        return len(doomed)

    def _remove(self, registration: _Registration) -> None:
        with self._lock:
            registrations = self._registrations.get(registration.name, [])
            if registration in registrations:
                registrations.remove(registration)
                signal_for(registration.name).disconnect(registration)

    def receivers(self, name: str) -> tuple[Callable[[Event], Any], ...]:
        """The handlers (and iterators) of events called ``name``, in call order, the catch-all's last.

        Resolved through blinker once per change of any registration, not once per event.
        """
        self._refresh()
        found = self._receivers.get(name)
        if found is None:
            found = self._receivers[name] = tuple(_callable(r) for r in self._resolve(name))
        return found

    def _refresh(self) -> None:
        """Forget what was resolved and derived if any registration changed since."""
        version = REGISTRATIONS.version  # read before resolving: a change meanwhile moves it on
        if version != self._version:
            self._receivers, self._derived, self._version = {}, {}, version

    def derive(self, compute: Callable[[Any], T]) -> T:
        """``compute(self)``, computed once per change of registrations: for what depends on them alone
        (which messages to decode), shared by everyone emitting through this dispatcher."""
        self._refresh()
        derived = self._derived.get(compute)
        if derived is None:
            derived = self._derived[compute] = compute(self)
        return derived

    def _resolve(self, name: str) -> list[Any]:
        """The blinker receivers of ``name``: its own, then (but for the raw mirrors) the catch-all's."""
        found = list(signal_for(name).receivers_for(self._sender))
        if name not in MIRROR_EVENT_NAMES and name != ANY_EVENT:
            found += signal_for(ANY_EVENT).receivers_for(self._sender)
        return found

    def listening(self, name: str) -> bool:
        """Whether any handler (or iterator) is registered for events called ``name``."""
        return bool(self.receivers(name))

    def emit(self, event: Event, origin: Optional[Origin] = None) -> None:
        """Stamp ``origin`` (by default :attr:`origin`) on ``event``, then call every handler of
        ``event.name`` with it, then the catch-all handlers (except for the raw mirrors), each
        guarded, on the calling thread."""
        event.origin = origin or self.origin
        name = event.name
        receivers = self._receivers.get(name) if self._version == REGISTRATIONS.version else None
        for receiver in self.receivers(name) if receivers is None else receivers:
            try:
                result = receiver(event)
                if result is not None and inspect.iscoroutine(result):
                    _refuse_coroutine(receiver, result)
            except Exception as exc:  # a handler's bug must not kill the reader or starve the others
                self._handler_failed(receiver, event, exc)

    def _emit_error(self, error: ErrorEvent) -> None:
        self.emit(error, None if error.event is None else error.event.origin)

    def _handler_failed(self, receiver: Any, event: Event, exc: Exception) -> None:
        fn = getattr(receiver, "fn", receiver)
        logger.error("Handler %s raised on a %r event", qualified_name(fn), event.name, exc_info=exc)
        if event.name != ControlEvent.ERROR:
            self.error(ErrorEvent.PROCESSING_FAILED, exc, event)


class OriginDispatcher(Sink):
    """Dispatches through a :class:`Dispatcher` (its handlers, and its once-per-change view of them)
    with an origin of its own: one room's view of a :class:`~tiktoklive.Hub`'s handlers, a few bytes each.

    :param dispatcher: the dispatcher whose handlers get the events.
    :param origin: the room stamped on each event emitted.
    """

    __slots__ = ("_dispatcher", "origin")

    def __init__(self, dispatcher: Dispatcher, origin: Origin) -> None:
        self._dispatcher = dispatcher
        #: The room stamped on every event emitted (replace it when the room id becomes known).
        self.origin = origin

    def __repr__(self) -> str:
        return f"<OriginDispatcher {self.origin}>"

    def receivers(self, name: str) -> tuple[Callable[[Event], Any], ...]:
        """:meth:`Dispatcher.receivers`."""
        return self._dispatcher.receivers(name)

    def listening(self, name: str) -> bool:
        """:meth:`Dispatcher.listening`."""
        return self._dispatcher.listening(name)

    def derive(self, compute: Callable[[Any], T]) -> T:
        """:meth:`Dispatcher.derive` (shared with every other view of the same dispatcher)."""
        return self._dispatcher.derive(compute)

    def emit(self, event: Event) -> None:
        """:meth:`Dispatcher.emit` with this view's origin."""
        self._dispatcher.emit(event, self.origin)
