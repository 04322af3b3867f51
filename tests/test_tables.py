"""Tables of figures read by their header (``ceasefire.read.tables``): a cell's metric is its
column's, its weapon its row's label's, whatever the layout (lines of pipes, a table flattened
into one paragraph, tab-separated, transposed, without a header, columns lined up by spaces)."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.tables import find_table_figures

AF = "Ukrainian Air Force"


def figures(text: str) -> list[tuple[str | None, str, str | None, float | None]]:
    reading = ceasefire.read(text, published="2026-02-10")
    return sorted(((s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize("text,expected", [
    # flattened into one paragraph by the page, a mixed total, the source on a line below
    ("Russia struck Lviv with drones and missiles before dawn on Tuesday.\n\n"
     "Night of 9-10 February. Weapon | launched | destroyed. Geran drones | 133 | 120. "
     "Kalibr missiles | 5 | 4. Total | 138 | 124.\n\nData: Ukrainian Air Force.",
     [(AF, "launched", "drone", 133), (AF, "intercepted", "drone", 120),
      (AF, "launched", "cruise_missile", 5), (AF, "intercepted", "cruise_missile", 4),
      (AF, "launched", None, 138), (AF, "intercepted", None, 124)]),
    # a markdown table, a "Hits" column; rows of one class under a total are its sub-types
    ("Ukraine's Air Force published its tally for the night:\n\n"
     "| Type | Fired | Shot down | Hits |\n|---|---|---|---|\n"
     "| Shahed drones | 48 | 40 | 3 |\n| Gerbera decoys | 20 | 20 | 0 |\n"
     "| Total | 68 | 60 | 3 |",
     [(AF, "hit", "drone", 3), (AF, "intercepted", "drone", 60),
      (AF, "launched", "drone", 68)]),
    # zero hits are no figure; a total row is optional
    ("Air Force, night of 9-10 February:\n\n| Type | Fired | Shot down | Hits |\n"
     "| Shahed drones | 48 | 40 | 3 |\n| Iskander-M missiles | 2 | 2 | 0 |",
     [(AF, "hit", "drone", 3), (AF, "intercepted", "ballistic_missile", 2),
      (AF, "intercepted", "drone", 40), (AF, "launched", "ballistic_missile", 2),
      (AF, "launched", "drone", 48)]),
    # transposed: weapons across, metrics down; tab-separated
    ("The Air Force gave these figures for the night:\n\nIndicator\tDrones\tMissiles\n"
     "Launched\t95\t4\nDestroyed\t80\t3",
     [(AF, "intercepted", "drone", 80), (AF, "intercepted", "missile", 3),
      (AF, "launched", "drone", 95), (AF, "launched", "missile", 4)]),
    # the line above names the source "as published by"; the rows of their own lines
    ("The night in numbers, as published by Ukraine's Air Force:\n\n"
     "Weapon | Launched | Destroyed\nKh-101 missiles | 12 | 10\nShahed drones | 90 | 77",
     [(AF, "intercepted", "cruise_missile", 10), (AF, "intercepted", "drone", 77),
      (AF, "launched", "cruise_missile", 12), (AF, "launched", "drone", 90)]),
    # rows of places under a column that names the weapon: a breakdown, total and all
    ("Drones downed by region, according to the Air Force:\n\nRegion | Drones downed\n"
     "Kyiv region | 12\nOdesa region | 9\nTotal | 21",
     [(AF, "intercepted", "drone", 9), (AF, "intercepted", "drone", 12),
      (AF, "intercepted", "drone", 21)]),
    # a label with a relative clause ("Drones that hit"), a source in brackets above
    ("Daily tally (Ukrainian Air Force)\nDrones launched\t130\nDrones downed\t104\n"
     "Drones that hit\t21",
     [(AF, "hit", "drone", 21), (AF, "intercepted", "drone", 104),
      (AF, "launched", "drone", 130)]),
    # no header: each label names both what and which ("Drones launched | 72")
    ("Overnight figures, according to the Air Force:\n\nDrones launched | 72\n"
     "Drones shot down | 61\n\nGovernor Ivan Fedorov said two people were injured in "
     "Zaporizhzhia.",
     [(AF, "intercepted", "drone", 61), (AF, "launched", "drone", 72),
      ("Ivan Fedorov", "injured", None, 2)]),
])
def test_a_table_s_cells_take_their_column_and_row(text: str, expected: list) -> None:
    assert figures(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    # near-misses: cells that count no weapon (places, prices, a timetable)
    "Region | alerts | hours\nKyiv | 4 | 6\nOdesa | 3 | 5",
    "Fuel | price | change\nDiesel | 58 | 2\nPetrol | 61 | 1",
    "Trains to Kyiv | 08:15 | 12:40\nTrains to Lviv | 09:00 | 14:10",
])
def test_cells_that_count_no_weapon_are_no_figures(text: str) -> None:
    assert find_table_figures(text) == {}
    assert figures(text) == []


def test_a_pipe_in_a_byline_is_no_table() -> None:
    text = "Kyiv | Reuters\n\nRussia launched 40 drones overnight, the Air Force said."
    assert figures(text) == [(AF, "launched", "drone", 40)]


@pytest.mark.parametrize("text,expected", [
    # pasted as plain text: the heads split where each metric's words begin ("Shot down or
    # jammed" one column), the source on a line below; a total row, weapon null
    ("Our desk's copy of the Air Force's morning report:\n\n"
     "Type Launched Shot down or jammed Got through\n"
     "Geran drones 140 121 19\nKalibr missiles 6 5 1\nAll weapons 146 126 20\n\n"
     "Source: Ukraine's Air Force",
     [(AF, "hit", "cruise_missile", 1), (AF, "hit", "drone", 19), (AF, "hit", None, 20),
      (AF, "intercepted", "cruise_missile", 5), (AF, "intercepted", "drone", 121),
      (AF, "intercepted", None, 126), (AF, "launched", "cruise_missile", 6),
      (AF, "launched", "drone", 140), (AF, "launched", None, 146)]),
    # a column head that is no cue in prose ("Hits"), thousands with a comma
    ("Night of 8-9 February, per the Air Force:\nWeapon Fired Hits\nShahed drones 1,020 44\n"
     "Iskander-M missiles 3 2",
     [(AF, "hit", "ballistic_missile", 2), (AF, "hit", "drone", 44),
      (AF, "launched", "ballistic_missile", 3), (AF, "launched", "drone", 1020)]),
])
def test_a_table_lined_up_by_spaces_reads_its_heads_and_rows(text: str, expected: list) -> None:
    assert figures(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    # near-misses: a row has more figures than the heads name metrics; heads that name one
    # metric; a sentence above the figures; figures with no line of heads
    "Weapon Launched Destroyed\nShahed drones 2025 140 121",
    "Weapon Launched\nShahed drones 140 121",
    "Russia launched drones and the air force shot down most of them.\nShahed drones 140 121",
    "Scores of the week\nDynamo Kyiv 2 1\nShakhtar 0 3",
])
def test_figures_at_a_line_s_end_without_heads_that_name_them_are_no_table(text: str) -> None:
    assert find_table_figures(text) == {}
