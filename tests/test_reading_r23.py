"""Issue 13, round 23 (English strikes, tuned on invented33 and invented34): each rule with
sentences written for the test."""
from __future__ import annotations

import pytest

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
