"""Typed records shared by every stage: what a document is and what reading it yields.

The field names and vocabularies follow ``corpus/GUIDE.md`` so that a ``Reading`` serialises
straight into the schema the reference scorer reads. Every record also carries its
``evidence``: the sentences it was read from, with character offsets into the document text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

# Vocabularies of the GUIDE. They are plain strings to the type checker because the values come
# from lexicon tables (data); ``VOCABULARIES`` lists the allowed values and a test checks them.
Side = str  # ISO 3166 alpha-2: "RU", "UA", "US", ...
Metric = str
Qualifier = str
Weapon = str
TargetType = str
Scope = str
AgreementStatus = str
ExchangeStatus = str
TalksKind = str

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "metric": ("launched", "intercepted", "hit", "killed", "injured"),
    "qualifier": ("exact", "approx", "at_least", "at_most", "all"),
    "weapon": ("drone", "ballistic_missile", "cruise_missile", "missile", "guided_bomb",
               "artillery", "aircraft"),
    "target_type": ("energy", "residential", "medical", "transport", "airport", "military",
                    "commercial", "government", "other"),
    "scope": ("full", "energy_infrastructure", "air", "sea", "air_and_sea", "black_sea", "other"),
    "agreement_status": ("proposed", "agreed", "rejected", "violated", "ended"),
    "exchange_status": ("agreed", "announced", "completed"),
    "talks_kind": ("meeting", "call"),
}


@dataclass(frozen=True)
class Document:
    """One news report as the reader receives it."""

    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    # Is ``url`` the document's own, so that it names its versions (a new text from that URL
    # replaces the stored one)? True for the URL it was fetched from, the same site's canonical
    # URL or feed link, and a URL the user gives (document JSON). False for a URL only the
    # content claims (a saved page's canonical link, a feed's link to another site): such a
    # document replaces only the one with the same URL *and* the same name (ledger.md).
    url_checked: bool = True
    # "en", "uk" or "ru" (ingest/language.py): which reader reads it. Its records are in
    # English whatever the language; their evidence quotes the text as it is.
    language: str = "en"


@dataclass(frozen=True)
class Evidence:
    """A sentence of the document that a record was read from (offsets into ``Document.text``)."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical English name, first-level admin region, country, coordinates."""

    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: Literal["city", "region", "country", "district", "village", "site", "area"] = "city"
    geonameid: int | None = None


@dataclass
class Quantity:
    metric: Metric
    weapon: Weapon | None
    value: float | None
    qualifier: Qualifier
    evidence: Evidence | None = None


@dataclass
class Strike:
    """One claimant's account of one attack."""

    date: dt.date | None
    attacker: Side | None
    target_country: Side | None
    weapons: list[Weapon] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    target_types: list[TargetType] = field(default_factory=list)
    claimed_by: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Agreement:
    """One stated position on a truce or ceasefire."""

    date: dt.date | None
    scope: Scope
    status: AgreementStatus
    parties: list[Side] = field(default_factory=list)
    proposed_by: Side | None = None
    duration_days: float | None = None
    conditions: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Exchange:
    """One prisoner exchange or repatriation of bodies."""

    date: dt.date | None
    status: ExchangeStatus
    returned_to_ua: int | None = None
    returned_to_ru: int | None = None
    categories: list[str] = field(default_factory=list)
    mediator: Side | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Talks:
    """One meeting, call or round of negotiations."""

    date: dt.date | None
    kind: TalksKind
    place: str | None = None
    parties: list[Side] = field(default_factory=list)
    duration_hours: float | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Reading:
    """Everything read out of one document."""

    document_id: str
    strikes: list[Strike] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    talks: list[Talks] = field(default_factory=list)

    def record_count(self) -> int:
        """How many records the reading holds, of all four kinds."""
        return len(self.strikes) + len(self.agreements) + len(self.exchanges) + len(self.talks)

    def to_json(self) -> dict[str, Any]:
        """The GUIDE's schema, plus ``evidence`` per record and ``places`` per strike."""
        return {
            "id": self.document_id,
            "strikes": [_strike_json(s) for s in self.strikes],
            "agreements": [_plain(a) for a in self.agreements],
            "exchanges": [_plain(e) for e in self.exchanges],
            "talks": [_plain(t) for t in self.talks],
        }


def _plain(record: Any) -> dict[str, Any]:
    return _jsonable(record)  # type: ignore[no-any-return]


def _strike_json(strike: Strike) -> dict[str, Any]:
    out = _plain(strike)
    out["locations"] = [p.name for p in strike.places]
    # keep the GUIDE's key order first, extras after
    order = ["date", "attacker", "target_country", "weapons", "locations", "target_types",
             "claimed_by", "quantities", "places", "evidence"]
    return {k: out[k] for k in order}


def _jsonable(value: Any) -> Any:
    """``value`` in JSON's types: records as dictionaries of their fields, dates in ISO form.
    (``dataclasses.asdict`` gives the same, copying every value first: a tenth of a reading's
    time.)"""
    names = _field_names(type(value))
    if names:
        return {name: _jsonable(getattr(value, name)) for name in names}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}  # per class: a record's fields, in order; () if none


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()
    return names


# --- The ledger: records of many documents fused into events (see fuse.py, truce.py) ---------


@dataclass(frozen=True)
class Source:
    """Where a claim or a position was read: the document, its outlet and date, the sentence."""

    document_id: str
    outlet: str | None
    published: dt.date | None
    evidence: Evidence | None  # in a copy: the same sentence in the copy's text, if it is there
    url: str | None = None
    copy_of: str | None = None  # a copy republishing this document (its id): not read itself
    language: str = "en"  # the document's (Document.language): its evidence is in it


@dataclass(frozen=True)
class Claim:
    """One figure as one claimant gave it, in one document."""

    claimant: str | None  # None: the outlet itself
    claimant_side: Side | None
    metric: Metric
    weapon: Weapon | None
    value: float | None
    qualifier: Qualifier
    source: Source


@dataclass(frozen=True)
class Estimate:
    """Low / best / high of one metric and weapon across the claims of an event."""

    metric: Metric
    weapon: Weapon | None
    low: float | None
    best: float | None
    high: float | None
    claims: int  # how many claims the estimate rests on


@dataclass
class StrikeEvent:
    """One real attack as several reports and claimants tell it."""

    id: str  # stable: the same records give the same id whatever the ingest order
    date: dt.date | None
    attacker: Side | None
    target_country: Side | None
    weapons: list[Weapon] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    target_types: list[TargetType] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    # the records fused into it ("DOC#N": document DOC's N-th strike), which corrections name;
    # known where it was just fused (not kept in the tables)
    records: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass
class Position:
    """One stated truce position, with every report of it."""

    id: str
    date: dt.date | None
    scope: Scope
    status: AgreementStatus
    parties: list[Side] = field(default_factory=list)
    proposed_by: Side | None = None
    duration_days: float | None = None
    conditions: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    # the agreement records fused into it ("DOC#N"), as for StrikeEvent.records
    records: tuple[str, ...] = field(default=(), compare=False, repr=False)


BELLIGERENTS = ("RU", "UA")  # the sides a truce term binds; brokers (US, TR, ...) are not bound
# How many days from its start a term with no stated length and no reported end is used to
# allege violations: no strike is charged against it past that day (see truce.py).
UNKNOWN_END_HORIZON_DAYS = 3

Bound = Literal["declared", "pledged", "agreed", "proposed"]
BINDS_ALONE: tuple[Bound, ...] = ("declared", "pledged")  # what binds a side on its own


@dataclass(frozen=True)
class Commitment:
    """How one belligerent came to be bound by a term, and from which day.

    ``declared``: it declared a truce of its own; ``pledged``: it concluded the truce with a
    third state that is itself a party ("the two leaders agreed"). Both bind the side from that
    day, whatever the other belligerent says. ``agreed``: it accepted a truce proposed by
    someone else; ``proposed``: it proposed the truce. These two are offers of a mutual truce:
    they bind from the day the other belligerent consents too."""

    side: Side
    how: Bound
    said_on: dt.date  # the day it declared, pledged, agreed or proposed
    since: dt.date  # the first day it is bound: said_on, or the day the term became mutual
    position_id: str  # the position that says so

    def __post_init__(self) -> None:
        if self.side not in BELLIGERENTS:
            raise ValueError(f"a truce term binds belligerents only, not {self.side}")
        if self.since < self.said_on:
            raise ValueError(f"{self.side} is bound no earlier than it {self.how} the truce")


@dataclass(frozen=True)
class Term:
    """A truce term: its scope, the belligerents bound by it (each with how and since when)
    and its period (end inclusive; None: end unknown, no length or end reported).

    A term cannot exist without the agreement of the sides it binds: a side bound alone must
    have declared or pledged the truce itself (unilateral), both belligerents are bound only
    when both consented (mutual), and the term starts on the first day a side is bound."""

    id: str
    scope: Scope
    bound: tuple[Commitment, ...]
    start: dt.date
    end: dt.date | None
    position_ids: tuple[str, ...]  # every position on this truce, not only the agreements

    def __post_init__(self) -> None:
        sides = [c.side for c in self.bound]
        if not sides or len(set(sides)) != len(sides):
            raise ValueError(f"term {self.id}: each bound side once, at least one")
        if len(sides) == 1 and self.bound[0].how not in BINDS_ALONE:
            raise ValueError(f"term {self.id}: {sides[0]} alone is bound only by a truce it "
                             f"declared or pledged, not one it {self.bound[0].how}")
        if self.start != min(c.since for c in self.bound):
            raise ValueError(f"term {self.id}: starts on the first day a side is bound")
        if self.end is not None and self.end < max(c.since for c in self.bound):
            raise ValueError(f"term {self.id}: ends before a side it binds is bound")

    @property
    def kind(self) -> Literal["mutual", "unilateral"]:
        return "mutual" if len(self.bound) == 2 else "unilateral"

    @property
    def parties(self) -> tuple[Side, ...]:
        """The sides bound by the term."""
        return tuple(sorted(c.side for c in self.bound))

    @property
    def checked_until(self) -> dt.date:
        """The last day strikes are checked against it: its end, or the horizon's last day
        when its end is unknown."""
        return self.end or self.start + dt.timedelta(days=UNKNOWN_END_HORIZON_DAYS - 1)

    def in_force_on(self, day: dt.date) -> bool:
        """From its start to its end or, when the end is unknown, to the last day strikes are
        checked against it."""
        return self.start <= day <= self.checked_until

    def commitment(self, side: Side | None, day: dt.date) -> Commitment | None:
        """How ``side`` was bound on ``day``; None when it was not (yet) bound, or the day is
        outside the period checked."""
        if day > self.checked_until:
            return None
        return next((c for c in self.bound if c.side == side and c.since <= day), None)


@dataclass(frozen=True)
class Violation:
    """A strike inside a term's scope and period: alleged when its attacker was bound by the
    term that day (``bound_as``: party to a mutual term, or declarer of a unilateral one)."""

    term_id: str
    event_id: str
    kind: Literal["alleged_violation", "outside_parties", "accusation"]
    accused: Side | None
    accusing: tuple[str, ...]  # named claimants of the strike's figures, or the accusing side
    reason: str  # why it falls in the term: "energy target on 2025-03-19, attacker UA ..."
    bound_as: Literal["party", "declarer"] | None = None

    def __post_init__(self) -> None:
        if self.kind == "alleged_violation" and self.bound_as is None:
            raise ValueError("an alleged violation says how the accused side was bound")
