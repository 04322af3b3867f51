"""Benchmark: the Ukrainian Air Force's figures, read and credited to it.

    .venv/bin/python bench/bench_airforce.py [SET ...] [--list] [--kaggle CSV | --no-kaggle]

SET is a folder of ``../shared/corpus`` or a half of dev2 (``dev2:A``), as for
``scripts/score_reading.py``; without SET: seeds, dev and dev2. Each article is read in its
``language`` (the JSON's field, as ``ceasefire ingest`` reads it). Every article whose gold holds
a figure claimed by the Ukrainian Air Force is read, and each such figure is looked for among
the reader's figures of the same metric, weapon and value (the scorer's lenient key, less the
attacker). A figure found is

  credited      the reader gives it to the Air Force (the goal);
  no claimant   the reader leaves it to the outlet (``claimed_by`` null);
  other         the reader gives it to someone else (named in ``--list``);
  not read      no figure of that metric, weapon and value (a metrics miss, not attribution).

"strict" counts the credited figures whose attacker, qualifier and date (±1 day) are right too.
"spurious" counts the reader's Air Force figures that are no Air Force figure of the gold.

With the Kaggle table of the Air Force's own counts (``../shared/external/airforce``, read
from there at run time; see its README), the nights the reader credits to the Air Force are
joined on the night's date: the largest figure the reader gives per (weapon class, metric)
beside the table's national totals (posts of @kpszsu; intercepted = destroyed + lost to
electronic warfare). The table is a compilation of the same official claims, not ground
truth; English news rounds and merges classes, so read the join as a sanity check.

Its companion ``bench_airforce_uk.py`` reads the Air Force's own Ukrainian reports (the
transcribed "ЗНИЩЕНО" infographics of ``../shared/external/airforce/vadimkin``) and scores the
destroyed counts per weapon class; its ``--kaggle`` uses this script's reading of the table.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from ceasefire.ingest import iter_documents
from ceasefire.model import Document
from ceasefire.read import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KAGGLE = SHARED / "external" / "airforce" / "airforce_counts_kaggle.csv"
KAGGLE_MODELS = SHARED / "external" / "airforce" / "kaggle_missiles_and_uavs.csv"
# The table's weapon categories as the GUIDE's weapon classes.
KAGGLE_CLASSES = {"UAV": "drone", "ballistic missile": "ballistic_missile",
                  "cruise missile": "cruise_missile", "guided bomb": "guided_bomb"}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.exists():
        sys.exit(f"error: {path} not found: run from the repository with ../shared beside it")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _load("score", SHARED / "tools" / "score.py")
SETS = _load("score_reading", ROOT / "scripts" / "score_reading.py")


def flatten(strikes: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Quantities with their record's attacker, date and claimant, as the scorer flattens."""
    return [{**q, "attacker": s.get("attacker"), "date": s.get("date"),
             "claimed_by": s.get("claimed_by")}
            for s in strikes or [] for q in s.get("quantities") or []]


def is_air_force(claimant: str | None) -> bool:
    """The scorer's claimant key names the air force ("Ukraine's Air Force", "Air Force of
    Ukraine"). Not ``same_claimant``: it takes any two "Ukrainian …" bodies for one."""
    return bool(claimant) and "air force" in SCORER.claimant_key(claimant)


def same_figure(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    key = SCORER.value_key(gold)
    return (gold["metric"] == pred["metric"] and key is not None
            and key == SCORER.value_key(pred)
            and SCORER.weapon_ok(gold["metric"], gold.get("weapon"), pred.get("weapon")))


def strict(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return (gold.get("attacker") == pred.get("attacker")
            and gold.get("qualifier") == pred.get("qualifier")
            and SCORER.same_date(gold.get("date"), pred.get("date")))


def cause(pred: dict[str, Any] | None) -> str:
    if pred is None:
        return "not read"
    if is_air_force(pred.get("claimed_by")):
        return "credited"
    return "no claimant" if not pred.get("claimed_by") else "other"


def score_document(gold_q: list[dict[str, Any]], pred_q: list[dict[str, Any]]
                   ) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each Air Force figure of the gold with the reader's best figure for it (or None)."""
    air_force = [g for g in gold_q if is_air_force(g.get("claimed_by"))]
    pairs = SCORER.greedy_match(
        air_force, pred_q, same_figure,
        lambda g, p: (is_air_force(p.get("claimed_by")), strict(g, p)))
    found = {id(g): p for g, p in pairs}
    return [(g, found.get(id(g))) for g in air_force]


def documents(sets: list[str]) -> list[tuple[str, Document, dict[str, Any]]]:
    """Each article of ``sets`` as ``ceasefire ingest`` reads its JSON (its ``language`` too,
    so that Ukrainian and Russian reports go to their own reader), with its gold."""
    out = []
    for name in sets:
        for path in SETS.set_files(name):
            (document,) = iter_documents([str(path)], None, None)
            if not isinstance(document, Document):
                sys.exit(f"error: {document}")
            gold = json.loads(path.read_text()).get("gold") or {}
            out.append((f"{name.split(':')[0]}/{path.stem}", document, gold))
    return out


def report(sets: list[str], listing: bool, kaggle: Path | None) -> None:
    causes: Counter[str] = Counter()
    others: Counter[str] = Counter()
    strict_ok = spurious = articles = 0
    credited_nights: dict[str, list[dict[str, Any]]] = defaultdict(list)
    gold_nights: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, document, gold in documents(sets):
        pred_q = flatten(read_document(document).to_json()["strikes"])
        gold_q = flatten(gold.get("strikes"))
        for figure in pred_q:
            if is_air_force(figure.get("claimed_by")) and figure.get("date"):
                credited_nights[figure["date"]].append(figure)
        pairs = score_document(gold_q, pred_q)
        gold_af = [g for g in gold_q if is_air_force(g.get("claimed_by"))]
        matched = {id(found) for _, found in pairs if found is not None}
        spurious += sum(1 for figure in pred_q if is_air_force(figure.get("claimed_by"))
                        and id(figure) not in matched)
        if not pairs:
            continue
        articles += 1
        for g in gold_af:
            if g.get("date"):
                gold_nights[g["date"]].append(g)
        for g, p in pairs:
            why = cause(p)
            causes[why] += 1
            if why == "other" and p is not None:
                others[p["claimed_by"]] += 1
            strict_ok += why == "credited" and p is not None and strict(g, p)
            if listing:
                print(f"{why:<12} {label}  {g['metric']} {g.get('weapon')} {g.get('value')} "
                      f"({g.get('qualifier')})" + (f"  → {p['claimed_by']!r}"
                                                   if why == "other" and p else ""))
    total = sum(causes.values())
    print(f"sets: {' '.join(sets)}")
    print(f"articles quoting the Air Force (gold): {articles}; its figures: {total}")
    if not total:
        return
    for why in ("credited", "no claimant", "other", "not read"):
        print(f"  {why:<12}{causes[why]:>5}  {causes[why] / total:6.1%}")
    print(f"  credited and strict (attacker, qualifier, date right too): {strict_ok} "
          f"({strict_ok / total:.1%})")
    print(f"  read at all (any claimant): {total - causes['not read']} "
          f"({(total - causes['not read']) / total:.1%})")
    if others:
        print("  other claimants: " + ", ".join(f"{k} ×{v}" for k, v in others.most_common()))
    print(f"reader's Air Force figures that are no Air Force figure of the gold: {spurious}")
    if kaggle is not None:
        join_kaggle(kaggle, credited_nights, gold_nights)


def kaggle_totals(path: Path) -> dict[tuple[str, str, str], int]:
    """(night's date, weapon class, metric) → the Air Force's national total for that night."""
    classes = {}
    with KAGGLE_MODELS.open(newline="") as f:
        for row in csv.DictReader(f):
            classes[row["model"]] = KAGGLE_CLASSES.get(row["category"], "missile")
    totals: dict[tuple[str, str, str], int] = Counter()
    with path.open(newline="") as f:
        for row in csv.DictReader(f):
            if "/kpszsu/" not in row["source"]:  # regional commands overlap the national posts
                continue
            night = (row["time_end"] or row["date"])[:10]
            weapon = classes.get(row["model"], "missile")
            launched = _int(row["launched"])
            shot = _int(row["destroyed"]) + _int(row["not_reach_goal"])
            for w in {weapon, "missile"} if weapon.endswith("missile") else {weapon}:
                totals[(night, w, "launched")] += launched
                totals[(night, w, "intercepted")] += shot
    return totals


def _int(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        return 0


def join_kaggle(path: Path, credited: dict[str, list[dict[str, Any]]],
                gold: dict[str, list[dict[str, Any]]]) -> None:
    totals = kaggle_totals(path)
    print(f"\njoin with {path.name} (the reader's Air Force figures per night, the largest "
          f"per weapon class and metric):")
    print(f"  {'night':<11}{'weapon':<18}{'metric':<12}{'reader':>8}{'gold':>8}{'kaggle':>8}")
    rows = agree = 0
    for night in sorted(credited):
        best: dict[tuple[str, str], int] = {}
        for q in credited[night]:
            if q["metric"] in ("launched", "intercepted") and q.get("value") and q.get("weapon"):
                key = (q["weapon"], q["metric"])
                best[key] = max(best.get(key, 0), int(q["value"]))
        for (weapon, metric), value in sorted(best.items()):
            table = totals.get((night, weapon, metric))
            gold_values = [int(g["value"]) for g in gold.get(night, [])
                           if g["metric"] == metric and g.get("weapon") == weapon
                           and g.get("value")]
            rows += 1
            agree += table == value
            print(f"  {night:<11}{weapon:<18}{metric:<12}{value:>8}"
                  f"{max(gold_values) if gold_values else '-':>8}"
                  f"{table if table is not None else '-':>8}")
    if rows:
        print(f"  the reader's figure equals the table's: {agree} of {rows}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["seeds", "dev", "dev2"])
    parser.add_argument("--list", action="store_true", help="one line per Air Force figure")
    parser.add_argument("--kaggle", type=Path, default=KAGGLE,
                        help="the Kaggle table of the Air Force's counts (default: %(default)s)")
    parser.add_argument("--no-kaggle", action="store_true", help="skip the join")
    args = parser.parse_args()
    kaggle = None if args.no_kaggle or not args.kaggle.exists() else args.kaggle
    report(args.sets, args.list, kaggle)


if __name__ == "__main__":
    main()
