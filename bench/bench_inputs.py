"""Benchmark of the input side: ms per saved web page, per feed item, per JSON Lines line.

    .venv/bin/python bench/bench_inputs.py [--repeats 5]

The inputs are built at run time from the texts of ``../shared/corpus`` (seeds and dev) and
``examples/``: each text becomes an HTML page with a site's chrome around it (cookie banner,
menu, login box, share bar, related list, comment form, footer), an item of an RSS feed, and a
line of a JSON Lines dump. Times are CPU time of this process (``time.process_time``), the
median of ``--repeats`` runs, so that other work on the machine weighs less on them.
"""
from __future__ import annotations

import argparse
import html
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from ceasefire.ingest import InputOptions, iter_documents
from ceasefire.ingest.feeds import feed_documents
from ceasefire.ingest.html import page_document
from ceasefire.ingest.jsonl import jsonl_documents
from ceasefire.model import Document

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "corpus" / "seeds", ROOT.parent / "shared" / "corpus" / "dev",
           ROOT / "examples"]
CHROME = """<div class="cookies"><p>We use cookies to improve your experience.</p>
<button>Accept all cookies</button></div><header><nav><a href="/">Home</a>
<a href="/world">World</a><a href="/login">Log In</a></nav><div class="login"><h3>Log In</h3>
<a href="/reset">Forgot password?</a></div></header>"""
AFTER = """<aside><h2>Related</h2><ul>{links}</ul></aside><section class="comments">
<h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
<footer><a href="/privacy">Privacy Policy</a><p>© 2025 Example Wire</p></footer>"""


def page(document: Document) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in document.text.splitlines()
                         if line.strip())
    links = "".join(f'<li><a href="/r/{n}">Another story, number {n}</a></li>'
                    for n in range(20))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            f'{html.escape(document.title or document.id)}</title><meta property="og:site_name"'
            f' content="Example Wire"><meta property="article:published_time" '
            f'content="{document.published}"></head><body>{CHROME}<main><article>'
            f"<h1>{html.escape(document.title or document.id)}</h1>{paragraphs}</article>"
            f"{AFTER.format(links=links)}</main></body></html>").encode()


def feed(documents: list[Document]) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(d.title or d.id)}</title><link>https://wire.example.org/"
        f"{d.id}</link><pubDate>Wed, 12 Mar 2025 09:00:00 +0200</pubDate><description>"
        f"{html.escape(''.join(f'<p>{line}</p>' for line in d.text.splitlines()))}"
        f"</description></item>" for d in documents)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example'
            f" Wire</title><link>https://wire.example.org/</link>{items}</channel></rss>"
            ).encode()


def dump(documents: list[Document]) -> bytes:
    return "".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in documents).encode()


def cpu_ms(work: Callable[[], object], count: int, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        started = time.process_time()
        work()
        runs.append((time.process_time() - started) / count * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    documents = [d for d in iter_documents([str(p) for p in SOURCES if p.exists()])
                 if isinstance(d, Document)]
    if not documents:
        sys.exit("no documents found: run from the repository with ../shared/corpus beside it")
    pages = [page(d) for d in documents]
    options = InputOptions()
    page_document("warm-up", pages[0], "warm-up", options)
    kb = sum(map(len, pages)) / len(pages) / 1000
    print(f"{len(documents)} texts; pages of {kb:.1f} KB on average; CPU ms, median of "
          f"{args.repeats}")
    rows = [
        ("page_document: text, metadata, furniture", len(pages), lambda: [
            page_document("p", p, "p", options) for p in pages]),
        ("  of which trafilatura without metadata", len(pages), lambda: [
            trafilatura.bare_extraction(p, favor_precision=True, include_comments=False,
                                        fast=True) for p in pages]),
        ("feed item (feedparser + lxml)", len(documents), lambda: list(
            feed_documents("feed.xml", feed(documents), options))),
        ("JSON Lines line", len(documents), lambda: list(
            jsonl_documents("dump.jsonl", io.BytesIO(dump(documents)), options, 5_000_000))),
    ]
    for name, count, work in rows:
        print(f"{name:45} {cpu_ms(work, count, args.repeats):7.2f} ms each")


if __name__ == "__main__":
    main()
