"""The per-language word lists: ``ceasefire/lexicon/uk/*.tsv`` and ``ceasefire/lexicon/ru/*.tsv``.

Each file is tab-separated, one entry a line, ``#`` starting a comment; words are written in
their dictionary form (what ``words.normal_forms`` gives), several '|'-separated. The two
languages' files have the same names and columns, so the code that reads them is one.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from ceasefire.read.slavic.words import Language, plain


@cache
def rows(language: Language, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``lexicon/<language>/<name>.tsv``, comments and blank lines left out."""
    text = resources.files("ceasefire.lexicon").joinpath(language, f"{name}.tsv") \
        .read_text("utf-8")
    return tuple(tuple(cell.strip() for cell in line.split("\t"))
                 for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def word_map(language: Language, name: str) -> dict[str, str]:
    """``{word: value}`` from a two-column file ``value<TAB>word|word|…`` (words made plain)."""
    out: dict[str, str] = {}
    for row in rows(language, name):
        for word in row[1].split("|"):
            out.setdefault(plain(word), row[0])
    return out


@cache
def kind_map(language: Language, name: str, kind: str) -> dict[str, str]:
    """``{word: value}`` of the rows of one kind in a three-column file
    ``value<TAB>kind<TAB>word|word|…`` (``weapons.tsv``: class, noun/modifier/…; ``sides.tsv``:
    side, adjective/agent)."""
    return {plain(word): row[0] for row in rows(language, name) if row[1] == kind
            for word in row[2].split("|")}


def lookup(forms: tuple[str, ...], table: dict[str, str]) -> str | None:
    """The value of the first of a word's dictionary ``forms`` that ``table`` holds."""
    for form in forms:
        value = table.get(form)
        if value is not None:
            return value
    return None
