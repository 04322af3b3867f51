"""`ceasefire extract` and `ingest` on real inputs: saved pages, feeds, JSON Lines dumps, URLs.

The tests that take ``ledger_url`` run on DuckDB and on PostgreSQL (see conftest.py).
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.store import Ledger
from local_site import Site

REPO = Path(__file__).parents[1]
SEED_002 = REPO.parent / "shared" / "corpus" / "seeds-txt" / "002_e7d71049c913a3ef.txt"
REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
INJURED = "Two people were injured in the city of Sumy, the regional governor said."
runner = CliRunner()


def page(title: str, *paragraphs: str, date: str = "2025-03-12") -> str:
    """A news page with the chrome a site puts around its article."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="{date}T07:00:00+02:00"></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p>
  <button>Accept all cookies</button><button>Manage preferences</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/login">Log In</a></li></ul></nav>
  <div class="login-box"><h3>Log In</h3><form><label>Or with username:</label>
  <input name="user"><a href="/reset">Forgot password?</a></form></div></header>
<main><article><h1>{html.escape(title)}</h1><div class="byline">By Staff</div>{body}
  <div class="tools"><button>Add to Collection</button><a href="/share">Share</a></div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Talks stall in Riyadh</a></li>
  <li><a href="/b">What the minerals deal says</a></li></ul></aside>
<section class="comments"><h3>Leave a Reply</h3><p>Your email address will not be
  published. Required fields are marked *</p></section></main>
<footer><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of
  use</a></li><li>© 2025 Example Wire</li></ul></footer></body></html>"""


def rss(*items: tuple[str, str, str | None]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        "<pubDate>Wed, 12 Mar 2025 09:00:00 +0200</pubDate>"
        + (f"<description><![CDATA[{text}]]></description>" if text else "") + "</item>"
        for title, link, text in items)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Example Wire</title><link>https://wire.example.org/</link>{entries}"
            "</channel></rss>")


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        yield served


def run(*args: str) -> tuple[int, list[str], str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr.strip().splitlines(), result.stdout


def test_folder_of_saved_pages_and_a_served_feed_ingest_cleanly(
        ledger_url: str, tmp_path: Path, site: Site) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "sumy.html").write_text(page("Drones over Sumy", REPORT, INJURED))
    (pages / "odesa.htm").write_text(page(
        "Port hit in Odesa", "Russia fired 12 missiles at Odesa overnight, hitting the port, "
        "the regional governor said on Thursday.", date="2025-03-13"))
    code, lines, _ = run("ingest", str(pages), "--db", ledger_url)
    assert (code, lines[-1].split(";")[0]) == (
        0, "read 2 documents: 2 stored, 0 unchanged, 0 replaced, 0 skipped")

    feed = site.put("/feed.xml", rss(
        ("Drones over Kharkiv", "https://wire.example.org/kharkiv",
         "<p>Russia attacked Kharkiv with 20 drones overnight, the city's mayor said on "
         "Wednesday.</p>"),
        ("Talks resume", "https://wire.example.org/talks", None)),
        content_type="application/rss+xml")
    code, lines, _ = run("ingest", "--url", feed, "--allow-private", "--db", ledger_url)
    assert code == 0
    assert lines == [
        f"error: {feed} item 2: item has only a headline. Ingest the linked page with --url "
        "https://wire.example.org/talks (or fetch the feed with --follow-links)",
        *[line for line in lines[1:] if line.startswith("read ")]]
    assert lines[-1].startswith("read 2 documents: 1 stored, 0 unchanged, 0 replaced, "
                                "1 skipped (1 headline only)")
    with Ledger.open(ledger_url) as ledger:
        stored = {document.id: document for document, _ in ledger.readings()}
    # the feed (on 127.0.0.1) links to another site: its name comes first in the item's id
    kharkiv = "127-0-0-1-feed-xml-wire-example-org-kharkiv"
    assert sorted(stored) == [kharkiv, "odesa", "sumy"]
    assert stored["sumy"].source == "Example Wire" and stored["sumy"].title == "Drones over Sumy"
    assert stored[kharkiv].url == "https://wire.example.org/kharkiv"
    assert not any("Log In" in d.text or "cookies" in d.text for d in stored.values())


def test_url_on_this_machine_is_refused_without_allow_private(site: Site) -> None:
    url = site.put("/a", page("Drones over Sumy", REPORT))
    code, lines, _ = run("extract", "--url", url)
    assert code == 1
    assert lines == [f"error: {url}: 127.0.0.1 is at 127.0.0.1, a loopback address, which is "
                     "refused. Use --allow-private to fetch from your own network",
                     "read 0 documents, printed 0, skipped 1"]
    assert site.requests == []


def test_urls_file_lists_urls_with_comments(site: Site, tmp_path: Path) -> None:
    a = site.put("/a", page("Drones over Sumy", REPORT))
    b = site.put("/b.txt", INJURED, content_type="text/plain")
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# this morning's reports\n{a}\n\n{b}  # the governor\n")
    code, lines, out = run("extract", "--urls", str(listed), "--allow-private",
                           "--published", "2025-03-12")
    assert (code, lines) == (0, ["read 2 documents, printed 2, skipped 0"])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "127-0-0-1-a", "127-0-0-1-b-txt"]


def test_missing_urls_file_is_a_usage_error(tmp_path: Path) -> None:
    code, lines, _ = run("extract", "--urls", str(tmp_path / "none.txt"))
    boxed = "".join(line.strip("│ ") for line in lines)  # a long path wraps inside the box
    assert code == 2 and f"{tmp_path}/none.txt" in boxed


def test_extract_of_one_feed_prints_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(rss(("A", "https://wire.example.org/a", f"<p>{REPORT}</p>"),
                        ("B", "https://wire.example.org/b", f"<p>{INJURED} {REPORT}</p>")))
    code, lines, out = run("extract", str(path))
    assert (code, lines) == (0, ["read 2 documents, printed 2, skipped 0"])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "wire-wire-example-org-a", "wire-wire-example-org-b"]


def test_ingest_of_a_dump_with_its_field_names(ledger_url: str, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"uuid": "x1", "body": REPORT, "date": "2025-03-12"}),
        "{not json",
        json.dumps({"uuid": "x2", "body": INJURED, "date": "2025-03-12"})]) + "\n")
    code, lines, _ = run("ingest", str(dump), "--db", ledger_url, "--field", "text=body",
                         "--field", "published=date", "--field", "id=uuid")
    assert code == 0
    assert lines[0].startswith(f"error: {dump}:2: is not valid JSON")
    assert lines[-1].startswith("read 3 documents: 2 stored, 0 unchanged, 0 replaced, "
                                "1 skipped (1 bad JSON)")


def test_bad_field_option_is_a_usage_error(tmp_path: Path) -> None:
    code, lines, _ = run("extract", str(tmp_path), "--field", "body")
    assert code == 2 and "FIELD=KEY" in "\n".join(lines)


BOILERPLATE = ("Log In", "Forgot password?", "Add to Collection", "Leave a Reply",
               "Or with username:", "Privacy Policy", "No Collections", "More")


@pytest.mark.skipif(not SEED_002.is_file(), reason="../shared/corpus is absent")
def test_seed_article_in_a_page_leaves_its_boilerplate_behind(ledger_url: str,
                                                              tmp_path: Path) -> None:
    """Seed 002's saved text kept a site's login box, comment form and collection menu. Built
    into a page (at test time: corpus text is never copied into the repository), with the site's
    chrome around it and those lines left inside the article, none of them reaches a record."""
    lines = [line.strip() for line in SEED_002.read_text().splitlines() if line.strip()]
    assert set(BOILERPLATE) <= set(lines)  # the seed holds them: the test would prove nothing
    saved = tmp_path / "pages" / "seed-002.html"
    saved.parent.mkdir()
    saved.write_text(page(lines[0], *lines[1:], date="2025-03-11"))
    code, output, _ = run("ingest", str(saved.parent), "--db", ledger_url)
    assert code == 0, output
    with Ledger.open(ledger_url) as ledger:
        (text,) = [row[0] for row in ledger.query("SELECT text FROM documents")]
        sentences = [row[0] for row in ledger.query(
            "SELECT sentence FROM evidence UNION ALL SELECT sentence FROM quantities")]
    assert sentences and max(lines, key=len) in text.splitlines()
    kept = {line.casefold() for line in text.splitlines()}
    assert [line for line in BOILERPLATE if line.casefold() in kept] == []
    assert [s for s in sentences if any(b in s for b in BOILERPLATE if len(b) > 4)] == []


def test_the_sample_inputs_of_the_docs_read_as_docs_inputs_md_shows() -> None:
    samples = REPO / "docs" / "inputs"
    code, lines, _ = run("extract", str(samples / "pages"))
    assert (code, lines[-1]) == (0, "read 2 documents, printed 2, skipped 1")
    assert "live-blog.html: is an HTML page with no article text in it" in lines[0]
    code, lines, _ = run("extract", str(samples / "dump.jsonl"), "--field", "text=body",
                         "--field", "published=date")
    assert lines[-1] == "read 2 documents, printed 2, skipped 2"
