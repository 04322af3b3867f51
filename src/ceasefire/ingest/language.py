"""Which language a text is in: English, Ukrainian or Russian (the languages the reader reads),
or a short reason why it is none of them.

Cheap by design (every ingested text passes here): counts on a sample of the text, by regular
expressions, no dictionary. First the script: mostly ASCII letters is English, mostly Cyrillic
is Ukrainian or Russian, anything else is refused. English must then have its share of common
English words (German, French or Polish fails there). Ukrainian and Russian are told apart by
the letters only one of them writes (і ї є ґ against ы э ё) and by common words only one of
them uses (і, що, це, від against и, что, это, от); Cyrillic of another language (Bulgarian,
Serbian, Belarusian, Kazakh, …) shows letters neither writes, or none of either's own.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal

Language = Literal["en", "uk", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "uk", "ru")
NAMES: dict[Language, str] = {"en": "English", "uk": "Ukrainian", "ru": "Russian"}

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
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())

# Words common in news prose that only one of the two languages writes (lower case, ё as е).
# Words both write (на, в, не, до, за, для, по, через) tell nothing; "о", "с", "к" are left
# out although Russian, because Ukrainian writes "о 07:30" and "с." (село) before a village.
UKRAINIAN_WORDS = frozenset("""
    і й з із зі що це цей ця ці цього від як але також його її їх який яка яке які якого яких
    було були буде був була після вже ще щодо під він вона вони року понад близько сьогодні
    коли де лише усі всі
""".split())
# not "уже", which Ukrainian writes as often as "вже" ("загиблих уже четверо")
RUSSIAN_WORDS = frozenset("""
    и что это этот эта эти этого от как но также который которая которое которые которого
    которых его ее был была было были будет после еще из под он она они года более около
    сегодня когда где только все всех бы ли
""".split())
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UKRAINIAN_LETTER = re.compile("[іїєґ]")
_RUSSIAN_LETTER = re.compile("[ыэё]")
# Cyrillic letters neither Ukrainian nor Russian writes: Belarusian ў, Serbian and Macedonian
# ђ ј љ њ ћ џ ѓ ќ ѕ, Kazakh ә ғ қ ң ө ұ ү һ, … (the range less the two alphabets).
_OTHER_CYRILLIC = re.compile("[\u0400-\u04ff](?<![а-яёіїєґ])")
_CYRILLIC_WORD = re.compile("[а-яёіїєґ]+")
# Russian writes ъ once in a few thousand letters, Bulgarian once in forty.
_HARD_SIGN_SHARE = 0.01
_OTHER_CYRILLIC_SHARE = 0.01
# Russian writes ы, э or ё about once in fifty letters: a longer text without one is not Russian,
# and Ukrainian writes і, ї or є more often still.
MIN_LETTERS_FOR_OWN_LETTERS = 400
# A Ukrainian letter counts once, a Russian one three times (they are three times rarer); an
# own word counts twice. The winner must have MIN_SCORE and twice the other's score to be sure.
_RUSSIAN_LETTER_WEIGHT = 3
_WORD_WEIGHT = 2
MIN_SCORE = 2


@dataclass(frozen=True)
class Detection:
    """What a text reads as: ``language`` (``None``: none the reader reads, see ``problem``)
    and ``possible``, the languages a document may state it is in without contradicting its
    text (the detected one first; both Ukrainian and Russian where the text is too short or
    too mixed to be sure)."""

    language: Language | None
    possible: tuple[Language, ...]
    problem: str | None = None


@dataclass(frozen=True)
class _Evidence:
    """How much of a Cyrillic text speaks for Ukrainian and for Russian."""

    ukrainian: int
    russian: int
    ukrainian_letters: int


def detect(text: str) -> Detection:
    """The language of ``text`` (a document), judged on its first ``SAMPLE_CHARS``."""
    # Web and mail addresses are no language: the Air Force's reports end with two links,
    # whose Latin letters outnumber a short report's Cyrillic ones.
    sample = text[:SAMPLE_CHARS]
    if "://" in sample or "www." in sample or "@" in sample:  # most texts have none
        sample = _ADDRESS.sub(" ", sample)
    if sample.isascii():  # most English reports: a C-speed check, no letter counted
        if not _ASCII_LETTER.search(sample):
            return _refused("it has no words")
        return _english(sample)
    # English with curly quotes and dashes comes here too: count its few non-ASCII characters
    # one by one, its ASCII letters at C speed.
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    foreign = [c for c in _NON_ASCII.findall(sample) if c.isalpha()]
    letters = ascii_letters + len(foreign)
    if not letters:
        return _refused("it has no words")
    cyrillic = len(_CYRILLIC.findall("".join(foreign))) if foreign else 0
    if cyrillic + ascii_letters < MIN_ASCII_LETTER_SHARE * letters:
        script, count = Counter(_script(c) for c in foreign).most_common(1)[0]
        return _refused(f"{100 * count / letters:.0f}% of its letters are {script}")
    if cyrillic > ascii_letters:
        return _ukrainian_or_russian(sample.lower(), cyrillic)
    if cyrillic:
        return _mixed(sample, cyrillic, ascii_letters >= MIN_ASCII_LETTER_SHARE * letters)
    return _english(sample)


def _mixed(sample: str, cyrillic: int, mostly_latin: bool) -> Detection:
    """A text of more Latin letters than Cyrillic ones: an English text quoting a name or a
    sentence, or a Ukrainian or Russian report full of weapon names ("Shahed-136/131",
    "Iskander-M"). Latin words with no common English word among them are names: the text
    is the Cyrillic one's, the other language possible. An English text with a third or more
    of its letters Cyrillic is English, the other language possible (a stated one wins)."""
    english_words = sum(w in STOPWORDS for w in _WORD.findall(sample.lower()))
    if english_words and mostly_latin:
        return _english(sample)
    slavic = _ukrainian_or_russian(sample.lower(), cyrillic)
    if not english_words and slavic.language is not None:
        return Detection(slavic.language, (*slavic.possible, "en"))
    return Detection("en", ("en", *slavic.possible))


def sentence_language(text: str, default: Language) -> Language:
    """The language of one sentence of a document in ``default``: another one only where the
    sentence clearly is (a Russian governor quoted in a Ukrainian report, a Ukrainian quote in
    an English one); too few words to tell keeps ``default``."""
    ascii_letters = len(_ASCII_LETTER.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic <= ascii_letters:
        return "en" if ascii_letters else default
    evidence = _evidence(text.lower())
    if default == "uk":
        return "ru" if _clearly(evidence.russian, evidence.ukrainian) else "uk"
    if default == "ru":
        return "uk" if _clearly(evidence.ukrainian, evidence.russian) else "ru"
    return "uk" if evidence.ukrainian > evidence.russian else "ru"


def _english(sample: str) -> Detection:
    words = _WORD.findall(sample.lower())
    if len(words) >= MIN_WORDS_FOR_STOPWORDS:
        share = sum(w in STOPWORDS for w in words) / len(words)
        if share < MIN_STOPWORD_SHARE:
            return _refused(f"only {100 * share:.0f}% of its words are common English words "
                            "like 'the', 'of', 'and'")
    return Detection("en", ("en",))


def _ukrainian_or_russian(lower: str, cyrillic: int) -> Detection:
    other = len(_OTHER_CYRILLIC.findall(lower))
    if other > _OTHER_CYRILLIC_SHARE * cyrillic:
        shown = ", ".join(sorted(set(_OTHER_CYRILLIC.findall(lower)))[:5])
        return _refused(f"its Cyrillic letters include {shown}, which neither Ukrainian nor "
                        "Russian writes")
    if lower.count("ъ") > _HARD_SIGN_SHARE * cyrillic:
        return _refused(f"{100 * lower.count('ъ') / cyrillic:.0f}% of its Cyrillic letters are "
                        "ъ, as in Bulgarian: Russian writes it rarely, Ukrainian never")
    evidence = _evidence(lower)
    if (cyrillic >= MIN_LETTERS_FOR_OWN_LETTERS and not evidence.ukrainian_letters
            and not _RUSSIAN_LETTER.search(lower)):
        return _refused("it is in Cyrillic but has none of the letters of Ukrainian (і, ї, є) "
                        "or Russian (ы, э, ё)")
    if _clearly(evidence.ukrainian, evidence.russian):
        return Detection("uk", ("uk",))
    if _clearly(evidence.russian, evidence.ukrainian):
        return Detection("ru", ("ru",))
    if evidence.ukrainian != evidence.russian:
        leader: Language = "uk" if evidence.ukrainian > evidence.russian else "ru"
        return Detection(leader, ("uk", "ru") if leader == "uk" else ("ru", "uk"))
    return Detection(None, ("uk", "ru"), "it has too few words to tell Ukrainian from Russian")


def _evidence(lower: str) -> _Evidence:
    words = Counter(_CYRILLIC_WORD.findall(lower.replace("ё", "е")))
    ukrainian_words = sum(n for word, n in words.items() if word in UKRAINIAN_WORDS)
    russian_words = sum(n for word, n in words.items() if word in RUSSIAN_WORDS)
    ukrainian_letters = len(_UKRAINIAN_LETTER.findall(lower))
    russian_letters = len(_RUSSIAN_LETTER.findall(lower))
    return _Evidence(ukrainian_letters + _WORD_WEIGHT * ukrainian_words,
                     _RUSSIAN_LETTER_WEIGHT * russian_letters + _WORD_WEIGHT * russian_words,
                     ukrainian_letters)


def _clearly(score: int, other: int) -> bool:
    return score >= MIN_SCORE and score >= 2 * other


def _refused(problem: str) -> Detection:
    return Detection(None, (), problem)


def _script(letter: str) -> str:
    """'Cyrillic', 'Arabic', 'Cjk', 'Latin' (accented), ... from the Unicode name."""
    name = unicodedata.name(letter, "OTHER LETTER")
    return name.split()[0].title()
