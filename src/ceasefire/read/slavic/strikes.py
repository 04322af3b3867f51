"""Strikes in Ukrainian and Russian reports: figures grouped into one record per claimant, date
and attacker, with the places hit or downed over and the kinds of target.

A report is read sentence by sentence, keeping what English reports keep across sentences:

- the **claimant**: named in the sentence beside a word of saying ("повідомив очільник ОВА …",
  "по информации Минобороны"), or by a line that only names the source ("Про це повідомили
  Повітряні сили ЗСУ", "Об этом сообщило Министерство обороны России"), which credits the
  figures of the report it opens or closes (GUIDE); a body's claim carries over to the
  air-defence figures after it, a person's to any; background ("Раніше", "Нагадаємо",
  "Накануне") stops the carrying;
- the **date**: the sentence's own, else the report's (the night ends on the morning);
- the **attacker**: the side a sentence names ("Росія атакувала", "украинских беспилотников"),
  else the side the places hit belong to, else the other side of the report's language.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from ceasefire.ingest.language import sentence_language
from ceasefire.model import Evidence, Quantity, Strike
from ceasefire.read.places import PlaceMention, lookup_place
from ceasefire.read.sentences import Sentence
from ceasefire.read.slavic.actors import ActorMention, find_actors
from ceasefire.read.slavic.dates import sentence_date
from ceasefire.read.slavic.figures import CASUALTIES, Figure, cues_of, find_figures, weapons_named
from ceasefire.read.slavic.lexicon import lookup, rows, word_map
from ceasefire.read.slavic.people import Person, find_people
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.words import WORD, Language, normal_forms, plain

AIR_DEFENCE = ("launched", "intercepted", "hit")
# Background: an earlier report or another story ("Раніше", "Нагадаємо", "Як повідомляв").
_BACKGROUND = re.compile(r"^\W*(?:раніше|нагадаємо|нагадуємо|як\s+повідомля\w+|як\s+писа\w+|"
                         r"як\s+відомо|ранее|напомним|накануне|как\s+сообща\w+|как\s+писал\w*)\b",
                         re.IGNORECASE)
# "Про це повідомили …", "Об этом сообщило …": a line that names the source of what it follows.
_ABOUT_THIS = re.compile(r"\b(?:про\s+це|об\s+этом|про\s+це\s+йдеться|ідеться)\b", re.IGNORECASE)
# "з посиланням на X", "со ссылкой на X": the source is X, not the outlet that quotes it.
_CITING = re.compile(r"(?:з|із|со|с)\s+посиланням\s+на|со\s+ссылкой\s+на", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-–—•*]")  # "- 1 БПЛА …": each line of a list its own
# "попросил не наносить удары": a strike asked not to happen
_NOT_STRIKING = re.compile(r"\bне\s+(?:наносить|наносити|завдавати|бить|бити|атаковать|атакувати|"
                           r"обстреливать|обстрілювати)\b", re.IGNORECASE)
# general statements, not one attack: "регулярно атакують", "часто атакуют"
_HABITUAL = re.compile(r"\b(?:регулярно|систематично|постійно|часто|систематически|постоянно|"
                       r"неодноразово|зазвичай|обычно)\b", re.IGNORECASE)
# "госпіталізували до лікарні": a hospital the injured were taken to
_TAKEN_TO = re.compile(r"госпіталіз|шпиталіз|доставили|доставлен|госпитализ|доставлен|отвезли|"
                       r"перебуває\s+в\s+лікарні|находится\s+в\s+больнице", re.IGNORECASE)
# A line of related news under an article ("- Минулого тижня ворог запустив …"): its own story.
_RELATED_ITEM = re.compile(r"^[-–—•]\s*[^\W\d_]+(?:\W+\w+){5,}")
_CAPITAL = re.compile(r"(?:\b(?P<adjective>[^\W\d_]+)\s+)?(?P<noun>\bстолиц[іяюеыуи]\w*)",
                      re.IGNORECASE)
_REGIONAL_CAPITAL = re.compile(r"(?:обласн|краев|крайов|регіональн|региональн|районн)",
                               re.IGNORECASE)
_CAPITAL_OF = {"uk": "Kyiv", "ru": "Moscow"}
_CAPITAL_ADJECTIVES = [(re.compile(r"україн|украин", re.IGNORECASE), "Kyiv"),
                       (re.compile(r"російськ|российск", re.IGNORECASE), "Moscow")]
# Launches from a place: "із Брянська", "з напрямків: Курськ", "с территории Курской области".
_FROM = re.compile(r"\b(?:з|із|зі|с|со|из|від|от)\s+(?=[^\W\d_])|\bнапрям(?:ків|ку)\b|"
                   r"\bнаправлени(?:й|я)\b|\bрайон\w*\s+пуску", re.IGNORECASE)
_NEAR = re.compile(r"(?:недалеко|неподалеку|неподалік|поблизу|вблизи|км|кілометр\w*|"
                   r"километр\w*|метр\w*)\s*$", re.IGNORECASE)
_TOWARDS = re.compile(r"[.;!?]|\b(?:по|над|на|біля|поблизу|возле|около|курсом|у\s+напрямку|"
                      r"в\s+напрямку|в\s+направлении|в\s+сторону|у\s+бік)\b", re.IGNORECASE)


@dataclass
class _Account:
    strike: Strike
    seen: set[tuple] = field(default_factory=set)


@dataclass
class _Report:
    language: Language
    published: dt.date | None
    accounts: dict[tuple, _Account] = field(default_factory=dict)
    claimant: ActorMention | Person | None = None  # carried over from the sentences before
    date: dt.date | None = None
    people: tuple[Person, ...] = ()
    # figures whose source may come after them, with their sentence's date, places, targets
    waiting: list[tuple[Figure, Sentence, dt.date | None, list[PlaceMention], list[str]]] = \
        field(default_factory=list)
    last: Figure | None = None
    missile_class: str | None = None  # the one missile class named so far (for "ракети")
    heading: str | None = None  # the metric a list's heading gives its lines ("ЗНИЩЕНО:")
    sentence_language: Language = "uk"  # the sentence's own, where it quotes the other language


def read_strikes(sentences: list[Sentence], language: Language,
                 published: dt.date | None) -> list[Strike]:
    report = _Report(language, published, date=published)
    for sentence in sentences:
        _read_sentence(report, sentence)
    for figure, sentence, date, places, targets in report.waiting:  # no source named: the
        _add(report, figure, sentence, date, None, places, targets)  # outlet's own
    for account in report.accounts.values():
        account.strike.quantities = _without_rounded(account.strike.quantities)
    return [a.strike for a in report.accounts.values()
            if a.strike.quantities or a.strike.places or a.strike.target_types]


def _without_rounded(quantities: list[Quantity]) -> list[Quantity]:
    """ "более 200 дронов" beside "214 беспилотников" of the same source: the exact one."""
    def rounds(q: Quantity, exact: Quantity) -> bool:
        if (q.metric, q.weapon) != (exact.metric, exact.weapon) or not q.value or \
                not exact.value:
            return False
        low, high = (q.value, q.value * 1.25) if q.qualifier == "at_least" else \
            (q.value * 0.85, q.value * 1.15)
        return low <= exact.value <= high
    exact = [q for q in quantities if q.qualifier == "exact"]
    return [q for q in quantities if q.qualifier not in ("at_least", "approx")
            or not any(rounds(q, e) for e in exact)]


def _read_sentence(report: _Report, sentence: Sentence) -> None:
    text = sentence.text
    # a Russian governor quoted in a Ukrainian report is read with the Russian lexicons
    quoted = sentence_language(text, report.language)
    language = report.sentence_language = quoted if quoted in ("uk", "ru") else report.language
    background = bool(_BACKGROUND.search(text) or _RELATED_ITEM.search(text))
    people = find_people(text, language, report.people)
    report.people += tuple(people)
    named = _claimant_named(text, language, people, report) or _source_line(text, language)
    if background and named is None:
        report.claimant = None
    own_date = sentence_date(text, language, report.published)
    date = own_date or (report.published if background else report.date)
    figures = find_figures(text, language,
                           weapon_before=report.last.weapon if report.last else None,
                           metric_before=report.heading or (report.last.metric if report.last
                                                            else None))
    if text.rstrip().endswith(":"):  # "ЗНИЩЕНО:": the metric of the list's lines after it
        report.heading = next((metric for _, metric in cues_of(text, language)), None)
    if _has(text, language, "exchange"):
        figures = []  # "повернули тіла 909 загиблих": a repatriation, not a toll
    figures = [_with_missile_class(f, report) for f in figures]
    if named is not None and report.waiting:
        # "Про це повідомили …" closes them; else the first source named claims those of its
        # kind ("дежурные средства ПВО перехватили пять …" then "По информации Минобороны …")
        closes = _ABOUT_THIS.search(text) or not figures and _source_line(text, language)
        for figure, earlier, when, where, what in report.waiting:
            _add(report, figure, earlier, when, named if closes else _carried(named, figure),
                 where, what)
        report.waiting = []
    if named is not None:
        report.claimant = named
    if not background:
        report.date = date
    about_a_strike = _about_a_strike(text, language, figures)
    places = _places_hit(text, language, bool(figures)) if about_a_strike else []
    targets = _targets(text, language) if about_a_strike else []
    ends = [f.start for f in figures[1:]] + [len(text)]
    for figure, after in zip(figures, ends[:len(figures)], strict=True):
        if figure.each:  # "по пять — над Орловской и Калужской областями, один — над …"
            figure.places_each = max(1, sum(figure.end <= p.start < after for p in places))
        claimant = named or _carried(report.claimant, figure)
        if claimant is None and not background and not report.accounts:
            report.waiting.append((figure, sentence, date, places, targets))
        else:
            _add(report, figure, sentence, date, claimant, places, targets)
        report.last = figure
    if (places or targets) and not figures:
        # a body's claim covers where its air defence worked ("уламки збитих дронів упали в
        # Київській області"), a person's every place of the sentences after
        air_defence = any(m == "intercepted" for _, m in cues_of(text, language))
        _add_context(report, sentence, date,
                     named or (report.claimant if air_defence and not background else
                               _carried(report.claimant, None)), places, targets)


def _claimant_named(text: str, language: Language, people: list[Person],
                    report: _Report) -> ActorMention | Person | None:
    """The source the sentence names: after "з посиланням на", else the first body or person
    named beside a word of saying; "відомство"/"ведомство" refers back to the body before."""
    if not _says(text, language):
        return None
    actors = [a for a in find_actors(text, language) if a.kind in ("office", "person")]
    citing = _CITING.search(text)
    if citing:
        actors = [a for a in actors if a.start >= citing.end()] or actors
    named: list[ActorMention | Person] = [*actors, *(p for p in people if not any(
        a.start <= p.start < a.end for a in actors))]
    if named:  # the one nearest a word of saying ("Російська армія атакувала …, повідомляє
        said = _said_at(text, language)  # командування Повітряних сил"), after it rather than
        return min(named, key=lambda n: min(_distance(n, at) for at in said) if said  # before
                   else n.start)  # ("… дронов ВСУ, сообщило Минобороны России")
    if _refers_back(text, language) and report.claimant is not None:
        return report.claimant
    return None


Source = ActorMention | Person


def _source_line(text: str, language: Language) -> ActorMention | None:
    """A line that only names a body ("Повітряні Сили" under an infographic): its source."""
    actors = [a for a in find_actors(text, language) if a.kind == "office"]
    rest = text
    for actor in reversed(actors):
        rest = rest[:actor.start] + rest[actor.end:]
    return actors[0] if actors and not WORD.search(rest) else None


def _carried(claimant: Source | None, figure: Figure | None) -> Source | None:
    """A body's claim covers the air-defence figures after it, a person's any figure and
    the places and targets of the sentences after it (``figure`` None)."""
    if claimant is None:
        return None
    if isinstance(claimant, ActorMention) and claimant.kind == "office" and \
            (figure is None or figure.metric in CASUALTIES):
        return None
    return claimant


def _with_missile_class(figure: Figure, report: _Report) -> Figure:
    """ "влучання ракети" after "балістичною ракетою": the class the report named."""
    if figure.weapon and figure.weapon.endswith("missile") and figure.weapon != "missile":
        report.missile_class = figure.weapon
    elif figure.weapon == "missile" and figure.by_name and report.missile_class:
        figure.weapon = report.missile_class
    return figure


def _add(report: _Report, figure: Figure, sentence: Sentence, date: dt.date | None,
         claimant: Source | None, places: list[PlaceMention] | None = None,
         targets: list[str] | None = None) -> None:
    places = places or []
    attacker = _attacker(sentence.text, report.sentence_language, places, [figure], claimant)
    account = _account(report, date, attacker, claimant)
    values = [figure.value] * figure.places_each
    said = (figure.metric, figure.weapon, figure.value)
    if said in account.seen and (said, sentence.index) not in account.seen and \
            not _LIST_ITEM.match(sentence.text):
        return  # said again in another sentence (a headline, a quote of the statement)
    account.seen |= {said, (said, sentence.index)}
    for value in values:
        account.strike.quantities.append(Quantity(
            figure.metric, figure.weapon, value, figure.qualifier,
            Evidence(sentence.text, sentence.start, sentence.end)))
    _extend(account.strike, sentence, places, targets or [])
    named = [figure.weapon] if figure.weapon else \
        weapons_named(sentence.text, report.sentence_language)
    account.strike.weapons += [w for w in named if w not in account.strike.weapons]


def _add_context(report: _Report, sentence: Sentence, date: dt.date | None,
                 claimant: Source | None, places: list[PlaceMention], targets: list[str]) -> None:
    """A strike's sentence without figures: the places hit, kinds of target and weapons it
    names."""
    attacker = _attacker(sentence.text, report.sentence_language, places, [])
    strike = _account(report, date, attacker, claimant).strike
    _extend(strike, sentence, places, targets)
    strike.weapons += [w for w in weapons_named(sentence.text, report.sentence_language)
                       if w not in strike.weapons]


def _extend(strike: Strike, sentence: Sentence, places: list[PlaceMention],
            targets: list[str]) -> None:
    for mention in places:
        if mention.place not in strike.places:
            strike.places.append(mention.place)
    strike.target_types += [t for t in dict.fromkeys(targets) if t not in strike.target_types]
    evidence = Evidence(sentence.text, sentence.start, sentence.end)
    if evidence not in strike.evidence:
        strike.evidence.append(evidence)


def _account(report: _Report, date: dt.date | None, attacker: str | None,
             claimant: ActorMention | Person | None) -> _Account:
    name = claimant.name if claimant is not None else None
    key = (date, attacker, name)
    if key not in report.accounts:
        report.accounts[key] = _Account(Strike(
            date=date, attacker=attacker,
            target_country=None if attacker is None else "UA" if attacker == "RU" else "RU",
            claimed_by=name))
    return report.accounts[key]


def _attacker(text: str, language: Language, places: list[PlaceMention],
              figures: list[Figure], claimant: Source | None = None) -> str:
    """The side named inside a figure ("22 украинских БПЛА"), else the side the claimant of
    interceptions or casualties defends against (the Russian MoD's downed drones over Crimea
    are Ukraine's), else a word for the attacker outside the claimants' names ("ворог
    атакував"), else the side of most places hit, else the other side of the language's."""
    side = _claimant_side(claimant)
    if side and any(f.metric in _DEFENDED for f in figures) and \
            not _side_inside(text, language, figures):
        return "RU" if side == "UA" else "UA"
    spans = [(f.start, f.end) for f in figures]
    claimants = [(a.start, a.end) for a in find_actors(text, language)
                 if a.kind in ("office", "person")]
    for kind, where in (("adjective", spans), ("agent", None)):
        table = _sides(language, kind)
        for m in WORD.finditer(text):
            inside = any(a <= m.start() < b for a, b in (where or []))
            outside = not any(a <= m.start() < b for a, b in claimants)
            if (inside if where is not None else outside):
                side = lookup(normal_forms(m.group(), language), table)
                if side:
                    return side
    countries = [p.place.country for p in places if p.place.country in ("UA", "RU")]
    if countries:
        return "UA" if countries.count("RU") > countries.count("UA") else "RU"
    return "RU" if language == "uk" else "UA"


_DEFENDED = ("intercepted", "killed", "injured")


def _claimant_side(claimant: Source | None) -> str | None:
    """The side of a body or person the lexicon knows (a name read from the text alone has
    none)."""
    if isinstance(claimant, ActorMention) and claimant.side in ("UA", "RU"):
        return claimant.side
    return None


def _side_inside(text: str, language: Language, figures: list[Figure]) -> bool:
    table = _sides(language, "adjective")
    return any(lookup(normal_forms(m.group(), language), table)
               for f in figures for m in WORD.finditer(text, f.start, f.end))


@cache
def _sides(language: Language, kind: str) -> dict[str, str]:
    return {plain(word): row[0] for row in rows(language, "sides") if row[1] == kind
            for word in row[2].split("|")}


def _distance(named: Source, said_at: int) -> int:
    """How far a name is from a word of saying; right after it ("сообщило Минобороны", "—
    повідомили в Повітряних силах") is nearest."""
    if 0 <= named.start - said_at <= 25:
        return 0
    return named.start - said_at if named.start >= said_at else 2 * (said_at - named.end)


def _said_at(text: str, language: Language) -> list[int]:
    table = word_map(language, "speech")
    return [m.start() for m in WORD.finditer(text)
            if lookup(normal_forms(m.group(), language), table) == "say"]


def _says(text: str, language: Language) -> bool:
    table = word_map(language, "speech")
    return any(lookup(normal_forms(m.group(), language), table) == "say"
               for m in WORD.finditer(text)) or bool(_CITING.search(text))


def _refers_back(text: str, language: Language) -> bool:
    table = word_map(language, "speech")
    return any(lookup(normal_forms(m.group(), language), table) == "refer"
               for m in WORD.finditer(text))


def _targets(text: str, language: Language) -> list[str]:
    """The kinds of target a sentence of damage names ("пошкоджено житловий будинок"); none
    in a habitual or general statement ("регулярно атакують лікарні"), and a hospital the
    injured were taken to is no target."""
    if not _has(text, language, "impact") or _HABITUAL.search(text):
        return []
    table = word_map(language, "targets")
    kinds: list[str] = []
    before = None  # "нефтеперерабатывающий завод" is energy: the plant's kind, not "other"
    for m in WORD.finditer(text):
        kind = lookup(normal_forms(m.group(), language), table)
        if kind and not (kind == "other" and before) and \
                not (kind == "medical" and _TAKEN_TO.search(text)):
            kinds.append(kind)
        before = kind
    return kinds


def _about_a_strike(text: str, language: Language, figures: list[Figure]) -> bool:
    """Does the sentence tell of a strike (a figure, or a word of attack or damage, and no
    word of a truce)?"""
    if _has(text, language, "truce") or _NOT_STRIKING.search(text):
        return False
    return bool(figures) or _has(text, language, "strike") or _has(text, language, "impact")


def _has(text: str, language: Language, kind: str) -> bool:
    words = _strike_words(language)[kind]
    return any(not words.isdisjoint(normal_forms(m.group(), language))
               for m in WORD.finditer(text))


@cache
def _strike_words(language: Language) -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(plain(w) for w in row[1].split("|"))
            for row in rows(language, "strike_words")}


def _places_hit(text: str, language: Language, figures: bool) -> list[PlaceMention]:
    """The places of a strike sentence, less the countries as a whole ("Росія атакувала
    Україну"), the places weapons were launched from and those drones only fly over."""
    if not figures and _has(text, language, "flight") and not _has(text, language, "impact"):
        return []  # "на Сумщині фіксуються нові групи безпілотників": not (yet) a strike there
    origins = _origin_zones(text)
    return [p for p in [*find_places(text, language), *_capitals(text, language)]
            if p.place.kind != "country" and not any(a <= p.start < b for a, b in origins)]


def _capitals(text: str, language: Language) -> list[PlaceMention]:
    """ "у столиці" / "в столице": Kyiv in a Ukrainian report, Moscow in a Russian one, unless
    the word names the other ("української столиці", "российской столицы"); a region's capital
    ("краевой столице", "обласному центрі") is none of them."""
    found = []
    for m in _CAPITAL.finditer(text):
        before = m.group("adjective")
        if before and _REGIONAL_CAPITAL.match(before):
            continue
        city = _CAPITAL_OF.get(language, "")
        if before:
            city = next((c for pattern, c in _CAPITAL_ADJECTIVES if pattern.match(before)), city)
        place = lookup_place(city)
        if place is not None:
            found.append(PlaceMention(m.start("noun"), m.end("noun"), m.group("noun"), place))
    return found


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
