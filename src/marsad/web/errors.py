"""The two ways a request can be wrong that are the user's to fix, each with a message saying what."""

from __future__ import annotations

__all__ = ["NotFound", "ParameterError"]


class NotFound(LookupError):
    """The story or article asked for is not in the store (404); the message names it."""


class ParameterError(ValueError):
    """A parameter cannot be used (422); ``param`` names it and the message says what is wrong."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
