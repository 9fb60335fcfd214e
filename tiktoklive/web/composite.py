"""Fallback chains over the single-request routes: room id, live status, waiting for a stream.

Order (Node's): the live page, then ``api-live``, then the sign server when the client was built
with ``connect_with_unique_id=True``. The first route that answers wins; when every route says the
user does not exist, :class:`~tiktoklive.errors.UserNotFoundError`; when all fail otherwise, a
:class:`~tiktoklive.errors.RoomIdLookupError` lists why each did.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from tiktoklive.errors import (
    InvalidOptionError,
    InvalidResponseError,
    RoomIdLookupError,
    UserNotFoundError,
    WebError,
)
from tiktoklive.web.unique_id import parse_unique_id

logger = logging.getLogger(__name__)

#: Longest wait between two polls of :func:`wait_until_live` while the routes keep failing.
MAX_BACKOFF = 300.0


class Lookups(Protocol):
    """What the chains need of a client (:class:`~tiktoklive.web.WebClient` is one): its
    single-request lookups, each returning a result with ``room_id`` and ``is_live``, and two options."""

    connect_with_unique_id: bool
    log_fetch_fallback_errors: bool

    def fetch_room_info_from_html(self, unique_id: str) -> Any:
        """The live page's data."""

    def fetch_room_info_from_api_live(self, unique_id: str) -> Any:
        """``api-live``'s data."""

    def fetch_room_id_from_signer(self, unique_id: str) -> Any:
        """The sign server's room id lookup."""


def _routes(client: Lookups) -> list[tuple[str, Callable[[str], Any]]]:
    routes: list[tuple[str, Callable[[str], Any]]] = [
        ("fetch_room_info_from_html", client.fetch_room_info_from_html),
        ("fetch_room_info_from_api_live", client.fetch_room_info_from_api_live)]
    if client.connect_with_unique_id:
        routes.append(("fetch_room_id_from_signer", client.fetch_room_id_from_signer))
    return routes


def _first(client: Lookups, unique_id: str, attribute: str, what: str) -> Any:
    """The first non-``None`` ``attribute`` of a route's result, trying each route in turn."""
    unique_id = parse_unique_id(unique_id)
    errors: list[BaseException] = []
    for name, route in _routes(client):
        try:
            value = getattr(route(unique_id), attribute)
            if value is None:
                raise InvalidResponseError(f"the answer has no {what}", route=name)
            return value
        except WebError as exc:
            errors.append(exc)
            if client.log_fetch_fallback_errors:
                logger.warning("could not get @%s's %s from %s (%s: %s), trying the next route", unique_id, what,
                               name, type(exc).__name__, exc)
    if all(isinstance(error, UserNotFoundError) for error in errors):
        raise UserNotFoundError(unique_id, f"every route says @{unique_id} does not exist (or has never been able "
                                "to go live); check the name", route="composite") from errors[-1]
    raise RoomIdLookupError(f"could not get @{unique_id}'s {what} from any route; check the name, or try a "
                            "proxy, a session_id or connect_with_unique_id=True", errors, route="composite")


def fetch_room_id(client: Lookups, unique_id: str) -> str:
    """A streamer's room id, from the first route that knows it.

    :raises UserNotFoundError: every route says the user does not exist.
    :raises RoomIdLookupError: every route failed; ``.errors`` holds each route's error.
    """
    return str(_first(client, unique_id, "room_id", "room id"))


def fetch_is_live(client: Lookups, unique_id: str) -> bool:
    """Whether a streamer is live now (status other than 4, ended), from the first route that knows.

    :raises UserNotFoundError: every route says the user does not exist.
    :raises RoomIdLookupError: every route failed; ``.errors`` holds each route's error.
    """
    return bool(_first(client, unique_id, "is_live", "live status"))


def wait_until_live(client: Lookups, unique_id: str, *, poll_interval: float = 30.0,
                    timeout: float | None = None, stop_event: threading.Event | None = None) -> bool:
    """Block until a streamer is live, polling :func:`fetch_is_live` every ``poll_interval`` seconds.

    While the routes fail, the wait between polls doubles (up to :data:`MAX_BACKOFF` seconds, or
    ``poll_interval`` if longer); failures are logged at WARNING and polling goes on.

    :param poll_interval: seconds between polls (keep it high against the real TikTok: 30 or more).
    :param timeout: give up after this many seconds (``None``: never).
    :param stop_event: set it from another thread to stop waiting at once.
    :returns: ``True`` once live; ``False`` if ``timeout`` elapsed or ``stop_event`` was set first.
    :raises InvalidOptionError: ``poll_interval`` is not positive.
    """
    if poll_interval <= 0:
        raise InvalidOptionError("poll_interval must be a positive number of seconds")
    unique_id = parse_unique_id(unique_id)
    stop = stop_event if stop_event is not None else threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout
    failures = 0
    while not stop.is_set():
        try:
            if fetch_is_live(client, unique_id):
                return True
            failures = 0
        except WebError as exc:
            failures += 1
            logger.warning("live check of @%s failed (%s: %s); retrying", unique_id, type(exc).__name__, exc)
        delay = min(poll_interval * 2 ** failures, max(MAX_BACKOFF, poll_interval))
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            delay = min(delay, remaining)
        logger.debug("@%s is not live; checking again in %.3g s", unique_id, delay)
        stop.wait(delay)
    return False
