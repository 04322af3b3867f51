"""Compile a lexicon table into one regular expression that finds its entries in a sentence."""
from __future__ import annotations

import re
from collections.abc import Iterable


def compile_alternatives(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One regex with a numbered group per pattern, in table order, on word boundaries.

    ``match.lastindex - 1`` is then the row of the table that matched.
    """
    body = "|".join(f"({p})" for p in patterns)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def literal_alternatives(words: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation of literal words, case-sensitive, on word boundaries."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
