"""HTML -> Document: a saved or fetched web page's article text and metadata (trafilatura), and
the text of an HTML fragment such as a feed item's content (lxml).

trafilatura runs favouring precision: a page's navigation, login boxes, comment forms,
footers and related-article lists are dropped, and what furniture is left inside the article
goes with the furniture lexicon. Its fallback extractors (readability, jusText) are skipped
(``fast``): they add recall, not precision, and cost about 30% of the time. The publication
date is taken from the page's metadata only (meta tags, JSON-LD, the URL), never guessed
from dates in the text.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from configparser import ConfigParser
from typing import Any

import lxml.html
from lxml.etree import ParserError

from ceasefire import errors
from ceasefire.ingest.decode import page_bytes
from ceasefire.ingest.document import (
    MAX_TEXT_BYTES,
    InputOptions,
    host_of,
    same_site,
    web_address,
    with_language,
)
from ceasefire.ingest.furniture import drop_furniture
from ceasefire.model import Document

_DATES = {"extensive_search": False, "original_date": True}
# Elements that end a line of text: a paragraph, a list item, a heading, a break.
_BLOCKS = frozenset("""
    address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5
    h6 header hr li main nav ol p pre section table td th tr ul
""".split())
_SILENT = ("script", "style", "noscript", "template")
MAX_DEPTH = 256  # libxml2's: elements nested deeper are dropped (without XML_PARSE_HUGE)
# Characters an XML tree cannot hold (lxml refuses them as an element's text): control
# characters other than tab and line ends, lone surrogates, and the two non-characters. A
# feed parsed leniently, or a "&#1;" in it, hands them over in an item's markup.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def page_document(where: str, page: bytes, default_id: str, options: InputOptions,
                  url: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> Document:
    """The article of the HTML ``page``; ``NoPageText`` when it has none.

    ``url`` is where it was fetched from; the page's canonical URL wins over it. The command
    line's ``--published`` and ``--source`` win over the page's metadata. A gzip-compressed
    page is inflated, up to ``max_bytes``; a binary one is refused.
    """
    if not page.strip():
        raise errors.EmptyInput(where)
    page = page_bytes(where, page, max_bytes)
    found = _extract(where, page, url, max_bytes)
    text = drop_furniture(found.get("text") or "")
    if not text:
        raise _too_deep(where, page) or errors.NoPageText(where)
    page_url, checked = _own_url(web_address(found.get("url")), url)
    return with_language(where, Document(
        id=default_id,
        text=text,
        published=options.published or _page_date(found.get("date")),
        source=options.source or found.get("sitename") or host_of(page_url),
        url=page_url,
        title=found.get("title") or None,
        url_checked=checked,
    ))


def _own_url(canonical: str | None, fetched: str | None) -> tuple[str | None, bool]:
    """The page's URL and whether it is checked (``Document.url_checked``). A page names its
    canonical URL itself, so any page can name any: it counts only on the site the page was
    fetched from. A saved page keeps it, unchecked: it then replaces only the page saved
    under the same file name."""
    if fetched is None:
        return canonical, canonical is None
    if canonical is not None and same_site(canonical, fetched):
        return canonical, True
    return fetched, True


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment, one line per paragraph, list item or break; scripts and
    styles dropped; furniture lines dropped."""
    markup = _NOT_XML.sub(" ", markup)
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):  # nothing to parse, or an encoding declaration in str
        return ""
    for silent in root.iter(*_SILENT):
        silent.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return drop_furniture("\n".join(lines))


def _too_deep(where: str, page: bytes) -> errors.PageTooDeep | None:
    """Why a page gave no text when it is nested past libxml2's depth limit (256, which
    trafilatura's parser keeps): what lies deeper is never parsed. Checked only then: a
    second parse, of a page that failed."""
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(page, parser=parser)
    except (ParserError, ValueError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message
           for e in parser.error_log):
        return errors.PageTooDeep(where, MAX_DEPTH)
    return None


def _extract(where: str, page: bytes, url: str | None, max_bytes: int) -> dict[str, Any]:
    import trafilatura  # 0.7 s to import: paid only when a page is read

    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, favor_precision=True, include_comments=False,
            fast=True, date_extraction_params=_DATES, config=_config(max_bytes))
    except Exception as exc:  # one page it cannot take must not stop a batch
        raise errors.ParserFailed(where, "trafilatura", exc) from None
    if found is None:
        return {}
    return found if isinstance(found, dict) else found.as_dict()


@functools.cache
def _config(max_bytes: int) -> ConfigParser:
    """trafilatura's settings, but for what it may inflate: it tries to decompress whatever it
    is given (zlib, brotli, zstd without a header to tell them), up to 20 MB by default; our
    cap holds there too."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    return config


def _page_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
