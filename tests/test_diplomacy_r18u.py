"""Issue 13, round 18U: diplomacy in Ukrainian and Russian, generalised from invented25 (once a
blind judge, now a tuning set); each rule with sentences written for the test (other sides,
names, numbers and orders) and near-misses that must not be read."""
from __future__ import annotations

import datetime as dt

from ceasefire.model import Agreement, Exchange, Talks
from ceasefire.read.slavic.diplomacy import read_diplomacy
from ceasefire.read.slavic.text import split_sentences
from ceasefire.read.slavic.words import Language

PUBLISHED = dt.date(2026, 4, 22)  # a Wednesday


def read(text: str, language: Language) -> tuple[list[Agreement], list[Exchange], list[Talks]]:
    return read_diplomacy(split_sentences(text, language), language, PUBLISHED)


def talks(text: str, language: Language) -> list[tuple]:
    """(date, kind, place, parties) of every talk read, in the text's order."""
    return [(t.date.isoformat() if t.date else None, t.kind, t.place, tuple(t.parties))
            for t in read(text, language)[2]]


def positions(text: str, language: Language) -> list[tuple]:
    """(date, scope, status, parties, proposer, days) of every truce position read."""
    return [(a.date.isoformat() if a.date else None, a.scope, a.status, tuple(a.parties),
             a.proposed_by, a.duration_days) for a in read(text, language)[0]]


# --- A chronicle: a sentence made only of a date heads the items below it ---------------------

def test_a_dated_heading_dates_the_call_below_it_uk() -> None:
    text = ("6 квітня, понеділок. Телефонна розмова Емманюеля Макрона й Володимира Зеленського.\n\n"
            "Тим часом тривають консультації.")
    assert talks(text, "uk") == [("2026-04-06", "call", None, ("FR", "UA"))]


def test_a_dated_heading_dates_the_call_below_it_ru() -> None:
    text = "9–10 апреля. Телефонный разговор Владимира Путина и Дональда Трампа."
    assert talks(text, "ru") == [("2026-04-09", "call", None, ("RU", "US"))]


def test_a_heading_dates_only_its_own_paragraph() -> None:
    text = ("14 квітня.\n\n"
            "Телефонна розмова Емманюеля Макрона й Володимира Зеленського.")
    assert talks(text, "uk") == []  # no date, place or length: not identified on its own


def test_a_sentence_with_more_than_a_date_is_no_heading() -> None:
    text = ("До 14 квітня сторони обмінялися листами. "
            "Телефонна розмова Емманюеля Макрона й Володимира Зеленського.")
    assert talks(text, "uk") == []


def test_a_heading_dates_a_proposal_below_it() -> None:
    text = ("2 квітня, четвер. Російська делегація запропонувала режим тиші на морі на 20 днів.")
    assert positions(text, "uk") == [("2026-04-02", "sea", "proposed", ("RU",), "RU", 20)]


# --- Venues and calls said with a verb --------------------------------------------------------

def test_baku_and_valletta_are_places_of_talks() -> None:
    assert talks("У Баку 3 квітня зустрілися делегації України та Росії.", "uk") \
        == [("2026-04-03", "meeting", "Baku", ("UA", "RU"))]
    assert talks("В Валлетте 3 апреля встретились делегации России и США.", "ru") \
        == [("2026-04-03", "meeting", "Valletta", ("RU", "US"))]


def test_spoke_by_phone_is_a_call() -> None:
    assert talks("Макрон і Зеленський 8 квітня говорили телефоном годину.", "uk") \
        == [("2026-04-08", "call", None, ("FR", "UA"))]
    assert talks("Путин и Эрдоган 8 апреля говорили по телефону около часа.", "ru") \
        == [("2026-04-08", "call", None, ("RU", "TR"))]


def test_speaking_without_a_phone_is_no_call() -> None:
    assert talks("Макрон 8 квітня говорив про допомогу Україні.", "uk") == []


# --- Rounds by their number; a talk moved to another day --------------------------------------

def test_a_round_of_another_number_at_the_same_place_is_another_meeting_uk() -> None:
    text = ("Третій раунд переговорів делегацій України та Росії в Женеві відбувся 2 квітня. "
            "Четвертий раунд у Женеві призначили на 29 квітня.")
    assert talks(text, "uk") == [("2026-04-02", "meeting", "Geneva", ("UA", "RU")),
                                 ("2026-04-29", "meeting", "Geneva", ("UA", "RU"))]


def test_the_same_round_told_twice_is_one_meeting_ru() -> None:
    text = ("Второй раунд переговоров делегаций России и Украины прошел в Женеве 2 апреля. "
            "Второй раунд в Женеве длился шесть часов.")
    found = read(text, "ru")[2]
    assert [(t.place, t.duration_hours) for t in found] == [("Geneva", 6.0)]


def test_the_date_a_round_was_moved_to_is_its_date() -> None:
    text = ("Наступний раунд у Женеві, який призначали на 5 травня, перенесли на 12 травня; "
            "склад делегацій України та Росії той самий.")
    assert [t[0] for t in talks(text, "uk")] == ["2026-05-12"]
    text = "Встречу в Женеве, назначенную на 7 мая, делегации России и Украины перенесли на 14 мая."
    assert [t[0] for t in talks(text, "ru")] == ["2026-05-14"]


# --- Only weighing an offer, in a clause of its own --------------------------------------------

def test_a_proposal_stands_when_another_clause_only_weighs_it() -> None:
    text = ("Делегация Украины предложила перемирие в небе на 15 дней; "
            "российская сторона обещала изучить предложение.")
    assert positions(text, "ru") == [("2026-04-22", "air", "proposed", ("UA",), "UA", 15)]


def test_weighing_an_offer_alone_is_still_no_position() -> None:
    assert positions("Российская сторона обещала изучить предложение о перемирии в небе.",
                     "ru") == []
