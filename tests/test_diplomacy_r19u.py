"""Issue 13, round 19U: diplomacy in Ukrainian and Russian, generalised from invented25 and
invented26 (both tuning sets now); each rule with sentences written for the test (other sides,
names, numbers and orders) and near-misses that must not be read."""
from __future__ import annotations

from ceasefire.read.slavic.words import Language
from slavic_helpers import positions, read, swaps


def talks(text: str, language: Language) -> list[tuple]:
    """(date, kind, place, parties, hours) of every talk read, in the text's order."""
    return [(t.date.isoformat() if t.date else None, t.kind, t.place, tuple(t.parties),
             t.duration_hours) for t in read(text, language)[2]]


# --- Exchanges: counts in thousands, a readiness to hand over ----------------------------------

def test_digits_before_a_word_of_thousands_count_thousands_uk() -> None:
    text = "Росія передала Україні 2 тисячі тіл полеглих захисників."
    assert swaps(text, "uk") == [("completed", 2000, None, ("bodies",))]


def test_a_decimal_before_a_word_of_thousands_ru() -> None:
    text = "Украина получила 1,5 тысячи тел погибших военных."
    assert swaps(text, "ru") == [("completed", 1500, None, ("bodies",))]


def test_digits_before_another_word_stay_as_they_are() -> None:
    text = "Росія передала Україні 212 тіл полеглих захисників."
    assert swaps(text, "uk") == [("completed", 212, None, ("bodies",))]


def test_a_stated_readiness_to_hand_over_is_announced_ru() -> None:
    text = "Российская сторона заявила о готовности передать Украине 3 тысячи тел погибших."
    assert swaps(text, "ru") == [("announced", 3000, None, ("bodies",))]


def test_a_stated_readiness_to_hand_over_is_announced_uk() -> None:
    text = "Київ підтвердив готовність передати Росії 40 тіл загиблих військових."
    assert swaps(text, "uk") == [("announced", None, 40, ("bodies",))]


# --- Talks: a length in two units, compound sides, a set meeting, a question, a conversation ---

def test_a_length_in_hours_and_minutes_is_their_sum_ru() -> None:
    text = "Переговоры в Анкаре 20 апреля продлились 2 часа 15 минут."
    assert talks(text, "ru") == [("2026-04-20", "meeting", "Ankara", (), 2.25)]


def test_a_length_in_hours_and_minutes_is_their_sum_uk() -> None:
    text = "Зустріч у Женеві 19 квітня тривала три години і тридцять хвилин."
    assert talks(text, "uk") == [("2026-04-19", "meeting", "Geneva", (), 3.5)]


def test_a_compound_adjective_names_the_sides_that_talk_ru() -> None:
    text = "В понедельник в Дохе прошли американо-российские консультации."
    assert talks(text, "ru") == [("2026-04-20", "meeting", "Doha", ("US", "RU"), None)]


def test_a_compound_adjective_names_the_sides_that_talk_uk() -> None:
    text = "Українсько-турецькі переговори відбулися в Анкарі 17 квітня."
    assert talks(text, "uk") == [("2026-04-17", "meeting", "Ankara", ("UA", "TR"), None)]


def test_a_compound_of_other_words_names_no_side() -> None:
    text = "Військово-політичні переговори відбулися в Анкарі 17 квітня."
    assert talks(text, "uk") == [("2026-04-17", "meeting", "Ankara", (), None)]


def test_a_meeting_the_sides_agreed_to_hold_is_set_ru() -> None:
    text = "Министры Украины и Турции договорились о встрече в Анкаре."
    assert talks(text, "ru") == [(None, "meeting", "Ankara", ("UA", "TR"), None)]


def test_a_meeting_the_sides_agreed_to_hold_is_set_uk() -> None:
    text = "Лідери США та Росії домовилися про зустріч у Будапешті."
    assert talks(text, "uk") == [(None, "meeting", "Budapest", ("US", "RU"), None)]


def test_a_meeting_spoken_about_is_still_a_topic() -> None:
    text = "Делегати України та Польщі сперечалися про зустріч у Будапешті."
    assert talks(text, "uk") == []


def test_a_question_with_only_a_place_sets_no_talk_ru() -> None:
    text = "— Когда возобновятся переговоры в Стамбуле?"
    assert talks(text, "ru") == []


def test_a_question_with_a_date_still_tells_the_talk_uk() -> None:
    text = "— Чи правда, що зустріч у Стамбулі 20 квітня тривала три години?"
    assert talks(text, "uk") == [("2026-04-20", "meeting", "Istanbul", (), 3)]


def test_a_conversation_of_two_leaders_is_a_call_ru() -> None:
    text = ("Во вторник состоялся разговор Эммануэля Макрона и Владимира Зеленского. "
            "Разговор длился около часа.")
    # "около часа" is an hour (round 19U's second pass: a unit after a qualifier counts one)
    assert talks(text, "ru") == [("2026-04-21", "call", None, ("FR", "UA"), 1.0)]


def test_a_conversation_with_a_leader_is_a_call_uk() -> None:
    text = "Вчора відбулася розмова Володимира Зеленського з президентом Дональдом Трампом."
    assert talks(text, "uk") == [("2026-04-21", "call", None, ("UA", "US"), None)]


def test_a_conversation_at_a_place_is_no_call() -> None:
    text = "Вчора в Парижі відбулася розмова Володимира Зеленського з Еммануелем Макроном."
    assert [t[1] for t in talks(text, "uk")] != ["call"]


def test_a_conversation_about_something_is_no_call() -> None:
    text = "Вчора відбулася розмова про мобілізацію з Володимиром Зеленським."
    assert talks(text, "uk") == []


# --- Truce positions: a whole truce, a yes or no to another act ---------------------------------

def test_a_whole_truce_is_full_whatever_weapons_are_named_ru() -> None:
    text = "Украина после атак беспилотников вновь предложила полное прекращение огня."
    assert positions(text, "ru") == [("full", "proposed", ("UA",))]


def test_a_whole_truce_is_full_after_a_sentence_of_missiles_uk() -> None:
    text = ("Росія порушила режим тиші ракетами. "
            "Україна знову запропонувала повне припинення вогню на 60 днів.")
    assert positions(text, "uk")[-1] == ("full", "proposed", ("UA",))


def test_a_whole_truce_narrowed_beside_it_keeps_its_scope() -> None:
    # (readiness with no offer told before is the side's own proposal: round 31U)
    text = "Україна готова до повного припинення вогню в повітрі та на морі."
    assert positions(text, "uk") == [("air_and_sea", "proposed", ("UA",))]


def test_weapons_alone_still_scope_a_truce() -> None:
    text = "Україна запропонувала припинення вогню в небі."
    assert positions(text, "uk") == [("air", "proposed", ("UA",))]


def test_declining_to_comment_is_no_refusal_ru() -> None:
    text = "В правительстве Венгрии комментировать слухи о перемирии отказались."
    assert positions(text, "ru") == []


def test_declining_to_comment_is_no_refusal_uk() -> None:
    text = "У Кремлі відмовилися коментувати повідомлення про перемир'я."
    assert positions(text, "uk") == []


def test_agreeing_to_go_on_talking_is_no_yes_to_the_truce() -> None:
    text = "Перемир'я обговорили. Сторони домовилися продовжити консультації."
    assert positions(text, "uk") == []


def test_refusing_to_stop_firing_is_a_refusal() -> None:
    text = "Москва відмовилася припинити вогонь."
    assert positions(text, "uk") == [("full", "rejected", ("RU",))]


def test_agreeing_to_observe_a_truce_is_a_yes() -> None:
    text = "Киев согласился соблюдать перемирие."
    assert positions(text, "ru") == [("full", "agreed", ("UA",))]


# --- A readiness to halt if the other side does the same: the speaker's offer -------------------

def test_ready_to_halt_if_the_other_side_halts_is_an_offer_uk() -> None:
    text = "Україна готова не атакувати російські порти, якщо Росія припинить удари по Одесі."
    assert positions(text, "uk") == [("sea", "proposed", ("UA",))]


def test_ready_to_halt_as_soon_as_the_other_side_does_is_an_offer_ru() -> None:
    text = "Москва готова прекратить удары по энергетике, как только Украина поступит так же."
    assert positions(text, "ru") == [("energy_infrastructure", "proposed", ("RU",))]


def test_ready_for_someone_elses_offer_on_a_condition_is_a_yes() -> None:
    text = "Україна готова до перемир'я, запропонованого Туреччиною, якщо Росія зробить так само."
    assert positions(text, "uk") == [("full", "agreed", ("UA",))]


def test_ready_with_no_condition_is_a_yes() -> None:
    # a yes to the offer told before it (with none, the side's own proposal: round 31U)
    text = ("Туреччина запропонувала перемир'я на Великдень. "
            "Україна готова до перемир'я на Великдень.")
    assert ("full", "agreed", ("UA",)) in positions(text, "uk")


def test_ready_with_no_offer_told_before_is_a_proposal() -> None:
    text = "Україна готова до перемир'я на Великдень."
    assert [p[1] for p in positions(text, "uk")] == ["proposed"]
