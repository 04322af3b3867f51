"""What the three diplomacy builders share: who takes part, where, when and for how long."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ceasefire.model import Evidence
from ceasefire.read.slavic.actors import ActorMention
from ceasefire.read.slavic.dates import DateMention, find_dates
from ceasefire.read.slavic.diplomacy.cues import Parsed, Token, number_at
from ceasefire.read.slavic.lexicon import rows
from ceasefire.read.slavic.words import Language, normal_forms, plain

# signs that open a sentence's part as a sentence's start does: a side right after them is a
# subject ("— Україна", ": Росія", "«Київ", "…, Киеву удалось вернуть")
_OPENERS = {"—", "–", "-", ":", "«", '"', "“", "„", "(", ";", ","}
_LIST_SIGNS = {","}  # and the words of grammar.tsv's list row ("і", "та", "и")
_SPAN_DAYS = re.compile(r"(?P<first>\d{1,2})\s*(?:и|і|й|та|-|–|—)\s*(?P<last>\d{1,2})\s+\w")


def evidence(parsed: Parsed) -> Evidence:
    s = parsed.sentence
    return Evidence(s.text, s.start, s.end)


def chain_start(parsed: Parsed, first: int) -> int:
    """The first token of the list a name at token ``first`` belongs to: "лідери Франції,
    Німеччини та України" starts at "Франції" for each of the three."""
    j = first - 1
    start = first
    while j >= 0:
        actor = parsed.actor_at(j)
        if actor is not None:
            start = actor[0]
            j = actor[0] - 1
        elif parsed.tokens[j].text in _LIST_SIGNS or parsed.is_(j, "grammar", "list"):
            j -= 1
        else:
            break
    return start


def governor(parsed: Parsed, first: int) -> Token | None:
    """The word a name's list hangs on (a preposition, a head noun), ``None`` at the start."""
    j = chain_start(parsed, first) - 1
    return parsed.tokens[j] if j >= 0 else None


def hosted(parsed: Parsed, first: int) -> bool:
    """Whether the name at token ``first`` is a host or a guest, not a side: "при участии
    представителей ОАЭ", "за посередництва Туреччини"."""
    j = chain_start(parsed, first) - 1
    for k in (j, j - 1):
        if parsed.ending_at(k, "talks", "host") is not None:
            return True
    actor = parsed.actor_at(first)
    last = actor[1] if actor else first
    # "Туреччина прийме переговори"; "Україна прийняла перемир'я" accepts, it hosts nothing
    return parsed.is_(last + 1, "talks", "host_verb") and any(
        parsed.is_(k, "talks", "meeting", "call") for k in range(last + 2, last + 5))


def sides(parsed: Parsed, *, with_partner: bool = True, skip: tuple[int, ...] = ()) -> list[str]:
    """The sides the sentence names as acting, in order, each once: subjects, sides spoken for
    by a head noun ("делегація України", "президент США Трамп"), people (unless named after a
    preposition or as a host) and, with ``with_partner``, sides after "with"/"between" ("з
    Росією"). ``skip``: token indices of names used as something else (the place of talks)."""
    return list(dict.fromkeys(side for _index, side in acting(parsed, with_partner=with_partner,
                                                               skip=skip)))


def acting(parsed: Parsed, *, with_partner: bool = True,
           skip: tuple[int, ...] = ()) -> list[tuple[int, str]]:
    """Each acting name's first token and side (see ``sides``)."""
    found: list[tuple[int, str]] = []
    for first, last, mention in parsed.actors:
        if mention.side is None or mention.kind == "media" or first in skip:
            continue
        if hosted(parsed, first):
            continue
        # a state's adjective before a head noun acts: "російська сторона", "американский глава"
        if parsed.is_(last + 1, "talks", "head") or _compound_before_talks(parsed, last, mention) \
                or _acting(parsed, first, mention.kind, with_partner):
            found.append((first, mention.side))
    return found


def _compound_before_talks(parsed: Parsed, last: int, mention: ActorMention) -> bool:
    """"российско-украинских переговоров": the states of a compound adjective before a talk
    word are the sides that talk."""
    return "-" in mention.surface and parsed.is_(last + 1, "talks", "meeting", "call")


def _acting(parsed: Parsed, first: int, kind: str, with_partner: bool) -> bool:
    word = governor(parsed, first)
    if word is None or word.text in _OPENERS:
        return True
    index = parsed.tokens.index(word)
    if _opening_time(parsed, index):
        return True
    if parsed.is_(index, "grammar", "party_prep"):
        return with_partner
    if parsed.is_(index, "grammar", "clause") or parsed.is_(index, "talks", "head"):
        return True
    if kind == "person":  # a person after any other word still acts, unless after a preposition
        return not (parsed.is_(index, "grammar", "place_prep", "date_prep")
                    or parsed.is_(index, "talks", "purpose") or len(word.text) <= 2)
    return False


def _opening_time(parsed: Parsed, index: int) -> bool:
    """Does token ``index`` end a time phrase that opens the sentence or clause ("У вівторок
    Україна запропонувала …", "Вчора Київ …", "17 лютого Москва …")? The name after it is
    then the subject, as at the start."""
    if not _time_word(parsed, index):
        return False
    j = index
    while j >= 0 and (_time_word(parsed, j) or parsed.tokens[j].is_number
                      or (parsed.tokens[j].is_word and len(parsed.tokens[j].text) <= 2)):
        j -= 1  # back over "у", "во", "17", "ніч", "на"
    return j < 0 or parsed.tokens[j].text in _OPENERS or parsed.is_(j, "grammar", "clause")


def _time_word(parsed: Parsed, i: int) -> bool:
    """A day ("вівторок", "вчора", "ночью") or a month's name ("лютого")."""
    return any(c.first <= i <= c.last for table in ("days", "months")
               for c in parsed.cues(table))


def clause_bounds(parsed: Parsed, index: int) -> tuple[int, int]:
    """The first and last token of the clause around token ``index``: clauses open at "що",
    "который", "но" … and at a comma or semicolon that does not join a list of names
    ("Франції, Німеччини" is one clause; "…вогню, Росія поки не відповіла" two)."""
    lo = index
    while lo > 0 and not _boundary(parsed, lo - 1):
        lo -= 1
    hi = index
    while hi + 1 < len(parsed.tokens) and not _boundary(parsed, hi + 1):
        hi += 1
    return lo, hi


def _boundary(parsed: Parsed, i: int) -> bool:
    text = parsed.tokens[i].text
    if text in (";", "—", "–"):
        return True
    if text == ",":
        return not (parsed.actor_at(i - 1) and parsed.actor_at(i + 1))
    return parsed.is_(i, "grammar", "subclause")


@dataclass(frozen=True)
class Venue:
    name: str
    country: str
    is_country: bool


@cache
def _countries() -> frozenset[str]:
    from ceasefire.read.slavic.actors import english_actors
    return frozenset(name for name, (_side, kind) in english_actors().items() if kind == "state")


@cache
def _venue_countries(language: Language) -> dict[str, str]:
    return {row[0]: row[1] for row in rows(language, "venues")}


def venues(parsed: Parsed) -> list[tuple[int, Venue]]:
    """Places of talks, with their token: named after a preposition of place ("у Стамбулі",
    "в ОАЭ") or as an adjective right before a talk word."""
    found = []
    for cue in parsed.cues("venues"):
        # "у Стамбулі", "прибув до Москви"; a city's adjective right before the talks:
        # "стамбульські переговори"
        is_country = cue.value in _countries()  # "США зустрілися" names a side, not a place
        if parsed.is_(cue.first - 1, "grammar", "place_prep") or not is_country \
                and parsed.is_(cue.last + 1, "talks", "meeting", "call"):
            country = _venue_countries(parsed.language)[cue.value]
            found.append((cue.first, Venue(cue.value, country, is_country)))
    return found


def statement_date(parsed: Parsed, published: dt.date | None) -> dt.date | None:
    """The day a position was stated: the sentence's first date that does not bound a period
    ("з 12 травня", "до 1 февраля"), else publication, unless the sentence tells background
    ("Ранее, в апреле, Путин объявлял …": GUIDE, null when the text does not date it)."""
    for mention in _dates(parsed, published):
        if not _bounds_a_period(parsed, mention) and not in_relative_clause(parsed, mention):
            return mention.date
    if any(c.first <= 1 for c in parsed.having("grammar", "earlier")):
        return None
    return parsed.heading_date or published  # a chronicle's item: its heading's day


def in_relative_clause(parsed: Parsed, mention: DateMention) -> bool:
    """"о предложении Киева, которое накануне озвучил Зеленский, Песков заявил …": a date in
    a clause about a noun dates that noun (the proposal), not the sentence's statement."""
    i = _token_at(parsed, mention.start)
    if i is None:
        return False
    lo, _hi = clause_bounds(parsed, i)
    return parsed.is_(lo - 1, "grammar", "relative")  # the word that opens it bounds it


def relative_clause_date(parsed: Parsed, published: dt.date | None) -> dt.date | None:
    """The first date told in a clause about a noun (see ``in_relative_clause``)."""
    return next((m.date for m in _dates(parsed, published) if in_relative_clause(parsed, m)),
                None)


def dates_near(parsed: Parsed, published: dt.date | None, index: int,
               reach: int = 12) -> list[dt.date]:
    """Dates within ``reach`` tokens of token ``index``, nearest first; a span of days ("23 и
    24 января") gives its first day."""
    out = []
    mentions = _dates(parsed, published)
    for mention in mentions:
        if _named_again(parsed, mention, mentions):
            continue  # "в понеділок, 13 липня": the day and month say which Monday
        i = _token_at(parsed, mention.start)
        if i is not None and abs(i - index) <= reach:  # "перенесли на 2 червня" dates it too
            out.append((abs(i - index), _first_day(parsed, mention)))
    return [day for _distance, day in sorted(out, key=lambda pair: pair[0])]


def _named_again(parsed: Parsed, mention: DateMention, mentions: list[DateMention]) -> bool:
    """A weekday or relative day right before a day and month, naming the same day again."""
    if mention.explicit:
        return False
    gap = parsed.text[mention.end:]
    return any(m.explicit and m.start >= mention.end and len(gap[:m.start - mention.end]
                                                                 .strip(" ,")) == 0
               for m in mentions)


def heading_date(parsed: Parsed, published: dt.date | None) -> dt.date | None:
    """The date a sentence made only of a date is ("17–18 вересня.", "3 сентября, четверг."):
    a chronicle's heading, whose items below it name no date of their own. Its first day."""
    mentions = [m for m in _dates(parsed, published) if m.explicit]
    if not mentions or len(parsed.tokens) > _LONGEST_HEADING:
        return None
    for j, token in enumerate(parsed.tokens):  # nothing but the date and its weekday
        inside = any(m.start <= token.start < m.end for m in mentions)
        if not (inside or token.is_number or not token.is_word or _names_a_day(parsed, j)):
            return None
    return _first_day(parsed, mentions[0])


def _names_a_day(parsed: Parsed, j: int) -> bool:
    """A weekday or relative day in any case: the lexicon writes weekdays in the accusative
    ("п'ятницю"), a heading in the nominative ("п'ятниця")."""
    return not _day_lemmas(parsed.language).isdisjoint(parsed.tokens[j].forms)


def is_weekday(word: str, language: Language) -> bool:
    """Whether ``word`` is a weekday or relative day in any case ("Понедельник", "п'ятниця")."""
    return not _day_lemmas(language).isdisjoint(normal_forms(word, language))


@cache
def _day_lemmas(language: Language) -> frozenset[str]:
    return frozenset(form for word in _day_words(language)
                     for form in normal_forms(word, language))


_LONGEST_HEADING = 8  # tokens: "17 – 18 вересня , четвер ."


def any_date(parsed: Parsed, published: dt.date | None) -> dt.date | None:
    dates = [m for m in _dates(parsed, published) if not _bounds_a_period(parsed, m)]
    return _first_day(parsed, dates[0]) if dates else None


def _dates(parsed: Parsed, published: dt.date | None) -> list[DateMention]:
    found = find_dates(parsed.text, parsed.language, published)
    return sorted(found, key=lambda m: (not m.explicit, m.start))


def _first_day(parsed: Parsed, mention: DateMention) -> dt.date:
    before = parsed.text[max(0, mention.start - 12):mention.end]
    span = _SPAN_DAYS.search(before)
    if span and mention.explicit:
        back = int(span.group("last")) - int(span.group("first"))
        if 0 < back < 7:
            return mention.date - dt.timedelta(days=back)
    return mention.date


def _token_at(parsed: Parsed, offset: int) -> int | None:
    return next((i for i, t in enumerate(parsed.tokens) if t.start <= offset < t.end), None)


def _bounds_a_period(parsed: Parsed, mention: DateMention) -> bool:
    i = _token_at(parsed, mention.start)
    if i is None:
        return False
    # "з понеділка, 12 травня": the preposition may stand before a weekday and a comma, and
    # before an hour ("с 18:00 мск 31 декабря")
    for j in range(i - 1, max(-1, i - 8), -1):
        if parsed.is_(j, "grammar", "date_prep"):
            return True
        if parsed.tokens[j].text not in {",", ":"} and not _is_day_word(parsed, j) \
                and not parsed.tokens[j].is_number and not parsed.is_(j, "grammar", "clock"):
            break
    return False


def _is_day_word(parsed: Parsed, j: int) -> bool:
    return not _day_words(parsed.language).isdisjoint(parsed.tokens[j].forms)


@cache
def _day_words(language: Language) -> frozenset[str]:
    """The weekdays and relative days of the dates lexicon ("понеділок", "вчора")."""
    return frozenset(plain(w) for row in rows(language, "days") for w in row[1].split("|"))


@cache
def _duration_units(language: Language) -> tuple[dict[str, float], dict[str, float]]:
    """``({unit word: hours}, {word holding its count: hours})`` from ``durations.tsv``."""
    units: dict[str, float] = {}
    wholes: dict[str, float] = {}
    for hours, kind, written in rows(language, "durations"):
        for word in written.split("|"):
            (wholes if kind == "whole" else units)[plain(word)] = float(hours)
    return units, wholes


def duration_hours(parsed: Parsed, published: dt.date | None = None) -> float | None:
    """A duration the sentence states: "на 30 діб", "30-денне", "в течение недели" (a unit
    alone is one of it), "более двух часов", "трехдневное", else the length of a period told
    by its hours ("с 18:00 мск 31 декабря до 24:00 2 января": 54)."""
    return _stated_hours(parsed) or _period_hours(parsed, published)


def _period_hours(parsed: Parsed, published: dt.date | None) -> float | None:
    mentions = [m for m in _dates(parsed, published) if m.explicit]
    mentions.sort(key=lambda m: m.start)
    for begin, end in zip(mentions, mentions[1:], strict=False):
        start = _bound_at(parsed, begin, "period_from")
        stop = _bound_at(parsed, end, "period_to")
        if start is not None and stop is not None:
            if stop < start:  # "с 31 декабря до 2 января": the end falls in the next year
                stop = stop.replace(year=stop.year + 1)
            hours = (stop - start).total_seconds() / 3600
            if 0 < hours <= _LONGEST_PERIOD_HOURS:
                return hours
    return None


_LONGEST_PERIOD_HOURS = 24 * 60  # beyond two months a "from … to …" is no truce's length
_HOUR = re.compile(r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})")


def _bound_at(parsed: Parsed, mention: DateMention, role: str) -> dt.datetime | None:
    """The moment a date bounds a period at, where its preposition (``role``) and hour stand
    before it ("до 24:00 2 января": midnight that ends 2 January)."""
    i = _token_at(parsed, mention.start)
    if i is None:
        return None
    before = parsed.text[:mention.start]
    for j in range(i - 1, max(-1, i - 8), -1):
        if parsed.is_(j, "grammar", role):
            hour = _HOUR.search(before[parsed.tokens[j].end:])  # "18:00 мск"
            if hour is None:
                return None
            day = dt.datetime.combine(mention.date, dt.time())
            return day + dt.timedelta(hours=int(hour["hour"]), minutes=int(hour["minute"]))
        if not (parsed.tokens[j].is_number or parsed.tokens[j].text in (":", ".")
                or parsed.is_(j, "grammar", "clock")):
            return None
    return None


def _stated_hours(parsed: Parsed) -> float | None:
    units, wholes = _duration_units(parsed.language)
    for i, token in enumerate(parsed.tokens):
        whole = next((wholes[f] for f in token.forms if f in wholes), None)
        if whole is not None:
            return whole
        unit = next((units[f] for f in token.forms if f in units), None)
        if unit is None:
            continue
        count = _count_before(parsed, i)
        if count is not None:
            return count * unit + _smaller_unit_after(parsed, i, unit)
        if _one_unit(parsed, i):
            return unit
    return None


def _smaller_unit_after(parsed: Parsed, i: int, unit: float) -> float:
    """The hours of a smaller unit's count right after the unit at token ``i`` ("1 час 40
    минут", "дві години і п'ятнадцять хвилин"): a length told in two units is their sum."""
    units, _wholes = _duration_units(parsed.language)
    j = i + 1
    if parsed.is_(j, "grammar", "list") or j < len(parsed.tokens) and parsed.tokens[j].text == ",":
        j += 1  # "три години і п'ятнадцять хвилин"
    found = number_at(parsed.tokens, j, parsed.language) if j < len(parsed.tokens) else None
    if found is None or found[1] + 1 >= len(parsed.tokens):
        return 0.0
    smaller = next((units[f] for f in parsed.tokens[found[1] + 1].forms if f in units), None)
    return found[0] * smaller if smaller is not None and smaller < unit else 0.0


def _count_before(parsed: Parsed, i: int) -> float | None:
    """The number that ends right before the unit at token ``i`` ("30 діб", "30-денне", "двох
    з половиною годин")."""
    end = i - 1
    if end >= 0 and parsed.tokens[end].text == "-":
        end -= 1
    for start in range(max(0, end - 5), end + 1):
        found = number_at(parsed.tokens, start, parsed.language)
        if found is not None and found[1] == end:
            return found[0]
    return None


def _one_unit(parsed: Parsed, i: int) -> bool:
    """"в течение недели", "на тиждень": a unit right after "for"/"during" counts one; so does
    a unit right after a qualifier ("майже година", "более суток"), unless it tells the hour
    ("около часа ночи")."""
    if parsed.is_(i - 1, "grammar", "date_prep"):
        return True
    qualified = any(" ".join(t.text.lower() for t in parsed.tokens[max(0, i - n):i])
                    in _qualifiers(parsed.language) for n in (1, 2, 3))
    return qualified and not (i + 1 < len(parsed.tokens)
                              and not _TIMES_OF_DAY.isdisjoint(parsed.tokens[i + 1].forms))


# "около часа ночи", "о першій дня": an hour of the day, no length
_TIMES_OF_DAY = frozenset({"ночь", "ніч", "день", "утро", "ранок", "вечер", "вечір"})


@cache
def _qualifiers(language: Language) -> frozenset[str]:
    """The words that qualify a figure ("майже", "более", "не менше"), as written."""
    return frozenset(word for row in rows(language, "qualifiers") for word in row[1].split("|"))
