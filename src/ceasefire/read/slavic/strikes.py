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
from dataclasses import dataclass, field, replace

from ceasefire.ingest.language import sentence_language
from ceasefire.model import Evidence, Quantity, Strike
from ceasefire.read.places import PlaceMention
from ceasefire.read.sentences import Sentence
from ceasefire.read.slavic import scene
from ceasefire.read.slavic.dates import sentence_date
from ceasefire.read.slavic.figures import (
    CASUALTIES,
    Figure,
    corrected,
    cues_of,
    find_figures,
    weapons_named,
)
from ceasefire.read.slavic.people import Person, find_people
from ceasefire.read.slavic.places import find_places
from ceasefire.read.slavic.sources import Source, about_this, carried, source_line, source_named
from ceasefire.read.slavic.tables import table_cells, table_heads, table_row_figures
from ceasefire.read.slavic.words import WORD, Language

AIR_DEFENCE = ("launched", "intercepted", "hit")
# Background: an earlier report or another story ("Раніше", "Нагадаємо", "Як повідомляв").
_BACKGROUND = re.compile(r"^\W*(?:раніше|нагадаємо|нагадуємо|як\s+повідомля\w+|як\s+писа\w+|"
                         r"як\s+відомо|ранее|напомним|накануне|как\s+сообща\w+|как\s+писал\w*)\b",
                         re.IGNORECASE)
_MORE_BEFORE = re.compile(r"(?:^|[^\w'])(?:ще|еще|ещё)\s+(?:(?:не\s+)?(?:менее|более|менше|"
                          r"більше|понад|около|близько)\s+)?$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-–—•*]")  # "- 1 БПЛА …": each line of a list its own
# A line of related news under an article ("- Минулого тижня ворог запустив …"): its own story.
_RELATED_ITEM = re.compile(r"^[-–—•]\s*[^\W\d_]+(?:\W+\w+){5,}")


@dataclass
class _Account:
    strike: Strike
    seen: set[tuple] = field(default_factory=set)
    earlier: list[Quantity] = field(default_factory=list)  # told as before ("Раніше … повідомляв")
    done: bool = False  # a sentence told the strike as done or dated it (not strikes in general)


@dataclass
class _Report:
    language: Language
    published: dt.date | None
    accounts: dict[tuple, _Account] = field(default_factory=dict)
    claimant: Source | None = None  # carried over from the sentences before
    claimant_at: tuple[int, int] = (-1, -1)  # the paragraph and sentence that named it
    attacker: str | None = None  # the side that attacked in the sentence before
    date: dt.date | None = None
    people: tuple[Person, ...] = ()
    sources: tuple[Source, ...] = ()  # every source named so far, in order
    texts: list[str] = field(default_factory=list)  # the sentences read so far
    note: bool = False  # the report opens with an editor's note ("ОНОВЛЕНО о 10:40. …")
    # figures whose source may come after them, with their sentence's date, places, targets
    waiting: list[tuple[Figure, Sentence, dt.date | None, list[PlaceMention], list[str]]] = \
        field(default_factory=list)
    # the figures of a list's lines, read as related news, that a credit line closing the
    # report may still claim ("• Збито 104 дрони …" then "Джерело: Повітряні сили")
    items_waiting: list[tuple[Figure, Sentence, dt.date | None, list[PlaceMention], list[str]]] \
        = field(default_factory=list)
    credited: bool = False  # the claimant was named by a credit line ("Источник — Минобороны")
    asked: str | None = None  # the metric an interview's last question asked about
    last: Figure | None = None
    missile_class: str | None = None  # the one missile class named so far (for "ракети")
    heading: str | None = None  # the metric a list's heading gives its lines ("ЗНИЩЕНО:")
    heading_weapon: str | None = None  # the class it names ("Сколько ракет сбито")
    sentence_language: Language = "uk"  # the sentence's own, where it quotes the other language
    background: bool = False  # the sentence tells of before ("Раніше", "Нагадаємо")
    transcript: bool = False  # an interview's questions and answers, each line after a dash
    columns: list[str | None] | None = None  # the metrics of a table's columns, row by row
    label_noun: str = ""  # the head of a table's labels, where it is a kind of place ("Район")
    row_weapon: str | None = None  # the weapon a table's rows borrowed from the figure before
    rows: dict[int, str] = field(default_factory=dict)  # a table row's sentence → its label
    # a heading that only names places ("Шебекинский округ."): (its paragraph, the places),
    # which the strikes told after it in that paragraph took place in
    heading_places: tuple[int, list[PlaceMention]] | None = None
    # figures a correction took back ("восемь, а не шесть, как сообщалось ранее")
    taken_back: list[tuple[str, str | None, float]] = field(default_factory=list)


def read_strikes(sentences: list[Sentence], language: Language,
                 published: dt.date | None) -> list[Strike]:
    report = _Report(language, published, date=published)
    for sentence in sentences:
        _read_sentence(report, sentence)
    for figure, sentence, date, places, targets in report.waiting + report.items_waiting:
        _add(report, figure, sentence, date, None, places, targets)  # no source: the outlet's
    for account in report.accounts.values():
        account.strike.quantities = [
            q for q in _without_restated(_without_rounded(_without_earlier_tolls(account)))
            if (q.metric, q.weapon, q.value) not in report.taken_back]
        account.strike.target_country = _target_country(account.strike)
    return _with_bare_targets_joined(list(report.accounts.values()))


def _with_bare_targets_joined(accounts: list[_Account]) -> list[Strike]:
    """The strikes that name a figure or a place, or that a sentence told as done or dated
    ("нанесли групповой удар по объектам энергетики"). Kinds of target told otherwise join a
    record of the same attacker, where there is one; else they came from talk of strikes in
    general ("отказ от ударов по энергетике", "удари по енергетиці зачіпають мільйони") and
    are dropped (GUIDE: a strike with no figure, no date and no place is no record)."""
    records = [a.strike for a in accounts
               if a.strike.quantities or a.strike.places or a.done and a.strike.target_types]
    kept = {id(strike) for strike in records}
    for bare in (a.strike for a in accounts if id(a.strike) not in kept and a.strike.target_types):
        same = [r for r in records if r.attacker == bare.attacker]
        home = next((r for r in same if r.date == bare.date), same[0] if same else None)
        if home is not None:
            home.target_types += [t for t in bare.target_types if t not in home.target_types]
    return records


def _target_country(strike: Strike) -> str | None:
    """The country most of the strike's places lie in (GUIDE: Ukraine for Crimea and the
    occupied towns, which Ukraine's drones strike), else the side the attacker is not."""
    countries = [p.country for p in strike.places if p.country in ("UA", "RU")]
    ua, ru = countries.count("UA"), countries.count("RU")
    if ua == ru:
        return strike.target_country
    return "UA" if ua > ru else "RU"


def _without_earlier_tolls(account: _Account) -> list[Quantity]:
    """ "Раніше Вілкул повідомляв про двох загиблих" beside his three now: a source's earlier
    toll gives way to its latest (GUIDE)."""
    now = {q.metric for q in account.strike.quantities
           if not any(q is e for e in account.earlier)}
    return [q for q in account.strike.quantities
            if not (q.metric in CASUALTIES and q.metric in now and
                    any(q is e for e in account.earlier))]


def _without_restated(quantities: list[Quantity]) -> list[Quantity]:
    """ "Все ракеты сбиты" beside "сбиты шесть крылатых ракет": every one, already counted (a
    bare "ракети" covers every class of missile; "усі крилаті ракети" only the cruise ones)."""
    def counted(q: Quantity) -> bool:
        return any(c.value is not None and c.metric == q.metric and
                   (c.weapon == q.weapon or q.weapon == "missile" and
                    (c.weapon or "").endswith("missile")) for c in quantities)
    return [q for q in quantities if q.qualifier != "all" or not counted(q)]


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
    if sentence.paragraph == 0 and (sentence.index == 0 and _UPDATE_NOTE.match(text) or
                                    report.note):
        # "(Оновлено о 09:15: додано дані Харківської ОВА …)": the editor's note over the report
        # names the sources added, not the source of what follows it
        report.note = True
        return
    heading = _place_heading(text, report.language) if sentence.index else []  # not a dateline
    if heading:
        report.heading_places = (sentence.paragraph, heading)
        return
    # a Russian governor quoted in a Ukrainian report is read with the Russian lexicons
    quoted = sentence_language(text, report.language)
    language = report.sentence_language = quoted if quoted in ("uk", "ru") else report.language
    # "— Скільки збили?": a transcript's question; its dash lines are speech, not related news
    report.transcript = report.transcript or bool(_LIST_ITEM.match(text) and
                                                  text.rstrip().endswith("?"))
    if report.transcript and text.rstrip().endswith("?"):
        # "— Скільки вдалося збити?": the metric its answer's verbless lines take
        report.asked = next((metric for _, metric in cues_of(text, language)), None)
    item = bool(_RELATED_ITEM.search(text) and not report.transcript and
                not _opens_with_place(text, report.language))
    # a list's line under a credit line that opened the report is a line of that report
    item = item and not (report.credited and report.claimant is not None)
    background = report.background = bool(_BACKGROUND.search(text)) or item
    people = find_people(text, language, report.people)
    report.people += tuple(people)
    line = source_line(text, language, people)  # "Повітряні Сили" under an infographic
    named = source_named(text, language, people, report.claimant, report.sources,
                         report.texts) or line
    report.texts.append(text)
    if background and named is None:
        report.claimant = None
    own_date = sentence_date(text, language, report.published)
    date = own_date or (report.published if background else report.date)
    figures = _table_row(report, sentence, language)
    if figures is None:
        figures = find_figures(text, language,
                               weapon_before=report.last.weapon if report.last
                               else report.heading_weapon,
                               metric_before=report.heading or report.asked or (
                                   report.last.metric if report.last else None))
    if text.rstrip().endswith(":") or _titled(text):
        # "ЗНИЩЕНО:", "Скільки дронів збито": the metric of the list's lines after it
        report.heading = next((metric for _, metric in cues_of(text, language)), None)
        report.heading_weapon = next(iter(weapons_named(text, language)), None)
    if scene.has_words(text, language, "exchange"):
        figures = []  # "повернули тіла 909 загиблих": a repatriation, not a toll
    figures = [_with_missile_class(_whole_as_told(f, report), report) for f in figures]
    figures = [f for f in (_all_but_resolved(f, report) for f in figures) if f is not None]
    if " не " in text:  # "восемь, а не шесть"
        report.taken_back += corrected(text, language, figures)
    closes = named is not None and (about_this(text) or not figures and line is not None)
    if named is not None and report.waiting:
        # "Про це повідомили …" closes them; else the first source named claims those of its
        # kind ("дежурные средства ПВО перехватили пять …" then "По информации Минобороны …")
        for figure, earlier, when, where, what in report.waiting:
            _add(report, figure, earlier, when, named if closes else carried(named, figure),
                 where, what)
        report.waiting = []
    if named is not None and report.items_waiting:
        # a list's lines are claimed by a credit line that closes them (GUIDE), by no other
        for figure, earlier, when, where, what in report.items_waiting:
            _add(report, figure, earlier, when, named if closes else None, where, what)
        report.items_waiting = []
    if named is not None:
        report.sources += (named,)
        report.claimant = named
        report.claimant_at = (sentence.paragraph, sentence.index)
        report.credited = not figures and line is not None
    if not background:
        report.date = date
    about_a_strike = scene.about_a_strike(text, language, figures)
    places = scene.places_hit(text, language, bool(figures)) if about_a_strike else []
    if report.heading_places and report.heading_places[0] == sentence.paragraph and \
            (figures or places):
        places = report.heading_places[1] + places
    if sentence.index in report.rows and report.label_noun:
        places += _row_places(report.rows[sentence.index], report.label_noun, language)
    targets = scene.targets(text, language) if about_a_strike else []
    ends = [f.start for f in figures[1:]] + [len(text)]
    for figure, after in zip(figures, ends[:len(figures)], strict=True):
        if figure.each:  # "по пять — над Орловской и Калужской областями, один — над …"
            figure.places_each = max(1, sum(figure.end <= p.start < after for p in places))
        claimant = named or carried(report.claimant, figure) or (
            report.claimant if report.claimant_at == (sentence.paragraph, sentence.index - 1)
            else None)  # GUIDE: a sentence right after its source's, in its paragraph
        if claimant is None and not background and not any(
                a.strike.claimed_by for a in report.accounts.values()):  # none named yet
            report.waiting.append((figure, sentence, date, places, targets))
        elif claimant is None and item:
            report.items_waiting.append((figure, sentence, date, places, targets))
        else:
            _add(report, figure, sentence, date, claimant, places, targets)
        report.last = figure
    if (places or targets) and not figures:
        # a body's claim covers where its air defence worked ("уламки збитих дронів упали в
        # Київській області"), a person's every place of the sentences after
        air_defence = any(m == "intercepted" for _, m in cues_of(text, language))
        _add_context(report, sentence, date,
                     named or (report.claimant if air_defence and not background else
                               carried(report.claimant, None)), places, targets,
                     own_date is not None or scene.strike_told_as_done(text, language))


_UPDATE_NOTE = re.compile(r"^\W*(?:оновлено|обновлено|upd)\b", re.IGNORECASE)


def _titled(text: str) -> bool:
    """Is the line a title over a list ("Сколько дронов сбито"): a few words, no number, no
    full stop?"""
    return len(text.split()) <= _TITLE_WORDS and not any(c.isdigit() for c in text) and \
        not _SENTENCE_END.search(text)


_TITLE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…»\"”:;]\s*$")


def _opens_with_place(text: str, language: Language) -> bool:
    """Does a list's line open with a place as its heading ("• Шебекинский округ — ранены
    двое")? Then it is a part of the report, not a line of related news."""
    m = _LINE_HEAD.match(text)
    return m is not None and bool(_place_heading(m.group(1), language))


_LINE_HEAD = re.compile(r"^[-–—•*]\s*([^—–:]{3,60}?)\s*[—–:]")


def _place_heading(text: str, language: Language) -> list[PlaceMention]:
    """The places of a line that names nothing else ("Белгородский район.", "Шебекинский
    округ:"), as mentions outside every sentence after it (offset -1)."""
    if len(text) > _HEADING_MAX or len(text.split()) > _HEADING_WORDS or \
            any(c.isdigit() for c in text):
        return []  # a heading names places only ("Орловская область — 7" is a figure's line)
    places = [p for p in find_places(text, language) if p.place.kind != "country"]
    rest = text
    for p in reversed(places):
        rest = rest[:p.start] + rest[p.end:]
    if not places or WORD.search(rest):
        return []
    return [PlaceMention(-1, -1, p.surface, p.place) for p in places]


_HEADING_MAX = 60
_HEADING_WORDS = 5  # "Шебекинский городской округ." at most


def _clause_places(text: str, figure: Figure, places: list[PlaceMention]) -> frozenset[str]:
    """The places of the figure's clause, between commas ("над Воронежской — четыре")."""
    start = max(text.rfind(",", 0, figure.start), text.rfind(";", 0, figure.start)) + 1
    ends = [at for at in (text.find(",", figure.end), text.find(";", figure.end)) if at >= 0]
    end = min(ends, default=len(text))
    return frozenset(p.place.name for p in places if start <= p.start < end)


def _table_row(report: _Report, sentence: Sentence, language: Language) -> list[Figure] | None:
    """The figures of a table's row under the heads read before it ("Тип | Збито | Запущено"
    over "Крилаті ракети «Калібр» | 4 | 4"); None for a line that is no table's row. A row's
    label is kept by its sentence's index (its places, and its figures' repeats)."""
    text = sentence.text
    cells = table_cells(text)
    heads = table_heads(text, language) if cells else None
    if heads is not None:
        report.columns, report.row_weapon = heads, None
        label = cells[0][1].strip()
        report.label_noun = label if _PLACE_NOUN.fullmatch(label) else ""
        return []
    if not cells:
        report.columns = None
    if not report.columns:
        return None
    borrowed = report.row_weapon or (report.last.weapon if report.last else None)
    figures = table_row_figures(text, language, report.columns, borrowed,
                                totals_borrow=report.row_weapon is not None)
    if _subtype_row(cells[0][1], figures, report):
        return []
    if figures and not weapons_named(cells[0][1], language) and figures[0].weapon == borrowed:
        report.row_weapon = borrowed
    if figures:
        report.rows[sentence.index] = cells[0][1].strip()
    return figures



def _subtype_row(label: str, figures: list[Figure], report: _Report) -> bool:
    """ "з них Х-22 — 10 — 8" under "Крилаті ракети — 30 — 26": a row of models within the
    class of the row above it is no figure (GUIDE: sub-types within one class)."""
    return bool(_OF_THEM_LABEL.match(label)) and report.last is not None and bool(figures) and \
        all(f.weapon == report.last.weapon for f in figures)


_OF_THEM_LABEL = re.compile(r"^\W*(?:з|із|из)\s+них\b|^\W*(?:у|в)\s+т(?:ому|ом)\s+числі?\b",
                            re.IGNORECASE)
# the head of a table's labels that makes each label a place ("Район | уничтожено | …")
_PLACE_NOUN = re.compile(r"(?:район|округ|область|регион|регіон|громада|муниципалитет)\w*",
                         re.IGNORECASE)


def _row_places(label: str, noun: str, language: Language) -> list[PlaceMention]:
    """The place a table's row label names under a head of places ("Брянский" under
    "Район": Bryansky District), as a mention outside the row's words (offset -1)."""
    named = f"{label} {noun.lower()}"
    return [PlaceMention(-1, -1, p.surface, p.place) for p in find_places(named, language)]


def _whole_as_told(figure: Figure, report: _Report) -> Figure:
    """ "З 219 дронів 34 локаційно втрачені" after "збито 219": the whole as told before (its
    metric), else launched as read."""
    if not figure.whole:
        return figure
    told = [q.metric for a in report.accounts.values() for q in a.strike.quantities
            if q.weapon == figure.weapon and q.value == figure.value] + \
        [f.metric for f, *_ in report.waiting if f.weapon == figure.weapon and
         f.value == figure.value]
    return replace(figure, metric=told[-1]) if told else figure


def _all_but_resolved(figure: Figure, report: _Report) -> Figure | None:
    """ "всі, крім однієї, крилаті ракети" after "запустив 12 крилатих ракет": 11; None where
    the report told no launched count of the class."""
    if figure.but is None:
        return figure
    told = [q.value for a in report.accounts.values() for q in a.strike.quantities
            if q.metric == "launched" and q.weapon == figure.weapon and q.value] + \
        [f.value for f, *_ in report.waiting
         if f.metric == "launched" and f.weapon == figure.weapon and f.value]
    if not told or told[-1] <= figure.but:
        return None
    return replace(figure, value=told[-1] - figure.but, but=None)


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
    """Add ``figure`` to its source's account, unless it says again what the account has (the
    same value in another sentence, not at other places: "четыре — над Ростовской" and "над
    Воронежской — четыре" are two)."""
    places = places or []
    where = _clause_places(sentence.text, figure, places)
    attacker = report.attacker = scene.attacker(sentence.text, report.sentence_language, places,
                                                [figure], claimant, report.attacker)
    account = _account(report, date, attacker, claimant)
    if _hospitalised_of(sentence.text, figure, report):
        return
    values = [figure.value] * figure.places_each
    said = (figure.metric, figure.weapon, figure.value)
    elsewhere = where and (said, "at", frozenset()) not in account.seen and \
        (said, "at", where) not in account.seen
    # "еще двух": a new one
    more = _MORE_BEFORE.search(sentence.text, max(0, figure.start - 30), figure.start)
    # a table's rows are figures of their own, the same value in two rows two figures; a row
    # says again only what prose said
    row = sentence.index in report.rows
    seen = (said, "prose") in account.seen if row else said in account.seen
    if seen and (said, sentence.index) not in account.seen and \
            not _LIST_ITEM.match(sentence.text) and not elsewhere and not more:
        return  # said again in another sentence (a headline, a quote of the statement)
    account.seen |= {said, (said, sentence.index), (said, "at", where)} | \
        (set() if row else {(said, "prose")})
    if _raised(sentence.text, figure):  # "число раненых выросло до девяти": the toll now
        account.earlier += [q for q in account.strike.quantities if q.metric == figure.metric]
    for value in values:
        quantity = Quantity(figure.metric, figure.weapon, value, figure.qualifier,
                            Evidence(sentence.text, sentence.start, sentence.end))
        account.strike.quantities.append(quantity)
        if report.background or _at_first(sentence.text, figure.start):
            account.earlier.append(quantity)
    _extend(account.strike, sentence, places, targets or [])
    named = [figure.weapon] if figure.weapon else \
        weapons_named(sentence.text, report.sentence_language)
    account.strike.weapons += [w for w in named if w not in account.strike.weapons]


# "Спершу повідомляли про двох поранених, згодом …", "Поначалу глава региона сообщил о …": a
# toll told as the first, which a later one of the same source replaces (GUIDE)
_AT_FIRST = re.compile(r"\b(?:спершу|спочатку|спервоначалу|первісно|поначалу|сначала|вначале|"
                       r"первоначально|изначально)\b", re.IGNORECASE)
_LATER = re.compile(r"\b(?:згодом|потім|пізніше|затем|потом|позже|позднее|уточни\w*)\b",
                    re.IGNORECASE)


def _hospitalised_of(text: str, figure: Figure, report: _Report) -> bool:
    """ "Трьох людей госпіталізовано" after a toll of the injured: those taken to hospital are
    some of the injured told before, no toll of their own (GUIDE: subsets)."""
    return figure.metric == "injured" and bool(_HOSPITALISED.search(text)) and \
        not _HURT.search(text) and any(q.metric == "injured" for a in report.accounts.values()
                                       for q in a.strike.quantities)


_HOSPITALISED = re.compile(r"госпіталіз|шпиталіз|госпитализ", re.IGNORECASE)
_HURT = re.compile(r"поранен|постражд|травм|ранен|ранил|пострада|контуз", re.IGNORECASE)


def _raised(text: str, figure: Figure) -> bool:
    """Is a toll told as risen to its figure ("кількість загиблих зросла до шести", "поранених
    уже восьмеро")? Then the source's tolls of that metric before it give way (GUIDE)."""
    return figure.metric in CASUALTIES and \
        bool(_RISEN.search(text, max(0, figure.start - _RISEN_REACH), figure.start))


# a verb of growth and "до" right before the figure, or "уже"/"вже" a word or two before it
_RISEN = re.compile(r"\b(?:(?:зросл[аио]|зріс|збільшил\w*|вирос\w*|выросл[аио]|вырос|возросл\w*|"
                    r"увеличил\w*)\s+до|(?:уже|вже|уж)(?:\s+[^\W\d_]+)?)\s+$", re.IGNORECASE)
_RISEN_REACH = 40


def _at_first(text: str, at: int) -> bool:
    """Is the figure at ``at`` in a clause telling what was said at first, or what a source
    was saying before ("Вранці ОВА повідомляла про дев'ятьох поранених": the imperfective)?"""
    firsts = list(_AT_FIRST.finditer(text, 0, at)) + list(_WAS_SAYING.finditer(text, 0, at))
    return any(not _LATER.search(text, first.end(), at) for first in firsts)


# the imperfective past of saying, about a toll: what a source was saying until a later word
_WAS_SAYING = re.compile(r"\b(?:повідомля(?:в|ла|ли)|інформува(?:в|ла|ли)|сообща(?:л|ла|ли)|"
                         r"информировал(?:а|и)?)\s+(?:про|о|об)\b", re.IGNORECASE)


def _add_context(report: _Report, sentence: Sentence, date: dt.date | None,
                 claimant: Source | None, places: list[PlaceMention], targets: list[str],
                 done: bool) -> None:
    """A strike's sentence without figures: the places hit, kinds of target and weapons it
    names; ``done`` where it tells the strike as done or dates it."""
    attacker = report.attacker = scene.attacker(sentence.text, report.sentence_language, places,
                                                [], claimant, report.attacker)
    account = _account(report, date, attacker, claimant)
    account.done = account.done or done
    strike = account.strike
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
             claimant: Source | None) -> _Account:
    name = claimant.name or None if claimant is not None else None  # the outlet's: none
    key = (date, attacker, name)
    if key not in report.accounts:
        report.accounts[key] = _Account(Strike(
            date=date, attacker=attacker,
            target_country=None if attacker is None else "UA" if attacker == "RU" else "RU",
            claimed_by=name))
    return report.accounts[key]




