"""Fuse: the records of many documents -> events that keep every claim side by side.

Strikes. Records about the same real attack become one ``StrikeEvent``:

- same attacking side (an unknown attacker only joins other unknown attackers);
- the same day, or the day before or after (the GUIDE dates an overnight attack by the morning,
  and reports of one attack often differ by a day). Records of one day are grouped first; two
  groups of adjacent days are linked when they share a place (stronger still with a figure in
  common, such as the same number of drones launched), or when one of them names no place and
  their weapons overlap (the weakest link). Each group leans towards the day holding its
  strongest link (neither, when both days hold links as strong), and two linked groups join
  when they lean towards each other. An event never spans more than two days, so that the
  attacks of consecutive nights do not chain into one, and a report changes the events of the
  two days either side of its own at most (``strikes.REACH_DAYS``). An undated record joins
  only undated records, by the same rules with the day its document was published in place of
  a date: reports published months apart do not tell one attack, and a fusion of a few days
  needs the undated records of a few days only;
- overlapping places (same canonical name, or a city inside the region named: ``admin1``) or
  overlapping weapon types ("missile" overlaps its ballistic and cruise kinds);
- a record with neither places nor weapons joins the event of its attacker and date when
  there is exactly one; otherwise such records of one attacker and date form one event.

Figures. Every figure stays a ``Claim`` (claimant, side, value, qualifier, source). Per metric
and weapon the ``Estimate`` gives low / best / high over the claims that *compete*
(``fuse.estimates``): each claimant counts once, with its latest document; its figures for
different places, and the parts of its tally (shot down, lost to electronic warfare), add up
first, while a total given with its breakdown counts once; a figure about a place inside
another claimant's scope is part of it, figures about different regions by their own
officials add up, and the rest compete. Best is the median of the competing figures, the
lower of the two middle ones: a figure someone gave, never an average. The outlet itself (no
claimant) is one claimant per outlet. A side's own claim about its interceptions is a claim,
not a fact: it is one voice among the others. Claims without a value ("all of them") are kept
but do not enter the numbers.

Positions, exchanges and talks. A record joins a group only when it fits every member:

- positions: same scope and status, overlapping parties (or one side empty), dates within a
  day of each other (an undated record fits any date);
- exchanges: same numbers returned to each side, dates within a day;
- talks: same kind, dates within a day, two parties in common (or all those of a shorter
  list; calls Trump-Putin and Trump-Zelensky stay apart), and for meetings the same place
  where both name one (a city fits its country: Jeddah, Saudi Arabia).

An undated record that fits several groups joins the one dated closest to its document's
publication, never one dated more than a day after it (``fuse.groups``). Two records of one
document may fuse too (one stance said twice).

Fused fields: the value most records give (ties: the earliest date, the longest duration), an
event's places, weapons and targets, a position's parties and an exchange's categories united,
the most advanced exchange status; an event's attacker is shared by all its records.

Copies. The same report republished by other sites is one group of documents (the store finds
them: ``ceasefire.store.copies``); fusion reads one of them, the representative, and each of
its records gets a source in every copy too (``copy_of`` names the representative; the
evidence is the same sentence in the copy's text, when it is there). A wire story whose
claimant is the air force, carried by ten sites, is one claim with ten sources: the sites that
republished it are not ten more claimants.

Order. Documents are sorted by id (one reading per id) and records kept in document order
before grouping, and ids are the first 12 hex digits of the SHA-1 of a canonical key
(attacker|date|first place for an event; scope|status|parties|date for a position, ...;
the smallest document#record key is added when two keys are equal), so the result does not
depend on the order of the input.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ceasefire.fuse.corrections import Correction, Corrections, Outcome
from ceasefire.fuse.estimates import estimates
from ceasefire.fuse.process import FusedExchange, FusedTalks, exchanges, positions, talks
from ceasefire.fuse.records import Rec
from ceasefire.fuse.strikes import claimant_side, strike_events
from ceasefire.model import Document, Position, Reading, StrikeEvent

__all__ = ["FusedExchange", "FusedTalks", "Fusion", "claimant_side", "estimates", "fuse"]

T = TypeVar("T")


@dataclass
class Fusion:
    """Everything the documents tell, with duplicates across documents merged."""

    events: list[StrikeEvent] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    exchanges: list[FusedExchange] = field(default_factory=list)
    talks: list[FusedTalks] = field(default_factory=list)
    # what this fusion made of the analyst's corrections it was given (``fuse.corrections``)
    outcomes: dict[int, Outcome] = field(default_factory=dict)


def fuse(readings: Iterable[tuple[Document, Reading]],
         copies: Mapping[str, Sequence[Document]] | None = None,
         corrections: Sequence[Correction] = ()) -> Fusion:
    """Merge the readings of many documents into events, positions, exchanges and talks.

    ``copies``: for a document's id, the other documents that republish it; they are not
    read, but are sources of everything it tells. ``corrections``: an analyst's, applied to
    the records and what they make (``fuse.corrections``).
    """
    docs = _distinct_documents(readings)
    copied = {doc_id: _in_order(found) for doc_id, found in (copies or {}).items()}
    edits = Corrections(corrections)
    return Fusion(
        events=strike_events(_records(docs, copied, lambda r: r.strikes), edits),
        positions=positions(_records(docs, copied, lambda r: r.agreements), edits),
        exchanges=exchanges(_records(docs, copied, lambda r: r.exchanges)),
        talks=talks(_records(docs, copied, lambda r: r.talks)),
        outcomes=edits.outcomes,
    )


def _in_order(documents: Sequence[Document]) -> tuple[Document, ...]:
    """Copies by publication date, then id: the input order must not matter."""
    return tuple(sorted({d.id: d for d in documents}.values(),
                        key=lambda d: (d.published or dt.date.min, d.id)))


def _distinct_documents(readings: Iterable[tuple[Document, Reading]]
                        ) -> list[tuple[Document, Reading]]:
    """One reading per document id, sorted by id: the input order must not matter."""
    by_id: dict[str, tuple[Document, Reading]] = {}
    for doc, reading in sorted(readings, key=lambda dr: (dr[0].id, dr[0].text)):
        by_id.setdefault(doc.id, (doc, reading))
    return list(by_id.values())


def _records(docs: list[tuple[Document, Reading]], copies: Mapping[str, tuple[Document, ...]],
             kind: Callable[[Reading], list[T]]) -> list[Rec[T]]:
    return [Rec(doc, record, i, copies.get(doc.id, ()))
            for doc, reading in docs for i, record in enumerate(kind(reading))]
