"""A page saved or served gzip-compressed (issue 15, item 8): it used to pass the 5 MB cap as
the few hundred KB it weighs, then trafilatura inflated it (11 M characters, 16 s, 356 MB,
then a spaCy error). Now it is inflated by us, counting what it inflates to against the cap;
a binary file saved as .html is refused as binary, not read as a page without text.
"""
from __future__ import annotations

import gzip
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceasefire.ingest import MAX_TEXT_BYTES, Rejection, fetch_documents, iter_documents
from ceasefire.ingest.fetch import FetchPolicy
from ceasefire.model import Document
from local_site import Site

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
PAGE = ("<html><head><title>Drones</title></head><body><article><p>{}</p></article>"
        "</body></html>")
FAST = FetchPolicy(timeout=1.0, deadline=5.0, retries=0, backoff=0.01, interval=0.0)


def one(path: Path, **options: object) -> Document | Rejection:
    (item,) = iter_documents([str(path)], **options)  # type: ignore[arg-type]
    return item


def bomb(inflated_bytes: int) -> bytes:
    """A page of ``inflated_bytes``, gzip-compressed (a few KB per MB)."""
    paragraph = f"<p>{REPORT}</p>"
    return gzip.compress(PAGE.format(paragraph * (inflated_bytes // len(paragraph))).encode())


def test_a_gzip_saved_page_is_read_as_the_page(tmp_path: Path) -> None:
    (tmp_path / "plain.html").write_text(PAGE.format(REPORT))
    (tmp_path / "packed.html").write_bytes(gzip.compress(PAGE.format(REPORT).encode()))
    plain, packed = one(tmp_path / "plain.html"), one(tmp_path / "packed.html")
    assert isinstance(packed, Document) and isinstance(plain, Document)
    assert packed.text == plain.text and REPORT in packed.text


def test_a_page_that_inflates_past_the_cap_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html"
    path.write_bytes(bomb(12_000_000))
    assert path.stat().st_size < MAX_TEXT_BYTES / 10
    started = time.monotonic()
    item = one(path)
    assert time.monotonic() - started < 5  # it used to take 16 s, then fail in the reader
    assert isinstance(item, Rejection) and item.where == str(path)
    assert item.problem == "is gzip-compressed and inflates to over the 5 MB limit for one report"


@pytest.mark.parametrize(("data", "detail"), [
    (os.urandom(4096), "is a binary file, not text"),
    (b"\x1f\x8b\x08\x00" + os.urandom(200), "gzip-compressed data that does not inflate"),
    (gzip.compress(gzip.compress(PAGE.format(REPORT).encode())), "compressed twice"),
])
def test_binary_saved_as_html_is_refused_as_binary(tmp_path: Path, data: bytes,
                                                   detail: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    item = one(path)
    assert isinstance(item, Rejection) and detail in item.problem


def test_a_utf16_page_is_still_a_page(tmp_path: Path) -> None:
    path = tmp_path / "wide.html"
    path.write_bytes(PAGE.format(REPORT).encode("utf-16"))
    item = one(path)
    assert isinstance(item, Document) and REPORT in item.text


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        yield served


def test_a_served_gzip_page_is_capped_by_what_it_inflates_to(site: Site) -> None:
    small = site.put("/small.html", gzip.compress(PAGE.format(REPORT).encode()),
                     content_type="text/html")
    large = site.put("/large.html", bomb(200_000), content_type="text/html")
    policy = FetchPolicy(timeout=1.0, deadline=5.0, retries=0, backoff=0.01, interval=0.0,
                         max_bytes=100_000)
    fetched, refused = fetch_documents([small, large], allow_private=True, policy=policy)
    assert isinstance(fetched, Document) and REPORT in fetched.text
    assert isinstance(refused, Rejection) and refused.where == large
    assert "inflates to over the 0.1 MB limit" in refused.problem
