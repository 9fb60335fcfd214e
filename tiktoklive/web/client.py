"""``WebClient``: TikTok's HTTP routes on one ``requests.Session`` (cookies, default params, proxies).

Every route that makes one request is a method here; the fallback chains (room id, live status,
waiting for a stream) live in :mod:`tiktoklive.web.composite` and are reachable from here too.
"""
from __future__ import annotations

import dataclasses
import inspect
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from tiktoklive import codec
from tiktoklive import signer as signing
from tiktoklive._http import DEADLINE, MAX_BODY_SIZE, MAX_RETRY_AFTER, Session, retry_after, send
from tiktoklive.errors import (
    AuthenticatedWebSocketError,
    InvalidOptionError,
    InvalidResponseError,
    NetworkError,
    RateLimitedError,
    SignAPIError,
    UnknownOptionError,
)
from tiktoklive.web import composite, defaults, options, push_url, responses
from tiktoklive.web.models import Gift, LiveRoomUserInfo, RoomInfo
from tiktoklive.web.unique_id import parse_unique_id

logger = logging.getLogger(__name__)

_COOKIE_ATTRIBUTES = {"path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority"}


def _session(http: Mapping[str, Any], headers: Mapping[str, str], limits: Mapping[str, Any]) -> Session:
    """The session of a client: ``headers``, the ``web_client_options`` of ``http`` and the body ``limits``."""
    session = Session(**limits)
    session.headers.update(headers)
    for key in ("proxies", "verify", "cert", "trust_env"):
        if key in http:
            setattr(session, key, dict(http[key]) if key == "proxies" else http[key])
    if "max_retries" in http:
        adapter = HTTPAdapter(max_retries=http["max_retries"])
        session.mount("http://", adapter)
        session.mount("https://", adapter)
    return session


def _euler_signer(config: signing.SignConfig | None, api_key: str | None, timeout: float | None,
                  max_retry_after: float, http: Mapping[str, Any], limits: Mapping[str, Any]) -> signing.Signer:
    """The sign server's client of ``config`` (by default :data:`~tiktoklive.signer.default_sign_config`,
    read now), with ``api_key`` over its own."""
    config = config if config is not None else signing.default_sign_config
    if api_key:
        config = dataclasses.replace(config, api_key=api_key)
    return signing.EulerSigner(config, timeout=timeout, verify=http.get("verify", True),
                               max_retry_after=max_retry_after, **limits)


class WebClient:
    """TikTok's web and webcast HTTP routes, plus the sign server, for one user of the library.

    Holds a ``requests.Session`` (cookie jar, default query parameters and headers of a desktop
    browser, proxies, TLS settings) and a :class:`~tiktoklive.signer.Signer`. Use it as a context
    manager, or call :meth:`close`. Methods block for at most about ``timeout`` seconds per request
    and are safe to call from one thread at a time.

    :param web_base_url: origin of ``www.tiktok.com`` (live pages, ``api-live``).
    :param webcast_base_url: origin of ``webcast.tiktok.com`` (room info, gift list, im/fetch).
    :param sign_config: the sign server to use; :data:`tiktoklive.signer.default_sign_config`
        (read now) if omitted.
    :param sign_api_key: shortcut that overrides ``sign_config.api_key``.
    :param signer: a ready :class:`~tiktoklive.signer.Signer` to use instead of an
        :class:`~tiktoklive.signer.EulerSigner` built from ``sign_config``.
    :param session_id: the ``sessionid`` cookie of a logged-in TikTok account (age-restricted
        rooms, sending chat). Requires ``tt_target_idc``.
    :param tt_target_idc: the ``tt-target-idc`` cookie of that account (e.g. ``"useast1a"``).
    :param authenticate_ws: allow sending the session cookies to the sign server (to sign an
        authenticated WebSocket, to send chat) and on the WebSocket itself. Off by default: the
        session id never leaves for the sign server otherwise.
    :param use_mobile: ask for a mobile WebSocket (needs ``authenticate_ws``).
    :param preferred_agent_ids: sign-server agents to prefer for the initial fetch.
    :param connect_with_unique_id: let the sign server look the room id up when TikTok's own
        routes fail (the last fallback of :meth:`fetch_room_id`).
    :param log_fetch_fallback_errors: log (WARNING) each route that fails before a fallback.
    :param signed_websocket_provider: a callable replacing the sign server for the initial fetch,
        ``provider(*, room_id: str, cursor: str, web_client: WebClient) -> SignedWebSocket``.
    :param web_client_params: query parameters added to (or replacing) the defaults.
    :param web_client_headers: headers added to (or replacing) the defaults; a ``User-Agent``
        here also changes the browser parameters derived from it.
    :param web_client_options: ``timeout`` (seconds, default 10), ``proxies`` (requests-style,
        ``socks5://`` with the ``socks`` extra), ``verify`` (default ``True``), ``cert``,
        ``max_retries`` (an int or a ``urllib3.util.Retry``), ``trust_env``, ``max_body_size``
        (largest answer accepted, bytes, default 16 MiB) and ``deadline`` (seconds one request may
        take in all, body included, default 60), for TikTok and the sign server alike, and
        ``max_retry_after`` (longest wait a 429's ``Retry-After`` may ask for, default 300 s).
    :raises UnknownOptionError: an unknown option (a ``TypeError``).
    :raises InvalidOptionError: contradictory or invalid option values.
    """

    #: Every keyword option the constructor accepts (a caller can split its own kwargs with it).
    OPTION_NAMES: ClassVar[frozenset[str]]

    def __init__(self, *, web_base_url: str = defaults.WEB_BASE_URL,
                 webcast_base_url: str = defaults.WEBCAST_BASE_URL,
                 sign_config: signing.SignConfig | None = None, sign_api_key: str | None = None,
                 signer: signing.Signer | None = None, session_id: str | None = None,
                 tt_target_idc: str | None = None, authenticate_ws: bool = False, use_mobile: bool = False,
                 preferred_agent_ids: Sequence[str] = (), connect_with_unique_id: bool = False,
                 log_fetch_fallback_errors: bool = False,
                 signed_websocket_provider: signing.SignedWebSocketProvider | None = None,
                 web_client_params: Mapping[str, Any] | None = None,
                 web_client_headers: Mapping[str, str] | None = None,
                 web_client_options: Mapping[str, Any] | None = None, **unknown: Any) -> None:
        if unknown:
            raise UnknownOptionError(f"unknown option(s) {', '.join(sorted(unknown))}; valid options: "
                                     f"{', '.join(sorted(OPTION_NAMES))}")
        http = dict(web_client_options or {})
        options.check_options(web_base_url=web_base_url, webcast_base_url=webcast_base_url, sign_config=sign_config,
                              sign_api_key=sign_api_key, signer=signer, session_id=session_id,
                              tt_target_idc=tt_target_idc, authenticate_ws=authenticate_ws, use_mobile=use_mobile,
                              preferred_agent_ids=preferred_agent_ids,
                              signed_websocket_provider=signed_websocket_provider, http=http)
        self.web_base_url = web_base_url.rstrip("/")
        self.webcast_base_url = webcast_base_url.rstrip("/")
        self.authenticate_ws = authenticate_ws
        self.use_mobile = use_mobile
        self.preferred_agent_ids = tuple(preferred_agent_ids)
        self.connect_with_unique_id = connect_with_unique_id
        self.log_fetch_fallback_errors = log_fetch_fallback_errors
        self.signed_websocket_provider = signed_websocket_provider
        #: Seconds to wait for each answer (``None``: forever).
        self.timeout: float | None = http.get("timeout", 10.0)
        #: Longest wait a server's ``Retry-After`` may ask for, in seconds.
        self.max_retry_after: float = http.get("max_retry_after", MAX_RETRY_AFTER)
        limits = {"max_body_size": http.get("max_body_size", MAX_BODY_SIZE), "deadline": http.get("deadline", DEADLINE)}
        #: The ``requests.Session`` every TikTok request goes through; its jar holds the cookies.
        self.session = _session(http, {**defaults.http_headers(defaults.USER_AGENT), **(web_client_headers or {})},
                                limits)
        #: The query parameters sent with every TikTok request (Node's defaults plus ``web_client_params``).
        self.params: dict[str, str] = {**defaults.http_params(self.user_agent, defaults.new_device_id()),
                                       **{k: str(v) for k, v in (web_client_params or {}).items()}}
        #: The domains the client's own cookies are scoped to (TikTok's; never a redirect's target).
        self.cookie_domains = cookie_domains(self.web_base_url, self.webcast_base_url)
        self._set_cookie(defaults.TARGET_IDC_COOKIE, tt_target_idc or defaults.DEFAULT_TARGET_IDC)
        if session_id:
            for name in defaults.SESSION_COOKIES:
                self._set_cookie(name, session_id)
        self._owns_signer = signer is None
        #: The :class:`~tiktoklive.signer.Signer` used for the initial fetch and URL signing.
        self.signer: signing.Signer = signer if signer is not None else _euler_signer(
            sign_config, sign_api_key, self.timeout, self.max_retry_after, http, limits)

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        logged_in = "yes" if self.has_session else "no"
        return (f"<WebClient web={self.web_base_url} webcast={self.webcast_base_url} signer={self.signer!r} "
                f"logged_in={logged_in}>")

    def close(self) -> None:
        """Close the HTTP session (and the signer, if this client built it)."""
        self.session.close()
        if self._owns_signer:
            self.signer.close()

    # ------------------------------------------------------------ state

    @property
    def user_agent(self) -> str:
        """The User-Agent sent to TikTok (and given to the sign server)."""
        return str(self.session.headers["User-Agent"])

    @property
    def has_session(self) -> bool:
        """Whether a logged-in ``sessionid`` cookie is set."""
        return bool(self.cookies().get("sessionid"))

    def cookies(self) -> dict[str, str]:
        """The cookie jar as one flat name -> value dict, whatever the cookies' domains (as Node keeps it)."""
        return {cookie.name: cookie.value or "" for cookie in self.session.cookies}

    def cookie_header(self, *, include_session: bool = True) -> str:
        """The cookie jar as one ``Cookie`` header value (``"a=b; c=d"``).

        :param include_session: include the session cookies and ``tt-target-idc``.
        """
        hidden = () if include_session else (*defaults.SESSION_COOKIES, defaults.TARGET_IDC_COOKIE)
        return "; ".join(f"{name}={value}" for name, value in self.cookies().items() if name not in hidden)

    def merge_cookies(self, header: str) -> None:
        """Store every ``name=value`` pair of a cookie header (such as ``x-set-tt-cookie``) in the jar."""
        for part in header.split(";"):
            name, sep, value = part.strip().partition("=")
            if sep and name and name.lower() not in _COOKIE_ATTRIBUTES:
                self._set_cookie(name, value)

    def _set_cookie(self, name: str, value: str) -> None:
        for domain in self.cookie_domains:
            self.session.cookies.set(name, value, domain=domain)

    # ------------------------------------------------------------ plumbing

    def _get(self, base: str, path: str, *, route: str, params: Mapping[str, str] | None = None,
             **kwargs: Any) -> requests.Response:
        return self._send(base + path, route=route, params={**self.params, **(params or {})}, **kwargs)

    def _send(self, url: str, *, route: str, **kwargs: Any) -> requests.Response:
        """GET ``url``; a 429 raises :class:`RateLimitedError` with TikTok's ``Retry-After``, capped."""
        response = send(self.session, "GET", url, route=route, timeout=self.timeout, **kwargs)
        if response.status_code == 429:
            raise RateLimitedError("TikTok is rate limiting this IP (HTTP 429); wait, or use a proxy",
                                   retry_after=retry_after(response.headers.get("Retry-After"),
                                                           cap=self.max_retry_after), route=route, response=response)
        return response

    # ------------------------------------------------------------ TikTok routes

    def fetch_room_info_from_html(self, unique_id: str) -> LiveRoomUserInfo:
        """Read a streamer's room from their live page (``GET /@{unique_id}/live``, its ``SIGI_STATE``).

        :param unique_id: ``name``, ``@name`` or the live page's URL.
        :raises UserNotFoundError: no such user, or one that never went live.
        :raises BlockedError: a captcha page or no page data (``reason`` says which).
        :raises InvalidResponseError: the page data is not as expected.
        :raises NetworkError: TikTok could not be reached.
        """
        route = "fetch_room_info_from_html"
        unique_id = parse_unique_id(unique_id)
        response = self._get(self.web_base_url, f"/@{unique_id}/live", route=route)
        return responses.live_page(response, unique_id=unique_id, route=route)

    def fetch_room_info_from_api_live(self, unique_id: str) -> LiveRoomUserInfo:
        """Read a streamer's room from ``GET /api-live/user/room/``.

        :param unique_id: ``name``, ``@name`` or the live page's URL.
        :raises UserNotFoundError: no such user.
        :raises AgeRestrictedError: the streamer's room is age-restricted.
        :raises InvalidResponseError: an API error code, or no usable data.
        :raises NetworkError: TikTok could not be reached.
        """
        route = "fetch_room_info_from_api_live"
        unique_id = parse_unique_id(unique_id)
        response = self._get(self.web_base_url, "/api-live/user/room/", route=route,
                             params={"uniqueId": unique_id, "sourceType": "54"})
        return responses.api_live(response, unique_id=unique_id, route=route)

    def fetch_room_info(self, room_id: str) -> RoomInfo:
        """Read a room's details (``GET webcast/room/info/``); the whole answer stays in ``.raw``.

        :raises AgeRestrictedError: TikTok hides the room from anonymous viewers.
        :raises InvalidResponseError: an API error code, or no ``data``.
        :raises NetworkError: TikTok could not be reached.
        """
        route = "fetch_room_info"
        response = self._get(self.webcast_base_url, "/webcast/room/info/", route=route,
                             params={"room_id": str(room_id)})
        return responses.room_info(response, room_id=str(room_id), route=route)

    def fetch_room_gifts(self, room_id: str, *, signed: bool | None = None) -> list[Gift]:
        """List the gifts that can be sent in a room (``GET webcast/gift/list/``).

        :param signed: ``True`` to sign the request through the sign server (as Node 2.5.0 does),
            ``False`` to send it unsigned, ``None`` (default) to try signed and fall back to unsigned
            when the sign server refuses or cannot be reached.
        :raises SignAPIError: signing failed and ``signed=True``.
        :raises InvalidResponseError: an API error code, or no gift list.
        :raises NetworkError: TikTok could not be reached.
        """
        route = "fetch_room_gifts"
        params = {**self.params, "room_id": str(room_id)}
        url = requests.Request("GET", f"{self.webcast_base_url}/webcast/gift/list/", params=params).prepare().url or ""
        request: dict[str, Any] = {"url": url}
        if signed is not False:
            try:
                request = self._signed_request(url)
            except (SignAPIError, NetworkError) as exc:  # only the sign server has been asked so far
                if signed:
                    raise
                logger.warning("[%s] signing failed (%s), fetching the gift list unsigned", route, exc)
        response = self._send(request["url"], route=route, headers=request.get("headers"))
        return responses.gift_list(response, route=route)

    def _signed_request(self, url: str) -> dict[str, Any]:
        """Sign ``url`` (with the session only when ``authenticate_ws``); refuse a URL off the webcast origin."""
        cookies = self.cookies()
        session_id = cookies.get("sessionid") if self.authenticate_ws else None
        target_idc = cookies.get(defaults.TARGET_IDC_COOKIE) if session_id else None
        signed = self.signer.sign_url(url, method="GET", user_agent=self.user_agent, session_id=session_id,
                                      tt_target_idc=target_idc)
        if _origin(signed.url) != _origin(self.webcast_base_url):
            raise SignAPIError("the sign server returned a URL on another host; refusing to send your cookies "
                               "there", reason="sign_error", route="sign_url")
        return {"url": signed.url, "headers": {"User-Agent": signed.user_agent}}

    def fetch_messages(self, room_id: str, cursor: str = "", internal_ext: str = "") -> codec.FetchResult:
        """Poll a room's new messages (``GET webcast/im/fetch/``, unsigned: needs a logged-in session).

        :returns: the decoded ``WebcastResponse``; pass its ``cursor`` and ``internal_ext`` to the next call.
        :raises InvalidResponseError: an empty or undecodable answer.
        :raises NetworkError: TikTok could not be reached.
        """
        route = "fetch_messages"
        response = self._get(self.webcast_base_url, "/webcast/im/fetch/", route=route,
                             params={"room_id": str(room_id), "cursor": cursor, "internal_ext": internal_ext,
                                     "resp_content_type": "protobuf", "did_rule": "3", "fetch_rule": "1",
                                     "live_id": "12", "identity": "audience", "last_rtt": "0"})
        return responses.fetch_result(response, route=route)

    def fetch_signed_websocket(self, room_id: str, cursor: str = "") -> signing.SignedWebSocket:
        """Get a room's initial fetch (WebSocket URL, cursor, backlog) and store its cookies in the jar.

        Uses ``signed_websocket_provider`` when set, the signer otherwise. The session cookies go
        to the signer only when ``authenticate_ws`` is set.

        :returns: the result; its ``room_id`` is the sign server's ``x-room-id`` when it redirected.
        :raises SignAPIError: the sign server refused or failed (see its subclasses).
        :raises InvalidResponseError: the initial fetch has no cursor.
        :raises InvalidOptionError: ``signed_websocket_provider`` returned something else than a
            :class:`~tiktoklive.signer.SignedWebSocket`.
        :raises NetworkError: the sign server could not be reached.
        """
        room_id = str(room_id)
        if self.signed_websocket_provider is not None:
            result = self.signed_websocket_provider(room_id=room_id, cursor=cursor, web_client=self)
            if not isinstance(result, signing.SignedWebSocket):
                raise InvalidOptionError(f"signed_websocket_provider must return a SignedWebSocket, not "
                                         f"{type(result).__name__}")
        else:
            result = self.signer.fetch_signed_websocket(
                room_id, cursor=cursor, user_agent=self.user_agent, platform="mobile" if self.use_mobile else "web",
                cookie_header=self.cookie_header() if self.authenticate_ws else None,
                preferred_agent_ids=self.preferred_agent_ids)
        self.merge_cookies(result.cookie_header)
        if not result.fetch_result.cursor:
            raise InvalidResponseError("the initial fetch has no cursor: TikTok may be detecting the sign server; "
                                       "try again later", route="fetch_signed_websocket")
        if result.room_id != room_id:
            logger.info("the sign server moved room %s to room %s", room_id, result.room_id)
        return result

    def _euler(self, method: str) -> Any:
        found = getattr(self.signer, method, None)
        if found is None:
            raise InvalidOptionError(f"the configured signer {self.signer!r} has no {method}(); use an EulerSigner")
        return found

    def fetch_room_id_from_signer(self, unique_id: str) -> signing.AnchorRoom:
        """Ask the sign server for a streamer's room id and live status.

        :raises UserNotFoundError: the sign server found no such user (its code 404).
        :raises SignAPIError: the sign server refused or failed (see its subclasses).
        """
        return self._euler("fetch_room_id")(parse_unique_id(unique_id))

    def fetch_room_info_from_signer(self, unique_id: str) -> dict[str, Any]:
        """Ask the sign server for a streamer's room details (a paid feature of Euler Stream).

        :returns: ``unique_id``, ``user``, ``room_info`` and TikTok's ``raw`` answer, as the server sent them.
        :raises PremiumFeatureError: the API key's plan does not include it.
        :raises SignAPIError: the sign server refused or failed (see its subclasses).
        """
        return self._euler("fetch_room_info")(parse_unique_id(unique_id))

    def send_room_chat(self, room_id: str, content: str) -> dict[str, Any]:
        """Send a chat message to a room as the logged-in user, through the sign server.

        Needs ``session_id`` and ``authenticate_ws=True`` (the session cookies go to the sign server).

        :returns: the sign server's JSON answer.
        :raises AuthenticatedWebSocketError: no session, or ``authenticate_ws`` is off.
        :raises PremiumFeatureError: the API key's plan does not include sending chat.
        """
        if not self.has_session or not self.authenticate_ws:
            raise AuthenticatedWebSocketError("sending chat needs session_id= and authenticate_ws=True (your "
                                              "session cookies go to the sign server)", reason="authenticated_ws",
                                              route="send_room_chat")
        return self._euler("send_room_chat")(str(room_id), content, cookie_header=self.cookie_header())

    def fetch_rate_limits(self) -> signing.RateLimits:
        """The sign-server API key's rate limits.

        :raises SignAuthenticationError: no API key, or an invalid one.
        """
        return self._euler("fetch_rate_limits")()

    def create_jwt(self, account_id: str, limits: Mapping[str, int], expire_after: float) -> str:
        """Mint a JWT for a client-side app (see :meth:`tiktoklive.signer.EulerSigner.create_jwt`)."""
        return self._euler("create_jwt")(account_id, limits, expire_after)

    # ------------------------------------------------------------ WebSocket

    def websocket_url(self, result: signing.SignedWebSocket,
                      ws_client_params: Mapping[str, Any] | None = None) -> str:
        """The full WebSocket URL for ``result`` (see :func:`tiktoklive.web.push_url.websocket_url`). Secret."""
        return push_url.websocket_url(result, result.room_id, ws_client_params, user_agent=self.user_agent)

    def websocket_headers(self) -> dict[str, str]:
        """Headers for the WebSocket handshake: ``Cookie`` and ``User-Agent``.

        Session cookies and ``tt-target-idc`` are left out unless ``authenticate_ws`` (Node 2.5.0).
        """
        return push_url.websocket_headers(self.cookie_header(include_session=self.authenticate_ws),
                                          self.user_agent)

    # ------------------------------------------------------------ composite routes

    def fetch_room_id(self, unique_id: str) -> str:
        """A streamer's room id: live page, then ``api-live``, then the sign server (if ``connect_with_unique_id``).

        :raises UserNotFoundError: every route says the user does not exist.
        :raises RoomIdLookupError: every route failed; ``.errors`` says why each did.
        """
        return composite.fetch_room_id(self, unique_id)

    def fetch_is_live(self, unique_id: str) -> bool:
        """Whether a streamer is live, from the same routes in the same order as :meth:`fetch_room_id`.

        :raises UserNotFoundError: every route says the user does not exist.
        :raises RoomIdLookupError: every route failed; ``.errors`` says why each did.
        """
        return composite.fetch_is_live(self, unique_id)

    def wait_until_live(self, unique_id: str, *, poll_interval: float = 30.0, timeout: float | None = None,
                        stop_event: threading.Event | None = None) -> bool:
        """Block until a streamer is live (see :func:`tiktoklive.web.composite.wait_until_live`)."""
        return composite.wait_until_live(self, unique_id, poll_interval=poll_interval, timeout=timeout,
                                         stop_event=stop_event)


def cookie_domains(*urls: str) -> tuple[str, ...]:
    """The cookie domains covering ``urls``' hosts: their common parent (``.tiktok.com`` for
    ``www.`` and ``webcast.tiktok.com``), or each host itself (an IP address, ``localhost``)."""
    hosts = sorted({urlsplit(url).hostname or "" for url in urls})
    common = os.path.commonprefix([host.split(".")[::-1] for host in hosts])[::-1]
    if len(hosts) > 1 and len(common) >= 2 and not common[-1].isdigit():
        return ("." + ".".join(common),)
    return tuple(host if "." in host else f"{host}.local" for host in hosts)  # how http.cookiejar names a dotless host


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


OPTION_NAMES = WebClient.OPTION_NAMES = frozenset(
    name for name, p in inspect.signature(WebClient.__init__).parameters.items()
    if p.kind is inspect.Parameter.KEYWORD_ONLY)
