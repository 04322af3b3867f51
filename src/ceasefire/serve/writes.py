"""The write endpoints, only with the server's token: a document JSON stored at once, or a list
of URLs fetched and ingested in the background (``jobs.py``)."""
from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ceasefire import corrections, errors
from ceasefire.ingest import json_document
from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.serve import models
from ceasefire.serve.http import error_response
from ceasefire.store import Ledger
from ceasefire.store.refresh import refresh

TOKEN_ENV = "CEASEFIRE_API_TOKEN"
MAX_BODY = 5_000_000  # bytes: the limit of one report for `ceasefire ingest` too
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "The body is not JSON."},
    401: {"model": models.Error, "description": "No token, or not the server's."},
    403: {"model": models.Error, "description": "A read-only server (no token configured)."},
}

def token_problem(token: str | None) -> str | None:
    """Why ``token`` cannot be the write token, if it cannot. A client sends it in a header:
    printable ASCII, its ends stripped. One of spaces, with other characters or with spaces
    at its ends never matched, and the server refused every write without saying why."""
    if token and not all("!" <= c <= "~" for c in token):
        return (f"${TOKEN_ENV} must be printable ASCII without spaces, as a client can send "
                "it in a header: make one with `python3 -c 'import secrets; "
                "print(secrets.token_urlsafe(32))'`")
    return None


router = APIRouter(prefix="/api", tags=["writes"], responses=WRITE_ERRORS)
bearer = HTTPBearer(auto_error=False, description=f"The server's write token (${TOKEN_ENV}).")


def _writer(request: Request,
            credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    # WriteGuard refused a request without the token before its body was read; this
    # declares the token in the schema, and checks it again, at no cost
    refusal = _refusal(request.app.state.write_token, credentials)
    if refusal is not None:
        raise refusal


def _refusal(token: str | None, credentials: HTTPAuthorizationCredentials | None
             ) -> HTTPException | None:
    """Why a request with these credentials may not write, or None when it may."""
    if token is None:
        return HTTPException(403, f"read-only server: start it with ${TOKEN_ENV} set to allow "
                                  "writes")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        return HTTPException(401, "a write needs the header `Authorization: Bearer <token>` "
                                  "with the server's token", {"WWW-Authenticate": "Bearer"})
    return None


class WriteGuard:
    """ASGI middleware in front of the routes that need the token: the server's mode and the
    token are checked, and a body over ``MAX_BODY`` is a 413 (from its Content-Length, else
    as it streams), before anything reads the body. FastAPI reads and parses a route's body
    before its dependencies run: with the check in ``_writer`` alone, a 200 MB body without
    a token cost ~600 MB before its 401. (Inside ``http.SecurityHeaders``, so its answers
    have the headers too.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _needs_token(scope):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = _refusal(scope["app"].state.write_token, await bearer(request))
        declared = request.headers.get("content-length", "")
        if refusal is None and declared.isdigit() and int(declared) > MAX_BODY:
            refusal = _too_large()
        if refusal is not None:
            headers = dict(refusal.headers) if refusal.headers else None
            await error_response(refusal.status_code, refusal.detail, headers)(
                scope, receive, send)
            return
        await self.app(scope, _capped(receive), send)


def _too_large() -> HTTPException:
    return HTTPException(413, f"the body is over {MAX_BODY:,} bytes, the limit of a write "
                              "(one report)")


def _needs_token(scope: Scope) -> bool:
    return any(route.matches(scope)[0] is Match.FULL for route in router.routes)


def _capped(receive: Receive) -> Receive:
    """``receive``, refusing a body that grows past ``MAX_BODY`` (a 413, through FastAPI's
    handlers: it lets an HTTPException raised while reading the body pass)."""
    size = 0

    async def capped() -> Message:
        nonlocal size
        message = await receive()
        size += len(message.get("body", b""))
        if size > MAX_BODY:
            raise _too_large()
        return message

    return capped


Writer = Annotated[None, Depends(_writer)]
# A document that cannot be read or stored (a 422, or a rejection in a job); any other store
# error means the ledger itself is unavailable (a 503).
NOT_STORED = (errors.ReaderFailed, errors.DocumentNotStored)


@router.post("/documents", status_code=201, response_model=models.Stored,
             responses={200: {"model": models.Stored, "description": "Already stored."},
                        413: {"model": models.Error}, 422: {"model": models.Error}},
             # the body is read raw (size-capped, then parsed like `ceasefire ingest` does),
             # so its schema is declared here rather than by a parameter
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": models.DocumentIn.model_json_schema()}}}})
async def submit(request: Request, response: Response, _: Writer) -> Any:
    """Store a document JSON (the GUIDE's format: ``id``, ``text``, ``published``, ``source``,
    ``url``, ``title``), read it and re-fuse the events. Needs the server's write token."""
    document = _document(await request.body())  # capped by WriteGuard
    state = request.app.state
    try:
        stored = await run_in_threadpool(store_document, state.db, state.gate, document)
    except NOT_STORED as error:
        raise HTTPException(422, f"{error.problem}. {error.fix}") from None
    if stored["outcome"] == "unchanged":
        response.status_code = 200
    return stored


@router.post("/urls", status_code=202, response_model=models.JobPage,
             responses={422: {"model": models.Error}})
def submit_urls(request: Request, urls: models.UrlList, _: Writer) -> Any:
    """Fetch these pages or feeds and ingest what they hold, in the background: the answer is
    the job, to follow at ``/api/jobs/{job}``. Fetching obeys robots.txt and refuses private
    addresses unless the server allows them. Needs the server's write token."""
    job = request.app.state.jobs.submit([str(url) for url in urls.urls])
    return job.summary()


@router.get("/jobs/{job_id}", response_model=models.JobPage,
            responses={404: {"model": models.Error}})
def job(request: Request, job_id: Annotated[str, Path(max_length=64)], _: Writer) -> Any:
    """How a URL list goes: each document stored, unchanged or replaced, each rejection with
    its reason."""
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r} (the server keeps the last jobs only, "
                                 "and none across a restart)")
    return found.summary()


@router.post("/corrections", status_code=201, response_model=models.CorrectionRow,
             responses={422: {"model": models.Error}})
def submit_correction(request: Request, body: models.CorrectionIn, _: Writer) -> Any:
    """Correct the ledger as an analyst (as `ceasefire correct` does): reject an event, some
    documents' records of it or a position; set an event's field or a term's end; merge two
    events; split one. Kept with who, when and why, applied now and on every fusion after.
    The answer says what the fusion made of it (``status``: applied, or stale and why).
    Needs the server's write token."""
    ask = corrections.Request(body.action, body.target, body.by, body.why, body.field,
                              body.value, body.other, tuple(body.documents))
    state = request.app.state
    try:
        with state.gate.writing(), Ledger.open(state.db) as ledger:
            made, _outcome = corrections.correct(ledger, ask)
            return next(r for r in corrections.rows(ledger) if r["correction"] == made.id)
    except corrections.BadCorrection as problem:
        raise HTTPException(422, str(problem)) from None


def _document(body: bytes) -> Document:
    try:  # the body is document JSON whatever it looks like: a list is no text to read
        document = json_document("the body", body)
    except errors.InputError as error:
        raise HTTPException(422, f"{error.problem}. {error.fix}") from None
    if not document.id:
        raise HTTPException(422, 'the document has no "id": give it one (it names the '
                                 "document in the ledger, and a later version replaces it)")
    return document


def store_document(db: str | None, gate: Any, document: Document, *, fuse: bool = True
                   ) -> dict[str, Any]:
    """Read ``document`` and store it (under the gate's write lock); with ``fuse``, re-fuse
    the days it touches (else ``events`` is None: ``fuse_stored`` does it later, once for
    many). One of ``NOT_STORED`` when it cannot be read or stored."""
    try:
        reading = read_document(document)
    except Exception as exc:  # one bad article is its own problem, not the server's
        raise errors.ReaderFailed(document.id, exc) from None
    with gate.writing(), Ledger.open(db) as ledger:
        outcome = ledger.add(document, reading)
        events = _fused(ledger) if fuse else None
    return {"document": document.id, "outcome": outcome, "records": reading.record_count(),
            "events": events}


def fuse_stored(db: str | None, gate: Any) -> int:
    """Fuse what was stored since the last fusion; the number of events."""
    with gate.writing(), Ledger.open(db) as ledger:
        return _fused(ledger)


def _fused(ledger: Ledger) -> int:
    # the ledger keeps the days stored since its fused layer was last replaced
    return refresh(ledger) if ledger.due_days() else ledger.event_count()
