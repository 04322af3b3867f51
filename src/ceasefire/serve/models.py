"""The API's response shapes, for the OpenAPI schema. Field names are ``views``' row keys, so
JSON and CSV of one endpoint have the same columns (events, event pages and documents add
structure: lists, places with coordinates, the text)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

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


class DocumentRow(BaseModel):
    document: str = Field(description="The document's own id.")
    title: str | None
    source: str | None = Field(description="The outlet.")
    url: str | None
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
    """A fused strike event with its best figures (median over independent claimants)."""

    event: str
    date: dt.date | None
    attacker: str | None
    target_country: str | None
    weapons: list[str]
    places: list[Place]
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


class TermRow(BaseModel):
    term: str
    scope: str
    parties: str
    start: str | None
    end: str = Field(description="The last day in force (inclusive), or \"open\".")


class ViolationRow(BaseModel):
    kind: str
    term: str
    scope: str | None
    event: str
    date: str | None
    accused: str | None
    accusing: str
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
    """Per day and attacking side: the sums of the events' best figures."""

    date: str
    attacker: str
    events: int
    launched: float
    intercepted: float
    killed: float
    injured: float


class FeatureCollection(BaseModel):
    """GeoJSON: one point per place of each event that has coordinates."""

    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]


class Stored(BaseModel):
    document: str
    outcome: Literal["stored", "unchanged", "replaced", "copy"]
    records: int = Field(description="Strikes, positions, exchanges and talks read from it.")
    events: int = Field(description="Strike events in the ledger after fusion.")
