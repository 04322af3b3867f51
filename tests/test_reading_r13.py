"""Issue 13, round 13: constructions generalised from the thirteenth blind set, grouped by cause
in the reader's design; each with test sentences written for the test (other outlets, orders,
sources, numbers) and near-misses."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.sentences import split_sentences

PUBLISHED = "2025-09-17"
AIR_FORCE = "Ukrainian Air Force"
RU_MOD = "Russian Ministry of Defence"


def quantities(text: str) -> list[tuple[str, str | None, float | None, str, str | None]]:
    """(metric, weapon, value, qualifier, claimant) of every figure read from ``text``."""
    reading = ceasefire.read(text, published=PUBLISHED)
    return sorted(((q.metric, q.weapon, q.value, q.qualifier, s.claimed_by)
                   for s in reading.strikes for q in s.quantities),
                  key=lambda q: (q[0], q[1] or "", q[2] or -1))


def claimant_of(text: str, value: float) -> str | None:
    found = {q[4] for q in quantities(text) if q[2] == value}
    assert len(found) == 1, (value, quantities(text))
    return found.pop()


# --- How a claimant spreads over a report -------------------------------------------------

# A body's own medium named in a sentence that names no speaker ("came from the Air Force's
# Telegram channel", "a post by the ministry") is what "the post said" refers to later.
@pytest.mark.parametrize("text,value,expected", [
    ("The nationwide picture came from the Air Force's Telegram channel shortly after 9 a.m. "
     "Of the 240 drones Russia launched, 212 were destroyed, the post said.", 212, AIR_FORCE),
    ("The overnight figures appeared in a post by the Russian Defence Ministry. Some 41 "
     "Ukrainian drones were downed over Kursk, the post said.", 41, RU_MOD),
    ("Readers had been waiting for the General Staff's morning summary. It arrived late: 37 "
     "drones were shot down, the summary said.", 37,
     "General Staff of the Armed Forces of Ukraine"),
    ("Our editors checked the Air Force's official page at noon. In all 58 drones were "
     "neutralised overnight, the message said.", 58, AIR_FORCE),
    # near-miss: a post referred to with no body's medium named before it is no one's
    ("Of the 240 drones Russia launched, 212 were destroyed, the post said.", 212, None),
])
def test_a_body_s_medium_is_what_the_post_later_means(text: str, value: float,
                                                       expected: str | None) -> None:
    assert claimant_of(text, value) == expected


# The tokenizer keeps "a.m." whole: a clock time before a sentence's first word ends it.
@pytest.mark.parametrize("text,expected", [
    ("The post came at 9 a.m. Of the 240 drones, 212 were destroyed.", 2),
    ("Sirens sounded until 5 a.m. The governor said two people were hurt.", 2),
    ("It was past 11 p.m. Then the drones came.", 2),
    # near-miss: "a.m. Kyiv time" goes on
    ("Sirens sounded at 4 a.m. Kyiv time and lasted an hour.", 1),
])
def test_a_clock_time_before_a_sentence_s_first_word_ends_the_sentence(text: str,
                                                                       expected: int) -> None:
    assert len(split_sentences(text)) == expected


# A credit line ("Per:", "Source:", "Data:") naming a spokesperson or commander by the body's
# title gives the body's figures, wherever the title stands and whatever follows it.
@pytest.mark.parametrize("credit,expected", [
    ("Per: Lieutenant General Anatolii Kryvonozhko, commander of Ukraine's Air Force, "
     "statement of 4 August.", AIR_FORCE),
    ("Source: Colonel Yurii Ihnat, spokesman for the Air Force.", AIR_FORCE),
    ("Per: Air Force spokesman Yurii Ihnat, morning briefing.", AIR_FORCE),
    ("Data: Major Petro Lysenko, press officer of the Russian Ministry of Defence, 08:00.",
     RU_MOD),
    # near-miss: a regional head speaks for himself
    ("Per: Oleh Kiper, head of the Odesa regional administration.", "Oleh Kiper"),
])
def test_a_credit_line_naming_a_spokesperson_gives_the_body_s_figures(credit: str,
                                                                      expected: str) -> None:
    text = f"Overnight 52 drones were launched at Odesa and 40 were destroyed.\n{credit}"
    assert claimant_of(text, 40) == expected


# --- Figures never read ----------------------------------------------------------------------

# "every one of the missiles" is the whole set (qualifier all), of the one class counted; not
# one missile.
@pytest.mark.parametrize("text,expected", [
    ("Russia launched 40 drones and four Kh-101 cruise missiles overnight. Thirty of the drones "
     "and every one of the missiles were brought down, the Air Force said.",
     ("intercepted", "cruise_missile", None, "all")),
    ("The enemy launched 25 Shahed drones; every one of them was shot down, the Air Force said.",
     ("intercepted", "drone", None, "all")),
    ("Every one of the 12 drones that flew at Belgorod was destroyed, the ministry said.",
     ("intercepted", "drone", None, "all")),
])
def test_every_one_of_a_set_is_all_of_it(text: str, expected: tuple) -> None:
    assert expected in [q[:4] for q in quantities(text)]
    assert not any(q[2] == 1 for q in quantities(text))


def test_one_of_the_missiles_is_still_one_item() -> None:  # near-miss
    text = "Russia launched 12 drones at Sumy. One of the drones hit a school, the governor said."
    assert ("hit", "drone", 1, "exact") in [q[:4] for q in quantities(text)]


# A list of labelled items split by ";" ("Poltava region - 14 drones downed; Sumy region - 9"):
# a bare figure after its label is an item of the list, with the noun and verb of the one before.
@pytest.mark.parametrize("text,values", [
    ("Fifty drones were shot down overnight, the Air Force said. By region: Poltava region - 14 "
     "drones downed; Sumy region - 9; Chernihiv region - 11.", {50, 14, 9, 11}),
    ("The ministry listed the drones destroyed over each region: Kursk region - 12 drones; "
     "Bryansk region - 8; Oryol region - 5.", {12, 8, 5}),
    ("Hits were recorded in three regions: Kyiv region - 4 drones hit; Zhytomyr region - 2.",
     {4, 2}),
])
def test_a_bare_figure_after_a_label_continues_the_list(text: str, values: set[float]) -> None:
    found = quantities(text)
    assert {q[2] for q in found} == values
    assert len({(q[0], q[1]) for q in found}) == 1


def test_a_labelled_item_that_names_its_own_people_is_its_own() -> None:  # near-miss
    found = quantities("Russia launched 40 drones at Kharkiv; Sumy region - 9 people were "
                       "injured.")
    assert ("injured", None, 9.0, "exact") in [q[:4] for q in found]


# A verb of stopping right before a figure of weapons is intercepted ("crews stopped 270 of
# the drones", "thwarted 41"); not "stopped its strikes", nor trains that stopped.
@pytest.mark.parametrize("text,expected", [
    ("Russia sent 311 drones. Ukrainian crews stopped 270 of the drones overnight.",
     ("intercepted", "drone", 270.0)),
    ("Air defence units thwarted 41 of the 50 drones over Odesa, the governor said.",
     ("intercepted", "drone", 41.0)),
    ("Mobile fire groups foiled about thirty drones over the Kyiv region.",
     ("intercepted", "drone", 30.0)),
])
def test_a_verb_of_stopping_before_a_figure_is_intercepted(text: str, expected: tuple) -> None:
    assert expected in [q[:3] for q in quantities(text)]


@pytest.mark.parametrize("text", [
    "Trains stopped for two hours after 12 drones hit the station in Kovel.",
    "The attack stopped work at the plant, where 3 drones hit a workshop.",
])
def test_stopping_that_counts_no_weapon_gives_no_interception(text: str) -> None:
    assert not any(q[0] == "intercepted" for q in quantities(text))


# A month named as the span of a count ("Over July", "June to date", "month-to-date") makes
# the figures a period total, no attack's.
@pytest.mark.parametrize("text", [
    "Over July, Russia fired more than 6,100 drones at Ukraine.",
    "- June to date: about 2,900 drones and 61 missiles launched at Ukraine.",
    "Throughout the month of March, Russia launched 4,000 drones.",
    "Month-to-date, the Air Force has counted 2,100 drones launched.",
])
def test_a_month_as_the_span_makes_a_period_total(text: str) -> None:
    assert quantities(text) == []


def test_a_night_dated_in_a_month_keeps_its_figures() -> None:  # near-miss
    found = quantities("Russia launched 90 drones overnight into 14 July, the Air Force said.")
    assert [q[:3] for q in found] == [("launched", "drone", 90.0)]
