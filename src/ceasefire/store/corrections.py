"""An analyst's corrections in the ledger: the ``corrections`` table, and what the last fusion
made of each (``correction_outcomes``). What a correction does is in ``fuse/corrections.py``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, cast

from ceasefire.fuse.corrections import Correction, Outcome
from ceasefire.fuse.strikes import Day, Undated
from ceasefire.store.dialect import Connection
from ceasefire.store.tables import COLUMNS


def load(connection: Connection) -> list[Correction]:
    """Every correction, in the order they were made, as made (``replaced_since`` then
    leaves out the records of documents replaced since)."""
    rows = connection.rows(f"SELECT {', '.join(COLUMNS['corrections'])} FROM corrections "
                           "ORDER BY id")
    return [Correction(id=int(key), action=action, kind=kind, target=target,
                       anchors=tuple(json.loads(anchors)), field=field, value=value,
                       parts=tuple(json.loads(parts)), analyst=analyst, reason=reason,
                       made_at=made_at)
            for key, made_at, analyst, reason, action, kind, target, field, value, anchors,
            parts in rows]


def row(correction: Correction) -> tuple[Any, ...]:
    c = correction
    return (c.id, c.made_at, c.analyst, c.reason, c.action, c.kind, c.target, c.field, c.value,
            json.dumps(list(c.anchors)), json.dumps(list(c.parts)))


def outcomes(connection: Connection) -> dict[int, Outcome]:
    rows = connection.rows("SELECT correction_id, status, applies_to, machine, note "
                           "FROM correction_outcomes")
    return {int(key): Outcome(int(key), cast(Any, status), applies_to, machine, note)
            for key, status, applies_to, machine, note in rows}


def outcome_rows(found: Sequence[Outcome]) -> list[tuple[Any, ...]]:
    return [(o.correction_id, o.status, o.applies_to, o.machine, o.note) for o in found]


def strike_days(connection: Connection, corrections: Sequence[Correction]) -> set[Day]:
    """The dates of the current strike records that corrections of events name (an undated
    one: the day its document was published, ``Undated``), and the dates they set: the days
    fused again on every refresh, so that each such correction is applied anew (and an event
    moved to another day is replaced there)."""
    named = {r for c in corrections if c.strikes for r in (*c.anchors, *c.parts)}
    documents = sorted({r.rpartition("#")[0] for r in named})
    moved: set[Day] = {dt.date.fromisoformat(c.value) for c in corrections
                       if c.field == "date" and c.value}
    if not documents:
        return moved
    rows = connection.rows(
        "SELECT d.name, s.ordinal, s.date, d.published FROM strikes s JOIN documents d "
        "ON d.id = s.document_id WHERE d.superseded_by IS NULL "
        "AND d.name = ANY(CAST(? AS TEXT[]))", [documents])
    return moved | {Undated(published) if day is None else day
                    for name, ordinal, day, published in rows if f"{name}#{ordinal}" in named}


def replaced_since(connection: Connection, corrections: Sequence[Correction]
                   ) -> list[Correction]:
    """The corrections without the records of documents replaced since each was made (a new
    version's N-th record need not be the one the analyst saw)."""
    named = sorted({r.rpartition("#")[0] for c in corrections
                    for r in (*c.anchors, *c.parts)})
    if not named:
        return list(corrections)
    current: dict[str, dt.datetime] = dict(connection.rows(
        "SELECT name, max(ingested_at) FROM documents WHERE superseded_by IS NULL "
        "AND version > 1 AND name = ANY(CAST(? AS TEXT[])) GROUP BY name", [named]))
    return [c.without({d for d in {r.rpartition("#")[0] for r in (*c.anchors, *c.parts)}
                       if d in current and c.made_at is not None and current[d] > c.made_at})
            for c in corrections]
