"""The API's response shapes, for the OpenAPI schema. Field names are ``views``' row keys, so
JSON and CSV of one endpoint have the same columns (events, event pages and documents add
structure: lists, places with coordinates, the text)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class ErrorBody(BaseModel):
    status: int = Field(description="The HTTP status code, repeated.")
    message: str = Field(description="What is wrong and what to do.")


class Error(BaseModel):
    """Every error the API answers has this one shape."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    """One page of a list; ``total`` counts every item the filters keep."""

    total: int
    limit: int
    offset: int
    items: list[T]


Language = Literal["en", "uk", "ru"]
_LANGUAGE = "The language the document is written in: en, uk (Ukrainian) or ru (Russian)."


class DocumentRow(BaseModel):
    document: str = Field(description="The document's own id.")
    title: str | None
    source: str | None = Field(description="The outlet.")
    url: str | None
    language: Language = Field(description=_LANGUAGE)
    published: dt.date | None
    version: int
    ingested_at: dt.datetime


class DocumentText(DocumentRow):
    text: str


class Place(BaseModel):
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    kind: str | None


class Event(BaseModel):
    """A fused strike event with its best figures (over the claims that compete: fuse.estimates)."""

    event: str
    date: dt.date | None
    attacker: str | None
    target_country: str | None
    weapons: list[str]
    places: list[Place] = Field(description="In a list, the event's first ten places (a "
                                            "night's strikes hit dozens); on the event's "
                                            "page, all of them.")
    place_count: int = Field(description="How many places it hit.")
    target_types: list[str]
    launched: float | None
    intercepted: float | None
    killed: float | None
    injured: float | None
    claimants: list[str]
    sources: int = Field(description="How many documents report it.")


class StrikeRow(BaseModel):
    """One event as a flat row (the columns of ``ceasefire events`` and ``export --format csv``)."""

    event: str
    date: str | None
    attacker: str | None
    target_country: str | None
    weapons: str
    places: str
    target_types: str
    launched: float | None
    intercepted: float | None
    killed: float | None
    injured: float | None
    claimants: str
    sources: int


class ClaimRow(BaseModel):
    """One figure as one claimant gave it, with the sentence it was read from."""

    claimant: str
    side: str | None
    metric: str
    weapon: str | None
    value: float | None
    qualifier: str | None
    outlet: str | None
    document: str | None
    language: Language | None = Field(description=_LANGUAGE + " The sentence is quoted in it.")
    published: str | None
    sentence: str | None
    start: int | None = Field(description="Offset of the sentence in the document's text.")
    end: int | None
    copies: str | None = Field(description="The outlets (else documents) that republished "
                                           "the claim's report: one claim, several sources.")


class Estimate(BaseModel):
    metric: str
    weapon: str | None
    low: float | None
    best: float | None
    high: float | None
    claims: int


class Source(BaseModel):
    document: str
    outlet: str | None
    language: Language = Field(description=_LANGUAGE)
    published: dt.date | None
    sentence: str | None
    start: int | None
    end: int | None
    url: str | None
    copy_of: str | None = Field(description="For a copy of another document (the same report "
                                            "republished elsewhere): that document. The copy "
                                            "was not read itself.")


class EventPage(BaseModel):
    """An event with every claim side by side, the estimates derived from them, its sources."""

    event: Event
    claims: list[ClaimRow]
    estimates: list[Estimate]
    sources: list[Source]
    corrections: list[CorrectionRow] = Field(
        default_factory=list, description="An analyst's corrections applied to it, each "
                                          "beside the machine's reading (`machine`).")


class PositionRow(BaseModel):
    position: str
    date: str | None
    scope: str
    status: str
    parties: str
    proposed_by: str | None
    duration_days: float | None
    sources: int
    sentence: str | None
    language: Language | None = Field(description="The language the sentence is quoted in "
                                      "(its document's): en, uk or ru.")


class TermRow(BaseModel):
    term: str
    scope: str
    kind: str = Field(description="mutual (both belligerents consented) or unilateral (one "
                                  "declared it and is the only side bound).")
    parties: str = Field(description="The sides bound by the term.")
    bound: str = Field(description="How each side is bound and from which day: \"RU agreed "
                                   "2025-03-18, bound from 2025-03-25; UA agreed 2025-03-25\" "
                                   "(declared, agreed or proposed).")
    start: str | None
    end: str = Field(description="The last day in force (inclusive), or \"end unknown\" when "
                                 "no length or end is reported.")
    checked_until: str | None = Field(
        description="The last day strikes are checked against it: its end, or a few days from "
                    "its start when the end is unknown; null for a local pause (scope other), "
                    "which binds only its place, not read, so no strike is checked.")
    positions: str = Field(description="The positions on this truce (ids).")


class NightSummary(BaseModel):
    """A night with strikes, named by the morning it ends (``nights.py``)."""

    night: dt.date = Field(description="The morning the night ends: the date of its events.")
    events: int
    attackers: list[str] = Field(description="The attacking sides (\"?\": not named).")


class NightClaim(ClaimRow):
    """A distinct figure of a claimant, with the first report that gives it."""

    event: str = Field(description="The event the figure belongs to.")
    reports: int = Field(description="How many claims give this same figure (one per report).")


class NightEvent(BaseModel):
    event: str
    date: dt.date | None
    attacker: str | None
    target_country: str | None
    weapons: list[str]
    places: list[str] = Field(description="The names of every place it hit.")
    target_types: list[str]
    launched: float | None
    intercepted: float | None
    hit: float | None
    killed: float | None
    injured: float | None
    sources: int


class NightTotals(BaseModel):
    """The sums of the events' best figures (null: no event gives the figure)."""

    launched: float | None
    intercepted: float | None
    hit: float | None
    killed: float | None
    injured: float | None


class NightAttack(BaseModel):
    """One attacking side's strikes of the night, with every claimant's figures."""

    attacker: str = Field(description="The attacking side (\"?\": not named).")
    target_countries: list[str]
    events: list[NightEvent]
    totals: NightTotals
    claims: list[NightClaim] = Field(description="Every distinct figure of every event of the "
                                                 "side, with its claimant and first sentence.")


class Night(BaseModel):
    """The strikes of one night per attacking side, and the truce terms in force."""

    night: dt.date = Field(description="The morning the night ends: its events are dated so.")
    evening: dt.date | None = Field(description="The evening it starts: the day before "
                                                "(null only before the first day of the calendar).")
    previous: dt.date | None = Field(description="The night before with strikes, if any.")
    next: dt.date | None = Field(description="The night after with strikes, if any.")
    attacks: list[NightAttack] = Field(description="Russia's, Ukraine's, then other sides'; "
                                                   "empty for a night without strikes.")
    terms: list[TermRow] = Field(description="The terms in force that day (to their end, or "
                                             "while checked when the end is unknown).")


class ViolationRow(BaseModel):
    kind: str
    term: str
    scope: str | None
    event: str
    date: str | None
    accused: str | None
    bound_as: str | None = Field(description="How the accused side was bound: party (to a "
                                             "mutual term) or declarer (of a unilateral one).")
    accusing: str = Field(description="The sides and named claimants who accuse (never an "
                                      "outlet or a document).")
    reason: str
    evidence: str | None


class ExchangeRow(BaseModel):
    exchange: str
    date: str | None
    status: str | None
    returned_to_ua: float | None
    returned_to_ru: float | None
    categories: str
    mediator: str | None
    sources: int


class TalksRow(BaseModel):
    talks: str
    date: str | None
    kind: str | None
    place: str | None
    parties: str
    hours: float | None
    sources: int


class TimelineRow(BaseModel):
    """Per day and attacking side: the sums of the events' best figures; null where none of
    the day's events gives the figure (unknown, not 0)."""

    date: str
    attacker: str
    events: int
    launched: float | None
    intercepted: float | None
    killed: float | None
    injured: float | None
    drones_launched: float | None
    drones_intercepted: float | None
    missiles_launched: float | None = Field(description="Ballistic, cruise and unspecified "
                                                        "missiles.")
    missiles_intercepted: float | None


class FeatureCollection(BaseModel):
    """GeoJSON: one point per place of each event that has coordinates."""

    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]


class Span(BaseModel):
    start: int
    end: int


class DocumentHit(DocumentRow):
    """A document that holds every term, with a passage around the first match."""

    snippet: str = Field(description="About 200 characters of the text around the first "
                                     "match, \"…\" where cut, on one line. The "
                                     "text's beginning when the terms are only in the title, "
                                     "outlet or URL.")
    highlight: Span | None = Field(description="The match's offsets in ``snippet`` (null: no "
                                               "term is in the text).")
    match: Span | None = Field(description="The match's offsets in the document's text.")


class SearchResults(BaseModel):
    """Events and documents that hold every term of the query (one page of each)."""

    query: str
    terms: list[str] = Field(description="The query's words and \"quoted phrases\", lower "
                                         "case: each must be found.")
    events: Page[Event] = Field(description="Events where each term is part of a place's, "
                                            "claimant's or outlet's name, or names the "
                                            "attacker (\"russian\", \"ua\"); newest first.")
    documents: Page[DocumentHit] = Field(description="Current documents with each term in "
                                                     "their title, text, outlet or URL; "
                                                     "newest first.")


class Stored(BaseModel):
    document: str
    outcome: Literal["stored", "unchanged", "replaced", "copy"]
    records: int = Field(description="Strikes, positions, exchanges and talks read from it.")
    events: int = Field(description="Strike events in the ledger after fusion.")


class DocumentIn(BaseModel):
    """A report to store: the document JSON that ``ceasefire ingest`` reads."""

    id: str = Field(min_length=1, max_length=200, description="Names the document; a later "
                    "text under the same id (or url) replaces it.")
    text: str = Field(min_length=1, description="The article's text (English, Ukrainian or "
                      "Russian, at most 5 MB).")
    # (empty as `ceasefire ingest` takes it: not known, as when left out)
    published: dt.date | Literal[""] | None = Field(
        None, description="Publication day, YYYY-MM-DD; empty or left out: not known.")
    source: str | None = Field(None, description="The outlet.")
    url: str | None = None
    title: str | None = None
    language: Language | None = Field(None, description="en, uk or ru; told from the text when "
                                      "left out. A language the text contradicts is refused.")


class UrlList(BaseModel):
    """Pages or feeds to fetch and ingest."""

    urls: list[Annotated[str, Field(max_length=2000, pattern=r"^https?://[^\s]+$")]] = Field(
        min_length=1, max_length=100, description="http(s) URLs of pages or feeds, at most 100.")


class JobResult(BaseModel):
    input: str = Field(description="The URL (or feed item link) it came from.")
    outcome: Literal["stored", "unchanged", "replaced", "copy", "rejected"] = Field(
        description="copy: the same report was already stored from another site.")
    document: str | None
    records: int
    reason: str | None = Field(description="Why it was rejected: what is wrong, what to do.")


class JobPage(BaseModel):
    """A URL list being fetched and ingested."""

    job: str
    state: Literal["queued", "running", "done", "failed"]
    submitted: dt.datetime
    urls: list[str]
    counts: dict[str, int] = Field(description="Results by outcome.")
    events: int | None = Field(description="Strike events in the ledger when it was done.")
    error: str | None = Field(description="Why the job failed (the ledger was unavailable).")
    results: list[JobResult]


class CorrectionIn(BaseModel):
    """An analyst's correction (``ceasefire correct`` takes the same)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["reject", "set", "merge", "split"]
    target: str = Field(min_length=1, max_length=64, description="An event, position or term "
                        "id, as the ledger shows it now.")
    by: str = Field(min_length=1, max_length=200, description="Who corrects.")
    why: str = Field(min_length=1, max_length=2000, description="Why (kept with it).")
    field: str | None = Field(None, max_length=64, description="set: an event's attacker, "
                              "target_country, date or a figure (killed, launched.drone, …); "
                              "a term's end.")
    value: str | None = Field(None, max_length=64, description="set: a side (or unknown), a "
                              "date YYYY-MM-DD (a term's end may be unknown), a whole number.")
    other: str | None = Field(None, max_length=64, description="merge: the second event.")
    documents: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=100, description="reject: only these documents' "
        "records of the event; split: the documents whose records become an event of their own.")

    @field_validator("target", "by", "why", "field", "value", "other", "documents")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL: storing one failed as the ledger failing (a 503)
        if any("\x00" in text for text in (value if isinstance(value, list) else [value or ""])):
            raise ValueError("holds a NUL character (\\u0000), which no id or text in the "
                             "ledger can hold: leave it out")
        return value


class CorrectionRow(BaseModel):
    correction: int
    made_at: str | None
    by: str
    action: str
    target: str = Field(description="The id named when it was made.")
    field: str | None
    value: str | None
    machine: str | None = Field(description="What the machine read, kept beside the correction.")
    status: str = Field(description="applied, or stale: it no longer applies (note says why).")
    now: str | None = Field(description="The id of what it corrects now (ids change as reports "
                                        "arrive; the correction follows its records).")
    why: str
    note: str | None
