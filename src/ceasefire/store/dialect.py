"""What differs between DuckDB and PostgreSQL, and nothing else.

Both speak the same SQL for everything the ledger does (the same DDL, ``generate_series``,
sequences, ``BEGIN``/``COMMIT``); they differ in how to connect, the placeholder style (the
ledger writes ``?``; psycopg wants ``%s``), the writer lock (DuckDB has a single writing
process by construction; PostgreSQL writers take an advisory lock), and how their errors read.
Third-party errors are translated here into ``StoreError``s that name the database.
"""
from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit, urlunsplit

from ceasefire import errors

DEFAULT_PATH = "ceasefire.duckdb"
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_MAX_PARAMS = 30_000  # PostgreSQL allows 65,535 parameters per statement
_DUCKDB_ROWS = 10_000  # rows per INSERT on DuckDB
_FIRST_LINE = re.compile(r"^[^\n]*")
# DuckDB's words for a file whose bytes are not what it wrote: a block whose checksum fails,
# or one past the end of a file cut short
_DAMAGED = re.compile(r"Corrupt database file|does not match stored checksum|"
                      r"Could not read enough bytes from file")
_DUCKDB_HEADERS = 12_288  # the file header and the two database headers, before the blocks
# DuckDB's own memory (its cache of the file's blocks, and what a query holds; beyond it a
# query spills to a temporary file beside the ledger). Its default, 80 % of the machine's
# memory, let a fusion of 100,000 articles keep most of the 700 MB file cached. A writer
# (ingest, fusion) gets little: a full fusion of that ledger runs in 96 MB (one transaction:
# what it writes spills to the file as it goes), 64 MB failed (docs/performance.md "Fusion
# in bounded memory"). A reader (serve, queries) keeps more of the file cached.
DUCKDB_MEMORY = {"writing": "96MB", "reading": "256MB"}
# the operating system's words for a disk (or a file size limit, or the server's disk) that
# has no room left: ENOSPC, EFBIG, EDQUOT, and PostgreSQL's "could not extend file"
_NO_ROOM = re.compile(r"No space left on device|File too large|Disk quota exceeded|"
                      r"could not extend file", re.IGNORECASE)

# A writer that finds a DuckDB file open for reading waits, and says so in a file beside it
# (its PID): the server's readers see it and let go (``serve/gate.py``). DuckDB itself has no
# way to ask for a file: a loop of reads would keep every writer out.
WAITING = ".waiting-writer"
_POLL = 0.02  # seconds between a waiting writer's tries
_PASSWORD = re.compile(r"(?i)((?:^|[?&])password=)([^&#]*)")  # libpq's parameter

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Target:
    """Which database a ledger lives in, parsed from a path or URL."""

    kind: Literal["duckdb", "postgresql"]
    location: str  # DuckDB: a file path or ":memory:"; PostgreSQL: the connection URL
    shown: str  # for messages: the path, or the URL without its password

    def hidden(self, message: str) -> str:
        """A driver's ``message`` without this target's password: libpq quotes the token it
        cannot parse, a password included ('invalid percent-encoded token: "pa%zz"')."""
        for secret in _passwords(self.location) if self.kind == "postgresql" else ():
            message = message.replace(secret, "***")
        return message


def parse_target(given: str | os.PathLike[str] | None) -> Target:
    """A path or ``duckdb://PATH`` -> DuckDB; ``postgresql://…`` -> PostgreSQL."""
    text = os.fspath(given) if given is not None else ""
    text = text or os.environ.get("CEASEFIRE_DB") or DEFAULT_PATH
    scheme = _URL.match(text)
    if scheme is None or len(scheme.group(1)) == 1:  # a path (a one-letter scheme is a drive)
        return Target("duckdb", text, text)
    name = scheme.group(1).lower()
    if name == "duckdb":
        path = text[len("duckdb:"):]
        path = path[2:] if path.startswith("//") else path  # duckdb:///abs -> /abs
        if not path:
            raise errors.BadStoreUrl(text, "it names no file")
        return Target("duckdb", path, path)
    if name in ("postgresql", "postgres"):
        return Target("postgresql", text, _without_password(text))
    raise errors.BadStoreUrl(_without_password(text), f'"{name}:" is not a database kind it '
                                                       "knows: DuckDB files and PostgreSQL")


def _passwords(url: str) -> list[str]:
    """The passwords ``url`` holds, as written and decoded, longest first."""
    try:
        found = [urlsplit(url).password or ""]
    except ValueError:
        found = []
    found += [m.group(2) for m in _PASSWORD.finditer(url)]
    return sorted({form for s in found if s for form in (s, unquote(s))}, key=len,
                  reverse=True)


def _without_password(url: str) -> str:
    """``url`` as messages show it: a password, in the user part or as libpq's ``password=``
    parameter, replaced by ``***``."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc, query=_PASSWORD.sub(r"\1***",
                                                                            parts.query)))
    except ValueError:
        return _PASSWORD.sub(r"\1***", url.split("@", 1)[-1])


class Connection:
    """One connection, with the few operations the ledger needs, in ``?`` placeholder style."""

    target: Target
    _budget: float | None = None  # seconds, while inside time_limit()
    _expired = False
    _timer_of: object = None

    @contextlib.contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Inside, statements stop ``seconds`` after it began: the one under way fails (the
        database is asked to stop it), and so does any after it, as ``QueryTooLong``."""
        mine = object()
        self._budget, self._expired, self._timer_of = seconds, False, mine
        timer = threading.Timer(seconds, self._expire, [mine])
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            self._budget, self._expired, self._timer_of = None, False, None

    def _expire(self, timer_of: object) -> None:
        if self._timer_of is timer_of:  # not a timer of a limit that has ended
            self._expired = True
            self.interrupt()

    def _in_time(self) -> None:
        """Before each statement: none starts once the time limit has passed."""
        if self._expired and self._budget is not None:
            raise errors.QueryTooLong(self.target.shown, self._budget)

    def interrupt(self) -> None:
        """Stop the statement under way (from another thread)."""

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def cursor(self) -> Connection:
        """Another connection to this open database, for another thread (DuckDB only)."""
        raise NotImplementedError(f"{self.target.kind} connections are opened one by one")

    def lock_writer(self) -> None:
        """Serialise writers for the rest of the transaction (a no-op where there is one)."""

    def is_document_error(self, exc: Exception) -> bool:
        """Did the database refuse the values (the batch can go on), not fail itself?"""
        raise NotImplementedError

    def database_error(self) -> type[Exception]:
        raise NotImplementedError

    def begin(self) -> None:
        self.run("BEGIN")

    def commit(self) -> None:
        self.run("COMMIT")

    def rollback(self) -> None:
        self.run("ROLLBACK")

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows`` with multi-row ``VALUES``: far fewer round trips than executemany."""
        if not rows:
            return
        one = "(" + ", ".join("?" * len(columns)) + ")"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        step = max(1, _MAX_PARAMS // len(columns))
        for at in range(0, len(rows), step):
            chunk = rows[at:at + step]
            self.run(head + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])

    def full(self, exc: Exception) -> bool:
        """Did the disk (or a file size limit) leave no room for what was written?"""
        return bool(_NO_ROOM.search(str(exc)))

    def lost(self, exc: Exception) -> bool:
        """Did the connection to the database server break (it stopped or restarted)?"""
        return False

    def last_words(self) -> str | None:
        """What the server said as it ended the session (it stopped, or crashed), if it did."""
        return None

    def failure(self, exc: Exception, action: str) -> errors.StoreError:
        """The error to show for ``exc``, raised while doing ``action`` ("storing …")."""
        if self._expired and self._budget is not None:  # stopped by time_limit()
            return errors.QueryTooLong(self.target.shown, self._budget)
        reason = self.target.hidden(_reason(exc))
        if _DAMAGED.search(str(exc)):
            return errors.StoreDamaged(self.target.shown, reason)
        if self.full(exc):
            return errors.StoreDiskFull(self.target.shown, action, reason,
                                        server=self.target.kind == "postgresql")
        if self.lost(exc):
            return errors.StoreConnectionLost(self.target.shown, action,
                                              self.last_words() or reason)
        return errors.StoreFailed(self.target.shown, action, reason)


def connect(target: Target, *, read_only: bool = False, wait: float = 0.0) -> Connection:
    """``wait``: seconds a DuckDB writer waits for the processes that read the file to close
    it (the readers of ``ceasefire serve`` yield to it); 0, not at all."""
    if target.kind == "duckdb":
        return _DuckDB(target, read_only, wait=wait)
    return _Postgres(target, read_only)


def _reason(exc: BaseException) -> str:
    text = _FIRST_LINE.match(str(exc).strip())
    line = text.group() if text else ""
    line = re.sub(r"^(IO|Conversion|Constraint|Catalog|Binder|Invalid Input|TransactionContext"
                  r"|FATAL) Error: ", "", line)
    # DuckDB's words around a failed commit or checkpoint; the cause is what follows
    line = re.sub(r"^(Failed to commit: |.*autocheckpoint failed\..*?because of error: "
                  r"|Failed to create checkpoint because of error: )", "", line)
    return line.strip().rstrip(".!") or type(exc).__name__


class _DuckDB(Connection):
    def __init__(self, target: Target, read_only: bool, opened: Any = None,
                 wait: float = 0.0) -> None:
        import duckdb

        self.target = target
        self._duckdb = duckdb
        if opened is not None:  # a cursor of an open database
            self._con = opened
            return
        if target.location != ":memory:":
            _check_path(target, read_only)
        try:
            self._con = _open_duckdb(target, read_only, wait)
            if target.location != ":memory:":
                _check_length(target, self._con)
        except duckdb.Error as exc:
            raise _duckdb_open_error(target, exc, read_only) from None

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._interruptible():
            return self._con.execute(sql, list(params)).fetchall()

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._interruptible():
            self._con.execute(sql, list(params))

    @contextlib.contextmanager
    def _interruptible(self) -> Iterator[None]:
        """Ctrl-C during a statement is Ctrl-C: DuckDB turns it into "Query interrupted"
        (unless time_limit() stopped it)."""
        self._in_time()
        try:
            yield
        except (RuntimeError, self._duckdb.InterruptException) as exc:
            if "interrupted" not in str(exc).lower() or self._expired:
                raise
            raise KeyboardInterrupt from None

    def interrupt(self) -> None:
        self._con.interrupt()

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        # DuckDB binds a multi-row VALUES at ~0.3 ms a row; one list parameter per column,
        # unnested side by side, costs ~2 ms for a thousand rows. VALUES wins below ~8 rows.
        if len(rows) < 8:
            super().insert(table, columns, rows)
            return
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) SELECT "
               + ", ".join(["unnest(?)"] * len(columns)))
        for at in range(0, len(rows), _DUCKDB_ROWS):  # bounded: DuckDB copies what it binds
            chunk = rows[at:at + _DUCKDB_ROWS]
            self.run(sql, [list(column) for column in zip(*chunk, strict=True)])

    def close(self) -> None:
        self._con.close()

    def cursor(self) -> Connection:
        # A DuckDB connection serves one thread at a time; its cursors share the open database
        # (0.1 ms each, where opening the file again costs tens of milliseconds).
        return _DuckDB(self.target, False, self._con.cursor())

    def is_document_error(self, exc: Exception) -> bool:
        return isinstance(exc, (self._duckdb.DataError, self._duckdb.IntegrityError))

    def database_error(self) -> type[Exception]:
        return self._duckdb.Error


def _open_duckdb(target: Target, read_only: bool, wait: float) -> Any:
    """A DuckDB connection; a writer that finds readers waits up to ``wait`` seconds for them
    to close the file, with a ``WAITING`` file beside it meanwhile (made only then: a writer
    that gets the file at once leaves no trace)."""
    import duckdb

    deadline, announced = time.monotonic() + wait, False
    try:
        while True:
            try:
                return duckdb.connect(target.location, read_only=read_only,
                                      config={"memory_limit": DUCKDB_MEMORY[
                                          "reading" if read_only else "writing"]})
            except duckdb.Error as exc:
                error = _duckdb_open_error(target, exc, read_only)
                readers = isinstance(error, errors.StoreInUse) and error.holder_reads
                if not readers or time.monotonic() >= deadline:
                    raise (_duckdb_open_error(target, exc, read_only, wait) if announced
                           else error) from None
            announced = announced or _announce(target)
            time.sleep(_POLL)
    finally:
        if announced:
            with contextlib.suppress(OSError):
                os.unlink(target.location + WAITING)


def _announce(target: Target) -> bool:
    """Say that this process waits to write the file; False when another waiting writer said
    so first (its file stays: it removes it). A file left by a writer that ended is replaced."""
    said = target.location + WAITING
    if os.path.exists(said) and waiting_writer(target) is None:
        with contextlib.suppress(OSError):
            os.unlink(said)
    try:
        with open(said, "x") as file:
            file.write(str(os.getpid()))
        return True
    except OSError:
        return False


def waiting_writer(target: Target) -> str | None:
    """The process waiting to write this DuckDB file, as `` (PID 12: ceasefire ingest)``;
    None when none waits (no ``WAITING`` file, or its writer has ended)."""
    if target.kind != "duckdb":
        return None
    try:
        pid = int(Path(target.location + WAITING).read_text())
        os.kill(pid, 0)  # a writer killed while waiting leaves its file: not waiting
    except PermissionError:  # alive, another user's
        return _holder(pid, "another user's process")
    except (OSError, ValueError):
        return None
    return _holder(pid, "a process")


def _check_path(target: Target, read_only: bool) -> None:
    path = Path(target.location)
    if path.is_dir():
        raise errors.StoreUnreadable(target.shown, "it is a folder")
    if read_only and not path.exists():
        raise errors.StoreMissing(target.shown)
    if not path.parent.is_dir():
        raise errors.StoreUnreadable(target.shown, f"its folder {path.parent} does not exist")


def _check_length(target: Target, con: Any) -> None:
    """``StoreDamaged`` for a file too short to hold the blocks in use (a copy or a disk cut
    it short): DuckDB reads only the blocks a query needs, so it would answer from what is
    left. (Blocks counted in ``total_blocks`` may be free and left out of the file: only the
    used ones must be there.)"""
    blocks, block_size = con.execute("SELECT used_blocks, block_size FROM pragma_database_size()"
                                     ).fetchone()
    size, needed = Path(target.location).stat().st_size, _DUCKDB_HEADERS + blocks * block_size
    if size < needed:
        con.close()
        raise errors.StoreDamaged(target.shown, f"the file is {size:,} bytes long, too short "
                                                f"for the {blocks} blocks it uses: it was cut "
                                                "short")


def _duckdb_open_error(target: Target, exc: Exception, read_only: bool, waited: float = 0.0
                       ) -> errors.StoreError:
    message = str(exc)
    if _DAMAGED.search(message):
        return errors.StoreDamaged(target.shown, _reason(exc))
    if "Could not set lock" in message or "Conflicting lock" in message:
        # DuckDB tells which process holds it, and whether it could be opened read-only (the
        # holder only reads it)
        holder = re.search(r"held in (.*?) \(PID (\d+)\)", message)
        return errors.StoreInUse(
            target.shown, _holder(int(holder.group(2)), holder.group(1)) if holder else "",
            reading=read_only, holder_reads="open this database in read-only mode" in message,
            waited=waited)
    if "not a valid DuckDB database file" in message:
        return errors.StoreUnreadable(target.shown, "it is not a DuckDB database file")
    return errors.StoreUnreadable(target.shown, _reason(exc).split('": ')[-1])


def _holder(pid: int, program: str) -> str:
    """`` (PID 12: python ceasefire ingest)``: the process and, where /proc shows it, the first
    words of its command line (else the program DuckDB names). No more: the message reaches
    ``serve``'s clients, and later arguments may be private (paths, URLs)."""
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        words = [program]
    words = [_short(Path(w).name if "/" in w else w) for w in words if w][:3] or [program]
    # (a process caught between fork and exec shows an empty command line)
    return f" (PID {pid}: {' '.join(words)})" if any(words) else f" (PID {pid})"


def _short(word: str, most: int = 30) -> str:
    word = " ".join(word.split())  # one line, whatever the argument holds
    return word if len(word) <= most else word[:most - 1] + "…"


class _Postgres(Connection):
    def __init__(self, target: Target, read_only: bool) -> None:
        try:
            import psycopg
        except ImportError:
            raise errors.BadStoreUrl(target.shown, "the PostgreSQL driver psycopg is not "
                                                   "installed: pip install 'psycopg[binary]'"
                                     ) from None
        self.target = target
        self._psycopg = psycopg
        try:
            self._con = psycopg.connect(target.location, autocommit=True, connect_timeout=10)
        except psycopg.ProgrammingError as exc:  # the URL itself does not parse
            raise errors.BadStoreUrl(target.shown, target.hidden(_reason(exc))) from None
        except psycopg.Error as exc:
            reason = target.hidden(_pg_connect_reason(exc))
            if reason.startswith("invalid "):  # libpq refused an option before connecting
                raise errors.BadStoreUrl(target.shown, reason) from None
            raise errors.StoreRefused(target.shown, reason) from None
        self._last_words: str | None = None
        self._con.add_notice_handler(self._heard)
        if read_only:
            self.run("SET default_transaction_read_only = on")

    def _heard(self, notice: Any) -> None:
        # A server that stops at once, or crashes (another of its processes failed: one that
        # could not write to a full disk, say), warns each session as it closes it (SQLSTATE
        # class 57); the client only sees "server closed the connection unexpectedly"
        if (notice.sqlstate or "").startswith("57") and notice.message_primary:
            self._last_words = notice.message_primary

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        self._in_time()
        return self._con.execute(_pyformat(sql), list(params)).fetchall()

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._in_time()
        self._con.execute(_pyformat(sql), list(params))

    def interrupt(self) -> None:
        self._con.cancel_safe()  # the server ends the statement: QueryCanceled

    def close(self) -> None:
        self._con.close()

    def lock_writer(self) -> None:
        # One writer per ledger schema at a time, as with DuckDB: add() reads, then writes.
        self.run("SELECT pg_advisory_xact_lock(hashtext('ceasefire ledger ' || current_schema()))")

    def is_document_error(self, exc: Exception) -> bool:
        return isinstance(exc, (self._psycopg.DataError, self._psycopg.IntegrityError))

    def full(self, exc: Exception) -> bool:
        # 53100, whatever the language of the server's messages: "could not extend file" (a
        # table grows; the transaction is rolled back) or "could not write to file
        # "pg_wal/…"" (the write-ahead log cannot grow: the server crashes and restarts)
        return isinstance(exc, self._psycopg.errors.DiskFull) or super().full(exc)

    def lost(self, exc: Exception) -> bool:
        # a server shut down or restarted: "terminating connection due to administrator
        # command" (sent as it stops), or a socket that closed under a statement
        return bool(self._con.closed) or isinstance(
            exc, self._psycopg.errors.AdminShutdown)

    def last_words(self) -> str | None:
        return self._last_words

    def database_error(self) -> type[Exception]:
        return self._psycopg.Error


def _pyformat(sql: str) -> str:
    # The ledger's SQL holds no literal "?" or "%": every value travels as a parameter.
    return sql.replace("?", "%s")


def _pg_connect_reason(exc: Exception) -> str:
    line = _reason(exc)
    line = re.sub(r"^connection (failed|is bad): ", "", line)
    line = re.sub(r'^connection to server (at|on) .*? failed: ', "", line)
    return re.sub(r"^FATAL:\s+", "", line)
