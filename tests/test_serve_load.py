"""Anonymous load on `ceasefire serve` (issue 15, item 9): a loop of reads lets `ingest` write
the same DuckDB ledger, a connection that never finishes its request is closed, and a costly
search is refused at once while other requests are served."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import TOKEN_ENV
from ceasefire.store import Ledger
from conftest import free_port, wait_until_serving
from test_store_cli import write_reports

CEASEFIRE = [sys.executable, "-m", "ceasefire"]


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``ceasefire serve`` on ``db`` (read-only: no token), as a user starts it; its URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
    server = subprocess.Popen([*CEASEFIRE, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base, server, 60)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            answer.read()
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        refused.read()
        return refused.code


@contextmanager
def reads_in_a_loop(base: str, clients: int = 4) -> Iterator[Counter[int]]:
    """``clients`` threads asking for pages no cache holds, one after the other, until the
    block ends; the count of each status they got."""
    seen: Counter[int] = Counter()
    stop = threading.Event()

    def client(k: int) -> None:
        n = 0
        while not stop.is_set():
            n += 1
            seen[status(f"{base}/api/events?offset={n}&limit={k + 1}")] += 1  # none cached

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for thread in threads:
        thread.start()
    try:
        yield seen
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)


def test_ingest_writes_the_ledger_that_a_server_under_a_loop_of_reads_serves(
        tmp_path: Path) -> None:
    first = write_reports(tmp_path / "first", 3)
    db = tmp_path / "ledger.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(first), "--db", str(db)]).exit_code == 0
    later = tmp_path / "later"
    later.mkdir()
    for n, report in enumerate(sorted(write_reports(tmp_path / "all", 40).iterdir())):
        if n >= 3:
            report.rename(later / report.name)
    with serving(db) as base, reads_in_a_loop(base) as seen:
        time.sleep(1)  # the loop holds the file open: the server's readers never pause
        assert seen[200] > 0
        started = time.monotonic()
        done = subprocess.run([*CEASEFIRE, "ingest", str(later), "--db", str(db)],
                              capture_output=True, text=True, timeout=120)
        took = time.monotonic() - started
        assert done.returncode == 0, done.stderr
        assert "read 37 documents: 37 stored" in done.stderr
        before = seen.copy()
        time.sleep(1.5)  # the server reads again, and sees what was stored
        assert seen[200] > before[200]
        assert status(f"{base}/api/documents?limit=7") == 200
    assert set(seen) <= {200, 503}, seen  # refused while the writer held it, never failed
    assert took < 60
    assert not Path(str(db) + ".waiting-writer").exists()
    with Ledger.open(db, read_only=True) as ledger:
        assert len(ledger.documents()) == 40
