"""Who a Ukrainian or Russian sentence names: states, capitals, bodies and people, in English.

The names are data, one file a language (``lexicon/uk/actors.tsv``, ``lexicon/ru/actors.tsv``):
each row maps Cyrillic names to a canonical name of the English table ``lexicon/actors.tsv``,
whose row gives the side and kind. So "Зеленським", "Зеленский" and "Zelensky" are one actor,
"Volodymyr Zelensky", and the strike reader (claimants, attackers) and the diplomacy builders
(parties, proposers, mediators) share one list.

Words are matched in any case through their dictionary forms ("Повітряних сил" is "Повітряні
сили"); the longest name wins where names overlap ("Міноборони Росії" over "Міноборони").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.slavic.lexicon import rows
from ceasefire.read.slavic.place_adjectives import administered_place
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.words import Language, normal_forms, plain, words


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    surface: str  # the words as written: "Повітряних сил ЗСУ"
    name: str  # the English canonical name: "Ukrainian Air Force"
    side: str | None  # ISO code; None for media of no side
    kind: str  # state | capital | office | person | media


@dataclass(frozen=True)
class _Word:
    keys: frozenset[str]  # the forms a text word may take to match it
    capital: bool  # written with a capital: only capitalised text matches


@dataclass(frozen=True)
class _Name:
    words: tuple[_Word, ...]
    actor: str


@cache
def english_actors() -> dict[str, tuple[str | None, str]]:
    """``{canonical English name: (side, kind)}`` from ``lexicon/actors.tsv``."""
    out: dict[str, tuple[str | None, str]] = {}
    for _surface, name, side, kind in load_table("actors.tsv"):
        out.setdefault(name, (side or None, kind))
    return out


def _word(written: str, alone: bool, language: Language) -> _Word:
    """How a name's word matches. A one-word name is written in its dictionary form (a
    surname, "Кремль"); in a longer name a word may be inflected ("Повітряні сили ЗСУ"), so its
    first dictionary form matches too. A lone surname keeps only itself, so "Песков" does not
    also match "песок"."""
    keys = {plain(written)}
    if not alone:
        keys.add(normal_forms(written, language)[0])
    return _Word(frozenset(keys), written[:1].isupper())


@cache
def _names(language: Language) -> dict[str, tuple[_Name, ...]]:
    """Every name of the language's table, indexed by the keys of its first word."""
    index: defaultdict[str, list[_Name]] = defaultdict(list)
    for row in rows(language, "actors"):
        for written in row[1].split("|"):
            parts = [m.group() for m in words(written)]
            name = _Name(tuple(_word(p, len(parts) == 1, language) for p in parts), row[0])
            for key in name.words[0].keys:
                index[key].append(name)
    return {key: tuple(names) for key, names in index.items()}


def _matches(word: _Word, text_word: str, language: Language) -> bool:
    if word.capital and not text_word[:1].isupper():
        return False
    return not word.keys.isdisjoint(normal_forms(text_word, language))


def _longest_at(found: list[re.Match[str]], i: int, language: Language) -> _Name | None:
    """The longest name whose words are the text's words from ``found[i]`` on."""
    best: _Name | None = None
    index = _names(language)
    for form in normal_forms(found[i].group(), language):
        for name in index.get(form, ()):
            if best is not None and len(name.words) <= len(best.words):
                continue
            span = found[i:i + len(name.words)]
            if len(span) == len(name.words) and _adjacent(span) and all(
                    _matches(w, m.group(), language)
                    for w, m in zip(name.words, span, strict=True)):
                best = name
    return best


def _adjacent(span: list[re.Match[str]]) -> bool:
    """Consecutive words separated by spaces only (not "Київ. Україна"), or by the quotes
    of a name ("Повітряне командування «Захід»")."""
    return all(not span[k].string[span[k].end():span[k + 1].start()].strip(_QUOTED)
               for k in range(len(span) - 1))


_QUOTED = " \t\n«»\"“”„"


def find_actors(text: str, language: Language) -> list[ActorMention]:
    """Every actor the language's table names in ``text``, left to right, longest name first
    where names overlap. Each mention's side and kind are those of its English row."""
    return list(_actors_in(text, language))


@lru_cache(maxsize=256)  # a strike sentence is asked once per figure (its source, its attacker)
def _actors_in(text: str, language: Language) -> tuple[ActorMention, ...]:
    found = words(text)
    english = english_actors()
    mentions: list[ActorMention] = []
    i = 0
    while i < len(found):
        name = _longest_at(found, i, language)
        if name is None:
            body = _regional_body(text, found, i, language)
            if body is not None:
                mentions.append(body[0])
            i = body[1] if body is not None else i + 1
            continue
        first, last = found[i], found[i + len(name.words) - 1]
        side, kind = english[name.actor]
        mentions.append(ActorMention(first.start(), last.end(), text[first.start():last.end()],
                                     name.actor, side, kind))
        i += len(name.words)
    return tuple(mentions)


# A region's body named by its region ("оперштаб Ростовской области", "оперативный штаб
# Белгородской области"): the bodies' words in their dictionary forms, and the English role
# that follows the region's name ("Rostov Oblast operational headquarters").
_REGIONAL_BODIES = {("оперштаб",): "operational headquarters",
                    ("оперативный", "штаб"): "operational headquarters",
                    ("оперативний", "штаб"): "operational headquarters"}


def _regional_body(text: str, found: list[re.Match[str]], i: int, language: Language
                   ) -> tuple[ActorMention, int] | None:
    """The regional body named from ``found[i]`` on, and the index of the word after it."""
    if i + 1 < len(found) and found[i].group()[:1].isupper() and \
            found[i + 1].group()[:5].lower().startswith(_ADMINISTRATION_OPENINGS):
        return _military_administration(text, found, i, language)
    if not found[i].group()[:4].lower() == "опер":  # every body's first word opens so
        return None
    for body, role in _REGIONAL_BODIES.items():
        span = found[i:i + len(body)]
        if len(span) < len(body) or not _adjacent(span) or any(
                word not in normal_forms(m.group(), language)
                for word, m in zip(body, span, strict=True)):
            continue
        after = span[-1].end()
        region = next(iter(find_places(text[after:after + 60], language)), None)
        if region is None or region.place.kind != "region" or \
                text[after:after + region.start].strip():
            return None
        end = after + region.end
        j = i + len(body)
        while j < len(found) and found[j].start() < end:
            j += 1
        start = found[i].start()
        return ActorMention(start, end, text[start:end], f"{region.place.name} {role}",
                            region.place.country, "office"), j
    return None



# A military administration named by its region's or city's adjective, in any case: "Полтавська
# ОВА", "Полтавської обласної військової адміністрації", "Херсонська МВА", "Харьковской областной
# военной администрации". The gold names it "Poltava Oblast Military Administration", "Kherson
# City Military Administration" (and the lexicon already names Kyiv's).
_ADMINISTRATION_OPENINGS = ("ова", "мва", "обла", "міськ", "город")
_OBLAST_ADMINISTRATION = (("ова",), ("обласний", "військовий", "адміністрація"),
                          ("областной", "военный", "администрация"))
_CITY_ADMINISTRATION = (("мва",), ("міський", "військовий", "адміністрація"),
                        ("городской", "военный", "администрация"))


def _military_administration(text: str, found: list[re.Match[str]], i: int, language: Language
                             ) -> tuple[ActorMention, int] | None:
    for forms, of_city in [(f, False) for f in _OBLAST_ADMINISTRATION] + \
            [(f, True) for f in _CITY_ADMINISTRATION]:
        span = found[i + 1:i + 1 + len(forms)]
        if len(span) < len(forms) or not _adjacent(found[i:i + 1 + len(forms)]) or any(
                form != plain(m.group()) and form not in normal_forms(m.group(), language)
                for form, m in zip(forms, span, strict=True)):
            continue
        place = administered_place(found[i].group(), of_city, language)
        if place is None:
            return None
        start, end = found[i].start(), span[-1].end()
        role = "City Military Administration" if of_city else "Military Administration"
        name = f"{place.name} {role}"
        return ActorMention(start, end, text[start:end], name, "UA", "office"), \
            i + 1 + len(forms)
    return None
