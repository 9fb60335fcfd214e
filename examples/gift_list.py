"""List a room's gifts, and name each gift received using the gift list (``enable_extended_gift_info``).

    python examples/gift_list.py @streamer
    python examples/gift_list.py --fake --duration 3
"""
from __future__ import annotations

from common import parse_args, run, tiktok

from tiktoklive import Connection, WebcastEvent


def main(argv=None) -> None:
    args = parse_args(__doc__, argv)
    with tiktok(args) as options, Connection(args.unique_id, enable_extended_gift_info=True, **options) as conn:
        for gift in conn.fetch_available_gifts():
            print(f"{gift.id}: {gift.name} ({gift.diamond_count} diamonds)")

        @conn.on(WebcastEvent.GIFT)
        def on_gift(event):
            info = event.extended_gift_info or {}  # the gift's entry of the list fetched on connect
            print(f"{event.user.unique_id} sent {info.get('name')} worth {info.get('diamond_count')} diamonds")

        run(conn, args)


if __name__ == "__main__":
    main()
