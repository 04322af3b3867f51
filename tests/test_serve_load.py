"""Anonymous load on `ceasefire serve` (issue 15, item 9): a loop of reads lets `ingest` write
the same DuckDB ledger, a connection that never finishes its request is closed, and a costly
search is refused at once while other requests are served."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from ceasefire import errors, search
from ceasefire.cli import app as cli
from ceasefire.serve import create_app, deadlines, options
from ceasefire.serve.gate import Gate
from ceasefire.store import Ledger, find
from conftest import free_port, serving
from test_store_cli import write_reports

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_share import Clients, status  # noqa: E402  (the bench's loop of reads)

CEASEFIRE = [sys.executable, "-m", "ceasefire"]


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
    with serving(db) as base:
        clients = Clients(base, 4)  # pages no cache holds, one request after the other
        clients.start()
        time.sleep(1)  # the loop holds the file open: the server's readers never pause
        started = time.monotonic()
        done = subprocess.run([*CEASEFIRE, "ingest", str(later), "--db", str(db)],
                              capture_output=True, text=True, timeout=120)
        took = time.monotonic() - started
        during = clients.next_phase()
        time.sleep(1.5)  # the server reads again, and sees what was stored
        after = clients.stop()
        assert status(f"{base}/api/documents?limit=7") == 200
    assert done.returncode == 0, done.stderr
    assert "read 37 documents: 37 stored" in done.stderr
    assert during.statuses[200] > 0 and after.statuses[200] > 0
    # refused while the writer held it, never failed
    assert set(during.statuses) | set(after.statuses) <= {200, 503}, (during, after)
    assert took < 60
    assert not Path(str(db) + ".waiting-writer").exists()
    with Ledger.open(db, read_only=True) as ledger:
        assert len(ledger.documents()) == 40


def closed(connection: socket.socket, within: float) -> bool:
    """Does the server close ``connection`` within ``within`` seconds (whatever it sent)?"""
    connection.settimeout(within)
    try:
        while connection.recv(4096):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        pass
    return True


def test_connections_that_never_finish_their_headers_are_closed(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(write_reports(tmp_path / "in", 2)), "--db",
                                    str(db)]).exit_code == 0
    with serving(db) as base:
        port = int(base.rsplit(":", 1)[1])
        silent = [socket.create_connection(("127.0.0.1", port)) for _ in range(10)]
        dripping = [socket.create_connection(("127.0.0.1", port)) for _ in range(10)]
        for connection in dripping:
            connection.sendall(b"GET /api/events HTTP/1.1\r\nHost: x\r\n")
        opened = time.monotonic()
        for _ in range(4):  # a header byte every 2 s: each stops uvicorn's keep-alive clock
            time.sleep(2)
            for connection in dripping:
                connection.sendall(b"X")
        assert status(f"{base}/api/events?limit=3") == 200  # served meanwhile
        left = deadlines.HEADER_SECONDS + 5 - (time.monotonic() - opened)
        assert all(closed(c, max(left, 0.1)) for c in silent + dripping)
        assert time.monotonic() - opened >= deadlines.HEADER_SECONDS - 1
        assert status(f"{base}/api/events?limit=4") == 200
        for connection in silent + dripping:
            connection.close()


@contextmanager
def in_this_process(db: Path) -> Iterator[int]:
    """``db`` served by uvicorn on a thread of this process, as ``serve`` sets it; its port."""
    port = free_port()
    app = create_app(str(db), write_token="s3cret")
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="error", **options()))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def quick_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A server in this process with deadlines of 1 s (headers) and 2 s (body); its port."""
    monkeypatch.setattr(deadlines, "HEADER_SECONDS", 1.0)
    monkeypatch.setattr(deadlines, "BODY_SECONDS", 2.0)
    with in_this_process(tmp_path / "ledger.duckdb") as port:
        yield port


def test_a_body_that_never_ends_is_closed_and_a_whole_request_is_not(quick_server: int) -> None:
    port = quick_server
    slow = socket.create_connection(("127.0.0.1", port))
    slow.sendall(b"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret"
                 b"\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\"")
    started = time.monotonic()
    kept = socket.create_connection(("127.0.0.1", port))  # asks twice, in time, then waits
    for n in range(2):
        kept.sendall(b"GET /api/terms HTTP/1.1\r\nHost: x\r\n\r\n")
        kept.settimeout(5)
        assert kept.recv(4096).startswith(b"HTTP/1.1 "), n
        time.sleep(0.6)  # under the header deadline, which starts again after each answer
    assert closed(slow, 4)
    assert 1.5 <= time.monotonic() - started < 4
    assert closed(kept, 3)  # idle past the header deadline (and keep-alive's 5 s: later)
    slow.close()
    kept.close()


def _slow_scan(connection: object, terms: object) -> list[object]:
    """A search that scans far more than any ledger holds: only a time limit ends it."""
    connection.rows("SELECT count(*) FROM range(100000000000) WHERE range % 7 = 3")  # type: ignore[attr-defined]
    return []


def test_searches_beyond_the_bound_are_refused_at_once_and_other_requests_are_served(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ledger.duckdb"
    assert CliRunner().invoke(cli, ["ingest", str(write_reports(tmp_path / "in", 2)), "--db",
                                    str(db)]).exit_code == 0
    monkeypatch.setattr(find, "documents", _slow_scan)
    monkeypatch.setattr(search, "SECONDS", 3.0)
    answers: list[tuple[int, str, float]] = []

    def ask(n: int) -> None:
        started = time.monotonic()
        try:
            urllib.request.urlopen(f"{base}/api/search?q=drones+w{n}", timeout=30)
            answers.append((200, "", time.monotonic() - started))
        except urllib.error.HTTPError as refused:
            message = json.load(refused)["error"]["message"]
            answers.append((refused.code, message, time.monotonic() - started))

    with in_this_process(db) as port:
        base = f"http://127.0.0.1:{port}"
        askers = [threading.Thread(target=ask, args=(n,)) for n in range(search.AT_ONCE + 3)]
        for asker in askers:
            asker.start()
            time.sleep(0.05)
        started = time.monotonic()
        assert status(f"{base}/api/events?limit=2") == 200
        assert time.monotonic() - started < 1.5  # not queued behind the searches
        for asker in askers:
            asker.join(timeout=30)
        assert status(f"{base}/api/events?limit=3") == 200  # the stopped readers read again
    busy = [a for a in answers if "searches are under way" in a[1]]
    stopped = [a for a in answers if "took more than 3 s to answer, and was stopped" in a[1]]
    assert len(busy) == 3 and len(stopped) == search.AT_ONCE, answers
    assert all(code == 503 and took < 1.5 for code, _, took in busy)
    assert all(code == 503 and 2.9 < took < 8 for code, _, took in stopped)


def test_a_time_limit_stops_a_read_and_leaves_the_ledger_usable(ledger_url: str) -> None:
    slow = ("SELECT count(*) FROM range(100000000000) WHERE range % 7 = 3"
            if ledger_url.endswith(".duckdb") else "SELECT pg_sleep(30)")
    with Ledger.open(ledger_url) as ledger:
        started = time.monotonic()
        with pytest.raises(errors.QueryTooLong, match="took more than 0.5 s"), \
                ledger.time_limit(0.5):
            ledger.query(slow)
        assert time.monotonic() - started < 5
        assert ledger.event_count() == 0  # the same connection answers the next read
        with ledger.time_limit(5):
            assert ledger.query("SELECT 1") == [(1,)]


def _until_its_command_line_shows(pid: int) -> None:
    """Popen returns once the child began exec: under load its command line can still read
    empty for a moment (the kernel fills it later in the exec)."""
    deadline = time.monotonic() + 10
    while not Path(f"/proc/{pid}/cmdline").read_bytes() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_the_gate_refuses_readers_while_a_live_writer_waits_and_not_for_a_dead_one(
        tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    Ledger.open(db).close()
    said = Path(str(db) + ".waiting-writer")
    gate = Gate(str(db))
    writer = subprocess.Popen(["sleep", "30"])
    try:
        _until_its_command_line_shows(writer.pid)
        said.write_text(str(writer.pid))
        assert gate.enter_now() is None  # not in the event loop: enter() says why
        with pytest.raises(errors.StoreInUse, match=f"is being written by another process "
                                                    f"\\(PID {writer.pid}: sleep 30\\)"):
            gate.enter()
    finally:
        writer.kill()
        writer.wait()
    with gate.reading() as ledger:  # its writer ended without removing the file: ignored
        assert ledger.event_count() == 0


def test_a_holder_caught_between_fork_and_exec_is_named_by_its_pid_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ceasefire.store import dialect

    monkeypatch.setattr(Path, "read_bytes", lambda self: b"")  # an empty command line
    assert dialect._holder(12, "") == " (PID 12)"
    assert dialect._holder(12, "python3") == " (PID 12: python3)"  # the name DuckDB gave
