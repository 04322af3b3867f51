"""Paths -> Documents: document JSON, plain text, folders of them, and standard input.

Each input yields one ``Document`` or one ``Rejection`` (which file, what is wrong, what to
do), so one bad file never stops a batch.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ceasefire import errors
from ceasefire.ingest.decode import decode
from ceasefire.ingest.language import english_problem
from ceasefire.model import Document

MAX_TEXT_BYTES = 5_000_000
STDIN = "-"
STDIN_NAME = "<stdin>"
READ_SUFFIXES = (".json", ".txt")
NOT_READ_YET = {
    ".jsonl": "JSON Lines files", ".ndjson": "JSON Lines files", ".html": "HTML pages",
    ".htm": "HTML pages", ".xml": "XML feeds", ".rss": "RSS feeds", ".atom": "Atom feeds",
    ".pdf": "PDF files", ".doc": "Word files", ".docx": "Word files",
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_ID_CHARS = 200


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


def find_inputs(paths: Iterable[str]) -> list[str]:
    """The inputs ``paths`` name, folders expanded to their *.json and *.txt files, sorted.

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
                 if f.suffix.lower() in READ_SUFFIXES and f.is_file()
                 and not any(part.startswith(".") for part in f.relative_to(folder).parts)]
        found.extend(files or [given])
    return found


def iter_documents(paths: Iterable[str], published: dt.date | None = None,
                   source: str | None = None, *, max_bytes: int = MAX_TEXT_BYTES,
                   stdin: BinaryIO | None = None) -> Iterator[Document | Rejection]:
    """One ``Document`` or ``Rejection`` per input that ``find_inputs(paths)`` lists.

    ``published`` and ``source`` apply to plain text, and to document JSON that lacks them.
    """
    first_with_id: dict[str, str] = {}
    for where in find_inputs(paths):
        try:
            document = load_document(where, published, source, max_bytes=max_bytes, stdin=stdin)
            if document.id in first_with_id:
                raise errors.DuplicateId(where, document.id, first_with_id[document.id])
        except errors.InputError as error:
            yield Rejection.of(error)
            continue
        first_with_id[document.id] = where
        yield document


def load_document(where: str, published: dt.date | None = None, source: str | None = None,
                  *, max_bytes: int = MAX_TEXT_BYTES, stdin: BinaryIO | None = None) -> Document:
    """The document at path ``where`` (``-``: standard input), or an ``InputError``."""
    if where == STDIN:
        name, default_id = STDIN_NAME, "stdin"
        text = decode(name, _read_limited(name, stdin or sys.stdin.buffer, max_bytes))
        is_json = text.lstrip().startswith("{")
    else:
        name, default_id = where, Path(where).stem
        text = decode(name, _read_file(where, max_bytes))
        is_json = Path(where).suffix.lower() == ".json"
    if is_json:
        document = _from_json(name, text, default_id, published, source)
    else:
        document = Document(id=default_id, text=text, published=published, source=source)
    problem = english_problem(document.text)
    if problem:
        raise errors.NotEnglish(name, problem)
    return document


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


def _read_file(where: str, max_bytes: int) -> bytes:
    path = Path(where)
    if not path.exists():
        raise errors.MissingInput(where)
    if path.is_dir():
        raise errors.EmptyFolder(where)
    kind = NOT_READ_YET.get(path.suffix.lower())
    if kind:
        raise errors.UnsupportedInput(where, kind)
    size = path.stat().st_size
    if size > max_bytes:  # refused before reading: a dump must not reach memory or the reader
        raise errors.TooLarge(where, max_bytes, size)
    try:
        with path.open("rb") as stream:
            return _read_limited(where, stream, max_bytes)
    except OSError as exc:
        raise errors.UnreadableInput(where, exc.strerror or str(exc)) from None


def _read_limited(where: str, stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise errors.TooLarge(where, max_bytes)
    return data


def _from_json(where: str, raw: str, default_id: str, published: dt.date | None,
               source: str | None) -> Document:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise errors.BadJson(where, exc.lineno, exc.colno, exc.msg) from None
    if not isinstance(obj, dict):
        raise errors.NotADocument(where, _json_kind(obj))
    if "text" not in obj:
        raise errors.MissingField(where, "text")
    text = obj["text"]
    if not isinstance(text, str):
        raise errors.FieldType(where, "text", _json_kind(text), "a string")
    if not text.strip():
        raise errors.EmptyField(where, "text")
    date = _string_field(where, obj, "published")
    return Document(
        id=_document_id(where, obj) or default_id,
        text=text,
        published=parse_date(where, 'field "published"', date) if date else published,
        source=_string_field(where, obj, "source") or source,
        url=_string_field(where, obj, "url"),
        title=_string_field(where, obj, "title"),
    )


def _string_field(where: str, obj: dict[str, Any], field: str) -> str | None:
    value = obj.get(field)
    if value is not None and not isinstance(value, str):
        raise errors.FieldType(where, field, _json_kind(value), "a string")
    return value


def _document_id(where: str, obj: dict[str, Any]) -> str | None:
    document_id = _string_field(where, obj, "id")
    if document_id is None:
        return None
    if (not document_id.strip() or len(document_id) > _MAX_ID_CHARS
            or document_id.startswith(".") or any(c in document_id for c in "/\\\0")):
        raise errors.BadId(where, document_id)
    return document_id


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    kinds = {dict: "an object", list: "a list", str: "a string", int: "a number",
             float: "a number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)
