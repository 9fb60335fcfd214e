"""Fixtures shared by the web and signer tests (the fake itself comes from the ``tiktoklive`` pytest plugin)."""
from __future__ import annotations

import pytest

from tiktoklive.web import WebClient


@pytest.fixture
def fake(fake_tiktok):
    """The session's fake TikTok, reset for this test; raises the errors it collected at the end."""
    return fake_tiktok


@pytest.fixture
def web(fake):
    """A ``WebClient`` pointed at ``fake``."""
    with WebClient(**fake.client_options()) as client:
        yield client


#: The fleet tests' fixtures (a Redis of their own, worker processes): see fleet_support.py.
pytest_plugins = ["fleet_support"]
