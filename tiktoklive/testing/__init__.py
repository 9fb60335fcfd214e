"""A faithful fake TikTok on loopback (HTTP routes, sign server, WebSocket push server) for offline tests.

``FakeTikTok`` starts it; ``fake.room("creator")`` gives a :class:`Room` to script
(``room.chat("alice", "hi")``); ``fake.client_options()`` points a client at it. The pytest
fixture ``fake_tiktok`` (see :mod:`tiktoklive.testing.pytest_plugin`) hands one to each test.
"""
from tiktoklive.testing.exchange import Request, Response
from tiktoklive.testing.fake import FakeTikTok, busy_fake
from tiktoklive.testing.push import PushSocket
from tiktoklive.testing.rooms import Room
from tiktoklive.testing.scripts import script_parser, tiktok_for

__all__ = ["busy_fake", "FakeTikTok", "PushSocket", "Request", "Response", "Room", "script_parser", "tiktok_for"]
