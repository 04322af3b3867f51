"""Prisoner exchanges and repatriations of bodies (GUIDE, "exchanges").

A sentence may tell several exchanges ("300 each on Friday, the second stage of a swap that
has returned 500 from both sides"): its counts of people are read in groups ("270 servicemen
and 120 civilians" is one group of 390; "including 20 wounded" is a subset, not added), and
each group gets the side it went to:

- both, where the swap is symmetric: "each", "from each side", "one-for-one", "600-for-600",
  a stage of such a swap ("the final 303 of the 600-for-600 swap"), or a swap told with one
  number ("Russia and Ukraine exchanged 84 prisoners", "both sides released 205 POWs");
- one side, from the people counted ("307 Ukrainian POWs"), where they went ("returned to
  Ukraine", "brought home"), who received or gave them ("Moscow received 246 soldiers",
  "Russia handed over 900 bodies", "bodies from Russia"; the verbs are in
  ``lexicon/exchanges.tsv``), or, failing all, the side that tells of them.

Two one-sided groups of opposite sides are one exchange ("277 came home, while Moscow got back
246"), in one sentence or two of a paragraph; a group that is twice a symmetric one is its
total ("410 soldiers, 205 from each side"); totals over a period ("more than 5,000 since 2022")
are none. The status comes from the verb nearest the count ("agreed to swap", "will return",
"exchanged"), the date from its clause; a completed swap the report does not date is the
report's news. Mentions of one exchange in several sentences are one record.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.model import Evidence, Exchange
from ceasefire.read.actors import find_actors, opponent
from ceasefire.read.clauses import clause_bounds
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import find_numbers

_PEOPLE = re.compile(
    r"\s*(?:of (?:its|their|our|his|her) )?(?:(?:more|other|additional|seriously|severely|badly|"
    r"wounded|injured|Ukrainian|Russian|fallen|dead|killed|captured|civilian|military|former)"
    r"\s+)*(?P<noun>prisoners of war|prisoners|POWs|soldiers|servicemen|service members|"
    r"servicemembers|troops|defenders|military personnel|civilians|bodies|people|captives|"
    r"fighters|marines|dead|detainees|individuals|persons|citizens|Ukrainians|Russians)\b",
    re.IGNORECASE)
# "650-for-19", "600 for 600": the two sides' numbers of one swap
_RATIO = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)(?:-| )for(?:-| )(\d{1,3}(?:,\d{3})*|\d+)\b")
_OF_THE = re.compile(r"\s*of the\s+")
# "1 000 dead": a space between thousands, as many outlets write it
_SPACED_THOUSANDS = re.compile(r"\b(\d{1,3}) (\d{3})\b(?! ?\d)")
# a number whose people are left out: "Russia released 48", "the final 303 of the swap"
_ELIDED_BEFORE = re.compile(r"\b(?:final|last|remaining|another|first|returned|released|freed|"
                            r"received|handed over|got|got back|exchanged|swapped|"
                            r"in exchange for|in return for|Russia|Ukraine|Moscow|Kyiv|Kiev)\s+$",
                            re.IGNORECASE)
_ELIDED_AFTER = re.compile(r"\s*(?:[,.;)]|$|to (?:Russia|Ukraine|Moscow|Kyiv|Kiev)\b|"
                           r"in (?:return|exchange)\b|of the\b|from (?:each|both)\b|each\b)",
                           re.IGNORECASE)
# a count that is part of another: "including 20 civilians", "two civilians were among them"
_SUBSET_BEFORE = re.compile(r"\b(?:including|includ\w+|among them|among whom|of whom|of them)"
                            r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SUBSET_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:were |was )?(?:among (?:them|those|the)|"
                           r"of them|of whom)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*,?\s*(?:and|plus|as well as|along with)\s+(?:the\s+)?"
                     r"(?:(?:bodies|remains)\s+of\s+)?$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s*(?:[^\s\d]\S*\s+){0,2}?(?:each|apiece|per side|each way|"
                         r"in each direction|(?:from|on|by|to) (?:each|both|either) sides?)\b",
                         re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach(?: side| country| of them)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_SYMMETRIC = re.compile(r"\b(?:one-for-one|one for one|for as many|as many|in equal numbers)\b",
                        re.IGNORECASE)
# "15 more were freed outside of the one-for-one swap": not part of it
_OUTSIDE_SWAP = re.compile(r"\boutside (?:of )?the one-for-one\b", re.IGNORECASE)
_SWAP_WORD = re.compile(r"\b(?:exchang\w*|swap\w*|trade[ds]?)\b", re.IGNORECASE)
# the two sides as the subject of a release: "Russia and Ukraine freed", "both sides returned"
_BOTH_ACT = re.compile(r"\b(?:(?:Russia|Ukraine|Moscow|Kyiv|Kiev) and (?:Russia|Ukraine|Moscow|"
                       r"Kyiv|Kiev)|(?:both|the two|the warring) (?:sides|countries|nations|"
                       r"parties))\s+(?:\w+\s+){0,2}?(?:released|freed|returned|handed over|"
                       r"handed back|sent back|repatriated)\b", re.IGNORECASE)
# "after 390 were exchanged": the people of a swap, left out or not
_PASSIVE_SWAP = re.compile(r"\s+(?:were|was|have been|had been|are being)\s+(?:\w+\s+)?"
                           r"(?:exchanged|swapped|traded)\b", re.IGNORECASE)
_WERE_RETURNED = re.compile(r"[^,;]*?\b(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
                            r"(?:exchanged|swapped|returned|released|freed|handed over|"
                            r"repatriated|brought)\b", re.IGNORECASE)
# "an exchange involving 410 soldiers": the sum of both sides, not what either got
_TOTAL = re.compile(r"\b(?:involving|a total of|in total|total(?:ling|ing)?|altogether|combined)"
                    r"\s+(?:\S+\s+){0,1}$", re.IGNORECASE)
_OVER_A_PERIOD = re.compile(r"\b(?:since|so far|to date|in total|altogether|this year|last year)\b",
                            re.IGNORECASE)
# nouns that count people of any kind: an exchange's only where captivity is spoken of
_ANY_PEOPLE = {"people", "individuals", "persons", "citizens", "ukrainians", "russians"}
_CAPTIVITY = re.compile(r"\b(?:captiv\w*|prisoners?|POWs?|swap\w*|exchang\w*|repatriat\w*|"
                        r"bodies|remains|released|freed|detain\w*)\b", re.IGNORECASE)
# a sentence that tells people changing hands, not only where they are held
_ACT = re.compile(r"\b(?:swap|exchang|trade|repatriat|return|releas|free|hand|receiv|got back|"
                  r"brought|bring|home|back|transferr)\w*", re.IGNORECASE)
_FROM_CAPTIVITY = re.compile(r"\s*(?:\S+\s+){0,3}?from (?:\w+\s+)?captivity\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+")
_NEGATED = re.compile(r"\b(?:neither|not|no|never|yet to)\b", re.IGNORECASE)
# where the people went, and who received or gave them
_HOME = r"(?:brought|brings|bring|bringing|returned|returning|return|came|coming|come|went|" \
        r"going) (?:back )?home"
_TO_UA = re.compile(rf"\b(?:(?:returned|handed over|handed back|transferred|sent|brought back) "
                    rf"to (?:Ukraine|Kyiv|Kiev)|{_HOME})\b", re.IGNORECASE)
_TO_RU = re.compile(r"\b(?:returned|handed over|handed back|transferred|sent|brought back) to "
                    r"(?:Russia|Moscow)\b", re.IGNORECASE)
_TO_SIDE_NEXT = re.compile(r"\s+to (?:Ukraine|Kyiv|Kiev|Russia|Moscow)\b")
_TO_SIDE = re.compile(r"\s*(?:\S+\s+){0,3}?to (?P<side>Ukraine|Kyiv|Kiev|Russia|Moscow)\b")
_FROM_SIDE = re.compile(r"\s*(?:\S+\s+){0,2}?from (?:the )?(?P<side>Ukraine|Kyiv|Kiev|Russia|"
                        r"Moscow|Russian side|Ukrainian side)\b", re.IGNORECASE)
_IN_RETURN_FOR = re.compile(r"\b(?:in exchange for|in return for)\s+(?:the\s+)?$", re.IGNORECASE)
_SAYS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|announced|reported|confirmed|stated|wrote)\b")
# "… to Ukraine and received 24": a side after a preposition is not who acts
_OBJECT_OF = re.compile(r"\b(?:to|from|for|with|by|of|in|against)\s+(?:the\s+)?$", re.IGNORECASE)
_SIDE_OF = {"ukraine": "UA", "kyiv": "UA", "kiev": "UA", "ukrainian side": "UA",
            "russia": "RU", "moscow": "RU", "russian side": "RU"}
_CATEGORIES = [
    ("bodies", re.compile(r"\b(?:bodies|remains|fallen|dead)\b", re.IGNORECASE)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)),
    ("civilians", re.compile(r"\bcivilians?\b", re.IGNORECASE)),
    ("soldiers", re.compile(r"\b(?:soldiers|servicemen|service ?members|POWs|prisoners|"
                            r"troops|defenders|military personnel|fighters|marines|captives)\b",
                            re.IGNORECASE)),
]
# "the swap also included 20 civilians from each side": more people in the latest swap
_ADDED = re.compile(r"\b(?:also|additionally|further|in addition)\s+(?:\w+\s+)?includ\w+\b",
                    re.IGNORECASE)
_AMONG = r"\b(?:among|including|included)\b"
_CAME_BACK = r"\b(?:returned|released|freed|exchanged|swapped|brought (?:back|home)|came home)\b"
_AMONG_RETURNED = re.compile(rf"{_AMONG}.*{_CAME_BACK}|{_CAME_BACK}.*{_AMONG}", re.IGNORECASE)
_OF_THE_DEAD = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MEDIATED = re.compile(r"\b(?:mediat\w+|brokered|facilitated|with the help of|thanks to|"
                       r"gratitude to)\b", re.IGNORECASE)
# a body that is not a state: named first as mediator, it leaves the field empty (GUIDE)
_NOT_A_STATE = re.compile(r"\b(?:Red Cross|ICRC|United Nations|UN|OSCE)\b")


@cache
def _verbs(*cues: str) -> re.Pattern[str]:
    """The verbs of ``lexicon/exchanges.tsv`` with the given cues, one named group per cue."""
    rows = load_table("exchanges.tsv")
    return re.compile("|".join(
        rf"\b(?P<{cue}>{'|'.join(f'(?:{p})' for p, c in rows if c == cue)})\b" for cue in cues),
        re.IGNORECASE)


@dataclass(frozen=True)
class _Count:
    value: int
    start: int
    end: int
    noun: str  # "" where the people are left out ("Russia released 48")
    other: int | None = None  # a ratio's second number ("650-for-19")


@dataclass
class _Group:
    """Counts read together ("180 soldiers and 40 civilians"), with the subsets named in them."""
    counts: list[_Count]
    subsets: list[_Count] = field(default_factory=list)

    @property
    def value(self) -> int:
        return sum(c.value for c in self.counts)

    @property
    def start(self) -> int:
        return self.counts[0].start

    @property
    def end(self) -> int:
        return self.counts[-1].end


@dataclass
class _Told:
    """What a sentence says of one exchange: the people each side got, and the groups."""
    to_ua: int | None
    to_ru: int | None
    groups: list[_Group]
    symmetric: bool = False


def read_exchanges(facts: list[SentenceFacts]) -> list[Exchange]:
    ledger = _Ledger()
    pending: str | None = None  # a mediator named before any exchange
    for f in facts:
        if "exchange" not in f.kinds:
            continue
        counts = _counts(f.text)
        added = bool(counts) and bool(_ADDED.search(f.text))
        for exchange in _exchanges_in(f, counts) if counts else []:
            exchange.mediator = exchange.mediator or pending
            ledger.note(exchange, f.sentence.paragraph, added)
        if not counts and ledger.last is not None:
            ledger.last.categories += [c for c in _named_among(f.text)
                                       if c not in ledger.last.categories]
        mediator = _mediator(f.text)
        if mediator and not ledger.records:
            pending = mediator
        _credit(ledger.records, mediator)
    _stages_lend_their_categories(ledger.records)
    return ledger.records


def _credit(records: list[Exchange], mediator: str | None) -> None:
    """ "The exchanges were mediated by Qatar": the swaps told so far; a swap told after it
    (an earlier one, in the background) is not said to be."""
    for record in records:
        if record.mediator is None and record.returned_to_ru is not None:
            record.mediator = mediator


def _exchanges_in(f: SentenceFacts, counts: list[_Count]) -> list[Exchange]:
    """The exchanges a sentence tells with its ``counts`` of people (at least one)."""
    text = f.text
    if _NEGATED.search(text[:counts[0].start]) or not any(c.noun or c.other for c in counts) \
            or not _ACT.search(text):
        return []
    told: list[_Told] = []
    for group in _groups(text, counts):
        told.append(_in_return(text, group, told[-1] if told else None) or _told(text, group))
    told = _pair(told)
    told = [t for t in told if not _is_a_total(text, t, told)
            and (t.to_ua is not None or t.to_ru is not None)]
    records = [_record(f, t, counts) for t in told]
    return [r for r in records if r.status != "held"]


def _record(f: SentenceFacts, told: _Told, counts: list[_Count]) -> Exchange:
    text, pos = f.text, told.groups[0].start
    status = _status(text, pos, told.groups[0].end)
    # "the 1,000-for-1,000 swap", "the final 303": the people the sentence names elsewhere
    categories = _categories(text, told.groups) or _categories(text, [_Group(counts)])
    return Exchange(
        date=_date(f, status, pos), status=status,
        returned_to_ua=told.to_ua, returned_to_ru=told.to_ru,
        categories=categories, mediator=_mediator(text),
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)])


def _date(f: SentenceFacts, status: str, pos: int) -> dt.date | None:
    """The date of its clause, else one said before it in the sentence ("on Friday 390 each;
    on Saturday, 307 each"); a completed exchange the report does not date is the report's
    news and takes the date the sentence carries (its paragraph's, else the report's)."""
    start, end = clause_bounds(f.text, pos, _CLAUSE_BREAK)
    inside = [d for d in f.dates if start <= d.start < end]
    before = [d for d in f.dates if d.start < pos]
    own = inside or before[-1:]
    if own:
        return own[0].date
    return f.date if status == "completed" else None


# --- counts and groups ----------------------------------------------------------------------

def _counts(text: str) -> list[_Count]:
    """Every number of people in a sentence, in order: "307 POWs", "the bodies of 1 000 dead",
    "a 650-for-19 swap", and numbers whose people are left out ("Russia released 48")."""
    ratios = [_ratio(m) for m in _RATIO.finditer(text)]
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
        m = _PEOPLE.match(text, end)
        if m and _exchanged(text, n.qualifier, start, m.group("noun")):
            out.append(_Count(value, start, m.end(), m.group("noun")))
        elif _left_out(text, start, end):
            out.append(_Count(value, start, end, ""))
    return sorted(out, key=lambda c: c.start)


def _exchanged(text: str, qualifier: str, start: int, noun: str) -> bool:
    """Whether people counted may be those of an exchange: not a total over a period ("more
    than 5,000 returned since 2022"), and "people" only where captivity is spoken of."""
    clause_start, clause_end = clause_bounds(text, start, _CLAUSE_BREAK)
    if qualifier in ("at_least", "approx") and \
            _OVER_A_PERIOD.search(text, clause_start, clause_end):
        return False
    return noun.lower() not in _ANY_PEOPLE or bool(_CAPTIVITY.search(text))


def _left_out(text: str, start: int, end: int) -> bool:
    """A number whose people are left out: "Russia released 48", "the final 303 of the swap",
    "205 from each side", "and 15 to Russia"."""
    return bool(_EACH_AFTER.match(text, end) or _TO_SIDE_NEXT.match(text, end) or
                _PASSIVE_SWAP.match(text, end) or
                _ELIDED_BEFORE.search(text[:start]) and _ELIDED_AFTER.match(text, end))


def _groups(text: str, counts: list[_Count]) -> list[_Group]:
    """Counts joined by "and" are one group of people; a subset ("including 20 civilians",
    "two civilians were among them") belongs to the group before it."""
    groups: list[_Group] = []
    for c in counts:
        subset = _SUBSET_BEFORE.search(text[max(0, c.start - 40):c.start]) or \
            _SUBSET_AFTER.match(text, c.end)
        if groups and subset:
            groups[-1].subsets.append(c)
        elif groups and c.other is None and groups[-1].counts[-1].other is None and \
                _JOINED.fullmatch(text, groups[-1].end, c.start):
            groups[-1].counts.append(c)
        else:
            groups.append(_Group([c]))
    return groups


# --- who got them ---------------------------------------------------------------------------

def _told(text: str, group: _Group) -> _Told:
    """The side a group of people went to, or both where the swap is symmetric."""
    first = group.counts[0]
    if first.other is not None:  # "650-for-19"
        if first.value == first.other:
            return _Told(first.value, first.value, [group], True)
        side = _receiver(text, group)
        pair = (first.value, first.other) if side == "UA" else (first.other, first.value)
        return _Told(*pair, [group]) if side else _Told(None, None, [group])
    value = group.value
    if _symmetric(text, group):
        return _Told(value, value, [group], True)
    side = _receiver(text, group)
    if side is None and _swap_of_both_sides(text, group):
        return _Told(value, value, [group], True)
    side = side or _speaker(text, group.start)
    if side is None:
        return _Told(None, None, [group])
    return _Told(value, None, [group]) if side == "UA" else _Told(None, value, [group])


def _in_return(text: str, group: _Group, previous: _Told | None) -> _Told | None:
    """ "Russian forces released 12 civilians in exchange for 12 soldiers": the people given
    in return went the other way."""
    if previous is None or previous.symmetric or not _IN_RETURN_FOR.search(text, 0, group.start):
        return None
    if previous.to_ua is not None and previous.to_ru is None:
        return _Told(None, group.value, [group])
    if previous.to_ru is not None and previous.to_ua is None:
        return _Told(group.value, None, [group])
    return None


def _symmetric(text: str, group: _Group) -> bool:
    """ "300 POWs each", "each side released 200", "a one-for-one swap", "303 of the
    600-for-600 swap": the same number went each way."""
    start, end = clause_bounds(text, group.start, _CLAUSE_BREAK)
    if _EACH_AFTER.match(text, group.end) or _EACH_BEFORE.search(text, start, group.start):
        return True
    clause = _OUTSIDE_SWAP.sub("", text[start:end])
    if _SYMMETRIC.search(clause):
        return True
    # "the final 303 of the 600-for-600 swap": a stage of a one-for-one swap
    return any(c.value == c.other for c in _ratios_after(text, group.end, end))


def _ratios_after(text: str, pos: int, end: int) -> list[_Count]:
    """The swap a stage belongs to: "303 of the 600-for-600 swap"."""
    m = _OF_THE.match(text, pos, end)
    ratio = _RATIO.match(text, m.end()) if m else None
    return [] if ratio is None else [_ratio(ratio)]


def _ratio(m: re.Match[str]) -> _Count:
    return _Count(int(m[1].replace(",", "")), m.start(), m.end(), "", int(m[2].replace(",", "")))


def _swap_of_both_sides(text: str, group: _Group) -> bool:
    """ "Russia and Ukraine exchanged 84 prisoners", "a swap of 84 prisoners", "both sides
    released 205 POWs": a swap told with one number is that number each way; "a swap involving
    410 soldiers" or "… swapped since 2022" is both sides together."""
    start, end = clause_bounds(text, group.start, _CLAUSE_BREAK)
    if _TOTAL.search(text, start, group.start) or _OVER_A_PERIOD.search(text, start, end):
        return False
    return _SWAP_WORD.search(text, start, group.start) is not None or \
        _PASSIVE_SWAP.match(text, group.end) is not None or \
        _BOTH_ACT.search(text, start, group.start) is not None


def _receiver(text: str, group: _Group) -> str | None:
    """ "UA" or "RU": who the people of a group went to, where the text says it."""
    first = group.counts[0]
    nationality = re.search(r"\b(Ukrainian|Russian)s?\b", text[first.start:first.end + 25])
    if nationality and first.noun:
        return "UA" if nationality.group(1) == "Ukrainian" else "RU"
    start, end = clause_bounds(text, group.start, _CLAUSE_BREAK)
    to_side = _TO_SIDE.match(text, group.end, end)
    if to_side:
        return _SIDE_OF[to_side["side"].lower()]
    clause = text[start:end]
    for pattern, side in ((_TO_UA, "UA"), (_TO_RU, "RU")):
        if pattern.search(clause):
            return side
    return _by_role(text, group, start) or _fallback(text)


def _by_role(text: str, group: _Group, start: int) -> str | None:
    """ "Moscow says it received 246 soldiers", "Russia handed over 900 bodies", "1,000 bodies
    from Russia": the side named before a verb of receiving gets them, before a verb of giving
    gives them; the side they came from gives them."""
    source = _FROM_SIDE.match(text, group.end)
    if source:
        return opponent(_SIDE_OF[source["side"].lower()])
    verbs = list(_verbs("receive", "give").finditer(text, start, group.start))
    if not verbs:
        return None
    verb = verbs[-1]
    # the side named before the verb acts; one named after it, before the count, acts in
    # its stead ("Ukraine received 909 bodies, Russia 34")
    gapped = _acting_sides(text, verb.end(), group.start, adjacent=True)
    sides = gapped or _acting_sides(text, start, verb.start())
    if not sides or {"RU", "UA"} <= set(sides):  # "Russia and Ukraine released …": both
        return None
    # "Ukraine returned 150 defenders from captivity": returned them home
    receives = verb["receive"] or _FROM_CAPTIVITY.match(text, group.end)
    return sides[-1] if receives else opponent(sides[-1])


def _acting_sides(text: str, start: int, end: int, adjacent: bool = False) -> list[str]:
    """The sides named between ``start`` and ``end`` (right before ``end`` if ``adjacent``)
    that may act: not the object of a preposition ("to Ukraine"), not the nationality of the
    people ("Ukrainian soldiers")."""
    return [a.actor.side for a in find_actors(text)
            if start <= a.start and a.end <= end and a.actor.side in ("RU", "UA")
            and (not adjacent or not text[a.end:end].strip(" ,"))
            and not _OBJECT_OF.search(text, 0, a.start)
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


def _pair(told: list[_Told]) -> list[_Told]:
    """ "277 POWs came home, while Moscow got back 246": two one-sided groups of opposite
    sides are the two halves of one exchange."""
    out: list[_Told] = []
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


def _is_a_total(text: str, t: _Told, told: list[_Told]) -> bool:
    """ "410 soldiers, 205 from each side": the 410 is both sides' together."""
    return t.symmetric and t.to_ua is not None and any(
        o.symmetric and o.to_ua is not None and 2 * o.to_ua == t.to_ua for o in told)


# --- status, categories, mediator -----------------------------------------------------------

def _status(text: str, pos: int, after: int) -> str:
    """The status the clause's verb nearest before the count (at ``pos``) gives ("agreed to
    exchange", "will return", "exchanged"), else the nearest after it ("… will be freed"); the
    people's own past verb right after them wins ("under the deal, 500 were exchanged").
    "held" where they were only captured or held."""
    start, end = clause_bounds(text, pos, _CLAUSE_BREAK)
    if _WERE_RETURNED.match(text, after, end):  # "under the deal, 1,000 each were exchanged"
        return "completed"
    before = list(_verbs("agreed", "announced", "completed", "held").finditer(text, start, pos))
    # "150 civilians, held since 2024, were returned": held after them is what they were
    cue = before[-1] if before else \
        _verbs("agreed", "announced", "completed").search(text, pos, end)
    if cue is None:
        return "completed"
    return cue.lastgroup or "completed"


def _categories(text: str, groups: list[_Group]) -> list[str]:
    """Who came back, from the words around each count. The dead are bodies whoever they
    were: "the bodies of 1,212 soldiers" and "27 bodies of Russian soldiers" are ["bodies"]."""
    found: set[str] = set()
    for c in (c for g in groups for c in g.counts + g.subsets):
        before = text[max(0, c.start - 15):c.start]
        if c.noun.lower() in ("bodies", "dead") or _OF_THE_DEAD.search(before):
            found.add("bodies")
            continue
        found |= {name for name, p in _CATEGORIES
                  if p.search(text[max(0, c.start - 15):c.end + 40])}
    return [name for name, _ in _CATEGORIES if name in found]


def _named_among(text: str) -> list[str]:
    """Categories a sentence without a count of people names among those returned ("Among
    the prisoners who returned were seriously wounded soldiers"): they add to the exchange
    the previous sentence told."""
    if not _AMONG_RETURNED.search(text):
        return []
    named = ((name, p.search(text)) for name, p in _CATEGORIES)
    # "No wounded were among them" names none; "… for crimes they did not commit" later on
    # does not undo what came before it
    return [name for name, m in named if m and not _NEGATED.search(text[:m.start()])]


def _mediator(text: str) -> str | None:
    """The state credited with mediating: the first named beside the cue ("mediated by the
    United States and the UAE" is US); a body that is not a state named first gives none."""
    m = _MEDIATED.search(text)
    if not m:
        return None
    body = _NOT_A_STATE.search(text, m.end(), m.end() + 40)
    states = [a for a in find_actors(text) if a.actor.side not in (None, "RU", "UA")
              and a.actor.kind == "state" and abs(a.start - m.start()) < 60]
    after = [a for a in states if a.start > m.start()]
    if body and (not after or body.start() < after[0].start):
        return None
    chosen = after[0] if after else (states[-1] if states else None)
    return chosen.actor.side if chosen else None


# --- one record per exchange ----------------------------------------------------------------

class _Ledger:
    """The exchanges of a report so far; a new mention joins one or starts its own."""

    def __init__(self) -> None:
        self.records: list[Exchange] = []
        self.last: Exchange | None = None  # the record the latest mention went to
        self._paragraph = -1  # where the latest mention was
        self._parts: dict[int, list[tuple[int | None, int | None]]] = {}

    def note(self, new: Exchange, paragraph: int, added: bool) -> None:
        last, same_paragraph = self.last, paragraph == self._paragraph
        self._paragraph = paragraph
        if last is not None and added and _sides(last) == _sides(new):
            self._add_to(last, new)  # "the swap also included 20 civilians from each side"
        elif last is not None and same_paragraph and _halves(last, new):
            _fold(last, new)  # "Russia got back 185 soldiers. In exchange, Kyiv received 185."
        else:
            self.last = self._merge(new)

    def _add_to(self, record: Exchange, part: Exchange) -> None:
        self._parts.setdefault(id(record), [_pair_of(record)]).append(_pair_of(part))
        record.returned_to_ua = _plus(record.returned_to_ua, part.returned_to_ua)
        record.returned_to_ru = _plus(record.returned_to_ru, part.returned_to_ru)
        _fold(record, part)

    def _merge(self, new: Exchange) -> Exchange:
        """Fold a second mention of the same exchange (or of a part of it) into the first."""
        for old in self.records:
            if _pair_of(new) in self._parts.get(id(old), []):
                _fold(old, new)
                return old
            pairs = ((old.returned_to_ua, new.returned_to_ua),
                     (old.returned_to_ru, new.returned_to_ru))
            compatible = all(a is None or b is None or a == b for a, b in pairs)
            shared = any(a is not None and a == b for a, b in pairs)
            bodies = "bodies" in old.categories and "bodies" in new.categories
            if compatible and (shared or bodies):
                _fold(old, new)
                return old
        self.records.append(new)
        return new


def _pair_of(e: Exchange) -> tuple[int | None, int | None]:
    return e.returned_to_ua, e.returned_to_ru


def _sides(e: Exchange) -> tuple[bool, bool]:
    return e.returned_to_ua is not None, e.returned_to_ru is not None


def _halves(a: Exchange, b: Exchange) -> bool:
    """One side's count, then the other's: two halves of one swap."""
    return _sides(a) in ((True, False), (False, True)) and _sides(b) == _sides(a)[::-1]


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _fold(old: Exchange, new: Exchange) -> None:
    """What a further mention adds to a record: the count it lacked, categories, evidence."""
    old.returned_to_ua = old.returned_to_ua or new.returned_to_ua
    old.returned_to_ru = old.returned_to_ru or new.returned_to_ru
    old.categories += [c for c in new.categories if c not in old.categories]
    old.mediator = old.mediator or new.mediator
    old.date = old.date or new.date
    old.evidence += [e for e in new.evidence if e not in old.evidence]


def _stages_lend_their_categories(records: list[Exchange]) -> None:
    """A swap in stages: the whole ("500 each so far") holds whoever came back in any stage."""
    for whole in records:
        stages = [r for r in records if r is not whole and r.returned_to_ua is not None
                  and whole.returned_to_ua is not None and r.returned_to_ua < whole.returned_to_ua]
        if len(stages) >= 2 and sum(r.returned_to_ua or 0 for r in stages) == whole.returned_to_ua:
            whole.categories += [c for r in stages for c in r.categories
                                 if c not in whole.categories]
