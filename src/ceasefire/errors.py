"""Every error a user can see, in one place.

One small hierarchy so callers can catch ``CeasefireError`` or something narrower. Messages
say which file, line or field is wrong and what to do about it.
"""
from __future__ import annotations


class CeasefireError(Exception):
    """Base of every error Ceasefire Monitor raises on purpose."""


class InputError(CeasefireError):
    """A document could not be read: the message names the file (and line or field)."""

    def __init__(self, where: str, problem: str, fix: str) -> None:
        self.where, self.problem, self.fix = where, problem, fix
        super().__init__(f"{where}: {problem}. {fix}")
