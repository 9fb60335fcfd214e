"""Read events with a plain ``for`` loop: no callbacks, handy in a notebook or a script.

``iter_events()`` has its own queue, filled by the connection's reader thread; the loop below runs
in your thread, so slow work here never delays the stream (if the loop falls far behind, the
oldest queued events are dropped and counted in ``events.dropped``).

    python examples/iterate_events.py @streamer
    python examples/iterate_events.py @streamer --fake --duration 3
"""
from __future__ import annotations

import contextlib
import sys
import threading

from tiktoklive import Connection, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__).parse_args(argv)
    with tiktok_for(args) as options, Connection(args.user, **options) as conn:
        # Made before connect(), the iterator also gets the events that arrive while connecting.
        with conn.iter_events(types=[WebcastEvent.CHAT, WebcastEvent.GIFT, WebcastEvent.LIKE]) as events:
            conn.connect()
            timer = threading.Timer(args.duration or 0, conn.disconnect)
            timer.daemon = True
            if args.duration:
                timer.start()
            # In a notebook: `for event in conn.iter_events(timeout=10): ...` in a cell (it ends after
            # 10 quiet seconds, or at once with Jupyter's interrupt), then conn.disconnect().
            for event in events:  # ends when the connection does
                print(event)
            timer.cancel()
        print(f"{events.dropped} events dropped")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
