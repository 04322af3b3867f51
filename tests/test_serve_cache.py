"""The server keeps GET answers while a DuckDB ledger is unchanged, and only that long; requests
in flight share one open ledger."""
from __future__ import annotations

import json
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
    client = TestClient(create_app(str(db)))
    first = client.get("/api/documents").json()
    assert first == client.get("/api/documents").json() and first["total"] == 1
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


def test_requests_in_flight_share_one_open_ledger_and_the_last_closes_it(
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
    assert len(opened) == 1
    monkeypatch.setattr(Ledger, "open", real_open)
    with Ledger.open(db) as writer:  # nothing holds the file between requests
        assert writer.event_count() == 1
    with gate.reading() as again:  # opened anew after the writer
        assert again.event_count() == 1
