"""Use your own sign server settings: an Euler Stream API key, or another server speaking its API.

    SIGN_API_KEY=... python examples/sign_config.py @streamer
    python examples/sign_config.py @streamer --fake --duration 3
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import sys

from tiktoklive import Connection, SignConfig, WebcastEvent
from tiktoklive.testing import script_parser, tiktok_for


def main(argv=None) -> None:
    args = script_parser(__doc__).parse_args(argv)
    with tiktok_for(args) as options:
        # One connection's own sign server settings (with --fake, the fake's sign server) and key.
        config = dataclasses.replace(options.pop("sign_config", None) or SignConfig(),
                                     api_key=os.environ.get("SIGN_API_KEY"))
        print(f"Signing with {config!r}")  # the API key is never shown
        with Connection(args.user, sign_config=config, **options) as conn:
            conn.on(WebcastEvent.CHAT, lambda event: print(f"{event.user.unique_id}: {event.comment}"))
            conn.connect()
            if not conn.wait(args.duration or None):
                conn.disconnect()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(f"usage: python {sys.argv[0]} @USER [--fake] [--duration SECONDS]")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: leaving the with blocks has disconnected
        main()
