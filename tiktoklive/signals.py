"""One blinker signal per event name, in a namespace private to tiktoklive.

A connection sends each event on the signal of its name with itself as the sender, so
``signal.receivers_for(conn)`` are exactly that connection's handlers. Receivers are kept in the
order they were connected and are called with one argument, the event (not blinker's
``(sender, **kwargs)``). Use :meth:`tiktoklive.Connection.on` rather than these signals directly.
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Dict

from blinker import ANY, NamedSignal, Namespace

from tiktoklive.errors import UnknownEventError
from tiktoklive.events.mapping import EVENT_CLASS_NAMES
from tiktoklive.events.names import ANY_EVENT, EVENT_NAMES
from tiktoklive.hints import did_you_mean


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
