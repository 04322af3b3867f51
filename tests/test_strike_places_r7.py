"""Places and target types of strike records: constructions generalised in round 7 (issue 13)
from the sixth invented set. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.model import Strike

SATURDAY = "2026-03-14"


def strikes(text: str, published: str = SATURDAY) -> list[Strike]:
    return ceasefire.read(text, published=published).strikes


def places_and_types(text: str) -> set[tuple[str | None, str]]:
    """(attacker, place) and (attacker, target type) of every record."""
    return {(s.attacker, p.name) for s in strikes(text) for p in s.places} | \
        {(s.attacker, t) for s in strikes(text) for t in s.target_types}


# An attack told in the sentence that then accuses the other side of breaking a truce: the
# attack's places and targets are read; the accusation is talk about the truce
@pytest.mark.parametrize("text,expected", [
    ("Kherson's governor said Russian shells struck a boiler house in Kherson on Tuesday and "
     "accused Moscow of breaking the energy truce.", {("RU", "Kherson"), ("RU", "energy")}),
    ("The Russian defence ministry said Ukrainian drones had attacked a fuel depot in the Kursk "
     "region, calling it a breach of the ceasefire.",
     {("UA", "Kursk Oblast"), ("UA", "energy")}),
    ("Moscow claims a Ukrainian missile damaged a power plant in Belgorod on Sunday and calls the "
     "strike a gross violation of the Easter truce.", {("UA", "Belgorod"), ("UA", "energy")}),
    ("Zelensky said Russian drones hit a hospital in Odesa during the night, and he accused the "
     "Kremlin of ignoring the moratorium it had signed.", {("RU", "Odesa"), ("RU", "medical")}),
    ("Officials say a guided bomb destroyed a substation in Zaporizhzhia overnight, which they "
     "described as a violation of the truce.", {("RU", "Zaporizhzhia"), ("RU", "energy")}),
])
def test_an_attack_told_before_an_accusation_of_breaking_a_truce_keeps_its_places(
        text: str, expected: set[tuple[str | None, str]]) -> None:
    assert places_and_types(text) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a threat and a demand about a truce name no attack
    "Kyiv said it would strike oil depots in the Bryansk region if Moscow broke the truce.",
    "Russia said Ukraine must stop its attacks on substations in the Belgorod region and accused "
    "Kyiv of wrecking the ceasefire talks.",
])
def test_a_truce_sentence_with_no_attack_told_gives_no_places(text: str) -> None:
    assert places_and_types(text) == set()


def target_types(text: str) -> set[str]:
    return {t for s in strikes(text) for t in s.target_types}


@pytest.mark.parametrize("text,expected", [
    ("A Ukrainian drone set fire to a facility of the fuel and energy complex in the Lipetsk "
     "region, the governor said.", {"energy"}),
    ("Debris from a downed drone fell on an object of the fuel and energy complex in Tambov "
     "overnight.", {"energy"}),
    ("Russian shelling damaged the town's energy complex and a school in Nikopol on Monday.",
     {"energy", "other"}),
    ("A Russian missile smashed into a shopping arcade in Odesa, injuring four.", {"commercial"}),
    ("Two arcades and an office building in central Dnipro were damaged by the blast wave.",
     {"commercial"}),
    ("A Russian guided bomb hit a children's playground and a monastery in Kostiantynivka.",
     {"other"}),
    ("A missile attack on Dnipro damaged a bank branch and a car repair shop.", {"commercial"}),
    # near-misses: a car park is no park; a complex working normally was not hit
    ("A drone hit a car park in Sumy, burning out six cars.", set()),
    ("The governor said the region's fuel and energy complex was working normally after drones "
     "were shot down over Kursk.", set()),
])
def test_words_of_a_target_type(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


# A target noun that only describes what the target hit serves ("facilities that supplied
# defence plants") or how a side characterises it ("describes ports as military targets") names
# nothing hit
@pytest.mark.parametrize("text,expected", [
    ("Russia's defence ministry said it had struck energy facilities that it said supplied "
     "Ukrainian defence plants.", {"energy"}),
    ("A Russian drone knocked out a substation which powered a defence enterprise in Kharkiv.",
     {"energy"}),
    ("Moscow says its missiles hit gas facilities supplying the army in the Lviv region.",
     {"energy"}),
    ("The Russian Defence Ministry said it had hit energy facilities that power Ukraine's "
     "military-industrial complex.", {"energy"}),
    ("A Russian missile destroyed a grain elevator in Odesa, which Moscow called a legitimate "
     "military target.", {"other"}),
    ("Russian drones hit the port of Izmail overnight; the defence ministry, which describes "
     "Ukraine's ports as military targets, gave no details.", {"transport"}),
    # near-misses: a military target hit, a depot that supplied troops hit
    ("Russia's defence ministry said its missiles hit military targets in Kharkiv overnight.",
     {"military"}),
    ("Ukrainian drones struck a fuel depot that supplied Russian troops in Crimea.", {"energy"}),
])
def test_what_a_target_serves_or_is_called_is_no_target(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian drones struck an airfield used by Russian military aviation in Crimea.",
     {"airport", "military"}),
    ("A Ukrainian missile hit an aerodrome used by the Russian air force near Millerovo.",
     {"airport", "military"}),
    ("Russia said its missiles hit an airfield operated by Ukrainian combat aviation and energy "
     "facilities supplying the army.", {"airport", "military", "energy"}),
    # near-miss: an airport used by airlines is an airport
    ("A drone damaged a terminal at the airport used by low-cost airlines in Kaluga.",
     {"airport"}),
])
def test_an_airfield_used_by_military_aviation_is_a_military_airfield(
        text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


def locations(text: str) -> set[str]:
    return {p.name for s in strikes(text) for p in s.places}


# "the city" / "the town" that a strike sentence names is the city the report is talking about
@pytest.mark.parametrize("text,expected", [
    ("Nikopol was quiet until dusk. Then Russian artillery shelled the town, wounding two men.",
     {"Nikopol"}),
    ("ODESA — Residents were still sweeping up glass on Monday.\n\nUkraine's air force said "
     "Russia fired four drones at the city overnight.", {"Odesa"}),
    ("Kherson regional governor Oleksandr Prokudin said a woman was injured by shelling in the "
     "city's Dniprovskyi district.", {"Kherson Oblast", "Kherson", "Dniprovskyi district"}),
    ("Smoke could be seen from Engels on Sunday. The Saratov region's governor said drone debris "
     "damaged a warehouse in the city.", {"Saratov Oblast", "Saratov"}),
    ("Evacuation buses left the front-line city of Kostiantynivka for Druzhkivka on Tuesday. "
     "Russian shells hit a bus stop in the city on Wednesday, the governor said.",
     {"Kostiantynivka"}),
    ("About 300 civilians left Kostiantynivka on Monday. Russian mortars hit a road near the "
     "village of Ivanopillia. Later a drone struck a bus stop in the town, the governor said.",
     {"Kostiantynivka", "Ivanopillia"}),
    # near-misses: the town named in the sentence; a body of the city; nothing to refer to
    ("The city administration of Chuhuiv reported that two drones hit the town overnight.",
     {"Chuhuiv"}),
    ("Nadiia Koval, 67, lost her flat. Russian drones hit the city overnight, the governor said.",
     set()),
])
def test_the_city_is_the_one_the_report_talks_about(text: str, expected: set[str]) -> None:
    assert locations(text) == expected


def test_the_city_of_one_sentence_is_not_the_city_of_another() -> None:
    assert locations("Sumy was the first to be hit. Russian drones struck the city at dawn. "
                     "Kherson came next. Russian shells hit the city at noon.") == \
        {"Sumy", "Kherson"}


@pytest.mark.parametrize("text,expected", [
    ("The Russian-installed director of the plant claimed that Ukrainian drones had attacked the "
     "area near the repair site in Enerhodar.", set()),
    ("Workers at the refinery said a Russian drone damaged a substation in Kremenchuk.",
     {"energy"}),
    ("Russian shelling damaged a school in Kherson on Monday, the head of the city hospital "
     "said.", {"other"}),
    ("The management of the port said a missile struck a grain elevator in Izmail overnight.",
     {"other"}),
    # near-misses: the plant itself was hit; the site named again as what was hit
    ("Ukrainian drones hit the plant in Bryansk overnight, its director said.", {"other"}),
    ("The director of the refinery said Ukrainian drones had set the refinery's main unit on "
     "fire.", {"energy"}),
])
def test_the_people_of_a_site_name_no_target(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


def places_with_regions(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s.attacker, p.name, p.admin1) for s in strikes(text) for p in s.places}


# A town whose name several places share is the one in the region the report has named
@pytest.mark.parametrize("text,expected", [
    ("In the Oryol region, Governor Andrei Klychkov said a Ukrainian drone hit a fuel depot. "
     "Another drone damaged a house in the village of Znamenka.",
     {("UA", "Oryol Oblast", "Oryol Oblast"), ("UA", "Znamenka", "Oryol Oblast")}),
    ("Drones were downed over the Tambov region overnight, the governor said. Debris fell on a "
     "barn in Znamenka, he added.",
     {("UA", "Tambov Oblast", "Tambov Oblast"), ("UA", "Znamenka", "Tambov Oblast")}),
    ("Russian artillery shelled the Odesa region overnight; a shell hit a warehouse in "
     "Podolsk.", {("RU", "Odesa Oblast", "Odesa Oblast"), ("RU", "Podilsk", "Odesa Oblast")}),
    # near-misses: no homonym in the region named; a large town stays itself
    ("Russian drones hit the Kirovohrad region overnight, and a depot in Znamenka burned.",
     {("RU", "Kirovohrad Oblast", "Kirovohrad Oblast"),
      ("RU", "Znamianka", "Kirovohrad Oblast")}),
    ("A Russian drone was downed over the Mykolaiv region. A Ukrainian drone hit a depot in "
     "Kaluga.", {("RU", "Mykolaiv Oblast", "Mykolaiv Oblast"), ("UA", "Kaluga", "Kaluga Oblast")}),
])
def test_a_town_of_a_shared_name_is_the_one_in_the_region_named(
        text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    assert places_with_regions(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The administrative building of a port terminal was damaged by a Russian drone in Izmail.",
     {"transport"}),
    ("A Russian missile destroyed the office building of an agricultural enterprise near Sumy.",
     {"other"}),
    ("Ukrainian drones damaged the administrative building of the Novoshakhtinsk refinery.",
     {"energy"}),
    # near-misses: the building of a body, not of a site; a site of a company
    ("Ukrainian drones struck a refinery of the Rosneft company in Syzran.", {"energy"}),
    ("A Russian drone hit the administrative building of the city council in Kherson.",
     {"government"}),
])
def test_a_building_of_a_site_is_the_site(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    # attacks before the one told
    ("The Zmiiv plant has been hit before, and satellite images show smoke over the site.",
     set()),
    ("The substation in Shostka has been attacked more than once, the governor said.", set()),
    ("The refinery in Syzran, which has been hit several times before, was struck again "
     "overnight by Ukrainian drones.", {("UA", "Syzran"), ("UA", "energy")}),
    # where people were going; the launcher of the weapons
    ("Zelensky said Russian missiles hit Sumy as people were going to work and to the market.",
     {("RU", "Sumy")}),
    ("A Russian drone hit a passenger bus heading to the market in Kherson.",
     {("RU", "Kherson"), ("RU", "transport")}),
    ("Ukraine's Air Force said Russian Kalibr missiles fired from a submarine in the Black Sea hit "
     "a substation in Odesa.", {("RU", "Odesa"), ("RU", "energy")}),
    # near-miss: a warship hit is a target
    ("Ukrainian naval drones hit a Russian warship off Novorossiysk overnight.",
     {("UA", "Novorossiysk"), ("UA", "military")}),
])
def test_earlier_attacks_destinations_and_launchers_are_no_targets(
        text: str, expected: set[tuple[str | None, str]]) -> None:
    assert places_and_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia's defence ministry said its Iskander systems had struck a workshop assembling "
     "long-range drones in Dnipro.", {"military"}),
    ("Ukrainian drones hit a plant producing combat drones in Yelabuga overnight.",
     {"military"}),
    ("Russia's defence ministry said its forces hit a drone assembly workshop in Zaporizhzhia.",
     {"military"}),
    ("A Russian drone set a grain terminal in Izmail on fire overnight.", {"transport"}),
    ("A Russian shell hit a farm building near Nikopol, the governor said.", {"other"}),
    # near-miss: a workshop that repairs cars is no military site
    ("A Russian drone damaged a workshop repairing cars in Kharkiv.", set()),
])
def test_sites_by_what_they_make_or_who_uses_them(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia's defence ministry said Ukraine attacked a tanker near Tuapse with naval drones, "
     "all of which were destroyed by the Black Sea Fleet.", {"Tuapse"}),
    ("Ships of the Black Sea Fleet shot down four Ukrainian drones off Sevastopol overnight.",
     {"Sevastopol"}),
    # near-miss: drones downed over the sea itself
    ("Russian air defences downed 12 Ukrainian drones over the Black Sea overnight.",
     {"Black Sea"}),
])
def test_a_fleet_named_after_a_sea_is_no_place(text: str, expected: set[str]) -> None:
    assert locations(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A Russian drone slammed into a nine-storey block in Sumy overnight.", {"residential"}),
    ("Rescuers pulled two bodies from a collapsed five-story building in Dnipro after the missile "
     "strike.", {"residential"}),
    ("A glide bomb destroyed a student dormitory in Kharkiv on Monday.", {"residential"}),
    ("A Shahed drone crashed into a high-rise in Kyiv's Solomianskyi district.", {"residential"}),
    # near-miss: a storeyed office building is an office building
    ("A missile hit a five-storey office building in Odesa.", {"commercial"}),
])
def test_a_storeyed_block_is_residential(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected


# An attack told in a clause of its own after talk about a truce
@pytest.mark.parametrize("text,expected", [
    ("The Russian defence ministry said Ukrainian troops had used the pause to regroup and had "
     "attacked a command post near Vovchansk with drones.",
     {("UA", "Vovchansk"), ("UA", "military")}),
    ("Kyiv said Russia had accepted the ceasefire on paper and shelled Kherson hours later.",
     {("RU", "Kherson")}),
    ("Moscow declared an Easter truce and then struck a hospital in Sumy, Ukrainian officials "
     "said.", {("RU", "Sumy"), ("RU", "medical")}),
    # near-misses: a promise and a demand about the truce
    ("Russia said it would observe the truce and would not attack energy sites in the Kharkiv "
     "region.", set()),
    ("Ukraine agreed to the truce and called on Russia to stop shelling Kherson.", set()),
])
def test_an_attack_told_after_talk_about_a_truce_keeps_its_places(
        text: str, expected: set[tuple[str | None, str]]) -> None:
    assert places_and_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia fired two missiles at Odesa from ships in the Black Sea.", {"Odesa"}),
    ("The cruise missiles, fired from Tu-95 bombers over the Caspian Sea, hit a substation near "
     "Stryi.", {"Stryi"}),
    ("Russian forces used the Belgorod region as a staging ground for strikes on Kharkiv, which "
     "was hit by three missiles overnight.", {"Kharkiv"}),
    ("Kharkiv, 30 km from the border, is shelled almost daily.", set()),
    ("Nikopol, across the reservoir from the nuclear plant, is shelled nightly by Russian "
     "artillery.", set()),
    # near-misses: one attack told, with a place hit that night; a daily bulletin
    ("Kharkiv was shelled overnight, the governor said.", {"Kharkiv"}),
    ("According to the ministry's daily bulletin, 31 Ukrainian drones were destroyed over the "
     "Bryansk region.", {"Bryansk Oblast"}),
])
def test_launch_platforms_bases_and_habitual_targets_are_no_places(
        text: str, expected: set[str]) -> None:
    assert locations(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian drones hit Odesa overnight. The video shared online shows a fire in Kharkiv and was "
     "first published in 2024.", {"Odesa"}),
    ("A Russian missile hit Sumy overnight; a similar strike destroyed a school in Konotop in "
     "2023.", {"Sumy"}),
    # near-miss: the attack told, ranked against a year
    ("Russian drones hit Odesa overnight in the heaviest attack on the port since 2023.",
     {"Odesa"}),
])
def test_a_place_of_an_earlier_year_is_another_event(text: str, expected: set[str]) -> None:
    assert locations(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("KYIV - Air raid sirens sounded for five hours.\n\nTwo people were killed in the capital "
     "when debris hit a house, the mayor said.", {"Kyiv"}),
    ("Russia launched drones at Kyiv overnight. Moscow said it had hit military targets. "
     "Debris fell on a school in the capital.", {"Kyiv"}),
    ("Sobyanin said air defences downed drones approaching Moscow. Debris fell on a road in "
     "the capital's south, he said.", {"Moscow"}),
    ("Kyiv was hit by a massive attack overnight. Officials said 27 sites in the capital were "
     "damaged by Russian drones.", {"Kyiv"}),
    # near-misses: the capital's suburbs are outside it; no capital named before
    ("Kyiv woke to explosions. Fires broke out in the capital's suburbs after Russian drones "
     "hit warehouses.", {"Kyiv"}),
    ("Russian drones hit a warehouse in the capital overnight.", set()),
])
def test_the_capital_is_the_capital_the_report_named(text: str, expected: set[str]) -> None:
    assert locations(text) == expected
