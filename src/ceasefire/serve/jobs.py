"""URL lists submitted to the API, fetched and ingested in the background, one job at a time.

A URL list can take minutes (fetching is polite: robots.txt, a second between requests to one
site, timeouts and retries), so ``POST /api/urls`` answers at once with a job and
``GET /api/jobs/{id}`` tells how it goes: each URL's documents stored, unchanged or replaced,
and each rejection with its reason. Jobs live in the server's memory (the last ``KEPT``); what
they stored is in the ledger, like any ingest.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ceasefire.errors import ReportedError
from ceasefire.ingest import Rejection
from ceasefire.model import Document

log = logging.getLogger(__name__)
KEPT = 200  # finished jobs remembered
State = Literal["queued", "running", "done", "failed"]


@dataclass
class Result:
    """What became of one document or one refused input of a job."""

    input: str
    outcome: Literal["stored", "unchanged", "replaced", "copy", "rejected"]
    document: str | None = None
    records: int = 0
    reason: str | None = None


@dataclass
class Job:
    id: str
    urls: list[str]
    submitted: dt.datetime
    state: State = "queued"
    results: list[Result] = field(default_factory=list)
    events: int | None = None
    error: str | None = None

    def summary(self) -> dict[str, Any]:
        counts = {outcome: sum(r.outcome == outcome for r in self.results)
                  for outcome in ("stored", "unchanged", "replaced", "copy", "rejected")}
        return {"job": self.id, "state": self.state, "submitted": self.submitted,
                "urls": self.urls, "counts": counts, "events": self.events,
                "error": self.error, "results": [asdict(r) for r in self.results]}


# Reads and stores one fetched document; raises one of ``not_stored`` for a document it cannot
# store (any other exception fails the job: the ledger itself is unavailable). The job fuses
# once, at its end, what all its documents touched (``fuse``: the number of events).
StoreOne = Callable[[Document], dict[str, Any]]
Fetch = Callable[[list[str]], Iterable[Document | Rejection]]


class Jobs:
    """The server's job queue: one worker thread, so ingests never race each other."""

    def __init__(self, fetch: Fetch, store: StoreOne, fuse: Callable[[], int],
                 not_stored: tuple[type[Exception], ...]) -> None:
        self._fetch, self._store, self._fuse = fetch, store, fuse
        self._not_stored = not_stored
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None  # started by the first job
        self._stopping = threading.Event()

    def submit(self, urls: list[str]) -> Job:
        job = Job(uuid.uuid4().hex[:16], urls, dt.datetime.now(dt.UTC))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT:
                self._jobs.popitem(last=False)
            if self._worker is None:  # the first job, or the first since the app restarted
                self._stopping = threading.Event()
                self._worker = ThreadPoolExecutor(1, thread_name_prefix="ceasefire-job")
            self._worker.submit(self._run, job, self._stopping)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self) -> None:
        """Stop: queued jobs are dropped, a running one stops after the document in hand."""
        with self._lock:
            worker, self._worker = self._worker, None
            self._stopping.set()
        if worker is not None:
            worker.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, stopping: threading.Event) -> None:
        job.state = "running"
        try:
            for item in self._fetch(job.urls):
                if stopping.is_set():
                    raise RuntimeError("the server stopped during the job")
                job.results.append(self._result(item))
            job.events = self._fuse()
            job.state = "done"
        except Exception as exc:  # the job fails, the server and the next jobs go on
            log.exception("job %s failed", job.id)
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"

    def _result(self, item: Document | Rejection) -> Result:
        if isinstance(item, Rejection):
            return Result(item.where, "rejected", reason=f"{item.problem}. {item.fix}")
        where = item.url or item.id
        try:
            stored = self._store(item)
        except self._not_stored as error:
            reason = f"{error.problem}. {error.fix}" if isinstance(error, ReportedError) \
                else str(error)
            return Result(where, "rejected", item.id, reason=reason)
        return Result(where, stored["outcome"], item.id, stored["records"])
