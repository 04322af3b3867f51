"""An analyst corrects the ledger: what `ceasefire correct` and ``POST /api/corrections`` do.

A request names an event, a position or a term by the id the ledger shows now; it is checked
here (a clear ``BadCorrection`` otherwise), turned into a ``Correction`` that keeps the records
its target holds now (``fuse/corrections.py`` says why), stored with who, when and why, and
applied at once by fusing again. Every later fusion applies it again.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ceasefire.fuse.corrections import Action, Correction, Kind, Outcome, checked_value
from ceasefire.model import StrikeEvent
from ceasefire.store import Ledger
from ceasefire.store.refresh import event_records, position_records, refresh

ACTIONS = ("reject", "set", "merge", "split")


class BadCorrection(ValueError):
    """A correction that cannot be made: which parameter, what is wrong, what to do."""

    def __init__(self, parameter: str, problem: str, fix: str = "") -> None:
        self.parameter, self.problem, self.fix = parameter, problem, fix
        super().__init__(f"{parameter}: {problem}" + (f". {fix}" if fix else ""))


@dataclass(frozen=True)
class Request:
    """What the analyst asks, as given (ids as the ledger shows them now)."""

    action: str
    target: str
    analyst: str
    reason: str
    field: str | None = None
    value: str | None = None
    other: str | None = None  # merge: the second event
    documents: tuple[str, ...] = ()  # reject or split: the documents whose records


def correct(ledger: Ledger, request: Request) -> tuple[Correction, Outcome]:
    """Check the request, keep the correction and fuse again: the correction as stored and
    what the fusion made of it. ``BadCorrection`` when it cannot be made (nothing stored)."""
    correction = _build(ledger, request)
    stored = ledger.add_correction(correction)
    refresh(ledger)
    return stored, ledger.correction_outcomes()[stored.id]


def _build(ledger: Ledger, r: Request) -> Correction:
    if r.action not in ACTIONS:
        raise BadCorrection("action", f"{r.action!r} is not one of {', '.join(ACTIONS)}")
    if not r.reason.strip():
        raise BadCorrection("why", "a correction needs a reason",
                            "Say why, e.g. --why 'the governor corrected the toll on 15 May'")
    if not r.analyst.strip():
        raise BadCorrection("by", "a correction needs the analyst's name", "Give --by NAME")
    event = ledger.event(r.target)
    if event is not None:
        return _of_event(ledger, r, event)
    records = position_records(ledger)
    if r.target in records:
        return _of_truce(ledger, r, records)
    raise BadCorrection("target", f"no event, position or term has id {r.target!r} in "
                        f"{ledger.where}", "List them with `ceasefire events`, `ceasefire "
                        "agreements` or `ceasefire agreements --terms`")


def _of_event(ledger: Ledger, r: Request, event: StrikeEvent) -> Correction:
    records = event_records(ledger, event)
    action: Action = r.action  # type: ignore[assignment]  # checked in _build
    if r.action == "reject":
        if not r.documents:
            return _new(r, action, "event", records)
        return _new(r, action, "records", _of_documents(records, r.documents, event.id))
    if r.action == "set":
        field, value = _field_value(r, "event")
        return _new(r, action, "event", records, field, value)
    if r.action == "merge":
        parts = _other_event(ledger, r, event)
        return _new(replace(r, target=f"{event.id} + {r.other}"), action, "event", records,
                    parts=parts)
    moved = _of_documents(records, r.documents, event.id)
    if set(moved) == set(records):
        raise BadCorrection("documents", f"they tell all of event {event.id}: nothing would "
                            "be left to split from", "Name only the documents to take out")
    return _new(r, action, "event", tuple(x for x in records if x not in moved), parts=moved)


def _of_truce(ledger: Ledger, r: Request, records: dict[str, tuple[str, ...]]) -> Correction:
    term = r.target not in {p.id for p in ledger.positions()}
    what = "term" if term else "position"
    if r.action == "set" and term:
        field, value = _field_value(r, "term")
        _check_end(ledger, r.target, value)
        return _new(r, "set", "term", records[r.target], field, value)
    if r.action == "reject" and not term:
        return _new(r, "reject", "position", records[r.target])
    fix = ("Set a term's end (`ceasefire correct set TERM end YYYY-MM-DD`) or reject one of "
           "its positions" if term else "Reject it, or set the end of the term it makes")
    raise BadCorrection("action", f"a {what} cannot be corrected with {r.action!r}", fix)


def _field_value(r: Request, kind: Kind) -> tuple[str, str]:
    if not r.field or r.value is None:
        raise BadCorrection("field", "set needs a field and a value",
                            "e.g. `ceasefire correct set EVENT killed 3 --why …`")
    try:
        return r.field, checked_value(kind, r.field, r.value)
    except ValueError as problem:
        parameter = "value" if "not a field" not in str(problem) else "field"
        raise BadCorrection(parameter, str(problem)) from None


def _check_end(ledger: Ledger, term_id: str, value: str) -> None:
    term = next((t for t in ledger.terms() if t.id == term_id), None)
    if term is not None and value != "unknown" and dt.date.fromisoformat(value) < term.start:
        raise BadCorrection("value", f"{value} is before the term's start, {term.start}",
                            "Give an end on or after its start")


def _other_event(ledger: Ledger, r: Request, event: StrikeEvent) -> tuple[str, ...]:
    if not r.other:
        raise BadCorrection("other", "merge needs a second event",
                            "e.g. `ceasefire correct merge EVENT OTHER --why …`")
    other = ledger.event(r.other)
    if other is None:
        raise BadCorrection("other", f"no event has id {r.other!r} in {ledger.where}",
                            "List them with `ceasefire events`")
    if other.id == event.id:
        raise BadCorrection("other", "an event cannot be merged with itself")
    if other.attacker != event.attacker:
        raise BadCorrection("other", f"event {event.id} is by {event.attacker or 'unknown'}, "
                            f"{other.id} by {other.attacker or 'unknown'}",
                            "Set one's attacker first (`ceasefire correct set EVENT attacker "
                            "CC`), then merge")
    return event_records(ledger, other)


def _of_documents(records: Sequence[str], documents: Sequence[str], event_id: str
                  ) -> tuple[str, ...]:
    if not documents:
        raise BadCorrection("documents", "name the documents whose records to take out",
                            "Their ids are in `ceasefire claims EVENT` (the document column)")
    told = {x.rpartition("#")[0] for x in records}
    unknown = [d for d in documents if d not in told]
    if unknown:
        raise BadCorrection("documents", f"{', '.join(unknown)} tell nothing of event "
                            f"{event_id}", f"Its documents: {', '.join(sorted(told))}")
    return tuple(x for x in records if x.rpartition("#")[0] in documents)


def _new(r: Request, action: Action, kind: Kind, anchors: tuple[str, ...],
         field: str | None = None, value: str | None = None, parts: tuple[str, ...] = ()
         ) -> Correction:
    return Correction(id=0, action=action, kind=kind, target=r.target, anchors=anchors,
                      field=field, value=value, parts=parts, analyst=r.analyst.strip(),
                      reason=r.reason.strip())


COLUMNS = ("correction", "made_at", "by", "action", "target", "field", "value", "machine",
           "status", "now", "why", "note")


def rows(ledger: Ledger) -> list[dict[str, Any]]:
    """Every correction beside the machine's reading and what the last fusion made of it."""
    outcomes = ledger.correction_outcomes()
    found = []
    for c in ledger.corrections():
        o = outcomes.get(c.id)
        found.append({
            "correction": c.id, "made_at": c.made_at.isoformat(timespec="seconds")
            if c.made_at else None, "by": c.analyst, "action": c.action,
            "target": c.target, "field": c.field, "value": c.value,
            "machine": o.machine if o else None, "status": o.status if o else "not fused yet",
            "now": o.applies_to if o else None, "why": c.reason, "note": o.note if o else None})
    return found
