"""Actors and sides: people, offices, states and capitals mapped to an ISO country code.

The table is ``lexicon/actors.tsv``. Titles ("Governor X", "the mayor of Y") are handled by
the attribution step, which takes the side from the place the official governs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import literal_alternatives


@dataclass(frozen=True)
class Actor:
    name: str
    side: str | None
    kind: str  # state | capital | office | person | media


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    surface: str
    actor: Actor


@cache
def _lexicon() -> dict[str, Actor]:
    return {row[0]: Actor(row[1], row[2] or None, row[3]) for row in load_table("actors.tsv")}


@cache
def _spokespeople() -> dict[str, Actor]:
    bodies = {actor.name: actor for actor in _lexicon().values() if actor.kind == "office"}
    return {row[0]: bodies[row[1]] for row in load_table("spokespeople.tsv")}


def body_voiced_by(person: str) -> Actor | None:
    """The body whose figures ``person`` gives by their office ("Yurii Ihnat": the Air Force;
    ``lexicon/spokespeople.tsv``), else None. A spelling the actor lexicon knows ("Yuriy
    Ihnat") is its person's."""
    known = _lexicon().get(person)
    return _spokespeople().get(known.name if known is not None else person)


@cache
def _pattern():  # type: ignore[no-untyped-def]
    return literal_alternatives(_lexicon())


@lru_cache(maxsize=64)  # one document's sentences; never a whole corpus
def find_actors(text: str) -> tuple[ActorMention, ...]:
    """Every lexicon actor named in ``text``, longest form first, left to right."""
    lexicon = _lexicon()
    return tuple(ActorMention(m.start(), m.end(), m.group(), lexicon[m.group()])
                 for m in _pattern().finditer(text)
                 if not _namesake(text, m.start(), m.group(), lexicon[m.group()]))


@cache
def _given_names() -> frozenset[str]:
    """The first words of the lexicon's full personal names ("Oleh", "Vladimir", "Andriy")."""
    return frozenset(actor.name.split()[0] for actor in _lexicon().values()
                     if actor.kind == "person" and " " in actor.name)


_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# given names that one person is spelt with in Russian and in Ukrainian ("Vladimir Zelensky")
_SPELLINGS = ({"Vl", "Vo"}, {"Al", "Ol"}, {"Mi", "My"}, {"Ni", "My"}, {"Py", "Pe"},
              {"Gr", "Hr"}, {"Ge", "He"}, {"Ye", "Ev"})


def _namesake(text: str, start: int, surface: str, actor: Actor) -> bool:
    """A surname the lexicon knows alone, after another person's given name: "Oleh Kovalenko"
    is not Andriy Kovalenko (a given name told apart only where it is one the lexicon knows,
    so a title before the surname, "Governor Gladkov", never is one)."""
    if actor.kind != "person" or " " in surface or " " not in actor.name:
        return False
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 16), start)
    if before is None or before.group(1) not in _given_names():
        return False
    given, known = before.group(1)[:2], actor.name.split()[0][:2]
    return given != known and {given, known} not in _SPELLINGS


def actor_named(surface: str) -> Actor | None:
    """The actor whose surface form is exactly ``surface``."""
    return _lexicon().get(surface)


def opponent(side: str | None) -> str | None:
    """The other belligerent: strikes on Russia come from Ukraine and the reverse."""
    return {"RU": "UA", "UA": "RU"}.get(side or "")
