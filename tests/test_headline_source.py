"""A headline that names the source ("Air Force: 62 of 75 drones downed", "…, air force
says") credits the air tally of a body that names none (``claims``), up to a paragraph naming
another source; casualties stay the outlet's, and a state or a place in the headline is no
source."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.model import Document
from ceasefire.read import read_document

AF = "Ukrainian Air Force"


def claimed(title: str, text: str) -> list[tuple[str | None, str, float | None]]:
    document = Document(id="t", text=text, title=title, published=dt.date(2025, 11, 2))
    return sorted(((s.claimed_by, q.metric, q.value) for s in read_document(document).strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize("title,text,expected", [
    ("Air Force: 62 of 75 Russian drones downed overnight",
     "Russia attacked Ukraine with 75 attack drones overnight. Sixty-two of them were shot "
     "down over the north.\n\nIn Kharkiv, mayor Ihor Terekhov said three people were injured.",
     [(AF, "intercepted", 62), (AF, "launched", 75), ("Ihor Terekhov", "injured", 3)]),
    ("Russian drones pound Odesa port, Ukraine's air force says",
     "Russian forces launched 80 Shahed drones and two Kalibr missiles at southern Ukraine "
     "before dawn on Sunday.\n\nAir defences destroyed 71 of the drones.",
     [(AF, "intercepted", 71), (AF, "launched", 2), (AF, "launched", 80)]),
    ("Russia's Defence Ministry: 41 Ukrainian drones destroyed over Bryansk region",
     "Air defence systems destroyed 41 Ukrainian drones over the Bryansk region overnight.",
     [("Russian Ministry of Defence", "intercepted", 41)]),
    ("Russia launched 75 drones overnight - Air Force",
     "Russia launched 75 drones at Ukraine overnight, and 60 of them were shot down.",
     [(AF, "intercepted", 60), (AF, "launched", 75)]),
    ("Air force: 40 of 48 drones downed in the south",
     "Of the 48 drones launched overnight, 40 were downed over the south.",
     [(AF, "intercepted", 40), (AF, "launched", 48)]),
    # near-misses: a state or a place in the headline; casualties are no air tally
    ("Russia says 40 Ukrainian drones downed",
     "Forty Ukrainian drones were downed over three regions overnight.",
     [(None, "intercepted", 40)]),
    ("Kharkiv: drones hit the city overnight",
     "Russia launched 30 drones at Kharkiv overnight.", [(None, "launched", 30)]),
    ("Air Force: 50 drones launched at Dnipro",
     "Russia launched 50 drones at the Dnipro region overnight.\n\nTwo people were killed "
     "in Dnipro, the outlet's reporter saw.",
     [(None, "killed", 2), (AF, "launched", 50)]),
    ("Night attack on Odesa - what we know",
     "Russia launched 30 drones at Odesa overnight.", [(None, "launched", 30)]),
])
def test_a_headline_naming_the_source_credits_the_air_tally(title: str, text: str,
                                                            expected: list) -> None:
    assert claimed(title, text) == sorted(expected, key=str)
