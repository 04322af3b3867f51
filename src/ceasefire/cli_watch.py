"""`ceasefire watch`: poll feeds (or folders, pages) and report what is new in the ledger.

Each poll is an ordinary ingest of the feeds (items already stored come back "unchanged" and
are not read again), then the events and alleged violations that were not in the ledger
before the poll are printed, one line each, on stdout. A poll that fails because another
process holds the DuckDB file, the PostgreSQL server restarts or the disk is full says so in
one line, and the next poll tries again (what the failed poll committed is kept).
"""
from __future__ import annotations

import re
import time
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from ceasefire import errors, views
from ceasefire.cli import AllowPrivate, FollowLinks, Inputs, ingest_into
from ceasefire.cli_queries import Db
from ceasefire.show import console
from ceasefire.store import WRITER_WAIT, Ledger

_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)")
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}
MIN_EVERY = 10.0  # seconds: politeness to the outlets polled


# What may pass by the next poll: another process holding the DuckDB file, a PostgreSQL
# server restarting, a full disk. A poll that fails on one stored what it committed.
_PASSING = (errors.StoreInUse, errors.StoreConnectionLost, errors.StoreRefused,
            errors.StoreDiskFull)


def parse_every(value: str) -> float:
    """'10m', '30s', '1h' or seconds -> seconds (at least ``MIN_EVERY``)."""
    match = _EVERY.fullmatch(value.strip().lower())
    if match is None:
        raise typer.BadParameter(f"{value!r} is not a duration: write e.g. 10m, 30s or 1h",
                                 param_hint="--every")
    seconds = float(match.group(1)) * _SECONDS[match.group(2)]
    if seconds < MIN_EVERY:
        raise typer.BadParameter(f"{value!r} is too often: poll at most every "
                                 f"{MIN_EVERY:.0f} seconds", param_hint="--every")
    return seconds


def watch(
    feeds: Annotated[list[str], typer.Argument(
        metavar="FEED...", show_default=False,
        help="Feeds to poll: URLs (http, https) or files and folders.")],
    db: Db = None,
    every: Annotated[str, typer.Option(
        "--every", metavar="DURATION", help="Time between polls: 10m, 30s, 1h.")] = "10m",
    once: Annotated[bool, typer.Option(
        "--once", help="Poll once and stop (for cron).")] = False,
    allow_private: AllowPrivate = False,
    follow_links: FollowLinks = False,
) -> None:
    """Poll FEEDs every --every, ingest their new items, and print the new events and the new
    alleged violations as they appear. Ctrl-C stops between polls and during one (what was
    stored is kept)."""
    seconds = parse_every(every)
    urls = [f for f in feeds if re.match(r"(?i)https?://", f)]
    paths = [f for f in feeds if f not in urls]
    inputs = Inputs.of(paths, urls, None, None, allow_private, follow_links)
    out = console(highlight=False, soft_wrap=True)
    err = console(stderr=True, highlight=False, soft_wrap=True)
    try:
        polled = False
        while True:
            try:
                _poll(db, inputs, out, err)
                polled = True
            except _PASSING as error:
                if once or not polled:  # a wrong --db shows at once, not every 10 minutes
                    raise
                err.print(Text.assemble(
                    (time.strftime('%H:%M:%S '), ""), ("error", "bold red"),
                    f": {error.where}: {error.problem}; trying again at the next poll"))
            if once:
                return
            time.sleep(seconds)
    except KeyboardInterrupt:
        err.print("stopped: what was stored is kept")
    except (errors.StoreError, errors.WorkersFailed) as error:
        err.print(Text.assemble(("error", "bold red"), f": {error}"))
        raise typer.Exit(1) from None


def _poll(db: str | None, inputs: Inputs, out: Console, err: Console) -> None:
    with Ledger.open(db, wait=WRITER_WAIT) as ledger:
        seen_events = {e.id for e in ledger.events()}
        seen_violations = {(v.event_id, v.term_id, v.kind) for v in ledger.violations()}
        run, _ = ingest_into(ledger, inputs, err)
        events = ledger.events()
        violations = ledger.violations()
        new_events = [e for e in events if e.id not in seen_events]
        new_violations = [v for v in violations
                          if (v.event_id, v.term_id, v.kind) not in seen_violations]
        for row in views.event_rows(new_events):
            out.print(_event_line(row))
        if new_violations:
            terms = ledger.terms()
            for row in views.violation_rows(new_violations, events, terms):
                out.print(f"new alleged violation: {row['date'] or 'undated'} {row['kind']}: "
                          f"{row['reason']}")
    err.print(f"{time.strftime('%H:%M:%S')} {run.tally.summary(len(events))}")


def _event_line(row: views.Row) -> str:
    figures = ", ".join(f"{metric} {row[metric]:g}" for metric in views.TIMELINE_METRICS
                        if row.get(metric) is not None)
    places = row["places"] or "unknown places"
    return (f"new event {row['date'] or 'undated'} {row['attacker'] or '?'} strike on {places}"
            + (f": {figures}" if figures else "")
            + (f" ({row['claimants']})" if row["claimants"] else ""))
