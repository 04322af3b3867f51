"""URLs -> Documents: polite, bounded fetching with the standard library.

What a URL answers decides what it becomes: an HTML page is read as a page (``html.py``), a
feed gives one document per item (``feeds.py``; the items' links are fetched only when asked),
plain text is the report's text. Every failure is a ``Rejection`` naming the URL.

Polite: a User-Agent that names the project, robots.txt obeyed (its Crawl-delay too), one
request at a time and at least ``FetchPolicy.interval`` seconds apart per site. Bounded: a
timeout per read and a deadline per request (connecting, headers and body: a watchdog shuts
the socket when it passes), a size cap checked before and while reading, a few retries with
backoff on 5xx answers and timeouts, a few redirects.

Safe: the host's addresses are resolved and each one checked before connecting; loopback,
private, link-local, multicast and reserved addresses are refused unless ``allow_private``.
The connection goes to the address that was checked (not to a second DNS answer, which a
"DNS rebinding" server could point at the local network), and every redirect is checked the
same way. For that reason no proxy is used ($HTTP_PROXY is ignored): a proxy would resolve
the host itself.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from urllib.parse import quote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ceasefire import errors
from ceasefire.ingest.decode import decode
from ceasefire.ingest.document import (
    MAX_TEXT_BYTES,
    InputOptions,
    Located,
    Rejection,
    host_of,
    id_from_url,
    rejected,
    unique_ids,
    with_language,
)
from ceasefire.ingest.feeds import item_document, parse_feed
from ceasefire.ingest.html import page_document
from ceasefire.ingest.jsondoc import from_json
from ceasefire.ingest.kinds import kind_of_content_type, sniff
from ceasefire.model import Document


def _user_agent() -> str:
    try:
        release = package_version("ceasefire")
    except PackageNotFoundError:
        release = "dev"
    return f"ceasefire-monitor/{release} (Ceasefire Monitor: reads news reports; obeys robots.txt)"


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far to fetch. The defaults suit a newsroom's list of URLs."""

    timeout: float = 10.0  # seconds to connect, and to wait for each read
    deadline: float = 60.0  # seconds for the whole of one request: connect, headers, body
    max_bytes: int = MAX_TEXT_BYTES
    retries: int = 2  # more tries after a timeout, a 5xx answer or a 429
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_redirects: int = 5
    interval: float = 1.0  # seconds between two requests to one site, at least
    max_crawl_delay: float = 30.0  # a longer Crawl-delay in robots.txt is cut to this
    user_agent: str = _user_agent()


_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRIED = frozenset({429, 500, 502, 503, 504})
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
           "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1")
_CHUNK = 65_536
_URL_SAFE = "/%:@!$&'()*+,;=-._~"


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def fetch_documents(urls: Iterable[str], *, allow_private: bool = False,
                    allow_networks: Iterable[str | Network] = (), follow_links: bool = False,
                    published: dt.date | None = None, source: str | None = None,
                    policy: FetchPolicy | None = None) -> Iterator[Document | Rejection]:
    """One ``Document`` or ``Rejection`` per page, text or feed item the ``urls`` give.

    ``allow_private`` lets every address through; ``allow_networks`` only those networks
    (e.g. ``["10.20.0.0/16"]``, a newsroom's intranet), the rest of the private ranges still
    refused.
    """
    options = InputOptions(published, source)
    yield from unique_ids(located_documents(
        urls, options, allow_private=allow_private, allow_networks=allow_networks,
        follow_links=follow_links, policy=policy))


def located_documents(urls: Iterable[str], options: InputOptions, *, allow_private: bool,
                      follow_links: bool, allow_networks: Iterable[str | Network] = (),
                      policy: FetchPolicy | None = None) -> Iterator[Located]:
    """``fetch_documents``' items, each with where it came from (for the duplicate-id check)."""
    fetcher = Fetcher(policy or FetchPolicy(), allow_private, allow_networks)
    for url in (given.strip() for given in urls):
        try:
            yield from _documents_at(fetcher, url, options, follow_links)
        except Exception as exc:  # one URL's failure, whatever it is, never stops the list
            yield rejected(url, exc)


def _documents_at(fetcher: Fetcher, url: str, options: InputOptions,
                  follow_links: bool) -> Iterator[Located]:
    response = fetcher.get(url)
    kind = kind_of_content_type(response.content_type)
    if kind is None:
        media_type = response.content_type.split(";")[0].strip().lower()
        if media_type not in ("", "application/octet-stream"):
            raise errors.UnreadableContent(url, media_type)
        kind = sniff(response.body)
    if kind == "feed":
        yield from _feed_documents(fetcher, url, response, options, follow_links)
        return
    default_id = id_from_url(response.url)
    if kind == "html":
        document = page_document(url, response.body, default_id, options, url=response.url,
                                 max_bytes=fetcher.policy.max_bytes)
    elif kind == "json":
        document = from_json(url, decode(url, response.body, fetcher.policy.max_bytes),
                             default_id, options)
        document = replace(document, url=document.url or response.url)
    else:
        document = with_language(url, Document(
            id=default_id, text=_text(url, response), published=options.published,
            source=options.source or host_of(response.url), url=response.url))
    yield url, document


def _feed_documents(fetcher: Fetcher, url: str, response: Response, options: InputOptions,
                    follow_links: bool) -> Iterator[Located]:
    feed = parse_feed(url, response.body, response.content_type, response.url)
    for item in feed.items:
        try:
            if follow_links and item.link:
                for _, page in _documents_at(fetcher, item.link, options, follow_links=False):
                    if isinstance(page, Document):  # the page's metadata, else the item's
                        page = replace(page, published=page.published or item.published,
                                       title=page.title or item.title,
                                       source=page.source or feed.title)
                    yield item.where, page
            else:
                yield item.where, item_document(item, feed, options)
        except Exception as exc:  # one item's failure, whatever it is, never stops the feed
            yield rejected(item.where, exc)


def _text(where: str, response: Response) -> str:
    charset = _charset(response.content_type)
    if charset in (None, "utf-8", "utf8", "us-ascii", "ascii"):
        return decode(where, response.body)
    try:
        text = response.body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return decode(where, response.body)  # says which byte is wrong, as for files
    if not text.strip():
        raise errors.EmptyInput(where)
    return text


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower() or None
    return None


@dataclass(frozen=True)
class Response:
    url: str  # where the answer came from, after redirects
    content_type: str  # the header, parameters included
    body: bytes


@dataclass(frozen=True)
class _Target:
    """One URL to request: its parts, checked."""

    url: str
    scheme: str
    host: str
    port: int
    path: str  # path and query, percent-encoded

    @property
    def origin(self) -> str:
        """The site, as a browser writes it: the port only when not the scheme's default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = self.port == (443 if self.scheme == "https" else 80)
        return f"{self.scheme}://{host}" + ("" if default else f":{self.port}")

    @classmethod
    def of(cls, where: str, url: str) -> _Target:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise errors.BadUrl(where) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise errors.BadUrl(where)
        try:  # a host name in another script goes on the wire in its ASCII (IDNA) form
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise errors.BadUrl(where) from None
        path = quote(parts.path or "/", safe=_URL_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_URL_SAFE + "?")
        default_port = 443 if parts.scheme == "https" else 80
        return cls(url, parts.scheme, host, port or default_port, path)


@dataclass
class _Answer:
    status: int
    reason: str
    content_type: str
    body: bytes
    location: str | None
    retry_after: float | None
    tries: int = 1


class _TooSlow(Exception):
    """The response did not arrive in whole before the deadline."""


class Fetcher:
    """One run's fetching: robots.txt read once per site, requests to a site spaced out."""

    def __init__(self, policy: FetchPolicy, allow_private: bool = False,
                 allow_networks: Iterable[str | Network] = ()) -> None:
        self.policy, self.allow_private = policy, allow_private
        self.allowed = tuple(ipaddress.ip_network(n) for n in allow_networks)
        self._robots: dict[str, RobotFileParser | str] = {}  # origin -> rules, or why none
        self._last_request: dict[str, float] = {}  # origin -> time.monotonic()
        self._tls = ssl.create_default_context()

    def get(self, url: str) -> Response:
        """What ``url`` answers, after redirects; a ``FetchError`` naming ``url`` otherwise."""
        return self._follow(url, url, obey_robots=True)

    def _follow(self, where: str, url: str, obey_robots: bool) -> Response:
        for hop in range(self.policy.max_redirects + 1):
            target = _Target.of(where, url)
            addresses = self._addresses(where, target, via=url if hop else None)
            if obey_robots:
                self._obey_robots(where, target)
            answer = self._request(where, target, addresses, space_out=obey_robots)
            if answer.status in _REDIRECTS and answer.location:
                url = urljoin(url, answer.location)
                continue
            if answer.status >= 300:
                raise errors.HttpStatus(where, answer.status, answer.reason, answer.tries)
            return Response(url, answer.content_type, answer.body)
        raise errors.TooManyRedirects(where, self.policy.max_redirects)

    def _addresses(self, where: str, target: _Target, via: str | None) -> list[str]:
        try:
            found = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise errors.CannotConnect(where, f"no address for {target.host}: {_reason(exc)}"
                                       ) from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        if not self.allow_private:
            for address in addresses:
                kind = refused_kind(address)
                if kind and not self._allowed(address):
                    host = f"{target.host} (redirected to {via})" if via else target.host
                    raise errors.PrivateAddress(where, host, address, kind)
        return addresses

    def _allowed(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%")[0])
        return any(ip in network for network in self.allowed)

    def _obey_robots(self, where: str, target: _Target) -> None:
        rules = self._robots.get(target.origin)
        if rules is None:
            rules = self._robots[target.origin] = self._read_robots(where, target)
        robots = f"{target.origin}/robots.txt"
        if isinstance(rules, str):
            raise errors.RobotsDisallowed(where, robots, failure=rules)
        if not rules.can_fetch(self.policy.user_agent, target.url):
            raise errors.RobotsDisallowed(where, robots)

    def _read_robots(self, where: str, target: _Target) -> RobotFileParser | str:
        """The site's rules, or why none could be read and the site is not fetched.

        A missing robots.txt (4xx) allows everything; 401 and 403 forbid everything (as
        Python's robotparser does), and so does one that fails (5xx), as RFC 9309 asks. A
        site that cannot be reached at all is the page's own failure (timeout, TLS, ...).
        """
        url = f"{target.origin}/robots.txt"
        rules = RobotFileParser(url)
        try:
            response = self._follow(where, url, obey_robots=False)
        except errors.HttpStatus as error:
            if 400 <= error.status < 500 and error.status not in (401, 403):
                rules.parse([])  # no rules: everything allowed
                return rules
            return f"HTTP {error.status}"
        rules.parse(response.body.decode("utf-8", "replace").splitlines())
        return rules

    def _interval(self, origin: str) -> float:
        rules = self._robots.get(origin)
        delay = rules.crawl_delay(self.policy.user_agent) if isinstance(rules, RobotFileParser) \
            else None
        return max(self.policy.interval, min(float(delay or 0), self.policy.max_crawl_delay))

    def _request(self, where: str, target: _Target, addresses: list[str],
                 space_out: bool) -> _Answer:
        """One request, tried again after a timeout or a 5xx answer, with backoff."""
        policy = self.policy
        for tries in range(1, policy.retries + 2):
            if space_out:
                self._wait_turn(target.origin)
            last = tries > policy.retries
            try:
                answer = self._once(where, target, addresses)
            except TimeoutError:
                if last:
                    raise errors.FetchTimeout(where, policy.timeout, tries) from None
                self._back_off(tries, None)
                continue
            except _TooSlow:
                raise errors.FetchTimeout(where, policy.deadline, tries) from None
            except (ConnectionResetError, http.client.RemoteDisconnected) as exc:
                if last:
                    raise errors.CannotConnect(where, f"the connection broke: {exc}") from None
                self._back_off(tries, None)
                continue
            except (OSError, http.client.HTTPException) as exc:  # TLS, an answer not HTTP
                raise errors.CannotConnect(where, _reason(exc)) from None
            if answer.status in _RETRIED and not last:
                self._back_off(tries, answer.retry_after)
                continue
            answer.tries = tries
            return answer
        raise AssertionError("unreachable: the last try returns or raises")

    def _wait_turn(self, origin: str) -> None:
        last = self._last_request.get(origin)
        if last is not None:
            time.sleep(max(0.0, last + self._interval(origin) - time.monotonic()))
        self._last_request[origin] = time.monotonic()

    def _back_off(self, tries: int, retry_after: float | None) -> None:
        wait = self.policy.backoff * 2 ** (tries - 1)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.policy.max_crawl_delay))
        time.sleep(wait)

    def _once(self, where: str, target: _Target, addresses: list[str]) -> _Answer:
        with _Watchdog(self.policy.deadline, self.policy.timeout) as watchdog:
            try:
                answer = self._exchange(where, target, addresses, watchdog)
            except Exception:
                if watchdog.fired:  # the socket was shut under a read: that is the deadline
                    raise _TooSlow from None
                raise
            if watchdog.fired:  # a body cut short by the shut socket can look whole
                raise _TooSlow
            return answer

    def _exchange(self, where: str, target: _Target, addresses: list[str],
                  watchdog: _Watchdog) -> _Answer:
        connection = self._connect(where, target, addresses, watchdog)
        try:
            connection.request("GET", target.path, headers={
                "User-Agent": self.policy.user_agent, "Accept": _ACCEPT,
                "Accept-Encoding": "identity"})
            answer = connection.getresponse()
            headers = answer.headers
            body = b"" if answer.status >= 300 else self._body(where, answer)
            return _Answer(answer.status, answer.reason, headers.get("Content-Type", ""), body,
                           headers.get("Location"), _seconds(headers.get("Retry-After")))
        finally:
            connection.close()

    def _connect(self, where: str, target: _Target, addresses: list[str],
                 watchdog: _Watchdog) -> http.client.HTTPConnection:
        failure: OSError | None = None
        for address in addresses:
            connection: http.client.HTTPConnection
            if target.scheme == "https":
                connection = _PinnedHTTPS(target.host, target.port, address, self.policy.timeout,
                                          watchdog, self._tls)
            else:
                connection = _PinnedHTTP(target.host, target.port, address, self.policy.timeout,
                                         watchdog)
            try:
                connection.connect()
                return connection
            except TimeoutError:
                raise
            except OSError as exc:  # refused, unreachable, TLS failure: try the next address
                failure = exc
                connection.close()
        raise errors.CannotConnect(where, _reason(failure))

    def _body(self, where: str, answer: http.client.HTTPResponse) -> bytes:
        limit = self.policy.max_bytes
        length = answer.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:  # refused before reading
            raise errors.PageTooLarge(where, limit, int(length))
        chunks, size = [], 0
        while chunk := answer.read1(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise errors.PageTooLarge(where, limit)
            chunks.append(chunk)
        return b"".join(chunks)


def refused_kind(address: str) -> str | None:
    """Why ``address`` is not fetched from without ``allow_private`` ("loopback", "private",
    ...), or ``None`` for a public address."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # an IPv4 address inside (::ffff:a.b.c.d, 6to4's 2002:AABB:CCDD::) is where the packets
        # end up: check that one (Teredo's 2001::/32 is refused whole, as private)
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    kinds = (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
             ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
             ("reserved", ip.is_reserved), ("private", ip.is_private),
             ("site-local", getattr(ip, "is_site_local", False)),  # IPv6's fec0::/10
             ("non-public", not ip.is_global))
    return next((kind for kind, refused in kinds if refused), None)


def _reason(exc: BaseException | None) -> str:
    """What went wrong, in the words of the exception: "Connection refused", not "[Errno 111]"."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"its certificate is not trusted: {exc.verify_message}"
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None)
    return str(reason or exc or type(exc).__name__)


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None  # an HTTP date: the backoff decides


class _Watchdog:
    """The deadline of one request, over all of it: connecting, the TLS handshake, the
    headers, every chunk-size line and the body. A site that sends a byte within each read's
    timeout never trips that timeout (http.client reads a header or chunk-size line whole,
    up to 64 KB), so a timer shuts the socket at the deadline, which wakes the read blocked
    on it; ``fired`` then says why the read ended."""

    def __init__(self, seconds: float, timeout: float) -> None:
        self.ends = time.monotonic() + seconds
        self.timeout = timeout  # of each read
        self.fired = False
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def left(self) -> float:
        """Seconds to the deadline (never 0: a timeout of 0 would not block at all)."""
        return max(0.001, self.ends - time.monotonic())

    def watch(self, sock: socket.socket) -> socket.socket:
        """``sock`` is the request's socket from now on (shut at once if it is too late)."""
        with self._lock:
            self._socket = sock
            if self.fired:
                self._shut()
        return sock

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shut()

    def _shut(self) -> None:
        if self._socket is not None:
            # the plain socket's shutdown, also for a TLS one: SSLSocket's would unwrap it
            # under the reading thread; a socket closed meanwhile raises, and is left alone
            with contextlib.suppress(OSError):
                socket.socket.shutdown(self._socket, socket.SHUT_RDWR)


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to ``address``, the one checked, whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float,
                 watchdog: _Watchdog) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address, self.watchdog = address, watchdog

    def connect(self) -> None:
        self.sock = _connected(self.address, self.port, self.watchdog)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """As ``_PinnedHTTP``, over TLS: the certificate is checked against the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float,
                 watchdog: _Watchdog, tls: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=tls)
        self.address, self.watchdog, self.tls = address, watchdog, tls

    def connect(self) -> None:
        raw = _connected(self.address, self.port, self.watchdog)
        # the handshake after the watchdog holds the TLS socket, so a slow one is cut too
        tls = self.tls.wrap_socket(raw, server_hostname=self.host, do_handshake_on_connect=False)
        self.sock = self.watchdog.watch(tls)
        tls.do_handshake()


def _connected(address: str, port: int, watchdog: _Watchdog) -> socket.socket:
    """A socket connected to ``address``, watched; connecting waits the read timeout (the
    socket's from then on) or what is left before the deadline, the shorter."""
    return watchdog.watch(socket.create_connection(
        (address, port), min(watchdog.timeout, watchdog.left())))
