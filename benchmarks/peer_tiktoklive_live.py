"""Latency and memory of TikTokLive through real connections to the fake TikTok, in its own virtualenv.

Usage: ``python peer_tiktoklive_live.py URLS_JSON ROOMS_JSON``. Connects one ``TikTokLiveClient`` per
room to the fake whose ``urls`` are given, then prints ``{"rss_before_mib", "rss_after_mib"}``;
then reads one line ``{"expect": N, "timeout": S}`` and, once every client has seen ``N`` events of
the busy mix (or after ``S`` seconds), prints ``{"lags_ns": [...]}``: for each event, the wall clock
at the handler minus the fake's send stamp (``common.client_send_time``).
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time

os.environ.pop("SIGN_API_URL", None)  # it would win over WebDefaults.tiktok_sign_url

from TikTokLive import TikTokLiveClient, events  # noqa: E402 (after the environment is cleaned)
from TikTokLive.client.web.web_settings import WebDefaults  # noqa: E402

#: One event class per message of the busy mix (follows and shares also come as SocialEvent).
MIX_EVENTS = (events.CommentEvent, events.GiftEvent, events.LikeEvent, events.JoinEvent, events.RoomUserSeqEvent,
              events.SocialEvent)


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


async def run(rooms: list[str]) -> None:
    lags: list[int] = []
    connected = asyncio.Event()
    pending = [len(rooms)]

    async def on_connect(event: events.ConnectEvent) -> None:
        pending[0] -= 1
        if not pending[0]:
            connected.set()

    def on_event(event: events.CommentEvent) -> None:
        lags.append(time.time_ns() - event.common.client_send_time)

    rss_before = rss_mib()
    clients = []
    for room in rooms:
        client = TikTokLiveClient(unique_id=room)
        client.add_listener(events.ConnectEvent, on_connect)
        for event_class in MIX_EVENTS:
            client.add_listener(event_class, on_event)
        await client.start()
        clients.append(client)
    await asyncio.wait_for(connected.wait(), 60)
    await asyncio.sleep(1.0)  # let the first heartbeats go by, as for tiktoklive
    print(json.dumps({"rss_before_mib": rss_before, "rss_after_mib": rss_mib()}), flush=True)
    order = json.loads(await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline))
    deadline = time.monotonic() + order["timeout"]
    while len(lags) < order["expect"] * len(rooms) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    print(json.dumps({"lags_ns": lags}), flush=True)
    for client in clients:
        await client.disconnect()


def main() -> None:
    urls, rooms = json.loads(sys.argv[1]), json.loads(sys.argv[2])
    WebDefaults.tiktok_app_url = urls["web"]
    WebDefaults.tiktok_webcast_url = urls["webcast"] + "/webcast"
    WebDefaults.tiktok_sign_url = urls["sign"]
    asyncio.run(run(rooms))


if __name__ == "__main__":
    main()
