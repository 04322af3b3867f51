"""The ledger's schema as an ordered list of named migrations, and the code that applies them.

``schema_version`` holds one row per applied migration. Opening a ledger for writing applies
the missing ones, in order, in one transaction: a database is at one version or the next,
never between. Append new migrations at the end; never edit one that has shipped.

The SQL is the common subset of DuckDB and PostgreSQL. Lists (weapons, parties, conditions,
…) are child tables with an ``ordinal``, so that SQL users can join and filter on them and a
reading rebuilt from the tables keeps its order. Offsets into a document's text are
``start_char`` / ``end_char``. No foreign-key constraints: DuckDB checks them eagerly inside a
transaction, which breaks replacing the fused layer; the store writes parents and children in
one transaction instead, and a test checks that no child lacks its parent.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ceasefire import errors, figures
from ceasefire.store import copies, rebuild
from ceasefire.store.dialect import Connection
from ceasefire.store.tables import (
    LISTED_COLUMNS,
    SEARCHED_COLUMNS,
    listed_columns,
    searched_columns,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    # fills what SQL alone cannot, after the statements, in the same transaction
    backfill: Callable[[Connection], None] | None = None


def _span(prefix: str = "") -> str:
    return f"{prefix}sentence TEXT, {prefix}start_char INTEGER, {prefix}end_char INTEGER"


_PLACE = ("name TEXT NOT NULL, country TEXT, admin1 TEXT, lat DOUBLE PRECISION, "
          "lon DOUBLE PRECISION, kind TEXT, geonameid BIGINT")
_SOURCE = f"document_name TEXT NOT NULL, outlet TEXT, published DATE, {_span()}"

DOCUMENTS_AND_READINGS = Migration(1, "documents and the records read from them", (
    "CREATE SEQUENCE ids",
    # id: the ledger's key of one stored version; name: the document's own id (file name or
    # "id" field). url, else name, says which stored document a new version replaces.
    "CREATE TABLE documents (id BIGINT PRIMARY KEY, name TEXT NOT NULL, url TEXT, title TEXT, "
    "source TEXT, published DATE, content_hash TEXT NOT NULL, text TEXT NOT NULL, "
    "ingested_at TIMESTAMP NOT NULL, version INTEGER NOT NULL, superseded_by BIGINT)",
    "CREATE INDEX documents_content_hash ON documents (content_hash)",
    "CREATE INDEX documents_name ON documents (name)",
    "CREATE INDEX documents_url ON documents (url)",
    "CREATE VIEW current_documents AS SELECT * FROM documents WHERE superseded_by IS NULL",
    "CREATE TABLE strikes (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, "
    "ordinal INTEGER NOT NULL, date DATE, attacker TEXT, target_country TEXT, claimed_by TEXT)",
    "CREATE TABLE strike_weapons (strike_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "weapon TEXT NOT NULL)",
    "CREATE TABLE strike_target_types (strike_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "target_type TEXT NOT NULL)",
    f"CREATE TABLE strike_places (strike_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, {_PLACE})",
    "CREATE TABLE quantities (strike_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "metric TEXT NOT NULL, weapon TEXT, value DOUBLE PRECISION, qualifier TEXT NOT NULL, "
    f"claimant TEXT, {_span()})",
    "CREATE TABLE agreements (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, "
    "ordinal INTEGER NOT NULL, date DATE, scope TEXT NOT NULL, status TEXT NOT NULL, "
    "proposed_by TEXT, duration_days DOUBLE PRECISION)",
    "CREATE TABLE agreement_parties (agreement_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL)",
    "CREATE TABLE agreement_conditions (agreement_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "condition TEXT NOT NULL)",
    "CREATE TABLE exchanges (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, "
    "ordinal INTEGER NOT NULL, date DATE, status TEXT NOT NULL, returned_to_ua BIGINT, "
    "returned_to_ru BIGINT, mediator TEXT)",
    "CREATE TABLE exchange_categories (exchange_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "category TEXT NOT NULL)",
    "CREATE TABLE talks (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, "
    "ordinal INTEGER NOT NULL, date DATE, kind TEXT NOT NULL, place TEXT, "
    "duration_hours DOUBLE PRECISION)",
    "CREATE TABLE talks_parties (talks_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL)",
    # The sentences each record was read from; record_kind: strike | agreement | exchange | talks
    "CREATE TABLE evidence (record_kind TEXT NOT NULL, record_id BIGINT NOT NULL, "
    f"document_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, {_span()})",
    "CREATE INDEX strikes_document ON strikes (document_id)",
    "CREATE INDEX quantities_strike ON quantities (strike_id)",
    "CREATE INDEX evidence_record ON evidence (record_id)",
    "CREATE TABLE rejections (id BIGINT PRIMARY KEY, input TEXT NOT NULL, problem TEXT NOT NULL, "
    "fix TEXT NOT NULL, rejected_at TIMESTAMP NOT NULL)",
))

FUSED_LAYER = Migration(2, "events, positions, exchanges, talks, truce terms and violations", (
    "CREATE TABLE events (id TEXT PRIMARY KEY, date DATE, attacker TEXT, target_country TEXT)",
    "CREATE TABLE event_weapons (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "weapon TEXT NOT NULL)",
    "CREATE TABLE event_target_types (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "target_type TEXT NOT NULL)",
    f"CREATE TABLE event_places (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, {_PLACE})",
    # One figure as one claimant gave it; document_name is documents.name of the source.
    "CREATE TABLE event_claims (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "claimant TEXT, claimant_side TEXT, metric TEXT NOT NULL, weapon TEXT, "
    f"value DOUBLE PRECISION, qualifier TEXT NOT NULL, {_SOURCE})",
    "CREATE TABLE event_estimates (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "metric TEXT NOT NULL, weapon TEXT, low DOUBLE PRECISION, best DOUBLE PRECISION, "
    "high DOUBLE PRECISION, claims INTEGER NOT NULL)",
    "CREATE TABLE event_sources (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    f"{_SOURCE})",
    "CREATE TABLE positions (id TEXT PRIMARY KEY, date DATE, scope TEXT NOT NULL, "
    "status TEXT NOT NULL, proposed_by TEXT, duration_days DOUBLE PRECISION)",
    "CREATE TABLE position_parties (position_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL)",
    "CREATE TABLE position_conditions (position_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "condition TEXT NOT NULL)",
    "CREATE TABLE position_sources (position_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    f"{_SOURCE})",
    # end_date NULL: open-ended (no duration or end reported); the period includes end_date.
    "CREATE TABLE terms (id TEXT PRIMARY KEY, scope TEXT NOT NULL, start_date DATE NOT NULL, "
    "end_date DATE)",
    "CREATE TABLE term_parties (term_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL)",
    "CREATE TABLE term_positions (term_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "position_id TEXT NOT NULL)",
    # kind: alleged_violation | outside_parties | accusation
    "CREATE TABLE violations (id INTEGER PRIMARY KEY, term_id TEXT NOT NULL, "
    "event_id TEXT NOT NULL, kind TEXT NOT NULL, accused TEXT, reason TEXT NOT NULL)",
    "CREATE TABLE violation_accusers (violation_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, "
    "accuser TEXT NOT NULL)",
    # Exchanges and talks told by several reports, each once, with every report as a source.
    "CREATE TABLE fused_exchanges (id TEXT PRIMARY KEY, date DATE, status TEXT NOT NULL, "
    "returned_to_ua BIGINT, returned_to_ru BIGINT, mediator TEXT)",
    "CREATE TABLE fused_exchange_categories (exchange_id TEXT NOT NULL, "
    "ordinal INTEGER NOT NULL, category TEXT NOT NULL)",
    "CREATE TABLE fused_exchange_sources (exchange_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    f"{_SOURCE})",
    "CREATE TABLE fused_talks (id TEXT PRIMARY KEY, date DATE, kind TEXT NOT NULL, place TEXT, "
    "duration_hours DOUBLE PRECISION)",
    "CREATE TABLE fused_talks_parties (talks_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL)",
    "CREATE TABLE fused_talks_sources (talks_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    f"{_SOURCE})",
    # Who gives figures: the claimants of current documents' strikes, with the side fusion
    # assigned them (NULL until fusion has run).
    "CREATE VIEW claimants AS SELECT s.claimed_by AS name, "
    "(SELECT max(c.claimant_side) FROM event_claims c WHERE c.claimant = s.claimed_by) AS side, "
    "count(*) AS strikes, count(DISTINCT s.document_id) AS documents "
    "FROM strikes s JOIN current_documents d ON d.id = s.document_id "
    "WHERE s.claimed_by IS NOT NULL GROUP BY s.claimed_by",
))

_FUSED_TABLES_2 = (  # the fused layer as migration 2 made it
    "events", "event_weapons", "event_target_types", "event_places", "event_claims",
    "event_estimates", "event_sources", "positions", "position_parties", "position_conditions",
    "position_sources", "terms", "term_parties", "term_positions", "violations",
    "violation_accusers", "fused_exchanges", "fused_exchange_categories",
    "fused_exchange_sources", "fused_talks", "fused_talks_parties", "fused_talks_sources")
_SOURCE_TABLES = ("event_claims", "event_sources", "position_sources", "fused_exchange_sources",
                  "fused_talks_sources")

NEAR_COPIES = Migration(3, "near-copies: document groups, MinHash signatures, source URLs", (
    # The id of the group's representative (store/copies.py); each document its own to start.
    "ALTER TABLE documents ADD COLUMN group_id BIGINT",
    "CREATE INDEX documents_group ON documents (group_id)",  # DuckDB: before any UPDATE
    "UPDATE documents SET group_id = id",
    "CREATE OR REPLACE VIEW current_documents AS SELECT * FROM documents "
    "WHERE superseded_by IS NULL",
    # minhash: 128 unsigned 32-bit values, little-endian; claims_key: see copies.claims_key
    "CREATE TABLE document_signatures (document_id BIGINT PRIMARY KEY, "
    "claims_key TEXT NOT NULL, minhash BYTEA NOT NULL)",
    # The LSH buckets of current documents, one row per band of the signature.
    "CREATE TABLE signature_bands (bucket BIGINT NOT NULL, document_id BIGINT NOT NULL)",
    "CREATE INDEX signature_bands_bucket ON signature_bands (bucket)",
    "CREATE INDEX signature_bands_document ON signature_bands (document_id)",
    # copy_of: the representative a copy republishes (the copy itself was not read).
    *(f"ALTER TABLE {table} ADD COLUMN {column} TEXT" for table in _SOURCE_TABLES
      for column in ("url", "copy_of")),
    # The fused layer lacks the copies and URLs: the ledger fuses again after this upgrade.
    *(f"DELETE FROM {table}" for table in _FUSED_TABLES_2),
    # Claimants of the reports fusion reads: a copy repeats its representative's claimants.
    "CREATE OR REPLACE VIEW claimants AS SELECT s.claimed_by AS name, "
    "(SELECT max(c.claimant_side) FROM event_claims c WHERE c.claimant = s.claimed_by) AS side, "
    "count(*) AS strikes, count(DISTINCT s.document_id) AS documents "
    "FROM strikes s JOIN current_documents d ON d.id = s.document_id "
    "WHERE s.claimed_by IS NOT NULL AND d.group_id = d.id GROUP BY s.claimed_by",
), backfill=copies.backfill)

FUSION_DUE = Migration(4, "the days whose events are to be fused again", (
    # Written with the documents, in their transaction; emptied with the fused layer's
    # replacement, in its transaction. A crash between the two leaves the rows, so the next
    # refresh (any ingest, or a write through the API) fuses those days again. NULL: an
    # undated strike, which needs a full fusion.
    "CREATE TABLE fusion_due (day DATE)",
))

EVENT_LISTS = Migration(5, "what an event list shows of claims and sources, kept per event", (
    # An event of a large ledger holds hundreds of claims and sources; a list shows only the
    # names of its claimants ("(outlet)" for an outlet's own figures) and how many documents
    # tell it. Kept with the fused layer, so that a page of events does not scan them all.
    "CREATE TABLE event_claimants (event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "name TEXT NOT NULL)",
    "CREATE TABLE event_documents (event_id TEXT NOT NULL, documents INTEGER NOT NULL)",
    "INSERT INTO event_claimants (event_id, ordinal, name) SELECT event_id, "
    "CAST(row_number() OVER (PARTITION BY event_id ORDER BY name) - 1 AS INTEGER), name "
    "FROM (SELECT DISTINCT event_id, COALESCE(NULLIF(claimant, ''), '(outlet)') AS name "
    "FROM event_claims) AS named",
    "INSERT INTO event_documents (event_id, documents) SELECT e.id, (SELECT "
    "count(DISTINCT s.document_name) FROM event_sources s WHERE s.event_id = e.id) "
    "FROM events e",
))


def _fill_listed_columns(connection: Connection) -> None:
    """Each stored event's ``LISTED_COLUMNS`` and ``SEARCHED_COLUMNS``, from its lists,
    estimates and claims, and the tables of migration 5 (its claimants' names and count of
    documents), which they replace."""
    claimants = _by_event(connection, "SELECT event_id, name FROM event_claimants "
                                      "ORDER BY event_id, ordinal")
    keys = _by_event(connection, "SELECT event_id, COALESCE(NULLIF(claimant, ''), "
                                 "NULLIF(outlet, ''), '') FROM event_claims "
                                 "ORDER BY event_id, ordinal")  # as tables.claimant_keys
    documents: dict[str, int] = dict(connection.rows(
        "SELECT event_id, documents FROM event_documents"))
    rows = [(e.id, *listed_columns(e, claimants.get(e.id, []), int(documents.get(e.id, 0))),
             *searched_columns(e.places, keys.get(e.id, [])))
            for e in rebuild.events(connection, "TRUE", [], rebuild.LISTED)]
    columns = (*LISTED_COLUMNS, *SEARCHED_COLUMNS)
    connection.run("CREATE TEMPORARY TABLE listed_backfill (id TEXT, "
                   + ", ".join(f"{c} {_LISTED_TYPES[c]}" for c in columns) + ")")
    connection.insert("listed_backfill", ("id", *columns), rows)
    connection.run("UPDATE events SET " + ", ".join(f"{c} = b.{c}" for c in columns)
                   + " FROM listed_backfill b WHERE events.id = b.id")
    for table in ("listed_backfill", "event_claimants", "event_documents"):
        connection.run(f"DROP TABLE {table}")


def _by_event(connection: Connection, sql: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value in connection.rows(sql):
        found.setdefault(key, []).append(value)
    return found


_LISTED_TYPES = {column: "DOUBLE PRECISION" for column in LISTED_COLUMNS} | {
    "weapons": "TEXT", "target_types": "TEXT", "first_places": "TEXT", "claimants": "TEXT",
    "place_count": "INTEGER", "documents": "INTEGER", "searched_places": "TEXT",
    "searched_claimants": "TEXT"}

LISTED_IN_EVENTS = Migration(6, "what lists, filters and the timeline read of an event, in its "
                                "row", (
    # A page of events and the timeline read one row per event: DuckDB answers a query that
    # joins the child tables in tens of milliseconds, a read of one table in one or two. The
    # arrays (weapons, target types, the first ten places, the claimants' names) are JSON
    # text; the figures are the best ones (ceasefire/figures.py), NULL where no claim gives
    # the metric; the place and claimant filters search the names one a line. The child
    # tables stay the record; these are written with them.
    *(f"ALTER TABLE events ADD COLUMN {column} {_LISTED_TYPES[column]}"
      for column in (*LISTED_COLUMNS, *SEARCHED_COLUMNS)),
), backfill=_fill_listed_columns)



def _unknown_is_null(column: str, metric: str, weapons: tuple[str, ...]) -> str:
    """The statement that makes ``column`` NULL where no estimate of its weapons gives it."""
    named = ", ".join(f"'{weapon}'" for weapon in weapons)
    return (f"UPDATE events SET {column} = NULL WHERE {column} = 0 AND NOT EXISTS (SELECT 1 "
            f"FROM event_estimates x WHERE x.event_id = events.id AND x.metric = '{metric}' "
            f"AND x.weapon IN ({named}) AND x.best IS NOT NULL)")


UNKNOWN_IS_NULL = Migration(7, "a figure by kind of weapon that no claim gives is NULL, not 0", (
    # Migration 6 and the fusions before this one wrote 0 in drones_launched, … where no claim
    # gave the figure; the timeline then said "intercepted 0" on a night nobody gave one.
    *(_unknown_is_null(f"{kind}_{metric}", metric, weapons)
      for kind, weapons in figures.WEAPON_KINDS.items()
      for metric in ("launched", "intercepted")),
))


TRUCE_COMMITMENTS = Migration(8, "truce terms: how and since when each side is bound", (
    # A term binds each side from a day and in a way of its own (declared, agreed, proposed:
    # model.Commitment); end_date NULL now means "end unknown", checked for a few days only.
    # The fused layer is rebuilt on open (Ledger.open), so the old rows are dropped.
    "DELETE FROM terms",
    "DROP TABLE term_parties",
    "CREATE TABLE term_parties (term_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
    "side TEXT NOT NULL, how TEXT NOT NULL, said_on DATE NOT NULL, since DATE NOT NULL, "
    "position_id TEXT NOT NULL)",
    "DELETE FROM term_positions",
    # bound_as: party | declarer (how the accused side was bound), NULL outside the parties
    "DROP TABLE violations",
    "CREATE TABLE violations (id INTEGER PRIMARY KEY, term_id TEXT NOT NULL, "
    "event_id TEXT NOT NULL, kind TEXT NOT NULL, accused TEXT, reason TEXT NOT NULL, "
    "bound_as TEXT)",
    "DELETE FROM violation_accusers",
))

FIGURES_THAT_ADD_UP = Migration(9, "best figures over the claims that compete", (
    # Estimates were medians over every claimant (averages such as 2.5, a governor's figure for
    # his city against the country's): the fused layer is rebuilt on open (Ledger.open) with
    # fuse.estimates, and the lists' best figures with it.
    "DELETE FROM event_estimates",
))

CORRECTIONS = Migration(10, "an analyst's corrections, and what each fusion made of them", (
    # Written by `ceasefire correct` (or the API), never by fusion: who, when, why, and the
    # records the correction is about ("DOC#N", a JSON array: fuse/corrections.py), which
    # find its event or term again when a new report changes the fused id.
    # (IF NOT EXISTS: a test takes a ledger back to an older version and upgrades it again)
    "CREATE TABLE IF NOT EXISTS corrections (id BIGINT PRIMARY KEY, "
    "made_at TIMESTAMP NOT NULL, analyst TEXT NOT NULL, reason TEXT NOT NULL, "
    "action TEXT NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL, field TEXT, value TEXT, "
    "anchors TEXT NOT NULL, parts TEXT NOT NULL)",
    # Replaced with the fused layer: applied (to which id now; the machine's reading beside
    # it) or stale (why it no longer applies).
    "CREATE TABLE IF NOT EXISTS correction_outcomes (correction_id BIGINT NOT NULL, "
    "status TEXT NOT NULL, applies_to TEXT, machine TEXT, note TEXT NOT NULL)",
))

UNDATED_BY_REPORT_DAY = Migration(11, "undated strikes fused by the day they were reported", (
    # An undated strike joined every undated strike of its attacker, whenever reported (one
    # event of a year's undated reports); now only those reported within a day or two
    # (fuse.strikes.Undated). The undated events are due to be fused again: Ledger.open does it.
    "INSERT INTO fusion_due (day) SELECT CAST(NULL AS DATE) FROM events WHERE date IS NULL "
    "LIMIT 1",
))



def _no_band_indexes_in_duckdb(connection: Connection) -> None:
    # DuckDB loads the whole of an index it changes into memory: those of the near-copy
    # search's bands (32 rows a document) took 100 MB at 100,000 documents to store a batch
    # of 20, while a join on the unindexed table answers as fast (20 ms at that size: a hash
    # join of a batch's buckets against one scan). PostgreSQL reads its indexes a page at a
    # time: they stay there.
    if connection.target.kind == "duckdb":
        connection.run("DROP INDEX IF EXISTS signature_bands_bucket")
        connection.run("DROP INDEX IF EXISTS signature_bands_document")


NO_BAND_INDEXES_IN_DUCKDB = Migration(12, "DuckDB: the near-copy bands without indexes", (),
                                      backfill=_no_band_indexes_in_duckdb)

DOCUMENT_LANGUAGE = Migration(13, "the language of each document and source: en, uk or ru", (
    # Which reader reads it (ingest/language.py), and the language of each source of the fused
    # layer (its document's: the evidence is in it). Every document stored before was English
    # (the reader refused the others): the default fills their rows. No index: a language is
    # one of three values, and DuckDB fails to index a table altered in the same transaction.
    # (IF NOT EXISTS: a test takes a ledger back to an older version and upgrades it again)
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS language TEXT DEFAULT 'en'",
    *(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS language TEXT DEFAULT 'en'"
      for table in _SOURCE_TABLES),
    "CREATE OR REPLACE VIEW current_documents AS SELECT * FROM documents "
    "WHERE superseded_by IS NULL",
))

MIGRATIONS: tuple[Migration, ...] = (DOCUMENTS_AND_READINGS, FUSED_LAYER, NEAR_COPIES,
                                     FUSION_DUE, EVENT_LISTS, LISTED_IN_EVENTS,
                                     UNKNOWN_IS_NULL, TRUCE_COMMITMENTS, FIGURES_THAT_ADD_UP,
                                     CORRECTIONS, UNDATED_BY_REPORT_DAY, NO_BAND_INDEXES_IN_DUCKDB,
                                     DOCUMENT_LANGUAGE)
LATEST = MIGRATIONS[-1].version

_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                  "name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)")


def applied_version(connection: Connection) -> int:
    """The highest migration applied, 0 for a database ceasefire has not written yet."""
    try:
        rows = connection.rows("SELECT max(version) FROM schema_version")
    except connection.database_error():
        return 0
    return int(rows[0][0] or 0)


def migrate(connection: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations not applied yet, in one transaction; the names of those applied."""
    known = migrations[-1].version if migrations else 0
    shown = connection.target.shown
    try:
        connection.begin()
        connection.lock_writer()  # two first openings of one PostgreSQL database: one migrates
        connection.run(_VERSION_TABLE)
        done = {row[0] for row in connection.rows("SELECT version FROM schema_version")}
        if done and max(done) > known:
            raise errors.StoreTooNew(shown, max(done), known)
        applied = []
        for migration in migrations:
            if migration.version in done:
                continue
            for statement in migration.statements:
                connection.run(statement)
            if migration.backfill is not None:
                migration.backfill(connection)
            connection.run("INSERT INTO schema_version (version, name, applied_at) "
                           "VALUES (?, ?, ?)", [migration.version, migration.name, _now()])
            applied.append(migration.name)
        connection.commit()
    except errors.StoreError:
        _rollback(connection)
        raise
    except connection.database_error() as exc:
        _rollback(connection)
        raise connection.failure(exc, "upgrading its schema") from None
    return applied


def _rollback(connection: Connection) -> None:
    try:
        connection.rollback()
    except connection.database_error():
        pass  # the transaction is gone with the connection; nothing was committed


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
