"""Document JSON: one object per report, in a .json file or on a line of a JSON Lines dump.

Only the text is required. Dumps name their fields their own way, so ``InputOptions.fields``
maps each document field to the key that holds it (``text`` -> ``body``); a dotted key
(``meta.date``) reaches into a nested object.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any

from ceasefire import errors
from ceasefire.ingest.decode import decode
from ceasefire.ingest.document import InputOptions, checked_id, parse_date, with_language
from ceasefire.model import Document

FIELDS = ("id", "text", "published", "source", "url", "title", "language")
_MISSING = object()
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def field_map(specs: Iterable[str]) -> dict[str, str]:
    """``["text=body", "published=meta.date"]`` as ``{"text": "body", ...}``, or a
    ``UsageError`` that says which one is wrong."""
    fields: dict[str, str] = {}
    for spec in specs:
        name, sep, key = spec.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or not key or name not in FIELDS:
            raise errors.UsageError(
                f'--field "{spec}" is not FIELD=KEY with FIELD one of {", ".join(FIELDS)}: '
                "write e.g. --field text=body to read the text from the key \"body\"")
        fields[name] = key
    return fields


def from_json(where: str, raw: str, default_id: str, options: InputOptions) -> Document:
    """The document that the JSON text ``raw`` holds, or an ``InputError`` naming ``where``."""
    try:
        obj = loads(where, raw)
    except json.JSONDecodeError as exc:
        raise errors.BadJson(where, exc.lineno, exc.colno, exc.msg) from None
    return from_object(where, obj, default_id, options)


def json_document(where: str, data: bytes) -> Document:
    """The document the bytes ``data`` hold as document JSON, whatever they start with (the
    API's body: a list or a string there is the wrong shape, not a text to read). Its id is
    empty when the JSON names none."""
    return from_json(where, decode(where, data), "", InputOptions())


def loads(where: str, raw: str) -> Any:
    """``json.loads``, with its refusals of an integer too long to convert and of arrays or
    objects nested past Python's recursion limit as ``InputError``s (a ``JSONDecodeError``
    still raises, for the caller to place). Every JSON input is decoded here."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        raise
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise errors.JsonNumberTooLong(where, sys.get_int_max_str_digits()) from None
    except RecursionError:  # the decoder recurses once per level: "[[[[…" a thousand deep
        raise errors.JsonTooDeep(where) from None


def from_object(where: str, obj: Any, default_id: str, options: InputOptions) -> Document:
    """The document a parsed JSON value holds; its own fields win over ``options``."""
    if not isinstance(obj, dict):
        raise errors.NotADocument(where, _json_kind(obj))
    key = options.fields.get("text", "text")
    text = _lookup(obj, key)
    if text is _MISSING:
        raise errors.MissingField(where, key)
    if not isinstance(text, str):
        raise errors.FieldType(where, key, _json_kind(text), "a string")
    if not text.strip():
        raise errors.EmptyField(where, key)
    _refuse_unstorable(where, key, text)
    date = _string(where, obj, options, "published")
    return with_language(where, Document(
        id=_document_id(where, obj, options) or default_id,
        text=text,
        published=(parse_date(where, f'field "{_key(options, "published")}"', date) if date
                   else options.published),
        source=_string(where, obj, options, "source") or options.source,
        url=_string(where, obj, options, "url"),
        title=_string(where, obj, options, "title"),
    ), stated=_string(where, obj, options, "language"), field=_key(options, "language"))


def _key(options: InputOptions, field: str) -> str:
    return options.fields.get(field, field)


def _lookup(obj: dict[str, Any], key: str) -> Any:
    if key in obj:
        return obj[key]
    value: Any = obj
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _string(where: str, obj: dict[str, Any], options: InputOptions, field: str) -> str | None:
    key = _key(options, field)
    value = _lookup(obj, key)
    if value is _MISSING or value is None:
        return None
    if not isinstance(value, str):
        raise errors.FieldType(where, key, _json_kind(value), "a string")
    _refuse_unstorable(where, key, value)
    return value


def _refuse_unstorable(where: str, key: str, value: str) -> None:
    """JSON's \\u escapes can write what is no character of a text: half of a UTF-16 pair,
    which no file, output or database takes, or NUL, which PostgreSQL refuses."""
    bad = _UNSTORABLE.search(value)
    if bad and bad.group() == "\0":
        raise errors.NulCharacter(where, key, bad.start())
    if bad:
        raise errors.LoneSurrogate(where, key, bad.group(), bad.start())


def _document_id(where: str, obj: dict[str, Any], options: InputOptions) -> str | None:
    key = _key(options, "id")
    value = _lookup(obj, key)
    if isinstance(value, int) and not isinstance(value, bool):  # dumps often number their rows
        value = str(value)
    if value is _MISSING or value is None:
        return None
    if not isinstance(value, str):
        raise errors.FieldType(where, key, _json_kind(value), "a string")
    _refuse_unstorable(where, key, value)
    return checked_id(where, value)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    kinds = {dict: "an object", list: "a list", str: "a string", int: "a number",
             float: "a number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)
