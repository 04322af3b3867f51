"""Meetings, calls and rounds of talks in Ukrainian and Russian reports.

A talk is named by a word of ``lexicon/<language>/talks.tsv`` (meeting: "зустріч",
"переговоры"; call: "телефонна розмова", "созвонились", or a talk word with "телефон" near it)
and is a record when the text identifies it (GUIDE): by a place after a locative preposition
("у Стамбулі", "в Кремле": landmarks give their city) or by a date near the talk word. A talk
only floated ("можливу зустріч", "может пройти") or named as a purpose or topic ("для
проведення переговорів") is none. Parties are the sides that act in the sentence (subjects,
delegations, people, "з Росією"); a host or attendee ("при участии ОАЭ") and the place are not.
Mentions of one talk (same place, or same date with no place) are one record.
"""
from __future__ import annotations

import datetime as dt

from ceasefire.model import Talks
from ceasefire.read.slavic.diplomacy.common import (
    Venue,
    dates_near,
    duration_hours,
    evidence,
    sides,
    venues,
)
from ceasefire.read.slavic.diplomacy.cues import Cue, Parsed
from ceasefire.read.slavic.words import parses

_BELLIGERENTS = ["RU", "UA"]
_FLOAT_REACH = 3  # tokens either side of a talk word where "можливу", "может" float it


def read_talks(parsed_sentences: list[Parsed], published: dt.date | None) -> list[Talks]:
    found: list[tuple[Talks, Venue | None]] = []
    numbers: dict[int, str] = {}  # id of a record → its round's ordinal ("другий")
    waiting: tuple[Parsed, Cue] | None = None  # a call told with no date: its length may follow
    for parsed in parsed_sentences:
        read = 0
        for cue in [*parsed.having("talks", "meeting", "call"), *_conversations(parsed)]:
            talk = _talk(parsed, cue, published)
            if talk is None and _a_call_between_two(parsed, cue):
                waiting = (parsed, cue)
            if talk is not None:
                ordinal = _ordinal(parsed, cue)
                if ordinal is not None:
                    numbers[id(talk[0])] = ordinal
                calls = _one_call_each(parsed, cue, talk[0])
                if len(calls) > 1:
                    found.extend((call, None) for call in calls)
                elif _next_one(parsed, cue) or _another_round(ordinal, found, numbers):
                    _same_sides(talk[0], found)
                    found.append(talk)  # "наступний раунд … також у Стамбулі": another one
                else:
                    _add(found, *talk)
                read += 1
        if not read and waiting and parsed.having("talks", "mention") and \
                duration_hours(parsed) is not None:
            talk = _talk(*waiting, published, length_from=parsed)
            if talk is not None:
                _add(found, *talk)
                waiting = None
                continue
        if not read and found and parsed.having("talks", "mention"):
            _lend_length(parsed, found[-1][0])
    return [record for record, _venue in found]


_OWN_SIDE = {"uk": "UA", "ru": "RU"}


def _with_the_speaker(parsed: Parsed, parties: list[str]) -> list[str]:
    """"Учора я мав телефонну розмову з держсекретарем США", "у вас был телефонный разговор с
    Рубио": an interviewee's own call with one side named; the speaker stands for the side
    whose language the report is in (as exchanges take it for people named by no side)."""
    own = _OWN_SIDE[parsed.language]
    return parties if own in parties else [own, *parties]


def _one_call_each(parsed: Parsed, cue: Cue, record: Talks) -> list[Talks]:
    """"Фідан провів телефонні розмови з Лавровим і Сибігою", "глава МИД провёл телефонные
    разговоры с обоими министрами": calls in the plural, one caller before them and two sides
    or more after them, are one call with each (GUIDE: one record per call); the caller is a
    party of each."""
    if record.kind != "call" or not any(_plural(parsed, i)
                                        for i in range(cue.first, cue.last + 1)):
        return [record]
    # the caller: the side named nearest before the calls ("Глава МИД Турции Хакан Фидан")
    caller = next((m.side for first, _l, m in reversed(parsed.actors)
                   if first < cue.first and m.side), None)
    after = [side for side in dict.fromkeys(m.side for first, _l, m in parsed.actors
                                            if first > cue.last and m.side)
             if side != caller]
    if caller is None or len(after) < 2:
        return [record]
    return [Talks(date=record.date, kind="call", place=None, parties=[caller, side],
                  duration_hours=None, evidence=list(record.evidence)) for side in after]


def _plural(parsed: Parsed, i: int) -> bool:
    """"телефонні розмови", "разговоры": the word's likeliest reading is plural."""
    found = parses(parsed.tokens[i].text, parsed.language)[:1]
    return bool(found) and "plur" in found[0].tag


def _a_call_between_two(parsed: Parsed, cue: Cue) -> bool:
    """ "Президент провів телефонну розмову з прем'єром Канади" (no date, place or length):
    a call between two sides named, which the next sentence may identify by its length
    ("Розмова тривала понад годину")."""
    call = cue.value == "call" or bool(parsed.having("talks", "phone"))
    # an interviewer's question names the call as its topic ("расскажите о разговоре …?")
    topic_only = _named_as_purpose(parsed, cue) and not _asked(parsed)
    return call and not _floated(parsed, cue) and not topic_only and len(sides(parsed)) >= 2


def _conversations(parsed: Parsed) -> list[Cue]:
    """"разговор Путина и Трампа", "розмова з президентом Трампом": a conversation word with
    the people who talked right after it (in the genitive, or after "with") is a call, as the
    news writes of leaders' calls, unless the sentence names a place where they met."""
    if venues(parsed):
        return []
    talks = parsed.having("talks", "meeting", "call")
    found = []
    for cue in parsed.having("talks", "mention"):
        if any(t.first <= cue.first <= t.last for t in talks):
            continue  # "зустріч" is a meeting word already
        after = cue.last + 1
        if parsed.is_(after, "grammar", "party_prep"):
            after += 1
        while parsed.is_(after, "talks", "head"):
            after += 1  # "розмова з президентом Трампом"
        actor = parsed.actor_at(after)
        if actor is not None and actor[2].kind == "person":
            found.append(Cue("call", cue.first, cue.last))
    return found


def _asked(parsed: Parsed) -> bool:
    return parsed.text.rstrip().endswith("?")


def _lend_length(parsed: Parsed, record: Talks) -> None:
    """"Розмова тривала понад дві години": the length of the talk just read."""
    hours = duration_hours(parsed)
    if record.duration_hours is None and hours is not None and hours < 24 * 7:
        record.duration_hours = round(hours, 2)
        record.evidence.append(evidence(parsed))


def _talk(parsed: Parsed, cue: Cue, published: dt.date | None,
          length_from: Parsed | None = None) -> tuple[Talks, Venue | None] | None:
    """The talk ``cue`` names, where the text identifies it; ``length_from``: the sentence
    after it that tells its length."""
    if _floated(parsed, cue) or _named_as_purpose(parsed, cue) and length_from is None \
            or _called_off(parsed, published):
        return None
    kind = "call" if cue.value == "call" or parsed.having("talks", "phone") else "meeting"
    place = _place(parsed, cue) if kind == "meeting" else None
    dates = _moved_to(parsed, published) or dates_near(parsed, published, cue.first) \
        or _dated_in_its_clause(parsed, published, cue) or _heading(parsed)
    hours = duration_hours(length_from or parsed)
    if place is None and not dates and hours is None:
        return None  # not identified on its own: "переговори тривають", "their sixth call"
    if _asked(parsed) and not dates and length_from is None:
        return None  # "Когда продолжатся переговоры в Женеве?": the question sets no talk, an
        # answer telling its length does ("Разговор продолжался более часа")
    places = tuple(index for index, _venue in venues(parsed))
    parties = sides(parsed, skip=places) or _states_after(parsed, cue)
    if not parties and (parsed.having("exchanges", "exchange")
                        or parsed.having("truce", "truce")):
        parties = list(_BELLIGERENTS)  # talks that arranged the sides' exchange or truce
    if kind == "call" and len(parties) == 1 and parsed.having("talks", "speaker"):
        parties = _with_the_speaker(parsed, parties)
    if place is None and len(parties) < 2:
        return None
    if parties and not set(parties) & set(_BELLIGERENTS) \
            and (place is None or place.country not in _BELLIGERENTS):
        return None  # a meeting of leaders about something else (GUIDE: talks about the war)
    record = Talks(date=dates[0] if dates else None, kind=kind,
                   place=place.name if place else None, parties=parties,
                   duration_hours=round(hours, 2) if hours is not None and hours < 24 * 7
                   else None, evidence=[evidence(p) for p in (parsed, length_from) if p])
    return record, place


def _states_after(parsed: Parsed, cue: Cue) -> list[str]:
    """"Переговори України та Росії у Стамбулі …": the states listed right after the talk's
    noun (its genitive) are the sides that talk, where no side acts otherwise."""
    found: list[str] = []
    at = cue.last + 1
    while (actor := parsed.actor_at(at)) is not None and actor[0] == at \
            and actor[2].kind in ("state", "capital") and actor[2].side:
        found.append(actor[2].side)
        at = actor[1] + 1
        if at < len(parsed.tokens) and (parsed.tokens[at].text == ","
                                        or parsed.is_(at, "grammar", "list")):
            at += 1
    return list(dict.fromkeys(found)) if len(found) >= 2 else []


def _dated_in_its_clause(parsed: Parsed, published: dt.date | None, cue: Cue
                         ) -> list[dt.date]:
    """"розмова президентів Франції та України …, що відбулася в понеділок, 20 квітня",
    "переговоры …, которые прошли 3 марта": the clause opening right after the
    talk's words, at its first comma, dates it however long the names between."""
    tokens = parsed.tokens
    last = min(len(tokens) - 1, cue.last + _NAMES_REACH)
    opener = next((i + 1 for i in range(cue.last + 1, last) if tokens[i].text == ","
                   and (tokens[i + 1].text.lower() in _THAT
                        or parsed.is_(i + 1, "grammar", "relative"))), None)
    if opener is None:
        return []
    return dates_near(parsed, published, opener, reach=_CLAUSE_REACH)


_THAT = ("що", "что")  # opens a clause about the noun before it as "який" / "который" do
_NAMES_REACH = 16  # tokens of names and titles between the talk's words and such a clause
_CLAUSE_REACH = 6  # tokens from the clause's first word to the date it tells


def _moved_to(parsed: Parsed, published: dt.date | None) -> list[dt.date]:
    """"раніше призначали на 3 травня, перенесли на 10 травня": the date it was moved to."""
    for moved in parsed.having("talks", "moved_to"):
        day = dates_near(parsed, published, moved.last + 1, reach=1)
        if day:
            return day[:1]
    return _moved_from_to(parsed, published)


def _moved_from_to(parsed: Parsed, published: dt.date | None) -> list[dt.date]:
    """"перенесено з 28 вересня на 2 жовтня", "перенесли с 5 на 12 марта": the date after
    "на", past the one it was moved from."""
    for moved in parsed.having("talks", "moved"):
        to = next((i for i in range(moved.last + 1, min(len(parsed.tokens), moved.last + 6))
                   if parsed.tokens[i].text.lower() == "на"), None)
        day = dates_near(parsed, published, to + 1, reach=0) if to is not None else []
        if day:
            return day[:1]
    return []


def _heading(parsed: Parsed) -> list[dt.date]:
    """A chronicle's item with no date of its own is dated by its heading."""
    return [parsed.heading_date] if parsed.heading_date else []


def _same_sides(record: Talks, found: list[tuple[Talks, Venue | None]]) -> None:
    """"Следующий раунд стороны проведут …": the next round of a series is between the sides
    of the last meeting, where it names none of its own."""
    before = [kept for kept, _venue in found if kept.kind == record.kind and kept.parties]
    if not record.parties and before:
        record.parties = list(before[-1].parties)


def _ordinal(parsed: Parsed, cue: Cue) -> str | None:
    """The ordinal before a talk word ("Другий раунд", "первого раунда прямых переговоров")."""
    for i in range(max(0, cue.first - 3), cue.first):
        if parsed.is_(i, "talks", "ordinal"):
            return parsed.tokens[i].forms[0]
    return None


def _another_round(ordinal: str | None, found: list[tuple[Talks, Venue | None]],
                   numbers: dict[int, str]) -> bool:
    """A round numbered otherwise than every round read so far is a meeting of its own, even
    at the same place ("Перший раунд … в Баку" then "Другий раунд у Баку")."""
    if ordinal is None:
        return False
    told = [numbers[id(kept)] for kept, _venue in found if id(kept) in numbers]
    return bool(told) and ordinal not in told


def _next_one(parsed: Parsed, cue: Cue) -> bool:
    """"Следующий раунд", "наступна зустріч": a meeting after the one the text told of."""
    return parsed.is_(cue.first - 1, "talks", "next")


def _floated(parsed: Parsed, cue: Cue) -> bool:
    lo = max(0, cue.first - _FLOAT_REACH)
    hi = min(len(parsed.tokens), cue.last + 1 + _FLOAT_REACH)
    return any(parsed.is_(i, "talks", "floated", "offered") for i in range(lo, hi))


def _called_off(parsed: Parsed, published: dt.date | None) -> bool:
    """"Раунд перенесли на невизначений термін", "встреча отложена", "переговори не
    відбувалися": a talk put off with no new date, cancelled or told not held is not set
    (GUIDE: a record where a date or place is fixed)."""
    return bool(parsed.having("talks", "called_off")) and not _moved_to(parsed, published)


def _named_as_purpose(parsed: Parsed, cue: Cue) -> bool:
    """"для проведення переговорів", "разговоры о референдуме" are no talks held, nor is a
    summit named as the setting of one ("на полях саміту G20")."""
    purpose = next((i for i in (cue.first - 1, cue.first - 2) if parsed.is_(i, "talks", "purpose")),
                   None)
    return purpose is not None and not _agreed_on(parsed, purpose) \
        and not _told_of(parsed, purpose) \
        or parsed.ending_at(cue.first - 1, "talks", "sidelines") is not None


def _agreed_on(parsed: Parsed, purpose: int) -> bool:
    """"договорились о встрече", "домовилися про зустріч": a meeting the sides agreed to hold
    is set (GUIDE: a record where its place or date is fixed), not the topic of something."""
    return parsed.is_(purpose - 1, "exchanges", "agreed")


def _told_of(parsed: Parsed, purpose: int) -> bool:
    """"Кремль сообщил о телефонном разговоре …", "Офіс президента повідомив про зустріч …": a
    verb of telling before "о"/"про" reports a talk held, as newsrooms announce calls; it is
    no talk's topic."""
    k = purpose - 1
    return k >= 0 and parsed.is_(k, "speech", "say") and _is_verb(parsed, k)


def _is_verb(parsed: Parsed, i: int) -> bool:
    found = parses(parsed.tokens[i].text, parsed.language)[:1]
    return bool(found) and str(found[0].tag.POS) in ("VERB", "INFN")


def _place(parsed: Parsed, cue: Cue) -> Venue | None:
    """The most specific place named: a city before a country, the nearest to the talk word."""
    found = venues(parsed)
    if not found:
        return None
    return min(found, key=lambda pair: (pair[1].is_country, abs(pair[0] - cue.first)))[1]


def _add(found: list[tuple[Talks, Venue | None]], record: Talks, venue: Venue | None) -> None:
    """One record per talk: the same place (a city and its country are one place), or the
    same date where one names no place."""
    for index, (kept, kept_venue) in enumerate(found):
        if kept.kind != record.kind:
            continue
        if venue is not None and kept_venue is not None:
            same = venue.name == kept_venue.name or (
                venue.country == kept_venue.country
                and (venue.is_country or kept_venue.is_country))
        else:
            same = record.date is not None and kept.date == record.date
        if not same:
            continue
        if kept_venue is None or (kept_venue.is_country and venue and not venue.is_country):
            kept.place = record.place
            found[index] = (kept, venue)
        kept.date = kept.date or record.date
        kept.parties = kept.parties or record.parties
        kept.duration_hours = kept.duration_hours or record.duration_hours
        kept.evidence.extend(record.evidence)
        return
    found.append((record, venue))
