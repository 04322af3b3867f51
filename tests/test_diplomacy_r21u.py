"""Issue 13, round 21U: diplomacy in Ukrainian and Russian, generalised from invented29 and
invented30 (tuning sets); each rule with sentences written for the test (other sides, names,
numbers and orders) and near-misses that must not be read."""
from __future__ import annotations

import datetime as dt

from slavic_helpers import read, stances, swaps, talks

# --- Agreements: readiness for an offer told in a clause of its own -----------------------------

def test_readiness_for_a_truce_another_side_proposed_in_a_clause_is_a_yes_uk() -> None:
    text = ("Кулеба: Україна готова до повного припинення вогню на 60 днів, яке запропонували "
            "американці, якщо Росія зробить так само.")
    assert stances(text, "uk") == [("full", "agreed", ("UA",), "US")]


def test_readiness_for_a_truce_another_side_proposed_in_a_clause_is_a_yes_ru() -> None:
    text = ("Москва готова к перемирию на 20 дней, которое предложили американцы, если Киев "
            "поступит так же.")
    assert stances(text, "ru") == [("full", "agreed", ("RU",), "US")]


def test_readiness_to_halt_on_a_condition_with_no_offer_still_proposes() -> None:
    text = "Україна готова до припинення вогню на 60 днів, якщо Росія зробить так само."
    assert stances(text, "uk") == [("full", "proposed", ("UA",), "UA")]


# --- Agreements: the words of a condition are not the speaker's answer ------------------------

def test_a_refusal_inside_the_condition_is_not_the_answer_ru() -> None:
    text = ("Лавров сказал, что Путин одобрил предложение британской стороны о 45-дневном "
            "прекращении ударов по портам в Черном море при условии, что украинская сторона "
            "откажется от атак дронами.")
    assert stances(text, "ru")[0][:3] == ("black_sea", "agreed", ("RU",))


def test_a_refusal_inside_the_condition_is_not_the_answer_uk() -> None:
    text = ("Зеленський підтримав перемир'я на морі за умови, що Росія відмовиться від ударів "
            "по портах.")
    assert stances(text, "uk") == [("sea", "agreed", ("UA",), None)]


def test_a_refusal_before_its_condition_stays_a_refusal() -> None:
    text = "Кремль отклонил перемирие на море, пока Киев не согласится на инспекции судов."
    assert stances(text, "ru")[0][:3] == ("sea", "rejected", ("RU",))


def test_approving_a_truce_is_a_yes() -> None:
    assert stances("Рада схвалила режим тиші на Великдень.", "uk")[0][1] == "agreed"
    assert stances("Словакия одобрила перемирие на море.", "ru")[0][1] == "agreed"


# --- Agreements: an act told impossible is refused; a side's adjective before an offer ---------

def test_a_truce_a_side_cannot_go_for_is_refused_ru() -> None:
    text = "Рябков: Мы не можем пойти на перемирие, пока продолжаются поставки оружия Киеву."
    assert [p[1] for p in stances(text, "ru")] == ["rejected"]


def test_a_truce_a_side_will_not_go_for_is_refused_uk() -> None:
    text = "Сибіга: Україна не піде на перемир'я, доки війська РФ стоять на нашій землі."
    assert stances(text, "uk")[0][:3] == ("full", "rejected", ("UA",))


def test_an_offer_that_cannot_be_accepted_is_refused_by_the_speaker_ru() -> None:
    text = "Захарова заявила, что украинское предложение о перемирии не может быть принято."
    assert stances(text, "ru")[0] == ("full", "rejected", ("RU",), "UA")


def test_an_offer_that_cannot_be_accepted_is_refused_uk() -> None:
    text = "Лавров заявив, що українська пропозиція перемир'я не може бути прийнята."
    assert stances(text, "uk")[0][1:] == ("rejected", ("RU",), "UA")


def test_an_offer_that_may_be_accepted_is_no_answer_yet() -> None:
    text = "Захарова заявила, что предложение о перемирии может быть принято."
    assert [p for p in stances(text, "ru") if p[1] != "proposed"] == []


# --- Exchanges: a return under a separate deal, on the same day ---------------------------------

def test_a_return_under_a_separate_deal_is_a_record_of_its_own_ru() -> None:
    text = ("12 апреля Россия и Украина обменялись пленными по формуле 120 на 120. В тот же день "
            "по отдельной договоренности домой вернулись пять жителей Брянской области, "
            "которых удерживали на Украине.")
    assert swaps(text, "ru") == [("completed", 120, 120, ("soldiers",)),
                                 ("completed", None, 5, ("civilians",))]
    assert {e.date for e in read(text, "ru")[1]} == {dt.date(2026, 4, 12)}


def test_a_return_under_a_separate_deal_is_a_record_of_its_own_uk() -> None:
    text = ("16 квітня Україна і Росія обмінялися полоненими за формулою 80 на 80. Того ж дня "
            "за окремою домовленістю до України повернулися семеро цивільних.")
    assert swaps(text, "uk") == [("completed", 80, 80, ("soldiers",)),
                                 ("completed", 7, None, ("civilians",))]
    assert {e.date for e in read(text, "uk")[1]} == {dt.date(2026, 4, 16)}


def test_a_smaller_count_with_no_deal_of_its_own_is_still_a_breakdown() -> None:
    text = ("16 квітня Україна і Росія обмінялися полоненими за формулою 80 на 80. Серед "
            "звільнених семеро цивільних.")
    assert swaps(text, "uk") == [("completed", 80, 80, ("soldiers", "civilians"))]


def test_a_swap_only_agreed_stays_agreed() -> None:
    assert swaps("Стороны договорились об обмене 300 на 300.", "ru") == [
        ("agreed", 300, 300, ("soldiers",))]


# --- Talks: a clause about the talk dates it; "проговорили по телефону" -------------------------

def test_a_clause_about_the_call_dates_it_past_long_names_uk() -> None:
    text = ("Головна тема тижня — телефонна розмова президентів Франції та України Еммануеля "
            "Макрона і Володимира Зеленського, що відбулася в понеділок, 20 квітня.")
    assert talks(text, "uk") == [("2026-04-20", "call", None, ("FR", "UA"))]


def test_a_clause_about_the_talks_dates_them_past_a_list_ru() -> None:
    text = ("Итог недели — переговоры делегаций Украины, США и России во главе с Умеровым и "
            "Мединским, которые прошли в понедельник, 13 апреля.")
    assert talks(text, "ru") == [("2026-04-13", "meeting", None, ("UA", "US", "RU"))]


def test_a_date_in_another_clause_after_the_talks_does_not_date_them() -> None:
    text = ("Переговоры делегаций Украины, США и России во главе с Умеровым и Мединским "
            "продолжаются, сообщили 13 апреля.")
    assert talks(text, "ru") == []


def test_talking_on_the_phone_for_a_while_is_a_call() -> None:
    text = "В понедельник Зеленский и Макрон проговорили по телефону почти два часа."
    assert talks(text, "ru") == [("2026-04-20", "call", None, ("UA", "FR"))]
    text = "У понеділок Зеленський і Макрон проговорили телефоном майже дві години."
    assert talks(text, "uk") == [("2026-04-20", "call", None, ("UA", "FR"))]
    assert talks("Вони проговорили до ранку про плани на літо.", "uk") == []


# --- Agreements: a proposal handed over; a pause named by its scope; what is asked is no scope --

def test_handing_over_a_proposal_proposes_uk() -> None:
    text = "Британія передала Києву й Москві пропозицію «повітряного перемир'я» на десять днів."
    assert stances(text, "uk") == [("air", "proposed", ("GB",), "GB")]


def test_sending_a_proposal_proposes_ru() -> None:
    text = "Анкара направила сторонам предложение о гуманитарной паузе на три дня."
    assert stances(text, "ru") == [("other", "proposed", ("TR",), "TR")]


def test_handing_over_a_proposal_of_no_truce_is_no_position() -> None:
    assert stances("Посол передав Києву пропозицію щодо обміну полоненими.", "uk") == []
    assert stances("Депутаты внесли предложение переименовать улицу.", "ru") == []


def test_a_pause_named_by_its_scope_is_a_truce_of_that_scope() -> None:
    text = "Кремль не раз предлагал гуманитарные паузы для эвакуации раненых."
    assert stances(text, "ru") == [("other", "proposed", ("RU",), "RU")]
    text = "Україна підтримала повітряну паузу на Різдво."
    assert stances(text, "uk")[0][:3] == ("air", "agreed", ("UA",))


def test_a_pause_with_no_scope_word_is_no_truce() -> None:
    assert stances("Україна підтримала паузу в навчальному процесі.", "uk") == []


def test_what_a_yes_insists_on_after_the_truce_is_not_its_scope_uk() -> None:
    text = "Україна погодилася на повітряну паузу, проте вимагає, аби її поширили й на порти."
    assert stances(text, "uk") == [("air", "agreed", ("UA",), None)]


def test_what_a_yes_asks_of_the_other_side_is_not_its_scope_ru() -> None:
    text = "Киев согласился на перемирие в небе, если Россия прекратит атаки на порты."
    assert stances(text, "ru") == [("air", "agreed", ("UA",), None)]


def test_a_demand_that_names_the_truce_keeps_its_scope() -> None:
    text = "Москва требует прекращения ударов по энергетике."
    assert stances(text, "ru") == [("energy_infrastructure", "proposed", ("RU",), "RU")]


# --- Agreements: an act no one took ---------------------------------------------------------------

def test_an_act_no_side_took_is_no_position() -> None:
    assert stances("Станом на п'ятницю жодна зі сторін не пропонувала перемир'я.", "uk") == []
    assert stances("Ни одна из сторон пока не объявляла перемирия.", "ru") == []
    assert stances("Никто не нарушал режим тишины, заявил Пушилин.", "ru") == []


def test_no_one_far_from_the_act_leaves_it_a_position() -> None:
    text = "Жоден із пунктів цього плану не влаштовує Москву, тож Кремль відхилив перемир'я."
    assert "rejected" in [p[1] for p in stances(text, "uk")]


# --- Exchanges: a share after a dash, past an aside and with its noun said again ---------------

def test_a_share_after_a_dash_past_an_aside_ru() -> None:
    text = ("В среду Украине были переданы тела 800 погибших; России, по данным ее Минобороны, "
            "— тела 41 военного.")
    assert swaps(text, "ru") == [("completed", 800, 41, ("bodies",))]


def test_a_share_after_a_dash_past_an_aside_uk() -> None:
    text = ("У середу Україні передали тіла 600 загиблих, Росії, як повідомили в "
            "Координаційному штабі, — 25 тіл.")
    assert swaps(text, "uk") == [("completed", 600, 25, ("bodies",))]


def test_a_number_after_a_dash_with_no_side_before_the_aside_counts_no_one() -> None:
    text = "У середу Україні передали 600 тіл, у вівторок, за даними штабу, — 25 тіл."
    assert swaps(text, "uk") == [("completed", 600, None, ("bodies",))]


# --- Agreements: hosting talks is no yes; a truce denied as an outcome ends nothing -------------

def test_a_city_that_might_host_talks_says_no_yes_to_the_truce() -> None:
    text = ("Трамп запропонував перемир'я на 20 днів. Газета пише, що Відень також «міг би "
            "прийняти» наступні переговори.")
    assert stances(text, "uk") == [("full", "proposed", ("US",), "US")]
    text = "Трамп предложил перемирие на 20 дней. Вена готова принять следующую встречу."
    assert [p[1] for p in stances(text, "ru")] == ["proposed"]


def test_accepting_the_offer_after_it_is_still_a_yes() -> None:
    text = "Трамп запропонував перемир'я на 20 днів. Київ пропозицію прийняв."
    assert stances(text, "uk") == [("full", "agreed", ("UA",), "US")]


def test_a_truce_denied_as_an_outcome_ends_nothing() -> None:
    text = "Газета зауважує: «Усі їхні зустрічі завершувалися заявами, а не перемир'ям»."
    assert stances(text, "uk") == []
    assert stances("Все их встречи заканчивались обещаниями, а не перемирием.", "ru") == []


def test_a_truce_that_ended_still_ends_and_a_denied_one_is_still_refused() -> None:
    assert stances("Перемирие закончилось в полночь.", "ru")[0][1] == "ended"
    assert stances("Путин хочет мира, а не перемирия.", "ru")[0][1] == "rejected"


# --- Agreements: what a yes demands; an announcement of an offer; questions; two sides' yeses ---

def test_a_violation_named_in_what_a_yes_demands_is_no_accusation() -> None:
    text = ("Пєсков сказав, що Москва загалом підтримує ініціативу щодо енергетичного "
            "мораторію, але вимагає, щоб удари по військових об’єктах не вважалися порушенням.")
    assert stances(text, "uk") == [("energy_infrastructure", "agreed", ("RU",), None)]


def test_a_demand_alone_still_proposes() -> None:
    text = "Киев потребовал немедленного перемирия на море."
    assert [p[1] for p in stances(text, "ru")] == ["proposed"]


def test_announcing_that_a_side_proposes_is_a_proposal() -> None:
    text = ("У четвер Блінкен оголосив, що США пропонують Києву й Москві на 45 днів "
            "утриматися від ударів по енергетиці.")
    assert stances(text, "uk") == [("energy_infrastructure", "proposed", ("US",), "US")]


def test_announcing_that_troops_will_hold_fire_still_declares() -> None:
    text = "Путин объявил, что российские войска прекратят огонь на 30 часов."
    assert stances(text, "ru") == [("full", "agreed", ("RU",), "RU")]


def test_a_question_states_no_position() -> None:
    text = "Анкара предложила перемирие на море. Кто согласился? Украина — сразу."
    assert stances(text, "ru") == [("sea", "proposed", ("TR",), "TR")]


def test_two_sides_saying_yes_on_two_days_are_two_positions() -> None:
    text = ("11 квітня Британія запропонувала мораторій на удари по енергетиці. 12 квітня "
            "Зеленський заявив, що Київ готовий виконувати мораторій. 14 квітня Пєсков сказав, "
            "що Москва підтримує цю ініціативу.")
    agreed = [p for p in stances(text, "uk") if p[1] == "agreed"]
    assert [p[2] for p in agreed] == [("UA",), ("RU",)]


def test_one_side_saying_yes_twice_is_one_position() -> None:
    text = ("12 квітня Зеленський заявив, що Київ готовий виконувати мораторій на удари по "
            "енергетиці. 14 квітня Кулеба підтвердив, що Україна підтримує мораторій.")
    assert [p[1] for p in stances(text, "uk")] == ["agreed"]


# --- Exchanges: a count of each side ------------------------------------------------------------

def test_a_count_from_each_side_is_both_sides() -> None:
    text = "6 апреля стороны обменялись 210 военнопленными с каждой стороны."
    assert swaps(text, "ru") == [("completed", 210, 210, ("soldiers",))]
    text = "6 квітня сторони обмінялися 210 полоненими з кожного боку."
    assert swaps(text, "uk") == [("completed", 210, 210, ("soldiers",))]


def test_each_side_far_from_the_count_does_not_double_it() -> None:
    text = "6 квітня Україна повернула 210 полонених, а кожна зі сторін отримала списки."
    assert swaps(text, "uk") == [("completed", 210, None, ("soldiers",))]


# --- Talks: moved from one date to another --------------------------------------------------------

def test_a_talk_moved_from_one_date_to_another_takes_the_new_one() -> None:
    text = "Встречу делегаций в Баку перенесли с 5 на 12 марта."
    assert talks(text, "ru") == [("2026-03-12", "meeting", "Baku", ())]
    text = "Раунд консультацій у Відні перенесено з 3 березня на 10 березня."
    assert talks(text, "uk") == [("2026-03-10", "meeting", "Vienna", ())]


def test_a_talk_moved_with_no_new_date_keeps_its_own() -> None:
    text = "Зустріч у Відні 3 березня перенесли, нову дату не назвали."
    assert talks(text, "uk") == [("2026-03-03", "meeting", "Vienna", ())]


# --- Agreements: an idea is a proposal ------------------------------------------------------------

def test_an_idea_of_a_truce_names_its_proposer() -> None:
    text = "Зеленський схвалив ідею Туреччини щодо перемир'я на морі."
    assert stances(text, "uk") == [("sea", "agreed", ("UA",), "TR")]
    text = "Москва отвергла идею Франции о воздушном перемирии."
    assert stances(text, "ru")[0] == ("air", "rejected", ("RU",), "FR")
