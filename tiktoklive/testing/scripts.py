"""What example scripts share: the ``@USER [--fake] [--duration SECONDS]`` command line, and the
client options of the TikTok it asks for (the embedded fake's with ``--fake``, else none)::

    args = script_parser(__doc__).parse_args()
    with tiktok_for(args) as options, Connection(args.user, **options) as conn:
        ...
        conn.wait(args.duration or None)
"""
from __future__ import annotations

import argparse
import contextlib
from typing import Any, Iterator

from tiktoklive.testing.busy import READABLE_RATE
from tiktoklive.testing.fake import busy_fake


def script_parser(doc: str, *, many: bool = False, until: str = "when the stream ends") -> argparse.ArgumentParser:
    """A parser of ``@USER`` (``args.user``; with ``many``, one or more: ``args.users``), ``--fake``
    and ``--duration`` (``until`` says when a duration of 0 stops); add a script's own arguments to it.

    :param doc: the script's docstring, shown by ``--help``.
    """
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    if many:
        parser.add_argument("users", metavar="@USER", nargs="+", help="the streamers: name, @name or live URL")
    else:
        parser.add_argument("user", metavar="@USER", help="the streamer: name, @name or live URL")
    parser.add_argument("--fake", action="store_true", help="use the embedded fake TikTok and its busy streams")
    parser.add_argument("--duration", type=float, default=0, help=f"stop after SECONDS (0: {until})")
    return parser


@contextlib.contextmanager
def tiktok_for(args: argparse.Namespace, rate: float = READABLE_RATE) -> Iterator[dict[str, Any]]:
    """The client options of the TikTok a script's ``args`` ask for: with ``--fake``, a running fake
    TikTok's, where every user of ``args`` is live with a busy stream of ``rate`` messages per
    second; else none (TikTok itself)."""
    if not args.fake:
        yield {}
        return
    with busy_fake(*(getattr(args, "users", None) or [args.user]), rate=rate) as fake:
        yield fake.client_options()
