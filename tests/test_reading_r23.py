"""Issue 13, round 23 (English strikes, tuned on invented33 and invented34): each rule with
sentences written for the test."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.quantities import find_figures
from reading_helpers import credited

PUBLISHED = "2026-06-11"
AIR_FORCE = "Ukrainian Air Force"


def test_a_figure_the_source_corrects_gives_way_to_its_update() -> None:
    text = ("The Air Force said 318 drones and 21 missiles were shot down or suppressed.\n\n"
            "In an updated post, it says 324 drones were neutralised rather than 318: 300 were "
            "shot down and 24 were lost to electronic warfare.")
    drones = sorted(value for _, metric, weapon, value in credited(text, PUBLISHED)
                    if metric == "intercepted" and weapon == "drone")
    assert drones == [24, 300, 324]


@pytest.mark.parametrize("sentence, expected", [
    ("- Missiles intercepted: none of the four.", [("launched", "missile", 4)]),
    ("None of the 11 people in the shelter was hurt.", []),
])
def test_none_of_a_set_counts_no_part_of_it(sentence: str, expected: list) -> None:
    assert [(f.metric, f.weapon, f.value) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Three cruise missiles and roughly 30 drones reached their targets, the Air Force said.",
     [("hit", "cruise_missile", 3), ("hit", "drone", 30)]),
    ("The Air Force said two missiles did reach their targets.", [("hit", "missile", 2)]),
    ("From seven in the evening until about six this morning the enemy used 131 drones, the Air "
     "Force said.", [("launched", "drone", 131)]),
])
def test_shared_verbs_and_hours_in_words(sentence: str, expected: list) -> None:
    assert sorted((m, w, v) for _, m, w, v in credited(sentence, PUBLISHED)) == sorted(expected)


def test_a_denied_reach_stays_intercepted() -> None:
    text = "The Air Force said 17 drones did not reach their targets."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 17)]


def test_a_pair_of_weapons_is_two() -> None:
    text = ("Russia sent 96 drones and a pair of Kh-59 guided missiles toward Ukraine overnight, "
            "per the Ukrainian Air Force.")
    assert (AIR_FORCE, "launched", "missile", 2) in credited(text, PUBLISHED)


def test_a_pair_of_other_things_is_no_figure() -> None:
    assert credited("A pair of cranes worked at the damaged port overnight.", PUBLISHED) == []


def test_drones_headed_for_a_region_were_launched_at_it() -> None:
    text = ("The Sumy regional military administration said 14 drones had headed for the region, "
            "all but two of which were downed.")
    assert sorted((metric, value) for _, metric, _, value in credited(text, PUBLISHED)) == [
        ("intercepted", 12), ("launched", 14)]


def test_a_bare_ministry_giving_drones_downed_over_russia_is_the_russian_ministry() -> None:
    text = ("Per the ministry's Telegram channel, air defence systems destroyed 61 Ukrainian "
            "drones overnight.")
    assert credited(text, PUBLISHED) == [
        ("Russian Ministry of Defence", "intercepted", "drone", 61)]


def test_a_list_under_a_line_that_only_opens_it() -> None:
    text = ("The ministry said air defences destroyed 70 Ukrainian drones overnight. It listed "
            "them by region:\n\nKursk region - 41\nOryol region - 29")
    values = sorted(value for *_, value in credited(text, PUBLISHED))
    assert values == [29, 41, 70]


def test_translated_copy_s_closing_source_and_launch_directions() -> None:
    text = ("In night on 4 June (from 18:00 of 3 June) the enemy attacked by 2 guided air "
            "missiles from airspace of Belgorod region and by 58 strike UAV from directions Kursk, "
            "Millerovo - RF, Chauda - TOT of Crimea. Such informed Air Forces of Ukraine.")
    reading = ceasefire.read(text, published=PUBLISHED)
    assert [(s.attacker, s.claimed_by, [p.name for p in s.places]) for s in reading.strikes] == [
        ("RU", AIR_FORCE, [])]


def test_a_recorded_hit_of_a_list_of_weapons() -> None:
    text = "Recorded hit of 3 missiles and of 11 strike UAV on 6 locations, informed the Air Force."
    assert sorted((metric, value) for _, metric, _, value in credited(text, PUBLISHED)) == [
        ("hit", 3), ("hit", 11)]


@pytest.mark.parametrize("text, kinds", [
    ("Naftogaz said the strikes damaged gas production sites in the Kharkiv region and a "
     "processing plant in the Poltava region.", ["energy"]),
    ("Drones hit a chemical plant and a power substation in Sumy, the governor said.",
     ["energy", "other"]),
])
def test_a_plant_of_no_trade_beside_energy_sites_is_one_of_them(text: str, kinds: list) -> None:
    reading = ceasefire.read(text, published=PUBLISHED)
    assert sorted({t for s in reading.strikes for t in s.target_types}) == kinds


def test_the_air_force_spokesman_s_turns_in_a_transcript_are_the_air_force_s() -> None:
    text = ("HOST: With me is Yurii Ihnat. What came at us overnight?\n\n"
            "IHNAT: The enemy used 88 attack drones. We shot down 71 of them.")
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {AIR_FORCE}


def test_bare_iskanders_and_a_stop_inside_scare_quotes() -> None:
    text = ("The Air Force reported that air defences downed 14 Kh-101s, two Iskanders, and 160 "
            "drones and that a further 25 drones were \"locationally lost.\"")
    assert sorted((weapon, value) for _, _, weapon, value in credited(text, PUBLISHED)) == [
        ("ballistic_missile", 2), ("cruise_missile", 14), ("drone", 25), ("drone", 160)]


def test_an_iskander_k_stays_a_cruise_missile() -> None:
    text = "Russia fired two Iskander-K missiles at Odesa, the Air Force said."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "cruise_missile", 2)]


def test_capitals_between_which_a_call_ran_are_governments() -> None:
    text = ("Today: a port fire in Odesa after a drone strike, and a call between Ankara and "
            "Kyiv.")
    reading = ceasefire.read(text, published=PUBLISHED)
    assert [p.name for s in reading.strikes for p in s.places] == ["Odesa"]
