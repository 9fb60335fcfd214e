"""``python -m tiktoklive``: the command line (see :mod:`tiktoklive.cli`)."""
from __future__ import annotations

import sys

from tiktoklive.cli import main

if __name__ == "__main__":
    sys.exit(main())
