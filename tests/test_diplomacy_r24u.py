"""Issue 13, round 24U, diplomacy: kinds of misses found in several blind sets by different
writers. A truce said impossible, or possible only once a condition is met, is refused (GUIDE:
a refusal until conditions are met); a truce fronted after "на" before a negated verb of going
is refused as "не піде на перемир'я" is. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from ceasefire.read.slavic.words import Language
from slavic_helpers import positions, read, swaps


@pytest.mark.parametrize(("text", "language"), [
    ("Кремль заявил, что такой режим прекращения огня невозможен, пока Запад вооружает Киев.",
     "ru"),
    ("Песков подчеркнул, что Россия считает перемирие возможным только при отказе Киева от "
     "мобилизации.", "ru"),
    ("Лавров сказал, что Россия считает перемирие на море возможным лишь после снятия санкций.",
     "ru"),
    ("Речник Кремля заявив, що для Росії припинення вогню неможливе, доки тривають поставки "
     "зброї.", "uk"),
    ("У Кремлі заявили, що Росія вважає перемир'я можливим лише за умови виведення військ.",
     "uk"),
])
def test_a_truce_told_impossible_or_possible_only_on_a_condition_is_refused(
        text: str, language: Language) -> None:
    assert [(scope, status) for scope, status, _p in positions(text, language)] == [
        ("full" if "море" not in text else "sea", "rejected")]


@pytest.mark.parametrize(("text", "language"), [
    ("Депутат считает, что соглашения об обмене дают доверие, без которого невозможно "
     "никакое прекращение огня.", "ru"),
    ("Эксперт отметил, что невозможно предсказать, когда начнется перемирие.", "ru"),
    ("Аналітик вважає, що перемир'я можливе вже восени.", "uk"),
])
def test_a_truce_impossible_without_something_or_merely_possible_is_no_position(
        text: str, language: Language) -> None:
    assert positions(text, language) == []


@pytest.mark.parametrize(("text", "language", "side"), [
    ("На перемирие, которое даст противнику время на перевооружение, Россия не пойдет.",
     "ru", "RU"),
    ("Президент Зеленский ответил, что на пятидневную паузу Украина не пойдет, а готова к "
     "полному прекращению огня.", "ru", "UA"),
    ("На перемир'я, яке дасть ворогу перепочинок, Україна не піде.", "uk", "UA"),
])
def test_a_truce_fronted_before_a_negated_verb_of_going_is_refused(
        text: str, language: Language, side: str) -> None:
    # (the second sentence's "а готова к …" is a counter-offer of its own: below)
    assert [p for p in positions(text, language) if p[1] != "proposed"] == [
        ("full", "rejected", (side,))]


@pytest.mark.parametrize(("text", "language", "statuses"), [
    # "идет" inside the condition is no yes to the truce after "на"
    ("Москва не может пойти на всеобщее прекращение огня, пока там идет набор в армию.", "ru",
     ["rejected"]),
    # the object after "на" is talks, not a truce
    ("На переговоры в Женеву делегация не пойдет, о перемирии говорить рано.", "ru", []),
])
def test_a_verb_of_going_in_a_condition_or_with_another_object_says_nothing_more(
        text: str, language: Language, statuses: list[str]) -> None:
    assert [status for _s, status, _p in positions(text, language)] == statuses


@pytest.mark.parametrize(("text", "language"), [
    # the truce is the subject of a verb in the conditional mood
    ("Политолог полагает, что такое перемирие «в принципе могло бы» открыть путь к сделке, "
     "но сначала стороны должны согласовать контроль.", "ru"),
    ("Колумніст пише, що мораторій міг би стати початком ширшої угоди.", "uk"),
    # the status word stands in a clause of the conditional mood
    ("Пауза в ударах возможна, если бы обе стороны договорились о наблюдателях.", "ru"),
    ("Якби сторони погодилися на режим тиші, обміни пішли б швидше.", "uk"),
    ("По данным опроса, 38% жителей поддержали бы немедленное прекращение огня.", "ru"),
])
def test_a_truce_spoken_of_in_the_conditional_mood_is_no_position(
        text: str, language: Language) -> None:
    assert positions(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    # "хотя бы", "хоча б" mean "at least": no conditional mood
    ("Киев и Москва договорились хотя бы о трехдневном перемирии.", "ru"),
    ("Україна та Росія погодилися хоча б на тижневе перемир'я.", "uk"),
])
def test_at_least_is_no_conditional_mood(text: str, language: Language) -> None:
    assert [status for _s, status, _p in positions(text, language)] == ["agreed"]


@pytest.mark.parametrize(("text", "language"), [
    ("Київ погодився на запропоноване Вашингтоном повне припинення вогню на 40 днів. У Москві "
     "цю ідею відкинули.", "uk"),
    ("Украина согласилась на прекращение огня на 40 дней, которое предложили американцы. "
     "Кремль отказался от такого перемирия.", "ru"),
])
def test_an_offer_told_only_by_a_participle_inside_its_acceptance_is_no_proposal_of_its_own(
        text: str, language: Language) -> None:
    assert all(status != "proposed" for _s, status, _p in positions(text, language))
    assert positions(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # a proposal noun names the offer as a thing of its own: its proposer's position stays
    ("Захарова во вторник отвергла предложение Франции о 20-дневном прекращении огня.", "ru"),
    ("Пєсков заявив, що Москва відхилила пропозицію США про 40-денне перемир'я.", "uk"),
    # a refusal of an offer told by a participle (as before this round)
    ("Захарова заявила, что Россия не примет предложенное Вашингтоном перемирие на 20 дней.", "ru"),
])
def test_an_offer_named_by_a_proposal_noun_or_refused_stays_a_proposal(
        text: str, language: Language) -> None:
    assert sorted(status for _s, status, _p in positions(text, language)) == [
        "proposed", "rejected"]


@pytest.mark.parametrize(("text", "language", "side"), [
    ("Київ знову поклав на стіл свою пропозицію щодо повного перемир'я на 45 днів.", "uk", "UA"),
    ("Российская делегация положила на стол предложение о прекращении огня на 45 дней.", "ru",
     "RU"),
])
def test_laying_a_proposal_on_the_table_proposes_it(text: str, language: Language,
                                                     side: str) -> None:
    assert positions(text, language) == [("full", "proposed", (side,))]


def test_a_book_laid_on_the_table_proposes_nothing() -> None:
    assert positions("Міністр поклав на стіл книгу про перемир'я 1953 року.", "uk") == []


# a swap told first, so that the sentence after it is read as part of the exchange
_SWAP = {"ru": "Сегодня состоялся обмен пленными по формуле 90 на 90. ",
         "uk": "Сьогодні відбувся обмін полоненими за формулою 90 на 90. "}


@pytest.mark.parametrize(("text", "language", "to_ua", "to_ru"), [
    ("Помимо военных, с украинской стороны переданы пятеро жителей Белгородской области.",
     "ru", None, 5),
    ("Крім того, додому повернулися шестеро мешканців Курщини, яких утримували з весни.", "uk",
     None, 6),
    ("Кроме того, домой вернулись семеро жителей Харьковской области.", "ru", 7, None),
])
def test_residents_of_a_region_go_back_to_its_country(text: str, language: Language,
                                                     to_ua: int | None,
                                                     to_ru: int | None) -> None:
    found = [(ua, ru) for _s, ua, ru, _c in swaps(_SWAP[language] + text, language)]
    assert (to_ua, to_ru) in found


def test_residents_with_no_region_named_go_by_the_verb_as_before() -> None:
    # no region after the residents: the language's own side gets them, as before this round
    found = [(ua, ru) for _s, ua, ru, _c in swaps(
        _SWAP["ru"] + "Кроме того, на родину вернулись пятеро мирных жителей.", "ru")]
    assert (None, 5) in found


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Київ відкинув великоднє перемир'я і запропонував натомість повне припинення вогню на "
     "45 днів.", "uk", [("full", "rejected", ("UA",)), ("full", "proposed", ("UA",))]),
    ("Сибига сказал, что Украина не пойдет на суточное перемирие, а готова только к "
     "прекращению огня на 40 дней.", "ru",
     [("full", "rejected", ("UA",)), ("full", "proposed", ("UA",))]),
])
def test_a_counter_offer_joined_to_an_answer_is_a_proposal_of_its_own(
        text: str, language: Language, expected: list[tuple]) -> None:
    assert sorted(positions(text, language)) == sorted(expected)


def test_the_counter_offer_takes_the_length_told_after_its_verb() -> None:
    found = read("Київ відхилив триденне перемир'я і водночас запропонував режим тиші на 45 днів.",
                 "uk")[0]
    assert sorted((a.status, a.duration_days) for a in found) == [
        ("proposed", 45), ("rejected", 3)]


@pytest.mark.parametrize(("text", "language"), [
    # readiness after an acceptance is the same yes, no offer of another truce
    ("Україна погодилася на перемир'я і готова виконувати його з понеділка.", "uk"),
    # a proposal with no answer before it is one position
    ("Туреччина запропонувала морське перемир'я на 60 днів.", "uk"),
])
def test_no_counter_offer_without_an_answer_before_it(text: str, language: Language) -> None:
    assert len(positions(text, language)) == 1
