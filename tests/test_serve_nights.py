"""GET /api/nights and /api/nights/{night}: one night's strikes per attacking side, each
claimant's figures side by side with their sentences, and the truce terms in force; on a
throwaway ledger of short reports written for these tests."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import create_app, models
from test_serve_cache import _released

REPORTS = [
    # one Ukrainian attack on the Kursk region, told by the Russian ministry and the governor
    {"id": "kursk-ministry", "published": "2025-06-03", "source": "Test Wire",
     "text": "Russia's defence ministry said its air defences destroyed 57 Ukrainian drones "
             "over the Kursk region overnight."},
    {"id": "kursk-governor", "published": "2025-06-03", "source": "Other Wire",
     "text": "Ukrainian drones attacked the Kursk region overnight, injuring four people, Kursk "
             "governor Alexander Khinshtein said. He said 30 drones were shot down over the "
             "region."},
    # the same night, Russia's attack on Ukraine, by Ukraine's air force
    {"id": "ukraine-air-force", "published": "2025-06-03", "source": "Test Wire",
     "text": "Russia attacked Ukraine overnight with 90 drones, of which 70 were shot down, "
             "Ukraine's air force said."},
    # the same figure from the same claimant in another outlet's report
    {"id": "ukraine-air-force-again", "published": "2025-06-03", "source": "Third Wire",
     "text": "Ukraine's air force said Russia had launched 90 drones against the country "
             "overnight."},
    # a later night
    {"id": "kharkiv-later", "published": "2025-06-05", "source": "Test Wire",
     "text": "Russia attacked Kharkiv overnight with 20 drones, Ukraine's air force said."},
    # a truce in force from 1 to 30 June
    {"id": "energy-truce", "published": "2025-06-01", "source": "Test Wire",
     "text": "Russia and Ukraine agreed on Sunday to a 30-day halt on strikes on energy "
             "infrastructure, the White House said."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("reports")
    for report in REPORTS:
        (folder / f"{report['id']}.json").write_text(json.dumps(report))
    db = tmp_path_factory.mktemp("ledger") / "nights.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(str(db))) as test_client:
        yield test_client


def _night(client: TestClient, day: str) -> dict[str, Any]:
    answer = client.get(f"/api/nights/{day}")
    assert answer.status_code == 200, answer.text
    night: dict[str, Any] = answer.json()
    models.Night.model_validate(night)  # the answer follows the schema's model
    return night


def _attack(night: dict[str, Any], side: str) -> dict[str, Any]:
    found: dict[str, Any] = next(a for a in night["attacks"] if a["attacker"] == side)
    return found


def test_two_claimants_figures_for_one_attack_side_by_side(client: TestClient) -> None:
    kursk = _attack(_night(client, "2025-06-03"), "UA")
    assert kursk["target_countries"] == ["RU"]
    assert len(kursk["events"]) == 1  # the ministry's and the governor's reports: one attack
    event = kursk["events"][0]["event"]
    shot_down = {(c["claimant"], c["value"]) for c in kursk["claims"]
                 if c["metric"] == "intercepted"}
    assert shot_down == {("Russian Ministry of Defence", 57.0), ("Alexander Khinshtein", 30.0)}
    assert all(c["event"] == event for c in kursk["claims"])
    # every figure carries the sentence it was read from, at its place in its document
    for claim in kursk["claims"]:
        text = client.get(f"/api/documents/{claim['document']}").json()["text"]
        assert text[claim["start"]:claim["end"]] == claim["sentence"]
    assert {c["outlet"] for c in kursk["claims"]} == {"Test Wire", "Other Wire"}
    # the side's totals are its events' best figures, as the list of events gives them
    listed = client.get("/api/events", params={"since": "2025-06-03", "attacker": "UA"}).json()
    assert kursk["totals"]["intercepted"] == listed["items"][0]["intercepted"] in (30.0, 57.0)
    assert kursk["totals"]["injured"] == 4.0
    assert kursk["totals"]["launched"] is None  # nobody gave it: unknown, not 0


def test_each_attacking_side_apart_russia_first(client: TestClient) -> None:
    night = _night(client, "2025-06-03")
    assert [a["attacker"] for a in night["attacks"]] == ["RU", "UA"]
    russia = _attack(night, "RU")
    assert russia["totals"]["launched"] == 90.0 and russia["totals"]["intercepted"] == 70.0
    assert {c["claimant"] for c in russia["claims"]} == {"Ukrainian Air Force"}
    # the figure two reports give is one figure, with its count and the first sentence
    launched = [c for c in russia["claims"] if c["metric"] == "launched"]
    assert [(c["value"], c["reports"]) for c in launched] == [(90.0, 2)]
    # the night of 2 to 3 June: named by its morning
    assert (night["night"], night["evening"]) == ("2025-06-03", "2025-06-02")


def test_the_terms_in_force_that_night(client: TestClient) -> None:
    terms = _night(client, "2025-06-03")["terms"]
    assert [(t["scope"], t["start"], t["end"]) for t in terms] == [
        ("energy_infrastructure", "2025-06-01", "2025-06-30")]
    assert terms == client.get("/api/terms", params={"on": "2025-06-03"}).json()["items"]
    assert _night(client, "2025-05-31")["terms"] == []  # before it started
    assert _night(client, "2025-07-01")["terms"] == []  # after it ended


def test_a_night_without_strikes_is_an_empty_answer_with_its_neighbours(
        client: TestClient) -> None:
    night = _night(client, "2025-06-04")
    assert night["attacks"] == []
    assert (night["previous"], night["next"]) == ("2025-06-03", "2025-06-05")
    assert len(night["terms"]) == 1  # the truce is in force whether or not anyone struck
    first = _night(client, "2025-06-03")
    assert (first["previous"], first["next"]) == (None, "2025-06-05")
    last = _night(client, "2025-06-05")
    assert (last["previous"], last["next"]) == ("2025-06-03", None)


@pytest.mark.parametrize("day", ["2025-6-3", "2025-02-30", "yesterday", "20250603"])
def test_a_bad_date_is_a_422_in_the_error_shape(client: TestClient, day: str) -> None:
    answer = client.get(f"/api/nights/{day}")
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["status"] == 422 and "night" in error["message"]


def test_the_nights_with_strikes_newest_first_and_paged(client: TestClient) -> None:
    every = client.get("/api/nights")
    assert every.status_code == 200
    assert every.json()["items"] == [
        {"night": "2025-06-05", "events": 1, "attackers": ["RU"]},
        {"night": "2025-06-03", "events": 2, "attackers": ["RU", "UA"]}]
    second = client.get("/api/nights", params={"limit": 1, "offset": 1})
    assert second.json()["items"][0]["night"] == "2025-06-03"
    assert (second.json()["total"], second.headers["X-Total-Count"]) == (2, "2")
    assert client.get("/api/nights", params={"since": "2025-06-01"}).status_code == 422


def test_the_nights_are_in_the_openapi_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/nights" in paths and "/api/nights/{night}" in paths
    answers = paths["/api/nights/{night}"]["get"]["responses"]
    assert answers["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/Night")
    assert answers["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")


def test_a_night_answer_is_kept_until_the_ledger_changes(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(REPORTS[2]))
    db = tmp_path / "ledger.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "one.json"), "--db",
                                    str(db)]).exit_code == 0
    app = create_app(str(db))
    client = TestClient(app)
    before = client.get("/api/nights/2025-06-03").json()
    assert client.get("/api/nights/2025-06-03").json() == before
    _released(app.state.gate)  # the server lets go of the file between requests
    (tmp_path / "two.json").write_text(json.dumps(REPORTS[0]))
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "two.json"), "--db",
                                    str(db)]).exit_code == 0
    after = client.get("/api/nights/2025-06-03").json()
    assert [a["attacker"] for a in after["attacks"]] == ["RU", "UA"] != \
        [a["attacker"] for a in before["attacks"]]
