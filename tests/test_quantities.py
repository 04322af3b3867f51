"""Strike figures of one sentence: what each number counts, its metric, weapon and qualifier."""
from __future__ import annotations

import pytest

from ceasefire.read.quantities import find_figures

Row = tuple[str, str | None, float | None, str]


def figures(sentence: str, casualties: bool = True,
            context_weapon: str | None = None) -> list[Row]:
    return [(f.metric, f.weapon, f.value, f.qualifier)
            for f in find_figures(sentence, casualties=casualties, context_weapon=context_weapon)]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences shot down 38 Ukrainian drones over the Bryansk region.",
     [("intercepted", "drone", 38, "exact")]),
    ("Russia launched 112 drones at Ukraine overnight.", [("launched", "drone", 112, "exact")]),
    ("Air defences neutralised 33 drones above Chernihiv.",
     [("intercepted", "drone", 33, "exact")]),
    ("Russia attacked with 93 drones.", [("launched", "drone", 93, "exact")]),
    ("Ukraine used 27 drones in the raid.", [("launched", "drone", 27, "exact")]),
    ("Seven drones hit their targets.", [("hit", "drone", 7, "exact")]),
    ("Air defences intercepted 31 of the drones.", [("intercepted", "drone", 31, "exact")]),
])
def test_number_and_noun_give_metric_weapon_and_value(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The military said it had intercepted fourteen drones.",
     [("intercepted", "drone", 14, "exact")]),
    ("Russia launched five Geran drones at Izmail.", [("launched", "drone", 5, "exact")]),
    ("A dozen drones were shot down near Kaluga.", [("intercepted", "drone", 12, "approx")]),
])
def test_word_numbers_are_numbers(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Russia fired about 60 drones at the region.", [("launched", "drone", 60, "approx")]),
    ("Russia launched approximately 90 drones.", [("launched", "drone", 90, "approx")]),
    ("Some 40 drones were suppressed by jamming.", [("intercepted", "drone", 40, "approx")]),
    ("Air defences downed over 45 drones above Oryol.",
     [("intercepted", "drone", 45, "at_least")]),
    ("More than 50 drones were shot down.", [("intercepted", "drone", 50, "at_least")]),
    ("Russia launched upwards of 70 drones.", [("launched", "drone", 70, "at_least")]),
    ("Russia launched up to 25 missiles.", [("launched", "missile", 25, "at_most")]),
    ("Russia launched fewer than 20 missiles.", [("launched", "missile", 20, "at_most")]),
])
def test_qualifiers_follow_the_words_before_the_number(sentence: str,
                                                       expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Air defences shot down all the drones.",
    "All drones were shot down over the sea.",
])
def test_all_intercepted_has_no_value(sentence: str) -> None:
    assert figures(sentence) == [("intercepted", "drone", None, "all")]


def test_dozens_of_has_no_value_and_is_left_out() -> None:
    assert figures("Dozens of drones were shot down.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences destroyed 46 drones, 21 over Oryol, 9 over Tula and 16 over Smolensk.",
     [("intercepted", "drone", 46, "exact"), ("intercepted", "drone", 21, "exact"),
      ("intercepted", "drone", 9, "exact"), ("intercepted", "drone", 16, "exact")]),
    ("Air defences shot down 30 drones, including 12 over Lipetsk.",
     [("intercepted", "drone", 30, "exact"), ("intercepted", "drone", 12, "exact")]),
    ("Russia launched 61 drones, of which 40 were shot down.",
     [("launched", "drone", 61, "exact"), ("intercepted", "drone", 40, "exact")]),
    ("Russia launched 52 drones. 31 were downed.",
     [("launched", "drone", 52, "exact"), ("intercepted", "drone", 31, "exact")]),
])
def test_elided_nouns_take_the_weapon_of_the_figure_before(sentence: str,
                                                           expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences shot down 40 drones, 14 in the Kursk and Tula regions each.",
     [("intercepted", "drone", 40, "exact")] + [("intercepted", "drone", 14, "exact")] * 2),
    ("Air defences shot down 30 drones: 12 in the Bryansk and Oryol regions each, "
     "and 6 over Kaluga.",
     [("intercepted", "drone", 30, "exact")] + [("intercepted", "drone", 12, "exact")] * 2
     + [("intercepted", "drone", 6, "exact")]),
])
def test_each_gives_one_figure_per_place_listed(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Five people were killed, including three children.", [("killed", None, 5, "exact")]),
    ("Four people were killed, among them two teenagers.", [("killed", None, 4, "exact")]),
    ("Three people, including a child, were wounded.", [("injured", None, 3, "exact")]),
])
def test_subsets_of_a_casualty_figure_are_left_out(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russia loses 1,200 soldiers a day, the ministry said.",
    "The army recruits 900 soldiers per week.",
])
def test_rates_are_left_out(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Twelve drones did not reach the city.", []),
    ("Russia launched 70 drones, of which 45 were shot down and 20 were not shot down.",
     [("launched", "drone", 70, "exact"), ("intercepted", "drone", 45, "exact")]),
])
def test_negated_figures_are_left_out(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Eighteen drones failed to reach their targets.", [("intercepted", "drone", 18, "exact")]),
    ("Russia launched 70 drones, of which 45 were shot down and 20 did not reach their "
     "targets.", [("launched", "drone", 70, "exact"), ("intercepted", "drone", 45, "exact"),
                  ("intercepted", "drone", 20, "exact")]),
    ("Another 33 drones were locationally lost.", [("intercepted", "drone", 33, "exact")]),
    ("Nine more drones were lost to electronic warfare.", [("intercepted", "drone", 9, "exact")]),
    ("Some 14 drones were suppressed by electronic warfare means.",
     [("intercepted", "drone", 14, "approx")]),
])
def test_drones_lost_to_electronic_warfare_are_intercepted(sentence: str,
                                                           expected: list[Row]) -> None:
    # GUIDE: a quantity of their own beside those shot down
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russia launched 11 missiles and drones at Odesa.",
    "Russia used 120 drones and missiles.",
    "Overnight the enemy used 27 missiles of various types and drones.",
])
def test_one_figure_for_mixed_weapons_has_no_weapon(sentence: str) -> None:
    assert [(metric, weapon) for metric, weapon, _, _ in figures(sentence)] == [("launched", None)]


@pytest.mark.parametrize("sentence,weapon", [
    ("Russia launched 80 Shahed drones at Sumy.", "drone"),
    ("Russia fired three Iskander-M ballistic missiles at Poltava.", "ballistic_missile"),
    ("Russia fired four Kh-101 cruise missiles.", "cruise_missile"),
    ("Two Kalibr missiles were launched from the Black Sea.", "cruise_missile"),
    ("Russian aircraft dropped six KAB bombs on Kupiansk.", "guided_bomb"),
    ("Russian planes dropped nine KABs on Kherson.", "guided_bomb"),
])
def test_model_names_give_the_weapon_category(sentence: str, weapon: str) -> None:
    assert [w for _, w, _, _ in figures(sentence)] == [weapon]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 48 drones and a ballistic missile.",
     [("launched", "drone", 48, "exact"), ("launched", "ballistic_missile", 1, "exact")]),
    ("Russia used two Iskander-M ballistic missiles as well as 57 drones.",
     [("launched", "ballistic_missile", 2, "exact"), ("launched", "drone", 57, "exact")]),
])
def test_two_weapons_with_their_own_numbers_give_two_figures(sentence: str,
                                                             expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A man was killed in the attack.", [("killed", None, 1, "exact")]),
    ("The shelling wounded 12 people.", [("injured", None, 12, "exact")]),
    ("Nearly 30 people were injured.", [("injured", None, 30, "approx")]),
    ("A pensioner died and three others injured.",
     [("killed", None, 1, "exact"), ("injured", None, 3, "exact")]),
    ("The strike killed a teenager and injured two others.",
     [("killed", None, 1, "exact"), ("injured", None, 2, "exact")]),
    ("At least four civilians were killed and 19 wounded.",
     [("killed", None, 4, "at_least"), ("injured", None, 19, "exact")]),
    ("A Russian drone hit a bus, killing a driver and injuring five passengers.",
     [("killed", None, 1, "exact"), ("injured", None, 5, "exact")]),
])
def test_casualties_are_killed_or_injured_with_no_weapon(sentence: str,
                                                        expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_casualties_can_be_switched_off() -> None:
    assert figures("The strike killed three people.", casualties=False) == []


def test_a_generic_noun_takes_the_weapon_the_report_was_about() -> None:
    sentence = "Over a dozen projectiles were downed near the port."
    assert figures(sentence) == [("intercepted", None, 12, "at_least")]
    assert figures(sentence, context_weapon="drone") == [("intercepted", "drone", 12, "at_least")]


def test_the_side_word_before_the_noun_is_kept_as_a_hint() -> None:
    found = find_figures("Air defences shot down 57 Ukrainian drones.")
    assert [f.noun_side_hint for f in found] == ["Ukrainian"]


@pytest.mark.parametrize("sentence,expected", [
    ("Overnight the enemy used three aeroballistic Kinzhal missiles and 90 drones.",
     [("launched", "ballistic_missile", 3, "exact"), ("launched", "drone", 90, "exact")]),
    ("Russia fired four hypersonic Zircon missiles at Kyiv.",
     [("launched", "cruise_missile", 4, "exact")]),
    ("Two supersonic Kh-22 missiles were shot down near Odesa.",
     [("intercepted", "cruise_missile", 2, "exact")]),
    ("The army fired six high-precision Iskander-M missiles.",
     [("launched", "ballistic_missile", 6, "exact")]),
    # an adjective outside the list still stops the reading: "three big drones" is no figure
    ("Three friendly pilots were decorated.", []),
])
def test_adjectives_of_speed_and_flight_before_a_weapon_leave_the_count(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Another 25 drones disappeared from our radar after electronic warfare worked on them.",
     [("intercepted", "drone", 25, "exact")]),
    ("Nine drones vanished off their radar screens near Sumy.",
     [("intercepted", "drone", 9, "exact")]),
    ("Twelve UAVs fell off the radar over the Poltava region.",
     [("intercepted", "drone", 12, "exact")]),
    ("Four drones dropped off radar, the rest were shot down.",
     [("intercepted", "drone", 4, "exact")]),
])
def test_drones_gone_from_radar_are_intercepted(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Of these, 97 were shot down by fighter jets and mobile fire groups.",
     [("intercepted", "drone", 97, "exact")]),
    ("Thirty were destroyed by Su-27 fighters and helicopters over the Black Sea.",
     [("intercepted", "drone", 30, "exact")]),
    ("Eleven were downed with F-16 jets, the rest by air defence.",
     [("intercepted", "drone", 11, "exact")]),
    # a weapon counted with the number is still the one counted
    ("Two warplanes were shot down by air defence.",
     [("intercepted", "aircraft", 2, "exact")]),
])
def test_the_aircraft_that_downed_them_are_not_what_was_counted(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence, context_weapon="drone") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("We found no official source reporting 30 deaths.", []),
    ("There is no evidence that 40 people died in the city.", []),
    ("Reporters could not independently confirm reports of 200 drones over Lviv.", []),
    ("We did not find any record of 500 missiles that night.", []),
    # near-misses: a negation about something else leaves the figure
    ("Officials reported no deaths, but 12 people were injured.", [("injured", None, 12, "exact")]),
    ("Air defences destroyed 20 drones, with no casualties reported.",
     [("intercepted", "drone", 20, "exact")]),
])
def test_a_figure_a_fact_check_finds_no_source_for_is_no_claim(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Military intelligence warned again on Monday that Russia could launch up to 700 drones "
     "in a single night.", []),
    ("On Tuesday the governor said Russia might fire 50 missiles at the city.", []),
    ("Officials warned overnight that Russia could send as many as 800 drones next week.", []),
    ("Moscow may soon send as many as 900 drones in one night, Zelensky warned on Friday.", []),
    ("Russia may launch 500 drones at the grid, intelligence said on Monday.", []),
    # near-miss: the month May is no forecast
    ("On May 5 Russia launched 40 drones.", [("launched", "drone", 40, "exact")]),
    # near-miss: the attack told is real, the forecast after it is not
    ("On Monday Russia launched 90 drones, and officials warned that it could launch 700.",
     [("launched", "drone", 90, "exact")]),
])
def test_the_day_of_a_warning_dates_no_attack(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Of the missiles, 21 were cruise missiles and six were ballistic, it said.",
     [("launched", "cruise_missile", 21, "exact"), ("launched", "ballistic_missile", 6, "exact")]),
    ("Of the 27 missiles, 21 were cruise and six ballistic.",
     [("launched", "missile", 27, "exact"), ("launched", "cruise_missile", 21, "exact"),
      ("launched", "ballistic_missile", 6, "exact")]),
    ("Russia fired 12 missiles, eight ballistic and four cruise.",
     [("launched", "missile", 12, "exact"), ("launched", "ballistic_missile", 8, "exact"),
      ("launched", "cruise_missile", 4, "exact")]),
    # near-miss: "ballistic" before another noun is no weapon of its own
    ("The ballistic threat remains high; 20 drones were downed.",
     [("intercepted", "drone", 20, "exact")]),
])
def test_ballistic_or_cruise_with_the_noun_left_out(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("He said the number of dead had risen to eight after a woman died in hospital overnight.",
     [("killed", None, 8, "exact")]),
    ("The toll rose to five after a man died of his wounds.", [("killed", None, 5, "exact")]),
    ("The number of injured rose to 14 as two people were hurt in a second blast.",
     [("injured", None, 14, "exact")]),
    ("The death toll climbed to 12 when rescuers pulled three bodies from the rubble.",
     [("killed", None, 12, "exact")]),
    # near-miss: another strike told after the speaker is its own figure
    ("The toll rose to seven, the governor said, after another strike killed two in Izium.",
     [("killed", None, 7, "exact"), ("killed", None, 2, "exact")]),
])
def test_what_made_a_toll_rise_is_no_toll_of_its_own(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The governor now says a second person, a port guard of 58, has died in hospital.", []),
    ("A third civilian died in hospital on Monday.", []),
    ("Another victim, a woman of 80, died overnight.", [("killed", None, 1, "exact")]),
    # near-miss: a second person of the same sentence is counted
    ("Two people were killed and a third was injured.", [("killed", None, 2, "exact")]),
    ("A civilian was killed in Kherson.", [("killed", None, 1, "exact")]),
])
def test_a_second_or_third_victim_is_no_toll_of_one(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences shot down four JDAM guided bombs, six rockets fired by HIMARS multiple "
     "rocket launchers and 143 fixed-wing drones.",
     [("intercepted", "guided_bomb", 4, "exact"), ("intercepted", "artillery", 6, "exact"),
      ("intercepted", "drone", 143, "exact")]),
    ("The ministry said it destroyed two Neptune missiles launched from the Odesa region and "
     "31 drones.",
     [("intercepted", "cruise_missile", 2, "exact"), ("intercepted", "drone", 31, "exact")]),
    # near-miss: a verb of its own after the second figure
    ("Russia launched 40 drones from the Kursk region and 30 were shot down.",
     [("launched", "drone", 40, "exact"), ("intercepted", "drone", 30, "exact")]),
])
def test_a_verb_governs_a_list_whose_items_carry_long_phrases(sentence: str,
                                                             expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The toll stands at two dead.", [("killed", None, 2, "exact", True)]),
    ("The number of injured now stood at 31 by the evening.",
     [("injured", None, 31, "exact", True)]),
    ("The toll rose to five; 28 people remain injured.",
     [("killed", None, 5, "exact", True), ("injured", None, 28, "exact", True)]),
    # near-miss: a part of the toll still in hospital is no toll
    ("Twelve people were injured; four of them remain in hospital.",
     [("injured", None, 12, "exact", False)]),
])
def test_a_toll_that_stands_or_remains_is_the_latest(sentence: str, expected: list) -> None:
    assert [(f.metric, f.weapon, f.value, f.qualifier, f.update)
            for f in find_figures(sentence)] == expected


def test_a_generic_noun_is_a_mixed_total_when_the_source_counted_several_classes() -> None:
    sentence = "As of 09:00, air defence shot down or suppressed 389 air attack weapons:"
    assert find_figures(sentence, context_weapon="drone", context_mixed=True)[0].weapon is None
    assert find_figures(sentence, context_weapon="drone")[0].weapon == "drone"
    # an elided figure still takes the class last talked about
    assert find_figures("Another 20 were shot down.", context_weapon="drone",
                        context_mixed=True)[0].weapon == "drone"


@pytest.mark.parametrize("sentence,expected", [
    ("Air defence downed 97 drones, while 25 others were lost to electronic countermeasures.",
     [("intercepted", "drone", 97, "exact"), ("intercepted", "drone", 25, "exact")]),
    ("Three drones hit homes, and four others were shot down.",
     [("hit", "drone", 3, "exact"), ("intercepted", "drone", 4, "exact")]),
    ("It said 97 were downed and that 24 were 'locationally lost'.",
     [("intercepted", "drone", 97, "exact"), ("intercepted", "drone", 24, "exact")]),
    # near-misses: "others" after people are people, and those rescued are no casualties
    ("Two people were killed and five others injured.",
     [("killed", None, 2, "exact"), ("injured", None, 5, "exact")]),
    ("One person was killed and eight others were rescued from the rubble.",
     [("killed", None, 1, "exact")]),
])
def test_others_after_weapons_are_weapons(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence, context_weapon="drone") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The tally showed 212 drones and 8 missiles launched overnight, 190 of which were "
     "neutralised.", [("launched", "drone", 212, "exact"), ("launched", "missile", 8, "exact"),
                      ("intercepted", None, 190, "exact")]),
    ("Ten drones and two missiles shot down over Kursk.",
     [("intercepted", "drone", 10, "exact"), ("intercepted", "missile", 2, "exact")]),
    # near-misses: a participle of origin, and a part of the last of two figures not a list
    ("Four drones and two missiles launched from Kursk were shot down.",
     [("intercepted", "drone", 4, "exact"), ("intercepted", "missile", 2, "exact")]),
    ("The district was shelled with 43 shells and attacked by 27 drones, 12 of which were "
     "shot down.", [("launched", "artillery", 43, "exact"), ("launched", "drone", 27, "exact"),
                    ("intercepted", "drone", 12, "exact")]),
])
def test_a_participle_after_a_list_of_figures_is_the_list_s_verb(sentence: str,
                                                                 expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The Air Force put the number of drones at 212, of which 190 were shot down.",
     [("launched", "drone", 212, "exact"), ("intercepted", "drone", 190, "exact")]),
    ("The ministry put the number of drones shot down at 41.",
     [("intercepted", "drone", 41, "exact")]),
    ("The total number of missiles launched stood at about 30.",
     [("launched", "missile", 30, "approx")]),
    # near-miss: the number of people is a toll
    ("Officials put the number of injured at 33.", [("injured", None, 33, "exact")]),
])
def test_the_number_of_weapons_put_at_a_figure(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected
