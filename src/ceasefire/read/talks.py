"""Talks: meetings, calls and rounds of negotiations (GUIDE, "talks").

A call is a phone call or conversation between leaders; anything else is a meeting. The place
is the city (or country) named in the clause; parties are the sides of the people, delegations
and governments named with it ("between Putin and Trump", "US and Ukrainian delegations").
Mentions of the same talks merge: same kind, and places that agree (Jeddah lies in Saudi
Arabia) or overlapping parties.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ceasefire.model import Evidence, Talks
from ceasefire.read.actors import ActorMention
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import find_numbers
from ceasefire.read.parse import parse

_TALKS = re.compile(
    r"\b(?:(?:peace\s+)?talks|negotiations|meetings?|summit|(?:phone\s+)?calls?|"
    r"(?:phone\s+)?conversation|discussions?|round of (?:peace )?talks|met|meet|meets|"
    r"spoke by phone|"
    r"spoke (?:with|to)|face-to-face(?!\s+(?:meetings?|talks|summit)))\b", re.IGNORECASE)
# a conversation is a call only by phone ("a phone conversation"); face to face it is a meeting
_CALL = re.compile(r"\b(?:phone|call|calls|spoke by phone|telephone)\b",
                   re.IGNORECASE)
_NOT_TALKS = re.compile(r"\b(?:calls? for|call(?:s|ed)? on (?=\w+ to\b)|called for|"
                        r"press conference|"
                        r"air raid|so-called|phone (?:lines|network)|ceasefire call|truce call|"
                        r"wake-up call)\b", re.IGNORECASE)
# "talks in Jeddah", "in the port city of Jeddah", "held at …"; a place named just before the
# noun ("the Istanbul meeting") also counts
_VENUE_BEFORE = re.compile(r"\b(?:in|at|held in|hosted by|visit to|trip to)\s+(?:the\s+)?"
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
_NUMBER_WORDS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|"
                 r"many|\d+)")
# "three rounds of direct talks", "two meetings", "several calls"; not "two days of talks" (one
# round over several days)
_COUNT_BEFORE = re.compile(
    rf"\b{_NUMBER_WORDS}\s+(?:(?:rounds?|sessions?)\s+of\s+)?"
    r"(?:(?!(?:hours?|days?|minutes?|weeks?|months?|years?|to|of|in|on|at|the|a|an|and|for|"
    r"with|from|by|after|before)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NEXT_BEFORE = re.compile(r"\b(?:next|future|further|new|possible|potential|another)\s+"
                          r"(?:(?:round|session|meeting)s?\s+of\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)
# the talks as a process in some state, not a meeting: "talks were on pause", "have stalled"
_PROCESS_STATE = re.compile(
    r"[^.;,]{0,30}?\b(?:(?:is|are|was|were|remain(?:s|ed)?|be)\s+(?:now\s+)?"
    r"(?:on [\"']?(?:pause|hold)|paused|stalled|stuck|frozen|deadlocked|suspended|at an impasse)|"
    r"(?:have|has|had)\s+(?:now\s+)?(?:stalled|collapsed|failed|broken down|got stuck)|"
    r"stalled|collapsed|failed|broke down)\b", re.IGNORECASE)
# a venue only floated: "Ankara could host", "offered to host", "might take place in"
_FLOATED = re.compile(r"\b(?:could|might|may|would|offered to|offers to|ready to|willing to|"
                      r"proposed to|propose to)\s+(?:also\s+)?(?:host|be held|take place)\b",
                      re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# talks going on as the report is written: dated by the report's day
_UNDER_WAY = re.compile(r"\b(?:(?:has|have) (?:begun|started|opened|got under way)|"
                        r"(?:is|are) (?:under ?way|taking place|being held))\b", re.IGNORECASE)
# words that bring another event between the talks and a date: "met ... after the raid on
# Monday", "a call ... two days before the strike"
_EVENT_BREAK = re.compile(r"\b(?:after|before|following|since|ahead of|when|while|but|ago)\b|"
                          r"[;()]|\s-\s", re.IGNORECASE)
_TALK_VERBS = {"meet", "speak", "talk", "negotiate", "confer"}
_PARTY_PREPS = {"between", "with", "among", "involving"}
_HOST_VERBS = {"host", "mediate", "broker", "facilitate", "organise", "organize", "arrange",
               "chair"}
# verbs whose subject takes part in the talks they govern ("Kyiv held talks with …")
_HOLD_VERBS = {"hold", "have", "conduct", "begin", "start", "open", "launch", "resume",
               "continue", "attend", "join", "conclude", "end", "complete", "finish", "enter",
               "wrap", "plan", "schedule"}
_SPEAKER_PRONOUNS = {"he", "she", "we", "i", "his", "her", "our", "my"}
_KEPT_PREPS = {"of", "between", "with", "among"}
_PRUNED = {"relcl", "acl", "advcl", "ccomp", "parataxis", "punct", "npadvmod"}
_NEAR = 70  # characters: "near the mention" where the parse names no side
_BOTH_SIDES = re.compile(r"\b(?:both|two|the|warring) (?:warring )?(?:sides|parties|countries)\b",
                         re.IGNORECASE)


@dataclass
class _Draft:
    """Talks being read, with the date said right at one of its mentions: only such dates
    tell two meetings apart (a sentence's other dates may be another event's)."""

    talks: Talks
    said_date: dt.date | None


def read_talks(facts: list[SentenceFacts]) -> list[Talks]:
    records: list[_Draft] = []
    for f in facts:
        if "talks" not in f.kinds:
            continue
        # "calls for a truce", "a press conference": blanked out, so only real talks remain
        text = _NOT_TALKS.sub(lambda m: " " * len(m.group()), f.text)
        mention = _event_mention(text)
        if mention is None:
            continue
        definite = _DEFINITE.search(text[:mention.start()]) is not None
        for talks in _talks_in(f, text, mention, records):
            _merge(records, talks, definite)
    return [d.talks for d in records if d.talks.place or len(d.talks.parties) >= 2]


def _event_mention(text: str) -> re.Match[str] | None:
    """The first mention of talks that may be one event: "three rounds of talks" counts
    rounds and names none of them (GUIDE: a bare count gives no records)."""
    for mention in _TALKS.finditer(text):
        if not _COUNT_BEFORE.search(text[max(0, mention.start() - 40):mention.start()]):
            return mention
    return None


def _talks_in(f: SentenceFacts, text: str, mention: re.Match[str],
              earlier: list[_Draft]) -> list[_Draft]:
    kind = "call" if _CALL.search(text[max(0, mention.start() - 15):mention.end() + 5]) \
        or _BY_PHONE.search(text[mention.end():mention.end() + 40]) else "meeting"
    place = None if kind == "call" else _place(f, text, mention)
    if not _identified(f, text, mention, place):
        return []
    parties = _parties(f, text, mention, place)
    parties = _resolve_possessive(text, mention, parties, earlier)
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    said = _said_date(f, text, mention)
    date = said or (f.date if f.has_own_date else None)
    duration = _duration(text)
    if kind == "meeting" and _SEPARATE.search(text):
        hosts = [p for p in parties if p not in ("RU", "UA")]
        guests = [p for p in parties if p in ("RU", "UA")]
        if hosts and len(guests) == 2:
            return [_Draft(Talks(date, kind, place, sorted(hosts + [g]), duration, [evidence]),
                           said) for g in guests]
    return [_Draft(Talks(date, kind, place, parties, duration, [evidence]), said)]


def _said_date(f: SentenceFacts, text: str, mention: re.Match[str]) -> dt.date | None:
    """The date said of the talks ("met in Riyadh on Monday"), not one of another event the
    sentence brings in ("after a quarrel two weeks ago"). Talks under way as the report is
    written are dated by its day."""
    said = [d for d in f.dates if not _EVENT_BREAK.search(
        text[min(d.end, mention.end()):max(d.start, mention.start())])]
    if said:
        return min(said, key=lambda d: abs(d.start - mention.start())).date
    return f.date if _UNDER_WAY.search(text) else None


def _identified(f: SentenceFacts, text: str, mention: re.Match[str], place: str | None) -> bool:
    """Whether the mention can be a meeting or call of its own (GUIDE: one record per meeting
    the text identifies by its date, place or order). Not: talks as a process in some state
    ("the talks have stalled"), a venue only floated ("Geneva could host talks"), an order
    with nothing else to identify it ("their fifth call"), the next round not yet set."""
    after = text[mention.end():mention.end() + 50]
    before = text[max(0, mention.start() - 40):mention.start()]
    if _FLOATED.search(text):
        return False
    if place is None and _PROCESS_STATE.match(after):
        return False
    set_by = place is not None or f.has_own_date
    return set_by or not (_ORDINAL_BEFORE.search(before) or _NEXT_BEFORE.search(before))


def _resolve_possessive(text: str, mention: re.Match[str], parties: list[str],
                        earlier: list[_Draft]) -> list[str]:
    """ "his last meeting with Putin": "his" is the other side of the latest talks with
    Putin's side, where the sentence names no one else."""
    if len(parties) != 1 or not _POSSESSIVE_BEFORE.search(
            text[max(0, mention.start() - 25):mention.start()]):
        return parties
    for old in reversed(earlier):
        if parties[0] in old.talks.parties and len(old.talks.parties) == 2:
            return sorted(old.talks.parties)
    return parties


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
    """Sides named with the talks: who met or called whom, read from the parse of the
    sentence. Where the parse names no one but the talks have a venue, the sides named near
    the mention."""
    actors = [a for a in f.actors if a.actor.side and a.actor.kind != "media"
              and not _venue_or_target(text, a, place)]
    if not actors and not _BOTH_SIDES.search(text):
        return []  # nothing to find: no parse
    sides = _parsed_sides(f, mention, actors)
    if not sides and place is not None:
        sides = {a.actor.side for a in actors if abs(a.start - mention.start()) <= _NEAR}
    return sorted(s for s in sides if s)


def _parsed_sides(f: SentenceFacts, mention: re.Match[str],
                  actors: list[ActorMention]) -> set[str | None]:
    doc = parse(f.text)
    anchor = _anchor(doc, mention.start())
    if anchor is None:
        return set()
    roots = _party_roots(anchor)
    tokens = {i for root in roots for i in _phrase(root)}
    starts = {doc[i].idx for i in tokens}
    sides = {a.actor.side for a in actors if any(a.start <= s < a.end for s in starts)}
    if any(r.lower_ in _SPEAKER_PRONOUNS for r in roots):
        sides.add(_speaker_side(f, actors, min(r.idx for r in roots)))
    words = " ".join(doc[i].lower_ for i in sorted(tokens))
    # "talks between the two sides", "trilateral talks with the US": the warring sides
    if _BOTH_SIDES.search(words) or any(c.lower_ == "trilateral" for c in anchor.children):
        sides |= {"RU", "UA"}
    return sides


def _speaker_side(f: SentenceFacts, actors: list[ActorMention], before: int) -> str | None:
    """Who "he" or "we" is: the person reporting ("Zelensky said he spoke with Trump"), else
    the last person named before the pronoun."""
    if f.claimant is not None and f.claimant.side:
        return f.claimant.side
    people = [a for a in actors if a.actor.kind == "person" and a.end <= before]
    return people[-1].actor.side if people else None


def _anchor(doc: Doc, start: int) -> Token | None:
    """The word the talks hang on: the noun of "phone call", the verb of "meet for a summit"."""
    token = next((t for t in doc if t.idx <= start < t.idx + len(t)), None)
    if token is None:
        return None
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "phone call": the call
    if token.dep_ == "pobj" and token.head.head.lemma_ in _TALK_VERBS:
        token = token.head.head  # "meet for a summit", "spoke in a phone call"
    return token


def _party_roots(anchor: Token) -> list[Token]:
    """The phrases that name the sides: the subject and object of "met"/"spoke", the objects of
    "between"/"with", the modifiers of the noun ("US-Ukraine talks"), and the subject of the
    verb that holds the talks ("Kyiv held talks with …", "Putin agreed after a call with …");
    never the subject of "host"."""
    roots = _prep_objects(anchor)
    if anchor.pos_ in ("VERB", "AUX"):
        return roots + _subjects(anchor) + [c for c in anchor.children if c.dep_ == "dobj"] + \
            [g for c in anchor.children if c.dep_ == "agent" for g in c.children]
    roots += [c for c in anchor.children if c.dep_ in ("compound", "nmod", "amod", "poss")
              and c.pos_ != "VERB"]  # "US-Ukraine talks", not "hosted talks" read as a modifier
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in anchor.children):
        return roots
    verb = _governing_verb(anchor)
    if verb is None or verb.lemma_ in _HOST_VERBS or \
            (anchor.dep_ == "dobj" and verb.lemma_ not in _HOLD_VERBS):
        return roots  # "Turkey hosted the talks", "Fidan praised the talks"
    return roots + _subjects(verb) + _prep_objects(verb)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the talks are, directly or through a preposition ("held talks",
    "agreed after talks"), or through the object of that verb ("reached agreement at their
    round of talks"); not through another noun's complement ("the outcome of the talks")."""
    token = noun
    while token.dep_ in ("dobj", "pobj"):
        head = token.head if token.dep_ == "dobj" else token.head.head
        if token.dep_ == "pobj" and token.head.dep_ != "prep":
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":  # not "following"
            return head
        if head.dep_ != "dobj" or token.dep_ == "dobj":
            return None
        token = head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for "are set to meet", "agreed to talk", the subject of the verb
    it completes."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        return _subjects(verb.head)
    return found


def _prep_objects(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _phrase(root: Token) -> set[int]:
    """The words of a party's phrase with its conjuncts and appositions, not the clauses or
    places hung on it ("officials, who were in Riyadh")."""
    words = {root.i}
    for child in root.children:
        if child.dep_ in _PRUNED or (child.dep_ == "prep" and child.lower_ not in _KEPT_PREPS):
            continue
        words |= _phrase(child)
    return words


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


def _merge(records: list[_Draft], draft: _Draft, definite: bool = False) -> None:
    """Fold a mention into the talks it is about. "the conversation with Putin" refers back:
    it finds its record by the parties it shares but adds none (its subject may be someone
    who only commented on the call)."""
    new = draft.talks
    # a mention that names neither sides nor place ("the conversation lasted an hour") is
    # about the talks last reported
    bare = not new.parties and not new.place
    for known in reversed(records) if bare else records:
        old = known.talks
        # two records from one sentence are "separate meetings": never one
        if set(old.evidence) & set(new.evidence) or not _same_talks(old, new) or \
                _said_apart(known.said_date, draft.said_date):
            continue
        known.said_date = known.said_date or draft.said_date
        if new.place and (old.place is None or _contains(new.place, old.place)):
            old.place = new.place
        if not definite:
            old.parties = sorted(set(old.parties) | set(new.parties))
        old.date = old.date or new.date
        old.duration_hours = old.duration_hours or new.duration_hours
        old.evidence += [e for e in new.evidence if e not in old.evidence]
        return
    records.append(draft)


def _said_apart(a: dt.date | None, b: dt.date | None) -> bool:
    """ "met again on June 2": another meeting, wherever it was (a round over two days is one)."""
    return a is not None and b is not None and abs((a - b).days) > 1


def _same_talks(old: Talks, new: Talks) -> bool:
    if not new.parties and not new.place:
        return old.kind == new.kind or new.kind == "meeting"
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
