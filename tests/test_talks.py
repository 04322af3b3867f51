"""Talks: meetings and calls, their venue, parties and duration, one record per round."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.model import Talks

THURSDAY = "2025-06-05"


def talks(text: str) -> list[Talks]:
    return ceasefire.read(text, published=THURSDAY).talks


@pytest.mark.parametrize("text,kind", [
    ("Trump and Putin spoke by phone on Tuesday.", "call"),
    ("Putin held a phone call with Trump that lasted over two hours.", "call"),
    ("Zelensky had a 45-minute call with Trump.", "call"),
    ("US and Ukrainian delegations met in Riyadh on Monday.", "meeting"),
    ("Talks between Russia and the United States were held in Istanbul.", "meeting"),
    ("Witkoff met Putin in Moscow.", "meeting"),
])
def test_a_phone_call_is_a_call_and_anything_else_a_meeting(text: str, kind: str) -> None:
    assert [t.kind for t in talks(text)] == [kind]


@pytest.mark.parametrize("text,place", [
    ("US and Ukrainian delegations met in Riyadh on Monday.", "Riyadh"),
    ("Talks between Russia and the United States were held in Istanbul.", "Istanbul"),
    ("The meeting between Umerov and Medinsky in Istanbul lasted just over an hour.",
     "Istanbul"),
    ("Witkoff met Putin in Moscow.", "Moscow"),
])
def test_the_venue_is_the_place_named_with_in(text: str, place: str) -> None:
    assert [t.place for t in talks(text)] == [place]


def test_a_call_has_no_place() -> None:
    assert [t.place for t in talks("Trump and Putin spoke by phone on Tuesday.")] == [None]


@pytest.mark.parametrize("text,parties", [
    ("Talks between Russia and the United States were held in Istanbul.", ["RU", "US"]),
    ("The meeting between Rubio and Sybiha in Jeddah lasted over 90 minutes.", ["UA", "US"]),
    ("The meeting between Umerov and Medinsky in Istanbul lasted just over an hour.",
     ["RU", "UA"]),
    ("US and Ukrainian delegations met in Riyadh on Monday.", ["UA", "US"]),
    ("Zelensky had a 45-minute call with Trump.", ["UA", "US"]),
    ("Putin held a phone call with Trump that lasted over two hours.", ["RU", "US"]),
])
def test_parties_are_the_sides_named_with_the_talks(text: str, parties: list[str]) -> None:
    assert [t.parties for t in talks(text)] == [parties]


@pytest.mark.parametrize("text,hours", [
    ("Putin held a phone call with Trump that lasted over two hours.", 2),
    ("The talks in Jeddah between US and Ukrainian officials lasted eight hours.", 8),
    ("The meeting between Rubio and Sybiha in Jeddah lasted over 90 minutes.", 1.5),
    ("Russian and American negotiators held a three-hour meeting in Riyadh.", 3),
    ("Zelensky had a 45-minute call with Trump.", 0.75),
    ("Putin and Trump held a call lasting 90 minutes.", 1.5),
    ("US and Ukrainian delegations met in Riyadh on Monday.", None),
])
def test_duration_is_read_in_hours(text: str, hours: float | None) -> None:
    assert [t.duration_hours for t in talks(text)] == [hours]


@pytest.mark.parametrize("text,date", [
    ("Trump and Putin spoke by phone on Tuesday.", "2025-06-03"),
    ("US and Ukrainian delegations met in Riyadh on Monday.", "2025-06-02"),
    ("Witkoff met Putin in Moscow.", None),
])
def test_talks_are_dated_only_by_their_own_sentence(text: str, date: str | None) -> None:
    [record] = talks(text)
    assert (record.date.isoformat() if record.date else None) == date


def test_a_city_and_its_country_are_the_same_talks() -> None:
    found = talks("US and Ukrainian officials met in Saudi Arabia. "
                  "The talks in Jeddah lasted nine hours.")
    assert [(t.place, t.parties, t.duration_hours) for t in found] == \
        [("Jeddah", ["UA", "US"], 9)]


def test_a_country_named_after_its_city_keeps_the_city() -> None:
    found = talks("Russia and Ukraine held talks in Istanbul. "
                  "The meeting in Turkey lasted two hours.")
    assert [(t.place, t.duration_hours) for t in found] == [("Istanbul", 2)]


def test_a_call_mentioned_twice_is_one_record() -> None:
    found = talks("Putin and Trump spoke by phone. The conversation lasted over two hours.")
    assert [(t.kind, t.parties, t.duration_hours, len(t.evidence)) for t in found] == \
        [("call", ["RU", "US"], 2, 2)]


def test_meetings_in_two_cities_are_two_records() -> None:
    found = talks("US and Ukrainian officials met in Jeddah on Tuesday. "
                  "Russian and American negotiators met in Istanbul on Wednesday.")
    assert [t.place for t in found] == ["Jeddah", "Istanbul"]


@pytest.mark.parametrize("text", [
    "Zelensky calls for a ceasefire.",
    "The talks lasted two hours.",
    "Air raid sirens sounded in Kyiv during the press conference.",
])
def test_no_record_without_a_venue_or_two_parties(text: str) -> None:
    assert talks(text) == []
