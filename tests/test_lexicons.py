"""The lexicon tables are data: every row must parse and use the GUIDE's vocabularies."""
from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pytest

from ceasefire.lexicon import load_table
from ceasefire.model import VOCABULARIES
from ceasefire.read.places import find_places, lookup_place

ISO = re.compile(r"[A-Z]{2}")
ACTOR_KINDS = {"state", "capital", "office", "person", "media"}
CUE_KINDS = {"metric", "person", "person_one", "negation", "subset", "rate", "period",
             "hypothetical", "update", "share", "earlier", "later"}
PLACE_KINDS = {"city", "region", "country", "district", "village", "site", "area"}
PLACE_COLUMNS = ["name", "kind", "country", "admin1", "lat", "lon", "population", "geonameid",
                 "aliases"]


def rows(name: str) -> list[tuple[str, ...]]:
    return list(load_table(name))


@pytest.mark.parametrize("name,cells", [
    ("actors.tsv", 4), ("weapons.tsv", 3), ("targets.tsv", 2), ("cues.tsv", 2),
])
def test_every_row_has_its_cells(name: str, cells: int) -> None:
    table = rows(name)
    assert table
    assert [row for row in table if len(row) != cells or not (row[0] and row[-1])] == []


@pytest.mark.parametrize("name", ["weapons.tsv", "targets.tsv", "cues.tsv"])
def test_every_pattern_compiles(name: str) -> None:
    for row in rows(name):
        re.compile(row[0], re.IGNORECASE)


@pytest.mark.parametrize("name", ["actors.tsv", "weapons.tsv", "targets.tsv", "cues.tsv"])
def test_no_surface_form_is_listed_twice(name: str) -> None:
    surfaces = [row[0] for row in rows(name)]
    assert sorted({s for s in surfaces if surfaces.count(s) > 1}) == []


def test_weapon_categories_are_guide_weapons_or_generic() -> None:
    allowed = set(VOCABULARIES["weapon"]) | {"generic"}
    assert {row[1] for row in rows("weapons.tsv")} <= allowed


def test_weapon_kinds_are_model_or_noun() -> None:
    assert {row[2] for row in rows("weapons.tsv")} <= {"model", "noun"}


def test_every_guide_weapon_has_a_noun() -> None:
    nouns = {row[1] for row in rows("weapons.tsv") if row[2] == "noun"}
    assert set(VOCABULARIES["weapon"]) <= nouns


def test_target_types_are_guide_target_types() -> None:
    types = {t for row in rows("targets.tsv") for t in row[1].split(",")}
    assert types <= set(VOCABULARIES["target_type"])


def test_cue_kinds_are_known_and_metrics_are_guide_metrics() -> None:
    for pattern, cue in rows("cues.tsv"):
        kind, _, value = cue.partition(":")
        assert kind in CUE_KINDS, (pattern, cue)
        if kind == "metric":
            assert value in VOCABULARIES["metric"], (pattern, cue)
        else:  # a period may be a truce's span ("since the truce began": a count's period only)
            assert not value or (kind, value) == ("period", "truce"), (pattern, cue)


def test_every_guide_metric_has_a_cue() -> None:
    metrics = {cue.partition(":")[2] for _, cue in rows("cues.tsv") if cue.startswith("metric:")}
    assert metrics == set(VOCABULARIES["metric"])


def test_actor_sides_are_iso_codes_or_empty() -> None:
    assert [row for row in rows("actors.tsv") if row[2] and not ISO.fullmatch(row[2])] == []


def test_actor_kinds_are_known() -> None:
    assert {row[3] for row in rows("actors.tsv")} <= ACTOR_KINDS


def test_only_media_may_have_no_side() -> None:
    assert [row for row in rows("actors.tsv") if not row[2] and row[3] != "media"] == []


def test_one_canonical_name_has_one_side() -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for _, name, side, _ in rows("actors.tsv"):
        sides[name].add(side)
    assert {name: s for name, s in sides.items() if len(s) > 1} == {}


def test_places_table_has_its_header_and_nine_cells_a_row() -> None:
    text = resources.files("ceasefire.lexicon").joinpath("places.tsv").read_text("utf-8")
    lines = [line for line in text.split("\n") if line]
    assert lines[0].split("\t") == PLACE_COLUMNS
    assert [line for line in lines[1:] if len(line.split("\t")) != 9] == []


def test_places_have_known_kinds_iso_countries_and_numeric_coordinates() -> None:
    text = resources.files("ceasefire.lexicon").joinpath("places.tsv").read_text("utf-8")
    bad = []
    for line in text.split("\n")[1:]:
        if not line:
            continue
        name, kind, country, _, lat, lon, population, geonameid, _ = line.split("\t")
        numbers_ok = all(re.fullmatch(r"-?\d+(?:\.\d+)?", v) for v in (lat, lon) if v) and \
            all(v.isdigit() for v in (population, geonameid) if v)
        if kind not in PLACE_KINDS or (country and not ISO.fullmatch(country)) or not numbers_ok:
            bad.append(name)
    assert bad == []


@pytest.mark.parametrize("name,country,kind", [
    ("Kharkiv", "UA", "city"), ("Belgorod", "RU", "city"), ("Jeddah", "SA", "city"),
    ("Saudi Arabia", "SA", "country"), ("Vienna", "AT", "city"), ("Prague", "CZ", "city"),
    ("Czechia", "CZ", "country"),
])
def test_well_known_places_resolve(name: str, country: str, kind: str) -> None:
    place = lookup_place(name)
    assert place is not None and (place.country, place.kind) == (country, kind)


def test_a_region_word_turns_a_city_into_its_region() -> None:
    [mention] = find_places("Debris fell in the Voronezh region.")
    assert (mention.place.name, mention.place.kind) == ("Voronezh Oblast", "region")
