"""The Air Force benchmark in Ukrainian (bench/bench_airforce_uk.py, issue 17): how a report's
head is keyed, how texts pair with the table's rows, how weapon columns become the GUIDE's
classes, and how each (report, class) is scored. The heads and strikes here are written for
the test; the run at the end reads a few real reports from ../shared when it is there."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_airforce_uk as bench  # noqa: E402  (a script of bench/, not a package)

GUIDE_WEAPONS = {"drone", "ballistic_missile", "cruise_missile", "missile", "guided_bomb",
                 "artillery", "aircraft"}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def clock(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.mark.parametrize(("text", "posted", "expected"), [
    ("12.03.2024\n(06.00)\n\nЗНИЩЕНО:\n- 7 ударних БПЛА", None,
     [(day("2024-03-12"), clock("06:00"))]),
    ("04.02.23\n(21.00-02.30)\n\nЗНИЩЕНО:", None, [(day("2023-02-04"), clock("02:30"))]),
    ("11.04-12.04.23\n(23.00 - 04.00)\n", None, [(day("2023-04-12"), clock("04:00"))]),
    ("The text in the image is:\n\n02.09.2023\n(станом на 08.30)\n", None,
     [(day("2023-09-02"), clock("08:30"))]),
    ("15.06.2023\n\nЗНИЩЕНО:\n- 3 БПЛА", None, [(day("2023-06-15"), None)]),
    ("15.06.2023\n\n(07.15.)\n\nЗНИЩЕНО:", None, [(day("2023-06-15"), clock("07:15"))]),
    ("03.07.2023\n(22.00) -\n04.07.2023\n(04.30)\n\nЗНИЩЕНО:", None,
     [(day("2023-07-04"), clock("04:30"))]),
    ("09.09.2023\n(станом на 07.00)\n\n08.09.2023\n(за добу)\n\nЗНИЩЕНО:", None,
     [(day("2023-09-09"), clock("07:00")), (day("2023-09-08"), None)]),
    ("30.04-01.05\n(22.00-03.00)\n", day("2023-05-01"), [(day("2023-05-01"), clock("03:00"))]),
    ("30.04-01.05\n(22.00-03.00)\n", None, []),
    ("Повітряне командування «Захід»\nЗНИЩЕНО\n2\nБПЛА", None, []),
    ("", None, []),
])
def test_a_report_is_keyed_by_the_date_and_time_at_its_head(
        text: str, posted: dt.date | None, expected: list[bench.Key]) -> None:
    assert bench.heads(text, posted) == expected


def post(name: str, *keys: bench.Key) -> bench.Post:
    return bench.Post(name, int(name.split("_")[1]), None, "", keys)


def row(line: int, key: bench.Key, **counts: int) -> bench.Row:
    return bench.Row(line, key, counts)


MORNING = (day("2023-10-05"), clock("07:00"))
EVENING = (day("2023-10-05"), clock("19:00"))


def test_texts_pair_with_the_row_of_their_key_and_the_rest_is_counted() -> None:
    posts = [post("photo_1", MORNING), post("photo_2", (day("2023-10-06"), clock("07:00"))),
             post("photo_3")]
    rows = [row(2, MORNING, drone=5), row(3, EVENING, drone=1)]
    pairing = bench.pair(posts, rows)
    assert [(p.name, [r.line for r in rs]) for p, rs in pairing.pairs] == [("photo_1", [2])]
    assert [(p.name, why) for p, why in pairing.posts_unpaired] == [
        ("photo_2", "no table row for 2023-10-06 07:00"), ("photo_3", "no date at its head")]
    assert [r.line for r in pairing.rows_unpaired] == [3]


def test_a_repeated_key_pairs_in_file_order() -> None:
    pairing = bench.pair([post("photo_1", MORNING), post("photo_2", MORNING)],
                         [row(7, MORNING, drone=3), row(8, MORNING, drone=4)])
    assert [(p.name, rs[0].line) for p, rs in pairing.pairs] == [("photo_1", 7), ("photo_2", 8)]


def test_a_text_of_two_periods_pairs_with_both_rows_and_sums_them() -> None:
    night = (day("2023-10-04"), clock("23:00"))
    pairing = bench.pair([post("photo_1", MORNING, (day("2023-10-04"), None))],
                         [row(2, night, drone=4), row(3, MORNING, drone=9, missile=1)])
    (only, rows), = pairing.pairs
    assert [r.line for r in rows] == [3, 2] and pairing.by_date_only == 1
    assert bench.table_counts(rows) == {"drone": 13, "missile": 1}


def test_a_head_without_time_pairs_by_date_only_when_one_row_is_free() -> None:
    undated = post("photo_1", (day("2023-10-05"), None))
    ambiguous = bench.pair([undated], [row(2, MORNING), row(3, EVENING)])
    assert not ambiguous.pairs and len(ambiguous.rows_unpaired) == 2
    claimed = bench.pair([undated, post("photo_2", EVENING)], [row(2, MORNING), row(3, EVENING)])
    assert [(p.name, rs[0].line) for p, rs in claimed.pairs] == [("photo_1", 2), ("photo_2", 3)]


def test_weapon_columns_are_summed_into_the_guides_classes() -> None:
    fields = {"shahed": "10", "orlan": "2", "lancet": "", "kh_59_missile": "1",
              "kalibr_missile": "3", "cruise_missiles": "4", "iskander_m_missile": "2",
              "kinzhal_missile": "1", "iskander_k_missile": "1", "fighter_su_34": "1",
              "helicopter_k_52": "2"}
    assert bench.class_counts(fields) == {"drone": 12, "missile": 1, "cruise_missile": 8,
                                          "ballistic_missile": 3, "aircraft": 3}
    assert set(bench.COLUMN_CLASSES.values()) <= GUIDE_WEAPONS


def test_the_reader_s_intercepted_values_are_summed_per_class_over_its_strikes() -> None:
    strikes: list[dict[str, Any]] = [
        {"quantities": [{"metric": "launched", "weapon": "drone", "value": 40},
                        {"metric": "intercepted", "weapon": "drone", "value": 30},
                        {"metric": "intercepted", "weapon": None, "value": 35},
                        {"metric": "intercepted", "weapon": "missile", "value": None}]},
        {"quantities": [{"metric": "intercepted", "weapon": "drone", "value": 5},
                        {"metric": "intercepted", "weapon": "cruise_missile", "value": 2}]},
        {"quantities": None},
    ]
    assert bench.intercepted_by_class(strikes) == {"drone": 35, "cruise_missile": 2}


def test_each_class_is_exact_wrong_missed_or_spurious() -> None:
    scored = bench.score_post({"drone": 12, "missile": 1, "aircraft": 1},
                              {"drone": 12, "missile": 2, "cruise_missile": 3})
    assert scored == [("aircraft", "missed", 1, None), ("cruise_missile", "spurious", None, 3),
                      ("drone", "exact", 12, 12), ("missile", "wrong", 1, 2)]


def test_the_tally_counts_outcomes_per_class_and_names_the_file_of_each_miss() -> None:
    tally = bench.Tally()
    tally.add(post("photo_1", MORNING), bench.score_post({"drone": 3}, {"drone": 3}))
    tally.add(post("photo_2", MORNING), bench.score_post({"drone": 3, "missile": 1}, {}))
    assert tally.outcomes == {"exact": 1, "missed": 2}
    assert tally.by_class["drone"] == {"exact": 1, "missed": 1}
    assert len(tally.misses) == 2 and all("photo_2" in line for line in tally.misses)


def test_a_table_without_the_expected_columns_is_a_clear_error(tmp_path: Path) -> None:
    table = tmp_path / "dataset.csv"
    table.write_text("checkpoint_date,checkpoint_time,shahed\n2023-01-01,07:00:00,5\n")
    with pytest.raises(SystemExit, match="no column uav_drones"):
        bench.load_rows(table)


def test_a_missing_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not found"):
        bench.main(["--data", str(tmp_path / "nowhere")])


@pytest.mark.skipif(not (bench.VADIMKIN / "dataset.csv").exists(),
                    reason="../shared/external/airforce is not beside the repo")
def test_every_real_text_and_row_is_paired_or_counted() -> None:
    posts = bench.load_posts(bench.VADIMKIN / "txt")
    rows = bench.load_rows(bench.VADIMKIN / "dataset.csv")
    pairing = bench.pair(posts, rows)
    assert len(pairing.pairs) + len(pairing.posts_unpaired) == len(posts)
    assert sum(len(rs) for _, rs in pairing.pairs) + len(pairing.rows_unpaired) == len(rows)


@pytest.mark.skipif(not (bench.VADIMKIN / "dataset.csv").exists(),
                    reason="../shared/external/airforce is not beside the repo")
def test_the_benchmark_reads_a_few_real_reports_and_prints_its_figures(
        capsys: pytest.CaptureFixture[str]) -> None:
    bench.main(["--limit", "3", "--details"])
    out = capsys.readouterr().out
    assert "reports read: 3\n" in out
    assert "destroyed counts per (report, weapon class):" in out and "read exactly:" in out
    assert "reading time per report: median" in out
    assert "not paired:" in out and "not read exactly:" in out
