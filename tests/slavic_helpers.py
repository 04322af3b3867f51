"""The diplomacy records a test reads from a Ukrainian or Russian text, published on one fixed
day (the round modules `test_diplomacy_r18u.py` … `test_diplomacy_r21u.py` share them)."""
from __future__ import annotations

import datetime as dt

from ceasefire.model import Agreement, Exchange, Talks
from ceasefire.read.slavic.diplomacy import read_diplomacy
from ceasefire.read.slavic.text import split_sentences
from ceasefire.read.slavic.words import Language

PUBLISHED = dt.date(2026, 4, 22)  # a Wednesday


def read(text: str, language: Language) -> tuple[list[Agreement], list[Exchange], list[Talks]]:
    return read_diplomacy(split_sentences(text, language), language, PUBLISHED)


def talks(text: str, language: Language) -> list[tuple]:
    """(date, kind, place, parties) of every talk read, in the text's order."""
    return [(t.date.isoformat() if t.date else None, t.kind, t.place, tuple(t.parties))
            for t in read(text, language)[2]]


def swaps(text: str, language: Language) -> list[tuple]:
    """(status, to Ukraine, to Russia, categories) of every exchange read."""
    return [(e.status, e.returned_to_ua, e.returned_to_ru, tuple(e.categories))
            for e in read(text, language)[1]]


def positions(text: str, language: Language) -> list[tuple]:
    """(scope, status, parties) of every truce position read."""
    return [(a.scope, a.status, tuple(a.parties)) for a in read(text, language)[0]]


def stances(text: str, language: Language) -> list[tuple]:
    """(scope, status, parties, proposer) of every truce position read."""
    return [(a.scope, a.status, tuple(a.parties), a.proposed_by) for a in read(text, language)[0]]
