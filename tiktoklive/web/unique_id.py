"""Turning what users type for a streamer (``name``, ``@name``, a profile or live URL) into a unique id."""
from __future__ import annotations

import re

from tiktoklive.errors import InvalidUniqueIdError

_URL_PREFIX = re.compile(r"^(?:https?://)?(?:(?:www|m|vm)\.)?tiktok\.com/", re.IGNORECASE)
#: TikTok's rule for usernames: at most 24 ASCII letters, digits, underscores and periods, not ending with a
#: period (new accounts need 2; a single character is let through, as old accounts and tests have them).
_VALID = re.compile(r"[A-Za-z0-9_.]{0,23}[A-Za-z0-9_]")


def parse_unique_id(value: str) -> str:
    """Return the bare unique id of ``name``, ``@name`` or ``https://www.tiktok.com/@name/live``.

    Only spaces around it are trimmed: a unique id with a newline or a tab is an error.

    :raises InvalidUniqueIdError: what is left is not a TikTok username (1-24 letters, digits, ``_``
        and ``.``, not ending with ``.``).
    """
    if not isinstance(value, str):
        raise InvalidUniqueIdError(f"a unique id must be a str, not {type(value).__name__}")
    text = _URL_PREFIX.sub("", value.strip(" ")).split("?", 1)[0].split("#", 1)[0].strip("/")
    text = text.removesuffix("/live")
    text = text.removeprefix("@")
    if not _VALID.fullmatch(text):
        shown = repr(value[:40]) + ("…" if len(value) > 40 else "")
        raise InvalidUniqueIdError(f"{shown} is not a TikTok unique id (1-24 letters, digits, '_' and '.', not "
                                   "ending with '.'); pass 'name', '@name' or 'https://www.tiktok.com/@name/live'")
    return text
