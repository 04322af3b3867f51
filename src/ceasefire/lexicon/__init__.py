"""Lexicons kept as data: who belongs to which side, weapon names, target nouns, places.

Each table is a UTF-8 TSV beside this file; lines starting with ``#`` are comments. A
domain expert can edit them without reading the code.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``lexicon/<name>`` as tuples of cells, comments and blank lines skipped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))
