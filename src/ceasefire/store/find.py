"""Search in the ledger: current documents and fused events that contain every search term.

Terms reach the database only as parameters: the SQL is one fixed condition per term, joined
with AND, so a query's text never becomes SQL. ``strpos(lower(column), ?) > 0`` is the same on
DuckDB and PostgreSQL and, unlike LIKE, gives ``%`` and ``_`` in a term no meaning (the
ledger's SQL holds no literal ``%`` either: psycopg would read it as a placeholder).
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from ceasefire.model import StrikeEvent
from ceasefire.store import rebuild
from ceasefire.store.dialect import Connection

# A term is found in a document when it is in one of these columns (a NULL one never matches).
SEARCHED = ("title", "text", "source", "url")


def documents(connection: Connection, terms: Sequence[str]) -> list[rebuild.StoredDocument]:
    """Current documents with every term (lower case) in their title, text, outlet or URL,
    the newest first."""
    one = "(" + " OR ".join(f"strpos(lower({c}), ?) > 0" for c in SEARCHED) + ")"
    params = [term for term in terms for _ in SEARCHED]
    rows = connection.rows(
        f"SELECT {rebuild.DOCUMENT_COLUMNS} FROM documents WHERE superseded_by IS NULL AND "
        + " AND ".join([one] * len(terms))
        + " ORDER BY published DESC NULLS LAST, name, id", params)
    return [rebuild.StoredDocument(*row) for row in rows]


def texts(connection: Connection, keys: Sequence[int]) -> dict[int, str]:
    """The texts of the documents with these ledger keys."""
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return dict(connection.rows(f"SELECT id, text FROM documents WHERE id IN ({marks})", keys))


def events(connection: Connection, terms: Sequence[tuple[str, Collection[str]]]
           ) -> list[StrikeEvent]:
    """Events where every term (lower case) is part of a place's or region's name, of a
    claimant's or outlet's name, or names the attacker (the sides given with it: "russian"
    names RU)."""
    conditions, params = [], []
    for term, sides in terms:
        either = ["id IN (SELECT event_id FROM event_places "
                  "WHERE strpos(lower(name), ?) > 0 OR strpos(lower(admin1), ?) > 0)",
                  "id IN (SELECT event_id FROM event_claims WHERE strpos(lower(claimant), ?) > 0)",
                  # every event has sources, not every one has claims (figures)
                  "id IN (SELECT event_id FROM event_sources WHERE strpos(lower(outlet), ?) > 0)"]
        params += [term] * 4
        if sides:
            either.append(f"attacker IN ({', '.join('?' * len(sides))})")
            params += sorted(sides)
        conditions.append("(" + " OR ".join(either) + ")")
    where = " AND ".join(conditions) or "TRUE"
    return rebuild.events(connection, where, params)
