"""Truce and ceasefire positions: one record per stated position (GUIDE, "agreements").

A position is a truce mention ("a 20-day pause in strikes on power plants", read by
``agreements.words``) with its scope, a status (proposed, agreed, rejected, violated, ended), the
parties taking the position, the proposer, the date it was stated, the duration and the
conditions. Who took which position comes from the parse of the sentence (``agreements.roles``);
a sentence the parse is not asked about (no word of ``lexicon/truce_cues.tsv``) is read from
the words around the truce (``agreements.windows``). The same position repeated in a report is one
record with several sentences.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ceasefire.model import Agreement, Evidence, Scope, Side
from ceasefire.read.actors import find_actors
from ceasefire.read.agreements.cues import may_state_a_position
from ceasefire.read.agreements.roles import EARLIER, PERIOD_BEFORE, Stance, read_stances
from ceasefire.read.agreements.windows import (
    HYPOTHETICAL,
    POSSIBLE_TRUCE,
    cue_owners,
    nearest_status,
    parties_near,
    proposer_near,
    statuses_near,
)
from ceasefire.read.agreements.words import (
    A_PAUSE,
    ACCUSATION,
    ACCUSED_ATTACK,
    ANAPHORIC,
    ASKED_TO,
    BELLIGERENTS,
    BOTH,
    CALLED_A_VIOLATION,
    COUNTED_BREACHES,
    OFFER,
    PLAIN_OFFER,
    RECIPROCATE,
    SAID_FULL,
    TRUCE,
    USED_THE_TRUCE,
    USING_THE_TRUCE,
    asks,
    broker,
    clauses,
    conditions,
    coordinated_scopes,
    counter_accusation,
    duration,
    for_the_parse,
    hearsay_before,
    kept_attacking,
    may_accuse,
    mutual_accusations,
    on_a_town,
    period_days,
    scope_near,
    truce_noun,
)
from ceasefire.read.facts import SentenceFacts, claims_under_check
from ceasefire.read.lexicon_match import fast_regex
from ceasefire.read.parse import parse_all
from ceasefire.read.triggers import (
    ANSWER_AUX,
    ANSWER_END,
    ANSWER_TIME,
    ANSWER_VERB,
    ANSWER_WHO,
    ENTRY_LEAD,
    answer_said,
)

# Roles from the dependency parse (read/agreements/roles.py); CEASEFIRE_TRUCE_PARSE=0 reads them
# from the words around the truce only (kept to measure one against the other).
USE_PARSE = os.environ.get("CEASEFIRE_TRUCE_PARSE", "1") != "0"
# An accusation or an end says who broke or ended a truce, not who offered it: "violations of
# a truce initiated by Putin" has no proposer (GUIDE: the proposer belongs to the offer).
_NOT_AN_OFFER = {"violated", "ended"}
_TERMS_SET = {"proposed", "agreed", "rejected"}


@dataclass
class _Site:
    """Where a truce is mentioned: the sentence, the clause (and where it starts), the mention,
    the clause's truces, the evidence and the report's day."""

    f: SentenceFacts
    lo: int
    clause: str
    truce: re.Match[str]
    mentions: list[re.Match[str]]
    evidence: Evidence
    day: dt.date | None

    @property
    def others(self) -> list[re.Match[str]]:
        return [m for m in self.mentions if m is not self.truce]


@dataclass
class _Position:
    agreement: Agreement
    scope_said: bool
    paragraph: int
    reporter: str | None = None  # an end no one is named for: the side that tells of it
    day_of_the_report: bool = False  # dated by the report's day, not by its own words
    definite: bool = False  # on a truce named before: "the moratorium", "the arrangement"
    noun: str = ""  # the truce's word ("moratorium"): "the moratorium" later is this truce
    to_both: bool = False  # put to both sides ("proposed that both sides refrain from …")


def sentences_to_parse(facts: list[SentenceFacts]) -> list[str]:
    """The sentences whose positions the parse reads: a truce and a word that states one."""
    if not USE_PARSE:
        return []
    out, truce_named = [], False
    for f in facts:
        if "agreement" not in f.kinds or not may_state_a_position(f.text):
            continue
        truce = TRUCE.search(f.text) is not None
        truce_named = truce_named or truce
        # "the plan", "the offer" only in a report that has named a truce ("Russia revised the
        # plan" in a strike report is no position, and costs a parse)
        if truce or (truce_named and (PLAIN_OFFER.search(f.text) or A_PAUSE.search(f.text))):
            out.append(for_the_parse(f.text))
    return out


def read_agreements(facts: list[SentenceFacts],
                    published: dt.date | None = None) -> list[Agreement]:
    positions: list[_Position] = []
    previous: _Position | None = None
    speakers = _speakers(facts)
    day = _report_day(facts, published)
    talks_days = _days_of_the_talks_before(facts)
    told_before = _sentence_before(facts)
    under_check = claims_under_check(facts)  # "CLAIM: …": a fact-check's claim, no position
    facts = [f for f in _truce_sentences(facts)
             if f.sentence.paragraph not in under_check and not asks(f.text)]
    parse_all(sentences_to_parse(facts))  # in one batch (~40 % faster than one by one)
    told_in: int | None = None  # the paragraph of the last truce told, with or without a position
    told_terms: tuple[str, float | None] | None = None  # its scope and length, where no position
    for f in facts:
        if "agreement" not in f.kinds and not _a_truce_in_force(positions):
            continue  # "accused Kyiv of shelling Belgorod" after a truce only proposed: no breach
        if _HOW_IT_WENT.match(f.text):
            continue  # an explainer's standfirst: the story it is about to tell, told later
        if _HABITUALLY.match(f.text):
            continue  # what happens again and again: a pattern, no position stated
        truce = TRUCE.search(f.text)
        if truce is not None and hearsay_before(f.text, truce.start()):
            continue  # "Posts say that 'Putin agreed to a full ceasefire'": no side's position
        # (only before any position: after one, "the pause" is the truce of the positions)
        told = told_in is not None and f.sentence.paragraph - told_in <= 2 and not positions
        found = _without_terms_of_an_acceptance(_without_a_pledge_to_reciprocate(
            list(_positions_in(f, previous, positions, speakers.get(id(f)), day, told)), f.text))
        found = _without_a_term_not_renewed(_without_twins_of_no_scope(found), f.text)
        _ready_only_on_terms(found, f.text)
        if _IF_IT_ENDS.search(f.text):  # "… could launch 1,000 drones if a truce collapsed"
            found = [p for p in found if p.agreement.status not in ("ended", "violated")]
        if told and told_terms is not None and previous is None:
            _with_the_terms_told(found, *told_terms)
        if truce is not None:
            told_in = f.sentence.paragraph
            told_terms = None if found else _terms_told(f.text, truce)
        _halts_answering_the_offer(found, f.text, positions)
        _counter_offers_on_terms(found, f.text, positions)
        if not any(p.agreement.status == "agreed" for p in found):
            found += _reciprocation(f, positions, speakers.get(id(f)), day)
        found += _counter_accusations(f, found)
        used = _used_the_truce(f, positions, day)
        if used:  # "Ukrainian units had used the pause to …, 'a gross violation of the
            # ceasefire'": the side that used it broke it, not a side the words near name
            found = [p for p in found if p.agreement.status != "violated"] + used
        if not any(p.agreement.status == "violated" for p in found):
            found += _accused_attacks(f, positions, day) or \
                _called_a_violation(f, positions, speakers.get(id(f)), day) or \
                _fire_in_a_local_pause(f, positions, day)
        found += _bare_answers(f, found or ([previous] if previous else []), positions)
        answers = _yes_or_no(f, positions + [p for p in found if p.agreement.status == "proposed"
                                             and _said_before_the_answer(f, p)],
                             speakers.get(id(f)))
        if answers:  # "Moscow's answer to the truce offer is a clear no": that side's answer,
            # not an offer of its own ("the truce offer" read as Moscow's)
            found = [p for p in found if p.agreement.parties != answers[0].agreement.parties]
            found += answers
        _act_called_a_breach(f, found, told_before.get(id(f)), speakers.get(id(f)), day)
        _going_on_with_the_account(f, found, previous, speakers.get(id(f)))
        _at_the_talks_before(f, found, talks_days.get(id(f)))
        for position in found:
            if (position.agreement.date is None or position.day_of_the_report) and \
                    f.entry_date is not None:
                # "July 3 - Ukraine accepts. Zelensky says Kyiv will stop …": the entry's day,
                # not the report's (inferred, as that is: a day said beats it)
                # (a heading's day, "Tuesday, March 3" on a line of its own, is a day said)
                position.agreement.date = f.entry_date
                position.day_of_the_report = not f.dated_by_heading
            _of_the_truce_in_force(position, positions)
            previous = _merge(positions, position)
    _with_the_sides_an_end_bound(positions)
    _with_the_truce_durations(positions)  # a request answered still says the truce's length
    return _without_refusals_of_no_one(_without_offers_of_no_one(
        _without_answered_requests(positions)))


# "Some Western diplomats", "several analysts", "many observers": voices no side is named for
_UNNAMED_VOICES = re.compile(r"\b(?:[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Vv]arious|[Aa] few)\s+"
                             r"(?:[A-Z]\w+\s+|senior\s+|foreign\s+)?(?:diplomats|analysts|"
                             r"observers|experts|commentators|officials|mediators|envoys|"
                             r"politicians|lawmakers|governments|capitals)\b")


# "neither side has since tabled a fresh offer of a truce", "nobody has proposed a pause":
# the offer denied, none made
_NO_SIDE_OFFERED = re.compile(r"\b(?:[Nn]either\s+(?:side|party|country|government|capital|"
                              r"\w+\s+nor\s+\w+)|[Nn]o\s+(?:side|party|country|government)|"
                              r"[Nn]obody|[Nn]o\s+one|[Nn]one\s+of\s+them)\s+(?:has|have|had)\s+"
                              r"(?:yet\s+|so\s+far\s+)?(?:put\s+forward|proposed|offered|made|"
                              r"tabled|floated|suggested)\b")


def _without_offers_of_no_one(agreements: list[Agreement]) -> list[Agreement]:
    """ "Some diplomats have floated a holiday truce", "several analysts
    suggest a halt could come first": an offer of unnamed voices, made by and to no side, is
    an idea spoken of, no position (GUIDE: a position is a side's)."""
    return [a for a in agreements
            if not (a.status == "proposed" and not a.parties and a.proposed_by is None and
                    any(_UNNAMED_VOICES.search(e.sentence) or _NO_SIDE_OFFERED.search(e.sentence)
                        for e in a.evidence))]


def _without_refusals_of_no_one(agreements: list[Agreement]) -> list[Agreement]:
    """ "Yet a halt confined to power plants would not end the shelling": a truce judged, by
    no side and of no side's offer, is no refusal (GUIDE: a position is a side's)."""
    return [a for a in agreements
            if not (a.status == "rejected" and not a.parties and a.proposed_by is None)]


# "How a Norwegian plan for a port truce came and went", "How the Easter truce fell apart": a
# timeline's or explainer's standfirst, an indirect question whose positions the entries tell
_HOW_IT_WENT = re.compile(r"^\W*How\s+(?!long\b|many\b|much\b|far\b|soon\b)")


# "Every few months, somebody in Moscow announces a truce", "Each time a truce is declared, …",
# "Whenever Kyiv proposes a pause, …": a habit of the war, told in general
_HABITUALLY = re.compile(r"^\W*(?:Every\s+(?:few\s+|other\s+|single\s+)?(?:day|week|month|year|"
                         r"days|weeks|months|years|time|spring|winter|summer|autumn|holiday)|"
                         r"Each\s+time|Whenever|Time\s+and\s+(?:again|time\s+again)|"
                         r"Time\s+after\s+time|Again\s+and\s+again)\b")


def _sentence_before(facts: list[SentenceFacts]) -> dict[int, SentenceFacts]:
    """For each sentence, the candidate sentence right before it in its paragraph."""
    return {id(f): before for before, f in zip(facts, facts[1:], strict=False)
            if before.sentence.paragraph == f.sentence.paragraph}


# "This is a direct violation of the moratorium …", "That was a gross breach of the truce": the
# act the sentence before told, called a violation
_THIS_IS_A_BREACH = re.compile(r"^\W*(?:This|That|It|Such\s+\w+)\s+(?:is|was|constitutes|"
                               r"amounts\s+to|represents)\s+(?:an?\s+|yet\s+another\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:violation|breach)\s+of\b")


def _act_called_a_breach(f: SentenceFacts, found: list[_Position], before: SentenceFacts | None,
                         speaker: str | None, day: dt.date | None) -> None:
    """ "Overnight Russia struck the thermal power plant … This is a direct violation of the
    moratorium that both sides agreed …": the side whose attack the sentence before told
    violated the truce (GUIDE: parties the accused, not the sides that agreed it), on the day
    it is said."""
    if before is None or "strike" not in before.kinds or not _THIS_IS_A_BREACH.match(f.text):
        return
    sides = [a.actor.side for a in before.actors
             if a.actor.side in BELLIGERENTS and a.actor.side != speaker and
             not _TARGET_BEFORE.search(before.text, max(0, a.start - 20), a.start)]
    if not sides:
        return
    for p in found:
        if p.agreement.status == "violated":
            p.agreement.parties = [sides[0]]
            p.agreement.date = p.agreement.date or day


def _truce_sentences(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    """The sentences the cheap pass took for a truce's and, once a truce was told, those that
    may accuse a side of breaking it ("accused Russian forces of breaking it", "accusing Kyiv
    of an overnight attack on a power facility"), which name no truce."""
    out, told = [], False
    for f in facts:
        if "agreement" in f.kinds:
            out.append(f)
            told = told or TRUCE.search(f.text) is not None
        elif told and (may_accuse(f.text) or "strike" in f.kinds and
                       ("shell" in f.text or "fir" in f.text) and _OPENED_FIRE.search(f.text)):
            out.append(f)  # (fire opened: a breach only in a local pause, _fire_in_a_local_pause)
    return out


def _a_truce_in_force(positions: list[_Position]) -> bool:
    """Whether the report has told of a truce agreed (or broken) and not since ended."""
    told = [p.agreement.status for p in positions
            if p.agreement.status in ("agreed", "violated", "ended")]
    return bool(told) and told[-1] != "ended"


def _accused_attacks(f: SentenceFacts, earlier: list[_Position],
                     day: dt.date | None) -> list[_Position]:
    """ "Russia's Defence Ministry responded on Tuesday by accusing Kyiv of an overnight attack on
    a power facility" while an energy moratorium is in force: an accusation of breaking it
    (GUIDE: violated, parties the accused), where the attack is of the scope of a truce agreed
    or said to be violated before (not "of an attack on a hospital" under an energy truce)."""
    m = ACCUSED_ATTACK.search(f.text)
    if m is None or _NOT_ACCUSED.search(f.text, max(0, m.start() - 40), m.start()):
        return []
    sides = {a.actor.side for a in find_actors(m.group("who")) if a.actor.side in BELLIGERENTS}
    scope, said = scope_near(f.text, m)
    # (a truce said to be violated before is in force too; one said to have ended is not)
    of_scope = [p for p in earlier if p.scope_said and p.agreement.scope == scope and
                p.agreement.status in ("agreed", "violated", "ended")]
    in_force = [p for p in of_scope if p.agreement.status != "ended"]
    if len(sides) != 1 or not said or scope == "full" or not in_force or \
            of_scope[-1].agreement.status == "ended":
        return []
    date = f.date if f.has_own_date else (day if not EARLIER.search(f.text) else None)
    return [_Position(Agreement(
        date=date, scope=scope, status="violated", parties=sorted(sides), proposed_by=None,
        duration_days=in_force[-1].agreement.duration_days, conditions=[],
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)]),
        True, f.sentence.paragraph, day_of_the_report=not f.has_own_date)]


_TARGET_BEFORE = re.compile(r"\b(?:against|on|at|targeting|toward|towards)\s+(?:an?\s+|the\s+)?$",
                            re.IGNORECASE)
_SAID_ON = re.compile(r"\b(?:said|says|stated|claimed|reported)\s+(?:on\s+)?$", re.IGNORECASE)


def _breach_told(f: SentenceFacts, day: dt.date | None, scope: Scope, party: Side,
                 duration_days: float | None) -> list[_Position]:
    """The breach a sentence charges ``party`` with, dated by the telling ("the ministry said
    on Tuesday"; else the report's day, unless the sentence tells of earlier days)."""
    said_on = [d.date for d in f.dates if _SAID_ON.search(f.text, max(0, d.start - 20), d.start)]
    date = said_on[0] if said_on else day if not EARLIER.search(f.text) else None
    return [_Position(Agreement(
        date=date, scope=scope, status="violated", parties=[party], proposed_by=None,
        duration_days=duration_days, conditions=[],
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)]),
        True, f.sentence.paragraph, day_of_the_report=not said_on)]


def _called_a_violation(f: SentenceFacts, earlier: list[_Position], speaker: str | None,
                        day: dt.date | None) -> list[_Position]:
    """ "The ministry said Ukrainian units had used drones against an evacuation team on
    Wednesday, which it called 'a gross violation of the humanitarian agreement'": the side
    whose act one side calls a violation of the truce told before violated it (GUIDE: one side
    accuses the other), dated by the telling."""
    m = CALLED_A_VIOLATION.search(f.text)
    told = [p for p in earlier if p.agreement.status in ("agreed", "violated", "proposed")]
    if m is None or not told:
        return []
    named = [a.actor.side for a in f.actors if a.end <= m.start() and
             a.actor.side in BELLIGERENTS and a.actor.side != speaker and
             not _TARGET_BEFORE.search(f.text, max(0, a.start - 20), a.start)]
    if not named:
        return []
    scope, said = scope_near(f.text, m)
    in_force = [p for p in told if p.agreement.status != "proposed"] or told
    if not said or scope == "full":
        scope = in_force[-1].agreement.scope
    return _breach_told(f, day, scope, named[0], None)


# "At that round Russia proposed …", "During the call, Putin agreed …": at the talks told before
# "if they used the pause to …", "must not use the pause to …": no charge
_ONLY_SUPPOSED = re.compile(r"\b(?:if|unless|should|would|could|must|not|never|whether|lest)\b",
                            re.IGNORECASE)


def _used_the_truce(f: SentenceFacts, earlier: list[_Position],
                    day: dt.date | None) -> list[_Position]:
    """The side named last before "had used the pause to …" violated the truce in force (GUIDE:
    one side accuses the other), dated by the telling."""
    m = USED_THE_TRUCE.search(f.text) if "used" in f.text else None
    in_force = [p for p in earlier if p.agreement.status in ("agreed", "violated")]
    if m is None or not in_force or _ONLY_SUPPOSED.search(f.text, 0, m.start()):
        return []
    named = [a.actor.side for a in f.actors if a.end <= m.start() and a.actor.side in BELLIGERENTS]
    if not named:
        return []
    truce = in_force[-1].agreement
    return _breach_told(f, day, truce.scope, named[-1], truce.duration_days)


# "their guns had shelled the evacuation road", "accuses the enemy's gunners of firing mortars
# at our recovery crew": fire a side opened while a local pause (hours around a town, a repair
# site) is in force
_OPENED_FIRE = re.compile(r"\b(?:shelled|(?:fired|firing)\s+(?:mortars|artillery|shells|rockets)\s+"
                          r"(?:at|on)|opened\s+fire\s+on)\b")
# what the pause was for, hit: "the evacuation route", "a recovery team", "a village inside the
# ceasefire zone" (fire on another town is a strike of its own, not a breach of the pause)
_THE_PAUSES_OWN = re.compile(r"\b(?:evacuation|recovery|repair|rescue|humanitarian|aid)\s+"
                             r"(?:route|road|team|crew|convoy|site|corridor|workers|column|buses)\b|"
                             r"\b(?:inside|within)\s+the\s+(?:[\w-]+\s+)?(?:zone|corridor)\b",
                             re.IGNORECASE)


def _fire_in_a_local_pause(f: SentenceFacts, earlier: list[_Position],
                           day: dt.date | None) -> list[_Position]:
    """The side whose forces a source says opened fire while a local pause was in force broke
    it (GUIDE: one side accuses the other); only a local pause, hours long, makes any fire a
    breach (under a wider truce a strike is told as a strike)."""
    m = _OPENED_FIRE.search(f.text) if "strike" in f.kinds else None
    in_force = [p for p in earlier if p.agreement.status in ("agreed", "violated", "ended")]
    if m is None or not in_force or not _THE_PAUSES_OWN.search(f.text, m.end(), m.end() + 80) or \
            in_force[-1].agreement.status == "ended" or in_force[-1].agreement.scope != "other" or \
            _ONLY_SUPPOSED.search(f.text, 0, m.start()) or EARLIER.search(f.text):
        return []
    named = [a for a in f.actors if a.end <= m.start() and a.actor.side in BELLIGERENTS]
    if not named or m.start() - named[-1].end > 40 or named[-1].actor.side is None:
        return []
    truce = in_force[-1].agreement  # (EARLIER is ruled out above: no day lost to it)
    return _breach_told(f, day, truce.scope, named[-1].actor.side, truce.duration_days)


_AT_THOSE_TALKS = re.compile(r"^\W*(?:\w+:\s+)?(?:(?:[Aa]t|[Dd]uring|[Ii]n)\s+(?:that|this|the|"
                             r"those|these)\s+(?:[\w-]+\s+)?(?:round|talks|meeting|call|conversation|"
                             r"session|summit|negotiations)\b|"
                             # "According to the Kremlin's readout, Putin said …": the account of
                             # the talks told before
                             r"(?:[Aa]ccording\s+to|[Ii]n)\s+(?:the\s+|its\s+|their\s+)?"
                             r"(?:[A-Z][\w.'-]*\s+){0,3}?(?:[\w-]+\s+)?(?:readout|read-out)\b)")


def _days_of_the_talks_before(facts: list[SentenceFacts]) -> dict[int, dt.date]:
    """For each sentence, the day of the last talks told with a day of their own before it."""
    out: dict[int, dt.date] = {}
    last: dt.date | None = None
    for f in facts:
        if last is not None:
            out[id(f)] = last
        if "talks" in f.kinds and f.has_own_date and f.date is not None:
            last = f.date
    return out


def _at_the_talks_before(f: SentenceFacts, found: list[_Position],
                         talks_day: dt.date | None) -> None:
    """ "Q: At that round Russia proposed short local ceasefires": a position taken at the talks
    told before is of their day (GUIDE: the day it was stated), unless it says its own."""
    if talks_day is None or f.has_own_date or not _AT_THOSE_TALKS.match(f.text):
        return
    for p in found:
        p.agreement.date, p.day_of_the_report = talks_day, False


# a sentence that answers the one before, in the same breath: "Instead, …", "In response, …"
_ANSWERING_ON = re.compile(r"^\W*(?:Instead|In\s+response|In\s+reply|In\s+return|In\s+turn)\b,?\s")
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:He|She|They|It)\s+(?!was\s+reported|is\s+said)")


def _going_on_with_the_account(f: SentenceFacts, found: list[_Position],
                               previous: _Position | None, speaker: str | None) -> None:
    """ "Putin agreed on Tuesday to a 30-day halt of strikes on energy facilities. He did not
    agree to the full ceasefire that Washington had put forward": a sentence going on with the
    account before it in the same paragraph ("He …") is the same side's (where no speaker of
    the sentence says otherwise), and of the same day."""
    if previous is None or previous.paragraph != f.sentence.paragraph:
        return
    before = previous.agreement
    if _ANSWERING_ON.match(f.text) and before.date is not None and not previous.day_of_the_report:
        # "On Friday, Ushakov said Russia would reject it … Instead, Moscow offered a five-day
        # pause …": the counter-offer told as going on with that account is of its day
        for p in found:
            if p.agreement.date is None or p.day_of_the_report:
                p.agreement.date, p.day_of_the_report = before.date, False
        return
    if not _PRONOUN_SUBJECT.match(f.text):
        return
    # ("He said Kyiv rejected it": a side at war named is the one who answers)
    his = speaker is None and f.text.lstrip()[:3] in ("He ", "She") and \
        not any(a.actor.side in BELLIGERENTS for a in f.actors)
    for p in found:
        a = p.agreement
        if his and len(before.parties) == 1 and a.status in ("agreed", "rejected") and \
                a.parties != before.parties and before.parties[0] != a.proposed_by:
            a.parties = list(before.parties)  # "He" is the one who answered before
        if a.date is None and before.date is not None and a.parties == before.parties:
            a.date = before.date


def _of_the_truce_in_force(position: _Position, earlier: list[_Position]) -> None:
    """ "Russia has violated a ceasefire it agreed to" after a local pause was agreed: a violation
    of a truce whose scope is not said is of the one truce agreed before (only a truce in force
    can be broken)."""
    a = position.agreement
    if a.status != "violated":
        return
    # (and "breached the truce" named last by an offer to widen it: the truce in force)
    of_an_offer = position.definite and _offered_only(a.scope, earlier)
    in_force = {p.agreement.scope for p in earlier
                if p.agreement.status == "agreed" and (p.scope_said or of_an_offer)}
    if position.scope_said and not of_an_offer:
        # "attacked a tanker with naval drones" while the Black Sea truce is in force: a breach
        # at sea is of that truce, the sea the words name being the wider one
        if len(in_force) == 1 and in_force <= set(_NARROWER.get(a.scope, ())):
            a.scope = in_force.pop()
        return
    if len(in_force) == 1 and a.scope not in in_force:
        a.scope = in_force.pop()
        position.scope_said = True


# "Russia is ready for a truce only within a wider deal", "is prepared to
# halt strikes only once the arms deliveries stop": a refusal until the terms are met
_READY_ONLY_ON_TERMS = re.compile(r"\b(?:ready|prepared|willing|open)\b[^.;:]{0,90}?\bonly\s+"
                                  r"(?:as\s+(?:a\s+)?part\s+of|within|in\s+the\s+(?:framework|"
                                  r"context)\s+of|if|once|after|when)\b", re.IGNORECASE)


# a truce's end or breach only supposed: "if a truce collapsed", "should the ceasefire break
# down", "in case the moratorium fails" (GUIDE: a truce spoken of as possible is no position)
_IF_IT_ENDS = re.compile(r"\b(?:if|should|unless|in\s+case|were)\s+(?:a|the|any|such\s+a)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|moratorium|pause|deal)\s+"
                         r"(?:\w+\s+){0,2}?(?:collaps\w*|breaks?\s+down|broke\s+down|fail\w*|"
                         r"ends?|ended|expires?|expired|lapses?|lapsed|unravel\w*|falls?\s+apart|"
                         r"fell\s+apart)\b", re.IGNORECASE)


def _ready_only_on_terms(found: list[_Position], text: str) -> None:
    """A side's own readiness for a truce "only as part of …" or "only if …" is no offer but
    a refusal until its terms are met (GUIDE: rejected, the conditions listed)."""
    if not _READY_ONLY_ON_TERMS.search(text):
        return
    for p in found:
        a = p.agreement
        if a.status == "proposed" and a.parties and a.proposed_by in a.parties:
            a.status, a.proposed_by = "rejected", None


def _offered_only(scope: str, earlier: list[_Position]) -> bool:
    """Whether the truce of a scope was only offered so far: offered, and no side agreed to it."""
    statuses = {p.agreement.status for p in earlier if p.agreement.scope == scope}
    return "proposed" in statuses and "agreed" not in statuses


def _without_terms_of_an_acceptance(found: list[_Position]) -> list[_Position]:
    """ "Russia has agreed in principle to a U.S. plan …, but wants the pause extended to oil
    refineries": what a side wants of the truce it accepts in the same sentence is a condition
    of its acceptance (GUIDE: agreed, the conditions listed), not a proposal of its own."""
    accepted = [p.agreement for p in found if p.agreement.status == "agreed" and
                p.agreement.proposed_by not in p.agreement.parties]
    out = []
    for p in found:
        a = p.agreement
        own = next((b for b in accepted if (b.scope == a.scope or not p.scope_said) and
                    a.parties and
                    set(a.parties) <= set(b.parties)), None) \
            if a.status == "proposed" and a.proposed_by in a.parties else None
        if own is None:
            out.append(p)
        else:
            own.conditions += [c for c in a.conditions if c not in own.conditions]
    return out


def _without_twins_of_no_scope(found: list[_Position]) -> list[_Position]:
    """ "Kyiv backed the pause for Mykolaiv, provided Moscow also stopped shelling Ochakiv": the
    halt in the terms, of no scope said, is the same acceptance
    as the one whose scope the sentence says, not a full truce of its own."""
    said = [p.agreement for p in found if p.scope_said]
    return [p for p in found if p.scope_said or not any(
        (a.status, a.parties, a.proposed_by) ==
        (p.agreement.status, p.agreement.parties, p.agreement.proposed_by) for a in said)]


# "… ran out in May and was not renewed", "it has not been extended": said of a truce
# whose end the sentence tells, how it ended (tuning sets by four writers), no side's refusal
_NOT_RENEWED = re.compile(r"\bnot\s+(?:been\s+)?(?:renewed|extended|prolonged)\b")


def _without_a_term_not_renewed(found: list[_Position], text: str) -> list[_Position]:
    """A truce that "lapsed … and was not renewed": its end, not a refusal by the sides it
    bound (GUIDE: ``ended`` where the truce expired or lapsed)."""
    if not any(p.agreement.status == "ended" for p in found) or not _NOT_RENEWED.search(text):
        return found
    return [p for p in found if p.agreement.status != "rejected"]


# "ready to stop its long-range strikes", "would not stop its strikes": a side's halt of its
# own strikes, named by the verb and no truce noun of its own
_OWN_HALT = re.compile(r"\b(?:stop|halt|cease|suspend|end)\w*\s+(?:its|their|our)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling|bombing)\b")
# "Kyiv accepted the proposal and …", "We have said yes": the answer is a yes
_SAYS_YES = re.compile(r"\b(?:accept(?:s|ed)?|agree[sd]?|back(?:s|ed)?|said\s+yes)\b")


def _halts_answering_the_offer(found: list[_Position], text: str,
                               earlier: list[_Position]) -> None:
    """ "Kyiv said yes to the plan and would halt its long-range strikes …", "Ukraine backed
    a US plan for an air-and-sea halt, but Moscow, the Kremlin said, would not stop its strikes
    until …": a side's halt of its own strikes, said in answer to another state's
    offer on the table, is that side's answer to the offer (its scope, proposer and length),
    not a truce of its own (tuning sets by two writers; round 23 keeps a halt with a length of
    its own a counter-offer)."""
    if not found or not _OWN_HALT.search(text):
        return
    for p in found:
        a = p.agreement
        offer = _offer_on_the_table(found + earlier, a.parties)
        if offer is None or len(a.parties) != 1 or a.proposed_by not in (None, a.parties[0]) \
                or (a.duration_days is not None and a.duration_days != offer.duration_days):
            continue
        if a.status in ("proposed", "agreed") and _SAYS_YES.search(text):
            a.status = "agreed"
        elif a.status != "rejected":
            continue
        a.scope, a.proposed_by = offer.scope, offer.proposed_by
        a.duration_days = a.duration_days or offer.duration_days
        p.scope_said = True


# "was prepared to put forward a shorter halt of its own …, provided that …", "was ready to
# order a pause of 30 days … if Ukraine reciprocated": readiness on terms
_READY_ON_TERMS = re.compile(r"\b(?:ready|prepared|willing)\s+to\b[^.;]{0,200}?\b(?:if|provided|"
                             r"providing|on\s+condition|as\s+long\s+as)\b")


def _counter_offers_on_terms(found: list[_Position], text: str,
                             earlier: list[_Position]) -> None:
    """A side ready, on terms, for a truce of another scope or length than the offer on the
    table ("prepared to put forward a shorter halt of its own, for 14 days, provided …" after a
    60-day offer) offers a truce of its own: proposed by that side, not an acceptance of the
    offer (tuning sets by two writers; GUIDE keeps a yes with conditions to the offer's own
    terms an acceptance)."""
    if not any(p.agreement.status == "agreed" for p in found) or not _READY_ON_TERMS.search(text):
        return
    for p in found:
        a = p.agreement
        if a.status != "agreed" or len(a.parties) != 1 or not p.scope_said:
            continue
        offer = _offer_on_the_table(earlier, a.parties)
        if offer is None or offer.proposed_by == a.parties[0]:
            continue
        lengths = {q.agreement.duration_days for q in earlier
                   if q.agreement.proposed_by == offer.proposed_by and
                   q.agreement.scope == offer.scope} - {None}
        if offer.scope != a.scope or (a.duration_days is not None and lengths and
                                      a.duration_days not in lengths):
            a.status, a.proposed_by = "proposed", a.parties[0]


def _offer_on_the_table(positions: list[_Position], answering: list[str]) -> Agreement | None:
    """The last offer another state made (proposed, or answered by a side other than
    ``answering``), with its scope said."""
    for p in reversed(positions):
        a = p.agreement
        if a.proposed_by and a.proposed_by not in answering and p.scope_said and \
                not set(a.parties) & set(answering) and a.status in ("proposed", "agreed"):
            return a
    return None


# "as long as Russia does", "if Moscow does the same", "provided Kyiv reciprocates": the other
# side must halt too
_IF_THE_OTHER_DOES = re.compile(
    r"\b(?:as\s+long\s+as|so\s+long\s+as|if|provided(?:\s+that)?|on\s+condition\s+that)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'-]*|other\s+side|Russians|Ukrainians)\s+(?:[\w'-]+\s+)?"
    r"(?:does|do|did|reciprocates?|follows?\s+suit)\b")


def _without_a_pledge_to_reciprocate(found: list[_Position], text: str) -> list[_Position]:
    """ "Zelensky proposes to renew the moratorium, saying Ukraine will observe it as long as
    Russia does": a side's pledge to keep the truce it proposes if the other side does too is
    a term of its proposal, not a truce it declared (which would be agreed)."""
    m = _IF_THE_OTHER_DOES.search(text)
    if m is None:
        return found
    offers = [p.agreement for p in found if p.agreement.status == "proposed" and
              p.agreement.parties == [p.agreement.proposed_by]]
    out = []
    for p in found:
        a = p.agreement
        # (the pledge may take the proposer of the truce it renews: "observe it")
        offer = next((o for o in offers if a.status == "agreed" and a.parties == o.parties and
                      (a.scope == o.scope or not p.scope_said)), None)
        if offer is None:
            out.append(p)
            continue
        offer.conditions += [c for c in a.conditions + [m.group(0)] if c not in offer.conditions]
        offer.duration_days = offer.duration_days or a.duration_days
    return out


# "Russia proposed a three-day truce, but Ukraine refused.", "… and Kyiv accepted": an answer
# with no object, to the offer just made
_BARE_ANSWER = fast_regex(
    r"(?:^\s*(?:" + ENTRY_LEAD + r")?|(?:,\s*but|,?\s+and|;)\s+)(?P<who>" + ANSWER_WHO + r")\s+"
    r"(?:(?:swiftly|quickly|promptly|immediately|also)\s+)?" + ANSWER_AUX +
    r"(?P<verb>" + ANSWER_VERB + ")"
    r"(?:\s+(?:flat|flatly|outright|firmly))?" + ANSWER_TIME +
    # "…, a member of the Ukrainian team said", "…, insisting that …": told or explained after
    r"(?:" + ANSWER_END + r"|\s*,[^;]*$)")
def _answer_status(verb: str) -> str:
    """ "accepted it", "agrees", "said yes": agreed; every other bare answer refuses."""
    return "agreed" if verb.startswith(("accept", "agree", "said yes", "says yes")) else \
        "rejected"


def _open_offer(a: Agreement) -> bool:
    """A truce put to another side: proposed, or declared by a side of its own (GUIDE: the other
    side's answer is a record of its own)."""
    return a.proposed_by is not None and (
        a.status == "proposed" or (a.status == "agreed" and a.parties == [a.proposed_by]))


def _bare_answers(f: SentenceFacts, before: list[_Position],
                  earlier: list[_Position]) -> list[_Position]:
    """The answer to the offer made just before, in the same sentence or the one before it
    (dated as the offer, unless it says its own day), or to the offer that only answers to
    it have followed since ("April 14 - Turkey proposes …", "April 16 - Ukraine accepts.",
    "May 9 - Moscow says it will sign up only if …")."""
    m = _BARE_ANSWER.search(f.text)
    told = answer_said(f.text) if m is None else None  # (not "analysts said Kyiv would …")
    offers = [p for p in before if _open_offer(p.agreement)]
    told_at = offers[-1].paragraph if offers else -9
    if not offers:
        offers, told_at = _offer_answered_since(earlier)
    if m is None and told is None or not offers or _paragraphs_apart(f, told_at) > 1:
        return []
    sides = [a.actor.side for a in find_actors(m.group("who")) if a.actor.side] if m else \
        [told[1]] if told else []
    offer = offers[-1].agreement
    terms: list[str] = []
    if m is not None:
        status = _answer_status(m.group("verb"))
    elif told is not None:
        # "would reject it unless …": a refusal until; "could accept it if …": agreed on terms
        said = told[0]
        agrees = bool(said["base"]) and said["base"].startswith(("accept", "agree")) and \
            not said["neg"]
        status = "agreed" if agrees else "rejected"
        terms = [said["terms"].split(" ", 1)[-1].strip(" .")] if said["terms"] else []
    if len(sides) != 1 or sides[0] == offer.proposed_by or any(
            p.agreement.status == status and p.agreement.parties == sides for p in before):
        return []  # (the parse already read the answer: "proposed …, and Russia refused it")
    return [_Position(Agreement(
        # (an entry of a chronology: its own day, not the offer's)
        date=f.date if f.has_own_date else f.entry_date or offer.date, scope=offer.scope,
        status=status, parties=sides, proposed_by=offer.proposed_by,
        duration_days=offer.duration_days, conditions=terms,
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)]),
        offers[-1].scope_said, f.sentence.paragraph, noun=offers[-1].noun)]


def _paragraphs_apart(f: SentenceFacts, paragraph: int) -> int:
    """How many paragraphs before ``f`` the one given is; in a chronology whose entries sit under
    day headings ("Monday, March 9" then "Russia accepts, …"), how many entries before."""
    apart = f.sentence.paragraph - paragraph
    return (apart + 1) // 2 if f.dated_by_heading else apart


def _offer_answered_since(earlier: list[_Position]) -> tuple[list[_Position], int]:
    """The last open offer where every position told after it answers it, and the paragraph
    of the last of them (the account of the answers goes on); none otherwise."""
    for i in range(len(earlier) - 1, -1, -1):
        offer = earlier[i].agreement
        if not _open_offer(offer):
            continue
        since = earlier[i + 1:]
        if since and all(p.agreement.status in ("agreed", "rejected") and
                         p.agreement.proposed_by == offer.proposed_by and
                         p.agreement.scope == offer.scope for p in since):
            return [earlier[i]], since[-1].paragraph
        break
    return [], -9


# "Our answer, which I can give you today, is yes, on condition that …", "Kyiv's answer was a
# firm no": an answer to the offer told just before
_YES_OR_NO = re.compile(
    r"\b(?P<who>[Oo]ur|[Mm]y|(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s)\s+"
    r"(?:\w+\s+)?(?:answer|reply|response)\b[^.;:]{0,60}?\b(?:is|was|will\s+be)\s+"
    r"(?:an?\s+)?(?:(?:firm|clear|categorical|definite|resounding|qualified|conditional)\s+)?"
    r"(?P<answer>yes|no)\b")


def _said_before_the_answer(f: SentenceFacts, position: _Position) -> bool:
    """An offer of the sentence told before its "answer … is yes/no" (a clause of its own)."""
    m = _YES_OR_NO.search(f.text)
    return m is not None and _OFFERED_BEFORE.search(f.text, 0, m.start()) is not None


# "Kyiv proposed a truce in the air on Monday, and Moscow's answer …": an offer made before
_OFFERED_BEFORE = re.compile(r"\b(?:proposed|offered|put\s+forward|tabled|called\s+for|"
                             r"suggested|declared|announced)\b", re.IGNORECASE)


def _yes_or_no(f: SentenceFacts, earlier: list[_Position],
               speaker: str | None) -> list[_Position]:
    """ "Our answer is yes, on condition that the ICRC monitors each pause": the answering side
    takes the last offer of the other side, told in this paragraph or the one before (GUIDE:
    an acceptance with conditions is agreed); one does not answer one's own offer, so "our"
    with no speaker known is the other side at war."""
    m = _YES_OR_NO.search(f.text)
    offers = [p for p in earlier if _open_offer(p.agreement)]
    if m is None or not offers or f.sentence.paragraph - offers[-1].paragraph > 1:
        return []
    offer = offers[-1].agreement
    named = [a.actor.side for a in find_actors(m.group("who")) if a.actor.side]
    side = named[0] if named else speaker
    if side is None or side == offer.proposed_by:
        others = BELLIGERENTS - {offer.proposed_by}
        side = others.pop() if len(others) == 1 else None
    if side is None or side == offer.proposed_by:
        return []
    status = "agreed" if m.group("answer").lower() == "yes" else "rejected"
    # its own day: "… on Monday, and Moscow's answer on Tuesday was a firm no"
    own = [d.date for d in f.dates if d.start >= m.start()] or [d.date for d in f.dates]
    return [_Position(Agreement(
        date=own[0] if own else None, scope=offer.scope, status=status,
        parties=[side], proposed_by=offer.proposed_by, duration_days=offer.duration_days,
        conditions=conditions(f.text[m.end():]),
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)]),
        offers[-1].scope_said, f.sentence.paragraph, noun=offers[-1].noun)]


def _counter_accusations(f: SentenceFacts, found: list[_Position]) -> list[_Position]:
    """ "Ukraine accused Russia of breaching the moratorium …, while Moscow charged that Ukrainian
    drones had hit a power facility": an accusation of its own, of the first accuser (GUIDE:
    violated, parties the accused)."""
    out = []
    for p in found:
        a = p.agreement
        if a.status != "violated" or len(a.parties) != 1 or a.parties[0] not in BELLIGERENTS:
            continue
        side = counter_accusation(f.text, a.parties[0])
        if side and not any(q.agreement.status == "violated" and q.agreement.parties == [side]
                            for q in found):
            out.append(_Position(replace(a, parties=[side], evidence=list(a.evidence)),
                                 p.scope_said, p.paragraph, noun=p.noun))
    return out


def _with_the_sides_an_end_bound(positions: list[_Position]) -> None:
    """ "The moratorium expired, the Kremlin said" … "it was agreed by both sides": an end binds
    the sides that agreed to the truce (GUIDE: ended, parties the sides it bound), else the side
    that tells of it."""
    for p in positions:
        a = p.agreement
        if a.status != "ended" or a.parties:
            continue
        bound = {side for q in positions if q.agreement.status == "agreed" and
                 q.agreement.scope == a.scope for side in q.agreement.parties}
        a.parties = sorted(bound) if bound else [p.reporter] if p.reporter else []


def _report_day(facts: list[SentenceFacts], published: dt.date | None) -> dt.date | None:
    """The day the report tells of: its lead's ("Trump said … in a call with Putin on Thursday",
    published on Friday), else its publication's. A position told as the report's news without
    a day of its own is dated by it."""
    lead = facts[0] if facts else None
    if lead is None or not lead.dates or published is None:
        return published
    first = lead.dates[0]
    before = lead.text[max(0, first.start - 40):first.start]
    if 0 <= (published - first.date).days <= 1 and not PERIOD_BEFORE.search(before):
        return first.date
    return published


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|I)\b")
# a transcript's question ("Q: Kyiv says Russia broke the truce."): the journalist's, who speaks
# for no side, so the answer's "we" and "our" are not the side the question quotes
_QUESTION_TURN = re.compile(r"^\W*(?:Q|QUESTION|Question|REPORTER|Reporter)\s*:\s")
_HE_WHO_SPOKE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _pronoun_for_the_last_speaker(text: str) -> bool:
    """ "In both calls, it said, he proposed a truce …": "he" with no one named before it is
    the one who spoke before."""
    he = _HE_WHO_SPOKE.search(text)
    return he is not None and not any(a.actor.side for a in find_actors(text[:he.start()]))


def _speakers(facts: list[SentenceFacts]) -> dict[int, str | None]:
    """The side each sentence speaks for: its claimant's, or for "we proposed a ceasefire …"
    inside a quotation that names no one, the last speaker's of the paragraph or the one
    before."""
    out: dict[int, str | None] = {}
    last: tuple[int, str] | None = None
    for f in facts:
        # (a turn's speaker speaks every sentence of the turn: "PESKOV: We have seen …. A
        # thirty-day ceasefire … is unacceptable to us")
        side = f.claimant.side if f.claimant else f.turn_side
        if _QUESTION_TURN.match(f.text):
            last = None
        elif side:
            last = (f.sentence.paragraph, side)
        elif last and f.sentence.paragraph - last[0] <= 1 and (
                _FIRST_PERSON.search(f.text) or
                ("agreement" in f.kinds and _pronoun_for_the_last_speaker(f.text))):
            side = last[1]
        else:  # "Lavrov rejected the proposal …. In the same remarks he offered …": the
            # person who took a position is whom "he" speaks for next (not the speaker's side)
            person = next((a.actor.side for a in f.actors
                           if a.actor.kind == "person" and a.actor.side), None)
            last = (f.sentence.paragraph, person) if person and "agreement" in f.kinds else last
        out[id(f)] = side
    return out


# "will not reciprocate", "has no plans to follow suit", "refused to respond in kind", "won't
# reciprocate": the answer in kind refused (GUIDE: the other side's answer is a record of its own)
_NOT_IN_KIND = re.compile(
    r"(?:\bnot|n't|\bnever|\bno\s+(?:plans?|intention|reason|need)\s+(?:to|of)|"
    r"\b(?:refus|declin|reject)\w*\s+to)\s+(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)


def _reciprocation(f: SentenceFacts, earlier: list[_Position], speaker: str | None,
                   day: dt.date | None) -> list[_Position]:
    """ "Putin declared an Easter truce …" then "Zelenskiy said Ukraine would respond in kind" or
    "the Ukrainian army will act in a mirror image of Russia": the side answering accepts the
    truce the other side declared (GUIDE: the other side's answer is a record of its own)."""
    m = RECIPROCATE.search(f.text)
    if m is None or HYPOTHETICAL.search(f.text[:m.start()]) or ASKED_TO.search(f.text[:m.start()]):
        return []
    before = [a.actor.side for a in f.actors
              if a.actor.side and a.actor.kind != "media" and a.end <= m.start()]
    side = before[-1] if before else speaker
    declared = [p.agreement for p in earlier if p.agreement.status == "agreed" and
                p.agreement.parties == [p.agreement.proposed_by] != [side]]
    if side not in BELLIGERENTS or not declared:
        return []
    truce = declared[-1]
    own_day = f.date if f.has_own_date else None
    refused = _NOT_IN_KIND.search(f.text[:m.start()]) is not None
    return [_Position(Agreement(
        date=own_day or (day if not EARLIER.search(f.text) else None), scope=truce.scope,
        status="rejected" if refused else "agreed", parties=[side],
        proposed_by=truce.proposed_by,
        duration_days=truce.duration_days, conditions=[m.group(0)],
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)]),
        True, f.sentence.paragraph, None, own_day is None)]


def _without_answered_requests(positions: list[_Position]) -> list[Agreement]:
    """A third state's request of one side that the side answered is the answer's proposer, not
    a position of its own ("Trump asked Putin to halt strikes on Kyiv … Putin agreed": agreed,
    proposed by the US; GUIDE: the broker is proposed_by). Unanswered, it stays, and so does a
    proposal put to both sides ("Macron proposed that both sides refrain from …")."""
    agreements = [p.agreement for p in positions]
    answered = {(a.scope, a.proposed_by) for a in agreements if a.status in ("agreed", "rejected")}
    return [p.agreement for p in positions
            if not (not p.to_both and p.agreement.status == "proposed" and
                    not _answered_by_both(p.agreement, agreements) and
                    len(p.agreement.parties) == 1 and p.agreement.parties[0] not in BELLIGERENTS
                    and (p.agreement.scope, p.agreement.parties[0]) in answered)]


# "Trump's request to suspend strikes", "asked Putin to halt …" (not "asked for a truce")
_REQUESTED = re.compile(r"\b(?:request\w*|ask\w*|urg\w+|call\w*\s+on|press\w*)\s+"
                        r"(?:[\w'-]+\s+){0,3}?to\s+", re.IGNORECASE)


def _answered_by_both(offer: Agreement, agreements: list[Agreement]) -> bool:
    """ "Turkey proposes a 90-day pause at sea", then Ukraine accepts and Russia accepts on terms:
    a plan each side at war answered on its own was put to both, not a request of one."""
    if any(_REQUESTED.search(e.sentence) for e in offer.evidence):
        return False  # "Trump's request to suspend strikes on Odesa": a request of one side
    sides = {side for a in agreements if a.status in ("agreed", "rejected") and
             a.scope == offer.scope and a.proposed_by == offer.proposed_by and len(a.parties) == 1
             for side in a.parties}
    return sides >= BELLIGERENTS


def _with_the_truce_durations(positions: list[_Position]) -> None:
    """A truce's length said once holds for every position on it: "a 30-day moratorium on
    energy strikes", then "accused Kyiv of violating the energy truce", is a 30-day truce
    violated. Only where the report gives one length for that scope (a 30-hour truce and a
    30-day proposal, both full, leave the others open); a violation or an end is of a truce
    in force, so the lengths of the truces agreed decide for them; an agreement is to the
    truce on the table; an offer or a refusal takes the length only when it refers back to the
    truce ("the moratorium"), not for "a ceasefire" of its own ("would not agree to a
    ceasefire until …")."""
    lengths: dict[str, set[float]] = {}
    agreed: dict[str, set[float]] = {}
    for p in positions:
        a = p.agreement
        if a.duration_days is not None:
            lengths.setdefault(a.scope, set()).add(a.duration_days)
            if a.status == "agreed":
                agreed.setdefault(a.scope, set()).add(a.duration_days)
    for p in positions:
        a = p.agreement
        in_force = a.status in _NOT_AN_OFFER
        said = agreed.get(a.scope) if in_force and a.scope in agreed else lengths.get(a.scope)
        if a.duration_days is None and said and len(said) == 1 and \
                (in_force or p.definite or a.status == "agreed"):
            a.duration_days = next(iter(said))
        elif a.duration_days is None and a.status in ("agreed", "rejected") and a.proposed_by:
            # an answer to a side's offer (its proposer known) is on that offer's length:
            # "France proposed a 30-day truce …; Moscow would not consider any pause …"
            offered = {o.agreement.duration_days for o in positions
                       if _open_offer(o.agreement) and o.agreement.scope == a.scope and
                       o.agreement.proposed_by == a.proposed_by and o.agreement.duration_days}
            if len(offered) == 1:
                a.duration_days = next(iter(offered))


def _terms_told(text: str, truce: re.Match[str]) -> tuple[str, float | None] | None:
    """The scope (where the words say one) and length of a truce told with no position on it
    ("units near Kupiansk held their fire for six hours so that both sides could collect the
    bodies"), for the position a later sentence takes on it ("The pause was agreed by both")."""
    lo, hi = next(((a, b) for a, b in clauses(text) if a <= truce.start() < b), (0, len(text)))
    clause = text[lo:hi]
    shifted = TRUCE.search(clause, truce.start() - lo)
    if shifted is None:
        return None
    scope, said = scope_near(clause, shifted)
    return (scope if said else "", duration(clause, shifted))


def _with_the_terms_told(found: list[_Position], scope: str, length: float | None) -> None:
    for p in found:
        if not p.scope_said and scope:
            p.agreement.scope, p.scope_said = scope, True
        if p.agreement.duration_days is None:
            p.agreement.duration_days = length


def _positions_in(f: SentenceFacts, previous: _Position | None, earlier: list[_Position],
                  speaker: str | None, day: dt.date | None,
                  truce_told: bool = False) -> Iterator[_Position]:
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    parsed = USE_PARSE and may_state_a_position(f.text) and not _offer_by_its_scope_only(f.text)
    so_far: list[_Position] = []  # "Kyiv put forward a 30-day truce; Moscow replied that …"
    for lo, hi in clauses(f.text):
        clause = f.text[lo:hi]
        mentions = _truce_mentions(clause, f, previous, truce_told)
        for truce in mentions:
            if not parsed and (HYPOTHETICAL.search(clause[:truce.start()]) or
                               POSSIBLE_TRUCE.search(clause[:truce.start()])):
                continue  # the parse tells a condition or a possibility from a position
            if _CALLED.search(clause[max(0, truce.start() - 60):truce.start()]):
                continue  # "calling it a parade truce": a name for the truce, no position
            if _TO_MONITOR.search(clause, max(0, truce.start() - 40), truce.start()):
                continue  # "agree to set up a centre to monitor the pause": a body's task
            if _ASKS_A_QUESTION.search(clause, max(0, truce.start() - 60), truce.start()):
                continue  # "asks who would police an air truce": a question, no request
            if _A_KIND.search(clause, max(0, truce.start() - 30), truce.end() + 12) or \
                    (truce.re is ACCUSATION and _A_KIND.search(f.text)):
                # "ready to facilitate similar pauses elsewhere", "Previous truces have failed,
                # and each side accused the other of breaking them", "as the truces of the past
                # have ended, in mutual accusations": a kind, no truce
                continue
            site = _Site(f, lo, clause, truce, mentions, evidence, day)
            for position in _positions_on(site, parsed, previous, earlier + so_far, speaker):
                position.noun = truce_noun(truce.group(0))
                so_far.append(position)
                yield position


def _offer_by_its_scope_only(text: str) -> bool:
    """ "11 April - The energy halt expires.": the truce on the table named only by its scope
    or length, read from the words around it (no parse more than the other offer words ask)."""
    return OFFER.search(text) is not None and not (
        TRUCE.search(text) or PLAIN_OFFER.search(text) or A_PAUSE.search(text) or
        ACCUSATION.search(text) or _pronoun_objects(text))


_CALLED = re.compile(r"\b(?:call\w*|dubb\w*|brand\w*|term\w*|label\w*|describ\w*|deris\w*)\s+"
                     r"(?:it|this|that|them)\s+(?:as\s+)?[\"\u201c']?(?:an?\s+|the\s+)?"
                     r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# "the weekly asks who would monitor a pause", "asked whether a ceasefire could hold": an
# indirect question ("ask" is a request only with a side asked to do something)
_ASKS_A_QUESTION = re.compile(r"\bask(?:s|ed|ing)?\s+(?:who|whom|whether|if|how|why|what|when|"
                              r"where|which)\b[^.;]*$", re.IGNORECASE)
# "agreed to set up a joint centre to monitor the pause", "a mission to verify the truce": what
# a body is to watch over, no side's position on the truce (a truce is told before or after)
_TO_MONITOR = re.compile(r"\bto\s+(?:monitor|verify|oversee|supervise|police|observe\s+"
                         r"compliance\s+with)\s+(?:(?:the|this|that|its|a|any)\s+)?(?:[\w-]+\s+){0,2}?$",
                         re.IGNORECASE)
_A_KIND = re.compile(r"\b(?:similar|such|previous|past|earlier|former|prior)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:pauses|truces|cease-?fires|moratoriums|moratoria|halts)\b|"
                     # "the short holiday truces of the past"
                     r"\b(?:pauses|truces|cease-?fires|moratoriums|moratoria|halts)\s+of\s+the\s+"
                     r"past\b", re.IGNORECASE)


def _positions_on(site: _Site, parsed: bool, previous: _Position | None,
                  earlier: list[_Position], speaker: str | None) -> Iterator[_Position]:
    """The positions taken on one truce mention: from the parse where it is asked, else from the
    words around the truce."""
    f, clause, truce, lo = site.f, site.clause, site.truce, site.lo
    # "raised a 30-day ceasefire, but Putin answered that such a truce …": the one just named
    said_here = [p for p in earlier if p.scope_said and p.agreement.evidence and
                 p.agreement.evidence[0].start == f.sentence.start]
    scope, scope_said = _scope_of(clause, truce, said_here[-1] if said_here else previous,
                                  earlier)
    if not scope_said and (_PARTIAL.search(clause, max(0, truce.start() - 40), truce.start()) or
                           _HALTING_VERB.match(truce.group(0))):
        scope, scope_said = _partial_scope(site, previous, earlier, scope)
    if scope == "full" and truce.re is not ACCUSATION and on_a_town(f, lo, truce):
        # ("accused Kyiv of shelling Belgorod": where the truce was broken, not its scope)
        scope, scope_said = "other", True
    stances = _parsed_stances(f, lo, truce, site.mentions, speaker) if parsed else None
    if scope == "full" and truce_noun(truce.group(0)) in _PARTIAL_NOUNS and \
            any(s.counter and s.status == "proposed" for s in stances or ()):
        # "will stop its strikes on energy facilities only if Moscow agrees to a full 30-day
        # moratorium": the truce asked for halts what the side would stop ("… only if Kyiv
        # agrees to a full ceasefire" is full)
        scope, scope_said = _partial_scope(site, previous, earlier, scope)
    if stances == [] and not mutual_accusations(clause):
        # no position: "It includes halting air and sea attacks." ("The truce came under strain,
        # with each side accusing the other of breaking it" is one violation per side)
        if len(site.mentions) == 1:
            _refine_previous(site, previous, scope, scope_said)
        return
    if stances is not None:
        accused = kept_attacking(clause, truce) or \
            ([] if any(s.status == "violated" for s in stances) else mutual_accusations(clause))
        stances += [Stance("violated", [[side]], None, f.date if f.has_own_date else None)
                    for side in accused]
        for stance in stances:
            for each_scope in [scope] + coordinated_scopes(clause, truce, scope):
                yield from _stance_positions(site, stance, each_scope, scope_said, earlier)
        return
    statuses = statuses_near(clause, truce, cue_owners(clause, site.mentions))
    if not statuses:
        _refine_previous(site, previous, scope, scope_said)
        return
    mutual = [[side] for side in mutual_accusations(clause)]
    for status, cue, who in statuses:
        # "each side accuses the other of hundreds of violations": one violation per side
        for parties in who or (mutual if status == "violated" else []) or \
                parties_near(f, clause, status, cue):
            proposer = None if status in _NOT_AN_OFFER else \
                parties[0] if who else proposer_near(clause, status, parties)
            yield _Position(Agreement(
                date=f.date if f.has_own_date else None, scope=scope, status=status,
                parties=parties, proposed_by=proposer,
                duration_days=duration(clause, truce),
                conditions=conditions(clause) if status in _TERMS_SET else [],
                evidence=[site.evidence]),
                scope_said, f.sentence.paragraph,
                definite=_refers_back(clause, truce))


_PARTIAL_NOUNS = {"moratori", "pause", "halt"}


def _refine_previous(site: _Site, previous: _Position | None, scope: str,
                     scope_said: bool) -> None:
    """A halt with no position of its own says more of the position before: its scope, length
    or day (not a halt demanded of a side: "but said Kyiv must stop its drone attacks", a
    condition)."""
    if _DEMANDED.search(site.clause[:site.truce.start()]):
        return
    f = site.f
    _refine_scope(previous, scope, scope_said, f)
    _refine_length(previous, duration(site.clause, site.truce) or period_days(f), f)
    _refine_date(previous, f)


_DEMANDED = re.compile(r"\b(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+"
                       r"(?:\w+\s+)?$", re.IGNORECASE)


def _parsed_stances(f: SentenceFacts, lo: int, truce: re.Match[str],
                    mentions: list[re.Match[str]], speaker: str | None) -> list[Stance] | None:
    """The positions the parse reads on this truce; none where no word of the sentence governs
    it (measured: the words around it, asked then, add more wrong records than right ones)."""
    if truce.re is ACCUSATION:
        return None
    others = [(lo + m.start(), lo + m.end()) for m in mentions if m is not truce]
    return read_stances(f.text, (lo + truce.start(), lo + truce.end()), others, f.dates,
                        speaker) or []




def _stance_positions(site: _Site, stance: Stance, scope: str, scope_said: bool,
                      earlier: list[_Position]) -> Iterator[_Position]:
    """The records of one position the parse read; the words around the truce name the parties
    where the parse names no one."""
    f, clause, truce, evidence, day = site.f, site.clause, site.truce, site.evidence, site.day
    status = stance.status
    if status == "support" and _EXTENSION.search(clause, max(0, truce.start() - 30),
                                                 truce.start()):
        status = "proposed"  # "ready to prolong the halt": its own offer of a new term
    elif status == "support":  # agreed to another side's truce, else its own proposal
        scope = _supported_scope(stance, scope, earlier)
        status = _support(stance, scope, earlier, _offer_owner(clause),
                          duration(clause, truce, site.others))
        if status == "proposed" and _conceded(site):
            status = "agreed"
    elif status == "halt":
        status = _halt(stance, scope, earlier)
    if not status:
        return
    proposer = stance.proposer
    if status == "proposed" and stance.parties and (len(stance.parties[0]) == 1 or (
            stance.parties[0] and not set(stance.parties[0]) & BELLIGERENTS)):
        proposer = _first_named(clause, stance.parties[0])  # "France and Germany proposed …"
    if status == "proposed" and _urged_to_take_up(site, scope, proposer, earlier):
        return
    if status == "agreed":
        proposer = broker(f.text) or proposer
    if status in ("agreed", "rejected") and proposer is None and \
            (_refers_back(clause, truce) or _of_any_kind(clause, truce)):
        proposer = _earlier_proposer(scope, stance.parties, earlier)  # "rejected the offer"
    days = duration(clause, truce, site.others) or period_days(f)
    if status in ("agreed", "rejected") and proposer is None and \
            _ANSWER.search(f.text, 0, site.lo + truce.start()):
        # "Putin replied that Russia could not accept a ceasefire while …", "Asked about that
        # offer, Peskov said …": an answer to the truce on the table
        on_the_table = _offered_before(scope, stance.parties, earlier)
        if on_the_table is not None:
            proposer, days = on_the_table.proposed_by, days or on_the_table.duration_days
    if status == "rejected" and proposer is None and scope not in ("full", "other"):
        # "an 'air truce' is unacceptable for Moscow" after Kyiv proposed one: a truce of that
        # kind refused is the one another side put on the table (a bare "ceasefire" may be
        # any; its length is the refusal's own)
        on_the_table = _offered_before(scope, stance.parties, earlier)
        proposer = on_the_table.proposed_by if on_the_table else None
    if not stance.lengths_its_own:
        # "would only agree to a ceasefire that lasted 30 days": a refusal of the truce on the
        # table, whose proposer and length the report gave before
        on_the_table = _offered_before(scope, stance.parties, earlier)
        proposer = proposer or (on_the_table.proposed_by if on_the_table else None)
        days = on_the_table.duration_days if on_the_table else None
    news = stance.news or _lead_news(site)
    for parties in stance.parties or \
            parties_near(f, clause, status, nearest_status(clause, truce)[1]):
        if status == "proposed" and not proposer and len(parties) == 1:
            proposer = parties[0]
        yield _Position(Agreement(
            date=stance.date or (day if news else None), scope=scope, status=status,
            parties=parties,
            proposed_by=None if status in _NOT_AN_OFFER else proposer,
            duration_days=days,
            conditions=stance.conditions if status in _TERMS_SET else [],
            evidence=[evidence]),
            scope_said, f.sentence.paragraph, stance.reporter,
            stance.date is None and news and day is not None,
            # (an offer to renew the truce is of a new term: not the old one's length)
            _refers_back(clause, truce) and not (status == "proposed" and _EXTENSION.search(
                clause, max(0, truce.start() - 30), truce.start())),
            to_both=status == "proposed" and (_put_to_both(clause, truce) or _tabled(clause)))


_PRESSED_TO_ACCEPT = re.compile(r"\b(?:urg\w+|call\w*\s+on|press\w*|ask\w*|encourag\w+)\s+"
                                r"(?:[\w'-]+\s+){0,4}?to\s+(?:accept|take\s+up|agree\s+to|embrace|"
                                r"back|support|sign\s+up\s+to)\s+$", re.IGNORECASE)


def _first_named(clause: str, sides: list[str]) -> str:
    """Of the sides, the one the clause names first (GUIDE: proposed_by takes one code)."""
    named = [a.actor.side for a in find_actors(clause) if a.actor.side in sides]
    return named[0] if named else sides[0]


def _urged_to_take_up(site: _Site, scope: str, proposer: str | None,
                      earlier: list[_Position]) -> bool:
    """ "Fico urged Putin to take up the Ukrainian offer": pressing a side to accept another's
    offer, named before, is no proposal of its own."""
    pressed = _PRESSED_TO_ACCEPT.search(site.clause[:site.truce.start()])
    if site.truce.re is not OFFER or pressed is None:
        return False
    owner = _offer_owner(site.clause) or _earlier_proposer(scope, None, earlier)
    return owner is not None and owner != proposer


# "a truce under which Russia and Ukraine would stop …", "…, calling on both sides to …": the
# terms the proposal sets both sides after the truce
_TERMS_FOR = re.compile(r"\b(?:(?:under|by|in)\s+which|whereby|calling\s+on|urging|asking)\s+",
                        re.IGNORECASE)


def _tabled(clause: str) -> bool:
    """ "The US team put forward a framework that includes a ceasefire": an offer laid on the
    table for both sides, not a request of one ("Trump asked Putin to halt strikes …": answered,
    the request is the answer's proposer)."""
    return _TABLED.search(clause) is not None and _REQUEST_OF_A_SIDE.search(clause) is None


_TABLED = re.compile(r"\b(?:put\s+forward|tabled|unveiled|floated|presented|submitted)\b",
                     re.IGNORECASE)
_REQUEST_OF_A_SIDE = re.compile(r"\b(?:call\w*\s+on|urg\w+|ask\w*|press\w*|push\w*|request\w*|"
                                r"invit\w+|demand\w*|want\w*)\s+(?:[\w'-]+\s+){0,4}?to\s+",
                                re.IGNORECASE)


def _put_to_both(clause: str, truce: re.Match[str]) -> bool:
    """A proposal put to both sides ("proposed that both sides refrain from …", "a halt to
    strikes … between Russia and Ukraine", "a pause in attacks on ports by both sides")."""
    if BOTH.search(clause, 0, truce.start()) or _BETWEEN.search(clause, truce.end()) or \
            _BY_BOTH.match(clause, truce.end()):
        return True
    if _TERMS_AFTER_COLON.match(clause, truce.end()):
        return True
    terms = _TERMS_FOR.search(clause, truce.end())
    # "a truce under which neither side would attack ports": terms set both sides
    return terms is not None and (BOTH.match(clause, terms.end()) is not None or
                                  _EITHER.match(clause, terms.end()) is not None)


# 'proposes a "port truce" in the Sea of Azov: for 45 days, neither side would fire on …': the
# terms spelled out after a colon bind both sides
_TERMS_AFTER_COLON = re.compile(r"[^.;:]{0,60}:\s+(?:[^.;:,]{0,30},\s+)?(?:neither|either|each|"
                                r"both)\s+(?:side|sides|party|parties)\b", re.IGNORECASE)


_EITHER = re.compile(r"(?:neither|either|each|no)\s+side\b", re.IGNORECASE)
# "a halt to strikes on power plants by both sides", "a pause in shelling on each side": the
# truce's agents, after what it halts
_BY_BOTH = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:by|from|on|for)\s+(?:both\s+(?:sides|parties|"
                      r"countries|armies)|the\s+two\s+(?:sides|parties|countries|armies)|"
                      r"each\s+side|either\s+side)\b", re.IGNORECASE)
# "… in the air and at sea between Russia and Ukraine": the truce's own sides
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+(?:two|warring)\s+(?:sides|parties|countries|armies)|"
                      r"Russia and Ukraine|Ukraine and Russia|Moscow and Kyiv|Kyiv and Moscow)\b",
                      re.IGNORECASE)


_ANSWER = re.compile(r"\b(?:repl(?:y|ied|ies|ying)|respond(?:ed|s|ing)?|answer(?:ed|s|ing)?|"
                     r"retort(?:ed|s)?|asked about)\b", re.IGNORECASE)
_EXTENSION = re.compile(r"\b(?:prolong|extend|renew)\w*\s+(?:(?:the|its|this|that|their)\s+)?"
                        r"(?:[\w-]+\s+)?$", re.IGNORECASE)


# "The Kremlin has rejected a French proposal …" opening the report: the day's news
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?!repeatedly|long|always|never|already|"
                      r"previously|twice|since)\w+ly\s+)?(?:\w+ed|broken|given|taken|sought)\b",
                      re.IGNORECASE)


def _lead_news(site: _Site) -> bool:
    """A present perfect in the report's first paragraph tells the news of its day, unless
    something puts it earlier."""
    f = site.f
    perfect = _PERFECT.search(site.clause, 0, site.truce.start())
    return f.sentence.paragraph == 0 and perfect is not None and not EARLIER.search(f.text)


def _refers_back(clause: str, truce: re.Match[str]) -> bool:
    """ "the moratorium", "the arrangement", "that truce": a truce the report named before."""
    return truce.re in (OFFER, PRONOUN, A_PAUSE) or \
        ANAPHORIC.search(clause, max(0, truce.start() - 14), truce.end()) is not None


def _offered_before(scope: str, parties: list[list[str]] | None,
                    earlier: list[_Position]) -> Agreement | None:
    """The last truce of that scope another side declared or proposed before."""
    sides = set(parties[0]) if parties else set()
    offered = [p.agreement for p in earlier if p.agreement.scope == scope and
               p.agreement.status in ("agreed", "proposed") and p.agreement.proposed_by and
               p.agreement.proposed_by not in sides]
    return offered[-1] if offered else None


def _earlier_proposer(scope: str, parties: list[list[str]] | None,
                      earlier: list[_Position]) -> str | None:
    """ "Kyiv accepted the arrangement": the truce's proposer, as the report gave it before
    (the last position of that scope with a proposer other than the side answering)."""
    sides = set(parties[0]) if parties else set()
    named = [p.agreement.proposed_by for p in earlier if p.agreement.scope == scope and
             p.agreement.proposed_by and p.agreement.proposed_by not in sides]
    return named[-1] if named else None


# "agrees to the American proposal and is ready to stop strikes …", "Trump's plan": whose offer
# the clause names beside the truce
_OWNED_OFFER = re.compile(r"\b(?:(?:the|an?)\s+(?P<adj>[A-Z][\w.-]*)|"
                          r"(?P<poss>[A-Z][\w.-]*)['\u2019]s)\s+(?:offer|proposal|plan|initiative)\b")


def _offer_owner(clause: str) -> str | None:
    m = _OWNED_OFFER.search(clause)
    if m is None:
        return None
    owner_words = (m.group("adj") or m.group("poss")).replace("-", " - ")  # "Franco-German"
    named = [a.actor.side for a in find_actors(owner_words) if a.actor.side]
    sides = set(named)
    if len(sides) > 1 and not sides & BELLIGERENTS:
        return named[0]  # "the Franco-German plan": the first named
    return sides.pop() if len(sides) == 1 else None


# "supports a maritime ceasefire" after a truce in the Black Sea was put forward: that truce
_NARROWER = {"sea": ("black_sea",)}


def _supported_scope(stance: Stance, scope: str, earlier: list[_Position]) -> str:
    """The scope of another side's truce that a side's support names more broadly."""
    sides = set(stance.parties[0]) if stance.parties else set()
    offered = [p.agreement.scope for p in earlier if p.agreement.scope in _NARROWER.get(scope, ())
               and p.agreement.proposed_by and p.agreement.proposed_by not in sides]
    return offered[-1] if offered else scope


def _conceded(site: _Site) -> bool:
    """ "supports the idea of a ceasefire in principle", "backed a truce, but said it must …":
    support granted with a reserve answers a truce put forward, whoever did (GUIDE: an acceptance
    with conditions is agreed), where a bare "supports a ceasefire" may be the side's own offer."""
    return _IN_PRINCIPLE.search(site.clause) is not None or \
        _BUT_AFTER.match(site.f.text, site.lo + site.truce.end()) is not None


_IN_PRINCIPLE = re.compile(r"\bin\s+principle\b", re.IGNORECASE)
# the truce's phrase runs on to a ", but" or "but that" ("a ceasefire of 30 days, but …")
_BUT_AFTER = re.compile(r"(?:\s+(?:of|for|on|in|with)\s+[\w -]{1,30}?)?,?\s+but\b", re.IGNORECASE)


def _support(stance: Stance, scope: str, earlier: list[_Position],
             offer_owner: str | None = None, days: float | None = None) -> str:
    """ "Kyiv supports the truce": agreed where another side put the truce forward (its own
    words say so, an offer of another named in the clause, or an earlier position of the
    report on a truce of that scope), else Kyiv's own proposal; so is "we are ready for a
    ceasefire of at least 30 days" after the other side's three-day truce (a length of its
    own, not the one on the table)."""
    sides = set(stance.parties[0]) if stance.parties else set()
    if days is not None and stance.truce_proposer is None and offer_owner is None:
        lengths = {p.agreement.duration_days for p in earlier if p.agreement.scope == scope and
                   p.agreement.proposed_by and p.agreement.proposed_by not in sides}
        if lengths and None not in lengths and days not in lengths:
            return "proposed"
    named = [stance.truce_proposer, stance.proposer, offer_owner] + [
        p.agreement.proposed_by for p in earlier if p.agreement.scope == scope]
    others = {side for side in named if side}
    if others - sides:
        if stance.proposer is None or stance.proposer in sides:
            stance.proposer = next(iter(sorted(others - sides)))
        return "agreed"
    return "proposed"


def _halt(stance: Stance, scope: str, earlier: list[_Position]) -> str:
    """ "Kyiv would stop its strikes if Moscow kept its word": agreed; the answer to a truce of
    another side stated before keeps that truce's proposer, else the side declares its own
    (GUIDE: a side that declares a truce of its own proposes it)."""
    sides = set(stance.parties[0]) if stance.parties else set()
    answered = [p.agreement for p in earlier if p.agreement.scope == scope and
                p.agreement.status in ("agreed", "proposed") and set(p.agreement.parties) - sides]
    if answered:
        stance.proposer = answered[-1].proposed_by
    elif len(sides) == 1:
        stance.proposer = next(iter(sides))
    if stance.counter:  # "will stop … only if Moscow agrees to a 30-day moratorium": the offer
        # on the table refused until the side's own terms are met (GUIDE); none on the table:
        # the terms asked for are the side's offer, read on their own
        return "rejected" if answered else ""
    return "agreed"


def _truce_mentions(clause: str, f: SentenceFacts, previous: _Position | None,
                    truce_told: bool = False) -> list[re.Match[str]]:
    mentions = list(TRUCE.finditer(clause))
    # "held their fire over Easter, …, accusing Ukraine of 1,500 violations": an accusation
    # apart from the truce named
    # (a count of breaches is one however near the truce: "accused Kyiv of '300 provocations'
    # during the truce")
    mentions += [m for m in ACCUSATION.finditer(clause)
                 if (all(m.start() - t.end() > 30 or t.start() - m.end() > 30 for t in mentions)
                     or COUNTED_BREACHES.search(m.group()))
                 and not _NOT_ACCUSED.search(clause, max(0, m.start() - 40), m.start())]
    recent = previous is not None and f.sentence.paragraph - previous.paragraph <= 2
    # "… held their fire for six hours …" then "The pause was agreed by both commands": the
    # truce told just before, though no position was read on it there
    if all(m.re is ACCUSATION for m in mentions) and (recent or truce_told or
                                                      TRUCE.search(f.text)):
        # "Ukraine rejected the offer"; "Kyiv accepted the US proposal but said any truce …";
        # "saw no reason to prolong the arrangement, accusing Kyiv of breaching it": both
        mentions = sorted(mentions + list(OFFER.finditer(clause)), key=lambda m: m.start())
    else:
        # "Moscow dismissed a French plan for a truce, a day after Kyiv said it would accept the
        # proposal": an offer named apart from the truce is another position on it
        mentions = sorted(mentions + [m for m in OFFER.finditer(clause) if all(
            "," in clause[min(m.end(), t.end()):max(m.start(), t.start())] for t in mentions) and
            (_ANSWERED.search(clause[:m.start()]) or
             mentions and _SUPPORTED.search(clause[:m.start()]))], key=lambda m: m.start())
    if recent or TRUCE.search(f.text):
        # "… called for a truce. Moscow was prepared to observe it": the truce just named
        before = f.text[:max(0, f.text.find(clause))]
        mentions = sorted(mentions + [m for m in _pronoun_objects(clause) if _another_side_on_it(
            before + clause[:m.start()], recent)], key=lambda m: m.start())
    if recent:  # "Ukraine would not sign up to a pause that ends …": the truce just told
        mentions = sorted(mentions + [m for m in A_PAUSE.finditer(clause) if _ANSWERING.search(
            clause[:m.start()]) and not any(t.start() <= m.start() < t.end() for t in mentions)],
            key=lambda m: m.start())
    return mentions


_ANSWERING = re.compile(r"\b(?:accept\w*|agree\w*\s+to|sign\w*\s+up\s+to|reject\w*|turn\w*\s+down|"
                        r"consider\w*|support\w*|back\w*|endors\w+|observ\w+|respect\w*|"
                        r"hono(?:u)?r\w*)\s+$", re.IGNORECASE)


# "did not accuse Moscow of violating it", "Neither side accused the other of breaching it"
_NOT_ACCUSED = re.compile(r"\b(?:not|never|n't|neither(?:\s+side)?|no\s+one|nobody|none)\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def _another_side_on_it(before: str, recent: bool) -> bool:
    """ "it" is the truce named before: in the sentence, when another side is named between
    ("Moscow tabled a moratorium, with Kyiv saying it could accept it"; not "Russia violates the
    moratorium while pretending to observe it"), else just before the sentence."""
    named = list(TRUCE.finditer(before))
    if not named:
        return recent
    between = before[named[-1].end():]
    return any(a.actor.side for a in find_actors(between))


_ANSWERED = re.compile(r"\b(?:accept\w*|agree\w*\s+to|sign\w*\s+up\s+to|reject\w*|"
                       r"turn\w*\s+down)\s+$", re.IGNORECASE)
# "Ukraine supported the pause for Odesa, provided Russia also stopped attacking …": support of
# the truce on the table, where a truce word of the sentence tells it is one ("backed the plan
# to raise exports" alone is none)
_SUPPORTED = re.compile(r"\b(?:support(?:s|ed)?|backs|backed|endors(?:es|ed))\s+$",
                        re.IGNORECASE)


# "prepared to observe it", "would honour it", "rejected it": a position on the truce just named
PRONOUN = re.compile(r"\bit\b")
_PRONOUN_CUE = re.compile(r"\b(?:observ|honou?r|respect|accept|reject|welcom|join|violat|breach|"
                          r"broke|break|extend|prolong|renew)\w*\s+$", re.IGNORECASE)


def _pronoun_objects(clause: str) -> list[re.Match[str]]:
    return [m for m in PRONOUN.finditer(clause) if _PRONOUN_CUE.search(clause[:m.start()])]


def _scope_of(clause: str, truce: re.Match[str], previous: _Position | None,
              earlier: list[_Position]) -> tuple[str, bool]:
    """The scope the words give, else the earlier position's for "the moratorium", "the offer",
    "accused each other of shelling …": the last one named by the same word ("the moratorium"
    after a rejected "ceasefire" is the moratorium agreed before), else the one just before."""
    if truce.re is PRONOUN:  # "it": the truce named last, in the sentence or before it
        last = earlier[-1] if earlier else previous
        if last is not None:
            return last.agreement.scope, last.scope_said
    if truce.re is ACCUSATION and USING_THE_TRUCE.search(truce.group(0)) and \
            previous is not None:
        # "accusing Kyiv of using the truce to bring sea drones closer": the truce told, not
        # the words of the deed ("sea drones" make no sea truce)
        return previous.agreement.scope, previous.scope_said
    scope, scope_said = scope_near(clause, truce)
    anaphoric = ANAPHORIC.search(clause[max(0, truce.start() - 14):truce.end()])
    if scope == "full" and anaphoric and not SAID_FULL.search(anaphoric.group(0)):
        # "the 60-day moratorium": a length, not a scope, on the truce named before
        noun = truce_noun(truce.group(0))
        same = [p for p in earlier if noun and p.noun == noun and p.scope_said]
        if same:
            return same[-1].agreement.scope, True
    if scope_said or previous is None or not previous.scope_said:
        return scope, scope_said
    if anaphoric or truce.re in (ACCUSATION, OFFER, PRONOUN, A_PAUSE) or \
            _of_any_kind(clause, truce):
        noun = truce_noun(truce.group(0))
        same = [p for p in earlier if noun and p.noun == noun and p.scope_said]
        return (same[-1] if same else previous).agreement.scope, True
    return scope, scope_said


# "would consider ceasefire proposals only as part of …", "any truce would require …", "does not
# need such a pause": truces of any kind, said in answer to the one on the table
_ANY_TRUCE = re.compile(r"\b(?:cease-?fire|truce|pause)\s+(?:proposals|offers|initiatives|plans|"
                        r"ideas)\b|\b(?:any|such\s+a)\s+(?:[\w-]+\s+)?(?:truce|cease-?fire|pause|"
                        r"moratorium|halt)\b", re.IGNORECASE)


def _of_any_kind(clause: str, truce: re.Match[str]) -> bool:
    return _ANY_TRUCE.search(clause, max(0, truce.start() - 12), truce.end() + 14) is not None


# "ending the longest-lasting partial truce of the war": not a full one, the truce the sentence
# (or the report just before) named with its scope
_PARTIAL = re.compile(r"\bpartial\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# "the two sides had agreed to hold fire" beside "the pause" named before: the same truce
_HALTING_VERB = re.compile(r"(?:hold(?:s|ing)?|held|ceas(?:e|es|ed|ing)|stop\w*|halt\w*|"
                           r"refrain\w*\s+from)\s+(?:\w+\s+)?fir(?:e|ing)\b", re.IGNORECASE)


def _partial_scope(site: _Site, previous: _Position | None, earlier: list[_Position],
                   scope: str) -> tuple[str, bool]:
    """The scope of a truce named beside it in the clause (or for "a partial truce", the one
    just before)."""
    for other in site.others + list(OFFER.finditer(site.clause)):  # "brokered the pause"
        other_scope, said = _scope_of(site.clause, other, previous, earlier)
        if said and other_scope != "full":
            return other_scope, True
    if _PARTIAL.search(site.clause, max(0, site.truce.start() - 40), site.truce.start()) and \
            previous is not None and previous.scope_said and previous.agreement.scope != "full":
        return previous.agreement.scope, True
    return scope, False


def _refine_scope(previous: _Position | None, scope: str, scope_said: bool,
                  f: SentenceFacts) -> None:
    """ "… agreed to a short pause in the fighting. It covers attacks on ports.": the second
    sentence says what the first position's scope was."""
    if previous is not None and not previous.scope_said and scope_said and \
            f.sentence.paragraph - previous.paragraph <= 1:
        previous.agreement.scope = scope
        previous.scope_said = True


def _refine_length(previous: _Position | None, days: float | None, f: SentenceFacts) -> None:
    """ "… agreed to local ceasefires around the plant. The zones would be covered by a pause
    lasting up to five days.": the second sentence gives the first position's length."""
    if previous is not None and previous.agreement.duration_days is None and days and \
            f.sentence.paragraph - previous.paragraph <= 1:
        previous.agreement.duration_days = days


_STATEMENT_DAY = re.compile(r"\b(?:statement|decree|announcement|order|communique)\s+"
                            r"(?:\w+\s+){0,2}?(?:released|issued|published|posted|signed)\s+"
                            r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)


def _refine_date(previous: _Position | None, f: SentenceFacts) -> None:
    """ "Putin has ordered his forces to hold fire …, the Kremlin said." then "The ceasefire is to
    run from noon on January 6, according to a Kremlin statement released on Sunday evening.":
    the statement's day is the day the position was stated."""
    if previous is None or f.sentence.paragraph - previous.paragraph > 1 or \
            (previous.agreement.date is not None and not previous.day_of_the_report):
        return
    for mention in f.dates:
        if _STATEMENT_DAY.search(f.text, max(0, mention.start - 60), mention.start):
            previous.agreement.date, previous.day_of_the_report = mention.date, False
            return


def _merge_target(positions: list[_Position], new: _Position) -> _Position | None:
    a = new.agreement
    for p in positions:
        b = p.agreement
        if _declaration_and_its_proposal(a, b):
            return p
        if (b.scope, b.status) != (a.scope, a.status):
            continue
        if a.date and b.date and abs((a.date - b.date).days) > 1 and not (
                new.day_of_the_report or p.day_of_the_report):
            continue  # two days said: two positions (a day inferred tells nothing; a day apart
            # is the same one told twice: "accepted two weeks ago" and "agreed on October 28",
            # an accusation on the day it is told and on the day of the strike it tells of)
        if a.parties and b.parties and not set(a.parties) & set(b.parties):
            continue
        if a.duration_days and b.duration_days and a.duration_days != b.duration_days:
            continue  # a two-hour halt is not the five-day one
        if _own_answer_to_a_brokered_deal(a, b) or _own_answer_to_a_brokered_deal(b, a):
            continue
        return p
    return None


def _own_answer_to_a_brokered_deal(one: Agreement, deal: Agreement) -> bool:
    """ "The US announced separate agreements with Ukraine and Russia …" then "Kyiv accepted the
    arrangement but said it must also cover …": each side's own acceptance of what a third state
    brokered with both is a position of its own (GUIDE: one record per stated position)."""
    return one.status == "agreed" and len(one.parties) == 1 and len(deal.parties) > 1 and \
        deal.proposed_by is not None and deal.proposed_by not in deal.parties + one.parties

def _declaration_and_its_proposal(a: Agreement, b: Agreement) -> bool:
    """ "Putin declared an Easter truce" … "Putin's ceasefire call": a side's proposal of the
    truce it declared itself is that declaration (GUIDE: a declaration is agreed, proposed by
    the side)."""
    if a.scope != b.scope or {a.status, b.status} != {"agreed", "proposed"}:
        return False
    declared = a if a.status == "agreed" else b
    proposal = b if declared is a else a
    return declared.parties == [declared.proposed_by] == proposal.parties


def _merge(positions: list[_Position], new: _Position) -> _Position | None:
    """Fold ``new`` into the same position stated earlier; returns the position it became."""
    same = _merge_target(positions, new)
    if same is None:
        positions.append(new)
        return new
    a, b = new.agreement, same.agreement
    same.paragraph = max(same.paragraph, new.paragraph)  # where the report last spoke of it
    if b.status == "proposed" and a.status == "agreed":  # the declaration of that proposal
        b.status = "agreed"
    if not (a.parties == [a.proposed_by] and set(b.parties) > set(a.parties)):
        # a side's order carrying out what it agreed with others does not make it the proposer
        b.proposed_by = b.proposed_by or a.proposed_by
    b.parties = sorted(set(b.parties) | set(a.parties))
    b.duration_days = b.duration_days or a.duration_days
    b.conditions += [c for c in a.conditions if c not in b.conditions]
    if same.day_of_the_report and a.date and not new.day_of_the_report:
        b.date, same.day_of_the_report = a.date, False  # a day said beats a day inferred
    b.date = b.date or a.date
    b.evidence.extend(e for e in a.evidence if e not in b.evidence)
    return same
