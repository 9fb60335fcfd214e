""""Did you mean" hints for names people bring from the other libraries.

The Node library spells options in camelCase (``enableExtendedGiftInfo``) and TikTokLive (Python)
names its events differently (``comment``, ``join``, ``live_end``): an unknown name gets the
name this library uses for the same thing.
"""
from __future__ import annotations

import difflib
from typing import Iterable, List, Optional

from tiktoklive.events.plain import camel, snake

#: TikTokLive's event names (its ``Event`` classes, snake_case, ``Event`` left off) -> this library's
#: (Node's) names, where the camelCase form is not already the name (``link_mic_battle``).
TIKTOKLIVE_EVENT_NAMES = {
    "comment": "chat", "join": "member", "connect": "connected", "disconnect": "disconnected",
    "live_end": "streamEnd", "live_pause": "controlMessage", "live_unpause": "controlMessage",
    "room_user_seq": "roomUser", "emote_chat": "emote", "poll": "pollMessage", "caption": "captionMessage",
    "websocket_response": "websocketData",
}


def did_you_mean(name: str, valid: Iterable[str]) -> str:
    """``"did you mean 'x'?"`` for ``name`` among ``valid`` (or ``""`` when nothing is close).

    Tries, in order: the snake_case form of a camelCase name (Node's options), the camelCase form of
    a snake_case one, TikTokLive's event names (``comment`` -> ``chat``, also as ``CommentEvent``),
    then names spelled alike.
    """
    valid = sorted(valid)
    found = _translated(str(name), valid)
    close = [found] if found else difflib.get_close_matches(str(name), valid, n=3)
    return f"did you mean {' or '.join(map(repr, close))}?" if close else ""


def _translated(name: str, valid: List[str]) -> Optional[str]:
    snaked = snake(name)
    bare = snaked[:-len("_event")] if snaked.endswith("_event") else snaked  # TikTokLive's class names
    candidates = (snaked, bare, camel(bare), TIKTOKLIVE_EVENT_NAMES.get(bare))
    return next((c for c in candidates if c and c != name and c in valid), None)


def unknown_options(unknown: Iterable[str], valid: Iterable[str]) -> str:
    """The message of an :class:`~tiktoklive.errors.UnknownOptionError`: each unknown name with its
    hint, then the valid names."""
    valid = sorted(valid)
    hinted = [f"{name!r} ({hint})" if hint else repr(name)
              for name, hint in ((n, did_you_mean(n, valid)) for n in sorted(unknown))]
    return f"unknown option(s) {', '.join(hinted)}; valid options: {', '.join(valid)}"
