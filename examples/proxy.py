"""Connect through a proxy: TikTok's HTTP routes (``web_client_options``) and the WebSocket (``ws_client_options``).

    python examples/proxy.py @streamer --proxy http://user:password@proxy.example:8080
    python examples/proxy.py @streamer --fake --duration 3     # runs a tiny local proxy in front of the fake

For a SOCKS5 proxy install ``tiktok-live-connector[socks]`` and pass ``socks5://host:port``.
"""
from __future__ import annotations

import contextlib
import http.client
import select
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def proxy_options(proxy_url: str) -> dict:
    """The connection options that send every request and the WebSocket through ``proxy_url``."""
    proxy = urlsplit(proxy_url)
    auth = (proxy.username, proxy.password) if proxy.username else None
    return {
        "web_client_options": {"proxies": {"http": proxy_url, "https": proxy_url}},
        "ws_client_options": {"http_proxy_host": proxy.hostname, "http_proxy_port": proxy.port,
                              "http_proxy_auth": auth,
                              "proxy_type": "socks5" if proxy.scheme.startswith("socks5") else "http"},
    }


class LocalProxy(BaseHTTPRequestHandler):
    """A minimal HTTP proxy (plain requests and CONNECT tunnels), to try the example against the fake."""

    used = 0

    def do_CONNECT(self) -> None:
        host, _, port = self.path.partition(":")
        with socket.create_connection((host, int(port)), timeout=10) as upstream:
            self.send_response(200, "Connection established")
            self.end_headers()
            type(self).used += 1
            sockets = [self.connection, upstream]
            while True:
                readable, _, _ = select.select(sockets, [], [], 30)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is self.connection else self.connection).sendall(data)

    def do_GET(self) -> None:
        target = urlsplit(self.path)
        upstream = http.client.HTTPConnection(target.netloc, timeout=10)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
        upstream.request("GET", target.path + (f"?{target.query}" if target.query else ""), headers=headers)
        response = upstream.getresponse()
        body = response.read()
        self.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        upstream.close()
        type(self).used += 1

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def local_proxy():
    server = ThreadingHTTPServer(("127.0.0.1", 0), LocalProxy)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="example-proxy", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def main(argv=None) -> None:
    parser = script_parser(__doc__)
    parser.add_argument("--proxy", help="proxy URL (with --fake: a local proxy is started if omitted)")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        options = stack.enter_context(tiktok_for(args))
        proxy_url = args.proxy or (stack.enter_context(local_proxy()) if args.fake else None)
        if proxy_url is None:
            parser.error("--proxy is required (or use --fake)")
        through_proxy = proxy_options(proxy_url)
        if args.fake:  # websocket-client never proxies 127.0.0.1 unless told which hosts to skip instead
            through_proxy["ws_client_options"]["http_no_proxy"] = ["skip.invalid"]
        conn = stack.enter_context(Connection(args.user, **options, **through_proxy))
        conn.on(WebcastEvent.CHAT, lambda event: print(f"{event.user.unique_id}: {event.comment}"))
        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()
    if not args.proxy:
        print(f"{LocalProxy.used} requests and tunnels went through the local proxy")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--proxy URL | --fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
