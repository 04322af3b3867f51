"""Clauses: the stretch of a sentence between two breaks (";", ", while", ", and …").

Several steps ask "which words belong with this one?"; each passes the breaks that matter to
it, and this module answers with the clause around a position.
"""
from __future__ import annotations

import re


def clause_bounds(text: str, pos: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """Start and end offsets of the clause of ``text`` that holds ``pos``."""
    start, end = 0, len(text)
    for m in breaks.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def clause_around(text: str, pos: int, breaks: re.Pattern[str]) -> str:
    """The clause of ``text`` that holds ``pos``."""
    start, end = clause_bounds(text, pos, breaks)
    return text[start:end]
