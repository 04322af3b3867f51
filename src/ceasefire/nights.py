"""Last night at a glance: one night's strikes, each attacking side's figures per claimant.

The question people open the dashboard with is "what happened last night, and who says so?".
A night is named by the morning it ends: the readers date an attack "overnight" or "on the
night of 7 to 8 March" by that morning (corpus GUIDE), so the night of 2025-03-08 holds the
events dated 2025-03-08: the attacks of the night of 7 to 8 March and the strikes later that
day (an event has a date, not an hour). Fusion joins the reports of one attack that differ by
a day, so each event belongs to one night.

For each attacking side the night shows the sums of its events' best figures (as the timeline
does) and every distinct claim beside them (a figure many reports repeat once, with their
count), each with its claimant, outlet, event and first sentence: the
Ukrainian Air Force's count next to the Russian Ministry of Defence's, a governor's and the
outlet's own. The truce terms in force that night come with it.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from ceasefire import views
from ceasefire.figures import best
from ceasefire.model import StrikeEvent, Term
from ceasefire.store import EventSelection, Ledger

Row = dict[str, Any]
# What a night shows per side, in the order an analyst reads a tally.
NIGHT_METRICS = ("launched", "intercepted", "hit", "killed", "injured")
UNKNOWN_SIDE = "?"  # an attacker no report names: its own group, never merged into a side


def night_list(ledger: Ledger) -> list[Row]:
    """Every night with strikes, newest first: its date, its events and the attacking sides
    (the database's per-day sums: no event is loaded)."""
    by_night: dict[dt.date, Row] = {}
    for day, side, count, *_ in ledger.timeline(views.EVERY_EVENT):
        night = by_night.setdefault(day, {"night": day.isoformat(), "events": 0,
                                          "attackers": []})
        night["events"] += int(count)
        night["attackers"].append(side or UNKNOWN_SIDE)
    return [{**by_night[day], "attackers": sorted(by_night[day]["attackers"])}
            for day in sorted(by_night, reverse=True)]


def night(ledger: Ledger, day: dt.date, terms: Sequence[Term]) -> Row:
    """The night ending on the morning of ``day``: per attacking side, its events, their
    summed best figures and every claim; the terms in force; the nights before and after that
    have strikes (None at either end). A night without strikes has no attacks."""
    events = ledger.events(EventSelection(since=day, until=day))
    nights = [dt.date.fromisoformat(n["night"]) for n in night_list(ledger)]
    return {
        "night": day.isoformat(),
        "evening": _iso(day - dt.timedelta(days=1) if day > dt.date.min else None),
        "previous": _iso(max((n for n in nights if n < day), default=None)),
        "next": _iso(min((n for n in nights if n > day), default=None)),
        "attacks": [_attack(side, group) for side, group in _by_attacker(events)],
        "terms": views.term_rows(t for t in terms if t.in_force_on(day)),
    }


def _by_attacker(events: Iterable[StrikeEvent]) -> list[tuple[str, list[StrikeEvent]]]:
    """The events grouped by attacking side: Russia's, then Ukraine's, then any other, the
    unknown side last."""
    groups: dict[str, list[StrikeEvent]] = defaultdict(list)
    for event in events:
        groups[event.attacker or UNKNOWN_SIDE].append(event)
    order = {"RU": 0, "UA": 1, UNKNOWN_SIDE: 3}
    return sorted(groups.items(), key=lambda item: (order.get(item[0], 2), item[0]))


def _attack(side: str, events: Sequence[StrikeEvent]) -> Row:
    """One side's strikes of the night: the targets, the events, the summed best figures and
    every claim with its event (claims of one event in ``views.claim_rows``' order)."""
    return {
        "attacker": side,
        "target_countries": sorted({e.target_country for e in events if e.target_country}),
        "events": [_event_summary(e) for e in events],
        "totals": {m: _sum(best(e, m) for e in events) for m in NIGHT_METRICS},
        "claims": [claim for e in events for claim in _distinct_claims(e)],
    }


def _distinct_claims(event: StrikeEvent) -> list[Row]:
    """The event's claims, each distinct figure once (a claimant's, with its qualifier) with
    the first sentence that gives it and how many reports do: a wire story republished by
    hundreds of sites is one figure, not hundreds of cells."""
    kept: dict[tuple[Any, ...], Row] = {}
    for claim in views.claim_rows(event.claims, (), event.sources):
        key = tuple(claim[k] for k in ("claimant", "side", "metric", "weapon", "value",
                                       "qualifier"))
        if key in kept:
            kept[key]["reports"] += 1
        else:
            kept[key] = {"event": event.id, **claim, "reports": 1}
    return list(kept.values())


def _event_summary(event: StrikeEvent) -> Row:
    """What the night shows of an event: enough to name it and link to its page."""
    return {"event": event.id, "date": _iso(event.date), "attacker": event.attacker,
            "target_country": event.target_country, "weapons": list(event.weapons),
            "places": [p.name for p in event.places], "target_types": list(event.target_types),
            **{m: best(event, m) for m in NIGHT_METRICS},
            "sources": len({s.document_id for s in event.sources})}  # documents, as lists count


def _sum(values: Iterable[float | None]) -> float | None:
    """None when no event gives the figure: unknown, not 0."""
    given = [v for v in values if v is not None]
    return float(sum(given)) if given else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
