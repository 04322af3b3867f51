"""Who attacked: sides read from the words around a strike.

"Ukrainian drones", "Russian strikes" (adjective); "Russia fired", "its forces carried out"
(agent); "an attack by Russia" (by-phrase); "strikes on Russian refineries", "attack on Kyiv"
(target, so the attacker is the other side). Each cue has a position so that a sentence telling
of two attacks gives each figure the side named nearest to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ceasefire.read.actors import ActorMention, opponent
from ceasefire.read.attribution import Claimant
from ceasefire.read.lexicon_match import fast_regex

# "Russia's military" or "Russian forces" alone say who someone is, not that they attacked.
_ATTACK_NOUN = (r"(?:drones?|UAVs?|missiles?|rockets?|strikes?|attacks?|assaults?|raids?|shelling|"
                r"bombardment|barrage|offensive|artillery|bombs?|Shaheds?)")
_ADJECTIVE = re.compile(
    rf"^(?:'s)?\s+(?:(?:air|drone|missile|long-range|massive|mass|overnight|aerial|artillery|new|"
    rf"kamikaze|combat|ballistic|cruise|attack|strike|large-scale|retaliatory|naval|sea|"
    rf"unmanned|fixed-wing|jet-powered|fpv|FPV|guided)\s+){{0,3}}"
    rf"{_ATTACK_NOUN}\b")
_AGENT = re.compile(
    r"^(?:'s\s+(?:forces|military|army|troops|drones|air force))?\s+"
    r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:\w+ly\s+|also\s+|again\s+|still\s+)*(?:launched|fired|attacked|struck|hit|pounded|sent|"
    r"targeted|shelled|bombed|flattened|unleashed|carried out|used|hitting|striking|attacking|"
    r"shelling|bombing|launching|firing|targeting|pounding|sends|launches|fires|attacks|"
    r"strikes|hits|targets|shells|pounds)\b")
# "Ukrainian air defences shot down 133 drones": the defender's air defence downed them, so the
# other side attacked (air defence only: "Ukrainian forces destroyed 12 tanks" is an attack)
_AUXILIARIES = r"(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+|also\s+)?"  # "have also", "reportedly"
_DOWNED = r"shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|repelled|suppressed|jammed"
_DEFENDED = re.compile(
    r"^(?:'s)?\s+(?:air[- ]defen[cs]es?(?:\s+(?:forces|systems|units|crews))?|anti-aircraft\s+"
    rf"(?:forces|units|defen[cs]es?|gunners)|air\s+force)\s+{_AUXILIARIES}"
    rf"(?:{_DOWNED}|shoot\s+down|shooting\s+down)\b", re.IGNORECASE)
# the same said of a body that is itself the air defence ("Ukrainian air defences", "Ukraine's
# air force"): its verb of downing follows its name
_AIR_DEFENDER = re.compile(r"air defen[cs]e|air force", re.IGNORECASE)
_DEFENDED_BY_IT = re.compile(rf"^\s+{_AUXILIARIES}(?:{_DOWNED})\b", re.IGNORECASE)
# "Kyiv was attacked": the place or side named is the target (not an agent "was attacking")
_PASSIVE = re.compile(
    r"^\s+(?:was|were|is|are|has been|have been|had been|came under)\s+(?:\w+ly\s+|again\s+)?"
    r"(?:attacked|struck|hit|targeted|shelled|bombed|pounded|flattened|attack|fire)\b")
# "Russia, however, maintained that its strikes …", "Ukraine said its drones hit …": the
# subject's own attack, told with a pronoun
_OWN_ATTACK = re.compile(
    r"^(?:,[^,]{0,25},)?\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:its|their)\s+(?:\w+\s+)?"
    r"(?:strikes|attacks|bombardment|shelling|(?:forces|troops|military|army|drones|missiles)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:launched|fired|attacked|struck|hit|targeted|carried out))\b")
_BY = re.compile(rf"{_ATTACK_NOUN}\s+(?:launched\s+|carried out\s+)?by\s+(?:the\s+)?$")
_TARGET = re.compile(r"\b(?:on|against|at|into|targeting|attack|attacked|hit|struck|pounded|"
                     r"by (?:attacking|hitting|striking|shelling))\s+"
                     r"(?:the\s+)?$")
_RETALIATED_FOR = fast_regex(r"\b(?:retaliation|revenge|reprisals?|in response)\s+(?:for|to)\b",
                             re.IGNORECASE)
_PRONOUN_AGENT = fast_regex(
    r"\b(?:it|they|(?:its|their|our) (?:[\w-]+ ){0,2}?(?:forces|drones|units|troops|missiles)|"
    r"we)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:launched|fired|attacked|"
    r"struck|hit|carried out|targeted|used)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SideCue:
    pos: int
    attacker: str
    how: str  # adjective | agent | by | target | pronoun


def attacker_cues(text: str, actors: list[ActorMention],
                  claimant: Claimant | None) -> list[SideCue]:
    """Every place in ``text`` where the words say which side attacked."""
    cues: list[SideCue] = []
    # "described it as retaliation for Ukrainian attacks on Russian refineries": the sides
    # named after it tell of the attacks retaliated for, not of this one
    retaliation = _RETALIATED_FOR.search(text)
    for a in actors:
        side = a.actor.side
        if side not in ("RU", "UA") or a.actor.kind == "person":
            continue
        if retaliation is not None and a.start >= retaliation.end():
            continue
        after, before = text[a.end:a.end + 60], text[max(0, a.start - 40):a.start]
        if _BY.search(before):
            cues.append(SideCue(a.start, side, "by"))
        elif _PASSIVE.match(after):
            cues.append(SideCue(a.start, opponent(side) or side, "target"))
        elif _AGENT.match(after):
            cues.append(SideCue(a.start, side, "agent"))
        elif _DEFENDED.match(after) or _AIR_DEFENDER.search(a.actor.name) and \
                _DEFENDED_BY_IT.match(after):
            cues.append(SideCue(a.start, opponent(side) or side, "target"))
        elif _TARGET.search(before):
            cues.append(SideCue(a.start, opponent(side) or side, "target"))
        elif a.actor.kind in ("state", "office") and _ADJECTIVE.match(after):
            cues.append(SideCue(a.start, side, "adjective"))
        elif a.actor.kind in ("state", "capital") and _OWN_ATTACK.match(after):
            cues.append(SideCue(a.start, side, "agent"))
    if claimant is not None and claimant.side in ("RU", "UA"):
        for m in _PRONOUN_AGENT.finditer(text):
            # "we", "our forces" are the speaker's; "it", "they" only after the speaker is named
            # ("the ministry said it struck"): in "it launched 120, the air force said" the
            # pronoun is the attacker an earlier sentence named
            first_person = m.group().lower().startswith(("we", "our"))
            if first_person or 0 <= claimant.end <= m.start():
                cues.append(SideCue(m.start(), claimant.side, "pronoun"))
    return sorted(cues, key=lambda c: c.pos)


def nearest(cues: list[SideCue], pos: int) -> str | None:
    """The attacker named nearest to ``pos``; a cue before the figure wins a tie."""
    if not cues:
        return None
    return min(cues, key=lambda c: (abs(c.pos - pos), c.pos > pos)).attacker
