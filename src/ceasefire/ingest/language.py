"""A cheap check that a text is English: the reader's lexicons and patterns know no other language.

Two signals, both on a sample of the text: the share of its letters that are ASCII (Cyrillic,
Arabic or CJK text fails here), and, for Latin-script text long enough to tell, the share of
its words that are common English function words (German, French or Polish fails here).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

SAMPLE_CHARS = 20_000
MIN_ASCII_LETTER_SHARE = 0.7
MIN_WORDS_FOR_STOPWORDS = 20
MIN_STOPWORD_SHARE = 0.1
STOPWORDS = frozenset("""
    a about after against all also an and are as at be been before but by can could did do
    during for from had has have he her his how if in into is it its more no not of on or our
    over said says she than that the their them there these they this those to under up was we
    were what when where which while who will with would
""".split())
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def english_problem(text: str) -> str | None:
    """``None`` when ``text`` reads as English, else a short reason (which script, how much)."""
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():  # most reports: no letter to look at one by one (a C-speed check)
        if not _ASCII_LETTER.search(sample):
            return "it has no words"
    else:
        letters = [c for c in sample if c.isalpha()]
        if not letters:
            return "it has no words"
        foreign = [c for c in letters if not c.isascii()]
        if len(foreign) > (1 - MIN_ASCII_LETTER_SHARE) * len(letters):
            script, count = Counter(_script(c) for c in foreign).most_common(1)[0]
            return f"{100 * count / len(letters):.0f}% of its letters are {script}"
    words = _WORD.findall(sample.lower())
    if len(words) >= MIN_WORDS_FOR_STOPWORDS:
        share = sum(w in STOPWORDS for w in words) / len(words)
        if share < MIN_STOPWORD_SHARE:
            return (f"only {100 * share:.0f}% of its words are common English words "
                    "like 'the', 'of', 'and'")
    return None


def _script(letter: str) -> str:
    """'Cyrillic', 'Arabic', 'Cjk', 'Latin' (accented), ... from the Unicode name."""
    name = unicodedata.name(letter, "OTHER LETTER")
    return name.split()[0].title()
