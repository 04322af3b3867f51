"""Issue 13, round 28U: which places a strike in a Ukrainian or Russian report hit and which
kinds of target, rules kept only where they fixed misses of one kind in two or more tuning sets
by different writers, or where the GUIDE states the convention (docs/reading.md, "Round 28U").
Every sentence, name and number is made up for these tests; near-misses sit beside each rule."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 5, 6)


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def targets(text: str, language: Language) -> set[tuple]:
    """(attacker, kind of target) of every strike record of the report."""
    return {(s.attacker, t) for s in reading(text, language).strikes for t in s.target_types}


def places(text: str, language: Language) -> set[str]:
    return {p.name for s in reading(text, language).strikes for p in s.places}


# ---------------------------------------------------------------------------------------------
# (a) Kinds of target named only in talk of strikes in general: a truce's terms ("відмова від
# ударів по енергетиці"), a demand ("прекратить удары по НПЗ"), a general statement. GUIDE: a
# strike with no figure, no date and no place is no record, so those kinds are no one's.

GENERAL_TALK = [
    ("uk", "Сторони погодилися на взаємну відмову від ударів по підстанціях і теплоелектростанціях "
           "на сорок днів."),
    ("uk", "Прем'єр заявив, що Москва має утриматися від ударів по портах і залізниці."),
    ("uk", "Експерти кажуть, що зимові удари по енергосистемі зачіпають цілі області."),
    ("ru", "Посредник предложил обеим сторонам отказаться от ударов по объектам энергетики на "
           "месяц."),
    ("ru", "Советник сказал, что Киев должен прекратить удары по нашим нефтебазам и портам."),
]


@pytest.mark.parametrize(("language", "text"), GENERAL_TALK)
def test_targets_in_talk_of_strikes_in_general_are_no_record(language: Language,
                                                               text: str) -> None:
    assert targets(text, language) == set()


DONE_OR_DATED = [
    ("ru", "По данным ведомства, армия нанесла массированный удар по объектам энергетики и "
           "военным аэродромам противника.", "energy"),
    ("uk", "За даними аналітиків, останній великий удар по енергосистемі був 9 березня.",
     "energy"),
    ("uk", "Уночі ворог атакував підстанцію, пошкоджено обладнання.", "energy"),
]


@pytest.mark.parametrize(("language", "text", "kind"), DONE_OR_DATED)
def test_a_strike_told_as_done_or_dated_keeps_its_targets(language: Language, text: str,
                                                          kind: str) -> None:
    assert kind in {t for _, t in targets(text, language)}


def test_bare_targets_join_the_record_of_their_attacker() -> None:
    text = ("Уночі Росія атакувала Черкаси 17 дронами. "
            "Унаслідок атаки знеструмлено кілька вулиць, а енергетики вже відновлюють мережу.")
    assert ("RU", "energy") in targets(text, "uk")


# ---------------------------------------------------------------------------------------------
# (b) A town named in the plural, in another case ("в Ливнах", "в Грязях"), where pymorphy3's
# dictionary form is a common noun's singular (ливень, грязь): looked up by its plural
# nominative. A plural common noun at a sentence's start names no town.

PLURAL_TOWNS = [
    ("ru", "Ночью в Ливнах обломками беспилотника повреждена крыша гаража.", "Livny"),
    ("ru", "В Грязях обломки упали на территорию котельной.", "Gryazi"),
    ("ru", "Губернатор сообщил, что в Выселках после атаки дрона загорелся склад.", "Vyselki"),
]


@pytest.mark.parametrize(("language", "text", "town"), PLURAL_TOWNS)
def test_a_town_named_in_the_plural(language: Language, text: str, town: str) -> None:
    assert town in places(text, language)


def test_a_plural_common_noun_is_no_town() -> None:
    assert places("Складах и гаражах обломки повредили крыши, сообщил глава района.",
                  "ru") == set()


# ---------------------------------------------------------------------------------------------
# (c) The building of an administration or a council, with adjectives between the building's
# noun and the body's ("здание поселковой администрации", "будівлю селищної ради"), is a
# government target; the body that speaks ("Глава районной администрации сообщил",
# "Сільська рада повідомила") is none.

GOVERNMENT_BUILDINGS = [
    ("ru", "В Рыльске ночью беспилотник повредил здание поселковой администрации."),
    ("ru", "Обломки дрона упали возле здания сельского совета, выбиты стекла."),
    ("uk", "У Ромнах уламки пошкодили будівлю селищної ради та два автомобілі."),
    ("uk", "Внаслідок удару по Сумах зруйновано приміщення районної державної адміністрації."),
]


@pytest.mark.parametrize(("language", "text"), GOVERNMENT_BUILDINGS)
def test_a_council_or_administration_building_is_a_government_target(language: Language,
                                                                      text: str) -> None:
    assert "government" in {t for _, t in targets(text, language)}


BODIES_SPEAKING = [
    ("ru", "Глава Рыльской районной администрации сообщил, что в Рыльске повреждены три дома."),
    ("uk", "Сільська рада повідомила, що у Ромнах пошкоджено два приватні будинки."),
]


@pytest.mark.parametrize(("language", "text"), BODIES_SPEAKING)
def test_a_body_that_speaks_is_no_target(language: Language, text: str) -> None:
    assert "government" not in {t for _, t in targets(text, language)}


# ---------------------------------------------------------------------------------------------
# (d) Homes named by their storeys ("п'ятиповерхівка", "шістнадцятиповерхівка", "девятиэтажка",
# any number: the lexicon's ending "-поверхівка" / "-этажка") or as a farmstead, a high-rise, a
# new-build ("садиба", "висотка", "новостройка") are residential.

HOMES = [
    ("uk", "У Ніжині вибуховою хвилею пошкоджено дві шістнадцятиповерхівки."),
    ("uk", "Уламки ракети впали біля чотириповерхівки, вибито вікна."),
    ("uk", "У селі Дубки горіла садиба, постраждалих немає."),
    ("ru", "В Шахтах обломками повреждены окна двенадцатиэтажки."),
    ("ru", "В Азове после атаки дрона загорелась усадьба на окраине."),
    ("ru", "В Батайске повреждена новостройка на улице Мира."),
]


@pytest.mark.parametrize(("language", "text"), HOMES)
def test_homes_by_their_storeys_and_farmsteads_are_residential(language: Language,
                                                                text: str) -> None:
    assert "residential" in {t for _, t in targets(text, language)}


def test_a_storey_count_of_a_plant_is_no_home() -> None:
    assert "residential" not in {t for _, t in targets(
        "У Ніжині уламки пошкодили триповерховий корпус заводу.", "uk")}


# ---------------------------------------------------------------------------------------------
# (e) Catching fire ("загорелся", "загорівся", "спалахнула") is a word of damage: the kinds of
# target of its sentence count. A fire only forecast in a general statement does not.

CAUGHT_FIRE = [
    ("ru", "В Шахтах после падения обломков загорелась нефтебаза.", "energy"),
    ("ru", "Под Азовом от попадания дрона загорелся цех предприятия.", "other"),
    ("uk", "У Ніжині після удару загорівся склад, вогонь локалізовано.", "other"),
    ("uk", "У Ромнах спалахнула підстанція, частина міста без світла.", "energy"),
]


@pytest.mark.parametrize(("language", "text", "kind"), CAUGHT_FIRE)
def test_catching_fire_is_a_word_of_damage(language: Language, text: str, kind: str) -> None:
    assert kind in {t for _, t in targets(text, language)}


def test_fire_in_a_general_statement_is_no_damage() -> None:
    assert targets("Эксперты говорят, что нефтебазы регулярно загораются после атак.",
                   "ru") == set()


# ---------------------------------------------------------------------------------------------
# (f) The GUIDE's energy sites in both languages, every word of the family: oil and gas pumping
# stations, pipelines, storage, extraction and refining, power units, heat supply ("fuel, oil
# and gas sites energy"). Not "розподільчий" alone: a distribution centre is a shop's.

ENERGY_SITES = [
    ("uk", "У Стрию дрон пошкодив нафтоперекачувальну станцію."),
    ("uk", "Внаслідок удару пошкоджено об'єкт газовидобування на Полтавщині."),
    ("uk", "У Ромнах уламки пошкодили тепломережу, частина будинків без опалення."),
    ("ru", "В Брянской области повреждена газоперекачивающая станция."),
    ("ru", "В Новошахтинске обломки повредили нефтехранилище."),
    ("ru", "В Азове поврежден энергоблок, возник пожар."),
]


@pytest.mark.parametrize(("language", "text"), ENERGY_SITES)
def test_oil_gas_and_heat_sites_are_energy(language: Language, text: str) -> None:
    assert "energy" in {t for _, t in targets(text, language)}


def test_a_distribution_centre_is_no_energy_site() -> None:
    assert "energy" not in {t for _, t in targets(
        "У Стрию уламки пошкодили розподільчий центр поштової компанії.", "uk")}


# ---------------------------------------------------------------------------------------------
# (g) A strike told as done in a sentence about a truce is a strike: the violation a side
# reports ("атакували підстанцію в Бєлгороді, порушивши мораторій"), its place and kind of
# target. A tally of times over the truce ("1 300 раз нарушили"), an attempt or a demand is not.

VIOLATIONS = [
    ("uk", "Міненерго заявило, що в ніч на 3 грудня російські дрони атакували підстанцію в "
           "Конотопі, порушивши енергетичне перемир'я.", "Konotop", "energy"),
    ("ru", "Минобороны России заявило, что ВСУ нарушили мораторий, атаковав нефтебазу в "
           "Новозыбкове.", "Novozybkov", "energy"),
    ("uk", "ВМС повідомили, що російський дрон атакував зерновоз у порту Рені, і назвали це "
           "порушенням морського перемир'я.", "Reni", "transport"),
]


@pytest.mark.parametrize(("language", "text", "place", "kind"), VIOLATIONS)
def test_a_strike_told_as_a_truce_violation(language: Language, text: str, place: str,
                                             kind: str) -> None:
    assert place in places(text, language)
    assert kind in {t for _, t in targets(text, language)}


NO_VIOLATION_TOLD = [
    ("ru", "Минобороны заявило, что за время перемирия ВСУ 1 300 раз атаковали объекты "
           "энергетики в Брянской области."),
    ("uk", "Сторони погодилися на перемир'я, щоб не атакувати енергетику в Сумській області."),
    ("ru", "Песков призвал Киев соблюдать мораторий и не атаковать НПЗ в Брянской области."),
]


@pytest.mark.parametrize(("language", "text"), NO_VIOLATION_TOLD)
def test_a_tally_or_a_demand_in_a_truce_sentence_is_no_strike(language: Language,
                                                                text: str) -> None:
    assert targets(text, language) == set()
    assert places(text, language) == set()


# ---------------------------------------------------------------------------------------------
# (h) A district named like one of the capital's ("Шевченківський", "Дарницький", "Деснянский")
# stands for Kyiv only where it is the capital's: not where "the city" follows it ("районі
# міста", "району м. Х", "районе города") or the sentence names another big town.

NOT_KYIV = [
    ("uk", "Увечері ворог завдав удару по Шевченківському району м. Полтава.", "Poltava"),
    ("uk", "У Дніпрі, за словами мера, уламки пошкодили склад у Шевченківському районі.",
     "Dnipro"),
    ("ru", "Обломки повредили гаражи в Деснянском районе города, сообщил мэр.", None),
]


@pytest.mark.parametrize(("language", "text", "town"), NOT_KYIV)
def test_a_district_named_like_the_capital_s_of_another_city(language: Language, text: str,
                                                             town: str | None) -> None:
    found = places(text, language)
    assert "Kyiv" not in found
    assert town is None or town in found


def test_the_capital_s_own_district_is_kyiv() -> None:
    assert places("Уламки дрона впали у Деснянському районі столиці, пошкоджено будинок.",
                  "uk") == {"Kyiv"}


# ---------------------------------------------------------------------------------------------
# (i) The capital a sentence means: "столица" is the other language's capital where the
# sentence names it or its administration ("Киевская городская военная администрация … в
# районе столицы": Kyiv in a Russian report); a capital in the genitive after a noun ("на
# условиях Москвы", "позиція Києва") is its government, no place hit (GUIDE), unless the
# sentence tells damage.

def test_the_capital_of_a_sentence_naming_kyiv_s_administration() -> None:
    text = ("Киевская городская военная администрация сообщила, что в Оболонском районе "
            "столицы обломки повредили жилой дом.")
    assert places(text, "ru") == {"Kyiv"}


def test_the_capital_alone_is_the_report_s_language_s() -> None:
    assert places("Ночью обломки дрона повредили жилой дом в столице.", "ru") == {"Moscow"}


GOVERNMENT_GENITIVES = [
    ("ru", "Минобороны заявило, что удары по складам продолжатся до принятия условий Москвы."),
    ("uk", "Кожна атака на порти — це відповідь Москви на пропозиції Вашингтона, сказав "
           "аналітик."),
]


@pytest.mark.parametrize(("language", "text"), GOVERNMENT_GENITIVES)
def test_a_capital_s_genitive_after_a_noun_is_its_government(language: Language,
                                                               text: str) -> None:
    assert "Moscow" not in places(text, language)


def test_a_capital_s_genitive_in_a_sentence_of_damage_is_a_place() -> None:
    assert "Moscow" in places("На окраине Москвы обломки повредили жилой дом.", "ru")
