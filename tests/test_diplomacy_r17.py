"""Issue 13, round 17: diplomacy constructions generalised from the eighteenth blind set
(invented20); each with sentences written for the test (other sides, names, numbers and orders)
and near-misses that must not be read."""
from __future__ import annotations

from functools import partial

import pytest

import ceasefire
import reading_helpers as read

PUBLISHED = "2026-03-11"  # a Wednesday
positions = partial(read.positions, published=PUBLISHED)
exchanges = partial(read.exchanges, published=PUBLISHED)
talks = partial(read.talks, published=PUBLISHED)


# --- A truce named by its holiday is a truce of its own -------------------------------------

# "the Christmas truce" after a local pause is not that pause: a full truce, not `other`.
@pytest.mark.parametrize("text,scope", [
    ("Moscow offered brief pauses near Vuhledar so that both armies could recover their "
     "wounded. Separately, Kyiv accused Russia of breaking the Christmas truce.", "full"),
    ("Kyiv offered a short pause around the dam to let engineers inspect it. On Tuesday the "
     "Kremlin accused Ukraine of violating the Easter ceasefire.", "full"),
])
def test_a_holiday_truce_is_not_the_local_pause_before(text: str, scope: str) -> None:
    violated = [p for p in positions(text) if p[1] == "violated"]
    assert violated and all(p[0] == scope for p in violated)


def test_a_holiday_after_a_local_pause_is_only_its_day() -> None:
    # near-miss: the holiday is the day of the local pause, not a truce's name
    text = ("Russia proposed a local pause around the dam on Christmas Eve so that engineers "
            "could inspect it.")
    assert [p[0] for p in positions(text)] == ["other"]


# --- A transcript's question speaks for no side ---------------------------------------------

# "Q: Moscow says Kyiv broke it." then the Ukrainian official's answer with "our": the answer's
# "our" is not Moscow's, so the side the answer accuses is read as the parse gives it.
def test_the_answer_after_a_question_is_not_the_questions_side() -> None:
    text = ("BRIEFING BY THE FOREIGN MINISTRY SPOKESMAN HEORHII TYKHYI (EXCERPTS)\n\n"
            "Q: Moscow says Kyiv broke the Christmas truce.\n"
            "TYKHYI: This is false. It was the Russian side that broke the Christmas truce, "
            "dozens of times, and our army has the footage.")
    violated = {p[2] for p in positions(text) if p[1] == "violated"}
    assert ("RU",) in violated and ("UA",) in violated


def test_a_speaker_named_in_the_report_still_speaks_for_our() -> None:
    # near-miss: a sentence with a claimant, not a question, still lends "our" its side
    text = ("Russia's foreign ministry said Kyiv had broken the Easter truce. "
            "Our monitors logged every violation, it added.")
    violated = [p for p in positions(text) if p[1] == "violated"]
    assert violated and all(p[2] == ("UA",) for p in violated)


# --- Naming, not calling --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Foreign Minister Kuleba calls the strike "a message to every mediator".',
    'The navy says a missile hit a tanker at Izmail and calls it "a plain breach of the pact".',
    'Peskov called the proposal "a theatrical gesture" on Thursday.',
])
def test_calling_something_a_quoted_name_is_no_call(text: str) -> None:
    assert talks(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Erdogan called Putin on Sunday to discuss the grain corridor.",
     [("call", None, ("RU", "TR"))]),
    ('Macron said the call with Zelensky was "frank and useful".',
     [("call", None, ("FR", "UA"))]),
])
def test_a_call_with_a_quote_after_it_is_still_a_call(text: str, expected: list) -> None:
    assert talks(text) == expected


# --- A chronology's bare answers in the historic present ------------------------------------

@pytest.mark.parametrize("answer,status,side,day", [
    ("February 4 - Russia refuses.", "rejected", "RU", "2026-02-04"),
    ("February 3 - Ukraine accepts.", "agreed", "UA", "2026-02-03"),
    ("3 February: Kyiv agrees.", "agreed", "UA", "2026-02-03"),
])
def test_a_chronologys_present_tense_answer_answers_the_offer(answer: str, status: str,
                                                               side: str, day: str) -> None:
    text = ("February 2 - Turkey proposes a ten-day pause in strikes on Black Sea ports.\n\n"
            + answer)
    assert ("black_sea", status, (side,), "TR", day) in positions(text)


@pytest.mark.parametrize("entry", [
    "February 4 - Russia refuses to comment on the shelling of Kherson.",
    "February 4 - Russia agrees to a prisoner swap.",
])
def test_an_entry_that_is_no_bare_answer_answers_nothing(entry: str) -> None:
    text = ("HOW THE PORT PAUSE WENT\n\n"
            "February 2 - Turkey proposes a ten-day pause in strikes on Black Sea ports.\n\n"
            + entry)
    assert [p for p in positions(text) if p[2] == ("RU",)] == []


# --- A proposal whose terms after a colon bind both sides is put to both -------------------

# put to both, it stays a record of its own beside each side's answer (not a request of one
# side that the answer's proposer stands for)
@pytest.mark.parametrize("offer", [
    'February 2 - Norway proposes a "port truce" in the Black Sea: for 45 days, neither side '
    "would fire on cargo ships.",
    "February 2 - Turkey proposes a truce in the Black Sea: for a month, both sides would "
    "spare the grain ports.",
])
def test_terms_after_a_colon_put_the_offer_to_both(offer: str) -> None:
    found = positions(offer + "\n\nFebruary 3 - Ukraine accepts.")
    proposer = found[0][3] if found else None
    assert ("black_sea", "proposed", (proposer,), proposer, "2026-02-02") in found
    assert any(p[1] == "agreed" and p[2] == ("UA",) for p in found)


def test_a_request_of_one_side_answered_is_still_the_answers_proposer() -> None:
    # near-miss: asked of one side, no terms for both: the answer stands for it
    text = ("February 2 - Turkey asks Russia to halt attacks on ships in the Black Sea.\n\n"
            "February 3 - Russia accepts.")
    assert [p[1] for p in positions(text)] == ["agreed"]


# --- A breach at sea while the Black Sea truce is in force is of that truce ----------------

def test_a_breach_at_sea_is_of_the_black_sea_truce_in_force() -> None:
    text = ("On Monday Russia and Ukraine agreed to a truce on shipping in the Black Sea. "
            "On Wednesday Kyiv accused Moscow of attacking a grain ship with naval drones.")
    violated = [p for p in positions(text) if p[1] == "violated"]
    assert violated and all(p[0] == "black_sea" for p in violated)


def test_a_breach_in_the_air_keeps_its_own_scope() -> None:
    # near-miss: only the sea is narrowed to the Black Sea truce in force
    text = ("On Monday Russia and Ukraine agreed to a truce on shipping in the Black Sea. "
            "On Wednesday Kyiv accused Moscow of breaking the air truce with drone raids.")
    violated = [p for p in positions(text) if p[1] == "violated"]
    assert violated and all(p[0] != "black_sea" for p in violated)


# --- An explainer's "How …" standfirst tells no position of its own ------------------------

def test_a_how_standfirst_is_no_proposal() -> None:
    text = ("How a Norwegian plan to stop attacks on cargo ships came and went.\n\n"
            "March 2 - Norway proposes a pause in attacks on cargo ships in the Black Sea.")
    assert [(p[1], p[4]) for p in positions(text)] == [("proposed", "2026-03-02")]


@pytest.mark.parametrize("text", [
    "However, Russia rejected the ceasefire on Monday.",
    "How long the truce holds is unclear; Russia rejected the ceasefire on Monday.",
])
def test_however_and_how_long_still_state_positions(text: str) -> None:
    assert [p[1] for p in positions(text)] == ["rejected"]


# --- Exchanges: a swap of "N on each side", still being prepared, or a later stage ----------


@pytest.mark.parametrize("text,expected", [
    # the swap's kind names its people ("a prisoner exchange of …"), the count both sides'
    ("Two officials say a POW swap of about 120 on each side is planned for Easter.",
     [(120, 120, "announced")]),
    # "is being prepared": a swap still to come
    ('The paper, citing a diplomat, says a prisoner exchange of "roughly 90 on each side" '
     "is being arranged.", [(90, 90, "announced")]),
    ("A swap of 64 for 64 is being finalised, the ombudsman said.", [(64, 64, "announced")]),
])
def test_a_swap_of_n_on_each_side(text: str, expected: list) -> None:
    assert exchanges(text) == expected


@pytest.mark.parametrize("text", [
    "The prisoner exchange was the 58th of the war, and 30 reporters watched it.",
    "Shelling killed 14 on each side of the river overnight.",
    "Officials said 84 prisoners were being held in a camp near Rostov.",
])
def test_counts_that_are_no_swap(text: str) -> None:
    assert exchanges(text) == []


def test_a_later_stage_of_the_exchange_told_hours_before() -> None:
    text = ("09:10 Ukraine and Russia swapped 96 prisoners each this morning.\n\n"
            "11:00 The ombudsman says he spoke with his Russian counterpart about civilians.\n\n"
            "13:30 No date yet for the next round.\n\n"
            "16:45 A source in Kyiv says the next stage will involve about 250 people on each "
            "side.")
    assert (250, 250, "announced") in exchanges(text)


def test_a_count_on_each_side_with_no_exchange_before_is_none() -> None:
    # near-miss: no exchange told in the report, so "the next round" is of something else
    text = ("13:30 No date yet for the next round of the tournament.\n\n"
            "16:45 The next stage will involve about 250 players on each side.")
    assert exchanges(text) == []


# --- "the call" told before, named on the way to a meeting of the sentence's own ------------

def test_the_call_named_before_a_meeting_verb_is_the_call_told_before() -> None:
    text = ("Monday's papers lead on Sunday's phone call between Erdogan and Putin.\n\n"
            "Another daily says Kyiv was not briefed on the call beforehand, and that "
            "Zelensky will meet Erdogan in Ankara on Thursday.")
    assert talks(text) == [("call", None, ("RU", "TR")), ("meeting", "Ankara", ("TR", "UA"))]


def test_the_call_alone_still_refers_back() -> None:
    # near-miss: no verb of new talks after it, so the sentence adds no talks
    text = ("Monday's papers lead on Sunday's phone call between Erdogan and Putin.\n\n"
            "Another daily says Kyiv was not briefed on the call beforehand.")
    assert talks(text) == [("call", None, ("RU", "TR"))]


# --- Asked about a truce; versions of a refuted claim ---------------------------------------

def test_asked_about_the_offer_is_no_offer_of_ones_own() -> None:
    text = ("On March 2, Zelensky proposed a halt to strikes on ports over the spring. "
            "Asked about the offer on Tuesday, Kremlin aide Yuri Ushakov said he had no comment.")
    assert [(p[1], p[2]) for p in positions(text)] == [("proposed", ("UA",))]


def test_asking_a_side_to_agree_is_still_a_proposal() -> None:
    # near-miss: "asked X to agree to a truce" is a request, a proposal of the one who asks
    text = "On Tuesday Macron asked Putin to agree to a ceasefire over the holidays."
    assert [(p[1], p[3]) for p in positions(text)] == [("proposed", "FR")]


def test_versions_of_a_refuted_claim_are_hearsay() -> None:
    text = ("CLAIM: Posts say Kyiv and Moscow have signed a spring truce.\n\n"
            "Other versions claim the pause was signed at the Riyadh talks.")
    assert positions(text) == [] and talks(text) == []


# --- An interview's exchanges: "N for N" turns later, what "we received" --------------------

def test_n_for_n_turns_after_the_swap_completes_it() -> None:
    text = ("HOST: On Sunday 212 Ukrainians came home. Who were they?\n"
            "KOVAL: Mostly soldiers, and nine civilians.\n"
            "HOST: And the Russians got the same?\n"
            "KOVAL: Yes, 212 for 212.")
    assert exchanges(text) == [(212, 212, "completed")]


def test_n_for_n_of_another_number_is_not_that_swap() -> None:
    # near-miss: a ratio restating no count told before, far from it: not read into the swap
    text = ("HOST: On Sunday 212 Ukrainians came home. Who were they?\n"
            "KOVAL: Mostly soldiers, and nine civilians.\n"
            "HOST: How many were there in the spring?\n"
            "KOVAL: That time the score was 3 for 3 in the ferry tickets draw.")
    assert exchanges(text) == [(212, None, "completed")]


@pytest.mark.parametrize("text,expected", [
    ("On May 3 we received 512 bodies, and Russia received 27.", [(512, 27, "completed")]),
    ("Russia got back 19 bodies, while we received 640.", [(640, 19, "completed")]),
])
def test_what_we_received_beside_the_other_sides_count(text: str, expected: list) -> None:
    assert exchanges(text) == expected


# --- A transcript turn's speaker speaks all of it -------------------------------------------

TURN = ("From the weekly briefing of Maria Zakharova, the Russian Foreign Ministry spokeswoman.\n\n"
        "Q: Kyiv has proposed a ten-day ceasefire from May 9. Will Moscow accept it?\n"
        "ZAKHAROVA: We have read the statement. {answer}\n")


def test_a_later_sentence_of_a_turn_speaks_for_its_speaker() -> None:
    text = TURN.format(answer="A ten-day ceasefire on those terms is unacceptable to us.")
    assert ("full", "rejected", ("RU",)) in [p[:3] for p in positions(text)]


def test_a_turn_that_refuses_nothing_gives_no_answer() -> None:
    # near-miss: the turn's speaker takes no position
    text = TURN.format(answer="The minister will speak about it on Friday.")
    assert [p[1] for p in positions(text)] == ["proposed"]


# --- A habit of the war; "such a moratorium" is the one on the table -------------------------

@pytest.mark.parametrize("text", [
    "Every few weeks, someone in Kyiv or Moscow declares a truce for a feast day.",
    "Each time a ceasefire is announced, both sides accuse each other within hours.",
    "Whenever Moscow offers a pause, Kyiv calls it a trick.",
])
def test_a_habit_told_in_general_is_no_position(text: str) -> None:
    assert positions(text) == []


def test_a_position_with_a_time_of_its_own_is_still_read() -> None:
    # near-miss: "every" inside the sentence, not a habit opening it
    text = "On Monday Russia declared a truce covering every front-line town for three days."
    assert [(p[1], p[2]) for p in positions(text)] == [("agreed", ("RU",))]


def test_such_a_moratorium_is_the_one_on_the_table() -> None:
    text = ("On Monday Norway proposed a 20-day halt to strikes on energy facilities. "
            'On Tuesday Kremlin spokesman Dmitry Peskov said Putin "backs the idea" of such a '
            "moratorium.")
    assert ("energy_infrastructure", "agreed", ("RU",), "NO", "2026-03-10") in positions(text)


# --- Capitals for their governments; a question asked is no request --------------------------

@pytest.mark.parametrize("text,parties", [
    ("On Tuesday, Berlin and Paris jointly proposed a two-week truce at sea.", ("DE", "FR")),
    ("On Tuesday, Paris proposed a truce in the air.", ("FR",)),
])
def test_paris_and_berlin_speak_for_their_governments(text: str, parties: tuple) -> None:
    assert [(p[1], p[2]) for p in positions(text)] == [("proposed", parties)]


@pytest.mark.parametrize("text", [
    "A Swiss weekly asks who would police a truce in the air.",
    "The Dutch paper asked whether a ceasefire at sea could ever be verified.",
])
def test_asking_a_question_about_a_truce_is_no_request(text: str) -> None:
    assert positions(text) == []


def test_asking_a_side_to_observe_a_truce_is_still_a_request() -> None:
    # near-miss: "asked Moscow to …" asks a side, it is no question
    text = "On Tuesday Norway asked Moscow to observe a truce at sea for ten days."
    assert [(p[1], p[3]) for p in positions(text)] == [("proposed", "NO")]


def test_paris_as_a_venue_is_no_party() -> None:
    # near-miss: the capital where others meet is the place, not a side at the table
    text = "Ukrainian and Russian delegations met in Paris on Monday."
    assert talks(text) == [("meeting", "Paris", ("RU", "UA"))]


# --- "gave back N": the people left out, given back --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("On Friday Ukraine received 600 bodies and gave back 24.", [(600, 24, "completed")]),
    ("On Friday Russia received 45 bodies and sent back 800.", [(800, 45, "completed")]),
])
def test_what_a_side_gave_back_is_the_other_sides(text: str, expected: list) -> None:
    assert exchanges(text) == expected


def test_a_side_that_gave_back_nothing_counted_is_one_half() -> None:
    # near-miss: "gave back" with no count after it adds no count
    text = "On Friday Ukraine received 600 bodies and gave back what it could."
    assert exchanges(text) == [(600, None, "completed")]


# --- "sees no basis for a renewal", said of the teller, in a dated entry ------------------

OFFER_TO_EXTEND = "March 2 - Kyiv proposes extending the truce at sea by 45 days.\n\n"


@pytest.mark.parametrize("answer", [
    'March 4 - The Kremlin says it sees "no basis" for an extension.',
    "The Kremlin said it saw no reason for a prolongation.",
])
def test_no_grounds_for_an_extension_refuses_it(answer: str) -> None:
    found = positions(OFFER_TO_EXTEND + answer)
    refusals = [(p[2], p[3]) for p in found if p[1] == "rejected"]
    assert refusals == [(("RU",), "UA")]


def test_an_outsider_seeing_no_grounds_answers_nothing() -> None:
    # near-miss: the teller is no side, so "it" is no side's answer
    found = positions(OFFER_TO_EXTEND + "An analyst says it sees no reason for a renewal.")
    assert [p[1] for p in found] == ["proposed"]


# --- A chronology of answers to one offer; "will join only if" -------------------------------

CHAIN = ("May 2 - Norway proposes a truce in the Black Sea: for 30 days, neither side would "
         "fire on grain ships.\n\n"
         "May 4 - Ukraine accepts.\n\n")


def test_answers_that_follow_answers_answer_the_same_offer() -> None:
    found = positions(CHAIN + "May 7 - Moscow says it will join only if the sanctions on its "
                      "banks are lifted.")
    assert ("black_sea", "rejected", ("RU",), "NO", "2026-05-07") in found
    assert ("black_sea", "agreed", ("UA",), "NO", "2026-05-04") in found


def test_an_answer_after_other_news_answers_nothing() -> None:
    # near-miss: a breach told since the answers, so the offer is no longer the open question
    found = positions(CHAIN + "May 5 - Kyiv accuses Russia of breaking the truce.\n\n"
                      "May 7 - Moscow says it will join only if the sanctions are lifted.")
    assert not [p for p in found if p[1] == "rejected"]


def test_join_with_a_plain_condition_is_no_refusal() -> None:
    # near-miss: "join if" (not "only if") is not read as a refusal
    found = positions(CHAIN + "May 7 - Russia says it will join if its ports are covered.")
    assert not [p for p in found if p[1] == "rejected"]


def exchange_days(text: str) -> list:
    reading = ceasefire.read(text, published=PUBLISHED)
    return sorted((e.returned_to_ua, e.date.isoformat() if e.date else None)
                  for e in reading.exchanges)


def test_an_exchange_in_mid_month_has_no_day() -> None:
    assert exchange_days("In mid-January, Ukraine received 700 bodies and gave back 22.") == \
        [(700, None)]


def test_an_exchange_on_a_day_of_the_month_keeps_it() -> None:
    # near-miss: "on 16 January" is a day
    assert exchange_days("On 16 January, Ukraine received 700 bodies and gave back 22.") == \
        [(700, "2026-01-16")]


# --- A position told in a relative clause through a verb of saying ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Engineers reached the dam under a local truce that the ICRC says Kyiv and Moscow "
     "have both accepted.", ("other", "agreed", ("RU", "UA"))),
    ("Shelling resumed under a ceasefire that Kyiv says Moscow has rejected.",
     ("full", "rejected", ("RU",))),
])
def test_a_truce_that_someone_says_a_side_answered(text: str, expected: tuple) -> None:
    assert expected in [p[:3] for p in positions(text)]


def test_a_truce_that_someone_says_will_last_is_no_position() -> None:
    # near-miss: the clause says how long it lasts, no side's answer
    assert positions("Crews began work under a truce that the ICRC says will last two days.") \
        == []


# --- The length of a call is not the length of the truce -------------------------------------

def lengths(text: str) -> list:
    reading = ceasefire.read(text, published=PUBLISHED)
    return [a.duration_days for a in reading.agreements]


def test_the_hours_a_call_lasted_are_not_the_truces() -> None:
    text = ("Blinken tabled a plan for a halt to strikes on power plants on Tuesday, a day after "
            "a phone call between Biden and Erdogan that aides said had lasted about three hours.")
    assert lengths(text) == [None]


@pytest.mark.parametrize("text,days", [
    # near-misses: the truce's own length, with a call told beside it
    ("Russia agreed to a truce, announced after a call, lasting 20 days.", 20),
    ("Putin agreed to a 20-day halt to strikes on power plants in a call that lasted an hour.",
     20),
])
def test_the_truces_own_length_beside_a_call(text: str, days: int) -> None:
    assert lengths(text) == [days]
