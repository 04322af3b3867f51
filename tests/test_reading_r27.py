"""Issue 13, round 27 (English strikes: target types that tuning sets of several writers
lost or gained): each rule with sentences written for the test, and near-misses."""
from __future__ import annotations

import pytest

import ceasefire
from reading_helpers import credited

PUBLISHED = "2026-02-03"


def _targets(text: str) -> list[str]:
    return sorted({t for s in ceasefire.read(text, published=PUBLISHED).strikes
                   for t in s.target_types})


@pytest.mark.parametrize("phrase", [
    "an energy object", "two energy objects", "an object of energy infrastructure",
    "the object of the energy sector", "power equipment", "gas equipment",
])
def test_energy_objects_and_equipment_are_energy(phrase: str) -> None:
    # Ukrainian officials' "об'єкт енергетики" put into English word for word
    text = f"A Russian drone damaged {phrase} in the Chernivtsi region overnight, the governor " \
        "said."
    assert _targets(text) == ["energy"]


def test_an_object_of_another_trade_is_no_energy_target() -> None:
    text = "A Russian drone damaged an object of cultural heritage in Chernivtsi, the mayor said."
    assert "energy" not in _targets(text)


@pytest.mark.parametrize("noun", ["oil loading terminal", "oil export terminal",
                                  "fuel storage depot", "oil terminal"])
def test_an_oil_terminal_with_its_trade_between_is_energy(noun: str) -> None:
    text = f"Ukrainian drones set fire to the {noun} near Ust-Luga, the regional governor said."
    assert _targets(text) == ["energy"]


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said it had hit energy sites \"that ensure the operation of "
    "Ukraine's military-industrial complex\" overnight.",
    "The Russian defence ministry said its forces struck gas facilities supporting the "
    "Ukrainian defence industry overnight.",
    "Russia's ministry of defence said it had struck power plants serving defence industry "
    "enterprises overnight.",
    "The Russian defence ministry said its forces hit energy infrastructure used by "
    "military-industrial enterprises overnight.",
])
def test_what_a_site_struck_serves_is_no_target_of_its_own(text: str) -> None:
    assert _targets(text) == ["energy"]


@pytest.mark.parametrize("text, expected", [
    # a second object of the verb, joined by "and": both were struck
    ("The Russian ministry of defence reported that its troops hit energy sites and "
     "military-industrial enterprises overnight.", ["energy", "military"]),
    ("Russia's defence ministry said it hit energy sites used by the army and defence industry "
     "plants overnight.", ["energy", "military"]),
    # no site before the served one: the military target is what was struck
    ("The Russian ministry of defence reported that its troops hit military-industrial "
     "enterprises overnight.", ["military"]),
])
def test_a_second_object_is_still_a_target(text: str, expected: list[str]) -> None:
    assert _targets(text) == expected


def test_a_military_industrial_enterprise_is_one_military_target() -> None:
    # the longer row ("military-industrial enterprises") before the shorter one: not also a
    # factory of no trade ("enterprises": other)
    text = "Russian missiles hit a military-industrial enterprise in Dnipro, the ministry said."
    assert _targets(text) == ["military"]


def _places(text: str) -> list[str]:
    return sorted({p.name for s in ceasefire.read(text, published=PUBLISHED).strikes
                   for p in s.places})


@pytest.mark.parametrize("text", [
    "The General Staff said Russian units had shelled Ukrainian trenches since the ceasefire "
    "began, above all near Lyman and Siversk.",
    "The General Staff said Russian guns had shelled Lyman and Siversk since the truce took "
    "effect.",
])
def test_attacks_told_since_a_truce_began_keep_their_places(text: str) -> None:
    # GUIDE: a total over a period is no quantity; where the attacks fell is no total
    assert _places(text) == ["Lyman", "Siversk"]


def test_a_count_since_a_truce_began_is_still_no_quantity() -> None:
    text = ("The General Staff said Russian guns had fired 312 shells at Lyman since the truce "
            "took effect.")
    strikes = ceasefire.read(text, published=PUBLISHED).strikes
    assert [p.name for s in strikes for p in s.places] == ["Lyman"]
    assert [q for s in strikes for q in s.quantities] == []


def test_places_of_a_longer_period_are_still_dropped() -> None:
    text = "Russian guns have shelled Lyman and Siversk since the start of the year, the army said."
    assert _places(text) == []


@pytest.mark.parametrize("body", ["General Staff", "Defence Ministry", "Air Force Command",
                                  "Security Service"])
def test_a_capitals_national_body_is_its_government_not_a_place(body: str) -> None:
    # GUIDE: "Kyiv" used for a government is no location
    text = f"Kyiv's {body} said Russian guns had shelled Ukrainian trenches near Lyman overnight."
    assert _places(text) == ["Lyman"]


def test_a_capitals_district_is_still_a_place() -> None:
    text = "A Russian drone hit Kyiv's Sviatoshynskyi district overnight, the mayor said."
    assert _places(text) == ["Kyiv", "Sviatoshynskyi district"]


@pytest.mark.parametrize("subject, side", [
    ("Ukrainian units", "UA"), ("Ukrainian soldiers", "UA"), ("Russian units", "RU"),
    ("Russian servicemen", "RU"),
])
def test_a_sides_units_that_shelled_are_the_attacker(subject: str, side: str) -> None:
    # the defender's positions named after the verb are the target, not the attacker
    other = "Russian" if side == "UA" else "Ukrainian"
    text = f"{subject} shelled {other} trenches near Kupiansk on Tuesday, the ministry said."
    assert {s.attacker for s in ceasefire.read(text, published=PUBLISHED).strikes} == {side}


AIR_FORCE = "Ukrainian Air Force"


@pytest.mark.parametrize("text", [
    "Air defence destroyed 64 drones out of 80 overnight, the air force said.",
    "The air force said 64 attack UAVs out of the 80 were shot down overnight.",
])
def test_a_part_out_of_a_whole_leaves_the_whole_launched(text: str) -> None:
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 64),
                                         (AIR_FORCE, "launched", "drone", 80)]


@pytest.mark.parametrize("voice", ["the air force's spokesman", "the air force's spokeswoman",
                                   "the Air Force's press service", "the air force's commander"])
def test_a_bodys_unnamed_voice_speaks_for_the_body(voice: str) -> None:
    text = f"Russia launched 80 drones at Ukraine overnight, {voice} said."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "drone", 80)]


def test_a_bodys_data_is_still_the_bodys_and_another_title_is_no_voice() -> None:
    text = "Russia launched 80 drones at Ukraine overnight, the air force's data showed."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "drone", 80)]
    text = "Russia launched 80 drones at Ukraine overnight, the air force's critics said."
    assert [row[0] for row in credited(text, PUBLISHED)] != [AIR_FORCE]


@pytest.mark.parametrize("verb", ["consisted of", "comprised", "was made up of"])
def test_what_an_attack_consisted_of_was_launched(verb: str) -> None:
    # the downing verb of a later clause governs only its own figure
    text = (f"The night's attack {verb} 80 drones and three Kh-101 missiles, the air force "
            "said, which added that 64 of the drones were intercepted.")
    assert credited(text, PUBLISHED) == [
        (AIR_FORCE, "intercepted", "drone", 64), (AIR_FORCE, "launched", "cruise_missile", 3),
        (AIR_FORCE, "launched", "drone", 80)]


def test_air_defences_that_took_out_a_count_downed_it() -> None:
    text = ("Moscow sent 80 drones over the border in the night, according to the air force, "
            "which added that air defences took out 64.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 64),
                                         (AIR_FORCE, "launched", "drone", 80)]


def test_a_weapon_that_took_out_a_site_downed_nothing() -> None:
    text = "A Russian missile took out a substation in Poltava overnight, the governor said."
    assert [q for s in ceasefire.read(text, published=PUBLISHED).strikes
            for q in s.quantities] == []


@pytest.mark.parametrize("text, weapon", [
    ("Russia's 80-drone attack overnight was largely repelled, the air force said.", "drone"),
    ("The air force said a 12-missile barrage hit the west of the country overnight.",
     "missile"),
])
def test_an_attack_of_n_weapons_launched_them(text: str, weapon: str) -> None:
    value = 80 if weapon == "drone" else 12
    assert (AIR_FORCE, "launched", weapon, value) in credited(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Two 80-drone attacks in a week have worn down the air defences, the air force said.",
    "Russia offered a 30-day truce on Monday, the air force said.",
])
def test_other_hyphenated_counts_are_no_launch(text: str) -> None:
    assert credited(text, PUBLISHED) == []
