"""Strike records: one per claimant's account of one attack (GUIDE, "strikes").

Figures, places and target types are read sentence by sentence; each gets an attacker (the side
the words name nearest to it, else the opponent of the claimant who reports interceptions or
casualties, else the opponent of the country the place lies in) and is filed under
(attacker, date, claimant). A sentence naming an attack without figures still contributes
its places and targets.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ceasefire.model import Evidence, Place, Quantity, Strike
from ceasefire.read.actors import opponent
from ceasefire.read.attackers import SideCue, attacker_cues, nearest
from ceasefire.read.attribution import Claimant
from ceasefire.read.clauses import clause_around, clause_bounds
from ceasefire.read.cues import cue_at, find_cues
from ceasefire.read.dates import days_in
from ceasefire.read.exchanges.counts import CROSSED_THE_BORDER
from ceasefire.read.facts import SentenceFacts
from ceasefire.read.gazetteer import population
from ceasefire.read.lexicon_match import CaseFolded, fast_regex
from ceasefire.read.places import PlaceMention, held_by, homonym_in, lookup_place
from ceasefire.read.quantities import (
    Figure,
    find_figures,
    not_one_attack,
    one_attack,
    period_in,
    same_class,
)
from ceasefire.read.sentences import is_list_item
from ceasefire.read.targets import TargetMention, find_targets
from ceasefire.read.triggers import TRIGGERS
from ceasefire.read.weapons import find_weapons

# A place is not a place attacked when it is the origin or a landmark for direction.
_NOT_ATTACKED_BEFORE = fast_regex(
    r"(?:\bfrom(?:\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?:\s+(?:region|oblast|krai))?"
    r"(?:,\s+and|,|\s+and))*|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+of|\bkilomet(?:re|er)s\s+(?:\w+\s+)?(?:from|of)|\bmiles\s+(?:\w+\s+)?(?:from|of)|"
    r"\bborder(?:ing|s)?(?:\s+with)?(?:\s+(?:its|their|the))?(?:\s+[A-Z][\w'-]+(?:,|\s+and))*|"
    r"\bhub\s+of|\bbeyond|"
    # "a junction on the line to Rostov-on-Don", "the right bank of the Dnipro": a destination
    # and a river's bank name no place hit
    r"\b(?:line|road|route|highway|motorway|railway|trains?)\s+(?:to|towards)|"
    r"\b(?:banks?|shores?)\s+of)\s+(?:the\s+)?"
    # one word before the place ("occupied Crimea"), and an adverb of it ("temporarily occupied")
    # ("temporary occupied": translated copy's adverb)
    r"(?:(?:temporarily|temporary|illegally|partly|partially)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE)
_METONYMY_AFTER = re.compile(r"^(?:'s\s+(?:forces|military|army|troops|largest|bid|position|"
                             r"government|leadership|delegation|officials|war|invasion)|"
                             # "the Kyiv regime", "the Moscow authorities": a government
                             r"\s+(?:regime|authorities|government|leadership|junta))\b")
# "fuel for Russian units in the Kharkiv direction": the sector where troops stand, not a place
# hit (drones "used against positions in the Pokrovsk direction" fell there)
_SECTOR_AFTER = re.compile(r"\s+(?:direction|axis|sector)\b")
_TROOPS_IN = re.compile(r"\b(?:units|forces|troops|soldiers|brigades?|groupings?|fighting|"
                        r"operating|deployed|stationed)\s+(?:\w+\s+){0,2}?in\s+the\s+$")
_ACTOR_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|also\s+|\w+ly\s+)*(?:said|says|denied|"
    r"denies|accused|accuses|agreed|agrees|rejected|rejects|claimed|claims|insisted|announced|"
    r"wants|demanded|warned|responded|proposed|refused)\b")
# "Moscow has stepped up its strikes", "Kyiv accepted the arrangement", "Kyiv says …": a
# capital that acts is its government (a town that reports or confirms is still the place the
# figures are about); a capital that undergoes ("Kyiv was hit", "Kyiv woke to explosions",
# "Kyiv suffered") is the place
_CAPITAL_ACTS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|could\s+|can\s+|may\s+|must\s+|"
    r"also\s+|\w+ly\s+)*(?:(?!(?:was|is|has|had|suffered|experienced|endured|woke|"
    r"shook|saw|came|faced|remained|heard|lost|been|got|plunged|sheltered|awoke|spent|went|"
    r"trembled|mourned|buried|recorded|registered)\b)[a-z]+ed|shut|said|sent|put|set|"
    r"took|told|won't|will|would|could|can|struck|hit|fired|made|sought|gave|says|claims|did|"
    r"does|"
    r"insists|denies|accuses|wants|demands|rejects|accepts|agrees|refuses|warns|vows|hopes|"
    r"believes|considers|argues|plans|intends|blames|sees|calls|urges|seeks|continues|"
    r"brings|asks|needs|expects|offers|proposes|requests|sends|signals|counts)\b")
# "Kyiv's long-range arsenal", "Moscow's demands": a capital's thing is its government's,
# except the city's own parts and people ("Kyiv's Darnytskyi district", "Kyiv's residents")
_CAPITAL_OWNS = re.compile(
    # (a capitalised word names a district or a street, unless it opens a national body:
    # "Kyiv's General Staff", "Moscow's Foreign Ministry" are the governments' - GUIDE)
    r"'s\s+(?!(?:[A-Z](?![\w-]*\s(?:Staff|Ministry|Force|Forces|Service|Office|Command)\b)"
    r"(?!(?:Kremlin|Parliament|Rada|Duma|Government|Cabinet|Army|Navy)\b)|districts?\b|outskirts\b|cent(?:re|er)\b|suburbs?\b|residents\b|"
    r"streets?\b|mayor\b|skies\b|sky\b|airspace\b|region\b|oblast\b|left\b|right\b|"
    r"east|west|north|south|metro\b|airports?\b|energy\b|power\b|infrastructure\b|"
    r"apartment|residential|homes\b|houses\b|buildings?\b|outlying\b|neighbou?rhoods?\b|"
    r"city\b|population\b|people\b|inhabitants\b|historic\b|heating\b|water\b))")
_CAPITALS = frozenset({"Moscow", "Kyiv"})
# "In Moscow, the Defence Ministry said …", "In Kyiv, a foreign ministry spokesman told …": the
# capital fronted before a government speaker is where it spoke (a mayor's city stays a place)
_IN_BEFORE = re.compile(r"(?:^|[;:]\s*|\.\s+)[\W\d]{0,12}\bIn\s+$")
_GOVERNMENT_SPEAKS = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,4}?(?:ministry|Kremlin|government|presidency|presidential|"
    r"intelligence|security service|"
    # "In Moscow, the state news agency X quotes the ministry …": the press there, too
    r"(?:news\s+)?agency|state\s+(?:media|television|TV)|newspapers?|broadcaster|"
    r"president|General Staff|diplomats?|foreign minister|defen[cs]e minister|spokes(?:man|woman|"
    r"person))\b[^.;]{0,80}?\b(?:said|says|told|tells|announced|claimed|claims|stated|"
    r"insisted|denied|accused|reported|reports|quotes|quoted|cites|cited|writes|wrote)\b",
    re.IGNORECASE)
_ACTOR_BEFORE = re.compile(r"\b(?:accused|accusing|urged|told|warned|called on|blamed|"
                           r"according to|(?:pressure|sanctions|demands?) (?:on|against))\s+$")
# "violated the truce by striking …", "accused Russia of breaking the truce, saying its forces
# had shelled …", "…, including with drone attacks on …", "…, carrying out 96 assaults and
# shelling Kherson": the attack told inside talk about a truce
_BY_ATTACKING = re.compile(
    r"\bby (?:striking|attacking|hitting|shelling|bombing|targeting|launching|firing)\b|"
    # "had used the pause to regroup and had attacked a position near …", "accepted the truce
    # and shelled Kherson hours later": an attack of its own, told after the truce
    r"\band\s+(?:then\s+)?(?:had\s+|has\s+|have\s+)?(?:then\s+|also\s+)?(?=(?:attacked|shelled|struck|"
    r"bombed|fired\s+(?:on|at)|hit|targeted|launched)\s)|"
    r",\s+(?:saying|adding|claiming|alleging)\s+(?:that\s+)?(?=[^,;]*?\b(?:attack|shell|launch|"
    r"fir|strik|struck|hit|bomb|drones?\b|missiles?\b))|"
    r",\s+including\s+(?:with\s+|in\s+)?(?=[^,;]*?\b(?:attacks?|strikes?|shelling|drones?|"
    r"missiles?)\b)|"
    r",\s+(?=(?:carrying out|launching|firing|shelling|striking|attacking|hitting|targeting|"
    r"bombing)\b)|"
    # "breached it dozens of times, most recently a compressor station … hit by two missiles"
    r",\s+(?:most recently|the latest|the last)\s+(?:(?:on|in|at|when|with)\s+)?(?=[^;]*?\b(?:"
    r"attack|shell|launch|fir|strik|struck|hit|bomb|drones?\b|missiles?\b))")
# "Russia's Black Sea logistics": the place names something else, not where a strike fell
# ("Moscow time": a time zone)
# ("the Zaporizhzhia nuclear power plant" lies in Enerhodar: a nuclear plant bears a name, not
# the place it is in)
_MODIFIER_AFTER = re.compile(r"^\s+(?:time|logistics|fleet|coast|format|process|talks|meeting|"
                             r"summit|delegation|economy|grid operator|nuclear (?:power )?"
                             r"(?:plant|station)|NPP|nuclear facility|"
                             # "the Moscow daily Vechernyaya Stolitsa", "our Moscow bureau": a
                             # city's press, no place hit
                             r"(?:(?:business|financial|evening|morning|regional|city|state|"
                             r"independent|pro-Kremlin|tabloid) )?(?:daily|weekly|dailies|"
                             r"newspaper|paper|tabloid|bureau|correspondent|broadcaster|"
                             r"radio|television|TV|outlet|news site|portal|magazine))\b")
# "the Black Sea port of Tuapse", "Azov Sea coast": a sea named to place something else
_SEA_AS_MODIFIER = re.compile(r"^\s+(?:port|ports|terminals?|oil terminal|resort|coast(?:line)?|"
                              r"shore|city|town|region|fleet|shipping|route|corridor|grain)\b",
                              re.IGNORECASE)  # ("the Black Sea Fleet")
# "access to the Black Sea", "ships heading into the Sea of Azov": a sea reached, not struck
_SEA_REACHED = re.compile(r"\b(?:to|towards?|into|from|across|along|via|through|off)\s+"
                          r"(?:the\s+)?$")
# "a railway hub near Kyiv": a large city is a landmark that says where the thing hit lies, not
# a place hit (after a verb or a weapon, "crashed near Kyiv", "drones near Kyiv", it is where
# they fell); a town is where the thing hit lies ("a substation near Frolovo")
_LANDMARK_CITY = 500_000
_LANDMARK_NEAR = re.compile(
    r"\b(?!(?:down|up|out|off|drones?|missiles?|rockets?|UAVs?|explosions?|blasts?|debris|"
    r"fragments|strikes?|attacks?|fires?|shelling)\b)[a-z]+(?<!ed)\s+near\s+(?:the\s+)?$")
# "the Kryvyi Rih district state administration": a body named for the place, not a place hit
# (a governor's region stays: it is where the figures he gives come from)
_OFFICE_AFTER = re.compile(
    r"^\s+(?:(?:regional|district|city|state|military|oblast|municipal)\s+){0,2}"
    r"(?:administration|council|prosecutor's office|police)\b", re.IGNORECASE)
_VERB = re.compile(r"\b(?:\w+ed|was|were|is|are|did|does|do|has|have|had|will|would|can|could)\b")
_IMPACT = CaseFolded(
    r"\b(?:hit|hitting|struck|strikes?|striking|attack\w*|damag\w+|destroy\w*|fires?|blaze|"
    r"broke|broken|smashed|knocked out|"
    r"ablaze|flames|target\w*|fell|fallen|landed|collaps\w+|debris|explosions?|flatten\w*|"
    r"pound\w*|shell\w*|on fire|shattered|blown out|blew out|"
    r"caught fire|burn\w*|wreck\w*|crash\w*|took aim|aimed at|slamm?\w*|rammed|"
    r"plough\w* into|plow\w* into|tore through|ripped through)\b", re.IGNORECASE)
_SUPPLIED = re.compile(r"\b(?:power|electricity|heating|heat|gas|water|supplies?|supply)\s+"
                       r"(?:to|for)\s+(?:about\s+|around\s+|some\s+|over\s+|more than\s+|"
                       r"nearly\s+|almost\s+)?(?:[\d,]+\s+|\w+\s+)?$", re.IGNORECASE)
_OWNED_BY_A_SITE = re.compile(r"\b(?:port|plant|factory|refinery|depot|terminal|airport|station|"
                              r"enterprise|company|mine|hospital)'s\s+$", re.IGNORECASE)
_DETERMINERS = (r"(?:(?:the|a|an|its|their|Ukrainian|Russian|local|nearby|several|two|three|"
                r"[A-Z][\w-]*(?:'s|’s))\s+)*$")
_SERVED_BY_THE_TARGET = re.compile(
    r"(?:\b(?:that|which)\s+(?:[\w'-]+\s+){0,3}?(?:suppl(?:y|ies|ied)|serve[sd]?|power(?:s|ed)?|"
    r"fuel(?:s|led|ed)?|feeds?|fed|heats?|heated|worked for|works for)|\b(?:supplying|serving|"
    r"powering|fuel(?:l)?ing|feeding))\s+" + _DETERMINERS, re.IGNORECASE)
# "describes Ukraine's ports as military targets", "which Moscow called a legitimate military
# target", "what it calls military targets": a side's name for something, not a target hit
_CALLED = re.compile(
    r"(?:(?<![\w-])(?:describ|regard|consider|view|portray|treat|deem)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?as\s+|(?<![\w-])(?:call(?:s|ed)?|term(?:s|ed)?|brand(?:s|ed)?|"
    r"label(?:s|led|ed)?)\s+(?:(?:[\w'’-]+\s+){0,4}?as\s+)?|\bwhat\s+[\w'’-]+\s+calls?\s+)"
    r"(?:an?\s+)?(?:legitimate\s+|lawful\s+|possible\s+|potential\s+)?$", re.IGNORECASE)
# "the Russian-installed director of the plant", "workers at the refinery said": the people of a
# site, who speak or are counted, name no target
_PEOPLE_OF = re.compile(
    r"\b(?:director|head|chief|manager|management|staff|workers|employees|personnel|operator|"
    r"owners?|spokes(?:man|woman|person)|press service)\s+(?:of|at)\s+(?:the|a|an|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_BUILDINGS = ("building", "buildings", "warehouse", "warehouses", "offices")
_OF_A_SITE = re.compile(r"\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:port|plant|factory|"
                        r"refinery|depot|terminal|airport|enterprise|company|mine|hospital|"
                        r"station|substation)\b", re.IGNORECASE)
_NO_TARGET_BEFORE = re.compile(r"\b(?:no|not|never|without|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "residents spent the night in metro stations", "people sheltered in a school": where people
# took shelter during the attack, not what it hit
_SHELTER_BEFORE = re.compile(
    r"\b(?:shelter(?:ed|ing|s)?|took\s+(?:cover|refuge)|taking\s+(?:cover|refuge)|hid|hiding|"
    r"hide|crowded|huddled|slept|sleeping|waited|waiting|spent|spending|spend)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|inside|into|at|under)\s+(?:(?:the|a|an|nearby|underground|"
    r"local|their)\s+)*$", re.IGNORECASE)
_CARED_FOR_IN = re.compile(
    r"\b(?:taken|brought|rushed|admitted|transferred|evacuated|delivered|airlifted|sent|"
    r"hospitali[sz]ed|treated|recovering|remains?|remained|staying|died)\s+(?:\w+\s+)?"
    r"(?:to|into|in|at)\s+(?:(?:a|the|an|local|nearby|regional|city|district)\s+)*$"
    # "two workers got wounds and are in hospital": where they lie, with no article
    r"|\b(?:are|is|were|was|now|still|lie|lies|lying)\s+(?:\w+\s+)?in\s+$",
    re.IGNORECASE)
# "ports, which Russian drones have targeted heavily this autumn", "the city's substations, hit
# repeatedly since the spring": a target of attacks over a period or again and again, not of the
# attack the report tells
_HABITUAL = fast_regex(r"\b(?:repeatedly|regularly|frequently|routinely|constantly|"
                       r"(?:almost |nearly )?(?:daily|nightly)(?!\s+(?:summary|bulletin|report|"
                       r"update|briefing|tally|round-?up|digest|statement|address|figures|count"
                       r"|news|press))|"
                       r"time and again|again and again|every (?:night|day|week))\b",
                       re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:which|that|"
                             r"(?:hit|struck|targeted|attacked|shelled))\b[^.;]{0,80}")
# ("has relied on generators since the line was cut by shelling": the plant was not hit)
_CLAUSES = fast_regex(r";|,\s+(?:and|but|while|although|though)\s+|\s+while\s+|"
                      r",\s+as\s+(?!well\b|many\b|much\b|part\b|of\b|a\s+result\b)|"
                      r"\s+since\s+(?=(?:the\s+)?(?:[\w-]+\s+){1,4}(?:was|were|had|has)\b)")
# "a store, a cafe, and six cars were damaged": the last item's verb is the whole list's
_LIST_END = re.compile(r",\s+and\s+(?:an?\s+|the\s+|\w+\s+){0,3}?(?:were|was|have been|has been)\s+"
                       r"(?:\w+ly\s+|also\s+)?(?:damaged|destroyed|hit|struck|set on fire)\b")
_BELLIGERENTS = ("RU", "UA")
_EARLIER_ATTACK = fast_regex(r"\b(?:earlier|previous|past)\s+(?:[\w-]+\s+){0,2}?(?:shelling|"
                             r"attacks?|strikes?|bombardments?|raids?)\b", re.IGNORECASE)
_OVER = re.compile(r"\b(?:over|above|across)\s+(?:the\s+)?(?:territory\s+of\s+)?$",
                   re.IGNORECASE)


@dataclass
class _Account:
    """The growing record of one (attacker, date, claimant)."""

    strike: Strike
    weapon_names: set[str] = field(default_factory=set)
    countries: list[str] = field(default_factory=list)  # "downed over Russia": not a location
    # tolls the source gave before ("had put the number of dead at five"): they give way to
    # its other toll of the same metric, in whichever sentence it comes
    earlier: list[Quantity] = field(default_factory=list)
    # launches inferred from "all four … were destroyed", which a launch told gives way to
    inferred: list[Quantity] = field(default_factory=list)
    # the toll the source raised to ("has risen to 13"), by metric: a smaller toll of its own
    # told after it is an older one (a live blog's older entry below) or a part of it
    raised_to: dict[str, float] = field(default_factory=dict)


def read_strikes(facts: list[SentenceFacts]) -> list[Strike]:
    accounts: dict[tuple, _Account] = {}
    context = _Context()
    for f in _one_sense_per_report(facts):
        if "strike" not in f.kinds or "exchange" in f.kinds and not _IMPACT.search(f.text) \
                and _about_a_swap(f.text):
            continue
        _read_sentence(f, accounts, context)
    _drop_superseded_tolls(list(accounts.values()))
    _drop_inferred_launches(list(accounts.values()))
    _drop_a_restating_headline(list(accounts.values()), facts)
    kept = [a for a in accounts.values() if _worth_keeping(a)]
    for account in kept:
        account.strike.target_country = _target_country(account)
    return [a.strike for a in kept]


def _one_sense_per_report(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    """A town the report once places by context ("Russia's port of Primorsk", a region named
    before it) is that town in its other sentences too, where the gazetteer alone would take the
    most populous homonym."""
    facts = _homonyms_in_regions_named(facts)
    chosen: dict[str, Place] = {}
    for f in facts:
        for p in f.places:
            if p.place.kind == "city" and not p.surface.startswith("the ") and \
                    p.place != lookup_place(p.surface):  # ("the city": each sentence's own)
                chosen.setdefault(p.surface, p.place)
    if not chosen:
        return facts
    return [replace(f, places=[replace(p, place=chosen[p.surface])
                               if p.surface in chosen and p.place.kind == "city" else p
                               for p in f.places]) for f in facts]


def _homonyms_in_regions_named(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    """ "In the Oryol region, … a private house in the village of Znamenka": a town whose name
    several places share is the one in a region the report has named (the latest), where the
    gazetteer alone took one elsewhere."""
    regions: list[str] = []
    out = []
    for f in facts:
        places = []
        for p in f.places:
            if p.place.kind == "city" and regions and p.place.admin1 not in regions and \
                    p.place == lookup_place(p.surface):
                other = homonym_in(p.surface, regions)
                p = replace(p, place=other) if other is not None else p
            places.append(p)
            if p.place.kind == "region" and p.place.country in _BELLIGERENTS:
                regions.append(p.place.name)
        out.append(replace(f, places=places) if places != f.places else f)
    return out


def _target_country(account: _Account) -> str | None:
    """The recognised country most of the record's places lie in (Crimea is Ukraine's, though
    Ukraine attacks it; "over Russia, occupied Crimea and the Sea of Azov" is Russia), else the
    attacker's opponent."""
    strike = account.strike
    countries = account.countries + [p.country for p in strike.places
                                     if p.country in _BELLIGERENTS]
    if countries:
        return max(dict.fromkeys(countries), key=countries.count)
    return opponent(strike.attacker)


@dataclass
class _Context:
    """What earlier sentences established: the attacker and weapon being talked about."""

    attacker: str | None = None
    weapon: str | None = None
    paragraph: int = -1
    sides: set[str] = field(default_factory=set)  # every attacker the report has named
    # "Air defence downed 61 drones:" then "- 50 over the Kyiv region": the metric of the list
    # the sentence opened or continues, for its items that name no verb
    list_metric: str | None = None
    # "downed 87 drones and seven Kh-101 missiles. By region:" then "Lviv region: 34 drones,
    # 4 missiles;": the list's "missiles" are the opener's one class of missile
    list_missile: str | None = None
    list_paragraph: int = -1
    # the paragraph of the last line that ended with ":" or ";": a line of figures right
    # after it is the next item ("…neutralised:" then "1 of 2 Iskander-M missiles;")
    open_paragraph: int = -1
    # the classes of weapon the current source's figures counted, and that source's name:
    # after several, a generic noun ("389 air attack weapons") is a total over them all
    classes: set[str] = field(default_factory=set)
    classes_of: str | None = None
    # that source counted a launch of "missiles" of no one class (a total a breakdown may
    # follow): its later bare "missiles" downed are of no one class either
    missiles_of_no_class: bool = False
    # the report has named a power plant ("a thermal power plant of the company"): "the plant",
    # "two plants", "its plants" after it are that plant, no factory
    power_plant: bool = False


def _read_sentence(f: SentenceFacts, accounts: dict[tuple, _Account], context: _Context) -> None:
    if not f.has_own_date and _EARLIER_ATTACK.search(f.text):
        f = replace(f, date=None)  # "rubble left by earlier shelling": an attack of no day said
    if not f.has_own_date and f.date is not None and " after " in f.text:
        f = _the_attack_days_before(f)
    text = f.text
    truces = _truce_mentions(text) if "agreement" in f.kinds else []  # none the trigger missed
    truce_talk = _truce_talk(text, truces)
    words_only = truce_talk  # a truce sentence's figures in words are read only after "by …ing"
    subject: list[SideCue] = []
    if truces:
        # "violated the energy truce by striking a power plant in Kherson": only what follows
        # the "by striking" is an attack; the rest is talk about the truce
        attack = _BY_ATTACKING.search(text)
        if attack is not None:
            offset = attack.end() if text[attack.start()] == "," else attack.start()
            # "Ukrainian troops had used the pause to regroup and had attacked …": the side
            # that acts before the attack's clause is its subject
            subject = _subject_before(text, f, offset)
            f = _from_offset(f, offset)
            text, truce_talk = f.text, False
            words_only = False
        elif (end := _attack_before_accusation(text, truces)) is not None:
            f = _up_to_offset(f, end)
            text, truce_talk = f.text, False
    cues = subject + attacker_cues(text, f.actors, f.claimant)
    places = [p for p in f.places if _attacked_place(text, p)
              and not _in_an_earlier_year(text, p.start, f.date)]
    item = _list_item(f, context)
    figures = f.cells if f.cells is not None else [] if words_only and not _has_numbers(
        text) else find_figures(
        text, casualties=not _swap_talk(f), context_weapon=context.weapon,
        context_metric=context.list_metric if item else f.asked_metric,
        context_mixed=len(context.classes) > 1 and context.classes_of == _name(f.claimant))
    if item and context.list_missile:
        figures = [replace(fig, weapon=context.list_missile) if fig.weapon == "missile" else fig
                   for fig in figures]
    figures = _definite_missiles(text, figures, f, context)
    figures = _wholes_told_before(text, figures, accounts, f)
    if _counts_downed_only(f) and not any(c.value == "launched" for c in find_cues(text, "metric")):
        # "the Russian ministry counted nine drones above the region", "put its count at 63
        # drones, 29 of which were downed over Bryansk": its bulletins count the drones it says
        # were destroyed, never those launched, unless it says launched
        figures = [replace(fig, metric="intercepted") if fig.metric == "launched" else fig
                   for fig in figures]
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    default = _sentence_attacker(f, cues, places, figures, context)
    figures, inferred = _with_every_one_launched(text, figures, f, accounts, cues, default)
    for figure in figures:
        attacker = _figure_attacker(figure, cues, f, default)
        account = _account(accounts, attacker, f)
        if figure.all_but:
            of_the_whole = _of_the_whole_launched(figure, account)
            if of_the_whole is None:
                continue
            figure = of_the_whole
        if figure.update:  # "the toll has since risen to 12": the source's earlier toll goes
            # (a corrected count of weapons replaces that of its weapon only)
            account.strike.quantities = [q for q in account.strike.quantities
                                         if q.metric != figure.metric or q.evidence == evidence
                                         or (figure.weapon and q.weapon != figure.weapon)]
        if _told_before(account.strike, figure, evidence) or \
                _below_a_raised_toll(account, figure):
            continue
        quantity = Quantity(figure.metric, figure.weapon, figure.value, figure.qualifier,
                            evidence)
        account.strike.quantities.append(quantity)
        if figure.earlier:
            account.earlier.append(quantity)
        if figure.update and figure.metric in ("killed", "injured") and figure.value:
            account.raised_to[figure.metric] = figure.value
        if any(figure is g for g in inferred):
            account.inferred.append(quantity)
        if figure.weapon:
            _add(account.strike.weapons, figure.weapon)
        _add_evidence(account.strike, evidence)
        account.countries += _countries_over(text, f.places)
    if not truce_talk:
        for place in places:
            attacker = _place_attacker(text, place, cues, default)
            if attacker is None:
                continue
            account = _account(accounts, attacker, f)
            # the gazetteer's English name (GUIDE: "Kryvy Rih" is Kryvyi Rih, "Kiev" Kyiv)
            _add_place(account.strike.places, place.place)
            _add_evidence(account.strike, evidence)
        for target_type, attacker in _target_types(text, places, cues, default,
                                                   context.power_plant):
            account = _account(accounts, attacker, f)
            _add(account.strike.target_types, target_type)
            _add_evidence(account.strike, evidence)
    if not context.power_plant and ("plant" in text or "CHP" in text):  # (a word lookup first)
        context.power_plant = _names_a_power_plant(text)
    if default is not None and (figures or places):
        weapons = {w.weapon for w in find_weapons(text) if w.weapon}
        if item and context.list_missile and "missile" in weapons:
            weapons = weapons - {"missile"} | {context.list_missile}
        for weapon in sorted(weapons):
            account = _account(accounts, default, f)
            _add(account.strike.weapons, weapon)
    _remember(f, figures, default, context)


# "Both missiles", "the two missiles", "all four missiles": the missiles told of before
_DEFINITE = re.compile(r"(?:both|all|every)\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all|all the)\s+$", re.IGNORECASE)


# "The attack came two days after Russia launched 300 drones": the attack told after "after"
# (its figures) is the days before the day the report is about (the sentence's own date)
_DAYS_AFTER = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|\d)\s+(day|night|week)s?"
                         r"\s+after\s+(?=\S)", re.IGNORECASE)


def _the_attack_days_before(f: SentenceFacts) -> SentenceFacts:
    """The sentence's figures dated ``N`` days before its date where they all follow "N days
    after" (a sentence with a date of its own keeps it: "overnight, two days after …")."""
    m = _DAYS_AFTER.search(f.text)
    if m is None or f.date is None or not _has_numbers(f.text[m.end():]) or \
            _has_numbers(f.text[:m.start()]):
        return f
    return replace(f, date=f.date - dt.timedelta(days=days_in(m.group(1), m.group(2))))


def _definite_missiles(text: str, figures: list[Figure], f: SentenceFacts,
                       context: _Context) -> list[Figure]:
    """ "… with two Iskander-M ballistic missiles and 104 drones." then "Both missiles and 17
    drones hit eight locations.": missiles referred back to, where the source counted missiles
    of one class, are of that class. Missiles shot down after a launch of one class ("six
    cruise missiles …; four missiles were shot down") are of it too, said definitely or not."""
    if not any(fig.weapon == "missile" for fig in figures):
        return figures
    same_source = context.classes_of == _name(f.claimant)
    told = {c for c in context.classes if c.endswith("_missile")} if same_source else set()
    if len(told) == 1:
        known = next(iter(told))
        figures = [replace(fig, weapon=known) if fig.weapon == "missile" and (
            _DEFINITE.match(text, fig.start) or _DEFINITE_BEFORE.search(
                text, max(0, fig.start - 10), fig.start)) else fig for fig in figures]
    if same_source and context.missiles_of_no_class:
        return figures
    return _downed_of_the_one_class(figures, told)


def _wholes_told_before(text: str, figures: list[Figure], accounts: dict[tuple, _Account],
                        f: SentenceFacts) -> list[Figure]:
    """ "intercepted four of the nine" after "launched nine ballistic missiles and 300 drones":
    a whole named with "the" and no class is the launch of that number the source told before,
    of its class, and so is the part told with it."""
    if not any(fig.definite_whole for fig in figures):
        return figures
    told: dict[float, set[str]] = {}
    for account in accounts.values():
        if account.strike.claimed_by == _name(f.claimant):
            for q in account.strike.quantities:
                if q.metric == "launched" and q.weapon and q.value is not None:
                    told.setdefault(q.value, set()).add(q.weapon)
    out = list(figures)
    for i, whole in enumerate(figures):
        classes = told.get(whole.value, set()) if whole.definite_whole and \
            whole.value is not None else set()
        if len(classes) != 1 or whole.weapon in classes:
            continue  # the class the whole took from the sentence before counted no such
            # number: "of the cruise missiles, all but five …; we intercepted three of the seven"
        weapon = next(iter(classes))
        out[i] = replace(whole, weapon=weapon)
        if i and figures[i - 1].weapon == whole.weapon and _OF_THE.fullmatch(
                text, figures[i - 1].end, whole.start):
            out[i - 1] = replace(figures[i - 1], weapon=weapon)
    return out


_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+the\s+", re.IGNORECASE)


def _downed_of_the_one_class(figures: list[Figure], told: set[str]) -> list[Figure]:
    """Bare "missiles" shot down where the source launched missiles of one class alone, before
    or in the sentence: of that class. Not where "missiles" of no class were launched (a total
    with its breakdown), nor beside a figure downed of that class ("shot down eight missiles,
    including six cruise missiles"). Hits stay as said: writers keep "two missiles hit" of no
    class."""
    launched = {fig.weapon for fig in figures if fig.metric == "launched" and fig.weapon}
    classes = told | {w for w in launched if w.endswith("_missile")}
    if len(classes) != 1 or "missile" in launched:
        return figures
    known = classes.pop()
    if any(fig.weapon == known and fig.metric == "intercepted" for fig in figures):
        return figures
    return [replace(fig, weapon=known) if fig.weapon == "missile" and
            fig.metric == "intercepted" else fig for fig in figures]


# "all four Kh-59 missiles were destroyed": every one of a number that came
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _with_every_one_launched(text: str, figures: list[Figure], f: SentenceFacts,
                             accounts: dict[tuple, _Account], cues: list,
                             default: str | None) -> tuple[list[Figure], list[Figure]]:
    """ "…, and all four Kh-59 guided missiles were destroyed": the four downed are every one
    launched, so four were launched, where the source has told no launch of that weapon (one
    told later goes to ``_drop_inferred_launches``). The figures, and those inferred."""
    out, inferred = [], []
    for figure in figures:
        out.append(figure)
        if figure.metric != "intercepted" or not figure.value or figure.weapon is None or \
                not _ALL_BEFORE.search(text, max(0, figure.start - 12), figure.start):
            continue
        attacker = _figure_attacker(figure, cues, f, default)
        account = accounts.get((attacker, f.date, _name(f.claimant)))
        told = [q for q in account.strike.quantities if q.metric == "launched"] \
            if account is not None else []
        if not any(same_class(q.weapon, figure.weapon) for q in told) and not any(
                g.metric == "launched" and same_class(g.weapon, figure.weapon)
                for g in figures):
            inferred.append(replace(figure, metric="launched"))
            out.append(inferred[-1])
    return out, inferred


def _of_the_whole_launched(figure: Figure, account: _Account) -> Figure | None:
    """ "Overnight the enemy attacked with 7 ballistic missiles …" then "All but two of the
    ballistic missiles were shot down": 5, of the whole the source told launched (GUIDE: the
    arithmetic the text gives); no whole told, no figure."""
    whole = next((q.value for q in reversed(account.strike.quantities)
                  if q.metric == "launched" and q.weapon == figure.weapon and
                  q.value is not None), None)
    if whole is None or figure.value is None or whole <= figure.value:
        return None
    return replace(figure, value=whole - figure.value, all_but=False)


_AIR_TALLY = {"launched", "intercepted", "hit"}


def _drop_a_restating_headline(accounts: list[_Account], facts: list[SentenceFacts]) -> None:
    """GUIDE: a headline figure that restates the body's is no quantity ("In the night enemy
    attacked by 94 UAV …, 79 neutralized" over a body that gives 94 and 79). The headline: the
    text's opening line (nothing dropped before it), a sentence with no closing punctuation,
    with more paragraphs below (not a digest's first bullet under a dropped masthead).
    Its figures go where the body gives the same number (of the same casualty metric, or of
    the air tally, whose metric a headline often words loosely); its places stay."""
    first = facts[0] if facts else None
    if first is None or first.sentence.start > 0 or \
            len({f.sentence.paragraph for f in facts}) < 2 or \
            first.sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d")) or \
            any(f.sentence.paragraph == first.sentence.paragraph for f in facts[1:]):
        return
    start = first.sentence.start
    body = [q for a in accounts for q in a.strike.quantities if not _in(q, start)]
    for account in accounts:
        account.strike.quantities = [q for q in account.strike.quantities
                                     if not _in(q, start) or
                                     not any(_restates(q, b) for b in body)]


def _in(quantity: Quantity, start: int) -> bool:
    return quantity.evidence is not None and quantity.evidence.start == start


def _restates(headline: Quantity, body: Quantity) -> bool:
    return headline.value is not None and headline.value == body.value and (
        headline.metric == body.metric or
        {headline.metric, body.metric} <= _AIR_TALLY)


def _drop_inferred_launches(accounts: list[_Account]) -> None:
    """A launch inferred from "all four … were destroyed" gives way to one the source tells
    of the same class ("… had launched three Kalibr cruise missiles" after "all three")."""
    for account in accounts:
        quantities = account.strike.quantities
        gone = [q for q in account.inferred if any(
            o is not q and o.metric == "launched" and same_class(o.weapon, q.weapon)
            for o in quantities)]
        account.strike.quantities = [q for q in quantities if all(q is not g for g in gone)]


_DOWNED_ONLY = frozenset({"Russian Ministry of Defence"})


def _counts_downed_only(f: SentenceFacts) -> bool:
    return f.claimant is not None and f.claimant.name in _DOWNED_ONLY


def _drop_superseded_tolls(accounts: list[_Account]) -> None:
    """GUIDE: a corrected toll gives only the latest figure of that source. A toll the source
    gave before ("initially reported", "had put … at five") goes where the same source's account
    of the same attack (same attacker, a day apart at most) holds another of that metric."""
    for account in accounts:
        gone = [q for q in account.earlier
                if any(_latest_toll(other, account, q.metric, q.weapon) for other in accounts)]
        account.strike.quantities = [q for q in account.strike.quantities
                                     if all(q is not g for g in gone)]


def _below_a_raised_toll(account: _Account, figure: Figure) -> bool:
    """A toll of the account's source smaller than the one it said its toll had risen to."""
    raised = account.raised_to.get(figure.metric)
    return raised is not None and not figure.update and figure.value is not None and \
        figure.value < raised


def _same_source_and_attack(other: _Account, account: _Account) -> bool:
    """The same source's account of the same attack: same claimant and attacker, a day apart
    at most."""
    a, b = other.strike, account.strike
    return (a.attacker, a.claimed_by) == (b.attacker, b.claimed_by) and \
        (a.date == b.date or (a.date is not None and b.date is not None
                              and abs((a.date - b.date).days) <= 1))


def _latest_toll(other: _Account, account: _Account, metric: str, weapon: str | None) -> bool:
    """``other`` holds another figure of ``metric`` (and of ``weapon``: "first put the number
    of drones at 60", then 64 drones) from the same source's account of the same attack."""
    a, b = other.strike, account.strike
    if not _same_source_and_attack(other, account):
        return False
    if metric not in ("killed", "injured") and a.date != b.date:
        return False  # "A day earlier, the ministry had reported downing 36": another night's
    return any(q.metric == metric and q.weapon == weapon and all(q is not e for e in other.earlier)
               for q in a.quantities)


_BODIES = re.compile(r"\b(?:bodies|remains)\b", re.IGNORECASE)
# words of the exchange trigger that tell of no swap: "a statement released an hour later",
# "bodies recovered from the rubble"
_NO_SWAP = re.compile(r"\b(?:(?:statement|report|video|footage|figures|update|data),?\s+released|"
                      r"released\s+(?:a|an|its|the|his|her)\s+(?:\w+\s+)?(?:statement|report|"
                      r"video|footage|figures|update|data)|"
                      # "the enemy released 112 UAV": weapons sent, in translated copy
                      r"released\s+(?:about\s+|over\s+|more\s+than\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
                      r"(?:UAVs?|drones|missiles|rockets|shells|bombs))\b", re.IGNORECASE)
# (and "recovered two more bodies, bringing the death toll to 34": the dead of a strike)
_FROM_RUBBLE = re.compile(r"\b(?:rubble|debris|ruins|death\s+toll)\b", re.IGNORECASE)


def _about_a_swap(text: str) -> bool:
    """The exchange trigger's words, but for those that tell of no swap."""
    text = _NO_SWAP.sub("", text)
    if _FROM_RUBBLE.search(text):
        text = _BODIES.sub("", text)
    # "95 Ukrainians crossed the border, among them wounded soldiers" (read as a swap's only
    # where one is told before)
    return bool(TRIGGERS["exchange"].search(text) or CROSSED_THE_BORDER.search(text))


def _swap_talk(f: SentenceFacts) -> bool:
    """A sentence about an exchange, whose people are no casualties ("returned 84 soldiers");
    bodies alone make none ("rescuers pulled two more bodies from the rubble")."""
    return "exchange" in f.kinds and _about_a_swap(_BODIES.sub("", f.text))


_TRUCES = re.compile(r"\b(?:cease-?fires|truces)\b", re.IGNORECASE)  # beside the trigger's


def _countries_over(text: str, places: list[PlaceMention]) -> list[str]:
    """ "downed over Russia": a country where the weapons came down (GUIDE: a claim over several
    regions takes the country most of its places lie in), though never a location itself."""
    return [p.place.country for p in places
            if p.place.kind == "country" and p.place.country in _BELLIGERENTS
            and _OVER.search(text, max(0, p.start - 25), p.start)]


# "a few hours into the truce", "despite the ceasefire": the truce only dates the attack
_TRUCE_AS_TIME = re.compile(
    r"\b(?:into|during|despite|in spite of|throughout|amid|on the (?:first|second|last) day of|"
    # "Overnight, before the pause began, …": the truce's start or end dates the attack
    r"before|after|until|till|since|hours before|hours after)"
    r"\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _truce_mentions(text: str) -> list[re.Match[str]]:
    """The words of the sentence that name a truce (the agreement trigger's, plural truces)."""
    return [m for pattern in (TRIGGERS["agreement"], _TRUCES) for m in pattern.finditer(text)]


def _truce_talk(text: str, truces: list[re.Match[str]]) -> bool:
    """The sentence talks about a truce, not only dates an attack by one."""
    return any(not _TRUCE_AS_TIME.search(text, max(0, m.start() - 45), m.start())
               for m in truces)


def _from_offset(f: SentenceFacts, offset: int) -> SentenceFacts:
    """The facts of the sentence from ``offset`` on (offsets of mentions shifted to match)."""
    places = [replace(p, start=p.start - offset, end=p.end - offset)
              for p in f.places if p.start >= offset]
    actors = [replace(a, start=a.start - offset, end=a.end - offset)
              for a in f.actors if a.start >= offset]
    # "said on Friday it had breached it, most recently a station on Tuesday": the attack's
    # own day, where the words kept name one
    own = [d for d in f.dates if d.start >= offset]
    date = own[0].date if own else f.date
    return replace(f, text=f.text[offset:], places=places, actors=actors, date=date)


# "… says a Russian drone hit a substation overnight and accuses Moscow of breaching the
# moratorium", "…, calling it a breach of the ceasefire", "…, which they described as a
# violation": the attack is told first, then named a breach of the truce
_ACCUSATION = re.compile(
    r"(?:,\s*|\s+)(?:and\s+(?:(?:he|she|they|it)\s+)?)?(?:(?:also|then)\s+)?(?:accus\w*|"
    r"call(?:s|ed|ing)?|describ\w+|brand\w*|label\w*|condemn\w*|denounc\w*|blam\w*|"
    r"which\s+(?:[\w'-]+\s+){1,3}?(?:called|calls|described|describes|branded|brands|"
    r"termed|terms|said was|says was))\b", re.IGNORECASE)
_ATTACK_TOLD = re.compile(r"\b(?:hit|struck|attacked|damaged|destroyed|shelled|bombed|"
                          r"targeted|pounded|set\s+(?:\w+\s+)?on\s+fire)\b", re.IGNORECASE)


# "Ukrainian forces had violated the truce 212 times and had shelled …": the subject of a verb
# about the truce, whose side attacked in the clause after it
_TRUCE_VERB_AFTER = re.compile(
    r"(?:'s\s+(?:forces|military|army|troops|units))?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+|also\s+)?(?:violated|breached|broke|broken|used|ignored|accepted|declared|"
    r"agreed|observed)\b")


def _subject_before(text: str, f: SentenceFacts, offset: int) -> list[SideCue]:
    """The side that acts before the attack's clause, as a cue at its start: the last agent
    the cues name there, or the side whose verb about the truce comes before it."""
    agents = [c for c in attacker_cues(text, f.actors, f.claimant)
              if c.pos < offset and c.how == "agent"]
    subjects = [SideCue(a.start, a.actor.side, "agent") for a in f.actors
                if a.end <= offset and a.actor.side in _BELLIGERENTS
                and a.actor.kind != "person" and _TRUCE_VERB_AFTER.match(text, a.end)]
    found = sorted(agents + subjects, key=lambda c: c.pos)[-1:]
    return [replace(c, pos=0) for c in found]


def _attack_before_accusation(text: str, truces: list[re.Match[str]]) -> int | None:
    """Where the attack told before an accusation of breaking the truce ends: every truce word
    lies after it, and the words before it tell of something hit by a weapon or a side."""
    first_truce = min(m.start() for m in truces)
    accusation = None
    for m in _ACCUSATION.finditer(text, 0, first_truce):
        accusation = m
    if accusation is None:
        return None
    told = text[:accusation.start()]
    if not _ATTACK_TOLD.search(told) or find_cues(told, "hypothetical") or \
            not (find_weapons(told) or _SIDE_WORD.search(told)):
        return None
    return accusation.start()


_SIDE_WORD = re.compile(r"\b(?:Russian|Ukrainian)\b")


def _up_to_offset(f: SentenceFacts, offset: int) -> SentenceFacts:
    """The facts of the sentence up to ``offset``."""
    return replace(f, text=f.text[:offset], places=[p for p in f.places if p.end <= offset],
                   actors=[a for a in f.actors if a.end <= offset])


def _has_numbers(text: str) -> bool:
    return bool(re.search(r"\d", text))


def _sentence_attacker(f: SentenceFacts, cues: list[SideCue], places: list[PlaceMention],
                       figures: list[Figure], context: _Context) -> str | None:
    """The side a sentence reports attacking, when the figures themselves don't say."""
    if cues:
        sides = {c.attacker for c in cues}
        if len(sides) == 1:
            return sides.pop()
    claimant_side = f.claimant.side if f.claimant else None
    if claimant_side in _BELLIGERENTS and figures and all(
            fig.metric in ("intercepted", "killed", "injured") for fig in figures):
        return opponent(claimant_side)
    countries = [side for p in places if (side := held_by(f.text, p)) in _BELLIGERENTS]
    if countries:
        # the country named most; on a tie, the one named first (never a set's order)
        return opponent(max(dict.fromkeys(countries), key=countries.count))
    if cues:
        return cues[0].attacker
    if claimant_side in _BELLIGERENTS and figures and len(context.sides) == 1 and \
            all(fig.metric == "hit" for fig in figures):
        # "a source in the SBU said three hits on the refinery were confirmed", in a report
        # about Ukrainian drones: a side may claim its own hits
        return next(iter(context.sides))
    if claimant_side in _BELLIGERENTS and figures:
        return opponent(claimant_side)
    if context.paragraph >= f.sentence.paragraph - 1:
        return context.attacker or (_fielded_by(f.text) if figures else None)
    if len(context.sides) == 1 and (figures or places or find_targets(f.text)):
        # GUIDE: "an article about Ukrainian drones overnight sets UA for a governor's figures
        # in it, even where the governor names no one"
        return next(iter(context.sides))
    return _fielded_by(f.text) if figures else None


# Weapons only one side fields: "the enemy attacked with 95 UAVs of the Shahed type", with no
# side, place or source named, is Russia's attack. (Grads, Tochkas, S-300s: both sides.)
_FIELDED_BY = (("RU", fast_regex(r"\b(?:Shaheds?|Gerans?|Gerberas?|Iskanders?|KN-2[34]|Kinzhals?|"
                                 r"Oreshnik|Kalibrs?|Zircons?|(?:Kh|X)-(?:101|555|55|22|59|69|47)|"
                                 r"KABs?|UMPKs?)\b")),
               ("UA", fast_regex(r"\b(?:Lyutyi|Storm Shadows?|SCALP|Neptunes?|Flamingos?|ATACMS|"
                                 r"HIMARS|Taurus)\b")))


def _fielded_by(text: str) -> str | None:
    """The one side whose weapons the sentence names, if it names one side's only."""
    sides = [side for side, pattern in _FIELDED_BY if pattern.search(text)]
    return sides[0] if len(sides) == 1 else None


def _figure_attacker(figure: Figure, cues: list[SideCue], f: SentenceFacts,
                     default: str | None) -> str | None:
    if figure.noun_side_hint:  # "57 Ukrainian drones"
        return "UA" if figure.noun_side_hint.lower().startswith("ukrain") else "RU"
    if len({c.attacker for c in cues}) > 1:
        return nearest(cues, figure.start)
    return default


def _place_attacker(text: str, place: PlaceMention, cues: list[SideCue],
                    default: str | None) -> str | None:
    """The side the words name ("A Ukrainian drone struck a bus in Nova Kakhovka"), else the
    opponent of the side that holds the place."""
    named = {c.attacker for c in cues}
    lo, hi = clause_bounds(text, place.start, _CLAUSES)
    if len(named) == 1 and (any(lo <= c.pos < hi for c in cues)
                            or held_by(text, place) not in _BELLIGERENTS):
        return named.pop()
    # "drones knocked out a substation in the Kharkiv region, while Moscow charged that
    # Ukrainian drones had hit …": the side named in another clause attacked elsewhere
    side = held_by(text, place)
    if side in _BELLIGERENTS:
        return opponent(side)
    return default


def _attacked_place(text: str, place: PlaceMention) -> bool:
    """A place the sentence says was attacked or where weapons came down."""
    if place.place.kind == "country":
        return False
    if place.surface.isupper() and len(place.surface) > 3:
        return False  # a dateline ("KYIV, Ukraine (AP) —") says where the reporter was
    if _NOT_ATTACKED_BEFORE.search(text[max(0, place.start - 60):place.start]):
        return False
    if _METONYMY_AFTER.match(text[place.end:place.end + 30]):
        return False
    if _SECTOR_AFTER.match(text, place.end) and \
            _TROOPS_IN.search(text, max(0, place.start - 50), place.start):
        return False
    if place.place.name in _CAPITALS and place.place.kind == "city" and (
            _CAPITAL_ACTS.match(text, place.end, place.end + 40)
            or _CAPITAL_OWNS.match(text, place.end, place.end + 40)
            or _where_the_government_spoke(text, place)
            or _BETWEEN_GOVERNMENTS.search(text, max(0, place.start - 60), place.start)):
        return False
    if _ACTOR_AFTER.match(text[place.end:place.end + 30]) or \
            _ACTOR_BEFORE.search(text[max(0, place.start - 20):place.start]):
        return False  # "Moscow denied the claim and accused Kyiv of …": governments, not places
    if place.place.country not in _BELLIGERENTS and place.place.country is not None:
        return False
    after = text[place.end:place.end + 40]
    if _MODIFIER_AFTER.match(after) or _OFFICE_AFTER.match(after):
        return False
    if place.place.kind == "area" and (_SEA_AS_MODIFIER.match(after) or _SEA_REACHED.search(
            text[max(0, place.start - 25):place.start])):
        return False
    if _LANDMARK_NEAR.search(text[max(0, place.start - 30):place.start]) and \
            population(place.place) >= _LANDMARK_CITY:
        return False
    if _launch_area(text, place):
        return False
    if _ALERT_IN.search(text, max(0, place.start - 50), place.start):
        return False  # "The air raid alert in Kyiv has been lifted": where sirens sounded
    if _USED_AS_BASE.match(text, place.end, place.end + 40) or _used_as_a_base(text, place):
        return False  # "the Grayvoron area is used to stage assaults on …": a base, not hit
    if "from" in text and _FROM_A_PLATFORM.search(text, max(0, place.start - 50), place.start):
        return False  # "fired two missiles at Odesa from ships in the Black Sea"
    if not_one_attack(text, place.start, place.end, reach=40, of_a_count=False) or \
            _period_clause(text, place.start) or _hit_before(text, place.start) or \
            _habitual_clause(text, place.start):
        return False  # "if Russia strikes Odesa", "Kharkiv, shelled daily since the war began"
    lo, hi = clause_bounds(text, place.start, _CLAUSES)
    clause = text[lo:hi]
    if TRIGGERS["strike"].search(clause):
        return True
    # "…, and 9 in the Oryol and Tula regions each", "facilities in Kursk, Lipetsk, and Oryol
    # regions were hit": a verbless list continues the strike before or after it (a long clause
    # that ends the sentence with no figure has a verb the pattern does not know: "warships now
    # shelter mostly in Novorossiysk")
    if _VERB.search(clause):
        return False
    if _has_numbers(clause) or len(clause.split()) <= 6 or \
            _object_continued(text, lo, hi, TRIGGERS["strike"]):
        return True
    next_break = _CLAUSES.match(text, hi)
    return next_break is not None and bool(
        TRIGGERS["strike"].search(clause_around(text, next_break.end(), _CLAUSES)))


# "the air raid alert in Kyiv", "sirens sounded across the Sumy region": where an alert was
# given, not what was hit
_ALERT_IN = re.compile(r"\b(?:alerts?|alarms?|sirens?)\s+(?:(?:was|were|had|has|have|been|"
                       r"sounded|sounding|went off|declared|issued|lifted)\s+){0,2}"
                       r"(?:in|over|across|throughout|for)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                       re.IGNORECASE)
# "The drones were launched from the directions of Kursk and Oryol, and the missiles from
# Tu-95MS bombers over the Saratov region": where the weapons came from, not where they fell
_LAUNCHED_FROM = re.compile(
    r"\b(?:launched|fired|took off|released|flew in|came|arrived)\s+from\b|"
    # ("from the directions: Kursk, Bryansk": translated copy's colon before the list)
    r"\bfrom\s+(?:the\s+)?(?:directions?|areas?|side|territory|airspace|waters)(?:\s+of\b|\s*:|\b)",
    re.IGNORECASE)
# what ends the launch phrase: a verb of its own or a word aiming at a place
_LAUNCH_WORDS_END = (r"\b(?:at|on|towards?|against|targeting|into|hit|hitting|struck|striking|"
                     r"attack\w*|were|was|is|are|has|have|had|(?!occupied\b|annexed\b)\w+ed)\b")
_LAUNCH_ENDS = re.compile(rf"[.;:]|{_LAUNCH_WORDS_END}", re.IGNORECASE)
# "from the directions of Bryansk and Kursk; Millerovo, Rostov Oblast; and Hvardiiske, occupied
# Crimea": a list of launch areas set off by semicolons goes on where no verb follows it
_VERB_OR_AIM = re.compile(_LAUNCH_WORDS_END, re.IGNORECASE)


# "a call between Ankara and Kyiv", "talks between Moscow and Washington": the governments
_BETWEEN_GOVERNMENTS = re.compile(r"\b(?:calls?|talks|meetings?|contacts?|dialogue|relations|"
                                  r"negotiations|ties|channels?)\s+between\s+(?:\w+\s+){0,3}$",
                                  re.IGNORECASE)


def _where_the_government_spoke(text: str, place: PlaceMention) -> bool:
    return bool(_IN_BEFORE.search(text, max(0, place.start - 20), place.start)) and \
        _GOVERNMENT_SPEAKS.match(text, place.end) is not None


def _launch_area(text: str, place: PlaceMention) -> bool:
    """The place is in the phrase that says where weapons were launched from."""
    if "from" not in text:
        return False
    launches = list(_LAUNCHED_FROM.finditer(text, max(0, place.start - 160), place.start))
    if not launches:
        return False
    between = text[launches[-1].end():place.start]
    if ";" in between and not _VERB_OR_AIM.search(text, place.end):
        between = between.replace(";", ",")
    return not _LAUNCH_ENDS.search(between)


def _period_clause(text: str, pos: int) -> bool:
    """ "Other ports, including Ust-Luga, have been targeted in recent months": the clause tells
    of a period (anywhere in it) and of no one attack."""
    if not period_in(text, 0, len(text), of_a_count=False):  # (cheap: cues are cached)
        return False
    lo, hi = clause_bounds(text, pos, _CLAUSES)
    return period_in(text, lo, hi, of_a_count=False) and not one_attack(text, lo, hi)


# "used the Belgorod region as a staging ground for strikes on Kharkiv"
_USING_BEFORE = re.compile(r"\b(?:use|uses|used|using)\s+(?:the\s+)?$", re.IGNORECASE)
_AS_A_BASE_AFTER = re.compile(r"(?:\s+(?:area|region|district|airfield|port|territory))?\s+as\s+"
                              r"(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:staging|launch\w*|base|"
                              r"springboard|bridgehead|platform|foothold)\b", re.IGNORECASE)
# "from ships in the Black Sea", "from Tu-95 bombers over the Caspian": where the launchers were
_FROM_A_PLATFORM = re.compile(
    r"\bfrom\s+(?:[\w-]+\s+){0,2}?(?:ships?|warships?|submarines?|vessels?|frigates?|boats?|"
    r"bombers?|aircraft|jets?|planes?|fighters?)\s+(?:in|over|on|off|above)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _used_as_a_base(text: str, place: PlaceMention) -> bool:
    return bool(_USING_BEFORE.search(text, max(0, place.start - 12), place.start)) and \
        _AS_A_BASE_AFTER.match(text, place.end) is not None


# "… shows a fire in Kharkiv and was first published in 2024": a year before the report's
_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid-?|the spring of|the summer of|"
                      r"the autumn of|the winter of)\s*)?((?:19|20)\d\d)\b")


def _in_an_earlier_year(text: str, pos: int, date: dt.date | None) -> bool:
    """The clause at ``pos`` dates what it tells to a year before the attack's (and names no
    one attack of the report's): another event."""
    if date is None:
        return False
    years = [(at, year) for at, year in _years_named(text) if year < date.year]
    if not years:
        return False
    lo, hi = clause_bounds(text, pos, _CLAUSES)
    return any(lo <= at < hi for at, _ in years) and not one_attack(text, lo, hi)


@lru_cache(maxsize=64)  # one document's sentences
def _years_named(text: str) -> tuple[tuple[int, int], ...]:
    if "in " not in text and "during" not in text:
        return ()
    return tuple((m.start(), int(m.group(1))) for m in _IN_YEAR.finditer(text))


# "says it strikes only military targets", "only ever hits military sites", "denies targeting
# civilians": what a side says of its strikes in general
_ONLY_EVER = re.compile(r"\b(?:(?:strikes|targets|hits|attacks|aims\s+at)\s+only|"
                        r"only\s+(?:ever\s+)?"
                        r"(?:strikes|targets|hits|attacks|aims\s+at)|never\s+(?:strikes|targets|hits|"
                        r"attacks)|denies\s+(?:targeting|striking|attacking|hitting))\s+"
                        r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_HABITUAL_STEMS = ("repeated", "regular", "frequent", "routine", "constant", "daily", "nightly",
                   "again", "every ")


@lru_cache(maxsize=64)  # one document's sentences
def _habitual_words(text: str) -> bool:
    """A cheap test first: the words of ``_HABITUAL`` (a search of it costs more)."""
    lower = text.lower()
    return any(stem in lower for stem in _HABITUAL_STEMS) and _HABITUAL.search(text) is not None


def _habitual_clause(text: str, pos: int) -> bool:
    """ "Kharkiv, 30 km from the border, is shelled almost daily": attacks again and again,
    not the one the report tells."""
    if not _habitual_words(text):
        return False
    lo, hi = clause_bounds(text, pos, _CLAUSES)
    return bool(_HABITUAL.search(text, lo, hi)) and not one_attack(text, lo, hi)


_USED_AS_BASE = fast_regex(r"(?:\s+(?:area|region|district|airfield|port|base))?"
                           r"\s+(?:is|are|has been|have been)\s+(?:\w+ly\s+|being\s+)?"
                           r"used\s+(?:to|for|as)\b")


def _target_types(text: str, places: list[PlaceMention], cues: list[SideCue],
                  default: str | None, power_plant_before: bool = False,
                  ) -> list[tuple[str, str]]:
    out = []
    weapons = find_weapons(text)
    targets = find_targets(text)
    if power_plant_before:
        targets = tuple(_the_power_plant_again(text, t) for t in targets)
    for target in targets:
        if any(w.start <= target.start < w.end and target.end <= w.end for w in weapons):
            continue  # "uncrewed surface vessels": the weapon, not a target (a "drone
            # assembly workshop" is one)
        if _refers_back(text, target, targets) or _served_by(text, target, targets):
            continue
        lo, hi = clause_bounds(text, target.start, _CLAUSES)
        if not _IMPACT.search(text, lo, hi) and not _LIST_END.match(text, hi) and \
                not _object_continued(text, lo, hi, _IMPACT):
            continue
        if not _target_named(text, target) or \
                not_one_attack(text, target.start, target.end, reach=60, of_a_count=False):
            continue
        attacker = _target_attacker(text, target, places, cues, default)
        if attacker is not None:
            out.append((_kind_of_a_bare_plant(text, target, targets), attacker))
    return out


def _kind_of_a_bare_plant(text: str, target: TargetMention,
                          targets: tuple[TargetMention, ...]) -> str:
    """ "gas production facilities … and a processing plant": a plant named by no trade of its
    own beside energy sites is one of them (GUIDE: fuel, oil and gas sites are energy), not a
    factory ("a chemical plant and a substation" stays a factory)."""
    if target.target_type == "other" and target.surface.lower() in ("plant", "plants") and \
            _PLAIN_PLANT_BEFORE.search(text, max(0, target.start - 20), target.start) and \
            any(t.target_type == "energy" for t in targets):
        return "energy"
    return target.target_type


def _the_power_plant_again(text: str, target: TargetMention) -> TargetMention:
    """ "A thermal power plant of the company was hit." then "turbines at the plant", "two
    plants", "which of its plants": a plant of no trade after a power plant is that plant, in
    energy (GUIDE: power plants are energy; "a chemical plant" keeps its trade)."""
    if target.target_type != "other" or target.surface.lower() not in ("plant", "plants") or \
            not _PLANT_AGAIN_BEFORE.search(text, max(0, target.start - 30), target.start):
        return target
    return replace(target, target_type="energy")


_PLANT_AGAIN_BEFORE = re.compile(r"\b(?:the|its|their|these|those|our|this|that|two|three|four|"
                                 r"both|several|\w+['’]s)\s+(?:affected\s+|damaged\s+|same\s+)?$",
                                 re.IGNORECASE)


def _names_a_power_plant(text: str) -> bool:
    """ "thermal power plants", "a combined heat and power plant", "the CHP": an energy plant."""
    return any(t.target_type == "energy" and (t.surface.lower().endswith(("plant", "plants"))
                                             or t.surface.upper().startswith("CHP"))
               for t in find_targets(text))


_PLAIN_PLANT_BEFORE = re.compile(r"\b(?:a|an|the|its|their|one|another|processing|production|"
                                 r"treatment|storage)\s+$", re.IGNORECASE)

_AND_BEFORE = re.compile(r",\s+and\s+$")
_PREPOSITION = re.compile(r"\b(?:in|at|on|near|outside|of|across)\b")
_OBJECT_WORDS = 4  # "an energy facility", "the city's main substation": a noun phrase


# "the nuclear power plant …, the plant said", "an oil depot …; the facility's tanks": a generic
# noun with "the" names again the target named before it, whose type it already gave
_GENERIC_AGAIN = re.compile(r"(?:plants?|factor(?:y|ies)|enterprises?|facilit(?:y|ies)|sites?)",
                            re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def _refers_back(text: str, target: TargetMention, targets: tuple[TargetMention, ...]) -> bool:
    return bool(_GENERIC_AGAIN.fullmatch(target.surface)) and \
        bool(_THE_BEFORE.search(text, max(0, target.start - 6), target.start)) and \
        any(t.end <= target.start and t.target_type != target.target_type for t in targets)


def _served_by(text: str, target: TargetMention, targets: tuple[TargetMention, ...]) -> bool:
    """ "power plants that serve the enemy's defence industry", "gas sites used by the army":
    what the target struck serves is no target of its own (the Russian ministry's formula
    names one kind of site hit, energy)."""
    head = target  # the first noun of the phrase ("military-industrial enterprises")
    for before in reversed([t for t in targets if t.start < target.start]):
        gap = text[before.end:head.start]
        if not gap.strip(" -"):
            head = before
            continue
        return len(gap) <= _SERVICE_GAP and _SERVING.search(gap) is not None and \
            _ANOTHER_OBJECT.search(gap) is None
    return False


_SERVICE_GAP = 80  # characters between the site struck and what it serves
# the clause or participle of service between a target and what it serves
_SERVING = re.compile(r"\b(?:(?:that|which)\s+(?:\w+\s+)?(?:support|serve|feed|power|supply|"
                      r"ensure|provide|work\s+for)s?|(?:supporting|serving|feeding|powering|"
                      r"supplying|ensuring|working\s+for)|(?:used|operated)\s+by|supplies)\b",
                      re.IGNORECASE)
# "… used by the army and defence plants": a second object of the verb, not what is served
_ANOTHER_OBJECT = re.compile(r"\b(?:and|or|as\s+well\s+as)\b|;", re.IGNORECASE)


def _object_continued(text: str, lo: int, hi: int,
                      verbs: re.Pattern[str] | CaseFolded) -> bool:
    """ "The drones hit a block in one district, where …, and an energy facility in another":
    a verbless clause after ", and" is one more object of the verb before it — a short noun
    phrase before its place ("and the fleet's warships now anchor mostly in Novorossiysk" has
    a verb the pattern does not know)."""
    head = _PREPOSITION.split(text[lo:hi], maxsplit=1)[0]
    return bool(_AND_BEFORE.search(text, max(0, lo - 8), lo)) and \
        len(head.split()) <= _OBJECT_WORDS and \
        not _VERB.search(text, lo, hi) and bool(verbs.search(text, 0, lo))


def _target_named(text: str, target: TargetMention) -> bool:
    """ "no military targets near the site", "a plant employee": the noun names no target."""
    before = text[max(0, target.start - _REACH):target.start].lower()
    if any((not words or any(w in before for w in words))
           and pattern.search(text, max(0, target.start - reach), target.start)
           for pattern, reach, words in _NOT_A_TARGET_BEFORE):
        return False
    if any(w in before for w in _PEOPLE_WORDS) and \
            _PEOPLE_OF.search(text, max(0, target.start - 50), target.start) and \
            not _named_again(text, target):
        return False  # "the director of the plant said": who speaks, not what was hit
    if _attacked_again_and_again(text, target) or _hit_before(text, target.start):
        return False
    if _HABITUAL.search(text, max(0, target.start - 80), target.start) and \
            not one_attack(text, 0, len(text)):
        return False  # "Kyiv has repeatedly said it targets energy facilities in Russia"
    if _ONLY_EVER.search(text, max(0, target.start - 40), target.start):
        return False  # "Moscow says it strikes only military targets": a policy, no attack
    if _OWNED_BY_A_SITE.search(text, max(0, target.start - 30), target.start) or \
            target.surface.lower().endswith(_BUILDINGS) and _OF_A_SITE.match(text, target.end):
        return False  # "the port's administrative building", "the administrative building of
        # a port terminal": the port is the target
    pos = target.end + 1 if text[target.end:target.end + 1] == " " else target.end
    return all(cue_at(text, pos, kind) is None for kind in ("person", "person_one"))


# "people were going to work and to the market": where people went, not what was hit
_GOING_TO = re.compile(
    r"\b(?:going|went|walking|walked|driving|drove|travell?ing|travell?ed|heading|headed|"
    r"on\s+(?:their|his|her|its|the)\s+way)\s+(?:back\s+)?(?:to|into|towards?|for)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:the\s+|a\s+|an\s+|their\s+)?$", re.IGNORECASE)
# "Kalibr missiles fired from a submarine", "drones launched from ships": the launcher
_FIRED_FROM = re.compile(r"\b(?:launched|fired|took off|released)\s+from\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# words before a noun that make it no target hit, and how far before it they may begin
# (and words one of which the pattern needs, lower-cased: a cheap test before the search)
_NOT_A_TARGET_BEFORE: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = (
    (_NO_TARGET_BEFORE, 25, ()), (_SHELTER_BEFORE, 50, ()),
    (_CARED_FOR_IN, 40, ()),  # "he has been taken to hospital": where the wounded went
    (_SUPPLIED, 40, ()),  # "cutting power to 20,000 homes": homes that lost power, not hit
    # "facilities that supplied defence plants", "which Moscow called a legitimate military
    # target": what the target serves or is called, not a target
    (_SERVED_BY_THE_TARGET, 50, ("that", "which", "supplying", "serving", "powering", "fuel",
                                 "feeding")),
    (_CALLED, 60, (" as ", "call", "term", "brand", "label")),
    (_GOING_TO, 50, ("go", "went", "walk", "driv", "drove", "travel", "head", "way")),
    (_FIRED_FROM, 40, ("from",)),
)
_REACH = 60  # the longest reach above
_PEOPLE_WORDS = ("director", "head", "chief", "manage", "staff", "workers", "employees",
                 "personnel", "operator", "owner", "spokes", "press service")
# "The Zmiiv plant has been hit before": attacks before the one the report tells
_EARLIER_HITS = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:hit|struck|targeted|attacked|shelled|bombed|"
    r"damaged)\s+(?:before|previously|in the past|several times|many times|more than once|"
    r"on several occasions|repeatedly|earlier)\b", re.IGNORECASE)


def _hit_before(text: str, pos: int) -> bool:
    """The clause at ``pos`` tells of attacks before this one, and of no one attack."""
    if "been" not in text:
        return False
    lo, hi = clause_bounds(text, pos, _CLAUSES)
    return bool(_EARLIER_HITS.search(text, lo, hi)) and not one_attack(text, lo, hi)


def _named_again(text: str, target: TargetMention) -> bool:
    """ "the management of the nuclear power plant accused Ukraine of an attack on the plant's
    training centre": the site is named again as what was hit."""
    head = target.surface.split()[-1]
    return re.search(rf"\bthe\s+{re.escape(head)}\b", text[target.end:], re.IGNORECASE) is not None


def _attacked_again_and_again(text: str, target: TargetMention) -> bool:
    """The relative clause after the target tells of attacks over a period or again and again
    ("…, which drones have targeted heavily this autumn")."""
    m = _RELATIVE_AFTER.match(text, target.end)
    if m is None:
        return False
    clause = m.group()
    return bool(_HABITUAL.search(clause) or find_cues(clause, "period"))


def _target_attacker(text: str, target: TargetMention, places: list[PlaceMention],
                     cues: list[SideCue], default: str | None) -> str | None:
    """The side the words name, else that of the place right after the target noun ("an oil
    depot in Krasnodar")."""
    named = {c.attacker for c in cues}
    if len(named) == 1:
        return named.pop()
    for place in places:
        side = held_by(text, place)
        if target.end <= place.start <= target.end + 40 and side in _BELLIGERENTS:
            return opponent(side)
    if len({c.attacker for c in cues}) > 1:
        return nearest(cues, target.start)
    return default


# "the ministry said" (or "the defence ministry") with no ministry named before, in an account of
# Ukrainian drones: the Russian Ministry of Defence, which reports the drones it downed
_BARE_MINISTRY = frozenset({"ministry", "defence ministry", "defense ministry",
                            "military ministry", "ministry's"})


def _account(accounts: dict[tuple, _Account], attacker: str | None,
             f: SentenceFacts) -> _Account:
    claimant = f.claimant.name if f.claimant else None
    if attacker == "UA" and f.claimant is not None and f.claimant.kind == "group" and \
            f.claimant.name.lower() in _BARE_MINISTRY:
        claimant = "Russian Ministry of Defence"
    key = (attacker, f.date, claimant)
    if key not in accounts:
        accounts[key] = _Account(Strike(date=f.date, attacker=attacker,
                                        target_country=opponent(attacker), claimed_by=claimant))
    return accounts[key]


def _name(claimant: Claimant | None) -> str | None:
    return claimant.name if claimant is not None else None


def _remember(f: SentenceFacts, figures: list[Figure], attacker: str | None,
              context: _Context) -> None:
    if attacker is not None:
        context.attacker, context.paragraph = attacker, f.sentence.paragraph
        context.sides.add(attacker)
    _remember_list(f, figures, context)
    weapons = [fig.weapon for fig in figures if fig.weapon]
    if context.classes_of != _name(f.claimant):  # another source's report begins
        context.classes, context.classes_of = set(), _name(f.claimant)
        context.missiles_of_no_class = False
    context.classes.update(w for w in weapons if w != "missile")
    context.missiles_of_no_class |= any(fig.weapon == "missile" and fig.metric == "launched"
                                        for fig in figures)
    named = {w.weapon for w in find_weapons(f.text) if w.weapon}
    if weapons:
        # a generic noun after figures of several classes ("neutralised 101 air attack means")
        # is a total over them all, of no one class (GUIDE: a mixed total has no weapon)
        context.weapon = weapons[-1] if len(set(weapons)) == 1 else None
    elif len(named) == 1:
        context.weapon = named.pop()


# "Lviv region: 34 drones, 4 missiles;": a label, a colon, then figures
_OPENS_WITH_FIGURE = re.compile(r"\s*(?:about |some |over |around |up to |at least |more than )?\d")
# "Volyn region: 21", "North - 41": a label, then the item's figure
_LABEL_ITEM = re.compile(r"\s*[A-Z][^:\d\n]{1,40}(?::|\s[-–—])\s+"
                         r"(?:(?:about|some|over|around|up to|"
                         r"at least|more than|nearly)\s+)?\d")


def _list_item(f: SentenceFacts, context: _Context) -> bool:
    """An item of a list of figures ("- 31 over the Chernihiv region", "Volyn region: 21
    drones;") right after the line that opened it or another item."""
    unmarked = f.sentence.paragraph - context.open_paragraph == 1 and \
        _OPENS_WITH_FIGURE.match(f.text) is not None
    return bool(is_list_item(f.text) or _LABEL_ITEM.match(f.text) or unmarked
                or _OF_THEM_FIRST.match(f.text)) and \
        0 <= f.sentence.paragraph - context.list_paragraph <= 1


# "Of them, 30 over the Belgorod region and 24 over the Kursk region.": the breakdown of the
# figure before, by place, with its verb left out
_OF_THEM_FIRST = re.compile(r"\s*(?:Of|Among|Out of)\s+(?:them|these|those|this number|"
                            r"this total|that number|which)\s*[,:]?\s+(?:about |some |over |"
                            r"around |up to |at least |more than )?\d")


def _remember_list(f: SentenceFacts, figures: list[Figure], context: _Context) -> None:
    """What a list's items take from the line that opens it: a sentence ending with a colon or
    one with figures (its breakdown may follow after a line such as "By region:")."""
    ends_open = f.text.rstrip().endswith((":", ";"))
    context.open_paragraph = f.sentence.paragraph if ends_open else -1
    if _list_item(f, context):
        context.list_paragraph = f.sentence.paragraph
        if context.list_metric is None and figures:
            context.list_metric = figures[0].metric
        return
    opens = f.text.rstrip().endswith(":")
    if not figures and not opens:
        context.list_metric, context.list_missile, context.list_paragraph = None, None, -1
        return
    if not figures:  # "the following had been neutralised:": the verb of the items below
        metrics = find_cues(f.text, "metric")
        context.list_metric = metrics[-1].value if metrics else None
        context.list_missile = None
    else:
        context.list_metric = figures[0].metric
        classes = {fig.weapon for fig in figures if fig.weapon and fig.weapon.endswith("_missile")}
        context.list_missile = classes.pop() if len(classes) == 1 else None
    context.list_paragraph = f.sentence.paragraph


def _told_before(strike: Strike, figure: Figure, evidence: Evidence) -> bool:
    """The same figure repeated by the same claimant in another sentence ("at least three were
    killed" … "another three civilians were killed") is one figure, not two; "Of the 351
    drones, 96 were jammed" after 351 shot down names those 351 again, no launch."""
    if figure.definite_whole and any(
            q.weapon == figure.weapon and q.value == figure.value and q.evidence != evidence
            for q in strike.quantities):
        return True
    for q in strike.quantities:
        if (q.metric, q.weapon, q.value) == (figure.metric, figure.weapon, figure.value) \
                and q.evidence != evidence:
            if q.qualifier == "exact":  # "at least three" says more than "three"
                q.qualifier = figure.qualifier
            return True
    return False


def _add(items: list, item: object) -> None:
    if item not in items:
        items.append(item)


def _add_place(places: list[Place], place: Place) -> None:
    if all(p.name != place.name for p in places):
        places.append(place)


def _add_evidence(strike: Strike, evidence: Evidence) -> None:
    if evidence not in strike.evidence:
        strike.evidence.append(evidence)


def _worth_keeping(account: _Account) -> bool:
    """A record with no figures is kept when it names who attacked and where or what."""
    strike = account.strike
    return bool(strike.quantities or (strike.attacker and (strike.places or strike.target_types)))
