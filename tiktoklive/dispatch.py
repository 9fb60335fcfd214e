"""Handlers of one sender's events: registering them and calling each one guarded.

An :class:`Emitter` sends events on the signals of :mod:`tiktoklive.signals` with its owner (a
:class:`~tiktoklive.Connection`) as the sender. It calls the handlers itself, one by one, in the
order they were registered, on the thread that emits (a connection's reader thread): a handler that
raises is logged with its qualified name and reported as an ``error`` event (Node's ``info`` "Failed
to process decoded data"), and the others still run. An exception in an ``error`` handler is only
logged, so errors never loop.

The emitter keeps its registrations; the signals hold them weakly. So a handler lives as long as
its connection (a lambda does not vanish), and a connection nobody uses any more is garbage
collected with its handlers, even when they refer back to it.
"""
from __future__ import annotations

import inspect
import logging
import threading
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from tiktoklive.errors import AsyncHandlerError, InvalidTypeError
from tiktoklive.events import ErrorEvent, Event, Origin
from tiktoklive.events.names import ANY_EVENT, MIRROR_EVENT_NAMES, ControlEvent
from tiktoklive.signals import REGISTRATIONS, event_name, signal_for

logger = logging.getLogger(__name__)

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

    def __init__(self, emitter: "Emitter", name: str, fn: Handler, once: bool) -> None:
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


class Emitter:
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
        self._registrations: Dict[str, List[_Registration]] = {}
        # name -> its receivers for this sender, valid while registrations_version() == _version
        self._receivers: Dict[str, Tuple[Callable[[Event], Any], ...]] = {}
        self._derived: Dict[Callable[[Any], Any], Any] = {}  # what derive() computed, valid as _receivers
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

    def receivers(self, name: str) -> Tuple[Callable[[Event], Any], ...]:
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

    def derive(self, compute: Callable[["Emitter"], T]) -> T:
        """``compute(self)``, computed once per change of registrations: for what depends on them alone
        (which messages to decode), shared by everyone emitting through this emitter."""
        self._refresh()
        try:
            return self._derived[compute]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    def _resolve(self, name: str) -> List[Any]:
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
        event.origin = self.origin if origin is None else origin
        receivers = self._receivers.get(event.name) if self._version == REGISTRATIONS.version else None
        for receiver in self.receivers(event.name) if receivers is None else receivers:
            try:
                result = receiver(event)
                if result is not None and inspect.iscoroutine(result):
                    _refuse_coroutine(receiver, result)
            except Exception as exc:  # a handler's bug must not kill the reader or starve the others
                self._handler_failed(receiver, event, exc)

    def _handler_failed(self, receiver: Any, event: Event, exc: Exception) -> None:
        fn = getattr(receiver, "fn", receiver)
        logger.error("Handler %s raised on a %r event", qualified_name(fn), event.name, exc_info=exc)
        if event.name != ControlEvent.ERROR:
            self.emit(ErrorEvent(ErrorEvent.PROCESSING_FAILED, exc, event), event.origin)


class OriginEmitter:
    """Emits through an :class:`Emitter` (its handlers, and its once-per-change view of them) with an
    origin of its own: one room's view of a :class:`~tiktoklive.Hub`'s handlers, a few bytes each.

    :param emitter: the emitter whose handlers get the events.
    :param origin: the room stamped on each event emitted.
    """

    __slots__ = ("_emitter", "origin")

    def __init__(self, emitter: Emitter, origin: Origin) -> None:
        self._emitter = emitter
        #: The room stamped on every event emitted (replace it when the room id becomes known).
        self.origin = origin

    def __repr__(self) -> str:
        return f"<OriginEmitter {self.origin}>"

    def receivers(self, name: str) -> Tuple[Callable[[Event], Any], ...]:
        """:meth:`Emitter.receivers`."""
        return self._emitter.receivers(name)

    def listening(self, name: str) -> bool:
        """:meth:`Emitter.listening`."""
        return self._emitter.listening(name)

    def derive(self, compute: Callable[[Emitter], T]) -> T:
        """:meth:`Emitter.derive` (shared with every other view of the same emitter)."""
        return self._emitter.derive(compute)

    def emit(self, event: Event) -> None:
        """:meth:`Emitter.emit` with this view's origin."""
        self._emitter.emit(event, self.origin)


#: Whatever a pipeline emits through.
AnyEmitter = Union[Emitter, OriginEmitter]
