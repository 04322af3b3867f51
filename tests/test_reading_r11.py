"""Issue 13, round 11: constructions generalised from the eleventh blind set, each with test
sentences written for the test (other verbs, orders, sides, numbers) and near-misses."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.model import Agreement

SATURDAY = "2026-11-14"


def agreements(text: str) -> list[Agreement]:
    return ceasefire.read(text, published=SATURDAY).agreements


def scopes(text: str) -> list[tuple[str, str]]:
    return [(a.scope, a.status) for a in agreements(text)]


# GUIDE: a local or humanitarian pause (collecting bodies, letting civilians leave, a repair,
# fields of a region) is scope other, whatever words name its purpose
@pytest.mark.parametrize("text,expected", [
    ("Kyiv proposed a three-day pause to evacuate the remaining civilians from Vovchansk.",
     [("other", "proposed")]),
    ("Moscow offered a 12-hour ceasefire so that residents could leave the besieged town.",
     [("other", "proposed")]),
    ("On 4 August Ukraine proposed a 10-day halt to shelling of farmland in the east so that "
     "wheat could be harvested.", [("other", "proposed")]),
    # a "harvest truce" alone names no section of the front: writers of two sets (and round
    # 27D) read it whole, where this round had read it local
    ("The Kremlin rejected a Ukrainian call for a harvest truce on Tuesday.",
     [("full", "rejected")]),
    ("Russia agreed to a two-day evacuation pause in Huliaipole.", [("other", "agreed")]),
    # near-misses: a truce that only mentions people in general stays full
    ("Zelensky proposed a 30-day ceasefire that would save thousands of lives.",
     [("full", "proposed")]),
])
def test_a_pause_for_a_humanitarian_purpose_is_local(text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert scopes(text) == expected


# the sites a halt spares give its scope, before the weapon it names
@pytest.mark.parametrize("text,expected", [
    ("Ukraine announced a unilateral 48-hour halt to its long-range drone strikes on Russian "
     "oil refineries.", [("energy_infrastructure", "agreed")]),
    ("Moscow proposed a pause in missile attacks against Ukraine's thermal power plants.",
     [("energy_infrastructure", "proposed")]),
    ("Kyiv rejected a halt to drone attacks on the gas infrastructure of both sides.",
     [("energy_infrastructure", "rejected")]),
    # near-misses: a halt to strikes on cities, or by drones alone, is an air truce
    ("Ukraine proposed a halt to long-range drone strikes on cities.", [("air", "proposed")]),
    ("Russia proposed a moratorium on drone and missile strikes.", [("air", "proposed")]),
])
def test_a_halt_to_strikes_on_energy_sites_is_an_energy_truce(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert scopes(text) == expected


# an answer in kind to a truce the other side declared: agreed, or rejected where it is refused
@pytest.mark.parametrize("answer,status", [
    ("Peskov said Moscow takes note of the move but will not reciprocate.", "rejected"),
    ("The Kremlin said it has no plans to follow suit.", "rejected"),
    ("Russia's foreign ministry said Moscow won't respond in kind.", "rejected"),
    ("The Kremlin refused to reciprocate on Saturday.", "rejected"),
    ("Peskov said Russia would reciprocate.", "agreed"),
    ("The Kremlin said Moscow would follow suit from Sunday.", "agreed"),
])
def test_an_answer_in_kind_refused_is_a_rejection(answer: str, status: str) -> None:
    text = ("Ukraine announced on Friday a unilateral 72-hour halt to strikes on Russian oil "
            "refineries.\n\n" + answer)
    found = [(a.status, a.parties, a.proposed_by) for a in agreements(text)]
    assert found == [("agreed", ["UA"], "UA"), (status, ["RU"], "UA")]


# a truce's own verb of ending after a long relative clause, which the parser may hang on the
# clause's last noun: the truce ended; a verb of ending with a subject of its own does not end it
@pytest.mark.parametrize("text,ended", [
    ("The three-day ceasefire that Putin declared on May 4 for the Victory Day holidays ended "
     "at midnight on Sunday, Peskov said on Tuesday.", True),
    ("A 30-hour pause which Kyiv had offered to Moscow through Turkish mediators for the grain "
     "harvest lapsed on Friday, Ukrainian officials said.", True),
    ("The truce that Ukraine and Russia agreed in Istanbul for the Christmas period collapsed "
     "on Thursday, officials said.", True),
    ("The truce that Putin declared after the talks in Istanbul ended on Sunday was welcomed "
     "by Kyiv.", False),
    ("The truce that Russia declared when the holidays ended was short.", False),
])
def test_an_end_hung_in_the_relative_clause_is_the_truce_s(text: str, ended: bool) -> None:
    assert ("ended" in [a.status for a in agreements(text)]) is ended


@pytest.mark.parametrize("text,scope", [
    ("Peskov said Russia would be ready for an air truce if Ukraine stops its strikes on "
     "Russian refineries.", "air"),
    ("Sybiha said Kyiv backs the idea of a truce over the New Year, mainly to stop strikes on "
     "energy infrastructure.", "full"),
])
def test_strikes_on_energy_sites_outside_the_truce_s_phrase_give_no_scope(text: str,
                                                                          scope: str) -> None:
    assert [a.scope for a in agreements(text)] == [scope]


# a bare answer ("rejected it", "declined") by a side named through its office, or explained
# after a comma, answers the offer just made
@pytest.mark.parametrize("answer,expected", [
    ("Russia's foreign ministry rejected it the next day, calling it \"a stunt\".",
     [("rejected", ["RU"], "2025-09-03")]),
    ("The Kremlin's press office declined the following day.",
     [("rejected", ["RU"], "2025-09-03")]),
    ("The Russian defence ministry turned it down, saying the offer was a trick.",
     [("rejected", ["RU"], "2025-09-02")]),
    ("Moscow accepted it the next day, adding that monitors would be needed.",
     [("agreed", ["RU"], "2025-09-03")]),
    # near-miss: no answer, only a report of it
    ("Russia's foreign ministry reported it the next day.", []),
])
def test_a_bare_answer_by_a_side_s_office_answers_the_offer(
        answer: str, expected: list[tuple[str, list[str], str]]) -> None:
    text = "On 2 September 2025 Ukraine proposed a 14-day ceasefire. " + answer
    found = [(a.status, a.parties, str(a.date)) for a in agreements(text)]
    assert found[0][:2] == ("proposed", ["UA"])
    assert found[1:] == expected


OFFER_THURSDAY = ("U.S. envoy Keith Kellogg put forward a plan for a 30-day halt to air and naval "
                  "attacks on Thursday. ")


# what a truce must include, said beside an answer, is a term of the offer answered, not a
# truce of another scope; an offer named by a state with dots ("the U.S. plan") is the offer
@pytest.mark.parametrize("answer,expected", [
    ('"We accept the American proposal in principle, but a truce in the air must include the '
     'guided bombs," Ukraine\'s foreign minister told reporters.',
     [("air_and_sea", "agreed", ["UA"])]),
    ("Kyiv accepted the plan on Friday, but said any ceasefire has to cover glide bombs as well.",
     [("air_and_sea", "agreed", ["UA"])]),
    ("Moscow rejected the U.S. plan, saying a truce at sea should first be verified by monitors.",
     [("air_and_sea", "rejected", ["RU"])]),
    ("Moscow rejected the U.S. plan on Friday.", [("air_and_sea", "rejected", ["RU"])]),
    # near-miss: a demand on a truce with no answer is no position
    ("A truce in the air must include the guided bombs, the minister said.", []),
])
def test_a_truce_s_terms_beside_an_answer_keep_the_offer_s_scope(
        answer: str, expected: list[tuple[str, str, list[str]]]) -> None:
    found = [(a.scope, a.status, a.parties) for a in agreements(OFFER_THURSDAY + answer)]
    assert found == [("air_and_sea", "proposed", ["US"])] + expected


# a line's label governs every figure of the line that names no verb of its own, across the
# ";" and "," between the items ("Down:" is a tally's label for those brought down)
@pytest.mark.parametrize("line,expected", [
    ("Shot down: 5 Kalibr; 87 drones", [("intercepted", "cruise_missile", 5),
                                         ("intercepted", "drone", 87)]),
    ("- Down: 3 missiles, 52 drones", [("intercepted", "missile", 3),
                                       ("intercepted", "drone", 52)]),
    ("Hits - 6 drones; 2 ballistic missiles", [("hit", "drone", 6),
                                               ("hit", "ballistic_missile", 2)]),
    ("Destroyed: 14 Shaheds; 1 Iskander-K", [("intercepted", "drone", 14),
                                             ("intercepted", "cruise_missile", 1)]),
    # near-misses: an item with a verb of its own keeps it; a label with no verb gives none
    ("Shot down: 30 drones; 5 missiles hit their targets", [("intercepted", "drone", 30),
                                                           ("hit", "missile", 5)]),
    ("Update: 40 drones; 2 missiles", [("launched", "drone", 40), ("launched", "missile", 2)]),
])
def test_a_line_s_label_governs_all_its_items(line: str,
                                               expected: list[tuple[str, str, int]]) -> None:
    from ceasefire.read.quantities import find_figures
    assert [(f.metric, f.weapon, f.value) for f in find_figures(line)] == expected


# a credit line ("Per: …", "Data: … (as of 09:00)", "Via: …") names the source of the figures
# it heads, as "Source: …" does
@pytest.mark.parametrize("credit", [
    "Per: Air Force morning report, via Ukrinform",
    "Data: Air Force of the Armed Forces of Ukraine (as of 08:30)",
    "Via: Ukraine's Air Force",
    "Source: the Ukrainian Air Force (Telegram, 07:45)",
])
def test_a_credit_line_heading_figures_credits_them(credit: str) -> None:
    text = ("Night of drones: the numbers\n\n" + credit + "\nLaunched: 61 drones; 2 missiles\n"
            "Shot down: 48 drones\n")
    reading = ceasefire.read(text, published="2026-06-05")
    figures = [(q.metric, q.value, s.claimed_by) for s in reading.strikes for q in s.quantities]
    assert sorted(figures) == [("intercepted", 48, "Ukrainian Air Force"),
                               ("launched", 2, "Ukrainian Air Force"),
                               ("launched", 61, "Ukrainian Air Force")]


def test_a_line_that_only_names_a_place_credits_nothing() -> None:
    text = ("Night of drones: the numbers\n\nPer: region\nLaunched: 61 drones\n")
    reading = ceasefire.read(text, published="2026-06-05")
    assert [s.claimed_by for s in reading.strikes] == [None]


def _figures(sentence: str) -> list[tuple[str, str | None, float | None, str]]:
    from ceasefire.read.quantities import find_figures
    return [(f.metric, f.weapon, f.value, f.qualifier) for f in find_figures(sentence)]


# a part of a set with a relative clause of launching, however long, takes the main verb
@pytest.mark.parametrize("sentence,part", [
    ("Thirty of the 41 drones Russia launched at the south of Ukraine overnight were shot "
     "down, the Air Force said.", ("intercepted", "drone", 30)),
    ("12 of the 20 missiles that Moscow fired at western regions overnight were intercepted.",
     ("intercepted", "missile", 12)),
    ("Nine of the 15 Shaheds the Russians sent toward Odesa were downed.",
     ("intercepted", "drone", 9)),
])
def test_a_part_of_a_set_launched_takes_the_main_verb(sentence: str,
                                                       part: tuple[str, str, int]) -> None:
    assert _figures(sentence)[0][:3] == part
    assert _figures(sentence)[1][0] == "launched"


# "in all" totals; it is no "all" of the weapons
@pytest.mark.parametrize("sentence,expected", [
    ("So 119 in all were shot down or suppressed.", [("intercepted", None, 119, "exact")]),
    ("In all, 57 drones were destroyed.", [("intercepted", "drone", 57, "exact")]),
    ("All drones were shot down.", [("intercepted", "drone", None, "all")]),
])
def test_in_all_is_a_total_not_every_one(sentence: str, expected: list[tuple]) -> None:
    assert _figures(sentence) == expected


# a correction: the figure corrected away and one the outlet takes back are no figures; the
# correcting figure replaces the source's earlier one of its weapon
@pytest.mark.parametrize("sentence,expected", [
    ("Correction from the Air Force: 66 drones were shot down, not 64 as stated earlier.",
     [("intercepted", "drone", 66, True)]),
    ("The ministry said 70 drones were downed, rather than the 64 it reported before.",
     [("intercepted", "drone", 70, True)]),
    ("CORRECTION: An earlier version of this story said 54 drones had been shot down.", []),
    ("We wrongly reported that 12 missiles were intercepted.", []),
    # near-miss: no earlier figure named
    ("Russia launched 40 drones, not all of which were shot down.",
     [("launched", "drone", 40, False)]),
])
def test_a_correction_keeps_only_the_corrected_figure(sentence: str, expected: list) -> None:
    from ceasefire.read.quantities import find_figures
    assert [(f.metric, f.weapon, f.value, f.update) for f in find_figures(sentence)] == expected


def test_a_corrected_figure_replaces_the_earlier_one_of_its_weapon_only() -> None:
    text = ("The Air Force said Russia launched 80 drones and 4 missiles; 64 drones and 3 missiles "
            "were shot down.\n\nCorrection from the Air Force: 66 drones were shot down, not 64 "
            "as stated earlier.")
    reading = ceasefire.read(text, published="2025-10-17")
    downed = sorted((q.weapon, q.value) for s in reading.strikes for q in s.quantities
                    if q.metric == "intercepted")
    assert downed == [("drone", 66), ("missile", 3)]


def _all_quantities(text: str, published: str = "2025-11-25") -> list[tuple[str, float | None]]:
    reading = ceasefire.read(text, published=published)
    return sorted((q.metric, q.value) for s in reading.strikes for q in s.quantities)


_BODY = ("\n\nThe Air Force said Russia attacked overnight with 94 drones and 3 missiles. Air "
         "defences shot down 79 drones.")


# GUIDE: a headline figure that restates the body's is no quantity (however loosely it words
# the metric); a headline figure the body does not give, or a lead with its full stop, stays
@pytest.mark.parametrize("headline,expected", [
    ("In the night enemy attacked by 94 UAV and 3 missiles, 79 neutralized", []),
    ("Air defence downs 79 of 94 drones over the north", []),
    ("In the night enemy attacked by 120 UAV and 3 missiles, 79 neutralized",
     [("launched", 120)]),
    # a lead with its full stop is read; the nationwide tally is the Air Force's, whose report
    # then gives the same figures (round 28: "Russia" names the attacker, no place abroad)
    ("Russia launched 94 drones and 3 missiles overnight.", []),
    ("Russia launched 94 drones and 3 missiles overnight, killing two people.",
     [("killed", 2), ("launched", 3), ("launched", 94)]),
])
def test_a_headline_restating_the_body_adds_no_figures(headline: str, expected: list) -> None:
    body = [("intercepted", 79), ("launched", 3), ("launched", 94)]
    found = _all_quantities(headline + _BODY)
    assert found == sorted(body + expected)


# "N of M" with no noun: M is how many came where a verb of the air tally follows it
@pytest.mark.parametrize("sentence,expected", [
    ("Over the south: 48 of 63 downed", [("intercepted", 48), ("launched", 63)]),
    ("Air defence: 61 of 70 were shot down over Kyiv", [("intercepted", 61), ("launched", 70)]),
])
def test_an_elided_whole_before_a_tally_verb_was_launched(sentence: str, expected: list) -> None:
    assert [(m, v) for m, _, v, _ in _figures(sentence)] == expected


def test_an_elided_whole_of_casualties_is_no_launch() -> None:
    assert "launched" not in [m for m, *_ in _figures("3 of 5 were killed")]


# "all but N of the X": the whole the source launched less N, in the sentence or before it;
# no whole told, no figure
@pytest.mark.parametrize("text,expected", [
    ("The Air Force said Russia fired 9 cruise missiles at Lviv; all but two were shot down.",
     [("intercepted", "cruise_missile", 7), ("launched", "cruise_missile", 9)]),
    ("The Air Force said the enemy attacked with 7 Iskander-M ballistic missiles and 85 drones. "
     "All but two of the ballistic missiles and 64 drones were shot down.",
     [("intercepted", "ballistic_missile", 5), ("intercepted", "drone", 64),
      ("launched", "ballistic_missile", 7), ("launched", "drone", 85)]),
    ("The Air Force said all but three of the drones were destroyed.", []),
])
def test_all_but_n_is_the_whole_less_n(text: str, expected: list) -> None:
    reading = ceasefire.read(text, published="2025-10-17")
    found = sorted((q.metric, q.weapon, q.value) for s in reading.strikes for q in s.quantities)
    assert found == expected


# talks named as what a step serves ("to give the talks a chance") are no meeting; talks held
# beside it stay
@pytest.mark.parametrize("text,expected", [
    ('Ukraine announced on Friday a 48-hour halt to its strikes on refineries, "to give the '
     'talks a chance", an official said.', []),
    ("Kyiv paused its strikes on Friday to give negotiations more time, an official said.", []),
    ("Moscow said it was giving diplomacy another chance on Thursday.", []),
    ("The delegations will hold talks in Istanbul on Monday to give the truce a chance.",
     [("meeting", "Istanbul")]),
])
def test_talks_given_a_chance_are_no_meeting(text: str, expected: list) -> None:
    talks = ceasefire.read(text, published=SATURDAY).talks
    assert [(t.kind, t.place) for t in talks] == expected


# a truce told with no position on it (units holding their fire, a pause beginning), then a
# position on "the pause" in the next paragraphs: that truce's position, with its scope and
# length; the purpose of the halt gives its scope wherever its clause says it
@pytest.mark.parametrize("text,expected", [
    ("Ukrainian and Russian units near Kupiansk held their fire for six hours on Wednesday so "
     "that both sides could collect the bodies of fallen soldiers from the grey zone, the ICRC "
     "said.\n\nThe pause, arranged through the ICRC, was agreed by the commands of both sides.",
     [("other", "agreed", ["RU", "UA"], 0.25)]),
    ("Troops on both sides held fire for 12 hours on Sunday to let civilians leave "
     "Kostiantynivka.\n\nThe pause had been accepted by Moscow on Saturday.",
     [("other", "agreed", ["RU"], 0.5)]),
    ("A three-day pause to evacuate the wounded began on Monday.\n\nThe pause was rejected by "
     "Kyiv.",
     [("other", "rejected", ["UA"], 3)]),
])
def test_a_position_on_a_truce_told_before_takes_its_terms(text: str, expected: list) -> None:
    found = [(a.scope, a.status, a.parties, a.duration_days) for a in agreements(text)]
    assert found == expected


# an extension's length before its object ("agreed to extend by five days a local ceasefire")
@pytest.mark.parametrize("text,days", [
    ("Russia and Ukraine agreed to extend by five days a local ceasefire around the plant that "
     "allows repairs.", 5),
    ("Kyiv and Moscow agreed to prolong by 48 hours the truce near the plant for repairs.", 2),
    ("Both sides agreed to extend the local ceasefire at the plant by three days.", 3),
])
def test_an_extension_s_length_before_its_object(text: str, days: float) -> None:
    assert [a.duration_days for a in agreements(text)] == [days]


# one side's count and both sides' counts of one swap are one exchange, whichever comes first;
# a separate return with another count stays its own
@pytest.mark.parametrize("text,expected", [
    ("Eighty-four Ukrainians returned from Russian captivity on Tuesday, Zelensky said.\n\n"
     "Russia's defence ministry said 84 Russian servicemen were returned on Tuesday. In return, "
     "84 Ukrainian prisoners of war were handed over.", [(84, 84)]),
    ("Russia and Ukraine each handed over 150 prisoners on Tuesday, the ministry said.\n\n"
     "150 Ukrainian defenders came home on Tuesday, Zelensky said.", [(150, 150)]),
    ("Russia and Ukraine each handed over 150 prisoners on Tuesday, the ministry said.\n\n"
     "Separately, 19 seriously wounded Ukrainian soldiers were returned to Ukraine on Tuesday.",
     [(150, 150), (19, None)]),
])
def test_one_side_s_count_of_a_swap_told_both_ways_is_one_exchange(text: str,
                                                                    expected: list) -> None:
    exchanges = ceasefire.read(text, published="2026-08-04").exchanges
    assert [(e.returned_to_ua, e.returned_to_ru) for e in exchanges] == expected


# "two of our power engineers": a count of the people after a possessive
@pytest.mark.parametrize("sentence,expected", [
    ("Two of our power engineers were injured and received medical help.", [("injured", 2)]),
    ("Three of their shift workers were killed.", [("killed", 3)]),
    ("Two of its drones were shot down.", [("intercepted", 2)]),
])
def test_a_count_after_a_possessive_counts_the_noun(sentence: str, expected: list) -> None:
    assert [(m, v) for m, _, v, _ in _figures(sentence)] == expected


# the outlet hands over to a statement it reprints: the figures in it are that body's
@pytest.mark.parametrize("opening", [
    "We publish the statement of DTEK in full.",
    "Below is the full text of Ukrenergo's statement:",
    "We reprint the post by the State Emergency Service.",
])
def test_a_reprinted_statement_is_its_author_s(opening: str) -> None:
    text = ("Power plant damaged overnight\n\n" + opening + "\n\n\"Overnight on 30 December, "
            "Russian forces attacked one of our plants. Two of our engineers were injured.\"")
    reading = ceasefire.read(text, published="2025-12-30")
    claimed = [(s.claimed_by, q.value) for s in reading.strikes for q in s.quantities]
    assert len(claimed) == 1 and claimed[0][1] == 2 and claimed[0][0] is not None


def test_a_reprint_of_an_agency_credits_no_one() -> None:
    text = ("Power plant damaged overnight\n\nWe reprint the report by Reuters.\n\n"
            "\"Overnight Russian forces attacked a plant. Two engineers were injured.\"")
    reading = ceasefire.read(text, published="2025-12-30")
    assert [s.claimed_by for s in reading.strikes if s.quantities] == [None]


# "he" after a person who took a position on a truce speaks for that person's side
@pytest.mark.parametrize("second,expected", [
    ("He offered a 30-day halt to strikes on energy infrastructure instead.",
     ("energy_infrastructure", "proposed", ["RU"], "RU")),
    ("In the same interview he proposed a truce at sea.", ("sea", "proposed", ["RU"], "RU")),
])
def test_he_after_a_person_s_position_is_that_side(second: str, expected: tuple) -> None:
    text = ("On Monday, Zelensky proposed a full ceasefire for 60 days.\n\nOn Wednesday, Russian "
            "Foreign Minister Sergei Lavrov rejected the proposal. " + second)
    found = [(a.scope, a.status, a.parties, a.proposed_by) for a in agreements(text)]
    assert found[-1] == expected


def test_he_with_no_person_before_names_no_side() -> None:
    text = "The talks went on for hours.\n\nHe offered a 30-day halt to strikes on power plants."
    assert [a.parties for a in agreements(text)] in ([], [[]])
