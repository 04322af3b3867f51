"""The dashboard's files (the page at / and everything under /static/) gzip-compressed for a
client that accepts it, so the dashboard loads in a few hundred kilobytes (the size bar of
issue 16: under 1.5 MB compressed, checked by tests/test_serve_dashboard.py).

The API's answers pass untouched: its CSV streams row batches as they are read, and its
answer cache (cache.py) keeps bodies as they are sent. Starlette's GZipMiddleware does the
work: it keeps ``ETag`` and ``Last-Modified`` (a conditional request still gets its 304),
adds ``Vary: Accept-Encoding``, and leaves partial (206) answers and PNG images alone.
"""
from __future__ import annotations

from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

MINIMUM_SIZE = 500  # bytes: a smaller file gains nothing from gzip's 20-byte frame
LEVEL = 6  # zlib's default: within 2% of level 9's size on the vendored scripts, and faster


class CompressedAssets:
    """ASGI middleware: gzip for the dashboard's page and static files, nothing else."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=MINIMUM_SIZE, compresslevel=LEVEL)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and is_asset(scope.get("path", "")):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def is_asset(path: str) -> bool:
    return path == "/" or path.startswith("/static/")
