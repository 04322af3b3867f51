"""Exchanges, counting people: the numbers of people a sentence gives, read in groups.

"270 servicemen and 120 civilians" is one group of 390; "including 20 wounded" is a subset of
the group before it, not added; a number whose people are left out counts where the words
around it say so ("Russia released 48", "the final 303 of the swap", "205 from each side");
"a 650-for-19 swap" is one count with the other side's number. Totals over a period ("more
than 5,000 since 2022") and people only held are not counted here or later (``exchanges``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ceasefire.read.clauses import clause_bounds
from ceasefire.read.lexicon_match import fast_regex
from ceasefire.read.numbers import find_numbers

_PEOPLE = re.compile(
    r"\s*(?:of (?:its|their|our|his|her) )?(?:(?:own|more|other|additional|seriously|severely|"
    r"badly|wounded|injured|Ukrainian|Russian|fallen|dead|killed|captured|civilian|military|former|"
    # "600 wounded and seriously ill prisoners", "critically sick POWs"
    r"ill|sick|critically|gravely|elderly|young|and)"
    r"\s+)*(?P<noun>prisoners of war|prisoners|POWs|soldiers|servicemen|service members|"
    r"servicemembers|troops|defenders|military personnel|civilians|bodies|people|captives|"
    r"fighters|marines|dead|detainees|individuals|persons|citizens|residents|Ukrainians|Russians|"
    r"children|teenagers|minors|"
    # "the bodies of 1,000 fallen", "of 40 deceased": the adjective standing for the dead
    r"fallen|deceased|"
    # "received 90 of its military in return": the adjective standing for the people
    r"military(?=\s+(?:in|from|to|back|home)\b|\s*[.,;]|\s*$))\b",
    re.IGNORECASE)
# "41 Ukrainian and 12 Russian soldiers": the first number's people are named after the second
_NOUN_SHARED = re.compile(r"\s+(?P<nation>Ukrainian|Russian)\s+(?:and|as well as)\s+"
                          r"\d[\d,]*\s+(?:Ukrainian|Russian)" + _PEOPLE.pattern, re.IGNORECASE)
# "bringing to 204 the number of captives each side has recovered": the people after the number
_NUMBER_OF = re.compile(r"\s+the (?:total )?number of" + _PEOPLE.pattern, re.IGNORECASE)
# "650-for-19", "600 for 600": the two sides' numbers of one swap
RATIO = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)(?:-| )for(?:-| )(\d{1,3}(?:,\d{3})*|\d+)\b")
OF_THE = re.compile(r"\s*of the\s+")
# "1 000 dead": a space between thousands, as many outlets write it
_SPACED_THOUSANDS = re.compile(r"\b(\d{1,3}) (\d{3})\b(?! ?\d)")
# a number whose people are left out: "Russia released 48", "the final 303 of the swap"
_ELIDED_BEFORE = re.compile(r"\b(?:final|last|remaining|another|first|returned|released|freed|"
                            r"received|receiving|handed over|got|got back|getting back|"
                            r"exchanged|swapped|return|"
                            r"release|free|receive|hand over|exchange|swap|given|"
                            # "took in 600 bodies and gave back 24"
                            r"gave back|gives back|sent back|sends back|handed back|hands back|"
                            r"in exchange for|in return for|Russia|Ukraine|Moscow|Kyiv|Kiev)\s+$",
                            re.IGNORECASE)
_ELIDED_AFTER = re.compile(r"\s*(?:[,.;)]|$|to (?:Russia|Ukraine|Moscow|Kyiv|Kiev)\b|"
                           r"in (?:return|exchange)\b|of the\b|of (?:its|their) own\b|"
                           r"from (?:each|both)\b|each\b|"
                           # "the first 200 came home on Monday"
                           r"(?:came|come|returned) (?:back )?home\b)",
                           re.IGNORECASE)
# a count that is part of another: "including 20 civilians", "two civilians were among them"
_SUBSET_BEFORE = fast_regex(r"\b(?:including|includ\w+|among them|among whom|of whom|of them)"
                            r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a later item of a list of them: "among them seriously wounded servicemen and eight civilians"
SUBSET_LISTED = re.compile(r"\b(?:including|among them|among whom|of whom)\s+[^;:.\d]{0,60}"
                            r"(?:,|\band|\bas well as)\s+(?:(?-i:[a-z])\w*\s+)?$", re.IGNORECASE)
# ("three men from the border villages were among those freed": a few words between)
_SUBSET_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:were |was )?(?:among (?:them|those|the)|"
                           r"of them|of whom)\b|\s+(?:\w+\s+){0,5}?(?:were|was)\s+(?:also\s+)?"
                           r"among\s+(?:them|those|the)\b", re.IGNORECASE)
# people of a swap crossing: "95 more Ukrainians crossed the border" (an exchange's count only
# where a swap is told: refugees cross borders too)
CROSSED_THE_BORDER = re.compile(r"\bcross(?:ed|es)\s+(?:back\s+)?(?:over\s+)?(?:the\s+)?border\b",
                                re.IGNORECASE)
# "147 of our people are home": a side's own people back, in its own words (an exchange's only
# where a swap is told: an evacuation brings people home too)
OURS_HOME = re.compile(r"\b\d[\d,]*\s+of\s+(?:our|their|its)\s+(?:people|men|guys|citizens)\s+"
                       r"(?:\S+\s+){0,2}?(?:are|is|were|came|come|comes)\s+(?:now\s+|finally\s+|"
                       r"safely\s+)?(?:back\s+)?home\b", re.IGNORECASE)
# a count that is part of a count after it: "40 men from the region were among 212 returned"
_AMONG_A_COUNT = re.compile(r"\s+(?:[\w'-]+\s+){0,5}?(?:were|was|are|is)\s+(?:also\s+)?among\s+"
                            r"(?:the\s+)?\d", re.IGNORECASE)
_JOINED = re.compile(r"\s*,?\s*(?:and|plus|as well as|along with)\s+(?:the\s+)?"
                     r"(?:(?:bodies|remains)\s+of\s+)?$", re.IGNORECASE)
EACH_AFTER = re.compile(r"\s*(?:[^\s\d]\S*\s+){0,2}?(?:each|apiece|per side|each way|"
                         r"in each direction|(?:from|on|by|to|for) (?:each|both|either) "
                         r"(?:sides?|countr(?:y|ies)|part(?:y|ies)))\b",
                         re.IGNORECASE)
# "after 390 were exchanged": the people of a swap, left out or not
PASSIVE_SWAP = re.compile(r"\s+(?:were|was|have been|had been|are being)\s+(?:\w+\s+)?"
                           r"(?:exchanged|swapped|traded)\b", re.IGNORECASE)
# "430 were handed over to Ukraine": a number whose people are left out, given
_PASSIVE_GIVEN = re.compile(r"\s+(?:were|have been|had been|will be|are to be|would be)\s+"
                            r"(?:\w+\s+)?(?:handed over|"
                            r"handed back|returned|released|freed|repatriated|transferred)\b",
                            re.IGNORECASE)
OVER_A_PERIOD = re.compile(r"\b(?:since|so far|to date|in total|altogether|this year|last year)\b",
                            re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\b(?:since|so far|to date|in total|altogether)\b(?! (?:then|which))",
                          re.IGNORECASE)
# an exchange ranked against those before it: "the first since …", "the largest such swap since"
_RANKED_SINCE = re.compile(r"\b(?:first|largest|biggest|second|third|only)\b(?:\s+[\w-]+){0,2}\s+$",
                           re.IGNORECASE)
_PERIOD_FIRST = re.compile(r"\W*(?:since|so far|to date|in total|altogether)\b[^,;]{0,60},",
                           re.IGNORECASE)
_HELD_BEFORE = re.compile(r"\b(?:held|captured|captive|detained|imprisoned|jailed|in captivity)"
                          r"\b[^,;]*$", re.IGNORECASE)
# nouns that count people of any kind: an exchange's only where captivity is spoken of
_ANY_PEOPLE = {"people", "individuals", "persons", "citizens", "residents", "ukrainians",
               "russians", "children", "teenagers", "minors"}
_CAPTIVITY = re.compile(r"\b(?:captiv\w*|prisoners?|POWs?|swap\w*|exchang\w*|repatriat\w*|"
                        r"bodies|remains|(?<!statement )released|freed|detain\w*|brought back|"
                        r"handed (?:over|back)|"
                        r"(?:unlawfully|illegally) held|held (?:\w+ )?in (?:Ukraine|Russia)|"
                        r"held since|reunited|bring (?:\S+ ){0,3}?back|"
                        # "300 of our people came home": people back from captivity
                        r"(?:came|come|comes|coming) (?:back )?home|"
                        r"(?:returned|brought back|deported|taken) to "
                        r"(?:Ukraine|Russia))\b",
                        re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+")
_TO_SIDE_NEXT = re.compile(r"\s+to (?:Ukraine|Kyiv|Kiev|Russia|Moscow)\b")


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    noun: str  # "" where the people are left out ("Russia released 48")
    other: int | None = None  # a ratio's second number ("650-for-19")


@dataclass
class Group:
    """Counts read together ("180 soldiers and 40 civilians"), with the subsets named in them."""
    counts: list[Count]
    subsets: list[Count] = field(default_factory=list)

    @property
    def value(self) -> int:
        return sum(c.value for c in self.counts)

    @property
    def start(self) -> int:
        return self.counts[0].start

    @property
    def end(self) -> int:
        return self.counts[-1].end


def count_people(text: str) -> list[Count]:
    """Every number of people in a sentence, in order: "307 POWs", "the bodies of 1 000 dead",
    "a 650-for-19 swap", and numbers whose people are left out ("Russia released 48")."""
    ratios = [ratio(m) for m in RATIO.finditer(text)]
    out = list(ratios)
    spaced = {m.start(): m for m in _SPACED_THOUSANDS.finditer(text)}
    taken = 0  # end of the last number read ("1 000" is one)
    for n in find_numbers(text):
        start = n.number_start  # "handed over 52": the verb keeps its "over"
        if start < taken or any(r.start <= start < r.end for r in ratios) or \
                n.value is None or n.value != int(n.value) or text[n.end:n.end + 1] == "-":
            continue
        value, end = int(n.value), n.end
        joined = spaced.get(start)
        if joined is not None:
            value, end = int(joined[1] + joined[2]), joined.end()
        taken = end
        m = _PEOPLE.match(text, end) or _NUMBER_OF.match(text, end)
        shared = _NOUN_SHARED.match(text, end) if m is None else None
        if m and _exchanged(text, n.qualifier, start, m.group("noun")):
            out.append(Count(value, start, m.end(), m.group("noun")))
        elif shared and _exchanged(text, n.qualifier, start, shared.group("noun")):
            out.append(Count(value, start, shared.end("nation"), shared.group("noun")))
        elif _left_out(text, start, end):
            out.append(Count(value, start, end, ""))
    return sorted(out, key=lambda c: c.start)


# "Under that deal each side is to return 500 prisoners in total", "will free 1,000 in all": the
# whole of a swap still to come (its stages add up to it), not a tally over a period
_WHOLE_OF_A_DEAL = re.compile(r"\b(?:(?:is|are)\s+to|will|would|shall|agreed\s+to)\s+"
                              r"(?:\w+\s+){0,2}?(?:return|release|free|hand\s+over|exchange|swap|"
                              r"receive|get\s+back)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# "we brought home 157 of our people": a side's own people brought home (not "the evacuation
# brought 300 people home")
_OF_OUR_OWN = re.compile(r"[\d,.\s]+(?:\w+\s+)?of\s+(?:our|its|their)\s+", re.IGNORECASE)
_OWN_BROUGHT_HOME = re.compile(r"\b(?:(?:brought|brings|bring|bringing)\s+(?:\S+\s+){0,4}?|"
                               # "147 of our people are home", "… have come home"
                               r"(?:are|is|were|came|come|comes)\s+(?:now\s+|finally\s+|"
                               r"safely\s+)?)(?:back\s+)?home\b", re.IGNORECASE)


def _exchanged(text: str, qualifier: str, start: int, noun: str) -> bool:
    """Whether people counted may be those of an exchange: not a total over a period ("more
    than 5,000 returned since 2022"), and "people" only where captivity is spoken of."""
    clause_start, clause_end = clause_bounds(text, start, CLAUSE_BREAK)
    if qualifier in ("at_least", "approx") and \
            OVER_A_PERIOD.search(text, clause_start, clause_end):
        return False
    # "repatriated the bodies of 6,000 soldiers since June": a total, whatever its figure
    # ("150 soldiers held since 2022" is how long they were held)
    since = _SINCE_AFTER.search(text, start, clause_end)
    if since and _RANKED_SINCE.search(text, max(start, since.start() - 30), since.start()):
        since = None  # "…, the first since the delegations met": the swap ranked, no total
    if since and not _HELD_BEFORE.search(text, max(start, since.start() - 40), since.start()) \
            and not _WHOLE_OF_A_DEAL.search(text, clause_start, start):
        return False
    # "Since the start of the year, 1,540 Ukrainians have returned": the period put first
    fronted = _PERIOD_FIRST.match(text, clause_start)
    if fronted and fronted.end() <= start and ":" not in text[fronted.end():start]:
        return False  # (not "Since May, they have held one swap: on Friday 75 …")
    return noun.lower() not in _ANY_PEOPLE or bool(_CAPTIVITY.search(text)) or \
        bool(_OWN_BROUGHT_HOME.search(text) and _OF_OUR_OWN.match(text, start))


def _left_out(text: str, start: int, end: int) -> bool:
    """A number whose people are left out: "Russia released 48", "the final 303 of the swap",
    "205 from each side", "and 15 to Russia", "430 were handed over"."""
    return bool(EACH_AFTER.match(text, end) or _TO_SIDE_NEXT.match(text, end) or
                PASSIVE_SWAP.match(text, end) or _PASSIVE_GIVEN.match(text, end) or
                _ELIDED_BEFORE.search(text[:start]) and _ELIDED_AFTER.match(text, end))


def group_counts(text: str, counts: list[Count]) -> list[Group]:
    """Counts joined by "and" are one group of people; a subset ("including 20 civilians",
    "two civilians were among them") belongs to the group before it."""
    groups: list[Group] = []
    for c in counts:
        if _AMONG_A_COUNT.match(text, c.end):
            continue  # "40 men from the region were among 212 returned": the 212 is the swap's
        part_of_those = _SUBSET_AFTER.match(text, c.end)
        subset = _SUBSET_BEFORE.search(text[max(0, c.start - 40):c.start]) or part_of_those or \
            SUBSET_LISTED.search(text[max(0, c.start - 100):c.start])
        if groups and subset:
            groups[-1].subsets.append(c)
        elif part_of_those:
            continue  # "two civilians were among those returned": a part of a swap told before
        elif groups and c.other is None and groups[-1].counts[-1].other is None and \
                _JOINED.fullmatch(text, groups[-1].end, c.start) and \
                not _other_nationality(text, groups[-1].counts[-1], c):
            groups[-1].counts.append(c)
        else:
            groups.append(Group([c]))
    return groups


# the people's own nationality in a count: "157 Russian captives", "244 Ukrainians"
_NATION_OF_PEOPLE = re.compile(r"\b(Ukrainian|Russian)s?\b")


def _other_nationality(text: str, first: Count, second: Count) -> bool:
    """ "244 Ukrainians and 233 Russians were exchanged", "157 Russian captives and 157
    Ukrainian captives": counts of two nations are the two sides of a swap, not one group."""
    nations = [_NATION_OF_PEOPLE.search(text, c.start, c.end) for c in (first, second)]
    return all(nations) and nations[0][1] != nations[1][1]  # type: ignore[index]


def ratio(m: re.Match[str]) -> Count:
    return Count(int(m[1].replace(",", "")), m.start(), m.end(), "", int(m[2].replace(",", "")))
