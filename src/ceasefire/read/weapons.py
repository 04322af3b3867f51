"""Weapons: names and classes of weapons mapped to the GUIDE's categories (``lexicon/weapons.tsv``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import compile_alternatives


@dataclass(frozen=True)
class WeaponMention:
    start: int
    end: int
    surface: str
    weapon: str | None  # None for generic nouns such as "targets" or "projectiles"
    kind: str  # model | noun


@cache
def _table() -> tuple[tuple[str, ...], ...]:
    return load_table("weapons.tsv")


@cache
def _pattern() -> re.Pattern[str]:
    return compile_alternatives((row[0] for row in _table()), re.IGNORECASE)


def find_weapons(text: str) -> list[WeaponMention]:
    out = []
    for m in _pattern().finditer(text):
        _, category, kind = _table()[m.lastindex - 1]  # type: ignore[operator]
        out.append(WeaponMention(m.start(), m.end(), m.group(),
                                 None if category == "generic" else category, kind))
    return out
