"""Paths -> Documents: document JSON, plain text, saved web pages, feeds, JSON Lines dumps,
folders of them and standard input; and, through ``fetch.py``, URLs.

Each file goes to the module of its kind, chosen by its suffix (by its first bytes when the
suffix says nothing, and on standard input). A page, a text or a document JSON gives one
document, a feed one per item, a dump one per line; whatever cannot be read gives one
``Rejection`` (which file, item or line, what is wrong, what to do), so one bad input never
stops a batch.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from ceasefire import errors
from ceasefire.ingest.decode import decode
from ceasefire.ingest.document import (
    MAX_TEXT_BYTES,
    InputOptions,
    Located,
    Rejection,
    rejected,
    unique_ids,
    with_language,
)
from ceasefire.ingest.feeds import feed_documents
from ceasefire.ingest.fetch import located_documents
from ceasefire.ingest.html import page_document
from ceasefire.ingest.jsondoc import from_json
from ceasefire.ingest.jsonl import jsonl_documents
from ceasefire.ingest.kinds import MANY, NOT_READ_YET, SUFFIXES, Kind, sniff
from ceasefire.model import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
_KIND_NAMES = {"feed": "a feed", "jsonl": "a JSON Lines file"}


def find_inputs(paths: Iterable[str]) -> list[str]:
    """The inputs ``paths`` name, folders expanded to the files of the kinds read, sorted.

    A folder with none of those stays in the list (it is rejected when read); so do paths
    that do not exist, and ``-`` for standard input.
    """
    found: list[str] = []
    for given in paths:
        folder = Path(given)
        if given == STDIN or not folder.is_dir():
            found.append(given)
            continue
        files = [str(f) for f in sorted(folder.rglob("*"))
                 if f.suffix.lower() in SUFFIXES and f.is_file()
                 and not any(part.startswith(".") for part in f.relative_to(folder).parts)]
        found.extend(files or [given])
    return found


def expected_documents(inputs: Sequence[str], urls: Sequence[str] = ()) -> int | None:
    """How many documents ``inputs`` (as ``find_inputs`` lists them) give, if known before
    reading them: not when a feed or a dump, which hold many, or a URL is among them."""
    if urls or any(_suffix_kind(where) in MANY for where in inputs):
        return None
    return len(inputs)


def iter_documents(paths: Iterable[str], published: dt.date | None = None,
                   source: str | None = None, *, fields: Mapping[str, str] | None = None,
                   urls: Iterable[str] = (), allow_private: bool = False,
                   follow_links: bool = False, max_bytes: int = MAX_TEXT_BYTES,
                   stdin: BinaryIO | None = None) -> Iterator[Document | Rejection]:
    """One ``Document`` or ``Rejection`` per document of the inputs ``find_inputs(paths)``
    lists, then of the ``urls`` (fetched as ``fetch.fetch_documents`` says).

    ``published`` and ``source`` fill in documents that lack them (and override an HTML
    page's metadata); ``fields`` names the keys of JSON input (``{"text": "body"}``).
    """
    options = InputOptions(published, source, fields or {})
    located: Iterable[Located] = chain.from_iterable(
        _documents_at(where, options, max_bytes, stdin) for where in find_inputs(paths))
    urls = list(urls)
    if urls:
        located = chain(located, located_documents(
            urls, options, allow_private=allow_private, follow_links=follow_links))
    yield from unique_ids(located)


def load_document(where: str, published: dt.date | None = None, source: str | None = None,
                  *, fields: Mapping[str, str] | None = None, max_bytes: int = MAX_TEXT_BYTES,
                  stdin: BinaryIO | None = None) -> Document:
    """The one document at path ``where`` (``-``: standard input), or an ``InputError``."""
    options = InputOptions(published, source, fields or {})
    if _suffix_kind(where) == "jsonl":
        raise errors.ManyDocuments(where, _KIND_NAMES["jsonl"])
    name, kind, data = _read(where, max_bytes, stdin)
    if kind in MANY:
        raise errors.ManyDocuments(name, _KIND_NAMES[kind])
    return _one_document(name, kind, data, _default_id(where), options, max_bytes)


def _documents_at(where: str, options: InputOptions, max_bytes: int,
                  stdin: BinaryIO | None) -> Iterator[Located]:
    try:
        if _suffix_kind(where) == "jsonl":  # streamed: a dump may be far over max_bytes
            with _open(where) as stream:
                yield from jsonl_documents(where, stream, options, max_bytes)
            return
        name, kind, data = _read(where, max_bytes, stdin)
        if kind == "feed":
            yield from feed_documents(name, data, options)
        else:
            yield name, _one_document(name, kind, data, _default_id(where), options, max_bytes)
    except Exception as exc:  # one input's failure, whatever it is, never stops the batch
        yield rejected(where, exc)


def _one_document(where: str, kind: Kind, data: bytes, default_id: str,
                  options: InputOptions, max_bytes: int) -> Document:
    if kind == "html":
        return page_document(where, data, default_id, options, max_bytes=max_bytes)
    text = decode(where, data, max_bytes)
    if kind == "json":
        return from_json(where, text, default_id, options)
    return with_language(where, Document(id=default_id, text=text,
                                         published=options.published, source=options.source))


def _read(where: str, max_bytes: int, stdin: BinaryIO | None) -> tuple[str, Kind, bytes]:
    """(the input's name, its kind, its bytes)."""
    if where == STDIN:
        data = _read_limited(STDIN_NAME, stdin or sys.stdin.buffer, max_bytes)
        return STDIN_NAME, sniff(data), data
    data = _read_file(where, max_bytes)
    kind = _suffix_kind(where)
    if kind is None:  # an unknown suffix: markup is a page or a feed, the rest is text
        sniffed = sniff(data)
        kind = sniffed if sniffed in ("html", "feed") else "text"
    return where, kind, data


def _suffix_kind(where: str) -> Kind | None:
    return None if where == STDIN else SUFFIXES.get(Path(where).suffix.lower())


def _default_id(where: str) -> str:
    return "stdin" if where == STDIN else Path(where).stem


def _open(where: str) -> BinaryIO:
    path = _existing_file(where)
    try:
        return path.open("rb")
    except OSError as exc:
        raise errors.UnreadableInput(where, exc.strerror or str(exc)) from None


def _existing_file(where: str) -> Path:
    path = Path(where)
    if not path.exists():
        raise errors.MissingInput(where)
    if path.is_dir():
        raise errors.EmptyFolder(where)
    kind = NOT_READ_YET.get(path.suffix.lower())
    if kind:
        raise errors.UnsupportedInput(where, kind)
    return path


def _read_file(where: str, max_bytes: int) -> bytes:
    path = _existing_file(where)
    size = path.stat().st_size
    if size > max_bytes:  # refused before reading: a dump must not reach memory or the reader
        raise errors.TooLarge(where, max_bytes, size)
    with _open(where) as stream:
        return _read_limited(where, stream, max_bytes)


def _read_limited(where: str, stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise errors.TooLarge(where, max_bytes)
    return data
