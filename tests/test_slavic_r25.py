"""Issue 13, round 25U: paraphrase grids for the Ukrainian and Russian reader.

Each grid says one meaning the many ways newsrooms say it, varying one thing at a time (the
claimant's form, the verb, the number's form, the place's case, the target's noun, the side and
the act of a truce position), built from small lists: templates x slots. Every expectation is
written by hand from the GUIDE, never from what the reader gives; every sentence, name and
number is made up for these tests. Cells that still fail are marked `xfail` with the reason, so
the next engineer sees what is left (docs/reading.md, "Round 25U")."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from ceasefire.model import Document, Reading
from ceasefire.read import read_document
from ceasefire.read.slavic.words import Language

DAY = dt.date(2026, 2, 17)
AIR_FORCE = "Ukrainian Air Force"
MOD = "Russian Ministry of Defence"


def reading(text: str, language: Language) -> Reading:
    return read_document(Document("t", text, DAY, language=language))


def figures(text: str, language: Language) -> set[tuple]:
    """(claimant, metric, weapon, value, qualifier) of every figure of the report."""
    return {(s.claimed_by, q.metric, q.weapon, q.value, q.qualifier)
            for s in reading(text, language).strikes for q in s.quantities}


def cells(frames: dict[str, str], fills: dict[str, tuple]) -> list:
    """Every frame with every fill: (frame name, fill name, text, what the fill expects)."""
    return [pytest.param(frame.format(F=fill[0]), fill[1], id=f"{fname}-{gname}")
            for (fname, frame), (gname, fill) in itertools.product(frames.items(),
                                                                    fills.items())]


def xfail_cells(params: list, failing: dict[str, str]) -> list:
    """The grid's cells with those still failing marked, each with its reason."""
    return [pytest.param(*p.values, id=p.id,
                         marks=pytest.mark.xfail(reason=failing[p.id], strict=True))
            if p.id in failing else p for p in params]


# ---------------------------------------------------------------------------------------------
# (a) The Air Force's night figures: who says them x how the figure is said.

UK_AIR_FORCE_FRAMES = {
    "said-that": "Повітряні сили ЗСУ повідомили в Telegram, що в ніч на 17 лютого {F}.",
    "according-to": "За даними Повітряних сил, у ніч на 17 лютого {F}.",
    "said-after": "У ніч на 17 лютого {F}, повідомили в Повітряних силах ЗСУ.",
    "closing-line": "У ніч на 17 лютого {F}.\n\nПро це повідомили Повітряні сили ЗСУ.",
    "spokesman": "Речник Повітряних сил Юрій Ігнат заявив, що в ніч на 17 лютого {F}.",
    "abbreviation": "Як повідомили в ПС ЗСУ, у ніч на 17 лютого {F}.",
    "commander-telegram": ("Командувач Повітряних сил Микола Олещук написав у Telegram, що в ніч "
                           "на 17 лютого {F}."),
    "heading": "Повітряні сили: у ніч на 17 лютого {F}.",
    "name-only": "Юрій Ігнат повідомив, що в ніч на 17 лютого {F}.",
}

UK_AIR_FORCE_FIGURES = {
    "digits": ("збито 42 ударні БпЛА", {("intercepted", "drone", 42, "exact")}),
    "words": ("знешкоджено сорок два ворожі дрони", {("intercepted", "drone", 42, "exact")}),
    "active": ("сили ППО збили 42 безпілотники", {("intercepted", "drone", 42, "exact")}),
    "subtype": ("протиповітряною обороною знищено 42 шахеди",
                {("intercepted", "drone", 42, "exact")}),
    "more-than": ("збито понад 40 дронів", {("intercepted", "drone", 40, "at_least")}),
    "about-words": ("збито близько сорока дронів", {("intercepted", "drone", 40, "approx")}),
    "n-of-m": ("збито 38 з 45 ударних БпЛА",
               {("intercepted", "drone", 38, "exact"), ("launched", "drone", 45, "exact")}),
    "cruise": ("знешкоджено 12 крилатих ракет Х-101",
               {("intercepted", "cruise_missile", 12, "exact")}),
    "ballistic-words": ("збито три балістичні ракети «Іскандер-М»",
                        {("intercepted", "ballistic_missile", 3, "exact")}),
    "lost-to-ew": ("збито 30 дронів, ще 12 локаційно втрачено",
                   {("intercepted", "drone", 30, "exact"), ("intercepted", "drone", 12, "exact")}),
    "suppressed": ("подавлено засобами РЕБ 15 дронів", {("intercepted", "drone", 15, "exact")}),
    "hits": ("зафіксовано влучання 7 ударних БпЛА", {("hit", "drone", 7, "exact")}),
    "of-them": ("ворог атакував 60 дронами, з них збито 48",
                {("launched", "drone", 60, "exact"), ("intercepted", "drone", 48, "exact")}),
    "feminine-words": ("збито двадцять одну крилату ракету",
                       {("intercepted", "cruise_missile", 21, "exact")}),
    "two-classes": ("збито дві крилаті ракети «Калібр» і 25 дронів",
                    {("intercepted", "cruise_missile", 2, "exact"),
                     ("intercepted", "drone", 25, "exact")}),
}

RU_AIR_FORCE_FRAMES = {
    "said-that": "Воздушные силы ВСУ сообщили в Telegram, что в ночь на 17 февраля {F}.",
    "according-to": "По данным Воздушных сил, в ночь на 17 февраля {F}.",
    "said-after": "В ночь на 17 февраля {F}, сообщили в Воздушных силах ВСУ.",
    "closing-line": "В ночь на 17 февраля {F}.\n\nОб этом сообщили Воздушные силы ВСУ.",
    "spokesman": "Представитель Воздушных сил Юрий Игнат заявил, что в ночь на 17 февраля {F}.",
    "heading": "Воздушные силы: в ночь на 17 февраля {F}.",
    "commander": ("Командующий Воздушными силами ВСУ Николай Олещук написал в Telegram, что в "
                  "ночь на 17 февраля {F}."),
    "name-only": "Юрий Игнат сообщил, что в ночь на 17 февраля {F}.",
}

RU_AIR_FORCE_FIGURES = {
    "digits": ("сбиты 42 ударных БПЛА", {("intercepted", "drone", 42, "exact")}),
    "words": ("обезврежены сорок два вражеских дрона", {("intercepted", "drone", 42, "exact")}),
    "active": ("силы ПВО сбили 42 беспилотника", {("intercepted", "drone", 42, "exact")}),
    "more-than": ("сбито более 40 дронов", {("intercepted", "drone", 40, "at_least")}),
    "about-words": ("сбито около сорока дронов", {("intercepted", "drone", 40, "approx")}),
    "n-of-m": ("сбиты 38 из 45 ударных БПЛА",
               {("intercepted", "drone", 38, "exact"), ("launched", "drone", 45, "exact")}),
    "cruise": ("уничтожены 12 крылатых ракет Х-101",
               {("intercepted", "cruise_missile", 12, "exact")}),
    "ballistic-words": ("сбиты три баллистические ракеты «Искандер-М»",
                        {("intercepted", "ballistic_missile", 3, "exact")}),
    "lost-to-ew": ("сбиты 30 дронов, еще 12 локационно потеряны",
                   {("intercepted", "drone", 30, "exact"), ("intercepted", "drone", 12, "exact")}),
    "suppressed": ("подавлены средствами РЭБ 15 дронов", {("intercepted", "drone", 15, "exact")}),
    "hits": ("зафиксированы попадания 7 ударных БПЛА", {("hit", "drone", 7, "exact")}),
    "of-them": ("противник атаковал 60 дронами, из них сбиты 48",
                {("launched", "drone", 60, "exact"), ("intercepted", "drone", 48, "exact")}),
    "feminine-words": ("сбита двадцать одна крылатая ракета",
                       {("intercepted", "cruise_missile", 21, "exact")}),
}

AIR_FORCE_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), xfail_cells(
    cells(UK_AIR_FORCE_FRAMES, UK_AIR_FORCE_FIGURES), AIR_FORCE_FAILING))
def test_the_air_force_night_figures_in_ukrainian(text: str, expected: set[tuple]) -> None:
    assert figures(text, "uk") == {(AIR_FORCE, *e) for e in expected}


@pytest.mark.parametrize(("text", "expected"), xfail_cells(
    cells(RU_AIR_FORCE_FRAMES, RU_AIR_FORCE_FIGURES), AIR_FORCE_FAILING))
def test_the_air_force_night_figures_in_russian(text: str, expected: set[tuple]) -> None:
    assert figures(text, "ru") == {(AIR_FORCE, *e) for e in expected}


# The Russian ministry's and governors' figures: who says them x how the figure is said (the
# place it names is one of the record's places).

RU_MOD_FRAMES = {
    "said-that": ("Минобороны России сообщило, что {F}.", MOD),
    "according-to": ("По данным Минобороны РФ, {F}.", MOD),
    "said-after": ("{F}, сообщили в Министерстве обороны России.", MOD),
    "telegram-after": ("{F}, говорится в Telegram-канале Минобороны России.", MOD),
    "governor": ("Губернатор Брянской области Александр Богомаз сообщил, что {F}.",
                 "Alexander Bogomaz"),
}

RU_MOD_FIGURES = {
    "intercepted-and-destroyed": (
        "за ночь дежурными средствами ПВО перехвачены и уничтожены 42 украинских беспилотника "
        "над территорией Брянской области", {("intercepted", "drone", 42, "exact")},
        "Bryansk Oblast"),
    "over-region-fronted": ("ночью над Брянской областью сбиты 15 беспилотников самолетного типа",
                            {("intercepted", "drone", 15, "exact")}, "Bryansk Oblast"),
    "active": ("средства ПВО уничтожили 23 украинских БПЛА над территорией Брянской области",
               {("intercepted", "drone", 23, "exact")}, "Bryansk Oblast"),
    "more-than": ("ночью перехвачено и уничтожено более 30 беспилотников над Брянской областью",
                  {("intercepted", "drone", 30, "at_least")}, "Bryansk Oblast"),
    "words": ("над Брянской областью уничтожены двенадцать беспилотников",
              {("intercepted", "drone", 12, "exact")}, "Bryansk Oblast"),
}


def _mod_cells() -> list:
    return [pytest.param(frame.format(F=fill), claimant, expected, place,
                         id=f"{fname}-{gname}")
            for (fname, (frame, claimant)), (gname, (fill, expected, place))
            in itertools.product(RU_MOD_FRAMES.items(), RU_MOD_FIGURES.items())]


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize(("text", "claimant", "expected", "place"), _mod_cells())
def test_the_russian_ministry_and_governors_figures(text: str, claimant: str,
                                                   expected: set[tuple], place: str) -> None:
    strikes = reading(_capitalised(text), "ru").strikes
    assert {(s.claimed_by, q.metric, q.weapon, q.value, q.qualifier)
            for s in strikes for q in s.quantities} == {(claimant, *e) for e in expected}
    assert [(s.attacker, s.target_country) for s in strikes] == [("UA", "RU")]
    assert place in [p.name for s in strikes for p in s.places]


# Tolls: the dead and the wounded said the many ways; the children among them are a subset, no
# quantity of their own (GUIDE).

UK_TOLLS = {
    "among-them": ("загинули п'ятеро людей, серед них двоє дітей", {("killed", 5, "exact")}),
    "digits-among": ("загинули 5 людей, серед них 2 дітей", {("killed", 5, "exact")}),
    "neuter-including": ("загинуло п'ять осіб, зокрема дві дитини", {("killed", 5, "exact")}),
    "killed-and-wounded": ("5 людей загинули, ще 12 поранені",
                           {("killed", 5, "exact"), ("injured", 12, "exact")}),
    "risen-to": ("кількість загиблих зросла до 5", {("killed", 5, "exact")}),
    "wounded-among": ("поранено 12 людей, серед яких троє дітей", {("injured", 12, "exact")}),
    "received-wounds": ("12 людей дістали поранень", {("injured", 12, "exact")}),
    "nouns": ("є п'ятеро загиблих і 12 поранених",
              {("killed", 5, "exact"), ("injured", 12, "exact")}),
    "one-woman": ("загинула жінка", {("killed", 1, "exact")}),
    "at-least": ("загинули щонайменше п'ятеро людей", {("killed", 5, "at_least")}),
    "suffered": ("постраждали 12 мешканців, серед них двоє дітей", {("injured", 12, "exact")}),
}

RU_TOLLS = {
    "among-them": ("погибли пять человек, среди них двое детей", {("killed", 5, "exact")}),
    "digits-including": ("погибли 5 человек, в том числе 2 ребенка", {("killed", 5, "exact")}),
    "killed-and-wounded": ("5 человек погибли, еще 12 ранены",
                           {("killed", 5, "exact"), ("injured", 12, "exact")}),
    "risen-to": ("число погибших возросло до пяти", {("killed", 5, "exact")}),
    "wounded-among": ("ранены 12 человек, среди которых трое детей", {("injured", 12, "exact")}),
    "received-wounds": ("12 человек получили ранения", {("injured", 12, "exact")}),
    "nouns": ("есть пятеро погибших и 12 раненых",
              {("killed", 5, "exact"), ("injured", 12, "exact")}),
    "one-woman": ("погибла женщина", {("killed", 1, "exact")}),
    "at-least": ("погибли по меньшей мере пять человек", {("killed", 5, "at_least")}),
    "suffered": ("пострадали 12 жителей, в том числе двое детей", {("injured", 12, "exact")}),
}

TOLL_FRAMES = {
    "uk": {"said-that": ("Голова ОВА Іван Федоров повідомив, що внаслідок удару {F}.",
                         "Ivan Fedorov"),
           "said-after": ("Унаслідок удару по Запоріжжю {F}, повідомив Іван Федоров.",
                          "Ivan Fedorov")},
    "ru": {"said-that": ("Губернатор Вячеслав Гладков сообщил, что в результате удара {F}.",
                         "Vyacheslav Gladkov"),
           "said-after": ("В результате удара по Белгороду {F}, сообщил Вячеслав Гладков.",
                          "Vyacheslav Gladkov")},
}


def _toll_cells(language: Language, tolls: dict[str, tuple]) -> list:
    return [pytest.param(frame.format(F=fill), language, claimant, expected,
                         id=f"{language}-{fname}-{gname}")
            for (fname, (frame, claimant)), (gname, (fill, expected))
            in itertools.product(TOLL_FRAMES[language].items(), tolls.items())]


TOLLS_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(("text", "language", "claimant", "expected"), xfail_cells(
    _toll_cells("uk", UK_TOLLS) + _toll_cells("ru", RU_TOLLS), TOLLS_FAILING))
def test_tolls_and_the_subsets_they_name(text: str, language: Language, claimant: str,
                                         expected: set[tuple]) -> None:
    assert {(s.claimed_by, q.metric, q.value, q.qualifier) for s in reading(text, language).strikes
            for q in s.quantities} == {(claimant, *e) for e in expected}


# Places in every case: the place's name x the case its sentence puts it in.

UK_PLACE_TEMPLATES = {
    "locative": "Унаслідок атаки дронів {loc} пошкоджено житловий будинок.",
    "accusative": "Уночі ворог атакував дронами {acc}, пошкоджено житловий будинок.",
    "dative": "Росія завдала удару по {dat}, пошкоджено житловий будинок.",
    "instrumental": "Уночі над {ins} збито п'ять ворожих дронів.",
    "genitive": "Унаслідок атаки на околиці {gen} пошкоджено житловий будинок.",
}
UK_PLACES = {  # English name: locative, accusative, dative, instrumental, genitive
    "Kharkiv": ("у Харкові", "Харків", "Харкову", "Харковом", "Харкова"),
    "Odesa": ("в Одесі", "Одесу", "Одесі", "Одесою", "Одеси"),
    "Zaporizhzhia": ("у Запоріжжі", "Запоріжжя", "Запоріжжю", "Запоріжжям", "Запоріжжя"),
    "Kryvyi Rih": ("у Кривому Розі", "Кривий Ріг", "Кривому Рогу", "Кривим Рогом",
                   "Кривого Рогу"),
    "Sumy": ("у Сумах", "Суми", "Сумах", "Сумами", "Сум"),
    "Kharkiv Oblast": ("на Харківщині", "Харківщину", "Харківщині", "Харківщиною",
                       "Харківщини"),
    "Odesa Oblast": ("на Одещині", "Одещину", "Одещині", "Одещиною", "Одещини"),
    "Sumy Oblast": ("у Сумській області", "Сумську область", "Сумській області",
                    "Сумською областю", "Сумської області"),
}
RU_PLACE_TEMPLATES = {
    "locative": "В результате атаки дронов {loc} поврежден жилой дом.",
    "accusative": "Ночью противник атаковал дронами {acc}, поврежден жилой дом.",
    "dative": "ВСУ нанесли удар по {dat}, поврежден жилой дом.",
    "instrumental": "Ночью над {ins} сбиты пять беспилотников.",
    "genitive": "В результате атаки на окраине {gen} поврежден жилой дом.",
}
RU_PLACES = {
    "Belgorod": ("в Белгороде", "Белгород", "Белгороду", "Белгородом", "Белгорода"),
    "Kursk": ("в Курске", "Курск", "Курску", "Курском", "Курска"),
    "Bryansk": ("в Брянске", "Брянск", "Брянску", "Брянском", "Брянска"),
    "Kursk Oblast": ("в Курской области", "Курскую область", "Курской области",
                     "Курской областью", "Курской области"),
    "Belgorod Oblast": ("в Белгородской области", "Белгородскую область",
                        "Белгородской области", "Белгородской областью",
                        "Белгородской области"),
}
CASES = ("locative", "accusative", "dative", "instrumental", "genitive")


def _place_cells(language: Language, templates: dict[str, str],
                 places: dict[str, tuple]) -> list:
    return [pytest.param(templates[case].format(**dict(zip(("loc", "acc", "dat", "ins", "gen"),
                                                           forms, strict=True))),
                         language, name, id=f"{language}-{name}-{case}")
            for (name, forms), case in itertools.product(places.items(), CASES)]


PLACES_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(("text", "language", "place"), xfail_cells(
    _place_cells("uk", UK_PLACE_TEMPLATES, UK_PLACES)
    + _place_cells("ru", RU_PLACE_TEMPLATES, RU_PLACES), PLACES_FAILING))
def test_a_place_in_every_case(text: str, language: Language, place: str) -> None:
    assert [p.name for s in reading(text, language).strikes for p in s.places] == [place]


# Kinds of target by their nouns and their inflections: the noun x the case its verb governs.

UK_TARGETS = {  # accusative after "атакували", dative after "удар по", kinds
    "energy-object": ("об'єкт енергетичної інфраструктури", "об'єкту енергетичної "
                      "інфраструктури", {"energy"}),
    "substation": ("підстанцію", "підстанції", {"energy"}),
    "power-plant": ("теплоелектростанцію", "теплоелектростанції", {"energy"}),
    "apartment-block": ("багатоповерховий житловий будинок", "багатоповерховому житловому "
                        "будинку", {"residential"}),
    "houses": ("приватні будинки", "приватних будинках", {"residential"}),
    "rail": ("залізничну інфраструктуру", "залізничній інфраструктурі", {"transport"}),
    "depot": ("локомотивне депо", "локомотивному депо", {"transport"}),
    "port": ("портову інфраструктуру", "портовій інфраструктурі", {"transport"}),
    "fuel-depot": ("нафтобазу", "нафтобазі", {"energy"}),
    "hospital": ("лікарню", "лікарні", {"medical"}),
    "mall": ("торговельний центр", "торговельному центру", {"commercial"}),
    "airfield": ("військовий аеродром", "військовому аеродрому", {"airport", "military"}),
}
RU_TARGETS = {
    "energy-object": ("объект энергетической инфраструктуры", "объекту энергетической "
                      "инфраструктуры", {"energy"}),
    "substation": ("подстанцию", "подстанции", {"energy"}),
    "apartment-block": ("многоквартирный жилой дом", "многоквартирному жилому дому",
                        {"residential"}),
    "houses": ("частные дома", "частным домам", {"residential"}),
    "rail": ("железнодорожную инфраструктуру", "железнодорожной инфраструктуре",
             {"transport"}),
    "port": ("портовую инфраструктуру", "портовой инфраструктуре", {"transport"}),
    "fuel-depot": ("нефтебазу", "нефтебазе", {"energy"}),
    "refinery": ("НПЗ", "НПЗ", {"energy"}),
    "hospital": ("больницу", "больнице", {"medical"}),
    "mall": ("торговый центр", "торговому центру", {"commercial"}),
    "airfield": ("военный аэродром", "военному аэродрому", {"airport", "military"}),
}
TARGET_TEMPLATES = {
    "uk": {"attacked": "Уночі російські дрони атакували {acc} в Одесі.",
           "strike-on": "Унаслідок удару по {dat} в Одесі поранено двох людей."},
    "ru": {"attacked": "Ночью украинские беспилотники атаковали {acc} в Белгороде.",
           "strike-on": "В результате удара по {dat} в Белгороде ранены два человека."},
}


def _target_cells(language: Language, targets: dict[str, tuple]) -> list:
    return [pytest.param(template.format(acc=acc, dat=dat), language, kinds,
                         id=f"{language}-{name}-{tname}")
            for (name, (acc, dat, kinds)), (tname, template)
            in itertools.product(targets.items(), TARGET_TEMPLATES[language].items())]


# "військовий аеродром" is an airbase (GUIDE: airport and military); reading the adjective so
# lowered invented30 and invented31 (targets 0.831 → 0.818, 0.769 → 0.755), so it was dropped
_MILITARY_AIRFIELD = "a military airfield is read as an airport only (the rule lowered two sets)"
TARGETS_FAILING: dict[str, str] = {f"{language}-airfield-{template}": _MILITARY_AIRFIELD
                                   for language in ("uk", "ru")
                                   for template in ("attacked", "strike-on")}


@pytest.mark.parametrize(("text", "language", "kinds"), xfail_cells(
    _target_cells("uk", UK_TARGETS) + _target_cells("ru", RU_TARGETS), TARGETS_FAILING))
def test_a_kind_of_target_by_its_noun(text: str, language: Language, kinds: set[str]) -> None:
    assert {t for s in reading(text, language).strikes for t in s.target_types} == kinds


# ---------------------------------------------------------------------------------------------
# (b) Diplomacy: a side's act on a truce x the truce's scope and length.

def positions(text: str, language: Language) -> list[tuple]:
    """(scope, status, parties, proposer, days) of every truce position read."""
    return [(a.scope, a.status, tuple(a.parties), a.proposed_by, a.duration_days)
            for a in reading(text, language).agreements]


UK_TRUCES = {  # accusative, genitive, scope, days
    "full": ("повне припинення вогню", "повного припинення вогню", "full", None),
    "30-days": ("30-денне перемир'я", "30-денного перемир'я", "full", 30),
    "three-days": ("триденне перемир'я", "триденного перемир'я", "full", 3),
    "energy": ("енергетичне перемир'я", "енергетичного перемир'я", "energy_infrastructure",
               None),
    "energy-moratorium": ("мораторій на удари по енергетичних об'єктах", "мораторію на удари "
                          "по енергетичних об'єктах", "energy_infrastructure", None),
    "sea": ("перемир'я на морі", "перемир'я на морі", "sea", None),
    "air-and-sea": ("припинення вогню в повітрі та на морі", "припинення вогню в повітрі та на "
                    "морі", "air_and_sea", None),
}
RU_TRUCES = {
    "full": ("полное прекращение огня", "полного прекращения огня", "full", None),
    "30-days": ("30-дневное перемирие", "30-дневного перемирия", "full", 30),
    "three-days": ("трехдневное перемирие", "трехдневного перемирия", "full", 3),
    "energy": ("энергетическое перемирие", "энергетического перемирия", "energy_infrastructure",
               None),
    "energy-moratorium": ("мораторий на удары по энергетическим объектам", "моратория на удары "
                          "по энергетическим объектам", "energy_infrastructure", None),
    "sea": ("перемирие на море", "перемирия на море", "sea", None),
    "air-and-sea": ("прекращение огня в воздухе и на море", "прекращения огня в воздухе и на "
                    "море", "air_and_sea", None),
}
# the act: its template (acc: the truce in the accusative, gen: in the genitive) and the
# position it gives (status, parties, proposer)
UK_ACTS = {
    "proposes": ("У вівторок Україна запропонувала Росії {acc}.", "proposed", ("UA",), "UA"),
    "agrees": ("Росія погодилася на {acc}.", "agreed", ("RU",), None),
    "rejects": ("Москва відкинула {acc}.", "rejected", ("RU",), None),
    "declares": ("Путін оголосив {acc}.", "agreed", ("RU",), "RU"),
    "accuses": ("Київ звинуватив Росію в порушенні {gen}.", "violated", ("RU",), None),
    "reported-agrees": ("Зеленський заявив, що Україна погоджується на {acc}.", "agreed",
                        ("UA",), None),
    "agrees-on-condition": ("Росія погодилася на {acc}, але за умови припинення постачання "
                            "зброї Україні.", "agreed", ("RU",), None),
}
RU_ACTS = {
    "proposes": ("Во вторник Украина предложила России {acc}.", "proposed", ("UA",), "UA"),
    "agrees": ("Россия согласилась на {acc}.", "agreed", ("RU",), None),
    "rejects": ("Москва отвергла {acc}.", "rejected", ("RU",), None),
    "declares": ("Путин объявил {acc}.", "agreed", ("RU",), "RU"),
    "accuses": ("Киев обвинил Россию в нарушении {gen}.", "violated", ("RU",), None),
    "reported-agrees": ("Зеленский заявил, что Украина согласна на {acc}.", "agreed", ("UA",),
                        None),
    "agrees-on-condition": ("Россия согласилась на {acc}, но при условии прекращения поставок "
                            "оружия Украине.", "agreed", ("RU",), None),
}


def _truce_cells(language: Language, acts: dict[str, tuple], truces: dict[str, tuple]) -> list:
    return [pytest.param(template.format(acc=acc, gen=gen), language,
                         (scope, status, parties, proposer, days),
                         id=f"{language}-{aname}-{tname}")
            for (aname, (template, status, parties, proposer)), (tname, (acc, gen, scope, days))
            in itertools.product(acts.items(), truces.items())]


TRUCES_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(("text", "language", "expected"), xfail_cells(
    _truce_cells("uk", UK_ACTS, UK_TRUCES) + _truce_cells("ru", RU_ACTS, RU_TRUCES),
    TRUCES_FAILING))
def test_a_side_s_act_on_a_truce_of_each_scope_and_length(text: str, language: Language,
                                                          expected: tuple) -> None:
    scope, status, parties, proposer, days = expected
    found = [(s, st, p, days_read) for s, st, p, prop, days_read in positions(text, language)
             if prop == proposer or st != "proposed"]
    assert found == [(scope, status, parties, days)]


# Near-misses: a truce only spoken of as possible, forecast or wished for is no position
# (GUIDE); nor is a week's total of strikes a night's figure.

NO_POSITION = [
    ("uk", "Аналітики вважають, що перемир'я можливе навесні."),
    ("uk", "Експерти прогнозують, що енергетичне перемир'я можуть укласти до літа."),
    ("uk", "Такий крок міг би привести до припинення вогню."),
    ("uk", "Якби сторони домовилися, перемир'я на морі могло б початися вже в березні."),
    ("ru", "Аналитики полагают, что перемирие возможно весной."),
    ("ru", "Эксперты прогнозируют, что энергетическое перемирие могут заключить до лета."),
    ("ru", "Такой шаг мог бы привести к прекращению огня."),
    ("ru", "Если бы стороны договорились, перемирие на море могло бы начаться уже в марте."),
]


@pytest.mark.parametrize(("language", "text"), NO_POSITION)
def test_a_truce_only_possible_or_forecast_is_no_position(language: Language, text: str) -> None:
    assert positions(text, language) == []


WEEK_TOTALS = [
    ("uk", "Загалом за тиждень Росія випустила по Україні понад 1200 дронів, повідомив "
           "Зеленський."),
    ("ru", "Всего за неделю Россия выпустила по Украине более 1200 дронов, заявил Зеленский."),
]


@pytest.mark.parametrize(("language", "text"), WEEK_TOTALS)
def test_a_week_s_total_is_no_night_s_figure(language: Language, text: str) -> None:
    assert figures(text, language) == set()


# Talks and calls: the form that tells of them x who takes part. A call is dated: one the
# text does not identify by its date, place or order is no record (GUIDE).

TALKS = [
    ("uk", "У понеділок Зеленський і Трамп провели телефонну розмову.",
     ("call", None, ("UA", "US"))),
    ("uk", "17 лютого Путін провів телефонну розмову з Трампом.", ("call", None, ("RU", "US"))),
    ("uk", "Учора Трамп поговорив телефоном з Путіним.", ("call", None, ("RU", "US"))),
    ("uk", "Делегації України та Росії провели переговори в Стамбулі.",
     ("meeting", "Istanbul", ("RU", "UA"))),
    ("uk", "У Женеві відбулися переговори делегацій США та України.",
     ("meeting", "Geneva", ("UA", "US"))),
    ("uk", "Переговори України та Росії у Стамбулі тривали дві години.",
     ("meeting", "Istanbul", ("RU", "UA"))),
    ("ru", "В понедельник Путин и Трамп провели телефонный разговор.",
     ("call", None, ("RU", "US"))),
    ("ru", "17 февраля Путин провел телефонный разговор с Трампом.", ("call", None, ("RU", "US"))),
    ("ru", "Вчера Трамп поговорил по телефону с Путиным.", ("call", None, ("RU", "US"))),
    ("ru", "Делегации России и Украины провели переговоры в Стамбуле.",
     ("meeting", "Istanbul", ("RU", "UA"))),
    ("ru", "В Женеве прошли переговоры делегаций США и Украины.",
     ("meeting", "Geneva", ("UA", "US"))),
    ("ru", "Переговоры России и Украины в Стамбуле продлились два часа.",
     ("meeting", "Istanbul", ("RU", "UA"))),
]


TALKS_FAILING: dict[str, str] = {}


def _listed(cases: list[tuple], failing: dict[str, str], prefix: str) -> list:
    """A list of cases as parameters named by their language and order, those still failing
    marked."""
    return xfail_cells([pytest.param(*case, id=f"{prefix}-{case[0]}-{n}")
                        for n, case in enumerate(cases)], failing)


@pytest.mark.parametrize(("language", "text", "expected"), _listed(TALKS, TALKS_FAILING, "talks"))
def test_talks_and_calls(language: Language, text: str, expected: tuple) -> None:
    kind, place, parties = expected
    assert [(t.kind, t.place, tuple(sorted(t.parties)))
            for t in reading(text, language).talks] == [(kind, place, parties)]


NO_TALKS = [
    ("uk", "Трамп сказав, що найближчим часом може поговорити з Путіним."),
    ("uk", "Туреччина може прийняти нові переговори."),
    ("ru", "Трамп сказал, что в ближайшее время может поговорить с Путиным."),
    ("ru", "Турция может принять новые переговоры."),
]


@pytest.mark.parametrize(("language", "text"), NO_TALKS)
def test_talks_only_floated_are_no_record(language: Language, text: str) -> None:
    assert reading(text, language).talks == []


# Exchanges: the form that tells of one x whom it returns.

EXCHANGES = [
    ("uk", "Україна та Росія провели обмін полоненими 84 на 84.", (84, 84)),
    ("uk", "Відбувся черговий обмін полоненими. Додому повернулися 150 українських захисників.",
     (150, None)),
    ("uk", "Україна повернула додому 150 військових з російського полону.", (150, None)),
    ("uk", "В Україну повернули тіла 1000 загиблих військових, Росії передали 24 тіла.",
     (1000, 24)),
    ("uk", "Сторони обмінялися полоненими: по 120 військових з кожного боку.", (120, 120)),
    ("ru", "Россия и Украина провели обмен пленными 84 на 84.", (84, 84)),
    ("ru", "Из украинского плена возвращены 150 российских военнослужащих.", (None, 150)),
    ("ru", "Россия вернула 150 военнослужащих из украинского плена.", (None, 150)),
    ("ru", "Россия передала Украине тела 1000 погибших, получив 24 тела.", (1000, 24)),
    ("ru", "Стороны обменялись пленными: по 120 военных с каждой стороны.", (120, 120)),
]


EXCHANGES_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(("language", "text", "expected"),
                         _listed(EXCHANGES, EXCHANGES_FAILING, "exchange"))
def test_exchanges(language: Language, text: str, expected: tuple) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru)
            for e in reading(text, language).exchanges] == [expected]


# The Air Force's figures, second grid: more ways to credit them x qualifiers, verbs and
# weapons; and the night's date said the many ways. (claimant, date, metric, weapon, value,
# qualifier) must all be right: what the strict score asks.

UK_CREDITS = {
    "telegram-channel": "У ніч на 17 лютого {F}, повідомили в Telegram-каналі Повітряних сил.",
    "source-line-before": "Джерело: Повітряні сили ЗСУ.\n\nУ ніч на 17 лютого {F}.",
    "dash-after": "У ніч на 17 лютого {F}, — Повітряні сили ЗСУ.",
    "according-abbreviation": "За інформацією ПС ЗСУ, у ніч на 17 лютого {F}.",
    "command": "Як повідомило командування Повітряних сил, у ніч на 17 лютого {F}.",
}
UK_WORDINGS = {
    "at-least": ("збито щонайменше 40 дронів", ("intercepted", "drone", 40, "at_least")),
    "almost": ("збито майже 40 дронів", ("intercepted", "drone", 40, "approx")),
    "up-to": ("ворог запустив до 40 дронів", ("launched", "drone", 40, "at_most")),
    "more-than-words": ("збито більш як сорок дронів", ("intercepted", "drone", 40, "at_least")),
    "dozen": ("збито дюжину дронів", ("intercepted", "drone", 12, "approx")),
    "launched": ("росіяни випустили 40 ударних БпЛА", ("launched", "drone", 40, "exact")),
    "attacked-with": ("ворог атакував 40 ударними БпЛА", ("launched", "drone", 40, "exact")),
    "used": ("окупанти застосували 40 дронів", ("launched", "drone", 40, "exact")),
    "neutralised": ("нейтралізовано 40 дронів", ("intercepted", "drone", 40, "exact")),
    "shahed-type": ("знешкоджено 40 ударних БпЛА типу Shahed",
                    ("intercepted", "drone", 40, "exact")),
    "kh-22": ("ворог випустив 3 ракети Х-22", ("launched", "cruise_missile", 3, "exact")),
    "guided-bombs": ("ворог скинув 20 КАБів", ("launched", "guided_bomb", 20, "exact")),
}
RU_CREDITS = {
    "telegram-channel": "В ночь на 17 февраля {F}, сообщили в Telegram-канале Воздушных сил.",
    "source-line-before": "Источник: Воздушные силы ВСУ.\n\nВ ночь на 17 февраля {F}.",
    "dash-after": "В ночь на 17 февраля {F}, — Воздушные силы ВСУ.",
    "command": "Как сообщило командование Воздушных сил, в ночь на 17 февраля {F}.",
}
RU_WORDINGS = {
    "at-least": ("сбиты по меньшей мере 40 дронов", ("intercepted", "drone", 40, "at_least")),
    "almost": ("сбиты почти 40 дронов", ("intercepted", "drone", 40, "approx")),
    "up-to": ("противник запустил до 40 дронов", ("launched", "drone", 40, "at_most")),
    "dozen": ("сбита дюжина дронов", ("intercepted", "drone", 12, "approx")),
    "launched": ("россияне выпустили 40 ударных БПЛА", ("launched", "drone", 40, "exact")),
    "attacked-with": ("враг атаковал 40 ударными БПЛА", ("launched", "drone", 40, "exact")),
    "used": ("оккупанты применили 40 дронов", ("launched", "drone", 40, "exact")),
    "neutralised": ("нейтрализованы 40 дронов", ("intercepted", "drone", 40, "exact")),
    "kh-22": ("враг выпустил 3 ракеты Х-22", ("launched", "cruise_missile", 3, "exact")),
    "guided-bombs": ("противник сбросил 20 КАБов", ("launched", "guided_bomb", 20, "exact")),
}


def dated_figures(text: str, language: Language) -> set[tuple]:
    """(claimant, date, metric, weapon, value, qualifier) of every figure of the report."""
    return {(s.claimed_by, s.date.isoformat() if s.date else None, q.metric, q.weapon, q.value,
             q.qualifier) for s in reading(text, language).strikes for q in s.quantities}


def _credit_cells(language: Language, credits: dict[str, str],
                  wordings: dict[str, tuple]) -> list:
    return [pytest.param(frame.format(F=fill), language, expected,
                         id=f"{language}-{cname}-{wname}")
            for (cname, frame), (wname, (fill, expected))
            in itertools.product(credits.items(), wordings.items())]


@pytest.mark.parametrize(("text", "language", "expected"),
                         _credit_cells("uk", UK_CREDITS, UK_WORDINGS)
                         + _credit_cells("ru", RU_CREDITS, RU_WORDINGS))
def test_the_air_force_credited_every_way(text: str, language: Language,
                                          expected: tuple) -> None:
    assert dated_figures(text, language) == {(AIR_FORCE, "2026-02-17", *expected)}


NIGHTS = [  # DAY, 17 February 2026, is a Tuesday
    ("uk", "У ніч на 17 лютого", "2026-02-17"),
    ("uk", "Минулої ночі", "2026-02-17"),
    ("uk", "У ніч з 15 на 16 лютого", "2026-02-16"),
    ("uk", "Уночі", "2026-02-17"),
    ("uk", "У ніч проти понеділка", "2026-02-16"),
    ("uk", "У ніч на неділю", "2026-02-15"),
    ("ru", "В ночь на 17 февраля", "2026-02-17"),
    ("ru", "В ночь с 15 на 16 февраля", "2026-02-16"),
    ("ru", "Ночью", "2026-02-17"),
    ("ru", "В ночь на понедельник", "2026-02-16"),
    ("ru", "В ночь с воскресенья на понедельник", "2026-02-16"),
]


@pytest.mark.parametrize(("language", "night", "date"), NIGHTS)
def test_the_night_dated_by_the_morning_that_ends_it(language: Language, night: str,
                                                     date: str) -> None:
    said = "Повітряні сили ЗСУ повідомили, що" if language == "uk" else \
        "Воздушные силы ВСУ сообщили, что"
    downed = "збито 40 дронів" if language == "uk" else "сбиты 40 дронов"
    text = f"{said} {night[0].lower()}{night[1:]} {downed}."
    assert dated_figures(text, language) == {(AIR_FORCE, date, "intercepted", "drone", 40,
                                              "exact")}


# Positions said other ways: reported speech, a condition, a length in hours, an end.

MORE_POSITIONS = [
    ("uk", "Путін оголосив великоднє перемир’я на 30 годин.", ("full", "agreed", ("RU",), 1.25)),
    ("uk", "Росія погодилася на перемир’я на 72 години.", ("full", "agreed", ("RU",), 3.0)),
    ("uk", "Кремль заявив, що Москва відмовляється від 30-денного перемир’я, доки Захід "
           "постачає зброю.", ("full", "rejected", ("RU",), 30.0)),
    # round 31U: readiness with no offer told before it puts the side's own truce forward
    ("uk", "За словами Зеленського, Україна готова до повного припинення вогню.",
     ("full", "proposed", ("UA",), None)),
    ("uk", "Енергетичне перемир’я завершилося.", ("energy_infrastructure", "ended", (), None)),
    ("uk", "Росія не приймає тимчасового перемир’я.", ("full", "rejected", ("RU",), None)),
    ("ru", "Путин объявил пасхальное перемирие на 30 часов.", ("full", "agreed", ("RU",), 1.25)),
    ("ru", "Россия согласилась на перемирие на 72 часа.", ("full", "agreed", ("RU",), 3.0)),
    ("ru", "В Кремле заявили, что Москва отказывается от 30-дневного перемирия, пока Запад "
           "поставляет оружие.", ("full", "rejected", ("RU",), 30.0)),
    ("ru", "Срок энергетического перемирия истек.", ("energy_infrastructure", "ended", (), None)),
    ("ru", "По словам Пескова, Россия не приемлет временного перемирия.",
     ("full", "rejected", ("RU",), None)),
]


@pytest.mark.parametrize(("language", "text", "expected"),
                         _listed(MORE_POSITIONS, {}, "position"))
def test_a_position_said_other_ways(language: Language, text: str, expected: tuple) -> None:
    assert [(scope, status, parties, days) for scope, status, parties, _proposer, days
            in positions(text, language)] == [expected]
