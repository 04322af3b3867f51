"""Who took which position on a truce, read from the dependency parse of its sentence.

A window of words cannot tell "Russia violated the truce declared by Kyiv" (Russia violates,
Kyiv declared) from "Kyiv violated the truce declared by Russia"; the parse can. From the
truce noun the reader climbs the tree to the word that governs it and states a position
(``lexicon/truce_cues.tsv``: "agreed to", "rejected", "accused … of violating", "called
for", "refusal", "violations"), then takes the roles from the grammar around that word:

- who: the subject of the verb, the agent of a passive ("was rejected by Kyiv"), the
  possessor of a noun ("Putin's refusal"), the object of "accused X of" (the side accused),
  every conjunct ("Trump and Putin agreed"); a pronoun or the truce itself as subject hands
  over to the speaker ("Russia said it would not agree", "the truce would depend on …,
  the Kremlin said");
- a participle on the truce noun ("the truce declared by Putin", "a ceasefire proposed by
  Kyiv") is a position of its own, and names the truce's proposer;
- "refused to agree", "unlikely to participate", "does not want" are refusals; a condition
  ("would depend on whether …", "hinges on") is a refusal until it is met (GUIDE);
- a side that declares, announces or orders its own truce agrees to it and proposes it; a
  third state announcing what the belligerents agreed brokered it (proposer, not a party).

Only sentences with a truce mention and a word of the cue lexicon are parsed (``parse``,
~2-5 ms a sentence); ``agreements.cues`` finds the words, ``agreements.parties`` the sides.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ceasefire.read.actors import find_actors
from ceasefire.read.agreements.cues import HALT_VERBS, Cue, cue_of, part_of_speech
from ceasefire.read.agreements.parties import (
    BROKERING,
    REPORTING,
    accused,
    act_called_a_violation,
    agent_sides,
    ancestors,
    child,
    declared,
    halted_sides,
    np_sides,
    np_text,
    owner,
    self_stated,
    speaker_of,
    subject_of,
    takers,
)
from ceasefire.read.agreements.words import BELLIGERENTS, BOTH, for_the_parse, truce_noun
from ceasefire.read.dates import DateMention
from ceasefire.read.lexicon_match import fast_regex
from ceasefire.read.parse import parse

# Nouns the climb passes through to the word that says what was done with the truce: "supports
# the idea of a ceasefire", "announced the beginning of the truce".
_PASS_THROUGH = {"idea", "response", "reply", "answer", "beginning", "start", "terms", "form",
                 "format", "kind", "type", "sort", "extension", "implementation", "principle",
                 "notion", "concept", "possibility", "prospect", "part", "memorandum",
                 "accord", "pact", "treaty",
                 # a truce inside a text put forward: "a framework that includes a ceasefire",
                 # "supports the ceasefire provision"
                 "framework", "version", "draft", "blueprint", "roadmap", "document", "package",
                 "provision", "clause", "element", "component", "section",
                 # "to introduce a regime of ceasefire", "ordered the introduction of a truce"
                 "regime", "introduction"}
_WH = {"how", "whether", "when", "where", "why"}
_DEAL_NOUNS = {"deal", "agreement", "accord", "pact"}  # "a ceasefire deal" names the truce
_GENERIC_VIOLATION = {"case", "event", "response"}  # "in case of violations": a threat, no claim
# "WASHINGTON/MOSCOW, July 2 (Wire) - …": the report's dateline, not the day of a position
_DATELINE = re.compile(r"[A-Z][A-Z./' -]*,\s*$")
_PERIOD = {"from", "until", "till", "through", "to", "beginning", "starting", "begin", "start",
           "between", "since"}
# "from midnight on Saturday", "starting at 18:00 on May 3", "until Monday": the truce's days
PERIOD_BEFORE = fast_regex(
    r"\b(?:from|to|until|till|through|starting|beginning|begins?|starts?|effective|lasting)\s+"
    r"(?:(?:at\s+)?(?:\d{1,2}[:.]\d{2}|midnight|noon|\d{1,2}\s*[ap]\.?m\.?|the end of(?: the day)?|"
    r"(?:the )?(?:morning|evening|night))\s+(?:(?:[A-Z]\w+|local)\s+time\s+|GMT\s+|UTC\s+)?)?"
    r"(?:(?:on|at|of)\s+)?$", re.IGNORECASE)  # also "starting at 6 p.m. Moscow time on"


@dataclass
class Stance:
    """One position on one truce mention, as the parse reads it."""

    status: str  # proposed | agreed | rejected | violated | ended | support (agreed or proposed)
    # | halt (a side's own halt: agreed, and proposed by it unless it answers another's truce)
    parties: list[list[str]] | None  # one record per list; None: the parse names no one
    proposer: str | None
    date: dt.date | None
    truce_proposer: str | None = None  # who put the truce forward, as its own words say
    conditions: list[str] = field(default_factory=list)
    reporter: str | None = None  # an end no one is named for: the side that tells of it
    news: bool = False  # undated, but told as the report's news: dated by the report's day
    lengths_its_own: bool = True  # "only agree to a ceasefire lasting 30 days": not this one's
    # a halt made to depend on the other side agreeing to a truce of the speaker's terms ("will
    # stop … only if Moscow agrees to a 30-day moratorium"): no acceptance of the truce on the
    # table, whose refusal it is where there is one (the truce asked for is the side's offer)
    counter: bool = False


def read_stances(text: str, truce: tuple[int, int], other_truces: Iterable[tuple[int, int]],
                 dates: list[DateMention], speaker: str | None) -> list[Stance] | None:
    """The positions taken on the truce at ``truce`` (offsets into ``text``); None when no word
    of the parse governs it (the caller may then read the words around it)."""
    doc = parse(for_the_parse(text))
    span = _tokens(doc, *truce)
    if not span:
        return None
    head = _head(span)
    if _truces_in_general(head) or _went_without(head):
        return []
    blocked = {t.i for s in other_truces for t in _tokens(doc, *s)}
    inside = {t.i for t in span}
    dates = [d for d in dates if not _NOT_A_DAY.search(d.text)]
    out: list[Stance] = []
    pledge = _pledged(head)  # a noun ("commitments … not to attack") may have a verb above it
    cue_token = pledge if pledge is not None and part_of_speech(pledge) == "verb" else \
        _governing(head, inside, blocked) or pledge
    originator = _originator_stance(head, cue_token, dates)
    truce_proposer = originator.proposer if originator else _named_proposer(head)
    if originator is not None:
        out.append(originator)
    end = _end_after_an_aside(head, dates, speaker) or \
        _end_hung_in_its_relative_clause(head, dates, speaker)
    if end is not None:
        out.append(end)
    relative = _relative_clause_stances(head, inside, dates, speaker, truce_proposer)
    out += relative
    out += _attacks_despite(head, inside, dates)
    if cue_token is None:
        cue_token = _accepted_before_it_began(head)
    if cue_token is not None and truce_proposer is None:
        # "accepted a U.S. proposal", "agreed to a US proposal for a truce" (the truce hung on
        # the verb): the owner of the offer the verb takes
        truce_proposer = _named_proposer(_accepted(cue_token) or head)
    if cue_token is None:
        own = _own_halt(head, inside, dates, speaker) or \
            _ruled_out(head, inside, dates, speaker) or \
            _possible_only_once(head, inside, dates, speaker) or _in_force_by_a_broker(head)
        return out + [own] if own is not None else out or None
    for verb in [cue_token] + _shared_subject_verbs(cue_token, head):
        stance = _stance(verb, head, inside, dates, speaker, truce_proposer)
        if stance is not None:
            stance.truce_proposer = truce_proposer
            out.append(stance)
            if _broken(verb) and stance.parties:  # the commitment it broke was its own
                out.append(Stance("agreed", stance.parties[:1], None, None))
    if originator is not None and originator.status == "proposed" and \
            originator.proposer not in BELLIGERENTS and \
            any(s.status in ("agreed", "rejected", "support") for s in out[1:]):
        out.remove(originator)  # "a truce requested by Trump was declined": the answer's record
        # (a belligerent's own proposal stays a record beside the other side's answer)
    answered = any(s.status in ("agreed", "rejected", "support") for s in out
                   if s not in relative)
    for s in relative:
        if answered and s.status == "proposed" and s.proposer is not None and \
                s.proposer not in BELLIGERENTS:
            # "Putin agreed to a halt …, which Trump had proposed": the proposer of the answer,
            # as for "a truce requested by Trump" (the proposal is no record of its own)
            out.remove(s)
            proposer = s.proposer
            for answer in out:
                answer.proposer = answer.proposer or proposer
    proposal = next((s for s in out if s.proposer and _offers(s)), None)
    for s in out:  # "called for a ceasefire, which Moscow rejected": Kyiv's, rejected
        if proposal is not None and s.status in ("agreed", "rejected") and not s.proposer:
            s.proposer = proposal.proposer
        elif s.status in ("agreed", "rejected") and not s.proposer:
            # "dismissed a French plan for a truce, which Kyiv accepted": the plan's owner
            s.proposer = next((o.proposer for o in out if o.proposer and o.status in (
                "agreed", "rejected") and not (s.parties and o.proposer in s.parties[0])), None)
    return out


_EVERY = {"every", "each"}
_BEFORE_OR_AFTER = {"before", "after", "until", "till"}


def _a_time_before(prep: Token) -> bool:
    """ "wants concessions before any ceasefire", "demands guarantees ahead of a truce": the
    truce as the time of a verb that has an object of its own."""
    if prep.dep_ != "prep":
        return False
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "ahead":
        verb = verb.head
    elif prep.lower_ not in _BEFORE_OR_AFTER:
        return False
    return child(verb, "dobj") is not None
# "a ceasefire is within reach", "a truce is in sight", "a pause is possible": a truce only
# spoken of as possible (GUIDE: no position)
_MAY_COME = {"possible", "close", "near", "achievable", "attainable", "imminent", "likely",
             "feasible", "realistic"}
_WITHIN_REACH = {("within", "reach"), ("in", "sight"), ("on", "horizon"), ("within", "grasp")}


def _only_possible(head: Token) -> bool:
    """A truce (or a deal on one) the subject of "is within reach", "is possible", "is in
    sight" (not "is possible only after …", "is not possible until …": a refusal until)."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and \
            head.head.head.lemma_.lower() in _DEAL_NOUNS:
        head = head.head.head  # "a deal on a ceasefire is in sight"
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() != "be" or _negated(verb) or any(
            t.lower_ in ("only", "until", "unless", "once") for t in verb.subtree):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in _MAY_COME:
            return True
        if c.dep_ == "prep" and any((c.lower_, o.lemma_.lower()) in _WITHIN_REACH
                                    for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _truces_in_general(head: Token) -> bool:
    """ "Full ceasefires have been proposed again and again", "Every ceasefire that has failed
    …": truces spoken of in general, the subject of their clause with no article, or any one of
    them; no position on a truce (a side refusing "ceasefires that freeze the front" still
    answers the one on the table)."""
    if any(c.dep_ == "det" and c.lower_ in _EVERY for c in head.children):
        return True
    if _only_possible(head):
        return True
    return head.tag_ in ("NNS", "NNPS") and head.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children)


def _accepted(verb: Token) -> Token | None:
    """What the verb takes: its object, or the object of its first preposition ("agreed to the
    plan")."""
    prep = child(verb, "prep")
    return child(verb, "dobj") or (child(prep, "pobj") if prep else None)


def _went_without(head: Token) -> bool:
    """ "The talks ended without a ceasefire", "a round that closed with no truce": a truce that
    was not had is no position of anyone's (the verb before it tells of something else)."""
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "without" and prep.head.pos_ == "VERB" and \
        prep.head.lemma_ in _CAME_TO_AN_END


_CAME_TO_AN_END = {"end", "close", "conclude", "finish", "break", "wrap", "leave", "remain", "stay"}


def _offers(stance: Stance) -> bool:
    """A proposal, or a truce a side declared of its own ("rejected a truce that Moscow has
    declared"): what an answer in the same sentence answers."""
    if stance.status == "proposed":
        return True
    return stance.status == "agreed" and stance.parties is not None and \
        stance.parties[:1] == [[stance.proposer]]


_MODALS = {"will", "would", "shall", "'ll", "wo"}
_HEDGES = {"could", "might", "may"}
_INTENT = {"decide", "promise", "pledge", "vow", "commit", "intend", "plan", "undertake"}


def _own_halt(head: Token, inside: set[int], dates: list[DateMention],
              speaker: str | None) -> Stance | None:
    """ "Kyiv would stop its strikes on Russian cities if Moscow kept its word", "Russian forces
    will cease fire at noon": a side that says it will halt commits itself (GUIDE: a side's own
    truce is agreed; an acceptance with conditions is agreed). Status "halt": agreed, proposed by
    that side unless it answers another's truce (agreements.py tells which)."""
    if head.lemma_.lower() not in HALT_VERBS or part_of_speech(head) != "verb" or \
            head.dep_ == "relcl":
        return None  # "a truce that would halt such attacks" is the truce, not who halts
    future = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children) or \
        (head.dep_ == "xcomp" and head.head.lemma_.lower() in _INTENT) or _halted_for(head)
    condition = _conditional(head)
    if not future or condition == "inside" or _inverted_condition(head):
        return None  # a halt told as a fact, or one an if-clause supposes
    if condition == "governs" and not self_stated(head, inside, speaker):
        return None  # "Moscow will stop if sanctions bite", said of it in Kyiv
    sides = takers(head, inside, speaker)[0]
    status = "rejected" if _negated(head) else "halt"  # "will not stop until Kyiv withdraws"
    proposer = None
    if _an_offer_halts(head):  # "the proposal would halt …": what it offers, no side's own halt
        status, proposer = "proposed", (sides[0] if sides else None)
    stance = Stance(status, [sides] if sides else None, proposer,
                    _date(dates, head, head, inside))
    stance.conditions = _conditions(head)
    stance.counter = status == "halt" and _counter_condition(head, sides) is not None
    stance.news = stance.date is None and _told_as_news(head, status)
    if _halted_for(head):  # "halted strikes … for 30 days on Tuesday": the day it halted
        stance.date = stance.date or _date(dates, head, head, inside, own_words_only=True)
        stance.news = stance.date is None and not EARLIER.search(head.doc.text)
    return stance


_COMMITTING = {"agree", "accept", "observe", "respect", "honour", "honor", "reciprocate",
               "join", "sign"}


def _counter_condition(verb: Token, sides: list[str]) -> Token | None:
    """The if-clause of a side's commitment in which another side is to agree to a truce: "Kyiv
    will stop its strikes only if Moscow agrees to a 30-day moratorium"."""
    for c in verb.children:
        cue = cue_of(c) if c.dep_ == "advcl" else None
        if cue is None or cue.status != "agreed" or _negated(c) or \
                not any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
            continue
        asked = np_sides(child(c, "nsubj"))
        truce = truce_noun(" ".join(t.lower_ for t in c.subtree if t.i > c.i))
        if truce and asked and not set(asked) & set(sides):
            return c
    return None


def _counter_offer(cue_token: Token, inside: set[int], dates: list[DateMention],
                   speaker: str | None) -> Stance | None:
    """ "Kyiv will stop its strikes on Russian energy facilities only if Moscow agrees to a full
    30-day moratorium", "we will hold fire if Russia accepts a truce at sea": the truce a side
    asks the other to agree to, as the term of its own halt or acceptance, is its proposal
    (the other side's offer on the table it refuses, see ``_own_halt``)."""
    main = cue_token.head
    if cue_token.dep_ != "advcl" or not _modal(main) or not (
            main.lemma_.lower() in HALT_VERBS or main.lemma_.lower() in _COMMITTING):
        return None
    sides = takers(main, inside, speaker)[0]
    condition = _counter_condition(main, sides) if sides else None
    if condition is None or condition.i != cue_token.i:
        return None
    stance = Stance("proposed", [sides], sides[0], _date(dates, main, main, inside))
    stance.news = stance.date is None and _told_as_news(main, "proposed")
    stance.counter = True
    return stance


def _an_offer_halts(verb: Token) -> bool:
    """ "The proposal, published by Paris and London, would halt …", "the plan would stop …"."""
    subject = child(verb, "nsubj")
    return subject is not None and subject.lemma_.lower() in _OFFER_NOUNS


def _halted_for(verb: Token) -> bool:
    """ "Russia unilaterally halted strikes on energy facilities for 30 days": a halt told as
    done by a side alone is a truce it declared ("stopped its attacks for three days last week"
    is what it did, no position)."""
    return verb.tag_ == "VBD" and \
        any(c.lower_ in ("unilaterally", "voluntarily") for c in verb.children)


def _relative_clause_stances(head: Token, inside: set[int], dates: list[DateMention],
                             speaker: str | None, truce_proposer: str | None) -> list[Stance]:
    """ "a complete ceasefire, which Moscow has rejected": the relative clause is a position."""
    out = []
    # the parser may hang a clause set off by a comma on the last word of the truce's phrase
    # ("a halt on attacks against Black Sea ports, which Turkey announced …")
    clauses = list(head.children) + [
        c for t in head.subtree if t.i != head.i for c in t.children
        if c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","]
    for c in clauses:
        verb = _said_in_the_clause(c) if c.dep_ == "relcl" else c
        # (through a verb of saying the parser marks the pronoun: "that the IAEA says …")
        pronoun_deps = ("dobj", "pobj") if verb is c else ("dobj", "pobj", "mark")
        if c.dep_ == "relcl" and cue_of(verb) is not None and \
                any(o.dep_ in pronoun_deps and o.lower_ in ("which", "that") for o in
                    c.subtree):
            stance = _stance(verb, head, inside, [], speaker, truce_proposer)
            if stance is not None:
                stance.date = _date(dates, c, head, set(), own_words_only=True)
                stance.truce_proposer = truce_proposer
                out.append(stance)
    return out


def _said_in_the_clause(clause: Token) -> Token:
    """ "a pause around the dam that the ICRC says Kyiv and Moscow have both accepted": the
    position the relative clause reports through a verb of saying (its complement), else the
    clause's own verb."""
    if cue_of(clause) is not None or clause.lemma_.lower() not in _SAYING:
        return clause
    return next((c for c in clause.children if c.dep_ == "ccomp" and cue_of(c) is not None),
                clause)


_SAYING = {"say", "report", "state", "confirm", "announce", "tell"}
_ATTACK_VERBS = {"attack", "strike", "shell", "bomb", "hit", "launch", "fire", "target", "pound",
                 "continue", "keep"}


def _attacks_despite(head: Token, inside: set[int], dates: list[DateMention]) -> list[Stance]:
    """ "Russian troops shelled Kherson despite the ceasefire", "during the truce": the
    attackers violated it (dated by who tells of it)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("despite", "notwithstanding", "during"):
        return []
    verb = prep.head
    if verb.lemma_.lower() not in _ATTACK_VERBS:
        return []
    sides = np_sides(_attacker(verb))
    date = _date(dates, verb, head, inside, saying_first=True)
    out = [Stance("violated", [[side]], None, date) for side in sides if side in BELLIGERENTS]
    for stance in out:
        stance.news = date is None and _told_as_news(verb, "violated")
    return out


def _attacker(verb: Token) -> Token | None:
    """The subject of the attack; through a relative pronoun, the noun it stands for ("it was
    Russia that struck …", "Russian troops, who shelled …")."""
    subject = child(verb, "nsubj")
    if subject is None or subject.lower_ not in _RELATIVE:
        return subject
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "be":  # the cleft, parsed as a complement
        return child(verb.head, "attr")
    return subject


_RELATIVE = {"that", "who", "which"}
# "is not on the agenda", "is not acceptable to us": a refusal said with a negation
_NOT_ON_THE_AGENDA = re.compile(r"\bnot\s+(?:\w+\s+)?(?:on\s+the\s+agenda|acceptable|realistic|"
                                r"feasible)\b", re.IGNORECASE)
_EXTENSION_NOUNS = {"extension", "renewal", "prolongation", "rollover"}
# "the Ukrainian idea of a 30-day truce is not on the agenda": the idea is the truce offered
_RULED_OUT = re.compile(r"\b(?:out of the question|off the table|unacceptable|premature|"
                        r"not on the agenda|not (?:\w+ )?acceptable|not realistic|not feasible|"
                        r"impossible|unrealistic)\b", re.IGNORECASE)


def _ruled_out(head: Token, inside: set[int], dates: list[DateMention],
               speaker: str | None) -> Stance | None:
    """ "A ceasefire is out of the question for now, Peskov said": the speaker's refusal (and
    "an extension of the truce is not on the agenda": of its new term)."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in _EXTENSION_NOUNS | _OFFER_NOUNS:
        head = head.head.head
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in _DEEMING:
        return _deemed(head, verb, inside, dates, speaker)
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in ("be", "remain"):
        return None
    said = "".join(t.text_with_ws for t in verb.subtree if t.i > head.i and t.i not in inside)
    if _negated(verb) and not _NOT_ON_THE_AGENDA.search(said):
        return None  # "is not out of the question"
    side = speaker_of(verb, speaker)
    if not _RULED_OUT.search(said) or side is None:
        return None
    stance = Stance("rejected", [[side]], None, _date(dates, verb, head, inside))
    stance.news = stance.date is None and _told_as_news(verb, "rejected")
    return stance


_DEEMING = {"call", "deem", "describe", "term", "label", "find"}


def _deemed(head: Token, verb: Token, inside: set[int], dates: list[DateMention],
            speaker: str | None) -> Stance | None:
    """ "The Kremlin called the proposal premature", "Kyiv deemed the truce unacceptable",
    "described the plan as unrealistic": the subject's refusal."""
    said = "".join(t.text_with_ws for t in verb.subtree if t.i > head.i and t.i not in inside)
    subject = child(verb, "nsubj")
    sides = np_sides(subject) if subject is not None else []
    side = sides[0] if len(sides) == 1 else speaker_of(verb, speaker)
    if _negated(verb) or not _RULED_OUT.search(said) or side is None:
        return None
    stance = Stance("rejected", [[side]], None, _date(dates, verb, head, inside))
    stance.news = stance.date is None and _told_as_news(verb, "rejected")
    return stance


def _possible_only_once(head: Token, inside: set[int], dates: list[DateMention],
                        speaker: str | None) -> Stance | None:
    """ "A ceasefire was possible only after Ukrainian troops leave …", "a truce could be
    discussed only once …", "is not possible until …", said by a side: a refusal until its
    conditions are met (GUIDE), the conditions listed."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or not (
            (verb.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in _POSSIBLE for c in verb.children)) or
            (head.dep_ == "nsubjpass" and verb.lemma_.lower() in _TALKED_OF)):
        return None
    negated = _negated(verb)
    for c in verb.children:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        near = list(c.children) + [g for k in c.children for g in k.children]
        only = any(m.dep_ == "advmod" and m.lower_ == "only" for m in near)  # or on its mark
        if c.dep_ == "advcl" and ((only and marks & _ONLY_MARKS) or
                                  (negated and marks & {"until", "unless"})):
            side = speaker_of(verb, speaker)
            if side not in BELLIGERENTS:
                return None
            stance = Stance("rejected", [[side]], None, _date(dates, verb, head, inside))
            stance.conditions = [_words(c, skip={m for m in near if m.dep_ in (
                "mark", "advmod") and m.lower_ in _ONLY_MARKS | {"only", "until", "unless"}})]
            stance.news = stance.date is None and _told_as_news(verb, "rejected")
            return stance
    return None


_POSSIBLE = {"possible", "feasible", "conceivable", "acceptable", "realistic", "thinkable"}
_TALKED_OF = {"discuss", "consider", "negotiate", "agree", "declare", "accept", "sign"}
_ONLY_MARKS = {"after", "once", "when", "if"}


def _shared_subject_verbs(cue_token: Token, head: Token) -> list[Token]:
    """Further verbs on the same truce: "The truce, agreed on May 2, ended on June 1" (parsed as
    two verbs of one subject, the truce); "agreed to a truce but violated it"."""
    shared = head.dep_ in ("nsubj", "nsubjpass") and head.head.i == cue_token.i
    return [c for c in cue_token.children if c.dep_ == "conj" and cue_of(c) is not None and
            (shared or any(o.dep_ == "dobj" and o.lower_ in ("it", "this") for o in c.children))]


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that begin within [start, end): found by their offsets, without a walk
    through the sentence (a third of this reader's time, done token by token)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = doc.to_array(IDX).tolist()
    return list(doc[bisect_left(starts, start):bisect_left(starts, end)])


_STARTS = "ceasefire.token_starts"


def _head(span: list[Token]) -> Token:
    ids = {t.i for t in span}
    return next((t for t in span if t.head.i not in ids or t.head.i == t.i), span[0])


def _governing(head: Token, inside: set[int], blocked: set[int]) -> Token | None:
    """The nearest word above the truce that states a position on it."""
    previous, token = head, head.head
    while token.i != previous.i:
        if token.i in blocked:
            return None  # the word above belongs to another truce of the sentence
        if previous.i not in inside and any(c.lower_ in _WH and c.dep_ in ("advmod", "mark")
                                            for c in previous.children):
            return None  # "agree on how the pause is monitored": a question about it
        if token.i not in inside:
            lemma = token.lemma_.lower()
            if previous.i == head.i and head.dep_ == "pobj" and _a_time_before(token):
                return None  # "wants territorial concessions before any ceasefire": the truce
                # is when, what is wanted the object
            if previous.dep_ == "compound" and lemma in _DEAL_NOUNS:
                pass  # "a ceasefire deal": still the truce
            elif lemma in _TOPIC_VERBS and part_of_speech(token) == "verb":
                return None  # "wanted the meeting to focus on a ceasefire": a topic of talks
            elif lemma in _ARRANGING and token.head.lemma_.lower() == "help":
                return None  # "ready to help arrange a truce": an offer to mediate, no position
            elif lemma in REPORTING and _told_by_the_truce(previous, head, token):
                pass  # a truce tells nothing: the parser misread the clause of the speaker
            elif lemma in REPORTING and previous.dep_ != "dobj":
                return None  # "confirmed that the truce …" says; "confirmed the deal" agrees
            elif previous.i == head.i and head.dep_ in ("nsubj", "nsubjpass") and \
                    cue_of(token) is None and _demanded(token):
                return None  # "a truce in the air must include the glide bombs": a term of
                # the truce asked for, no position (the side's answer is in its own clause)
            elif lemma in _OBJECT_ONLY and previous.dep_ != "dobj":
                return None  # "raised a ceasefire" offers it; "raised its attacks during the
                # truce" does not
            elif cue_of(token) is not None:
                return None if _elaborates(head, token, blocked) else token
            elif lemma == "be" and previous.dep_ == "attr":
                return _cue_in_subject(token)  # "One of the proposals … was a truce …"
            elif part_of_speech(token) == "noun" and token.dep_ == "pobj" and \
                    token.head.lower_ == "by" and previous.dep_ == "prep":
                pass  # "a violation by Russia of the moratorium": the parser hangs the truce
                # on the agent, whose noun above takes the position
            elif part_of_speech(token) == "noun" and previous.dep_ == "appos":
                pass  # 'a "sky and sea silence": a 60-day halt to …': the truce under its name
            elif part_of_speech(token) == "noun" and lemma not in _PASS_THROUGH:
                return None  # "efforts to broker a ceasefire": no one's position
        previous, token = token, token.head
    return None


def _demanded(verb: Token) -> bool:
    """ "must include", "should cover", "has to be verified", "needs to cover": what a truce is
    asked to be."""
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in verb.children):
        return True
    return verb.lemma_.lower() in ("have", "need") and child(verb, "xcomp") is not None


def _told_by_the_truce(previous: Token, head: Token, verb: Token) -> bool:
    """ "… proposed a 30-day halt to all strikes … between Russia and Ukraine, Secretary of State
    Marco Rubio told reporters": the parser may take the truce for the subject of the speaker's
    verb, itself a clause of the verb of the position; the truce is that verb's object."""
    return previous.i == head.i and previous.dep_ == "nsubj" and \
        verb.dep_ in ("ccomp", "conj", "parataxis") and verb.head.i < head.i and \
        cue_of(verb.head) is not None


# verbs whose object is what talks take up, no position on it ("wants the talks to discuss a
# ceasefire"; "proposed a ceasefire to be discussed at the talks" keeps its proposal)
_TOPIC_VERBS = {"focus", "discuss", "debate", "concentrate", "center", "centre", "revolve"}
_OBJECT_ONLY = {"raise"}  # cues that state a position only on their object
_ARRANGING = {"arrange", "organise", "organize", "facilitate", "secure", "negotiate", "achieve",
              "reach", "broker", "mediate"}


_TOOK_EFFECT = {"take", "come", "begin", "start", "enter", "go"}
_AFTER = {"after", "once", "when", "as"}


def _accepted_before_it_began(head: Token) -> Token | None:
    """ "The moratorium took effect on May 1 after both sides accepted a U.S. proposal": the
    acceptance in the clause on when the truce began is a position on it."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _TOOK_EFFECT:
        return None
    for c in verb.children:
        cue = cue_of(c) if c.dep_ == "advcl" else None
        if cue is not None and cue.status == "agreed" and \
                any(m.dep_ == "mark" and m.lower_ in _AFTER for m in c.children):
            return c
    return None


def _in_force_by_a_broker(head: Token) -> Stance | None:
    """ "A moratorium on strikes on power plants took effect on October 10 after US mediation":
    a truce in force that a third state mediated was agreed by both sides, the broker
    proposing (GUIDE); the day it took effect is not the day it was agreed."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _TOOK_EFFECT or _negated(verb):
        return None
    mediator = _mediator(verb)
    return Stance("agreed", [sorted(BELLIGERENTS)], mediator, None) if mediator else None


def _takes_effect(verb: Token) -> bool:
    """ "took effect", "came into force", "entered into force": when a truce began."""
    lemma = verb.lemma_.lower()
    return (lemma == "take" and any(c.lower_ == "effect" for c in verb.children)) or \
        (lemma in ("come", "enter") and any(
            c.dep_ == "prep" and any(g.lower_ == "force" for g in c.children)
            for c in verb.children))


def _pledged(head: Token) -> Token | None:
    """ "Russia and Ukraine pledged not to strike power plants": the truce named by a promise not
    to attack holds the word that states the position."""
    if cue_of(head) is not None and \
            any(c.dep_ in ("xcomp", "acl") and _negated(c) for c in head.children):
        return head
    return None


def _cue_in_subject(copula: Token) -> Token | None:
    subject = child(copula, "nsubj")
    if subject is None:
        return None
    return next((t for t in subject.subtree
                 if part_of_speech(t) == "noun" and cue_of(t) is not None), None)


# adverbs of purpose and degree that say what a truce is for, one word or a phrase
_ELABORATING = {"particularly", "especially", "notably", "primarily", "mainly", "chiefly",
                "including", "namely", "principally", "largely", "mostly", "specifically",
                "predominantly", "foremost", "essentially"}
_ELABORATING_PHRASES = {"above all", "in particular", "first and foremost", "most of all",
                        "first of all", "above everything", "in the first place", "not least",
                        "above all else", "more than anything"}


def _purpose_clause(token: Token) -> bool:
    """ "(…, above all) to halt strikes": an infinitive saying what something is for."""
    return token.dep_ in ("advcl", "xcomp", "acl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _elaborating(token: Token) -> bool:
    """ "mainly", "above all", "in particular" on ``token``, among its dependents, or right
    before it as its sibling (the parse hangs "above all" on the verb the clause depends on)."""
    if token.lower_ in _ELABORATING or any(c.lower_ in _ELABORATING for c in token.children):
        return True
    if not _purpose_clause(token):
        return False  # "agreed to a truce and, above all, to a halt …": two positions
    before = [c for c in token.children if c.i < token.i]
    before += [c for c in token.head.children
               if c.i < token.i and c.right_edge.i + 1 == token.left_edge.i]
    return any(" ".join(w.lower_ for w in c.subtree) in _ELABORATING_PHRASES for c in before)


def _elaborates(head: Token, cue_token: Token, blocked: set[int]) -> bool:
    """ "supports a ceasefire over Christmas, particularly to halt strikes on power plants": the
    second truce says what the first is for; the position is on the first alone."""
    if not blocked or not any(i < head.i for i in blocked):
        return False
    t = head
    while t.i != cue_token.i:
        if _elaborating(t):
            return True
        t = t.head
    return False


def _stance(cue_token: Token, head: Token, inside: set[int], dates: list[DateMention],
            speaker: str | None, truce_proposer: str | None) -> Stance | None:
    """The position the word above the truce states, and who took it."""
    resolved = _resolve(cue_token)
    stance = _position(resolved, head, inside, dates, speaker, truce_proposer)
    if stance is not None and stance.date is None and \
            (resolved[1] is None or resolved[1].role != "observe" or _modal(resolved[0])):
        # (a truce "strictly observed" is a claim about it, not a position taken that day; "will
        # observe it" is one)
        stance.news = _told_as_news(resolved[0], stance.status)
    return stance


def _position(resolved: tuple[Token, Cue | None, bool, Token | None], head: Token,
              inside: set[int], dates: list[DateMention], speaker: str | None,
              truce_proposer: str | None) -> Stance | None:
    cue_token, cue, negated, proposal = resolved
    if cue is None or _not_a_stance(cue_token) or _wished_to_last(head, cue_token):
        return None
    if cue.role == "refuse" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT
                                    for c in cue_token.children):
        return None  # "declined to comment on the truce": silence, not a refusal of it
    if cue.role == "condition" and _condition_of_another_thing(cue_token, head):
        return None  # "exchanges must not depend on a ceasefire": the truce is what something
        # else would hang on, no side's position on it
    if not dates and _still_standing(cue_token):
        return None  # "Our proposal … remains on the table": restated in passing, no new position
    if cue_token.lemma_.lower() in BROKERING and cue_token.tag_ not in ("VBD", "VBN"):
        return None  # "efforts to broker a ceasefire": an attempt, not a truce brokered
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _HEDGES for c in cue_token.children) \
            and not (negated and cue.status == "agreed" and
                     not any(c.dep_ == "auxpass" for c in cue_token.children)) \
            and not _own_terms(cue_token, cue, inside, speaker):
        return None  # "a ceasefire could be announced next week": a possibility ("could not
        # accept a ceasefire while …" is a refusal; "Kyiv said it could accept it if …" an
        # acceptance on its terms)
    # an accusation or an end is dated by who says it ("had not observed the truce, carrying out
    # assaults on Saturday, the General Staff said on Sunday": Sunday)
    told = cue.status in ("violated", "ended") or _broken(cue_token) or \
        (cue.role == "observe" and negated)
    date = _date(dates, cue_token, head, inside, saying_first=told)
    condition = _conditional(cue_token)
    if condition == "inside" and not negated and cue.status == "agreed":
        offer = _counter_offer(cue_token, inside, dates, speaker)
        if offer is not None:
            return offer
    if cue.status == "violated" or _broken(cue_token):  # "a broken commitment": violated
        if negated or _generic(cue_token) or condition == "inside" or _denied(cue_token):
            return None  # a denial, or a threat ("in case of violations", "should they break it")
        ignored = child(cue_token, "dobj")
        if ignored is not None and ignored.lemma_.lower() in _OFFER_NOUNS | {"call", "appeal"}:
            return None  # "ignored the American proposal for a truce": no answer, no breach
        return Stance("violated", accused(cue_token, speaker), None, date)
    if cue.role == "observe" and negated and not _modal(cue_token) and \
            not _under_willingness(cue_token):  # ("is not prepared to observe it": a refusal)
        # "Russian forces had not observed the truce for a single hour": an accusation
        return Stance("violated", [takers(cue_token, inside, speaker)[0]] or None, None, date)
    if cue.status == "ended" and (_modal(cue_token) or condition):
        return None  # "the pause would lapse if Kyiv struck", "it will expire on Friday": not yet
    if negated and cue.status == "rejected" and cue.role in ("plain", "refuse") and any(
            c.dep_ == "neg" for c in cue_token.children):
        return None  # "We do not reject the American idea": no refusal, and no answer yet
    status = "rejected" if negated and cue.status in ("agreed", "proposed") else cue.status
    extended = status == "proposed" and _extended_as_done(cue_token)
    if extended:
        status = "agreed"  # "Kyiv and Moscow extended the pause by 48 hours": a new term agreed
    another_kind = status == "agreed" and _only_another_kind(cue_token)
    if cue.role == "weigh" or another_kind:
        if not (negated or _restricted(cue_token)):
            return None  # "Moscow will consider the proposal": no answer yet
        status = "rejected"  # "would only consider a pause once …", "would only agree to a
        # ceasefire that lasted 30 days": not this one (GUIDE: a refusal until conditions)
    made_with_terms = status == "proposed" and part_of_speech(cue_token) == "verb" and \
        not _modal(cue_token)  # "proposed a halt … if Moscow does the same": the offer's terms
    if condition == "inside" or (condition == "governs" and status != "rejected" and
                                 not made_with_terms and
                                 not self_stated(cue_token, inside, speaker)):
        return None  # "Russia will face sanctions if it does not agree", "Moscow will agree
        # if sanctions bite" (said of it by others): no position
    if status in ("proposed", "agreed") and _deontic(cue_token):
        # "Moscow should agree to a truce", "he must be interested in a ceasefire": the
        # speaker asks it of them
        side = speaker_of(cue_token, speaker)
        stance = Stance("proposed", [[side]] if side else None, side, date)
    elif status == "ended":
        subject = subject_of(cue_token)
        named = np_sides(subject) if subject is not None and subject.i not in inside else []
        stance = Stance("ended", [named or halted_sides(head)], None, date)
        stance.reporter = speaker_of(cue_token, speaker)
    else:
        # ("does not support the Russian plan": a refusal, not support)
        status = "support" if cue.role == "support" and status != "rejected" else status
        if cue.role == "observe" and _modal(cue_token) and status == "agreed":
            status = "halt"  # "forces will observe a 72-hour ceasefire": as a side that halts
        stance = _taken(cue_token, cue, status, proposal, inside, speaker, truce_proposer)
        stance.date = date
        stance.counter = status == "halt" and stance.parties is not None and \
            _counter_condition(cue_token, stance.parties[0]) is not None
        if extended and stance.parties and len(stance.parties[0]) == 1 and \
                stance.parties[0][0] not in BELLIGERENTS:
            # "Washington has extended the moratorium": the broker extended what both sides
            # keep (GUIDE: the broker proposes, the sides at war are the parties)
            stance.parties, stance.proposer = [sorted(BELLIGERENTS)], stance.parties[0][0]
    stance.conditions = _conditions(cue_token)
    stance.lengths_its_own = not another_kind
    return stance


def _condition_of_another_thing(cue_token: Token, head: Token) -> bool:
    """ "Exchanges must not depend on a ceasefire", "aid hinges on a truce": the truce is what
    something that is no side hangs on ("Kyiv's answer depends on …" has a side; "any truce
    depends on …" is the truce made conditional)."""
    on = next((c for c in cue_token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")),
              None)
    if on is None or head.i not in {t.i for t in on.subtree}:
        return False
    subject = subject_of(cue_token)
    return subject is not None and not np_sides(subject) and \
        subject.lemma_.lower() not in ("it", "this", "that", "which", "they")


def _own_terms(cue_token: Token, cue: Cue, inside: set[int], speaker: str | None) -> bool:
    """ "Kyiv said it could accept the moratorium if railways were included": a side's own
    acceptance on a condition (GUIDE: an acceptance with conditions is agreed)."""
    return cue.status == "agreed" and _conditional(cue_token) == "governs" and \
        self_stated(cue_token, inside, speaker)


# words that put a statement before the report's day: "Prior to this, Kyiv said …", "In March,
# Moscow agreed …", "an earlier agreement", "this year"
EARLIER = re.compile(
    r"\b(?:earlier|previously|prior|before|ago|already|since|once(?!\s+(?:again|more)\b)|"
    r"formerly|originally|"
    r"(?:last|this|that|previous)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
    r"in\s+(?:(?:late|early|mid)-?\s*)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4})|at the time)\b", re.IGNORECASE)
_SAID_NOW = {"VBD"}


def _told_as_news(cue_token: Token, status: str) -> bool:
    """ "Russia's Defence Ministry said Ukraine had violated the truce", "Peskov accused Kyiv of
    breaking it", "Zelensky also reiterated his proposal": a position a simple past verb states,
    with nothing in the sentence putting it earlier, is the report's news, dated by its day
    (GUIDE: the day the position was stated). "has rejected", "had proposed" (before the
    report's day unless it is an accusation or an end being told: "said it had expired"), a
    relative clause, an earlier marker, a conditional ("would agree only if …"): no day."""
    chain = _statement(cue_token)
    if cue_token.dep_ in ("relcl", "acl") or _said_earlier(chain):
        return False
    if _modal(cue_token) and _conditional(cue_token) == "governs":
        return False  # "would agree only if it leads to peace": a term not yet in force
    top = chain[-1]
    if top.tag_ not in _SAID_NOW or any(c.dep_ == "aux" for c in top.children):
        return False  # "has said", "is a signal": not a statement told as the day's news
    if top.lemma_.lower() not in REPORTING and cue_of(top) is None:
        return False  # "Putin's ceasefire call came after weeks of pressure": background
    aux = {c.lower_ for t in chain[:-1] for c in t.children if c.dep_ == "aux"}
    if aux & {"has", "have", "'ve"}:
        return False  # "Russia has repeatedly rejected calls": a record over time
    return status in ("violated", "ended") or "had" not in aux


def _said_earlier(chain: list[Token]) -> bool:
    """A marker of an earlier time on the statement ("Before the meeting, Kyiv said …"), not
    one inside another position's clause ("as proposed by Kyiv last week")."""
    doc = chain[0].doc
    on_chain = {t.i for t in chain}
    for m in EARLIER.finditer(doc.text):
        token = next((t for t in doc if t.idx >= m.start()), None)
        if token is None:
            continue
        for t in ancestors(token, 10):
            if t.i in on_chain:
                return True
            if t.i != token.i and part_of_speech(t) == "verb" and cue_of(t) is not None:
                break  # the marker dates another position
    return False


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _restricted(cue_token: Token) -> bool:
    """ "would only consider a pause once Kyiv agreed", "would consider it only if …"."""
    return any(c.lower_ == "only" and c.dep_ == "advmod" for c in cue_token.children) or any(
        c.dep_ in ("advcl", "prep") and any(o.lower_ == "only" for o in c.children)
        for c in cue_token.children) or _only_object(cue_token)  # also "only as part of …"


_EXTENDING = {"extend", "prolong", "renew"}
_APPEALS = {"call", "appeal", "demand", "request", "push", "bid"}


def _extended_as_done(cue_token: Token) -> bool:
    """ "extended the humanitarian pause by 48 hours" (told as done, in the simple past or the
    perfect): the side extending commits itself to the new term; "proposed to extend it",
    "will extend it" are offers."""
    extended = child(cue_token, "dobj")
    if cue_token.lemma_.lower() not in _EXTENDING or _modal(cue_token) or \
            cue_token.dep_ in ("xcomp", "pcomp", "advcl", "acl", "relcl") or \
            (extended is not None and extended.lemma_.lower() in _OFFER_NOUNS | _APPEALS):
        return False  # ("had renewed his call for a ceasefire": the offer made again)
    return cue_token.tag_ == "VBD" or (cue_token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in cue_token.children))


_NO_COMMENT = {"comment", "elaborate", "speculate", "specify", "say", "disclose", "confirm",
               "detail", "name"}
_STANDING_VERBS = {"remain", "stand", "stay"}


def _still_standing(cue_token: Token) -> bool:
    """ "Our proposal for a full ceasefire remains on the table", "Kyiv's offer still stands",
    "the plan remains valid": an offer said to hold still, a position restated in passing (no
    record where no day is said; GUIDE questions of tests/invented6). Not where more is said of
    it: "… remained on the table and could take effect the moment Moscow says yes"."""
    verb = cue_token.head
    return part_of_speech(cue_token) == "noun" and cue_token.lemma_.lower() in _OFFER_NOUNS and \
        cue_token.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _STANDING_VERBS and \
        not _negated(verb) and not any(c.dep_ in ("conj", "advcl") for c in verb.children)


_NO_ONE = {"neither", "nobody", "none", "noone"}


def _no_one(verb: Token) -> bool:
    """ "Neither side accused …", "No one has broken it", "nobody violated it"."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in _NO_ONE or any(c.dep_ in ("det", "preconj") and c.lower_ in
                                            ("no", "neither") for c in subject.children):
            return True
        if subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no":
            return True
    return False


def _denied(cue_token: Token) -> bool:
    """ "Neither side accused the other of breaching it", "Kyiv did not accuse Moscow of
    violating it", "Russia has not been accused of breaching the truce": the accusation denied
    (the negation sits on the verb of accusing, or on no one as its subject)."""
    if _no_one(cue_token):
        return True
    for t in ancestors(cue_token, 3)[1:]:
        cue = cue_of(t)
        if cue is not None and cue.role == "accuse":
            return _negated(t) or _no_one(t)
    return False


def _under_willingness(cue_token: Token) -> bool:
    """ "ready to observe", "not prepared to honour": a verb under a word of willingness."""
    head_cue = cue_of(cue_token.head) if cue_token.head.i != cue_token.i else None
    return cue_token.dep_ == "xcomp" and head_cue is not None and head_cue.role == "support"


def _only_object(cue_token: Token) -> bool:
    """ "would accept only a truce of at least 30 days", "will agree to only a full ceasefire":
    "only" on the object (or the preposition's), before it."""
    prep = child(cue_token, "prep")
    objects = [child(cue_token, "dobj"), child(prep, "pobj") if prep is not None else None]
    return any(o is not None and any(c.lower_ == "only" and c.i < o.i for c in o.children)
               for o in objects)


def _only_another_kind(cue_token: Token) -> bool:
    """ "Kyiv would only agree to a ceasefire that lasted 30 days": "only" on the verb, a modal
    and no if-clause (that would be an acceptance with conditions, "would agree only if …")."""
    modal = _modal(cue_token)
    # "only" on the verb, or on its preposition ("would observe a pause only as part of …")
    only = any(c.lower_ == "only" and c.dep_ == "advmod" for c in cue_token.children) or any(
        c.dep_ == "prep" and any(o.lower_ == "only" and o.dep_ == "advmod" for o in c.children)
        for c in cue_token.children) or _only_object(cue_token)
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                              for m in c.children) for c in cue_token.children)
    return modal and only and not condition


def _taken(cue_token: Token, cue: Cue, status: str, proposal: Token | None, inside: set[int],
           speaker: str | None, truce_proposer: str | None) -> Stance:
    """Who proposed, agreed to, supported or rejected the truce, and whose truce it was."""
    sides, speaker_side = takers(cue_token, inside, speaker)
    if proposal is None and part_of_speech(cue_token) == "noun" and cue.status == "proposed":
        proposal = cue_token  # "Kyiv's proposal for a truce"
    obj = child(cue_token, "dobj")
    if proposal is None and obj is not None and obj.lemma_.lower() in _OFFER_NOUNS:
        proposal = obj  # "dismissed the Ukrainian proposal for a truce" ("for" on the verb)
    proposer = (owner(proposal) if proposal is not None else None) or truce_proposer
    parties: list[list[str]] | None = [sides] if sides else None
    if status == "agreed" and sides and (cue.role == "declare" or
                                         not set(sides) <= BELLIGERENTS):
        parties, proposer = declared(cue_token, sides, proposer)
    elif status == "agreed" and sides and speaker_side and speaker_side not in BELLIGERENTS:
        proposer = proposer or speaker_side  # a third state announces what both agreed
    if status == "proposed" and len(sides) == 1:
        proposer = sides[0]
    return Stance(status, parties, proposer, None)


def _conditions(cue_token: Token) -> list[str]:
    """The conditions the position states, in its words: its if-, unless- or until-clause, what
    it depends or hinges on, a "but it must …" beside it."""
    out = []
    for t in _statement(cue_token)[:3]:
        for c in t.children:
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS]
            if c.dep_ == "advcl" and marks:
                out.append(_words(c, skip=set(marks)))
            elif c.dep_ == "conj" and any(m.dep_ == "aux" and m.lower_ in ("must", "should")
                                          for m in c.children):
                out.append(_words(c))
            elif c.dep_ == "prep" and c.lower_ in ("until", "till", "unless") and t is cue_token:
                out.append(_words(c, skip={c}))  # "will not stop until Kyiv withdraws"
    cue = cue_of(cue_token)
    if cue is not None and cue.role == "condition":
        on = next((c for c in cue_token.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        if on is not None and list(on.children):
            out.append(_words(on, skip={on}))
    return [text for text in out if text]


_CONDITION_MARKS = {"if", "unless", "until", "till", "provided", "once"}


def _words(token: Token, skip: set[Token] | None = None) -> str:
    """The words of a clause, without its conjoined clauses and leading marks, at most ~100
    characters."""
    cut = {t.i for c in token.subtree if c.dep_ in ("conj", "cc", "advcl") and c.i != token.i
           for t in c.subtree}
    cut |= {t.i for t in skip or ()} | {t.i for t in token.children
                                        if t.dep_ == "advmod" and t.lower_ == "only"}
    text = "".join(t.text_with_ws for t in token.subtree if t.i not in cut).strip(" ,.;:")
    return text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0]


def _resolve(cue_token: Token) -> tuple[Token, Cue | None, bool, Token | None]:
    """The word that decides: "refused to agree" is a refusal, "urged Moscow to accept" a
    proposal, "rejected a proposal for a truce" a rejection; whether it is negated; and the
    proposal noun passed on the way ("accepted the Turkish proposal")."""
    cue = cue_of(cue_token)
    negated = _negated(cue_token)
    proposal = None
    while cue is not None:
        up = cue_token.head
        if cue_token.dep_ in ("pobj", "pcomp") and up.dep_ in ("prep", "agent"):
            up = up.head  # "agreed to a proposal", "pressed Moscow into accepting a truce"
        up_cue = cue_of(up) if up.i != cue_token.i else None
        if up_cue is None:
            break
        noun_object = part_of_speech(cue_token) == "noun" and \
            cue_token.dep_ in ("dobj", "pobj", "nsubjpass")
        clause_object = cue_token.dep_ in ("xcomp", "acl", "pcomp")
        if not (noun_object or clause_object) or cue.status == "violated":
            break  # a violation stays one, whoever warns of it or accuses someone of it
        if noun_object and cue.status == "proposed":
            proposal = cue_token
        if up_cue.role == "support" and clause_object and cue.status != "proposed":
            negated = negated or _negated(up)  # "was not willing to accept it": a refusal
            break  # "ready to accept a truce": the acceptance decides
        if up_cue.role == "refuse" or up_cue.status == "rejected":
            cue, negated = Cue("rejected", up_cue.role), _negated(up)
        elif up_cue.status == "violated":
            cue = up_cue  # "violated the agreement to halt strikes"
        else:
            cue, negated = up_cue, negated or _negated(up)
        cue_token = up
    return cue_token, cue, negated, proposal


def _broken(token: Token) -> bool:
    return part_of_speech(token) == "noun" and any(
        c.dep_ == "amod" and c.lemma_.lower() in ("break", "broken", "violate", "breach")
        for c in token.children)


def _not_a_stance(cue_token: Token) -> bool:
    """ "an order to accept the truce", "the chance to agree": a verb that only names what a
    noun is about takes no position (unless someone owns the noun: "Kyiv's decision to
    accept"); "dismissed the truce as a gesture" judges it, it does not refuse it ("dismissed
    Kyiv's proposal as a stunt" does); "no agreement was reached", "never intended to honour
    it", "was studying the proposal" take none."""
    if _short_of(cue_token):
        return True  # "stopped short of declaring the moratorium over"
    if _negated_above(cue_token) or (part_of_speech(cue_token) == "noun" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in cue_token.children)):
        return True
    head = cue_token.head
    if cue_token.dep_ == "acl" and part_of_speech(head) == "noun" and cue_of(head) is None and \
            not any(c.dep_ == "poss" for c in head.children) and not _denied_grounds(cue_token) \
            and not _main_verb_on_its_subject(cue_token) and not _order_given(head):
        # ("The US team, led by …, put forward …": a main verb the parser hung on its subject)
        return True
    if cue_token.lemma_.lower() in _RECEIVING and part_of_speech(cue_token) == "noun":
        return True
    if part_of_speech(cue_token) == "noun" and cue_token.lemma_.lower() in _OFFER_NOUNS and \
            cue_token.head.lemma_.lower() in _RECEIVING and owner(cue_token) is None:
        return True  # "the Kremlin was studying the truce proposal": whose, it does not say
    if part_of_speech(cue_token) == "noun" and \
            cue_token.lemma_.lower() in _OFFER_NOUNS | {"call", "appeal"} and \
            cue_token.head.lemma_.lower() in _MENTIONING and owner(cue_token) is None:
        return True  # "the readout leaves out the appeal for a truce": named only
    dismissed = child(cue_token, "dobj")
    return cue_token.lemma_.lower() == "dismiss" and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in cue_token.children) and \
        not (dismissed is not None and dismissed.lemma_.lower() in _OFFER_NOUNS | {"call"})


_ORDER_NOUNS = {"order", "decree", "instruction", "instructions", "command", "directive"}
_GIVING = {"give", "issue", "sign"}


def _order_given(noun: Token) -> bool:
    """ "Putin gave the order to introduce a ceasefire", "signed a decree to declare a truce":
    the order given is the giver's position (not "an order to accept the truce" that no one
    gives)."""
    return noun.lemma_.lower() in _ORDER_NOUNS and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in _GIVING and child(noun.head, "nsubj") is not None and \
        not any(c.lower_ in ("no", "not", "n't", "never") for c in
                [*noun.children, *noun.head.children])  # "has given no instruction to extend"


# what a truce in force does: "want the moratorium to hold", "hope the truce will last"
_ENDURE = {"hold", "last", "survive", "stick", "endure", "continue", "persist", "remain", "stay"}


def _wished_to_last(head: Token, cue_token: Token) -> bool:
    """ "We want the moratorium to hold", "Kyiv hopes the truce will last": a wish that a truce
    in force endures takes no new position on it."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _ENDURE and \
        verb.dep_ in ("ccomp", "xcomp") and verb.head.i == cue_token.i


def _main_verb_on_its_subject(verb: Token) -> bool:
    """ "The US team, led by …, put forward a plan": a past verb with an object, hung on the
    sentence's first noun by the parser."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and \
        child(verb, "dobj") is not None


def _short_of(cue_token: Token) -> bool:
    prep = cue_token.head
    return cue_token.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.lower_ == "short"


def _deontic(token: Token) -> bool:
    """ "Moscow should agree", "must accept", and the imperative "let it accept a truce" (a
    challenge to the other side): what the speaker asks of another, the speaker's offer."""
    verb = token.head if part_of_speech(token) == "adj" and token.dep_ == "acomp" else token
    let = verb.dep_ in ("ccomp", "xcomp") and verb.head.lower_ == "let" and \
        not any(c.dep_ == "nsubj" for c in verb.head.children)  # (not "Kyiv let it pass")
    return let or any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")
                      for c in verb.children)


def _negated_above(token: Token) -> bool:
    """ "never intended to honour the truce", "did not receive an order to accept it": a
    negated verb above the cue that is no position itself takes the position away."""
    t = token
    while t.dep_ in ("xcomp", "acl") and t.head.i != t.i:
        t = t.head
        if _negated(t) and cue_of(t) is None:
            return True
    return False


def _negated(token: Token) -> bool:
    """ "did not agree", "never accepted"; "saw no reason to prolong the truce", "no need to
    extend it": the cue under a noun of will or cause that "no" denies."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children):
        return True
    if token.dep_ == "acomp" and any(c.dep_ == "neg" for c in token.head.children):
        return True  # "Kyiv is not ready for a ceasefire": the copula carries the "not"
    return _denied_grounds(token)


def _denied_grounds(token: Token) -> bool:
    """ "no grounds to prolong it", "no need for extending the pause": a refusal."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "in"):
        head = head.head
        # 'sees "no basis" for extending it': the parser may hang "for" on the verb beside
        # the noun it belongs to
        grounds = child(head, "dobj") if part_of_speech(head) == "verb" else None
        if grounds is not None and grounds.i < token.i:
            head = grounds
    elif token.dep_ not in ("acl", "relcl"):
        return False
    return head.lemma_.lower() in _DENIED_GROUNDS and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


# "no grounds to prolong it" (the parser lemmatises "grounds" to "ground")
_DENIED_GROUNDS = {"reason", "need", "point", "intention", "plan", "desire", "interest", "grounds",
                   "ground", "basis", "wish", "justification", "rationale"}


def _inverted_condition(verb: Token) -> bool:
    """ "Should the Russians violate the truce, …", "In case Russia violates it, …"."""
    subject = child(verb, "nsubj")
    if subject is None:
        return False
    first = verb.doc[verb.left_edge.i]
    return any(c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i < subject.i
               for c in verb.children) or \
        (first.lower_ == "in" and first.i + 1 < subject.i and
         verb.doc[first.i + 1].lower_ in ("case", "event"))


def _conditional(token: Token) -> str:
    """ "inside" when the cue sits in an if-clause ("if Russia agrees to a truce"), "governs" when
    it takes one ("Kyiv will agree only if …", "we will reciprocate if …"), else ""."""
    t = token
    for _ in range(4):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "whether") for m in t.children) \
                or _inverted_condition(t):
            return "inside"
        if t.head.i == t.i or part_of_speech(t) == "verb":
            break
        t = t.head
    for t in ancestors(token, 2):
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children):
                return "governs"
    # "was prepared to accept the moratorium, provided (that) the ban also protected …": the
    # parser hangs the proviso on any verb up to the one that reports it
    for t in ancestors(token, 4):
        if any(c.dep_ in ("advcl", "ccomp") and c.lower_ in ("provided", "providing") and
               c.i > token.i for c in t.children):
            return "governs"
    return ""


def _generic(cue_token: Token) -> bool:
    """ "any violations", "in case of violations", "in response to violations", "would treat an
    attack as a breach": no one is said to have violated anything."""
    if any(c.lower_ == "any" for c in cue_token.children):
        return True
    if cue_token.dep_ == "pobj" and cue_token.head.lower_ == "as" and \
            not act_called_a_violation(cue_token):
        return True  # "would regard any strike on its dams as a violation": a definition ("…
        # overnight, which Kyiv described as a violation of the truce" tells of one)
    has_owner = any(c.dep_ in ("poss", "det", "amod", "prep") and c.lower_ not in ("any",)
                    for c in cue_token.children)
    t = cue_token.head
    for _ in range(3):
        if t.lemma_.lower() in _GENERIC_VIOLATION and not has_owner:
            return True
        if part_of_speech(t) == "verb" or t.head.i == t.i:
            break
        t = t.head
    return False


def _originator_stance(head: Token, cue_token: Token | None,
                       dates: list[DateMention]) -> Stance | None:
    """ "the truce declared by Putin", "a ceasefire proposed by Kyiv", "would not consider a
    truce, as proposed by Kyiv, until …": a participle on the truce (or an as-clause on the verb
    that governs it) with its agent is that side's position (dated only by its own words)."""
    participles = [c for c in head.children if c.dep_ == "acl"]
    if cue_token is not None:
        participles += [c for c in cue_token.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
    participles += _participle_after(head)
    for c in participles:
        agent = next((a for a in c.children if a.dep_ == "agent"), None)
        obj = child(agent, "pobj") if agent is not None else None
        sides = np_sides(obj)
        cue = cue_of(c)
        date = _date(dates, c, head, set(), own_words_only=True)
        mediator = _mediator(c)
        if agent is None and cue is not None and cue.status == "agreed" and mediator:
            # "the moratorium agreed with US mediation": both sides, the broker proposing
            return Stance("agreed", [sorted(BELLIGERENTS)], mediator, date)
        if agent is None and cue is not None and cue.status in ("agreed", "proposed"):
            if date is None and _a_breach(cue_token):
                continue  # "accused Kyiv of breaking the truce agreed in May": names the truce
            return Stance(cue.status, None, None, date)  # "The truce, agreed on May 2, …"
        if agent is None and cue is not None and cue.status == "ended":
            # "The truce lapsed on Friday, the Kremlin said", parsed as "the truce (that) lapsed"
            stance = Stance("ended", [halted_sides(head)], None,
                            _date(dates, c, head, set(), saying_first=True))
            stance.reporter = speaker_of(c, None)
            return stance
        joint = sides if len(sides) > 1 else \
            sorted(BELLIGERENTS) if obj is not None and BOTH.search(np_text(obj)) else []
        if cue is not None and cue.status == "agreed" and joint:
            # "the moratorium, agreed by both countries after US mediation": both sides, the
            # broker proposing (GUIDE)
            return Stance("agreed", [sorted(joint)], mediator, date)
        if len(sides) != 1:
            continue
        if cue is not None and c.lemma_.lower() in BROKERING and sides[0] not in BELLIGERENTS:
            # "the arrangement, brokered by Washington": the sides at war agreed, the broker
            # proposing (as "Turkey brokered the moratorium")
            return Stance("agreed", [sorted(BELLIGERENTS)], sides[0], date)
        if cue is not None and cue.role == "declare":
            return Stance("agreed", [sides], sides[0], date)
        if cue is not None and cue.status == "proposed":
            return Stance("proposed", [sides], sides[0], date)
        if c.lemma_.lower() in ("broker", "mediate", "back", "sponsor"):
            return Stance("", None, sides[0], None)  # names the proposer only
    return None


def _end_after_an_aside(head: Token, dates: list[DateMention],
                        speaker: str | None) -> Stance | None:
    """ "The local ceasefire around the plant, agreed so that crews could repair the line, ended
    on Sunday after the repairs": the truce's own verb of ending after a participle set off by
    commas, which the parser may take for the main verb (and hang "ended" on the aside)."""
    doc = head.doc
    comma = next((t for t in doc[head.i + 1:] if t.text == ","), None)
    if head.dep_ not in ("nsubj", "nsubjpass") or comma is None or comma.i + 2 >= len(doc) or \
            doc[comma.i + 1].tag_ not in ("VBN", "VBD"):
        return None
    for t in doc[comma.i + 2:]:
        if t.text in (";", ".") or t.dep_ == "ROOT" and t.i != comma.i + 1 and \
                t.lemma_.lower() not in REPORTING:
            return None  # the truce's own main verb: read as the cue
        cue = cue_of(t)
        if cue is not None and cue.status == "ended" and t.tag_ in ("VBD", "VBN") and \
                doc[t.i - 1].text == "," and child(t, "nsubj") is None and t.dep_ != "ROOT":
            return _ended_stance(t, head, dates, speaker, said_first=False)
    return None


def _ended_stance(t: Token, head: Token, dates: list[DateMention], speaker: str | None, *,
                  said_first: bool) -> Stance:
    """The truce ``head`` ended, told by the verb ``t``: dated by the verb's own words, or by
    the day it was said (``said_first``: that first)."""
    inside = {x.i for x in head.subtree}
    own = _date(dates, t, head, inside, own_words_only=True)
    said = _date(dates, t, head, inside, saying_first=True)
    stance = Stance("ended", [halted_sides(head)], None,
                    (said or own) if said_first else (own or said))
    stance.reporter = speaker_of(t, speaker)
    return stance


def _end_hung_in_its_relative_clause(head: Token, dates: list[DateMention],
                                     speaker: str | None) -> Stance | None:
    """ "The three-day ceasefire that Putin declared on May 4 for the Victory Day holidays ended
    at midnight on Sunday": after a long relative clause the parser may hang the truce's own
    verb of ending on the clause's last noun, or take that noun, the object of a preposition,
    for its subject (the truce then governs nothing). A verb of ending there with no subject of
    its own is the truce's ("after the talks ended" has one)."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return None  # the parser found the truce's own verb
    for clause in (c for c in head.children if c.dep_ in ("relcl", "prep")):
        for t in clause.subtree:
            # ("The moratorium on strikes against energy sites expired …": hung on the last noun
            # of the truce's own complement as a participle, which "expire" cannot be)
            hung = t.i > clause.i if clause.dep_ == "relcl" else t.dep_ == "acl"
            cue = cue_of(t) if hung and t.tag_ in ("VBD", "VBN") else None
            if cue is None or cue.status != "ended" or _own_subject(t):
                continue
            return _ended_stance(t, head, dates, speaker, said_first=True)
    return None


def _own_subject(verb: Token) -> bool:
    """The verb has a subject of its own: not one the parser took from a prepositional phrase
    ("declared for the holidays ended": "holidays" is the object of "for")."""
    subject = child(verb, "nsubj") or child(verb, "nsubjpass")
    if subject is None:
        return False
    before = subject.left_edge.i - 1
    return before < 0 or subject.doc[before].lower_ not in _PREPOSITIONS_ONLY


# prepositions that never open a clause (not "after", "until", "since", "before", "as")
_PREPOSITIONS_ONLY = {"for", "on", "of", "in", "at", "during", "with", "around", "near", "over",
                      "to", "from", "by", "across", "along", "into", "through", "throughout"}


def _a_breach(cue_token: Token | None) -> bool:
    """Whether the word governing the truce tells a breach of it ("of breaking", "violated"):
    a participle with no agent nor day of its own then only says which truce was broken."""
    cue = cue_of(cue_token) if cue_token is not None else None
    return cue is not None and cue.status == "violated"


def _participle_after(head: Token) -> list[Token]:
    """ "broke the moratorium agreed with US mediation in March": the participle right after
    the truce, whatever the parser hung it on (it is often read as a clause of the main verb)."""
    last = max(t.i for t in head.subtree)
    if last + 1 >= len(head.doc):
        return []
    after = head.doc[last + 1]
    own = after.dep_ == "acl" and after.head.i == head.i
    return [after] if after.tag_ == "VBN" or (after.tag_ == "VBD" and after.dep_ == "advcl") \
        and not own and cue_of(after) is not None else []


_MEDIATION = {"mediation", "brokering", "auspices", "auspex", "help", "facilitation"}


def _mediator(participle: Token) -> str | None:
    """ "agreed with US mediation", "under Turkish auspices", "mediated by Qatar", "after US
    mediation": the broker."""
    for c in participle.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "through", "under", "by",
                                                        "after", "following"):
            noun = child(c, "pobj")
            if noun is not None and noun.lemma_.lower() in _MEDIATION:
                sides = [s for s in agent_sides(noun) if s not in BELLIGERENTS]
                if len(sides) == 1:
                    return sides[0]
    return None


_OFFER_NOUNS = {"proposal", "plan", "initiative", "offer", "idea"}
# verbs whose subject receives a proposal rather than makes it
_RECEIVING = {"receive", "study", "examine", "review", "discuss", "get", "analyse", "analyze",
              "mull", "assess", "weigh"}
# verbs that only name a proposal another made, or leave it out
_MENTIONING = {"mention", "cite", "quote", "note", "omit", "ignore", "skip", "recall"}
_HYPHEN_PROPOSER = re.compile(r"\b([A-Z][\w.]*)-(?:backed|proposed|brokered|led|sponsored)\b")


def _named_proposer(head: Token) -> str | None:
    """ "a US-brokered truce", "Putin's ceasefire", "the Turkish proposal", "the Russian truce"
    (a side's adjective on the truce itself: whose truce it is)."""
    offer = head.lemma_.lower() in _OFFER_NOUNS
    for c in head.children:
        if c.dep_ == "poss" or (offer and c.dep_ in ("amod", "compound")) or \
                (c.dep_ == "amod" and c.i == head.i - 1 and c.tag_ == "JJ"):
            sides = np_sides(c)
            if len(sides) == 1:
                return sides[0]
            if sides and not set(sides) & BELLIGERENTS:  # "a Franco-German plan": the first
                return next(a.actor.side for a in find_actors(np_text(c)) if a.actor.side)
    words = " ".join(t.text_with_ws for t in head.subtree)
    m = _HYPHEN_PROPOSER.search(words.replace(" - ", "-").replace(" -", "-"))
    if m:
        sides = [a.actor.side for a in find_actors(m.group(1)) if a.actor.side]
        return sides[0] if sides else None
    return None


def _statement(cue_token: Token) -> list[Token]:
    """The cue and the verbs above it up to a clause of another time: not the main clause of
    "Russia launched drones overnight, the first attack since the truce expired"."""
    out = [cue_token]
    t = cue_token
    while t.head.i != t.i and len(out) < 8 and \
            not any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in t.children):
        t = t.head
        out.append(t)
    return out


_OTHER_TIME = {"since", "before", "until", "till", "when", "while", "once", "after", "as"}
# "proposed last week" names no day (GUIDE: the date is null when the day is not given)
_NOT_A_DAY = re.compile(r"^(?:last|past)\s+week$", re.IGNORECASE)


def _in_blanked_dateline(doc: Doc, mention: DateMention) -> bool:
    """A day inside the dateline the parse reads blanked (words.for_the_parse)."""
    return mention.start > 0 and not doc.text[:mention.start].strip()


_LENGTH_UNITS = {"day", "days", "hour", "hours", "week", "weeks", "month", "months"}


def _lasting(token: Token) -> bool:
    """ "accepted … a full 30-day ceasefire on August 12": a truce with its own length, before
    the day, does not run on that one day; the day is the answer's."""
    return any(t.lower_ in _LENGTH_UNITS for t in token.doc[max(0, token.i - 12):token.i])


def _on_a_weekday(mention: DateMention, token: Token) -> bool:
    """ "… a halt in fighting on Monday", not "… at 18:00 on Saturday" (when it starts)."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "on" or not (
            mention.kind == "weekday" or (mention.kind == "absolute" and _lasting(token))):
        return False
    before = doc[token.i - 2]
    return doc[token.i - 1].head.dep_ not in ("acl", "relcl") and \
        not (before.like_num or ":" in before.text or before.lower_ in ("midnight", "noon"))


def _date(dates: list[DateMention], cue_token: Token, head: Token, inside: set[int],
          own_words_only: bool = False, saying_first: bool = False) -> dt.date | None:
    """The day the position was stated: a date on the cue or on a verb above it ("said on
    Tuesday"), never one inside the truce's own phrase ("a truce beginning on May 8"); with
    ``saying_first``, a date on a verb of saying or accusing before any other."""
    if not dates:
        return None
    doc = cue_token.doc
    order = [t.i for t in _statement(cue_token)] if not own_words_only else [cue_token.i]
    above = set(order)
    truce_words = {t.i for t in head.subtree} - ({t.i for t in cue_token.subtree}
                                                 if own_words_only else set())
    best: tuple[int, dt.date] | None = None
    for mention in dates:
        token = next((t for t in doc if t.idx >= mention.start), None)
        if token is None or PERIOD_BEFORE.search(doc.text, max(0, mention.start - 40),
                                                 mention.start) or \
                _DATELINE.match(doc.text, 0, mention.start) or _in_blanked_dateline(doc, mention):
            continue
        if token.i in truce_words:
            if cue_token.i != head.i and _on_a_weekday(mention, token) and best is None and \
                    not any(t.lower_ in _PERIOD for t in ancestors(token, 6) if t.i in truce_words):
                # "agreed a two-hour halt in fighting on Monday": the parser hangs the day on
                # the truce; a weekday told with "on" is the day it was agreed
                best = (len(order), mention.date)
            continue
        for t in ancestors(token, 8):
            if t.i in truce_words or t.lower_ in _PERIOD or _takes_effect(t):
                break  # "from 18:00 on May 3", "beginning on May 8", "took effect on Monday":
                # when the truce runs
            if t.i not in above and part_of_speech(t) == "verb" and cue_of(t) is not None:
                break  # "as proposed by Kyiv last week": another position's day
            if t.i in above and t.i != token.i:
                # the date nearest the cue: "attacked overnight in what he said Tuesday was a
                # broken commitment" is Tuesday's
                rank = order.index(t.i)
                if saying_first and t.lemma_.lower() in REPORTING | {"accuse"}:
                    rank = -1
                if best is None or rank < best[0]:
                    best = (rank, mention.date)
                break
    return best[1] if best else None
