"""The live chat reader: a web page (and an OBS overlay) showing a stream's chat, gifts and numbers.

:class:`ReaderServer` serves it with the standard library's HTTP server and server-sent events;
the page is plain HTML, CSS and JavaScript shipped with the package. ``tiktoklive serve @USER``
runs it from the command line (:mod:`tiktoklive.page.command`).
"""
from __future__ import annotations

from tiktoklive.page.server import ReaderServer

__all__ = ["ReaderServer"]
