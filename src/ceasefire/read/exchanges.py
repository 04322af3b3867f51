"""Prisoner exchanges and repatriations of bodies (GUIDE, "exchanges").

Who receives is read from the people counted ("307 Ukrainian POWs" go to Ukraine, "27 bodies
of Russian soldiers" to Russia) or from the verb ("returned to Ukraine", "Ukraine brought home").
"each", "from each side", "one-for-one" and "in exchange for as many" make a swap symmetric;
"270 servicemen and 120 civilians each" is 390 each. Mentions of one exchange in several
sentences are one record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ceasefire.model import Evidence, Exchange
from ceasefire.read.actors import find_actors
from ceasefire.read.clauses import clause_around
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import find_numbers

_PEOPLE = re.compile(
    r"\s*(?:(?:more|other|additional|seriously|severely|badly|wounded|injured|Ukrainian|Russian|"
    r"fallen|captured|civilian|military)\s+)*(?P<noun>prisoners of war|prisoners|POWs|soldiers|"
    r"servicemen|service members|servicemembers|troops|defenders|military personnel|civilians|"
    r"bodies|people|captives|fighters|marines)\b", re.IGNORECASE)
_SYMMETRIC = re.compile(r"\b(?:each|from each side|one-for-one|for as many|as many|both sides)\b",
                        re.IGNORECASE)
# "15 more were freed outside of the one-for-one swap": not part of it
_OUTSIDE_SWAP = re.compile(r"\boutside (?:of )?the one-for-one\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\s+")
_NEGATED = re.compile(r"\b(?:neither|not|no|never|yet to)\b", re.IGNORECASE)
_RECEIVED = (r"(?:has |had |also |have )*(?:brought|brings|got|gets|received|receives|welcomed|"
             r"took|takes)(?: back)?(?: home)?")
_TO_UA = re.compile(rf"\b(?:returned to (?:Ukraine|Kyiv)|(?:Ukraine|Kyiv) {_RECEIVED}|brought home|"
                    rf"returned home)\b", re.IGNORECASE)
_TO_RU = re.compile(rf"\b(?:returned to (?:Russia|Moscow)|(?:Russia|Moscow) {_RECEIVED})\b",
                    re.IGNORECASE)
_STATUS = [
    ("agreed", re.compile(r"\bagreed\b|\bagree\b|\bdeal\b|\bagreement\b", re.IGNORECASE)),
    ("announced", re.compile(r"\b(?:will|would|to take place|plans?|expected|announced that it "
                             r"would|is to|are to|scheduled)\b", re.IGNORECASE)),
]
_CATEGORIES = [
    ("bodies", re.compile(r"\b(?:bodies|remains|fallen)\b", re.IGNORECASE)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)),
    ("civilians", re.compile(r"\bcivilians?\b", re.IGNORECASE)),
    ("soldiers", re.compile(r"\b(?:soldiers|servicemen|service ?members|POWs|prisoners of war|"
                            r"troops|defenders|military personnel|fighters|marines)\b",
                            re.IGNORECASE)),
]
_AMONG = r"\b(?:among|including|included)\b"
_CAME_BACK = r"\b(?:returned|released|freed|exchanged|swapped|brought (?:back|home)|came home)\b"
_AMONG_RETURNED = re.compile(rf"{_AMONG}.*{_CAME_BACK}|{_CAME_BACK}.*{_AMONG}", re.IGNORECASE)
_OF_THE_DEAD = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MEDIATED = re.compile(r"\b(?:mediat\w+|brokered|facilitated|with the help of|thanks to|"
                       r"gratitude to)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Count:
    value: int
    start: int
    end: int
    noun: str


def read_exchanges(facts: list[SentenceFacts]) -> list[Exchange]:
    records: list[Exchange] = []
    mediator: str | None = None
    last: Exchange | None = None  # the record the latest mention went to
    for f in facts:
        if "exchange" not in f.kinds:
            mediator = mediator or _mediator(f)
            continue
        mediator = mediator or _mediator(f)
        counts = _counts(f.text)
        exchange = _exchange_in(f, counts) if counts else None
        if exchange is not None:
            last = _merge(records, exchange)
        elif not counts and last is not None:
            last.categories += [c for c in _named_among(f.text) if c not in last.categories]
    for record in records:
        if record.mediator is None and mediator and record.returned_to_ru is not None:
            record.mediator = mediator
    return records


def _exchange_in(f: SentenceFacts, counts: list[_Count]) -> Exchange | None:
    """The exchange a sentence tells with its ``counts`` of people (at least one)."""
    text = f.text
    if _NEGATED.search(text[:counts[0].start]):
        return None
    last = counts[-1]
    each = re.match(r"\s*(?:\w+\s+){0,2}?each\b", text[last.end:last.end + 20])
    total = sum(c.value for c in counts) if each and len(counts) > 1 else counts[0].value
    near = _OUTSIDE_SWAP.sub("", text[:last.end + 40])
    symmetric = bool(each) or bool(_SYMMETRIC.search(near))
    to_ua, to_ru = _direction(text, counts[0], total, symmetric)
    if not symmetric and len(counts) == 2 and not each:
        # "Ukraine received the bodies of 909 soldiers, while Moscow got back 34 bodies"
        second = _direction(text[counts[0].end:], _shift(counts[1], counts[0].end),
                            counts[1].value, False)
        if (to_ua is None) != (second[0] is None) and (to_ru is None) != (second[1] is None):
            to_ua, to_ru = to_ua or second[0], to_ru or second[1]
    if to_ua is None and to_ru is None:
        return None
    return Exchange(
        date=f.date if f.has_own_date else None, status=_status(text),
        returned_to_ua=to_ua, returned_to_ru=to_ru,
        categories=_categories(text, counts),
        mediator=_mediator(f),
        evidence=[Evidence(f.sentence.text, f.sentence.start, f.sentence.end)])


def _categories(text: str, counts: list[_Count]) -> list[str]:
    """Who came back, from the words around each count. The dead are bodies whoever they
    were: "the bodies of 1,212 soldiers" and "27 bodies of Russian soldiers" are ["bodies"]."""
    found: set[str] = set()
    for c in counts:
        before = text[max(0, c.start - 15):c.start]
        if c.noun.lower() == "bodies" or _OF_THE_DEAD.search(before):
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


def _counts(text: str) -> list[_Count]:
    out = []
    for n in find_numbers(text):
        if n.value is None or n.value != int(n.value) or text[n.end:n.end + 1] == "-":
            continue
        m = _PEOPLE.match(text, n.end)
        if m:
            out.append(_Count(int(n.value), n.start, m.end(), m.group("noun")))
    return out


def _shift(count: _Count, offset: int) -> _Count:
    return _Count(count.value, count.start - offset, count.end - offset, count.noun)


def _direction(text: str, count: _Count, total: int,
               symmetric: bool) -> tuple[int | None, int | None]:
    if symmetric:
        return total, total
    # "…, while Moscow got back 34 bodies" is a clause of its own
    phrase = clause_around(text, count.start, _CLAUSE_BREAK)
    nationality = re.search(r"\b(Ukrainian|Russian)\b", text[count.start:count.end + 25])
    if nationality:
        return (total, None) if nationality.group(1) == "Ukrainian" else (None, total)
    for pattern, side in ((_TO_UA, "UA"), (_TO_RU, "RU")):
        if pattern.search(phrase):
            return (total, None) if side == "UA" else (None, total)
    if _TO_UA.search(text):
        return total, None
    if _TO_RU.search(text):
        return None, total
    return None, None


def _status(text: str) -> str:
    for status, pattern in _STATUS:
        if pattern.search(text):
            return status
    return "completed"


def _mediator(f: SentenceFacts) -> str | None:
    m = _MEDIATED.search(f.text)
    if not m:
        return None
    for actor in find_actors(f.text):
        if actor.actor.side not in (None, "RU", "UA", "US") and abs(actor.start - m.start()) < 60:
            return actor.actor.side
    return None


def _merge(records: list[Exchange], new: Exchange) -> Exchange:
    """Fold a second mention of the same exchange into the first; the record it went to."""
    for old in records:
        pairs = ((old.returned_to_ua, new.returned_to_ua), (old.returned_to_ru, new.returned_to_ru))
        compatible = all(a is None or b is None or a == b for a, b in pairs)
        shared = any(a is not None and a == b for a, b in pairs)
        bodies = "bodies" in old.categories and "bodies" in new.categories
        if compatible and (shared or bodies):
            old.returned_to_ua = old.returned_to_ua or new.returned_to_ua
            old.returned_to_ru = old.returned_to_ru or new.returned_to_ru
            old.categories += [c for c in new.categories if c not in old.categories]
            old.mediator = old.mediator or new.mediator
            old.date = old.date or new.date
            old.evidence += [e for e in new.evidence if e not in old.evidence]
            return old
    records.append(new)
    return new
