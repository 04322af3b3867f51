"""Prisoner exchanges and repatriations in Ukrainian and Russian reports.

A sentence counts people exchanged when it has an exchange word ("обмін", "обменяли") or a
word of getting people back or handing them over ("повернули", "передала") in a report about
captivity or exchanges, and a number of people ("189 українців", "двух гражданских",
"тіла 909 загиблих"). Who gets them: "N на N" and "по N" give both sides; else the people's own
side ("українських"), the side that held them ("з російського полону": the other one), the
side that got them back (the subject of "повернула"), the side handed them ("передала
Україні"), else the language's own side. Running totals ("загалом", "с начала") are no
exchange. A smaller count without a date of its own is a breakdown of the exchange before it
(its categories join that record); with its own date it is a stage of its own (GUIDE).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ceasefire.model import Exchange
from ceasefire.read.slavic.diplomacy.common import acting, any_date, clause_bounds, evidence
from ceasefire.read.slavic.diplomacy.cues import Cue, Parsed, cases, number_at
from ceasefire.read.slavic.figures import retracted
from ceasefire.read.slavic.places import find_places

_CATEGORIES = ("soldiers", "civilians", "wounded", "bodies")
_PEOPLE = (*_CATEGORIES, "people")
_OWN_SIDE = {"uk": "UA", "ru": "RU"}
_OPPONENT = {"UA": "RU", "RU": "UA"}
_CLAUSE_ENDS = {".", ";", ":", "%", "(", ")", "—", "–"}
_REACH = 4  # tokens between a number and the noun of the people it counts
_INTO = {"в", "у", "во", "на"}  # with the accusative: where people go ("в Україну")
_UP_TO = {"до"}  # with the genitive ("до України")
_BESIDE_VERB = 3  # tokens between a verb of handing over and the side named by its case


@dataclass
class _Count:
    to_ua: int | None = None
    to_ru: int | None = None
    categories: list[str] = field(default_factory=list)
    outside: bool = False  # "помимо 300 военнослужащих, … двух гражданских": its own record


def read_exchanges(parsed_sentences: list[Parsed], published: dt.date | None) -> list[Exchange]:
    about_exchanges = any(p.having("exchanges", "exchange", "captivity") for p in parsed_sentences)
    found: list[Exchange] = []
    mediator: str | None = None  # "Обмін відбувся за посередництва ОАЕ", in its own sentence
    for parsed in parsed_sentences:
        if not _is_exchange_sentence(parsed, about_exchanges):
            if about_exchanges:  # "Посредническую помощь оказали ОАЭ."
                mediator = mediator or _mediator(parsed)
            continue
        count = _count(parsed) or _same_count(parsed, found)
        if count is None:
            mediator = mediator or _mediator(parsed)
            continue
        if found and _among_those_returned(parsed):
            _join(found[-1], Exchange(date=None, status="completed", returned_to_ua=None,
                                      returned_to_ru=None, categories=count.categories,
                                      mediator=None, evidence=[evidence(parsed)]))
            continue  # "Серед звільнених — четверо мешканців Сумщини": a part, no record
        dated = any_date(parsed, published) or parsed.heading_date \
            or _same_day(parsed, found)  # a chronicle's day, the day just told
        record = Exchange(date=dated or published, status=_status(parsed),
                          returned_to_ua=count.to_ua, returned_to_ru=count.to_ru,
                          categories=count.categories or _default_categories(parsed),
                          mediator=_mediator(parsed), evidence=[evidence(parsed)])
        _add(found, record, has_own_date=dated is not None,
             outside=count.outside or bool(parsed.having("exchanges", "stage")))
    for record in found:
        record.mediator = record.mediator or mediator
    return found


def _among_those_returned(parsed: Parsed) -> bool:
    """"Серед звільнених сьогодні — троє волинян", "среди вернувшихся — восемь жителей": the
    people counted are some of those just told returned, however the sentence dates them."""
    return any(parsed.is_(cue.last + 1, "exchanges", "return")
               for cue in parsed.having("exchanges", "among"))


def _same_day(parsed: Parsed, found: list[Exchange]) -> dt.date | None:
    """"Того ж дня Україні повернули сімох цивільних", "в тот же день": the day of the
    exchange told just before."""
    if not found or not parsed.having("grammar", "same_day"):
        return None
    return found[-1].date


def _is_exchange_sentence(parsed: Parsed, about_exchanges: bool) -> bool:
    if parsed.having("exchanges", "total") and not _whole_by_formula(parsed):
        return False
    if parsed.having("exchanges", "alleged") or retracted(parsed.text):
        return False  # "нібито Україні віддали «п'ять тисяч»", "у першій версії ми вказали"
    if parsed.having("exchanges", "exchange"):
        return True
    # "повернула тіла 909 загиблих", "передала 150 военнопленных": a handover of soldiers or
    # the dead needs no exchange word; other people, people "из плена", or a stage ("Другий
    # етап: 200 на 200"), only in a report about exchanges
    handed = bool(parsed.having("exchanges", "return", "give", "stage")) \
        or any(_out_of(parsed, cue) for cue in parsed.having("exchanges", "captivity"))
    return handed and (about_exchanges
                       or bool(parsed.having("exchanges", "soldiers", "bodies", "wounded")))


def _out_of(parsed: Parsed, captivity: Cue) -> bool:
    """"з російського полону", "из плена": people taken out of captivity; "які перебувають у
    полоні", people still held, are no one handed over."""
    return any(parsed.is_(k, "exchanges", "from")
               for k in range(max(0, captivity.first - _FROM_REACH), captivity.first))


_FROM_REACH = 3  # "з" … "полону" with the holder's adjectives between ("з російського полону")


def _whole_by_formula(parsed: Parsed) -> bool:
    """"Загалом угода передбачає обмін 400 на 400", "загалом по 1 000 осіб з кожного боку",
    "загалом 600 українців в обмін на 600 росіян": a whole told with both sides' counts is
    one swap; a running total ("загалом повернули 5 800") counts one side."""
    for i, token in enumerate(parsed.tokens):
        found = number_at(parsed.tokens, i, parsed.language) if token.is_number \
            or token.is_word else None
        if found is None:
            continue
        last = found[1]
        if _pair(parsed, last, 0) is not None or _traded_for(parsed, last) is not None \
                or _from_each_side(parsed, last):
            return True
    return False


def _traded_for(parsed: Parsed, last: int) -> tuple[int, int] | None:
    """"600 українців в обмін на 600 росіян", "120 пленных в обмен на 120": the number after
    "в обмін на" in the count's clause is the other side's. Returns it and its last token."""
    tokens = parsed.tokens
    for k in range(last + 1, min(len(tokens) - 2, last + 1 + _REACH)):
        if tokens[k].text in _CLAUSE_ENDS:
            return None
        if parsed.is_(k, "exchanges", "exchange") and tokens[k - 1].text.lower() in _INTO \
                and tokens[k + 1].text.lower() == "на":
            other = number_at(tokens, k + 2, parsed.language)
            return (int(other[0]), other[1]) if other is not None else None
    return None


def _count(parsed: Parsed) -> _Count | None:
    tokens = parsed.tokens
    count = _Count()
    i = 0
    while i < len(tokens):
        found = number_at(tokens, i, parsed.language)
        elliptical = found is not None and count.categories and _elliptical_side(parsed, i)
        if found is None or not elliptical and _not_people(parsed, i, found[1]):
            i += 1
            continue
        value, last = int(found[0]), found[1]
        if value < 1:
            i = last + 1
            continue
        if any(c.first < i for c in parsed.having("exchanges", "besides")) \
                or parsed.having("exchanges", "separate"):
            # "кроме того, вернулись восемь", "в рамках отдельной договорённости вернулись
            # восемь": a count of its own, no breakdown of the swap before
            count.outside = True
        if parsed.is_(i - 1, "exchanges", "besides") or parsed.is_(i - 2, "exchanges", "besides"):
            i = last + 1  # the number right after "помимо" is another count's
            continue
        pair = _pair(parsed, last, value)
        traded = _traded_for(parsed, last) if pair is None else None
        if pair is not None:  # "500 на 500"
            count.to_ua, count.to_ru = pair
        elif traded is not None:  # "600 українців в обмін на 600 росіян"
            side = _receivers(parsed, i, last)[0]
            count.to_ua, count.to_ru = (value, traded[0]) if side == "UA" else (traded[0], value)
            count.categories = _categories(parsed, i, last, count.categories)
            i = traded[1] + 1
            continue
        elif i > 0 and tokens[i - 1].text.lower() == "по" or _from_each_side(parsed, last):
            count.to_ua = count.to_ru = value  # "по 300 человек", "157 пленными с каждой стороны"
        else:
            for side in [elliptical] if elliptical else _receivers(parsed, i, last):
                if side == "UA" and count.to_ua is None:
                    count.to_ua = value
                elif side == "RU" and count.to_ru is None:
                    count.to_ru = value
        count.categories = _categories(parsed, i, last, count.categories)
        i = last + 1
    if count.to_ua is None and count.to_ru is None:
        return None
    if (count.to_ua is None) != (count.to_ru is None) and \
            parsed.having("exchanges", "same_count"):
        # "Україна повернула 75 бійців, Росія отримала стільки ж": as many the other way
        count.to_ua = count.to_ru = count.to_ua or count.to_ru
    return count


def _from_each_side(parsed: Parsed, last: int) -> bool:
    """"обменялись 157 военнопленными с каждой стороны", "по 84 з кожного боку": the count
    is each side's."""
    return any(last < c.first <= last + _EACH_SIDE_REACH
               for c in parsed.having("exchanges", "each_side"))


_EACH_SIDE_REACH = 3  # tokens from a count to "с каждой стороны" ("157 военнопленными с …")


def _elliptical_side(parsed: Parsed, i: int) -> str | None:
    """"Україні передали 500 тіл, Росії — 40", "а Россия — 40": a count after a dash with a
    side before it, its noun left out, is that side's share of the people counted before it.
    A side in the dative is handed them; one in the nominative hands them over ("передала")
    or gets them back ("повернула"), as the sentence's verb says."""
    dash = i - 1
    if parsed.is_(dash, "exchanges", "soldiers", "civilians", "wounded", "bodies"):
        dash -= 1  # "России — тела 38": the noun said again
    if dash < 1 or parsed.tokens[dash].text not in ("—", "–", "-"):
        return None
    end = _before_an_aside(parsed, dash - 1)
    head = end if parsed.is_(end, "talks", "head") else None  # "російській стороні — 40"
    actor = parsed.actor_at(end - 1 if head is not None else end)
    if actor is None or actor[2].side not in _OPPONENT or actor[1] != (end if head is None
                                                                       else end - 1):
        return None
    side = actor[2].side
    if "nomn" not in _side_cases(parsed, actor[0], end):
        return side  # "российской стороне — 35": handed to it
    verbs = [c for c in parsed.having("exchanges", "return", "give") if c.last < actor[0]]
    return _OPPONENT[side] if verbs and verbs[-1].value == "give" else side


def _before_an_aside(parsed: Parsed, end: int) -> int:
    """"России, по данным её Минобороны, — 38": the word before an aside set off by commas
    that ends at ``end``; ``end`` itself where there is none."""
    if parsed.tokens[end].text != ",":
        return end
    opening = next((j for j in range(end - 1, max(0, end - _ASIDE_REACH), -1)
                    if parsed.tokens[j].text == ","), None)
    return opening - 1 if opening is not None else end


_ASIDE_REACH = 8  # tokens of an aside ("як повідомили в Координаційному штабі")


def _side_cases(parsed: Parsed, first: int, last: int) -> frozenset[str]:
    """The cases the name's words share ("російській стороні": datv, loct)."""
    shared: frozenset[str] | None = None
    for k in range(first, last + 1):
        forms = cases(parsed.tokens[k].text, parsed.language)
        shared = forms if shared is None else shared & forms
    return shared or frozenset()


def _same_count(parsed: Parsed, found: list[Exchange]) -> _Count | None:
    """"Російській стороні передали таку ж кількість полонених": the count just read, for
    the side this sentence hands them to (the other side of a one-sided count)."""
    cue = next(iter(parsed.having("exchanges", "same_count")), None)
    if cue is None or not found:
        return None
    last = found[-1]
    value = last.returned_to_ua or last.returned_to_ru
    if value is None:
        return None
    count = _Count(categories=list(last.categories))
    for side in _receivers(parsed, cue.first, cue.last):
        if side == "UA":
            count.to_ua = value
        else:
            count.to_ru = value
    return count


def _not_people(parsed: Parsed, first: int, last: int) -> bool:
    """A number that counts no people: a share ("54%"), a year ("у 2024 році"), or one with no
    noun of people after it in its clause (nor "тіла" before it)."""
    after = parsed.tokens[last + 1:last + 1 + _REACH]
    if after and after[0].text == "%":
        return True
    if len(after) > 1 and after[0].text == "-" and parsed.is_(last + 2, "exchanges", "age"):
        return True  # "мати 24-річного прикордонника": an age
    if _pair(parsed, last, 0) is not None or parsed.is_(first - 1, "exchanges", "bodies"):
        return False
    stop = next((k for k, t in enumerate(after) if t.text in _CLAUSE_ENDS), len(after))
    return not any(parsed.is_(last + 1 + k, "exchanges", *_PEOPLE) for k in range(stop))


def _pair(parsed: Parsed, last: int, value: int) -> tuple[int, int] | None:
    tokens = parsed.tokens
    if last + 2 < len(tokens) and tokens[last + 1].text.lower() == "на":
        other = number_at(tokens, last + 2, parsed.language)
        first = number_at(tokens, last, parsed.language)
        if other is not None and first is not None and tokens[last].is_number \
                == tokens[last + 2].is_number:
            return int(first[0]) if value == 0 else value, int(other[0])
    return None


def _receivers(parsed: Parsed, first: int, last: int) -> list[str]:
    """Who gets the people counted at tokens ``first``..``last``: their own side named with
    them, else the other side of the one that held them, else what the nearest verb before
    them says ("передала Україні", "Росія передала" → Ukraine; "Україна повернула", "получив"
    → its subject), else the language's own side."""
    span_end = min(len(parsed.tokens), last + 1 + _REACH)
    span_end = next((k for k in range(last + 1, span_end)
                     if parsed.tokens[k].text in _CLAUSE_ENDS | {","}), span_end)
    # "українських", "военнопленных ВСУ"; not "з російського полону", the side that held them
    own = [m.side for f, end, m in parsed.actors
           if last < f < span_end and m.kind in ("state", "office") and m.side in _OPPONENT
           and not parsed.is_(end + 1, "exchanges", "captivity")]
    if own:
        return list(dict.fromkeys(own))  # "200 украинских и российских военнослужащих"
    home = _home_of_residents(parsed, last, span_end)
    if home:
        return [home]
    held = _held_by(parsed)
    if held:
        return [_OPPONENT[held]]
    verbs = parsed.having("exchanges", "return", "give")
    verb = max((c for c in verbs if c.last < first), key=lambda c: c.last, default=None) \
        or next(iter(verbs), None)
    if verb is not None:
        bound = _bound_for(parsed, verb)
        if bound is not None:
            return [bound]
        handed_to = _named_right_after(parsed, verb.last)
        if handed_to:
            return [handed_to]
        subject = _subject_before(parsed, first)
        if subject:
            return [_OPPONENT[subject]] if verb.value == "give" else [subject]
    return [_OWN_SIDE[parsed.language]]


def _home_of_residents(parsed: Parsed, last: int, span_end: int) -> str | None:
    """"восемь жителей Курской области", "шестеро мешканців Сумщини": the people counted are
    residents of a region named right after them, and its country gets them back (a word
    lookup first; places are only looked for after "жителей")."""
    residents = next((c for c in parsed.having("exchanges", "residents")
                      if last < c.first < span_end), None)
    if residents is None or residents.last + 1 >= span_end:
        return None
    start = parsed.tokens[residents.last + 1].start
    end = parsed.tokens[span_end - 1].end
    places = find_places(parsed.text[start:end], parsed.language)
    country = places[0].place.country if places else None
    return country if country in _OPPONENT else None


def _bound_for(parsed: Parsed, verb: Cue) -> str | None:
    """The side people go to, named by its case beside the verb: a direction ("в Україну
    повернули", "до України", "в Россию вернулись") or a dative with no preposition ("Росії
    передали", "Російській стороні передали", "Киеву удалось вернуть")."""
    for first, _last, mention in parsed.actors:
        if mention.side not in _OPPONENT or mention.kind not in ("state", "capital") \
                or not (verb.first - _BESIDE_VERB <= first <= verb.last + _BESIDE_VERB
                        or _opens_before(parsed, first, verb)):
            continue
        word = parsed.tokens[first]
        before = parsed.tokens[first - 1].text.lower() if first > 0 else ""
        forms = cases(word.text, parsed.language)
        # "в РФ" (a word in every case) is where, not where to
        if before in _INTO and "accs" in forms and "loct" not in forms \
                or before in _UP_TO and "gent" in forms:
            return mention.side
        if not parsed.is_(first - 1, "grammar", "place_prep", "party_prep", "date_prep") \
                and "datv" in forms and "nomn" not in forms:
            return mention.side
    return None


def _opens_before(parsed: Parsed, first: int, verb: Cue) -> bool:
    """"Росії, як повідомила російська сторона, передали 41 тіло": a side that opens the
    sentence governs the verb after it, whatever words of saying stand between."""
    return first == 0 and verb.first > first


def _subject_before(parsed: Parsed, index: int) -> str | None:
    """The side acting nearest before token ``index`` ("Україна повернула 150 захисників, а
    Росія — 150 військових": Russia for the second), else the first acting at all."""
    named = [(first, side) for first, side in acting(parsed, with_partner=False)
             if side in _OPPONENT and not _about_the_people(parsed, first)]
    before = [side for first, side in named if first < index]
    return before[-1] if before else (named[0][1] if named else None)


def _about_the_people(parsed: Parsed, first: int) -> bool:
    """"вернулись трое жителей, которых украинские военные вывезли": a side named in a clause
    about the people counted did something to them before; it neither hands them over nor
    gets them back."""
    lo, _hi = clause_bounds(parsed, first)
    return parsed.is_(lo - 1, "grammar", "relative")


def _named_right_after(parsed: Parsed, index: int) -> str | None:
    """"передала Україні 500 тіл": a state right after the verb, with no preposition, is the
    one handed them."""
    actor = parsed.actor_at(index + 1)
    if actor is not None and actor[0] == index + 1 and actor[2].kind in ("state", "capital") \
            and actor[2].side in _OPPONENT:
        return actor[2].side
    return None


def _held_by(parsed: Parsed) -> str | None:
    """"з російського полону", "из украинского плена": the side that held them."""
    for cue in parsed.having("exchanges", "captivity"):
        actor = parsed.actor_at(cue.first - 1)
        if actor is not None and actor[2].side in _OPPONENT:
            return actor[2].side
    return None


def _categories(parsed: Parsed, first: int, last: int, known: list[str]) -> list[str]:
    out = list(known)
    window = range(max(0, first - 1), min(len(parsed.tokens), last + 1 + _REACH))
    for value in _CATEGORIES:
        if any(parsed.is_(k, "exchanges", value) for k in window) and value not in out:
            out.append(value)
    return ["bodies"] if "bodies" in out else out  # GUIDE: the dead are bodies, whoever they were


def _default_categories(parsed: Parsed) -> list[str]:
    """People counted without a word of who they were ("по 300 человек") in an exchange of
    prisoners are soldiers (GUIDE: prisoners → soldiers)."""
    return ["soldiers"]


def _status(parsed: Parsed) -> str:
    if any(not _under_a_deal(parsed, c) for c in parsed.having("exchanges", "agreed")):
        return "agreed"
    if parsed.having("exchanges", "announced"):
        return "announced"
    return "completed"


def _under_a_deal(parsed: Parsed, cue: Cue) -> bool:
    """"в рамках отдельной договорённости вернулись", "за домовленістю повернули": the deal
    is the frame of a return told done, not a swap only agreed."""
    before = {parsed.tokens[i].text.lower() for i in range(max(0, cue.first - 2), cue.first)}
    return not before.isdisjoint(_FRAMES)


_FRAMES = ("рамках", "по", "за", "згідно", "відповідно", "согласно")


def _mediator(parsed: Parsed) -> str | None:
    for cue in parsed.having("exchanges", "mediation"):
        near = sorted(((abs(first - cue.last), m.side) for first, _l, m in parsed.actors
                       if m.kind in ("state", "capital", "person") and m.side
                       and m.side not in _OPPONENT and abs(first - cue.last) <= 6),
                      key=lambda pair: pair[0])
        if near:
            return near[0][1]
    return None


def _add(found: list[Exchange], record: Exchange, has_own_date: bool, outside: bool) -> None:
    for kept in found:
        if (kept.returned_to_ua, kept.returned_to_ru) == (record.returned_to_ua,
                                                         record.returned_to_ru) \
                and not _deal_then_done(kept, record) or _restated_half(kept, record):
            _join(kept, record)
            return
    # "… повернулися 210 військових. Росія отримала стільки ж", under one chronicle day, or
    # "того ж дня … Росії передали 17 тіл": a half dated as the count just read is its other half
    if found and (not has_own_date or record.date == found[-1].date) and not outside \
            and _other_half(found[-1], record):
        _join(found[-1], record)  # "… возвращены 146 российских. В обмен переданы 146 ВСУ."
        found[-1].returned_to_ua = found[-1].returned_to_ua or record.returned_to_ua
        found[-1].returned_to_ru = found[-1].returned_to_ru or record.returned_to_ru
        return
    if not has_own_date and not outside:
        for kept in found:
            if _smaller(record, kept):
                _join(kept, record)  # a breakdown: "з них 173 рядових … двоє цивільних"
                return
    found.append(record)


def _deal_then_done(kept: Exchange, record: Exchange) -> bool:
    """"Домовилися про обмін 500 на 500" on one day, "обмін 500 на 500 завершено" on a later
    one: the deal and the swap done are two records (GUIDE: one per exchange the text reports
    with its own date), though their counts are the same."""
    return kept.status == "agreed" and record.status == "completed" \
        and None not in (kept.date, record.date) and kept.date != record.date


def _restated_half(kept: Exchange, record: Exchange) -> bool:
    """"Россия вернула 120 …, в обмен переданы 120 …" then, quoted, "возвращены 120 российских
    военнослужащих": one side's count of an exchange already read, on its day, is that
    exchange told again."""
    if (record.returned_to_ua is None) == (record.returned_to_ru is None):
        return False
    same_side = record.returned_to_ua == kept.returned_to_ua if record.returned_to_ua \
        else record.returned_to_ru == kept.returned_to_ru
    return same_side and record.date == kept.date and None not in (kept.returned_to_ua,
                                                                   kept.returned_to_ru)


def _other_half(kept: Exchange, record: Exchange) -> bool:
    """Two one-sided counts, one for each side: the two halves of one exchange, unless one
    is done and the other only agreed, or one counts the dead and the other the living
    (GUIDE: an exchange and a repatriation of bodies are two records)."""
    if kept.status != record.status \
            or ("bodies" in kept.categories) != ("bodies" in record.categories):
        return False
    return (kept.returned_to_ua is None) != (kept.returned_to_ru is None) and \
        (record.returned_to_ua is None) != (record.returned_to_ru is None) and \
        (kept.returned_to_ua is None) == (record.returned_to_ru is None)


def _smaller(part: Exchange, whole: Exchange) -> bool:
    pairs = [(part.returned_to_ua, whole.returned_to_ua), (part.returned_to_ru,
                                                          whole.returned_to_ru)]
    counted = [(p, w) for p, w in pairs if p is not None]
    return bool(counted) and all(w is not None and p < w for p, w in counted)


def _join(kept: Exchange, record: Exchange) -> None:
    for category in record.categories:
        if category not in kept.categories:
            kept.categories.append(category)
    kept.mediator = kept.mediator or record.mediator
    kept.evidence.extend(record.evidence)
