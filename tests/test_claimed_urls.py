"""A URL that only the content claims must not choose which stored report a document replaces
(issue 15, item 1). Two saved pages from different outlets with one canonical URL used to be
"1 replaced", the first outlet's event gone. Now a saved page's canonical URL is kept but
unchecked (``Document.url_checked``): it replaces only the page saved under the same name.
A fetched page's canonical URL counts only on the site it was fetched from; a fetched feed's
links only on the feed's site.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.ingest import iter_documents
from ceasefire.ingest.document import InputOptions, same_site
from ceasefire.ingest.feeds import item_document, parse_feed
from ceasefire.model import Document
from ceasefire.store import Ledger

CANONICAL = "https://wire.example.org/2025/05/14/kharkiv"
PAGE = ('<html><head><link rel="canonical" href="{url}"><title>{title}</title></head><body>'
        "<article><p>{text}</p></article></body></html>")
KHARKIV = ("Russia launched 46 drones at Kharkiv overnight on Tuesday, and air defences shot "
           "down 30 of them, the regional governor Oleh Syniehubov said on Wednesday.")
BELGOROD = ("Ukraine launched 900 drones at Belgorod overnight on Tuesday, and air defences "
            "shot down 800 of them, Russia's defence ministry said on Wednesday.")
runner = CliRunner()


def save(folder: Path, name: str, text: str, url: str = CANONICAL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(PAGE.format(url=url, title=name, text=text))
    return folder / name


def ingest(path: Path, db: Path) -> str:
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db),
                                 "--published", "2025-05-14"])
    assert result.exit_code == 0, result.output
    return result.stderr.strip().splitlines()[-1]


def current(db: Path) -> dict[str, str | None]:
    with Ledger.open(db, read_only=True) as ledger:
        return {d.name: d.url for d in ledger.documents()}


def test_a_saved_page_cannot_replace_another_outlets_report(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    kharkiv = save(tmp_path / "a", "kharkiv.html", KHARKIV)
    belgorod = save(tmp_path / "b", "belgorod.html", BELGOROD)
    assert ingest(kharkiv, db).startswith("read 1 document: 1 stored, 0 unchanged, 0 replaced")
    assert ingest(belgorod, db).startswith("read 1 document: 1 stored, 0 unchanged, 0 replaced")
    assert current(db) == {"kharkiv": CANONICAL, "belgorod": CANONICAL}  # the URL is kept
    with Ledger.open(db, read_only=True) as ledger:
        assert {p.name for e in ledger.events() for p in e.places} >= {"Kharkiv", "Belgorod"}
    # again: both unchanged (the skip before reading agrees with the store)
    assert ingest(tmp_path / "a", db).startswith("read 1 document: 0 stored, 1 unchanged")
    assert ingest(tmp_path / "b", db).startswith("read 1 document: 0 stored, 1 unchanged")


def test_the_same_file_saved_again_replaces_its_earlier_version(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    ingest(save(tmp_path / "a", "kharkiv.html", KHARKIV), db)
    updated = save(tmp_path / "a", "kharkiv.html", KHARKIV.replace("46", "48"))
    assert ingest(updated, db).startswith("read 1 document: 0 stored, 0 unchanged, 1 replaced")
    assert current(db) == {"kharkiv": CANONICAL}


def test_a_saved_pages_url_is_unchecked(tmp_path: Path) -> None:
    (page,) = iter_documents([str(save(tmp_path, "kharkiv.html", KHARKIV))])
    assert isinstance(page, Document) and page.url == CANONICAL and not page.url_checked


@pytest.mark.parametrize(("url", "other", "same"), [
    ("https://www.bbc.co.uk/news/1", "https://news.bbc.co.uk/2", True),
    ("https://edition.cnn.com/a", "https://www.cnn.com/a", True),
    ("https://attacker.co.uk/a", "https://www.bbc.co.uk/a", False),  # co.uk is no site
    ("https://a.blogspot.com/x", "https://b.blogspot.com/x", False),  # a public suffix
    ("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/b", True),  # no domain: the host
    ("http://127.0.0.1/a", "http://127.0.0.2/a", False),
])
def test_same_site_is_the_registrable_domain(url: str, other: str, same: bool) -> None:
    assert same_site(url, other) is same


FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Aggregator</title>'
        "<item><title>Own</title><link>https://news.example.net/own</link>"
        "<description>{text}</description></item>"
        "<item><title>Other</title><link>" + CANONICAL + "</link>"
        "<description>{text}</description></item></channel></rss>").format(text=BELGOROD)


def test_a_feed_link_is_checked_only_on_the_feeds_own_site() -> None:
    feed = parse_feed("feed", FEED.encode(), url="https://www.example.net/feed.xml")
    own, other = (item_document(item, feed, InputOptions(dt.date(2025, 5, 14)))
                  for item in feed.items)
    assert (own.url, own.url_checked) == ("https://news.example.net/own", True)
    assert (other.url, other.url_checked) == (CANONICAL, False)


def test_a_saved_feed_cannot_replace_another_feeds_item(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    for name, text in (("wire", KHARKIV), ("aggregator", BELGOROD)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.rss").write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>' + name + "</title><item>"
            f"<title>Drones</title><link>{CANONICAL}</link><description>{text}</description>"
            "</item></channel></rss>")
        assert ingest(tmp_path / name, db).startswith("read 1 document: 1 stored, 0 unchanged")
    assert current(db) == {"wire-wire-example-org-2025-05-14-kharkiv": CANONICAL,
                           "aggregator-wire-example-org-2025-05-14-kharkiv": CANONICAL}
