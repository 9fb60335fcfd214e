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

import logging
import threading
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar

from tiktoklive.errors import InvalidTypeError
from tiktoklive.events import ErrorEvent, Event
from tiktoklive.events.names import ControlEvent
from tiktoklive.signals import REGISTRATIONS, signal_for

logger = logging.getLogger(__name__)

Handler = Callable[[Event], Any]
H = TypeVar("H", bound=Handler)


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


def _callable(receiver: Any) -> Callable[[Event], Any]:
    """What to call for a receiver: an ``on()`` registration's function itself (one call less per
    event), a ``once()`` registration (which removes itself first) or an iterator's queue as they are."""
    return receiver.fn if isinstance(receiver, _Registration) and not receiver.once else receiver


class Emitter:
    """Registers handlers of one sender's events and emits events to them.

    Safe to use from any thread: ``on``/``off``/``once`` take a lock; a handler registered while an
    event is being emitted first sees the next event.

    :param sender: the object the events come from (the blinker sender).
    """

    def __init__(self, sender: Any) -> None:
        self._sender = sender
        self._lock = threading.Lock()
        self._registrations: Dict[str, List[_Registration]] = {}
        # name -> its receivers for this sender, valid while registrations_version() == _version
        self._receivers: Dict[str, Tuple[Callable[[Event], Any], ...]] = {}
        self._version = -1

    def on(self, name: str, handler: Optional[H] = None, *, once: bool = False) -> Any:
        """Call ``handler(event)`` for every event called ``name``; without ``handler``, a decorator.

        :returns: ``handler`` (or the decorator, which returns the function it decorates).
        :raises UnknownEventError: no event is called ``name``.
        :raises InvalidTypeError: ``handler`` is not callable (a ``TypeError``).
        """
        signal = signal_for(name)
        if handler is None:
            return lambda fn: self.on(name, fn, once=once)
        if not callable(handler):
            raise InvalidTypeError(f"a handler must be callable, not {type(handler).__name__}")
        registration = _Registration(self, name, handler, once)
        with self._lock:
            self._registrations.setdefault(name, []).append(registration)
            signal.connect(registration, sender=self._sender, weak=True)
        return handler

    def off(self, name: Optional[str] = None, handler: Optional[Handler] = None) -> int:
        """Remove handlers: ``handler`` from ``name``; every handler of ``name``; or (no arguments) all.

        :returns: how many registrations were removed.
        :raises UnknownEventError: no event is called ``name``.
        """
        if name is not None:
            signal_for(name)
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
        """The handlers (and iterators) of events called ``name``, in call order.

        Resolved through blinker once per change of any registration, not once per event.
        """
        version = REGISTRATIONS.version  # read before resolving: a change meanwhile moves it on
        if version != self._version:
            self._receivers, self._version = {}, version
        found = self._receivers.get(name)
        if found is None:
            found = self._receivers[name] = tuple(_callable(r) for r in signal_for(name).receivers_for(self._sender))
        return found

    def listening(self, name: str) -> bool:
        """Whether any handler (or iterator) is registered for events called ``name``."""
        return bool(self.receivers(name))

    def emit(self, event: Event) -> None:
        """Call every handler of ``event.name`` with ``event``, each guarded, on the calling thread."""
        receivers = self._receivers.get(event.name) if self._version == REGISTRATIONS.version else None
        for receiver in self.receivers(event.name) if receivers is None else receivers:
            try:
                receiver(event)
            except Exception as exc:  # a handler's bug must not kill the reader or starve the others
                self._handler_failed(receiver, event, exc)

    def _handler_failed(self, receiver: Any, event: Event, exc: Exception) -> None:
        fn = getattr(receiver, "fn", receiver)
        logger.error("Handler %s raised on a %r event", qualified_name(fn), event.name, exc_info=exc)
        if event.name != ControlEvent.ERROR:
            self.emit(ErrorEvent(ErrorEvent.PROCESSING_FAILED, exc, event))
