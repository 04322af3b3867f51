"""Local worker processes, as reading and fusing start them."""
from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor


def process_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` processes started fresh ("spawn": the caller may hold database threads and
    locks that a forked child must not inherit), which leave Ctrl-C to the caller: it stops
    them and prints one line, where each would print a traceback."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
