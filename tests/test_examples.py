"""Every example runs against the embedded fake TikTok (``--fake``), as a user would run it."""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Dict

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: What each example prints for sure within a second of a busy stream.
EXPECTED = {
    "chat_and_gifts.py": ["Connected to room ", "Disconnected (1000)"],
    "room_info.py": ["@demo_streamer is live", "'Demo Streamer is LIVE' by Demo Streamer"],
    "gift_list.py": ["5655: Rose (1 diamonds)", "6369: Lion (29999 diamonds)"],
    "sign_config.py": ["Signing with SignConfig(base_path='http://127.0.0.1:"],
    "iterate_events.py": ["events dropped"],
    "gift_leaderboard.py": ["--- top gifters ---"],
    "proxy.py": ["went through the local proxy"],
    "events_dataframe.py": ["chat ", "from ", " UTC"],
    "many_rooms.py": ["Connected to @demo_streamer (room ", "comments:"],
}


#: The sign server API key the examples find in their environment; it must never be printed.
API_KEY = "euler-key-that-must-stay-secret"


def start(name: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(EXAMPLES / name), "@demo_streamer", "--fake", *args], cwd=EXAMPLES,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "SIGN_API_KEY": API_KEY})


@pytest.fixture(scope="module")
def outputs() -> Dict[str, subprocess.CompletedProcess]:
    """Run the examples side by side for one second each."""
    running = {name: start(name, "--duration", "1") for name in EXPECTED}
    done = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=60)
        done[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    return done


SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("test_"))


def test_every_example_is_covered():
    assert sorted([*EXPECTED, "chat_web_page.py"]) == SCRIPTS


@pytest.mark.parametrize("name", SCRIPTS)
def test_every_example_is_self_contained(name):
    """A user can copy the file alone: it imports the library's public API, nothing local or internal."""
    tree = ast.parse((EXAMPLES / name).read_text())
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    ours = {m for m in modules if m.split(".")[0] == "tiktoklive"}
    assert ours <= {"tiktoklive", "tiktoklive.testing", "tiktoklive.page"}, ours
    stdlib = getattr(sys, "stdlib_module_names", None)  # Python 3.10+
    assert stdlib is None or all(m.split(".")[0] in stdlib | {"tiktoklive"} for m in modules), modules


@pytest.mark.parametrize("name", SCRIPTS)
def test_an_example_run_without_arguments_prints_a_one_line_usage(name):
    result = subprocess.run([sys.executable, str(EXAMPLES / name)], cwd=EXAMPLES.parent, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith(f"usage: python {EXAMPLES / name} @USER") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_fake(outputs, name):
    result = outputs[name]
    assert result.returncode == 0, result.stderr
    for text in EXPECTED[name]:
        assert text in result.stdout, result.stdout[-2000:]
    assert "Traceback" not in result.stderr


def test_the_proxy_example_really_goes_through_its_proxy(outputs):
    used = int(re.search(r"(\d+) requests and tunnels", outputs["proxy.py"].stdout).group(1))
    assert used >= 3  # TikTok's routes (room id, room info) and the WebSocket tunnel; not the sign server


def test_no_example_shows_the_sign_api_key(outputs):
    for result in outputs.values():
        assert API_KEY not in result.stdout + result.stderr
    assert "api_key" not in outputs["sign_config.py"].stdout


def test_the_chat_web_page_embeds_the_reader_page():
    process = start("chat_web_page.py", "--port", "0", "--duration", "3")
    try:
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", first).group(0)
        with urllib.request.urlopen(url, timeout=10) as page:
            assert "<title>TikTok LIVE reader</title>" in page.read().decode("utf-8")
        with urllib.request.urlopen(url + "events", timeout=10) as events:
            assert events.headers["Content-Type"].startswith("text/event-stream")
            lines = iter(events)
            next(line for line in lines if line == b"event: item\n")
            item = json.loads(next(lines)[len(b"data: "):])
        assert item["user"]["uniqueId"].startswith("viewer_") and isinstance(item["id"], str)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        process.communicate()
