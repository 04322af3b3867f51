"""Exchanges, merging records: one record per exchange a report tells.

A further mention of an exchange (the same counts, the other half of a swap told in the next
sentence of the paragraph, people the swap "also included") joins its record; anything else
starts a record of its own. A swap in stages keeps one record per stage and one for the whole.
"""
from __future__ import annotations

from ceasefire.model import Exchange


class Ledger:
    """The exchanges of a report so far; a new mention joins one or starts its own."""

    def __init__(self) -> None:
        self.records: list[Exchange] = []
        self.last: Exchange | None = None  # the record the latest mention went to
        self._paragraph = -1  # where the latest mention was
        self._parts: dict[int, list[tuple[int | None, int | None]]] = {}

    def half_in(self, paragraph: int, answers: bool = False) -> Exchange | None:
        """The latest record, where it holds one side's count only and the paragraph is the
        one it was told in (or the next, for a sentence that ``answers`` it: "In return, …"):
        its other half may follow ("Russia received 34.")."""
        last = self.last
        if last is None or not self._near(paragraph, answers) or \
                _sides(last) not in ((True, False), (False, True)):
            return None
        return last

    def last_carried_out(self) -> Exchange | None:
        """The latest record, or, where it is only agreed or announced, the latest exchange
        carried out: "among those returned" are its people."""
        if self.last is None or self.last.status == "completed":
            return self.last
        return next((r for r in reversed(self.records) if r.status == "completed"), None)

    def _near(self, paragraph: int, answers: bool) -> bool:
        return paragraph == self._paragraph or answers and paragraph == self._paragraph + 1

    def note(self, new: Exchange, paragraph: int, added: bool, answers: bool = False) -> None:
        last, near = self.last, self._near(paragraph, answers)
        self._paragraph = paragraph
        if last is not None and added and _sides(last) == _sides(new):
            self._add_to(last, new)  # "the swap also included 20 civilians from each side"
        elif last is not None and near and _halves(last, new):
            _fold(last, new)  # "Russia got back 185 soldiers. In exchange, Kyiv received 185."
        else:
            self.last = self._merge(new)

    def _add_to(self, record: Exchange, part: Exchange) -> None:
        self._parts.setdefault(id(record), [_pair_of(record)]).append(_pair_of(part))
        record.returned_to_ua = _plus(record.returned_to_ua, part.returned_to_ua)
        record.returned_to_ru = _plus(record.returned_to_ru, part.returned_to_ru)
        _fold(record, part)

    def _merge(self, new: Exchange) -> Exchange:
        """Fold a second mention of the same exchange (or of a part of it) into the first."""
        for old in self.records:
            if _pair_of(new) in self._parts.get(id(old), []):
                _fold(old, new)
                return old
            pairs = ((old.returned_to_ua, new.returned_to_ua),
                     (old.returned_to_ru, new.returned_to_ru))
            compatible = all(a is None or b is None or a == b for a, b in pairs)
            shared = any(a is not None and a == b for a, b in pairs)
            bodies = "bodies" in old.categories and "bodies" in new.categories
            if compatible and (shared or bodies):
                _fold(old, new)
                return old
        self.records.append(new)
        return new


def _pair_of(e: Exchange) -> tuple[int | None, int | None]:
    return e.returned_to_ua, e.returned_to_ru


def _sides(e: Exchange) -> tuple[bool, bool]:
    return e.returned_to_ua is not None, e.returned_to_ru is not None


def _halves(a: Exchange, b: Exchange) -> bool:
    """One side's count, then the other's: two halves of one swap."""
    return _sides(a) in ((True, False), (False, True)) and _sides(b) == _sides(a)[::-1]


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _fold(old: Exchange, new: Exchange) -> None:
    """What a further mention adds to a record: the count it lacked, categories, evidence."""
    old.returned_to_ua = old.returned_to_ua or new.returned_to_ua
    old.returned_to_ru = old.returned_to_ru or new.returned_to_ru
    old.categories += [c for c in new.categories if c not in old.categories]
    old.mediator = old.mediator or new.mediator
    old.date = old.date or new.date
    old.evidence += [e for e in new.evidence if e not in old.evidence]


def stages_lend_their_categories(records: list[Exchange]) -> None:
    """A swap in stages: the whole ("500 each so far") holds whoever came back in any stage."""
    for whole in records:
        stages = [r for r in records if r is not whole and r.returned_to_ua is not None
                  and whole.returned_to_ua is not None and r.returned_to_ua < whole.returned_to_ua]
        # both ways add up ("11 and 4" and "14" are no stages of "25 each")
        if len(stages) >= 2 and sum(r.returned_to_ua or 0 for r in stages) == whole.returned_to_ua \
                and (whole.returned_to_ru is None or
                     sum(r.returned_to_ru or 0 for r in stages) == whole.returned_to_ru):
            for category in (c for r in stages for c in r.categories):
                if category not in whole.categories:
                    whole.categories.append(category)


def halves_told_apart(records: list[Exchange]) -> list[Exchange]:
    """ "Another 146 Ukrainian defenders are home!" and, paragraphs later, "the defence ministry
    said 146 Russian servicemen had been returned": the two halves of one swap, each side's count
    told apart, are one exchange where the counts match (N for N), as the day and status do;
    counts that differ ("148 Ukrainians returning home on Sunday", "137 Russian servicemen had
    been returned", said on Sunday) where both halves are dated, the same day."""
    out: list[Exchange] = []
    for r in records:
        halves = [h for h in out if _halves(h, r) and h.status == r.status]
        half = next((h for h in halves if _same_count(h, r)), None) or \
            next((h for h in halves if _same_day_and_kind(h, r)), None)
        if half is None:
            out.append(r)
        else:
            _fold(half, r)
    return out


def _same_count(a: Exchange, b: Exchange) -> bool:
    """The same count each way (N for N), on a day neither contradicts."""
    same_count = (a.returned_to_ua or a.returned_to_ru) == (b.returned_to_ua or b.returned_to_ru)
    return same_count and (a.date is None or b.date is None or a.date == b.date)


def _same_day_and_kind(a: Exchange, b: Exchange) -> bool:
    """Counts that differ, each side counting its own people, on the same day both give; the
    living and the dead are not halves of one swap."""
    return a.date is not None and a.date == b.date and \
        ("bodies" in a.categories) == ("bodies" in b.categories)
