"""Table rows -> model objects: the readings of current documents, and the fused layer.

Each function reads a parent table and its child tables with one query each, the children
selected by the same filter as their parents, then groups the children by parent key.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ceasefire.model import (
    Agreement,
    Claim,
    Commitment,
    Document,
    Estimate,
    Evidence,
    Exchange,
    Place,
    Position,
    Quantity,
    Reading,
    Source,
    Strike,
    StrikeEvent,
    Talks,
    Term,
    Violation,
)
from ceasefire.store.dialect import Connection, Row

if TYPE_CHECKING:
    from ceasefire.fuse import FusedExchange, FusedTalks

BATCH = 500  # documents rebuilt per round of queries
KINDS = ("strikes", "agreements", "exchanges", "talks")  # a reading's kinds of record
# each kind's name in the evidence table's record_kind
_RECORD_KIND = {"strikes": "strike", "agreements": "agreement", "exchanges": "exchange",
                "talks": "talks"}


@dataclass(frozen=True)
class StoredDocument:
    """One stored version of a document, as the ``documents`` table holds it (without text)."""

    id: int  # the ledger's key of this version
    name: str  # the document's own id
    url: str | None
    title: str | None
    source: str | None
    published: dt.date | None
    content_hash: str
    ingested_at: dt.datetime
    version: int
    superseded_by: int | None  # the id of the version that replaced it; None: current
    language: str = "en"  # "en", "uk" or "ru" (Document.language)


DOCUMENT_COLUMNS = ("id, name, url, title, source, published, content_hash, ingested_at, "
                    "version, superseded_by, language")  # a StoredDocument's fields, in order


def stored_documents(connection: Connection, history: bool) -> list[StoredDocument]:
    where = "" if history else " WHERE superseded_by IS NULL"
    rows = connection.rows(f"SELECT {DOCUMENT_COLUMNS} FROM documents{where} "
                           "ORDER BY name, version, id")
    return [StoredDocument(*row) for row in rows]


def document_page(connection: Connection, since: dt.date | None, until: dt.date | None,
                  limit: int | None, offset: int, language: str | None = None
                  ) -> tuple[int, list[StoredDocument]]:
    where, params = ["superseded_by IS NULL"], []
    for sql, value in (("published >= ?", since), ("published <= ?", until),
                       ("language = ?", language)):
        if value is not None:
            where.append(sql)
            params.append(value)
    condition = " AND ".join(where)
    total = connection.rows(f"SELECT count(*) FROM documents WHERE {condition}", params)[0][0]
    bounds = " LIMIT ? OFFSET ?" if limit is not None else " OFFSET ?"
    rows = connection.rows(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE {condition} "
                           "ORDER BY name, version, id" + bounds,
                           [*params, *([limit] if limit is not None else []), offset])
    return int(total), [StoredDocument(*row) for row in rows]


def current_document(connection: Connection, name: str) -> StoredDocument | None:
    rows = connection.rows(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE name = ? AND "
                           "superseded_by IS NULL ORDER BY version, id LIMIT 1", [name])
    return StoredDocument(*rows[0]) if rows else None


def readings(connection: Connection, names: Collection[str] | None = None,
             representatives: bool = False, slim: bool = False,
             kinds: Collection[str] = KINDS) -> Iterator[tuple[Document, Reading]]:
    """Current documents (those of ``names``; with ``representatives``, only the document
    each group of near-copies is read from), by name; ``slim`` and ``kinds``: see
    ``Ledger.readings``."""
    alone = " AND group_id = id" if representatives else ""
    rows = connection.rows(
        f"SELECT id, name FROM documents WHERE superseded_by IS NULL{alone} ORDER BY name, id")
    keys = [key for key, name in rows if names is None or name in names]
    shared = _Shared()
    for at in range(0, len(keys), BATCH):
        for _, document, reading in _readings(connection, keys[at:at + BATCH], slim, shared,
                                              kinds):
            yield document, reading


def copies(connection: Connection, names: Collection[str] | None = None
           ) -> dict[str, list[Document]]:
    """The copies of each representative (by its name) of a group of near-copies."""
    where, params = "", []
    if names is not None:
        where, params = " AND r.name IN (SELECT unnest(CAST(? AS TEXT[])))", [sorted(names)]
    rows = connection.rows(
        "SELECT r.name, d.name, d.text, d.published, d.source, d.url, d.title, d.language "
        "FROM documents d JOIN documents r ON r.id = d.group_id "
        f"WHERE d.superseded_by IS NULL AND d.group_id <> d.id{where} "
        "ORDER BY r.name, d.name, d.id", params)
    found: dict[str, list[Document]] = {}
    for group, name, text, published, source, url, title, language in rows:
        found.setdefault(group, []).append(Document(name, text, published, source, url, title,
                                                    language=language))
    return found


def keyed_readings(connection: Connection, keys: list[int], *, languages_stored: bool = True
                   ) -> Iterator[tuple[int, Document, Reading]]:
    """The documents of ``keys`` (ledger ids) with their readings, by name. Without
    ``languages_stored`` (an upgrade before migration 13 added the column) every document is
    English, as every document stored then was."""
    return _readings(connection, keys, False, _Shared(), KINDS,
                     "language" if languages_stored else "'en'")


class _Shared:
    """One object for each value that recurs across documents (a metric, a weapon, a claimant,
    a date, a place) rather than one per row: a ledger's records fused at once stay small."""

    def __init__(self) -> None:
        self.values: dict[Any, Any] = {}
        self.places: dict[Row, Place] = {}

    def rows(self, rows: list[Row]) -> list[Row]:
        shared, date = self.values.setdefault, dt.date
        # dates, and strings short enough to be names (not sentences); inline: this runs for
        # every value of a ledger's records
        return [tuple([shared(v, v) if (type(v) is str and len(v) <= 64) or type(v) is date
                       else v for v in row]) for row in rows]

    def place(self, row: Row) -> Place:
        return self.places.setdefault(row, _place(row))


# Slim readings leave out what fusion does not read: a record's sentences after its first, and
# texts, except where another current document has the same name: fusion keeps one reading per
# name and tells such documents apart by their text.
_TEXT_WHEN_NEEDED = ("CASE WHEN name IN (SELECT name FROM documents WHERE superseded_by IS NULL "
                     "GROUP BY name HAVING count(*) > 1) THEN text ELSE '' END")


def _readings(connection: Connection, keys: list[int], slim: bool, shared: _Shared,
              kinds: Collection[str], language: str = "language"
              ) -> Iterator[tuple[int, Document, Reading]]:
    # One array parameter, not a list of ?: DuckDB binds 500 separate parameters ~8x slower.
    mine = "document_id = ANY(CAST(? AS BIGINT[]))"

    def child(table: str, columns: str, parent_table: str, parent: str
              ) -> dict[Any, list[Row]]:
        if parent_table not in kinds:
            return {}
        return _grouped(shared.rows(connection.rows(
            f"SELECT {parent}, {columns} FROM {table} WHERE {parent} IN (SELECT id FROM "
            f"{parent_table} WHERE {mine}) ORDER BY {parent}, ordinal", [keys])))

    def records(table: str, columns: str) -> dict[Any, list[Row]]:
        if table not in kinds:
            return {}
        return _grouped(shared.rows(connection.rows(
            f"SELECT document_id, id, {columns} FROM {table} WHERE {mine} "
            "ORDER BY document_id, ordinal", [keys])))

    kinds_named = ", ".join(f"'{_RECORD_KIND[kind]}'" for kind in KINDS if kind in kinds)
    evidence = _grouped(connection.rows(
        f"SELECT record_id, sentence, start_char, end_char FROM evidence WHERE {mine} "
        f"AND record_kind IN ({kinds_named or 'NULL'}) {'AND ordinal = 0 ' if slim else ''}"
        "ORDER BY record_id, ordinal", [keys]))
    weapons = child("strike_weapons", "weapon", "strikes", "strike_id")
    targets = child("strike_target_types", "target_type", "strikes", "strike_id")
    places = child("strike_places", "name, country, admin1, lat, lon, kind, geonameid",
                   "strikes", "strike_id")
    quantities = child("quantities", "metric, weapon, value, qualifier, sentence, start_char, "
                       "end_char", "strikes", "strike_id")
    parties = child("agreement_parties", "side", "agreements", "agreement_id")
    conditions = child("agreement_conditions", "condition", "agreements", "agreement_id")
    categories = child("exchange_categories", "category", "exchanges", "exchange_id")
    talkers = child("talks_parties", "side", "talks", "talks_id")

    strike_rows = records("strikes", "date, attacker, target_country, claimed_by")
    agreement_rows = records("agreements", "date, scope, status, proposed_by, duration_days")
    exchange_rows = records("exchanges", "date, status, returned_to_ua, returned_to_ru, mediator")
    talks_rows = records("talks", "date, kind, place, duration_hours")

    documents = shared.rows(connection.rows(
        f"SELECT id, name, {_TEXT_WHEN_NEEDED if slim else 'text'}, published, source, url, "
        f"title, {language} FROM documents WHERE id = ANY(CAST(? AS BIGINT[])) "
        "ORDER BY name, id", [keys]))
    # A figure's sentence is usually one of its record's: one Evidence object for both.
    spans: dict[Row, Evidence] = {}

    def span(s: str | None, b: int | None, e: int | None) -> Evidence | None:
        return None if s is None or b is None or e is None else spans.setdefault(
            (s, b, e), Evidence(s, b, e))

    def evidence_of(record: int) -> list[Evidence]:
        return [spans.setdefault((s, b, e), Evidence(s, b, e))
                for s, b, e in evidence.get(record, [])]

    for key, name, text, published, source, url, title, language in documents:
        reading = Reading(document_id=name)
        for sid, date, attacker, target, claimed_by in strike_rows.get(key, []):
            reading.strikes.append(Strike(
                date=date, attacker=attacker, target_country=target,
                weapons=_values(weapons, sid), target_types=_values(targets, sid),
                places=[shared.place(r) for r in places.get(sid, [])], claimed_by=claimed_by,
                quantities=[Quantity(m, w, v, q, span(s, b, e))
                            for m, w, v, q, s, b, e in quantities.get(sid, [])],
                evidence=evidence_of(sid)))
        for aid, date, scope, status, proposer, days in agreement_rows.get(key, []):
            reading.agreements.append(Agreement(
                date=date, scope=scope, status=status, parties=_values(parties, aid),
                proposed_by=proposer, duration_days=days, conditions=_values(conditions, aid),
                evidence=evidence_of(aid)))
        for xid, date, status, to_ua, to_ru, mediator in exchange_rows.get(key, []):
            reading.exchanges.append(Exchange(
                date=date, status=status, returned_to_ua=to_ua, returned_to_ru=to_ru,
                categories=_values(categories, xid), mediator=mediator,
                evidence=evidence_of(xid)))
        for tid, date, kind, place, hours in talks_rows.get(key, []):
            reading.talks.append(Talks(
                date=date, kind=kind, place=place, parties=_values(talkers, tid),
                duration_hours=hours, evidence=evidence_of(tid)))
        document = Document(id=name, text=text, published=published, source=source, url=url,
                            title=title, language=language)
        yield key, document, reading


# --- the fused layer ------------------------------------------------------------------------

_SOURCE = ("document_name, outlet, published, sentence, start_char, end_char, url, copy_of, "
           "language")
# without the evidence: a large ledger's claims hold hundreds of megabytes of sentences
_SOURCE_BARE = "document_name, outlet, published, NULL, NULL, NULL, url, copy_of, language"


# "evidence": the sentences of claims and sources (without it, their evidence is None)
EVENT_PARTS = frozenset({"weapons", "target_types", "places", "claims", "estimates", "sources",
                         "evidence"})
MAPPED = frozenset({"target_types", "places", "estimates"})  # what a map of events shows
# what a list shows (tables.listed_columns), besides what claims and sources give
LISTED = MAPPED | {"weapons"}


def events(connection: Connection, where: str, params: Sequence[Any],
           parts: frozenset[str] = EVENT_PARTS) -> list[StrikeEvent]:
    """The events that ``where`` (a condition on ``events``) selects, with all they hold, or
    only the lists named in ``parts`` (the others left empty), by date (undated last)."""
    rows = connection.rows(f"SELECT id, date, attacker, target_country FROM events WHERE {where} "
                           "ORDER BY date NULLS LAST, id", params)
    return _events(connection, rows, f"event_id IN (SELECT id FROM events WHERE {where})",
                   params, parts)


def event(connection: Connection, event_id: str) -> StrikeEvent | None:
    """One event with all it holds, or None. Its lists are selected by ``event_id = ?``: a
    condition through ``events`` costs DuckDB ~1 ms more per list."""
    rows = connection.rows("SELECT id, date, attacker, target_country FROM events WHERE id = ?",
                           [event_id])
    return _events(connection, rows, "event_id = ?", [event_id], EVENT_PARTS)[0] if rows else None


def _events(connection: Connection, rows: Sequence[Row], mine: str, params: Sequence[Any],
            parts: frozenset[str]) -> list[StrikeEvent]:
    def child(table: str, columns: str) -> dict[Any, list[Row]]:
        if table.removeprefix("event_") not in parts:
            return {}
        return _grouped(connection.rows(
            f"SELECT event_id, {columns} FROM {table} WHERE {mine} ORDER BY event_id, ordinal",
            params))

    source = _SOURCE if "evidence" in parts else _SOURCE_BARE
    weapons = child("event_weapons", "weapon")
    targets = child("event_target_types", "target_type")
    places = child("event_places", "name, country, admin1, lat, lon, kind, geonameid")
    claims = child("event_claims", f"claimant, claimant_side, metric, weapon, value, qualifier, "
                                   f"{source}")
    estimates = child("event_estimates", "metric, weapon, low, best, high, claims")
    sources = child("event_sources", source)
    return [StrikeEvent(
        id=key, date=date, attacker=attacker, target_country=target,
        weapons=_values(weapons, key), places=[_place(r) for r in places.get(key, [])],
        target_types=_values(targets, key), claims=[_claim(r) for r in claims.get(key, [])],
        estimates=[Estimate(*r) for r in estimates.get(key, [])],
        sources=[_source(r) for r in sources.get(key, [])],
    ) for key, date, attacker, target in rows]


def claims(connection: Connection, event_id: str) -> list[Claim]:
    rows = connection.rows(
        f"SELECT claimant, claimant_side, metric, weapon, value, qualifier, {_SOURCE} "
        "FROM event_claims WHERE event_id = ? ORDER BY ordinal", [event_id])
    return [_claim(row) for row in rows]


def positions(connection: Connection) -> list[Position]:
    def child(table: str, columns: str) -> dict[Any, list[Row]]:
        return _grouped(connection.rows(
            f"SELECT position_id, {columns} FROM {table} ORDER BY position_id, ordinal"))

    parties = child("position_parties", "side")
    conditions = child("position_conditions", "condition")
    sources = child("position_sources", _SOURCE)
    rows = connection.rows("SELECT id, date, scope, status, proposed_by, duration_days "
                           "FROM positions ORDER BY date NULLS LAST, id")
    return [Position(
        id=key, date=date, scope=scope, status=status, parties=_values(parties, key),
        proposed_by=proposer, duration_days=days, conditions=_values(conditions, key),
        sources=[_source(r) for r in sources.get(key, [])],
    ) for key, date, scope, status, proposer, days in rows]


def fused_exchanges(connection: Connection) -> list[FusedExchange]:
    from ceasefire.fuse import FusedExchange

    categories = _grouped(connection.rows(
        "SELECT exchange_id, category FROM fused_exchange_categories "
        "ORDER BY exchange_id, ordinal"))
    sources = _grouped(connection.rows(
        f"SELECT exchange_id, {_SOURCE} FROM fused_exchange_sources ORDER BY exchange_id, ordinal"))
    rows = connection.rows("SELECT id, date, status, returned_to_ua, returned_to_ru, mediator "
                           "FROM fused_exchanges ORDER BY date NULLS LAST, id")
    return [FusedExchange(key, Exchange(
        date=date, status=status, returned_to_ua=to_ua, returned_to_ru=to_ru,
        categories=_values(categories, key), mediator=mediator),
        [_source(r) for r in sources.get(key, [])])
        for key, date, status, to_ua, to_ru, mediator in rows]


def fused_talks(connection: Connection) -> list[FusedTalks]:
    from ceasefire.fuse import FusedTalks

    parties = _grouped(connection.rows(
        "SELECT talks_id, side FROM fused_talks_parties ORDER BY talks_id, ordinal"))
    sources = _grouped(connection.rows(
        f"SELECT talks_id, {_SOURCE} FROM fused_talks_sources ORDER BY talks_id, ordinal"))
    rows = connection.rows("SELECT id, date, kind, place, duration_hours FROM fused_talks "
                           "ORDER BY date NULLS LAST, id")
    return [FusedTalks(key, Talks(date=date, kind=kind, place=place,
                                  parties=_values(parties, key), duration_hours=hours),
                       [_source(r) for r in sources.get(key, [])])
            for key, date, kind, place, hours in rows]


def terms(connection: Connection) -> list[Term]:
    bound: dict[str, list[Commitment]] = {}
    for key, side, how, said_on, since, position in connection.rows(
            "SELECT term_id, side, how, said_on, since, position_id FROM term_parties "
            "ORDER BY term_id, ordinal"):
        bound.setdefault(key, []).append(Commitment(side, how, said_on, since, position))
    position_ids = _grouped(connection.rows(
        "SELECT term_id, position_id FROM term_positions ORDER BY term_id, ordinal"))
    rows = connection.rows("SELECT id, scope, start_date, end_date FROM terms "
                           "ORDER BY start_date, id")
    return [Term(id=key, scope=scope, bound=tuple(bound.get(key, ())), start=start, end=end,
                 position_ids=tuple(_values(position_ids, key)))
            for key, scope, start, end in rows]


def violations(connection: Connection) -> list[Violation]:
    accusers = _grouped(connection.rows(
        "SELECT violation_id, accuser FROM violation_accusers ORDER BY violation_id, ordinal"))
    rows = connection.rows("SELECT id, term_id, event_id, kind, accused, reason, bound_as "
                           "FROM violations ORDER BY id")
    return [Violation(term_id=term, event_id=event, kind=kind, accused=accused,
                      accusing=tuple(_values(accusers, key)), reason=reason, bound_as=bound_as)
            for key, term, event, kind, accused, reason, bound_as in rows]


# --- helpers --------------------------------------------------------------------------------

def _grouped(rows: list[Row]) -> dict[Any, list[Row]]:
    """Rows keyed by their first column, in the order given, without it."""
    groups: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[0]].append(row[1:])
    return groups


def _values(groups: dict[Any, list[Row]], key: Any) -> list[Any]:
    return [row[0] for row in groups.get(key, [])]


def _evidence(sentence: str | None, start: int | None, end: int | None) -> Evidence | None:
    if sentence is None or start is None or end is None:
        return None
    return Evidence(sentence, start, end)


def _place(row: Row) -> Place:
    name, country, admin1, lat, lon, kind, geonameid = row
    return Place(name, country, admin1, lat, lon, cast(Any, kind), geonameid)


def _source(row: Row) -> Source:
    document, outlet, published, sentence, start, end, url, copy_of, language = row
    return Source(document, outlet, published, _evidence(sentence, start, end), url, copy_of,
                  language or "en")


def _claim(row: Row) -> Claim:
    claimant, side, metric, weapon, value, qualifier = row[:6]
    return Claim(claimant, side, metric, weapon, value, qualifier, _source(row[6:]))
