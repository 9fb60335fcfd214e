"""Events in a notebook: an HTML card per event, everything escaped; users with a short repr."""
from __future__ import annotations

import threading

from tiktoklive import Connection, codec
from tiktoklive.events import DisconnectedEvent, UnknownEvent
from tiktoklive.testing import factory

WAIT = 10.0


def test_events_from_a_stream_render_as_html_cards(fake):
    room = fake.room("streamer")
    seen, done = [], threading.Event()
    with Connection("streamer", **fake.client_options()) as conn:
        conn.on("*", seen.append)
        conn.on("like", lambda event: done.set())
        conn.connect()
        room.chat("alice", "hello there")
        room.gift("bob", 5655, repeat=2)
        room.like("carol", 3)
        assert done.wait(WAIT)
    cards = {event.name: event._repr_html_() for event in seen}
    chat = cards["chat"]
    assert chat.startswith('<div class="tiktoklive-event"><img src="https://') and "<b>Alice @alice</b>" in chat
    assert "<code>chat</code>" in chat and "<span>hello there</span>" in chat
    assert "sent Rose x2" in cards["gift"] and "liked x3" in cards["like"]
    assert "connected to room" in cards["connected"]


def test_everything_in_a_card_is_escaped():
    hostile = factory.user("eve", '<script>alert("x")</script>')
    hostile.avatar_thumb.url_list[:] = ['javascript:alert(1)//"><b>']
    [event] = factory_events(factory.chat(hostile, "<b>hi</b> & 'bye'"))
    card = event._repr_html_()
    assert "<script" not in card and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in card
    assert "&lt;b&gt;hi&lt;/b&gt; &amp; &#x27;bye&#x27;" in card
    assert "<img" not in card and "javascript:" not in card  # no http(s) avatar, no image


def test_events_without_a_user_render_their_summary_or_repr():
    card = DisconnectedEvent(1000, "<bye>")._repr_html_()
    assert card == ('<div class="tiktoklive-event"><code>disconnected</code> '
                    '<span>disconnected (1000 &lt;bye&gt;)</span></div>')
    unknown = UnknownEvent("WebcastPictionaryMessage", b"\x01\x02")._repr_html_()
    assert "&lt;UnknownEvent unknown method=&#x27;WebcastPictionaryMessage&#x27; size=2&gt;" in unknown


def test_a_user_has_a_short_repr():
    alice = factory.user("alice", "Alice", user_id=7000000000000000001, moderator=True, subscriber=True, bio="hi")
    assert repr(alice) == "<User @alice 'Alice' id=7000000000000000001>"
    [event] = factory_events(factory.chat(alice, "hi"))
    assert repr(event.user) == repr(alice) and "\n" not in repr([event.user])
    assert 'unique_id: "alice"' in str(alice)  # str() still shows every field


def factory_events(message):
    return codec.decode_frame(factory.frame(message))
