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

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take every rule of ``ruler``, in its order."""
        self._attrs, self._indices = list(ruler.attrs), list(ruler.indices)
        for number in range(len(self._attrs)):
            _, patterns = ruler.matcher.get(str(number))
            keys = [_keys(p) for p in patterns]
            if all(k is not None for k in keys):
                for key in {k for ks in keys if ks is not None for k in ks}:
                    self._rules[key].append(number)
            else:
                self._matcher.add(str(number), patterns)

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int]] = []  # (rule, token): applied in the rules' order
        for token in doc:
            tag, lower = token.tag_, token.lower_
            for key in ((tag, lower), (tag, None), (None, lower)):
                found.extend((number, token.i) for number in self._rules.get(key, ()))
        for match_id, start, end in self._matcher(doc, allow_missing=True):
            number = int(doc.vocab.strings[match_id])
            found.append((number, doc[start:end][self._indices[number]].i))
        for number, i in sorted(found):
            set_token_attrs(doc[i], self._attrs[number])
        return doc


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
