"""Events as a pandas ``DataFrame``, for analysis in a notebook (``pip install 'tiktok-live-connector[pandas]'``).

One row per event: ``event`` (its name), ``method``, ``time`` (when TikTok created the message, a
UTC datetime), the ids as strings (``msg_id``, ``room_id``, ``user_id``), ``unique_id`` and
``nickname``, then every plain value of the event's legacy shape, in snake_case (``comment``,
``gift_id``, ``repeat_count``, ``like_count``, ``viewer_count``, ...).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, Union

from tiktoklive.errors import MissingDependencyError
from tiktoklive.events import Event
from tiktoklive.events.plain import snake
from tiktoklive.recording import read_events

if TYPE_CHECKING:
    import pandas

#: The first columns, in this order; the legacy keys they come from are not repeated.
LEADING_COLUMNS = ("event", "method", "time", "msg_id", "room_id", "user_id", "unique_id", "nickname")
_LEGACY_KEYS = {"msgId": "msg_id", "roomId": "room_id", "userId": "user_id", "uniqueId": "unique_id",
                "nickname": "nickname", "createTime": "create_time"}


def to_dataframe(source: Union[Iterable[Event], str, "os.PathLike[str]"]) -> "pandas.DataFrame":
    """A ``DataFrame`` of events: ``source`` is an iterable of events (a list, ``conn.iter_events()``)
    or the path of a recording (``tiktoklive watch --record FILE``).

    :raises MissingDependencyError: pandas is not installed (an ``ImportError``).
    :raises RecordingError: ``source`` is a file that is not a recording.
    """
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("to_dataframe needs pandas: pip install 'tiktok-live-connector[pandas]'") \
            from None
    events = read_events(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else source
    rows = [row(event) for event in events]
    others = dict.fromkeys(key for values in rows for key in values if key not in (*LEADING_COLUMNS, "create_time"))
    frame = pandas.DataFrame(rows, columns=[*LEADING_COLUMNS, *others, "create_time"])
    frame["time"] = pandas.to_datetime(frame.pop("create_time"), unit="ms", utc=True)
    return frame


def row(event: Event) -> Dict[str, Any]:
    """One event's row: its name and method, then the plain values of its legacy shape, snake_case
    (ids as strings; lists and nested objects left out); ``create_time`` in ms from the message's header."""
    values: Dict[str, Any] = {"event": event.name, "method": event.method}
    for key, value in event.to_legacy().items():
        if value is None or isinstance(value, (str, int, float, bool)):
            values.setdefault(_LEGACY_KEYS.get(key) or snake(key), value)
    common = getattr(event, "common", None)  # a message's header; control events have none
    values["create_time"] = (common.create_time or None) if common is not None else None
    return values
