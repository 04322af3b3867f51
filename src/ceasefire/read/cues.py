"""Cue words of a strike sentence: metrics, people, attacks, negation (``lexicon/cues.tsv``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import Table, compile_table


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
def _pattern(kind: str) -> Table:
    return compile_table(_tables()[kind][0], re.IGNORECASE)


@lru_cache(maxsize=1024)  # one document's sentences x cue kinds
def find_cues(text: str, kind: str) -> tuple[Cue, ...]:
    """Cues of one kind in ``text``, left to right (cached: builders ask repeatedly)."""
    values = _tables()[kind][1]
    return tuple(Cue(m.start(), m.end(), m.group(), kind, values[row])
                 for m, row in _pattern(kind).finditer(text))


def cues_between(text: str, kind: str, start: int, end: int) -> tuple[Cue, ...]:
    """Cues of one kind within ``text[start:end]`` (offsets into ``text``; not cached: for the
    short windows around a figure, which would only crowd the cache)."""
    values = _tables()[kind][1]
    return tuple(Cue(m.start(), m.end(), m.group(), kind, values[row])
                 for m, row in _pattern(kind).finditer(text, max(0, start), end))


def cue_at(text: str, pos: int, kind: str) -> Cue | None:
    """The cue of one kind that starts at ``pos``, if any."""
    found = _pattern(kind).match(text, pos)
    if found is None:
        return None
    m, row = found
    return Cue(m.start(), m.end(), m.group(), kind, _tables()[kind][1][row])


def has_cue(text: str, kind: str) -> bool:
    return _pattern(kind).search(text)
