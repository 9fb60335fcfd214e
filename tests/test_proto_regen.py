"""``make proto`` (grpcio-tools' protoc) regenerates the committed modules byte for byte."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ["push_pb2.py", "push_pb2.pyi", "webcast_pb2.py", "webcast_pb2.pyi"]


def test_protoc_output_is_identical_to_the_committed_modules(tmp_path):
    pytest.importorskip("grpc_tools")
    # the command of the Makefile's "proto" target, writing into a temporary directory
    subprocess.run([sys.executable, "-m", "grpc_tools.protoc", "--proto_path=tiktoklive/_proto=proto",
                    f"--python_out={tmp_path}", f"--pyi_out={tmp_path}", "proto/push.proto", "proto/webcast.proto"],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    for name in GENERATED:
        fresh = (tmp_path / "tiktoklive" / "_proto" / name).read_bytes()
        assert fresh == (ROOT / "tiktoklive" / "_proto" / name).read_bytes(), f"{name} is stale: run make proto"
