"""Grouping records where every member fits every other (positions, exchanges, talks).

Dated records come first, in date order, and join the first group that starts on their date or
the day before and that they fit. Undated records then join the fitting group that starts
closest to their document's publication (the earlier on a tie), never one that starts more than
a day after it: a report cannot tell of what had not happened yet. Only groups of the same
``block`` (a key every member shares, such as scope and status) are tried.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Hashable, Iterator
from dataclasses import fields
from typing import Generic, TypeVar

from ceasefire.fuse.records import Rec

T = TypeVar("T")
Group = list[Rec[T]]
_DAY = dt.timedelta(days=1)


def cluster(recs: list[Rec[T]], fits: Callable[[T, T], bool], date: Callable[[T], dt.date | None],
            block: Callable[[T], Hashable]) -> list[Group[T]]:
    """Groups of records where every record fits every other (``fits`` is symmetric and reads
    the records' fields, never their evidence)."""
    dated = sorted((r for r in recs if date(r.record)), key=lambda r: (date(r.record), r.key))
    undated = sorted((r for r in recs if not date(r.record)),
                     key=lambda r: (r.doc.published or dt.date.min, r.key))
    index: _Index[T] = _Index()
    # Per group, one member per distinct record: many reports of one meeting read alike, and
    # a record fits the group when it fits each kind of member (fits reads no evidence).
    kinds: dict[int, dict[Hashable, T]] = {}
    for rec in dated + undated:
        key, when = block(rec.record), date(rec.record)
        tried = index.near(key, when) if when else index.closest(key, rec.doc.published)
        group = next((g for g in tried
                      if all(fits(rec.record, m) for m in kinds[id(g)].values())), None)
        if group is None:
            group = [rec]
            index.add(key, when, group)
            kinds[id(group)] = {}
        else:
            group.append(rec)
        kinds[id(group)].setdefault(_signature(rec.record), rec.record)
    return index.groups


def _signature(record: object) -> Hashable:
    """Every field of a record but its evidence, lists as tuples: equal signatures fit alike."""
    return tuple(tuple(v) if isinstance(v, list) else v
                 for f in fields(record) if f.name != "evidence"  # type: ignore[arg-type]
                 for v in (getattr(record, f.name),))


class _Index(Generic[T]):
    """The groups, found by block and by the date they start on."""

    def __init__(self) -> None:
        self.groups: list[Group[T]] = []
        self._starting: dict[tuple[Hashable, dt.date | None], list[Group[T]]] = {}
        self._dates: dict[Hashable, list[dt.date]] = {}  # sorted start dates per block
        self._block: dict[Hashable, list[Group[T]]] = {}

    def add(self, key: Hashable, start: dt.date | None, group: Group[T]) -> None:
        self.groups.append(group)
        self._block.setdefault(key, []).append(group)
        starting = self._starting.setdefault((key, start), [])
        if start is not None and not starting:
            bisect.insort(self._dates.setdefault(key, []), start)
        starting.append(group)

    def near(self, key: Hashable, when: dt.date) -> Iterator[Group[T]]:
        for start in (when, when - _DAY, when + _DAY):
            yield from self._starting.get((key, start), [])

    def closest(self, key: Hashable, published: dt.date | None) -> Iterator[Group[T]]:
        if published is None:
            yield from self._block.get(key, [])
            return
        for start in _outward(self._dates.get(key, []), published):
            yield from self._starting[(key, start)]
        yield from self._starting.get((key, None), [])


def _outward(dates: list[dt.date], when: dt.date) -> Iterator[dt.date]:
    """The sorted ``dates`` from the closest to ``when`` outward, none after the day after it."""
    after = bisect.bisect_right(dates, when)
    before = after - 1
    while before >= 0 or (after < len(dates) and dates[after] <= when + _DAY):
        later_ok = after < len(dates) and dates[after] <= when + _DAY
        if before >= 0 and (not later_ok or when - dates[before] <= dates[after] - when):
            yield dates[before]
            before -= 1
        else:
            yield dates[after]
            after += 1
