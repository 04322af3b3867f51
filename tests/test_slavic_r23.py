"""Issue 13, round 23U: tolls that rise, the people a toll already counted, the attacker told
beside a word of saying, administrations as bodies, and exchanges only alleged. Tuned on
invented35 and invented36 (with 14, 15 and 25-30 kept); every sentence here is written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.read.slavic import scene
from ceasefire.read.slavic.figures import find_figures
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.words import Language
from slavic_helpers import swaps

DAY = dt.date(2026, 2, 17)


def tolls(text: str, language: Language) -> list[tuple]:
    """(claimant, metric, value) of every casualty figure of the report."""
    reading = read_document(Document("t", text, DAY, language=language))
    return sorted((s.claimed_by, q.metric, q.value) for s in reading.strikes
                  for q in s.quantities if q.metric in ("killed", "injured"))


def claims(text: str, language: Language) -> list[tuple]:
    """(attacker, claimant, metric, value) of every figure of the report."""
    reading = read_document(Document("t", text, DAY, language=language))
    return sorted(((s.attacker, s.claimed_by, q.metric, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize(("text", "language", "latest"), [
    ("Мэр Курска Игорь Куцак сообщил, что при атаке дронов пострадали четыре человека. "
     "Днем он уточнил, что число раненых выросло до шести.", "ru", 6),
    ("Міський голова Сум Олександр Лисенко повідомив про трьох поранених унаслідок удару "
     "дронів.\n\nЛисенко пізніше: кількість поранених зросла до восьми.", "uk", 8),
    ("Голова ОВА Іван Федоров повідомив про двох поранених після атаки дронів. Федоров "
     "оновив дані: поранених уже п'ятеро.", "uk", 5),
])
def test_a_toll_told_as_risen_replaces_the_source_s_earlier_one(
        text: str, language: Language, latest: int) -> None:
    assert [value for _, _, value in tolls(text, language)] == [latest]


def test_a_toll_told_without_a_rise_keeps_the_one_before() -> None:
    text = ("Губернатор Роман Старовойт сообщил, что ранены три человека в Рыльске. "
            "В Судже ранены еще двое, сообщил Старовойт.")
    assert sorted(value for _, _, value in tolls(text, "ru")) == [2, 3]


@pytest.mark.parametrize(("text", "language"), [
    ("Начальник ОВА Вадим Філашкін повідомив про шістьох поранених унаслідок обстрілу. "
     "Трьох людей госпіталізовано.", "uk"),
    ("Глава города Алексей Дегтярев сообщил о пяти раненых после атаки беспилотников. "
     "Двое госпитализированы.", "ru"),
])
def test_those_taken_to_hospital_after_a_toll_are_part_of_it(text: str,
                                                             language: Language) -> None:
    assert len(tolls(text, language)) == 1


def test_those_taken_to_hospital_with_no_toll_before_are_the_toll() -> None:
    assert [v for *_, v in tolls("Унаслідок нічної атаки дронів на Суми четверо людей "
                                 "госпіталізовано.", "uk")] == [4]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Унаслідок удару поранено двох водіїв, обидва в тяжкому стані.", "uk"),
    ("При атаке ранены двое охранников, оба доставлены в больницу.", "ru"),
])
def test_both_after_a_toll_of_two_is_the_same_two(sentence: str, language: Language) -> None:
    assert [(f.metric, f.value) for f in find_figures(sentence, language)] == [("injured", 2)]


def test_both_missiles_with_no_two_before_is_a_figure() -> None:
    figures = find_figures("Зафіксовано влучання обох балістичних ракет.", "uk")
    assert [(f.metric, f.value) for f in figures] == [("hit", 2)]


@pytest.mark.parametrize(("text", "language"), [
    ("Губернатор Курской области Александр Хинштейн подвел итоги ночного налета ВСУ на "
     "область. Силами ПВО сбиты 14 беспилотников.", "ru"),
    ("Голова Брянської області Олександр Богомаз розповів про наслідки атаки ЗСУ на регіон: "
     "уночі збито дев'ять дронів.", "uk"),
])
def test_the_body_whose_attack_was_told_of_is_no_source(text: str, language: Language) -> None:
    found = claims(text, language)
    assert found and all(attacker == "UA" and claimant not in (
        "Armed Forces of Ukraine", None) for attacker, claimant, *_ in found)


def test_a_body_right_after_a_word_of_saying_is_still_the_source() -> None:
    found = claims("Ночью над Брянской областью уничтожены семь беспилотников, сообщило "
                   "Минобороны России.", "ru")
    assert {claimant for _, claimant, *_ in found} == {"Russian Ministry of Defence"}


def test_a_label_with_where_it_was_posted_names_its_source() -> None:
    text = ("Голова ОВА Сергій Лисак повідомив про атаку дронів на Дніпро.\n\n"
            "Борис Філатов у телеграмі: у Шевченківському районі влучання в офісну будівлю, "
            "щонайменше четверо постраждалих.")
    assert ("Borys Filatov", "injured", 4) in tolls(text, "uk")


@pytest.mark.parametrize(("sentence", "language"), [
    ("Глава Харьковской областной администрации сообщил, что повреждены три жилых дома.", "ru"),
    ("В Подольском округе обломки повредили гараж, сообщили в администрации округа.", "ru"),
    ("Дрон пошкодив адміністративну будівлю одного з заводів і склад.", "uk"),
    ("Внаслідок удару пошкоджено адмінбудівлю підприємства.", "uk"),
])
def test_an_administration_that_speaks_or_a_plant_s_offices_are_no_government_target(
        sentence: str, language: Language) -> None:
    assert "government" not in scene.targets(sentence, language)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Обломки повредили здание администрации поселка.", "ru"),
    ("Ракета зруйнувала адміністративну будівлю в центрі села.", "uk"),
    ("Повреждена администрация района.", "ru"),
])
def test_a_building_of_government_hit_is_still_one(sentence: str, language: Language) -> None:
    assert "government" in scene.targets(sentence, language)


@pytest.mark.parametrize(("text", "language"), [
    ("У мережі пишуть, нібито 3 березня Україна повернула 900 полонених, а Росія отримала лише "
     "сто. Це неправда.", "uk"),
    ("В соцсетях утверждают, будто бы 3 марта Россия передала Украине 700 пленных. Это фейк.",
     "ru"),
    ("У першій версії новини ми вказали, що Україні повернули 44 тіла.", "uk"),
])
def test_an_exchange_only_alleged_or_taken_back_is_none(text: str, language: Language) -> None:
    assert swaps(text, language) == []


def test_an_exchange_told_as_fact_beside_a_rumour_stays() -> None:
    text = ("Україна повернула додому 120 військовослужбовців, повідомив Координаційний штаб. "
            "У мережі нібито пишуть про тисячу полонених, але це вигадка.")
    assert [(ua, ru) for _, ua, ru, _ in swaps(text, "uk")] == [(120, None)]


def test_within_an_hour_is_no_period_total() -> None:
    figures = find_figures("Вже за годину ворог запустив 63 дрони, 50 збито.", "uk")
    assert [(f.metric, f.value) for f in figures] == [("launched", 63), ("intercepted", 50)]


def test_a_year_is_still_a_period_total() -> None:
    assert find_figures("За год по области выпущено 700 беспилотников.", "ru") == []


@pytest.mark.parametrize(("sentence", "language"), [
    ("Ворог випустив 21 ракету і 240 дронів, з яких збито 15 ракет і 201 дрон.", "uk"),
    ("Россия выпустила 21 ракету и 240 дронов, из которых сбиты 15 ракет и 201 дрон.", "ru"),
])
def test_parts_of_two_classes_after_which_are_both_read(sentence: str,
                                                        language: Language) -> None:
    figures = find_figures(sentence, language)
    assert [(f.metric, f.weapon, f.value) for f in figures] == [
        ("launched", "missile", 21), ("launched", "drone", 240),
        ("intercepted", "missile", 15), ("intercepted", "drone", 201)]


def test_a_total_then_its_classes_after_a_dash_is_no_range() -> None:
    figures = find_figures("Всего запущено 70 беспилотников и 8 ракет, из которых уничтожено "
                           "61 — 5 ракет и 56 беспилотников.", "ru")
    assert [(f.metric, f.weapon, f.value, f.qualifier) for f in figures][2:] == [
        ("intercepted", None, 61, "exact"), ("intercepted", "missile", 5, "exact"),
        ("intercepted", "drone", 56, "exact")]


def test_a_rising_range_is_still_its_lower_bound() -> None:
    figures = find_figures("Над регионом сбиты 12 — 15 беспилотников.", "ru")
    assert [(f.value, f.qualifier) for f in figures] == [(12, "at_least")]


@pytest.mark.parametrize(("sentence", "language", "parts"), [
    ("Ведомство сообщило о 52 сбитых БПЛА, из них над Тульской областью — 14, над Калужской "
     "— 6.", "ru", [14, 6]),
    ("Збито 45 дронів, з них у Київській області — 18.", "uk", [18]),
])
def test_a_part_with_its_place_before_the_dash_is_a_figure(sentence: str, language: Language,
                                                           parts: list[int]) -> None:
    assert [f.value for f in find_figures(sentence, language)][1:] == parts


def test_a_part_with_no_place_and_the_same_metric_stays_none() -> None:
    figures = find_figures("Збито 45 дронів, з них «шахедів» — 30.", "uk")
    assert [f.value for f in figures] == [45]


def test_lines_of_places_under_a_title_take_its_metric_and_class() -> None:
    text = ("Итоги ночи в регионах.\n\nСколько беспилотников уничтожено\nКурская область — 19\n"
            "Брянская область — 7\nВсего — 26\nИсточник: Минобороны России.")
    found = claims(text, "ru")
    assert {c[:3] for c in found} == {("UA", "Russian Ministry of Defence", "intercepted")}
    assert sorted(value for *_, value in found) == [7, 19, 26]


def test_a_line_of_a_place_and_a_number_under_no_title_is_no_figure() -> None:
    assert claims("Обстановка за ночь спокойная.\nКурская область — 19\n", "ru") == []


def test_a_latin_word_after_an_unknown_village_is_no_part_of_its_name() -> None:
    names = [p.place.name for p in find_places("В селе Заречный FPV-дрон ударил по трактору.",
                                               "ru")]
    assert names == ["Zarechny"]


def test_a_row_of_models_under_its_class_is_no_figure() -> None:
    text = ("Засіб нападу — запущено — збито/подавлено\nКрилаті ракети, усього — 30 — 26\n"
            "   з них Х-22 — 10 — 8\nУдарні БпЛА — 120 — 111\nДжерело: Повітряні сили ЗСУ")
    values = sorted(value for *_, value in claims(text, "uk"))
    assert values == [26, 30, 111, 120]


def test_a_row_of_another_class_under_of_them_is_a_figure() -> None:
    text = ("Засіб нападу — запущено — збито\nРакети, усього — 12 — 9\n"
            "   з них балістичні «Іскандер-М» — 4 — 1\nДжерело: Повітряні сили ЗСУ")
    assert sorted(value for *_, value in claims(text, "uk")) == [1, 4, 9, 12]


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Ракет збито 14, ще дві не долетіли.", "uk", ("intercepted", "missile", 14)),
    ("Беспилотников над областью уничтожено 33.", "ru", None),
    ("Беспилотников уничтожено 33.", "ru", ("intercepted", "drone", 33)),
])
def test_a_counted_noun_fronted_in_the_genitive_plural_counts_the_number(
        sentence: str, language: Language, expected: tuple | None) -> None:
    figures = [(f.metric, f.weapon, f.value) for f in find_figures(sentence, language)]
    assert (figures[:1] == [expected]) if expected else figures == []


def test_a_fronted_noun_after_other_words_is_no_topic() -> None:
    assert find_figures("Вчора дронів збито 12.", "uk") == []


@pytest.mark.parametrize(("sentence", "language", "value"), [
    ("Над Сумщиною збито три десятки дронів.", "uk", 30),
    ("За ночь сбиты два десятка беспилотников.", "ru", 20),
])
def test_tens_counted_are_about_that_many(sentence: str, language: Language,
                                          value: int) -> None:
    assert [(f.value, f.qualifier) for f in find_figures(sentence, language)] == [
        (value, "approx")]


def test_tens_of_alone_stay_no_value() -> None:
    assert find_figures("Збито десятки дронів.", "uk") == []


def test_what_they_will_be_able_to_launch_is_no_figure() -> None:
    assert find_figures("Згодом росіяни зможуть запускати по дві тисячі дронів.", "uk") == []


def test_the_answers_of_an_interview_are_its_guest_s_figures() -> None:
    text = ("Речник Повітряних сил Юрій Ігнат розповів нашому радіо про атаку.\n\n"
            "— Пане полковнику, як минула ніч на Волині?\n\n— Важко. Ворог запустив 120 "
            "дронів, збито 104.")
    assert {c[1] for c in claims(text, "uk")} == {"Ukrainian Air Force"}


def test_a_dash_line_with_no_question_around_is_related_news() -> None:
    text = ("Уночі над Одещиною збито 17 дронів, повідомили Повітряні сили.\n\n"
            "— Минулого тижня ворог запустив по Україні понад 900 дронів і 30 ракет.")
    assert 900 not in {c[3] for c in claims(text, "uk") if c[1] == "Ukrainian Air Force"}
