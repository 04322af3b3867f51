"""Truce: positions on each truce -> the term it makes -> the strikes that fall inside it.

Truces (``truces``): the dated positions (proposed, agreed, rejected, ended) are grouped by the
truce they are about, not by scope alone: a position joins a truce of its scope when its
proposer and its length do not contradict the truce's (a 3-day truce Russia proposed is not
the 30-day ceasefire Kyiv proposes) and it is dated within the truce's length plus
``TERM_WINDOW_DAYS`` of the truce's first position. An undated position joins a truce only to
give its length (when its first report is within ``TERM_WINDOW_DAYS`` of the truce's start):
with no date it commits no one.

Terms (``terms_in_force``): one per truce that binds someone.

- mutual: both belligerents consented (agreed to it, or proposed it and the other agreed). In
  force from the day the *last* of them consented; an agreement that the same side rejected
  later is withdrawn. An acceptance of someone else's proposal binds no one until the other
  belligerent consents too ("Kyiv agreed to the US 30-day ceasefire" on 11 March, which Russia
  never accepted: no term);
- unilateral: a side declared a truce of its own (``agreed``, proposed by itself), or pledged
  it to a third state that is a party with it ("Putin and Trump agreed"), and the other side
  did not consent: it binds that side only, from that day. A side that declared or pledged a
  truce the other side joins later is bound from its own day, the other from the day it
  joined (``model.Commitment``: declared, pledged, agreed, proposed);
- length: the one most sources of the truce give (ties: the longest), counted from the first
  day a side is bound; a part of a day counts as a day. End (inclusive): that length's last
  day, or the first ``ended`` position of the scope on or after the start, whichever comes
  first. None (end unknown) when neither is known: such a term is checked for
  ``UNKNOWN_END_HORIZON_DAYS`` days from its start and no further (``Term.checked_until``);
- a local or humanitarian pause (scope ``other``) binds the place it is about; the reader does
  not read that place, so no strike is checked against it.

Scope (``in_scope``): which strikes a term covers.

- ``energy_infrastructure``: a target of type ``energy``;
- ``air``: any air weapon (``AIR_WEAPONS``: drones, missiles, guided bombs, aircraft);
- ``sea`` and ``black_sea``: a ``transport`` target at a port or at sea: a named sea or a port
  of the Black Sea and the Sea of Azov (``SEA_PORTS``). The reader has no ship or port target
  type, so transport at a port stands for both;
- ``air_and_sea``: either of the two; ``full``: every strike; ``other``: none (see above).

Check (``check``), on dated strike events:

- ``alleged_violation``: the strike falls in a term's scope, on a day its attacker was bound by
  the term (``Term.commitment``): as a party to a mutual term, or as the declarer of a
  unilateral one. Accused: the attacker; accusing: the named claimants of the strike's figures
  (none when only outlets report it: an outlet or a document is no accuser);
- ``outside_parties``: the same strike by a side not bound by the term that day (or an unknown
  side): a strike during a truce it did not accept, not a violation;
- ``accusation``: a ``violated`` position (its parties are the accused). It refers to the term
  of its scope in force when it was made (its date, else its first report; a term that ended
  up to ``REPORT_LAG_DAYS`` before still counts) and lists the accused side's strikes inside
  that term's scope on days it was bound, up to the accusation. Without a term: the accused
  side's strikes in the scope on the day of the accusation and the day before. One row with an
  empty ``event_id`` when no strike matches. Accusing: the other belligerent.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ceasefire.model import (
    BELLIGERENTS,
    BINDS_ALONE,
    Bound,
    Commitment,
    Place,
    Position,
    Scope,
    StrikeEvent,
    Term,
    Violation,
)
from ceasefire.read.actors import opponent

ViolationKind = Literal["alleged_violation", "outside_parties", "accusation"]

TERM_WINDOW_DAYS = 3
REPORT_LAG_DAYS = 3
_ON_A_TRUCE = ("proposed", "agreed", "rejected", "ended")  # "violated": see the accusations
_PREFERENCE: dict[Bound, int] = {"declared": 0, "pledged": 1, "agreed": 2, "proposed": 3}
AIR_WEAPONS = frozenset({"drone", "missile", "ballistic_missile", "cruise_missile",
                         "guided_bomb", "aircraft"})
SEA_PORTS = frozenset({
    "Odesa", "Chornomorsk", "Pivdenne", "Izmail", "Reni", "Kiliia", "Bilhorod-Dnistrovskyi",
    "Mykolaiv", "Ochakiv", "Kherson", "Novorossiysk", "Sheskharis", "Tuapse", "Taman",
    "Temryuk", "Anapa", "Sochi", "Yeysk", "Primorsko-Akhtarsk", "Azov", "Taganrog",
    "Sevastopol", "Feodosiia", "Kerch", "Yalta", "Yevpatoriia", "Berdiansk", "Mariupol",
})


def terms_in_force(positions: list[Position]) -> list[Term]:
    """The terms the truces make, by start date: one per truce that binds a side."""
    ended = sorted((p.date, p.scope) for p in positions if p.status == "ended" and p.date)
    terms = [t for truce in truces(positions) if (t := _term(truce, ended))]
    return sorted(terms, key=lambda t: (t.start, t.scope, t.id))


@dataclass
class Truce:
    """The positions on one truce: its scope, proposer and length as far as they are said."""

    scope: Scope
    first: dt.date
    proposer: str | None
    days: int | None
    positions: list[Position] = field(default_factory=list)

    def fits(self, position: Position) -> bool:
        """Whether ``position`` can be about this truce: same scope, and neither another
        proposer nor another length."""
        return (position.scope == self.scope
                and _compatible(self.proposer, position.proposed_by)
                and _compatible(self.days, _days(position.duration_days)))

    def reach(self) -> int:
        """How many days after its first position a position can still be about it."""
        return (self.days or 0) + TERM_WINDOW_DAYS

    def add(self, position: Position) -> None:
        self.positions.append(position)
        self.proposer = self.proposer or position.proposed_by
        self.days = self.days or _days(position.duration_days)


def truces(positions: list[Position]) -> list[Truce]:
    """The positions grouped by the truce they are about (see the module's docstring)."""
    found: list[Truce] = []
    dated = sorted((p for p in positions if p.date and p.status in _ON_A_TRUCE),
                   key=lambda p: (p.date, p.id))
    for position in dated:
        said_on = position.date or dt.date.min
        truce = next((t for t in found if t.fits(position)
                      and 0 <= (said_on - t.first).days <= t.reach()), None)
        if truce is None:
            truce = Truce(position.scope, said_on, None, None)
            found.append(truce)
        truce.add(position)
    for position in positions:  # undated: only the length of a truce reported about then
        reported = _first_report(position)
        if position.date is None and position.duration_days and reported:
            truce = next((t for t in found if t.fits(position)
                          and abs((reported - t.first).days) <= TERM_WINDOW_DAYS), None)
            if truce is not None:
                truce.add(position)
    return found


def _term(truce: Truce, ended: list[tuple[dt.date, Scope]]) -> Term | None:
    bound = _commitments(truce)
    if not bound:
        return None
    start = min(c.since for c in bound)
    ends = [d for d, scope in ended if scope == truce.scope and d >= start]
    days = _days(_duration(truce.positions))
    if days:
        ends.append(start + dt.timedelta(days=days - 1))
    end = min(ends, default=None)
    if end is not None:  # a side that joined after the truce was over is not bound by it
        bound = [c for c in bound if c.since <= end]
        if len(bound) == 1 and bound[0].how not in BINDS_ALONE:
            return None
    sides = ",".join(sorted(c.side for c in bound))
    key = f"term|{truce.scope}|{start}|{sides}"
    return Term(id=hashlib.sha1(key.encode()).hexdigest()[:12], scope=truce.scope,
                bound=tuple(sorted(bound, key=lambda c: c.side)), start=start, end=end,
                position_ids=tuple(p.id for p in sorted(truce.positions, key=_position_order)))


def _commitments(truce: Truce) -> list[Commitment]:
    """Who is bound by the truce and since when: both belligerents when both consented,
    else a side that declared or pledged it alone; nobody otherwise."""
    consents = {side: c for side in BELLIGERENTS if (c := _consent(truce, side))}
    if len(consents) == 2:
        mutual_from = max(c.since for c in consents.values())
        return [c if c.how in BINDS_ALONE else replace(c, since=mutual_from)
                for c in consents.values()]
    return [c for c in consents.values() if c.how in BINDS_ALONE]


def _consent(truce: Truce, side: str) -> Commitment | None:
    """The side's earliest consent to the truce that it did not withdraw by rejecting it later:
    a declaration of its own, an agreement, or a proposal of its own."""
    rejected = [p.date for p in truce.positions
                if p.status == "rejected" and side in p.parties and p.date]
    after = max(rejected, default=dt.date.min)
    found: list[tuple[int, dt.date, Commitment]] = []
    for p in truce.positions:
        if p.date is None or p.date <= after:
            continue
        if p.status == "agreed" and side in p.parties:
            how: Bound = "declared" if p.proposed_by == side else \
                "pledged" if _with_a_third_state(p) else "agreed"
        elif p.proposed_by == side and p.status in ("proposed", "agreed"):
            how = "proposed"
        else:
            continue
        found.append((_PREFERENCE[how], p.date, Commitment(side, how, p.date, p.date, p.id)))
    return min(found, key=lambda f: (f[0], f[1], f[2].position_id))[2] if found else None


def terms_on(day: dt.date, terms: list[Term]) -> list[Term]:
    """The terms in force on ``day`` (one whose end is unknown: within its horizon)."""
    return [t for t in terms if _in_period(day, t)]


def check(events: list[StrikeEvent], positions: list[Position],
          terms: list[Term]) -> list[Violation]:
    """Strikes inside the terms (alleged or outside the parties), then the accusations."""
    checking = Check(positions, terms)
    checking.add(events)
    return checking.violations()


class Check:
    """``check`` fed the events a few days at a time (``add``), in any order: what it finds
    does not depend on how they are split. Each strike is checked on its own; only an
    accusation that no strike matches waits for the end."""

    def __init__(self, positions: list[Position], terms: list[Term]) -> None:
        self.terms = terms
        said = [(p, p.date or _first_report(p)) for p in positions if p.status == "violated"]
        # each accusation with the term it refers to (the same for every strike)
        self.accusations = [(p, said_on, _term_accused(p.scope, said_on, terms))
                            for p, said_on in said]
        self._found: list[tuple[tuple[Any, ...], Violation]] = []  # (order, row)
        self._matched: set[tuple[int, int]] = set()  # accusations (position, accused) matched

    def add(self, events: list[StrikeEvent]) -> None:
        for event in events:
            at = (event.date or dt.date.min, event.attacker or "", event.id)
            accusing: dict[str, tuple[str, ...]] = {}  # by term: the last accusation's
            for i, (position, said_on, term) in enumerate(self.accusations):
                for j, accused in enumerate(position.parties):
                    if event.attacker == accused and _accused_strike(event, position.scope,
                                                                     term, said_on):
                        row = _accusation(position, term, accused, said_on, event)
                        self._found.append(((1, i, j, at), row))
                        self._matched.add((i, j))
                        accusing[row.term_id] = row.accusing
            for k, term in enumerate(self.terms):
                strike = _strike_row(term, event, accusing.get(term.id, ()))
                if strike:
                    self._found.append(((0, k, at), strike))

    def violations(self) -> list[Violation]:
        """Strikes inside the terms, by term then strike; then the accusations, each with the
        strikes it names, or alone."""
        unmatched: list[tuple[tuple[Any, ...], Violation]] = []
        for i, (position, said_on, term) in enumerate(self.accusations):
            for j, accused in enumerate(list(position.parties) or [None]):
                if (i, j) not in self._matched:
                    unmatched.append(((1, i, j, (dt.date.min, "", "")),
                                      _accusation(position, term, accused, said_on, None)))
        return [row for _, row in sorted(self._found + unmatched, key=lambda f: f[0])]


def days_checked(positions: list[Position], terms: list[Term]) -> set[dt.date]:
    """The days whose strikes ``check`` can find inside a term or an accusation: each term's
    period, and the day of each accusation with the day before (an accusation with no term
    in force names the strikes of those days). The events of other days need not be loaded."""
    days = {t.start + dt.timedelta(n) for t in terms
            for n in range((t.checked_until - t.start).days + 1)}
    for p in positions:
        said_on = p.date or _first_report(p)
        if p.status == "violated" and said_on is not None:
            days |= {said_on, said_on - dt.timedelta(1)}
    return days


def in_scope(event: StrikeEvent, scope: Scope) -> str | None:
    """Why the strike falls in the scope ("hit energy targets"), or None when it does not."""
    return _SCOPES.get(scope, lambda _: None)(event)


# --- terms ----------------------------------------------------------------------------------


def _compatible(ours: object, theirs: object) -> bool:
    """Two values of a truce's field that do not contradict: equal, or one of them unsaid."""
    return ours is None or theirs is None or ours == theirs


def _days(duration: float | None) -> int | None:
    """A length in whole days (a part of a day counts as a day)."""
    return max(1, math.ceil(duration)) if duration else None


def _with_a_third_state(position: Position) -> bool:
    """An agreement one belligerent concluded with a state that is not at war ("Putin and
    Trump agreed"): a commitment to that state, not an offer awaiting the other side."""
    sides = set(position.parties)
    return len(sides & set(BELLIGERENTS)) == 1 and bool(sides - set(BELLIGERENTS))


def _first_report(position: Position) -> dt.date | None:
    return min((s.published for s in position.sources if s.published), default=None)


def _position_order(position: Position) -> tuple[dt.date, str]:
    return (position.date or _first_report(position) or dt.date.min, position.id)


def _duration(group: list[Position]) -> float | None:
    counts: Counter[float] = Counter()
    for p in group:
        if p.duration_days:
            counts[p.duration_days] += len(p.sources) or 1
    return max(counts, key=lambda d: (counts[d], d), default=None)


def _in_period(day: dt.date, term: Term, lag: int = 0) -> bool:
    """Whether ``day`` is within the days the term is checked (``lag`` days beyond)."""
    return term.start <= day <= term.checked_until + dt.timedelta(lag)


# --- scopes ---------------------------------------------------------------------------------


def _energy(event: StrikeEvent) -> str | None:
    return "hit energy targets" if "energy" in event.target_types else None


def _air(event: StrikeEvent) -> str | None:
    air = [w for w in event.weapons if w in AIR_WEAPONS]
    return f"used {', '.join(air)}" if air else None


def _sea(event: StrikeEvent) -> str | None:
    ports = [p.name for p in event.places if _at_sea(p)]
    if "transport" in event.target_types and ports:
        return f"hit transport at {', '.join(ports)}"
    return None


def _at_sea(place: Place) -> bool:
    return place.name in SEA_PORTS or (place.kind == "area" and "Sea" in place.name)


_SCOPES: dict[Scope, Callable[[StrikeEvent], str | None]] = {
    "full": lambda _: "counts under a full ceasefire",
    "energy_infrastructure": _energy,
    "air": _air,
    "sea": _sea,
    "black_sea": _sea,
    "air_and_sea": lambda e: _air(e) or _sea(e),
}


# --- rows -----------------------------------------------------------------------------------


def _strike_row(term: Term, event: StrikeEvent, accusing_sides: tuple[str, ...]
                ) -> Violation | None:
    """The strike against the term; ``accusing_sides``: the sides whose accusation of
    violating the term names this strike."""
    why = in_scope(event, term.scope)
    if event.date is None or not _in_period(event.date, term) or why is None:
        return None
    attacker = event.attacker or "an unknown side"
    strike = (f"Strike by {attacker} on {event.date} ({_places(event)}) {why}, "
              f"inside {describe(term)}")
    commitment = term.commitment(event.attacker, event.date)
    if commitment is None:
        return Violation(term_id=term.id, event_id=event.id, kind="outside_parties",
                         accused=event.attacker, accusing=(),
                         reason=f"{strike}; {attacker} had not accepted it: a strike during a "
                                f"truce it did not accept, not a violation.")
    bound_as = _bound_as(term, event.date)
    accusing = (*accusing_sides, *_claimants(event, commitment.side))
    unaccused = "" if accusing else " No one named accuses it: no claimant gives its figures."
    return Violation(term_id=term.id, event_id=event.id, kind="alleged_violation",
                     accused=event.attacker, accusing=accusing,
                     reason=f"{strike}; {_how_bound(commitment, bound_as)}.{unaccused}",
                     bound_as=bound_as)


def _bound_as(term: Term,
              day: dt.date) -> Literal["party", "declarer"]:
    mutual_from = max(c.since for c in term.bound)
    return "party" if term.kind == "mutual" and day >= mutual_from else "declarer"


def _how_bound(commitment: Commitment, bound_as: str) -> str:
    verb = {"declared": "declared it", "pledged": "pledged it to a third state",
            "agreed": "agreed to it",
            "proposed": "proposed it"}[commitment.how]
    role = "a party to it" if bound_as == "party" else "its declarer"
    return f"{commitment.side} was bound as {role} ({verb}; bound from {commitment.since})"


def _term_accused(scope: Scope, said_on: dt.date | None, terms: list[Term]) -> Term | None:
    """The latest term of the scope in force (or just over) when the accusation was made."""
    if said_on is None:
        return None
    held = [t for t in terms if t.scope == scope and _in_period(said_on, t, REPORT_LAG_DAYS)]
    return max(held, key=lambda t: (t.start, t.id), default=None)


def _accused_strike(event: StrikeEvent, scope: Scope, term: Term | None,
                    said_on: dt.date | None) -> bool:
    if event.date is None or said_on is None or event.date > said_on:
        return False
    if term is None:
        return (said_on - event.date).days <= 1 and in_scope(event, scope) is not None
    return term.commitment(event.attacker, event.date) is not None \
        and in_scope(event, term.scope) is not None


def _accusation(position: Position, term: Term | None, accused: str | None,
                said_on: dt.date | None, event: StrikeEvent | None) -> Violation:
    who = accused or "An unnamed side"
    when = f" on {said_on}" if said_on else ""
    inside = describe(term) if term else \
        f"a truce of scope {position.scope} (no term in force recorded)"
    bound_as: Literal["party", "declarer"] | None = None
    if event is not None and event.date is not None:
        found = (f"its strike on {event.date} ({_places(event)}) "
                 f"{in_scope(event, position.scope)}")
        commitment = term.commitment(accused, event.date) if term else None
        if term and commitment:
            bound_as = _bound_as(term, event.date)
            found += f"; {_how_bound(commitment, bound_as)}"
    elif term and accused not in term.parties:
        found = f"{accused or 'that side'} is not bound by it: it never accepted it"
    else:
        found = f"no strike by {accused or 'that side'} inside its scope, while bound, was read"
    side = opponent(accused)
    return Violation(term_id=term.id if term else "", event_id=event.id if event else "",
                     kind="accusation", accused=accused, accusing=(side,) if side else (),
                     reason=f"{who} was accused{when} of violating {inside}; {found}.",
                     bound_as=bound_as)


def describe(term: Term) -> str:
    """The term in words: "the mutual energy_infrastructure term of RU and UA (2025-03-25 to
    2025-04-18)", "the full truce RU declared (2025-05-08 to 2025-05-10, unilateral)"."""
    if term.end:
        period = f"{term.start} to {term.end}"
    else:
        period = f"from {term.start}, end unknown: checked to {term.checked_until}"
    if term.kind == "mutual":
        first, *_, last = sorted(term.bound, key=lambda c: (c.since, c.side))
        if first.since != last.since:
            period += (f"; {first.side} {first.how} it alone from {first.since}, both bound "
                       f"from {last.since}")
        return f"the mutual {term.scope} term of {' and '.join(term.parties)} ({period})"
    how = "pledged" if term.bound[0].how == "pledged" else "declared"
    return f"the {term.scope} truce {term.parties[0]} {how} ({period}, unilateral)"


def _places(event: StrikeEvent) -> str:
    return ", ".join(p.name for p in event.places) or "place not named"


def _claimants(event: StrikeEvent, accused: str) -> tuple[str, ...]:
    """The named claimants of the event's figures who are not of the accused side (an outlet
    or a document accuses no one; the attacker's own figures accuse no one)."""
    return tuple(sorted({c.claimant for c in event.claims
                         if c.claimant and c.claimant_side != accused}))
