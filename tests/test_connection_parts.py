"""The connection's parts that need no network: backoff, handler dispatch, the event iterator."""
from __future__ import annotations

import json
import random
import threading

import pytest
from helpers import WAIT

from tiktoklive import Backoff, ControlEvent, WebcastEvent
from tiktoklive.dispatcher import Dispatcher
from tiktoklive.errors import InvalidOptionError, InvalidTypeError, UnknownEventError, UnknownOptionError
from tiktoklive.events import DisconnectedEvent, ErrorEvent, WebsocketDataEvent
from tiktoklive.iterator import EventIterator
from tiktoklive.options import ConnectionOptions


class Sender:
    """Stands for a connection: the sender events are emitted with."""


def data_event(n: int) -> WebsocketDataEvent:
    return WebsocketDataEvent(bytes([n % 256]))


# ---------------------------------------------------------------- Backoff


def test_backoff_grows_exponentially_up_to_the_cap_without_jitter():
    policy = Backoff(initial=0.5, factor=2, max_delay=3, jitter=0, max_attempts=None)
    delays = []
    for _ in range(6):
        delays.append(policy.delay())
        policy = policy.increment()
    assert delays == [0.5, 1.0, 2.0, 3, 3, 3]


def test_backoff_jitter_stays_within_its_fraction_and_the_cap():
    rng = random.Random(7)
    policy = Backoff(initial=1, factor=2, max_delay=5, jitter=0.5)
    first = [policy.delay(rng) for _ in range(200)]
    assert all(1 <= d <= 1.5 for d in first) and len(set(first)) > 100
    capped = Backoff(initial=4, max_delay=5, jitter=1)
    assert all(4 <= capped.delay(rng) <= 5 for _ in range(200))


def test_backoff_is_a_value_object_counting_attempts():
    policy = Backoff(max_attempts=2)
    used = policy.increment().increment()
    assert policy.attempt == 0 and not policy.exhausted
    assert used.attempt == 2 and used.exhausted
    assert Backoff(max_attempts=None).increment().increment().exhausted is False
    assert Backoff(max_attempts=None, attempt=10_000).delay() <= Backoff().max_delay


def test_backoff_from_value():
    custom = Backoff(initial=0.1)
    assert Backoff.from_value(custom) is custom
    assert Backoff.from_value(None) is Backoff.DEFAULT is Backoff.from_value(True)
    assert Backoff.from_value(False).exhausted
    assert Backoff.from_value(3).max_attempts == 3
    with pytest.raises(InvalidTypeError):
        Backoff.from_value("often")  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs", [{"initial": -1}, {"factor": 0.5}, {"jitter": -0.1}, {"max_attempts": -1}])
def test_backoff_rejects_nonsense(kwargs):
    with pytest.raises(InvalidOptionError):
        Backoff(**kwargs)


# ---------------------------------------------------------------- Dispatcher


def test_handlers_run_in_registration_order_only_for_their_sender_and_name():
    one, two = Dispatcher(Sender()), Dispatcher(Sender())
    calls = []
    for n in range(5):
        one.on(ControlEvent.DISCONNECTED, lambda event, n=n: calls.append(n))
    two.on(ControlEvent.DISCONNECTED, lambda event: calls.append("other sender"))
    one.on(ControlEvent.WEBSOCKET_DATA, lambda event: calls.append("other name"))
    one.emit(DisconnectedEvent(1000, "bye"))
    assert calls == [0, 1, 2, 3, 4]


def test_on_works_as_decorator_and_call_with_constants_and_node_strings():
    emitter = Dispatcher(Sender())
    seen = []

    @emitter.on(WebcastEvent.CHAT)
    def on_chat(event):
        seen.append(event)

    assert on_chat.__name__ == "on_chat"  # the decorator returns the function itself
    append = seen.append
    assert emitter.on("disconnected", append) is append
    event = DisconnectedEvent()
    emitter.emit(event)
    assert seen == [event]
    assert emitter.listening("chat") and not emitter.listening("gift")


def test_unknown_names_and_non_callables_are_refused():
    emitter = Dispatcher(Sender())
    with pytest.raises(UnknownEventError, match="did you mean 'chat'"):
        emitter.on("chatt", print)
    with pytest.raises(InvalidTypeError, match="not str"):
        emitter.on("chat", "not callable")  # type: ignore[arg-type]


def test_once_and_off():
    emitter = Dispatcher(Sender())
    seen = []
    emitter.on("disconnected", lambda e: seen.append("once"), once=True)
    keep = emitter.on("disconnected", lambda e: seen.append("keep"))
    emitter.emit(DisconnectedEvent())
    emitter.emit(DisconnectedEvent())
    assert seen == ["once", "keep", "keep"]
    assert emitter.off("disconnected", keep) == 1
    emitter.emit(DisconnectedEvent())
    assert seen == ["once", "keep", "keep"]
    emitter.on("disconnected", keep)
    emitter.on("websocketData", keep)
    assert emitter.off() == 2
    assert not list(emitter_receivers(emitter, "disconnected"))


def emitter_receivers(emitter, name):
    from tiktoklive.dispatcher import signal_for

    return signal_for(name).receivers_for(emitter._sender)


def test_a_raising_handler_is_reported_and_the_others_still_run(caplog):
    emitter = Dispatcher(Sender())
    seen, errors = [], []

    def broken(event):
        raise RuntimeError("handler bug")

    emitter.on("disconnected", broken)
    emitter.on("disconnected", lambda e: seen.append(e))
    emitter.on("error", errors.append)
    event = DisconnectedEvent()
    emitter.emit(event)
    assert seen == [event]
    [error] = errors
    assert error.info == ErrorEvent.PROCESSING_FAILED
    assert isinstance(error.exception, RuntimeError) and error.event is event
    assert "broken" in caplog.text and "handler bug" in caplog.text


def test_an_error_handler_that_raises_is_only_logged(caplog):
    emitter = Dispatcher(Sender())
    calls = []

    def broken_error_handler(event):
        calls.append(event)
        raise ValueError("error handler bug")

    emitter.on("error", broken_error_handler)
    emitter.on("disconnected", lambda e: 1 / 0)
    emitter.emit(DisconnectedEvent())
    assert len(calls) == 1  # no loop
    assert "broken_error_handler" in caplog.text


# ---------------------------------------------------------------- EventIterator


def test_stream_yields_in_order_then_ends_with_the_connection():
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["websocketData"])
    events = [data_event(n) for n in range(5)]
    for event in events:
        emitter.emit(event)
    stream.end()
    assert list(stream) == events
    assert not list(emitter_receivers(emitter, "websocketData"))


def test_stream_overflow_drops_the_oldest_counts_and_never_blocks(caplog):
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["websocketData"], maxsize=3)
    events = [data_event(n) for n in range(10)]
    for event in events:
        emitter.emit(event)  # would block forever if the reader waited for the consumer
    stream.end()
    assert list(stream) == events[-3:]
    assert stream.dropped == 7
    assert caplog.text.count("too slow") == 1
    assert "dropped=7" in repr(stream)


def test_stream_reraises_the_connections_error_in_the_consumer_thread_after_the_queue():
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["websocketData"])
    event = data_event(1)
    emitter.emit(event)
    failure = ConnectionError("lost")
    stream.end(failure)
    assert next(stream) is event
    with pytest.raises(ConnectionError) as raised:
        next(stream)
    assert raised.value is failure
    with pytest.raises(StopIteration):
        next(stream)


def test_stream_idle_timeout_ends_iteration():
    sender = Sender()
    stream = EventIterator(sender, ["websocketData"], timeout=0.05)
    assert list(stream) == []


def test_stream_consumed_from_another_thread():
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["websocketData", "disconnected"])
    got = []
    consumer = threading.Thread(target=lambda: got.extend(stream))
    consumer.start()
    events = [data_event(n) for n in range(100)] + [DisconnectedEvent()]
    for event in events:
        emitter.emit(event)
    stream.end()
    consumer.join(10)
    assert got == events


def test_closing_a_stream_unregisters_it_and_streams_are_independent():
    sender = Sender()
    emitter = Dispatcher(sender)
    first, second = EventIterator(sender, ["websocketData"]), EventIterator(sender, ["websocketData"])
    emitter.emit(data_event(1))
    with first:
        pass
    emitter.emit(data_event(2))
    assert list(first) == []
    second.end()
    assert [e.data for e in second] == [b"\x01", b"\x02"]


def test_a_dropped_stream_unregisters_itself():
    sender = Sender()
    emitter = Dispatcher(sender)
    EventIterator(sender, ["websocketData"])  # never iterated, never closed
    assert not list(emitter_receivers(emitter, "websocketData"))


def test_error_events_reach_streams_too():
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["error"])
    emitter.emit(ErrorEvent("x", RuntimeError()))
    stream.end()
    assert [e.info for e in stream] == ["x"]


def test_handlers_live_as_long_as_their_sender_and_no_longer():
    import gc
    import weakref

    sender = Sender()
    emitter = Dispatcher(sender)
    sender.emitter = emitter  # a connection owns its emitter
    seen = []
    emitter.on("disconnected", lambda event, sender=sender: seen.append((sender, event)))  # refers back
    gc.collect()
    event = DisconnectedEvent()
    emitter.emit(event)
    assert seen == [(sender, event)]  # the lambda did not vanish
    alive = weakref.ref(sender)
    seen.clear()
    del sender, emitter
    gc.collect()
    assert alive() is None  # no module-level signal keeps it alive


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/push?signature=secret", "wss//host?signature=secret"])
def test_a_push_url_that_is_no_websocket_url_is_a_connect_error(url):
    from tiktoklive.errors import ConnectError
    from tiktoklive.transport import Handshake

    with pytest.raises(ConnectError) as raised:
        Handshake({"timeout": 1}).open(url, {})
    assert "secret" not in str(raised.value)


# ---------------------------------------------------------------- the public names and options


def test_event_names_are_str_enums_that_equal_the_node_strings():
    assert WebcastEvent.CHAT == "chat" and {"chat": 1}[WebcastEvent.CHAT] == 1 and f"{WebcastEvent.CHAT}" == "chat"
    assert WebcastEvent("chat") is WebcastEvent.CHAT and ControlEvent("error") is ControlEvent.ERROR
    assert "streamEnd" in {name.value for name in WebcastEvent} and len(list(ControlEvent)) >= 9
    assert json.dumps({WebcastEvent.GIFT: ControlEvent.GAP}) == '{"gift": "gap"}'


def test_iterator_get_returns_an_event_or_none_without_ending():
    sender = Sender()
    emitter = Dispatcher(sender)
    stream = EventIterator(sender, ["websocketData"])
    assert stream.get(timeout=0) is None and stream.get(timeout=0.01) is None  # still open
    emitter.emit(WebsocketDataEvent(b"x"))
    event = stream.get(timeout=WAIT)
    assert event is not None and event.data == b"x"
    stream.end()
    with pytest.raises(StopIteration):
        stream.get(timeout=0)


def test_options_split_the_connection_s_own_from_the_web_client_s():
    options = ConnectionOptions.parse({"heartbeat_interval": 5.0, "session_id": "secret", "reconnect": 2})
    assert options.heartbeat_interval == 5.0 and options.web == {"session_id": "secret"}
    assert options.backoff.max_attempts == 2 and "secret" not in repr(options)
    assert "session_id" not in options.as_dict() and options.as_dict()["heartbeat_interval"] == 5.0
    with pytest.raises(UnknownOptionError, match="did you mean 'heartbeat_interval'"):
        ConnectionOptions.parse({"heartbeatInterval": 5})
    with pytest.raises(InvalidOptionError):
        ConnectionOptions(heartbeat_interval=10, heartbeat_timeout=5)
