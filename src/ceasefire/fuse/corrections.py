"""An analyst's corrections, applied on every fusion: reject, set a field, merge, split.

A correction names what it corrects by the records it is about, not by a fused id. An event's
id is a hash of its attacker, date and first place: a new report that adds a place or moves
the date changes it. The records read from the documents do not change: a record is
``DOC#N``, the N-th strike (or truce position) that the reader found in document DOC. So a
correction keeps the records of its target at the time it was made (``anchors``), and each
fusion applies it to the event (or position, or term) that now holds them, whatever its id:

- the records still in the ledger must all be in one event (a term: one term's positions);
  then the correction applies to it, and the ledger says which id that is now;
- when none of them is left (their documents were replaced by versions that read otherwise)
  or they are now split between events, the correction no longer applies: it is kept and
  reported as ``stale``, with why, never dropped silently.

The machine's reading is kept: records and claims stay in the ledger as read, and each
outcome says what the machine read (``machine``) beside the correction's value.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

from ceasefire.model import VOCABULARIES, Estimate, Position, StrikeEvent, Term

Action = Literal["reject", "set", "merge", "split"]
# what a correction is about: an event, some records of an event, a position, a term
Kind = Literal["event", "records", "position", "term"]
Status = Literal["applied", "stale"]

EVENT_FIELDS = ("attacker", "target_country", "date")
# a figure: a metric, or a metric and a weapon ("launched.drone")
FIGURES = tuple(VOCABULARIES["metric"]) + tuple(
    f"{metric}.{weapon}" for metric in ("launched", "intercepted", "hit")
    for weapon in VOCABULARIES["weapon"])
TERM_FIELDS = ("end",)
UNKNOWN = "unknown"  # the value that sets a side or a term's end to unknown

T = TypeVar("T")


@dataclass(frozen=True)
class Correction:
    """One analyst's correction, as the ledger keeps it."""

    id: int
    action: Action
    kind: Kind
    target: str  # the id the analyst named (it may change later: ``anchors`` find it again)
    anchors: tuple[str, ...]  # the records of the target when the correction was made
    field: str | None = None  # set: the field, and its value as text
    value: str | None = None
    parts: tuple[str, ...] = ()  # merge: the other event's records; split: those moved out
    analyst: str = ""
    reason: str = ""
    made_at: dt.datetime | None = None
    # documents replaced by a new version since it was made: their records are no longer
    # those the analyst saw, so they no longer name its target (``without``)
    replaced: tuple[str, ...] = ()

    def without(self, documents: Collection[str]) -> Correction:
        """The correction without the records of ``documents`` (replaced since it was made)."""
        if not documents:
            return self
        def keep(records: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(r for r in records if r.rpartition("#")[0] not in documents)
        return replace(self, anchors=keep(self.anchors), parts=keep(self.parts),
                       replaced=tuple(sorted(documents)))

    @property
    def strikes(self) -> bool:
        """Is it about strike records (applied where strikes are fused)?"""
        return self.kind in ("event", "records")


@dataclass(frozen=True)
class Outcome:
    """What one fusion made of a correction."""

    correction_id: int
    status: Status
    applies_to: str | None  # the id of what it corrects now
    machine: str | None  # the machine's reading of what the correction changes
    note: str


def record_key(document: str, index: int) -> str:
    return f"{document}#{index}"


def checked_value(kind: Kind, field: str, value: str) -> str:
    """``value`` as a correction of ``field`` stores it; ValueError saying what is allowed."""
    allowed = TERM_FIELDS if kind == "term" else EVENT_FIELDS + FIGURES
    if field not in allowed:
        fields = (", ".join(TERM_FIELDS) if kind == "term" else
                  f"{', '.join(EVENT_FIELDS)}, or a best figure: a metric "
                  f"({', '.join(VOCABULARIES['metric'])}), or a metric and a weapon "
                  f"(launched, intercepted or hit, then one of "
                  f"{', '.join(VOCABULARIES['weapon'])}: launched.drone)")
        what = "a term" if kind == "term" else "an event"
        raise ValueError(f"{field!r} is not a field of {what} that can be set: {fields}")
    if field in ("attacker", "target_country"):
        return _side(value)
    if field in ("date", "end"):
        return _day(value, unknown_ok=field == "end")
    return _figure(value)


def _side(value: str) -> str:
    if value.casefold() == UNKNOWN:
        return UNKNOWN
    from ceasefire import filters

    if value.upper() not in filters.sides():
        raise ValueError(f"{value!r} is not a side: two letters of a state (UA, RU, US, …), "
                         f"or {UNKNOWN!r}")
    return value.upper()


def _day(value: str, unknown_ok: bool) -> str:
    if unknown_ok and value.casefold() == UNKNOWN:
        return UNKNOWN
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        also = f", or {UNKNOWN!r}" if unknown_ok else ""
        raise ValueError(f"{value!r} is not a date: write it as YYYY-MM-DD{also}") from None


def _figure(value: str) -> str:
    if not value.isdigit():
        raise ValueError(f"{value!r} is not a figure: a whole number of 0 or more (a count of "
                         "weapons or people)")
    return str(int(value))


class Corrections:
    """The corrections of one fusion, and what it made of each (``outcomes``)."""

    def __init__(self, corrections: Iterable[Correction] = ()) -> None:
        self.all = sorted(corrections, key=lambda c: c.id)  # in the order they were made
        self.outcomes: dict[int, Outcome] = {}

    # --- records: rejected before grouping ----------------------------------------------

    def kept(self, keys: Sequence[str], kinds: tuple[Kind, ...]) -> set[str]:
        """The records of ``keys`` that no rejection of ``kinds`` drops (record rejections,
        and a rejected position: its records)."""
        present, dropped = set(keys), set()
        for c in self.all:
            if c.action == "reject" and c.kind in kinds and c.kind != "event":
                found = present & set(c.anchors)
                dropped |= found
                self._record(c, bool(found), ", ".join(sorted(found)) or None,
                             f"{len(found)} records left out of fusion")
        return present - dropped

    # --- groups of strike records: merged and split before events are built -------------

    def regroup(self, groups: list[list[T]], key_of: Callable[[T], str]) -> list[list[T]]:
        """Merge and split the groups of records as the corrections say, in their order."""
        for c in self.all:
            if c.action == "merge" and c.kind == "event":
                groups = self._merge(c, groups, key_of)
            elif c.action == "split" and c.kind == "event":
                groups = self._split(c, groups, key_of)
        return groups

    def _merge(self, c: Correction, groups: list[list[T]], key_of: Callable[[T], str]
               ) -> list[list[T]]:
        first = _holding(groups, c.anchors, key_of)
        second = _holding(groups, c.parts, key_of)
        if not first or not second:
            self._stale(c, "the records of one of the two events are no longer in the ledger")
            return groups
        joined = sorted(set(first) | set(second))
        merged = [r for i in joined for r in groups[i]]
        self._record(c, True, None, f"{len(joined)} groups of records joined" if len(joined) > 1
                     else "fusion joins them already")
        return [g for i, g in enumerate(groups) if i not in joined] + [merged]

    def _split(self, c: Correction, groups: list[list[T]], key_of: Callable[[T], str]
               ) -> list[list[T]]:
        moved = set(c.parts)
        out = [r for g in groups for r in g if key_of(r) in moved]
        if not out:
            self._stale(c, "the records it moved out are no longer in the ledger")
            return groups
        rest = [[r for r in g if key_of(r) not in moved] for g in groups]
        self._record(c, True, None, f"{len(out)} records made an event of their own")
        return [g for g in rest if g] + [out]

    # --- events: rejected or amended once built -----------------------------------------

    def amend_events(self, events: list[StrikeEvent]) -> list[StrikeEvent]:
        """The events with the rejections and fields set applied; merges and splits say which
        events they made."""
        read = {e.id: e for e in events}  # as the machine read them
        for c in self.all:
            if c.kind != "event":
                continue
            at, problem = _find(events, c.anchors)
            if c.action in ("merge", "split"):
                if c.id in self.outcomes and self.outcomes[c.id].status == "applied":
                    made = [events[at].id] if at is not None else []
                    if c.action == "split":
                        made += [e.id for e in events if set(c.parts) & set(e.records)]
                    self._record(c, True, ", ".join(dict.fromkeys(made)) or None,
                                 self.outcomes[c.id].note, self.outcomes[c.id].machine)
                continue
            if at is None:
                self._stale(c, problem)
            elif c.action == "reject":
                self._record(c, True, events[at].id, "rejected: left out of every list",
                             _summary(events[at]))
                events = events[:at] + events[at + 1:]
            else:
                events[at] = self._set(c, events[at], read.get(events[at].id, events[at]))
        return events

    def _set(self, c: Correction, event: StrikeEvent, read: StrikeEvent) -> StrikeEvent:
        """``event`` with the field set; ``read``: the event as the machine read it (before
        any correction), whose value the outcome keeps beside the correction's."""
        field, value = c.field or "", c.value or ""
        side = None if value == UNKNOWN else value
        if field == "attacker":
            amended = replace(event, attacker=side)
        elif field == "target_country":
            amended = replace(event, target_country=side)
        elif field == "date":
            amended = replace(event, date=dt.date.fromisoformat(value))
        else:
            amended = _set_figure(event, field, float(value))
        self._record(c, True, event.id, f"{field} set to {value}", _machine(read, field))
        return amended

    # --- terms --------------------------------------------------------------------------

    def amend_terms(self, terms: list[Term], positions: Sequence[Position]) -> list[Term]:
        """The terms with the ends the corrections set."""
        records = {p.id: set(p.records) for p in positions}
        for c in self.all:
            if c.kind != "term":
                continue
            held = [{r for pid in t.position_ids for r in records.get(pid, ())} for t in terms]
            at = [i for i, rs in enumerate(held) if rs & set(c.anchors)]
            if len(at) != 1:
                self._stale(c, "its positions no longer make a term" if not at else
                            "its positions are now in several terms: "
                            + ", ".join(terms[i].id for i in at))
                continue
            term = terms[at[0]]
            end = None if c.value == UNKNOWN else dt.date.fromisoformat(c.value or "")
            try:
                terms[at[0]] = replace(term, end=end)
            except ValueError as problem:
                self._stale(c, f"the term now starts later than that end ({problem})")
                continue
            self._record(c, True, term.id, f"end set to {c.value}", str(term.end or UNKNOWN))
        return terms

    # --- outcomes -----------------------------------------------------------------------

    def finish(self) -> list[Outcome]:
        """An outcome for every correction: one that no fusion step met is stale."""
        for c in self.all:
            if c.id not in self.outcomes:
                self._stale(c, "none of its records is in the ledger now")
        return [self.outcomes[c.id] for c in self.all]

    def _record(self, c: Correction, applied: bool, applies_to: str | None, note: str,
                machine: str | None = None) -> None:
        if not applied:
            self._stale(c, "none of its records is in the ledger now")
            return
        self.outcomes[c.id] = Outcome(c.id, "applied", applies_to, machine, note)

    def _stale(self, c: Correction, why: str) -> None:
        if c.replaced:
            why += (f" ({', '.join(c.replaced)}: replaced by a new version since the correction"
                    " was made; look again and correct anew)")
        self.outcomes[c.id] = Outcome(c.id, "stale", None, None, why)


def _holding(groups: Sequence[Sequence[T]], keys: Iterable[str], key_of: Callable[[T], str]
             ) -> list[int]:
    wanted = set(keys)
    return [i for i, g in enumerate(groups) if any(key_of(r) in wanted for r in g)]


def _find(events: Sequence[StrikeEvent], anchors: Sequence[str]) -> tuple[int | None, str]:
    """The index of the one event holding the anchors still in the ledger, or why none."""
    wanted = set(anchors)
    at = [i for i, e in enumerate(events) if wanted & set(e.records)]
    if len(at) == 1:
        return at[0], ""
    if not at:
        return None, "none of its records is in the ledger now"
    return None, ("its records are now in several events: "
                  + ", ".join(events[i].id for i in at) + "; correct each of them")


def _set_figure(event: StrikeEvent, field: str, value: float) -> StrikeEvent:
    """The best figure of a metric (and weapon) set; low, high and the claims stay as read."""
    found = _estimate(event, field)
    if found is None:  # no claim gives it: an estimate of the analyst's alone
        metric, _, weapon = field.partition(".")
        made = Estimate(metric, weapon or None, None, value, None, 0)
        return replace(event, estimates=[*event.estimates, made])
    return replace(event, estimates=[replace(e, best=value) if e is found else e
                                     for e in event.estimates])


def _estimate(event: StrikeEvent, field: str) -> Estimate | None:
    metric, _, weapon = field.partition(".")
    return next((e for e in event.estimates
                 if e.metric == metric and e.weapon == (weapon or None)), None)


def _machine(event: StrikeEvent, field: str) -> str:
    """What the machine read of ``field``: a side, a date or a best figure (or unknown)."""
    if field in ("attacker", "target_country", "date"):
        return str(getattr(event, field) or UNKNOWN)
    found = _estimate(event, field)
    return _number(found.best) if found is not None and found.best is not None else UNKNOWN


def _number(value: float) -> str:
    return f"{value:g}"


def _summary(event: StrikeEvent) -> str:
    places = ", ".join(p.name for p in event.places[:3]) or "no place"
    return f"{event.date or 'undated'} {event.attacker or 'attacker unknown'} ({places})"
