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
from dataclasses import dataclass

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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

    def get(self, key: str, version: Version) -> Kept | None:
        with self._lock:
            kept = self._kept.get(key)
            if kept is None or kept.version != version:
                return None
            self._kept.move_to_end(key)
            return kept

    def keep(self, key: str, kept: Kept) -> None:
        with self._lock:
            old = self._kept.pop(key, None)
            self._bytes -= len(old.body) if old else 0
            self._kept[key] = kept
            self._bytes += len(kept.body)
            while len(self._kept) > MAX_ENTRIES or self._bytes > MAX_BYTES:
                _, dropped = self._kept.popitem(last=False)
                self._bytes -= len(dropped.body)


class CachedAnswers:
    """ASGI middleware: GET /api/… answered from ``cache`` while the ledger is unchanged, and
    each new 200 answer kept there as it is sent. (Plain ASGI: Starlette's BaseHTTPMiddleware
    cost ~0.5 ms a request.)"""

    def __init__(self, app: ASGIApp, cache: AnswerCache) -> None:
        self.app, self.cache = app, cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        version = self.cache.version() if _cacheable(scope) else None
        if version is None:
            await self.app(scope, receive, send)
            return
        accept = next((v for k, v in scope["headers"] if k == b"accept"), b"").decode("latin-1")
        key = f"{scope['path']}?{scope['query_string'].decode('latin-1')}|{accept}"
        kept = self.cache.get(key, version)
        if kept is not None:
            await Response(kept.body, kept.status, dict(kept.headers))(scope, receive, send)
            return
        start: Message = {}
        body: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and start.get("status") == 200 \
                    and size <= MAX_BODY:  # a larger (streamed) answer is not held, nor kept
                body.append(message.get("body", b""))
                size += len(body[-1])
                if not message.get("more_body") and size <= MAX_BODY \
                        and self.cache.version() == version:  # unchanged while computing
                    headers = tuple((k.decode("latin-1"), v.decode("latin-1"))
                                    for k, v in start["headers"] if k != b"content-length")
                    self.cache.keep(key, Kept(version, 200, b"".join(body), headers))
            await send(message)

        await self.app(scope, receive, keep)


def _cacheable(scope: Scope) -> bool:
    # The job pages change without the ledger changing, and need the token: never kept.
    path: str = scope.get("path", "")
    return scope["type"] == "http" and scope["method"] == "GET" and path.startswith("/api/") \
        and not path.startswith("/api/jobs/")
