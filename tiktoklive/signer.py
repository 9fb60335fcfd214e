"""Signing through the Euler Stream sign server (or any server speaking its HTTP API)."""
from __future__ import annotations

import dataclasses
import os
from typing import Mapping, Optional


@dataclasses.dataclass(frozen=True)
class SignConfig:
    """Where and how to reach the sign server.

    :param api_key: Euler Stream API key, sent as ``X-Api-Key``.
    :param base_path: base URL of the sign server.
    :param headers: extra headers sent with every sign-server request.
    :param jwt_key: a JWT minted by :meth:`EulerSigner.create_jwt`, sent as ``x-jwt-key``.
    """

    api_key: Optional[str] = dataclasses.field(default=None, repr=False)
    base_path: str = "https://api.eulerstream.com"
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict, repr=False)
    jwt_key: Optional[str] = dataclasses.field(default=None, repr=False)

    @classmethod
    def from_env(cls) -> "SignConfig":
        """Build a config from the ``SIGN_API_KEY`` and ``SIGN_API_URL`` environment variables."""
        return cls(api_key=os.environ.get("SIGN_API_KEY") or None,
                   base_path=os.environ.get("SIGN_API_URL") or cls.base_path)


#: The config used by clients built without ``sign_config``; assign your own before building them.
default_sign_config = SignConfig()
