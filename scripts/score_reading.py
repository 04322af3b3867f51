#!/usr/bin/env python3
"""Read annotated corpus sets and score them with the reference scorer, one line per set.

    .venv/bin/python scripts/score_reading.py [SET ...] [--details] [--fields] [--json]

SET is a folder of ``../shared/corpus`` (seeds, dev, dev2, uk, ru), ``invented``,
``invented2`` … ``invented20`` (the reports invented for the tests, ``tests/invented*/``: their
READMEs say how), any other folder of annotated documents (a path), or a fixed half of one:
``dev2:A``, ``dev2:B``.
Without SET: seeds, dev, dev2:A, dev2:B, dev2, uk, ru and every invented set.

The halves keep rule-writing honest (issue 13): write and tune a rule on one half, measure it
on the other, then swap; a rule that helps its own half and hurts the other is a special
case. The split is fixed by file name: the files of dev2 in sorted order, A takes the 1st,
3rd, 5th, … and B the 2nd, 4th, 6th, … (each half gets strike and diplomacy reports alike).

Figures are the reference scorer's (``../shared/tools/score.py``); ``--details`` prints its
list of missed and spurious units, ``--fields`` its field accuracies.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from ceasefire.ingest import iter_documents
from ceasefire.model import Document
from ceasefire.read import read_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# every tests/invented*/ folder, in the order they were written (invented, invented2, …)
INVENTED = {folder.name: folder for folder in sorted(
    (ROOT / "tests").glob("invented*"), key=lambda f: int(f.name[len("invented"):] or 1))}
DEFAULT_SETS = ["seeds", "dev", "dev2:A", "dev2:B", "dev2", "uk", "ru", *INVENTED]
UNITS = ["overall", "quantities", "quantities_strict", "locations", "target_types",
         "agreements", "exchanges", "talks"]
SHORT = {"overall": "overall", "quantities": "qty", "quantities_strict": "qty-strict",
         "locations": "locations", "target_types": "targets", "agreements": "agreements",
         "exchanges": "exchanges", "talks": "talks"}


def set_files(name: str) -> list[Path]:
    """The gold files of a set: a corpus folder, or a half of one ("dev2:A")."""
    folder, _, half = name.partition(":")
    path = INVENTED[folder] if folder in INVENTED else \
        Path(folder) if "/" in folder else CORPUS / folder
    files = sorted(path.glob("*.json"))
    if not files:
        sys.exit(f"error: no *.json in {path}. Is ../shared/corpus beside the repo?")
    if half not in ("", "A", "B"):
        sys.exit(f"error: {name}: a half is A or B, e.g. dev2:A")
    return files if not half else files[0 if half == "A" else 1::2]


def score_set(name: str, work: Path, details: bool = False) -> tuple[dict, str]:
    """The scorer's JSON figures for a set, and its printed details (empty unless asked)."""
    gold, out = work / "gold", work / "out"
    gold.mkdir()
    out.mkdir()
    for path in set_files(name):
        (gold / path.name).symlink_to(path)
    for doc in iter_documents([str(gold)], None, None):
        if not isinstance(doc, Document):
            sys.exit(f"error: {doc}")
        (out / f"{doc.id}.json").write_text(json.dumps(read_document(doc).to_json()))
    figures = json.loads(_scorer(gold, out, "--json"))
    return figures, _scorer(gold, out, "--details") if details else ""


def _scorer(gold: Path, out: Path, flag: str) -> str:
    return subprocess.run([sys.executable, str(SCORER), str(gold), str(out), flag],
                          capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    parser.add_argument("--details", action="store_true", help="the scorer's misses, per set")
    parser.add_argument("--fields", action="store_true", help="field accuracies, per set")
    parser.add_argument("--json", action="store_true", help="all figures as JSON")
    args = parser.parse_args()
    results = {}
    print(f"{'set':<10}{'docs':>5}" + "".join(f"{SHORT[u]:>11}" for u in UNITS), flush=True)
    for name in args.sets:
        with tempfile.TemporaryDirectory() as tmp:
            figures, details = score_set(name, Path(tmp), args.details)
        results[name] = figures
        if args.json:
            continue
        print(f"{name:<10}{figures['documents']:>5}"
              + "".join(f"{figures[u]['f1']:>11.3f}" for u in UNITS), flush=True)
        if args.fields:
            print("   " + "  ".join(f"{k} {v:.2f}" for k, v in figures["fields"].items()))
        if details:
            print(details.split("documents:", 1)[1].split("\n", 1)[1], end="")
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
