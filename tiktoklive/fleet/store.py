"""The fleet's Redis client: opening it from a URL, and which of its errors mean "Redis is away".

Everything in :mod:`tiktoklive.fleet` goes through the official ``redis`` client (the ``[fleet]``
extra). Code that must ride out a Redis restart catches :data:`UNAVAILABLE` and tries again.
"""
from __future__ import annotations

import logging
import os
import socket
from typing import Any

from tiktoklive.errors import FleetError

try:
    import redis
except ImportError:  # pragma: no cover - the extra is not installed
    redis = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

#: Seconds a Redis command may take before it counts as failed (blocking reads add their own block time).
COMMAND_TIMEOUT = 10.0
#: Errors meaning Redis is unreachable, restarting or still loading its data: wait and try again.
UNAVAILABLE: tuple = () if redis is None else (redis.ConnectionError, redis.TimeoutError,
                                                 redis.exceptions.BusyLoadingError)
#: Lua that sets ``ms`` to the Redis server's clock in milliseconds: one clock for the whole fleet.
LUA_NOW_MS = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
"""
#: Longest wait between two attempts while Redis is away.
MAX_RETRY_DELAY = 2.0

#: Every error of the Redis client (none without it).
REDIS_ERRORS: tuple = () if redis is None else (redis.RedisError,)


def open_redis(url: str, *, timeout: float = COMMAND_TIMEOUT) -> Any:
    """A ``redis.Redis`` client for ``url`` (``redis://host:port/db``, ``rediss://``, ``unix://``).

    Connects lazily: nothing is sent until the first command.

    :raises FleetError: the ``redis`` package is not installed, or ``url`` is not a Redis URL.
    """
    if redis is None:
        raise FleetError("the fleet needs the redis package: pip install 'tiktok-live-connector[fleet]'")
    try:
        return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                    health_check_interval=30)
    except ValueError as exc:
        raise FleetError(f"not a Redis URL ({exc})") from None


def redacted(url: str) -> str:
    """``url`` without its password (``user:password@``) or query (``?password=...``), for logs and reprs."""
    url, query, _ = url.partition("?")
    if query:
        url += "?<REDACTED>"
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    return f"{scheme}://<REDACTED>@{rest.rsplit('@', 1)[1]}"


def process_id() -> str:
    """An id of this process unique in the fleet: host, process id and a random part."""
    return f"{socket.gethostname()}-{os.getpid()}-{os.urandom(2).hex()}"


def text(value: Any) -> str:
    """A Redis reply (bytes) as text."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
