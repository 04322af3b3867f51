"""The server keeps GET answers while a DuckDB ledger is unchanged, and only that long."""
from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import create_app
from ceasefire.serve.cache import AnswerCache


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
