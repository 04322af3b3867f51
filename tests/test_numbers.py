"""Numbers in war-report prose: counts, qualifiers, ranges, and the look-alikes that are not."""
from __future__ import annotations

import pytest

from ceasefire.read.numbers import NumberMention, find_numbers, parse_number


def only(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


# (text, value, qualifier): exactly one number in the text, read like this.
SINGLE = [
    ("Russia launched 57 drones at the city.", 57, "exact"),
    ("nearly 70 drones", 70, "approx"),
    ("about 40 missiles were fired", 40, "approx"),
    ("some 4.6 bcm of gas", 4.6, "approx"),
    ("an estimated 1,000 troops", 1000, "approx"),
    ("at least three people were killed", 3, "at_least"),
    ("More than a dozen projectiles fell", 12, "at_least"),
    ("Over 8,000 homes lost power", 8000, "at_least"),
    ("upwards of 50 drones", 50, "at_least"),
    ("in excess of 100 drones", 100, "at_least"),
    ("up to 20 missiles", 20, "at_most"),
    ("fewer than five drones reached Kyiv", 5, "at_most"),
    ("as many as 40 people", 40, "at_most"),
    ("the swap returned 1,212 bodies", 1212, "exact"),
    ("storage for 13.2 tonnes", 13.2, "exact"),
    ("a force of 5000 soldiers", 5000, "exact"),
    ("two individuals were wounded", 2, "exact"),
    ("One woman was killed in the strike.", 1, "exact"),
    ("seventy-five shells landed", 75, "exact"),
    ("three hundred drones", 300, "exact"),
    ("three hundred and fifty drones", 350, "exact"),
    ("one thousand prisoners each", 1000, "exact"),
    ("1.5 million people lost heating", 1_500_000, "exact"),
    ("a dozen apartment blocks", 12, "approx"),
    ("half a dozen villages", 6, "approx"),
    ("twelve or more drones", 12, "at_least"),
    ("ten or so drones", 10, "approx"),
    ("the strike on a 30-day truce plan", 30, "exact"),
]


@pytest.mark.parametrize("text,value,qualifier", SINGLE)
def test_single_number(text: str, value: float, qualifier: str) -> None:
    m = only(text)
    assert m.value == pytest.approx(value)
    assert m.qualifier == qualifier
    assert m.high is None


def test_offsets_cover_qualifier_and_number() -> None:
    text = "Officials said more than a dozen projectiles fell."
    m = only(text)
    assert text[m.start:m.end] == "more than a dozen"
    assert text[m.number_start:m.end] == "a dozen"


@pytest.mark.parametrize("text,low,high,qualifier,span", [
    ("between 10 and 15 drones", 10, 15, "at_least", "between 10 and 15"),
    ("10 to 15 drones", 10, 15, "at_least", "10 to 15"),
    ("10-15 drones", 10, 15, "at_least", "10-15"),
    ("two or three drones", 2, 3, "at_least", "two or three"),
    ("about 10 to 15 drones", 10, 15, "approx", "about 10 to 15"),
    ("1.5-2 million people", 1_500_000, 2_000_000, "at_least", "1.5-2 million"),
])
def test_ranges(text: str, low: float, high: float, qualifier: str, span: str) -> None:
    m = only(text)
    assert (m.value, m.high, m.qualifier) == (low, high, qualifier)
    assert text[m.start:m.end] == span


@pytest.mark.parametrize("text", [
    "all devices were neutralised",
    "All of the drones were shot down",
    "every drone was downed",
])
def test_all(text: str) -> None:
    m = only(text)
    assert (m.value, m.qualifier) == (None, "all")
    assert text[m.start:m.end].lower() in ("all", "every")


# Nothing here is a count.
NEGATIVES = [
    "the Kh-101 missiles",
    "S-300 and S-400 systems",
    "a KN-23 missile and an Iskander-M",
    "Su-34 jets, F-16s, T-72 tanks and a MiG-31",
    "dozens of drones",
    "hundreds of people and scores of missiles",
    "tens of thousands fled",
    "several hundred homes",
    "the second attack on the third-largest city",
    "the 80th brigade and the 1st corps",
    "in 2022, since 2014, by 2030",
    "the 2014 annexation",
    "at 11:00 local time and again at 10 pm",
    "output fell by 40% or 40 percent",
    "a $5 billion package and 5 million euros",
    "on March 11, 2025",
    "on 11 March and on Jan. 24",
    "the night of 23-24 April",
    "the night of 10 to 11 March",
    "one of the drones hit a house",
    "a one-for-one exchange",
    "no one was hurt",
    "a civilian was killed and an elderly man injured",
    "two-thirds of the region",
    "a 10-year-old boy",
    "not all drones were stopped",
    "it did not stop at all",
    "every day the sirens sound",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_count(text: str) -> None:
    assert find_numbers(text) == []


def test_several_in_order() -> None:
    text = "Of 147 drones, 97 were shot down and 25 lost; three people died."
    found = find_numbers(text)
    assert [m.value for m in found] == [147, 97, 25, 3]
    assert all(m.qualifier == "exact" for m in found)
    assert [text[m.start:m.end] for m in found] == ["147", "97", "25", "three"]


def test_years_with_a_qualifier_or_as_counts_are_numbers() -> None:
    assert [m.value for m in find_numbers("Russia launched 2000 drones")] == [2000]
    assert [m.value for m in find_numbers("over 2000 drones")] == [2000]


def test_may_is_a_month_only_when_capitalised() -> None:
    assert find_numbers("on May 9") == []
    assert [m.value for m in find_numbers("it may 10 times")] == [10]


@pytest.mark.parametrize("words,value", [
    ("three hundred", 300),
    ("1,212", 1212),
    ("a dozen", 12),
    ("half a dozen", 6),
    ("4.6", 4.6),
    ("1.5 million", 1_500_000),
    ("seventy-five", 75),
    ("two thousand five hundred", 2500),
    ("a hundred", 100),
    ("two-thirds", None),
    ("hundred", None),
    ("a", None),
    ("second", None),
    ("", None),
])
def test_parse_number(words: str, value: float | None) -> None:
    assert parse_number(words) == value


def test_odd_input_never_raises() -> None:
    for text in ["", " ", "-", "1,", ",5", "İstanbul 5 drones", "5" * 400, "between and",
                 "a dozen dozen", "1.2.3", "10 - - 15"]:
        find_numbers(text)


def test_offsets_survive_characters_that_lowercase_to_two() -> None:
    text = "İİ launched 5 drones"
    m = only(text)
    assert text[m.start:m.end] == "5"


def test_a_run_of_digits_too_long_to_be_a_count_is_no_number() -> None:
    assert parse_number("9" * 400) is None  # was float("inf")
    assert parse_number("1" + "0" * 15) == 1e15
    assert [m.value for m in find_numbers("about " + "9" * 30 + " drones")] == []
