"""Installs the peer libraries the benchmarks compare against, each in its own directory under ``.peers``."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

PEERS_DIR = Path(__file__).resolve().parent / ".peers"
TIKTOKLIVE_VERSION = "7.0.1"
NODE_PACKAGE, NODE_VERSION = "tiktok-live-connector", "2.5.0"


class PeerUnavailable(Exception):
    """A peer library could not be installed or run; the message says why."""


def _run(command: list[str], timeout: float) -> str:
    """Run ``command`` and return its stdout, or raise :class:`PeerUnavailable` with its error output."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PeerUnavailable(f"{Path(command[0]).name}: {exc}") from None
    if done.returncode:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise PeerUnavailable(f"{Path(command[0]).name} exited {done.returncode}: {' / '.join(tail)}")
    return done.stdout


def tiktoklive_python() -> Path:
    """The interpreter of a virtualenv holding TikTokLive, created on first use.

    :raises PeerUnavailable: the virtualenv or the install failed (no network, no index, ...).
    """
    venv = PEERS_DIR / "tiktoklive-venv"
    python = venv / "bin" / "python"
    marker = venv / f".installed-{TIKTOKLIVE_VERSION}"
    if not marker.exists():
        _run([sys.executable, "-m", "venv", "--clear", str(venv)], timeout=120)
        _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
              f"TikTokLive=={TIKTOKLIVE_VERSION}"], timeout=600)
        marker.touch()
    return python


def node_package() -> tuple[str, Path]:
    """The ``node`` executable and the directory of tiktok-live-connector, installed with npm on first use.

    :raises PeerUnavailable: node or npm is missing, or the install failed.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        raise PeerUnavailable("node and npm are not on PATH")
    prefix = PEERS_DIR / "node"
    package = prefix / "node_modules" / NODE_PACKAGE
    manifest = package / "package.json"
    if not manifest.exists() or json.loads(manifest.read_text())["version"] != NODE_VERSION:
        prefix.mkdir(parents=True, exist_ok=True)
        _run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--silent",
              f"{NODE_PACKAGE}@{NODE_VERSION}"], timeout=600)
    return node, package


def run_json(command: list[str], timeout: float) -> dict:
    """Run a peer's benchmark script and parse the JSON line it prints.

    :raises PeerUnavailable: the script failed or printed no JSON.
    """
    output = _run(command, timeout)
    try:
        return json.loads(output.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise PeerUnavailable(f"{Path(command[1]).name} printed no result") from None
