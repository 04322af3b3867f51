"""Issue 13, round 21: an English construction carried over from the Ukrainian and Russian
round 21U ("з яких збито 112 і 4 відповідно"). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from reading_helpers import credited

PUBLISHED = "2026-03-02"


@pytest.mark.parametrize("text", [
    "Russia launched 141 drones and 9 missiles overnight, of which 120 and 6 respectively were "
    "shot down, Ukraine's Air Force said.",
    "The Air Force said Russia fired 141 drones and 9 missiles; of these, 120 and 6 respectively "
    "were downed.",
])
def test_respectively_pairs_the_parts_with_their_wholes(text: str) -> None:
    assert credited(text, PUBLISHED) == sorted([
        ("Ukrainian Air Force", "launched", "drone", 141),
        ("Ukrainian Air Force", "launched", "missile", 9),
        ("Ukrainian Air Force", "intercepted", "drone", 120),
        ("Ukrainian Air Force", "intercepted", "missile", 6)], key=str)


def test_a_summary_of_labels_and_slashes_under_heads_in_a_bracket() -> None:
    text = ("Air Force summary (launched / shot down):\n"
            "- Kh-101 cruise missiles — 11 / 9\n"
            "- Shahed drones — 180 / 162\n"
            "- total — 191 / 171")
    assert credited(text, PUBLISHED) == sorted([
        ("Ukrainian Air Force", "launched", "cruise_missile", 11),
        ("Ukrainian Air Force", "intercepted", "cruise_missile", 9),
        ("Ukrainian Air Force", "launched", "drone", 180),
        ("Ukrainian Air Force", "intercepted", "drone", 162),
        ("Ukrainian Air Force", "launched", None, 191),
        ("Ukrainian Air Force", "intercepted", None, 171)], key=str)


def test_a_ratio_in_prose_is_no_table() -> None:
    text = "The Air Force said 40 / 45 drones were downed (a rate we put at 89 / 100)."
    assert not any(metric == "launched" and value in (45, 100)
                   for _, metric, _, value in credited(text, PUBLISHED))
