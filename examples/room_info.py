"""Show a room's details, fetched without connecting, then the live viewer count while connected.

    python examples/room_info.py @streamer
    python examples/room_info.py --fake --duration 3
"""
from __future__ import annotations

from common import parse_args, run, tiktok

from tiktoklive import Connection, WebcastEvent


def main(argv=None) -> None:
    args = parse_args(__doc__, argv)
    with tiktok(args) as options, Connection(args.unique_id, **options) as conn:
        print(f"@{conn.unique_id} is {'live' if conn.fetch_is_live() else 'not live'}")
        room = conn.fetch_room_info()  # usable without connecting
        print(f"Room {room.room_id}: {room.title!r} by {room.owner_nickname}, {room.viewer_count} viewers")

        @conn.on(WebcastEvent.ROOM_USER)
        def on_viewers(event):
            print(f"Viewers now: {event.viewer_count}")

        run(conn, args)


if __name__ == "__main__":
    main()
