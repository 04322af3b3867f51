"""Whose figures each sentence gives, read across the report (the GUIDE's ``claimed_by`` rulings).

``attribution`` finds the speaker a sentence names; this module gives a strike sentence that
names none the claimant the report makes plain:

- a quotation over several sentences is the speaker's whom its first or last sentence names
  ("… 12 were hurt," he wrote.);
- a sentence right after a source's sentence in the same paragraph is that source's;
- a line that only names the source ("The Air Force reported this.") credits the report it
  closes, or else the one it opens, across paragraphs, up to a paragraph that names another
  source or marks background ("Earlier, …", "As reported, …", "Background:"); a "Source: X"
  line credits both the lead above it and the details below it;
- a breakdown of a source's figure in paragraphs of their own (items adding up to its total)
  is the source's, and so is an air-defence tally (interceptions, hits) right after a military
  body's report;
- a government named by its capital or state ("Moscow said") speaking a figure that a body of
  its side gives is that body;
- a paragraph of the air tally closed by its source ("…, the Air Force said.") is that
  source's; an interviewee's answers after the outlet's questions are the interviewee's; the
  outlet's own arithmetic ("by our count") is its own.

Everything else stays the outlet's own (``claimed_by`` null). Non-candidate sentences are looked
at only for a speech cue, so the cost stays with the sentences that may name a speaker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ceasefire.read.actors import Actor, actor_named, body_voiced_by, find_actors
from ceasefire.read.attribution import (
    SPEAKS_FOR_WORD,
    AttributionContext,
    Claimant,
    body_titled_before,
    find_claimant,
    opening_line,
    source_line,
    source_named_in,
    without_rank,
)
from ceasefire.read.cues import find_cues
from ceasefire.read.facts import SentenceFacts, claims_under_check
from ceasefire.read.lexicon_match import fast_regex
from ceasefire.read.numbers import find_numbers
from ceasefire.read.places import PlaceMention, find_places
from ceasefire.read.sentences import Sentence

# A sentence that may name a speaker; the others are never given to find_claimant.
_SPEECH_CUE = fast_regex(
    r"\b(?:said|says|say|told|claimed|stated|reported|reports|announced|wrote|writes|posted|added|"
    r"according to|confirmed|noted|informed|source|published|released|issued|updated|figures|"
    r"accuses|adds|notes|alleges|insists|warned|warns|informs|communicates|communicated|"
    r"tally|data|numbers (?:below|that follow|which follow)|information (?:of|from|by)|based on|"
    r"provided|supplied|listed|publish|reprint|full text|"
    r"per(?=\s+(?:the\s+)?[A-Z]|:)|via(?=:))\b", re.IGNORECASE)
# A paragraph of background: what a line naming the source credits stops there.
# (a list's item too: "- As reported, on the night to Thursday …")
_BACKGROUND = re.compile(r"(?:[-–—•*▪]\s*)?(?:Earlier|Previously|"
                         r"As (?:previously |was |we )?reported(?! by)|Recall|As a reminder|"
                         r"It was (?:earlier|previously) reported|"
                         r"Background|Context|Нагадаємо|Раніше|Напомним|Ранее)\b")
# "publishes a short statement", "issued its morning update": a body putting out its figures
_PUBLISHES = re.compile(r"\b(?:publish(?:es|ed)?|issu(?:es|ed|e)|releas(?:es|ed|e)|puts? out|"
                        r"posts|posted|gives|gave)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:statement|update|report|bulletin|summary|tally|figures|post|count)\b",
                        re.IGNORECASE)
# "By our own arithmetic", "our tracker puts it at", "by this newsletter's count": the outlet
# counting for itself, whatever source it read before
_OWN_COUNT = re.compile(r"\b(?:our|this (?:newsletter|paper|outlet|site)['’]s)\s+(?:own\s+)?"
                        r"(?:arithmetic|calculations?|count|tally|estimates?|tracker|analysis|"
                        r"reckoning|maths?|sums)\b", re.IGNORECASE)
def _own_count(text: str) -> bool:
    return ("our" in text or "Our" in text or "this" in text) and bool(_OWN_COUNT.search(text))


# "the Air Force's Telegram channel", "a post by the General Staff": a body's own medium, which
# "the post", "the statement" refer to later
_MEDIUM = r"(?:channel|post|statement|page|website|account|feed|bulletin|summary|update|briefing)"
_OWNED_MEDIUM = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}\b|"
                           rf"\b{_MEDIUM}\s+(?P<of>of|by|from)\s+(?=(?:the\s+)?[A-Z])")
_MEDIUM_WORDS = ("channel", "post", "statement", "page", "site", "account", "feed", "bulletin",
                 "summary", "update", "briefing")
_AIR_TALLY_KEEPER = "Ukrainian Air Force"
# "over the region", "the regional administration": the place the story is about, whose
# officials keep their own tally
_LOCAL = re.compile(r"\b(?:the|this|our|that)\s+(?:region|oblast|city|district|area)\b|"
                    r"\bregional\b", re.IGNORECASE)
# a body's text named by the body before it: "the Air Force tally", "the ministry's latest figures"
_ITS_TEXT_WORDS = ("tally", "figures", "count", "numbers", "report", "data")
_ITS_TEXT = re.compile(rf"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:{'|'.join(_ITS_TEXT_WORDS)})\b")
_PUBLISH_WORDS = ("ublish", "issue", "elease", "put", "post", "gave", "gives")
_INTERVIEW_WORDS = ("spoke", "talked", "told", "asked", "interviewed", "met")
# "Krasnodar Krai's operational headquarters was …", "The Rivne regional administration has …"
_BODY_SUBJECT = re.compile(r"(?P<np>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+"
                           r"(?:headquarters|administration|ministry|service|council|command|directorate|"
                           r"department|committee|inspectorate))\s+(?:was|is|were|are|has|had|"
                           r"did|gave|offered|released|posted)\b")
# An interview: "We spoke to Captain X, …", "I asked X", "X spoke to us at dawn", "X told us"
_WE_ASKED = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:spoke|talked)\s+(?:to|with)|asked|interviewed|"
                       r"met)\s+(?P<np>[^,.;:\"?]{3,80})")
_SPOKE_TO_US = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)\b|\btold\s+(?:us|me)\b")
# A report has a few lines naming its source; a page of thousands is no report (and each
# line's reach is a walk over the paragraphs).
_MAX_SOURCE_LINES = 20
_MAX_SOURCE_CANDIDATES = 60  # lines that may name a source (short capitalised lines included)
# "Source: Ukraine's Air Force", "Data - the Air Force" on a line of its own (the splitter
# drops it as furniture).
# "Per: the Air Force's morning report", "Via: Ukrinform": a newsletter's credit line; a time
# in brackets after the name ("(as of 09:00)") is no part of it
# A bulleted line and a few words on what it credits may come first ("• Source for all of the
# above: X", "Data for this section - X"); words with no digit, so that "Figures for 12 May:
# 40 drones" is no credit.
_SOURCE_WORD = (r"^[ \t]*(?:[•*\u2013\u2014-][ \t]+)?\(?"
                r"(?:Sources?|Data(?: source)?|Figures|Per|Via)"
                r"(?:[ \t]+(?:for|of|on)[ \t]+[^\W\d][^\n:\d]{0,30}?)?")
# A note may follow the credit on its line ("Source: X; our compilation. A dash means none."):
# the credit ends at its full stop.
_SOURCE_LINE = re.compile(rf"{_SOURCE_WORD}(?:[ \t]*:|[ \t]+-)[ \t]*"
                          r"(?P<np>[^\n(]{2,80}?)[ \t.)]*(?:\([^\n()]{0,40}\)[ \t.]*)?"
                          r"(?:$|(?<=\.)[ \t]+[A-Z][^\n]*$)", re.MULTILINE)
# What a line naming the source credits: the report it closes, else the one it opens ("This was
# reported by X."); the report below it ("X said:"); the item it labels, above and below it
# ("Source: X" after a lead, before "Details:" and "Quote:").
_CLOSES, _OPENS, _LABELS = "closes", "opens", "labels"
# "The Air Force said on Telegram:" on a line of its own: it opens the report below it.
# A data desk's header over its bullets ("UKRAINE - overnight, per the Air Force (statement at
# 08:00):") opens them too; a time's colon is no end of the line.
_COLON_LINE = re.compile(r"^[ \t]*(?P<line>(?:[^\n:]|(?<=\d):(?=\d\d)){3,160}):[ \t]*$",
                         re.MULTILINE)
_SPEECH_IN_LINE = re.compile(r"\b(?:said|says|reported|reports|stated|wrote|posted|announced|"
                             r"according to|per|citing|gave|gives|published|publishes|released|"
                             r"shared|issued|listed)\b", re.IGNORECASE)


# "we", "our forces", "our air defence": the voice of someone speaking, not of the outlet
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us)\b")
# "governor", "the regional governor", "city mayor": an official named by the title alone
_BARE_TITLE = re.compile(r"(?:the\s+)?(?:(?:regional|city|local|district)\s+)?(?P<title>governor|"
                         r"mayor)", re.IGNORECASE)


@dataclass
class _Mark:
    """What one sentence says about who speaks."""

    at: int  # its position among the report's sentences
    text: str
    start: int
    paragraph: int
    strike: bool  # a candidate strike sentence, whose figures are credited
    own: Claimant | None = None  # the speaker it names
    source: Claimant | None = None  # the speaker, when the sentence only names it
    opens: bool = False  # the sentence announces the source's figures that follow it
    quoted: bool = False
    quote: _Quote | None = None  # the quotation it belongs to when it spans sentences
    carried: Claimant | None = None  # the source named before it in its paragraph

    @property
    def unattributed(self) -> bool:
        return self.strike and self.own is None


@dataclass
class _Quote:
    """A quotation that spans sentences: its speaker is named where it opens or closes."""

    marks: list[_Mark] = field(default_factory=list)

    def speaker(self) -> Claimant | None:
        if len(self.marks) < 2:
            return None
        return self.marks[-1].own or self.marks[0].own


class ReportClaims:
    """Reads a report's sentences in order, then credits its strike sentences' figures."""

    def __init__(self, text: str, title: str | None = None) -> None:
        self.context = AttributionContext()
        self.marks: list[_Mark] = []
        self._by_start: dict[int, _Mark] = {}
        self._quote: _Quote | None = None
        self._paragraph = -1
        self._background: set[int] = set()
        self._carry: Claimant | None = None  # the last speaker named in the paragraph
        self._carry_paragraph = -1
        self._interviewee: Claimant | None = None  # whom the outlet interviews
        self._ranks_only = False  # the paragraph so far is abbreviated ranks ("LT.", "GEN.")
        # who speaks the transcript turn the last sentence read is in ("PESKOV: …" and the
        # sentences after it in its paragraph); None outside turns and in a question ("Q: …")
        self.turn_speaker: Claimant | None = None
        # the paragraph is the interviewer's turn ("HOST: …", "Q: …", "LYSENKO: …" after "HOST
        # (DARIA LYSENKO): …"): figures the host repeats or asks about are nobody's claim
        self.asking = False
        self._source_lines = _source_lines(text)
        # paragraph -> the source its heading line names: a list of another's figures begins
        self._headings = {paragraph: claimant.name for _, paragraph, claimant, reach
                          in self._source_lines if reach == _OPENS}
        self._text = text
        self._headline = _headline_source(title) if title else None

    def read(self, sentence: Sentence, kinds: set[str]) -> Claimant | None:
        """The speaker ``sentence`` names itself (remembered for "he", "the ministry" later)."""
        text = sentence.text
        opens_paragraph = sentence.paragraph != self._paragraph
        if opens_paragraph:
            self.turn_speaker = None
            self.asking = False
            # a quotation that runs on reopens each paragraph with a quote mark, unclosed
            if not (self._quote is not None and text.startswith('"')):
                self._quote = None
            self._paragraph = sentence.paragraph
            if _BACKGROUND.match(text):
                self._background.add(sentence.paragraph)
        if sentence.paragraph != self._carry_paragraph:
            self._carry, self._carry_paragraph = None, sentence.paragraph
            self.context.subject = None  # a "he" reaches back to a subject of its paragraph
            if self.marks and self.marks[-1].text.rstrip().endswith("?"):
                # an interview's answer: the paragraph after a question is the interviewee's
                self._carry = self._interviewee
        mark = _Mark(len(self.marks), text, sentence.start, sentence.paragraph, "strike" in kinds)
        self._follow_quotes(text, mark)
        # "LT. GEN. KRYVONIS: …": the splitter ends a sentence at each abbreviated rank, so a
        # turn's label may open the paragraph's first sentence after them
        after_ranks = opens_paragraph or (self._ranks_only and bool(self.marks) and
                                          self.marks[-1].paragraph == sentence.paragraph)
        self._ranks_only = after_ranks and bool(_RANK_ONLY.fullmatch(text))
        turn = _TURN_LABEL.match(text) if after_ranks else None
        if after_ranks and (_HOST_TURN.match(text) or turn is not None and _introduced_as_host(
                turn.group("label"), self._text[:sentence.start])):
            self.asking = True
        if turn is not None:
            # a transcript's turn ("IHNAT: Overnight the enemy used …"): the paragraph is its
            # speaker's, a question ("Q: …") nobody's claim
            mark.own = _turn_speaker(turn.group("label"), self._text[:sentence.start],
                                     turn.group("title"))
            self._carry = self.turn_speaker = mark.own
        if kinds or _SPEECH_CUE.search(text):
            own = find_claimant(text, self.context)
            if own is not None and own.kind == "group" and _REGIONAL_OFFICE.fullmatch(own.name):
                own = self._of_its_region(own, text, sentence.paragraph)
            if own is not None and not (turn is not None and own.start < turn.end()):
                mark.own = own  # a speaker the turn names ("… the ministry said"), not its label
            mark.source = source_line(text, self.context)
            # "Governor X informed about the situation over the past day.": a speaker of no
            # figure of their own, whose account follows, opens it as a line naming a source does
            if mark.source is None and (mark.own is None or not kinds and " about " in text):
                mark.source = opening_line(text, self.context)
                mark.opens = mark.source is not None
                if mark.opens:
                    mark.own = None
            if mark.source is not None and mark.own is None:
                # "The Air Force has published its tally." then "…, according to the
                # statement": the statement is that source's
                self.context.remember(mark.source)
            if mark.own is not None:
                self.context.remember(mark.own)
                # a quote that names its speaker is that source's sentence like any other:
                # the sentence after it in the paragraph continues it (GUIDE)
                self._carry = mark.own
            elif kinds:
                self.context.note_subject(text)
        if mark.own is None and mark.source is None:
            self._note_publisher(text)
            self._note_body_subject(text)
        if mark.own is None:
            self.context.note_person_subject(text)
            mark.carried = self._carry  # a quotation that names no speaker continues too
        else:
            self.context.subject = None
        if any(word in text for word in _INTERVIEW_WORDS):
            self._note_interviewee(text, mark.own)
        self.marks.append(mark)
        self._by_start[sentence.start] = mark
        return mark.own

    def _of_its_region(self, office: Claimant, text: str, paragraph: int) -> Claimant:
        """ "Nikopol, in the Dnipropetrovsk region, came under fire. The head of the regional
        military administration said …": a regional office named without its region is the
        region's the sentence, else its paragraph, names (the gold names it: "Dnipropetrovsk
        regional military administration"); left as it is where none or two are named."""
        texts = [text] + [m.text for m in reversed(self.marks) if m.paragraph == paragraph]
        for told in texts:
            regions = {region for p in find_places(told) if (region := _region_of(p))}
            if len(regions) == 1:
                name = _named_with_region(office.name, regions.pop())
                return Claimant(name, office.side, office.kind, office.start, office.end)
            if regions:
                break
        return office

    def _note_interviewee(self, text: str, own: Claimant | None) -> None:
        """ "We spoke to Captain Olena Moroz, an Air Force officer.", "Colonel X spoke to us":
        the person the outlet interviews, whom "she said" and the answers to its questions
        are."""
        asked = _WE_ASKED.search(text)
        person = None
        if asked is not None:
            person = _speaker_named(asked.group("np"))
        elif (spoke := _SPOKE_TO_US.search(text)) is not None:
            person = own if own is not None and own.kind in ("person", "office") else \
                _speaker_named(text[:spoke.start()]) or self.context.subject
        if person is not None:
            self._interviewee = person
            self.context.remember(person)
            self.context.subject = person

    def _note_body_subject(self, text: str) -> None:
        """ "Krasnodar Krai's operational headquarters was more forthcoming. It said two people
        were injured.": a body that opens a sentence without speaking is what "it" means next,
        though the table of actors does not know it."""
        m = _BODY_SUBJECT.match(text) if text[:1].isupper() else None
        if m is None:
            return
        body = find_claimant(f"{m.group('np')} said.", AttributionContext())
        if body is not None and body.kind != "person":
            self.context.remember(Claimant(body.name, body.side, body.kind))

    def _note_publisher(self, text: str) -> None:
        """ "Each morning Ukraine's Air Force publishes a short statement": the body that
        issues a statement is whom "the statement" and "its update" refer to later."""
        m = _PUBLISHES.search(text) if any(w in text for w in _PUBLISH_WORDS) else None
        owned = _OWNED_MEDIUM.search(text) if m is None and any(
            w in text for w in _MEDIUM_WORDS) else None
        if owned is not None and owned.group("of"):
            # "a post by the Air Force", "the statement of the General Staff": the body after it
            bodies = [a.actor for a in find_actors(text[owned.end():]) if a.actor.kind == "office"]
            bodies = bodies[:1]
        elif (said := m or owned) is not None:
            # "the Air Force publishes …", "came from the Air Force's Telegram channel": the
            # body before it, whose post "the post said" means later
            end = said.start()
            bodies = [a.actor for a in find_actors(text[:end + 1]) if a.actor.kind == "office"]
        elif any(w in text for w in _ITS_TEXT_WORDS):
            # "The paper opens with the Air Force tally": the body whose tally it is
            bodies = [a.actor for a in find_actors(text) if a.actor.kind == "office"
                      and _ITS_TEXT.match(text, a.end)]
        else:
            return
        if bodies:
            self.context.remember(Claimant(bodies[-1].name, bodies[-1].side, "office"))

    def _follow_quotes(self, text: str, mark: _Mark) -> None:
        quotes = text.count('"')
        opens_next = text.rstrip().endswith(' "')  # the splitter left a quote's mark behind
        quotes -= opens_next
        if self._quote is not None and self._quote.marks and \
                self._quote.marks[-1].paragraph != mark.paragraph:
            quotes -= 1  # the mark that reopens a quotation running on from the last paragraph
        mark.quoted = self._quote is not None or quotes > 0
        if self._quote is not None:
            self._quote.marks.append(mark)
            mark.quote = self._quote
            if quotes % 2:
                self._quote = None
        elif quotes % 2:
            self._quote = mark.quote = _Quote([mark])
        if opens_next and self._quote is None:
            self._quote = _Quote([])

    def credit(self, facts: list[SentenceFacts]) -> None:
        """Give each strike sentence that names no speaker the claimant the report makes plain."""
        by_line = self._line_credits()
        breakdowns = self._breakdowns()
        closed = self._closed_by_a_body()
        headlined = self._headlined()
        given: dict[int, Claimant] = {}
        body: Claimant | None = None  # the body whose air-defence tally may run on
        for mark in self.marks:
            if mark.paragraph in self._background:
                body = None
                continue
            if mark.strike and _own_count(mark.text):
                body = None  # "By our own arithmetic, 13 drones got through": the outlet's
                continue
            claimant = mark.own
            if mark.unattributed:
                quote = mark.quote.speaker() if mark.quote is not None else None
                claimant = quote or mark.carried or closed.get(mark.at) or by_line.get(mark.at) or \
                    breakdowns.get(mark.at) or _tally_of(body, mark.text) or \
                    self._first_person_before(mark) or headlined.get(mark.at)
                if claimant is not None:
                    given[mark.at] = claimant
            if claimant is not None:
                # a body's report of figures, not its word on something else, runs on
                body = claimant if claimant.kind == "office" and mark.strike else None
            elif body is not None and mark.strike and _values(mark.text) and \
                    not _is_air_tally(mark.text):
                # the outlet's own figures: the body's report has ended; not where they only
                # detail the attack ("The attack also involved five ballistic missiles.")
                body = None
        for f in facts:
            read = self._by_start.get(f.sentence.start)
            if read is not None and read.at in given:
                f.claimant = given[read.at]
            if read is not None and f.claimant is not None:
                sides = {p.place.country for p in f.places if p.place.country}
                f.claimant = self._named_later(f.claimant, read.at, sides) or f.claimant
        _governments_as_their_bodies(facts)
        _officials_as_the_one_named(facts)
        self._air_tallies_of_the_keeper(facts)

    def _air_tallies_of_the_keeper(self, facts: list[SentenceFacts]) -> None:
        """ "Russia launched 90 drones; 81 were shot down." with no source in its paragraph, in a
        report that gives the Air Force's figures elsewhere: the nationwide tally of the air war
        is the body's that keeps it, not the outlet's, its breakdown by region too ("12 over the
        Sumy region"). A tally of "the region" the paragraphs before are about is left alone: its
        officials keep their own."""
        keeper = next((f.claimant for f in facts if f.claimant is not None
                       and f.claimant.name == _AIR_TALLY_KEEPER), None)
        if keeper is None:
            return
        under_check = claims_under_check(facts)  # "CLAIM: …": the post's figure, not the body's
        for f in facts:
            read = self._by_start.get(f.sentence.start)
            if f.claimant is not None or read is None or not read.strike or \
                    read.paragraph in self._background or _own_count(f.text) or \
                    not _is_air_tally(f.text) or _LOCAL.search(f.text) or _abroad(f) or \
                    f.sentence.paragraph in under_check or _on_a_town(f):
                continue
            f.claimant = Claimant(keeper.name, keeper.side, keeper.kind)

    def _headlined(self) -> dict[int, Claimant]:
        """ "Air Force: 62 of 75 Russian drones downed overnight" over a body that names no
        source: the headline names the source of the report, as a line naming the source does
        above it (GUIDE), so the air tally the body gives is the source's, up to a paragraph
        that names another source or is background. Casualties and damage stay the outlet's:
        the air tally is what such a headline announces."""
        if self._headline is None:
            return {}
        paragraphs: dict[int, list[_Mark]] = {}
        for m in self.marks:
            paragraphs.setdefault(m.paragraph, []).append(m)
        return {m.at: self._headline for m in self._reach(paragraphs, -1, self._headline, 1)
                if m.unattributed and m.carried is None and _is_air_tally(m.text)
                and not _own_count(m.text)}

    def _closed_by_a_body(self) -> dict[int, Claimant]:
        """ "Russia sent 64 drones overnight. Fifty-one were shot down. Nine hit targets, the
        Air Force said.": a paragraph of the air war's tally (launched, downed, hit; no
        casualties) whose only source, a body or an official, is named after the figures of
        its last sentence ("…, X said") is that source's report, every sentence of it (GUIDE:
        a line naming the source closes the report); "X said 473 were downed" opens its own
        claim. A toll closing it does not reach back ("Russia launched 40 drones. Two were
        injured, the governor said.")."""
        credits: dict[int, Claimant] = {}
        for mark in self.marks:
            own = mark.own
            if own is None or own.kind not in ("office", "person") or not mark.strike or \
                    _counts_casualties(mark.text) or not _closes(own, mark.text):
                continue
            for before in reversed(self.marks[:mark.at]):
                if before.paragraph != mark.paragraph or not before.unattributed or \
                        before.carried is not None or before.quoted or \
                        not _is_air_tally(before.text) or _own_count(before.text):
                    break
                credits[before.at] = own
        return credits

    def _first_person_before(self, mark: _Mark) -> Claimant | None:
        """ "Our defenders shot down 51 of them. Three reached the port, said the spokesman
        X.": words in the first person, unquoted, are the speaker's named right after them in
        the paragraph (an outlet never says "we" or "our forces" in its own voice)."""
        if not _FIRST_PERSON.search(mark.text):
            return None
        for later in self.marks[mark.at + 1:mark.at + 3]:
            if later.paragraph != mark.paragraph:
                return None
            if later.own is not None:
                return later.own if later.own.kind in ("person", "office") else None
            if not _FIRST_PERSON.search(later.text):
                return None
        return None

    def _named_later(self, claimant: Claimant, at: int, sides: set[str]) -> Claimant | None:
        """ "…, the regional governor said." in the lead, then "Kharkiv Governor Oleh
        Syniehubov wrote …": an official named only by the title is the person the report names
        with that title later (wire copy names the speaker in the lead by title alone), an
        official of the side whose places the sentence names."""
        m = _BARE_TITLE.fullmatch(claimant.name) if claimant.kind == "group" else None
        if m is None:
            return None
        title = m.group("title")
        for mark in self.marks[at + 1:]:
            own = mark.own
            if own is not None and own.kind == "person" and \
                    (not sides or own.side is None or own.side in sides) and re.search(
                    rf"\b{title}\b[^.;]{{0,30}}?\b{re.escape(own.name)}", mark.text, re.IGNORECASE):
                return own
        return None

    def _breakdowns(self) -> dict[int, Claimant]:
        """Sentences naming no source, after a source's sentence and beyond its paragraph,
        whose figures add up to one of that source's ("… and 28 missiles, the Air Force
        reported." then a list "16 Kh-101 …; 9 Iskander-M …; 3 Kalibr …"): a breakdown of a
        claim is part of it (GUIDE), so the source's."""
        credits: dict[int, Claimant] = {}
        source: _Mark | None = None
        totals: set[float] | None = None  # the source's figures, read when first needed
        run: list[_Mark] = []
        added = 0.0
        for m in self.marks:
            if m.own is not None or m.paragraph in self._background:
                source = m if m.own is not None and m.strike else None
                totals, run, added = None, [], 0.0
            elif source is not None and m.unattributed and m.carried is None:
                if totals is None:
                    totals = set(_values(source.text))
                if not totals:
                    continue
                run.append(m)
                added += sum(_values(m.text))
                if added in totals and source.own is not None:
                    credits.update((r.at, source.own) for r in run)
                    run, added = [], 0.0
                elif added > max(totals):
                    totals = set()  # no breakdown of this source's figures
        return credits

    def _line_credits(self) -> dict[int, Claimant]:
        """Sentences credited by a line that only names the source: those of the report it
        closes (before it), else of the report it opens (after it). A "Source: X" line labels
        the whole item it stands in: the lead above it and the details below it."""
        alone = self._alone()
        lines = [(m.start, m.paragraph, m.source, _reach_of(m, alone))
                 for m in self.marks if m.source is not None]
        lines = (lines + self._source_lines)[:_MAX_SOURCE_LINES]
        if not lines:
            return {}
        paragraphs: dict[int, list[_Mark]] = {}
        for m in self.marks:
            paragraphs.setdefault(m.paragraph, []).append(m)
        credits: dict[int, Claimant] = {}
        for start, paragraph, claimant, reach in sorted(lines, key=lambda line: line[0]):
            before = [] if reach == _OPENS else [
                m for m in self._reach(paragraphs, paragraph, claimant, -1)
                if m.start < start and m.unattributed]
            after = [m for m in self._reach(paragraphs, paragraph, claimant, 1)
                     if m.start > start and m.unattributed]
            if before and after and not any(_values(m.text) for m in before):
                reach = _LABELS  # a lead with no figures above the line: it labels both
            for m in before + after if reach == _LABELS else before or after:
                credits.setdefault(m.at, claimant)
        return credits

    def _alone(self) -> set[int]:
        """Source lines that are a paragraph of their own between two paragraphs of figures
        ("… 142 drones …" / "This was reported by the Air Force." / "… 97 shot down …"): they
        stand between the lead and the bulletin it opens, and credit both, as "Source:" does."""
        count: dict[int, int] = {}
        for m in self.marks:
            count[m.paragraph] = count.get(m.paragraph, 0) + 1
        return {m.at for m in self.marks
                if m.source is not None and count[m.paragraph] == 1
                and 0 < m.at < len(self.marks) - 1
                and self.marks[m.at - 1].strike and self.marks[m.at + 1].strike}

    def _reach(self, paragraphs: dict[int, list[_Mark]], paragraph: int, claimant: Claimant,
               step: int) -> Iterator[_Mark]:
        """The sentences of ``paragraph`` and of those beyond it in direction ``step``, up to
        a paragraph that names another source or is background."""
        p, first, last = paragraph, min([*paragraphs, paragraph]), max([*paragraphs, paragraph])
        while first <= p <= last:
            marks = paragraphs.get(p, [])
            if p != paragraph and (p in self._background or any(
                    m.own is not None and m.own.name != claimant.name for m in marks) or
                    self._headings.get(p, claimant.name) != claimant.name):
                return  # another source named, or a heading of another source's figures
            yield from marks
            p += step


def _reach_of(mark: _Mark, alone: set[int]) -> str:
    """What a sentence that only names the source credits (see ``_line_credits``)."""
    if mark.opens:
        return _OPENS
    return _LABELS if mark.at in alone else _CLOSES


# A transcript's turn: the speaker's name in capitals, or "Q", before a colon at a paragraph's
# start ("IHNAT: …", "MS ZAKHAROVA: …").
# A rank may stand before it, abbreviated or not ("LT. GEN. KRYVONIS:", "COLONEL IHNAT:").
# A name in capitals may come whole, with the title after a comma ("YURII IHNAT, AIR FORCE
# SPOKESMAN: …"): the title is read as written in lower case.
_TURN_LABEL = re.compile(r"(?P<label>(?:(?:MR|MRS|MS|DR|Mr|Mrs|Ms|Dr|LT|Lt|GEN|Gen|COL|Col|MAJ|Maj|"
                         r"CAPT|Capt|ADM|Adm|SGT|Sgt|LIEUTENANT|GENERAL|COLONEL|MAJOR|CAPTAIN|"
                         r"ADMIRAL)\.?\s+){0,3}(?:[A-Z][A-Z'’-]+\s+){0,2}"
                         r"[A-Z](?:[A-Z'’-]+|[a-z'’-]+))"
                         r"(?:,\s+(?P<title>[A-Z][A-Z'’ -]{2,60}))?\s*:\s")
_RANK_ONLY = re.compile(r"[A-Z][A-Za-z]{0,9}\.")
# "…, deputy commander of the Air Force of the Armed Forces of Ukraine": the title after the
# name that introduced the speaker
_TITLE_APPOSED = re.compile(r"\s*,\s*(?P<title>[^.;\n]{0,100})")


def _known_person(surname: str) -> Claimant | None:
    """ "PESKOV: …" with no one introduced by that name: the person the actor lexicon knows
    by the surname alone (a spokesman every reader knows), else no one."""
    actors = find_actors(surname)
    if len(actors) != 1 or actors[0].actor.kind != "person" or actors[0].surface != surname:
        return None
    return _person_or_body(actors[0].actor.name, actors[0].actor.side)


def _person_or_body(name: str, side: str | None) -> Claimant:
    """The person, or the body whose figures they give by their office (the Air Force's
    spokesman: ``lexicon/spokespeople.tsv``)."""
    body = body_voiced_by(name)
    if body is not None:
        return Claimant(body.name, body.side, "office")
    return Claimant(name, side, "person")


def _turn_speaker(label: str, before: str, title: str | None = None) -> Claimant | None:
    """The speaker of a transcript's turn: the person introduced before under that surname;
    the body, where they were introduced as its spokesperson (at a body's briefing the
    spokesperson gives the body's figures), in the text or in a label of their own ("YURII
    IHNAT, AIR FORCE SPOKESMAN: …", then "IHNAT: …"). "Q" and a label naming no one: None."""
    surname = label.split()[-1].title()
    if len(surname) < 3 or find_places(surname):
        return None  # "Q:", a dateline "KHARKIV:"
    if title is not None and SPEAKS_FOR_WORD.search(title):  # introduced in the label itself
        before = f"{before}\n\n{label.title()}, {title.title()}."
    before = _labels_as_names(before)
    named = None
    for m in re.finditer(rf"(?:[A-Z][\w'’-]+\s+){{1,2}}{re.escape(surname)}\b", before):
        named = m
    if named is None:
        return _known_person(surname)
    # "Speaker: Air Force spokesperson Yurii Ihnat", "briefing by the commander of Ukraine's
    # Air Force, Lieutenant General Mykola Oleshchuk": the body's spokesperson or commander
    body = body_titled_before(before, named.start()) or _body_titled_after(before, named.end())
    if body is not None:
        return Claimant(body.name, body.side, "office")
    person = without_rank(named.group().strip())
    actors = find_actors(person)
    if actors and actors[0].actor.kind != "person":
        return None  # "Force:" after "the Air Force": no one introduced by that name
    side = actors[0].actor.side if actors else None
    return _person_or_body(actors[0].actor.name if actors else person, side)


_HOST_WORDS = r"(?:HOST|PRESENTER|ANCHOR|INTERVIEWER|MODERATOR|Q|QUESTION|REPORTER|JOURNALIST|" \
    r"CORRESPONDENT|Host|Presenter|Anchor|Interviewer|Moderator|Question|Reporter|Journalist|" \
    r"Correspondent)"
# "HOST:", "PRESENTER (MARTA HOLUB):", "Q:": the one asking
_HOST_TURN = re.compile(_HOST_WORDS + r"(?:\s*\([^()\n]{1,60}\))?\s*:\s")


def _introduced_as_host(label: str, before: str) -> bool:
    """Whether the turn's speaker was introduced as the one asking: "HOLUB:" after "PRESENTER
    (MARTA HOLUB): …"."""
    surname = label.split()[-1]
    return len(surname) > 2 and re.search(
        rf"(?m)^{_HOST_WORDS}\s*\([^()\n]*\b{re.escape(surname)}\)\s*:", before,
        re.IGNORECASE) is not None


def _labels_as_names(text: str) -> str:
    """``text`` with the turn labels that name a speaker in capitals written as names ("YURII
    IHNAT, AIR FORCE SPOKESMAN:" → "Yurii Ihnat, Air Force Spokesman:"), so that a later turn
    finds its speaker introduced there."""
    return _CAPITALS_LABEL.sub(lambda m: m.group().title(), text) if ":" in text else text


_CAPITALS_LABEL = re.compile(r"(?m)^[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2}"
                             r"(?:,\s+[A-Z][A-Z'’ -]{2,60})?(?=\s*:\s)")


def _body_titled_after(text: str, name_end: int) -> Actor | None:
    """The body whose spokesperson or commander the title after a name calls the person
    ("Anatolii Kryvonis, deputy commander of the Air Force")."""
    title = _TITLE_APPOSED.match(text, name_end)
    if title is None or not SPEAKS_FOR_WORD.search(title.group("title")):
        return None
    bodies = [a.actor for a in find_actors(title.group("title")) if a.actor.kind == "office"]
    return bodies[0] if bodies else None


def _speaker_named(np: str) -> Claimant | None:
    """Who ``np`` names as a speaker would be ("Captain Olena Moroz", "Yurii Ihnat, the Air
    Force's spokesman,"), read as the subject of "said" so that the rules for titles apply."""
    np = np.strip()  # an apposition's closing comma kept: "X, the Air Force's spokesman,"
    found = find_claimant(f"{np} said.", AttributionContext()) if np.strip(",") else None
    if found is not None and found.kind in ("person", "office"):
        return Claimant(found.name, found.side, found.kind)
    return _person_in(np)


def _person_in(np: str) -> Claimant | None:
    """The person a phrase names ("Captain Olena Moroz", "the spokesman Yurii Ihnat")."""
    people = [a.actor for a in find_actors(np) if a.actor.kind == "person"]
    if people:
        return Claimant(people[0].name, people[0].side, "person")
    # the last two of the first capitalised words: "Captain Olena Moroz" → "Olena Moroz"
    run = re.search(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", np)
    name = " ".join(run.group().split()[-2:]) if run is not None else ""
    if not name or find_actors(name) or find_places(name):
        return None
    return Claimant(name, None, "person")


def _governments_as_their_bodies(facts: list[SentenceFacts]) -> None:
    """ "…, as Moscow said it had downed 88 drones" and later "Russia's defence ministry said
    air defences had destroyed 88 drones": a government named by its capital or its state
    speaks through the body of its side that gives the same figure in the report, so the two
    sentences are one claim of that body."""
    governments = [(f, f.claimant) for f in facts
                   if f.claimant is not None and _is_government(f.claimant)]
    if not governments:
        return
    bodies = [(f, f.claimant) for f in facts
              if f.claimant is not None and f.claimant.kind == "office"]
    for f, government in governments:
        figures = _large_values(f.text)
        for body, claimant in bodies:
            if claimant.side == government.side and figures & _large_values(body.text):
                f.claimant = claimant
                break


# "Ukrainian officials said", "local authorities said": officials not named
_UNNAMED_OFFICIALS = re.compile(r"(?:(?:Ukrainian|Russian|Ukraine's|Russia's|local|regional|city|"
                                r"the)\s+)?(?:officials|authorities)", re.IGNORECASE)


def _officials_as_the_one_named(facts: list[SentenceFacts]) -> None:
    """ "…, killing two people in Lutsk, Ukrainian officials said." in the lead, then "Volyn
    governor Ivan Rudnytskyi said two men were killed …": the officials the lead does not name
    are the official named later with the same toll, one claim of that official."""
    for i, f in enumerate(facts):
        officials = f.claimant
        if officials is None or not _UNNAMED_OFFICIALS.fullmatch(officials.name) or \
                not _counts_casualties(f.text):
            continue
        tolls = set(_values(f.text))
        for later in facts[i + 1:]:
            if _names_the_official(later, officials) and tolls & set(_values(later.text)):
                f.claimant = later.claimant
                break


def _names_the_official(f: SentenceFacts, officials: Claimant) -> bool:
    """ ``f`` gives a toll and names a person or a body of the officials' side."""
    named = f.claimant
    return named is not None and named.kind in ("person", "office") and \
        not _UNNAMED_OFFICIALS.fullmatch(named.name) and \
        (None in (named.side, officials.side) or named.side == officials.side) and \
        _counts_casualties(f.text)


def _is_government(claimant: Claimant) -> bool:
    actor = actor_named(claimant.name)
    return actor is not None and actor.kind in ("state", "capital")


def _large_values(text: str) -> set[float]:
    """The figures of a sentence too large to coincide by chance (1, 2 or 5 often do)."""
    return {value for value in _values(text) if value >= 10}


def _tally_of(body: Claimant | None, text: str) -> Claimant | None:
    """``body``, when ``text`` runs on with its tally; not where it names the other side's
    forces ("Ukraine's air defences shot down 45" after Russia's defence ministry)."""
    if body is None or not _is_tally(text):
        return None
    if any(a.actor.kind == "office" and a.actor.side not in (None, body.side)
           for a in find_actors(text)):
        return None
    return body


def _is_tally(text: str) -> bool:
    """ "Air defence neutralised 405 targets", "Hits were recorded at 9 locations": figures of
    interceptions or hits and of no casualties, the air war's tally that only the military
    keeps. After a military body's report, in a paragraph that names no source, they are the
    body's report running on (as the corpus reads the Air Force's reports)."""
    metrics = {cue.value for cue in find_cues(text, "metric")}
    return bool(metrics & {"intercepted", "hit"}) and not metrics & {"killed", "injured"} \
        and bool(_values(text))


def _closes(speaker: Claimant, text: str) -> bool:
    """ "Nine drones hit targets, the Air Force said.": the speaker named after the figures,
    closing what was said (not "The Air Force said 473 were downed", which opens its own)."""
    numbers = find_numbers(text)
    return bool(numbers) and speaker.start > numbers[0].start


def _counts_casualties(text: str) -> bool:
    return any(cue.value in ("killed", "injured") for cue in find_cues(text, "metric"))


def _is_air_tally(text: str) -> bool:
    """ "Russia sent 64 drones", "51 were shot down": figures of the air war only (launched,
    downed, hit), no casualties."""
    metrics = {cue.value for cue in find_cues(text, "metric")}
    return bool(metrics) and metrics <= {"launched", "intercepted", "hit"} and bool(_values(text))


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text) if n.value is not None]


def _colon_lines(text: str) -> list[re.Match[str]]:
    """``_COLON_LINE.finditer(text)``, tried only on the lines that hold a colon: a match lies
    within one line and ends in one, and the pattern walks every other line to its end."""
    out = []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        if (m := _COLON_LINE.match(text, start, end)) is not None:
            out.append(m)
        colon = text.find(":", end)
    return out


def _source_lines(text: str) -> list[tuple[int, int, Claimant, str]]:
    """(offset, paragraph, claimant, reach) of each line of the text that only names the
    source: "Source: X" (labels the item around it), "X said on Telegram:" (opens)."""
    found = [(m.start(), m.group("np"), _LABELS) for m in _SOURCE_LINE.finditer(text)]
    found += [(m.start(), m.group("line"), _OPENS) for m in _colon_lines(text)]
    if "(" in text:
        found += [(m.start(), m.group("np"), _OPENS) for m in _BRACKET_HEADING.finditer(text)]
    found += [(m.start(), m.group("np"), _RELEASE) for m in _RELEASE_LINE.finditer(text)]
    if "issued by" in text or "released by" in text:  # (a lookup first: few reports say so)
        found += [(m.start(), m.group("np"), _RELEASE) for m in _ISSUED_BY.finditer(text)]
    found += [(m.start(), m.group("line"), _NAMED) for m in _NAME_LINE.finditer(text)]
    out: list[tuple[int, int, Claimant, str]] = []
    for start, words, reach in sorted(found)[:_MAX_SOURCE_CANDIDATES]:
        if len(out) >= _MAX_SOURCE_LINES:
            break
        if reach == _NAMED:  # a body's name alone on a line opens its post below
            claimant = _heading_source(words)
            if claimant is None or claimant.kind != "office":
                continue
            reach = _OPENS
        elif reach == _RELEASE:  # "PRESS RELEASE - NPC Ukrenergo, 11 January": the issuer's
            claimant, reach = source_named_in(words), _OPENS
        elif reach != _OPENS:
            claimant = source_named_in(words)
        elif _SPEECH_IN_LINE.search(words):
            claimant = find_claimant(words, AttributionContext())
        else:
            claimant = _heading_source(words) or _source_after_via(words)
        if claimant is not None and claimant.kind == "group":
            claimant = _body_of_the_side_named(words, claimant)
        if claimant is not None and claimant.kind != "media":
            out.append((start, _paragraph_at(text, start), claimant, reach))
    return out


# "Ukrainian Air Force, overnight:", "Kyiv regional military administration (09:10):": a
# heading that is a source's name, then at most when: the part before the comma, dash or bracket
_HEADING_HEAD = re.compile(r"^[ \t]*(?P<head>[^,(\n]+?)(?:\s*(?:,|\(|\s-\s)|[ \t]*$)")
# "The Air Force's overnight report", "AIR FORCE MORNING REPORT": the body's report
_ITS_REPORT = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?|\s+(?:(?:morning|evening|daily|nightly|"
                         r"overnight|latest|official)\s+)?)(?:report|figures|data|tally|count|update|"
                         r"summary|bulletin|statement|numbers)$", re.IGNORECASE)
_TIME_TAIL = re.compile(r"\s+(?:for|on|over|during|of|from)\s+(?:the\s+)?(?:night|nights|day|"
                        r"morning|evening|past|last|overnight|\d|(?:Mon|Tues|Wednes|Thurs|Fri|"
                        r"Satur|Sun)day)[^,]{0,40}$", re.IGNORECASE)
# "Daily tally (Ukrainian Air Force)" on a line of its own above the figures: the source in
# brackets at the end of a heading
# "Ukraine's Air Force" alone on a line above its post (a channel's name over a reposted
# post): the body's name and nothing else
# "AIR FORCE MORNING REPORT, 11 JANUARY" over the bullets: the same, dated after a comma
_NAME_LINE = re.compile(r"^[ \t]*(?P<line>[A-Z][^\n:.,;!?\d()]{2,60}?)"
                        r"(?:,[ \t]*[\w \t]{1,30})?[ \t]*$", re.MULTILINE)
_NAMED = "named"
# "PRESS RELEASE - NPC Ukrenergo, 11 January 2026", "Statement by the Coordination
# Headquarters": a reprinted text's heading names its issuer, whose text follows
_RELEASE_LINE = re.compile(r"^[ \t]*(?i:press release|statement|communiqu[eé]|press service)"
                           r"[ \t]*(?:[-–—:|]|\b(?:by|of|from)\b)[ \t]*(?:the[ \t]+)?"
                           r"(?P<np>[^,\n(:]{2,60}?)[ \t]*(?:[,(]|$)", re.MULTILINE)
_RELEASE = "release"
# "The following statement was issued by Naftogaz, the state gas company, on Friday.", "The
# following was issued by X on Monday.": an outlet's note over a text it
# reprints, whose issuer gives the figures below it
_ISSUED_BY = re.compile(r"\b(?i:the\s+following)\s+(?:(?:[\w-]+\s+){0,2}?(?:statement|release|"
                        r"text|communiqu[eé])\s+)?(?:was|is|has\s+been)\s+(?:issued|released)\s+"
                        r"by\s+(?:the\s+)?(?P<np>[^,.\n(]{2,60}?)\s*(?:[,.(]|\bon\b|$)")
_BRACKET_HEADING = re.compile(r"^[ \t]*[^\n()\d:]{0,80}\((?P<np>[^()\n\d]{3,60})\)[ \t]*:?[ \t]*$",
                              re.MULTILINE)
# the words of a body's name among the groups the actor table does not list
_BODY_WORD = re.compile(r"\b(?:administration|ministry|service|headquarters|command|council|"
                        r"police|office|staff|force|forces|directorate|department)\b",
                        re.IGNORECASE)


# a headline's source after a dash at its end: "… overnight - Air Force", "… – Klitschko"
_CREDIT_LAST = re.compile(r"\s[-–—]\s+(?P<np>[^-–—:,\d]{3,60})$")


def _headline_source(title: str) -> Claimant | None:
    """The body or person a headline names as its source: its label ("Air Force: 62 of 75
    drones downed"), its credit after a dash ("… overnight - Air Force"), or its speaker
    ("…, air force says"); not a state or a capital ("Russia
    says …": which of its bodies is not said), an agency, or a place ("Kharkiv: …")."""
    label = title.split(":", 1)[0] if ":" in title else None
    found = _heading_source(label) if label is not None else None
    credit = _CREDIT_LAST.search(title) if found is None else None
    if credit is not None:  # "Russia launched 75 drones overnight - Air Force"
        found = _heading_source(credit.group("np"))
    if found is None and _SPEECH_CUE.search(title):
        found = find_claimant(title, AttributionContext())
    if found is None or found.kind not in ("office", "person"):
        return None
    return Claimant(found.name, found.side, found.kind)


# "The numbers from last night, via Ukraine's Air Force:", "Tonight's tally from the Air
# Force:": the source at the end of a line that opens a list
_VIA = re.compile(r"\b(?:via|from)\s+(?P<np>[^,:()\d]{3,60}?)\s*$", re.IGNORECASE)


def _source_after_via(line: str) -> Claimant | None:
    """The body or person a heading gives its figures "via" or "from" at its end; not a
    place ("Drones launched from Kursk:")."""
    m = _VIA.search(line)
    return _heading_source(m.group("np")) if m is not None else None


def _heading_source(line: str) -> Claimant | None:
    """The source a heading of a digest names alone, before the list of its figures ("Ukrainian
    Air Force, overnight:" then "- 64 attack drones …"): a body or a person the whole head of
    the line names; not a state ("Ukraine:"), a place or a topic ("Overnight at a glance:")."""
    head = _HEADING_HEAD.match(line)
    if head is None:
        return None
    words = _TIME_TAIL.sub("", head.group("head").strip())  # "… data for the night of 11-12 June"
    words = _ITS_REPORT.sub("", words)  # "The Ukrainian Air Force's overnight report"
    if any(ch.isdigit() for ch in words):
        return None
    if words.isupper():  # "AIR FORCE, OVERNIGHT:"
        words = words.title()
    claimant = source_named_in(words)
    if claimant is not None and claimant.side is None and words[:1].isupper():
        # "Air force: …", a headline in sentence case: the common noun's reading
        claimant = source_named_in(words[:1].lower() + words[1:]) or claimant
    if claimant is None or claimant.end < len(words) - 1 or claimant.side is None:
        return None
    if claimant.kind == "group" and not _BODY_WORD.search(claimant.name):
        return None
    return claimant


# "RUSSIA - per the Defence Ministry:": a digest's heading names the side before its source
_SIDE_HEADING = re.compile(r"^\W*(?P<side>RUSSIA|UKRAINE|Russia|Ukraine)\b")


def _body_of_the_side_named(line: str, claimant: Claimant) -> Claimant:
    """ "RUSSIA - per the Defence Ministry": a body named without its state, under a heading
    that names the state, is that state's body."""
    heading = _SIDE_HEADING.match(line)
    if heading is None:
        return claimant
    state = "Russia's" if heading.group("side").lower() == "russia" else "Ukraine's"
    name = re.sub(r"^(?i:the)\s+", "", claimant.name)
    body = actor_named(f"{state} {name}")
    if body is None or body.kind != "office":
        return claimant
    return Claimant(body.name, body.side, body.kind, claimant.start, claimant.end)


def _paragraph_at(text: str, offset: int) -> int:
    """The number of the paragraph (non-blank line) at ``offset``, as the splitter counts."""
    return sum(1 for line in text[:offset].split("\n") if line.strip())


def _on_a_town(f: SentenceFacts) -> bool:
    """ "Russia attacked Odesa with 50 drones": the launch at one town, which its officials
    count, is no part of the nationwide tally (a region's share of it, "12 over the Sumy region",
    is)."""
    return any(p.place.kind in ("city", "village", "district", "site") for p in f.places) and \
        {cue.value for cue in find_cues(f.text, "metric")} == {"launched"}


def _abroad(f: SentenceFacts) -> bool:
    """A tally over a place outside Ukraine ("over the Kursk region", "over Russia"): another
    side's; a country named as the attacker ("Russia attacked Ukraine with 90 drones") is none."""
    return any(p.place.country not in (None, "UA") and (
        p.place.kind != "country" or _PLACE_AFTER.search(f.text, max(0, p.start - 8), p.start))
        for p in f.places)


_PLACE_AFTER = re.compile(r"\b(?:over|in|into|across|above|on|at|against|inside)\s+(?:the\s+)?$",
                          re.IGNORECASE)


# an office named without the region it serves ("the head of the regional military administration",
# "head of oblast military administration", "the head of the OVA", "the regional governor")
_REGIONAL_OFFICE = re.compile(r"(?:the\s+)?(?:head\s+of\s+(?:the\s+)?)?(?:(?:regional|oblast)\s+"
                              r"(?:military\s+|state\s+)?(?:administration|governor)|OVA|ODA)",
                              re.IGNORECASE)
_OFFICE_OF_OVA = re.compile(r"(?:the\s+)?head\s+of\s+(?:the\s+)?(?:OVA|ODA)", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:regional|oblast)\b", re.IGNORECASE)
_REGION_SUFFIX = re.compile(r"\s+(?:Oblast|Krai|Region|Republic)$")


def _named_with_region(office: str, region: str) -> str:
    """ "head of the OVA" → "head of the Sumy regional military administration", "the regional
    governor" → "the Sumy regional governor"."""
    if _OFFICE_OF_OVA.fullmatch(office):
        return f"head of the {region} regional military administration"
    return _REGION_WORD.sub(lambda m: f"{region} {m.group()}", office, count=1)


def _region_of(mention: PlaceMention) -> str | None:
    """The region a place lies in, by its name as the gold writes it ("Dnipropetrovsk"): the
    region itself, or a town's or district's region."""
    place = mention.place
    if place.country not in ("UA", "RU"):
        return None
    name = place.name if place.kind == "region" else place.admin1
    return _REGION_SUFFIX.sub("", name) if name else None
