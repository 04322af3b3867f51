"""The Ukrainian and Russian reader (read/slavic): numbers, dates, figures, sources, the Air
Force's list format. Every sentence here is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.read.slavic.dates import sentence_date
from ceasefire.read.slavic.figures import find_figures
from ceasefire.read.slavic.numbers import find_numbers
from ceasefire.read.slavic.people import find_people
from ceasefire.read.slavic.text import split_sentences
from ceasefire.read.slavic.words import Language

DAY = dt.date(2025, 10, 15)  # a Wednesday


def figures(text: str, language: Language, **before: str) -> list[tuple]:
    return [(f.metric, f.weapon, f.value, f.qualifier)
            for f in find_figures(text, language, **before)]


def quantities(text: str, language: Language, published: dt.date = DAY) -> list[tuple]:
    reading = read_document(Document("t", text, published, language=language))
    return sorted((s.claimed_by or "", s.attacker, str(s.date), q.metric, q.weapon or "",
                   q.value) for s in reading.strikes for q in s.quantities)


@pytest.mark.parametrize(("text", "language", "values"), [
    ("Загалом 89 163 одиниці, ще 12 і двадцять одного", "uk", [89163, 12, 21]),
    ("сто двадцять п'ять, двох, шестеро, дві тисячі триста", "uk", [125, 2, 6, 2300]),
    ("двести восемнадцать, семью, по одному, две тысячи", "ru", [218, 7, 1, 2000]),
    # not counts: a model, an age, a time, a date
    ("ракети Х-59, 47-річна жінка, станом на 08:30, о 7.30, 23.01.2024", "uk", []),
])
def test_numbers_in_digits_and_in_words_of_any_case(text: str, language: Language,
                                                    values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, language)] == values


@pytest.mark.parametrize(("text", "language", "day"), [
    ("У ніч на 3 жовтня ворог атакував", "uk", dt.date(2025, 10, 3)),
    ("в ночь с 13 на 14 октября", "ru", dt.date(2025, 10, 14)),
    ("у суботу, 10 травня 2025 року", "uk", dt.date(2025, 5, 10)),
    ("Напередодні ввечері", "uk", dt.date(2025, 10, 14)),
    ("во вторник губернатор", "ru", dt.date(2025, 10, 14)),
    ("Станом на 09:00 28.12.2024", "uk", dt.date(2024, 12, 28)),
    ("в среде экспертов", "ru", None),  # "среда" is no Wednesday here
])
def test_dates_resolved_against_publication(text: str, language: Language,
                                            day: dt.date | None) -> None:
    assert sentence_date(text, language, DAY) == day


def test_a_figure_takes_its_noun_in_any_case_and_its_verb_on_either_side() -> None:
    assert figures("Противник запустив 37 ударних БпЛА та дві крилаті ракети.", "uk") == [
        ("launched", "drone", 37, "exact"), ("launched", "cruise_missile", 2, "exact")]
    assert figures("Над морем уничтожены более 40 вражеских беспилотников.", "ru") == [
        ("intercepted", "drone", 40, "at_least")]
    # the noun left out: the class of the figure before; lost to EW is intercepted (GUIDE)
    assert figures("Збито 30 дронів, ще 7 локаційно втрачено.", "uk") == [
        ("intercepted", "drone", 30, "exact"), ("intercepted", "drone", 7, "exact")]


def test_casualties_in_words_and_people_named_in_the_singular() -> None:
    assert figures("Загинула одна людина, ще четверо поранені.", "uk") == [
        ("killed", None, 1, "exact"), ("injured", None, 4, "exact")]
    assert figures("В результате удара пострадал водитель грузовика.", "ru") == [
        ("injured", None, 1, "exact")]
    # a subset of the toll, and someone counted already, count nothing more
    assert figures("Поранено дев'ятьох, серед них двоє дітей.", "uk") == [
        ("injured", None, 9, "exact")]
    assert figures("Постраждалого чоловіка доставили до лікарні.", "uk") == []


@pytest.mark.parametrize(("text", "language"), [
    ("З початку року ворог випустив 4100 дронів.", "uk"),  # a period total
    ("Росія може запустити до 900 дронів за ніч.", "uk"),  # a forecast
    ("Пошкоджено 12 будинків і 30 автомобілів.", "uk"),  # counts of no weapon or person
    ("Одна из крупнейших атак: горели три дома.", "ru"),
])
def test_no_figure_where_none_is_counted(text: str, language: Language) -> None:
    assert figures(text, language) == []


def test_every_one_of_a_class_shot_down_is_qualified_all() -> None:
    assert figures("Збито 51 дрон та всі крилаті ракети Х-101.", "uk") == [
        ("intercepted", "drone", 51, "exact"), ("intercepted", "cruise_missile", None, "all")]


def test_a_part_is_a_figure_only_when_a_place_breaks_it_down() -> None:
    assert figures("Сбиты 12 БПЛА, в том числе три над Тульской областью.", "ru") == [
        ("intercepted", "drone", 12, "exact"), ("intercepted", "drone", 3, "exact")]
    assert figures("Атакували 60 дронів, з них близько 40 — «Шахеди».", "uk") == [
        ("launched", "drone", 60, "exact")]
    # a part with a metric of its own: "N of M" shot down
    assert figures("Ворог запустив 80 дронів, з них 65 вдалося знешкодити.", "uk") == [
        ("launched", "drone", 80, "exact"), ("intercepted", "drone", 65, "exact")]


def test_a_weapon_named_once_after_its_verb_is_one() -> None:
    assert figures("Ворог атакував балістичною ракетою «Іскандер-М».", "uk") == [
        ("launched", "ballistic_missile", 1, "exact")]
    assert figures("Вночі ракетою вдарили по місту.", "uk") == []  # names the weapon only


def test_people_named_in_full_and_then_by_surname_alone() -> None:
    first = find_people("повідомив начальник ОВА Олександр Прокудін", "uk")
    assert [p.name for p in first] == ["Oleksandr Prokudin"]
    later = find_people("За словами Прокудіна, ніхто не загинув.", "uk", tuple(first))
    assert [p.name for p in later] == ["Oleksandr Prokudin"]
    assert [p.name for p in find_people("сообщил губернатор Игорь Артамонов", "ru")] == \
        ["Igor Artamonov"]


def test_a_source_line_after_the_figures_credits_them() -> None:
    text = ("У ніч на 15 жовтня противник атакував 58 ударними БпЛА. Збито 44.\n"
            "Про це повідомили Повітряні сили ЗСУ.")
    assert quantities(text, "uk") == [
        ("Ukrainian Air Force", "RU", "2025-10-15", "intercepted", "drone", 44),
        ("Ukrainian Air Force", "RU", "2025-10-15", "launched", "drone", 58)]


def test_a_ministry_report_broken_down_by_region() -> None:
    text = ("С 18:00 до 21:00 мск дежурными средствами ПВО перехвачены и уничтожены "
            "9 украинских беспилотников, сообщило Минобороны России.\n"
            "Накануне сообщалось о 5 сбитых беспилотниках.")
    assert quantities(text, "ru") == [
        ("", "UA", "2025-10-14", "intercepted", "drone", 5),
        ("Russian Ministry of Defence", "UA", "2025-10-15", "intercepted", "drone", 9)]


def test_the_air_force_list_format() -> None:
    text = ("14.10.2025\n(09.00)\n\nЗНИЩЕНО:\n- 21 ударний БпЛА «Shahed»\n"
            "- 3 крилаті ракети Х-101\n- 1 БпЛА «Орлан-10»\n- вертоліт Мі-8\n\nПовітряні\nСили")
    assert quantities(text, "uk") == [
        ("Ukrainian Air Force", "RU", "2025-10-14", "intercepted", "aircraft", 1),
        ("Ukrainian Air Force", "RU", "2025-10-14", "intercepted", "cruise_missile", 3),
        ("Ukrainian Air Force", "RU", "2025-10-14", "intercepted", "drone", 1),
        ("Ukrainian Air Force", "RU", "2025-10-14", "intercepted", "drone", 21)]


def test_sentences_keep_offsets_and_join_abbreviations() -> None:
    text = "Загинув 1 чоловік у м. Суми.\n\n- 6 аеробал. ракет"
    spans = split_sentences(text, "uk")
    assert [s.text for s in spans] == ["Загинув 1 чоловік у м. Суми.", "- 6 аеробал. ракет"]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_evidence_is_the_sentence_in_the_original_text() -> None:
    text = ("Вступ без цифр.\n"
            "У ніч на 15 жовтня ворог атакував 12 дронами, повідомили Повітряні сили.")
    reading = read_document(Document("t", text, DAY, language="uk"))
    evidence = reading.strikes[0].quantities[0].evidence
    assert evidence is not None and text[evidence.start:evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("У ніч на 15 жовтня")


def test_ages_and_a_tolls_breakdown_are_no_figures() -> None:
    assert figures("Загинули двоє чоловіків віком 41 та 58 років.", "uk") == [
        ("killed", None, 2, "exact")]
    assert figures("Погибли четыре человека – трое мужчин и женщина.", "ru") == [
        ("killed", None, 4, "exact")]


def test_a_total_over_every_class_has_no_weapon() -> None:
    assert figures("Ворог застосував 130 засобів повітряного нападу.", "uk") == [
        ("launched", None, 130, "exact")]
    # the means of interception are no count
    assert figures("Сбиты 9 БПЛА, еще два подавлены средствами РЭБ.", "ru") == [
        ("intercepted", "drone", 9, "exact"), ("intercepted", "drone", 2, "exact")]


def test_one_each_over_the_places_up_to_the_next_figure() -> None:
    text = ("Минобороны России сообщило, что перехвачены 8 беспилотников: по три — над "
            "Орловской и Курской областями, два — над Брянской областью.")
    assert quantities(text, "ru") == [("Russian Ministry of Defence", "UA", "2025-10-15",
                                       "intercepted", "drone", v) for v in (2, 3, 3, 8)]


def test_the_ministrys_interceptions_over_crimea_are_ukraines_attack() -> None:
    text = "Над Крымом уничтожены 6 беспилотников, сообщило Минобороны России."
    assert quantities(text, "ru") == [
        ("Russian Ministry of Defence", "UA", "2025-10-15", "intercepted", "drone", 6)]


def test_bodies_returned_are_no_toll() -> None:
    assert quantities("Україні повернули тіла 500 загиблих військових.", "uk") == []


@pytest.mark.parametrize(("text", "language", "city"), [
    ("Уламки збитого дрона впали на будинок у столиці.", "uk", "Kyiv"),
    ("Над столицей сбиты два беспилотника, сообщил мэр.", "ru", "Moscow"),
    ("Удар по украинской столице повредил жилой дом.", "ru", "Kyiv"),
])
def test_the_capital_is_the_capital_of_the_language_or_the_one_it_names(
        text: str, language: Language, city: str) -> None:
    reading = read_document(Document("t", text, DAY, language=language))
    assert [p.name for s in reading.strikes for p in s.places] == [city]


def test_a_regions_capital_is_no_capital() -> None:
    text = "В краевой столице обломки беспилотника повредили склад."
    reading = read_document(Document("t", text, DAY, language="ru"))
    assert [p.name for s in reading.strikes for p in s.places] == []


def test_a_sources_earlier_toll_gives_way_to_its_latest() -> None:
    text = ("Загинули троє людей, повідомив начальник МВА Олександр Вілкул.\n"
            "Раніше Вілкул повідомляв про двох загиблих.")
    assert [(q.metric, q.value) for s in read_document(
        Document("t", text, DAY, language="uk")).strikes for q in s.quantities] == [
        ("killed", 3)]


def test_a_sentence_opening_with_a_number_and_a_verb_is_no_lists_line() -> None:
    text = "Поранено 11 людей.\nСемеро перебувають у лікарні."
    assert quantities(text, "uk") == [("", "RU", "2025-10-15", "injured", "", 11)]


def test_every_missile_shot_down_beside_their_count_is_said_once() -> None:
    text = "Сбиты шесть крылатых ракет и 20 беспилотников, сообщило Минобороны. Все ракеты сбиты."
    assert [v for *_, v in quantities(text, "ru")] == [6, 20]


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Окупанти скинули на село два КАБи.", "uk", [("launched", "guided_bomb", 2, "exact")]),
    ("Росіяни запускали 45 дронів, 38 з них знешкоджено.", "uk",
     [("launched", "drone", 45, "exact"), ("intercepted", "drone", 38, "exact")]),
    ("Зокрема, ворог випустив 30 ударних БпЛА.", "uk", [("launched", "drone", 30, "exact")]),
    ("Поранено 12 людей, зокрема трьох дітей.", "uk", [("injured", None, 12, "exact")]),
])
def test_verbs_of_both_aspects_and_in_particular(text: str, language: Language,
                                                 found: list[tuple]) -> None:
    assert figures(text, language) == found


def test_a_sentence_quoting_the_other_language_is_read_with_its_lexicons() -> None:
    quoted = ("Как сообщил губернатор, в результате атаки пострадали три мирных жителя, "
              "которые находились в доме.")
    assert figures(quoted, "uk") == []  # the Ukrainian lexicons alone read nothing here
    text = "Уночі дрони атакували Бєлгород.\n" + quoted
    assert [(q.metric, q.value) for s in read_document(
        Document("t", text, DAY, language="uk")).strikes for q in s.quantities] == [
        ("injured", 3)]
