"""Benchmarks of tiktoklive against its peers (TikTokLive for Python, tiktok-live-connector for Node).

Run them with ``python -m benchmarks`` (``make bench``); ``--quick`` for a short run. They print a
table and write ``benchmarks/results.json``.
"""
