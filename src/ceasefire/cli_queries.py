"""The ledger's query and export commands: events, claims, agreements, violations, timeline,
exchanges, talks, export. Each opens the ledger read-only, asks it, and prints rows (``show``)
or writes a file (``export``). Registered on the app by ``cli.py``.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ceasefire import acled, corrections, errors, export, filters, views
from ceasefire.ingest.language import LANGUAGES
from ceasefire.model import StrikeEvent
from ceasefire.show import OUTPUTS, console, print_rows
from ceasefire.store import EventSelection, Ledger
from ceasefire.views import Row

Db = Annotated[str | None, typer.Option(
    "--db", metavar="URL", envvar="CEASEFIRE_DB", show_default=False,
    help="The ledger (default ./ceasefire.duckdb; also $CEASEFIRE_DB).")]
Since = Annotated[dt.datetime | None, typer.Option(
    formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Only events on or after this day.")]
Until = Annotated[dt.datetime | None, typer.Option(
    formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Only events on or before this day.")]
PublishedSince = Annotated[dt.datetime | None, typer.Option(
    "--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
    help="Only documents published on or after this day.")]
PublishedUntil = Annotated[dt.datetime | None, typer.Option(
    "--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
    help="Only documents published on or before this day.")]


def _language(value: str | None) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(LANGUAGES)} (English, "
                                 "Ukrainian, Russian)")
    return value


LanguageOpt = Annotated[str | None, typer.Option(
    metavar="en|uk|ru", callback=_language,
    help="Only documents in this language: en (English), uk (Ukrainian), ru (Russian).")]


def _vocabulary(name: str) -> Callable[[str | None], str | None]:
    """A typer callback: the value as the filter ``name`` takes it, or a usage error that
    says what is allowed."""
    def check(value: str | None) -> str | None:
        try:
            return filters.checked(name, value)
        except ValueError as problem:
            raise typer.BadParameter(str(problem)) from None
    return check


def _side_is_gone(value: str | None) -> None:
    if value is not None:
        raise typer.BadParameter(
            "this option is gone: it matched the attacker or the target, so in a two-sided war it "
            f"kept every event. Use --attacker {value} (strikes by {value}) or "
            f"--target-country {value} (strikes on {value}'s territory)")


AttackerOpt = Annotated[str | None, typer.Option(
    metavar="CC", callback=_vocabulary("attacker"),
    help="Only strikes by this side (two letters: UA, RU, …).")]
TargetOpt = Annotated[str | None, typer.Option(
    "--target-country", metavar="CC", callback=_vocabulary("target_country"),
    help="Only strikes on this side's territory (two letters).")]
WeaponOpt = Annotated[str | None, typer.Option(
    metavar="WEAPON", callback=_vocabulary("weapon"),
    help=f"Only events with this weapon: {', '.join(filters.WEAPONS)}.")]
TargetTypeOpt = Annotated[str | None, typer.Option(
    "--target-type", metavar="TYPE", callback=_vocabulary("target_type"),
    help=f"Only events that hit this type of target: {', '.join(filters.TARGET_TYPES)}.")]
PlaceOpt = Annotated[str | None, typer.Option(
    metavar="NAME", help="Only events at a place or region whose name contains NAME.")]
ClaimantOpt = Annotated[str | None, typer.Option(
    metavar="NAME", help="Only events with a claim by someone (or an outlet, for its own "
                         "figures) whose name contains NAME.")]
SideOpt = Annotated[str | None, typer.Option(hidden=True, callback=_side_is_gone)]
Fmt = Annotated[str | None, typer.Option(
    "--format", metavar="table|csv|json|jsonl",
    help="Output format (default: a table on a terminal, JSON Lines in a pipe).")]

EVENT_COLUMNS = ("event", "date", "attacker", "places", "target_types", "launched",
                 "intercepted", "killed", "injured", "claimants", "sources")


@contextlib.contextmanager
def _ledger(db: str | None) -> Iterator[Ledger]:
    """The ledger read-only; a store problem is one line on stderr and exit code 1."""
    try:
        with Ledger.open(db, read_only=True) as ledger:
            yield ledger
    except errors.StoreError as error:
        console(stderr=True, highlight=False, soft_wrap=True).print(
            Text.assemble(("error", "bold red"), f": {error}"))
        raise typer.Exit(1) from None


def _where(since: dt.datetime | None, until: dt.datetime | None, attacker: str | None,
           target_country: str | None, weapon: str | None, target_type: str | None,
           place: str | None, claimant: str | None) -> EventSelection:
    return EventSelection(since.date() if since else None, until.date() if until else None,
                          attacker, target_country, weapon, target_type, place, claimant)


def _check_format(fmt: str | None, allowed: tuple[str, ...]) -> None:
    if fmt is not None and fmt not in allowed:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(allowed)}",
                                 param_hint="--format")


def events(db: Db = None, since: Since = None, until: Until = None,
           attacker: AttackerOpt = None, target_country: TargetOpt = None,
           weapon: WeaponOpt = None, target_type: TargetTypeOpt = None, place: PlaceOpt = None,
           claimant: ClaimantOpt = None, fmt: Fmt = None, side: SideOpt = None) -> None:
    """Strike events: one row per real attack, with its best figures and who claims them."""
    _check_format(fmt, OUTPUTS)
    where = _where(since, until, attacker, target_country, weapon, target_type, place, claimant)
    with _ledger(db) as ledger:
        _, shown = ledger.event_page(where, order="row")
        rows = views.listed_rows(shown, ledger.place_names([e.id for e in shown]))
    print_rows(rows, fmt, "strike events", columns=EVENT_COLUMNS if fmt in (None, "table")
               else None, header=views.EVENT_ROW_COLUMNS)


def documents(db: Db = None, since: PublishedSince = None, until: PublishedUntil = None,
              language: LanguageOpt = None, fmt: Fmt = None) -> None:
    """The current documents: outlet, language, publication day and version, by id."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        _, shown = ledger.document_page(*_days(since, until), language=language)
    print_rows(views.document_rows(shown), fmt, "documents",
               header=views.DOCUMENT_ROW_COLUMNS)


def claims(event: Annotated[str, typer.Argument(metavar="EVENT", help="An event id.")],
           db: Db = None, fmt: Fmt = None) -> None:
    """Every claim about one event side by side, with its sentence and the sites that
    republished its report (copies), then low/best/high, then an analyst's corrections."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        found = [e for e in ledger.events() if e.id == event]
        if not found:
            console(stderr=True, soft_wrap=True).print(
                f"error: no event {event!r} in {ledger.where}. List them with `ceasefire events`")
            raise typer.Exit(1)
        rows = views.claim_rows(ledger.claims(event), found[0].estimates, found[0].sources)
        rows += views.correction_rows(corrections.rows(ledger), event)
    print_rows(rows, fmt, f"claims of event {event}")


def agreements(db: Db = None, terms: Annotated[bool, typer.Option(
        "--terms", help="Show the terms in force built from them instead.")] = False,
               fmt: Fmt = None) -> None:
    """Truce positions (one per stance taken, with its sources), or the terms in force."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        if terms:
            print_rows(views.term_rows(ledger.terms()), fmt, "terms in force")
        else:
            print_rows(views.position_rows(ledger.positions()), fmt, "truce positions")


def violations(db: Db = None, since: Since = None, until: Until = None,
               attacker: AttackerOpt = None, target_country: TargetOpt = None,
               weapon: WeaponOpt = None, target_type: TargetTypeOpt = None,
               place: PlaceOpt = None, claimant: ClaimantOpt = None, fmt: Fmt = None,
               side: SideOpt = None) -> None:
    """Strikes inside a term's scope and period, and accusations, each with its reason. The
    filters are those of `events`, on the strike."""
    _check_format(fmt, OUTPUTS)
    where = _where(since, until, attacker, target_country, weapon, target_type, place, claimant)
    with _ledger(db) as ledger:
        # the rows of views.violation_rows, without reading every event with all its sources
        _, rows = ledger.violation_page(where)
    print_rows(rows, fmt, "alleged violations")


def timeline(db: Db = None, since: Since = None, until: Until = None,
             attacker: AttackerOpt = None, target_country: TargetOpt = None,
             weapon: WeaponOpt = None, target_type: TargetTypeOpt = None, place: PlaceOpt = None,
             claimant: ClaimantOpt = None, fmt: Fmt = None, side: SideOpt = None) -> None:
    """Per day and attacking side: launched, intercepted, killed and injured (sums of the
    events' best figures; empty where none of the day's events gives the figure)."""
    _check_format(fmt, OUTPUTS)
    where = _where(since, until, attacker, target_country, weapon, target_type, place, claimant)
    with _ledger(db) as ledger:
        rows = views.timeline_from_sums(ledger.timeline(where))
    print_rows(rows, fmt, "timeline", header=views.TIMELINE_ROW_COLUMNS)


def exchanges(db: Db = None, since: Since = None, until: Until = None, fmt: Fmt = None) -> None:
    """Prisoner exchanges and repatriations of bodies, with their sources."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        rows = views.exchange_rows(ledger.exchanges(), *_days(since, until))
    print_rows(rows, fmt, "exchanges")


def talks(db: Db = None, since: Since = None, until: Until = None, fmt: Fmt = None) -> None:
    """Meetings and calls, with their sources."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        rows = views.talks_rows(ledger.talks(), *_days(since, until))
    print_rows(rows, fmt, "talks")


def _days(since: dt.datetime | None, until: dt.datetime | None
          ) -> tuple[dt.date | None, dt.date | None]:
    return (since.date() if since else None, until.date() if until else None)


def export_(fmt: Annotated[str, typer.Option(
                "--format", metavar="csv|jsonl|parquet|geojson|acled|acled-parquet",
                help="csv, jsonl and parquet hold one row per event; geojson a point per "
                     "place hit; acled (CSV) and acled-parquet ACLED's 31 columns: a row per "
                     "event and place hit, then truce positions, exchanges and talks.")],
            out: Annotated[Path | None, typer.Option(
                "--out", metavar="FILE", help="Where to write (default: stdout; parquet "
                                              "needs a file).")] = None,
            db: Db = None, since: Since = None, until: Until = None,
            attacker: AttackerOpt = None, target_country: TargetOpt = None,
            weapon: WeaponOpt = None, target_type: TargetTypeOpt = None,
            place: PlaceOpt = None, claimant: ClaimantOpt = None, side: SideOpt = None) -> None:
    """Export strike events for notebooks, GIS and ACLED pipelines."""
    _check_format(fmt, ("csv", "jsonl", "parquet", "geojson", "acled", "acled-parquet"))
    if fmt.endswith("parquet") and out is None:
        raise typer.BadParameter("Parquet is binary: give a file with --out", param_hint="--out")
    where = _where(since, until, attacker, target_country, weapon, target_type, place, claimant)
    with _ledger(db) as ledger:
        kept = ledger.events(where)
        rows = _acled(ledger, kept, where) if fmt.startswith("acled") else []
    if fmt == "parquet":
        export.write_parquet(views.event_rows(kept), out)  # type: ignore[arg-type]
    elif fmt == "acled-parquet":
        export.write_parquet(rows, out, acled.COLUMNS)  # type: ignore[arg-type]
    else:
        with _output(out) as stream:
            if fmt == "geojson":
                json.dump(export.geojson(kept), stream, ensure_ascii=False)
                stream.write("\n")
            elif fmt == "acled":
                export.write_rows(rows, "csv", stream, export.ACLED_COLUMNS)
            else:
                export.write_rows(views.event_rows(kept), fmt, stream, views.EVENT_ROW_COLUMNS)


def _acled(ledger: Ledger, events: list[StrikeEvent], where: EventSelection) -> list[Row]:
    """ACLED rows of the events kept, and of the positions, exchanges and talks of the dates
    asked for; a filter on strikes alone (attacker, place, ...) leaves those out."""
    if dataclasses.replace(where, since=None, until=None) != EventSelection():
        return export.acled_rows(events)
    days = (where.since, where.until)
    return export.acled_rows(
        events, [p for p in ledger.positions() if views.dated_within(p.date, *days)],
        [x for x in ledger.exchanges() if views.dated_within(x.record.date, *days)],
        [t for t in ledger.talks() if views.dated_within(t.record.date, *days)])


def serve(db: Db = None, host: Annotated[str, typer.Option(
              metavar="HOST", help="The address to listen on (0.0.0.0: every interface).")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(metavar="PORT", min=1, max=65535,
                                            help="The port to listen on.")] = 8000,
          allow_private: Annotated[bool, typer.Option(
              "--allow-private", help="Let POST /api/urls fetch from loopback and private "
                                      "addresses (your own network).")] = False,
          workers: Annotated[int, typer.Option(
              metavar="N", min=1, max=64,
              help="Serve with N processes, read-only (no $CEASEFIRE_API_TOKEN): each opens "
                   "the ledger read-only while it has requests.")] = 1) -> None:
    """Serve the ledger over HTTP: a REST API with an OpenAPI schema at /openapi.json, and the
    dashboard at /.

    Read-only unless $CEASEFIRE_API_TOKEN is set: then, with `Authorization: Bearer <token>`,
    POST /api/documents stores a document and POST /api/urls fetches and ingests a URL list
    (with one process only: --workers serves read-only).
    """
    from ceasefire.serve import TOKEN_ENV, run, token_problem, workers_problem

    problem = workers_problem(workers)
    if problem:
        raise typer.BadParameter(problem, param_hint="--workers")
    problem = token_problem(os.environ.get(TOKEN_ENV))
    if problem:  # refused at start: else every write would be a 401 without a reason
        console(stderr=True, highlight=False, soft_wrap=True).print(
            Text.assemble(("error", "bold red"), f": {problem}"))
        raise typer.Exit(2)
    with _ledger(db) as ledger:  # a ledger that cannot be read is one line and exit code 1
        shown = ledger.where  # a PostgreSQL URL without its password
    console(stderr=True, highlight=False, soft_wrap=True).print(
        f"serving {shown} at http://{host}:{port}/api "
        f"{f'with {workers} processes, read-only ' if workers > 1 else ''}(Ctrl-C to stop)")
    run(db, host=host, port=port, allow_private=allow_private, workers=workers)


@contextlib.contextmanager
def _output(out: Path | None) -> Iterator[typer.FileTextWrite]:
    if out is None:
        yield sys.stdout  # type: ignore[misc]
        return
    with out.open("w", encoding="utf-8", newline="") as stream:
        yield stream  # type: ignore[misc]


COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("events", events), ("claims", claims), ("documents", documents),
    ("agreements", agreements),
    ("violations", violations), ("timeline", timeline), ("exchanges", exchanges),
    ("talks", talks), ("export", export_), ("serve", serve),
)
