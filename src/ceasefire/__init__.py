"""Ceasefire Monitor: read war reports into sourced strike, ceasefire, exchange and talks records.

    >>> import ceasefire
    >>> reading = ceasefire.read("Russia launched 40 drones overnight, Ukraine's air force said.",
    ...                          published="2025-03-19")
    >>> reading.strikes[0].quantities[0].value
    40.0
"""
from __future__ import annotations

from ceasefire.errors import CeasefireError, InputError, StoreError
from ceasefire.ingest import Rejection, iter_documents
from ceasefire.model import (
    Agreement,
    Document,
    Evidence,
    Exchange,
    Place,
    Quantity,
    Reading,
    Strike,
    Talks,
)
from ceasefire.read import read, read_document
from ceasefire.store import Ledger

__all__ = [
    "Agreement", "CeasefireError", "Document", "Evidence", "Exchange", "InputError", "Ledger",
    "Place", "Quantity", "Reading", "Rejection", "StoreError", "Strike", "Talks",
    "iter_documents", "read", "read_document",
]
