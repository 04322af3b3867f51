"""Paths -> Documents, and one clear Rejection per bad input."""
from __future__ import annotations

import datetime as dt
import io
import json
import time
from pathlib import Path

import pytest

from ceasefire.ingest import Rejection, find_inputs, iter_documents
from ceasefire.model import Document

REPORT = ("Russia launched 40 drones at Ukraine overnight, and air defences shot down 31 of them, "
          "the air force said on Tuesday. Two people were injured in the Kharkiv region.")
UKRAINIAN = ("Росія атакувала Україну вночі сорока дронами, з них 31 збили сили протиповітряної "
             "оборони, повідомили у Повітряних силах. На Харківщині поранено двох людей.")
RUSSIAN = ("Россия атаковала Украину ночью сорока дронами, из них 31 сбили силы противовоздушной "
           "обороны, сообщили в Воздушных силах. В Харьковской области ранены два человека.")
GREEK = ("Η Ρωσία επιτέθηκε στην Ουκρανία τη νύχτα με σαράντα drones, από τα οποία τα 31 "
         "καταρρίφθηκαν από την αεράμυνα, ανέφερε η πολεμική αεροπορία.")
GERMAN = ("Russland hat in der Nacht die Ukraine mit vierzig Drohnen angegriffen, von denen "
          "einunddreißig abgeschossen wurden, teilte die Luftwaffe mit. Zwei Menschen wurden in "
          "der Region Charkiw verletzt, sagte der Gouverneur am Dienstag im Fernsehen.")


def document_json(**fields: object) -> str:
    return json.dumps({"id": "kharkiv-drones", "published": "2025-03-11", "text": REPORT,
                       **fields})


def only(paths: list[str], **options: object) -> Document | Rejection:
    (item,) = iter_documents(paths, **options)  # type: ignore[arg-type]
    return item


def rejected(path: Path, **options: object) -> Rejection:
    item = only([str(path)], **options)
    assert isinstance(item, Rejection), item
    return item


def test_document_json_gives_its_fields_and_ignores_gold(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(document_json(source="Example Wire", url=None, title="Drones", gold={"x": 1}))
    assert only([str(path)]) == Document(id="kharkiv-drones", text=REPORT,
                                         published=dt.date(2025, 3, 11), source="Example Wire",
                                         title="Drones")


def test_document_json_without_id_takes_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "kyiv-strike.json"
    path.write_text(json.dumps({"text": REPORT}))
    item = only([str(path)])
    assert isinstance(item, Document) and item.id == "kyiv-strike" and item.published is None


def test_txt_with_published_and_source(tmp_path: Path) -> None:
    path = tmp_path / "overnight.txt"
    path.write_text(REPORT)
    item = only([str(path)], published=dt.date(2025, 3, 11), source="Example Wire")
    assert item == Document(id="overnight", text=REPORT, published=dt.date(2025, 3, 11),
                            source="Example Wire")


def test_json_metadata_wins_over_the_command_line_defaults(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(document_json(source="Example Wire"))
    item = only([str(path)], published=dt.date(2020, 1, 1), source="Other")
    assert isinstance(item, Document)
    assert (item.published, item.source) == (dt.date(2025, 3, 11), "Example Wire")


def test_published_timestamp_gives_its_date(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(document_json(published="2025-03-11T06:30:00+02:00"))
    item = only([str(path)])
    assert isinstance(item, Document) and item.published == dt.date(2025, 3, 11)


def test_stdin_text() -> None:
    item = only(["-"], published=dt.date(2025, 3, 11), stdin=io.BytesIO(REPORT.encode()))
    assert item == Document(id="stdin", text=REPORT, published=dt.date(2025, 3, 11))


def test_stdin_starting_with_a_brace_is_document_json() -> None:
    item = only(["-"], stdin=io.BytesIO(b"\n " + document_json().encode()))
    assert isinstance(item, Document) and item.id == "kharkiv-drones"


def test_folder_gives_its_json_and_txt_files_recursively_sorted(tmp_path: Path) -> None:
    (tmp_path / "b" / ".hidden").mkdir(parents=True)
    for name in ("b/z.txt", "a.json", "b/c.json", "b/.hidden/x.txt", "notes.md"):
        (tmp_path / name).write_text(document_json(id=Path(name).stem))
    assert find_inputs([str(tmp_path)]) == [str(tmp_path / n) for n in ("a.json", "b/c.json",
                                                                         "b/z.txt")]


def test_folder_without_documents_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(REPORT)
    rejection = rejected(tmp_path)
    assert rejection.problem == "the folder holds no file ceasefire reads"
    assert ".html" in rejection.fix and ".jsonl" in rejection.fix


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    rejection = rejected(tmp_path / "nowhere.json")
    assert rejection.where.endswith("nowhere.json") and "no such file" in rejection.problem


def test_empty_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n")
    rejection = rejected(path)
    assert rejection.where == str(path) and rejection.problem == "is empty"


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50)
    assert "binary file" in rejected(path).problem


def test_control_bytes_without_nul_are_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(1, 32)) * 20)
    assert "binary file" in rejected(path).problem


def test_invalid_utf8_names_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(REPORT[:40].encode() + "\u201cdrones\u201d".encode("cp1252"))
    rejection = rejected(path)
    assert "byte offset 40" in rejection.problem and "0x93" in rejection.problem
    assert "iconv" in rejection.fix


def test_utf16_text_is_rejected_with_a_reencoding_hint(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(REPORT.encode("utf-16"))
    rejection = rejected(path)
    assert "UTF-16" in rejection.problem and "iconv -f utf-16" in rejection.fix


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT.encode())
    item = only([str(path)])
    assert isinstance(item, Document) and item.text == REPORT


def test_20mb_text_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as stream:
        stream.truncate(20_000_000)  # sparse: refusing it must not depend on reading it
    started = time.perf_counter()
    rejection = rejected(path)
    assert time.perf_counter() - started < 0.5
    assert "20.0 MB" in rejection.problem and "5 MB limit" in rejection.problem


def test_size_limit_applies_to_stdin() -> None:
    item = only(["-"], stdin=io.BytesIO(REPORT.encode()), max_bytes=50)
    assert isinstance(item, Rejection) and "limit" in item.problem


def test_json_that_does_not_parse_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "text": "drones" "more"\n}')
    assert "line 3, column 20" in rejected(path).problem


def test_json_without_text_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "no-text.json"
    path.write_text(json.dumps({"id": "x", "body": REPORT}))
    assert rejected(path).problem == 'has no "text" field'


def test_json_with_non_string_text_names_the_field_and_its_type(tmp_path: Path) -> None:
    path = tmp_path / "list-text.json"
    path.write_text(json.dumps({"text": [REPORT]}))
    assert rejected(path).problem == 'field "text" is a list, not a string'


def test_json_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": REPORT}]))
    assert "not a document object" in rejected(path).problem


def test_bad_published_date_names_field_and_format(tmp_path: Path) -> None:
    path = tmp_path / "date.json"
    path.write_text(document_json(published="11/03/2025"))
    rejection = rejected(path)
    assert rejection.problem == ('field "published" is "11/03/2025", '
                                 "not a date in the form YYYY-MM-DD")
    assert "YYYY-MM-DD" in rejection.fix


def test_id_that_would_leave_the_output_folder_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "escape.json"
    path.write_text(document_json(id="../../etc/passwd"))
    assert 'field "id"' in rejected(path).problem


def test_second_document_with_the_same_id_is_rejected(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(document_json())
    first, second = iter_documents([str(tmp_path)])
    assert isinstance(first, Document)
    assert isinstance(second, Rejection) and "a.json" in second.problem


@pytest.mark.parametrize(("name", "text", "language"), [
    ("report.txt", REPORT, "en"), ("ua.txt", UKRAINIAN, "uk"), ("ru.txt", RUSSIAN, "ru"),
    ("ua.json", json.dumps({"text": UKRAINIAN}), "uk"),
])
def test_a_document_knows_its_language(tmp_path: Path, name: str, text: str,
                                       language: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    item = only([str(path)])
    assert isinstance(item, Document) and item.language == language


def test_text_in_a_script_not_read_is_rejected_naming_the_languages_read(tmp_path: Path) -> None:
    path = tmp_path / "el.txt"
    path.write_text(GREEK)
    rejection = rejected(path)
    assert "Greek" in rejection.problem
    assert "it reads English, Ukrainian and Russian" in rejection.problem


def test_latin_script_foreign_text_is_rejected_as_not_read(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN)
    assert "it reads English, Ukrainian and Russian" in rejected(path).problem


@pytest.mark.parametrize(("text", "stated", "language"), [
    (UKRAINIAN, "uk", "uk"), (RUSSIAN, " RU ", "ru"), (REPORT, "en", "en"),
    ("Над Курском 5 дронов.", "ru", "ru"),  # too short to tell: the stated language decides
    ("Збито 12 дронів.", "ru", "ru"),       # one Ukrainian letter is not enough to contradict
])
def test_document_json_may_state_its_language(tmp_path: Path, text: str, stated: str,
                                              language: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(document_json(text=text, language=stated))
    item = only([str(path)])
    assert isinstance(item, Document) and item.language == language


@pytest.mark.parametrize(("text", "stated", "problem"), [
    (UKRAINIAN, "ru", 'field "language" says "ru", but the text reads as Ukrainian'),
    (REPORT, "uk", 'field "language" says "uk", but the text reads as English'),
    (RUSSIAN, "be", 'field "language" is "be", not a language the reader reads'),
    (GREEK, "en", "Greek"),
])
def test_a_stated_language_not_read_or_contradicted_is_rejected(tmp_path: Path, text: str,
                                                               stated: str, problem: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(document_json(text=text, language=stated))
    assert problem in rejected(path).problem


def test_too_short_to_tell_ukrainian_from_russian_asks_for_the_language(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Над Курском 5 дронов.")
    rejection = rejected(path)
    assert rejection.problem == "is Ukrainian or Russian, but has too few words to tell which"
    assert '"language": "uk" or "ru"' in rejection.fix


def test_the_language_key_can_be_mapped(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "Над Курском 5 дронов.", "meta": {"lang": "ru"}}))
    item = only([str(path)], fields={"language": "meta.lang"})
    assert isinstance(item, Document) and item.language == "ru"


def test_english_text_quoting_a_cyrillic_name_is_read(tmp_path: Path) -> None:
    path = tmp_path / "quote.txt"
    path.write_text(REPORT + " The strike hit Chuhuiv (Чугуїв).")
    assert isinstance(only([str(path)]), Document)


def test_pdf_is_rejected_as_not_read_yet(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n" + REPORT.encode())
    assert rejected(path).problem == "PDF files are not read yet"


def test_batch_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(REPORT)
    (tmp_path / "2-empty.txt").write_text("")
    (tmp_path / "3-el.txt").write_text(GREEK)
    (tmp_path / "4-good.json").write_text(document_json())
    kinds = [type(item).__name__ for item in iter_documents([str(tmp_path)])]
    assert kinds == ["Document", "Rejection", "Rejection", "Document"]


def test_rejection_reads_as_one_line(tmp_path: Path) -> None:
    rejection = rejected(tmp_path / "nowhere.txt")
    assert str(rejection) == f"{tmp_path / 'nowhere.txt'}: no such file or folder. Check the path"
    assert "\n" not in str(rejection)


@pytest.mark.parametrize("path", sorted(Path(__file__).parents[1].glob("examples/*.json")),
                         ids=lambda p: p.stem)
def test_examples_are_valid_documents(path: Path) -> None:
    item = only([str(path)])
    assert isinstance(item, Document) and item.published and 80 <= len(item.text.split()) <= 150


@pytest.mark.parametrize("text", ["12 345 -- 67/89 !!!", "2025 — №12 …"])
def test_text_without_a_letter_is_rejected_as_having_no_words(tmp_path: Path, text: str) -> None:
    path = tmp_path / "figures.txt"
    path.write_text(text)
    assert "it has no words" in rejected(path).problem


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "uk").is_dir(), reason="../shared/corpus is absent")
@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_corpus_reports_in_ukrainian_and_russian_are_ingested_in_their_language(
        language: str) -> None:
    documents = list(iter_documents([str(CORPUS / language)]))
    assert documents and all(isinstance(d, Document) and d.language == language
                             for d in documents)
