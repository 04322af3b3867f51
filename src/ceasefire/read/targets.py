"""Target types from the nouns of a strike sentence (``lexicon/targets.tsv``, GUIDE list)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import Table, compile_table


@dataclass(frozen=True)
class TargetMention:
    start: int
    end: int
    surface: str
    target_type: str


@cache
def _table() -> tuple[tuple[str, ...], ...]:
    return load_table("targets.tsv")


@cache
def _pattern() -> Table:
    return compile_table((row[0] for row in _table()), re.IGNORECASE)


@lru_cache(maxsize=64)  # one document's sentences; never a whole corpus
def find_targets(text: str) -> tuple[TargetMention, ...]:
    """Target nouns of ``text``; a noun of two types ("airbase": airport and military, GUIDE)
    gives one mention per type."""
    return tuple(TargetMention(m.start(), m.end(), m.group(), target_type)
                 for m, row in _pattern().finditer(text)
                 for target_type in _table()[row][1].split(","))
