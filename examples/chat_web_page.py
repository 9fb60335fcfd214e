"""A tiny web page showing the live chat, pushed to the browser with server-sent events (stdlib only).

    python examples/chat_web_page.py @streamer          # then open http://127.0.0.1:8000/
    python examples/chat_web_page.py @streamer --fake --port 0 --duration 5

Each browser tab gets its own ``iter_events()`` iterator, consumed in that request's thread.
"""
from __future__ import annotations

import argparse
import contextlib
import html
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import busy_fake

PAGE = """<!doctype html>
<meta charset="utf-8"><title>@{user} live chat</title>
<h1>@{user} live chat</h1><ul id="chat"></ul>
<script>
const chat = document.getElementById("chat");
new EventSource("/events").onmessage = (message) => {{
  const data = JSON.parse(message.data);
  const item = document.createElement("li");
  item.textContent = data.user + ": " + data.text;
  chat.prepend(item);
}};
</script>
"""


def make_handler(conn: Connection) -> type:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/":
                body = PAGE.format(user=html.escape(conn.unique_id)).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/events":
                self.stream_chat()
            else:
                self.send_error(404)

        def stream_chat(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            with conn.iter_events(types=[WebcastEvent.CHAT]) as events:
                for event in events:
                    data = json.dumps({"user": event.user.unique_id, "text": event.comment})
                    try:
                        self.wfile.write(f"data: {data}\n\n".encode("utf-8"))
                        self.wfile.flush()
                    except OSError:  # the browser went away
                        return

        def log_message(self, *args) -> None:  # keep the console for the chat
            pass

    return Handler


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("user", metavar="@USER", help="the streamer: name, @name or live URL")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok and its busy stream")
    parser.add_argument("--duration", type=float, default=0, help="stop after SECONDS (0: when the stream ends)")
    parser.add_argument("--port", type=int, default=8000, help="port of the page (0: any free one)")
    args = parser.parse_args(argv)
    with busy_fake(args.user) if args.fake else contextlib.nullcontext() as fake, \
            Connection(args.user, **(fake.client_options() if fake else {})) as conn:
        conn.connect()
        server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(conn))
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, name="chat-web-page", daemon=True)
        thread.start()
        print(f"Open http://127.0.0.1:{server.server_address[1]}/", flush=True)
        try:
            if not conn.wait(args.duration or None):
                conn.disconnect()  # ends every page's event stream
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS] [--port PORT]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
