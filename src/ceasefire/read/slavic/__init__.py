"""Read Ukrainian and Russian reports into the same English-schema records as the English reader.

What is per language is data: ``ceasefire/lexicon/uk/*.tsv`` and ``ceasefire/lexicon/ru/*.tsv``
(words in their dictionary form, the same file names and columns in both). What is shared is
code, one module per step:

1. ``text``       split into sentences (spaCy's blank uk/ru tokenizer + sentencizer);
2. ``words``      every word's dictionary forms (pymorphy3), whatever its case;
3. ``dates``      dates resolved against publication ("у ніч на 21 вересня", "вчора");
4. ``figures`` (a number, what it counts, its metric), ``people``/``actors``/``sources`` (who
   says it), ``places``/``scene`` (where and what was hit, who attacked);
5. builders: ``strikes`` (one record per claimant, date and attacker), ``diplomacy``
   (agreements, exchanges, talks).
"""
from __future__ import annotations

from ceasefire.model import Document, Reading
from ceasefire.read.slavic.strikes import read_strikes
from ceasefire.read.slavic.text import split_sentences
from ceasefire.read.slavic.words import LANGUAGES, Language

__all__ = ["LANGUAGES", "read_document"]


def read_document(document: Document, language: Language) -> Reading:
    """Every record a Ukrainian or Russian ``document`` supports, with its sentences."""
    sentences = split_sentences(document.text, language)
    reading = Reading(document.id)
    reading.strikes = read_strikes(sentences, language, document.published)
    try:  # the diplomacy builders come in a change of their own
        from ceasefire.read.slavic.diplomacy import read_diplomacy
    except ImportError:
        return reading
    reading.agreements, reading.exchanges, reading.talks = \
        read_diplomacy(sentences, language, document.published)
    return reading
