"""Issue 13, round 30U: exchanges and talks in Ukrainian and Russian reports, rules kept only
where they fixed misses of one kind in two or more tuning sets by different writers, or where
the GUIDE states the convention (docs/reading.md, "Round 30U"). Every sentence, name and
number is made up for these tests; near-misses that must not be read sit beside each rule."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 3, 4)


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def swaps(text: str, language: Language) -> set[tuple]:
    """(returned_to_ua, returned_to_ru, status) of every exchange of the report."""
    return {(e.returned_to_ua, e.returned_to_ru, e.status)
            for e in reading(text, language).exchanges}


# ---------------------------------------------------------------------------------------------
# (a) "Серед звільнених сьогодні — троє киян", "среди освобождённых — пятеро жителей": people
# counted among those just told freed are a part of that swap, even where the sentence dates
# them again; no record of their own.

AMONG_THE_FREED = [
    ("uk", "Сьогодні з російського полону повернулися 130 українських захисників. Серед "
           "звільнених сьогодні — троє черкащан: двоє десантників і моряк."),
    ("uk", "У вівторок унаслідок обміну додому повернулися 130 військових. Серед повернутих "
           "у вівторок, за даними штабу, є 9 цивільних."),
    ("ru", "В четверг из украинского плена вернулись 130 российских военнослужащих. Среди "
           "освобождённых в четверг — пятеро жителей Брянской области."),
]


@pytest.mark.parametrize(("language", "text"), AMONG_THE_FREED)
def test_people_among_the_freed_are_part_of_the_swap(language: Language, text: str) -> None:
    assert {(ua or ru) for ua, ru, _s in swaps(text, language)} == {130}


def test_a_count_with_no_among_still_counts_on_its_own() -> None:
    text = ("Сьогодні з російського полону повернулися 130 українських захисників. Крім того, "
            "у вівторок окремо повернули 9 цивільних.")
    assert len(swaps(text, "uk")) == 2


# ---------------------------------------------------------------------------------------------
# (b) People still held ("які перебувають у полоні", "находящихся в плену") are no one handed
# over: a count of relatives at a rally in a report about captivity is no exchange. People
# taken "з полону" still are. An age ("24-річний", "19-летний") counts no one.

STILL_HELD = [
    ("uk", "У суботу у Вінниці зібралися близько чотирьохсот людей — рідні бійців, які "
           "перебувають у російському полоні."),
    ("ru", "В субботу в Курске собрались около двухсот человек — родные военнослужащих, "
           "находящихся в украинском плену."),
    ("uk", "Про обмін полоненими говорили на мітингу. Ольга, мати 27-річного прикордонника, "
           "чекає на сина."),
    ("ru", "На митинге говорили об обмене пленными. Мать 19-летнего солдата ждёт сына."),
]


@pytest.mark.parametrize(("language", "text"), STILL_HELD)
def test_people_still_held_and_ages_are_no_exchange(language: Language, text: str) -> None:
    assert swaps(text, language) == set()


def test_people_out_of_captivity_still_count() -> None:
    text = "У суботу з російського полону вдалося визволити 64 бійців."
    assert {ua for ua, _ru, _s in swaps(text, "uk")} == {64}


# ---------------------------------------------------------------------------------------------
# (c) A whole told with both sides' counts after "загалом"/"всего" ("по 800 осіб з кожного
# боку", "700 українців в обмін на 700 росіян") is one swap of its own; a running total of one
# side ("загалом повернули 4 300") is none.

WHOLES = [
    ("uk", "Домовленість передбачає обмін пораненими — загалом щонайменше по 800 осіб з "
           "кожного боку.", (800, 800)),
    ("uk", "Це перший із двох етапів: загалом домовленість передбачає повернення 700 "
           "українців в обмін на 700 росіян.", (700, 700)),
    ("ru", "Всего договорённость предусматривает возвращение 450 россиян в обмен на 450 "
           "украинцев.", (450, 450)),
]


@pytest.mark.parametrize(("language", "text", "counts"), WHOLES)
def test_a_whole_with_both_counts_is_a_swap(language: Language, text: str,
                                            counts: tuple[int, int]) -> None:
    assert {(ua, ru) for ua, ru, _s in swaps(text, language)} == {counts}


def test_a_running_total_of_one_side_is_no_swap() -> None:
    text = "Загалом з полону вже вдалося повернути понад 4 300 українців."
    assert swaps(text, "uk") == set()


def talks(text: str, language: Language) -> set[tuple]:
    """(kind, place, date) of every talk of the report."""
    return {(t.kind, t.place, t.date) for t in reading(text, language).talks}


# ---------------------------------------------------------------------------------------------
# (d) A talk put off with no new date, cancelled, or told not held is not set (GUIDE: a
# meeting is a record where its date or place is fixed): "перенесли на невизначений термін",
# "отложена", "не відбувалися", "отменена". A talk moved to a new date still is, and so is
# one moved with no new date named (round 21U's ruling, kept).

CALLED_OFF = [
    ("uk", "Третій раунд переговорів у Женеві, запланований на 14 березня, перенесли на "
           "невизначений термін."),
    ("ru", "Встреча делегаций России и Украины в Стамбуле, назначенная на 9 марта, отложена "
           "по просьбе российской стороны."),
    ("uk", "Переговори України та Росії в Стамбулі у понеділок не відбувалися: делегації "
           "туди не їздили."),
    ("ru", "Встреча омбудсменов России и Украины в Минске отменена."),
]


@pytest.mark.parametrize(("language", "text"), CALLED_OFF)
def test_a_talk_called_off_is_no_record(language: Language, text: str) -> None:
    assert talks(text, language) == set()


def test_a_talk_moved_to_a_new_date_still_counts() -> None:
    text = "Зустріч делегацій України та Росії у Стамбулі перенесли на 9 березня."
    assert talks(text, "uk") == {("meeting", "Istanbul", dt.date(2026, 3, 9))}


# ---------------------------------------------------------------------------------------------
# (e) A venue only offered, an idea or a readiness to host ("Анкара предлагает провести
# встречу в Стамбуле", "була ідея провести зустріч у Женеві", "готовність прийняти раунд у
# Стамбулі", "возможность возобновления переговоров в Стамбуле") is floated: no record. A
# meeting held while a proposal was discussed still is.

OFFERED = [
    ("ru", "Анкара предлагает провести следующую встречу России и Украины в Стамбуле."),
    ("uk", "Була також ідея провести зустріч України та Росії у Женеві, але від неї відмовилися."),
    ("uk", "Анкара знову заявила про готовність прийняти раунд переговорів у Стамбулі."),
    ("ru", "Министры обсудили возможность возобновления прямых переговоров в Стамбуле."),
]


@pytest.mark.parametrize(("language", "text"), OFFERED)
def test_a_venue_only_offered_is_no_record(language: Language, text: str) -> None:
    assert talks(text, language) == set()


def test_a_meeting_held_over_a_proposal_still_counts() -> None:
    text = ("Делегації України та Росії зустрілися в Стамбулі 2 березня й обговорили "
            "пропозицію Туреччини.")
    assert {place for _k, place, _d in talks(text, "uk")} == {"Istanbul"}


def calls(text: str, language: Language) -> set[tuple]:
    return {tuple(t.parties) for t in reading(text, language).talks if t.kind == "call"}


# ---------------------------------------------------------------------------------------------
# (f) Calls in the plural, one caller before them and two sides or more after them ("провів
# телефонні розмови з Сибігою та Лавровим", "провёл телефонные разговоры с Путиным и
# Зеленским"): one call with each (GUIDE: one record per call). One call with two sides on
# the line stays one record.

CALLS_WITH_EACH = [
    ("uk", "Міністр закордонних справ Туреччини в середу провів телефонні розмови з Андрієм "
           "Сибігою та Сергієм Лавровим."),
    ("ru", "Глава МИД Турции в среду провёл телефонные разговоры с Владимиром Путиным и "
           "Владимиром Зеленским."),
]


@pytest.mark.parametrize(("language", "text"), CALLS_WITH_EACH)
def test_calls_in_the_plural_are_one_call_with_each(language: Language, text: str) -> None:
    assert calls(text, language) == {("TR", "UA"), ("TR", "RU")}


def test_one_call_with_two_on_the_line_stays_one() -> None:
    text = "У середу президент Туреччини провів телефонну розмову з Зеленським і Путіним."
    assert len(reading(text, "uk").talks) == 1


# ---------------------------------------------------------------------------------------------
# (g) The other side's count in a sentence of its own, dated as the count just read (a
# chronicle's day over both, "того ж дня", the same date said again), is that swap's other
# half: one record. A half on another day is a record of its own.

OTHER_HALVES = [
    ("uk", "Понеділок, 9 березня\nПерший етап обміну: додому повернулися 140 українських "
           "військових. Росія отримала стільки ж.", (140, 140)),
    ("uk", "Сьогодні в рамках репатріації в Україну повернуто 600 тіл загиблих. Речник "
           "російського міністерства того ж дня написав, що Росія отримала 17 тіл своїх "
           "військових.", (600, 17)),
    ("ru", "В среду в Россию в ходе репатриации возвращены тела 48 погибших. В среду Украине "
           "переданы тела 500 погибших.", (500, 48)),
]


@pytest.mark.parametrize(("language", "text", "counts"), OTHER_HALVES)
def test_the_other_half_on_the_same_day_is_one_record(language: Language, text: str,
                                                       counts: tuple[int, int]) -> None:
    assert {(ua, ru) for ua, ru, _s in swaps(text, language)} == {counts}


def test_a_half_on_another_day_is_its_own_record() -> None:
    text = ("У понеділок в рамках репатріації в Україну повернуто 600 тіл загиблих. У середу "
            "Росії передали тіла 17 військових.")
    assert {(ua, ru) for ua, ru, _s in swaps(text, "uk")} == {(600, None), (None, 17)}


# ---------------------------------------------------------------------------------------------
# (h) An interviewee's own call with one side named ("учора я мав телефонну розмову з
# держсекретарем США", "у вас был телефонный разговор с госсекретарём США"): the speaker
# stands for the side whose language the report is in. A call with two sides named keeps
# them; a call with no one to speak for it and one side is still none.

SPEAKER_CALLS = [
    ("uk", "— Так, у понеділок я мав телефонну розмову з держсекретарем США.",
     ("UA", "US")),
    ("uk", "— У четвер, 5 березня, у нас була детальна телефонна розмова з американською "
           "стороною.", ("UA", "US")),
    ("ru", "— В понедельник у вас был телефонный разговор с госсекретарём США.", ("RU", "US")),
]


@pytest.mark.parametrize(("language", "text", "parties"), SPEAKER_CALLS)
def test_the_speaker_is_a_party_of_their_own_call(language: Language, text: str,
                                                   parties: tuple[str, str]) -> None:
    assert calls(text, language) == {parties}


def test_a_call_with_one_side_and_no_speaker_is_none() -> None:
    text = "У понеділок відбулася телефонна розмова з державним секретарем США."
    assert calls(text, "uk") == set()
