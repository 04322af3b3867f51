"""The dependency parse the role rules rely on: subjects, objects and agents of verbs."""
from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from ceasefire.read.parse import MODEL, _nlp, parse, parse_all

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


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


def test_the_attribute_table_gives_the_attribute_ruler_s_attributes_on_the_corpus() -> None:
    # the model as packaged (its spaCy attribute ruler and lemmatizer) against ours (the same
    # rules, looked up; the lemmas kept): the same tags, parts of speech, lemmas, morphology
    # and arcs on every sentence
    from ceasefire.read.sentences import split_sentences

    texts = [s.text for name in ("seeds", "dev", "dev2")
             for path in sorted((CORPUS / name).glob("*.json"))
             for s in split_sentences(json.loads(path.read_text())["text"])]
    assert len(texts) > 600
    packaged = spacy.load(MODEL, exclude=["ner"])
    assert "attribute_ruler" in packaged.pipe_names
    assert "attribute_ruler" not in _nlp().pipe_names and "lemmatizer" not in _nlp().pipe_names

    def attributes(doc: Doc) -> list[tuple[str, ...]]:
        return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, str(t.head.i))
                for t in doc]

    for text, theirs, ours in zip(texts, packaged.pipe(texts), _nlp().pipe(texts),
                                  strict=True):
        assert attributes(ours) == attributes(theirs), text


def test_sentences_whose_words_open_a_matcher_rule_get_the_ruler_s_attributes() -> None:
    # the matcher's rules (two tokens, a regular expression, a label) run only on a sentence
    # holding a word or label one of them begins with: none does in the corpus, so these do
    packaged = spacy.load(MODEL, exclude=["ner"])
    texts = ["There is no truce, officials said.", "Let's see what they got.",
             "We ain't gonna stop, he said.", "Y'all gotta go.", "C'mon, it's nothin' new.",
             "Kyiv was hit overnight."]

    def attributes(doc: Doc) -> list[tuple[str, ...]]:
        return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph)) for t in doc]

    for text, theirs, ours in zip(texts, packaged.pipe(texts), _nlp().pipe(texts), strict=True):
        assert attributes(ours) == attributes(theirs), text


def test_the_attribute_table_applies_later_rules_over_earlier_ones() -> None:
    # "has" tagged VBZ: the tag's rule makes it a VERB, the word's later rule an AUX "have"
    doc = parse("Peru has agreed.")
    assert (doc[1].pos_, doc[1].lemma_) == ("AUX", "have")
    # a rule on the dependency label, kept in the matcher: "do" as the root is a VERB
    doc = parse("They did it.")
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "do")


def test_rules_on_the_word_and_its_label_are_looked_up_per_kind_of_token() -> None:
    # "it" as subject and as object: one word, two labels, two case values
    doc = parse("It said the envoys saw it twice.")
    assert str(doc[0].morph) != str(doc[5].morph)
    assert "Case=Nom" in str(doc[0].morph) and "Case=Acc" in str(doc[5].morph)
    # the same kind of token twice in one sentence gets the same answer both times
    doc = parse("Drones hit Kyiv and drones hit Lviv.")
    assert (doc[0].lemma_, doc[4].lemma_) == ("drone", "drone")
    assert doc[1].lemma_ == doc[5].lemma_ == "hit"


def test_the_lemma_cache_gives_the_lemmatizer_s_lemmas() -> None:
    packaged = spacy.load(MODEL, exclude=["ner"])
    text = "The sides were exchanging prisoners while talks stalled, officials said."
    assert [t.lemma_ for t in parse(text)] == [t.lemma_ for t in packaged(text)]
    assert "lemmatizer" not in _nlp().pipe_names
