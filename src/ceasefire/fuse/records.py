"""What every fusion step shares: a record with its document, sources, modes, stable ids."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ceasefire.model import Document, Evidence, Source


class _HasEvidence(Protocol):
    @property
    def evidence(self) -> list[Evidence]: ...


T = TypeVar("T")
C = TypeVar("C", dt.date, float, str)
E = TypeVar("E", bound=_HasEvidence)


@dataclass(frozen=True)
class Rec(Generic[T]):
    """One record of one document, and its place in that document's reading."""

    doc: Document
    record: T
    index: int
    copies: tuple[Document, ...] = ()  # the same report republished elsewhere

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc.id, self.index)

    @property
    def name(self) -> str:
        """The record as corrections name it: ``DOC#N`` (``fuse.corrections``)."""
        return f"{self.doc.id}#{self.index}"


def source_of(doc: Document, evidence: Evidence | None) -> Source:
    return Source(document_id=doc.id, outlet=doc.source, published=doc.published,
                  evidence=evidence, url=doc.url, language=doc.language)


def copy_sources(rec: Rec[Any], evidence: Evidence | None) -> list[Source]:
    """A source in each copy of the record's document: the same sentence in the copy's text
    (no evidence when the copy reworded it)."""
    return [Source(document_id=copy.id, outlet=copy.source, published=copy.published,
                   evidence=_found(copy.text, evidence), url=copy.url, copy_of=rec.doc.id,
                   language=copy.language)
            for copy in rec.copies]


def _found(text: str, evidence: Evidence | None) -> Evidence | None:
    if evidence is None:
        return None
    start = text.find(evidence.sentence)
    return None if start < 0 else Evidence(evidence.sentence, start,
                                           start + len(evidence.sentence))


def sources(group: Iterable[Rec[E]]) -> list[Source]:
    """One source per record: its document and first sentence, then the same in its copies."""
    found = []
    for r in group:
        evidence = r.record.evidence[0] if r.record.evidence else None
        found += [source_of(r.doc, evidence), *copy_sources(r, evidence)]
    return found


def near(a: dt.date | None, b: dt.date | None, days: int = 1) -> bool:
    """Dates within ``days`` of each other; an unknown date fits any."""
    return a is None or b is None or abs((a - b).days) <= days


def mode(values: Iterable[C | None], largest: bool = False) -> C | None:
    """The value given most often (None ignored); ties go to the smallest (or the largest)."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    tied = sorted(v for v, n in counts.items() if n == top)
    return tied[-1] if largest else tied[0]


def united(lists: Iterable[list[str]], order: bool = True) -> list[str]:
    """Every item of the lists once: sorted, or in first-seen order (conditions)."""
    seen = dict.fromkeys(item for items in lists for item in items)
    return sorted(seen) if order else list(seen)


def stable_ids(items: list[tuple[str, list[Rec[E]], T]], kind: str) -> list[tuple[str, T]]:
    """A hash of each item's canonical key; the smallest record key tells equal keys apart."""
    counts = Counter(key for key, _, _ in items)
    out = []
    for key, group, item in items:
        if counts[key] > 1:
            key += "|{}#{}".format(*min(r.key for r in group))
        out.append((hashlib.sha1(f"{kind}|{key}".encode()).hexdigest()[:12], item))
    return out
