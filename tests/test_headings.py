"""A digest's heading that is only a source's name ("Ukrainian Air Force, overnight:") opens
the list of figures below it, up to the heading of another source (``claims``); an item right
under a heading is read though it names no weapon ("- 2 injured in Bila Tserkva")."""
from __future__ import annotations

import pytest

import ceasefire

AF = "Ukrainian Air Force"


def claimed(text: str) -> list[tuple[str | None, list[float | None]]]:
    reading = ceasefire.read(text, published="2026-09-08")
    return sorted(((s.claimed_by, [q.value for q in s.quantities]) for s in reading.strikes
                   if s.quantities), key=str)


@pytest.mark.parametrize("text,expected", [
    ("NIGHT DIGEST\n\nUkrainian Air Force, overnight:\n- 64 attack drones launched\n"
     "- 49 neutralised\n\nKyiv regional military administration:\n"
     "- 2 injured in Bila Tserkva", [(AF, [64, 49]), ("Kyiv regional military administration",
                                                        [2])]),
    ("Air Force (09:15):\n* 7 Iskander-M missiles fired, 5 destroyed\n\n"
     "Governor Oleh Syniehubov:\n* 3 people wounded in Kharkiv",
     [(AF, [7, 5]), ("Oleh Syniehubov", [3])]),
    ("Russia's Defence Ministry, Sunday morning:\n- 41 Ukrainian drones destroyed over "
     "the Bryansk region", [("Russian Ministry of Defence", [41])]),
    ("AIR FORCE, OVERNIGHT:\n- 90 drones launched\n- 70 shot down", [(AF, [90, 70])]),
    ("The numbers from last night, via Ukraine's Air Force:\n* Launched: 76 drones\n"
     "* Neutralised: 58 drones", [(AF, [76, 58])]),
    ("Tonight's tally from the Air Force:\n- 33 drones shot down", [(AF, [33])]),
    ("Drones launched from Kursk:\n- 40 at the Sumy region", [(None, [40])]),
    ("Ukrainian Air Force data for the night of 11-12 June:\n- 57 drones launched\n"
     "- 44 shot down", [(AF, [57, 44])]),
    ("Daily tally (Ukrainian Air Force)\n- 130 drones launched\n- 104 downed",
     [(AF, [130, 104])]),
    # near-misses: an agency in brackets, a note in brackets
    ("Kyiv (Reuters)\n- 130 drones launched at Ukraine", [(None, [130])]),
    ("Night of drones (updated)\n- 40 drones launched at Ukraine", [(None, [40])]),
    # a body's name alone on a line over its post (a reposted channel post)
    ("Ukraine's Air Force\n@kpszsu\nOn the night of 5 March, the enemy attacked with 120 "
     "strike drones. 97 were shot down or suppressed.", [(AF, [120, 97])]),
    # near-miss: a person's name alone on a line (a caption) credits nothing
    ("Volodymyr Zelensky\n\nRussia launched 120 drones at Ukraine overnight.",
     [(None, [120])]),
    # near-misses: a topic, a state or a place as the heading names no source
    ("Overnight at a glance:\n- 64 drones launched at Ukraine\n- 49 shot down",
     [(None, [64, 49])]),
    ("Ukraine:\n- 64 Russian drones launched overnight", [(None, [64])]),
    ("Kharkiv, overnight:\n- 3 drones hit the city", [(None, [3])]),
])
def test_a_heading_naming_a_source_opens_its_list(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


def figures(text: str) -> list[tuple[str | None, str, str | None, float | None]]:
    reading = ceasefire.read(text, published="2026-09-08")
    return sorted(((s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize("text,expected", [
    ("The night at a glance:\n- Drones launched: 120\n- Shot down: 88\n"
     "- Locationally lost (electronic warfare): 21\nSource: Ukrainian Air Force.",
     [(AF, "intercepted", "drone", 21), (AF, "intercepted", "drone", 88),
      (AF, "launched", "drone", 120)]),
    ("Per the Air Force, overnight:\n* Shahed drones launched: 70\n* Suppressed by EW: about 30\n"
     "* Missiles fired: 6 Kalibr",
     [(AF, "intercepted", "drone", 30), (AF, "launched", "cruise_missile", 6),
      (AF, "launched", "drone", 70)]),
    # label lines without bullets, one under another; the source in brackets below
    ("Overnight figures\n\nLaunched: 145 (138 drones, 7 missiles)\nDestroyed: 121\n"
     "Hits: 17 locations\n\n(Source: Ukrainian Air Force)",
     [(AF, "intercepted", None, 121), (AF, "launched", None, 145),
      (AF, "launched", "drone", 138), (AF, "launched", "missile", 7)]),
    # a numbered list under "X's overnight report, in brief:"; a denied label gives nothing
    ("The Ukrainian Air Force's overnight report, in brief:\n1. Launched: 98 drones, 2 "
     "Iskander-M ballistic missiles.\n2. Shot down: 80 drones.\n3. Not intercepted: both "
     "missiles.",
     [(AF, "intercepted", "drone", 80), (AF, "launched", "ballistic_missile", 2),
      (AF, "launched", "drone", 98)]),
    # near-miss: a label item of a list of something else gives no figure
    ("Power outages this morning:\n- Kyiv region: 12,000 homes\n- Odesa region: 8,000 homes",
     []),
])
def test_a_list_item_s_label_may_come_before_its_figure(text: str, expected: list) -> None:
    assert figures(text) == sorted(expected, key=str)
