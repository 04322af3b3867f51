"""Serve: the ledger over HTTP (``api.py``, a FastAPI app with an OpenAPI schema).

    >>> app = create_app("ceasefire.duckdb")                  # doctest: +SKIP
    >>> run("ceasefire.duckdb", host="127.0.0.1", port=8000)  # doctest: +SKIP
"""
from __future__ import annotations

from ceasefire.serve.api import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app", "run"]


def run(db: str | None = None, *, host: str = "127.0.0.1", port: int = 8000,
        write_token: str | None = None, allow_private: bool = False) -> None:
    """Serve the API with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, write_token=write_token, allow_private=allow_private)
    uvicorn.run(app, host=host, port=port,
                proxy_headers=False, server_header=False)
