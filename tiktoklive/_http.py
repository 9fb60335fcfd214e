"""Sending one HTTP request and turning transport failures and unusable bodies into typed errors.

Shared by :class:`tiktoklive.web.WebClient` (TikTok) and :class:`tiktoklive.signer.EulerSigner`
(the sign server). Every body is streamed under a size cap and an overall deadline. URLs are
logged and quoted without their query string, which may carry signatures.
"""
from __future__ import annotations

import email.utils
import logging
import math
import re
import time
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3

from tiktoklive.errors import DeadlineExceededError, InvalidResponseError, NetworkError, ResponseTooLargeError

logger = logging.getLogger(__name__)

#: Longest piece of a server's answer quoted in an exception message.
QUOTE_LIMIT = 200
_QUERY = re.compile(r"\?[^\s'\"]*")
#: Default cap on one answer's (decoded) body, in bytes.
MAX_BODY_SIZE = 16 * 1024 * 1024
#: Default overall deadline of one request, headers and body, in seconds.
DEADLINE = 60.0
_CHUNK = 64 * 1024
#: Default cap on the seconds a server's ``Retry-After`` may make the client wait.
MAX_RETRY_AFTER = 300.0
#: Headers that carry secrets (the sign server's key and JWT, the cookies forwarded to it).
SECRET_HEADERS = ("X-Api-Key", "x-jwt-key", "x-cookie-header")


class Session(requests.Session):
    """A ``requests.Session`` whose answers are capped and whose secrets stay on their host.

    :ivar max_body_size: largest body accepted, in bytes (``None``: no cap).
    :ivar deadline: seconds one request may take in all (``None``: no deadline); checked between
        reads, so a silent server is cut by the read timeout instead.
    :ivar secret_headers: headers dropped when a redirect leads to another host (as requests drops
        ``Authorization``); :data:`SECRET_HEADERS` and any added.
    """

    def __init__(self, *, max_body_size: int | None = MAX_BODY_SIZE, deadline: float | None = DEADLINE) -> None:
        super().__init__()
        self.max_body_size = max_body_size
        self.deadline = deadline
        self.secret_headers = set(SECRET_HEADERS)

    def rebuild_auth(self, prepared_request: requests.PreparedRequest, response: requests.Response) -> None:
        """requests' hook on each redirect: drop :attr:`secret_headers` too when the host changes."""
        super().rebuild_auth(prepared_request, response)
        if self.should_strip_auth(response.request.url, prepared_request.url):
            for name in self.secret_headers:
                prepared_request.headers.pop(name, None)


def without_query(url: str) -> str:
    """``url`` without its query string and fragment (safe to log)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def send(session: Session, method: str, url: str, *, route: str, timeout: float | None,
         **kwargs: Any) -> requests.Response:
    """Send one request through ``session`` and read its whole body, within the session's caps.

    :param route: the route's name, for logs and errors.
    :raises NetworkError: no answer arrived (DNS, refused, reset, TLS, proxy, timeout).
    :raises DeadlineExceededError: the answer took longer than ``session.deadline`` in all.
    :raises ResponseTooLargeError: the body is larger than ``session.max_body_size``.
    """
    logger.debug("%s %s [%s]", method, without_query(url), route)
    # Passed per request, or REQUESTS_CA_BUNDLE would override a session's own CA bundle or False.
    kwargs.setdefault("verify", session.verify)
    deadline = None if session.deadline is None else time.monotonic() + session.deadline
    host = urlsplit(url).netloc
    try:
        response = session.request(method, url, timeout=timeout, stream=True, **kwargs)
        with response:  # released to the pool once read, closed otherwise
            response._content = _read_body(response, session.max_body_size, deadline, route=route, host=host)
            response._content_consumed = True  # type: ignore[attr-defined]  # as requests' own content
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        raise NetworkError(f"no answer from {host} ({type(exc).__name__}); check your network, proxy "
                           "and timeout settings", route=route) from _without_queries(exc)
    logger.debug("%s %s [%s] -> HTTP %s", method, without_query(url), route, response.status_code)
    return response


def _read_body(response: requests.Response, limit: int | None, deadline: float | None, *, route: str,
               host: str) -> bytes:
    """The decoded body of a streamed ``response``, read as it arrives (``read1``) so that a trickle
    still meets the deadline."""
    body = bytearray()
    while True:
        if deadline is not None and time.monotonic() > deadline:
            raise DeadlineExceededError(f"{host} took too long to send its answer ({len(body)} bytes so far); "
                                        "raise web_client_options['deadline'] if it is just slow", route=route)
        chunk = response.raw.read1(_CHUNK, decode_content=True)
        if not chunk:
            return bytes(body)
        body += chunk
        if limit is not None and len(body) > limit:
            raise ResponseTooLargeError(f"{host} sent a body larger than {limit} bytes; raise "
                                        "web_client_options['max_body_size'] if that is expected",
                                        limit=limit, route=route, response=response)


def _without_queries(exc: Exception) -> Exception:
    """A copy of a requests error whose message names URLs without their query strings (urllib3 puts
    the whole URL, signature included, in it); same type and traceback, so it can stand as the cause."""
    message = _QUERY.sub("", str(exc))
    try:
        copy = type(exc)(message)
    except TypeError:  # a subclass with another signature
        copy = requests.RequestException(message)
    return copy.with_traceback(exc.__traceback__)


def retry_after(value: str | None, *, cap: float = MAX_RETRY_AFTER) -> float | None:
    """The seconds a ``Retry-After`` header (delta-seconds or an HTTP date) asks to wait, within ``[0, cap]``.

    ``None`` when the header is absent or unreadable (garbage, ``nan``); ``inf`` and far dates give ``cap``.
    """
    text = (value or "").strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(text).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):  # TypeError: Python 3.9's answer to garbage
            return None
    return None if math.isnan(seconds) else min(max(seconds, 0.0), cap)


def parsed_json(response: requests.Response) -> Any:
    """The JSON in ``response``'s body, or ``None`` if it holds none (or JSON nested too deep to read)."""
    try:
        return response.json()
    except (ValueError, RecursionError):
        return None


def json_object(response: requests.Response, *, route: str) -> dict:
    """The JSON object in ``response``'s body.

    :raises InvalidResponseError: the body is not a JSON object (the raw text is kept on the error).
    """
    data = parsed_json(response)
    if not isinstance(data, dict):
        raise InvalidResponseError(f"expected a JSON object, got HTTP {response.status_code} "
                                   f"{response.headers.get('Content-Type', 'without a content type')}; "
                                   "report this with the error's .body if it keeps happening",
                                   route=route, response=response, body=response.text)
    return data


def quote_message(data: dict) -> str:
    """A server's ``message`` field, shortened for an exception message."""
    message = str(data.get("message") or "").strip()
    return message[:QUOTE_LIMIT] + ("…" if len(message) > QUOTE_LIMIT else "")
