"""Lexicons kept as data: who belongs to which side, weapon names, target nouns, places.

Each table is a UTF-8 TSV beside this file; lines starting with ``#`` are comments. A
domain expert can edit them without reading the code.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``lexicon/<name>`` as tuples of cells, comments and blank lines skipped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


# "Read more »", "Share:", "Log in." are the same furniture as their bare words.
_TRAILING = r"[\s.:…»›→>|-]*"


@cache
def furniture() -> re.Pattern[str]:
    """The lines of a web page's interface (``furniture.tsv``) as one case-insensitive pattern,
    to be matched against a whole line with ``fullmatch``."""
    patterns = "|".join(f"(?:{row[0]})" for row in load_table("furniture.tsv"))
    return re.compile(rf"(?:{patterns}){_TRAILING}", re.IGNORECASE)
