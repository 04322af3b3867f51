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
