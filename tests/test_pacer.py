"""The connect pacer: how long a rate-limited answer holds every connect back, and stopping waiters."""
from __future__ import annotations

import threading
import time

import pytest

from tiktoklive.errors import InvalidOptionError, SignatureRateLimitError
from tiktoklive.pacer import DEFAULT_HOLD, Pacer, hold_time


def test_the_hold_is_retry_after_else_until_the_reset_else_the_default():
    assert hold_time(SignatureRateLimitError("429", retry_after=7, reset_time=time.time() + 100)) == 7
    assert 90 < hold_time(SignatureRateLimitError("429", reset_time=time.time() + 100)) <= 100
    assert hold_time(SignatureRateLimitError("429", reset_time=time.time() - 5)) == 0
    assert hold_time(SignatureRateLimitError("429")) == DEFAULT_HOLD


def test_a_held_pacer_lets_nobody_through_until_stopped():
    pacer = Pacer()
    assert pacer.wait()  # not held: at once
    pacer.hold(3600)
    results = []
    waiter = threading.Thread(target=lambda: results.append(pacer.wait()))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive() and results == []  # still held
    pacer.stop()
    waiter.join(10)
    assert results == [False] and not pacer.wait()


def test_the_rate_must_be_positive():
    with pytest.raises(InvalidOptionError):
        Pacer(0)
