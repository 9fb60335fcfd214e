"""Embed tiktoklive's live chat reader page in a script of your own.

    python examples/chat_web_page.py @streamer --port 8080     # then open http://127.0.0.1:8080/
    python examples/chat_web_page.py @streamer --fake --port 0 --duration 5

The page (chat, gifts, numbers, a box to switch streamers) and the OBS overlay at ``/overlay``
come with the package (``tiktoklive.page.ReaderServer``); this script decides where they run,
and could do its own work alongside (a bot, a recorder) while the page serves in the background.
"""
from __future__ import annotations

import argparse
import contextlib
import sys

from tiktoklive.page import ReaderServer
from tiktoklive.testing import busy_fake


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("user", metavar="@USER", help="the streamer: name, @name or live URL")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok and its busy stream")
    parser.add_argument("--duration", type=float, default=0, help="stop after SECONDS (0: at Ctrl-C)")
    parser.add_argument("--port", type=int, default=8080, help="port of the page (0: any free one)")
    args = parser.parse_args(argv)
    with busy_fake(args.user) if args.fake else contextlib.nullcontext() as fake, \
            ReaderServer(args.user, port=args.port, connection_options=fake.client_options() if fake else {}) as server:
        print(f"Open {server.url} (the overlay: {server.url}overlay)", flush=True)
        server.wait(args.duration or None)  # the page serves in the background meanwhile


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS] [--port PORT]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with block has stopped the page
        main()
