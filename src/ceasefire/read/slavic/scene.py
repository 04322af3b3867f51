"""Where and what a strike in a Ukrainian or Russian sentence hit, and who attacked: the places
(less launch areas, countries as a whole and drones still on their way), the capital named as
such, the kinds of target named in sentences of damage, and the attacking side. The words are
data (``lexicon/<language>/strike_words.tsv``, ``targets.tsv``, ``sides.tsv``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ceasefire.lexicon import load_table
from ceasefire.read.gazetteer import population
from ceasefire.read.places import PlaceMention, lookup_place
from ceasefire.read.slavic.actors import ActorMention, find_actors
from ceasefire.read.slavic.figures import DEBRIS, Figure, cues_of, weapons_named
from ceasefire.read.slavic.lexicon import kind_map, lookup, rows, word_map
from ceasefire.read.slavic.place_adjectives import CITY_WITH_DISTRICTS
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.sources import Source, side_of
from ceasefire.read.slavic.words import (
    WORD,
    Language,
    normal_forms,
    parses,
    parts_of_speech,
    plain,
)

# the metrics whose claimant defends against the attack (its interceptions, its casualties)
_DEFENDED = ("intercepted", "killed", "injured")

# "попросил не наносить удары": a strike asked not to happen
_NOT_STRIKING = re.compile(r"\bне\s+(?:наносить|наносити|завдавати|бить|бити|атаковать|атакувати|"
                           r"обстреливать|обстрілювати)\b", re.IGNORECASE)
# general statements, not one attack: "регулярно атакують", "часто атакуют"
_HABITUAL = re.compile(r"\b(?:регулярно|систематично|постійно|часто|систематически|постоянно|"
                       r"неодноразово|зазвичай|обычно)\b", re.IGNORECASE)
# "госпіталізували до лікарні": a hospital the injured were taken to; "медицинская помощь" is
# help given, no place hit
_TAKEN_TO = re.compile(r"госпіталіз|шпиталіз|доставили|доставлен|госпитализ|отвезли|"
                       r"перебуває\s+в\s+лікарні|находится\s+в\s+больнице|"
                       r"медицинск\w*\s+помощ|медичн\w*\s+допомог", re.IGNORECASE)
# "у столиці", "над украинской столицей": the capital named as such
_CAPITAL = re.compile(r"(?:\b(?P<adjective>[^\W\d_]+)\s+)?(?P<noun>\bстолиц[іяюеыуи]\w*)",
                      re.IGNORECASE)
_REGIONAL_CAPITAL = re.compile(r"(?:обласн|краев|крайов|регіональн|региональн|районн)",
                               re.IGNORECASE)
_CAPITAL_OF = {"uk": "Kyiv", "ru": "Moscow"}
_CAPITAL_ADJECTIVES = [(re.compile(r"україн|украин", re.IGNORECASE), "Kyiv"),
                       (re.compile(r"російськ|российск", re.IGNORECASE), "Moscow")]
# Launches from a place: "із Брянська", "з напрямків: Курськ", "с территории Курской области".
_FROM = re.compile(r"\b(?:з|із|зі|с|со|из|від|от)\s+(?=[^\W\d_])|\bнапрям(?:ків|ку)\b|"
                   r"\bнаправлени(?:й|я)\b|\bрайон\w*\s+пуск\w*", re.IGNORECASE)
_NEAR = re.compile(r"(?:недалеко|неподалеку|неподалік|поблизу|вблизи|км|кілометр\w*|"
                   r"километр\w*|метр\w*)\s*$", re.IGNORECASE)
_TOWARDS = re.compile(r"[.;!?]|\b(?:по|над|на|біля|поблизу|возле|около|курсом|у\s+напрямку|"
                      r"в\s+напрямку|в\s+направлении|в\s+сторону|у\s+бік)\b", re.IGNORECASE)


def attacker(text: str, language: Language, places: list[PlaceMention],
             figures: list[Figure], claimant: Source | None = None,
             before: str | None = None) -> str:
    """The side named inside a figure ("22 украинских БПЛА"), else the side the claimant of
    interceptions or casualties defends against (the Russian MoD's downed drones over Crimea
    are Ukraine's), else a side's adjective before a weapon ("ворожий дрон") or a word for the
    attacker outside the claimants' names ("ворог атакував"), else the side not holding most
    places hit (Russia holds the towns it occupies), else the side a person claimant is not
    on, else the attacker of the sentence ``before`` (a report goes on about one attack), else
    the other side of the language's."""
    side = side_of(claimant)
    defended = any(f.metric in _DEFENDED for f in figures) or _DEBRIS_OF_DOWNED.search(text)
    if side and defended and not _side_inside(text, language, figures):
        return "RU" if side == "UA" else "UA"
    launching = _launching_country(text, language) or _other_side_of_the_target(text)
    if launching:
        return launching
    spans = [(f.start, f.end) for f in figures]
    # a claimant's name is not the attacker, nor a place's adjective ("Киевской области")
    claimants = [(a.start, a.end) for a in find_actors(text, language)
                 if a.kind in ("office", "person")] + [(p.start, p.end) for p in places]
    named = _side_in_words(text, language, spans, claimants)
    if named:
        return named
    holders = [held_by(p, text) for p in places if p.place.country in ("UA", "RU")]
    held_by_russia, held_by_ukraine = holders.count("RU"), holders.count("UA")
    if held_by_russia != held_by_ukraine:
        return "UA" if held_by_russia > held_by_ukraine else "RU"
    if holders and isinstance(claimant, ActorMention) and claimant.kind == "person" and side:
        # "Губернатор Запорожской области …: ВСУ атаковали Энергодар" (the region of his title,
        # the town his side holds): an official tells of attacks on his side
        return "RU" if side == "UA" else "UA"
    if holders:
        return "RU"
    return before or ("RU" if language == "uk" else "UA")


def held_by(mention: PlaceMention, text: str) -> str | None:
    """The side that holds a place: its country, but Russia for Crimea and the towns it
    occupies (``lexicon/places_occupied.tsv``) or that the sentence calls occupied ("в
    оккупированном Мелитополе"). A strike there is the other side's, whoever reports it,
    while the place's country stays Ukraine (GUIDE)."""
    place = mention.place
    if place.country != "UA":
        return place.country
    if (place.name, place.admin1) in _occupied() or ("*", place.admin1) in _occupied():
        return "RU"
    before = text[max(0, mention.start - _OCCUPIED_REACH):max(0, mention.start)]
    return "RU" if _OCCUPIED_WORD.search(before) else "UA"


# "окупованому", "тимчасово окупованого", "оккупированном": right before the place it
# qualifies (within a word or two)
_OCCUPIED_WORD = re.compile(r"(?:окупован|оккупирован)\w*\s+(?:[^\W\d_]+\s+)?$",
                            re.IGNORECASE)
_OCCUPIED_REACH = 40


@cache
def _occupied() -> frozenset[tuple[str, str]]:
    """(place, admin1) of the places Russia holds in Ukraine; place "*" for a whole admin1."""
    return frozenset((row[0], row[1]) for row in load_table("places_occupied.tsv"))


def _side_in_words(text: str, language: Language, figures: list[tuple[int, int]],
                   claimants: list[tuple[int, int]]) -> str | None:
    """The side the sentence's words name: an adjective inside a figure ("22 украинских
    БПЛА"), else one right before a weapon told with no number ("ворожий дрон атакував"), else
    a word for the attacker outside the claimants' names and the places ("противник
    атаковал"; not a country in another case: "объекты Украины")."""
    adjectives = kind_map(language, "sides", "adjective")
    agents = kind_map(language, "sides", "agent")
    words = list(WORD.finditer(text))

    def side(m: re.Match[str], table: dict[str, str]) -> str | None:
        return lookup(normal_forms(m.group(), language), table)

    for m in words:
        if any(a <= m.start() < b for a, b in figures) and (named := side(m, adjectives)):
            return named
    for m in words:
        if (named := side(m, adjectives)) and \
                _names_a_weapon(text[m.end():m.end() + _WEAPON_REACH], language):
            return named
    for m in words:
        if not any(a <= m.start() < b for a, b in claimants) and \
                (named := side(m, agents)) and not _COUNTRY_OTHER_CASE.match(m.group()) and \
                not (_ADJECTIVE_END.search(m.group()) and not _REGIME.match(text, m.end())):
            return named
    return None


# an agent that is an adjective names the side only of its regime ("киевский режим"), not of a
# city's outlet or people ("Киевское издание", "киевские энергетики")
_ADJECTIVE_END = re.compile(r"(?:ий|ый|ій|ого|ому|ым|им|ая|ое|ие|ые|ой|ую|ских)$",
                            re.IGNORECASE)
_REGIME = re.compile(r"\s+режим", re.IGNORECASE)


# "ворожий дрон атакував …", "украинского беспилотника": the side's adjective before a weapon
# named with no number, within a modifier ("ворожі ударні дрони")
_WEAPON_REACH = 25
_NEXT_WORDS = re.compile(r"^\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+)?")


def _names_a_weapon(after: str, language: Language) -> bool:
    """Do the word or two right after an adjective name a weapon?"""
    m = _NEXT_WORDS.match(after)
    # not "средства ПВО": the means that defend
    return m is not None and bool(set(weapons_named(m.group(), language)) - {"generic"})


# "обломки сбитого дрона упали …": debris of a weapon the claimant's side shot down
_DEBRIS_OF_DOWNED = re.compile(DEBRIS + r"\s+(?:збит|сбит|знешкоджен|уничтожен|знищен)\w*",
                               re.IGNORECASE)
# a country in a case other than the nominative is no agent ("объекты Украины", "по Росії")
_COUNTRY_OTHER_CASE = re.compile(r"(?:Украин(?:ы|е|у|ой)|Україн(?:и|і|у|ою)|Росі(?:ї|ю|єю)|"
                                 r"Росси(?:и|ю|ей))$", re.IGNORECASE)
# a country named in the nominative (the forms of other cases differ: "России", "Україну")
_COUNTRY_SUBJECTS = {"Россия": "RU", "Росія": "RU", "Украина": "UA", "Україна": "UA"}


def _launching_country(text: str, language: Language) -> str | None:
    """ "Россия выпустила 58 дронов", "Україна запустила …": a country in the nominative right
    before a verb of launching is the attacker, whatever else the sentence names ("Воздушные
    силы ВСУ сообщили, что Россия выпустила …" in a Russian report)."""
    if not any(name in text for name in _COUNTRY_SUBJECTS):
        return None
    launches = {at for at, metric in cues_of(text, language) if metric == "launched"}
    words = list(WORD.finditer(text))
    for i, m in enumerate(words):
        side = _COUNTRY_SUBJECTS.get(m.group())
        if side and any(w.start() in launches for w in words[i + 1:i + 3]):
            return side
    return None


# "по Украине было выпущено 44 ракеты", "атакувала Росію", "на территорию России": the country
# struck (the other side attacked it)
_TARGET_COUNTRY = re.compile(r"\b(?:по|на|против|проти)\s+(?:(?:территори[юи]|територі[юї])\s+)?"
                             r"(?P<country>Украин[ауеы]|Україн[уиіа]|Росси[июя]|Росі[юї])\b|"
                             # "по объектам топливно-энергетического комплекса Украины"
                             r"\bпо\s+(?!данн|слов|информац|сведен|даних|словах|інформац)"
                             r"(?:[^\W\d_]+(?:-[^\W\d_]+)?,?\s+){1,10}?"
                             r"(?P<owner>Украины|України|России|Росії)\b")


_IN_RESPONSE = re.compile(r"\b(?:в|у)\s+(?:ответ|відповідь)\s+на\b", re.IGNORECASE)


# the main clause's verb of striking after "в ответ на …" ("… нанесли удар по …")
_STRUCK = re.compile(r"\b(?:нанес\w*|нанос\w*|завда\w*|атакова\w*|атакува\w*|удари\w*|"
                     r"ударил\w*|вдари\w*|вдарил\w*)\b", re.IGNORECASE)


def _in_response(text: str, at: int) -> bool:
    """Is ``at`` inside a phrase "в ответ на …" that the main clause's verb has not ended?"""
    responses = list(_IN_RESPONSE.finditer(text, 0, at))
    return bool(responses) and not _STRUCK.search(text, responses[-1].end(), at)


def _other_side_of_the_target(text: str) -> str | None:
    m = next((m for m in _TARGET_COUNTRY.finditer(text) if not _in_response(text, m.start())),
             None)
    if m is None:
        return None  # "в ответ на атаки … на территории России": the other side's strike
    country = m.group("country") or m.group("owner")
    return "RU" if country.startswith(("Украин", "Україн")) else "UA"


def _side_inside(text: str, language: Language, figures: list[Figure]) -> bool:
    table = kind_map(language, "sides", "adjective")
    return any(lookup(normal_forms(m.group(), language), table)
               for f in figures for m in WORD.finditer(text, f.start, f.end))


def targets(text: str, language: Language) -> list[str]:
    """The kinds of target a sentence of damage names ("пошкоджено житловий будинок"); none
    in a habitual or general statement ("регулярно атакують лікарні"), and a hospital the
    injured were taken to is no target."""
    if not has_words(text, language, "impact") or _HABITUAL.search(text):
        return []
    words = list(WORD.finditer(text))
    found = [_target_kind(m.group(), language) for m in words]
    kinds: list[str] = []
    for i, kind in enumerate(found):
        # "нефтеперерабатывающий завод", "предприятиям ВПК", "завод оборонно-промышленного
        # комплекса": the plant's kind, before or after it, not "other"
        if kind == "other" and (i and found[i - 1] not in (None, "government") or
                                _specific(text, words, found, i)):
            continue
        if kind == "government" and (_of_a_plant(text, words, found, i) or
                                     _a_body(words, found, i, language)):
            continue
        if kind and not (kind == "medical" and _TAKEN_TO.search(text)):
            kinds += kind.split(",")  # "авіабаза": airport and military (GUIDE)
    return kinds


def _target_kind(word: str, language: Language) -> str | None:
    """The kind of target a word names, by its dictionary forms, else by the ending of one
    ("дев'ятиповерхівкою" → дев'ятиповерхівка, "-поверхівка": residential)."""
    forms = normal_forms(word, language)
    kind = lookup(forms, word_map(language, "targets"))
    if kind is None:
        endings = _target_endings(language)
        kind = next((endings[e] for form in forms for e in endings if form.endswith(e)), None)
    return kind


@cache
def _target_endings(language: Language) -> dict[str, str]:
    """The endings of ``targets.tsv`` (its words that start with "-"), without the "-"."""
    return {word[1:]: kind for word, kind in word_map(language, "targets").items()
            if word.startswith("-")}


def _specific(text: str, words: list[re.Match[str]], kinds: list[str | None], i: int) -> bool:
    """Do the word or two after a plant, in its phrase, name a kind of their own (not
    "other")? Not across a comma or "та"/"и" ("підприємство та житловий будинок")."""
    return any(kinds[j] and kinds[j] != "other" for j in _in_phrase(text, words, i, 3))


def _in_phrase(text: str, words: list[re.Match[str]], i: int, reach: int) -> Iterator[int]:
    """The words after word ``i`` (fewer than ``reach``) up to a comma or a joining word."""
    for j in range(i + 1, min(i + reach, len(words))):
        if "," in text[words[j - 1].end():words[j].start()] or \
                words[j].group().lower() in _JOINING:
            return
        yield j


_JOINING = frozenset({"и", "і", "й", "та", "а", "или", "або"})


def _of_a_plant(text: str, words: list[re.Match[str]], kinds: list[str | None], i: int) -> bool:
    """ "адмінбудівлю одного з заводів", "административное здание завода": the office
    building of a plant is the plant's (other, or its own kind), not a government building.
    The plant follows within four words of its phrase (no comma, no "та"/"и")."""
    return any(kinds[j] and kinds[j] != "government" for j in _in_phrase(text, words, i, 5))


def _a_body(words: list[re.Match[str]], kinds: list[str | None], i: int,
            language: Language) -> bool:
    """ "Глава Курской районной администрации", "сообщили в администрации поселка", "міська рада
    повідомила": an administration or a council is the body that speaks far more often than a
    building hit; it is a government target only after a building's noun, with up to two
    adjectives between ("здание администрации", "будівлю міської ради", "здания районной
    администрации"), or right after the word of damage that governs it ("повреждена
    администрация")."""
    if not _BODY_NOUNS.intersection(normal_forms(words[i].group(), language)):
        return False
    before = words[i - 1].group().lower() if i else ""
    if _DAMAGE.match(before):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j].group().lower()
        if word.startswith(_BUILDING_STEMS):
            return False
        if "ADJF" not in parts_of_speech(word, language):
            return True
    return True


_BODY_NOUNS = frozenset({"администрация", "адміністрація", "рада", "совет"})
_BUILDING_STEMS = ("здани", "будівл", "будинк", "помещени", "приміщен", "корпус")


def about_a_strike(text: str, language: Language, figures: list[Figure]) -> bool:
    """Does the sentence tell of a strike (a figure, or a word of attack or damage, and no
    word of a truce unless it tells a strike as done: "ЗСУ атакували підстанцію в Бєлгороді,
    порушивши мораторій" is a strike, the violation of a truce)?"""
    if _NOT_STRIKING.search(text) or has_words(text, language, "truce") and \
            not strike_told_as_done(text, language):
        return False
    return bool(figures) or any(has_words(text, language, kind) for kind in ("strike", "impact"))


def strike_told_as_done(text: str, language: Language) -> bool:
    """Does the sentence tell a strike as done, by a verb of striking or damage in the past
    ("нанесли удар", "обстреливали позиции", "пошкоджено", "повреждены")? Not talk of strikes
    in general: "отказ от ударов по энергетике", "припинити удари по НПЗ" (GUIDE: no record),
    nor a tally of times over a period ("130 раз атаковала", "понад дві тисячі разів")."""
    if _TIMES.search(text):
        return False
    verbs = _strike_words(language)["strike"] | _strike_words(language)["impact"] | \
        _DELIVER_A_BLOW
    for m in WORD.finditer(text):
        for parse in parses(m.group(), language)[:2]:
            if ("past" in parse.tag or "Impe" in parse.tag) and \
                    plain(parse.normal_form) in verbs:
                return True
    return False


# a count of times: "130 раз", "1 200 раз", "дві тисячі разів"
_TIMES = re.compile(r"(?:\d|\b(?:тисяч|тысяч|сот|десят)\w*)\s+раз(?:ів|а)?\b", re.IGNORECASE)
# the verbs whose object is "удар": "нанесли удар", "завдали удару"
_DELIVER_A_BLOW = frozenset({"нанести", "наносить", "завдати", "завдавати"})


def has_words(text: str, language: Language, kind: str) -> bool:
    """Does the sentence hold a word of ``strike_words.tsv``'s ``kind`` (strike, impact, flight,
    truce, exchange), in any form?"""
    return not _strike_words(language)[kind].isdisjoint(_forms_of(text, language))


@lru_cache(maxsize=64)  # a sentence is asked up to six kinds
def _forms_of(text: str, language: Language) -> frozenset[str]:
    """Every dictionary form of every word of ``text``."""
    return frozenset(form for m in WORD.finditer(text) for form in normal_forms(m.group(),
                                                                               language))


@cache
def _strike_words(language: Language) -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(plain(w) for w in row[1].split("|"))
            for row in rows(language, "strike_words")}


def places_hit(text: str, language: Language, figures: bool) -> list[PlaceMention]:
    """The places of a strike sentence, less the countries as a whole ("Росія атакувала
    Україну"), the places weapons were launched from and those drones only fly over."""
    if not figures and has_words(text, language, "flight") and \
            not has_words(text, language, "impact"):
        return []  # "на Сумщині фіксуються нові групи безпілотників": not (yet) a strike there
    origins = _origin_zones(text)
    damage = bool(_DAMAGE.search(text))
    return [p for p in _city_parts_as_cities(text, [*find_places(text, language),
                                                    *_capitals(text, language)])
            if p.place.kind != "country" and not any(a <= p.start < b for a, b in origins)
            and not _dateline(text, p) and not (not damage and _government(text, p))]


# damage and casualties, not the words of attack ("удар", "атакувати") that talks use too
_DAMAGE = re.compile(r"пошкод|зруйн|поврежд|разруш|пожеж|пожар|загорі|загора|возгор|вибух|"
                     r"взрыв|уламк|обломк|постражд|пострада|загин|загибл|погиб|поранен|ранен|"
                     r"знеструм|обесточ|влучан|попадан|прил[іе]т", re.IGNORECASE)
# "КИЇВ, 19 листопада /Укрінформ/.", "Москва. 11 июля.": the city a report was filed from
_DATELINE_AFTER = re.compile(r"\s*[,.]\s*\d{1,2}(?:\s+[^\W\d_]+|\.\d{2})")


def _dateline(text: str, mention: PlaceMention) -> bool:
    return not text[:max(0, mention.start)].strip() and \
        bool(_DATELINE_AFTER.match(text, max(0, mention.end)))


# a capital in the nominative or accusative with no preposition ("Київ запропонував", "обвинил
# Киев в …"), which a verb of attack does not govern ("атакували Київ")
_CAPITAL_FORMS = frozenset({"київ", "киев", "москва", "москву",
                            # the genitive after a noun: "условия Москвы", "відповідь Москви"
                            "києва", "киева", "москвы", "москви"})
_PREPOSITION_OR_ATTACK = re.compile(
    r"\b(?:(?:в|у|на|по|над|під|под|біля|около|возле|до|із|з|из|с|за|через|проти|против)|"
    r"(?:нанес|завда|атакова|атакува|удари|ударил|вдари|обстріля|обстреля|бомби)\w*)"
    r"\s*[«\"]?$", re.IGNORECASE)


def _government(text: str, mention: PlaceMention) -> bool:
    """Is a capital named for its government, in a sentence that tells of no damage ("Киев
    предложил отказ от ударов", "Песков обвинил Киев в атаках")? GUIDE: no location."""
    if mention.surface.lower() not in _CAPITAL_FORMS:
        return False
    before = text[max(0, mention.start - _GOVERNED_REACH):max(0, mention.start)]
    return not _PREPOSITION_OR_ATTACK.search(before)


_GOVERNED_REACH = 30


def _city_parts_as_cities(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """A district of a city is the city (GUIDE's places are settlements and regions): "у
    Солом'янському районі" of Kyiv is Kyiv; "в Кировском районе Волгограда" is Volgograd,
    named after it."""
    out = []
    for p in places:
        district = p.place.kind == "district" or bool(_DISTRICT_NOUN.search(p.surface))
        city = _CITY_OF_REGION.get(p.place.admin1 or "") if district else None
        if district and any(
                q.place.kind == "city" and q.start >= p.end and not text[p.end:q.start].strip()
                for q in places):
            continue  # the city named right after it stands for it
        if city and _of_another_city(text, p, city, places):
            continue  # "Шевченківському району м. Запоріжжя": no part of Kyiv
        place = lookup_place(city) if city else None
        out.append(PlaceMention(p.start, p.end, p.surface, place) if place else p)
    return out


def _of_another_city(text: str, district: PlaceMention, city: str,
                     places: list[PlaceMention]) -> bool:
    """Is a district named like one of the capital's ("Шевченківський", "Дарницкий") a part of
    another city: one called "the city" right after it ("районі міста", "району м. Х"), or a
    big town the sentence names ("У Харкові … у Шевченківському районі")?"""
    if _CITY_NOUN_AFTER.match(text, district.end):
        return True
    return any(q.place.kind == "city" and q.place.name != city and
               population(q.place) >= CITY_WITH_DISTRICTS for q in places)


# "районі міста", "району м. Запоріжжя", "районе города": the city of the report, not the capital
_CITY_NOUN_AFTER = re.compile(r"\s+(?:міст[аоі]|м\.|город[аеу]?|г\.)(?=\s|$|[,.;:!?])",
                              re.IGNORECASE)


_DISTRICT_NOUN = re.compile(r"\b(?:район|округ)\w*$", re.IGNORECASE)  # "Советском районе"
# cities that are regions of their own: their districts are parts of the city
_CITY_OF_REGION = {"Kyiv City": "Kyiv", "Sevastopol City": "Sevastopol", "Moscow City": "Moscow",
                   "Saint Petersburg City": "Saint Petersburg"}


def _capitals(text: str, language: Language) -> list[PlaceMention]:
    """ "у столиці" / "в столице": Kyiv in a Ukrainian report, Moscow in a Russian one, unless
    the word names the other ("української столиці", "российской столицы"); a region's capital
    ("краевой столице", "обласному центрі") is none of them."""
    found = []
    for m in _CAPITAL.finditer(text):
        before = m.group("adjective")
        if before and _REGIONAL_CAPITAL.match(before):
            continue
        city = _other_capital_named(text, language) or _CAPITAL_OF.get(language, "")
        if before:
            city = next((c for pattern, c in _CAPITAL_ADJECTIVES if pattern.match(before)), city)
        place = lookup_place(city)
        if place is not None:
            found.append(PlaceMention(m.start("noun"), m.end("noun"), m.group("noun"), place))
    return found


def _other_capital_named(text: str, language: Language) -> str | None:
    """The other language's capital where the sentence names it or its administration ("Киевская
    городская военная администрация … в Дарницком районе столицы": Kyiv in a Russian report)."""
    other = "Kyiv" if language == "ru" else "Moscow"
    return other if _CAPITAL_NAMED[other].search(text) else None


_CAPITAL_NAMED = {"Kyiv": re.compile(r"\b(?:Киев|Києв|Київ)", re.IGNORECASE),
                  "Moscow": re.compile(r"\bМоскв", re.IGNORECASE)}


def _origin_zones(text: str) -> list[tuple[int, int]]:
    """Where the sentence tells where weapons came from: from "з/із/с/из" or "з напрямків" to
    the end of the clause or a word that turns to the target ("по", "над", "у напрямку"):
    "із Курська, Орла, а також Гвардійського в окупованому Криму"."""
    zones = []
    for m in _FROM.finditer(text):
        if _NEAR.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "недалеко от поселка Погар": near, not from
        end = _TOWARDS.search(text, m.end())
        zones.append((m.start(), end.start() if end else len(text)))
    return zones
