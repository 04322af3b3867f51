"""Issue 13, round 13: constructions generalised from the thirteenth blind set, grouped by cause
in the reader's design; each with test sentences written for the test (other outlets, orders,
sources, numbers) and near-misses."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.sentences import split_sentences

PUBLISHED = "2025-09-17"
AIR_FORCE = "Ukrainian Air Force"
RU_MOD = "Russian Ministry of Defence"


def quantities(text: str) -> list[tuple[str, str | None, float | None, str, str | None]]:
    """(metric, weapon, value, qualifier, claimant) of every figure read from ``text``."""
    reading = ceasefire.read(text, published=PUBLISHED)
    return sorted(((q.metric, q.weapon, q.value, q.qualifier, s.claimed_by)
                   for s in reading.strikes for q in s.quantities),
                  key=lambda q: (q[0], q[1] or "", q[2] or -1))


def claimant_of(text: str, value: float) -> str | None:
    found = {q[4] for q in quantities(text) if q[2] == value}
    assert len(found) == 1, (value, quantities(text))
    return found.pop()


# --- How a claimant spreads over a report -------------------------------------------------

# A body's own medium named in a sentence that names no speaker ("came from the Air Force's
# Telegram channel", "a post by the ministry") is what "the post said" refers to later.
@pytest.mark.parametrize("text,value,expected", [
    ("The nationwide picture came from the Air Force's Telegram channel shortly after 9 a.m. "
     "Of the 240 drones Russia launched, 212 were destroyed, the post said.", 212, AIR_FORCE),
    ("The overnight figures appeared in a post by the Russian Defence Ministry. Some 41 "
     "Ukrainian drones were downed over Kursk, the post said.", 41, RU_MOD),
    ("Readers had been waiting for the General Staff's morning summary. It arrived late: 37 "
     "drones were shot down, the summary said.", 37,
     "General Staff of the Armed Forces of Ukraine"),
    ("Our editors checked the Air Force's official page at noon. In all 58 drones were "
     "neutralised overnight, the message said.", 58, AIR_FORCE),
    # near-miss: a post referred to with no body's medium named before it is no one's
    ("Of the 240 drones Russia launched, 212 were destroyed, the post said.", 212, None),
])
def test_a_body_s_medium_is_what_the_post_later_means(text: str, value: float,
                                                       expected: str | None) -> None:
    assert claimant_of(text, value) == expected


# The tokenizer keeps "a.m." whole: a clock time before a sentence's first word ends it.
@pytest.mark.parametrize("text,expected", [
    ("The post came at 9 a.m. Of the 240 drones, 212 were destroyed.", 2),
    ("Sirens sounded until 5 a.m. The governor said two people were hurt.", 2),
    ("It was past 11 p.m. Then the drones came.", 2),
    # near-miss: "a.m. Kyiv time" goes on
    ("Sirens sounded at 4 a.m. Kyiv time and lasted an hour.", 1),
])
def test_a_clock_time_before_a_sentence_s_first_word_ends_the_sentence(text: str,
                                                                       expected: int) -> None:
    assert len(split_sentences(text)) == expected


# A credit line ("Per:", "Source:", "Data:") naming a spokesperson or commander by the body's
# title gives the body's figures, wherever the title stands and whatever follows it.
@pytest.mark.parametrize("credit,expected", [
    ("Per: Lieutenant General Anatolii Kryvonozhko, commander of Ukraine's Air Force, "
     "statement of 4 August.", AIR_FORCE),
    ("Source: Colonel Yurii Ihnat, spokesman for the Air Force.", AIR_FORCE),
    ("Per: Air Force spokesman Yurii Ihnat, morning briefing.", AIR_FORCE),
    ("Data: Major Petro Lysenko, press officer of the Russian Ministry of Defence, 08:00.",
     RU_MOD),
    # near-miss: a regional head speaks for himself
    ("Per: Oleh Kiper, head of the Odesa regional administration.", "Oleh Kiper"),
])
def test_a_credit_line_naming_a_spokesperson_gives_the_body_s_figures(credit: str,
                                                                      expected: str) -> None:
    text = f"Overnight 52 drones were launched at Odesa and 40 were destroyed.\n{credit}"
    assert claimant_of(text, 40) == expected


# --- Figures never read ----------------------------------------------------------------------

# "every one of the missiles" is the whole set (qualifier all), of the one class counted; not
# one missile.
@pytest.mark.parametrize("text,expected", [
    ("Russia launched 40 drones and four Kh-101 cruise missiles overnight. Thirty of the drones "
     "and every one of the missiles were brought down, the Air Force said.",
     ("intercepted", "cruise_missile", None, "all")),
    ("The enemy launched 25 Shahed drones; every one of them was shot down, the Air Force said.",
     ("intercepted", "drone", None, "all")),
    ("Every one of the 12 drones that flew at Belgorod was destroyed, the ministry said.",
     ("intercepted", "drone", None, "all")),
])
def test_every_one_of_a_set_is_all_of_it(text: str, expected: tuple) -> None:
    assert expected in [q[:4] for q in quantities(text)]
    assert not any(q[2] == 1 for q in quantities(text))


def test_one_of_the_missiles_is_still_one_item() -> None:  # near-miss
    text = "Russia launched 12 drones at Sumy. One of the drones hit a school, the governor said."
    assert ("hit", "drone", 1, "exact") in [q[:4] for q in quantities(text)]


# A list of labelled items split by ";" ("Poltava region - 14 drones downed; Sumy region - 9"):
# a bare figure after its label is an item of the list, with the noun and verb of the one before.
@pytest.mark.parametrize("text,values", [
    ("Fifty drones were shot down overnight, the Air Force said. By region: Poltava region - 14 "
     "drones downed; Sumy region - 9; Chernihiv region - 11.", {50, 14, 9, 11}),
    ("The ministry listed the drones destroyed over each region: Kursk region - 12 drones; "
     "Bryansk region - 8; Oryol region - 5.", {12, 8, 5}),
    ("Hits were recorded in three regions: Kyiv region - 4 drones hit; Zhytomyr region - 2.",
     {4, 2}),
])
def test_a_bare_figure_after_a_label_continues_the_list(text: str, values: set[float]) -> None:
    found = quantities(text)
    assert {q[2] for q in found} == values
    assert len({(q[0], q[1]) for q in found}) == 1


def test_a_labelled_item_that_names_its_own_people_is_its_own() -> None:  # near-miss
    found = quantities("Russia launched 40 drones at Kharkiv; Sumy region - 9 people were "
                       "injured.")
    assert ("injured", None, 9.0, "exact") in [q[:4] for q in found]


# A verb of stopping right before a figure of weapons is intercepted ("crews stopped 270 of
# the drones", "thwarted 41"); not "stopped its strikes", nor trains that stopped.
@pytest.mark.parametrize("text,expected", [
    ("Russia sent 311 drones. Ukrainian crews stopped 270 of the drones overnight.",
     ("intercepted", "drone", 270.0)),
    ("Air defence units thwarted 41 of the 50 drones over Odesa, the governor said.",
     ("intercepted", "drone", 41.0)),
    ("Mobile fire groups foiled about thirty drones over the Kyiv region.",
     ("intercepted", "drone", 30.0)),
])
def test_a_verb_of_stopping_before_a_figure_is_intercepted(text: str, expected: tuple) -> None:
    assert expected in [q[:3] for q in quantities(text)]


@pytest.mark.parametrize("text", [
    "Trains stopped for two hours after 12 drones hit the station in Kovel.",
    "The attack stopped work at the plant, where 3 drones hit a workshop.",
])
def test_stopping_that_counts_no_weapon_gives_no_interception(text: str) -> None:
    assert not any(q[0] == "intercepted" for q in quantities(text))


# A month named as the span of a count ("Over July", "June to date", "month-to-date") makes
# the figures a period total, no attack's.
@pytest.mark.parametrize("text", [
    "Over July, Russia fired more than 6,100 drones at Ukraine.",
    "- June to date: about 2,900 drones and 61 missiles launched at Ukraine.",
    "Throughout the month of March, Russia launched 4,000 drones.",
    "Month-to-date, the Air Force has counted 2,100 drones launched.",
])
def test_a_month_as_the_span_makes_a_period_total(text: str) -> None:
    assert quantities(text) == []


def test_a_night_dated_in_a_month_keeps_its_figures() -> None:  # near-miss
    found = quantities("Russia launched 90 drones overnight into 14 July, the Air Force said.")
    assert [q[:3] for q in found] == [("launched", "drone", 90.0)]


# An aside set off by commas between a figure and its verb ("33 drones, by the military's own
# admission, struck their targets") leaves the verb the figure's own.
@pytest.mark.parametrize("text,expected", [
    ("Crews shot down 270 of the drones, and 33 drones, by the military's own admission, "
     "struck their targets.", ("hit", "drone", 33.0)),
    ("Crews shot down 270 of the drones, and 33 drones, the Air Force admitted, hit their "
     "targets.", ("hit", "drone", 33.0)),
    ("Defences destroyed 40 drones, and 12 drones, according to the governor, reached their "
     "targets.", ("hit", "drone", 12.0)),
])
def test_an_aside_between_a_figure_and_its_verb(text: str, expected: tuple) -> None:
    assert expected in [q[:3] for q in quantities(text)]


def test_a_list_closed_by_its_source_keeps_the_list_s_verb() -> None:  # near-miss
    found = quantities("Defences destroyed 40 drones, 12 missiles, the ministry said.")
    assert [q[0] for q in found] == ["intercepted", "intercepted"]


# "hit" or "struck" with no object ends the figure's clause: the weapons that hit.
@pytest.mark.parametrize("text,expected", [
    ("Russia attacked with 96 drones overnight. \"Unfortunately, seven drones have hit,\" the "
     "spokesman said.", ("hit", "drone", 7.0)),
    ("Russia launched 20 drones at Sumy; two missiles struck, the governor said.",
     ("hit", "missile", 2.0)),
    ("Of the 50 drones, 44 were shot down and six hit, the Air Force said.",
     ("hit", "drone", 6.0)),
])
def test_hit_with_no_object_is_hit(text: str, expected: tuple) -> None:
    assert expected in [q[:3] for q in quantities(text)]


def test_houses_that_were_hit_are_no_weapons() -> None:  # near-miss
    assert quantities("Russian drones attacked Kyiv overnight. Ten houses were hit.") == []


# Wounds "got" or "received" are injuries; "are in hospital" is where the wounded lie, no
# hospital hit.
@pytest.mark.parametrize("text,value", [
    ("A drone attack damaged the port in Izmail, two port workers got wounds and are in "
     "hospital, the governor said.", 2),
    ("A drone attack hit Kherson; three people got injuries, the governor said.", 3),
    ("Shelling hit Nikopol overnight and four residents received shrapnel wounds.", 4),
])
def test_wounds_got_are_injuries(text: str, value: float) -> None:
    reading = ceasefire.read(text, published=PUBLISHED)
    assert [(q.metric, q.value) for s in reading.strikes for q in s.quantities] == \
        [("injured", value)]
    assert "medical" not in {t for s in reading.strikes for t in s.target_types}


def test_a_hospital_hit_is_still_a_target() -> None:  # near-miss
    reading = ceasefire.read("A Russian drone hit a hospital in Kherson, the governor said.",
                             published=PUBLISHED)
    assert "medical" in {t for s in reading.strikes for t in s.target_types}


# A toll the source gave before, told with "spoke of" / "talked about" ("Earlier he had spoken
# of three injured"), gives way to its latest; a correction naming the figure it replaces
# ("402, not 398 as first reported") removes the earlier one.
@pytest.mark.parametrize("text,expected", [
    ("Sadovyi said one person has died, another five are injured. Earlier he had spoken of "
     "three injured.", [("injured", 5.0), ("killed", 1.0)]),
    ("The governor said five were injured. Initially she spoke of two injured.",
     [("injured", 5.0)]),
    ("The Air Force said Russia used 398 drones overnight.\n\nCorrection from the Air Force: the "
     "number of drones launched was 402, not 398 as first reported.", [("launched", 402.0)]),
    ("The ministry said 58 drones were downed. It later said 61 drones had been downed, not 58 "
     "as initially reported.", [("intercepted", 61.0)]),
    # near-miss: a figure set against someone else's claim is no correction of an earlier one
    ("The ministry said 58 drones were downed over Kursk, not 40 as some bloggers claimed.",
     [("intercepted", 58.0)]),
])
def test_an_earlier_figure_gives_way_to_the_latest(text: str, expected: list) -> None:
    assert [(q[0], q[2]) for q in quantities(text)] == expected


# The models of one class right after its figure, behind a dash, a colon or a bracket ("36
# cruise missiles - 14 Kalibr and 22 Kh-101") are sub-types (GUIDE), no quantities; classes
# ("7 missiles (4 Iskander-M ballistic, 3 Kh-101 cruise)") are.
@pytest.mark.parametrize("text,expected", [
    ("Russia used 398 drones and 36 cruise missiles - 14 Kalibr and 22 Kh-101, the Air Force "
     "said.", {398, 36}),
    ("Russia used 398 drones and 36 cruise missiles (20 Kalibr, 16 Kh-101), the Air Force "
     "said.", {398, 36}),
    ("The enemy fired 11 ballistic missiles: 8 Iskander-M and 3 KN-23, the Air Force said.",
     {11}),
    # near-misses: a breakdown by class keeps its items
    ("Overnight Russia fired 7 missiles (4 Iskander-M ballistic, 3 Kh-101 cruise), the Air "
     "Force said.", {7, 4, 3}),
    ("Russia launched 9 missiles: 5 Kh-101 cruise missiles and 4 Iskander-M ballistic "
     "missiles, the Air Force said.", {9, 5, 4}),
])
def test_models_within_a_class_are_sub_types(text: str, expected: set[float]) -> None:
    assert {q[2] for q in quantities(text)} == expected


# --- Truce positions ---------------------------------------------------------------------------

def positions(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a.scope, a.status, a.parties)
            for a in ceasefire.read(text, published=PUBLISHED).agreements]


# "a silence regime" is the truce's name as "a regime of silence" is; a truce named as "a
# regime of ceasefire" or "the introduction of" one is that truce.
@pytest.mark.parametrize("text,expected", [
    ("A 12-hour \"silence regime\" to evacuate civilians from Kostiantynivka has been agreed by "
     "Ukraine and Russia, the regional administration said on Wednesday.",
     [("other", "agreed", ["RU", "UA"])]),
    ("Russia and Ukraine agreed a silence regime of six hours so that the wounded could be taken "
     "out of Vovchansk.", [("other", "agreed", ["RU", "UA"])]),
    ("Putin ordered the introduction of a regime of ceasefire for 48 hours, the Kremlin said on "
     "Sunday.", [("full", "agreed", ["RU"])]),
    ("Zelensky said Ukraine would never accept a regime of ceasefire that freezes the front.",
     [("full", "rejected", ["UA"])]),
])
def test_a_truce_named_as_a_regime(text: str, expected: list) -> None:
    assert positions(text) == expected


# An order given ("gave the order to introduce a ceasefire", "signed a decree to declare a
# truce") is the giver's own truce; an order no one gives, or "gave no instruction", is none.
@pytest.mark.parametrize("text,expected", [
    ("Putin gave an order to introduce a ceasefire for 48 hours, the Kremlin said on Sunday.",
     [("full", "agreed", ["RU"])]),
    ("Putin gave the order to the Minister of Defence to introduce regime of ceasefire on the "
     "whole line of contact, the Kremlin said.", [("full", "agreed", ["RU"])]),
    ("Zelensky signed a decree to declare a truce on the Easter weekend.",
     [("full", "agreed", ["UA"])]),
    ("The commanders received an order to accept the truce.", []),
    ("Peskov said Putin has given no instruction to extend the moratorium on energy strikes.",
     []),
])
def test_an_order_given_declares_the_giver_s_truce(text: str, expected: list) -> None:
    assert positions(text) == expected


# Truces spoken of in general (the plural subject of its clause with no article, "every
# ceasefire") are no position; a side refusing truces of a kind still answers.
@pytest.mark.parametrize("text,expected", [
    ("Full ceasefires have been proposed again and again since 2022, by Kyiv, by Moscow and by "
     "mediators.", []),
    ("Every ceasefire that has failed in this war failed on the ground.", []),
    ("Truces are usually declared for religious holidays.", []),
    ("Each truce was broken within hours, analysts say.", []),
    # near-misses
    ("Kyiv rejects ceasefires that would freeze the front, Zelensky said.",
     [("full", "rejected", ["UA"])]),
    ("Two truces were declared by Moscow last year.", [("full", "agreed", ["RU"])]),
])
def test_truces_in_general_are_no_position(text: str, expected: list) -> None:
    assert positions(text) == expected


# A refusal negated ("We do not reject the American idea", "does not refuse") is no refusal.
@pytest.mark.parametrize("text,expected", [
    ("\"We do not reject the American idea of a truce,\" Ushakov told reporters.", []),
    ("Moscow does not refuse the proposal for a truce, Peskov said.", []),
    ("Kyiv has not rejected the Turkish plan for a pause in strikes on ports, its foreign "
     "ministry said.", []),
    # near-misses: a refusal, and a refusal "until" a condition
    ("Ukraine rejected the truce, Zelensky said.", [("full", "rejected", ["UA"])]),
    ("Russia said it would not consider a full ceasefire until Western countries stopped "
     "supplying weapons.", [("full", "rejected", ["RU"])]),
])
def test_a_negated_refusal_is_no_refusal(text: str, expected: list) -> None:
    assert positions(text) == expected


# A truce that "ceased" (to exist, to operate) has ended; "cease strikes", "cease fire" are the
# truce itself.
@pytest.mark.parametrize("text,expected", [
    ("The Black Sea navigation truce \"has ceased to exist\", Russia's Foreign Ministry declared "
     "on Wednesday.", [("black_sea", "ended")]),
    ("The truce ceased to operate at midnight, the ministry said.", [("full", "ended")]),
    ("The energy moratorium ceased to apply on Friday, Kyiv said.",
     [("energy_infrastructure", "ended")]),
    # near-misses: the halt is the truce, agreed
    ("Russia agreed to cease strikes on energy facilities for 30 days.",
     [("energy_infrastructure", "agreed")]),
    ("Both sides will cease fire at noon, the ICRC said.", [("full", "agreed")]),
])
def test_a_truce_that_ceased_has_ended(text: str, expected: list) -> None:
    assert [(s, st) for s, st, _ in positions(text)] == expected


# --- Talks -------------------------------------------------------------------------------------

def talks(text: str) -> list[tuple[str, str | None, list[str], float | None]]:
    return [(t.kind, t.place, t.parties, t.duration_hours)
            for t in ceasefire.read(text, published=PUBLISHED).talks]


# A meeting whose subject names no side and whose only side is in what it is about ("met … to
# discuss deliveries to Kyiv") is other parties' meeting, no talks; a speaker who "spoke after"
# or "spoke to reporters" had no call, the call named beside is the talks.
@pytest.mark.parametrize("text,expected", [
    ("The attack came a day after European foreign ministers met in Brussels to discuss further "
     "air-defence deliveries to Kyiv.", []),
    ("NATO defence ministers met in Ramstein on Friday to coordinate aid for Ukraine.", []),
    ("Ushakov spoke after a video call between Russian and US negotiators on Tuesday which, he "
     "said, had lasted more than two hours.", [("call", None, ["RU", "US"], 2.0)]),
    ("Peskov spoke to reporters after the call between Putin and Trump on Monday.",
     [("call", None, ["RU", "US"], None)]),
    # near-misses: the sides met; a side spoke with another
    ("Ukrainian and Russian delegations met in Istanbul on Friday to discuss a prisoner swap.",
     [("meeting", "Istanbul", ["RU", "UA"], None)]),
    ("Rubio met Lavrov in Riyadh on Tuesday to discuss a ceasefire in Ukraine.",
     [("meeting", "Riyadh", ["RU", "US"], None)]),
    ("Trump spoke to Putin for two hours on Tuesday.", [("call", None, ["RU", "US"], 2.0)]),
])
def test_who_met_and_who_only_spoke(text: str, expected: list) -> None:
    assert talks(text) == expected


# A round named by "another", or with a modifier before "round" ("the
# political-level round") is a talks mention like "the next round"; set for a day and a venue,
# it is a record with the sides of the talks before. Not a round of shelling.
@pytest.mark.parametrize("second,expected", [
    ("Another round is set for April 2, again in Istanbul.",
     [("meeting", "Istanbul", ["RU", "UA"])]),
    ("Another round is set for April 2 in Istanbul.", [("meeting", "Istanbul", ["RU", "UA"])]),
    ("Another round will be held in Geneva on April 9.",
     [("meeting", "Geneva", ["RU", "UA"])]),
    ("Another round of shelling hit Kharkiv on April 2.", []),
    ("The final round of shelling hit Kharkiv on April 2.", []),
])
def test_another_round_set_for_a_day(second: str, expected: list) -> None:
    text = "Teams from Ukraine and Russia have begun talks in Istanbul.\n\n" + second
    found = [(t.kind, t.place, t.parties)
             for t in ceasefire.read(text, published="2026-03-19").talks]
    assert found[1:] == expected


# "a violation by Russia of the moratorium": the parser hangs the truce on the agent; the
# noun above it (a violation, a breach) takes the position, the agent accused.
@pytest.mark.parametrize("text,expected", [
    ("This is a direct violation by Russia of the energy moratorium.",
     [("energy_infrastructure", "violated", ["RU"])]),
    ("The strike was a breach by Moscow of the Easter truce, Kyiv said.",
     [("full", "violated", ["RU"])]),
    ("Kyiv called the drone attack a gross violation by Russia of the Black Sea truce.",
     [("black_sea", "violated", ["RU"])]),
    # near-miss: efforts of no one's are no position
    ("Efforts by France of a ceasefire failed.", []),
])
def test_a_violation_by_a_side_of_the_truce(text: str, expected: list) -> None:
    assert positions(text) == expected
