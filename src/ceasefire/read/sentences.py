"""Split a document into sentences with character offsets, and drop page furniture.

spaCy's blank English tokenizer plus its rule-based sentencizer does the splitting: it needs no
model, reads ~100k words/s, and gives tokens whose ``idx`` is an offset into the document,
so every record can point back at its sentence. Paragraph breaks always end a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Span

# Lines that are page furniture, not reporting: login boxes, comment forms, share bars.
_FURNITURE = re.compile(
    r"^(log ?in|sign ?in|sign up|register|forgot (your )?password\??|leave a reply|reply|"
    r"advertisement|more|share|print|subscribe|related|read more|privacy policy|"
    r"add to collection|no collections|or with username:?|source:.*|photo:.*|"
    r"to suggest a correction.*|you can also highlight.*|your email address will not be published.*|"
    r"other topics of interest|enter your account data.*|your password reset link.*|"
    r"here you'll find all collections.*)$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?\"”’')]\s*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: ``text == document_text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    tokens: Span


@lru_cache(maxsize=1)
def _pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def tokenizer() -> Language:
    """The shared blank English pipeline (tokenizer + sentencizer)."""
    return _pipeline()


def is_furniture(line: str) -> bool:
    """A line of page furniture or a headline-like fragment that states no fact of its own."""
    stripped = line.strip()
    if not stripped:
        return True
    if _FURNITURE.match(stripped):
        return True
    # Short lines without closing punctuation are headlines, bylines, menus and captions'
    # labels; they repeat the body or say nothing a record could hold.
    return len(stripped.split()) < 12 and not _TERMINAL.search(stripped)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, skipping furniture lines."""
    nlp = _pipeline()
    sentences: list[Sentence] = []
    paragraph = -1
    for start, line in _lines(text):
        if not line.strip():
            continue
        paragraph += 1  # blank lines separate paragraphs but are not paragraphs themselves
        if is_furniture(line):
            continue
        doc = nlp(line)
        for span in doc.sents:
            sentence_text = span.text.strip()
            if not sentence_text:
                continue
            offset = start + span.start_char + (len(span.text) - len(span.text.lstrip()))
            sentences.append(Sentence(len(sentences), offset, offset + len(sentence_text),
                                      sentence_text, paragraph, span))
    return sentences


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
