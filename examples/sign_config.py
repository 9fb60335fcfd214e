"""Use your own sign server settings: an Euler Stream API key, or another server speaking its API.

    SIGN_API_KEY=... python examples/sign_config.py @streamer
    python examples/sign_config.py --fake --duration 3
"""
from __future__ import annotations

import dataclasses
import os

from common import parse_args, run, tiktok

from tiktoklive import Connection, SignConfig, WebcastEvent


def main(argv=None) -> None:
    args = parse_args(__doc__, argv)
    with tiktok(args) as options:
        # One connection's own sign server settings (with --fake, the fake's sign server) and key.
        config = dataclasses.replace(options.pop("sign_config", None) or SignConfig(),
                                     api_key=os.environ.get("SIGN_API_KEY"))
        print(f"Signing with {config!r}")  # the API key is never shown
        with Connection(args.unique_id, sign_config=config, **options) as conn:
            conn.on(WebcastEvent.CHAT, lambda event: print(f"{event.user.unique_id}: {event.comment}"))
            run(conn, args)


if __name__ == "__main__":
    main()
