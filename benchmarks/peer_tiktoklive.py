"""Decode throughput of the Python library TikTokLive, run inside its own virtualenv.

Usage: ``python peer_tiktoklive.py CORPUS REPETITIONS``; prints one JSON line
``{"version", "messages", "events", "times"}``. The corpus holds length-prefixed WebSocket frames
(4-byte big-endian length, then the frame).

The code path is the one ``TikTokLiveClient`` runs for every received WebSocket message
(``WebcastWSConnect.__aiter__`` then ``TikTokLiveClient._ws_client_loop``), minus the socket:
``WebcastPushFrame().parse`` -> ``extract_webcast_response_message`` (gunzip + parse) ->
``_parse_webcast_response`` (method -> event class, event parse, custom events) -> ``emit``
to a handler registered with ``client.add_listener``.
"""
from __future__ import annotations

import asyncio
import json
import struct
import sys
import time

from TikTokLive import TikTokLiveClient
from TikTokLive.__version__ import PACKAGE_VERSION
from TikTokLive.client.ws.ws_utils import extract_webcast_response_message
from TikTokLive.events import custom_events, proto_events
from TikTokLive.proto import WebcastPushFrame


def read_frames(path: str) -> list[bytes]:
    with open(path, "rb") as file:
        data = file.read()
    frames, offset = [], 0
    while offset < len(data):
        (size,) = struct.unpack_from(">I", data, offset)
        frames.append(data[offset + 4:offset + 4 + size])
        offset += 4 + size
    return frames


async def run(frames: list[bytes], repetitions: int) -> dict:
    client = TikTokLiveClient(unique_id="benchmark")
    client._room_id = 7312345678901234567  # set by start() after the room lookup
    seen, last_user = [0], [""]

    def handler(event: object) -> None:
        # Like the handlers of the other libraries: count, and read who did it.
        user = getattr(event, "user", None)
        if user is not None:
            last_user[0] = user.display_id
        seen[0] += 1

    for event_class in {*proto_events.EVENT_MAPPINGS.values(), custom_events.FollowEvent,
                        custom_events.ShareEvent}:
        client.add_listener(event_class, handler)

    messages = 0
    times = []
    for _ in range(repetitions):
        seen[0] = 0
        messages = 0
        start = time.perf_counter()
        for data in frames:
            push_frame = WebcastPushFrame().parse(data)
            if push_frame.payload_type != "msg":
                continue
            response = extract_webcast_response_message(push_frame, logger=client._logger)
            messages += len(response.messages)
            async for event in client._parse_webcast_response(response):
                client._logger.debug(f"Received Event '{event.get_type()}' [{event.size} bytes]")
                client.emit(event.get_type(), event)
        times.append(time.perf_counter() - start)
    return {"version": PACKAGE_VERSION, "messages": messages, "events": seen[0], "times": times}


def main() -> None:
    frames = read_frames(sys.argv[1])
    print(json.dumps(asyncio.run(run(frames, int(sys.argv[2])))))


if __name__ == "__main__":
    main()
