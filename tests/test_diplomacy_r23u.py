"""Issue 13, round 23U, diplomacy: a call told with no date whose length the next sentence
gives, also where an interviewer's question names it. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from ceasefire.read.slavic.words import Language
from slavic_helpers import read, talks


@pytest.mark.parametrize(("text", "language", "parties", "hours"), [
    ("Прем'єр-міністр Юлія Свириденко провела телефонну розмову з Президентом Франції "
     "Емманюелем Макроном. Розмова тривала понад півтори години.", "uk", ("UA", "FR"), 1.5),
    ("Владимир Путин провел телефонный разговор с Дональдом Трампом. Беседа продолжалась "
     "около трех часов.", "ru", ("RU", "US"), 3),
    ("— Расскажите, пожалуйста, о телефонном разговоре Путина и Трампа?\n— Разговор шел "
     "почти час, инициатором была американская сторона.", "ru", ("RU", "US"), 1),
])
def test_a_call_with_no_date_is_identified_by_its_length_after_it(
        text: str, language: Language, parties: tuple, hours: float) -> None:
    found = read(text, language)[2]
    assert [(t.kind, set(t.parties), t.duration_hours) for t in found] == [
        ("call", set(parties), hours)]


@pytest.mark.parametrize(("text", "language"), [
    ("Президент провів телефонну розмову з прем'єром Польщі Дональдом Туском. Сторони "
     "обговорили енергетику.", "uk"),
    ("Когда состоится разговор Путина и Трампа? Пока неизвестно, он может продлиться час.",
     "ru"),
    ("Мы готовы обсудить это в телефонном разговоре с Вашингтоном.\nВстреча длилась два часа.",
     "ru"),
])
def test_a_call_with_no_date_and_no_length_after_it_is_none(text: str,
                                                            language: Language) -> None:
    assert [t for t in talks(text, language) if t[1] == "call"] == []
