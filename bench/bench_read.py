"""Benchmark of the reader: articles/s, words/s and peak memory, per stage, on one core.

    .venv/bin/python bench/bench_read.py [--articles 10000] [--repeats 3]
                                         [--sets en,uk,ru,airforce] [--set-articles 1000]

The corpus is built from ``../shared/corpus`` (seeds, dev, dev2) and ``examples/`` repeated to the
asked number of articles; each copy gets its own id. Stages are timed separately:

  sentences  split into sentences and drop furniture (spaCy tokenizer + sentencizer)
  facts      trigger pass + actors, places, dates, attribution on candidate sentences
  builders   strikes, agreements, exchanges, talks from the facts
  extract    the whole reader plus JSON serialisation, as ``ceasefire extract`` does it
             (``read_documents`` on a few documents at a time: their parses in one batch)

Figures are the median of ``--repeats`` runs. Peak memory is the process's maximum resident
set size (it includes the Python interpreter and spaCy).

Then the languages (issue 17: Ukrainian and Russian within a factor of 2 of English): each set
of ``--sets`` is repeated to ``--set-articles`` articles and timed as ``extract`` is, and its
words/s are set against English's:

  en        the English corpus above
  uk, ru    ``../shared/corpus/uk`` and ``ru`` (real reports, read as Ukrainian and Russian)
  airforce  the Air Force's transcribed "ЗНИЩЕНО" reports (``../shared/external/airforce/
            vadimkin/txt``, Ukrainian; short lists, see ``bench_airforce_uk.py``)

"× English" is English's words/s over the set's: how many times slower it reads a word
(≤ 2 is the issue's goal). Sets whose folder is missing are named and skipped; ``--sets ''``
skips the section.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
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
SHARED = ROOT.parent / "shared"
SOURCES = [SHARED / "corpus" / name for name in ("seeds", "dev", "dev2")] + [ROOT / "examples"]
AIRFORCE = SHARED / "external" / "airforce" / "vadimkin" / "txt"
LANGUAGE_SETS = {"en": "en", "uk": "uk", "ru": "ru", "airforce": "uk"}  # set → its language


def build_corpus(articles: int) -> list[Document]:
    base = [d for d in iter_documents([str(p) for p in SOURCES if p.exists()], None, None)
            if isinstance(d, Document)]
    if not base:
        sys.exit("no documents found: run from the repository with ../shared/corpus beside it")
    return [Document(f"{base[i % len(base)].id}-{i}", base[i % len(base)].text,
                     base[i % len(base)].published, base[i % len(base)].source)
            for i in range(articles)]


def in_language(document: Document, language: str) -> Document:
    """``document`` marked as written in ``language``, where ``Document`` has the field (added
    for issue 17; before that every text is read as English)."""
    if language == "en" or "language" not in {f.name for f in dataclasses.fields(Document)}:
        return document
    return dataclasses.replace(document, language=language)  # type: ignore[call-arg]


def set_documents(name: str) -> list[Document]:
    """The base documents of a language set; [] where its folder is missing."""
    if name == "en":
        return [d for d in iter_documents([str(p) for p in SOURCES if p.exists()], None, None)
                if isinstance(d, Document)]
    if name == "airforce":
        return [Document(path.stem, path.read_text(encoding="utf-8"))
                for path in sorted(AIRFORCE.glob("*.txt"))]
    # Read here, not through ingest: until issue 17 lands, ingest refuses non-English texts.
    documents = []
    for path in sorted((SHARED / "corpus" / name).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        published = data.get("published")
        documents.append(Document(data.get("id") or path.stem, data["text"],
                                  dt.date.fromisoformat(published[:10]) if published else None,
                                  data.get("source")))
    return documents


def repeated(base: list[Document], articles: int, language: str) -> list[Document]:
    """``base`` repeated to ``articles`` documents, each copy with its own id."""
    copies = (base[i % len(base)] for i in range(articles))
    return [in_language(dataclasses.replace(d, id=f"{d.id}-{i}"), language)
            for i, d in enumerate(copies)]


def extract_all(docs: list[Document]) -> None:
    """As `ceasefire extract` reads: a few documents at a time, each reading serialised."""
    for i in range(0, len(docs), CHUNK):
        for reading in read_documents(docs[i:i + CHUNK]):
            json.dumps(reading.to_json())  # type: ignore[union-attr]


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
    parser.add_argument("--sets", default=",".join(LANGUAGE_SETS),
                        help="language sets to compare, comma-separated (default: %(default)s)")
    parser.add_argument("--set-articles", type=int, default=1_000,
                        help="articles per language set (default: %(default)s)")
    args = parser.parse_args()
    sets = [name for name in args.sets.split(",") if name]
    unknown = [name for name in sets if name not in LANGUAGE_SETS]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}: choose from {', '.join(LANGUAGE_SETS)}")
    if args.articles < 1 or args.repeats < 1 or args.set_articles < 1:
        parser.error("--articles, --repeats and --set-articles take a number, 1 or more")
    docs = build_corpus(args.articles)
    words = sum(len(d.text.split()) for d in docs)
    read_document(docs[0])  # load lexicons, gazetteer and spaCy once, outside the timings
    facts = [sentence_facts(d) for d in docs]

    def builders() -> None:
        for f in facts:
            forget_parses()  # as read_document does: no parse carried from document to document
            read_strikes(f), read_agreements(f), read_exchanges(f), read_talks(f)

    def extract() -> None:
        extract_all(docs)

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
    if sets:
        compare_languages(sets, args.set_articles, args.repeats)


def compare_languages(sets: list[str], articles: int, repeats: int) -> None:
    """articles/s and words/s of each language set read whole, and how many times slower
    than English it reads a word (English is always measured: it is the yardstick)."""
    print(f"\nlanguages: the whole reader (as extract), {articles} articles a set, "
          f"median of {repeats} runs")
    print(f"{'set':<10}{'language':<10}{'articles':>9}{'words':>9}{'seconds':>9}"
          f"{'articles/s':>12}{'words/s':>10}{'× English':>11}")
    english_rate = None
    for name in ["en", *(name for name in sets if name != "en")]:  # English: the yardstick
        base = set_documents(name)
        if not base:
            print(f"{name:<10}skipped: no documents (is ../shared beside the repository?)")
            continue
        docs = repeated(base, articles, LANGUAGE_SETS[name])
        words = sum(len(d.text.split()) for d in docs)
        extract_all(docs[:CHUNK])  # load this language's lexicons outside the timing
        seconds = timed(functools.partial(extract_all, docs), repeats)
        rate = words / seconds
        if name == "en":
            english_rate = rate
        ratio = f"{english_rate / rate:11.2f}" if english_rate else f"{'-':>11}"
        print(f"{name:<10}{LANGUAGE_SETS[name]:<10}{len(docs):>9}{words:>9}{seconds:9.2f}"
              f"{len(docs) / seconds:12.0f}{rate:10.0f}{ratio}")


if __name__ == "__main__":
    main()
