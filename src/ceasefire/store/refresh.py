"""Keep the fused layer current as documents arrive, in memory bounded by a window of days.

Records join only within a day or with the day before or after, an event spans two days at
most, and which event a group of records ends in depends on the records of the two days
either side of it (``fuse.strikes.REACH_DAYS``, *R*). So the events dated on a set of days
depend only on the strikes of those days and *R + 1* days beyond (``_window``), and new strikes
on day *T* can change only the events dated within *R + 1* days of *T*. When new documents
arrive, the events dated within *R + 1* days of their strike dates (and of those of the
versions they replace) are fused again; every other event stays as stored. Undated strikes
join only each other, by the day they were reported (``fuse.strikes.Undated``, the same
rules on an axis of its own), so an undated one re-fuses the undated events alone, a chunk
of report days at a time (which undated strike is new is not kept: all of them). The cost of an
ingest into a large ledger is that of its own days, whatever the ledger holds. An empty
fused layer, or ``full``, takes the full path: every day fused again.

Either way the days are fused a chunk at a time (``_chunks``: consecutive days holding about
``CHUNK_RECORDS`` strike records), each from the strikes of its own days and *R + 1* days
beyond, and its events written at once into the fused layer being replaced (one transaction:
``Ledger.rewrite_fusion``), so that a fusion never holds more than one chunk's records and
events: its memory depends on the busiest days, not on the ledger's size. The result equals
a fusion of everything at once (``tests/test_refresh.py``). The truce check then reads back
the events of the days a term or an accusation covers (``truce.days_checked``), a week at a
time (``truce.Check``).
Positions, exchanges and talks are fused again from the documents that have any, one kind
at a time, each written at once (only the positions are kept, for the terms): these are not
windowed yet, so their memory grows with the ledger's diplomacy (docs/performance.md).

Fusion reads one document per group of near-copies (its representative, ``copies.py``), with
the copies as sources. A new copy, or a group that merged or changed representative, touches
the strike dates of every member of the group (``Ledger.due_days``), not only its own.

An analyst's corrections of events are applied in every chunk (a rejected record changes how
the records around it group), and the days each one names (its records' days, a date it sets,
and *R + 1* days around them) are all in one chunk, whose fusion says what became of it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TypeVar

from ceasefire import truce
from ceasefire.fuse import Fusion, fuse
from ceasefire.fuse.corrections import Correction, Corrections
from ceasefire.fuse.strikes import REACH_DAYS, Day, Undated, day_order, event_day
from ceasefire.model import StrikeEvent
from ceasefire.store import FusedLayer, Ledger

# the documents fusion reads: current ones that represent their group of near-copies
_FUSED = "d.superseded_by IS NULL AND d.group_id = d.id"
# strike records fused at once (the chunk grows by whole days until it holds this many): the
# memory of a fusion is that of a chunk, ~50 MB for 20,000 records, and each chunk reads the
# records of 2 (R + 1) days beyond its own, so fewer, larger chunks read less twice
CHUNK_RECORDS = 20_000
CHECKED_DAYS = 7  # the truce check loads the events of this many days at a time
# turned into rows and written at a time: a large ledger's event holds hundreds of claims and
# sources, a violation dozens of accusers
EVENTS_WRITTEN = 50
VIOLATIONS_WRITTEN = 500
_OTHER_KINDS = ("agreements", "exchanges", "talks")  # the tables of the other kinds of record

Due = dt.date | None  # a day due to be fused again (None: every undated strike)
D = TypeVar("D", dt.date, Undated)
T = TypeVar("T")
Chunk = tuple[set[Day], set[int]]  # days fused together, the corrections they answer for


def refresh(ledger: Ledger, *, full: bool = False) -> int:
    """Bring events, positions, terms and violations up to date with the documents stored
    since the fused layer was last replaced (the ledger keeps their days: ``due_days``), or
    fuse everything again (``full``); returns the number of events."""
    corrections = ledger.corrections()
    due = ledger.due_days() | {d if isinstance(d, dt.date) else None
                               for d in ledger.correction_days(corrections)}
    days: set[Due] | None = None  # the days whose events are fused again; None: all
    if not (full or not ledger.event_count()):
        days = {*_around({d for d in due if d is not None}, REACH_DAYS + 1), *(due & {None})}
    return ledger.rewrite_fusion(days, lambda layer: _fuse_into(layer, ledger, days,
                                                                 corrections))


def _fuse_into(layer: FusedLayer, ledger: Ledger, days: set[Due] | None,
               corrections: Sequence[Correction]) -> int:
    """Write the fused layer: positions, exchanges and talks; the events of ``days`` (None:
    all) chunk by chunk; then terms, violations and what became of each correction."""
    edits = Corrections(corrections)
    positions = []
    for kind in _OTHER_KINDS:  # one kind at a time, written at once; positions make terms
        fused = _other_kinds(ledger, corrections, (kind,))
        edits.outcomes.update(fused.outcomes)
        layer.add(positions=fused.positions, exchanges=fused.exchanges, talks=fused.talks)
        positions += fused.positions
    of_strikes = _of_strikes(corrections)
    for chunk, owned in _chunks(ledger, days, of_strikes):
        fused = _strike_fusion(ledger, *_window(chunk), of_strikes)
        for events in _pieces(fused.events, EVENTS_WRITTEN):
            layer.add(events=events)
        edits.outcomes.update({c: fused.outcomes[c] for c in owned if c in fused.outcomes})
    terms = edits.amend_terms(truce.terms_in_force(positions), positions)
    checking = truce.Check(positions, terms)
    for days_on in _pieces(sorted(truce.days_checked(positions, terms)), CHECKED_DAYS):
        checking.add(layer.events_on(days_on))
    layer.add(terms=terms)
    for violations in _pieces(checking.violations(), VIOLATIONS_WRITTEN):
        layer.add(violations=violations)
    layer.record_outcomes(edits.finish())
    return layer.event_count()


def _of_strikes(corrections: Sequence[Correction]) -> list[Correction]:
    return [c for c in corrections if c.strikes]


def _chunks(ledger: Ledger, days: set[Due] | None, corrections: Sequence[Correction]
            ) -> list[Chunk]:
    """The days to fuse (``days``, or every day with strikes; None: the undated strikes, by
    the day of their reports, ``Undated``) in chunks of consecutive days holding about
    ``CHUNK_RECORDS`` strike records, each with the ids of the corrections it answers for:
    the chunks that a correction's days touch are one."""
    dated: dict[Day, int] = dict(ledger.query(
        "SELECT s.date, count(*) FROM strikes s JOIN documents d "
        f"ON d.id = s.document_id WHERE {_FUSED} AND s.date IS NOT NULL GROUP BY s.date"))
    chunks = _cut([d for d in (dated if days is None else days) if d is not None], dated)
    if days is None or None in days:
        # every strike of a document with an undated one is read to fuse it (a record's
        # name is its place in its document's reading): those are the ones counted
        undated: dict[Day, int] = {Undated(published): n for published, n in ledger.query(
            "SELECT d.published, count(*) FROM strikes s JOIN documents d "
            f"ON d.id = s.document_id WHERE {_FUSED} AND d.id IN "
            "(SELECT document_id FROM strikes WHERE date IS NULL) GROUP BY d.published")}
        chunks += _cut(list(undated), undated)
    for c in corrections:
        chunks = _joined(chunks, _window(ledger.correction_days([c]))[1], c.id)
    return [chunk for chunk in chunks if chunk[0]]


def _cut(days: Iterable[Day], counts: dict[Day, int]) -> list[Chunk]:
    """``days``, in order, cut into runs holding about ``CHUNK_RECORDS`` strike records."""
    chunks: list[Chunk] = [(set(), set())]
    held = 0
    for day in sorted(days, key=day_order):
        if held >= CHUNK_RECORDS:
            chunks.append((set(), set()))
            held = 0
        chunks[-1][0].add(day)
        held += counts.get(day, 0)
    return chunks


def _joined(chunks: list[Chunk], zone: set[Day], correction: int) -> list[Chunk]:
    """``chunks`` with those holding any day of ``zone`` made one, which holds the whole zone
    and answers for ``correction`` (no zone: the correction names nothing left, no chunk)."""
    if not zone:
        return chunks
    touched = [chunk for chunk in chunks if chunk[0] & zone]
    days: set[Day] = set(zone)
    owned = {correction}
    for chunk_days, chunk_owned in touched:
        days |= chunk_days
        owned |= chunk_owned
    return [chunk for chunk in chunks if not chunk[0] & zone] + [(days, owned)]


def _window(days: Iterable[Day]) -> tuple[set[Day], set[Day]]:
    """The days whose events to fuse, and the days of the strikes they are fused from: *R + 1*
    days beyond (see above), dates and the undated reports' days apart."""
    window = set(days)
    return window, {*_around({d for d in window if isinstance(d, dt.date)}, REACH_DAYS + 1),
                    *_around({d for d in window if isinstance(d, Undated)}, REACH_DAYS + 1)}


def _strike_fusion(ledger: Ledger, window: Collection[Day], context: Collection[Day],
                   corrections: Sequence[Correction] = ()) -> Fusion:
    """The events of ``window`` (``event_day``), fused from the strikes of the ``context``
    days, with the corrections of events applied, and what it made of them."""
    fused = _fuse(ledger, _striking(ledger, context), ("strikes",), _of_strikes(corrections))
    return Fusion(events=[e for e in fused.events if event_day(e) in window],
                  outcomes=fused.outcomes)


def _striking(ledger: Ledger, days: Collection[Day]) -> set[str]:
    """The documents fused with strikes on ``days`` (undated ones by their publication)."""
    reported = sorted(d.published for d in days if isinstance(d, Undated) and d.published)
    unknown = " OR (s.date IS NULL AND d.published IS NULL)" if Undated(None) in days else ""
    rows = ledger.query("SELECT DISTINCT d.name FROM strikes s JOIN documents d "
                        f"ON d.id = s.document_id WHERE {_FUSED} "
                        "AND (s.date = ANY(CAST(? AS DATE[])) OR (s.date IS NULL AND "
                        f"d.published = ANY(CAST(? AS DATE[]))){unknown})",
                        [sorted(d for d in days if isinstance(d, dt.date)), reported])
    return {name for (name,) in rows}


def _other_kinds(ledger: Ledger, corrections: Sequence[Correction] = (),
                 kinds: tuple[str, ...] = _OTHER_KINDS) -> Fusion:
    """Positions, exchanges and talks (or those of ``kinds``) fused again, from the
    documents that have any, with the corrections of positions applied."""
    having: set[str] = set()
    for table in kinds:
        having |= {name for (name,) in ledger.query(
            f"SELECT DISTINCT d.name FROM {table} r JOIN documents d "
            f"ON d.id = r.document_id WHERE {_FUSED}")}
    of_positions = [c for c in corrections if not c.strikes] if "agreements" in kinds else []
    return _fuse(ledger, having, kinds, of_positions)


def _fuse(ledger: Ledger, names: set[str], kinds: tuple[str, ...],
          corrections: Sequence[Correction] = ()) -> Fusion:
    return fuse(ledger.readings(names, representatives=True, slim=True, kinds=kinds),
                ledger.copies(names), corrections)


# --- what a correction names: the records of an event, a position or a term, now ----------

def event_records(ledger: Ledger, event: StrikeEvent) -> tuple[str, ...]:
    """The strike records fused into a stored event ("DOC#N"): its days fused again, with
    the corrections made so far (the ids are those stored)."""
    fused = _strike_fusion(ledger, *_window({event_day(event)}), ledger.corrections())
    return next((e.records for e in fused.events if e.id == event.id), ())


def position_records(ledger: Ledger) -> dict[str, tuple[str, ...]]:
    """The agreement records fused into each position, by its id, and into each term (the
    records of its positions), by the term's id."""
    corrections = ledger.corrections()
    positions = _other_kinds(ledger, corrections, ("agreements",)).positions
    found = {p.id: p.records for p in positions}
    for term in Corrections(corrections).amend_terms(truce.terms_in_force(positions), positions):
        found[term.id] = tuple(r for pid in term.position_ids for r in found.get(pid, ()))
    return found


def _around(days: set[D], reach: int) -> set[D]:
    """The days within ``reach`` days of any of ``days`` (dates, or undated reports' days)."""
    return {day + dt.timedelta(days=step) for day in days for step in range(-reach, reach + 1)}


def _pieces(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` a slice of ``size`` at a time."""
    return (items[at:at + size] for at in range(0, len(items), size))
