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
    # near-misses: a car park is no park; a complex working normally was not hit
    ("A drone hit a car park in Sumy, burning out six cars.", set()),
    ("The governor said the region's fuel and energy complex was working normally after drones "
     "were shot down over Kursk.", set()),
])
def test_words_of_a_target_type(text: str, expected: set[str]) -> None:
    assert target_types(text) == expected
