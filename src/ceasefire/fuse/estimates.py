"""Low / best / high of an event's figures, over the claims that compete.

Claims compete only when they are about the same thing. Per metric and weapon:

1. **A claim's scope** is the place its figure is about: the event's places its sentence names
   (a region and the cities in it are one scope); when the sentence names none, the places of
   its record if they lie in one region (a governor's or mayor's report), else the whole
   attack. A total given with its breakdown ("121 drones, including 37 over Bryansk") is about
   the whole attack: the places named belong to the parts.
2. **One claimant's report** (its figures in its latest document, ``_voice``) gives one figure.
   In a sentence, a total followed by its breakdown ("including", "of which", "namely", ...)
   counts as the total when it is at least the sum of the parts, and so does a value that is
   the sum of the others; otherwise the sentence's figures add ("two killed in Kyiv, while four
   were killed in Brovary": 6). Across its sentences, a figure about a place inside another
   figure's scope is part of it ("343 drones ... more than 90 at Moscow": 343); the same figure
   said twice counts once; figures about different places add ("one killed in Penza", "one in
   Samara"). Figures about the same place: a stated total of the others is that total; weapons
   counted are parts of one tally and add ("74 shot down", "another 28 lost to electronic
   warfare": the GUIDE makes EW losses interceptions of their own, so 102); a toll of killed or
   injured is restated or updated ("three killed", "by evening five had been killed": 5), so
   its largest figure counts, plus those said to come on top ("another three were killed").
3. **Across claimants**, a figure about places inside another claimant's scope is part of it
   (a governor's 17 drones over Kharkiv inside the president's 420 over Ukraine) and does not
   compete. Figures about the same scope compete. Figures about one region each, different
   ones, add up (14 injured in Kharkiv by its governor, 10 in Zaporizhzhia by its own: 24).
   Figures whose scopes neither hold nor exclude each other (one over several regions) are not
   added: the larger counts (a tally over Crimea and the Sea of Azov, a governor's over
   Kirishi: at least the larger).
4. **Best** of competing figures is the median figure, the lower of the two middle ones when
   there is an even number (conservative: a figure no majority supports is not taken), so it is
   always a figure a claimant gave (or a claimant's sum), a whole number, never an average.
   **Low** and **high** are the smallest and largest competing figures; each is summed over
   the scopes that add up.

Claims without a value ("all of them") are kept but do not enter the numbers.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ceasefire.model import VOCABULARIES, Claim, Estimate, Place
from ceasefire.read.actors import actor_named

Scope = frozenset[str]  # region keys; empty: the whole attack
WHOLE: Scope = frozenset()

# Words that open a breakdown of the figure before them (English, Ukrainian, Russian).
_BREAKDOWN = re.compile(r"\b(including|included|of which|of them|among them|namely|"
                        r"in particular|of these|of those)\b|"
                        r"у тому числі|зокрема|з них|в том числе|из них", re.IGNORECASE)
# Words that put a figure on top of one said before ("another three civilians were killed").
_MORE = re.compile(r"\b(another|also|additional|further|separate|ще|також|ещё|еще|также)\b",
                   re.IGNORECASE)
_TOLLS = ("killed", "injured")  # a toll is restated and updated; weapon counts have parts
_REGION_WORDS = re.compile(r"\s+(Oblast|City|Krai|Republic|region|Region)$")


@dataclass(frozen=True)
class Told:
    """A claim and the places of the record it came from."""

    claim: Claim
    record_places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class _Figure:
    value: float
    scope: Scope
    more: bool = False  # its sentence says it comes on top of another ("another", "also")


def estimates(claims: Sequence[Claim] | Sequence[Told],
              event_places: Sequence[Place] = ()) -> list[Estimate]:
    """Low / best / high per metric and weapon over the competing claims (module docstring).

    ``claims`` in the order their records give them (a sentence's figures in text order);
    plain claims carry no record places."""
    told = [c if isinstance(c, Told) else Told(c) for c in claims]
    metrics = VOCABULARIES["metric"]
    keys = sorted({(t.claim.metric, t.claim.weapon) for t in told},
                  key=lambda k: (_index(metrics, k[0]), k[1] or ""))
    out = []
    for metric, weapon in keys:
        valued = [t for t in told if (t.claim.metric, t.claim.weapon) == (metric, weapon)
                  and t.claim.value is not None]
        mixed = _mixed_total_sentences(told, metric) if weapon is not None else set()
        low, best, high = _combined(valued, event_places, mixed)
        # a claim is one voice's figure: an English article quoting the Air Force's Ukrainian
        # report is a further source of that claim, not a claim of its own
        said = {(_voice(t.claim), t.claim.value) for t in valued}
        out.append(Estimate(metric, weapon, low, best, high, len(said)))
    return out


def _combined(valued: list[Told], event_places: Sequence[Place], mixed: set[str]
              ) -> tuple[float | None, float | None, float | None]:
    if not valued:
        return None, None, None
    reports: dict[str, list[Told]] = {}
    for told in _latest_reports(valued):
        reports.setdefault(_voice(told.claim), []).append(told)
    figures = [_report_figure(said, event_places, mixed) for said in reports.values()]
    by_scope: dict[Scope, list[float]] = {}
    for figure in _outermost(figures):
        by_scope.setdefault(figure.scope, []).append(figure.value)
    low = best = high = 0.0
    for scopes in _components(list(by_scope)):
        # scopes that neither hold nor exclude each other: the largest tally is a floor
        spans = [_span(by_scope[scope]) for scope in scopes]
        chosen = max(spans, key=lambda s: (s[1], s[2]))
        low, best, high = low + chosen[0], best + chosen[1], high + chosen[2]
    return low, best, high


def _span(values: list[float]) -> tuple[float, float, float]:
    """Low, best (the median, the lower of the two middle ones) and high of competing figures."""
    ordered = sorted(values)
    return ordered[0], ordered[(len(ordered) - 1) // 2], ordered[-1]


# --- one claimant's report --------------------------------------------------------------------


def _report_figure(said: list[Told], event_places: Sequence[Place], mixed: set[str]
                   ) -> _Figure:
    """One claimant's figures in one document, as one figure (module docstring, rule 2)."""
    by_sentence: dict[str, list[Told]] = {}
    for told in said:
        by_sentence.setdefault(_sentence(told.claim), []).append(told)
    figures = [_sentence_figure(sentence, items, event_places, sentence in mixed)
               for sentence, items in by_sentence.items()]
    by_scope: dict[Scope, list[_Figure]] = {}
    for figure in dict.fromkeys(_outermost(figures)):  # the same figure twice counts once
        by_scope.setdefault(figure.scope, []).append(figure)
    toll = said[0].claim.metric in _TOLLS
    value = sum(_same_scope(found, toll) for found in by_scope.values())
    scope = WHOLE if WHOLE in by_scope else frozenset().union(*by_scope)
    return _Figure(value, scope)


def _same_scope(figures: list[_Figure], toll: bool) -> float:
    """One claimant's figures about one scope in several sentences: a stated total of the
    others is that total; a toll is its largest figure (restated or updated: "three killed",
    "by evening five had been killed"), plus the figures said to come on top ("another three
    were killed"); weapons counted are parts of one tally ("74 shot down", "another 28 lost to
    electronic warfare") and add."""
    values = [f.value for f in figures]
    total = _stated_total(values)
    if total is not None:
        return total
    if not toll:
        return sum(values)
    more = [f.value for f in figures if f.more]
    rest = [f.value for f in figures if not f.more]
    return max(rest, default=0.0) + sum(more)


def _stated_total(values: list[float]) -> float | None:
    """A value that is the sum of all the others (three values or more): their total."""
    if len(values) < 3:
        return None
    return next((v for v in values if 2 * v == sum(values)), None)


def _sentence_figure(sentence: str, items: list[Told], event_places: Sequence[Place],
                     of_mixed_total: bool) -> _Figure:
    values = [t.claim.value or 0.0 for t in items]
    more = bool(_MORE.search(sentence))
    if (len(values) > 1 and not of_mixed_total and _BREAKDOWN.search(sentence)
            and values[0] >= sum(values[1:])):
        # a total and its breakdown: the places are the parts'
        return _Figure(values[0], WHOLE, more)
    total = _stated_total(values)
    scope = _scope(sentence, items[0].record_places, event_places)
    return _Figure(sum(values) if total is None else total, scope, more)


def _mixed_total_sentences(told: list[Told], metric: str) -> set[str]:
    """Sentences holding a total without a weapon ("112 aerial targets, namely seven
    ballistic missiles, 31 Kh-101 and six Kalibr cruise missiles"): their per-weapon figures
    are its parts, which add (31 + 6 cruise missiles)."""
    return {_sentence(t.claim) for t in told
            if t.claim.metric == metric and t.claim.weapon is None and t.claim.value is not None}


# --- scopes -----------------------------------------------------------------------------------


def _scope(sentence: str, record_places: Sequence[Place], event_places: Sequence[Place]
           ) -> Scope:
    """The regions the sentence names among the event's places; else its record's region,
    when all its places lie in one; else the whole attack."""
    named = frozenset(_region(p) for p in event_places
                      if _stem(p.name) in sentence)
    if named:
        return named
    regions = frozenset(_region(p) for p in record_places)
    return regions if len(regions) == 1 else WHOLE


def _region(place: Place) -> str:
    """A place's region as a key: "Kharkiv" for Kharkiv, Kharkiv Oblast and its cities."""
    return _stem(place.admin1 or place.name)


def _stem(name: str) -> str:
    return _REGION_WORDS.sub("", name)


def _inside(a: Scope, b: Scope) -> bool:
    """``a`` is a part of ``b``: the whole attack holds every place; a region set its subsets."""
    return a != b and (not b or (bool(a) and a < b))


def _outermost(figures: list[_Figure]) -> list[_Figure]:
    """The figures that are not about a place inside another figure's scope."""
    return [f for f in figures if not any(_inside(f.scope, g.scope) for g in figures)]


def _components(scopes: list[Scope]) -> list[list[Scope]]:
    """Scopes grouped unless they are apart (one region each, different ones): the groups
    add up."""
    groups: list[list[Scope]] = []
    for scope in scopes:
        touching = [g for g in groups if any(not _apart(scope, other) for other in g)]
        groups = [g for g in groups if g not in touching] + [[scope] + [o for g in touching
                                                                        for o in g]]
    return groups


def _apart(a: Scope, b: Scope) -> bool:
    """Two figures each about one region, not the same: they add. A figure over several regions
    and another it does not hold are not added (the military's 250 drones "on Kyiv and other
    areas" and the forces' 245 over Dnipropetrovsk and Odesa are one night's tally)."""
    return len(a) == 1 and len(b) == 1 and a != b


# --- claimants --------------------------------------------------------------------------------


def _latest_reports(valued: list[Told]) -> list[Told]:
    """Each claimant's figures from its latest document (of that day, the one with the
    largest figure): a claimant's later report replaces its earlier one."""
    by_voice: dict[str, list[Told]] = {}
    for told in valued:
        by_voice.setdefault(_voice(told.claim), []).append(told)
    kept = []
    for said in by_voice.values():
        latest = max(_published(t) for t in said)
        last = [t for t in said if _published(t) == latest]
        document = max(last, key=lambda t: (t.claim.value or 0.0, t.claim.source.document_id))
        kept += [t for t in last if t.claim.source.document_id ==
                 document.claim.source.document_id]
    return kept


def _published(told: Told) -> dt.date:
    return told.claim.source.published or dt.date.min


def _voice(claim: Claim) -> str:
    """Who speaks: the lexicon's name for the claimant, or the outlet when no one is quoted."""
    if claim.claimant is None:
        return "outlet:" + (claim.source.outlet or claim.source.document_id)
    actor = actor_named(claim.claimant)
    return "claimant:" + (actor.name if actor else claim.claimant.casefold())


def _sentence(claim: Claim) -> str:
    return claim.source.evidence.sentence if claim.source.evidence else ""


def _index(order: Iterable[str], value: str) -> int:
    order = tuple(order)
    return order.index(value) if value in order else len(order)


__all__ = ["Told", "estimates"]
