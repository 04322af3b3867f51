"""The gazetteer (lexicon/places.tsv) and the place finder (ceasefire.read.places)."""
from __future__ import annotations

import time
from importlib import resources

import pytest

from ceasefire.model import Place
from ceasefire.read.places import PlaceMention, find_places, gazetteer_size, lookup_place


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface, canonical name, kind) of every mention, checking the offsets on the way."""
    out = []
    for m in find_places(text):
        assert isinstance(m, PlaceMention) and isinstance(m.place, Place)
        assert text[m.start:m.end] == m.surface
        out.append((m.surface, m.place.name, m.place.kind))
    return out


def names(text: str) -> list[str]:
    return [name for _, name, _ in found(text)]


# --- the shipped table ------------------------------------------------------------------------


def test_table_is_compact_and_well_formed() -> None:
    path = resources.files("ceasefire.lexicon").joinpath("places.tsv")
    data = path.read_bytes()
    assert len(data) < 3_000_000
    lines = data.decode("utf-8").splitlines()
    assert lines[0].split("\t") == ["name", "kind", "country", "admin1", "lat", "lon",
                                    "population", "geonameid", "aliases"]
    kinds: dict[str, int] = {}
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 9, line
        kinds[cells[1]] = kinds.get(cells[1], 0) + 1
    assert kinds["region"] >= 27 + 83
    assert kinds["city"] > 5000 and kinds["country"] >= 20
    assert gazetteer_size() == len(lines) - 1


def test_every_region_of_ukraine_and_russia_is_a_region_row() -> None:
    for name in ["Kharkiv Oblast", "Crimea", "Kyiv City", "Sevastopol City", "Zakarpattia Oblast",
                 "Kursk Oblast", "Krasnodar Krai", "Republic of Tatarstan", "Moscow Oblast",
                 "Chechen Republic", "Khanty-Mansi Autonomous Okrug"]:
        place = lookup_place(name)
        assert place is not None and place.name == name and place.kind == "region", name
        assert place.lat is not None and place.lon is not None


def test_cities_carry_country_region_and_coordinates() -> None:
    kharkiv = lookup_place("Kharkiv")
    assert kharkiv is not None
    assert (kharkiv.name, kharkiv.kind, kharkiv.country, kharkiv.admin1) == (
        "Kharkiv", "city", "UA", "Kharkiv Oblast")
    assert kharkiv.lat == pytest.approx(49.98, abs=0.05)
    assert kharkiv.lon == pytest.approx(36.25, abs=0.05)
    assert kharkiv.geonameid == 706483
    novorossiysk = lookup_place("Novorossiysk")
    assert novorossiysk is not None and novorossiysk.admin1 == "Krasnodar Krai"
    assert novorossiysk.country == "RU"


# --- lookup_place -----------------------------------------------------------------------------


@pytest.mark.parametrize("spelling, name", [
    ("Kiev", "Kyiv"), ("Odessa", "Odesa"), ("Kharkov", "Kharkiv"), ("Zaporozhye", "Zaporizhzhia"),
    ("Zaporizhia", "Zaporizhzhia"), ("Zaporizhzhya", "Zaporizhzhia"), ("Nikolaev", "Mykolaiv"),
    ("Lvov", "Lviv"), ("Chernigov", "Chernihiv"), ("Gorlovka", "Horlivka"),
    ("Artemovsk", "Bakhmut"), ("Artyomovsk", "Bakhmut"), ("Kirovohrad", "Kropyvnytskyi"),
    ("Dnepropetrovsk", "Dnipro"), ("Dnipropetrovsk", "Dnipropetrovsk Oblast"),
    ("Donbass", "Donbas"), ("Orel", "Oryol"), ("Ryazan'", "Ryazan"), ("KYIV", "Kyiv"),
    ("Türkiye", "Turkey"), ("Turkiye", "Turkey"), ("UAE", "United Arab Emirates"),
    ("U.S.", "United States"), ("Kharkivska oblast", "Kharkiv Oblast"),
    ("Kurskaya oblast", "Kursk Oblast"), ("Kharkov Oblast", "Kharkiv Oblast"),
    ("Kursk region", "Kursk Oblast"), ("Tatarstan", "Republic of Tatarstan"),
    ("Chechnya", "Chechen Republic"), ("Kuban", "Krasnodar Krai"),
])
def test_press_spellings_resolve_to_the_canonical_entry(spelling: str, name: str) -> None:
    place = lookup_place(spelling)
    assert place is not None and place.name == name


def test_lookup_prefers_what_is_asked_for() -> None:
    assert lookup_place("Kharkiv").kind == "city"  # type: ignore[union-attr]
    assert lookup_place("Kharkiv", prefer="region").name == "Kharkiv Oblast"  # type: ignore[union-attr]
    assert lookup_place("Kursk", prefer="region").name == "Kursk Oblast"  # type: ignore[union-attr]
    assert lookup_place("Kursk", prefer="city").name == "Kursk"  # type: ignore[union-attr]
    assert lookup_place("Crimea", prefer="city").kind == "region"  # type: ignore[union-attr]
    assert lookup_place("Atlantis") is None


def test_homonyms_resolve_to_the_most_populous_place() -> None:
    # several villages are called Kostiantynivka; the town in Donetsk Oblast is the largest
    place = lookup_place("Kostiantynivka")
    assert place is not None and place.admin1 == "Donetsk Oblast"
    assert lookup_place("Rostov").name == "Rostov-on-Don"  # type: ignore[union-attr]


def test_venues_of_talks_and_countries() -> None:
    for venue, country in [("Jeddah", "SA"), ("Riyadh", "SA"), ("Istanbul", "TR"),
                           ("Geneva", "CH"), ("Abu Dhabi", "AE"), ("Doha", "QA"),
                           ("Minsk", "BY"), ("Washington", "US"), ("Anchorage", "US")]:
        place = lookup_place(venue)
        assert place is not None and place.country == country and place.kind == "city", venue
    for country in ["Ukraine", "Russia", "Belarus", "Saudi Arabia", "Qatar", "North Korea"]:
        assert lookup_place(country).kind == "country"  # type: ignore[union-attr]


# --- find_places: names ---------------------------------------------------------------------


def test_multi_word_and_hyphenated_names() -> None:
    text = ("Drones flew towards Nizhny Novgorod and Primorsko-Akhtarsk, officials in Saudi Arabia "
            "said, while shells fell on Zaporizhzhia Oblast and Kryvyi Rih.")
    assert found(text) == [
        ("Nizhny Novgorod", "Nizhny Novgorod", "city"),
        ("Primorsko-Akhtarsk", "Primorsko-Akhtarsk", "city"),
        ("Saudi Arabia", "Saudi Arabia", "country"),
        ("Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "region"),
        ("Kryvyi Rih", "Kryvyi Rih", "city"),
    ]


def test_apostrophe_diacritic_and_ascii_variants() -> None:
    assert names("Blasts in Kam'ianske and Kam\u2019ianske and Kamianske.") == ["Kamianske"] * 3
    assert names("Delegates met in Türkiye, then again in Turkiye.") == ["Turkey", "Turkey"]
    assert names("Kyiv's mayor spoke after the Oryol attack.") == ["Kyiv", "Oryol"]


def test_matching_is_case_sensitive() -> None:
    assert found("the orel flew over a bor near the sun on mira street") == []
    assert names("An orel circled; later Orel was hit.") == ["Oryol"]


def test_demonyms_and_common_capitalised_words_are_not_places() -> None:
    text = ("Russian and Ukrainian officials, a Kyivan resident and the Crimean Tatars met on "
            "Monday in March. President Trump, the Mayor, the Air Force, the Defence Ministry "
            "and Telegram posts on Friday mentioned Putin and the Kremlin.")
    assert found(text) == []


def test_names_used_for_people_are_not_places() -> None:
    # Vladimir is also a city, Sergii and Dmitriev also villages
    text = ("President Vladimir Putin spoke to envoy Kirill Dmitriev, and the chief executive "
            "Sergii Koretskyi spoke to reporters. Dmitriev later said the Vladimir region was "
            "calm. Vladimir, stop!")
    assert found(text) == [("Vladimir region", "Vladimir Oblast", "region")]


def test_a_small_town_that_speaks_is_a_person() -> None:
    # Dmitriyev is a town in Kursk Oblast; a big city that "said" is its government
    assert found("Dmitriev said the meeting was useful.") == []
    assert names("Kyiv said it would respond; the mayor of Sumy said two died.") == [
        "Kyiv", "Sumy"]


def test_outlet_names_are_not_places() -> None:
    assert found("The Kyiv Independent and the Moscow Times reported it.") == []


# --- find_places: regions -------------------------------------------------------------------


def test_x_region_is_the_region_even_when_x_is_a_city() -> None:
    assert found("Drones were downed over the Kursk region overnight.") == [
        ("Kursk region", "Kursk Oblast", "region")]
    assert found("Shelling hit the Kharkiv oblast and Belgorod Oblast.") == [
        ("Kharkiv oblast", "Kharkiv Oblast", "region"),
        ("Belgorod Oblast", "Belgorod Oblast", "region")]
    assert found("In the Krasnodar province and the Stavropol krai, sirens sounded.") == [
        ("Krasnodar province", "Krasnodar Krai", "region"),
        ("Stavropol krai", "Stavropol Krai", "region")]
    assert names("It happened in the region of Sumy.") == ["Sumy Oblast"]
    assert names("Drones hit the Kursk border region.") == ["Kursk Oblast"]
    assert names("The Belgorod Governor said two were hurt.") == ["Belgorod Oblast"]


def test_coordinated_regions() -> None:
    assert found("Drones were downed over the Kursk and Belgorod regions.") == [
        ("Kursk", "Kursk Oblast", "region"), ("Belgorod", "Belgorod Oblast", "region")]
    assert found("Strikes hit the Kharkiv and Poltava regions.") == [
        ("Kharkiv", "Kharkiv Oblast", "region"), ("Poltava", "Poltava Oblast", "region")]
    assert found("Nine drones fell in the Oryol and Saratov oblasts each.") == [
        ("Oryol", "Oryol Oblast", "region"), ("Saratov", "Saratov Oblast", "region")]
    assert found("Missiles hit the Ukrainian regions of Poltava, Sumy, and Zaporizhia.") == [
        ("Poltava", "Poltava Oblast", "region"),
        ("Sumy", "Sumy Oblast", "region"),
        ("Zaporizhia", "Zaporizhzhia Oblast", "region")]
    assert names("Drones hit the Oryol region and two more regions, Tula and Kaluga.") == [
        "Oryol Oblast", "Tula Oblast", "Kaluga Oblast"]


def test_a_singular_region_noun_takes_only_the_last_name() -> None:
    assert found("Drones hit Moscow and the Kursk region.") == [
        ("Moscow", "Moscow", "city"), ("Kursk region", "Kursk Oblast", "region")]


def test_bare_region_names_and_areas() -> None:
    assert found("Fighting in Donbas and the Donbass; blasts in Crimea and Tatarstan.") == [
        ("Donbas", "Donbas", "area"), ("Donbass", "Donbas", "area"),
        ("Crimea", "Crimea", "region"), ("Tatarstan", "Republic of Tatarstan", "region")]


def test_a_town_in_a_city_name_means_the_region() -> None:
    assert names("Two were hurt in Gorlovka, a Russian-held town in Donetsk.") == [
        "Horlivka", "Donetsk Oblast"]


# --- find_places: place nouns and unknown places --------------------------------------------


def test_unknown_village_before_its_noun() -> None:
    (m,) = find_places("A downed drone fell on Sapronovo village overnight.")
    assert m.surface == "Sapronovo"
    assert m.place == Place(name="Sapronovo", country=None, kind="village")


def test_unknown_places_after_a_noun() -> None:
    assert found("Shells hit the village of Zzyxivka and the town of Qwertovsk.") == [
        ("Zzyxivka", "Zzyxivka", "village"), ("Qwertovsk", "Qwertovsk", "city")]
    assert found("It hit the city of Kyiv.") == [("Kyiv", "Kyiv", "city")]


def test_district_of_a_city() -> None:
    ms = find_places("A missile hit a house in the Sviatoshynskyi district of Kyiv.")
    assert [m.surface for m in ms] == ["Sviatoshynskyi district", "Kyiv"]
    district = ms[0].place
    assert (district.name, district.kind, district.country, district.admin1) == (
        "Sviatoshynskyi district", "district", "UA", "Kyiv City")
    assert district.lat is None
    assert names("Shelling of the Pokrovsk district continued.") == ["Pokrovsk district"]


def test_region_named_next_to_a_place_picks_the_homonym_there() -> None:
    # the largest Kostiantynivka is in Donetsk Oblast; the text says which one it means
    ms = find_places("A strike on Kostiantynivka in the Zaporizhzhia region killed one.")
    assert ms[0].place.name == "Kostiantynivka"
    assert ms[0].place.admin1 == "Zaporizhzhia Oblast"
    ms = find_places("The village of Zzyxivka in the Sumy region was shelled.")
    assert (ms[0].place.name, ms[0].place.country, ms[0].place.admin1) == (
        "Zzyxivka", "UA", "Sumy Oblast")


# --- speed ------------------------------------------------------------------------------------


def test_finder_is_fast_after_loading() -> None:
    sentence = ("Russia launched 120 drones at Ukraine overnight; 90 were downed over the Sumy, "
                "Kharkiv and Poltava regions, the air force said, and President Volodymyr "
                "Zelensky said a strike on Kyiv hit the Sviatoshynskyi district of the capital. ")
    text = sentence * 18  # about 700 words
    find_places(text)
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        find_places(text)
    per_call = (time.perf_counter() - start) / runs
    assert per_call < 0.01  # typically well under 1 ms; generous for loaded CI machines


@pytest.mark.parametrize("text,expected", [
    ("A drone attack was repelled in the Morozovsky, Tatsinsky and Millerovsky districts.",
     ["Morozovsky district", "Tatsinsky district", "Millerovsky district"]),
    ("Explosions were reported in the Darnytskyi and Dniprovskyi districts.",
     ["Darnytskyi district", "Dniprovskyi district"]),
    ("Shelling hit the Sapronovo and Ivanivka villages.", ["Sapronovo", "Ivanivka"]),
    # near-miss: a person's name before "and" opens no list of places
    ("Governor Ivan Fedorov and Smith districts.", ["Smith district"]),
])
def test_every_item_of_a_list_a_plural_place_noun_ends_is_a_place(text: str,
                                                                   expected: list[str]) -> None:
    assert [m.place.name for m in find_places(text)] == expected
