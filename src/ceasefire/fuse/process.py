"""The ceasefire process: positions, prisoner exchanges and talks of many documents, fused.

The rules are in the package docstring (``ceasefire.fuse``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from ceasefire.fuse.corrections import Corrections
from ceasefire.fuse.groups import cluster
from ceasefire.fuse.records import Rec, mode, near, sources, stable_ids, united
from ceasefire.model import Agreement, Exchange, Position, Source, Talks
from ceasefire.read.places import lookup_place

R = TypeVar("R", Agreement, Exchange, Talks)


_EXCHANGE_STAGES = ("agreed", "announced", "completed")


@dataclass
class FusedExchange:
    """One prisoner exchange or repatriation as several reports tell it."""

    id: str
    record: Exchange  # fused fields; the evidence lives in ``sources``
    sources: list[Source] = field(default_factory=list)


@dataclass
class FusedTalks:
    """One meeting or call as several reports tell it."""

    id: str
    record: Talks  # fused fields; the evidence lives in ``sources``
    sources: list[Source] = field(default_factory=list)


F = TypeVar("F", Position, FusedExchange, FusedTalks)


def positions(recs: list[Rec[Agreement]], corrections: Corrections | None = None
              ) -> list[Position]:
    """One position per stance taken, with every report of it as a source; the records of a
    position an analyst rejected (``corrections``) are left out."""
    kept = (corrections or Corrections()).kept([r.name for r in recs], ("position",))
    fused = []
    for group in cluster([r for r in recs if r.name in kept], _same_position, _date,
                         lambda a: (a.scope, a.status)):
        first, date = group[0].record, mode(r.record.date for r in group)
        parties = united(r.record.parties for r in group)
        key = f"{first.scope}|{first.status}|{','.join(parties)}|{date}"
        fused.append((key, group, Position(
            id="", date=date, scope=first.scope, status=first.status, parties=parties,
            proposed_by=mode(r.record.proposed_by for r in group),
            duration_days=mode((r.record.duration_days for r in group), largest=True),
            conditions=united((r.record.conditions for r in group), order=False),
            sources=sources(group), records=tuple(r.name for r in group))))
    return _by_date([replace(p, id=i) for i, p in stable_ids(fused, "position")],
                    lambda p: p.date)


def exchanges(recs: list[Rec[Exchange]]) -> list[FusedExchange]:
    """One exchange per swap or repatriation, with every report of it as a source."""
    fused = []
    for group in cluster(recs, _same_exchange, _date,
                         lambda x: (x.returned_to_ua, x.returned_to_ru)):
        first = group[0].record
        date = mode(r.record.date for r in group)
        record = Exchange(
            date=date, status=max((r.record.status for r in group), key=_EXCHANGE_STAGES.index),
            returned_to_ua=first.returned_to_ua, returned_to_ru=first.returned_to_ru,
            categories=united(r.record.categories for r in group),
            mediator=mode(r.record.mediator for r in group))
        key = f"{first.returned_to_ua}|{first.returned_to_ru}|{date}"
        fused.append((key, group, FusedExchange("", record, sources(group))))
    return _by_date([replace(x, id=i) for i, x in stable_ids(fused, "exchange")],
                    lambda x: x.record.date)


def talks(recs: list[Rec[Talks]]) -> list[FusedTalks]:
    """One record per meeting or call, with every report of it as a source."""
    fused = []
    for group in cluster(recs, _same_talks, _date, lambda t: t.kind):
        date = mode(r.record.date for r in group)
        parties = united(r.record.parties for r in group)
        record = Talks(
            date=date, kind=group[0].record.kind, place=mode(r.record.place for r in group),
            parties=parties,
            duration_hours=mode((r.record.duration_hours for r in group), largest=True))
        key = f"{record.kind}|{record.place}|{','.join(parties)}|{date}"
        fused.append((key, group, FusedTalks("", record, sources(group))))
    return _by_date([replace(t, id=i) for i, t in stable_ids(fused, "talks")],
                    lambda t: t.record.date)


def _same_position(a: Agreement, b: Agreement) -> bool:
    return (a.scope == b.scope and a.status == b.status and near(a.date, b.date)
            and (not a.parties or not b.parties or bool(set(a.parties) & set(b.parties))))


def _same_exchange(a: Exchange, b: Exchange) -> bool:
    return ((a.returned_to_ua, a.returned_to_ru) == (b.returned_to_ua, b.returned_to_ru)
            and near(a.date, b.date))


def _same_talks(a: Talks, b: Talks) -> bool:
    if a.kind != b.kind or not near(a.date, b.date):
        return False
    if a.kind == "meeting" and a.place and b.place and not _same_venue(a.place, b.place):
        return False
    return _same_parties(a.parties, b.parties)


def _same_parties(a: list[str], b: list[str]) -> bool:
    """The same call or meeting: two parties in common (or all those of a shorter list)."""
    if not a or not b:
        return True
    return len(set(a) & set(b)) >= min(2, len(set(a)), len(set(b)))


def _same_venue(a: str, b: str) -> bool:
    if a.casefold() == b.casefold():
        return True
    pa, pb = lookup_place(a), lookup_place(b)
    if pa is None or pb is None:
        return False
    return any(outer.kind == "country" and inner.country == outer.country
               or inner.admin1 == outer.name for outer, inner in ((pa, pb), (pb, pa)))


def _by_date(items: list[F], date: Callable[[F], dt.date | None]) -> list[F]:
    """Chronological, undated last; the id keeps the order stable."""
    return sorted(items, key=lambda x: (date(x) is None, date(x) or dt.date.min, x.id))


def _date(record: Agreement | Exchange | Talks) -> dt.date | None:
    return record.date
