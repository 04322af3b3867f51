"""Saved web pages -> Documents: the article's text and metadata, never the page's furniture."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from ceasefire.ingest import Rejection, iter_documents
from ceasefire.ingest.furniture import drop_furniture, is_page_furniture
from ceasefire.ingest.html import fragment_text
from ceasefire.model import Document

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
INJURED = "Two people were injured in the city of Sumy, the regional governor said."
CHROME_LINES = ("Log In", "Forgot password?", "Add to Collection", "Accept all cookies",
                "Privacy Policy", "Leave a Reply", "Related", "Share", "Read more")


def page(*paragraphs: str, head: str = "", inside: str = "") -> str:
    """A news page: the article among a site's chrome (cookie banner, menu, login box, share
    bar, related list, comment form, footer); ``inside`` goes into the article element."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Drones over Sumy | Example Wire</title>{head}</head><body>
<div id="cookies"><p>We use cookies to improve your experience.</p>
  <button>Accept all cookies</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log In</a></nav>
  <div class="login"><h3>Log In</h3><label>Or with username:</label>
  <a href="/reset">Forgot password?</a></div></header>
<main><article><h1>Drones over Sumy</h1>{body}{inside}
  <button>Add to Collection</button></article>
<aside><h2>Related</h2><ul><li><a href="/1">Kyiv talks stall again</a></li>
  <li><a href="/2">Grain corridor reopens</a></li><li><a href="/3">Who pays for the
  rebuilding</a></li></ul></aside>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.
  Required fields are marked *</p></section></main>
<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of use</a>
  <p>© 2025 Example Wire</p></footer></body></html>"""


META = ('<link rel="canonical" href="https://wire.example.org/2025/03/12/drones-sumy">'
        '<meta property="og:site_name" content="Example Wire">'
        '<meta property="og:title" content="Drones over Sumy">'
        '<meta property="article:published_time" content="2025-03-12T07:00:00+02:00">')


def only(path: Path, **options: object) -> Document | Rejection:
    (item,) = iter_documents([str(path)], **options)  # type: ignore[arg-type]
    return item


def saved(tmp_path: Path, html: str, name: str = "drones.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_page_gives_its_article_and_metadata(tmp_path: Path) -> None:
    item = only(saved(tmp_path, page(REPORT, INJURED, head=META)))
    assert item == Document(
        id="drones", text=f"Drones over Sumy\n{REPORT}\n{INJURED}",
        published=dt.date(2025, 3, 12), source="Example Wire",
        url="https://wire.example.org/2025/03/12/drones-sumy", title="Drones over Sumy",
        url_checked=False)  # only the page says so: see test_claimed_urls.py


def test_site_chrome_never_reaches_the_text(tmp_path: Path) -> None:
    item = only(saved(tmp_path, page(REPORT, INJURED)))
    assert isinstance(item, Document)
    lines = item.text.splitlines()
    assert [line for line in lines if line in CHROME_LINES] == []
    assert not any(word in item.text for word in ("cookies", "Kyiv talks", "username", "©"))


def test_furniture_inside_the_article_is_dropped(tmp_path: Path) -> None:
    inside = ("<p>Share</p><p>Read more »</p><p>Log in</p><p>Advertisement</p>"
              "<p>Share prices of the grid operator fell by a third after the strike.</p>")
    item = only(saved(tmp_path, page(REPORT, inside=inside)))
    assert isinstance(item, Document)
    assert item.text.splitlines() == [
        "Drones over Sumy", REPORT,
        "Share prices of the grid operator fell by a third after the strike."]


def test_published_option_overrides_the_pages_date(tmp_path: Path) -> None:
    item = only(saved(tmp_path, page(REPORT, head=META)), published=dt.date(2025, 3, 13),
                source="Other Wire")
    assert isinstance(item, Document)
    assert (item.published, item.source) == (dt.date(2025, 3, 13), "Other Wire")


def test_page_without_metadata_takes_the_options(tmp_path: Path) -> None:
    item = only(saved(tmp_path, page(REPORT)), published=dt.date(2025, 3, 13))
    assert isinstance(item, Document)
    assert (item.published, item.url) == (dt.date(2025, 3, 13), None)


def test_page_without_article_text_is_rejected(tmp_path: Path) -> None:
    path = saved(tmp_path, '<html><body><nav><a href="/">Home</a></nav>'
                           '<div id="app"></div><script src="app.js"></script></body></html>')
    item = only(path)
    assert isinstance(item, Rejection)
    assert (item.where, item.problem) == (str(path), "is an HTML page with no article text in it")
    assert "browser" in item.fix


def test_page_nested_past_the_parsers_depth_says_so(tmp_path: Path) -> None:
    # libxml2 drops what lies deeper than 256 elements: the text is never seen
    deep = "<div>" * 10_000 + f"<p>{REPORT}</p>" + "</div>" * 10_000
    item = only(saved(tmp_path, f"<html><body>{deep}</body></html>"))
    assert isinstance(item, Rejection) and item.problem.startswith(
        "is an HTML page nested more than 256 elements deep")


def test_page_nested_deep_below_its_text_is_read(tmp_path: Path) -> None:
    deep = "<div>" * 1000 + "</div>" * 1000
    item = only(saved(tmp_path, page(REPORT, INJURED, inside=deep)))
    assert isinstance(item, Document) and REPORT in item.text


def test_empty_page_is_rejected(tmp_path: Path) -> None:
    item = only(saved(tmp_path, "  \n"))
    assert isinstance(item, Rejection) and item.problem == "is empty"


def test_page_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    text = REPORT.replace("Ukraine's", "Ukraine\u2019s")
    path = tmp_path / "cp1252.htm"
    path.write_bytes(page(text).replace('charset="utf-8"', 'charset="windows-1252"')
                     .encode("cp1252"))
    item = only(path)
    assert isinstance(item, Document) and text in item.text.splitlines()


def test_markup_without_a_known_suffix_is_read_as_a_page(tmp_path: Path) -> None:
    item = only(saved(tmp_path, page(REPORT), name="drones-sumy"))
    assert isinstance(item, Document) and REPORT in item.text.splitlines()


def test_page_on_standard_input() -> None:
    (item,) = iter_documents(["-"], stdin=io.BytesIO(page(REPORT).encode()))
    assert isinstance(item, Document) and item.id == "stdin" and REPORT in item.text


def test_page_in_a_language_not_read_is_rejected(tmp_path: Path) -> None:
    greek = ("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με σαράντα drones, από τα οποία τα 35 "
             "καταρρίφθηκαν από την αεράμυνα, ανέφερε η πολεμική αεροπορία.")
    item = only(saved(tmp_path, page(greek, greek)))
    assert isinstance(item, Rejection) and "Greek" in item.problem


def test_a_russian_page_is_a_russian_document_with_its_text_as_it_is(tmp_path: Path) -> None:
    russian = ("Дежурные средства ПВО перехватили и уничтожили 35 украинских беспилотников над "
               "территорией Брянской области, сообщили в Министерстве обороны.")
    item = only(saved(tmp_path, page(russian, russian)))
    assert isinstance(item, Document) and item.language == "ru" and russian in item.text


def test_folder_of_pages_is_read_in_order(tmp_path: Path) -> None:
    saved(tmp_path, page(REPORT), "b.html")
    saved(tmp_path, page(INJURED, REPORT), "a.htm")
    assert [item.id for item in iter_documents([str(tmp_path)])
            if isinstance(item, Document)] == ["a", "b"]


@pytest.mark.parametrize("line", [
    "Log In", "log-in", "Sign up", "Forgot your password?", "Leave a Reply", "Share:",
    "Read more »", "Continue reading…", "Add to Collection", "Advertisement", "Accept all cookies",
    "We use cookies to give you the best experience on our site.", "Manage preferences",
    "Skip to main content", "Privacy Policy", "© 2025 Example Wire. All rights reserved.",
    "Photo: Reuters", "Related articles", "You may also like", "12 comments",
    "Your email address will not be published. Required fields are marked *",
])
def test_furniture_lines(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    REPORT, "Share prices of the grid operator fell by a third after the strike.",
    "More than 90 drones were aimed at the capital, the mayor said.",
    "Comments by the defence minister were broadcast on Tuesday.",
    "Related talks in Istanbul ended without a deal.",
])
def test_reporting_lines_are_not_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def test_drop_furniture_keeps_reporting_lines_in_order() -> None:
    assert drop_furniture(f"Share\n\n{REPORT}\n  Read more  \n{INJURED}\n") == (
        f"{REPORT}\n{INJURED}")


def test_fragment_text_gives_one_line_per_paragraph_item_or_break() -> None:
    fragment = (f"<p>{REPORT}</p><p>Two people<br>were hurt.</p><ul><li>One</li><li>Two</li>"
                "</ul><script>track()</script><p><a href='/s'>Share</a></p>after &amp; more")
    assert fragment_text(fragment).splitlines() == [
        REPORT, "Two people", "were hurt.", "One", "Two", "after & more"]


def test_fragment_text_of_plain_text_is_that_text() -> None:
    assert fragment_text(REPORT) == REPORT and fragment_text("  ") == ""



@pytest.mark.parametrize(("odd", "left"), [("\x01", ""), ("\x0e", ""), ("\x1b[31m", " [31m"),
                                          ("\ud800", ""), ("\ufffe", "")])
def test_fragment_text_takes_characters_an_xml_tree_cannot_hold(odd: str, left: str) -> None:
    # a leniently parsed feed, or "&#1;", hands such characters over in an item's markup
    assert fragment_text(f"<p>Two people{odd} were hurt.</p>") == f"Two people{left} were hurt."
