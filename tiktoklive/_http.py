"""Sending one HTTP request and turning transport failures and unusable bodies into typed errors.

Shared by :class:`tiktoklive.web.WebClient` (TikTok) and :class:`tiktoklive.signer.EulerSigner`
(the sign server). URLs are logged and quoted without their query string, which may carry
signatures.
"""
from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit

import requests

from tiktoklive.errors import InvalidResponseError, NetworkError

logger = logging.getLogger(__name__)

#: Longest piece of a server's answer quoted in an exception message.
QUOTE_LIMIT = 200
_QUERY = re.compile(r"\?[^\s'\"]*")


def without_query(url: str) -> str:
    """``url`` without its query string and fragment (safe to log)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def send(session: requests.Session, method: str, url: str, *, route: str, timeout: float | None,
         **kwargs: Any) -> requests.Response:
    """Send one request through ``session``.

    :param route: the route's name, for logs and errors.
    :raises NetworkError: no answer arrived (DNS, refused, reset, TLS, proxy, timeout).
    """
    logger.debug("%s %s [%s]", method, without_query(url), route)
    # Passed per request, or REQUESTS_CA_BUNDLE would override a session's own CA bundle or False.
    kwargs.setdefault("verify", session.verify)
    try:
        response = session.request(method, url, timeout=timeout, **kwargs)
    except requests.RequestException as exc:
        host = urlsplit(url).netloc
        raise NetworkError(f"no answer from {host} ({type(exc).__name__}); check your network, proxy "
                           "and timeout settings", route=route) from _without_queries(exc)
    logger.debug("%s %s [%s] -> HTTP %s", method, without_query(url), route, response.status_code)
    return response


def _without_queries(exc: requests.RequestException) -> requests.RequestException:
    """A copy of a requests error whose message names URLs without their query strings (urllib3 puts
    the whole URL, signature included, in it); same type and traceback, so it can stand as the cause."""
    message = _QUERY.sub("", str(exc))
    try:
        copy = type(exc)(message)
    except TypeError:  # a subclass with another signature
        copy = requests.RequestException(message)
    return copy.with_traceback(exc.__traceback__)


def json_object(response: requests.Response, *, route: str) -> dict:
    """The JSON object in ``response``'s body.

    :raises InvalidResponseError: the body is not a JSON object (the raw text is kept on the error).
    """
    try:
        data = response.json()
    except ValueError:
        data = None
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
