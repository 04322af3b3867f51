"""A server and an ingest sharing one DuckDB ledger: `ceasefire ingest` of invented documents
into the ledger that `ceasefire serve` answers a loop of anonymous reads from.

    .venv/bin/python bench/bench_share.py [--documents 1000] [--served 200] [--clients 8]
                                          [--workers 1]

Makes ``--served`` invented articles (``synthetic.py``) into a ledger and ``--documents``
others to add; ingests those into a copy of the ledger with nothing else running (the
baseline), then starts `ceasefire serve` on the ledger, ``--clients`` threads asking it for
pages no cache holds, one request after the other, and after a few seconds of that, ingests
the same documents into it. Prints, before, during and after the ingest: requests answered,
per second, their statuses and the median and 99th percentile latency of the 200s; and how
long the ingest waited for the server's readers to let go (the ``.waiting-writer`` file beside
the ledger exists while it waits), how long it took against the baseline, and what it stored.
Fails unless the ingest completes and stores every document, and every answer is 200 or 503.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_serve import _free_port, _wait_for  # noqa: E402
from synthetic import write_corpus  # noqa: E402

from ceasefire.store import Ledger  # noqa: E402

WARM, AFTER = 5.0, 5.0  # seconds of reads before the ingest starts, and after it ends


@dataclass
class Phase:
    """What the clients got during one phase of the run."""

    statuses: Counter[int] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)  # of the 200s, in seconds
    started: float = field(default_factory=time.monotonic)
    ended: float = 0.0

    def line(self, name: str) -> str:
        seconds = (self.ended or time.monotonic()) - self.started
        done = sum(self.statuses.values())
        ok = sorted(self.latencies)
        p50 = statistics.median(ok) * 1e3 if ok else float("nan")
        p99 = ok[int(len(ok) * 0.99)] * 1e3 if ok else float("nan")
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(self.statuses.items()))
        return (f"{name:<7} {seconds:6.1f} s  {done:6d} requests  {done / seconds:7.1f}/s  "
                f"200s p50 {p50:6.1f} ms p99 {p99:7.1f} ms  ({codes})")


class Clients:
    """``count`` threads reading pages one after the other, into the current phase."""

    def __init__(self, base: str, count: int) -> None:
        self.base, self.phase, self._stop = base, Phase(), threading.Event()
        self._threads = [threading.Thread(target=self._loop, args=(k,), daemon=True)
                         for k in range(count)]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def next_phase(self) -> Phase:
        done, self.phase = self.phase, Phase()
        done.ended = self.phase.started
        return done

    def stop(self) -> Phase:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)
        return self.next_phase()

    def _loop(self, k: int) -> None:
        n = 0
        while not self._stop.is_set():
            n += 1
            path = ("/api/events", "/api/documents", "/api/timeline")[n % 3]
            url = f"{self.base}{path}?offset={n}&limit={k + 1}"  # no two the same: no cache
            started = time.monotonic()
            code = status(url)
            phase = self.phase
            phase.statuses[code] += 1
            if code == 200:
                phase.latencies.append(time.monotonic() - started)


def status(url: str) -> int:
    """The HTTP status ``url`` answers (0: none)."""
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            answer.read()
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        refused.read()
        return refused.code
    except OSError:
        return 0  # no answer at all


def _ingest(command: Path, folder: Path, db: Path) -> tuple[float, str]:
    started = time.monotonic()
    done = subprocess.run([command, "ingest", str(folder), "--db", str(db)],
                          capture_output=True, text=True)
    took = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"ingest failed: {done.stderr.strip()}")
    return took, done.stderr.strip().splitlines()[-1]


def _watch_waiting(path: Path, seen: list[float], stop: threading.Event) -> None:
    """Note when the ``.waiting-writer`` file is there (the ingest waiting for readers)."""
    while not stop.is_set():
        if path.exists():
            seen.append(time.monotonic())
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000, help="articles to ingest")
    parser.add_argument("--served", type=int, default=200, help="articles already served")
    parser.add_argument("--clients", type=int, default=8, help="threads reading in a loop")
    parser.add_argument("--workers", type=int, default=1, help="serve's processes")
    args = parser.parse_args()
    command = Path(sys.executable).with_name("ceasefire")
    with tempfile.TemporaryDirectory(prefix="bench-share-") as tmp:
        folder = Path(tmp)
        write_corpus(folder / "served", args.served, seed=7)
        write_corpus(folder / "new", args.documents, seed=11, first=args.served)
        db, quiet = folder / "ledger.duckdb", folder / "quiet.duckdb"
        _ingest(command, folder / "served", db)
        shutil.copy(db, quiet)
        alone, _ = _ingest(command, folder / "new", quiet)
        print(f"ingest of {args.documents} documents, nothing else running: {alone:.1f} s")

        port = _free_port()
        server = subprocess.Popen([command, "serve", "--db", str(db), "--port", str(port),
                                   "--workers", str(args.workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        seen: list[float] = []
        stop = threading.Event()
        try:
            _wait_for(base)
            clients = Clients(base, args.clients)
            clients.start()
            time.sleep(WARM)
            before = clients.next_phase()
            threading.Thread(target=_watch_waiting, daemon=True,
                             args=(Path(str(db) + ".waiting-writer"), seen, stop)).start()
            started = time.monotonic()
            shared, summary = _ingest(command, folder / "new", db)
            during = clients.next_phase()
            time.sleep(AFTER)
            after = clients.stop()
        finally:
            stop.set()
            server.terminate()
            server.wait(timeout=30)
        waited = seen[-1] - seen[0] if seen else 0.0
        print(f"ingest beside serve ({args.clients} clients reading, {args.workers} "
              f"worker(s)): {shared:.1f} s; it waited {waited:.2f} s for the readers to let "
              f"go, {seen[0] - started if seen else 0:.1f} s after it started\n  {summary}")
        for name, phase in (("before", before), ("during", during), ("after", after)):
            print(phase.line(name))
        with Ledger.open(db, read_only=True) as ledger:
            stored = len(ledger.documents())
        codes = set(before.statuses) | set(during.statuses) | set(after.statuses)
        if stored != args.served + args.documents or not codes <= {200, 503} \
                or not after.statuses[200]:
            sys.exit(f"FAILED: {stored} documents stored, answers {sorted(codes)}")
        print(f"ok: {stored} documents in the ledger; every answer 200 or 503")


if __name__ == "__main__":
    main()
