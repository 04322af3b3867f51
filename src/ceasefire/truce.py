"""Truce: agreed positions -> the terms in force -> the strikes that fall inside them.

Terms (``terms_in_force``):

- every ``agreed`` position with a date makes or joins a term: agreed positions of one scope
  dated within ``TERM_WINDOW_DAYS`` of a term's first one belong to it, and the sides that
  agreed are the term's parties (the sides bound by it). Undated positions make no term: no
  period can be given to them;
- a term that binds one belligerent only and that the other belligerent ``rejected`` before
  it would have ended never came into force ("Kyiv agreed to a 30-day ceasefire", "Putin
  declined it"): an offer conditional on the other side is not a truce. A unilateral
  commitment nobody rejected (a moratorium one side orders) stays a term;
- start: the earliest date agreed;
- end (inclusive): start + duration - 1 day (a part of a day counts as a day), the duration
  being the one most sources give (ties: the longest, so that no strike inside the truce is
  missed); or the date of the first ``ended`` position of the scope on or after the start;
  whichever comes first. None (open-ended) when neither is known.

Scope (``in_scope``): which strikes a term covers.

- ``energy_infrastructure``: a target of type ``energy``;
- ``air``: any air weapon (``AIR_WEAPONS``: drones, missiles, guided bombs, aircraft);
- ``sea`` and ``black_sea``: a ``transport`` target at a port or at sea: a named sea or a port
  of the Black Sea and the Sea of Azov (``SEA_PORTS``). The reader has no ship or port target
  type, so transport at a port stands for both;
- ``air_and_sea``: either of the two; ``full``: every strike; ``other``: none.

Check (``check``), on dated strike events:

- ``alleged_violation``: the strike is dated inside a term's period, falls in its scope and its
  attacker is a party to the term. Accused: the attacker; accusing: the claimants of the
  event's figures (the outlet where no one is quoted);
- ``outside_parties``: the same, but the attacker is not a recorded party (or not known);
- ``accusation``: a ``violated`` position (its parties are the accused). It refers to the term
  of its scope in force when it was made (its date, else its first report; a term that ended
  up to ``REPORT_LAG_DAYS`` before still counts) and lists the accused side's strikes inside
  that term's period and scope, up to the accusation. Without a term: the accused side's
  strikes in the scope on the day of the accusation and the day before. One row with an empty
  ``event_id`` when no strike matches. Accusing: the other belligerent.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Callable
from typing import Literal

from ceasefire.model import Place, Position, Scope, StrikeEvent, Term, Violation
from ceasefire.read.actors import opponent

ViolationKind = Literal["alleged_violation", "outside_parties", "accusation"]

TERM_WINDOW_DAYS = 3
REPORT_LAG_DAYS = 3
AIR_WEAPONS = frozenset({"drone", "missile", "ballistic_missile", "cruise_missile",
                         "guided_bomb", "aircraft"})
SEA_PORTS = frozenset({
    "Odesa", "Chornomorsk", "Pivdenne", "Izmail", "Reni", "Kiliia", "Bilhorod-Dnistrovskyi",
    "Mykolaiv", "Ochakiv", "Kherson", "Novorossiysk", "Sheskharis", "Tuapse", "Taman",
    "Temryuk", "Anapa", "Sochi", "Yeysk", "Primorsko-Akhtarsk", "Azov", "Taganrog",
    "Sevastopol", "Feodosiia", "Kerch", "Yalta", "Yevpatoriia", "Berdiansk", "Mariupol",
})


def terms_in_force(positions: list[Position]) -> list[Term]:
    """The terms the ``agreed`` positions make, cut short by ``ended`` ones, by start date."""
    agreed = sorted(((p.date, p) for p in positions if p.status == "agreed" and p.date),
                    key=lambda dp: (dp[1].scope, dp[0], dp[1].id))
    ended = [(p.scope, p.date) for p in positions if p.status == "ended" and p.date]
    groups: list[list[tuple[dt.date, Position]]] = []
    for date, position in agreed:
        if groups and _same_term(groups[-1][0], (date, position)):
            groups[-1].append((date, position))
        else:
            groups.append([(date, position)])
    rejected = [(p.scope, p.date, set(p.parties)) for p in positions
                if p.status == "rejected" and p.date]
    terms = [_term(g[0][0], [p for _, p in g], ended) for g in groups]
    terms = [t for t in terms if not _rejected_by_the_other_side(t, rejected)]
    return sorted(terms, key=lambda t: (t.start, t.scope, t.id))


def _rejected_by_the_other_side(term: Term,
                                rejected: list[tuple[Scope, dt.date, set[str]]]) -> bool:
    bound = {p for p in term.parties if p in ("RU", "UA")}
    if len(bound) != 1:
        return False
    other = opponent(next(iter(bound)))
    for scope, day, parties in rejected:
        in_period = day >= term.start and (term.end is None or day <= term.end)
        if scope == term.scope and other in parties and in_period:
            return True
    return False


def terms_on(day: dt.date, terms: list[Term]) -> list[Term]:
    """The terms whose period contains ``day``."""
    return [t for t in terms if _in_period(day, t)]


def check(events: list[StrikeEvent], positions: list[Position],
          terms: list[Term]) -> list[Violation]:
    """Strikes inside the terms (alleged or outside the parties), then the accusations."""
    rows = [row for term in terms for event in events if (row := _strike_row(term, event))]
    for position in positions:
        if position.status == "violated":
            rows += _accusation_rows(position, events, terms)
    return rows


def in_scope(event: StrikeEvent, scope: Scope) -> str | None:
    """Why the strike falls in the scope ("hit energy targets"), or None when it does not."""
    return _SCOPES.get(scope, lambda _: None)(event)


# --- terms ----------------------------------------------------------------------------------


def _same_term(first: tuple[dt.date, Position], other: tuple[dt.date, Position]) -> bool:
    return (first[1].scope == other[1].scope
            and (other[0] - first[0]).days <= TERM_WINDOW_DAYS)


def _term(start: dt.date, group: list[Position], ended: list[tuple[Scope, dt.date]]) -> Term:
    scope = group[0].scope
    parties = tuple(sorted({side for p in group for side in p.parties}))
    ends = [d for s, d in ended if s == scope and d >= start]
    duration = _duration(group)
    if duration:
        ends.append(start + dt.timedelta(days=max(1, math.ceil(duration)) - 1))
    key = f"term|{scope}|{start}|{','.join(parties)}"
    return Term(id=hashlib.sha1(key.encode()).hexdigest()[:12], scope=scope, parties=parties,
                start=start, end=min(ends, default=None),
                position_ids=tuple(p.id for p in group))


def _duration(group: list[Position]) -> float | None:
    counts: Counter[float] = Counter()
    for p in group:
        if p.duration_days:
            counts[p.duration_days] += len(p.sources) or 1
    return max(counts, key=lambda d: (counts[d], d), default=None)


def _in_period(day: dt.date, term: Term, lag: int = 0) -> bool:
    return term.start <= day and (term.end is None or day <= term.end + dt.timedelta(lag))


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


def _strike_row(term: Term, event: StrikeEvent) -> Violation | None:
    why = in_scope(event, term.scope)
    if event.date is None or not _in_period(event.date, term) or why is None:
        return None
    attacker = event.attacker or "an unknown side"
    kind: ViolationKind
    if event.attacker in term.parties:
        kind, status = "alleged_violation", f"{attacker} is a party to it"
    else:
        kind, status = "outside_parties", f"{attacker} is not among its parties"
    reason = (f"Strike by {attacker} on {event.date} ({_places(event)}) {why}, inside "
              f"{_describe(term)}; {status}.")
    return Violation(term_id=term.id, event_id=event.id, kind=kind, accused=event.attacker,
                     accusing=_claimants(event), reason=reason)


def _accusation_rows(position: Position, events: list[StrikeEvent],
                     terms: list[Term]) -> list[Violation]:
    said_on = position.date or min((s.published for s in position.sources if s.published),
                                   default=None)
    term = _term_accused(position.scope, said_on, terms)
    rows = []
    accused_sides: list[str | None] = list(position.parties) or [None]
    for accused in accused_sides:
        hits = [e for e in events if accused and e.attacker == accused
                and _accused_strike(e, position.scope, term, said_on)]
        found = [_accusation(position, term, accused, said_on, e) for e in hits]
        rows += found or [_accusation(position, term, accused, said_on, None)]
    return rows


def _term_accused(scope: Scope, said_on: dt.date | None, terms: list[Term]) -> Term | None:
    """The latest term of the scope in force (or just ended) when the accusation was made."""
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
    return _in_period(event.date, term) and in_scope(event, term.scope) is not None


def _accusation(position: Position, term: Term | None, accused: str | None,
                said_on: dt.date | None, event: StrikeEvent | None) -> Violation:
    who = accused or "An unnamed side"
    when = f" on {said_on}" if said_on else ""
    inside = _describe(term) if term else f"a {position.scope} truce (no agreed term recorded)"
    if event is not None:
        found = (f"its strike on {event.date} ({_places(event)}) "
                 f"{in_scope(event, position.scope)}")
    else:
        found = f"no strike by {accused or 'that side'} inside its scope and period was read"
    side = opponent(accused)
    return Violation(term_id=term.id if term else "", event_id=event.id if event else "",
                     kind="accusation", accused=accused, accusing=(side,) if side else (),
                     reason=f"{who} was accused{when} of violating {inside}; {found}.")


def _describe(term: Term) -> str:
    end = f"to {term.end}" if term.end else "with no end reported"
    parties = ", ".join(term.parties) or "no recorded party"
    return f"the {term.scope} term agreed by {parties} ({term.start} {end})"


def _places(event: StrikeEvent) -> str:
    return ", ".join(p.name for p in event.places) or "place not named"


def _claimants(event: StrikeEvent) -> tuple[str, ...]:
    """Who gives the event's figures; the outlets that report it when no figure is given."""
    names = {c.claimant or c.source.outlet or c.source.document_id for c in event.claims}
    return tuple(sorted(names or {s.outlet or s.document_id for s in event.sources}))
