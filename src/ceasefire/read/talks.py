"""Talks: meetings, calls and rounds of negotiations (GUIDE, "talks").

A call is a phone call or conversation between leaders; anything else is a meeting. The place
is the city (or country) named in the clause; parties are the sides of the people, delegations
and governments named with it ("between Putin and Trump", "US and Ukrainian delegations").
Mentions of the same talks merge: same kind, and places that agree (Jeddah lies in Saudi
Arabia) or overlapping parties.
"""
from __future__ import annotations

import re

from ceasefire.model import Evidence, Talks
from ceasefire.read.actors import ActorMention
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import find_numbers

_TALKS = re.compile(
    r"\b(?:(?:peace\s+)?talks|negotiations|meetings?|summit|(?:phone\s+)?calls?|"
    r"(?:phone\s+)?conversation|discussions?|round of (?:peace )?talks|met|spoke by phone|"
    r"spoke (?:with|to))\b", re.IGNORECASE)
_CALL = re.compile(r"\b(?:phone|call|calls|conversation|spoke by phone|telephone)\b",
                   re.IGNORECASE)
_NOT_TALKS = re.compile(r"\b(?:calls? for|call(?:s|ed)? on (?=\w+ to\b)|called for|"
                        r"press conference|"
                        r"air raid|so-called|phone (?:lines|network)|ceasefire call|truce call|"
                        r"wake-up call)\b", re.IGNORECASE)
# "talks in Jeddah", "in the port city of Jeddah", "held at …"; a place named just before the
# noun ("the Istanbul meeting") also counts
_VENUE_BEFORE = re.compile(r"\b(?:in|at|held in|hosted by)\s+(?:the\s+)?"
                           r"(?:(?:[\w-]+\s+)?(?:city|capital|town|resort|port)\s+(?:of\s+)?)?$")
_BETWEEN = re.compile(r"\s*(?:\w+\s+){0,2}?(?:between|with)\b", re.IGNORECASE)
_SEPARATE = re.compile(r"\bseparate (?:meetings|talks)\b", re.IGNORECASE)
_HOURS = re.compile(
    r"\b(?:lasted|lasting|stretching|for|over|more than|about|nearly|beyond)\b[^.;]{0,25}?"
    r"(?P<n>[\w.]+)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>hours?|minutes?)"
    r"(?:\s+and\s+(?P<m>\w+)\s+minutes?)?(?!\s+into)|"
    r"\b(?P<adj>[\w]+)-(?P<adjunit>hour|minute)\s+(?:call|conversation|talks|meeting|"
    r"discussion|negotiations)", re.IGNORECASE)
_BY_PHONE = re.compile(r"\b(?:by (?:tele)?phone|over the phone|in a (?:phone|video) call)\b",
                       re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"\b(?:both (?:Russia and Ukraine|sides)|Russia and Ukraine|"
                         r"Ukraine and Russia|Kyiv and Moscow|Moscow and Kyiv)\b")


def read_talks(facts: list[SentenceFacts]) -> list[Talks]:
    records: list[Talks] = []
    for f in facts:
        if "talks" not in f.kinds:
            continue
        # "calls for a truce", "a press conference": blanked out, so only real talks remain
        text = _NOT_TALKS.sub(lambda m: " " * len(m.group()), f.text)
        mention = _TALKS.search(text)
        if mention is None:
            continue
        definite = _DEFINITE.search(text[:mention.start()]) is not None
        for talks in _talks_in(f, text, mention):
            _merge(records, talks, definite)
    return [t for t in records if t.place or len(t.parties) >= 2]


def _talks_in(f: SentenceFacts, text: str, mention: re.Match[str]) -> list[Talks]:
    kind = "call" if _CALL.search(text[max(0, mention.start() - 15):mention.end() + 5]) \
        or _BY_PHONE.search(text[mention.end():mention.end() + 40]) else "meeting"
    place = None if kind == "call" else _place(f, text, mention)
    parties = _parties(f, text, mention, place)
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    date = f.date if f.has_own_date else None
    duration = _duration(text)
    if kind == "meeting" and _SEPARATE.search(text):
        hosts = [p for p in parties if p not in ("RU", "UA")]
        guests = [p for p in parties if p in ("RU", "UA")]
        if hosts and len(guests) == 2:
            return [Talks(date, kind, place, sorted(hosts + [g]), duration, [evidence])
                    for g in guests]
    return [Talks(date, kind, place, parties, duration, [evidence])]


def _place(f: SentenceFacts, text: str, mention: re.Match[str]) -> str | None:
    """The venue: a place after "in"/"at" near the talks noun, or right before it."""
    venues = []
    for p in f.places:
        if text[p.end:p.end + 2] == "'s":
            continue
        right_before = 0 <= mention.start() - p.end <= 2
        # a belligerent country is where the war is, not where talks are held
        war_zone = p.place.kind == "country" and p.place.country in ("RU", "UA")
        # a venue after the noun may be far ("… will begin on Sunday in Jeddah"); before it, close
        close = p.start > mention.start() or mention.start() - p.end <= 60
        venue = _VENUE_BEFORE.search(text[max(0, p.start - 40):p.start])
        if right_before or (close and not war_zone and venue):
            venues.append(p.place)
    venues = [p for p in venues if p.kind not in ("area", "site")]  # not "in the Black Sea"
    cities = [p for p in venues if p.kind != "country"]
    chosen = cities[0] if cities else (venues[0] if venues else None)
    return chosen.name if chosen else None


def _parties(f: SentenceFacts, text: str, mention: re.Match[str], place: str | None) -> list[str]:
    """Sides named with the talks: "between X and Y", "call with X" (and its subject), else
    the sides named within the clause around the noun."""
    actors = [a for a in f.actors if a.actor.side and a.actor.kind != "media"
              and not _venue_or_target(text, a, place)
              and (text[a.end:a.end + 2] != "'s" or a.actor.kind == "person")]
    if _BETWEEN.match(text, mention.end()):
        window = [a for a in actors if mention.end() <= a.start <= mention.end() + 90]
        if text[mention.end():mention.end() + 12].strip().startswith("with"):
            before = [a for a in actors if a.end <= mention.start()]
            people = [a for a in before if a.actor.kind == "person"]
            window = (people or before)[:1] + window[:1]  # the clause's subject and the guest
        sides = {a.actor.side for a in window}
    else:
        sides = {a.actor.side for a in actors if abs(a.start - mention.start()) <= 70}
    if _BOTH_SIDES.search(text):
        sides |= {"RU", "UA"}
    return sorted(s for s in sides if s)


def _venue_or_target(text: str, actor: ActorMention, place: str | None) -> bool:
    """ "in Jeddah, Saudi Arabia", "the raid on Moscow": a place, not a party to the talks."""
    before = text[max(0, actor.start - 30):actor.start]
    if actor.surface == place or re.search(r"\b(?:in|at|on|over|against|from)\s+(?:the\s+)?$",
                                           before):
        return True
    return place is not None and before.rstrip().endswith(place + ",")


def _duration(text: str) -> float | None:
    m = _HOURS.search(text)
    if not m:
        return None
    if m.group("adj"):
        value, unit = _number(m.group("adj")), m.group("adjunit")
        minutes = None
    else:
        value, unit, minutes = _number(m.group("n")), m.group("unit"), m.group("m")
    if value is None:
        return None
    if not m.group("adj") and m.group("half"):
        value += 0.5
    hours = value / 60 if unit.lower().startswith("minute") else value
    if minutes:
        hours += (_number(minutes) or 0) / 60
    return round(hours, 2)


def _number(word: str) -> float | None:
    if word.lower() in ("an", "a", "one"):
        return 1.0
    found = find_numbers(word)
    return found[0].value if found else None


def _merge(records: list[Talks], new: Talks, definite: bool = False) -> None:
    """Fold a mention into the talks it is about. "the conversation with Putin" refers back:
    it finds its record by the parties it shares but adds none (its subject may be someone
    who only commented on the call)."""
    for old in records:
        # two records from one sentence are "separate meetings": never one
        if set(old.evidence) & set(new.evidence) or not _same_talks(old, new):
            continue
        if new.place and (old.place is None or _contains(new.place, old.place)):
            old.place = new.place
        if not definite:
            old.parties = sorted(set(old.parties) | set(new.parties))
        old.date = old.date or new.date
        old.duration_hours = old.duration_hours or new.duration_hours
        old.evidence += [e for e in new.evidence if e not in old.evidence]
        return
    records.append(new)


def _same_talks(old: Talks, new: Talks) -> bool:
    overlap = bool(set(old.parties) & set(new.parties)) or not old.parties or not new.parties
    if old.kind == "call" or new.kind == "call":
        # a meeting with no place named is often the call under another word ("the talks")
        return overlap and (old.kind == new.kind or not (old.place or new.place))
    if old.place and new.place:
        return _contains(old.place, new.place) or _contains(new.place, old.place)
    return overlap and len(set(old.parties) ^ set(new.parties)) <= 1 if old.parties else True


_COUNTRY_OF_CITY: dict[str, str] = {}


def _contains(specific: str, general: str) -> bool:
    """ "Jeddah" is within "Saudi Arabia"; equal names contain each other."""
    if specific == general:
        return True
    from ceasefire.read.places import lookup_place
    city, country = lookup_place(specific), lookup_place(general)
    return bool(city and country and country.kind == "country" and city.kind != "country"
                and city.country == country.country)
