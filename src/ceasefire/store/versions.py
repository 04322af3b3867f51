"""Which documents are new, unchanged, copies or new versions, and writing them (inside a
transaction).

- "unchanged": a current document from the same source has the same text (content hash) and
  publication date (the reading depends on both). Nothing is written. The same source: the same
  URL when the new document's URL is its own (``Document.url_checked``: fetched from there, or
  the same site's canonical URL); the same URL and the same id when the URL is only claimed by
  the content (a saved page's canonical link: any page can name any URL, so it must not choose
  which stored report it replaces); the same id without a URL.
- "replaced": a current document from the same source differs. The new version becomes
  current; the old one stays as history, its ``superseded_by`` pointing at the new one.
- "copy": a new document that tells a report already stored, as another site republished it
  (``copies.py``): stored whole, in that report's group.
- "stored": anything else.

A batch is decided against the current documents and against the documents before it in the
same batch, so that a batch gives the outcomes that adding its documents one by one would.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ceasefire.model import Document, Reading
from ceasefire.store import copies
from ceasefire.store.dialect import Connection
from ceasefire.store.minhash import Signature
from ceasefire.store.tables import (
    COLUMNS,
    READING_TABLES,
    Rows,
    document_row,
    reading_rows,
)

Outcome = Literal["stored", "unchanged", "replaced", "copy"]
# a source: (URL, None) for a document's own URL, (URL, id) for a URL only claimed, (None, id)
Source = tuple[str | None, str | None]
# content hash, publication date, source: what makes a document unchanged
Fingerprint = tuple[str, dt.date | None, str | None, str | None]


def content_hash(document: Document) -> str:
    """What makes two documents the same text: the SHA-256 of their text."""
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def fingerprint(document: Document) -> Fingerprint:
    """What a new document is unchanged from, or replaces (by its source, ``[2:]``)."""
    url, name = document.url, document.id
    source = (None, name) if url is None else (url, None if document.url_checked else name)
    return (content_hash(document), document.published, *source)


def compact(print_: Fingerprint) -> bytes:
    """A fingerprint as 16 bytes (BLAKE2b of its parts' reprs, None told from "None"): two
    differ by chance once in 2**64 pairs, far beyond any ledger."""
    return hashlib.blake2b("\x1f".join(map(repr, print_)).encode(),
                           digest_size=16).digest()


def stored_prints(digest: str, published: dt.date | None, url: str | None,
                  name: str) -> list[Fingerprint]:
    """The fingerprints a stored document answers to: a new document whose URL is its own
    finds it by that URL; one that only claims the URL, by the URL and its id."""
    sources: list[Source] = [(None, name)] if url is None else [(url, None), (url, name)]
    return [(digest, published, *source) for source in sources]


@dataclass
class _Current:
    """The current documents a batch can touch: by fingerprint and by source."""

    by_fingerprint: dict[Fingerprint, set[int]] = field(default_factory=dict)
    by_source: dict[Source, set[int]] = field(default_factory=dict)
    # key -> (version, the fingerprints it answers to)
    rows: dict[int, tuple[int, list[Fingerprint]]] = field(default_factory=dict)

    def add(self, key: int, version: int, prints: list[Fingerprint]) -> None:
        self.rows[key] = (version, prints)
        for print_ in prints:
            self.by_fingerprint.setdefault(print_, set()).add(key)
            self.by_source.setdefault(print_[2:], set()).add(key)

    def supersede(self, source: Source) -> list[tuple[int, int, list[Fingerprint]]]:
        older = []
        for key in sorted(self.by_source.get(source, ())):
            version, prints = self.rows.pop(key)
            for print_ in prints:
                self.by_fingerprint[print_].discard(key)
                self.by_source[print_[2:]].discard(key)
            older.append((key, version, prints))
        return older


@dataclass
class Written:
    outcomes: list[Outcome] = field(default_factory=list)
    added: set[Fingerprint] = field(default_factory=set)  # fingerprints now current
    # fingerprints no longer current (as far as the rows this batch read can tell)
    removed: set[Fingerprint] = field(default_factory=set)
    # the strike dates of the documents whose group changed: their events need fusing again
    regrouped: set[dt.date | None] = field(default_factory=set)
    # the strike dates of the versions replaced: the events they were in need fusing again
    replaced_days: set[dt.date | None] = field(default_factory=set)


def write(connection: Connection, pairs: Sequence[tuple[Document, Reading]],
          ids: Callable[[int], list[int]], now: dt.datetime,
          signatures: Sequence[Signature | None]) -> Written:
    """Decide and write each document of ``pairs``; the caller owns the transaction.
    ``signatures``: each text's MinHash signature, or None where it is to be made here."""
    prints = [fingerprint(document) for document, _ in pairs]
    current = _load_current(connection, [d for d, _ in pairs])
    likeness = [copies.Likeness.of(document.text, reading, signature)
                for (document, reading), signature in zip(pairs, signatures, strict=True)]
    groups = copies.load(connection, (b for like in likeness for b in like.buckets),
                         (key for keys in current.by_fingerprint.values() for key in keys))
    keys = iter(ids(sum(1 + r.record_count() for _, r in pairs)))
    written = Written()
    new: list[Fingerprint] = []
    superseded: list[Fingerprint] = []
    replaced: list[tuple[int, int]] = []  # (new key, old key); the old may be in this batch
    documents: list[tuple[object, ...]] = []
    members: list[copies.Member] = []
    rows: Rows = {}
    for (document, reading), print_, like in zip(pairs, prints, likeness, strict=True):
        if current.by_fingerprint.get(print_):
            written.outcomes.append("unchanged")
            continue
        older = current.supersede(print_[2:])
        for old, _, _ in older:
            groups.leave(old)
        key = next(keys)
        version = 1 + max((v for _, v, _ in older), default=0)
        documents.append(document_row(key, document, print_[0], now, version))
        replaced.extend((key, old) for old, _, _ in older)
        superseded.extend(p for _, _, prints in older for p in prints)
        prints = stored_prints(print_[0], document.published, document.url, document.id)
        current.add(key, version, prints)
        for table, new_rows in reading_rows(key, reading, keys).items():
            rows.setdefault(table, []).extend(new_rows)
        members.append(copies.Member.of(key, document, like))
        copied = groups.arrive(members[-1])
        written.outcomes.append("replaced" if older else "copy" if copied else "stored")
        new.extend(prints)
    connection.insert("documents", COLUMNS["documents"], documents)
    for key, old in replaced:
        connection.run("UPDATE documents SET superseded_by = ? WHERE id = ?", [key, old])
    for table in READING_TABLES:
        connection.insert(table, COLUMNS[table], rows.get(table, []))
    copies.save(connection, groups, members, {old for _, old in replaced})
    written.regrouped = copies.strike_days(connection, groups.touched)
    written.replaced_days = _strike_days(connection, [old for _, old in replaced])
    written.added = {p for p in new if current.by_fingerprint.get(p)}
    written.removed = {p for p in superseded if not current.by_fingerprint.get(p)}
    return written


def _load_current(connection: Connection, documents: list[Document]) -> _Current:
    """The current documents from the sources of ``documents`` (their new versions replace
    them, or they are unchanged)."""
    urls = sorted({d.url for d in documents if d.url is not None})
    names = sorted({d.id for d in documents if d.url is None})
    conditions, params = [], []
    if urls:
        conditions.append(f"url IN ({_marks(urls)})")
        params += urls
    if names:
        conditions.append(f"(url IS NULL AND name IN ({_marks(names)}))")
        params += names
    current = _Current()
    if not conditions:
        return current
    for key, digest, published, version, url, name in connection.rows(
            "SELECT id, content_hash, published, version, url, name FROM documents "
            f"WHERE superseded_by IS NULL AND ({' OR '.join(conditions)})", params):
        current.add(key, version, stored_prints(digest, published, url, name))
    return current


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _strike_days(connection: Connection, keys: list[int]) -> set[dt.date | None]:
    """The dates of the strikes of these documents, current or not (None: undated ones)."""
    if not keys:
        return set()
    return {row[0] for row in connection.rows(
        "SELECT DISTINCT date FROM strikes WHERE document_id IN "
        "(SELECT unnest(CAST(? AS BIGINT[])))", [sorted(keys)])}
