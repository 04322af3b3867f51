"""The clause around a position: from the break before it to the break after it."""
from __future__ import annotations

import re

from ceasefire.read.clauses import clause_around, clause_bounds

BREAKS = re.compile(r";\s*|,\s+(?:while|and|but)\s+|\s+-\s+")


def _walked(text: str, pos: int) -> tuple[int, int]:
    # the plain reading of the rule: walk the breaks left to right
    start, end = 0, len(text)
    for m in BREAKS.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def test_the_clause_runs_from_the_break_before_to_the_break_after() -> None:
    text = "Drones hit Lviv; a depot burned, while Kyiv was quiet - officials said"
    assert clause_around(text, text.index("depot"), BREAKS) == "a depot burned"
    assert clause_around(text, text.index("Kyiv"), BREAKS) == "Kyiv was quiet"
    assert clause_around(text, 0, BREAKS) == "Drones hit Lviv"
    assert clause_around(text, len(text), BREAKS) == "officials said"


def test_every_position_gives_what_walking_the_breaks_gives() -> None:
    # a position inside a break belongs to neither side's break: the clause runs past it
    for text in ("Drones hit Lviv; a depot burned, while Kyiv was quiet - officials said",
                 ";; a, and b, but c;", "no break at all", ""):
        for pos in range(len(text) + 1):
            assert clause_bounds(text, pos, BREAKS) == _walked(text, pos), (text, pos)
