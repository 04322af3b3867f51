"""Ingest: inputs -> ``Document``s. Files (document JSON, text, saved HTML pages, RSS and Atom
feeds, JSON Lines dumps), folders of them, standard input, and URLs.

Bad inputs become ``Rejection``s that say which file, item, line or URL, what is wrong and
what to do.
"""
from __future__ import annotations

from ceasefire.ingest.document import MAX_TEXT_BYTES, InputOptions, Rejection, parse_date
from ceasefire.ingest.fetch import FetchPolicy, fetch_documents
from ceasefire.ingest.files import expected_documents, find_inputs, iter_documents, load_document
from ceasefire.ingest.jsondoc import FIELDS, field_map, json_document

__all__ = ["FIELDS", "MAX_TEXT_BYTES", "FetchPolicy", "InputOptions", "Rejection",
           "expected_documents", "fetch_documents", "field_map", "find_inputs",
           "iter_documents", "json_document", "load_document", "parse_date"]
