"""What the reader knows about one candidate sentence, computed once and shared by the builders."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ceasefire.read.actors import ActorMention
from ceasefire.read.attribution import Claimant
from ceasefire.read.dates import DateMention
from ceasefire.read.places import PlaceMention
from ceasefire.read.quantities import Figure
from ceasefire.read.sentences import Sentence


@dataclass
class SentenceFacts:
    sentence: Sentence
    text: str  # the sentence with typographic quotes made plain (same length as the original)
    kinds: set[str]  # candidate record kinds from the trigger pass
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    claimant: Claimant | None
    date: dt.date | None  # the date the sentence talks about, resolved (or carried over)
    has_own_date: bool = False
    # the day of the dated entry the sentence is in: a paragraph of a chronology opening "July 3 -"
    # or of a live blog opening "12:30 -" (the report's day); None outside such entries
    entry_date: dt.date | None = None
    # the entry is dated by a heading line of its own above it ("Tuesday, March 3"): each entry
    # of such a chronology is two paragraphs after the one before, the heading between them
    dated_by_heading: bool = False
    # the side of the speaker of the transcript turn the sentence is in ("PESKOV: …" and the
    # rest of its paragraph: "… is unacceptable to us"); None outside turns and in questions
    turn_side: str | None = None
    # a row of a table: its cells' figures, read by the table's header (``tables``), in place
    # of the sentence patterns' reading
    cells: list[Figure] | None = None
    # the metric of the question the sentence's paragraph answers ("HOST: How many were shot
    # down?" then "Sixty-two drones, and one of the missiles."): figures of no verb take it
    asked_metric: str | None = None


# "CLAIM: Kyiv and Moscow have signed a truce …" opening a fact-check: the claim under check,
# quoted to be weighed (and in every fact-check of the tuning sets, by ten writers, refuted),
# so nothing in its paragraph is a position, an exchange, talks or a body's tally. A cheap
# anchored match.
_CLAIM_UNDER_CHECK = re.compile(r"\W{0,3}(?:CLAIM|Claim)(?:\s+\d+)?\s*:\s")


def is_claim_under_check(text: str) -> bool:
    """Whether the line opens a fact-check's "CLAIM:" (a slice lookup first: most do not)."""
    return "laim" in text[:8].lower() and _CLAIM_UNDER_CHECK.match(text) is not None


def claims_under_check(facts: list[SentenceFacts]) -> set[int]:
    """The paragraphs a fact-check opens with "CLAIM:" (the claim it examines)."""
    return {f.sentence.paragraph for f in facts if is_claim_under_check(f.text)}
