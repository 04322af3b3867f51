"""Who takes part in talks, read from the dependency parse of the sentence (GUIDE, talks:
"parties: the sides that negotiate"; a host is not a party).

A window of words around "talks" cannot tell the sides that meet from the host, the commentator
or the subject of another clause ("Russia and Ukraine swapped prisoners a day before Putin and
Trump are set to meet"); the parse can. The sides are the actors named in these phrases:

* the subject and object of a meeting verb: "Rubio met Lavrov", "Putin and Trump spoke",
  "… are set to meet" (the subject of the verb it completes), "was received by Putin";
* the objects of "between", "with", "among", "involving" on the noun or verb;
* the noun's own modifiers: "US-Ukraine talks", "Trump's call with …";
* the subject of the verb that holds the talks ("Kyiv held talks with …"), or of the clause
  the talks are a circumstance of ("Putin agreed after a call with Trump", "Kyiv and Moscow
  reached a deal at their latest round of talks"); never the subject of "host", "mediate",
  "chair", nor of a verb that merely comments ("Fidan praised the talks"). The verbs and
  their part are a lexicon, ``lexicon/talk_verbs.tsv``.

"he", "we" and "his" are the person reporting or the last person named before them, "it" the
body or state reporting; "both sides", "the two sides", "both delegations", "each side" and
"trilateral" talks bring in Russia and Ukraine.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from ceasefire.lexicon import load_table
from ceasefire.read.actors import ActorMention, actor_named
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.parse import parse

_MANNER_PREPS = {"for", "in", "at", "by", "over", "via"}  # not "talk to Putin after meetings"
_PARTY_PREPS = {"between", "with", "among", "involving"}
_SPEAKER_PRONOUNS = {"he", "she", "we", "i", "his", "her", "our", "my"}
_KEPT_PREPS = {"of", "from", "between", "with", "among"}  # "envoys from Russia and Ukraine"
_PRUNED = {"relcl", "acl", "advcl", "ccomp", "parataxis", "punct", "npadvmod"}
BOTH_SIDES = re.compile(r"\b(?:(?:both|two|the|warring) (?:warring )?(?:sides|parties|countries)|"
                        r"(?:both|two) delegations|each (?:side|delegation|party))\b",
                        re.IGNORECASE)
# "the Trump-Putin summit", "a US-Ukrainian statement": the actor lexicon matches whole words
_HYPHENED = re.compile(r"\b([A-Z][\w.]*)-([A-Z][\w.]*)\b")


def parsed_sides(f: SentenceFacts, start: int, actors: list[ActorMention]) -> set[str | None]:
    """The sides taking part in the talks mentioned at ``start`` of the sentence."""
    doc = parse(f.text)
    anchor = _anchor(doc, start)
    if anchor is None:
        return set()
    roots = _party_roots(anchor)
    tokens = {i for root in roots for i in _phrase(root)}
    partners = _prep_objects(anchor, {"with"})
    sides = _sides_named(doc, roots, actors)
    if any(r.lower_ in _SPEAKER_PRONOUNS for r in roots):
        sides.add(_speaker_side(f, actors, min(r.idx for r in roots)))
    # "Turkey said it had held talks with both delegations": "it" is the body reporting;
    # "Rubio said the deal was worked out in talks with each delegation": no one else is
    # said to have talked with them, so the one reporting did
    reporter = f.claimant.side if f.claimant is not None and f.claimant.kind != "media" else None
    if any(r.lower_ == "it" for r in roots) or (partners and not _sides_named(
            doc, [r for r in roots if r not in partners], actors)):
        sides.add(reporter)
    words = " ".join(doc[i].lower_ for i in sorted(tokens))
    # "talks between the two sides", "trilateral talks with the US": the warring sides; so
    # are those of "direct talks" where no one else is named
    if BOTH_SIDES.search(words) or any(c.lower_ == "trilateral" for c in anchor.children) or \
            (not sides - {None} and any(c.lower_ == "direct" for c in anchor.children)):
        sides |= {"RU", "UA"}
    return sides


def _sides_named(doc: Doc, roots: list[Token], actors: list[ActorMention]) -> set[str | None]:
    """The sides of the actors named in the phrases of ``roots``."""
    starts = {doc[i].idx for root in roots for i in _phrase(root)}
    return {a.actor.side for a in actors if any(a.start <= s < a.end for s in starts)}


def hyphened_actors(text: str) -> list[ActorMention]:
    """The actors of a hyphened pair ("Trump-Putin", "US-Ukrainian"), each with its offsets."""
    found: list[ActorMention] = []
    if "-" not in text:
        return found
    for m in _HYPHENED.finditer(text):
        for group in (1, 2):
            actor = actor_named(m.group(group))
            if actor is not None:
                found.append(ActorMention(m.start(group), m.end(group), m.group(group), actor))
    return found


def _speaker_side(f: SentenceFacts, actors: list[ActorMention], before: int) -> str | None:
    """Who "he" or "we" is: the person reporting ("Zelensky said he spoke with Trump"), else
    the last person named before the pronoun."""
    if f.claimant is not None and f.claimant.side:
        return f.claimant.side
    people = [a for a in actors if a.actor.kind == "person" and a.end <= before]
    return people[-1].actor.side if people else None


def _anchor(doc: Doc, start: int) -> Token | None:
    """The word the talks hang on: the noun of "phone call", the verb of "meet for a summit"."""
    token = next((t for t in doc if t.idx <= start < t.idx + len(t)), None)
    if token is None:
        return None
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "phone call": the call
    if token.dep_ == "pobj" and token.head.lower_ in _MANNER_PREPS and \
            _role(token.head.head) == "meet":
        token = token.head.head  # "meet for a summit", "spoke in a phone call"
    return token


def _party_roots(anchor: Token) -> list[Token]:
    """The heads of the phrases that name the sides (see the module's docstring)."""
    roots = _prep_objects(anchor)
    if anchor.pos_ in ("VERB", "AUX"):
        # "Trump spoke to Putin": the one spoken to
        spoken_to = _prep_objects(anchor, {"to"}) if _role(anchor) == "meet" else []
        # the object; "called Zelensky" is often parsed as an object predicate
        return roots + spoken_to + _subjects(anchor) + _partners_of_the_topic(anchor) + \
            [c for c in anchor.children if c.dep_ in ("dobj", "oprd")]
    roots += [c for c in anchor.children if c.dep_ in ("compound", "nmod", "amod", "poss")
              and c.pos_ != "VERB"]  # "US-Ukraine talks", not "hosted talks" read as a modifier
    roots += _whose(anchor)
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in anchor.children):
        return roots
    verb = _governing_verb(anchor)
    # "Qatar brokered a deal after talks with both delegations": Qatar talked with them
    talked_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in anchor.children)
    if verb is None or (_role(verb) == "host" and not talked_with) or \
            (anchor.dep_ == "dobj" and _role(verb) != "hold"):
        return roots  # "Turkey hosted the talks", "Fidan praised the talks"
    return roots + _subjects(verb) + _prep_objects(verb) + _partners_of_the_topic(verb)


def _partners_of_the_topic(verb: Token) -> list[Token]:
    """ "discussed the idea with Lavrov in a phone call", "raised the plan with Zelensky": the
    parser hangs "with X" on the topic discussed; X is who the talks were with."""
    return [g for o in verb.children if o.dep_ == "dobj" for g in _prep_objects(o, {"with"})]


def _whose(anchor: Token) -> list[Token]:
    """ "the Russian delegation, whose session with the Americans ran past midnight": the
    noun "whose" stands for took part in the talks."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in anchor.children):
        return []
    token = anchor
    while token.dep_ != "relcl" and token.head is not token:
        token = token.head
    return [token.head] if token.dep_ == "relcl" else []


def _role(verb: Token) -> str | None:
    """The verb's part in talks (``lexicon/talk_verbs.tsv``): meet, hold, host or none."""
    return _verb_roles().get(verb.lemma_)


@cache
def _verb_roles() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("talk_verbs.tsv")}


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the talks are, directly or through a preposition ("held talks",
    "agreed after talks"), or through the object of that verb ("reached agreement at their
    round of talks"); not through another noun's complement ("the outcome of the talks")."""
    token = noun
    while token.dep_ in ("dobj", "pobj"):
        head = token.head if token.dep_ == "dobj" else token.head.head
        if token.dep_ == "pobj" and token.head.dep_ != "prep":
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":  # not "following"
            return head
        if head.dep_ != "dobj" or token.dep_ == "dobj":
            return None
        token = head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for "are set to meet", "agreed to talk", the subject of the verb
    it completes."""
    # a passive's agent is a subject too ("was proposed by the US during talks")
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if not found and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        return _subjects(verb.head)
    return found


def _prep_objects(token: Token, preps: set[str] = _PARTY_PREPS) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj" and not _in_a_role(g, c, token)]


# "with Turkey as host", "with Switzerland as mediator": the state helps, it does not negotiate
_HELPING_ROLES = {"host", "mediator", "chair", "broker", "facilitator", "guarantor", "observer"}


def _in_a_role(obj: Token, prep: Token, head: Token) -> bool:
    """Whether "with X" names X in a helping role ("as host"), the "as" on X or beside "with"."""
    if prep.lower_ != "with":
        return False
    roles = [g for t in (obj, head) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _HELPING_ROLES for g in roles)


def _phrase(root: Token) -> set[int]:
    """The words of a party's phrase with its conjuncts and appositions, not the clauses or
    places hung on it ("officials, who were in Riyadh")."""
    words = {root.i}
    for child in root.children:
        if child.dep_ in _PRUNED or (child.dep_ == "prep" and child.lower_ not in _KEPT_PREPS):
            continue
        words |= _phrase(child)
    return words
