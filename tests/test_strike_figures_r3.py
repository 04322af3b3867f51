"""Strike constructions of round 3 (issue 13), each with sentences written for the test."""
from __future__ import annotations

import pytest

from ceasefire.read.quantities import find_figures

Row = tuple[str, str | None, float | None]


def figures(sentence: str) -> list[Row]:
    return [(f.metric, f.weapon, f.value) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("The town was attacked by 31 drones, 20 of which were destroyed.",
     [("launched", "drone", 31), ("intercepted", "drone", 20)]),
    ("Russia attacked the region with 40 drones, 25 of which were shot down.",
     [("launched", "drone", 40), ("intercepted", "drone", 25)]),
    ("Kharkiv came under attack by 18 drones, eleven of them were downed.",
     [("launched", "drone", 18), ("intercepted", "drone", 11)]),
    ("More than 40 drones had attacked the region during the night.",
     [("launched", "drone", 40)]),
])
def test_a_whole_attacked_with_is_launched_and_its_part_has_its_own_verb(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Russian troops shelled the village 12 times with more than 60 munitions.",
     [("launched", "artillery", 60)]),
    ("The town was shelled with 35 mortar rounds, and two drones hit a farm.",
     [("launched", "artillery", 35), ("hit", "drone", 2)]),
])
def test_munitions_of_a_shelling_are_artillery_and_times_are_no_count(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two missiles were fired at the port and air defence managed to bring one of them down.",
     [("launched", "missile", 2), ("intercepted", "missile", 1)]),
    ("Gunners shot three of the drones down near Izium.", [("intercepted", "drone", 3)]),
])
def test_a_verb_with_its_particle_after_the_object_governs_the_figure(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The city was struck by five missiles, one of which hit a school.", [("hit", "missile", 5)]),
    ("Air defences destroyed 30 drones, eight of them over the Tula region.",
     [("intercepted", "drone", 30), ("intercepted", "drone", 8)]),
    ("Air defences downed 51 drones, twelve of these being tracked over the Kaluga area.",
     [("intercepted", "drone", 51), ("intercepted", "drone", 12)]),
])
def test_a_part_with_the_whole_s_metric_is_kept_only_as_a_place_s_share(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected
