"""Benchmark of the ledger's writes: storing documents (near-copies found) and fusing them.

    .venv/bin/python bench/bench_store.py [--documents 2000] [--copies 0] [--repeats 3]

The documents are short invented reports with varied figures, places and dates; with
``--copies N`` each report is followed by N copies from other sites (another header and
footer line), so that ``documents / (N + 1)`` reports are fused. They are read once (not
timed), then stored in a new DuckDB ledger in batches of 100, as ``ceasefire ingest`` does,
and fused in full. Figures are the median of ``--repeats`` runs; the signatures alone
(MinHash of the shingles) are timed separately.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.store import Ledger, minhash
from ceasefire.store.refresh import refresh

CITIES = ("Kharkiv", "Odesa", "Sumy", "Poltava", "Dnipro", "Zaporizhzhia", "Kyiv", "Lviv")
HEADERS = ("Breaking News", "Home | World", "Latest", "Europe", "Top stories")
FOOTERS = ("All rights reserved.", "Follow us on Telegram.", "Subscribe to our newsletter.",
           "Comments are closed.", "Republished from a wire service.")


def report(n: int) -> str:
    launched, city = 20 + n * 7 % 180, CITIES[n % len(CITIES)]
    return (f"Russia launched {launched} drones at {city} overnight, Ukraine's air force said in "
            f"its morning report number {n}. Air defences shot down {launched - n % 17} of them, "
            f"and {n % 5 + 1} people were injured, the regional governor said. Rescuers worked "
            f"through the night at the site of the strike in {city}, where a residential "
            f"building and a shop were damaged. The governor said {n % 3 + 1} of the injured "
            f"were in hospital. Officials in {city} said schools would be closed on the day "
            "after the attack.")


def documents(count: int, copies: int) -> list[Document]:
    found = []
    for n in range(count // (1 + copies)):
        text, day = report(n), dt.date(2025, 1 + n % 12, 1 + n % 28)
        found.append(Document(f"r{n}", text, day, "Wire", f"https://wire.example/{n}"))
        found += [Document(f"r{n}-c{k}", f"{HEADERS[k % 5]}\n\n{text}\n\n{FOOTERS[k % 5]}", day,
                           f"Site {k}", f"https://site{k}.example/{n}") for k in range(copies)]
    random.Random(1).shuffle(found)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    pairs = [(d, read_document(d)) for d in documents(args.documents, args.copies)]
    minhash.signature("warm up: imports datasketch")
    start = time.perf_counter()
    for document, _ in pairs:
        minhash.signature(document.text)
    signing = (time.perf_counter() - start) / len(pairs)
    stored, fused, outcomes = [], [], Counter[str]()
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as folder, \
                Ledger.open(Path(folder) / "ledger.duckdb") as ledger:
            start = time.perf_counter()
            outcomes = Counter(o for at in range(0, len(pairs), 100)
                               for o in ledger.add_many(pairs[at:at + 100]) if isinstance(o, str))
            stored.append(time.perf_counter() - start)
            start = time.perf_counter()
            refresh(ledger, full=True)
            fused.append(time.perf_counter() - start)
    store, fusion = statistics.median(stored), statistics.median(fused)
    print(f"{len(pairs)} documents ({dict(sorted(outcomes.items()))}): "
          f"signature {signing * 1000:.2f} ms/doc; store {store:.2f} s "
          f"({store / len(pairs) * 1000:.2f} ms/doc); full fusion {fusion:.2f} s")


if __name__ == "__main__":
    main()
