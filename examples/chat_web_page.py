"""Embed tiktoklive's live chat reader page in a script of your own.

    python examples/chat_web_page.py @streamer --port 8080     # then open http://127.0.0.1:8080/
    python examples/chat_web_page.py @someone --fake --port 0 --duration 5

The page (chat, gifts, numbers, a box to switch streamers) and the OBS overlay at ``/overlay``
come with the package (``tiktoklive.reader.ReaderServer``); this script decides where they run,
and could do its own work alongside (a bot, a recorder) while the page serves in the background.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Optional, Sequence

from tiktoklive.reader import ReaderServer
from tiktoklive.testing import FakeTikTok

USAGE = "usage: python chat_web_page.py @USER [--port 8080] [--fake] [--duration SECONDS]"


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:
        print(USAGE)
        return 0
    parser = argparse.ArgumentParser(usage=USAGE)
    parser.add_argument("unique_id", nargs="?", default="demo_streamer", metavar="@USER")
    parser.add_argument("--port", type=int, default=8080, help="port of the page (0: any free one)")
    parser.add_argument("--fake", action="store_true", help="watch a busy stream on the embedded fake TikTok")
    parser.add_argument("--duration", type=float, default=0, help="stop after N seconds (0: at Ctrl-C)")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        options = {}
        if args.fake:  # a busy stream of @USER on a fake TikTok, for trying this out offline
            fake = stack.enter_context(FakeTikTok())
            fake.room(args.unique_id.lstrip("@")).busy(20, per_frame=(1, 4))
            options = fake.client_options()
        server = stack.enter_context(ReaderServer(args.unique_id, port=args.port, connection_options=options))
        print(f"Open {server.url} (the overlay: {server.url}overlay)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.wait(args.duration or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
