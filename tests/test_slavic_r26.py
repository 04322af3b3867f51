"""Issue 13, round 26U: the Air Force's figures in Ukrainian and Russian reports, rules kept
only where they fixed misses of one kind in two or more tuning sets by different writers, or
where the GUIDE states the convention (docs/reading.md, "Round 26U"). Every sentence, name and
number is made up for these tests; near-misses that must not be credited sit beside each rule."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 3, 4)
AIR_FORCE = "Ukrainian Air Force"
MOD = "Russian Ministry of Defence"


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def claimed(text: str, language: Language) -> set[tuple]:
    """(claimant, metric, weapon, value) of every figure of the report."""
    return {(s.claimed_by, q.metric, q.weapon, q.value)
            for s in reading(text, language).strikes for q in s.quantities}


# ---------------------------------------------------------------------------------------------
# (a) A live page's entry labelled by a spokesman speaking on air, before a colon: "Речник …
# Юрій Ігнат в ефірі телемарафону: «…»". The broadcast's name between the name and the colon
# is where he said it (as "у телеграмі" was), so the label still gives the source.

ON_AIR_LABELS = [
    ("uk", "09:12 Спікер ПС ЗСУ Юрій Ігнат в ефірі телемарафону: «Сьогодні вночі окупанти "
           "запустили 64 ударні дрони, збито 51»."),
    ("uk", "Полковник Юрій Ігнат в ефірі національного марафону: «Уночі противник запустив 64 "
           "ударні дрони. Збито 51»."),
    ("uk", "Спікер ПС Юрій Ігнат в ефірі програми «Ранок країни»: «Ворог запустив 64 ударні "
           "дрони, збито 51»."),
    ("ru", "10:05 Представитель Воздушных сил Юрий Игнат в эфире телемарафона: «Этой ночью "
           "противник запустил 64 ударных дрона, сбиты 51»."),
]


@pytest.mark.parametrize(("language", "text"), ON_AIR_LABELS)
def test_a_spokesman_on_air_as_a_label_gives_the_air_force_s_figures(language: Language,
                                                                      text: str) -> None:
    assert claimed(text, language) == {(AIR_FORCE, "launched", "drone", 64),
                                       (AIR_FORCE, "intercepted", "drone", 51)}


def test_a_governor_on_air_as_a_label_is_his_own_source() -> None:
    text = ("11:40 Голова Сумської ОВА Олег Григоров в ефірі телемарафону: «Унаслідок удару "
            "по Конотопу поранено чотирьох людей».")
    assert claimed(text, "uk") == {("Oleh Hryhorov", "injured", None, 4)}


def test_on_air_far_from_the_colon_is_no_label() -> None:
    # the colon stands after a whole clause, not a label: the sentence's source is not the
    # spokesman (nothing of his is said here, he only appeared on air)
    text = ("Юрій Ігнат учора був в ефірі телемарафону і говорив про погоду, а ось підсумок "
            "ночі від сусідів: 64 дрони.")
    assert not any(c == AIR_FORCE for c, *_ in claimed(text, "uk"))


# ---------------------------------------------------------------------------------------------
# (b) A credit line naming the body's channel: "Джерело: телеграм-канал Повітряних сил" only
# names the source (GUIDE: such a line credits the report it closes, across paragraphs).

CHANNEL_CREDIT_LINES = [
    ("uk", "У ніч на 4 березня ворог атакував 72 ударними дронами.\n\nЗбито 58 дронів.\n\n"
           "Джерело: телеграм-канал Повітряних сил ЗСУ"),
    ("uk", "У ніч на 4 березня ворог атакував 72 ударними дронами.\n\nЗбито 58 дронів.\n\n"
           "Джерело: офіційний Telegram-канал Повітряних сил"),
    ("uk", "У ніч на 4 березня ворог атакував 72 ударними дронами.\n\nЗбито 58 дронів.\n\n"
           "Джерело: Повітряні сили ЗС України"),
    ("ru", "В ночь на 4 марта противник атаковал 72 ударными дронами.\n\nСбиты 58 дронов.\n\n"
           "Источник: телеграм-канал Воздушных сил ВСУ"),
]


@pytest.mark.parametrize(("language", "text"), CHANNEL_CREDIT_LINES)
def test_a_credit_line_naming_the_body_s_channel(language: Language, text: str) -> None:
    assert claimed(text, language) == {(AIR_FORCE, "launched", "drone", 72),
                                       (AIR_FORCE, "intercepted", "drone", 58)}


def test_a_channel_with_more_words_is_no_credit_line() -> None:
    # "телеграм-канал, який цитує Повітряні сили" says more than the source: not a credit line
    text = ("У ніч на 4 березня ворог атакував 72 ударними дронами.\n\n"
            "Джерело: телеграм-канал, який часто переказує новини сусідніх громад")
    assert not any(c == AIR_FORCE for c, *_ in claimed(text, "uk"))


# ---------------------------------------------------------------------------------------------
# (c) One weapon put first, its downing verb after it ("Ракету також знищено", "Крылатую ракету
# сбили над морем"): the free word order fronts the object; named in the singular, it is one.

FRONTED_ONES = [
    ("uk", "Крилату ракету Х-101 збили над Житомирщиною.", "cruise_missile"),
    ("uk", "Ворог випустив по Сумах керовану ракету Х-59. Ракету також знищено.", "missile"),
    ("uk", "Ударний дрон знешкодили на підльоті до Черкас.", "drone"),
    ("ru", "Крылатую ракету уничтожили над Черным морем.", "cruise_missile"),
    ("ru", "Беспилотник сбили на подлете к Курску.", "drone"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), FRONTED_ONES)
def test_one_weapon_put_before_its_downing_verb(language: Language, text: str,
                                                weapon: str) -> None:
    assert ("intercepted", weapon, 1) in {(m, w, v) for _, m, w, v in claimed(text, language)}


FRONTED_NEAR_MISSES = [
    # the subject that shot down, not what was downed
    ("uk", "Винищувачі та гелікоптери збили 37 безпілотників над Полтавщиною."),
    # a missile that struck: no downing verb, and a nominative subject
    ("ru", "Российская ракета поразила подстанцию в Сумской области."),
    # the downing denied
    ("uk", "Балістичну ракету збити не вдалося."),
    # the verb of another clause
    ("uk", "Ракету запустили з Криму, а дрони збили над морем."),
    # debris, not the weapon
    ("uk", "Уламки ракети пошкодили паркан школи."),
]


@pytest.mark.parametrize(("language", "text"), FRONTED_NEAR_MISSES)
def test_no_one_from_a_fronted_noun_that_was_not_downed(language: Language, text: str) -> None:
    assert not any(v == 1 and m == "intercepted" for _, m, _, v in claimed(text, language))


# ---------------------------------------------------------------------------------------------
# (d) "All but N" with no noun after N: the class is the one the clause is about or the one of
# the figure before, and the count is the launched one told before less N.

ALL_BUT_ELIDED = [
    ("uk", "Уночі ворог запустив 88 ударних дронів. Сили ППО знешкодили всі, крім 11.",
     "drone", 77),
    ("uk", "Ворог атакував 23 крилатими ракетами. Повітряні сили пишуть, що збили всі, крім "
           "двох, — ці дві влучили в енергооб'єкт.", "cruise_missile", 21),
    ("ru", "Ночью противник запустил 88 ударных дронов. ПВО сбила все, кроме 11.", "drone", 77),
]


@pytest.mark.parametrize(("language", "text", "weapon", "value"), ALL_BUT_ELIDED)
def test_all_but_n_with_the_class_left_out(language: Language, text: str, weapon: str,
                                           value: int) -> None:
    got = {(m, w, v) for _, m, w, v in claimed(text, language)}
    assert ("intercepted", weapon, value) in got


def test_all_but_n_with_no_launched_count_gives_nothing() -> None:
    # no launched count of the class told before: nothing to subtract from
    text = "У Повітряних силах кажуть, що збили всі, крім п'яти."
    assert not any(m == "intercepted" for _, m, _, _ in claimed(text, "uk"))


def test_all_but_n_of_casualties_is_no_downing() -> None:
    text = "Уночі ворог запустив 40 дронів. Усі, крім двох, мешканці будинку вже повернулися."
    assert ("intercepted", "drone", 38) not in {(m, w, v) for _, m, w, v in claimed(text, "uk")}


# ---------------------------------------------------------------------------------------------
# (e) A count before a colon and a space opens its breakdown ("знешкоджено 73: 52 збили, ще
# 21 …"); a time ("о 05:40") is still no count.

def test_a_count_before_its_breakdown_s_colon() -> None:
    text = ("У ніч на 4 березня ворог запустив 85 ударних дронів, з них знешкоджено 73: 52 "
            "збили, ще 21 подавили засобами РЕБ, повідомили Повітряні сили.")
    assert {(m, w, v) for _, m, w, v in claimed(text, "uk")} >= {
        ("launched", "drone", 85), ("intercepted", "drone", 73), ("intercepted", "drone", 52),
        ("intercepted", "drone", 21)}


def test_a_time_is_no_count() -> None:
    text = "О 05:40 Повітряні сили повідомили, що збито 33 дрони."
    assert {(m, w, v) for _, m, w, v in claimed(text, "uk")} == {("intercepted", "drone", 33)}


# ---------------------------------------------------------------------------------------------
# (f) A part of the downed told by the means that downed it ("з них 58 – вогневими засобами")
# is a quantity beside its total (GUIDE: those lost to electronic warfare are a quantity of
# their own beside those shot down, and a total of both one more); a sub-type is not.

MEANS_PARTS = [
    ("uk", "Збито або подавлено 93 дрони, з них 58 – вогневими засобами, решту – засобами РЕБ, "
           "повідомили Повітряні сили.", 93, 58),
    ("uk", "Повітряні сили: знешкоджено 93 дрони, з них 58 збили мобільні вогневі групи.", 93,
     58),
    ("ru", "Воздушные силы ВСУ сообщили, что сбиты или подавлены 93 дрона, из них 58 — огневыми "
           "средствами.", 93, 58),
]


@pytest.mark.parametrize(("language", "text", "whole", "part"), MEANS_PARTS)
def test_a_part_told_by_its_means_is_a_quantity(language: Language, text: str, whole: int,
                                                part: int) -> None:
    got = {(m, w, v) for _, m, w, v in claimed(text, language)}
    assert {("intercepted", "drone", whole), ("intercepted", "drone", part)} <= got


def test_a_sub_type_of_the_downed_is_still_no_quantity() -> None:
    text = "Повітряні сили повідомили, що збито 93 дрони, з них 58 шахедів."
    assert {(m, w, v) for _, m, w, v in claimed(text, "uk")} == {("intercepted", "drone", 93)}


# ---------------------------------------------------------------------------------------------
# (g) A list's lines ("• …", "— …") are the report's own where a credit line opens or closes
# the report (GUIDE: such a line credits the report it opens or closes), not related news.

def test_a_credit_line_closing_a_bulleted_report() -> None:
    text = ("Уночі проти 4 березня ворог знову атакував Україну. Ось головне.\n\n"
            "• Загалом противник запустив 77 ударних дронів різних типів по кількох областях.\n"
            "• Збито або подавлено 69 дронів на півночі та сході країни.\n\n"
            "Джерело: Повітряні сили ЗСУ")
    assert claimed(text, "uk") == {(AIR_FORCE, "launched", "drone", 77),
                                   (AIR_FORCE, "intercepted", "drone", 69)}


def test_a_credit_line_opening_a_dashed_summary() -> None:
    text = ("Источник — Минобороны РФ (сводка ведомства за ночь и за прошедшие сутки).\n\n"
            "— перехвачены и уничтожены 36 беспилотников самолетного типа над регионами;\n"
            "— средства ПВО сбили 3 управляемые авиабомбы за прошедшие сутки.")
    assert claimed(text, "ru") == {(MOD, "intercepted", "drone", 36),
                                   (MOD, "intercepted", "guided_bomb", 3)}


def test_related_news_under_a_report_stays_unclaimed() -> None:
    # the list comes after another source's report, with no credit line of its own
    text = ("Повітряні сили повідомили, що вночі збито 40 дронів.\n\n"
            "Губернатор області Іван Петренко написав, що поранено двох людей.\n\n"
            "- Минулого тижня ворог запустив по Україні понад 900 дронів і 30 ракет")
    assert (AIR_FORCE, "launched", "drone", 900) not in claimed(text, "uk")


# ---------------------------------------------------------------------------------------------
# (h) The small squares of Telegram posts ("▪️") mark a list's lines as dashes and bullets do:
# a line under a heading's metric takes it.

@pytest.mark.parametrize("mark", ["▪️", "▫️", "🔹", "-", "•"])
def test_a_telegram_square_marks_a_list_line(mark: str) -> None:
    text = (f"У ніч на 4 березня противник атакував 57 дронами.\n\nЗбито/подавлено:\n"
            f"{mark} 3 крилаті ракети;\n{mark} 49 БпЛА.\n\nДжерело: Повітряні сили ЗСУ")
    got = {(m, w, v) for _, m, w, v in claimed(text, "uk")}
    assert {("intercepted", "cruise_missile", 3), ("intercepted", "drone", 49)} <= got


def test_a_square_line_with_no_heading_takes_no_metric() -> None:
    # no heading's metric and no verb of its own: a count of nothing said
    text = "Цифри тижня від нашої редакції:\n▪️ 12 нових підписників;\n▪️ 3 дописи."
    assert claimed(text, "uk") == set()


# ---------------------------------------------------------------------------------------------
# (i) An interview: "балістика" (the ballistic missiles, as a mass noun) names the class an
# answer is about, and an answer with no verb takes the metric its question asked about.

def test_an_answer_takes_its_question_s_metric() -> None:
    text = ("Речник Повітряних сил Юрій Ігнат відповів на запитання редакції.\n\n"
            "— Що запустив ворог?\n\n"
            "— Шість балістичних ракет «Іскандер-М» і 90 ударних дронів.\n\n"
            "— А скільки знешкодили?\n\n"
            "— З балістики — усі, крім двох.")
    got = {(m, w, v) for _, m, w, v in claimed(text, "uk")}
    assert ("intercepted", "ballistic_missile", 4) in got


def test_ballistics_as_the_topic_of_a_count() -> None:
    text = ("Повітряні сили повідомили, що вночі ворог запустив 9 балістичних ракет і 40 "
            "дронів. З балістикою важче: збили лише три.")
    got = {(m, w, v) for _, m, w, v in claimed(text, "uk")}
    assert ("intercepted", "ballistic_missile", 3) in got


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Повітряні сили повідомили, що ворог атакував Харків балістикою."),
    ("ru", "Воздушные силы сообщили, что противник ударил баллистикой по Харькову."),
])
def test_ballistics_named_is_no_count_of_one(language: Language, text: str) -> None:
    # a mass noun: the class is named, no number of it
    assert not any(v == 1 for *_, v in claimed(text, language))


def test_a_question_s_metric_does_not_reach_a_verbless_line_outside_an_interview() -> None:
    text = ("Чи збили всі дрони? Ні.\n\nУночі ворог запустив 30 дронів.\n\n"
            "Усі, крім п'яти, — над Сумщиною.")
    assert ("intercepted", "drone", 25) not in {(m, w, v) for _, m, w, v in
                                                claimed(text, "uk")}
