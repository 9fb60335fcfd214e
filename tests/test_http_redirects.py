"""Secrets never follow a redirect to another host (issue 11, item 4): two loopback hosts, the first
redirecting to the second, which must receive no API key, JWT, forwarded cookie or session cookie."""
from __future__ import annotations

import contextlib

import pytest
from hostile import HostileServer, head

from tiktoklive.errors import WebError
from tiktoklive.signer import EulerSigner, SignConfig
from tiktoklive.web import WebClient

SECRETS = ("KEY-SECRET", "JWT-SECRET", "CUSTOM-SECRET", "SESSION-SECRET")


@contextlib.contextmanager
def _redirecting(host: str = "127.0.0.2"):
    """(first, second): the first answers every request with a 302 to the same path on the second."""
    with HostileServer(lambda conn, _: conn.sendall(head(Content_Length="2", Content_Type="application/json")
                                                    + b"{}"), host=host) as second:
        def redirect(conn, request):
            path = request.split(b" ", 2)[1].decode()
            conn.sendall(head("302 Found", Location=second.url + path, Content_Length="0"))
        with HostileServer(redirect) as first:
            yield first, second


def _received(server) -> str:
    return b"".join(server.requests).decode("latin-1")


@pytest.mark.parametrize("call", [
    lambda signer: signer.fetch_rate_limits(),
    lambda signer: signer.fetch_signed_websocket("7000000000000000001", user_agent="UA",
                                                 cookie_header="sessionid=SESSION-SECRET"),
    lambda signer: signer.send_room_chat("7000000000000000001", "hi", cookie_header="sessionid=SESSION-SECRET"),
], ids=["rate_limits", "signed_websocket", "chat"])
def test_the_sign_servers_secrets_stay_on_its_host(call):
    config = dict(api_key="KEY-SECRET", jwt_key="JWT-SECRET", headers={"X-Custom-Auth": "CUSTOM-SECRET"})
    with _redirecting() as (first, second), EulerSigner(SignConfig(base_path=first.url, **config)) as signer:
        with contextlib.suppress(WebError):
            call(signer)
    assert second.requests, "the redirect was not followed"
    assert "KEY-SECRET" in _received(first)
    assert not any(secret in _received(second) for secret in SECRETS)


def test_the_session_cookie_stays_on_tiktoks_hosts():
    with _redirecting() as (first, second), \
            WebClient(web_base_url=first.url, session_id="SESSION-SECRET", tt_target_idc="useast1a") as web:
        with contextlib.suppress(WebError):
            web.fetch_room_info_from_html("alice")
    assert "sessionid=SESSION-SECRET" in _received(first) and "tt-target-idc" in _received(first)
    assert second.requests and "SESSION-SECRET" not in _received(second)
    assert "tt-target-idc" not in _received(second)


def test_a_dotless_host_still_gets_its_cookies():
    with HostileServer(lambda conn, _: conn.sendall(head(Content_Length="0")), host="localhost") as server:
        with WebClient(web_base_url=server.url, session_id="S",
                       tt_target_idc="useast1a") as web, contextlib.suppress(WebError):
            web.fetch_room_info_from_html("alice")
    assert "sessionid=S" in _received(server)
