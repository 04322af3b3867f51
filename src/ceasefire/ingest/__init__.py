"""Ingest: paths (document JSON, plain text, folders, standard input) -> ``Document``s.

Bad inputs become ``Rejection``s that say which file, what is wrong and what to do.
"""
from __future__ import annotations

from ceasefire.ingest.files import (
    MAX_TEXT_BYTES,
    Rejection,
    find_inputs,
    iter_documents,
    load_document,
    parse_date,
)

__all__ = ["MAX_TEXT_BYTES", "Rejection", "find_inputs", "iter_documents", "load_document",
           "parse_date"]
