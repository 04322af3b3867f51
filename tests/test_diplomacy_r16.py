"""Issue 13, round 16: diplomacy constructions generalised from the sixteenth blind set (truce
positions, exchanges, talks), grouped by cause in the reader's design; each with sentences
written for the test (other outlets, orders, sides, numbers) and near-misses."""
from __future__ import annotations

from functools import partial

import pytest

import ceasefire
import reading_helpers as read

PUBLISHED = "2026-05-20"  # a Wednesday
positions = partial(read.positions, published=PUBLISHED)
exchanges = partial(read.exchanges, published=PUBLISHED, categories=True)
talks = partial(read.talks, published=PUBLISHED, dated=True)


# --- Dated entries: a chronology's "June 2 -", a live blog's "14:10 -" ----------------------

# A paragraph that opens with its day (a chronology) dates the positions of its later
# sentences; one that opens with a clock time (a live blog) is of the report's day.
@pytest.mark.parametrize("text,expected", [
    ("How the pause came apart\n\nMay 4 - Ukraine agrees. Defence minister Rustem Umerov said "
     "Kyiv would halt strikes on Russian energy facilities while Moscow spares its power "
     "plants.", [("energy_infrastructure", "agreed", ("UA",), "UA", "2026-05-04")]),
    ("Chronology\n\nTuesday, 12 May: a quiet day on the front. Later the Kremlin said Putin had "
     "ordered a halt to strikes on Ukrainian energy facilities for 20 days.",
     [("energy_infrastructure", "agreed", ("RU",), "RU", "2026-05-12")]),
    ("Talks: as it happened\n\n14:10 - The Ukrainian delegation is back in the hall. Sybiha "
     "says Kyiv will not accept a humanitarian pause around the Zaporizhzhia plant.",
     [("other", "rejected", ("UA",), None, "2026-05-20")]),
    # near-miss: a paragraph with no date head is dated as before (the report's day)
    ("How the pause came apart\n\nUkraine agrees. Defence minister Rustem Umerov said "
     "Kyiv would halt strikes on Russian energy facilities while Moscow spares its power "
     "plants.", [("energy_infrastructure", "agreed", ("UA",), "UA", "2026-05-20")]),
])
def test_a_dated_entry_dates_its_positions(text: str, expected: list) -> None:
    assert positions(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Live: the Geneva round\n\n16:25 - Sikorski spoke by phone with Turkish Foreign Minister "
     "Hakan Fidan about the talks, the Polish ministry says.",
     [("call", None, ("PL", "TR"), "2026-05-20")]),
    # near-miss: talks the entry tells of with a time of their own and no day
    ("Live: the Geneva round\n\n16:25 - The swap was agreed at talks between Russia and "
     "Ukraine in Istanbul in early April.",
     [("meeting", "Istanbul", ("RU", "UA"), None)]),
])
def test_a_live_blog_entry_dates_its_call(text: str, expected: list) -> None:
    assert talks(text) == expected


# --- Truce positions ------------------------------------------------------------------------

# A proposal of a halt "by both sides" is put to both: it stays a record beside one side's
# acceptance of it (a request of one side answered would be folded into the answer).
@pytest.mark.parametrize("text,expected", [
    ("On Monday France proposed a 14-day halt to strikes on energy facilities by both sides. "
     "On Tuesday Ukraine accepted the proposal.",
     [("energy_infrastructure", "agreed", ("UA",), "FR", "2026-05-19"),
      ("energy_infrastructure", "proposed", ("FR",), "FR", "2026-05-18")]),
    ("Britain suggested on Friday a pause in strikes on power plants by the two sides. "
     "Russia accepted the proposal on Saturday.",
     [("energy_infrastructure", "agreed", ("RU",), "GB", "2026-05-16"),
      ("energy_infrastructure", "proposed", ("GB",), "GB", "2026-05-15")]),
])
def test_a_halt_proposed_by_both_sides_stays_beside_its_answer(text: str,
                                                                expected: list) -> None:
    assert positions(text) == expected


# "The moratorium lapses", "The truce ends": the tagger reads the verb as a plural noun with
# the truce for its compound; the sentence has no other verb.
@pytest.mark.parametrize("last,status", [
    ("The truce ends at noon on Sunday.", "ended"),
    ("The moratorium lapses at midnight.", "ended"),
    ("The ceasefire expires tomorrow.", "ended"),
])
def test_a_truce_that_ends_in_the_present(last: str, status: str) -> None:
    text = ("Truce timeline\n\nMay 2 - Russia and Ukraine agree a 30-day moratorium on strikes "
            "on energy facilities.\n\nMay 18 - " + last)
    assert (("energy_infrastructure", status) in
            [(p[0], p[1]) for p in positions(text)])


def test_truce_ends_as_a_plural_noun_is_no_end() -> None:
    # near-miss: "truce ends" as a noun phrase, the object of a verb
    text = ("Truce timeline\n\nMay 2 - Russia and Ukraine agree a 30-day moratorium on strikes "
            "on energy facilities.\n\nAnalysts study how past truce ends were negotiated.")
    assert [p[1] for p in positions(text)] == ["agreed"]


# What unnamed videos or reports say is no side's position nor talks.
@pytest.mark.parametrize("text", [
    "A clip shared online since Friday says Kyiv and Moscow signed an Easter truce in Baku.",
    "A video circulating on Telegram claims the two delegations agreed a ceasefire in Doha.",
    "There are reports that Russia and Ukraine will sign a ceasefire in Riyadh.",
])
def test_what_unnamed_videos_or_reports_say_is_no_position(text: str) -> None:
    assert positions(text) == []


def test_a_named_source_still_states_a_position() -> None:
    # near-miss: a side's own video statement is its position
    assert positions("In a video address, Zelensky said Ukraine accepted the ceasefire "
                     "proposal.")[0][1:3] == ("agreed", ("UA",))


# --- Talks ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Qatar said it stood ready at any time to host a new round of Russia-Ukraine talks in "
     "Doha.", []),
    ("Switzerland is willing in principle to host the next meeting of the delegations in "
     "Geneva.", []),
    ("There are reports that a fourth round of Russian-Ukrainian negotiations will be held in "
     "Jeddah.", []),
    # near-miss: a round set for a day
    ("The next round of talks between Russia and Ukraine will be held in Riyadh on May 28.",
     [("meeting", "Riyadh", ("RU", "UA"), "2026-05-28")]),
])
def test_a_venue_only_offered_or_rumoured_is_no_meeting(text: str, expected: list) -> None:
    assert talks(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Talks between Russian and Ukrainian delegations in Geneva, set for May 22, have been "
     "moved to May 29, the Swiss foreign ministry said.",
     [("meeting", "Geneva", ("RU", "UA"), "2026-05-29")]),
    ("A meeting of Russian and Ukrainian delegations in Riyadh on May 21 was postponed "
     "until May 25, Saudi officials said.",
     [("meeting", "Riyadh", ("RU", "UA"), "2026-05-25")]),
    # near-miss: a meeting held on its day, nothing moved
    ("Russian and Ukrainian delegations met in Riyadh on Monday.",
     [("meeting", "Riyadh", ("RU", "UA"), "2026-05-18")]),
])
def test_a_meeting_moved_takes_its_new_day(text: str, expected: list) -> None:
    assert talks(text) == expected


@pytest.mark.parametrize("text", [
    "Kremlin aide Yuri Ushakov says Moscow sees no reason to talk after what he calls Kyiv's "
    "provocations.",
    "Sybiha rejected what Lavrov called a compromise.",
])
def test_what_someone_calls_something_is_no_call(text: str) -> None:
    assert talks(text) == []


def test_a_palace_names_its_city() -> None:
    text = ("Ukrainian and Russian delegations met at the Ciragan Palace on Tuesday for their "
            "first direct talks since March.")
    assert talks(text) == [("meeting", "Istanbul", ("RU", "UA"), "2026-05-19")]


# --- Exchanges ------------------------------------------------------------------------------

# "Those returned were soldiers …, as well as 16 civilians": who the people of the exchange
# told before were; the count is a part of it, not a return of its own.
@pytest.mark.parametrize("second,categories", [
    ("The ombudsman said those released were mostly marines, as well as 12 civilians.",
     ("civilians", "soldiers")),
    ("The men freed on Tuesday were border guards and 9 medics, the ministry said.",
     ("soldiers",)),
])
def test_those_returned_were_is_a_part_of_the_swap(second: str, categories: tuple) -> None:
    text = "Russia and Ukraine exchanged 210 prisoners each on Tuesday. " + second
    assert exchanges(text) == [(210, 210, "completed", categories)]


def test_a_count_of_its_own_stays_an_exchange() -> None:
    # near-miss: a return of its own in a sentence of its own
    text = ("Russia and Ukraine exchanged 210 prisoners each on Tuesday. On Wednesday 12 "
            "civilians were returned to Ukraine.")
    assert len(exchanges(text)) == 2


# "146 defenders are home": people back, told with a copula.
@pytest.mark.parametrize("text,expected", [
    ("Another 88 Ukrainian defenders are home, the Coordination Headquarters said on "
     "Tuesday.", [(88, None, "completed", ("soldiers",))]),
    ("Forty Ukrainian soldiers are finally back home after a swap.",
     [(40, None, "completed", ("soldiers",))]),
    # near-miss: people at home, no captivity
    ("Forty Ukrainian families are home again after the evacuation.", []),
])
def test_people_who_are_home(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# One side's count, and the other side's same count told paragraphs later, are one swap.
def test_halves_told_apart_are_one_swap() -> None:
    text = ("Another 88 Ukrainian defenders came home on Tuesday, the headquarters said.\n\n"
            "Families gathered in Chernihiv to greet them.\n\n"
            "Russia's defence ministry said on Tuesday that 88 Russian servicemen had been "
            "returned from Ukrainian-held territory.")
    assert exchanges(text) == [(88, 88, "completed", ("soldiers",))]


def test_halves_of_other_counts_stay_apart() -> None:
    # near-miss: counts that differ are not told as one N-for-N swap (round 22: where both
    # halves are dated the same day, each side counting its own, they are one swap)
    text = ("Another 88 Ukrainian defenders came home on Tuesday, the headquarters said.\n\n"
            "Families gathered in Chernihiv to greet them.\n\n"
            "Russia's defence ministry said that 61 Russian servicemen had been "
            "returned from Ukrainian-held territory.")
    assert len(exchanges(text)) == 2


# "each side is to return N in total": the whole of a swap still to come.
@pytest.mark.parametrize("text,expected", [
    ("Under the agreement each side is to return 700 prisoners in total.",
     [(700, 700, "agreed", ("soldiers",))]),
    ("Russia and Ukraine will each release 350 captives altogether under the deal.",
     [(350, 350, "announced", ("soldiers",))]),
    # near-miss: a tally over the years
    ("Ukraine has got back 4,100 prisoners in total since 2022.", []),
])
def test_the_whole_of_a_swap_to_come(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# A truce only spoken of as possible, or in general, is no position (GUIDE).
@pytest.mark.parametrize("text", [
    "Officials in Berlin keep saying a ceasefire in Ukraine is within reach.",
    "A deal on a truce is in sight, the Finnish president told reporters.",
    "Each holiday pause ended the way the Easter truces of the past ended, in mutual "
    "accusations.",
    "Trade will not hinge on a ceasefire, the Kazakh minister said.",
    "Prisoner swaps must never depend on a truce, the ombudsman said.",
])
def test_a_truce_only_possible_or_in_general_is_no_position(text: str) -> None:
    assert positions(text) == []


@pytest.mark.parametrize("text,expected", [
    # near-misses: a truce possible only once its terms are met is a refusal until then; a
    # truce that hinges on terms is one made conditional
    ("The Kremlin said on Tuesday that a ceasefire was possible only after Ukraine leaves "
     "Zaporizhzhia region.", [("full", "rejected", ("RU",), None, "2026-05-19")]),
    ("Kyiv said any truce would depend on security guarantees.",
     [("full", "rejected", ("UA",), None, "2026-05-20")]),
])
def test_a_truce_made_conditional_is_a_refusal(text: str, expected: list) -> None:
    assert positions(text) == expected


# "Ushakov said Russia would reject it unless …": an answer said of a side by its own people,
# to the offer told just before ("it"), with its condition.
@pytest.mark.parametrize("answer,expected", [
    ("On Thursday, Kremlin spokesman Dmitry Peskov said Moscow would reject it unless Kyiv "
     "stops mobilisation.", ("rejected", ("RU",), "2026-05-14")),
    ("Russia will not accept it, Lavrov said.", ("rejected", ("RU",), "2026-05-20")),
    ("Peskov said Russia could accept it if Western arms deliveries stop.",
     ("agreed", ("RU",), "2026-05-20")),
])
def test_an_answer_said_of_a_side_to_the_offer_before(answer: str, expected: tuple) -> None:
    text = "Ukraine proposed a 30-day ceasefire on Monday, May 11. " + answer
    assert ("full",) + expected[:2] + ("UA", expected[2]) in positions(text)


@pytest.mark.parametrize("answer", [
    "Analysts said Russia would reject it.",
    "Russia would accept it, Western diplomats said.",
])
def test_a_forecast_of_an_answer_is_no_answer(answer: str) -> None:
    # near-miss: others foretelling a side's answer
    text = "Ukraine proposed a 30-day ceasefire on Monday, May 11. " + answer
    assert [p[1] for p in positions(text)] == ["proposed"]


# A third state's leader who "spoke by phone with Putin and Zelensky" made two calls, one with
# each; "the call with Putin" later is the one with Putin (its length its own).
def test_a_mediator_s_calls_with_both_sides_are_two_calls() -> None:
    text = ("Saudi Crown Prince Mohammed bin Salman spoke by phone with Vladimir Putin and "
            "Volodymyr Zelensky on Monday about a prisoner swap. The call with Putin lasted "
            "about an hour, the Saudi Press Agency said. Zelensky, who spoke with the crown "
            "prince for 20 minutes, thanked him on X.")
    reading = ceasefire.read(text, published=PUBLISHED)
    assert sorted((tuple(t.parties), t.duration_hours) for t in reading.talks) == [
        (("RU", "SA"), 1.0), (("SA", "UA"), 0.33)]


def test_a_three_way_call_is_one_call() -> None:
    # near-miss: a call of the three at once
    text = ("Trump held a three-way call with Putin and Zelensky on Monday, the White House "
            "said.")
    assert talks(text) == [("call", None, ("RU", "UA", "US"), "2026-05-18")]


# A truce under a name of its own, in apposition ('what Kyiv calls a "quiet skies week": a
# seven-day halt to …'): the verb above the name states the position.
@pytest.mark.parametrize("text,expected", [
    ('On Monday Turkey put forward what Ankara calls a "calm sea pact": a 45-day halt to '
     "attacks on merchant vessels.", [("sea", "proposed", ("TR",), "TR", "2026-05-18")]),
    ('Zelensky proposed on Monday a "quiet skies week", a seven-day pause in drone strikes.',
     [("air", "proposed", ("UA",), "UA", "2026-05-18")]),
    # near-miss: a cue noun in apposition keeps its own reading
    ("On Monday Sybiha repeated Ukraine's proposal: a full ceasefire of 20 days.",
     [("full", "proposed", ("UA",), "UA", "2026-05-18")]),
])
def test_a_truce_under_its_own_name(text: str, expected: list) -> None:
    assert positions(text) == expected


# A halt of air strikes and of attacks on ships or ports is air and sea.
@pytest.mark.parametrize("text,scope", [
    ("Kyiv proposed a 20-day halt to long-range strikes and to attacks on ports.",
     "air_and_sea"),
    ("Moscow offered a pause in missile strikes and attacks on merchant ships.", "air_and_sea"),
    # near-miss: only the strikes, on cities
    ("Kyiv proposed a halt to missile attacks on cities.", "air"),
])
def test_air_strikes_and_attacks_on_ships_are_air_and_sea(text: str, scope: str) -> None:
    assert [p[0] for p in positions(text)] == [scope]


# "N wounded and seriously ill prisoners for N": adjectives of the people, joined.
@pytest.mark.parametrize("text,expected", [
    ("Negotiators agreed on Monday on a swap of 250 wounded and seriously ill prisoners for "
     "250.", [(250, 250, "agreed", ("soldiers", "wounded"))]),
    ("Both sides agreed on a swap: 75 critically sick POWs for 75.",
     [(75, 75, "agreed", ("soldiers",))]),
])
def test_people_with_joined_adjectives(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# "The handover brought 1,000 bodies home": home is where the report's side is (Ukraine, as
# "came home" is read).
@pytest.mark.parametrize("text,expected", [
    ("The last repatriation, on May 2, brought 512 bodies home, officials recalled.",
     [(512, None, "completed", ("bodies",))]),
    ("Friday's exchange brought 84 of our defenders back home.",
     [(84, None, "completed", ("soldiers",))]),
])
def test_a_swap_that_brought_people_home(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# 'Moscow "sees no basis" for extending it': no grounds for the offer told before is a refusal
# (the quotes hang "for" on the verb, beside the noun it belongs to).
@pytest.mark.parametrize("answer", [
    'Kremlin aide Yuri Ushakov said Moscow "sees no reason" for prolonging it.',
    "Lavrov said Russia saw no grounds for extending it, citing Ukrainian violations.",
])
def test_no_grounds_for_the_offer_is_a_refusal(answer: str) -> None:
    text = ("Truce\n\nMay 11 - Zelensky proposes extending the energy moratorium by 30 days.\n\n"
            "May 13 - " + answer)
    assert ("energy_infrastructure", "rejected", ("RU",)) in [p[:3] for p in positions(text)]


def test_grounds_for_the_offer_are_no_refusal() -> None:
    # near-miss: grounds seen, not denied
    text = ("Truce\n\nMay 11 - Zelensky proposes extending the energy moratorium by 30 days.\n\n"
            'May 13 - Kremlin aide Yuri Ushakov said Moscow "sees every reason" to study it.')
    assert "rejected" not in [p[1] for p in positions(text)]


# "demands concessions before any ceasefire": the truce is when, not what is wanted.
@pytest.mark.parametrize("text,expected", [
    ("The Kremlin is demanding land concessions before any broad ceasefire.", []),
    ("Kyiv demands security guarantees ahead of a truce.", []),
    # near-misses: the truce is what is wanted; a time of the truce's own
    ("Kyiv wants a ceasefire before any talks.", [("full", "proposed", ("UA",), "UA", None)]),
    ("Russia proposed a ceasefire before Easter.", [("full", "proposed", ("RU",), "RU", None)]),
])
def test_a_truce_as_the_time_of_a_demand(text: str, expected: list) -> None:
    assert positions(text) == expected


# "According to the Kremlin's readout, Putin said …": a position in the account of the talks
# told before is of their day.
@pytest.mark.parametrize("second,date", [
    ("According to the Kremlin's readout, Putin backed a Black Sea ceasefire in principle.",
     "2026-05-18"),
    ("In its readout, the Elysee said Macron backed a 30-day ceasefire.", "2026-05-18"),
])
def test_a_position_in_a_readout_is_of_the_call_s_day(second: str, date: str) -> None:
    text = "Macron spoke by phone with Putin on Monday. " + second
    assert [p[4] for p in positions(text)] == [date]


def test_a_position_with_no_readout_is_the_report_s() -> None:
    # near-miss: no account of the call named
    text = ("Macron spoke by phone with Putin on Monday. Putin said Russia supports a Black Sea "
            "truce in principle.")
    assert [p[4] for p in positions(text)] == ["2026-05-20"]


# "we brought home 157 of our people": a side's own people brought home are those of a swap.
@pytest.mark.parametrize("text,expected", [
    ("Q: How many came back?\n\nKOSTIN: On Friday we brought home 64 of our people. The "
     "Russian side received the same number.", [(64, 64, "completed", ())]),
    ("The ombudsman said Ukraine had brought home 48 of its citizens on Friday.",
     [(48, None, "completed", ())]),
    # near-miss: people brought home from abroad, no captivity
    ("The evacuation flights brought 300 people home from Cyprus.", []),
])
def test_own_people_brought_home(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# "Among them are 19 seriously wounded soldiers" right after the exchange: who it returned (the
# sentence reads as a strike's too, for its "wounded").
@pytest.mark.parametrize("second,categories", [
    ("Among them are 12 seriously wounded soldiers.", ("soldiers", "wounded")),
    ("Of them, 14 are civilians.", ("civilians", "soldiers")),
])
def test_among_them_after_the_exchange(second: str, categories: tuple) -> None:
    text = "Russia and Ukraine swapped 90 prisoners each on Tuesday. " + second
    assert exchanges(text) == [(90, 90, "completed", categories)]


def test_among_them_in_another_paragraph_is_not_the_swap_s() -> None:
    # near-miss: a new paragraph about a strike
    text = ("Russia and Ukraine swapped 90 prisoners each on Tuesday.\n\nA drone hit a bus in "
            "Kherson. Among them are 12 seriously wounded civilians, the governor said.")
    assert exchanges(text) == [(90, 90, "completed", ("soldiers",))]


# "On Friday, Ushakov said Russia would reject it … Instead, Moscow offered a five-day pause":
# the counter-offer going on with that account is of its day.
@pytest.mark.parametrize("second,date", [
    ("Instead, the Kremlin offered a three-day humanitarian pause around Enerhodar.",
     "2026-05-15"),
    ("In response, Moscow proposed a halt to strikes on power plants.", "2026-05-15"),
])
def test_a_counter_offer_in_the_same_breath(second: str, date: str) -> None:
    text = ("Ukraine proposed a 30-day ceasefire on May 11. On Friday, Peskov said Russia would "
            "reject it unless Kyiv stops mobilisation. " + second)
    assert date in [p[4] for p in positions(text) if p[1] == "proposed" and p[2] == ("RU",)]


# '"remains open" to another round of direct talks in Istanbul': a wish, no meeting set.
@pytest.mark.parametrize("text,expected", [
    ('Zakharova said Moscow "remains open" to another round of direct talks in Istanbul.', []),
    ("Kyiv is willing to hold a further round of talks in Geneva, Sybiha said.", []),
    # near-miss: a day set
    ("Kyiv is willing to hold a further round of talks with Russia in Geneva on June 2.",
     [("meeting", "Geneva", ("RU", "UA"), "2026-06-02")]),
])
def test_talks_one_is_open_to_are_no_meeting(text: str, expected: list) -> None:
    assert talks(text) == expected
