"""Strike records of many documents -> ``StrikeEvent``s with claims and estimates.

The rules are in the package docstring (``ceasefire.fuse``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import groupby

from ceasefire.fuse.corrections import Corrections
from ceasefire.fuse.estimates import Told, estimates
from ceasefire.fuse.records import Rec, mode, source_of, sources, stable_ids
from ceasefire.model import (
    VOCABULARIES,
    Claim,
    Place,
    Quantity,
    Side,
    Strike,
    StrikeEvent,
)
from ceasefire.read.actors import actor_named, find_actors

# "missile" is what a report says when it does not tell ballistic from cruise.
_WEAPON_FAMILY = {"ballistic_missile": "missile", "cruise_missile": "missile"}
# How far a day's records reach: which events a group of one day ends in depends only on the
# records of the days up to two before and two after it (``_join_adjacent_days``).
REACH_DAYS = 2

Group = list[Rec[Strike]]


def strike_events(recs: list[Rec[Strike]], corrections: Corrections | None = None
                  ) -> list[StrikeEvent]:
    """Group the strike records by attack and build one event per group, sorted by date;
    ``corrections``: an analyst's, applied to the records, the groups and the events."""
    edits = corrections or Corrections()
    kept = edits.kept([r.name for r in recs], ("records",))
    ordered = sorted((r for r in recs if r.name in kept), key=_order)
    groups: list[Group] = []
    for _, same_attacker in groupby(ordered, key=lambda r: r.record.attacker or ""):
        days = groupby(same_attacker, key=_day)
        groups += _join_adjacent_days([g for _, day in days for g in _same_day(list(day))])
    groups = edits.regroup(groups, lambda r: r.name)
    built = [_event(sorted(g, key=_order)) for g in groups]
    events = edits.amend_events([replace(e, id=i) for i, e in stable_ids(built, "strike")])
    return sorted(events, key=lambda e: (e.date or dt.date.min, e.attacker or "", e.id))


def claimant_side(claimant: str | None) -> Side | None:
    """The side of a claimant the actor lexicon knows ("Sergey Sobyanin" -> RU), else None."""
    if claimant is None:
        return None
    actor = actor_named(claimant)
    if actor is not None:
        return actor.side
    return next((m.actor.side for m in find_actors(claimant) if m.actor.side), None)


@dataclass(frozen=True)
class Undated:
    """The day an undated record or event is grouped by: its document's publication (None:
    not given), on an axis of its own, apart from dates (``_day``)."""

    published: dt.date | None

    def __add__(self, days: dt.timedelta) -> Undated:
        return Undated(self.published and self.published + days)


Day = dt.date | Undated


def event_day(event: StrikeEvent) -> Day:
    """The day an event is fused on: its date, or for an undated one the day it was first
    reported (the earliest publication of the documents fused into it, not of their copies)."""
    if event.date is not None:
        return event.date
    return Undated(min((s.published for s in event.sources if s.copy_of is None and s.published),
                       default=None))


def _day(rec: Rec[Strike]) -> Day:
    """The day a record is grouped by: its date; for an undated one, the day its document was
    published, on an axis of its own (undated records join only undated ones). So an undated
    report joins the undated reports of the same days, not every undated report of the year,
    and a fusion of a few days needs the undated strikes of a few days of publication."""
    date = rec.record.date
    return Undated(rec.doc.published) if date is None else date


def day_order(day: Day) -> tuple[bool, dt.date]:
    """A sort key of days: dates, then the undated reports' days (the unknown one first)."""
    if isinstance(day, Undated):
        return (True, day.published or dt.date.min)
    return (False, day)


def _order(rec: Rec[Strike]) -> tuple[str, tuple[bool, dt.date], tuple[str, int]]:
    return (rec.record.attacker or "", day_order(_day(rec)), rec.key)


# --- grouping ---------------------------------------------------------------------------


def _same_day(recs: Group) -> list[Group]:
    """Records of one attacker and date linked by shared places or weapons."""
    located = [r for r in recs if r.record.places or r.record.weapons]
    bare = [r for r in recs if not (r.record.places or r.record.weapons)]
    groups = _connected(located)
    if bare and len(groups) == 1:
        groups[0] += bare
    elif bare:
        groups.append(bare)
    return groups


def _join_adjacent_days(groups: list[Group]) -> list[Group]:
    """Merge groups of adjacent days into events of two days at most.

    Each group leans towards the day before or the day after: the one holding its strongest
    link; two groups of adjacent days join when a link binds them and they lean towards each
    other. A group linked as strongly to both days leans nowhere: nothing tells which night
    it reports (on consecutive nights of attacks on one city, each day stands alone). So
    whether a group joins depends only on the records of the two days either side of it
    (``REACH_DAYS``), never on a chain of days: ``store.refresh`` re-fuses only a few days
    around new reports.
    """
    links = {(i, j): strength for i, j in _next_day_pairs(groups)
             if (strength := _day_link(groups[i], groups[j]))}
    before, after = [0] * len(groups), [0] * len(groups)  # strongest link each way
    for (i, j), strength in links.items():
        after[i], before[j] = max(after[i], strength), max(before[j], strength)
    root = list(range(len(groups)))
    for i, j in links:
        if after[i] > before[i] and before[j] > after[j]:
            _union(root, i, j)
    return _by_root(groups, root)


def _next_day_pairs(groups: list[Group]) -> list[tuple[int, int]]:
    """Index pairs of groups a day apart (each group holds one ``_day``)."""
    on: dict[Day, list[int]] = {}
    for i, group in enumerate(groups):
        if (day := _day(group[0])) != Undated(None):
            on.setdefault(day, []).append(i)
    return [(i, j) for day, today in on.items() for i in today
            for j in on.get(day + dt.timedelta(days=1), [])]


def _day_link(a: Group, b: Group) -> int:
    """How strongly groups of adjacent days tell one attack: 3, a shared place and a figure in
    common (the same metric and value, whoever gives it); 2, a shared place; 1, one names no
    place and the weapons overlap; 0, no link."""
    places_a = [p for r in a for p in r.record.places]
    places_b = [p for r in b for p in r.record.places]
    if _places_overlap(places_a, places_b):
        return 3 if _figures(a) & _figures(b) else 2
    weapons = (_weapons(r.record.weapons for r in a), _weapons(r.record.weapons for r in b))
    return 1 if (not places_a or not places_b) and weapons[0] & weapons[1] else 0


def _figures(group: Group) -> set[tuple[str, float]]:
    return {(q.metric, float(q.value)) for r in group for q in r.record.quantities
            if q.value is not None}


def _places_overlap(a: list[Place], b: list[Place]) -> bool:
    """Same place, or a place inside a region the other names (its ``admin1``)."""
    return any(p.name == q.name or p.admin1 == q.name or q.admin1 == p.name
               for p in a for q in b)


def _weapons(lists: Iterable[list[str]]) -> set[str]:
    return {_WEAPON_FAMILY.get(w, w) for weapons in lists for w in weapons}


def _connected(recs: Group) -> list[Group]:
    """Records linked, directly or through others, by a place or a weapon type in common.

    Indexed rather than compared pairwise: a busy day has hundreds of records.
    """
    root = list(range(len(recs)))
    owner: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(recs):
        tokens = [("place", p.name) for p in rec.record.places]
        for token in tokens + [("weapon", w) for w in _weapons([rec.record.weapons])]:
            _union(root, owner.setdefault(token, i), i)
    for i, rec in enumerate(recs):  # a city and the region it lies in
        for region in {p.admin1 for p in rec.record.places if p.admin1}:
            if ("place", region) in owner:
                _union(root, owner[("place", region)], i)
    return _by_root([[r] for r in recs], root)


def _union(root: list[int], i: int, j: int) -> None:
    a, b = _find(root, i), _find(root, j)
    if a != b:
        root[max(a, b)] = min(a, b)


def _find(root: list[int], i: int) -> int:
    while root[i] != i:
        i = root[i]
    return i


def _by_root(groups: list[Group], root: list[int]) -> list[Group]:
    merged: dict[int, Group] = {}
    for i, group in enumerate(groups):
        merged.setdefault(_find(root, i), []).extend(group)
    return list(merged.values())


# --- one event ------------------------------------------------------------------------------


def _event(group: Group) -> tuple[str, Group, StrikeEvent]:
    strikes = [r.record for r in group]
    date = mode(s.date for s in strikes)
    places = sorted({p.name: p for s in strikes for p in s.places}.values(), key=lambda p: p.name)
    told = [Told(_claim(r, q), tuple(r.record.places)) for r in group
            for q in r.record.quantities]
    claims = [t.claim for t in told]
    event = StrikeEvent(
        id="", date=date, attacker=strikes[0].attacker,
        target_country=mode(s.target_country for s in strikes),
        weapons=_in_vocabulary("weapon", (w for s in strikes for w in s.weapons)),
        places=places,
        target_types=_in_vocabulary("target_type", (t for s in strikes for t in s.target_types)),
        claims=claims, estimates=estimates(told, places),
        sources=list(dict.fromkeys(sources(group))), records=tuple(r.name for r in group))
    first_place = places[0].name if places else ""
    day = event_day(event)
    key = day if isinstance(day, dt.date) else f"undated, reported {day.published}"
    return f"{event.attacker}|{key}|{first_place}", group, event


def _claim(rec: Rec[Strike], quantity: Quantity) -> Claim:
    strike = rec.record
    evidence = quantity.evidence or (strike.evidence[0] if strike.evidence else None)
    return Claim(claimant=strike.claimed_by, claimant_side=claimant_side(strike.claimed_by),
                 metric=quantity.metric, weapon=quantity.weapon, value=quantity.value,
                 qualifier=quantity.qualifier, source=source_of(rec.doc, evidence))


def _in_vocabulary(name: str, values: Iterable[str]) -> list[str]:
    """Distinct values in the GUIDE's order (unknown ones last, alphabetically)."""
    order = VOCABULARIES[name]
    return sorted(set(values), key=lambda v: (order.index(v) if v in order else len(order), v))
