"""The API's lists are filtered, paged and summed by the database: the answers are those of
filtering every event in Python (``views``), on DuckDB and on PostgreSQL."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire import export, views
from ceasefire.cli import app as cli
from ceasefire.model import StrikeEvent
from ceasefire.serve import api, create_app, models
from ceasefire.serve.api import _listed, _listed_json, _timeline_json
from ceasefire.store import EventSelection, Ledger, Listed
from ceasefire.store.tables import as_json
from conftest import fresh_ledger

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402  (the scale benchmark's invented articles)

UNDATED = {"id": "undated-kharkiv", "source": "Wire Nine",
           "text": "Russia launched 40 drones at Kharkiv overnight, the air force said."}
UNSOURCED = {"id": "unsourced-poltava", "source": "Wire Eleven", "published": "2025-03-04",
             "text": "A Russian missile hit an apartment block in Poltava on Monday, killing 3 "
                     "people and injuring 12."}  # no one named: the figure is the outlet's
CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Mykolaiv", "Vinnytsia",
          "Chernihiv", "Poltava", "Sumy", "Rivne"]
MANY_PLACES = {"id": "many-places", "source": "Wire Ten", "published": "2025-04-02",
               "text": f"Russia attacked {', '.join(CITIES[:-1])} and {CITIES[-1]} with 120 "
                       "drones overnight, the air force said."}
FILTERS: list[dict[str, Any]] = [
    {}, {"attacker": "UA"}, {"attacker": "RU"}, {"target_country": "RU"},
    {"since": "2025-03-04"}, {"until": "2025-03-05"},
    {"since": "2025-03-03", "until": "2025-03-06", "attacker": "RU"}, {"place": "kharkiv"},
    {"place": "OBLAST"}, {"place": "zzz"}, {"claimant": "air force"}, {"claimant": "governor"},
    {"claimant": "wire"}, {"claimant": "ministry", "place": "o"}, {"since": "2030-01-01"},
    {"weapon": "drone"}, {"weapon": "ballistic_missile", "target_country": "UA"},
    {"target_type": "energy"}, {"target_type": "residential", "attacker": "RU"},
]
STRIKE_COLUMNS = list(models.StrikeRow.model_fields)
PAGES = [(100, 0), (7, 0), (7, 7), (5, 33), (1000, 0), (3, 10_000)]


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def ledger_url(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Invented reports over ten days (several events a day, both sides), an undated one, one
    that names no claimant and one that hits twelve cities."""
    folder = tmp_path_factory.mktemp("reports")
    for doc in [*synthetic.articles(70, seed=11, days=10), UNDATED, UNSOURCED, MANY_PLACES]:
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc))
    with fresh_ledger(request, tmp_path_factory.mktemp("ledger")) as url:
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", url])
        assert result.exit_code == 0, result.output
        yield url


@pytest.fixture(scope="module")
def client(ledger_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(ledger_url)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def every_event(ledger_url: str) -> list[StrikeEvent]:
    with Ledger.open(ledger_url, read_only=True) as ledger:
        return ledger.events()


def _kept(events: list[StrikeEvent], params: dict[str, Any]) -> list[StrikeEvent]:
    """The events a filter keeps, chosen in Python by what each filter's name says."""
    day = {k: dt.date.fromisoformat(params[k]) if k in params else None
           for k in ("since", "until")}

    def within(part: str | None, names: list[str | None]) -> bool:
        return part is None or any(n and part.lower() in n.lower() for n in names)

    def holds(e: StrikeEvent) -> bool:
        if (day["since"] or day["until"]) and e.date is None:
            return False
        return ((day["since"] is None or e.date >= day["since"])  # type: ignore[operator]
                and (day["until"] is None or e.date <= day["until"])  # type: ignore[operator]
                and params.get("attacker", e.attacker) == e.attacker
                and params.get("target_country", e.target_country) == e.target_country
                and params.get("weapon", "-") in [*e.weapons, "-"]
                and params.get("target_type", "-") in [*e.target_types, "-"]
                and within(params.get("place"), [n for p in e.places for n in (p.name, p.admin1)])
                and within(params.get("claimant"),
                           [c.claimant or c.source.outlet for c in e.claims]))

    return [e for e in events if holds(e)]


def _selection(params: dict[str, Any]) -> EventSelection:
    return EventSelection(**{k: dt.date.fromisoformat(v) if k in ("since", "until") else v
                             for k, v in params.items()})


def _as_json(model: Any, value: Any) -> Any:
    return model.model_validate(value).model_dump(mode="json")


def test_the_ledger_has_what_the_comparisons_need(every_event: list[StrikeEvent]) -> None:
    assert len(every_event) > 40 and any(e.date is None for e in every_event)
    assert {e.attacker for e in every_event} >= {"RU", "UA"}
    for params in FILTERS[1:9] + FILTERS[10:13] + FILTERS[15:]:
        assert _kept(every_event, params), params  # each filter keeps something …
        assert len(_kept(every_event, params)) < len(every_event), params  # … not everything
    for params in FILTERS:  # and Python's reading of a selection is the same
        assert [e for e in every_event if _selection(params).keeps(e)] == _kept(
            every_event, params), params


@pytest.mark.parametrize("params", FILTERS)
def test_event_pages_are_those_of_filtering_every_event(
        client: TestClient, every_event: list[StrikeEvent], params: dict[str, Any]) -> None:
    kept = sorted(_kept(every_event, params), key=lambda e: (e.date or dt.date.min, e.id))
    for limit, offset in PAGES:
        response = client.get("/api/events", params={**params, "limit": limit, "offset": offset})
        expected = {"total": len(kept), "limit": limit, "offset": offset,
                    "items": [_listed(Listed.of(e)) for e in kept[offset:offset + limit]]}
        assert response.json() == _as_json(models.Page[models.Event], expected)
        assert response.headers["X-Total-Count"] == str(len(kept))


def test_a_list_shows_an_events_first_places_and_its_page_all(client: TestClient) -> None:
    listed = client.get("/api/events", params={"since": "2025-04-02"}).json()["items"]
    assert len(listed) == 1
    page = client.get(f"/api/events/{listed[0]['event']}").json()["event"]
    assert sorted(p["name"] for p in page["places"]) == sorted(CITIES)
    assert page["place_count"] == listed[0]["place_count"] == 12
    assert listed[0]["places"] == page["places"][:10]  # the first ten, with coordinates
    assert {k: v for k, v in listed[0].items() if k != "places"} == {
        k: v for k, v in page.items() if k != "places"}
    row = client.get("/api/strikes", params={"since": "2025-04-02"}).json()["items"][0]
    assert row["places"] == ", ".join(p["name"] for p in page["places"])  # every place
    as_csv = client.get("/api/events", params={"since": "2025-04-02", "format": "csv"})
    assert ", ".join(p["name"] for p in page["places"]) in as_csv.text


@pytest.mark.parametrize("params", FILTERS)
def test_flat_rows_are_paged_in_their_own_order(
        client: TestClient, every_event: list[StrikeEvent], params: dict[str, Any]) -> None:
    rows = views.event_rows(_kept(every_event, params))
    for limit, offset in PAGES:
        shown = rows[offset:offset + limit]
        as_json = client.get("/api/strikes", params={**params, "limit": limit,
                                                     "offset": offset})
        assert as_json.json() == _as_json(models.Page[models.StrikeRow], {
            "total": len(rows), "limit": limit, "offset": offset, "items": shown})
        for path in ("/api/strikes", "/api/events"):
            as_csv = client.get(path, params={**params, "limit": limit, "offset": offset,
                                              "format": "csv"})
            assert as_csv.text == export.rows_as_text(shown, "csv", STRIKE_COLUMNS)
            assert as_csv.headers["X-Total-Count"] == str(len(rows))


@pytest.mark.parametrize("params", FILTERS)
def test_a_csv_without_limit_is_the_whole_query_in_one_response(
        client: TestClient, every_event: list[StrikeEvent], params: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "BATCH", 7)  # streamed 7 events at a time: several batches
    rows = views.event_rows(_kept(every_event, params))
    for path in ("/api/strikes", "/api/events"):
        whole = client.get(path, params={**params, "format": "csv"})
        assert whole.text == export.rows_as_text(rows, "csv", STRIKE_COLUMNS)
        assert whole.headers["X-Total-Count"] == str(len(rows))
        rest = client.get(path, params={**params, "format": "csv", "offset": 5})
        assert rest.text == export.rows_as_text(rows[5:], "csv", STRIKE_COLUMNS)
    timeline = views.timeline_rows(_kept(every_event, params))
    assert client.get("/api/timeline", params={**params, "format": "csv"}).text == \
        export.rows_as_text(timeline, "csv", list(models.TimelineRow.model_fields))


@pytest.mark.parametrize("params", FILTERS)
def test_the_timeline_is_summed_as_in_python(
        client: TestClient, every_event: list[StrikeEvent], params: dict[str, Any]) -> None:
    rows = views.timeline_rows(_kept(every_event, params))
    assert client.get("/api/timeline", params=params).json()["items"] == _as_json(
        models.Page[models.TimelineRow], {"total": len(rows), "limit": 1000, "offset": 0,
                                          "items": rows})["items"]
    as_csv = client.get("/api/timeline", params={**params, "format": "csv", "limit": 4,
                                                  "offset": 2})
    assert as_csv.text == export.rows_as_text(rows[2:6], "csv",
                                              list(models.TimelineRow.model_fields))


@pytest.mark.parametrize("params", FILTERS)
def test_places_are_those_of_the_events_kept(
        client: TestClient, every_event: list[StrikeEvent], params: dict[str, Any]) -> None:
    assert client.get("/api/places", params=params).json() == export.geojson(
        _kept(every_event, params))


def test_each_event_page_is_the_event_stored(
        client: TestClient, ledger_url: str, every_event: list[StrikeEvent]) -> None:
    with Ledger.open(ledger_url, read_only=True) as ledger:
        assert [ledger.event(e.id) for e in every_event] == every_event
        assert all(ledger.claims(e.id) == e.claims for e in every_event)
        assert ledger.event("nope") is None
        assert ledger.events_by_id([e.id for e in every_event[::-1]]) == every_event
        total, everything = ledger.event_page(EventSelection())
        assert total == len(every_event)
        # each event's row keeps what a list shows of it, as its claims and sources say
        assert everything == [Listed.of(e) for e in sorted(
            every_event, key=lambda e: (e.date or dt.date.min, e.id))]
        assert ledger.count_events(EventSelection(attacker="UA")) == len(
            _kept(every_event, {"attacker": "UA"}))


def test_a_listed_event_is_the_json_of_its_values() -> None:
    # spliced by hand for speed: the same as json.dumps of the values, odd ones included
    listed = Listed('quote " backslash \\ é \n', None, None, "UA", '["drone"]',
                    '["energy"]', '[{"name":"Kyiv","country":"UA","admin1":null,"lat":50.4,'
                    '"lon":30.5,"kind":"city"}]', 12, '["(outlet)","a \\"b\\""]', 3,
                    0.1, None, 1e20, 2.0)
    assert json.loads(_listed_json(listed)) == _listed(listed)
    assert _listed(listed)["claimants"] == ["(outlet)", 'a "b"']
    with pytest.raises(ValueError, match="not a JSON number"):
        _listed_json(dataclasses.replace(listed, killed=math.nan))


def test_a_timeline_row_is_written_as_json_dumps_writes_it() -> None:
    # sums as the database gives them: an unknown side, whole and fractional figures
    width = len(views.TIMELINE_METRICS) + len(views.KIND_COLUMNS)
    sums = [(dt.date(2025, 3, 2), "UA", 1, *[0.5 * i for i in range(width)]),
            (dt.date(2025, 3, 1), None, 12, *[10 ** i for i in range(width)]),
            (dt.date(2025, 3, 3), "RU", 2, *[None if i % 2 else i for i in range(width)])]
    rows = views.timeline_from_sums(sums)
    written = ",".join(_timeline_json(s) for s in sorted(sums, key=lambda s: s[0]))
    assert "[" + written + "]" == as_json(rows)


def test_a_name_filter_matches_within_one_name(ledger_url: str) -> None:
    with Ledger.open(ledger_url, read_only=True) as ledger:
        [row] = ledger.query("SELECT searched_places FROM events WHERE date = ?",
                             [dt.date(2025, 4, 2)])
        assert "chernihiv oblast\ndnipro" in row[0]  # names and regions, one a line
        assert ledger.count_events(EventSelection(place="oblast\ndnipro")) == 0
        assert ledger.count_events(EventSelection(place="ihiv oblast")) >= 1
        assert ledger.count_events(EventSelection(claimant="air force\nwire")) == 0


@pytest.mark.parametrize("params", [{}, {"since": "2025-03-05"}, {"until": "2025-03-02"},
                                    {"since": "2025-03-03", "until": "2025-03-03"}])
def test_documents_are_filtered_and_paged_by_the_database(
        client: TestClient, ledger_url: str, params: dict[str, Any]) -> None:
    with Ledger.open(ledger_url, read_only=True) as ledger:
        day = {k: dt.date.fromisoformat(params[k]) if k in params else None
               for k in ("since", "until")}
        kept = [d.name for d in ledger.documents()
                if views.dated_within(d.published, day["since"], day["until"])]
    assert kept and (params or "undated-kharkiv" in kept)
    for limit, offset in PAGES:
        body = client.get("/api/documents", params={**params, "limit": limit,
                                                    "offset": offset}).json()
        assert body["total"] == len(kept)
        assert [d["document"] for d in body["items"]] == kept[offset:offset + limit]


@pytest.fixture(scope="module")
def both_clients(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[tuple[TestClient, TestClient]]:
    """The same reports in a DuckDB ledger and in a PostgreSQL one, each served."""
    folder = tmp_path_factory.mktemp("same-reports")
    for doc in [*synthetic.articles(40, seed=5, days=6), UNDATED, UNSOURCED, MANY_PLACES]:
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc))
    with fresh_ledger(request, tmp_path_factory.mktemp("duck"), "duckdb") as duck, \
            fresh_ledger(request, tmp_path_factory.mktemp("pg"), "postgresql") as pg:
        for url in (duck, pg):
            result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", url])
            assert result.exit_code == 0, result.output
        with TestClient(create_app(duck)) as a, TestClient(create_app(pg)) as b:
            yield a, b


@pytest.mark.parametrize("params", FILTERS)
def test_duckdb_and_postgresql_give_the_same_answers(
        both_clients: tuple[TestClient, TestClient], params: dict[str, Any]) -> None:
    duck, pg = both_clients
    for path, extra in [("/api/events", {}), ("/api/strikes", {"format": "csv"}),
                        ("/api/timeline", {}), ("/api/timeline", {"format": "csv"}),
                        ("/api/places", {}), ("/api/violations", {})]:
        answers = [client.get(path, params={**params, **extra}) for client in (duck, pg)]
        assert answers[0].status_code == 200, answers[0].text
        assert answers[0].text == answers[1].text, (path, extra)
