"""Dates in war-report prose, resolved against the publication date.

``find_dates(sentence, published, anchor)`` finds the phrases that date an event ("overnight",
"on Tuesday", "March 11", "on the night of 5-6 June", "two days later") and turns each into
a calendar date. Plain regular expressions (one scan of the sentence); nothing here raises.

Reference days: ``published`` is the day the report came out; ``anchor`` (optional) is the day
the surrounding narrative is about (the caller's choice, e.g. the date of the previous
sentence). Weekdays, "overnight", "today", "yesterday" and the like are written relative to
the day of publication and resolve against ``published``; only the explicitly relative phrases
("a day earlier", "one week later", "the previous night") use the anchor.

Decisions:

* ``overnight``, "last night", "during the night": the night that ended on the morning of
  ``published``, as the GUIDE dates a night by the morning it ended; "the previous night",
  "the night before": the night that ended on the anchor's morning (``published`` without an
  anchor). kind ``overnight``.
* "today", "tonight", "this morning/afternoon/evening", "earlier/later today": ``published``,
  kind ``today``. "yesterday" (also "yesterday morning", "last evening" is not read):
  ``published`` - 1, "the day before yesterday" ``published`` - 2, kind ``relative``.
* Weekdays ("on Tuesday", "Tuesday evening", "early on Saturday", "on Tuesday night"), kind
  ``weekday``: the most recent such day on or before ``published``. Resolved *forward*
  (the first such day on or after ``published``) when the weekday is preceded by "this
  coming"/"coming", or when its clause reads as future: "will", "would" (not "would have"),
  "shall", "is/are to", "scheduled", "due to", "set to", "expected to", "plan(s/ned) to",
  "going to", "to be held", "upcoming" before it in the same clause (back to the previous
  comma or full stop), or "will"/"is due to"/... right after it in the same clause ("talks on
  Sunday will ..."). "next Tuesday" is the first Tuesday strictly after ``published``,
  "last Tuesday" the last strictly before ``published``, "since Tuesday" always past.
* Absolute dates ("March 11", "11 March", "March 11, 2025", "Jan. 24", "Sept. 3", "the 11th
  of March", "2025-03-11"), kind ``absolute``. No year: the year of ``published``, or the year
  before when that would put the date more than 62 days after ``published`` (reports look
  back), or the year after when that puts it within 31 days after ``published`` ("on 9
  January", said on 22 December). A day range without "night" ("10-12 March", "from March 10
  to 12") is dated by its first day. A weekday next to a date ("Tuesday, March 18") gives one
  mention, the date's.
* Nights, kind ``night_of``: "the night of 10 to 11 March", "the night of 5-6 June",
  "overnight on March 11", "overnight into Sunday", "the night of Friday to Saturday",
  "Friday night into Saturday", "the night of March 31 to April 1": the later day (the
  morning the night ended). A single named day ("on the night of March 11", "the night of
  Tuesday", "overnight on Tuesday") is that day: reports name a night by its morning.
* Relative, kind ``relative``: "a day earlier", "the day before", "the previous day" (reference
  - 1), "the next day", "the following day", "a day later" (reference + 1), "the same day" (or
  morning, afternoon, evening),
  "N days/nights/weeks earlier/later" (reference = anchor if given, else ``published``);
  "N days/weeks ago", "a week ago", "last week" (``published`` - N, - 7). "the day before/after"
  only at the end of a clause ("the day before the talks" is left alone).
* Not dates, so never reported: "last month", "earlier this month/week", "this week",
  "in February 2022", durations ("three years", "30 days"), "Sundays".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ceasefire.read.numbers import _trie

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, init=False)
class DateMention:
    """One dating phrase of a sentence: offsets, the phrase, its date and how it was read."""

    start: int
    end: int
    text: str
    date: dt.date
    kind: str  # "overnight" | "night_of" | "weekday" | "absolute" | "relative" | "today"

    def __init__(self, start: int, end: int, text: str, date: dt.date, kind: str) -> None:
        # Same as the generated frozen __init__, without six object.__setattr__ calls.
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["text"] = text
        d["date"] = date
        d["kind"] = kind


_MONTH_NUMBER = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9, "Sep": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}
_WEEKDAY_NUMBER = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}
_COUNT = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}


def days_in(count: str, unit: str) -> int:
    """The days in a count of days, nights or weeks ("two", "weeks" -> 14; "a", "night" -> 1)."""
    n = int(count) if count.isdigit() else _COUNT[count.lower()]
    return n * (7 if unit.lower().startswith("week") else 1)


def _alt(words: list[str]) -> str:
    """Longest first, so that "Sept" wins over "Sep"."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _cap(words: list[str]) -> list[str]:
    """Each lowercase phrase as written and with a capital (sentence start)."""
    return [w2 for w in words for w2 in (w, w[0].upper() + w[1:])]


_MONTH = (
    "(?:" + _alt([k for k in _MONTH_NUMBER if len(k) > 4 or k in ("June", "July", "May")])
    + r"\b|" + _alt([k for k in _MONTH_NUMBER if len(k) <= 4 and k not in ("June", "July")])
    + r"\b\.?)"
)
_WEEKDAY = _alt(list(_WEEKDAY_NUMBER))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{}>(?:19|20)\d\d)\b)?"
_RANGE = r"\s*(?:-|–|—|to|and|into|through)\s*"
_COUNTS = _alt(_cap(list(_COUNT)) + [r"\d{1,2}"])
_SPACE = r"[ \t\u00a0]+"

# The places where a date phrase may start (cheap: one trie of first words), then the phrase read
# there with an anchored match. Offsets are in the sentence with a space put in front.
_STARTS = (
    list(_MONTH_NUMBER) + list(_WEEKDAY_NUMBER)
    + _cap([
        "overnight", "last night", "last week", "during the night", "the previous",
        "the night before", "the next day", "the following day", "the same day", "the same morning",
        "the same afternoon", "the same evening", "the day",
        "tonight", "today", "this morning", "this afternoon", "this evening", "earlier today",
        "later today", "yesterday",
    ])
    + [f"{c} {u}" for c in _cap(list(_COUNT)) for u in ("day", "night", "week")]
)
_CANDIDATE = re.compile(r"[\s(\[\"'“‘—](?:\d|" + _trie(_STARTS) + ")")
_MASTER = re.compile(
    r"(?:"
    # 2025-03-11
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w-])"
    # 5-6 June, 10 to 11 March 2025, 11 March, the 11th of March
    r"|(?P<dm>(?P<d1>" + _DAY + r")(?:" + _RANGE + r"(?P<d2>" + _DAY + r"))?\s+(?:of\s+)?"
    r"(?P<m1>" + _MONTH + r")" + _YEAR.format("y1") + r")"
    # March 11, March 10-11, March 11, 2025, Jan. 24 (not "May 3 and 6 a.m.")
    r"|(?P<md>(?P<m2>" + _MONTH + r")\s+(?P<d3>" + _DAY + r")(?:" + _RANGE
    + r"(?P<d4>" + _DAY + r")(?!\s*[ap]\.?m\b|[:.]\d))?(?![\d%]|:\d|\.\d|,\d)"
    + _YEAR.format("y2") + r")"
    # Tuesday, Tuesday evening
    r"|(?P<wd>" + _WEEKDAY + r"(?!s\b)(?:\s+(?:morning|afternoon|evening|night))?)\b"
    # overnight, last night, today, yesterday ...
    r"|(?P<deic>" + _alt(_cap([
        "overnight", r"last\s+night", r"during\s+the\s+night", r"the\s+previous\s+night",
        r"the\s+night\s+before(?=\s*[,.;:)]|\s*$)", "tonight", "today", r"this\s+morning",
        r"this\s+afternoon", r"this\s+evening", r"earlier\s+today", r"later\s+today",
        r"the\s+day\s+before\s+yesterday", r"yesterday(?:\s+(?:morning|afternoon|evening))?",
        r"last\s+week", r"the\s+previous\s+day", r"the\s+next\s+day", r"the\s+following\s+day",
        r"the\s+same\s+(?:day|morning|afternoon|evening)",
        r"the\s+day\s+(?:before|after)(?=\s*[,.;:)]|\s*$)",
    ])) + r")\b"
    # a day earlier, two days later, a week ago
    r"|(?P<rel>(?P<n>" + _COUNTS + r")\s+(?P<unit>day|days|night|nights|week|weeks)\s+"
    r"(?P<dir>earlier|later|ago|before(?=\s*[,.;:)]|\s*$)|after(?=\s*[,.;:)]|\s*$)))\b"
    r")"
)

_NIGHT_BEFORE = re.compile(
    r"(?:(?:[Nn]ight\s+(?:of|from|between|to|into))|(?:[Oo]vernight"
    r"(?:\s+(?:on|into|to|from|between|of))?))\s+(?:the\s+)?$"
)
_NIGHT_PREFIX = re.compile(r"(?:(?:[Oo]n|[Dd]uring|[Ii]n)\s+)?(?:[Tt]he\s+)?$")
_CHAIN = re.compile(r"(?:\s+night)?\s*(?:-|–|—|to|into|until|till)\s*(?:the\s+)?$")
_CHAIN_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?$")  # "the night between Friday and Saturday"
_WD_DATE_GAP = re.compile(r",?\s*\(?(?:the\s+)?$")
# A night told as a window of clock times: "from 22:00 Moscow time on May 2 to 06:00 on May
# 3", "between 6 p.m. on 3 May and 7 a.m. on 4 May": what follows the first day
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:\w+\s+)?time)?"
_WINDOW_TO_ANOTHER_DAY = re.compile(
    rf"\s*,?\s*(?:to|until|till|and|-|–)\s+{_CLOCK}\s*,?\s*(?:on\s+)?(?:the\s+)?(?=\w)")
# Future markers, searched in the lowercased clause (words joined by single spaces, padded).
_DETERMINER = r"(?:the|a|an|its|his|her|their|this|that|these|those) "
_FUTURE = re.compile(
    r" (?:will|shall|scheduled|upcoming|expected|planned|planning|plans|intends?|set to"
    r"|plan to|going to|to be held|would(?! have)|(?:is|are|was|were) (?:to"
    r"|due to(?! " + _DETERMINER + r")))(?= )|'ll "
)
_FUTURE_AFTER = re.compile(r" (?:will|(?:is|are) (?:due|scheduled|set|expected) to) ")
_LAST_BREAK = re.compile(r".*[.;:!?,(\n—]", re.DOTALL)  # up to the last clause break
_FIRST_BREAK = re.compile(r"[.;:!?,(\n—]")
_MAX_AHEAD = dt.timedelta(days=62)
_NEXT_YEAR_AHEAD = dt.timedelta(days=31)  # a date of the coming year told in late December


_NIGHT_LINKS = {"night": frozenset("of from between to into".split()),
                "overnight": frozenset("on into to from between of".split())}


def _night_before(sentence: str, start: int) -> bool:
    """Is the day at ``start`` named as a night ("the night of", "overnight on")?"""
    seg = sentence[max(0, start - 40):start]
    if "ight" not in seg:
        return False
    words = seg.lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    if words[-1] == "overnight":
        return True
    return len(words) >= 2 and words[-1] in _NIGHT_LINKS.get(words[-2], ())


def _year_for(month: int, day: int, published: dt.date) -> dt.date | None:
    try:
        d = dt.date(published.year, month, day)
        if d - published > _MAX_AHEAD:
            d = dt.date(published.year - 1, month, day)
        elif published - d > dt.timedelta(days=365) - _NEXT_YEAR_AHEAD:
            # "meet in Riyadh on 9 January", said on 22 December: the coming January
            d = dt.date(published.year + 1, month, day)
        return d
    except ValueError:
        return None


def _absolute(month_name: str, day: str, year: str | None, published: dt.date) -> dt.date | None:
    month = _MONTH_NUMBER[month_name.rstrip(".")]
    d = int(day.rstrip("stndrh"))
    if year:
        try:
            return dt.date(int(year), month, d)
        except ValueError:
            return None
    return _year_for(month, d, published)


def _weekday(sentence: str, start: int, end: int, wd: int, published: dt.date,
             past_ref: dt.date) -> dt.date:
    lo = max(0, start - 80)
    seg = sentence[lo:start].lower()
    cut = _LAST_BREAK.match(seg)  # back to the previous clause break
    words = (seg[cut.end():] if cut else seg).split()
    prev = words[-1] if words else ""
    if prev == "next":
        return published + dt.timedelta(days=(wd - published.weekday() - 1) % 7 + 1)
    if prev == "last" and (len(words) < 2 or words[-2] != "at"):
        return past_ref - dt.timedelta(days=(past_ref.weekday() - wd - 1) % 7 + 1)
    forward = prev == "coming"
    if not forward and prev != "since" and not (prev == "past" and words[-2:-1] == ["this"]):
        forward = _FUTURE.search(" " + " ".join(words) + " ") is not None
        if not forward:
            after = sentence[end:end + 45].lower()
            stop = _FIRST_BREAK.search(after)
            after = " " + " ".join((after[:stop.start()] if stop else after).split()) + " "
            forward = _FUTURE_AFTER.search(after) is not None
    if forward:
        return published + dt.timedelta(days=(wd - published.weekday()) % 7)
    return past_ref - dt.timedelta(days=(past_ref.weekday() - wd) % 7)


# "since the truce took effect on May 8": the day a period began, not the day of the news
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.\d]{0,50}$", re.IGNORECASE)


def starts_period(sentence: str, mention: DateMention) -> bool:
    """The mention dates the start of a period ("since May 8", "since the ceasefire took
    effect on Monday"), or of a window of clock times that ends on another day ("from 23:00 on
    July 19 to 07:00 on July 20": a night is dated by the morning it ended), not an event of the
    sentence."""
    return bool(_SINCE_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)) or \
        _WINDOW_TO_ANOTHER_DAY.match(sentence, mention.end) is not None


def find_dates(sentence: str, published: dt.date, anchor: dt.date | None = None
               ) -> list[DateMention]:
    """The dating phrases of ``sentence``, resolved (see the module docstring for the rules)."""
    if published is None or not sentence:
        return []
    try:
        return _find(sentence, published, anchor)
    except Exception:  # never raise on odd input: a phrase that does not resolve is no date
        return []


def _find(sentence: str, published: dt.date, anchor: dt.date | None) -> list[DateMention]:
    ref = anchor or published
    # Weekdays and "overnight" are written relative to the day of publication; only the
    # explicitly relative phrases ("a day earlier", "one week later") use the anchor.
    past_ref = published
    out: list[DateMention] = []
    # (end offset, weekday index or None, date) of the previous day-naming mention, for chains
    prev_end = -1
    prev_wd: int | None = None
    text = " " + sentence
    search = _CANDIDATE.search
    match = _MASTER.match
    pos = 0
    while True:
        c = search(text, pos)
        if c is None:
            return out
        m = match(text, c.start() + 1)
        if m is None:
            pos = c.start() + 1
            continue
        pos = m.end()
        start, end = m.start() - 1, m.end() - 1
        kind = m.lastgroup
        date: dt.date | None = None
        wd: int | None = None
        night = False
        if kind == "iso":
            try:
                date = dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
            except ValueError:
                continue
            kind = "absolute"
        elif kind in ("dm", "md"):
            if kind == "dm":
                first, second, month, year = m["d1"], m["d2"], m["m1"], m["y1"]
            else:
                first, second, month, year = m["d3"], m["d4"], m["m2"], m["y2"]
            night = _night_before(sentence, start)
            day = second if (second and night) else first
            date = _absolute(month, day, year, published)
            if date is None:
                continue
            kind = "absolute"
        elif kind == "wd":
            wd = _WEEKDAY_NUMBER[m["wd"].split()[0]]
            night = _night_before(sentence, start)
            date = _weekday(sentence, start, end, wd, published, past_ref)
            kind = "weekday"
        elif kind == "deic":
            phrase = " ".join(m["deic"].lower().split())
            if phrase in ("overnight", "last night", "during the night", "the previous night",
                          "the night before"):
                date, kind = past_ref, "overnight"
                if phrase in ("the previous night", "the night before"):
                    date = ref
            elif phrase in ("tonight", "today", "this morning", "this afternoon",
                            "this evening", "earlier today", "later today"):
                date, kind = published, "today"
            elif phrase.startswith("yesterday"):
                date, kind = published - dt.timedelta(days=1), "relative"
            elif phrase == "the day before yesterday":
                date, kind = published - dt.timedelta(days=2), "relative"
            elif phrase == "last week":
                date, kind = published - dt.timedelta(days=7), "relative"
            elif phrase in ("the previous day", "the day before"):
                date, kind = ref - dt.timedelta(days=1), "relative"
            elif phrase in ("the next day", "the following day", "the day after"):
                date, kind = ref + dt.timedelta(days=1), "relative"
            elif phrase.startswith("the same "):  # "the same day", "published the same evening"
                date, kind = ref, "relative"
            else:
                continue
        else:  # rel
            days = days_in(m["n"], m["unit"])
            direction = m["dir"]
            if direction == "ago":
                date = published - dt.timedelta(days=days)
            elif direction in ("earlier", "before"):
                date = ref - dt.timedelta(days=days)
            else:
                date = ref + dt.timedelta(days=days)
            kind = "relative"

        if wd is not None or kind == "absolute":
            # A weekday right before a date ("Tuesday, March 18"): one mention, the date's.
            if (kind == "absolute" and out and prev_wd is not None and prev_end >= 0
                    and out[-1].end == prev_end
                    and _WD_DATE_GAP.fullmatch(sentence, prev_end, start)):
                start = out.pop().start
            # The second day of a night ("the night of Friday to Saturday", "the night of
            # March 31 to April 1", "Friday night into Saturday"): the night ends on it.
            elif (out and out[-1].end == prev_end and out[-1].kind in ("night_of", "weekday")
                  and (_CHAIN.fullmatch(sentence, prev_end, start)
                       or ("between" in out[-1].text
                           and _CHAIN_BETWEEN.fullmatch(sentence, prev_end, start)))
                  and (out[-1].kind == "night_of"
                       or sentence[out[-1].start:prev_end].endswith("night")
                       or "night" in sentence[prev_end:start])):
                first = out.pop()
                if wd is not None and prev_wd is not None:
                    date = first.date + dt.timedelta(days=(wd - prev_wd - 1) % 7 + 1)
                start, night = first.start, True
            elif night:
                # Take in "the night of" / "overnight on" (and a mention of "overnight" there).
                if out and out[-1].kind == "overnight" and out[-1].end >= start - 12:
                    start = out.pop().start
                else:
                    nm = _NIGHT_BEFORE.search(sentence, max(0, start - 40), start)
                    if nm is not None:
                        start = nm.start()
                        pm = _NIGHT_PREFIX.search(sentence, max(0, start - 12), start)
                        if pm is not None:
                            start = pm.start()
            if night:
                kind = "night_of"
            prev_wd = wd
            prev_end = end
        else:
            prev_wd = None
            prev_end = -1
        out.append(DateMention(start, end, sentence[start:end], date, kind))
