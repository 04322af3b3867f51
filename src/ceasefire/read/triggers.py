"""The cheap first pass: which sentences may hold a strike, a truce position, an exchange or talks.

One compiled regular expression per record kind, run on every sentence; only the sentences it
selects get the expensive analysis (numbers, places, actors, attribution). ``TRIGGERS`` finds
the words in the sentence as written (the builders use their offsets); the cheap pass itself
runs lower-cased copies of them on the lower-cased sentence, which is 2-3x faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ceasefire.read.actors import find_actors
from ceasefire.read.lexicon_match import compile_table, fast_regex, lowered_pattern, top_level


def _trigger(alternatives: str) -> re.Pattern[str]:
    """``\\b(?:a|b|…)\\b``, case-insensitive, with its alternatives grouped by the letter they
    begin with (lexicon_match): the same sentences found, with a fraction of the tries on the
    many sentences of a report that hold none."""
    return compile_table([alternatives], bounds=(r"\b", r"\b")).pattern


_ALTERNATIVES: dict[str, str] = {
    "strike": (
        r"drones?|UAVs?|unmanned|missiles?|rockets?|shell(?:s|ing|ed)?|bomb(?:s|ing|ed)?|"
        r"strik(?:e|es|ing)|struck|attack(?:s|ed|ing)?|assaults?|raids?|barrage|bombardment|"
        r"shot down|downed|intercept\w*|neutrali[sz]ed|air defen[cs]e\w*|killed|killing|injured|"
        r"wound(?:ed|ing)|mortars?|"
        r"hurt|dead|died|deaths?|casualties|toll|explosions?|blasts?|hits?|hitting|fires?|ablaze|"
        r"blaze|burn(?:ed|ing|t|s)?|collaps(?:ed|ing)|shattered|blown out|blew out|targeted|"
        r"targeting|(?:main|primary) targets?|damag\w+|destroy\w*|debris|fragments|wreckage|"
        r"Shahed\w*|Iskander\w*|Kalibrs?|Kinzhals?|Kh-\d+s?|"
        r"pound(?:ed|ing)|flatten\w*|shelling|artillery|"
        # "51 were brought down over Bryansk", "impacts were recorded in two regions"
        r"brought down|taken down|impacts?|"
        # "twelve people are in hospital", "three were being treated for burns"
        r"in (?:a |the )?hospital|treated for"
    ),
    "agreement": (
        r"cease-?fires?|truces?|moratori(?:um|a|ums)|armistice|halt\w*|pause\w*|lulls?|cessation|"
        r"ceas(?:e|es|ed|ing)|(?:hold(?:s|ing)?|held) (?:their |its |his |our |the )?fire|"
        r"(?:stop|suspend)\w* (?:the |all |its |their )?(?:\w+ )?(?:attacks|strikes|fighting|"
        r"hostilities|bombing|operations|fire|firing|attacking|striking|shelling|targeting)|"
        r"end (?:to|of) (?:the )?(?:air )?(?:attacks|strikes|hostilities|fighting)|"
        r"limit(?:s|ing)? (?:\w+ ){0,2}(?:attacks|strikes)|refrain\w* from|forgo\w*|"
        r"accus\w+ (?:each other|one another)|offer|proposal|initiative|arrangement|"
        r"not to (?:attack|strike|target|shell|bomb|fire on|use force)|"
        r"reciprocat\w*|in kind|(?:regime|day|days|hours) of silence|silence\W? regime|"
        r"follow\w* suit|"
        r"mirror (?:image|steps|way|manner|response)|silenc(?:e|es|ed|ing) (?:the|their|its|all) "
        r"guns"
    ),
    "exchange": (
        r"prisoners?|POWs?|swap\w*|exchang\w+|captiv\w+|bodies|repatriat\w+|"
        # the dead's remains, not the verb ("the record remains 3 July")
        r"remains(?:(?<=the remains)|(?<=their remains)|(?<=of remains)|(?<=mortal remains)|"
        r"(?<=human remains)|(?<=\d remains)|(?= (?:of|were|was|have|had|are|returned|handed|"
        r"back)\b))|"
        # "brought 157 defenders home", "were brought back": people returned
        r"(?:brought|bring(?:s|ing)?) (?:\S+ ){0,3}?(?:home|back)|"
        # "those coming home include …": who came back (not any "workers coming home")
        r"(?:among|includ\w*) [^.]{0,60}?(?:came|comes?|coming|went|going) (?:back )?home|"
        r"(?:came|comes?|coming|went|going) (?:back )?home [^.]{0,60}?(?:among|includ\w*)|"
        # "15 soldiers came home", "40 Russians were handed over to Moscow"
        r"(?:prisoners|POWs|soldiers|servicemen|civilians|defenders|captives|troops|marines|"
        r"Ukrainians|Russians) (?:\S+ ){0,3}?(?:came|comes?|coming|went|going) (?:back )?home|"
        # "146 Ukrainian defenders are home", "… are finally back home"
        r"(?:prisoners|POWs|soldiers|servicemen|civilians|defenders|captives|troops|marines|"
        r"Ukrainians|Russians) (?:\S+ ){0,2}?(?:are|is|were) (?:now |finally |safely )?"
        r"(?:back )?home\b|"
        r"handed (?:over|back) to (?:Russia|Ukraine|Moscow|Kyiv|Kiev|the Russian side|"
        r"the Ukrainian side)|"
        # not a statement or a video released
        r"freed|(?<!statement )(?<!statements )released(?! (?:a|an|the|its|their|new) "
        r"(?:\w+ )?(?:statement|video|report|footage|figures|data|photos?|images?|update))|"
        r"returned home|"
        r"return(?:s|ed|ing)?|"
        # "Both stages were mediated by the UAE": who mediated the swaps told before
        r"stages? (?:was|were|had been|have been) (?:mediated|brokered|facilitated)|"
        # "Russia also received eight civilians": a side receiving people
        r"(?:received|handed over|handed back|sent back|gave back|got back) (?:\S+ ){0,2}"
        r"(?:civilians|soldiers|servicemen|"
        r"defenders|military personnel)"
    ),
    "talks": (
        r"talks|negotiations?|negotiators?|meet|meets|meetings?|met|summit|calls?|phone|telephone|"
        r"conversation|spoke|discussions?|delegations?|round of|face-to-face|"
        r"(?:the|first|second|third|final|latest|next|that|this|another|new|further) "
        r"(?:[\w-]+ )?round|"
        r"called (?-i:[A-Z])\w*|received (?:by )?(?-i:[A-Z])\w*|host(?:ed|s) (?-i:[A-Z])\w*|"
        r"spen[dt] (?:[\w-]+ ){0,3}?(?:hours?|minutes|days?|evening|morning|afternoon) with|"
        r"(?:speaks?|spoken) (?:by phone )?(?:with|to)|joined the (?:\w+ )?session|"
        # "Zelensky phoned Erdogan", "was telephoned by", "rang the Ukrainian president",
        # "two days of consultations", "sat down with", "a session with"
        r"phoned|telephoned|rang (?:the )?(?-i:[A-Z])\w*|consultations?|sat down|sessions? with"
    ),
}
# what the builders search for the words themselves (offsets into the sentence as written)
TRIGGERS: dict[str, re.Pattern[str]] = {kind: _trigger(alternatives)
                                        for kind, alternatives in _ALTERNATIVES.items()}


# "Ukraine signed up to the plan", "Kyiv welcomed the idea": a truce named by the offer, for the
# agreements reader only (strikes.py takes TRIGGERS["agreement"] for talk of a truce)
_OFFER_NAMED = re.compile(r"\b(?:the|this|that|its|his|their)\s+(?:[\w.-]+\s+)?(?:plan|idea)\b",
                          re.IGNORECASE)


# a time said after a bare answer ("Ukraine refused the next day.", "Kyiv declined on Tuesday.")
ANSWER_TIME = (r"(?:\s+(?:on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|"
               r"the\s+(?:next|following|same)\s+(?:day|morning|evening)|"
               r"(?:hours|days|a\s+day)\s+later|later|within\s+hours))?")

# the sentence's end; the splitter may leave the quote that opens the next one ('refused. "');
# or the answer's reason after it ("has refused because of …", "declined, citing …")
ANSWER_END = r"\s*(?:[.;]\s*)?(?:[\"\u201c]\s*)?$|" \
    r"\s+(?:because|citing|due\s+to|owing\s+to|over|for\s+lack|for\s+want|saying|arguing|after|" \
    r"insisting|pointing\s+to)\b[^;]*$"
# "has refused", "had declined": the answer in a perfect tense
ANSWER_AUX = r"(?:(?:has|have|had)\s+)?"

# who answers: "Ukraine", "The Kremlin", "The Russian side", "the Ukrainian delegation",
# "Russia's foreign ministry", "The Kremlin's press office" (a side's office, one word before it)
ANSWER_WHO = (r"(?:[Tt]he\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
              r"(?:(?:\s+[a-z]+)?\s+(?:ministry|office|presidency|spokesman|spokeswoman|"
              r"spokesperson)|\s+(?:side|delegation|government|team|leadership|authorities|"
              r"negotiators))?")

# the answer, with no object but "it": "refused", "turned it down", "accepted"
ANSWER_VERB = (r"refused(?: it)?|declined(?: it)?|rejected it|dismissed it|turned it down|"
               r"said no|accepted(?: it)?|agreed|said yes|"
               # a chronology's historic present: "April 16 - Ukraine accepts."
               r"refuses(?: it)?|declines(?: it)?|rejects it|dismisses it|turns it down|"
               r"says no|accepts(?: it)?|agrees|says yes")
# a chronology's or a live blog's entry opening the sentence: "April 16 - ", "3 May: ", "14:05 - "
_ENTRY_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
ENTRY_LEAD = (r"(?:(?:" + _ENTRY_MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _ENTRY_MONTH +
              r")(?:,?\s+\d{4})?|\d{1,2}[:.]\d{2})\s*[-\u2013\u2014:|]\s+")

# the answer said of a side, in its words for the truce told before ("it"): "would reject it
# unless …", "will not accept it", "could accept it if …" (with the verb's mood and condition)
ANSWER_MODAL = (r"(?:(?:would|will|could|can)\s+(?P<neg>not\s+|never\s+)?(?P<base>reject|accept|"
                r"refuse|turn\s+down|agree\s+to)\s+it|"
                # 'Moscow "sees no basis" for extending it': a refusal
                r"(?:sees?|saw)\s+[\"']?no\s+(?:basis|reason|grounds|need|point)[\"']?\s+(?:for|to|in)\s+"
                r"(?:(?P<none>extending|extend|accepting|accept|prolonging|prolong|renewing|renew)\s+"
                # 'sees "no basis" for a renewal' of the truce told before
                r"it|(?:an?\s+|the\s+|its\s+)?(?:extension|prolongation|renewal)\b)|"
                # "will join only if sanctions are lifted": a refusal until its terms are met
                # ("only once/when/after the sanctions are lifted" alike)
                r"(?:would|will)\s+(?P<joins>join|take\s+part|sign\s+up)"
                r"(?=\s+only\s+(?:if|once|when|after)\b))")
ANSWER_IF = (r"\s+(?P<terms>(?:unless|if|until|provided|as\s+long\s+as|"
             r"only\s+(?:if|once|when|after))\b[^;]*)$")
# who tells it, or when, before the side: "On Friday, Kremlin aide Yuri Ushakov said Russia
# would reject it unless …"
ANSWER_LEAD = (r"(?:(?:On|Late\s+on|Early\s+on|By)\s+\w+(?:\s+(?:morning|afternoon|evening|"
               r"night))?,\s+)?(?:(?P<teller>[^,;]{0,60}?)\s(?:said|says|told\s+\w+|added|warned|"
               r"insisted)\s+(?:that\s+)?)?")

# "Our answer is yes", "Kyiv's reply was a firm no": an answer with no truce word of its own
_ANSWER_IS = re.compile(r"\b(?:answer|reply|response)\b[^.;:]{0,60}?\b(?:is|was|will\s+be)\s+"
                        r"(?:an?\s+)?(?:\w+\s+)?(?:yes|no)\b", re.IGNORECASE)

# "accused Russian units of breaching it": a breach of the truce told before, charged with no
# truce word; for the agreements reader only (the strike reader takes TRIGGERS["agreement"] for
# talk of a truce, and the raid cited as the breach is a strike of its own). "Of violating the
# agreement" is left out: a trade deal or a treaty of 1994 would read as a truce.
_BREACH_OF_IT = re.compile(r"\baccus\w+ (?:\S+ ){1,4}?of (?:having )?(?:break|violat|breach)\w* "
                           r"(?:it|them)\b|"
                           # breaches counted: "accused Kyiv of \"more than 600 violations\"",
                           # "said Russian forces had violated it 312 times"
                           r"\baccus\w+ (?:\S+ ){1,4}?of [\"\u201c']?(?:(?:more than|over|at least|"
                           r"nearly|almost|about|around|some) )?\d[\d,]* (?:violations|breaches|"
                           r"provocations)\b|\b(?:violat|breach)\w* (?:it|them) (?:(?:more than|"
                           r"over|at least|some|about) )?\d[\d,]* times\b")

# "Ukraine refused.": an answer to the offer of the sentence before
# (an answer explained after a comma, as the agreements reader takes it: "…, calling it a stunt")
_BARE_ANSWER = re.compile(r"^\s*(?:" + ENTRY_LEAD + r")?" + ANSWER_WHO + r"\s+" + ANSWER_AUX +
                          r"(?:\w+ly\s+)?(?:" + ANSWER_VERB + ")" +
                          ANSWER_TIME + r"(?:" + ANSWER_END + r"|\s*,[^;]*$)")
# "On Friday, Ushakov said Russia would reject it unless …", "Kyiv will not accept it, Sybiha
# said": an answer said of a side by the side's own people (not "analysts said Kyiv would …")
ANSWER_SAID = re.compile(r"^\s*(?:" + ENTRY_LEAD + r")?" + ANSWER_LEAD + r"(?P<who>" + ANSWER_WHO +
                         r"|it|they|he|she)\s+[\"']?" +
                         ANSWER_MODAL + r"(?:" + ANSWER_END + r"|" + ANSWER_IF +
                         r"|\s*,(?P<teller_after>[^;]*)$)")


def answer_said(sentence: str) -> tuple[re.Match[str], str] | None:
    """The answer a sentence says of a side ("Ushakov said Russia would reject it unless …")
    with the side, where no one else tells it."""
    m = ANSWER_SAID.match(sentence)
    if m is None:
        return None
    teller = m["teller"] or m["teller_after"] or ""
    # "The Kremlin says it sees no grounds …": "it" is the teller
    who = teller if m["who"] in ("it", "they", "he", "she") else m["who"]
    sides = {a.actor.side for a in find_actors(who) if a.actor.side}
    if len(sides) != 1 or teller and not sides & {a.actor.side for a in find_actors(teller)}:
        return None
    return m, sides.pop()


def candidate_kinds(sentence: str) -> set[str]:
    """The record kinds a sentence may hold; empty for most sentences of a report."""
    lowered = sentence.lower()
    # each pattern is tried only where the words it cannot match without are in the sentence:
    # a substring test is far cheaper than the search (on ASCII text only where the pattern
    # is case-insensitive: its "s" also matches "ſ")
    ascii = sentence.isascii()
    kinds = {kind for kind, (plain, cased) in _FAST.items()
             if plain.search(lowered) or cased is not None and
             _may_hold(lowered, ascii, _CASED_WORDS[kind]) and cased.search(sentence)}
    if _may_hold(lowered, True, ("plan", "idea")) and _OFFER_NAMED_LOWERED.search(lowered) or \
            _BARE_ANSWER.match(sentence) or \
            " it" in lowered and answer_said(sentence) is not None or \
            _may_hold(lowered, ascii, ("answer", "reply", "response")) and \
            _ANSWER_IS.search(sentence) or \
            _may_hold(lowered, True, ("accus", " times")) and _BREACH_OF_IT.search(lowered):
        kinds.add("agreement")
    return kinds


def _may_hold(lowered: str, exact: bool, words: Iterable[str]) -> bool:
    """Whether ``lowered`` holds one of ``words``; True where the test is not ``exact``."""
    return not exact or any(word in lowered for word in words)


def _fast(alternatives: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The trigger for the cheap pass: its alternatives lower-cased, matched case-sensitively
    on the lower-cased sentence (Python's engine then passes over an alternative at its first
    letter, which it cannot do under IGNORECASE: 2-3x faster), and those that test the case of
    a letter ("called X") matched as before on the sentence as written."""
    plain: list[str] = []
    cased: list[str] = []
    for alternative in top_level(alternatives):
        (cased if "(?-i:" in alternative else plain).append(alternative)
    return (fast_regex(r"\b(?:" + "|".join(lowered_pattern(a) for a in plain) + r")\b"),
            re.compile(r"\b(?:" + "|".join(cased) + r")\b", re.IGNORECASE) if cased else None)


def _opening_word(alternative: str) -> str:
    word = re.match(r"[a-z]+", alternative)
    if word is None:
        raise ValueError(f"a case-testing trigger opens with a word: {alternative!r}")
    return word.group()


_FAST = {kind: _fast(alternatives) for kind, alternatives in _ALTERNATIVES.items()}
# the word each case-testing alternative opens with ("called", "rang"): a sentence without one
# cannot match them
_CASED_WORDS = {kind: [_opening_word(a) for a in top_level(alternatives) if "(?-i:" in a]
                for kind, alternatives in _ALTERNATIVES.items()}
_OFFER_NAMED_LOWERED = re.compile(lowered_pattern(_OFFER_NAMED.pattern))
