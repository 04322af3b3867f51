"""URLs -> Documents: pages, feeds and texts fetched from a site served on 127.0.0.1, and every
way a fetch can fail, each one Rejection naming the URL."""
from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceasefire.ingest import FetchPolicy, Rejection, fetch_documents
from ceasefire.ingest.fetch import refused_kind
from ceasefire.model import Document
from local_site import Site

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
INJURED = "Two people were injured in the city of Sumy, the regional governor said."
FAST = FetchPolicy(timeout=0.5, deadline=5.0, retries=1, backoff=0.01, interval=0.0)


def page(title: str = "Drones over Sumy", *paragraphs: str, date: str = "2025-03-12",
         canonical: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or (REPORT, INJURED)))
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title} | Example Wire</title>{link}'
            f'<meta property="og:site_name" content="Example Wire">'
            f'<meta property="article:published_time" content="{date}T07:00:00+02:00"></head>'
            f'<body><nav><a href="/">Home</a><a href="/login">Log In</a></nav>'
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer><a href='/privacy'>Privacy Policy</a></footer></body></html>")


def rss(*items: tuple[str, str, str | None]) -> str:
    """An RSS feed of (title, link, HTML content or None) items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Wed, 12 Mar 2025 23:30:00 -0500</pubDate>"
        + (f"<description><![CDATA[{content}]]></description>" if content else "")
        + "</item>" for title, link, content in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Example Wire</title><link>https://wire.example.org/</link>{entries}"
            f"</channel></rss>")


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        yield served


def fetch(*urls: str, **options: object) -> list[Document | Rejection]:
    options.setdefault("allow_private", True)
    options.setdefault("policy", FAST)
    return list(fetch_documents(urls, **options))  # type: ignore[arg-type]


def one(*urls: str, **options: object) -> Document | Rejection:
    (item,) = fetch(*urls, **options)
    return item


def rejected(*urls: str, **options: object) -> Rejection:
    item = one(*urls, **options)
    assert isinstance(item, Rejection), item
    return item


def test_page_is_read_with_its_metadata(site: Site) -> None:
    url = site.put("/news/drones-sumy", page())
    item = one(url)
    assert isinstance(item, Document)
    assert item.text == f"Drones over Sumy\n{REPORT}\n{INJURED}"  # the headline, the body
    assert (item.id, item.url, item.title) == ("127-0-0-1-news-drones-sumy", url,
                                               "Drones over Sumy")
    assert (item.published, item.source) == (dt.date(2025, 3, 12), "Example Wire")
    (request,) = [r for r in site.requests if r.path == "/news/drones-sumy"]
    assert request.user_agent.startswith("ceasefire-monitor/")


def test_command_line_published_and_source_override_the_page(site: Site) -> None:
    item = one(site.put("/a", page()), published=dt.date(2025, 3, 13), source="Wire B")
    assert isinstance(item, Document)
    assert (item.published, item.source) == (dt.date(2025, 3, 13), "Wire B")


def test_canonical_url_names_the_document(site: Site) -> None:
    item = one(site.put("/a?utm_source=feed", page(canonical=site.url("/a"))))
    assert isinstance(item, Document) and item.url == site.url("/a") and item.url_checked


def test_a_canonical_url_on_another_site_is_not_the_documents(site: Site) -> None:
    fetched = site.put("/b", page(canonical="https://wire.example.org/2025/05/14/kharkiv"))
    item = one(fetched)
    assert isinstance(item, Document) and item.url == fetched and item.url_checked


def test_loopback_is_refused_without_allow_private(site: Site) -> None:
    url = site.put("/a", page())
    rejection = rejected(url, allow_private=False)
    assert rejection.where == url
    assert rejection.problem == "127.0.0.1 is at 127.0.0.1, a loopback address, which is refused"
    assert rejection.fix == "Use --allow-private to fetch from your own network"
    assert site.requests == []  # not even robots.txt


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("192.168.0.10", "private"), ("172.16.5.5", "private"),
    ("fd12:3456::1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"),
    ("100.64.0.1", "non-public"), ("93.184.215.14", None), ("2606:4700:4700::1111", None),
])
def test_address_kinds_refused(address: str, kind: str | None) -> None:
    assert refused_kind(address) == kind


@pytest.mark.parametrize(("address", "kind"), [
    # 6to4 (2002::/16) carries an IPv4 address in its next 32 bits: that one is checked
    ("2002:7f00:1::1", "loopback"), ("2002:a01:203::1", "private"),
    ("2002:a9fe:a9fe::", "link-local"), ("2002::1", "unspecified"),
    ("2002:5db8:d70e::1", None),
    # site-local (fec0::/10), deprecated but still routed by some networks
    ("fec0::1", "site-local"), ("feff:ffff::1", "site-local"),
])
def test_embedded_and_site_local_addresses(address: str, kind: str | None) -> None:
    assert refused_kind(address) == kind


@pytest.mark.parametrize("target", ["http://10.1.2.3/admin", "http://169.254.169.254/latest/"])
def test_redirect_to_a_private_address_is_refused(site: Site, target: str) -> None:
    url = site.put("/go", status=302, headers={"Location": target})
    rejection = rejected(url, allow_private=False, allow_networks=["127.0.0.0/8"])
    assert f"(redirected to {target})" in rejection.problem
    assert "which is refused" in rejection.problem and rejection.where == url
    assert "--allow-private" in rejection.fix


def test_redirects_are_followed_and_the_final_url_kept(site: Site) -> None:
    final = site.put("/new", page())
    item = one(site.put("/old", status=301, headers={"Location": "/new"}))
    assert isinstance(item, Document) and item.url == final


def test_a_redirect_loop_stops(site: Site) -> None:
    url = site.put("/loop", status=302, headers={"Location": "/loop"})
    assert rejected(url).problem == "redirects more than 5 times"
    assert site.hits("/loop") == 6


def test_feed_url_gives_its_items_and_rejects_headline_only_ones(site: Site) -> None:
    story = site.url("/story/1")
    url = site.put("/feed.xml", rss(("Drones over Sumy", story, f"<p>{REPORT}</p><p>{INJURED}</p>"),
                                    ("Talks resume in Istanbul", site.url("/story/2"), None)),
                   content_type="application/rss+xml")
    first, second = fetch(url)
    assert isinstance(first, Document)
    assert (first.url, first.title, first.source) == (story, "Drones over Sumy", "Example Wire")
    assert first.text == f"{REPORT}\n{INJURED}"
    assert first.published == dt.date(2025, 3, 12)  # the outlet's day, not UTC's 13th
    assert isinstance(second, Rejection)
    assert (second.where, second.problem) == (f"{url} item 2", "item has only a headline")
    assert f"--url {site.url('/story/2')}" in second.fix
    assert site.hits("/story/1") == 0  # links are not followed unless asked


def test_follow_links_reads_each_items_page(site: Site) -> None:
    site.put("/story/2", page("Talks resume", REPORT, INJURED, date="2025-03-14"))
    url = site.put("/feed.xml", rss(("Talks resume in Istanbul", site.url("/story/2"), None)),
                   content_type="application/rss+xml")
    item = one(url, follow_links=True)
    assert isinstance(item, Document)
    assert (item.url, item.published, item.text) == (
        site.url("/story/2"), dt.date(2025, 3, 14), f"Talks resume\n{REPORT}\n{INJURED}")


def test_plain_text_is_the_report(site: Site) -> None:
    url = site.put("/report.txt", REPORT, content_type="text/plain; charset=utf-8")
    item = one(url, published=dt.date(2025, 3, 12))
    assert isinstance(item, Document)
    assert (item.text, item.url, item.source, item.published) == (
        REPORT, url, "127.0.0.1", dt.date(2025, 3, 12))


def test_text_in_its_declared_charset_is_decoded(site: Site) -> None:
    text = REPORT.replace("Ukraine's", "Ukraine\u2019s")
    url = site.put("/cp1252.txt", text.encode("cp1252"), content_type="text/plain; charset=cp1252")
    item = one(url)
    assert isinstance(item, Document) and item.text == text


def test_slow_answer_times_out_after_the_retries(site: Site) -> None:
    url = site.put("/slow", page(), delay=2.0)
    started = time.monotonic()
    rejection = rejected(url)
    assert rejection.problem == "timed out after 0.5 s (2 tries)"
    assert time.monotonic() - started < 1.9
    assert site.hits("/slow") == 2


def test_huge_answer_is_refused_from_its_length_before_reading(site: Site) -> None:
    url = site.put("/huge", b"x" * 200_000)
    rejection = rejected(url, policy=FetchPolicy(max_bytes=100_000, interval=0.0))
    assert rejection.problem == "is 0.2 MB, over the 0.1 MB limit for one report"


def test_huge_answer_without_a_length_is_cut_at_the_cap(site: Site) -> None:
    url = site.put("/stream", b"<p>" + b"drones " * 10_000 + b"</p>", chunks=50)
    rejection = rejected(url, policy=FetchPolicy(max_bytes=100_000, interval=0.0))
    assert rejection.problem == "is over the 0.1 MB limit for one report"


def test_a_failure_that_heals_is_retried(site: Site) -> None:
    url = site.put("/flaky", page(), failures=1)
    assert isinstance(one(url), Document)
    assert site.hits("/flaky") == 2


def test_a_lasting_failure_gives_up_after_the_retries(site: Site) -> None:
    url = site.put("/down", page(), failures=10)
    rejection = rejected(url)
    assert rejection.problem == "the server answered HTTP 500 Internal Server Error (2 tries)"
    assert rejection.fix == "The site is failing: try again later"


def test_not_found_is_not_retried(site: Site) -> None:
    rejection = rejected(site.url("/nowhere"))
    assert rejection.problem == "the server answered HTTP 404 Not Found"
    assert site.hits("/nowhere") == 1


def test_robots_txt_that_disallows_a_path_is_obeyed(site: Site) -> None:
    url = site.put("/private/memo", page())
    rejection = rejected(url)
    assert rejection.problem == (f"the site's robots.txt (http://127.0.0.1:{site.port}/robots.txt)"
                                 " disallows it")
    assert site.hits("/private/memo") == 0


def test_a_failing_robots_txt_keeps_the_site_off_limits(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain", failures=9)
    rejection = rejected(site.put("/a", page()))
    assert rejection.problem == (f"the site's robots.txt (http://127.0.0.1:{site.port}/robots.txt)"
                                 " could not be read (HTTP 500), so nothing is fetched from the "
                                 "site")
    assert site.hits("/a") == 0


def test_a_missing_robots_txt_allows_everything(site: Site) -> None:
    del site.answers["/robots.txt"]
    assert isinstance(one(site.put("/private/a", page())), Document)


def test_robots_txt_is_read_once_per_site(site: Site) -> None:
    items = fetch(site.put("/a", page()), site.put("/b", page("Another")))
    assert [type(item).__name__ for item in items] == ["Document", "Document"]
    assert site.hits("/robots.txt") == 1


def test_requests_to_one_site_are_spaced_out(site: Site) -> None:
    fetch(site.put("/a", page()), site.put("/b", page("Another")),
          policy=FetchPolicy(interval=0.3))
    a, b = [r.at for r in site.requests if r.path in ("/a", "/b")]
    # the fetcher spaces its sends; the site logs arrivals, which a busy machine delays by tens
    # of milliseconds (the first more than the second: 0.258 s seen under a full test run).
    # Unspaced, the two arrive a few milliseconds apart
    assert b - a >= 0.2


def test_what_is_neither_page_feed_nor_text_is_rejected(site: Site) -> None:
    url = site.put("/photo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    assert rejected(url).problem == "answered image/png, not an HTML page, a feed or plain text"


@pytest.mark.parametrize("url", ["ftp://example.org/report.txt", "file:///etc/passwd",
                                 "example.org/news"])
def test_only_http_urls_are_fetched(url: str) -> None:
    assert rejected(url).problem == "is not an http:// or https:// URL"


def test_the_connection_goes_to_the_address_that_was_checked(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that resolves to an allowed address when checked and elsewhere a moment later
    (DNS rebinding) is still fetched from the address checked."""
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1", "127.0.0.1"])  # one look-up for robots.txt, one for the page
    lookups = []

    def rebinding(host: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if host == "news.test":
            lookups.append(host)
            return real(next(answers, "10.9.9.9"), *args, **kwargs)  # type: ignore[arg-type]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    site.put("/a", page())
    item = one(f"http://news.test:{site.port}/a", allow_private=False,
               allow_networks=["127.0.0.0/8"])
    assert isinstance(item, Document)
    assert {r.host for r in site.requests} == {f"news.test:{site.port}"}
    assert len(lookups) == 2  # none at connect time, where a rebinding answer would be private


def test_a_host_without_an_address_is_named() -> None:
    rejection = rejected("http://nowhere.invalid/report")  # .invalid never resolves (RFC 6761)
    assert rejection.problem.startswith("could not be fetched (no address for nowhere.invalid: ")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_certificates_are_verified(tmp_path: Path) -> None:
    """A site whose certificate no authority signed is refused: the TLS handshake runs, with
    the host's name, on the pinned connection."""
    pem = tmp_path / "site.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(pem), "-out", str(pem)],
                   check=True, capture_output=True)
    with Site(certificate=pem) as secure:
        url = secure.put("/a", page())
        assert url.startswith("https://")
        rejection = rejected(url)
    assert rejection.problem.startswith("could not be fetched (its certificate is not trusted: ")


def test_duplicate_urls_give_one_document(site: Site) -> None:
    url = site.put("/a", page())
    first, second = fetch(url, url)
    assert isinstance(first, Document) and isinstance(second, Rejection)
    assert "already used by" in second.problem


# A site that drips its answer, a byte at a time and each within the read timeout (0.5 s),
# is cut at the deadline: per-read timeouts alone let it hold a fetch for hours.
DEADLINE = FetchPolicy(timeout=0.5, deadline=1.0, retries=1, backoff=0.01, interval=0.0)


@pytest.mark.parametrize("answer", [
    {"drip": 0.1},  # the status line and headers (~100 bytes: 10 s)
    # a chunk-size line of leading zeros: http.client reads the line whole before returning
    {"body": b"0" * 100 + b"5\r\nhello\r\n0\r\n\r\n", "chunks": 1, "drip_body": 0.1,
     "headers": {"Transfer-Encoding": "chunked"}, "content_type": "text/plain"},
], ids=["headers", "chunk-size-line"])
def test_a_dripping_answer_is_cut_at_the_deadline(site: Site, answer: dict) -> None:
    url = site.put("/drip", **answer)
    started = time.monotonic()
    rejection = rejected(url, policy=DEADLINE)
    assert rejection.problem == "timed out after 1 s"
    assert time.monotonic() - started < 2.0
