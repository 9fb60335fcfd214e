"""Registering handlers as newcomers from asyncio, Node and TikTokLive do: async functions are refused
with advice, event classes and ``"*"`` are keys, other libraries' names get a "did you mean"."""
from __future__ import annotations

import asyncio
import functools
import threading

import pytest

from tiktoklive import AsyncHandlerError, Connection
from tiktoklive.errors import InvalidTypeError, UnknownEventError, UnknownOptionError
from tiktoklive.events import ChatEvent, ErrorEvent, FollowEvent, MessageEvent

WAIT = 10.0


@pytest.fixture
def conn(fake):
    with Connection("streamer", **fake.client_options()) as conn:
        yield conn


async def on_chat(event):
    """An async handler, as asyncio users write them."""


class AsyncCallable:
    async def __call__(self, event):
        """An object whose call is a coroutine."""


@pytest.mark.parametrize("handler", [on_chat, functools.partial(on_chat), AsyncCallable()])
def test_async_handlers_are_refused_with_advice(conn, handler):
    with pytest.raises(AsyncHandlerError) as caught:
        conn.on("chat", handler)
    assert isinstance(caught.value, InvalidTypeError) and isinstance(caught.value, TypeError)
    message = str(caught.value)
    assert "run_coroutine_threadsafe" in message and "iter_events" in message and "asyncio.to_thread" in message
    with pytest.raises(AsyncHandlerError):
        conn.on("chat")(handler)


def test_a_handler_that_returns_a_coroutine_is_reported_and_the_stream_goes_on(fake, conn):
    room = fake.room("streamer")
    errors, chats = [], threading.Event()
    conn.on("error", errors.append)
    conn.on("chat", lambda event: on_chat(event))  # cannot be seen before it is called
    conn.on("chat", lambda event: chats.set())
    conn.connect()
    room.chat("alice", "hi")
    assert chats.wait(WAIT)
    [error] = errors
    assert isinstance(error.exception, AsyncHandlerError) and error.info == ErrorEvent.PROCESSING_FAILED


def test_asyncio_recipe_of_the_readme_delivers_events_to_a_coroutine(fake):
    room = fake.room("streamer")

    async def main():
        loop, queue = asyncio.get_running_loop(), asyncio.Queue()
        with Connection("streamer", **fake.client_options()) as conn:
            conn.on("chat", lambda event: loop.call_soon_threadsafe(queue.put_nowait, event))
            await asyncio.to_thread(conn.connect)
            room.chat("alice", "from a thread to the loop")
            return await asyncio.wait_for(queue.get(), WAIT)

    assert asyncio.run(main()).comment == "from a thread to the loop"


def test_event_classes_and_the_catch_all_are_keys(fake, conn):
    room = fake.room("streamer")
    chats, follows, everything, done = [], [], [], threading.Event()
    conn.on(ChatEvent, chats.append)
    conn.on(FollowEvent)(follows.append)
    conn.on("*", everything.append)
    conn.on("*", lambda event: event.name == "share" and done.set())
    conn.on("websocketData", lambda event: None)  # a raw mirror: not for the catch-all
    conn.connect()
    room.chat("alice", "hi")
    room.follow("bob")
    room.share("carol")
    assert done.wait(WAIT)
    assert [e.comment for e in chats] == ["hi"] and [e.user.unique_id for e in follows] == ["bob"]
    names = [e.name for e in everything]
    scripted = [name for name in names if name in ("chat", "follow", "share")]  # enterRoom's answer may come between
    assert scripted == ["chat", "follow", "share"] and "connected" in names and "websocketData" not in names
    assert conn.off(ChatEvent) == 1 and conn.off("*") == 2


def test_names_from_the_other_libraries_get_a_hint(fake):
    for name, hint in [("comment", "'chat'"), ("CommentEvent", "'chat'"), ("join", "'member'"),
                       ("live_end", "'streamEnd'"), ("LiveEndEvent", "'streamEnd'"), ("chatt", "'chat'"),
                       ("link_mic_battle", "'linkMicBattle'"), ("SuperFanEvent", "'superFan'"),
                       ("unknown_event", "'unknown'"), ("RoomUserSeqEvent", "'roomUser'")]:
        with pytest.raises(UnknownEventError, match=f"did you mean {hint}"):
            Connection("streamer", **fake.client_options()).on(name, print)
    with pytest.raises(UnknownEventError, match="not the class of one event name"):
        Connection("streamer").on(MessageEvent, print)
    with pytest.raises(UnknownOptionError, match="'enableExtendedGiftInfo' .did you mean 'enable_extended_gift_info'"):
        Connection("streamer", enableExtendedGiftInfo=True)
    with pytest.raises(UnknownOptionError, match="'processInitialData' \\(did you mean 'process_initial_data'"):
        Connection("streamer", processInitialData=False)
