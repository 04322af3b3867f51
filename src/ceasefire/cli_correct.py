"""`ceasefire correct …` (an analyst's corrections, kept in the ledger and applied on every
fusion) and `ceasefire corrections` (each beside the machine's reading). Registered by
``cli.py``; the rules are in ``ceasefire/corrections.py`` and ``fuse/corrections.py``."""
from __future__ import annotations

import getpass
import os
from typing import Annotated

import typer
from rich.text import Text

from ceasefire import errors
from ceasefire.cli_queries import Db, Fmt, _check_format, _ledger
from ceasefire.corrections import COLUMNS, BadCorrection, Request, correct, rows
from ceasefire.fuse.corrections import EVENT_FIELDS, FIGURES, TERM_FIELDS, Outcome
from ceasefire.show import OUTPUTS, console, print_rows
from ceasefire.store import WRITER_WAIT, Ledger

app = typer.Typer(no_args_is_help=True, help="Correct the ledger as an analyst: reject an "
                  "event, a document's records of it or a position; set an event's field or a "
                  "term's end; merge two events; split one. Each correction is kept with who, "
                  "when and why, and applied on every fusion after it.")

Why = Annotated[str, typer.Option("--why", metavar="TEXT", help="Why (kept with it).")]
By = Annotated[str | None, typer.Option(
    "--by", metavar="NAME", envvar="CEASEFIRE_ANALYST", show_default=False,
    help="Who corrects (default: $CEASEFIRE_ANALYST, else the login name).")]
Target = Annotated[str, typer.Argument(metavar="ID", help="An event, position or term id.")]
Documents = Annotated[list[str] | None, typer.Option(
    "--document", metavar="DOC", help="A document id (as `ceasefire claims EVENT` shows it): "
                                      "its records of the event. Repeat for several.")]


@app.command("reject")
def reject(target: Target, why: Why, document: Documents = None, by: By = None,
           db: Db = None) -> None:
    """Reject an event, some documents' records of it, or a truce position.

    A rejected event is left out of every list, export and check; with --document, only the
    records those documents give of it are left out, and the event is fused without them."""
    _run(db, Request("reject", target, _analyst(by), why, documents=tuple(document or ())))


@app.command("set")
def set_(target: Target,
         field: Annotated[str, typer.Argument(metavar="FIELD", help=(
             f"An event's {', '.join(EVENT_FIELDS)}, or a best figure: "
             f"{', '.join(f for f in FIGURES if '.' not in f)} (or METRIC.WEAPON, e.g. "
             f"launched.drone); a term's {', '.join(TERM_FIELDS)}."))],
         value: Annotated[str, typer.Argument(metavar="VALUE", help=(
             "A side (UA, RU, … or unknown), a date (YYYY-MM-DD; a term's end may be "
             "unknown) or a whole number."))],
         why: Why, by: By = None, db: Db = None) -> None:
    """Set a field of an event or a term; the machine's reading is kept beside it."""
    _run(db, Request("set", target, _analyst(by), why, field=field, value=value))


@app.command("merge")
def merge(target: Annotated[str, typer.Argument(metavar="EVENT")],
          other: Annotated[str, typer.Argument(metavar="OTHER", help="The event to join it.")],
          why: Why, by: By = None, db: Db = None) -> None:
    """Merge two events of one attacker: one attack that fusion kept apart."""
    _run(db, Request("merge", target, _analyst(by), why, other=other))


@app.command("split")
def split(target: Annotated[str, typer.Argument(metavar="EVENT")], document: Documents = None,
          why: Why = "", by: By = None, db: Db = None) -> None:
    """Split an event: the records of the documents named become an event of their own."""
    _run(db, Request("split", target, _analyst(by), why, documents=tuple(document or ())))


def corrections(db: Db = None, fmt: Fmt = None) -> None:
    """Every correction with who, when and why, beside the machine's reading, and what the
    last fusion made of it: applied (to which id now) or stale (why it no longer applies)."""
    _check_format(fmt, OUTPUTS)
    with _ledger(db) as ledger:
        found = rows(ledger)
    print_rows(found, fmt, "corrections", header=COLUMNS)


def _analyst(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without one)
        return os.environ.get("USER", "")


def _run(db: str | None, request: Request) -> None:
    err = console(stderr=True, highlight=False, soft_wrap=True)
    try:
        with Ledger.open(db, wait=WRITER_WAIT) as ledger:
            correction, outcome = correct(ledger, request)
    except BadCorrection as problem:
        err.print(Text.assemble(("error", "bold red"), f": {problem}"))
        raise typer.Exit(2) from None
    except errors.StoreError as error:
        err.print(Text.assemble(("error", "bold red"), f": {error}"))
        raise typer.Exit(1) from None
    print(f"correction {correction.id} by {correction.analyst}: {_said(outcome)}")
    if outcome.status != "applied":
        raise typer.Exit(1)


def _said(outcome: Outcome) -> str:
    if outcome.status != "applied":
        return f"kept, but it does not apply: {outcome.note}"
    machine = f" (the machine read {outcome.machine})" if outcome.machine else ""
    return f"applied to {outcome.applies_to or 'the records named'}: {outcome.note}{machine}"
