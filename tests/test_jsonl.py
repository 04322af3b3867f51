"""JSON Lines dumps -> one Document per line, streamed; a bad line is one Rejection (file:line)."""
from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest

from ceasefire import errors
from ceasefire.ingest import Rejection, field_map, iter_documents, load_document
from ceasefire.model import Document

REPORT = ("Russia launched 48 drones at Ukraine overnight, and air defences shot down 35 of "
          "them, Ukraine's air force said on Wednesday.")
INJURED = "Two people were injured in the city of Sumy, the regional governor said."


def dump(tmp_path: Path, *lines: str | dict[str, object], name: str = "dump.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                            for line in lines), encoding="utf-8")
    return path


def read(path: Path, **options: object) -> list[Document | Rejection]:
    return list(iter_documents([str(path)], **options))  # type: ignore[arg-type]


def test_each_line_is_a_document(tmp_path: Path) -> None:
    path = dump(tmp_path, {"id": "a", "text": REPORT, "published": "2025-03-12"},
                {"text": INJURED, "url": "https://wire.example.org/b"})
    assert read(path, source="Example Wire") == [
        Document(id="a", text=REPORT, published=dt.date(2025, 3, 12), source="Example Wire"),
        Document(id="dump-2", text=INJURED, source="Example Wire",
                 url="https://wire.example.org/b"),
    ]


def test_field_names_are_configurable_and_may_be_nested(tmp_path: Path) -> None:
    path = dump(tmp_path, {"uuid": 4711, "body": REPORT, "meta": {"date": "2025-03-12T06:00Z"},
                           "outlet": "Example Wire", "headline": "Drones over Sumy"})
    fields = field_map(["id=uuid", "text=body", "published=meta.date", "source=outlet",
                        "title=headline"])
    assert read(path, fields=fields) == [Document(
        id="4711", text=REPORT, published=dt.date(2025, 3, 12), source="Example Wire",
        title="Drones over Sumy")]


def test_a_bad_line_is_rejected_by_file_and_line_and_the_others_go_on(tmp_path: Path) -> None:
    path = dump(tmp_path, {"text": REPORT}, '{"text": "unterminated', "",
                {"body": REPORT}, {"text": INJURED, "published": "12/03/2025"},
                {"text": INJURED})
    items = read(path)
    assert [type(item).__name__ for item in items] == [
        "Document", "Rejection", "Rejection", "Rejection", "Document"]
    bad_json, no_text, bad_date = items[1:4]
    assert str(bad_json).startswith(
        f"{path}:2: is not valid JSON: Unterminated string starting at column 10")
    assert (no_text.where, no_text.problem) == (f"{path}:4", 'has no "text" field')
    assert "--field text=NAME" in no_text.fix
    assert bad_date.where == f"{path}:5" and '"12/03/2025"' in bad_date.problem
    assert isinstance(items[4], Document) and items[4].id == "dump-6"


def test_a_mapped_field_is_named_in_the_message(tmp_path: Path) -> None:
    path = dump(tmp_path, {"text": REPORT})
    (rejection,) = read(path, fields={"text": "body"})
    assert isinstance(rejection, Rejection) and rejection.problem == 'has no "body" field'


def test_a_line_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(json.dumps({"text": REPORT}).encode() + b"\n"
                     + b'{"text": "\x93drones\x94"}\n')
    first, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Rejection)
    assert second.where == f"{path}:2" and "byte 0x93" in second.problem


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = dump(tmp_path, {"id": "a", "text": REPORT}, {"id": "a", "text": INJURED})
    _, second = read(path)
    assert isinstance(second, Rejection)
    assert second.where == f"{path}:2" and f"already used by {path}:1" in second.problem


def test_a_dump_over_the_size_limit_is_read_line_by_line(tmp_path: Path) -> None:
    path = dump(tmp_path, *({"id": f"n{n}", "text": REPORT} for n in range(50)))
    assert path.stat().st_size > 5_000
    items = read(path, max_bytes=1_000)
    assert len(items) == 50 and all(isinstance(item, Document) for item in items)


def test_a_line_over_the_limit_is_skipped_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("w") as stream:
        stream.write(json.dumps({"text": "drones " * 1_000_000}) + "\n")  # 7 MB
        stream.write(json.dumps({"text": REPORT}) + "\n")
    tracemalloc.start()
    try:
        items = read(path, max_bytes=100_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(items[0], Rejection)
    assert str(items[0]).startswith(f"{path}:1: is over the 0.1 MB limit for one report")
    assert isinstance(items[1], Document)
    assert peak < 1_000_000  # the line is 7 MB


def test_ndjson_suffix_and_folders(tmp_path: Path) -> None:
    dump(tmp_path, {"text": REPORT}, name="b.ndjson")
    dump(tmp_path, {"text": INJURED}, name="a.jsonl")
    assert [item.id for item in read(tmp_path) if isinstance(item, Document)] == ["a-1", "b-1"]


def test_field_names_apply_to_document_json_too(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"body": REPORT}))
    (document,) = read(path, fields={"text": "body"})
    assert isinstance(document, Document) and document.text == REPORT


def test_load_document_refuses_a_dump(tmp_path: Path) -> None:
    with pytest.raises(errors.ManyDocuments, match="holds many documents"):
        load_document(str(dump(tmp_path, {"text": REPORT})))


@pytest.mark.parametrize("spec", ["body", "texts=body", "text=", "=body"])
def test_a_bad_field_option_says_how_to_write_it(spec: str) -> None:
    with pytest.raises(errors.UsageError, match="--field text=body"):
        field_map([spec])


@pytest.mark.parametrize("name", ["dump.jsonl", "report.json"])
def test_an_integer_past_pythons_digit_limit_is_refused_as_json(tmp_path: Path,
                                                                name: str) -> None:
    path = tmp_path / name
    path.write_text('{"id": ' + "9" * 5000 + f', "text": "{REPORT}"}}\n', encoding="utf-8")
    (rejection,) = read(path)
    assert isinstance(rejection, Rejection) and rejection.problem == (
        "is not valid JSON for ceasefire: a number has more than 4300 digits")


@pytest.mark.parametrize(("line", "field", "at"), [
    ('{"text": "REPORT \\ud800 and more"}', "text", 126),
    ('{"id": "a\\udc00", "text": "REPORT"}', "id", 1),
    ('{"text": "REPORT", "title": "\\udbff"}', "title", 0),
])
def test_a_lone_surrogate_in_a_field_is_refused(tmp_path: Path, line: str, field: str,
                                                at: int) -> None:
    # JSON's \u escapes can write half of a UTF-16 pair: no output file or database takes it
    (rejection,) = read(dump(tmp_path, line.replace("REPORT", REPORT)))
    assert isinstance(rejection, Rejection) and rejection.where.endswith("dump.jsonl:1")
    assert rejection.problem.startswith(f'field "{field}" holds a lone surrogate (\\ud')
    assert rejection.problem.endswith(f"at character {at}, half of a character")


def test_a_nul_character_in_a_field_is_refused(tmp_path: Path) -> None:
    # PostgreSQL takes no NUL in text: refused here, not by the store with a "bug" message
    (rejection,) = read(dump(tmp_path, {"text": f"{REPORT}\u0000"}))
    assert isinstance(rejection, Rejection) and rejection.problem == (
        'field "text" holds a NUL character (\\u0000) at character 125, which no database '
        "text column takes")


def test_a_surrogate_pair_is_one_character_and_read(tmp_path: Path) -> None:
    (document,) = read(dump(tmp_path, '{"text": "' + REPORT + ' \\ud83d\\ude00"}'))
    assert isinstance(document, Document) and document.text.endswith("\U0001f600")
