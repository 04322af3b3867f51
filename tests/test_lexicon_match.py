"""A lexicon table compiled for speed finds what one big alternation would, row for row."""
from __future__ import annotations

import re

import pytest

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import compile_table

ROWS = ["shot down|shoot down", "shot", r"(?:oil |fuel )?depots?", r"\d+ drones",
        r"(?:a )?home\b", "air ?bases?", r"[A-Z]\w+sk", "neutrali[sz]ed"]


def plain(rows: list[str], text: str) -> list[tuple[int, int, int]]:
    body = "|".join(f"({r})" for r in rows)
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end(), m.lastindex - 1) for m in pattern.finditer(text)]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Air defences shot down 12 drones over an airbase near Kursk.",
    "A fuel depot and a home were hit; shots rang out; 40 drones neutralised.",
    "Shot at dawn, the Depots burned in Bryansk.",
])
def test_the_table_finds_the_rows_one_alternation_finds(text: str) -> None:
    table = compile_table(ROWS)
    assert [(m.start(), m.end(), row) for m, row in table.finditer(text)] == plain(ROWS, text)


def test_an_earlier_row_wins_where_two_match_at_the_same_place() -> None:
    table = compile_table(["shot", "shot down"])
    assert [(m.group(), row) for m, row in table.finditer("It was shot down.")] == [("shot", 0)]
    table = compile_table(["shot down", "shot"])
    assert [(m.group(), row) for m, row in table.finditer("It was shot down.")] == [
        ("shot down", 0)]


@pytest.mark.parametrize("name", ["targets.tsv", "weapons.tsv"])
def test_the_shipped_tables_read_as_one_alternation_would(name: str) -> None:
    rows = [row[0] for row in load_table(name)]
    table = compile_table(rows)
    text = ("Ukrainian drones struck an oil depot, a substation and an airbase near Engels; "
            "Russia fired 3 Iskander-M ballistic missiles, Kh-101 cruise missiles and Shaheds "
            "at apartment blocks, a hospital and the port of Izmail.")
    assert [(m.start(), m.end(), row) for m, row in table.finditer(text)] == plain(rows, text)
