"""The quality gate: the reference scorer on the annotated corpus must stay above the floors.

Floors live in ``tests/quality_floors.json`` (the issues' acceptance figures, or the figures
reached where those are higher). The sets are scripts/score_reading.py's: seeds, dev, dev2 and
dev2's two fixed halves. The corpus is read from ``../shared/corpus`` and never copied into the
repository.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text())


def _score_reading():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_reading",
                                                  ROOT / "scripts" / "score_reading.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/corpus is not beside the repo")
@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_")])
def test_reading_scores_stay_above_the_floors(name: str, tmp_path: Path) -> None:
    scores, _ = _score_reading().score_set(name, tmp_path)
    for unit, floor in FLOORS[name].items():
        assert scores[unit]["f1"] >= floor, (
            f"{name}: {unit} F1 {scores[unit]['f1']:.3f} fell below the floor {floor}")
