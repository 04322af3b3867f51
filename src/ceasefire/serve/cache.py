"""Answers to GET /api/… kept while the ledger does not change (DuckDB ledgers).

A DuckDB ledger is open only while requests are (a connection held between requests would
lock out `ceasefire ingest` in another process), and opening it costs tens of milliseconds;
a cached answer costs neither that nor a query. A ledger
changes only when something is stored, so an answer stays right until the file (or its
write-ahead log) changes: its size and modification time, a ``stat`` per request, are the
version the answers are kept under. A PostgreSQL ledger has no such version here: no cache.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request, Response

from ceasefire.store.dialect import parse_target

MAX_ENTRIES = 512
MAX_BYTES = 64 * 1024 * 1024  # all bodies together
MAX_BODY = 16 * 1024 * 1024  # a larger answer is not kept (/api/places: 4.4 MB at 20,000 articles)
Version = tuple[int, int, int, int]


@dataclass(frozen=True)
class Kept:
    version: Version
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]


class AnswerCache:
    def __init__(self, db: str | None) -> None:
        target = parse_target(db)
        self.path = target.location if target.kind == "duckdb" else None
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def version(self) -> Version | None:
        if self.path is None:
            return None
        try:
            ledger = os.stat(self.path)
        except OSError:
            return None
        try:
            wal = os.stat(self.path + ".wal")
            log = (wal.st_size, wal.st_mtime_ns)
        except OSError:
            log = (0, 0)
        return (ledger.st_size, ledger.st_mtime_ns, *log)

    async def answer(self, request: Request,
                     call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        version = self.version() if _cacheable(request) else None
        if version is None:
            return await call_next(request)
        key = f"{request.url.path}?{request.url.query}|{request.headers.get('accept', '')}"
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept.version == version:
                self._kept.move_to_end(key)
                return Response(kept.body, kept.status, dict(kept.headers))
        response = await call_next(request)
        if response.status_code != 200:
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
        headers = tuple((k, v) for k, v in response.headers.items() if k != "content-length")
        if len(body) <= MAX_BODY and self.version() == version:  # unchanged while computing
            self._keep(key, Kept(version, response.status_code, body, headers))
        return Response(body, response.status_code, dict(headers))

    def _keep(self, key: str, kept: Kept) -> None:
        with self._lock:
            old = self._kept.pop(key, None)
            self._bytes -= len(old.body) if old else 0
            self._kept[key] = kept
            self._bytes += len(kept.body)
            while len(self._kept) > MAX_ENTRIES or self._bytes > MAX_BYTES:
                _, dropped = self._kept.popitem(last=False)
                self._bytes -= len(dropped.body)


def _cacheable(request: Request) -> bool:
    # The job pages change without the ledger changing, and need the token: never kept.
    path = request.url.path
    return request.method == "GET" and path.startswith("/api/") and not path.startswith(
        "/api/jobs/")
