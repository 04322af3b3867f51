"""What the words of a truce mention say, read without the parse: the mention itself, its
scope, its length or period, the conditions stated with it, a broker named beside it.

The scopes are ``lexicon/truce_scopes.tsv`` (GUIDE: a local or humanitarian pause is ``other``;
a truce on strikes on power plants ``energy_infrastructure``).
"""
from __future__ import annotations

import re
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.read.actors import find_actors
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.lexicon_match import CaseFolded, fast_regex
from ceasefire.read.numbers import parse_number

BELLIGERENTS = {"RU", "UA"}
# A truce named by its noun, by what it halts ("a pause in strikes on power plants", "a halt on
# some sections of the front", "an agreement to limit attacks on energy sites"), or by its kind
# ("a humanitarian pause")
TRUCE = CaseFolded(
    r"\b(?:cease-?fires?|truces?|moratorium|armistice|"
    r"(?:halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|lulls?|cessation|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|"
    r"suspen(?:sion|ds?|ded|ding)|ceas(?:e|es|ed|ing))\s+(?:to|of|on|in|along)?\s*"
    r"(?:the\s+|all\s+|some\s+|its\s+|their\s+)?(?:[\w-]+,?\s+){0,4}?"
    r"(?:attacks|strikes|hostilities|fighting|bombing|shelling|airstrikes|front|front line|"
    r"(?:military|combat)\s+operations|fire|firing)|"
    # "would cease fire", "a pause of 32 hours", "a 72-hour pause": a halt that is the truce
    r"ceas(?:e|es|ed|ing)\s+fir(?:e|ing)|"
    r"(?:pause|halt|lull)\s+of\s+(?:about\s+|some\s+|up\s+to\s+)?[\w.]{1,15}\s+"
    r"(?:hours|days|weeks)|[\w.]{1,15}-(?:hour|day|week)\s+(?:[a-z]+\s+)?(?:pause|halt|lull)s?"
    r"(?:\s+(?:in|along|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:attacks|strikes|fighting|front|fire|firing|hostilities))?|"
    # "a regime of silence", "a day of silence" (the Russian and Ukrainian word for a truce)
    r"(?:regime|day|days|hours)\s+of\s+silence|silence[\"\u201d']?\s+regime|"
    # "ready to silence the guns": the truce by its idiom (not "the guns of its critics")
    r"silenc(?:e|es|ed|ing)\s+(?:the|their|its|all)\s+guns(?!\s+of\b)|"
    r"(?:halting|limit|limits|limiting)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes)|"
    r"halt(?:s|ed|ing)?\s+(?:their\s+|the\s+)?fir(?:e|ing)|"
    # "ordered its forces to hold fire", "both sides held their fire": a truce by its verb
    r"(?:hold(?:s|ing)?|held)\s+(?:their\s+|its\s+|his\s+|our\s+|the\s+)?fire|"
    r"(?:halt\w*|refrain\w*\s+from|forgo\w*|stop\w*)\s+(?:striking|firing|attacking|shelling|"
    r"bombing|targeting)|(?:refrain\w*\s+from|forgo\w*)\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:attacks|strikes)|"
    # "to refrain from any strike on ports" (one strike only after "any": not "refrain from
    # commenting on the strike")
    r"(?:refrain\w*\s+from|forgo\w*)\s+(?:any|a\s+single)\s+(?:[\w-]+\s+)?(?:attack|strike)|"
    # "to refrain from using force against commercial vessels", "not to use force against ports"
    r"(?:refrain\w*\s+from|not\s+to)\s+(?:the\s+)?(?:use|using)\s+(?:of\s+)?(?:military\s+)?"
    r"force\s+(?:against|on)|"
    r"(?:humanitarian|local|localized|localised)\s+(?:pause|halt)s?|"
    # "would not consider any pause while …", "rejected such a pause": a truce of any kind
    # (not "without any pause", said of attacks)
    r"(?<!without\s)(?:any|such\s+a)\s+pause\b|"
    # "commitments from Ukraine and Russia not to attack merchant ships", "pledged not to strike"
    r"(?:commitments?|pledges?|promises?|undertakings?|guarantees?|assurances?|"
    r"pledg(?:e|ed|ing)|promis(?:e|ed|ing)|vow(?:s|ed|ing)?|committed)\s+"
    r"(?:[\w-]+\s+){0,6}?not\s+to\s+(?:attack|strike|target|shell|bomb|fire\s+on))\b",
    re.IGNORECASE)
# "accused Russian forces of …", "the Ukrainian army": a side's forces
_FORCES = r"(?:\s+(?:forces|troops|units|army|military|soldiers|servicemen))?"
# "of 312 violations", of "more than 600 provocations" (a count quoted from a ministry's
# statement): breaches counted during the truce told before; "provocations" only with a count
# ("accused Kyiv of provocations" is too common a charge to tell a truce's breach)
_COUNTED_BREACHES = (r"[\"\u201c']?(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|"
                     r"some|roughly)\s+)?\d[\d,]*\s+(?:violations|breaches|provocations)")
# "accused Kyiv of using the truce to bring sea drones closer", "their units had used the lull
# to swap brigades": the truce in force turned to a side's gain, a breach of it ("must not use
# the pause to …", "if they used it …": no charge)
_THE_TRUCE_TO = (r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:pause|truce|cease-?fire|lull|moratorium|"
                 r"halt|window)\s+to")
_USING_THE_TRUCE = r"using" + _THE_TRUCE_TO
USING_THE_TRUCE = re.compile(_USING_THE_TRUCE, re.IGNORECASE)
USED_THE_TRUCE = re.compile(r"\bused" + _THE_TRUCE_TO + r"\b", re.IGNORECASE)
COUNTED_BREACHES = re.compile(_COUNTED_BREACHES + r"\b", re.IGNORECASE)
# "The two armies accused each other of shelling power lines": a violation, no truce noun
ACCUSATION = re.compile(r"\baccus\w+\s+(?:each other|one another|the other(?:\s+side)?|"
                         r"(?:the\s+)?[A-Z][\w']+(?:\s+[A-Z][\w']+)?" + _FORCES + ")"
                         # "accused Moscow on May 5 of a breach", "… yesterday of": the day
                         r"(?:\s+on\s+[A-Z]\w+(?:\s+\d{1,2})?|\s+(?:yesterday|today|again))?"
                         r"\s+of\s+(?:targeting|attacking|striking|shelling|violating|breaking|"
                         r"breaching|having\s+(?:targeted|attacked|struck|shelled|violated|"
                         r"broken|breached)|" + _COUNTED_BREACHES + "|" + _USING_THE_TRUCE + "|"
                         r"(?:numerous\s+|repeated\s+|multiple\s+|"
                         r"(?:hundreds|dozens|thousands|scores)\s+of\s+)?"
                         r"(?:violations|breaches)|"
                         # "of a breach, saying …" (of the truce told before; not "a breach of
                         # international law")
                         r"an?\s+(?:(?:new|fresh|serious|gross|flagrant)\s+)?(?:violation|breach)"
                         r"(?!\s+of\b))\b|"
                         # "both sides blamed the other for breaking it"
                         r"\bblam\w+\s+(?:each other|one another|the other(?:\s+side)?)\s+for\s+"
                         r"(?:violating|breaking|breaching|(?:the\s+)?(?:violations|breaches))\b")
# "responded by accusing Kyiv of an overnight attack on a power facility": an attack of the kind
# a truce in force halts (read only where one is, agreements.py)
ACCUSED_ATTACK = re.compile(
    r"\baccus\w+\s+(?P<who>(?:the\s+)?[A-Z][\w']+(?:\s+[A-Z][\w']+)?" + _FORCES + r")\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|shelling)\s+"
    r"(?:on|against)\s+[^.;]{1,60}")
# "accused Russian forces of breaking it": an accusation of breaking the truce told before
_ACCUSED_OF_IT = re.compile(r"\baccus\w+\s+(?:[\w'-]+\s+){1,4}?of\s+(?:having\s+)?"
                            r"(?:breaking|violating|breaching|broken|violated|breached)\s+"
                            r"(?:it|them)\b", re.IGNORECASE)
# "the General Staff said Russian forces had violated it 412 times": a count of breaches of the
# truce told before, with no truce word (the pronoun is the truce: agreements._pronoun_objects;
# not "broken it 3 times", said of records and habits as often as of a truce)
_BROKE_IT_TIMES = re.compile(r"\b(?:violat|breach)\w*\s+(?:it|them)\s+(?:more\s+than\s+|"
                             r"over\s+|at\s+least\s+|some\s+|about\s+)?\d[\d,]*\s+times\b",
                             re.IGNORECASE)


# "Ukrainian units had used drones against an evacuation team, which it called 'a gross violation
# of the humanitarian agreement'", "…, calling it a breach of the truce": the act a side calls
# a violation
CALLED_A_VIOLATION = fast_regex(
    r"(?:(?:,\s*which|\bin\s+what)\s+(?:[\w']+\s+){1,3}?(?:called|calls|described\s+as|termed|"
    r"branded|labell?ed)\s+|,\s*calling\s+(?:it|this|that)\s+)[\"\u201c']?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:violation|breach)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:truce|cease-?fire|moratorium|pause|agreement|deal|arrangement)\b", re.IGNORECASE)


def may_accuse(text: str) -> bool:
    """Whether a sentence the cheap pass did not take for a truce's may accuse a side of
    breaking the truce told before it."""
    return any(p.search(text) for p in (ACCUSATION, ACCUSED_ATTACK, _ACCUSED_OF_IT,
                                        CALLED_A_VIOLATION, _BROKE_IT_TIMES))


# "Ukraine rejected the offer", "Kyiv accepted the arrangement": the truce named by the offer
# or the deal, right after it was made
# "the (Russian) proposal", "the Holy Father's initiative"
_OFFER_OWNER = (r"\b(?i:the|this|that|its|his|their)\s+(?:[A-Z][\w.-]*\s+)?"
                r"(?:[A-Z][\w-]*['\u2019]s\s+)?")
_OFFER_NOUN = (r"(?i:offer|proposal|plan|initiative|idea|arrangement|understanding|agreement|deal|"
               r"pause|halt|lull|extension|renewal|prolongation)\b")
OFFER = fast_regex(
    _OFFER_OWNER +
    # "the energy halt", "the air-and-sea idea", "the 30-day plan": named by its scope or length
    r"(?:(?i:energy|air|sea|maritime|naval|port|grain)\s+|[a-z]+-and-[a-z]+\s+|\d+-day\s+)?" +
    _OFFER_NOUN)
# the offer words with no scope or length before the noun: those the parse is asked about (a
# sentence with only "the energy halt expires" is read from the words around it, unparsed)
PLAIN_OFFER = fast_regex(_OFFER_OWNER + _OFFER_NOUN)
# "would not sign up to a pause that ends when the frosts begin": a bare pause, the truce on the
# table when a side answers it (read only then: "attacks went on without a pause")
A_PAUSE = re.compile(r"\ban?\s+(?:pause|halt|lull)\b(?!\s+(?:in|on|to|of|along)\b)", re.IGNORECASE)
# "Ukraine would respond in kind", "the army will act in a mirror image of Russia", "Kyiv will
# reciprocate", "Kyiv followed suit": an answer to the truce another side declared
RECIPROCATE = re.compile(
    r"\b(?:reciprocat\w*|respond\w*\s+[\"“']?in\s+kind|follow(?:s|ed|ing)?\s+suit|"
    r"(?:act|acts|acted|acting|respond\w*)\s+(?:in\s+)?(?:an?\s+)?(?:absolutely\s+|strictly\s+)?"
    r"mirror(?:\s+image|\s+way|\s+manner|\s+fashion)?|mirror\s+(?:steps|measures|response))\b",
    re.IGNORECASE)
# "calling on Kyiv to follow suit", "urged Moscow to reciprocate": asked of another, no answer
ASKED_TO = re.compile(r"\b(?:call\w*\s+on|urg\w+|ask\w*|press\w*|invit\w+|demand\w*|"
                      r"expect\w*|want\w*)\s+(?:[\w'-]+\s+){0,4}?to\s+$", re.IGNORECASE)
_TRUCE_NOUN = re.compile(r"\b(moratori|truce|cease-?fire|armistice|pause|halt|lull)",
                         re.IGNORECASE)


# "DOHA, July 17 (Gulf Courier) - ", "KYIV, Ukraine (AP) — ": a report's dateline. The parse
# takes its capitals for the subject of the sentence ("DOHA … expired") and the truce for their
# apposition, so the parse reads the sentence with it blanked (bounded: linear on any input).
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z./' -]{1,40},[^()\n]{0,40}\([^()\n]{1,40}\)"
                            r"\s{0,3}[-\u2013\u2014]{1,3}\s{0,3}")


def for_the_parse(text: str) -> str:
    """The sentence as the parse reads it: a leading dateline blanked to spaces (the offsets
    into the text stay those of the sentence)."""
    m = _DATELINE_LEAD.match(text)
    return " " * m.end() + text[m.end():] if m else text


def truce_noun(words: str) -> str:
    """The word a truce is named by ("the energy moratorium" → "moratori", "cease-fire" →
    "ceasefire"), or "" for a truce named by what it halts."""
    m = _TRUCE_NOUN.search(words)
    return m.group(1).lower().replace("-", "") if m else ""


ANAPHORIC = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:moratorium|truce|cease-?fire|pause|halt)\b",
    re.IGNORECASE)
BOTH = re.compile(r"\b(?:both sides|each other|the two sides|mutual|the two countries|"
                   r"both countries|Russia and Ukraine|Ukraine and Russia|Kyiv and Moscow|"
                   r"Moscow and Kyiv|all sides|all parties|the warring (?:sides|parties)|"
                   r"both armies|the two armies|all (?:those )?who bear arms)\b", re.IGNORECASE)
# ("accepts the plan in full" says how much of the offer is taken, not that the truce is full)
_FULL_WORDS = (r"(?<!\bin )full|complete|comprehensive|unconditional|general(?!\s+staff)|total|"
               r"all-out|nationwide")
# a truce said to be full in words: "the unconditional ceasefire" (not its length)
SAID_FULL = re.compile(rf"\b(?:{_FULL_WORDS})\b", re.IGNORECASE)
_FULL = re.compile(rf"\b(?:{_FULL_WORDS}|\d+-day|\d+-hour)\b", re.IGNORECASE)
# a truce named by its holiday ("the Easter truce", "a Christmas ceasefire") is a truce of its
# own, along the whole front: not the local pause or partial halt told just before it (the
# holiday right before the noun: not "a pause around the dam on Christmas Eve")
_HOLIDAY_BEFORE = re.compile(r"\b(?:Easter|Christmas|New\s+Year(?:'s)?|Victory\s+Day)\s+"
                             r"(?:[\w-]+\s+)?$")
# "30-day", "a three-day ceasefire", "for 30 days", "a pause of three days"; not "two hours"
# of a call nor "one week later"
# "extend the pause to 30 days", "for another 30 days", "lasting up to five days" (counts of at
# most 15 characters: linear on hostile input such as "1.1.1.…")
# ("a month-long ceasefire", "a week-long pause": one unit, the count left unsaid)
_DURATION = CaseFolded(r"\b([\w.]{1,15})-(day|hour|week|month)\b|\ban?\s+(day|week|month)-long\b|"
                       r"\b(?:for|of|lasting|last|lasts|lasted|(?:extend\w*|prolong\w*)\s+"
                       r"(?:(?:it|the(?:\s+[\w-]+){1,6}?)\s+)?(?:to|by))\s+(?:for\s+)?"
                       r"(?:another\s+|a\s+further\s+|an\s+additional\s+|up\s+to\s+|"
                       r"about\s+|around\s+|some\s+|nearly\s+|at\s+least\s+)?([\w.]{1,15})\s+"
                       r"(day|hour|week|month)s?\b",
                       re.IGNORECASE, needs=("day", "hour", "week", "month"))
_UNIT_DAYS = {"day": 1.0, "hour": 1 / 24, "week": 7.0, "month": 30.0}
_CLAUSES = fast_regex(r";|,\s+(?:although|though|but|while)\s+|\s+but\s+|\bwhile\b")


def clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _CLAUSES.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


@cache
def _scopes() -> list[tuple[str, int, re.Pattern[str]]]:
    """(scope, reach in characters, pattern) from ``lexicon/truce_scopes.tsv``, in order."""
    return [(scope, _REACH[reach], fast_regex(pattern, re.IGNORECASE))
            for scope, reach, pattern in load_table("truce_scopes.tsv")]


# characters either side of the truce's words
_REACH = {"near": 25, "wide": 45, "far": 70, "clause": 120}


# a truce named by a noun phrase of its own ("a truce at sea", "the 30-day pause"; not the verb
# in "a truce that would halt missile strikes")
_ANOTHER_TRUCE = re.compile(r"\b(?:an?|the|any|such|its|their)\s+(?:[\w-]+\s+)?"
                            r"(?:moratori|truce|cease-?fire|armistice|pause|halt|lull)",
                            re.IGNORECASE)


def scope_near(clause: str, truce: re.Match[str]) -> tuple[str, bool]:
    # "prolonging the pause and widening it to cover Black Sea ports": the widening is a term
    widened = _WIDENED.search(clause, truce.end())
    stop = widened.start() if widened else len(clause)
    # "rejected the U.S. plan, saying a truce at sea should …": the words after another truce's
    # noun are that truce's
    another = _ANOTHER_TRUCE.search(clause, truce.end())
    stop = min(stop, another.start()) if another else stop
    for scope, reach, pattern in _scopes():
        start, end = whole_words(clause, truce.start() - reach, min(stop, truce.end() + reach))
        if pattern.search(clause[start:end]):
            return scope, True
    return "full", bool(_FULL.search(clause[max(0, truce.start() - 25):truce.end() + 25]) or
                        _HOLIDAY_BEFORE.search(clause, max(0, truce.start() - 30), truce.start()))


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards off any word they cut: a window that begins inside
    "Zelensky" must not read its tail "sky" as a truce in the air."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        start += 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end -= 1
    return start, end


# ("the pause for Odesa", "strikes on the port of Izmail": a town's pause, or its port's)
_ON_PLACE = re.compile(r"\s*(?:on|against|at|in|around|near|over|for)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village|port)\s+of\s+)?", re.IGNORECASE)
_TOWN_KINDS = {"city", "town", "village", "district"}


def on_a_town(f: SentenceFacts, lo: int, truce: re.Match[str]) -> bool:
    """ "a halt to strikes on Kyiv", "refrain from firing on Kharkiv": a truce for one town is a
    local one (GUIDE: scope other)."""
    end = lo + truce.end()
    direct = _ATTACKING.search(truce.group(0)) is not None  # "stop striking Kyiv"
    # (a town of the war: "a ceasefire in Istanbul" is where it was signed)
    return any(p.place.kind in _TOWN_KINDS and p.place.country in BELLIGERENTS and
               (_ON_PLACE.fullmatch(f.text, end, p.start) or
                direct and _THE.fullmatch(f.text, end, p.start))
               for p in f.places if p.start >= end)


_ATTACKING = re.compile(r"\b(?:striking|attacking|shelling|bombing|targeting|firing on)$",
                        re.IGNORECASE)
_THE = re.compile(r"\s*(?:the\s+(?:city|town|village)\s+of\s+)?", re.IGNORECASE)


def coordinated_scopes(clause: str, truce: re.Match[str], first: str) -> list[str]:
    """ "to halt strikes in the Black Sea and on each other's power plants": one truce for each
    scope the words join."""
    if first in ("full", "air_and_sea"):
        return []
    right = re.split(r"[,;]", clause[truce.end():truce.end() + 120])[0]
    parts = re.split(r"\band\b", right, maxsplit=1)
    if len(parts) < 2 or _ANOTHER_VERB_ON_IT.match(parts[1]):
        return []
    second = next((scope for scope, _, pattern in _scopes() if pattern.search(parts[1])), None)
    return [second] if second and second != first and "and" not in (second + first) and \
        {first, second} != _SEA_WITHIN_BLACK_SEA else []


# "prolonging the pause and widening it to cover the Black Sea", "and to expand its reach to
# ports": a second verb on the same truce, whose words are its terms, not a second truce
_VERB_ON_IT = (r"(?:to\s+)?(?!(?:on|in|at|against|over|for|to|of|from|with|by|across|along|"
               r"into|onto|upon|between|among|around|near)\b)[a-z]+\s+(?:it|them|its|their)\b")
_ANOTHER_VERB_ON_IT = re.compile(r"\s*" + _VERB_ON_IT)  # not "and on their ports"
_WIDENED = re.compile(r"\band\s+" + _VERB_ON_IT)
# "attacks against Black Sea ports and merchant shipping": the shipping of the Black Sea truce
_SEA_WITHIN_BLACK_SEA = {"black_sea", "sea"}


def duration(clause: str, truce: re.Match[str],
             others: list[re.Match[str]] | None = None) -> float | None:
    """ "30-day", "a three-day ceasefire", "for 30 days", "30-hour" (GUIDE: days to two decimals,
    1.25 for 30 h); the one nearest to the truce when the clause names several, and none nearer
    to another truce of the clause ("agreed to halt attacks …, and rejected a 30-day truce")."""
    found = []
    for m in _DURATION.finditer(clause):
        count, unit = ((m.group(1), m.group(2)) if m.group(1) else ("a", m.group(3))
                       if m.group(3) else (m.group(4), m.group(5)))
        value = 1 if count.lower() in ("a", "an", "one") else parse_number(count)
        if _LENGTH_OF_TALKS.search(clause, max(0, m.start() - 150), m.end()):
            continue  # "after a call that aides said had lasted three hours": the call's
        distance = _distance(m, truce)
        if value and not any(_distance(m, other) < distance and not _apposed(clause, other)
                             for other in others or ()):
            found.append((distance, round(value * _UNIT_DAYS[unit.lower()], 2)))
    return min(found)[1] if found else None


# the length of a call or a round of talks told in the clause, no truce named in between
# ("a phone call between Biden and Erdogan that aides said had lasted about three hours",
# "talks lasting six hours"; not "a truce, announced after a call, lasting 30 days")
_LENGTH_OF_TALKS = re.compile(r"\b(?:call|conversation|talks|meeting|round|summit|session)"
                              r"(?:\s+(?:between|with)\s+[^,.;]{0,80}?)?(?:\s+(?:that|which)\s+"
                              r"[^,.;]{0,40}?|\s+)last(?:ed|ing|s)?\s+(?:for\s+)?"
                              r"(?:[\w\"']+\s+){0,3}?[\w\"'-]+$", re.IGNORECASE)


def _apposed(clause: str, other: re.Match[str]) -> bool:
    """ "… would cease all hostilities from Saturday, a pause of 32 hours": the same truce again."""
    return re.search(r"[,—–]\s*(?:a|an)\s+$", clause[:other.start()]) is not None


def _distance(a: re.Match[str], b: re.Match[str]) -> int:
    return max(0, a.start() - b.end(), b.start() - a.end())


_TIME = (r"(?:(?P<{0}h>\d{{1,2}})[:.](?P<{0}m>\d{{2}})|(?P<{0}word>midnight|noon|"
         r"the end of(?: the day)?))")
_ZONE = r"(?:(?:[A-Z]\w+|local)\s+time\s+|GMT\s+|UTC\s+)?"  # "16:00 Moscow time on Saturday"
_FROM = re.compile(r"\bfrom\s+(?:" + _TIME.format("a") + r"\s+" + _ZONE + r")?(?:(?:on|of)\s+)?$",
                   re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|through)\s+(?:" + _TIME.format("b") +
                 r"\s+" + _ZONE + r")?(?:(?:on|of)\s+)?", re.IGNORECASE)


def period_days(f: SentenceFacts) -> float | None:
    """ "from 20:00 on June 3 to the end of the day on June 4": 28 hours, 1.17 days."""
    for first, second in zip(f.dates, f.dates[1:], strict=False):
        opening = _FROM.search(f.text, max(0, first.start - 40), first.start)
        closing = _TO.fullmatch(f.text, first.end, second.start)
        if opening is None or closing is None:
            continue
        start = _hour(opening, "a", 0.0)
        midnight_to_midnight = (opening.group("aword") or "").lower() == "midnight"
        end = _hour(closing, "b", 24.0 if closing.group("bword") is None and
                    opening.group("aword") is None and opening.group("ah") is None else 0.0,
                    end_of_day=not midnight_to_midnight)
        hours = (second.date - first.date).days * 24 + end - start
        if hours > 0:
            return round(hours / 24, 2)
    return _hours_within_a_day(f.text)


# "a pause from 08:00 to 14:00 on Monday", "between 9 a.m. and 3 p.m.": hours of one day
# (spaces bounded: linear on hostile input)
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s{0,2}(a\.?m\.?|p\.?m\.?)?"
_HOURS_OF_A_DAY = re.compile(r"\b(?:from|between)\s{1,3}" + _CLOCK +
                             r"\s{1,3}(?:to|until|till|and)\s{1,3}" + _CLOCK + r"(?![\w.:])",
                             re.IGNORECASE)


def _hours_within_a_day(text: str) -> float | None:
    m = _HOURS_OF_A_DAY.search(text)
    if m is None or not ((m.group(2) and m.group(5)) or (m.group(3) and m.group(6))):
        return None  # a clock on both sides ("08:00", "9 a.m."), not "from 2 to 5 killed"
    start = _clock(m.group(1), m.group(2), m.group(3))
    end = _clock(m.group(4), m.group(5), m.group(6))
    return round((end - start) / 24, 2) if 0 < end - start <= 24 else None


def _clock(hour: str, minutes: str | None, half: str | None) -> float:
    h = int(hour) % 12 + (12 if half and half.lower().startswith("p") else 0) if half else \
        int(hour)
    return h + int(minutes or 0) / 60


def _hour(m: re.Match[str], side: str, default: float, end_of_day: bool = False) -> float:
    """The hour a period's end or start names; a bare date starts at 0:00 and ends at 24:00.
    "from 18:00 on Saturday until midnight on Sunday" ends as Sunday does (30 hours); "from
    midnight on May 8 to midnight on May 11" runs from one day's start to another's (3 days)."""
    word = (m.group(f"{side}word") or "").lower()
    if word.startswith("the end"):
        return 24.0
    if word == "noon":
        return 12.0
    if word == "midnight":
        return 24.0 if end_of_day else 0.0
    if m.group(f"{side}h"):
        return int(m.group(f"{side}h")) + int(m.group(f"{side}m")) / 60
    return default


# "only if Kyiv withdraws", "would depend on whether a peace deal is reached", "hinges on the
# end of arms deliveries", "but it must include …": the condition, as the sentence words it
_CONDITION = re.compile(
    r"\b(?:only if|if|unless|until|provided(?: that)?|on condition that|as long as|"
    r"in exchange for|depend(?:s|ed|ing)? on(?: whether)?|hinges? on|hinged on|"
    r"conditional on|conditioned on|subject to|precondition (?:for [\w ]{3,40}? )?(?:is|was)|"
    r"but (?:it|they|\w+) (?:must|should|would have to))\s+(?P<terms>[^,.;:\"]{6,100})",
    re.IGNORECASE)


def conditions(text: str) -> list[str]:
    return [m.group("terms").strip() for m in _CONDITION.finditer(text)]


# "Trump's efforts to broker a ceasefire", "a US-brokered truce", "mediated by Turkey": the
# broker proposed what the sides agreed (GUIDE: the broker is proposed_by, not a party)
_BROKER = fast_regex(
    r"\b(?P<own>[A-Z][\w.]*)'s\s+(?:\w+\s+)?(?:efforts?|attempts?|bid|push|mediation)\s+to\s+"
    r"(?:broker|mediate)\b|"
    r"\b(?:brokered|mediated)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|"
    r"\b(?P<adj>[A-Z][\w.]*)-(?:brokered|mediated)\b|"
    # "accepted at Washington's request", "at the request of Turkey": the one who asked proposed
    r"\b(?:at|on|following)\s+(?:(?P<asker>[A-Z][\w.]*)'s\s+(?:request|urging|suggestion|"
    r"initiative|invitation)|the\s+(?:request|urging|suggestion|initiative|invitation)\s+of\s+"
    r"(?:the\s+)?(?P<of>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))")


def broker(text: str) -> str | None:
    m = _BROKER.search(text)
    if m is None:
        return None
    actors = find_actors(m.group("own") or m.group("by") or m.group("adj") or m.group("asker") or
                         m.group("of"))
    return actors[0].actor.side if actors and actors[0].actor.side else None


_KEPT_ATTACKING = re.compile(
    r"[^,;]*,\s*(?P<who>[^,;]{2,60}?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?"
    r"(?:continued|continue[sd]?|kept|keeps?)\s+(?:to\s+)?"
    r"(?:target|attack|strik|shell|bomb|hit|launch|fir)\w*", re.IGNORECASE)


_MUTUAL = re.compile(r"\bmutual\s+(?:accusations|allegations|recriminations|charges)\b|"
                     r"\baccus\w+\s+(?:each other|one another)\s+of\s+(?:violat|breach|break)|"
                     # "with each side accusing the other of breaking it"
                     r"\b(?:each|either|both)\s+(?:side|sides|party|parties|army|armies)\s+"
                     r"(?:accus|blam)\w*\s+the\s+other\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:violat|breach|break)",
                     re.IGNORECASE)


def mutual_accusations(clause: str) -> list[str]:
    """ "The moratorium largely held despite a string of mutual accusations": each side accused
    of violating it (one record per side accused)."""
    m = _MUTUAL.search(clause)
    if m is None or re.search(r"\b(?:no|without|any)\s+(?:[\w-]+\s+){0,3}$",
                              clause[max(0, m.start() - 30):m.start()]):
        return []  # "held without mutual accusations"
    return sorted(BELLIGERENTS)


# "…, while Moscow charged that Ukrainian drones had hit a power facility": the side accused
# answers in kind
_COUNTER = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|and|but)\s+(?P<who>[^,;]{2,40}?)\s+"
    r"(?:charged|claimed|alleged|countered|accused|blamed|said|insisted)\s+(?P<rest>[^;]{0,160})",
    re.IGNORECASE)
_ATTACKED = re.compile(r"\b(?:hit|struck|strik\w*|attack\w*|shell\w*|target\w*|bomb\w*|"
                       r"violat\w*|breach\w*|broke|break\w*)\b", re.IGNORECASE)


def counter_accusation(text: str, accused: str) -> str | None:
    """ "Ukraine accused Russia of breaching the moratorium, while Moscow charged that Ukrainian
    drones had hit a power facility": the side the accused one accuses in turn."""
    for m in _COUNTER.finditer(text):
        who = {a.actor.side for a in find_actors(m.group("who")) if a.actor.side}
        if who == {accused} and _ATTACKED.search(m.group("rest")):
            return next(iter(BELLIGERENTS - {accused}), None)
    return None


def kept_attacking(clause: str, truce: re.Match[str]) -> list[str]:
    """ "Despite the agreement to halt strikes on power plants, Russia and Ukraine kept
    targeting them": the sides said to have attacked despite it."""
    opening = clause[max(0, truce.start() - 70):truce.start()]
    if not re.search(r"\b(?:despite|in spite of|notwithstanding)\b", opening, re.IGNORECASE):
        return []
    m = _KEPT_ATTACKING.match(clause, truce.end())
    if m is None:
        return []
    who = m.group("who")
    return sorted(BELLIGERENTS) if BOTH.search(who) else \
        sorted({a.actor.side for a in find_actors(who) if a.actor.side in BELLIGERENTS})


# "Posts circulating since Tuesday say that 'Putin agreed to a full ceasefire'", "a viral video
# claims …", "a video circulating on social media says …", "there are reports that …", "rumours
# that Kyiv had accepted …": what unnamed posts, videos, reports or rumours say is no side's
# position nor talks (a fact-check quotes it to refute it; GUIDE: a claim by who makes it)
HEARSAY = CaseFolded(
    r"\b(?:(?:social\s+media|online|viral|Telegram|anonymous|pro-Kremlin|pro-Russian|"
    r"pro-Ukrainian)\s+(?:posts|messages|videos?|channels|accounts|users|bloggers)|"
    r"(?<!\ba\s)(?<!\ban\s)posts|rumou?rs|bloggers|viral\s+(?:post|claim|message)|"
    # "Other versions claim the pause was signed …": versions of a claim a fact-check refutes
    r"(?:some|other|many|several|later|earlier)\s+versions|"
    # "A video circulating on social media says …", "a clip shared online claims …"
    r"(?:posts?|videos?|clips?|messages?|footage|images?)\s+(?:now\s+)?(?:circulating|shared|"
    r"spreading|going\s+viral|posted\s+online))"
    r"\b[^.;:\",]{0,50}?\b(?:say|says|said|claim|claims|claimed|claiming|allege|alleges|"
    r"alleged|alleging|suggest|suggests|suggested|suggesting|assert|asserts|asserted|saying|"
    # "A video circulating online shows Zelensky announcing …", "purports to show"
    r"show|shows|showed|showing)\b|"
    r"\b(?:rumou?rs?|false\s+claims?|(?:a|the)\s+viral\s+claim)\s+that\b|"
    # "There are reports that the next round will be held in …": reports no one is named for
    r"\bthere\s+(?:are|were|have\s+been)\s+(?:unconfirmed\s+|media\s+|some\s+)?(?:reports|"
    r"rumou?rs|claims|suggestions)\s+that\b|"
    # "Claims shared on social media that Kyiv had accepted …", "reports online that …"
    r"\b(?:claims?|reports?|posts?|allegations?)\s+(?:[\w-]+\s+){0,2}?(?:on|in|across)\s+"
    r"(?:social\s+media|Telegram|online\s+forums|the\s+internet)\s+that\b", re.IGNORECASE)


def hearsay_before(text: str, pos: int) -> bool:
    """Whether unnamed posts or rumours bring in what the text says at ``pos``."""
    m = HEARSAY.search(text, 0, pos)
    return m is not None




def asks(text: str) -> bool:
    """ "Is Moscow ready for a truce over the winter?", "Will the delegations meet again in
    Doha?": a direct question states no position and no talks (the answer may)."""
    return text.rstrip(" \n\"'\u201d\u2019)").endswith("?")
