"""The benchmark code paths on a few frames, so they keep working (no timings are asserted)."""
from __future__ import annotations

import struct

from benchmarks import corpus, live, report, throughput
from benchmarks.__main__ import run_throughput


def test_corpus_is_described() -> None:
    frames = corpus.build(4, seed=1)
    described = corpus.describe(frames)
    assert described["frames"] == 4
    assert corpus.describe(corpus.build(4, seed=1))["mix"] == described["mix"]  # same seed, same mix
    assert described["messages"] == sum(described["mix"].values()) > 0
    assert described["bytes"] == sum(map(len, frames))


def test_corpus_file_is_length_prefixed(tmp_path) -> None:
    frames = corpus.build(3)
    path = tmp_path / "corpus.bin"
    corpus.write(frames, path)
    data, read, offset = path.read_bytes(), [], 0
    while offset < len(data):
        (size,) = struct.unpack_from(">I", data, offset)
        read.append(data[offset + 4:offset + 4 + size])
        offset += 4 + size
    assert read == frames


def test_floor_and_ours_see_every_message() -> None:
    frames = corpus.build(5)
    messages = corpus.describe(frames)["messages"]
    assert throughput.floor(frames) == messages
    # derived events (follow, share) come on top of one event per message
    assert throughput.ours(frames) >= messages
    assert throughput.codec_only(frames) == throughput.ours(frames)
    assert throughput.ours_chat_only(frames) == corpus.describe(frames)["mix"]["WebcastChatMessage"]


def test_throughput_section_renders_without_peers() -> None:
    section = run_throughput({"frames": 3, "repetitions": 1, "tiktoklive_repetitions": 1}, with_peers=False)
    assert set(section["rows"]) == {"floor", "tiktoklive", "tiktoklive chat only", "tiktoklive codec.decode_frame"}
    assert all(row["best"] > 0 for row in section["rows"].values())
    lines = report.throughput_table(section)
    assert any(line.strip().startswith("tiktoklive") for line in lines)


def test_latency_measures_every_message() -> None:
    result = live.latency(rate=200, seconds=0.1)
    assert result["received"] == result["sent"] == 20
    assert 0 < result["p50_ms"] <= result["p99_ms"] <= result["max_ms"]
    assert report.latency_table([{"library": "tiktoklive", **result}])


def test_memory_measurements_run_in_a_fresh_process() -> None:
    idle = live.run("idle_connections", count=2)
    assert idle["connections"] == 2 and idle["rss_after_mib"] > 0
    long_run = live.long_run(events=400, every=100)
    assert long_run["events"] == long_run["sent"] == 400
    assert [n for n, _ in long_run["samples"]] == [100, 200, 300, 400]
    assert report.memory_table({"idle": {"tiktoklive": [idle]}, "per_idle_connection_mib": {}, "long_run": long_run})


def test_scale_step_delivers_every_room_its_messages() -> None:
    result = live.scale(rooms=3, seconds=0.5)
    assert result["received"] == result["expected"] == 3 * 10
    assert report.scale_table({"rate_per_room": 20.0, "max_rooms": {"tiktoklive": 3},
                               "steps": {"tiktoklive": [{**result, "sustained": True}]}})


def test_the_fleet_write_rate_runs_and_renders(tmp_path) -> None:
    import shutil

    import pytest

    from benchmarks import fleet

    if not shutil.which("redis-server"):
        pytest.skip("the fleet benchmark starts a redis-server")
    write = fleet.write_rate(300, rooms=3)
    assert write["written"] + write["duplicates"] == 300 and write["stream_length"] == write["written"]
    takeover = {"rooms": 6, "workers": 3, "lease_ttl_s": 3.0, "chats_per_room": 10, "moved_rooms": 2,
                "takeover_s": 2.5, "lost": 0, "duplicated": 0}
    lines = report.fleet_table({"write": write, "takeover": takeover})
    assert "events/s into Redis" in lines[1] and "0 lost, 0 duplicated" in lines[2]


def test_hub_rows_run() -> None:
    result = live.hub_scale(rooms=3, seconds=0.5)
    assert result["received"] == result["expected"] == 3 * 10
    idle = live.run("hub_idle_rooms", count=2)
    assert idle["connections"] == 2 and idle["rss_after_mib"] > 0
    assert report.scale_table({"rate_per_room": 20.0, "max_rooms": {"tiktoklive Hub": 3},
                               "steps": {"tiktoklive Hub": [{**result, "sustained": True}]}})
    assert report.memory_table({"idle": {"tiktoklive Hub": [idle]}, "per_idle_connection_mib": {},
                                "long_run": {"error": "not run"}})
