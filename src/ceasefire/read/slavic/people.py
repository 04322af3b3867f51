"""People named in a Ukrainian or Russian sentence, in the English spelling the gold and the
press use: "очільник ОВА Сергій Лисак" → "Serhii Lysak", "губернатора Вячеслава Гладкова" →
"Vyacheslav Gladkov".

A person is a first name (pymorphy3 tags it ``Name``) followed by a capitalised word, or a
surname (``Surn``) alone when the report named the person in full before. Both are put in the
nominative and romanised (``romanise``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ceasefire.read.slavic.romanise import romanise
from ceasefire.read.slavic.words import WORD, Language, parses, plain


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    name: str  # romanised, "Serhii Lysak"
    surname: str  # romanised, "Lysak"


def find_people(text: str, language: Language, known: tuple[Person, ...] = ()) -> list[Person]:
    """The people ``text`` names; ``known``: those named before in the report (a surname
    alone refers back to one of them)."""
    found: list[Person] = []
    tokens = list(WORD.finditer(text))
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if word[:1].isupper() and _has_tag(word, language, "Name") and i + 1 < len(tokens) \
                and tokens[i + 1].group()[:1].isupper() and \
                not text[tokens[i].end():tokens[i + 1].start()].strip():
            first = _latin(_nominative(word, language, "Name"), language)
            last = _latin(_nominative(tokens[i + 1].group(), language, "Surn"), language)
            found.append(Person(tokens[i].start(), tokens[i + 1].end(), f"{first} {last}", last))
            i += 2
            continue
        if word[:1].isupper() and (known or found):  # a surname alone, in any case
            forms = {_latin(_nominative(word, language, "Surn"), language),
                     _latin(word, language)}
            earlier = [p for p in (*known, *found) if p.surname in forms]
            if earlier:
                found.append(Person(tokens[i].start(), tokens[i].end(), earlier[-1].name,
                                earlier[-1].surname))
        i += 1
    return found


def _latin(word: str, language: Language) -> str:
    """ "лисак" → "Lysak" (``romanise``: the national romanisation of Ukrainian, the press's
    spelling of Russian)."""
    return romanise(plain(word).capitalize(), language)


def _has_tag(word: str, language: Language, tag: str) -> bool:
    return any(tag in p.tag for p in parses(word, language)[:3])


def _nominative(word: str, language: Language, tag: str) -> str:
    """The name in the nominative, in the gender it was written in ("Гладкова" → "гладков" for
    a man, "Тетяни" → "тетяна"); a name the dictionary does not know stays as written."""
    for p in parses(word, language):
        if tag in p.tag:
            form = p.inflect({"nomn"})
            return form.word if form else p.normal_form
    return parses(word, language)[0].normal_form if parses(word, language) else word

