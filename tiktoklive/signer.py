"""Signing through the Euler Stream sign server (or any server speaking its HTTP API).

TikTok's first ``webcast/im/fetch`` (which hands out the WebSocket URL) and its gift list need
browser-made signatures; a sign server makes them. :class:`EulerSigner` talks to one over HTTP;
anything with the :class:`Signer` methods can replace it, per client, the way a requests
``Session`` mounts its own transport adapter.

:data:`default_sign_config` is the :class:`SignConfig` a client uses when given none. Assign your
own before building clients; each client reads it once, when built, and the library never writes it.
"""
from __future__ import annotations

import dataclasses
import logging
import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests

from tiktoklive import wire
from tiktoklive._fields import room_id_of, typed
from tiktoklive._http import (
    DEADLINE,
    MAX_BODY_SIZE,
    MAX_RETRY_AFTER,
    QUOTE_LIMIT,
    Session,
    json_object,
    parsed_json,
    quote_message,
    retry_after,
    send,
)
from tiktoklive.errors import (
    DecodeError,
    InvalidResponseError,
    PremiumFeatureError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    SignAuthenticationError,
    UserNotFoundError,
)
from tiktoklive.version import __version__

logger = logging.getLogger(__name__)

#: ``client`` query parameter identifying this library to the sign server.
CLIENT_ID = "ttlive-python"
#: Query parameters that carry a signature; stripped before a URL is sent to be signed.
SIGNATURE_PARAMS = ("X-Bogus", "X-Gnarly", "msToken")


@dataclasses.dataclass(frozen=True)
class SignConfig:
    """Where and how to reach the sign server.

    :param api_key: Euler Stream API key, sent as ``X-Api-Key``.
    :param base_path: base URL of the sign server.
    :param headers: extra headers sent with every sign-server request.
    :param jwt_key: a JWT minted by :meth:`EulerSigner.create_jwt`, sent as ``x-jwt-key``.
    """

    api_key: str | None = dataclasses.field(default=None, repr=False)
    base_path: str = "https://api.eulerstream.com"
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict, repr=False)
    jwt_key: str | None = dataclasses.field(default=None, repr=False)

    @classmethod
    def from_env(cls) -> SignConfig:
        """Build a config from the ``SIGN_API_KEY`` and ``SIGN_API_URL`` environment variables."""
        return cls(api_key=os.environ.get("SIGN_API_KEY") or None,
                   base_path=os.environ.get("SIGN_API_URL") or cls.base_path)


#: The config used by clients built without ``sign_config``; assign your own before building them.
default_sign_config = SignConfig()


# ---------------------------------------------------------------- results


@dataclasses.dataclass(frozen=True)
class SignedWebSocket:
    """The initial fetch of a room: what is needed to open its WebSocket.

    :ivar fetch_result: the decoded ``WebcastResponse`` (``cursor``, ``push_server``, ``route_params``,
        ``internal_ext``, backlog ``messages``).
    :ivar cookie_header: cookies the WebSocket handshake must carry (``x-set-tt-cookie``; secret).
    :ivar room_id: the room to connect to (the sign server may redirect to another one).
    :ivar request_id: the sign server's request id, to quote to its support.
    :ivar agent_id: the sign server's agent id.
    """

    fetch_result: wire.FetchResult = dataclasses.field(repr=False)
    cookie_header: str = dataclasses.field(repr=False)
    room_id: str
    request_id: str | None = None
    agent_id: str | None = None

    @property
    def cursor(self) -> str:
        """The cursor to start reading the room from."""
        return self.fetch_result.cursor

    @property
    def push_server(self) -> str:
        """The WebSocket URL, without its query (empty when TikTok offers none)."""
        return self.fetch_result.push_server


#: A callable that replaces the sign server for the initial fetch:
#: ``provider(*, room_id: str, cursor: str, web_client: WebClient) -> SignedWebSocket``.
SignedWebSocketProvider = Callable[..., SignedWebSocket]


@dataclasses.dataclass(frozen=True)
class SignedUrl:
    """A TikTok URL signed by the sign server.

    :ivar url: the signed URL (secret: carries tokens).
    :ivar user_agent: the User-Agent the signature was made for; send it with the request.
    :ivar tokens: the tokens added to the URL (``msToken``, ...).
    """

    url: str = dataclasses.field(repr=False)
    user_agent: str
    tokens: Mapping[str, str] = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class AnchorRoom:
    """The sign server's answer to "which room is this streamer in?".

    :ivar unique_id: the streamer asked about.
    :ivar room_id: their room id, if found.
    :ivar is_live: whether they are live, if the server said.
    :ivar source: how the server found out.
    :ivar raw: the JSON answer.
    """

    unique_id: str
    room_id: str | None
    is_live: bool | None
    source: str | None = None
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class RateLimit:
    """One window of an API key's rate limit."""

    max: int | None
    remaining: int | None
    reset_at: str | None


@dataclasses.dataclass(frozen=True)
class RateLimits:
    """An API key's limits per minute, hour and day; the JSON answer is kept in ``raw``."""

    minute: RateLimit
    hour: RateLimit
    day: RateLimit
    raw: dict[str, Any] = dataclasses.field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RateLimits:
        """Read a ``/accounts/me/rate_limits`` answer."""
        def window(name: str) -> RateLimit:
            value = data.get(name)
            value = value if isinstance(value, dict) else {}
            return RateLimit(max=typed(value.get("max"), int), remaining=typed(value.get("remaining"), int),
                             reset_at=typed(value.get("reset_at"), str))
        return cls(minute=window("minute"), hour=window("hour"), day=window("day"), raw=data)


# ---------------------------------------------------------------- the protocol and the HTTP signer


class Signer(Protocol):
    """What a client needs from a sign server: the initial fetch, URL signing, and ``close()``."""

    def fetch_signed_websocket(self, room_id: str, *, cursor: str = "", user_agent: str, platform: str = "web",
                               cookie_header: str | None = None,
                               preferred_agent_ids: Sequence[str] = ()) -> SignedWebSocket:
        """Fetch a room's initial ``WebcastResponse`` and the cookies for its WebSocket."""

    def sign_url(self, url: str, *, method: str = "GET", user_agent: str, session_id: str | None = None,
                 tt_target_idc: str | None = None) -> SignedUrl:
        """Sign a TikTok URL."""

    def close(self) -> None:
        """Release connections."""


def strip_signature(url: str) -> str:
    """``url`` without the query parameters a signature adds (``X-Bogus``, ``X-Gnarly``, ``msToken``)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SIGNATURE_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(query)))


class EulerSigner:
    """The Euler Stream sign server's HTTP API (the paths tiktok-live-connector 2.5.0 uses).

    :param config: where the server is and how to authenticate; :data:`default_sign_config` if omitted.
    :param timeout: seconds to wait for each answer (``None``: forever).
    :param verify: TLS verification (``True``, ``False`` or a CA bundle path).
    :param proxies: requests-style proxies for reaching the sign server.
    :param max_body_size: largest answer accepted, in bytes (``None``: no cap).
    :param deadline: seconds one request may take in all, body included (``None``: no deadline).
    :param max_retry_after: longest wait a 429's ``Retry-After`` (or rate-limit reset) may ask for, in seconds.
    """

    def __init__(self, config: SignConfig | None = None, *, timeout: float | None = 10.0,
                 verify: Any = True, proxies: Mapping[str, str] | None = None,
                 max_body_size: int | None = MAX_BODY_SIZE, deadline: float | None = DEADLINE,
                 max_retry_after: float = MAX_RETRY_AFTER) -> None:
        #: The :class:`SignConfig` in use (the default, read now, if none was given).
        self.config = config if config is not None else default_sign_config
        self.timeout = timeout
        self.max_retry_after = max_retry_after
        #: The requests session; its headers carry the API key and JWT.
        self.session = Session(max_body_size=max_body_size, deadline=deadline)
        self.session.verify = verify
        self.session.proxies.update(proxies or {})
        self.session.headers.update({"User-Agent": f"tiktoklive/{__version__} (python)",
                                     "Accept": "application/json"})
        self.session.headers.update(self.config.headers)
        self.session.secret_headers.update(self.config.headers)  # may hold credentials of their own
        if self.config.api_key:
            self.session.headers["X-Api-Key"] = self.config.api_key
        if self.config.jwt_key:
            self.session.headers["x-jwt-key"] = self.config.jwt_key

    def __enter__(self) -> EulerSigner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        key = "set" if self.config.api_key else "none"
        return f"<EulerSigner {self.config.base_path} api_key={key}>"

    def close(self) -> None:
        """Close the HTTP session."""
        self.session.close()

    def _request(self, method: str, path: str, *, route: str, **kwargs: Any) -> requests.Response:
        url = self.config.base_path.rstrip("/") + path
        return send(self.session, method, url, route=route, timeout=self.timeout, **kwargs)

    def fetch_signed_websocket(self, room_id: str, *, cursor: str = "", user_agent: str, platform: str = "web",
                               cookie_header: str | None = None,
                               preferred_agent_ids: Sequence[str] = ()) -> SignedWebSocket:
        """Fetch a room's initial ``WebcastResponse`` (``GET /webcast/rooms/{room_id}/connect``).

        :param cursor: where to start reading (``""`` for the newest messages).
        :param user_agent: the User-Agent the WebSocket will use.
        :param platform: ``"web"`` or ``"mobile"`` (needs ``cookie_header`` with a session).
        :param cookie_header: the client's cookies, sent as ``x-cookie-header`` to sign an
            authenticated WebSocket. Omit it unless the user opted in.
        :param preferred_agent_ids: sign-server agents to prefer, if the plan allows.
        :raises SignAPIError: the server refused or failed (see its subclasses).
        :raises InvalidResponseError: the answer is not a ``WebcastResponse``.
        :raises NetworkError: the server could not be reached.
        """
        route = "fetch_signed_websocket"
        params = {"client": CLIENT_ID, "cursor": cursor, "user_agent": user_agent, "client_enter": "true",
                  "platform": platform}
        if preferred_agent_ids:
            params["preferred_agent_ids"] = ",".join(preferred_agent_ids)
        headers = {"Accept": "application/protobuf,application/json"}
        if cookie_header:
            headers["x-cookie-header"] = cookie_header
        response = self._request("GET", f"/webcast/rooms/{quote(room_id, safe='')}/connect", route=route,
                                 params=params, headers=headers)
        self._raise_for_status(response, route=route)
        ids = _ids(response)
        if not response.content:
            raise SignAPIError("the sign server sent an empty answer: TikTok may be detecting it; "
                               "try again later", reason="empty_payload", route=route, response=response, **ids)
        cookies = response.headers.get("x-set-tt-cookie", "").strip()
        if not cookies:
            rejection = response.headers.get("handshake-msg")
            detail = f" (TikTok said: {rejection[:100]})" if rejection else ""
            raise SignAPIError(f"the sign server sent no cookies for the WebSocket{detail}; try again later",
                               reason="empty_cookies", route=route, response=response, **ids)
        try:
            result = wire.parse_fetch_result(response.content)
        except DecodeError as exc:
            raise InvalidResponseError(f"the sign server's answer is not a WebcastResponse ({exc.reason})",
                                       route=route, response=response, body=response.content.hex()) from exc
        moved = response.headers.get("x-room-id")
        if moved is not None and room_id_of(moved) is None:
            raise InvalidResponseError("the sign server moved the room to an invalid room id; report this with "
                                       "the error's .body", route=route, response=response, body=moved[:QUOTE_LIMIT])
        return SignedWebSocket(fetch_result=result, cookie_header=cookies, room_id=moved or room_id, **ids)

    def sign_url(self, url: str, *, method: str = "GET", user_agent: str, session_id: str | None = None,
                 tt_target_idc: str | None = None) -> SignedUrl:
        """Sign a TikTok URL (``POST /tiktok/sign_url``); request the result with its ``user_agent``.

        :param session_id: a logged-in session to sign for, with its ``tt_target_idc``. Omit it
            unless the user opted in to sending their session to the sign server.
        :raises PremiumFeatureError: the API key's plan does not include URL signing.
        :raises SignatureMissingTokensError: the server signed nothing.
        :raises SignAPIError: any other refusal or failure.
        """
        route = "sign_url"
        body: dict[str, Any] = {"url": strip_signature(url), "method": method, "userAgent": user_agent}
        if session_id and tt_target_idc:
            body.update(sessionId=session_id, ttTargetIdc=tt_target_idc)
        response = self._request("POST", "/tiktok/sign_url", route=route, params={"client": CLIENT_ID}, json=body)
        self._raise_for_status(response, route=route, premium_on_403=True)
        data = json_object(response, route=route)
        self._raise_for_status(response, route=route, premium_on_403=True, code=data.get("code"))
        signed = data.get("response")
        signed = signed if isinstance(signed, dict) else {}
        signed_url, tokens, agent = signed.get("signedUrl"), signed.get("tokens"), signed.get("userAgent")
        if not tokens or not signed_url:
            raise SignatureMissingTokensError("the sign server signed nothing; try again later",
                                              reason="missing_tokens", route=route, response=response,
                                              **_ids(response))
        if not isinstance(signed_url, str) or not _is_str_map(tokens) or not isinstance(agent, (str, type(None))):
            raise InvalidResponseError("the sign server's signed URL is malformed (signedUrl, tokens or userAgent "
                                       "of the wrong type)", route=route, response=response, body=response.text)
        return SignedUrl(url=signed_url, user_agent=agent or user_agent, tokens=tokens)

    def _anchor(self, unique_id: str, what: str, *, route: str) -> dict[str, Any]:
        """``GET /webcast/anchors/{unique_id}/{what}``; the outcome is in the body's ``code`` and ``ok``."""
        response = self._request("GET", f"/webcast/anchors/{quote(unique_id, safe='')}/{what}", route=route)
        self._raise_for_status(response, route=route, only={429})
        data = json_object(response, route=route)
        if 404 in (response.status_code, data.get("code")):
            raise UserNotFoundError(unique_id, f"the sign server found no user @{unique_id}: "
                                    f"{quote_message(data) or 'no reason given'}", route=route, response=response)
        self._raise_for_status(response, route=route, code=data.get("code"))
        if data.get("ok") is False:
            raise SignAPIError(f"the sign server could not find @{unique_id}'s room: "
                               f"{quote_message(data) or 'no reason given'}",
                               reason="sign_error", route=route, response=response, **_ids(response))
        return data

    def fetch_room_id(self, unique_id: str) -> AnchorRoom:
        """Ask the sign server for a streamer's room id (``GET /webcast/anchors/{unique_id}/room_id``).

        :raises UserNotFoundError: the server found no such user (code 404).
        :raises SignAPIError: the server refused or failed (see its subclasses).
        """
        data = self._anchor(unique_id, "room_id", route="fetch_room_id_from_signer")
        is_live, source = data.get("is_live"), data.get("source")
        return AnchorRoom(unique_id=unique_id, room_id=room_id_of(data.get("room_id")),
                          is_live=is_live if isinstance(is_live, bool) else None,
                          source=source if isinstance(source, str) else None, raw=data)

    def fetch_room_info(self, unique_id: str) -> dict[str, Any]:
        """Ask the sign server for a streamer's room details (``GET /webcast/anchors/{unique_id}/room_info``,
        a paid feature).

        :returns: the answer's ``data``: ``unique_id``, ``user``, ``room_info`` and TikTok's ``raw`` answer.
        :raises PremiumFeatureError: the API key's plan does not include it.
        :raises SignAPIError: the server refused or failed (see its subclasses).
        """
        route = "fetch_room_info_from_signer"
        data = self._anchor(unique_id, "room_info", route=route).get("data")
        if not isinstance(data, dict):
            raise SignAPIError(f"the sign server sent no room details for @{unique_id}", reason="sign_error",
                               route=route)
        return data

    def send_room_chat(self, room_id: str, content: str, *, cookie_header: str) -> dict[str, Any]:
        """Post a chat message to a room as the logged-in user (``POST /webcast/rooms/{room_id}/chat``).

        :param cookie_header: the user's cookies, session included (sent as ``x-cookie-header``).
        :returns: the server's JSON answer.
        :raises PremiumFeatureError: the API key's plan does not include sending chat.
        :raises SignAPIError: any other refusal or failure.
        """
        route = "send_room_chat"
        response = self._request("POST", f"/webcast/rooms/{quote(room_id, safe='')}/chat", route=route,
                                 json={"content": content}, headers={"x-cookie-header": cookie_header})
        self._raise_for_status(response, route=route, premium_on_403=True)
        return json_object(response, route=route)

    def fetch_rate_limits(self) -> RateLimits:
        """The API key's rate limits (``GET /accounts/me/rate_limits``).

        :raises SignAuthenticationError: no API key, or an invalid one.
        """
        route = "fetch_rate_limits"
        response = self._request("GET", "/accounts/me/rate_limits", route=route)
        self._raise_for_status(response, route=route)
        return RateLimits.from_json(json_object(response, route=route))

    def create_jwt(self, account_id: str, limits: Mapping[str, int], expire_after: float) -> str:
        """Mint a JWT for a client-side app (``POST /accounts/{account_id}/jwt/create``).

        Give the token to the app, which passes it as ``SignConfig(jwt_key=...)`` instead of the API key.

        :param limits: the token's own limits, e.g. ``{"minute": 5, "hour": 60, "day": 500}``.
        :param expire_after: seconds until the token expires (at most 7200).
        :returns: the JWT.
        :raises SignAPIError: the server refused (see its subclasses).
        """
        route = "create_jwt"
        response = self._request("POST", f"/accounts/{quote(str(account_id), safe='')}/jwt/create", route=route,
                                 json={"limits": dict(limits), "expireAfter": int(expire_after)})
        self._raise_for_status(response, route=route)
        data = json_object(response, route=route)
        token = data.get("token") or data.get("jwt")
        if not isinstance(token, str) or not token:
            raise InvalidResponseError("the sign server's answer has no token", route=route, response=response,
                                       body=response.text)
        return token

    def _raise_for_status(self, response: requests.Response, *, route: str, code: Any = None,
                          premium_on_403: bool = False, only: set | None = None) -> None:
        """Raise the sign error for a non-200 HTTP status (or for the JSON ``code`` when given).

        :param only: statuses to act on (others pass); all non-200 statuses when omitted.
        """
        status = code if isinstance(code, int) else (response.status_code if code is None else 200)
        if status == 200 or (only is not None and status not in only):
            return
        data = parsed_json(response)
        data = data if isinstance(data, dict) else {}
        said = quote_message(data)
        said = f": {said}" if said else ""
        kwargs: dict[str, Any] = {"route": route, "response": response, **_ids(response)}
        if status == 429:
            wait = retry_after(response.headers.get("retry-after"), cap=self.max_retry_after)
            reset_time = _number(response.headers.get("x-ratelimit-reset") or response.headers.get("RateLimit-Reset"))
            if wait is None and reset_time is not None:
                wait = min(max(0.0, reset_time - time.time()), self.max_retry_after)
            label = data.get("limit_label")
            label = label if isinstance(label, str) and label else None
            when = f"in {wait:.0f} s" if wait is not None else "later"
            raise SignatureRateLimitError(f"({label or 'rate limit'}) too many requests to the sign server; try again "
                                          f"{when}, or raise your plan's limits{said}",
                                          retry_after=wait, reset_time=reset_time, limit_label=label, **kwargs)
        if status == 402 or (status == 403 and premium_on_403):
            raise PremiumFeatureError(f"this sign-server feature needs a paid plan (HTTP {status}){said}",
                                      reason="premium_feature", **kwargs)
        if status in (401, 403):
            raise SignAuthenticationError(f"the sign server refused the API key (HTTP {status}){said}; pass a valid "
                                          "key as sign_api_key= or SignConfig(api_key=...)",
                                          reason="unauthorized", **kwargs)
        what = f"HTTP {status}" if code is None else f"code {status}"
        later = "; try again later" if status >= 500 else ""
        raise SignAPIError(f"the sign server refused ({what}){said}{later}", reason="sign_error", **kwargs)


def _is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _ids(response: requests.Response) -> dict[str, str | None]:
    headers = response.headers
    return {"request_id": headers.get("x-request-id") or headers.get("x-log-id"),
            "agent_id": headers.get("x-agent-id")}


def _number(value: str | None) -> float | None:
    try:
        number = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    return number if number is None or math.isfinite(number) else None
