"""Turning what users type for a streamer (``name``, ``@name``, a profile or live URL) into a unique id."""
from __future__ import annotations

import re

from tiktoklive.errors import InvalidUniqueIdError

_URL_PREFIX = re.compile(r"^(?:https?://)?(?:(?:www|m|vm)\.)?tiktok\.com/", re.IGNORECASE)
_VALID = re.compile(r"^[\w.\-]+$")


def parse_unique_id(value: str) -> str:
    """Return the bare unique id of ``name``, ``@name`` or ``https://www.tiktok.com/@name/live``.

    :raises InvalidUniqueIdError: nothing usable is left, or it contains characters no unique id has.
    """
    if not isinstance(value, str):
        raise InvalidUniqueIdError(f"a unique id must be a str, not {type(value).__name__}")
    text = _URL_PREFIX.sub("", value.strip()).split("?", 1)[0].split("#", 1)[0].strip("/")
    text = text.removesuffix("/live")
    text = text.removeprefix("@")
    if not _VALID.match(text):
        raise InvalidUniqueIdError(f"{value!r} is not a TikTok unique id; pass 'name', '@name' or "
                                   "'https://www.tiktok.com/@name/live'")
    return text
