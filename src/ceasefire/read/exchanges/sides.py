"""Exchanges, deciding sides: the side each group of people went to, or both.

- both, where the swap is symmetric: "each", "from each side", "one-for-one", "600-for-600",
  a stage of such a swap ("the final 303 of the 600-for-600 swap"), or a swap told with one
  number ("Russia and Ukraine exchanged 84 prisoners", "both sides released 205 POWs");
- one side, from the people counted ("307 Ukrainian POWs"), where they went ("returned to
  Ukraine", "brought home"), who received or gave them ("Moscow received 246 soldiers",
  "Russia handed over 900 bodies", "bodies from Russia"; the verbs are in
  ``lexicon/exchanges.tsv``), or, failing all, the side that tells of them.

Two one-sided groups of opposite sides in a sentence are one exchange ("277 came home, while
Moscow got back 246"); a group that is twice a symmetric one is its total ("410 soldiers, 205
from each side"). "1,200 of our people", beside a group of one side, are the other side's; a
side named in a relative clause on the people ("people whom the Russian side identifies as
…") is not their nationality.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.read.actors import find_actors, opponent
from ceasefire.read.clauses import clause_bounds
from ceasefire.read.exchanges.counts import (
    CLAUSE_BREAK,
    EACH_AFTER,
    OF_THE,
    OVER_A_PERIOD,
    PASSIVE_SWAP,
    RATIO,
    Count,
    Group,
    ratio,
)

_EACH_BEFORE = re.compile(r"\beach(?: side| country| of them)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_SYMMETRIC = re.compile(r"\b(?:one-for-one|one for one|for as many|as many|in equal numbers)\b",
                        re.IGNORECASE)
# "230 captives have now been returned to each country": a verb between the count and "each",
# no other count or comma
_TO_EACH_LATER = re.compile(r"[^,;\d]{0,50}?\b(?:to|by|for) (?:each|either) (?:side|country|"
                            r"party)\b", re.IGNORECASE)
# "… came home and an equal number of Russian troops were returned": the other side's half,
# told after a one-sided count
_SAME_NUMBER = re.compile(r"\b(?:the same number|an equal number|as many(?! as))\b",
                          re.IGNORECASE)
# "15 more were freed outside of the one-for-one swap": not part of it
_OUTSIDE_SWAP = re.compile(r"\boutside (?:of )?the one-for-one\b", re.IGNORECASE)
_SWAP_WORD = re.compile(r"\b(?:exchang\w*|swap\w*|trade[ds]?)\b", re.IGNORECASE)
# the two sides as the subject of a release: "Russia and Ukraine freed", "both sides returned"
_BOTH_ACT = re.compile(r"\b(?:(?:Russia|Ukraine|Moscow|Kyiv|Kiev) and (?:Russia|Ukraine|Moscow|"
                       r"Kyiv|Kiev)|(?:both|the two|the warring) (?:sides|countries|nations|"
                       r"parties))\s+(?:\w+\s+){0,2}?(?:released|freed|returned|handed over|"
                       r"handed back|sent back|repatriated)\b", re.IGNORECASE)
# "an exchange involving 410 soldiers": the sum of both sides, not what either got
_TOTAL = re.compile(r"\b(?:involving|a total of|in total|total(?:ling|ing)?|altogether|combined)"
                    r"\s+(?:\S+\s+){0,1}$", re.IGNORECASE)
_FROM_CAPTIVITY = re.compile(r"\s*(?:\S+\s+){0,3}?from (?:\w+\s+)?captivity\b", re.IGNORECASE)
# where the people went ("came home", "are back home"), and who received or gave them
_HOME = r"(?:(?:brought|brings|bring|bringing|returned|returning|return|came|coming|come|went|" \
        r"going) |(?:are|is|were) (?:now |finally |safely )?)(?:back )?home"
# "crossed the border from Belarus into Ukraine": where people of a swap went
_CROSSED_INTO = (r"cross(?:ed|es)\s+(?:back\s+)?(?:over\s+)?(?:the\s+border\s+)?"
                 r"(?:from\s+[\w-]+\s+)?into")
_TO_UA = re.compile(rf"\b(?:(?:returned|handed over|handed back|transferred|sent|brought back) "
                    rf"to (?:Ukraine|Kyiv|Kiev|the Ukrainian side)|{_HOME}|"
                    rf"{_CROSSED_INTO}\s+Ukraine|"
                    # "the handover brought 1,000 bodies home"
                    r"(?:brought|brings|bring|bringing)\s+(?:[\w,'-]+\s+){1,4}?(?:back\s+)?home)\b",
                    re.IGNORECASE)
_TO_RU = re.compile(rf"\b(?:(?:returned|handed over|handed back|transferred|sent|brought back) to "
                    rf"(?:Russia|Moscow|the Russian side)|{_CROSSED_INTO}\s+Russia)\b",
                    re.IGNORECASE)
# not "according to the Russian side"
_TO_SIDE = re.compile(r"\s*(?:\S+\s+){0,3}?(?<!according )(?<!deported )(?<!taken )to (?:the )?"
                      r"(?P<side>Ukraine|Kyiv|"
                      r"Kiev|Russia|Moscow|Russian side|Ukrainian side)\b")
# "four children were reunited with relatives in Russia": they went there
_REUNITED_IN = re.compile(r"\s*(?:\S+\s+){0,2}?reunited with (?:\S+\s+){0,3}?in (?P<side>Ukraine|"
                          r"Russia)\b")
_FROM_SIDE = re.compile(r"\s*(?:\S+\s+){0,2}?from (?:the )?(?P<side>Ukraine|Kyiv|Kiev|Russia|"
                        r"Moscow|Russian side|Ukrainian side)\b", re.IGNORECASE)
# where the people were held, after them: "12 soldiers returned from Russian captivity", "nine
# Belgorod residents who had been kept in Ukraine": they went to the other side
_HELD_IN = re.compile(r"[^;.]{0,80}?\b(?:(?:held|detained|imprisoned|jailed|kept)\s+(?:captive\s+|"
                      r"prisoner\s+|hostage\s+|unlawfully\s+|illegally\s+)?in|(?:from|in)"
                      r"(?=\s+\w+\s+captivity))\s+(?P<side>Ukraine|Russia|Ukrainian|Russian)\b")
_FORCES_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:armed\s+forces|army|military|forces|navy)\s+"
                        r"of\s+(Ukraine|Russia)|(Ukrainian|Russian)\s+(?:armed\s+forces|army|"
                        r"military|forces|navy))\b", re.IGNORECASE)
_IN_RETURN_FOR = re.compile(r"\b(?:in exchange for|in return for)\s+(?:the\s+)?$", re.IGNORECASE)
_SAYS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|announced|reported|confirmed|stated|wrote)\b")
# "… to Ukraine and received 24": a side after a preposition is not who acts
_OBJECT_OF = re.compile(r"\b(?:to|from|for|with|by|of|in|against)\s+(?:the\s+)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*")
# "95 Russian troops": the people, not a side acting ("On May 3, Ukraine …" is no count)
_COUNTED = re.compile(r"\d(?:[\d,]*\d)?\s+$")
# "307 Ukrainian POWs": the people's nationality; not "the Russian side" (a side acting)
_NATIONALITY = re.compile(r"\b(Ukrainian|Russian)s?\b(?! side)")
# "1,000 people whom the Russian side identifies as …": what follows is another's words
_RELATIVE = re.compile(r"\s(?:who|whom|whose|which|that)\s", re.IGNORECASE)
# "1,200 of our people", "84 of our defenders": the speaker's own people
_OURS = re.compile(r"[\d,]+\s+of our\s", re.IGNORECASE)
# "we got back 512 bodies, while Moscow received 27": what "we" got, beside the other's count
_WE_GOT = re.compile(r"\b[Ww]e\s+(?:have\s+|had\s+)?(?:received|got(?:\s+back)?|brought\s+(?:back|"
                     r"home)|took\s+back|welcomed\s+back)\s+(?:back\s+)?$")
# "we … handed over 75": the speaker's side gave them
_WE_GAVE = re.compile(r"\b[Ww]e\b")
_GIVEN_RIGHT_BEFORE = re.compile(r"\b(?:handed\s+over|handed\s+back|gave\s+back|gave|sent\s+back|"
                                 r"returned|released)\s+$")
_SIDE_OF = {"ukraine": "UA", "kyiv": "UA", "kiev": "UA", "ukrainian side": "UA",
            "russia": "RU", "moscow": "RU", "russian side": "RU"}


@cache
def verbs(*cues: str) -> re.Pattern[str]:
    """The verbs of ``lexicon/exchanges.tsv`` with the given cues, one named group per cue."""
    rows = load_table("exchanges.tsv")
    return re.compile("|".join(
        rf"\b(?P<{cue}>{'|'.join(f'(?:{p})' for p, c in rows if c == cue)})\b" for cue in cues),
        re.IGNORECASE)


@dataclass
class Told:
    """What a sentence says of one exchange: the people each side got, and the groups."""
    to_ua: int | None
    to_ru: int | None
    groups: list[Group]
    symmetric: bool = False


def told_of(text: str, group: Group) -> Told:
    """The side a group of people went to, or both where the swap is symmetric."""
    first = group.counts[0]
    if first.other is not None:  # "650-for-19"
        if first.value == first.other:
            return Told(first.value, first.value, [group], True)
        side = receiver(text, group)
        pair = (first.value, first.other) if side == "UA" else (first.other, first.value)
        return Told(*pair, [group]) if side else Told(None, None, [group])
    value = group.value
    if _symmetric(text, group):
        return Told(value, value, [group], True)
    side = receiver(text, group)
    if side is None and _swap_of_both_sides(text, group):
        return Told(value, value, [group], True)
    side = side or _speaker(text, group.start)
    if side is None:
        return Told(None, None, [group])
    return Told(value, None, [group]) if side == "UA" else Told(None, value, [group])


def in_return(text: str, group: Group, previous: Told | None) -> Told | None:
    """ "Russian forces released 12 civilians in exchange for 12 soldiers": the people given
    in return went the other way."""
    if previous is None or previous.symmetric or not _IN_RETURN_FOR.search(text, 0, group.start):
        return None
    if previous.to_ua is not None and previous.to_ru is None:
        return Told(None, group.value, [group])
    if previous.to_ru is not None and previous.to_ua is None:
        return Told(group.value, None, [group])
    return None


def same_number_back(text: str, told: list[Told]) -> list[Told]:
    """ "120 Ukrainian soldiers came home, while an equal number of Russian servicemen were
    returned": a one-sided count followed, before the next count, by "the same number" went
    both ways."""
    out = []
    for i, t in enumerate(told):
        one_sided = (t.to_ua is None) != (t.to_ru is None)
        end = told[i + 1].groups[0].start if i + 1 < len(told) else len(text)
        if one_sided and not t.symmetric and _SAME_NUMBER.search(text, t.groups[-1].end, end):
            value = t.to_ua if t.to_ua is not None else t.to_ru
            t = Told(value, value, t.groups, True)
        out.append(t)
    return out


def _symmetric(text: str, group: Group) -> bool:
    """ "300 POWs each", "each side released 200", "a one-for-one swap", "303 of the
    600-for-600 swap": the same number went each way."""
    start, end = clause_bounds(text, group.start, CLAUSE_BREAK)
    if EACH_AFTER.match(text, group.end) or _EACH_BEFORE.search(text, start, group.start) or \
            _TO_EACH_LATER.match(text, group.end, end):
        return True
    clause = _OUTSIDE_SWAP.sub("", text[start:end])
    if _SYMMETRIC.search(clause):
        return True
    # "the final 303 of the 600-for-600 swap": a stage of a one-for-one swap
    return any(c.value == c.other for c in _ratios_after(text, group.end, end))


def _ratios_after(text: str, pos: int, end: int) -> list[Count]:
    """The swap a stage belongs to: "303 of the 600-for-600 swap"."""
    m = OF_THE.match(text, pos, end)
    found = RATIO.match(text, m.end()) if m else None
    return [] if found is None else [ratio(found)]


def _swap_of_both_sides(text: str, group: Group) -> bool:
    """ "Russia and Ukraine exchanged 84 prisoners", "a swap of 84 prisoners", "both sides
    released 205 POWs": a swap told with one number is that number each way; "a swap involving
    410 soldiers" or "… swapped since 2022" is both sides together."""
    start, end = clause_bounds(text, group.start, CLAUSE_BREAK)
    if _TOTAL.search(text, start, group.start) or OVER_A_PERIOD.search(text, start, end):
        return False
    return _SWAP_WORD.search(text, start, group.start) is not None or \
        PASSIVE_SWAP.match(text, group.end) is not None or \
        _BOTH_ACT.search(text, start, group.start) is not None


@cache
def _verb_right_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{verbs('receive', 'give').pattern})\s+$", re.IGNORECASE)


def receiver(text: str, group: Group) -> str | None:
    """ "UA" or "RU": who the people of a group went to, where the text says it."""
    first = group.counts[0]
    start, end = clause_bounds(text, group.start, CLAUSE_BREAK)
    held = _HELD_IN.match(text, group.end, end)
    if held and first.noun:
        return opponent("UA" if held["side"].startswith("Ukrain") else "RU")
    forces = _FORCES_OF.match(text, first.end)
    if forces and first.noun:  # "150 POWs of the Armed Forces of Ukraine"
        return "UA" if (forces[1] or forces[2]).startswith("Ukrain") else "RU"
    nationality = _NATIONALITY.search(_before_relative(text[first.start:first.end + 25]))
    if nationality and first.noun:
        return "UA" if nationality.group(1) == "Ukrainian" else "RU"
    to_side = _TO_SIDE.match(text, group.end, end) or _REUNITED_IN.match(text, group.end, end)
    if to_side:
        return _SIDE_OF[to_side["side"].lower()]
    # "… came home and Russia received 390 of its own": the verb right before the count
    # says, not another count's way in the clause
    if _verb_right_before().search(text, max(start, group.start - 30), group.start):
        side = _by_role(text, group, start)
        if side is not None:
            return side
        if _WE_GAVE.search(text, start, group.start) and \
                _GIVEN_RIGHT_BEFORE.search(text, max(start, group.start - 30), group.start):
            return None  # "we brought back 75 and handed over 75": not home, the other way
    clause = text[start:end]
    for pattern, side in ((_TO_UA, "UA"), (_TO_RU, "RU")):
        if pattern.search(clause):
            return side
    return _by_role(text, group, start) or _fallback(text)


def _before_relative(span: str) -> str:
    """The words of a count up to a relative clause, which tells of the people, not who
    they are ("the bodies of 600 people whom the Ukrainian side calls Russian troops")."""
    m = _RELATIVE.search(span)
    return span if m is None else span[:m.start()]


def _by_role(text: str, group: Group, start: int) -> str | None:
    """ "Moscow says it received 246 soldiers", "Russia handed over 900 bodies", "1,000 bodies
    from Russia": the side named before a verb of receiving gets them, before a verb of giving
    gives them; the side they came from gives them."""
    source = _FROM_SIDE.match(text, group.end)
    if source:
        return opponent(_SIDE_OF[source["side"].lower()])
    found = list(verbs("receive", "give").finditer(text, start, group.start))
    if not found:
        return None
    verb = found[-1]
    # the side named before the verb acts; one named after it, before the count, acts in
    # its stead ("Ukraine received 909 bodies, Russia 34")
    gapped = _acting_sides(text, verb.end(), group.start, adjacent=True)
    # "Kyiv and Moscow swapped the dead: Ukraine received 620": the side after the colon;
    # "Kyiv got back 84 POWs and Moscow received 84": the side after the count before
    start = max(start, text.rfind(":", start, verb.start()) + 1)
    after_count = max([start, *(m.end() for m in _NUMBER.finditer(text, start, verb.start()))])
    # "Russia returned 1,000 bodies and received 24": the subject they share
    sides = gapped or _acting_sides(text, after_count, verb.start()) or \
        _acting_sides(text, start, verb.start())
    if not sides or {"RU", "UA"} <= set(sides):  # "Russia and Ukraine released …": both
        return None
    # "Ukraine returned 150 defenders from captivity": returned them home
    receives = verb["receive"] or _FROM_CAPTIVITY.match(text, group.end)
    return sides[-1] if receives else opponent(sides[-1])


def _acting_sides(text: str, start: int, end: int, adjacent: bool = False) -> list[str]:
    """The sides named between ``start`` and ``end`` (right before ``end`` if ``adjacent``)
    that may act: not the object of a preposition ("to Ukraine"), not the nationality of the
    people ("Ukrainian soldiers", "freed 95 Russian troops")."""
    return [a.actor.side for a in find_actors(text)
            if start <= a.start and a.end <= end and a.actor.side in ("RU", "UA")
            and (not adjacent or not text[a.end:end].strip(" ,"))
            and not _OBJECT_OF.search(text, 0, a.start)
            and not _COUNTED.search(text, max(0, a.start - 15), a.start)
            and not (a.surface in ("Ukrainian", "Russian") and not text.startswith(" side", a.end))]


def _fallback(text: str) -> str | None:
    """Where the sentence, outside the count's clause, says the people went."""
    if _TO_UA.search(text):
        return "UA"
    if _TO_RU.search(text):
        return "RU"
    return None


def _speaker(text: str, pos: int) -> str | None:
    """ "Russia's defence ministry said 150 servicemen had been returned": a side that tells
    of people returned, with no word of where they went, tells of its own."""
    for actor in reversed(find_actors(text[:pos])):
        if actor.actor.side in ("RU", "UA") and _SAYS.match(text, actor.end):
            return actor.actor.side
    return None


def ours_against_theirs(text: str, told: list[Told]) -> list[Told]:
    """ "1,200 of our people have returned, and 1,200 Russians have been handed over": people
    the speaker calls "ours" (or what "we received"), with no side the sentence names, are the
    other side's from the people of a side it names beside them."""
    sides = {"UA" if t.to_ua is not None else "RU" for t in told
             if (t.to_ua is None) != (t.to_ru is None) and not t.symmetric}
    if len(sides) != 1:
        return told
    ours = opponent(sides.pop())
    out = []
    for t in told:
        first = t.groups[0].counts[0]
        if t.to_ua is None and t.to_ru is None and (
                _OURS.match(text, first.start, first.end) or
                _WE_GOT.search(text, max(0, first.start - 40), first.start)):
            value = t.groups[0].value
            t = Told(value, None, t.groups) if ours == "UA" else Told(None, value, t.groups)
        elif t.to_ua is None and t.to_ru is None and _WE_GAVE.search(text, 0, first.start) and \
                _GIVEN_RIGHT_BEFORE.search(text, max(0, first.start - 30), first.start):
            # "we brought back 75 and handed over 75": what "we" gave went the other
            # way from what came home (the side named is the speaker's)
            value = t.groups[0].value
            t = Told(value, None, t.groups) if ours == "UA" else Told(None, value, t.groups)
        out.append(t)
    return out


def pair(told: list[Told]) -> list[Told]:
    """ "277 POWs came home, while Moscow got back 246": two one-sided groups of opposite
    sides are the two halves of one exchange."""
    out: list[Told] = []
    for t in told:
        prev = out[-1] if out else None
        if prev is not None and not prev.symmetric and not t.symmetric and \
                (prev.to_ua is None) != (t.to_ua is None) and \
                (prev.to_ru is None) != (t.to_ru is None) and \
                (prev.to_ua is None) == (prev.to_ru is not None):
            prev.to_ua, prev.to_ru = prev.to_ua or t.to_ua, prev.to_ru or t.to_ru
            prev.groups += t.groups
        else:
            out.append(t)
    return out


def is_a_total(text: str, t: Told, told: list[Told]) -> bool:
    """ "410 soldiers, 205 from each side": the 410 is both sides' together."""
    return t.symmetric and t.to_ua is not None and any(
        o.symmetric and o.to_ua is not None and 2 * o.to_ua == t.to_ua for o in told)
