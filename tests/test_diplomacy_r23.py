"""Issue 13, round 23: diplomacy constructions generalised from invented33 and invented34 (once
blind judges, now tuning sets); each with sentences written for the test (other sides, names,
numbers and orders) and near-misses that must still be read as before."""
from __future__ import annotations

from functools import partial

import pytest

import reading_helpers as read

PUBLISHED = "2026-09-22"  # a Tuesday
positions = partial(read.positions, published=PUBLISHED)
talks = partial(read.talks, published=PUBLISHED, dated=True)


# --- Truce positions: "accepts the plan in full" is no full truce -----------------------------

def test_accepting_a_plan_in_full_keeps_the_plans_scope() -> None:
    text = ("Qatar put forward a plan for a pause in strikes on power stations.\n\n"
            "Kyiv accepted the Qatari plan in full on Monday.")
    assert ("energy_infrastructure", "agreed", ("UA",), "QA", "2026-09-21") in positions(text)


def test_a_full_truce_is_still_full() -> None:
    # near-miss: "a full ceasefire" says the scope
    text = "On Monday Moscow rejected calls for a full ceasefire."
    assert [p[:2] for p in positions(text)] == [("full", "rejected")]


# --- Chronologies: a day heading on a line of its own dates the entry under it ----------------

_HEADED = ("HOW THE HARBOUR TRUCE WENT\n\n"
           "Friday, July 3\n"
           "Qatar proposes a 45-day pause on attacks on ports in the Black Sea.\n\n"
           "Wednesday, July 8\n"
           "Ukraine accepts the Qatari plan.\n\n"
           "July 14\n"
           "Russia accepts, on condition that its tankers are not searched.\n")


def test_entries_under_day_headings_take_the_headings_days() -> None:
    assert positions(_HEADED) == [
        ("black_sea", "agreed", ("RU",), "QA", "2026-07-14"),
        ("black_sea", "agreed", ("UA",), "QA", "2026-07-08"),
        # a plan both sides answered was put to both: a position of its own
        ("black_sea", "proposed", ("QA",), "QA", "2026-07-03"),
    ]


def test_a_call_under_a_day_heading_takes_its_day() -> None:
    text = "August 4\nErdogan and Putin speak by phone about the grain corridor.\n"
    assert talks(text) == [("call", None, ("RU", "TR"), "2026-08-04")]


def test_a_heading_that_is_no_day_dates_nothing() -> None:
    # near-miss: a section heading, not a day
    text = "WHAT CAME NEXT\nErdogan and Putin speak by phone about the grain corridor.\n"
    assert talks(text) == [("call", None, ("RU", "TR"), None)]


def test_a_request_of_one_side_answered_is_still_the_answers_proposer() -> None:
    # near-miss: only the side asked answers; the request is no position of its own (round 17)
    text = ("Trump asked Putin on Monday to halt strikes on power plants for a month.\n\n"
            "Putin agreed.")
    assert [p[:4] for p in positions(text)] == [
        ("energy_infrastructure", "agreed", ("RU",), "US")]


# --- Truce positions: a body set up to monitor the truce is no position on it -----------------

def test_agreeing_to_monitor_the_truce_is_no_position() -> None:
    text = ("Moldova proposed a pause in shelling around the dam, and Kyiv accepted the plan.\n\n"
            "Army liaison officers of both sides met and agreed to form a joint cell to monitor "
            "the pause.")
    # (Moldova's offer, answered by one side, is the answer's proposer: round 17)
    assert [p[1:3] for p in positions(text)] == [("agreed", ("UA",))]


def test_agreeing_to_observe_the_truce_is_still_agreement() -> None:
    # near-miss: observing the truce is keeping it
    text = "Moscow agreed on Monday to observe the pause in shelling around the dam."
    assert [p[1:3] for p in positions(text)] == [("agreed", ("RU",))]


# --- Headlines: the second verb of a headline shares its subject ------------------------------

def test_a_headlines_second_verb_has_the_first_verbs_subject() -> None:
    text = ("Orban holds back-to-back calls with Zelensky and Putin, proposes Black Sea truce\n\n"
            "The calls lasted about an hour.")
    assert [p[:4] for p in positions(text)] == [("black_sea", "proposed", ("HU",), "HU")]


def test_a_reported_offer_keeps_its_teller_apart() -> None:
    # near-miss: the reporting verb "says" lends its subject to no one; the side is Ukraine
    text = "Ukraine is ready for a Black Sea truce, Erdogan says after calls with both leaders."
    assert [p[2] for p in positions(text)] == [("UA",)]


# --- Exchanges: "N Ukrainian and M Russian soldiers" share the noun named last ---------------

exchanges = partial(read.exchanges, published=PUBLISHED, categories=True)


@pytest.mark.parametrize("text,expected", [
    ("On Sunday 320 Russian and 318 Ukrainian prisoners of war were swapped at the border.",
     [(318, 320, "completed", ("soldiers",))]),
    ("In the second stage, on Monday, 95 Ukrainian as well as 95 Russian servicemen were "
     "exchanged.",
     [(95, 95, "completed", ("soldiers",))]),
])
def test_two_nations_sharing_one_noun_are_the_two_sides(text: str, expected: list) -> None:
    assert exchanges(text) == expected


def test_the_dead_of_two_nations_sharing_one_noun_are_bodies() -> None:
    text = ("The remains of 63 Ukrainian and 9 Russian servicemen found near the river were "
            "handed over on Monday, the ICRC said.")
    assert exchanges(text) == [(63, 9, "completed", ("bodies",))]


def test_one_nation_with_a_number_after_and_stays_one_side() -> None:
    # near-miss: "and" joins two groups of one nation (no nation word before "and")
    text = "On Monday 120 soldiers and 14 Ukrainian civilians came home in a swap."
    assert exchanges(text) == [(134, None, "completed", ("civilians", "soldiers"))]


# --- Talks: counted, unknown, possible or with no day or place set are no record -------------

@pytest.mark.parametrize("text", [
    # a count of phone calls (GUIDE: a bare count gives no records)
    "Erdogan and Zelensky have held at least five phone calls since March.",
    # none known of
    "Peskov said the Kremlin had \"no information\" about new talks in Geneva.",
    # possible, quoted, with no date
    "Ushakov said on Monday that a third round of talks was \"possible in July\".",
    # no day or place set, said after the talks or before them
    "A new round of talks in Riyadh is expected soon, though no date has yet been fixed.",
    "Moscow said that no day or venue for a Trump-Putin summit had yet been discussed.",
    # talks that something waits for
    "Moscow proposed a halt to begin as soon as the two delegations meet again in Geneva.",
])
def test_talks_counted_unknown_or_unset_are_none(text: str) -> None:
    assert talks(text) == []


@pytest.mark.parametrize("text,expected", [
    # near-miss: the talks told have a day; the next round is the one left open
    ("The delegations met in Geneva on Monday; no date is set yet for their next round.",
     [("meeting", "Geneva", (), "2026-09-21")]),
    # near-miss: one call with its day
    ("Erdogan and Zelensky held a phone call on Monday.",
     [("call", None, ("TR", "UA"), "2026-09-21")]),
    # near-miss: "once" with a past verb tells when talks were
    ("Moscow and Kyiv met in Istanbul on Monday, once the envoys had arrived.",
     [("meeting", "Istanbul", ("RU", "UA"), "2026-09-21")]),
])
def test_talks_with_a_day_of_their_own_are_still_read(text: str, expected: list) -> None:
    assert talks(text) == expected


# --- Truce positions: readiness for a truce of another length is a counter-offer --------------

def test_readiness_for_a_truce_of_its_own_length_is_an_offer() -> None:
    text = ("Moscow declared a two-day ceasefire for the holiday on Monday.\n\n"
            "Kyiv said on Tuesday that Ukraine was ready for a ceasefire of at least 60 days.")
    assert ("full", "proposed", ("UA",), "UA", "2026-09-22") in positions(text)


def test_readiness_for_the_truce_of_the_same_length_is_agreement() -> None:
    # near-miss: the length on the table
    text = ("Moscow declared a two-day ceasefire for the holiday on Monday.\n\n"
            "Kyiv said on Tuesday that Ukraine was ready for a two-day ceasefire.")
    assert ("full", "agreed", ("UA",), "RU", "2026-09-22") in positions(text)


# --- Truce positions: an offer denied, or a truce judged by no side, is none ------------------

@pytest.mark.parametrize("text", [
    "Talks are stuck, and neither side has put forward a fresh ceasefire proposal since June.",
    "Nobody has yet proposed a pause in strikes on ports, diplomats in Brussels said.",
    # a truce judged by no side, of no side's offer
    "Still, a halt limited to the sea would not end the shelling of towns.",
])
def test_an_offer_denied_or_a_truce_judged_is_no_position(text: str) -> None:
    assert positions(text) == []


def test_a_named_sides_refusal_is_still_read() -> None:
    # near-miss: a side refuses
    text = "On Monday Kyiv rejected a ceasefire at sea."
    assert [p[1:3] for p in positions(text)] == [("rejected", ("UA",))]


# --- Truce positions: a port's or a town's pause "for" it, and the terms of its acceptance -----

_PORT_PAUSE = ("Trump asked Putin on Sunday to halt strikes on the port of Mykolaiv for a week.\n\n"
               "Putin agreed on Monday.\n\n"
               "Kyiv said on Tuesday that Ukraine supported the pause for Mykolaiv, provided that "
               "Russia also stopped shelling the town of Ochakiv.")


def test_a_ports_pause_and_its_support_with_terms_are_local() -> None:
    # one acceptance each, both local; the request of one side stays the answer's proposer,
    # though both sides answered it (a request names whom it asks)
    assert positions(_PORT_PAUSE) == [
        ("other", "agreed", ("RU",), "US", "2026-09-21"),
        ("other", "agreed", ("UA",), "US", "2026-09-22"),
    ]


# --- Truce positions: the truce on the table named by its scope ("the energy halt") ------------

_NAMED_BY_SCOPE = ("Kyiv proposed a ceasefire of 20 days in the air and at sea on 3 August.\n\n"
                   "Russia and Ukraine agreed to a 20-day halt on strikes on power plants on "
                   "12 August.\n\n")


@pytest.mark.parametrize("text,expected", [
    ("5 August - Moscow turns down the air-and-sea plan, saying any truce must cover the front.",
     ("air_and_sea", "rejected", ("RU",), "UA", "2026-08-05")),
    ("2 September - The energy halt lapsed at midnight.",
     ("energy_infrastructure", "ended", ("RU", "UA"), None, "2026-09-02")),
])
def test_the_truce_named_by_its_scope_is_the_one_on_the_table(text: str, expected: tuple) -> None:
    assert expected in positions(_NAMED_BY_SCOPE + text)


def test_the_energy_minister_is_no_truce() -> None:
    # near-miss: a scope word before a noun that is no truce's
    text = _NAMED_BY_SCOPE + "2 September - The energy minister visits Kharkiv."
    assert sorted(p[1] for p in positions(text)) == ["agreed", "proposed"]


# --- Truce positions: a repair pause is local; "the energy ministry" names no scope -----------

def test_a_repair_ceasefire_and_its_breach_are_local() -> None:
    text = ("Both sides agreed on Monday to a repair ceasefire for the dam's sluice gates.\n\n"
            "On Tuesday the energy ministry in Kyiv accused Russian troops of shelling the crews "
            "at the dam.")
    assert [p[:3] for p in positions(text)] == [
        ("other", "agreed", ("RU", "UA")), ("other", "violated", ("RU",))]


def test_a_halt_in_a_zone_around_a_site_is_local() -> None:
    text = "Russia and Ukraine agreed on Monday to hold fire in a zone around the pumping station."
    assert [p[:2] for p in positions(text)] == [("other", "agreed")]


def test_a_halt_on_energy_sites_is_still_energy() -> None:
    # near-miss: the energy named is the truce's
    text = ("The energy ministry said Kyiv had agreed on Monday to a halt of strikes on energy "
            "sites.")
    assert [p[:2] for p in positions(text)] == [("energy_infrastructure", "agreed")]
