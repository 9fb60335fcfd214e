"""tiktoklive: receive TikTok LIVE events in real time, from nothing but a streamer's @unique_id.

A synchronous, threaded client for TikTok's Webcast push protocol, with a faithful fake of
TikTok (:mod:`tiktoklive.testing`) for offline tests.
"""
from __future__ import annotations

import logging

from tiktoklive import errors, redaction
from tiktoklive.analysis import to_dataframe
from tiktoklive.backoff import Backoff
from tiktoklive.connection import Connection, close_all
from tiktoklive.errors import (
    AlreadyConnectedError,
    AlreadyConnectingError,
    AsyncHandlerError,
    ConnectError,
    ConnectionLostError,
    ConnectTimeout,
    DecodeError,
    HandlerThreadError,
    HeartbeatTimeout,
    HubClosedError,
    TikTokLiveError,
    UserOfflineError,
    WebError,
    WebSocketRejectedError,
)
from tiktoklive.events import ControlEvent, Event, WebcastEvent
from tiktoklive.hub import Hub
from tiktoklive.iterator import EventIterator
from tiktoklive.signer import SignConfig
from tiktoklive.state import ConnectionState, StreamStats
from tiktoklive.version import __version__
from tiktoklive.web import WebClient

#: The former name of :class:`EventIterator` (deprecated; kept for code written against 0.1).
EventStream = EventIterator

__all__ = ["__version__", "errors", "close_all", "Backoff", "Connection", "ConnectionState", "ControlEvent", "Event",
           "EventIterator", "EventStream", "Hub", "SignConfig", "StreamStats", "WebClient", "WebcastEvent",
           "to_dataframe",
           "AlreadyConnectedError", "AlreadyConnectingError", "AsyncHandlerError", "ConnectError",
           "ConnectionLostError", "ConnectTimeout", "DecodeError", "HandlerThreadError", "HeartbeatTimeout",
           "HubClosedError", "TikTokLiveError", "UserOfflineError", "WebError", "WebSocketRejectedError"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
redaction.install()  # urllib3's DEBUG lines would carry signed URLs
