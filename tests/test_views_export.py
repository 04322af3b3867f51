"""Rows of the ledger for tables and exports, built from small events made for the test."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from ceasefire import acled, export, filters, views
from ceasefire.model import Claim, Estimate, Evidence, Place, Position, Source, StrikeEvent

DAY = dt.date(2025, 6, 2)
SENTENCE = "Russia launched 80 drones at Poltava overnight, the air force said."


def _event(event_id: str = "e1", attacker: str = "RU", day: dt.date = DAY,
           total: float = 88) -> StrikeEvent:
    source = Source("doc-1", "Example Wire", DAY, Evidence(SENTENCE, 0, len(SENTENCE)))
    claims = [Claim("Ukrainian Air Force", "UA", "launched", "drone", 80, "exact", source),
              Claim(None, None, "launched", "drone", 90, "approx", source)]
    estimates = [Estimate("launched", "drone", 80, 85, 90, 2),
                 Estimate("launched", "ballistic_missile", 2, 2, 2, 1),
                 Estimate("launched", None, total, total, total, 1),
                 Estimate("killed", None, 3, 3, 3, 1)]
    poltava = Place("Poltava", "UA", "Poltava Oblast", 49.59, 34.55, "city", 696643)
    return StrikeEvent(event_id, day, attacker, "UA" if attacker == "RU" else "RU", ["drone"],
                       [poltava], ["energy"], claims, estimates, [source])


@pytest.mark.parametrize("total,expected", [(88, 88), (50, 87)])
def test_best_takes_the_larger_of_a_total_and_the_sum_per_weapon(total: float,
                                                                    expected: float) -> None:
    assert views.best(_event(total=total), "launched") == expected


def test_best_is_none_without_a_figure() -> None:
    assert views.best(_event(), "intercepted") is None


@pytest.mark.parametrize("where,kept", [
    (views.EventFilter(since=dt.date(2025, 6, 3)), False),
    (views.EventFilter(until=dt.date(2025, 6, 2)), True),
    (views.EventFilter(attacker="RU"), True),
    (views.EventFilter(attacker="UA"), False),  # the target is UA: not who struck
    (views.EventFilter(target_country="UA"), True),
    (views.EventFilter(target_country="RU"), False),
    (views.EventFilter(weapon="drone"), True),
    (views.EventFilter(weapon="missile"), False),
    (views.EventFilter(target_type="energy"), True),
    (views.EventFilter(target_type="residential"), False),
    (views.EventFilter(place="poltava oblast"), True),
    (views.EventFilter(place="Kharkiv"), False),
    (views.EventFilter(claimant="air force"), True),
    (views.EventFilter(claimant="example wire"), True),  # the outlet, for its own figure
    (views.EventFilter(claimant="governor"), False),
])
def test_each_filter_means_what_its_name_says(where: views.EventFilter, kept: bool) -> None:
    assert bool(views.event_rows([_event()], where)) is kept


def test_a_filter_value_outside_its_list_is_refused_naming_what_is_allowed() -> None:
    assert filters.checked("attacker", "ua") == "UA"
    assert filters.checked("weapon", "Drone") == "drone"
    with pytest.raises(ValueError, match="'XX' is not one of .*RU.*UA"):
        filters.checked("target_country", "XX")
    with pytest.raises(ValueError, match="'rocket' is not one of drone, ballistic_missile"):
        filters.checked("weapon", "rocket")


def test_claims_stand_side_by_side_with_their_sentence_and_the_estimate_last() -> None:
    event = _event()
    rows = views.claim_rows(event.claims, event.estimates)
    assert [r["claimant"] for r in rows[:2]] == ["(outlet)", "Ukrainian Air Force"]
    assert rows[0]["sentence"] == SENTENCE
    assert rows[-1]["claimant"] == "(estimate)"


def test_timeline_sums_best_figures_per_day_and_attacker() -> None:
    rows = views.timeline_rows([_event("a"), _event("b"), _event("c", attacker="UA")])
    assert [(r["attacker"], r["events"], r["launched"], r["killed"]) for r in rows] == [
        ("RU", 2, 176, 6), ("UA", 1, 88, 3)]


def test_a_figure_no_event_of_the_day_gives_is_unknown_not_zero() -> None:
    # no claim gives an interception, nor a missile's: None, while launched is known
    [row] = views.timeline_rows([_event("a"), _event("b")])
    assert (row["intercepted"], row["injured"], row["drones_intercepted"],
            row["missiles_intercepted"]) == (None, None, None, None)
    assert (row["drones_launched"], row["missiles_launched"]) == (170, 4)
    text = export.rows_as_text([row], "csv")
    assert list(csv.DictReader(io.StringIO(text)))[0]["intercepted"] == ""  # empty, not 0
    assert json.loads(export.rows_as_text([row], "jsonl"))["intercepted"] is None


def test_one_event_s_figure_makes_the_day_s_sum_known() -> None:
    quiet = dataclasses.replace(_event("b"), estimates=[])
    [row] = views.timeline_rows([_event("a"), quiet])
    assert (row["events"], row["launched"], row["killed"]) == (2, 88, 3)


def test_an_event_without_figures_exports_empty_cells() -> None:
    quiet = dataclasses.replace(_event(), estimates=[])
    [row] = views.event_rows([quiet])
    assert [row[m] for m in views.TIMELINE_METRICS] == [None] * 4
    [feature] = export.geojson([quiet])["features"]
    assert feature["properties"]["killed"] is None
    [acled] = export.acled_rows([quiet])
    assert acled["fatalities"] == 0 and "fatalities: not reported" in acled["tags"]


def test_csv_has_a_header_and_one_line_per_row() -> None:
    text = export.rows_as_text(views.event_rows([_event()]), "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["places"] == "Poltava" and rows[0]["launched"] == "88"


def test_jsonl_is_one_object_per_line() -> None:
    text = export.rows_as_text(views.event_rows([_event("a"), _event("b")]), "jsonl")
    assert [json.loads(line)["event"] for line in text.splitlines()] == ["a", "b"]


def test_geojson_has_a_point_per_place_with_coordinates() -> None:
    collection = export.geojson([_event()])
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [34.55, 49.59]
    assert feature["properties"]["killed"] == 3


def test_acled_rows_have_acled_s_31_columns_in_acled_s_order() -> None:
    [row] = export.acled_rows([_event()])
    assert list(row) == list(export.ACLED_COLUMNS) and len(row) == 31
    assert (row["event_date"], row["year"], row["time_precision"], row["disorder_type"],
            row["sub_event_type"], row["actor1"], row["inter1"], row["iso"], row["region"],
            row["admin1"], row["geo_precision"], row["fatalities"]) == (
        DAY, 2025, 1, "Political violence", "Air/drone strike",
        "Military Forces of Russia (2000-)", 1, 804, "Europe", "Poltava", 1, 3)
    assert row["event_id_cnty"] == "UKRCFMe1-1" and "Ukrainian Air Force" in row["notes"]


KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, "city")
BRYANSK = Place("Bryansk Oblast", "RU", "Bryansk Oblast", 53.0, 33.0, "region")


def test_acled_fatalities_are_split_once_over_an_event_s_places() -> None:
    event = dataclasses.replace(_event(), places=[*_event().places, KHARKIV],
                                target_types=["residential"])
    rows = export.acled_rows([event, _event("e2")])
    assert [r["fatalities"] for r in rows] == [2, 1, 3]  # 3 over two places, then 3
    assert len({r["event_id_cnty"] for r in rows}) == 3
    assert rows[0]["actor2"] == "Civilians (Ukraine)" and rows[0]["interaction"] == 17


def test_acled_fatalities_go_to_the_place_a_claim_names_the_rest_split_evenly() -> None:
    odesa = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.74, "city")
    said = "Three people were killed in Kharkiv, the governor said."
    toll = Claim("Oleh Syniehubov", "UA", "killed", None, 3, "exact",
                 Source("doc-4", "Example Wire", DAY, Evidence(said, 0, len(said))))
    event = dataclasses.replace(
        _event(), places=[*_event().places, KHARKIV, odesa], claims=[*_event().claims, toll],
        estimates=[Estimate("killed", None, 4, 4, 4, 2)])
    rows = export.acled_rows([event])
    assert [(r["location"], r["fatalities"]) for r in rows] == [
        ("Poltava", 1), ("Kharkiv", 3), ("Odesa", 0)]  # 3 named, the 4th over the others
    two = dataclasses.replace(event, places=[KHARKIV], estimates=[Estimate("killed", None, 3,
                                                                           3, 3, 1)])
    assert [r["fatalities"] for r in export.acled_rows([two])] == [3]  # every row named


def test_acled_leaves_out_the_places_where_drones_were_only_downed() -> None:
    said = "Air defences downed 40 drones over the Bryansk region."
    downed = Source("doc-2", "Example Wire", DAY, Evidence(said, 0, len(said)))
    claim = Claim("Russian Ministry of Defence", "RU", "intercepted", "drone", 40, "exact",
                  downed)
    event = dataclasses.replace(_event(attacker="UA"), places=[BRYANSK, *_event().places],
                                claims=[*_event().claims, claim])
    assert [r["location"] for r in export.acled_rows([event])] == ["Poltava"]
    only_downed = dataclasses.replace(event, places=[BRYANSK])
    [row] = export.acled_rows([only_downed])
    assert (row["location"], row["geo_precision"]) == ("Bryansk Oblast", 3)
    assert "where intercepted" in row["tags"]


@pytest.mark.parametrize("targets,actor2", [(["energy"], None), (["airport", "military"],
                                            "Military Forces of Ukraine (2019-)"),
                                            (["medical"], "Civilians (Ukraine)")])
def test_acled_actor2_is_civilians_only_for_homes_and_hospitals(targets: list[str],
                                                                actor2: str | None) -> None:
    [row] = export.acled_rows([dataclasses.replace(_event(), target_types=targets)])
    assert row["actor2"] == actor2


def test_truce_positions_are_acled_strategic_developments() -> None:
    from ceasefire.model import Position

    said = "Russia and Ukraine agreed to halt strikes on energy sites for 30 days."
    source = Source("doc-3", "Example Wire", DAY, Evidence(said, 0, len(said)))
    position = Position("p1", DAY, "energy_infrastructure", "agreed", ["RU", "UA"], "US", 30,
                        [], [source])
    [row] = export.acled_rows([], [position])
    assert (row["event_type"], row["sub_event_type"], row["actor1"], row["actor2"],
            row["interaction"], row["location"], row["country"], row["fatalities"]) == (
        "Strategic developments", "Agreement", "Government of Russia (2000-)",
        "Government of Ukraine (2019-)", 11, "Moscow", "Russia", 0)


def test_acled_parquet_has_a_fixed_typed_schema_even_when_empty(tmp_path: Path) -> None:
    import duckdb

    for rows, name in ((export.acled_rows([_event()]), "one"), ([], "none")):
        path = tmp_path / f"{name}.parquet"
        export.write_parquet(rows, path, acled.COLUMNS)
        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        assert [(c[0], c[1]) for c in described] == list(acled.COLUMNS.items())
    assert duckdb.sql(f"SELECT fatalities FROM '{tmp_path / 'one.parquet'}'").fetchall() == [(3,)]


def test_event_parquet_keeps_its_types_with_no_row_and_with_unknown_figures(
        tmp_path: Path) -> None:
    import duckdb

    assert tuple(export.EVENT_TYPES) == views.EVENT_ROW_COLUMNS
    quiet = dataclasses.replace(_event(), estimates=[])
    for rows, name in ((views.event_rows([quiet]), "quiet"), ([], "none")):
        path = tmp_path / f"{name}.parquet"
        export.write_parquet(rows, path)
        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        assert [(c[0], c[1]) for c in described] == list(export.EVENT_TYPES.items())


def test_parquet_round_trips_through_duckdb(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "events.parquet"
    export.write_parquet(views.event_rows([_event("a"), _event("b")]), path)
    assert duckdb.sql(f"SELECT count(*), max(launched) FROM '{path}'").fetchall() == [(2, 88)]


def test_the_row_columns_are_the_rows_keys_and_the_api_models_fields() -> None:
    from ceasefire.serve import models

    assert tuple(views.event_rows([_event()])[0]) == views.EVENT_ROW_COLUMNS == tuple(
        models.StrikeRow.model_fields)
    assert tuple(views.timeline_rows([_event()])[0]) == views.TIMELINE_ROW_COLUMNS == tuple(
        models.TimelineRow.model_fields)


def test_an_empty_csv_still_has_its_header() -> None:
    text = export.rows_as_text([], "csv", views.EVENT_ROW_COLUMNS)
    assert text.splitlines() == [",".join(views.EVENT_ROW_COLUMNS)]


def test_claims_and_positions_say_the_language_their_sentence_is_quoted_in() -> None:
    said = "Сили ППО збили 40 дронів, повідомили у Повітряних силах."
    ukrainian = Source("doc-uk", "Suspilne", DAY, Evidence(said, 0, len(said)), language="uk")
    event = dataclasses.replace(_event(), claims=[
        Claim("Ukrainian Air Force", "UA", "intercepted", "drone", 40, "exact", ukrainian)])
    [claim, estimate] = views.claim_rows(event.claims, event.estimates[:1], event.sources)
    assert (claim["language"], estimate["language"]) == ("uk", None)
    position = Position("p1", DAY, "energy_infrastructure", "agreed", ["RU", "UA"], None, 30,
                        [], [Source("doc-0", None, DAY, None), ukrainian])
    bare = Position("p2", DAY, "full", "proposed", ["UA"], "UA", None, [],
                    [Source("doc-0", None, DAY, None)])
    rows = {r["position"]: r for r in views.position_rows([position, bare])}
    assert (rows["p1"]["sentence"], rows["p1"]["language"]) == (said, "uk")
    assert (rows["p2"]["sentence"], rows["p2"]["language"]) == (None, None)


def test_an_estimate_says_how_many_reports_repeat_one_claim() -> None:
    said = "Сили ППО збили 40 дронів, повідомили у Повітряних силах."
    own = Source("doc-uk", "Air Force", DAY, Evidence(said, 0, len(said)), language="uk")
    quoted = Source("doc-en", "Wire", DAY, Evidence("40 drones were downed", 0, 21))
    claims = [Claim("Ukrainian Air Force", "UA", "intercepted", "drone", 40, "exact", source)
              for source in (own, quoted)]
    one = Estimate("intercepted", "drone", 40, 40, 40, 1)
    [*_, row] = views.claim_rows(claims, [one])
    assert row["qualifier"] == "low 40, high 40, 1 claim in 2 reports"
    two = Estimate("intercepted", "drone", 38, 38, 40, 2)
    [*_, row] = views.claim_rows(claims, [two])
    assert row["qualifier"] == "low 38, high 40, 2 claims"
