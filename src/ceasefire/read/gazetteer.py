"""The gazetteer: ``lexicon/places.tsv`` loaded once into dicts keyed by normalised names.

Built by ``scripts/build_gazetteer.py`` from GeoNames (CC BY 4.0, see
``lexicon/places.LICENSE``). Keys are lower-case, apostrophe-free and ASCII-folded; rows are
sorted most populous first, so every index list is already in order of preference. The finder
that reads place names in text is ``places.py``.
"""
from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from ceasefire.model import Place

__all__ = ["REGION_SUFFIX", "Gazetteer", "built_without_gc", "fold", "gazetteer", "gazetteer_size",
           "key"]


# ---------------------------------------------------------------------------------------------
# normalisation

_KEY_TABLE = str.maketrans({"'": None, "\u2019": None, "\u02bc": None, "`": None,
                            "\u2018": None, "-": " ", "\u2010": " ", "\u2011": " ",
                            "\u00a0": " "})
_FOLD_EXTRA = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss"})


T = TypeVar("T")


def fold(text: str) -> str:
    text = text.translate(_FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def key(text: str) -> str:
    """Lookup key: lower case, no apostrophes, hyphens as spaces, ASCII-folded."""
    k = text.lower()
    if k.isascii():
        if "'" in k or "-" in k or "`" in k or "  " in k:
            k = " ".join(k.translate(_KEY_TABLE).split())
        return k
    k = fold(k.translate(_KEY_TABLE))
    return " ".join(k.split())


# ---------------------------------------------------------------------------------------------
# the gazetteer

_REGION_WORDS = r"oblast|region|province|krai|kray|territory|republic|okrug|autonomous okrug"
REGION_SUFFIX = re.compile(rf"^(.+?)\s+(?:{_REGION_WORDS})$")
_PREFIX = re.compile(r"^republic of\s+(.+)$")


class _Places:
    """Gazetteer rows as ``Place`` objects, made on first use (most rows are never used)."""

    def __init__(self, rows: list[list[str]]) -> None:
        self._rows = rows
        self._made: list[Place | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int) -> Place:
        place = self._made[i]
        if place is None:
            name, kind, country, admin1, lat, lon, _, gid, _ = self._rows[i]
            place = Place(name=name, country=country or None, admin1=admin1 or None,
                          lat=float(lat) if lat else None, lon=float(lon) if lon else None,
                          kind=kind,  # type: ignore[arg-type]
                          geonameid=int(gid) if gid else None)
            self._made[i] = place
        return place


class Gazetteer:
    def __init__(self, text: str) -> None:
        lines = text.split("\n")
        header = lines[0].split("\t")
        assert header[:9] == ["name", "kind", "country", "admin1", "lat", "lon", "population",
                              "geonameid", "aliases"], header
        rows = [line.split("\t") for line in lines[1:] if line]
        # most populous first, so that every index list is already in order of preference
        rows.sort(key=lambda r: -int(r[6] or 0))
        self.places = _Places(rows)
        self.population = [int(r[6] or 0) for r in rows]
        self.kind = [r[1] for r in rows]
        # rows that context may turn into a region, a district or a person
        self.town = [k in ("city", "district") for k in self.kind]
        index: dict[str, list[int]] = {}
        stems: dict[str, list[int]] = {}
        first: dict[str, int] = {}  # first word of a multi-word key -> most words after it
        for i, row in enumerate(rows):
            names = row[8].split("|") if row[8] else []
            names.append(row[0])
            keys = set()
            for n in names:
                k = n.lower()
                if not k.isascii() or "'" in k or "-" in k or "`" in k:
                    k = key(n)
                keys.add(k)
            for k in keys:
                lst = index.get(k)
                if lst is None:
                    index[k] = [i]
                else:
                    lst.append(i)
                if " " in k:
                    w = k.partition(" ")[0]
                    first[w] = max(first.get(w, 1), k.count(" ") + 1)
            if row[1] in ("region", "area"):
                for k in keys:
                    m = REGION_SUFFIX.match(k) or _PREFIX.match(k)
                    lst = stems.setdefault(m.group(1) if m else k, [])
                    if i not in lst:
                        lst.append(i)
        self.index = index
        self.stems = stems
        self.first = first

    def best(self, key: str) -> int | None:
        cands = self.index.get(key)
        return cands[0] if cands else None

    def region(self, key: str) -> int | None:
        cands = self.stems.get(key)
        if cands:
            return cands[0]
        cands = self.index.get(key)
        if cands:
            for i in cands:
                if self.kind[i] in ("region", "area"):
                    return i
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return built_without_gc(Gazetteer, "places.tsv")


def built_without_gc(build: Callable[[str], T], file_name: str) -> T:
    """``build`` of a shipped lexicon file's text, with the garbage collector paused: tens of
    thousands of small objects, which the collector would only slow down."""
    text = resources.files("ceasefire.lexicon").joinpath(file_name).read_text("utf-8")
    enabled = gc.isenabled()
    gc.disable()
    try:
        return build(text)
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _population_by_id() -> dict[int, int]:
    g = gazetteer()
    return {int(row[7]): pop for row, pop in zip(g.places._rows, g.population, strict=True)
            if row[7]}


def population(place: Place) -> int:
    """The gazetteer's population of a place (0 where unknown)."""
    return _population_by_id().get(place.geonameid, 0) if place.geonameid else 0


def gazetteer_size() -> int:
    """Number of gazetteer rows (loads the gazetteer)."""
    return len(gazetteer().places)
