"""``tiktoklive serve @USER``: the reader page from the command line (registered by :mod:`tiktoklive.cli`)."""
from __future__ import annotations

import argparse
import errno
import sys
from typing import Any, Callable, ContextManager, Dict

from tiktoklive.page.server import ReaderServer

#: The default port of the page.
DEFAULT_PORT = 8080

Options = Callable[[argparse.Namespace], ContextManager[Dict[str, Any]]]


def add_parser(commands: Any, target: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the ``serve`` subcommand to ``commands``; ``target`` adds the streamer and endpoint arguments."""
    serve = commands.add_parser("serve", help="show a live stream's chat, gifts and numbers in the browser")
    target(serve)
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help="port of the page (default: %(default)s; "
                       "0: any free one)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: %(default)s; 0.0.0.0 for other machines too)")


def _port(text: str) -> int:
    """A TCP port number (0 to 65535), for argparse."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return port


def run(args: argparse.Namespace, options: Options) -> int:
    """Serve the page until Ctrl-C; ``options(args)`` gives the connection options (and runs ``--fake``)."""
    with options(args) as connection_options:
        server = ReaderServer(args.unique_id, host=args.host, port=args.port, connection_options=connection_options)
        try:
            server.start()
        except OSError as exc:
            taken = exc.errno == errno.EADDRINUSE
            reason = "the port is taken" if taken else (exc.strerror or str(exc))
            hint = "choose another with --port" if taken else "check --host and --port"
            print(f"error: cannot serve on {args.host}:{args.port}: {reason} ({hint})", file=sys.stderr)
            return 1
        with server:
            print(f"Reading @{args.unique_id.lstrip('@')} at {server.url} (overlay: {server.url}overlay; "
                  "Ctrl-C to stop)", flush=True)
            server.wait()
    return 0

