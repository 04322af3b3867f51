"""Ceasefire Monitor: read war reports into sourced strike, ceasefire, exchange and talks records.

    >>> import ceasefire
    >>> reading = ceasefire.read("Russia launched 40 drones overnight, Ukraine's air force said.",
    ...                          published="2025-03-19")
    >>> reading.strikes[0].quantities[0].value
    40.0
"""
from __future__ import annotations

import os

# The parser multiplies small matrices with numpy's OpenBLAS (read/parse.py), whose threads
# would fight over the cores that ``--workers N`` already fills with processes; one thread is
# as fast for matrices this size. Set before numpy loads, in this process and every worker.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

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
