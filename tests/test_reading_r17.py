"""Issue 13, round 17: constructions generalised from the eighteenth blind set (invented20) once
it had been measured blind; each with sentences written for the test and near-misses. (Tables
lined up by spaces are in test_tables.py.)"""
from __future__ import annotations

from functools import partial

import pytest

import ceasefire
import reading_helpers as read
from ceasefire.read.attribution import AttributionContext, opening_line

AIR_FORCE = "Ukrainian Air Force"
credited = partial(read.credited, published="2026-02-10")


def test_a_body_handing_over_to_the_following_text_claims_the_bulletin_under_it() -> None:
    # the lead-in names the body and says only that its text follows; the bulletin runs over
    # three paragraphs in one quotation; a governor's paragraph after it is his own
    text = ("Overnight update\n\n"
            "The Ukrainian Air Force's press office issued at 08:00 the following text, which "
            "we give unedited.\n\n"
            "\"Overnight the enemy attacked with 93 strike drones of Shahed type.\n\n"
            "Air defence shot down 81 drones.\n\n"
            "Hits of 12 drones were recorded in 5 locations.\"\n\n"
            "POLTAVA REGION. Governor Volodymyr Kohut said two people were injured in Myrhorod.")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 93), (AIR_FORCE, "intercepted", "drone", 81),
        (AIR_FORCE, "hit", "drone", 12), ("Volodymyr Kohut", "injured", None, 2)], key=str)


@pytest.mark.parametrize("sentence,expected", [
    ("The press service of the Air Force published this morning the following information.",
     AIR_FORCE),
    ("Ukraine's Air Force has released the following:", AIR_FORCE),
    # near-misses: the following is no one's text, or no body hands it over
    ("Russia fired the following weapons overnight:", None),
    ("Reporters were told the following.", None),
    ("Our correspondent sent the following from Kharkiv.", None),
])
def test_what_hands_over_to_the_following(sentence: str, expected: str | None) -> None:
    found = opening_line(sentence, AttributionContext())
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("text,expected", [
    # a model named by its type ("Shahed-type", "Geran-style") is that model: the count before a
    # list of types and "other drones" is of drones, not of the missiles named before it
    ("The Air Force said Russia fired 3 Iskander-M ballistic missiles and 145 Shahed-type, "
     "Gerbera-type and other drones at Ukraine.",
     [(AIR_FORCE, "launched", "ballistic_missile", 3), (AIR_FORCE, "launched", "drone", 145)]),
    ("The Air Force said 60 Geran-style drones were launched at Odesa; 52 were shot down.",
     [(AIR_FORCE, "intercepted", "drone", 52), (AIR_FORCE, "launched", "drone", 60)]),
])
def test_a_model_named_by_its_type_is_the_model(text: str, expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    # a body or a person that keeps the count claims it, as one that says it
    ("The air force registered 214 drones overnight, of which 190 were shot down.",
     [(AIR_FORCE, "intercepted", "drone", 190), (AIR_FORCE, "launched", "drone", 214)]),
    ("Ukraine's air force tracked 88 drones over the northern regions on Sunday night.",
     [(AIR_FORCE, "launched", "drone", 88)]),
    # near-miss: the troops or radars that tracked them are no body that reports the count
    ("Radar crews tracked all 88 drones over the northern regions.",
     [(None, "launched", "drone", 88)]),
])
def test_who_records_the_count_claims_it(text: str, expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)


def test_an_abbreviation_in_a_cell_does_not_end_the_row_or_the_table() -> None:
    # "incl." in a notes column is no full stop between rows: the rows under it keep the header;
    # the drones lost to electronic warfare are a quantity of their own (GUIDE)
    text = ("Source: Ukraine's Air Force, morning report\n\n"
            "Type | Launched | Destroyed | Notes\n"
            "Geran drones | 170 | 151 | incl. 40 lost to EW\n"
            "Kh-101 missiles | 9 | 8 | approx. from the Caspian\n"
            "Total | 179 | 159 |")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 170), (AIR_FORCE, "intercepted", "drone", 151),
        (AIR_FORCE, "intercepted", "drone", 40), (AIR_FORCE, "launched", "cruise_missile", 9),
        (AIR_FORCE, "intercepted", "cruise_missile", 8),
        (AIR_FORCE, "launched", None, 179), (AIR_FORCE, "intercepted", None, 159)], key=str)


@pytest.mark.parametrize("text,expected", [
    # "the force" is the Air Force named before, here only as the owner of a tally
    ("Most papers lead on the Air Force figures. According to the force, 230 drones were "
     "launched and 201 shot down.",
     [(AIR_FORCE, "intercepted", "drone", 201), (AIR_FORCE, "launched", "drone", 230)]),
    ("Ukraine's Air Force said Russia had launched 75 drones. The force said 70 were downed.",
     [(AIR_FORCE, "intercepted", "drone", 70), (AIR_FORCE, "launched", "drone", 75)]),
])
def test_the_force_refers_back_to_the_air_force(text: str, expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)


AIR_WAR = ("Russia attacked Ukraine with 120 drones and 12 missiles overnight, the Air Force said, "
           "and 104 drones were shot down.\n\n"
           "In Chernihiv, the acting mayor reported five people hurt.\n\n")


@pytest.mark.parametrize("later,claimant", [
    # the air war's tally in a later paragraph that names no source: the Air Force's, as the
    # report gave its figures before
    ("Ten of the missiles were intercepted, most of them in the north.", AIR_FORCE),
    # near-misses: the outlet counting for itself; a tally over Russia's territory; the tally of
    # "the region" the report is about, kept by its own officials
    ("By our count, ten of the missiles were intercepted.", None),
    ("Ten drones were shot down over the Belgorod region.", None),
    ("Ten drones were shot down over the region.", None),
    # (a breakdown by region named is the Air Force's report's own)
    ("Ten drones were shot down over the Poltava region.", AIR_FORCE),
])
def test_an_unsourced_air_tally_is_the_air_force_s_in_a_report_that_quotes_it(
        later: str, claimant: str | None) -> None:
    found = {c for c, metric, weapon, value in credited(AIR_WAR + later) if value == 10}
    assert found == {claimant}


def test_an_unsourced_air_tally_stays_unsourced_where_the_air_force_is_not_quoted() -> None:
    text = ("Russia attacked Ukraine with 120 drones overnight.\n\n"
            "In Chernihiv, the acting mayor reported five people hurt.\n\n"
            "Ten of the drones were intercepted, most of them in the north.")
    assert {c for c, metric, weapon, value in credited(text) if value == 10} == {None}


def test_a_table_row_s_notes_name_no_place_attacked() -> None:
    # launch areas in a notes column are neither places hit nor a sign of who attacked whom
    text = ("Source: Ukraine's Air Force\n\n"
            "Weapon | Launched | Shot down | Launched from\n"
            "Kh-101 missiles | 10 | 9 | Saratov region\n"
            "Iskander-M missiles | 3 | 1 | Kursk region")
    reading = ceasefire.read(text, published="2026-02-10").to_json()
    assert {s["attacker"] for s in reading["strikes"]} == {"RU"}
    assert [place for s in reading["strikes"] for place in s["locations"]] == []
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "cruise_missile", 10),
        (AIR_FORCE, "intercepted", "cruise_missile", 9),
        (AIR_FORCE, "launched", "ballistic_missile", 3),
        (AIR_FORCE, "intercepted", "ballistic_missile", 1)], key=str)


@pytest.mark.parametrize("text,expected", [
    # a week's total between two dates of one month is a period's, not a night's
    ("Air Force data show Russia launched about 1,100 drones at Ukraine between April 6 and 12.",
     []),
    ("The Air Force counted 900 drones between 6 and 12 April.", []),
    # an assessment that a side is likely to attempt an attack counts nothing yet
    ("Analysts judge that Moscow is likely to attempt a raid with over 600 drones in one night.",
     []),
    # near-misses: a night named by its two dates; a range of numbers, not of dates
    ("On the night between 16 and 17 June, Russia launched 90 drones, the Air Force said.",
     [(AIR_FORCE, "launched", "drone", 90)]),
    ("The Air Force said Russia launched between 10 and 12 drones at Sumy.",
     [(AIR_FORCE, "launched", "drone", 10)]),
])
def test_a_span_of_dates_or_a_likely_attempt_is_no_night_s_figure(
        text: str, expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)


def test_of_the_n_told_before_names_them_again_not_a_launch() -> None:
    # "Of the 210 …" after 210 shot down: those drones again, no second count of launches
    text = ("The Air Force said Russia sent 260 drones overnight, of which 210 were downed.\n\n"
            "Of the 210 drones, the Air Force added, 55 were jammed by electronic warfare.")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 260), (AIR_FORCE, "intercepted", "drone", 210),
        (AIR_FORCE, "intercepted", "drone", 55)], key=str)


def test_of_the_n_told_first_is_the_launch() -> None:
    # near-miss: the whole named first, with "the", is what was launched
    text = "Of the 75 drones, 70 were shot down over the north, the Air Force said."
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 75), (AIR_FORCE, "intercepted", "drone", 70)], key=str)


@pytest.mark.parametrize("text,expected", [
    # the wounded among those a swap returned are no toll of an attack
    ("Ukraine and Russia exchanged 150 prisoners each on Friday. Among the soldiers, 20 are "
     "seriously wounded.", []),
    ("Kyiv said 84 people came home. Among those freed on Saturday, 9 are badly hurt.", []),
    # near-miss: the injured among a building's residents are the attack's toll
    ("Among the residents, five were injured, Governor Ivan Fedorov said.",
     [("Ivan Fedorov", "injured", None, 5)]),
])
def test_the_wounded_among_those_swapped_are_no_toll(text: str, expected: list) -> None:
    assert credited(text) == sorted(expected, key=str)
