"""The words that state a position on a truce (``lexicon/truce_cues.tsv``), found on a parse.

"agreed to", "rejected", "called for", "refusal", "violations", "ready for": each with the
status it states and its role ("declare": a side that declares a truce commits itself and
proposes it; "support": agreed to another side's truce, else its own proposal; "refuse":
"refused to agree" is a refusal; "accuse": the object is the side accused; "condition": a truce
made to depend on something is refused until it is met).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ceasefire.lexicon import load_table
from ceasefire.read.lexicon_match import lowered_pattern


@dataclass(frozen=True)
class Cue:
    status: str
    role: str  # plain | declare | support | refuse | accuse | condition | weigh | observe


@cache
def _cues() -> dict[tuple[str, str], list[tuple[str | None, Cue]]]:
    """(lemma, part of speech) → [(particle or None, cue)], particles first ("call off" before
    "call")."""
    out: dict[tuple[str, str], list[tuple[str | None, Cue]]] = {}
    for word, pos, status, role in load_table("truce_cues.tsv"):
        lemma, _, particle = word.partition(" ")
        out.setdefault((lemma, pos), []).append((particle or None, Cue(status, role)))
    for entries in out.values():
        entries.sort(key=lambda e: e[0] is None)
    return out


def part_of_speech(token: Token) -> str:
    """verb, noun or adj; a "noun" with a subject of its own, or a sentence's root in the plural
    right after a noun hung on it as a compound, is a verb the tagger missed."""
    pos = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun",
           "ADJ": "adj"}.get(token.pos_, "")
    if pos == "noun" and any(c.dep_ == "nsubj" for c in token.children):
        return "verb"
    if pos == "noun" and token.dep_ == "ROOT" and token.tag_ == "NNS" and \
            any(c.dep_ == "compound" and c.i == token.i - 1 for c in token.children):
        # "The moratorium lapses at midnight", "The truce ends on Friday": a verb in the present
        # the tagger read as a plural noun after a noun it made its compound (no verb is left)
        return "verb"
    return pos


def cue_of(token: Token) -> Cue | None:
    """The position a word states, if it is one of the lexicon's (with its particle)."""
    pos = part_of_speech(token)
    lemma = token.lemma_.lower()
    entries = _cues().get((lemma, pos))
    if entries is None and pos == "adj":  # "agreed" tagged as an adjective
        entries = _cues().get((lemma, "verb"))
    if entries is None and pos == "verb":
        entries = _cues().get((token.text.lower(), "adj"))  # "prepared" as a verb
    # "called off the truce" (a particle) before "called on Monday" (a preposition); of the
    # prepositions only the first after the verb ("called on Russia to …", "called for a truce")
    # ("put forward a truce": the parser may tag the particle an adverb)
    particles = {c.lower_ for c in token.children if c.dep_ == "prt" or
                 (c.dep_ == "advmod" and c.i == token.i + 1)}
    first_prep = next((c.lower_ for c in token.rights if c.dep_ == "prep"), None)
    for wanted in (particles, {first_prep}):
        cue = next((cue for particle, cue in entries or () if particle in wanted), None)
        if cue is not None:
            return cue
    return next((cue for particle, cue in entries or () if particle is None), None)


_IRREGULAR = ("sought", "broke", "broken", "complied", "ran", "despite", "notwithstanding")
# a side that says it will halt ("Kyiv would stop its strikes if …") takes a position by the
# verb of the truce itself (read/agreements/roles.py)
HALT_VERBS = ("halt", "stop", "cease", "pause", "suspend", "refrain", "forgo")


@cache
def _cue_words() -> re.Pattern[str]:
    """A cheap test before parsing: does the text hold any word of the cue lexicon?"""
    stems = sorted({lemma.split(" ")[0].rstrip("e") for lemma, *_ in load_table("truce_cues.tsv")})
    halts = r"|\b(?:halt|stop|suspend|refrain|forgo)\w*|\b(?:ceas|paus)(?:e|es|ed|ing)\b"
    halts += r"|\bduring\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:truce|cease-?fire|moratorium)\b"
    halts += r"|\b(?:out of the question|off the table|premature|unacceptable|on the agenda|"
    halts += r"impossible|unrealistic)\b"
    # "possible only after …", "could be discussed only once …", "not possible until …"
    halts += r"|\bonly\s+(?:after|once|when|if)\b|\bpossible\s+(?:until|unless)\b"
    return re.compile(r"\b(?:" + "|".join(stems + list(_IRREGULAR)) + r")\w*" + halts,
                      re.IGNORECASE)


@cache
def _cue_words_lowered() -> re.Pattern[str]:
    """``_cue_words`` lower-cased, case-sensitive: 5x faster on a lower-cased text (the engine
    skips an alternative at its first letter), the same answer on an ASCII one."""
    return re.compile(lowered_pattern(_cue_words().pattern))


def may_state_a_position(text: str) -> bool:
    if text.isascii():
        return _cue_words_lowered().search(text.lower()) is not None
    return _cue_words().search(text) is not None
