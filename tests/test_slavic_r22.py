"""Issue 13, round 22U: strikes on the places Russia holds in Ukraine, told by the officials it
installed there, and the spelling of Russian names in Ukrainian reports. Tuned on invented14,
15 and 25-30; every sentence here is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document
from ceasefire.read import read_document
from ceasefire.read.slavic import scene
from ceasefire.read.slavic.figures import find_figures
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 3, 9)


def sides(text: str, language: Language) -> list[tuple]:
    """(attacker, target country, claimant, places) of each strike record."""
    reading = read_document(Document("t", text, DAY, language=language))
    return sorted(((s.attacker, s.target_country, s.claimed_by, tuple(p.name for p in s.places))
                   for s in reading.strikes), key=str)


def attackers(text: str, language: Language) -> set[str | None]:
    reading = read_document(Document("t", text, DAY, language=language))
    return {s.attacker for s in reading.strikes}


@pytest.mark.parametrize(("text", "language"), [
    ("Губернатор Херсонской области Владимир Сальдо сообщил, что утром ВСУ обстреляли Новую "
     "Каховку. Ранены три человека.", "ru"),
    ("Ночью беспилотники атаковали Евпаторию, повреждена котельная, пострадали двое.", "ru"),
    ("Окупаційна влада повідомила, що вдень дрон вдарив по Мелітополю, є двоє загиблих.", "uk"),
])
def test_a_strike_on_an_occupied_town_is_ukraine_s_on_ukraine(text: str,
                                                              language: Language) -> None:
    assert {(a, t) for a, t, *_ in sides(text, language)} == {("UA", "UA")}


@pytest.mark.parametrize(("text", "language"), [
    ("Начальник Запорожской ОВА сообщил, что ночью дроны атаковали Запорожье, ранены пять "
     "человек.", "ru"),
    ("Вночі ворожі дрони атакували Херсон, поранено чотирьох людей.", "uk"),
])
def test_a_town_the_front_left_to_ukraine_is_struck_by_russia(text: str,
                                                              language: Language) -> None:
    assert {(a, t) for a, t, *_ in sides(text, language)} == {("RU", "UA")}


@pytest.mark.parametrize(("text", "language"), [
    ("Вдень обстрілу зазнала окупована Кирилівка. Пошкоджено три житлові будинки.", "uk"),
    ("Днем под обстрел попала оккупированная Кирилловка. Повреждены три жилых дома.", "ru"),
])
def test_a_town_called_occupied_and_what_follows_are_struck_by_ukraine(
        text: str, language: Language) -> None:
    assert attackers(text, language) == {"UA"}


def test_a_governor_of_a_region_russia_holds_part_of_tells_of_ukraine_s_strike() -> None:
    # the region of his title and the town tie; the Russian official tells of his side's losses
    text = ("Глава Запорожской области Евгений Балицкий заявил, что ВСУ атаковали Энергодар "
            "дронами. Повреждены подстанция и жилой дом.")
    assert attackers(text, "ru") == {"UA"}


def test_a_region_s_adjective_names_no_attacker() -> None:
    # "киевский" is a word for the Ukrainian side ("киевский режим"), not inside a place's name
    text = "Местные власти сообщают о повреждениях энергетики в Черниговской и Киевской областях."
    assert attackers(text, "ru") == {"RU"}


def test_the_ministry_s_downed_drones_over_crimea_keep_ukraine_as_the_country() -> None:
    text = "Минобороны России сообщило, что над Крымом ночью уничтожены 17 украинских БПЛА."
    assert sides(text, "ru") == [("UA", "UA", "Russian Ministry of Defence", ("Crimea",))]


@pytest.mark.parametrize(("text", "language", "side"), [
    ("Вдень ворожий дрон атакував Василівку, пошкоджено магазин.", "uk", "RU"),
    ("Днём украинский беспилотник атаковал автобус под Херсоном.", "ru", "UA"),
    ("Вранці ворожі ударні дрони атакували Нову Каховку, пошкоджено школу.", "uk", "RU"),
])
def test_a_side_s_adjective_before_a_weapon_with_no_number_names_the_attacker(
        text: str, language: Language, side: str) -> None:
    # the sentence's words outrank what the gazetteer knows of the place
    assert attackers(text, language) == {side}


@pytest.mark.parametrize(("text", "language"), [
    ("Украинские энергетики сообщили о повреждении подстанции в Харькове.", "ru"),
    ("Українські рятувальники гасили пожежу на складі в Одесі після удару.", "uk"),
])
def test_a_side_s_adjective_before_people_names_no_attacker(text: str,
                                                            language: Language) -> None:
    assert attackers(text, language) == {"RU"}


def claimants(text: str, language: Language) -> set[str | None]:
    reading = read_document(Document("t", text, DAY, language=language))
    return {s.claimed_by for s in reading.strikes}


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Губернатор Курської області Олександр Хінштейн повідомив, що поранено трьох людей.", "uk",
     "Alexander Khinshtein"),
    ("Як написав Бусаргін, уламки дрона пошкодили два приватні будинки, поранено одну жінку.",
     "uk", "Roman Busargin"),
    ("Призначений Кремлем очільник Криму Сергій Аксьонов заявив, що збито дев'ять дронів.",
     "uk", "Sergei Aksyonov"),
    ("Глава Сумской ОВА Олег Григоров сообщил, что ранены два человека.", "ru", "Oleh Hryhorov"),
])
def test_an_official_of_the_other_side_is_spelt_as_the_press_spells_him(
        text: str, language: Language, name: str) -> None:
    assert claimants(text, language) == {name}


def test_a_surname_ukrainians_bear_too_is_no_russian_official_alone() -> None:
    # "Мельниченко" alone may be anyone; only the first name and surname are the Russian governor
    text = "Водій Мельниченко розповів, що поранено двох пасажирів автобуса."
    assert claimants(text, "uk") != {"Oleg Melnichenko"}


def place_names(text: str, language: Language) -> list[str]:
    return [p.place.name for p in find_places(text, language)]


@pytest.mark.parametrize(("text", "language", "name"), [
    # a town in -ш: its adjective's -с, with Ukrainian's о → і (Калуш, Золотоноша)
    ("Уламки збитої ракети впали у Калуському районі.", "uk", "Kalush Raion"),
    ("Під ударом опинилося підприємство у Золотоніському районі.", "uk", "Zolotonosha Raion"),
    # a town in -ка: the adjective's -ин- (Шостка → Шосткинський)
    ("Вночі дрони атакували об'єкт у Шосткинському районі.", "uk", "Shostka Raion"),
    # a town in -ой named only after a settlement noun elsewhere: its adjective is plain
    ("В Джанкойском районе повреждена линия электропередачи.", "ru", "Dzhankoi Raion"),
    # a community by its town, not by a city's district of the same stem
    ("Пошкоджено котельню в Калинівській громаді на Вінниччині.", "uk", "Kalynivka"),
])
def test_a_raion_or_community_is_named_by_its_town(text: str, language: Language,
                                                   name: str) -> None:
    assert name in place_names(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Поліцейські Калуша затримали водія.", "uk"),  # the town itself, no district
    ("Мирные жители получили помощь.", "ru"),  # an adjective that is no place's
])
def test_no_raion_without_a_district_noun(text: str, language: Language) -> None:
    assert not any(name.endswith(" Raion") for name in place_names(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("ЛЬВІВ, 3 квітня /Новини/. Вночі ворог атакував Україну 40 ударними дронами.", "uk"),
    ("Харьков. 5 марта. Противник выпустил по Украине 12 ракет.", "ru"),
])
def test_a_dateline_s_city_is_no_place_hit(text: str, language: Language) -> None:
    assert all(not places for *_, places in sides(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Тим часом Київ відкинув пропозицію про паузу в ударах по портах.", "uk"),
    ("Позже Захарова обвинила Киев в срыве договорённости об отказе от ударов.", "ru"),
    ("Москва настаивает, что удары по энергетике должны прекратиться.", "ru"),
])
def test_a_capital_named_for_its_government_is_no_place_hit(text: str,
                                                            language: Language) -> None:
    assert all("Kyiv" not in places and "Moscow" not in places
               for *_, places in sides(text, language))


@pytest.mark.parametrize(("text", "language", "city"), [
    ("Вранці росіяни атакували Київ, пошкоджено дві школи.", "uk", "Kyiv"),
    ("Днём беспилотники атаковали Москву, есть пострадавшие.", "ru", "Moscow"),
    ("Київ пережив нічну атаку: пошкоджено багатоповерхівку.", "uk", "Kyiv"),
])
def test_a_capital_attacked_or_damaged_is_a_place_hit(text: str, language: Language,
                                                      city: str) -> None:
    assert any(city in places for *_, places in sides(text, language))


def tolls(text: str, language: Language) -> list[tuple]:
    reading = read_document(Document("t", text, DAY, language=language))
    return sorted(((s.claimed_by, q.metric, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Увечері дрон влучив у гуртожиток. Спочатку мер Ігор Терехов писав про одного "
     "пораненого, пізніше Терехов уточнив: поранених уже п'ятеро.", "uk",
     [("Ihor Terekhov", "injured", 5)]),
    ("Днём ракета попала в склад. Первоначально губернатор Вячеслав Гладков сообщил о трёх "
     "раненых. Затем Гладков уточнил, что ранены шесть человек.", "ru",
     [("Vyacheslav Gladkov", "injured", 6)]),
])
def test_a_toll_told_as_the_first_gives_way_to_the_later(text: str, language: Language,
                                                         expected: list) -> None:
    assert tolls(text, language) == expected


def test_a_first_event_s_toll_with_no_later_one_stays() -> None:
    # "сначала" orders the events here; no later toll replaces this one
    text = "Губернатор Вячеслав Гладков сообщил: сначала дрон атаковал автобус, ранены двое."
    assert tolls(text, "ru") == [("Vyacheslav Gladkov", "injured", 2)]


def kinds(text: str, language: Language) -> list[str]:
    return scene.targets(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ракети вразили підприємства ОПК та об'єкти енергетики, повідомило Міноборони РФ.", "uk",
     ["military", "energy"]),
    ("Уничтожен цех завода оборонно-промышленного комплекса.", "ru", ["military"]),
])
def test_a_plant_s_kind_after_it_is_its_kind(text: str, language: Language,
                                             expected: list) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Уламками пошкоджено підприємство та житловий будинок.", "uk"),
    ("Повреждены предприятие, жилой дом и гараж.", "ru"),
])
def test_a_plant_listed_beside_another_kind_is_other(text: str, language: Language) -> None:
    assert kinds(text, language)[0] == "other"


def figures(text: str, language: Language, weapon_before: str | None = None) -> list[tuple]:
    return [(f.metric, f.weapon, f.value)
            for f in find_figures(text, language, weapon_before=weapon_before)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Із 56 безпілотників 48 знешкоджено, ще п'ять локаційно втрачено.", "uk",
     [("launched", "drone", 56), ("intercepted", "drone", 48), ("intercepted", "drone", 5)]),
    ("Из 33 беспилотников 30 уничтожены средствами ПВО.", "ru",
     [("launched", "drone", 33), ("intercepted", "drone", 30)]),
])
def test_a_clause_opened_by_of_and_a_number_names_the_whole(text: str, language: Language,
                                                            expected: list) -> None:
    assert figures(text, language) == expected


def test_people_of_a_whole_stay_as_they_were() -> None:
    # a toll's part is no launch: only weapons are launched
    assert ("launched", None, 14) not in figures("З 14 поранених 5 діти.", "uk")


@pytest.mark.parametrize(("text", "language"), [
    ("Ще чотири дрони не долетіли до цілей через роботу РЕБ.", "uk"),
    ("Еще шесть беспилотников не достигли целей.", "ru"),
])
def test_drones_that_did_not_reach_their_targets_were_intercepted(text: str,
                                                                 language: Language) -> None:
    assert [metric for metric, *_ in figures(text, language)] == ["intercepted"]


def test_a_missile_that_did_not_reach_the_city_in_time_is_no_figure_of_it() -> None:
    assert figures("Ракета не долетіла до міста за 5 хвилин.", "uk") == []


@pytest.mark.parametrize(("text", "language", "body"), [
    ("Речниця Повітряних сил Олена Коваль розповіла, що збито 38 дронів.", "uk",
     "Ukrainian Air Force"),
    ("Официальный представитель Минобороны России генерал-майор Павел Орлов заявил, что "
     "уничтожены 26 беспилотников.", "ru", "Russian Ministry of Defence"),
])
def test_a_spokesperson_gives_the_body_s_figures(text: str, language: Language,
                                                 body: str) -> None:
    assert claimants(text, language) == {body}


def test_a_person_heading_a_body_is_his_own_source() -> None:
    text = "Командувач Повітряних сил Микола Олещук повідомив, що збито 40 дронів."
    assert claimants(text, "uk") == {"Ukrainian Air Force"}


@pytest.mark.parametrize(("text", "side"), [
    # a city's adjective before an outlet is no side: the attack told before goes on
    ("Ночью Россия выпустила по Украине 12 ракет. Киевский портал «Новини» ссылается на "
     "Воздушные силы ВСУ: в атаке участвовали 215 ударных дронов.", "RU"),
    # the regime named by it is the Ukrainian side
    ("Ночью формирования киевского режима атаковали Курск, повреждены два дома.", "UA"),
])
def test_the_kyiv_adjective_names_a_side_only_for_its_regime(text: str, side: str) -> None:
    assert attackers(text, "ru") == {side}


def test_every_one_of_a_class_but_n_after_it_is_resolved_against_the_launched() -> None:
    text = ("Вночі ворог випустив сім балістичних ракет і 60 дронів. Збито всі балістичні "
            "ракети, крім двох, а також 48 дронів.")
    assert ("intercepted", "ballistic_missile", 5, "exact") in quantities(text, "uk")
    assert ("intercepted", "drone", 2, "exact") not in quantities(text, "uk")


def test_every_one_of_a_class_with_no_exception_is_all() -> None:
    assert figures("Сбиты все крылатые ракеты.", "ru") == [("intercepted", "cruise_missile",
                                                           None)]


def quantities(text: str, language: Language) -> list[tuple]:
    reading = read_document(Document("t", text, DAY, language=language))
    return [(q.metric, q.weapon, q.value, q.qualifier) for s in reading.strikes
            for q in s.quantities]


def test_a_toll_a_source_was_reporting_gives_way_to_its_later_one() -> None:
    text = ("Удень ракета влучила в Суми. Вдень ОВА повідомляла про сімох поранених. Увечері "
            "голова ОВА Олег Григоров написав, що поранено 11 людей.")
    assert [(m, v) for _, m, v in tolls(text, "uk")] == [("injured", 11)]


def test_a_toll_a_source_was_reporting_with_no_later_one_stays() -> None:
    text = "Удень ракета влучила в Суми. Вдень ОВА повідомляла про сімох поранених."
    assert [(m, v) for _, m, v in tolls(text, "uk")] == [("injured", 7)]
