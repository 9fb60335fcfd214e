"""The pytest plugin (entry point ``pytest11``): the ``fake_tiktok`` fixture, for testing bots offline.

One fake is started per test session (``fake_tiktok_server``); ``fake_tiktok`` hands it to a
test with its state reset (no rooms, faults, records or sockets), and when the test ends raises
the errors the fake collected (its own failures, and protocol errors of the clients under test)::

    def test_my_bot_greets(fake_tiktok):
        room = fake_tiktok.room("creator")
        bot = MyBot("creator", **fake_tiktok.client_options())
        ...
        room.chat("alice", "hi")

Override ``fake_tiktok_options`` (session scope) to pass options to ``FakeTikTok``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator

import pytest

if TYPE_CHECKING:
    from tiktoklive.testing import FakeTikTok


@pytest.fixture(scope="session")
def fake_tiktok_options() -> Dict[str, Any]:
    """Keyword options of the session's ``FakeTikTok`` (override to set ``api_key`` etc.)."""
    return {}


@pytest.fixture(scope="session")
def fake_tiktok_server(fake_tiktok_options: Dict[str, Any]) -> Iterator[FakeTikTok]:
    """The session's fake TikTok, started once (use ``fake_tiktok`` in tests)."""
    from tiktoklive.testing import FakeTikTok

    with FakeTikTok(**fake_tiktok_options) as fake:
        yield fake


@pytest.fixture
def fake_tiktok(fake_tiktok_server: FakeTikTok) -> Iterator[FakeTikTok]:
    """A running fake TikTok with a clean state; raises the errors it collected when the test ends."""
    fake_tiktok_server.reset()
    yield fake_tiktok_server
    fake_tiktok_server.check()
