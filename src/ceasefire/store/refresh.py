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

The same locality splits a full fusion over two processes (``workers``): the strikes of the
earlier days are fused here and those of the later days in another process, each from the
records of its own days and *R + 1* days beyond (the window rule above, with a half of the
days as the window); positions, exchanges and talks are fused here meanwhile. DuckDB lets
one process write or several read, so this process reads only while the other one runs.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from concurrent.futures import Executor

from ceasefire import truce
from ceasefire.fuse import Fusion, fuse
from ceasefire.fuse.corrections import Correction, Corrections
from ceasefire.fuse.strikes import REACH_DAYS
from ceasefire.model import StrikeEvent
from ceasefire.store import Ledger

# the documents fusion reads: current ones that represent their group of near-copies
_FUSED = "d.superseded_by IS NULL AND d.group_id = d.id"


def refresh(ledger: Ledger, *, full: bool = False, processes: Executor | None = None) -> int:
    """Bring events, positions, terms and violations up to date with the documents stored
    since the fused layer was last replaced (the ledger keeps their days: ``due_days``), or
    fuse everything again (``full``); returns the number of events. ``processes``: local
    processes (``processes.process_pool``), one of which fuses half of a full fusion."""
    corrections = ledger.corrections()
    days = ledger.due_days() | ledger.correction_days(corrections)
    window: set[dt.date] | None = None  # the days whose events are fused again; None: all
    if full or None in days or not ledger.event_count():
        fusion = _everything(ledger, processes, corrections)
    else:
        known = {d for d in days if d is not None}
        window = _around(known, REACH_DAYS + 1)
        fusion = _refused(ledger, window, corrections)
    edits = Corrections(corrections)
    edits.outcomes.update(fusion.outcomes)
    terms = edits.amend_terms(truce.terms_in_force(fusion.positions), fusion.positions)
    ledger.replace_fusion(fusion, terms, truce.check(fusion.events, fusion.positions, terms),
                          window, edits.finish())
    return len(fusion.events)


def _refused(ledger: Ledger, window: set[dt.date], corrections: Sequence[Correction]
             ) -> Fusion:
    """The events dated in ``window`` fused again, the others as stored; positions, exchanges
    and talks fused again. Each kind of record is fused on its own, so each is rebuilt only
    from the documents that have it. (The days of the strikes that corrections name are in
    ``window``: the events they correct are fused again, the corrections applied anew.)"""
    renewed = _strike_fusion(ledger, *_window(window), _of_strikes(corrections))
    rest = _other_kinds(ledger, corrections)
    kept = ledger.events_outside(window)  # for the truce check only: they are not rewritten
    return Fusion(events=sorted(kept + renewed.events,
                                key=lambda e: (e.date or dt.date.max, e.id)),
                  positions=rest.positions, exchanges=rest.exchanges, talks=rest.talks,
                  outcomes=renewed.outcomes | rest.outcomes)


def _everything(ledger: Ledger, processes: Executor | None,
                corrections: Sequence[Correction] = ()) -> Fusion:
    """Every document fused again: in this process, or the strikes of the later days in one
    of ``processes`` (a ledger in memory cannot be shared; with corrections of events, all
    here: a merge may join events of both halves)."""
    split = processes is not None and ledger.shareable and not _of_strikes(corrections)
    halves = _halves(ledger) if split else None
    if processes is None or halves is None:
        return fuse(ledger.readings(representatives=True, slim=True), ledger.copies(),
                    corrections)
    early, late = halves
    with ledger.readable_elsewhere() as where:
        later = processes.submit(_strike_events_at, where, *_window(late))
        events = _strike_events(ledger, *_window(early, undated=True))
        rest = _other_kinds(ledger, corrections)
        try:
            events += later.result()
        except Exception:  # the other process failed (or could not start): its half here
            events += _strike_events(ledger, *_window(late))
    return Fusion(events=sorted(events, key=lambda e: (e.date or dt.date.min, e.attacker or "",
                                                     e.id)),
                  positions=rest.positions, exchanges=rest.exchanges, talks=rest.talks,
                  outcomes=rest.outcomes)


def _of_strikes(corrections: Sequence[Correction]) -> list[Correction]:
    return [c for c in corrections if c.strikes]


def _halves(ledger: Ledger) -> tuple[set[dt.date], set[dt.date]] | None:
    """The days with strikes in two halves of about as many records each; None when there
    are too few days to split. (This process also fuses the other kinds meanwhile, and the
    other one sends its events back: about as long, pickled and unpickled.)"""
    counts = ledger.query("SELECT s.date, count(*) FROM strikes s JOIN documents d "
                          f"ON d.id = s.document_id WHERE {_FUSED} GROUP BY s.date")
    dated = sorted((day, n) for day, n in counts if day is not None)
    if len(dated) < 2 * (2 * REACH_DAYS + 2):  # halves would mostly overlap: not worth it
        return None
    half, running = sum(n for _, n in dated) / 2, 0
    early: set[dt.date] = set()
    for day, n in dated[:-1]:
        early.add(day)
        running += n
        if running >= half:
            break
    return early, {day for day, _ in dated if day not in early}


def _window(days: set[dt.date], *, undated: bool = False
            ) -> tuple[set[dt.date | None], set[dt.date | None]]:
    """The days whose events to fuse, and the days of the strikes they are fused from: *R + 1*
    days beyond (see above). ``undated``: the undated strikes and events too."""
    extra: set[dt.date | None] = {None} if undated else set()
    return {*days, *extra}, {*_around(days, REACH_DAYS + 1), *extra}


def _strike_events_at(where: str, window: Collection[dt.date | None],
                      context: Collection[dt.date | None]) -> list[StrikeEvent]:
    """``_strike_events`` in another process, on the ledger at ``where``, read-only."""
    with Ledger.open(where, read_only=True) as ledger:
        return _strike_events(ledger, window, context)


def _strike_events(ledger: Ledger, window: Collection[dt.date | None],
                   context: Collection[dt.date | None]) -> list[StrikeEvent]:
    """The events dated in ``window``, fused from the strikes of the ``context`` days (None
    in both: the undated strikes and events)."""
    return _strike_fusion(ledger, window, context).events


def _strike_fusion(ledger: Ledger, window: Collection[dt.date | None],
                   context: Collection[dt.date | None],
                   corrections: Sequence[Correction] = ()) -> Fusion:
    """``_strike_events`` with the corrections of events applied, and what it made of them."""
    striking = _names(ledger, "SELECT DISTINCT d.name, s.date FROM strikes s JOIN documents d "
                              f"ON d.id = s.document_id WHERE {_FUSED}", context)
    fused = _fuse(ledger, striking, ("strikes",), _of_strikes(corrections))
    return Fusion(events=[e for e in fused.events if e.date in window], outcomes=fused.outcomes)


def _other_kinds(ledger: Ledger, corrections: Sequence[Correction] = ()) -> Fusion:
    """Positions, exchanges and talks fused again, from the documents that have any, with
    the corrections of positions applied."""
    others: set[str] = set()
    for table in _OTHER_KINDS:
        others |= _names(ledger, f"SELECT DISTINCT d.name, NULL FROM {table} r JOIN documents d "
                                 f"ON d.id = r.document_id WHERE {_FUSED}", None)
    return _fuse(ledger, others, _OTHER_KINDS, [c for c in corrections if not c.strikes])


_OTHER_KINDS = ("agreements", "exchanges", "talks")


def _fuse(ledger: Ledger, names: set[str], kinds: tuple[str, ...],
          corrections: Sequence[Correction] = ()) -> Fusion:
    return fuse(ledger.readings(names, representatives=True, slim=True, kinds=kinds),
                ledger.copies(names), corrections)


# --- what a correction names: the records of an event, a position or a term, now ----------

def event_records(ledger: Ledger, event: StrikeEvent) -> tuple[str, ...]:
    """The strike records fused into a stored event ("DOC#N"): its days fused again, with
    the corrections made so far (the ids are those stored)."""
    days = {event.date} if event.date else set()
    fused = _strike_fusion(ledger, *_window(days, undated=event.date is None),
                           ledger.corrections())
    return next((e.records for e in fused.events if e.id == event.id), ())


def position_records(ledger: Ledger) -> dict[str, tuple[str, ...]]:
    """The agreement records fused into each position, by its id, and into each term (the
    records of its positions), by the term's id."""
    corrections = ledger.corrections()
    positions = _other_kinds(ledger, corrections).positions
    found = {p.id: p.records for p in positions}
    for term in Corrections(corrections).amend_terms(truce.terms_in_force(positions), positions):
        found[term.id] = tuple(r for pid in term.position_ids for r in found.get(pid, ()))
    return found


def _names(ledger: Ledger, sql: str, window: Collection[dt.date | None] | None) -> set[str]:
    return {name for name, day in ledger.query(sql) if window is None or day in window}


def _around(days: set[dt.date], reach: int) -> set[dt.date]:
    """The days within ``reach`` days of any of ``days``."""
    return {day + dt.timedelta(days=step) for day in days for step in range(-reach, reach + 1)}
