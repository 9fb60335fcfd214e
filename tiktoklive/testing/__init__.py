"""A faithful fake TikTok on loopback (HTTP routes, sign server, WebSocket push server) for offline tests."""
