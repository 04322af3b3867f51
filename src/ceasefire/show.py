"""Print rows: a rich table in a terminal, CSV / JSON / JSON Lines for pipes."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from ceasefire.export import write_rows
from ceasefire.ingest.language import NAMES as LANGUAGE_NAMES
from ceasefire.views import Row

OUTPUTS = ("table", "csv", "json", "jsonl")


def console(file: TextIO | None = None, *, stderr: bool = False, **options: Any) -> Console:
    """A console that prints text as it is: every console of the CLI comes from here. The
    ledger holds third-party text (outlets, titles, sentences, an analyst's why), and rich
    reads a string as markup by default: an outlet named "[/x]" crashed `ceasefire claims`,
    "[link=…]…[/link]" printed a hidden hyperlink. So no markup and no ``:emoji:`` codes;
    our own styles are given as ``Text``."""
    return Console(file=file, stderr=stderr, markup=False, emoji=False, **options)


def print_rows(rows: Sequence[Row], fmt: str | None, title: str, *,
               columns: Sequence[str] | None = None, out: TextIO | None = None,
               header: Sequence[str] = ()) -> None:
    """``fmt`` None picks a table on a terminal and JSON Lines otherwise. ``header``: a CSV's
    columns when there is no row."""
    out = out or sys.stdout
    if fmt is None:
        fmt = "table" if out.isatty() else "jsonl"
    if fmt != "table":
        write_rows(rows, fmt, out, header)
        return
    console(out, width=None if out.isatty() else 160).print(
        _table(rows, title, columns))


def _table(rows: Sequence[Row], title: str, columns: Sequence[str] | None) -> Table:
    columns = list(columns or (rows[0].keys() if rows else []))
    table = Table(title=f"{title} ({len(rows)})", show_lines=False, header_style="bold")
    for name in columns:
        table.add_column(name, overflow="fold",
                         justify="right" if _numeric(rows, name) else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(name), name) for name in columns))
    return table


def _numeric(rows: Sequence[Row], name: str) -> bool:
    values = [r.get(name) for r in rows if r.get(name) is not None]
    return bool(values) and all(isinstance(v, int | float) for v in values)


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return ""
    if column == "language":  # a person reads "Ukrainian"; CSV and JSON keep the code
        return LANGUAGE_NAMES.get(value, str(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
