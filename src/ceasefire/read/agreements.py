"""Truce and ceasefire positions: one record per stated position (GUIDE, "agreements").

A position is a truce mention ("a 20-day pause in strikes on power plants") with its
scope (from the words around it), a status (the nearest status verb of the clause: proposed,
agreed, rejected, violated, ended), the parties taking the position, the proposer, and the
duration. The same position repeated in a report is one record with several sentences.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.model import Agreement, Evidence
from ceasefire.read.actors import ActorMention, find_actors
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import parse_number
from ceasefire.read.parse import parse_all
from ceasefire.read.truce_roles import Stance, may_state_a_position, read_stances

# Roles from the dependency parse (read/truce_roles.py); CEASEFIRE_TRUCE_PARSE=0 reads them
# from the words around the truce only (kept to measure one against the other).
USE_PARSE = os.environ.get("CEASEFIRE_TRUCE_PARSE", "1") != "0"

# A truce named by its noun, by what it halts ("a pause in strikes on power plants", "a halt on
# some sections of the front", "an agreement to limit attacks on energy sites"), or by its kind
# ("a humanitarian pause")
_TRUCE = re.compile(
    r"\b(?:cease-?fires?|truces?|moratorium|armistice|"
    r"(?:halt|pause|cessation|end|stop|suspension)(?:s|ing)?\s+(?:to|of|on|in|along)?\s*"
    r"(?:the\s+|all\s+|some\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|strikes|hostilities|fighting|bombing|shelling|airstrikes|front|front line)|"
    r"(?:halting|limit|limits|limiting)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes)|"
    r"halt(?:s|ed|ing)?\s+(?:their\s+|the\s+)?fir(?:e|ing)|"
    r"(?:halt\w*|refrain\w*\s+from|forgo\w*|stop\w*)\s+(?:striking|firing|attacking|shelling|"
    r"bombing|targeting)|(?:refrain\w*\s+from|forgo\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes)|"
    r"(?:humanitarian|local|localized|localised)\s+(?:pause|halt)s?)\b", re.IGNORECASE)

@cache
def _scopes() -> list[tuple[str, bool, re.Pattern[str]]]:
    """(scope, read near the truce only, pattern) from ``lexicon/truce_scopes.tsv``, in order."""
    return [(scope, reach == "near", re.compile(pattern, re.IGNORECASE))
            for scope, reach, pattern in load_table("truce_scopes.tsv")]


_FULL = re.compile(r"\b(?:full|complete|comprehensive|unconditional|general|total|"
                   r"all-out|nationwide|\d+-day|\d+-hour)\b", re.IGNORECASE)
_STATUS = [
    ("violated", r"violat\w+|breach\w*|breaking|broke|broken|accus\w+|accusations?"),
    ("ended", r"expir\w+|ended|has ended|is over|(?:the )?end of the|came to an end|lapsed"),
    ("rejected", r"(?:refus\w+|declin\w+|failed|unwilling) to agree|not agree|declin\w+|"
                 r"reject\w*|refus\w+|ruled out|turned down"),
    ("agreed", r"agree\w*|accept\w*|responded positively|agreement (?:for|on|to)|"
               r"announced|ordered a halt|ordered|declared|signed|consented|took effect|backed|"
               r"endorsed|"
               r"in force"),
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
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless)\b", re.IGNORECASE)
# "could enable a ceasefire", "would mark": a truce spoken of as a possibility, no position
_POSSIBLE_TRUCE = re.compile(
    r"\b(?:could|would|may|might|can)\s+(?:\w+\s+){1,2}(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "the ceasefire proposal": a noun of the truce's own phrase, not the speaker's verb
_OBJECT_NOUN = re.compile(r"\s*(?:proposal|plan|initiative|offer|request)\b", re.IGNORECASE)
_ORIGINATOR = re.compile(r"\b(?:initiated|proposed|put forward)\s+by\b", re.IGNORECASE)
# "The two armies accused each other of shelling power lines": a violation, no truce noun
_ACCUSATION = re.compile(r"\baccus\w+\s+(?:each other|one another|[A-Z][\w']+(?:\s+[A-Z][\w']+)?)"
                         r"\s+of\s+(?:targeting|attacking|striking|shelling|violating|breaking|"
                         r"breaching)\b")
_PROPOSAL_NOUN = re.compile(r"(?:proposals?|offers?|plans?|requests?|initiatives?|calls? for)$",
                            re.IGNORECASE)
# "to convince the Kremlin of …", "urged Moscow to …": the actor is who is addressed
_OBJECT_OF = re.compile(r"\b(?:convince|convinced|urge|urged|urging|persuade|press|pressed|"
                        r"pressure|tell|told|ask|asked|signal to|to|for)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "The truce, agreed on March 18, ended …": a participle between commas, then the main verb
_APPOSITIVE = re.compile(r"[^,]{0,40},\s*(?:agreed|announced|proposed|initiated|declared|"
                         r"brokered)\b[^,]{0,40},\s*")
_OFFER = re.compile(
    r"\b(?i:the|this|that|its|his|their)\s+(?:[A-Z][\w-]*\s+)?"  # "the (Russian) proposal"
    r"(?i:offer|proposal|plan|initiative|idea)\b")
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:moratorium|truce|cease-?fire|pause|halt)\b",
    re.IGNORECASE)
_BOTH = re.compile(r"\b(?:both sides|each other|the two sides|mutual|the two countries|"
                   r"both countries|Russia and Ukraine|Ukraine and Russia|Kyiv and Moscow|"
                   r"Moscow and Kyiv)\b", re.IGNORECASE)
# "30-day", "a three-day ceasefire", "for 30 days", "a pause of three days"; not "two hours"
# of a call nor "one week later"
_DURATION = re.compile(r"\b([\w.]+)-(day|hour|week|month)\b|"
                       r"\b(?:for|of|lasting|last|lasts|lasted)\s+(?:for\s+)?([\w.]+)\s+"
                       r"(day|hour|week|month)s?\b",
                       re.IGNORECASE)
_CLAUSES = re.compile(r";|,\s+(?:although|though|but|while)\s+|\s+but\s+|\bwhile\b")
_UNIT_DAYS = {"day": 1.0, "hour": 1 / 24, "week": 7.0, "month": 30.0}
_BELLIGERENTS = {"RU", "UA"}
# An accusation or an end says who broke or ended a truce, not who offered it: "violations of
# a truce initiated by Putin" has no proposer (GUIDE: the proposer belongs to the offer).
_NOT_AN_OFFER = {"violated", "ended"}


@dataclass
class _Position:
    agreement: Agreement
    scope_said: bool
    paragraph: int


def read_agreements(facts: list[SentenceFacts]) -> list[Agreement]:
    positions: list[_Position] = []
    previous: _Position | None = None
    facts = [f for f in facts if "agreement" in f.kinds]
    if USE_PARSE:  # the document's sentences to parse, in one batch (~40 % faster than one by one)
        parse_all(f.text for f in facts if may_state_a_position(f.text) and _TRUCE.search(f.text))
    for f in facts:
        for position in list(_positions_in(f, previous, positions)):
            previous = _merge(positions, position)
    return _with_the_truce_durations(_without_answered_requests([p.agreement for p in positions]))


def _without_answered_requests(agreements: list[Agreement]) -> list[Agreement]:
    """A third state's request that a side answered is the answer's proposer, not a position of
    its own ("Trump asked Putin to halt strikes on Kyiv … Putin agreed": agreed, proposed by
    the US; GUIDE: the broker is proposed_by). Unanswered, it stays."""
    answered = {(a.scope, a.proposed_by) for a in agreements if a.status in ("agreed", "rejected")}
    return [a for a in agreements
            if not (a.status == "proposed" and len(a.parties) == 1 and
                    a.parties[0] not in _BELLIGERENTS and (a.scope, a.parties[0]) in answered)]


def _with_the_truce_durations(agreements: list[Agreement]) -> list[Agreement]:
    """A truce's length said once holds for every position on it: "a 30-day moratorium on
    energy strikes", then "accused Kyiv of violating the energy truce", is a 30-day truce
    violated. Only where the report gives one length for that scope (a 30-hour truce and a
    30-day proposal, both full, leave the others open)."""
    lengths: dict[str, set[float]] = {}
    for a in agreements:
        if a.duration_days is not None:
            lengths.setdefault(a.scope, set()).add(a.duration_days)
    for a in agreements:
        said = lengths.get(a.scope, set())
        if a.duration_days is None and len(said) == 1:
            a.duration_days = next(iter(said))
    return agreements


def _positions_in(f: SentenceFacts, previous: _Position | None,
                  earlier: list[_Position]) -> Iterator[_Position]:
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    parsed = USE_PARSE and may_state_a_position(f.text)
    for lo, hi in _clauses(f.text):
        clause = f.text[lo:hi]
        mentions = _truce_mentions(clause, f, previous)
        claimed = _cue_owners(clause, mentions)
        for truce in mentions:
            if not parsed and (_HYPOTHETICAL.search(clause[:truce.start()]) or
                               _POSSIBLE_TRUCE.search(clause[:truce.start()])):
                continue  # the parse tells a condition or a possibility from a position
            scope, scope_said = _scope_of(clause, truce, previous)
            if scope == "full" and _on_a_town(f, lo, truce):
                scope, scope_said = "other", True
            stances = _parsed_stances(f, lo, truce, mentions) if parsed else None
            if stances is not None:
                stances += _attacks_despite(clause, truce, f)
                for stance in stances:
                    for each_scope in [scope] + _coordinated_scopes(clause, truce, scope):
                        yield from _stance_positions(f, clause, truce, stance, each_scope,
                                                     scope_said, earlier, evidence)
                continue
            statuses = _statuses(clause, truce, claimed)
            if not statuses:
                _refine_scope(previous, scope, scope_said, f)
                continue
            for status, cue, who in statuses:
                for parties in who or _parties(f, clause, status, cue):
                    proposer = None if status in _NOT_AN_OFFER else \
                        parties[0] if who else _proposer(clause, status, parties)
                    yield _Position(Agreement(
                        date=f.date if f.has_own_date else None, scope=scope, status=status,
                        parties=parties, proposed_by=proposer,
                        duration_days=_duration(clause, truce), evidence=[evidence]),
                        scope_said, f.sentence.paragraph)


def _parsed_stances(f: SentenceFacts, lo: int, truce: re.Match[str],
                    mentions: list[re.Match[str]]) -> list[Stance] | None:
    """The positions the parse reads on this truce; none where no word of the sentence governs
    it (measured: the words around it, asked then, add more wrong records than right ones)."""
    if truce.re is _ACCUSATION:
        return None
    others = [(lo + m.start(), lo + m.end()) for m in mentions if m is not truce]
    speaker = f.claimant.side if f.claimant else None
    return read_stances(f.text, (lo + truce.start(), lo + truce.end()), others, f.dates,
                        speaker) or []


_KEPT_ATTACKING = re.compile(
    r"[^,;]*,\s*(?P<who>[^,;]{2,60}?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?"
    r"(?:continued|continue[sd]?|kept|keeps?)\s+(?:to\s+)?"
    r"(?:target|attack|strik|shell|bomb|hit|launch|fir)\w*", re.IGNORECASE)


def _attacks_despite(clause: str, truce: re.Match[str], f: SentenceFacts) -> list[Stance]:
    """ "Despite the agreement to halt strikes on power plants, Russia and Ukraine kept
    targeting them": each side named is said to violate it."""
    opening = clause[max(0, truce.start() - 70):truce.start()]
    if not re.search(r"\b(?:despite|in spite of|notwithstanding)\b", opening, re.IGNORECASE):
        return []
    m = _KEPT_ATTACKING.match(clause, truce.end())
    if m is None:
        return []
    who = m.group("who")
    sides = sorted(_BELLIGERENTS) if _BOTH.search(who) else \
        sorted({a.actor.side for a in find_actors(who) if a.actor.side in _BELLIGERENTS})
    date = f.date if f.has_own_date else None
    return [Stance("violated", [[side]], None, date) for side in sides]


def _stance_positions(f: SentenceFacts, clause: str, truce: re.Match[str], stance: Stance,
                      scope: str, scope_said: bool, earlier: list[_Position],
                      evidence: Evidence) -> Iterator[_Position]:
    """The records of one position the parse read; the words around the truce name the parties
    where the parse names no one."""
    status = stance.status
    if status == "support":  # agreed to another side's truce, else its own proposal
        status = _support(stance, scope, earlier)
    if not status:
        return
    proposer = stance.proposer
    if status == "proposed" and stance.parties and len(stance.parties[0]) == 1:
        proposer = stance.parties[0][0]
    if status == "agreed":
        proposer = _broker(f.text) or proposer
    for parties in stance.parties or _parties(f, clause, status, _status(clause, truce)[1]):
        if status == "proposed" and not proposer and len(parties) == 1:
            proposer = parties[0]
        yield _Position(Agreement(
            date=stance.date, scope=scope, status=status, parties=parties,
            proposed_by=None if status in _NOT_AN_OFFER else proposer,
            duration_days=_duration(clause, truce) or _period_days(f),
            conditions=_conditions(f.text) if status in _TERMS_SET else [],
            evidence=[evidence]),
            scope_said, f.sentence.paragraph)


_TERMS_SET = {"proposed", "agreed", "rejected"}
# "only if Kyiv withdraws", "would depend on whether a peace deal is reached", "hinges on the
# end of arms deliveries", "but it must include …": the condition, as the sentence words it
_CONDITION = re.compile(
    r"\b(?:only if|if|unless|until|provided(?: that)?|on condition that|as long as|"
    r"in exchange for|depend(?:s|ed|ing)? on(?: whether)?|hinges? on|hinged on|"
    r"conditional on|conditioned on|subject to|precondition (?:for [\w ]{3,40}? )?(?:is|was)|"
    r"but (?:it|they|\w+) (?:must|should|would have to))\s+(?P<terms>[^,.;:\"]{6,100})",
    re.IGNORECASE)


def _conditions(text: str) -> list[str]:
    return [m.group("terms").strip() for m in _CONDITION.finditer(text)]


# "Trump's efforts to broker a ceasefire", "a US-brokered truce", "mediated by Turkey": the
# broker proposed what the sides agreed (GUIDE: the broker is proposed_by, not a party)
_BROKER = re.compile(
    r"\b(?P<own>[A-Z][\w.]*)'s\s+(?:\w+\s+)?(?:efforts?|attempts?|bid|push|mediation)\s+to\s+"
    r"(?:broker|mediate)\b|"
    r"\b(?:brokered|mediated)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|"
    r"\b(?P<adj>[A-Z][\w.]*)-(?:brokered|mediated)\b")


def _broker(text: str) -> str | None:
    m = _BROKER.search(text)
    if m is None:
        return None
    actors = find_actors(m.group("own") or m.group("by") or m.group("adj"))
    return actors[0].actor.side if actors and actors[0].actor.side else None


def _support(stance: Stance, scope: str, earlier: list[_Position]) -> str:
    """ "Kyiv supports the truce": agreed where another side put the truce forward (its own
    words say so, or an earlier position of the report on a truce of that scope), else Kyiv's
    own proposal."""
    sides = set(stance.parties[0]) if stance.parties else set()
    named = [stance.truce_proposer, stance.proposer] + [
        p.agreement.proposed_by for p in earlier if p.agreement.scope == scope]
    others = {side for side in named if side}
    if others - sides:
        if stance.proposer is None or stance.proposer in sides:
            stance.proposer = next(iter(sorted(others - sides)))
        return "agreed"
    return "proposed"


def _truce_mentions(clause: str, f: SentenceFacts,
                    previous: _Position | None) -> list[re.Match[str]]:
    mentions = list(_TRUCE.finditer(clause)) or list(_ACCUSATION.finditer(clause))
    if not mentions and previous is not None and f.sentence.paragraph - previous.paragraph <= 1:
        mentions = list(_OFFER.finditer(clause))  # "Ukraine rejected the offer"
    return mentions


def _scope_of(clause: str, truce: re.Match[str], previous: _Position | None) -> tuple[str, bool]:
    """The scope the words give, else the earlier position's for "the moratorium", "the offer",
    "accused each other of shelling …"."""
    scope, scope_said = _scope(clause, truce)
    if scope_said or previous is None or not previous.scope_said:
        return scope, scope_said
    anaphoric = _ANAPHORIC.search(clause[max(0, truce.start() - 14):truce.end()])
    if anaphoric or truce.re in (_ACCUSATION, _OFFER):
        return previous.agreement.scope, True
    return scope, scope_said


_ON_PLACE = re.compile(r"\s*(?:on|against|at|in|around|near|over)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
_TOWN_KINDS = {"city", "town", "village", "district"}


def _on_a_town(f: SentenceFacts, lo: int, truce: re.Match[str]) -> bool:
    """ "a halt to strikes on Kyiv", "refrain from firing on Kharkiv": a truce for one town is a
    local one (GUIDE: scope other)."""
    end = lo + truce.end()
    return any(p.place.kind in _TOWN_KINDS and _ON_PLACE.fullmatch(f.text, end, p.start)
               for p in f.places if p.start >= end)


def _coordinated_scopes(clause: str, truce: re.Match[str], first: str) -> list[str]:
    """ "to pause their attacks over the Black Sea and against each other's energy targets": one
    truce for each scope the words join."""
    if first in ("full", "air_and_sea"):
        return []
    right = re.split(r"[,;]", clause[truce.end():truce.end() + 120])[0]
    parts = re.split(r"\band\b", right, maxsplit=1)
    if len(parts) < 2:
        return []
    second = next((scope for scope, _, pattern in _scopes() if pattern.search(parts[1])), None)
    return [second] if second and second != first and "and" not in (second + first) else []


def _statuses(clause: str, truce: re.Match[str], claimed: dict[int, re.Match[str]]
              ) -> list[tuple[str, re.Match[str] | None, list[list[str]] | None]]:
    """(status, its verb, parties when the words fix them) for each position on this truce."""
    if truce.re is _ACCUSATION:
        return [("violated", truce, None)]
    out: list[tuple[str, re.Match[str] | None, list[list[str]] | None]] = []
    status, cue = _status(clause, truce)
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


def _refine_scope(previous: _Position | None, scope: str, scope_said: bool,
                  f: SentenceFacts) -> None:
    """ "… agreed to a short pause in the fighting. It covers attacks on ports.": the second
    sentence says what the first position's scope was."""
    if previous is not None and not previous.scope_said and scope_said and \
            f.sentence.paragraph - previous.paragraph <= 1:
        previous.agreement.scope = scope
        previous.scope_said = True


def _cue_owners(clause: str, mentions: list[re.Match[str]]) -> dict[int, re.Match[str]]:
    """Each status verb belongs to the truce nearest to it: in "announced the moratorium, …
    efforts to broker a ceasefire" only the moratorium was announced."""
    owners: dict[int, re.Match[str]] = {}
    for cue in _STATUS_RE.finditer(clause) if mentions else ():
        owners[cue.start()] = min(mentions, key=lambda t: min(abs(t.start() - cue.end()),
                                                              abs(cue.start() - t.end())))
    return owners


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _CLAUSES.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _scope(clause: str, truce: re.Match[str]) -> tuple[str, bool]:
    window = clause[max(0, truce.start() - 45):truce.end() + 45]
    near = clause[max(0, truce.start() - 25):truce.end() + 25]
    for scope, near_only, pattern in _scopes():
        if pattern.search(near if near_only else window):
            return scope, True
    return "full", bool(_FULL.search(near))


def _status(clause: str, truce: re.Match[str]) -> tuple[str | None, re.Match[str] | None]:
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
                                   or _HYPOTHETICAL.search(clause, m.end())):
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


def _parties(f: SentenceFacts, clause: str, status: str,
             cue: re.Match[str] | None) -> list[list[str]]:
    """Who takes the position; a mutual accusation gives one violated record per side."""
    if status == "violated" and _BOTH.search(clause):
        return [["RU"], ["UA"]]
    if _BOTH.search(clause) and status in ("agreed", "rejected"):
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


def _proposer(clause: str, status: str, parties: list[str]) -> str | None:
    for m in _PROPOSER.finditer(clause):
        name = m.group("by") or m.group("adj") or m.group("own") or m.group("attr")
        actors = find_actors(name or "")
        if actors and actors[0].actor.side:
            return actors[0].actor.side
    if status == "proposed" and len(parties) == 1:
        return parties[0]
    return None


def _duration(clause: str, truce: re.Match[str]) -> float | None:
    """ "30-day", "a three-day ceasefire", "for 30 days", "30-hour" (GUIDE: days to two decimals,
    1.25 for 30 h); the one nearest to the truce when the clause names several."""
    found = []
    for m in _DURATION.finditer(clause):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = 1 if count.lower() in ("a", "an", "one") else parse_number(count)
        if value:
            distance = min(abs(m.start() - truce.end()), abs(truce.start() - m.end()))
            found.append((distance, round(value * _UNIT_DAYS[unit.lower()], 2)))
    return min(found)[1] if found else None


_TIME = (r"(?:(?P<{0}h>\d{{1,2}})[:.](?P<{0}m>\d{{2}})|(?P<{0}word>midnight|noon|"
         r"the end of(?: the day)?))")
_FROM = re.compile(r"\bfrom\s+(?:" + _TIME.format("a") + r"\s+)?(?:(?:on|of)\s+)?$",
                   re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|through)\s+(?:" + _TIME.format("b") +
                 r"\s+)?(?:(?:on|of)\s+)?", re.IGNORECASE)


def _period_days(f: SentenceFacts) -> float | None:
    """ "from 16:00 on April 11 to the end of the day on April 12": 32 hours, 1.33 days."""
    for first, second in zip(f.dates, f.dates[1:], strict=False):
        opening = _FROM.search(f.text, max(0, first.start - 40), first.start)
        closing = _TO.fullmatch(f.text, first.end, second.start)
        if opening is None or closing is None:
            continue
        start = _hour(opening, "a", 0.0)
        end = _hour(closing, "b", 24.0 if closing.group("bword") is None and
                    opening.group("aword") is None and opening.group("ah") is None else 0.0)
        hours = (second.date - first.date).days * 24 + end - start
        if hours > 0:
            return round(hours / 24, 2)
    return None


def _hour(m: re.Match[str], side: str, default: float) -> float:
    """The hour a period's end or start names; a bare date starts at 0:00 and ends at 24:00."""
    word = (m.group(f"{side}word") or "").lower()
    if word.startswith("the end"):
        return 24.0
    if word == "noon":
        return 12.0
    if word == "midnight":
        return 0.0
    if m.group(f"{side}h"):
        return int(m.group(f"{side}h")) + int(m.group(f"{side}m")) / 60
    return default


def _merge_target(positions: list[_Position], new: _Position) -> _Position | None:
    a = new.agreement
    for p in positions:
        b = p.agreement
        if _declaration_and_its_proposal(a, b):
            return p
        if (b.scope, b.status) != (a.scope, a.status):
            continue
        if a.date and b.date and a.date != b.date:
            continue
        if a.parties and b.parties and not set(a.parties) & set(b.parties):
            continue
        return p
    return None


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
    if b.status == "proposed" and a.status == "agreed":  # the declaration of that proposal
        b.status = "agreed"
    b.parties = sorted(set(b.parties) | set(a.parties))
    b.proposed_by = b.proposed_by or a.proposed_by
    b.duration_days = b.duration_days or a.duration_days
    b.conditions += [c for c in a.conditions if c not in b.conditions]
    b.date = b.date or a.date
    b.evidence.extend(e for e in a.evidence if e not in b.evidence)
    return same
