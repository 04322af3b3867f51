"""Issue 13, round 18: constructions generalised from the blind sets invented18 and invented19
once they had judged round 17 (they are tuning sets since); each with sentences written for the
test and near-misses."""
from __future__ import annotations

from functools import partial

import pytest

import ceasefire
import reading_helpers as read

AIR_FORCE = "Ukrainian Air Force"
credited = partial(read.credited, published="2026-03-14")


@pytest.mark.parametrize("line,expected", [
    ("Information of Air Forces of AFU.", AIR_FORCE),
    ("Information from the Air Force of Ukraine's Armed Forces.", AIR_FORCE),
    ("Data of the Air Force.", AIR_FORCE),
    # near-misses: the outlet's own information, and an agency (no claimant)
    ("Information of our correspondents.", None),
    ("Information from Reuters.", None),
])
def test_a_translated_credit_line_after_the_figures_claims_them(line: str,
                                                                 expected: str | None) -> None:
    text = ("Overnight the enemy attacked with 3 ballistic missiles and 71 strike UAV.\n\n"
            "By 09:00, 58 enemy UAV were shot down or suppressed.\n\n" + line)
    assert {claimant for claimant, *_ in credited(text)} == {expected}


def test_a_transcript_turn_labelled_with_name_and_title_speaks_for_the_body() -> None:
    # the spokesman is introduced only in his own label, in capitals; later turns give his
    # surname alone; the host's turns claim nothing
    text = ("Transcript of a breakfast programme, shortened.\n\n"
            "PRESENTER (MARTA HOLUB): Good morning. How heavy was the night?\n\n"
            "OLEKSANDR MARCHENKO, AIR FORCE SPOKESMAN: Good morning. The enemy used thirty-seven "
            "strike drones and five missiles.\n\n"
            "HOLUB: Five missiles. What kind?\n\n"
            "MARCHENKO: Air defence shot down thirty-three drones.")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 37), (AIR_FORCE, "launched", "missile", 5),
        (AIR_FORCE, "intercepted", "drone", 33)], key=str)


def test_a_label_in_capitals_without_a_speaking_title_names_no_speaker() -> None:
    text = ("Regional roundup.\n\n"
            "BREAKING NEWS, LATE EDITION: Russia launched 23 drones at Sumy overnight.")
    assert credited(text) == [(None, "launched", "drone", 23)]


@pytest.mark.parametrize("sentence", [
    "Ukraine came under attack overnight from 58 Russian drones, 41 of which were shot down, "
    "the air force said.",
    "The country was under attack last night by 58 Russian drones, 41 of which were downed or "
    "jammed, the air force said.",
])
def test_under_attack_from_n_drones_is_the_launch(sentence: str) -> None:
    assert credited(sentence) == sorted([(AIR_FORCE, "launched", "drone", 58),
                                         (AIR_FORCE, "intercepted", "drone", 41)], key=str)


@pytest.mark.parametrize("sentence,expected", [
    # the first hour of a span of time is no count
    ("At least 14 drones flew over the town between 1 and 3 a.m., the mayor said.",
     [("mayor", "launched", "drone", 14)]),
    ("Air defence shot down six drones from 2 to 5am, the mayor said.",
     [("mayor", "intercepted", "drone", 6)]),
    # near-miss: two counts joined by "and", no hour after them
    ("Air defence shot down 6 drones and 2 missiles, the mayor said.",
     [("mayor", "intercepted", "drone", 6), ("mayor", "intercepted", "missile", 2)]),
])
def test_a_span_of_hours_is_no_count(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


def test_a_week_s_total_told_on_a_day_is_a_period_total() -> None:
    # the day dates the statement ("informed on Sunday"), not an attack; "near 30" is about 30
    sentence = ("In previous week the enemy used more than 900 attack drones and near 30 missiles, "
                "the president informed on Sunday evening.")
    assert credited(sentence) == []
    assert credited("Air defence shot down near 40 drones overnight.") == [
        (None, "intercepted", "drone", 40)]


@pytest.mark.parametrize("sentence,expected", [
    ("Hits: 17 drones and one missile at six locations; debris at two.",
     [(None, "hit", "drone", 17), (None, "hit", "missile", 1)]),
    ("Hits of 17 drones were recorded at six sites; debris fell at two.",
     [(None, "hit", "drone", 17)]),
])
def test_where_debris_fell_is_counted_in_places(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


def test_all_but_n_of_the_drones_after_the_launch_is_the_rest_downed() -> None:
    text = ("Russia used 73 attack drones overnight. Air defence neutralised all but six of the "
            "drones.")
    assert credited(text) == sorted([(None, "launched", "drone", 73),
                                     (None, "intercepted", "drone", 67)], key=str)


@pytest.mark.parametrize("line,expected", [
    ("The figures below come from the Air Force's evening summary, released at 7 p.m.", AIR_FORCE),
    ("The numbers that follow come from the Air Force.", AIR_FORCE),
    # near-miss: the outlet's own count follows
    ("The figures below are from our own count.", None),
])
def test_a_line_saying_whose_the_figures_below_are_opens_them(line: str,
                                                             expected: str | None) -> None:
    text = ("Drones hit a depot in Kovel, the mayor said.\n\n" + line + "\n\n"
            "Russia launched 44 drones. Air defence shot down 39 of them.")
    assert [c for c, *_ in credited(text) if c != "mayor"] == [expected, expected]


def test_some_interceptors_part_of_the_downed_total_is_no_figure() -> None:
    sentence = ("The commander said Mirage crews accounted for 22 of the drones shot down and "
                "one of the cruise missiles.")
    assert credited(sentence) == []


def test_a_pipe_table_under_a_title_row_with_a_credit_line_naming_the_channel() -> None:
    # the title has a pipe too; the heads follow it; the "All types" line sums every class;
    # the credit line names the body, then its channel in brackets and the report's time
    text = ("GRAPHIC | Drones and missiles, night of 8-9 March\n\n"
            "Weapon | Launched | Shot down | Suppressed (EW) | Hit\n"
            "Shahed-type drones | 97 | 60 | 30 | 7\n"
            "Iskander-M ballistic missiles | 2 | - | - | 2\n\n"
            "All types: 99 launched, 60 shot down, 9 hits.\n\n"
            "Data: Ukrainian Air Force (Telegram channel), morning report of 9 March.")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 97), (AIR_FORCE, "intercepted", "drone", 60),
        (AIR_FORCE, "intercepted", "drone", 30), (AIR_FORCE, "hit", "drone", 7),
        (AIR_FORCE, "launched", "ballistic_missile", 2), (AIR_FORCE, "hit", "ballistic_missile", 2),
        (AIR_FORCE, "launched", None, 99), (AIR_FORCE, "intercepted", None, 60),
        (AIR_FORCE, "hit", None, 9)], key=str)


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 35 drones; 28 were shot down and 7 impacts were recorded.",
     [(None, "launched", "drone", 35), (None, "intercepted", "drone", 28),
      (None, "hit", "drone", 7)]),
    # near-miss: "strikes" counts attacks, not weapons that hit
    ("Russia launched 35 drones and carried out 12 strikes on the region.",
     [(None, "launched", "drone", 35)]),
])
def test_n_hits_or_impacts_count_weapons_that_hit(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    # "the missiles" after one class of missile launched: the rest of that class were downed
    ("Russia attacked overnight with 91 drones and six Kalibr cruise missiles, the air force "
     "said, adding that all but one of the missiles had been shot down.",
     [(AIR_FORCE, "launched", "drone", 91), (AIR_FORCE, "launched", "cruise_missile", 6),
      (AIR_FORCE, "intercepted", "cruise_missile", 5)]),
    # near-miss: two classes launched, so no one whole to count from
    ("Russia fired five cruise missiles and three ballistic missiles, the air force said, and "
     "all but two of the missiles were shot down.",
     [(AIR_FORCE, "launched", "cruise_missile", 5),
      (AIR_FORCE, "launched", "ballistic_missile", 3)]),
])
def test_all_but_n_of_the_missiles_counts_from_the_one_class_launched(text: str,
                                                                      expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)


def test_a_month_named_may_is_a_period_the_modal_is_not() -> None:
    assert credited("In May the enemy used more than 3,500 Shaheds in total.") == []
    assert credited("Russia launched 44 drones overnight, officials in may say.") == [
        (None, "launched", "drone", 44)]


@pytest.mark.parametrize("sentence,expected", [
    # an hour written with a dot, after a word of time or with its leading zero, is no count
    ("In the night on 4 March (from 02.00) the enemy attacked by 36 strike UAV.",
     [(None, "launched", "drone", 36)]),
    ("At 08.30, air defence had shot down 29 enemy UAV.",
     [(None, "intercepted", "drone", 29)]),
    # near-miss: a decimal that is no hour stays a number ("1.5 thousand" is 1,500)
    ("Russia launched 1.5 thousand drones overnight.", [(None, "launched", "drone", 1500)]),
])
def test_an_hour_written_with_a_dot_is_no_count(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence", [
    "We remind that the previous week the enemy used more than 1,200 UAV and about 60 missiles.",
    "The first version of this news said 4 missiles were shot down.",
])
def test_a_previous_week_s_total_and_a_first_version_s_figure_are_no_figures(
        sentence: str) -> None:
    assert credited(sentence) == []


def test_an_official_informing_about_the_day_opens_the_account_after_it() -> None:
    # translated regional copy: the governor is named once, in a line of his own; his account
    # (weapons "released", "from them" N downed) follows; the ministry's figure is its own
    text = ("Governor Alexander Bogomaz informed about the situation in the region over the last "
            "day.\n\n"
            "The enemy released 64 UAV, from them 40 were shot down by air defence.\n\n"
            "The Ministry of Defence of Russian Federation also reported: air defence shot down "
            "120 Ukrainian UAV over the regions of Russia.")
    assert credited(text, published="2026-04-20") == sorted([
        ("Alexander Bogomaz", "launched", "drone", 64),
        ("Alexander Bogomaz", "intercepted", "drone", 40),
        ("Russian Ministry of Defence", "intercepted", "drone", 120)], key=str)


def test_released_prisoners_stay_an_exchange() -> None:
    reading = ceasefire.read("Russia released 120 prisoners of war on Sunday.",
                             published="2026-04-20")
    assert (reading.strikes, [e.returned_to_ua for e in reading.exchanges]) == ([], [120])


@pytest.mark.parametrize("sentence,expected", [
    # translated copy: "hitting of" is the hits' noun; "guided aviation missile" a missile
    ("Recorded hitting of 2 ballistic missiles and 13 attack UAV on 6 locations.",
     [(None, "hit", "ballistic_missile", 2), (None, "hit", "drone", 13)]),
    ("The enemy attacked with 1 guided aviation missile Kh-59 and 80 strike UAV.",
     [(None, "launched", "missile", 1), (None, "launched", "drone", 80)]),
])
def test_translated_hits_and_missiles(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


@pytest.mark.parametrize("label", ["HOST", "Q", "INTERVIEWER (ANNA SHEVCHUK)"])
def test_the_interviewer_repeating_a_figure_claims_nothing(label: str) -> None:
    text = ("Edited transcript.\n\n"
            "YURII IHNAT, AIR FORCE SPOKESMAN: The enemy used forty drones overnight.\n\n"
            f"{label}: Forty drones, and six missiles as well?\n\n"
            "IHNAT: No missiles last night.")
    assert credited(text) == [(AIR_FORCE, "launched", "drone", 40)]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 380 drones overnight, with 44 of the 380 drones reaching their targets, the "
     "air force said.",
     [(AIR_FORCE, "launched", "drone", 380), (AIR_FORCE, "hit", "drone", 44)]),
    # near-miss: those that failed to reach their targets were stopped
    ("Russia launched 380 drones overnight; 330 failed to reach their targets, the air force said.",
     [(AIR_FORCE, "launched", "drone", 380), (AIR_FORCE, "intercepted", "drone", 330)]),
])
def test_reaching_their_targets_is_a_hit(sentence: str, expected: list) -> None:
    assert credited(sentence) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence", [
    "Over the course of 2025, Russia fired more than 48,000 drones at Ukraine, the air force said.",
    "During 2024 Russia launched about 11,000 drones, the air force said.",
])
def test_a_year_s_course_is_a_period(sentence: str) -> None:
    assert credited(sentence) == []


def test_also_before_the_speaker_is_no_part_of_its_name() -> None:
    assert credited("Also the Russian Defence Ministry said 31 Ukrainian drones were downed over "
                    "the Kursk region.") == [
        ("Russian Ministry of Defence", "intercepted", "drone", 31)]
