"""The ``ceasefire`` command: parse arguments, call a stage, print.

Rejections go to stderr, one line each; readings go to ``--out`` or to stdout (``extract``) or
into the ledger (``ingest``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.text import Text

from ceasefire import errors
from ceasefire.ingest import (
    Rejection,
    expected_documents,
    field_map,
    find_inputs,
    iter_documents,
    parse_date,
)
from ceasefire.model import Document, Reading
from ceasefire.processes import process_pool
from ceasefire.read import read_documents
from ceasefire.read.parallel import CHUNK as READ_TOGETHER
from ceasefire.read.parallel import LOCAL, Read, read_many
from ceasefire.show import console
from ceasefire.store import WRITER_WAIT, Ledger, Outcome
from ceasefire.store.minhash import Signature
from ceasefire.store.refresh import refresh

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


# The arguments extract and ingest share.
Paths = Annotated[list[str] | None, typer.Argument(
    metavar="PATH", show_default=False,
    help="Document JSON (.json), text (.txt), saved web pages (.html), feeds (.xml, .rss, "
         ".atom), JSON Lines (.jsonl), folders of them, or - for standard input.")]
Urls = Annotated[list[str] | None, typer.Option(
    "--url", metavar="URL", show_default=False,
    help="Fetch a web page, a feed or a text at URL and read it (repeatable).")]
UrlList = Annotated[Path | None, typer.Option(
    "--urls", metavar="FILE", dir_okay=False, show_default=False,
    help="Fetch the URLs listed in FILE, one a line; # starts a comment.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private",
    help="Fetch from loopback and private addresses too (your own network).")]
FollowLinks = Annotated[bool, typer.Option(
    "--follow-links", help="For each item of a fetched feed, fetch and read the page it links "
                           "to instead of the item's summary.")]
Fields = Annotated[list[str] | None, typer.Option(
    "--field", metavar="FIELD=KEY", show_default=False,
    help="Read FIELD (id, text, published, source, url, title) of JSON and JSON Lines input "
         "from KEY, e.g. --field text=body --field published=meta.date (repeatable).")]


Published = Annotated[dt.date | None, typer.Option(
    metavar="YYYY-MM-DD", parser=_parse_published,
    help="Publication date of inputs without one (text, JSON, feed items); it overrides an "
         "HTML page's own date. Relative dates resolve against it.")]
Source = Annotated[str | None, typer.Option(
    metavar="NAME", help="Outlet of inputs without one; it overrides an HTML page's site name.")]
Wait = Annotated[float, typer.Option(
    "--wait", metavar="SECONDS", min=0,
    help="How long to wait for the processes reading a DuckDB ledger (a serve, which lets go "
         "when asked) to close it, before giving up.")]


@dataclass
class Inputs:
    """What the command line names to read: paths and URLs, and how to read them."""

    paths: list[str]  # as find_inputs lists them
    urls: list[str]
    fields: dict[str, str]
    allow_private: bool
    follow_links: bool

    @classmethod
    def of(cls, paths: list[str] | None, urls: list[str] | None, url_list: Path | None,
           fields: list[str] | None, allow_private: bool, follow_links: bool) -> Inputs:
        listed = [*(urls or []), *(_read_url_list(url_list) if url_list else [])]
        if not paths and not listed:
            raise typer.BadParameter("give at least one PATH, --url or --urls FILE",
                                     param_hint="PATH")
        try:
            names = field_map(fields or [])
        except errors.UsageError as error:
            raise typer.BadParameter(str(error), param_hint="--field") from None
        return cls(find_inputs(paths or []), listed, names, allow_private, follow_links)

    @property
    def expected(self) -> int | None:
        """How many documents they give, when known before reading (not for feeds, dumps or
        URLs)."""
        return expected_documents(self.paths, self.urls)

    def documents(self, published: dt.date | None,
                  source: str | None) -> Iterator[Document | Rejection]:
        return iter_documents(self.paths, published, source, fields=self.fields, urls=self.urls,
                              allow_private=self.allow_private, follow_links=self.follow_links)


def _read_url_list(path: Path) -> list[str]:
    """The URLs of a --urls file: one a line; blank lines and # comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise typer.BadParameter(f"cannot read {path} ({reason})", param_hint="--urls") from None
    urls = (line.split(" #")[0].strip() for line in lines)
    return [url for url in urls if url and not url.startswith("#")]
@app.command()
def extract(
    paths: Paths = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="DIR", file_okay=False,
        help="Write DIR/<id>.json per document; without it, print JSON to stdout.")] = None,
    published: Published = None,
    source: Source = None,
    url: Urls = None,
    urls: UrlList = None,
    allow_private: AllowPrivate = False,
    follow_links: FollowLinks = False,
    field: Fields = None,
) -> None:
    """Read each document and write its records as JSON (the GUIDE's schema plus evidence)."""
    err = console(stderr=True, highlight=False, soft_wrap=True)
    inputs = Inputs.of(paths, url, urls, field, allow_private, follow_links)
    if out is not None:
        _make_folder(err, out)
    pretty = inputs.expected == 1 and out is None  # one document: indented; several: JSON Lines
    tally = Tally()
    items = iter(inputs.documents(published, source))
    with _progress(err, inputs.expected) as advance:
        # a few documents at a time: the reader parses their sentences in one batch
        while chunk := list(islice(items, READ_TOGETHER)):
            documents = [item for item in chunk if isinstance(item, Document)]
            readings = dict(zip(map(id, documents), read_documents(documents), strict=True))
            for item in chunk:
                rejection = item if isinstance(item, Rejection) else \
                    _extract(item, readings[id(item)], out, pretty, tally)
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


def _extract(document: Document, reading: Reading | Exception, out: Path | None, pretty: bool,
             tally: Tally) -> Rejection | None:
    if isinstance(reading, Exception):  # one bad article never stops a batch
        return Rejection.of(errors.ReaderFailed(document.id, reading))
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


@dataclass
class IngestTally:
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # short reason -> count
    records: int = 0  # records of the documents stored or replaced by this run

    def summary(self, events: int) -> str:
        o, skipped = self.outcomes, sum(self.skipped.values())
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(
            self.skipped.items(), key=lambda item: (-item[1], item[0])))
        # near-copies of a stored report, shown only when there are some
        copies = f"{o['copy']} {'copy' if o['copy'] == 1 else 'copies'}, " if o["copy"] else ""
        line = (f"read {_count(sum(o.values()) + skipped, 'document')}: {o['stored']} stored, "
                f"{copies}{o['unchanged']} unchanged, {o['replaced']} replaced, {skipped} skipped"
                + (f" ({reasons})" if reasons else "") + f"; {_count(self.records, 'record')}")
        return f"{line}; {_count(events, 'event')}"


@app.command()
def ingest(
    paths: Paths = None,
    db: Annotated[str | None, typer.Option(
        "--db", metavar="URL", envvar="CEASEFIRE_DB", show_default=False,
        help="The ledger: a DuckDB file path (default ./ceasefire.duckdb), duckdb://PATH or "
             "postgresql://user@host:port/dbname. Also read from $CEASEFIRE_DB.")] = None,
    published: Published = None,
    source: Source = None,
    url: Urls = None,
    urls: UrlList = None,
    allow_private: AllowPrivate = False,
    follow_links: FollowLinks = False,
    field: Fields = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", metavar="N", min=1, show_default=False,
        help="Read with N processes: this one, between its writes, and N-1 others "
             "(default 1: this one alone; with --dask local: N Dask workers, default one "
             "per core). This process alone writes the ledger.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS", show_default=False,
        help="Read on a Dask cluster: its scheduler (tcp://HOST:8786; the workers need "
             f"ceasefire installed), or '{LOCAL}' to start one here.")] = None,
    wait: Wait = WRITER_WAIT,
) -> None:
    """Read each document and store it with its records in the ledger, then fuse the events."""
    err = console(stderr=True, highlight=False, soft_wrap=True)
    inputs = Inputs.of(paths, url, urls, field, allow_private, follow_links)
    try:
        with Ledger.open(db, wait=wait) as ledger:
            run, events = ingest_into(ledger, inputs, err, published, source, workers, dask)
    except (errors.StoreError, errors.WorkersFailed) as error:
        err.print(Text.assemble(("error", "bold red"), f": {error}"))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted: the documents stored so far are kept; run the same command "
                  "again to go on")
        raise typer.Exit(130) from None
    err.print(run.tally.summary(events))
    if not run.tally.outcomes:
        raise typer.Exit(1)


def ingest_into(ledger: Ledger, inputs: Inputs, err: Console, published: dt.date | None = None,
                source: str | None = None, workers: int | None = None, dask: str | None = None
                ) -> tuple[_Ingest, int]:
    """Read ``inputs`` into ``ledger`` in batches, then fuse; the run's tally and the number of
    events. Rejections are printed on ``err`` as they come."""
    run, workers = _Ingest(err, ledger), workers or 1
    with contextlib.ExitStack() as stack:
        # local processes read beside this one
        processes = stack.enter_context(process_pool(workers - 1)) \
            if workers > 1 and dask is None else None
        with _progress(err, inputs.expected, "ingesting") as advance, contextlib.closing(
                read_many(run.to_read(inputs.documents(published, source), advance),
                          workers=workers, dask=dask, processes=processes)) as readings:
            for read in readings:
                run.take(read)
                advance()
            run.flush()
    # the reading processes are gone: their memory is the fusion's now
    # fusion is a function of the current documents: without new ones it stands, unless
    # an earlier run stored documents and stopped before fusing them (due days are left)
    changed = run.tally.outcomes.total() - run.tally.outcomes["unchanged"]
    due = changed or ledger.due_days()
    return run, (_fuse(err, ledger) if due else ledger.event_count())


# Documents are committed in batches: a DuckDB commit and each statement cost a millisecond
# or more, a batch's statements cover all its documents. A batch is one transaction, so each
# document's rows commit together or not at all; a crash loses at most the last batch, which
# the next run stores again. Time-bound too, so that a slow reader still commits often.
FLUSH_DOCUMENTS = 100
FLUSH_SECONDS = 1.0


class _Ingest:
    def __init__(self, err: Console, ledger: Ledger) -> None:
        self.err, self.ledger, self.tally = err, ledger, IngestTally()
        self.pending: list[tuple[Document, Reading]] = []
        self.signatures: list[Signature | None] = []
        self.since = time.monotonic()

    def to_read(self, items: Iterable[Document | Rejection], advance: Callable[[], None]
                ) -> Iterator[Document]:
        """The documents that need reading; rejections and unchanged documents end here."""
        for item in items:
            if isinstance(item, Rejection):
                self.reject(item)
            elif self.ledger.has(item):  # stored already: no need to read it again
                self.tally.outcomes["unchanged"] += 1
            else:
                yield item
                continue
            advance()
            self._flush_if_due()

    def take(self, read: Read) -> None:
        if isinstance(read.reading, Rejection):  # the reader failed on it
            self.reject(read.reading)
        else:
            if not self.pending:
                self.since = time.monotonic()
            self.pending.append((read.document, read.reading))
            self.signatures.append(read.signature)
        self._flush_if_due()

    def _flush_if_due(self) -> None:
        if (len(self.pending) >= FLUSH_DOCUMENTS
                or self.pending and time.monotonic() - self.since >= FLUSH_SECONDS):
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        signatures, self.signatures = self.signatures, []
        outcomes = self.ledger.add_many(pending, signatures)
        for (_, reading), outcome in zip(pending, outcomes, strict=True):
            if isinstance(outcome, errors.DocumentNotStored):
                self.reject(Rejection.of(outcome))
                continue
            self.tally.outcomes[outcome] += 1
            if outcome != "unchanged":
                self.tally.records += reading.record_count()

    def reject(self, rejection: Rejection) -> None:
        self.tally.skipped[_skip_reason(rejection.problem)] += 1
        self.err.print(Text.assemble(("error", "bold red"), f": {rejection}"))
        self.ledger.reject(rejection)


def _fuse(err: Console, ledger: Ledger) -> int:
    """Bring the fused layer up to date with the documents stored since it was last fused
    (by this run, or by one that stopped before fusing: the ledger keeps their days)."""
    with contextlib.ExitStack() as stack:
        if err.is_terminal:
            stack.enter_context(err.status("fusing events and checking the truce terms"))
        return refresh(ledger)


# Short names for the summary line's skip counts, by a phrase of errors.py's messages (the
# first two first: they quote a cause that may hold any of the other phrases).
_SKIP_REASONS = (
    ("the reader failed", "reader failed"), ("could not be stored", "not stored"),
    ("failed on it", "parser failed"),
    ("robots.txt", "robots.txt"), ("which is refused", "private address"),
    ("timed out", "timeout"), ("answered HTTP", "HTTP error"), ("redirects more", "redirects"),
    ("could not be fetched", "unreachable"), ("not an http", "bad URL"),
    ("not an HTML page, a feed", "not a page"), ("nested more than", "too deep"),
    ("no article text", "no page text"), ("lone surrogate", "bad character"),
    ("NUL character", "bad character"),
    ("only a headline", "headline only"), ("too few to read", "too short"),
    ("not an RSS or Atom feed", "not a feed"), ("feed with no items", "empty feed"),
    ("holds many documents", "many documents"),
    ("language the reader reads", "language not read"),
    ("but the text reads as", "language contradicted"),
    ("to tell which", "language unknown"), ("UTF-", "not UTF-8"), ("binary", "binary"),
    ("not valid JSON", "bad JSON"), ("not a document", "not a document"),
    ("not a date", "bad date"), ("already used by", "duplicate id"), ("cannot name", "bad id"),
    ("limit for one report", "too large"), ("not read yet", "format not read yet"),
    ("no such file", "missing"), ("folder holds no", "empty folder"), ("empty", "empty"),
    ("has no \"", "missing field"), (", not ", "wrong field type"),
    ("cannot be opened", "unreadable"),
)


def _skip_reason(problem: str) -> str:
    for phrase, reason in _SKIP_REASONS:
        if phrase in problem:
            return reason
    return problem.split(":")[0].split(" (")[0]


@contextlib.contextmanager
def _progress(err: Console, total: int | None,
              label: str = "reading") -> Iterator[Callable[[], None]]:
    """A progress bar for ``total`` documents (``None``: not known before reading them)."""
    if not err.is_terminal or total is not None and total <= PROGRESS_FROM:
        yield lambda: None
        return
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


if __name__ == "__main__":
    app()


def _register_ledger_commands() -> None:
    from ceasefire.cli_correct import app as correct
    from ceasefire.cli_correct import corrections
    from ceasefire.cli_queries import COMMANDS
    from ceasefire.cli_watch import watch

    for name, command in COMMANDS:
        app.command(name)(command)
    app.command("watch")(watch)
    app.add_typer(correct, name="correct")
    app.command("corrections")(corrections)


_register_ledger_commands()
