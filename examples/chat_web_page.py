"""Embed tiktoklive's live chat reader page in a script of your own.

    python examples/chat_web_page.py @streamer --port 8080     # then open http://127.0.0.1:8080/
    python examples/chat_web_page.py @streamer --fake --port 0 --duration 5

The page (chat, gifts, numbers, a box to switch streamers) and the OBS overlay at ``/overlay``
come with the package (``tiktoklive.page.ReaderServer``); this script decides where they run,
and could do its own work alongside (a bot, a recorder) while the page serves in the background.
"""
from __future__ import annotations

import contextlib
import sys

from tiktoklive.page import ReaderServer
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    parser = script_parser(__doc__, until="at Ctrl-C")
    parser.add_argument("--port", type=int, default=8080, help="port of the page (0: any free one)")
    args = parser.parse_args(argv)
    with tiktok_for(args) as options, ReaderServer(args.user, port=args.port, connection_options=options) as server:
        print(f"Open {server.url} (the overlay: {server.url}overlay)", flush=True)
        server.wait(args.duration or None)  # the page serves in the background meanwhile


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS] [--port PORT]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with block has stopped the page
        main()
