"""Talks, when and how long: the day said of talks, a list of days, and their duration.

The day is the one said right at the talks ("met in Riyadh on Monday"), not another event's
the sentence brings in ("after the raid on Monday"); talks under way as the report is written
take its day; a round "over the previous three days" its first day. Talks in the plural on a
list of days ("the rounds on May 16 and June 2") are a meeting each, unless the days follow
one another (a round over two days is one meeting, GUIDE). Durations are in hours: "over 90
minutes" 1.5, "an hour and a half" 1.5, "a 45-minute call" 0.75.
"""
from __future__ import annotations

import datetime as dt
import re

from ceasefire.read.dates import DateMention
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.lexicon_match import CaseFolded, fast_regex
from ceasefire.read.numbers import find_numbers

_HOURS_AFTER = (
    r"[^.;]{0,25}?"
    r"(?:(?P<halfhour>half an hour)|(?P<n>[\w.]+)(?P<half>\s+and\s+a\s+half)?\s+"
    r"(?P<unit>hours?|minutes?)\b(?P<half_after>\s+and\s+a\s+half)?"
    r"(?:\s+and\s+(?P<m>\w+)\s+minutes?)?(?!\s+(?:into|later|earlier|ago)\b))|"
    r"\b(?P<adj>[\w]+)-(?P<adjunit>hour|minute)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|"
    r"conversation|talks|meeting|discussion|negotiations)")
HOURS = CaseFolded(r"\b(?:lasted|lasting|stretching|for|over|more than|about|nearly|beyond|"
                   r"total of|totall?ing|roughly|around|almost|some|ran to|ran for)\b"
                   + _HOURS_AFTER, re.IGNORECASE, needs=("hour", "minute"))
# "a twelve-hour session with the Americans", "their 90-minute call": the talks' length
_LONG = re.compile(r"\b(?P<adj>[\w]+)-(?P<adjunit>hour|minute)\s+(?:(?:tele)?phone\s+|video\s+)?"
                   r"(?:call|conversation|talks|meeting|discussion|negotiations|session)",
                   re.IGNORECASE)
# "Witkoff spent five hours with Putin": only where the time is spent with someone (not
# "residents spent three hours in shelters")
_HOURS_SPENT = re.compile(r"\bspen[dt]\b" + _HOURS_AFTER, re.IGNORECASE)
# "they spent eleven hours at the table", "spent six hours in talks": the talks' own length
_HOURS_AT_TABLE = re.compile(
    r"\bspen[dt]\b(?=[^.;]{0,40}?\b(?:hours?|minutes)\s+(?:at\s+the\s+(?:negotiating\s+)?"
    r"table|in\s+(?:talks|negotiations|session)|negotiating|talking)\b)" + _HOURS_AFTER,
    re.IGNORECASE)


def tells_hours(text: str) -> bool:
    """Whether the text says how long something lasted ("lasted two hours", "spent eleven
    hours at the table")."""
    return HOURS.search(text) is not None or _HOURS_AT_TABLE.search(text) is not None


# talks in the plural, and what may lie between them and a list of their days
_PLURAL_TALKS = re.compile(r"rounds|(?:peace\s+)?talks|meetings|negotiations", re.IGNORECASE)
_UP_TO_DATE = re.compile(r"\s+(?:there\s+|in\s+[A-Z][\w-]+\s+)?(?:on|of)\s+")
_DATE_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+(?:on\s+)?")
# talks going on as the report is written: dated by the report's day
# or just held, told in the present perfect: "has arrived at the Kremlin for talks", "says he
# has spoken by phone with Erdogan", "the meeting is over"
_UNDER_WAY = fast_regex(r"\b(?:(?:has|have) (?:begun|started|opened|got under way|arrived|"
                        r"(?:just )?(?:spoken|ended|finished|concluded))|(?:is|are) (?:now )?over|"
                        r"(?:is|are) (?:under ?way|taking place|being held))\b", re.IGNORECASE)
# words that bring another event between the talks and a date: "met ... after the raid on
# Monday", "a call ... two days before the strike"
EVENT_BREAK = re.compile(r"\b(?:after|before|following|since|ahead of|when|while|but|ago)\b|"
                          r"[;()]|\s-\s", re.IGNORECASE)
# a round over several days, told on its last: "wrapped up two days of talks on Wednesday"
_DAYS_ENDED = re.compile(r"\b(?:wrapped up|concluded|ended|completed|closed|finished)\s+"
                         r"(?:\w+\s+)?(?P<n>two|three|four|five|\d)\s+days\s+of\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the same, its days told first: "Two days of consultations … wrapped up in Geneva on Wednesday"
_DAYS_OF = re.compile(r"\b(?P<n>two|three|four|five|\d)\s+days\s+of\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)
_ENDED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:wrapped up|concluded|ended|closed|finished)\b",
                          re.IGNORECASE)
_AND_SAID = re.compile(r"\band\s+(?:[\w']+\s+){0,3}?(?:said|says|announced|told|confirmed|"
                       r"added)\b", re.IGNORECASE)
# the day of some hours of talks, and more hours on the next day of a list
_ON_DAY = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"the (?:first|second|third|next|following) day)\b")
_MORE_HOURS = re.compile(r"\s*(?:,|,?\s+and)\s+(?:another\s+)?(?P<n>[\w.]+)(?P<half>\s+and\s+a\s+"
                         r"half)?(?:\s+(?:more\s+)?hours?|\s+more)?(?=\s+on\s)", re.IGNORECASE)
# talks moved to another day: "has been moved to November 17", "was postponed until Friday",
# "rescheduled for next Tuesday": the new day is the meeting's (the one it was set for is not)
_MOVED_TO = re.compile(r"\b(?:moved|postponed|rescheduled|pushed\s+back|put\s+back|put\s+off|"
                       r"brought\s+forward|delayed|shifted)\s+(?:again\s+)?(?:to|until|till|for)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
# a round over the days before the report: "over the previous three days"
_DAYS_BACK = fast_regex(r"\b(?:over|during|in) the (?:previous|past|last) (?P<n>\w+) days\b",
                        re.IGNORECASE)


def listed_dates(f: SentenceFacts, text: str, mention: re.Match[str]) -> list[dt.date]:
    """ "the rounds on May 16 and June 2", "talks in Istanbul on Monday and on Friday": talks
    in the plural with a list of days, each a meeting of its own."""
    if not _PLURAL_TALKS.fullmatch(mention.group()):
        return []
    dates = [d for d in f.dates if d.start >= mention.end()]
    if not dates or not _UP_TO_DATE.fullmatch(text, mention.end(), dates[0].start):
        return []
    listed = [dates[0]]
    for d in dates[1:]:
        if not _DATE_JOIN.fullmatch(text, listed[-1].end, d.start):
            break
        listed.append(d)
    # "on Tuesday and Wednesday": a round over two days, one meeting (GUIDE)
    days = sorted(d.date for d in listed)
    if all((b - a).days <= 1 for a, b in zip(days, days[1:], strict=False)):
        return []
    return [d.date for d in listed]


def said_date(f: SentenceFacts, text: str, mention: re.Match[str],
              previous_end: int | None = None) -> dt.date | None:
    """The date said of the talks ("met in Riyadh on Monday"), not one of another event the
    sentence brings in ("after a quarrel two weeks ago"). Talks under way as the report is
    written are dated by its day; "wrapped up two days of talks on Wednesday" by the first
    of the days (GUIDE: a round over several days is dated by its first). A day between the
    talks told before in the sentence (ending at ``previous_end``) and these is theirs, where
    these have a day of their own after them ("a call … on Sunday and a meeting … in Odesa
    on Monday")."""
    moved = [d for d in f.dates if d.start > mention.end()
             and _MOVED_TO.search(text, max(0, d.start - 40), d.start)]
    if moved:
        return moved[-1].date
    said = [d for d in f.dates if not EVENT_BREAK.search(
        text[min(d.end, mention.end()):max(d.start, mention.start())])
        and not _statement_day(text, mention, d)]
    if previous_end is not None and any(d.start >= mention.end() for d in said):
        said = [d for d in said if not previous_end <= d.start < mention.start()]
    if said:
        nearest = min(said, key=lambda d: abs(d.start - mention.start()))
        ended = _DAYS_ENDED.search(text, max(0, mention.start() - 60), mention.start()) or (
            _DAYS_OF.search(text, max(0, mention.start() - 40), mention.start())
            if _ended_after(text, mention.end()) else None)
        span = _number(ended["n"]) if ended and nearest.start > mention.start() else None
        return nearest.date - dt.timedelta(days=int(span) - 1) if span else nearest.date
    days = _DAYS_BACK.search(text, mention.end(), mention.end() + 60)
    if days and f.date is not None and _number(days["n"]):
        # "over the previous three days": a round dated by its first day
        return f.date - dt.timedelta(days=int(_number(days["n"]) or 0))
    return f.date if _UNDER_WAY.search(text) else None


def _statement_day(text: str, mention: re.Match[str], date: DateMention) -> bool:
    """ "held separate calls this week, and his office said on Thursday …": the day of a
    statement in a clause of its own after the talks, not the talks' day."""
    return date.start > mention.end() and \
        _AND_SAID.search(text, mention.end(), date.start) is not None


def statement_days_only(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """Whether the sentence's only days are those of statements after the talks."""
    return bool(f.dates) and all(_statement_day(text, mention, d) for d in f.dates)


def _ended_after(text: str, pos: int) -> bool:
    """Whether the talks' own verb of ending follows them, no other event between."""
    m = _ENDED_AFTER.match(text, pos)
    return m is not None and EVENT_BREAK.search(text, pos, m.end()) is None


def hours_said(text: str, spent: bool = False) -> float | None:
    """The hours the talks lasted; with ``spent``, also the hours someone spent with another
    ("spent more than five hours with Putin")."""
    m = HOURS.search(text) or (_HOURS_SPENT.search(text) if spent else None) or \
        _HOURS_AT_TABLE.search(text)
    long = _LONG.search(text) if m is None else None
    if long is not None:
        value = _number(long["adj"])
        return None if value is None else round(value / (60 if long["adjunit"] == "minute"
                                                          else 1), 2)
    if not m:
        return None
    if m.group("halfhour"):
        return 0.5
    if m.group("adj"):
        value, unit = _number(m.group("adj")), m.group("adjunit")
        minutes = None
    else:
        value, unit, minutes = _number(m.group("n")), m.group("unit"), m.group("m")
    if value is None:
        return None
    if not m.group("adj") and (m.group("half") or m.group("half_after")):
        value += 0.5  # "two and a half hours", "an hour and a half"
    hours = value / 60 if unit.lower().startswith("minute") else value
    if minutes:
        hours += (_number(minutes) or 0) / 60
    if unit.lower().startswith("hour"):
        hours += _hours_on_later_days(text, m.end())
    return round(hours, 2)


def _hours_on_later_days(text: str, pos: int) -> float:
    """ "for five hours on Saturday, four on Sunday and three and a half on Monday": the hours
    of the round's other days, told in a list after the first day's (GUIDE: the total)."""
    total = 0.0
    day = _ON_DAY.match(text, pos)
    while day is not None:
        more = _MORE_HOURS.match(text, day.end())
        value = _number(more["n"]) if more else None
        if more is None or value is None:
            break
        total += value + (0.5 if more["half"] else 0)
        day = _ON_DAY.match(text, more.end())
    return total


def _number(word: str) -> float | None:
    if word.lower() in ("an", "a", "one"):
        return 1.0
    found = find_numbers(word)
    return found[0].value if found else None
