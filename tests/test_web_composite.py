"""Fallback chains: room id, live status and wait_until_live, against the fake TikTok."""
from __future__ import annotations

import logging
import re
import threading

import pytest

from tiktoklive.errors import (
    BlockedError,
    InvalidOptionError,
    InvalidResponseError,
    RoomIdLookupError,
    UserNotFoundError,
)
from tiktoklive.web import WebClient


def _routes(fake):
    return [r.route for r in fake.requests]


def test_room_id_from_the_live_page_first(fake, web):
    room = fake.room("alice")
    assert web.fetch_room_id("@alice") == str(room.room_id)
    assert _routes(fake) == ["live_page"]


def test_room_id_falls_back_to_api_live(fake, web, caplog):
    room = fake.room("alice")
    fake.faults.captcha()
    with caplog.at_level(logging.WARNING, logger="tiktoklive"):
        assert web.fetch_room_id("alice") == str(room.room_id)
    assert _routes(fake) == ["live_page", "api_live"]
    assert "fetch_room_info_from_html" not in caplog.text  # not logged unless asked


def test_fallback_errors_are_logged_when_asked(fake, caplog):
    room = fake.room("alice")
    fake.faults.captcha()
    with WebClient(**fake.client_options(), log_fetch_fallback_errors=True) as web:
        with caplog.at_level(logging.WARNING, logger="tiktoklive"):
            assert web.fetch_room_id("alice") == str(room.room_id)
    assert "fetch_room_info_from_html" in caplog.text and "BlockedError" in caplog.text


def test_room_id_from_the_sign_server_last(fake):
    room = fake.room("alice")
    fake.faults.blocked()
    fake.faults.fail_route("api_live", 403, body="Forbidden", count=None)
    with WebClient(**fake.client_options(), connect_with_unique_id=True) as web:
        assert web.fetch_room_id("alice") == str(room.room_id)
    assert _routes(fake) == ["live_page", "api_live", "sign_room_id"]


def test_sign_server_is_not_asked_unless_connect_with_unique_id(fake, web):
    fake.room("alice")
    fake.faults.blocked()
    fake.faults.malformed("api_live")
    with pytest.raises(RoomIdLookupError) as info:
        web.fetch_room_id("alice")
    assert _routes(fake) == ["live_page", "api_live"]
    assert [type(e) for e in info.value.errors] == [BlockedError, InvalidResponseError]
    message = str(info.value)
    assert "BlockedError" in message and "InvalidResponseError" in message and "connect_with_unique_id" in message


@pytest.mark.parametrize("with_signer", [False, True])
def test_a_user_every_route_says_does_not_exist_is_not_found(fake, with_signer):
    with WebClient(**fake.client_options(), connect_with_unique_id=with_signer) as web:
        for call in (web.fetch_room_id, web.fetch_is_live):
            with pytest.raises(UserNotFoundError) as info:
                call("nobody")
            assert not isinstance(info.value, RoomIdLookupError)
            assert info.value.unique_id == "nobody" and info.value.route == "composite"
            assert "every route says @nobody does not exist" in str(info.value) and "proxy" not in str(info.value)
    routes = ["live_page", "api_live", "sign_room_id"] if with_signer else ["live_page", "api_live"]
    assert _routes(fake) == routes * 2


def test_not_found_on_one_route_and_blocked_on_another_is_no_verdict(fake, web):
    fake.faults.blocked()
    with pytest.raises(RoomIdLookupError) as info:
        web.fetch_room_id("nobody")
    assert [type(e) for e in info.value.errors] == [BlockedError, UserNotFoundError]


def test_a_route_without_a_room_id_falls_through(fake, web):
    room = fake.room("alice")
    fake.faults.fail_route("live_page", 200, body='<script id="SIGI_STATE" type="application/json">'
                           '{"LiveRoom":{"liveRoomUserInfo":{"user":{"uniqueId":"alice"}}}}</script>')
    assert web.fetch_room_id("alice") == str(room.room_id)
    assert _routes(fake) == ["live_page", "api_live"]


def test_is_live(fake, web):
    room = fake.room("alice")
    fake.room("bob", live=False)
    assert web.fetch_is_live("alice") is True
    assert web.fetch_is_live("https://www.tiktok.com/@bob/live") is False
    room.end_stream()
    assert web.fetch_is_live("alice") is False


def test_is_live_falls_back(fake):
    fake.room("alice")
    fake.faults.blocked()
    fake.faults.malformed("api_live")
    with WebClient(**fake.client_options(), connect_with_unique_id=True) as web:
        assert web.fetch_is_live("alice") is True
    assert _routes(fake) == ["live_page", "api_live", "sign_room_id"]


def test_wait_until_live_returns_once_live(fake, web):
    room = fake.room("alice", live=False)
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(web.wait_until_live("alice", poll_interval=0.01)),
                              name="tiktoklive-test-waiter", daemon=True)
    waiter.start()
    fake.wait_for(lambda: len(fake.requests_to("live_page")) >= 2)
    room.go_live()
    waiter.join(5)
    assert outcome == [True]


def test_wait_until_live_already_live(fake, web):
    fake.room("alice")
    assert web.wait_until_live("alice", poll_interval=60) is True
    assert _routes(fake) == ["live_page"]


def test_wait_until_live_is_interrupted_by_the_stop_event(fake, web):
    fake.room("alice", live=False)
    stop = threading.Event()
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(web.wait_until_live("alice", poll_interval=600,
                                                                                stop_event=stop)),
                              name="tiktoklive-test-waiter", daemon=True)
    waiter.start()
    fake.wait_for(lambda: fake.requests_to("live_page"))
    stop.set()
    waiter.join(5)
    assert outcome == [False]


def test_wait_until_live_gives_up_after_timeout(fake, web):
    fake.room("alice", live=False)
    assert web.wait_until_live("alice", poll_interval=0.01, timeout=0.05) is False
    assert fake.requests_to("live_page")


def test_wait_until_live_backs_off_while_failing(fake, web, caplog):
    room = fake.room("alice", live=False)
    fake.faults.blocked(count=3)
    fake.faults.fail_route("api_live", 503, count=3)
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(web.wait_until_live("alice", poll_interval=0.001)),
                              name="tiktoklive-test-waiter", daemon=True)
    with caplog.at_level(logging.DEBUG, logger="tiktoklive.web.composite"):
        waiter.start()
        fake.wait_for(lambda: len(fake.requests_to("live_page")) >= 5)
        room.go_live()
        waiter.join(5)
    assert outcome == [True]
    delays = [float(d) for d in re.findall(r"checking again in ([\d.]+) s", caplog.text)]
    assert delays[:4] == [0.002, 0.004, 0.008, 0.001]  # doubles while failing, back to normal once answered
    assert caplog.text.count("retrying") == 3 and "BlockedError" in caplog.text


def test_wait_until_live_rejects_a_bad_interval(web):
    with pytest.raises(InvalidOptionError):
        web.wait_until_live("alice", poll_interval=0)
