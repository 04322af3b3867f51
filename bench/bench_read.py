"""Benchmark of the reader: articles/s, words/s and peak memory, per stage, on one core.

    .venv/bin/python bench/bench_read.py [--articles 10000] [--repeats 3]

The corpus is built from ``../shared/corpus`` (seeds, dev, dev2) and ``examples/`` repeated to the
asked number of articles; each copy gets its own id. Stages are timed separately:

  sentences  split into sentences and drop furniture (spaCy tokenizer + sentencizer)
  facts      trigger pass + actors, places, dates, attribution on candidate sentences
  builders   strikes, agreements, exchanges, talks from the facts
  extract    the whole reader plus JSON serialisation, as ``ceasefire extract`` does it
             (``read_documents`` on a few documents at a time: their parses in one batch)

Figures are the median of ``--repeats`` runs. Peak memory is the process's maximum resident
set size (it includes the Python interpreter and spaCy).
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ceasefire.ingest import iter_documents
from ceasefire.model import Document
from ceasefire.read import read_document, read_documents, sentence_facts
from ceasefire.read.agreements import read_agreements
from ceasefire.read.exchanges import read_exchanges
from ceasefire.read.parallel import CHUNK
from ceasefire.read.parse import forget as forget_parses
from ceasefire.read.sentences import split_sentences
from ceasefire.read.strikes import read_strikes
from ceasefire.read.talks import read_talks

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "corpus" / name for name in ("seeds", "dev", "dev2")] + \
    [ROOT / "examples"]


def build_corpus(articles: int) -> list[Document]:
    base = [d for d in iter_documents([str(p) for p in SOURCES if p.exists()], None, None)
            if isinstance(d, Document)]
    if not base:
        sys.exit("no documents found: run from the repository with ../shared/corpus beside it")
    return [Document(f"{base[i % len(base)].id}-{i}", base[i % len(base)].text,
                     base[i % len(base)].published, base[i % len(base)].source)
            for i in range(articles)]


def timed(fn: Callable[[], object], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    docs = build_corpus(args.articles)
    words = sum(len(d.text.split()) for d in docs)
    read_document(docs[0])  # load lexicons, gazetteer and spaCy once, outside the timings
    facts = [sentence_facts(d) for d in docs]

    def builders() -> None:
        for f in facts:
            forget_parses()  # as read_document does: no parse carried from document to document
            read_strikes(f), read_agreements(f), read_exchanges(f), read_talks(f)

    def extract() -> None:  # as `ceasefire extract` reads: a few documents at a time
        for i in range(0, len(docs), CHUNK):
            for reading in read_documents(docs[i:i + CHUNK]):
                json.dumps(reading.to_json())  # type: ignore[union-attr]

    stages = {
        "sentences": lambda: [split_sentences(d.text) for d in docs],
        "facts": lambda: [sentence_facts(d) for d in docs],
        "builders": builders,
        "extract": extract,
    }
    print(f"{len(docs)} articles, {words} words, median of {args.repeats} runs, one core")
    print(f"{'stage':<10}{'seconds':>9}{'articles/s':>12}{'words/s':>12}")
    for name, fn in stages.items():
        seconds = timed(fn, args.repeats)
        print(f"{name:<10}{seconds:9.2f}{len(docs) / seconds:12.0f}{words / seconds:12.0f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
