"""tiktoklive: receive TikTok LIVE events in real time, from nothing but a streamer's @unique_id.

A synchronous, threaded client for TikTok's Webcast push protocol, with a faithful fake of
TikTok (:mod:`tiktoklive.testing`) for offline tests.
"""
from __future__ import annotations

import logging

from tiktoklive import errors

__version__ = "0.1.0"

__all__ = ["__version__", "errors"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
