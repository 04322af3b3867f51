"""Model objects -> table rows: a document's reading, and the fused layer.

``COLUMNS`` names every table the store writes and its columns in insert order (a test checks
them against the migrated schema). Lists become child rows with an ``ordinal``; evidence
becomes ``sentence, start_char, end_char``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ceasefire import figures
from ceasefire.model import (
    Agreement,
    Document,
    Evidence,
    Exchange,
    Place,
    Position,
    Reading,
    Source,
    Strike,
    StrikeEvent,
    Talks,
    Term,
    Violation,
)

_PLACE = ("name", "country", "admin1", "lat", "lon", "kind", "geonameid")
LISTED_PLACES = 10  # a list shows an event's first places (a night's event hits a hundred)
# What a list of events (select.Listed) and the timeline read of an event, kept in its row:
# its weapons, target types, first places and claimants' names as JSON arrays, how many
# places and documents, and its best figures (figures.py).
LISTED_COLUMNS = ("weapons", "target_types", "first_places", "place_count", "claimants",
                  "documents", *figures.METRICS, *figures.KIND_COLUMNS)
# What the place and claimant filters of a list search (select.EventSelection), kept in the
# row too: the names and regions of its places, and its claimants' names (the outlet's for
# its own figures), lower case, one a line (a filter holds no line break).
SEARCHED_COLUMNS = ("searched_places", "searched_claimants")
_SPAN = ("sentence", "start_char", "end_char")
_SOURCE = ("document_name", "outlet", "published", *_SPAN, "url", "copy_of", "language")

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "name", "url", "title", "source", "published", "content_hash", "text",
                  "ingested_at", "version", "superseded_by", "group_id", "language"),
    "strikes": ("id", "document_id", "ordinal", "date", "attacker", "target_country",
                "claimed_by"),
    "strike_weapons": ("strike_id", "ordinal", "weapon"),
    "strike_target_types": ("strike_id", "ordinal", "target_type"),
    "strike_places": ("strike_id", "ordinal", *_PLACE),
    "quantities": ("strike_id", "ordinal", "metric", "weapon", "value", "qualifier", "claimant",
                   *_SPAN),
    "agreements": ("id", "document_id", "ordinal", "date", "scope", "status", "proposed_by",
                   "duration_days"),
    "agreement_parties": ("agreement_id", "ordinal", "side"),
    "agreement_conditions": ("agreement_id", "ordinal", "condition"),
    "exchanges": ("id", "document_id", "ordinal", "date", "status", "returned_to_ua",
                  "returned_to_ru", "mediator"),
    "exchange_categories": ("exchange_id", "ordinal", "category"),
    "talks": ("id", "document_id", "ordinal", "date", "kind", "place", "duration_hours"),
    "talks_parties": ("talks_id", "ordinal", "side"),
    "evidence": ("record_kind", "record_id", "document_id", "ordinal", *_SPAN),
    "rejections": ("id", "input", "problem", "fix", "rejected_at"),
    # near-copies (store/copies.py)
    "document_signatures": ("document_id", "claims_key", "minhash"),
    "signature_bands": ("bucket", "document_id"),
    # the fused layer, replaced as a whole by Ledger.replace_fusion; an event's row also holds
    # what lists and the timeline show of it, and what filters search
    "events": ("id", "date", "attacker", "target_country", *LISTED_COLUMNS, *SEARCHED_COLUMNS),
    "event_weapons": ("event_id", "ordinal", "weapon"),
    "event_target_types": ("event_id", "ordinal", "target_type"),
    "event_places": ("event_id", "ordinal", *_PLACE),
    "event_claims": ("event_id", "ordinal", "claimant", "claimant_side", "metric", "weapon",
                     "value", "qualifier", *_SOURCE),
    "event_estimates": ("event_id", "ordinal", "metric", "weapon", "low", "best", "high",
                        "claims"),
    "event_sources": ("event_id", "ordinal", *_SOURCE),
    "positions": ("id", "date", "scope", "status", "proposed_by", "duration_days"),
    "position_parties": ("position_id", "ordinal", "side"),
    "position_conditions": ("position_id", "ordinal", "condition"),
    "position_sources": ("position_id", "ordinal", *_SOURCE),
    "terms": ("id", "scope", "start_date", "end_date"),
    "term_parties": ("term_id", "ordinal", "side", "how", "said_on", "since",
                     "position_id"),
    "term_positions": ("term_id", "ordinal", "position_id"),
    "violations": ("id", "term_id", "event_id", "kind", "accused", "reason", "bound_as"),
    "violation_accusers": ("violation_id", "ordinal", "accuser"),
    "fused_exchanges": ("id", "date", "status", "returned_to_ua", "returned_to_ru", "mediator"),
    "fused_exchange_categories": ("exchange_id", "ordinal", "category"),
    "fused_exchange_sources": ("exchange_id", "ordinal", *_SOURCE),
    "fused_talks": ("id", "date", "kind", "place", "duration_hours"),
    "fused_talks_parties": ("talks_id", "ordinal", "side"),
    "fused_talks_sources": ("talks_id", "ordinal", *_SOURCE),
    # an analyst's corrections (fuse/corrections.py), and what the last fusion made of each
    "corrections": ("id", "made_at", "analyst", "reason", "action", "kind", "target", "field",
                    "value", "anchors", "parts"),
    "correction_outcomes": ("correction_id", "status", "applies_to", "machine", "note"),
}
# the tables of one document's records, and of the fused layer, parents first
READING_TABLES = ("strikes", "strike_weapons", "strike_target_types", "strike_places",
                  "quantities", "agreements", "agreement_parties", "agreement_conditions",
                  "exchanges", "exchange_categories", "talks", "talks_parties", "evidence")
FUSED_TABLES = tuple(name for name in COLUMNS
                     if name.startswith(("event", "position", "term", "violation", "fused_")))

Rows = dict[str, list[tuple[Any, ...]]]


def document_row(key: int, document: Document, content_hash: str, ingested_at: dt.datetime,
                 version: int) -> tuple[Any, ...]:
    """A new document's row: current, in a group of its own until grouping says otherwise."""
    return (key, document.id, document.url, document.title, document.source, document.published,
            content_hash, document.text, ingested_at, version, None, key, document.language)


def reading_rows(document_key: int, reading: Reading, ids: Iterator[int]) -> Rows:
    """The rows of every reading table for one document; ``ids`` gives each record its key."""
    rows: Rows = defaultdict(list)
    for ordinal, strike in enumerate(reading.strikes):
        _strike(rows, next(ids), document_key, ordinal, strike)
    for ordinal, agreement in enumerate(reading.agreements):
        _agreement(rows, next(ids), document_key, ordinal, agreement)
    for ordinal, exchange in enumerate(reading.exchanges):
        _exchange(rows, next(ids), document_key, ordinal, exchange)
    for ordinal, talks in enumerate(reading.talks):
        _talks(rows, next(ids), document_key, ordinal, talks)
    return rows


def _strike(rows: Rows, key: int, document_key: int, ordinal: int, strike: Strike) -> None:
    rows["strikes"].append((key, document_key, ordinal, strike.date, strike.attacker,
                            strike.target_country, strike.claimed_by))
    _listed(rows["strike_weapons"], key, strike.weapons)
    _listed(rows["strike_target_types"], key, strike.target_types)
    rows["strike_places"].extend((key, i, *_place(p)) for i, p in enumerate(strike.places))
    rows["quantities"].extend(
        (key, i, q.metric, q.weapon, q.value, q.qualifier, strike.claimed_by, *_span(q.evidence))
        for i, q in enumerate(strike.quantities))
    _evidence(rows, "strike", key, document_key, strike.evidence)


def _agreement(rows: Rows, key: int, document_key: int, ordinal: int, agreement: Agreement
               ) -> None:
    rows["agreements"].append((key, document_key, ordinal, agreement.date, agreement.scope,
                               agreement.status, agreement.proposed_by, agreement.duration_days))
    _listed(rows["agreement_parties"], key, agreement.parties)
    _listed(rows["agreement_conditions"], key, agreement.conditions)
    _evidence(rows, "agreement", key, document_key, agreement.evidence)


def _exchange(rows: Rows, key: int, document_key: int, ordinal: int, exchange: Exchange) -> None:
    rows["exchanges"].append((key, document_key, ordinal, exchange.date, exchange.status,
                              exchange.returned_to_ua, exchange.returned_to_ru, exchange.mediator))
    _listed(rows["exchange_categories"], key, exchange.categories)
    _evidence(rows, "exchange", key, document_key, exchange.evidence)


def _talks(rows: Rows, key: int, document_key: int, ordinal: int, talks: Talks) -> None:
    rows["talks"].append((key, document_key, ordinal, talks.date, talks.kind, talks.place,
                          talks.duration_hours))
    _listed(rows["talks_parties"], key, talks.parties)
    _evidence(rows, "talks", key, document_key, talks.evidence)


def _evidence(rows: Rows, kind: str, key: int, document_key: int, spans: list[Evidence]) -> None:
    rows["evidence"].extend((kind, key, document_key, i, *_span(e)) for i, e in enumerate(spans))


def _listed(rows: list[tuple[Any, ...]], key: object, values: Iterable[object]) -> None:
    rows.extend((key, i, value) for i, value in enumerate(values))


def _place(place: Place) -> tuple[Any, ...]:
    return (place.name, place.country, place.admin1, place.lat, place.lon, place.kind,
            place.geonameid)


def _span(evidence: Evidence | None) -> tuple[Any, ...]:
    if evidence is None:
        return (None, None, None)
    return (evidence.sentence, evidence.start, evidence.end)


def _source(source: Source) -> tuple[Any, ...]:
    return (source.document_id, source.outlet, source.published, *_span(source.evidence),
            source.url, source.copy_of, source.language)


class FusedRecord(Protocol):
    """A fused exchange or talks (``ceasefire.fuse``): the merged record and its sources."""

    @property
    def id(self) -> str: ...

    @property
    def record(self) -> Any: ...

    @property
    def sources(self) -> Sequence[Source]: ...


def fused_rows(events: Iterable[StrikeEvent], positions: Iterable[Position],
               terms: Iterable[Term], violations: Iterable[Violation],
               exchanges: Iterable[FusedRecord] = (), talks: Iterable[FusedRecord] = (),
               first_violation: int = 1) -> Rows:
    """The rows of every fused table (events, positions, exchanges, talks, terms, violations);
    violations are numbered from ``first_violation``."""
    rows: Rows = defaultdict(list)
    for fused in exchanges:
        x: Exchange = fused.record
        rows["fused_exchanges"].append((fused.id, x.date, x.status, x.returned_to_ua,
                                        x.returned_to_ru, x.mediator))
        _listed(rows["fused_exchange_categories"], fused.id, x.categories)
        _sources(rows["fused_exchange_sources"], fused.id, fused.sources)
    for fused in talks:
        t: Talks = fused.record
        rows["fused_talks"].append((fused.id, t.date, t.kind, t.place, t.duration_hours))
        _listed(rows["fused_talks_parties"], fused.id, t.parties)
        _sources(rows["fused_talks_sources"], fused.id, fused.sources)
    for event in events:
        _event(rows, event)
    for position in positions:
        rows["positions"].append((position.id, position.date, position.scope, position.status,
                                  position.proposed_by, position.duration_days))
        _listed(rows["position_parties"], position.id, position.parties)
        _listed(rows["position_conditions"], position.id, position.conditions)
        _sources(rows["position_sources"], position.id, position.sources)
    for term in terms:
        rows["terms"].append((term.id, term.scope, term.start, term.end))
        rows["term_parties"].extend((term.id, i, c.side, c.how, c.said_on, c.since,
                                     c.position_id)
                                    for i, c in enumerate(term.bound))
        _listed(rows["term_positions"], term.id, term.position_ids)
    for key, violation in enumerate(violations, start=first_violation):
        rows["violations"].append((key, violation.term_id, violation.event_id, violation.kind,
                                   violation.accused, violation.reason, violation.bound_as))
        _listed(rows["violation_accusers"], key, violation.accusing)
    return rows


def _event(rows: Rows, event: StrikeEvent) -> None:
    key = event.id
    rows["events"].append((key, event.date, event.attacker, event.target_country,
                           *listed_columns(event, claimant_names(event), document_count(event)),
                           *searched_columns(event.places, claimant_keys(event))))
    _listed(rows["event_weapons"], key, event.weapons)
    _listed(rows["event_target_types"], key, event.target_types)
    rows["event_places"].extend((key, i, *_place(p)) for i, p in enumerate(event.places))
    rows["event_claims"].extend(
        (key, i, c.claimant, c.claimant_side, c.metric, c.weapon, c.value, c.qualifier,
         *_source(c.source)) for i, c in enumerate(event.claims))
    rows["event_estimates"].extend(
        (key, i, e.metric, e.weapon, e.low, e.best, e.high, e.claims)
        for i, e in enumerate(event.estimates))
    _sources(rows["event_sources"], key, event.sources)


def listed_columns(event: StrikeEvent, claimants: Sequence[str], documents: int
                   ) -> tuple[Any, ...]:
    """The values of ``LISTED_COLUMNS`` for an event (its weapons, target types, places and
    estimates) with its claimants' names and count of documents. The arrays are JSON as an
    answer of the API holds them: a page of events splices them in without parsing them."""
    shown = [place_fields(p) for p in event.places[:LISTED_PLACES]]
    return (as_json(event.weapons), as_json(event.target_types), as_json(shown),
            len(event.places), as_json(list(claimants)), documents,
            *(figures.best(event, metric) for metric in figures.METRICS),
            *figures.by_kind(event).values())


def place_fields(place: Place) -> dict[str, Any]:
    """A place as lists and an event's page show it (the API's ``Place``)."""
    return {"name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "kind": place.kind}


def searched_columns(places: Iterable[Place], claimants: Iterable[str]) -> tuple[str, str]:
    """The values of ``SEARCHED_COLUMNS``: of ``places``, and of ``claimant_keys``."""
    names = (name for place in places for name in (place.name, place.admin1) if name)
    return _lines(names), _lines(claimants)


def _lines(names: Iterable[str]) -> str:
    return "\n".join(dict.fromkeys(name.lower() for name in names if name))


def claimant_keys(event: StrikeEvent) -> list[str]:
    """Who gives each figure, as the claimant filter reads it: the outlet for its own."""
    return [c.claimant or c.source.outlet or "" for c in event.claims]


def as_json(value: Any) -> str:
    """JSON as the API writes it: compact, UTF-8 text (FastAPI's ``JSONResponse``)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def claimant_names(event: StrikeEvent) -> list[str]:
    """Who gives the event's figures, as a list shows them: "(outlet)" for an outlet's own."""
    return sorted({c.claimant or "(outlet)" for c in event.claims})


def document_count(event: StrikeEvent) -> int:
    """How many documents tell the event, as a list shows it."""
    return len({s.document_id for s in event.sources})


def _sources(rows: list[tuple[Any, ...]], key: str, sources: Sequence[Source]) -> None:
    rows.extend((key, i, *_source(s)) for i, s in enumerate(sources))
