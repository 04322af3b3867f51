"""Serve: the ledger over HTTP (``api.py``, a FastAPI app with an OpenAPI schema).

    >>> app = create_app("ceasefire.duckdb")                  # doctest: +SKIP
    >>> run("ceasefire.duckdb", host="127.0.0.1", port=8000)  # doctest: +SKIP
"""
from __future__ import annotations

import os
import socket
from typing import Any

from fastapi import FastAPI

from ceasefire.serve import deadlines
from ceasefire.serve.api import TOKEN_ENV, create_app
from ceasefire.serve.writes import token_problem

__all__ = ["TOKEN_ENV", "create_app", "run", "token_problem", "workers_problem"]


def workers_problem(workers: int, write_token: str | None = None) -> str | None:
    """Why ``workers`` processes cannot serve, if they cannot: more than one serve read-only.
    Each process has its own gate and jobs: a write in one would find the DuckDB file held
    open by another, and a job's page would be asked of a process that does not have it."""
    if workers > 1 and (write_token or os.environ.get(TOKEN_ENV)):
        return (f"--workers {workers} serves read-only: unset ${TOKEN_ENV}, or serve writes "
                "with one process")
    return None


def run(db: str | None = None, *, host: str = "127.0.0.1", port: int = 8000,
        write_token: str | None = None, allow_private: bool = False, workers: int = 1) -> None:
    """Serve the API with uvicorn until interrupted; with ``workers`` > 1, that many
    processes, read-only (a ValueError if a write token is given: ``workers_problem``)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if workers == 1:
        app = create_app(db, write_token=write_token, allow_private=allow_private)
        uvicorn.run(app, host=host, port=port, **options())
        return
    problem = workers_problem(workers, write_token)
    if problem:
        raise ValueError(problem)
    if db is not None:
        os.environ["CEASEFIRE_DB"] = db  # what each worker's create_app() opens
    config = uvicorn.Config(f"{__name__}:_read_only_app", factory=True, workers=workers,
                            host=host, port=port, **options())
    shared = config.bind_socket()
    # uvicorn makes the shared socket with proto 0, and asyncio sets TCP_NODELAY only on the
    # connections of a socket that says it is TCP: without it each answer on a kept-alive
    # connection waited ~40 ms for the client's delayed ACK (wrk: 44 ms a request, against
    # 7 ms from one process).
    tcp = socket.socket(shared.family, shared.type, socket.IPPROTO_TCP, fileno=shared.detach())
    try:
        Multiprocess(config, sockets=[tcp]).run()
    except KeyboardInterrupt:
        pass


def options() -> dict[str, Any]:
    """uvicorn's settings for every serve: deadlines for reading a request and a bound on
    connections (``deadlines.py``); no proxy headers trusted, no Server header."""
    return {"http": deadlines.DeadlinedProtocol, "limit_concurrency": deadlines.max_connections(),
            "timeout_keep_alive": 5, "proxy_headers": False, "server_header": False}


def _read_only_app() -> FastAPI:
    """A worker's app: the ledger of ``$CEASEFIRE_DB``, no write token."""
    return create_app(None)
