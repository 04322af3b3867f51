"""What every input kind shares when it makes a ``Document``: the options the command line
gives, dates, ids, its language, and the ``Rejection`` an input becomes when it cannot.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from ceasefire import errors
from ceasefire.ingest.language import LANGUAGES, NAMES, detect
from ceasefire.model import Document

MAX_TEXT_BYTES = 5_000_000
MAX_ID_CHARS = 200
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_CHARS = 120
_WEB = ("http://", "https://")


@dataclass(frozen=True)
class Rejection:
    """An input that did not become a document: where, what is wrong, what to do."""

    where: str
    problem: str
    fix: str

    @classmethod
    def of(cls, error: errors.ReportedError) -> Rejection:
        return cls(error.where, error.problem, error.fix)

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}. {self.fix}"


# An input's document or rejection, with where it came from: a path, "feed.xml item 3",
# "dump.jsonl:12", a URL.
Located = tuple[str, Document | Rejection]


@dataclass(frozen=True)
class InputOptions:
    """What the command line says about its inputs.

    ``published`` and ``source`` fill in documents that lack them (and override what an HTML
    page's metadata says, which is a guess); ``fields`` maps a document field (``text``,
    ``published``, ...) to the key that holds it in JSON and JSON Lines input.
    """

    published: dt.date | None = None
    source: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


def parse_date(where: str, field: str, value: str) -> dt.date:
    """``YYYY-MM-DD`` (or an ISO timestamp starting with it) as a date, else ``BadDate``."""
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _ISO_DATE.match(text) and text[10] in "T ":
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise errors.BadDate(where, field, value)


def checked_id(where: str, document_id: str) -> str:
    """``document_id`` if it can name an output file (no slashes, no leading dot); else
    ``BadId``."""
    if (not document_id.strip() or len(document_id) > MAX_ID_CHARS
            or document_id.startswith(".") or any(c in document_id for c in "/\\\0")):
        raise errors.BadId(where, document_id)
    return document_id


def id_from_url(url: str) -> str:
    """A readable id for the document at ``url``: its host and path as a slug.

    A query string, or a path too long to keep whole, adds a short hash of the whole URL, so
    that two pages of one site do not share an id.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return slug(f"{host}/{parts.path}", always_hash=bool(parts.query), whole=url)


def slug(text: str, *, always_hash: bool = False, whole: str | None = None) -> str:
    """``text`` as an id: lower-case letters and digits joined by dashes. A short hash of
    ``whole`` (default ``text``) is added when asked, or when the slug had to be cut."""
    cut = _NOT_IN_SLUG.sub("-", text.lower()).strip("-")
    if always_hash or len(cut) > _SLUG_CHARS or not cut:
        digest = hashlib.sha1((whole or text).encode()).hexdigest()[:8]
        cut = f"{cut[:_SLUG_CHARS].rstrip('-')}-{digest}".lstrip("-")
    return cut


def web_address(value: str | None) -> str | None:
    """``value`` (stripped) if it is an absolute http(s) URL with a host, else ``None``: a
    page's canonical link or a feed item's link can be relative, broken across lines, or
    junk ("http://[" is not even parseable)."""
    url = (value or "").strip()
    if not url.startswith(_WEB) or not all(c.isprintable() and not c.isspace() for c in url):
        return None
    try:
        return url if urlsplit(url).hostname else None
    except ValueError:  # a bracketed host that is no IPv6 address
        return None


def same_site(url: str, other: str) -> bool:
    """Are ``url`` and ``other`` on one site: the same registrable domain (``bbc.co.uk`` for
    ``www.bbc.co.uk`` and ``news.bbc.co.uk``, by the public suffix list, so ``a.blogspot.com``
    is not ``b.blogspot.com``), or the same host where there is none (an IP address)?"""
    from tld import get_fld

    def site(address: str) -> str | None:
        return get_fld(address, fail_silently=True) or urlsplit(address).hostname

    return site(url) == site(other) is not None


def host_of(url: str | None) -> str | None:
    """The outlet a URL names when nothing better is known: its host, without ``www.``."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def with_language(where: str, document: Document, stated: str | None = None,
                  field: str = "language") -> Document:
    """``document`` with the language its text is in (``Document.language``), or an
    ``InputError`` naming ``where``: ``LanguageNotRead`` for a text in none the reader reads.

    ``stated`` is what the input says (document JSON's ``field``): it must be one the reader
    reads, and it wins where the text is too short or mixed to be sure (a Ukrainian report
    quoting a Russian governor at length), but not over a text that clearly reads otherwise.
    """
    detection = detect(document.text)
    if stated is not None:
        language = stated.strip().lower()
        if language not in LANGUAGES:
            raise errors.UnknownLanguage(where, field, stated)
        if language in detection.possible:
            return replace(document, language=language)
        if detection.language is not None:
            raise errors.LanguageContradicted(where, field, stated,
                                              NAMES[detection.language])
    if detection.language is None and detection.possible:
        raise errors.LanguageUndecided(where)
    if detection.language is None:
        raise errors.LanguageNotRead(where, detection.problem or "its language is unknown")
    return replace(document, language=detection.language)


def rejected(where: str, exc: Exception) -> Located:
    """What an input that raised ``exc`` becomes: its ``Rejection``, so that the batch goes on.
    An ``InputError`` names its own place; anything else (a library's limit we did not
    foresee, a bug) is reported as such, for this input alone."""
    if isinstance(exc, errors.InputError):
        return exc.where, Rejection.of(exc)
    if isinstance(exc, OSError):  # a file that fails while it is being read
        return where, Rejection.of(errors.UnreadableInput(where, exc.strerror or str(exc)))
    return where, Rejection.of(errors.ParserFailed(where, "the input reader", exc))


def unique_ids(located: Iterable[Located]) -> Iterator[Document | Rejection]:
    """The items of ``located``, each document whose id an earlier one had turned into a
    ``Rejection``: the id names the document's output file."""
    first_with_id: dict[str, str] = {}
    for where, item in located:
        if isinstance(item, Document):
            if item.id in first_with_id:
                yield Rejection.of(errors.DuplicateId(where, item.id, first_with_id[item.id]))
                continue
            first_with_id[item.id] = where
        yield item
