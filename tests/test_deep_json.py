"""JSON nested a thousand deep (issue 15, item 2): Python's decoder recurses once per level and
raises RecursionError, which used to end whole runs. Now that document is refused in one line
(``JsonTooDeep``) and the documents beside it are stored, on every path JSON comes in by: a
folder, a JSON Lines dump, `watch`, a URL list job of the API (its POST of a document is in
test_serve_api.py). And any other unforeseen failure of one input stays that input's.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app
from ceasefire.ingest import Rejection, iter_documents
from ceasefire.ingest.fetch import FetchPolicy
from ceasefire.model import Document
from ceasefire.serve import create_app
from ceasefire.store import Ledger
from local_site import Site

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
# 2 KB: a document with a field nested 1,000 arrays deep
DEEP = json.dumps({"id": "deep", "text": REPORT})[:-1] + ', "x": ' + "[" * 1000 + "]" * 1000 + "}"
TOO_DEEP = "nested too deep"
runner = CliRunner()


def good(name: str) -> str:
    return json.dumps({"id": name, "text": REPORT, "published": "2025-05-14"})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-good.json").write_text(good("a-good"))
    (inputs / "b-deep.json").write_text(DEEP)
    (inputs / "c-good.json").write_text(good("c-good"))
    return inputs


def stored(db: Path) -> set[str]:
    with Ledger.open(db, read_only=True) as ledger:
        return {d.name for d in ledger.documents()}


def test_a_deep_document_in_a_folder_is_refused_alone(folder: Path) -> None:
    items = list(iter_documents([str(folder)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a-good", "c-good"]
    [refused] = [i for i in items if isinstance(i, Rejection)]
    assert refused.where == str(folder / "b-deep.json") and TOO_DEEP in refused.problem


def test_a_deep_line_of_a_dump_is_refused_alone(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([good("one"), DEEP, good("three")]) + "\n")
    items = list(iter_documents([str(dump)]))
    assert [i.id if isinstance(i, Document) else i.where for i in items] == [
        "one", f"{dump}:2", "three"]
    assert TOO_DEEP in items[1].problem  # type: ignore[union-attr]


@pytest.mark.parametrize("command", [["ingest"], ["watch", "--once"]])
def test_ingest_and_watch_store_the_others(folder: Path, tmp_path: Path,
                                           command: list[str]) -> None:
    db = tmp_path / "ledger.duckdb"
    result = runner.invoke(app, [*command, str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and str(folder / "b-deep.json") in errors[0]
    assert TOO_DEEP in errors[0] and "Traceback" not in result.output
    assert stored(db) == {"a-good", "c-good"}


def test_any_unforeseen_failure_of_one_input_is_that_inputs_alone(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ceasefire.ingest import files

    real = files.from_json

    def fails_on_c(where: str, *args: object) -> Document:
        if where.endswith("c-good.json"):
            raise MemoryError("the library ran out")
        return real(where, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(files, "from_json", fails_on_c)
    items = list(iter_documents([str(folder)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a-good"]
    refused = items[-1]
    assert isinstance(refused, Rejection) and refused.where.endswith("c-good.json")
    assert "MemoryError: the library ran out" in refused.problem
    assert "This is a bug" in refused.fix


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        served.put("/deep.json", DEEP, content_type="application/json")
        served.put("/good.json", good("good"), content_type="application/json")
        yield served


def test_a_url_job_goes_on_past_a_deep_document(site: Site, tmp_path: Path) -> None:
    fast = FetchPolicy(timeout=1.0, deadline=5.0, retries=0, backoff=0.01, interval=0.0)
    auth = {"Authorization": "Bearer t0ken"}
    app_ = create_app(str(tmp_path / "ledger.duckdb"), write_token="t0ken", allow_private=True,
                      fetch_policy=fast)
    with TestClient(app_) as client:
        urls = [site.url("/deep.json"), site.url("/good.json")]
        job = client.post("/api/urls", json={"urls": urls}, headers=auth).json()["job"]
        deadline = time.monotonic() + 30
        while (body := client.get(f"/api/jobs/{job}", headers=auth).json())["state"] in (
                "queued", "running") and time.monotonic() < deadline:
            time.sleep(0.05)
    assert body["state"] == "done", body
    assert body["counts"]["stored"] == 1 and body["counts"]["rejected"] == 1
    [refused] = [r for r in body["results"] if r["outcome"] == "rejected"]
    assert refused["input"] == urls[0] and TOO_DEEP in refused["reason"]
