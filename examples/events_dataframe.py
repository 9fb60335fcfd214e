"""Analyse a stream with pandas: events into a DataFrame, then who chats, who gives, when.

Notebook-style: in Jupyter, ``frame = tiktoklive.to_dataframe(...)`` in a first cell, then each
``# %%`` cell of ``report()`` in a cell of its own; the file runs as a script too. Needs
``pip install 'tiktok-live-connector[pandas]'``.

    python examples/events_dataframe.py @streamer --duration 60
    python examples/events_dataframe.py @streamer --fake --duration 3
    python examples/events_dataframe.py --recording stream.jsonl   # from `tiktoklive watch --record`
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import threading

import tiktoklive
from tiktoklive import Connection
from tiktoklive.testing import busy_fake


def collect(user: str, seconds: float, fake: bool):
    """``seconds`` of ``user``'s stream (on the embedded fake TikTok if ``fake``), as a DataFrame."""
    with busy_fake(user, rate=200) if fake else contextlib.nullcontext() as tiktok, \
            Connection(user, **(tiktok.client_options() if tiktok else {})) as conn:
        events = conn.iter_events(types=["chat", "gift", "like", "member", "follow", "share"])
        conn.connect()
        timer = threading.Timer(seconds, conn.disconnect)  # the iterator ends with the connection
        timer.daemon = True
        timer.start()
        frame = tiktoklive.to_dataframe(events)
        timer.cancel()
        return frame


def report(frame) -> None:
    """What a first look at a stream's DataFrame shows."""
    # %% How many of each event, and over how long
    print(frame["event"].value_counts().to_string())
    print(f"from {frame['time'].min():%H:%M:%S} to {frame['time'].max():%H:%M:%S} UTC")

    # %% Who chats most
    chats = frame[frame["event"] == "chat"]
    print(chats.groupby("unique_id")["comment"].count().nlargest(5).to_string())

    # %% Who gives most: finished streaks only (repeat_end), diamonds = price x count
    gifts = frame[(frame["event"] == "gift") & frame["repeat_end"].fillna(False).astype(bool)]
    diamonds = (gifts["diamond_count"] * gifts["repeat_count"]).astype(int).groupby(gifts["unique_id"]).sum()
    print(diamonds.nlargest(5).to_string())

    # %% Activity per second
    print(frame.set_index("time").resample("1s")["event"].count().to_string())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("user", nargs="?", metavar="@USER", help="the streamer: name, @name or live URL")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok and its busy stream")
    parser.add_argument("--duration", type=float, default=10, help="watch for SECONDS (default: %(default)s)")
    parser.add_argument("--recording", help="read a recording of `tiktoklive watch --record` instead")
    args = parser.parse_args(argv)
    if args.recording:
        report(tiktoklive.to_dataframe(args.recording))
    elif args.user:
        report(collect(args.user, args.duration, args.fake))
    else:
        parser.error("give @USER or --recording FILE")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS] | --recording FILE")
    with contextlib.suppress(KeyboardInterrupt):
        main()
