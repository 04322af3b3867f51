"""Issue 13, round 29U: who the Ukrainian and Russian reader credits each figure to, rules kept
only where they fixed claimant misses of one kind in two or more tuning sets by different
writers, or where the GUIDE states the convention (docs/reading.md, "Round 29U"). Every
sentence, name and number is made up for these tests; near-misses sit beside each rule."""
from __future__ import annotations

import datetime as dt

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 5, 6)
AIR_FORCE = "Ukrainian Air Force"
MOD = "Russian Ministry of Defence"
SES = "State Emergency Service of Ukraine"


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def claimed(text: str, language: Language) -> set[tuple]:
    """(claimant, metric, value) of every figure of the report."""
    return {(s.claimed_by, q.metric, q.value)
            for s in reading(text, language).strikes for q in s.quantities}


def attacked_by(text: str, language: Language) -> set[tuple]:
    """(claimant, attacker, metric, value) of every figure of the report."""
    return {(s.claimed_by, s.attacker, q.metric, q.value)
            for s in reading(text, language).strikes for q in s.quantities}


# ---------------------------------------------------------------------------------------------
# (a) A region's body or the rescuers give the tolls of the sentences after their own: "Оперштаб
# …: атака отражена … Пострадали трое" (two sentences on). The Air Force's and a defence
# ministry's claims still stop at a toll (the region gives that).

def test_an_operational_headquarters_gives_the_toll_two_sentences_on() -> None:
    text = ("05:20 — Оперштаб Ростовской области: атака на Таганрог отражена, уничтожены шесть "
            "беспилотников. Осколками выбиты окна в школе. Пострадали два человека, им "
            "оказана помощь.")
    assert ("Rostov Oblast operational headquarters", "injured", 2) in claimed(text, "ru")


def test_the_rescuers_give_the_toll_after_their_release() -> None:
    text = ("Про наслідки удару по Черкасах повідомили в ДСНС. Рятувальники ліквідували пожежу "
            "на складі площею 300 квадратних метрів. Окрім того, у місті відомо про двох "
            "загиблих, ще дев'ятеро людей травмовано.")
    assert claimed(text, "uk") >= {(SES, "killed", 2), (SES, "injured", 9)}


def test_the_air_force_gives_no_toll_after_its_figures() -> None:
    text = ("Повітряні сили повідомили, що вночі ворог запустив 73 ударні дрони, збито 61. "
            "Уламки впали у двох районах області. Окрім того, у місті відомо про двох "
            "загиблих.")
    assert (None, "killed", 2) in claimed(text, "uk")
    assert (AIR_FORCE, "killed", 2) not in claimed(text, "uk")


# ---------------------------------------------------------------------------------------------
# (b) An army acts in a report, it never gives its figures: "Согласно сводке, за сутки ВСУ
# выпустили …" is the summary's source (the governor before), not the Ukrainian army.

def test_an_army_that_fired_is_not_the_source_of_the_summary() -> None:
    text = ("Губернатор Курской области Алексей Смирнов опубликовал сводку за сутки. Согласно "
            "сводке, ВСУ выпустили по приграничью 86 снарядов и атаковали район 41 дроном.")
    found = attacked_by(text, "ru")
    assert ("Aleksey Smirnov", "UA", "launched", 86) in found
    assert not any(claimant == "Armed Forces of Ukraine" for claimant, *_ in found)


def test_an_army_is_no_source_in_ukrainian_either() -> None:
    text = ("За даними ДСНС, російські війська вночі випустили по Херсону 37 снарядів.")
    assert {c for c, *_ in attacked_by(text, "uk")} == {SES}


# ---------------------------------------------------------------------------------------------
# (c) The outlet's own count ("по подсчетам редакции", "за нашими підрахунками", "по подсчетам
# «Вестника»") is the outlet's figure (GUIDE: null), though it adds up what a mayor posted; a
# person's own count ("по его подсчетам") stays his.

OWN_COUNTS = [
    ("ru", "Мэр Самары Иван Орлов ночью трижды писал о сбитых дронах. Итого, по подсчетам "
           "редакции, мэр сообщил о 17 сбитых беспилотниках."),
    ("ru", "Мэр Самары Иван Орлов ночью трижды писал о сбитых дронах. Всего, по подсчетам "
           "«Волжского вестника», над городом уничтожено 17 беспилотников."),
    ("uk", "Міський голова Івано-Франківська Петро Левчук уночі тричі писав про збиті дрони. "
           "Загалом, за нашими підрахунками, над містом збито 17 дронів."),
]


def test_the_outlet_s_own_count_is_its_own() -> None:
    for language, text in OWN_COUNTS:
        assert (None, "intercepted", 17) in claimed(text, language), text


def test_a_person_s_own_count_stays_his() -> None:
    text = ("Мэр Самары Иван Орлов ночью трижды писал о сбитых дронах. Всего, по его подсчетам, "
            "над городом уничтожено 17 беспилотников.")
    assert claimed(text, "ru") == {("Ivan Orlov", "intercepted", 17)}


def test_a_governor_s_count_is_no_outlet_s() -> None:
    text = "По подсчетам губернатора Ивана Орлова, над областью сбиты 17 беспилотников."
    assert (None, "intercepted", 17) not in claimed(text, "ru")


# ---------------------------------------------------------------------------------------------
# (d) A noun that refers back to a body ("по данным ведомства", "у відомстві") is the body the
# report named last, as a source or not (a briefing's speaker named with no word of saying),
# never a governor quoted in between; a title ("губернатор сообщил", "очільник додав") is the
# person the report named last as a source, not a body named in between.

def test_the_ministry_referred_back_to_is_the_body_named_before() -> None:
    text = ("Официальный представитель Министерства обороны России Олег Сидоров провел "
            "брифинг. «За минувшие сутки средствами ПВО сбиты 93 беспилотника». Помимо "
            "этого, по данным ведомства, ночью над Курской областью перехвачены 14 дронов.")
    assert claimed(text, "ru") >= {(MOD, "intercepted", 93), (MOD, "intercepted", 14)}


def test_the_ministry_referred_back_to_is_no_governor_in_between() -> None:
    text = ("Міноборони РФ заявило, що вночі над регіонами збито 58 дронів. Губернатор "
            "Курської області Олексій Смирнов повідомив, що в Рильську пошкоджено будинок. "
            "Окрім того, у відомстві повідомили про знищення ще 6 дронів над Кримом.")
    assert (MOD, "intercepted", 6) in claimed(text, "uk")
    assert not any(c == "Aleksei Smirnov" and m == "intercepted" and v == 6
                   for c, m, v in claimed(text, "uk"))


def test_a_title_is_the_person_named_before_as_a_source() -> None:
    text = ("Губернатор Орловской области Андрей Клычков сообщил об атаке на Ливны. По данным "
            "Росавиации, в аэропорту Орла введены ограничения. Позднее губернатор уточнил, "
            "что ранены три человека.")
    assert ("Andrey Klychkov", "injured", 3) in claimed(text, "ru")


# ---------------------------------------------------------------------------------------------
# (e) The Air Force's regional commands, named in quotes or not, in both languages, are sources
# of their own (GUIDE: the first body named); their claim, like the Air Force's, stops at a toll.

AIR_COMMANDS = [
    ("uk", "Як повідомило Повітряне командування «Схід», над Дніпропетровщиною збито 7 дронів.",
     "Air Command East"),
    ("uk", "Над Житомирщиною знищено 4 крилаті ракети, повідомили у ПвК «Центр».",
     "Air Command Center"),
    ("ru", "Воздушное командование «Запад» сообщило, что над Ровенской областью сбиты 3 дрона.",
     "Air Command West"),
]


def test_an_air_command_is_its_own_source() -> None:
    for language, text, command in AIR_COMMANDS:
        assert {c for c, *_ in claimed(text, language)} == {command}, text


def test_an_air_command_gives_no_toll_after_it() -> None:
    text = ("Повітряне командування «Захід» повідомило, що над Волинню збито 5 дронів. Уламки "
            "впали на околиці Ковеля. У місті відомо про одного загиблого.")
    assert ("Air Command West", "killed", 1) not in claimed(text, "uk")


# ---------------------------------------------------------------------------------------------
# (f) The editor's note over a report ("(Обновлено в 10:20: добавлены данные губернатора …)")
# names the sources added, not the source of what follows; a line that only names the source
# after the figures still closes them.

def test_an_update_note_names_no_source_of_the_report() -> None:
    text = ("(Оновлено о 10:20: додано дані Повітряного командування «Південь» та ДСНС)\n\n"
            "Уночі Росія атакувала Україну 88 ударними дронами. Про це повідомили Повітряні "
            "сили ЗСУ.")
    assert claimed(text, "uk") == {(AIR_FORCE, "launched", 88)}


def test_a_note_later_in_the_report_is_read() -> None:
    text = ("Уночі Росія атакувала Україну 88 ударними дронами, повідомили Повітряні сили.\n\n"
            "Оновлено о 11:05. Начальник Одеської ОВА Олег Кіпер повідомив про двох "
            "поранених.")
    assert ("Oleh Kiper", "injured", 2) in claimed(text, "uk")


# ---------------------------------------------------------------------------------------------
# (g) A military administration named by its region's or city's adjective, in any case and
# spelled out or abbreviated ("Черкаська ОВА", "Черкаської обласної військової адміністрації",
# "Сумська МВА"), is a body of the region (GUIDE: the English name of the body); the head of a
# body named with his name speaks in his own name ("начальник Черкаської ОВА Ігор Табурець"),
# a spokesperson for the body.

ADMINISTRATIONS = [
    ("uk", "Черкаська ОВА повідомила, що у Смілі поранено 4 людей.",
     "Cherkasy Oblast Military Administration"),
    ("uk", "За даними Черкаської обласної військової адміністрації, у Смілі поранено 4 людей.",
     "Cherkasy Oblast Military Administration"),
    ("uk", "У Сумській міській військовій адміністрації повідомили, що поранено 4 людей.",
     "Sumy City Military Administration"),
    ("ru", "По данным Черкасской областной военной администрации, в Умани ранены 4 человека.",
     "Cherkasy Oblast Military Administration"),
]


def test_a_military_administration_is_named_by_its_region() -> None:
    for language, text, body in ADMINISTRATIONS:
        assert (body, "injured", 4) in claimed(text, language), text


def test_the_administration_gives_the_toll_after_it() -> None:
    text = ("Черкаська ОВА: уночі дрони атакували Умань. Пошкоджено два будинки. Поранено "
            "трьох людей.")
    assert claimed(text, "uk") == {("Cherkasy Oblast Military Administration", "injured", 3)}


def test_the_head_of_an_administration_speaks_in_his_own_name() -> None:
    text = ("Як повідомив начальник Черкаської обласної військової адміністрації Ігор "
            "Табурець, у Смілі поранено чотирьох людей.")
    assert ("Ihor Taburets", "injured", 4) in claimed(text, "uk")
    assert not any("Administration" in (c or "") for c, *_ in claimed(text, "uk"))


def test_a_spokesman_still_speaks_for_his_body() -> None:
    text = ("Речник Повітряних сил Юрій Ігнат повідомив, що вночі збито 23 ударні дрони.")
    assert claimed(text, "uk") == {(AIR_FORCE, "intercepted", 23)}


def test_a_word_before_an_abbreviation_that_is_no_region_names_no_body() -> None:
    text = "Представники ОВА повідомили, що в місті поранено 4 людей."
    assert not any("Military Administration" in (c or "") for c, *_ in claimed(text, "uk"))


# ---------------------------------------------------------------------------------------------
# (h) A line that only names a person by his title, with where he posted ("Губернатор Олег
# Петров.", "Мэр Иван Орлов в своем телеграм-канале.") is the source of what follows it, as a
# line that only names a body is (GUIDE); "по его словам" after it is his. A line where the
# person does something else is no source line.

def test_a_line_naming_a_governor_is_the_source_after_it() -> None:
    text = ("Губернатор Тамбовской области Евгений Первышов.\n\nГубернатор Евгений Первышов в "
            "своем телеграм-канале. По его словам, ранены два человека.")
    assert claimed(text, "ru") == {("Yevgeny Pervyshov", "injured", 2)}


def test_a_line_naming_a_governor_in_ukrainian() -> None:
    text = ("Міноборони РФ заявило про 40 збитих дронів.\n\nГубернатор Євген Первишов. За "
            "його словами, поранено двох людей.")
    found = claimed(text, "uk")
    assert (MOD, "injured", 2) not in found
    assert any(c and c.endswith("Pervyshov") and m == "injured" for c, m, _ in found)


def test_a_line_where_the_governor_acts_is_no_source_line() -> None:
    text = ("Міноборони РФ заявило про 40 збитих дронів.\n\nГубернатор Євген Первишов приїхав "
            "на місце. Уламки пошкодили 3 будинки.")
    assert not any(c and c.endswith("Pervyshov") for c, *_ in claimed(text, "uk"))


# ---------------------------------------------------------------------------------------------
# (i) "Last Saturday" ("минулої суботи", "в прошлую пятницу"): the latest such weekday before
# the report's day, a week back where the report is of that weekday. "Минулого тижня" names no
# day.

def test_last_weekday_dates_a_figure() -> None:
    from ceasefire.read.slavic.dates import sentence_date
    wednesday = dt.date(2026, 5, 6)
    assert sentence_date("Нагадаємо, минулої неділі ворог запустив 70 дронів.", "uk",
                         wednesday) == dt.date(2026, 5, 3)
    assert sentence_date("Напомним, в прошлую среду ранены двое.", "ru",
                         wednesday) == dt.date(2026, 4, 29)
    assert sentence_date("Минулого понеділка збито 12 дронів.", "uk",
                         wednesday) == dt.date(2026, 5, 4)
    assert sentence_date("Минулого тижня збито 12 дронів.", "uk", wednesday) is None


def test_last_weekday_dates_the_strike_record() -> None:
    text = "Напомним, в прошлую пятницу в Брянской области ранены два человека."
    dates = {s.date for s in reading(text, "ru").strikes if s.quantities}
    assert dates == {dt.date(2026, 5, 1)}


# ---------------------------------------------------------------------------------------------
# (j) A governor or mayor named by his office alone ("губернатор Брянской области сообщил",
# "Мэр Москвы: …") is the one in office, as the gold names him; an office of a region the
# lexicon does not list names no one.

def test_a_governor_named_by_his_office_alone() -> None:
    text = ("Вечером губернатор Брянской области сообщил о трех раненых в Клинцах.")
    assert claimed(text, "ru") == {("Alexander Bogomaz", "injured", 3)}


def test_a_mayor_as_a_label_by_his_office_alone() -> None:
    text = "Мэр Москвы: отражена атака еще пяти беспилотников, летевших на город."
    assert claimed(text, "ru") == {("Sergey Sobyanin", "intercepted", 5)}


def test_an_office_the_lexicon_does_not_list_names_no_one() -> None:
    text = "Вечером губернатор Пензенской области сообщил о трех раненых."
    assert {c for c, *_ in claimed(text, "ru")} <= {None}


# ---------------------------------------------------------------------------------------------
# (k) The words of saying in both aspects ("отчитывалось", "докладывает", "уточнював",
# "підтверджує"): a body beside an imperfective verb is the source as beside a perfective one.

IMPERFECTIVES = [
    ("ru", "Ранее Минобороны отчитывалось о 47 беспилотниках, уничтоженных над Крымом.", MOD),
    ("ru", "Минобороны докладывает о 47 беспилотниках, уничтоженных над Крымом.", MOD),
    ("uk", "У ДСНС уточнювали, що в Ізюмі загинули 3 людини.", SES),
]


def test_a_body_beside_an_imperfective_verb_of_saying_is_the_source() -> None:
    for language, text, body in IMPERFECTIVES:
        assert {c for c, *_ in claimed(text, language)} == {body}, text


def test_an_imperfective_verb_that_is_no_saying_names_no_source() -> None:
    text = "Минобороны готовится к учениям, над Крымом уничтожены 47 беспилотников."
    assert {c for c, *_ in claimed(text, "ru")} <= {None}
