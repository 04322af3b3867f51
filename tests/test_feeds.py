"""RSS and Atom feeds -> one Document per item; items without text rejected with their link."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ceasefire.ingest import Rejection, iter_documents
from ceasefire.model import Document

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
INJURED = "Two people were injured in the city of Sumy, the regional governor said."
LINK = "https://wire.example.org/2025/03/12/drones-sumy"


def rss(items: str, title: str = "Example Wire") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>https://wire.example.org/</link>{items}"
            f"</channel></rss>")


def item(title: str = "Drones over Sumy", link: str | None = LINK, description: str = "",
         content: str = "", date: str | None = "Wed, 12 Mar 2025 23:30:00 -0500",
         guid: str | None = None) -> str:
    return ("<item>" + f"<title>{title}</title>"
            + (f"<link>{link}</link>" if link else "")
            + (f'<guid isPermaLink="false">{guid}</guid>' if guid else "")
            + (f"<pubDate>{date}</pubDate>" if date else "")
            + (f"<description><![CDATA[{description}]]></description>" if description else "")
            + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
            + "</item>")


def read(tmp_path: Path, xml: str, name: str = "wire.xml",
         **options: object) -> list[Document | Rejection]:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return list(iter_documents([str(path)], **options))  # type: ignore[arg-type]


def test_each_item_is_a_document_with_the_feeds_outlet(tmp_path: Path) -> None:
    full = f"<p>{REPORT}</p><p>{INJURED}</p><p><a href='/share'>Share</a></p>"
    (document,) = read(tmp_path, rss(item(description="Drones hit Sumy.", content=full)))
    assert document == Document(
        # a saved feed's link is only claimed: the feed's name comes first in the id
        id="wire-wire-example-org-2025-03-12-drones-sumy", text=f"{REPORT}\n{INJURED}",
        published=dt.date(2025, 3, 12), source="Example Wire", url=LINK,
        title="Drones over Sumy", url_checked=False)  # a saved feed's link: claimed only


def test_item_date_is_the_outlets_day_not_utcs(tmp_path: Path) -> None:
    (document,) = read(tmp_path, rss(item(description=REPORT,
                                          date="Thu, 13 Mar 2025 01:30:00 +0300")))
    assert isinstance(document, Document) and document.published == dt.date(2025, 3, 13)


def test_item_without_a_date_takes_the_published_option(tmp_path: Path) -> None:
    (document,) = read(tmp_path, rss(item(description=REPORT, date=None)),
                       published=dt.date(2025, 3, 1))
    assert isinstance(document, Document) and document.published == dt.date(2025, 3, 1)


def test_headline_only_item_is_rejected_with_its_link(tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    first, second = read(tmp_path, rss(item(description=REPORT) + item("Talks resume",
                                                                       link=LINK + "-2")))
    assert isinstance(first, Document) and isinstance(second, Rejection)
    assert str(second) == (f"{path} item 2: item has only a headline. Ingest the linked page "
                           f"with --url {LINK}-2 (or fetch the feed with --follow-links)")


def test_teaser_item_is_rejected_as_too_short(tmp_path: Path) -> None:
    (rejection,) = read(tmp_path, rss(item(description="Drones hit Sumy again overnight.")))
    assert isinstance(rejection, Rejection)
    assert rejection.problem == "item has only 5 words of text, too few to read"


def test_atom_feed_entries(tmp_path: Path) -> None:
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Example Wire</title><id>tag:wire.example.org,2025:feed</id>"
            f"<updated>2025-03-12T10:00:00Z</updated>"
            f"<entry><title>Drones over Sumy</title><id>tag:wire.example.org,2025:4711</id>"
            f"<updated>2025-03-12T06:00:00+02:00</updated>"
            f'<content type="html">&lt;p&gt;{REPORT}&lt;/p&gt;</content></entry></feed>')
    (document,) = read(tmp_path, atom, "wire.atom")
    assert isinstance(document, Document)
    assert (document.id, document.text, document.published, document.url) == (
        "wire-tag-wire-example-org-2025-4711", REPORT, dt.date(2025, 3, 12), None)


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               "<url><loc>https://wire.example.org/a</loc></url></urlset>")
    (rejection,) = read(tmp_path, sitemap, "sitemap.xml")
    assert isinstance(rejection, Rejection)
    assert rejection.problem.startswith("is not an RSS or Atom feed")


def test_broken_xml_is_rejected(tmp_path: Path) -> None:
    (rejection,) = read(tmp_path, "<rss><channel><title>Wire</channel>", "broken.rss")
    assert isinstance(rejection, Rejection) and "RSS or Atom" in rejection.problem


def test_feed_without_items_is_rejected(tmp_path: Path) -> None:
    (rejection,) = read(tmp_path, rss(""))
    assert isinstance(rejection, Rejection) and rejection.problem == "is a feed with no items"


def test_the_same_item_twice_is_one_document(tmp_path: Path) -> None:
    first, second = read(tmp_path, rss(item(description=REPORT) * 2))
    assert isinstance(first, Document) and isinstance(second, Rejection)
    assert second.where.endswith("wire.xml item 2") and "wire.xml item 1" in second.problem


def test_item_text_in_a_language_not_read_is_rejected(tmp_path: Path) -> None:
    greek = ("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με σαράντα drones, από τα οποία τα 35 "
             "καταρρίφθηκαν από την αεράμυνα, ανέφερε η πολεμική αεροπορία.")
    (rejection,) = read(tmp_path, rss(item(description=greek)))
    assert isinstance(rejection, Rejection) and "Greek" in rejection.problem


def test_an_item_in_ukrainian_is_a_ukrainian_document(tmp_path: Path) -> None:
    ukrainian = ("Росія атакувала Україну вночі сорока дронами, з них 35 збили сили "
                 "протиповітряної оборони, повідомили у Повітряних силах.")
    (document,) = read(tmp_path, rss(item(description=ukrainian)))
    assert isinstance(document, Document) and document.language == "uk"


def test_item_link_broken_across_lines_or_unparseable_is_no_link(tmp_path: Path) -> None:
    # a lenient parse of a broken feed can hand such links over; a URL holds no line break
    broken, bracket = item(link="https://wire\n\n.example.org/x"), item(link="http://[::1/x")
    first, second = read(tmp_path, rss(broken + bracket.replace("Sumy", "Kyiv")))
    for rejection in (first, second):
        assert isinstance(rejection, Rejection) and "\n" not in str(rejection)
        assert rejection.fix == "The feed gives no text for it; leave it out"


def test_a_reference_to_a_lone_surrogate_is_no_feed(tmp_path: Path) -> None:
    entry = f"<item><title>Drones</title><description>{REPORT} &#xD800;</description></item>"
    (rejection,) = read(tmp_path, rss(entry))
    assert isinstance(rejection, Rejection) and rejection.problem == (
        "is not an RSS or Atom feed (a character reference to a lone surrogate (\\ud800), "
        "which XML does not allow)")


def test_a_parsers_complaint_over_several_lines_is_reported_on_one() -> None:
    from ceasefire import errors

    error = errors.ParserFailed("wire.xml", "feedparser", ValueError("bad\n  token\nhere"))
    assert error.problem == "feedparser failed on it (ValueError: bad token here)"
    assert str(error) == f"wire.xml: {error.problem}. {error.fix}"


def test_a_broken_feeds_nul_characters_are_dropped(tmp_path: Path) -> None:
    # XML has no NUL: the feed is read leniently, and no database column would take it
    xml = rss(item(title="Drones\x00 over Sumy", description=REPORT), title="Example\x00 Wire")
    (document,) = read(tmp_path, xml)
    assert isinstance(document, Document)
    assert (document.source, document.title) == ("Example Wire", "Drones over Sumy")


def test_an_element_where_a_links_text_belongs_leaves_the_item_without_a_link(
        tmp_path: Path) -> None:
    # a broken feed read leniently: feedparser hands over the attributes of an unclosed
    # <links ...> tag (a dict) as the item's link
    broken = item(link=None, description=REPORT).replace(
        "</item>", "<links odd words</title><link>https://wire.example.org/a</link></item>")
    (document,) = read(tmp_path, rss(broken)[:-3])  # cut short: not well-formed XML
    assert isinstance(document, Document)
    assert document.url is None and document.text == REPORT
