"""Weapons: names and classes of weapons mapped to the GUIDE's categories.

The taxonomy is data: ``lexicon/weapons.tsv`` (Shahed/Geran → drone, Iskander-M → ballistic
missile, Kh-101/Kalibr → cruise missile, KAB → guided bomb, …).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import Table, compile_table


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


# "Shahed-type", "Geran-style", "Kalibr-class": a model named by its type is that model
_OF_THE_TYPE = r"(?:[- ](?:type|style|like|class))?"


@cache
def _pattern() -> Table:
    return compile_table(((f"(?:{row[0]}){_OF_THE_TYPE}" if row[2] == "model" else row[0])
                          for row in _table()), re.IGNORECASE)


@lru_cache(maxsize=64)  # one document's sentences; never a whole corpus
def find_weapons(text: str) -> tuple[WeaponMention, ...]:
    """Weapon names in ``text``; cached, as every builder asks about the same sentence."""
    out = []
    for m, row in _pattern().finditer(text):
        _, category, kind = _table()[row]
        out.append(WeaponMention(m.start(), m.end(), m.group(),
                                 None if category == "generic" else category, kind))
    return tuple(out)
