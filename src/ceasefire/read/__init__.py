"""Read: Document → records (strikes, agreements, exchanges, talks), each with its sentence.

The stages, each a module of its own:

1. ``sentences``  split into sentences (spaCy tokenizer + sentencizer), drop page furniture;
2. ``triggers``   the cheap pass: keep the sentences that may hold a record;
3. per candidate sentence: ``actors``, ``places``, ``dates``, ``attribution`` (``facts``);
4. builders: ``strikes`` (with ``quantities``, ``attackers``, ``targets``, ``weapons``),
   ``agreements``, ``exchanges``, ``talks``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from ceasefire.model import Document, Reading, Talks
from ceasefire.read import agreements, slavic
from ceasefire.read.actors import find_actors
from ceasefire.read.agreements import read_agreements
from ceasefire.read.claims import ReportClaims
from ceasefire.read.cues import find_cues
from ceasefire.read.dates import find_dates, starts_period
from ceasefire.read.exchanges import continues_exchange, read_exchanges, swap_by_its_counts
from ceasefire.read.exchanges.counts import CROSSED_THE_BORDER, OURS_HOME, count_people
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.numbers import find_numbers
from ceasefire.read.parse import forget as forget_parses
from ceasefire.read.parse import parse_all
from ceasefire.read.parse import wanted as wanted_parses
from ceasefire.read.places import PlaceMention, find_places, with_city_referred_to
from ceasefire.read.quantities import Figure
from ceasefire.read.sentences import Sentence, first_cell_end, is_list_item, split_sentences
from ceasefire.read.strikes import read_strikes
from ceasefire.read.tables import find_table_figures
from ceasefire.read.talks import continues_talks, read_talks
from ceasefire.read.triggers import candidate_kinds

# Typographic quotes and dashes made plain, one character for one, so offsets stay true.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["read", "read_document", "read_documents", "sentence_facts"]


def read_document(document: Document) -> Reading:
    """Every record the document's text supports, each with the sentences it came from.
    Ukrainian and Russian documents go to their reader (``read.slavic``)."""
    if document.language in slavic.LANGUAGES:
        return slavic.read_document(document, document.language)  # type: ignore[arg-type]
    forget_parses()
    return _build(document, sentence_facts(document))


def read_documents(documents: Sequence[Document]) -> list[Reading | Exception]:
    """The readings of several documents, as ``read_document`` gives them one by one, or the
    error the reader raised on each (one bad article never costs the others theirs)."""
    english = iter(_read_english([d for d in documents if d.language not in slavic.LANGUAGES]))
    return [_or_error(read_document, d) if d.language in slavic.LANGUAGES else next(english)
            for d in documents]


def _read_english(documents: Sequence[Document]) -> list[Reading | Exception]:
    """The readings of English documents, as ``read_documents`` promises.

    The sentences the builders parse are parsed here in one batch for all the documents:
    spaCy's parser reads a batch of sentences ~40 % faster than one at a time, and a report
    has only one or two such sentences. Callers that read many documents pass a few dozen.
    """
    forget_parses()
    facts: list[list[SentenceFacts] | Exception] = [_facts_or_error(d) for d in documents]
    read = [f for f in facts if not isinstance(f, Exception)]
    talks: dict[int, list[Talks] | Exception] = {}
    with wanted_parses() as by_talks:  # which talks' sentences need roles (cheap, sentence-local)
        for f in read:
            asked = len(by_talks)
            read_already = _or_error(read_talks, f)
            if len(by_talks) == asked:  # no parse asked for: this reading is the final one
                talks[id(f)] = read_already
    parse_all([text for f in read for text in agreements.sentences_to_parse(f)] + by_talks)
    out: list[Reading | Exception] = []
    for document, found in zip(documents, facts, strict=True):
        try:
            out.append(found if isinstance(found, Exception) else
                       _build(document, found, talks.get(id(found))))
        except Exception as exc:
            out.append(exc)
    forget_parses()
    return out


def _facts_or_error(document: Document) -> list[SentenceFacts] | Exception:
    return _or_error(sentence_facts, document)


def _or_error(function: Callable[[T], R], argument: T) -> R | Exception:
    try:
        return function(argument)
    except Exception as exc:
        return exc


def _build(document: Document, facts: list[SentenceFacts],
           talks: list[Talks] | Exception | None = None) -> Reading:
    """The document's records; ``talks`` already read when their reading needed no parse."""
    if isinstance(talks, Exception):
        raise talks
    return Reading(
        document_id=document.id,
        strikes=read_strikes(facts),
        agreements=read_agreements(facts, document.published),
        exchanges=read_exchanges(facts),
        talks=read_talks(facts) if talks is None else talks,
    )


def read(text: str, published: str | dt.date | None = None, source: str | None = None,
         id: str = "document") -> Reading:
    """Read one report given as text; ``published`` anchors "overnight", "on Tuesday", …"""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return read_document(Document(id=id, text=text, published=published, source=source))


def sentence_facts(document: Document) -> list[SentenceFacts]:
    """The candidate sentences of a document with what the reader found in each."""
    text = document.text.translate(_PLAIN)
    claims = ReportClaims(text, document.title.translate(_PLAIN) if document.title else None)
    out: list[SentenceFacts] = []
    seen: set[str] = set()
    dates = _DateTracker(document.published)
    rows = find_table_figures(text)
    before: Sentence | None = None  # the sentence before, candidate or not
    questions = _Questions()
    chronology = _Chronology(text, document.published)
    entry: dt.date | None = None  # the day of the dated entry the paragraph is
    headed: dt.date | None = None  # that day, where a heading line right above the entry gives it
    told_of: dt.date | None = None  # the day its strikes are of, where the chronology says
    for sentence in split_sentences(text):
        if before is None or sentence.paragraph != before.paragraph:
            entry, headed, told_of = chronology.paragraph(sentence)
        asked = questions.answered_by(sentence)
        if sentence.text in seen:  # captions and headlines repeated by the page
            continue
        seen.add(sentence.text)
        cells = _cells(sentence, rows) if rows else None
        kinds = candidate_kinds(sentence.text) or _continuation(sentence, out, before) or \
            ({"strike"} if cells or _under_heading(sentence, before) else set())
        kinds = kinds | _handed_over_in_a_swap(sentence, out)
        before = sentence
        claimant = claims.read(sentence, kinds)
        if claims.asking and claimant is None:
            kinds = kinds - {"strike"}  # the interviewer repeating or asking about a figure
        if not kinds:
            continue
        # (an entry's "overnight" is the night before its day, not before the report's)
        mentions = find_dates(sentence.text, told_of or document.published, dates.anchor) \
            if document.published else []
        original = document.text[sentence.start:sentence.end]
        places = find_places(sentence.text)
        if cells:  # a table's row: its places are its label's, not its notes' (launch areas)
            places = _in_the_label(sentence.text, places)
        if "strike" in kinds:  # "Russian artillery shelled the city": the city named before
            places = with_city_referred_to(sentence.text, places, text[:sentence.start])
        out.append(SentenceFacts(
            sentence=Sentence(sentence.index, sentence.start, sentence.end, original,
                              sentence.paragraph),
            text=sentence.text, kinds=kinds, actors=list(find_actors(sentence.text)),
            places=places, dates=mentions, claimant=claimant,
            date=dates.date_for(sentence, mentions, "strike" in kinds, told_of),
            has_own_date=bool(mentions), cells=cells, entry_date=entry,
            dated_by_heading=bool(headed),
            turn_side=claims.turn_speaker.side if claims.turn_speaker else None,
            asked_metric=asked))
    claims.credit(out)  # strike sentences that name no speaker: whose the report says they are
    return out


class _Questions:
    """The air-tally metric of the question a paragraph answers: the last question of the
    paragraph before ("And how many were shot down?", "So two got through?"), in interviews and
    in explainers that ask before they tell."""

    def __init__(self) -> None:
        self._paragraph = -1
        self._asked_here: str | None = None  # the last question of the current paragraph
        self._answered: str | None = None  # that of the paragraph before

    def answered_by(self, sentence: Sentence) -> str | None:
        if sentence.paragraph != self._paragraph:
            self._paragraph, self._answered = sentence.paragraph, self._asked_here
            self._asked_here = None
        if sentence.text.rstrip(" \"')”’").endswith("?"):
            metrics = [c.value for c in find_cues(sentence.text, "metric")]
            self._asked_here = metrics[-1] if metrics and metrics[-1] in _AIR_TALLY else None
            return None
        return self._answered


_AIR_TALLY = frozenset({"launched", "intercepted", "hit"})


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a paragraph that opens with its day or its time, then a dash, a colon or a bar: "July 3 - Ukraine
# accepts.", "Tuesday, 4 March: …", "12:30 - Medinsky tells reporters …", "09:55 GMT | …"
_DAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" +
        _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?")
_ENTRY_HEAD = re.compile(
    r"\s*(?:(?P<clock>\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|EET|EEST|BST|"
    r"local(?:\s+time)?|Kyiv\s+time|Moscow\s+time))?)|(?P<day>" + _DAY + r"))"
    r"(?:\s*-\s*\d{1,2})?\s*(?:-|:|\|)\s")
# a chronology's day on a line of its own, the entry on the lines below: "Tuesday, March 3"
# (in capitals too, the weekday after it in brackets: "FRIDAY, 27 FEBRUARY", "AUG 1 (SATURDAY)")
_DAY_HEADING = re.compile(r"\s*" + _DAY +
                          r"(?:\s*\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\))?\s*",
                          re.IGNORECASE)


# a line of a list: "- The ministry says …", "• 07:00 …"
_LIST_MARK = re.compile(r"\s*[-•*–—▪·]\s+\S")


class _Chronology:
    """The day each paragraph of a chronology is about: a dated entry's own ("July 3 - …"), else
    the day heading right above it ("Saturday, October 10"), which also dates the timed or listed
    entries below it ("02:10 - …", "- The ministry says …") up to the next heading, dated entry
    or paragraph of prose; a timed entry under no heading is of the report's day."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text, self.published = text, published
        self.section: dt.date | None = None  # the day of the heading the entries run under

    def paragraph(self, sentence: Sentence) -> tuple[dt.date | None, dt.date | None,
                                                     dt.date | None]:
        """(the entry's day, the day of a heading right above it, the day its strikes are of)
        for the paragraph ``sentence`` opens."""
        text = sentence.text
        head = _ENTRY_HEAD.match(text) if self.published is not None else None
        clock = head is not None and head["clock"] is not None
        day = None if clock else _entry_day(text, self.published)
        heading = None if day else _heading_day(self.text, sentence.start, self.published)
        listed = clock or _LIST_MARK.match(text) is not None
        if heading is not None:
            self.section = heading
        elif day is not None or not listed:
            self.section = None  # a dated entry or prose: the heading's day runs on no more
        under = heading or (self.section if listed else None)
        entry = day or under or (self.published if clock else None)
        return entry, heading, day or under


def _entry_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day of a dated entry (a chronology's "July 3 - …", a live blog's "12:30 - …", dated by
    the report's day), from the first sentence of its paragraph."""
    head = _ENTRY_HEAD.match(text) if published is not None else None
    if head is None or published is None:
        return None
    if head["clock"]:
        return published
    found = find_dates(head["day"], published)
    return found[0].date if found else None


def _heading_day(text: str, start: int, published: dt.date | None) -> dt.date | None:
    """The day a heading line right above the paragraph gives ("Tuesday, March 3", a blank line
    or none, then "Turkey proposes …"): a chronology's entry is dated by its heading."""
    if published is None or start == 0 or text[start - 1] not in "\n \t":
        return None  # (a cheap test first: most paragraphs follow a sentence's full stop)
    window = text[max(0, start - 80):start]  # a heading is short: no copy of the whole text
    above = window.rstrip()
    if len(above) == len(window) or window.count("\n", len(above)) > 2:
        return None  # no line break just before: not the start of a line
    if "\n" not in above and start > 80:
        return None  # the line above is longer than any heading
    heading = above[above.rfind("\n") + 1:]
    if len(heading) > 40 or not _DAY_HEADING.fullmatch(heading):
        return None
    found = find_dates(heading.title() if heading.isupper() else heading, published)
    return found[0].date if found else None


def _cells(sentence: Sentence, rows: dict[int, list[Figure]]) -> list[Figure] | None:
    """The figures of the table row that ``sentence`` is, offsets made the sentence's."""
    figures = [replace(f, start=f.start - sentence.start, end=f.end - sentence.start)
               for start, found in rows.items() if sentence.start <= start < sentence.end
               for f in found]
    return figures or None


def _in_the_label(row: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a table row's first cell ("Kyiv region | 12"), not of the cells after it
    ("Kh-101 missiles | 12 | 11 | from the Engels area")."""
    cut = first_cell_end(row)
    return places if cut is None else [p for p in places if p.start < cut]


def _under_heading(sentence: Sentence, before: Sentence | None) -> bool:
    """ "Kyiv regional military administration:" then "- 2 injured in Bila Tserkva": an item
    of a list of figures right under the heading that opens it (the item names no weapon, and
    the heading no figure: neither is a candidate on its own words)."""
    return _opens_the_line_below(before, sentence) and is_list_item(sentence.text) and \
        bool(find_numbers(sentence.text[:12]))


def _opens_the_line_below(before: Sentence | None, sentence: Sentence) -> bool:
    """The line right above ``sentence`` ends with a colon: it opens what follows."""
    return before is not None and sentence.paragraph - before.paragraph == 1 and \
        before.text.rstrip().endswith(":")


_OF_THEM = re.compile(r"\s*(?:Of|Among|Out of)\s+(?:them|these|those|which)\b")


_COUNT = re.compile(r"\b\d[\d,]*\b")


def _restates_a_count(text: str, earlier: list[SentenceFacts]) -> bool:
    """Whether a count of ``text`` is one an exchange told earlier in the report gave."""
    counts = set(_COUNT.findall(text))
    return any(counts & set(_COUNT.findall(f.text)) for f in earlier if "exchange" in f.kinds)


_A_STAGE = re.compile(r"\b(?:stage|phase|round|batch)\b", re.IGNORECASE)


def _exchange_told_before(sentence: Sentence, earlier: list[SentenceFacts]) -> bool:
    """An exchange told in this paragraph or the two before it."""
    return any("exchange" in f.kinds for f in earlier[-4:]
               if sentence.paragraph - f.sentence.paragraph <= 2)


def _handed_over_in_a_swap(sentence: Sentence, earlier: list[SentenceFacts]) -> set[str]:
    """ "Another 95 Ukrainians crossed the border, among them wounded soldiers.", "147 of our
    people are home." in a report of a swap told just before: people handed over, an
    exchange's count (not refugees crossing nor evacuees home where no exchange is told, and
    no casualties)."""
    text = sentence.text
    # the exchange told before first: a look at four facts, where the two searches would run
    # on every sentence of every report
    if _exchange_told_before(sentence, earlier) and \
            (CROSSED_THE_BORDER.search(text) or OURS_HOME.search(text)) and count_people(text):
        return {"exchange"}
    return set()


def _continuation(sentence: Sentence, earlier: list[SentenceFacts],
                  before: Sentence | None = None) -> set[str]:
    """ "… 150 drones launched at Ukraine. More than 60 were aimed at the Odesa region." The
    second sentence names no weapon, but opens with a figure that continues the first. So does
    an item of a list of figures on the line after its opener ("downed 61 drones:" then
    "- 11 over the Sumy region", "22 were locationally lost") or after another item. "Ukraine
    received 757 bodies. Russia received 34.": the other half of an exchange, in the same
    paragraph; "… for a total of 14 hours.": how long the talks of the sentence before lasted."""
    previous = earlier[-1] if earlier else None
    kinds = previous.kinds if previous is not None and \
        previous.sentence.paragraph == sentence.paragraph else set()
    if "exchange" in kinds and continues_exchange(sentence.text):
        return {"exchange"}
    if _exchange_told_before(sentence, earlier) and swap_by_its_counts(sentence.text):
        return {"exchange"}  # "Stage two, Friday: 84 for 84." under the exchange told before
    if swap_by_its_counts(sentence.text) and _restates_a_count(sentence.text, earlier):
        # "Yesterday 157 Ukrainians came home." … (a question) … "Yes, 157 for 157.": the swap
        # told before, its two sides now counted, however many turns later
        return {"exchange"}
    if _A_STAGE.search(sentence.text) and swap_by_its_counts(sentence.text) and \
            any("exchange" in f.kinds for f in earlier):
        # "the following round should cover some 240 men on each side", hours later in a live
        # blog of an exchange: a stage names the exchange the report is about, however far back
        return {"exchange"}
    if "talks" in kinds and continues_talks(sentence.text):
        return {"talks"}  # "Officials shuttled between the rooms for a total of 14 hours."
    if previous is None or "strike" not in previous.kinds:
        return set()
    # a line of a list: after the line that opens it (":") or another item ("- …", "…;")
    listed = sentence.paragraph - previous.sentence.paragraph == 1 and (
        previous.text.rstrip().endswith((":", ";")) or is_list_item(previous.text)
        or _LABELLED_FIGURE.match(previous.text) is not None  # "Launched: 145", "Destroyed: 12"
        or _OF_THEM.match(sentence.text) is not None  # "Of them, 25 over the Bryansk region."
        or _opened_by(before, sentence, previous))
    if previous.sentence.paragraph != sentence.paragraph and not listed:
        return set()
    if listed and _LABELLED_FIGURE.match(sentence.text):
        return {"strike"}  # "- Locationally lost (electronic warfare): 21": the label first
    # "By his count, 14 of them fell over …", "In all, 80 were …": an opening phrase first
    lead = _LEADING_PHRASE.match(sentence.text)
    skip = lead.end() if lead is not None else 0
    numbers = find_numbers(sentence.text[skip:skip + 25])
    return {"strike"} if numbers and numbers[0].start <= 12 else set()


_LEADING_PHRASE = re.compile(r"[A-Z][^,.;:\d\n]{1,30},\s+")


def _opened_by(before: Sentence | None, sentence: Sentence, previous: SentenceFacts) -> bool:
    """ "The ministry listed them by region:" (no figure of its own, so no candidate), right
    after the figures it breaks down and right before the list's first line."""
    return _opens_the_line_below(before, sentence) and \
        before is not None and before.paragraph == previous.sentence.paragraph


# "- Shot down: 88", "Lost to EW (locationally): 21", "Drones that hit targets: 11, at four
# sites", "North - 41": an item of a list whose label comes before its figure
_LABELLED_FIGURE = re.compile(r"[-*\s]*[A-Za-z][^:\d\n]{1,60}(?::|\s[-–—])\s*"
                              r"(?:about\s+|over\s+|some\s+|"
                              r"around\s+|nearly\s+|up to\s+|at least\s+|~\s*)?\d")


class _DateTracker:
    """The date a sentence talks about: its own, else the one its paragraph set, else the lead's.

    The first dated strike sentence sets the lead date ("on Tuesday" in the first line of a
    report dates the whole account); undated sentences inherit it.
    """

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.lead: dt.date | None = None
        self.last: tuple[int, dt.date] | None = None

    @property
    def anchor(self) -> dt.date | None:
        return self.last[1] if self.last else None

    def date_for(self, sentence: Sentence, mentions: list, strike: bool,
                 told_of: dt.date | None = None) -> dt.date | None:
        """``told_of``: the day of the chronology's entry the sentence is in, if any."""
        if mentions:
            # "524 drones since the truce began on May 8, including 61 overnight": the night
            own = [m for m in mentions if not starts_period(sentence.text, m)] or mentions
            date = own[0].date
            self.last = (sentence.paragraph, date)
            if strike and self.lead is None:
                self.lead = date
            return date
        if self.last and self.last[0] == sentence.paragraph:
            return self.last[1]
        return told_of or self.lead or self.published
