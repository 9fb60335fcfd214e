"""List a room's gifts, and name each gift received using the gift list (``enable_extended_gift_info``).

    python examples/gift_list.py @streamer
    python examples/gift_list.py @streamer --fake --duration 3
"""
from __future__ import annotations

import argparse
import contextlib
import sys

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import busy_fake


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("user", metavar="@USER", help="the streamer: name, @name or live URL")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok and its busy stream")
    parser.add_argument("--duration", type=float, default=0, help="stop after SECONDS (0: when the stream ends)")
    args = parser.parse_args(argv)
    with busy_fake(args.user) if args.fake else contextlib.nullcontext() as fake, \
            Connection(args.user, enable_extended_gift_info=True, **(fake.client_options() if fake else {})) as conn:
        for gift in conn.fetch_available_gifts():
            print(f"{gift.id}: {gift.name} ({gift.diamond_count} diamonds)")

        @conn.on(WebcastEvent.GIFT)
        def on_gift(event):
            info = event.extended_gift_info or {}  # the gift's entry of the list fetched on connect
            print(f"{event.user.unique_id} sent {info.get('name')} worth {info.get('diamond_count')} diamonds")

        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
