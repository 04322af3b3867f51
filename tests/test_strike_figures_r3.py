"""Strike constructions of round 3 (issue 13), each with sentences written for the test."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.quantities import find_figures

Row = tuple[str, str | None, float | None]


def figures(sentence: str) -> list[Row]:
    return [(f.metric, f.weapon, f.value) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("The town was attacked by 31 drones, 20 of which were destroyed.",
     [("launched", "drone", 31), ("intercepted", "drone", 20)]),
    ("Russia attacked the region with 40 drones, 25 of which were shot down.",
     [("launched", "drone", 40), ("intercepted", "drone", 25)]),
    ("Kharkiv came under attack by 18 drones, eleven of them were downed.",
     [("launched", "drone", 18), ("intercepted", "drone", 11)]),
    ("More than 40 drones had attacked the region during the night.",
     [("launched", "drone", 40)]),
])
def test_a_whole_attacked_with_is_launched_and_its_part_has_its_own_verb(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Russian troops shelled the village 12 times with more than 60 munitions.",
     [("launched", "artillery", 60)]),
    ("The town was shelled with 35 mortar rounds, and two drones hit a farm.",
     [("launched", "artillery", 35), ("hit", "drone", 2)]),
])
def test_munitions_of_a_shelling_are_artillery_and_times_are_no_count(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two missiles were fired at the port and air defence managed to bring one of them down.",
     [("launched", "missile", 2), ("intercepted", "missile", 1)]),
    ("Gunners shot three of the drones down near Izium.", [("intercepted", "drone", 3)]),
])
def test_a_verb_with_its_particle_after_the_object_governs_the_figure(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The city was struck by five missiles, one of which hit a school.", [("hit", "missile", 5)]),
    ("Air defences destroyed 30 drones, eight of them over the Tula region.",
     [("intercepted", "drone", 30), ("intercepted", "drone", 8)]),
    ("Air defences downed 51 drones, twelve of these being tracked over the Kaluga area.",
     [("intercepted", "drone", 51), ("intercepted", "drone", 12)]),
])
def test_a_part_with_the_whole_s_metric_is_kept_only_as_a_place_s_share(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def _claimants(text: str) -> list[tuple[str | None, float | None]]:
    reading = ceasefire.read(text, published="2025-11-20")
    return [(s.claimed_by, q.value) for s in reading.strikes for q in s.quantities]


@pytest.mark.parametrize("text,expected", [
    ("Drones hit a depot in Oryol overnight, Ukraine's General Staff said. Oryol Governor Andrei "
     "Klychkov gave no details of the depot. In his evening update he wrote that air defences "
     "had destroyed 14 drones over the region.", [("Andrei Klychkov", 14)]),
    ("Mayor Sergei Sobyanin spoke of a smaller raid. Through the night he reported that 8 "
     "drones flying towards the city had been shot down.", [("Sergei Sobyanin", 8)]),
])
def test_a_pronoun_after_an_adverbial_is_the_person_the_sentence_before_opened_with(
        text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c and c.replace("Sergey", "Sergei"), v) for c, v in _claimants(text)
            if v in dict(expected).values()] == expected


def test_the_governor_refers_back_to_the_governor_named_before() -> None:
    text = ("Governor Ivan Fedorov said on Monday that three people had been killed in Orikhiv. "
            "According to the governor, the town was struck by two guided bombs.")
    assert ("Ivan Fedorov", 2) in _claimants(text)


def test_a_body_s_breakdown_is_the_body_s() -> None:
    text = ("Russia's Defence Ministry said it had destroyed 40 Ukrainian drones overnight. "
            "According to the ministry's breakdown, 15 were brought down over the Belgorod "
            "region and 9 over the Kursk region.")
    assert {c for c, _ in _claimants(text)} == {"Russian Ministry of Defence"}


@pytest.mark.parametrize("sentence", [
    "Russia fired more than 9,000 missiles at Ukraine during the year.",
    "The ministry claimed to have downed over 12,000 drones over eleven months.",
    "Over that month, Russia launched more than 3,900 drones against Ukraine.",
    "Officials warned that Russia could be able to send up to 900 drones in a single night.",
])
def test_period_totals_and_forecasts_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_multiple_is_no_count() -> None:
    assert figures("Russia launched 80 drones overnight, two and a half times the usual "
                   "number.") == [("launched", "drone", 80)]


@pytest.mark.parametrize("sentence,expected", [
    ("Three bodies were recovered from the rubble, and 11 people were hurt.",
     [("killed", None, 3), ("injured", None, 11)]),
    ("Rescuers pulled out two bodies from the ruins of the school.", [("killed", None, 2)]),
    ("Police reported one dead and 9 people who had sought medical help.",
     [("killed", None, 1), ("injured", None, 9)]),
    ("The shelling injured a lineman and killed a motorist.",
     [("injured", None, 1), ("killed", None, 1)]),
])
def test_bodies_recovered_medical_help_and_named_workers_are_casualties(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("So far we know of three dead, a man and two women.", [("killed", None, 3)]),
    ("Twelve people were hurt, four children among them.", [("injured", None, 12)]),
    ("Among the injured were a 70-year-old pensioner and three municipal workers.", []),
    ("A woman and a teenager were hurt by shrapnel.", [("injured", None, 2)]),
])
def test_people_named_within_a_toll_are_no_figures_of_their_own(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_police_statement_released_is_no_swap() -> None:
    reading = ceasefire.read("A Russian drone hit a bus in Sumy on Saturday. The police, in a "
                             "statement released later, reported three dead.",
                             published="2025-11-08")
    assert [(q.metric, q.value) for s in reading.strikes for q in s.quantities] == \
        [("killed", 3)]


def test_rubble_of_earlier_shelling_gives_no_day() -> None:
    reading = ceasefire.read("Volunteers recovered the bodies of a man and a woman in "
                             "Siversk, under a garage wrecked by earlier Russian strikes.",
                             published="2025-04-20")
    assert [(s.date, q.value) for s in reading.strikes for q in s.quantities] == [(None, 2)]


@pytest.mark.parametrize("sentence,expected", [
    ("34 drones locationally lost, without consequences.", [("intercepted", "drone", 34)]),
    ("Hits by one cruise missile and 9 drones were recorded.",
     [("hit", "cruise_missile", 1), ("hit", "drone", 9)]),
])
def test_a_negation_after_the_figure_s_verb_and_one_weapon_counted(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


BULLETIN = """Overnight, Russia attacked Ukraine with 96 drones and three Kalibr cruise missiles.

This was reported by the Ukrainian Air Force on Telegram.

As of 09:00, the following had been shot down:
2 of 3 Kalibr cruise missiles;
71 drones in the east and south;
15 drones locationally lost."""


def test_a_source_line_between_lead_and_bulletin_credits_both_and_a_header_gives_its_verb(
        ) -> None:
    reading = ceasefire.read(BULLETIN, published="2025-10-20")
    rows = {(s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
            for q in s.quantities}
    assert rows == {("Ukrainian Air Force", "launched", "drone", 96),
                    ("Ukrainian Air Force", "launched", "cruise_missile", 3),
                    ("Ukrainian Air Force", "intercepted", "cruise_missile", 2),
                    ("Ukrainian Air Force", "intercepted", "drone", 71),
                    ("Ukrainian Air Force", "intercepted", "drone", 15)}


def test_a_first_update_gives_way_to_the_toll_the_source_brought_it_to() -> None:
    text = ("Four people were killed in a drone attack on Kherson overnight, governor Oleksandr "
            "Prokudin said. In his first update, Prokudin reported three dead. Later he wrote "
            "that a man had died in hospital, bringing the toll to four.")
    reading = ceasefire.read(text, published="2025-08-20")
    assert sorted((q.metric, q.value) for s in reading.strikes for q in s.quantities) == \
        [("killed", 4)]


def test_a_part_of_a_total_and_a_share_that_was_flying_somewhere_are_counted_alike() -> None:
    assert figures("Air defences destroyed 12 drones over Kursk, part of an overall total of "
                   "40.") == [("intercepted", "drone", 12), ("intercepted", "drone", 40)]
    assert figures("Air defences downed 30 drones, 11 of them over the Tula region, including "
                   "four that were flying towards the city.") == [
        ("intercepted", "drone", 30), ("intercepted", "drone", 11), ("intercepted", "drone", 4)]


def test_the_russian_ministry_s_count_with_no_verb_is_of_drones_downed() -> None:
    reading = ceasefire.read("Russia's Defence Ministry counted 14 drones over the Bryansk "
                             "region in its bulletin.", published="2025-11-20")
    assert [(s.claimed_by, q.metric, q.value) for s in reading.strikes for q in s.quantities] == \
        [("Russian Ministry of Defence", "intercepted", 14)]


@pytest.mark.parametrize("sentence,expected", [
    ("At least three KAB-500 bombs hit the district.", [("hit", "guided_bomb", 3)]),
    ("Russian jets dropped five bombs on the village.", [("launched", "guided_bomb", 5)]),
    ("Drones scored at least two hits on the depot's fuel tanks.", [("hit", "drone", 2)]),
    ("Hits were recorded at seven locations.", []),
])
def test_bombs_and_hits_on_a_target_are_counted(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_source_inside_a_body_speaks_for_it_and_may_claim_its_side_s_hits() -> None:
    text = ("Ukrainian drones attacked an oil depot in Bryansk overnight. A source in Ukraine's "
            "Security Service told reporters that four hits on the depot's tanks were "
            "confirmed.")
    reading = ceasefire.read(text, published="2025-11-20")
    assert [(s.attacker, s.claimed_by, q.metric, q.value) for s in reading.strikes
            for q in s.quantities] == [("UA", "SBU", "hit", 4)]


def _types(text: str) -> set[str]:
    reading = ceasefire.read(text, published="2025-11-20")
    return {t for s in reading.strikes for t in s.target_types}


@pytest.mark.parametrize("text,expected", [
    ("Russian missiles struck defence-industry plants in Dnipro overnight.", {"military"}),
    ("Ukraine's drones hit a temporary deployment point of Russian troops in Kherson region on "
     "Monday.", {"military"}),
    ("The ministry said its forces destroyed a depot of drones and Western weapons near Sumy "
     "on Monday.", {"military"}),
    ("A Russian drone hit a pharmacy in Nikopol on Monday.", {"commercial"}),
    ("A Russian drone hit an agricultural company near Bashtanka on Monday.", {"other"}),
])
def test_new_target_nouns(text: str, expected: set[str]) -> None:
    assert _types(text) == expected


def _places(text: str) -> set[str]:
    reading = ceasefire.read(text, published="2025-11-20")
    return {p.name for s in reading.strikes for p in s.places}


@pytest.mark.parametrize("text,expected", [
    ("Drones hit the Liski rail junction, which lies on the line to Rostov-on-Don, on Monday.",
     {"Liski"}),
    ("Drones hit a depot in Valuyki on Monday that supplies Russian units in the Kupiansk "
     "direction.", {"Valuyki"}),
    ("Russian drones were used against Ukrainian positions in the Kupiansk direction on "
     "Monday.", {"Kupiansk"}),
    ("Shelling hit Nikopol, on the right bank of the Dnipro, on Monday.", {"Nikopol"}),
    ("Ukrainian shelling hit Belgorod on Monday; the region borders its Kharkiv and Sumy "
     "regions.", {"Belgorod"}),
    ("A drone hit a warehouse in the Kutsurub community on Monday.", {"Kutsurub"}),
])
def test_places_named_but_not_hit(text: str, expected: set[str]) -> None:
    assert _places(text) == expected


def test_a_capital_that_did_not_comment_is_its_government() -> None:
    assert _places("Ukrainian drones hit a depot in Tula on Monday. Kyiv did not comment on "
                   "the attack.") == {"Tula"}


def test_the_side_named_in_another_clause_attacked_elsewhere() -> None:
    text = ("Kyiv said on Monday that drones had knocked out a substation in the Sumy region "
            "overnight, while Moscow charged that Ukrainian drones had hit a power plant in "
            "Russia's Bryansk region.")
    reading = ceasefire.read(text, published="2025-11-20")
    by_side = {(s.attacker, p.name) for s in reading.strikes for p in s.places}
    assert ("RU", "Sumy Oblast") in by_side and ("UA", "Bryansk Oblast") in by_side
    assert ("UA", "Sumy Oblast") not in by_side


def test_the_accused_attacked_the_positions_of_the_accuser() -> None:
    text = ("Russia's Defence Ministry accused Ukrainian forces on Monday of breaking the truce "
            "by attacking Russian positions near the village of Rodynske with drones.")
    reading = ceasefire.read(text, published="2025-11-20")
    assert {(s.attacker, t) for s in reading.strikes for t in s.target_types} == \
        {("UA", "military")}


@pytest.mark.parametrize("text", [
    "Russian forces continue striking Ukraine's energy system, the president said.",
    "The city has been under near-constant fire from Russian positions across the river.",
    "The town has come under almost daily attack by glide bombs since the autumn.",
])
def test_habitual_attacks_give_no_record(text: str) -> None:
    assert ceasefire.read(text, published="2025-11-20").strikes == []


def test_windows_broken_in_houses_are_a_residential_target() -> None:
    assert _types("In Voronezh on Monday, drone fragments broke windows in two private "
                  "houses.") == {"residential"}


def test_a_verbless_object_after_and_is_hit_too() -> None:
    text = ("Russian drones hit an apartment block in Kharkiv's Saltivskyi district on Monday, "
            "where two floors burned, and a substation in the Kholodnohirskyi district.")
    reading = ceasefire.read(text, published="2025-11-20")
    assert {t for s in reading.strikes for t in s.target_types} == {"residential", "energy"}
    assert "Kholodnohirskyi district" in {p.name for s in reading.strikes for p in s.places}


def test_homes_left_without_power_are_no_target() -> None:
    assert _types("Russian drones hit a substation near Izium on Monday, cutting power to "
                  "around 15,000 homes.") == {"energy"}


def test_the_sides_of_the_attacks_retaliated_for_are_not_the_attacker() -> None:
    text = ("Russia launched 300 drones at Ukraine overnight, the air force said. Moscow said "
            "the barrage had targeted military sites and described it as retaliation for "
            "Ukrainian attacks on Russian refineries.")
    reading = ceasefire.read(text, published="2025-11-20")
    assert {s.attacker for s in reading.strikes} == {"RU"}



def test_the_crimean_peninsula_is_crimea() -> None:
    assert _places("Air defences shot down 14 Ukrainian drones over the Crimean peninsula "
                   "overnight, the ministry said.") == {"Crimea"}


def test_a_site_s_own_building_takes_the_site_s_type() -> None:
    assert _types("Drones targeted the port of Izmail on Monday, where windows were smashed in "
                  "the port's administrative building.") == {"transport"}


@pytest.mark.parametrize("sentence,expected", [
    ("The region came under attack from 20 drones, 15 of which were destroyed.",
     [("launched", "drone", 20), ("intercepted", "drone", 15)]),
    ("During the night the enemy struck the city with 6 missiles, 4 of which were intercepted.",
     [("launched", "missile", 6), ("intercepted", "missile", 4)]),
    ("Two people were killed, a man aged 45 and a woman aged 60.", [("killed", None, 2)]),
    ("Officials said Russia had launched more than 1,900 drones this week.", []),
])
def test_more_wholes_attacked_with_ages_and_weekly_totals(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_the_mayor_is_the_mayor_the_sentence_before_opened_with() -> None:
    text = "Mayor Ihor Terekhov spoke later. According to the mayor, 12 people were hurt."
    assert _claimants(text) == [("Ihor Terekhov", 12)]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences shot down 12 of the aircraft over Kursk.", [("intercepted", None, 12)]),
    ("Nine of these targets were destroyed, 40 over the Kursk region and 36 over Oryol.",
     [("intercepted", None, 9), ("intercepted", None, 40), ("intercepted", None, 36)]),
    ("Ukrainian pilots downed two of the aircraft, the air force said.",
     [("intercepted", None, 2)]),
    # near-misses: the aircraft counted, or named before in the sentence
    ("Ukraine said it had downed three Su-34 aircraft.", [("intercepted", "aircraft", 3)]),
    ("Russia lost 3 aircraft; Ukraine shot down two of the aircraft.",
     [("intercepted", "aircraft", 3), ("intercepted", "aircraft", 2)]),
])
def test_a_part_of_the_set_named_before_counts_that_sets_weapon(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


def test_a_per_region_breakdown_of_the_aircraft_takes_the_drones_before_it() -> None:
    text = ("Russian air defences destroyed 127 Ukrainian drones overnight, the Defence Ministry "
            "said.\n\nBy the ministry's count, 51 of the aircraft were shot down over the "
            "Bryansk region, 40 over the Kursk region and 36 over the Moscow region.")
    reading = ceasefire.read(text, published="2026-03-03")
    assert [(q.weapon, q.value) for s in reading.strikes for q in s.quantities] == [
        ("drone", 127), ("drone", 51), ("drone", 40), ("drone", 36)]


@pytest.mark.parametrize("sentence,expected", [
    ('Of those, 61 were shot down, while another 19 were "locationally lost" to electronic '
     'warfare, the Air Force said.', [("intercepted", None, 61), ("intercepted", None, 19)]),
    ("Air defences shot down 40 drones and another 12 were “suppressed” by jamming.",
     [("intercepted", "drone", 40), ("intercepted", "drone", 12)]),
    ("Russia claimed its forces had «neutralised» 25 Ukrainian drones over Crimea.",
     [("intercepted", "drone", 25)]),
    # near-miss: a quotation holds no verb of the figure
    ('"We will rebuild," the mayor said after 12 drones attacked Sumy.',
     [("launched", "drone", 12)]),
])
def test_a_verb_in_quotation_marks_is_still_the_figures_verb(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Units shot down 11 drones, two more than the ministry counted.",
     [("intercepted", "drone", 11)]),
    ("The toll rose to 9, three more than on Monday, the governor said.", [("killed", None, 9)]),
    # near-miss: "two more people" counts people
    ("Two more people died in hospital, the governor said.", [("killed", None, 2)]),
])
def test_a_difference_is_no_figure(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Another twenty-one simply disappeared from radar, the work of electronic warfare.",
     [("intercepted", None, 21)]),
    ("Twelve drones vanished from the radars after jamming, the air force said.",
     [("intercepted", "drone", 12)]),
    ("Of these, 40 were shot down and 12 successfully suppressed by electronic warfare.",
     [("intercepted", None, 40), ("intercepted", None, 12)]),
    # near-miss: what disappeared is no weapon lost to jamming
    ("The plane disappeared after takeoff with 40 passengers.", []),
])
def test_drones_that_vanish_from_radar_are_intercepted(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 63 Shahed-type and decoy drones and two cruise missiles.",
     [("launched", "drone", 63), ("launched", "cruise_missile", 2)]),
    ("The enemy used 40 attack and decoy drones overnight.", [("launched", "drone", 40)]),
    ("Russia fired 12 Iranian-made and Russian-made drones at Odesa.",
     [("launched", "drone", 12)]),
    # near-miss: two figures, each with its own noun
    ("Ukraine shot down 30 Russian drones and 2 missiles.",
     [("intercepted", "drone", 30), ("intercepted", "missile", 2)]),
])
def test_two_modifiers_joined_by_and_share_the_weapon_noun(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Air defence downed 50 of the drones and one of the missiles.",
     [("intercepted", "drone", 50), ("intercepted", "missile", 1)]),
    ("One of the missiles was shot down over Kyiv.", [("intercepted", "missile", 1)]),
    # near-misses: which one, not how many; people
    ("A blogger posted a photo of debris from one of the downed drones near Kolomna.", []),
    ("Wreckage of one of the drones fell on a house.", []),
    ("One of the victims was a child.", []),
])
def test_one_of_the_weapons_counts_one(sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A port worker was killed and seven other people were wounded when Russia struck the port.",
     [("killed", None, 1), ("injured", None, 7)]),
    ("A railway employee was injured in the attack.", [("injured", None, 1)]),
    ("An aid worker died when a shell hit the convoy.", [("killed", None, 1)]),
    # near-miss: the noun after the modifier is no person
    ("A port crane was damaged in the attack.", []),
])
def test_a_person_named_by_a_noun_and_a_word_for_one_person_counts_one(
        sentence: str, expected: list[Row]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russia launched more than 800 drones at Ukraine over the weekend, the air force said on "
    "Monday.",
    "In September alone, Russia launched more than 5,600 drones at Ukraine, and intelligence "
    "warned that Moscow could soon send up to 1,000 drones in a single night.",
])
def test_a_period_total_stays_one_when_a_day_or_night_is_only_said_or_forecast(
        sentence: str) -> None:
    assert figures(sentence) == []


def test_a_day_of_the_attack_and_another_of_the_statement_keep_the_figure() -> None:
    assert figures("Russia launched 80 drones on Monday, the air force said on Tuesday.") == \
        [("launched", "drone", 80)]


@pytest.mark.parametrize("text,places", [
    ("The calls came after weeks of Russian strikes on the rail network and heavy fighting in "
     "the Donetsk region.", set()),
    ("Months of shelling have left much of Vovchansk in ruins, officials said.", set()),
    # near-miss: one attack dated inside the sentence keeps its place
    ("After months of shelling, a Russian missile hit Kherson overnight, killing two.",
     {"Kherson"}),
])
def test_weeks_of_strikes_tell_of_a_period_not_one_attack(text: str, places: set[str]) -> None:
    reading = ceasefire.read(text, published="2026-08-19")
    assert {p.name for s in reading.strikes for p in s.places} == places
