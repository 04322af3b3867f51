"""Keep the fused layer current as documents arrive: re-fuse only the days they touch.

Strike events never reach across a day without strikes (records join only within a day or
with the day before or after, and an event spans two days at most), so the events of a run of
consecutive days with strikes depend only on the records of that run. When new documents
arrive, only the runs holding their strike dates are fused again, from the documents with
strikes in those runs; every other event stays as stored. Positions, exchanges and talks are
fused again from the documents that have any (few, and they carry no dates to window on),
then terms and violations are recomputed. The result equals a full fusion
(``tests/test_refresh.py`` checks it); a replaced document, an undated strike or an empty
fused layer take the full path.

Fusion reads one document per group of near-copies (its representative, ``copies.py``), with
the copies as sources. A new copy, or a group that merged or changed representative, touches
the strike dates of every member of the group (``Ledger.due_days``), not only its own.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ceasefire import truce
from ceasefire.fuse import Fusion, fuse
from ceasefire.store import Ledger

# the documents fusion reads: current ones that represent their group of near-copies
_FUSED = "d.superseded_by IS NULL AND d.group_id = d.id"


def refresh(ledger: Ledger, touched: Iterable[dt.date | None], *, full: bool = False) -> int:
    """Bring events, positions, terms and violations up to date after documents arrived whose
    strikes fall on the ``touched`` days; returns the number of events."""
    days = set(touched) | ledger.due_days()
    if full or None in days or not ledger.event_count():
        fusion = fuse(ledger.readings(representatives=True, slim=True), ledger.copies())
    else:
        known = {d for d in days if d is not None}
        fusion = _refused(ledger, _runs(_stored_strike_dates(ledger), known))
    terms = truce.terms_in_force(fusion.positions)
    ledger.replace_fusion(fusion, terms, truce.check(fusion.events, fusion.positions, terms))
    return len(fusion.events)


def _refused(ledger: Ledger, window: set[dt.date]) -> Fusion:
    names = _names(ledger, "SELECT DISTINCT d.name, s.date FROM strikes s JOIN documents d "
                           f"ON d.id = s.document_id WHERE {_FUSED}", window)
    for table in ("agreements", "exchanges", "talks"):
        names |= _names(ledger, f"SELECT DISTINCT d.name, NULL FROM {table} r JOIN documents d "
                                f"ON d.id = r.document_id WHERE {_FUSED}", None)
    partial = fuse(ledger.readings(names, representatives=True, slim=True),
                   ledger.copies(names))
    kept = [e for e in ledger.events() if e.date not in window]
    renewed = [e for e in partial.events if e.date in window]
    return Fusion(events=sorted(kept + renewed, key=lambda e: (e.date or dt.date.max, e.id)),
                  positions=partial.positions, exchanges=partial.exchanges, talks=partial.talks)


def _names(ledger: Ledger, sql: str, window: set[dt.date] | None) -> set[str]:
    return {name for name, day in ledger.query(sql) if window is None or day in window}


def _stored_strike_dates(ledger: Ledger) -> set[dt.date]:
    return {row[0] for row in ledger.query(
        "SELECT DISTINCT s.date FROM strikes s JOIN documents d ON d.id = s.document_id "
        f"WHERE {_FUSED} AND s.date IS NOT NULL")}


def _runs(all_dates: set[dt.date], touched: set[dt.date]) -> set[dt.date]:
    """The runs of consecutive days with strikes that hold a touched day."""
    window: set[dt.date] = set()
    for day in touched:
        if day in window:
            continue
        window.add(day)
        for step in (1, -1):
            nxt = day + dt.timedelta(days=step)
            while nxt in all_dates:
                window.add(nxt)
                nxt += dt.timedelta(days=step)
    return window
