"""`ceasefire ingest`: files into the ledger, one line per rejection, a summary, crash safety.

The tests that take ``ledger_url`` run on DuckDB and on PostgreSQL (see conftest.py).
"""
from __future__ import annotations

import inspect
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire import cli, errors
from ceasefire.cli import app
from ceasefire.store import Ledger

runner = CliRunner()
CITIES = ("Kharkiv", "Odesa", "Dnipro", "Sumy", "Zaporizhzhia", "Poltava", "Chernihiv", "Kherson")
FUSION_INSTALLED = __import__("importlib").util.find_spec("ceasefire.fuse") is not None


def write_reports(folder: Path, count: int) -> Path:
    """``count`` short invented reports with varied figures, places and dates."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        launched, city = 20 + n * 7 % 180, CITIES[n % len(CITIES)]
        text = (f"Russia launched {launched} drones at {city} overnight, Ukraine's air force "
                f"said in its morning report number {n}. Air defences shot down "
                f"{launched - n % 17} of them, and {n % 5 + 1} people were injured.")
        (folder / f"report-{n:04d}.json").write_text(json.dumps({
            "id": f"report-{n:04d}", "published": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "source": "Example Wire", "text": text}))
    return folder


def ingest(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr.strip().splitlines()


def summary(stored: int, unchanged: int = 0, replaced: int = 0, skipped: int = 0,
            reasons: str = "") -> str:
    total = stored + unchanged + replaced + skipped
    return (f"read {total} document{'s' if total != 1 else ''}: {stored} stored, "
            f"{unchanged} unchanged, {replaced} replaced, {skipped} skipped"
            + (f" ({reasons})" if reasons else ";"))


def test_ingest_stores_each_document_and_prints_a_summary(ledger_url: str, tmp_path: Path
                                                          ) -> None:
    code, lines = ingest(str(write_reports(tmp_path / "in", 3)), "--db", ledger_url)
    assert code == 0, lines
    assert lines[-1].startswith(summary(3) + " 3 records")
    with Ledger.open(ledger_url) as ledger:
        assert [d.name for d in ledger.documents()] == [f"report-{n:04d}" for n in range(3)]
        assert ledger.query("SELECT count(*) FROM quantities")[0][0] >= 6


def test_ingest_twice_stores_nothing_new(ledger_url: str, tmp_path: Path) -> None:
    reports = str(write_reports(tmp_path / "in", 3))
    ingest(reports, "--db", ledger_url)
    code, lines = ingest(reports, "--db", ledger_url)
    assert code == 0
    assert lines[-1].startswith(summary(0, unchanged=3) + " 0 records")


def test_ingest_of_a_changed_report_replaces_it(ledger_url: str, tmp_path: Path) -> None:
    reports = write_reports(tmp_path / "in", 2)
    ingest(str(reports), "--db", ledger_url)
    changed = json.loads((reports / "report-0001.json").read_text())
    changed["text"] += " Two more people were injured later in the day."
    (reports / "report-0001.json").write_text(json.dumps(changed))
    code, lines = ingest(str(reports), "--db", ledger_url)
    assert code == 0
    assert lines[-1].startswith(summary(0, unchanged=1, replaced=1))


def test_ingest_stores_rejections_and_prints_one_line_each(ledger_url: str, tmp_path: Path
                                                           ) -> None:
    reports = write_reports(tmp_path / "in", 2)
    (reports / "lviv.txt").write_text("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με drones.")
    (reports / "broken.json").write_text('{"text": ')
    code, lines = ingest(str(reports), "--db", ledger_url)
    assert code == 0
    assert [line.split(":")[:2] for line in lines[:-1]] == [
        ["error", f" {reports / 'broken.json'}"], ["error", f" {reports / 'lviv.txt'}"]]
    assert lines[-1].startswith(summary(2, skipped=2, reasons="1 bad JSON, 1 language not read"))
    with Ledger.open(ledger_url) as ledger:
        assert [r.where for r in ledger.rejections()] == [str(reports / "broken.json"),
                                                          str(reports / "lviv.txt")]


def test_ingest_with_nothing_storable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    code, lines = ingest(str(tmp_path / "empty.txt"), "--db", str(tmp_path / "ledger.duckdb"))
    assert code == 1
    assert lines[-1].startswith(summary(0, skipped=1, reasons="1 empty"))


def test_ingest_uses_ceasefire_db_without_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    monkeypatch.setenv("CEASEFIRE_DB", str(tmp_path / "from-env.duckdb"))
    code, _ = ingest(str(write_reports(tmp_path / "in", 1)))
    assert code == 0
    assert (tmp_path / "from-env.duckdb").exists()


@pytest.mark.skipif(not FUSION_INSTALLED, reason="ceasefire.fuse is not written yet")
def test_ingest_fuses_the_stored_documents_into_events(ledger_url: str, tmp_path: Path) -> None:
    code, lines = ingest(str(write_reports(tmp_path / "in", 3)), "--db", ledger_url)
    with Ledger.open(ledger_url) as ledger:
        events = ledger.events()
    assert lines[-1].endswith(f"; {len(events)} events")
    assert sum(len(e.claims) for e in events) >= 6


# --- crash safety ---------------------------------------------------------------------------

def _committed_some(url: str) -> bool:
    """Has the ingest process committed documents yet (without disturbing it)?"""
    if "://" not in url:  # DuckDB: the writer holds the file; its write-ahead log grows
        # by ~240 KB a commit of 100 of these reports, written in pieces: a log past 350 KB
        # holds the first commit whole (a kill while the log was at 260 KB could land inside
        # it, on a loaded machine, and leave nothing stored)
        wal = Path(f"{url}.wal")
        return wal.exists() and wal.stat().st_size > 350_000
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        try:
            row = connection.execute("SELECT count(*) FROM documents").fetchone()
        except psycopg.errors.UndefinedTable:
            return False
        return bool(row and row[0] > 0)


def test_kill_during_ingest_then_rerun_stores_each_document_once(ledger_url: str,
                                                                 tmp_path: Path) -> None:
    reports = write_reports(tmp_path / "in", 1000)
    command = [sys.executable, "-m", "ceasefire", "ingest", str(reports), "--db", ledger_url]
    with open(tmp_path / "stderr", "w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr,
                                   env={**os.environ, "COLUMNS": "200"})
        deadline = time.monotonic() + 120
        while not _committed_some(ledger_url) and process.poll() is None:
            assert time.monotonic() < deadline, "ingest committed nothing in 120 s"
            time.sleep(0.02)
        assert process.poll() is None, "ingest ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

    with Ledger.open(ledger_url) as ledger:
        before = len(ledger.documents())
    assert 0 < before < 1000, "the kill should land part-way"

    code, lines = ingest(str(reports), "--db", ledger_url)
    assert code == 0, lines
    assert lines[-1].startswith(summary(1000 - before, unchanged=before))
    with Ledger.open(ledger_url) as ledger:
        stored = ledger.documents(history=True)
        assert len(stored) == 1000 and all(d.superseded_by is None for d in stored)
        assert len({d.content_hash for d in stored}) == 1000
        assert ledger.query(_ORPHANS) == [(0,)]
        assert ledger.query("SELECT count(DISTINCT document_id) FROM strikes") == [(1000,)]


def test_a_crash_between_storing_and_fusing_is_healed_by_the_next_ingest(
        ledger_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = write_reports(tmp_path / "in", 12)

    def crash(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt  # stands for a kill after the last batch committed

    monkeypatch.setattr(cli, "_fuse", crash)
    assert ingest(str(reports), "--db", ledger_url)[0] == 130
    monkeypatch.undo()
    with Ledger.open(ledger_url) as ledger:
        assert len(ledger.documents()) == 12 and ledger.event_count() == 0
        assert ledger.due_days()  # the days left to fuse are in the ledger, not in memory

    code, lines = ingest(str(reports), "--db", ledger_url)  # every document unchanged
    assert code == 0 and lines[-1].startswith(summary(0, unchanged=12))
    clean = tmp_path / "clean.duckdb"
    ingest(str(reports), "--db", str(clean))
    with Ledger.open(ledger_url) as healed, Ledger.open(str(clean)) as fresh:
        assert healed.due_days() == set()
        assert [e.id for e in healed.events()] == [e.id for e in fresh.events()]
        assert healed.event_count() > 0


_ORPHANS = """SELECT
    (SELECT count(*) FROM strikes WHERE document_id NOT IN (SELECT id FROM documents))
  + (SELECT count(*) FROM evidence WHERE document_id NOT IN (SELECT id FROM documents))
  + (SELECT count(*) FROM quantities WHERE strike_id NOT IN (SELECT id FROM strikes))
  + (SELECT count(*) FROM strike_places WHERE strike_id NOT IN (SELECT id FROM strikes))
  + (SELECT count(*) FROM strike_weapons WHERE strike_id NOT IN (SELECT id FROM strikes))"""


# --- what goes wrong with the database: one line, exit code 1 -------------------------------

def test_a_locked_duckdb_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "ledger.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        code, lines = ingest(str(write_reports(tmp_path / "in", 1)), "--db", str(path))
    finally:
        holder.kill()
        holder.wait()
    assert code == 1
    # the holder by its PID and the first words of its command line, shortened
    holder_line = f"{Path(sys.executable).name} -c import duckdb, sys, time; c =…"
    assert lines == [f"error: {path}: is in use by another process (PID {holder.pid}: "
                     f"{holder_line}). Wait for it to finish or stop it, then run this again: "
                     "DuckDB lets one process at a time write a database file"]


@pytest.mark.parametrize(("db", "problem"), [
    ("mysql://localhost/ceasefire", 'is not a database ceasefire can open ("mysql:" is not'),
    ("postgresql://localhost:1/ceasefire", "refused the connection"),
    ("{tmp}/notes.txt", "cannot be opened as a ceasefire database (it is not a DuckDB"),
])
def test_a_bad_database_is_one_line_and_exit_1(tmp_path: Path, db: str, problem: str) -> None:
    (tmp_path / "notes.txt").write_text("shopping list")
    code, lines = ingest(str(write_reports(tmp_path / "in", 1)), "--db",
                         db.format(tmp=tmp_path))
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("error: ") and problem in lines[0]


def _input_errors() -> list[type[errors.ReportedError]]:
    found, todo = [], [errors.InputError]
    while todo:
        kind = todo.pop()
        todo += kind.__subclasses__()
        if "__init__" in vars(kind):
            found.append(kind)
    return [*found, errors.ReaderFailed, errors.DocumentNotStored]


@pytest.mark.parametrize("kind", _input_errors(), ids=lambda kind: kind.__name__)
def test_every_rejection_has_a_short_reason_in_the_summary(kind: type) -> None:
    dummy = {"str": "x", "str | None": "x", "int": 1, "int | None": 1, "float": 1.0,
             "BaseException": ValueError("x")}
    parameters = inspect.signature(kind.__init__).parameters.values()
    error = kind(*(dummy[p.annotation] for p in parameters
                   if p.name != "self" and p.default is inspect.Parameter.empty))
    assert cli._skip_reason(error.problem) in {reason for _, reason in cli._SKIP_REASONS}


# A damaged DuckDB file: the command fails (exit 1) and says to restore or rebuild it, never
# to run it again (that cannot help) and never prints what it could still read.
HEADERS = 12_288  # DuckDB's file header and its two database headers, before the first block


def _damaged(tmp_path: Path, damage: str) -> Path:
    path = tmp_path / "ledger.duckdb"
    assert ingest(str(write_reports(tmp_path / "in", 3)), "--db", str(path))[0] == 0
    data = bytearray(path.read_bytes())
    if damage == "truncated":  # a copy cut short: the blocks at the end are missing
        data = data[:len(data) // 2]
    else:  # bytes flipped in the first block, which every open reads
        data[HEADERS + 64:HEADERS + 128] = bytes(b ^ 0xFF for b in data[HEADERS + 64:HEADERS + 128])
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("damage", ["truncated", "flipped bytes"])
@pytest.mark.parametrize("command", [["events"], ["ingest", "{reports}"]])
def test_a_damaged_duckdb_file_says_restore_or_rebuild(tmp_path: Path, damage: str,
                                                      command: list[str]) -> None:
    path = _damaged(tmp_path, damage)
    args = [a.format(reports=tmp_path / "in") for a in command]
    result = runner.invoke(app, [*args, "--db", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}: is damaged (")
    assert "restore it from a backup" in line and "ceasefire ingest" in line
    assert "run the command again" not in line
