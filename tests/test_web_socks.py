"""SOCKS proxies (the ``socks`` extra): the web client's requests really go through a SOCKS5 proxy."""
from __future__ import annotations

import select
import socket
import socketserver
import struct
import threading
from typing import Iterator, List, Tuple

import pytest

from tiktoklive.web import WebClient

pytest.importorskip("socks", reason="the 'socks' extra (PySocks) is not installed")


class _Socks5(socketserver.BaseRequestHandler):
    """A minimal SOCKS5 proxy (no authentication, CONNECT only) that records where it connected."""

    server: "_SocksServer"

    def handle(self) -> None:
        client = self.request
        _version, count = struct.unpack("!BB", client.recv(2))
        client.recv(count)
        client.sendall(b"\x05\x00")
        _version, _command, _reserved, kind = struct.unpack("!BBBB", client.recv(4))
        if kind == 1:
            host = socket.inet_ntoa(client.recv(4))
        elif kind == 3:
            host = client.recv(client.recv(1)[0]).decode()
        else:
            host = socket.inet_ntop(socket.AF_INET6, client.recv(16))
        (port,) = struct.unpack("!H", client.recv(2))
        self.server.targets.append((host, port))
        with socket.create_connection((host, port), timeout=5) as upstream:
            client.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("0.0.0.0") + struct.pack("!H", 0))
            self._relay(client, upstream)

    @staticmethod
    def _relay(a: socket.socket, b: socket.socket) -> None:
        while True:
            readable, _, _ = select.select([a, b], [], [], 5)
            if not readable:
                return
            for source in readable:
                data = source.recv(65536)
                if not data:
                    return
                (b if source is a else a).sendall(data)


class _SocksServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Socks5)
        self.targets: List[Tuple[str, int]] = []


@pytest.fixture
def socks_proxy() -> Iterator[_SocksServer]:
    server = _SocksServer()
    thread = threading.Thread(target=server.serve_forever, name="test-socks", daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.parametrize("scheme", ["socks5", "socks5h"])
def test_requests_go_through_a_socks5_proxy(fake, socks_proxy, scheme):
    fake.room("alice")
    web_port = int(fake.urls["web"].rsplit(":", 1)[1])
    proxy = f"{scheme}://127.0.0.1:{socks_proxy.server_address[1]}"
    with WebClient(**fake.client_options(), web_client_options={"proxies": {"http": proxy}}) as web:
        info = web.fetch_room_info_from_html("alice")
    assert info.room_id == str(fake.room("alice").room_id)
    assert ("127.0.0.1", web_port) in socks_proxy.targets
    assert len(fake.requests_to("live_page")) == 1
