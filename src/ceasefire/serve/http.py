"""What every response shares: the one error shape, the security headers, JSON or CSV, pages.

Every error is ``{"error": {"status": int, "message": str}}``, whether FastAPI, Starlette or
our own code raised it; article text is untrusted, so every response forbids inline script and
content sniffing (the dashboard, later, ships its own script files).
"""
from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ceasefire import errors
from ceasefire.export import CsvWriter, rows_as_text
from ceasefire.store.tables import as_json
from ceasefire.views import Row

log = logging.getLogger("ceasefire.serve")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
CSV = "text/csv; charset=utf-8"
JSON = "application/json"


def error_response(status: int, message: str, headers: dict[str, str] | None = None
                   ) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                        headers=headers)


def install(app: FastAPI) -> None:
    """Add the error handlers and the security headers to ``app``."""
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(errors.StoreError, _store_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
    app.add_middleware(SecurityHeaders)


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, a 500 included. (Plain ASGI:
    Starlette's BaseHTTPMiddleware cost ~0.5 ms a request.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        try:
            await self.app(scope, receive, secured)
        except Exception as exc:  # a 500 gets the headers and the error shape too
            if started:
                raise
            response = await _unexpected(Request(scope), exc)
            await response(scope, receive, secured)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    headers = dict(exc.headers or {})
    if exc.status_code == 404 and message == "Not Found":  # Starlette's, for a path not routed
        message = f"no such path {request.url.path!r}; the endpoints are listed at /openapi.json"
    if exc.status_code == 400 and message == "There was an error parsing the body":  # FastAPI's
        message = "the body is not valid JSON: send a JSON object (Content-Type: application/json)"
    if exc.status_code == 405:  # Starlette's Allow names only the first route of the path
        headers["Allow"] = _allowed_methods(request)
        message = f"{request.method} is not allowed on {request.url.path}; use {headers['Allow']}"
    return error_response(exc.status_code, message, headers)


def _allowed_methods(request: Request) -> str:
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    return error_response(422, "; ".join(_problem(e) for e in exc.errors()))


def _problem(error: Any) -> str:
    where = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    kind = {"query": "query parameter", "path": "path parameter"}.get(
        str(error.get("loc", ("",))[0]), "parameter")
    return f"{kind} {'.'.join(where)!r}: {error.get('msg', 'is not valid')}" if where \
        else str(error.get("msg", "is not valid"))


async def _store_error(request: Request, exc: errors.StoreError) -> JSONResponse:
    # The database cannot be used now (missing, locked by a writer, a server down): not ours.
    # The client, anonymous maybe, is told that much; which file, server or process, and
    # why, goes to the server's log (a path or a PID tells an outsider about the machine).
    log.warning("%s %s: %s", request.method, request.url.path, exc)
    if isinstance(exc, errors.StoreInUse):
        return error_response(503, "the ledger is being written by another process: try "
                                   "again in a moment (the server's log says which)")
    if isinstance(exc, errors.QueryTooLong):  # the request's own cost: tell the client
        return error_response(503, f"the search {exc.problem}: {exc.fix}")
    return error_response(503, "the ledger cannot be read now: try again later (the server's "
                               "log says why)")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, "the server failed on this request; the error is in its log")


def wants_csv(request: Request, fmt: str | None) -> bool:
    """``?format=`` wins; else ``Accept: text/csv``; else JSON."""
    if fmt is not None:
        return fmt == "csv"
    return "text/csv" in request.headers.get("accept", "")


def csv_response(rows: Sequence[Row], total: int | None = None,
                 columns: Sequence[str] = ()) -> Response:
    """``rows`` as CSV; ``columns`` name the header when there is no row."""
    headers = {"X-Total-Count": str(total)} if total is not None else None
    return Response(rows_as_text(rows, "csv", columns), media_type=CSV, headers=headers)


def csv_stream(batches: Iterable[Sequence[Row]], columns: Sequence[str], total: int
               ) -> StreamingResponse:
    """Rows as CSV in one response, sent batch by batch as they are read: a whole query
    downloads at once, without holding it all in memory. The header is ``columns``' (the
    rows' keys, in that order)."""
    def chunks() -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = CsvWriter(buffer, fieldnames=list(columns))
        writer.writeheader()
        for rows in batches:
            writer.writerows(rows)
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
        if buffer.tell():
            yield buffer.getvalue().encode()

    return StreamingResponse(chunks(), media_type=CSV, headers={"X-Total-Count": str(total)})


def json_response(content: Any, headers: dict[str, str] | None = None) -> Response:
    """``content`` (plain JSON values: no dates) as JSON, as the route's response model would
    write it but without validating it again: for an answer of megabytes, validation cost more
    than the query. The schema tests check that these answers follow the models."""
    return Response(as_json(content).encode(), media_type=JSON, headers=headers)


def json_page(total: int, limit: int, offset: int, items: Sequence[str]) -> Response:
    """A ``models.Page`` of ``items`` already written as JSON, with ``X-Total-Count``."""
    body = (f'{{"total":{total:d},"limit":{limit:d},"offset":{offset:d},"items":['
            + ",".join(items) + "]}")
    return Response(body.encode(), media_type=JSON, headers={"X-Total-Count": str(total)})


def page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": list(items[offset:offset + limit])}
