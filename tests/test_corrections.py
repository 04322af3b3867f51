"""An analyst's corrections: kept with who, when and why, applied on every fusion after them
(also when new reports change the corrected event's id), reported when they no longer apply,
and bad input refused with a clear error. On DuckDB and PostgreSQL."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.serve.api import create_app
from ceasefire.store import Ledger

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
runner = CliRunner()
WHY = ["--why", "checked against the original statement", "--by", "ana"]


def _cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def _examples(db: str) -> None:
    _cli("ingest", str(ROOT / "examples"), str(ROOT / "docs" / "examples"), "--db", db)


def _event(db: str, **wanted: Any) -> dict[str, Any]:
    rows = [json.loads(line) for line in _cli("events", "--db", db, "--format",
                                                "jsonl").splitlines()]
    found = [r for r in rows if all(wanted[k] in str(r[k]) for k in wanted)]
    assert len(found) == 1, (wanted, rows)
    return found[0]


def _corrections(db: str) -> list[dict[str, Any]]:
    return json.loads(_cli("corrections", "--db", db, "--format", "json"))


def test_a_figure_set_follows_its_event_when_a_new_report_changes_the_id(
        ledger_url: str) -> None:
    _examples(ledger_url)
    chuhuiv = _event(ledger_url, places="Chuhuiv")
    machine = f"{chuhuiv['killed']:g}"  # between the governor's 2 and the mayor's 3
    assert machine != "3"
    said = _cli("correct", "set", chuhuiv["event"], "killed", "3", *WHY, "--db", ledger_url)
    assert "applied" in said and f"the machine read {machine}" in said
    assert _event(ledger_url, places="Chuhuiv")["killed"] == 3
    # a report of the same night adds Balakliia: the event's id changes, the correction stays
    _cli("ingest", str(ROOT / "docs" / "examples-later"), "--db", ledger_url)
    now = _event(ledger_url, places="Balakliia")
    assert now["event"] != chuhuiv["event"] and now["killed"] == 3
    [kept] = _corrections(ledger_url)
    assert (kept["status"], kept["now"], kept["target"]) == ("applied", now["event"],
                                                             chuhuiv["event"])
    assert (kept["machine"], kept["value"], kept["by"]) == (machine, "3", "ana")
    claims = json.loads(_cli("claims", now["event"], "--db", ledger_url, "--format", "json"))
    killed = sorted(c["value"] for c in claims if c["metric"] == "killed"
                    and not c["claimant"].startswith("("))
    assert killed == [2, 3]  # the machine's reading is kept beside the correction
    assert [c["value"] for c in claims if c["claimant"].startswith("(correction")] == [3]


# fused all at once, or a day at a time (a merge of two days' events joins their chunks)
CHUNKS = pytest.mark.parametrize("chunk_records", [20_000, 1])


@CHUNKS
def test_reject_merge_split_and_a_terms_end(tmp_path: Path, chunk_records: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ceasefire.store.refresh.CHUNK_RECORDS", chunk_records)
    db = str(tmp_path / "ledger.duckdb")
    _examples(db)
    poltava = _event(db, places="Poltava")["event"]
    _cli("correct", "reject", poltava, *WHY, "--db", db)
    assert poltava not in _cli("events", "--db", db, "--format", "csv")
    belgorod, saratov = (_event(db, places=p)["event"] for p in ("Belgorod", "Saratov"))
    _cli("correct", "merge", belgorod, saratov, *WHY, "--db", db)
    merged = _event(db, places="Belgorod")
    assert "Saratov" in merged["places"] and merged["event"] not in (belgorod, saratov)
    chuhuiv = _event(db, places="Chuhuiv")["event"]
    _cli("correct", "split", chuhuiv, "--document", "chuhuiv-mayor", *WHY, "--db", db)
    events = _cli("events", "--db", db, "--format", "jsonl").splitlines()
    assert sum("Chuhuiv" in e for e in events) == 2
    [term] = json.loads(_cli("agreements", "--terms", "--db", db, "--format", "json"))
    assert term["end"] == "2025-06-18"
    assert "alleged_violation" in _cli("violations", "--db", db, "--format", "csv")
    _cli("correct", "set", term["term"], "end", "2025-05-25", *WHY, "--db", db)
    [term] = json.loads(_cli("agreements", "--terms", "--db", db, "--format", "json"))
    assert term["end"] == "2025-05-25"
    # the Saratov strike of 27 May now falls after the term: no violation is alleged
    assert "alleged_violation" not in _cli("violations", "--db", db, "--format", "csv")
    assert [c["status"] for c in _corrections(db)] == ["applied"] * 4


def test_a_correction_whose_document_was_replaced_is_reported_stale(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    shutil.copytree(ROOT / "docs" / "examples", folder)
    db = str(tmp_path / "ledger.duckdb")
    _cli("ingest", str(folder), "--db", db)
    tula = _event(db, places="Tula")["event"]
    _cli("correct", "set", tula, "launched.drone", "120", *WHY, "--db", db)
    document = json.loads((folder / "tula-depot.json").read_text())
    document["text"] = "Ukrainian and Russian negotiators met in Istanbul on Monday."
    (folder / "tula-depot.json").write_text(json.dumps(document))
    assert "1 replaced" in _cli("ingest", str(folder), "--db", db)
    [kept] = _corrections(db)
    assert kept["status"] == "stale" and "tula-depot: replaced by a new version" in kept["note"]
    assert kept["value"] == "120" and kept["why"] == WHY[1]  # kept, not dropped


@pytest.mark.parametrize(("args", "message"), [
    (["set", "nosuch", "killed", "3"], "target: no event, position or term has id 'nosuch'"),
    (["set", "EVENT", "kills", "3"], "field: 'kills' is not a field of an event"),
    (["set", "EVENT", "killed", "three"], "value: 'three' is not a figure"),
    (["set", "EVENT", "attacker", "XX"], "value: 'XX' is not a side"),
    (["set", "EVENT", "date", "14/05/2025"], "value: '14/05/2025' is not a date"),
    (["merge", "EVENT", "nosuch"], "other: no event has id 'nosuch'"),
    (["split", "EVENT", "--document", "nosuch"], "documents: nosuch tell nothing of event"),
    (["split", "EVENT", "--document", "tula-depot"], "nothing would be left to split from"),
])
def test_bad_input_is_a_clear_error_and_stores_nothing(tmp_path: Path, args: list[str],
                                                       message: str) -> None:
    db = str(tmp_path / "ledger.duckdb")
    _cli("ingest", str(ROOT / "docs" / "examples" / "tula-depot.json"), "--db", db)
    event = _event(db, places="Tula")["event"]
    result = runner.invoke(app, ["correct", *[event if a == "EVENT" else a for a in args],
                                 *WHY, "--db", db])
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output
    with Ledger.open(db, read_only=True) as ledger:
        assert ledger.corrections() == []


def test_the_api_takes_corrections_with_the_write_token(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.duckdb")
    _examples(db)
    tula = _event(db, places="Tula")["event"]
    body = {"action": "set", "target": tula, "field": "killed", "value": "1", "by": "ana",
            "why": "the governor revised the toll"}
    with TestClient(create_app(db, write_token="secret")) as client:
        assert client.post("/api/corrections", json=body).status_code == 401
        bad = client.post("/api/corrections", json={**body, "value": "-1"},
                          headers={"Authorization": "Bearer secret"})
        assert bad.status_code == 422 and "not a figure" in bad.json()["error"]["message"]
        made = client.post("/api/corrections", json=body,
                           headers={"Authorization": "Bearer secret"})
        assert made.status_code == 201, made.text
        assert made.json()["status"] == "applied" and made.json()["machine"] == "2"
        assert client.get("/api/corrections").json()[0]["value"] == "1"
        page = client.get(f"/api/events/{tula}").json()
        assert page["event"]["killed"] == 1 and page["corrections"][0]["by"] == "ana"


@pytest.mark.skipif(not (CORPUS / "dev2").is_dir(), reason="needs ../shared/corpus")
def test_on_the_corpus_a_correction_survives_the_next_ingest(ledger_url: str) -> None:
    """Seeds and dev, a correction, then dev2: the 3 October strike on Naftogaz's sites is
    joined by dev2's report of Shostka, which changes its id and date; the air force's 381
    drones set as the best figure (the machine chose between 60 aimed at Naftogaz's sites
    and 381 over Ukraine, which do not compete) stays."""
    _cli("ingest", str(CORPUS / "seeds"), str(CORPUS / "dev"), "--db", ledger_url)
    naftogaz = _event(ledger_url, date="2025-10-0", places="Poltava Oblast")
    said = _cli("correct", "set", naftogaz["event"], "launched.drone", "381", *WHY, "--db",
                ledger_url)
    assert "applied" in said
    _cli("ingest", str(CORPUS / "dev2"), "--db", ledger_url)
    now = _event(ledger_url, date="2025-10-0", places="Poltava Oblast")
    assert now["event"] != naftogaz["event"] and "Shostka" in now["places"]
    [kept] = _corrections(ledger_url)
    assert (kept["status"], kept["now"]) == ("applied", now["event"])
    claims = json.loads(_cli("claims", now["event"], "--db", ledger_url, "--format", "json"))
    best = [c["value"] for c in claims if c["claimant"] == "(estimate)"
            and (c["metric"], c["weapon"]) == ("launched", "drone")]
    assert best == [381]


@CHUNKS
def test_an_event_moved_to_another_day_stays_one_event_as_reports_arrive(
        tmp_path: Path, chunk_records: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ceasefire.store.refresh.CHUNK_RECORDS", chunk_records)
    db = str(tmp_path / "ledger.duckdb")
    _cli("ingest", str(ROOT / "docs" / "examples" / "tula-depot.json"), "--db", db)
    tula = _event(db, places="Tula")["event"]
    _cli("correct", "set", tula, "date", "2025-07-01", *WHY, "--db", db)
    assert _event(db, places="Tula")["date"] == "2025-07-01"
    for more in (ROOT / "examples", ROOT / "docs" / "examples-later"):
        _cli("ingest", str(more), "--db", db)  # other days, fused incrementally
        moved = _event(db, places="Tula")
        assert moved["date"] == "2025-07-01" and moved["event"] == tula


def test_a_second_correction_of_a_field_wins_and_both_show_the_machines_reading(
        tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.duckdb")
    _cli("ingest", str(ROOT / "docs" / "examples" / "tula-depot.json"), "--db", db)
    tula = _event(db, places="Tula")["event"]
    _cli("correct", "set", tula, "launched.drone", "140", *WHY, "--db", db)
    _cli("correct", "set", tula, "launched.drone", "145", *WHY, "--db", db)
    assert _event(db, places="Tula")["launched"] == 145
    assert [(c["value"], c["machine"]) for c in _corrections(db)] == [("140", "150"),
                                                                      ("145", "150")]


def test_rejecting_a_documents_records_or_a_position_fuses_without_them(tmp_path: Path
                                                                         ) -> None:
    db = str(tmp_path / "ledger.duckdb")
    _examples(db)
    chuhuiv = _event(db, places="Chuhuiv")
    _cli("correct", "reject", chuhuiv["event"], "--document", "chuhuiv-mayor", *WHY, "--db", db)
    without = _event(db, places="Chuhuiv")
    assert (without["killed"], without["sources"]) == (2, 1)  # the governor's alone
    assert "Halyna Minaieva" not in without["claimants"]
    [term] = json.loads(_cli("agreements", "--terms", "--db", db, "--format", "json"))
    [agreed] = [p for p in json.loads(_cli("agreements", "--db", db, "--format", "json"))
                if p["status"] == "agreed"]
    _cli("correct", "reject", agreed["position"], *WHY, "--db", db)
    assert json.loads(_cli("agreements", "--terms", "--db", db, "--format", "json")) == []
    assert [c["status"] for c in _corrections(db)] == ["applied", "applied"]
    assert term["scope"] == "energy_infrastructure"  # the term it made before
