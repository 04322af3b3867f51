"""Agreements, exchanges and talks in Ukrainian and Russian reports, in the English schema.

One builder a kind (``agreements``, ``exchanges``, ``talks``), shared by both languages; the
words are data (``lexicon/<language>/truce.tsv``, ``exchanges.tsv``, ``talks.tsv``,
``grammar.tsv``, ``venues.tsv``, ``numbers.tsv``, ``durations.tsv``) and the actors those of
``read/slavic/actors``. Only sentences with a cue word's first letters are parsed, so a strike
report costs one regular expression a sentence.
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
    tables = (*agreements.TRIGGERS, *exchanges.TRIGGERS, *talks.TRIGGERS)
    return triggers(language, tables)


def read_diplomacy(sentences: list[Sentence], language: Language, published: dt.date | None
                   ) -> tuple[list[Agreement], list[Exchange], list[Talks]]:
    """The truce positions, exchanges and talks of a document's ``sentences``."""
    if language not in LANGUAGES:
        raise ValueError(f"no diplomacy reader for language {language!r}; "
                         f"one of {', '.join(LANGUAGES)}")
    pattern = _worth_parsing(language)
    parsed = [parse(s, language) for s in sentences if pattern.search(s.text)]
    return (agreements.read_agreements(parsed, published),
            exchanges.read_exchanges(parsed, published),
            talks.read_talks(parsed, published))
