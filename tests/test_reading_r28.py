"""Issue 13, round 28 (probes of third-party wording, and GUIDE's acceptance with conditions):
each rule with sentences written for the test, and near-misses."""
from __future__ import annotations

import pytest

import ceasefire
from reading_helpers import credited, exchanges, positions, talks

PUBLISHED = "2026-04-14"
AF = "Ukrainian Air Force"


@pytest.mark.parametrize("second", [
    "Nineteen others were lost to electronic warfare.",
    "19 others were jammed.",
    "19 others were shot down by mobile fire groups.",
])
def test_others_downed_in_a_sentence_of_their_own_continue_the_drones(second: str) -> None:
    text = f"Russia sent 64 drones overnight, the air force said. Thirty were downed. {second}"
    assert (AF, "intercepted", "drone", 19.0) in credited(text, PUBLISHED)


def test_others_hurt_in_a_sentence_of_their_own_are_still_people() -> None:
    text = "A glide bomb hit a school in Kupiansk, killing one teacher, the governor said. " \
        "Nine others were injured."
    assert credited(text, PUBLISHED) == [("governor", "injured", None, 9.0),
                                         ("governor", "killed", None, 1.0)]


@pytest.mark.parametrize("text", [
    "The air force, in a statement on its Telegram channel, said that Russian troops launched "
    "45 drones from the Belgorod, Kursk and Oryol regions.",
    "Ukraine's air force, in a morning update, said that the Russian army attacked with 45 "
    "drones, 30 of them Shaheds.",
])
def test_a_verb_before_that_is_no_inverted_speech(text: str) -> None:
    # ", said that Russian troops …": the speaker is before the verb, not the clause after it
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {AF}


def test_an_inverted_speaker_still_follows_the_verb() -> None:
    text = "Russia launched 45 drones overnight, said the Ukrainian air force."
    assert credited(text, PUBLISHED) == [(AF, "launched", "drone", 45.0)]


@pytest.mark.parametrize("text", [
    "Impacts of missiles and 11 strike drones were recorded at six sites, the air force said.",
    "The air force said impacts by guided bombs and 11 drones were registered in four places.",
])
def test_impacts_recorded_are_hits(text: str) -> None:
    assert (AF, "hit", "drone", 11.0) in credited(text, PUBLISHED)


def test_the_impacts_of_an_attack_are_no_hits() -> None:
    text = "The impacts of drone attacks on 11 substations will be felt for weeks, the minister " \
        "said."
    assert not any(metric == "hit" for _, metric, _, _ in credited(text, PUBLISHED))


@pytest.mark.parametrize("verb", ["recorded", "registered"])
def test_weapons_recorded_were_launched(verb: str) -> None:
    text = f"In total, 58 enemy air attack means were {verb}, the air force said."
    assert credited(text, PUBLISHED) == [(AF, "launched", None, 58.0)]


@pytest.mark.parametrize("verb", ["recorded", "registered"])
def test_deaths_recorded_are_a_toll_not_a_launch(verb: str) -> None:
    text = f"Seven deaths were {verb} in Nikopol after the shelling, the mayor said."
    assert credited(text, PUBLISHED) == [("mayor", "killed", None, 7.0)]


@pytest.mark.parametrize("text", [
    "A drone hit a minibus in Kherson; three people out of 17 passengers were injured, the "
    "governor said.",
    "Three of the 17 passengers were injured when a drone hit a minibus in Kherson, the governor "
    "said.",
    "Of the 17 passengers, three were injured when a drone hit a minibus in Kherson, the governor "
    "said.",
])
def test_the_whole_of_the_people_a_toll_counts_is_no_toll(text: str) -> None:
    assert credited(text, PUBLISHED) == [("governor", "injured", None, 3.0)]


@pytest.mark.parametrize("text", [
    "The Kremlin said on Monday that Putin backed the idea of a truce in principle, though "
    "questions remained.",
    "Putin said on Monday that he supported a ceasefire, but that it had to remove the root "
    "causes of the conflict.",
    "Russia welcomed the idea of a truce on Monday, but said monitoring must be agreed first.",
])
def test_support_with_a_reserve_is_an_acceptance(text: str) -> None:
    # GUIDE: "supports the idea, but it must …" is agreed, the conditions listed
    assert [(scope, status, parties) for scope, status, parties, *_ in
            positions(text, PUBLISHED)] == [("full", "agreed", ("RU",))]


def test_support_with_no_reserve_and_no_offer_before_is_an_offer() -> None:
    text = "Putin said on Monday that he supported a ceasefire for the Orthodox Easter holiday."
    assert [status for _, status, *_ in positions(text, PUBLISHED)] == ["proposed"]


@pytest.mark.parametrize("words, scope", [
    ("a truce covering the skies and the sea", "air_and_sea"),
    ("a ceasefire in the skies and at sea", "air_and_sea"),
    ("a truce in the skies", "air"),
])
def test_the_skies_are_the_air(words: str, scope: str) -> None:
    text = f"Kyiv proposed {words} on Monday, the president said."
    assert [s for s, *_ in positions(text, PUBLISHED)] == [scope]


@pytest.mark.parametrize("lead", [
    "Russia attacked Ukraine with 118 drones and two missiles overnight.",
    "Russia launched 118 drones and two missiles at Ukraine overnight.",
    "Overnight, Russia sent 118 drones and two missiles into Ukraine.",
])
def test_a_lead_tally_naming_the_attacker_is_the_air_forces_told_after(lead: str) -> None:
    # the nationwide tally in a report that gives the Air Force's figures: the body's that keeps
    # it; "Russia" as the attacker's name is no place abroad
    text = f"{lead}\n\nUkraine's air force said 97 of the drones were shot down."
    assert {claimant for claimant, *_ in credited(text, PUBLISHED)} == {AF}


def test_a_tally_over_russia_is_not_the_air_forces() -> None:
    text = "Ukraine's air force said 97 drones were shot down overnight.\n\n" \
        "In all, 40 drones were destroyed over Russia, the Russian defence ministry said. " \
        "Another 12 were downed over Russia."
    assert not any(claimant == AF and value == 12.0
                   for claimant, _, _, value in credited(text, PUBLISHED))


def test_a_lead_with_a_toll_stays_the_outlets() -> None:
    text = "Russia attacked Ukraine with 118 drones overnight, killing two people in Sumy.\n\n" \
        "Ukraine's air force said 97 of the drones were shot down."
    assert ("Ukrainian Air Force", "launched", "drone", 118.0) not in credited(text, PUBLISHED)


def test_a_list_item_told_as_reported_is_background() -> None:
    text = "NIGHT OF 13 APRIL\n- Launched: 81 drones\n- Shot down: 70 drones\n" \
        "Source: Ukraine's Air Force\n\nALSO\n" \
        "- As reported, on Saturday night Russia attacked with 66 drones, of which 51 were downed."
    assert (None, "launched", "drone", 66.0) in credited(text, PUBLISHED)


def test_a_claim_under_check_is_not_the_air_forces() -> None:
    text = "CLAIM: Posts say Russia \"fired 2,000 drones in one night\".\n\n" \
        "VERDICT: False. According to the air force, Russia launched 415 drones that night, and " \
        "380 were shot down."
    assert not any(claimant == AF and value == 2000.0
                   for claimant, _, _, value in credited(text, PUBLISHED))


@pytest.mark.parametrize("text", [
    "Three people were hurt in Kherson, according to the head of the city's military "
    "administration, Oleksandr Prokudin.",
    "The paper says three people were hurt in Kherson, quoting Oleksandr Prokudin, who heads "
    "the regional military administration, on television.",
])
def test_an_office_holder_named_beside_the_title_is_the_claimant(text: str) -> None:
    assert credited(text, PUBLISHED) == [("Oleksandr Prokudin", "injured", None, 3.0)]


def test_a_place_after_the_title_is_no_holder() -> None:
    text = "Three people were hurt, according to the head of the region's military " \
        "administration, Kherson Oblast."
    assert "Kherson Oblast" not in {claimant for claimant, *_ in credited(text, PUBLISHED)}


@pytest.mark.parametrize("text, claimant", [
    ("A drone killed one man in Ochakiv, Mykolaiv region, on Monday, the head of the regional "
     "military administration told reporters.",
     "head of the Mykolaiv regional military administration"),
    ("According to head of oblast military administration, two people were injured in "
     "Kremenchuk, Poltava oblast.", "head of Poltava oblast military administration"),
    ("In Poltava region, the head of OVA informed that two people were injured in Kremenchuk.",
     "head of the Poltava regional military administration"),
    # the region from the sentence before in the paragraph, by its town
    ("Kremenchuk came under drone fire overnight. The regional governor said two people were "
     "injured.", "Poltava regional governor"),
])
def test_a_regional_office_takes_the_region_named(text: str, claimant: str) -> None:
    assert {c for c, *_ in credited(text, PUBLISHED)} == {claimant}


def test_a_regional_office_with_two_regions_named_is_left_as_said() -> None:
    text = "Drones hit Sumy and Kharkiv overnight, and the regional governor said two people " \
        "were injured."
    assert {c for c, *_ in credited(text, PUBLISHED)} == {"regional governor"}


@pytest.mark.parametrize("intro", [
    "The following statement was issued by Naftogaz, the state energy company, on Friday.",
    "The following was released by Ukrenergo on Friday. It is reprinted unedited.",
])
def test_a_reprinted_statement_is_its_issuers(intro: str) -> None:
    text = f"{intro}\n\nSTATEMENT\n\nOvernight, a Russian drone attack damaged a gas facility in " \
        "the Poltava region. Three of our workers were injured."
    issuer = "Naftogaz" if "Naftogaz" in intro else "Ukrenergo"
    assert {c for c, *_ in credited(text, PUBLISHED)} == {issuer}


def test_a_statement_issued_by_no_known_body_credits_no_one() -> None:
    text = "The following statement was issued by a reader on Friday.\n\nOvernight, a drone " \
        "damaged a gas facility in the Poltava region. Three workers were injured."
    assert {c for c, *_ in credited(text, PUBLISHED)} == {None}


@pytest.mark.parametrize("text", [
    "Igor Konashenkov, the defence ministry's spokesman, said air defences had destroyed 77 "
    "Ukrainian drones over the Bryansk region.",
    "Defence Ministry spokesman Igor Konashenkov said air defences had destroyed 77 Ukrainian "
    "drones over the Bryansk region.",
])
def test_a_sideless_defence_ministry_is_its_spokesmans_sides(text: str) -> None:
    # and what follows ", said" is what was said, not a speaker ("air defences had destroyed")
    assert credited(text, PUBLISHED) == [("Russian Ministry of Defence", "intercepted", "drone",
                                          77.0)]


def _dated(text: str, published: str = "2026-09-14") -> list[tuple[float | None, str | None]]:
    reading = ceasefire.read(text, published=published)
    return sorted((q.value, s.date.isoformat() if s.date else None) for s in reading.strikes
                  for q in s.quantities)


@pytest.mark.parametrize("heading", ["Friday, September 11", "FRIDAY, 11 SEPTEMBER",
                                     "SEP 11 (FRIDAY)"])
def test_a_day_heading_dates_the_timed_entries_below_it(heading: str) -> None:
    text = f"Compiled by the desk. Times are Kyiv time.\n\n{heading}\n" \
        "01:20 - Governor Oleh Syniehubov says a guided bomb injured six people in Kharkiv.\n" \
        "18:05 - The mayor of Sumy says a drone killed one man.\n\n" \
        "Saturday, September 12\n" \
        "07:40 - The Russian military says air defences destroyed 33 Ukrainian drones overnight."
    assert _dated(text) == [(1.0, "2026-09-11"), (6.0, "2026-09-11"), (33.0, "2026-09-12")]


def test_a_day_heading_dates_the_listed_entries_below_it() -> None:
    text = "A timeline of the raids:\n\nSEP 10 (THURSDAY)\n" \
        "- The Russian defence ministry says 27 drones were downed over Crimea.\n" \
        "- Sevastopol's governor says debris injured two people."
    assert _dated(text) == [(2.0, "2026-09-10"), (27.0, "2026-09-10")]


def test_overnight_in_an_entry_is_the_night_before_its_day() -> None:
    text = "Below are the main incidents.\n\nThursday, September 10\nVoronezh. The defence " \
        "ministry said air defences had downed 14 drones above the region overnight."
    assert _dated(text) == [(14.0, "2026-09-10")]


def test_prose_after_the_chronology_is_no_entry_of_its_last_day() -> None:
    text = "Compiled by the desk.\n\nFriday, September 11\n" \
        "01:20 - Governor Oleh Syniehubov says a guided bomb injured six people in Kharkiv.\n\n" \
        "The attacks come as the air force said Russia launched 120 drones at Ukraine on " \
        "Monday morning."
    assert (120.0, "2026-09-14") in _dated(text)


@pytest.mark.parametrize("text", [
    "The 60-day moratorium on strikes against power plants expired on Sunday, the Kremlin said.",
    "The 60-day halt to attacks on energy sites lapsed on Sunday, the Kremlin said.",
])
def test_an_end_hung_on_the_truces_own_complement_is_its_end(text: str) -> None:
    # the parser may take "… power plants expired" for a reduced relative clause, which an
    # intransitive verb of ending cannot form
    assert [(scope, status) for scope, status, *_ in positions(text, PUBLISHED)] == [
        ("energy_infrastructure", "ended")]


def test_a_participle_of_no_ending_in_the_complement_is_no_end() -> None:
    text = "The moratorium on strikes against plants damaged last winter was agreed on Sunday."
    assert "ended" not in [status for _, status, *_ in positions(text, PUBLISHED)]


@pytest.mark.parametrize("text, expected", [
    ("Putin hosted Witkoff at the Kremlin on Thursday.", [("meeting", "Moscow", ("RU", "US"))]),
    ("Erdogan hosts Zelensky in Ankara on Thursday.", [("meeting", "Ankara", ("TR", "UA"))]),
    # a host of others' talks is no party, and its verb names no talks of its own
    ("Turkey hosted Ukrainian and Russian delegations in Istanbul on Thursday.",
     [("meeting", "Istanbul", ("RU", "UA"))]),
    ("Saudi Arabia hosted the talks in Riyadh on Thursday.", [("meeting", "Riyadh", ())]),
])
def test_a_host_meets_the_person_it_hosts(text: str, expected: list) -> None:
    assert talks(text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow handed back 2,000 bodies to Kyiv on Friday, receiving 45 in return.",
     [(2000, 45, "completed")]),
    ("Kyiv handed over 62 prisoners on Friday, getting back 62.", [(62, 62, "completed")]),
    # near-miss: receiving aid is no count of people returned
    ("Kyiv handed over 62 prisoners on Friday, receiving 62 of its soldiers and 10 tonnes of aid.",
     [(62, 62, "completed")]),
])
def test_the_participle_of_receiving_counts_the_other_half(text: str, expected: list) -> None:
    assert exchanges(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    "Rescuers found three more bodies overnight, bringing the death toll in Uman to 27, the "
    "governor said.",
    "Three more people died, bringing the death toll in Uman to 27, the governor said.",
])
def test_a_toll_brought_to_a_figure_in_a_place_is_the_latest(text: str) -> None:
    # bodies found in the rubble of a strike are no repatriation, and the toll "in Uman" is the
    # update the increment led to
    assert credited(text, PUBLISHED) == [("governor", "killed", None, 27.0)]


def test_bodies_handed_over_are_still_an_exchange() -> None:
    text = "Russia handed over the bodies of 500 soldiers to Ukraine on Friday."
    assert exchanges(text, PUBLISHED) == [(500, None, "completed")]


@pytest.mark.parametrize("text", [
    "Moscow has so far ignored the French proposal for a 20-day truce.",
    "The Kremlin disregarded the call for a ceasefire over the holidays on Monday.",
])
def test_an_offer_ignored_is_no_breach(text: str) -> None:
    assert "violated" not in [status for _, status, *_ in positions(text, PUBLISHED)]


def test_a_truce_ignored_is_still_a_breach() -> None:
    text = "Russia ignored the truce and shelled Kherson within hours, Zelensky said on Monday."
    assert [(status, parties) for _, status, parties, *_ in positions(text, PUBLISHED)] == [
        ("violated", ("RU",))]
