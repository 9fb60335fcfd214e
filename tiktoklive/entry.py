"""Entering a room: the blocking steps from a room id to an open push socket in that room.

Shared by :class:`~tiktoklive.Connection` and :class:`~tiktoklive.Hub`: :meth:`Entrance.sign` gets
the signed WebSocket (the initial fetch, the push URL and the cookies the socket needs);
:meth:`Entrance.open` opens the socket and sends the enter-room frame. Both block (HTTP requests,
the WebSocket handshake) and may be called from several threads at once.
"""
from __future__ import annotations

import threading
from typing import Any, Mapping, NamedTuple, Optional

from tiktoklive import signer as signing
from tiktoklive.transport import Handshake, PushClient
from tiktoklive.web import WebClient


class Ticket(NamedTuple):
    """What opening a room's push socket takes: the signed initial fetch, and the WebSocket URL and
    headers made from it (secret: a repr shows the room only)."""

    signed: signing.SignedWebSocket
    url: str
    headers: dict[str, str]

    def __repr__(self) -> str:
        return f"<Ticket room_id={self.signed.room_id}>"


class Entrance:
    """Signs and opens push sockets with one web client.

    :param web: the web client (its cookie jar holds what the sign server hands out).
    :param options: the connection options used here: ``ws_client_params``, ``ws_client_headers``,
        ``ws_client_options``, ``max_frame_size``, ``heartbeat_interval``, ``heartbeat_timeout``.
    :param lock: taken around each use of ``web`` (signing and the cookies it stores are one step, so
        that concurrent signings do not mix their cookies).
    """

    def __init__(self, web: WebClient, options: Mapping[str, Any], lock: Optional[threading.RLock] = None) -> None:
        self.web = web
        self.lock = lock or threading.RLock()
        self._options = options

    def __repr__(self) -> str:
        return f"<Entrance {self.web!r}>"

    def sign(self, room_id: str, cursor: str = "") -> Ticket:
        """Fetch the signed WebSocket of ``room_id`` (resuming at ``cursor``); blocks for an HTTP request.

        :raises WebError: the sign server refused or failed (see :meth:`WebClient.fetch_signed_websocket
            <tiktoklive.web.WebClient.fetch_signed_websocket>`).
        """
        with self.lock:
            signed = self.web.fetch_signed_websocket(room_id, cursor)
            url = self.web.websocket_url(signed, self._options["ws_client_params"])
            headers = {**self.web.websocket_headers(), **self._options["ws_client_headers"]}
        return Ticket(signed, url, headers)

    def handshake(self) -> Handshake:
        """A handshake for :meth:`open`, which another thread may abort while it waits."""
        return Handshake(self._options["ws_client_options"], max_frame_size=self._options["max_frame_size"])

    def open(self, ticket: Ticket, handshake: Optional[Handshake] = None) -> PushClient:
        """Open the push socket of ``ticket`` and enter its room; blocks for the WebSocket handshake.

        :param handshake: the handshake to open it with (one of :meth:`handshake`; a new one by default).
        :raises ConnectError: the socket could not be opened or the room entered (see
            :meth:`Handshake.open <tiktoklive.transport.Handshake.open>`).
        """
        options = self._options
        ws = (handshake or self.handshake()).open(ticket.url, ticket.headers)
        sock = PushClient(ws, heartbeat_interval=options["heartbeat_interval"],
                          heartbeat_timeout=options["heartbeat_timeout"])
        try:
            sock.enter_room(int(ticket.signed.room_id))
        except Exception:
            sock.shutdown()
            raise
        return sock
