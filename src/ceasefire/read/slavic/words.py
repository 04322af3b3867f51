"""Words of Ukrainian and Russian text: their dictionary forms, whatever their case.

The sources decline every noun, adjective and number ("54 ударними БпЛА", "над Ростовской
областью", "двадцяти одного"): the lexicons list dictionary forms, and the reader looks words up
by every dictionary form pymorphy3 proposes for them (a form can be ambiguous: "Києві" may be
the name or a noun's case; the caller's lexicon picks the reading that names something).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Literal

import pymorphy3

Language = Literal["uk", "ru"]
LANGUAGES: tuple[Language, ...] = ("uk", "ru")

# A word: Cyrillic or Latin letters, with inner apostrophes and hyphens (Ukrainian "м'ясо",
# "північно-східний"); the Ukrainian apostrophe comes in four spellings.
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "Е"})


@cache
def analyzer(language: Language) -> pymorphy3.MorphAnalyzer:
    """pymorphy3's analyzer of the language (its dictionary loads once, ~0.2 s)."""
    return pymorphy3.MorphAnalyzer(lang=language)


@cache
def parses(word: str, language: Language) -> tuple[pymorphy3.analyzer.Parse, ...]:
    """pymorphy3's readings of ``word`` (made plain), likeliest first: their tags tell case,
    number, part of speech, first name or surname."""
    return tuple(analyzer(language).parse(plain(word)))


def plain(word: str) -> str:
    """``word`` lower-cased with one apostrophe and ``е`` for ``ё`` (how the lexicons spell)."""
    return word.lower().translate(_APOSTROPHES)


@cache
def normal_forms(word: str, language: Language) -> tuple[str, ...]:
    """Every dictionary form of ``word`` (lower case, most likely first), the word itself
    included: "областью" → ("область", "областью"); "Києві" → ("кий", "київ", "києві")."""
    word = plain(word)
    forms = [parse.normal_form.translate(_APOSTROPHES)
             for parse in parses(word, language)]
    return tuple(dict.fromkeys([*forms, word]))


def words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` with their offsets."""
    return list(WORD.finditer(text))


@cache
def part_of_speech(word: str, language: Language) -> str | None:
    """pymorphy3's part of speech of ``word``'s likeliest reading: "NOUN", "ADJF" (adjective),
    "PRTF" (participle), "VERB", "NUMR", "PREP", … or ``None`` when it has none."""
    tag = parses(word, language)[0].tag
    return str(tag.POS) if tag.POS else None


@cache
def parts_of_speech(word: str, language: Language) -> frozenset[str]:
    """The parts of speech of ``word``'s three likeliest readings ("ударним" is an adjective
    or a noun's form)."""
    return frozenset(str(p.tag.POS) for p in parses(word, language)[:3]
                     if p.tag.POS)


@cache
def is_singular(word: str, language: Language) -> bool:
    """Is the likeliest reading of ``word`` singular ("ракетою", "житель")? (The Ukrainian
    dictionary marks only the plural: a form with a gender and no "plur" is singular.)"""
    tag = parses(word, language)[0].tag
    return tag.number == "sing" or (tag.gender is not None and "plur" not in tag)
