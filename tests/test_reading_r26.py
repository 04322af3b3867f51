"""Issue 13, round 26 (English strikes: the Air Force's figures that tuning sets of several
writers lost, found with bench/bench_airforce.py --list): each rule with sentences written for
the test, and near-misses that must not be read."""
from __future__ import annotations

import pytest

import ceasefire
from reading_helpers import credited

PUBLISHED = "2026-05-12"
AIR_FORCE = "Ukrainian Air Force"


@pytest.mark.parametrize("text", [
    "According to the air force's update released via Telegram, Russia launched 148 drones "
    "overnight.",
    "According to the Air Force's morning report published at 08:40 on 12 May, Russia "
    "launched 148 drones that night.",
    "The Air Force's first report, posted at 07:15, said Russia had attacked with 148 drones "
    "overnight.",
    "The Air Force's preliminary update, released on Telegram at 07:15, said Russia launched "
    "148 drones overnight.",
])
def test_a_bodys_report_told_when_and_where_it_came_out_is_the_bodys(text: str) -> None:
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "drone", 148)]


def test_a_first_report_tells_each_class_once() -> None:
    # "first report" marks its figures as given before a later one; a figure of another class
    # in the same report replaces none of them
    text = ("The Air Force's first report said Russia had attacked with 233 drones and decoys "
            "and 4 Iskander-M ballistic missiles overnight.")
    assert credited(text, PUBLISHED) == [
        (AIR_FORCE, "launched", "ballistic_missile", 4), (AIR_FORCE, "launched", "drone", 233)]


def test_a_later_figure_of_the_same_class_still_replaces_the_first() -> None:
    text = ("The Air Force's first report said 50 drones were shot down; it later said 57 "
            "drones were shot down.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 57)]


def test_a_corrected_toll_keeps_the_later_figure() -> None:
    text = ("The mayor initially reported two people injured, but later said five people were "
            "hurt in the strike on Sumy.")
    assert [row[1:] for row in credited(text, PUBLISHED)] == [("injured", None, 5)]


@pytest.mark.parametrize("noun", ["drone-imitators", "drones-imitators", "imitator-drones",
                                  "decoy-drones", "drones-decoys"])
def test_hyphenated_decoy_drones_are_drones(noun: str) -> None:
    text = f"The Air Force said 31 {noun} were locationally lost without negative consequences."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 31)]


@pytest.mark.parametrize("text", [
    "Hits of a missile and 9 attack UAVs were recorded at 6 locations, the Air Force said.",
    "The Air Force said it recorded a hit of a missile and of 9 attack drones on 6 locations.",
])
def test_a_hit_list_led_by_one_weapon_with_an_article(text: str) -> None:
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "hit", "drone", 9),
                                         (AIR_FORCE, "hit", "missile", 1)]


def test_a_hit_list_led_by_a_bare_class_keeps_the_counted_item() -> None:
    text = "Recorded hit of guided missile and of 9 strike UAV on 6 locations, the Air Force said."
    assert (AIR_FORCE, "hit", "drone", 9) in credited(text, PUBLISHED)


def test_an_earlier_cue_does_not_govern_across_a_hit_list() -> None:
    # "Registered" is a cue of its own; the list's figures are both hits
    text = ("Registered hitting of 3 ballistic missiles and 17 strike UAV at 8 locations, the "
            "Air Force said.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "hit", "ballistic_missile", 3),
                                         (AIR_FORCE, "hit", "drone", 17)]


def test_a_direct_hit_by_a_missile_counts_nothing() -> None:
    text = "A house in Izium was destroyed by a direct hit of a missile, the governor said."
    assert [row for row in credited(text, PUBLISHED) if row[1] == "hit"] == []


@pytest.mark.parametrize("first", ["3 missiles", "three missiles", "one missile"])
def test_a_list_ending_in_a_noun_of_two_words_shares_its_verb(first: str) -> None:
    count = 1 if first.startswith("one") else 3
    text = f"The Air Force said {first} and 14 attack drones hit their targets at 5 locations."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "hit", "drone", 14),
                                         (AIR_FORCE, "hit", "missile", count)]


def test_a_list_of_two_word_nouns_struck_a_place() -> None:
    text = "Two ballistic missiles and 11 strike drones struck the port, the Air Force said."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "hit", "ballistic_missile", 2),
                                         (AIR_FORCE, "hit", "drone", 11)]


def test_a_shared_participle_after_a_two_word_noun() -> None:
    text = "The Air Force said 212 attack drones and 8 cruise missiles were shot down overnight."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "cruise_missile", 8),
                                         (AIR_FORCE, "intercepted", "drone", 212)]


def test_a_body_that_corrected_its_figures_speaks_for_the_next_sentence() -> None:
    # "it" is the body that has just corrected its figures, not the speaker of the entry before
    text = ("09:10\nPower engineers at DTEK said 30,000 homes in Odesa were without power.\n\n"
            "09:40\nThe air force has revised its figures. It now says 96 drones were shot "
            "down, not 92.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 96)]


@pytest.mark.parametrize("line", [
    "Source for the table: the Air Force of Ukraine, 12 May, 07:30 post (as of 09:00).",
    "Data for this chart: the Air Force, 08:30 post.",
])
def test_a_credit_line_for_a_table_names_its_source(line: str) -> None:
    from ceasefire.read.attribution import AttributionContext, source_line
    claimant = source_line(line, AttributionContext())
    assert claimant is not None and claimant.name == AIR_FORCE


def test_a_credit_line_after_a_lead_with_no_figures_credits_the_table_below() -> None:
    text = ("THE NIGHT IN FIGURES\n\n"
            "A summary by our desk of the night. Source for the table: the Air Force of "
            "Ukraine, 12 May post.\n\n"
            "Weapon | Launched | Shot down\n"
            "Shahed-type drones | 88 | 71\n")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 71),
                                         (AIR_FORCE, "launched", "drone", 88)]


def test_a_credit_line_after_figures_still_closes_them() -> None:
    text = ("Russia launched 64 drones at the Sumy region overnight. Source: Sumy regional "
            "military administration.\n\n"
            "Separately, the Air Force said 40 drones were shot down across the country.")
    rows = credited(text, PUBLISHED)
    assert ("Ukrainian Air Force", "intercepted", "drone", 40) in rows
    assert all(row[0] != AIR_FORCE for row in rows if row[3] == 64)


INTERVIEW = """Air Force spokesman Yurii Ihnat joined our morning show.

HOST: Colonel, what came at us overnight?

IHNAT: Seventy-two strike drones plus two Iskander-M ballistic missiles.

HOST: And how many did you bring down?

IHNAT: Fifty-eight drones, and one of the missiles. Nine more drones were locationally lost.
"""


def test_an_answer_takes_the_metric_of_the_question() -> None:
    assert credited(INTERVIEW, PUBLISHED) == [
        (AIR_FORCE, "intercepted", "ballistic_missile", 1),
        (AIR_FORCE, "intercepted", "drone", 58), (AIR_FORCE, "intercepted", "drone", 9),
        (AIR_FORCE, "launched", "ballistic_missile", 2), (AIR_FORCE, "launched", "drone", 72)]


def test_an_explainer_that_asks_before_it_tells() -> None:
    text = ("How many got through?\n\n"
            "The Air Force counted 6 drones, in the Sumy and Poltava regions.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "hit", "drone", 6)]


def test_a_question_with_no_tally_verb_leaves_the_answer_as_before() -> None:
    text = ("What is the worst night so far?\n\n"
            "The Air Force counted 810 drones in one night in September.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "drone", 810)]


def test_only_the_paragraph_right_after_the_question_answers_it() -> None:
    text = ("How many were shot down?\n\n"
            "The Air Force said 40 drones were downed.\n\n"
            "Russia launched 55 drones, it said.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 40),
                                         (AIR_FORCE, "launched", "drone", 55)]


def test_a_part_of_a_whole_both_left_to_the_sentence_before() -> None:
    text = ("Russia launched nine ballistic missiles and 300 drones overnight, the Air Force "
            "said. Air defences intercepted four of the nine, it said.")
    assert credited(text, PUBLISHED) == [
        (AIR_FORCE, "intercepted", "ballistic_missile", 4),
        (AIR_FORCE, "launched", "ballistic_missile", 9), (AIR_FORCE, "launched", "drone", 300)]


def test_a_count_opening_the_sentence_hits_as_the_weapons_named_before() -> None:
    text = ("Russia fired four Iskander-M missiles toward Kharkiv during the night, the Air "
            "Force said. One was shot down. Three hit an industrial area, it said.")
    assert credited(text, PUBLISHED) == [
        (AIR_FORCE, "hit", "ballistic_missile", 3),
        (AIR_FORCE, "intercepted", "ballistic_missile", 1),
        (AIR_FORCE, "launched", "ballistic_missile", 4)]


def test_one_weapon_that_hit_a_building_is_no_count() -> None:
    text = ("Russia launched 40 drones at Odesa overnight, the Air Force said. One hit a "
            "warehouse in the port, the governor said.")
    assert [row for row in credited(text, PUBLISHED) if row[1] == "hit"] == []


@pytest.mark.parametrize("sentence", ["Ballistic is harder to stop.",
                                      "Against ballistics we need more Patriots."])
def test_ballistic_as_a_noun_names_the_class(sentence: str) -> None:
    from ceasefire.read.weapons import find_weapons
    assert [w.weapon for w in find_weapons(sentence)] == ["ballistic_missile"]


def test_the_whole_is_the_launch_of_that_number_told_before() -> None:
    text = ("Russia launched 30 cruise missiles and six ballistic missiles overnight, the Air "
            "Force said. Air defences destroyed all but four of the cruise missiles, it added. "
            "They intercepted two of the six.")
    rows = credited(text, PUBLISHED)
    assert (AIR_FORCE, "intercepted", "ballistic_missile", 2) in rows
    assert not any(row[2] == "cruise_missile" and row[3] in (2, 6) for row in rows)


def test_an_aside_between_a_list_of_parts_and_its_verb() -> None:
    text = ("The Air Force counted 420 drones and 18 missiles fired at the country; 390 of the "
            "drones and 11 of the missiles, it said, were downed.")
    assert credited(text, PUBLISHED) == [
        (AIR_FORCE, "intercepted", "drone", 390), (AIR_FORCE, "intercepted", "missile", 11),
        (AIR_FORCE, "launched", "drone", 420), (AIR_FORCE, "launched", "missile", 18)]


@pytest.mark.parametrize("text", [
    "Ballistic missiles: 4 Iskander-M, all shot down, the Air Force said.",
    "The Air Force said Russia fired 4 Iskander-M missiles, all of which were shot down.",
])
def test_a_count_then_all_of_them_downed_is_the_whole(text: str) -> None:
    rows = credited(text, PUBLISHED)
    assert (AIR_FORCE, "launched", "ballistic_missile", 4) in rows
    assert (AIR_FORCE, "intercepted", "ballistic_missile", 4) not in rows


def test_downed_then_all_of_them_somewhere_stays_downed() -> None:
    text = "Air defences shot down 36 drones, all of them over the Sumy region, the Air Force said."
    assert (AIR_FORCE, "intercepted", "drone", 36) in credited(text, PUBLISHED)


@pytest.mark.parametrize("post", ["Today's post says", "This morning's report says",
                                  "Sunday's update said"])
def test_a_bodys_text_named_by_its_day_is_the_bodys(post: str) -> None:
    text = ("Ukraine's Air Force reports the night's attack every morning on Telegram.\n\n"
            f"{post} that Russia attacked with 77 attack drones overnight.")
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "launched", "drone", 77)]


def test_a_bodys_overnight_count_as_a_label() -> None:
    text = "The Air Force's overnight count: 85 drones launched, 61 shot down."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 61),
                                         (AIR_FORCE, "launched", "drone", 85)]


@pytest.mark.parametrize("verbs", ["shot down or disabled", "destroyed and jammed",
                                   "downed or suppressed"])
def test_two_verbs_of_downing_govern_the_part_before_a_launch(verbs: str) -> None:
    text = f"The Air Force said it {verbs} 81 of 104 drones Russia launched overnight."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 81),
                                         (AIR_FORCE, "launched", "drone", 104)]


@pytest.mark.parametrize("who, claimant", [("police", "police"), ("the police", "police"),
                                           ("rescuers", "rescuers")])
def test_a_service_named_by_its_bare_noun_is_the_claimant(who: str, claimant: str) -> None:
    text = f"Nine people were killed in the strike on Zaporizhzhia, {who} said."
    assert credited(text, PUBLISHED) == [(claimant, "killed", None, 9)]


@pytest.mark.parametrize("text, side", [
    ("The enemy attacked with 64 strike UAVs of the Shahed type overnight.", "RU"),
    ("The enemy fired 3 Kalibr missiles from the Black Sea overnight.", "RU"),
    ("The enemy launched 4 Storm Shadow missiles overnight.", "UA"),
])
def test_a_weapon_only_one_side_fields_names_the_attacker(text: str, side: str) -> None:
    [strike] = ceasefire.read(text, published=PUBLISHED).strikes
    assert strike.attacker == side


def test_weapons_of_both_sides_name_no_attacker() -> None:
    text = "The enemy used 5 Shahed drones and 2 HIMARS rockets in the night's fighting."
    assert {s.attacker for s in ceasefire.read(text, published=PUBLISHED).strikes} == {None}


def _targets(text: str) -> list[str]:
    return sorted({t for s in ceasefire.read(text, published=PUBLISHED).strikes
                   for t in s.target_types})


def test_homes_left_without_power_are_no_target() -> None:
    text = ("Russian drones struck a substation near Konotop overnight, leaving 21,000 homes "
            "without power, the governor said.")
    assert _targets(text) == ["energy"]


def test_homes_hit_are_residential() -> None:
    assert _targets("A Russian drone hit homes in Sumy overnight, the mayor said.") == [
        "residential"]


def test_the_grid_is_energy() -> None:
    assert _targets("Russian missiles struck the grid in Lviv overnight, the mayor said.") == [
        "energy"]


@pytest.mark.parametrize("spelling", ["Yurii Ihnat", "Yuriy Ihnat"])
def test_a_spokesmans_other_spelling_speaks_for_his_body(spelling: str) -> None:
    # a name the speaker search takes from the text as written is looked up by the person the
    # actor lexicon knows it for (spokespeople.tsv keys the canonical spelling)
    from ceasefire.read.actors import body_voiced_by
    body = body_voiced_by(spelling)
    assert body is not None and body.name == AIR_FORCE


@pytest.mark.parametrize("verb", ["there were", "it saw"])
def test_a_part_of_them_is_no_figure_beside_the_whole(verb: str) -> None:
    text = f"The Air Force said {verb} 76 drones, and 59 of them were shot down."
    assert credited(text, PUBLISHED) == [(AIR_FORCE, "intercepted", "drone", 59),
                                         (AIR_FORCE, "launched", "drone", 76)]


def test_the_russian_ministrys_count_with_a_regional_part_is_of_drones_downed() -> None:
    text = ("Russia's Defence Ministry put its count for the night at 48 drones, 17 of which it "
            "said were downed over the Kursk region.")
    assert [row[1:] for row in credited(text, PUBLISHED)] == [
        ("intercepted", "drone", 17), ("intercepted", "drone", 48)]


@pytest.mark.parametrize("text, side", [
    ("Ukrainian air defences shot down 71 drones overnight.", "RU"),
    ("Ukraine's air force intercepted 71 drones overnight.", "RU"),
    ("Russian air defence systems destroyed 71 drones over the Belgorod region.", "UA"),
])
def test_a_sides_air_defence_downing_names_the_other_side_as_attacker(text: str,
                                                                       side: str) -> None:
    [strike] = ceasefire.read(text, published=PUBLISHED).strikes
    assert strike.attacker == side


def test_a_sides_forces_destroying_things_is_no_defence() -> None:
    from ceasefire.read.actors import find_actors
    from ceasefire.read.attackers import attacker_cues
    text = "Ukrainian forces destroyed 12 Russian tanks near Pokrovsk."
    assert all(cue.how != "target" for cue in attacker_cues(text, list(find_actors(text)), None))
