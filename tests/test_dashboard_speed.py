"""What the home page asks for costs what it shows, on a ledger of the seeds, dev and dev2
articles of ``../shared/corpus``: a page of violations chosen by the database gives the rows,
order and totals the whole list gave; the map's places summed per place say what the points
per event said; ``at`` keeps the events at a place or region of that whole name."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ceasefire import export, views
from ceasefire.serve import create_app
from ceasefire.store import EventSelection, Ledger

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
PARTS = ("seeds", "dev", "dev2")
FILTERS = [{}, {"attacker": "RU"}, {"attacker": "UA"}, {"since": "2025-03-18"},
           {"until": "2025-03-31"}, {"place": "oblast"}, {"claimant": "ministry"},
           {"weapon": "drone"}, {"target_type": "energy"}, {"at": "Kursk Oblast"}]


@pytest.fixture(scope="module")
def corpus_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not all((CORPUS / part).is_dir() for part in PARTS):
        pytest.skip(f"the corpus is not at {CORPUS}")
    folder = tmp_path_factory.mktemp("corpus")
    for part in PARTS:
        for article in (CORPUS / part).glob("*.json"):
            shutil.copy(article, folder / article.name)
    db = tmp_path_factory.mktemp("ledger") / "corpus.duckdb"
    command = Path(sys.executable).with_name("ceasefire")
    subprocess.run([command, "ingest", folder, "--db", db], check=True, capture_output=True)
    return db


@pytest.fixture(scope="module")
def client(corpus_ledger: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(corpus_ledger))) as test_client:
        yield test_client


def _whole_list(db: Path, filters: dict[str, str]) -> list[dict[str, Any]]:
    """The violations as /api/violations listed them before it paged in SQL: every violation,
    every event of them, then the filter, the order and the page in Python."""
    where = EventSelection(**{k: _typed(k, v) for k, v in filters.items()})
    with Ledger.open(db, read_only=True) as ledger:
        found = ledger.violations()
        events = ledger.events_by_id(sorted({v.event_id for v in found}))
        return views.violation_rows(found, events, ledger.terms(), where)


def _typed(name: str, value: str) -> object:
    return dt.date.fromisoformat(value) if name in ("since", "until") else value


@pytest.mark.parametrize("filters", FILTERS)
def test_violations_page_as_the_whole_list_did(client: TestClient, corpus_ledger: Path,
                                               filters: dict[str, str]) -> None:
    whole = _whole_list(corpus_ledger, filters)
    if not filters:
        assert len(whole) >= 5  # the corpus has violations to page through
    for limit, offset in ((1000, 0), (3, 0), (3, 2), (2, len(whole) - 1), (5, len(whole) + 3)):
        answer = client.get("/api/violations", params={**filters, "limit": limit,
                                                        "offset": offset})
        assert answer.status_code == 200
        page = answer.json()
        assert (page["total"], page["items"]) == (len(whole), whole[offset:offset + limit])
        assert answer.headers["X-Total-Count"] == str(len(whole))
    text = client.get("/api/violations", params={**filters, "format": "csv", "offset": 1}).text
    assert list(csv.DictReader(io.StringIO(text))) == [
        {k: "" if v is None else str(v) for k, v in row.items()} for row in whole[1:]]


def test_violations_of_one_event_or_one_term(client: TestClient, corpus_ledger: Path) -> None:
    whole = _whole_list(corpus_ledger, {})
    for key in ("event", "term"):
        for value in sorted({row[key] for row in whole}):
            mine = [row for row in whole if row[key] == value]
            page = client.get("/api/violations", params={key: value, "limit": 1000}).json()
            assert (page["total"], page["items"]) == (len(mine), mine)
    event = whole[0]["event"]
    both = client.get("/api/violations", params={"event": event, "term": "no-such-term"})
    assert both.json()["total"] == 0
    mine = [row for row in _whole_list(corpus_ledger, {"attacker": "RU"})
            if row["term"] == whole[-1]["term"]]
    page = client.get("/api/violations", params={"term": whole[-1]["term"], "attacker": "RU"})
    assert page.json()["items"] == mine[:100]


def test_the_map_per_place_sums_the_points_per_event(client: TestClient) -> None:
    points = client.get("/api/places").json()["features"]
    answer = client.get("/api/places", params={"per": "place"})
    summed = answer.json()
    expected: dict[tuple[Any, ...], dict[str, Any]] = {}
    regions: dict[str, set[str]] = defaultdict(set)
    for feature in points:
        p = feature["properties"]
        key = (p["place"], *feature["geometry"]["coordinates"])
        place = expected.setdefault(key, {"events": set(), "hits": set(), "attackers": set(),
                                          "dates": set(), "killed": {}})
        place["events"].add(p["event"])
        if p["hit"]:
            place["hits"].add(p["event"])
            if p["admin1"]:
                regions[p["admin1"]].add(p["event"])
        place["attackers"].add(p["attacker"] or "?")
        place["dates"].update([p["date"]] if p["date"] else [])
        place["killed"][p["event"]] = p["killed"] or 0
    got = {(f["properties"]["place"], *f["geometry"]["coordinates"]): f["properties"]
           for f in summed["features"]}
    assert len(got) == len(summed["features"]) == len(expected) < len(points)
    assert any(len(place["events"]) > 1 for place in expected.values())  # something summed
    for key, place in expected.items():
        p = got[key]
        dates = sorted(place["dates"])
        assert (p["events"], p["hits"], p["attackers"], p["first"], p["last"], p["killed"]) == (
            len(place["events"]), len(place["hits"]), sorted(place["attackers"]),
            dates[0] if dates else None, dates[-1] if dates else None,
            sum(place["killed"].values())), key
    assert summed["regions"] == {name: len(ids) for name, ids in regions.items()}
    assert any(n > 1 for n in summed["regions"].values())
    assert len(answer.content) < len(json.dumps(points)) / 2

    rows = list(csv.DictReader(io.StringIO(client.get(
        "/api/places", params={"per": "place", "format": "csv"}).text)))
    assert list(rows[0]) == export.PLACE_COLUMNS and len(rows) == len(expected)
    assert client.get("/api/places", params={"per": "country"}).status_code == 422


def test_at_keeps_the_events_at_a_place_or_region_of_that_whole_name(
        client: TestClient, corpus_ledger: Path) -> None:
    with Ledger.open(corpus_ledger, read_only=True) as ledger:
        events = ledger.events()
    names = {name for e in events for p in e.places for name in (p.name, p.admin1) if name}
    assert {"Kyiv", "Kyiv Oblast"} & names  # a name that is part of another one
    for name in sorted(names):
        expected = sorted(e.id for e in events if any(
            n and n.lower() == name.lower() for p in e.places for n in (p.name, p.admin1)))
        found = client.get("/api/events", params={"at": name.upper(), "limit": 1000}).json()
        assert sorted(e["event"] for e in found["items"]) == expected, name
    part = client.get("/api/events", params={"at": "Kyi", "limit": 1000}).json()
    assert part["total"] == 0
