"""spaCy's attribute ruler, its one-token rules looked up instead of matched.

The small English model's ``attribute_ruler`` sets each token's coarse part of speech, morphology
and some lemmas from its fine tag and its lower-case form (179 rules: "VBZ" is a VERB, "has"
tagged VBZ an AUX with the lemma "have"…). spaCy runs them through its pattern matcher, which
tries every rule at every token: a third of the parse's time. 156 of them test one token's tag
and word only, so a dictionary finds them at once; the few others (the dependency label, a
space, two tokens) stay with a matcher of their own. The rules are applied in the same order as
the ruler's, later ones winning, so every token gets the same attributes
(``tests/test_parse.py`` compares the two on every sentence of the corpus).
"""
from __future__ import annotations

from collections import defaultdict
from itertools import product
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

NAME = "ceasefire_attribute_table"
_LOOKED_UP = {"TAG", "LOWER"}  # the token attributes a rule may test and still be a lookup

Key = tuple[str | None, str | None]  # (fine tag, lower-case form); None: any


class AttributeTable:
    """The rules of an ``AttributeRuler``: one-token rules on tag and word in a dictionary,
    the others in a matcher."""

    def __init__(self, nlp: Language, name: str = NAME) -> None:
        self.name = name
        self._rules: defaultdict[Key, list[int]] = defaultdict(list)
        self._matcher = Matcher(nlp.vocab, validate=False)
        self._attrs: list[dict[int, Any]] = []
        self._indices: list[int] = []
        self._words: set[str] = set()  # the words some rule names
        self._cache: dict[Key, dict[int, Any]] = {}

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take every rule of ``ruler``, in its order."""
        self._attrs, self._indices = list(ruler.attrs), list(ruler.indices)
        for number in range(len(self._attrs)):
            _, patterns = ruler.matcher.get(str(number))
            keys = [_keys(p) for p in patterns]
            if all(k is not None for k in keys):
                for key in {k for ks in keys if ks is not None for k in ks}:
                    self._rules[key].append(number)
                    if key[1] is not None:
                        self._words.add(key[1])
            else:
                self._matcher.add(str(number), patterns)
        self._cache.clear()

    def __call__(self, doc: Doc) -> Doc:
        matched: defaultdict[int, list[int]] = defaultdict(list)  # token -> matcher rules
        for match_id, start, end in self._matcher(doc, allow_missing=True):
            number = int(doc.vocab.strings[match_id])
            matched[doc[start:end][self._indices[number]].i].append(number)
        for token in doc:
            tag, lower = token.tag_, token.lower_
            if token.i in matched:  # rare: the matcher's rules interleave with the table's
                for number in sorted(self._looked_up(tag, lower) + matched[token.i]):
                    set_token_attrs(token, self._attrs[number])
            elif attrs := self._merged(tag, lower if lower in self._words else None):
                set_token_attrs(token, attrs)
        return doc

    def _looked_up(self, tag: str, lower: str | None) -> list[int]:
        """The numbers of the table's rules for a token, in the rules' order."""
        return sorted(number for key in ((tag, lower), (tag, None), (None, lower))
                      for number in self._rules.get(key, ()))

    def _merged(self, tag: str, lower: str | None) -> dict[int, Any]:
        """The attributes the table's rules give a token, later rules winning, as one
        dictionary set at once (a token's attributes are fields of their own). Kept per tag
        and per word some rule names: the cache is as small as the rules."""
        key = (tag, lower)
        merged = self._cache.get(key)
        if merged is None:
            merged = self._cache[key] = {}
            for number in self._looked_up(tag, lower):
                merged.update(self._attrs[number])
        return merged


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp, name)


def _keys(pattern: list[dict[str, Any]]) -> list[Key] | None:
    """The (tag, word) pairs a one-token pattern on tag and word matches; None for another."""
    if len(pattern) != 1 or not set(pattern[0]) <= _LOOKED_UP:
        return None
    values = []
    for attr in ("TAG", "LOWER"):
        value = pattern[0].get(attr)
        if value is None or isinstance(value, str):
            values.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values.append(list(value["IN"]))
        else:  # NOT_IN, REGEX …: the matcher's
            return None
    if values == [[None], [None]]:  # a rule on every token
        return None
    return [(tag, lower) for tag, lower in product(*values)]


def replace_ruler(nlp: Language) -> None:
    """Put an ``AttributeTable`` with the same rules in place of the pipeline's ruler."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = nlp.add_pipe(NAME, after="attribute_ruler")
    assert isinstance(table, AttributeTable)
    table.copy_rules(ruler)
    nlp.remove_pipe("attribute_ruler")
