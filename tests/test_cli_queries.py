"""The ledger's query and export commands, on a ledger made from short invented reports."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire.cli import app
from conftest import fresh_ledger

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPORTS = {
    "a": ("2025-06-02", "Russia launched 80 drones at Poltava overnight, Ukraine's air force "
                        "said. A drone hit a substation in Poltava, regional governor Volodymyr "
                        "Kohut said."),
    "b": ("2025-06-02", "Russian drones struck Poltava overnight, killing two people, the "
                        "regional governor said. The air force said 64 of 80 drones were shot "
                        "down."),
    "c": ("2025-06-04", "Russia and Ukraine agreed on Tuesday to halt strikes on energy "
                        "infrastructure for 30 days, the White House said."),
    "d": ("2025-06-05", "Ukrainian drones hit an oil depot in Bryansk overnight, Governor "
                        "Alexander Bogomaz said."),
}
runner = CliRunner()


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One ledger of the invented reports per backend, shared by the module's tests."""
    folder = tmp_path_factory.mktemp("reports")
    for name, (published, text) in REPORTS.items():
        (folder / f"{name}.json").write_text(json.dumps(
            {"id": name, "published": published, "source": "Example Wire", "text": text}))
    with fresh_ledger(request, tmp_path_factory.mktemp("ledger")) as url:
        result = runner.invoke(app, ["ingest", str(folder), "--db", url])
        assert result.exit_code == 0, result.output
        yield url


def _rows(args: list[str]) -> list[dict]:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_two_reports_of_one_night_are_one_event_with_both_outlets_claims(db: str) -> None:
    events = _rows(["events", "--db", db, "--format", "jsonl", "--attacker", "RU"])
    [poltava] = [e for e in events if "Poltava" in e["places"]]
    assert poltava["sources"] == 2 and poltava["launched"] == 80 and poltava["killed"] == 2


def test_events_filter_by_place_and_dates(db: str) -> None:
    assert _rows(["events", "--db", db, "--format", "jsonl", "--place", "bryansk"])
    assert not _rows(["events", "--db", db, "--format", "jsonl", "--until", "2025-06-01"])


@pytest.mark.parametrize(("options", "places"), [
    (["--attacker", "RU"], ["Poltava"]),
    (["--attacker", "ua"], ["Bryansk"]),  # any case
    (["--target-country", "RU"], ["Bryansk"]),
    (["--weapon", "drone", "--target-type", "energy"], ["Poltava", "Bryansk"]),
    (["--weapon", "missile"], []),
    (["--claimant", "air force"], ["Poltava"]),
    (["--attacker", "UA", "--since", "2025-06-03", "--until", "2025-06-05"], ["Bryansk"]),
])
def test_each_filter_keeps_what_its_name_says(db: str, options: list[str],
                                              places: list[str]) -> None:
    for command in ("events", "export"):
        rows = _rows([command, "--db", db, "--format", "jsonl", *options])
        assert [r["places"].split(", ")[0] for r in rows] == places, command


def test_the_timeline_and_violations_take_the_same_filters(db: str) -> None:
    assert [r["attacker"] for r in _rows(["timeline", "--db", db, "--format", "jsonl",
                                          "--target-country", "UA"])] == ["RU"]
    assert _rows(["violations", "--db", db, "--format", "jsonl", "--attacker", "UA"])
    assert not _rows(["violations", "--db", db, "--format", "jsonl", "--attacker", "RU"])


def test_side_is_gone_with_a_message_that_says_what_to_use(db: str) -> None:
    for command in ("events", "timeline", "violations", "export"):
        result = runner.invoke(app, [command, "--db", db, "--format", "csv", "--side", "UA"])
        assert result.exit_code == 2, command
        said = " ".join(result.output.replace("│", " ").split())
        assert "--attacker UA" in said and "--target-country UA" in said, said


@pytest.mark.parametrize(("option", "value", "allowed"), [
    ("--attacker", "XX", "RU"), ("--target-country", "Russia", "UA"),
    ("--weapon", "rocket", "ballistic_missile"), ("--target-type", "oil", "energy"),
])
def test_a_value_outside_a_filter_s_list_is_a_usage_error_naming_the_allowed(
        db: str, option: str, value: str, allowed: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, option, value])
    said = " ".join(result.output.replace("│", " ").split())
    assert result.exit_code == 2 and option in said and allowed in said, said


def test_an_empty_answer_as_csv_still_has_its_header(db: str) -> None:
    for command in ("events", "timeline", "export"):
        result = runner.invoke(app, [command, "--db", db, "--format", "csv", "--weapon",
                                     "aircraft"])
        assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1, command
        assert result.stdout.startswith(("event,date,attacker", "date,attacker,events"))


def test_a_figure_nobody_gave_is_empty_in_the_timeline_not_zero(db: str) -> None:
    # Bryansk: no figure at all; Poltava: no one gave the injured
    result = runner.invoke(app, ["timeline", "--db", db, "--format", "csv"])
    rows = {r["attacker"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert (rows["UA"]["launched"], rows["UA"]["killed"], rows["UA"]["events"]) == ("", "", "1")
    assert (rows["RU"]["injured"], rows["RU"]["missiles_launched"]) == ("", "")
    assert rows["RU"]["drones_launched"] == "80.0"


def test_claims_of_an_event_show_each_claim_with_its_sentence(db: str) -> None:
    [event] = [e for e in _rows(["events", "--db", db, "--format", "jsonl"])
               if "Poltava" in e["places"]]
    claims = _rows(["claims", event["event"], "--db", db, "--format", "jsonl"])
    assert {c["metric"] for c in claims} >= {"launched", "intercepted", "killed"}
    assert all(c["sentence"] for c in claims if c["claimant"] != "(estimate)")


def test_claims_of_an_unknown_event_is_one_clear_error(db: str) -> None:
    result = runner.invoke(app, ["claims", "nope", "--db", db])
    assert result.exit_code == 1 and "no event 'nope'" in result.output


def test_the_energy_truce_is_a_position_and_a_term(db: str) -> None:
    positions = _rows(["agreements", "--db", db, "--format", "jsonl"])
    assert [(p["scope"], p["status"]) for p in positions] == [("energy_infrastructure", "agreed")]
    [term] = _rows(["agreements", "--terms", "--db", db, "--format", "jsonl"])
    assert (term["start"], term["end"]) == ("2025-06-03", "2025-07-02")
    assert (term["kind"], term["bound"]) == ("mutual", "RU agreed 2025-06-03; UA agreed 2025-06-03")


def test_the_oil_depot_strike_by_a_party_is_an_alleged_violation(db: str) -> None:
    rows = _rows(["violations", "--db", db, "--format", "jsonl"])
    assert [(r["kind"], r["accused"], r["bound_as"]) for r in rows] == [
        ("alleged_violation", "UA", "party")]
    assert "Bryansk" in rows[0]["reason"]


def test_timeline_as_csv_has_a_row_per_day_and_side(db: str) -> None:
    result = runner.invoke(app, ["timeline", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["date"], r["attacker"]) for r in rows] == [("2025-06-02", "RU"),
                                                           ("2025-06-05", "UA")]


def test_export_parquet_needs_a_file(db: str, tmp_path: Path) -> None:
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", db]).exit_code == 2
    out = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", db,
                               "--out", str(out)]).exit_code == 0
    assert out.stat().st_size > 0


def test_export_geojson_and_acled(db: str) -> None:
    geo = json.loads(runner.invoke(app, ["export", "--format", "geojson", "--db", db]).stdout)
    assert {f["properties"]["place"] for f in geo["features"]} >= {"Poltava", "Bryansk"}
    acled = runner.invoke(app, ["export", "--format", "acled", "--db", db]).stdout
    assert acled.splitlines()[0].startswith("event_id_cnty,event_date,year,time_precision,")
    rows = list(csv.DictReader(io.StringIO(acled)))
    assert {r["sub_event_type"] for r in rows} == {"Air/drone strike", "Agreement"}
    # a filter on strikes alone leaves the truce positions out; an empty answer has a header
    only = runner.invoke(app, ["export", "--format", "acled", "--db", db, "--attacker", "UA"])
    assert {r["sub_event_type"] for r in csv.DictReader(io.StringIO(only.stdout))} == \
        {"Air/drone strike"}
    none = runner.invoke(app, ["export", "--format", "acled", "--db", db, "--place", "Lviv"])
    assert len(none.stdout.splitlines()) == 1 and none.stdout.count(",") == 30


def test_an_unknown_format_is_a_usage_error(db: str) -> None:
    assert runner.invoke(app, ["events", "--db", db, "--format", "xml"]).exit_code == 2


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the repo")
def test_seeds_krasnodar_oil_depot_is_listed_against_the_energy_term_outside_its_parties(
        tmp_path: Path) -> None:
    path = str(tmp_path / "seeds.duckdb")
    assert runner.invoke(app, ["ingest", str(CORPUS / "seeds"), "--db", path]).exit_code == 0
    rows = _rows(["violations", "--db", path, "--format", "jsonl"])
    krasnodar = [r for r in rows if "Krasnodar" in r["reason"]]
    assert [(r["kind"], r["scope"], r["accused"]) for r in krasnodar] == [
        ("outside_parties", "energy_infrastructure", "UA")]
    assert not [r for r in rows if "Sumy" in r["reason"] and r["scope"] == "energy_infrastructure"]


def test_a_rerun_with_nothing_new_keeps_the_fusion_without_recomputing_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ceasefire.cli as cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "a", "published": "2025-06-02",
                                               "text": REPORTS["a"][1]}))
    path = str(tmp_path / "ledger.duckdb")
    assert runner.invoke(app, ["ingest", str(folder), "--db", path]).exit_code == 0

    def no_fusion(*args: object) -> None:
        raise AssertionError("fused again although no document changed")

    monkeypatch.setattr(cli, "refresh", no_fusion)
    result = runner.invoke(app, ["ingest", str(folder), "--db", path])
    assert result.exit_code == 0 and "1 unchanged" in result.output and "1 event" in result.output


def test_exchanges_and_talks_take_date_filters(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "swap.json").write_text(json.dumps({
        "id": "swap", "published": "2025-06-06",
        "text": "Russia and Ukraine swapped 120 prisoners of war each on Friday after talks "
                "in Istanbul on Friday, the UAE said."}))
    path = str(tmp_path / "ledger.duckdb")
    assert runner.invoke(app, ["ingest", str(folder), "--db", path]).exit_code == 0
    for command in ("exchanges", "talks"):
        assert len(_rows([command, "--db", path, "--since", "2025-06-01"])) == 1
        assert _rows([command, "--db", path, "--until", "2025-05-31"]) == []


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the repo")
def test_the_corpus_truce_ledger_holds_up_and_is_the_same_on_duckdb_and_postgresql(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    folders = [str(CORPUS / name) for name in ("seeds", "dev", "dev2")]
    shown: dict[str, tuple[str, str]] = {}
    for kind in ("duckdb", "postgresql"):
        (tmp_path / kind).mkdir()
        with fresh_ledger(request, tmp_path / kind, kind) as url:
            assert runner.invoke(app, ["ingest", *folders, "--db", url]).exit_code == 0
            shown[kind] = tuple(runner.invoke(app, [*args, "--db", url, "--format", "json"]
                                              ).stdout
                                for args in (["agreements", "--terms"], ["violations"]))
    assert shown["duckdb"] == shown["postgresql"]
    terms, violations = (json.loads(text) for text in shown["duckdb"])
    by_id = {t["term"]: t for t in terms}
    # every side a term binds consented to it; Kyiv's acceptance of 11 March made no term
    assert all(side in t["bound"] for t in terms for side in t["parties"].split(", "))
    assert not [t for t in terms if t["start"] <= "2025-03-11" <= t["checked_until"]]
    [victory_day] = [t for t in terms if t["start"] == "2025-05-08"]
    assert (victory_day["kind"], victory_day["parties"], victory_day["end"]) == \
        ("unilateral", "RU", "2025-05-10")
    # an end nobody reported is said, and strikes are checked three days only
    unknown = {t["scope"]: t for t in terms if t["end"] == "end unknown"}
    assert unknown["black_sea"]["checked_until"] == "2025-03-27"  # from 25 March
    assert unknown["other"]["checked_until"] is None  # a local pause: its place is not read
    for row in violations:
        if row["event"] and row["term"]:  # no strike charged outside its term
            term = by_id[row["term"]]
            assert term["start"] <= row["date"] <= term["checked_until"]
        if row["kind"] == "alleged_violation":
            assert row["accused"] in by_id[row["term"]]["parties"] and row["bound_as"]
    documents = [json.loads(p.read_text()) for f in folders for p in Path(f).glob("*.json")]
    not_accusers = {d["id"] for d in documents} | {d.get("source") for d in documents} | \
        {p.stem for f in folders for p in Path(f).glob("*.json")}
    accusers = {a for row in violations for a in row["accusing"].split(", ") if a}
    assert accusers and not accusers & not_accusers


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the repo")
def test_the_corpus_figures_and_acled_export_add_up_and_are_the_same_on_both_backends(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    import duckdb

    folders = [str(CORPUS / name) for name in ("seeds", "dev", "dev2")]
    shown: dict[str, tuple[str, ...]] = {}
    for kind in ("duckdb", "postgresql"):
        (tmp_path / kind).mkdir()
        with fresh_ledger(request, tmp_path / kind, kind) as url:
            assert runner.invoke(app, ["ingest", *folders, "--db", url]).exit_code == 0
            parquet = tmp_path / kind / "acled.parquet"
            assert runner.invoke(app, ["export", "--format", "acled-parquet", "--db", url,
                                       "--out", str(parquet)]).exit_code == 0
            shown[kind] = (
                runner.invoke(app, ["events", "--db", url, "--format", "json"]).stdout,
                runner.invoke(app, ["export", "--format", "acled", "--db", url]).stdout,
                runner.invoke(app, ["timeline", "--db", url, "--format", "csv"]).stdout,
                str(duckdb.sql(f"SELECT * FROM '{parquet}'").fetchall()))
    assert shown["duckdb"] == shown["postgresql"]
    events = json.loads(shown["duckdb"][0])
    acled = list(csv.DictReader(io.StringIO(shown["duckdb"][1])))
    for row in events:  # best figures are whole numbers, a claim's own or a claimant's sum
        assert all(row[m] is None or row[m] == int(row[m])
                   for m in ("launched", "intercepted", "killed", "injured"))
    penza = next(r for r in events if r["date"] == "2025-08-02" and "Penza" in r["places"])
    assert penza["killed"] == 3  # one in Penza, one in Samara, one in Rostov
    ids = [r["event_id_cnty"] for r in acled]
    assert len(ids) == len(set(ids))
    assert sum(int(r["fatalities"]) for r in acled) == sum(
        r["killed"] or 0 for r in events if r["date"])
    assert len(acled[0]) == 31
    refinery = [r for r in acled if "Ryazan" in r["notes"] and r["event_date"] == "2025-01-24"]
    assert {r["location"] for r in refinery} == {"Ryazan"}  # not where drones were downed
    assert {r["actor2"] for r in refinery} == {""}  # a refinery is no civilian actor
    schema = duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path / 'duckdb' / 'acled.parquet'}'")
    assert [(c[0], c[1]) for c in schema.fetchall()][:4] == [
        ("event_id_cnty", "VARCHAR"), ("event_date", "DATE"), ("year", "INTEGER"),
        ("time_precision", "INTEGER")]


# --- stored text is printed as it is, never read as terminal markup (issue 15) ---------------

class _Terminal(io.StringIO):
    def isatty(self) -> bool:  # rich writes colours and hyperlinks only to a terminal
        return True


MARKUP = ("[/x]", "[link=https://evil.example/]Wire[/link]", "[bold]Wire :thumbs_up:")


@pytest.mark.parametrize("outlet", MARKUP)
def test_stored_text_in_a_table_is_printed_as_it_is(outlet: str) -> None:
    from ceasefire.show import print_rows

    out = _Terminal()
    print_rows([{"outlet": outlet}], "table", "claims of [/e]", out=out)  # an id given
    printed = out.getvalue()
    assert outlet in printed and "[/e]" in printed
    assert "\x1b]8;" not in printed and "👍" not in printed  # no hidden link, no emoji


@pytest.mark.parametrize("command", ["claims", "corrections"])
def test_text_holding_markup_neither_crashes_nor_hides_in_the_cli(tmp_path: Path,
                                                                  command: str) -> None:
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"id": "hostile", "published": "2025-06-02", "source": "[/x]",
                                  "text": REPORTS["b"][1]}))
    db = str(tmp_path / "ledger.duckdb")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    [event] = _rows(["events", "--db", db, "--format", "jsonl"])
    assert runner.invoke(app, ["correct", "set", event["event"], "killed", "3", "--why", "[/y]",
                               "--db", db]).exit_code == 0
    args = [command, event["event"]] if command == "claims" else [command]
    result = runner.invoke(app, [*args, "--db", db, "--format", "table"])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert ("[/x]" if command == "claims" else "[/y]") in result.stdout, result.stdout


def test_every_console_of_the_cli_prints_text_as_it_is() -> None:
    # one place makes them (show.console: no markup, no emoji codes), so no command can
    # print an outlet, a sentence or a path as markup
    source = Path(__file__).resolve().parents[1] / "src" / "ceasefire"
    made = {str(p.relative_to(source)) for p in source.rglob("*.py")
            if "Console(" in p.read_text(encoding="utf-8")}
    assert made == {"show.py"}


# --- documents and their languages ----------------------------------------------------------

LANGUAGES = {
    "kharkiv-uk": ("uk", "Уночі росіяни атакували Харків дронами, повідомив міський голова. "
                         "Пошкоджено кілька будинків."),
    "kursk-ru": ("ru", "Дежурные средства ПВО перехватили и уничтожили пять беспилотников над "
                       "территорией Курской области."),
    "odesa-en": ("en", "Russia attacked the port of Odesa with 20 drones overnight, the regional "
                       "governor said."),
}


@pytest.fixture
def languages_db(ledger_url: str, tmp_path: Path) -> str:
    for name, (_, text) in LANGUAGES.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(
            {"id": name, "published": "2025-08-21", "source": "Example Wire", "text": text}))
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", ledger_url])
    assert result.exit_code == 0, result.output
    return ledger_url


@pytest.mark.parametrize("language", [None, "en", "uk", "ru"])
def test_documents_lists_each_document_with_its_language(languages_db: str,
                                                         language: str | None) -> None:
    args = ["documents", "--db", languages_db, "--format", "jsonl"]
    rows = _rows(args + (["--language", language] if language else []))
    expected = {name: code for name, (code, _) in LANGUAGES.items()
                if language in (None, code)}
    assert {r["document"]: r["language"] for r in rows} == expected


def test_documents_table_says_the_language_in_words(languages_db: str) -> None:
    result = runner.invoke(app, ["documents", "--db", languages_db, "--format", "table"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[1]: line for line in result.stdout.splitlines()
             if line.startswith("│ ") and "-" in line.split()[1]}
    assert "Ukrainian" in lines["kharkiv-uk"] and "Russian" in lines["kursk-ru"]
    assert "English" in lines["odesa-en"] and " uk " not in result.stdout


def test_documents_refuses_a_language_not_read(languages_db: str) -> None:
    result = runner.invoke(app, ["documents", "--db", languages_db, "--language", "pl"])
    assert result.exit_code == 2 and "'pl' is not one of en, uk, ru" in result.output
