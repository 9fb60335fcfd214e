"""List a room's gifts, and name each gift received using the gift list (``enable_extended_gift_info``).

    python examples/gift_list.py @streamer
    python examples/gift_list.py @streamer --fake --duration 3
"""
from __future__ import annotations

import contextlib
import sys

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__).parse_args(argv)
    with tiktok_for(args) as options, Connection(args.user, enable_extended_gift_info=True, **options) as conn:
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
