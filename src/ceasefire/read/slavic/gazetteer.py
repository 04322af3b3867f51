"""The gazetteer's Ukrainian and Russian names (``lexicon/places_cyrillic.tsv``), indexed for the
finder in ``places.py``.

The names belong to rows of the English gazetteer (``read/gazetteer.py``), so a Cyrillic name
gives the same ``Place`` as its English name. Keys are *folded*: lower case, without apostrophes
and soft signs, with the letters that the two alphabets write differently made one (ы і ї й → и,
є э ё → е, ґ → г), so that "Бєлгород" and "Белгород", "Рильськ" and "Рыльск" meet.

Three indexes, built once on first use:

* ``single``: one-word names by their folded form (looked up by a word's dictionary forms;
  "Ростов-на-Дону", one word of the text, is one too);
* ``stems``: one-word names by their stem (the folded form less a case ending), for the words
  that pymorphy3 does not know (villages: "Дубовиках");
* ``multi``: names of several words ("Біла Церква", "Одеська область", "Черное море") by the
  stem of their first word, then checked word by word.

Names kept for after a settlement noun ("Мир", "Володимир") are in ``single_after_noun`` and
``multi_after_noun``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ceasefire.read.gazetteer import built_without_gc, gazetteer
from ceasefire.read.slavic.romanise import romanise

__all__ = ["CyrillicGazetteer", "cyrillic_gazetteer", "fold", "stem"]

_FOLD = str.maketrans({"ы": "и", "і": "и", "ї": "и", "й": "и", "є": "е", "э": "е", "ё": "е",
                       "ґ": "г", "ь": None, "ъ": None, "'": None, "’": None, "ʼ": None,
                       "`": None, "-": " ", "—": " ", "–": " "})
# Case and gender endings of nouns and adjectives, folded, longest first: what differs between
# "Одеській", "Одеської", "Одеська" or "Ростовской", "Ростовская".
_ENDINGS = frozenset("""ими ами ями ого его ому ему ах ях ам ям ом ем им их ов ев ии ои еи ая
    яя ое ее ие ую юю ою ею а я о е у ю и""".split())
MIN_STEM = 3
# the noun of a region's name: no settlement's name has it
REGION_NAME = re.compile(r"(?:^|\s)(?:область|край)$", re.IGNORECASE)
OWN_NAME_MAX_POPULATION = 100_000


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The key of a name or word: lower case, one alphabet, no apostrophes or soft signs."""
    return " ".join(text.lower().translate(_FOLD).split())


@lru_cache(maxsize=65536)
def stem(folded: str) -> str:
    """A folded word less its case ending, the longest that leaves three letters ("одескии" →
    "одеск"); short words stay whole."""
    for n in (3, 2, 1):
        if len(folded) - n >= MIN_STEM and folded[-n:] in _ENDINGS:
            return folded[:-n]
    return folded


@dataclass(slots=True)
class MultiName:
    """A name of several words: the folded words after the first, and its gazetteer rows."""

    rest: tuple[str, ...]
    first: str
    rows: list[int] = field(default_factory=list)


@dataclass(slots=True)
class CyrillicGazetteer:
    single: dict[str, list[int]] = field(default_factory=dict)
    stems: dict[str, list[int]] = field(default_factory=dict)
    multi: dict[str, list[MultiName]] = field(default_factory=dict)
    single_after_noun: dict[str, list[int]] = field(default_factory=dict)
    multi_after_noun: dict[str, list[MultiName]] = field(default_factory=dict)
    # "Одеська область" → the region; the adjective's stem with the noun's stem, for lists of
    # regions that share one noun ("в Курской и Брянской областях")
    adjective_noun: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def add(self, name: str, row: int, after_noun: bool) -> None:
        key = fold(name)
        if not key:
            return
        # the words as the text's words come (``words.words``): "Івано-Франківська" is one
        words = [w for w in (fold(part) for part in name.split()) if w]
        if len(words) == 1:  # one word, hyphens and all: "Ростов-на-Дону" is "ростов на дону"
            _append(self.single_after_noun if after_noun else self.single, words[0], row)
            if not after_noun:
                _append(self.stems, stem(words[0]), row)
            return
        index = self.multi_after_noun if after_noun else self.multi
        names = index.setdefault(stem(words[0]), [])
        known = next((k for k in names if k.first == words[0] and k.rest == tuple(words[1:])),
                     None)
        if known is None:
            names.append(MultiName(tuple(words[1:]), words[0], [row]))
        elif row not in known.rows:
            known.rows.append(row)
        if len(words) == 2 and not after_noun:
            _append(self.adjective_noun, (stem(words[0]), stem(words[1])), row)

    def sort_by_population(self, population: list[int]) -> None:
        """Most populous first in every list, as in the English gazetteer."""
        def order(rows: list[int]) -> None:
            rows.sort(key=lambda i: -population[i])
        for flat in (self.single, self.stems, self.single_after_noun, self.adjective_noun):
            for rows in flat.values():  # type: ignore[attr-defined]
                order(rows)
        for nested in (self.multi, self.multi_after_noun):
            for names in nested.values():
                for name in names:
                    order(name.rows)


    def prefer_own_names(self, spellings: dict[str, str], population: list[int]) -> None:
        """Among small places of one region that share a name, the one whose English name is
        that name in Latin letters first: "Льгов" is Lgov (15,000 people), not Lgovsky
        (23,500), which GeoNames also calls Льгов. Homonyms in other regions keep their order
        by population (the sentence's region decides between them, ``places.py``), and so
        does a place of 100,000 people or more."""
        places = gazetteer().places
        for key, rows in self.single.items():
            if len(rows) < 2 or population[rows[0]] >= OWN_NAME_MAX_POPULATION or \
                    _own_name(spellings[key], places[rows[0]].name):
                continue
            region = places[rows[0]].admin1
            own = [r for r in rows[1:] if places[r].admin1 == region
                   and _own_name(spellings[key], places[r].name)]
            if own:
                rows[:] = own + [r for r in rows if r not in own]


def _own_name(cyrillic: str, english: str) -> bool:
    """True if ``english`` is ``cyrillic`` in Latin letters, Ukrainian or Russian style."""
    latin = english.lower()
    return romanise(cyrillic, "uk").lower() == latin or romanise(cyrillic, "ru").lower() == latin


def _append(index: dict, key: object, row: int) -> None:
    rows = index.setdefault(key, [])
    if row not in rows:
        rows.append(row)


def _row_keys() -> dict[tuple[str, ...], int]:
    """Gazetteer rows by GeoNames id, or by name, kind and country where a row has none."""
    gz = gazetteer()
    keys: dict[tuple[str, ...], int] = {}
    for i in range(len(gz.places)):
        place = gz.places[i]
        if place.geonameid:
            keys[("id", str(place.geonameid))] = i
        keys[(place.name, place.kind, place.country or "")] = i
    return keys


@cache
def cyrillic_gazetteer() -> CyrillicGazetteer:
    return built_without_gc(_load, "places_cyrillic.tsv")


def _load(text: str) -> CyrillicGazetteer:
    rows = _row_keys()
    index = CyrillicGazetteer()
    spellings: dict[str, str] = {}  # folded one-word name -> a spelling of it
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    header = lines[0].split("\t")
    assert header == ["name", "kind", "country", "admin1", "geonameid", "names", "after_noun"], \
        header
    for line in lines[1:]:
        name, kind, country, _, geonameid, names, after_noun = line.split("\t")
        row = rows.get(("id", geonameid)) if geonameid else None
        if row is None:
            row = rows.get((name, kind, country))
        if row is None:
            continue  # a row places.tsv no longer has: the two files are rebuilt together
        for n in names.split("|") if names else ():
            if kind != "region" and REGION_NAME.search(n):
                continue  # GeoNames gives Voronezh (the city) "Воронежская область" too
            index.add(n, row, after_noun=False)
            spellings.setdefault(fold(n), n)
        for n in after_noun.split("|") if after_noun else ():
            index.add(n, row, after_noun=True)
    index.sort_by_population(gazetteer().population)
    index.prefer_own_names(spellings, gazetteer().population)
    return index


_SK = re.compile(r"(?:с|ц|з)?к$")
_OV = re.compile(r"(?:ов|ев|ив)$")


@cache
def region_adjectives() -> dict[str, list[int]]:
    """The regions that adjectives name with a noun, by the adjective's stem ("курск" of
    "Курская область": Kursk Oblast)."""
    gz = gazetteer()
    out: dict[str, list[int]] = {}
    for (adjective, _), rows in cyrillic_gazetteer().adjective_noun.items():
        for row in rows:
            if gz.places[row].kind == "region":
                _append(out, adjective, row)
    return out


@cache
def town_stems() -> dict[str, list[int]]:
    """Towns by the stems their adjective is made from: "одес" (Одеса → Одеський), "рил"
    (Рыльск → Рыльский), "синельник" (Синельникове → Синельниківський)."""
    gz = gazetteer()
    index = cyrillic_gazetteer()
    out: dict[str, list[int]] = {}
    for key, rows in index.single.items():
        for row in rows:
            if not gz.town[row]:
                continue
            for s in town_keys(key):
                _append(out, s, row)
    # a name read only after a settlement noun ("Джанкой", also a word or a person's name) is
    # plain in its adjective ("Джанкойский район"), where no other town has the stem
    own = set(out)
    for key, rows in index.single_after_noun.items():
        for row in rows:
            for s in town_keys(key) - own if gz.town[row] else ():
                _append(out, s, row)
    for rows in out.values():
        rows.sort(key=lambda i: -gz.population[i])
    return out


def town_keys(folded: str) -> set[str]:
    """The stems a town's folded name gives: less its last vowel, its -ск, its -ов; a final
    -ш as the -с of its adjective, with Ukrainian's о → і before it (Калуш → Калуський,
    Золотоноша → Золотоніський); a final -ой/-ай whole (Джанкой → Джанкойський)."""
    base = folded[:-1] if folded[-1:] in "аяоеуюи" else folded
    keys = {base, _SK.sub("", base), _OV.sub("", base)}
    if base.endswith("ш"):
        keys |= {base[:-1] + "с", _CLOSED_O.sub("ис", base)}
    if folded.endswith(("ои", "аи")):  # й folds to и
        keys.add(folded)
    return {k for k in keys if len(k) >= MIN_STEM}


_CLOSED_O = re.compile(r"[ое]ш$")


def adjective_keys(folded_adjective: str) -> set[str]:
    """The stems a folded adjective gives ("одескии" → "одеск", "оде", "одес"); less an -ин-
    of a town in -и or -а (Лиски → Лискинский, Шостка → Шосткинський)."""
    base = stem(folded_adjective)
    keys = {base, _SK.sub("", base), base[:-1] if base.endswith("к") else base}
    keys |= {_OV.sub("", k) for k in list(keys)}
    keys |= {k[:-2] for k in list(keys) if k.endswith("ин")}
    return {k for k in keys if len(k) >= MIN_STEM}
