"""Only what someone listens to is decoded, and handlers registered or removed mid-stream take effect
at the next event (the receivers of each name are resolved once per change of registrations)."""
from __future__ import annotations

import functools
import gc
import weakref

from helpers import WAIT, Recorder, connection, listen

from tiktoklive import Connection, ControlEvent, WebcastEvent, codec
from tiktoklive.events import ChatEvent
from tiktoklive.testing import factory

#: A gift message whose payload is no gift: decoding it gives an ``error`` event.
CORRUPT_GIFT = b"\x0a\xff\xff\xff\x0f"


def send_corrupt_gift_then_chat(room, text: str) -> None:
    messages = [codec.BaseMessage(method="WebcastGiftMessage", payload=CORRUPT_GIFT, msg_id=factory.next_msg_id()),
                codec.wrap_message("WebcastChatMessage", factory.chat("alice", text), msg_id=factory.next_msg_id())]
    room.send_raw(codec.encode_message_frame(codec.encode_fetch_result(messages, cursor="c", internal_ext="e"),
                                             log_id=1))


def test_a_message_nobody_listens_to_is_not_decoded(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.CHAT, ControlEvent.ERROR)
    conn.connect()
    send_corrupt_gift_then_chat(room, "nobody listens to gifts")
    recorder.wait_for(lambda r: r.named("chat"))
    assert recorder.named("error") == []  # the gift was never parsed, so it could not fail

    gifts = listen(conn, WebcastEvent.GIFT)  # now someone does: gifts are decoded from the next message on
    send_corrupt_gift_then_chat(room, "gifts are listened to")
    room.gift("bob")
    gifts.wait_for(lambda r: r.named("gift"))
    recorder.wait_for(lambda r: len(r.named("chat")) == 2)
    [error] = recorder.named("error")
    assert error.exception.what == "WebcastGiftMessage"
    assert {g.user.unique_id for g in gifts.named("gift")} == {"bob"}  # a streak: one event per update


def test_the_end_of_the_stream_is_seen_with_no_handler_at_all(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    conn.connect()
    room.end_stream()
    assert conn.wait(WAIT)
    assert not conn.is_connected


def test_derived_events_are_decoded_for_their_own_listeners(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    recorder = listen(conn, WebcastEvent.FOLLOW)  # only the derived event of a social message
    conn.connect()
    room.follow("carol")
    recorder.wait_for(lambda r: r.named("follow"))
    assert recorder.named("follow")[0].user.unique_id == "carol"


def test_handlers_and_iterators_added_or_removed_mid_stream_take_effect_at_once(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    first = listen(conn, WebcastEvent.CHAT)
    conn.connect()
    room.chat("alice", "one")
    first.wait_for(lambda r: len(r.named("chat")) == 1)

    second = listen(conn, WebcastEvent.CHAT)
    once = Recorder()
    conn.once(WebcastEvent.CHAT, once)
    events = conn.iter_events(types=[WebcastEvent.CHAT])
    room.chat("alice", "two")
    second.wait_for(lambda r: len(r.named("chat")) == 1)
    assert next(events).comment == "two"

    conn.off(WebcastEvent.CHAT, first)
    events.close()
    room.chat("alice", "three")
    second.wait_for(lambda r: len(r.named("chat")) == 2)
    assert [e.comment for e in first.named("chat")] == ["one", "two"]
    assert [e.comment for e in once.named("chat")] == ["two"]
    assert [e.comment for e in second.named("chat")] == ["two", "three"]


def test_a_connection_dropped_unused_is_collected_with_its_handlers(fake):
    conn = Connection("streamer", **fake.client_options())
    conn.on(WebcastEvent.CHAT, functools.partial(print, conn))  # a handler that refers back to its connection
    assert conn.dispatcher.listening(WebcastEvent.CHAT)  # its receivers resolved (and kept) once
    conn.close()
    ref = weakref.ref(conn)
    del conn
    gc.collect()
    assert ref() is None


def test_an_iterator_of_an_event_class_gets_exactly_those_events(fake):
    room = fake.room("streamer")
    conn = connection(fake)
    events = conn.iter_events(types=[ChatEvent], timeout=WAIT)
    assert events.types == ["chat"]
    conn.connect()
    room.like("bob")
    room.chat("alice", "by class")
    first = next(events)
    assert isinstance(first, ChatEvent) and first.comment == "by class"
