"""Figures of the nightly air tally read in round 10 (sentences written for the tests): a part
of a set named before that names its own weapon ("42 of those drones"), and a whole fronted
with "Out of" ("Out of 51 drones, 38 were shot down"), in quotations too."""
from __future__ import annotations

import pytest

from ceasefire.read.quantities import find_figures


def read(sentence: str) -> list[tuple[str, str | None, float | None]]:
    return [(f.metric, f.weapon, f.value) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Forty-two of those drones were shot down and nine were jammed, while the missile hit a "
     "warehouse.", [("intercepted", "drone", 42), ("intercepted", "drone", 9)]),
    ("Air defence destroyed 12 of these missiles and 30 of the drones.",
     [("intercepted", "missile", 12), ("intercepted", "drone", 30)]),
    ("Of them, 25 of those Shaheds were downed over the Sumy region.",
     [("intercepted", "drone", 25)]),
    # near-miss: one of a set named before is one item's fate, no tally
    ("Governor Oleh Hryhorov says one of those missiles slammed into a bus depot.", []),
])
def test_a_part_of_a_set_before_may_name_its_weapon(sentence: str, expected: list) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Out of 51 drones, 38 were shot down.",
     [("launched", "drone", 51), ("intercepted", "drone", 38)]),
    ('"Out of 90 Shaheds, 71 were neutralised," the spokesman said.',
     [("launched", "drone", 90), ("intercepted", "drone", 71)]),
    ("Out of the 12 missiles launched, ten were intercepted.",
     [("launched", "missile", 12), ("intercepted", "missile", 10)]),
    ("Only 40 out of 97 drones were shot down.",
     [("intercepted", "drone", 40), ("launched", "drone", 97)]),
    # near-miss: a part of the toll stays no figure of its own
    ("Two of the 12 dead were children.", [("killed", None, 12)]),
])
def test_a_whole_fronted_with_out_of(sentence: str, expected: list) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The spokesman went on the national telethon around nine and gave the numbers: Russia "
     "sent 45 drones, and 34 were brought down.",
     [("launched", "drone", 45), ("intercepted", "drone", 34)]),
    ("Sirens sounded in Kyiv until four, when 20 drones were downed.",
     [("intercepted", "drone", 20)]),
    ("Drones hit the depot at three in the morning; 12 were shot down.",
     [("intercepted", "drone", 12)]),
    # near-misses: a level or a count is no time
    ("The number of dead remained at two.", [("killed", None, 2)]),
    ("Russia launched around nine drones, and all were downed.",
     [("launched", "drone", 9), ("intercepted", "drone", None)]),
])
def test_an_hour_in_words_is_no_figure(sentence: str, expected: list) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Of those, 102 were shot down and 38 were stopped by electronic jamming.",
     [("intercepted", None, 102), ("intercepted", None, 38)]),
    ("Another 17 Shaheds were defeated by EW.", [("intercepted", "drone", 17)]),
    ("Fourteen drones fell over the Odesa region and nine over the Mykolaiv region.",
     [("intercepted", "drone", 14), ("intercepted", "drone", 9)]),
    # near-miss: drones that fell on a house are no interception
    ("Two drones fell on a house in Odesa.", [("launched", "drone", 2)]),
])
def test_drones_stopped_by_jamming_or_falling_over_a_region_are_downed(sentence: str,
                                                                       expected: list) -> None:
    assert read(sentence) == expected


def test_both_before_a_list_that_goes_on_with_a_figure_counts_two() -> None:
    assert read("Both missiles and 17 drones hit eight locations.") == [
        ("hit", "missile", 2), ("hit", "drone", 17)]
    assert read("Both drones and missiles hit the city.") == []  # "both" joins two kinds


def strikes(text: str) -> list[tuple[str | None, str, str | None, float | None]]:
    import ceasefire
    reading = ceasefire.read(text, published="2026-07-04")
    return sorted(((s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked with two Iskander-M ballistic missiles and 104 drones, the Air Force "
     "said. Both missiles and 17 drones hit eight locations.",
     [("Ukrainian Air Force", "hit", "ballistic_missile", 2),
      ("Ukrainian Air Force", "hit", "drone", 17),
      ("Ukrainian Air Force", "launched", "ballistic_missile", 2),
      ("Ukrainian Air Force", "launched", "drone", 104)]),
    ("The Air Force said Russia fired three Kalibr missiles and 40 drones overnight. The two "
     "missiles that got through hit Odesa.",
     [("Ukrainian Air Force", "hit", "cruise_missile", 2),
      ("Ukrainian Air Force", "launched", "cruise_missile", 3),
      ("Ukrainian Air Force", "launched", "drone", 40)]),
    # near-misses: two classes before, so "both missiles" keeps no class; and an
    # indefinite "two missiles" is no reference back
    ("The Air Force said Russia fired two Kalibr cruise missiles and two Iskander-M ballistic "
     "missiles. Both missiles of one pair hit their targets.",
     [("Ukrainian Air Force", "hit", "missile", 2),
      ("Ukrainian Air Force", "launched", "ballistic_missile", 2),
      ("Ukrainian Air Force", "launched", "cruise_missile", 2)]),
    ("The Air Force said Russia fired three Kalibr cruise missiles. Two missiles hit Odesa.",
     [("Ukrainian Air Force", "hit", "missile", 2),
      ("Ukrainian Air Force", "launched", "cruise_missile", 3)]),
])
def test_missiles_referred_back_take_the_one_class_counted(text: str, expected: list) -> None:
    assert strikes(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("The Air Force said Russia launched 45 drones and 34 were shot down. By its count, 14 of "
     "them fell over the Odesa region and nine over the Mykolaiv region.",
     [("Ukrainian Air Force", "intercepted", "drone", 9),
      ("Ukrainian Air Force", "intercepted", "drone", 14),
      ("Ukrainian Air Force", "intercepted", "drone", 34),
      ("Ukrainian Air Force", "launched", "drone", 45)]),
    ("Russia fired 60 drones overnight, the Air Force said. In all, 52 were neutralised.",
     [("Ukrainian Air Force", "intercepted", "drone", 52),
      ("Ukrainian Air Force", "launched", "drone", 60)]),
    # near-miss: a new paragraph opening with a phrase does not continue the figures
    ("Russia fired 60 drones overnight, the Air Force said.\n\nBy the weekend, 20 schools "
     "had reopened.", [("Ukrainian Air Force", "launched", "drone", 60)]),
])
def test_a_sentence_opening_with_a_phrase_then_a_figure_continues(text: str,
                                                                  expected: list) -> None:
    assert strikes(text) == sorted(expected, key=str)


def test_not_reached_targets_is_no_hit() -> None:
    assert read("Not reached targets: 15 drones.") == [("intercepted", "drone", 15)]
    assert read("Reached targets: 15 drones.") == [("hit", "drone", 15)]


def test_a_hits_label_before_a_dash_is_hit() -> None:
    assert read("Hits - 9 drones in 4 locations.") == [("hit", "drone", 9)]
    assert read("Hits: about 9 drones.") == [("hit", "drone", 9)]


@pytest.mark.parametrize("sentence", ["Not intercepted: both missiles.",
                                      "Missiles not shot down: 2.",
                                      "2. Never destroyed: 4 drones."])
def test_a_label_that_denies_its_verb_gives_no_figure(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize("text,expected", [
    ('"Out of 51 drones, 38 were shot down, and all four Kh-59 guided missiles were '
     'destroyed," the Air Force spokesman said.',
     [("Ukrainian Air Force", "intercepted", "drone", 38),
      ("Ukrainian Air Force", "intercepted", "missile", 4),
      ("Ukrainian Air Force", "launched", "drone", 51),
      ("Ukrainian Air Force", "launched", "missile", 4)]),
    ("All 40 drones were shot down, the Air Force said.",
     [("Ukrainian Air Force", "intercepted", "drone", 40),
      ("Ukrainian Air Force", "launched", "drone", 40)]),
    # near-misses: the launch told before or after is the one launch; "all" with no number
    ("The Air Force said Russia fired three Kalibr cruise missiles; all three were shot down.",
     [("Ukrainian Air Force", "intercepted", "cruise_missile", 3),
      ("Ukrainian Air Force", "launched", "cruise_missile", 3)]),
    ("Air defence neutralised 80 drones and all three missiles, the Air Force said. Russia had "
     "launched 97 drones and three Kalibr cruise missiles.",
     [("Ukrainian Air Force", "intercepted", "drone", 80),
      ("Ukrainian Air Force", "intercepted", "missile", 3),
      ("Ukrainian Air Force", "launched", "cruise_missile", 3),
      ("Ukrainian Air Force", "launched", "drone", 97)]),
    ("All the drones were shot down, the Air Force said.",
     [("Ukrainian Air Force", "intercepted", "drone", None)]),
])
def test_all_of_a_number_downed_were_launched(text: str, expected: list) -> None:
    assert strikes(text) == sorted(expected, key=str)
