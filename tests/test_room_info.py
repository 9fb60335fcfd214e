"""Room info as the Node README's example reads it: the creation time, the owner's bio and the
stream's play URLs, through typed accessors beside ``.raw``."""
from __future__ import annotations

import time

from tiktoklive import Connection
from tiktoklive.web import RoomInfo, RoomOwner


def test_room_info_of_a_connect_reads_as_the_node_readme_does(fake):
    room = fake.room("streamer", title="Cooking")
    with Connection("@streamer", **fake.client_options()) as conn:
        info = conn.connect().room_info
    assert abs(info.create_time - (time.time() - 600)) < 120
    assert info.create_time == info.raw["data"]["create_time"]
    owner = info.owner
    assert isinstance(owner, RoomOwner)
    assert (owner.unique_id, owner.id, owner.nickname) == ("streamer", str(room.host.id), room.host.nickname)
    assert owner.bio_description == "Streaming daily! Follow @streamer" == info.raw["data"]["owner"]["bio_description"]
    assert owner.avatar_url == room.host.avatar_large.url_list[0] and owner.follower_count > 0
    assert info.hls_url == info.raw["data"]["stream_url"]["hls_pull_url"]
    assert info.hls_url.startswith("https://") and info.hls_url.endswith(".m3u8")
    assert list(info.flv_urls) == ["FULL_HD1", "HD1", "SD1", "SD2"]
    assert all(url.endswith(".flv") and str(room.room_id) in url for url in info.flv_urls.values())


def test_a_room_info_without_owner_or_stream_gives_none_and_empty():
    info = RoomInfo({"status_code": 0, "data": {"id_str": "1", "stream_url": {"flv_pull_url": {"SD1": ""}}}})
    assert info.owner is None and info.hls_url is None and info.flv_urls == {}
    assert RoomInfo({"data": None}).flv_urls == {} and RoomInfo({}).owner is None
