"""Print the chat and the gifts of a live stream (the first example of tiktok-live-connector's README).

    python examples/chat_and_gifts.py @streamer
    python examples/chat_and_gifts.py @streamer --fake --duration 5
"""
from __future__ import annotations

import contextlib
import sys

from tiktoklive import Connection, ControlEvent, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__).parse_args(argv)
    with tiktok_for(args) as options, Connection(args.user, **options) as conn:

        @conn.on(ControlEvent.CONNECTED)
        def on_connected(event):
            print(f"Connected to room {event.state.room_id}")

        @conn.on(WebcastEvent.CHAT)
        def on_chat(event):  # handlers run on the connection's reader thread
            print(f"{event.user.unique_id} (userId:{event.user.id}) writes: {event.comment}")

        @conn.on(WebcastEvent.GIFT)
        def on_gift(event):
            # Streakable gifts arrive once per streak update; count them when the streak ends.
            if event.final:
                print(f"{event.user.unique_id} sends {event.gift_name} x{event.repeat_count} "
                      f"(gift id {event.gift_id})")
            else:
                print(f"{event.user.unique_id} is sending gift {event.gift_id} x{event.repeat_count}")

        @conn.on(ControlEvent.DISCONNECTED)
        def on_disconnected(event):
            print(f"Disconnected ({event.code})")

        conn.connect()
        if not conn.wait(args.duration or None):
            conn.disconnect()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
