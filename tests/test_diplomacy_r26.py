"""Issue 13, round 26 (diplomacy): rules with sentences written for the test."""
from __future__ import annotations

from reading_helpers import exchanges, positions, talks

PUBLISHED = "2026-05-15"


def test_a_stage_of_a_swap_still_to_be_completed() -> None:
    text = ("Russia and Ukraine exchanged 270 prisoners each on Friday, the first stage of a "
            "900-for-900 swap agreed in Geneva.")
    assert exchanges(text, PUBLISHED) == [(270, 270, "completed"), (900, 900, "agreed")]


def test_the_last_stage_completes_the_swap() -> None:
    text = ("Russia and Ukraine exchanged 230 prisoners each on Friday, the final stage of the "
            "900-for-900 swap.")
    assert exchanges(text, PUBLISHED) == [(230, 230, "completed"), (900, 900, "completed")]


def test_talks_that_ended_without_a_truce_take_no_position() -> None:
    text = "The talks in Geneva lasted three hours and ended without a ceasefire."
    assert positions(text, PUBLISHED) == []


def test_a_truce_that_ended_is_still_read() -> None:
    text = "The Easter ceasefire ended at midnight on Sunday, the Kremlin said."
    assert [row[1] for row in positions(text, PUBLISHED)] == ["ended"]


def test_the_owner_of_an_accepted_proposal_when_the_truce_hangs_on_the_verb() -> None:
    # the parse hangs "for a truce" on "agreed", not on "proposal"
    text = "Ukraine has agreed to a US proposal for an immediate 30-day ceasefire."
    [(scope, status, parties, proposer, _)] = positions(text, PUBLISHED)
    assert (status, parties, proposer) == ("agreed", ("UA",), "US")


def test_a_host_who_receives_one_side_meets_it() -> None:
    text = "Erdogan hosted Rubio in Ankara on Tuesday for three hours of talks."
    assert talks(text, PUBLISHED) == [("meeting", "Ankara", ("TR", "US"))]


def test_a_host_of_two_delegations_is_no_party() -> None:
    text = "Erdogan hosted the Russian and Ukrainian delegations in Istanbul on Tuesday."
    assert talks(text, PUBLISHED) == [("meeting", "Istanbul", ("RU", "UA"))]


def test_leaders_of_other_states_are_parties() -> None:
    text = "Putin and Xi held talks in Beijing on Tuesday."
    assert talks(text, PUBLISHED) == [("meeting", "Beijing", ("CN", "RU"))]
