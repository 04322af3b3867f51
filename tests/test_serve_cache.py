"""The server keeps GET answers while a DuckDB ledger is unchanged, and only that long; requests
in flight share one open ledger."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import create_app
from ceasefire.serve.api import Gate
from ceasefire.serve.cache import AnswerCache
from ceasefire.store import Ledger


def _ingest(folder: Path, db: Path, name: str, text: str) -> None:
    (folder / f"{name}.json").write_text(json.dumps(
        {"id": name, "published": "2025-09-01", "source": "Wire", "text": text}))
    result = CliRunner().invoke(cli, ["ingest", str(folder / f"{name}.json"), "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_an_ingest_by_another_command_shows_at_the_next_request(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    _ingest(tmp_path, db, "kharkiv", "Russia launched 30 drones at Kharkiv overnight, the "
                                     "regional governor said.")
    app = create_app(str(db))
    client = TestClient(app)
    first = client.get("/api/documents").json()
    assert first == client.get("/api/documents").json() and first["total"] == 1
    _released(app.state.gate)
    _ingest(tmp_path, db, "odesa", "Russia attacked Odesa with 12 drones overnight, the "
                                   "regional governor said.")
    assert client.get("/api/documents").json()["total"] == 2


def test_answers_are_kept_per_url_and_accept_header(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    _ingest(tmp_path, db, "kyiv", "Russia launched 50 drones at Kyiv overnight, the air "
                                  "force said.")
    client = TestClient(create_app(str(db)))
    as_json = client.get("/api/timeline")
    as_csv = client.get("/api/timeline", headers={"Accept": "text/csv"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_csv.headers["content-type"].startswith("text/csv")
    again = client.get("/api/timeline", headers={"Accept": "text/csv"})
    assert again.content == as_csv.content and "default-src" in again.headers[
        "Content-Security-Policy"]


def test_a_postgresql_ledger_has_no_version_so_nothing_is_kept() -> None:
    assert AnswerCache("postgresql://user@localhost/ledger").version() is None


def test_the_version_follows_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ledger.duckdb"
    cache = AnswerCache(str(path))
    assert cache.version() is None
    path.write_bytes(b"x")
    first = cache.version()
    path.write_bytes(b"xy")
    assert first is not None and cache.version() != first


def _released(gate: Gate) -> None:
    """Wait for the server to let go of the file, ``Gate.LINGER`` after its last request."""
    deadline = time.monotonic() + 10
    while gate.holding and time.monotonic() < deadline:
        time.sleep(gate.LINGER / 4)
    assert not gate.holding


def test_requests_share_one_open_ledger_and_let_go_of_it_when_idle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ledger.duckdb"
    _ingest(tmp_path, db, "kyiv", "Russia launched 50 drones at Kyiv overnight, the air "
                                  "force said.")
    opened = []

    def spied(*args: Any, **kwargs: Any) -> Ledger:
        opened.append(args)
        return real_open(*args, **kwargs)

    real_open = Ledger.open
    monkeypatch.setattr(Ledger, "open", spied)
    gate = Gate(str(db))
    with gate.reading() as first, gate.reading() as second:
        assert first.event_count() == second.event_count() == 1
    with gate.reading() as soon_after:  # within LINGER of the last one: still open
        assert soon_after.event_count() == 1
    assert len(opened) == 1 and gate.holding
    _released(gate)
    monkeypatch.setattr(Ledger, "open", real_open)
    with Ledger.open(db) as writer:  # an idle server holds no lock on the file
        assert writer.event_count() == 1
    with gate.reading() as again:  # opened anew after the writer
        assert again.event_count() == 1
    with gate.writing():  # a write through the API closes it at once
        assert not gate.holding


def test_one_thread_closes_the_shared_ledger_whatever_the_requests(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    _ingest(tmp_path, db, "kyiv", "Russia launched 50 drones at Kyiv overnight, the air "
                                  "force said.")
    gate = Gate(str(db))
    before = threading.active_count()
    for _ in range(50):  # each one the last in flight: a timer each made 50 threads
        with gate.reading() as ledger:
            assert ledger.event_count() == 1
    assert threading.active_count() <= before + 1 and gate.holding
    _released(gate)


def test_a_stopping_server_closes_the_shared_ledger_and_its_closing_thread(
        tmp_path: Path) -> None:
    # A daemon thread still inside DuckDB when Python exits aborts the process (exit 134):
    # the app's shutdown closes the gate, which leaves no such thread.
    db = tmp_path / "ledger.duckdb"
    _ingest(tmp_path, db, "kyiv", "Russia launched 50 drones at Kyiv overnight, the air "
                                  "force said.")
    gate = Gate(str(db))
    gate.LINGER = 60  # the closing thread would wait a minute
    with gate.reading() as ledger:
        assert ledger.event_count() == 1
    closers = [t for t in threading.enumerate() if t.name == "ceasefire-ledger-closer"]
    assert gate.holding and closers
    gate.close()
    assert not gate.holding and not any(t.is_alive() for t in closers)
    with TestClient(create_app(str(db))) as client:  # the app's shutdown does the same
        served = client.app.state.gate
        served.LINGER = 60
        assert client.get("/api/events").status_code == 200
        assert served.holding
    assert not served.holding
