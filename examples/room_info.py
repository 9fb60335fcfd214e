"""Show a room's details, fetched without connecting, then the live viewer count while connected.

    python examples/room_info.py @streamer
    python examples/room_info.py @streamer --fake --duration 3
"""
from __future__ import annotations

import contextlib
import datetime
import sys

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__).parse_args(argv)
    with tiktok_for(args) as options, Connection(args.user, **options) as conn:
        print(f"@{conn.unique_id} is {'live' if conn.fetch_is_live() else 'not live'}")
        room = conn.fetch_room_info()  # usable without connecting
        print(f"Room {room.room_id}: {room.title!r} by {room.owner_nickname}, {room.viewer_count} viewers")
        started = datetime.datetime.fromtimestamp(room.create_time, datetime.timezone.utc)
        print(f"Live since {started:%H:%M} UTC; bio: {room.owner.bio_description!r}")
        print(f"Watch it: {room.hls_url} (FLV qualities: {', '.join(room.flv_urls)})")

        @conn.on(WebcastEvent.ROOM_USER)
        def on_viewers(event):
            print(f"Viewers now: {event.viewer_count}")

        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
