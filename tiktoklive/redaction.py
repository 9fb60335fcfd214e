"""Keeping secrets out of the log lines of the libraries tiktoklive calls.

urllib3 logs every request's full URL at DEBUG (``urllib3.connectionpool``), and the URLs tiktoklive
requests carry signatures and tokens in their query strings. :func:`install` puts a filter on that
logger which replaces every query string with ``?<redacted>`` (for every request of the process, as
a logger's filter cannot tell whose request a line is about). ``import tiktoklive`` installs it.
"""
from __future__ import annotations

import logging
import re

#: The loggers whose lines name URLs.
URL_LOGGERS = ("urllib3.connectionpool",)
_QUERY = re.compile(r"\?[^\s\"']+")


class QueryRedactor(logging.Filter):
    """Replaces the query string of every URL in a record's message with ``?<redacted>``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _QUERY.sub("?<redacted>", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def install() -> None:
    """Put a :class:`QueryRedactor` on each of :data:`URL_LOGGERS` (once)."""
    for name in URL_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, QueryRedactor) for f in logger.filters):
            logger.addFilter(QueryRedactor())
