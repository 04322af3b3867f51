"""pymorphy3's readings of single words, cached: what the place finder asks beyond the
dictionary forms of ``words.normal_forms`` (is the word in the dictionary, is it a noun, a
preposition, a first name)."""
from __future__ import annotations

from functools import cache

from pymorphy3.tagset import OpencorporaTag

from ceasefire.read.slavic.gazetteer import fold
from ceasefire.read.slavic.words import LANGUAGES, Language, analyzer

__all__ = ["first_name_forms", "known", "plural_nominatives", "tags"]


@cache
def known(low: str, language: Language) -> bool:
    """True if the dictionary holds the (lower-case) word, rather than pymorphy3 guessing."""
    return bool(analyzer(language).word_is_known(low))


@cache
def tags(low: str, language: Language) -> tuple[OpencorporaTag, ...]:
    """pymorphy3's readings of a lower-case word, likeliest first."""
    return tuple(p.tag for p in analyzer(language).parse(low))


@cache
def first_name_forms(low: str) -> frozenset[str]:
    """The folded dictionary forms of ``low`` read as a first name, in Ukrainian or Russian."""
    return frozenset(fold(p.normal_form) for language in LANGUAGES
                     for p in analyzer(language).parse(low) if "Name" in p.tag.grammemes)


@cache
def plural_nominatives(low: str, language: Language) -> tuple[str, ...]:
    """The plural nominatives of a (lower-case) word read as a plural noun's other case: a town
    named in the plural is looked up by it ("в Лисках" → "лиски", "у Черкасах" → "черкаси"),
    where pymorphy3's dictionary form is a common noun's singular ("лиска")."""
    found = []
    for parse in analyzer(language).parse(low)[:3]:
        if parse.tag.POS == "NOUN" and "plur" in parse.tag and "nomn" not in parse.tag:
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                found.append(nominative.word)
    return tuple(dict.fromkeys(found))
