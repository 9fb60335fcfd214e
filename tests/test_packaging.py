"""Packaging: an install that does not flood the terminal, a licence, and make targets that install
only what they need."""
from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def metadata() -> configparser.ConfigParser:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "setup.cfg")
    return config


def test_licence_is_an_spdx_expression_with_its_file_and_no_deprecated_classifier():
    config = metadata()
    assert config["metadata"]["license_expression"] == "MIT"
    assert "License ::" not in config["metadata"]["classifiers"]
    text = (ROOT / config["metadata"]["license_files"]).read_text()
    assert text.startswith("MIT License") and "tiktoklive contributors" in text
    assert 'requires = ["setuptools>=77"]' in (ROOT / "pyproject.toml").read_text()  # reads license_expression


def test_protobuf_7_is_allowed():
    requires = metadata()["options"]["install_requires"]
    assert "protobuf>=6.31.1,<8" in requires.split()


def make_commands(target: str) -> str:
    venv = "/nonexistent-venv-for-make-n"
    return subprocess.run(["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"], capture_output=True, text=True,
                          check=True).stdout


def test_make_demo_installs_the_library_alone_and_lint_the_stubs():
    demo = make_commands("demo")
    assert "pip install --quiet -e ." in demo and "[test]" not in demo and "tiktoklive demo" in demo
    lint = make_commands("lint")
    assert "'.[dev]'" in lint and "mypy tiktoklive" in lint
    dev = metadata()["options.extras_require"]["dev"]
    assert "types-requests" in dev and "types-protobuf" in dev and "pandas-stubs" in dev
