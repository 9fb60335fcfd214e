"""README.rst is the package's page on PyPI: it must be valid reStructuredText (a broken table or
title renders as raw text there)."""
from __future__ import annotations

import io
from pathlib import Path

import docutils.core

README = Path(__file__).resolve().parent.parent / "README.rst"


def test_the_readme_is_valid_restructuredtext():
    warnings = io.StringIO()
    docutils.core.publish_doctree(README.read_text(encoding="utf-8"), source_path=str(README),
                                  settings_overrides={"warning_stream": warnings, "report_level": 2,
                                                      "halt_level": 5})
    assert warnings.getvalue() == ""
