"""Actors named in Ukrainian and Russian text (read/slavic/actors.py and
lexicon/<language>/actors.tsv). The sentences are invented for these tests."""
from __future__ import annotations

import pytest

from ceasefire.read.slavic.actors import english_actors, find_actors
from ceasefire.read.slavic.lexicon import rows
from ceasefire.read.slavic.words import LANGUAGES, Language


def names(text: str, language: Language) -> list[str]:
    return [m.name for m in find_actors(text, language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_names_an_english_canonical_actor(language: Language) -> None:
    english = english_actors()
    table = rows(language, "actors")
    assert len(table) > 100
    assert [row[0] for row in table if row[0] not in english] == []
    assert [row for row in table if len(row) != 2 or not all(row[1].split("|"))] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_name_is_given_to_two_actors(language: Language) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for actor, written in rows(language, "actors"):
        for name in written.split("|"):
            if seen.setdefault(name, actor) != actor:
                clashes.append(name)
    assert clashes == []


def test_a_ukrainian_name_in_any_case_is_the_english_actor() -> None:
    text = "Зеленський поговорив з Путіним? Ні: Віткофф зустрівся з Володимиром Зеленським."
    assert names(text, "uk") == ["Volodymyr Zelensky", "Vladimir Putin", "Steve Witkoff",
                                 "Volodymyr Zelensky"]
    mention = find_actors(text, "uk")[-1]
    assert text[mention.start:mention.end] == mention.surface == "Володимиром Зеленським"
    assert (mention.side, mention.kind) == ("UA", "person")


def test_a_russian_body_takes_its_side_and_kind_from_the_english_row() -> None:
    text = "Данные привело Минобороны России, а губернатор Вячеслав Гладков добавил детали."
    found = find_actors(text, "ru")
    assert [(m.name, m.side, m.kind) for m in found] == [
        ("Russian Ministry of Defence", "RU", "office"),
        ("Vyacheslav Gladkov", "RU", "person")]


def test_the_longest_name_wins() -> None:
    assert names("Цифри наводять Повітряні сили Збройних сил України.", "uk") == [
        "Ukrainian Air Force"]
    # the bare ministry is the writer's own country's; with a country named, that country's
    assert names("Міноборони повідомило, а Міноборони Росії заперечило.", "uk") == [
        "Ukrainian Ministry of Defence", "Russian Ministry of Defence"]
    assert names("МИД заявил, что МИД Украины промолчал.", "ru") == [
        "Russian Foreign Ministry", "Ukrainian Foreign Ministry"]


def test_a_capitalised_name_needs_a_capital_in_the_text() -> None:
    assert names("У Кремлі відповіли.", "uk") == ["Kremlin"]
    assert names("Стіни кремля старі.", "uk") == []
    # a surname listed alone is not matched through another word's dictionary form
    assert names("На пляже было много песка.", "ru") == []


def test_words_of_a_name_must_stand_together() -> None:
    assert names("Повітряні. Сили оборони тримають.", "uk") == ["Ukrainian forces"]


def test_states_capitals_and_adjectives() -> None:
    found = find_actors("Делегации России и США встретились в Абу-Даби при участии ОАЭ.", "ru")
    assert [(m.name, m.side, m.kind) for m in found] == [
        ("Russia", "RU", "state"), ("United States", "US", "state"),
        ("Abu Dhabi", "AE", "capital"), ("United Arab Emirates", "AE", "state")]
    assert names("Російські дрони атакували українські міста.", "uk") == ["Russia", "Ukraine"]


@pytest.mark.parametrize("text", ["", "   ", "12345", "…", "Hello world"])
def test_text_without_actors_gives_none(text: str) -> None:
    assert find_actors(text, "uk") == []
    assert find_actors(text, "ru") == []
