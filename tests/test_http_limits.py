"""Unbounded answers: a huge body, a trickle, an endless chunked body all end in a typed error (issue 11, item 3)."""
from __future__ import annotations

import itertools
import socket

import pytest
from hostile import HostileServer, head

from tiktoklive.errors import DeadlineExceededError, InvalidOptionError, NetworkError, ResponseTooLargeError
from tiktoklive.signer import EulerSigner, SignConfig
from tiktoklive.web import WebClient

MIB = 1024 * 1024


def _huge(conn: socket.socket, _: bytes) -> None:
    conn.sendall(head(Content_Type="text/html", Content_Length=str(500 * MIB)))
    block = b"x" * MIB
    for _ in range(500):
        conn.sendall(block)


def _endless_chunked(conn: socket.socket, _: bytes) -> None:
    conn.sendall(head(Content_Type="application/json", Transfer_Encoding="chunked"))
    for _ in itertools.count():
        conn.sendall(b"10000\r\n" + b"y" * 0x10000 + b"\r\n")


def _trickle(stop):
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(head(Content_Type="text/html", Content_Length="100000"))
        while not stop.wait(0.2):  # one byte at a time, never idle long enough for the read timeout
            conn.sendall(b"<")
    return handler


@pytest.mark.parametrize("handler", [_huge, _endless_chunked], ids=["500MB", "endless-chunked"])
def test_a_body_past_the_cap_is_cut_at_the_cap(handler):
    with HostileServer(handler) as server, \
            WebClient(web_base_url=server.url, web_client_options={"max_body_size": 2 * MIB}) as web:
        with pytest.raises(ResponseTooLargeError) as info:
            web.fetch_room_info_from_html("alice")
    assert info.value.limit == 2 * MIB and info.value.route == "fetch_room_info_from_html"
    assert "2097152 bytes" in str(info.value)


def test_the_default_cap_stops_a_500_mb_body():
    with HostileServer(_huge) as server, WebClient(web_base_url=server.url) as web:
        with pytest.raises(ResponseTooLargeError) as info:
            web.fetch_room_info_from_html("alice")
    assert info.value.limit == 16 * MIB


def test_a_trickling_body_meets_the_deadline():
    with HostileServer(lambda *a: None) as server:
        server.handler = _trickle(server.stop)
        with WebClient(web_base_url=server.url, web_client_options={"deadline": 1.0}) as web:
            with pytest.raises(DeadlineExceededError) as info:
                web.fetch_room_info_from_html("alice")
    assert isinstance(info.value, NetworkError) and isinstance(info.value, TimeoutError)
    assert "took too long" in str(info.value)


def test_the_sign_server_is_capped_too():
    with HostileServer(_endless_chunked) as server:
        with EulerSigner(SignConfig(base_path=server.url), max_body_size=MIB) as signer:
            with pytest.raises(ResponseTooLargeError):
                signer.fetch_rate_limits()


def test_a_capped_answer_is_read_whole_and_the_connection_reused(fake, web):
    room = fake.room("alice")
    assert web.fetch_room_info_from_html("alice").room_id == str(room.room_id)
    assert web.fetch_room_info_from_html("alice").room_id == str(room.room_id)


@pytest.mark.parametrize("value", [0, -1, "10", True])
@pytest.mark.parametrize("key", ["max_body_size", "deadline"])
def test_limits_must_be_positive_numbers(key, value):
    with pytest.raises(InvalidOptionError):
        WebClient(web_client_options={key: value})
