"""Ukrainian and Russian names of the gazetteer's places, for ``build_gazetteer.py``.

Writes ``src/ceasefire/lexicon/places_cyrillic.tsv``: one line per row of ``places.tsv`` that has
Cyrillic names, keyed by that row's English name, kind, country, region and GeoNames id (the
finder ``read/slavic/places.py`` joins the two files on them). Sources:

* towns and villages: GeoNames' alternate names written in the Ukrainian or Russian alphabet
  (other Cyrillic alphabets: Belarusian "ў", Serbian "ј", Kazakh "ә" … are left out, as are
  names mixing Ukrainian-only and Russian-only letters);
* regions: the hand-kept column ``cyrillic`` of ``scripts/admin1_names.tsv``;
* countries, foreign cities, seas and sites: the tables below and GeoNames.

A village whose name is an ordinary word or a person's name ("Мир", "Слава", "Дружба",
"Володимир", "Шевченко") would be found in every report that writes the word capitalised: such
names go to the column ``after_noun``, which the finder reads only after a settlement noun
("село Мир", "м. Володимир"). A name is a person's when pymorphy3's likeliest reading is a first
name, surname or patronymic (places under 100,000 people), and a common word when pymorphy3
knows it as no place name (no Geox tag) and wordfreq finds it common (places under 20,000
people). Bigger places keep every name ("Орел", "Суми", "Изюм" are the towns in a report).
"""
from __future__ import annotations

import re
from pathlib import Path

import pymorphy3
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "src" / "ceasefire" / "lexicon" / "places_cyrillic.tsv"
HEADER = ["name", "kind", "country", "admin1", "geonameid", "names", "after_noun"]
FILE_COMMENT = """\
# Ukrainian and Russian names of the places of places.tsv (same name, kind, country, admin1
# and geonameid). Built by scripts/build_gazetteer.py from GeoNames' alternate names (CC BY
# 4.0, see places.LICENSE) and scripts/admin1_names.tsv; do not edit by hand.
# names, after_noun: '|'-separated; after_noun holds names that are also ordinary words or
# persons' names, read only after a settlement noun (село Мир).
"""

# Ukrainian and Russian letters, apostrophes, hyphens, spaces (and the dash of "Осетия — Алания")
CYRILLIC_NAME = re.compile(r"^[А-Яа-яЁёЄєІіЇїҐґ'’ʼ\- —]+$")
UKRAINIAN_ONLY = re.compile(r"[ЄєІіЇїҐґ]")
RUSSIAN_ONLY = re.compile(r"[ЁёЫыЭэЪъ]")
# A person's name: below this population, the person is meant ("Володимир", "Шевченко").
ORDINARY_MAX_POPULATION = 100_000
# A common word: below this population, the word is meant ("Мир", "Слава", "Заря"); towns above
# it are named in reports more often than the word is capitalised ("Изюм", "Буча").
COMMON_MAX_POPULATION = 20_000
ORDINARY_ZIPF = 3.0  # Russian "мир" 5.4, "заря" 3.9, "лиман" 3.0, "буча" 2.4
# Ukrainian counts are high for the towns the news names ("іловайськ" 3.9, "бахмут" 3.4), so a
# Ukrainian word must be commoner to be a word: "схід" (east) 4.9, "перемога" 4.8.
UK_ORDINARY_ZIPF = 4.0
PERSON_TAGS = {"Name", "Surn", "Patr"}
SHORT_NAME = 3  # letters
RUSSIAN_LETTERS = str.maketrans({"є": "е", "э": "е", "ё": "е", "ґ": "г"})
# the Latin letters a Cyrillic initial is written with
INITIALS = {"а": "a", "б": "b", "в": "v", "г": "gh", "ґ": "g", "д": "d", "е": "ey", "є": "y",
            "ё": "y", "ж": "z", "з": "z", "и": "iy", "і": "i", "ї": "y", "й": "y", "к": "k",
            "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "k", "ц": "t", "ч": "c", "ш": "s", "щ": "s", "э": "e",
            "ю": "y", "я": "y"}
MASCULINE_ADJECTIVE = re.compile(r"(?:ий|ій|ый|ой)$")
# Towns whose name is a common word but that reports name as places all the same.
KEEP = {"Лиман", "Поділ"}  # Lyman; Podil, the part of Kyiv

# (ISO code) -> Ukrainian and Russian names of the countries the gazetteer lists.
COUNTRIES: dict[str, list[str]] = {
    "UA": ["Україна", "Украина"],
    "RU": ["Росія", "Россия", "Російська Федерація", "Российская Федерация", "РФ"],
    "BY": ["Білорусь", "Беларусь", "Белоруссия"],
    "US": ["США", "Сполучені Штати", "Соединенные Штаты", "Америка"],
    "SA": ["Саудівська Аравія", "Саудовская Аравия"],
    "TR": ["Туреччина", "Турция"],
    "AE": ["ОАЕ", "ОАЭ", "Об'єднані Арабські Емірати", "Объединенные Арабские Эмираты"],
    "QA": ["Катар"],
    "PL": ["Польща", "Польша"],
    "MD": ["Молдова", "Молдавия"],
    "GE": ["Грузія", "Грузия"],
    "KZ": ["Казахстан"],
    "CH": ["Швейцарія", "Швейцария"],
    "DE": ["Німеччина", "Германия"],
    "FR": ["Франція", "Франция"],
    "GB": ["Велика Британія", "Великобритания", "Британія", "Британия"],
    "CN": ["Китай"],
    "KP": ["КНДР", "Північна Корея", "Северная Корея"],
    "IR": ["Іран", "Иран"],
    "IL": ["Ізраїль", "Израиль"],
    "HU": ["Угорщина", "Венгрия"],
    "FI": ["Фінляндія", "Финляндия"],
    "VA": ["Ватикан"],
    "RO": ["Румунія", "Румыния"],
    "SK": ["Словаччина", "Словакия"],
    "IT": ["Італія", "Италия"],
    "AZ": ["Азербайджан"],
    "AM": ["Вірменія", "Армения"],
    "IN": ["Індія", "Индия"],
    "JP": ["Японія", "Япония"],
    "AT": ["Австрія", "Австрия"],
    "EG": ["Єгипет", "Египет"],
    "OM": ["Оман"],
}
# Hand-made areas and sites of build_gazetteer.EXTRAS, by English name.
EXTRAS: dict[str, list[str]] = {
    "Donbas": ["Донбас", "Донбасс"],
    "Black Sea": ["Чорне море", "Черное море"],
    "Sea of Azov": ["Азовське море", "Азовское море"],
    "Kerch Strait": ["Керченська протока", "Керченский пролив"],
    "Sheskharis": ["Шесхарис"],
    "Belbek": ["Бельбек"],
    "Olenya": ["Оленья"],
    "Crimean Bridge": ["Кримський міст", "Крымский мост"],
    "Zaporizhzhia Nuclear Power Plant": ["Запорізька АЕС", "Запорожская АЭС", "ЗАЕС", "ЗАЭС"],
    # the GUIDE names talks at the White House "Washington"
    "Washington": ["Білий дім", "Белый дом"],
    "Snake Island": ["Зміїний", "Змеиный", "острів Зміїний", "остров Змеиный"],
}

# the noun of a region's name: no settlement's name has it (the reader's loader drops such names
# too, ``ceasefire.read.slavic.gazetteer.REGION_NAME``, for the file built before this rule)
REGION_NAME = re.compile(r"(?:^|\s)(?:область|край)$", re.IGNORECASE)

_MORPH: dict[str, pymorphy3.MorphAnalyzer] = {}


def morph(language: str) -> pymorphy3.MorphAnalyzer:
    if language not in _MORPH:
        _MORPH[language] = pymorphy3.MorphAnalyzer(lang=language)
    return _MORPH[language]


def cyrillic_names(alternatenames: list[str]) -> list[str]:
    """The alternate names written in the Ukrainian or Russian alphabet, one per spelling."""
    out: dict[str, str] = {}
    for name in alternatenames:
        name = " ".join(name.split())
        if len(name) < 3 or not CYRILLIC_NAME.match(name) or name.isupper():
            continue
        if UKRAINIAN_ONLY.search(name) and RUSSIAN_ONLY.search(name):
            continue
        out.setdefault(name.lower().replace("ё", "е"), name)
    return sorted(out.values())


def russian_reading(word: str, population: int,
                    common_below: int = COMMON_MAX_POPULATION) -> str | None:
    """How Russian text reads ``word`` beside a place of this size: "place", "person" (a first
    name or surname, under 100,000 people), "word" (a common word, under 20,000 people), or
    None where Russian pymorphy3 does not know it."""
    low = word.lower()
    ru = morph("ru")
    if not ru.word_is_known(low):
        # "Побєда", "Побэда" are the word "победа" to the finder, which folds є, э and е
        # together (not a surname: "Докучаєве" is a village, not Докучаев's case)
        russian = low.translate(RUSSIAN_LETTERS)
        if russian != low and russian_reading(russian, population, common_below) == "word":
            return "word"
        return None
    parses = ru.parse(low)
    if any("Geox" in p.tag.grammemes for p in parses):
        return "place"
    top = parses[0]
    if PERSON_TAGS & top.tag.grammemes and top.score >= 0.5:
        return "person" if population < ORDINARY_MAX_POPULATION else "place"
    if population < common_below and zipf_frequency(low, "ru") >= ORDINARY_ZIPF:
        return "word"
    return "place"


def ukrainian_reading(word: str, population: int,
                      common_below: int = COMMON_MAX_POPULATION) -> str | None:
    """How Ukrainian text reads a word Russian does not know: "person" (a first name, under
    100,000 people), "word" (a very common word, under 20,000 people), else "place"; None
    where Ukrainian pymorphy3 does not know it either."""
    uk = morph("uk")
    low = word.lower()
    if not uk.word_is_known(low):
        return None
    if "Name" in uk.parse(low)[0].tag.grammemes and population < ORDINARY_MAX_POPULATION:
        return "person"
    if population < common_below and zipf_frequency(low, "uk") >= UK_ORDINARY_ZIPF:
        return "word"
    return "place"


def same_initial(cyrillic: str, latin: str) -> bool:
    """True if the names begin with the same sound ("Уфа", "Ufa"; not "Тор", "Sloviansk")."""
    return latin[:1].lower() in INITIALS.get(cyrillic[:1].lower(), "")


def split_names(names: list[str], population: int, kind: str = "city",
                english: str = "") -> tuple[list[str], list[str]]:
    """(names read anywhere, names read only after a settlement noun).

    A name that is a masculine adjective ("Київський", a section of Kharkiv; "Первомайский")
    is read only after a noun: reports write such adjectives capitalised before other nouns
    ("Київський університет", "Київська МВА"), and a district is found by its noun
    ("Київський район"). Otherwise only one-word names can be ordinary ("Нова Одеса",
    "Гуляй-Поле" are places). Russian pymorphy3 tags place names (Geox) and decides for the
    words it knows; Ukrainian pymorphy3 does not, and Ukrainian word counts are high for every
    town the news names ("Іловайськ"), so a Ukrainian spelling is ordinary when it is a first
    name, a very common word ("Схід"), or when the place's Russian name is a common word
    (Перемога / Победа)."""
    if kind != "region":  # GeoNames gives Voronezh (the city) "Воронежская область" too
        names = [n for n in names if not REGION_NAME.search(n)]
    single = [n for n in names if " " not in n and "-" not in n and n not in KEEP]
    # a part of a city ("Схід") is named in reports far less often than its people number
    common_below = COMMON_MAX_POPULATION if kind != "district" else 10 ** 9
    readings = {n: russian_reading(n, population, common_below) for n in single}
    common = "word" in readings.values()
    for n, r in readings.items():
        if r is None:
            readings[n] = "word" if common else ukrainian_reading(n, population, common_below)
    after_noun = {n for n, r in readings.items() if r in ("person", "word")}
    # "Тор" (an old name of Sloviansk) is a missile system, "Іза" a first name: names this
    # short are too often something else, unless they are a big place's own name ("Уфа")
    after_noun |= {n for n in single if len(n) <= SHORT_NAME and not (
        population >= ORDINARY_MAX_POPULATION and same_initial(n, english))}
    if kind == "district" or population < ORDINARY_MAX_POPULATION:
        after_noun |= {n for n in single if MASCULINE_ADJECTIVE.search(n)}
    return [n for n in names if n not in after_noun], [n for n in names if n in after_noun]


def write(rows: list[list[str]]) -> int:
    """Write the table; ``rows`` as HEADER. Returns the number of rows written."""
    rows = [r for r in rows if r[5] or r[6]]
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(FILE_COMMENT)
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            assert len(r) == len(HEADER) and not any("\t" in x or "\n" in x for x in r), r
            f.write("\t".join(r) + "\n")
    return len(rows)
