"""The quality gate: the reference scorer on the annotated corpus must stay above the floors.

Floors live in ``tests/quality_floors.json`` (the issue's acceptance figures). The corpus is read
from ``../shared/corpus`` and never copied into the repository.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ceasefire.ingest import iter_documents
from ceasefire.model import Document
from ceasefire.read import read_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text())


def _score(name: str, out: Path) -> dict:
    folder = CORPUS / name
    for doc in iter_documents([str(folder)], None, None):
        assert isinstance(doc, Document), str(doc)
        reading = read_document(doc)
        (out / f"{doc.id}.json").write_text(json.dumps(reading.to_json()))
    result = subprocess.run([sys.executable, str(SCORER), str(folder), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/corpus is not beside the repo")
@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_reading_scores_stay_above_the_floors(name: str, tmp_path: Path) -> None:
    scores = _score(name, tmp_path)
    for unit, floor in FLOORS[name].items():
        assert scores[unit]["f1"] >= floor, (
            f"{name}: {unit} F1 {scores[unit]['f1']:.3f} fell below the floor {floor}")
