"""Find place names in English war reports and resolve them against the shipped gazetteer.

The gazetteer (``lexicon/places.tsv``, built by ``scripts/build_gazetteer.py`` from GeoNames)
is loaded once, lazily, into a dict keyed by the normalised (lower-case, apostrophe-free,
ASCII-folded) name or alias. :func:`find_places` runs one regex over the runs of capitalised
words of a text and looks the longest sub-runs up in that dict, then applies context rules:

* matching is case-sensitive on the first letter, so "mira", "sun", "orel" are never places
  (and the build leaves out small places named like English words: "Anna", "Buy", "Pravda");
* "X region/oblast/province/krai", "the region of X", "the Kursk and Belgorod regions",
  "the regions of Poltava, Sumy, and Chernihiv", "two regions, Tula and Kaluga",
  "the Kursk Governor", "a town in Donetsk" turn X into the region (a single "X region"
  mention spans both words; a coordinated one spans the name);
* "the village of X", "X village", "the town/city of X", "X district" give a place even when
  the gazetteer does not know X (kind village/city/district, no country or coordinates);
* "X, in the Y region" / "X district of Y" pick the homonym of X inside Y, or give X Y's
  country and region;
* words used as persons are dropped: after a title ("President", "Governor", "Mr.") or a first
  name ("Vladimir Putin" is not the city of Vladimir), before a Slavic surname ("Sergii
  Koretskyi"), and later bare uses of that name in the same text; a town under a million
  people that "said" something is a person ("Dmitriev said");
* "Kyiv Independent", "Moscow Times" are outlets, not places;
* homonyms resolve to the most populous entry.

Persons are remembered only within one call: called on a whole document, "Kirill Dmitriev ...
Dmitriev met ..." drops both; called sentence by sentence, the second sentence cannot know.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ceasefire.model import Place
from ceasefire.read.gazetteer import REGION_SUFFIX, Gazetteer, gazetteer, gazetteer_size, key
from ceasefire.read.lexicon_match import fast_regex

__all__ = ["PlaceMention", "find_places", "held_by", "lookup_place", "gazetteer_size",
           "homonym_in", "with_city_referred_to"]


@dataclass(frozen=True)
class PlaceMention:
    """One place named in a text: character offsets into that text, the text as written, and
    the gazetteer entry (or a bare ``Place`` for an unknown village/district)."""

    start: int
    end: int
    surface: str
    place: Place


# ---------------------------------------------------------------------------------------------
# context vocabularies

# Words after which a capitalised word is a person, not a place ("President Vladimir Putin",
# "Governor Vyacheslav Gladkov", "Mr. Orban", "CEO Sergii Koretskyi").
_TITLES = frozenset("""
President Vice Mr Mrs Ms Dr Minister Secretary Senator Sen Rep Representative Governor Gov
Mayor General Gen Chancellor Pope Envoy envoy Commander Colonel Col Lieutenant Lt Sergeant Sgt
Major Captain Capt Admiral Adm Marshal Prince Princess King Queen Sheikh Emir Patriarch
Ambassador ambassador Director Chairman Chairwoman Adviser Advisor adviser advisor aide
Speaker Premier Spokesman spokesman spokeswoman spokesperson Spokesperson Deputy Prosecutor
Judge Justice Ombudsman ombudsman Commissioner Archbishop Metropolitan Bishop Father Sister
Rabbi Imam Sir Lord Lady Dame Baroness Professor Prof Officer Corporal Cpl Pvt Messrs Madam
CEO chief executive negotiator Mr. Mrs. Ms. Dr. Gen. Col. Lt. Sgt. Capt. Adm. Sen. Rep. Gov.
Prof. Cpl. Pvt. St.
""".split()) - {"St."}
# First names: the capitalised word after one is a surname ("Kirill Dmitriev"), and one that
# is also a place name is not that place when a surname follows ("Vladimir Putin").
_FIRST_NAMES = frozenset("""
Vladimir Volodymyr Sergei Sergey Serhiy Serhii Sergii Ivan Dmitry Dmitri Dmytro Andrei Andriy
Andrii Alexander Aleksandr Oleksandr Alexei Alexey Oleksiy Oleksii Nikolai Mykola Mikhail
Mykhailo Yuri Yury Yuriy Yurii Viktor Victor Pavel Pavlo Petro Pyotr Peter Oleg Oleh Igor Ihor
Boris Kirill Kyrylo Anton Roman Maxim Maksym Denis Denys Artem Artyom Vitali Vitaliy Vitalii
Vadim Vadym Ruslan Rustem Rustam Ramzan Yevgeny Yevhen Evgeny Gennady Valery Valeriy Valerii
Vasily Vasyl Anatoly Anatoliy Konstantin Kostiantyn Leonid Grigory Hryhoriy Stepan Taras
Bohdan Yaroslav Vyacheslav Sviatoslav Svyatoslav Vladislav Vladyslav Mikheil Ilham Nikol
Olga Olha Olena Elena Yelena Natalia Natalya Tatiana Tetiana Iryna Irina Maria Mariya Anna
Yulia Yuliia Lyudmila Liudmyla Svetlana Oksana Kateryna Yekaterina Ekaterina Marina Daria
Valentina Veronika Victoria Viktoria Alla Galina Halyna Nadezhda Lyubov Vera Nina
Donald Joe Marco Keith Steve Steven Emmanuel Keir Olaf Friedrich Recep Tayyip Hakan Mohammed
Mohammad Muhammad Mohamed Xi Kim Antonio Ursula Kaja Giorgia Robert Mark JD Pete Mike
Michael Lindsey Jake Antony Tony John James William Richard Charles Benjamin Jens Mette
Kamala Hillary Rishi Narendra Luiz Abdulla Abdullah Ali Hassan Hussein Faisal Khalid Tamim
Ahmed Ahmad Omar Ibrahim
""".split())
# Capitalised words that make "X <word>" something other than a person ("Vladimir Governor").
_NOT_SURNAME = _TITLES | frozenset("""
Oblast Region Krai Republic City Airport Station Regional Military Administration State
Council Court University Metro Railway Port Bridge International Independent Post Times
Kremlin
""".split())
# Slavic surname endings: "Sergii Koretskyi" is a person even if Sergii is a village.
_SURNAME = re.compile(r"(?:enko|ko|sky|skyi|skiy|ska|ov|ova|ev|eva|uk|iuk|yuk|chuk|ak|iak|yak|"
                      r"ich|vich|ych|dze|shvili|yan|ian)$")
# "Dmitriev said", "Dmitriev, who ...": a town that speaks is a person (big cities excepted:
# "Kyiv said" is the government).
_SPEECH_AFTER = re.compile(
    r",?\s+who\b|\s+(?:said|says|told|tells|added|adds|wrote|noted|stated|announced|claimed|"
    r"stressed|warned|urged|insisted|argued|explained|replied|responded|suggested|confirmed)\b")
_SPEECH_WORDS = (",", " who", " said", " says", " told", " tells", " add", " wrote", " noted",
                 " stated", " announced", " claimed", " stressed", " warned", " urged",
                 " insisted", " argued", " explained", " replied", " responded", " suggested",
                 " confirmed")
SPEAKING_TOWN_MAX_POPULATION = 1_000_000
# ... unless a preposition shows it is a place ("the mayor of Sumy said").
_PREPOSITIONS = frozenset("""of in from near over on at to for into across around outside
towards toward by""".split())
# Words after a place name that make the whole an organisation ("Kyiv Independent").
_ORG_NEXT = frozenset("Independent Post Times Pravda Patriarchate".split())
# Capitalised words that open a sentence or clause before an unknown name ("In X village").
_LEADING = frozenset("""
The A An In On At Near Outside From To Into Over Across By For Of And But Overnight Meanwhile
Also Later After Before During While When Earlier Its His Her Their This That These Those Both
Each Russian Ukrainian Occupied Nearby Frontline Small Tiny
""".split())

_KIND_OF_NOUN = {
    "village": "village", "hamlet": "village", "settlement": "village",
    "urban-type settlement": "village", "town": "city", "city": "city", "port": "city",
    "district": "district", "raion": "district", "rayon": "district",
    # a community (hromada) is written by its centre, the town it is named after
    "community": "village", "hromada": "village", "municipality": "district", "suburb": "district",
    "neighbourhood": "district", "neighborhood": "district", "microdistrict": "district",
}
_PLACE_NOUNS = ("village", "settlement", "district", "raion", "rayon", "community", "hromada",
                "municipality", "microdistrict", "neighbourhood", "neighborhood")
_CAPITAL_PLACE_NOUNS = frozenset({"Raion", "Rayon", "District", "Village", "Hromada",
                                  "Microdistrict"})
_REGION_WORDS_AFTER = tuple(w for word in """region oblast province krai kray territory border
    frontline front-line southern northern eastern western central north-eastern northeastern
    south-eastern southeastern north-western northwestern south-western southwestern
    neighbouring neighboring occupied partially russian-occupied russian-controlled
    ukrainian-controlled regional governor""".split() for w in (word, word.capitalize()))

# ---------------------------------------------------------------------------------------------
# regular expressions

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# a capitalised word ("Kyiv", "Rostov-on-Don", "Kam'ianske", "Kyiv's"), or "U.S.", "U.A.E.", "St."
_WORD = rf"[{_UP}](?:\.[A-Z]\.(?:[A-Z]\.)?|t\.|[\w'\u2019\u02bc-]*)"
# runs of capitalised words, "of" allowed inside ("Republic of Tatarstan", "Sea of Azov")
_RUN = re.compile(rf"{_WORD}(?:[ \u00a0]+(?:of[ \u00a0]+)?{_WORD})*")
_TOKEN = re.compile(r"[^ \u00a0]+")

_ADJ = (r"(?:(?:border|frontline|front-line|southern|northern|eastern|western|central|"
        r"north-eastern|northeastern|south-eastern|southeastern|north-western|northwestern|"
        r"south-western|southwestern|neighbouring|neighboring|occupied|partially occupied|"
        r"russian-occupied|russian-controlled|ukrainian-controlled)\s+)?")
_NOUN_AFTER = re.compile(
    rf"[ \u00a0]+{_ADJ}(?:(region|oblast|province|krai|kray|territory)(s)?|regional|governor)\b",
    re.I)
_NOUN_BEFORE = re.compile(
    r"\b(?:region|oblast|province|krai|territory)(s)?\s+of\s+(?:the\s+)?$", re.I)
# "the region Odesa", "the regions Bryansk, Kursk and Belgorod": the noun right before the
# names, as copy translated from Dutch or German writes it ("de regio Odesa", "Gebiet Kursk")
_REGION_NOUNS = ("region", "regions", "oblast", "oblasts", "province", "provinces")
_NOUN_BEFORE_NAME = re.compile(r"\b(?:the|in|of|for|above|over)\s+(?:region|oblast|province)s?\s$",
                               re.I)
_NOUN_APPOSITION = re.compile(r"\b(?:regions|oblasts|provinces)\s*[,:]\s*$", re.I)
_TOWN_IN = re.compile(r"\b(?:town|village|city|settlement|hamlet)s?\s+in\s+(?:the\s+)?$", re.I)
_PLACE_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(village|settlement|district|raion|rayon|community|hromada|municipality|"
    r"microdistrict|neighbourhood|neighborhood)(s)?\b")
# an earlier item of a list of places that one plural noun names: "the Morozovsky, Tatsinsky
# and Millerovsky districts"
_LIST_OPENS = re.compile(r"(?:\b[a-z]+|,)\s+$")
_LISTED_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(village|hamlet|town|city|settlement|urban-type settlement|district|raion|rayon|"
    r"community|hromada|municipality|suburb|neighbourhood|neighborhood|port|microdistrict)"
    r"\s+of\s+(?:the\s+)?$", re.I)
_SEPARATOR = re.compile(r"(?:\s*,)?\s*(?:(?:and|or|as well as)\s+)?(?:the\s+)?")
_IN_PLACE = re.compile(r"\s*,?\s*(?:in|of)\s+(?:the\s+)?")
_COMMA = re.compile(r"\s*,\s*")


def _after_of(text: str, pos: int) -> bool:
    """True if ``text[:pos]`` ends in "of " or "of the " (cheap pre-check for the regexes)."""
    return text.endswith(" of ", 0, pos) or text.endswith(" of the ", 0, pos)


def _place_noun_after(text: str, pos: int) -> re.Match[str] | None:
    """"village", "district" ... right after ``pos``."""
    if not text.startswith(_PLACE_NOUNS, pos + 1):
        return None
    return _PLACE_NOUN_AFTER.match(text, pos)


def _region_noun_after(text: str, pos: int) -> re.Match[str] | None:
    """"region", "oblasts", "border region" ... right after ``pos``."""
    if not text.startswith(_REGION_WORDS_AFTER, pos + 1):
        return None
    return _NOUN_AFTER.match(text, pos)


def _tokens(run: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of a run of capitalised words, possessives dropped."""
    toks = [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(run)]
    if "'" in run or "\u2019" in run or "-" in run or "\u02bc" in run:
        toks = [(s, s + len(w), w) for s, _, w in
                ((s, e, _strip_word(w)) for s, e, w in toks) if w]
    return toks


def _strip_word(word: str) -> str:
    """Drop a possessive and stray punctuation: "Kyiv's" -> "Kyiv", "Donbas'" -> "Donbas"."""
    if word.endswith(("'s", "\u2019s", "\u02bcs")):
        word = word[:-2]
    return word.rstrip("-'\u2019\u02bc")


def _previous_word(text: str, pos: int) -> str:
    """The word before ``pos`` when only one space separates them ("Mr." in "Mr. Putin")."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    k = text.rfind(" ", max(0, pos - 16), pos - 1)
    return text[k + 1:pos - 1]


# ---------------------------------------------------------------------------------------------
# public functions


def lookup_place(name: str, prefer: str | None = None) -> Place | None:
    """The gazetteer entry for ``name`` (any spelling the gazetteer knows, any case).

    ``prefer="region"`` returns the region of that name where there is one ("Kharkiv" ->
    Kharkiv Oblast), ``prefer="city"`` a populated place where there is one; otherwise the
    most populous entry ("Kharkiv" -> the city). "X region/oblast/krai" resolves to the
    region. None if the gazetteer does not know the name.
    """
    gz = gazetteer()
    wanted = key(name)
    if wanted.startswith("the "):
        wanted = wanted[4:]
    cands = gz.index.get(wanted, ())
    if prefer == "region":
        i = gz.region(wanted)
        if i is not None:
            return gz.places[i]
    elif prefer == "city":
        for i in cands:
            if gz.places[i].kind in ("city", "district"):
                return gz.places[i]
    if cands:
        return gz.places[cands[0]]
    m = REGION_SUFFIX.match(wanted)
    if m:
        i = gz.region(m.group(1))
        if i is not None:
            return gz.places[i]
    return None


# A town this large is the one meant, whatever regions the report names; smaller ones share
# names ("Znamenka": towns in the Oryol and Tambov regions and, as Znamianka, in Ukraine)
HOMONYM_MAX_POPULATION = 200_000


def homonym_in(surface: str, regions: list[str]) -> Place | None:
    """The town named ``surface`` that lies in the region named last of ``regions`` that has
    one ("In the Oryol region, … the village of Znamenka": Oryol Oblast's, not Ukraine's
    Znamianka); None where the default (most populous) entry is large or none lies there."""
    gz = gazetteer()
    cands = gz.index.get(key(surface), ())
    if len(cands) < 2 or gz.population[cands[0]] >= HOMONYM_MAX_POPULATION:
        return None
    for region in reversed(regions):
        for i in cands:
            if gz.places[i].admin1 == region and gz.town[i]:
                return gz.places[i]
    return None


# Regions Russia has held since 2014: attacks there come from Ukraine, though the country
# they lie in (the GUIDE's target_country) stays Ukraine.
_HELD_BY_RUSSIA = frozenset({"Crimea", "Sevastopol City"})
# "occupied Melitopol", "the Russian-annexed port of Sevastopol", "Horlivka, a Russian-controlled
# town": who holds the place, said by the words around it.
_HELD = r"(?:([A-Za-z]+)-)?(?:occupied|annexed|controlled|held)"
_HELD_BEFORE = fast_regex(
    rf"\b{_HELD}\s+(?:(?:city|town|village|port|region|peninsula|territory)\s+of\s+)?(?:the\s+)?$",
    re.I)
_HELD_AFTER = re.compile(
    rf"^,\s+(?:an?|the)\s+(?:partially\s+|temporarily\s+)?{_HELD}\b", re.I)
_INSTALLED = re.compile(r"\b(?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed)\b", re.I)
_SIDE_PREFIX = {"russian": "RU", "russia": "RU", "moscow": "RU", "kremlin": "RU",
                "ukrainian": "UA", "ukraine": "UA", "kyiv": "UA"}


def held_by(text: str, mention: PlaceMention) -> str | None:
    """The side that holds a place named in ``text``: Russia for Crimea and for a place the
    text calls occupied or annexed, else the country it lies in."""
    place = mention.place
    if place.country == "UA" and (place.admin1 in _HELD_BY_RUSSIA or place.name in _HELD_BY_RUSSIA):
        return "RU"
    m = _HELD_BEFORE.search(text, max(0, mention.start - 50), mention.start) or \
        _HELD_AFTER.match(text[mention.end:mention.end + 50])
    if m is not None:
        return _SIDE_PREFIX.get((m.group(1) or "russian").lower(), place.country)
    if place.country == "UA" and _INSTALLED.search(text):
        return "RU"  # "…, the city's Russian-installed mayor said": Russia runs the place
    return place.country


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    idx: int | None          # gazetteer row; None when ``place`` comes from the context
    place: Place | None = None
    single: bool = True      # one capitalised word
    prev: str = ""           # the token before it in the same run of capitalised words
    next: str = ""           # the token after it in the same run


def find_places(text: str) -> list[PlaceMention]:
    """All place mentions in ``text``, in order of their offsets, without overlaps."""
    gz = gazetteer()
    index = gz.index
    first = gz.first
    hits: list[_Hit] = []
    persons: set[str] = set()

    for run in _RUN.finditer(text):
        rtext = run.group()
        if " " not in rtext and "\u00a0" not in rtext:  # one word: most runs
            rs, re_ = run.span()
            cands = index.get(rtext.lower())
            if cands is None and text.startswith(" peninsula", re_):
                # "the Crimean peninsula": a name whose noun is written in lower case
                cands = index.get(key(text[rs:re_ + 10]))
                re_ += 10 if cands else 0
            if cands is None and not (rtext.isalpha() and rtext.isascii()):
                rtext = _strip_word(rtext)
                re_ = rs + len(rtext)
                cands = index.get(key(rtext))
            if cands:
                hits.append(_Hit(rs, re_, cands[0]))
            elif (text.startswith(_PLACE_NOUNS, re_ + 1) or text.endswith(" of ", 0, rs)
                  or text.endswith(" of the ", 0, rs)):
                _unknown(text, [(rs, re_, rtext)], hits, gz)
            continue
        rs = run.start()
        for w in rtext.split():
            k = w.lower()
            if k in index or k in first:
                break
            if not (w.isalpha() and w.isascii()):
                k = key(_strip_word(w))
                if k in index or k.partition(" ")[0] in first:
                    break
        else:
            # no word of the run begins a name ("Defence Ministry", "President Donald Trump"):
            # only a place noun can make it a place
            re_ = run.end()
            if (text.startswith(_PLACE_NOUNS, re_ + 1) or text.endswith(" of ", 0, rs)
                    or text.endswith(" of the ", 0, rs)):
                _unknown(text, _tokens(rtext, rs), hits, gz)
            continue
        toks = _tokens(rtext, rs)
        n = len(toks)
        i = 0
        matched_any = False
        matched_to = 0  # tokens up to here are part of a name found
        while i < n:
            tok = toks[i][2]
            if not tok[0].isupper():
                i += 1
                continue
            k1 = tok.lower() if tok.isalpha() and tok.isascii() else key(tok)
            for j in range(min(n, i + first.get(k1.partition(" ")[0], 1)), i, -1):
                if not toks[j - 1][2][0].isupper():
                    continue
                s, e = toks[i][0], toks[j - 1][1]
                cands = index.get(key(text[s:e]) if j - i > 1 else k1)
                if cands:
                    hits.append(_Hit(s, e, cands[0], None, j - i == 1,
                                     toks[i - 1][2] if i > 0 else "",
                                     toks[j][2] if j < n else ""))
                    matched_any = True
                    i = matched_to = j
                    break
            else:
                if i + 1 < n and toks[i + 1][2][0].isupper():
                    if tok in _TITLES:
                        # "President Vladimir Putin": the next word(s) name a person
                        persons.add(toks[i + 1][2])
                        if i + 2 < n and toks[i + 2][2][0].isupper():
                            persons.add(toks[i + 2][2])
                    elif tok in _FIRST_NAMES and toks[i + 1][2] not in _NOT_SURNAME:
                        persons.add(toks[i + 1][2])
                i += 1
        if not matched_any:
            _unknown(text, toks, hits, gz)
        elif matched_to < n:  # "Kyiv's Darnytskyi district": a district after a known name
            _unknown(text, toks[matched_to:], hits, gz)

    if not hits:
        return []
    hits = _drop_persons(text, hits, persons, gz)
    _districts(text, hits, gz)
    _regions_from_context(text, hits, gz)
    _attach_to_container(text, hits, gz)
    _country_from_context(text, hits, gz)

    places = gz.places
    out: list[PlaceMention] = []
    last_end = -1
    for h in hits:
        if h.start < last_end:
            continue
        place = h.place if h.place is not None else places[h.idx]  # type: ignore[index]
        place = _as_spelled(place, text[h.start:h.end])
        out.append(PlaceMention(h.start, h.end, text[h.start:h.end], place))
        last_end = h.end
    return out


def _as_spelled(place: Place, surface: str) -> Place:
    """The report's spelling of a name that differs from the gazetteer's only where one writes
    "i" and the other "y" ("Saky" / Saki, "Graivoron" / Grayvoron, "Kostyantynivka" /
    Kostiantynivka): two romanisations of the same letters, and the one the report uses.
    Other spellings give the gazetteer's name ("Gorlovka": Horlivka, "Kryvy Rih": Kryvyi
    Rih)."""
    word = _strip_word(surface.strip())
    name = place.name
    if word.lower() == name.lower() or len(word) != len(name) or word.isupper() or \
            place.kind not in ("city", "district"):
        return place
    if all(a == b or {a, b} == {"i", "y"} for a, b in zip(word.lower(), name.lower(),
                                                            strict=True)):
        return replace(place, name=word)
    return place


# ---------------------------------------------------------------------------------------------
# context rules


def _drop_persons(text: str, hits: list[_Hit], persons: set[str],
                  gz: Gazetteer) -> list[_Hit]:
    """Drop names used as persons and "Kyiv Independent"-like organisation names."""
    keep = []
    town = gz.town
    for h in hits:
        if h.next in _ORG_NEXT:
            continue
        if h.single and h.idx is not None and town[h.idx]:
            surface = text[h.start:h.end]
            prev = h.prev or _previous_word(text, h.start)
            if prev in _TITLES or prev in _FIRST_NAMES:
                persons.add(surface)
                continue
            nxt = h.next
            if nxt and nxt not in _NOT_SURNAME:
                if surface in _FIRST_NAMES:  # "Vladimir Putin"
                    persons.add(surface)
                    persons.add(nxt)
                    continue
                if (_SURNAME.search(nxt) and gz.population[h.idx] < 200_000
                        and key(nxt) not in gz.index):  # "Sergii Koretskyi"
                    persons.add(surface)
                    persons.add(nxt)
                    continue
            if (text.startswith(_SPEECH_WORDS, h.end)
                    and gz.population[h.idx] < SPEAKING_TOWN_MAX_POPULATION
                    and prev.lower() not in _PREPOSITIONS and _SPEECH_AFTER.match(text, h.end)):
                continue  # this mention only: the evidence is weaker than a first name
        keep.append(h)
    if not persons:
        return keep
    # a word seen as a person's name anywhere in the text is a person everywhere, unless a
    # place noun follows it ("the Vladimir region")
    return [h for h in keep
            if not (h.single and h.idx is not None and town[h.idx]
                    and text[h.start:h.end] in persons)
            or _region_noun_after(text, h.end) or _place_noun_after(text, h.end)]


def _unknown(text: str, toks: list[tuple[int, int, str]], hits: list[_Hit],
             gz: Gazetteer) -> None:
    """A run of capitalised words that the gazetteer does not know, named a place by a noun:
    "Sapronovo village", "the Sviatoshynskyi district", "the village of X", "the town of X"."""
    m = _place_noun_after(text, toks[-1][1])
    if m is None and len(toks) >= 2 and toks[-1][2] in _CAPITAL_PLACE_NOUNS:
        # "Kyiv's Darnytskyi Raion", "the Obolonskyi District": the noun capitalised, as a
        # name's part, ends the run of capitalised words
        m = _PLACE_NOUN_AFTER.match(text.lower(), toks[-2][1])
        toks = toks[:-1]
    if m:
        # the last (at most two) capitalised words before the noun
        k = len(toks)
        while (k > 0 and len(toks) - k < 2 and toks[k - 1][2][0].isupper()
               and toks[k - 1][2] not in _LEADING and toks[k - 1][2] not in _TITLES):
            k -= 1
        if k < len(toks):
            _add_by_noun(text, toks[k][0], toks[-1][1], m.group(1), m.end(), hits, gz)
            if m.group(2):
                _add_listed_before(text, toks[k][0], m.group(1), hits, gz)
        return
    s0 = toks[0][0]
    if _after_of(text, s0):
        before = _PLACE_NOUN_BEFORE.search(text, max(0, s0 - 40), s0)
        if before:
            k = 0
            while k < len(toks) and toks[k][2][0].isupper():
                k += 1
            _add_by_noun(text, s0, toks[k - 1][1], before.group(1).lower(), None, hits, gz)


def _add_listed_before(text: str, pos: int, noun: str, hits: list[_Hit], gz: Gazetteer) -> None:
    """The earlier items of a list that a plural place noun ends ("the Darnytskyi and
    Dniprovskyi districts"), each named by the noun; not those the gazetteer found already."""
    for _ in range(6):
        m = _LISTED_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or m.group(1) in _LEADING or m.group(1) in _TITLES or \
                not _LIST_OPENS.search(text, max(0, m.start() - 12), m.start()):
            return  # "Governor Ivan Fedorov and …": a name, not a list of places
        s, e = m.span(1)
        if not any(h.start <= s < h.end for h in hits):
            _add_by_noun(text, s, e, noun, None, hits, gz)
            hits.sort(key=lambda h: h.start)  # later stages read the mentions in text order
        pos = s


def _add_by_noun(text: str, s: int, e: int, noun: str, noun_end: int | None,
                 hits: list[_Hit], gz: Gazetteer) -> None:
    name = text[s:e]
    kind = _KIND_OF_NOUN.get(noun.lower(), "village")
    if kind == "district":
        place = Place(name=f"{name} {noun.lower()}", country=None, kind="district")
        hits.append(_Hit(s, noun_end if noun_end is not None else e, None, place, False))
        return
    known = gz.best(key(name))
    if known is not None:
        hits.append(_Hit(s, e, known, None, False))
    else:
        hits.append(_Hit(s, e, None, Place(name=name, country=None, kind=kind),  # type: ignore[arg-type]
                         False))


def _districts(text: str, hits: list[_Hit], gz: Gazetteer) -> None:
    """A known name followed by a district noun: "the Pokrovsk district" is a district."""
    town = gz.town
    for h in list(hits):
        if h.place is not None or not town[h.idx]:  # type: ignore[index]
            continue
        m = _place_noun_after(text, h.end)
        if m and m.group(2):  # "the Darnytskyi and Dniprovskyi districts"
            _add_listed_before(text, h.start, m.group(1), hits, gz)
        if m and _KIND_OF_NOUN[m.group(1)] == "district":
            base = gz.places[h.idx]  # type: ignore[index]
            if base.kind in ("city", "district"):
                name = _as_spelled(base, text[h.start:m.start()]).name
                h.place = Place(name=f"{name} {m.group(1)}",
                                country=base.country, admin1=base.admin1, lat=base.lat,
                                lon=base.lon, kind="district")
                h.end = m.end()


def _regions_from_context(text: str, hits: list[_Hit], gz: Gazetteer) -> None:
    """"the Kursk region", "the Kharkiv and Poltava regions", "the regions of X, Y and Z",
    "two other regions, Kaluga and Tula", "a town in Donetsk"."""
    town = gz.town
    n = len(hits)
    i = 0
    while i < n:
        # a group of mentions joined by commas / "and"
        j = i + 1
        while j < n:
            a, b = hits[j - 1].end, hits[j].start
            if a == b or b - a > 20 or not _SEPARATOR.fullmatch(text, a, b):
                break
            j += 1
        if j == i + 1:  # the common case: a mention on its own
            h = hits[i]
            i = j
            if h.place is not None or not town[h.idx]:  # type: ignore[index]
                continue
            group = [h]
        else:
            group = hits[i:j]
            i = j
            if not any(h.place is None and town[h.idx] for h in group):  # type: ignore[index]
                continue
        first, last = group[0], group[-1]
        targets: list[_Hit] = []
        after = _region_noun_after(text, last.end)
        if after:
            targets += group if after.group(2) else [last]
        s0 = first.start
        if _after_of(text, s0):
            before = _NOUN_BEFORE.search(text, max(0, s0 - 40), s0)
            if before:
                targets += group if before.group(1) else [first]
        elif text.endswith(_REGION_NOUNS, 0, s0 - 1) and text[s0 - 1] == " ":
            # "the region Odesa", "in the oblast Kharkiv": translated copy's word order
            if _NOUN_BEFORE_NAME.search(text, max(0, s0 - 30), s0):
                targets += group
        elif text.endswith(" in ", 0, s0) or text.endswith(" in the ", 0, s0):
            if _TOWN_IN.search(text, max(0, s0 - 40), s0):
                targets.append(first)
        elif len(group) > 1 and text[max(0, s0 - 3):s0].rstrip()[-1:] in (",", ":"):
            if _NOUN_APPOSITION.search(text, max(0, s0 - 30), s0):
                targets += group
        for h in targets:
            if h.place is not None or not town[h.idx]:  # type: ignore[index]
                continue
            r = gz.region(key(text[h.start:h.end]))
            if r is None:
                continue
            h.idx = r
            if h is last and after and after.group(1) and not after.group(2):
                h.end = after.end()  # "Kursk region" as one mention


# "Russia's northwestern port of Primorsk", "the Ukrainian city of Pokrovsk": the country
_COUNTRY_BEFORE = re.compile(
    r"\b(?:(Russia|Ukraine)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}|"
    r"(Russian|Ukrainian)\s+(?:[a-z-]+\s+){0,2}(?:city|town|port|village|settlement)\s+of\s+)"
    r"(?:(?:city|town|port|village|settlement)\s+of\s+)?(?:the\s+)?$")
_COUNTRY_CODE = {"Russia": "RU", "Russian": "RU", "Ukraine": "UA", "Ukrainian": "UA"}


def _country_from_context(text: str, hits: list[_Hit], gz: Gazetteer) -> None:
    """A town whose name several countries share, with its country named before it: the
    homonym in that country (GeoNames' most populous Primorsk is Ukraine's)."""
    places = gz.places
    for h in hits:
        if h.place is not None or h.idx is None or not gz.town[h.idx]:
            continue
        m = _COUNTRY_BEFORE.search(text, max(0, h.start - 60), h.start)
        if m is None:
            continue
        wanted = _COUNTRY_CODE[m.group(1) or m.group(2)]
        if places[h.idx].country == wanted:
            continue
        for k in gz.index.get(key(text[h.start:h.end]), ()):
            if places[k].country == wanted and gz.town[k]:
                h.idx = k
                break


def _attach_to_container(text: str, hits: list[_Hit], gz: Gazetteer) -> None:
    """"X, Kharkiv Oblast", "X in the Kharkiv region", "the X district of Kyiv": pick the
    homonym of X inside that region, or give a place that only the text names its region and
    country."""
    places = gz.places
    for a, b in zip(hits, hits[1:], strict=False):
        gap = b.start - a.end
        if gap < 1 or gap > 9:
            continue
        container = b.place if b.place is not None else places[b.idx]  # type: ignore[index]
        if container.kind in ("region", "area"):
            if not (_IN_PLACE.fullmatch(text, a.end, b.start)
                    or _COMMA.fullmatch(text, a.end, b.start)):
                continue
            region = container.name if container.kind == "region" else None
        elif container.kind == "city":
            if not _IN_PLACE.fullmatch(text, a.end, b.start):
                continue
            region = container.admin1
        else:
            continue
        if a.place is not None:
            if a.place.country is None:
                a.place = replace(a.place, country=container.country, admin1=region)
            continue
        here = places[a.idx]  # type: ignore[index]
        if region is None or here.kind not in ("city", "district") or here.admin1 == region:
            continue
        for k in gz.index.get(key(text[a.start:a.end]), ()):
            if places[k].admin1 == region and places[k].kind in ("city", "district"):
                a.idx = k
                break


# ---------------------------------------------------------------------------------------------
# "the city" referring back

# "shelled the city", "at the town", "the city's main substation"; not "the city of Sumy", nor a
# body ("the city administration of Chuhuiv")
_CITY_ANAPHOR = re.compile(
    r"\bthe\s+(city|town)\b(?!\s+of\b|\s+[A-Z]|\s+(?:administration|council|authorities|hall|"
    r"government|military|mayor|police|prosecutor))")
LOOK_BACK = 1500  # characters of the report before the sentence searched for the city
# "a column of smoke could be seen from Engels", "the road towards Druzhkivka": a town named
# as an origin or a destination is not the one the report is about
_ORIGIN_BEFORE = re.compile(r"\b(?:from|towards?|to|via)\s+(?:the\s+)?$")
# "the village of Ivanopillia", "Ivanopillia village": no town "the town" can refer to
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+(?:the\s+)?$")
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet|settlement)\b")
_INTRODUCED_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+(?:the\s+)?$")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w'-]*)")


def with_city_referred_to(sentence: str, places: list[PlaceMention],
                          text_before: str) -> list[PlaceMention]:
    """The places of a sentence, with "the city" / "the town" read as the city or town the
    report is talking about ("Nikopol was not spared either. Russian artillery shelled the
    city, …"), where the sentence names none before it."""
    m = _CITY_ANAPHOR.search(sentence) or _CAPITAL_ANAPHOR.search(sentence)
    if m is None or any(p.place.kind == "city" and p.start < m.start() for p in places):
        return places
    if m.group(1) == "capital":
        city = _capital_talked_about(text_before[-LOOK_BACK:])
    else:
        regions = {p.place.name for p in places if p.place.kind == "region"}
        city = _city_talked_about(text_before[-LOOK_BACK:], regions)
    if city is None:
        return places
    mention = PlaceMention(m.start(), m.end(), m.group(), city)
    return sorted([*places, mention], key=lambda p: p.start)


# "killing 30 people in the capital" (not "the capital's suburbs", outside the city)
_CAPITAL_ANAPHOR = re.compile(r"\bthe\s+(capital)\b(?!\s+of\b|\s+[A-Z]|'s\s+(?:suburbs|outskirts|"
                              r"region|surroundings|satellite))")
_CAPITAL_NAMES = ("Kyiv", "Moscow")
# "Moscow said", "Kyiv accepted", "Moscow time", "Moscow's demands": the capital as a government
_GOVERNMENT_AFTER = re.compile(
    r"(?:\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:said|says|told|tells|claimed|claims|"
    r"accused|accuses|denied|denies|agreed|agrees|rejected|rejects|insisted|insists|announced|"
    r"warned|warns|wants|demanded|demands|responded|refused|refuses|blamed|blames|hit|struck|"
    r"launched|fired|attacked)\b|\s+time\b|'s\s+(?:government|leadership|forces|military|"
    r"army|troops|demands|position|war|invasion|envoy|delegation|officials))")


def _capital_talked_about(text: str) -> Place | None:
    """The capital (Kyiv or Moscow) the text named last as a place, not as its government."""
    named = [p for p in find_places(text) if p.place.name in _CAPITAL_NAMES
             and p.place.kind == "city" and not _GOVERNMENT_AFTER.match(text, p.end)]
    return named[-1].place if named else None


def _city_talked_about(text: str, regions: set[str]) -> Place | None:
    """The city named last in ``text``, as a place (not as the origin or destination of
    something, nor in a person's name); one the text calls "the city of X" first; one in the
    region the sentence names, else the region's own city ("the Saratov region's governor …
    in the city": Saratov)."""
    cities = [p for p in find_places(text) if p.place.kind == "city"
              and p.place.country in ("UA", "RU") and not _ORIGIN_BEFORE.search(
                  text, max(0, p.start - 12), p.start) and not _named_before(text, p)
              and not _a_village(text, p)]
    if regions:
        cities = [p for p in cities if p.place.admin1 in regions] or \
            [c for r in sorted(regions) if (c := _regional_city(r)) is not None][:1]
    introduced = [p for p in cities if _INTRODUCED_BEFORE.search(text, max(0, p.start - 30),
                                                                  p.start)]
    chosen = (introduced or cities)[-1:]
    return chosen[0].place if chosen else None


def _a_village(text: str, mention: PlaceMention) -> bool:
    return bool(_VILLAGE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                or _VILLAGE_AFTER.match(text, mention.end))


def _named_before(text: str, mention: PlaceMention) -> bool:
    """ "Nadiia Koval": the word is a person's first name (a title after it is no surname)."""
    m = _CAPITALISED_AFTER.match(text, mention.end)
    return m is not None and m.group(1) not in _NOT_SURNAME and \
        not _region_noun_after(text, mention.end)


def _regional_city(region: str) -> PlaceMention | None:
    """The city a region is named after ("Saratov Oblast": Saratov)."""
    base = REGION_SUFFIX.match(key(region))
    city = lookup_place(base.group(1), prefer="city") if base else None
    return PlaceMention(0, 0, "", city) if city is not None and city.kind == "city" else None
