"""Issue 13, round 19U, second pass: diplomacy in Ukrainian and Russian, generalised from
invented25 and invented26 (tuning sets); each rule with sentences written for the test (other
sides, names, numbers and orders) and near-misses that must not be read."""
from __future__ import annotations

from ceasefire.read.slavic.words import Language
from slavic_helpers import positions, read, stances, swaps, talks


def dated_swaps(text: str, language: Language) -> list[tuple]:
    """(date, status, to Ukraine, to Russia) of every exchange read."""
    return [(e.date.isoformat() if e.date else None, e.status, e.returned_to_ua,
             e.returned_to_ru) for e in read(text, language)[1]]


# --- Exchanges: a second count with its noun left out ------------------------------------------

def test_a_count_after_a_dash_is_the_dative_sides_share_ru() -> None:
    text = "Россия передала Украине 620 тел, российской стороне — 28."
    assert swaps(text, "ru") == [("completed", 620, 28, ("bodies",))]


def test_a_count_after_a_dash_is_the_dative_sides_share_uk() -> None:
    text = "Росії передали 51 тіло загиблих, Україні — 480."
    assert swaps(text, "uk") == [("completed", 480, 51, ("bodies",))]


def test_a_subject_after_a_dash_hands_over_as_the_verb_says_uk() -> None:
    text = "Україна передала 95 військовополонених, а Росія — 95."
    assert swaps(text, "uk") == [("completed", 95, 95, ("soldiers",))]


def test_a_number_after_a_dash_with_no_side_before_it_counts_no_one() -> None:
    text = "Украине передано 412 тел погибших военных, к утру пятницы — ещё 6."
    assert swaps(text, "ru") == [("completed", 412, None, ("bodies",))]


# --- Exchanges: a side that opens the sentence, a side in a clause about the people ------------

def test_a_dative_side_opening_the_sentence_gets_the_people_uk() -> None:
    text = ("Україні передали тіла 700 загиблих. "
            "Росії, за словами омбудсмена, передали 33 тіла.")
    assert swaps(text, "uk") == [("completed", 700, 33, ("bodies",))]


def test_a_nominative_side_opening_the_sentence_hands_over_ru() -> None:
    text = "Россия, по данным омбудсмена, передала 33 тела погибших военных."
    assert swaps(text, "ru") == [("completed", 33, None, ("bodies",))]


def test_a_side_in_a_clause_about_the_people_neither_gives_nor_gets_ru() -> None:
    text = ("В ходе обмена домой вернулись пятеро жителей Брянской области, "
            "которых украинские военные задержали в прошлом году.")
    assert swaps(text, "ru") == [("completed", None, 5, ("civilians",))]


def test_a_side_in_the_main_clause_still_gets_them_back_uk() -> None:
    text = "Під час обміну Україна повернула шістьох мешканців Харківщини."
    assert swaps(text, "uk") == [("completed", 6, None, ("civilians",))]


# --- Exchanges: a whole told by its formula beside "in all" -------------------------------------

def test_a_whole_by_formula_is_no_running_total_uk() -> None:
    text = "Загалом сторони домовилися про обмін за формулою 500 на 500."
    assert swaps(text, "uk") == [("agreed", 500, 500, ("soldiers",))]


def test_a_running_total_stays_none_ru() -> None:
    text = "Всего с начала войны из плена удалось вернуть 4 800 человек."
    assert swaps(text, "ru") == []


# --- Exchanges: stages, the deal and the swap done -----------------------------------------------

def test_a_stage_is_a_record_of_its_own_not_a_breakdown_ru() -> None:
    text = ("Стороны договорились об обмене по формуле 600 на 600. "
            "Второй этап: 250 на 250 военнопленных.")
    assert swaps(text, "ru") == [("agreed", 600, 600, ("soldiers",)),
                                 ("completed", 250, 250, ("soldiers",))]


def test_a_smaller_count_without_a_stage_word_stays_a_breakdown_uk() -> None:
    text = ("Україна і Росія обмінялися полоненими за формулою 200 на 200. "
            "Серед звільнених — 20 поранених захисників.")
    assert swaps(text, "uk") == [("completed", 200, 200, ("soldiers", "wounded"))]


def test_a_deal_and_its_completion_on_another_day_are_two_records_uk() -> None:
    text = ("12 квітня сторони домовилися про обмін 600 на 600. "
            "18 квітня Коордштаб підтвердив, що обмін 600 на 600 завершено.")
    assert dated_swaps(text, "uk") == [("2026-04-12", "agreed", 600, 600),
                                       ("2026-04-18", "completed", 600, 600)]


def test_the_same_swap_told_twice_on_one_day_is_one_record_ru() -> None:
    text = ("12 апреля стороны провели обмен 600 на 600. "
            "12 апреля в Минобороны подтвердили, что обмен 600 на 600 завершен.")
    assert dated_swaps(text, "ru") == [("2026-04-12", "completed", 600, 600)]


# --- A chronicle: day headings on lines of their own --------------------------------------------

CHRONICLE_RU = ("Вторник, 14 апреля\n"
                "Первый этап обмена: Россия и Украина передали друг другу по 150 человек.\n"
                "Четверг, 16 апреля\n"
                "Второй этап: 120 на 120 военнопленных.\n"
                "Пятница, 17 апреля\n"
                "Офис Эрдогана сообщил, что лидер Турции провел телефонный разговор с Путиным.")


def test_weekday_headings_on_their_own_lines_date_the_stages_below_ru() -> None:
    assert dated_swaps(CHRONICLE_RU, "ru") == [("2026-04-14", "completed", 150, 150),
                                               ("2026-04-16", "completed", 120, 120)]


def test_weekday_headings_on_their_own_lines_date_a_call_below_ru() -> None:
    assert talks(CHRONICLE_RU, "ru") == [("2026-04-17", "call", None, ("TR", "RU"))]


def test_one_date_line_alone_is_no_chronicle_uk() -> None:
    text = ("Четвер, 16 квітня\n"
            "Офіс президента повідомив про телефонну розмову Зеленського з Макроном.")
    assert talks(text, "uk") == []  # no date of its own: not identified


# --- Talks: a verb of telling before "о"/"про" reports a talk held ------------------------------

def test_a_talk_told_of_is_held_uk() -> None:
    text = ("У понеділок, 20 квітня, Офіс президента повідомив про телефонну розмову "
            "Зеленського з Трампом.")
    assert talks(text, "uk") == [("2026-04-20", "call", None, ("UA", "US"))]


def test_a_talk_told_of_is_held_ru() -> None:
    text = "В Кремле 20 апреля рассказали о телефонном разговоре Путина и Трампа."
    assert talks(text, "ru") == [("2026-04-20", "call", None, ("RU", "US"))]


def test_talks_as_a_topic_after_a_noun_stay_none_ru() -> None:
    text = "20 апреля вышла статья о переговорах Путина и Трампа."
    assert talks(text, "ru") == []


# --- Agreements: weapons told in another clause do not scope the truce --------------------------

def test_drones_after_the_truce_ended_leave_it_full_uk() -> None:
    text = "Режим тиші закінчився, і вже вночі Росія знову запустила по Україні дрони."
    assert positions(text, "uk") == [("full", "ended", ())]


def test_the_sky_beside_the_truce_still_scopes_it_uk() -> None:
    text = "Сторони домовилися про перемир'я в повітрі."
    assert positions(text, "uk") == [("air", "agreed", ())]


def test_the_sky_in_the_truces_own_clause_scopes_it_ru() -> None:
    text = "Перемирие в небе закончилось, после чего Россия атаковала Харьков ракетами."
    assert positions(text, "ru")[0][:2] == ("air", "ended")


# --- Agreements: who broke it, each side's accusation -------------------------------------------

def test_the_nominative_side_before_violating_broke_it_ru() -> None:
    text = "Российские подразделения за сутки 300 раз нарушили перемирие, сообщили в Киеве."
    assert positions(text, "ru") == [("full", "violated", ("RU",))]


def test_the_subject_of_violating_broke_it_not_the_speaker_ru() -> None:
    text = ("Минобороны России заявило, что в ходе его действия украинские подразделения 90 раз "
            "нарушили режим тишины.")
    assert positions(text, "ru") == [("full", "violated", ("UA",))]


def test_the_subject_of_violating_broke_it_not_the_speaker_uk() -> None:
    text = ("Міноборони Росії заявило, що протягом доби українські підрозділи 90 разів порушили "
            "режим тиші.")
    assert positions(text, "uk") == [("full", "violated", ("UA",))]


def test_a_side_after_a_preposition_did_not_break_it_uk() -> None:
    text = "Росія порушила перемир'я на кордоні з Україною."
    assert positions(text, "uk") == [("full", "violated", ("RU",))]


def test_each_side_accusing_the_other_gives_two_records_ru() -> None:
    text = ("Киев обвинил Москву в нарушении перемирия. "
            "Москва в ответ обвинила Киев в срыве режима тишины.")
    assert positions(text, "ru") == [("full", "violated", ("RU",)),
                                     ("full", "violated", ("UA",))]


def test_one_side_accused_twice_is_one_record_uk() -> None:
    text = ("Київ звинуватив Росію в порушенні перемир'я. "
            "Пізніше Київ знову звинуватив Росію в порушеннях.")
    assert positions(text, "uk") == [("full", "violated", ("RU",))]


# --- Agreements: a truce described as declared, then ended ---------------------------------------

def test_a_truce_declared_in_its_description_then_ended_ru() -> None:
    text = "Перемирие, объявленное Россией на Пасху, закончилось в понедельник."
    assert positions(text, "ru") == [("full", "agreed", ("RU",)), ("full", "ended", ("RU",))]


def test_a_truce_declared_in_a_relative_clause_then_ended_uk() -> None:
    text = "Перемир'я, яке Україна оголосила 18 квітня, завершилося опівночі."
    found = read(text, "uk")[0]
    assert [(a.status, tuple(a.parties), a.proposed_by, a.date.isoformat() if a.date else None)
            for a in found] == [("agreed", ("UA",), "UA", "2026-04-18"),
                                ("ended", ("UA",), "UA", "2026-04-22")]


def test_an_end_with_no_declaring_side_is_one_record_ru() -> None:
    text = "Перемирие закончилось в понедельник, заявили в Кремле."
    assert positions(text, "ru") == [("full", "ended", ())]


def test_a_sides_own_truce_and_a_yes_to_another_offer_are_two_records_uk() -> None:
    text = ("Росія оголосила перемир'я на три дні. "
            "Україна погодилася на запропоноване Туреччиною припинення вогню.")
    assert positions(text, "uk") == [("full", "agreed", ("RU",)), ("full", "agreed", ("UA",))]


# --- Agreements: accusations of each other, the writers' own view, readiness to discuss ---------

def test_sides_accusing_each_other_with_no_side_named_is_no_position_uk() -> None:
    text = "Такі перемир'я вже укладали, але сторони щоразу звинувачували одна одну в їх порушенні."
    assert positions(text, "uk") == []


def test_named_sides_accusing_each_other_still_violated_ru() -> None:
    text = "Россия и Украина обвинили друг друга в нарушении пасхального перемирия."
    assert positions(text, "ru") == [("full", "violated", ("RU", "UA"))]


def test_the_writers_own_appraisal_is_no_position_ru() -> None:
    assert positions("Мы расцениваем слова министра как отказ от перемирия.", "ru") == []


def test_the_writers_own_appraisal_is_no_position_uk() -> None:
    assert positions("Ми оцінюємо цю заяву як відмову від припинення вогню.", "uk") == []


def test_ready_to_discuss_a_truce_of_its_own_is_a_proposal_ru() -> None:
    text = "Киев готов обсудить гуманитарное перемирие в районе Купянска."
    assert positions(text, "ru") == [("other", "proposed", ("UA",))]


def test_ready_to_discuss_a_truce_of_its_own_is_a_proposal_uk() -> None:
    assert positions("Москва готова обговорити режим тиші навколо АЕС.", "uk") == \
        [("full", "proposed", ("RU",))]


def test_ready_to_discuss_another_sides_offer_only_weighs_it_uk() -> None:
    assert positions("Київ готовий обговорити пропозицію Туреччини щодо перемир'я.", "uk") == []


def test_ready_to_discuss_a_settlement_rather_than_a_truce_proposes_none_ru() -> None:
    text = "Москва готова обсуждать «мирный договор», а не «паузы в ударах»."
    assert all(status != "proposed" for _scope, status, _parties in positions(text, "ru"))


# --- Agreements and talks: an act told as possible is none ----------------------------------------

def test_a_truce_that_could_be_brought_in_is_no_declaration_uk() -> None:
    text = "Київ пропонує перемир'я на морі. Його можна запровадити вже в неділю."
    assert positions(text, "uk") == [("sea", "proposed", ("UA",))]


def test_a_truce_that_could_be_declared_is_no_position_ru() -> None:
    assert positions("Москва могла бы объявить перемирие на Пасху.", "ru") == []


def test_a_truce_declared_is_still_a_position_ru() -> None:
    assert positions("Москва объявила перемирие на Пасху.", "ru") == [("full", "agreed", ("RU",))]


def test_a_meeting_that_could_be_held_is_no_talk_uk() -> None:
    assert talks("Зустріч можна провести 5 травня в Стамбулі.", "uk") == []


# --- Agreements: the sky scopes a truce named in the sentence before --------------------------

def test_quiet_in_the_sky_after_a_truce_sentence_is_air_uk() -> None:
    text = "Сторони обговорили перемир'я. Україна пропонує тишу в небі."
    assert positions(text, "uk") == [("air", "proposed", ("UA",))]


def test_quiet_in_the_sky_and_at_sea_after_a_truce_sentence_ru() -> None:
    text = "Стороны обсуждали перемирие. Украина предлагает тишину в небе и на море."
    assert positions(text, "ru") == [("air_and_sea", "proposed", ("UA",))]


# --- Talks: a unit after a qualifier counts one ------------------------------------------------

def call_hours(text: str, language: Language) -> list[float | None]:
    return [t.duration_hours for t in read(text, language)[2]]


def test_almost_an_hour_is_an_hour_uk() -> None:
    text = ("У вівторок, 21 квітня, Зеленський і Макрон провели телефонну розмову. "
            "Розмова тривала майже годину.")
    assert call_hours(text, "uk") == [1.0]


def test_more_than_an_hour_is_an_hour_ru() -> None:
    text = "21 апреля состоялся телефонный разговор Путина и Трампа, он длился более часа."
    assert call_hours(text, "ru") == [1.0]


def test_about_one_at_night_is_an_hour_of_the_day_ru() -> None:
    text = "21 апреля состоялся телефонный разговор Путина и Трампа около часа ночи."
    assert call_hours(text, "ru") == [None]


def test_a_count_before_the_unit_still_counts_uk() -> None:
    text = ("21 квітня відбулася телефонна розмова Зеленського і Трампа, "
            "вона тривала понад дві години.")
    assert call_hours(text, "uk") == [2.0]


# --- Agreements: a seat of government, the Black Sea on the table, a proposal to both sides -----

def test_a_capital_opening_the_sentence_is_its_government_ru() -> None:
    text = "Катар предложил прекращение огня. В Москве предложение отклонили."
    assert stances(text, "ru") == [("full", "proposed", ("QA",), "QA"),
                                   ("full", "rejected", ("RU",), "QA")]


def test_a_capital_opening_the_sentence_is_its_government_uk() -> None:
    text = "Катар запропонував перемир'я. У Києві пропозицію підтримали."
    assert stances(text, "uk") == [("full", "agreed", ("UA",), "QA")]


def test_the_sea_of_an_answer_is_the_black_sea_on_the_table_ru() -> None:
    text = "Турция предложила перемирие в Черном море. Украина поддержала идею морского перемирия."
    assert stances(text, "ru") == [("black_sea", "agreed", ("UA",), "TR")]


def test_the_sea_stays_the_sea_with_no_black_sea_before_uk() -> None:
    text = "Сторони обговорили перемир'я на морі. Україна підтримала ідею морського перемир'я."
    assert stances(text, "uk") == [("sea", "agreed", ("UA",), None)]


def test_a_proposal_to_both_sides_stays_beside_one_sides_yes_ru() -> None:
    text = "Турция предложила Украине и России перемирие на 20 дней. Украина предложение приняла."
    assert stances(text, "ru") == [("full", "proposed", ("TR",), "TR"),
                                   ("full", "agreed", ("UA",), "TR")]


def test_a_proposal_to_the_sides_stays_beside_one_sides_yes_uk() -> None:
    text = "Туреччина запропонувала сторонам перемир'я на 20 днів. Україна пропозицію підтримала."
    assert stances(text, "uk") == [("full", "proposed", ("TR",), "TR"),
                                   ("full", "agreed", ("UA",), "TR")]


def test_a_request_to_one_side_folds_into_its_yes_ru() -> None:
    text = "Трамп попросил Путина о перемирии на 20 дней. Путин предложение принял."
    assert stances(text, "ru") == [("full", "agreed", ("RU",), "US")]


def test_the_agent_after_a_participle_of_declaring_declared_it_ru() -> None:
    text = "В Киеве объявленное Москвой перемирие назвали уловкой."
    assert stances(text, "ru") == [("full", "agreed", ("RU",), "RU")]


# --- Agreements: asked to declare, the words after a truce, the side a truce is offered to ------

def test_proposing_to_declare_a_truce_is_a_proposal_ru() -> None:
    text = "Киев предложил объявить перемирие на отдельных участках фронта."
    assert stances(text, "ru") == [("other", "proposed", ("UA",), "UA")]


def test_proposing_to_declare_a_truce_is_a_proposal_uk() -> None:
    text = "Москва запропонувала оголосити перемир'я на Великдень."
    assert stances(text, "uk") == [("full", "proposed", ("RU",), "RU")]


def test_declaring_a_truce_is_still_agreed_uk() -> None:
    text = "Москва оголосила перемир'я на Великдень."
    assert stances(text, "uk") == [("full", "agreed", ("RU",), "RU")]


def test_sections_of_the_front_further_along_the_truces_clause_scope_it_ru() -> None:
    text = ("Москва предложила перемирие на три дня на отдельных участках фронта "
            "для эвакуации раненых.")
    assert stances(text, "ru") == [("other", "proposed", ("RU",), "RU")]


def test_sections_of_the_front_in_another_sentence_do_not_scope_it_uk() -> None:
    text = ("Україна запропонувала перемир'я на 5 днів. "
            "Загалом на окремих ділянках фронту тривають бої.")
    assert stances(text, "uk") == [("full", "proposed", ("UA",), "UA")]


def test_the_side_a_truce_is_offered_to_takes_no_part_ru() -> None:
    text = "Украина предложила Российской стороне прекращение огня на 20 дней."
    assert stances(text, "ru") == [("full", "proposed", ("UA",), "UA")]


def test_the_side_a_truce_is_offered_to_takes_no_part_uk() -> None:
    text = "Україна запропонувала Росії припинення вогню на 20 днів."
    assert stances(text, "uk") == [("full", "proposed", ("UA",), "UA")]


# --- Agreements: a participle of declaring before the truce, the side "з боку" ------------------

def test_a_truce_declared_by_a_participle_before_it_then_ended_uk() -> None:
    text = "Оголошене Росією перемир'я завершилося опівночі."
    assert stances(text, "uk") == [("full", "agreed", ("RU",), "RU"),
                                   ("full", "ended", ("RU",), "RU")]


def test_a_truce_declared_by_a_participle_before_it_then_ended_ru() -> None:
    text = "Объявленное Москвой перемирие закончилось в полночь."
    assert stances(text, "ru") == [("full", "agreed", ("RU",), "RU"),
                                   ("full", "ended", ("RU",), "RU")]


def test_the_side_after_by_broke_the_truce_uk() -> None:
    text = "Генштаб зафіксував 200 порушень перемир'я з боку Росії."
    assert positions(text, "uk") == [("full", "violated", ("RU",))]


def test_the_side_after_by_broke_the_truce_ru() -> None:
    text = "Минобороны России заявило о 300 нарушениях со стороны ВСУ режима тишины."
    assert positions(text, "ru") == [("full", "violated", ("UA",))]
