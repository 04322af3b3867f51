"""Near-copies: one report republished by several sites is one group of documents, fused once.

Two current documents are copies of one report when

- their texts are alike: their MinHash signatures share an LSH bucket and their estimated
  Jaccard similarity (5-word shingles) is at least 0.5 (``minhash.py``). Copies of a 260-word
  report with another intro line, another site's header and footer and a few words changed
  score 0.62 to 0.83; another report of the same night quoting the same officials and figures,
  0.11 (``tests/test_copies.py``);
- and they report the same things (``claims_key``): the same figures (metric and value,
  whoever gives them), truce positions (scope and status), exchanges (the numbers) and talks
  (the kind). A later version that adds a paragraph of new figures is alike in text, but it
  is a new report: it is fused on its own, so that its figures count;
- and they are not one outlet's (or unknown outlets') documents of two days: those are two
  bulletins in the same words, about two attacks.

A group is a connected set of such documents. Its *representative* is the earliest published
(then the smallest name, URL, ledger id): the only one fusion reads. The others are its copies:
each is a source of everything the representative tells, and no claim is counted twice. Each
copy is still stored whole (text, URL, outlet, records), so that any of them can represent the
group when the representative is replaced by a new version. Whether two documents are copies
depends on them alone, and groups are the connected components, so the groups do not depend
on the order in which the documents arrived.

``documents.group_id`` holds the representative's id; ``document_signatures`` the signature
and claims key of each document, ``signature_bands`` the buckets of each current document
(its signature's bands, salted with its claims key: see ``Likeness``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ceasefire.model import Document, Reading
from ceasefire.store import minhash
from ceasefire.store.dialect import Connection
from ceasefire.store.rebuild import BATCH, keyed_readings


def claims_key(reading: Reading) -> str:
    """A digest of what a reading reports, whoever says it, whenever and in which words."""
    facts: set[tuple[Any, ...]] = set()
    for strike in reading.strikes:
        facts.update(("figure", q.metric, _number(q.value)) for q in strike.quantities)
    facts.update(("position", a.scope, a.status) for a in reading.agreements)
    facts.update(("exchange", x.returned_to_ua, x.returned_to_ru) for x in reading.exchanges)
    facts.update(("talks", t.kind) for t in reading.talks)
    canonical = json.dumps(sorted(facts, key=repr))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _number(value: object) -> object:
    """3 and 3.0 alike: a reading rebuilt from the tables has 3.0 where the reader gave 3."""
    return float(value) if isinstance(value, int | float) else value


@dataclass(frozen=True)
class Likeness:
    """What decides whether two documents are copies: their text's MinHash signature, and what
    they report. Their LSH buckets mix both, so that only documents that report the same
    things can share one: a bucket lookup finds few candidates even among templated bulletins
    that differ only in their figures."""

    signature: minhash.Signature
    claims: str  # claims_key
    buckets: tuple[int, ...]

    @classmethod
    def of(cls, text: str, reading: Reading, signature: minhash.Signature | None = None
           ) -> Likeness:
        """``signature``: the text's, when the caller has it already (made by a worker)."""
        if signature is None:
            signature = minhash.signature(text)
        return cls.stored(signature, claims_key(reading))

    @classmethod
    def stored(cls, signature: minhash.Signature, claims: str) -> Likeness:
        return cls(signature, claims, tuple(minhash.buckets(signature, bytes.fromhex(claims))))

    def copies(self, other: Likeness) -> bool:
        """The same report (``other`` shares a bucket): the same claims, alike texts."""
        return (self.claims == other.claims
                and minhash.similarity(self.signature, other.signature) >= minhash.THRESHOLD)


@dataclass(frozen=True)
class Member:
    """A current document as grouping sees it."""

    key: int  # documents.id
    name: str
    url: str | None
    outlet: str | None
    published: dt.date | None
    likeness: Likeness

    @classmethod
    def of(cls, key: int, document: Document, likeness: Likeness) -> Member:
        return cls(key, document.id, document.url, document.source, document.published,
                   likeness)

    @property
    def buckets(self) -> tuple[int, ...]:
        return self.likeness.buckets

    def rank(self) -> tuple[bool, dt.date, str, str, int]:
        """Representatives first: the earliest published, then the smallest name."""
        return (self.published is None, self.published or dt.date.min, self.name,
                self.url or "", self.key)

    def copies(self, other: Member) -> bool:
        # An outlet does not republish its own report on another day under another URL: the
        # same words and figures from it (or from unknown outlets) on two days are two
        # bulletins, two attacks, and fusing only the first would lose the second.
        if self.outlet == other.outlet and self.published != other.published:
            return False
        return self.likeness.copies(other.likeness)


class Groups:
    """The groups a batch of documents can touch, kept up to date as documents come and go."""

    def __init__(self, stored: Iterable[tuple[Member, int]] = ()) -> None:
        self._members: dict[int, Member] = {}
        self._group: dict[int, int] = {}  # member -> its group's id (the representative's key)
        self._groups: dict[int, set[int]] = {}  # group id -> members
        self._bucket: dict[int, set[int]] = {}
        self._stored: dict[int, int] = {}  # member -> its group id in the tables
        self.touched: set[int] = set()  # members of every group that changed
        for member, group in stored:
            self._index(member, group)
            self._groups.setdefault(group, set()).add(member.key)

    def arrive(self, member: Member) -> bool:
        """Take a document whose row was just written (in a group of its own) into its group;
        True when it is a copy of one already here."""
        near = {key for bucket in member.buckets for key in self._bucket.get(bucket, ())}
        linked = {key for key in near if member.copies(self._members[key])}
        self._index(member, member.key)
        merged = {member.key}
        for group in {self._group[key] for key in linked}:
            merged |= self._groups.pop(group)
        self._form(merged)
        if linked:
            self.touched |= merged
        return bool(linked)

    def leave(self, key: int) -> None:
        """A document is no longer current (a new version replaced it): its group may split."""
        member = self._members.pop(key, None)
        if member is None:
            return
        for bucket in member.buckets:
            self._bucket[bucket].discard(key)
        rest = self._groups.pop(self._group.pop(key))
        rest.discard(key)
        self.touched |= rest
        for component in self._components(rest):
            self._form(component)

    def group_of(self, key: int) -> int:
        """The group id (its representative's key) of a current member."""
        return self._group[key]

    def changed(self) -> dict[int, int]:
        """The group id of every member whose group differs from what the tables hold."""
        return {key: group for key, group in self._group.items() if self._stored[key] != group}

    def _index(self, member: Member, group: int) -> None:
        self._members[member.key] = member
        self._stored[member.key] = self._group[member.key] = group
        for bucket in member.buckets:
            self._bucket.setdefault(bucket, set()).add(member.key)

    def _form(self, keys: set[int]) -> None:
        group = min((self._members[k] for k in keys), key=Member.rank).key
        self._groups[group] = keys
        for key in keys:
            self._group[key] = group

    def _components(self, keys: set[int]) -> Iterator[set[int]]:
        """The connected sets of ``keys`` (members linked by sharing a bucket and copying)."""
        left = set(keys)
        while left:
            todo, component = [left.pop()], set()
            while todo:
                member = self._members[todo.pop()]
                component.add(member.key)
                near = {k for b in member.buckets for k in self._bucket[b] if k in left}
                linked = {k for k in near if member.copies(self._members[k])}
                left -= linked
                todo.extend(linked)
            yield component


# --- the tables -----------------------------------------------------------------------------

def load(connection: Connection, buckets: Iterable[int], keys: Iterable[int]) -> Groups:
    """The stored groups that documents with these ``buckets`` may join, or that ``keys``
    (documents a batch may replace) belong to, with all their current members."""
    buckets = sorted(set(buckets))
    groups = {row[0] for row in connection.rows(
        "SELECT DISTINCT d.group_id FROM signature_bands b JOIN documents d "
        "ON d.id = b.document_id WHERE d.superseded_by IS NULL AND b.bucket IN "
        "(SELECT unnest(CAST(? AS BIGINT[])))", [buckets])} if buckets else set()
    keys = sorted(set(keys))
    if keys:
        groups |= {row[0] for row in connection.rows(
            "SELECT group_id FROM documents WHERE superseded_by IS NULL AND id IN "
            "(SELECT unnest(CAST(? AS BIGINT[])))", [keys])}
    if not groups:
        return Groups()
    rows = connection.rows(
        "SELECT d.id, d.name, d.url, d.source, d.published, d.group_id, s.claims_key, s.minhash "
        "FROM documents d JOIN document_signatures s ON s.document_id = d.id "
        "WHERE d.superseded_by IS NULL AND d.group_id IN "
        "(SELECT unnest(CAST(? AS BIGINT[])))", [sorted(groups)])
    return Groups((Member(key, name, url, outlet, published,
                          Likeness.stored(minhash.from_bytes(values), claims)), group)
                  for key, name, url, outlet, published, group, claims, values in rows)


def save(connection: Connection, groups: Groups, arrived: Sequence[Member],
         departed: Collection[int]) -> None:
    """Write the signatures and buckets of the documents that arrived (their rows exist), drop
    the buckets of those that departed, and move every member whose group changed."""
    if departed:
        connection.run("DELETE FROM signature_bands WHERE document_id IN "
                       "(SELECT unnest(CAST(? AS BIGINT[])))", [sorted(departed)])
    current = [m for m in arrived if m.key not in departed]
    connection.insert("document_signatures", ("document_id", "claims_key", "minhash"),
                      [(m.key, m.likeness.claims, minhash.to_bytes(m.likeness.signature))
                       for m in arrived])
    connection.insert("signature_bands", ("bucket", "document_id"),
                      [(b, m.key) for m in current for b in m.buckets])
    moves = sorted(groups.changed().items())
    if moves:  # one statement for all (a statement costs DuckDB milliseconds)
        connection.run(
            "UPDATE documents SET group_id = moved.group_id FROM (SELECT "
            "unnest(CAST(? AS BIGINT[])) AS id, unnest(CAST(? AS BIGINT[])) AS group_id) moved "
            "WHERE documents.id = moved.id", [[k for k, _ in moves], [g for _, g in moves]])


def strike_days(connection: Connection, keys: Collection[int]) -> set[dt.date | None]:
    """The dates of the strikes of these documents (those still current)."""
    if not keys:
        return set()
    return {row[0] for row in connection.rows(
        "SELECT DISTINCT s.date FROM strikes s JOIN documents d ON d.id = s.document_id "
        "WHERE d.superseded_by IS NULL AND d.id IN (SELECT unnest(CAST(? AS BIGINT[])))",
        [sorted(keys)])}


def backfill(connection: Connection) -> None:
    """Group the documents stored before near-copies were looked for (the upgrade to schema
    version 3) as if they arrived now, in the order they were stored."""
    keys = [row[0] for row in connection.rows(
        "SELECT id FROM documents WHERE superseded_by IS NULL ORDER BY id")]
    for at in range(0, len(keys), BATCH):
        members = sorted((Member.of(key, document, Likeness.of(document.text, reading))
                          for key, document, reading
                          in keyed_readings(connection, keys[at:at + BATCH],
                                            languages_stored=False)),
                         key=lambda m: m.key)
        groups = load(connection, (b for m in members for b in m.buckets), ())
        for member in members:
            groups.arrive(member)
        save(connection, groups, members, ())
