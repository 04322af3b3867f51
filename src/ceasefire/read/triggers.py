"""The cheap first pass: which sentences may hold a strike, a truce position, an exchange or talks.

One compiled regular expression per record kind, run on every sentence; only the sentences it
selects get the expensive analysis (numbers, places, actors, attribution).
"""
from __future__ import annotations

import re

TRIGGERS: dict[str, re.Pattern[str]] = {
    "strike": re.compile(
        r"\b(?:drones?|UAVs?|unmanned|missiles?|rockets?|shell(?:s|ing|ed)?|bomb(?:s|ing|ed)?|"
        r"strik(?:e|es|ing)|struck|attack(?:s|ed|ing)?|assaults?|raids?|barrage|bombardment|"
        r"shot down|downed|intercept\w*|neutrali[sz]ed|air defen[cs]e\w*|killed|killing|injured|"
        r"wounded|"
        r"hurt|dead|died|deaths?|casualties|toll|explosions?|blasts?|hits?|hitting|fires?|ablaze|"
        r"blaze|burn(?:ed|ing|t|s)?|collaps(?:ed|ing)|shattered|blown out|blew out|targeted|"
        r"targeting|(?:main|primary) targets?|damag\w+|destroy\w*|debris|fragments|wreckage|"
        r"Shahed\w*|Iskander\w*|Kalibr|Kinzhal|Kh-\d+|"
        r"pound(?:ed|ing)|flatten\w*|shelling|artillery)\b",
        re.IGNORECASE),
    "agreement": re.compile(
        r"\b(?:cease-?fires?|truces?|moratori(?:um|a|ums)|armistice|halt\w*|pause\w*|lulls?|cessation|"
        r"ceas(?:e|es|ed|ing)|"
        r"(?:stop|suspend)\w* (?:the |all |its |their )?(?:\w+ )?(?:attacks|strikes|fighting|"
        r"hostilities|bombing|operations|fire|firing|attacking|striking|shelling|targeting)|"
        r"end (?:to|of) (?:the )?(?:air )?(?:attacks|strikes|hostilities|fighting)|"
        r"limit(?:s|ing)? (?:\w+ ){0,2}(?:attacks|strikes)|refrain\w* from|forgo\w*|"
        r"accus\w+ (?:each other|one another)|offer|proposal|initiative|arrangement|"
        r"reciprocat\w*|in kind|(?:regime|day|days|hours) of silence|follow\w* suit|"
        r"mirror (?:image|steps|way|manner|response))\b",
        re.IGNORECASE),
    "exchange": re.compile(
        r"\b(?:prisoners?|POWs?|swap\w*|exchang\w+|captiv\w+|bodies|remains|repatriat\w+|"
        r"brought (?:back )?home|bring(?:s|ing)? (?:back )?home|freed|released|returned home|"
        r"return(?:s|ed|ing)?|"
        # "Russia also received eight civilians": a side receiving people
        r"(?:received|handed over|handed back|sent back|gave back|got back) (?:\S+ ){0,2}"
        r"(?:civilians|soldiers|servicemen|"
        r"defenders|military personnel))\b",
        re.IGNORECASE),
    "talks": re.compile(
        r"\b(?:talks|negotiations?|negotiators?|meet|meets|meetings?|met|summit|calls?|phone|"
        r"conversation|spoke|discussions?|delegations?|round of|face-to-face|"
        r"(?:speaks?|spoken) (?:by phone )?(?:with|to)|joined the (?:\w+ )?session)\b",
        re.IGNORECASE),
}


def candidate_kinds(sentence: str) -> set[str]:
    """The record kinds a sentence may hold; empty for most sentences of a report."""
    return {kind for kind, pattern in TRIGGERS.items() if pattern.search(sentence)}
