"""The wire format: binary WebSocket frames in and out, as protobuf messages, with no I/O.

A frame TikTok pushes is a ``WebcastPushFrame`` whose payload (gzip-compressed when its
``compress_type`` header says so) is a ``WebcastResponse``, a batch of messages each named by its
``method``. The functions here take frames apart and build them, for the client and for a server
alike (``tiktoklive.testing`` builds its frames with them). Turning messages into events is
:mod:`tiktoklive.receiver`'s job; :mod:`tiktoklive.codec` is the one-shot form of it.
"""
from __future__ import annotations

import gzip
import importlib
import random
import zlib
from types import ModuleType
from typing import Any, Iterable, Mapping, Optional

from google.protobuf.message import DecodeError as _ProtobufDecodeError
from google.protobuf.message import Message

from tiktoklive._proto import push_pb2
from tiktoklive.errors import DecodeError, FrameTooLargeError


def _fastest_zlib() -> ModuleType:
    """zlib-ng where installed (the ``speed`` extra: it inflates TikTok's payloads in two thirds of
    zlib's time), else the standard library's zlib."""
    try:
        return importlib.import_module("zlib_ng.zlib_ng")
    except ImportError:
        return zlib


#: The zlib module that inflates payloads (same interface as :mod:`zlib`).
inflate_with = _fastest_zlib()

PushFrame = push_pb2.WebcastPushFrame
FetchResult = push_pb2.WebcastResponse
BaseMessage = push_pb2.BaseProtoMessage

#: ``payload_type`` of the frames of the protocol.
MSG, HEARTBEAT, ACK, ENTER_ROOM, ENTER_ROOM_RESPONSE, CLOSE = (
    "msg", "hb", "ack", "im_enter_room", "im_enter_room_resp", "close")

_GZIP_MAGIC = b"\x1f\x8b\x08"
# gzip header flags (RFC 1952 2.3.1)
_GZIP_HEADER_CRC, _GZIP_EXTRA, _GZIP_NAME, _GZIP_COMMENT, _GZIP_RESERVED = 0x02, 0x04, 0x08, 0x10, 0xE0
#: Largest binary frame accepted by default (bytes on the wire; TikTok's frames are a few KiB).
DEFAULT_MAX_FRAME_SIZE = 8 * 1024 * 1024
#: Largest decompressed payload accepted by default (a gzip bomb is cut off here, not inflated).
DEFAULT_MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024


def decode_error(what: str, exc: Exception, data: bytes) -> DecodeError:
    """The :class:`~tiktoklive.errors.DecodeError` of protobuf's error ``exc`` on ``data`` (``what`` it was)."""
    return DecodeError(what, str(exc) or "invalid protobuf", data)


def parse_push_frame(data: bytes) -> PushFrame:
    """Parse one binary WebSocket frame.

    :raises DecodeError: the bytes are not a push frame.
    """
    if not data:
        raise DecodeError("push frame", "empty frame", data)
    try:
        frame = PushFrame.FromString(data)
    except _ProtobufDecodeError as exc:
        raise decode_error("push frame", exc, data) from None
    if frame.payload_encoding != "pb" and not frame.payload_type:
        raise DecodeError("push frame", "neither payload encoding nor payload type is set", data)
    return frame


def frame_payload(frame: PushFrame, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE) -> bytes:
    """The frame's payload, gunzipped when its ``compress_type`` header or the gzip magic says so.

    Inflates incrementally and stops after ``max_size`` bytes: a decompression bomb costs at most
    that much memory and time.

    :raises FrameTooLargeError: the payload inflates to more than ``max_size`` bytes.
    :raises DecodeError: the payload claims to be gzip but is truncated or corrupt.
    """
    payload = frame.payload
    if frame.headers.get("compress_type") != "gzip" and payload[:3] != _GZIP_MAGIC:
        return payload
    return gunzip(payload, max_size)


def gunzip(payload: bytes, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE) -> bytes:
    """One gzip member, inflated: the header is checked here, the deflate stream by zlib (raw, so
    that it skips the CRC-32, a quarter of the cost: TCP and TLS guard the bytes already), and the
    trailer's length against what came out. Stops after ``max_size`` bytes.

    :raises FrameTooLargeError: it inflates to more than ``max_size`` bytes.
    :raises DecodeError: it is not gzip, or is truncated or corrupt.
    """
    inflater = inflate_with.decompressobj(-zlib.MAX_WBITS)
    try:
        data = inflater.decompress(memoryview(payload)[_gzip_body(payload):], max_size + 1)
    except inflate_with.error as exc:
        raise DecodeError("gzip payload", str(exc), payload) from None
    if len(data) > max_size:
        raise FrameTooLargeError("decompressed payload", max_size)
    trailer = inflater.unused_data
    if not inflater.eof or len(trailer) < 8:
        raise DecodeError("gzip payload", "incomplete or truncated stream", payload)
    if int.from_bytes(trailer[4:8], "little") != len(data) & 0xFFFFFFFF:
        raise DecodeError("gzip payload", "the length in its trailer is not what it inflates to", payload)
    return data


def _gzip_body(payload: bytes) -> int:
    """Where the deflate stream of a gzip member starts, past its header (RFC 1952).

    :raises DecodeError: no gzip header, or a truncated or invalid one.
    """
    if payload[:3] != _GZIP_MAGIC or len(payload) < 10 or payload[3] & _GZIP_RESERVED:
        raise DecodeError("gzip payload", "not a gzip stream (bad header)", payload)
    flags, start = payload[3], 10
    try:
        if flags & _GZIP_EXTRA:
            start += 2 + int.from_bytes(payload[10:12], "little")
        for field in (_GZIP_NAME, _GZIP_COMMENT):  # zero-terminated
            if flags & field:
                start = payload.index(b"\0", start) + 1
    except ValueError:
        raise DecodeError("gzip payload", "truncated header", payload) from None
    start += 2 if flags & _GZIP_HEADER_CRC else 0
    if start > len(payload):
        raise DecodeError("gzip payload", "truncated header", payload)
    return start


def parse_fetch_result(data: bytes) -> FetchResult:
    """Parse a ``WebcastResponse`` (a "msg" frame's payload, the sign server's initial fetch, an
    ``im/fetch`` polling body).

    :raises DecodeError: the bytes are not a fetch result.
    """
    try:
        return FetchResult.FromString(data)
    except _ProtobufDecodeError as exc:
        raise decode_error("WebcastResponse", exc, data) from None


def cursor_position(cursor: str) -> Optional[int]:
    """The stream position a cursor carries (its ``s-N`` part: messages sent up to this result), if any."""
    for part in cursor.split("_"):
        if part.startswith("s-") and part[2:].isdigit():
            return int(part[2:])
    return None


def unpack_frame(data: bytes, *, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
                 max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE) -> tuple[PushFrame, Optional[FetchResult]]:
    """Parse a frame and, for a "msg" frame, its fetch result (``None`` for other frame types).

    :raises FrameTooLargeError: the frame is over ``max_frame_size`` bytes, or its payload inflates
        to more than ``max_decompressed_size``.
    :raises DecodeError: the frame, its gzip payload or its fetch result is corrupt.
    """
    if len(data) > max_frame_size:
        raise FrameTooLargeError("push frame", max_frame_size, len(data))
    frame = parse_push_frame(data)
    if frame.payload_type != MSG:
        return frame, None
    return frame, parse_fetch_result(frame_payload(frame, max_decompressed_size))


# ---------------------------------------------------------------- building frames


def encode_frame(payload_type: str, payload: bytes = b"", *, log_id: int = 0, seq_id: int = 0,
                 headers: Optional[Mapping[str, str]] = None) -> bytes:
    """Serialize a push frame (``payload_encoding`` is always ``"pb"``)."""
    frame = PushFrame(seq_id=seq_id, log_id=log_id, payload_encoding="pb", payload_type=payload_type,
                      payload=payload)
    if headers:
        frame.headers.update(headers)
    return frame.SerializeToString()


def encode_heartbeat(room_id: int, seq: int) -> bytes:
    """The client's "hb" frame: ``HeartBeatMessage{room_id, send_packet_seq_id}``."""
    payload = push_pb2.HeartBeatMessage(room_id=room_id, send_packet_seq_id=seq).SerializeToString()
    return encode_frame(HEARTBEAT, payload)


def new_enter_unique_id() -> int:
    """A random positive 63-bit id for one enter-room (the server echoes it back)."""
    return random.randint(1, 2**63 - 1)


def encode_enter_room(room_id: int, *, enter_unique_id: int = 0, cursor: str = "") -> bytes:
    """The client's "im_enter_room" frame, with the values TikTok's web client sends."""
    message = push_pb2.WebcastImEnterRoomMessage(
        room_id=room_id, live_id=12, identity="audience", cursor=cursor,
        enter_unique_id=enter_unique_id, filter_welcome_msg="0")
    return encode_frame(ENTER_ROOM, message.SerializeToString())


def encode_ack(log_id: int, internal_ext: str) -> bytes:
    """The client's "ack" of a ``need_ack`` result: the frame's log id and the result's internal_ext."""
    return encode_frame(ACK, internal_ext.encode("utf-8"), log_id=log_id)


def wrap_message(method: str, message: Message, *, msg_id: int = 0) -> BaseMessage:
    """Wrap one Webcast message into the ``BaseProtoMessage`` a fetch result carries."""
    return BaseMessage(method=method, payload=message.SerializeToString(), msg_id=msg_id)


def encode_fetch_result(messages: Iterable[BaseMessage], *, cursor: str = "", internal_ext: str = "",
                        need_ack: bool = False, now: int = 0, **fields: Any) -> bytes:
    """Serialize a ``WebcastResponse`` (extra keyword arguments are its other fields)."""
    return FetchResult(messages=list(messages), cursor=cursor, internal_ext=internal_ext, need_ack=need_ack,
                       now=now, **fields).SerializeToString()


def encode_message_frame(result: bytes, *, log_id: int, seq_id: int = 0, compress: bool = True,
                         compresslevel: int = 6) -> bytes:
    """The server's "msg" frame around a serialized fetch result, gzip-compressed as TikTok sends it."""
    if compress:
        return encode_frame(MSG, gzip.compress(result, compresslevel, mtime=0), log_id=log_id, seq_id=seq_id,
                            headers={"compress_type": "gzip"})
    return encode_frame(MSG, result, log_id=log_id, seq_id=seq_id, headers={"compress_type": "none"})
