"""The ``tiktoklive`` command, run through ``main([...])`` against the fake TikTok."""
from __future__ import annotations

import json
import logging

import pytest
from helpers import at, client_threads, watch_a_short_stream

from tiktoklive.cli import main


def test_demo_runs_the_fake_with_a_busy_stream_and_stops_after_its_duration(capsys):
    assert main(["demo", "--duration", "0.5", "--rate", "200"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[:2] == ["[websocketConnected] WebSocket open", lines[1]] and lines[1].startswith("[connected]")
    assert lines[-1].startswith("[disconnected] disconnected (1000")
    kinds = {line.split("]")[0][1:] for line in lines[2:-1]}
    assert len(lines) > 5 and kinds <= {"chat", "like", "member", "gift", "roomUser", "follow", "share"}
    assert "demo_streamer" in out.err
    assert client_threads() == []


def test_watch_prints_readable_lines_until_the_stream_ends(fake, capsys):
    lines = watch_a_short_stream(fake, capsys)
    assert lines[2:] == ["[chat] @alice: hello", "[gift] @bob sent Lion x1", "[like] @carol liked x3 (total 3)",
                         lines[5], "[streamEnd] " + lines[6].split("] ", 1)[1], "[disconnected] disconnected (1000)"]
    assert lines[5].startswith("[controlMessage]")


def test_watch_json_lines_only_the_chosen_events_and_a_recording_that_replays(fake, capsys, tmp_path):
    recording = tmp_path / "stream.jsonl"
    lines = watch_a_short_stream(fake, capsys, "--events", "chat,gift", "--json", "--record", str(recording))
    watched = [json.loads(line) for line in lines]
    assert [(line["event"], line["data"].get("comment")) for line in watched] == [("chat", "hello"), ("gift", None)]
    assert watched[0]["data"]["user"]["unique_id"] == "alice"
    assert watched[1]["data"]["gift"]["name"] == "Lion"

    assert main(["replay", str(recording), "--events", "chat,gift", "--json"]) == 0
    replayed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert replayed == watched
    assert main(["replay", str(recording)]) == 0
    names = [line.split("]")[0][1:] for line in capsys.readouterr().out.splitlines()]
    assert names[:4] == ["chat", "gift", "like", "controlMessage"] and "streamEnd" in names


def test_replay_of_a_file_that_is_no_recording_fails(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"t": 0, "frame": "not base64!"}\n')
    assert main(["replay", str(bad)]) == 1
    assert "bad.jsonl:1 is not a recorded frame" in capsys.readouterr().err


def test_info_and_gifts(fake, capsys):
    room = fake.room("streamer", title="Late night chat")
    assert main(["info", "@streamer", *at(fake)]) == 0
    out = capsys.readouterr().out
    assert f"@streamer: live, room {room.room_id}" in out and "title: Late night chat" in out
    assert main(["gifts", "streamer", *at(fake)]) == 0
    gifts = capsys.readouterr().out.splitlines()
    assert "    5655       1 diamonds  Rose (streakable)" in gifts and gifts[-1].endswith("TikTok Universe")
    assert len(gifts) == 11


def test_errors_go_to_stderr_with_exit_code_1(fake, capsys):
    fake.room("sleeper", live=False)
    assert main(["watch", "@sleeper", *at(fake)]) == 1
    out = capsys.readouterr()
    assert out.err.startswith("error: ") and "not live" in out.err
    assert main(["info", "@nobody_at_all", *at(fake)]) == 1
    assert "error: " in capsys.readouterr().err


def test_bad_arguments_exit_2_with_usage(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["watch", "@streamer", "--events", "chatt"])
    assert exited.value.code == 2
    assert "did you mean 'chat'" in capsys.readouterr().err


@pytest.mark.usefixtures("ctrl_c_while_waiting")
def test_ctrl_c_disconnects_and_exits_130(fake, capsys):
    fake.room("streamer")
    assert main(["watch", "@streamer", *at(fake)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert client_threads() == []
    fake.wait_for(lambda: fake.sockets[0].closed_by == "client")


def test_verbosity_sets_the_library_logger_level(fake):
    fake.room("streamer")
    for flags, level in (([], logging.WARNING), (["-v"], logging.INFO), (["-vv"], logging.DEBUG)):
        assert main([*flags, "info", "streamer", *at(fake)]) == 0
        assert logging.getLogger("tiktoklive").level == level


def test_module_entry_point_runs_main():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "tiktoklive", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("tiktoklive ")


def test_watching_a_user_that_does_not_exist_says_so_once(fake, capsys):
    assert main(["watch", "nobody", *at(fake)]) == 1
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if "nobody" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and "every route says @nobody does not exist" in lines[0]
    assert "proxy" not in lines[0]
