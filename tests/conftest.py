"""Fixtures shared by the tests (the fake itself comes from the ``tiktoklive`` pytest plugin; plain helpers
live in ``helpers.py``)."""
from __future__ import annotations

import logging
import signal
import threading
from typing import Iterator

import pytest
from helpers import WAIT, WaitingHook, close_made

from tiktoklive.testing import FakeTikTok
from tiktoklive.web import WebClient

#: The fleet tests' fixtures (a Redis of their own, worker processes): see fleet_support.py.
pytest_plugins = ["fleet_support"]


@pytest.fixture
def fake(fake_tiktok: FakeTikTok) -> Iterator[FakeTikTok]:
    """The session's fake TikTok, reset for this test; raises the errors it collected at the end.

    The connections :func:`helpers.connection` made are closed first, before the fake is checked and reset.
    """
    yield fake_tiktok
    close_made()


@pytest.fixture
def web(fake):
    """A ``WebClient`` pointed at ``fake``."""
    with WebClient(**fake.client_options()) as client:
        yield client


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The command sets up the ``tiktoklive`` logger, as a command does; put it back after each test."""
    logger = logging.getLogger("tiktoklive")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers, logger.level = handlers, level


@pytest.fixture
def ctrl_c_while_waiting(fake: FakeTikTok) -> Iterator[None]:
    """Press Ctrl-C (SIGINT to the main thread) once a ``Connection.wait`` blocks (its log line says so).

    Waiting for that keeps the signal out of ``connect()`` (inside ``Thread.start``, say).
    Python's own SIGINT handler is installed meanwhile, as a runner may ignore SIGINT (``cmd &``).
    """
    def press() -> None:
        if hook.waiting.wait(WAIT):
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    with WaitingHook() as hook:
        presser = threading.Thread(target=press)
        presser.start()
        try:
            yield
        finally:
            hook.waiting.set()  # a test that failed before waiting: let the presser go
            presser.join(WAIT)
            signal.signal(signal.SIGINT, previous)
