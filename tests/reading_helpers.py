"""The records a test reads from an English text, as sorted tuples that one assert compares
(the round modules `test_diplomacy_r16.py`, `test_reading_r17.py` … bind their own day of
publication)."""
from __future__ import annotations

import ceasefire


def positions(text: str, published: str) -> list[tuple]:
    """(scope, status, parties, proposer, date) of every truce position read from ``text``."""
    reading = ceasefire.read(text, published=published)
    return sorted((a.scope, a.status, tuple(a.parties), a.proposed_by,
                   a.date.isoformat() if a.date else None) for a in reading.agreements)


def talks(text: str, published: str, dated: bool = False) -> list[tuple]:
    """(kind, place, parties[, date]) of every meeting or call read from ``text``."""
    reading = ceasefire.read(text, published=published)
    return sorted(((t.kind, t.place, tuple(t.parties)) +
                   ((t.date.isoformat() if t.date else None,) if dated else ())
                   for t in reading.talks), key=str)


def exchanges(text: str, published: str, categories: bool = False) -> list[tuple]:
    """(returned to Ukraine, returned to Russia, status[, categories]) of every exchange."""
    reading = ceasefire.read(text, published=published)
    return sorted(((e.returned_to_ua, e.returned_to_ru, e.status) +
                   ((tuple(sorted(e.categories)),) if categories else ())
                   for e in reading.exchanges), key=str)


def credited(text: str, published: str) -> list[tuple]:
    """(claimant, metric, weapon, value) of every strike figure read from ``text``."""
    reading = ceasefire.read(text, published=published)
    return sorted(((s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)
