"""``make proto`` (grpcio-tools' protoc) regenerates the committed modules byte for byte."""
from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ["push_pb2.py", "push_pb2.pyi", "webcast_pb2.py", "webcast_pb2.pyi"]


def make_proto_command(out: Path) -> list:
    """The protoc command of the Makefile's ``proto`` target, writing into ``out`` instead of the tree."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("no make")
    dry_run = subprocess.run([make, "-n", "proto"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    [line] = [line for line in dry_run.splitlines() if "grpc_tools.protoc" in line]
    args = shlex.split(line)
    args = args[args.index("-m"):]
    assert "--python_out=." in args and "--pyi_out=." in args
    return [sys.executable, *(f"{a[:-1]}{out}" if a.endswith("_out=.") else a for a in args)]


def test_protoc_output_is_identical_to_the_committed_modules(tmp_path):
    pytest.importorskip("grpc_tools")
    subprocess.run(make_proto_command(tmp_path), cwd=ROOT, check=True, capture_output=True, timeout=120)
    for name in GENERATED:
        fresh = (tmp_path / "tiktoklive" / "_proto" / name).read_bytes()
        assert fresh == (ROOT / "tiktoklive" / "_proto" / name).read_bytes(), f"{name} is stale: run make proto"
