"""The reader's server over real HTTP (no browser): its event stream, shared rooms, files and command."""
from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Dict, Iterator, List, Optional, Tuple

import pytest

from tiktoklive.cli import main
from tiktoklive.page import ReaderServer

TIMEOUT = 30


@pytest.fixture
def reader(fake) -> Iterator[ReaderServer]:
    """A reader server on a free port, showing @alice of ``fake`` by default."""
    with ReaderServer("alice", port=0, connection_options=fake.client_options(), live_poll_interval=0.2) as server:
        yield server


class Stream:
    """One browser's event stream, read event by event."""

    def __init__(self, server: ReaderServer, query: str = "", last_event_id: str = "") -> None:
        self.http = http.client.HTTPConnection(server.host, server.port, timeout=TIMEOUT)
        self.http.request("GET", "/events" + query, headers={"Last-Event-ID": last_event_id} if last_event_id else {})
        self.response = self.http.getresponse()

    def next(self) -> Dict[str, str]:
        """The next event's fields (``event``, ``id``, ``data``), comments and ``retry`` skipped."""
        fields: Dict[str, str] = {}
        deadline = time.monotonic() + TIMEOUT  # keep-alive comments must not make a missing event wait forever
        while time.monotonic() < deadline:
            line = self.response.readline().decode("utf-8").rstrip("\n")
            if not line:
                if "data" in fields:
                    return fields
                fields = {}
                continue
            name, _, value = line.partition(": ")
            if not line.startswith(":") and name != "retry":
                fields[name] = value
        raise AssertionError(f"no event within {TIMEOUT} s")

    def items(self, count: int) -> List[Tuple[str, dict]]:
        """The next ``count`` items as ``(id, item)``, statuses skipped."""
        found = []
        while len(found) < count:
            event = self.next()
            if event["event"] == "item":
                found.append((event["id"], json.loads(event["data"])))
        return found

    def status(self, state: str) -> dict:
        """Read until a status in ``state`` arrives; returns it."""
        while True:
            event = self.next()
            status = json.loads(event["data"]) if event["event"] == "status" else {}
            if status.get("state") == state:
                return status
            assert status.get("state") != "error" or state == "error", status

    def close(self) -> None:
        self.response.close()
        self.http.close()


@contextlib.contextmanager
def stream(server: ReaderServer, query: str = "", last_event_id: str = "") -> Iterator[Stream]:
    opened = Stream(server, query, last_event_id)
    try:
        yield opened
    finally:
        opened.close()


def get(server: ReaderServer, path: str) -> Tuple[int, Dict[str, str], bytes]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, dict(response.headers), response.read()
    finally:
        conn.close()


def test_the_event_stream_sends_the_status_then_json_items_with_ids_as_strings(fake, reader):
    room = fake.room("alice")
    with stream(reader) as events:
        assert events.response.headers["Content-Type"].startswith("text/event-stream")
        status = events.status("connected")
        assert status["user"] == "alice" and status["title"] == "Alice is LIVE"
        room.chat("carol", "hello there")
        room.gift("dave", 6369)
        (_, chat), (_, gift) = events.items(2)
        assert chat["comment"] == "hello there" and chat["user"]["uniqueId"] == "carol"
        assert isinstance(chat["id"], str) and chat["id"].isdigit() and isinstance(chat["user"]["id"], str)
        assert gift["giftName"] == "Lion" and gift["final"] and isinstance(gift["groupId"], str)
        assert events.status("connected")["diamonds"] == 29999


def test_a_stream_that_comes_back_with_last_event_id_gets_what_it_missed_and_nothing_twice(fake, reader):
    room = fake.room("alice")
    with stream(reader) as keeper:  # keeps the room open while the other browser is away
        keeper.status("connected")
        with stream(reader) as first:
            room.chat("carol", "one")
            [(last_id, item)] = first.items(1)
            assert item["comment"] == "one"
        room.chat("carol", "two")
        room.chat("carol", "three")
        assert [i["comment"] for _, i in keeper.items(3)] == ["one", "two", "three"]
        with stream(reader, last_event_id=last_id) as again:
            assert [i["comment"] for _, i in again.items(2)] == ["two", "three"]


def test_many_browsers_share_one_connection_which_ends_with_the_last(fake, reader):
    room = fake.room("alice")
    with stream(reader) as one, stream(reader, "?user=@Alice") as two:
        one.status("connected")
        two.status("connected")
        assert reader.rooms.viewers() == {"alice": 2}
        assert len(fake.wait_for_sockets(room)) == 1
        room.chat("carol", "to both")
        assert one.items(1)[0][1]["comment"] == two.items(1)[0][1]["comment"] == "to both"
    fake.wait_for(lambda: not room.sockets(), message="the connection to TikTok was not closed")
    fake.wait_for(lambda: reader.rooms.viewers() == {})


@pytest.mark.parametrize("user, kind, text", [
    ("nobody", "not_found", "user @nobody was not found"),
    ("sleepy", "offline", "@sleepy is not live right now"),
    ("<script>", "invalid", "is not a TikTok unique id"),
])
def test_errors_reach_the_page_as_a_status(fake, reader, user, kind, text):
    fake.room("sleepy", live=False)
    with stream(reader, "?user=" + user.replace("<", "%3C").replace(">", "%3E")) as events:
        status = events.status("error")
    assert status["kind"] == kind and text in status["message"]


def test_the_page_overlay_and_their_files_are_served_with_a_strict_policy(reader):
    for path, kind in (("/", "text/html"), ("/overlay", "text/html"), ("/static/reader.js", "text/javascript"),
                       ("/static/feed.js", "text/javascript"), ("/static/reader.css", "text/css")):
        status, headers, body = get(reader, path)
        assert status == 200 and headers["Content-Type"].startswith(kind) and body, path
        assert "script-src 'self'" in headers["Content-Security-Policy"]
    for path in ("/static/../cli.py", "/static/rooms.py", "/nothing", "/static/%2e%2e/server.py"):
        assert get(reader, path)[0] == 404, path


def test_no_page_writes_untrusted_text_as_html():
    from importlib import resources

    static = resources.files("tiktoklive.page.static")
    for name in ("feed.js", "reader.js", "overlay.js"):
        source = (static / name).read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", source), name


# ---------------------------------------------------------------- the command


def endpoint_flags(fake) -> List[str]:
    urls = fake.urls
    return ["--web-base-url", urls["web"], "--webcast-base-url", urls["webcast"], "--sign-url", urls["sign"]]


def test_a_taken_port_is_one_line_and_exit_code_1(fake, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "@alice", "--port", str(port), *endpoint_flags(fake)])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"error: cannot serve on 127.0.0.1:{port}: the port is taken (choose another with --port)\n"


def test_serve_prints_the_url_serves_the_stream_and_stops_on_ctrl_c(fake):
    room = fake.room("alice")
    process = subprocess.Popen([sys.executable, "-m", "tiktoklive", "serve", "@alice", "--port", "0",
                                *endpoint_flags(fake)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line + process.stderr.read()
        server = ReaderServer("alice", port=int(match.group(1)))  # only its address, to talk to it
        with stream(server) as events:
            events.status("connected")
            room.chat("carol", "through the command")
            assert events.items(1)[0][1]["comment"] == "through the command"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=TIMEOUT) == 130
        assert "Traceback" not in process.stderr.read()
    finally:
        process.kill()
        process.communicate()


def test_serve_with_fake_shows_the_busy_stream(capfd):
    process = subprocess.Popen([sys.executable, "-m", "tiktoklive", "serve", "--fake", "@demo", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        match: Optional[re.Match] = re.search(r"http://127\.0\.0\.1:(\d+)/", process.stdout.readline())
        assert match
        with stream(ReaderServer("demo", port=int(match.group(1)))) as events:
            assert events.status("connected")["user"] == "demo"
            assert events.items(5)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=TIMEOUT) == 130
    finally:
        process.kill()
        process.communicate()


def test_stop_ends_open_requests_and_joins_every_thread(fake):
    fake.room("alice")
    server = ReaderServer("alice", port=0, connection_options=fake.client_options()).start()
    idle = http.client.HTTPConnection(server.host, server.port, timeout=TIMEOUT)
    idle.request("GET", "/")
    assert idle.getresponse().read()  # the connection stays open for the next request (HTTP/1.1)
    with stream(server) as events:
        events.status("connected")
        assert f"tiktoklive-serve-request[:{server.port}]" in [t.name for t in threading.enumerate()]
        server.stop()
        assert events.response.read() == b""  # the event stream ended
    assert idle.sock.recv(1) == b""  # and so did the idle connection
    idle.close()
    assert not [t.name for t in threading.enumerate() if t.name.startswith("tiktoklive-serve")]


def test_a_streamer_beyond_max_rooms_gets_an_error_until_a_room_closes(fake):
    fake.room("alice")
    fake.room("bob")
    with ReaderServer("alice", port=0, connection_options=fake.client_options(), max_rooms=1) as server:
        with stream(server) as first:
            first.status("connected")
            with stream(server, "?user=bob") as refused:
                status = refused.status("error")
                assert status["kind"] == "busy" and "@bob comes when one of them is left" in status["message"]
                assert refused.response.read() == b""  # ended: the browser asks again later
        fake.wait_for(lambda: server.rooms.viewers() == {})
        with stream(server, "?user=bob") as second:
            assert second.status("connected")["user"] == "bob"
        assert server.rooms.viewers() in ({}, {"bob": 1})


def test_a_streamer_who_is_not_live_is_followed_once_live(fake, reader):
    room = fake.room("sleepy", live=False)
    with stream(reader, "?user=sleepy") as page:
        assert page.status("error")["kind"] == "offline"
        room.go_live()
        page.status("connected")
        room.chat("carol", "awake")
        assert page.items(1)[0][1]["comment"] == "awake"
        assert reader.rooms.viewers() == {"sleepy": 1}
    fake.wait_for(lambda: reader.rooms.viewers() == {} and not room.sockets())


def test_after_the_stream_ends_the_page_follows_the_next_one_without_repeats(fake, reader):
    room = fake.room("alice")
    with stream(reader) as page:
        page.status("connected")
        room.chat("carol", "first stream")
        room.gift("dave", 6369)
        assert page.items(2)[0][1]["comment"] == "first stream"
        assert page.status("connected")["diamonds"] == 29999
        room.end_stream()
        page.status("ended")
        fake.wait_for(lambda: not room.sockets(), message="the ended stream's socket still open")
        room.go_live()
        assert page.status("connected")["diamonds"] == 0  # the new stream's numbers start from zero
        room.chat("carol", "second stream")
        assert [item["comment"] for _, item in page.items(1)] == ["second stream"]


def test_a_user_who_does_not_exist_is_tried_again_when_watched_again(fake, reader):
    with stream(reader, "?user=ghost") as page:
        assert page.status("error")["kind"] == "not_found"
    fake.room("ghost")
    with stream(reader, "?user=ghost") as page:
        page.status("connected")


def test_pages_beyond_max_clients_get_503_until_one_leaves(fake):
    fake.room("alice")
    with ReaderServer("alice", port=0, connection_options=fake.client_options(), max_clients=2) as server:
        with stream(server) as first, stream(server):
            first.status("connected")
            status, _, body = get(server, "/events")
            assert status == 503 and b"too many pages" in body
            assert get(server, "/")[0] == 200  # the page itself is served all the same
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:  # as the page does: try again
            with stream(server) as again:
                if again.response.status == 200:  # the slots are free again once the server saw them leave
                    again.status("connected")
                    break
            time.sleep(0.1)
        else:
            raise AssertionError("no slot came free")


@pytest.mark.parametrize("option", [{"live_poll_interval": 0}, {"max_clients": 0}])
def test_a_reader_server_refuses_options_that_would_stall_it(option):
    from tiktoklive.errors import InvalidOptionError

    with pytest.raises(InvalidOptionError):
        ReaderServer("alice", port=0, **option)


def test_serve_refuses_a_port_out_of_range_in_one_line(capsys):
    for port in ("70000", "-1", "http"):
        with pytest.raises(SystemExit) as exit_info:
            main(["serve", "alice", "--port", port])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert "is not a port (0 to 65535)" in err and "Traceback" not in err


def test_every_file_of_the_page_is_package_data_and_servable():
    """An installed wheel has what the page loads: setup.cfg's patterns cover every file it serves."""
    import configparser
    import fnmatch
    from importlib import resources
    from pathlib import Path

    from tiktoklive.page.server import static_file

    config = configparser.ConfigParser()
    config.read(Path(__file__).resolve().parent.parent / "setup.cfg")
    patterns = [p.strip() for p in config["options.package_data"]["tiktoklive.page.static"].split(",")]
    names = [f.name for f in resources.files("tiktoklive.page.static").iterdir() if f.name != "__init__.py"
             and not f.name.startswith("__")]
    assert {"reader.html", "overlay.html", "reader.js", "overlay.js", "feed.js", "reader.css"} <= set(names)
    for name in names:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
        assert static_file(name), name


def test_when_tiktok_drops_the_socket_the_page_goes_on_without_repeats(fake, reader):
    room = fake.room("alice")
    with stream(reader) as events:
        events.status("connected")
        room.chat("carol", "before the drop")
        assert events.items(1)[0][1]["comment"] == "before the drop"
        dropped = room.sockets()
        room.drop_connections()
        fake.wait_for(lambda: [s for s in room.sockets() if s not in dropped], message="no reconnect")
        room.chat("carol", "after the drop")
        assert [item["comment"] for _, item in events.items(1)] == ["after the drop"]
        assert reader.rooms.viewers() == {"alice": 1}
