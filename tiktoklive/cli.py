"""The ``tiktoklive`` command: watch a live stream, record and replay it, show a room or its gifts.

``main(argv)`` returns the exit code (0 ok, 1 error, 130 interrupted) and is the only place of the
library that prints or sets up logging. Errors go to stderr.
"""
from __future__ import annotations

import argparse
import base64
import contextlib
import json
import logging
import os
import sys
import threading
import time
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Sequence

import tiktoklive
from tiktoklive import Connection
from tiktoklive.connection import MIRROR_EVENTS
from tiktoklive.dispatch import Emitter
from tiktoklive.errors import TikTokLiveError
from tiktoklive.events import Event
from tiktoklive.events.names import EVENT_NAMES, ControlEvent, WebcastEvent
from tiktoklive.pipeline import Pipeline
from tiktoklive.signals import signal_for
from tiktoklive.signer import SignConfig

logger = logging.getLogger(__name__)

#: Streamer the ``demo`` command watches on the embedded fake TikTok.
DEMO_USER = "demo_streamer"
#: Messages per second of the fake's busy stream (``demo``, ``--fake``): lively, yet readable.
DEMO_RATE = 20.0
#: Events not shown unless ``--events`` names them: the raw mirrors and the enter-room answer.
HIDDEN_BY_DEFAULT = MIRROR_EVENTS | {ControlEvent.ENTER_ROOM}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tiktoklive`` command."""
    parser = argparse.ArgumentParser(prog="tiktoklive", description="Receive TikTok LIVE events in real time.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {tiktoklive.__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-v: INFO, -vv: DEBUG)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def target(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("unique_id", metavar="@USER", help="the streamer (name, @name or live URL)")
        group = sub.add_argument_group("where TikTok is")
        group.add_argument("--fake", action="store_true",
                           help="start the embedded fake TikTok with a busy stream of @USER and use it")
        group.add_argument("--web-base-url", help="origin standing for https://www.tiktok.com")
        group.add_argument("--webcast-base-url", help="origin standing for https://webcast.tiktok.com")
        group.add_argument("--sign-url", help="base URL of the sign server (default: env SIGN_API_URL or Euler Stream)")
        group.add_argument("--proxy", help="HTTP(S) proxy URL for TikTok's HTTP routes")

    def printing(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--events", type=_names, help="comma-separated event names to show (default: all)")
        sub.add_argument("--json", action="store_true", help="print one JSON object per line")

    watch = commands.add_parser("watch", help="print a live stream's events as they arrive")
    target(watch)
    printing(watch)
    watch.add_argument("--record", type=argparse.FileType("w", encoding="utf-8"), metavar="FILE",
                       help="also record the raw frames to FILE (JSON lines), for `tiktoklive replay`")
    watch.add_argument("--duration", type=float, default=0, help="stop after N seconds (0: run until the stream ends)")

    replay = commands.add_parser("replay", help="play a recording back through the event pipeline")
    replay.add_argument("file", type=argparse.FileType("r", encoding="utf-8"), metavar="FILE")
    printing(replay)

    info = commands.add_parser("info", help="show a streamer's live status and room")
    target(info)
    gifts = commands.add_parser("gifts", help="list the gifts of a streamer's room")
    target(gifts)

    demo = commands.add_parser("demo", help="watch a busy stream on the embedded fake TikTok")
    printing(demo)
    demo.add_argument("--duration", type=float, default=0, help="stop after N seconds (0: until Ctrl-C)")
    demo.add_argument("--rate", type=float, default=DEMO_RATE, help="messages per second (default: %(default)s)")
    return parser


def _names(text: str) -> List[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    for name in names:
        try:
            signal_for(name)
        except TikTokLiveError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return names


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the ``tiktoklive`` command with ``argv`` (``sys.argv[1:]`` if ``None``); returns the exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    _setup_logging(args.verbose)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # whoever read the output stopped (``| head``): that is fine
        _silence(sys.stdout)
        return 0
    except TikTokLiveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _setup_logging(verbosity: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("tiktoklive")
    root.handlers = [h for h in root.handlers if isinstance(h, logging.NullHandler)] + [handler]
    root.setLevel({0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG))


# ---------------------------------------------------------------- output


def describe(event: Event) -> str:
    """One readable line for an event."""
    name = event.name
    user = getattr(getattr(event, "message", None), "user", None)
    who = f"@{user.unique_id}" if user is not None and user.unique_id else ""
    if name == WebcastEvent.CHAT:
        return f"{who}: {event.comment}"  # type: ignore[attr-defined]
    if name == WebcastEvent.GIFT:
        state = "" if event.final else " (streak in progress)"  # type: ignore[attr-defined]
        return f"{who} sent {event.gift_name} x{event.repeat_count}{state}"  # type: ignore[attr-defined]
    if name == WebcastEvent.LIKE:
        return f"{who} liked x{event.like_count} (total {event.total_like_count})"  # type: ignore[attr-defined]
    if name == WebcastEvent.MEMBER:
        return f"{who} joined"
    if name in (WebcastEvent.FOLLOW, WebcastEvent.SHARE):
        return f"{who} {name}ed" if name == WebcastEvent.FOLLOW else f"{who} shared the stream"
    if name == WebcastEvent.ROOM_USER:
        return f"{event.viewer_count} viewers"  # type: ignore[attr-defined]
    if name == ControlEvent.WEBSOCKET_CONNECTED:
        return "WebSocket open"
    if name == ControlEvent.CONNECTED:
        return f"connected to room {event.state.room_id}"  # type: ignore[attr-defined]
    if name == ControlEvent.DISCONNECTED:
        why = " ".join(str(part) for part in (event.code, event.reason) if part)  # type: ignore[attr-defined]
        return f"disconnected ({why})"
    if name == ControlEvent.ERROR:
        return f"{event.info}: {event.exception}"  # type: ignore[attr-defined]
    return repr(event)


class Printer:
    """Prints the events it is given, as readable lines or JSON lines.

    :param on_closed: called once if the output goes away (``tiktoklive watch ... | head``).
    """

    def __init__(self, out: IO[str], *, as_json: bool, on_closed: Callable[[], Any] = lambda: None) -> None:
        self.out = out
        self.as_json = as_json
        self.on_closed = on_closed
        self.count = 0
        self.closed = False
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        if self.as_json:
            line = json.dumps({"event": event.name, "data": event.to_dict()}, ensure_ascii=False, default=str)
        else:
            line = f"[{event.name}] {describe(event)}"
        with self._lock:
            if self.closed:
                return
            try:
                print(line, file=self.out, flush=True)
            except BrokenPipeError:
                self.closed = True
                _silence(self.out)
                self.on_closed()
                return
            self.count += 1


def _silence(out: IO[str]) -> None:
    """Send what is still written to ``out`` (a closed pipe) to /dev/null: no error when Python flushes it at exit."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


def subscribe(emitter: Any, names: Optional[List[str]], handler: Callable[[Event], None],
              skip: Sequence[str] = ()) -> None:
    """Register ``handler`` on ``emitter`` (a Connection or an Emitter) for ``names`` (default: all shown)
    but those in ``skip``."""
    for name in sorted(EVENT_NAMES - HIDDEN_BY_DEFAULT) if names is None else names:
        if name not in skip:
            emitter.on(name, handler)


# ---------------------------------------------------------------- commands


@contextlib.contextmanager
def _options(args: argparse.Namespace) -> Iterator[Dict[str, Any]]:
    """Connection options for the target arguments, with the fake TikTok running if ``--fake``."""
    options: Dict[str, Any] = {}
    if args.proxy:
        options["web_client_options"] = {"proxies": {"http": args.proxy, "https": args.proxy}}
    sign_url = args.sign_url or os.environ.get("SIGN_API_URL")
    if sign_url or os.environ.get("SIGN_API_KEY"):
        options["sign_config"] = SignConfig(api_key=os.environ.get("SIGN_API_KEY") or None,
                                            base_path=sign_url or SignConfig.base_path)
    for name in ("web_base_url", "webcast_base_url"):
        if getattr(args, name):
            options[name] = getattr(args, name)
    if not args.fake:
        yield options
        return
    with busy_fake(args.unique_id) as fake:
        yield {**options, **fake.client_options()}


@contextlib.contextmanager
def busy_fake(unique_id: str, rate: float = DEMO_RATE) -> Iterator[Any]:
    """The embedded fake TikTok, with ``unique_id`` live and a busy stream of ``rate`` messages per second."""
    from tiktoklive.testing import FakeTikTok

    with FakeTikTok() as fake:
        room = fake.room(unique_id.lstrip("@"))
        room.busy(rate, per_frame=(1, 4))
        yield fake


def watch(args: argparse.Namespace) -> int:
    """``tiktoklive watch @user``: print events until the stream ends (or ``--duration`` passes)."""
    with _options(args) as options:
        return _watch(args.unique_id, options, args)


def _watch(unique_id: str, options: Dict[str, Any], args: argparse.Namespace) -> int:
    with Connection(unique_id, **options) as conn:
        printer = Printer(sys.stdout, as_json=args.json, on_closed=conn.disconnect)
        subscribe(conn, args.events, printer, skip=[ControlEvent.ERROR])
        record = getattr(args, "record", None)
        if record is not None:
            conn.on(ControlEvent.WEBSOCKET_DATA, Recorder(record))
        try:
            conn.connect()  # its failure is printed once, by main(): not also as the error events it fires
            subscribe(conn, args.events, printer, skip=sorted(EVENT_NAMES - {ControlEvent.ERROR}))
            if args.duration:
                if not conn.wait(args.duration):
                    conn.disconnect()
            else:
                conn.wait()
        except KeyboardInterrupt:
            conn.disconnect()
            raise
        finally:
            if record is not None:
                record.close()
    logger.info("%d events shown", printer.count)
    return 0


class Recorder:
    """Writes every received frame to a file, one JSON line each: ``{"t": seconds, "frame": base64}``."""

    def __init__(self, file: IO[str]) -> None:
        self.file = file
        self.start = time.monotonic()

    def __call__(self, event: Event) -> None:
        data = base64.b64encode(event.data).decode("ascii")  # type: ignore[attr-defined]
        self.file.write(json.dumps({"t": round(time.monotonic() - self.start, 3), "frame": data}) + "\n")


class _Replayed:
    """The sender of replayed events."""

    def __repr__(self) -> str:
        return "<replay>"


def replay(args: argparse.Namespace) -> int:
    """``tiktoklive replay FILE``: decode a recording's frames with the current schema and print the events."""
    sender = _Replayed()
    emitter = Emitter(sender)
    subscribe(emitter, args.events, Printer(sys.stdout, as_json=args.json))
    pipeline = Pipeline(emitter)
    with args.file as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                frame = base64.b64decode(json.loads(line)["frame"], validate=True)
            except (ValueError, KeyError, TypeError) as exc:
                print(f"error: {args.file.name}:{number} is not a recorded frame ({exc})", file=sys.stderr)
                return 1
            pipeline.process_frame(frame)
    return 0


def info(args: argparse.Namespace) -> int:
    """``tiktoklive info @user``: live status, room id and room details."""
    with _options(args) as options, Connection(args.unique_id, **options) as conn:
        room_id = conn.fetch_room_id()
        live = conn.fetch_is_live()
        print(f"@{conn.unique_id}: {'live' if live else 'not live'}, room {room_id}")
        room = conn.fetch_room_info()
        for label, value in (("title", room.title), ("host", room.owner_nickname), ("viewers", room.viewer_count),
                             ("status", room.status)):
            if value is not None:
                print(f"  {label}: {value}")
    return 0


def gifts(args: argparse.Namespace) -> int:
    """``tiktoklive gifts @user``: the room's gift list, cheapest first."""
    with _options(args) as options, Connection(args.unique_id, **options) as conn:
        for gift in sorted(conn.fetch_available_gifts(), key=lambda g: (g.diamond_count, g.id)):
            streak = " (streakable)" if gift.is_streakable else ""
            print(f"{gift.id:>8}  {gift.diamond_count:>6} diamonds  {gift.name}{streak}")
    return 0


def demo(args: argparse.Namespace) -> int:
    """``tiktoklive demo``: watch a busy stream on the embedded fake TikTok."""
    print(f"tiktoklive demo: watching @{DEMO_USER} on the embedded fake TikTok"
          f"{'' if not args.duration else f' for {args.duration:g} s'} (Ctrl-C to stop)", file=sys.stderr)
    with busy_fake(DEMO_USER, args.rate) as fake:
        return _watch(DEMO_USER, fake.client_options(), args)


COMMANDS: Dict[str, Callable[[argparse.Namespace], int]] = {
    "watch": watch, "replay": replay, "info": info, "gifts": gifts, "demo": demo}
