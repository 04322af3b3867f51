"""Sentence splitting, page furniture and the cheap trigger pass that picks candidate sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceasefire.read.sentences import MAX_SENTENCE_CHARS, is_furniture, split_sentences
from ceasefire.read.triggers import TRIGGERS, candidate_kinds

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS.parents[1] / "shared" / "corpus"


def texts(document: str) -> list[str]:
    return [s.text for s in split_sentences(document)]


@pytest.mark.parametrize("document", [
    "Drones struck Uman overnight. A cafe and two cars burned down.",
    "  Officials in Sumy said a bridge was damaged.\n\nThe mayor said repairs would take a week.",
    "Share\nRussia fired nine missiles at Dnipro on Sunday, the air force said.",
])
def test_sentence_text_is_the_slice_of_the_document(document: str) -> None:
    sentences = split_sentences(document)
    assert sentences
    for sentence in sentences:
        assert document[sentence.start:sentence.end] == sentence.text


def test_sentences_are_numbered_in_order() -> None:
    sentences = split_sentences("Drones hit Uman. A fire broke out. Crews put it out by noon.")
    assert [s.index for s in sentences] == [0, 1, 2]


@pytest.mark.parametrize("document,expected", [
    ("Drones hit Uman overnight. Two people were hurt.",
     ["Drones hit Uman overnight.", "Two people were hurt."]),
    ("Was anyone hurt? Nobody was hurt in the attack on the depot.",
     ["Was anyone hurt?", "Nobody was hurt in the attack on the depot."]),
])
def test_full_stops_and_question_marks_end_sentences(document: str, expected: list[str]) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize("document", [
    "Mr. Halvorsen said the U.S. envoy would arrive in Geneva on Friday.",
    "The shelling began at 5 a.m. local time, and lasted for an hour.",
])
def test_abbreviations_do_not_end_a_sentence(document: str) -> None:
    assert texts(document) == [document]


def test_a_line_break_always_ends_a_sentence() -> None:
    document = ("Russia launched 63 drones at Ukraine in the early hours of the day\n"
                "Air defences shot down 41 of them over the Poltava region.")
    assert texts(document) == [
        "Russia launched 63 drones at Ukraine in the early hours of the day",
        "Air defences shot down 41 of them over the Poltava region.",
    ]


@pytest.mark.parametrize("line", [
    "Log in", "Sign up", "Share", "Advertisement", "Read more", "Subscribe",
    "Leave a reply", "Photo: Getty Images", "Source: Ukrinform",
    "Privacy policy", "Drones pound Kremenchuk overnight", "Save to collection",
    "All the collections you have saved are listed here.",
    # wire copy: the editor's note on what an update adds, and a slugged headline
    "(Adds new toll from governor in paragraphs 1-2, ministry claim in paragraph 7)",
    "(Updates with air force figures in paragraph 4)",
    "UPDATE 3-Russian missile strike on Dnipro kills nine as toll climbs through the day",
    "WRAPUP 2-Drones hit refinery in southern Russia, governor says twelve people were hurt",
])
def test_furniture_and_headlines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Russia fired nine missiles at Dnipro on Sunday, the air force said.",
    "Share prices of the energy firm fell by a third after the strike on its depot in Lviv.",
    "Missiles hit a museum in Kharkiv, damaging collections of icons, the mayor said.",
    "Air defence downed 40 drones over the north:",  # it opens a list of figures
    "- 31 over the Chernihiv region",
    "• 9 attack drones near Konotop;",
    "(Russia fired 12 missiles, the air force said.)",  # a sentence in brackets is reporting
    "Update 3: Russia launched 90 drones overnight, the air force said.",
])
def test_reporting_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_furniture_lines_are_dropped_from_the_sentences() -> None:
    document = ("Advertisement\nRussia fired nine missiles at Dnipro on Sunday.\nRead more\n"
                "Two people were hurt, the regional governor said.")
    assert texts(document) == ["Russia fired nine missiles at Dnipro on Sunday.",
                               "Two people were hurt, the regional governor said."]


def test_sentences_on_one_line_share_a_paragraph_and_the_next_line_starts_another() -> None:
    document = "Drones hit Uman. Two were downed.\n\nA fire broke out at the depot."
    assert [s.paragraph for s in split_sentences(document)] == [0, 0, 1]


@pytest.mark.parametrize("sentence,kinds", [
    ("Russia launched 44 drones at Vinnytsia.", {"strike"}),
    ("Two people were wounded in Kupiansk.", {"strike"}),
    ("Moscow turned down the truce.", {"agreement"}),
    ("Kyiv called for a pause in the fighting.", {"agreement"}),
    ("The two sides swapped 90 prisoners each.", {"exchange"}),
    ("Kyiv repatriated the remains of 20 servicemen.", {"exchange"}),
    ("Rubio met Lavrov in Riyadh.", {"talks"}),
    ("Trump spoke with Putin by phone.", {"talks"}),
    ("The weather was sunny in Lviv.", set()),
    ("Of those, 44 were brought down over Kursk.", {"strike"}),
    ("Impacts were recorded in the Kharkiv region overnight.", {"strike"}),
    ("Both sides agreed not to use force against civilian ships.", {"agreement"}),
    ("Zelensky phoned Stubb on Monday.", {"talks"}),
    ("Trump rang the Ukrainian president.", {"talks"}),
    ("Two days of consultations ended in Geneva.", {"talks"}),
    ("Church bells rang across Lviv.", set()),
    ("Russia refused it on Monday.", {"agreement"}),
])
def test_triggers_select_the_record_kinds_a_sentence_may_hold(sentence: str,
                                                              kinds: set[str]) -> None:
    assert candidate_kinds(sentence) == kinds


@pytest.mark.parametrize("sentence", [
    "DRONES OVER KHARKIV: THE AIR FORCE SAID 40 WERE SHOT DOWN.",
    "Kyiv Called Washington about the Proposal on Monday.",
    "the president rang the Turkish leader; no Truce was discussed.",
    "Prisoners Came Home on Friday after a SWAP mediated by the UAE.",
    "Zelensky called for calm.",
    "He rang the changes before the vote.",
])
def test_the_cheap_pass_reads_the_sentence_lower_cased_as_the_triggers_read_it(
        sentence: str) -> None:
    # candidate_kinds runs lower-cased copies of TRIGGERS (faster); both must agree, case tests
    # included ("called X" needs a capital)
    expected = {kind for kind, pattern in TRIGGERS.items() if pattern.search(sentence)}
    assert candidate_kinds(sentence) - {"agreement"} == expected - {"agreement"}
    assert "agreement" not in expected or "agreement" in candidate_kinds(sentence)


def test_the_cheap_pass_agrees_with_the_triggers_on_every_corpus_sentence() -> None:
    paths = sorted(CORPUS.glob("*/*.json")) + sorted(TESTS.glob("invented*/*.json"))
    sentences = [s.text for path in paths
                 for s in split_sentences(json.loads(path.read_text())["text"])]
    assert len(sentences) > 2500
    for sentence in sentences:
        expected = {kind for kind, pattern in TRIGGERS.items() if pattern.search(sentence)}
        found = candidate_kinds(sentence)
        assert found - {"agreement"} == expected - {"agreement"}, sentence
        assert "agreement" not in expected or "agreement" in found, sentence


def test_a_sentence_without_end_is_read_in_pieces_cut_after_a_clause_or_a_word() -> None:
    # the finders look at the whole sentence around each number: an endless one was quadratic
    clause = "air defences shot down 35 of 48 drones over Sumy, "
    document = clause * 400 + "x" * 5000
    sentences = split_sentences(document)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(document[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].text.endswith("Sumy,") and sentences[1].text.startswith("air defences")
    assert "".join(s.text for s in sentences).replace(" ", "") == document.replace(" ", "")
