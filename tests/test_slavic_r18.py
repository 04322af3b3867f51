"""Issue 13, round 18U: constructions of Ukrainian and Russian strike reports generalised from the
blind set invented25 once it had been measured (invented26 kept as its judge). Every sentence here
is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.read.slavic.figures import find_figures
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 2, 11)


def figures(text: str, language: Language) -> list[tuple]:
    return [(f.metric, f.weapon, f.value) for f in find_figures(text, language)]


def attackers(text: str, language: Language) -> list[str | None]:
    reading = read_document(Document("t", text, DAY, language=language))
    return [s.attacker for s in reading.strikes]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Збито сім із дев'яти крилатих ракет.", "uk",
     [("intercepted", "cruise_missile", 7), ("launched", "cruise_missile", 9)]),
    ("ПВО уничтожила 33 из 41 беспилотника.", "ru",
     [("intercepted", "drone", 33), ("launched", "drone", 41)]),
    # near-miss: "one of the heaviest attacks" counts nothing
    ("Це була одна з наймасованіших атак.", "uk", []),
])
def test_n_of_m_is_a_part_and_its_launched_whole(text: str, language: Language,
                                                 expected: list) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the weapon named first, with a preposition, then figures with no noun of their own
    ("З ударних БпЛА 61 збито, ще 14 локаційно втрачені.", "uk",
     [("intercepted", "drone", 61), ("intercepted", "drone", 14)]),
    ("По дронах: 77 збили мобільні вогневі групи.", "uk", [("intercepted", "drone", 77)]),
    ("Из беспилотников 26 сбиты над морем.", "ru", [("intercepted", "drone", 26)]),
])
def test_a_weapon_named_before_its_figures_is_theirs(text: str, language: Language,
                                                     expected: list) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a Russian report relaying the other side: the country that launched is the attacker
    ("Воздушные силы ВСУ сообщили, что ночью Россия выпустила 37 дронов.", "ru", ["RU"]),
    ("За даними Міноборони РФ, Україна запустила 44 безпілотники.", "uk", ["UA"]),
])
def test_the_country_that_launched_is_the_attacker(text: str, language: Language,
                                                   expected: list) -> None:
    assert attackers(text, language) == expected


def test_a_class_adjective_with_its_noun_left_out_counts_that_class() -> None:
    assert figures("ВВС заявили об уничтожении 29 крылатых ракет, трех баллистических и 300 "
                   "дронов.", "ru") == [("intercepted", "cruise_missile", 29),
                                       ("intercepted", "ballistic_missile", 3),
                                       ("intercepted", "drone", 300)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the country struck: the other side attacked, though the report is in Russian
    ("Со ссылкой на данные ВВС ВСУ газета пишет, что по Украине было выпущено 52 дрона.", "ru",
     ["RU"]),
    ("Дрони атакували територію Росії: за даними Міноборони РФ, збито 31 безпілотник.", "uk",
     ["UA"]),
])
def test_the_country_struck_names_the_attacker(text: str, language: Language,
                                              expected: list) -> None:
    assert attackers(text, language) == expected


def test_a_night_told_as_a_span_of_hours_is_dated_by_its_morning() -> None:
    text = ("«В период с 22:00 мск 3 февраля до 06:00 мск 4 февраля перехвачены 45 украинских "
            "БПЛА», — говорится в сообщении Минобороны.")
    reading = read_document(Document("t", text, DAY, language="ru"))
    assert [(str(s.date), s.claimed_by) for s in reading.strikes] == [
        ("2026-02-04", "Russian Ministry of Defence")]


@pytest.mark.parametrize("name", ["ВВС ВСУ", "украинские Воздушные силы", "ВВС Украины"])
def test_the_ukrainian_air_force_in_russian(name: str) -> None:
    text = f"{name} сообщили, что сбиты 40 беспилотников."
    reading = read_document(Document("t", text, DAY, language="ru"))
    assert [s.claimed_by for s in reading.strikes] == ["Ukrainian Air Force"]


def test_debris_of_a_downed_drone_is_no_count_but_tells_who_attacked() -> None:
    text = ("Оперативный штаб края сообщил, что обломки сбитого беспилотника повредили крышу "
            "частного дома в Темрюке.")
    reading = read_document(Document("t", text, DAY, language="ru"))
    assert [(s.attacker, len(s.quantities)) for s in reading.strikes] == [("UA", 0)]
    assert figures("Уламки збитого дрона впали на подвір'я.", "uk") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Виправлення: у першій версії матеріалу ми помилково написали, що збито 39 дронів.", "uk"),
    ("Исправление: в предыдущей версии материала было указано, что сбиты 27 беспилотников.", "ru"),
])
def test_a_figure_a_correction_takes_back_is_none(text: str, language: Language) -> None:
    assert figures(text, language) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a list's region adjectives after the region noun told once, the last at the text's end
    ("Сбиты 19 беспилотников над Белгородской областью, 7 — над Курской, 3 — над Липецкой.",
     "ru", ["Belgorod Oblast", "Kursk Oblast", "Lipetsk Oblast"]),
    ("Над Харківською областю збито 12 дронів, ще 4 — над Сумською.", "uk",
     ["Kharkiv Oblast", "Sumy Oblast"]),
])
def test_a_region_adjective_takes_the_noun_told_before_it(text: str, language: Language,
                                                          expected: list) -> None:
    reading = read_document(Document("t", text, DAY, language=language))
    assert [p.name for s in reading.strikes for p in s.places] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a range gives its lower bound, at least; "took part" is a launch
    ("Губернатор сообщил, что в атаке участвовали от 30 до 35 беспилотников.", "ru",
     [("launched", "drone", 30, "at_least")]),
    ("За його словами, місто атакували від 8 до 10 дронів.", "uk",
     [("launched", "drone", 8, "at_least")]),
    # near-miss: a time span is no range of weapons
    ("З 2 до 4 години ночі атакували 9 дронів.", "uk", [("launched", "drone", 9, "exact")]),
])
def test_a_range_of_weapons_is_its_lower_bound(text: str, language: Language,
                                               expected: list) -> None:
    assert [(f.metric, f.weapon, f.value, f.qualifier)
            for f in find_figures(text, language)] == expected


def test_units_count_the_weapon_named_before_a_colon() -> None:
    assert figures("Збито ударні дрони: 93 одиниці.", "uk") == [("intercepted", "drone", 93)]


def test_a_table_with_pipes_is_read_by_its_heads() -> None:
    # the heads name the metrics; each row's label its class (the finest it names); a dash
    # gives no figure; a total over every class has no class (round 19U: as in prose, GUIDE)
    text = ("Тип | Збито | Запущено\n"
            "Крилаті ракети «Калібр» | 3 | 5\n"
            "Ударні БпЛА | 88 | 97\n"
            "Балістичні ракети | - | 2\n"
            "Усього | 91 | 104\n")
    reading = read_document(Document("t", text, DAY, language="uk"))
    assert sorted((q.metric, q.weapon or "", q.value) for s in reading.strikes
                   for q in s.quantities) == [
        ("intercepted", "", 91), ("intercepted", "cruise_missile", 3),
        ("intercepted", "drone", 88), ("launched", "", 104),
        ("launched", "ballistic_missile", 2), ("launched", "cruise_missile", 5),
        ("launched", "drone", 97)]


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Джерело: Повітряні сили ЗСУ, Telegram", "uk", "Ukrainian Air Force"),
    ("Данные: Минобороны РФ (утренняя сводка).", "ru", "Russian Ministry of Defence"),
    # near-miss: the outlet's own correspondent is no body's credit
    ("Джерело: наш кореспондент, Telegram", "uk", None),
])
def test_a_credit_line_after_the_figures_names_their_source(line: str, language: Language,
                                                            expected: str | None) -> None:
    figure_line = "Збито 40 дронів." if language == "uk" else "Сбиты 40 беспилотников."
    reading = read_document(Document("t", f"{figure_line}\n\n{line}", DAY, language=language))
    assert [s.claimed_by for s in reading.strikes] == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Повітряні сили повідомили про 88 ударних дронів, з яких 71 вдалося збити.", "uk",
     [("launched", "drone", 88), ("intercepted", "drone", 71)]),
    ("Минобороны сообщило о 52 беспилотниках, из которых 47 были уничтожены.", "ru",
     [("launched", "drone", 52), ("intercepted", "drone", 47)]),
    # near-miss: the whole has its own verb; its part is a type within it
    ("Збито 88 дронів, з яких 60 — «шахеди».", "uk", [("intercepted", "drone", 88)]),
])
def test_a_whole_whose_part_follows_with_of_which_was_launched(text: str, language: Language,
                                                               expected: list) -> None:
    assert figures(text, language) == expected
