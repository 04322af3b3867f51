"""Benchmark: the Ukrainian Air Force's own "ЗНИЩЕНО:" reports, read in Ukrainian (issue 17).

    .venv/bin/python bench/bench_airforce_uk.py [--limit N] [--details] [--kaggle]

The texts are the 310 transcribed Air Force infographics of ``../shared/external/airforce/
vadimkin/txt`` (Jan 2023 – Mar 2024; see that folder's README, part B), each a list of what
was destroyed: a date, a time, then lines of the shape "- 12 крилатих ракет Х-101".
Their counts are the third-party table ``vadimkin/dataset.csv`` (one row per report, one
column per weapon). Both are read from ``../shared`` at run time and never copied here.

Pairing. A text's head (its first lines, after a transcriber's note such as "The text in the
image is:") gives the report's date and checkpoint time: ``12.03.2024`` / ``(06.00)``; a range
("(22.00-02.30)", "11.04-12.04") gives its end, the table's key (``heads``). A text pairs with
the table row of the same (date, time), in file order where a key repeats; a head with no time
takes the one row of its date that no text claims; an infographic of two periods (two heads)
pairs with both rows, their counts summed (``pair``). Texts with no date at their head
(regional commands' layouts, notices, a refused transcription) and rows no text keys to (the
table author's hand overrides) are counted and listed with ``--details``, never dropped.

Classes. The table's weapon columns are summed into the GUIDE's weapon classes
(``COLUMN_CLASSES``): drones of every model, cruise missiles (Kh-101/555/55, Kalibr,
Iskander-K), ballistic (Iskander-M, Kinzhal and the table's "ballistic"), ``missile`` for
guided air-launched missiles that the GUIDE gives no class (Kh-59, Kh-31P: the corpus gold types
them ``missile``) and the table's missiles of mixed types, and ``aircraft`` for jets,
helicopters and the A-50/Il-22.

Scoring. Each text is read as a Ukrainian document (id: the file name, published: the post's
date). The reader's ``intercepted`` quantities with a value are summed per weapon class over all
its strikes, and each (report, class) is

  exact      the reader's sum equals the table's count (the issue's figure: ≥ 95 %);
  wrong      both give the class, with different counts;
  missed     the table gives the class, the reader does not;
  spurious   the reader gives a class the table does not (not in the share's denominator).

With ``--kaggle`` the reader's sums are also set beside the Kaggle table's national totals of
the same date (``bench_airforce.py``'s join, which does the same for English news; the Kaggle
table is a second compilation of the same claims, so read it as a sanity check).
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import importlib.util
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ceasefire.model import Document
from ceasefire.read import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VADIMKIN = SHARED / "external" / "airforce" / "vadimkin"

# The table's weapon columns (dataset.csv) as the GUIDE's weapon classes. Kh-59 and Kh-31P are
# guided air-launched missiles: the GUIDE's corpus types them ``missile`` (no cruise/ballistic
# class is stated for them); Kinzhal is aero-ballistic, as the English lexicon has it.
COLUMN_CLASSES = {
    "uav_drones": "drone", "shahed": "drone", "orlan": "drone", "orion": "drone",
    "lancet": "drone", "merlin": "drone", "granat_4": "drone", "zala": "drone",
    "mohajer_6": "drone",
    "missiles": "missile", "missile_kh_31p": "missile", "kh_59_missile": "missile",
    "ballistic_missiles": "ballistic_missile", "kinzhal_missile": "ballistic_missile",
    "iskander_m_missile": "ballistic_missile",
    "cruise_missiles": "cruise_missile", "kalibr_missile": "cruise_missile",
    "iskander_k_missile": "cruise_missile",
    "fighter_su_30_cm": "aircraft", "fighter_su_34": "aircraft", "fighter_su_35": "aircraft",
    "fighter_su_24m": "aircraft", "fighter_su_25": "aircraft", "helicopter": "aircraft",
    "helicopter_k_52": "aircraft", "helicopter_mi_8": "aircraft", "plane_a_50": "aircraft",
    "plane_il_22": "aircraft",
}
KEY_COLUMNS = ("checkpoint_date", "checkpoint_time")
OUTCOMES = ("exact", "wrong", "missed", "spurious")

# "12.03.2024", "12.03.24", "11.04" (a range's first day may lack its year); "(06.00)", "6.00"
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?!\d)")
_TIME = re.compile(r"(\d{1,2})[.:](\d{2})(?!\.?\d)")
# A line of the head: dates and times only ("(станом на 06.00)", "(22.00) -", "04.07.23").
_HEAD = re.compile(r"^[\d\s.:()\-–—]*(?:[Сс]таном(?: на)?|за добу)?[\d\s.:()\-–—]*$")
# A transcriber's note before the text ("The text in the image is:"): Latin prose, no digits.
_NOTE = re.compile(r"^[^\d]*[A-Za-z]{3}[^\d]*$")
# The post's own time, in the file name: photo_<message id>@<DD-MM-YYYY_HH-MM-SS>.txt
_FILE = re.compile(r"photo_(\d+)@(\d{2})-(\d{2})-(\d{4})_")

Key = tuple[dt.date, dt.time | None]


@dataclasses.dataclass(frozen=True)
class Post:
    """One transcribed infographic: its file, the post's date and the (date, time) of each
    report at its head (usually one)."""

    name: str
    message: int
    posted: dt.date | None
    text: str
    keys: tuple[Key, ...]


@dataclasses.dataclass(frozen=True)
class Row:
    """One row of the table: its (date, time) and the destroyed count per weapon class."""

    line: int
    key: Key
    counts: dict[str, int]


@dataclasses.dataclass
class Pairing:
    pairs: list[tuple[Post, list[Row]]]  # a text with the rows of its heads (usually one)
    posts_unpaired: list[tuple[Post, str]]  # with the reason
    rows_unpaired: list[Row]
    by_date_only: int = 0  # heads with no time, paired by their date alone


def heads(text: str, posted: dt.date | None = None) -> list[Key]:
    """The (date, checkpoint time) of each report at the head of a text; [] without a date.

    The head is the block of lines at the top that hold only dates and times, blank lines
    aside: usually "12.03.2024" then "(06.00)". A range gives its end, the table's key: the
    last date and the last time ("(22.00-02.30)"; "03.07.2023 / (22.00) - / 04.07.2023 /
    (04.30)": a time ending in a dash goes on). A line with a year ("04.07.23") is a date, any
    other a time. A date after a closed time starts a second report: one infographic can sum
    two periods ("09.09.2023 / (станом на 07.00) / 08.09.2023 / (за добу)"). The year comes
    from the dates ("11.04-12.04.23"), else from the post's date; no time gives time ``None``.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    while lines and _NOTE.match(lines[0]):
        lines.pop(0)
    if not lines or not lines[0][0].isdigit() or not _DATE.search(lines[0]):
        return []
    found: list[Key | None] = []
    dates: list[tuple[str, str, str]] = _DATE.findall(lines[0])
    times: list[tuple[str, str]] = []
    open_range = False
    for line in lines[1:8]:
        if not _HEAD.match(line):
            break
        with_year = [d for d in _DATE.findall(line) if d[2]]
        if with_year and times and not open_range:
            found.append(_key(dates, times, posted))
            dates, times = [], []
        if with_year:
            dates += with_year
        else:
            times += _TIME.findall(line)
        open_range = line.endswith(("-", "–", "—"))
    found.append(_key(dates, times, posted))
    return [key for key in found if key is not None]


def _key(dates: list[tuple[str, str, str]], times: list[tuple[str, str]],
         posted: dt.date | None) -> Key | None:
    date = _date_of(dates, posted)
    if date is None or not times:
        return None if date is None else (date, None)
    hour, minute = times[-1]
    try:
        return date, dt.time(int(hour), int(minute))
    except ValueError:  # a misread time ("25.00"): the date alone
        return date, None


def _date_of(dates: list[tuple[str, str, str]], posted: dt.date | None) -> dt.date | None:
    """The last of a head's dates, its year from the last date that has one or the post."""
    if not dates:
        return None
    day, month, _ = dates[-1]
    year = next((y for _, _, y in reversed(dates) if y), "")
    if year:
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
    elif posted is not None:
        full_year = posted.year
    else:
        return None
    try:
        return dt.date(full_year, int(month), int(day))
    except ValueError:
        return None


def load_posts(folder: Path) -> list[Post]:
    """The transcribed reports of a folder, in the order they were posted (message id)."""
    posts = []
    for path in folder.glob("*.txt"):
        found = _FILE.match(path.name)
        message = int(found.group(1)) if found else 0
        posted = (dt.date(int(found.group(4)), int(found.group(3)), int(found.group(2)))
                  if found else None)
        text = path.read_text(encoding="utf-8")
        posts.append(Post(path.name, message, posted, text, tuple(heads(text, posted))))
    return sorted(posts, key=lambda p: (p.message, p.name))


def class_counts(fields: Mapping[str, str]) -> dict[str, int]:
    """A table row's weapon columns summed per weapon class (empty cells left out)."""
    counts: Counter[str] = Counter()
    for column, weapon in COLUMN_CLASSES.items():
        cell = (fields.get(column) or "").strip()
        if cell:
            counts[weapon] += int(float(cell))
    return dict(counts)


def load_rows(path: Path) -> list[Row]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in (*KEY_COLUMNS, *COLUMN_CLASSES) if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"error: {path}: no column {', '.join(missing)}: not the expected table")
        rows = []
        for line, fields in enumerate(reader, start=2):
            date = dt.date.fromisoformat(fields["checkpoint_date"])
            clock = fields["checkpoint_time"].strip()
            time_of_day = dt.time.fromisoformat(clock) if clock else None
            rows.append(Row(line, (date, time_of_day), class_counts(fields)))
    return rows


def pair(posts: Iterable[Post], rows: Iterable[Row]) -> Pairing:
    """Each text with the table rows of its heads' (date, time), in file order where a key
    repeats. A head with no time that no row keys exactly ("08.09.2023 (за добу)") takes the
    one row of its date that no text's key claims, if there is exactly one."""
    posts = list(posts)
    left: dict[Key, list[Row]] = defaultdict(list)
    for row in rows:
        left[row.key].append(row)
    claimed = {key for post in posts for key in post.keys}
    out = Pairing([], [], [])
    for post in posts:
        if not post.keys:
            out.posts_unpaired.append((post, "no date at its head"))
            continue
        taken: list[Row] = []
        missing: list[Key] = []
        for key in post.keys:
            found = _row_for(key, left, claimed)
            if found is None:
                missing.append(key)
            else:
                left[found.key].remove(found)
                taken.append(found)
        if missing:
            for row in reversed(taken):  # give them back, first in their queue again
                left[row.key].insert(0, row)
            out.posts_unpaired.append(
                (post, "no table row for " + ", ".join(_show_key(k) for k in missing)))
            continue
        out.by_date_only += sum(row.key not in post.keys for row in taken)
        out.pairs.append((post, taken))
    out.rows_unpaired = sorted((row for group in left.values() for row in group),
                               key=lambda r: r.line)
    return out


def _row_for(key: Key, left: Mapping[Key, list[Row]], claimed: set[Key]) -> Row | None:
    if left.get(key):
        return left[key][0]
    if key[1] is not None:
        return None
    same_date = [row for k, group in left.items() if k[0] == key[0] and k not in claimed
                 for row in group]
    return same_date[0] if len(same_date) == 1 else None


def table_counts(rows: Iterable[Row]) -> dict[str, int]:
    """The counts of a text's rows summed per class (two periods in one infographic)."""
    total: Counter[str] = Counter()
    for row in rows:
        total.update(row.counts)
    return dict(total)


def _show_key(key: Key) -> str:
    date, clock = key
    return f"{date.isoformat()} {clock.strftime('%H:%M') if clock else '(no time)'}"


def intercepted_by_class(strikes: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """The reader's ``intercepted`` values summed per weapon class over every strike.

    Quantities with no value ("all of them") or no weapon class (a mixed total) cannot be set
    beside a count per class and are left out.
    """
    sums: Counter[str] = Counter()
    for strike in strikes:
        for q in strike.get("quantities") or []:
            if q.get("metric") == "intercepted" and q.get("weapon") and q.get("value") is not None:
                sums[q["weapon"]] += int(q["value"])
    return dict(sums)


def score_post(table: Mapping[str, int], read: Mapping[str, int]
               ) -> list[tuple[str, str, int | None, int | None]]:
    """(class, outcome, table's count, reader's sum) for every class either side gives."""
    out = []
    for weapon in sorted(set(table) | set(read)):
        expected, got = table.get(weapon), read.get(weapon)
        if expected is None:
            outcome = "spurious"
        elif got is None:
            outcome = "missed"
        else:
            outcome = "exact" if got == expected else "wrong"
        out.append((weapon, outcome, expected, got))
    return out


def make_document(post: Post) -> Document:
    """The text as a Ukrainian document; ``language`` only where ``Document`` has the field
    (it is being added for issue 17: before that the reader takes every text for English)."""
    fields = {f.name for f in dataclasses.fields(Document)}
    extra: dict[str, Any] = {"language": "uk"} if "language" in fields else {}
    return Document(id=Path(post.name).stem, text=post.text, published=post.posted,
                    source="Ukrainian Air Force", **extra)


@dataclasses.dataclass
class Tally:
    outcomes: Counter[str] = dataclasses.field(default_factory=Counter)
    by_class: dict[str, Counter[str]] = dataclasses.field(
        default_factory=lambda: defaultdict(Counter))
    misses: list[str] = dataclasses.field(default_factory=list)
    seconds: list[float] = dataclasses.field(default_factory=list)
    read_sums: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)

    def add(self, post: Post, scored: list[tuple[str, str, int | None, int | None]]) -> None:
        for weapon, outcome, expected, got in scored:
            self.outcomes[outcome] += 1
            self.by_class[weapon][outcome] += 1
            if outcome != "exact":
                self.misses.append(f"{outcome:<9}{post.name}  {weapon}: table "
                                   f"{'-' if expected is None else expected}, read "
                                   f"{'-' if got is None else got}")


def run(pairs: list[tuple[Post, list[Row]]]) -> Tally:
    tally = Tally()
    if pairs:
        read_document(make_document(pairs[0][0]))  # lexicons and models loaded outside the timing
    for post, rows in pairs:
        start = time.perf_counter()
        strikes = read_document(make_document(post)).to_json()["strikes"]
        tally.seconds.append(time.perf_counter() - start)
        read = intercepted_by_class(strikes)
        tally.read_sums[post.name] = read
        tally.add(post, score_post(table_counts(rows), read))
    return tally


def share(count: int, total: int) -> str:
    return f"{count / total:6.1%}" if total else "     -"


def print_report(pairing: Pairing, posts: int, rows: int, tally: Tally, read: int) -> None:
    print(f"texts: {posts}; table rows: {rows}; paired: {len(pairing.pairs)} "
          f"({sum(len(rows) > 1 for _, rows in pairing.pairs)} texts with two periods; "
          f"{pairing.by_date_only} heads paired by their date alone)")
    print(f"texts not paired: {len(pairing.posts_unpaired)}; table rows not paired: "
          f"{len(pairing.rows_unpaired)}")
    print(f"reports read: {read}")
    done = tally.outcomes
    total = done["exact"] + done["wrong"] + done["missed"]
    print(f"destroyed counts per (report, weapon class): {total}; read exactly: "
          f"{done['exact']} ({share(done['exact'], total).strip()})")
    print(f"  wrong value {done['wrong']}, missed {done['missed']}, spurious {done['spurious']}")
    print(f"  {'class':<19}{'table':>6}{'exact':>7}{'share':>8}{'wrong':>7}{'missed':>8}"
          f"{'spurious':>10}")
    for weapon, c in sorted(tally.by_class.items()):
        n = c["exact"] + c["wrong"] + c["missed"]
        print(f"  {weapon:<19}{n:>6}{c['exact']:>7}{share(c['exact'], n):>8}{c['wrong']:>7}"
              f"{c['missed']:>8}{c['spurious']:>10}")
    if tally.seconds:
        median = statistics.median(tally.seconds) * 1000
        print(f"reading time per report: median {median:.1f} ms, "
              f"total {sum(tally.seconds):.2f} s")


def print_details(pairing: Pairing, tally: Tally) -> None:
    print("\nnot paired:")
    for post, why in pairing.posts_unpaired:
        print(f"  text  {post.name}: {why}")
    for row in pairing.rows_unpaired:
        print(f"  row   dataset.csv line {row.line} ({_show_key(row.key)}): no text keys to it")
    print("\nnot read exactly:")
    for line in tally.misses:
        print(f"  {line}")


def join_kaggle(pairs: list[tuple[Post, list[Row]]], tally: Tally) -> None:
    """The reader's sums, and the table's counts, beside the Kaggle table's national totals of
    the report's date (the README found the two tables agree on ~88 %: a ceiling to keep in
    mind, as reports within a day and regional commands' figures differ)."""
    english = _bench_airforce()
    if not english.KAGGLE.exists():
        print(f"\n--kaggle: {english.KAGGLE} not found; join skipped")
        return
    totals = english.kaggle_totals(english.KAGGLE)
    agree: Counter[str] = Counter()
    for post, rows in pairs:
        night = rows[0].key[0].isoformat()
        for source, sums in (("table", table_counts(rows)),
                             ("reader", tally.read_sums.get(post.name, {}))):
            for weapon, value in sums.items():
                kaggle = totals.get((night, weapon, "intercepted"))
                if kaggle is not None:
                    agree[source + " n"] += 1
                    agree[source] += kaggle == value
    print(f"\njoin with {english.KAGGLE.name} (national totals of the report's date):")
    for source in ("table", "reader"):
        print(f"  the {source}'s count equals it: {agree[source]} of {agree[source + ' n']}")


def _bench_airforce() -> Any:
    """bench_airforce.py (the English benchmark), for its reading of the Kaggle table."""
    path = Path(__file__).with_name("bench_airforce.py")
    spec = importlib.util.spec_from_file_location("bench_airforce", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=VADIMKIN,
                        help="the folder with txt/ and dataset.csv (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="read only the first N paired reports (a quick run)")
    parser.add_argument("--details", action="store_true",
                        help="list every text or row not paired and every count not read exactly")
    parser.add_argument("--kaggle", action="store_true",
                        help="set the reader's sums beside the Kaggle table (bench_airforce.py)")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit takes a number of reports, 1 or more")
    texts, table = args.data / "txt", args.data / "dataset.csv"
    if not texts.is_dir() or not table.is_file():
        sys.exit(f"error: {texts} or {table} not found: run from the repository with ../shared "
                 "beside it (../shared/external/airforce/vadimkin), or give --data")
    posts, rows = load_posts(texts), load_rows(table)
    pairing = pair(posts, rows)
    chosen = pairing.pairs[:args.limit] if args.limit else pairing.pairs
    tally = run(chosen)
    print_report(pairing, len(posts), len(rows), tally, len(chosen))
    if args.details:
        print_details(pairing, tally)
    if args.kaggle:
        join_kaggle(chosen, tally)


if __name__ == "__main__":
    main()
