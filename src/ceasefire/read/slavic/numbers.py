"""Numbers in Ukrainian and Russian text: digits and number words in any case and gender.

"54", "89 163" (a space between thousands), "двадцять один", "п'ятьма", "шестеро", "двухсот"
→ their values, with offsets. Number words are data (``lexicon/<language>/numbers.tsv``);
a composite number is the sum of its words, each smaller than the one before ("сто двадцять
один"), with "тисяча"/"тысяча" multiplying what comes before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ceasefire.read.slavic.lexicon import lookup, word_map
from ceasefire.read.slavic.words import WORD, Language, normal_forms, plain

# A count in digits: not part of a model name ("Х-59", "Shahed-136"), a time ("08:30", "7.30"),
# a date ("23.01.2024") or an age/ordinal ("47-річна", "58-летний"). A colon after a count
# and a space is no time: it opens the count's breakdown ("знешкоджено 81: 63 збили, …").
_DIGITS = re.compile(r"(?<![\w\-–/.:,])(\d{1,3}(?:[  ]\d{3})+|\d+)(?![\w\-–/]|:\S|[.,]\d)")


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    in_words: bool


def find_numbers(text: str, language: Language) -> list[NumberMention]:
    """The numbers of ``text`` in order of position."""
    found = [NumberMention(m.start(), m.end(), float(re.sub(r"\D", "", m.group())), False)
             for m in _DIGITS.finditer(text)]
    found += _number_words(text, language)
    return sorted(found, key=lambda n: n.start)


def number_word(word: str, language: Language) -> str | None:
    """The lexicon's value of one number word ("12", "x1000"), or ``None``."""
    table = word_map(language, "numbers")
    if plain(word) in _TENS_OF:
        return None  # "десятки дронів": tens of, no value (GUIDE: "dozens of")
    return table.get(plain(word)) or lookup(normal_forms(word, language), table)


def thousands_of(word: str, before: str) -> bool:
    """Is ``word`` the plural of "тисяча"/"тысяча", which at the start of a clause or after
    "ще"/"уже" means thousands of ("але в полоні ще тисячі людей"), no value? After a word that
    governs the genitive it is one thousand ("тіла тисячі загиблих", "около тысячи")."""
    return plain(word) in _THOUSANDS_OF and bool(_PLURAL_PLACE.search(before))


# where "тисячі" is a plural: a clause's start, or after "ще", "уже"
_PLURAL_PLACE = re.compile(r"(?:^|[.,;:!?—–(«\"]|\b(?:ще|еще|ещё|вже|уже))\s*$", re.IGNORECASE)


_THOUSANDS_OF = frozenset({"тисячі", "тисяч", "тисячами", "тисячах", "тисячам", "тысячи",
                           "тысяч", "тысячами", "тысячах", "тысячам"})
def tens(number: str) -> bool:
    """Is the number told in tens ("два десятки", "три десятка", "десяток")? Then it is
    about that many (GUIDE: "a dozen" is approx)."""
    return plain(number.split()[-1]).startswith(ABOUT_TEN + _DOZEN)


_DOZEN = ("дюжин",)  # "дюжину дронів": a dozen, about twelve (GUIDE)


# the plural of "десяток" (a ten), whose dictionary form is the singular's
_TENS_OF = frozenset({"десятки", "десятков", "десяткам", "десятками", "десятках", "десятків"})
ABOUT_TEN = ("десяток", "десятк")  # "близько десятка": about ten (approx)


def _number_words(text: str, language: Language) -> list[NumberMention]:
    out: list[NumberMention] = []
    run: list[tuple[re.Match[str], str]] = []
    for m in WORD.finditer(text):
        value = number_word(m.group(), language)
        if run and plain(m.group()).startswith(ABOUT_TEN) and \
                not text[run[-1][0].end():m.start()].strip():
            value = "x10"  # "два десятки", "три десятка": twenty, thirty (about, see ``tens``)
        if value is not None and not value.startswith("x") and float(value) < 1:
            value = None  # "половина цілей": no count
        adjacent = run and not text[run[-1][0].end():m.start()].strip()
        if value is not None and not adjacent and thousands_of(m.group(), text[:m.start()]):
            value = None  # "ще тисячі бійців": thousands of, no value
        if value is not None and (not run or adjacent):
            run.append((m, value))
            continue
        out += _compose(run)
        run = [(m, value)] if value is not None else []
    out += _compose(run)
    return out


def _compose(run: list[tuple[re.Match[str], str]]) -> list[NumberMention]:
    """One number per stretch of number words that add up ("сто двадцять один"), else one per
    word ("два-три" is two numbers)."""
    out: list[NumberMention] = []
    total, part, start, end, last = 0.0, 0.0, None, 0, None
    for m, value in run:
        if value.startswith("x"):
            total += (part or 1) * float(value[1:])
            part, end = 0.0, m.end()
            start = m.start() if start is None else start
            last = None
            continue
        n = float(value)
        if last is not None and n >= last:  # not a continuation: "два три" are two numbers
            out.append(NumberMention(start, end, total + part, True))  # type: ignore[arg-type]
            total, part, start = 0.0, 0.0, None
        part += n
        start = m.start() if start is None else start
        end, last = m.end(), n
    if start is not None:
        out.append(NumberMention(start, end, total + part, True))
    return out
