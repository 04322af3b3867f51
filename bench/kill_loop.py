"""Kill -9 during ingest, again and again, then check that nothing was lost or stored twice.

    .venv/bin/python bench/kill_loop.py [--kills 50] [--documents 2000] [--db URL] [--seed 1]

Writes --documents short invented reports, then loops: start `ceasefire ingest` on them,
SIGKILL it after a random delay (between its start and the time one whole run takes), until
--kills kills landed while it was still running. Then one run to the end, and the checks:
every report stored exactly once (one current row per report, no duplicate content), no
orphan rows, nothing left to fuse, and events equal to a clean ingest of the same reports
into a new ledger. Prints what each kill interrupted and the verdict; exit 1 on a failure.
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ceasefire import errors
from ceasefire.store import Ledger

CITIES = ("Kharkiv", "Odesa", "Dnipro", "Sumy", "Zaporizhzhia", "Poltava", "Chernihiv",
          "Kherson", "Lviv", "Kyiv", "Mykolaiv", "Kryvyi Rih")
ORPHANS = """SELECT
    (SELECT count(*) FROM strikes WHERE document_id NOT IN (SELECT id FROM documents))
  + (SELECT count(*) FROM evidence WHERE document_id NOT IN (SELECT id FROM documents))
  + (SELECT count(*) FROM quantities WHERE strike_id NOT IN (SELECT id FROM strikes))
  + (SELECT count(*) FROM strike_places WHERE strike_id NOT IN (SELECT id FROM strikes))"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--db", help="the ledger (default: a new DuckDB file)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="ceasefire-kill-loop-"))
    reports = _write_reports(work / "reports", args.documents)
    db = args.db or str(work / "ledger.duckdb")
    command = [str(Path(sys.executable).with_name("ceasefire")), "ingest", str(reports),
               "--db", db]

    started = time.monotonic()
    _clean_run(command[:-1] + [str(work / "timing.duckdb")])
    whole = time.monotonic() - started
    print(f"{args.documents} reports; one whole run takes {whole:.1f} s; killing up to "
          f"{args.kills} times at random points")
    kills = tries = 0
    while kills < args.kills:
        tries += 1
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, whole))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        stored = _stored(db)
        print(f"  try {tries}: {'killed' if process.returncode < 0 else 'finished'}; "
              f"{stored} documents stored so far")
        if stored == args.documents and process.returncode == 0:
            # all stored: start again on a new ledger, so that later kills land mid-batch too
            db = str(work / f"ledger-{tries}.duckdb") if args.db is None else db
            command[-1] = db
    final = subprocess.run(command, capture_output=True, text=True)
    print(f"final run: {final.stderr.strip().splitlines()[-1]}")
    failures = _check(db, str(work / "timing.duckdb"), args.documents)
    print(f"{kills} kills in {tries} runs; " + ("OK: every report stored once, no orphan, "
          "events as a clean ingest" if not failures else "FAILED: " + "; ".join(failures)))
    sys.exit(1 if failures else 0)


def _check(db: str, clean: str, documents: int) -> list[str]:
    failures = []
    with Ledger.open(db, read_only=True) as ledger, Ledger.open(clean, read_only=True) as fresh:
        stored = ledger.documents(history=True)
        if len(stored) != documents or any(d.superseded_by is not None for d in stored):
            failures.append(f"{len(stored)} document rows for {documents} reports")
        if len({d.content_hash for d in stored}) != documents:
            failures.append("duplicate contents")
        if ledger.query(ORPHANS) != [(0,)]:
            failures.append("orphan rows")
        if ledger.due_days():
            failures.append("days left unfused")
        if [e.id for e in ledger.events()] != [e.id for e in fresh.events()]:
            failures.append("events differ from a clean ingest")
    return failures


def _stored(db: str) -> int:
    try:
        with Ledger.open(db, read_only=True) as ledger:
            return len(ledger.documents())
    except errors.StoreMissing:  # killed before it made the file
        return 0


def _clean_run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)


def _write_reports(folder: Path, count: int) -> Path:
    """``count`` short invented reports, varied in figures, places and dates."""
    folder.mkdir(parents=True)
    for n in range(count):
        launched, city = 20 + n * 7 % 180, CITIES[n % len(CITIES)]
        text = (f"Russia launched {launched} drones at {city} overnight, Ukraine's air force "
                f"said in its report number {n}. Air defences shot down {launched - n % 17} of "
                f"them, and {n % 5 + 1} people were injured, the regional governor said.")
        (folder / f"report-{n:05d}.json").write_text(json.dumps({
            "id": f"report-{n:05d}", "published": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "source": "Example Wire", "text": text}))
    return folder


if __name__ == "__main__":
    main()
