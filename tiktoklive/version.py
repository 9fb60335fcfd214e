"""The version of tiktoklive (one place, read by the package, the packaging and the sign client)."""

__version__ = "0.1.0"
