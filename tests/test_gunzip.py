"""codec.gunzip: gzip members with every optional header field, and the damage it must refuse."""
from __future__ import annotations

import gzip
import io
import struct
import zlib

import pytest

from tiktoklive import codec, wire
from tiktoklive.errors import DecodeError, FrameTooLargeError

DATA = b"a busy room's messages " * 500


@pytest.fixture(autouse=True, params=["zlib", "zlib_ng"])
def inflater(request, monkeypatch):
    """Every test twice: with the standard library's zlib and with zlib-ng (the ``speed`` extra)."""
    module = zlib if request.param == "zlib" else pytest.importorskip("zlib_ng.zlib_ng")
    monkeypatch.setattr(wire, "inflate_with", module)


def member(data: bytes = DATA, *, flags: int = 0, extra: bytes = b"", name: bytes = b"", comment: bytes = b"") -> bytes:
    """A gzip member built field by field (RFC 1952), with the optional header fields ``flags`` asks for."""
    header = struct.pack("<BBBBIBB", 0x1F, 0x8B, 8, flags, 0, 0, 255)
    if flags & 0x04:
        header += struct.pack("<H", len(extra)) + extra
    if flags & 0x08:
        header += name + b"\0"
    if flags & 0x10:
        header += comment + b"\0"
    if flags & 0x02:
        header += struct.pack("<H", zlib.crc32(header) & 0xFFFF)
    deflater = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = deflater.compress(data) + deflater.flush()
    return header + body + struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)


@pytest.mark.parametrize("fields", [{}, {"flags": 0x04, "extra": b"xy"}, {"flags": 0x08, "name": b"frame.bin"},
                                    {"flags": 0x10, "comment": b"hi"}, {"flags": 0x1E, "extra": b"e", "name": b"n",
                                                                        "comment": b"c"}])
def test_every_header_field_is_skipped(fields):
    assert codec.gunzip(member(**fields)) == DATA


def test_what_the_standard_library_writes_inflates_the_same():
    out = io.BytesIO()
    with gzip.GzipFile("named.bin", "wb", fileobj=out, mtime=1) as file:
        file.write(DATA)
    assert codec.gunzip(out.getvalue()) == DATA == codec.gunzip(gzip.compress(DATA))


@pytest.mark.parametrize("damage", [
    lambda m: m[:-4] + struct.pack("<I", len(DATA) + 1),  # the trailer's length is wrong
    lambda m: m[:-3],  # the trailer is cut
    lambda m: m[:len(m) // 2],  # the stream is cut
    lambda m: b"\x1f\x8b\x07" + m[3:],  # not deflate
    lambda m: m[:3] + b"\x20" + m[4:],  # a reserved flag
    lambda m: m[:3] + b"\x08" + m[4:12],  # a name that never ends
    lambda m: m[:12] + b"\xff" * 20 + m[32:],  # a corrupt deflate stream
    lambda m: b"",
])
def test_damage_is_a_decode_error(damage):
    with pytest.raises(DecodeError):
        codec.gunzip(damage(member()))


def test_inflating_stops_at_the_cap():
    with pytest.raises(FrameTooLargeError):
        codec.gunzip(member(b"\0" * 100_000), max_size=10_000)
