"""Issue 13, round 26 (diplomacy): rules with sentences written for the test."""
from __future__ import annotations

from reading_helpers import exchanges

PUBLISHED = "2026-05-15"


def test_a_stage_of_a_swap_still_to_be_completed() -> None:
    text = ("Russia and Ukraine exchanged 270 prisoners each on Friday, the first stage of a "
            "900-for-900 swap agreed in Geneva.")
    assert exchanges(text, PUBLISHED) == [(270, 270, "completed"), (900, 900, "agreed")]


def test_the_last_stage_completes_the_swap() -> None:
    text = ("Russia and Ukraine exchanged 230 prisoners each on Friday, the final stage of the "
            "900-for-900 swap.")
    assert exchanges(text, PUBLISHED) == [(230, 230, "completed"), (900, 900, "completed")]
