"""The ledger: documents, their records and the fused layer, in DuckDB or PostgreSQL.

    >>> with Ledger.open("ceasefire.duckdb") as ledger:          # doctest: +SKIP
    ...     ledger.add(document, read_document(document))       # "stored"
    ...     for document, reading in ledger.readings(): ...

One interface, two backends with the same schema and the same SQL (``dialect.py`` holds the
few differences). Each ``add`` or ``add_many`` is one transaction: a document's rows commit
together or not at all, so a crash loses nothing committed and leaves no partial document.
DuckDB allows one writing process: the process that holds a ``Ledger`` open for writing is
the only writer. On PostgreSQL, writers of one ledger take turns (an advisory lock).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from ceasefire import errors
from ceasefire.fuse.corrections import Correction
from ceasefire.fuse.corrections import Outcome as CorrectionOutcome
from ceasefire.fuse.strikes import Day
from ceasefire.ingest import Rejection
from ceasefire.model import Claim, Document, Position, Reading, StrikeEvent, Term, Violation
from ceasefire.store import corrections, find, rebuild, select, versions
from ceasefire.store.dialect import DEFAULT_PATH, Connection, Row, connect, parse_target
from ceasefire.store.migrations import (
    FIGURES_THAT_ADD_UP,
    LATEST,
    MIGRATIONS,
    NEAR_COPIES,
    TRUCE_COMMITMENTS,
    UNDATED_BY_REPORT_DAY,
    Migration,
    applied_version,
    migrate,
)
from ceasefire.store.minhash import Signature
from ceasefire.store.rebuild import StoredDocument
from ceasefire.store.select import EventSelection, Listed
from ceasefire.store.tables import COLUMNS, FUSED_TABLES, fused_rows
from ceasefire.store.versions import Outcome, compact, content_hash, fingerprint, stored_prints

if TYPE_CHECKING:
    from ceasefire.fuse import FusedExchange, FusedTalks

__all__ = ["DEFAULT_PATH", "WRITER_WAIT", "EventSelection", "FusedLayer", "Ledger", "Listed",
           "Outcome", "StoredDocument", "content_hash"]

T = TypeVar("T")
# Seconds the commands that write wait for the readers of a DuckDB file (a `serve` under load
# lets go within a request or two, a `ceasefire events` when it ends).
WRITER_WAIT = 30.0


class Fusion(Protocol):
    """What ``replace_fusion`` reads of ``ceasefire.fuse.fuse``'s result."""

    @property
    def events(self) -> Sequence[StrikeEvent]: ...

    @property
    def positions(self) -> Sequence[Position]: ...


# has() looks each of the first documents up; after these, it reads every fingerprint once
ASKED_ONE_BY_ONE = 200


class FusedLayer:
    """The fused layer while ``Ledger.rewrite_fusion`` replaces it: what is added is written
    at once, inside that transaction."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._violations = 0  # violations are numbered across every ``add``

    def add(self, *, events: Iterable[StrikeEvent] = (), positions: Iterable[Position] = (),
            terms: Iterable[Term] = (), violations: Iterable[Violation] = (),
            exchanges: Iterable[FusedExchange] = (), talks: Iterable[FusedTalks] = ()) -> None:
        rows = fused_rows(events, positions, terms, violations, exchanges, talks,
                          first_violation=self._violations + 1)
        self._violations += len(rows.get("violations", []))
        for table in FUSED_TABLES:
            self._connection.insert(table, COLUMNS[table], rows.get(table, []))

    def events_on(self, days: Collection[dt.date]) -> list[StrikeEvent]:
        """The events (written now, or kept) dated on ``days``, without the sentences of
        their claims and sources (what the truce check reads: a large ledger's sentences weigh
        a gigabyte)."""
        return rebuild.events(self._connection, "date = ANY(CAST(? AS DATE[]))",
                              [sorted(days)], rebuild.EVENT_PARTS - {"evidence"})

    def event_count(self) -> int:
        return int(self._connection.rows("SELECT count(*) FROM events")[0][0])

    def record_outcomes(self, outcomes: Sequence[CorrectionOutcome]) -> None:
        """What this fusion made of every correction (the last fusion's, replaced)."""
        self._connection.run("DELETE FROM correction_outcomes")
        self._connection.insert("correction_outcomes", COLUMNS["correction_outcomes"],
                                corrections.outcome_rows(outcomes))


class Ledger:
    """A ceasefire database. Open it with ``Ledger.open``; close it (or use ``with``)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._current: set[bytes] | None = None  # see has(): fingerprints, compact
        self._asked = 0  # has() questions answered by a lookup each

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *, read_only: bool = False,
             migrations: tuple[Migration, ...] = MIGRATIONS, wait: float = 0.0) -> Ledger:
        """Open (or create) the ledger at a path, ``duckdb://PATH`` or ``postgresql://…`` URL.

        Without ``target``: ``$CEASEFIRE_DB``, else ``./ceasefire.duckdb``. Opening for
        writing applies the schema migrations it lacks (``migrations``: all of them; tests
        pass fewer to make an older ledger); read-only needs an up-to-date schema and lets
        several processes read one DuckDB file at the same time. ``wait``: seconds a writer
        waits for the processes reading a DuckDB file to close it (a ``serve`` lets go when
        asked; see ``dialect.WAITING``), else ``StoreInUse`` at once.
        """
        connection = connect(parse_target(target), read_only=read_only, wait=wait)
        upgraded: list[str] = []
        try:
            if read_only:
                found = applied_version(connection)
                if found == 0:
                    raise errors.StoreMissing(connection.target.shown)
                if found > LATEST:
                    raise errors.StoreTooNew(connection.target.shown, found, LATEST)
                if found < LATEST:
                    raise errors.StoreOutdated(connection.target.shown, found, LATEST)
            else:
                upgraded = migrate(connection, migrations)
        except BaseException:
            connection.close()
            raise
        ledger = cls(connection)
        if not read_only and {NEAR_COPIES.name, TRUCE_COMMITMENTS.name,
                              FIGURES_THAT_ADD_UP.name} & set(upgraded):
            ledger._fuse_again(full=True)
        elif not read_only and UNDATED_BY_REPORT_DAY.name in upgraded:
            ledger._fuse_again(full=False)  # the days it marked due
        return ledger

    def _fuse_again(self, full: bool) -> None:
        """Rebuild the fused layer an upgrade emptied, or the days it marked due (when there
        is anything to fuse)."""
        from ceasefire.store.refresh import refresh

        try:
            if self.query("SELECT count(*) FROM current_documents")[0][0]:
                refresh(self, full=full)
        except BaseException:
            self.close()
            raise

    @property
    def where(self) -> str:
        """The database, as messages name it (a URL without its password)."""
        return self._connection.target.shown

    @property
    def kind(self) -> Literal["duckdb", "postgresql"]:
        return self._connection.target.kind

    def close(self) -> None:
        self._connection.close()

    def time_limit(self, seconds: float) -> contextlib.AbstractContextManager[None]:
        """Inside, reads stop ``seconds`` after it began: ``QueryTooLong`` (a 503 from the
        server), raised by the statement under way or the next."""
        return self._connection.time_limit(seconds)

    def reader(self) -> Ledger:
        """Another handle on this open DuckDB ledger, for another thread: it shares the open
        database, costs a tenth of a millisecond, and is closed before this ledger is."""
        return Ledger(self._connection.cursor())

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------

    def add(self, document: Document, reading: Reading, signature: Signature | None = None
            ) -> Outcome:
        """Store a document and its reading, in one transaction: "stored", "unchanged" (the
        same text and publication date from the same URL, or the same id when it has no URL,
        is current: nothing written), "replaced" (a new version from the same URL or id; the
        old version stays as history) or "copy" (a near-copy of a stored report, republished
        elsewhere: stored, and fused as a source of that report). See ``versions.py`` and
        ``copies.py``.

        Raises ``DocumentNotStored`` when the database refuses the document's values (nothing
        of it is kept; the ledger stays usable), ``StoreError`` when the database fails.
        """
        return self._write([(document, reading)], [signature]).outcomes[0]

    def add_many(self, pairs: Sequence[tuple[Document, Reading]],
                 signatures: Sequence[Signature | None] = ()
                 ) -> list[Outcome | errors.DocumentNotStored]:
        """Store several documents in one transaction (much faster than one each: a commit
        and each statement cost a millisecond or more in DuckDB). Each document's rows still
        commit together or not at all. When the database refuses one document, the batch is
        rolled back and each document is added on its own: the others are stored, the one
        refused gets its ``DocumentNotStored`` in the result, in its place. ``signatures``:
        the texts' MinHash signatures, when made already (``read.parallel`` makes them).
        """
        if not pairs:
            return []
        given = list(signatures) or [None] * len(pairs)
        try:
            return list(self._write(pairs, given).outcomes)
        except errors.DocumentNotStored:
            if len(pairs) == 1:
                raise
        results: list[Outcome | errors.DocumentNotStored] = []
        for (document, reading), signature in zip(pairs, given, strict=True):
            try:
                results.append(self.add(document, reading, signature))
            except errors.DocumentNotStored as error:
                results.append(error)
        return results

    def has(self, document: Document) -> bool:
        """Is this text, with this publication date, from this URL (or id), current in the
        ledger already?

        Cheap: it lets ``ceasefire ingest`` skip reading documents that would come out
        "unchanged". The first ``ASKED_ONE_BY_ONE`` questions each look up the document's
        text hash; after them, the fingerprints of every current document are read into a
        set, once, then kept up to date by this ledger's writes (each as 16 bytes,
        ``versions.compact``: 46 MB at 100,000 documents, which a small ingest need not pay).
        """
        asked = compact(fingerprint(document))
        if self._current is None and self._asked < ASKED_ONE_BY_ONE:
            self._asked += 1
            return asked in self._current_prints("AND content_hash = ?", [content_hash(document)])
        if self._current is None:
            self._current = self._current_prints()
        return asked in self._current

    def _current_prints(self, where: str = "", params: Sequence[Any] = ()) -> set[bytes]:
        """The fingerprints (``compact``) of the current documents, or of those ``where``
        further selects."""
        rows = self._read(lambda: self._connection.rows(
            "SELECT content_hash, published, url, name FROM documents "
            f"WHERE superseded_by IS NULL {where}", params))
        return {compact(print_) for row in rows for print_ in stored_prints(*row)}

    def _write(self, pairs: Sequence[tuple[Document, Reading]],
               signatures: Sequence[Signature | None]) -> versions.Written:
        def work() -> versions.Written:
            written = versions.write(self._connection, pairs, self._ids, _now(), signatures)
            self._mark_due(pairs, written)
            return written

        written = self._transaction(work, f"storing {_count(len(pairs), 'document')}",
                                    pairs[0][0].id)
        if self._current is not None:  # committed: keep has() up to date
            self._current -= {compact(p) for p in written.removed}
            self._current |= {compact(p) for p in written.added}
        return written

    def _mark_due(self, pairs: Sequence[tuple[Document, Reading]],
                  written: versions.Written) -> None:
        # The days to fuse again, in the documents' own transaction: their strikes' dates,
        # those of the versions they replace and those of every document whose group of
        # near-copies changed (None: undated strikes, whose events are the undated ones).
        days = written.regrouped | written.replaced_days
        for (_, reading), outcome in zip(pairs, written.outcomes, strict=True):
            if outcome != "unchanged":
                days |= {strike.date for strike in reading.strikes}
        if days:
            self._connection.insert("fusion_due", ("day",), [(day,) for day in days])

    def due_days(self) -> set[dt.date | None]:
        """The days whose events are to be fused again: those of documents stored since the
        fused layer was last replaced (None: an undated strike). Empty when it is current,
        even after a crash between storing and fusing."""
        return self._read(lambda: {row[0] for row in self._connection.rows(
            "SELECT DISTINCT day FROM fusion_due")})

    def _ids(self, count: int) -> list[int]:
        if count == 0:
            return []
        rows = self._connection.rows("SELECT nextval('ids') FROM generate_series(1, ?)", [count])
        return [int(row[0]) for row in rows]

    def reject(self, rejection: Rejection) -> None:
        """Keep a rejected input (where, problem, fix) in the ``rejections`` table."""
        def write() -> None:
            row = (self._ids(1)[0], rejection.where, rejection.problem, rejection.fix, _now())
            self._connection.insert("rejections", COLUMNS["rejections"], [row])
        self._transaction(write, "recording a rejection", rejection.where)

    def replace_fusion(self, fusion: Fusion, terms: Iterable[Term],
                       violations: Iterable[Violation],
                       days: Collection[dt.date | None] | None = None,
                       outcomes: Sequence[CorrectionOutcome] | None = None) -> None:
        """Replace the fused layer in one transaction: ``fusion``'s events, positions and (when
        it has them) exchanges and talks, the truce terms and the violations. ``days``: only
        the events dated on these days are replaced; the others are left as stored (those of
        ``fusion`` are the same). ``outcomes``: what this fusion made of every correction."""
        def write(layer: FusedLayer) -> None:
            layer.add(events=[e for e in fusion.events if days is None or e.date in days],
                      positions=fusion.positions, terms=terms, violations=violations,
                      exchanges=getattr(fusion, "exchanges", ()),
                      talks=getattr(fusion, "talks", ()))
            if outcomes is not None:
                layer.record_outcomes(outcomes)
        self.rewrite_fusion(days, write)

    def rewrite_fusion(self, days: Collection[dt.date | None] | None,
                       build: Callable[[FusedLayer], T]) -> T:
        """Replace the fused layer in one transaction, as ``build`` writes it, piece by piece,
        into the ``FusedLayer`` it is given: a large ledger's fusion need not hold all its
        events at once. ``days``: only the events dated on these days are replaced, the others
        are left as stored (None: all). ``build`` may read this ledger meanwhile (it sees
        what it wrote); when it fails, nothing of the new layer is kept."""
        def work() -> T:
            self._connection.run("DELETE FROM fusion_due")
            for table in reversed(FUSED_TABLES):
                if days is None or not table.startswith("event"):
                    self._connection.run(f"DELETE FROM {table}")
            if days is not None:
                self._delete_events_on(days)
            return build(FusedLayer(self._connection))
        return self._transaction(work, "storing the fused events", "the fused events")

    def add_correction(self, correction: Correction) -> Correction:
        """Keep an analyst's correction (its ``id`` and ``made_at`` are given here).
        ``refresh`` applies it, now and on every fusion after (it fuses again the days of the
        strikes that corrections name, ``correction_days``)."""
        def write() -> Correction:
            made = replace(correction, id=self._ids(1)[0], made_at=_now())
            self._connection.insert("corrections", COLUMNS["corrections"],
                                    [corrections.row(made)])
            return made
        return self._transaction(write, "storing the correction", correction.target)

    def corrections(self) -> list[Correction]:
        """An analyst's corrections, in the order they were made, each without the records of
        documents replaced since it was made (``Correction.without``)."""
        return self._read(lambda: corrections.replaced_since(
            self._connection, corrections.load(self._connection)))

    def correction_outcomes(self) -> dict[int, CorrectionOutcome]:
        """What the last fusion made of each correction, by its id."""
        return self._read(lambda: corrections.outcomes(self._connection))

    def correction_days(self, found: Sequence[Correction]) -> set[Day]:
        """The days of the strikes that corrections of events name (fused on every refresh;
        an undated strike's: ``Undated``)."""
        return self._read(lambda: corrections.strike_days(self._connection, found))

    def _delete_events_on(self, days: Collection[dt.date | None]) -> None:
        undated = " OR date IS NULL" if None in days else ""
        on_days = f"SELECT id FROM events WHERE date = ANY(CAST(? AS DATE[])){undated}"
        dated = sorted(d for d in days if d is not None)
        for table in reversed(FUSED_TABLES):
            if table.startswith("event_"):
                self._connection.run(f"DELETE FROM {table} WHERE event_id IN ({on_days})",
                                     [dated])
        self._connection.run(f"DELETE FROM events WHERE id IN ({on_days})", [dated])

    def _transaction(self, work: Callable[[], T], action: str, subject: str) -> T:
        con = self._connection
        failed = con.database_error()
        try:
            con.begin()
            con.lock_writer()
            result = work()
            con.commit()
            return result
        except failed as exc:
            self._rollback()
            if con.is_document_error(exc):
                raise errors.DocumentNotStored(subject, _first_line(exc)) from None
            raise con.failure(exc, action) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self._connection.rollback()
        except self._connection.database_error():
            pass  # no transaction left (the connection is gone): nothing was committed

    # --- reading ----------------------------------------------------------------------------

    def documents(self, *, history: bool = False) -> list[StoredDocument]:
        """The current version of each stored document (every version with ``history``)."""
        return self._read(lambda: rebuild.stored_documents(self._connection, history))

    def readings(self, names: Collection[str] | None = None, *, representatives: bool = False,
                 slim: bool = False, kinds: Collection[str] = rebuild.KINDS
                 ) -> Iterator[tuple[Document, Reading]]:
        """Each current document (or those of ``names``, the documents' own ids) with its
        reading, rebuilt from the tables, ordered by id. With ``representatives``, only the
        document each group of near-copies is fused from (``copies`` gives the others).

        ``slim``: only what fusion reads, for fusing a large ledger in bounded memory: each
        record's first sentence, and no text (empty) unless another current document has
        the same id (fusion keeps the reading of the one whose text sorts first).
        ``kinds``: the kinds of record to rebuild (``rebuild.KINDS``); the others stay empty.
        """
        iterator = rebuild.readings(self._connection, names, representatives, slim, kinds)
        while True:
            pair = self._read(lambda: next(iterator, None))
            if pair is None:
                return
            yield pair

    def copies(self, names: Collection[str] | None = None) -> dict[str, list[Document]]:
        """The near-copies of each representative (by its id; those of ``names``): the same
        report republished elsewhere, fused as sources of the representative's records."""
        return self._read(lambda: rebuild.copies(self._connection, names))

    def events(self, where: EventSelection | None = None, **filters: Any) -> list[StrikeEvent]:
        """Fused strike events, by date (undated last): all of them, or those ``where``
        selects, or those of ``EventSelection(**filters)``: e.g. ``since=date(2025, 3, 11),
        attacker="UA", place="moscow"`` (dates inclusive, names any case)."""
        selection = where or EventSelection(**filters)
        return self._read(lambda: select.selected(self._connection, selection))

    def count_events(self, where: EventSelection) -> int:
        """How many events ``where`` selects (without loading them)."""
        return self._read(lambda: select.count(self._connection, where))

    def event_page(self, where: EventSelection, *, order: select.Order = "date",
                   limit: int | None = None, offset: int = 0) -> tuple[int, list[Listed]]:
        """How many events ``where`` selects, and one page of them as lists show them (no
        claims or sources: the claimants' names and the count of documents; the first places
        and how many there are): by date, undated first, then id (``order="date"``), or by
        date, attacker, then id (``"row"``, the order of ``views.event_rows``)."""
        return self._read(lambda: select.page(self._connection, where, order, limit, offset))

    def violation_page(self, where: EventSelection, *, limit: int | None = None,
                       offset: int = 0, event: str | None = None, term: str | None = None
                       ) -> tuple[int, list[dict[str, Any]]]:
        """How many violations are about the events ``where`` selects (and about one event or
        term, by id, when given), and one page of them as ``views.violation_rows`` gives
        them, in its order (``select.violation_page``)."""
        return self._read(lambda: select.violation_page(self._connection, where, limit,
                                                        offset, event=event, term=term))

    def place_names(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """The names of every place of these events, in order, by event id."""
        return self._read(lambda: select.place_names(self._connection, ids))

    def event(self, event_id: str) -> StrikeEvent | None:
        """One fused event by its id, or None."""
        if not _storable(event_id):
            return None
        return self._read(lambda: rebuild.event(self._connection, event_id))

    def events_by_id(self, ids: Sequence[str]) -> list[StrikeEvent]:
        """The fused events with these ids, by date (undated last), with all they hold."""
        ids = [i for i in ids if _storable(i)]
        return self._read(lambda: select.by_id(self._connection, ids))

    def mapped_events(self, where: EventSelection) -> list[StrikeEvent]:
        """The events ``where`` selects with only their places, target types and estimates."""
        return self._read(lambda: select.mapped(self._connection, where))

    def timeline(self, where: EventSelection) -> list[Row]:
        """Per day and attacker, summed by the database: see ``select.timeline``."""
        return self._read(lambda: select.timeline(self._connection, where))

    def document_page(self, since: dt.date | None = None, until: dt.date | None = None, *,
                      limit: int | None = None, offset: int = 0, language: str | None = None
                      ) -> tuple[int, list[StoredDocument]]:
        """How many current documents were published within the dates (undated ones only
        without dates), in ``language`` when given ("en", "uk", "ru"), and one page of them,
        by id."""
        return self._read(lambda: rebuild.document_page(self._connection, since, until, limit,
                                                        offset, language))

    def current_document(self, name: str) -> StoredDocument | None:
        """The current version of the document with this id (the first, when several)."""
        if not _storable(name):
            return None
        return self._read(lambda: rebuild.current_document(self._connection, name))

    def find_documents(self, terms: Sequence[str]) -> list[StoredDocument]:
        """Current documents with every term (lower case) in their title, text, outlet or
        URL, newest first (``ceasefire.search`` makes the terms of a query)."""
        return self._read(lambda: find.documents(self._connection, terms)) if terms else []

    def find_events(self, terms: Sequence[tuple[str, Collection[str]]]) -> list[StrikeEvent]:
        """Events where every term (lower case) is part of a place's or region's name, of a
        claimant's or outlet's name, or names the attacker: each term comes with the sides
        it names (``"russian"``: ``{"RU"}``)."""
        return self._read(lambda: find.events(self._connection, terms)) if terms else []

    def texts(self, documents: Sequence[StoredDocument]) -> dict[int, str]:
        """The texts of stored documents, by their ledger key (``StoredDocument.id``)."""
        return self._read(lambda: find.texts(self._connection, [d.id for d in documents]))

    def claims(self, event_id: str) -> list[Claim]:
        """Every claim of one event, side by side."""
        if not _storable(event_id):
            return []
        return self._read(lambda: rebuild.claims(self._connection, event_id))

    def positions(self) -> list[Position]:
        return self._read(lambda: rebuild.positions(self._connection))

    def exchanges(self) -> list[FusedExchange]:
        """Fused prisoner exchanges, each with every report of it as a source."""
        return self._read(lambda: rebuild.fused_exchanges(self._connection))

    def talks(self) -> list[FusedTalks]:
        """Fused meetings and calls, each with every report of it as a source."""
        return self._read(lambda: rebuild.fused_talks(self._connection))

    def terms(self) -> list[Term]:
        return self._read(lambda: rebuild.terms(self._connection))

    def violations(self) -> list[Violation]:
        return self._read(lambda: rebuild.violations(self._connection))

    def rejections(self) -> list[Rejection]:
        rows = self._read(lambda: self._connection.rows(
            "SELECT input, problem, fix FROM rejections ORDER BY id"))
        return [Rejection(*row) for row in rows]

    def event_count(self) -> int:
        """How many strike events the fused layer holds (without loading them)."""
        return int(self.query("SELECT count(*) FROM events")[0][0])

    def schema_version(self) -> int:
        return self._read(lambda: applied_version(self._connection))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one SQL query (``?`` placeholders) and return its rows."""
        return self._read(lambda: self._connection.rows(sql, params))

    def _read(self, work: Callable[[], T]) -> T:
        try:
            return work()
        except self._connection.database_error() as exc:
            raise self._connection.failure(exc, "reading it") from None


def _storable(name: str) -> bool:
    """Can ``name`` (an id asked for) name something stored? Not with a NUL: PostgreSQL text
    cannot hold one (its driver refuses to send it, which read as the ledger failing: a 503
    to ``GET /api/documents/%00``), and ingest refuses one, on both backends."""
    return "\x00" not in name


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

