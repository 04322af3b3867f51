"""A lexicon table compiled for speed finds what one big alternation would, row for row."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import (
    CaseFolded,
    Table,
    compile_table,
    first_characters_ahead,
    literal_alternatives,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

ROWS = ["shot down|shoot down", "shot", r"(?:oil |fuel )?depots?", r"\d+ drones",
        r"(?:a )?home\b", "air ?bases?", r"[A-Z]\w+sk", "neutrali[sz]ed"]


def plain(rows: list[str], text: str) -> list[tuple[int, int, int]]:
    body = "|".join(f"({r})" for r in rows)
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end(), m.lastindex - 1) for m in pattern.finditer(text)]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Air defences shot down 12 drones over an airbase near Kursk.",
    "A fuel depot and a home were hit; shots rang out; 40 drones neutralised.",
    "Shot at dawn, the Depots burned in Bryansk.",
])
def test_the_table_finds_the_rows_one_alternation_finds(text: str) -> None:
    table = compile_table(ROWS)
    assert [(m.start(), m.end(), row) for m, row in table.finditer(text)] == plain(ROWS, text)


def test_an_earlier_row_wins_where_two_match_at_the_same_place() -> None:
    table = compile_table(["shot", "shot down"])
    assert [(m.group(), row) for m, row in table.finditer("It was shot down.")] == [("shot", 0)]
    table = compile_table(["shot down", "shot"])
    assert [(m.group(), row) for m, row in table.finditer("It was shot down.")] == [
        ("shot down", 0)]


@pytest.mark.parametrize("name", ["targets.tsv", "weapons.tsv"])
def test_the_shipped_tables_read_as_one_alternation_would(name: str) -> None:
    rows = [row[0] for row in load_table(name)]
    table = compile_table(rows)
    text = ("Ukrainian drones struck an oil depot, a substation and an airbase near Engels; "
            "Russia fired 3 Iskander-M ballistic missiles, Kh-101 cruise missiles and Shaheds "
            "at apartment blocks, a hospital and the port of Izmail.")
    assert [(m.start(), m.end(), row) for m, row in table.finditer(text)] == plain(rows, text)


def _whole_expression(table: Table) -> Table:
    return replace(table, by_opening=None, openings=None)


@pytest.mark.parametrize("text", [
    "Air defences shot down 12 drones over an airbase near Kursk.",
    "İSTANBUL home-made depots: shot-down drones, a home, AIR BASES, shotdown.",
    "ſhot down near Tomsk; 7 drones; (oil depots) and 'air base'.",
])
def test_a_word_start_tries_only_the_rows_that_can_begin_there(text: str) -> None:
    table = compile_table(ROWS + ["istanbul", "un", "uk(?:raine)?", r"an?\s+attack"])
    assert table.by_opening is None  # "\d+" and "[A-Z]\w+" begin with classes it cannot read
    table = compile_table(["shot down|shoot down", "shot", r"(?:oil |fuel )?depots?",
                           r"[0-9]+ drones", "istanbul", "home", "air ?bases?", "un",
                           r"uk(?:raine)?", r"an?\s+attack", "tomsk"])
    assert table.by_opening is not None
    found = [(m.start(), m.end(), row) for m, row in table.finditer(text)]
    assert found == [(m.start(), m.end(), row)
                     for m, row in _whole_expression(table).finditer(text)]
    assert found  # the texts hold rows
    window = [(m.start(), row) for m, row in table.finditer(text, 5, len(text) - 5)]
    assert window == [(m.start(), row)
                      for m, row in _whole_expression(table).finditer(text, 5, len(text) - 5)]


def test_the_shipped_tables_find_by_opening_what_the_whole_expression_finds() -> None:
    # every table of the reader, on every sentence of the corpus and the invented sets
    from ceasefire.read import cues, targets, weapons
    from ceasefire.read.sentences import split_sentences

    tables = [targets._pattern(), weapons._pattern()] + [cues._pattern(kind)
                                                         for kind in cues._tables()]
    assert sum(t.by_opening is not None for t in tables) >= 12
    folders = [CORPUS / name for name in ("seeds", "dev", "dev2")] + \
        sorted(Path(__file__).parent.glob("invented*"))
    texts = [s.text for folder in folders for path in sorted(folder.glob("*.json"))
             for s in split_sentences(json.loads(path.read_text())["text"])]
    assert len(texts) > 2000
    for table in tables:
        whole = _whole_expression(table)
        for text in texts:
            assert [(m.span(), row) for m, row in table.finditer(text)] == \
                [(m.span(), row) for m, row in whole.finditer(text)], text


def test_literal_words_are_found_longest_first_as_one_alternation_would() -> None:
    words = ["Kyiv", "Kyiv City Military Administration", "UN", "U", "UNESCO", "Ky", "Zelensky"]
    literals = literal_alternatives(words)
    text = "UN and UNESCO staff met Kyiv City Military Administration; Ky-iv, Kyivan, U, Zelensky."
    found = [m.span() for m in literals.finditer(text)]
    assert found == [m.span() for m in literals.pattern.finditer(text)]
    assert [text[a:b] for a, b in found] == ["UN", "UNESCO", "Kyiv City Military Administration",
                                             "U", "Zelensky"]
    signs = literal_alternatives(["(AFU)", "Kyiv", "AFU"])  # a word's first sign
    text = "the (AFU) and AFU in Kyiv"
    assert [m.span() for m in signs.finditer(text)] == \
        [m.span() for m in signs.pattern.finditer(text)] == [(4, 9), (14, 17), (21, 25)]


def test_the_actor_table_finds_by_opening_what_its_alternation_finds() -> None:
    from ceasefire.read.actors import _pattern
    from ceasefire.read.sentences import split_sentences

    literals = _pattern()
    folders = [CORPUS / name for name in ("seeds", "dev", "dev2")] + \
        sorted(Path(__file__).parent.glob("invented*"))
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            for s in split_sentences(json.loads(path.read_text())["text"]):
                assert [m.span() for m in literals.finditer(s.text)] == \
                    [m.span() for m in literals.pattern.finditer(s.text)], s.text


def test_a_row_that_must_repeat_more_than_three_times_still_has_openings() -> None:
    # "[0-9]{4} km": its first three characters are digits whatever the fourth
    table = compile_table([r"[0-9]{4} km", "kyiv", r"(?:the )?port"])
    assert table.by_opening is not None and "202" in table.by_opening
    text = "A 2025 km route, 12 km from Kyiv, passed the port and 20256 km more."
    assert [(m.span(), row) for m, row in table.finditer(text)] == \
        [(m.span(), row) for m, row in _whole_expression(table).finditer(text)] == \
        [((2, 9), 0), ((28, 32), 1), ((41, 49), 2)]


def _corpus_sentences() -> list[str]:
    from ceasefire.read.sentences import split_sentences
    folders = [CORPUS / name for name in ("seeds", "dev", "dev2")] + \
        sorted(Path(__file__).parent.glob("invented*"))
    return [s.text for folder in folders for path in sorted(folder.glob("*.json"))
            for s in split_sentences(json.loads(path.read_text())["text"])]


Spans = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _matches(found: Iterator[re.Match[str]]) -> Spans:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("pattern, flags", [
    (r"(?:\b(?:has|had)\s+)*\b(?:said|told|Reported)\b", 0),
    (r"\b(?:talks|(?:phone\s+)?calls?|met)\b", re.IGNORECASE),
    (r"(?<!every )\bone(?=\s+(?:of|in))", re.IGNORECASE),
])
def test_a_pattern_behind_its_first_characters_finds_what_it_found(pattern: str,
                                                                  flags: int) -> None:
    fast = first_characters_ahead(re.compile(pattern, flags))
    assert fast.pattern.startswith("(?=[")
    for text in ["Zelensky said, REPORTED by the Talks; one of them has said it", "He met"] + \
            _corpus_sentences()[::7]:
        assert _matches(fast.finditer(text)) == _matches(re.finditer(pattern, text, flags))


def test_a_case_folded_pattern_finds_what_it_found_in_any_text() -> None:
    # the truce words of the agreements reader, on every corpus sentence and on texts beyond
    # ASCII, where it searches as written
    from ceasefire.read.agreements.words import TRUCE
    assert isinstance(TRUCE, CaseFolded)
    plain = re.compile(TRUCE.pattern, re.IGNORECASE)
    for text in ["A CEASEFIRE, a 30-day pause of strikes", "the ſtop of ſtrikes, a truce"] + \
            _corpus_sentences():
        assert _matches(TRUCE.finditer(text)) == _matches(plain.finditer(text))
        assert _matches(TRUCE.finditer(text, 5, 60)) == _matches(plain.finditer(text, 5, 60))
        assert _matches(iter(filter(None, [TRUCE.search(text)]))) == \
            _matches(iter(filter(None, [plain.search(text)])))
