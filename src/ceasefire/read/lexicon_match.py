"""Compile a lexicon table into one regular expression that finds its entries in a sentence."""
from __future__ import annotations

import re
import re._constants as _sre  # the parser's opcodes: to read a pattern's first characters
import re._parser as _sre_parse
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Table:
    """A lexicon table compiled for speed: ``finditer`` yields (match, row of the table).

    Python's regex engine tries every alternative of an alternation at every word start, so a
    table of a hundred rows costs a hundred tries a word. Where every row's first two or three
    characters can be read from its expression (``by_opening``), each word start looks up the
    few rows that can begin with its own and tries those alone, in table order (earlier rows
    still win where two match at the same place); ``tests/test_lexicon_match.py`` holds it to
    the whole expression's matches on every corpus sentence. Otherwise the rows are grouped by
    the character they can start with, each group behind a one-character lookahead, and rows
    whose first character cannot be read stay in every group.
    """

    pattern: re.Pattern[str]
    rows: tuple[int, ...]  # group number -> row of the table
    # the rows that can begin with a word's first three (or two) characters, in lower case,
    # as an expression of their own; None where a row's beginning cannot be read
    by_opening: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] | None = None
    # the word starts whose opening is a key of ``by_opening``, found on lower-cased ASCII
    # text by one expression (the keys as a tree of letters) instead of a lookup at every word
    openings: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[tuple[re.Match[str], int]]:
        end = len(text) if endpos is None else endpos
        if self.openings is not None and self.by_opening is not None and text.isascii():
            lowered = text.lower()
            # a start at or past ``end`` is never tried: the scan stops where the openings
            # (three characters at most) of the last starts before ``end`` are still in view
            starts = [m.start() for m in self.openings.finditer(lowered, pos, end + 3)]
            yield from _at_word_starts(starts, pos, end, self._rows_at(text, lowered, end))
            return
        words = word_starts(text) if self.by_opening is not None else None
        if self.by_opening is None or words is None:  # the whole expression, at every place
            for m in self.pattern.finditer(text, pos, end):
                yield m, self.rows[m.lastindex]  # type: ignore[index]
            return
        lowered, starts = words
        yield from _at_word_starts(starts, pos, end, self._rows_at(text, lowered, end))

    def _rows_at(self, text: str, lowered: str,
                 end: int) -> Callable[[int], tuple[re.Match[str], int] | None]:
        by_opening = self.by_opening
        assert by_opening is not None

        def rows_at(start: int) -> tuple[re.Match[str], int] | None:
            rows = by_opening.get(lowered[start:start + 3]) or \
                by_opening.get(lowered[start:start + 2])
            found = rows[0].match(text, start, end) if rows is not None else None
            return None if found is None else \
                (found, rows[1][found.lastindex])  # type: ignore[index]

        return rows_at

    def match(self, text: str, pos: int = 0) -> tuple[re.Match[str], int] | None:
        m = self.pattern.match(text, pos)
        return None if m is None else (m, self.rows[m.lastindex])  # type: ignore[index]

    def search(self, text: str) -> bool:
        return next(self.finditer(text), None) is not None


_WORD_START = re.compile(r"(?<![\w-])\w")
# characters that the regex engine's IGNORECASE takes for a Latin letter where str.lower() does
# not, or gives two characters ("İstanbul" matches "istanbul")
_AS_THE_ENGINE_LOWERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=256)  # one batch's sentences, asked for by every table
def word_starts(text: str) -> tuple[str, list[int]] | None:
    """``text`` in lower case and where its words start (where a row may match), or None when
    lowering would move offsets."""
    lowered = text.translate(_AS_THE_ENGINE_LOWERS).lower()
    if len(lowered) != len(text):
        return None
    return lowered, _starts_of_words(text)


def _at_word_starts(starts: list[int], pos: int, end: int,
                    found_at: Callable[[int], tuple[re.Match[str], T] | None]
                    ) -> Iterator[tuple[re.Match[str], T]]:
    """What ``found_at`` finds at the word starts of ``[pos, end)``, left to right, none
    overlapping the one before (as an expression's ``finditer`` finds them)."""
    after = pos
    for start in starts[bisect_left(starts, pos):]:
        if start >= end:
            break
        if start >= after and (found := found_at(start)) is not None:
            after = found[0].end()
            yield found


@lru_cache(maxsize=256)
def _starts_of_words(text: str) -> list[int]:
    return [m.start() for m in _WORD_START.finditer(text)]


_WORD_BOUNDS = (r"(?<![\w-])", r"(?![\w-])")


def compile_table(patterns: Iterable[str], flags: int = re.IGNORECASE,
                  bounds: tuple[str, str] = _WORD_BOUNDS) -> Table:
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
    by_opening = _by_opening(pieces, flags, bounds[1]) if bounds == _WORD_BOUNDS else None
    # a word start (as _WORD_START finds them: ASCII text keeps its word characters lowered)
    # that opens with a key
    openings = re.compile(r"(?<![\w-])(?=\w)(?=" + _branches(_tree(by_opening), "") + ")") \
        if by_opening else None
    return Table(re.compile(rf"{bounds[0]}(?:{body}){bounds[1]}", flags), tuple(group_rows),
                 by_opening, openings)


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
    """The lower-case characters a match of ``pattern`` can begin with; None when unknown
    (or when it can match nothing)."""
    try:
        first = _starts(list(_sre_parse.parse(pattern, flags)), 1)
    except Exception:  # a form the reader below does not know: no shortcut for it
        return None
    return None if first is None or "" in first else frozenset(first)


@dataclass(frozen=True)
class Literals:
    """Literal words (case-sensitive) found longest first, on word boundaries.

    ``pattern`` is the plain longest-first alternation, which Python's engine tries word by
    word at every place of the text. ``trie`` finds the same words 3-4x faster: the words as a
    tree of their letters ("K(?:yiv(?:an…|…)|…)"), whose branches the engine passes over at
    their first letter; at each place it follows the one path the text allows, longer words
    before shorter (the end of a word is tried after its continuations), so the longest word
    on a boundary wins, as in the alternation."""

    pattern: re.Pattern[str]
    trie: re.Pattern[str]

    def finditer(self, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self.trie.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.trie.search(text, pos)


def literal_alternatives(words: Iterable[str]) -> Literals:
    """Longest-first alternation of literal words, case-sensitive, on word boundaries."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return Literals(pattern, re.compile(r"(?<![\w-])" + _branches(_tree(ordered), r"(?![\w-])")))


def _tree(words: Iterable[str]) -> dict[str, dict]:
    """The words as a tree of their letters, "" marking where one ends."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}
    return tree


def _branches(node: dict[str, dict], ends: str) -> str:
    """The words below ``node`` as an expression: its letters' branches, then ``ends`` where a
    word ends (tried last: the longer words first)."""
    alternatives = [re.escape(c) + _branches(node[c], ends) for c in sorted(node) if c]
    if "" in node:
        alternatives.append(ends)
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def _by_opening(pieces: list[tuple[int, str]], flags: int, end: str
                ) -> dict[str, tuple[re.Pattern[str], tuple[int, ...]]] | None:
    """For each opening some row can begin with (three characters, or two for a row that can
    end there), the rows that can begin with it, in table order, as one expression and its
    groups' rows. A word start then tries only those rows: Python's engine otherwise walks the
    whole alternation at every word (9 % of the reader's time went to that)."""
    openings = []
    for _, piece in pieces:
        try:
            parsed = list(_sre_parse.parse(piece, flags))
        except Exception:  # a form the reader below does not know: the whole expression
            return None
        found = _starts(parsed, 3) or _starts(parsed, 2)  # "an?\s+attack": two then
        if found is None or any(len(s) < 2 or not s[0].isalnum() for s in found):
            return None
        openings.append(found)
    out, compiled = {}, {}
    for key in {s for found in openings for s in found}:
        members = tuple(i for i, found in enumerate(openings)
                        if key in found or (len(key) == 3 and key[:2] in found))
        if members not in compiled:  # many openings share their rows ("1", "2", … "99")
            body = "|".join(f"({pieces[i][1]})" for i in members)
            compiled[members] = (re.compile(f"(?:{body}){end}", flags),
                                 (0, *(pieces[i][0] for i in members)))
        out[key] = compiled[members]
    return out


_MAX_OPENINGS = 4096  # per row; a set past that is left to the whole expression


def _starts(items: list, length: int = 3) -> set[str] | None:
    """The strings of up to ``length`` characters (lower case) a sequence of parsed items can
    begin with, shorter where the match can end sooner; None when unknown or too many."""
    out = {""}
    for op, av in items:
        growing = {s for s in out if len(s) < length}
        if not growing:
            break
        pieces = _pieces_of(op, av, length)
        if pieces is None:
            return None
        out = (out - growing) | {(s + p)[:length] for s in growing for p in pieces}
        if len(out) > _MAX_OPENINGS:
            return None
    return out


def _pieces_of(op: object, av: Any, length: int) -> set[str] | None:
    if op is _sre.LITERAL:
        return _lower_forms(chr(av))
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars |= _lower_forms(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 64:
                chars |= {c for n in range(value[0], value[1] + 1) for c in _lower_forms(chr(n))}
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:
                chars |= _spaces()
            else:
                return None
        return chars
    if op is _sre.SUBPATTERN:
        return _starts(list(av[3]), length)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _starts(list(branch), length)
            if found is None:
                return None
            out |= found
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, _, item = av
        one = _starts(list(item), length)
        if one is None:
            return None
        out, repeated = ({""} if lo == 0 else set()), {""}
        for times in range(1, length + 1):  # enough repeats to fill ``length`` characters
            repeated = {(s + p)[:length] for s in repeated for p in one}
            # a string is a start once the repeats may stop there, or once it is full: the
            # repeats still owed ("{3}") add nothing to its first ``length`` characters
            out |= {s for s in repeated if times >= lo or len(s) == length or "" in one}
            if len(out) > _MAX_OPENINGS:
                return None
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}  # zero-width: the next item decides
    return None


def _lower_forms(c: str) -> set[str]:
    """What a text character matching ``c`` under IGNORECASE looks like once lowered as
    ``word_starts`` lowers it."""
    return {c.lower(), c.upper().lower(), c.translate(_AS_THE_ENGINE_LOWERS).lower()}


@cache
def _spaces() -> set[str]:
    return {chr(n) for n in range(0x3001) if chr(n).isspace()}


def first_characters_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches can begin with (read from
    the expression as ``compile_table`` reads its rows', in both cases): the same matches,
    found 1.5-3x faster where the expression opens with a word boundary, an optional group or
    an alternation, which the engine otherwise tries whole at every position of the text.
    ``pattern`` itself where its first characters cannot be read."""
    firsts = _first_characters(pattern.pattern, pattern.flags)
    # (letters beyond ASCII left alone: "K", the Kelvin sign, lowers to a "k" whose upper case
    # is not it)
    if firsts is None or not all(c.isascii() or c.isspace() for c in firsts):
        return pattern
    chars = sorted(firsts | {c.upper() for c in firsts})
    ahead = "".join(re.escape(c) for c in chars)
    return re.compile(f"(?=[{ahead}])(?:{pattern.pattern})", pattern.flags)


def fast_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind the lookahead of ``first_characters_ahead``."""
    return first_characters_ahead(re.compile(pattern, flags))


def lowered_pattern(pattern: str) -> str:
    """A regular expression's letters in lower case, its escapes ("\\S", "\\b") and group
    names ("(?P<np>", "(?P=np)") kept."""
    return _KEPT_IN_LOWERING.sub(lambda m: m.group() if m.group()[0] in "\\(" else
                                 m.group().lower(), pattern)


_KEPT_IN_LOWERING = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(|[^\\(]+")


class CaseFolded:
    """A case-insensitive pattern that cannot open with a lookahead (``first_characters_ahead``)
    searched 2-3x faster: on ASCII text, its lower-cased copy (case-sensitive) finds where the
    matches are on the lower-cased text, as the engine then skips an alternative at its first
    letter, and the pattern itself matches there (the same match: on ASCII text the two take
    the same steps). Other text, and patterns that test the case of a letter, as they are."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE,
                 needs: tuple[str, ...] = ()) -> None:
        self.re = re.compile(pattern, flags)
        self.pattern = pattern
        # words one of which every match holds (lower case): ASCII text without any has none
        self._needs = needs
        folds = flags & re.IGNORECASE and "(?-i" not in pattern
        self._lowered = fast_regex(lowered_pattern(pattern), flags & ~re.IGNORECASE) \
            if folds else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._lowered is None or not text.isascii():
            return self.re.search(text, pos, endpos)
        lowered = text.lower()
        if self._needs and not any(word in lowered for word in self._needs):
            return None
        found = self._lowered.search(lowered, pos, endpos)
        return None if found is None else self.re.match(text, found.start(), endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._lowered is None or not text.isascii():
            yield from self.re.finditer(text, pos, endpos)
            return
        lowered = text.lower()
        if self._needs and not any(word in lowered for word in self._needs):
            return
        for found in self._lowered.finditer(lowered, pos, endpos):
            m = self.re.match(text, found.start(), endpos)
            assert m is not None and m.span() == found.span()
            yield m
