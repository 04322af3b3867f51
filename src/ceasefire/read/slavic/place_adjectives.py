"""Places named by an adjective: Ukrainian and Russian write regions, districts, communities and
administrations as an adjective before a noun ("Курской области", "Рыльском районе",
"Тихоплесівській громаді", "Харківської МВА"), often several adjectives before one noun
("над Курской и Брянской областями"), sometimes with the noun far away ("над Смоленской
сбиты три, над Тверской – один, над Калужской областью – два"); a district also has a
colloquial name ("Синельниківщина"). Used by ``places.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ceasefire.model import Place
from ceasefire.read.gazetteer import gazetteer
from ceasefire.read.slavic.gazetteer import (
    adjective_keys,
    cyrillic_gazetteer,
    fold,
    region_adjectives,
    stem,
    town_stems,
)
from ceasefire.read.slavic.readings import tags
from ceasefire.read.slavic.romanise import romanise
from ceasefire.read.slavic.words import Language, normal_forms

__all__ = ["CITY_WITH_DISTRICTS", "Hit", "adjectives_before_noun", "colloquial_district",
           "join_words", "nominative", "token_after", "unfinished_region"]

_REGION_NOUN = stem(fold("область"))
# "Рыльский район", and the Belgorod region's okrugs ("Шебекинский (городской) округ")
_DISTRICT_NOUNS = frozenset(stem(fold(w)) for w in ("район", "округ"))
_OKRUG_KINDS = frozenset(stem(fold(w)) for w in ("городской", "муниципальный", "міський",
                                                  "муніципальний"))
_ADJECTIVE_ENDINGS = ("ий", "ій", "ый", "ой")
# "Ізюмського р-ну", "Рыльский р-н": the district noun abbreviated, one word of the text
_DISTRICT_ABBREVIATIONS = frozenset({"р-н", "р-ну", "р-ні", "р-на", "р-не", "р-ном"})
_REGION_WORD = stem(fold("регион"))  # Ukrainian регіон folds to the same
_COMMUNITY_NOUN = stem(fold("громада"))
# "Бєлгородська обл.", "Респ. Крым": abbreviations of region nouns, as the noun's stem
ABBREVIATIONS = {"обл": _REGION_NOUN, "респ": stem(fold("республика"))}
# Military and state administrations: Київська МВА (of the city), Харківська ОВА / ОДА (of
# the region).
_CITY_ADMINISTRATIONS = frozenset({"МВА", "ВА", "МВЦА"})
_REGION_ADMINISTRATIONS = frozenset({"ОВА", "ОДА", "ОГА"})
# "районі столиці", "района города", "району Харкова": a district of a city, not a raion
_CITY_AFTER_DISTRICT = frozenset(stem(fold(w)) for w in ("столиця", "місто", "город"))
# words that join the items of a list: "Курской и Брянской", "Харківській, Сумській та Полтавській"
_JOINING_WORDS = frozenset({"и", "і", "й", "та"})
_COLLOQUIAL = re.compile(r"(?:щина|ччина|чина)$")
CITY_WITH_DISTRICTS = 100_000  # people: a town this big is divided into districts
UNFINISHED_LOOKAHEAD = 200  # characters in which the noun of an elliptic list must follow


@dataclass(slots=True)
class Hit:
    """A place found: offsets into the text and gazetteer rows (preferred first), or a place the
    gazetteer lacks (a village, a district)."""

    start: int
    end: int
    rows: list[int]
    place: Place | None = None


def token_after(tokens: list[re.Match[str]], end: int) -> int:
    """The index of the first token that starts at or after ``end``."""
    return bisect_left(tokens, end, key=lambda t: t.start())


def join_words(text: str, tokens: list[re.Match[str]], j: int) -> int | None:
    """How many joining words (0 or 1) begin at token ``j`` of a list ("Курской и Брянской",
    "Курской, Брянской"); None where the list ends before token ``j``."""
    gap = text[tokens[j - 1].end():tokens[j].start()].strip()
    if tokens[j].group().lower() in _JOINING_WORDS and gap in ("", ","):
        return 1
    return 0 if gap == "," else None


# ---------------------------------------------------------------------------------------------
# adjectives before their noun


def adjectives_before_noun(text: str, tokens: list[re.Match[str]], i: int,
                           language: Language) -> tuple[list[Hit], int] | None:
    """The places named by capitalised adjectives from token ``i``, joined by "и"/"і"/"та" or
    commas, before one noun: a region, district, community or administration; with the token
    after them. None where no such noun follows."""
    items = _list_items(text, tokens, i, language)
    if items is None:
        return None
    j = items[-1] + 1
    if j >= len(tokens) or not text[tokens[j - 1].end():tokens[j].start()].isspace():
        return None
    if stem(fold(tokens[j].group())) in _OKRUG_KINDS and j + 1 < len(tokens):
        j += 1  # "Шебекинского городского округа": the okrug's kind between
    noun = tokens[j]
    found = _by_noun(text, tokens, items, noun, language)
    if found is None or not all(h.rows or h.place for h in found):
        return None
    found[-1].end = _noun_end(text, noun)
    return found, token_after(tokens, found[-1].end)


def _list_items(text: str, tokens: list[re.Match[str]], i: int,
                language: Language) -> list[int] | None:
    """The tokens of a list of capitalised adjectives from token ``i``; None where a word of it
    is no adjective or the text ends."""
    if not _is_adjective(tokens[i].group(), language):
        return None
    items = [i]
    j = i + 1
    while j < len(tokens):
        joined = join_words(text, tokens, j)
        if joined is None:
            return items
        j += joined
        if j >= len(tokens) or not tokens[j].group()[0].isupper() or \
                not _is_adjective(tokens[j].group(), language):
            return None
        items.append(j)
        j += 1
    return None


def _is_adjective(word: str, language: Language) -> bool:
    """True for a word one of whose dictionary forms is an adjective ("Одеській" → одеський),
    or an adjective pymorphy3 does not know ("Синельниківському")."""
    return any(form.endswith(_ADJECTIVE_ENDINGS) for form in normal_forms(word, language))


def _by_noun(text: str, tokens: list[re.Match[str]], items: list[int], noun: re.Match[str],
             language: Language) -> list[Hit] | None:
    """What each adjective names, by the noun they share; None for a noun that names no place
    ("Українська правда") or one region noun after one adjective (a name of the index)."""
    word = noun.group()
    adjectives = [tokens[k] for k in items]
    if word in _CITY_ADMINISTRATIONS or word in _REGION_ADMINISTRATIONS:
        return [_administration(a, word in _CITY_ADMINISTRATIONS) for a in adjectives]
    key = ABBREVIATIONS.get(word.lower()) or stem(fold(word))
    if key in _DISTRICT_NOUNS or word.lower() in _DISTRICT_ABBREVIATIONS:
        city = _city_after(text, tokens, noun, language)
        return [Hit(a.start(), a.end(), [], _district(a.group(), language, city))
                for a in adjectives]
    if key == _COMMUNITY_NOUN:
        return [_community(a, language) for a in adjectives]
    if key == _REGION_WORD:  # "над Московским регионом": the region of that adjective
        regions = region_adjectives()
        return [Hit(a.start(), a.end(), list(regions.get(stem(fold(a.group())), ())))
                for a in adjectives]
    if len(items) < 2:
        return None  # one "Одеська область" is a name of the index, read with the others
    adjective_noun = cyrillic_gazetteer().adjective_noun
    return [Hit(a.start(), a.end(), list(adjective_noun.get((stem(fold(a.group())), key), ())))
            for a in adjectives]


def _noun_end(text: str, noun: re.Match[str]) -> int:
    """The end of the noun, with the full stop of "обл."."""
    end = noun.end()
    if noun.group().lower() in ABBREVIATIONS and text.startswith(".", end):
        return end + 1
    return end


def _administration(adjective: re.Match[str], of_city: bool) -> Hit:
    """"Київська МВА" is Kyiv's (the city), "Харківська ОВА" Kharkiv Oblast's."""
    if of_city:
        town = _town_row(fold(adjective.group()))
        return Hit(adjective.start(), adjective.end(), [town] if town is not None else [])
    rows = cyrillic_gazetteer().adjective_noun.get((stem(fold(adjective.group())), _REGION_NOUN))
    return Hit(adjective.start(), adjective.end(), list(rows or ()))


def administered_place(adjective: str, of_city: bool, language: Language) -> Place | None:
    """The oblast ("Полтавської" → Poltava Oblast) or the city ("Херсонської" → Kherson) whose
    administration the adjective names; None where the gazetteer knows neither."""
    if not of_city:
        return _ukrainian_region(nominative(adjective, language))
    row = _town_row(fold(nominative(adjective, language)))
    return gazetteer().places[row] if row is not None else None


def _community(adjective: re.Match[str], language: Language) -> Hit:
    """A community (громада) is written by its centre: "Тихоплесівська громада" → the village
    whose adjective it is, where the gazetteer knows it."""
    town = _town_row(fold(nominative(adjective.group(), language)))
    return Hit(adjective.start(), adjective.end(), [town] if town is not None else [])


def _city_after(text: str, tokens: list[re.Match[str]], noun: re.Match[str],
                language: Language) -> Place | bool:
    """The city a district noun is of: a city named right after it ("районі Харкова"), True
    for one only called the city ("районі столиці", "району міста"), False for none."""
    k = token_after(tokens, noun.end())
    if k >= len(tokens) or not text[noun.end():tokens[k].start()].isspace():
        return False
    word = tokens[k].group()
    if stem(fold(word)) in _CITY_AFTER_DISTRICT:
        return True
    if not word[0].isupper():
        return False
    gz = gazetteer()
    single = cyrillic_gazetteer().single
    cities = [r for form in normal_forms(word, language) for r in single.get(fold(form), ())
              if gz.places[r].kind == "city" and gz.population[r] >= CITY_WITH_DISTRICTS]
    return gz.places[max(cities, key=lambda r: gz.population[r])] if cities else False


# ---------------------------------------------------------------------------------------------
# districts


def _district(adjective: str, language: Language, city: Place | bool = False) -> Place:
    """The district an adjective names: a Ukrainian raion by its town ("Synelnykove Raion"), a
    Russian district by its adjective ("Rylsky District"), as English reference works write
    them; a district of a city ("Голосіївський район столиці", "Салтівський район Харкова")
    by its adjective, in that city."""
    base = nominative(adjective, language)
    if city is not False:
        name = f"{romanise(base, language)} District"
        if isinstance(city, Place):
            return Place(name=name, country=city.country, admin1=city.admin1, lat=city.lat,
                         lon=city.lon, kind="district")
        return Place(name=name, country=None, kind="district")
    region = _ukrainian_region(base)
    if region is not None:
        # "Запорізький район" is Zaporizhzhia Raion, though "Запорізьке" is a village too
        return Place(name=region.name.removesuffix(" Oblast") + " Raion", country="UA",
                     admin1=region.name, lat=region.lat, lon=region.lon, kind="district")
    row = _town_row(fold(base))
    town = gazetteer().places[row] if row is not None else None
    if town is not None and town.country == "UA":
        name = f"{town.name} Raion"
    elif language == "ru" or (town is not None and town.country == "RU"):
        name = f"{_russian_adjective(base, language)} District"
    else:
        name = f"{romanise(base, language)} District"
    if town is None:
        return Place(name=name, country=None, kind="district")
    return Place(name=name, country=town.country, admin1=town.admin1, lat=town.lat,
                 lon=town.lon, kind="district")


def _ukrainian_region(adjective: str) -> Place | None:
    """The Ukrainian oblast an adjective names ("Запорізький" → Zaporizhzhia Oblast)."""
    places = gazetteer().places
    for row in region_adjectives().get(stem(fold(adjective)), ()):
        if places[row].country == "UA" and places[row].name.endswith(" Oblast"):
            return places[row]
    return None


def colloquial_district(word: str, language: Language) -> Place | None:
    """"Синельниківщина": the raion of a town by its colloquial name (the regions' own,
    "Харківщина", are names of the gazetteer)."""
    for form in normal_forms(word, language):
        folded = fold(form)
        if _COLLOQUIAL.search(folded):
            row = _town_row(_COLLOQUIAL.sub("", folded) + "ск")
            if row is not None and gazetteer().places[row].country == "UA":
                return Place(name=f"{gazetteer().places[row].name} Raion", country="UA",
                             admin1=gazetteer().places[row].admin1, kind="district")
    return None


def nominative(adjective: str, language: Language) -> str:
    """The masculine nominative of an adjective ("Рыльском" → "Рыльский")."""
    for form in normal_forms(adjective, language):
        if form.endswith(("ий", "ый", "ой", "ій")):
            return form[:1].upper() + form[1:]
    return adjective


def _town_row(folded_adjective: str) -> int | None:
    """The gazetteer row of the town an adjective is made from; of several, the most populous
    town ("Ізюмський" is Izium's, not the village Ізюмське's), a city's district last."""
    stems = town_stems()
    keys = adjective_keys(folded_adjective)
    rows = [r for key in keys for r in stems.get(key, ())] or \
        [r for key in keys if key.endswith("ан") for r in stems.get(key[:-2], ())]
    # "Бучанський" → Буча: the adjective's -ан- only where no town has the whole stem
    gz = gazetteer()
    # a town before a city's district of that name ("Калинівська громада" is Kalynivka's, not
    # the Kalynivskyi district of Donetsk)
    return max(rows, key=lambda r: (gz.places[r].kind != "district", gz.population[r])) \
        if rows else None


def _russian_adjective(adjective: str, language: Language) -> str:
    """A Russian district's adjective in Latin letters: Рыльский → Rylsky; from a Ukrainian
    text, Рильський → Rylsky (the Russian spelling: г is g, -ський is -sky)."""
    if language == "ru":
        return romanise(adjective, "ru")
    latin = romanise(adjective, "uk")
    latin = re.sub(r"(?<![kzsc])h", "g", latin)
    return re.sub(r"(?:s|ts)kyi$", lambda m: m.group()[:-1], latin)


# ---------------------------------------------------------------------------------------------
# a list whose noun comes later


def _without_noun(text: str, tokens: list[re.Match[str]], i: int, language: Language) -> bool:
    """True for an adjective followed by punctuation or a joining word, not by its own noun
    ("над Смоленской сбиты", "над Тверской – один", "Тверской и"; not "Харківському
    напрямку", whose noun follows)."""
    if i + 1 >= len(tokens):
        return True  # the last word of the text: "…, 14 — над Орловской."
    gap = text[tokens[i].end():tokens[i + 1].start()]
    following = tokens[i + 1].group().lower()
    return bool(gap.strip()) or following in _JOINING_WORDS or \
        all(tag.POS != "NOUN" for tag in tags(following, language))


def unfinished_region(text: str, tokens: list[re.Match[str]], i: int,
                      language: Language) -> Hit | None:
    """A region adjective without its noun, before a region noun further on in the sentence
    ("над Смоленской сбиты три, над Тверской – один, над Калужской областью – два") or after one
    earlier in it ("31 над Брянской областью, 22 — над Курской, 14 — над Орловской")."""
    s = stem(fold(tokens[i].group()))
    if s not in region_adjectives() or not _without_noun(text, tokens, i, language):
        return None
    after = range(i + 1, len(tokens))
    before = range(i - 1, -1, -1)
    for ks in (after, before):
        rows = _region_noun_near(text, tokens, i, s, ks)
        if rows:
            return Hit(tokens[i].start(), tokens[i].end(), list(rows))
    return None


def _region_noun_near(text: str, tokens: list[re.Match[str]], i: int, adjective: str,
                      ks: range) -> list[int] | None:
    """The rows of the region whose noun, among tokens ``ks`` (walking away from ``i`` within
    the sentence), the adjective at ``i`` goes with."""
    adjective_noun = cyrillic_gazetteer().adjective_noun
    previous = i
    for k in ks:
        t = tokens[k]
        lo, hi = sorted((tokens[previous], t), key=lambda m: m.start())
        if abs(t.start() - tokens[i].start()) > UNFINISHED_LOOKAHEAD or \
                re.search(r"[.!?\n]", text[lo.end():hi.start()]):
            return None
        key = ABBREVIATIONS.get(t.group().lower()) or stem(fold(t.group()))
        rows = adjective_noun.get((adjective, key))
        if rows:
            return list(rows)
        previous = k
    return None
