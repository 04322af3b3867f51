"""Requests share the ledger to read; a write waits for them and has it alone (DuckDB refuses
a read-only connection beside a writing one in the same process).

Requests share one read-only DuckDB database, each through a cursor of its own: opening the
file costs 30-100 ms, a cursor a tenth of a millisecond (and its first query ~0.4 ms more, so
cursors are kept for the next requests). It stays open while requests are in
flight and ``Gate.LINGER`` seconds after the last one (under load the next one comes sooner),
then closes: a server without requests holds no lock, and ``ceasefire ingest`` in another
process can write. A write through the API closes it at once. A PostgreSQL ledger is opened
per request (a connection of its own).

Under a steady load of reads the file would never be idle, so a writer in another process
that finds it open waits and says so (``dialect.WAITING``): then new requests are refused
(503, "is being written") until it has come and gone, the requests in flight finish, and the
file closes ``LINGER`` after the last. DuckDB lets no process read while one writes, so the
server answers 503 for as long as the writer holds the file (its answer cache still answers
what it kept). The alternative, a copy of the file to read, costs a copy of a large ledger.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ceasefire import errors
from ceasefire.store import Ledger
from ceasefire.store.dialect import parse_target, waiting_writer


class Gate:
    LINGER = 0.1

    def __init__(self, db: str | None = None) -> None:
        self._db = db
        self._changed = threading.Condition()
        self._readers, self._writing = 0, False
        self._target = parse_target(db)
        self.shares = self._target.kind == "duckdb"
        self._shared: Ledger | None = None
        self._spare: list[Ledger] = []  # its cursors not in use: a new one's first query is slower
        self._opening = threading.Lock()
        self._left = 0.0  # time.monotonic() when the last reader left
        self._closer: threading.Thread | None = None  # closes the shared ledger when idle

    @property
    def holding(self) -> bool:
        """Is the shared DuckDB ledger open (and the file locked against writers)?"""
        return self._shared is not None

    @contextmanager
    def reading(self) -> Iterator[Ledger]:
        ledger = self.enter()
        try:
            yield ledger
        finally:
            self.leave(ledger)

    def enter_now(self) -> Ledger | None:
        """A reader of the shared ledger if that needs no wait (it is open, nothing writes),
        else None: then ``enter``, which may wait, from a worker thread."""
        with self._changed:
            if self._writing or self._shared is None or waiting_writer(self._target):
                return None
            reader = self._spare.pop() if self._spare else self._shared.reader()
            self._readers += 1
            return reader

    def enter(self) -> Ledger:
        """A reader, once no write is under way; ``leave`` it when done."""
        with self._changed:
            self._changed.wait_for(lambda: not self._writing)
            self._yield_to_writer()
            self._readers += 1
        try:
            return self._open()
        except BaseException:
            self._left_one()
            raise

    def _yield_to_writer(self) -> None:
        """Refuse a new reader while another process waits to write the DuckDB file: the
        readers in flight finish, the file closes, and the writer gets it."""
        writer = waiting_writer(self._target)
        if writer is not None:
            raise errors.StoreInUse(self._target.shown, writer, reading=True)

    def leave(self, ledger: Ledger) -> None:
        if not self.shares:
            try:
                ledger.close()
            finally:
                self._left_one()
            return
        self._left_one(ledger)  # the shared ledger stays open while a reader is out

    def _open(self) -> Ledger:
        if not self.shares:
            return Ledger.open(self._db, read_only=True)
        with self._opening:  # the first reader opens it; those arriving meanwhile wait
            if self._shared is None:
                self._shared = Ledger.open(self._db, read_only=True)
            with self._changed:
                return self._spare.pop() if self._spare else self._shared.reader()

    def _left_one(self, spare: Ledger | None = None) -> None:
        with self._changed:
            if spare is not None:
                self._spare.append(spare)
            self._readers -= 1
            if self._readers == 0 and self._shared is not None:
                self._left = time.monotonic()
                if self._closer is None or not self._closer.is_alive():
                    # one thread while the ledger is open, not a timer per request (~0.5 ms)
                    self._closer = threading.Thread(target=self._close_when_idle, daemon=True,
                                                    name="ceasefire-ledger-closer")
                    self._closer.start()
            self._changed.notify_all()

    def _close_when_idle(self) -> None:
        """Close the shared ledger once no reader came for ``LINGER`` seconds; then end."""
        with self._changed:
            while self._shared is not None:
                idle = time.monotonic() - self._left
                if self._readers == 0 and idle >= self.LINGER:
                    self._close()
                    return
                self._changed.wait(self.LINGER - idle if self._readers == 0 else None)

    def close(self) -> None:
        """Close the shared ledger now and wait for the closing thread to end (the server is
        stopping). A daemon thread still inside DuckDB when Python exits is stopped by
        pthread_exit, whose unwinding DuckDB's C++ swallows: the process aborts (exit 134)."""
        with self._changed:
            self._changed.wait_for(lambda: self._readers == 0, timeout=30)
            self._close()
            self._changed.notify_all()
        if self._closer is not None:
            self._closer.join()

    def _close(self) -> None:
        while self._spare:  # a cursor left open would keep the file open and locked
            self._spare.pop().close()
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
            self._close()
        try:
            yield
        finally:
            with self._changed:
                self._writing = False
                self._changed.notify_all()
