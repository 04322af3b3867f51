"""`ceasefire serve --workers N`: N processes, each reading the DuckDB file read-only while it
has requests; read-only as a whole, since writes and URL jobs need one process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import TOKEN_ENV
from ceasefire.store import Ledger
from conftest import free_port, wait_until_serving

REPORT = {"id": "kyiv", "published": "2025-09-01", "source": "Wire",
          "text": "Russia launched 50 drones at Kyiv overnight, the air force said."}


def test_several_workers_with_a_write_token_is_one_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.duckdb"), "--workers",
                                      "2"], env={TOKEN_ENV: "s3cret", "COLUMNS": "300"})
    assert result.exit_code == 2
    assert "--workers 2 serves read-only: unset $CEASEFIRE_API_TOKEN" in result.output
    assert "Traceback" not in result.output


def test_two_workers_answer_read_only_and_let_go_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "kyiv.json").write_text(json.dumps(REPORT))
    db = tmp_path / "ledger.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "kyiv.json"), "--db", str(db)]
                              ).exit_code == 0
    port = free_port()
    command = Path(sys.executable).with_name("ceasefire")
    server = subprocess.Popen([command, "serve", "--db", db, "--port", str(port), "--workers",
                               "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=_without_token())
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base, server, 60)
        workers = _children(server.pid)
        assert len(workers) == 2
        for n in range(20):  # different URLs: not from the answer cache
            with urllib.request.urlopen(f"{base}/api/events?offset={n}", timeout=10) as answer:
                assert json.load(answer)["total"] == 1
        request = urllib.request.Request(f"{base}/api/documents", data=b"{}", method="POST")
        try:
            urllib.request.urlopen(request, timeout=10)
        except urllib.error.HTTPError as refused:
            assert refused.code == 403  # a read-only server
        else:
            raise AssertionError("a write was accepted")
        time.sleep(1)  # idle: each worker closes the file LINGER after its last request
        with Ledger.open(db) as writer:  # so `ceasefire ingest` can write beside them
            assert writer.event_count() == 1
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)


def _without_token() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != TOKEN_ENV}


def _children(pid: int) -> list[int]:
    """The worker processes uvicorn spawned for the server ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = stat.read_text().rsplit(")", 1)[1].split()[1]
            command = (stat.parent / "cmdline").read_text(errors="replace")
        except OSError:  # ended meanwhile
            continue
        if parent == str(pid) and "spawn_main" in command:
            found.append(int(stat.parent.name))
    return found


