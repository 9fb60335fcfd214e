"""The command's JSON output (ids as strings), ``info``/``gifts --json``, ``--fake`` with any
spelling of @USER, and durations that cannot be negative."""
from __future__ import annotations

import json
from typing import Any, List

import pytest
from helpers import WAIT, at, run_in_thread, watch_a_short_stream

from tiktoklive.cli import MAX_SAFE_INTEGER, main


def integers(line: str) -> List[int]:
    """Every JSON number of ``line`` that is an integer."""
    found: List[int] = []
    json.loads(line, parse_int=lambda text: found.append(int(text)) or int(text))
    return found


def test_watch_json_writes_64_bit_ids_as_strings(fake, capsys):
    lines = watch_a_short_stream(fake, capsys, "--events", "chat,like", "--json")
    chat, like = (json.loads(line) for line in lines)
    user = chat["data"]["user"]
    assert user["unique_id"] == "alice" and isinstance(user["id"], str) and int(user["id"]) > MAX_SAFE_INTEGER
    assert isinstance(chat["data"]["common"]["msg_id"], str) and isinstance(chat["data"]["common"]["room_id"], str)
    assert like["data"]["like_count"] == 3  # counts stay numbers
    assert all(abs(n) <= MAX_SAFE_INTEGER for line in lines for n in integers(line))


def test_info_json(fake, capsys):
    room = fake.room("streamer", title="Late night chat")
    assert main(["info", "@streamer", "--json", *at(fake)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    data = json.loads(line)
    assert (data["unique_id"], data["is_live"], data["room_id"], data["title"]) == (
        "streamer", True, str(room.room_id), "Late night chat")
    assert data["owner"]["bio_description"] == room.host.bio_description and data["owner"]["id"] == str(room.host.id)
    assert data["hls_url"].endswith(".m3u8") and set(data["flv_urls"]) == {"FULL_HD1", "HD1", "SD1", "SD2"}
    assert all(abs(n) <= MAX_SAFE_INTEGER for n in integers(line))


def test_gifts_json(fake, capsys):
    fake.room("streamer")
    assert main(["gifts", "streamer", "--json", *at(fake)]) == 0
    gifts: List[Any] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(gifts) == 11 and gifts[0]["diamond_count"] <= gifts[-1]["diamond_count"]
    rose = next(g for g in gifts if g["id"] == 5655)
    assert (rose["name"], rose["diamond_count"], rose["streakable"]) == ("Rose", 1, True)
    assert rose["image_url"].startswith("https://")


@pytest.mark.parametrize("spelling", ["someone", "@someone", "https://www.tiktok.com/@someone/live"])
def test_fake_takes_every_spelling_of_the_user(capsys, spelling):
    assert main(["info", spelling, "--fake", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["unique_id"], data["is_live"], data["owner"]["unique_id"]) == ("someone", True, "someone")


@pytest.mark.parametrize("command", [["watch", "@streamer"], ["demo"]])
@pytest.mark.parametrize("duration", ["-1", "-0.5", "nan", "soon"])
def test_duration_refuses_negatives(capsys, command, duration):
    with pytest.raises(SystemExit) as exited:
        main([*command, "--duration", duration])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--duration" in err and f"{duration!r} is not a duration: give 0 or more seconds" in err


def test_watch_shows_a_subscription_once(fake, capsys):
    room = fake.room("streamer")
    thread, result = run_in_thread(["watch", "@streamer", *at(fake)])
    fake.wait_for_sockets(room)
    room.subscribe("gina", sub_month=3)
    room.end_stream()
    thread.join(WAIT)
    assert result == [0]
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if "gina" in line] == ["[subscribe] @gina subscribed (3 months)"]
