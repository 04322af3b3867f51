"""Constructions the first version of the reader got wrong, each with a sentence written for it."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.quantities import find_figures

Row = tuple[str, str | None, float | None]


def figures(sentence: str) -> list[Row]:
    return [(f.metric, f.weapon, f.value) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("A teacher was killed and three others were injured.",
     [("killed", None, 1), ("injured", None, 3)]),
    ("One man died, and four others were hurt.", [("killed", None, 1), ("injured", None, 4)]),
    ("Russia sent 48 drones, 35 were shot down and six reached their targets.",
     [("launched", "drone", 48), ("intercepted", "drone", 35), ("hit", "drone", 6)]),
    ("Russia attacked with 71 drones overnight, and 52 were shot down.",
     [("launched", "drone", 71), ("intercepted", "drone", 52)]),
    ("Four drones launched from Sumy were shot down over Kursk.",
     [("intercepted", "drone", 4)]),
    ("Eight drones hit a fuel depot near Engels.", [("hit", "drone", 8)]),
])
def test_the_figure_s_own_verb_gives_its_metric(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_negation_belongs_to_the_figure_it_follows() -> None:
    sentence = "Russia launched 66 drones; 41 were downed and 17 did not reach the city."
    assert figures(sentence) == [("launched", "drone", 66), ("intercepted", "drone", 41)]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences shot down 19 of the 23 drones.",
     [("intercepted", "drone", 19), ("launched", "drone", 23)]),
    ("The air force said 58 out of 70 drones were shot down.",
     [("intercepted", "drone", 58), ("launched", "drone", 70)]),
])
def test_a_part_of_a_total_counts_the_noun_and_the_total_was_launched(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_an_age_does_not_hide_the_person_counted() -> None:
    assert figures("The shelling wounded a 72-year-old man.") == [("injured", None, 1)]


def test_a_single_weapon_right_after_a_launch_verb_counts_one() -> None:
    expected = [("launched", "ballistic_missile", 1)]
    assert figures("Russia fired a Kinzhal missile at Lviv.") == expected


def test_every_place_of_a_launch_list_is_a_launch_site() -> None:
    reading = ceasefire.read("Russia launched 52 drones overnight from Bryansk and Kursk, "
                             "the air force said.", published="2025-06-06")
    assert [p.name for s in reading.strikes for p in s.places] == []


def test_accepting_a_named_proposal_is_agreed_and_names_the_proposer() -> None:
    reading = ceasefire.read("Ukraine accepted the Turkish proposal for a 20-day ceasefire.",
                             published="2025-06-06")
    [agreement] = reading.agreements
    assert (agreement.status, agreement.parties, agreement.proposed_by,
            agreement.duration_days) == ("agreed", ["UA"], "TR", 20)


def test_spoke_with_someone_by_phone_is_a_call() -> None:
    reading = ceasefire.read("Fidan spoke with Lavrov by phone on Monday.", published="2025-06-06")
    assert [(t.kind, t.parties) for t in reading.talks] == [("call", ["RU", "TR"])]


def test_and_a_half_hours_is_read() -> None:
    reading = ceasefire.read("US and Ukrainian delegations held talks in Geneva that lasted three "
                             "and a half hours.", published="2025-06-06")
    assert [t.duration_hours for t in reading.talks] == [3.5]


def test_an_official_s_side_comes_from_the_place_governed() -> None:
    reading = ceasefire.read("Voronezh Governor Alexander Gusev said 9 drones were shot down over "
                             "the region.", published="2025-06-06")
    [strike] = reading.strikes
    assert (strike.claimed_by, strike.attacker) == ("Alexander Gusev", "UA")


def test_a_truce_agreed_in_an_aside_and_ended_in_the_main_clause_gives_both_positions() -> None:
    reading = ceasefire.read("The Black Sea truce, agreed on May 2, ended on June 1, officials "
                             "in Ankara said.", published="2025-06-03")
    assert sorted((a.scope, a.status) for a in reading.agreements) == [
        ("black_sea", "agreed"), ("black_sea", "ended")]


def test_a_sentence_opening_with_a_figure_continues_the_strike_before_it() -> None:
    reading = ceasefire.read("Russia launched 150 drones at Ukraine overnight. More than 60 were "
                             "aimed at the Odesa region.", published="2025-06-06")
    values = sorted(q.value for s in reading.strikes for q in s.quantities)
    assert values == [60, 150]


def test_a_name_before_its_title_is_the_claimant() -> None:
    reading = ceasefire.read("Andriy Yermak, the head of the presidential office, said Russia "
                             "fired 12 missiles at Dnipro.", published="2025-06-06")
    assert [s.claimed_by for s in reading.strikes] == ["Andriy Yermak"]


def test_the_call_referred_back_to_adds_no_parties() -> None:
    reading = ceasefire.read(
        "Trump and Putin held a phone call on Tuesday. Later, Zelensky said he wanted to know "
        "more about the conversation with Putin.", published="2025-06-06")
    assert [(t.kind, t.parties) for t in reading.talks] == [("call", ["RU", "US"])]


def test_a_figure_with_a_verb_of_its_own_does_not_take_the_metric_before_it() -> None:
    sentence = "Of those, 64 were shot down and 41 were taken out of service."
    assert figures(sentence) == [("intercepted", None, 64)]


@pytest.mark.parametrize("text", [
    "Russia proposed a three-day truce. The offer was rejected by Ukraine.",
    "Moscow proposed a truce on Monday. Kyiv rejected the Russian proposal.",
])
def test_the_offer_referred_back_to_can_be_rejected(text: str) -> None:
    reading = ceasefire.read(text, published="2025-06-03")
    assert [(a.status, a.parties) for a in reading.agreements] == [
        ("proposed", ["RU"]), ("rejected", ["UA"])]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defence neutralised 51 of 64 attack drones, while 13 struck their targets.",
     [("intercepted", "drone", 51), ("launched", "drone", 64), ("hit", "drone", 13)]),
    ("Of the 240 drones, 19 reached their targets.",
     [("launched", "drone", 240), ("hit", "drone", 19)]),
    ("Russia attacked with 410 drones, with 45 of the 410 drones getting through.",
     [("launched", "drone", 410), ("hit", "drone", 45)]),
    ("Radars detected 84 drones overnight; 70 were downed.",
     [("launched", "drone", 84), ("intercepted", "drone", 70)]),
])
def test_a_part_and_its_whole_each_take_their_own_metric(sentence: str,
                                                         expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_figures_joined_by_and_share_the_verb_after_them() -> None:
    sentence = ("Some 75 drones and 14 missiles were tracked, of which 61 drones and 11 "
                "missiles were destroyed.")
    assert figures(sentence) == [("launched", "drone", 75), ("launched", "missile", 14),
                                 ("intercepted", "drone", 61), ("intercepted", "missile", 11)]


@pytest.mark.parametrize("sentence", [
    "Throughout 2023, Russia launched more than 8,000 drones at Ukrainian cities.",
    "Ukraine has fired over 3,500 drones at Russia since the start of the year.",
    "In the past three days, air defences destroyed 560 drones.",
    "Analysts say Russia could soon launch up to 2,000 drones a night.",
    "Moscow plans to fire 500 missiles at the grid before winter.",
    "Over the weekend, Russia sent more than 900 drones against Ukrainian cities.",
])
def test_period_totals_and_forecasts_are_no_attack_s_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_period_that_ranks_the_attack_keeps_its_figures() -> None:
    sentence = "In its heaviest attack this year, Russia launched 620 drones overnight."
    assert figures(sentence) == [("launched", "drone", 620)]


@pytest.mark.parametrize("sentence,expected", [
    ("Among the dead were three teenagers.", []),
    ("Two pensioners were among the dead.", []),
    ("Three of the 17 injured were children.", [("injured", None, 17)]),
])
def test_a_part_of_the_toll_is_no_figure_of_its_own(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Officials first reported six injured, a figure later revised to eight.",
     [("injured", None, 8)]),
    ("The death toll has risen to 23, with 71 people wounded.",
     [("killed", None, 23), ("injured", None, 71)]),
])
def test_a_corrected_toll_keeps_the_latest_figure(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("At least 9 killed, 41 injured in a missile strike on Dnipro.",
     [("killed", None, 9), ("injured", None, 41)]),
    ("The attack injured 27 and killed four.", [("injured", None, 27), ("killed", None, 4)]),
    ("The barrage claimed at least seven lives.", [("killed", None, 7)]),
])
def test_each_casualty_figure_takes_the_word_right_after_or_before_it(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_part_of_the_figure_before_is_a_breakdown_with_its_metric() -> None:
    sentence = "Air defences downed 52 drones, with 14 of them over the Kaluga region."
    assert figures(sentence) == [("intercepted", "drone", 52), ("intercepted", "drone", 14)]


def test_a_single_weapon_that_was_downed_counts_one() -> None:
    sentence = "A drone downed by air defences fell on a garage."
    assert figures(sentence) == [("intercepted", "drone", 1)]


@pytest.mark.parametrize("sentence,expected", [
    ("Nine missiles and 31 drones struck 20 locations, while two missiles were unaccounted "
     "for.", [("hit", "missile", 9), ("hit", "drone", 31)]),
    ("Six others were rescued from the rubble.", []),
    ("A woman was reported dead after the strike.", [("killed", None, 1)]),
    ("Four people were hospitalised after the attack.", [("injured", None, 4)]),
    ("Three fires broke out after the drone attack.", []),
])
def test_a_figure_s_own_verb_decides_even_when_it_is_none_of_the_metrics(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_drones_lost_are_intercepted() -> None:
    assert figures("The air force said 37 drones were lost.") == [("intercepted", "drone", 37)]


def test_ones_after_a_class_of_missile_name_that_class() -> None:
    assert figures("Russia fired 60 missiles, including 9 ballistic ones.") == [
        ("launched", "missile", 60), ("launched", "ballistic_missile", 9)]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences downed 17 drones that were launched from Bryansk.",
     [("intercepted", "drone", 17)]),
    ("Hits by 11 drones were recorded at six locations.", [("hit", "drone", 11)]),
    ("Hits of 19 drones and 3 missiles were recorded.",
     [("hit", "drone", 19), ("hit", "missile", 3)]),
    ("Air defence destroyed 212 drones and 21 missiles, the air force said.",
     [("intercepted", "drone", 212), ("intercepted", "missile", 21)]),
    ("Air defences destroyed 64 drones and 9 drones hit their targets.",
     [("intercepted", "drone", 64), ("hit", "drone", 9)]),
    ("Russia fired 6 missiles and 41 drones, of which 33 were shot down.",
     [("launched", "missile", 6), ("launched", "drone", 41), ("intercepted", "drone", 33)]),
    ("In total, 143 means of air attack were involved.", [("launched", None, 143)]),
    ("Russia sent 25 drones toward Kharkiv overnight as air defences were activated.",
     [("launched", "drone", 25)]),
])
def test_the_verb_that_governs_a_figure(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_weapons_that_were_hit_are_no_figure() -> None:
    assert figures("Drones struck the airbase overnight, damaging three aircraft.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 250 drones overnight, including about 90 Shaheds.",
     [("launched", "drone", 250)]),
    ("Russia fired 35 missiles, including 8 ballistic ones.",
     [("launched", "missile", 35), ("launched", "ballistic_missile", 8)]),
    ("Russia launched 140 drones, including 31 over the Sumy region.",
     [("launched", "drone", 140), ("launched", "drone", 31)]),
    ("An F-16 pilot shot down six cruise missiles.", []),
    ("Russia launched 410 aerial weapons, including 380 drones and 30 missiles.",
     [("launched", None, 410), ("launched", "drone", 380), ("launched", "missile", 30)]),
])
def test_breakdowns_by_class_are_figures_sub_types_and_shares_are_not(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_the_items_of_a_list_of_figures_take_the_metric_of_the_line_that_opens_it() -> None:
    text = ("Air defence downed 47 Russian drones over the north overnight:\n"
            "- 30 attack drones over the Chernihiv region\n"
            "- 17 over the Poltava region\n\n"
            "Nine drones hit a depot in Lviv.")
    strike, = ceasefire.read(text, "2025-08-04").to_json()["strikes"]
    assert [(q["metric"], q["value"]) for q in strike["quantities"]] == [
        ("intercepted", 47), ("intercepted", 30), ("intercepted", 17), ("hit", 9)]
    assert {"Chernihiv Oblast", "Poltava Oblast"} <= set(strike["locations"])


def test_a_part_told_with_its_own_verb_takes_that_verb() -> None:
    assert figures("Moscow sent 64 drones, and air defence destroyed 50 of them.") == [
        ("launched", "drone", 64), ("intercepted", "drone", 50)]


def test_a_part_of_the_people_counted_is_no_figure_of_its_own() -> None:
    assert figures("Six people were hurt, two of them teenagers.") == [("injured", None, 6)]


@pytest.mark.parametrize("sentence,expected", [
    # a period that starts at an event ("since the start of", "since the truce")
    ("Altogether 48,300 drones have been shot down since the beginning of the operation, "
     "the ministry said.", []),
    ("Air defences have intercepted 310 missiles since the ceasefire collapsed.", []),
    # a total over two nights or days, a season
    ("Across the three nights, the governor said, 96 drones were downed over the city.", []),
    ("Russia sent 140 drones towards Odesa over two consecutive nights.", []),
    ("One air defence battalion destroyed 800 drones during the winter.", []),
    # the night named after a later figure is that figure's, not the period total's
    ("The army said it had downed 410 drones since the start of the truce, including 37 over "
     "the Oryol region overnight.", [("intercepted", "drone", 37)]),
    ("Air defences downed 22 drones overnight and 190 since the truce began.",
     [("intercepted", "drone", 22)]),
    ("Russia fired 45 missiles overnight, bringing the total since the start of the year to "
     "2,100.", [("launched", "missile", 45)]),
    ("Russia has launched 300 drones at Kharkiv since Tuesday.", []),
    ("Air defences have downed 45 drones since midnight.", [("intercepted", "drone", 45)]),
])
def test_totals_over_a_period_are_told_apart_from_the_night_s_figure(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_record_is_dated_by_its_night_not_by_the_start_of_the_period_beside_it() -> None:
    text = ("The ministry said 600 drones had been downed since the truce took effect on "
            "June 1, including 25 over the Kursk region overnight.")
    [strike] = ceasefire.read(text, published="2025-06-05").strikes
    assert (str(strike.date), [(q.metric, q.value) for q in strike.quantities]) == \
        ("2025-06-05", [("intercepted", 25)])


@pytest.mark.parametrize("sentence,expected", [
    ("At first the governor reported three injured, but later said five people had been "
     "hurt.", [("injured", None, 5)]),
    ("The death toll in Kharkiv rose to 14 after rescuers found three more bodies.",
     [("killed", None, 14)]),
    ("The police later raised the number of injured to 40, saying five more people had sought "
     "treatment overnight.", [("injured", None, 40)]),
    ("He had earlier put the toll at 4 but later raised it to 6.", [("killed", None, 6)]),
    ("The number of injured rose from 14 to 19.", [("injured", None, 19)]),
    ("Officials revised the number of dead down to three from four.", [("killed", None, 3)]),
    ("The toll rose to 12 from 9, and 40 people were injured.",
     [("killed", None, 12), ("injured", None, 40)]),
])
def test_a_toll_told_as_revised_keeps_the_latest_figure_not_the_increment(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian drones struck Dnipro overnight, the mayor said on Thursday morning, adding that "
     "four people had been killed. He later said the toll had risen to six.", [6]),
    ("Russian drones struck Dnipro overnight, killing nine people, Governor Serhiy Lysak said "
     "on Thursday. Lysak had earlier said that seven people were killed.", [9]),
])
def test_a_toll_corrected_in_another_sentence_of_the_same_source_replaces_it(
        text: str, expected: list[int]) -> None:
    [strike] = ceasefire.read(text, published="2025-06-05").strikes
    assert [q.value for q in strike.quantities if q.metric == "killed"] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The regional governor said the victims included three children.", []),
    ("Thirty people were wounded; eight of them are in serious condition.",
     [("injured", None, 30)]),
    ("Nine people were killed, three of them in Kupiansk.",
     [("killed", None, 9), ("killed", None, 3)]),
    ("Two more civilians died in hospital.", [("killed", None, 2)]),
])
def test_a_part_of_the_people_counted_is_no_figure_but_a_place_s_share_is(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Ukrainian drones hit an airbase in Crimea, damaging a hangar and three Ka-27 "
     "helicopters.", []),
    ("The navy said its sea drones struck a patrol ship, a tug and two Su-25 jets.", []),
    ("Drones hit the refinery, and 12 drones were shot down.", [("intercepted", "drone", 12)]),
    ("Russian forces struck the town with three guided aerial bombs.",
     [("launched", "guided_bomb", 3)]),
])
def test_weapons_among_the_objects_of_a_verb_of_hitting_are_targets(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The port was hit by at least six drones, the governor said.", [("hit", "drone", 6)]),
    ("Two districts were struck by 14 missiles.", [("hit", "missile", 14)]),
])
def test_hit_by_gives_the_weapons_that_hit(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_places_counted_after_a_preposition_are_no_weapons() -> None:
    sentence = "Hits by 17 drones were recorded at six sites, and debris fell in two more."
    assert figures(sentence) == [("hit", "drone", 17)]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences destroyed 31 of 40 drones, and three of the five Kh-101 missiles that Russia "
     "fired.", [("intercepted", "drone", 31), ("launched", "drone", 40),
                ("intercepted", "cruise_missile", 3), ("launched", "cruise_missile", 5)]),
    ("Air defences destroyed 31 of 40 drones, and 3 of the 5 missiles hit their targets.",
     [("intercepted", "drone", 31), ("launched", "drone", 40), ("hit", "missile", 3),
      ("launched", "missile", 5)]),
])
def test_a_second_part_of_a_whole_shares_the_verb_of_the_first(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences downed five GBU-39 bombs and two rockets fired by Grad launchers.",
     [("intercepted", "guided_bomb", 5), ("intercepted", "artillery", 2)]),
    ("Twelve drones launched by Russia were shot down.", [("intercepted", "drone", 12)]),
])
def test_a_participle_after_the_noun_does_not_take_the_verb_before_from_it(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The fleet said it had destroyed all of the uncrewed boats.",
     [("intercepted", "drone", None)]),
    ('The governor said air defences had downed "about 15" drones.',
     [("intercepted", "drone", 15)]),
    ("The strike injured five bus passengers.", [("injured", None, 5)]),
    ("Russian drones and a ballistic missile hit the port.", []),
])
def test_uncrewed_boats_quoted_figures_compound_people_and_a_single_uncounted_weapon(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_quoted_qualifier_is_kept() -> None:
    [figure] = find_figures('Air defences destroyed "more than 30" drones.')
    assert (figure.value, figure.qualifier) == (30, "at_least")


def test_labelled_list_lines_take_the_metric_and_missile_class_of_the_opener() -> None:
    text = ("The air force said air defences shot down 52 drones and five Kalibr missiles. "
            "By region:\n\n"
            "Odesa region: 30 drones, 3 missiles;\n\n"
            "Mykolaiv region: 22 drones, 2 missiles.")
    [strike] = ceasefire.read(text, "2025-08-04").strikes
    assert [(q.metric, q.weapon, q.value) for q in strike.quantities] == [
        ("intercepted", "drone", 52), ("intercepted", "cruise_missile", 5),
        ("intercepted", "drone", 30), ("intercepted", "cruise_missile", 3),
        ("intercepted", "drone", 22), ("intercepted", "cruise_missile", 2)]
    assert {"Odesa Oblast", "Mykolaiv Oblast"} <= {p.name for p in strike.places}


def test_a_list_line_after_a_line_ending_with_a_semicolon_is_read() -> None:
    text = ("Russia launched 75 drones overnight, the air force said. The figures:\n\n"
            "51 were shot down;\n\n"
            "19 were lost to jamming, with no consequences.")
    [strike] = ceasefire.read(text, "2025-08-04").strikes
    assert [(q.metric, q.value) for q in strike.quantities] == [
        ("launched", 75), ("intercepted", 51), ("intercepted", 19)]


def test_a_day_named_ties_a_figure_to_one_attack_inside_a_period() -> None:
    sentence = ("Russia has intensified strikes in recent weeks, particularly on Odesa, where 14 "
                "people were killed on June 9 in the deadliest such attack this year.")
    assert figures(sentence) == [("killed", None, 14)]


@pytest.mark.parametrize("sentence,expected", [
    ("The two injured men, aged 34 and 51, were taken to hospital.", [("injured", None, 2)]),
    ("A woman of 70 was killed when the drone hit her house.", [("killed", None, 1)]),
    ("A man, 45, was killed and 3 people were wounded.",
     [("killed", None, 1), ("injured", None, 3)]),
    ("Two men aged 60 and 63 were killed and 9 injured.",
     [("killed", None, 2), ("injured", None, 9)]),
    # near-misses: a count after a person noun goes on with a verb or "of them"
    ("The strike killed three people, 12 were injured.",
     [("killed", None, 3), ("injured", None, 12)]),
    ("Ten people were injured, 4 of them children.", [("injured", None, 10)]),
])
def test_an_age_after_a_person_is_no_count(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("In his weekly address on Sunday, the president said Russia had used more than 1,300 "
     "drones, nearly 900 guided bombs and 51 missiles against Ukraine over the past seven days.",
     []),
    ("Russia fired 200 missiles, 3,000 drones and 1,500 glide bombs at Ukraine during the "
     "past two weeks, the president said on Monday.", []),
    ("Speaking on Tuesday, Zelensky said Russia launched 700 drones and 40 missiles over the "
     "last ten days.", []),
    # near-misses: an item tied to one attack, or a list with no period
    ("Russia launched 120 drones overnight, and 2,000 over the past week.",
     [("launched", "drone", 120)]),
    ("On Sunday Russia launched 300 drones and 20 missiles at Ukraine, the air force said.",
     [("launched", "drone", 300), ("launched", "missile", 20)]),
])
def test_a_period_after_a_list_of_figures_totals_every_item(sentence: str,
                                                            expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Both ballistic missiles reached their targets, it said.", [("hit", "ballistic_missile", 2)]),
    ("Air defences destroyed both drones.", [("intercepted", "drone", 2)]),
    ("Both of the missiles were shot down, the air force said.",
     [("intercepted", "missile", 2)]),
    ("Forty-three of the drones and one of the Kalibrs were brought down.",
     [("intercepted", "drone", 43), ("intercepted", "cruise_missile", 1)]),
    # near-misses: "both" joining two kinds, or naming which weapons
    ("Russia used both drones and missiles in the attack.", []),
    ("Debris from both drones fell on a warehouse.", []),
])
def test_both_and_one_of_the_before_any_weapon_noun_count(sentence: str,
                                                          expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_missile_model_with_a_suffix_and_an_anti_radar_missile_are_missiles() -> None:
    sentence = "Russia used 53 attack drones and three Kh-31P anti-radar missiles."
    assert figures(sentence) == [("launched", "drone", 53), ("launched", "missile", 3)]


@pytest.mark.parametrize("sentence,expected", [
    ("Six of the missiles were Kh-101 cruise missiles and were shot down; the other three "
     "were Iskander-M ballistic missiles.",
     [("launched", "cruise_missile", 6), ("intercepted", "cruise_missile", 6),
      ("launched", "ballistic_missile", 3)]),
    ("Of the nine missiles, six were Kh-101 cruise missiles and three were Iskander-M "
     "ballistic missiles.",
     [("launched", "missile", 9), ("launched", "cruise_missile", 6),
      ("launched", "ballistic_missile", 3)]),
    # near-misses: a sub-type within the class of the total is no quantity
    ("Two of the drones were Shaheds.", []),
    ("Of the drones, about 250 were Shahed attack UAVs.", []),
])
def test_a_part_of_a_mixed_total_given_its_class_is_a_figure_of_that_class(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def _tolls(text: str) -> list[tuple[str | None, list[tuple[str, float | None]]]]:
    reading = ceasefire.read(text, published="2026-01-21")
    return [(s.claimed_by, [(q.metric, q.value) for q in s.quantities])
            for s in reading.strikes if s.quantities]


@pytest.mark.parametrize("text,expected", [
    ("Russian drones struck Kyiv overnight. Mayor Vitali Klitschko said one person was killed "
     "and seven injured.\n\nKlitschko now says two people have been killed and 16 injured.",
     [("Vitali Klitschko", [("killed", 2), ("injured", 16)])]),
    ("Russian missiles hit Dnipro on Monday. Governor Serhiy Lysak reported three people "
     "injured.\n\nLysak updates: one person killed and five injured in the city.",
     [("Serhiy Lysak", [("killed", 1), ("injured", 5)])]),
    ("Russian drones attacked Odesa overnight, governor Oleh Kiper said, injuring two people. "
     "In an update, Kiper said four people were injured.", [("Oleh Kiper", [("injured", 4)])]),
    # near-miss: a second toll with no word of an update is a toll of another place
    ("Russian drones hit Kharkiv overnight. Governor Oleh Syniehubov said two people were "
     "killed in Kharkiv. He said one person was killed in Chuhuiv.",
     [("Oleh Syniehubov", [("killed", 2), ("killed", 1)])]),
])
def test_a_toll_the_source_now_gives_replaces_its_earlier_one(text: str, expected: list) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("One port worker was killed and two bus passengers were injured.",
     [("killed", None, 1), ("injured", None, 2)]),
    ("A 46-year-old power engineer on duty at the site was injured, he said.",
     [("injured", None, 1)]),
    ("Officials said one railway employee died in the strike.", [("killed", None, 1)]),
    # near-misses: no person after the unknown word; a victim counted already
    ("One port crane was damaged in the strike.", []),
    ("Two people have been killed; the second victim, a woman of 70, was found under debris.",
     [("killed", None, 2)]),
])
def test_one_person_named_with_a_noun_before_the_person_word_counts_one(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Three missiles had hit the plant.", [("hit", "missile", 3)]),
    ("Two drones have struck the depot, officials said.", [("hit", "drone", 2)]),
    ("She said three Russian missiles had hit the plant overnight.", [("hit", "missile", 3)]),
    # near-miss: the number counts what was hit, not the weapons
    ("The missiles had hit three schools.", []),
])
def test_weapons_that_have_hit_are_hits(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A drone struck a car, killing the driver and injuring two passengers.",
     [("killed", None, 1), ("injured", None, 2)]),
    ("The shell killed the driver.", [("killed", None, 1)]),
    ("Shelling killed the driver of a bus and wounded nine passengers.",
     [("killed", None, 1), ("injured", None, 9)]),
    ("They killed the driver, a man of 40, and wounded two.",
     [("killed", None, 1), ("injured", None, 2)]),
    # near-miss: "the" before a plural counts no one
    ("The attack killed the soldiers guarding the bridge.", []),
])
def test_the_single_person_a_casualty_verb_takes_counts_one(sentence: str,
                                                            expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("One employee suffered burns, he said.", [("injured", None, 1)]),
    ("A woman suffered shrapnel wounds.", [("injured", None, 1)]),
    ("Three soldiers received severe burns.", [("injured", None, 3)]),
    # near-misses: what a building suffered or received
    ("The plant suffered damage.", []),
    ("The building received three hits.", []),
])
def test_people_who_suffered_burns_or_wounds_are_injured(sentence: str,
                                                         expected: list[Row]) -> None:
    assert figures(sentence) == expected


def _strikes(text: str) -> list[tuple]:
    reading = ceasefire.read(text, published="2026-07-17")
    return [(s.attacker, str(s.date), [(q.metric, q.weapon, q.value) for q in s.quantities],
             [p.name for p in s.places]) for s in reading.strikes]


@pytest.mark.parametrize("text,expected", [
    ("Kyiv accused Moscow of breaking the truce dozens of times, most recently on Sunday, when "
     "three drones struck a substation in Sumy.",
     [("RU", "2026-07-12", [("hit", "drone", 3)], ["Sumy"])]),
    ("The Russian defence ministry said Ukraine had violated the ceasefire repeatedly, the "
     "latest a drone attack on a depot in Belgorod that injured two people.",
     [("UA", "2026-07-17", [("injured", None, 2)], ["Belgorod"])]),
    ("The ministry said on Friday that Russia had breached the moratorium many times, most "
     "recently a gas compressor station in the Poltava region on Tuesday, which was hit by "
     "two missiles.",
     [("RU", "2026-07-14", [("hit", "missile", 2)], ["Poltava Oblast"])]),
    # near-miss: the latest breach named is no attack
    ("Officials said the truce had been breached many times, most recently in talks with "
     "Turkey.", []),
])
def test_the_latest_breach_of_a_truce_named_is_an_attack_of_its_own_day(
        text: str, expected: list[tuple]) -> None:
    assert _strikes(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A drone hit a fuel and lubricants depot on the outskirts of Oryol.", ["energy"]),
    ("Drones struck an oil products terminal in Novorossiysk.", ["energy"]),
    ("Debris set fire to a fuel storage tank.", ["energy"]),
    # near-miss: a vehicle carrying fuel is no fuel site
    ("A fuel truck was hit on the road.", []),
])
def test_fuel_and_oil_product_sites_are_energy(text: str, expected: list[str]) -> None:
    from ceasefire.read.targets import find_targets
    assert [m.target_type for m in find_targets(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Governor Oleh Syniehubov said a drone slammed into a nine-storey apartment block in "
     "Kharkiv, killing two people.", [("RU", ["residential"])]),
    ("Russian drones struck a residential district of Kyiv overnight, killing three people.",
     [("RU", ["residential"])]),
    ("A Russian missile ploughed into a five-storey block of flats in Dnipro.",
     [("RU", ["residential"])]),
    # near-miss: "slammed" a proposal is no impact
    ("Russia slammed the proposal for a truce in Kyiv, calling it a residential district stunt.",
     []),
])
def test_a_weapon_that_slams_or_ploughs_into_a_home_hits_a_residential_target(
        text: str, expected: list) -> None:
    reading = ceasefire.read(text, published="2026-10-06")
    assert [(s.attacker, s.target_types) for s in reading.strikes] == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia's defence ministry said it had carried out a strike with Iskander missiles on a "
     "gathering of Ukrainian army command staff in Sumy.", [("RU", ["military"])]),
    ("Ukrainian drones hit a Russian brigade headquarters near Donetsk, the General Staff said.",
     [("UA", ["military"])]),
    ("The ministry said its missiles struck a meeting of Ukrainian officers in Kramatorsk.",
     [("RU", ["military"])]),
    # near-miss: a civil body's headquarters
    ("Russian drones hit the headquarters of a charity in Kharkiv.", [("RU", [])]),
])
def test_military_headquarters_and_gatherings_of_troops_are_military(text: str,
                                                                     expected: list) -> None:
    reading = ceasefire.read(text, published="2026-05-02")
    assert [(s.attacker, s.target_types) for s in reading.strikes] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Russian defence ministry said its forces had hit port infrastructure used by the "
     "Kyiv regime to receive military cargo.", [("RU", [])]),
    ("Russian missiles hit a plant that the Kyiv authorities use for repairs, the ministry said.",
     [("RU", [])]),
    # near-miss: the city named as the place hit stays a place
    ("Russian drones hit Kyiv overnight, the Kyiv city authorities said.", [("RU", ["Kyiv"])]),
])
def test_a_capital_before_regime_or_authorities_names_a_government(text: str,
                                                                   expected: list) -> None:
    reading = ceasefire.read(text, published="2026-06-30")
    assert [(s.attacker, [p.name for p in s.places]) for s in reading.strikes] == expected


@pytest.mark.parametrize("text,expected", [
    ("Governor Oleksandr Prokudin said Russian artillery fire killed a man in Kherson on Tuesday "
     "evening, a few hours into the truce.", [("RU", ["Kherson"])]),
    ("Despite the ceasefire, Russian drones hit a school in Sumy on Sunday, the mayor said.",
     [("RU", ["Sumy"])]),
    ("During the Easter truce, Ukrainian drones struck a depot in Belgorod, the governor said.",
     [("UA", ["Belgorod"])]),
    # near-misses: talk of the truce itself names no place attacked
    ("Russia violated the truce in Kherson, Kyiv said.", []),
    ("Ukraine proposed a truce for Kherson on Sunday.", []),
])
def test_a_truce_that_only_dates_an_attack_leaves_its_places(text: str, expected: list) -> None:
    reading = ceasefire.read(text, published="2026-01-07")
    assert [(s.attacker, [p.name for p in s.places]) for s in reading.strikes] == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian drones hit a printing works in the Kyivskyi district of Kharkiv overnight.",
     [("RU", ["other"])]),
    ("A Russian missile struck a steel works in Zaporizhzhia.", [("RU", ["other"])]),
    ("Ukrainian drones hit a chemical works in Novomoskovsk, the governor said.",
     [("UA", ["other"])]),
    # near-miss: road works are no factory
    ("Road works in Kyiv were delayed after the attack on Sumy.", [("RU", [])]),
])
def test_works_named_by_their_trade_are_factories(text: str, expected: list) -> None:
    reading = ceasefire.read(text, published="2026-10-27")
    assert [(s.attacker, s.target_types) for s in reading.strikes] == expected


def _figures_of(text: str) -> list[tuple[str | None, list[tuple]]]:
    reading = ceasefire.read(text, published="2026-03-03")
    return [(s.claimed_by, [(q.metric, q.weapon, q.value) for q in s.quantities])
            for s in reading.strikes if s.quantities]


@pytest.mark.parametrize("text,expected", [
    ("The Russian Defence Ministry said air defences destroyed 54 Ukrainian drones overnight. "
     "Of them, 30 over the Belgorod region and 24 over the Kursk region.",
     [("intercepted", "drone", 54), ("intercepted", "drone", 30), ("intercepted", "drone", 24)]),
    ("Ukraine's Air Force said Russia launched 142 drones overnight. Of these, 97 were shot "
     "down by fighter jets and 31 did not reach their targets.",
     [("launched", "drone", 142), ("intercepted", "drone", 97), ("intercepted", "drone", 31)]),
    ("Air defences shot down 40 drones overnight, the ministry said.\nOf them, 25 over the "
     "Bryansk region.", [("intercepted", "drone", 40), ("intercepted", "drone", 25)]),
    # near-miss: a fronted "of them" with people counted is a part of the toll, no figure
    ("Five people were injured in Sumy overnight. Of them, two were children.",
     [("injured", None, 5)]),
])
def test_a_breakdown_fronted_by_of_them_takes_the_figure_s_verb(text: str,
                                                                 expected: list) -> None:
    assert [q for _, qs in _figures_of(text) for q in qs] == expected


def test_a_generic_noun_after_several_classes_is_a_mixed_total() -> None:
    text = ("Overnight Russia attacked with 120 drones and 4 Kh-101 cruise missiles, the Air "
            "Force said.\n\nAir defence neutralised 101 air attack means.")
    assert ("intercepted", None, 101) in _figures_of(text)[0][1]


def test_a_generic_noun_after_one_class_takes_that_class() -> None:
    text = ("Overnight Russia attacked with 120 drones, the Air Force said.\n\n"
            "Air defence neutralised 101 air targets.")
    assert ("intercepted", "drone", 101) in _figures_of(text)[0][1]


def test_a_generic_total_after_a_list_of_several_classes_has_no_weapon() -> None:
    text = ("The Air Force said:\n"
            "- 24 Kh-101 cruise missiles;\n- 400 attack drones.\n"
            "As of 09:00, air defence shot down or suppressed 389 air attack weapons:\n"
            "- 22 Kh-101 cruise missiles;\n- 367 drones.")
    quantities = [q for _, qs in _figures_of(text) for q in qs]
    assert ("intercepted", None, 389) in quantities
