"""Protobuf messages as plain data (dicts, lists, ints, strings), built on demand from ``ListFields()``.

Only fields that are set appear (proto3 leaves defaults off the wire). Three flavours:
:func:`to_dict` keeps snake_case names and 64-bit integers as ints; :func:`to_camel` (the
building block of the legacy shapes) uses camelCase names and 64-bit integers as decimal
strings, as the Node library does; :func:`to_portable` has snake_case names and 64-bit integers
as decimal strings (as protobuf's JSON mapping: safe for JavaScript and other readers of JSON).
"""
from __future__ import annotations

import base64
import functools
import re
from typing import Any, Callable

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

_INT64 = frozenset({FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_SINT64,
                    FieldDescriptor.TYPE_FIXED64, FieldDescriptor.TYPE_SFIXED64})
_Converter = tuple[str, Callable[[Any], Any]]


def to_dict(message: Message) -> dict[str, Any]:
    """The set fields of ``message`` as JSON-able data: snake_case keys, 64-bit ints as ints,
    bytes as base64 text, enums as ints, maps as dicts."""
    return _convert(message, False, False)


def to_camel(message: Message) -> dict[str, Any]:
    """Like :func:`to_dict`, with camelCase keys and 64-bit integers as decimal strings."""
    return _convert(message, True, True)


def to_portable(message: Message) -> dict[str, Any]:
    """Like :func:`to_dict`, with 64-bit integers (ids, times) as decimal strings."""
    return _convert(message, False, True)


def camel(name: str) -> str:
    """``snake_case`` -> ``camelCase``."""
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def snake(name: str) -> str:
    """``camelCase`` (or ``CamelCase``) -> ``snake_case``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _convert(message: Message, camel_keys: bool, int64_text: bool) -> dict[str, Any]:
    out = {}
    for field, value in message.ListFields():
        key, convert = _converter(field, camel_keys, int64_text)
        out[key] = convert(value)
    return out


@functools.lru_cache(maxsize=None)  # one entry per field of the schema and flavour, built on first use
def _converter(field: FieldDescriptor, camel_keys: bool, int64_text: bool) -> _Converter:
    key = camel(field.name) if camel_keys else field.name
    entry = field.message_type
    if entry is not None and entry.GetOptions().map_entry:
        convert_key = _single(entry.fields_by_name["key"], camel_keys, int64_text)
        convert_value = _single(entry.fields_by_name["value"], camel_keys, int64_text)
        return key, lambda mapping: {convert_key(k): convert_value(v) for k, v in mapping.items()}
    one = _single(field, camel_keys, int64_text)
    if field.is_repeated:
        return key, lambda values: [one(v) for v in values]
    return key, one


def _single(field: FieldDescriptor, camel_keys: bool, int64_text: bool) -> Callable[[Any], Any]:
    if field.message_type is not None:
        return _FLAVOURS[camel_keys, int64_text]
    if field.type == FieldDescriptor.TYPE_BYTES:
        return b64
    if int64_text and field.type in _INT64:
        return str
    return _same


def b64(data: bytes) -> str:
    """Bytes as base64 text."""
    return base64.b64encode(data).decode("ascii")


def _same(value: Any) -> Any:
    return value


#: The converter of nested messages, by flavour (camelCase keys, 64-bit integers as text).
_FLAVOURS: dict[tuple[bool, bool], Callable[[Message], dict[str, Any]]] = {
    (False, False): to_dict, (True, True): to_camel, (False, True): to_portable}
