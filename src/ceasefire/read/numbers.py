"""Counts in war-report prose: "nearly 70 drones", "more than a dozen", "all devices".

``find_numbers`` returns every number in a text that could be a *count* of something, with the
words that qualify it. It does not decide what is counted: the caller looks at the noun that
follows. One pass: a small precompiled regex finds where numbers start, an anchored one reads
each there, and the context checks are string look-ups around it (about 10 µs for a 40-word
sentence, plus a few µs per number).

Decisions (see also ``corpus/GUIDE.md``):

* Digits ("57", "1,212", "13.2", "5000"), digits with a scale ("1.5 million") and word numbers
  ("two", "seventy-five", "three hundred and fifty", "one thousand", "a hundred") are numbers.
  "a dozen" is 12 and "half a dozen" 6, both ``approx`` unless a qualifier says otherwise
  ("more than a dozen" is 12 ``at_least``); "two dozen" is 24 ``approx``.
* Not counts, so never reported: "a"/"an" on their own, "dozens/hundreds/thousands/scores of",
  a bare "hundred" ("several hundred"), ordinals ("second", "80th", "third-largest"), years
  (1900-2100 after "in", "of", "since", "by", "the", ..., a month or a day of month, or before a
  month or "year"), times ("11:00", "10 pm", "0800 GMT"), percentages ("40%", "40 percent"),
  money ("$5 billion", "5 million euros"), numbers glued to letters ("Kh-101", "S-300",
  "Su-34", "300km", "4.6bn"), days of month ("March 11", "11 March", "Jan. 24",
  "5-6 June", "the night of 10 to 11 March"), fractions ("two-thirds", "1/3"), "one of",
  "no one", "one another", "one-for-one", "one-on-one", "one by one".
* Hyphenated adjectives are kept with the number only ("30-day ceasefire" gives 30, span
  "30"); the caller can look at the character after ``end``.
* Qualifiers before the number: ``approx`` (about, around, roughly, nearly, almost, some,
  approximately, an estimated, close to, circa), ``at_least`` (at least, more than, over,
  above, upwards of, in excess of, no fewer/less than, a minimum of, just/well over),
  ``at_most`` (up to, fewer than, less than, under, below, no/not more than, at most,
  a maximum of, maximum of, as many as). "as many as" is ``at_most``: it states the largest
  figure the source puts forward, as "up to" does. After the number: "or more" ``at_least``,
  "or so" ``approx``, "or fewer"/"or less" ``at_most``, "+" ``at_least``.
* Ranges ("10 to 15", "10-15", "10–15", "between 10 and 15", "two or three") give
  ``value`` = the low end, ``high`` = the high end, and qualifier ``at_least`` (the low end is
  what the source vouches for) unless a qualifier word before it says otherwise ("about 10 to
  15" is ``approx``). A "range" whose high end is not larger than its low end is read as two
  numbers.
* "all"/"every" give a mention with ``value`` None and qualifier ``all`` spanning just the word,
  unless it is not about a set of things: "at all", "after all", "above all", "all but",
  "all over", "all along", "all-out", "every day/week/time/...", or "not/almost/nearly all".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NumberMention", "find_numbers", "parse_number"]


@dataclass(frozen=True, init=False)
class NumberMention:
    """One number in a text: offsets of the whole expression and of the number itself."""

    start: int
    end: int
    value: float | None
    qualifier: str  # "exact" | "approx" | "at_least" | "at_most" | "all"
    number_start: int
    high: float | None = None

    def __init__(self, start: int, end: int, value: float | None, qualifier: str,
                 number_start: int, high: float | None = None) -> None:
        # The generated frozen __init__ goes through object.__setattr__ six times, which is
        # a quarter of find_numbers' time; filling __dict__ directly is the same, faster.
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["value"] = value
        d["qualifier"] = qualifier
        d["number_start"] = number_start
        d["high"] = high


# --------------------------------------------------------------------------------------------
# Word numbers

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SMALL = {**_UNITS, **_TEENS, **_TENS}

_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SPLIT_RE = re.compile(r"[\s\-–]+")


MAX_VALUE = 1e15  # above any count a report gives; "9" * 400 would be float("inf")


def parse_number(words: str) -> float | None:
    """The value of a number written in digits or words, or None if it is not a plain number.

    "three hundred" -> 300, "1,212" -> 1212, "a dozen" -> 12, "half a dozen" -> 6,
    "4.6" -> 4.6, "1.5 million" -> 1500000, "seventy-five" -> 75, "two-thirds" -> None.
    A value over MAX_VALUE (a run of digits, not a count) is None too.
    """
    value = _parse(words)
    return value if value is None or value <= MAX_VALUE else None


def _parse(words: str) -> float | None:
    if words[:1].isdigit() and _DIGITS_RE.fullmatch(words):
        return float(words.replace(",", ""))
    tokens = [t for t in _SPLIT_RE.split(words.strip().lower()) if t]
    if not tokens:
        return None
    total = 0.0
    current: float | None = None
    last = ""  # kind of the previous token: "", "num", "tens", "unit", "scale", "a", "half"
    for tok in tokens:
        if tok == "and":
            if last != "scale":
                return None
            continue
        if _DIGITS_RE.fullmatch(tok):
            if last not in ("", "half"):
                return None
            current = float(tok.replace(",", ""))
            last = "num"
        elif tok in _SMALL:
            v = _SMALL[tok]
            if last in ("", "scale"):
                current = (current or 0.0) + v
            elif last == "tens" and v < 10:
                current = (current or 0.0) + v
            else:
                return None
            last = "tens" if tok in _TENS else "unit"
        elif tok == "a" or tok == "an":
            if last not in ("", "half"):
                return None
            current = (current if last == "half" else 1.0)
            last = "a"
        elif tok == "half":
            if last != "":
                return None
            current = 0.5
            last = "half"
        elif tok == "pair":  # "a pair of guided missiles": two
            if last != "a":
                return None
            current = 2.0
            last = "unit"
        elif tok == "dozen":
            if last not in ("a", "unit", "tens", "num"):
                return None
            current = (current or 1.0) * 12
            last = "scale"
        elif tok in _SCALES:
            if current is None:  # a bare "hundred" / "thousand" is not a number
                return None
            if tok == "hundred":
                current *= 100
            else:
                total += current * _SCALES[tok]
                current = None
            last = "scale"
        else:
            return None
    if last in ("a", "half"):
        return None
    value = total + (current or 0.0)
    if value == 0 and not any(_DIGITS_RE.fullmatch(t) for t in tokens):
        return None
    return value


# --------------------------------------------------------------------------------------------
# The scanner
#
# Two steps, both cheap: a small regex finds the few places where a number (or "all"/"every")
# starts; an anchored regex reads the number (and a range or "or more" after it) there; the
# qualifier and the context checks look at the neighbouring words with plain string operations.
# Everything runs on the lowercased text (a case-sensitive ``re`` is much faster than
# IGNORECASE); month names are checked in the original text, since "May" must be capitalised.


def _trie(words: list[str]) -> str:
    """One regex for a set of lowercase literals, factored by prefix so that ``re`` tries only
    the branch whose first letter matches (a flat alternation is several times slower)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            lit = r"\s+" if ch == " " else re.escape(ch)
            branches.append(lit + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if optional else body

    return "(?:" + emit(tree) + ")"


_UNITS_RE = _trie(list(_UNITS))
_SMALL_RE = (
    r"(?:" + _trie(list(_TENS)) + r"(?:[-\s]" + _UNITS_RE + r"\b)?"
    r"|" + _trie(list(_TEENS) + list(_UNITS)) + r")\b"
)
_SCALE_RE = _trie(list(_SCALES)) + r"\b"
_SCALES_TAIL = (
    r"(?:[\s-]+" + _SCALE_RE + r"(?:[\s-]+(?:and\s+)?" + _SMALL_RE + r")?)*"
)
_WORDNUM = (
    r"(?:half\s+a\s+(?:dozen\b|" + _SCALE_RE + _SCALES_TAIL + r")"
    r"|a\s+pair\b(?=\s+of\s)"
    r"|a\s+(?:dozen\b|" + _SCALE_RE + r"(?:[\s-]+(?:and\s+)?" + _SMALL_RE + r")?"
    + _SCALES_TAIL + r")"
    r"|" + _SMALL_RE + r"(?:\s+dozen\b|" + _SCALES_TAIL + r"))"
)
_DIGNUM = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\w%]|[.,:/]\d)"
    r"(?:\s+" + _SCALE_RE + r")?"
)
_NUM = r"(?:" + _DIGNUM + r"|" + _WORDNUM + r")"

# Where something starts: a digit or a number word right after a space, bracket, quote or dash.
_DELIMS = "\\s(\\[\"'“‘—–-"
_CANDIDATE = re.compile(
    r"[" + _DELIMS + r"](?:\d|" + _trie(
        list(_SMALL) + ["all", "every", "half a", "a dozen", "a pair"] + ["a " + k for k in _SCALES]
    ) + r"\b)"
)
# The number read at a candidate, with an optional range and trailing qualifier.
_DETAIL = re.compile(
    r"(?P<num>" + _NUM + r")"
    r"(?:(?:\s*[-–—]\s*|\s+(?P<conn>to|or|and)\s+)"
    r"(?<![\w$€£¥₴₽])(?P<hi>" + _NUM + r"))?"
    r"(?P<post>\s+or\s+(?:more|so|fewer|less)\b|\+)?"
)

_QUALIFIERS: dict[str, str] = {}
for _words, _q in [
    ("about around roughly nearly near almost some approximately circa", "approx"),
    ("approx. approx an_estimated estimated close_to", "approx"),
    ("at_least more_than over above upwards_of in_excess_of no_fewer_than", "at_least"),
    ("no_less_than", "at_least"),
    ("not_fewer_than not_less_than a_minimum_of just_over well_over just_above", "at_least"),
    ("up_to fewer_than less_than under below no_more_than not_more_than at_most", "at_most"),
    ("a_maximum_of maximum_of as_many_as just_under", "at_most"),
]:
    for _w in _words.split():
        _QUALIFIERS[_w.replace("_", " ")] = _q

_QUAL_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _k in sorted(_QUALIFIERS, key=len, reverse=True):
    _QUAL_BY_LAST.setdefault(_k.split()[-1], []).append((_k, _QUALIFIERS[_k]))
_POST_QUAL = {"more": "at_least", "so": "approx", "fewer": "at_most", "less": "at_most",
              "+": "at_least"}

_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
)
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
# After a number: a time, a percentage, money, a fraction or an age (lowercased text).
_AFTER_BAD = re.compile(
    r"\s*(?:%|(?:percent|per\s+cent|pct|percentage\s+points?)\b"
    r"|(?:[ap]\.m\.|[ap]m\b|o'clock|gmt\b|utc\b|cet\b|eet\b|eest\b|hrs\b|hours\s+gmt)"
    # the first hour of a span of time: "between 2 and 4 a.m.", "from 1 to 3am"
    r"|(?:and|to|till|until|[-–—])\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)"
    r"|(?:dollars?|euros?|roubles?|rubles?|hryvnias?|hryvnia|pounds\s+sterling|usd|eur|uah)\b)"
    r"|:\d|/\d|[-\s]years?[-\s]old\b|\s+(?:quarters|thirds|fifths)\b"
    r"|-(?:thirds?|quarters?|halves|half|fifths?|tenths?|for-one|on-one|of-a-kind)\b"
)
_CLOCK_DOT = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_TIME_BEFORE = re.compile(r"\b(?:as of|from|at|till|until|since|by|after|before|to)\s+$")
_AFTER_MONTH = re.compile(r"\s+(?:of\s+)?" + _MONTH + r"\b")  # original text: not "may"
_YEAR_AFTER = re.compile(r"(?:[-–—/]\d|'s\b|\s+years?\b)")
# "one of" is no count ("one of the largest"), except a part of what was counted before
# ("air defence brought one of them down")
_ONE_AFTER = re.compile(r"(?:\s+of\b(?!\s+(?:them|these|those|which)\b)|\s+another\b|"
                        r"\s+by\s+one\b|-(?:for|on|to)-one\b)")
_ALL_AFTER = re.compile(
    r"(?:\s*(?:[.,;:!?)\]\"”]|$)|-|\s+(?:but|over|along|around|the\s+same|right|too|in\s+all"
    r"|day|days|week|weeks|month|months|year|years|time|times|night|nights|morning|evening"
    r"|hour|hours|minute|minutes|other|now|then|else|sorts|kinds)\b)"
)
_ALL_BEFORE = frozenset("not almost nearly at after above in".split())  # "119 in all"
_ONE_BEFORE = frozenset("no any some every by".split())
_YEAR_BEFORE = frozenset(
    "in of since by until till from to through throughout during within early late mid before "
    "after the year "
    "summer spring autumn fall winter and or".split()
)
_RANGE_WORDS = frozenset("- – — to and or through until till".split())
_SCALE_WORD = re.compile(r"\b(hundred|thousand|million|billion)$")


_PARSED: dict[str, float | None] = {}


def _parse_cached(raw: str) -> float | None:
    value = _PARSED.get(raw, -1.0)
    if value == -1.0:
        if len(_PARSED) > 50_000:
            _PARSED.clear()
        value = _PARSED[raw] = parse_number(raw)
    return value


def _scaled_low(low: float, low_raw: str, high_raw: str) -> float:
    """"1.5-2 million": the low end takes the scale word of the high end."""
    m = _SCALE_WORD.search(high_raw)
    if m and not _SCALE_WORD.search(low_raw):
        return low * _SCALES[m.group(1)]
    return low


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100


def _is_day(raw: str) -> bool:
    return raw.isdigit() and len(raw) <= 2 and 1 <= int(raw) <= 31


def _words_before(text: str, p: int) -> list[str]:
    """Up to the four words before offset ``p`` (punctuation kept on them, "." stripped)."""
    seg = text[max(0, p - 40):p]
    words = seg.split()
    if p - 40 > 0 and words and not seg[0].isspace():
        words = words[1:]  # a cut word
    return [w.rstrip(".") or w for w in words[-4:]]


def _month_before(before: list[str]) -> bool:
    """"March 11", "Jan. 24", "March 10 and 11", "March 10-": the number is a day of month."""
    if not before:
        return False
    if before[-1] in _MONTHS:
        return True
    last = before[-1]
    if last in _RANGE_WORDS and len(before) >= 3:
        return before[-2].isdigit() and before[-3] in _MONTHS
    if last[-1:] in "-–" and len(before) >= 2:
        return last[:-1].isdigit() and before[-2] in _MONTHS
    return False


def _year_context(text: str, before: list[str], e: int) -> bool:
    """Is the 4-digit number that ends at ``e`` (with these words before it) a year?"""
    if before:
        last = before[-1]
        if last.lower() in _YEAR_BEFORE or last in _MONTHS or last[-1:] in "-–—(/":
            return True
        if last.endswith(","):  # "March 11, 2025", "11 March, 2025"
            core = last[:-1]
            if core in _MONTHS or (len(before) >= 2 and (
                    (core.isdigit() and before[-2] in _MONTHS)
                    or (core in _MONTHS and before[-2].isdigit()))):
                return True
        if last.isdigit() and len(before) >= 2 and before[-2] in _MONTHS:
            return True  # "March 11 2025"
    return bool(_YEAR_AFTER.match(text, e) or _AFTER_MONTH.match(text, e))


def _qualifier(low: str, p: int) -> tuple[str, int] | None:
    """The qualifier words that end right before ``p`` ("more than "), and where they start."""
    j = low.rfind(" ", max(0, p - 16), p - 1)
    phrases = _QUAL_BY_LAST.get(low[j + 1:p - 1].lstrip("\"“‘«'("))  # '"about 15" drones'
    if phrases is None:  # the word before is the last word of no qualifier
        return None
    for phrase, q in phrases:  # longest first: "no more than" before "more than"
        s = p - 1 - len(phrase)
        if s >= 0 and low.startswith(phrase, s) and not low[s - 1].isalnum():
            return q, s
    return None


def _number_ok(text: str, low: str, s: int, e: int, raw: str, qualified: bool,
               high: bool = False) -> bool:
    """Context checks for one number (not a whole range) at ``text[s:e]``."""
    if not high and s >= 2 and text[s - 1] in "-–" and text[s - 2].isalnum():
        return False  # "Kh-101", "mid-2025", the second half of "2025-03-11"
    if raw[0].isdigit():
        if _is_day(raw) and (_AFTER_MONTH.match(text, e)
                             or _month_before(_words_before(text, s))):
            return False
        if not qualified and _is_year(raw) and _year_context(text, _words_before(text, s), e):
            return False
    elif raw == "one":
        if _ONE_AFTER.match(low, e):
            return False
        before = _words_before(low, s)
        if before and before[-1] in _ONE_BEFORE:
            return False
    if _CLOCK_DOT.fullmatch(raw) and (raw[0] == "0" or _TIME_BEFORE.search(low, max(0, s - 12), s)):
        return False  # "(from 01.00)", "as of 09.00": a time written with a dot
    if _RATIO_AFTER.match(low, e) or _ratio_before(_words_before(low, s)):
        return False  # "seven in ten missiles", "one in every five": a ratio, no count
    return not _AFTER_BAD.match(low, e)


# A ratio: a number "in" (or "in every", "out of every") another ("seven in ten drones were
# downed"); "three of the four" and "45 out of 50" are counts, "in 2024" a year.
_RATIO_AFTER = re.compile(r"\s+(?:in|out\s+of\s+every)\s+(?:every\s+)?(?:\d{1,3}|one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|hundred)\b"
                          r"(?![-\w])")


def _ratio_before(before: list[str]) -> bool:
    """The second number of a ratio: "in", "in every", "out of every" after a number."""
    if before[-2:] == ["in", "every"] or before[-3:] == ["out", "of", "every"]:
        before = before[:-2] if before[-2] == "in" else before[:-3]
    elif before[-1:] == ["in"]:
        before = before[:-1]
    else:
        return False
    return bool(before) and _parse_cached(before[-1]) is not None


# "one" that with "every" or "each" before it is the whole set: "every one of them", "every one
# was downed" (not "every one hundred", "each one-way drone")
_ONE_AFTER_EVERY = re.compile(r" one(?= of |,? (?:was|were|had|has|is)\b)")


def find_numbers(text: str) -> list[NumberMention]:
    """Every count-like number in ``text``, in order (see the module docstring for the rules)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") lower to two: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # A leading space lets the candidate regex require a delimiter before every number; all
    # offsets below are in this shifted text, hence the "- 1" when a mention is made.
    low = " " + low
    text = " " + text
    out: list[NumberMention] = []
    search = _CANDIDATE.search
    detail = _DETAIL.match
    pos = 0
    while True:
        c = search(low, pos)
        if c is None:
            return out
        p = c.start() + 1
        pos = p + 1
        first = low[p]
        if (first == "a" and low.startswith("all", p)) or (
                first == "e" and low.startswith("every", p)):
            e = p + (3 if first == "a" else 5)
            if first == "e" and _ONE_AFTER_EVERY.match(low, e):
                e += 4  # "every one of the missiles", "every one was": the whole set, as "all"
            if low[p - 1] in "-–" or _ALL_AFTER.match(low, e):  # "all-for-all", "all-out"
                continue
            before = _words_before(low, p)
            if before and (before[-1] in _ALL_BEFORE or before[-2:] == ["first", "of"]):
                continue
            out.append(NumberMention(p - 1, e - 1, None, "all", p - 1))
            continue
        if first == "o" and low.endswith(" each ", 0, p) and _ONE_AFTER_EVERY.match(low, p - 1):
            out.append(NumberMention(p - 6, p + 2, None, "all", p - 6))
            continue  # "each one was shot down": every one of the set, not one of them
        m = detail(low, p)
        if m is None:
            continue
        raw, conn, hi_raw, post = m.group("num", "conn", "hi", "post")
        value = _PARSED.get(raw, -1.0)
        if value == -1.0:
            value = _parse_cached(raw)
        if value is None:
            continue
        ne = m.end(1)
        pos = ne
        qual = _qualifier(low, p) if low[p - 1].isspace() else None
        if qual is None:
            qualifier = None
            start = p
        else:
            qualifier, start = qual
        end = ne
        high = None
        if hi_raw is not None:
            hs, he = m.span("hi")
            between = conn == "and" and low.endswith("between ", 0, p)
            if conn != "and" or between:
                if raw.isdigit() and hi_raw.isdigit():
                    if _is_day(raw) and _is_day(hi_raw) and (
                            _AFTER_MONTH.match(text, he)
                            or _month_before(_words_before(text, p))):
                        pos = he
                        continue  # "5-6 June", "the night of 10 to 11 March", "March 10-11"
                    if _is_year(raw) and _is_year(hi_raw):
                        pos = he
                        continue  # "2022-2025", "between 2022 and 2024"
                hi_val = _parse_cached(hi_raw)
                if hi_val is not None:
                    low_val = _scaled_low(value, raw, hi_raw)
                    if hi_val > low_val and _number_ok(text, low, hs, he, hi_raw, True, True):
                        value = low_val
                        high = hi_val
                        end = he
                        if between:
                            start = p - 8
                            qualifier = None
            if high is None:
                post = None  # not a range: the second number is read on its own
        if not _number_ok(text, low, p, ne, raw, qual is not None):
            continue
        if post is not None:
            qualifier = qualifier or _POST_QUAL[post.split()[-1]]
            end = m.end("post")
        if qualifier is None:
            if high is not None:
                qualifier = "at_least"
            elif "dozen" in raw:
                qualifier = "approx"
            else:
                qualifier = "exact"
        pos = end
        out.append(NumberMention(start - 1, end - 1, value, qualifier, p - 1, high))
