"""The Air Force benchmark of news reports (bench/bench_airforce.py): each report is read in
its own language, as ``ceasefire ingest`` reads the JSON, so that the Ukrainian and Russian
sets are measured by their reader and not by the English one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_airforce as bench  # noqa: E402  (a script of bench/, not a package)

from ceasefire.read import read_document  # noqa: E402

UK = bench.SHARED / "corpus" / "uk"
pytestmark = pytest.mark.skipif(not UK.is_dir(), reason="../shared/corpus is not beside the repo")


def test_each_report_is_read_in_its_own_language() -> None:
    languages = {document.language for _, document, _ in bench.documents(["uk", "ru"])}
    assert languages == {"uk", "ru"}


def test_the_air_force_s_figures_of_a_ukrainian_report_are_found_and_credited() -> None:
    quoting = [(document, gold) for _, document, gold in bench.documents(["uk"])
               if any(bench.is_air_force(g.get("claimed_by"))
                      for g in bench.flatten(gold.get("strikes")))]
    assert quoting, "the uk set has reports of the Air Force's figures"
    causes = [bench.cause(found)
              for document, gold in quoting
              for _, found in bench.score_document(
                  bench.flatten(gold.get("strikes")),
                  bench.flatten(read_document(document).to_json()["strikes"]))]
    assert causes.count("credited") > len(causes) / 2, causes
