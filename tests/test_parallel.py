"""Reading on several processes or a Dask cluster: the same ledger as one process, table by
table; input order kept; memory bounded; failures reported in one line.

The ledgers are compared on DuckDB and on PostgreSQL (see conftest.py).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.model import Document
from ceasefire.read import parallel
from ceasefire.read.parallel import AHEAD, CHUNK, read_many
from ceasefire.store import Ledger, minhash
from ceasefire.store.tables import COLUMNS, FUSED_TABLES
from conftest import fresh_ledger
from test_store_cli import _committed_some, write_reports

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402  (the scale benchmark's invented articles)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
runner = CliRunner()


def _inputs(folder: Path) -> Path:
    """Invented articles of every kind, the annotated corpus when it is there, a bad file and a
    second copy of one article (stored once: "unchanged" within the run)."""
    folder.mkdir()
    for doc in synthetic.articles(60, seed=3):
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc))
    for part in ("seeds", "dev"):
        if (CORPUS / part).exists():
            shutil.copytree(CORPUS / part, folder / part)
    copy = json.loads((folder / "syn-000007.json").read_text())
    (folder / "zz-copy.json").write_text(json.dumps({**copy, "id": "zz-copy"}))
    (folder / "broken.json").write_text('{"text": ')
    return folder


def _ingest(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["ingest", *args])
    return result.exit_code, result.stderr.strip().splitlines()


# The ledger's own keys are sequence numbers and times; everything else must be equal.
_DOCUMENT_KEYS = {"document_id", "superseded_by"}
_RECORD_KEYS = {"strikes": "strike_id", "agreements": "agreement_id", "exchanges": "exchange_id",
                "talks": "talks_id"}
_TIMES = {"ingested_at", "rejected_at"}


def ledger_tables(url: str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, with the ledger's keys replaced by what they stand for: a
    document by its name and version, a record by its kind, document and ordinal."""
    with Ledger.open(url, read_only=True) as ledger:
        documents = {key: (name, version) for key, name, version in
                     ledger.query("SELECT id, name, version FROM documents")}
        records: dict[tuple[str, int], tuple] = {}
        for table in _RECORD_KEYS:
            for key, document, ordinal in ledger.query(
                    f"SELECT id, document_id, ordinal FROM {table}"):
                records[(table, key)] = (table, documents[document], ordinal)
        out = {}
        for table, columns in COLUMNS.items():
            rows = ledger.query(f"SELECT {', '.join(columns)} FROM {table}")
            out[table] = sorted((_natural(table, columns, row, documents, records)
                                 for row in rows), key=repr)
    return out


def _natural(table: str, columns: tuple[str, ...], row: tuple, documents: dict,
             records: dict) -> tuple:
    if table in FUSED_TABLES:  # ids are hashes of content: compared as they are
        return row
    kind = dict(zip(columns, row, strict=True)).get("record_kind")
    out = []
    for column, value in zip(columns, row, strict=True):
        if column in _TIMES or (column == "id" and table == "rejections"):
            continue
        if table == "documents" and column == "id" or column in _DOCUMENT_KEYS:
            value = documents.get(value)
        elif column == "id" and table in _RECORD_KEYS:
            value = records[(table, value)]
        elif column in _RECORD_KEYS.values():
            value = records[(next(t for t, c in _RECORD_KEYS.items() if c == column), value)]
        elif column == "record_id":
            value = records[({"strike": "strikes", "agreement": "agreements",
                              "exchange": "exchanges"}.get(kind, "talks"), value)]
        out.append(value)
    return tuple(out)


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """A two-worker Dask cluster on this machine, as a scheduler address."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_workers_and_dask_give_the_ledger_of_one_process_table_by_table(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest,
        dask_scheduler: str) -> None:
    inputs = _inputs(tmp_path / "in")
    request.param = backend  # type: ignore[attr-defined]
    runs = {"one process": [], "--workers 2": ["--workers", "2"],
            "--dask scheduler": ["--dask", dask_scheduler]}
    tables, summaries = {}, {}
    for n, (label, options) in enumerate(runs.items()):
        (tmp_path / f"l{n}").mkdir()
        with fresh_ledger(request, tmp_path / f"l{n}") as url:
            code, lines = _ingest(str(inputs), "--db", url, *options)
            assert code == 0, lines
            tables[label], summaries[label] = ledger_tables(url), lines[-1]
    one = tables.pop("one process")
    assert one["events"] and one["strikes"] and one["rejections"]  # there is something to compare
    assert "1 unchanged" in summaries["one process"]
    for label, other in tables.items():
        assert summaries[label] == summaries["one process"], label
        for table in COLUMNS:
            assert other[table] == one[table], f"{label}: table {table} differs"


def test_dask_local_starts_its_own_cluster(tmp_path: Path) -> None:
    reports = write_reports(tmp_path / "in", 12)
    one, local = str(tmp_path / "one.duckdb"), str(tmp_path / "local.duckdb")
    assert _ingest(str(reports), "--db", one)[0] == 0
    code, lines = _ingest(str(reports), "--db", local, "--dask", "local", "--workers", "2")
    assert code == 0, lines
    assert lines == [lines[-1]] and lines[-1].startswith("read 12 documents: 12 stored")
    assert ledger_tables(local) == ledger_tables(one)


def test_the_order_documents_are_stored_in_does_not_change_the_fused_layer(
        tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    # Not the copy: of two documents with one text, the ledger keeps the first it is given
    # (the other is "unchanged"), so which name the fused layer cites depends on the order.
    names = sorted(p.name for p in inputs.iterdir()
                   if p.suffix == ".json" and p.stem not in ("broken", "zz-copy"))
    forward, backward = tmp_path / "forward.duckdb", tmp_path / "backward.duckdb"
    for ledger, order in ((forward, names), (backward, names[::-1])):
        for at in range(0, len(order), 25):  # in batches, each followed by a refresh
            batch = tmp_path / f"{ledger.stem}-{at}"
            batch.mkdir()
            for name in order[at:at + 25]:
                shutil.copy(inputs / name, batch / name)
            assert _ingest(str(batch), "--db", str(ledger))[0] == 0
    a, b = ledger_tables(str(forward)), ledger_tables(str(backward))
    assert a["events"]
    for table in FUSED_TABLES:
        assert a[table] == b[table], table


def _numbered(count: int, pulled: list[int]) -> Iterator[Document]:
    for n in range(count):
        pulled[0] += 1
        yield Document(id=f"d{n}", text=f"Russia launched {n + 10} drones at Sumy overnight, "
                                        "the air force said.", published=None)


@pytest.mark.parametrize("workers", [1, 2])
def test_read_many_keeps_input_order_and_a_bounded_number_of_documents_out(workers: int
                                                                           ) -> None:
    pulled = [0]
    seen = []
    for document, reading, _ in read_many(_numbered(150, pulled), workers=workers):
        seen.append(document.id)
        # one process reads a chunk at a time (its parses in one batch)
        assert pulled[0] - len(seen) <= (CHUNK if workers == 1 else workers * AHEAD * CHUNK)
        [strike] = reading.strikes  # type: ignore[union-attr]
        assert strike.quantities[0].value == int(document.id[1:]) + 10
    assert seen == [f"d{n}" for n in range(150)]


def test_a_document_the_reader_fails_on_comes_back_as_a_rejection_in_its_place() -> None:
    good = Document(id="good", text="Russia launched 40 drones at Sumy overnight.")
    bad = Document(id="bad", text=None)  # type: ignore[arg-type]  # the reader cannot take it
    results = list(read_many([good, bad, good], workers=2))
    assert [read.document.id for read in results] == ["good", "bad", "good"]
    rejection = results[1].reading
    assert rejection.where == "bad"  # type: ignore[union-attr]
    assert "the reader failed on it (AttributeError" in rejection.problem  # type: ignore
    assert results[2].reading == results[0].reading
    assert results[1].signature is None


@pytest.mark.parametrize("workers", [1, 2])
def test_the_workers_send_each_text_s_signature_for_the_near_copy_search(workers: int) -> None:
    documents = [Document(id=f"d{n}", text=f"Russia launched {n} drones at Sumy overnight.")
                 for n in range(3)]
    for read in read_many(documents, workers=workers):
        assert read.signature is not None
        assert (read.signature == minhash.signature(read.document.text)).all()


def test_an_unreachable_dask_scheduler_is_one_line_and_exit_1(tmp_path: Path) -> None:
    started = time.monotonic()
    code, lines = _ingest(str(write_reports(tmp_path / "in", 2)), "--db",
                          str(tmp_path / "l.duckdb"), "--dask", "tcp://127.0.0.1:9")
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(
        "error: --dask tcp://127.0.0.1:9: cannot reach the Dask scheduler (")
    assert "Check that the scheduler runs at that address" in lines[0]
    assert time.monotonic() - started < 30


def test_zero_workers_is_a_usage_error(tmp_path: Path) -> None:
    code, _ = _ingest(str(write_reports(tmp_path / "in", 1)), "--workers", "0")
    assert code == 2


def test_a_killed_worker_stops_the_run_in_one_line_and_a_rerun_completes(tmp_path: Path
                                                                         ) -> None:
    reports = write_reports(tmp_path / "in", 1000)
    db = str(tmp_path / "ledger.duckdb")
    command = [sys.executable, "-m", "ceasefire", "ingest", str(reports), "--db", db,
               "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "COLUMNS": "300"})
    deadline = time.monotonic() + 120
    while not _committed_some(db) and process.poll() is None:
        assert time.monotonic() < deadline, "ingest committed nothing in 120 s"
        time.sleep(0.02)
    assert process.poll() is None, "ingest ended before a worker could be killed"
    os.kill(_children(process.pid)[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    [line] = stderr.strip().splitlines()
    assert line.startswith("error: --workers 2: a reading process stopped (")
    assert line.endswith("Run the same command again to go on; if memory ran out, with fewer "
                         "--workers")

    code, lines = _ingest(str(reports), "--db", db, "--workers", "2")
    assert code == 0, lines
    with Ledger.open(db) as ledger:
        stored = ledger.documents(history=True)
        assert len(stored) == 1000 and len({d.content_hash for d in stored}) == 1000
        assert ledger.query("SELECT count(DISTINCT document_id) FROM strikes") == [(1000,)]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (its reading workers, and Python's resource tracker)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"resource_tracker" \
                    not in cmdline:
                found.append(int(entry))
    assert found, "no reading process found"
    return sorted(found)


@pytest.mark.parametrize("options", [["--workers", "2"], ["--dask", "local", "--workers", "2"]])
def test_ctrl_c_stops_the_workers_and_prints_one_line(tmp_path: Path, options: list[str]) -> None:
    reports = write_reports(tmp_path / "in", 1000)
    db = str(tmp_path / "ledger.duckdb")
    # a session of its own: Ctrl-C at a terminal signals the whole process group. SIGINT as a
    # terminal leaves it: a suite started in the background (`cmd &` in a script) runs with it
    # ignored, and an ignored SIGINT is inherited and kept by Python
    process = subprocess.Popen([sys.executable, "-m", "ceasefire", "ingest", str(reports),
                                "--db", db, *options], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    while not _committed_some(db) and process.poll() is None:
        assert time.monotonic() < deadline, "ingest committed nothing in 120 s"
        time.sleep(0.02)
    assert process.poll() is None, "ingest ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == [
        "interrupted: the documents stored so far are kept; run the same command again to go on"]


class _StalledPool:
    """A pool whose tasks are never done until asked for: the caller must read in their
    stead, as far as its bound allows."""

    workers, where = 1, "test"

    def __init__(self) -> None:
        self.sent: list[list[str]] = []

    def submit(self, chunk: list[Document]) -> list[Document]:
        self.sent.append([d.id for d in chunk])
        return chunk

    def ready(self, task: list[Document]) -> bool:
        return False

    def result(self, task: list[Document]) -> list[parallel.Outcome]:
        return parallel.read_chunk(task)

    def close(self) -> None:
        pass


def test_the_calling_process_reads_while_the_oldest_result_is_not_back() -> None:
    pool, pulled = _StalledPool(), [0]
    seen = []
    for read in parallel._in_order(pool, _numbered(200, pulled), AHEAD, helps=True):
        seen.append(read.document.id)
        # AHEAD chunks sent, at most AHEAD more read here while the oldest is not back
        assert pulled[0] - len(seen) <= 2 * AHEAD * CHUNK
    assert seen == [f"d{n}" for n in range(200)]
    sent = {i for chunk in pool.sent for i in chunk}
    assert 0 < len(sent) < 200  # some read by the pool, the rest here
    assert pool.sent[0] == [f"d{n}" for n in range(CHUNK)]


def test_without_help_the_calling_process_only_waits() -> None:
    pool = _StalledPool()
    seen = [read.document.id for read in parallel._in_order(pool, _numbered(50, [0]), AHEAD)]
    assert seen == [f"d{n}" for n in range(50)]
    assert sum(len(chunk) for chunk in pool.sent) == 50





_LOGS_IN_A_POOL = """
import logging
from ceasefire.read import parallel
pool = parallel._DaskPool(parallel.LOCAL, 1)
try:
    logging.getLogger("distributed.scheduler").error("scheduler error in the pool")
    logging.getLogger("tornado.application").error("callback error in the pool")
finally:
    pool.close()
logging.getLogger("distributed.scheduler").error("scheduler error after the pool")
"""


def test_a_dask_pool_keeps_dask_s_own_logs_off_stderr_while_it_runs() -> None:
    # on Ctrl-C Dask logs errors of its own ("Couldn't gather keys", tornado's traceback of an
    # early cancel); the run says the one line that matters. Afterwards its logs are back.
    # (A process of its own: Dask's stderr handlers are set up as the CLI has them.)
    done = subprocess.run([sys.executable, "-c", _LOGS_IN_A_POOL], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "in the pool" not in done.stderr
    assert "scheduler error after the pool" in done.stderr
