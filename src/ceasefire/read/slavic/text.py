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
# a word or two on a line of its own, no digit, no full stop: a name an infographic broke over
# lines ("Повітряні" / "Сили")
_BROKEN = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*")


@cache
def _pipeline(language: Language) -> Pipeline:
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """The sentences of ``text`` in order; ``sentence.text == text[start:end]``."""
    return list(_sentences(text, language))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The non-empty lines as (start, end); lines of a name broken over lines as one."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        while i + 1 < len(lines) and _BROKEN.fullmatch(text[start:end]) and \
                _BROKEN.fullmatch(text[lines[i + 1][0]:lines[i + 1][1]]):
            i += 1
            end = lines[i][1]
        yield start, end
        i += 1


def _sentences(text: str, language: Language) -> Iterator[Sentence]:
    index = 0
    for paragraph, (line_start, line_end) in enumerate(_lines(text)):
        for start, end in _joined(text, line_start, language, line_end):
            yield Sentence(index, start, end, text[start:end], paragraph)
            index += 1


def _joined(text: str, at: int, language: Language, end: int) -> list[tuple[int, int]]:
    """The line's sentences as spans; a piece that starts in lower case goes on the sentence
    before (the sentencizer ends sentences at abbreviations: "6 аеробал. ракет", "м. Суми")."""
    spans: list[tuple[int, int]] = []
    for span in _pipeline(language)(text[at:end]).sents:
        piece = span.text.strip()
        if not piece:
            continue
        start = at + span.start_char + span.text.index(piece)
        if spans and piece[:1].islower():
            spans[-1] = (spans[-1][0], start + len(piece))
        else:
            spans.append((start, start + len(piece)))
    return spans
