"""One blinker signal per event name, in a namespace private to tiktoklive.

A connection sends each event on the signal of its name with itself as the sender, so
``signal.receivers_for(conn)`` are exactly that connection's handlers. Receivers are kept in the
order they were connected and are called with one argument, the event (not blinker's
``(sender, **kwargs)``). Use :meth:`tiktoklive.Connection.on` rather than these signals directly.
"""
from __future__ import annotations

import difflib
import threading
from typing import Any, Callable, Dict

from blinker import ANY, NamedSignal, Namespace

from tiktoklive.errors import UnknownEventError
from tiktoklive.events.names import EVENT_NAMES


class _InsertionOrderedSet(Dict[Any, None]):
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


def registrations_version() -> int:
    """:attr:`REGISTRATIONS.version <_Registrations.version>`."""
    return REGISTRATIONS.version


def _changed() -> None:
    with _Registrations.lock:
        _Registrations.version += 1


class EventSignal(NamedSignal):
    """The signal of one event name; calls its receivers in the order they were connected.

    Every change of its receivers moves :func:`registrations_version` on (after the change), so that
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


def signal_for(name: str) -> EventSignal:
    """The signal of the event called ``name`` (a ``WebcastEvent``/``ControlEvent`` constant or Node string).

    :raises UnknownEventError: the library emits no event of that name.
    """
    try:
        return _namespace[name]  # type: ignore[return-value]
    except (KeyError, TypeError):
        close = difflib.get_close_matches(str(name), EVENT_NAMES, n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise UnknownEventError(f"no event is called {name!r}{hint}") from None
