"""``python -m tiktoklive.testing``: runs a fake, prints where it is, stops on time or on Ctrl-C."""
from __future__ import annotations

import json
import signal
import subprocess
import sys

import requests

from tiktoklive.testing.__main__ import main


def test_runs_for_a_duration_and_prints_urls_and_options(capsys):
    assert main(["--room", "someuser", "--offline", "sleepy", "--rate", "50", "--duration", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "web      http://127.0.0.1:" in out and "push     ws://127.0.0.1:" in out
    assert "@someuser" in out and "busy stream 50 messages/s" in out and "@sleepy" in out and "offline" in out
    assert "sign_config=SignConfig(base_path='http://127.0.0.1:" in out


def test_bad_arguments_return_2(capsys):
    assert main(["--rate", "fast"]) == 2
    assert main(["--rate", "-1", "--duration", "0"]) == 2
    assert main(["--port", "65534"]) == 2
    err = capsys.readouterr().err
    assert "invalid float value" in err and "port must be 0" in err


def _default_sigint() -> None:
    """A runner started as ``cmd &`` ignores SIGINT, and children inherit that: give Ctrl-C back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_json_line_and_ctrl_c_returns_130():
    process = subprocess.Popen([sys.executable, "-m", "tiktoklive.testing", "--room", "someuser", "--json"],
                               stdout=subprocess.PIPE, text=True, preexec_fn=_default_sigint)
    try:
        info = json.loads(process.stdout.readline())
        options = info["client_options"]
        assert options["web_base_url"] == info["urls"]["web"] and options["sign_config"]["base_path"]
        page = requests.get(f"{info['urls']['web']}/@someuser/live", timeout=5)
        assert page.status_code == 200 and "SIGI_STATE" in page.text
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 130
    finally:
        process.kill()
        process.stdout.close()
