"""Deadlines for reading a request, which uvicorn does not set: a connection that has not sent
a whole request's headers ``HEADER_SECONDS`` after it opened (or after its last answer), or
its body ``BODY_SECONDS`` after that, is closed.

uvicorn's ``timeout_keep_alive`` starts only after an answer, and any byte received stops it: a
connection that sends nothing, or one header byte now and then, was held for ever, and a few
hundred of them used up the server's file descriptors (issue 15). ``limit_concurrency`` bounds
the connections and requests at once, below the descriptors the process may open, so that the
ledger and the answers still get theirs: beyond it, uvicorn answers 503.
"""
from __future__ import annotations

import asyncio
import resource
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

HEADER_SECONDS = 10.0
BODY_SECONDS = 60.0
SPARE_FILES = 64  # descriptors kept for the ledger, its write-ahead log, logs, sockets out
MAX_CONNECTIONS = 2048


class DeadlinedProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools, else h11), with the two deadlines."""

    _deadlines: list[asyncio.TimerHandle]

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._deadlines = []
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request on this connection has its own time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._deadlines = [self.loop.call_later(HEADER_SECONDS, self._late, False),
                               self.loop.call_later(BODY_SECONDS, self._late, True)]

    def _disarm(self) -> None:
        for deadline in self._deadlines:
            deadline.cancel()
        self._deadlines = []

    def _late(self, body: bool) -> None:
        """Close the connection if the request's headers (or its body) are still to come."""
        cycle = self.cycle  # made when a request's headers are complete
        handling = cycle is not None and not cycle.response_complete
        if (handling and cycle.more_body) if body else not handling:
            self.transport.close()


def max_connections() -> int:
    """Connections and requests at once (uvicorn's ``limit_concurrency``): what the process's
    descriptor limit leaves beside ``SPARE_FILES``, at most ``MAX_CONNECTIONS``."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MAX_CONNECTIONS
    return max(8, min(MAX_CONNECTIONS, soft - SPARE_FILES))
