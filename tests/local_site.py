"""A small web site on 127.0.0.1, served from a thread, for the tests that fetch URLs.

Each path answers what the test puts there: a page, a feed, a slow or huge answer, a redirect,
a failure that heals. The site records every request (path, Host and User-Agent headers).
"""
from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class Answer:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    failures: int = 0  # answer 500 this many times first
    chunks: int = 0  # send the body this many times over, without a Content-Length
    drip: float = 0.0  # seconds between two bytes of the status line and headers
    drip_body: float = 0.0  # seconds between two bytes of the body


@dataclass
class Request:
    path: str
    host: str
    user_agent: str
    at: float


class Site:
    """The site; with ``certificate`` (a PEM file holding a certificate and its key), over
    HTTPS."""

    def __init__(self, certificate: Path | None = None) -> None:
        self.answers: dict[str, Answer] = {"/robots.txt": Answer(ROBOTS.encode(), "text/plain")}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.scheme = "https" if certificate else "http"
        if certificate:
            tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls.load_cert_chain(certificate)
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def put(self, path: str, body: str | bytes = b"", **answer: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.answers[path] = Answer(data, **answer)  # type: ignore[arg-type]
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(request.path == path for request in self.requests)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                with site._lock:
                    site.requests.append(Request(self.path, self.headers.get("Host", ""),
                                                 self.headers.get("User-Agent", ""),
                                                 time.monotonic()))
                    answer = site.answers.get(self.path)
                    failing = answer is not None and answer.failures > 0
                    if failing and answer is not None:
                        answer.failures -= 1
                if answer is None:
                    self._send(Answer(b"not here", "text/plain", 404))
                elif failing:
                    self._send(Answer(b"try again", "text/plain", 500))
                else:
                    time.sleep(answer.delay)
                    self._send(answer)

            def _send(self, answer: Answer) -> None:
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    if not answer.chunks:
                        self.send_header("Content-Length", str(len(answer.body)))
                    if answer.drip:  # the head one byte at a time, as a stalling site does
                        self._headers_buffer.append(b"\r\n")
                        head, self._headers_buffer = b"".join(self._headers_buffer), []
                        self._drip(head, answer.drip)
                    else:
                        self.end_headers()
                    for _ in range(max(answer.chunks, 1)):
                        self._drip(answer.body, answer.drip_body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout, a size cap): that is the test

            def _drip(self, data: bytes, seconds: float) -> None:
                if not seconds:
                    self.wfile.write(data)
                    return
                for at in range(len(data)):
                    self.wfile.write(data[at:at + 1])
                    self.wfile.flush()
                    time.sleep(seconds)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

