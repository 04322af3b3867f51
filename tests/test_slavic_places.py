"""Places in Ukrainian and Russian text: read/slavic/places.py and lexicon/places_cyrillic.tsv.

The sentences are written for these tests; the corpus check reads ``../shared/corpus/uk`` and
``../shared/corpus/ru`` at run time.
"""
from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from ceasefire.read.gazetteer import gazetteer
from ceasefire.read.slavic.gazetteer import cyrillic_gazetteer, fold
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.romanise import romanise

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# share of the gold places named in the corpus reports that find_places finds (0.988 when set)
CORPUS_FLOOR = 0.95


def names(text: str, language: str) -> list[str]:
    return [m.place.name for m in find_places(text, language)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "text", "surface", "place"), [
    # a city in every case
    ("uk", "Вночі вибухи пролунали у Києві.", "Києві", "Kyiv"),
    ("uk", "Ракета летіла на Київ.", "Київ", "Kyiv"),
    ("ru", "Беспилотники атаковали Москву ночью.", "Москву", "Moscow"),
    ("uk", "Уранці дрони атакували Москву.", "Москву", "Moscow"),
    ("ru", "Губернатор рассказал о пожаре в Москве.", "Москве", "Moscow"),
    ("ru", "Дрон прилетел со стороны Брянска.", "Брянска", "Bryansk"),
    ("uk", "Безпілотник запустили з Брянська.", "Брянська", "Bryansk"),
    ("ru", "Взрывы слышали в Ростове-на-Дону.", "Ростове-на-Дону", "Rostov-on-Don"),
    # names of two words, both declined
    ("uk", "Пожежа спалахнула у Кривому Розі.", "Кривому Розі", "Kryvyi Rih"),
    ("uk", "Зруйновано склад у Білій Церкві.", "Білій Церкві", "Bila Tserkva"),
    ("ru", "Дроны сбиты над Нижним Новгородом.", "Нижним Новгородом", "Nizhny Novgorod"),
    ("ru", "Обломки упали в акватории Черного моря.", "Черного моря", "Black Sea"),
    ("uk", "Дрони збито над Чорним морем.", "Чорним морем", "Black Sea"),
    # regions: adjective + noun, the abbreviation, colloquial names
    ("uk", "Тривога оголошена в Одеській області.", "Одеській області", "Odesa Oblast"),
    ("uk", "Удар завдано по Одеській області.", "Одеській області", "Odesa Oblast"),
    ("ru", "Семь дронов сбиты над Ростовской областью.", "Ростовской областью",
     "Rostov Oblast"),
    ("uk", "Бєлгородська обл. знову під обстрілом.", "Бєлгородська обл", "Belgorod Oblast"),
    ("ru", "Ущерб нанесен Краснодарскому краю.", "Краснодарскому краю", "Krasnodar Krai"),
    ("uk", "Вибухи лунали на Сумщині.", "Сумщині", "Sumy Oblast"),
    ("uk", "Ворог атакував Харківщину.", "Харківщину", "Kharkiv Oblast"),
    ("ru", "Дроны сбиты над Подмосковьем.", "Подмосковьем", "Moscow Oblast"),
    ("ru", "Три дрона сбиты над Московским регионом.", "Московским регионом", "Moscow Oblast"),
    ("uk", "Ракети запускали з Криму.", "Криму", "Crimea"),
    ("ru", "Ночью в Крыму работала ПВО.", "Крыму", "Crimea"),
    ("uk", "Уламки впали на території Республіки Крим.", "Республіки Крим", "Crimea"),
    ("uk", "Тривога в Івано-Франківській області.", "Івано-Франківській області",
     "Ivano-Frankivsk Oblast"),
    ("ru", "Дрон сбит в Ханты-Мансийском автономном округе.",
     "Ханты-Мансийском автономном округе", "Khanty-Mansi Autonomous Okrug"),
    # GeoNames lists Lgov twice; the row whose English name is the Cyrillic one is meant
    ("ru", "Повреждена ЛЭП в Льгове.", "Льгове", "Lgov"),
    # a settlement noun or its abbreviation before the name
    ("uk", "Пошкоджено будинок у м. Суми.", "Суми", "Sumy"),
    ("ru", "Сирены звучали в г. Курск.", "Курск", "Kursk"),
    ("uk", "Обстріляно смт Велика Писарівка.", "Велика Писарівка", "Velyka Pysarivka"),
    ("ru", "Дрон упал в посёлке Локоть.", "Локоть", "Lokot"),
    # either alphabet's spelling
    ("uk", "Вибухи у Бєлгороді.", "Бєлгороді", "Belgorod"),
    ("ru", "Взрывы в Белгороде.", "Белгороде", "Belgorod"),
    ("uk", "Дрон збито біля Рильська.", "Рильська", "Rylsk"),
    # administrations: of a city (МВА), of a region (ОВА)
    ("uk", "Таку інформацію оприлюднила Київська МВА.", "Київська МВА", "Kyiv"),
    ("uk", "Голова Харківської ОВА розповів про удар.", "Харківської ОВА", "Kharkiv Oblast"),
    # the White House, where the GUIDE writes Washington
    ("uk", "Зустріч відбулася у Білому домі.", "Білому домі", "Washington"),
])
def test_a_place_is_found_in_any_case_and_spelling(language: str, text: str, surface: str,
                                                   place: str) -> None:
    found = find_places(text, language)  # type: ignore[arg-type]
    assert [(m.surface, m.place.name) for m in found] == [(surface, place)]
    assert all(text[m.start:m.end] == m.surface for m in found)


@pytest.mark.parametrize(("language", "text", "places"), [
    ("ru", "По два беспилотника сбиты над Курской и Брянской областями.",
     ["Kursk Oblast", "Bryansk Oblast"]),
    ("uk", "Атаки зазнали в Харківській, Сумській та Полтавській областях.",
     ["Kharkiv Oblast", "Sumy Oblast", "Poltava Oblast"]),
    # the noun far from the first adjectives
    ("ru", "Над Смоленской сбиты три, над Тверской – один, над Калужской областью – два.",
     ["Smolensk Oblast", "Tver Oblast", "Kaluga Oblast"]),
])
def test_adjectives_before_one_region_noun_are_each_a_region(language: str, text: str,
                                                            places: list[str]) -> None:
    assert names(text, language) == places


@pytest.mark.parametrize(("language", "text", "name", "region"), [
    # a Russian district by its adjective, a Ukrainian raion by its town
    ("ru", "Обломки упали в Рыльском районе.", "Rylsky District", "Kursk Oblast"),
    ("uk", "Дрон впав у Рильському районі.", "Rylsky District", "Kursk Oblast"),
    ("ru", "Пострадал житель Погарского района.", "Pogarsky District", "Bryansk Oblast"),
    ("uk", "Загинула жінка в Синельниківському районі.", "Synelnykove Raion",
     "Dnipropetrovsk Oblast"),
    ("uk", "Пошкоджено лінію в Одеському районі.", "Odesa Raion", "Odesa Oblast"),
    ("uk", "Ворог обстріляв Синельниківщину.", "Synelnykove Raion", "Dnipropetrovsk Oblast"),
    ("ru", "Дрон атаковал машину в Шебекинском городском округе.", "Shebekinsky District",
     "Belgorod Oblast"),
    ("uk", "Обстріляно села Ізюмського р-ну.", "Izium Raion", "Kharkiv Oblast"),
    # the region's adjective: Zaporizhzhia Raion, though a village is called Запорізьке
    ("uk", "Удар по Запорізькому району.", "Zaporizhzhia Raion", "Zaporizhzhia Oblast"),
])
def test_a_district_is_named_as_english_reference_works_name_it(language: str, text: str,
                                                                name: str, region: str) -> None:
    [mention] = find_places(text, language)  # type: ignore[arg-type]
    assert (mention.place.name, mention.place.kind, mention.place.admin1) == \
        (name, "district", region)


def test_a_town_before_a_list_of_district_adjectives_stays_a_town() -> None:
    found = find_places("Обстріляно Нікополь та Покровський район.", "uk")
    assert [(m.place.name, m.place.kind) for m in found] == [("Nikopol", "city"),
                                                              ("Pokrovsk Raion", "district")]


@pytest.mark.parametrize(("language", "text", "name", "region"), [
    ("uk", "Уламки пошкодили дах у Салтівському районі Харкова.", "Saltivskyi District",
     "Kharkiv Oblast"),
    # the gazetteer knows a Ворошиловський район of Donetsk only: this one is Volgograd's
    ("ru", "Пожар вспыхнул в Ворошиловском районе Волгограда.", "Voroshilovsky District",
     "Volgograd Oblast"),
    ("uk", "Вибух пролунав у Шевченківському районі Києва.", "Shevchenkivskyi", "Kyiv City"),
])
def test_a_district_named_with_its_city_lies_in_that_city(language: str, text: str, name: str,
                                                          region: str) -> None:
    district = find_places(text, language)[0].place  # type: ignore[arg-type]
    assert (district.name, district.kind, district.admin1) == (name, "district", region)


def test_a_district_of_a_city_is_not_the_raion_of_a_town() -> None:
    [mention] = find_places("Пошкоджено дах у Голосіївському районі столиці.", "uk")
    assert mention.place.kind == "district"
    assert mention.place.name.startswith("Holosiiv")


@pytest.mark.parametrize(("language", "text", "places"), [
    ("uk", "Дрони атакували села Тихоплесівка і Локоть.", ["Tykhoplesivka", "Lokot"]),
    ("ru", "Беспилотник упал между сёлами Тихоплесовка и Локоть.", ["Tikhoplesovka", "Lokot"]),
    ("ru", "Дрон упал у деревни Старые Тихоплесы Курской области.",
     ["Staryye Tikhoplesy", "Kursk Oblast"]),
])
def test_a_village_the_gazetteer_lacks_is_named_after_a_settlement_noun(
        language: str, text: str, places: list[str]) -> None:
    found = find_places(text, language)  # type: ignore[arg-type]
    assert [m.place.name for m in found] == places
    assert found[0].place.kind == "village"


@pytest.mark.parametrize(("language", "text", "region"), [
    ("uk", "Загорівся будинок у с. Тихоплесівка Харківської області.", "Kharkiv Oblast"),
    ("ru", "Пострадал житель села Тихоплесовка, Рыльский район.", "Kursk Oblast"),
])
def test_a_village_the_gazetteer_lacks_takes_the_region_named_after_it(
        language: str, text: str, region: str) -> None:
    village = find_places(text, language)[0].place  # type: ignore[arg-type]
    assert (village.kind, village.admin1) == ("village", region)
    alone = find_places(text.split(" Харків")[0].split(",")[0], language)  # type: ignore[arg-type]
    assert alone[-1].place.country is None  # no region named: none guessed


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Крім того, уламки пошкодили авто."),         # "besides", not Crimea
    ("ru", "Губернатор Вячеслав Гладков сообщил о раненых."),
    ("uk", "Володимир Зеленський подякував захисникам."),  # a person, not Volodymyr
    ("ru", "Владимир Путин провел совещание."),
    ("ru", "Мир нужен всем."),                             # a word, not the village Mir
    ("ru", "Победа будет за нами."),  # nor the village GeoNames spells Побєда
    ("ru", "Атакован нефтепровод «Дружба»."),
    ("uk", "Слава приходить до сміливих."),
    ("uk", "Про це заявив Олег Кіпер."),
    ("ru", "В 2025 г. Сумма ущерба выросла."),             # "г." after a year is no town
    ("uk", "Про це пише Українська правда."),  # an adjective, though a case of Українськ too
    ("ru", "Цель сбил зенитный комплекс Тор."),             # an old name of Sloviansk
    ("ru", "Ракеты Искандер, Калибр и Кинжал, дроны Герань."),
    ("uk", "Бої тривають на Харківському напрямку, а в обл. центрі тихо."),  # no region noun
])
def test_persons_and_ordinary_words_are_no_places(language: str, text: str) -> None:
    assert names(text, language) == []


def test_an_ordinary_word_is_a_place_after_a_settlement_noun() -> None:
    index = cyrillic_gazetteer()
    assert "мирнии" not in index.single and "мирнии" in index.single_after_noun
    [mention] = find_places("Взрыв прогремел в городе Мирный.", "ru")
    assert mention.place.name == "Mirny"


@pytest.mark.parametrize(("text", "region"), [
    ("В Орловской области беспилотник упал в Знаменке.", "Oryol Oblast"),
    ("В Тамбовской области беспилотник упал в Знаменке.", "Tambov Oblast"),
    ("Беспилотник упал в Знаменке.", "Kirovohrad Oblast"),  # the most populous
])
def test_a_homonym_is_the_one_in_the_region_the_sentence_names(text: str, region: str) -> None:
    [town] = [m.place for m in find_places(text, "ru") if m.place.kind == "city"]
    assert town.admin1 == region


def test_a_big_city_stays_itself_whatever_region_is_named() -> None:
    found = names("Удару зазнав Миколаїв, а на Львівщині тиша.", "uk")
    assert found == ["Mykolaiv", "Lviv Oblast"]
    [mykolaiv] = find_places("Удару зазнав Миколаїв.", "uk")
    assert mykolaiv.place.admin1 == "Mykolaiv Oblast"


def test_another_language_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="Ukrainian .* or Russian"):
        find_places("Drones hit Kyiv.", "en")  # type: ignore[arg-type]


def test_empty_text_has_no_places() -> None:
    assert find_places("", "uk") == []


@pytest.mark.parametrize(("word", "language", "latin"), [
    ("Дубовики", "uk", "Dubovyky"), ("Згурівка", "uk", "Zghurivka"),
    ("Яготин", "uk", "Yahotyn"), ("Рыльский", "ru", "Rylsky"), ("Елец", "ru", "Yelets"),
    ("Тихоплесовка", "ru", "Tikhoplesovka"),
])
def test_romanisation_follows_each_language(word: str, language: str, latin: str) -> None:
    assert romanise(word, language) == latin  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# the table


def test_every_row_of_the_cyrillic_table_belongs_to_a_gazetteer_row() -> None:
    text = resources.files("ceasefire.lexicon").joinpath("places_cyrillic.tsv").read_text("utf-8")
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    places = gazetteer().places
    ids = {str(places[i].geonameid) for i in range(len(places)) if places[i].geonameid}
    named = {(places[i].name, places[i].kind) for i in range(len(places))}
    orphans = [line for line in lines[1:]
               if (line.split("\t")[4] or None) not in ids | {None}
               or (line.split("\t")[0], line.split("\t")[1]) not in named]
    assert lines[0].split("\t") == ["name", "kind", "country", "admin1", "geonameid", "names",
                                    "after_noun"]
    assert orphans == []


def test_every_region_of_ukraine_and_russia_has_cyrillic_names() -> None:
    index = cyrillic_gazetteer()
    places = gazetteer().places
    named = {places[r].name for rows in index.single.values() for r in rows} | \
        {places[r].name for names_ in index.multi.values() for n in names_ for r in n.rows}
    regions = {places[i].name for i in range(len(places)) if places[i].kind == "region"
               and places[i].country in ("UA", "RU")}
    # the federal cities are named by their cities (Київ, Москва, Севастополь)
    federal = {"Kyiv City", "Sevastopol City", "Moscow City", "Saint Petersburg City"}
    assert sorted(regions - federal - named) == []
    assert fold("Бєлгород") == fold("Белгород") and fold("Рильськ") == fold("Рыльск")


# ---------------------------------------------------------------------------------------------
# the corpus


def _norm_place():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm_place


def _gold_places(doc: dict) -> set[str]:
    gold = set()
    for strike in doc["gold"].get("strikes", []):
        gold |= set(strike.get("locations") or [])
    gold |= {talk["place"] for talk in doc["gold"].get("talks", []) if talk.get("place")}
    return gold


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/corpus is not beside the repo")
def test_the_corpus_places_are_found() -> None:
    """Every gold place of the Ukrainian and Russian reports, matched as the scorer matches
    places, is among those find_places reads in the report's text."""
    norm = _norm_place()
    total = found = 0
    missed = []
    for path in sorted([*CORPUS.glob("uk/*.json"), *CORPUS.glob("ru/*.json")]):
        doc = json.loads(path.read_text("utf-8"))
        read = {norm(m.place.name) for m in find_places(doc["text"], doc["language"])}
        for place in _gold_places(doc):
            total += 1
            found += norm(place) in read
            if norm(place) not in read:
                missed.append(f"{path.name}: {place}")
    assert total > 50
    assert found / total >= CORPUS_FLOOR, missed
