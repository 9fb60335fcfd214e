"""The reader page and the overlay in a real browser: Debian's Chromium, driven with Playwright.

Outside CI these tests are skipped when there is no ``/usr/bin/chromium`` (``apt-get install
chromium``); with ``CI`` set they fail instead. Chromium resolves no host but 127.0.0.1, so the
pictures of TikTok's CDN fail fast and the page shows its fallbacks, as it does offline.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator, List

import pytest

from tiktoklive.page import ReaderServer
from tiktoklive.testing import factory

CHROMIUM = Path("/usr/bin/chromium")
#: Milliseconds Playwright waits for what a test expects (the machine may be loaded).
WAIT_MS = 30_000


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}; CI must run the browser tests (.ci/run installs chromium)")
    pytest.skip(f"{reason}: the reader page's browser tests need it (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium, headless, resolving nothing but loopback."""
    if not CHROMIUM.exists():
        _missing(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        yield chromium
        chromium.close()


@pytest.fixture
def reader(fake) -> Iterator[ReaderServer]:
    """A reader server on a free port, showing @alice of ``fake`` by default."""
    with ReaderServer("alice", port=0, connection_options=fake.client_options()) as server:
        yield server


@pytest.fixture
def open_page(browser) -> Iterator[Any]:
    """``open_page(url, width=1280)``: a page in a fresh browser context; pages that ran script fail the test."""
    contexts: List[Any] = []
    errors: List[str] = []

    def open_(url: str, width: int = 1280) -> Any:
        context = browser.new_context(viewport={"width": width, "height": 800})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == []


def shows(page: Any, selector: str, text: str) -> None:
    """Wait until ``selector`` has exactly ``text`` (Playwright's wait_for_function would need 'unsafe-eval')."""
    from playwright.sync_api import expect

    expect(page.locator(selector).first).to_have_text(text, timeout=WAIT_MS)


def connected(page: Any, user: str = "alice") -> Any:
    """Wait until the page shows ``user`` connected."""
    shows(page, "#streamer", f"@{user}")
    shows(page, "#state", "connected")
    return page


def texts(page: Any, selector: str) -> List[str]:
    return page.locator(selector).all_text_contents()


def test_the_page_shows_chats_a_gift_streak_in_place_and_the_viewer_count(fake, reader, open_page):
    room = fake.room("alice")
    page = connected(open_page(reader.url))
    fake.wait_for_sockets(room)
    room.chat(factory.user("carol", "Carol", moderator=True), "hello there")
    room.viewers(1234)
    page.get_by_text("hello there").wait_for()
    line = page.locator("#chat .chat", has_text="hello there")
    assert line.locator(".name").text_content() == "Carol" and line.locator(".badge.mod").count() == 1
    shows(page, "#viewers", "1,234")

    group = 1_700_000_000_000_001
    for count in (1, 2):
        room.send(factory.gift("dave", 5879, name="Doughnut", diamond_count=30, repeat_count=count, group_id=group))
    streak = page.locator("#gifts .gift", has_text="Doughnut")
    shows(page, "#gifts .gift .count", "×2")
    assert "streaking" in streak.get_attribute("class") and streak.locator(".worth").text_content() == ""
    room.send(factory.gift("dave", 5879, name="Doughnut", diamond_count=30, repeat_count=3, repeat_end=True,
                           group_id=group))
    shows(page, "#gifts .gift .worth", "90")
    assert streak.count() == 1 and streak.locator(".count").text_content() == "×3"
    assert "streaking" not in streak.get_attribute("class")
    shows(page, "#diamonds", "90")
    assert texts(page, "#top .name") == ["Dave"]


def test_markup_in_a_chat_is_shown_as_text_and_runs_nothing(fake, reader, open_page):
    room = fake.room("alice")
    page = connected(open_page(reader.url))
    fake.wait_for_sockets(room)
    attack = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    room.chat(factory.user("mallory", '<b onmouseover="window.pwned=3">Mallory</b>'), attack)
    line = page.locator("#chat .chat", has_text="onerror")
    line.wait_for()
    assert line.locator(".text").text_content().strip() == attack
    assert line.locator(".name").text_content() == '<b onmouseover="window.pwned=3">Mallory</b>'
    assert page.locator("#chat img[src='x'], #chat script, #chat b").count() == 0
    assert page.evaluate("window.pwned") is None


def test_the_page_stays_bounded_on_a_busy_stream(fake, reader, open_page):
    room = fake.room("alice")
    page = connected(open_page(reader.url))
    fake.wait_for_sockets(room)
    room.busy(2000, duration=1.5, per_frame=(10, 30), seed=7).wait(60)
    room.chat("zed", "the very last line")
    page.get_by_text("the very last line").wait_for()
    assert 100 < page.locator("#chat li").count() <= 200
    assert page.locator("#gifts li").count() <= 60
    assert page.evaluate("document.getElementsByTagName('*').length") < 3000


def test_the_box_switches_to_another_streamer(fake, reader, open_page):
    alice, bob = fake.room("alice"), fake.room("bob")
    page = connected(open_page(reader.url))
    fake.wait_for_sockets(alice)
    alice.chat("carol", "on alice")
    page.get_by_text("on alice").wait_for()
    page.fill("#user", "@bob")
    page.press("#user", "Enter")
    connected(page, "bob")
    fake.wait_for_sockets(bob)
    bob.chat("dave", "on bob")
    page.get_by_text("on bob").wait_for()
    assert texts(page, "#chat .text") == ["on bob"]
    assert page.url.endswith("?user=bob")
    fake.wait_for(lambda: not alice.sockets(), message="the connection to @alice stayed open")
    fake.wait_for(lambda: reader.rooms.viewers() == {"bob": 1})


def test_errors_show_on_the_page(fake, reader, open_page):
    fake.room("sleepy", live=False)
    page = open_page(reader.url + "?user=nobody")
    page.locator("#error", has_text="user @nobody was not found").wait_for()
    page.fill("#user", "sleepy")
    page.press("#user", "Enter")
    page.locator("#error", has_text="@sleepy is not live right now").wait_for()
    assert page.locator("#state").text_content() == "error"


def test_the_overlay_shows_the_latest_lines_large_on_a_transparent_background(fake, reader, open_page):
    room = fake.room("alice")
    page = open_page(reader.url + "overlay?max=3&gifts=0&fontsize=40")
    fake.wait_for_sockets(room)
    for number in range(1, 6):
        room.chat("carol", f"chat {number}")
    room.gift("dave", 6369)
    room.chat("carol", "after the gift")
    page.get_by_text("after the gift").wait_for()
    assert texts(page, "#feed .text") == ["chat 4", "chat 5", "after the gift"]
    style = page.evaluate("[getComputedStyle(document.body).backgroundColor, "
                          "getComputedStyle(document.documentElement).backgroundColor, "
                          "getComputedStyle(document.querySelector('#feed .item')).fontSize]")
    assert style == ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)", "40px"]

    gifts = open_page(reader.url + "overlay?chat=0")
    room.gift("dave", 5655, repeat=4)
    gifts.locator("#feed .gift .count", has_text="×4").wait_for()
    assert gifts.locator("#feed .gift", has_text="Rose").count() == 1 and gifts.locator("#feed .chat").count() == 0

    one = open_page(reader.url + "overlay?max=0&gifts=0")  # at least one line, not none
    room.chat("carol", "shown at max=0")
    one.get_by_text("shown at max=0").wait_for()
    assert texts(one, "#feed .text") == ["shown at max=0"]


def test_two_viewers_share_one_connection_which_closes_after_both_leave(fake, reader, open_page, browser):
    room = fake.room("alice")
    first = connected(open_page(reader.url))
    second = connected(open_page(reader.url))
    assert len(fake.wait_for_sockets(room)) == 1
    assert reader.rooms.viewers() == {"alice": 2}
    room.chat("carol", "seen by both")
    for page in (first, second):
        page.get_by_text("seen by both").wait_for()
    assert len(room.sockets()) == 1
    first.context.close()
    fake.wait_for(lambda: reader.rooms.viewers() == {"alice": 1})
    assert len(room.sockets()) == 1
    second.context.close()
    fake.wait_for(lambda: not room.sockets(), message="the connection to TikTok outlived its viewers")
    assert reader.rooms.viewers() == {}


def test_after_a_server_restart_the_page_reconnects_without_repeating_lines(fake, open_page):
    room = fake.room("alice")
    room.add_history(factory.chat("olga", "said before you came"))
    with ReaderServer("alice", port=0, connection_options=fake.client_options()) as server:
        page = connected(open_page(server.url))
        room.chat("carol", "before the restart")
        page.get_by_text("before the restart").wait_for()
        port = server.port
    fake.wait_for(lambda: not room.sockets())
    shows(page, "#state", "reconnecting")
    with ReaderServer("alice", port=port, connection_options=fake.client_options()):
        connected(page)
        fake.wait_for_sockets(room)
        room.chat("carol", "after the restart")
        page.get_by_text("after the restart").wait_for()
        lines = [text.strip() for text in texts(page, "#chat .text")]
    assert lines == ["said before you came", "before the restart", "after the restart"]


def test_the_page_fits_a_phone(fake, reader, open_page):
    room = fake.room("alice")
    page = connected(open_page(reader.url, width=390))
    fake.wait_for_sockets(room)
    room.chat("carol", "a rather long line of chat " * 8)
    page.get_by_text("a rather long line").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    boxes = [page.locator(selector).bounding_box() for selector in ("#chat", "#gifts", "#switch")]
    assert all(box["x"] >= 0 and box["x"] + box["width"] <= 390 for box in boxes)


def test_a_page_beyond_the_rooms_limit_says_so(fake, open_page):
    fake.room("alice")
    fake.room("bob")
    with ReaderServer("alice", port=0, connection_options=fake.client_options(), max_rooms=1) as server:
        connected(open_page(server.url))
        page = open_page(server.url + "?user=bob")
        page.locator("#error", has_text="1 streamers are watched already").wait_for()  # it asks again later
