"""Prisoner exchanges and repatriations of bodies (GUIDE, "exchanges").

A sentence may tell several exchanges ("300 each on Friday, the second stage of a swap that
has returned 500 from both sides"). The reading is in four modules: ``exchanges.counts`` reads
its counts of people in groups, ``exchanges.sides`` the side each group went to (or both),
``exchanges.ledger`` makes one record per exchange of the report, and this one reads the rest
(status, date, categories, mediator) and drives them.

The status comes from the verb nearest the count ("agreed to swap", "will return",
"exchanged"), the date from its clause; a completed swap the report does not date is the
report's news. Mentions of one exchange in several sentences are one record.
"""
from __future__ import annotations

import datetime as dt
import re

from ceasefire.model import Evidence, Exchange
from ceasefire.read.actors import ActorMention, find_actors
from ceasefire.read.agreements.words import hearsay_before
from ceasefire.read.clauses import clause_bounds
from ceasefire.read.exchanges.counts import (
    CLAUSE_BREAK,
    CROSSED_THE_BORDER,
    SUBSET_LISTED,
    Count,
    Group,
    count_people,
    group_counts,
)
from ceasefire.read.exchanges.ledger import Ledger, halves_told_apart, stages_lend_their_categories
from ceasefire.read.exchanges.sides import (
    Told,
    in_return,
    is_a_total,
    ours_against_theirs,
    pair,
    receiver,
    same_number_back,
    told_of,
    verbs,
)
from ceasefire.read.facts import SentenceFacts, claims_under_check
from ceasefire.read.lexicon_match import fast_regex
from ceasefire.read.numbers import find_numbers
from ceasefire.read.quantities import RETRACTED

_WERE_RETURNED = re.compile(r"[^,;]*?\b(?:(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
                            r"(?:exchanged|swapped|returned|released|freed|handed over|"
                            r"repatriated|brought)|came\s+(?:back\s+)?home|returned\s+home)\b",
                            re.IGNORECASE)
# a sentence that tells people changing hands, not only where they are held
# "the following round should cover some 240 men on each side": a count of both sides
_ON_EACH_SIDE = r"\b\d[\d,]*\s+(?:[a-z]+\s+){0,2}?(?:on|from)\s+each\s+side\b"
_ACT = re.compile(r"\b(?:swap|exchang|trade|repatriat|return|releas|free|hand|receiv|got back|"
                  r"brought|bring|home|back|transferr)\w*|"

                  # "84 for 84", "230 went each way": a count of both sides is a swap
                  r"\b\d[\d,]*\s+for\s+\d|\b(?:each way|both ways|in each direction)\b|" +
                  _ON_EACH_SIDE, re.IGNORECASE)
# "Stage two, Friday: 84 for 84.", "In all, 230 servicemen went each way": a swap told by its
# two counts alone, as a stage or the whole of the exchange the report told before
_BOTH_WAYS = re.compile(r"\b\d[\d,]*(?:-| )for(?:-| )\d|\b\d[\d,]*\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:went|were exchanged|were swapped|came back|returned)\s+"
                        r"(?:each way|both ways|in each direction)\b|" + _ON_EACH_SIDE,
                        re.IGNORECASE)
# "the two sides exchanged bodies: 430 were …": the people of a count left out, named elsewhere
# ("a POW swap of roughly 90 on each side": the swap's kind names them)
_PEOPLE_NAMED = re.compile(r"\b(?:prisoners|POWs|bodies|remains|captives|soldiers|servicemen|"
                           r"civilians|defenders|(?:prisoner|POW|captive)\s+(?:exchange|swap))\b",
                           re.IGNORECASE)
# "Russia received 34.", "Moscow got back the same number": the other half of a swap, its
# people left out
_SECOND_HALF = re.compile(r"\b(?P<same>the same number|an equal number|as many(?! as))\b|"
                          r"\b(?:received|receives|got|gets|got back|handed over|handed back|"
                          r"returned|released|freed|gave back|sent back|"
                          r"(?:was|were|has been|had been) given)\s+\d[\d,]*"
                          # "and Russia received 300 of its own.", "… 150 of its servicemen."
                          r"(?:\s+of\s+(?:its|their)\s+(?:own|servicemen|soldiers|military|"
                          r"citizens|people|prisoners|POWs|captives|troops))?(?=\s*(?:[.,;]|"
                          r"in (?:return|exchange)\b|$))", re.IGNORECASE)
# "the first 300", "another 200 of our people": a part of an exchange, by its count
_STAGE_COUNT = (r"\b(?:first|final|last|remaining|another|next|second|third|further)\s+"
                r"\d[\d,]*\s+(?:of\s+(?:our|their|its|the)\s+(?:people|men|captives)\s+)?")
# a stage told by who came home, in a sentence of its own: "The first 200 came home on Monday"
_STAGE_HOME = re.compile(_STAGE_COUNT + r"(?:came|come|returned)\s+(?:back\s+)?home\b",
                         re.IGNORECASE)
# "The first 390 were swapped on Friday", "The first 300 of our people came home on 2 August":
# a stage of the exchange told before, its people named there
_STAGE = re.compile(_STAGE_COUNT + r"(?:were|have been|had been|are|will be|came|come|returned)\b",
                    re.IGNORECASE)
# "exchanged seriously wounded prisoners": the people swapped, named with no number
_SWAPPED = re.compile(r"\b(?:exchang\w*|swap\w*|trade[ds]?)\s+(?:of\s+)?(?:the\s+)?"
                      r"(?P<people>(?:[a-z-]+\s+){0,4}?(?:prisoners|POWs|soldiers|servicemen|"
                      r"civilians|captives|bodies|remains|defenders))\b")
# a time with no day: "In November", "last month", "earlier this year", "in 2024"; not how
# long people were held ("held since February 2025")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
          r"December)"
# ("In mid-October", "in late May": the part of the month said)
_NO_DAY = re.compile(rf"(?<![Ss]ince )\b(?:(?:(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate)\s+(?:early\s+|"
                     rf"late\s+|mid-)?|[Mm]id-|[Mm]id\s+){_MONTHS}(?!\s+\d)|"
                     rf"{_MONTHS}\s+(?:19|20)\d\d|(?:[Ll]ast|[Ee]arlier this)\s+"
                     r"(?:month|year|spring|summer|autumn|winter)|in (?:19|20)\d\d)\b")
# the time set for an exchange still to come, with no day: "by the end of July", "in August",
# "next month" (not the day it was agreed on)
_DAYLESS_TIME = re.compile(rf"\b(?:(?:by|before|until) (?:the )?(?:end|middle|start|beginning) of "
                           rf"(?:{_MONTHS}|the (?:month|year|summer|autumn|winter|spring))|"
                           rf"(?:in|during|by|before) (?:early |late |mid-)?{_MONTHS}(?!\s+\d)|"
                           r"next (?:month|year)|in the coming (?:weeks|months)|"
                           r"later this (?:month|year))\b", re.IGNORECASE)
# "DOHA, May 21 (Wire) - …": the report's dateline, not the day of an exchange
_DATELINE = re.compile(r"[A-Z][A-Z./' -]*,\s*$")
# an exchange agreed at talks the paragraph told: "During the call, the two agreed …"
_AT_THE_TALKS = re.compile(r"\b(?:during|in the course of) (?:the|that|their|this) (?:[\w-]+ )?"
                           r"(?:call|talks|meeting|conversation|negotiations|round)\b",
                           re.IGNORECASE)
# "In return, Ukraine handed over eleven …", "… had been returned in exchange", "Russia in turn
# received 19": the other half
# of the swap told just before, in the next paragraph too (not "in exchange for 12 soldiers")
_ANSWERS = re.compile(r"\bin (?:return|exchange|turn)\b(?!\s+for\b)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:neither|not|no|never|yet to)\b", re.IGNORECASE)
_CATEGORIES = [
    ("bodies", re.compile(r"\b(?:bodies|remains|fallen|dead)\b", re.IGNORECASE)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)),
    ("civilians", re.compile(r"\b(?:civilians?|residents|children|teenagers|minors)\b",
                             re.IGNORECASE)),
    ("soldiers", re.compile(r"\b(?:soldiers|servicemen|service ?members|POWs|prisoners|"
                            r"troops|defenders|military personnel|fighters|marines|captives)\b",
                            re.IGNORECASE)),
]
# "the swap also included 20 civilians from each side": more people in the latest swap
_ADDED = re.compile(r"\b(?:also|additionally|further|in addition)\s+(?:\w+\s+)?includ\w+\b",
                    re.IGNORECASE)
_AMONG = r"\b(?:among|includ(?:e|es|ed|ing))\b"
_CAME_BACK = r"\b(?:returned|released|freed|exchanged|swapped|brought (?:back|home)|" \
    r"(?:came|coming|come|going|went) (?:back|home))\b"
_AMONG_RETURNED = fast_regex(rf"{_AMONG}.*{_CAME_BACK}|{_CAME_BACK}.*{_AMONG}", re.IGNORECASE)
# "Among them are 19 seriously wounded soldiers", "Of them, 12 are civilians": opening the
# sentence after the exchange, the people it returned
_AMONG_THEM = re.compile(r"\W*(?:Among|Of)\s+(?:them|these|those|whom)\b[,\s]", re.IGNORECASE)
# "Those returned were soldiers …, as well as 16 civilians", "the men freed on Friday are mostly
# marines": who the people of the exchange told before were, said with a copula
_THOSE_RETURNED_WERE = re.compile(
    r"\b(?:those|the\s+(?:people|men|women|prisoners|captives|servicemen|soldiers))\s+"
    r"(?:who\s+(?:were|have\s+been|had\s+been|came|have\s+come|returned)\s+)?"
    r"(?:returned|released|freed|exchanged|swapped|repatriated|brought\s+(?:back|home)|"
    r"(?:coming|came|come)\s+(?:back|home)|back|home)\b[^.;:\d]{0,40}?\s+(?:were|are|was)\b",
    re.IGNORECASE)
# "the swap would cover soldiers aged 18 to 25 and the seriously wounded" (not "was covered by")
# "the prisoner swap", "the exchange of bodies": a swap named by its people
_KIND_OF_SWAP = re.compile(r"\b(?:(?:prisoner|POW|captive)s?|(?P<dead>body|bodies))\s+"
                           r"(?:swap|exchange|handover|repatriation)\b|"
                           r"\b(?:swap|exchange|handover|repatriation) of (?:the )?"
                           r"(?:(?:prisoners|POWs|captives)|(?P<dead2>bodies|remains))\b",
                           re.IGNORECASE)
_INCLUDE = re.compile(r"\b(?:includ(?:e|es|ed)|cover(?:s|ed)?(?! by)|involv(?:e|es|ed)|"
                      r"compris(?:e|es|ed)|consist(?:s|ed)? of)\b", re.IGNORECASE)
# the people a count is made of, named with no number: ", including soldiers and civilians"
# (or to be put first: "1,200 each, with priority for the badly wounded")
_INCLUDING = re.compile(r"[^;.\d]{0,80}?\b(?:including|among them|with priority (?:for|to)|"
                        r"prioriti[sz]ing|starting with|beginning with)\s+[^;.\d]{1,80}")
# "84 prisoners were traded for 84, most of them seriously wounded": who they were, said after
_OF_THEM = re.compile(r"[^;.\d]{0,60}?\d*[^;.\d]{0,20}?,\s*(?:most|many|all|some|several|half|"
                      r"a number|dozens)\s+of\s+(?:them|whom)\b[^,;.\d]{1,60}", re.IGNORECASE)
_OF_THE_DEAD = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the exchange was mediated by …": one swap, not all those told
_ONE_SWAP = re.compile(r"\b(?:the|this|that|today's)\s+(?:exchange|swap|repatriation)\b(?!s)",
                       re.IGNORECASE)
_MEDIATION_NOUN = re.compile(r"\b(?:mediation|mediated|mediator|mediating)\b", re.IGNORECASE)
_MEDIATED = re.compile(r"\b(?:mediat\w+|brokered|facilitated|with the help of|thanks to|"
                       r"gratitude to|auspices|good offices)\b", re.IGNORECASE)
# a body that is not a state: named first as mediator, it leaves the field empty (GUIDE)
# states named in one list: "the UAE and the US", "Turkey, Qatar and Saudi Arabia"
_JOINED = re.compile(r"\s*(?:,|,? and|,? as well as)\s+(?:the\s+)?", re.IGNORECASE)
_NOT_A_STATE = re.compile(r"\b(?:Red Cross|ICRC|United Nations|UN|OSCE)\b")


def read_exchanges(facts: list[SentenceFacts]) -> list[Exchange]:
    ledger = Ledger()
    pending: str | None = None  # a mediator named before any exchange
    told_in = -1  # the paragraph of the last exchange sentence
    under_check = claims_under_check(facts)  # "CLAIM: … a 900-for-900 swap": no exchange
    for f in facts:
        if f.sentence.paragraph in under_check:
            continue
        if "exchange" not in f.kinds and not (
                told_in == f.sentence.paragraph and _AMONG_THEM.match(f.text)):
            continue  # ("Among them are 19 seriously wounded soldiers" reads as a strike's too)
        told_in = f.sentence.paragraph
        # "An earlier version of this story gave 112 …": a count taken back is none; "Videos
        # circulating online say … held a 2,000-for-2,000 exchange": hearsay, no count
        counts = [c for c in count_people(f.text) if not RETRACTED.search(f.text, 0, c.start)
                  and not hearsay_before(f.text, c.start)]
        if counts and ledger.last_carried_out() is not None and \
                _those_returned_include(f.text, counts[0].start):
            counts = []  # "Those coming home include 19 wounded": a part, its categories only
        added = bool(counts) and bool(_ADDED.search(f.text))
        answers = _ANSWERS.search(f.text) is not None
        half = ledger.half_in(f.sentence.paragraph, answers)
        found = _exchanges_in(f, counts, half is not None, ledger.last) if counts else \
            _same_number(f, half) if half else []
        found = found or _whole_of_the_stages(f, ledger.records)
        same_day = _on_the_same_day(f, ledger.last_carried_out())
        for exchange in found:
            exchange.mediator = exchange.mediator or pending
            exchange.date = same_day or exchange.date
            ledger.note(exchange, f.sentence.paragraph, added, answers)
        if not found:
            _add_people_named(ledger, f.text)
        mediator = _mediator(f.text)
        if mediator and not ledger.records:
            pending = mediator
        if mediator and not found:  # a sentence's own exchange holds the mediator it names
            _credit(ledger, mediator, _ONE_SWAP.search(f.text) is not None)
    records = halves_told_apart(_one_sided_counts_folded(ledger.records))
    stages_lend_their_categories(records)
    return records


def _one_sided_counts_folded(records: list[Exchange]) -> list[Exchange]:
    """ "Eighty-four Ukrainians returned from Russian captivity on Tuesday" and "84 Russian
    servicemen have been returned … In return, 84 prisoners … were handed over": one side's
    count and both sides' counts of one swap (the same day and status, the same number on that
    side) are one exchange, whichever was told first."""
    both = [r for r in records if r.returned_to_ua is not None and r.returned_to_ru is not None]
    out = []
    for r in records:
        whole = next((w for w in both if w is not r and w.date == r.date and
                      w.status == r.status and (r.returned_to_ru is None) != (
                          r.returned_to_ua is None) and
                      r.returned_to_ua in (None, w.returned_to_ua) and
                      r.returned_to_ru in (None, w.returned_to_ru)), None)
        if whole is None:
            out.append(r)
            continue
        whole.categories += [c for c in r.categories if c not in whole.categories]
        whole.mediator = whole.mediator or r.mediator
        whole.evidence = r.evidence + [e for e in whole.evidence if e not in r.evidence]
    return out


# "In total, 230 people have returned to each side": a sum said with both sides' share
_IN_TOTAL = re.compile(r"\b(?:in total|in all|altogether|overall|all told)\b", re.IGNORECASE)
_TO_EACH = re.compile(r"[^,;.\d]{0,50}?\b(?:(?:to|from|for|on|by)\s+(?:each|both|either)\s+"
                      r"(?:sides?|countr(?:y|ies)|part(?:y|ies))|each|apiece)\b", re.IGNORECASE)


def _whole_of_the_stages(f: SentenceFacts, told: list[Exchange]) -> list[Exchange]:
    """ "The first stage took place on Friday, when 146 … were exchanged for 146 …" then "In
    total, 230 people have returned to each side": the whole of a swap in stages (GUIDE: one
    record for the whole where the text gives its counts), completed with its last stage. The
    figure must be the sum of the swaps told, both ways ("In total, 5,857 have returned" since
    the war began is a tally, no swap)."""
    stages = [r for r in told if r.status == "completed" and r.returned_to_ua is not None and
              r.returned_to_ua == r.returned_to_ru]
    if len(stages) < 2 or not _IN_TOTAL.search(f.text):
        return []
    total = sum(r.returned_to_ua or 0 for r in stages)
    for n in find_numbers(f.text):
        if n.value == total and _TO_EACH.match(f.text, n.end):
            dates = [r.date for r in stages if r.date is not None]
            return [Exchange(
                date=max(dates) if dates else None, status="completed", returned_to_ua=total,
                returned_to_ru=total, categories=list(dict.fromkeys(c for r in stages
                                                                for c in r.categories)),
                mediator=None, evidence=[Evidence(f.sentence.text, f.sentence.start,
                                                  f.sentence.end)])]
    return []


def _on_the_same_day(f: SentenceFacts, swap: Exchange | None) -> dt.date | None:
    """ "On the same day, the bodies of 400 soldiers were repatriated": the day of the swap
    told before, not of whatever else the sentence before dated (the talks that agreed it)."""
    if swap is None or swap.date is None or len(f.dates) != 1:
        return None
    return swap.date if f.dates[0].text.lower() == "the same day" else None


def _add_people_named(ledger: Ledger, text: str) -> None:
    """Who a sentence with no count of its own says an exchange told before returned: "the
    swap will include wounded soldiers" (the latest swap, carried out or not), "Among those
    returned are 61 wounded …" (the latest carried out). "Among the civilians returned were
    …" is about the swap that returned civilians, where the report told one."""
    swap, named = ledger.last, _swap_includes(text)
    if named:
        swap = _swap_of_the_kind(ledger, text) or swap
    else:
        swap, named = ledger.last_carried_out(), _named_among(text)
    if swap is None:
        return
    held = {c for r in ledger.records for c in r.categories}
    swap.categories += [c for c in named if c not in held]


def _swap_of_the_kind(ledger: Ledger, text: str) -> Exchange | None:
    """ "the prisoner swap" after a prisoner swap and a handover of bodies: the latest record
    of the living; "the body exchange", the latest of the dead."""
    kind = _KIND_OF_SWAP.search(text)
    if kind is None:
        return None
    dead = kind["dead"] is not None or kind["dead2"] is not None
    return next((r for r in reversed(ledger.records) if ("bodies" in r.categories) == dead),
                None)


def _credit(ledger: Ledger, mediator: str, one: bool) -> None:
    """ "The exchanges were mediated by Qatar": the swaps told so far; "the exchange was
    mediated by …", the latest carried out. A swap told after it (an earlier one, in the
    background) is not said to be."""
    latest = ledger.last_carried_out()
    records = _staged_swap(ledger.records, latest) if one and latest is not None else \
        ledger.records
    for record in records:
        if record.mediator is None and record.returned_to_ru is not None:
            record.mediator = mediator


def _staged_swap(records: list[Exchange], latest: Exchange) -> list[Exchange]:
    """ "The exchange was mediated by the UAE" after a swap told in stages and its whole: the
    whole and every stage are that exchange; else the latest carried out alone."""
    for whole in records:
        stages = [r for r in records if r is not whole and r.returned_to_ua is not None and
                  whole.returned_to_ua is not None and r.returned_to_ua < whole.returned_to_ua and
                  r.returned_to_ua == r.returned_to_ru]
        if whole.returned_to_ua == whole.returned_to_ru and len(stages) >= 2 and \
                sum(r.returned_to_ua or 0 for r in stages) == whole.returned_to_ua and \
                (latest is whole or latest in stages):
            return [whole, *stages]
    return [latest]


def continues_exchange(text: str) -> bool:
    """Whether a sentence may tell more of the exchange told before it: its other half, the
    people left out ("Russia received 34.", "Moscow got back the same number"), or who
    mediated it ("Mediation was provided by the UAE"), a stage of it ("The first 200 came home
    on Monday"), who they were ("Among them are 19 seriously wounded soldiers")."""
    return _SECOND_HALF.search(text) is not None or _MEDIATION_NOUN.search(text) is not None or \
        _STAGE_HOME.search(text) is not None or _AMONG_THEM.match(text) is not None


_SWAP_NOUN = re.compile(r"\b(?:exchange|swap|trade)s?\b", re.IGNORECASE)


def swap_by_its_counts(text: str) -> bool:
    """Whether a sentence tells a swap by its two counts alone ("Stage two, Friday: 84 for 84.",
    "230 servicemen went each way"): in a report of an exchange, a stage or the whole of it."""
    return _BOTH_WAYS.search(text) is not None


def _exchanges_in(f: SentenceFacts, counts: list[Count], half_open: bool,
                  before: Exchange | None) -> list[Exchange]:
    """The exchanges a sentence tells with its ``counts`` of people (at least one); where the
    paragraph told one side's count (``half_open``), a count with its people left out may be
    the other side's ("Russia received 34."); after an exchange (``before``), a stage of it
    ("The first 390 were swapped on Friday", "The remaining 303 will be released"): its
    people are those of that exchange, both ways where it went both ways."""
    text = f.text
    # "Stage two, Friday: 84 for 84." is a stage; "a further exchange of 500 for 500" another
    stage = before is not None and (_STAGE.search(text) is not None or (
        _BOTH_WAYS.search(text) is not None and _SWAP_NOUN.search(text) is None))
    named = any(c.noun or c.other for c in counts) or _PEOPLE_NAMED.search(text) or \
        (half_open and _SECOND_HALF.search(text)) or stage
    # a label before a colon ("Not part of the count: Russia also handed over 11 …") denies
    # nothing of the clause after it
    lead = text[:counts[0].start]
    acts = _ACT.search(text) or CROSSED_THE_BORDER.search(text)  # (the border: under a swap)
    if _NEGATED.search(lead[lead.rfind(":") + 1:]) or not named or not acts:
        return []
    told: list[Told] = []
    for group in group_counts(text, counts):
        told.append(in_return(text, group, told[-1] if told else None) or told_of(text, group))
    told = same_number_back(text, pair(ours_against_theirs(text, told)))
    if stage and before is not None:
        told = [_as_before(t, before) if t.to_ua is None and t.to_ru is None else t
                for t in told]
    told = [t for t in told if not is_a_total(text, t, told)
            and (t.to_ua is not None or t.to_ru is not None)]
    records = [_record(f, t, counts) for t in told]
    if stage and before is not None:
        for record in records:
            record.categories = record.categories or list(before.categories)
    return [r for r in records if r.status != "held"]


def _as_before(told: Told, before: Exchange) -> Told:
    """A stage whose people went no side the sentence says: the way the exchange went."""
    value = told.groups[0].value
    return Told(value if before.returned_to_ua is not None else None,
                value if before.returned_to_ru is not None else None, told.groups,
                before.returned_to_ua == before.returned_to_ru)


def _same_number(f: SentenceFacts, half: Exchange) -> list[Exchange]:
    """ "Russia received the same number of people": the other side of a one-sided exchange
    the paragraph told got as many."""
    m = _SECOND_HALF.search(f.text)
    if m is None or not m["same"]:
        return []
    side = receiver(f.text, Group([Count(0, m.start("same"), m.end("same"), "people")]))
    value = half.returned_to_ua or half.returned_to_ru
    if side is None or (side == "UA") == (half.returned_to_ua is not None):
        return []
    return [Exchange(
        date=half.date, status=half.status,
        returned_to_ua=value if side == "UA" else None,
        returned_to_ru=value if side == "RU" else None,
        categories=[], mediator=None,
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)])]


def _record(f: SentenceFacts, told: Told, counts: list[Count]) -> Exchange:
    text, pos = f.text, told.groups[0].start
    status = _status(text, pos, told.groups[0].end)
    # "the 1,000-for-1,000 swap", "the final 303": the people the sentence names elsewhere
    categories = _categories(text, told.groups) or _categories(text, [Group(counts)])
    categories += [c for c in _swapped_people(text, pos, counts) if c not in categories]
    kind = _swap_by_nation(text, told.groups)
    if kind and kind not in categories and (kind == "soldiers" or not categories):
        categories.append(kind)
    return Exchange(
        date=_date(f, status, pos), status=status,
        returned_to_ua=told.to_ua, returned_to_ru=told.to_ru,
        categories=categories, mediator=_mediator(text),
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)])


def _date(f: SentenceFacts, status: str, pos: int) -> dt.date | None:
    """The date of its clause, else one said before it in the sentence ("on Friday 390 each;
    on Saturday, 307 each"); a completed exchange the report does not date is the report's
    news and takes the date the sentence carries (its paragraph's, else the report's), unless
    the sentence places it in a time with no day ("In November", "last month"): then it is
    not dated."""
    start, end = clause_bounds(f.text, pos, CLAUSE_BREAK)
    dates = [d for d in f.dates if not _DATELINE.match(f.text, 0, d.start)]
    inside = [d for d in dates if start <= d.start < end]
    before = [d for d in dates if d.start < pos]
    own = inside or before[-1:]
    if own and status != "completed" and _DAYLESS_TIME.search(f.text, own[0].end):
        return None  # "agreed on Friday to swap 1,000 each by the end of July": no day set
    if own:
        return own[0].date
    if status != "completed" and _AT_THE_TALKS.search(f.text):
        return f.date  # "During the call, the two agreed that 35 …": the day of that call
    if status != "completed" or _NO_DAY.search(f.text, 0, end):
        return None
    return f.date


def _status(text: str, pos: int, after: int) -> str:
    """The status the clause's verb nearest before the count (at ``pos``) gives ("agreed to
    exchange", "will return", "exchanged"), else the nearest after it ("… will be freed"); the
    people's own past verb right after them wins ("under the deal, 500 were exchanged").
    "held" where they were only captured or held. An exchange still to come under an
    agreement is agreed ("the swap agreed in Geneva, under which each side is to release
    1,200", "which the sides had agreed would involve 500")."""
    start, end = clause_bounds(text, pos, CLAUSE_BREAK)
    if _WERE_RETURNED.match(text, after, end):  # "under the deal, 1,000 each were exchanged"
        return "completed"
    before = list(verbs("agreed", "announced", "completed", "held").finditer(text, start, pos))
    stage_of = _STAGE_OF.search(text, before[-1].end(), pos) if before else None
    if stage_of is not None:  # "exchanged 390 each, the first stage of a 1,000-for-1,000
        # swap": the verb tells the stage; the whole is done with its last stage, else to come
        return "completed" if stage_of.group("last") else "agreed"
    # "150 civilians, held since 2024, were returned": held after them is what they were
    cue = before[-1] if before else \
        verbs("agreed", "announced", "completed").search(text, pos, end)
    if cue is None:
        return "completed"
    if cue.lastgroup == "announced" and _agreed_before(before):
        return "agreed"
    return cue.lastgroup or "completed"


# the count that follows names the whole of which the swap told before it is a stage
_STAGE_OF = re.compile(r"\b(?:(?P<last>final|last|closing|concluding)|first|second|third|fourth|"
                       r"next|initial|opening|latest)\s+(?:stage|phase|part|round|batch)\s+of\s+"
                       r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _agreed_before(cues: list[re.Match[str]]) -> bool:
    """Whether an agreement comes after the last completed verb of the cues before a count."""
    kinds = [c.lastgroup for c in cues]
    agreed = max((i for i, k in enumerate(kinds) if k == "agreed"), default=-1)
    return agreed > max((i for i, k in enumerate(kinds) if k in ("completed", "held")), default=-1)


def _categories(text: str, groups: list[Group]) -> list[str]:
    """Who came back, from the words around each count. The dead are bodies whoever they
    were: "the bodies of 1,212 soldiers" and "27 bodies of Russian soldiers" are ["bodies"]."""
    found: set[str] = set()
    dead_until = -1  # the end of the last count of the dead whose noun is named after the next
    for c in sorted((c for g in groups for c in g.counts + g.subsets), key=lambda c: c.start):
        before = text[max(0, c.start - 15):c.start]
        if c.noun.lower() in ("bodies", "dead") or _OF_THE_DEAD.search(before) or \
                dead_until >= 0 and _AND.fullmatch(text, dead_until, c.start):
            # ("the remains of 30 Ukrainian and 8 Russian troops": the 8 are dead too)
            found.add("bodies")
            # ("41 Ukrainian" ends at its nation: its noun, after the next count, is shared)
            dead_until = c.end if text[c.start:c.end].endswith(("Ukrainian", "Russian")) else -1
            continue
        # "84 Ukrainians came home, including soldiers and civilians held since 2014"
        including = _INCLUDING.match(text, c.end) or _OF_THEM.match(text, c.end)
        end = including.end() if including else c.end + 40
        # "among them seriously wounded servicemen and eight civilians": the whole list
        listed = SUBSET_LISTED.search(text, max(0, c.start - 100), c.start)
        start = listed.start() if listed and listed.end() == c.start else c.start - 15
        found |= {name for name, p in _CATEGORIES
                  if p.search(text[max(0, start):max(end, c.end + 40)])}
    return [name for name, _ in _CATEGORIES if name in found]


_AND = re.compile(r"\s*,?\s*(?:and|as well as)\s+")
_NATIONALS = {"ukrainians", "russians", "people", "individuals", "persons"}


def _swap_by_nation(text: str, groups: list[Group]) -> str | None:
    """ "the second stage of a prisoner exchange, with 84 Ukrainians, including 12 civilians,
    returning home": people counted by their nation in a prisoner swap are prisoners (GUIDE:
    soldiers) beside the part named otherwise; in a swap of bodies, the dead."""
    kind = _KIND_OF_SWAP.search(text)
    if kind is None or not any(c.noun.lower() in _NATIONALS for g in groups for c in g.counts):
        return None
    return "bodies" if kind["dead"] or kind["dead2"] else "soldiers"


def _swapped_people(text: str, pos: int, counts: list[Count]) -> list[str]:
    """ "Russia and Ukraine exchanged seriously wounded prisoners on Friday, with 91 …": who
    was swapped, named with no number, are the people of the first count after it."""
    m = _SWAPPED.search(text, 0, pos)
    if m is None or any(m.end() <= c.start < pos for c in counts):
        return []
    return [name for name, p in _CATEGORIES if p.search(m["people"])]


def _those_returned_include(text: str, first_count: int) -> bool:
    """ "Those coming home include …, as well as 19 seriously wounded defenders", "Among the
    freed were 35 civilians", "Those returned were soldiers …, as well as 16 civilians": the
    people of the exchange told before, counted in part; not
    "the swap included 20 civilians from each side" (more people in the swap)."""
    were = _THOSE_RETURNED_WERE.search(text) or _AMONG_THEM.match(text)
    if were is not None and were.end() <= first_count:
        return True
    among = re.search(_AMONG, text, re.IGNORECASE)
    return among is not None and among.start() < first_count and \
        _AMONG_RETURNED.search(text) is not None and \
        _SWAP_NOUN.search(text, 0, among.start()) is None


def _swap_includes(text: str) -> list[str]:
    """ "the swap would be carried out in stages and would include wounded soldiers": the
    categories a swap named before "include" is said to hold."""
    swap = _SWAP_NOUN.search(text)
    include = _INCLUDE.search(text, swap.end()) if swap else None
    if swap is None or include is None:
        return []
    named = ((name, p.search(text, include.end())) for name, p in _CATEGORIES)
    # "the exchange did not include any wounded"
    return [name for name, m in named if m and not _NEGATED.search(text, swap.end(), m.start())]


def _named_among(text: str) -> list[str]:
    """Categories a sentence without a count of people names among those returned ("Among
    the prisoners who returned were seriously wounded soldiers"): they add to the exchange
    the previous sentence told."""
    if not _AMONG_RETURNED.search(text) and not _THOSE_RETURNED_WERE.search(text) and \
            not _AMONG_THEM.match(text):
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
              and a.actor.kind == "state"]
    near = [a for a in states if abs(a.start - m.start()) < 60]
    after = [a for a in near if a.start > m.start()]
    if body and (not after or body.start() < after[0].start):
        return None
    chosen = after[0] if after else _first_of_list(text, states, near[-1] if near else None)
    return chosen.actor.side if chosen else None


def _first_of_list(text: str, states: list[ActorMention],
                   last: ActorMention | None) -> ActorMention | None:
    """The first state of the list that ends with ``last``, the state named nearest before
    the cue: "The UAE and the US were credited with mediating" is the UAE; "Kyiv thanked
    Turkey; Qatar mediated" is Qatar."""
    if last is None:
        return None
    first = states.index(last)
    while first > 0 and _JOINED.fullmatch(text, states[first - 1].end, states[first].start):
        first -= 1
    return states[first]
