"""Reading fields of untrusted JSON (TikTok's, the sign server's): a wrong type reads as absent or raises
``ValueError``, never anything else."""
from __future__ import annotations

from typing import Any


def typed(value: Any, kind: type) -> Any:
    """``value`` if it is a ``kind`` (a bool is no ``int``), else ``None``: a wrong JSON type reads as absent."""
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def integer_or_none(value: Any) -> int | None:
    """A non-negative integer (TikTok sends a number, sometimes as a string); ``None`` if absent or not one."""
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isascii() \
            or not str(value).isdigit():
        return None
    return int(value)


def room_id_of(value: Any) -> str | None:
    """A room id as TikTok writes it (a positive integer, as a number or a string); ``None`` if it is none."""
    number = integer_or_none(value)
    return str(number) if number else None


def integer(value: Any, what: str) -> int:
    """An integer field that must be one (absent counts as 0).

    :raises ValueError: anything else (a word, a float, an object).
    """
    if value is None:
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit():
        return int(value)
    raise ValueError(f"{what} is not an integer ({type(value).__name__})")
