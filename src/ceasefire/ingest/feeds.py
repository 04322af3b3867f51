"""RSS and Atom feeds -> one Document per item (feedparser).

An item's text is its content, or its summary when that is longer, with the tags stripped
(lxml) and furniture lines dropped. Its URL is its link, its id comes from its link or guid,
its outlet is the feed's title and its date is the item's own, as the outlet wrote it (not
turned into UTC: "23:30 -0500" is still that day). Many feeds give only headlines or a
teaser: such items are rejected with their link, to be ingested as pages.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax import SAXParseException

from ceasefire import errors
from ceasefire.ingest.document import (
    InputOptions,
    Located,
    id_from_url,
    rejected,
    same_site,
    slug,
    web_address,
    with_language,
)
from ceasefire.ingest.furniture import drop_furniture
from ceasefire.ingest.html import fragment_text
from ceasefire.model import Document

# Fewer words than a sentence of reporting ("Russia launched 40 drones at Ukraine overnight,
# the air force said" has 12): a headline, or a teaser without a fact of its own.
MIN_ITEM_WORDS = 12
_MARKUP_TYPES = ("text/html", "application/xhtml+xml")
# What XML forbids but a lenient parse of a broken feed hands over: NUL, which no database
# text column takes, and lone surrogates, which no file or output takes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class FeedItem:
    where: str  # "feed.xml item 3"
    id: str
    link: str | None
    title: str | None
    published: dt.date | None
    text: str
    # the link is on the site the feed was fetched from (``Document.url_checked``); a saved
    # feed's links, and a fetched feed's links to other sites, only claim their URL
    link_checked: bool = False


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: list[FeedItem]


def parse_feed(where: str, data: bytes, content_type: str | None = None,
               url: str | None = None) -> Feed:
    """The items of the feed ``data``; ``NotAFeed`` or ``EmptyFeed`` naming ``where``.

    ``content_type`` (its charset) and ``url`` (the base of relative links) come with a
    fetched feed.
    """
    import feedparser  # 0.2 s to import: paid only when a feed is read

    headers = {"content-type": content_type or "", "content-location": url or ""}
    try:
        parsed = feedparser.parse(data, response_headers={k: v for k, v in headers.items() if v})
    except UnicodeEncodeError as exc:  # "&#xD800;": feedparser cannot re-encode what it read
        lone = ord(exc.object[exc.start])
        raise errors.NotAFeed(where, f"a character reference to a lone surrogate "
                                     f"(\\u{lone:04x}), which XML does not allow") from None
    except Exception as exc:  # one feed it cannot take must not stop a batch
        raise errors.ParserFailed(where, "feedparser", exc) from None
    if not parsed.entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise errors.NotAFeed(where, _why_not(parsed.get("bozo_exception")))
        raise errors.EmptyFeed(where)
    feed_id = id_from_url(url) if url else slug(where.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    items = [_item(f"{where} item {n}", entry, feed_id, url)
             for n, entry in enumerate(parsed.entries, 1)]
    return Feed(_storable(_text(parsed.feed, "title")), items)


def item_document(item: FeedItem, feed: Feed, options: InputOptions) -> Document:
    """``item`` as a document, or ``HeadlineOnly`` when it has too little text to read."""
    words = len(item.text.split())
    if words < MIN_ITEM_WORDS:
        same_as_title = _folded(item.text) == _folded(item.title or "")
        raise errors.HeadlineOnly(item.where, 0 if same_as_title else words, item.link)
    return with_language(item.where, Document(
        id=item.id, text=item.text, published=item.published or options.published,
        source=feed.title or options.source, url=item.link, title=item.title,
        url_checked=item.link_checked or item.link is None))


def feed_documents(where: str, data: bytes, options: InputOptions) -> Iterator[Located]:
    """One document or rejection per item of the feed file ``data``."""
    feed = parse_feed(where, data)
    for item in feed.items:
        try:
            yield item.where, item_document(item, feed, options)
        except Exception as exc:  # one item's failure, whatever it is, never stops the feed
            yield rejected(item.where, exc)


def _item(where: str, entry: Any, feed_id: str, feed_url: str | None) -> FeedItem:
    link = web_address(_text(entry, "link"))  # feedparser copies an Atom id ("tag:...") there
    guid = _text(entry, "id")
    key = link or web_address(guid)
    checked = bool(link and feed_url and same_site(link, feed_url))
    if key is None:
        item_id = f"{feed_id}-{slug(guid or where)}"
    elif checked:
        item_id = id_from_url(key)
    else:  # the feed's name first: a link only claimed must not name another's document
        item_id = slug(f"{feed_id}-{id_from_url(key)}")
    return FeedItem(where, item_id, link, _storable(_text(entry, "title")), _item_date(entry),
                    _item_text(entry), checked)


def _text(entry: Any, key: str) -> str | None:
    """A text field of a feed or item; in broken markup feedparser may put an element's
    attributes (a dict) where a text belongs."""
    value = entry.get(key)
    return value if isinstance(value, str) and value else None


def _item_text(entry: Any) -> str:
    """The longest of the item's content and summary, as text."""
    parts = [*entry.get("content", []), entry.get("summary_detail") or {}]
    texts = [_as_text(_text(part, "value") or "", _text(part, "type") or "text/html")
             for part in parts]
    return max(texts, key=len, default="")


def _as_text(value: str, media_type: str) -> str:
    if media_type in _MARKUP_TYPES:
        return fragment_text(value)
    return drop_furniture(_UNSTORABLE.sub("", value))


def _storable(value: str | None) -> str | None:
    return _UNSTORABLE.sub("", value).strip() or None if value else None


def _item_date(entry: Any) -> dt.date | None:
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = _text(entry, raw_key)
        if raw:
            local = _local_date(raw)
            if local:
                return local
        parsed: time.struct_time | None = entry.get(parsed_key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)  # in UTC
    return None


def _local_date(raw: str) -> dt.date | None:
    """The day of an RSS (RFC 822) or Atom (ISO 8601) date in its own time zone."""
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.strip()).date()
    except ValueError:
        return None


def _why_not(exception: Exception | None) -> str:
    if exception is None:
        return "no <rss> or <feed> element"
    if isinstance(exception, SAXParseException):  # its str() starts with "<unknown>:"
        return (f"{exception.getMessage()} at line {exception.getLineNumber()}, column "
                f"{exception.getColumnNumber()}")
    return str(exception)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".…")
