"""Who attacked: the side the words around a strike name, and the one nearest each figure."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.actors import find_actors, opponent
from ceasefire.read.attackers import SideCue, attacker_cues, nearest
from ceasefire.read.attribution import AttributionContext, find_claimant


def cues(sentence: str) -> list[tuple[str, str]]:
    claimant = find_claimant(sentence, AttributionContext())
    return [(c.attacker, c.how)
            for c in attacker_cues(sentence, list(find_actors(sentence)), claimant)]


@pytest.mark.parametrize("sentence,side", [
    ("Russian drones struck Odesa overnight.", "RU"),
    ("Ukrainian drones hit a depot in Tambov.", "UA"),
    ("Ukraine's drones hit an airfield in Engels.", "UA"),
    ("Russia's massive drone attack hit Lviv.", "RU"),
    ("A Russian missile strike damaged a bridge in Kherson.", "RU"),
])
def test_a_side_adjective_before_an_attack_noun_names_the_attacker(sentence: str,
                                                                   side: str) -> None:
    assert cues(sentence) == [(side, "adjective")]


@pytest.mark.parametrize("sentence,side", [
    ("Russia fired eight missiles at Dnipro.", "RU"),
    ("Moscow launched 40 drones at Kremenchuk.", "RU"),
    ("Kyiv's forces attacked a power plant near Kursk.", "UA"),
    ("Ukraine has again struck a refinery in Saratov.", "UA"),
    ("Russia, for its part, insisted that its strikes hit only military sites.", "RU"),
    ("Kyiv maintained that its attacks targeted only fuel depots.", "UA"),
])
def test_a_side_before_an_attack_verb_is_the_attacker(sentence: str, side: str) -> None:
    assert cues(sentence) == [(side, "agent")]


@pytest.mark.parametrize("sentence,side", [
    ("Kyiv was attacked overnight.", "RU"),
    ("Moscow came under attack again on Sunday.", "UA"),
])
def test_a_side_that_was_attacked_is_the_target(sentence: str, side: str) -> None:
    assert cues(sentence) == [(side, "target")]


def test_ukraine_launched_names_ukraine_before_the_russian_target() -> None:
    assert cues("Ukraine launched 60 drones at Russian regions.") == \
        [("UA", "agent"), ("UA", "target")]


def test_an_attack_by_a_side_names_that_side() -> None:
    assert cues("An attack by Ukraine damaged a substation in Kursk.") == [("UA", "by")]


@pytest.mark.parametrize("sentence,side", [
    ("A strike on Kyiv damaged homes.", "RU"),
    ("Strikes on Russian refineries have intensified.", "UA"),
    ("Drones targeting Ukrainian ports were shot down.", "RU"),
])
def test_the_side_attacked_gives_its_opponent_as_attacker(sentence: str, side: str) -> None:
    assert cues(sentence) == [(side, "target")]


def test_its_forces_after_a_claimant_names_the_claimants_side() -> None:
    sentence = "The Russian Defence Ministry said its forces struck a depot in Sumy."
    assert ("RU", "pronoun") in cues(sentence)


def test_it_before_the_claimant_is_named_is_not_the_claimant_s_side() -> None:
    # "it" is the attacker an earlier sentence named, not the Ukrainian air force that speaks
    assert cues("At night it fired 61 drones, the Ukrainian air force said.") == []
    assert ("UA", "pronoun") in cues("Our forces fired 20 drones at a depot, Ukraine's army said.")


@pytest.mark.parametrize("sentence", [
    "Putin launched a new round of talks.",
    "The weather in Lviv was calm.",
])
def test_no_cue_without_a_belligerent_side_acting(sentence: str) -> None:
    assert cues(sentence) == []


def test_a_sentence_about_two_attacks_gives_both_sides_in_order() -> None:
    sentence = "Russian forces shelled Kherson, while Ukrainian drones hit Kursk."
    assert cues(sentence) == [("RU", "agent"), ("UA", "adjective")]


def test_nearest_picks_the_side_named_closest_to_the_figure() -> None:
    found = [SideCue(0, "RU", "agent"), SideCue(40, "UA", "adjective")]
    assert nearest(found, 5) == "RU"
    assert nearest(found, 45) == "UA"


def test_nearest_prefers_the_cue_before_on_a_tie() -> None:
    assert nearest([SideCue(0, "RU", "agent"), SideCue(20, "UA", "agent")], 10) == "RU"


def test_nearest_without_cues_is_none() -> None:
    assert nearest([], 10) is None


@pytest.mark.parametrize("side,other", [("RU", "UA"), ("UA", "RU"), ("US", None), (None, None)])
def test_opponent_is_the_other_belligerent(side: str | None, other: str | None) -> None:
    assert opponent(side) == other


@pytest.mark.parametrize("text,attacker", [
    ("The attack on Kharkiv killed two people.", "RU"),
    ("A drone attack on Belgorod injured three people.", "UA"),
    ("Russia fired nine missiles at Ukraine overnight.", "RU"),
    ("Ukraine launched 35 drones at Russia overnight.", "UA"),
])
def test_read_gives_each_strike_its_attacker(text: str, attacker: str) -> None:
    reading = ceasefire.read(text, published="2025-06-04")
    assert [s.attacker for s in reading.strikes] == [attacker]


def test_the_side_word_on_the_noun_wins_over_the_claimant() -> None:
    text = "The Ukrainian Air Force said it shot down 20 Russian drones and 7 missiles."
    reading = ceasefire.read(text, published="2025-06-04")
    assert {s.attacker for s in reading.strikes} == {"RU"}


@pytest.mark.parametrize("text,side", [
    ("Ukraine's Security Service said on Tuesday its long-range drones had struck the Morozovsk "
     "airfield, hitting a hangar used by the bombers that drop glide bombs on Ukrainian towns.",
     "UA"),
    ("The Russian defence ministry said its heavy missiles had hit a plant that builds drones "
     "for attacks on Russian cities.", "RU"),
    ("The General Staff said its naval drones struck a Russian patrol ship off Crimea.", "UA"),
])
def test_the_speaker_s_own_weapons_with_modifiers_name_the_attacker(text: str,
                                                                    side: str) -> None:
    strikes = ceasefire.read(text, published="2026-02-10").strikes
    assert [s.attacker for s in strikes] == [side]
