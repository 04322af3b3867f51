"""What kind of input a file or a response holds: from its suffix, its content type, or its
first bytes when neither says.
"""
from __future__ import annotations

from typing import Literal

Kind = Literal["json", "text", "html", "feed", "jsonl"]

SUFFIXES: dict[str, Kind] = {
    ".json": "json", ".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# Kinds that hold many documents: a feed's items, a dump's lines.
MANY: frozenset[Kind] = frozenset({"feed", "jsonl"})
NOT_READ_YET = {".pdf": "PDF files", ".doc": "Word files", ".docx": "Word files"}

_CONTENT_TYPES: dict[str, Kind] = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "text/plain": "text",
    "application/json": "json",
}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_SNIFF_BYTES = 1024


def kind_of_content_type(content_type: str) -> Kind | None:
    """The kind a response's ``Content-Type`` names (its parameters ignored), if one we read."""
    return _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def sniff(data: bytes) -> Kind:
    """The kind of ``data`` from its first bytes: markup is a page or a feed, ``{`` is document
    JSON, anything else text."""
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "json"
    if not head.startswith(b"<"):
        return "text"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if any(root in head for root in _FEED_ROOTS):
        return "feed"
    if head.startswith(b"<?xml") and b"<html" not in head:
        return "feed"  # XML that is not XHTML: the feed parser says whether it is one
    return "html"
