"""The words around a truce mention: its status from the nearest status verb of the clause, the
parties from the actors before or after it. The reader asks these only where the parse is not
asked (a sentence without a word of ``lexicon/truce_cues.tsv``, an accusation without a truce
noun) or names no one (read/agreements/roles.py reads roles from the parse).
"""
from __future__ import annotations

import re

from ceasefire.read.actors import ActorMention, find_actors
from ceasefire.read.agreements.words import ACCUSATION, BOTH
from ceasefire.read.facts import SentenceFacts

_STATUS = [
    ("violated", r"violat\w+|breach\w*|breaking|broke|broken|accus\w+|accusations?"),
    ("ended", r"expir\w+|ended|has ended|is over|(?:the )?end of the|came to an end|lapsed|"
              r"no longer in (?:force|effect)"),
    ("rejected", r"(?:refus\w+|declin\w+|failed|unwilling) to agree|not agree|declin\w+|"
                 r"reject\w*|refus\w+|ruled out|turned down"),
    # (a truce that "took effect" or was "in force" is no one's position)
    ("agreed", r"agree\w*|accept\w*|responded positively|agreement (?:for|on|to)|"
               r"announced|ordered a halt|ordered|declared|signed|consented|backed|endorsed"),
    ("proposed", r"propos\w*|offer\w*|call(?:ed|s|ing)? for|urg\w+|request\w*|"
                 r"laid out|put forward|suggest\w*|brought|open to|necessity of|push\w* for|"
                 r"seek\w*|sought|plan for|reiterat\w+|demand\w*|should|would halt|wants?|"
                 r"interested in"),
]
_STATUS_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{p})\\b)" for name, p in _STATUS),
                        re.IGNORECASE)
_PROPOSER = re.compile(
    r"\b(?:proposed|requested|initiated|offered|suggested|put forward|brokered|backed)\s+by\s+"
    r"(?:the\s+)?(?P<by>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)|"
    r"(?P<adj>\b[A-Z][\w.]*)-(?:backed|proposed|brokered|led|sponsored)\b|"
    r"(?P<own>\b[A-Z][\w.]*)'s\s+(?:proposal|initiative|plan|offer)\b|"
    r"\b(?:a|an|the)\s+(?P<attr>[A-Z][\w.]*)\s+(?:proposal|initiative|plan|offer)\b")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|to|not)\s+(?:\w+\s+)?$",
                           re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless)\b", re.IGNORECASE)
# "could enable a ceasefire", "would mark": a truce spoken of as a possibility, no position
POSSIBLE_TRUCE = re.compile(
    r"\b(?:could|would|may|might|can)\s+(?:\w+\s+){1,2}(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "the ceasefire proposal": a noun of the truce's own phrase, not the speaker's verb
_OBJECT_NOUN = re.compile(r"\s*(?:proposal|plan|initiative|offer|request)\b", re.IGNORECASE)
_ORIGINATOR = re.compile(r"\b(?:initiated|proposed|put forward)\s+by\b", re.IGNORECASE)
_PROPOSAL_NOUN = re.compile(r"(?:proposals?|offers?|plans?|requests?|initiatives?|calls? for)$",
                            re.IGNORECASE)
# "to convince the Kremlin of …", "urged Moscow to …": the actor is who is addressed
_OBJECT_OF = re.compile(r"\b(?:convince|convinced|urge|urged|urging|persuade|press|pressed|"
                        r"pressure|tell|told|ask|asked|signal to|to|for)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "The truce, agreed on March 18, ended …": a participle between commas, then the main verb
_APPOSITIVE = re.compile(r"[^,]{0,40},\s*(?:agreed|announced|proposed|initiated|declared|"
                         r"brokered)\b[^,]{0,40},\s*")


def statuses_near(clause: str, truce: re.Match[str], claimed: dict[int, re.Match[str]]
              ) -> list[tuple[str, re.Match[str] | None, list[list[str]] | None]]:
    """(status, its verb, parties when the words fix them) for each position on this truce."""
    if truce.re is ACCUSATION:
        # "…, accusing Ukraine of using the pause to …": the side charged, not both sides the
        # clause names ("the truce between Moscow and Kyiv")
        charged = {a.actor.side for a in find_actors(truce.group(0))
                   if a.actor.side in ("RU", "UA")}
        return [("violated", truce, [[charged.pop()]] if len(charged) == 1 else None)]
    out: list[tuple[str, re.Match[str] | None, list[list[str]] | None]] = []
    status, cue = nearest_status(clause, truce)
    if cue is not None and claimed.get(cue.start(), truce) is not truce:
        status, cue = None, None  # the verb belongs to another truce of the clause
    if status != "proposed" and _ORIGINATOR.search(clause, truce.end(), truce.end() + 20):
        originator = _originator(clause, truce)  # "a truce initiated by Putin"
        if originator:
            out.append(("proposed", None, originator))
    if status is not None:
        out.append((status, cue, None))
        main = _main_verb_after_appositive(clause, truce, status)
        if main is not None:  # "The truce, agreed on March 18, ended on April 17"
            out.append((main.lastgroup or "", main, None))
    return out


def _main_verb_after_appositive(clause: str, truce: re.Match[str],
                                first: str) -> re.Match[str] | None:
    appositive = _APPOSITIVE.match(clause, truce.end())
    if appositive is None:
        return None
    main = _STATUS_RE.match(clause, appositive.end())
    return main if main is not None and main.lastgroup != first else None


def cue_owners(clause: str, mentions: list[re.Match[str]]) -> dict[int, re.Match[str]]:
    """Each status verb belongs to the truce nearest to it: in "announced the moratorium, …
    efforts to broker a ceasefire" only the moratorium was announced."""
    owners: dict[int, re.Match[str]] = {}
    for cue in _STATUS_RE.finditer(clause) if mentions else ():
        owners[cue.start()] = min(mentions, key=lambda t: min(abs(t.start() - cue.end()),
                                                              abs(cue.start() - t.end())))
    return owners


def nearest_status(clause: str, truce: re.Match[str]) -> tuple[str | None, re.Match[str] | None]:
    proposer_spans = [m.span() for m in _PROPOSER.finditer(clause)]
    best, best_d, fallback = None, None, None
    cues = list(_STATUS_RE.finditer(clause))
    verb_before = any(m.end() <= truce.start() for m in cues)
    for m in cues:
        status = m.lastgroup
        if truce.start() <= m.start() < truce.end():
            continue  # "the offer" names the truce; it is not what anyone did with it
        if any(a <= m.start() < b for a, b in proposer_spans):
            fallback = fallback or ("proposed", m)
            continue
        if status == "agreed" and (_MODAL_BEFORE.search(clause[max(0, m.start() - 20):m.start()])
                                   or HYPOTHETICAL.search(clause, m.end())):
            continue
        if verb_before and m.start() >= truce.end() and _OBJECT_NOUN.match(clause, truce.end()):
            continue
        d = truce.start() - m.end() if m.end() <= truce.start() else m.start() - truce.end()
        if best_d is None or d < best_d:
            best, best_d = (status, m), d
    chosen = best or fallback
    if chosen and chosen[0] == "proposed" and _PROPOSAL_NOUN.match(chosen[1].group()):
        verb = next((m for m in cues if m.lastgroup in ("agreed", "rejected")
                     and 0 <= chosen[1].start() - m.end() <= 30), None)
        if verb is not None:  # "rejected a proposal for a ceasefire": what was done with it
            chosen = (verb.lastgroup or "", verb)
    return (chosen[0], chosen[1]) if chosen else (None, None)


def parties_near(f: SentenceFacts, clause: str, status: str,
             cue: re.Match[str] | None) -> list[list[str]]:
    """Who takes the position; a mutual accusation gives one violated record per side."""
    if status == "violated" and BOTH.search(clause):
        return [["RU"], ["UA"]]
    if BOTH.search(clause) and status in ("agreed", "rejected"):
        return [["RU", "UA"]]
    actors = [a for a in find_actors(clause) if a.actor.side and a.actor.kind != "media"]
    cue_at = cue.start() if cue else 0
    if status == "violated":
        accused = [a for a in actors if a.start > cue_at]
        return [_sides(accused[:1])] if accused else [_sides(actors[-1:])]
    by_agent = re.search(r"\bby\s+(?:the\s+)?", clause[cue.end():cue.end() + 12]) if cue else None
    if by_agent and cue:
        after = [a for a in actors if a.start >= cue.end()]
        if after:
            return [_sides(after[:1])]
    before = [a for a in actors if a.end <= cue_at and not _OBJECT_OF.search(clause[:a.start])
              and (not _possessive_of_truce(clause, a) or cue_at - a.end <= 3)]  # "Putin's refusal"
    if before:
        return [_sides(before[-1:])] if status == "proposed" else [_sides(_subject(before))]
    if status == "proposed":  # the one who speaks for it, never the one it is put to
        return [[f.claimant.side]] if f.claimant and f.claimant.side else [[]]
    sentence_actors = [a for a in f.actors if a.actor.side and a.actor.kind != "media"]
    return [_sides(sentence_actors)] if sentence_actors else [[]]


def _originator(clause: str, truce: re.Match[str]) -> list[list[str]]:
    """ "a 12-hour truce initiated by Zelensky": Zelensky's side proposed it."""
    after = [a for a in find_actors(clause[truce.end():truce.end() + 80]) if a.actor.side]
    side = after[0].actor.side if after else None
    return [[side]] if side else []


def _subject(before: list[ActorMention]) -> list[ActorMention]:
    """ "Trump and Putin agreed": the actors joined by "and" right before the verb."""
    joined = len(before) >= 2 and before[-1].start - before[-2].end < 8
    return before[-2:] if joined else before[-1:]


def _possessive_of_truce(clause: str, actor: ActorMention) -> bool:
    return clause[actor.end:actor.end + 2] == "'s"


def _sides(actors: list[ActorMention]) -> list[str]:
    return sorted({a.actor.side for a in actors if a.actor.side})


def proposer_near(clause: str, status: str, parties: list[str]) -> str | None:
    for m in _PROPOSER.finditer(clause):
        name = m.group("by") or m.group("adj") or m.group("own") or m.group("attr")
        actors = find_actors(name or "")
        if actors and actors[0].actor.side:
            return actors[0].actor.side
    if status == "proposed" and len(parties) == 1:
        return parties[0]
    return None
