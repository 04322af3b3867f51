"""Compile a lexicon table into one regular expression that finds its entries in a sentence."""
from __future__ import annotations

import re
import re._constants as _sre  # the parser's opcodes: to read a pattern's first characters
import re._parser as _sre_parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Table:
    """A lexicon table compiled for speed: ``finditer`` yields (match, row of the table).

    Python's regex engine tries every alternative of an alternation at every word start, so a
    table of a hundred rows costs a hundred tries a word. Here the rows are grouped by the
    characters they can start with, each group behind a one-character lookahead: a word start
    tries only the rows that can begin there, in table order (earlier rows still win where two
    match at the same place). Rows whose first character cannot be read stay in every group.
    """

    pattern: re.Pattern[str]
    rows: tuple[int, ...]  # group number -> row of the table

    def finditer(self, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[tuple[re.Match[str], int]]:
        found = self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        for m in found:
            yield m, self.rows[m.lastindex]  # type: ignore[index]

    def match(self, text: str, pos: int = 0) -> tuple[re.Match[str], int] | None:
        m = self.pattern.match(text, pos)
        return None if m is None else (m, self.rows[m.lastindex])  # type: ignore[index]

    def search(self, text: str) -> bool:
        return self.pattern.search(text) is not None


def compile_table(patterns: Iterable[str], flags: int = re.IGNORECASE,
                  bounds: tuple[str, str] = (r"(?<![\w-])", r"(?![\w-])")) -> Table:
    """The rows of a table (regular expressions, case-insensitive) as one :class:`Table`,
    matched between ``bounds`` (by default: not inside a word or a hyphenated compound)."""
    pieces = [(row, piece) for row, p in enumerate(patterns) for piece in top_level(p)]
    rows = [piece for _, piece in pieces]
    firsts = [_first_characters(p, flags) for p in rows]
    letters = sorted({c for f in firsts if f for c in f})
    branches, group_rows = [], [0]  # group 0 is the whole match
    for c in letters:
        members = [i for i, f in enumerate(firsts) if f is None or c in f]
        alternatives = []
        for i in members:
            alternatives.append(f"({rows[i]})")
            group_rows.append(pieces[i][0])
        cls = re.escape(c) + (re.escape(c.upper()) if c.upper() != c else "")
        branches.append(f"(?=[{cls}])(?:{'|'.join(alternatives)})")
    unknown = [i for i, f in enumerate(firsts) if f is None]
    if unknown:  # a start no group's lookahead admits
        branches.append("(?:" + "|".join(f"({rows[i]})" for i in unknown) + ")")
        group_rows.extend(pieces[i][0] for i in unknown)
    body = "|".join(branches) or "(?!)"
    return Table(re.compile(rf"{bounds[0]}(?:{body}){bounds[1]}", flags), tuple(group_rows))


def top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> "a", "b(?:c|d)"), in order."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # "[]…]": a literal bracket first
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _first_characters(pattern: str, flags: int) -> frozenset[str] | None:
    """The lower-case characters a match of ``pattern`` can begin with; None when unknown."""
    try:
        first, nullable = _first(list(_sre_parse.parse(pattern, flags)))
    except Exception:  # a form the reader below does not know: no shortcut for it
        return None
    return None if first is None or nullable else frozenset(first)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_of(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_of(op: object, av: Any) -> tuple[set[str] | None, bool]:
    if op is _sre.LITERAL:
        return {chr(av).lower()}, False
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value).lower())
            elif kind is _sre.RANGE and value[1] - value[0] < 64:
                chars |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is _sre.SUBPATTERN:
        return _first(list(av[3]))
    if op is _sre.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _first(list(branch))
            if first is None:
                return None, False
            out |= first
            nullable = nullable or empty
        return out, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, _, item = av
        first, empty = _first(list(item))
        return first, empty or lo == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides
    return None, False


def literal_alternatives(words: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation of literal words, case-sensitive, on word boundaries."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
