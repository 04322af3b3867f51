"""Issue 13, round 18U: diplomacy in Ukrainian and Russian, generalised from invented25 (once a
blind judge, now a tuning set); each rule with sentences written for the test (other sides,
names, numbers and orders) and near-misses that must not be read."""
from __future__ import annotations

from ceasefire.read.slavic.words import Language
from slavic_helpers import read, talks


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


# --- A truce the sides agreed through a mediator ----------------------------------------------

def test_a_truce_agreed_through_a_mediator_binds_both_sides_uk() -> None:
    text = ("Обстріл стався на п'ятий день 14-денного перемир'я в небі, про яке сторони "
            "домовилися за посередництва Катару, і відомство назвало його порушенням Росією "
            "домовленостей.")
    assert positions(text, "uk") == [(None, "air", "agreed", ("RU", "UA"), "QA", 14),
                                     ("2026-04-22", "air", "violated", ("RU",), "QA", 14)]


def test_a_truce_settled_through_a_mediator_ru() -> None:
    text = ("Прекращение огня на море было согласовано в марте при посредничестве Турции; "
            "обе стороны обязались не атаковать порты.")
    assert positions(text, "ru") == [(None, "sea", "agreed", ("RU", "UA"), "TR", None)]


def test_settling_a_date_is_no_truce_position() -> None:
    text = ("Обе стороны говорят о перемирии. Дату встречи в Женеве пока не согласовали.")
    assert positions(text, "ru") == []
    text = "Сторони обговорили перемир'я; дату наступного раунду не погодили."
    assert positions(text, "uk") == []


def test_a_mediator_without_an_agreement_is_no_position() -> None:
    text = "Переговори щодо обміну тривали за посередництва ОАЕ."
    assert positions(text, "uk") == []


# --- The side that broke a truce, in the instrumental after "violation" -----------------------

def test_a_violation_by_a_side_in_the_instrumental() -> None:
    text = "Мінекономіки назвало удар 3 квітня грубим порушенням Росією перемир'я."
    assert [p[2:4] for p in positions(text, "uk")] == [("violated", ("RU",))]
    text = "МИД России назвал атаку 3 апреля нарушением Украиной режима тишины."
    assert [p[2:4] for p in positions(text, "ru")] == [("violated", ("UA",))]


def test_a_genitive_side_after_violation_is_not_the_violator() -> None:
    text = "Мінекономіки назвало удар 3 квітня порушенням суверенітету України та перемир'я."
    assert [p[3] for p in positions(text, "uk")] != [("UA",)]


# --- A statement the text corrects is no position ---------------------------------------------

def test_a_retracted_statement_is_no_position() -> None:
    text = "Уточнення: раніше ми помилково написали, що Кремль оголосив перемир'я на тиждень."
    assert positions(text, "uk") == []
    text = "В первой версии текста ошибочно говорилось, что Киев объявил перемирие на три дня."
    assert positions(text, "ru") == []


def test_a_declared_truce_without_a_correction_is_a_position() -> None:
    text = "Кремль 20 квітня оголосив перемир'я на тиждень."
    assert [p[2] for p in positions(text, "uk")] == ["agreed"]
