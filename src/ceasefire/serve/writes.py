"""The write endpoints, only with the server's token: a document JSON stored at once, or a list
of URLs fetched and ingested in the background (``jobs.py``)."""
from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ceasefire import corrections, errors
from ceasefire.ingest import json_document
from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.serve import models
from ceasefire.store import Ledger
from ceasefire.store.refresh import refresh

TOKEN_ENV = "CEASEFIRE_API_TOKEN"
MAX_BODY = 5_000_000  # bytes: the limit of one report for `ceasefire ingest` too
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Error, "description": "The body is not JSON."},
    401: {"model": models.Error, "description": "No token, or not the server's."},
    403: {"model": models.Error, "description": "A read-only server (no token configured)."},
}

router = APIRouter(prefix="/api", tags=["writes"], responses=WRITE_ERRORS)
bearer = HTTPBearer(auto_error=False, description=f"The server's write token (${TOKEN_ENV}).")


def _writer(request: Request,
            credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    token: str | None = request.app.state.write_token
    if token is None:
        raise HTTPException(403, f"read-only server: start it with ${TOKEN_ENV} set to allow "
                                 "writes")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a write needs the header `Authorization: Bearer <token>` "
                                 "with the server's token", {"WWW-Authenticate": "Bearer"})


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
    document = _document(await _body(request))
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


async def _body(request: Request) -> bytes:
    too_large = HTTPException(413, f"the document is over {MAX_BODY:,} bytes, the limit for "
                                   "one report")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise too_large
    return bytes(body)


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
