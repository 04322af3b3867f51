"""Split a Ukrainian or Russian report into sentences with character offsets.

spaCy's blank Ukrainian and Russian pipelines (tokenizer + rule-based sentencizer, no model, no
lemmatizer) do the splitting, as the blank English one does for English; every line is a
paragraph of its own, so the sources' list lines ("- 15 крилатих ракет …") stay apart.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import spacy
from spacy.language import Language as Pipeline

from ceasefire.read.sentences import MAX_TEXT_CHARS, Sentence
from ceasefire.read.slavic.words import Language

_LINE = re.compile(r"[^\n]+")


@cache
def _pipeline(language: Language) -> Pipeline:
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """The sentences of ``text`` in order; ``sentence.text == text[start:end]``."""
    return list(_sentences(text, language))


def _sentences(text: str, language: Language) -> Iterator[Sentence]:
    index = 0
    for paragraph, line in enumerate(m for m in _LINE.finditer(text) if m.group().strip()):
        for span in _pipeline(language)(line.group()).sents:
            piece = span.text.strip()
            if not piece:
                continue
            start = line.start() + span.start_char + span.text.index(piece)
            yield Sentence(index, start, start + len(piece), piece, paragraph)
            index += 1
