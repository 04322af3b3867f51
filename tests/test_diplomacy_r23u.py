"""Issue 13, round 23U, diplomacy: a call told with no date whose length the next sentence
gives, also where an interviewer's question names it. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from ceasefire.read.slavic.words import Language
from slavic_helpers import read, swaps, talks


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


@pytest.mark.parametrize(("text", "language", "counts"), [
    ("Другий етап обміну пройшов у середу: тоді Україна повернула 95 бійців, Росія отримала "
     "стільки ж.", "uk", (95, 95)),
    ("В ходе обмена Россия вернула 64 военнослужащих, Украина получила столько же.", "ru",
     (64, 64)),
])
def test_as_many_in_the_same_sentence_gives_the_other_side_the_count(
        text: str, language: Language, counts: tuple) -> None:
    assert [(ua, ru) for _, ua, ru, _ in swaps(text, language)] == [counts]


def test_a_side_after_then_gets_back_what_it_returned() -> None:
    text = "Обмін полоненими відбувся вранці. Тоді Україна повернула 77 захисників."
    assert [(ua, ru) for _, ua, ru, _ in swaps(text, "uk")] == [(77, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Обмін завершено, проте росіяни досі утримують ще тисячі українських бійців.", "uk"),
    ("Обмен завершен. Тысячи пленных еще ждут освобождения.", "ru"),
])
def test_thousands_of_people_is_no_count(text: str, language: Language) -> None:
    assert swaps(text, language) == []


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Україні передали тіла тисячі загиблих військових під час репатріації.", "uk", 1000),
    ("В ходе репатриации России передали тела около тысячи погибших.", "ru", 1000),
    ("Під час обміну Україні повернули дві тисячі полонених.", "uk", 2000),
])
def test_a_thousand_after_a_governing_word_is_one_thousand(text: str, language: Language,
                                                           value: int) -> None:
    assert [max(ua or 0, ru or 0) for _, ua, ru, _ in swaps(text, language)] == [value]
