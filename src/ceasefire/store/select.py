"""Choosing events in SQL: the filters, pages and sums the API and the CLI ask for.

A request's cost should follow its answer, not the ledger: the filters (dates, a side, part of
a place's or claimant's name) are conditions in SQL, a page is ``ORDER BY … LIMIT … OFFSET``,
and the timeline is summed by the database. User values travel only as parameters; the SQL
text is fixed here. Names match as in ``find.py``: ``strpos(lower(column), ?) > 0``, so ``%``
and ``_`` are plain characters (on PostgreSQL ``lower()`` follows the database's locale).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ceasefire.model import StrikeEvent
from ceasefire.store import rebuild
from ceasefire.store.dialect import Connection, Row
from ceasefire.store.tables import claimant_names, document_count

# "date": by date (undated first), then id, as the API's event list;
# "row": by date, attacker, then id, as the flat rows of ``views.event_rows``.
Order = Literal["date", "row"]
_ORDER = {"date": "date NULLS FIRST, id",
          "row": "date NULLS FIRST, COALESCE(attacker, ''), id"}


@dataclass(frozen=True)
class Listed:
    """An event as a list shows it: the event without its claims and sources (a night's event
    of a large ledger has thousands), with the names of its claimants ("(outlet)" for an
    outlet's own figures) and how many documents report it."""

    event: StrikeEvent
    claimants: tuple[str, ...]  # sorted
    sources: int

    @classmethod
    def of(cls, event: StrikeEvent) -> Listed:
        """The same, from an event with everything it holds."""
        return cls(event, tuple(claimant_names(event)), document_count(event))


@dataclass(frozen=True)
class EventSelection:
    """Which events: all of them unless a filter is given."""

    since: dt.date | None = None
    until: dt.date | None = None
    side: str | None = None  # the attacker or the target (two letters, any case)
    place: str | None = None  # part of a place's or region's name, any case
    claimant: str | None = None  # part of a claimant's name, or the outlet's for its own figures

    def condition(self) -> tuple[str, list[Any]]:
        """A condition on the ``events`` table, and its parameters."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        for sql, value in (("date >= ?", self.since), ("date <= ?", self.until)):
            if value is not None:
                where.append(sql)
                params.append(value)
        if self.side:
            where.append("(attacker = ? OR target_country = ?)")
            params += [self.side.upper()] * 2
        if self.place:
            where.append("id IN (SELECT event_id FROM event_places WHERE "
                         "strpos(lower(name), ?) > 0 OR strpos(lower(admin1), ?) > 0)")
            params += [self.place.lower()] * 2
        if self.claimant:
            where.append("id IN (SELECT event_id FROM event_claims WHERE strpos(lower("
                         "COALESCE(NULLIF(claimant, ''), NULLIF(outlet, ''), '')), ?) > 0)")
            params.append(self.claimant.lower())
        return " AND ".join(where), params


def count(connection: Connection, where: EventSelection) -> int:
    condition, params = where.condition()
    return int(connection.rows(f"SELECT count(*) FROM events WHERE {condition}", params)[0][0])


def page(connection: Connection, where: EventSelection, order: Order, limit: int | None,
         offset: int) -> tuple[int, list[Listed]]:
    """How many events are selected, and one page of them in ``order``, as lists show them."""
    condition, params = where.condition()
    bounds = " LIMIT ? OFFSET ?" if limit is not None else " OFFSET ?"
    rows = connection.rows(  # the total comes with each row of the page: one query less
        f"SELECT id, date, attacker, target_country, count(*) OVER () FROM events "
        f"WHERE {condition} ORDER BY {_ORDER[order]}{bounds}",
        [*params, *([limit] if limit is not None else []), offset])
    total = rows[0][-1] if rows else count(connection, where)
    return int(total), _listed(connection, [row[:-1] for row in rows])


def _listed(connection: Connection, rows: Sequence[Row]) -> list[Listed]:
    if not rows:
        return []
    ids = [[row[0] for row in rows]]
    mine = "event_id IN (SELECT unnest(CAST(? AS TEXT[])))"
    events = rebuild.events_of(connection, rows, rebuild.LISTED)
    claimants: dict[str, list[str]] = {}
    for key, name in connection.rows(
            f"SELECT event_id, name FROM event_claimants WHERE {mine} ORDER BY event_id, ordinal",
            ids):
        claimants.setdefault(key, []).append(name)
    documents: dict[str, int] = dict(connection.rows(
        f"SELECT event_id, documents FROM event_documents WHERE {mine}", ids))
    return [Listed(e, tuple(sorted(claimants.get(e.id, ()))), int(documents.get(e.id, 0)))
            for e in events]


def one(connection: Connection, event_id: str) -> StrikeEvent | None:
    found = rebuild.events(connection, "id = ?", [event_id])
    return found[0] if found else None


def by_id(connection: Connection, ids: Sequence[str]) -> list[StrikeEvent]:
    return rebuild.events(connection, "id IN (SELECT unnest(CAST(? AS TEXT[])))", [list(ids)]
                          ) if ids else []


def mapped(connection: Connection, where: EventSelection) -> list[StrikeEvent]:
    """The events selected, by date (undated last), with their places, target types and
    estimates only (no claims or sources): what a map of them shows."""
    condition, params = where.condition()
    return rebuild.events(connection, condition, params, parts=rebuild.MAPPED)


# --- the timeline ---------------------------------------------------------------------------

METRICS = ("launched", "intercepted", "killed", "injured")


def timeline(connection: Connection, where: EventSelection,
             kinds: Mapping[str, Sequence[str]]) -> list[Row]:
    """Per day and attacking side (None when unknown): the count of dated events, the sums of
    their best figures (``views.best``: per metric, the larger of the total without a weapon
    and the sum per weapon) and, for each kind of weapon in ``kinds``, the sums of the best
    launched and intercepted estimates of its weapons. Unordered."""
    condition, params = where.condition()
    best, best_params = [], []
    for metric in METRICS:
        best.append("GREATEST(COALESCE(SUM(CASE WHEN metric = ? AND weapon IS NOT NULL "
                    "THEN best END), 0), COALESCE(MAX(CASE WHEN metric = ? AND weapon IS NULL "
                    "THEN best END), 0))")
        best_params += [metric, metric]
    for weapons in kinds.values():
        for metric in ("launched", "intercepted"):
            best.append("SUM(CASE WHEN metric = ? AND weapon IN ("
                        + ", ".join("?" * len(weapons)) + ") THEN COALESCE(best, 0) ELSE 0 END)")
            best_params += [metric, *weapons]
    figures = [f"f{n}" for n in range(len(best))]
    return connection.rows(
        "WITH kept AS (SELECT id, date, NULLIF(attacker, '') AS side "
        f"FROM events WHERE date IS NOT NULL AND {condition}), "
        "figures AS (SELECT event_id, "
        + ", ".join(f"{sql} AS {name}" for sql, name in zip(best, figures, strict=True))
        + " FROM event_estimates WHERE event_id IN (SELECT id FROM kept) GROUP BY event_id) "
        "SELECT k.date, k.side, count(*), "
        + ", ".join(f"COALESCE(SUM(f.{name}), 0)" for name in figures)
        + " FROM kept k LEFT JOIN figures f ON f.event_id = k.id GROUP BY k.date, k.side",
        [*params, *best_params])
