"""The ``ceasefire`` command: parse arguments, call a stage, print.

Rejections go to stderr, one line each; readings go to ``--out`` or to stdout.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.text import Text

from ceasefire import errors
from ceasefire.ingest import Rejection, find_inputs, iter_documents, parse_date
from ceasefire.model import Document
from ceasefire.read import read_document

PROGRESS_FROM = 20  # documents; fewer finish before a bar is worth drawing

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Read war reports into sourced strike, ceasefire, exchange and talks "
                       "records.")


def _show_version(value: bool) -> None:
    if value:
        print(f"ceasefire {package_version('ceasefire')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Ceasefire Monitor: read war reports into sourced records."""


def _parse_published(value: str) -> dt.date:
    try:
        return parse_date("--published", "it", value)
    except errors.BadDate as error:
        raise typer.BadParameter(f"{error.problem}. {error.fix}") from None


@dataclass
class Tally:
    read: int = 0
    written: int = 0
    skipped: int = 0


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH", show_default=False,
        help="Document JSON files, .txt files, folders of them, or - for standard input.")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="DIR", file_okay=False,
        help="Write DIR/<id>.json per document; without it, print JSON to stdout.")] = None,
    published: Annotated[dt.date | None, typer.Option(
        metavar="YYYY-MM-DD", parser=_parse_published,
        help="Publication date of plain-text input (and of JSON documents without one): "
             "relative dates resolve against it.")
    ] = None,
    source: Annotated[str | None, typer.Option(
        metavar="NAME", help="Outlet of plain-text input (and of JSON documents without one).")
    ] = None,
) -> None:
    """Read each document and write its records as JSON (the GUIDE's schema plus evidence)."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if out is not None:
        _make_folder(err, out)
    inputs = find_inputs(paths)
    pretty = len(inputs) == 1 and out is None  # one document: indented; several: JSON Lines
    tally = Tally()
    with _progress(err, len(inputs)) as advance:
        for item in iter_documents(inputs, published, source):
            rejection = item if isinstance(item, Rejection) else _extract(item, out, pretty, tally)
            if rejection is not None:
                tally.skipped += 1
                err.print(Text.assemble(("error", "bold red"), f": {rejection}"))
            advance()
    done = _count(tally.written, "file") if out is not None else str(tally.written)
    err.print(f"read {_count(tally.read, 'document')}, {'wrote' if out else 'printed'} {done}, "
              f"skipped {tally.skipped}")
    if tally.written == 0:
        raise typer.Exit(1)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _extract(document: Document, out: Path | None, pretty: bool, tally: Tally) -> Rejection | None:
    try:
        reading = read_document(document)
    except Exception as exc:  # one bad article never stops a batch
        return Rejection.of(errors.ReaderFailed(document.id, exc))
    tally.read += 1
    payload = reading.to_json()
    if out is None:
        print(json.dumps(payload, ensure_ascii=False, indent=2 if pretty else None), flush=True)
    else:
        target = out / f"{document.id}.json"
        try:
            _write_atomically(target, payload)
        except OSError as exc:
            return Rejection.of(errors.OutputError(str(target), exc.strerror or str(exc)))
    tally.written += 1
    return None


def _write_atomically(target: Path, payload: dict[str, Any]) -> None:
    """Readers of ``target`` see the old file or the whole new one, never half of it."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        os.chmod(temp, 0o644)  # mkstemp makes it private; outputs are meant to be shared
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _make_folder(err: Console, out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        error = errors.OutputError(str(out), exc.strerror or str(exc))
        err.print(Text.assemble(("error", "bold red"), f": {Rejection.of(error)}"))
        raise typer.Exit(2) from None


@contextlib.contextmanager
def _progress(err: Console, total: int) -> Iterator[Callable[[], None]]:
    if total <= PROGRESS_FROM or not err.is_terminal:
        yield lambda: None
        return
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=total)
        yield lambda: progress.advance(task)


if __name__ == "__main__":
    app()
