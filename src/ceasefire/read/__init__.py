"""Document -> records. (placeholder: the real reader is being written)"""
from __future__ import annotations

import datetime as dt

from ceasefire.model import Document, Reading


def read_document(document: Document) -> Reading:
    return Reading(document_id=document.id)


def read(text: str, published: str | dt.date | None = None, source: str | None = None,
         id: str = "document") -> Reading:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return read_document(Document(id=id, text=text, published=published, source=source))
