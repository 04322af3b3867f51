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
from ceasefire.read.slavic.diplomacy.cues import parse, triggers
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
    """Getting people back or handing them over: read only in a report about exchanges."""
    return triggers(language, (("exchanges", ("return", "give")),))


def read_diplomacy(sentences: list[Sentence], language: Language, published: dt.date | None
                   ) -> tuple[list[Agreement], list[Exchange], list[Talks]]:
    """The truce positions, exchanges and talks of a document's ``sentences``."""
    if language not in LANGUAGES:
        raise ValueError(f"no diplomacy reader for language {language!r}; "
                         f"one of {', '.join(LANGUAGES)}")
    parsed = [parse(sentences[i], language) for i in _worth_reading(sentences, language)]
    return (agreements.read_agreements(parsed, published),
            exchanges.read_exchanges(parsed, published),
            talks.read_talks(parsed, published))


def _worth_reading(sentences: list[Sentence], language: Language) -> list[int]:
    """The sentences with a cue word's first letters, the one after each (an answer that does
    not name the truce again: "Он добавил, что президент России на это согласен"), and in a report
    about exchanges those that hand people over."""
    hits = [i for i, s in enumerate(sentences) if _worth_parsing(language).search(s.text)]
    chosen = set(hits) | {i + 1 for i in hits if i + 1 < len(sentences)}
    if any(_about_exchanges(language).search(sentences[i].text) for i in hits):
        chosen |= {i for i, s in enumerate(sentences) if _handing_over(language).search(s.text)}
    return sorted(chosen)
