"""Scale benchmark: `ceasefire ingest` of a synthetic corpus, end to end, with 1, 2 … workers.

    .venv/bin/python bench/bench_scale.py [--articles 100000] [--workers 1,2] [--repeats 1]
                                          [--dask] [--corpus DIR] [--then N] [--keep LEDGER]

Builds (once, then reuses) a corpus of invented articles with ``bench/synthetic.py`` in
``--corpus`` (default: a folder named for its size and seed in the temporary directory), then
for each worker count runs the real ``ceasefire ingest CORPUS --db NEW.duckdb --workers N``
in a fresh process and reports, as the median of ``--repeats`` runs:

- seconds end to end (reading, storing, fusion, the truce check), articles/s and words/s;
- peak memory: the main process's maximum resident set size, the largest worker's, and the
  largest sum over the main process and all its descendants (sampled from /proc every 0.2 s);
- where the main process's time went, by stage: ``input`` (finding, decoding and parsing the
  files), ``read`` (reading, or waiting for the workers' readings), ``store`` (writing
  documents and records, checking which are stored already), ``rebuild`` (loading records
  back for fusion), ``fuse``, ``check`` (truce terms and violations), ``fused write``
  (replacing the fused layer) and ``other``. Each stage is timed by wrapping the function
  that does it (exclusive time: a stage called inside another counts once).

``--then N`` then ingests N new articles of the corpus's last two days into each run's ledger
(one process) and times that too: what a daily or ``watch`` ingest into a large ledger costs.
``--keep LEDGER`` keeps the last run's ledger (for ``bench_serve.py --db``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic  # noqa: E402  (beside this file)

DAYS = 120  # the corpus's publication dates spread over this many days
STAGES = ("input", "read", "store", "rebuild", "fuse", "check", "fused write")
DONE = ".complete"  # written last into a corpus folder: a half-written corpus is not reused


# --- the corpus -----------------------------------------------------------------------------

def corpus(folder: Path, articles: int, seed: int, **options: Any) -> tuple[Path, int]:
    """The corpus folder and its word count, generated unless a complete one is there.
    ``options``: ``synthetic.write_corpus``'s ``days``, ``start`` and ``first``."""
    marker = folder / DONE
    if marker.exists():
        meta = json.loads(marker.read_text())
        if meta == {**meta, "articles": articles, "seed": seed}:
            return folder, int(meta["words"])
        sys.exit(f"{folder} holds another corpus ({meta}); give another --corpus")
    if folder.exists() and any(folder.iterdir()):
        sys.exit(f"{folder} is not empty and holds no complete corpus; remove it")
    started = time.perf_counter()
    count, words = synthetic.write_corpus(folder, articles, seed, **options)
    marker.write_text(json.dumps({"articles": count, "seed": seed, "words": words}))
    print(f"generated {count:,} articles ({words:,} words) in {folder} in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    return folder, words


# --- one measured run (in its own process) --------------------------------------------------

class Stopwatch:
    """Exclusive time per stage: time spent in a stage called from another counts once."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self._stack: list[list[float]] = []  # [start, time taken by nested stages]

    def call(self, stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self._stack.append([time.perf_counter(), 0.0])
        try:
            return fn(*args, **kwargs)
        finally:
            start, nested = self._stack.pop()
            took = time.perf_counter() - start
            self.seconds[stage] += took - nested
            if self._stack:
                self._stack[-1][1] += took

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        return lambda *args, **kwargs: self.call(stage, fn, *args, **kwargs)

    def wrap_iterator(self, stage: str, fn: Callable[..., Iterator[Any]]
                      ) -> Callable[..., Iterator[Any]]:
        """A generator function whose every step is timed (what it yields costs the caller)."""
        def wrapped(*args: Any, **kwargs: Any) -> Iterator[Any]:
            iterator = self.call(stage, fn, *args, **kwargs)
            try:
                while True:
                    try:
                        item = self.call(stage, next, iterator)
                    except StopIteration:
                        return
                    yield item
            finally:
                close = getattr(iterator, "close", None)
                if close is not None:
                    self.call(stage, close)
        return wrapped


def instrument(watch: Stopwatch) -> None:
    """Wrap the functions that do each stage of ``ceasefire ingest`` (behaviour unchanged)."""
    from ceasefire import cli, truce
    from ceasefire.store import FusedLayer, Ledger, refresh

    cli.iter_documents = watch.wrap_iterator("input", cli.iter_documents)  # type: ignore
    cli.read_many = watch.wrap_iterator("read", cli.read_many)  # type: ignore
    for name in ("add_many", "has", "reject"):
        setattr(Ledger, name, watch.wrap("store", getattr(Ledger, name)))
    Ledger.readings = watch.wrap_iterator("rebuild", Ledger.readings)  # type: ignore
    FusedLayer.events_on = watch.wrap("rebuild", FusedLayer.events_on)  # type: ignore
    for name in ("add", "record_outcomes"):
        setattr(FusedLayer, name, watch.wrap("fused write", getattr(FusedLayer, name)))
    refresh.fuse = watch.wrap("fuse", refresh.fuse)  # type: ignore
    truce.terms_in_force = watch.wrap("check", truce.terms_in_force)  # type: ignore
    truce.days_checked = watch.wrap("check", truce.days_checked)  # type: ignore
    for name in ("add", "violations"):
        setattr(truce.Check, name, watch.wrap("check", getattr(truce.Check, name)))


class TreeMemory:
    """The largest resident set of this process plus all its descendants, sampled."""

    def __init__(self, every: float = 0.2) -> None:
        self.peak_mb = 0.0
        self._every, self._stop = every, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self._every):
            self.peak_mb = max(self.peak_mb, sum(_rss_mb(pid) for pid in _tree(os.getpid())))


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_one(corpus_dir: str, db: str, workers: str) -> None:
    """The measured ingest; prints one JSON line."""
    from ceasefire.cli import app

    watch = Stopwatch()
    instrument(watch)
    option = ["--dask", "local", "--workers", "2"] if workers == "dask" else ["--workers", workers]
    started = time.perf_counter()
    with TreeMemory() as tree:
        try:
            app(["ingest", corpus_dir, "--db", db, *option], standalone_mode=False)
        except SystemExit as exit_:
            if exit_.code:
                raise
    seconds = time.perf_counter() - started
    me, workers_ = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "main_cpu": me.ru_utime + me.ru_stime, "worker_cpu": workers_.ru_utime + workers_.ru_stime,
        "seconds": seconds, "stages": watch.seconds,
        "main_mb": me.ru_maxrss / 1024, "worker_mb": workers_.ru_maxrss / 1024,
        "tree_mb": tree.peak_mb}))


# --- the driver -----------------------------------------------------------------------------

def measure(corpus_dir: Path, workers: str, repeats: int, then: Path | None = None,
            keep: Path | None = None) -> list[dict[str, Any]]:
    """Ingest the corpus into a new ledger ``repeats`` times; after each, when ``then`` is
    given, ingest that folder into the same ledger (one process), measured as ``"then"``.
    ``keep``: where to copy the last ledger."""
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="ceasefire-bench-") as scratch:
            db = Path(scratch) / "ledger.duckdb"
            runs.append(_run_one(corpus_dir, db, workers))
            if then is not None:
                runs[-1]["then"] = _run_one(then, db, "1")
            if keep is not None:
                shutil.copyfile(db, keep)
    return runs


def _run_one(corpus_dir: Path, db: Path, workers: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--run-one", str(corpus_dir), str(db),
                           workers], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"ingest of {corpus_dir} with workers={workers} failed:\n"
                 f"{done.stderr[-3000:]}")
    summary = [line for line in done.stderr.splitlines() if line.startswith("read ")]
    return {**json.loads(done.stdout.strip().splitlines()[-1]),
            "summary": summary[-1] if summary else ""}


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    mid = statistics.median_low([r["seconds"] for r in runs])
    return next(r for r in runs if r["seconds"] == mid)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 ** 2
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python "
            f"{sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f} at start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2",
                        help="comma-separated worker counts (and 'dask' for --dask local)")
    parser.add_argument("--dask", action="store_true", help="also run with --dask local")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=None,
                        help="where the corpus is (or is generated); reused when complete")
    parser.add_argument("--then", type=int, default=0, metavar="N",
                        help="after each run, ingest N new articles of the corpus's last two "
                             "days into its ledger, and time that too")
    parser.add_argument("--keep", type=Path, default=None, metavar="LEDGER",
                        help="copy the last run's ledger there (e.g. for bench_serve --db)")
    parser.add_argument("--run-one", nargs=3, metavar=("CORPUS", "DB", "WORKERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_one:
        run_one(*args.run_one)
        return
    folder = args.corpus or Path(tempfile.gettempdir()) / \
        f"ceasefire-synthetic-{args.articles}-{args.seed}"
    corpus_dir, words = corpus(folder, args.articles, args.seed, days=DAYS)
    then = None
    if args.then:  # the next batch of news: the corpus's last two days, new ids
        then, _ = corpus(Path(f"{folder}-then-{args.then}"), args.then, args.seed + 1,
                         days=2, start=synthetic.START + dt.timedelta(days=DAYS - 2),
                         first=args.articles)
    configurations = args.workers.split(",") + (["dask"] if args.dask else [])
    print(f"{args.articles:,} articles, {words:,} words; DuckDB ledger; median of "
          f"{args.repeats} run(s)\nmachine: {machine()}", flush=True)
    head = (f"{'workers':>9}{'seconds':>9}{'art/s':>7}{'words/s':>9}{'speedup':>8}"
            f"{'main MB':>8}{'worker MB':>10}{'all MB':>7}  "
            + " ".join(f"{s:>7}" for s in (*STAGES, "other")))
    print(head, flush=True)
    base = None
    for workers in configurations:
        best = median_run(measure(corpus_dir, workers, args.repeats, then, args.keep))
        base = base or best["seconds"]
        stages = best["stages"]
        other = best["seconds"] - sum(stages.values())
        label = "dask 2" if workers == "dask" else workers
        print(f"{label:>9}{best['seconds']:9.1f}{args.articles / best['seconds']:7.0f}"
              f"{words / best['seconds']:9.0f}{base / best['seconds']:7.2f}x"
              f"{best['main_mb']:8.0f}{best['worker_mb']:10.0f}{best['tree_mb']:7.0f}  "
              + " ".join(f"{stages[s]:7.1f}" for s in STAGES) + f" {other:7.1f}", flush=True)
        print(f"{'':>9}{best['summary']}; CPU seconds: main {best['main_cpu']:.1f}, workers "
              f"{best['worker_cpu']:.1f}", flush=True)
        if "then" in best:
            later = best["then"]
            print(f"{'+' + str(args.then):>9}{later['seconds']:9.1f}{'':33}"
                  f"{later['main_mb']:8.0f}{'':17}  "
                  + " ".join(f"{later['stages'][s]:7.1f}" for s in STAGES)
                  + f" {later['seconds'] - sum(later['stages'].values()):7.1f}", flush=True)
            print(f"{'':>9}then {later['summary']}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
