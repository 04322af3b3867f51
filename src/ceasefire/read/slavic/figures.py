"""Figures of a Ukrainian or Russian sentence: a number, what it counts, and what happened to it.

"атакував 54 ударними БпЛА" → launched 54 drones; "збито/подавлено 33" → intercepted 33 (the
weapon of the figure before); "загинула одна людина, сім - постраждали" → killed 1, injured 7;
"Поранення отримав чоловік" → injured 1 (a person named in the singular is one); "балістичною
ракетою «Іскандер-М»" after "атакувала" → launched 1 ballistic missile.

The counted noun follows the number, after its adjectives ("140 беспилотных летательных
аппаратов самолетного типа"); the metric is the nearest cue word of the sentence (a verb,
participle or noun of ``metrics.tsv``), read in any case through ``words.normal_forms``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ceasefire.read.slavic.lexicon import kind_map, lookup, rows, word_map
from ceasefire.read.slavic.numbers import NumberMention, find_numbers, tens
from ceasefire.read.slavic.words import (
    WORD,
    Language,
    is_singular,
    normal_forms,
    parses,
    part_of_speech,
    parts_of_speech,
    plain,
)

CASUALTIES = ("killed", "injured")
# How many words may stand between a number and its noun ("54 ударними БпЛА", "218
# беспилотных летательных аппаратов") and between a figure and its metric's cue word.
_NOUN_REACH = 7
_CUE_REACH = 12
# A number followed by these counts no weapon or person: years, times, places, areas, ages.
_NOT_A_COUNT = re.compile(
    r"\s*(?:рок\w*|год\w*|р\.|г\.|час\w*|годин\w*|хвилин\w*|минут\w*|доб\w*|сут\w*|дн\w*|"
    r"день|тиж\w*|недел\w*|місяц\w*|месяц\w*|локаці(?:я|ї|й|ях|ям|ями|ю)\b|місц\w*|мест\w*|район\w*|област\w*|"
    r"регіон\w*|регион\w*|населен\w*|кв\.?\s?м|квадрат\w*|км|кілометр\w*|километр\w*|метр\w*|"
    r"ранку|ранок|утра|вечора|вечера|ночі|ночи|%|відсот\w*|процент\w*|тонн\w*|гектар\w*|мм|кг|рубл\w*|гривень|гривн\w*|доллар\w*|"
    r"долар\w*|євро|евро|сторін|стран\w*|країн\w*|будин\w*|дом\w*|об'єкт\w*|объект\w*|"
    r"квартир\w*|громад\w*|точ\w*|напрям\w*|направлен\w*|раз\b|разів|раза)",
    re.IGNORECASE)
# Parts of a figure counted before: "з них 80 — «Шахеди»", "в том числе три — в Тверской
# области" (a breakdown by place is a figure; by type within a class it is not, GUIDE).
_PART_OF = re.compile(r"(?:з|із|из)\s+(?:них|яких|которых)|в\s+тому\s+числі|в\s+том\s+числе|"
                      r"серед\s+(?:них|яких|загиблих|поранених|травмованих|постраждалих|госпіталізованих|"
                      r"шпиталізованих)|среди\s+(?:них|которых|погибших|раненых|пострадавших|"
                      r"травмированных|госпитализированных)|(?:зокрема|в\s+частности)(?!\s*,)|у\s+тому\s+числі",
                      re.IGNORECASE)
# Totals over a period, not one attack (GUIDE): "з початку року", "протягом жовтня", "за
# місяць", "с начала СВО", "с начала боевых действий".
_PERIOD = re.compile(
    r"(?:з|від|с|со)\s+початку|с\s+начала|протягом\s+(?:\w+\s+)?(?:місяц|тижн|року|січн|лют|"
    r"берез|квіт|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)|в\s+течение\s+(?:\w+\s+)?"
    r"(?:месяц|недел|года|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр)|за\s+(?:минул\w+\s+|прошедш\w+\s+|последн\w+\s+|останн\w+\s+|цей\s+|цю\s+|этот\s+|"
    r"эту\s+|поточн\w+\s+|текущ\w+\s+)?(?:місяць|тиждень|рік|"
    r"месяц|неделю|год(?!\w)|\d+\s+(?:дн|доб|днів|сут))|з\s+\d+\s+(?:січня|лютого|березня)|"
    r"за\s+(?:весь\s+|увесь\s+|минулий\s+|прошлый\s+)?(?:січень|лютий|березень|квітень|травень|"
    r"червень|липень|серпень|вересень|жовтень|листопад|грудень|январь|февраль|март|апрель|май|"
    r"июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\b|"
    r"від\s+початку|загалом\s+(?:з|від|за)\s|всего\s+с\s|всього\s+з\s", re.IGNORECASE)
# A correction's figure taken back: "у першій версії матеріалу ми помилково написали, що збито 30",
# "в предыдущей версии материала ошибочно указано"
_RETRACTED = re.compile(r"\b(?:у|в)\s+(?:першій|попередній|початковій|первой|предыдущей|"
                        r"первоначальной)\s+(?:верс\w+|редакц\w+)|\b(?:ми|мы)\s+(?:помилково\s+|"
                        r"ошибочно\s+)?(?:написали|повідомили|сообщили|указали|вказали)\b",
                        re.IGNORECASE)
# Figures only forecast or threatened: "може запустити до 1000 дронів", "планирует".
_FORECAST = re.compile(r"\b(?:мож\w+|можу\w+|здатн\w+|планує|планують|готу\w+|може|могут|"
                       r"может|способн\w+|планирует|планируют|готовит\w*|прогноз\w*|"
                       r"змож\w+|смож\w+)\b",
                       re.IGNORECASE)
_BARE_ITEM = re.compile(r"^\s*[-–—•]")  # "- штурмовик Су-25": a list's line
_CLOSED_BRACKETS = re.compile(r"\([^()]*\)")
# "віком 54 та 67 років", "в возрасте 45 лет": ages
_AGE = re.compile(r"\b(?:віком|віку|возрастом|возрасте|вік|возраст)\s+(?:від\s+|от\s+)?$",
                  re.IGNORECASE)
_AGES_AFTER = re.compile(r"\s*(?:та|і|и|й|,|-|–)\s*\d+\s*(?:рок|год|лет)", re.IGNORECASE)
ALL_WORDS = re.compile(r"\b(?:усі|всі|все|всех|всіх|всі)\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:на|в|у|о|об|при)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s*(?:з|із|из)\s+(?:них|яких|которых)\b", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s*(?:з|із|зі|из)\s+(?!них\b|яких\b|которых\b)", re.IGNORECASE)
_COORDINATED = re.compile(r"[\s,]*(?:і|й|та|и|а\s+також|а\s+также|а)?[\s,]*(?:ще|еще)?\s*",
                          re.IGNORECASE)
# "в том числе три — в Тверской области": a part located by a place is a figure of its own
_PLACE_AFTER = re.compile(r"[\s,–—-]*(?:[^\W\d_]+\s+){0,2}?(?:над|в|у|на|по)\s+"
                          r"(?:[^\W\d_]+\s+)?[А-ЯІЇЄҐA-Z]")
# "з яких 58 – вогневими засобами, інші – РЕБ": a part told by the means that downed
# it (GUIDE: those shot down and those lost to electronic warfare are quantities of their own
# beside their total)
_MEANS_AFTER = re.compile(r"[\s,–—-]*(?:[^\W\d_]+\s+){0,2}?(?:вогнев|огнев|засоб\w*\s+(?:РЕБ|РЭБ)|"
                          r"средств\w*\s+РЭБ|РЕБ|РЭБ|локаційн|локационн|мобільн|мобильн)",
                          re.IGNORECASE)
# "из них над Тульской областью — 9": the place before the part's dash
_PLACE_BEFORE = re.compile(r"\b(?:над|в|у|на|по)\s+[А-ЯІЇЄҐ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}"
                           r"\s*[—–-]\s*$")
_ADJECTIVES = frozenset({"ADJF", "PRTF", "ADJS", "PRTS", "NUMR"})
# a list's marks: dashes, bullets and the small squares and diamonds of Telegram posts ("▪️")
BULLETS = "\\-–—•*▪▫◾◽🔹🔸\ufe0f"
# the start of a line that goes on from the line before: "21 – над …", "- 15 …", "По два …"
_LIST_LINE = re.compile(rf"^[\s{BULLETS}]*(?:(?:по|ще|еще|и|і|та|ещё)\s+)?$", re.IGNORECASE)
_LIST_TOTAL = re.compile(r"^\W*(?:загалом|усього|всього|разом|всего|итого|в\s+сумме)\s*[—–:-]\s*$",
                         re.IGNORECASE)
_ELIDED_TAIL = re.compile(r"\s*(?:[–—:-]|(?:над|в|у|на|по)\b)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s[-/]\s")  # "запущено 6 / збито 5": two cells
_DISTRIBUTIVE = re.compile(r"\bпо\s*$", re.IGNORECASE)  # "по одному над …": one over each


@dataclass
class Figure:
    metric: str
    weapon: str | None  # None for killed/injured
    value: float | None
    qualifier: str
    start: int  # offsets into the sentence
    end: int
    each: bool = False  # "по два БПЛА — над X и Y": the value over each place named after it
    part: bool = False  # a part of a figure before ("в том числе три — в Тверской области")
    by_name: bool = False  # no number: a weapon or person named in the singular is one
    places_each: int = 1  # with ``each``: how many places it is said of (one figure each)
    but: float | None = None  # "всі, крім однієї, крилаті ракети": all of the class launched
    # (told before, in another sentence) but this many; the report resolves ``value``
    whole: bool = False  # "З 87 дронів 61 збили": the whole of the parts after it, launched
    # unless the report told the value before with another metric (its own then)


@dataclass(frozen=True)
class _Noun:
    category: str | None  # a weapon class, "person", or None (no noun: elided)
    end: int  # where the noun phrase ends in the sentence
    subtype: bool = False  # a model within a class ("80 — «Шахеди»")


def find_figures(sentence: str, language: Language, *, weapon_before: str | None = None,
                 metric_before: str | None = None) -> list[Figure]:
    """The figures of ``sentence``. ``weapon_before``/``metric_before``: the class and metric
    of the figure before it in the report, for elided ones ("22 локально втрачено")."""
    if _PERIOD.search(sentence) or _RETRACTED.search(sentence):
        return []
    figures: list[Figure] = []
    cues = cues_of(sentence, language)
    numbers = find_numbers(sentence, language)
    pairs = list(zip(numbers, numbers[1:], strict=False))
    wholes = {b.start for a, b in pairs if _OF_A_NUMBER.fullmatch(sentence, a.end, b.start)}
    # "от 20 до 25 беспилотников", "20–25 дронів": a range, its lower bound at least (GUIDE)
    # (a range rises: "142 — 12 ракет и 130 дронов" is a total and its breakdown)
    highs = {b.start: a for a, b in pairs if _RANGE.fullmatch(sentence, a.end, b.start) and
             (a.value or 0) < (b.value or 0) and
             (sentence[a.end:b.start].strip() != "до" or _RANGE_FROM.search(sentence[:a.start]))}
    lows = {low.start for low in highs.values()}
    for i, number in enumerate(numbers):
        if number.start in wholes or number.start in lows:
            continue  # read with the number after it
        if _INSTEAD_OF.search(sentence, max(0, number.start - 12), number.start):
            continue  # "восемь, а не шесть": the figure corrected, see ``corrected``
        if _refers_back(sentence, number, figures):
            continue
        if number.start in highs:
            low = highs[number.start]
            figure = _figure(sentence, language, number, cues, figures, weapon_before,
                             metric_before)
            if figure is not None:
                figures.append(Figure(figure.metric, figure.weapon, low.value, "at_least",
                                      low.start, figure.end))
            continue
        if i + 1 < len(numbers) and numbers[i + 1].start in wholes:
            figures += _part_of_whole(sentence, language, number, numbers[i + 1], cues, figures,
                                      weapon_before, metric_before)
            continue
        figure = _figure(sentence, language, number, cues, figures, weapon_before, metric_before)
        if figure is not None:
            figures.append(figure)
    figures = _whole_opening(sentence, figures)
    figures = _all_but(sentence, figures, cues, language, weapon_before,
                       None if cues else metric_before)
    figures = _respectively(sentence, figures)
    every = [_but_after(sentence, language, f) for f in _every_one(sentence, language, cues)]
    figures = [f for f in figures if not any(e.but and e.start <= f.start < e.end
                                             for e in every)] + every  # N is no figure
    figures += _singular_ones(sentence, language, cues, figures)
    if not figures and metric_before and _BARE_ITEM.match(sentence) and \
            not find_numbers(sentence, language):
        figures += _listed_one(sentence, language, metric_before)
    return figures


def retracted(sentence: str) -> bool:
    """Does the sentence tell a figure the outlet took back ("У першій версії матеріалу ми
    вказали …")?"""
    return bool(_RETRACTED.search(sentence))


def _refers_back(sentence: str, number: NumberMention, earlier: list[Figure]) -> bool:
    """ "травмовано двох охоронців, обоє в реанімації": "both" after a figure of two in the
    sentence is the same two, no figure of its own ("збито обидві ракети" alone still is)."""
    return sentence[number.start:number.end].lower() in _BOTH and \
        any(f.value == 2 for f in earlier)


_BOTH = frozenset({"обоє", "обидва", "обидві", "обох", "обом", "оба", "обе", "обоих", "обеих"})


def _whole_opening(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "З 87 дронів 61 збили, ще 19 …", "Из 40 беспилотников 35 сбиты": a clause opened by
    "з/из" and a number names the whole, whose parts follow: launched, unless the report told
    it before (``Figure.whole``)."""
    if len(figures) < 2:
        return figures
    whole, rest = figures[0], figures[1:]
    if not _OPENING_OF.search(sentence, 0, whole.start) or whole.value is None or \
            whole.weapon is None or \
            not any(f.weapon == whole.weapon and f.value and f.value < whole.value for f in rest):
        return figures
    return [replace(whole, metric="launched", whole=True), *rest]


_OPENING_OF = re.compile(r"(?:^|[,;:—–(])\s*(?:із|з|зі|из)\s+$", re.IGNORECASE)


# "сбиты девять беспилотников, а не семь, как сообщалось ранее": the number after "а не" was
# the figure before it, as told earlier
_INSTEAD_OF = re.compile(r"[,\s]\s*а\s+не\s+$", re.IGNORECASE)


def corrected(sentence: str, language: Language, figures: list[Figure]
              ) -> list[tuple[str, str | None, float]]:
    """The (metric, weapon, value) a correction takes back: "восемь, а не шесть" → the eight's
    metric and weapon with six."""
    out = []
    for number in find_numbers(sentence, language):
        before = [f for f in figures if f.end <= number.start]
        if before and number.value and \
                _INSTEAD_OF.search(sentence, max(0, number.start - 12), number.start):
            out.append((before[-1].metric, before[-1].weapon, number.value))
    return out


# "96 дронів, з яких 81 …", "70 беспилотниках, из которых 64 …", "11 беспилотниками, девять
# из них …": a whole its part follows
_WHOLE_OF_A_PART = re.compile(r"\s*,\s*(?:(?:з|із|из)\s+(?:яких|которых)|(?:[\w'’]+\s+){1,3}?"
                              r"(?:з|із|из)\s+(?:них|яких|которых))\b", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:[-–—]|до)\s*")
_RANGE_FROM = re.compile(r"\b(?:от|від|з)\s+$", re.IGNORECASE)
# "п'ять із шести крилатих ракет", "40 из 52 беспилотников": a part of a whole counted after it
_OF_A_NUMBER = re.compile(r"\s+(?:з|із|зі|из)\s+", re.IGNORECASE)


def _part_of_whole(sentence: str, language: Language, part: NumberMention,
                   whole: NumberMention, cues: list[tuple[int, str]], earlier: list[Figure],
                   weapon_before: str | None, metric_before: str | None) -> list[Figure]:
    """ "Збито п'ять із шести крилатих ракет": the part has the sentence's metric, the whole
    was launched (as "N of M" in English; GUIDE)."""
    read = _figure(sentence, language, whole, cues, earlier, weapon_before, metric_before)
    if read is None or read.metric in CASUALTIES:
        return []
    out = [Figure(read.metric, read.weapon, part.value,
                  _qualifier(sentence[:part.start], language), part.start, read.end)]
    if read.metric != "launched":
        out.append(Figure("launched", read.weapon, whole.value, "exact", whole.start, read.end))
    return out


_TOTAL_ROW = re.compile(r"\W*(?:усього|всього|разом|загалом|всего|итого|итог|в\s+сумме)\b",
                        re.IGNORECASE)

# a line's label before a dash and what follows it ("▪️ крилаті ракети — 14 / 12")
LABEL_DASH = re.compile(r"^(.{2,80}?)\s+[—–]\s+(.+?)[\s;.]*$")


def row_weapon(label: str, language: Language) -> str | None:
    """The class a row's first cell names ("Балістичні ракети", "Крилаті ракети «Калібр»": the
    finest), None on a row of totals, "" where it names none or several."""
    if _TOTAL_ROW.match(label):
        return None
    noun = _counted_noun(label, 0, language).category
    named = weapons_named(label, language)
    classes = [w for w in [noun, *named] if w and w not in ("missile", "person", "other",
                                                          "generic")] or named
    return classes[0] if len(set(classes)) == 1 else ""


def weapons_named(sentence: str, language: Language) -> list[str]:
    """The weapon classes a sentence names, counted or not ("дрон влучив у будинок")."""
    found = []
    for m in WORD.finditer(sentence):
        category = _named_at(sentence, m, language)
        if category and category != "person" and category not in found:
            found.append(category)
    return found


def _every_one(sentence: str, language: Language, cues: list[tuple[int, str]]) -> list[Figure]:
    """ "збито … усі крилаті ракети": every one of a class, no number (GUIDE: qualifier all)."""
    out = []
    for m in ALL_WORDS.finditer(sentence):
        noun = _counted_noun(sentence, m.end(), language)
        if noun.category in (None, "other", "person", "generic"):
            continue
        metric = _nearest_cue(cues, m.start(), noun.end, casualty=False, sentence=sentence)
        if metric == "intercepted":
            out.append(Figure(metric, noun.category, None, "all", m.start(), noun.end))
    return out


def _but_after(sentence: str, language: Language, every: Figure) -> Figure:
    """ "збито всі крилаті ракети, крім однієї", "сбиты все крылатые ракеты, кроме двух": every
    one of the class but N, which the report resolves against the launched count told before
    (as "всі, крім однієї, крилаті ракети")."""
    m = _BUT_AFTER.match(sentence, every.end)
    n = next((x for x in find_numbers(sentence, language) if m and x.start == m.end()), None)
    if n is None or not n.value:
        return every
    return replace(every, qualifier="exact", end=n.end, but=n.value)


_BUT_AFTER = re.compile(r"\s*,?\s*(?:крім|окрім|кроме)\s+", re.IGNORECASE)


def _listed_one(sentence: str, language: Language, metric: str) -> list[Figure]:
    """ "- вертоліт Ка-52" under "ЗНИЩЕНО:": a line of a list naming one weapon is one."""
    for m in WORD.finditer(sentence):
        category = _named_at(sentence, m, language)
        if category == "person":
            return []
        if category:
            return [Figure(metric, category, 1.0, "exact", m.start(), m.end(), by_name=True)]
    return []


def _figure(sentence: str, language: Language, number: NumberMention,
            cues: list[tuple[int, str]], earlier: list[Figure], weapon_before: str | None,
            metric_before: str | None) -> Figure | None:
    after = sentence[number.end:]
    if _NOT_A_COUNT.match(after) or _FORECAST.search(sentence[:number.start]) or \
            _month_follows(after, language) or _AGE.search(sentence[:number.start]) or \
            _AGES_AFTER.match(after):
        return None
    if _PARTITIVE.match(after):
        return None  # "одну з наймасованіших атак": one of many, no count
    of_them = bool(_PART_AFTER.match(after))  # "120 з них": of the figure before
    noun = _Noun(None, number.end) if of_them else _counted_noun(sentence, number.end, language)
    if noun.category == "other":
        return None
    if noun.category is None and _AFTER_PREPOSITION.search(sentence[:number.start]):
        return None  # "падіння уламків – ще на семи [локаціях]": the noun left out is no weapon
    metric = _metric_for(noun, number, cues, sentence)
    if noun.category not in (None, "person") and _WHOLE_OF_A_PART.match(sentence, noun.end) and \
            all(m == "launched" for at, m in cues if at < number.start):
        metric = "launched"  # "про 70 дронів, з яких 55 збито": the whole, launched
    # "з них" inside a closed bracket before the number is no part of what follows it
    part = bool(_PART_OF.search(_CLOSED_BRACKETS.sub(" ", sentence[:number.start])))
    # another metric than the whole's (the last figure not itself a part): "выпустили 12 ракет
    # и 90 дронов; из них уничтожены 9 ракет и 81 дрон"
    wholes = [f for f in earlier if not f.part]
    of_another_metric = bool(wholes) and metric not in (None, wholes[-1].metric)
    if part and not _RESPECTIVELY.search(sentence) and (
            noun.subtype and not _splits_missiles(noun, earlier) or
            not (noun.subtype or _PLACE_AFTER.match(sentence, noun.end) or of_another_metric
                 or _PLACE_BEFORE.search(sentence, max(0, number.start - 60), number.start)
                 or _MEANS_AFTER.match(sentence, noun.end))):
        return None  # "з них 80 — «Шахеди»": a type within the class; places break it down,
        # and so does another metric ("запустили 97 дронів, з них 74 вдалося знешкодити") or a
        # class ("29 ракет, з них 3 «Іскандери»": ballistic within missiles)
    coordinated = earlier and _COORDINATED.fullmatch(sentence[earlier[-1].end:number.start])
    own_cue = any(number.start <= at <= noun.end + 20 for at, _ in cues)
    if (coordinated and not own_cue) or (metric is None and earlier):
        metric = earlier[-1].metric  # "две бомбы и четыре снаряда": the verb of both
    if not (_continues_a_list(sentence[:number.start], after) or
            _a_place_s_share(sentence, number)):
        metric_before = None  # only a list's line goes on from the line before
    if metric is None and noun.category not in (None, "person"):
        metric = metric_before  # "ЗНИЩЕНО:" then "- 15 крилатих ракет"
    if noun.category == "person":
        if metric not in CASUALTIES or part or \
                _breaks_down(sentence, number.start, earlier):
            return None  # "серед них дитина", "троє людей – двоє чоловіків": the toll's parts
        weapon = None
    elif noun.category is None:  # elided: the class and metric of the figure before
        metric = metric or (earlier[-1].metric if earlier else metric_before)
        if metric in CASUALTIES:
            weapon = None
        elif _CLASSES_AFTER.match(after):
            weapon, noun = None, _Noun("generic", noun.end)  # "142 — 12 ракет и 130 дронов"
        else:
            labelled = _label_weapon(sentence, number.start, language)
            topic = None if labelled else _topic_weapon(sentence[:number.start], language)
            if labelled:
                weapon = labelled  # "крилаті ракети — запущено 8 / збито 7"
            elif topic is not None and not (earlier and earlier[-1].start > topic[0]):
                weapon = topic[1]  # "З ударних БпЛА 52 збито", "По дронах: 120 збили"
            else:
                weapon = earlier[-1].weapon if earlier else weapon_before
            if weapon is None:
                return None
    else:
        weapon = None if noun.category == "generic" else noun.category
    # "214 засобів повітряного нападу": a total over every class, its weapon null
    over_every_class = noun.category == "generic" and metric not in CASUALTIES
    if metric is None or (metric in CASUALTIES) != (weapon is None) and not over_every_class \
            or (of_them and metric in CASUALTIES):  # "Двоє з них …": a part of the toll
        return None
    qualifier = _qualifier(sentence[:number.start], language)
    if qualifier == "exact" and number.in_words and tens(sentence[number.start:number.end]):
        qualifier = "approx"  # "десяток дронів", "два десятки": about ten, twenty
    return Figure(metric, weapon, number.value, qualifier,
                  number.start, max(number.end, noun.end),
                  each=bool(_DISTRIBUTIVE.search(sentence[:number.start])), part=part)


# a dash and counted classes after a bare number: the number is their total over classes
_CLASSES_AFTER = re.compile(r"\s*[—–]\s*\d[\d\s]*\s+[^\W\d_]+\s+(?:и|і|й|та)\s+\d")


def _respectively(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "138 дронів і 7 ракет, з яких збито 112 і 4 відповідно": the figures after "з яких"
    take, in order, the classes of those before it, which were launched."""
    respectively = _RESPECTIVELY.search(sentence)
    split = _OF_WHICH.search(sentence)
    if not respectively or not split:
        return figures
    wholes = [f for f in figures if f.end <= split.start()]
    parts = [f for f in figures if split.end() <= f.start < respectively.start()]
    if len(parts) < 2 or len(parts) != len(wholes) or any(w.weapon is None for w in wholes):
        return figures
    classes = {id(p): w.weapon for p, w in zip(parts, wholes, strict=True)}
    return [Figure("launched", f.weapon, f.value, f.qualifier, f.start, f.end) if f in wholes
            else Figure(f.metric, classes[id(f)], f.value, f.qualifier, f.start, f.end)
            if id(f) in classes else f for f in figures]


_RESPECTIVELY = re.compile(r"\b(?:відповідно|соответственно)\b", re.IGNORECASE)
_OF_WHICH = re.compile(r"\b(?:з|із|из)\s+(?:яких|которых|них)\b", re.IGNORECASE)


def _all_but(sentence: str, figures: list[Figure], cues: list[tuple[int, str]],
             language: Language, weapon_before: str | None = None,
             metric_before: str | None = None) -> list[Figure]:
    """ "із сімдесяти двох дронів вдалося збити всі, крім дев'яти": of a whole after "із", every
    one but N had the cue's metric (63 intercepted), the whole was launched; N is no figure.
    With no whole in the sentence ("Знешкоджено всі, крім однієї, крилаті ракети"), a figure
    of the class named after N whose ``but`` the report resolves against the launched count;
    with no class after N, the class the clause is about ("З балістики — усі, крім трьох") or
    the one of the figure before ("запустили 131 дрон. … знешкодили всі, крім 19"). With no
    verb at all ("— З балістики — всі, крім двох" after "— Скільки збили?"), ``metric_before``: an
    interview's question gives its answer's metric."""
    m = ALL_BUT_WORDS.search(sentence)
    if m is None:
        return figures
    n = next((x for x in find_numbers(sentence, language) if x.start == m.end()), None)
    if n is None or not n.value:
        return figures
    metric = _nearest_cue(cues, m.start(), m.end(), casualty=False, sentence=sentence) or \
        metric_before
    figures = [f for f in figures if not m.start() <= f.start < n.end + 2]  # N is no figure
    if metric in (None, "launched"):
        return figures
    whole = next((f for f in figures if f.end <= m.start() and f.value and
                  _OF_BEFORE.search(sentence, max(0, f.start - 6), f.start)), None)
    if whole is None:
        noun = _counted_noun(sentence, n.end + len(sentence[n.end:]) -
                             len(sentence[n.end:].lstrip(" ,")), language)
        weapon = noun.category if noun.category not in (None, "person", "other", "generic") \
            else _elided_class(sentence[:m.start()], language, weapon_before)
        if weapon is None:
            return figures
        return figures + [Figure(metric, weapon, None, "exact", m.start(), max(noun.end, n.end),
                                 but=n.value)]
    if n.value >= (whole.value or 0):
        return figures
    part = Figure(metric, whole.weapon, (whole.value or 0) - n.value, "exact", m.start(), n.end)
    return [Figure("launched", whole.weapon, whole.value, whole.qualifier, whole.start, whole.end)
            if f is whole else f for f in figures] + [part]


def _elided_class(before: str, language: Language, weapon_before: str | None) -> str | None:
    """The class of an "all but N" with no noun of its own: the topic named before it in the
    sentence, else the class of the report's figure before (a weapon's class, not "generic")."""
    topic = _topic_weapon(before, language)
    if topic is not None:
        return topic[1]
    return weapon_before if weapon_before not in (None, "person", "other", "generic") else None


# ", крім однієї," inside a clause: no break of it
_EXCEPT_PHRASE = re.compile(r",\s*(?:крім|окрім|кроме)\s+[^,]{1,30},", re.IGNORECASE)
ALL_BUT_WORDS = re.compile(r"\b(?:усі|всі|все|всех)\s*,?\s*(?:крім|окрім|кроме)\s+",
                            re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?:^|\s)(?:із|з|зі|из)\s+$", re.IGNORECASE)


def _splits_missiles(noun: _Noun, earlier: list[Figure]) -> bool:
    """Does a model of a missile class break down missiles counted before without a class
    ("31 ракета, з них 4 «Іскандери» та 27 Х-101")? A class of its own then (GUIDE)."""
    wholes = [f for f in earlier if not f.part]
    return bool(wholes) and wholes[-1].weapon == "missile" and noun.category is not None and \
        noun.category.endswith("_missile")


def _label_weapon(sentence: str, at: int, language: Language) -> str | None:
    """The finest class a line's label names before a dash, for the figures after it with no
    noun of their own ("балістичні ракети «Іскандер-М» — запущено 5 / збито 2")."""
    label = LABEL_DASH.match(sentence)
    if label is None or at < label.end(1) or len(label.group(1).split()) > _LABEL_WORDS:
        return None
    return row_weapon(label.group(1), language) or None


_LABEL_WORDS = 10
_TOPIC_PREPOSITION = frozenset({"з", "із", "зі", "из", "по", "серед", "среди"})
_UNIT = re.compile(r"(?:одиниц|единиц|штук)\w*", re.IGNORECASE)


def _topic_weapon(before: str, language: Language) -> tuple[int, str] | None:
    """The weapon a clause is about, named before its figures with a preposition: "З ударних
    БпЛА 52 збито" (of the attack drones, 52 …), "По дронах: 120 збили", "Из беспилотников 40
    сбиты". (offset, class) of the last such noun, or None."""
    words = list(WORD.finditer(before))
    found = None
    for i, m in enumerate(words):
        category = _noun_class(m.group(), language)
        if category in (None, "person", "other", "generic"):
            continue
        if any(w.group().lower() in _TOPIC_PREPOSITION for w in words[max(0, i - 3):i]) or \
                before[m.end():].lstrip().startswith(":") or \
                _fronted(before, m, len(words) - i - 1, language):  # "ударні дрони: 147 одиниць"
            found = (m.start(), category)
        else:
            found = None  # a weapon named after the topic is the clause's own
    return found


def _fronted(before: str, noun: re.Match[str], words_after: int, language: Language) -> bool:
    """ "Дронів збито 340", "Ракет сбито 12": the counted noun in the genitive plural opens the
    clause, a word or two (the verb) before its number, as the word order of both languages
    allows."""
    opens = not before[:noun.start()].strip() or \
        before[:noun.start()].rstrip()[-1] in _CLAUSE_MARKS
    return opens and 1 <= words_after <= 2 and any(
        {"gent", "plur"} <= set(str(p.tag).replace(" ", ",").split(","))
        for p in parses(noun.group(), language)[:3])


_CLAUSE_MARKS = frozenset(".,;:—–-!?")


def _counted_noun(sentence: str, at: int, language: Language) -> _Noun:
    """What the number ending at ``at`` counts: the first noun after it, over adjectives."""
    modifier = None
    after_participle = in_phrase = False
    for i, m in enumerate(WORD.finditer(sentence, at)):
        gap = sentence[at:m.start()]
        if i >= _NOUN_REACH or (re.search(r"[,.;:–—()|/-]", gap) and
                                not (gap.strip() == "." and m.group()[:1].islower())):
            break  # "2 – над Орловской областью": the noun is left out ("аеробал. ракет" is not)
        word = m.group()
        if i == 0 and _UNIT.fullmatch(word):
            return _Noun(None, m.end())  # "147 одиниць": the weapon named before the number
        model = _model(sentence, m.start(), language)
        if model:
            return _Noun(model, m.end(), subtype=True)
        forms = normal_forms(word, language)
        category = _noun_class(word, language)
        if category == "generic" and i > 0:
            return _Noun(None, at)  # "два подавлены средствами РЭБ": the means, not the noun
        if category is not None:
            if category == "missile" and modifier:
                category = modifier
            elif category == "missile":
                category = _model_after(sentence, m.end(), language) or category
            return _Noun(category, _same_class_next(sentence, m.end(), category, language),
                         subtype=_is_subtype(word, language))
        mod = lookup(forms, _modifiers(language))
        if mod:  # the first: "балістичні/зенітні ракети" are ballistic
            modifier = modifier or mod
            at = m.end()
            continue
        pos = part_of_speech(word, language)
        if pos == "NOUN" and after_participle and _instrumental(word, language):
            at = m.end()
            continue  # "выпущенные украинскими войсками бомбы": the agent of a participle
        if pos == "PREP" and after_participle and not in_phrase:
            in_phrase = True  # "94 уничтоженных за ночь украинских БПЛА": the participle's
            at = m.end()  # own phrase, one noun long
            continue
        if in_phrase and pos == "NOUN":
            in_phrase = False
            at = m.end()
            continue
        if pos == "NOUN" and parts_of_speech(word, language) & _ADJECTIVES:
            pos = "ADJF"  # "ударним": an adjective's form too
        if pos == "NOUN":
            if not _weapon_next(sentence, m.end(), language) or \
                    not _ATTACK_NOUNS.isdisjoint(forms):
                return _Noun("other", m.end())  # "20 машин", "десять ударів", "12 атак
                # FPV-дронов": not ours to count
            at = m.end()
            continue
        if pos not in _ADJECTIVES:
            break
        # a participle: Ukrainian dictionaries tag "збитий" an adjective, so a metric's word too
        after_participle = after_participle or pos == "PRTF" or \
            lookup(forms, word_map(language, "metrics")) is not None
        at = m.end()
    # "37 крилатих ракет, двох балістичних": a class's adjective with its noun left out
    return _Noun(modifier, at) if modifier else _Noun(None, at)


def _same_class_next(sentence: str, end: int, category: str, language: Language) -> int:
    """Where a noun phrase of ``category`` ends: past a second noun of that class right after
    the first ("четыре безэкипажных катера": both say drone)."""
    m = WORD.match(sentence, end + len(sentence[end:]) - len(sentence[end:].lstrip(" ")))
    return m.end() if m and m.start() > end and _noun_class(m.group(), language) == category \
        else end


def _described(sentence: str, at: int, cues: list[tuple[int, str]], language: Language) -> bool:
    """Is the word at ``at`` right after a participle of a metric ("постраждалого чоловіка")?
    Then it names someone counted already, it does not count them."""
    before = [c for c in cues if c[0] < at]
    if not before:
        return False
    word = WORD.match(sentence, before[-1][0])
    if word is None or sentence[word.end():at].strip():
        return False
    parts = parts_of_speech(word.group(), language)
    # "загинула жінка": the past tense of a verb that is also an adjective's form says it
    return bool(parts & {"ADJF", "PRTF"}) and "VERB" not in parts


def _instrumental(word: str, language: Language) -> bool:
    return "ablt" in parses(word, language)[0].tag


def _continues_a_list(before: str, after: str) -> bool:
    """Does the line go on from a list's line before: a bullet ("- 15 крилатих ракет" under
    "ЗНИЩЕНО:") or a number whose noun is left out ("21 – над территорией …")? "Семеро
    перебувають у лікарні" opens a sentence of its own."""
    return bool(_LIST_LINE.match(before)) and (bool(re.search(rf"[{BULLETS}]", before)) or
                                               bool(_ELIDED_TAIL.match(after))) or \
        bool(_LIST_TOTAL.match(before))  # "Загалом — 116 засобів": the list's total


def _a_place_s_share(sentence: str, number: NumberMention) -> bool:
    """Is the number a place's share of the figure told before it, with no words of its own: a
    cell "Ростовская область — 27 |" of a line under a heading, or "над Брянской (31)"?"""
    if sentence[:number.start].endswith("(") and sentence[number.end:].startswith(")"):
        return True
    if _CELL_LABEL.fullmatch(sentence, 0, number.start) and \
            not sentence[number.end:].strip(" .;"):
        return True  # a line of its own under a title: "Ростовская область — 31"
    cell = sentence[sentence.rfind("|", 0, number.start) + 1:number.start]
    return "|" in sentence and bool(_CELL_LABEL.fullmatch(cell)) and \
        bool(_CELL_END.match(sentence, number.end))


_CELL_LABEL = re.compile(r"\s*[^\W\d_][^|\d]{1,40}?\s[—–-]\s*")
_CELL_END = re.compile(r"\s*(?:\||$)")


def _breaks_down(sentence: str, at: int, earlier: list[Figure],
                 cues: list[tuple[int, str]] | None = None) -> bool:
    """Is ``at`` inside a breakdown of a toll before it ("загинули троє людей – двоє чоловіків
    і жінка": after the dash or colon that follows the toll; "ранены два человека, мужчина и
    женщина": after its comma, where no word of a metric stands between or right after)?"""
    tolls = [f for f in earlier if f.metric in CASUALTIES and f.end <= at]
    if not tolls:
        return False
    between = sentence[tolls[-1].end:at]
    if re.match(r"\s*[–—:(-]", between):
        return True
    return cues is not None and between.lstrip().startswith(",") and not any(
        tolls[-1].end <= c < at or at <= c < at + _OWN_CUE_REACH and metric != tolls[-1].metric
        for c, metric in cues)


_OWN_CUE_REACH = 20  # "…, женщина ранена": a word of a metric right after a person is its own


def _weapon_next(sentence: str, at: int, language: Language) -> bool:
    """Is the next word a weapon's noun ("23 ударі БПЛА": a misspelt adjective before it)?"""
    m = WORD.match(sentence, at + len(sentence[at:]) - len(sentence[at:].lstrip()))
    return m is not None and _noun_class(m.group(), language) not in (None, "person")


def _singular_ones(sentence: str, language: Language, cues: list[tuple[int, str]],
                   figures: list[Figure]) -> list[Figure]:
    """A weapon or person named once, in the singular, beside a metric's cue and with no number:
    "атакувала балістичною ракетою" → launched 1; "загинула 47-річна жінка" → killed 1."""
    out: list[Figure] = []
    for m in WORD.finditer(sentence):
        if any(f.start <= m.start() < f.end for f in figures) or \
                _PART_OF.search(sentence[max(0, m.start() - 30):m.start()]) or \
                _DEBRIS_OF.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "обломки сбитого дрона упали": the debris of one, no count of it
        word = m.group()
        forms = (plain(word), *normal_forms(word, language))
        category = lookup(forms, kind_map(language, "weapons", "noun"))
        # no count: a mass noun, a target after a preposition ("влучили в ціль"), a person of
        # a toll's breakdown, a cue itself
        if category is None or not is_singular(word, language) or \
                any(form in _NOT_ONE for form in forms) or \
                (category == "generic" and _AFTER_PREPOSITION.search(sentence[:m.start()])) \
                or (category == "person" and
                    _breaks_down(sentence, m.start(), figures + out, cues)) \
                or any(at == m.start() for at, _ in cues):  # "пораненим": a cue, no count
            continue
        person = category == "person"
        near = cues if person else [(at, c) for at, c in cues if at < m.start()]
        # a weapon after its verb ("атакувала ракетою"); a person with a verb, not a participle
        # before it ("постраждалого чоловіка" refers to someone counted already)
        cue = _nearest_cue(near, m.start(), m.end(), sentence=sentence) or \
            (None if person or category == "aircraft" or not _may_be_object(word, language)
             else _downed_after(sentence, m.end(), cues))
        if cue is None or person != (cue in CASUALTIES) or cue not in _ONE_BY_NAME or \
                (person and _described(sentence, m.start(), cues, language)):
            continue
        if category == "missile":
            category = _modifier_before(sentence, m.start(), language) or \
                _model_after(sentence, m.end(), language) or category
        weapon = None if category == "person" else category
        out.append(Figure(cue, weapon, 1.0, "exact", m.start(), m.end(), by_name=True))
    return out


def _downed_after(sentence: str, end: int, cues: list[tuple[int, str]]) -> str | None:
    """ "Ракету також знищено", "Крылатую ракету сбили над морем": a weapon put first, its
    downing verb a few words after it in the same clause (the free order of both languages
    fronts the object). Only downing: "ракета влучила" may tell of a strike, not a count."""
    for at, metric in cues:
        if metric == "intercepted" and at >= end and \
                _FRONTED_GAP.fullmatch(sentence, end, at) is not None:
            return metric
    return None


def _may_be_object(word: str, language: Language) -> bool:
    """Can the word be an object, in the accusative ("ракету", "беспилотник"; not "ракета",
    the subject of "ракета поразила ТЭС")? Aircraft are left out by the caller: a fighter put
    first is the one that shot down ("винищувачі збили …")."""
    return any("accs" in p.tag for p in parses(word, language))


# what may stand between a fronted weapon and its verb: a model and up to two adverbs ("Х-59
# також", "уже успешно"), no comma, dash or conjunction
_FRONTED_GAP = re.compile(r"(?:\s+(?!(?:і|й|та|а|но|и|але)\s)[\w«»\"-]+){0,2}\s+", re.IGNORECASE)


DEBRIS = r"\b(?:уламк|обломк|фрагмент)\w*"  # "уламки", "обломков", "фрагменты": debris
_DEBRIS_OF = re.compile(DEBRIS + r"\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
# A singular noun counts one only beside these metrics (a missile "launched", "shot down" or
# that "hit"; a person killed or injured). "вдарили ракетою по місту" names a weapon, not a
# count.
_ONE_BY_NAME = ("launched", "intercepted", "hit", "killed", "injured")
# abbreviations and mass nouns, in their dictionary forms: no number of their own ("атакував
# артилерією", "обстреляли из артиллерии")
_NOT_ONE = frozenset({"бпла", "бпак", "бла", "каб", "рсзв", "рсзо", "артилерія", "артиллерия",
                      "авіація", "авиация", "балістика", "баллистика"})


def _metric_for(noun: _Noun, number: NumberMention, cues: list[tuple[int, str]],
                sentence: str) -> str | None:
    """The metric of the figure: a casualty participle as the counted word ("двох загиблих"), a
    participle right after a number whose noun is left out ("еще четверо ранены"), or the
    nearest cue word of the sentence."""
    if noun.category in ("person", None):  # "двох загиблих", "еще четверо ранены"
        own = [metric for at, metric in cues if number.end <= at < noun.end]
        if own:
            return own[0]
    casualty = None if noun.category is None else noun.category == "person"
    outside = [(at, metric) for at, metric in cues if not number.end <= at < noun.end]
    return _nearest_cue(outside, number.start, noun.end, casualty=casualty, sentence=sentence) \
        or _nearest_cue(cues, number.start, noun.end, casualty=casualty, sentence=sentence)


def _nearest_cue(cues: list[tuple[int, str]], start: int, end: int,
                 casualty: bool | None = None, sentence: str = "") -> str | None:
    """The metric of the cue nearest the figure; one across a comma or dash counts as further
    ("загинула одна людина, поранені 15": the first is killed)."""
    best: tuple[int, str] | None = None
    for at, metric in cues:
        if casualty is not None and (metric in CASUALTIES) != casualty:
            continue
        distance = start - at if at < start else at - end + 1 if at >= end else 0
        between = _EXCEPT_PHRASE.sub(" ", sentence[at:start] if at < start else sentence[end:at])
        if _CLAUSE_BREAK.search(between):
            distance += 50
        if distance > _CUE_REACH * 8:
            continue
        if best is None or distance < best[0]:
            best = (distance, metric)
    return best[1] if best else None


# A cue denied: "не вдалося перехопити", "перехватить не удалось", "не збито".
_DENIED_BEFORE = re.compile(r"(?:^|[^\w'])(?:не|ні)\s+(?:(?:вдалося|вдалось|удалось|змогли|"
                            r"смогли|було|было)\s+(?:чим\s+|чем\s+)?)?$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"(?:\s+[\w'’«»-]+){0,3}?\s+не\s+(?:вдалося|вдалось|удалось|змогли|"
                           r"смогли)\b", re.IGNORECASE)


def cues_of(sentence: str, language: Language) -> list[tuple[int, str]]:
    """Every metric's cue word of the sentence, as (offset, metric); a denied one is none."""
    table = word_map(language, "metrics")
    out = []
    for m in WORD.finditer(sentence):
        metric = lookup(normal_forms(m.group(), language), table)
        if metric is None or _DENIED_BEFORE.search(sentence, max(0, m.start() - 28), m.start()) \
                or _DENIED_AFTER.match(sentence, m.end()):
            continue
        out.append((m.start(), metric))
    # "ще дев'ять не долетіли до цілей", "не достигли целей": lost on the way (GUIDE)
    out += [(m.start(), "intercepted") for m in _NOT_REACHED.finditer(sentence)]
    return sorted(out)


_NOT_REACHED = re.compile(r"\bне\s+(?:долетіл|долетел|досягл|достигл|дол[іе]тают|досяга|"
                          r"достига)\w*", re.IGNORECASE)


def _month_follows(after: str, language: Language) -> bool:
    """ "24 серпня", "21 сентября": a day of a month, not a count."""
    m = WORD.match(after.lstrip())
    return m is not None and lookup(normal_forms(m.group(), language),
                                    word_map(language, "months")) is not None


_PREPOSITION_LAST = re.compile(r"\s+(?:о|об|про|на|до)$")


def _qualifier(before: str, language: Language) -> str:
    if _up_to(before, language):
        return "at_most"
    tail = plain(before[-34:]).rstrip(" «\"(")
    tail = _PREPOSITION_LAST.sub("", tail)  # "не менее чем о 12": the qualifier before "о"
    for qualifier, phrase in _qualifier_phrases(language):
        if re.search(rf"(?:^|[^\w']){re.escape(phrase)}$", tail):
            return qualifier
    return "exact"


def _up_to(before: str, language: Language) -> bool:
    """ "запустив до 40 дронів", "выпустили до 40": "до" right after a verb of launching,
    downing or hitting is "up to" (GUIDE: at_most); after any other word it is no qualifier
    ("зросла до п'яти", a toll risen to; "з 16 до 17", a span)."""
    m = _WORD_THEN_TO.search(before[-40:])
    return m is not None and lookup(normal_forms(m.group(1), language),
                                    word_map(language, "metrics")) in _UP_TO_METRICS


_WORD_THEN_TO = re.compile(r"([^\W\d_]+)\s+до\s*$", re.IGNORECASE)
_UP_TO_METRICS = frozenset({"launched", "intercepted", "hit"})


@cache
def _qualifier_phrases(language: Language) -> tuple[tuple[str, str], ...]:
    pairs = [(row[0], plain(word)) for row in rows(language, "qualifiers")
             for word in row[1].split("|")]
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))  # "більше ніж" before "більше"


def _model(sentence: str, at: int, language: Language) -> str | None:
    m = _models(language).match(sentence, at)
    return next(category for category, text in m.groupdict().items() if text) if m else None


def _model_after(sentence: str, at: int, language: Language) -> str | None:
    """ "ракету «Іскандер-М»": a model named right after a class noun; models of two classes
    ("ракет «Іскандер-М», «Іскандер-К»") leave the class open."""
    classes = set()
    gap = re.compile(r"[\s«»\"„“(),/]*(?:(?:і|и|та|й|або|или)\s+[«\"„“]?)?")
    while True:
        m = gap.match(sentence, at)
        category = _model(sentence, m.end() if m else at, language)
        if category is None:
            break
        classes.add(category)
        at = _models(language).match(sentence, m.end() if m else at).end()  # type: ignore[union-attr]
    return (classes.pop() if len(classes) == 1 else "missile") if classes else None


def _modifier_before(sentence: str, at: int, language: Language) -> str | None:
    words = list(WORD.finditer(sentence[max(0, at - 40):at]))
    return lookup(normal_forms(words[-1].group(), language), _modifiers(language)) \
        if words else None


def _is_subtype(word: str, language: Language) -> bool:
    return lookup(normal_forms(word, language), _subtypes(language)) is not None


def _named_at(sentence: str, word: re.Match[str], language: Language) -> str | None:
    """The class a word names: a model written from it ("Іскандер-М"), else its noun's."""
    return _model(sentence, word.start(), language) or _noun_class(word.group(), language)


def _noun_class(word: str, language: Language) -> str | None:
    """The class of a weapon's noun, "person", "generic", or ``None``, in any case; a noun
    after a Latin prefix is the noun's ("FPV-дронами")."""
    latin = _LATIN_PREFIX.match(word)
    if latin:
        word = latin.group(1)
    return lookup((plain(word), *normal_forms(word, language)), _nouns(language))


# events, not weapons: "12 атак FPV-дронов" counts attacks, however many drones made them
# ("удар" is left out: "23 ударі БПЛА" is a misspelt "ударні", attack drones)
_ATTACK_NOUNS = frozenset({"атака", "налёт", "налет", "наліт", "прилёт", "прилет", "приліт",
                           "обстрел", "обстріл"})
_LATIN_PREFIX = re.compile(r"[A-Za-z0-9]+-(\w+)$")


@cache
def _nouns(language: Language) -> dict[str, str]:
    return {**kind_map(language, "weapons", "noun"), **_subtypes(language)}


@cache
def _modifiers(language: Language) -> dict[str, str]:
    return kind_map(language, "weapons", "modifier")


@cache
def _subtypes(language: Language) -> dict[str, str]:
    """Nouns that name a model within a class ("шахед", "герань"): after "з них", a part of
    the class's figure, not a figure of its own (GUIDE)."""
    return kind_map(language, "weapons", "subtype")


@cache
def _models(language: Language) -> re.Pattern[str]:
    groups: dict[str, list[str]] = {}
    for row in rows(language, "weapons"):
        if row[1] == "model":
            groups.setdefault(row[0], []).append(row[2])
    return re.compile("|".join(f"(?P<{category}>(?:{'|'.join(patterns)}))(?![\\w-])"
                               for category, patterns in groups.items()), re.IGNORECASE)
