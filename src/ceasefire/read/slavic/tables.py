"""Tables of a Ukrainian or Russian report: their lines split into cells (pipes or tabs, dashes,
a label and slashes), a line of heads naming each column's metric ("Тип | Збито/подавлено |
Запущено", "(запущено / збито або подавлено):"), and the figures of each row under them, of
the class its label names (``figures.row_weapon``)."""
from __future__ import annotations

import re

from ceasefire.read.slavic.figures import (
    ALL_BUT_WORDS,
    ALL_WORDS,
    LABEL_DASH,
    Figure,
    cues_of,
    row_weapon,
    weapons_named,
)
from ceasefire.read.slavic.numbers import find_numbers
from ceasefire.read.slavic.words import Language
from ceasefire.read.tables import row_cells, split_cells


def table_cells(line: str) -> list[tuple[int, str]]:
    """(offset, words) of each cell of a table's line: split by pipes or tabs (the English
    reader's ``ceasefire.read.tables.row_cells``), by dashes ("Крилаті ракети Х-101 — 39 —
    36"), or a label and slashes ("▪️ крилаті ракети — 14 / 12"); heads may be named in a
    bracket ("Зведена таблиця (тип — запущено — збито):", "(запущено / збито або
    подавлено):", whose label cell is then empty); [] for a line of prose."""
    cells = row_cells(line)
    if cells:
        return cells
    bracket = _BRACKET.search(line)
    if bracket:
        inner, at = bracket.group(1), bracket.start(1)
        if len(_DASH_CELL.findall(inner)) >= 2 and _short(_DASH_CELL.split(inner)[1:]):
            return split_cells(inner, at, _DASH_CELL)
        if _SLASH_CELL.search(inner) and _short(_SLASH_CELL.split(inner)):
            return [(at, ""), *split_cells(inner, at, _SLASH_CELL)]
    if len(_DASH_CELL.findall(line)) >= 2:
        # prose with dashes ("у одного — осколочные ранения, у второго — …") is no row
        return split_cells(line, 0, _DASH_CELL) if _short(_DASH_CELL.split(line)[1:]) else []
    label = LABEL_DASH.match(line)
    if label and _SLASH_CELL.search(label.group(2)) and \
            _short(_SLASH_CELL.split(label.group(2))):
        return [(0, label.group(1)), *split_cells(label.group(2), label.start(2), _SLASH_CELL)]
    return []


def _short(cells: list[str]) -> bool:
    return all(len(cell.split()) <= _DASH_CELL_WORDS for cell in cells)


_SLASH_CELL = re.compile(r"\s+/\s+")
_DASH_CELL = re.compile(r"\s+[—–]\s+")
_DASH_CELL_WORDS = 3  # a cell after the label: a number, "усі", a head ("збито/подавлено")
_BRACKET = re.compile(r"\(([^()]*)\)")


def table_heads(line: str, language: Language) -> list[str | None] | None:
    """The metric of each column of a table's line of heads ("Тип | Збито/подавлено |
    Запущено"), or None where ``line`` is no such line (a row of figures, or prose)."""
    cells = table_cells(line)
    if len(cells) < 2 or any(find_numbers(cell, language) for _, cell in cells[1:]):
        return None
    heads = [next((metric for _, metric in cues_of(cell, language)), None) for _, cell in cells[1:]]
    return heads if any(heads) else None


def table_row_figures(line: str, language: Language, heads: list[str | None],
                      borrowed: str | None = None, totals_borrow: bool = False) -> list[Figure]:
    """The figures of a table's row under ``heads``: each number of a column whose head names a
    metric, of the weapon class its first cell names ("Крилаті ракети «Калібр» | 4 | 4"), or of
    every class on a row of totals ("Усього | 94 | 84"). A cell "усі" is every one launched;
    "усі, крім дев'яти" all but nine of them. A row whose label names no weapon (a district:
    "Брянский | 6 | 2") counts ``borrowed``, the weapon of the figure before the table, and so
    does its row of totals where ``totals_borrow``."""
    cells = table_cells(line)
    if not cells or not all(find_numbers(c, language) or not _WORDS_IN.search(c)
                            or ALL_WORDS.match(c.strip()) for _, c in cells[1:]):
        return []  # a line of prose between dashes, not a row of figures
    weapon = row_weapon(cells[0][1], language)
    if weapon == "" and not weapons_named(cells[0][1], language):
        weapon = borrowed or ""
    elif weapon is None and totals_borrow:
        weapon = borrowed
    if weapon == "":
        return []  # no weapon, or several classes: no figure of one class
    out: list[Figure] = []
    all_but: list[Figure] = []
    for (offset, cell), metric in zip(cells[1:], heads, strict=False):
        numbers = find_numbers(cell, language)
        if metric is None or len(numbers) > 1 or numbers and not numbers[0].value:
            continue  # "-": no figure
        if not numbers:
            if ALL_WORDS.match(cell.strip()):
                out.append(Figure(metric, weapon, None, "all", offset, offset + len(cell)))
            continue
        n = numbers[0]
        figure = Figure(metric, weapon, n.value, "exact", offset + n.start, offset + n.end)
        (all_but if ALL_BUT_WORDS.match(cell.strip()) else out).append(figure)
    launched = next((f.value for f in out if f.metric == "launched" and f.value), None)
    return out + [Figure(f.metric, weapon, launched - (f.value or 0), "exact", f.start, f.end)
                  for f in all_but if launched]


_WORDS_IN = re.compile(r"[^\W\d_]{2,}")
