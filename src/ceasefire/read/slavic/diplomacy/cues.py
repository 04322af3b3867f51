"""A sentence as the diplomacy builders read it: its tokens, the cue words of the language's
tables, the actors it names, its number words.

The tables (``lexicon/<language>/truce.tsv``, ``exchanges.tsv``, ``talks.tsv``, ``grammar.tsv``)
map a cue to words, '|'-separated. A single word is written in its dictionary form and matches
every form of it; in a phrase of several words each word may be written as it stands and
matches through its first dictionary form too ("припинення вогню" matches "припинення вогню"
and "припиненням вогню"). As in the actor tables, a word written with a capital needs a capital.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from ceasefire.read.sentences import Sentence
from ceasefire.read.slavic.actors import ActorMention, find_actors
from ceasefire.read.slavic.lexicon import rows
from ceasefire.read.slavic.numbers import number_word, thousands_of
from ceasefire.read.slavic.words import WORD, Language, normal_forms, parses, plain

# numbers with thousands split by spaces ("1 000"), words, and each other sign on its own
_TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?|" + WORD.pattern + r"|[^\s\w]")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Token:
    start: int  # offsets into the sentence's text
    end: int
    text: str
    forms: tuple[str, ...]  # dictionary forms (a word), else the sign or number itself

    @property
    def is_number(self) -> bool:
        return bool(_DIGITS.match(self.text))

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


@dataclass(frozen=True)
class Cue:
    value: str
    first: int  # token indices, both included
    last: int


@dataclass
class Parsed:
    """One sentence, tokenised, with what the builders ask of it."""

    sentence: Sentence
    language: Language
    tokens: list[Token]
    actors: list[tuple[int, int, ActorMention]] = field(default_factory=list)  # first, last
    # the date of a heading above the sentence in its paragraph ("3 вересня, четвер."), for
    # a chronicle whose items name no date of their own (set by ``read_diplomacy``)
    heading_date: dt.date | None = None
    _cues: dict[str, list[Cue]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    def cues(self, table: str) -> list[Cue]:
        """Every cue of ``lexicon/<language>/<table>.tsv`` in the sentence, left to right."""
        if table not in self._cues:
            self._cues[table] = find_cues(self.tokens, self.language, table)
        return self._cues[table]

    def having(self, table: str, *values: str) -> list[Cue]:
        return [c for c in self.cues(table) if c.value in values]

    def is_(self, i: int, table: str, *values: str) -> bool:
        """Whether a cue of one of ``values`` covers token ``i``."""
        return 0 <= i < len(self.tokens) and any(
            c.first <= i <= c.last for c in self.having(table, *values))

    def ending_at(self, i: int, table: str, *values: str) -> Cue | None:
        return next((c for c in self.having(table, *values) if c.last == i), None)

    def actor_at(self, i: int) -> tuple[int, int, ActorMention] | None:
        return next((a for a in self.actors if a[0] <= i <= a[1]), None)


def parse(sentence: Sentence, language: Language) -> Parsed:
    tokens = [Token(m.start(), m.end(), m.group(),
                    normal_forms(m.group(), language) if m.group()[:1].isalpha()
                    else (m.group(),))
              for m in _TOKEN.finditer(sentence.text)]
    parsed = Parsed(sentence, language, tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for mention in find_actors(sentence.text, language):
        if mention.start in starts and mention.end in ends:
            parsed.actors.append((starts[mention.start], ends[mention.end], mention))
    for i, token in enumerate(tokens):
        if "-" in token.text and parsed.actor_at(i) is None:
            parsed.actors.extend((i, i, mention) for mention in compound_states(token, language))
    parsed.actors.sort(key=lambda actor: actor[0])
    return parsed


# the endings a compound's first parts stand for: "российско-" is "российский", "американо-"
# is "американский" ("американо-российские переговоры")
_ADJECTIVE_ENDINGS = {"ru": ("ий", "ский"), "uk": ("ий", "ський")}


def compound_states(token: Token, language: Language) -> list[ActorMention]:
    """The states of a compound adjective ("российско-украинских", "українсько-американські"):
    each part is a state's adjective, all but the last cut before their ending. Every part must
    name a state, else the word is something else ("військово-морський")."""
    parts = token.text.split("-")
    found = []
    for k, part in enumerate(parts):
        words = [part] if k == len(parts) - 1 else \
            [part[:-1] + ending for ending in _ADJECTIVE_ENDINGS[language]]
        state = next((m for word in words for m in find_actors(word, language)
                      if m.kind == "state" and m.side), None)
        if state is None:
            return []
        found.append(ActorMention(token.start, token.end, token.text, state.name, state.side,
                                  state.kind))
    return found


@dataclass(frozen=True)
class _Word:
    keys: frozenset[str]
    capital: bool


@cache
def _table(language: Language, name: str) -> dict[str, tuple[tuple[str, tuple[_Word, ...]], ...]]:
    """The cues of a table indexed by the keys of their first word."""
    index: defaultdict[str, list[tuple[str, tuple[_Word, ...]]]] = defaultdict(list)
    for row in rows(language, name):
        for written in row[-1].split("|"):
            parts = [m.group() for m in WORD.finditer(written)]
            if not parts:
                continue
            phrase = tuple(_Word(frozenset({plain(p)} if len(parts) == 1
                                           else {plain(p), normal_forms(p, language)[0]}),
                                 p[:1].isupper()) for p in parts)
            for key in phrase[0].keys:
                index[key].append((row[0], phrase))
    return {key: tuple(found) for key, found in index.items()}


def _matches(word: _Word, token: Token) -> bool:
    if word.capital and not token.text[:1].isupper():
        return False
    return not word.keys.isdisjoint(token.forms)


def find_cues(tokens: list[Token], language: Language, name: str) -> list[Cue]:
    """The cues of table ``name`` in ``tokens``, longest first where they overlap; a word
    that is a cue of several values gives one cue each."""
    index = _table(language, name)
    found: list[Cue] = []
    i = 0
    while i < len(tokens):
        values: list[str] = []  # a word may be cue of several values ("з": with, from)
        longest = 0
        for form in tokens[i].forms:
            for value, phrase in index.get(form, ()):
                n = len(phrase)
                if n < longest or (n == longest and value in values):
                    continue
                span = tokens[i:i + n]
                if len(span) == n and all(_matches(w, t)
                                          for w, t in zip(phrase, span, strict=True)):
                    values = [value] if n > longest else [*values, value]
                    longest = n
        if not values:
            i += 1
            continue
        found.extend(Cue(value, i, i + longest - 1) for value in values)
        i += longest
    return found


@cache
def triggers(language: Language,
             tables: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """A cheap test for a sentence worth parsing: the first letters of the cue words of
    ``tables`` ((table, (cue, …)), …), as one case-insensitive pattern (it may let through a
    sentence the builders then find nothing in, never hold back one they would read)."""
    stems: set[str] = set()
    for name, values in tables:
        for row in rows(language, name):
            if row[0] in values:
                for written in row[-1].split("|"):
                    # the phrase's longest word ("не наносити удари": "нанос"); a short one
                    # loses its ending ("тіло": "тіл" finds "тіла" too)
                    word = plain(max(written.split(), key=len))
                    stems.add(re.escape(word[:max(3, min(5, len(word) - 1))]))
    return re.compile("|".join(sorted(stems, key=len, reverse=True)), re.IGNORECASE)


def _number_value(token: Token, language: Language) -> float | None:
    """A number word's value (``numbers.number_word``: "x1000" is a thousand), else None."""
    value = number_word(token.text, language) if token.is_word else None
    return float(value.lstrip("x")) if value is not None else None


def number_at(tokens: list[Token], i: int, language: Language) -> tuple[float, int] | None:
    """The number that starts at token ``i`` and the index of its last token: digits ("1 000",
    "2,5") or number words in any case ("двохсот п'ятдесяти"), and "з половиною" after either,
    else ``None``."""
    token = tokens[i]
    if token.is_number:
        digits = float(re.sub(r"[ \u00a0\u202f]", "", token.text).replace(",", "."))
        return _times_thousands(tokens, digits, i, language) or \
            _with_half(tokens, digits, i, language)
    if thousands_of(token.text, tokens[i - 1].text if i else ""):
        return None  # "ще тисячі бійців": thousands of, no value
    total, part, last = 0.0, 0.0, -1
    j = i
    while j < len(tokens):
        value = _number_value(tokens[j], language)
        if value is None or value < 1:  # a half counts only after "з": "дві з половиною"
            break
        if value == 1000:
            total += (part or 1) * 1000
            part = 0.0
        else:
            part += value
        last = j
        j += 1
    if last < 0:
        return None
    return _with_half(tokens, total + part, last, language)


def _times_thousands(tokens: list[Token], digits: float, i: int,
                     language: Language) -> tuple[float, int] | None:
    """Digits before a word of thousands or millions ("6 тисяч тіл", "1,5 тысячи пленных"):
    newsrooms write large counts so, and the count is their product."""
    if i + 1 < len(tokens) and tokens[i + 1].is_word:
        scale = _number_value(tokens[i + 1], language)
        if scale is not None and scale >= 1000:
            return digits * scale, i + 1
    return None


def _with_half(tokens: list[Token], value: float, last: int,
               language: Language) -> tuple[float, int]:
    if last + 2 < len(tokens) and tokens[last + 1].text.lower() in ("з", "із", "с", "со"):
        if _number_value(tokens[last + 2], language) == 0.5:
            return value + 0.5, last + 2
    return value, last


@cache
def cases(word: str, language: Language) -> frozenset[str]:
    """The grammatical cases pymorphy3 allows ``word`` ("Росії": gent, datv, loct): what tells
    "Росії передали" (handed to Russia) from "Росія передала" (Russia handed over)."""
    return frozenset(str(p.tag.case) for p in parses(word, language)
                     if p.tag.case)
