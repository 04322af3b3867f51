"""Issue 13, round 22 (English strikes, tuned on invented21 and invented22): each rule with
sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

import ceasefire
from ceasefire.read.dates import find_dates, starts_period
from reading_helpers import credited

PUBLISHED = "2026-05-04"
AIR_FORCE = "Ukrainian Air Force"


@pytest.mark.parametrize("credit", [
    "• Source for everything above: Ukraine's Air Force, 08:30 statement",
    "- Sources for these figures: the Ukrainian Air Force",
    "Data for this section: Ukraine's Air Force",
])
def test_a_bulleted_credit_line_that_says_what_it_credits(credit: str) -> None:
    text = ("LAST NIGHT\n• Launched: 52 attack drones and one ballistic missile\n"
            f"• Downed: 40 drones\n{credit}")
    assert credited(text, PUBLISHED) == sorted([
        (AIR_FORCE, "launched", "drone", 52), (AIR_FORCE, "launched", "ballistic_missile", 1),
        (AIR_FORCE, "intercepted", "drone", 40)], key=str)


def test_figures_for_a_day_are_no_credit_line() -> None:
    text = "Figures for 3 May: 61 drones launched, 50 downed."
    assert all(claimant is None for claimant, *_ in credited(text, PUBLISHED))


@pytest.mark.parametrize("sentence, value", [
    ("At 08:00 the shoot-down of 37 enemy UAVs was confirmed, the Air Force said.", 37),
    ("The Air Force said it had confirmed the suppression of 29 drones.", 29),
    ("The Air Force said 12 decoy drones were location-lost.", 12),
])
def test_nouns_and_participles_of_translated_copy_say_intercepted(sentence: str,
                                                                   value: int) -> None:
    assert (AIR_FORCE, "intercepted", "drone", value) in credited(sentence, PUBLISHED)


@pytest.mark.parametrize("sentence, dropped", [
    ("A guard was killed and six people were wounded, Governor Oleh Kiper said, revising an "
     "earlier figure of four wounded.", 4),
    ("An earlier version of this report said the Air Force counted 19 missiles downed.", 19),
])
def test_an_earlier_figure_or_version_is_no_figure(sentence: str, dropped: int) -> None:
    assert dropped not in [value for *_, value in credited(sentence, PUBLISHED)]


@pytest.mark.parametrize("sentence, day", [
    ("From 22:00 Moscow time on May 2 to 06:00 on May 3, air defences destroyed 31 drones.", 3),
    ("Between 9 p.m. on 2 May and 7 a.m. on 3 May, air defences destroyed 31 drones.", 3),
])
def test_a_window_of_clock_times_over_two_days_is_the_night_ending_on_the_second(
        sentence: str, day: int) -> None:
    assert _event_days(sentence, dt.date(2026, 5, 4)) == [dt.date(2026, 5, day)]


def test_a_day_range_is_still_a_range_and_a_clock_no_day() -> None:
    mentions = find_dates("Strikes on May 1 and 6 a.m. checks.", dt.date(2026, 5, 4))
    assert [m.text for m in mentions] == ["May 1"]


def test_a_launch_area_after_an_and_and_an_occupied_is_no_place_hit() -> None:
    text = ("Overnight the enemy attacked with 3 ballistic missiles from the Bryansk region and "
            "temporarily occupied Crimea, the Air Force said.")
    reading = ceasefire.read(text, published=PUBLISHED)
    assert [(s.attacker, [p.name for p in s.places]) for s in reading.strikes] == [("RU", [])]


def test_a_denial_in_the_next_clause_leaves_the_figure() -> None:
    text = ("Ukraine's Air Force said Russia had launched 71 drones and 12 missiles overnight; it "
            "had not given interception figures by noon.")
    assert (AIR_FORCE, "launched", "missile", 12) in credited(text, PUBLISHED)


@pytest.mark.parametrize("sentence, value", [
    ("Nine people are in hospital, the mayor of Sumy said.", 9),
    ("Governor Ivan Fedorov said four workers were being treated for shrapnel wounds.", 4),
    ("Eleven people remain in hospital, the regional governor said.", 11),
])
def test_people_in_hospital_or_treated_for_wounds_are_injured(sentence: str, value: int) -> None:
    assert [(metric, value_) for _, metric, _, value_ in credited(sentence, PUBLISHED)] == [
        ("injured", value)]


def test_one_person_in_hospital_after_a_toll_is_one_of_it() -> None:
    text = ("The governor said five people were injured in Sumy. An 80-year-old man is in "
            "hospital.")
    assert [value for *_, value in credited(text, PUBLISHED)] == [5]


@pytest.mark.parametrize("label", ["Petrenko:", "Petrenko updates:", "Petrenko adds:"])
def test_a_live_blog_label_of_a_surname_named_before_is_its_speaker(label: str) -> None:
    text = ("06:10 — Kursk Region Governor Ivan Petrenko reports a drone attack on Rylsk.\n\n"
            "07:00 — The Russian Defence Ministry: 57 drones were destroyed overnight.\n\n"
            f"08:20 — {label} in total, 14 drones were downed over the region overnight.")
    assert ("Ivan Petrenko", "intercepted", "drone", 14) in credited(text, PUBLISHED)
    assert ("Russian Ministry of Defence", "intercepted", "drone", 57) in credited(text, PUBLISHED)


def test_a_surname_never_named_in_full_is_no_speaker() -> None:
    text = "08:20 — Petrenko: in total, 14 drones were downed over the region overnight."
    assert all(claimant != "Ivan Petrenko" for claimant, *_ in credited(text, PUBLISHED))


def test_a_smaller_toll_of_the_source_after_it_raised_its_toll_is_an_older_one() -> None:
    text = ("09:15 — Mayor Ivan Petrenko now says the toll of injured in the city has risen to "
            "11. \"Six of those are being treated, one in a grave condition,\" he wrote.\n\n"
            "06:40 — Petrenko: five injured so far, fires in two districts.")
    tolls = [(claimant, metric, value) for claimant, metric, _, value in
             credited(text, PUBLISHED)]
    assert tolls == [("Ivan Petrenko", "injured", 11)]


def test_another_source_s_smaller_toll_stays() -> None:
    text = ("The governor said the number of injured had risen to 9. The State Emergency "
            "Service said 4 people were injured.")
    assert sorted(value for *_, value in credited(text, PUBLISHED)) == [4, 9]


@pytest.mark.parametrize("adverb", ["now", "again", "subsequently"])
def test_an_adverb_between_the_speaker_and_the_verb(adverb: str) -> None:
    text = f"Mayor Ivan Petrenko {adverb} says 11 people were injured in the city."
    assert credited(text, PUBLISHED) == [("Ivan Petrenko", "injured", None, 11)]


@pytest.mark.parametrize("text", [
    "Ihnat said 44 of the 58 drones were shot down overnight.",
    "Yurii Ihnat, the Air Force spokesman, has given the overnight figures on the radio. Russia "
    "attacked with 58 drones, he said, and 44 were shot down.",
])
def test_the_air_force_spokesman_gives_the_air_force_s_figures(text: str) -> None:
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {AIR_FORCE}


def test_another_spokesman_named_alone_speaks_for_himself() -> None:
    text = "Dmytro Pletenchuk said two sea drones were destroyed near Odesa."
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {"Dmytro Pletenchuk"}


def test_all_of_a_set_named_before_that_struck_a_place_hit() -> None:
    text = ("Overnight Russia fired four ballistic missiles of the Iskander-M type at Sumy, the "
            "Air Force said; all four struck the city.")
    assert (AIR_FORCE, "hit", "ballistic_missile", 4) in credited(text, PUBLISHED)


def test_a_bare_number_before_struck_is_no_hit() -> None:
    assert credited("Four struck the city, residents said.", PUBLISHED) == []


@pytest.mark.parametrize("text, who", [
    ("The regional daily Pivden gives the local toll from Mayor Ivan Petrenko: one man killed "
     "and nine injured.", "Ivan Petrenko"),
    ("The weekly publishes the figures from Governor Oleh Kiper: two killed.", "Oleh Kiper"),
])
def test_an_outlet_that_gives_a_toll_from_an_official_passes_it_on(text: str, who: str) -> None:
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {who}


def test_a_closing_it_said_after_a_body_named_in_the_sentence_is_that_body() -> None:
    text = ("The Kremlin said the truce had ended at dawn.\n\nRussian forces launched 84 drones "
            "at Ukrainian cities, the Ukrainian Air Force reported on Monday; 62 were downed, it "
            "said.")
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {AIR_FORCE}


def test_a_closing_he_said_after_a_state_is_the_person_before() -> None:
    text = ("Governor Oleh Kiper said the port had been hit.\n\nRussia claimed it shot down 17 "
            "drones over the sea, he said.")
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {"Oleh Kiper"}


@pytest.mark.parametrize("head", ["EW-lost", "Lost to EW", "Suppressed"])
def test_a_table_column_of_drones_lost_to_electronic_warfare(head: str) -> None:
    text = (f"Type | Launched | Shot down | {head}\nShahed drones | 140 | 101 | 27\n\n"
            "Source: Ukrainian Air Force")
    assert (AIR_FORCE, "intercepted", "drone", 27) in credited(text, PUBLISHED)


@pytest.mark.parametrize("text, wholes", [
    ("The Air Force wrote that of 64 attack drones launched overnight, 50 were shot down.",
     [("launched", 64), ("intercepted", 50)]),
    ("- 120 of 141 drones and 2 of 5 missiles shot down",
     [("intercepted", 120), ("launched", 141), ("intercepted", 2), ("launched", 5)]),
])
def test_parts_of_wholes_opening_a_clause_or_joined_by_and(text: str, wholes: list) -> None:
    assert sorted((metric, value) for _, metric, _, value in credited(text, PUBLISHED)) == \
        sorted(wholes)


@pytest.mark.parametrize("sentence", [
    "March's total, by our sum of the nightly posts, came to 3,960 drones.",
    "By our count of its nightly statements, the Air Force recorded 4,870 drones launched.",
    "Adding up the ministry's bulletins, we arrive at 433 drones destroyed over the whole week.",
])
def test_an_outlet_s_own_sum_or_a_month_s_total_is_no_night_s_figure(sentence: str) -> None:
    assert credited(sentence, PUBLISHED) == []


def test_a_night_s_figure_counted_by_the_outlet_stays() -> None:
    text = "Russia launched 83 drones overnight, by our count of the regional reports."
    assert [value for *_, value in credited(text, PUBLISHED)] == [83]


def test_the_tellers_own_part_and_an_hour_in_words_are_no_figures() -> None:
    sentence = "By three in the morning our crew had brought down two Shaheds, the gunner said."
    assert credited(sentence, PUBLISHED) == []


def test_the_tally_of_air_defence_as_a_whole_stays() -> None:
    text = "Russia launched 80 drones; air defences shot down 66, the Air Force said."
    assert sorted(value for *_, value in credited(text, PUBLISHED)) == [66, 80]


def test_a_breakdown_after_clock_times_with_full_stops() -> None:
    text = ("The ministry said air defences had destroyed 96 Ukrainian drones between 10 p.m. and "
            "6 a.m. Moscow time: 40 over the Kursk region, 31 over the Oryol region and 25 over "
            "the Black Sea.")
    values = sorted(value for _, metric, _, value in credited(text, PUBLISHED)
                    if metric == "intercepted")
    assert values == [25, 31, 40, 96]


def test_a_window_between_two_weekdays_is_the_night_ending_on_the_second() -> None:
    days = _event_days("Drones were downed between 10 p.m. on Friday and 6 a.m. on Saturday.",
                       dt.date(2026, 5, 4))  # a Monday
    assert days == [dt.date(2026, 5, 2)]


def _event_days(sentence: str, published: dt.date) -> list[dt.date]:
    """The days a sentence dates its event by (the starts of periods and windows left out),
    as the reader picks the day of a strike."""
    return [m.date for m in find_dates(sentence, published) if not starts_period(sentence, m)]


def test_a_truce_s_window_keeps_both_its_days() -> None:
    mentions = find_dates("Kyiv proposed a truce from 20:00 on May 1 until 08:00 on May 2.",
                          dt.date(2026, 5, 4))
    assert [m.date for m in mentions] == [dt.date(2026, 5, 1), dt.date(2026, 5, 2)]


@pytest.mark.parametrize("labels", [("North", "East", "South"),
                                    ("Sumy region", "Kharkiv region", "Odesa region")])
def test_a_list_of_labels_dashes_and_figures_under_its_opener(labels: tuple) -> None:
    text = ("As of 08:30, air defence has shot down 96 drones:\n"
            f"{labels[0]} - 35\n{labels[1]} - 27\n{labels[2]} - 34\n"
            "Source: Ukrainian Air Force")
    assert sorted(value for _, metric, _, value in credited(text, PUBLISHED)
                  if metric == "intercepted") == [27, 34, 35, 96]


def test_a_headline_with_a_dash_and_no_figure_at_its_end_stays_furniture() -> None:
    from ceasefire.read.sentences import is_furniture
    assert is_furniture("Kharkiv night attack - 12 injured in Saltivskyi district")
    assert not is_furniture("North - 41")


def test_a_record_night_that_remains_is_no_swap_of_remains() -> None:
    text = ("The heaviest night so far remains 6 July, when the Air Force counted 728 drones and "
            "13 missiles.")
    assert sorted(value for *_, value in credited(text, PUBLISHED)) == [13, 728]


@pytest.mark.parametrize("sentence", ["Russia handed over 909 remains.",
                                      "The remains of 1,000 fallen soldiers were returned."])
def test_the_remains_of_the_dead_still_name_a_swap(sentence: str) -> None:
    from ceasefire.read.triggers import candidate_kinds
    assert "exchange" in candidate_kinds(sentence)


def test_a_truce_that_only_dates_the_attack_leaves_its_figures_in_words() -> None:
    text = ("Overnight, hours before the pause began, Russian troops hit Kherson with four guided "
            "aerial bombs, Governor Oleksandr Prokudin said, injuring two people.")
    assert sorted((metric, value) for _, metric, _, value in credited(text, PUBLISHED)) == [
        ("injured", 2), ("launched", 4)]


def test_a_capital_that_brings_a_request_is_its_government() -> None:
    text = "Air defence is the first request Kyiv brings to its partners after 40 drones hit."
    reading = ceasefire.read(text, published=PUBLISHED)
    assert all(p.name != "Kyiv" for s in reading.strikes for p in s.places)


def test_launch_areas_listed_with_semicolons_are_no_places_hit() -> None:
    text = ("The Air Force reported that Russia launched 188 drones from the directions of Kursk, "
            "Oryol and Bryansk; Millerovo, Rostov Oblast; and Chauda, occupied Crimea.")
    reading = ceasefire.read(text, published=PUBLISHED)
    assert [p.name for s in reading.strikes for p in s.places] == []


def test_a_clause_after_a_semicolon_names_places_hit() -> None:
    text = "Drones were launched from Kursk; Sumy, Romny and Konotop were hit overnight."
    reading = ceasefire.read(text, published=PUBLISHED)
    assert sorted(p.name for s in reading.strikes for p in s.places) == [
        "Konotop", "Romny", "Sumy"]


@pytest.mark.parametrize("text", [
    "Across the border, the Kursk daily Seym Vestnik quotes the ministry as saying 44 drones "
    "were destroyed over the Bryansk region.",
    "Our Moscow bureau reports that air defences destroyed 44 drones over the Bryansk region.",
])
def test_a_city_s_newspaper_or_bureau_is_no_place_hit(text: str) -> None:
    reading = ceasefire.read(text, published=PUBLISHED)
    names = {p.name for s in reading.strikes for p in s.places}
    assert "Kursk" not in names and "Moscow" not in names
