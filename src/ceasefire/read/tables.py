"""Tables of figures, read by their header: a step of its own, before the sentence patterns.

A report may give the night's tally as a table, on lines of their own ("| Shahed drones | 210 |
183 |") or flattened by the page into one paragraph ("Type | launched | downed. Shahed drones |
210 | 183. Total | 222 | 192."). A cell's figure says nothing itself: what it counts is in its
column's header and its row's label, which the sentence patterns never see together. Here a
table is a run of rows of cells (split by "|" or a tab); its header, the first row with no
figures, says what each column counts (a metric, "Launched", "Shot down", "Hits"; a weapon,
"Drones"; or both, "Drones launched"); each later row's label says the rest ("Kh-101 cruise
missiles", "Launched", "Total": every class together, weapon null as for the corpus's mixed
totals). A row with no header above it reads its label alone ("Drones launched | 120").
A figure needs both a metric and a weapon (or a total): a row of places, a table of prices or a
timetable gives none.

A table pasted as plain text loses its separators: its columns are lined up by spaces alone
("Weapon Launched Shot down Reached targets" over "Shahed drones 388 351 37"). Such a table is
a line of column heads that name as many metrics as each line under it ends in figures; the
heads are split where each metric's words begin.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from ceasefire.lexicon import load_table
from ceasefire.read.cues import cue_at, find_cues
from ceasefire.read.numbers import NumberMention, find_numbers
from ceasefire.read.quantities import Figure
from ceasefire.read.sentences import last_figures
from ceasefire.read.weapons import WeaponMention, find_weapons

_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*")
# rows of a table flattened into one paragraph end at a full stop ("… | 183. Kh-101 …"), not at
# an abbreviation's ("| incl. 61 lost to EW", "| approx. 40")
_ROW_END = re.compile(r"(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\bappr)(?<!\best)(?<!\bca)"
                      r"(?<!\bvs)(?<!\betc)(?<!\bapp)\.(?:\s+|$)", re.IGNORECASE)
_RULE = re.compile(r"[\s:|+=-]*")  # a markdown table's rule under its header: "|---|:--:|"
_TOTAL = re.compile(r"(?:in\s+)?(?:total|all|overall|sum|altogether|combined)\b", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"\s*(?:[*†‡¹²³]+|\(\d\)|\[\d\])$")
_MAX_ROWS = 200  # a report's table has a few rows; a page of thousands is no tally


@dataclass(frozen=True)
class _Heading:
    """What a header cell or a row label says its figures count."""

    metric: str | None = None
    weapon: str | None = None
    total: bool = False


@dataclass(frozen=True)
class _Row:
    start: int  # offset of the row in the text
    cells: list[tuple[int, str]]  # (offset in the text, words) of each cell, outer pipes gone


def find_table_figures(text: str) -> dict[int, list[Figure]]:
    """The figures of the text's tables, by the offset of their row: one for each cell that
    its header and its row's label give a meaning (offsets into the text). Empty where the
    text has no cells."""
    found: dict[int, list[Figure]] = {}
    tables = list(_tables(text)) if "|" in text or "\t" in text else []
    slashed = list(_slash_tables(text)) if " / " in text else []
    for table in tables + list(_aligned_tables(text)) + slashed:
        header: list[_Heading] | None = None
        for i, row in enumerate(table):
            values = row.cells[1:]
            if not any(_figure_in(words) for _, words in values) and (i == 0 or _heads(values)):
                # the first row, or a row of column heads under a title ("CHART | Night of …")
                header = [_heading(words) for _, words in values]
                continue
            figures = list(_row_figures(row, header))
            if figures:
                found[row.start] = figures
        _one_class_totals(table, found)
    return found


def _heads(cells: list[tuple[int, str]]) -> bool:
    """Whether every cell names a column's metric ("Launched | Shot down | Hit")."""
    return all(_heading(words).metric is not None for _, words in cells)


def _tables(text: str) -> Iterator[list[_Row]]:
    """Runs of consecutive rows of cells; a line or a sentence with no cells ends a run."""
    table: list[_Row] = []
    count = 0
    for line in re.finditer(r"[^\n]+", text):
        segments = [(line.start(), line.group())] if "|" not in line.group() else \
            list(_segments(line.start(), line.group()))
        for start, words in segments:
            row = _row(start, words)
            if row is None:
                if table:
                    yield table
                table = []
            elif row.cells:  # a markdown rule continues the table
                table.append(row)
                count += 1
                if count > _MAX_ROWS:
                    return
    if table:
        yield table


_FIGURE = re.compile(r"\d[\d,]*")
_HEADS_JOINED = re.compile(r"\s*(?:/|,?\s+or\s+|&)\s*")  # "Shot down/suppressed": one column
_MAX_HEAD_WORDS = 12
_WORD = re.compile(r"\S+")


def _aligned_tables(text: str) -> Iterator[list[_Row]]:
    """Tables whose columns are lined up by spaces alone: a line of column heads naming k metrics,
    then lines ending in k figures (each row's label the words before them)."""
    lines = list(re.finditer(r"[^\n]+", text))
    i = 1
    while i < len(lines):
        if last_figures(lines[i].group()) is None:
            i += 1
            continue
        heads = _column_heads(lines[i - 1].start(), lines[i - 1].group())
        rows: list[_Row] = []
        while heads is not None and i < len(lines) and len(rows) < _MAX_ROWS:
            row = _aligned_row(lines[i].start(), lines[i].group(), len(heads.cells) - 1)
            if row is None:
                break
            rows.append(row)
            i += 1
        if rows and heads is not None:
            yield [heads, *rows]
        else:
            i += 1


def _aligned_row(start: int, line: str, columns: int) -> _Row | None:
    """A row of an aligned table: a label with a letter, then exactly ``columns`` figures."""
    last = last_figures(line)
    if last is None:
        return None
    figures = list(_FIGURE.finditer(line, last.start()))
    label = line[:last.start()]
    if len(figures) != columns or not any(c.isalpha() for c in label):
        return None
    return _Row(start, [(start, label)] + [(start + f.start(), f.group()) for f in figures])


def _column_heads(start: int, line: str) -> _Row | None:
    """The heads of an aligned table's columns, split where each metric's words begin ("Weapon |
    Launched | Shot down/suppressed | Reached targets"); None for a line that is no such head
    (a figure, a full stop, many words, fewer than two metrics)."""
    if any(c.isdigit() for c in line) or line.rstrip().endswith(".") or \
            len(line.split()) > _MAX_HEAD_WORDS:
        return None
    cues = find_cues(line, "metric")
    starts = [c.start for c in cues]
    covered = [(c.start, c.end) for c in cues]
    for word in _WORD.finditer(line):  # "Hits", "Downed": a column's word, no cue in prose
        if not any(a <= word.start() < b for a, b in covered) and _column_metric(word.group()):
            starts.append(word.start())
    starts.sort()
    # "Shot down/suppressed", "Downed or jammed": two words of one column
    starts = starts[:1] + [b for a, b in pairwise(starts)
                           if not _HEADS_JOINED.fullmatch(line[_end_of_head(line, a):b])]
    if len(starts) < 2:
        return None
    bounds = [0, *starts, len(line)]
    return _Row(start, [(start + a, line[a:b]) for a, b in pairwise(bounds)])


def _end_of_head(line: str, start: int) -> int:
    """Where the metric word at ``start`` ends (its cue, else the word)."""
    cue = cue_at(line, start, "metric")
    if cue is not None:
        return cue.end
    word = _WORD.match(line, start)
    return word.end() if word else start


def _slash_tables(text: str) -> Iterator[list[_Row]]:
    """A summary written with slashes: heads in a bracket ("Air Force summary (launched /
    downed):") over lines of a label and figures ("- cruise missiles — 14 / 12")."""
    table: list[_Row] = []
    for line in re.finditer(r"[^\n]+", text):
        heads = _slash_heads(line.start(), line.group())
        row = _slash_row(line.start(), line.group()) if table and heads is None else None
        if row is not None:
            table.append(row)
            continue
        if len(table) > 1:
            yield table
        table = [heads] if heads is not None else []
    if len(table) > 1:
        yield table


_SLASH = re.compile(r"\s+/\s+")
_HEADS_IN_BRACKET = re.compile(r"\(([^()]*\s/\s[^()]*)\)\s*:?\s*$")
_LABEL_AND_FIGURES = re.compile(r"^[^\w\n]{0,3}(\w[^—–\n]{1,60}?)\s+[—–-]\s+(\S.*?)[\s;.]*$")


def _slash_heads(start: int, line: str) -> _Row | None:
    m = _HEADS_IN_BRACKET.search(line)
    if m is None:
        return None
    cells = split_cells(m.group(1), start + m.start(1), _SLASH)
    if len(cells) < 2 or any(_heading(words).metric is None for _, words in cells):
        return None
    return _Row(start, [(start, ""), *cells])


def _slash_row(start: int, line: str) -> _Row | None:
    m = _LABEL_AND_FIGURES.match(line)
    if m is None or not _SLASH.search(m.group(2)):
        return None
    cells = split_cells(m.group(2), start + m.start(2), _SLASH)
    if any(_figure_in(words) is None for _, words in cells):
        return None
    return _Row(start, [(start + m.start(1), m.group(1)), *cells])


def split_cells(words: str, start: int, separator: re.Pattern[str]) -> list[tuple[int, str]]:
    """(offset, words) of the pieces of ``words`` (found at ``start``) between ``separator``'s
    matches. The Ukrainian and Russian reader splits its tables by it too."""
    cells, begin = [], 0
    for m in separator.finditer(words):
        cells.append((start + begin, words[begin:m.start()]))
        begin = m.end()
    return cells + [(start + begin, words[begin:])]


def _segments(start: int, line: str) -> Iterator[tuple[int, str]]:
    """The pieces of a line between full stops: a flattened table's rows."""
    begin = 0
    for m in _ROW_END.finditer(line):
        yield start + begin, line[begin:m.start()]
        begin = m.end()
    if begin < len(line):
        yield start + begin, line[begin:]


def row_cells(line: str) -> list[tuple[int, str]]:
    """(offset, words) of each cell of a table's row (pipes or tabs, outer pipes gone); [] for
    a line that is no row. The Ukrainian and Russian reader reads its tables by these."""
    row = _row(0, line)
    return row.cells if row is not None else []


def _row(start: int, words: str) -> _Row | None:
    """The cells of a row; None where the words have no cell separator (no row); a row with no
    cells for a markdown rule."""
    if "|" not in words and "\t" not in words:
        return None
    if _RULE.fullmatch(words):
        return _Row(start, [])
    cells = split_cells(words, start, _SEPARATOR)
    if cells and not cells[0][1].strip():  # "| Shahed | 210 |": the outer pipes
        cells = cells[1:]
    if cells and not cells[-1][1].strip():
        cells = cells[:-1]
    return _Row(start, cells) if len(cells) >= 2 else None


def _heading(words: str) -> _Heading:
    """The metric and weapon a header cell or a row label names; a total's label. A footnote's
    mark ("Drones down*", "Hits†", "Launched (1)") is no word of the heading."""
    words = _FOOTNOTE_MARK.sub("", words.strip())
    cues = find_cues(words, "metric")
    named = find_weapons(words)
    metric = cues[0].value if cues else _column_metric(words) or \
        _column_metric(_without_weapons(words, named))  # "Drones that hit": "hit"
    weapons = [w.weapon for w in named if w.weapon]
    return _Heading(metric, weapons[0] if weapons else None, bool(_TOTAL.match(words)))


_RELATIVE = re.compile(r"\b(?:that|which|were|was|have|has|had|the|of)\b\s*",
                       re.IGNORECASE)


def _without_weapons(words: str, named: Sequence[WeaponMention]) -> str:
    """A label less its weapon and relative words: "Drones that hit" → "hit"."""
    for w in sorted(named, key=lambda w: w.start, reverse=True):
        words = words[:w.start] + words[w.end:]
    return _RELATIVE.sub("", words).strip()


def _row_figures(row: _Row, header: list[_Heading] | None,
                 ) -> Iterator[Figure]:
    label = _heading(row.cells[0][1])
    for j, (offset, words) in enumerate(row.cells[1:]):
        column = header[j] if header is not None and j < len(header) else _Heading()
        number = _figure_in(words)
        metric = column.metric or label.metric
        # a "0" is no figure: the corpus gold records none (of the invented sets' writers two
        # count "0 shot down", the others no "0 hits"; GUIDE is silent)
        if number is None or not number.value or metric is None or \
                metric in ("killed", "injured"):
            continue
        weapon = label.weapon or column.weapon
        if weapon is None and not (label.total or column.total):
            continue  # "Kyiv region | 30 | 25": no weapon said, no figure of this table's
        start = offset + number.start
        yield Figure(metric, weapon, number.value, number.qualifier, start, number.end + offset)


def _one_class_totals(table: list[_Row], found: dict[int, list[Figure]]) -> None:
    """A total over rows of one class of weapon ("Shahed drones", "Gerbera decoys", "Total")
    counts that class, and rows that name a type of it are sub-types, no quantities (GUIDE:
    "including about 80 Shaheds" of the drones is none): the total stays, with the class.
    Rows of places ("Kyiv region | 12") are a breakdown, quantities of the record (GUIDE)."""
    rows = [row for row in table if row.start in found]
    classes = {f.weapon for row in rows for f in found[row.start] if f.weapon is not None}
    totals = [row for row in rows if all(f.weapon is None for f in found[row.start])]
    if len(classes) != 1 or not totals:
        return
    weapon = classes.pop()
    for row in rows:
        if row in totals:
            found[row.start] = [replace(f, weapon=weapon) for f in found[row.start]]
        elif _heading(row.cells[0][1]).weapon is not None:
            del found[row.start]  # "Gerbera decoys": a sub-type; "Kyiv region": a breakdown


def _figure_in(words: str) -> NumberMention | None:
    """The one number a cell holds ("210", "~90", "about 40"), None for words or several."""
    numbers = [n for n in find_numbers(words) if n.value is not None]
    return numbers[0] if len(numbers) == 1 else None


@cache
def _column_words() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern, re.IGNORECASE), metric)
            for pattern, metric in load_table("table_columns.tsv")]


def _column_metric(words: str) -> str | None:
    for pattern, metric in _column_words():
        if pattern.fullmatch(words):
            return metric
    return None
