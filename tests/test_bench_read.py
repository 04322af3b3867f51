"""bench/bench_read.py's comparison of languages (issue 17): each set is repeated with ids of
its own, marked with its language where ``Document`` has the field, and timed beside English."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from ceasefire.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_read as bench  # noqa: E402  (a script of bench/, not a package)

HAS_LANGUAGE = "language" in {f.name for f in dataclasses.fields(Document)}


def test_a_set_is_repeated_with_an_id_per_copy_and_its_language() -> None:
    base = [Document("a", "Вночі збито 12 дронів."), Document("b", "Ночью сбиты 3 дрона.")]
    docs = bench.repeated(base, 5, "uk")
    assert [d.id for d in docs] == ["a-0", "b-1", "a-2", "b-3", "a-4"]
    assert [d.text for d in docs[:2]] == [base[0].text, base[1].text]
    if HAS_LANGUAGE:
        assert {dataclasses.asdict(d)["language"] for d in docs} == {"uk"}


@pytest.mark.skipif(not (bench.SHARED / "corpus" / "uk").is_dir(),
                    reason="../shared/corpus is not beside the repo")
def test_the_languages_are_timed_beside_english(capsys: pytest.CaptureFixture[str]) -> None:
    bench.compare_languages(["uk", "ru"], articles=2, repeats=1)
    lines = capsys.readouterr().out.strip().splitlines()
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    assert set(rows) == {"en", "uk", "ru"}
    assert rows["en"][-1] == "1.00" and float(rows["uk"][-1]) > 0 and rows["ru"][1] == "ru"
