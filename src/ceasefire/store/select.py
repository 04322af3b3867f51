"""Choosing events in SQL: the filters, pages and sums the API and the CLI ask for.

A request's cost should follow its answer, not the ledger: the filters (dates, a side, part of
a place's or claimant's name) are conditions in SQL, a page is ``ORDER BY … LIMIT … OFFSET``,
and the timeline is summed by the database, each from the rows of ``events`` alone (which keep
what lists, filters and the timeline read: ``tables.LISTED_COLUMNS``, ``SEARCHED_COLUMNS``).
User values travel only as parameters; the SQL text is fixed here. Names match in lower case
(Python's, on both databases) with ``strpos(column, ?) > 0``, so ``%`` and ``_`` are plain
characters.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ceasefire import figures
from ceasefire.model import StrikeEvent
from ceasefire.store import rebuild
from ceasefire.store.dialect import Connection, Row
from ceasefire.store.tables import (
    LISTED_COLUMNS,
    claimant_keys,
    claimant_names,
    document_count,
    listed_columns,
)

# "date": by date (undated first), then id, as the API's event list;
# "row": by date, attacker, then id, as the flat rows of ``views.event_rows``.
Order = Literal["date", "row"]
_ORDER = {"date": "date NULLS FIRST, id",
          "row": "date NULLS FIRST, COALESCE(attacker, ''), id"}


@dataclass(frozen=True)
class Listed:
    """An event as a list shows it, read from its row of ``events`` alone (a night's event of a
    large ledger has thousands of claims and sources, and a hundred places): its weapons, target
    types, first places (``LISTED_PLACES``) and claimants' names ("(outlet)" for an outlet's
    own figures) as the JSON arrays the fused layer keeps (``tables.listed_columns``), how many
    places and documents it has, and its best figures."""

    id: str
    date: dt.date | None
    attacker: str | None
    target_country: str | None
    weapons: str  # JSON arrays, as the API writes them
    target_types: str
    places: str
    place_count: int
    claimants: str
    sources: int  # how many documents report it
    launched: float | None
    intercepted: float | None
    killed: float | None
    injured: float | None

    @classmethod
    def of(cls, event: StrikeEvent) -> Listed:
        """The same, from an event with everything it holds."""
        listed = dict(zip(LISTED_COLUMNS, listed_columns(
            event, claimant_names(event), document_count(event)), strict=True))
        return cls(event.id, event.date, event.attacker, event.target_country,
                   *(listed[c] for c in _LISTED[4:]))

    def lists(self) -> tuple[list[str], list[str], list[dict[str, Any]], list[str]]:
        """The weapons, target types, first places and claimants, parsed."""
        return (json.loads(self.weapons), json.loads(self.target_types),
                json.loads(self.places), json.loads(self.claimants))


# Listed's fields, as columns of ``events``
_LISTED = ("id", "date", "attacker", "target_country", "weapons", "target_types",
           "first_places", "place_count", "claimants", "documents", *figures.METRICS)


@dataclass(frozen=True)
class EventSelection:
    """Which events: all of them unless a filter is given; each filter given must hold.

    ``condition`` says it in SQL (on the ``events`` table alone), ``keeps`` in Python (on an
    event with its places and claims): the tests check that both keep the same events.
    """

    since: dt.date | None = None  # dated on or after (an undated event is not kept)
    until: dt.date | None = None  # dated on or before
    attacker: str | None = None  # the side that struck (two letters, upper case)
    target_country: str | None = None  # the side whose territory was hit
    weapon: str | None = None  # one of the event's weapons (model.VOCABULARIES["weapon"])
    target_type: str | None = None  # one of its target types
    place: str | None = None  # part of a place's or region's name, any case
    claimant: str | None = None  # part of a claimant's name, or the outlet's for its own figures
    at: str | None = None  # a place's or region's whole name, any case (a map's place)

    def condition(self) -> tuple[str, list[Any]]:
        """A condition on the ``events`` table, and its parameters."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        for sql, value in (("date >= ?", self.since), ("date <= ?", self.until),
                           ("attacker = ?", self.attacker),
                           ("target_country = ?", self.target_country)):
            if value is not None:
                where.append(sql)
                params.append(value)
        # weapons and target types are JSON arrays of words without quotes in them: '"drone"'
        # is found in '["drone","missile"]' and not in '["ballistic_missile"]'
        for column, word in (("weapons", self.weapon), ("target_types", self.target_type)):
            if word is not None:
                where.append(f"strpos({column}, ?) > 0")
                params.append(json.dumps(word))
        # in each event's row, one a line (tables.SEARCHED_COLUMNS): no join of its places
        # or claims, which costs DuckDB several milliseconds
        for column, part in (("searched_places", self.place),
                             ("searched_claimants", self.claimant)):
            if not part:
                continue
            if "\n" in part:  # no name holds a line break
                where.append("FALSE")
            else:
                where.append(f"strpos({column}, ?) > 0")
                params.append(part.lower())
        if self.at and "\n" in self.at:
            where.append("FALSE")
        elif self.at:  # a whole line of searched_places
            where.append("strpos(chr(10) || searched_places || chr(10), ?) > 0")
            params.append(f"\n{self.at.lower()}\n")
        return " AND ".join(where), params

    def keeps(self, event: StrikeEvent) -> bool:
        """Does ``condition`` keep this event? The same answer, from the event itself."""
        if (self.since or self.until) and event.date is None:  # as SQL's NULL >= day
            return False
        return all((
            self.since is None or event.date is None or event.date >= self.since,
            self.until is None or event.date is None or event.date <= self.until,
            self.attacker is None or event.attacker == self.attacker,
            self.target_country is None or event.target_country == self.target_country,
            self.weapon is None or self.weapon in event.weapons,
            self.target_type is None or self.target_type in event.target_types,
            not self.place or _within(self.place, (n for p in event.places
                                                   for n in (p.name, p.admin1))),
            not self.claimant or _within(self.claimant, claimant_keys(event)),
            not self.at or any(name and name.lower() == self.at.lower()
                               for p in event.places for name in (p.name, p.admin1)),
        ))


def _within(part: str, names: Iterable[str | None]) -> bool:
    """Is ``part`` (any case) inside one of the names? As ``strpos`` on the searched lines."""
    wanted = part.lower()
    return "\n" not in wanted and any(name and wanted in name.lower() for name in names)


def count(connection: Connection, where: EventSelection) -> int:
    condition, params = where.condition()
    return int(connection.rows(f"SELECT count(*) FROM events WHERE {condition}", params)[0][0])


def page(connection: Connection, where: EventSelection, order: Order, limit: int | None,
         offset: int) -> tuple[int, list[Listed]]:
    """How many events are selected, and one page of them in ``order``, as lists show them:
    one query (a second only to count when the page is past the end)."""
    condition, params = where.condition()
    bounds = " LIMIT ? OFFSET ?" if limit is not None else " OFFSET ?"
    rows = connection.rows(  # the total comes with each row of the page: one query less
        f"SELECT {', '.join(_LISTED)}, count(*) OVER () FROM events "
        f"WHERE {condition} ORDER BY {_ORDER[order]}{bounds}",
        [*params, *([limit] if limit is not None else []), offset])
    total = rows[0][-1] if rows else count(connection, where)
    return int(total), [Listed(*row[:-1]) for row in rows]


def place_names(connection: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    """The names of every place of these events, in order (a list shows only the first)."""
    names: dict[str, list[str]] = {key: [] for key in ids}
    for key, name in connection.rows(
            "SELECT event_id, name FROM event_places WHERE event_id IN (SELECT "
            "unnest(CAST(? AS TEXT[]))) ORDER BY event_id, ordinal", [list(ids)]):
        names[key].append(name)
    return names


def by_id(connection: Connection, ids: Sequence[str]) -> list[StrikeEvent]:
    return rebuild.events(connection, "id IN (SELECT unnest(CAST(? AS TEXT[])))", [list(ids)]
                          ) if ids else []


def selected(connection: Connection, where: EventSelection) -> list[StrikeEvent]:
    """The events selected, by date (undated last), with everything they hold."""
    condition, params = where.condition()
    return rebuild.events(connection, condition, params)


def mapped(connection: Connection, where: EventSelection) -> list[StrikeEvent]:
    """The events selected, by date (undated last), with their places, target types and
    estimates only (no claims or sources): what a map of them shows."""
    condition, params = where.condition()
    return rebuild.events(connection, condition, params, parts=rebuild.MAPPED)


# --- the timeline ---------------------------------------------------------------------------


def timeline(connection: Connection, where: EventSelection) -> list[Row]:
    """Per day and attacking side (None when unknown): the count of dated events, the sums of
    their best figures (``figures.METRICS``) and of their launched and intercepted by kind of
    weapon (``figures.KIND_COLUMNS``), as each event's row keeps them. Unordered. A sum over
    events none of which gives the figure is NULL (unknown), not 0: SQL's SUM skips NULLs and
    is NULL when all are."""
    condition, params = where.condition()
    sums = ", ".join(f"SUM({column})" for column in (*figures.METRICS, *figures.KIND_COLUMNS))
    return connection.rows(
        f"SELECT date, NULLIF(attacker, '') AS side, count(*), {sums} FROM events "
        f"WHERE date IS NOT NULL AND {condition} GROUP BY date, NULLIF(attacker, '')", params)


# --- violations -----------------------------------------------------------------------------

# The order of ``views.violation_rows``: by date (undated first), kind, event, then as stored.
# PostgreSQL compares text by the server's locale unless told otherwise; Python (and DuckDB)
# by code point, which "C" is.
def _violation_order(connection: Connection) -> str:
    by_code = ' COLLATE "C"' if connection.target.kind == "postgresql" else ""
    return f"e.date NULLS FIRST, v.kind{by_code}, v.event_id{by_code}, v.id"


def violation_page(connection: Connection, where: EventSelection, limit: int | None,
                   offset: int, *, event: str | None = None, term: str | None = None
                   ) -> tuple[int, list[dict[str, Any]]]:
    """How many violations are about the events ``where`` selects (all of them, with an
    event or not, when it selects every event), and about ``event`` and ``term`` (ids) when
    given, and one page of them as ``views.violation_rows`` gives them, in its order: the page
    is chosen by the database, and only its events' first sentences and its accusers are
    read (a large ledger has thousands of violations, whose events hold millions of
    sources)."""
    about, params = _violations_about(where, event, term)
    bounds = " LIMIT ? OFFSET ?" if limit is not None else " OFFSET ?"
    rows = connection.rows(
        "SELECT v.id, v.kind, v.term_id, t.scope, v.event_id, e.date, v.accused, v.bound_as, "
        "v.reason, count(*) OVER () FROM violations v "
        "LEFT JOIN events e ON e.id = v.event_id LEFT JOIN terms t ON t.id = v.term_id "
        f"WHERE {about} ORDER BY {_violation_order(connection)}{bounds}",
        [*params, *([limit] if limit is not None else []), offset])
    if not rows:
        total = connection.rows(f"SELECT count(*) FROM violations v WHERE {about}", params)
        return int(total[0][0]), []
    accusers = _accusers(connection, [row[0] for row in rows])
    evidence = _first_sentences(connection, sorted({row[4] for row in rows}))
    return int(rows[0][-1]), [
        {"kind": kind, "term": term, "scope": scope, "event": event,
         "date": day.isoformat() if day else None, "accused": accused, "bound_as": bound_as,
         "accusing": ", ".join(accusers.get(key, [])), "reason": reason,
         "evidence": evidence.get(event)}
        for key, kind, term, scope, event, day, accused, bound_as, reason, _ in rows]


def _violations_about(where: EventSelection, event: str | None, term: str | None
                      ) -> tuple[str, list[Any]]:
    """The condition on ``violations v`` and its parameters."""
    conditions: list[str] = ["TRUE"]
    params: list[Any] = []
    if where != EventSelection():  # else also those whose event the ledger no longer has
        condition, params = where.condition()
        conditions.append(f"v.event_id IN (SELECT id FROM events WHERE {condition})")
    for column, value in (("v.event_id", event), ("v.term_id", term)):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(conditions), params


def _accusers(connection: Connection, keys: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for key, accuser in connection.rows(
            "SELECT violation_id, accuser FROM violation_accusers WHERE violation_id IN "
            "(SELECT unnest(CAST(? AS INTEGER[]))) ORDER BY violation_id, ordinal", [list(keys)]):
        found.setdefault(key, []).append(accuser)
    return found


def _first_sentences(connection: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Each event's first source with evidence (a sentence and its span): its sentence, the
    evidence a violation shows (``views._first_sentence``)."""
    return dict(connection.rows(
        "SELECT s.event_id, s.sentence FROM event_sources s JOIN ("
        "SELECT event_id, min(ordinal) AS first FROM event_sources WHERE event_id IN "
        "(SELECT unnest(CAST(? AS TEXT[]))) AND sentence IS NOT NULL "
        "AND start_char IS NOT NULL AND end_char IS NOT NULL GROUP BY event_id) f "
        "ON s.event_id = f.event_id AND s.ordinal = f.first", [list(ids)]))
