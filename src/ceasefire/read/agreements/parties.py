"""Who takes a position on a truce, from the grammar around the word that states it: the subject
of a verb, the agent of a passive ("was rejected by Kyiv"), the possessor of a noun ("Putin's
refusal"), the object of "accused X of", every conjunct ("Trump and Putin agreed"); a pronoun
hands over to the speaker ("Russia said it would not agree"), as does a subject no lexicon
knows ("officials rejected …, Peskov said").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ceasefire.read.actors import find_actors
from ceasefire.read.agreements.cues import Cue, cue_of, part_of_speech
from ceasefire.read.agreements.words import BELLIGERENTS

BOTH_SIDES = re.compile(r"\b(?:both sides|both parties|the two sides|the two countries|"
                        r"both countries|each other|one another|the sides|the parties|"
                        r"each side|either side|"
                        r"(?:both|the two)\s+(?:armies|militaries|warring parties))\b",
                        re.IGNORECASE)
# verbs of saying: their subject is the speaker, and a truce below them is what was said
REPORTING = {"say", "tell", "report", "state", "add", "note", "claim", "write", "stress",
             "emphasize", "emphasise", "explain", "confirm", "convey", "warn",
             "answer", "reply"}  # "Putin answered that …"
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "who", "which", "that"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "appos", "ccomp", "xcomp", "punct", "cc", "mark"}
_EXCHANGED = {"exchange", "trade", "swap"}  # "traded accusations": each side accuses the other


def ancestors(token: Token, steps: int) -> list[Token]:
    """``token`` and up to ``steps`` of its heads, nearest first."""
    out = [token]
    while len(out) <= steps and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def child(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)


def _each(sides: list[str]) -> list[list[str]]:
    return [[s] for s in sides] if len(sides) > 1 else [sides]


def agent_sides(token: Token) -> list[str]:
    """The doer of a verb or a noun: subject, passive agent, possessor, "by X", "Russian"."""
    for c in token.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "between")):
            obj = child(c, "pobj")
            if obj is not None and np_sides(obj):
                return np_sides(obj)
    if part_of_speech(token) == "noun":
        # "the rejection of the truce by Moscow": the parser hangs "by X" on the truce
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            owned = child(of, "pobj")
            by = next((c for c in owned.children if c.dep_ == "prep" and c.lower_ == "by"),
                      None) if owned is not None else None
            obj = child(by, "pobj") if by is not None else None
            if obj is not None and np_sides(obj):
                return np_sides(obj)
    for c in token.children:
        if c.dep_ in ("nsubj", "poss") and np_sides(c):
            return np_sides(c)
    if part_of_speech(token) == "noun":
        for c in token.children:
            if c.dep_ in ("amod", "compound", "npadvmod") and np_sides(c):
                return np_sides(c)
            if c.dep_ == "relcl" and np_sides(child(c, "nsubj")):
                return np_sides(child(c, "nsubj"))  # "the proposals that Kyiv brought"
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _GIVING:
            return np_sides(child(token.head, "nsubj"))  # "Kyiv gave an undertaking"
    return []


_GIVING = {"give", "make", "offer", "provide", "sign"}


def _subject_text(token: Token) -> str:
    subject = child(token, "nsubj")
    return np_text(subject) if subject is not None else ""


def takers(cue_token: Token, inside: set[int], speaker: str | None
            ) -> tuple[list[str], str | None]:
    """(the sides taking the position, the side of whoever reports it)."""
    speaker_side = speaker_of(cue_token, speaker)
    if part_of_speech(cue_token) == "noun" and cue_of(cue_token) != Cue("proposed", "plain"):
        # "an agreement on a truce", "Putin's refusal": its owner, not whoever speaks of it
        return agent_sides(cue_token), speaker_side
    t = cue_token
    for _ in range(3):
        subject = subject_of(t)
        headline = _headline_subject(t, subject, inside)
        if headline:
            return headline, speaker_side
        if subject is not None and subject.i in inside:
            break  # the truce itself: "the truce would depend on …, the Kremlin said"
        if subject is not None and subject.lower_ not in PRONOUNS:
            if BOTH_SIDES.search(np_text(subject)):
                return sorted(BELLIGERENTS), speaker_side
            sides = np_sides(subject) or _offer_agents(subject)
            if sides:
                return sides, speaker_side
            # a subject no lexicon knows: "officials rejected …, Peskov said" speaks for
            # Peskov's side; "the two leaders agreed" is left to the words around it
            plural = any(c.lower_ in ("two", "both", "all") for c in subject.children)
            return ([speaker_side] if speaker_side and not plural else []), speaker_side
        own = agent_sides(t) if subject is None else []
        if own:
            return own, speaker_side
        if subject is None and t.dep_ == "acl" and t.head.dep_ == "ROOT" and \
                t.tag_ in ("VBD", "VBN") and child(t, "dobj") is not None and np_sides(t.head):
            # "The US team, led by …, put forward …" parsed as a noun with a clause: its subject
            return np_sides(t.head), speaker_side
        # no subject, or a pronoun: the one above ("Russia said it would not agree", "Kyiv is
        # ready to accept")
        if t.dep_ not in ("xcomp", "acomp", "conj", "advcl", "acl") and \
                part_of_speech(t.head) != "verb":
            break
        if t.head.i == t.i:
            break
        t = t.head
    return ([speaker_side] if speaker_side else []), speaker_side


def _headline_subject(verb: Token, subject: Token | None, inside: set[int]) -> list[str]:
    """ "Orban phones both leaders, proposes Black Sea truce": a headline's
    second verb, with no subject of its own (or its object with no article parsed as one),
    shares the subject of the verb before it (parsed as a clause of its own under it)."""
    if subject is not None and (subject.i not in inside or subject.i < verb.i) or \
            verb.tag_ not in ("VBZ", "VBD") or verb.lemma_.lower() in REPORTING:
        return []
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "conj", "parataxis") and clause.i < verb.i:
            sides = np_sides(child(clause, "nsubj"))
            if len(sides) == 1:
                return sides
    return []


def _offer_agents(noun: Token) -> list[str]:
    """ "The proposal, tabled by the foreign ministers of France and Germany, calls for …": the
    sides that put the subject forward, in the order named (the first is the proposer)."""
    for c in noun.children:
        if c.dep_ == "acl":
            agent = child(c, "agent")
            obj = child(agent, "pobj") if agent is not None else None
            if obj is not None:
                named = [a.actor.side for a in find_actors(np_text(obj))
                         if a.actor.side and a.actor.kind != "media"]
                return list(dict.fromkeys(named))
    return []


def subject_of(token: Token) -> Token | None:
    subject = child(token, "nsubj")
    if subject is None and part_of_speech(token) == "adj" and token.head is not token:
        subject = child(token.head, "nsubj")  # "Kyiv is ready to …"
    return subject


def speaker_of(token: Token, speaker: str | None) -> str | None:
    """The side of whoever says the sentence: the subject of a reporting verb above the cue,
    else the claimant the attribution step found."""
    for t in ancestors(token, 6)[1:]:
        aside = next((c for c in t.children if c.dep_ in ("csubj", "parataxis") and
                      c.lemma_.lower() in REPORTING), None)  # "in what Kyiv said was …"
        if aside is not None and len(np_sides(child(aside, "nsubj"))) == 1:
            return np_sides(child(aside, "nsubj"))[0]
        if t.lemma_.lower() in REPORTING:
            # every subject: "The truce lapsed, the Kremlin said" may parse with two
            for subject in (c for c in t.children if c.dep_ == "nsubj"):
                sides = np_sides(subject)
                if len(sides) == 1:
                    return sides[0]
    return speaker


def np_text(token: Token) -> str:
    """A noun phrase without its clauses: "Russian President Vladimir Putin", "Trump and Putin",
    "a statement from the Kremlin"."""
    skip: set[int] = set()
    for c in token.children:
        if c.dep_ in _CLAUSE_DEPS and c.dep_ not in ("cc",) or \
                c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children):
            skip.update(t.i for t in c.subtree)  # also "forces [of breaking … Russian …]"
    words = [t for t in token.subtree if t.i not in skip]
    return " ".join(t.text for t in words)


def np_sides(token: Token | None) -> list[str]:
    if token is None:
        return []
    text = np_text(token)
    if BOTH_SIDES.search(text):
        return sorted(BELLIGERENTS)
    return sorted({a.actor.side for a in find_actors(text)
                   if a.actor.side and a.actor.kind != "media"})


def owner(noun: Token) -> str | None:
    """The side a proposal belongs to: "Ukraine's proposal", "the US plan", "a proposal by X",
    "the initiative of Turkey" (as translated agency copy words it)."""
    sides = agent_sides(noun)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whose = child(of, "pobj") if of is not None else None
    if not sides and whose is not None and whose.pos_ == "PROPN":
        sides = np_sides(whose)  # a state or person, not "of a ceasefire"
    if len(sides) > 1 and not set(sides) & BELLIGERENTS:  # "a Franco-German plan": the first
        named = [a.actor.side for a in find_actors(np_text(noun).replace("-", " - "))
                 if a.actor.side in sides]
        return named[0] if named else None
    return sides[0] if len(sides) == 1 else None


BROKERING = {"broker", "mediate"}  # a third state that brokered a truce proposed it


def declared(cue_token: Token, sides: list[str], proposer: str | None
              ) -> tuple[list[list[str]], str | None]:
    """A belligerent that declares a truce commits itself and proposes it; a third state that
    announces agreements "with Ukraine and Russia" or secured commitments "from" them brokered
    them."""
    brokered = cue_token.lemma_.lower() in BROKERING
    if set(sides) <= BELLIGERENTS and not brokered:
        return [sides], proposer or (sides[0] if len(sides) == 1 else None)
    with_sides = [s for t in cue_token.subtree if t.lower_ in ("with", "from", "between") and
                  t.dep_ == "prep" for s in np_sides(child(t, "pobj")) if s in BELLIGERENTS]
    broker = sides[0] if len(sides) == 1 else proposer
    if with_sides:
        return [sorted(set(with_sides))], broker
    if brokered:  # "Turkey brokered a truce": the two sides at war agreed to it
        return [sorted(BELLIGERENTS)], broker
    return [sides], proposer


def halted_sides(head: Token) -> list[str]:
    """ "the moratorium on Russian strikes … has expired": the side whose strikes it halted."""
    for t in head.subtree:
        if t.lemma_.lower() in ("strike", "attack", "shelling", "bombing", "airstrike"):
            for c in t.children:
                if c.dep_ in ("amod", "poss", "compound") and len(np_sides(c)) == 1:
                    return np_sides(c)
    return []


def accused(cue_token: Token, speaker: str | None) -> list[list[str]] | None:
    """The sides said to have violated: the subject of "violated", the agent of "violations by",
    the object of "accused X of"; each side for mutual accusations."""
    for t in ancestors(cue_token, 4):
        lemma = t.lemma_.lower()
        if lemma in ("accuse", "blame") and part_of_speech(t) == "verb":
            obj = child(t, "dobj")
            if BOTH_SIDES.search(_subject_text(t)):  # "each side blamed the other for …"
                return _each(sorted(BELLIGERENTS))
            if obj is not None and BOTH_SIDES.search(np_text(obj)):
                return _each(np_sides(child(t, "nsubj")) or sorted(BELLIGERENTS))
            if obj is not None and np_sides(obj):
                return [np_sides(obj)]
        if lemma == "accusation":
            verb = t.head
            if verb.lemma_.lower() in _EXCHANGED:
                return _each(np_sides(child(verb, "nsubj")) or sorted(BELLIGERENTS))
        own = agent_sides(t) if t.i == cue_token.i or lemma in ("violate", "breach", "break") \
            else None
        if own:
            return [own] if not BOTH_SIDES.search(_subject_text(t)) else _each(own)
    act = act_called_a_violation(cue_token)
    if act:
        return [act]
    reporter = speaker_of(cue_token, speaker)
    if reporter in BELLIGERENTS:
        return [[{"RU": "UA", "UA": "RU"}[reporter]]]
    return None


_CALLING = {"call", "describe", "term", "brand", "label", "denounce", "condemn"}


def act_called_a_violation(cue_token: Token) -> list[str]:
    """ "Russian troops shelled Kherson overnight, which Kyiv called a violation of the
    ceasefire": the side that did what the clause of calling refers to (not the caller)."""
    calling = next((t for t in ancestors(cue_token, 3) if t.lemma_.lower() in _CALLING and
                    t.dep_ in ("relcl", "advcl")), None)
    if calling is None:
        return []
    act = calling.head
    for _ in range(4):  # "… on Wednesday, which it called …": the verb the day belongs to
        if act.pos_ in ("VERB", "AUX") or act.head.i == act.i:
            break
        act = act.head
    caller = np_sides(child(calling, "nsubj"))
    sides = [s for s in np_sides(child(act, "nsubj")) if s in BELLIGERENTS and s not in caller]
    return sides if len(sides) == 1 else []


def self_stated(cue_token: Token, inside: set[int], speaker: str | None) -> bool:
    """A side that sets its own conditions takes a position (GUIDE: an acceptance with
    conditions is agreed): "Kyiv said it is ready for a truce if Moscow is", "we are ready";
    "Moscow will agree if sanctions bite", said by Kyiv, is a guess at another's mind."""
    subject = subject_of(cue_token)
    if subject is not None and subject.lower_ in ("we", "i"):
        return True
    sides, speaker_side = takers(cue_token, inside, speaker)
    return bool(sides) and speaker_side is not None and sides == [speaker_side]
