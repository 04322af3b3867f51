"""`ceasefire extract`: files in, one JSON per document out, one line per rejection."""
from __future__ import annotations

import importlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from ceasefire import cli
from ceasefire.cli import app

REPO = Path(__file__).parents[1]
SHARED = REPO.parent / "shared"
REPORT = "Russia launched 40 drones at Ukraine overnight, the air force said on Tuesday."
runner = CliRunner()


def write_document(folder: Path, document_id: str, **fields: object) -> Path:
    path = folder / f"{document_id}.json"
    path.write_text(json.dumps({"id": document_id, "published": "2025-03-11", "text": REPORT,
                                **fields}))
    return path


def test_extract_writes_one_file_per_document_id(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for document_id in ("kyiv-drones", "odesa-port"):
        write_document(inputs, document_id)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["kyiv-drones.json", "odesa-port.json"]
    written = json.loads((out / "kyiv-drones.json").read_text())
    assert written["id"] == "kyiv-drones"
    assert set(written) >= {"strikes", "agreements", "exchanges", "talks"}
    assert result.stderr.strip().splitlines()[-1] == "read 2 documents, wrote 2 files, skipped 0"


def test_extract_leaves_no_temporary_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(write_document(tmp_path, "a")), "--out", str(out)])
    assert [p.name for p in out.iterdir()] == ["a.json"]


def test_extract_without_out_prints_json_lines_for_several_documents(tmp_path: Path) -> None:
    write_document(tmp_path, "a")
    write_document(tmp_path, "b")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert result.stderr.strip() == "read 2 documents, printed 2, skipped 0"


def test_extract_of_one_file_prints_one_indented_object(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(write_document(tmp_path, "a"))])
    assert json.loads(result.stdout)["id"] == "a" and result.stdout.startswith("{\n  ")


def test_stdin_text() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "2025-03-11"], input=REPORT)
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "stdin"


def test_rejections_are_one_line_each_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    write_document(tmp_path, "good")
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: is empty. Give it the report's text, or leave it out "
        "of the batch",
        "read 1 document, wrote 1 file, skipped 1",
    ]
    assert "Traceback" not in result.output


def test_batch_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    write_document(tmp_path, "1-good")
    (tmp_path / "2-broken.json").write_text("{")
    write_document(tmp_path, "3-good")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["1-good.json", "3-good.json"]
    assert "2-broken.json: is not valid JSON" in result.stderr


def test_exit_code_1_when_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.json")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "read 0 documents, printed 0, skipped 2"


def test_bad_published_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "11/03/2025"], input=REPORT)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_no_path_is_a_usage_error() -> None:
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_out_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    result = runner.invoke(app, ["extract", "-", "--out", str(tmp_path / "taken")], input=REPORT)
    assert result.exit_code == 2


def test_reader_failure_is_reported_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = importlib.import_module("ceasefire.read")  # the package, not ceasefire.read()
    real_facts = reader.sentence_facts

    def failing_on_a(document):  # type: ignore[no-untyped-def]
        if document.id == "a":
            raise RuntimeError("boom")
        return real_facts(document)

    monkeypatch.setattr(reader, "sentence_facts", failing_on_a)
    write_document(tmp_path, "a")
    write_document(tmp_path, "b")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert "error: a: the reader failed on it (RuntimeError: boom)" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b"]


@pytest.mark.parametrize(("documents", "terminal", "shown"),
                         [(21, True, True), (20, True, False), (21, False, False)])
def test_progress_bar_shows_for_more_than_20_documents_on_a_terminal(
        documents: int, terminal: bool, shown: bool) -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=terminal, width=60)
    with cli._progress(console, documents) as advance:
        for _ in range(documents):
            advance()
    assert (f"{documents}/{documents}" in stream.getvalue()) is shown


def test_version_is_printed() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("ceasefire ")


def test_bad_input_never_prints_a_traceback_from_the_installed_command(tmp_path: Path) -> None:
    (tmp_path / "el.txt").write_text("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με drones.")
    result = subprocess.run([sys.executable, "-m", "ceasefire", "extract", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "it reads English, Ukrainian and Russian" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="../shared/corpus is absent")
def test_extract_over_dev_corpus_is_scored_by_the_reference_scorer(tmp_path: Path) -> None:
    corpus = SHARED / "corpus" / "dev"
    extract = subprocess.run([sys.executable, "-m", "ceasefire", "extract", str(corpus),
                              "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert extract.returncode == 0, extract.stderr
    documents = sorted(p.stem for p in corpus.glob("*.json"))
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == documents
    score = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(corpus),
                            str(tmp_path), "--json"], capture_output=True, text=True, timeout=120)
    assert score.returncode == 0, score.stderr
    figures = json.loads(score.stdout)
    assert figures["documents"] == len(documents) and "f1" in figures["overall"]
