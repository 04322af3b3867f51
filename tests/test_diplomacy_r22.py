"""Issue 13, round 22: diplomacy constructions generalised from invented21 and invented22 (once
blind judges, now tuning sets); each with sentences written for the test (other sides, names,
numbers and orders) and near-misses that must still be read as before."""
from __future__ import annotations

from functools import partial

import pytest

import reading_helpers as read

PUBLISHED = "2026-05-13"  # a Wednesday
positions = partial(read.positions, published=PUBLISHED)
talks = partial(read.talks, published=PUBLISHED)
exchanges = partial(read.exchanges, published=PUBLISHED)


# --- Exchanges: counts of two nations are the two sides of the swap ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("In all, 312 Russians and 305 Ukrainians were swapped over the weekend, the Qatari "
     "foreign ministry said.", [(305, 312, "completed")]),
    ("Turkey said it had helped complete an exchange of prisoners involving 88 Ukrainian "
     "soldiers and 91 Russian soldiers.", [(88, 91, "completed")]),
])
def test_counts_of_two_nations_are_each_sides_share(text: str, expected: list[tuple]) -> None:
    assert exchanges(text) == expected


def test_counts_of_one_nation_joined_by_and_stay_one_group() -> None:
    # near-miss: soldiers and civilians of one nation are one side's count, as before
    text = "On Tuesday 120 Ukrainian soldiers and 14 Ukrainian civilians came home in a swap."
    assert exchanges(text) == [(134, None, "completed")]


# --- Exchanges: each side's own count of one day's swap, told apart ---------------------------

def test_each_sides_own_count_on_one_day_is_one_swap() -> None:
    text = ("Kyiv said on Tuesday that 203 of its soldiers were back home after a swap with "
            "Russia.\n\nThe Qatari mediators thanked both governments.\n\n"
            "Russia's Defence Ministry said on Tuesday that 197 Russian servicemen had been "
            "returned from Ukrainian-held territory.")
    assert exchanges(text) == [(203, 197, "completed")]


def test_a_side_and_the_dead_of_one_day_stay_apart() -> None:
    # near-miss: the bodies handed over that day are not the other half of the living
    text = ("Moscow said on Tuesday that 64 Russian servicemen had been returned in a swap.\n\n"
            "On Tuesday, the bodies of 700 fallen soldiers were also repatriated to Ukraine.")
    assert exchanges(text) == [(700, None, "completed"), (None, 64, "completed")]


def test_halves_on_different_days_stay_apart() -> None:
    text = ("On Monday, 40 Ukrainian prisoners of war came home in a swap.\n\n"
            "Russia said on Tuesday that 52 Russian servicemen had been returned in a swap.")
    assert exchanges(text) == [(40, None, "completed"), (None, 52, "completed")]
