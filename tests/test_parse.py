"""The dependency parse the role rules rely on: subjects, objects and agents of verbs."""
from __future__ import annotations

from ceasefire.read.parse import parse, parse_all


def test_the_subject_of_the_speech_verb_is_the_speaker() -> None:
    doc = parse("Twelve drones were shot down over the coast, the regional council said.")
    said = next(t for t in doc if t.lemma_ == "say")
    subject = next(t for t in said.children if t.dep_ == "nsubj")
    assert " ".join(t.text for t in subject.subtree) == "the regional council"


def test_a_passive_agent_is_told_from_the_object() -> None:
    doc = parse("Finland rejected a pause proposed by Norway.")
    rejected = next(t for t in doc if t.lemma_ == "reject")
    assert [t.text for t in rejected.children if t.dep_ == "nsubj"] == ["Finland"]
    agent = next(t for t in doc if t.dep_ == "agent")
    assert [t.text for t in agent.children] == ["Norway"]


def test_a_batch_gives_the_same_parses_as_one_by_one() -> None:
    texts = ["Kenya agreed to the truce.", "Chile accused Peru of breaking it."]
    batch = parse_all(texts)
    assert [[t.dep_ for t in d] for d in batch] == [[t.dep_ for t in parse(x)] for x in texts]
    assert batch[1][0].text == "Chile" and batch[1][0].dep_ == "nsubj"


def test_reading_a_document_forgets_the_parses_of_the_one_before() -> None:
    from ceasefire.read import parse as parse_module
    from ceasefire.read import read

    parse("Peru and Chile met in Lima.")
    assert "Peru and Chile met in Lima." in parse_module._parses
    read("A short note with no figures.", "2025-01-01")
    assert "Peru and Chile met in Lima." not in parse_module._parses
