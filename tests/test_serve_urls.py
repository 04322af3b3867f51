"""POST /api/urls: a URL list fetched and ingested in the background, followed at
/api/jobs/{id}; pages and a feed served by a local site on 127.0.0.1 (DuckDB and PostgreSQL)."""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ceasefire.ingest.fetch import FetchPolicy
from ceasefire.serve import create_app
from local_site import Site

TOKEN = "url-list-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
FAST = FetchPolicy(timeout=1.0, deadline=5.0, retries=0, backoff=0.01, interval=0.0)
PAGE = """<html><head><title>Drones hit Poltava overnight</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-07-02T06:10:00+03:00"></head>
<body><nav>Home | World | Log In</nav><article><h1>Drones hit Poltava overnight</h1>
<p>Russia launched 48 drones at Ukraine overnight, and air defences shot down 40 of them,
Ukraine's air force said on Wednesday.</p>
<p>A drone struck an apartment block in Poltava, injuring five people, the regional governor
said. Firefighters worked through the morning to put out the blaze on the upper floors.</p>
</article><footer>Leave a Reply</footer></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Second Wire</title>
<item><title>Exchange</title><link>{link}</link><guid>exchange-1</guid>
<pubDate>Thu, 03 Jul 2025 09:00:00 +0000</pubDate>
<description>Russia and Ukraine each released 84 prisoners of war on Thursday, the
Ukrainian president said, the latest swap brokered by the United Arab Emirates after talks in
Istanbul.</description></item></channel></rss>"""


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        served.put("/poltava.html", PAGE)
        served.put("/feed.xml", FEED.format(link=served.url("/exchange")),
                   content_type="application/rss+xml")
        yield served


@pytest.fixture
def writable(ledger_url: str) -> Iterator[TestClient]:
    app = create_app(ledger_url, write_token=TOKEN, allow_private=True, fetch_policy=FAST)
    with TestClient(app) as client:
        yield client


def _finished(client: TestClient, job: str) -> dict:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        body = client.get(f"/api/jobs/{job}", headers=AUTH).json()
        if body["state"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job} still {body['state']} after 30 s")


def test_a_url_list_is_fetched_read_stored_and_fused(writable: TestClient, site: Site) -> None:
    urls = [site.url("/poltava.html"), site.url("/feed.xml"), site.url("/missing.html")]
    response = writable.post("/api/urls", json={"urls": urls}, headers=AUTH)
    assert response.status_code == 202, response.text
    assert response.json()["state"] in ("queued", "running", "done")
    job = _finished(writable, response.json()["job"])
    assert job["state"] == "done", job
    assert job["counts"] == {"stored": 2, "unchanged": 0, "replaced": 0, "copy": 0,
                             "rejected": 1}
    missing = next(r for r in job["results"] if r["outcome"] == "rejected")
    assert missing["input"].endswith("/missing.html") and "404" in missing["reason"]
    [poltava] = writable.get("/api/events", params={"place": "Poltava"}).json()["items"]
    assert (poltava["launched"], poltava["intercepted"], poltava["injured"]) == (48, 40, 5)
    assert writable.get("/api/exchanges").json()["total"] == 1
    stored = writable.get("/api/documents").json()["items"]
    assert {d["source"] for d in stored} == {"Test Wire", "Second Wire"}
    text = writable.get(f"/api/documents/{stored[0]['document']}").json()["text"]
    assert "Log In" not in text and "Leave a Reply" not in text

    again = _finished(writable, writable.post("/api/urls", json={"urls": urls[:1]},
                                              headers=AUTH).json()["job"])
    assert again["counts"]["unchanged"] == 1 and again["events"] == job["events"]


def test_private_addresses_are_refused_unless_the_server_allows_them(
        ledger_url: str, site: Site) -> None:
    app = create_app(ledger_url, write_token=TOKEN, fetch_policy=FAST)
    with TestClient(app) as client:
        job = client.post("/api/urls", json={"urls": [site.url("/poltava.html")]},
                          headers=AUTH).json()
        done = _finished(client, job["job"])
    [result] = done["results"]
    assert result["outcome"] == "rejected" and "private" in result["reason"].lower()
    assert site.hits("/poltava.html") == 0


@pytest.mark.parametrize("body", [{}, {"urls": []}, {"urls": ["file:///etc/passwd"]},
                                  {"urls": ["ftp://example.org/x"]},
                                  {"urls": ["https://example.org/" + "x" * 2000]},
                                  {"urls": [f"https://example.org/{i}" for i in range(101)]}])
def test_a_bad_url_list_is_a_422(tmp_path: Path, body: dict) -> None:
    client = TestClient(create_app(str(tmp_path / "l.duckdb"), write_token=TOKEN))
    response = client.post("/api/urls", json=body, headers=AUTH)
    assert response.status_code == 422 and response.json()["error"]["message"]


@pytest.mark.parametrize(("token", "status"), [(None, 403), ("wrong", 401)])
def test_url_lists_and_jobs_need_the_token(tmp_path: Path, token: str | None,
                                           status: int) -> None:
    client = TestClient(create_app(str(tmp_path / "l.duckdb"), write_token=token and TOKEN))
    headers = {"Authorization": "Bearer wrong"}
    posted = client.post("/api/urls", json={"urls": ["https://example.org/"]}, headers=headers)
    assert posted.status_code == status
    assert client.get("/api/jobs/abc", headers=headers).status_code == status


def test_an_unknown_job_is_a_404(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "l.duckdb"), write_token=TOKEN))
    response = client.get("/api/jobs/0123456789abcdef", headers=AUTH)
    assert response.status_code == 404 and "no job" in response.json()["error"]["message"]


def test_a_body_that_is_not_json_is_a_400_that_says_so(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "l.duckdb"), write_token=TOKEN))
    response = client.post("/api/urls", content=b",\xff{",  # not even UTF-8
                           headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 400 and "not valid JSON" in response.json()["error"]["message"]


def test_a_dripping_site_holds_neither_the_job_queue_nor_the_shutdown(tmp_path: Path,
                                                                       site: Site) -> None:
    # a byte of the head every 0.2 s, each within the read timeout: ~20 s without a deadline
    dripping = site.put("/drip.html", PAGE, drip=0.2)
    policy = FetchPolicy(timeout=1.0, deadline=1.0, retries=0, backoff=0.01, interval=0.0)
    app = create_app(str(tmp_path / "l.duckdb"), write_token=TOKEN, allow_private=True,
                     fetch_policy=policy)
    started = time.monotonic()
    with TestClient(app) as client:
        first = client.post("/api/urls", json={"urls": [dripping]}, headers=AUTH).json()["job"]
        second = client.post("/api/urls", json={"urls": [site.url("/poltava.html")]},
                             headers=AUTH).json()["job"]
        assert _finished(client, second)["counts"]["stored"] == 1
        [result] = _finished(client, first)["results"]
        assert result["reason"].startswith("timed out after 1 s"), result
        client.post("/api/urls", json={"urls": [dripping]}, headers=AUTH)  # running at shutdown
        time.sleep(0.2)
    assert time.monotonic() - started < 6
