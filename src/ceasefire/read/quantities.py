"""Strike figures: what each number of a sentence counts and how it was reported.

A number counts the noun that follows it ("57 Ukrainian drones", "six of the ballistic
missiles", "two others"), or, when the noun is left out ("around 18 injured", "37 in Bryansk
Oblast", "five more were shot down"), what the nearest cue word and the previous figure say.
The metric: a cue right before the figure governs it ("destroyed 95 drones", and the list it
opens), else the figure's own verb (shared by figures joined by "and"), else the nearest cue
word of the clause (shot down → intercepted, launched → launched, killed → killed); "70 of 97"
is the part (its own metric) of the whole (launched). Left out: parts of another figure
("including five children", "among the dead were …", a sub-type "including 80 Shaheds"), one
interceptor's share, rates ("a week"), period totals ("throughout 2024"), forecasts and
conditions ("could launch"), negated figures ("were not shot down"). Drones lost to electronic
warfare or that "did not reach their targets" are intercepted (GUIDE).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ceasefire.read.clauses import clause_bounds
from ceasefire.read.cues import Cue, cue_at, cues_between, find_cues
from ceasefire.read.lexicon_match import CaseFolded, fast_regex
from ceasefire.read.numbers import NumberMention, find_numbers
from ceasefire.read.weapons import WeaponMention, find_weapons

_MODIFIER = re.compile(
    r"(?:ukrainian|russian|iranian(?:-\w+)?|additional|other|more|enemy|hostile|combat|"
    r"kamikaze|long-range|unmanned|seriously|severely|critically|lightly|badly|elderly|young|"
    r"local|further|new|decoy|imitat(?:or|ion)|of|the|them|which|such|"
    r"[a-z]+-(?:made|designed|type|based|class)|"
    r"fixed-wing|jet-powered|jet|naval|fpv|FPV|copter-type|aircraft-type|"
    r"air|aerial|aviation|sea|land|ground|strike|attack|guided|heavy|various|types?|\w+-year-old|"
    r"hypersonic|supersonic|subsonic|aero-?ballistic|high-precision|precision)$",
    re.IGNORECASE)
# Words after a number that show its noun was left out: "18 injured", "37 in Bryansk", "90 were".
_ELIDED_NEXT = re.compile(
    r"(?:were|was|are|is|had|have|has|been|in|on|over|at|near|across|each|by|and|or|from|"
    r"to|more|others|after|following|when|as|with|while|but|for|that|which|[,.;:()–—]|$|killed|"
    r"dead|died|"
    r"injured|wounded|hurt)", re.IGNORECASE)
# Plural nouns that are also metric cues ("fires", "launches"): after a number, the thing counted
_COUNTED_NOUNS = frozenset({"fires", "launches", "hits", "attacks", "strikes", "explosions",
                            "blasts", "sites", "locations", "times"})
# (not the stop of "7 a.m. Moscow time")
_CLAUSE_BREAK = re.compile(r";|\s(?:while|whereas|but|although|though)\s|(?<![ap]\.m)\.\s")
# "three hits on the refinery", "…, 13 hits.", "9 impacts recorded": weapons that hit
_HITS_ON = re.compile(r"\s+(?:direct\s+|confirmed\s+)?(?:hits\s+(?:on|against)\b|"
                      r"(?:hits|impacts)\s*(?:$|[.;,)]|(?:at|in|were|was|recorded|registered)\b))",
                      re.IGNORECASE)
# "aged 60", "aged 34 and 51", "ages 9 to 14": the ages before it in the list lead to it
_AGED = re.compile(r"\b(?:aged|age|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|-|–)\s*){0,3}$",
                   re.IGNORECASE)
# After a person noun: "a woman of 70", "the men, 45 and 50,", "a boy (12)"
_AGE_AFTER_PERSON = re.compile(r"(?:\s+of\s+|\s*,\s*|\s*\(\s*)(?:\d{1,3}\s*(?:,|and)\s*){0,3}$")
# What follows an age: the apposition ends, or the list of ages goes on
_AGE_END = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$|and\s+\d)")
_AGE_END_OF = re.compile(r"\s+(?:was|were|is|who|died|had)\b")
_TIMES_AFTER = re.compile(r"(?:\s+and\s+a\s+half)?\s+times\b", re.IGNORECASE)
_ARTICLE_ONE = re.compile(r"\b(?:a|an|one)\s+(?:(?:[\w-]+)\s+){0,2}?$", re.IGNORECASE)
_PERSON_AS_NOUN = re.compile(
    r"\s*(?:$|[,.;:)]|(?:was|were|is|has|had|who|and|in|at|on|from|of|as|after|when|during|"
    r"died|killed|injured|wounded|hurt|dead|\w+ed)\b)")
_OWN_VERB = re.compile(
    r"\b(?:were|was|are|is|have been|had been|has been|being|(?:had|have|has)(?!\s+been\b))\s+"
    r"(?:(?:\w+ly|also|then|later|all|left|again|either|reported|said|believed|confirmed|known|"
    r"feared|thought|presumed)\s+)*(?:to\s+(?:have\s+been|have|be)\s+)?")
# a figure's own verb that is none of the metrics ("three missiles were unaccounted for")
_NOT_OURS = "-"
# Between a figure and its verb: other figures joined to it ("58 drones and 26 missiles were
# shot down"), then words that make no clause of their own ("launched from Sumy were …").
_WORD_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|"
                r"nine)ty(?:-\w+)?)")
_JOINED_FIGURE = (r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:of\s+|by\s+)?"
                  r"(?:(?:about|some|another|at least|more than|over|roughly|around|nearly|"
                  r"almost|approximately|up to)\s+)?"
                  rf"(?:\d[\d,.]*|{_WORD_NUMBER})"
                  # "… and 3 of 4 missiles shot down": a part of its whole
                  rf"(?:\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d[\d,.]*|{_WORD_NUMBER}))?"
                  # (not "…, and 70 of them": a part of the figure before, no figure beside it)
                  r"(?!\s+of\s+(?:them|these|those|which)\b)"
                  r"(?:\s+[a-z][\w-]*){1,3}?")
_PLAIN_WORD = (r"\s+(?!(?:and|but|while|or|as|when|where|after|before|because|since|until|if|"
               r"who|which|whom|that|than)\b)[^\s\d,;]+")
# "two men aged 60 and 63 were killed": the ages stand between the figure and its verb
_AGES = r",?\s+aged\s+\d{1,3}(?:\s*(?:,|and|to)\s*\d{1,3}){0,3},?"
# "45 of the 60 drones (that) Russia launched at north-eastern Ukraine overnight were brought
# down": a relative clause of launching on the set, however long, is no verb of the figure's
_RELATIVE_LAUNCH = (r"(?:\s+(?:that|which))?(?:\s+the)?(?:\s+(?-i:[A-Z])[\w'.-]*){1,2}\s+"
                    r"(?:had\s+)?(?:launched|fired|sent|used|deployed)\b")
# an aside set off by commas between a figure and its verb, with no figure or verb of its own
_ASIDE_PATTERN = r"\s*,\s*(?:by|according to|as|the|it|they|he|she|we)\b[^,\d]{1,50},\s*"
_COORDINATED = re.compile(rf"(?:{_JOINED_FIGURE})*(?:{_RELATIVE_LAUNCH}(?:{_PLAIN_WORD}){{0,6}}|"
                          rf"(?:{_AGES}|{_PLAIN_WORD}){{0,5}})\s*(?:{_ASIDE_PATTERN})?",
                          re.IGNORECASE)  # "280 of them and 12 of the missiles, it said, were"
_COORDINATED_FIGURES = re.compile(rf"(?:{_JOINED_FIGURE})*\s*", re.IGNORECASE)
# "ten drones hit an airbase", "3 missiles and 14 attack drones struck …": one verb for the list
_COORDINATED_THEN_HIT = re.compile(rf"(?:{_JOINED_FIGURE})*\s*(?-i:hit|struck)\s+(?!their\b|its\b)",
                                   re.IGNORECASE)
_DIFFERENCE = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)
_QUOTES = frozenset("\"'“”‘’«»")
# 'another 19 were "locationally lost"', 'were “neutralised.”': a few words set off in quotation
# marks read as without them (blanked, so every offset stays the sentence's).
_SCARE_QUOTES = re.compile(r"[\"“«]([A-Za-z][A-Za-z -]{0,30}?[.,]?)[\"”»](?=[\s,.;:)]|$)")
_SINGLE_QUOTES = re.compile(r"(?<=\s)['‘]([A-Za-z][A-Za-z -]{0,30}?)['’](?=[\s,.;:)]|$)")
_GOVERNS = re.compile(r"\s+(?:(?:by|of|a total of|another|all but|all|the)\s+)?[\"“‘«]?",
                      re.IGNORECASE)
_HITS_NOUN_BEFORE = re.compile(r"\b(?:hits?|impacts|strikes|hitting)\s+(?:of|by)\s+[^.;:]*$",
                               re.IGNORECASE)
_GOVERNS_LIST = re.compile(
    r"\s+(?:(?:by|of|a total of|another|all|the)\s+)?(?:(?:(?:\d[\d,.]*|"
    + _WORD_NUMBER + r")(?:\s+[\w-]+){1,7}?|"
    # an item with no number, a few words with no "of" or "by" of a cue in them: "hits of a
    # missile and 14 drones", "hit of guided missile and of 7 UAV"
    r"(?:an?\s+)?(?!(?:of|by)\b)[A-Za-z-]+(?:\s+(?!(?:of|by)\b)[A-Za-z-]+){0,2}?)"
    r"\s*(?:,\s*(?:and\s+)?|and\s+))+(?:(?:of|by)\s+)?"  # "hit of 3 missiles and of 11 UAV"
    r"(?:(?:about|some|another|at least|more than|over)\s+)?",
    re.IGNORECASE)
# "3 Iskander-M, all shot down", "two missiles, both of which were": all of the figure's weapons
_ALL_OF_THEM_AFTER = re.compile(r"\s*,\s*(?:and\s+)?(?:all|both)(?:\s+of\s+(?:them|which|these))?"
                                r"(?:\s+(?:were|was|have been|had been))?\s+(?!of\b)",
                                re.IGNORECASE)
_DAMAGED_BEFORE = fast_regex(r"\b(?:damag\w+|hitting|striking|wreck\w+|burn\w*)\s+$",
                             re.IGNORECASE)
# "35 drones, of which 26 were downed", "27 drones, 12 of which were downed": a later figure
_LATER_FIGURE = re.compile(r"\b(?:of which|of them|of these|of those)\s+(?:[a-z]+\s+)?(?:\d|" +
                           _WORD_NUMBER + r"\b)|\b(?:and|while)\s+(?:[a-z]+\s+)?\d|"
                           r",\s+(?:\d[\d,]*|" + _WORD_NUMBER +
                           r")\s+of\s+(?:which|them|these|those)\b", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s+(?:more\s+|others?\s+|people\s+)?")
_HIT_VERB = re.compile(r"(?:hit|struck)\s+(?!their\b|its\b)")
_PARTITIVE = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+)?(?:[\d,]+|{_WORD_NUMBER})\s+",
                        re.IGNORECASE)
# a part of a whole whose noun is left to the sentence before: "three of the seven."
_PARTITIVE_ELIDED = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+)?(?:[\d,]*\d|{_WORD_NUMBER})"
                               r"(?=\s*(?:[,.;:!?)]|$))", re.IGNORECASE)
_OF_OURS = re.compile(r"\s+of\s+(?:our|their|its|his|her|your)\s+(?=\S)", re.IGNORECASE)
_OF_EARLIER = re.compile(r"\s+of\s+(?:them|these|those|which)\b", re.IGNORECASE)
# "51 of the aircraft", "30 of these targets": a definite part of a set named before, by a word
# that names no class of weapon; the figure counts what that set was (drones, missiles).
_OF_THE_SET = re.compile(r"\s+of\s+(?:the|these|those|all\s+the)\s+(?:aircraft|craft|targets|"
                         r"objects|projectiles|munitions|weapons|air\s+targets)\b", re.IGNORECASE)
# "Of the 300 drones, 12 reached …", "the 550 drones …, with 72 of the 550": the whole
# ("Out of 51 drones, 38 …" and a quotation's '"Out of 51': the whole, fronted)
_TOTAL_BEFORE = re.compile(r"(?:(?![\"“«]?out\b)(\S+)\s+|(?:^|[,;:(\"“«]\s*|"
                           r"\b(?:and|but|while|with)\s+))"
                           r"(?:out\s+)?of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# "three children were among the dead", "two of the 12 dead were children": a part of the toll
_AMONG = re.compile(r"among\b", re.IGNORECASE)
_AMONG_AFTER = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?among\b", re.IGNORECASE)
_PART_OF_CASUALTIES = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:people\s+)?"
    r"(?:dead|killed|injured|wounded|hurt|victims|casualties|hospitali[sz]ed)\b", re.IGNORECASE)
_VERB_BEFORE_ARTICLE = re.compile(
    r"\b(?:launched|fired|shot down|downed|intercepted|destroyed|used|hits? (?:of|by))\s+$",
    re.IGNORECASE)  # "hits of a missile and 14 drones were recorded": one missile hit
# "a drone intercepted by air defences crashed …": one weapon downed
_DOWNED_AFTER = re.compile(r"\s+(?:was\s+|had\s+been\s+)?(?:intercepted|shot\s+down|downed)\b")
_WORD = re.compile(r"[\w'’/-]+|[^\w\s]")


@dataclass(frozen=True)
class Figure:
    """One figure read from a sentence (offsets are in the sentence)."""

    metric: str
    weapon: str | None
    value: float | None
    qualifier: str
    start: int
    end: int
    noun_side_hint: str | None = None  # "Ukrainian" in "57 Ukrainian drones" (surface word)
    update: bool = False  # "the toll rose to 12": replaces the source's earlier figure
    earlier: bool = False  # "had put the toll at five": gives way to the source's later figure
    # "all but two of the missiles were shot down": the value is what the metric left out of
    # the whole the source launched (read where that whole is known, strikes.py)
    all_but: bool = False
    # "Of the 351 drones, 96 were …": a whole the report may have counted already (as the
    # drones shot down), which names no new launch where it has (strikes.py)
    definite_whole: bool = False


@dataclass(frozen=True)
class _Count:
    number: NumberMention
    head: str  # "weapon" | "person" | "elided"
    weapon: str | None
    head_end: int
    side_word: str | None
    of_earlier: bool = False  # "nine of them": a part of the figure before


# A question ("Did Russia launch 500 drones?", "FACT CHECK: Were 40 missiles shot down?"): an
# auxiliary first, after at most a label, and a question mark at the end
_QUESTION = re.compile(r"(?:[^:?!.]{0,30}:\s*)?(?:Did|Do|Does|Has|Have|Had|Is|Are|Was|Were|Can|"
                       r"Could|Will|Would|Should)\s[^?!.]*\?\W*$")


def find_figures(sentence: str, *, casualties: bool = True,
                 context_weapon: str | None = None,
                 context_metric: str | None = None,
                 context_mixed: bool = False) -> list[Figure]:
    """The strike figures of one sentence, in reading order.

    ``context_weapon`` is the weapon the report was talking about before this sentence; it
    fills in "More than a dozen projectiles" when the sentence names no weapon itself.
    ``context_metric`` is the metric of the list the sentence is an item of ("downed 61
    drones:" then "- 50 over the Kyiv region"): its figures that name no verb take it.
    ``context_mixed``: the source's figures so far were of several classes of weapon, so a
    generic noun ("389 air attack weapons", "101 targets") counts them all, of no one class.
    """
    if _QUESTION.match(sentence):
        return []  # "Did Ukraine send over a thousand drones at Moscow?": asked, not told
    if '"' in sentence or "“" in sentence or "«" in sentence:
        sentence = _SCARE_QUOTES.sub(lambda m: f" {m.group(1)} ", sentence)
    if "'" in sentence or "‘" in sentence:  # 25 were 'locationally lost'
        sentence = _SINGLE_QUOTES.sub(lambda m: f" {m.group(1)} ", sentence)
    weapons = find_weapons(sentence)
    if _ALL_TYPES.match(sentence):
        context_weapon = None  # "All types: 155 launched, 91 shot down": of every class together
    metric_cues = find_cues(sentence, "metric")
    negations = find_cues(sentence, "negation")
    context_metric = _label_metric(sentence, metric_cues) or context_metric
    counts = [c for c in (_count(sentence, n, weapons) for n in _numbers(sentence)) if c]
    period = [_not_one_attack(sentence, c, counts[:i], counts[i + 1:])
              for i, c in enumerate(counts)]
    figures: list[Figure] = []
    for i, count in enumerate(counts):
        if _excluded(sentence, count) or period[i] or _listed_before_a_total(
                sentence, counts, period, i):
            continue
        classed = _class_of_a_part(sentence, count, weapons, metric_cues)
        if classed:  # "six of the missiles were Kh-101s and were shot down"
            figures.extend(classed)
            continue
        metric = ("hit" if _HITS_ON.match(sentence, count.number.end) else None) or \
            _coordinated_part(sentence, count, metric_cues, figures) or \
            _whole_of_part(sentence, count, figures) or \
            _metric(sentence, count, metric_cues, figures, context_metric)
        if metric is None or RETRACTED.search(sentence, 0, count.number.start) or \
                _REPLACED.search(sentence, max(0, count.number.start - 20), count.number.start) or \
                _negated(sentence, count, metric_cues, negations) or \
                _under_a_negated_label(sentence, count, metric_cues) or \
                _DENIED.search(sentence, max(0, count.number.start - 80), count.number.start):
            continue
        if _same_part(sentence, count, metric, figures):
            continue  # "hit by four bombs, one of which landed next to a school": told already
        if metric in ("killed", "injured"):
            if not casualties or count.head == "weapon" or _part_of_toll(sentence, count):
                continue
            weapon = None
        else:
            if count.head == "person":
                continue
            weapon = _weapon(sentence, count, counts[i + 1:], weapons, figures,
                             None if context_mixed and count.head == "weapon" else context_weapon)
        if metric == "hit" and weapon is None and count.head == "elided" and \
                not sentence[:count.number.start].strip():
            continue  # "Four struck the city, residents said.": no weapons named before
        qualifier = count.number.qualifier
        if qualifier == "all" and metric != "intercepted":
            continue
        if metric == "intercepted" and _one_interceptor_s_share(sentence, count):
            continue
        if _sub_type(sentence, count, weapon, figures):
            continue
        value = count.number.value
        changed = count.number.high is not None and bool(_CHANGE_FROM.search(
            sentence, max(0, count.number.start - 40), count.number.start))
        if changed:  # "the number of injured rose from 14 to 19": the toll is now 19
            value, qualifier = count.number.high, "exact"
        if _is_total(sentence, count) and any(
                (f.metric, f.weapon, f.value) == (metric, weapon, value) for f in figures):
            continue  # "550 drones …, with 72 of the 550 getting through": told once
        if any(f.update and f.metric == metric for f in figures) and (
                _increment(sentence, count) or _cause_of_update(sentence, count, figures)):
            continue  # "the toll has risen to seven, after two more bodies were found"
        if figures and figures[-1].update and _FROM_BEFORE.search(
                sentence, max(0, count.number.start - 12), count.number.start):
            continue  # "revised down to three from four": the figure it replaces
        update, earlier = changed or _is_update(sentence, count) or bool(
            _REMAIN.match(sentence, count.head_end)) or _corrects(sentence, count), False
        if metric:  # a figure told as revised: "later said two", "had first put … at 60"
            restated = _restated(sentence, count, [f.start for f in figures if f.metric == metric])
            # "had earlier put the toll at five": a toll put before, no update
            update = (update and restated != "earlier") or restated == "later"
            earlier = restated == "earlier"
        if update:  # "earlier reported four dead, since revised to three": the latest stands
            figures = [f for f in figures if f.metric != metric]
        elif not earlier:  # "initially reported one wounded, but two men were taken to …"
            # (a figure of another class replaces none: "its first report said 300 drones and
            # six missiles" tells two figures of that report)
            figures = [f for f in figures if f.metric != metric or not f.earlier or
                       _other_classes(f.weapon, weapon)]
        all_but = _ALL_BUT.search(sentence, max(0, count.number.start - 12),
                                  count.number.start) is not None
        if all_but and value is not None:
            whole = _whole_launched(figures, weapon)
            if whole is not None:  # "fired 7 missiles; all but two were shot down": 5
                (launched, weapon), all_but = whole, False
                value = launched - value
        figure = Figure(metric, weapon, value, qualifier, count.number.start, count.head_end,
                        count.side_word, update, earlier, all_but,
                        metric == "launched" and _definite_whole(sentence, count))
        figures.extend([figure] * _each_repeats(sentence, count))
    return _respectively(sentence, figures)


def same_class(a: str | None, b: str | None) -> bool:
    """Two weapons that may name the same launch ("missile" and "cruise_missile")."""
    return a == b or (a is not None and b is not None and "missile" in a and "missile" in b
                      and "missile" in (a, b))


def _other_classes(one: str | None, other: str | None) -> bool:
    """Two weapons named that cannot name the same launch."""
    return one is not None and other is not None and not same_class(one, other)


def _respectively(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "138 drones and 7 missiles, of which 112 and 4 respectively were shot down": the
    figures after "of which" take, in order, the classes of those before it (launched)."""
    said = _RESPECTIVELY.search(sentence)
    split = _OF_WHICH_SPLIT.search(sentence, 0, said.start()) if said else None
    if said is None or split is None:
        return figures
    wholes = [f for f in figures if f.end <= split.start() and f.value is not None]
    parts = [f for f in figures if split.end() <= f.start < said.start()]
    if len(parts) < 2 or len(parts) != len(wholes) or any(w.weapon is None for w in wholes):
        return figures
    classes = {id(p): w.weapon for p, w in zip(parts, wholes, strict=True)}
    return [replace(f, weapon=classes[id(f)]) if id(f) in classes else
            replace(f, metric="launched") if f in wholes else f for f in figures]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_OF_WHICH_SPLIT = re.compile(r"\b(?:of\s+which|of\s+them|of\s+these)\b", re.IGNORECASE)


_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)


def _whole_launched(figures: list[Figure], weapon: str | None
                    ) -> tuple[float, str | None] | None:
    """(value, weapon) of the launch an "all but N" is counted from: the last of its weapon,
    or, for "all but two of the missiles", of the one class of missile launched ("nine Kh-101
    cruise missiles")."""
    launched = [(f.value, f.weapon) for f in figures
                if f.metric == "launched" and f.value is not None]
    same = [f for f in launched if f[1] == weapon]
    if same:
        return same[-1]
    classes = {w for _, w in launched if w and w.endswith("_missile")}
    if weapon == "missile" and len(classes) == 1:
        return next(f for f in reversed(launched) if f[1] in classes)
    return None


_IS_A = re.compile(r"\s+(?:were|was|are)\s+(?:all\s+)?")
_AND_WERE = re.compile(r"\s+and\s+(?:were|was|are)\s+(?:(?:then|later|\w+ly)\s+)?")


# "Shot down: 3 Kh-101; 121 drones", "- Hits - 8 drones; 1 ballistic missile": a line's label
# (the words before its colon or dash, no figure among them)
_LABEL = re.compile(r"[^\w\n]{0,3}[A-Za-z][^:;\d\n]{0,40}?(?::|\s[-\u2013\u2014]\s)")


def _label_metric(sentence: str, cues: Sequence[Cue]) -> str | None:
    """The metric of a line's label: it governs every figure of the line, across the ";" and
    "," between its items, that names no verb of its own."""
    label = _LABEL.match(sentence) if ":" in sentence or " - " in sentence else None
    if label is None:
        return None
    return next((c.value for c in cues if c.end <= label.end()), None)


def _class_of_a_part(sentence: str, count: _Count, weapons: Sequence[WeaponMention],
                     cues: Sequence[Cue]) -> list[Figure]:
    """ "Six of the missiles were Kh-101 cruise missiles and were shot down", "the other three
    were Iskander-M ballistic missiles": a part of a mixed total given its class is a launched
    figure of that class (GUIDE: breakdowns by weapon class), and a verb joined to it ("and
    were shot down") tells what became of the part. A sub-type within the total's class ("two
    of the drones were Shaheds") is none."""
    if count.head == "person":
        return []
    joint = _IS_A.match(sentence, count.head_end)
    predicate = next((w for w in weapons if joint and w.start == joint.end()), None)
    if joint is None or predicate is None:
        return []
    end, category = _weapon_phrase(weapons, predicate)
    whole = count.weapon or next((w.weapon for w in reversed(weapons)
                                  if w.end <= count.number.start), None)
    if category is None or category == whole or category == "missile":
        return []  # "Of the drones, about 250 were Shaheds": a sub-type of the class
    number = count.number
    found = [Figure("launched", category, number.value, number.qualifier, number.start, end)]
    joined = _AND_WERE.match(sentence, end)
    verb = next((c for c in cues if joined and c.start == joined.end()), None)
    if verb is not None and verb.value not in (None, "launched"):
        found.append(Figure(verb.value, category, number.value, number.qualifier,
                            number.start, end))
    return found


# Between two items of one list of figures: "1,300 drones, nearly 900 bombs and 51 missiles"
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as|,?\s+plus)\s+(?:(?:nearly|almost|about|"
                        r"around|some|over|more than|at least|up to|roughly)\s+)?")


def _listed_before_a_total(sentence: str, counts: list[_Count], period: list[bool],
                           i: int) -> bool:
    """ "more than 1,300 drones, nearly 900 bombs and 51 missiles over the past seven days":
    the period after the list's last item adds up every item of it, unless an item's own words
    tie it to one attack ("120 drones overnight, and 2,000 over the past week")."""
    j = i
    while j + 1 < len(counts):
        between = sentence[counts[j].head_end:counts[j + 1].number.start]
        if not _LIST_JOIN.fullmatch(between) or one_attack(
                sentence, counts[j].number.start, counts[j + 1].number.start):
            return False
        j += 1
        if period[j]:
            return True
    return False


_JOINED_PART = re.compile(r"(?:,\s*|\s)(?:as well as|and(?: also)?|plus)\s+"
                          r"(?:(?:another|about|some|at least|more than|over)\s+)?$|,\s+$")


def _coordinated_part(sentence: str, count: _Count, cues: Sequence[Cue],
                      earlier: list[Figure]) -> str | None:
    """ "shot down 70 of the 97 drones Russia launched, as well as two of the four missiles":
    a part joined to a part before it shares its verb (the verbs of the wholes, "launched",
    tell how many came, not what became of the part); its own verb still wins ("and 3 of the
    5 missiles hit their targets")."""
    if not _PARTITIVE.match(sentence, count.number.end) or not _JOINED_PART.search(
            sentence, max(0, count.number.start - 30), count.number.start):
        return None
    _, hi = clause_bounds(sentence, count.number.start, _CLAUSE_BREAK)
    if _own_verb(sentence, count, cues, hi, None) not in (None, "launched"):
        return None
    parts = [f for f in earlier if _PARTITIVE.search(sentence, f.start, f.end)]
    return parts[-1].metric if parts else None


_PART_OF_A_TOTAL = re.compile(r"\bpart of (?:a|the|an) (?:[\w-]+ )?total of\s+$", re.IGNORECASE)


def _whole_of_part(sentence: str, count: _Count, earlier: list[Figure]) -> str | None:
    """ "nine drones over the region, part of a nationwide total of 48": the whole the figure
    before is part of, counted the same way."""
    if earlier and _PART_OF_A_TOTAL.search(sentence, max(0, count.number.start - 45),
                                           count.number.start):
        return earlier[-1].metric
    return None


def _one_interceptor_s_share(sentence: str, count: _Count) -> bool:
    """ "A pilot of an F-16 downed seven of the drones": one interceptor's share (GUIDE)."""
    lo, _ = clause_bounds(sentence, count.number.start, _CLAUSE_BREAK)
    return bool(cues_between(sentence, "share", lo, count.number.start))


def _sub_type(sentence: str, count: _Count, weapon: str | None, earlier: list[Figure]) -> bool:
    """ "300 drones, including about 80 Shaheds": a sub-type within the class counted before
    (GUIDE); a finer class ("39 missiles, including 11 ballistic ones") and a place's share
    ("including 37 over Bryansk") are kept."""
    if count.head != "weapon" or weapon is None or not earlier or earlier[-1].weapon != weapon:
        return False
    start = count.number.start
    if weapon.endswith("_missile") and _BROKEN_DOWN.fullmatch(sentence, earlier[-1].end, start):
        # "36 cruise missiles - 14 Kalibr and 22 Kh-101", "(20 Kalibr, 16 Kh-101)": the
        # models within the class just counted
        return True
    subsets = cues_between(sentence, "subset", start - 25, start)
    return bool(subsets) and sentence[subsets[-1].end:start].strip() in ("", ",")


# after a class's figure, a dash, a colon or a bracket, and the items of the breakdown before
_BROKEN_DOWN = re.compile(r"\s*(?:[-\u2013\u2014:(]|,\s+(?:of\s+which|namely))\s*"
                          r"(?:[\d,]+\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|and)\s*){0,4}")


# "28 people remain injured": the toll as it now stands
_REMAIN = re.compile(r"\s+(?:still\s+)?remains?\s+(?:injured|wounded)\b", re.IGNORECASE)


# "An earlier version of this story said 54 drones …", "we wrongly reported 12": a figure the
# outlet takes back is no figure of the attack
RETRACTED = re.compile(r"\b(?:earlier|previous|original|first)\s+version\s+of\s+"
                       # (the genre the outlet calls its text: "this fact check", "the caption")
                       r"(?:this|the|our)\s+(?:story|article|report|post|item|piece|update|news|"
                       r"fact[- ]?check|explainer|briefing|brief|newsletter|digest|timeline|"
                       r"live\s+blog|caption|table|graphic|chart)\b|"
                       # a live blog's correction: "our 06:50 entry originally said 380"
                       r"\b(?:our|this)\s+(?:[\w:.]+\s+){0,2}?(?:entry|post|story|article|report|"
                       r"update|item|piece|version|headline)\s+(?:had\s+)?(?:originally|initially|"
                       r"first|previously|had)\s+(?:said|stated|reported|gave|put|given|read)\b|"
                       r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|"
                       r"gave|put|wrote|listed)\b", re.IGNORECASE)
# "…, not 64 as stated earlier", "rather than the 64": the figure a correction replaces
_REPLACED = re.compile(r",\s*(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "66 drones were shot down, not 64 as stated earlier", "…, rather than the 64 reported before":
# the figure corrects the source's earlier one (GUIDE: a corrected figure, only the latest)
_CORRECTING = re.compile(r"[^.;]{0,60}?,?\s+(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?"
                         r"[\w,.-]{1,12}\s+(?:[\w-]+\s+){0,2}?(?:as\s+)?(?:(?:earlier|first|"
                         r"initially|previously|originally)\s+(?:stated|reported|said|announced|"
                         r"published|given|indicated)\b|(?:\w+\s+)?(?:stated|reported|said|"
                         r"announced|published|given|indicated)\s+(?:earlier|before|previously|"
                         r"initially|at\s+first)\b)", re.IGNORECASE)


def _corrects(sentence: str, count: _Count) -> bool:
    return _CORRECTING.match(sentence, count.head_end) is not None


def _is_update(sentence: str, count: _Count) -> bool:
    """ "the death toll rose to 12", "a figure since revised to three"."""
    start = count.number.start
    return any(sentence[c.end:start].strip() == ""
               for c in cues_between(sentence, "update", start - 50, start))


_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|near|from)\s+(?:the\s+)?[A-Z]")


_FROM_BEFORE = re.compile(r"\b(?:up|down)?\s*from\s+$", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rising|climbed|increased|grew|grown|jumped|fell|"
                          r"dropped|revised(?: up| down|upward|downward)?)\s+from\s+$",
                          re.IGNORECASE)


def _cause_of_update(sentence: str, count: _Count, earlier: list[Figure]) -> bool:
    """ "the number of dead had risen to eight after a woman died in hospital": the clause
    that tells why the toll rose counts what was added, no toll of its own."""
    last = earlier[-1]
    return last.update and bool(_WHY_IT_ROSE.fullmatch(sentence, last.end, count.number.start))


_WHY_IT_ROSE = re.compile(r"[^,;.\d]{0,30}?\b(?:after|when|as|because|following|once)\s+"
                          r"(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


def _increment(sentence: str, count: _Count) -> bool:
    """ "two more people", "another three": what was added to a figure."""
    return bool(re.match(r"\s+more\b", sentence[count.number.end:count.number.end + 6])
                or re.search(r"\banother\s+$", sentence[max(0, count.number.start - 9):
                                                          count.number.start]))


_PLACE_OF_PART = re.compile(
    r"\s+(?:(?:were|was|being)\s+(?:\w+\s+){1,2})?(?:in|on|at|near|from|over|above)\s+"
    r"(?:the\s+)?[A-Z]|[^,;.]{0,40}?\b(?:over|above)\s+(?:the\s+)?[A-Z]")


def _same_part(sentence: str, count: _Count, metric: str, earlier: list[Figure]) -> bool:
    """ "hit by four bombs, one of which landed next to a school": a part of the figure before
    with its metric is inside it (a place's share, "nine of them over Oryol", is kept)."""
    return count.of_earlier and bool(earlier) and earlier[-1].metric == metric and \
        _PLACE_OF_PART.match(sentence, count.head_end) is None and \
        not _finer_class(count, earlier[-1])


def _finer_class(count: _Count, whole: Figure) -> bool:
    """ "40 missiles, 25 of them cruise missiles", "261 drones and missiles, 67 of them
    missiles": the part names a class of the GUIDE finer than its whole's (a breakdown by
    class, a quantity); "300 drones, 80 of them Shaheds" names a type within the class."""
    part = count.weapon if count.head == "weapon" else None
    if part is None or part == whole.weapon:
        return False
    return whole.weapon is None or (whole.weapon == "missile" and part in _MISSILES)


def _part_of_toll(sentence: str, count: _Count) -> bool:
    """ "24 injured …; 11 of them remain in hospital": a part of the toll (GUIDE: subsets of the
    people counted are no figures), where a place's share ("two of them in Kupiansk") is kept."""
    return count.of_earlier and not _PLACE_AFTER.match(sentence, count.head_end)


def _restated(sentence: str, count: _Count, same_metric: list[int]) -> str | None:
    """ "earlier" where the clause tells of a toll the source gave before ("initially reported
    one man wounded", "had put the number of dead at five"), "later" where of one it gave since
    ("later said two men …"); the cue speaks of the first toll after it (``same_metric``: where
    the figures of the same metric before this one start)."""
    lo, _ = clause_bounds(sentence, count.number.start, _CLAUSE_BREAK)
    # (up to the figure's first character: "rather than 405" looks ahead at its number)
    said = [c for kind in ("earlier", "later")
            for c in cues_between(sentence, kind, lo, count.number.start + 1)
            if c.end <= count.number.start]
    if not said:
        return None
    cue = max(said, key=lambda c: c.start)
    if cue.kind == "earlier" and cue.surface.lower().startswith("had ") and any(
            c.kind == "later" and c.start < cue.start for c in said):
        cue = next(c for c in said if c.kind == "later")  # "by midday he had put it at three"
    return None if any(cue.start < start for start in same_metric) else cue.kind


# Words that tie a clause to one attack even where it names a longer period ("in March, in a
# single night, Russia launched …").
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)")
_ONE_ATTACK = fast_regex(r"\b(?:overnight|single night|one night|single attack|one attack|"
                         r"on the night|last night|tonight|this morning|in one go|"
                         r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         rf"on {_MONTH_NAMES} \d{{1,2}}|on \d{{1,2}} {_MONTH_NAMES})\b",
                         re.IGNORECASE)


def period_in(sentence: str, lo: int, hi: int, of_a_count: bool = True) -> bool:
    """A period named in ``sentence[lo:hi]`` that does not rank an attack ("its deadliest
    attack this year"); a truce's span ("since the truce began") only for a count."""
    return any(lo <= cue.start and cue.end <= hi and not _SUPERLATIVE.search(
        sentence, max(lo, cue.start - 50), cue.start) for cue in _periods(sentence, of_a_count))


def _periods(sentence: str, of_a_count: bool) -> tuple[Cue, ...]:
    """The periods ``sentence`` names. "Since the truce began" spans many attacks for a count
    ("violated it 312 times since the truce began"), but the attacks told in it are each the
    accusation's own: where they were and what they hit is no period's."""
    cues = find_cues(sentence, "period")
    return cues if of_a_count else tuple(cue for cue in cues if cue.value != "truce")


def one_attack(sentence: str, lo: int, hi: int) -> bool:
    """Words in ``sentence[lo:hi]`` that tie it to one attack ("overnight", "in a single
    night")."""
    # "since the truce took effect on May 8": the day a period began ties nothing to one attack
    # "…, the air force said on Monday": the day it was said, not the day of one attack
    return any(not _SINCE.search(sentence, max(0, m.start() - 60), m.start())
               and not _SAID_BEFORE.search(sentence, max(0, m.start() - 25), m.start())
               and not _FORECAST_NEAR.search(sentence, max(0, m.start() - 80), m.start())
               for m in _ONE_ATTACK.finditer(sentence, lo, hi))


# "could soon send up to 1,000 drones in a single night": a night only forecast
_FORECAST_NEAR = re.compile(r"\b(?:could|would|might|may|able to|capable of|expects? to|"
                            r"plans? to)\b(?:[^,;.]|[,.](?=\d)){0,70}$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|reports|announced|stated|wrote|posted|added|"
                         r"informed|informs|noted|declared|explained|"
                         r"told\s+(?:\w+\s+){0,2}?|confirmed|claimed|warned|warns)\s+"
                         r"(?:late\s+|early\s+)?$",
                         re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b[^,;.\d]{0,50}$", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|most|worst|first|record)\b", re.IGNORECASE)


def _not_one_attack(sentence: str, count: _Count, earlier: list[_Count],
                    later: list[_Count]) -> bool:
    """The figure's own words first: from the figure before it (or the last comma or "and")
    to the next figure. "524 drones since the truce began, including 61 overnight": the 61 is
    the night's, the 524 the truce's; "50 drones overnight, bringing the total since 2022 to
    30,000": the 30,000 is the war's."""
    start, end = count.number.start, count.head_end
    lo = earlier[-1].head_end if earlier else 0
    lo = max([lo] + [m.end() for m in _PART_BREAK.finditer(sentence, lo, start)])
    hi = later[0].number.start if later else len(sentence)
    if _defined_as_no_attack(sentence, count.number.end):
        return True
    if one_attack(sentence, lo, hi) and not _forecast_before(sentence, start):
        return False
    if _period_label(sentence, start):
        return True
    if _period_around(sentence, start, end, (lo, hi), 60):
        return True
    return not_one_attack(sentence, start, end)


_PART_BREAK = re.compile(r",|\band\b")
# "Week to date: 742 drones launched; 650 down.": a label before a colon heads the sentence
_PERIOD_LABEL = re.compile(r"[^:.;\d]{3,40}:\s")


# "1,000: the number of drones analysts believe Russia could launch", "4,300 - the drones
# launched since January": a figure first, then what it counts
_DEFINED = re.compile(r"\s*(?::|\s[-–—])\s+(?:the|that's the|that is the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:number|count|total|figure|tally|sum)\s+of\b|"
                      r"\s*(?::|\s[-–—])\s+the\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles)\b")


def _defined_as_no_attack(sentence: str, end: int) -> bool:
    """A figure defined after it ("1,000: the number of drones some analysts believe Russia
    could one day launch") as a forecast or a period's total: the definition is its clause."""
    defined = _DEFINED.match(sentence, end)
    if defined is None:
        return False
    rest = defined.end()
    return any(cue.start >= rest for cue in find_cues(sentence, "hypothetical")) or \
        period_in(sentence, rest, len(sentence))


def _period_label(sentence: str, start: int) -> bool:
    """A period that labels the sentence before a colon ("Week to date:", "Since January:",
    "So far this year:") spans every figure after it, past ";" and "and"."""
    label = _PERIOD_LABEL.match(sentence)
    return label is not None and label.end() <= start and \
        period_in(sentence, 0, label.end() - 1)


# one-attack words that date an attack, unlike "in a single night" (a forecast can say that)
_DATED_ATTACK = re.compile(r"\b(?:overnight|on the night|last night|tonight|this morning|"
                           r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
                           re.IGNORECASE)


def _forecast_before(sentence: str, start: int) -> bool:
    """A forecast cue before the figure in its clause ("could launch"), no attack dated there.
    The day of a warning ("warned on Monday that Russia could launch …") dates no attack."""
    lo, hi = clause_bounds(sentence, start, _CLAUSE_BREAK)
    cues = [cue for cue in find_cues(sentence, "hypothetical")
            if lo <= cue.start and cue.end <= start]
    if not cues:
        return False
    said = [m.end() for m in _SAID_THAT.finditer(sentence, lo, cues[0].start)]
    return not any(  # ", Zelensky warned on Friday": the day it was said
        not _SAID_BEFORE.search(sentence, max(0, m.start() - 25), m.start())
        for m in _DATED_ATTACK.finditer(sentence, said[-1] if said else lo, hi))


# "warned on Monday that", "said on Tuesday Russia might": what follows is what was said
_SAID_THAT = re.compile(r"\b(?:that|said|says|warned|warns|claimed|claims|believes|believed|"
                        r"predicted|predicts|expects|expected|estimated|estimates|fears|feared|"
                        r"thinks|thought)\s")


def _period_around(sentence: str, start: int, end: int, span: tuple[int, int],
                   reach: int, of_a_count: bool = True) -> bool:
    """A period named before the words at ``start:end`` in ``span``, or right after them."""
    lo, hi = span
    for cue in _periods(sentence, of_a_count):
        if _SUPERLATIVE.search(sentence, max(lo, cue.start - 50), cue.start):
            continue  # "its deadliest attack this year": the period ranks the attack
        if lo <= cue.start and cue.end <= start:
            return True
        if end <= cue.start < min(hi, end + reach) and "," not in sentence[end:cue.start]:
            return True
    return False


def not_one_attack(sentence: str, start: int, end: int, reach: int = 35,
                   of_a_count: bool = True) -> bool:
    """The words at ``start:end`` tell of no one attack: a total over a period ("Throughout
    2024, Russia fired …", "… since the start of the year"), a forecast ("could launch up to
    1,000 drones") or a condition ("if Russia forgoes strikes on energy sites"). A place or a
    target (``of_a_count`` false) told since a truce began is an attack's."""
    if _forecast_before(sentence, start):
        return True  # "could launch up to 1,000 drones in a single night": a forecast
    lo, hi = clause_bounds(sentence, start, _CLAUSE_BREAK)
    if one_attack(sentence, lo, hi):
        return False
    for cue in find_cues(sentence, "hypothetical"):
        if lo <= cue.start and cue.end <= start:
            return True
    return _period_around(sentence, start, end, (lo, hi), reach, of_a_count)


_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"further|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def _numbers(sentence: str) -> list[NumberMention]:
    """Numbers, plus "a"/"an"/"one" before a person or weapon noun ("a civilian was killed")."""
    found = list(find_numbers(sentence))
    taken = {n.number_start for n in found}
    singular_weapons = [w for w in find_weapons(sentence) if not w.surface.lower().endswith("s")]
    candidates: list[Cue | WeaponMention] = [*find_cues(sentence, "person_one"), *singular_weapons]
    person: tuple[int, int] | None = None  # the last single person counted: (index, its end)
    for cue in candidates:
        m = _ARTICLE_ONE.search(sentence[:cue.start])
        # a single weapon counts after another figure ("126 drones and a ballistic missile")
        # or right after a verb of launching or downing ("fired a Kinzhal missile")
        if cue in singular_weapons and m and not (
                m.group().lower().startswith("one")  # "hits by one ballistic missile"
                or _after_a_figure(found, sentence, m.start())
                or _VERB_BEFORE_ARTICLE.search(sentence[:m.start()])
                or _DOWNED_AFTER.match(sentence, cue.end)):
            continue
        if cue in singular_weapons or _PERSON_AS_NOUN.match(sentence, cue.end):
            pass
        else:
            continue  # "a civilian vessel": the person word is an adjective here
        if m and (_APPOSED_TO_A_TOLL.search(sentence, max(0, m.start() - 60), m.start())
                  or _apposed_to_a_victim(sentence, m.start())
                  or _apposed_to_one_person(sentence, m.start(), cue.end)):
            continue  # "two dead, a man and a woman": the toll's people, named one by one
        if m and _ORDINAL.search(m.group()) and not any(n.start < m.start() for n in found):
            # "a second person has died": the toll told before grew by one, it is not one
            # ("a man was killed and a second man injured": the second of this sentence)
            continue
        if m and person is not None and cue not in singular_weapons and \
                _AND_ONLY.fullmatch(sentence, person[1], m.start()):
            # "the bodies of a man and a woman": one count of the two
            first = found[person[0]]
            found[person[0]] = NumberMention(first.start, first.end, (first.value or 1) + 1,
                                             "exact", first.number_start)
            person = (person[0], cue.end)
            continue
        if m and m.start() not in taken and not _inside(found, m.start()):
            found.append(NumberMention(m.start(), m.start() + len(m.group().split()[0]), 1,
                                       "exact", m.start()))
            taken.add(m.start())
            if cue not in singular_weapons:
                person = (len(found) - 1, cue.end)
    for cue in find_cues(sentence, "person_one"):  # "killing the driver": one person
        the = _THE_AFTER_A_CASUALTY_VERB.search(sentence, max(0, cue.start - 40), cue.start)
        if the is not None and _PERSON_AS_NOUN.match(sentence, cue.end) and \
                the.start(1) not in taken and not _inside(found, the.start(1)):
            found.append(NumberMention(the.start(1), the.end(1), 1, "exact", the.start(1)))
            taken.add(the.start(1))
    for start, word, value in _one_of_the_or_both(sentence):
        if _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start):
            continue  # "debris from one of the downed drones": which one, not how many
        if start not in taken and not _inside(found, start):
            found.append(NumberMention(start, start + len(word), value, "exact", start))
            taken.add(start)
    if "both" in sentence and found:
        for m in _BOTH_OF_THEM.finditer(sentence):  # "2 Iskanders, both shot down": every one
            if m.start() not in taken and any(n.end <= m.start() for n in found):
                found.append(NumberMention(m.start(), m.start() + 4, None, "all", m.start()))
                taken.add(m.start())
    return sorted(found, key=lambda n: n.start)


# "…, both shot down", "; both were intercepted", "both of which were downed": a pronoun for
# the two weapons counted before, as "all" is for more
_BOTH_OF_THEM = re.compile(r"(?<=[,;:] )both(?= (?:of (?:them|which) )?(?:were |was |had been "
                           r"|have been )?(?:\w+ly )?(?:shot|downed|destroyed|intercepted|"
                           r"neutrali[sz]ed|jammed|suppressed|lost|hit|struck|reached))")


# "killing the driver", "wounded the shop's owner": the object of an active casualty verb
_THE_AFTER_A_CASUALTY_VERB = re.compile(
    r"\b(?:killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds)\s+(the)\s+"
    r"(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)
# "one of the Kalibrs", "both ballistic missiles": the weapon noun may be any of the lexicon's
_ONE_OF_THE_BEFORE = re.compile(r"\b(one\s+of\s+(?:the|these|those)|both(?:\s+of\s+the)?)\s+"
                                r"(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*(?:,|and|or|as well as)\b", re.IGNORECASE)
_FIGURE_NEXT = re.compile(r"\s*(?:about\s+|some\s+|over\s+|more than\s+)?\d")


def _one_of_the_or_both(sentence: str) -> list[tuple[int, str, int]]:
    """(start, word, value) of "one of the … <weapons>" (1) and "both … <weapons>" (2); not
    "both drones and missiles", where "both" joins two kinds."""
    found = [(m.start(), "one", 1) for m in _ONE_OF_THE.finditer(sentence)]
    for weapon in find_weapons(sentence):
        m = _ONE_OF_THE_BEFORE.search(sentence, max(0, weapon.start - 40), weapon.start)
        if m is None or not weapon.surface.lower().endswith("s") or \
                _EVERY_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # "every one of the missiles": the whole set, read as "all"
        if m.group(1).lower().startswith("both"):
            listed = _LISTED_AFTER.match(sentence, weapon.end)
            if listed is not None and not _FIGURE_NEXT.match(sentence, listed.end()):
                continue  # "both drones and missiles"; not "both missiles and 17 drones"
            found.append((m.start(), "both", 2))
        else:
            found.append((m.start(), "one", 1))
    return found


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|by|with|in|on|at|into|onto|off|near)\s+$",
                                 re.IGNORECASE)
# "a port worker", "an aid worker": the article and one noun before a single person's word (not
# "a second man", "a teenage son" told beside another toll)
# ("one port worker", "a 46-year-old power engineer")
_A_NOUN_BEFORE_PERSON = re.compile(r"(?i:an?|one)\s+(?:\w+-year-old\s+)?(?!(?:second|third|"
                                   r"fourth|other|another|further|teenage|young|elderly|"
                                   r"local)\b)[a-z]+")
# "one of the missiles", "one of these drones": a part of one of a set of weapons named before
_ONE_OF_THE = CaseFolded(r"(?<!every )(?<!each )\bone(?=\s+of\s+(?:the|these|those)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:drones|"
                         r"missiles|UAVs|rockets|bombs|Shaheds|aircraft|targets)\b)", re.IGNORECASE)


_AND_ONLY = re.compile(r"\s+and\s+")
# "the second victim, a woman of 70": who the victim was, no one more
_APPOSED_TO_A_VICTIM = re.compile(
    r"\bthe\s+(?:(?:first|second|third|fourth|fifth|other|last|latest|youngest|oldest|only|"
    r"dead|injured|wounded)\s+)?(?:victim|casualty|deceased|dead|person|man|woman|child|boy|girl)"
    r"\s*,\s*$", re.IGNORECASE)
_THE_PERSON_BEFORE = re.compile(r"\b(?:the|another|an?\s+(?:second|third|fourth|fifth|further))"
                                r"\s+(?:[\w'-]+\s+){0,2}?$", re.IGNORECASE)


def _apposed_to_a_victim(sentence: str, pos: int) -> bool:
    """ "the second victim, a woman of 70", "killed the driver, a man of 40": the words at
    ``pos`` say who a person named before was."""
    if _APPOSED_TO_A_VICTIM.search(sentence, max(0, pos - 40), pos):
        return True
    return any(re.fullmatch(r"\s*,\s*", sentence[c.end:pos]) and _THE_PERSON_BEFORE.search(
        sentence, max(0, c.start - 30), c.start) for c in cues_between(
            sentence, "person_one", pos - 30, pos))


def _apposed_to_one_person(sentence: str, start: int, end: int) -> bool:
    """ "One person, a night watchman, was hurt": the words at ``start:end`` say
    who the one person was (closed by a comma); "one man, a woman and a child" are three."""
    return _ONE_PERSON_BEFORE.search(sentence, max(0, start - 25), start) is not None and \
        _CLOSED_BY_A_COMMA.match(sentence, end) is not None


_ONE_PERSON_BEFORE = re.compile(r"\b(?:one|a)\s+(?:person|man|woman|civilian|resident)\s*,\s*$",
                                re.IGNORECASE)
_CLOSED_BY_A_COMMA = re.compile(r"(?:\s+(?!and\b|or\b)[\w'’-]+){0,4}\s*,")


_APPOSED_TO_A_TOLL = CaseFolded(
    r"(?:\d[\d,]*|" + _WORD_NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|injured|wounded|"
    r"hurt|people|victims)\s*,\s*(?:(?:an?|one)\s+(?:[\w-]+\s+){1,3}?and\s+)?$", re.IGNORECASE)


def _is_age(sentence: str, number: NumberMention) -> bool:
    """The number is a person's age, not a count ("a woman aged 60", "a man of 58", "two
    men, 45 and 50, were hurt"); a count after a person noun goes on with a noun or a verb
    ("three people, 12 were hurt")."""
    if _AGED.search(sentence, max(0, number.start - 40), number.start):
        return True
    if number.value is None or number.value >= 120 or number.start != number.number_start or \
            not sentence[number.start:number.start + 1].isdigit():
        return False  # an age is written in bare digits
    ends = _AGE_END.match(sentence, number.end) is not None
    for kind in ("person_one", "person"):
        for cue in cues_between(sentence, kind, number.start - 40, number.start):
            joint = _AGE_AFTER_PERSON.fullmatch(sentence, cue.end, number.start)
            if joint is not None and (ends or (" of " in joint.group() and _AGE_END_OF.match(
                    sentence, number.end))):
                return True
    return False


def _after_a_figure(found: list[NumberMention], sentence: str, pos: int) -> bool:
    """ "126 drones and a ballistic missile": a single weapon listed after a counted one (not
    "Russian drones and a ballistic missile hit the port", where nothing is counted)."""
    before = [n for n in found if n.end <= pos]
    return bool(before) and pos - before[-1].end <= 40 and \
        bool(re.fullmatch(r"[^.;\d]*\band\s+", sentence[before[-1].end:pos]))


def _inside(numbers: list[NumberMention], pos: int) -> bool:
    return any(n.start <= pos < n.end for n in numbers)


def _size_of_an_attack(sentence: str, number: NumberMention) -> _Count | None:
    """ "Russia's 80-drone attack", "a 40-missile barrage": the weapons the attack was made of
    (launched, ``_metric``); any other adjective ("a 30-day truce") counts nothing."""
    start = number.end + 1  # (the table finds no weapon joined to a number by its hyphen)
    rest = sentence[start:start + 40]
    weapon = next((w for w in find_weapons(rest) if w.start == 0), None)
    if weapon is None or not _ATTACK_NOUN_AFTER.match(rest, weapon.end):
        return None
    return _Count(number, "weapon", weapon.weapon, start + weapon.end, None)


_ATTACK_NOUN_AFTER = re.compile(r"\s+(?:(?:combined|overnight|night|air|aerial|mass(?:ive)?)\s+)?"
                                # one attack ("two 80-drone attacks in a week" add up several)
                                r"(?:attack|barrage|strike|assault|raid|salvo|wave|onslaught|"
                                r"bombardment|swarm)\b(?!-)", re.IGNORECASE)


def _count(sentence: str, number: NumberMention, weapons: Sequence[WeaponMention]) -> _Count | None:
    """What the number counts: a weapon noun, a person noun, or nothing said (elided)."""
    if sentence[number.end:number.end + 1] == "-":  # "30-day", "eight-hour": an adjective
        return _size_of_an_attack(sentence, number)
    if _TIMES_AFTER.match(sentence, number.end):  # "two and a half times the 2024 total"
        return None
    if _is_age(sentence, number):
        return None  # "a woman aged 60", "a man of 58", "two men, 34 and 51,": an age
    if _DIFFERENCE.match(sentence, number.end):
        return None  # "11 drones, two more than the ministry counted": a difference
    pos, side_word = number.end, None
    named = _NUMBER_OF_WEAPONS.search(sentence, max(0, number.start - 70), number.start)
    if named is not None:  # "put the number of drones at 212": the weapon named before
        weapon = next((w for w in weapons if named.start("noun") <= w.start < named.end("noun")),
                      None)
        if weapon is not None and _ELIDED_AFTER_NUMBER.match(sentence, number.end):
            return _Count(number, "weapon", weapon.weapon, number.end, side_word)
    if sentence[pos:pos + 1] in _QUOTES:  # 'destroyed "more than 20" drones'
        pos += 1
    for _ in range(4):
        rest = sentence[pos:]
        weapon = next((w for w in weapons if w.start == pos + len(rest) - len(rest.lstrip())), None)
        if weapon is not None:
            end, category = _weapon_phrase(weapons, weapon)
            return _Count(number, "weapon", category, end, side_word)
        person = _person_at(sentence, pos)
        if person is not None and _OTHERS.match(sentence, pos) and (
                _weapons_last_named(sentence, number.start, weapons)
                or _downed_right_after(sentence, person)):
            # "downed 97 drones, while 25 others were lost to EW": more of the weapons before;
            # "… 44 were shot down. 17 others were lost to EW.": people are not shot down
            return _Count(number, "elided", None, person, side_word)
        if person is not None:
            return _Count(number, "person", None, person, side_word)
        m = _WORD.search(sentence, pos)
        if _HITS_ON.match(sentence, pos) and not _RECEIVED.search(
                sentence, max(0, number.start - 25), number.start):
            # "three hits on the refinery", "…, 13 hits.": weapons that hit (not "the building
            # received three hits", what a target took)
            return _Count(number, "weapon", None, m.end() if m else pos, side_word)
        if m is not None and m.group().lower() in _COUNTED_NOUNS:
            return None  # "Three fires broke out": the number counts fires, not weapons
        if m is not None and m.group().lower() == "more" and _noun_after(sentence, m.end(),
                                                                      weapons):
            pos = m.end()  # "two more people": the noun follows
            continue
        shared = _shared_head(sentence, pos, m, number, weapons) if m is not None else None
        if shared is not None:  # "63 Shahed-type and decoy drones": one noun for both
            pos = shared
            continue
        if m is None or _ELIDED_NEXT.fullmatch(m.group()) or _starts_metric(sentence, m.start()) \
                or _all_of_a_set_hit(sentence, number, m) or \
                _NIGHT_AFTER.match(sentence, m.start()):
            return _Count(number, "elided", None, number.end, side_word)
        if m.group().lower() == "respectively":  # "112 and 4 respectively": named before
            return _Count(number, "elided", None, number.end, side_word)
        if m.group().lower().endswith("ly") and \
                _starts_metric(sentence, _skip_space(sentence, m.end())):
            return _Count(number, "elided", None, number.end, side_word)  # "21 simply vanished"
        if _PARTITIVE_ELIDED.match(sentence, pos):  # "we intercepted three of the seven."
            return _Count(number, "elided", None, number.end, side_word)
        partitive = _PARTITIVE.match(sentence, pos) or _OF_OURS.match(sentence, pos)
        if partitive is not None:  # "26 of the 30 drones": 26 counts the drones; "two of our
            pos = partitive.end()  # power engineers": two counts the engineers
            continue
        of_set = _OF_THE_SET.match(sentence, pos)
        if of_set is not None:  # the set's weapon is not this sentence's to say
            return _Count(number, "weapon", None, of_set.end(), side_word)
        of_earlier = _OF_EARLIER.match(sentence, pos)
        if of_earlier is not None:  # "nine of them": what the figure before counted
            named_set = _weapon_right_after(sentence, of_earlier.end(), weapons) \
                if number.value != 1 else None  # "one of those missiles": one item's fate
            if named_set is not None:  # "42 of those drones": the set names its weapon
                end, category = _weapon_phrase(weapons, named_set)
                return _Count(number, "weapon", category, end, side_word, of_earlier=True)
            return _Count(number, "elided", None, of_earlier.end(), side_word, of_earlier=True)
        if not _MODIFIER.fullmatch(m.group()):
            people = cue_at(sentence, _skip_space(sentence, m.end()), "person") \
                if m.group().isalpha() else None
            if people is not None:  # "two port workers", "five bus passengers"
                return _Count(number, "person", None, people.end, side_word)
            one = _person_at(sentence, m.end()) if _A_NOUN_BEFORE_PERSON.fullmatch(
                sentence[number.start:m.end()]) else None
            if one is not None:  # "a port worker was killed": one person
                return _Count(number, "person", None, one, side_word)
            return None
        if m.group().lower() in ("ukrainian", "russian"):
            side_word = m.group()
        pos = m.end()
    return None


_OTHERS = re.compile(r"\s*others\b", re.IGNORECASE)


def _downed_right_after(sentence: str, pos: int) -> bool:
    """A verb of the air tally's downing ("were lost to EW", "were shot down") right after."""
    return any(pos <= c.start <= pos + 12 and c.value == "intercepted"
               for c in find_cues(sentence, "metric"))
# "4,000 drones this month, including 85 overnight": the night's part of a period's total, its
# noun elided (not "three overnight attacks": a noun follows)
_NIGHT_AFTER = re.compile(r"(?:overnight|last\s+night)(?=\s*(?:[,.;)]|$|on\b|in\b|alone\b))",
                          re.IGNORECASE)
_ALL_OF_A_SET = re.compile(r"\b(?:all|both)\s+(?:the\s+)?$", re.IGNORECASE)


def _all_of_a_set_hit(sentence: str, number: NumberMention, word: re.Match[str]) -> bool:
    """ "all three struck Kharkiv", "Two hit the outskirts.": the set named before, which hit
    what follows."""
    return word.start() == _skip_space(sentence, number.end) and \
        word.group().lower() in ("hit", "struck") and _of_a_set_named_before(sentence, number)


def _of_a_set_named_before(sentence: str, number: NumberMention) -> bool:
    """ "all three", "both", or a number that opens the sentence ("Two hit …"): a count of the
    weapons named before ("One hit a school" tells where one weapon fell, no count)."""
    return _ALL_OF_A_SET.search(sentence, max(0, number.start - 10), number.start) is not None \
        or not sentence[:number.start].strip() and number.value != 1
# "put the number of drones at 212", "the count of missiles stood at 40": what is counted
_NUMBER_OF_WEAPONS = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?P<noun>(?:[\w-]+\s+){1,4}?)(?:(?:stood|stands|"
    r"was|is)\s+)?(?:at|to|as)\s+(?:(?:about|some|over|around|up\s+to|at\s+least|more\s+than|"
    r"nearly)\s+)?$", re.IGNORECASE)
_ELIDED_AFTER_NUMBER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|while|but|with|of|in|on|over)\b)")


def _weapons_last_named(sentence: str, pos: int, weapons: Sequence[WeaponMention]) -> bool:
    """Whether the last thing counted or named before ``pos`` is a weapon, not people."""
    weapon = max((w.end for w in weapons if w.end <= pos), default=-1)
    people = max((c.end for kind in ("person", "person_one") for c in find_cues(sentence, kind)
                  if c.end <= pos), default=-1)
    return weapon > people


def _shared_head(sentence: str, pos: int, m: re.Match[str], number: NumberMention,
                 weapons: Sequence[WeaponMention]) -> int | None:
    """After "63 Shahed-type", an "and" and a modifier before a weapon noun ("and decoy drones"):
    where that noun starts, the head of both modifiers."""
    if pos == number.end or m.group().lower() not in ("and", "or"):
        return None
    modifier = _WORD.search(sentence, m.end())
    if modifier is None or not _MODIFIER.fullmatch(modifier.group()):
        return None
    start = _skip_space(sentence, modifier.end())
    return modifier.end() if any(w.start == start for w in weapons) else None


def _noun_after(sentence: str, pos: int, weapons: Sequence[WeaponMention]) -> bool:
    start = _skip_space(sentence, pos)
    return _person_at(sentence, start) is not None or any(w.start == start for w in weapons)


_NONE_OF = {"neither", "none"}


def _none_of(sentence: str, count: _Count) -> bool:
    """ "none of the three", "neither of the two": the number is a whole no part of which is
    counted."""
    m = _total_before(sentence, count)
    return m is not None and (m.group(1) or "").lower() in _NONE_OF


def _total_before(sentence: str, count: _Count) -> re.Match[str] | None:
    """``_TOTAL_BEFORE`` in the 30 characters before the count, searched only where they end
    in "of", "the" or "all" and spaces, as every match does (most counts follow no "of")."""
    start = count.number.start
    tail = sentence[max(0, start - 30):start].rstrip().lower()
    if not tail.endswith(("of", "the", "all")):
        return None
    return _TOTAL_BEFORE.search(sentence, max(0, start - 30), start)
# "wrote that of 71 drones launched, 58 were shot down", "and of the 40 missiles, …": a whole
# opening a clause (after "and", only with "the": "hit of 3 missiles and of 11 UAV" is a list)
_OPENS_A_CLAUSE = {"and", "but", "while", "with"}


def _is_total(sentence: str, count: _Count) -> bool:
    """ "26 of the 30 drones", "Of the 300 drones, 12 …": the number is the whole."""
    m = _total_before(sentence, count)
    if m is None:
        return False
    # "Neither of the two missiles was downed", "none of the 12 drones": the whole, of which
    # no part is counted (GUIDE: no zero quantities)
    if m.group(1) is None:
        return True
    opener = m.group(1).lower()
    return bool(find_numbers(m.group(1))) or opener in _NONE_OF or opener == "that" or \
        opener in _OPENS_A_CLAUSE and "the" in m.group().lower().split()


def _whole_of_an_elided_part(sentence: str, count: _Count) -> bool:
    """ "we intercepted three of the seven.": the whole after a part, neither naming its noun."""
    part = _PART_BEFORE.search(sentence, max(0, count.number.start - 40), count.number.start)
    return part is not None and _PARTITIVE_ELIDED.match(sentence, part.end("part")) is not None


def _whole_after_a_counted_part(sentence: str, count: _Count) -> bool:
    """ "destroyed 71 drones out of 93", "58 attack UAVs out of the 71": the whole after a part
    that named its noun (the whole's noun is the part's)."""
    return _COUNTED_PART_BEFORE.search(
        sentence, max(0, count.number.start - 60), count.number.start) is not None


_COUNTED_PART_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{_WORD_NUMBER})\s+(?:[\w-]+\s+){{1,3}}?out\s+of"
                                  r"\s+(?:the\s+)?$", re.IGNORECASE)
_PART_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{_WORD_NUMBER})(?P<part>)\s+(?:out\s+)?of\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)


def _definite_whole(sentence: str, count: _Count) -> bool:
    """ "Of the 351 drones, …", "96 of the 351": a whole named with "the", as told before."""
    return _is_total(sentence, count) and _OF_THE_BEFORE.search(
        sentence, max(0, count.number.start - 12), count.number.start) is not None


def _starts_metric(sentence: str, pos: int) -> bool:
    return cue_at(sentence, pos, "metric") is not None


def _person_at(sentence: str, pos: int) -> int | None:
    rest = sentence[pos:]
    offset = pos + len(rest) - len(rest.lstrip())
    for kind in ("person", "person_one"):
        cue = cue_at(sentence, offset, kind)
        if cue is not None:
            return cue.end
    return None


def _weapon_phrase(weapons: Sequence[WeaponMention],
                   first: WeaponMention) -> tuple[int, str | None]:
    """ "Iskander-M ballistic missiles": the model and the noun after it are one phrase."""
    end, category, i = first.end, first.weapon, weapons.index(first)
    for nxt in weapons[i + 1:]:
        if nxt.start - end > 1:
            break
        end = nxt.end
        if category is None or (first.kind != "model" and nxt.weapon is not None):
            category = nxt.weapon if category is None or category == "missile" else category
    return end, category


def _excluded(sentence: str, count: _Count) -> bool:
    """Part of a larger figure ("including five children") or a rate ("a week")."""
    if cue_at(sentence, _skip_space(sentence, count.head_end), "rate") is not None:
        return True
    if count.head != "weapon" and (_AMONG_AFTER.match(sentence, count.head_end)
                                   or _PART_OF_CASUALTIES.match(sentence, count.number.end)):
        return True  # "three children were among the dead", "two of the 12 dead were …"
    if count.head == "elided" and _clock_hour(sentence, count.number):
        return True  # "went on the telethon around nine and gave the numbers": a time
    if count.head == "elided" and _DEBRIS_AT.search(sentence, max(0, count.number.start - 50),
                                                    count.number.start):
        return True  # "hits at nine locations; debris at four": the places debris fell on
    if count.head == "elided" and _AMONG_THEM_BEFORE.search(
            sentence, max(0, count.number.start - 40), count.number.start) and \
            _PEOPLE_AFTER.match(sentence, count.number.end):
        return True  # "Among them are 19 seriously wounded soldiers": people among those told
    if _AMONG_THE_FREED_BEFORE.search(sentence, max(0, count.number.start - 50),
                                      count.number.start):
        return True  # "Among the soldiers, 22 are seriously wounded": of those swapped
    if count.head != "person":  # "121 drones, including 37 in Bryansk": a breakdown, kept
        return False
    start = count.number.start
    if _APPOSED_TO_A_TOLL.search(sentence, max(0, start - 60), start):
        return True  # "three dead, a man and two women": the toll's people, one by one
    subsets = cues_between(sentence, "subset", start - 70, start)
    return bool(subsets) and not re.search(r"[;.]|\b(?:were|was|had)\b",
                                           sentence[subsets[-1].end:start]) and (
        start - subsets[-1].end < 40 or _AMONG.match(subsets[-1].surface) is not None)


_RECEIVED = re.compile(r"\b(?:received|suffered|sustained|took|taken)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_ALL_TYPES = re.compile(r"\W{0,3}(?:(?:All|Every)\s+(?:types?|kinds?|weapons?|classes|means)|"
                        r"(?:In\s+)?total|Overall|Altogether|Combined)\s*:", re.IGNORECASE)
_DEBRIS_AT = re.compile(r"\b(?:debris|fragments|wreckage)\s+(?:(?:fell|falling|landed|was|were|"
                        r"recorded|found|reported)\s+){0,2}(?:at|in|on)\s+$", re.IGNORECASE)
_AMONG_THEM_BEFORE = re.compile(r"\b[Aa]mong\s+(?:them|those|whom|the\s+\w+)\s+"
                                r"(?:(?:are|were|is|was)\s+)?"
                                r"(?:(?:about|some|at least|more than|nearly)\s+)?$")
# "Among the soldiers, …", "Among those freed on Friday, …": people returned in a swap, whose
# wounded or sick are no toll of an attack
_AMONG_THE_FREED_BEFORE = re.compile(
    r"\b[Aa]mong\s+(?:the|those)\s+(?:\w+\s+)?(?:soldiers|servicemen|prisoners|POWs|defenders|"
    r"returnees|freed|released|returned|exchanged|repatriated)\b[^.;,]{0,25},\s*$")
# "19 seriously wounded soldiers": an adjective or two, then the people counted
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){1,2}?(?:soldiers|servicemen|people|civilians|"
                           r"children|women|men|prisoners|POWs|defenders|fighters|troops)\b")


# "went on the telethon around nine and …", "spoke at ten in the morning": an hour in words
_CLOCK_BEFORE = re.compile(r"(?:(?P<word>[\w'’-]+)\s+|^)(?P<prep>at|around|about|shortly after|"
                           r"just after|after|before|until|till|by|from)\s+"
                           r"(?:about\s+|around\s+)?$",
                           re.IGNORECASE)
_CLOCK_WORDS = re.compile(r"\s*(?:o['’]clock|a\.?m\b|p\.?m\b|in the (?:morning|evening|"
                          r"afternoon)|at night|this morning|tonight)", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:$|[,.;]|and\b)")
# a level or a count before "at"/"around" ("remained at two", "rose to around nine")
_LEVEL_WORDS = frozenset({"to", "at", "of", "from", "by", "remained", "remains", "stood",
                          "stands", "rose", "risen", "fell", "climbed", "reached", "is", "was",
                          "were", "are", "be", "been", "toll", "number", "count", "total",
                          "tally", "estimated", "put", "puts", "numbered", "some"})


def _clock_hour(sentence: str, number: NumberMention) -> bool:
    """An hour told in words: "at ten in the morning", or "around nine" after a word that
    counts nothing, the clause going on ("went on the telethon around nine and gave …")."""
    if number.value is None or not 1 <= number.value <= 12 or \
            not sentence[number.number_start:number.end].isalpha():
        return False
    before = _CLOCK_BEFORE.search(sentence, max(0, number.number_start - 40),
                                  number.number_start)  # "around" may be the qualifier
    if before is None:
        return False
    if _CLOCK_WORDS.match(sentence, number.end):
        return True
    word = before.group("word")
    return word is not None and \
        before.group("prep").lower() in ("around", "about", "until", "till", "shortly after",
                                            "just after") and \
        word.lower() not in _LEVEL_WORDS and not find_numbers(word) and \
        cue_at(sentence, before.start("word"), "metric") is None and \
        _CLAUSE_GOES_ON.match(sentence, number.end) is not None


def _skip_space(sentence: str, pos: int) -> int:
    return pos + 1 if sentence[pos:pos + 1] == " " else pos


def _metric(sentence: str, count: _Count, cues: Sequence[Cue], earlier: list[Figure],
            listed: str | None = None) -> str | None:
    """The figure's own verb, else the nearest metric cue of the clause; the previous figure's
    for bare list items and for a part of it ("nine of them over Oryol"); else the metric of
    the list the sentence is an item of (``listed``)."""
    lo, hi = clause_bounds(sentence, count.number.start, _CLAUSE_BREAK)
    wanted = {"person": ("killed", "injured")}.get(count.head)
    none_of = _none_of(sentence, count)
    if none_of and count.head == "person":
        return None  # "None of the 12 people was hurt": no toll
    if count.head == "person" and (_is_total(sentence, count) or
                                   _whole_after_a_counted_part(sentence, count)):
        return None  # "four (people) of the 30 passengers were hurt": the whole, no toll
    if count.head == "weapon" and sentence.startswith("-", count.number.end):
        return "launched"  # "an 80-drone attack" (``_size_of_an_attack``)
    if (count.head == "weapon" or count.head == "elided" and (
            _air_tally_after(count, cues) or _whole_of_an_elided_part(sentence, count))) \
            and _is_total(sentence, count) or none_of:
        return "launched"  # "shot down 26 of the 30 drones", "48 of 63 downed": 30, 63 came;
        # "Missiles intercepted: none of the three": three came, no part of them is counted
    if count.head == "elided" and _whole_after_a_counted_part(sentence, count):
        return "launched"  # "destroyed 71 drones out of 93": 93 came
    if count.head == "weapon" and _DAMAGED_BEFORE.search(sentence, max(0, count.number.start - 20),
                                                         count.number.start):
        return None  # "damaging two aircraft": what was hit, not what attacked
    if count.head == "elided" and _MORE_PLACES.search(sentence, max(0, count.number.start - 5),
                                                      count.number.start) and \
            sentence.startswith(" more", count.number.end):
        return None  # "hits were recorded at nine locations, and debris fell at three more"
    governing = _cue_right_before(sentence, count, cues, wanted, _GOVERNS)
    if governing is None and count.head == "weapon" and _all_of_them_then(sentence, count, cues):
        return "launched"  # "3 Iskander-M, all shot down": the whole; "all" is the part downed
    if governing is not None:
        # "shot down 22 drones that were launched from Kursk", "Hits by 13", and a part told
        # with its own verb: "launched 95 drones, and air defences shot down 71 of them"
        return governing
    if count.head == "weapon" and _HITS_NOUN_BEFORE.search(
            sentence, max(0, count.number.start - 150), count.number.start):
        governing = _cue_right_before(sentence, count, cues, wanted, _GOVERNS_LIST)
        if governing == "hit":  # "Impacts by 5 missiles and 12 drones were registered":
            return governing  # the verb records the impacts, it launches nothing
    own = _own_verb(sentence, count, cues, hi, wanted)
    if own in (None, _NOT_OURS) and count.head == "weapon" and \
            _object_of_hitting(sentence, count, cues, lo):
        return None  # "hitting a depot and at least two Su-34 bombers": what was hit
    if count.of_earlier and earlier and own in (None, "launched", _NOT_OURS):
        return earlier[-1].metric  # "destroyed 44 drones, nine of these over Oryol"
    if own in (None, _NOT_OURS) and count.head == "weapon":
        governing = _cue_right_before(sentence, count, cues, wanted, _GOVERNS_LIST)
        if governing is not None:
            return governing  # "hits of 23 drones and 2 missiles were recorded"
    if own == _NOT_OURS:
        return None  # "eight others were rescued", "three missiles were unaccounted for"
    if own is not None:
        return own
    if _is_update(sentence, count):  # "the death toll has risen to 12": the toll's metric
        # (named before, in this clause or an earlier one: "put the toll at 4 but later raised
        # it to 6")
        subject = _nearest_cue(sentence, count, cues, (lo, count.number.start), wanted) or \
            _nearest_cue(sentence, count, cues, (0, count.number.start), wanted)
        if subject is not None:
            return subject
    best = _nearest_cue(sentence, count, cues, (lo, hi), wanted)
    same_clause = bool(earlier) and earlier[-1].start >= lo
    continues_list = same_clause and (best is None or _listed_after(sentence, count, earlier))
    if count.head == "elided" and continues_list:
        return earlier[-1].metric
    if count.head == "elided" and best is None and earlier and _NEXT_LABELLED_ITEM.fullmatch(
            sentence, earlier[-1].end, count.number.start):
        # "Poltava region - 14 drones downed; Sumy region - 9": an item of the list before,
        # its label a place, its noun and verb those of the item before
        return earlier[-1].metric
    if best is None and listed is not None and count.head != "person":
        return listed  # "- 11 over the Sumy region" in a list of the drones downed
    if best is None and count.head == "weapon":
        return "launched"
    return best


# the rest of an item, a ";", then the next item's label: "…; Sumy region - " or "…; Kharkiv: "
_NEXT_LABELLED_ITEM = re.compile(r"[^;\d]{0,60};\s*[A-Z][^;\d:.]{0,40}?(?:\s[-\u2013\u2014]|:)\s*")
_HITTING = re.compile(r"\b(?:hit|hitting|struck|striking|damag(?:ed|ing)|wreck(?:ed|ing)|"
                      r"burn(?:ed|ing|t)|set(?:ting)? (?:on )?fire to|destroying)\s", re.IGNORECASE)
_HIT_WITH = re.compile(r"\b(?:with|by|using|of which|of them)\b|[;:]", re.IGNORECASE)
_MORE_PLACES = re.compile(r"\b(?:at|in|on)\s+$", re.IGNORECASE)


def _air_tally_after(count: _Count, cues: Sequence[Cue]) -> bool:
    """ "48 of 63 downed", "61 of 70 were shot down": a verb of the air tally right after."""
    return any(count.number.end < c.start <= count.number.end + 10 and
               c.value in ("intercepted", "hit") for c in cues)


def _all_of_them_then(sentence: str, count: _Count, cues: Sequence[Cue]) -> bool:
    """ "3 Iskander-M, all shot down", "two missiles, both of which were intercepted": a verb of
    the tally that tells of all of the figure's weapons after it."""
    after = _ALL_OF_THEM_AFTER.match(sentence, count.head_end)
    return after is not None and any(c.start == after.end() for c in cues)


def _object_of_hitting(sentence: str, count: _Count, cues: Sequence[Cue], lo: int) -> bool:
    """ "drones struck the airfield, hitting a depot and at least two Su-34 bombers": weapons
    in the objects of a verb of hitting are targets, not the attack's weapons ("struck the city
    with two bombs" and "hit by four bombs" are its weapons)."""
    start = count.number.start
    verbs = list(_HITTING.finditer(sentence, max(lo, start - 90), start))
    if not verbs:
        return False
    verb = verbs[-1]
    if verb.group().lower().startswith("destroying") and start - verb.end() < 3:
        return False  # "destroying 30 drones": intercepted
    between = (verb.end(), start)
    return not _HIT_WITH.search(sentence, *between) and not any(
        between[0] <= c.start < between[1] for c in cues) and not _HIT_TARGETS.match(
            sentence, verb.start())


_HIT_TARGETS = re.compile(r"(?:hit|struck)\s+(?:their|its)\s", re.IGNORECASE)


def _cue_right_before(sentence: str, count: _Count, cues: Sequence[Cue],
                      wanted: tuple[str, ...] | None, between: re.Pattern[str]) -> str | None:
    """The metric of a cue that governs the figure from right before it ("destroyed 95 drones",
    "hits by 13 drones"), or before the list it ends ("shot down 374 drones and 32 missiles")."""
    for cue in cues:
        if cue.end <= count.number.start and (not wanted or cue.value in wanted) and \
                between.fullmatch(sentence, cue.end, count.number.start):
            if count.head == "weapon" and cue.value in ("killed", "injured"):
                return None
            return cue.value
    return None


def _nearest_cue(sentence: str, count: _Count, cues: Sequence[Cue], span: tuple[int, int],
                 wanted: tuple[str, ...] | None) -> str | None:
    """The metric of the cue nearest to the figure within ``span`` (outside its noun)."""
    lo, hi = span
    best, best_distance = None, None
    for cue in cues:
        if not lo <= cue.start < hi or (wanted and cue.value not in wanted):
            continue
        if count.head == "weapon" and cue.value in ("killed", "injured"):
            continue
        if count.number.start <= cue.start < count.head_end:
            continue
        if cue.start >= count.head_end and _LATER_FIGURE.search(sentence, count.head_end,
                                                                cue.start):
            continue  # "35 drones, of which 26 were downed": the verb is the later figure's
        distance = (count.number.start - cue.end if cue.end <= count.number.start
                    else cue.start - count.head_end)
        if best_distance is None or distance < best_distance:
            best, best_distance = cue.value, distance
    return best


def _own_verb(sentence: str, count: _Count, cues: Sequence[Cue], hi: int,
              wanted: tuple[str, ...] | None) -> str | None:
    """The figure's own predicate: "28 were shot down", "two others were injured",
    "three drones launched from X were shot down", "ten drones hit an airbase", "58 drones and
    26 missiles were shot down" (one verb for both), "60 injured", "12 reached their targets"."""
    rest = sentence[count.head_end:hi]
    if count.head == "elided":  # "Twelve deaths were registered": the toll's noun, not the verb
        noun = next((c for c in cues if c.start == _skip_space(sentence, count.number.end)), None)
        if noun is not None and noun.value in ("killed", "injured") and \
                (not wanted or noun.value in wanted):
            return noun.value
    shared = _shared_participle(sentence, count, cues, rest)
    if shared is not None:  # "212 drones and 8 missiles launched overnight": one for the list
        return shared
    verb = _OWN_VERB.search(rest)
    if verb is not None and _COORDINATED.fullmatch(rest, 0, verb.start()):
        at = count.head_end + verb.end()
        for cue in cues:  # "were shot down", "were locationally lost" (the adverb in the cue)
            if count.head_end + verb.start() < cue.start <= at and \
                    (not wanted or cue.value in wanted) and \
                    not (count.head == "weapon" and cue.value in ("killed", "injured")):
                return cue.value
        if count.head == "weapon" and verb.group().lower().startswith("ha") and \
                "been" not in verb.group().lower() and \
                _HIT_VERB.match(rest, verb.end()):
            return "hit"  # "three missiles had hit the plant": the perfect of the active verb
        if verb.start() == len(rest) - len(rest.lstrip()) or count.head != "elided":
            return _NOT_OURS
    if (count.head == "weapon" or count.head == "elided" and
            _of_a_set_named_before(sentence, count.number)) and \
            _COORDINATED_THEN_HIT.match(rest):
        return "hit"  # "ten drones hit an airbase", "14 missiles and 23 drones struck …",
        # "all three hit the city" (the missiles named before)
    who = _WHO_HAD.match(rest)  # "15 people who had sought medical help"
    if who is not None and count.head == "person":
        said = next((c for c in cues if c.start == count.head_end + who.end()), None)
        if said is not None and said.value in ("killed", "injured"):
            return said.value
    right_after = _RIGHT_AFTER.match(rest)  # "60 injured", "27 drones hit their targets"
    aside = _ASIDE.match(rest)  # "33 drones, by the military's own admission, struck …"
    starts = {count.head_end + m.end() for m in (right_after, aside) if m is not None}
    for cue in cues:
        if cue.start in starts and (not wanted or cue.value in wanted) and \
                not (count.head == "weapon" and _PARTICIPLE_AFTER.match(sentence, cue.end)):
            return cue.value
    return None


_ASIDE = re.compile(_ASIDE_PATTERN, re.IGNORECASE)


def _shared_participle(sentence: str, count: _Count, cues: Sequence[Cue], rest: str
                       ) -> str | None:
    """The metric of a participle right after a list of figures that ends with this one's
    coordinates ("212 drones and 8 missiles launched"), not one saying where they came from."""
    if count.head != "weapon":
        return None
    for cue in cues:  # the list may end with a noun of several words: "and 14 attack drones"
        end = cue.start - count.head_end
        if 0 <= end <= len(rest) and cue.value not in ("killed", "injured") and \
                re.search(r"\d", rest[:end]) and _COORDINATED_FIGURES.fullmatch(rest, 0, end) and \
                not _PARTICIPLE_AFTER.match(sentence, cue.end):
            return cue.value
    return None


_WHO_HAD = re.compile(r"\s+who\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?")
# "three rockets fired by HIMARS", "drones launched from Kursk": a participle that says where the
# weapons came from, not what became of them (that is the verb before: "shot down three …")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|from)\b", re.IGNORECASE)


def _listed_after(sentence: str, count: _Count, earlier: list[Figure]) -> bool:
    """ "121 drones, including 37 in Bryansk, 20 in Ryazan": a list continuing the figure before."""
    between = sentence[earlier[-1].end:count.number.start]
    return len(between) < 40 and not re.search(r"\b(?:were|was|and then)\b", between) \
        and bool(re.fullmatch(r"[\w\s,'-]*,\s*(?:and\s+)?|\s*(?:and|,)\s*", between[-12:]) or
                 between.strip().endswith(","))


# "We found no official source reporting 30 deaths", "there is no evidence that 30 people
# died", "could not confirm reports of 40 drones": a figure that a fact-check denies is no claim
_EVIDENCE = r"(?:sources?|reports?|records?|evidence|confirmation|data|sign|trace|mention|figures?)"
_DENIED = re.compile(
    rf"\b(?:(?:no|not\s+(?:a|any|one)|never\s+(?:a|any)|nor\s+any|without\s+any)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_EVIDENCE}|(?:could|can|did|does|do)\s*(?:not|n['’]t)\s+(?:independently\s+)?"
    rf"(?:confirm|verify|find|corroborate)(?:\s+(?:any|the))?(?:\s+{_EVIDENCE})?)"
    r"(?:\s+(?:of|for|that|reporting|showing|confirming|mentioning|supporting|backing|about))?"
    r"(?:\s+(?:a|the|any))?\s+(?:[\w-]+\s+){0,2}?(?:toll\s+of\s+)?$", re.IGNORECASE)


def _negated(sentence: str, count: _Count, cues: Sequence[Cue], negations: Sequence[Cue]) -> bool:
    """ "31 drones failed to reach their targets": a negation between the figure and its verb."""
    # up to the next figure or clause ("36 missiles overnight; it had not said how many …")
    following = re.search(r"\d|;|\b(?:and|while|but)\b", sentence[count.head_end:])
    stop = count.head_end + (following.start() if following else len(sentence))
    verb = next((c.end for c in cues if count.head_end <= c.start < stop), None)
    if verb is not None:  # "28 drones locationally lost, without consequences": after its verb
        stop = min(stop, verb)
    return any(count.head_end <= n.start <= min(count.head_end + 20, stop)
               and not any(c.start <= n.start < c.end for c in cues)  # "did not reach …"
               and not _WITH_NONE.search(sentence, max(0, n.start - 8), n.start)
               for n in negations)


# "3. Not intercepted: both missiles.", "Missiles not shot down: 2": a label that denies its verb
_LABEL_BEFORE_COLON = re.compile(r"[^:\d]{0,12}(?:\d{1,2}[.)]\s*)?[^:\d]{2,60}:")
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:(?:been|yet)\s+)?$", re.IGNORECASE)


def _under_a_negated_label(sentence: str, count: _Count, cues: Sequence[Cue]) -> bool:
    """The figure follows a label whose verb is denied ("Not intercepted: 2"): what was not
    done is no figure ("Not reached targets: 15", one cue of its own, is intercepted)."""
    label = _LABEL_BEFORE_COLON.match(sentence) if ":" in sentence else None
    if label is None or count.number.start < label.end():
        return False
    return any(c.end <= label.end() and _NOT_RIGHT_BEFORE.search(sentence, 0, c.start)
               for c in cues)


# "destroyed 20 drones, with no casualties": a phrase about the attack, no denial of the figure
_WITH_NONE = re.compile(r"(?:\bwith|,)\s*$")


def _weapon(sentence: str, count: _Count, later: list[_Count], weapons: Sequence[WeaponMention],
            earlier: list[Figure], context_weapon: str | None) -> str | None:
    if count.head == "weapon":
        other = _mixed(sentence, count, later, weapons) if count.weapon is not None and \
            not _last_of_a_list(sentence, count, earlier) else None
        if other is not None:
            # "35 cruise and ballistic missiles": classes of one kind are that kind (GUIDE)
            return "missile" if {count.weapon, other} <= _MISSILES else None
        if count.weapon is not None:
            return count.weapon
        if _SHELLED_WITH.search(sentence, max(0, count.number.start - 40), count.number.start):
            return "artillery"  # "shelled 19 times with 43 munitions": what shells are
    if count.of_earlier and _mixed_list_before(sentence, earlier):
        return None  # "212 drones and 8 missiles launched, 190 of which were downed"
    if earlier and earlier[-1].weapon is not None and count.head == "elided":
        return earlier[-1].weapon
    fronted = _fronted_set(sentence, count, weapons) if count.head == "elided" else None
    if fronted is not None:  # "Of the drones, 271 were destroyed, as were 10 of the missiles"
        return fronted
    named = {w.weapon for w in weapons if w.weapon and not _OF_THE_SET.search(
        sentence, max(0, w.start - 20), w.end)  # "of the aircraft" names no weapon
        and not _INTERCEPTOR_BEFORE.search(sentence, max(0, w.start - 60), w.start)}
    if not named:
        return context_weapon
    if len(named) > 1 and named <= _MISSILES:
        return "missile"  # "Missiles launched: 35 (cruise and ballistic)": a mixed missile total
    return named.pop() if len(named) == 1 else None


_OF_THE_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the|these|those|all the|all)\s+"
                            r"(?:[\w-]+\s+){0,2}$")
_COMMA_ONLY = re.compile(r"\s*,\s*")


def _weapon_right_after(sentence: str, pos: int,
                        weapons: Sequence[WeaponMention]) -> WeaponMention | None:
    """The weapon named right after ``pos`` ("of those| drones"), past the space."""
    start = _skip_space(sentence, pos)
    return next((w for w in weapons if w.start == start and w.weapon), None)


def _fronted_set(sentence: str, count: _Count, weapons: Sequence[WeaponMention]) -> str | None:
    """The weapon of a set fronted right before the figure: "Of the drones, 271 …"."""
    for w in weapons:
        if w.weapon and _COMMA_ONLY.fullmatch(sentence, w.end, count.number.start) and \
                _OF_THE_BEFORE.search(sentence, max(0, w.start - 40), w.start):
            return w.weapon
    return None


# "97 were shot down by fighter jets and air defence": the weapons that downed them, not the
# weapons counted
_INTERCEPTOR_BEFORE = re.compile(
    r"\b(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed|brought down|eliminated)\s+"
    r"(?:by|with|using)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
def _mixed_list_before(sentence: str, earlier: list[Figure]) -> bool:
    """The two figures before are a list of two classes of weapon ("212 drones and 8
    missiles"), joined by nothing but "and" or a comma."""
    if len(earlier) < 2:
        return False
    first, last = earlier[-2], earlier[-1]
    return first.metric == last.metric and None not in (first.weapon, last.weapon) and \
        first.weapon != last.weapon and bool(_AND_ONLY_BETWEEN.fullmatch(
            sentence, first.end, last.start))


_AND_ONLY_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+)?")


_SHELLED_WITH = re.compile(r"\bshell(?:ed|ing)\b[^,;.]*\bwith\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)


_MISSILES = {"missile", "cruise_missile", "ballistic_missile"}


def _last_of_a_list(sentence: str, count: _Count, earlier: list[Figure]) -> bool:
    """ "4 guided bombs, 17 attack UAVs, 5 FPV drones and rocket artillery": the count is an
    item of a list of counted weapons (the figure before it a comma away), and what follows
    its "and" is the list's last item, counted by no one, not a second class of this figure."""
    if not earlier or earlier[-1].end > count.number.start:
        return False
    return bool(_LIST_ITEM_BEFORE.fullmatch(sentence, earlier[-1].end, count.number.start))


_LIST_ITEM_BEFORE = re.compile(r"[^,;.:]{0,50},\s*")


def _mixed(sentence: str, count: _Count, later: list[_Count],
           weapons: Sequence[WeaponMention]) -> str | None:
    """ "120 missiles and drones": one figure for two kinds of weapon; the other kind."""
    stop = later[0].number.start if later else len(sentence)
    window = sentence[count.head_end:min(stop, count.head_end + 40)]
    m = re.match(r"(?:\s+of various types)?\s+(?:and|or)\s+", window)
    if not m:
        return None
    nxt = next((w for w in weapons if w.start == count.head_end + m.end()), None)
    if nxt is None or nxt.weapon is None or nxt.weapon == count.weapon:
        return None
    return nxt.weapon


def _each_repeats(sentence: str, count: _Count) -> int:
    """ "9 in the Oryol and Tula regions each": one figure per place listed."""
    window = sentence[count.head_end:count.head_end + 60]
    m = re.match(r"\s+in\s+(?:the\s+)?([A-Z][\w'-]+(?:,\s+[A-Z][\w'-]+)*,?\s+and\s+[A-Z][\w'-]+)"
                 r"(?:\s+\w+)?\s+each\b", window)
    if not m:
        return 1
    return len(re.findall(r"[A-Z][\w'-]+", m.group(1)))
