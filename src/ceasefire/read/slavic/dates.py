"""Dates in Ukrainian and Russian reports, resolved against the publication date.

"21 вересня", "10 травня 2025 року", "у ніч на 21 вересня" / "в ночь на 21 сентября" (the night
is dated by the morning it ends, as in English), "з 20 на 21 вересня", "23.01.2024", "вчора",
"у суботу". Month names and relative days are data (``lexicon/<language>/months.tsv``,
``days.tsv``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ceasefire.read.slavic.lexicon import lookup, word_map
from ceasefire.read.slavic.words import Language, normal_forms, plain

# "21 вересня", "з 20 на 21 вересня" (the later day), "10 травня 2025 року"
_DAY_MONTH = re.compile(
    r"\b(?:(?P<first>\d{1,2})\s*(?:-|–|—|на|по|до)\s*)?(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)"
    r"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?")
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:20)?\d\d)\b")
_WORD = re.compile(r"(?:(?P<prep>\b[ВвУуВо]{1,2})\s+)?(?P<word>\b[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)")
# how far after publication a date without a year may lie (a report of "tomorrow's" talks)
_AHEAD = dt.timedelta(days=31)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    explicit: bool  # named by day and month (not "yesterday", "on Saturday")


def find_dates(text: str, language: Language, published: dt.date | None) -> list[DateMention]:
    """Every date ``text`` names, in order; relative ones only when ``published`` is known."""
    found = [*_calendar_dates(text, language, published), *_relative_dates(text, language,
                                                                            published)]
    return sorted(found, key=lambda d: d.start)


def sentence_date(text: str, language: Language, published: dt.date | None) -> dt.date | None:
    """The date a sentence talks about: its first day-and-month date, else its first relative
    day, else ``None``."""
    dates = find_dates(text, language, published)
    explicit = [d for d in dates if d.explicit]
    if len(explicit) >= 2 and _SPAN_FROM.search(text, max(0, explicit[0].start - 30),
                                                explicit[0].start) and \
            _SPAN_TO.search(text, explicit[0].end, explicit[1].start):
        return explicit[1].date  # "с 23:00 8 сентября до 07:00 9 сентября": the night's morning
    return (explicit or dates)[0].date if dates else None


_SPAN_FROM = re.compile(r"\b(?:с|со|з|із|від)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_SPAN_TO = re.compile(r"\b(?:до|по)\b", re.IGNORECASE)


def _calendar_dates(text: str, language: Language, published: dt.date | None):
    months = word_map(language, "months")
    for m in _DAY_MONTH.finditer(text):
        month = lookup(normal_forms(m.group("month"), language), months)
        if month is None:
            continue
        day = _date(m.group("year"), int(month), int(m.group("day")), published)
        if day:
            yield DateMention(m.start(), m.end(), day, True)
    for m in _NUMERIC.finditer(text):
        year = m.group("year")
        day = _date(year if len(year) == 4 else "20" + year, int(m.group("month")),
                    int(m.group("day")), published)
        if day:
            yield DateMention(m.start(), m.end(), day, True)


def _relative_dates(text: str, language: Language, published: dt.date | None):
    if published is None:
        return
    days = word_map(language, "days")
    nights = list(_nights_to_weekdays(text, language, published))
    nights += list(_last_weekdays(text, language, published))
    yield from nights
    for m in _WORD.finditer(text):
        if any(n.start <= m.start("word") < n.end for n in nights):
            continue
        value = days.get(plain(m.group("word")))  # a weekday as written: "у суботу"
        if value is None:
            value = lookup(normal_forms(m.group("word"), language), days)
            if value is None or value.startswith("w"):  # "в среде" is no Wednesday
                continue
        if value.startswith("w"):
            if not m.group("prep"):
                continue
            yield DateMention(m.start("word"), m.end(), _latest(value, published), False)
        else:
            yield DateMention(m.start("word"), m.end(),
                              published + dt.timedelta(days=int(value)), False)


def _nights_to_weekdays(text: str, language: Language, published: dt.date):
    """ "у ніч на понеділок", "у ніч проти понеділка", "в ночь с воскресенья на понедельник":
    the night is dated by the weekday whose morning ends it (the latest on or before
    publication), not by the word "night" (today)."""
    days = word_map(language, "days")
    for m in _NIGHT_TO.finditer(text):
        value = days.get(plain(m.group("word"))) or lookup(normal_forms(m.group("word"),
                                                                        language), days)
        if value is not None and value.startswith("w"):
            yield DateMention(m.start(), m.end(), _latest(value, published), False)


def _last_weekdays(text: str, language: Language, published: dt.date):
    """ "минулої суботи", "в прошлую пятницу": the weekday of the week before, the latest such
    day before publication (a week back where the report is of that weekday)."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _LAST_STEMS):  # a word lookup before the regex
        return
    for m in _LAST.finditer(text):
        weekday = _weekday(m.group("word"), language)
        if weekday is not None:
            day = _latest(weekday, published - dt.timedelta(days=1))
            yield DateMention(m.start(), m.end(), day, False)


# "минулої суботи", "минулого понеділка", "в прошлую пятницу", "прошлым вторником"
_LAST_STEMS = ("минул", "попередн", "прошл", "минувш")
_LAST = re.compile(r"\b(?:минул|попередн|прошл|минувш)[^\W\d_]*\s+"
                   r"(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)", re.IGNORECASE)


def _weekday(word: str, language: Language) -> str | None:
    """ "суботи", "пятницу", "понеділка": the weekday ("w1" … "w7") in any case."""
    forms = set(normal_forms(word, language))
    return next((value for written, value in word_map(language, "days").items()
                 if value.startswith("w") and
                 not forms.isdisjoint(normal_forms(written, language))), None)


def _latest(weekday: str, published: dt.date) -> dt.date:
    """The weekday ("w1" Monday … "w7" Sunday) on or before publication."""
    return published - dt.timedelta(days=(published.isoweekday() - int(weekday[1:])) % 7)


_NIGHT_TO = re.compile(r"\b(?:ніч|ночь|ночі|ночи)\s+(?:(?:з|із|с|со)\s+[^\W\d_]+\s+)?"
                       r"(?:на|проти)\s+(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)", re.IGNORECASE)


def _date(year: str | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The date of ``day`` ``month`` (and ``year`` if given); without a year, the year that puts
    it nearest before publication (or at most a month after it)."""
    try:
        if year:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        guess = dt.date(published.year, month, day)
        if guess > published + _AHEAD:
            guess = dt.date(published.year - 1, month, day)
        return guess
    except ValueError:  # "31 лютого", a score "2 березня" that is no date
        return None
