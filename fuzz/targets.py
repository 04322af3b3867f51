"""Fuzz targets: each takes the fuzzer's bytes, feeds them to one part of Ceasefire Monitor,
and checks what must hold for any input. Any exception other than the documented refusal
of that part (an ``errors.ReportedError``: one line saying what is wrong) is a crash.

Used by ``fuzz/run.py`` (atheris, coverage-guided) and by ``tests/test_fuzz.py`` (a short
run in CI).
"""
from __future__ import annotations

import atexit
import datetime as dt
import io
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PUBLISHED = dt.date(2025, 3, 19)


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def numbers(data: bytes) -> None:
    """The number finder and parser: finite values, spans inside the text."""
    from ceasefire.read.numbers import find_numbers, parse_number

    text = _text(data)
    for mention in find_numbers(text):
        assert 0 <= mention.start <= mention.number_start <= mention.end <= len(text), mention
        for value in (mention.value, mention.high):
            assert value is None or math.isfinite(value), (text[mention.start:mention.end], value)
    for word in text.split()[:50]:
        value = parse_number(word)
        assert value is None or math.isfinite(value), (word, value)


def dates(data: bytes) -> None:
    """The date resolver (its inner function: the public one hides errors as "no date")."""
    from ceasefire.read.dates import _find

    text = _text(data)
    anchor = PUBLISHED - dt.timedelta(days=len(data) % 40)
    for mention in _find(text, PUBLISHED, anchor):
        assert 0 <= mention.start <= mention.end <= len(text), mention


def reader(data: bytes) -> None:
    """The whole reader on one document: every record's evidence is a span of the text."""
    from ceasefire.model import Document
    from ceasefire.read import read_document

    text = _text(data)
    reading = read_document(Document(id="fuzz", text=text, published=PUBLISHED))
    for evidence in _evidence(reading.to_json()):
        start, end = evidence["start"], evidence["end"]
        assert 0 <= start <= end <= len(text) and text[start:end] == evidence["sentence"], \
            evidence


def document_json(data: bytes) -> None:
    """An input file (document JSON or text) as ``ingest`` reads it: a Document or a refusal."""
    from ceasefire import errors
    from ceasefire.ingest import load_document

    try:
        document = load_document("-", stdin=io.BytesIO(data))
    except errors.ReportedError as refusal:
        assert refusal.problem and refusal.fix, refusal
        return
    assert document.text and document.id


def html_page(data: bytes) -> None:
    """A saved web page (``page.html``) as ``ingest`` reads it: a document or a refusal."""
    _input_file(data, ".html", furniture_free=True)


def feed(data: bytes) -> None:
    """An RSS or Atom feed file (``feed.xml``) as ``ingest`` reads it: per item, a document
    or a refusal."""
    _input_file(data, ".xml", furniture_free=True)


def jsonl(data: bytes) -> None:
    """A JSON Lines dump (``dump.jsonl``) as ``ingest`` reads it: per line, a document or a
    refusal."""
    _input_file(data, ".jsonl", furniture_free=False)


_FOLDER: Path | None = None
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _input_file(data: bytes, suffix: str, *, furniture_free: bool) -> None:
    """Write ``data`` to a file with ``suffix`` and read it as ``ingest`` does
    (``iter_documents``): each item a Document with sane fields, or a refusal that says
    where, what and what to do. Any exception is a crash."""
    from ceasefire.ingest import Rejection, iter_documents
    from ceasefire.ingest.document import checked_id
    from ceasefire.ingest.furniture import is_page_furniture
    from ceasefire.model import Document

    global _FOLDER
    if _FOLDER is None:
        import tempfile

        _FOLDER = Path(tempfile.mkdtemp(prefix="ceasefire-fuzz-input-"))
    path = _FOLDER / f"input{suffix}"
    path.write_bytes(data)
    ids: set[str] = set()
    for item in iter_documents([str(path)]):
        if isinstance(item, Rejection):
            assert item.where.startswith(str(path)) and item.problem and item.fix, item
            assert "\n" not in str(item), repr(str(item))
            continue
        assert isinstance(item, Document), item
        assert item.text.strip() and item.id not in ids, item
        ids.add(checked_id("fuzz", item.id))
        assert item.published is None or isinstance(item.published, dt.date), item
        for value in (item.source, item.url, item.title):
            assert value is None or (isinstance(value, str) and value), item
        for value in (item.id, item.text, item.source, item.url, item.title):
            assert not _UNSTORABLE.search(value or ""), item  # no database column takes them
        if furniture_free:
            lines = item.text.split("\n")
            assert all(line.strip() and not is_page_furniture(line) for line in lines), item
            assert item.url is None or item.url.startswith(("http://", "https://")), item


_API: Any = None
API_PATHS = ("/api/documents", "/api/events", "/api/strikes", "/api/agreements", "/api/terms",
             "/api/violations", "/api/exchanges", "/api/talks", "/api/timeline", "/api/places",
             "/api/search", "/api/events/", "/api/documents/")


def api_query(data: bytes) -> None:
    """A GET with a fuzzed path suffix and raw query string: never a server error."""
    client = _api_client()
    path = API_PATHS[data[0] % len(API_PATHS)] if data else API_PATHS[0]
    rest = data[1:].decode("latin-1")
    suffix, _, query = rest.partition("?") if path.endswith("/") else ("", "", rest)
    url = path + _quote_path(suffix) + "?" + _quote_query(query)
    response = client.get(url)
    assert response.status_code < 500, (url, response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}, response.text[:300]


def _api_client() -> Any:
    """A client on a small ledger of invented reports, made once per process.

    ``serve`` opens the ledger for each request (it must not hold DuckDB's lock between
    requests), and opening and closing a DuckDB file costs ~35 ms, two thirds of a request:
    here one read-only ledger serves the whole run instead, so that each input costs its
    query parsing, its SQL and the answer. The client is entered once, so that requests share
    one event loop thread rather than starting one each.
    """
    global _API
    if _API is None:
        import tempfile

        from fastapi.testclient import TestClient

        from ceasefire.model import Document
        from ceasefire.read import read_document
        from ceasefire.serve import api, create_app
        from ceasefire.store import Ledger
        from ceasefire.store.refresh import refresh

        db = tempfile.mkdtemp(prefix="ceasefire-fuzz-") + "/ledger.duckdb"
        with Ledger.open(db) as ledger:
            for i, text in enumerate(LEDGER_REPORTS):
                document = Document(id=f"r{i}", text=text, published=PUBLISHED, source="Wire")
                ledger.add(document, read_document(document))
            refresh(ledger, full=True)
        app = create_app(db)
        reader = Ledger.open(db, read_only=True)
        app.dependency_overrides[api._ledger] = lambda: reader
        _API = TestClient(app, raise_server_exceptions=False).__enter__()
        atexit.register(reader.close)
        atexit.register(_API.__exit__, None, None, None)
    return _API


LEDGER_REPORTS = (
    "Russia launched 80 drones at Ukraine overnight; 61 were shot down, the air force said.",
    "Ukrainian drones hit a fuel depot in Bryansk, the governor said. Two people were hurt.",
    "Russia and Ukraine agreed to halt strikes on energy sites for 30 days, officials said.",
)


def _quote_path(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _quote_query(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="=&")


def _evidence(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if {"sentence", "start", "end"} <= value.keys():
            yield value
        for item in value.values():
            yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "numbers": numbers, "dates": dates, "reader": reader, "document_json": document_json,
    "html_page": html_page, "feed": feed, "jsonl": jsonl, "api_query": api_query,
}
