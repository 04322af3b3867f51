"""Keep the fused layer current as documents arrive: re-fuse only the days around them.

Records join only within a day or with the day before or after, an event spans two days at
most, and which event a group of records ends in depends on the records of the two days
either side of it (``fuse.strikes.REACH_DAYS``, *R*). So new strikes on day *T* can change
only the events holding a group of days *T - R* to *T + R*, which are dated (the day most of
their records give) *T - R - 1* to *T + R + 1*; and the events so dated depend only on the
records of days *T - 2R - 2* to *T + 2R + 2*. When new documents arrive, the events dated
within *R + 1* days of their strike dates are fused again from the documents with strikes
within *2R + 2* days; every other event stays as stored. The cost of an ingest into a large
ledger is that of its own days, whatever the ledger holds. Positions, exchanges and talks are
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

from ceasefire import truce
from ceasefire.fuse import Fusion, fuse
from ceasefire.fuse.strikes import REACH_DAYS
from ceasefire.store import Ledger

# the documents fusion reads: current ones that represent their group of near-copies
_FUSED = "d.superseded_by IS NULL AND d.group_id = d.id"


def refresh(ledger: Ledger, *, full: bool = False) -> int:
    """Bring events, positions, terms and violations up to date with the documents stored
    since the fused layer was last replaced (the ledger keeps their days: ``due_days``), or
    fuse everything again (``full``); returns the number of events."""
    days = ledger.due_days()
    window: set[dt.date] | None = None  # the days whose events are fused again; None: all
    if full or None in days or not ledger.event_count():
        fusion = fuse(ledger.readings(representatives=True, slim=True), ledger.copies())
    else:
        known = {d for d in days if d is not None}
        window = _around(known, REACH_DAYS + 1)
        fusion = _refused(ledger, window, _around(known, 2 * REACH_DAYS + 2))
    terms = truce.terms_in_force(fusion.positions)
    ledger.replace_fusion(fusion, terms, truce.check(fusion.events, fusion.positions, terms),
                          window)
    return len(fusion.events)


def _refused(ledger: Ledger, window: set[dt.date], context: set[dt.date]) -> Fusion:
    """The events dated in ``window`` fused again from the strikes of the ``context`` days,
    the others as stored; positions, exchanges and talks fused again. Each kind of record is
    fused on its own, so each is rebuilt only from the documents that have it."""
    striking = _names(ledger, "SELECT DISTINCT d.name, s.date FROM strikes s JOIN documents d "
                              f"ON d.id = s.document_id WHERE {_FUSED}", context)
    strikes = _fuse(ledger, striking, ("strikes",))
    others: set[str] = set()
    for table in _OTHER_KINDS:
        others |= _names(ledger, f"SELECT DISTINCT d.name, NULL FROM {table} r JOIN documents d "
                                 f"ON d.id = r.document_id WHERE {_FUSED}", None)
    rest = _fuse(ledger, others, _OTHER_KINDS)
    kept = ledger.events_outside(window)  # for the truce check only: they are not rewritten
    renewed = [e for e in strikes.events if e.date in window]
    return Fusion(events=sorted(kept + renewed, key=lambda e: (e.date or dt.date.max, e.id)),
                  positions=rest.positions, exchanges=rest.exchanges, talks=rest.talks)


_OTHER_KINDS = ("agreements", "exchanges", "talks")


def _fuse(ledger: Ledger, names: set[str], kinds: tuple[str, ...]) -> Fusion:
    return fuse(ledger.readings(names, representatives=True, slim=True, kinds=kinds),
                ledger.copies(names))


def _names(ledger: Ledger, sql: str, window: set[dt.date] | None) -> set[str]:
    return {name for name, day in ledger.query(sql) if window is None or day in window}


def _around(days: set[dt.date], reach: int) -> set[dt.date]:
    """The days within ``reach`` days of any of ``days``."""
    return {day + dt.timedelta(days=step) for day in days for step in range(-reach, reach + 1)}
