"""Search: the terms of a query, the sides a term names, and a snippet around a match.

The ledger finds what holds every term (``Ledger.find_documents``, ``Ledger.find_events``,
in parameterised SQL); this module turns what a user typed into those terms, and a found
document's text into the short passage a results page shows, with the match's offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ceasefire.lexicon import load_table

MAX_QUERY = 200  # characters
# A search's cost bound on a server (each term is a scan of every current text): its terms,
# the searches under way at once in one process, and seconds before it is stopped.
MAX_TERMS = 8
AT_ONCE = 4
SECONDS = 10.0
BEFORE, AFTER = 60, 120  # characters of context around a match in a snippet
ELLIPSIS = "…"
_TERM = re.compile(r'"([^"]*)"|(\S+)')  # a "quoted phrase" is one term
_SPACE = re.compile(r"\s+")
_EDGE = "\"'“”‘’«»()[]{}.,;:!?"  # stripped from the ends of a word: "Kharkiv," is Kharkiv


def terms(query: str) -> list[str]:
    """The terms of a query, lower case, each once, in order: words, and "quoted phrases"
    (their inner spaces folded to one)."""
    found: list[str] = []
    for phrase, word in _TERM.findall(query):
        term = " ".join(phrase.split()) if phrase else word.strip(_EDGE)
        term = term.lower()
        if term and term not in found:
            found.append(term)
    return found


def sides(term: str) -> frozenset[str]:
    """The sides (country codes) a term names: "russia", "russian", "ru" name RU."""
    return _state_names().get(term.lower(), frozenset())


@cache
def _state_names() -> dict[str, frozenset[str]]:
    # The actors lexicon's states: each surface form ("Ukrainian") and code ("UA") names it.
    names: dict[str, set[str]] = {}
    for surface, _canonical, side, kind in load_table("actors.tsv"):
        if kind == "state" and side:
            names.setdefault(surface.lower(), set()).add(side)
            names.setdefault(side.lower(), set()).add(side)
    return {name: frozenset(found) for name, found in names.items()}


@dataclass(frozen=True)
class Snippet:
    """A passage of a text around the first match of a term.

    ``text`` may start and end with "…" where it was cut; ``highlight`` is the match's
    (start, end) in ``text``, ``match`` its (start, end) in the whole document's text. Both
    are None when no term is in the text (the document matched on its title, outlet or URL):
    the snippet is then the text's beginning.
    """

    text: str
    highlight: tuple[int, int] | None
    match: tuple[int, int] | None


def snippet(text: str, found_terms: list[str]) -> Snippet:
    """The passage of ``text`` around the earliest match of any of ``found_terms``."""
    match = _first_match(text, found_terms)
    if match is None:
        end = _cut_after(text, BEFORE + AFTER, 0)
        return Snippet(_flat(text[:end]) + (ELLIPSIS if end < len(text) else ""), None, None)
    start, end = match
    begin, stop = _cut_before(text, start - BEFORE, start), _cut_after(text, end + AFTER, end)
    head = (ELLIPSIS if begin > 0 else "") + _flat(text[begin:start])
    found = _flat(text[start:end])
    tail = _flat(text[end:stop]) + (ELLIPSIS if stop < len(text) else "")
    return Snippet(head + found + tail, (len(head), len(head) + len(found)), (start, end))


def _first_match(text: str, found_terms: list[str]) -> tuple[int, int] | None:
    # A regex with IGNORECASE gives offsets into the text itself (lower() can change lengths).
    matches = [m for term in found_terms if term
               for m in [re.search(re.escape(term), text, re.IGNORECASE)] if m]
    if not matches:
        return None
    first = min(matches, key=lambda m: (m.start(), -m.end()))
    return first.start(), first.end()


def _cut_before(text: str, at: int, limit: int) -> int:
    """``at``, moved forward to the start of a word, but not past ``limit`` (0 when ``at`` is
    before the text)."""
    if at <= 0:
        return 0
    space = _SPACE.search(text, at, min(limit, at + 20))
    return space.end() if space else at


def _cut_after(text: str, at: int, limit: int) -> int:
    """``at``, moved back to the end of a word, but not before ``limit`` (the text's length
    when ``at`` is past it)."""
    if at >= len(text):
        return len(text)
    spaces = list(_SPACE.finditer(text, max(limit, at - 20), at))
    return spaces[-1].start() if spaces else at


def _flat(passage: str) -> str:
    """Line breaks and runs of spaces as one space (a snippet is one line)."""
    return _SPACE.sub(" ", passage)
