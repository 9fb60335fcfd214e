"""What the fake's servers exchange: an HTTP :class:`Request` as received (and recorded), and the
:class:`Response` a route answers with. Plain data, no I/O."""
from __future__ import annotations

import dataclasses
import json
import time
from typing import Any, Dict, Mapping, Optional


@dataclasses.dataclass
class Request:
    """One HTTP request as the fake received it.

    :ivar surface: which server got it: ``"web"``, ``"webcast"``, ``"sign"`` or ``"push"``.
    :ivar route: the name of the route that answered it (``None`` when none matched).
    :ivar query: the query parameters (the last value of a repeated name wins).
    :ivar headers: the headers, names lower-cased.
    """

    surface: str
    method: str
    path: str
    query: Dict[str, str]
    headers: Dict[str, str]
    body: bytes = b""
    route: Optional[str] = None
    #: When it arrived (``time.time()``).
    received_at: float = dataclasses.field(default_factory=time.time)

    def __repr__(self) -> str:
        return f"<Request {self.surface} {self.method} {self.path} route={self.route}>"

    @property
    def cookies(self) -> Dict[str, str]:
        """The ``Cookie`` header as a dict (parsed leniently: ``k=v; k2=v2;``)."""
        return parse_cookie_header(self.headers.get("cookie", ""))

    def json(self) -> Any:
        """The body as JSON (``None`` when it is not JSON)."""
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None


def parse_cookie_header(header: str) -> Dict[str, str]:
    """``a=b; c=d`` as a dict, tolerating stray separators and spaces."""
    cookies: Dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


@dataclasses.dataclass
class Response:
    """What a route answers: status, headers and body."""

    status: int = 200
    body: bytes = b""
    headers: Dict[str, str] = dataclasses.field(default_factory=dict)

    def __repr__(self) -> str:
        return f"<Response {self.status} {len(self.body)} bytes>"

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: Optional[Mapping[str, str]] = None) -> Response:
        """A JSON answer (``Content-Type: application/json``)."""
        return cls(status, json.dumps(data, separators=(",", ":")).encode(),
                   {"Content-Type": "application/json; charset=utf-8", **(headers or {})})

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        """An HTML page."""
        return cls(status, text.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})

    @classmethod
    def protobuf(cls, data: bytes, headers: Optional[Mapping[str, str]] = None) -> Response:
        """A protobuf body (``Content-Type: application/protobuf``)."""
        return cls(200, data, {"Content-Type": "application/protobuf", **(headers or {})})
