"""Issue 13, round 27D (diplomacy, tuned on many sets at once): rules with sentences written
for the test, and near-misses that must not be read."""
from __future__ import annotations

from reading_helpers import positions, talks

PUBLISHED = "2026-08-14"
# a truce declared and answered, then the breaches told in a paragraph of their own
_TRUCE = ("Moscow declared a 36-hour Orthodox truce on Tuesday, and Kyiv said it would hold "
          "fire too.\n\n")


def _breaches(text: str) -> list[tuple]:
    return [row for row in positions(_TRUCE + text, PUBLISHED) if row[1] == "violated"]


def test_breaches_counted_in_a_quote_accuse_the_side_charged() -> None:
    text = ("On Wednesday the Russian Defence Ministry accused Ukrainian troops of \"over 450 "
            "violations\" along the front.")
    assert [(scope, parties) for scope, _, parties, _, _ in _breaches(text)] == \
        [("full", ("UA",))]


def test_provocations_counted_during_the_truce_are_breaches() -> None:
    text = ("The Russian military accused Kyiv yesterday of \"nearly 230 provocations\" during "
            "the truce, among them mortar fire near Toretsk.")
    assert [parties for _, _, parties, _, _ in _breaches(text)] == [("UA",)]


def test_provocations_with_no_count_are_no_breach() -> None:
    text = "The Russian military accused Kyiv of provocations near Toretsk on Wednesday."
    assert _breaches(text) == []


def test_a_truce_broken_a_counted_number_of_times_by_a_pronoun() -> None:
    text = ("Late on Wednesday the Ukrainian command reported that the enemy had breached it "
            "97 times.")
    assert [parties for _, _, parties, _, _ in _breaches(text)] == [("RU",)]


def test_a_record_beaten_a_number_of_times_is_no_breach() -> None:
    text = "By Wednesday evening, the striker said he had broken it 3 times this season."
    assert _breaches(text) == []


def test_a_harvest_truce_along_the_whole_front_is_full() -> None:
    text = ("Moscow declared a 40-hour truce on Tuesday so that the harvest near the front "
            "could be brought in.")
    assert [(scope, status) for scope, status, _, _, _ in positions(text, PUBLISHED)] == \
        [("full", "agreed")]


def test_a_halt_on_farmland_for_the_grain_stays_local() -> None:
    text = ("Kyiv put forward on Tuesday a ten-day halt to shelling of southern farmland so "
            "that grain could be gathered.")
    assert [(scope, status) for scope, status, _, _, _ in positions(text, PUBLISHED)] == \
        [("other", "proposed")]


_INTERVIEW = "Foreign Minister Andrii Sybiha answered questions from the Harbour Weekly.\n\n"


def test_a_call_put_to_the_one_interviewed_takes_the_answers_side() -> None:
    text = (_INTERVIEW + "HW: You spoke with Secretary Rubio on Thursday.\n\n"
            "Sybiha: Yes, for half an hour. Our advisers will meet in Riyadh on June 3.\n")
    assert ("call", None, ("UA", "US")) in talks(text, PUBLISHED)


def test_a_call_put_to_someone_with_no_answer_after_is_not_read() -> None:
    # no turn of a speaker with a side follows: "you" stays no one
    text = (_INTERVIEW + "HW: You spoke with Secretary Rubio on Thursday.\n\n"
            "HW: Readers asked about the weather.\n")
    assert talks(text, PUBLISHED) == []


_LOCAL = ("Both commands agreed on Monday to a four-hour pause around Siversk so that the "
          "wounded could be taken out.\n\n")


def test_a_side_that_used_the_pause_for_its_gain_broke_it() -> None:
    text = (_LOCAL + "The Ukrainian army said on Tuesday that Russian troops had used the "
            "pause to bring in fresh assault groups.")
    assert [row[:3] for row in positions(text, PUBLISHED) if row[1] == "violated"] == \
        [("other", "violated", ("RU",))]


def test_a_warning_against_using_the_pause_is_no_breach() -> None:
    text = (_LOCAL + "The Ukrainian army said it would answer if Russian troops used the pause "
            "to bring in fresh assault groups.")
    assert [row for row in positions(text, PUBLISHED) if row[1] == "violated"] == []


def test_accused_of_using_the_truce_takes_the_truces_scope_and_the_side_charged() -> None:
    text = ("The Black Sea shipping truce between Moscow and Kyiv is over, Russia's Foreign "
            "Ministry declared on Tuesday, accusing Ukraine of using the truce to move naval "
            "drones west.")
    assert [row[:3] for row in positions(text, PUBLISHED) if row[1] == "violated"] == \
        [("black_sea", "violated", ("UA",))]


_REPAIR = ("Both sides agreed on Monday to a three-day local ceasefire so that engineers could "
           "fix the Lutsk-2 line near the Rivne plant.\n\n")


def test_fire_on_the_pauses_own_people_in_a_local_pause_breaks_it() -> None:
    text = (_REPAIR + "On Tuesday the regional governor said Russian artillery had shelled the "
            "repair crew near Lutsk-2, injuring a welder.")
    assert [row[:3] for row in positions(text, PUBLISHED) if row[1] == "violated"] == \
        [("other", "violated", ("RU",))]


def test_fire_on_another_town_in_a_local_pause_is_a_strike_not_a_breach() -> None:
    text = (_REPAIR + "On Tuesday the regional governor said Russian artillery had shelled "
            "Dubno, injuring a welder.")
    assert [row for row in positions(text, PUBLISHED) if row[1] == "violated"] == []


def test_fire_on_an_evacuation_route_under_a_full_truce_is_no_breach_by_this_rule() -> None:
    # a wider truce: the strike reader tells the shelling; a breach needs a charge of one
    text = ("Moscow declared a 36-hour Orthodox truce on Tuesday, and Kyiv said it would hold "
            "fire too.\n\nOn Wednesday the governor said Russian artillery had shelled the "
            "evacuation route near Kupiansk.")
    assert [row for row in positions(text, PUBLISHED) if row[1] == "violated"] == []


def test_an_interviews_setting_is_no_meeting() -> None:
    text = ("Deputy Foreign Minister Serhiy Kyslytsya spoke to Harbour & Lantern in Odesa on "
            "Monday. Later we spoke to him again in Lviv on Thursday.")
    assert talks(text, PUBLISHED) == []


def test_spoken_to_a_side_still_meets() -> None:
    text = "Sybiha spoke to Rubio in Riyadh on Monday about the air truce."
    assert talks(text, PUBLISHED) == [("meeting", "Riyadh", ("UA", "US"))]
