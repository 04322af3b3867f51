"""Issue 13, round 24: diplomacy constructions that recur in the misses of several tuning sets
by different writers (invented16-24, 33, 34, 37, 38); each with sentences written for the test
(other sides, names, numbers and orders) and near-misses that must still be read as before."""
from __future__ import annotations

from functools import partial

import reading_helpers as read

PUBLISHED = "2026-09-22"  # a Tuesday
positions = partial(read.positions, published=PUBLISHED)
talks = partial(read.talks, published=PUBLISHED, dated=True)
exchanges = partial(read.exchanges, published=PUBLISHED)


# --- Fact-checks: the paragraph opened by "CLAIM:" is the claim under check -------------------

def test_a_claim_under_check_states_no_position() -> None:
    text = ("CLAIM: Moscow and Kyiv have signed a 20-day truce in Baku, a widely shared video "
            "says.\n\n"
            "VERDICT: Unfounded.\n\n"
            "What did happen: on Monday Qatar proposed a pause in strikes on power plants.")
    assert positions(text) == [("energy_infrastructure", "proposed", ("QA",), "QA",
                                "2026-09-21")]


def test_a_claim_under_check_holds_no_swap_and_no_meeting() -> None:
    text = ("CLAIM: \"Zelensky and Putin met in Baku on Sunday. A 700-for-700 prisoner swap "
            "follows on Friday.\" (Post shared 30,000 times.)\n\n"
            "VERDICT: False.\n\n"
            "On Saturday Ukraine and Russia exchanged 84 prisoners each, with mediation by the "
            "UAE.")
    assert exchanges(text) == [(84, 84, "completed")]
    assert talks(text) == []


def test_a_claim_that_opens_no_fact_check_is_still_read() -> None:
    # near-miss: "claim" inside a line, not the label that opens a fact-check's paragraph
    text = "Kyiv's claim: Russia violated the energy truce on Monday, the General Staff said."
    assert [p[:3] for p in positions(text)] == [("energy_infrastructure", "violated", ("RU",))]


# --- A direct question states no position ------------------------------------------------------

def test_a_question_about_a_truce_is_no_offer() -> None:
    text = ("Question (a Spanish daily): Is Kyiv ready for a truce in the air?\n\n"
            "Sybiha: We have said many times what we think.")
    assert positions(text) == []


def test_a_statement_before_a_question_is_still_read() -> None:
    # near-miss: the position is told, only the question after it asks
    text = "Kyiv is ready for a truce in the air, Sybiha said on Monday. What will Moscow say?"
    assert positions(text) == [("air", "proposed", ("UA",), "UA", "2026-09-21")]


# --- "expired … and was not renewed": an end, no refusal ---------------------------------------

def test_a_truce_not_renewed_after_it_expired_ended() -> None:
    text = ("A 20-day pause in attacks on ports, agreed by Moscow and Kyiv in June, expired on "
            "July 9 and was not renewed.")
    assert [p[:3] for p in positions(text)] == [("full", "agreed", ("RU", "UA")),
                                                ("full", "ended", ("RU", "UA"))]


def test_a_refusal_to_renew_is_still_a_refusal() -> None:
    # near-miss: a side refuses, and no end is told in the sentence
    text = "On Monday Moscow refused to renew the pause in attacks on ports."
    assert [p[:3] for p in positions(text)] == [("full", "rejected", ("RU",))]


# --- A side's halt of its own strikes, said in answer to an offer, answers that offer ----------

def test_readiness_to_halt_with_a_yes_accepts_the_offer_on_the_table() -> None:
    text = ("Norway proposed on Monday a 25-day air-and-sea truce. Sybiha said "
            "afterwards that Kyiv had accepted the plan and would stop its long-range strikes.")
    assert ("air_and_sea", "agreed", ("UA",), "NO", None) in positions(text)  # no day said
    assert not [p for p in positions(text) if p[0] == "air"]


def test_a_refusal_to_halt_refuses_the_offer_on_the_table() -> None:
    text = ("Kyiv on Monday backed a Norwegian proposal for a 25-day halt to air and naval "
            "attacks; the Kremlin, however, said Russia would not stop its strikes as long as "
            "Western missiles kept arriving.")
    assert ("air_and_sea", "rejected", ("RU",), "NO", "2026-09-21") in positions(text)


def test_readiness_to_halt_without_a_yes_is_still_a_counter_offer() -> None:
    # near-miss: no yes to the offer, a halt of another scope: an offer of its own
    text = ("Norway proposed on Monday a 25-day air-and-sea truce. On Tuesday Moscow "
            "said it was ready to stop its strikes on power plants for a week if Kyiv did too.")
    assert ("energy_infrastructure", "proposed", ("RU",), "RU", "2026-09-22") in positions(text)


# --- Talks: a bare count, with the count in quotes or a word before the noun (GUIDE) -----------

def test_a_quoted_count_of_calls_is_no_call() -> None:
    text = "Kyiv and Washington have held \"several\" ministerial calls this summer."
    assert talks(text) == []


def test_an_ordinal_with_a_possessive_before_the_call_is_a_count() -> None:
    text = "Kyiv and Washington have now held their fourth leaders' call since March."
    assert talks(text) == []


def test_an_ordinal_call_with_its_own_day_is_still_a_call() -> None:
    # near-miss: the call the ordinal names is dated, so it is identified on its own
    text = "Zelensky and Trump held their second leaders' call on Monday."
    assert talks(text) == [("call", None, ("UA", "US"), "2026-09-21")]


# --- Talks: another body's session, its agenda named, is no talks of the sides -----------------

def test_a_bodys_session_with_its_agenda_is_no_talks() -> None:
    text = ("- The OSCE Permanent Council meets in Vienna; the Kakhovka dam is on the agenda.\n"
            "- Friday: G7 finance ministers meet in Rome, with Ukraine's budget on the agenda.")
    assert talks(text) == []


def test_the_sides_meeting_with_an_agenda_is_still_talks() -> None:
    # near-miss: the sides meet, the agenda only says what about
    text = "Umerov and Medinsky meet in Geneva on Thursday; prisoners are on the agenda."
    assert talks(text) == [("meeting", "Geneva", ("RU", "UA"), "2026-09-17")]


# --- Readiness on terms for another scope or length than the offer: a counter-offer ------------

def test_readiness_on_terms_for_another_scope_is_a_counter_offer() -> None:
    text = ("Kyiv on Monday proposed a 45-day air-and-sea truce. On Tuesday Lavrov said "
            "Putin was ready to order a 20-day halt to strikes on power stations as long as "
            "Ukraine reciprocated.")
    assert ("energy_infrastructure", "proposed", ("RU",), "RU", "2026-09-22") in positions(text)


def test_readiness_on_terms_for_a_shorter_truce_is_a_counter_offer() -> None:
    text = ("The Kremlin on Monday rejected a Ukrainian proposal for a 45-day halt to strikes on "
            "power plants. Zelensky had put forward the offer on Sunday, saying Kyiv was ready to "
            "stop hitting Russian power plants. On Tuesday Lavrov said Russia was prepared to "
            "put forward a shorter halt of its own to strikes at power stations, for 10 days, "
            "provided that monitors watched it.")
    assert ("energy_infrastructure", "proposed", ("RU",), "RU", "2026-09-22") in positions(text)
    assert ("energy_infrastructure", "rejected", ("RU",), "UA", "2026-09-21") in positions(text)


def test_readiness_on_terms_for_the_offer_itself_accepts_it() -> None:
    # near-miss: the same truce, with a condition: an acceptance (GUIDE)
    text = ("Kyiv proposed a 45-day halt to attacks on power plants on Monday. On Tuesday Lavrov "
            "said Russia was ready to accept the 45-day halt, provided that it was monitored.")
    assert ("energy_infrastructure", "agreed", ("RU",), "UA", "2026-09-22") in positions(text)
