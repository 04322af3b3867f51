"""Cue words of a strike sentence: metrics, people, attacks, negation (``lexicon/cues.tsv``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import compile_alternatives


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    surface: str
    kind: str  # "metric", "person", "person_one", "attack", "attack_verb", "negation", ...
    value: str | None = None  # the metric for kind "metric"


@cache
def _tables() -> dict[str, tuple[list[str], list[str | None]]]:
    tables: dict[str, tuple[list[str], list[str | None]]] = {}
    for pattern, cue in load_table("cues.tsv"):
        kind, _, value = cue.partition(":")
        patterns, values = tables.setdefault(kind, ([], []))
        patterns.append(pattern)
        values.append(value or None)
    return tables


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    flags = 0 if kind == "person" else re.IGNORECASE
    return compile_alternatives(_tables()[kind][0], flags | re.IGNORECASE)


@lru_cache(maxsize=256)  # one document's sentences x cue kinds
def find_cues(text: str, kind: str) -> tuple[Cue, ...]:
    """Cues of one kind in ``text``, left to right (cached: builders ask repeatedly)."""
    values = _tables()[kind][1]
    return tuple(Cue(m.start(), m.end(), m.group(), kind, values[m.lastindex - 1])  # type: ignore[operator]
            for m in _pattern(kind).finditer(text))


def has_cue(text: str, kind: str) -> bool:
    return _pattern(kind).search(text) is not None
