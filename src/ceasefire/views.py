"""What the ledger shows: flat rows of events, claims, positions, violations and the timeline.

Each function turns ledger objects into plain dicts with the same keys whatever the output
(terminal table, CSV, JSON, Parquet), so the CLI, the exports and later the API share them.
Filters (``EventSelection``: dates, attacker, target country, weapon, target type, place,
claimant) apply to strike events. A figure nobody gave is None (null, an empty cell), never 0.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ceasefire.figures import KIND_COLUMNS, METRICS, best, by_kind
from ceasefire.model import (
    Claim,
    Commitment,
    Estimate,
    Position,
    Source,
    StrikeEvent,
    Term,
    Violation,
)
from ceasefire.store.select import EventSelection, Listed

if TYPE_CHECKING:
    from ceasefire.fuse import FusedExchange, FusedTalks
    from ceasefire.store import StoredDocument

Row = dict[str, Any]
TIMELINE_METRICS = METRICS
# a timeline row's figures, after its date, attacker and count of events
TIMELINE_COLUMNS = (*TIMELINE_METRICS, *KIND_COLUMNS)
# the keys of the rows, in order: a CSV's header, even when there is no row
EVENT_ROW_COLUMNS = ("event", "date", "attacker", "target_country", "weapons", "places",
                     "target_types", *TIMELINE_METRICS, "claimants", "sources")
TIMELINE_ROW_COLUMNS = ("date", "attacker", "events", *TIMELINE_COLUMNS)
DOCUMENT_ROW_COLUMNS = ("document", "title", "source", "language", "published", "version")


# The filters of lists and exports: ``EventSelection.keeps`` in Python, ``.condition`` in SQL.
EventFilter = EventSelection
EVERY_EVENT = EventSelection()


def event_rows(events: Iterable[StrikeEvent], where: EventFilter = EVERY_EVENT) -> list[Row]:
    kept = [e for e in sorted(events, key=_event_order) if where.keeps(e)]
    return listed_rows((Listed.of(e) for e in kept),
                       {e.id: [p.name for p in e.places] for e in kept})


def listed_rows(events: Iterable[Listed], place_names: Mapping[str, Sequence[str]]
                ) -> list[Row]:
    """``event_rows``' rows of events as lists hold them (``Ledger.event_page``), in order,
    with the names of all their places (``Ledger.place_names``): a row lists them all."""
    return [_listed_row(listed, place_names[listed.id]) for listed in events]


def _listed_row(listed: Listed, places: Sequence[str]) -> Row:
    weapons, target_types, _, claimants = listed.lists()
    return {
        "event": listed.id, "date": _iso(listed.date), "attacker": listed.attacker,
        "target_country": listed.target_country, "weapons": ", ".join(weapons),
        "places": ", ".join(places), "target_types": ", ".join(target_types),
        **{m: getattr(listed, m) for m in TIMELINE_METRICS},
        "claimants": ", ".join(claimants), "sources": listed.sources,
    }


def _claims_in_reports(estimate: Estimate, claims: Sequence[Claim]) -> str:
    """ "2 claims", or "1 claim in 2 reports" when reports repeat a claim (an article quoting
    the Air Force's own report)."""
    reports = sum(1 for c in claims if (c.metric, c.weapon) == (estimate.metric, estimate.weapon)
                  and c.value is not None)
    said = f"{estimate.claims} claim{'s' if estimate.claims != 1 else ''}"
    return f"{said} in {reports} reports" if reports > estimate.claims else said


def document_rows(documents: Iterable[StoredDocument]) -> list[Row]:
    """The current documents as ``ceasefire documents`` lists them."""
    return [{"document": d.name, "title": d.title, "source": d.source, "language": d.language,
             "published": _iso(d.published), "version": d.version} for d in documents]


def claim_rows(claims: Sequence[Claim], estimates: Sequence[Estimate] = (),
               sources: Sequence[Source] = ()) -> list[Row]:
    """Every claim side by side, then the low/best/high derived from them. ``sources`` (the
    event's) name the copies: the sites that republished a claim's report (``copies``)."""
    copies: dict[str, list[str]] = {}
    for source in sources:
        if source.copy_of is not None:
            copies.setdefault(source.copy_of, []).append(source.outlet or source.document_id)
    rows: list[Row] = [{
        "claimant": c.claimant or "(outlet)", "side": c.claimant_side, "metric": c.metric,
        "weapon": c.weapon, "value": c.value, "qualifier": c.qualifier,
        "outlet": c.source.outlet, "document": c.source.document_id,
        "language": c.source.language, "published": _iso(c.source.published),
        "sentence": c.source.evidence.sentence if c.source.evidence else None,
        "start": c.source.evidence.start if c.source.evidence else None,
        "end": c.source.evidence.end if c.source.evidence else None,
        "copies": ", ".join(dict.fromkeys(copies.get(c.source.document_id, []))) or None,
    } for c in sorted(claims, key=lambda c: (c.metric, c.weapon or "", c.claimant or ""))]
    return rows + [{
        "claimant": "(estimate)", "side": None, "metric": e.metric, "weapon": e.weapon,
        "value": e.best, "qualifier": f"low {e.low:g}, high {e.high:g}, "
        f"{_claims_in_reports(e, claims)}" if e.low is not None and e.high is not None else None,
        "outlet": None, "document": None, "language": None, "published": None, "sentence": None,
        "start": None, "end": None, "copies": None,
    } for e in estimates]


def correction_rows(corrections: Iterable[Row], event_id: str) -> list[Row]:
    """The corrections applied to an event, as rows beside its claims: the analyst's value,
    and the machine's reading it replaces (``corrections.rows`` gives them)."""
    return [{
        "claimant": f"(correction {c['correction']})", "side": None, "metric": c["field"]
        or c["action"], "weapon": None,
        "value": float(c["value"]) if (c["value"] or "").isdigit() else c["value"],
        "qualifier": f"by {c['by']}: {c['why']}; the machine read {c['machine'] or '-'}",
        "outlet": None, "document": None, "language": None, "published": None, "sentence": None,
        "start": None, "end": None, "copies": None,
    } for c in corrections if c["status"] == "applied"
        and event_id in (c["now"] or "").split(", ")]


def position_rows(positions: Iterable[Position]) -> list[Row]:
    """Each position with its first source's sentence and the language it is quoted in."""
    rows = []
    for p in sorted(positions, key=lambda p: (_iso(p.date) or "", p.scope, p.status, p.id)):
        quoted = next((s for s in p.sources if s.evidence), None)
        rows.append({
            "position": p.id, "date": _iso(p.date), "scope": p.scope, "status": p.status,
            "parties": ", ".join(p.parties), "proposed_by": p.proposed_by,
            "duration_days": p.duration_days, "sources": len(p.sources),
            "sentence": quoted.evidence.sentence if quoted and quoted.evidence else None,
            "language": quoted.language if quoted else None,
        })
    return rows


def term_rows(terms: Iterable[Term]) -> list[Row]:
    """One row per truce term: who is bound and how (``bound``), its period ("end unknown"
    when no length or end is reported), the last day strikes are checked against it (None for
    a local pause: it binds only its place, which is not read), and the positions on its
    truce."""
    return [{"term": t.id, "scope": t.scope, "kind": t.kind, "parties": ", ".join(t.parties),
             "bound": "; ".join(_commitment(c) for c in t.bound),
             "start": _iso(t.start), "end": _iso(t.end) or "end unknown",
             "checked_until": None if t.scope == "other" else _iso(t.checked_until),
             "positions": ", ".join(t.position_ids)}
            for t in sorted(terms, key=lambda t: (t.start, t.scope))]


def _commitment(commitment: Commitment) -> str:
    """"RU declared 2025-05-08", "RU agreed 2025-03-18, bound from 2025-03-25"."""
    said = f"{commitment.side} {commitment.how} {commitment.said_on}"
    if commitment.since != commitment.said_on:
        said += f", bound from {commitment.since}"
    return said


def violation_rows(violations: Iterable[Violation], events: Sequence[StrikeEvent],
                   terms: Sequence[Term], where: EventFilter = EVERY_EVENT) -> list[Row]:
    """One row per violation; a filter keeps the rows about the events it keeps."""
    by_event = {e.id: e for e in events}
    by_term = {t.id: t for t in terms}
    rows = []
    for v in violations:
        event, term = by_event.get(v.event_id), by_term.get(v.term_id)
        if where != EVERY_EVENT and (event is None or not where.keeps(event)):
            continue
        rows.append({
            "kind": v.kind, "term": v.term_id, "scope": term.scope if term else None,
            "event": v.event_id, "date": _iso(event.date) if event else None,
            "accused": v.accused, "bound_as": v.bound_as, "accusing": ", ".join(v.accusing),
            "reason": v.reason,
            "evidence": _first_sentence(event),
        })
    return sorted(rows, key=lambda r: (r["date"] or "", r["kind"], r["event"]))


def timeline_rows(events: Iterable[StrikeEvent], where: EventFilter = EVERY_EVENT) -> list[Row]:
    """Per day and attacking side: launched, intercepted, killed, injured (best figures), and
    launched and intercepted of drones and of missiles where the claims name the weapon (a
    total for "drones and missiles" counts in launched only). A sum over events none of which
    gives the figure is None: unknown, not 0."""
    totals: dict[tuple[str, str], Row] = defaultdict(
        lambda: dict.fromkeys(("events", *TIMELINE_COLUMNS)))
    for event in events:
        if event.date is None or not where.keeps(event):
            continue
        day = totals[(event.date.isoformat(), event.attacker or "?")]
        day["events"] = (day["events"] or 0) + 1
        figures = {**{m: best(event, m) for m in TIMELINE_METRICS}, **by_kind(event)}
        for column, value in figures.items():
            if value is not None:
                day[column] = (day[column] or 0.0) + value
    return [{"date": date, "attacker": side, "events": int(v["events"]),
             **{c: v[c] for c in TIMELINE_COLUMNS}}
            for (date, side), v in sorted(totals.items())]


def timeline_from_sums(sums: Iterable[Sequence[Any]]) -> list[Row]:
    """``timeline_rows``' rows from the database's sums (``Ledger.timeline``: date, attacker,
    events, then the metrics and the kinds' columns in this module's order; NULL: unknown)."""
    return [{"date": day.isoformat(), "attacker": side or "?", "events": int(events),
             **{c: None if v is None else float(v)
                for c, v in zip(TIMELINE_COLUMNS, figures, strict=True)}}
            for day, side, events, *figures in timeline_order(sums)]


def timeline_order(sums: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
    """The database's sums by day, then side ("?", the unknown side, before the others)."""
    return sorted(sums, key=lambda s: (s[0], s[1] or "?"))


def exchange_rows(exchanges: Iterable[FusedExchange], since: dt.date | None = None,
                  until: dt.date | None = None) -> list[Row]:
    """Prisoner exchanges and repatriations, by date (undated ones only without a date filter)."""
    rows = [{"exchange": x.id, "date": _iso(x.record.date), "status": x.record.status,
             "returned_to_ua": x.record.returned_to_ua, "returned_to_ru": x.record.returned_to_ru,
             "categories": ", ".join(x.record.categories), "mediator": x.record.mediator,
             "sources": len(x.sources)}
            for x in exchanges if dated_within(x.record.date, since, until)]
    return sorted(rows, key=lambda r: (r["date"] or "", r["exchange"]))


def talks_rows(talks: Iterable[FusedTalks], since: dt.date | None = None,
               until: dt.date | None = None) -> list[Row]:
    """Meetings and calls, by date (undated ones only without a date filter)."""
    rows = [{"talks": t.id, "date": _iso(t.record.date), "kind": t.record.kind,
             "place": t.record.place, "parties": ", ".join(t.record.parties),
             "hours": t.record.duration_hours, "sources": len(t.sources)}
            for t in talks if dated_within(t.record.date, since, until)]
    return sorted(rows, key=lambda r: (r["date"] or "", r["talks"]))


def dated_within(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """Undated records are kept only when no date filter is given."""
    if since is None and until is None:
        return True
    return day is not None and (since is None or day >= since) and \
        (until is None or day <= until)


def _event_order(event: StrikeEvent) -> tuple[str, str, str]:
    return (_iso(event.date) or "", event.attacker or "", event.id)


def _first_sentence(event: StrikeEvent | None) -> str | None:
    if event is None:
        return None
    return next((s.evidence.sentence for s in event.sources if s.evidence), None)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
