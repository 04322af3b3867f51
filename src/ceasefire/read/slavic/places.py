"""Find the places a Ukrainian or Russian report names, in any case and either alphabet's
spelling, as the gazetteer's English entries ("у Києві" → Kyiv, "над Ростовской областью" →
Rostov Oblast, "Сумщині" → Sumy Oblast, "з Брянська" → Bryansk).

Every capitalised word is looked up by its dictionary forms (``words.normal_forms``) in the
Cyrillic index of ``slavic/gazetteer.py``; names of several words ("Біла Церква", "Одеська
область", "Черного моря") are checked word by word, longest first. Then:

* a settlement noun before a name ("м. Суми", "г. Курск", "село Мир", "селами Тихоплесівка і
  Локоть") also admits names that are ordinary words or persons' names, and a name the
  gazetteer lacks becomes a village of that name in Latin letters;
* adjectives before a plural region noun are each a region ("в Курской и Брянской областях");
* an adjective before "район" is a district: a Ukrainian one is written by its town
  ("Синельниківський район" → Synelnykove Raion), a Russian one by its adjective ("Рыльский
  район" → Rylsky District), as English-language reference works do;
* "Київська МВА" is the city, "Харківська ОВА" the region, "Х-ська громада" its centre;
* a word right after a first name is a surname, not a town ("Вячеслав Гладков"), a word that
  agrees as an adjective with the noun after it no town ("Українська правда");
* a town whose name several places share is the most populous, unless a region named in the
  same sentence holds one of the others.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ceasefire.model import Place
from ceasefire.read.gazetteer import gazetteer
from ceasefire.read.places import PlaceMention
from ceasefire.read.slavic.gazetteer import MultiName, cyrillic_gazetteer, fold, stem
from ceasefire.read.slavic.place_adjectives import (
    ABBREVIATIONS,
    CITY_WITH_DISTRICTS,
    Hit,
    adjectives_before_noun,
    colloquial_district,
    join_words,
    nominative,
    token_after,
    unfinished_region,
)
from ceasefire.read.slavic.readings import first_name_forms, known, plural_nominatives, tags
from ceasefire.read.slavic.romanise import romanise
from ceasefire.read.slavic.words import Language, normal_forms, words

__all__ = ["find_places"]

# Settlement nouns, folded and stemmed ("місті", "селах", "посёлке"), and their abbreviations
# (lower case, with a full stop: "м. Суми", "г. Курск", "с. Тихоплесівка"; смт, пгт without).
# "поселка" gives the stem of поселок's other cases (поселке, поселком: its о drops out).
# Upper-case "С." or "В." before a name is an initial ("С. Лисак"), not a village.
_TOWN_STEMS = frozenset(stem(fold(w)) for w in ("місто", "город"))
_SETTLEMENT_STEMS = _TOWN_STEMS | frozenset(stem(fold(w)) for w in """село селище поселка
    посёлок деревня хутор станица станиця""".split())
_SETTLEMENT_ABBREVIATIONS = frozenset({"м", "г", "с", "сел", "пос", "д", "х"})
_SETTLEMENT_WORDS = frozenset({"смт", "пгт"})
_TOWN_ABBREVIATIONS = frozenset({"м", "г"})  # місто / город: a town, not a village
_FUNCTION_WORD_TAGS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED"})
MAX_UNKNOWN_WORDS = 3  # "Нижні Сірогози": the words of a village's name the gazetteer lacks
# A town this large is the one meant, whatever regions the sentence names.
HOMONYM_MAX_POPULATION = 200_000
_NEXT_TO = re.compile(r"\s*,?\s*")
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[«\"(]?[А-ЯЁЄІЇҐA-Z0-9])|\n")


def find_places(text: str, language: Language) -> list[PlaceMention]:
    """Every place named in ``text`` (a Ukrainian or Russian report), in order, no overlaps."""
    if language not in ("uk", "ru"):
        raise ValueError(f"find_places reads Ukrainian ('uk') or Russian ('ru'), not {language!r}")
    tokens = words(text)
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        found, i_next = _hits_at(text, tokens, i, language)
        hits += found
        i = max(i_next, i + 1)
    _districts_of_cities(text, hits, language)
    _prefer_regions_named(text, hits)
    _region_of_unknown_places(text, hits)
    gz = gazetteer()
    return [PlaceMention(h.start, h.end, text[h.start:h.end],
                         h.place if h.place is not None else gz.places[h.rows[0]])
            for h in hits]


def _hits_at(text: str, tokens: list[re.Match[str]], i: int,
             language: Language) -> tuple[list[Hit], int]:
    """The places that begin at token ``i`` and the token after them."""
    if i + 1 < len(tokens) and _is_settlement_noun(text, tokens, i):
        found, end = _after_settlement_noun(text, tokens, i + 1, language)
        if found:
            return found, end
    if not tokens[i].group()[0].isupper():
        return [], i + 1
    hit = _name_at(text, tokens, i, language, after_noun=False)
    if hit is not None and hit.end > tokens[i].end():
        return [hit], token_after(tokens, hit.end)  # a name of several words: "Біла Церква"
    listed = adjectives_before_noun(text, tokens, i, language)
    if listed:
        return listed
    if hit is None:
        other = _other_reading(text, tokens, i, language)
        return ([other], i + 1) if other else ([], i + 1)
    if _after_first_name(tokens, i, text, language) or \
            _first_name_before_surname(tokens, i, text, hit) or \
            _adjective_of_next_noun(text, tokens, i, language):
        return [], i + 1
    return [hit], i + 1


def _other_reading(text: str, tokens: list[re.Match[str]], i: int,
                   language: Language) -> Hit | None:
    """A capitalised word the gazetteer does not know: a region adjective whose noun comes
    later, or a district's colloquial name."""
    word = tokens[i]
    district = colloquial_district(word.group(), language)
    if district is not None:
        return Hit(word.start(), word.end(), [], district)
    return unfinished_region(text, tokens, i, language)


# ---------------------------------------------------------------------------------------------
# names


def _name_at(text: str, tokens: list[re.Match[str]], i: int, language: Language,
             after_noun: bool) -> Hit | None:
    """The longest gazetteer name that begins at token ``i``."""
    best: tuple[int, list[int]] | None = None
    for name in _multi_candidates(stem(fold(tokens[i].group())), after_noun):
        end = _match_rest(text, tokens, i, name, language)
        if end is not None and (best is None or end > best[0]):
            best = (end, name.rows)
    if best is not None:
        return Hit(tokens[i].start(), best[0], list(best[1]))
    rows = _single_rows(tokens[i].group(), language, after_noun)
    return Hit(tokens[i].start(), tokens[i].end(), rows) if rows else None


def _multi_candidates(first_stem: str, after_noun: bool) -> list[MultiName]:
    """The names of several words whose first word has this stem."""
    index = cyrillic_gazetteer()
    names = index.multi.get(first_stem, [])
    return names + index.multi_after_noun.get(first_stem, []) if after_noun else names


def _match_rest(text: str, tokens: list[re.Match[str]], i: int, name: MultiName,
                language: Language) -> int | None:
    """The end offset of ``name`` matched at token ``i``, or None."""
    if not _same_word(tokens[i].group(), name.first, language):
        return None
    for k, wanted in enumerate(name.rest, start=1):
        j = i + k
        if j >= len(tokens) or not text[tokens[j - 1].end():tokens[j].start()].isspace():
            return None
        if not _same_word(tokens[j].group(), wanted, language):
            return None
    return tokens[i + len(name.rest)].end()


def _same_word(word: str, folded_name_word: str, language: Language) -> bool:
    """True if ``word`` (as written) is a form of the name's word: same stem, or a shared
    dictionary form ("Розі" and "Ріг")."""
    folded = fold(word)
    if folded == folded_name_word or stem(folded) == stem(folded_name_word):
        return True
    if word.rstrip(".").lower() in ABBREVIATIONS:
        return ABBREVIATIONS[word.rstrip(".").lower()] == stem(folded_name_word)
    forms = {fold(f) for f in normal_forms(word, language)}
    return bool(forms & {fold(f) for f in normal_forms(folded_name_word, language)})


def _single_rows(word: str, language: Language, after_noun: bool) -> list[int]:
    """Rows of a one-word name: by the word's dictionary forms, else (a word pymorphy3 does not
    know, such as a village) by its stem. The form whose best place is most populous comes
    first ("Києві" is a form of "Київ" before one of "Кий"), each form's places in the index's
    order."""
    if _function_word(word, language):
        return []
    index = cyrillic_gazetteer()
    lists: list[list[int]] = []
    for form in normal_forms(word, language):
        key = fold(form)
        lists.append(index.single.get(key, []))
        if after_noun:
            lists.append(index.single_after_noun.get(key, []))
    lists = [rows for rows in lists if rows]
    if not lists:  # "в Лисках": a town named in the plural, by its plural nominative
        lists = [rows for form in plural_nominatives(word.lower(), language)
                 if (rows := index.single.get(fold(form), []))]
    if not lists and not known(word.lower(), language):
        lists = [index.stems.get(stem(fold(word)), [])]
    population = gazetteer().population
    lists.sort(key=lambda rows: -population[rows[0]] if rows else 0)
    return list(dict.fromkeys(r for rows in lists for r in rows))


def _function_word(word: str, language: Language) -> bool:
    """True for a preposition, conjunction, pronoun, adverb …: Ukrainian "Крім" (besides) is no
    "Крим", though the two alphabets' letters fold together."""
    low = word.lower()
    return known(low, language) and tags(low, language)[0].POS in _FUNCTION_WORD_TAGS


def _adjective_of_next_noun(text: str, tokens: list[re.Match[str]], i: int,
                            language: Language) -> bool:
    """True for a word that agrees, as an adjective, with the noun after it: "Українська
    правда" is a newspaper, though "Українська" is also a case of the town Українськ."""
    j = i + 1
    if j >= len(tokens) or not tokens[j].group()[0].islower() or \
            text[tokens[i].end():tokens[j].start()] != " ":
        return False
    adjective = [tag for tag in tags(tokens[i].group().lower(), language) if tag.POS == "ADJF"]
    if not adjective:
        return False
    nouns = [tag for tag in tags(tokens[j].group().lower(), language) if tag.POS == "NOUN"]
    return any(a.case == n.case and (a.gender == n.gender or a.number == n.number == "plur")
               for a in adjective for n in nouns)


def _after_first_name(tokens: list[re.Match[str]], i: int, text: str, language: Language) -> bool:
    """True for a word right after a first name ("Вячеслав Гладков", "Олег Кіпер"): a surname."""
    if i == 0 or not text[tokens[i - 1].end():tokens[i].start()].isspace():
        return False
    previous = tokens[i - 1].group()
    if not previous[0].isupper():
        return False
    return "Name" in tags(previous.lower(), language)[0].grammemes


def _first_name_before_surname(tokens: list[re.Match[str]], i: int, text: str,
                               hit: Hit) -> bool:
    """True for a town named like a first name, before a capitalised word: "Володимир
    Зеленський", "Владимира Путина" are persons (not "Києві Віталій": "Києві" is a form of the
    name "Кий" only by accident, the town is found by "Київ")."""
    j = i + 1
    if j >= len(tokens) or not tokens[j].group()[0].isupper() or \
            not text[tokens[i].end():tokens[j].start()].isspace():
        return False
    single = cyrillic_gazetteer().single
    return any(hit.rows[0] in single.get(form, ())
               for form in first_name_forms(tokens[i].group().lower()))


# ---------------------------------------------------------------------------------------------
# settlement nouns


def _is_settlement_noun(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    word = tokens[i].group()
    if word in _SETTLEMENT_ABBREVIATIONS:
        # "м. Суми": with its full stop, and not after a number ("2025 г." is a year)
        return (text.startswith(".", tokens[i].end())
                and not text[:tokens[i].start()].rstrip()[-1:].isdigit())
    return word.lower() in _SETTLEMENT_WORDS or stem(fold(word)) in _SETTLEMENT_STEMS


def _settlement_kind(noun: str) -> str:
    town = noun in _TOWN_ABBREVIATIONS or stem(fold(noun)) in _TOWN_STEMS
    return "city" if town else "village"


def _after_settlement_noun(text: str, tokens: list[re.Match[str]], i: int,
                           language: Language) -> tuple[list[Hit], int]:
    """The settlement(s) a settlement noun names: "селі Тихоплесівка", "сёлами Х и Локоть"."""
    kind = _settlement_kind(tokens[i - 1].group())
    hits: list[Hit] = []
    while i < len(tokens) and tokens[i].group()[0].isupper():
        if adjectives_before_noun(text, tokens, i, language):
            break  # "села Ізюмського р-ну", "у селі Х та Рильському районі": read on their own
        if _a_person(text, tokens, i):
            break  # "Губернатор города Михаил Развожаев": a first name and a surname
        hit = _name_at(text, tokens, i, language, after_noun=True)
        if hit is None:
            hit = _unknown_settlement(text, tokens, i, language, kind)
        else:
            hit.rows = _towns_first(hit.rows)
        hits.append(hit)
        i = token_after(tokens, hit.end)
        joined = join_words(text, tokens, i) if i < len(tokens) else None
        if joined is None:
            break
        i += joined
    return hits, i


def _unknown_settlement(text: str, tokens: list[re.Match[str]], i: int, language: Language,
                        kind: str) -> Hit:
    """A settlement the gazetteer lacks, of one to three capitalised words ("селі Тихоплесівка",
    "деревне Старые Ключи"), in Latin letters; a word that begins a known name or a region
    adjective ends it ("селі Тихоплесівка Харківської області")."""
    end = i
    while end + 1 < len(tokens) and end + 1 - i < MAX_UNKNOWN_WORDS:
        k = end + 1
        if not tokens[k].group()[0].isupper() or \
                _latin(tokens[k].group()) != _latin(tokens[i].group()) or \
                text[tokens[end].end():tokens[k].start()] != " " or \
                _name_at(text, tokens, k, language, after_noun=False) is not None or \
                adjectives_before_noun(text, tokens, k, language) is not None or \
                unfinished_region(text, tokens, k, language) is not None:
            break
        end = k
    start, stop = tokens[i].start(), tokens[end].end()
    place = Place(name=romanise(text[start:stop], language), country=None,
                  kind=kind)  # type: ignore[arg-type]
    return Hit(start, stop, [], place)


def _latin(word: str) -> bool:
    """Is the word in Latin letters? One after a Cyrillic name is no part of it ("поселке
    Горный FPV-дрон атаковал": a weapon's abbreviation, a brand)."""
    return word[:1].isascii()


def _a_person(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Do a first name and another capitalised word stand at ``i`` ("Михаил Развожаев")?"""
    return i + 1 < len(tokens) and tokens[i + 1].group()[:1].isupper() and \
        text[tokens[i].end():tokens[i + 1].start()] == " " and \
        bool(first_name_forms(tokens[i].group().lower()))


def _towns_first(rows: list[int]) -> list[int]:
    town = gazetteer().town
    return [r for r in rows if town[r]] + [r for r in rows if not town[r]]


# ---------------------------------------------------------------------------------------------
# homonyms


def _districts_of_cities(text: str, hits: list[Hit], language: Language) -> None:
    """A part of a city the gazetteer knows elsewhere, followed by the city it is in
    ("Ворошиловском районе Волгограда", where the gazetteer's Ворошиловський район is a part of
    Donetsk): that city's, by its adjective."""
    gz = gazetteer()
    places = gz.places
    for a, b in zip(hits, hits[1:], strict=False):
        if not a.rows or places[a.rows[0]].kind != "district" or not b.rows or \
                not text[a.end:b.start].isspace():
            continue
        city = places[b.rows[0]]
        if city.kind != "city" or gz.population[b.rows[0]] < CITY_WITH_DISTRICTS:
            continue
        inside = [r for r in a.rows if places[r].admin1 == city.admin1]
        if inside:
            a.rows = inside
            continue
        adjective = text[a.start:a.end].split()[0]
        a.place = Place(name=f"{romanise(nominative(adjective, language), language)} District",
                        country=city.country, admin1=city.admin1, lat=city.lat, lon=city.lon,
                        kind="district")
        a.rows = []


def _prefer_regions_named(text: str, hits: list[Hit]) -> None:
    """A town whose name several places share, in a sentence that names the region of one of
    the smaller ones: that one ("Знаменка" with "Орловской области"). A region named outright
    counts first, then the region of a district or a city the sentence names
    ("Шевченківському районі Запоріжжя": the part of Zaporizhzhia)."""
    gz = gazetteer()
    places, population = gz.places, gz.population
    bounds = _sentence_bounds(text)
    for h in hits:
        if len(h.rows) < 2 or (population[h.rows[0]] >= HOMONYM_MAX_POPULATION
                               and places[h.rows[0]].kind != "district"):
            continue  # a big town is itself; parts of cities share names whatever their size
        start, end = _sentence_of(bounds, h.start)
        near = [o for o in hits if o is not h and start <= o.start < end]
        for region in _regions_named(near):
            inside = [r for r in h.rows if places[r].admin1 == region and gz.town[r]]
            if inside:
                h.rows = inside + [r for r in h.rows if r not in inside]
                break


def _regions_named(hits: list[Hit]) -> list[str]:
    """The regions that mentions name, most telling first: regions outright (the last named
    first), then the regions of districts and of big towns."""
    gz = gazetteer()
    places = gz.places
    regions = [places[h.rows[0]].name for h in hits
               if h.rows and places[h.rows[0]].kind == "region"]
    implied = [h.place.admin1 for h in hits if h.place is not None and h.place.admin1]
    implied += [places[h.rows[0]].admin1 or "" for h in hits if h.rows and gz.town[h.rows[0]]
                and gz.population[h.rows[0]] >= HOMONYM_MAX_POPULATION]
    return [*reversed(regions), *(r for r in implied if r)]


def _region_of_unknown_places(text: str, hits: list[Hit]) -> None:
    """A village the gazetteer lacks, followed by its district or region ("с. Тихоплесівка
    Харківської області", "селі Х Синельниківського району"): that region and its country."""
    places = gazetteer().places
    for a, b in zip(hits, hits[1:], strict=False):
        if a.place is None or a.place.country is not None or \
                not _NEXT_TO.fullmatch(text, a.end, b.start):
            continue
        container = b.place if b.place is not None else places[b.rows[0]]
        if container.kind == "region":
            a.place = replace(a.place, country=container.country, admin1=container.name)
        elif container.kind == "district" and container.country is not None:
            a.place = replace(a.place, country=container.country, admin1=container.admin1)


def _sentence_bounds(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text) + 1]


def _sentence_of(bounds: list[int], pos: int) -> tuple[int, int]:
    k = bisect_right(bounds, pos)
    return bounds[k - 1], bounds[min(k, len(bounds) - 1)]
