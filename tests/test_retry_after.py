"""Retry-After, however hostile, is read safely and capped (issue 11, item 6); a long wait shows as reconnecting."""
from __future__ import annotations

import email.utils
import time

import pytest
from helpers import client_threads, connection, listen

from tiktoklive import Backoff, ControlEvent
from tiktoklive.errors import InvalidOptionError, RateLimitedError, SignatureRateLimitError
from tiktoklive.events import ErrorEvent
from tiktoklive.signer import EulerSigner
from tiktoklive.web import WebClient

DAY_AHEAD = email.utils.formatdate(time.time() + 86400, usegmt=True)
HOSTILE = [("7", 7.0), ("inf", 300.0), ("-inf", 0.0), ("1e999", 300.0), ("86400", 300.0), ("-5", 0.0),
           ("nan", None), ("soon", None), ("", None), (DAY_AHEAD, 300.0),
           ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("Mon, 99 Foo 0 99:99:99 GMT", None)]


@pytest.mark.parametrize(("header", "seconds"), HOSTILE)
def test_the_sign_servers_retry_after_is_read_safely_and_capped(fake, header, seconds):
    fake.faults.sign_rate_limit(route="sign_rate_limits", retry_after=header)
    with EulerSigner(fake.client_options()["sign_config"]) as signer, \
            pytest.raises(SignatureRateLimitError) as info:
        signer.fetch_rate_limits()
    assert info.value.retry_after == seconds


@pytest.mark.parametrize(("header", "seconds"), HOSTILE)
def test_tiktoks_retry_after_is_read_safely_and_capped(fake, web, header, seconds):
    fake.faults.tiktok_rate_limit("live_page", retry_after=header)
    with pytest.raises(RateLimitedError) as info:
        web.fetch_room_info_from_html("alice")
    assert info.value.retry_after == seconds


def test_the_cap_is_an_option(fake):
    fake.faults.sign_rate_limit(route="sign_rate_limits", retry_after="86400")
    with WebClient(**fake.client_options(), web_client_options={"max_retry_after": 42}) as web, \
            pytest.raises(SignatureRateLimitError) as info:
        web.fetch_rate_limits()
    assert info.value.retry_after == 42
    with pytest.raises(InvalidOptionError):
        WebClient(web_client_options={"max_retry_after": float("inf")})


def test_an_infinite_retry_after_does_not_break_the_reconnect(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=Backoff(initial=0.01, jitter=0, max_attempts=3),
                      web_client_options={"max_retry_after": 0.05})
    events = listen(conn, ControlEvent.ERROR, ControlEvent.WEBSOCKET_CONNECTED)
    conn.connect()
    fake.faults.sign_rate_limit(retry_after="inf")
    room.drop_connections()
    events.wait_for(lambda r: r.names.count("websocketConnected") == 2)
    assert [e.info for e in events.named("error")] == [ErrorEvent.WEBSOCKET_FAILED, ErrorEvent.CONNECTING_FAILED]
    assert conn.is_connected
    conn.disconnect()


def test_a_long_retry_after_shows_as_reconnecting_not_connected(fake):
    room = fake.room("streamer")
    conn = connection(fake, reconnect=Backoff(initial=0.01, jitter=0, max_attempts=3))
    errors = listen(conn, ControlEvent.ERROR)
    conn.connect()
    fake.faults.sign_rate_limit(retry_after=86400)
    room.drop_connections()
    errors.wait_count("error", 2)  # the lost socket, then the rate-limited attempt: now waiting 300 s
    assert isinstance(errors.events[1].exception, SignatureRateLimitError)
    assert errors.events[1].exception.retry_after == 300
    state = conn.state
    assert not conn.is_connected and not state.is_connected
    assert conn.is_reconnecting and state.is_reconnecting and state.to_dict()["is_reconnecting"]
    conn.disconnect()  # ends the wait at once
    assert not conn.is_reconnecting and not [name for name in client_threads() if "@streamer" in name]
