"""Watch the chat of several streamers at once with one Hub (one reader thread for all of them).

    python examples/many_rooms.py @streamer_a @streamer_b @streamer_c
    python examples/many_rooms.py @streamer_a @streamer_b --fake --duration 5
"""
from __future__ import annotations

import collections
import contextlib
import sys

from tiktoklive import ControlEvent, Hub, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__, many=True, until="on Ctrl-C").parse_args(argv)
    comments: "collections.Counter[str]" = collections.Counter()
    with tiktok_for(args) as options, Hub(**options) as hub:  # with --fake, every room is live and busy

        @hub.on(ControlEvent.CONNECTED)
        def on_connected(event):  # every event says which room it came from
            print(f"Connected to @{event.unique_id} (room {event.room_id})")

        @hub.on(WebcastEvent.CHAT)
        def on_chat(event):  # handlers run on the hub's reader thread, for every room
            comments[event.unique_id] += 1
            print(f"[@{event.unique_id}] {event.user.unique_id}: {event.comment}")

        @hub.on(ControlEvent.ERROR)
        def on_error(event):
            print(f"[@{event.unique_id}] {event.info}: {event.exception}")

        for user in args.users:
            hub.add(user)  # returns at once: the rooms connect in the background
        hub.wait(args.duration or None)
    print("comments:", ", ".join(f"@{user} {count}" for user, count in comments.most_common()) or "none")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [@USER ...] [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has closed the hub
        main()
