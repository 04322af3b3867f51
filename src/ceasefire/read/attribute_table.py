"""spaCy's attribute ruler and lemmatizer, their answers worked out once per kind of token.

The small English model's ``attribute_ruler`` sets each token's coarse part of speech, morphology
and some lemmas from its fine tag, its lower-case form and a few from its dependency label (179
rules: "VBZ" is a VERB, "has" tagged VBZ an AUX with the lemma "have", "it" as a subject is
nominative…). spaCy runs them through its pattern matcher, which tries every rule at every
token: a third of the parse's time. 170 of them test one token's tag, word, label or
whitespace only, and tokens alike in those four get the same attributes: the answer for each
such kind of token is worked out once and kept. The few others (two tokens, a regular
expression) stay with a matcher of their own. The rules are applied in the ruler's order, later
ones winning, so every token gets the same attributes (``tests/test_parse.py`` compares the two
on every sentence of the corpus). The lemmatizer's answers are kept the same way.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

NAME = "ceasefire_attribute_table"
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a rule of the table may test
_KEY_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_WRITTEN = [POS, MORPH, LEMMA, TAG, DEP]  # what the ruler's rules set

# (tag, word or None for a word no rule names, dependency label, is whitespace)
Key = tuple[str, str | None, str, bool]
Condition = tuple[int, str, Any]  # (position in Key, "IS" | "IN" | "NOT_IN", value or values)


class AttributeTable:
    """The rules of an ``AttributeRuler``: one-token rules worked out once per kind of token,
    the others in a matcher."""

    def __init__(self, nlp: Language, name: str = NAME) -> None:
        self.name = name
        self._strings = nlp.vocab.strings
        self._table: list[tuple[int, list[list[Condition]]]] = []  # rule, its patterns
        self._matcher = Matcher(nlp.vocab, validate=False)
        self._attrs: list[dict[int, Any]] = []
        self._indices: list[int] = []
        self._words: set[int] = set()  # the words some rule of the table names (hashes)
        self._numbers: dict[tuple[int, ...], list[int]] = {}
        self._rows: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        # what the first token of one of the matcher's rules may be (None: anything), so that
        # a sentence with no such token skips the matcher (~0.1 ms a sentence)
        self._openers: _Openers | None = _Openers(self._strings)

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take every rule of ``ruler``, in its order."""
        self._attrs, self._indices = list(ruler.attrs), list(ruler.indices)
        for number in range(len(self._attrs)):
            _, patterns = ruler.matcher.get(str(number))
            conditions = [_conditions(p) for p in patterns]
            if all(c is not None for c in conditions):
                self._table.append((number, [c for c in conditions if c is not None]))
                self._words.update(self._strings.add(word) for c in conditions if c
                                   for position, _, value in c if position == 1
                                   for word in ([value] if isinstance(value, str) else value))
            else:
                self._matcher.add(str(number), patterns)
                self._openers = self._openers and self._openers.with_patterns(patterns)
        self._numbers.clear()
        self._rows.clear()

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array(_KEY_COLUMNS).tolist()
        matched: defaultdict[int, list[int]] = defaultdict(list)  # token -> matcher rules
        if self._openers is None or self._openers.any_in(columns):
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                number = int(doc.vocab.strings[match_id])
                matched[doc[start:end][self._indices[number]].i].append(number)
        keys = [(tag, lower if lower in self._words else 0, dep, space)
                for tag, lower, dep, space in columns]
        # the attributes written as columns in one call: a token object made and set for each
        # token would cost more than the rules
        values = doc.to_array(_WRITTEN).tolist()
        for i, key in enumerate(keys):
            if i not in matched:
                for column, value in self._row(key):
                    values[i][column] = value
        doc.from_array(_WRITTEN, numpy.array(values, dtype=numpy.uint64))  # type: ignore[arg-type]
        for i, numbers in matched.items():  # rare: the matcher's rules interleave the table's
            for number in sorted(self._numbers_for(keys[i]) + numbers):
                set_token_attrs(doc[i], self._attrs[number])
        return doc

    def _numbers_for(self, key: tuple[int, ...]) -> list[int]:
        """The numbers of the table's rules that hold for a kind of token, in order."""
        numbers = self._numbers.get(key)
        if numbers is None:
            tag, lower, dep, space = key
            named: Key = (self._strings[tag], self._strings[lower] if lower else None,
                          self._strings[dep], bool(space))
            numbers = self._numbers[key] = [
                number for number, patterns in self._table
                if any(all(_holds(named[position], test, value)
                           for position, test, value in pattern) for pattern in patterns)]
        return numbers

    def _row(self, key: tuple[int, ...]) -> list[tuple[int, int]]:
        """(column of ``_WRITTEN``, value) that the table's rules give a kind of token, later
        rules winning."""
        row = self._rows.get(key)
        if row is None:
            merged: dict[int, Any] = {}
            for number in self._numbers_for(key):
                merged.update(self._attrs[number])
            row = self._rows[key] = [(_WRITTEN.index(attr), value)
                                     for attr, value in merged.items()]
        return row


class _Openers:
    """The tokens a rule of the matcher can begin with, read from the first token of its
    patterns: a word (``LOWER``, as a string, a list or a regular expression) or a dependency
    label. A sentence that holds none gives the matcher nothing to find."""

    def __init__(self, strings: Any) -> None:
        self._strings = strings
        self._words: set[str] = set()
        self._expressions: list[re.Pattern[str]] = []
        self._labels: set[int] = set()  # hashes, as the dependency column holds them
        self._opens: dict[int, bool] = {}  # word (hash) -> whether a rule can begin with it

    def with_patterns(self, patterns: list[list[dict[str, Any]]]) -> _Openers | None:
        """These openers and those of ``patterns``; None where a pattern's first token is
        not one of the forms read here (then every sentence goes to the matcher)."""
        for pattern in patterns:
            first = pattern[0] if pattern else {}
            if not self._add(first.get("LOWER"), first.get("DEP")) or "OP" in first:
                return None
        return self

    def _add(self, word: Any, label: Any) -> bool:
        if isinstance(word, str):
            self._words.add(word)
        elif isinstance(word, dict) and set(word) == {"IN"}:
            self._words.update(word["IN"])
        elif isinstance(word, dict) and set(word) == {"REGEX"}:
            self._expressions.append(re.compile(word["REGEX"]))  # the matcher's re.search
        elif word is None and isinstance(label, str):
            self._labels.add(self._strings.add(label))
        else:
            return False
        return True

    def any_in(self, columns: list[list[int]]) -> bool:
        """Whether a token of ``columns`` (rows of ``_KEY_COLUMNS``) may open a rule."""
        for _, lower, dep, _ in columns:
            opens = self._opens.get(lower)
            if opens is None:
                word = self._strings[lower]
                opens = self._opens[lower] = word in self._words or \
                    any(e.search(word) for e in self._expressions)
            if opens or dep in self._labels:
                return True
        return False


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp, name)


def _conditions(pattern: list[dict[str, Any]]) -> list[Condition] | None:
    """What a one-token pattern tests of tag, word, label and whitespace; None for a pattern
    of several tokens or another test (a regular expression: the matcher's)."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_TESTED):
        return None
    out: list[Condition] = []
    for attr, value in pattern[0].items():
        position = _TESTED.index(attr)
        if isinstance(value, (str, bool)):
            out.append((position, "IS", value))
        elif isinstance(value, dict) and len(value) == 1 and \
                next(iter(value)) in ("IN", "NOT_IN"):
            test = next(iter(value))
            out.append((position, test, frozenset(value[test])))
        else:
            return None
    return out


def _holds(actual: Any, test: str, value: Any) -> bool:
    if test == "IS":
        return bool(actual == value)
    return (actual in value) == (test == "IN")


def replace_ruler(nlp: Language) -> None:
    """Put an ``AttributeTable`` with the same rules in place of the pipeline's ruler."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = nlp.add_pipe(NAME, after="attribute_ruler")
    assert isinstance(table, AttributeTable)
    table.copy_rules(ruler)
    nlp.remove_pipe("attribute_ruler")


LEMMA_NAME = "ceasefire_lemma_cache"
_LEMMA_KEY = [ORTH, POS, MORPH, LEMMA]
_LEMMAS_KEPT = 200_000  # (word, part of speech, morphology) kinds: a few MB


class LemmaCache:
    """spaCy's rule lemmatizer with its answers kept per (word, part of speech, morphology), all
    its answer depends on, and written as one column: its own loop made and set a token object
    for every token, twice this step's time."""

    def __init__(self, nlp: Language, name: str = LEMMA_NAME) -> None:
        self.name = name
        lemmatizer = nlp.get_pipe("lemmatizer")  # kept when the pipeline drops it
        assert isinstance(lemmatizer, Lemmatizer) and not lemmatizer.overwrite
        self._lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(self._lemmas) > _LEMMAS_KEPT:
            self._lemmas.clear()
        rows = doc.to_array(_LEMMA_KEY)
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:  # set by the attribute table ("has" → "have"): the lemmatizer keeps it
                continue
            found = self._lemmas.get((orth, pos, morph))
            if found is None:
                found = self._lemmas[(orth, pos, morph)] = \
                    doc.vocab.strings.add(self._lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
        return doc


@Language.factory(LEMMA_NAME)
def _make_lemma_cache(nlp: Language, name: str) -> LemmaCache:
    return LemmaCache(nlp, name)


def replace_lemmatizer(nlp: Language) -> None:
    """Put a ``LemmaCache`` of the pipeline's lemmatizer in its place."""
    nlp.add_pipe(LEMMA_NAME, after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
