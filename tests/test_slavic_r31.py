"""Issue 13, round 31U: truce positions in Ukrainian and Russian reports, rules kept only where
they fixed misses of one kind in two or more tuning sets by different writers, or where the
GUIDE states the convention (docs/reading.md, "Round 31U"). Every sentence, name and number is
made up for these tests; near-misses that must not be read sit beside each rule."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 5, 12)


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def positions(text: str, language: Language) -> set[tuple]:
    """(scope, status, parties, proposer) of every truce position of the report."""
    return {(a.scope, a.status, tuple(a.parties), a.proposed_by)
            for a in reading(text, language).agreements}


# ---------------------------------------------------------------------------------------------
# (a) Readiness for a truce that no one's offer before it in the report puts on the table: the
# ready side puts its own truce forward (GUIDE: a side that says yes to another's truce agrees;
# one that declares its own proposes). After another side's offer it stays a yes.

READY_OF_ITS_OWN = [
    ("uk", "Тернопіль, 11 травня. Україна готова до повітряного перемир'я вже з наступного "
           "тижня, заявив президент у понеділок."),
    ("ru", "Глава МИД сообщил в понедельник, что Украина готова к воздушному перемирию на "
           "сорок дней."),
]


@pytest.mark.parametrize(("language", "text"), READY_OF_ITS_OWN)
def test_readiness_with_no_offer_before_proposes(language: Language, text: str) -> None:
    found = positions(text, language)
    assert ("air", "proposed", ("UA",), "UA") in found
    assert not any(status == "agreed" for _s, status, _p, _b in found)


AFTER_AN_OFFER = [
    ("uk", "У неділю Туреччина запропонувала сторонам повітряне перемир'я на сорок днів. "
           "У понеділок Україна заявила, що готова до повітряного перемир'я."),
    ("ru", "В воскресенье Турция предложила сторонам воздушное перемирие на сорок дней. "
           "В понедельник Украина заявила, что готова к воздушному перемирию."),
]


@pytest.mark.parametrize(("language", "text"), AFTER_AN_OFFER)
def test_readiness_after_another_side_s_offer_is_no_proposal_of_its_own(
        language: Language, text: str) -> None:
    found = positions(text, language)
    assert not any(status == "proposed" and parties == ("UA",)
                   for _s, status, parties, _b in found)


def test_readiness_for_a_named_offer_is_a_yes() -> None:
    text = "Україна готова до перемир'я, яке запропонували Сполучені Штати."
    found = positions(text, "uk")
    assert not any(status == "proposed" and parties == ("UA",)
                   for _s, status, parties, _b in found)


def test_not_ready_is_still_a_refusal() -> None:
    text = "Кремль заявив, що Росія не готова до повітряного перемир'я."
    found = positions(text, "uk")
    assert any(status == "rejected" for _s, status, _p, _b in found)
    assert not any(status == "proposed" for _s, status, _p, _b in found)


def test_readiness_to_keep_a_truce_in_force_is_a_yes() -> None:
    text = "Міністр сказав, що Україна готова дотримуватися енергетичного мораторію й надалі."
    found = positions(text, "uk")
    assert not any(status == "proposed" for _s, status, _p, _b in found)


# ---------------------------------------------------------------------------------------------
# (b) A labelled question of an interview or a briefing ("Питання: …", "Вопрос: …") tells what
# the asker takes as known: its premise is no position; the answer after it still is.

QUESTIONS = [
    ("uk", "Питання: Канада знову запропонувала повне припинення вогню на 45 днів."),
    ("uk", "ЗАПИТАННЯ: Данія закликає до перемир'я на морі."),
    ("ru", "Вопрос: Канада снова предложила полное прекращение огня на 45 дней."),
]


@pytest.mark.parametrize(("language", "text"), QUESTIONS)
def test_a_labelled_question_states_no_position(language: Language, text: str) -> None:
    assert positions(text, language) == set()


def test_the_answer_after_a_labelled_question_is_still_read() -> None:
    text = ("Вопрос: Канада снова предложила полное прекращение огня на 45 дней. "
            "Ответ: Россия отвергает такое перемирие.")
    assert {status for _s, status, _p, _b in positions(text, "ru")} == {"rejected"}


def test_a_question_word_not_labelling_the_sentence_keeps_the_position() -> None:
    text = "Канада запропонувала повне припинення вогню на 45 днів, і це питання вирішене."
    assert {status for _s, status, _p, _b in positions(text, "uk")} == {"proposed"}


# ---------------------------------------------------------------------------------------------
# (c) A sentence opened by an analyst's, an expert's or a columnist's view tells where they
# think the sides stand: no side's position. A side named as the one speaking still is.

VIEWS = [
    ("uk", "Аналітики вважають, що сторони можуть погодитися на енергетичне перемир'я."),
    ("uk", "На думку експертів, Київ відкине будь-яке перемир'я без гарантій."),
    ("ru", "Автор статьи уверен, что Москва поддержит паузу на праздники."),
    ("ru", "По мнению шведских экспертов, стороны готовы прекратить огонь весной."),
]


@pytest.mark.parametrize(("language", "text"), VIEWS)
def test_a_pundit_s_view_is_no_position(language: Language, text: str) -> None:
    assert positions(text, language) == set()


def test_a_side_speaking_after_a_view_keeps_its_position() -> None:
    text = ("Аналітики вважають це важливим кроком. "
            "Україна відкинула запропоноване Росією перемир'я.")
    assert ("full", "rejected", ("UA",), "RU") in positions(text, "uk")
