"""The ledger in ACLED's 31 columns, so that its rows append to a file downloaded from ACLED.

Conventions of ACLED's codebook, and the choices made where the ledger knows less:

- One row per event and location *hit*. A place named only in sentences about interceptions
  ("121 drones downed over Bryansk ...") is where weapons were downed, not a location of the
  event; an event with no place hit (all of it intercepted) gets one row, at its first place,
  ``geo_precision`` 3 and the tag ``location: where intercepted``. An event without a place
  gets one row with no location. Undated events are left out: ACLED needs a date.
- ``event_id_cnty``: ACLED's is the ISO alpha-3 code and a number ("UKR12345"); ours adds
  ``CFM`` and the ledger's id ("UKRCFM8d37f1a9df9f-1"), unique per row and never equal to an
  ACLED id. The same event keeps its ids on every export (they are the ledger's).
- ``fatalities``: the event's best killed figure, *once per event*, so the column sums to the
  events' killed. A row whose place a claim's sentence names alone gets that place's toll
  ("11 killed in Dobropillia", "another three in the Kharkiv region": 11 and 3); the rest is
  split evenly over the other rows, the remainder one each to the first (3 over 2 places: 2
  and 1); evenly over all rows when the tolls by place do not fit the event's. ACLED writes 0
  where no death is reported and so does this column (an appended file needs a number);
  "nobody said" is the tag ``fatalities: not reported``.
- Actors: ACLED's names, "Military Forces of Russia (2000-)" and "Military Forces of Ukraine
  (2019-)" (inter code 1, state forces). ``actor2`` is the target's military forces when the
  targets include a military site or an airfield, "Civilians (Ukraine)" (inter 7, and
  ``civilian_targeting``) when homes or hospitals were hit, and empty otherwise: ACLED leaves
  actor2 empty for strikes on infrastructure (a refinery, the grid) with no actor as target.
  ``interaction`` is the two inter codes in order, 10 when actor2 is empty (ACLED's numeric
  codes).
- Strikes are Political violence / Explosions/Remote violence: "Air/drone strike" for drones,
  aircraft and guided bombs, "Shelling/artillery/missile attack" for missiles and artillery
  fired from the ground.
- Truce positions, prisoner exchanges and talks are Strategic developments / Agreement (ACLED:
  "ceasefires, peace agreements/talks, prisoner exchanges"), with the governments as actors
  ("Government of Ukraine (2019-)", other states "Government of X", inter 1 for the two
  belligerents, 8 for others). They are located at the meeting's place (talks), else the
  capital of the first party (positions) or Kyiv (exchanges), ``geo_precision`` 3 for a
  stand-in capital.
- ``admin1``: the region without "Oblast" (ACLED writes "Kharkiv", "Kyiv City"); ``admin2``
  and ``admin3`` are empty: the gazetteer holds first-level regions only. ``source_scale`` is
  "Other": the ledger does not know an outlet's reach. ``timestamp``: the latest publication
  of the event's sources (Unix seconds, midnight UTC), so a re-export is the same file.
- ``notes``: the first sentence of the evidence, then the ledger's figures with low and high
  and who claims them; ``tags``: weapons, target types, and the ledger's id.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ceasefire.figures import METRICS, best
from ceasefire.model import Place, Position, Source, StrikeEvent
from ceasefire.read.places import lookup_place

Row = dict[str, Any]

# ACLED's columns in ACLED's order, each with the SQL type of its Parquet column.
COLUMNS: dict[str, str] = {
    "event_id_cnty": "VARCHAR", "event_date": "DATE", "year": "INTEGER",
    "time_precision": "INTEGER", "disorder_type": "VARCHAR", "event_type": "VARCHAR",
    "sub_event_type": "VARCHAR", "actor1": "VARCHAR", "assoc_actor_1": "VARCHAR",
    "inter1": "INTEGER", "actor2": "VARCHAR", "assoc_actor_2": "VARCHAR", "inter2": "INTEGER",
    "interaction": "INTEGER", "civilian_targeting": "VARCHAR", "iso": "INTEGER",
    "region": "VARCHAR", "country": "VARCHAR", "admin1": "VARCHAR", "admin2": "VARCHAR",
    "admin3": "VARCHAR", "location": "VARCHAR", "latitude": "DOUBLE", "longitude": "DOUBLE",
    "geo_precision": "INTEGER", "source": "VARCHAR", "source_scale": "VARCHAR",
    "notes": "VARCHAR", "fatalities": "INTEGER", "tags": "VARCHAR", "timestamp": "BIGINT",
}

# Countries the ledger meets: ACLED's name, ISO numeric and alpha-3 codes, ACLED's region.
_COUNTRIES: dict[str, tuple[str, int, str, str]] = {
    "UA": ("Ukraine", 804, "UKR", "Europe"), "RU": ("Russia", 643, "RUS", "Europe"),
    "BY": ("Belarus", 112, "BLR", "Europe"), "US": ("United States", 840, "USA",
                                                    "North America"),
    "TR": ("Turkey", 792, "TUR", "Middle East"), "SA": ("Saudi Arabia", 682, "SAU",
                                                        "Middle East"),
    "AE": ("United Arab Emirates", 784, "ARE", "Middle East"),
    "QA": ("Qatar", 634, "QAT", "Middle East"), "CH": ("Switzerland", 756, "CHE", "Europe"),
    "VA": ("Vatican City", 336, "VAT", "Europe"), "GB": ("United Kingdom", 826, "GBR",
                                                         "Europe"),
    "FR": ("France", 250, "FRA", "Europe"), "DE": ("Germany", 276, "DEU", "Europe"),
}
_GOVERNMENTS = {"UA": "Government of Ukraine (2019-)", "RU": "Government of Russia (2000-)"}
_MILITARY = {"UA": "Military Forces of Ukraine (2019-)", "RU": "Military Forces of Russia (2000-)"}
_STATE, _CIVILIANS, _EXTERNAL = 1, 7, 8  # ACLED's inter codes
_AIR = {"drone", "guided_bomb", "aircraft"}
_MILITARY_TARGETS = {"military", "airport"}
_CIVILIAN_TARGETS = {"residential", "medical"}
_CAPITALS = {"UA": "Kyiv", "RU": "Moscow", "US": "Washington", "BY": "Minsk", "TR": "Ankara",
             "SA": "Riyadh", "AE": "Abu Dhabi", "QA": "Doha", "CH": "Bern"}
_REGION_WORDS = re.compile(r"\s+(Oblast|Region|region|Krai)$")


# --- strikes ----------------------------------------------------------------------------------


def strike_rows(events: Iterable[StrikeEvent]) -> list[Row]:
    """One row per dated event and place hit, fatalities once per event."""
    rows: list[Row] = []
    for event in sorted(events, key=lambda e: (e.date or dt.date.min, e.id)):
        if event.date is None:
            continue
        places, intercepted_only = hit_places(event)
        killed = best(event, "killed")
        shares = _fatalities(event, places, int(killed or 0))
        located: list[Place | None] = list(places) or [None]
        for n, (place, share) in enumerate(zip(located, shares, strict=True), start=1):
            rows.append(_strike_row(event, place, n, share, intercepted_only, killed is None))
    return rows


def hit_places(event: StrikeEvent) -> tuple[list[Place], bool]:
    """The event's places hit, and whether there are none (then its first place, where its
    weapons were downed). A place is where weapons were downed when every sentence of the
    evidence that names it speaks only of interceptions; a region is left out when a city in
    it is hit (Ryazan, not also Ryazan Oblast)."""
    sentences = _sentences(event)
    hit = [p for p in event.places if not _only_intercepted(p, sentences)]
    inside = {p.admin1 for p in hit if p.kind != "region"}
    hit = [p for p in hit if not (p.kind == "region" and p.name in inside)]  # its city is
    if hit or not event.places:
        return hit, False
    return event.places[:1], True


def _sentences(event: StrikeEvent) -> dict[str, set[str]]:
    """Every sentence of the event's evidence, with the metrics of the claims read from it
    (none for a sentence that tells the strike without a figure)."""
    found: dict[str, set[str]] = {}
    for source in event.sources:
        if source.evidence:
            found.setdefault(source.evidence.sentence, set())
    for claim in event.claims:
        if claim.source.evidence:
            found.setdefault(claim.source.evidence.sentence, set()).add(claim.metric)
    return found


def _only_intercepted(place: Place, sentences: dict[str, set[str]]) -> bool:
    stem = _REGION_WORDS.sub("", place.name)
    naming = [metrics for sentence, metrics in sentences.items() if stem in sentence]
    return bool(naming) and all(metrics and metrics <= {"intercepted", "launched"}
                                and "intercepted" in metrics for metrics in naming)


def _fatalities(event: StrikeEvent, places: list[Place], total: int) -> list[int]:
    """The event's dead over its rows: where a claim's sentence names one row's place, that
    place's toll (the largest any claimant gives it); the rest split evenly over the rows
    without one. Even split when the tolls by place exceed the event's."""
    known: dict[int, int] = {}
    for claim in event.claims:
        if claim.metric != "killed" or claim.value is None or not claim.source.evidence:
            continue
        named = [n for n, place in enumerate(places)
                 if _REGION_WORDS.sub("", place.name) in claim.source.evidence.sentence]
        if len(named) == 1:
            known[named[0]] = max(known.get(named[0], 0), int(claim.value))
    rest = [n for n in range(len(places)) if n not in known]
    if not known or sum(known.values()) > total or (not rest and sum(known.values()) < total):
        return _split(total, max(len(places), 1))
    shares = dict(zip(rest, _split(total - sum(known.values()), len(rest)), strict=True)
                  ) if rest else {}
    return [known.get(n, shares.get(n, 0)) for n in range(len(places))]


def _split(total: int, parts: int) -> list[int]:
    """``total`` over ``parts`` rows: even shares, the remainder one each to the first rows."""
    share, remainder = divmod(total, parts)
    return [share + (1 if n < remainder else 0) for n in range(parts)]


def _strike_row(event: StrikeEvent, place: Place | None, n: int, fatalities: int,
                intercepted_only: bool, toll_unknown: bool) -> Row:
    country = (place.country if place else None) or event.target_country
    actor2, inter2, civilian = _target(event)
    inter1 = _STATE if event.attacker in _MILITARY else _EXTERNAL if event.attacker else None
    tags = [f"weapons: {', '.join(event.weapons)}" if event.weapons else None,
            f"targets: {', '.join(event.target_types)}" if event.target_types else None,
            "location: where intercepted" if intercepted_only else None,
            "fatalities: not reported" if toll_unknown else None,
            f"ceasefire-monitor: {event.id}"]
    return {
        **_when(event.date, event.sources), **_id(country, event.id, n),
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": _sub_event_type(event.weapons),
        "actor1": _MILITARY.get(event.attacker or "", _government(event.attacker)),
        "assoc_actor_1": None, "inter1": inter1, "actor2": actor2, "assoc_actor_2": None,
        "inter2": inter2, "interaction": _interaction(inter1, inter2),
        "civilian_targeting": civilian, **_where(place, country, 3 if intercepted_only else None),
        "source": _outlets(event.sources), "source_scale": "Other",
        "notes": _strike_notes(event), "fatalities": fatalities,
        "tags": "; ".join(t for t in tags if t),
    }


def _target(event: StrikeEvent) -> tuple[str | None, int | None, str | None]:
    """actor2, inter2 and civilian_targeting of a strike."""
    targets = set(event.target_types)
    side = event.target_country or ""
    if targets & _MILITARY_TARGETS and side in _MILITARY:
        return _MILITARY[side], _STATE, None
    if targets & _CIVILIAN_TARGETS and side in _COUNTRIES:
        return f"Civilians ({_COUNTRIES[side][0]})", _CIVILIANS, "Civilian targeting"
    return None, None, None


def _sub_event_type(weapons: Sequence[str]) -> str:
    if set(weapons) & _AIR or not weapons:
        return "Air/drone strike"
    return "Shelling/artillery/missile attack"


def _strike_notes(event: StrikeEvent) -> str:
    sentence = next((s.evidence.sentence for s in event.sources if s.evidence), "")
    figures = []
    for metric in METRICS:
        value = best(event, metric)
        if value is not None:
            figures.append(f"{metric} {value:g}")
    claimants = sorted({c.claimant or c.source.outlet or "the outlet" for c in event.claims})
    ledger = f"[Ceasefire Monitor: {', '.join(figures) or 'no figures'}"
    ledger += f"; claimed by {', '.join(claimants)}]" if claimants else "]"
    return f"{sentence[:400]} {ledger}".strip()


# --- truce positions, exchanges and talks --------------------------------------------------------


def position_rows(positions: Iterable[Position]) -> list[Row]:
    """Truce positions as Strategic developments / Agreement."""
    rows = []
    for p in positions:
        if p.date is None:
            continue
        duration = f" for {p.duration_days:g} days" if p.duration_days else ""
        proposer = f", proposed by {p.proposed_by}" if p.proposed_by else ""
        note = (f"Truce position ({p.scope.replace('_', ' ')}): {p.status} by "
                f"{', '.join(p.parties) or 'unnamed parties'}{duration}{proposer}.")
        rows.append(_development(p.id, p.date, p.parties, None, p.sources, note,
                                 [f"truce: {p.scope}", f"status: {p.status}"]))
    return rows


def exchange_rows(exchanges: Iterable[Any]) -> list[Row]:
    """Prisoner exchanges and repatriations (``fuse.FusedExchange``) as Agreement rows."""
    rows = []
    for x in exchanges:
        r = x.record
        if r.date is None:
            continue
        note = (f"Exchange ({r.status}): {_count(r.returned_to_ua)} returned to Ukraine, "
                f"{_count(r.returned_to_ru)} to Russia"
                f"{f', mediated by {r.mediator}' if r.mediator else ''}.")
        rows.append(_development(x.id, r.date, ["UA", "RU"], "Kyiv", x.sources, note,
                                 [f"exchange: {', '.join(r.categories) or 'people'}"]))
    return rows


def talks_rows(talks: Iterable[Any]) -> list[Row]:
    """Meetings and calls (``fuse.FusedTalks``) as Agreement rows (peace talks)."""
    rows = []
    for t in talks:
        r = t.record
        if r.date is None:
            continue
        hours = f", {r.duration_hours:g} hours" if r.duration_hours else ""
        note = (f"Talks ({r.kind}) between {', '.join(r.parties) or 'unnamed parties'}"
                f"{f' in {r.place}' if r.place else ''}{hours}.")
        rows.append(_development(t.id, r.date, r.parties, r.place, t.sources, note,
                                 [f"talks: {r.kind}"]))
    return rows


def _development(record_id: str, day: dt.date, parties: Sequence[str], place_name: str | None,
                 sources: Sequence[Source], note: str, tags: list[str]) -> Row:
    actors = list(parties) or [""]
    place = lookup_place(place_name, prefer="city") if place_name else None
    stand_in = place is None
    if place is None:
        capital = _CAPITALS.get(actors[0])
        place = lookup_place(capital, prefer="city") if capital else None
    country = place.country if place else (actors[0] or None)
    inter1, inter2 = _inter(actors[0]), _inter(actors[1]) if len(actors) > 1 else None
    sentence = next((s.evidence.sentence for s in sources if s.evidence), "")
    return {
        **_when(day, sources), **_id(country, record_id, 1),
        "disorder_type": "Strategic developments", "event_type": "Strategic developments",
        "sub_event_type": "Agreement", "actor1": _government(actors[0] or None),
        "assoc_actor_1": None, "inter1": inter1,
        "actor2": _government(actors[1]) if len(actors) > 1 else None,
        "assoc_actor_2": "; ".join(_government(a) or a for a in actors[2:]) or None,
        "inter2": inter2, "interaction": _interaction(inter1, inter2),
        "civilian_targeting": None, **_where(place, country, 3 if stand_in else None),
        "source": _outlets(sources), "source_scale": "Other",
        "notes": f"{note} {sentence[:400]}".strip(), "fatalities": 0,
        "tags": "; ".join([*tags, f"ceasefire-monitor: {record_id}"]),
    }


def _count(value: int | None) -> str:
    return "an unreported number" if value is None else str(value)


# --- shared -----------------------------------------------------------------------------------


def _when(day: dt.date | None, sources: Sequence[Source]) -> Row:
    latest = max((s.published for s in sources if s.published), default=day)
    stamp = int(dt.datetime.combine(latest, dt.time(), dt.UTC).timestamp()) if latest else None
    return {"event_date": day, "year": day.year if day else None,
            "time_precision": 1 if day else None, "timestamp": stamp}


def _id(country: str | None, record_id: str, n: int) -> Row:
    alpha3 = _COUNTRIES[country][2] if country in _COUNTRIES else "XXX"
    return {"event_id_cnty": f"{alpha3}CFM{record_id}-{n}"}


def _where(place: Place | None, country: str | None, precision: int | None) -> Row:
    name, iso, _, region = _COUNTRIES.get(country or "", (country, None, None, None))
    location: Row
    if place is None:
        location = {"admin1": None, "location": None, "latitude": None, "longitude": None,
                    "geo_precision": None}
    else:
        admin1 = place.admin1 or (place.name if place.kind == "region" else None)
        location = {"admin1": _REGION_WORDS.sub("", admin1) if admin1 else None,
                    "location": place.name, "latitude": place.lat, "longitude": place.lon,
                    "geo_precision": precision or (3 if place.kind in ("region", "area",
                                                                       "country") else 1)}
    return {"iso": iso, "region": region, "country": name, "admin2": None, "admin3": None,
            **location}


def _government(side: str | None) -> str | None:
    if side is None:
        return None
    if side in _GOVERNMENTS:
        return _GOVERNMENTS[side]
    return f"Government of {_COUNTRIES[side][0]}" if side in _COUNTRIES else side


def _inter(side: str) -> int | None:
    if not side:
        return None
    return _STATE if side in _GOVERNMENTS else _EXTERNAL


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first; 10 etc. with no actor2."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _outlets(sources: Sequence[Source]) -> str | None:
    return "; ".join(sorted({s.outlet or s.document_id for s in sources})) or None


def in_order(rows: Iterable[Row]) -> list[Row]:
    """Rows by date, then id, each with ACLED's columns in ACLED's order."""
    ordered = sorted(rows, key=lambda r: (r["event_date"], r["event_id_cnty"]))
    return [{column: row[column] for column in COLUMNS} for row in ordered]
