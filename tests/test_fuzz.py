"""CI's short run of the coverage-guided fuzzer (fuzz/run.py, atheris) on every target: a
crash, a failed invariant or a hang (over 10 s for one input) fails the test. The long runs
and their figures are in fuzz/README.md."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))
import targets  # noqa: E402

# Runs per target in CI, a few seconds each: pages and feeds go through trafilatura and
# feedparser (~150 inputs a second), the reader is slower still (~20 a second).
RUNS = {"numbers": 5000, "dates": 5000, "document_json": 5000, "jsonl": 1000, "html_page": 300,
        "feed": 300, "reader": 150, "api_query": 150}
SCALE = float(os.environ.get("CEASEFIRE_FUZZ_SCALE", "1"))


@pytest.mark.parametrize("target", sorted(targets.TARGETS))
def test_a_short_fuzzing_run_finds_no_crash(target: str, tmp_path: Path) -> None:
    runs = max(1, int(RUNS.get(target, 1000) * SCALE))
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), target, f"-runs={runs}",
         "-max_len=4000", "-timeout=10", "-max_total_time=120", "-print_final_stats=1"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Done" in result.stderr and "stat::number_of_executed_units" in result.stderr
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))


@pytest.mark.parametrize("text", ["1e309 drones", "9" * 400 + " missiles", "\u202e\u0663\u0660",
                                  "\x00\x1b[31m", "one " * 10_000])
def test_the_targets_hold_on_hostile_text(text: str) -> None:
    for name in ("numbers", "dates", "document_json", "html_page", "feed", "jsonl", "reader"):
        targets.TARGETS[name](text.encode())
