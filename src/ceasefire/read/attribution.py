"""Claim attribution: who gives the figures of a sentence.

"according to X", "X said/claimed/stated/reported/wrote …", "…, said X", quotes, and reported
speech that spans sentences ("It claimed …", "the ministry added" → the earlier claimant).
A sentence with no claimant is the outlet's own statement (``claimed_by`` null in the GUIDE).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.read.actors import Actor, ActorMention, actor_named, body_voiced_by, find_actors
from ceasefire.read.lexicon_match import CaseFolded, fast_regex
from ceasefire.read.numbers import find_numbers
from ceasefire.read.places import find_places
from ceasefire.read.weapons import find_weapons

# Verbs of counting, not saying: their subject claims the count only where it is a body or a
# person that reports ("the Air Force recorded 612 drones"), not the troops or radars that did
# the tracking (``_speaker``).
_COUNTING_VERBS = ("recorded", "registered", "tracked", "detected", "logged", "documented",
                   "records", "registers", "tracks", "detects")
_COUNTING = frozenset(_COUNTING_VERBS)
_SPEECH = (r"said|says|say|claimed|claims|claim|stated|states|reported|reports|announced|"
           r"confirmed|confirms|wrote|writes|posted|added|adding|told|asserted|alleged|noted|"
           r"reiterated|declared|explained|commented|warned|insisted|accused|charged|tweeted|"
           r"clarified|emphasi[sz]ed|stressed|pointed out|remarked|conveyed|indicated|revealed|"
           r"estimated|specified|admitted|argued|urged|informed|counted|"

           # the present of a live blog: "the ministry accuses Ukraine of …", "he adds"
           r"accuses|alleges|insists|warns|notes|adds|announces|stresses|admits|tweets|posts|"
           r"estimates|tells|informs|charges|specifies|counts|" + "|".join(_COUNTING_VERBS))
# "The ministry put the number of wounded at 33", "officials raised the toll to 12": who puts a
# figure on the toll claims it, like a speech verb.
_TOLL_VERB = (r"(?:(?:put|puts|raised|raises|revised|revises|updated|updates|lowered|lowers)"
              r"(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:toll|number|count|tally)\b)|"
              # "the navy spokesman gave a slightly different count: nine injured"
              r"(?:gave|gives|given|giving|offered|offers|provided|provides|cited|cites)"
              r"(?!\s+no\b)(?=\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:toll|count|tally|figures?)\b))")
# "Ukraine's Air Force: 50 of 60 drones shot down": a speaker named as the sentence's label.
# A live blog's time stamp before it ("09:40 Fresh figures from the Air Force: …") is no part.
_LABEL = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[-–—|]\s*)?)?(?P<np>[^:,.;\"“”]{3,60}):\s")
# "Data: Air Force - 64 drones …", "[Source: the regional administration – two injured]": a
# credit word, the source, a dash, then the figures the source gives (a caption's credit)
# "Data: ", "Source for the table: ", "Figures for this chart: "
_CREDIT_WORD = r"(?:Sources?|Data(?: source)?|Figures|Per|Via|Credit)" \
    r"(?:\s+(?:for|of)\s+(?:the|this|these|our)\s+(?:table|chart|graphic|figures|data|numbers|" \
    r"map|list|tally))?\s*:\s*"
_CREDIT_LABEL = re.compile(r"^\W{0,2}" + _CREDIT_WORD +
                           r"(?P<np>[^-–—:;,.\"]{2,60}?)\s+[-–—]\s")
# "the air force was quoted as saying by Interfax": the subject speaks, the agency passes it on.
_QUOTED_AS = r"(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\s+as\s+(?:saying|telling)"
# NP + optional auxiliaries/adverbs + speech verb. The NP is cut out by walking back from the verb.
_VERB_AFTER = fast_regex(
    rf"(?:\b(?:has|have|had|also|later|further|separately|earlier|then|previously|now|again|since|"
    rf"subsequently|initially|first)\s+)*"
    rf"\b(?:{_SPEECH}|{_TOLL_VERB}|{_QUOTED_AS})\b")
# (a lower-cased copy searched on ASCII text: the engine then passes over an alternative at its
# first letter, 7.6 -> 4.0 us a sentence)
_ACCORDING = CaseFolded(r"\b(?:according to|per|citing|(?:with|in) reference to|referring to|"
                        # translated copy: "By information of Air Forces" ("За інформацією")
                        r"(?:by|according to) (?:the )?(?:information|data) (?:of|from)|"
                        # "As informs the Air Force", "As it is informed by the Air Force"
                        # "Like the Air Forces communicate" (Dutch "Zoals … meldt")
                        r"(?:as|like) (?:it (?:is|was) )?(?:informs|informed|reports|communicates|"
                        r"communicated)(?: by| in)?|"

                        r"as (?:reported|stated|announced|confirmed|published|released|given|"
                        r"issued|posted) by)\s+(?P<np>[^,.;:“”\"()]+)",
                        re.IGNORECASE)
# A paper that passes on another's figures (a press review, a round-up): "The Daily carries the
# Air Force's figures", "…'s site ran an update from the emergency service", "Gazeta quotes
# the mayor, Name:", "It cites the ministry as saying": the figures are the source's, not the
# paper's (GUIDE: the relaying paper is no claimant).
_NAME_APPOSED = re.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[,.;:]|$)")
# (case-folded as ``_ACCORDING``: 5.4 -> 2.4 us a sentence)
_RELAY_VERB = CaseFolded(r"\b(?:carr(?:ies|ied|y|ying)|r[ua]n|runs|relay(?:s|ed|ing)|"
                         r"giv(?:es|e|en|ing)|gave|publish(?:es|ed|ing)|"
                         r"reprint(?:s|ed|ing)|reproduc(?:es|ed|ing)|print(?:s|ed|ing)|"
                         r"quot(?:es|ed|ing)|cit(?:es|ed))\s")
_RECORD = (r"(?:figures|numbers|data|tally|count|toll|update|statement|report|bulletin|summary|"
           r"post|message|account|estimate)s?")
_RELAYED = re.compile(
    r"\b(?i:carr(?:ies|ied|y|ying)|r[ua]n|runs|relay(?:s|ed|ing)|reprint(?:s|ed|ing)|"
    # "The paper gives the local toll from Mayor X": whose figures an outlet passes on
    r"giv(?:es|e|en|ing)|gave|publish(?:es|ed|ing)|"
    r"reproduc(?:es|ed|ing)|print(?:s|ed|ing))\s+(?:in\s+full\s+)?"
    rf"(?:(?P<own>(?:the\s+)?[A-Za-z][^,.;:“”\"()]{{1,60}}?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_RECORD}\b|"
    rf"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_RECORD}\s+(?:from|by|of)\s+"
    r"(?P<from>(?:the\s+)?[A-Z][^,.;:“”\"()]{1,60}?)(?=\s+(?:raising|putting|giving|saying|that|"
    r"on|in|at|with|which|who)\b|\s*[,.;:]|$))|"
    r"\b(?i:quot(?:es|ed|ing)|cit(?:es|ed))\s+(?!as\b)"
    r"(?P<quoted>(?:the\s+|a\s+)?[A-Za-z][^,.;:“”\"()]{1,60}?)(?=\s+as\s+(?:saying|telling|"
    r"reporting|writing)\b|\s*[,.;:]|$)")
# "Like the Air Forces of Ukraine communicate, …": translated copy's "as X reports" (Dutch
# "Zoals … meldt", German "Wie … mitteilt")
_LIKE_SAYS = re.compile(r"\b[Ll]ike\s+(?P<np>(?:the\s+)?[A-Za-z][^,.;:“”\"()]{2,60}?)\s+"
                        r"(?:communicate|communicates|communicated|report|reports|reported|inform|"
                        r"informs|informed|say|says|announce|announces|announced)\b")
# A chunk between a speaker and its verb that is an aside: "X, in a statement, said".
_ASIDES = frozenset("in on at via through during after before with from in late early for however "
                     "meanwhile instead likewise too".split())  # "the ministry, for its part, said"
# ", said CEO Sergii Koretskyi," — the speaker after the verb.
# (not ", said that Russia launched …": a verb before "that" has its speaker before it)
_INVERTED = re.compile(rf"(?:[,”\"—–]|\s-)\s*(?:{_SPEECH})\s+(?!that\b)(?P<np>[^,.;:“”\"]+)")
# "Igor Konashenkov, the ministry's spokesman, said Russian forces had destroyed 212 drones": after
# the comma and the verb comes what was said (a clause: an auxiliary, a count), not the speaker
_A_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|could|did)\b|\d")
# ", told Reuters": the verb's object is the listener, never the speaker.
_OBJECT_VERB = re.compile(r"\b(?:told|urged|accused|charged|warned|tells|"
                          r"accuses|charges|warns)$")
# ", informs the Air Force", ", informed the mayor X" (agency copy translated word for word):
# the speaker after the verb, unless a news agency is the one informed ("…, informed Ukrinform").
_INFORM_VERB = re.compile(r"\b(?:informed|informs)$")
# ", said the head of the city council, Olena Marchuk." — the name apposed to the title.
_APPOSED_NAME = re.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[,.;]|$)")
# A weak pattern for verbs outside the list: "X also indicated that …" (and misspellings).
# "The strike was confirmed by the regional administration"
_BY_AGENT = fast_regex(r"\b(?:is|was|were|has been|had been)\s+(?:\w+\s+)?(?:confirmed|reported|"
                       r"announced|stated|informed|communicated|published|posted)\s+by\s+(?P<np>[^,.;:“”\"()]+)|"
                       # "…, is said in the message of Air Forces" (translated copy)
                       r"\b(?:is|was|are|were)\s+(?:said|stated|reported|informed|noted)\s+in\s+"
                       r"(?:the\s+)?(?:message|statement|report|post|update|summary)\s+(?:of|from|by)\s+"
                       r"(?P<np2>[^,.;:“”\"()]+)")
# "by the air force's count", "by the ministry's own tally": whose figures they are
_BY_COUNT = fast_regex(r"\b(?:by|in|on)\s+(?P<np>(?:the\s+)?[^,.;:“”\"()]{2,60}?)['’]s\s+"
                       r"(?:own\s+)?(?:latest\s+|daily\s+|official\s+)?(?:count|tally|estimates?|figures|"
                       r"reckoning|account|data|numbers)\b", re.IGNORECASE)
# "PS ZSU (that's the Air Force, for readers abroad) says …": the speaker a bracket glosses
_GLOSSED_SPEAKER = re.compile(r"\((?:that's|that is|i\.e\.,?|ie,?|meaning|read:?)\s+"
                              r"(?P<np>[^(),;]{2,40}?)\s*(?:,[^()]{0,80})?\)\s+"
                              rf"(?:{_SPEECH})\b", re.IGNORECASE)
# "By that count, Russia sent 212 drones": the count of the source named before
_BY_THAT_COUNT = re.compile(r"(?:(?:By|According to|In|On)\s+)?(?P<np>(?:that|this|its|their|"
                            r"the same)\s+(?:count|tally|reckoning|bulletin|update|statement|"
                            r"report))\b")
# "The Air Force's tally showed 212 drones", "ministry data show that …": whose record it is;
# a body in lower case after a comma (", the air force's report showed")
_RECORD_SHOWS = re.compile(r"(?P<np>(?:[A-Z]|(?<=, )the\s+[a-z])[^,.;:“”\"()]{1,50}?(?:['’]s)?\s+"
                           r"(?:own\s+|latest\s+|"
                           r"daily\s+|official\s+)?(?:tally|data|figures|count|statistics|"
                           r"report|statement|update|summary|bulletin))\s+(?:showed|shows|show|"
                           r"indicated|indicates|indicate|listed|lists)\b")
_SHOW_VERB = fast_regex(r"\b(?:showed|shows|show|indicated|indicates|indicate|listed|lists)\b")
_THAT_CLAUSE = fast_regex(r"\b(?:also\s+)?[a-z]+ed\s+that\b")

_PRONOUN_PERSON = {"he", "she", "him", "her"}
_PRONOUN_GROUP = {"it", "they", "we", "them"}
_PERSON_TITLES = frozenset({"governor", "mayor"})
_DETERMINERS = re.compile(r"^(?:the|a|an|multiple|several|some|two|three|its|his|her|their)\s+",
                          re.IGNORECASE)
# "the Air Force … on Telegram", "the governor in a video statement": where and when it was said.
_SAID_WHERE = re.compile(
    r"\s+(?:on|in|via|through|during|at|late|early|earlier)\s+(?:on\s+)?(?:a\s+|an\s+|the\s+|its\s+|"
    r"his\s+|her\s+|their\s+)?(?:official\s+|video\s+|televised\s+|written\s+)?(?:Telegram|Facebook|"
    r"X|Twitter|social media|statement|video|post|briefing|interview|update|address|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|evening|night|afternoon)\b.*$",
    re.IGNORECASE)
_NAMED_CHANNEL = re.compile(r"\b(?:Telegram|news|media)\s+(?:channel|outlet|site|agency)\s+"
                            r"(?P<name>[A-Z][\w+.-]*(?:\s+[A-Z][\w+.-]*)?)$")
# "A post shared thousands of times", "Posts circulating since Tuesday", "a viral video": a
# claim made online by no one named, the claim of its own that a fact-check examines
_ONLINE_POST = re.compile(r"(?:(?:CLAIM|Claim)\s*:\s*)?(?:(?:(?:an?|one|several|many|some)\s+)"
                          r"(?:viral\s+|anonymous\s+|widely\s+shared\s+)?(?:social\s+media\s+)?"
                          r"(?:post|posts|video|videos|tweet|tweets)|(?:viral\s+)?(?:social\s+media\s+)?"
                          r"(?:posts|tweets))(?!\s+(?:of|by|from)\b)"
                          r"(?:\s+[\w-]+){0,8}$", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}$")
_APPOSITIVE_TITLE = re.compile(
    r"(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:minister|president|governor|mayor|head|"
    r"chief|spokes\w+|adviser|advisor|envoy|commander|secretary|director|aide|ambassador)\b",
    re.IGNORECASE)
_CLAUSE_OPENERS = re.compile(
    r"^(?:and|but|while|as|after|before|when|although|though|since|because|that|meanwhile|also|"
    r"separately|however|in a statement(?: on \w+)?|in a video statement(?: on .*)?)\b\s*",
    re.IGNORECASE)

# "Later in the morning the ministry added", "On Tuesday evening the governor said": a time
# before the subject, with no comma to cut it off.
_TIME_NOUN = (r"(?:morning|evening|afternoon|night|day|hours|weekend|(?:Mon|Tues|Wednes|Thurs|"
              r"Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
              r"October|November|December|\d{1,2}(?::\d{2})?)")
_LEADING_TIME = re.compile(
    r"^(?:(?:later|earlier|then|subsequently|afterwards|overnight|today|yesterday)\s+)?"
    rf"(?:(?:in|on|at|during|by|late|early|later|earlier|shortly after)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_TIME_NOUN}(?:\s+(?:of\s+)?{_TIME_NOUN})?\b\s*)?(?=\S)", re.IGNORECASE)

_SOURCE_INSIDE = re.compile(r"(?:an?\s+|the\s+)?(?:\w+\s+)?sources?\s+(?:in|at|within|inside|"
                            r"close to|from)\s+(?:the\s+)?", re.IGNORECASE)
# "In his morning post he", "Through the night she": an adverbial before the pronoun subject
_ADVERBIAL_THEN_PRONOUN = re.compile(
    r"^(?:in|on|at|after|during|through|throughout|by|within|later|in a)\b[^,;]*?\s"
    r"(?P<pronoun>he|she|they|it)$", re.IGNORECASE)


@cache
def _speaker_words(role: str) -> frozenset[str]:
    """The words of ``lexicon/speakers.tsv`` with ``role``: title, head, refer or medium."""
    return frozenset(row[0] for row in load_table("speakers.tsv") if row[1] == role)


_MEDIUM_ADJECTIVES = (r"(?:official|own|daily|morning|evening|nightly|overnight|latest|regular|"
                      r"updated|written|online|video|Telegram|Facebook|social media|"
                      # which of a body's texts: "its first report", "the final update"
                      r"first|second|third|final|preliminary|initial|new|revised|corrected|full)")
# "today's post", "this morning's update", "Sunday's report": a body's text by its day
_DAY_OWNS = (r"(?:today|yesterday|tonight|this\s+morning|this\s+evening|last\s+night|"
             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s")
# What follows the medium and says when or where it came out: "the Air Force's report published
# on its Telegram channel at 08:15", "its first update, posted at 07:55".
_CAME_OUT = frozenset("published posted released issued updated shared circulated".split())
_MEDIUM_OUT = rf"(?:{'|'.join(sorted(_CAME_OUT))}|put\s+out|sent\s+out)"


_DAYS_MEDIUM = re.compile(rf"^{_DAY_OWNS}\s+(?:{_MEDIUM_ADJECTIVES}\s+)*(?:report|statement|update|"
                          r"post|message|summary|bulletin|briefing)$", re.IGNORECASE)
_REFERRED_MEDIUM = re.compile(rf"^(?:(?:the|its|their|this|that)\s+)?(?:same\s+)?"
                              rf"(?:{_MEDIUM_ADJECTIVES}\s+)*(?:report|statement|source|reports|update|post|message|summary|"
                              r"bulletin|channel)$", re.IGNORECASE)


@cache
def _medium() -> re.Pattern[str]:
    """ "the Air Force's Telegram channel", "a statement by": the body speaks, not its channel."""
    words = "|".join(sorted(_speaker_words("medium"), key=len, reverse=True))
    nouns = rf"(?:{_MEDIUM_ADJECTIVES}\s+)*(?:{words})"
    return re.compile(rf"'s\s+{nouns}(?:\s+{_MEDIUM_OUT}\b.*)?$|"
                      rf"^(?:the\s+|a\s+|its\s+)?{nouns}\s+(?:of|by|from)\s+", re.IGNORECASE)


def _without_leading_time(sentence: str) -> str:
    """ "By Monday, Governor X had …" → "Governor X had …"."""
    rest = _LEADING_TIME.sub("", sentence, count=1)
    return rest.lstrip(", ") if len(rest) < len(sentence) else sentence


# "the regional governor, Oleh Syniehubov, …": a title, then its holder's name between commas
_TITLE_THEN_APPOSED_NAME = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:governor|mayor|head|chief|spokes(?:man|woman|person)|"
    r"minister|commander|prosecutor)(?:\s+(?:of|for)\s+[^,]{1,50})?\s*,\s*"
    r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))\s*,",
    re.IGNORECASE)
# "air force spokesman Yurii Ihnat gave …": a title in lower case, then the name
_TITLE_THEN_NAMED = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:governor|mayor|head|chief|spokes(?:man|woman|person)|"
    r"minister|commander|prosecutor)\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))"
    r"(?=\s+(?-i:[a-z]))", re.IGNORECASE)
# "Speaking on the national telethon, …", "Writing on Telegram, …": how the subject spoke
_LEADING_PARTICIPLE = re.compile(r"^(?:Speaking|Writing|Posting|Talking|Addressing|Appearing|"
                                 r"Commenting|Responding)\b[^,]{0,80},\s*")
# The capitalised words a sentence opens with, before its first lower-case word
_OPENING_NAMES = re.compile(r"(?:[A-Z][\w'’.-]*\s+){2,6}(?=[a-z])")


@dataclass(frozen=True)
class Claimant:
    name: str
    side: str | None
    kind: str  # person | office | state | media | group
    start: int = -1  # offsets in the sentence, -1 when carried over from an earlier one
    end: int = -1


@dataclass
class AttributionContext:
    """What earlier sentences said, for pronouns and "the ministry" / "the report"."""

    claimants: list[Claimant] = field(default_factory=list)
    # the person the sentence before opened with, though it named no speech ("Governor X made
    # no mention of the depot. In his post he wrote …"): whom a "he" of this sentence means
    subject: Claimant | None = None
    # people introduced as a body's spokesperson or commander: whom they speak for
    spoken_for: dict[str, Actor] = field(default_factory=dict)
    # claimants that are a body by the person speaking for it: a later "he" is that person
    voiced: set[tuple[str, int, int]] = field(default_factory=set)

    def remember(self, claimant: Claimant) -> None:
        self.claimants.append(claimant)
        if len(self.claimants) > 64:  # what a pronoun can reach back to; bounded on any page
            del self.claimants[0]

    def last(self, *, person: bool | None = None, head: str | None = None) -> Claimant | None:
        for c in reversed(self.claimants):
            if person is True and c.kind != "person" and \
                    (c.name, c.start, c.end) not in self.voiced:
                continue
            if person is False and c.kind == "person":
                continue
            if head and head not in c.name.lower():
                continue
            return c
        return None

    def note_subject(self, sentence: str) -> None:
        """An institution that opens a sentence without speaking ("Russia's defence ministry
        did not comment …") is still what a following "It said" refers to."""
        # (the whole sentence, whose actors are cached for the other finders: a slice of it
        # would be a key of its own, crowding them out of the cache)
        for mention in find_actors(sentence):
            if mention.start > 4:
                break
            if mention.actor.kind in ("office", "media"):
                self.remember(Claimant(mention.actor.name, mention.actor.side, mention.actor.kind))
                return

    def note_person_subject(self, sentence: str) -> None:
        """Remember the person ``sentence`` opens with (titles and names before its verb), for
        a pronoun in the next sentence; forget the one before."""
        self.subject = None
        sentence = _without_leading_time(sentence)  # "By Tuesday morning the governor"
        sentence = _LEADING_PARTICIPLE.sub("", sentence, count=1)  # "Speaking on TV, …"
        apposed = _TITLE_THEN_APPOSED_NAME.match(sentence) or _TITLE_THEN_NAMED.match(sentence)
        if apposed is not None:  # "the regional governor, Oleh Syniehubov, gave …"
            name = apposed.group("name")
            self.subject = Claimant(name, _side_from_title(apposed.group()), "person")
            return
        m = _OPENING_NAMES.match(sentence)
        if m is None:
            return
        np = m.group().strip()
        named = [a for a in find_actors(np) if a.actor.kind == "person"]
        person = named[0].actor if named else _person_name(np)
        if person is not None:
            self.subject = Claimant(person.name, person.side, "person")

    def person_by_surname(self, np: str) -> Actor | None:
        """"Slyusar" after "Governor Yury Slyusar" was named: the same person."""
        word = np.strip().split()[-1] if np.strip() else ""
        for c in reversed(self.claimants):
            if c.kind == "person" and len(word) > 2 and c.name.split()[-1] == word:
                return Actor(c.name, c.side, "person")
        return None


def find_claimant(sentence: str, context: AttributionContext) -> Claimant | None:
    """The claimant of ``sentence``; earlier claimants resolve pronouns and generic heads."""
    found = _speaker(sentence, context)
    if found is not None and found.kind == "group" and found.start >= 0:
        found = _holder_named(found, sentence, context) or found
    return None if found is None else _body_spoken_for(found, sentence, context)


# an office's holder named beside its title: "the head of the city's military administration,
# Ihor Terekhov", "quoting Ihor Terekhov, the city's military administration head"
_HOLDER_AFTER = re.compile(r"\s*,\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[,.;]|$)")
_HOLDER_BEFORE = re.compile(r"(?P<name>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*,\s*"
                            r"(?:the\s+)?$")
_OFFICE_TITLE = re.compile(r"(?:the\s+)?(?:head|chief|governor|mayor|secretary|director|"
                           r"spokes(?:man|woman|person))\b", re.IGNORECASE)


def _holder_named(title: Claimant, sentence: str,
                  context: AttributionContext) -> Claimant | None:
    """The person a title's office is held by, named right after or before the title: the
    gold credits the person named (GUIDE: the first organisation or person named)."""
    if not _OFFICE_TITLE.match(title.name):
        return None
    m = _HOLDER_AFTER.match(sentence, title.end) or \
        _HOLDER_BEFORE.search(sentence, max(0, title.start - 40), title.start)
    if m is None or find_places(m.group("name")):
        return None  # "…, Kharkiv Oblast": a place, not a holder
    holder = _resolve(m.group("name"), m.start("name"), context, sentence)
    return holder if holder is not None and holder.kind == "person" else None


def _speaker(sentence: str, context: AttributionContext) -> Claimant | None:
    verbs = list(_VERB_AFTER.finditer(sentence))
    for np, start, verb in _candidate_phrases(sentence, verbs, context):
        found = _resolve(np, start, context, sentence)
        if found is not None and verb >= 0 and found.kind not in ("office", "person") and \
                verbs[verb].group().rsplit(None, 1)[-1] in _COUNTING:
            continue
        if found is not None:
            closing = verbs[-1] if verbs and verb < len(verbs) - 1 else None
            if closing is not None and found.start < closing.start():
                return _closing_speaker(sentence, closing, found, context) or \
                    _speaker_of_the_figures(sentence, verbs, verb, found, context) or found
            return found
    return None


# "Air Force spokesman Yurii Ihnat said", "Yurii Ihnat, the air force's spokesman, said", "the
# commander of the Air Force, Mykola Oleshchuk": a spokesperson or commander speaking for a body
# gives the body's figures (the Air Force benchmark of issue 13 counts a figure credited to
# its commander by name as a miss). A governor, a mayor or a minister speaks for himself.
_SPEAKS_FOR = r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|commander|" \
    r"speaking(?=\s+(?:for|on behalf of)\b))"
SPEAKS_FOR_WORD = fast_regex(_SPEAKS_FOR, re.IGNORECASE)
# a rank between the title and the name: "the commander of the Air Force, Lieutenant General X"
_RANK = r"(?:(?:Lieutenant|Lt|Major|Maj|Brigadier|Colonel|Col|General|Gen|Captain|Capt|" \
    r"Admiral|Adm|Vice|Rear|Sergeant|Sgt)\.?\s+)"
_TITLE_BEFORE = re.compile(rf"(?P<title>[\w'’ -]{{0,60}}?\b{_SPEAKS_FOR}(?:\s+(?:of|for)\s+"
                           rf"[\w'’ -]{{0,60}}?)?)\s*,?\s*{_RANK}{{0,3}}$", re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"\s*,\s*(?P<title>[\w'’ -]{{0,60}}?\b{_SPEAKS_FOR}\b"
                          rf"(?:\s+(?:of|for)\s+[\w'’ -]{{0,60}}?)?)\s*(?:,|[.!]?$)", re.IGNORECASE)


def _body_spoken_for(found: Claimant, sentence: str, context: AttributionContext) -> Claimant:
    """The body a person named in ``sentence`` speaks for by their title (here or where the
    report introduced them: "Ihnat added"), else the person."""
    if found.kind != "person":
        return found
    body = context.spoken_for.get(found.name)
    if body is None and found.start >= 0 and SPEAKS_FOR_WORD.search(sentence):
        body = _body_by_title(found, sentence)
        if body is not None:
            context.spoken_for[found.name] = body
    if body is None:
        body = body_voiced_by(found.name)  # "Ihnat said": the Air Force's spokesman, untitled
    if body is None:
        return found
    context.voiced.add((body.name, found.start, found.end))
    return Claimant(body.name, body.side, "office", found.start, found.end)


def _body_by_title(found: Claimant, sentence: str) -> Actor | None:
    """The body whose spokesperson or commander the sentence calls ``found``."""
    first_name = found.name.split()[0]
    name_at = sentence.find(first_name, found.start, found.end)  # the phrase may hold the title
    name_at = found.start if name_at < 0 else name_at
    return body_titled_before(sentence, name_at, found.side) or \
        _body_in(_TITLE_AFTER.match(sentence, found.end), found.side)


_LEADING_RANKS = re.compile(rf"^{_RANK}+")


def without_rank(name: str) -> str:
    """ "Colonel Serhii Bratchuk" -> "Serhii Bratchuk": the person, not the rank."""
    return _LEADING_RANKS.sub("", name)


def body_titled_before(text: str, name_at: int, side: str | None = None) -> Actor | None:
    """The body whose spokesperson or commander ``text`` calls the person named at
    ``name_at`` ("Air Force spokesman Yurii Ihnat", "the commander of Ukraine's Air Force,
    Lieutenant General Mykola Oleshchuk"); ``side``, the person's, names a body the title
    leaves sideless ("Defence Ministry spokesman")."""
    return _body_in(_TITLE_BEFORE.search(text, max(0, name_at - 120), name_at), side)


def _body_in(title: re.Match[str] | None, side: str | None = None) -> Actor | None:
    if title is None:
        return None
    bodies = [a.actor for a in find_actors(title.group("title")) if a.actor.kind == "office"]
    if not bodies and side is not None and _DEFENCE_MINISTRY.search(title.group("title")):
        # "Defence Ministry spokesman Igor Konashenkov": the ministry of the spokesman's side
        bodies = [a.actor for a in find_actors(f"{_SIDE_ADJECTIVE.get(side, '')} Defence Ministry")]
    return bodies[0] if bodies else None


_DEFENCE_MINISTRY = re.compile(r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b",
                               re.IGNORECASE)
_SIDE_ADJECTIVE = {"RU": "Russian", "UA": "Ukrainian"}


def _speaker_of_the_figures(sentence: str, verbs: list[re.Match[str]], verb: int,
                            found: Claimant, context: AttributionContext) -> Claimant | None:
    """ "A refinery burned, the governor said, as Moscow said it had downed 88 drones": two
    speakers, and every figure in the clause of the later one, who gives them."""
    if verb < 0:
        return None
    numbers = find_numbers(sentence[verbs[verb].end():])
    if not numbers:
        return None
    first = verbs[verb].end() + numbers[0].start
    later = None
    for m in verbs[verb + 1:]:
        if m.start() > first:
            break
        np, start = _phrase_before(sentence, m.start())
        if np and start >= verbs[verb].end():
            later = _resolve(np, start, context, sentence) or later
    if later is None or later.name == found.name or later.kind == "media":
        return None
    return later if not find_numbers(sentence[:verbs[verb].end()]) else None


def _same_speaker(pronoun: str, found: Claimant) -> bool:
    """A closing "it said" after a body named in the sentence, "he said" after a person: the
    pronoun is that speaker (not "…, Russia claimed, he said": the governor before)."""
    word = pronoun.lower()
    if found.kind == "person":
        return word in _PRONOUN_PERSON
    return found.kind == "office" and word in _PRONOUN_GROUP


def _closing_speaker(sentence: str, last: re.Match[str], found: Claimant,
                     context: AttributionContext) -> Claimant | None:
    """ "Russia claimed it downed 24 drones, Mayor Sobyanin said on Telegram.": the speaker of
    a closing ", X said" reports all the sentence says, other speakers' claims included. A
    news agency closing it ("…, Reuters reported") only says where the outlet read it."""
    tail = sentence[last.end():]
    if re.match(r"\s+that\b", tail) or find_numbers(tail):
        return None
    np, start = _phrase_before(sentence, last.start())
    if not np or not sentence[:start].rstrip().endswith(","):
        return None
    if _same_speaker(np, found):
        return None  # "…, the Air Force reported; 71 were downed, it said": the one named before
    outer = _resolve(np, start, context, sentence)
    return outer if outer is not None and outer.kind != "media" else None


# A sentence that only names the source of the report around it: "The Air Force reported
# this.", "This was reported by the regional administration.", "According to the ministry."
# ", Ukrinform reports." closing a line: the outlet that passes the source on.
_PASSED_ON = r"(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:reports|reported|writes|says))?[.!]?$"
_SOURCE_ONLY = (
    re.compile(r"^(?:This|That|It|The information|This information|The (?:figures|data|numbers)|"
               r"These (?:figures|data|numbers))\s+(?:was|were|has been|have been|is|are)\s+"
               r"(?:\w+ly\s+)?(?:reported|stated|announced|said|confirmed|posted|published|informed|"
               r"communicated|provided|given|supplied|released|shared)\s+"
               r"(?:by|on the Telegram channel of|in a statement by)\s+"
               rf"(?P<np>[^,;:\"]+?){_PASSED_ON}"),
    re.compile(r"^(?P<np>[^,;:\"]+?)\s+(?:(?:has|have|had)\s+)?(?:reported|said|stated|announced|"
               r"confirmed|wrote|posted)\s+(?:this|that|it)(?:\s+(?:on|in|via)\s+[^,;:\"]{1,40})?"
               rf"{_PASSED_ON}"),
    re.compile(r"^(?:(?:This|That|It)(?:\s+is|\s+was|'s)\s+)?(?:(?i:according to)|As reported by|"
               r"Reported by|Sources?:|(?:Information|Data) (?:of|from|by)|"
               # "Information of Air Forces of AFU.": translated copy's credit
               r"(?:Based|Drawn|Compiled) (?:on|from) (?:the )?(?:\w+ )?"
               r"(?:data|figures|numbers|reports?|statements?|statistics) (?:from|of|by))\s+"
               rf"(?P<np>[^,;:\"]+?){_PASSED_ON}"),
    # a credit line closing a newsletter's item: "Per: Ukraine's Air Force, 8:30 a.m. post.",
    # "Data: the Air Force (morning update)."; what follows the comma says when or where
    re.compile(r"^\(?" + _CREDIT_WORD +
               r"(?P<np>[^,;:\"()]+?)(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^;\"()\n]{1,40}?)?"
               r"(?:\s*\([^()\n]{1,40}\))?[.!)]?$"),  # "…, morning post (as of 09:00)."
    re.compile(r"^(?:The|These|Those|All|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:figures|numbers|data|"
               r"statistics)\s+(?:(?:come|came|are|were)\s+(?:from|those of|provided by)|"
               r"(?:are|were)\s+(?:taken|drawn|sourced)\s+from)\s+"
               rf"(?P<np>[^,;:\"]+?){_PASSED_ON}"),
    # the verb before its subject, as agency copy translated word for word writes it ("Informs
    # Air Forces of AFU.", "About this reported the regional administration.")
    re.compile(r"^(?:(?:About|Of) (?:this|it)\s+|This\s+|Such\s+|So\s+|Thus\s+)?"
               r"(?:Informs|Informed|informs|informed|"
               r"Reports|Reported|reports|reported|Communicates|Communicated|communicates|"
               r"communicated|Announces|Announced|announced|Says|Said|said|Writes|wrote)\s+"
               r"(?P<np>(?:the\s+)?(?:[a-z]+\s+){0,4}[A-Z][^,;:\"(]*?)"
               # "… of Ukraine (PS ZSU) in Telegram.": the body's initials, then where it posted
               r"(?:\s*\([A-Z][A-Za-z]{0,5}(?:\s[A-Z][A-Za-z]{0,5})?\))?"
               r"(?:\s+(?:in|on|via)\s+(?:its\s+|the\s+)?(?:Telegram|Facebook)(?:\s+channel)?)?[.!]?$"),
)


# A sentence that announces the figures to follow and names whose they are: "The Air Force has
# published its overnight tally.", "The ministry released its daily figures on Monday.",
# "Fresh figures from the Air Force." It opens the report after it (not the one before).
_FIGURES = r"(?:figures|numbers|tally|count|data|statistics|update|summary|bulletin|toll)"
_FIGURES_WORD = fast_regex(rf"\b{_FIGURES}\b", re.IGNORECASE)
_OPENING_ONLY = (
    re.compile(r"^(?P<np>[^,;:\"]+?)\s+(?:(?:has|have|had)\s+(?:just\s+)?)?(?:published|released|"
               r"issued|updated|posted|shared|given|gave|put out|brought out|listed|provided|"
               # "has corrected its figures": the corrected ones follow
               r"presented|set out|detailed|corrected|revised|amended)\s+"
               r"(?:its|their|his|her|the|some|new|fresh|these|the following)\s+"
               r"(?:[\w'’-]+\s+){0,3}?"
               rf"{_FIGURES}\b[^,;:\"]{{0,40}}[.:!]?$"),
    re.compile(r"^(?:(?:the|some)\s+)?(?:(?:fresh|new|latest|updated|first|official|overnight|"
               r"morning|daily)\s+)*(?:figures|numbers|tally|data|statistics|update)\s+"
               r"(?:from|by|of)\s+(?P<np>[^,;:\"]+?)[.:!]?$", re.IGNORECASE),
    # "These figures below are from the Air Force's summary, posted at 8 a.m.", "The numbers
    # that follow come from the ministry": whose the figures after it are
    re.compile(r"^(?:The|These)\s+(?:[\w-]+\s+){0,2}?" + _FIGURES +
               r"\s+(?:below|that follow|which follow|here)\s+(?:are|were|come|came)\s+"
               r"(?:from|those of)\s+(?P<np>[^,;:\"]+?)(?:,[^;:\"]{0,40})?[.:!]?$"),
)


# "We publish the statement of DTEK in full.", "Below is the full text of the ministry's
# statement:", "We reprint the governor's post:": the outlet hands over to a text that follows
_REPRINTED = re.compile(
    r"^(?:(?:We|Below,?\s+we|Here\s+we)\s+(?:publish|reprint|print|quote|carry|reproduce|give|"
    r"post)\s+|(?:Below|Here)\s+(?:is|are)\s+)"
    # "We publish below, unedited, the morning press release of …": how it is handed over
    r"(?:(?:below|here|unedited|verbatim|in\s+full|without\s+changes|as\s+received),?\s+)*"
    r"(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?"
    r"(?:(?:the\s+)?(?:(?:morning|evening|daily|latest|official|full)\s+)?"
    r"(?:statement|post|message|address|report|press\s+release)\s+(?:of|by|from)\s+"
    r"(?P<np>[^,;:\"]+?)|(?P<owner>[^,;:\"]+?)['’]s?\s+(?:full\s+)?(?:statement|post|message|"
    r"address|report|press\s+release))(?:\s+in\s+full)?\s*[.:]?$")


# "The press service of the Air Force published this morning the following information.": a
# body handing over to what follows, whatever it calls it
_THE_FOLLOWING = re.compile(
    r"^(?P<np>[^,;:\"]+?)\s+(?:(?:has|have|had)\s+)?(?:published|released|issued|posted|shared|"
    r"gave|sent|put\s+out|distributed)\s+(?:[\w'’:.-]+\s+){0,3}?the\s+following\b[^;:\"]{0,60}"
    r"[.:]?$")


# "Governor X informed about the situation in the region over the past day.": an official's
# account of the day, told in the paragraphs after it (translated regional copy)
_INFORMED_ABOUT = re.compile(
    r"^(?P<np>[^,;:\"]+?)\s+(?:(?:has|have|had)\s+)?(?:informed|reported|told|spoke|wrote)\s+"
    r"(?:\w+\s+)?about\s+(?:the\s+)?(?:situation|consequences|aftermath|results|events|"
    r"night|day)\b[^;:\"]{0,80}[.:]?$")


def opening_line(sentence: str, context: AttributionContext) -> Claimant | None:
    """The source, when ``sentence`` only announces that source's figures, which follow it."""
    if len(sentence) > 160:
        return None
    reprinted = _REPRINTED.match(sentence.strip()) or _THE_FOLLOWING.match(sentence.strip()) \
        or _INFORMED_ABOUT.match(sentence.strip())
    if reprinted is not None:
        group = "np" if reprinted.group("np") else "owner"
        claimant = _resolve(reprinted.group(group), reprinted.start(group), context,
                            sentence.strip())
        return claimant if claimant is not None and claimant.kind != "media" else None
    if not _FIGURES_WORD.search(sentence):
        return None
    text = _without_leading_time(_TIME_STAMP.sub("", sentence.strip()))
    if len(text) > 120:
        return None
    for pattern in _OPENING_ONLY:
        m = pattern.match(text)
        if m is not None and not _NEGATED.search(m.group("np")):
            claimant = _resolve(m.group("np"), m.start("np"), context, text)
            return claimant if claimant is not None and claimant.kind != "media" else None
    return None


# "The Air Force has not yet published its tally": no figures announced.
_NEGATED = re.compile(r"\b(?:not|never|yet|no longer)\b|n['’]t\b", re.IGNORECASE)
_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[-–—|]\s*)?")


def source_line(sentence: str, context: AttributionContext) -> Claimant | None:
    """The source, when ``sentence`` does nothing but name it; a news agency is not one (a
    "Source: Reuters" line names the outlet's own source, not a claimant)."""
    text = sentence.strip()
    if len(text) > 160:
        return None
    credit = _CREDITED_SPOKESPERSON.match(text)
    if credit is not None and (body := _spoken_for_in(credit.group("np"))) is not None:
        return Claimant(body.name, body.side, body.kind, credit.start("np"), credit.end("np"))
    if len(text) > 120:
        return None
    for pattern in _SOURCE_ONLY:
        m = pattern.match(text)
        if m is not None:
            claimant = _resolve(m.group("np"), m.start("np"), context, text)
            return claimant if claimant is not None and claimant.kind != "media" else None
    return None


# "Per: Lieutenant General X, commander of Ukraine's Air Force, statement of 4 August.": a
# credit line naming a spokesperson or commander by the body's title (GUIDE: a line that only
# names the source), whatever follows the title
_CREDITED_SPOKESPERSON = re.compile(r"^\(?" + _CREDIT_WORD + r"(?P<np>[^;:\"()\n]{3,140}?)[.!)]?$")


def _spoken_for_in(np: str) -> Claimant | None:
    """The body whose spokesperson or commander a credit names ("Colonel Yurii Ihnat, Air Force
    spokesman", "Air Force spokesman Yurii Ihnat, morning briefing"); None for a credit naming
    no such title."""
    if not SPEAKS_FOR_WORD.search(np):
        return None
    body = _body_in(_TITLE_AFTER.search(np))
    if body is not None:
        return Claimant(body.name, body.side, body.kind)
    head = np.split(",")[0]  # what follows the name's comma says when or where
    spoken = find_claimant(f"{head} said.", AttributionContext()) \
        if SPEAKS_FOR_WORD.search(head) else None
    return spoken if spoken is not None and spoken.kind == "office" else None


def source_named_in(np: str) -> Claimant | None:
    """The source a "Source: …" line names (no agency, as for ``source_line``); of several
    ("Source: the regional prosecutor's office; the city administration"), the first body
    named (GUIDE: the first of those who give a figure together)."""
    body = _spoken_for_in(np)
    if body is not None:  # "Source: Yurii Ihnat, spokesman for the Air Force": the body
        return body
    for part in re.split(r"\s*[;,|/]\s*", np):
        claimant = _resolve(part, 0, AttributionContext(), part) if part else None
        if claimant is not None and claimant.kind != "media":
            return claimant
    return None


def _candidate_phrases(sentence: str, verbs: list[re.Match[str]],
                       context: AttributionContext) -> Iterator[tuple[str, int, int]]:
    """(phrase, offset, index of its speech verb or -1) of each phrase that may name the
    speaker, in the order they are tried; lazily, as the first that resolves wins."""
    if _RELAY_VERB.search(sentence):  # cheap test first
        for m in _RELAYED.finditer(sentence):
            group = next(g for g in ("own", "from", "quoted") if m.group(g) is not None)
            name = _NAME_APPOSED.match(sentence, m.end(group))
            if name is not None:  # "quotes the head of the city administration, Name:"
                yield name.group("name"), name.start("name"), -1
            yield m.group(group), m.start(group), -1
    if "ike " in sentence:
        for m in _LIKE_SAYS.finditer(sentence):
            yield m.group("np"), m.start("np"), -1
    for m in _ACCORDING.finditer(sentence):
        name = _APPOSED_NAME.match(sentence, m.end("np")) if m.group().startswith(
            ("citing", "Citing")) else None
        if name is not None:  # "Citing the governor of the region, Name, it reports …"
            yield name.group("name"), name.start("name"), -1
        yield m.group("np"), m.start("np"), -1
    for m in _BY_AGENT.finditer(sentence):
        group = "np" if m.group("np") is not None else "np2"
        yield m.group(group), m.start(group), -1
    for m in _BY_COUNT.finditer(sentence):
        yield m.group("np"), m.start("np"), -1
    if "(" in sentence:
        for m in _GLOSSED_SPEAKER.finditer(sentence):
            yield m.group("np"), m.start("np"), -1
    that_count = _BY_THAT_COUNT.match(sentence)
    if that_count is not None and that_count.start("np") > 0:  # "By that count, …"
        yield that_count.group("np"), that_count.start("np"), -1
    if _SHOW_VERB.search(sentence):  # cheap test first: the phrase pattern is slow to try
        for m in _RECORD_SHOWS.finditer(sentence):
            if m.group("np")[0].islower() and not find_actors(m.group("np")):
                continue  # ", the ministry's data showed": which ministry, not said
            yield m.group("np"), m.start("np"), -1
    for i, m in enumerate(verbs):
        if sentence[:m.start()].rstrip().endswith((",", '"', "”", "—", "–", " -")) and \
                not _OBJECT_VERB.search(m.group()):
            # ", said CEO Sergii Koretskyi": the speaker follows the verb
            m2 = _INVERTED.search(sentence, max(0, m.start() - 3))
            if m2 is not None and m2.start() < m.end() and not _A_CLAUSE.search(m2.group("np")):
                name = _APPOSED_NAME.match(sentence, m2.end("np")) or \
                    _TITLE_THEN_NAME.search(m2.group("np"))
                if name is not None:  # ", reports the head of the … administration Name"
                    yield name.group("name"), m2.start("np") + name.start("name") \
                        if name.re is _TITLE_THEN_NAME else name.start("name"), i
                if not (_INFORM_VERB.search(m.group()) and _is_media(m2.group("np"))):
                    yield m2.group("np"), m2.start("np"), i
        np, start = _phrase_before(sentence, m.start())
        if np:
            yield np, start, i
    for m in _THAT_CLAUSE.finditer(sentence) if "that" in sentence else ():  # cheap test first
        np, start = _phrase_before(sentence, m.start())
        if np:
            yield np, start, -1
    if any(verb in sentence for verb in _SHOWS_WORDS):  # cheap test first: slow patterns
        for pattern in (_DATA_FROM, _STATEMENT_READ):
            for m in pattern.finditer(sentence):
                yield m.group("np"), m.start("np"), -1
    if " by " in sentence:  # "The figures, released by the Air Force, …"
        for m in _RELEASED_BY.finditer(sentence):
            yield m.group("np"), m.start("np"), -1
    credit_label = _CREDIT_LABEL.match(sentence) if ":" in sentence else None
    if credit_label is not None:  # "Data: Air Force - 64 drones launched; …"
        yield credit_label.group("np"), credit_label.start("np"), -1
    label = _LABEL.match(sentence)
    if label is not None and _names_a_speaker(label.group("np")):
        yield label.group("np"), label.start("np"), -1
    elif label is not None and (surname := _surname_label(label.group("np"), context)):
        yield surname, label.start("np"), -1
    if " so " in sentence:
        for m in _SO_SAYS.finditer(sentence):
            if _only_a_speaker(m.group("np"), context):
                yield m.group("np"), m.start("np"), -1
    if ":" in sentence and (lead := _APPOSED_LEAD.match(sentence)) is not None:
        yield lead.group("np"), lead.start("np"), -1
    credit = _CREDIT_AFTER.search(sentence)
    if credit is not None and _credits_a_speaker(credit.group("np")):
        yield credit.group("np"), credit.start("np"), -1


# "Russia launched 143 drones - so the Ukrainian air force on Friday - of which 119 …":
# translated copy's "so X" (German "so die Luftwaffe", "as X says"), set off by dashes or commas
_SO_SAYS = re.compile(r"(?:^|[-–—,(]\s*)so\s+(?P<np>(?:the\s+)?[A-Za-z][^,.;:“”\"()–—-]{2,60}?)"
                      r"\s*(?:[-–—,;)]|\.?$)")
_WHEN_SAID = re.compile(r"\s*(?:(?:on|in|at|this|last|early|late|via)\b[^,;]{0,30})?$",
                        re.IGNORECASE)


def _only_a_speaker(np: str, context: AttributionContext) -> bool:
    """ "the Ukrainian air force on Friday morning": a speaker the actor table knows and at
    most when or where it spoke; not a clause ("so the Air Force must replenish its
    stocks")."""
    named = find_actors(np)
    return bool(named) and named[-1].actor.kind in ("office", "person") and \
        _WHEN_SAID.match(np, named[-1].end) is not None and \
        _resolve(np, 0, context, np) is not None


# "Yurii Ihnat, the air force spokesman, went on air at nine and gave the numbers: …": a lead-in
# whose subject is a name and its title, giving the figures after the colon
_APPOSED_LEAD = re.compile(r"(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+[^,:;\"]{3,60},\s+"
                           r"[^:;\"]{0,120}?\b(?:gave|offered|shared|read out|released|posted|"
                           r"published|listed|provided|presented|went through|laid out|"
                           r"summed up)\b[^:;\".]{0,40}:\s")
# "…, data from the Ukrainian Air Force showed": the body whose data they are
_DATA_FROM = re.compile(r"(?:^|,\s+)(?:(?:the|its)\s+)?(?:latest\s+|official\s+|daily\s+)?"
                        r"(?:data|figures|statistics|numbers)\s+(?:from|by|of|released by|"
                        r"published by)\s+(?P<np>[^,.;:“”\"()]{2,60}?)\s+(?:showed|shows|show|"
                        r"indicated|indicates|suggest|suggested)\b", re.IGNORECASE)
# "The figures, released by Ukraine's air force on Sunday, showed …": whose figures they are
_RELEASED_BY = re.compile(r"\b(?:data|figures|numbers|statistics|tally|count|report|update)\s*,\s+"
                          r"(?:released|published|issued|posted|provided|compiled)\s+by\s+"
                          r"(?P<np>[^,.;:“”\"()]{2,60})", re.IGNORECASE)
# "…, the air force's statement read.": the body whose statement it is
_STATEMENT_READ = re.compile(r"(?:^|,\s+)(?P<np>(?:[Tt]he\s+)?[^,.;:“”\"()]{1,50}?['’]s\s+"
                             r"(?:own\s+|latest\s+|daily\s+|official\s+|morning\s+)?"
                             r"(?:statement|report|update|summary|bulletin|post))\s+(?:read|reads)\b")
_SHOWS_WORDS = ("show", "indicat", "suggest", "read")
# "• Russia launched 112 drones overnight (Air Force).", "… hit a warehouse (Syniehubov)": a
# digest's item credits its source in brackets at its end
_CREDIT_AFTER = re.compile(r"\((?:(?:source|via|per|according to)\s*:?\s*)?"
                           r"(?P<np>[A-Z][^()\d]{1,50})\)\s*[.;]?\s*$", re.IGNORECASE)


def _credits_a_speaker(np: str) -> bool:
    """A body or a person ("Air Force", "MoD", "Gov. Syniehubov"), or a surname alone; not a
    place ("(Kharkiv region)"), an agency ("(Reuters)") or an acronym of a weapon."""
    named = _first_named(np)
    if named is not None:
        return named.actor.kind in ("person", "office")
    words = np.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and not find_places(np) \
        and not find_actors(np) and not find_weapons(np) and \
        words[-1].lower() not in _speaker_words("title")


# "Slyusar updates: …", "Kiper adds: …": a live blog's label, a surname and a verb of posting
_LABEL_VERB = re.compile(r"\s+(?:updates|adds|says|writes|reports|posts|confirms|continues|"
                         r"clarifies|corrects)$")


def _surname_label(np: str, context: AttributionContext) -> str | None:
    """ "Slyusar: …", "Slyusar updates: …" after "Governor Yuri Slyusar" was named: the surname,
    where the report has given it in full before."""
    surname = _LABEL_VERB.sub("", np.strip())
    if " " in surname or not surname[:1].isupper() or context.person_by_surname(surname) is None:
        return None
    return surname


def _names_a_speaker(np: str) -> bool:
    """ "Ukraine's Air Force: …" names a body or a person ("The Air Force's count: …" too, by
    its record); "Quote: …", "KYIV: …" do not."""
    named = _first_named(_medium().sub("", np))
    return named is not None and named.actor.kind in ("person", "office")


def _phrase_before(sentence: str, verb_start: int) -> tuple[str, int]:
    """The noun phrase that ends where the verb starts: back to a clause boundary.

    Walks back over comma-separated chunks, skipping appositives that are clauses ("who is …",
    "bordering Ukraine"), so "the governor of Bryansk region, bordering Ukraine, said" gives
    the governor.
    """
    # "Ukraine's Air Force (PS ZSU) said": an acronym in brackets is blanked, offsets kept
    head = re.sub(r"\([^()]{1,40}\)", lambda m: " " * len(m.group()), sentence[:verb_start])
    head = head.rstrip()
    chunks = re.split(r"(?<=[,;“”\"(])\s*|(?<=(?<!\d):)\s*|\s+[–—-]\s+", head)
    pos = len(head)
    for i in range(len(chunks) - 1, -1, -1):
        chunk = chunks[i]
        pos -= len(chunk)
        text = chunk.strip(" ,;:“”\"()")
        if i > 0 and _APPOSITIVE_TITLE.match(text) and _apposed_to_title(chunks[i - 1], text):
            # "Olga Stefanishyna, the ambassador to the US, said": the name, not the title
            name = chunks[i - 1].strip(" ,")
            return name, max(0, head.find(name))
        if not text:
            continue
        first = text.split()[0].lower()
        participle = first.endswith("ing") and first not in _speaker_words("title")
        # "the ministry, for its part, said", "its first report, posted at 07:15, said"
        aside = i > 0 and (first in _ASIDES or first in _CAME_OUT) and chunk.rstrip().endswith(",")
        if first in ("who", "which", "where") or participle or aside:
            continue  # "the air force, in a statement on Telegram, said": an aside
        text = _CLAUSE_OPENERS.sub("", text)
        adverbial = _ADVERBIAL_THEN_PRONOUN.match(text)
        # "In his morning post he wrote": the pronoun speaks
        text = adverbial.group("pronoun") if adverbial else _LEADING_TIME.sub("", text)
        # keep the tail of a long chunk: "… in western Russia, regional governors said"
        words = text.split()
        if len(words) > 8:  # "A post shared thousands of times on X and Telegram says": where
            text = _SAID_WHERE.sub("", text) or text  # it was said is no part of who said it
            words = text.split()
        if len(words) > 8 and words[-1].lower() == "and":
            # "the ministry rejected the charge on Friday and said": the subject of both verbs
            # opens the chunk
            text = " ".join(words[:8])
        elif len(words) > 8:
            text = " ".join(words[-8:])
        return text, max(0, head.find(text, max(0, pos - 2)))
    return "", -1


def _apposed_to_title(before: str, title: str) -> bool:
    """ "Olga Stefanishyna, the ambassador, said": the chunk before the title is the name it
    stands beside. Not a place or a time that opens the sentence ("In Dnipro, the head of the
    administration Serhii Lysak said", "On Monday, the mayor said"), nor where the title
    carries its own name."""
    name = before.strip(" ,")
    if not _NAME.match(name) or name.split()[0].lower() in _ASIDES or find_places(name):
        return False
    if any(a.actor.kind == "person" for a in find_actors(name)):
        return True
    return _TITLE_THEN_NAME.search(title) is None


# "the head of the regional administration Serhii Lysak": a title that ends in its holder's
# name (after a common noun, not "of"/"for": "the head of the Center for Countering
# Disinformation" ends in the body's name).
_TITLE_THEN_NAME = re.compile(
    r"(?:^|\s)(?!(?:of|for|the|and|in|on|at|to|from|with|by)\s)[a-z][\w'’-]*\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")


def _is_media(np: str) -> bool:
    """ "Ukrinform", "the agency": a news outlet, named or not."""
    named = _first_named(np)
    return named.actor.kind == "media" if named is not None else \
        np.split()[-1].lower() in ("agency", "outlet", "newspaper", "channel")


def _resolve(np: str, start: int, context: AttributionContext, sentence: str) -> Claimant | None:
    np = _SAID_WHERE.sub("", np.strip(" ,;:“”\"’'•▪·*–—-"))  # a bullet is no part of it
    if _DAYS_MEDIUM.match(np):  # "Today's post says": the body whose post it is, named before
        return context.last()
    np = _medium().sub("", np).strip(" ,;:“”\"’'")
    inside = _SOURCE_INSIDE.match(np)
    if inside is not None and find_actors(np[inside.end():]):
        # "a source in Ukraine's Security Service": the body the source speaks from
        start, np = start + inside.end(), np[inside.end():]
    low = np.lower()
    end = start + len(np)
    if low in _PRONOUN_PERSON:
        return context.subject or context.last(person=True)
    if low in _PRONOUN_GROUP:
        return context.last(person=False) or context.last()
    if _BY_THAT_COUNT.fullmatch(np):  # "By that count": the count of the body named before
        return context.last(person=False)
    channel = _NAMED_CHANNEL.search(np)
    if channel is not None:  # "the Telegram channel Baza": the channel speaks, by its name
        return Claimant(channel.group("name"), None, "media", start, end)
    if _ONLINE_POST.match(np):  # "a post shared thousands of times on X says …"
        return Claimant("social media post", None, "group", start, end)
    if len(np.split()) > 9 and (whole := _one_actor(np)) is not None:
        # "the Air Force Command of the Armed Forces of Ukraine": a long official name
        return Claimant(whole.name, whole.side, whole.kind, start, end)
    if _REFERRED_MEDIUM.match(low):
        # "the statement added", "its daily update said", "the post said": the body whose
        # text it is, named before
        return context.last()
    if not np or len(np.split()) > 9 or np[0].islower() and not _has_actor_or_title(np) \
            and not _the_body(np) and not _OFFICE_OF_PLACE.match(np):
        return _holder_of_long_title(np, start)
    office = _OFFICE_OF_PLACE.match(np)
    if office is not None and not find_actors(np) and find_places(office.group("place")):
        # "the city administration of Chuhuiv": the Chuhuiv city administration
        name = f"{office.group('place')} {office.group('office')}"
        return Claimant(name, _side_of(np), "group", start, end)
    if _COMPARED.search(np):  # "two more than the ministry counted": not who speaks
        return None
    in_capital = _BODY_IN_CAPITAL.fullmatch(np)
    if in_capital is not None:  # "the Defence Ministry in Moscow": Russia's defence ministry
        state = "Russia's" if in_capital.group("capital") == "Moscow" else "Ukraine's"
        words = in_capital.group("body")
        body = actor_named(f"{state} {words}") or actor_named(f"{state} {words.title()}")
        if body is not None and body.kind == "office":
            return Claimant(body.name, body.side, body.kind, start, end)
    named = _first_named(np)
    if named is not None:
        if named.actor.kind == "office" and SPEAKS_FOR_WORD.search(np):
            # "the commander of the Air Force said": a later "he" is the commander, the body
            context.voiced.add((named.actor.name, start, end))
        return Claimant(named.actor.name, named.actor.side, named.actor.kind, start, end)
    person = _person_name(np) or context.person_by_surname(np)
    if person is not None:
        return Claimant(person.name, person.side, "person", start, end)
    bare = _DETERMINERS.sub("", np)
    for generic in sorted(_speaker_words("refer")):
        if bare.lower() in (generic, f"{generic}s") or bare.lower().endswith(" " + generic):
            earlier = context.last(head=generic.split()[-1])
            if earlier is not None and _refers_back(np, bare, generic, earlier):
                return earlier
            if bare.lower() in _ANY_BODY and re.match(r"(?:the|this|that)\s", np, re.I):
                # "the department" (agency copy's word for the ministry named before), "the
                # military said" after the Air Force's figures: the military body named before
                before = context.last(person=False)
                kind = _ANY_BODY[bare.lower()]
                if before is not None and before.kind == "office" and (
                        kind is None or kind.search(before.name)):
                    return before
            if generic in _PERSON_TITLES and bare.lower() == generic and \
                    re.match(r"the\s", np, re.IGNORECASE):
                # "According to the governor": the official named before by name
                named_before = context.subject or context.last(person=True)
                if named_before is not None:
                    return named_before
            break
    if not _looks_like_claimant(bare):
        head = _head_before_modifiers(bare)  # "the officials responsible for civil defence"
        return Claimant(head, _side_of(head), "group", start, end) if head else None
    return Claimant(bare, _side_of(np), "group", start, end)


def _one_actor(np: str) -> Actor | None:
    """The actor ``np`` names whole, past a determiner."""
    named = find_actors(np)
    if len(named) == 1 and named[0].end == len(np) and \
            re.fullmatch(r"(?:(?i:the)\s+)?", np[:named[0].start]):
        return named[0].actor
    return None


# "the Defence Ministry in Moscow", "the foreign ministry in Kyiv": a body by its capital
_BODY_IN_CAPITAL = re.compile(r"(?:(?i:the)\s+)?(?P<body>[\w ]{3,40}?)\s+in\s+"
                              r"(?P<capital>Moscow|Kyiv|Kiev)")
# Words agency copy uses for whatever body it named before ("ведомство": the department)
_MILITARY_BODY = re.compile(r"Air Force|General Staff|Navy|Ministry of Defence|Armed Forces|"
                            r"Command|Forces", re.IGNORECASE)
_ANY_BODY: dict[str, re.Pattern[str] | None] = {
    "department": None, "departments": None, "military": _MILITARY_BODY}


# "the city administration of Chuhuiv", "the regional council of Sumy": a body of a place
_OFFICE_OF_PLACE = re.compile(
    r"(?:the\s+)?(?P<office>(?:(?:city|town|village|district|regional|oblast|municipal|local|"
    r"military)\s+){0,2}(?:administration|council|headquarters|police|prosecutor's office))\s+"
    r"(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$", re.IGNORECASE)


_TITLE_OR_OFFICE = re.compile(r"\b(?:head|chief|governor|mayor|director|spokes\w+|commander|"
                              r"secretary|administration|council|ministry|service)\b",
                              re.IGNORECASE)


def _holder_of_long_title(np: str, start: int) -> Claimant | None:
    """ "the head of the Nikopol district military administration Yevhen Yevtushenko": a title
    too long to read as a phrase, ended by its holder's name: the holder."""
    if not np or not _TITLE_OR_OFFICE.search(np):
        return None
    m = _TITLE_THEN_NAME.search(np)
    if m is None or _CALENDAR.search(m.group("name")):
        return None
    offset = start + m.start("name")
    return Claimant(m.group("name"), _side_from_title(np), "person", offset,
                    offset + len(m.group("name")))


def _the_body(np: str) -> bool:
    """ "the Krasnodar Krai operational headquarters", "the Odesa city council": "the", a place
    or a name, an office's head noun (not "the Slovak government": a state, named as such)."""
    words = np.split()
    return len(words) >= 3 and words[0].lower() == "the" and words[1][:1].isupper() and \
        words[-1].lower() in _OFFICE_HEADS


_OFFICE_HEADS = frozenset({"headquarters", "administration", "council", "service", "command",
                           "directorate", "department", "committee", "inspectorate"})


_COMPARED = re.compile(r"\b(?:more|fewer|less|higher|lower|greater|other)\s+than\b", re.IGNORECASE)


def _head_before_modifiers(bare: str) -> str | None:
    """ "Odesa officials responsible for civil defence": the phrase up to its head noun, when
    what follows the head is a modifier ("responsible for …", "in charge of …")."""
    words = bare.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() in _speaker_words("head") and words[i + 1].islower() and \
                words[i + 1] not in _speaker_words("head"):  # "defence ministry": one head
            return " ".join(words[:i + 1])
    return None


# "the air force's spokesman", "the General Staff's press service": a body's voice, unnamed,
# speaks for the body (a name after it is the person's: "… spokesman Yurii Ihnat")
_VOICE_OF_IT = re.compile(r"['’]s\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|"
                          r"person)|press\s+(?:secretary|officer|service|office)|commander)",
                          re.IGNORECASE)


def _first_named(np: str) -> ActorMention | None:
    """The first person or body named: "the emergency service and the governor" give the
    service (the GUIDE's ruling), but a body that only qualifies a person's title gives the
    person ("Kremlin spokesman Dmitry Peskov")."""
    named = [a for a in find_actors(np)
             if (not _possessive(np, a.end) or _VOICE_OF_IT.fullmatch(np, a.end))
             and a.actor.kind in ("person", "office", "media")]
    if not named:
        return None
    first = named[0]
    for later in named[1:]:
        between = np[first.end:later.start].replace("'s", " ").split()
        if later.actor.kind == "person" and all(
                w.lower() in _speaker_words("title") for w in between):
            return later
    return first


def _side_of(np: str) -> str | None:
    """The side of a group: its state ("Ukrainian rescuers"), else its place ("the Kharkiv
    regional administration")."""
    states = [a for a in find_actors(np) if a.actor.kind in ("state", "capital")]
    if states:
        return states[0].actor.side
    places = [p.place.country for p in find_places(np) if p.place.country]
    return places[0] if places else None


def _refers_back(np: str, bare: str, generic: str, earlier: Claimant) -> bool:
    """ "the ministry", "the defence ministry" refer back to the Russian Ministry of Defence
    named before; "regional authorities" (no article) and "the regional authorities" (another
    qualifier) do not refer back to "local authorities"."""
    if not re.match(r"(?:the|this|that|its)\s", np, re.IGNORECASE):
        return False
    qualifiers = bare.lower().replace("defense", "defence").split()[:-len(generic.split())]
    name = earlier.name.lower().replace("defense", "defence")
    return all(re.sub(r"'s$", "", q) in name for q in qualifiers)


def _possessive(text: str, end: int) -> bool:
    """ "the Air Force's", and a plural's "the Armed Forces' Air Force" """
    return text[end:end + 2] in ("'s", "’s") or \
        text[end - 1:end] == "s" and text[end:end + 1] in ("'", "’") and \
        text[end + 1:end + 2] in (" ", "")


def _person_name(np: str) -> Actor | None:
    """A capitalised name after any titles: "acting Rostov Governor Yury Slyusar"."""
    words = np.replace("’s", "").replace("'s", "").split()
    # drop leading title words and capitalised places/offices before the name
    while len(words) > 2 and (words[0].lower().strip(".,") in _speaker_words("title")
                              or not words[0][:1].isupper()):
        words = words[1:]
    candidate = " ".join(words[-3:]) if len(words) >= 2 else ""
    tail2 = " ".join(words[-2:])
    for text in (tail2, candidate):
        if _CALENDAR.search(text):
            continue  # "By Tuesday", "Since March": a time, not a name
        if text and _NAME.match(text) and not _has_actor(text) and not any(
                w.lower() in _speaker_words("title") or w.lower() in _speaker_words("head")
                for w in text.split()):
            return Actor(text, _side_from_title(np), "person")
    return None


_CALENDAR = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                       r"February|March|April|June|July|August|September|October|November|"
                       r"December)\b")


def _side_from_title(np: str) -> str | None:
    """ "Lipetsk Governor Igor Artamonov": the side of the place the official governs."""
    actors = find_actors(np)
    if actors:
        return actors[0].actor.side
    places = [p.place.country for p in find_places(np) if p.place.country]
    return places[0] if places else None


def _has_actor(text: str) -> bool:
    return bool(find_actors(text))


def _has_actor_or_title(np: str) -> bool:
    words = [w.lower() for w in np.split()]
    return _has_actor(np) or any(w in _speaker_words("title") for w in words[:3]) or \
        any(" ".join(words[-len(g.split()):]) == g for g in _speaker_words("refer")) or \
        len(words) <= 2 and words[-1] in _SERVICES


# services that speak as a body without a name: "police said", "the rescuers said"
_SERVICES = frozenset({"police", "rescuers", "prosecutors"})


_OFFICE_OF = re.compile(r"^(?:the\s+)?(?:acting\s+|local\s+|regional\s+)?"
                        r"(?:governor|mayor|head|officials|"
                        r"chief|spokes\w+|minister|ministry|commander|administrator|"
                        r"administration|authorities)\s+(?:of|for|in)\s+", re.IGNORECASE)


def _looks_like_claimant(bare: str) -> bool:
    if _OFFICE_OF.match(bare):  # "the governor of Russia's Oryol region"
        return True
    words = bare.split()
    if not words or len(words) > 6:
        return False
    last = words[-1].lower().strip(".,")
    # "Russia's air defence claims …": the air-defence forces of a side speak as a group
    air_defence = len(words) > 1 and words[-2].lower() == "air" and last.startswith("defen")
    return last in _speaker_words("head") or air_defence or actor_named(bare) is not None
