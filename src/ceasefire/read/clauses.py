"""Clauses: the stretch of a sentence between two breaks (";", ", while", ", and …").

Several steps ask "which words belong with this one?"; each passes the breaks that matter to
it, and this module answers with the clause around a position.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache


def clause_bounds(text: str, pos: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """Start and end offsets of the clause of ``text`` that holds ``pos``."""
    starts, ends = _breaks(text, breaks)
    before = bisect_right(ends, pos)  # the breaks that end at or before ``pos``
    start = ends[before - 1] if before else 0
    # the first later break that starts at or after ``pos`` (one around ``pos`` is neither)
    after = next((s for s in starts[before:] if s >= pos), len(text))
    return start, after


@lru_cache(maxsize=512)  # a sentence is asked about again and again, with a few kinds of break
def _breaks(text: str, breaks: re.Pattern[str]) -> tuple[list[int], list[int]]:
    found = [m.span() for m in breaks.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def clause_around(text: str, pos: int, breaks: re.Pattern[str]) -> str:
    """The clause of ``text`` that holds ``pos``."""
    start, end = clause_bounds(text, pos, breaks)
    return text[start:end]
