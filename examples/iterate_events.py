"""Read events with a plain ``for`` loop: no callbacks, handy in a notebook or a script.

``iter_events()`` has its own queue, filled by the connection's reader thread; the loop below runs
in your thread, so slow work here never delays the stream (if the loop falls far behind, the
oldest queued events are dropped and counted in ``events.dropped``).

    python examples/iterate_events.py @streamer
    python examples/iterate_events.py --fake --duration 3
"""
from __future__ import annotations

import threading

from common import parse_args, tiktok

from tiktoklive import Connection, WebcastEvent


def main(argv=None) -> None:
    args = parse_args(__doc__, argv)
    with tiktok(args) as options, Connection(args.unique_id, **options) as conn:
        conn.connect()
        if args.duration:  # the loop below ends when the connection does
            threading.Timer(args.duration, conn.disconnect).start()
        # In a notebook: `for event in conn.iter_events(timeout=10): ...` in a cell (it ends after
        # 10 quiet seconds, or at once with Jupyter's interrupt), then conn.disconnect().
        with conn.iter_events(types=[WebcastEvent.CHAT, WebcastEvent.GIFT, WebcastEvent.LIKE]) as events:
            for event in events:
                print(event)
        print(f"{events.dropped} events dropped")


if __name__ == "__main__":
    main()
