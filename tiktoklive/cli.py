"""The ``tiktoklive`` command: watch a live stream, record and replay it, show a room or its gifts.

``main(argv)`` returns the exit code (0 ok, 1 error, 130 interrupted) and is the only place of the
library that prints or sets up logging. Errors go to stderr.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import threading
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Sequence

import tiktoklive
from tiktoklive import Connection
from tiktoklive.connection import MIRROR_EVENTS
from tiktoklive.dispatcher import Dispatcher, signal_for
from tiktoklive.errors import TikTokLiveError
from tiktoklive.events import Event
from tiktoklive.events.names import EVENT_NAMES, ControlEvent, WebcastEvent
from tiktoklive.events.render import describe
from tiktoklive.fleet import cli as fleet_command
from tiktoklive.page import command as serve_command
from tiktoklive.receiver import Receiver
from tiktoklive.recording import FrameRecorder, read_frames
from tiktoklive.signer import SignConfig
from tiktoklive.testing import busy_fake
from tiktoklive.testing.busy import READABLE_RATE
from tiktoklive.web import Gift, RoomInfo
from tiktoklive.worker import pass_frame

logger = logging.getLogger(__name__)

#: Streamer the ``demo`` command watches on the embedded fake TikTok.
DEMO_USER = "demo_streamer"
#: Messages per second of the fake's busy stream (``demo``, ``--fake``): lively, yet readable.
DEMO_RATE = READABLE_RATE
#: Events not shown unless ``--events`` names them: the raw mirrors, the enter-room answer, and
#: ``subNotify`` (its twin ``subscribe`` is shown).
HIDDEN_BY_DEFAULT = MIRROR_EVENTS | {ControlEvent.ENTER_ROOM, WebcastEvent.SUB_NOTIFY}
#: The largest integer a JavaScript number holds exactly (2**53 - 1): ``--json`` writes larger ones as strings.
MAX_SAFE_INTEGER = 2 ** 53 - 1


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tiktoklive`` command."""
    parser = argparse.ArgumentParser(prog="tiktoklive", description="Receive TikTok LIVE events in real time.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {tiktoklive.__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-v: INFO, -vv: DEBUG)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def target(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("unique_id", metavar="@USER", help="the streamer (name, @name or live URL)")
        group = add_endpoint_flags(sub)
        group.add_argument("--fake", action="store_true",
                           help="start the embedded fake TikTok with a busy stream of @USER and use it")
        group.add_argument("--proxy", help="HTTP(S) proxy URL for TikTok's HTTP routes")

    def json_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true",
                         help="print one JSON object per line (64-bit ids as strings)")

    def printing(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--events", type=_names, help="comma-separated event names to show (default: all)")
        json_flag(sub)

    watch = commands.add_parser("watch", help="print a live stream's events as they arrive")
    target(watch)
    printing(watch)
    watch.add_argument("--record", type=argparse.FileType("w", encoding="utf-8"), metavar="FILE",
                       help="also record the raw frames to FILE (JSON lines), for `tiktoklive replay`")
    watch.add_argument("--duration", type=_seconds, default=0,
                       help="stop after N seconds (0: run until the stream ends)")

    replay = commands.add_parser("replay", help="play a recording back through the event pipeline")
    replay.add_argument("file", type=argparse.FileType("r", encoding="utf-8"), metavar="FILE")
    printing(replay)

    info = commands.add_parser("info", help="show a streamer's live status and room")
    target(info)
    json_flag(info)
    gifts = commands.add_parser("gifts", help="list the gifts of a streamer's room")
    target(gifts)
    json_flag(gifts)
    serve_command.add_parser(commands, target)

    fleet_command.add_parser(commands, endpoint_flags=add_endpoint_flags, printing=printing)

    demo = commands.add_parser("demo", help="watch a busy stream on the embedded fake TikTok")
    printing(demo)
    demo.add_argument("--duration", type=_seconds, default=0, help="stop after N seconds (0: until Ctrl-C)")
    demo.add_argument("--rate", type=float, default=DEMO_RATE, help="messages per second (default: %(default)s)")
    return parser


def add_endpoint_flags(sub: argparse.ArgumentParser) -> Any:
    """Add the flags saying where TikTok and the sign server are (``--web-base-url``,
    ``--webcast-base-url``, ``--sign-url``); returns their argument group."""
    group = sub.add_argument_group("where TikTok is")
    group.add_argument("--web-base-url", help="origin standing for https://www.tiktok.com")
    group.add_argument("--webcast-base-url", help="origin standing for https://webcast.tiktok.com")
    group.add_argument("--sign-url", help="base URL of the sign server (default: env SIGN_API_URL or Euler Stream)")
    return group


def endpoint_options(args: argparse.Namespace) -> Dict[str, Any]:
    """Connection options for the endpoint flags and the ``SIGN_API_URL`` / ``SIGN_API_KEY`` environment."""
    options: Dict[str, Any] = {}
    sign_url = args.sign_url or os.environ.get("SIGN_API_URL")
    if sign_url or os.environ.get("SIGN_API_KEY"):
        options["sign_config"] = SignConfig(api_key=os.environ.get("SIGN_API_KEY") or None,
                                            base_path=sign_url or SignConfig.base_path)
    for name in ("web_base_url", "webcast_base_url"):
        if getattr(args, name):
            options[name] = getattr(args, name)
    return options


def _names(text: str) -> List[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    for name in names:
        try:
            signal_for(name)
        except TikTokLiveError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return names


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:  # refuses nan too
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration: give 0 or more seconds")
    return seconds


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


def js_safe(data: Any) -> Any:
    """``data`` with every integer beyond JavaScript's exact range (ids) as a decimal string."""
    if isinstance(data, dict):
        return {key: js_safe(value) for key, value in data.items()}
    if isinstance(data, list):
        return [js_safe(value) for value in data]
    if isinstance(data, int) and not isinstance(data, bool) and abs(data) > MAX_SAFE_INTEGER:
        return str(data)
    return data


def json_line(data: Any) -> str:
    """One line of ``--json`` output: ids as strings, so that JavaScript readers lose no digit."""
    return json.dumps(js_safe(data), ensure_ascii=False, default=str)


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
            line = json_line({"event": event.name, "data": event.to_dict()})
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
    """Register ``handler`` on ``emitter`` (a Connection or a Dispatcher) for ``names`` (default: all shown)
    but those in ``skip``."""
    for name in sorted(EVENT_NAMES - HIDDEN_BY_DEFAULT) if names is None else names:
        if name not in skip:
            emitter.on(name, handler)


# ---------------------------------------------------------------- commands


@contextlib.contextmanager
def _options(args: argparse.Namespace) -> Iterator[Dict[str, Any]]:
    """Connection options for the target arguments, with the fake TikTok running if ``--fake``."""
    options = endpoint_options(args)
    if args.proxy:
        options["web_client_options"] = {"proxies": {"http": args.proxy, "https": args.proxy}}
    if not args.fake:
        yield options
        return
    with busy_fake(args.unique_id) as fake:
        yield {**options, **fake.client_options()}


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
            conn.on(ControlEvent.WEBSOCKET_DATA, FrameRecorder(record))
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


class _Replayed:
    """The sender of replayed events."""

    def __repr__(self) -> str:
        return "<replay>"


def replay(args: argparse.Namespace) -> int:
    """``tiktoklive replay FILE``: decode a recording's frames with the current schema and print the events."""
    sender = _Replayed()
    emitter = Dispatcher(sender)
    subscribe(emitter, args.events, Printer(sys.stdout, as_json=args.json))
    receiver = Receiver(emitter)
    with args.file as file:
        for frame in read_frames(file):
            pass_frame(receiver, frame)
    return 0


def info(args: argparse.Namespace) -> int:
    """``tiktoklive info @user``: live status, room id and room details."""
    with _options(args) as options, Connection(args.unique_id, **options) as conn:
        room_id = conn.fetch_room_id()
        live = conn.fetch_is_live()
        room = conn.fetch_room_info()
        if args.json:
            print(json_line({"unique_id": conn.unique_id, "is_live": live, "room_id": room_id, **_room_fields(room)}))
            return 0
        print(f"@{conn.unique_id}: {'live' if live else 'not live'}, room {room_id}")
        for label, value in (("title", room.title), ("host", room.owner_nickname), ("viewers", room.viewer_count),
                             ("status", room.status), ("HLS", room.hls_url)):
            if value is not None:
                print(f"  {label}: {value}")
    return 0


def _room_fields(room: RoomInfo) -> Dict[str, Any]:
    owner = room.owner
    return {"title": room.title, "status": room.status, "viewer_count": room.viewer_count,
            "create_time": room.create_time, "hls_url": room.hls_url, "flv_urls": room.flv_urls,
            "owner": None if owner is None else {"id": owner.id, "unique_id": owner.unique_id,
                                                 "nickname": owner.nickname, "bio_description": owner.bio_description}}


def gifts(args: argparse.Namespace) -> int:
    """``tiktoklive gifts @user``: the room's gift list, cheapest first."""
    with _options(args) as options, Connection(args.unique_id, **options) as conn:
        for gift in sorted(conn.fetch_available_gifts(), key=lambda g: (g.diamond_count, g.id)):
            print(json_line(_gift_fields(gift)) if args.json else _gift_line(gift))
    return 0


def _gift_line(gift: Gift) -> str:
    streak = " (streakable)" if gift.is_streakable else ""
    return f"{gift.id:>8}  {gift.diamond_count:>6} diamonds  {gift.name}{streak}"


def _gift_fields(gift: Gift) -> Dict[str, Any]:
    return {"id": gift.id, "name": gift.name, "diamond_count": gift.diamond_count, "type": gift.type,
            "streakable": gift.is_streakable, "image_url": gift.image_urls[0] if gift.image_urls else None}


def demo(args: argparse.Namespace) -> int:
    """``tiktoklive demo``: watch a busy stream on the embedded fake TikTok."""
    print(f"tiktoklive demo: watching @{DEMO_USER} on the embedded fake TikTok"
          f"{'' if not args.duration else f' for {args.duration:g} s'} (Ctrl-C to stop)", file=sys.stderr)
    with busy_fake(DEMO_USER, rate=args.rate) as fake:
        return _watch(DEMO_USER, fake.client_options(), args)


COMMANDS: Dict[str, Callable[[argparse.Namespace], int]] = {
    "watch": watch, "replay": replay, "info": info, "gifts": gifts, "demo": demo,
    "serve": lambda args: serve_command.run(args, _options),
    "fleet": lambda args: fleet_command.run(args, endpoint_options=endpoint_options)}
