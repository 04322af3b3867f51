"""Agreements, exchanges and talks in Ukrainian and Russian reports, in the English schema.

One builder a kind (``agreements``, ``exchanges``, ``talks``), shared by both languages; the
words are data (``lexicon/<language>/truce.tsv``, ``exchanges.tsv``, ``talks.tsv``,
``grammar.tsv``, ``venues.tsv``, ``numbers.tsv``, ``durations.tsv``) and the actors those of
``read/slavic/actors``. Only sentences with a cue word's first letters are parsed (and the
sentence after each), so a strike report costs a regular expression a sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ceasefire.model import Agreement, Exchange, Talks
from ceasefire.read.sentences import Sentence
from ceasefire.read.slavic.diplomacy import agreements, exchanges, talks
from ceasefire.read.slavic.diplomacy.common import heading_date, is_weekday
from ceasefire.read.slavic.diplomacy.cues import Parsed, parse, triggers
from ceasefire.read.slavic.words import LANGUAGES, Language

__all__ = ["read_diplomacy"]


@cache
def _worth_parsing(language: Language) -> re.Pattern[str]:
    """A truce, an exchange, captivity, the dead handed over, a mediator, a meeting or a call."""
    return triggers(language, (("truce", ("truce", "halt")),
                               ("exchanges", ("exchange", "captivity", "bodies", "mediation")),
                               ("talks", ("meeting", "call"))))


@cache
def _about_exchanges(language: Language) -> re.Pattern[str]:
    return triggers(language, (("exchanges", ("exchange", "captivity")),))


@cache
def _handing_over(language: Language) -> re.Pattern[str]:
    """Getting people back, handing them over, a stage of a swap: read only in a report about
    exchanges."""
    return triggers(language, (("exchanges", ("return", "give", "stage")),))


def read_diplomacy(sentences: list[Sentence], language: Language, published: dt.date | None
                   ) -> tuple[list[Agreement], list[Exchange], list[Talks]]:
    """The truce positions, exchanges and talks of a document's ``sentences``."""
    if language not in LANGUAGES:
        raise ValueError(f"no diplomacy reader for language {language!r}; "
                         f"one of {', '.join(LANGUAGES)}")
    parsed = [parse(sentences[i], language) for i in _worth_reading(sentences, language)]
    _date_by_headings(parsed, sentences, language, published)
    return (agreements.read_agreements(parsed, published),
            exchanges.read_exchanges(parsed, published),
            talks.read_talks(parsed, published))


def _date_by_headings(parsed: list[Parsed], sentences: list[Sentence], language: Language,
                      published: dt.date | None) -> None:
    """A chronicle ("3 вересня, четвер. Телефонна розмова …", or "Понедельник, 14 сентября" on a
    line of its own): a sentence made only of a date heads the sentences after it in its
    paragraph, up to the next such heading; in a chronicle of several headings each alone on
    its line, a heading heads the lines after it too."""
    headings = _headings(sentences, language, published)
    alone = {index for index, (paragraph, _day) in headings.items()
             if sum(s.paragraph == paragraph for s in sentences) == 1}
    if len(alone) < 2:
        alone = set()  # one date on a line of its own is no chronicle's run of days
    for item in parsed:
        above = [(index, day) for index, (paragraph, day) in headings.items()
                 if index < item.sentence.index and (paragraph == item.sentence.paragraph
                                                     or index in alone)]
        if above:
            item.heading_date = max(above)[1]


def _headings(sentences: list[Sentence], language: Language,
              published: dt.date | None) -> dict[int, tuple[int, dt.date]]:
    """Index of each heading sentence → its paragraph and its day. A heading opens with its
    day ("17–18 вересня.") or its weekday ("Суббота, 19 сентября")."""
    headings = {}
    for sentence in sentences:
        if len(sentence.text) <= _LONGEST_HEADING_TEXT and (
                sentence.text[:1].isdigit() or _opens_with_weekday(sentence.text, language)):
            day = heading_date(parse(sentence, language), published)
            if day is not None:
                headings[sentence.index] = (sentence.paragraph, day)
    return headings


def _opens_with_weekday(text: str, language: Language) -> bool:
    first = text.split(",", 1)[0].split()[:1]
    return bool(first) and is_weekday(first[0], language)


_LONGEST_HEADING_TEXT = 40  # characters; a heading is short and opens with its day


def _worth_reading(sentences: list[Sentence], language: Language) -> list[int]:
    """The sentences with a cue word's first letters, the one after each (an answer that does
    not name the truce again: "Он добавил, что президент России на это согласен"), and in a report
    about exchanges those that hand people over."""
    hits = [i for i, s in enumerate(sentences) if _worth_parsing(language).search(s.text)]
    chosen = set(hits) | {i + 1 for i in hits if i + 1 < len(sentences)}
    if any(_about_exchanges(language).search(sentences[i].text) for i in hits):
        chosen |= {i for i, s in enumerate(sentences) if _handing_over(language).search(s.text)}
    return sorted(chosen)
