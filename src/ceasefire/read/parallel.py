"""Reading many documents: in this process, in N local processes, or on a Dask cluster.

Reading is the CPU-heavy stage (about 150 documents a second on one core) and each document is
read on its own, so it spreads over processes without changing a single record: a worker gets
documents and sends back their ``Reading``s (plain dataclasses, a few kilobytes pickled) with
each text's MinHash signature, which the store needs to find near-copies (``store.minhash``):
about a millisecond of CPU a document, better spent in a worker than in the one process that
stores.
``read_many`` gives the results in input order, so whoever stores them does so in the same
order as a one-process run. It keeps a bounded number of documents out at a time and pulls
its input lazily, in the calling thread: memory does not grow with the corpus, and the input
iterator may use objects that belong to that thread (such as a database connection).

With local processes the calling process reads too: ``--workers N`` starts N - 1 others, and
whenever the oldest result is not back yet, the caller reads the next chunk itself instead of
waiting. It also stores, so it reads only what its spare time allows, and N processes keep N
cores busy (N + 1 processes on N cores cost each a share of its core, and the extra one's
start, for nothing).
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ceasefire import errors
from ceasefire.ingest import Rejection
from ceasefire.model import Document, Reading
from ceasefire.processes import process_pool
from ceasefire.read import read_document, read_documents
from ceasefire.store import minhash

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

__all__ = ["LOCAL", "Read", "read_chunk", "read_many", "read_one"]

# A task is a chunk of documents: about 50 ms of reading, so that sending it and its results
# costs little next to the work, yet small enough to keep every worker busy to the end.
CHUNK = 8
# Chunks in flight per worker: enough to keep the workers busy while the main process commits
# a batch of 100 documents (a few hundred ms), and still only a few megabytes.
AHEAD = 8
LOCAL = "local"  # --dask local: a Dask cluster of worker processes on this machine
_DASK_LOGGERS = ("distributed", "tornado", "tornado.application")  # those with a stderr handler

Outcome = tuple[Reading | Rejection, minhash.Signature | None]


class Read(NamedTuple):
    """A document, its reading (or the rejection that says the reader failed on it) and its
    text's MinHash signature (None when rejected)."""

    document: Document
    reading: Reading | Rejection
    signature: minhash.Signature | None


def read_one(document: Document) -> Outcome:
    """The document's reading and signature, or the rejection that says the reader failed."""
    try:
        return read_document(document), minhash.signature(document.text)
    except Exception as exc:  # one bad article never stops a batch
        return Rejection.of(errors.ReaderFailed(document.id, exc)), None


def read_chunk(documents: list[Document]) -> list[Outcome]:
    """What a worker does with one task: its documents read together (their parses in one
    batch, ``read_documents``), each with its signature or its rejection."""
    return [(Rejection.of(errors.ReaderFailed(d.id, r)), None) if isinstance(r, Exception)
            else (r, minhash.signature(d.text))
            for d, r in zip(documents, read_documents(documents), strict=True)]


def read_many(documents: Iterable[Document], *, workers: int = 1, dask: str | None = None,
              processes: ProcessPoolExecutor | None = None) -> Generator[Read, None, None]:
    """Each document with its reading (or rejection) and signature, in input order.

    ``workers=1`` reads in this process; ``workers=N`` in this one and N - 1 local processes
    (``processes``, when the caller keeps them for more work: N - 1 of them; else started
    here); ``dask`` on a Dask cluster: a scheduler's address (``tcp://host:8786``, whose
    workers must have ceasefire installed) or ``"local"`` for a cluster of ``workers``
    processes started here. Raises ``WorkersFailed`` when the workers cannot be started or
    reached, or stop. Close the iterator (or exhaust it) to stop the workers started here.
    """
    if dask is None and workers <= 1:
        source = iter(documents)
        while chunk := list(islice(source, CHUNK)):
            for document, outcome in zip(chunk, read_chunk(chunk), strict=True):
                yield Read(document, *outcome)
        return
    with contextlib.ExitStack() as stack:
        pool: _Pool
        if dask is not None:
            pool = stack.enter_context(contextlib.closing(_DaskPool(dask, workers)))
        else:
            executor = processes or stack.enter_context(process_pool(workers - 1))
            pool = _ProcessPool(executor, workers - 1, where=f"--workers {workers}")
        yield from _in_order(pool, documents, pool.workers * AHEAD, helps=dask is None)


class _Pool(Protocol):
    """What ``_in_order`` needs of a pool: submit a chunk, wait for its results."""

    workers: int
    where: str

    def submit(self, chunk: list[Document]) -> Any: ...

    def ready(self, task: Any) -> bool: ...

    def result(self, task: Any) -> list[Outcome]: ...


class _ReadHere(NamedTuple):
    """A chunk the calling process read itself, in its place among the pool's tasks."""

    outcomes: list[Outcome]


def _in_order(pool: _Pool, documents: Iterable[Document], limit: int, *,
              helps: bool = False) -> Iterator[Read]:
    """Keep ``limit`` chunks in flight; hand results back oldest first. When ``helps``, read
    the next chunk here rather than wait for the oldest (at most ``limit`` chunks read here
    wait for older ones, so that memory stays bounded if the pool stalls)."""
    source = iter(documents)
    pending: deque[tuple[list[Document], Any]] = deque()
    out = here = 0  # chunks in ``pending`` sent to the pool / read here
    while True:
        while out < limit and (chunk := list(islice(source, CHUNK))):
            pending.append((chunk, pool.submit(chunk)))
            out += 1
        if not pending:
            return
        if (helps and here < limit and not isinstance(pending[0][1], _ReadHere)
                and not pool.ready(pending[0][1]) and (chunk := list(islice(source, CHUNK)))):
            pending.append((chunk, _ReadHere(read_chunk(chunk))))
            here += 1
            continue
        chunk, task = pending.popleft()
        if isinstance(task, _ReadHere):
            outcomes, here = task.outcomes, here - 1
        else:
            outcomes, out = pool.result(task), out - 1
        for document, (reading, signature) in zip(chunk, outcomes, strict=True):
            yield Read(document, reading, signature)


@contextlib.contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored while processes start: they keep ignoring it (Python and asyncio leave
    an ignored SIGINT alone), and the main process stops them instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _ProcessPool:
    """N local processes (``processes.process_pool``), stopped by their owner."""

    def __init__(self, executor: ProcessPoolExecutor, workers: int, where: str) -> None:
        self._executor, self.workers, self.where = executor, workers, where

    def submit(self, chunk: list[Document]) -> Future[list[Outcome]]:
        try:
            return self._executor.submit(read_chunk, chunk)
        except RuntimeError as exc:  # BrokenProcessPool: a worker died earlier
            raise self._stopped(exc) from None

    def ready(self, task: Future[list[Outcome]]) -> bool:
        return task.done()

    def result(self, task: Future[list[Outcome]]) -> list[Outcome]:
        try:
            return task.result()
        except Exception as exc:  # a worker was killed (out of memory?) or could not start
            raise self._stopped(exc) from None

    def _stopped(self, exc: BaseException) -> errors.WorkersFailed:
        return errors.WorkersFailed(self.where, f"a reading process stopped ({_why(exc)})",
                                    "Run the same command again to go on; if memory ran out, "
                                    "with fewer --workers")


class _DaskPool:
    """Tasks on a Dask cluster: one at an address, or a ``LocalCluster`` started here."""

    def __init__(self, address: str, workers: int) -> None:
        from distributed import Client, LocalCluster
        from distributed.utils import silence_logging_cmgr

        # Dask logs its own errors to stderr: on Ctrl-C, the keys it could no longer gather, or
        # tornado's traceback of a cancel that came too early (distributed 2026.8.0). Every
        # failure that matters reaches the caller as an exception (``result``), said in one
        # line; the logs of a remote scheduler and its workers stay where they are.
        self._quiet = contextlib.ExitStack()
        for logger in _DASK_LOGGERS:
            self._quiet.enter_context(silence_logging_cmgr(logging.CRITICAL, logger))
        self.where = f"--dask {address}"
        self._cluster: LocalCluster | None = None
        try:
            if address == LOCAL:
                n = workers if workers > 1 else (os.cpu_count() or 1)
                with _interrupts_ignored():  # inherited by the worker processes it starts
                    self._cluster = LocalCluster(n_workers=n, threads_per_worker=1,
                                                 processes=True, dashboard_address=":0",
                                                 silence_logs=logging.CRITICAL)
                self._client: Client = Client(self._cluster)
            else:
                self._client = Client(address, timeout="10s")
        except (OSError, ValueError, TypeError) as exc:
            self.close()
            raise errors.WorkersFailed(self.where, f"cannot reach the Dask scheduler "
                                       f"({_why(exc)})",
                                       "Check that the scheduler runs at that address "
                                       "(tcp://HOST:8786), or use --dask local or --workers N"
                                       ) from None
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def submit(self, chunk: list[Document]) -> Any:
        return self._client.submit(read_chunk, chunk, pure=False)

    def ready(self, task: Any) -> bool:
        return bool(task.done())

    def result(self, task: Any) -> list[Outcome]:
        try:
            return list(task.result())
        except Exception as exc:  # a worker died (KilledWorker), the scheduler went away …
            raise errors.WorkersFailed(
                self.where, f"the Dask cluster stopped reading ({_why(exc)})",
                "Run the same command again to go on; check the scheduler's and workers' "
                "logs") from None

    def close(self) -> None:
        try:
            for part in (getattr(self, "_client", None), self._cluster):
                if part is not None:
                    part.close()
        finally:
            self._quiet.close()


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
