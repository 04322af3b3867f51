"""Whose the nightly air-war figures are, told the ways third-party reports tell them (round 13:
a verb-first source line, a digest's heading over its bullets, a body's statement referred to
later, a paragraph closed by its source, the outlet's own arithmetic)."""
from __future__ import annotations

import pytest

import ceasefire

AF = "Ukrainian Air Force"
MOD = "Russian Ministry of Defence"


def claimed(text: str) -> list[tuple[str | None, list[float | None]]]:
    """(claimant, values) of each strike record that has figures, sorted for comparison."""
    reading = ceasefire.read(text, published="2026-03-05")
    return sorted(((s.claimed_by, [q.value for q in s.quantities]) for s in reading.strikes
                   if s.quantities), key=str)


def metrics(text: str) -> list[tuple[str, float | None]]:
    reading = ceasefire.read(text, published="2026-03-05")
    return [(q.metric, q.value) for s in reading.strikes for q in s.quantities]


@pytest.mark.parametrize("text,expected", [
    ("In the night the enemy has attacked by 45 attack UAV of type Shahed.\n\n"
     "By the air defence is shot down 38 UAV on north and east of country.\n\n"
     "Informs Air Forces of AFU.", [(AF, [45, 38])]),
    ("Russian occupiers launched 60 drones at the Odesa region overnight.\n\n"
     "About this reported the press service of the Air Force.", [(AF, [60])]),
    ("Overnight the enemy has used 3 ballistic missiles Iskander-M. Hits of 2 missiles are "
     "fixed in Kharkiv oblast.\n\nReports the Ukrainian Air Force.", [(AF, [3, 2])]),
    ("In Kharkiv 2 persons are injured from the strike of 3 UAV on private houses.\n\n"
     "Informed the head of Kharkiv regional military administration Oleh Syniehubov.",
     [("Oleh Syniehubov", [2, 3])]),
    # near-misses: an agency passing it on is no source, and "Reports say" names no one
    ("In the night the enemy has attacked by 45 attack UAV.\n\nInforms Ukrinform.",
     [(None, [45])]),
    ("Reports say 40 drones were launched at Kyiv overnight.", [(None, [40])]),
])
def test_a_line_with_the_verb_before_its_source_credits_the_report(text: str,
                                                                    expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("UKRAINE - overnight into Friday, per the Air Force (statement at 08:00):\n"
     "- Launched: 120 attack drones, 4 Iskander-M ballistic missiles\n"
     "- Shot down or suppressed: 98 drones\n- Hits: 14 drones at 6 locations",
     [(AF, [120, 4, 98, 14])]),
    ("Figures for the night, according to Ukraine's Air Force:\n\n- 64 drones launched\n\n"
     "- 51 drones shot down", [(AF, [64, 51])]),
    ("RUSSIA - per the Defence Ministry, overnight:\n- Ukrainian drones destroyed: 67",
     [(MOD, [67])]),
    # near-miss: the heading's reach ends where another source is named
    ("Per the Air Force (09:30):\n- Launched: 80 drones\n\n"
     "Governor Oleh Syniehubov said 3 people were injured in Kharkiv.",
     [(AF, [80]), ("Oleh Syniehubov", [3])]),
    # near-miss: a heading of the outlet's own reporters names no claimant
    ("Figures for the night, from our correspondents:\n- 12 drones hit Kharkiv", [(None, [12])]),
])
def test_a_digest_heading_naming_its_source_credits_the_bullets_below(text: str,
                                                                      expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("- Hits: 14 drones at 6 locations", [("hit", 14)]),
    ("- Hit: 14 drones and 2 missiles", [("hit", 14), ("hit", 2)]),
    # near-miss: "hits" in running words is no label
    ("- Hits of the night: none reported, 14 drones launched", [("launched", 14)]),
])
def test_a_hits_label_is_the_metric_of_its_figures(text: str, expected: list) -> None:
    assert metrics("Russia attacked Ukraine overnight:\n" + text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Each morning Ukraine's Air Force publishes a short statement.\n\n"
     "According to the statement, 90 drones were launched overnight.", [(AF, [90])]),
    ("Ukraine's Air Force posted its morning update on Telegram, and analysts were quick to "
     "read it. The update said 212 drones had been launched.", [(AF, [212])]),
    ("The Russian Defence Ministry issued a statement on Monday about the night. According to "
     "the statement, 41 drones were downed over Kursk.", [(MOD, [41])]),
    # near-miss: no body puts the statement out
    ("Analysts publish a statement every week.\n\n"
     "According to the statement, 90 drones were launched overnight.", [(None, [90])]),
])
def test_the_statement_a_body_publishes_is_that_body_s(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia sent 64 drones and two guided missiles against Ukraine overnight. Fifty-one of "
     "the drones were shot down. Nine drones hit targets in Sumy, the Air Force said.",
     [(AF, [64, 2, 51, 9])]),
    ("Overnight, Russia fired 30 drones at the Odesa region. Air defence downed 22 of them, "
     "the Southern Defence Forces said on Telegram.",
     [("Southern Defence Forces of Ukraine", [30, 22])]),
    ("Ukraine launched 40 drones at Russian regions overnight. Thirty-one were destroyed over "
     "Bryansk, the Russian Defence Ministry reported.", [(MOD, [40, 31])]),
    ("Russia sent 48 drones at the Poltava region overnight. Forty were shot down over the "
     "region, governor Volodymyr Kohut said.", [("Volodymyr Kohut", [48, 40])]),
    # near-misses: a governor's toll closing the paragraph; a speaker who opens a claim of
    # its own; casualties before the body's figures
    ("Russia launched 40 drones at Odesa overnight. Two people were injured, Governor Oleh "
     "Kiper said.", [(None, [40]), ("Oleh Kiper", [2])]),
    # (round 28: the night's nationwide tally before the body's own sentence is the body's
    # too: no outlet counts drones, and the paragraph names who does)
    ("Russia sent 512 drones overnight. The air force said 473 were shot down.",
     [(AF, [512, 473])]),
    ("A drone hit a house in Sumy, killing two people. Air defence shot down 12 drones, the "
     "Air Force said.", [(None, [2]), (AF, [12])]),
])
def test_a_paragraph_of_the_air_tally_closed_by_its_source_is_the_source_s(
        text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("According to the Air Force, Russia launched 100 drones and 80 were shot down.\n\n"
     "By our own arithmetic, 20 drones got through.", [(AF, [100, 80]), (None, [20])]),
    ("The Air Force said 100 drones were launched. By our count, 15 drones reached their targets.",
     [(AF, [100]), (None, [15])]),
    ("Ukraine's Air Force said air defences shot down 70 drones.\n\n"
     "On our tracker, 12 drones got through.", [(AF, [70]), (None, [12])]),
])
def test_the_outlet_s_own_arithmetic_is_its_own(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


def test_a_body_s_word_on_something_else_is_no_tally_running_on() -> None:
    text = ("Ukrainian officials have told us that decoys made up a third of the launches.\n\n"
            "Twenty-four drones were jammed in a single night.")
    assert claimed(text) == [(None, [24])]


@pytest.mark.parametrize("text,expected", [
    # a line after the report that only names whose figures they are
    ("Russia launched 120 drones and 98 were shot down.\n\nThis is according to the Air Force.",
     [(AF, [120, 98])]),
    ("Russia launched 120 drones and 98 were shot down. That's according to Ukraine's air force.",
     [(AF, [120, 98])]),
    ("Russia launched 120 drones and 98 were shot down.\n\n"
     "The figures come from Ukraine's Air Force.", [(AF, [120, 98])]),
    ("Russia launched 120 drones and 98 were shot down.\n\nData: Ukraine's Air Force",
     [(AF, [120, 98])]),
    # a line before the report that announces them, ending in a colon
    ("Ukraine's Air Force gave these figures for the night:\n\nRussia launched 120 drones.\n\n"
     "Air defences downed 98.", [(AF, [120, 98])]),
    # near-misses: the outlet's own reporters, a "Data:" label over figures
    ("Russia launched 120 drones and 98 were shot down.\n\n"
     "The figures come from our own reporters.", [(None, [120, 98])]),
    ("Data: 120 drones launched overnight.", [(None, [120])]),
])
def test_a_line_naming_only_whose_figures_they_are(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("By information of Air Forces, in the night the enemy attacked by 120 UAV.", [(AF, [120])]),
    ("According to the data of the General Staff, 40 drones were downed over Sumy overnight.",
     [("General Staff of the Armed Forces of Ukraine", [40])]),
    ("Russia launched 120 drones overnight, data from the Ukrainian Air Force showed.",
     [(AF, [120])]),
    ("Russia launched 120 drones overnight, the air force's statement read.", [(AF, [120])]),
    ("The air force said Russia had used 120 drones. The force said 98 were downed.",
     [(AF, [120, 98])]),
    # near-miss: data from no body
    ("Data from flight trackers showed 3 drones circling over Kyiv overnight.", [(None, [3])]),
])
def test_whose_data_or_statement_the_figures_are(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 120 drones; 98 were shot down.\n\nSource — Ukraine's Air Force",
     [(AF, [120, 98])]),
    ("Russia launched 120 drones; 98 were shot down.\n\nData source - Ukraine's Air Force",
     [(AF, [120, 98])]),
    # near-miss: a dash line naming an agency
    ("Russia launched 120 drones; 98 were shot down.\n\nSource — Reuters", [(None, [120, 98])]),
])
def test_a_source_line_with_a_dash(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    # the interviewee's answers after the outlet's questions
    ("Colonel Petro Marchenko, whose regiment guards the skies over Kyiv, spoke to us on "
     "Monday.\n\nHow many drones came last night?\n\n"
     "Russia launched 120 drones and we shot down 98. Twelve were lost to electronic warfare.",
     [("Petro Marchenko", [120, 98, 12])]),
    ("We talked with Major Ivan Koval, who commands an air-defence battalion near Odesa.\n\n"
     "What was the night like?\n\nThe enemy sent 45 drones at the region. We downed 39.",
     [("Ivan Koval", [45, 39])]),
    # "she said" after the outlet named whom it spoke to
    ("We spoke to Captain Olena Moroz, an Air Force officer in Vinnytsia. \"The enemy sent "
     "120 drones. We shot down 98,\" she said.", [("Olena Moroz", [120, 98])]),
    ("I interviewed Lt Col Oleksandr Petrov at his base. \"Forty drones came at us and 31 "
     "were destroyed,\" he said.", [("Oleksandr Petrov", [40, 31])]),
    # near-misses: a question and answer with no interviewee named; the outlet's own figures
    # after an interview's opening line, with no question before them
    ("Their commander spoke to us at dawn.\n\nHow did the night go?\n\n"
     "Air defence brought down three Shaheds.", [(None, [3])]),
    ("Colonel Petro Marchenko spoke to us on Monday.\n\nRussia launched 120 drones overnight.",
     [(None, [120])]),
])
def test_an_interviewee_s_answers_are_the_interviewee_s(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("The Air Force's count: 120 drones launched, 98 shot down.", [(AF, [120, 98])]),
    ("The Ukrainian Armed Forces' Air Force said 98 drones were shot down.", [(AF, [98])]),
    ("The Russian Defence Ministry's tally: 40 Ukrainian drones destroyed.", [(MOD, [40])]),
    # near-miss: a place's count is no one's
    ("Kharkiv's count: 12 drones hit the city.", [(None, [12])]),
])
def test_a_body_named_by_its_count_or_as_a_plural_s_possession(text: str,
                                                               expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia's defence ministry said 58 drones were destroyed. Krasnodar Krai's operational "
     "headquarters was more forthcoming. It said debris had injured two people in Taman.",
     [(MOD, [58]), ("Krasnodar Krai's operational headquarters", [2])]),
    ("The Air Force said 90 drones were launched. The Odesa regional administration was "
     "quicker to give details. It said three people were hurt.",
     [(AF, [90]), ("Odesa regional administration", [3])]),
    # near-miss: a ministry named as what happened to it, not as a subject, is no "it"
    ("The Air Force said 90 drones were launched. Drones hit the building of the ministry. "
     "It said 70 were shot down.", [(AF, [90, 70])]),
])
def test_it_is_the_body_that_opened_the_sentence_before(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia struck Lutsk overnight, killing two people, Ukrainian officials said.\n\n"
     "Volyn governor Ivan Rudnytskyi said two men were killed and five wounded.",
     [("Ivan Rudnytskyi", [2, 5])]),
    ("A drone hit a bus in Kherson, injuring four, local authorities said.\n\n"
     "Governor Oleksandr Prokudin said four passengers were injured.",
     [("Oleksandr Prokudin", [4])]),
    # near-miss: the later official gives another toll
    ("Russia struck Lutsk overnight, killing two people, Ukrainian officials said.\n\n"
     "In Rivne, governor Oleksandr Koval said three people were injured.",
     [("Oleksandr Koval", [3]), ("Ukrainian officials", [2])]),
])
def test_unnamed_officials_are_the_official_named_later_with_the_same_toll(
        text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    # agency copy translated word for word: the speech verb before its source, a passive
    # "is said in the message of", a dash before the closing verb
    ("As informs the Air Force, in the night the enemy launched 140 UAV. 118 are shot down.",
     [(AF, [140, 118])]),
    ("As it is informed by the Air Force, 118 of 140 UAV were shot down.", [(AF, [118, 140])]),
    ("The enemy launched 140 UAV in the night, — is said in the message of Air Forces.",
     [(AF, [140])]),
    ("In the night the enemy launched 140 UAV. 118 are shot down - informed in the Air Force "
     "of AFU.", [(AF, [140, 118])]),
    ("From the strike 3 persons are injured in Sumy - reports the head of Sumy regional "
     "military administration Oleh Hryhorov.", [("Oleh Hryhorov", [3])]),
    # near-misses: "as reported" with no source; a dash that opens an aside, not a source
    ("As reported, 140 UAV were launched in the night.", [(None, [140])]),
    ("In the night 140 UAV were launched - said to be the most this month.", [(None, [140])]),
])
def test_translated_agency_copy_names_its_source(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 90 drones at Ukraine overnight. 70 were shot down.\n\n"
     "Based on data from the Ukrainian Air Force.", [(AF, [90, 70])]),
    ("Overnight the enemy fired 12 missiles; 9 were intercepted.\n\n"
     "Based on the statement by the Air Force.", [(AF, [12, 9])]),
    ("Air defences downed 41 of 55 drones.\n\nCompiled from figures of the Air Force.",
     [(AF, [41, 55])]),
    # near-misses: the outlet's own reporting and a news agency name no claimant
    ("Russia launched 90 drones at Ukraine overnight. 70 were shot down.\n\n"
     "Based on our reporters in Kyiv.", [(None, [90, 70])]),
    ("Russia launched 90 drones at Ukraine overnight. 70 were shot down.\n\n"
     "Based on data from Reuters.", [(None, [90, 70])]),
])
def test_a_based_on_data_line_names_the_source_of_the_report(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked Ukraine with 119 drones, it was informed by the Air Force of Ukraine.",
     [(AF, [119])]),
    ("In the night the enemy launched 40 UAV. It is communicated by the Air Forces of AFU.",
     [(AF, [40])]),
    ("The figures, 60 drones launched and 48 downed, were published by the Air Force.",
     [(AF, [60, 48])]),
    ("Ukraine attacked Bryansk with 30 drones, it was informed by the Russian Defence Ministry.",
     [(MOD, [30])]),
    # near-miss: a warning without figures gives no record
    ("A warning about a massive attack was published by the Air Force.", []),
])
def test_a_passive_informed_by_names_the_source(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Per the Air Force:\n\n- Drones launched: 476 (Shahed, Gerbera and other types)\n"
     "- Drones downed: 402", [("launched", 476), ("intercepted", 402)]),
    ("Russia launched 80 drones (Shaheds and decoys) overnight.", [("launched", 80)]),
    ("Shot down: 212 (mostly over the Kyiv region)", [("intercepted", 212)]),
    ("Killed: 3 (all of them civilians)", [("killed", 3)]),
    # near-misses: a figure of something else, and a period total, give no strike figure
    ("Shelters opened: 40 (in schools)", []),
    ("Drones launched this year: 4,200 (a record)", []),
])
def test_a_figure_followed_by_a_parenthesis_keeps_its_label(text: str, expected: list) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 60 drones overnight, Colonel Petro Savchuk, commander of the Air Force, "
     "said.\n\nOf them, 52 were destroyed, among them ten decoys, he wrote.",
     [(AF, [60, 52])]),
    ("Ukraine's air defences tracked 90 targets, the spokesman of the Air Force said.\n\n"
     "They comprised 80 drones and 10 missiles, including three Kinzhals, he added.",
     [(AF, [90, 80, 10, 3])]),
    ("Yurii Ihnat, the Air Force spokesman, said Russia launched 40 drones.\n\n"
     "Thirty-one were shot down, including four over Kyiv, he added.", [(AF, [40, 31, 4])]),
    # near-miss: a "he" after another person is named is that person, not the body
    ("Yurii Ihnat, the Air Force spokesman, said Russia launched 40 drones.\n\n"
     "Governor Oleh Syniehubov said 3 people were injured.\n\nFive drones hit Kharkiv, he said.",
     [(AF, [40]), ("Oleh Syniehubov", [3, 5])]),
])
def test_he_is_the_spokesperson_or_commander_who_spoke_for_the_body(text: str,
                                                                     expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Kyiv's air force, which posts a tally each night, gave its count at 9 a.m.\n\n"
     "By that count, Russia sent 212 drones.", [(AF, [212])]),
    ("The Russian Defence Ministry gave its count on Telegram.\n\n"
     "By that count, 41 Ukrainian drones were destroyed.", [(MOD, [41])]),
    ("The Air Force put out its figures at 9 a.m.\n\n"
     "According to that bulletin, 190 of 212 drones were downed.", [(AF, [190, 212])]),
    ("Governor Oleh Syniehubov spoke at noon. The Air Force issued its update later.\n\n"
     "In this update, 30 drones were reported launched.", [(AF, [30])]),
    # near-miss: no body named before, so "that count" is no one's
    ("The city was quiet.\n\nBy that count, 12 drones were launched.", [(None, [12])]),
])
def test_by_that_count_is_the_count_of_the_body_named_before(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("84 drones were knocked out, either shot down or jammed.", [("intercepted", 84)]),
    ("Of the 50 missiles, 41 were knocked out by air defence.",
     [("launched", 50), ("intercepted", 41)]),
    ("Air defences knocked out 30 drones and 2 missiles.",
     [("intercepted", 30), ("intercepted", 2)]),
    ("Russia launched 60 drones; 51 of them were either shot down or jammed.",
     [("launched", 60), ("intercepted", 51)]),
    # near-misses: what a strike knocked out is no weapon downed
    ("Russian missiles knocked out 3 substations in Kharkiv.", []),
    ("The strike knocked out power to 3,000 homes.", []),
])
def test_knocked_out_and_either_or_downed(text: str, expected: list) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Also 18 imitator drones were lost locationally.", [("intercepted", 18)]),
    ("Russia launched 40 imitation drones overnight.", [("launched", 40)]),
    ("Air defences downed 93 drones, and 18 imitator drones were lost to jamming.",
     [("intercepted", 93), ("intercepted", 18)]),
    ("The enemy sent 25 imitator-type drones at Kyiv; 20 were shot down.",
     [("launched", 25), ("intercepted", 20)]),
    # near-miss: imitation of something that is no weapon
    ("About 30 imitation rifles were found in the school.", []),
])
def test_imitator_drones_are_drones(text: str, expected: list) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("PS ZSU (that's the Air Force, for the readers abroad) says the Russians sent 97 drones.",
     [(AF, [97])]),
    ("The PVO (i.e. the Air Force) reported 40 drones downed.", [(AF, [40])]),
    ("Povitriani Syly (meaning the Air Force) said 12 missiles were launched.", [(AF, [12])]),
    ("MO RF (that's the Russian Defence Ministry) claims 41 Ukrainian drones were destroyed.",
     [(MOD, [41])]),
    # near-miss: a bracket glossing a place names no speaker
    ("Kyiv (that's the capital, for readers abroad) saw 12 drones hit overnight.",
     [(None, [12])]),
])
def test_a_bracket_glossing_an_unknown_name_names_the_speaker(text: str,
                                                              expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Of the drones, 271 were destroyed, as were 10 of the missiles.",
     [("intercepted", "drone", 271), ("intercepted", "missile", 10)]),
    ("Of these missiles, 12 were shot down and 3 hit targets.",
     [("intercepted", "missile", 12), ("hit", "missile", 3)]),
    ("Among the drones, 40 were downed over Kyiv.", [("intercepted", "drone", 40)]),
    ("Of all the Shaheds, 55 were jammed.", [("intercepted", "drone", 55)]),
    # near-miss: a set of people fronted gives no weapon figure
    ("Of the victims, 3 were children.", []),
])
def test_a_set_fronted_before_the_figure_names_its_weapon(text: str, expected: list) -> None:
    reading = ceasefire.read(text, published="2026-03-05")
    assert [(q.metric, q.weapon, q.value) for s in reading.strikes
            for q in s.quantities] == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 2 Iskander-M missiles; both were shot down.",
     [("launched", 2), ("intercepted", None)]),
    ("Russia launched 2 Kinzhal missiles, both of which were intercepted over Kyiv.",
     [("launched", 2), ("intercepted", None)]),
    ("The enemy fired two Kalibrs at Odesa, both destroyed by air defence.",
     [("launched", 2), ("intercepted", None)]),
    # near-misses: "both" of two people, and "both drones" (a count of two)
    ("Two men were injured; both were taken to hospital.", [("injured", 2)]),
    ("Both drones were shot down over Sumy.", [("intercepted", 2)]),
])
def test_both_after_two_weapons_counted_is_every_one(text: str, expected: list) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Among the missiles were eight Kinzhal missiles, of which five were downed.",
     [("launched", 8), ("intercepted", 5)]),
    ("There were twelve Shaheds, of them nine were shot down.",
     [("launched", 12), ("intercepted", 9)]),
    ("Russia also used 20 Kalibrs, of which seventeen were intercepted over the sea.",
     [("launched", 20), ("intercepted", 17)]),
    # near-miss: "and four" joins a second weapon that shares the verb
    ("That leaves 13 drones and four missiles that reached their targets.",
     [("hit", 13), ("hit", 4)]),
])
def test_of_which_and_a_word_number_is_a_later_figure(text: str, expected: list) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Yurii Ihnat, the air force spokesman, went on the national telethon around nine and gave "
     "the numbers: Russia sent 45 Shaheds at the south overnight, and 34 were brought down.",
     [(AF, [45, 34])]),
    ("Natalia Humeniuk, spokeswoman for the Air Force, laid out the night on Telegram: 30 "
     "drones were launched and 22 downed.", [(AF, [30, 22])]),
    # near-miss: a governor gives his own figures; places apposed are no speaker
    ("Oleh Syniehubov, the Kharkiv governor, gave the figures: two people were injured.",
     [("Oleh Syniehubov", [2])]),
    ("Kharkiv, the second city, and Sumy, near the border, were hit: 30 drones were launched.",
     [(None, [30])]),
])
def test_a_lead_in_of_a_name_and_title_gives_the_figures_after_the_colon(
        text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Russia has launched in the night to Friday 143 drones against Ukraine - so the "
     "Ukrainian air force on Friday morning - of which 119 were shot down.", [(AF, [143, 119])]),
    ("In the night 60 drones were shot down, so the air force.", [(AF, [60])]),
    ("Two people were injured in Kharkiv, so the governor Oleh Syniehubov on Telegram.",
     [("Oleh Syniehubov", [2])]),
    # near-misses: "so" opening a clause of consequence, and "so far"
    ("Russia launched 60 drones, so the Air Force must replenish its interceptors.",
     [(None, [60])]),
    ("Sixty drones were launched, so Ukraine - so far - held.", [(None, [60])]),
])
def test_translated_so_x_names_the_speaker(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("Overnight the enemy attacked with 88 UAVs. Our air defence destroyed 71.\n\n"
     "The information was provided by the Air Force Command of the Armed Forces of Ukraine.",
     [(AF, [88, 71])]),
    ("Russia fired 64 drones overnight; 50 were shot down.\n\nThese figures were supplied "
     "by Ukraine's air force.", [(AF, [64, 50])]),
    ("The Air Force listed the night's figures as follows. Launched: 205 drones. Destroyed: "
     "180 drones.", [(AF, [205, 180])]),
    # near-miss: data provided by a news agency names no claimant
    ("Russia fired 64 drones overnight.\n\nThe information was provided by Reuters.",
     [(None, [64])]),
])
def test_lines_that_provide_or_list_the_figures_name_their_source(text: str,
                                                                  expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", [
    ("The figures, published by Ukraine's air force on Sunday, showed 50 of 60 drones were "
     "downed.", [(AF, [50, 60])]),
    ("The figures, released by the air force, showed 50 of 60 drones were downed.",
     [(AF, [50, 60])]),
    ("Air force data showed 50 drones were downed overnight.", [(AF, [50])]),
    ("Yuriy Ignat, speaking for the air force, said 50 drones were downed.", [(AF, [50])]),
    # near-misses: speaking to someone is no title; the outlet's own compilation
    ("Yuriy Ignat, speaking to reporters, said 50 drones were downed.",
     [("Yuriy Ignat", [50])]),
    ("The tally, compiled by our newsroom, shows 50 drones were downed.", [(None, [50])]),
])
def test_figures_released_by_a_body_or_spoken_for_it(text: str, expected: list) -> None:
    assert claimed(text) == sorted(expected, key=str)
