"""Local worker processes: an ingest with ``--workers N`` reads with N - 1 of them beside its
own process, then fuses with one of them (their reader and lexicons already loaded)."""
from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """``workers`` processes started fresh ("spawn": the caller may hold database threads and
    locks that a forked child must not inherit), which leave Ctrl-C to the caller: it stops
    them and prints one line, where each would print a traceback. On the way out, tasks not
    started are dropped."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts,
                               mp_context=multiprocessing.get_context("spawn"))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
