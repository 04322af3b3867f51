"""The REST API: the ledger over HTTP, read-only unless a write token is configured.

Requests read the ledger read-only, and only while they run (DuckDB allows one writing
process; a read-only server never holds the lock ``ceasefire ingest`` needs between requests:
see ``gate.py``). The database filters and pages the lists (``store/select.py``); rows come from
``views`` and ``export``, as for the CLI: JSON by default, CSV with ``Accept: text/csv`` or
``?format=csv``. The write endpoints (``writes.py``) need ``Authorization: Bearer <token>``.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from importlib.metadata import version as package_version
from json.encoder import encode_basestring
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator

from ceasefire import corrections, export, filters, nights, search, views
from ceasefire.ingest import Rejection
from ceasefire.ingest.fetch import FetchPolicy, fetch_documents
from ceasefire.model import Document, StrikeEvent
from ceasefire.serve import http, jobs, models, writes
from ceasefire.serve.assets import CompressedAssets
from ceasefire.serve.cache import AnswerCache, CachedAnswers
from ceasefire.serve.gate import Gate
from ceasefire.serve.writes import TOKEN_ENV
from ceasefire.store import EventSelection, Ledger, Listed
from ceasefire.store.tables import place_fields

STATIC = FilePath(__file__).parent / "static"  # the dashboard: shipped files, no build step
TAGS = [
    {"name": "documents", "description": "The reports stored in the ledger."},
    {"name": "events", "description": "Strike events fused from the reports, with every claim."},
    {"name": "ceasefire", "description": "Truce positions, terms in force, alleged violations."},
    {"name": "process", "description": "Prisoner exchanges, meetings and calls."},
    {"name": "series", "description": "The timeline and the map of places hit."},
    {"name": "nights", "description": "One night's strikes, each claimant's figures side by "
                                      "side, and the truce terms in force."},
    {"name": "search", "description": "Documents and events that hold some words."},
]
ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": models.Error, "description": "A parameter is not valid."},
    503: {"model": models.Error, "description": "The ledger cannot be read now."},
}
AS_CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with `Accept: text/csv` or "
                                                      "`?format=csv`."},
}

# Query parameters shared by the routes.
Format = Annotated[Literal["json", "csv"] | None, Query(
    alias="format", description="json or csv (default: by the Accept header, else json).")]


def _iso_day(value: object) -> object:
    # pydantic's lax mode would also take "0" as seconds since 1970: only YYYY-MM-DD is a day
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected a day as YYYY-MM-DD")
    return value


Day = Annotated[dt.date, BeforeValidator(_iso_day)]
Since = Annotated[Day | None, Query(description="On or after this day (YYYY-MM-DD).")]
LanguageCode = Annotated[Literal["en", "uk", "ru"] | None, Query(
    description="Only documents in this language: en (English), uk (Ukrainian), ru (Russian).")]
Until = Annotated[Day | None, Query(description="On or before this day (YYYY-MM-DD).")]
if TYPE_CHECKING:
    SideCode: TypeAlias = str
    WeaponName: TypeAlias = str
    TargetTypeName: TypeAlias = str
else:  # the lists the filters take, as enums in the schema (filters.py)
    SideCode = Literal[filters.sides()]
    WeaponName = Literal[filters.WEAPONS]
    TargetTypeName = Literal[filters.TARGET_TYPES]
Attacker = Annotated[SideCode | None, Query(
    description="Only strikes by this side (two letters, upper case: UA, RU, …).")]
TargetCountry = Annotated[SideCode | None, Query(
    description="Only strikes on this side's territory (two letters, upper case).")]
Weapon = Annotated[WeaponName | None, Query(description="Only events with this weapon.")]
TargetType = Annotated[TargetTypeName | None, Query(
    description="Only events that hit this type of target.")]
_TEXT = r"^[^\x00-\x1f\x7f]*$"  # no control characters: nothing a name holds
PlaceName = Annotated[str | None, Query(max_length=200, pattern=_TEXT,
                                        description="Part of a place's or region's name.")]
PlaceExact = Annotated[str | None, Query(max_length=200, pattern=_TEXT, description=(
    "A place's or region's whole name, any case (a map's place or region)."))]
Claimant = Annotated[str | None, Query(max_length=200, pattern=_TEXT,
                                       description="Part of a claimant's (or outlet's) name.")]
SearchQuery = Annotated[str, Query(
    alias="q", min_length=1, max_length=search.MAX_QUERY, pattern=_TEXT,
    description='Words to find (each must be found, any case); "quoted phrases" allowed.')]
Limit = Annotated[int | None, Query(
    ge=1, le=1000, description="Items per page (1 to 1000; default 100). As CSV without "
                               "limit: every item from offset on, in one streamed response.")]
TimelineLimit = Annotated[int | None, Query(
    ge=1, le=1000, description="Rows per page (1 to 1000; default 1000). As CSV without "
                               "limit: every row from offset on.")]
SearchLimit = Annotated[int | None, Query(ge=1, le=1000, description="Items per page of each "
                                                                    "list (default 20).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")]


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters a route takes, its dependencies' included."""
    names = {field.alias for field in dependant.query_params}
    for needed in dependant.dependencies:
        names |= _query_names(needed)
    return names


def _route_parameters(route: Any) -> frozenset[str]:
    """``_query_names`` of the route, worked out once and kept on it (routes are not
    hashable, so no cache can hold them)."""
    known: frozenset[str] | None = getattr(route, "ceasefire_parameters", None)
    if known is None:
        known = frozenset(_query_names(route.dependant))
        route.ceasefire_parameters = known
    return known


async def known_parameters(request: Request) -> None:
    """A query parameter the route does not take is a 422 that names it (a typo, or a filter
    it lacks, would otherwise be ignored and answer everything); so is one given twice (each
    takes one value, and which one counts would be a guess)."""
    route = request.scope.get("route")
    if getattr(route, "dependant", None) is None:
        return
    known = _route_parameters(route)
    problems = []
    for name in dict.fromkeys(request.query_params):
        if name not in known:
            takes = ", ".join(sorted(known)) or "none"
            problems.append((name, filters.RETIRED.get(name) or f"is not a parameter of "
                             f"{getattr(route, 'path', 'this path')}, which takes: {takes}"))
        elif len(request.query_params.getlist(name)) > 1:
            problems.append((name, "is given more than once; give it once"))
    if problems:
        raise RequestValidationError([{"loc": ("query", name), "type": "extra_forbidden",
                                       "msg": message} for name, message in problems])


router = APIRouter(prefix="/api", responses=ERRORS, dependencies=[Depends(known_parameters)])


def create_app(db: str | None = None, *, write_token: str | None = None,
               allow_private: bool = False, fetch_policy: FetchPolicy | None = None) -> FastAPI:
    """The API over the ledger at ``db`` (None: ``$CEASEFIRE_DB``, else the default file).

    Writes are allowed only with a token: ``write_token``, else ``$CEASEFIRE_API_TOKEN``
    (a ValueError if no client could send it: ``writes.token_problem``).
    URL lists are fetched with ``fetch_policy`` (default: ``FetchPolicy()``), from public
    addresses only unless ``allow_private``.
    """
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.jobs.close()
        app.state.gate.close()  # no DuckDB call left in a thread when the process exits

    app = FastAPI(
        lifespan=lifespan,
        title="Ceasefire Monitor API", version=package_version("ceasefire"),
        description="Strike events with every claim side by side, truce terms and alleged "
                    "violations, read from news reports. Every figure carries its sentence.",
        openapi_tags=TAGS, docs_url=None, redoc_url=None)  # the docs UIs need CDN scripts
    app.state.db = db
    app.state.write_token = write_token or os.environ.get(TOKEN_ENV) or None
    problem = writes.token_problem(app.state.write_token)
    if problem:
        raise ValueError(problem)
    app.state.gate = Gate(db)
    app.state.searching = 0  # searches under way (see _search_turn)
    app.state.jobs = _jobs(app, allow_private, fetch_policy)
    app.add_middleware(writes.WriteGuard)  # before install: inside the security headers
    http.install(app)
    app.add_middleware(CachedAnswers, cache=AnswerCache(db))  # outside the security headers
    app.add_middleware(CompressedAssets)  # the page and /static gzipped; never /api
    app.include_router(router)
    app.include_router(writes.router, dependencies=[Depends(known_parameters)])
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        """The dashboard's page; its script and style are files under /static."""
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app


def _jobs(app: FastAPI, allow_private: bool, policy: FetchPolicy | None) -> jobs.Jobs:
    def fetch(urls: list[str]) -> Iterator[Document | Rejection]:
        return fetch_documents(urls, allow_private=allow_private, policy=policy)

    def store(document: Document) -> dict[str, Any]:
        return writes.store_document(app.state.db, app.state.gate, document, fuse=False)

    def fuse() -> int:
        return writes.fuse_stored(app.state.db, app.state.gate)

    return jobs.Jobs(fetch, store, fuse, writes.NOT_STORED)


async def _ledger(request: Request) -> AsyncIterator[Ledger]:
    # In the event loop where that needs no wait: a worker thread costs ~0.3 ms each way.
    gate: Gate = request.app.state.gate
    ledger = gate.enter_now()
    if ledger is None:
        ledger = await run_in_threadpool(gate.enter)
    try:
        yield ledger
    finally:
        if gate.shares:
            gate.leave(ledger)  # a cursor
        else:
            await run_in_threadpool(gate.leave, ledger)  # a connection to a server


Reader = Annotated[Ledger, Depends(_ledger)]


async def _event_query(since: Since = None, until: Until = None, attacker: Attacker = None,
                       target_country: TargetCountry = None, weapon: Weapon = None,
                       target_type: TargetType = None, place: PlaceName = None,
                       claimant: Claimant = None, at: PlaceExact = None) -> EventSelection:
    # async: FastAPI runs a plain function in a worker thread
    return EventSelection(since, until, attacker, target_country, weapon, target_type, place,
                          claimant, at)


Events = Annotated[EventSelection, Depends(_event_query)]  # filtered by the database


PAGE = 100  # a JSON list's items without ?limit=
BATCH = 1000  # events read at a time for a whole CSV


def _rows(request: Request, response: Response, rows: Sequence[Any], fmt: str | None,
          limit: int | None, offset: int, model: type[BaseModel]) -> Any:
    """A page of ``rows`` as JSON (``limit`` default ``PAGE``), or as CSV (every row from
    ``offset`` without a limit); the total before paging is in the body and in
    ``X-Total-Count``."""
    if http.wants_csv(request, fmt):
        shown = rows[offset:] if limit is None else rows[offset:offset + limit]
        return http.csv_stream([shown], _columns(shown, model), total=len(rows))
    limit = limit or PAGE
    return _page(response, len(rows), rows[offset:offset + limit], limit, offset)


def _columns(rows: Sequence[views.Row], model: type[BaseModel]) -> list[str]:
    """A CSV's header: the rows' keys, or the model's fields when there is no row."""
    return list(rows[0]) if rows else list(model.model_fields)


def _page(response: Response, total: int, items: Sequence[Any], limit: int, offset: int
          ) -> Any:
    """One page of JSON, ``items``, of ``total`` items."""
    response.headers["X-Total-Count"] = str(total)
    return {"total": total, "limit": limit, "offset": offset, "items": list(items)}


# --- documents ------------------------------------------------------------------------------

@router.get("/documents", tags=["documents"], response_model=models.Page[models.DocumentRow],
            responses=AS_CSV)
def documents(request: Request, response: Response, ledger: Reader, since: Since = None,
              until: Until = None, language: LanguageCode = None, limit: Limit = None,
              offset: Offset = 0, fmt: Format = None) -> Any:
    """The current documents, by id; ``since``/``until`` filter on the publication date,
    ``language`` on the language they are written in."""
    as_csv = http.wants_csv(request, fmt)
    if not as_csv:
        limit = limit or PAGE
    total, shown = ledger.document_page(since, until, limit=limit, offset=offset,
                                        language=language)
    rows = [_document_row(d) for d in shown]
    if as_csv:
        return http.csv_stream([rows], _columns(rows, models.DocumentRow), total)
    return _page(response, total, rows, limit or PAGE, offset)


@router.get("/documents/{document}", tags=["documents"], response_model=models.DocumentText,
            responses={404: {"model": models.Error}})
def document(ledger: Reader, document: Annotated[str, Path(max_length=200)]) -> Any:
    """One current document with its text (claims' ``start``/``end`` are offsets into it)."""
    found = ledger.current_document(document)
    if found is None:
        raise HTTPException(404, f"no document {document!r}; list them at /api/documents")
    return {**_document_row(found), "text": ledger.texts([found])[found.id]}


def _document_row(d: Any) -> views.Row:
    return {"document": d.name, "title": d.title, "source": d.source, "url": d.url,
            "language": d.language, "published": d.published, "version": d.version,
            # stored as naive UTC; RFC 3339 (the schema's date-time) needs the offset
            "ingested_at": d.ingested_at.replace(tzinfo=dt.UTC)}


# --- events ---------------------------------------------------------------------------------

@router.get("/events", tags=["events"], response_model=models.Page[models.Event],
            responses=AS_CSV)
def events(request: Request, ledger: Reader, where: Events, limit: Limit = None,
           offset: Offset = 0, fmt: Format = None) -> Any:
    """Strike events by date, with their best figures, weapons, target types, claimants and
    first places (all of them on the event's page); CSV has ``/api/strikes``' columns, and
    holds every event selected unless ``limit`` is given."""
    if http.wants_csv(request, fmt):  # the flat rows, in their own order
        return _strikes_csv(ledger, where, limit, offset)
    total, shown = ledger.event_page(where, order="date", limit=limit or PAGE, offset=offset)
    return http.json_page(total, limit or PAGE, offset, [_listed_json(e) for e in shown])


@router.get("/events/{event_id}", tags=["events"], response_model=models.EventPage,
            responses={**AS_CSV, 404: {"model": models.Error}})
def event(request: Request, ledger: Reader, event_id: Annotated[str, Path(max_length=64)],
          fmt: Format = None) -> Any:
    """One event with every place it hit: every claim side by side (claimant, figure, outlet,
    date, sentence), the low/best/high estimates derived from them, and its sources. CSV: the
    claim rows."""
    found = ledger.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}; list them at /api/events")
    claims = found.claims  # in their stored order, as ledger.claims gives them
    fixed = [c for c in corrections.rows(ledger) if c["status"] == "applied"
             and event_id in (c["now"] or "").split(", ")]
    if http.wants_csv(request, fmt):
        return http.csv_response(views.claim_rows(claims, found.estimates, found.sources)
                                 + views.correction_rows(fixed, event_id))
    return http.json_response({  # plain JSON values: as the model would write them
        "event": _event(found), "claims": views.claim_rows(claims, (), found.sources),
        "corrections": fixed,
        "estimates": [vars(e) for e in found.estimates],
        "sources": [{"document": s.document_id, "outlet": s.outlet, "language": s.language,
                     "published": _iso(s.published),
                     "sentence": s.evidence.sentence if s.evidence else None,
                     "start": s.evidence.start if s.evidence else None,
                     "end": s.evidence.end if s.evidence else None,
                     "url": s.url, "copy_of": s.copy_of} for s in found.sources]})


def _event(event: StrikeEvent) -> dict[str, Any]:
    """An event as its page shows it: a list's item with every place."""
    return {**_listed(Listed.of(event)), "places": [place_fields(p) for p in event.places]}


def _listed(listed: Listed) -> dict[str, Any]:
    """An event as a list shows it (``models.Event``), in plain JSON values."""
    weapons, target_types, places, claimants = listed.lists()
    return {"event": listed.id, "date": _iso(listed.date), "attacker": listed.attacker,
            "target_country": listed.target_country, "weapons": weapons, "places": places,
            "place_count": listed.place_count, "target_types": target_types,
            **{m: getattr(listed, m) for m in views.TIMELINE_METRICS},
            "claimants": claimants, "sources": listed.sources}


def _listed_json(listed: Listed) -> str:
    """``_listed`` as JSON text, with the arrays spliced in as the ledger keeps them: parsing
    and writing them again took ~5 ms of the ~9 ms a page of 100 events cost (100,000-article
    ledger); this takes 0.3 ms."""
    return (f'{{"event":{_text(listed.id)},"date":{_text(_iso(listed.date))},'
            f'"attacker":{_text(listed.attacker)},'
            f'"target_country":{_text(listed.target_country)},"weapons":{listed.weapons},'
            f'"places":{listed.places},"place_count":{listed.place_count:d},'
            f'"target_types":{listed.target_types},"launched":{_number(listed.launched)},'
            f'"intercepted":{_number(listed.intercepted)},"killed":{_number(listed.killed)},'
            f'"injured":{_number(listed.injured)},"claimants":{listed.claimants},'
            f'"sources":{listed.sources:d}}}')


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)  # as json.dumps writes it


def _number(value: float | None) -> str:
    if value is None:
        return "null"
    if not math.isfinite(value):  # as json.dumps(allow_nan=False)
        raise ValueError(f"{value} is not a JSON number")
    return float.__repr__(value)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _strike_rows(ledger: Ledger, shown: Sequence[Listed]) -> list[views.Row]:
    """Flat rows of a page of events, each with the names of all its places."""
    return views.listed_rows(shown, ledger.place_names([e.id for e in shown]))


def _strikes_csv(ledger: Ledger, where: EventSelection, limit: int | None, offset: int) -> Any:
    """The flat rows as CSV: one page with ``limit``, else every event from ``offset`` on,
    read ``BATCH`` at a time while the response is sent."""
    total = ledger.count_events(where)
    end = total if limit is None else min(total, offset + limit)

    def batches() -> Iterator[list[views.Row]]:
        for start in range(offset, end, BATCH):
            _, shown = ledger.event_page(where, order="row", limit=min(BATCH, end - start),
                                         offset=start)
            yield _strike_rows(ledger, shown)

    return http.csv_stream(batches(), views.EVENT_ROW_COLUMNS, total)


@router.get("/strikes", tags=["events"], response_model=models.Page[models.StrikeRow],
            responses=AS_CSV)
def strikes(request: Request, response: Response, ledger: Reader, where: Events,
            limit: Limit = None, offset: Offset = 0, fmt: Format = None) -> Any:
    """Strike events as flat rows: the columns of ``ceasefire events`` and CSV exports (as
    CSV, every event selected unless ``limit`` is given)."""
    if http.wants_csv(request, fmt):
        return _strikes_csv(ledger, where, limit, offset)
    total, shown = ledger.event_page(where, order="row", limit=limit or PAGE, offset=offset)
    return _page(response, total, _strike_rows(ledger, shown), limit or PAGE, offset)


# --- ceasefire ------------------------------------------------------------------------------

@router.get("/agreements", tags=["ceasefire"], response_model=models.Page[models.PositionRow],
            responses=AS_CSV)
def agreements(request: Request, response: Response, ledger: Reader, limit: Limit = None,
               offset: Offset = 0, fmt: Format = None) -> Any:
    """Truce positions: one per stance taken (proposed, agreed, rejected, ...), with sources."""
    return _rows(request, response, views.position_rows(ledger.positions()), fmt, limit, offset,
                 models.PositionRow)


@router.get("/terms", tags=["ceasefire"], response_model=models.Page[models.TermRow],
            responses=AS_CSV)
def terms(request: Request, response: Response, ledger: Reader,
          on: Annotated[Day | None, Query(description="Only the terms in force that day.")]
          = None, limit: Limit = None, offset: Offset = 0, fmt: Format = None) -> Any:
    """The truce terms built from the agreed positions: scope, parties and period."""
    kept = [t for t in ledger.terms() if on is None or t.in_force_on(on)]
    return _rows(request, response, views.term_rows(kept), fmt, limit, offset, models.TermRow)


@router.get("/violations", tags=["ceasefire"],
            response_model=models.Page[models.ViolationRow], responses=AS_CSV)
def violations(request: Request, response: Response, ledger: Reader, where: Events,
               limit: Limit = None, offset: Offset = 0, fmt: Format = None,
               event: Annotated[str | None, Query(max_length=64, description=(
                   "Only the violations about this strike event (its id)."))] = None,
               term: Annotated[str | None, Query(max_length=64, description=(
                   "Only the violations of this truce term (its id)."))] = None) -> Any:
    """Strikes inside a term's scope and period, and accusations, each with its reason; the
    filters are those of events, on the strike, and ``event`` and ``term``."""
    # One page, chosen by the database: reading every violation and its events took 28 s
    # on a ledger of 100,000 articles.
    about = {"event": event, "term": term}
    if http.wants_csv(request, fmt):
        total, rows = ledger.violation_page(where, limit=limit, offset=offset, **about)
        return http.csv_stream([rows], _columns(rows, models.ViolationRow), total=total)
    limit = limit or PAGE
    total, rows = ledger.violation_page(where, limit=limit, offset=offset, **about)
    return _page(response, total, rows, limit, offset)


# --- exchanges and talks --------------------------------------------------------------------

@router.get("/corrections", tags=["ceasefire"], response_model=list[models.CorrectionRow])
def correction_list(ledger: Reader) -> Any:
    """An analyst's corrections with who, when and why, each beside the machine's reading,
    and what the last fusion made of it: applied (to which id now) or stale (why)."""
    return corrections.rows(ledger)


@router.get("/exchanges", tags=["process"], response_model=models.Page[models.ExchangeRow],
            responses=AS_CSV)
def exchanges(request: Request, response: Response, ledger: Reader, since: Since = None,
              until: Until = None, limit: Limit = None, offset: Offset = 0,
              fmt: Format = None) -> Any:
    """Prisoner exchanges and repatriations of bodies (undated ones only without dates)."""
    rows = views.exchange_rows(ledger.exchanges(), since, until)
    return _rows(request, response, rows, fmt, limit, offset, models.ExchangeRow)


@router.get("/talks", tags=["process"], response_model=models.Page[models.TalksRow],
            responses=AS_CSV)
def talks(request: Request, response: Response, ledger: Reader, since: Since = None,
          until: Until = None, limit: Limit = None, offset: Offset = 0,
          fmt: Format = None) -> Any:
    """Meetings and calls (undated ones only without dates)."""
    rows = views.talks_rows(ledger.talks(), since, until)
    return _rows(request, response, rows, fmt, limit, offset, models.TalksRow)


# --- series ---------------------------------------------------------------------------------

@router.get("/timeline", tags=["series"], response_model=models.Page[models.TimelineRow],
            responses=AS_CSV)
def timeline(request: Request, ledger: Reader, where: Events, limit: TimelineLimit = None,
             offset: Offset = 0, fmt: Format = None) -> Any:
    """Per day and attacking side: events, and the sums of their best figures launched,
    intercepted, killed and injured (null where no event of the day gives the figure). JSON:
    1000 rows without ``limit``; CSV: every row."""
    sums = ledger.timeline(where)
    if http.wants_csv(request, fmt):
        rows = views.timeline_from_sums(sums)
        shown = rows[offset:] if limit is None else rows[offset:offset + limit]
        return http.csv_stream([shown], views.TIMELINE_ROW_COLUMNS, len(rows))
    limit = limit or 1000
    ordered = views.timeline_order(sums)
    return http.json_page(len(ordered), limit, offset,
                          [_timeline_json(s) for s in ordered[offset:offset + limit]])


def _timeline_json(sums: Sequence[Any]) -> str:
    """One of ``views.timeline_from_sums``' rows as JSON text, written directly: building the
    dicts and dumping them took ~4 ms of a year's timeline (~370 rows), this ~1 ms."""
    day, side, count, *figures = sums
    return (f'{{"date":"{day.isoformat()}","attacker":{_text(side or "?")},'
            f'"events":{int(count):d},'
            + ",".join(f'"{c}":{_number(None if v is None else float(v))}' for c, v in zip(
                views.TIMELINE_COLUMNS, figures, strict=True)) + "}")


@router.get("/places", tags=["series"], response_model=models.FeatureCollection,
            responses={200: {"content": {"application/geo+json": {}, "text/csv": {}},
                             "description": "GeoJSON, or CSV (one row per point)."}})
def places(request: Request, ledger: Reader, where: Events, fmt: Format = None,
           per: Annotated[Literal["event", "place"], Query(
               description="event: a point per place of each event; place: a point per place "
                           "with its counts of events and hits, and the collection's "
                           "`regions` (events with a hit per region), as the map draws "
                           "them.")] = "event") -> Any:
    """The places hit: a GeoJSON FeatureCollection, one point per place of each event (or per
    place, ``per=place``)."""
    if per == "place":
        return _places_per_place(request, ledger, where, fmt)
    collection = export.geojson(ledger.mapped_events(where))
    if http.wants_csv(request, fmt):
        rows = [{**f["properties"], "target_types": ", ".join(f["properties"]["target_types"]),
                 "lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1]}
                for f in collection["features"]]
        return http.csv_stream([rows], list(rows[0]) if rows else export.GEOJSON_COLUMNS,
                               len(rows))
    return collection


def _places_per_place(request: Request, ledger: Ledger, where: EventSelection,
                      fmt: str | None) -> Any:
    # Not through the response model, which would drop the collection's "regions".
    collection = export.geojson_per_place(ledger.mapped_events(where))
    if not http.wants_csv(request, fmt):
        return JSONResponse(collection)
    rows = [{**f["properties"], "attackers": ", ".join(f["properties"]["attackers"]),
             "lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1]}
            for f in collection["features"]]
    return http.csv_stream([rows], export.PLACE_COLUMNS, len(rows))


# --- nights ---------------------------------------------------------------------------------

NightDay = Annotated[Day, Path(description="The morning the night ends (YYYY-MM-DD): the night "
                                           "of 7 to 8 March 2025 is 2025-03-08.")]


@router.get("/nights", tags=["nights"], response_model=models.Page[models.NightSummary])
def night_list(response: Response, ledger: Reader, limit: Limit = None,
               offset: Offset = 0) -> Any:
    """The nights with strikes, newest first, each named by the morning it ends (the date the
    readers give an attack "overnight"): how many events, by which attacking sides."""
    rows = nights.night_list(ledger)
    limit = limit or PAGE
    return _page(response, len(rows), rows[offset:offset + limit], limit, offset)


@router.get("/nights/{night}", tags=["nights"], response_model=models.Night)
def night(ledger: Reader, night: NightDay) -> Any:
    """One night: per attacking side, its events, the sums of their best figures (launched,
    intercepted, hit, killed, injured) and every claimant's figures side by side, each with
    its sentence; the truce terms in force; the nights before and after with strikes. A
    night without strikes is an answer with no attacks (its terms, and the nights around it),
    not an error."""
    return nights.night(ledger, night, ledger.terms())


# --- search ---------------------------------------------------------------------------------

# A search reads every current document's text once per term: its cost is bounded by the
# number of terms, the searches under way at once (more are refused at once, 503, rather than
# queued on the worker threads every request needs) and a time budget (503 beyond it).

async def _search_terms(query: SearchQuery) -> list[str]:
    """The terms of ``q``: 422 beyond ``search.MAX_TERMS`` (before the ledger is opened)."""
    terms = search.terms(query)
    if len(terms) > search.MAX_TERMS:
        raise HTTPException(422, f"query parameter 'q' holds {len(terms)} terms: a search "
                                 f"takes at most {search.MAX_TERMS}; keep the most specific")
    return terms


async def _search_turn(request: Request) -> AsyncIterator[None]:
    """One of ``search.AT_ONCE`` searches at once, or 503 at once (in the event loop: the
    count needs no lock)."""
    state = request.app.state
    if state.searching >= search.AT_ONCE:
        raise HTTPException(503, f"{search.AT_ONCE} searches are under way, the most this "
                                 "server runs at once: try again in a moment",
                            headers={"Retry-After": "1"})
    state.searching += 1
    try:
        yield
    finally:
        state.searching -= 1


@router.get("/search", tags=["search"], response_model=models.SearchResults)
def search_ledger(terms: Annotated[list[str], Depends(_search_terms)],
                  _turn: Annotated[None, Depends(_search_turn)], ledger: Reader,
                  query: SearchQuery, limit: SearchLimit = None, offset: Offset = 0) -> Any:
    """Events whose places, claimants or attacker match every term, and current documents
    whose title, text, outlet or URL hold every term, each with a snippet around the first
    match and its offsets (one page of each list). At most 8 terms; 503 when the server runs
    as many searches as it may at once, or when one takes longer than its time budget."""
    # a q of only punctuation holds no term and finds nothing, like any search that matches
    # nothing.
    limit = limit or 20
    if not terms:
        return {"query": query, "terms": [], "events": http.page([], limit, offset),
                "documents": http.page([], limit, offset)}
    with ledger.time_limit(search.SECONDS):
        found = sorted(ledger.find_events([(t, search.sides(t)) for t in terms]),
                       key=lambda e: (e.date or dt.date.min, e.id), reverse=True)
        documents = ledger.find_documents(terms)
        shown = documents[offset:offset + limit]
        texts = ledger.texts(shown)
    hits = [_document_hit(d, search.snippet(texts[d.id], terms)) for d in shown]
    events = http.page(found, limit, offset)
    return {"query": query, "terms": terms,
            "events": {**events, "items": [_listed(Listed.of(e)) for e in events["items"]]},
            "documents": {**http.page(documents, limit, offset), "items": hits}}


def _document_hit(d: Any, found: search.Snippet) -> dict[str, Any]:
    def span(at: tuple[int, int] | None) -> dict[str, int] | None:
        return {"start": at[0], "end": at[1]} if at else None

    return {**_document_row(d), "snippet": found.text, "highlight": span(found.highlight),
            "match": span(found.match)}
