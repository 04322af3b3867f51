"""Truce positions in Ukrainian and Russian reports: one ``Agreement`` per stated position.

A position needs a truce in its sentence ("перемир'я", "прекращение огня", or a halt said in
words: "не наносити удари") and a word that states where a side stands on it (agree, declare,
propose, demand, reject, violate, accuse, end: ``lexicon/<language>/truce.tsv``). A sentence
right after a truce's may answer it without naming it again ("Он добавил, что президент России
согласился"). Positions with the same scope and status are one record; a proposal that the
text shows accepted folds into the acceptance (GUIDE: the request and its "yes" are one
position).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ceasefire.model import Agreement
from ceasefire.read.sentences import Sentence
from ceasefire.read.slavic.dates import find_dates
from ceasefire.read.slavic.diplomacy.common import (
    acting,
    any_date,
    clause_bounds,
    duration_hours,
    evidence,
    relative_clause_date,
    sides,
    statement_date,
)
from ceasefire.read.slavic.diplomacy.cues import Cue, Parsed, cases, find_cues, parse
from ceasefire.read.slavic.words import parses

# the strongest word decides: an accusation of violating it over the truce's mere mention
_PRIORITY = ("accuse", "violate", "end", "reject", "declare", "agree", "observe", "propose",
             "demand")
_STATUS = {"accuse": "violated", "violate": "violated", "end": "ended", "reject": "rejected",
           "declare": "agreed", "agree": "agreed", "observe": "agreed", "propose": "proposed",
           "demand": "proposed"}
_BELLIGERENTS = ["RU", "UA"]
_SCOPE_ORDER = ("scope_other", "scope_energy", "scope_black_sea")


@dataclass
class _Memory:
    """What a sentence may lean on from the sentences before it."""

    scope: str | None = None  # of the last truce named
    truce_just_before: bool = False
    sides: list[str] | None = None  # of the last sentence naming any
    group: list[str] | None = None  # of the last sentence naming several ("they")
    # the sides whose truce offer the report has told so far (a proposal, or an answer to one)
    offers: set[str] = field(default_factory=set)


def read_agreements(parsed_sentences: list[Parsed], published: dt.date | None) -> list[Agreement]:
    memory = _Memory()
    found: list[Agreement] = []
    occasions: dict[int, str] = {}  # id of a record → the truce's own name, where one is given
    undated: list[Agreement] = []  # the last sentence's positions dated by publication only
    to_both: set[int] = set()  # offsets of sentences putting a truce to both sides of the war
    for parsed in parsed_sentences:
        if _put_to_both_sides(parsed):
            to_both.add(parsed.sentence.start)
        _date_told_after(parsed, published, undated)
        record = _position(parsed, published, memory)
        brokered = _brokered(parsed, record, memory)
        _remember(parsed, memory, record)
        undated = []
        if brokered is not None and (record is None or record.status == "agreed"):
            record, brokered = brokered, None
        if record is None:
            continue
        if record.date == published and any_date(parsed, published) is None:
            undated.append(record)
        occasion = _occasion(parsed)
        declared = _declared_before_violation(parsed, published, record) \
            or _declared_in_its_description(parsed, record, published)
        counter = _counter_offer(parsed, record, published)  # narrows the answer first
        for position in (declared, brokered, record,
                         _offer_answered(parsed, record, published), counter):
            if position is not None:
                _add(found, position, occasion, occasions)
                _remember_offer(memory, position)
    return _fold_accepted_proposals(found, to_both)


def _put_to_both_sides(parsed: Parsed) -> bool:
    """"Катар предложил Украине и России перемирие на море", "Анкара предложила
    сторонам паузу": a proposal addressed to both sides of the war, not one side's request."""
    for cue in [*parsed.having("truce", "propose"), *_put_forward(parsed)]:
        _lo, hi = clause_bounds(parsed, cue.first)
        addressed = {m.side for first, _l, m in parsed.actors if cue.last < first <= hi
                     and m.kind == "state" and not parsed.is_(first - 1, "grammar", "place_prep")}
        if set(_BELLIGERENTS) <= addressed or any(
                _the_sides(parsed, i) for i in range(cue.last + 1, min(hi, cue.last + 2) + 1)):
            return True
    return False


def _the_sides(parsed: Parsed, i: int) -> bool:
    """"сторонам", "сторонам конфлікту": the sides of the war, a plural of "сторона"."""
    token = parsed.tokens[i]
    found = parses(token.text, parsed.language)[:1]
    return "сторона" in token.forms and bool(found) and "plur" in found[0].tag.grammemes


def _date_told_after(parsed: Parsed, published: dt.date | None,
                     undated: list[Agreement]) -> None:
    """"Україна погоджується на перемир'я. Про це у вівторок, 15 вересня, заявив Зеленський":
    the sentence saying who stated it, and when, dates the position before it."""
    if not undated or not parsed.having("grammar", "about_this"):
        return
    day = any_date(parsed, published)
    if day is None:
        return
    for record in undated:
        record.date = day
        record.evidence.append(evidence(parsed))


def _occasion(parsed: Parsed) -> str | None:
    """The truce's own name ("пасхальне перемир'я", "на Новый год"), if the sentence gives one."""
    return next((c.value for c in parsed.cues("truce") if c.value.startswith("occasion_")), None)


def _declared_before_violation(parsed: Parsed, published: dt.date | None,
                               violation: Agreement) -> Agreement | None:
    """"Путин объявлял перемирие, которое украинская сторона нарушила": a truce declared in
    the main clause and broken in the clause about it are two positions (GUIDE: each side's
    stated position is a record), the declaring side's and the breaking side's."""
    if violation.status != "violated":
        return None
    broken = parsed.having("truce", "violate", "accuse")
    declared = [c for c in parsed.having("truce", "declare", "agree")
                if not _negated(parsed, c.first)]
    if not broken or not declared:
        return None
    cue = declared[0]
    truce = next((t for t in parsed.having("truce", "truce", "halt")
                  if cue.last < t.first < broken[0].first), None)
    if truce is None or not any(parsed.is_(i, "grammar", "subclause")
                                for i in range(truce.last + 1, broken[0].first)):
        return None
    lo, hi = clause_bounds(parsed, cue.first)
    elsewhere = tuple(first for first, _l, _m in parsed.actors if not lo <= first <= hi)
    parties = sides(parsed, with_partner=False, skip=elsewhere)
    if not parties:
        return None
    return Agreement(date=statement_date(parsed, published), scope=violation.scope,
                     status="agreed", parties=parties,
                     proposed_by=parties[0] if cue.value == "declare" else None,
                     evidence=[evidence(parsed)])


def _declared_in_its_description(parsed: Parsed, told: Agreement,
                                 published: dt.date | None) -> Agreement | None:
    """"Перемирие, объявленное Путиным на Рождество, завершилось", "перемир'я, яке Путін
    оголосив у понеділок, порушили": a truce described, in a clause of its own, as declared by a
    side and then said to end or be broken holds the declaring side's position too (GUIDE: a
    side that declares a truce of its own commits itself), dated by its clause alone."""
    if told.status not in ("ended", "violated"):
        return None
    truce = next(iter(parsed.having("truce", "truce", "halt")), None)
    cue = next((c for c in parsed.having("truce", "declare") if not _negated(parsed, c.first)),
               None)
    if truce is None or cue is None or not (
            cue.first > truce.last and _describes(parsed, truce, cue)
            or cue.last < truce.first and _agent_after(parsed, cue)):
        return None  # "перемирие, объявленное …", "оголошене Кремлем перемир'я"
    lo, hi = clause_bounds(parsed, cue.first)
    declarers = _agent_after(parsed, cue) or \
        [side for first, side in acting(parsed, with_partner=False) if lo <= first <= hi]
    if not declarers:
        return None
    if told.status == "ended" and not told.parties:
        told.parties = declarers[:1]  # the truce a side declared bound that side alone
    # its day may follow a comma ("яке Путін оголосив у понеділок, 5 січня, завершилося"):
    # up to the word that ends or breaks it
    after = [c.first for c in parsed.having("truce", "end", "violate", "accuse") if c.first > hi]
    day = next(iter(_clause_dates(parsed, lo, min(after) - 1 if after else hi, published)), None)
    return Agreement(date=day, scope=told.scope, status="agreed", parties=declarers[:1],
                     proposed_by=declarers[0], duration_days=told.duration_days,
                     evidence=[evidence(parsed)])


def _agent_after(parsed: Parsed, cue: Cue) -> list[str]:
    """"объявленное Россией", "оголошене Києвом": the side in the instrumental right after a
    participle is the one that acted."""
    actor = parsed.actor_at(cue.last + 1)
    if actor is None or actor[0] != cue.last + 1 or actor[2].side is None \
            or "ablt" not in cases(parsed.tokens[actor[0]].text, parsed.language) \
            or not _participle(parsed, cue.last):
        return []
    return [actor[2].side]


def _participle(parsed: Parsed, i: int) -> bool:
    # Russian's dictionary tags a participle "PRTF"/"PRTS"; Ukrainian's gives it as a passive
    # adjective ("оголошене": "ADJF,pssv")
    found = parses(parsed.tokens[i].text, parsed.language)[:1]
    return bool(found) and bool({"PRTF", "PRTS", "pssv"} & found[0].tag.grammemes)


def _describes(parsed: Parsed, truce: Cue, cue: Cue) -> bool:
    """Whether the declaring word at ``cue`` stands in a clause about the truce right before
    it: after a comma or a relative word that follows the truce ("перемирие, объявленное",
    "перемир'я, яке … оголосив")."""
    lo, _hi = clause_bounds(parsed, cue.first)
    opener = lo - 1
    return truce.last < lo and (parsed.tokens[opener].text == ","
                                or parsed.is_(opener, "grammar", "relative")) \
        and all(not parsed.is_(k, "grammar", "subclause") or parsed.is_(k, "grammar", "relative")
                for k in range(truce.last + 1, lo))


def _clause_dates(parsed: Parsed, lo: int, hi: int, published: dt.date | None) -> list[dt.date]:
    """The days and months told between tokens ``lo`` and ``hi``."""
    first, last = parsed.tokens[lo].start, parsed.tokens[hi].end
    return [m.date for m in find_dates(parsed.text, parsed.language, published)
            if first <= m.start < last and m.explicit]


def _brokered(parsed: Parsed, record: Agreement | None, memory: _Memory) -> Agreement | None:
    """"мораторій, про який сторони домовилися за посередництва США", "был согласован при
    посредничестве США": the sides agreed to a truce a mediator brokered (GUIDE: the broker
    is ``proposed_by``), a position of its own beside the one the sentence states ("назвало
    атаку порушенням"), which takes the broker as its proposer too. Told as background, it
    is dated only by a day and month of its own."""
    mediator = _mediator(parsed)
    agreed = [c for c in parsed.having("truce", "agree", "settle")
              if not _negated(parsed, c.first)]
    if mediator is None or not agreed or not (parsed.having("truce", "truce", "halt")
                                              or memory.truce_just_before):
        return None
    if record is not None:
        record.proposed_by = record.proposed_by or mediator
    lo, hi = clause_bounds(parsed, agreed[0].first)
    named = [side for first, side in acting(parsed, with_partner=False)
             if lo <= first <= hi and side != mediator]
    if not named or parsed.having("truce", "both_sides"):
        named = list(_BELLIGERENTS)
    hours = duration_hours(parsed)
    return Agreement(date=any_date(parsed, None), status="agreed",
                     scope=_scope(parsed) or memory.scope or "full",
                     parties=list(dict.fromkeys(named)), proposed_by=mediator,
                     duration_days=round(hours / 24, 2) if hours else None,
                     conditions=list(record.conditions) if record else [],
                     evidence=[evidence(parsed)])


def _mediator(parsed: Parsed) -> str | None:
    """The state named right after a word of mediation ("за посередництва США")."""
    for cue in parsed.having("truce", "mediation"):
        actor = parsed.actor_at(cue.last + 1)
        if actor is not None and actor[2].side is not None and actor[2].kind == "state":
            return actor[2].side
    return None


def _offer_answered(parsed: Parsed, answer: Agreement,
                    published: dt.date | None) -> Agreement | None:
    """The proposal an answer names ("відхилила пропозицію США"): a position of its proposer's
    own (GUIDE: the other side's answer is a record of its own). An accepted one folds back
    into the acceptance. An offer told only by a participle or a clause inside its acceptance
    ("погоджується на запропоноване США перемир'я", "готова до перемир'я, яке запропонували
    американці") is the acceptance's proposer, no position of its own, also where another side
    refuses it: the acceptance only says whose truce it takes."""
    if answer.status not in ("rejected", "agreed") or answer.proposed_by is None \
            or answer.proposed_by in answer.parties or not _proposer_tokens(parsed):
        return None
    if answer.status == "agreed" and not _proposal_noun_proposers(parsed):
        return None
    # "о предложении Киева, которое накануне озвучил Зеленский": the offer's own day; an
    # offer only named by its answer was made on a day the text does not tell (GUIDE: null)
    return Agreement(date=relative_clause_date(parsed, published), scope=answer.scope,
                     status="proposed",
                     parties=[answer.proposed_by], proposed_by=answer.proposed_by,
                     duration_days=answer.duration_days, evidence=[evidence(parsed)])


def _counter_offer(parsed: Parsed, answer: Agreement,
                   published: dt.date | None) -> Agreement | None:
    """"відхилив перемир'я і запропонував натомість режим тиші на 45 днів", "на суточное
    перемирие не пойдем, а готовы лишь к полному": a side that answers one truce and,
    in a verb joined to its answer, puts another forward states a second position, the
    proposal, with the scope and length told after its own verb (the answer keeps those told
    before it)."""
    if answer.status not in ("rejected", "agreed") or not answer.parties:
        return None
    offer = next((c for c in parsed.cues("truce") if _joined_offer(parsed, c, answer)), None)
    if offer is None:
        return None
    head, tail = _split_at(parsed, offer.first)
    if head.having("truce", "truce", "halt"):  # "відкинув … перемир'я": the truce answered
        answer.scope = _scope(head) or "full"
    head_hours = duration_hours(head, published)
    answer.duration_days = round(head_hours / 24, 2) if head_hours else None
    hours = duration_hours(tail, published)
    return Agreement(date=answer.date, scope=_scope(tail) or answer.scope, status="proposed",
                     parties=answer.parties[:1], proposed_by=answer.parties[0],
                     duration_days=round(hours / 24, 2) if hours else None,
                     evidence=[evidence(parsed)])


def _joined_offer(parsed: Parsed, cue: Cue, answer: Agreement) -> bool:
    """A verb of proposing (or, after a refusal, of readiness: "а готова только к") joined to
    the answer before it by "і"/"и"/"а", over "натомість", "водночас", "взамен"."""
    if cue.value != "propose" and not (cue.value == "ready" and answer.status == "rejected"):
        return False
    k = cue.first - 1
    while k > 0 and parsed.tokens[k].text.lower() in _INSTEAD:
        k -= 1
    return k > 0 and parsed.tokens[k].text.lower() in _AND and not _negated(parsed, cue.first)


_AND = ("і", "й", "та", "и", "а")
_INSTEAD = ("натомість", "водночас", "взамен", "одновременно", "вместо", "этого", "зато")


def _split_at(parsed: Parsed, first: int) -> tuple[Parsed, Parsed]:
    """The sentence before token ``first`` and from it on, each read as a sentence of its own."""
    cut = parsed.tokens[first].start
    s = parsed.sentence
    head = Sentence(s.index, s.start, s.start + cut, s.text[:cut], s.paragraph)
    tail = Sentence(s.index, s.start + cut, s.end, s.text[cut:], s.paragraph)
    return parse(head, parsed.language), parse(tail, parsed.language)


def _position(parsed: Parsed, published: dt.date | None, memory: _Memory) -> Agreement | None:
    named = parsed.having("truce", "truce", "halt")
    truces = [t for t in named if not _topic_of_talks(parsed, t)]
    if named and not truces:
        return None  # "переговори щодо перемир'я": a position on the talks, if any
    if not truces and not memory.truce_just_before:
        return None
    if _interviewer_s_question(parsed):
        return None  # "Питання: Трамп знову запропонував …": the premise of a question
    if _pundit_s_view(parsed):
        return None  # "Експерти вважають, що сторони готові …": no side's position
    if parsed.having("truce", "retracted"):
        return None  # a correction: "ошибочно говорилось, что Песков объявил …"
    if parsed.having("truce", "appraise") and parsed.having("truce", "we"):
        return None  # the writers' own view: "Мы оцениваем это заявление как отказ"
    if parsed.having("grammar", "question") or parsed.text.rstrip().endswith("?") or any(
            parsed.is_(t.first - 1, "talks", "floated") for t in truces):
        return None  # "чи діє перемир'я", "Хто погодився?", "можливе перемир'я": no position
    if _truce_in_the_conditional(parsed, truces):
        return None  # "перемирие могло бы стать первым шагом": spoken of as possible
    cue, status = _status(parsed, truces)
    if status is None or _accused_each_other(parsed, cue) \
            or _by_no_one(parsed, cue.first if cue is not None else truces[0].first):
        return None
    scope = _narrowed(_scope(parsed), memory.scope) or (memory.scope if memory.scope else "full")
    proposer_tokens = _proposer_tokens(parsed)
    condition = _condition_start(parsed)
    conditional = tuple(first for first, _l, _m in parsed.actors if first > condition)
    # the sides of the position's own clause ("Кремль заявив, що Україна порушила …": Ukraine),
    # else of the sentence ("Песков заявил … перемирия, которое продлилось до …": Russia)
    lo, hi = clause_bounds(parsed, cue.first if cue is not None else truces[0].first)
    elsewhere = tuple(first for first, _l, _m in parsed.actors if not lo <= first <= hi)
    asked = _addressees(parsed)
    parties = sides(parsed, with_partner=False,
                    skip=proposer_tokens + asked + conditional + elsewhere) \
        or sides(parsed, with_partner=False, skip=proposer_tokens + asked + conditional)
    if cue is not None and cue.value == "accuse":
        parties = _named_after(parsed, cue) or parties
    if cue is not None and cue.value == "violate":
        parties = _violator_after(parsed, cue) or _violator_before(parsed, cue) or parties
    if cue is not None and cue.value in ("declare", "propose"):
        parties = _agent_after(parsed, cue) or parties  # "объявленное Москвой перемирие"
    if not parties:
        parties = _seat_of_government(parsed)
    if not parties:
        parties = list((memory.group if _plural_subject(parsed) else memory.sides) or [])
    proposer = _proposer(parsed, proposer_tokens, cue, parties, status)
    if cue is not None and _readiness_of_its_own(parsed, cue, status) \
            and _named_here(parsed, parties) and not memory.offers - set(parties):
        # GUIDE: a side that says yes to another's truce agrees; one that puts forward its
        # own proposes. Readiness with no other side's offer told before is the latter.
        status, proposer = "proposed", parties[0]
    hours = duration_hours(parsed, published)
    return Agreement(date=statement_date(parsed, published), scope=scope, status=status,
                     parties=parties, proposed_by=proposer,
                     duration_days=round(hours / 24, 2) if hours else None,
                     conditions=_conditions(parsed, condition), evidence=[evidence(parsed)])


def _interviewer_s_question(parsed: Parsed) -> bool:
    """"Вопрос: Президент США вновь предложил …", "ПИТАННЯ: Європа закликає …": an
    interview's or briefing's question, labelled so, tells what the asker takes as known; the
    position is the answer's, if it gives one."""
    tokens = parsed.tokens
    return len(tokens) > 2 and tokens[0].text.lower() in _QUESTION_LABELS \
        and tokens[1].text == ":"


_QUESTION_LABELS = ("питання", "запитання", "вопрос")


def _pundit_s_view(parsed: Parsed) -> bool:
    """"Аналитики полагают, что …", "На думку експертів, …", "Автор колонки вважає …": a
    sentence opened by what an analyst, an expert or a column's author thinks tells their view
    of where the sides stand, not a position a side stated (GUIDE: nothing the text does not
    say a side said)."""
    return any(set(token.forms) & _PUNDITS for token in parsed.tokens[:_PUNDIT_REACH])


# the people whose view is no side's: analysts, experts, columnists, observers
_PUNDITS = {"аналитик", "аналітик", "эксперт", "експерт", "политолог", "політолог",
            "обозреватель", "оглядач", "колумнист", "колумніст", "автор"}
_PUNDIT_REACH = 4  # tokens from the sentence's start to the holder ("По мнению турецких экспертов")


def _remember_offer(memory: _Memory, position: Agreement) -> None:
    """A proposal, or an answer naming another side's proposal, tells that side's offer."""
    if position.proposed_by and (position.status == "proposed"
                                 or position.proposed_by not in position.parties):
        memory.offers.add(position.proposed_by)


def _named_here(parsed: Parsed, parties: list[str]) -> bool:
    """Whether the sentence names the ready side itself ("Київ готовий"), not a "we" whose
    side is taken from the sentences before it."""
    return bool(parties) and any(m.side == parties[0] for _f, _l, m in parsed.actors)


def _readiness_of_its_own(parsed: Parsed, cue: Cue, status: str) -> bool:
    """"Київ готовий до перемир'я", "Москва готова прекратить огонь, если …": a side's
    readiness that names no one's offer in its sentence (no proposal noun, no offering
    participle or clause) is either its own proposal or its yes to an offer told before.
    Readiness to keep a truce ("готовий виконувати мораторій") is a yes to one in force."""
    return parsed.is_(cue.first, "truce", "ready") and status == "agreed" \
        and not _negated(parsed, cue.first) \
        and not parsed.having("truce", "proposal", "offered_by", "discuss", "observe") \
        and not _offered_in_a_clause(parsed)


def _conditional_particles(parsed: Parsed) -> list[int]:
    """The tokens of the conditional mood ("бы", "би", "б"; "якби"), not those of "at least"
    ("хотя бы", "хоча б")."""
    return [i for i, token in enumerate(parsed.tokens)
            if token.text.lower() in _CONDITIONAL
            and (i == 0 or parsed.tokens[i - 1].text.lower() not in _AT_LEAST)]


_CONDITIONAL = ("бы", "б", "би", "якби")
_AT_LEAST = ("хотя", "хоть", "хоча", "хоч")


def _truce_in_the_conditional(parsed: Parsed, truces: list[Cue]) -> bool:
    """"перемирие «теоретически могло бы» стать частью сделки", "мораторій міг би стати першим
    кроком": a truce that is the subject of a verb in the conditional mood is spoken of as
    possible, and nothing else said of it in the sentence is a position (GUIDE)."""
    return any(t.last < i <= t.last + _CONDITIONAL_REACH
               for t in truces for i in _conditional_particles(parsed))


# tokens from a truce to its verb's "бы" ("перемирие в энергетике «могло бы")
_CONDITIONAL_REACH = 5


def _hypothetical(parsed: Parsed, cue: Cue) -> bool:
    """"если бы стороны договорились", "поддержали бы немедленное перемирие", "якби сторони
    домовилися": a status word in a clause of the conditional mood states no position."""
    lo, hi = clause_bounds(parsed, cue.first)
    return any(lo <= i <= hi for i in _conditional_particles(parsed))


def _by_no_one(parsed: Parsed, act: int) -> bool:
    """"жодна зі сторін не оголошувала мораторію", "никто не нарушал перемирие": an act no
    one took, told by its subject a few words before it, is no side's position."""
    return any(act - _NO_ONE_REACH <= c.first < act for c in parsed.having("grammar", "no_one"))


_NO_ONE_REACH = 7  # tokens from "ни одна из сторон" to its verb ("… пока не предлагала")


def _accused_each_other(parsed: Parsed, cue: Cue | None) -> bool:
    """"сторони звинувачували одна одну в порушеннях", "заканчивались взаимными обвинениями":
    an accusation of each other that names no side in its clause accuses no one; it tells the
    story of past truces, not a side's position."""
    if cue is None or cue.value not in ("accuse", "violate"):
        return False
    lo, hi = clause_bounds(parsed, cue.first)
    mutual = any(lo <= c.first <= hi for c in parsed.having("grammar", "mutual"))
    named = any(lo <= first <= hi and mention.side for first, _l, mention in parsed.actors)
    return mutual and not named


def _narrowed(scope: str | None, before: str | None) -> str | None:
    """"идею морского перемирия" after a Black Sea truce was put forward: the sea is the
    Black Sea of the truce on the table."""
    return "black_sea" if scope == "sea" and before == "black_sea" else scope


def _topic_of_talks(parsed: Parsed, truce: Cue) -> bool:
    """"переговоры о прекращении огня", "майданчиком для переговорів щодо перемир'я": the
    truce is what talks are about, and the words around it are about the talks."""
    return parsed.is_(truce.first - 1, "talks", "purpose") \
        and parsed.is_(truce.first - 2, "talks", "meeting", "call")


def _condition_start(parsed: Parsed) -> int:
    """The token where a condition opens ("за умови, що …", "при условии …"), else the end."""
    cues = parsed.having("grammar", "condition")
    return cues[0].first if cues else len(parsed.tokens)


def _conditions(parsed: Parsed, start: int) -> list[str]:
    if start >= len(parsed.tokens):
        return []
    text = parsed.text[parsed.tokens[start].start:].strip(" .;")
    return [text] if text else []


def _status(parsed: Parsed, truces: list[Cue]) -> tuple[Cue | None, str | None]:
    ready = _ready_to_discuss(parsed, truces)
    if ready is not None:
        return ready, "proposed"
    words = _outside_condition(parsed, {
        c.value: c for c in reversed([*_going_for(parsed), *parsed.cues("truce"),
                                      *_put_forward(parsed)])
        if c.value in _STATUS and not _about_another_act(parsed, c)
        and not _only_possible(parsed, c) and not _hosting(parsed, c)
        and not _impossible_without(parsed, c) and not _hypothetical(parsed, c)})
    negated = {value: _negated(parsed, c.first) or _told_impossible(parsed, c)
               for value, c in words.items()}
    weigh = parsed.having("truce", "weigh")
    if weigh:  # "готова розглянути пропозицію": no answer yet; "не розглядає": a refusal
        if _negated(parsed, weigh[0].first):
            return weigh[0], "rejected"
        words = _outside_clause(parsed, words, weigh[0])
        if not words:
            return None, None
        negated = {value: _negated(parsed, c.first) for value, c in words.items()}
    denied = bool(truces) and all(_negated(parsed, t.first) or _negated(parsed, t.first - 1)
                                  for t in truces)
    if denied and "end" in words:
        return None, None  # "кожна закінчувалася обіцянками, а не перемир'ям": no truce to end
    if any(_negated(parsed, t.first) or _negated(parsed, t.first - 1) for t in truces) \
            and not words:
        return None, "rejected"  # "мир, а не перемирие"
    for value in _PRIORITY:
        cue = words.get(value)
        if cue is None:
            continue
        if negated[value]:
            if value == "observe":
                return cue, "violated"  # "не дотримується перемир'я"
            if value in ("agree", "declare", "propose"):
                return cue, "rejected"  # "не погодилася"
            continue  # "не відкидає": no answer yet
        if value == "agree" and _content_clause(parsed, cue):
            return cue, "proposed"  # "вони погодилися, що має бути припинення вогню"
        if value == "agree" and _mirror_offer(parsed, cue):
            return cue, "proposed"  # "готова не бити …, якщо Росія припинить удари"
        if value in ("agree", "declare") and _asked_to(parsed, cue):
            # "закликав погодитися", "предложила объявить прекращение огня": asked for
            return words.get("propose") or words.get("demand"), "proposed"
        return cue, _STATUS[value]
    if any(_negated(parsed, t.first) or _negated(parsed, t.first - 1) for t in truces):
        return None, "rejected"
    return None, None


def _hosting(parsed: Parsed, cue: Cue) -> bool:
    """"Будапешт міг би прийняти наступні переговори", "Анкара примет встречу": a verb of
    accepting with talks as its object hosts them; it says no yes to a truce."""
    return parsed.is_(cue.first, "talks", "host_verb") and any(
        cue.last < c.first <= cue.last + _OBJECT_REACH + 1
        for c in parsed.having("talks", "meeting", "call"))


def _put_forward(parsed: Parsed) -> list[Cue]:
    """"Вашингтон передав Києву пропозицію перемир'я", "Анкара направила сторонам предложение":
    a verb of handing over or voicing with a proposal noun as its object proposes, as
    "запропонував" does."""
    return [Cue("propose", verb.first, verb.last) for verb in parsed.having("truce", "put_forward")
            if any(verb.last < noun.first <= verb.last + _OBJECT_REACH + 1
                   for noun in parsed.having("truce", "proposal"))]


def _going_for(parsed: Parsed) -> list[Cue]:
    """"На перемирие … Россия не пойдет", "на трехдневную паузу Украина не пойдет": a verb of
    going whose "на" stands fronted before it, with a truce (or a pause) for its object, says
    yes to it, or no where negated, as "пойти на перемирие" does (over a later "готова": the
    fronted object is what the sentence answers)."""
    found = []
    condition = _condition_start(parsed)  # "пока там идет мобилизация": no answer
    for verb in parsed.having("truce", "go_for"):
        if verb.first > condition:
            continue
        # "на" of its own, not the end of "пойти на" (that phrase is an agree word already)
        onto = [i for i in range(verb.first) if parsed.tokens[i].text.lower() in ("на",)
                and not parsed.is_(i, "truce", "agree")]
        if any(_truce_object(parsed, i + 1) for i in onto):
            found.append(Cue("agree", verb.first, verb.last))
    return found


def _truce_object(parsed: Parsed, i: int) -> bool:
    """Whether a truce, or a pause, is the object starting at token ``i`` (over an adjective:
    "на трехдневную паузу")."""
    near = range(i, min(i + 2, len(parsed.tokens)))
    return any(c.first in near for c in parsed.having("truce", "truce")) \
        or any("пауза" in parsed.tokens[k].forms for k in near)


def _impossible_without(parsed: Parsed, cue: Cue) -> bool:
    """"доверие, без которого невозможно никакое перемирие", "перемир'я неможливе без
    гарантій": a truce impossible without something states what any truce needs, not a side's
    refusal; "невозможно, пока …" still refuses."""
    if cue.value != "reject" or not set(parsed.tokens[cue.first].forms) & _IMPOSSIBLE:
        return False
    near = range(max(0, cue.first - _WITHOUT_REACH), min(len(parsed.tokens), cue.last + 2))
    return any(parsed.tokens[i].text.lower() == "без" for i in near)


_IMPOSSIBLE = {"невозможный", "невозможно", "неможливий", "неможливо"}
_WITHOUT_REACH = 3  # tokens from "без" to the word it qualifies ("без которого невозможно")


def _outside_condition(parsed: Parsed, words: dict[str, Cue]) -> dict[str, Cue]:
    """"поддержал предложение … при условии, что Украина откажется от атак": a word inside
    the condition tells what the other side must do, not where the speaker stands; it counts
    only where no status word stands before the condition."""
    condition = _condition_start(parsed)
    # "в принципі підтримує ініціативу, але вимагає, щоб … не вважалися порушенням": what a
    # side demands after its answer is the demand's content, not another answer
    demands = [d.first for d in parsed.having("truce", "demand")
               if any(c.first < d.first for value, c in words.items() if value != "demand")]
    cut = min([condition, *demands])
    before = {value: c for value, c in words.items() if c.first < cut}
    return _announced_content(parsed, before or words)


def _announced_content(parsed: Parsed, words: dict[str, Cue]) -> dict[str, Cue]:
    """"Рубіо оголосив, що Вашингтон пропонує …": a word of declaring that tells what follows
    ("оголосив, що") is a word of saying where the clause it opens has a status word of its
    own; "оголосив, що війська припинять вогонь" still declares."""
    declare = words.get("declare")
    if declare is None:
        return words
    after = range(declare.last + 1, min(len(parsed.tokens), declare.last + 3))
    if not any(parsed.tokens[i].text.lower() in ("що", "что") for i in after):
        return words
    inside = {value: c for value, c in words.items() if c.first > declare.last}
    return inside or words


def _ready_to_discuss(parsed: Parsed, truces: list[Cue]) -> Cue | None:
    """"Москва готова обсудить локальный режим тишины", "Київ готовий обговорити перемир'я":
    a side ready to discuss a truce that is no one's offer puts it forward (readiness to
    discuss another's proposal only weighs it)."""
    if parsed.having("truce", "proposal", "offered_by"):
        return None
    for cue in parsed.having("truce", "ready"):
        discuss = next((c for c in parsed.having("truce", "discuss")
                        if cue.last < c.first <= cue.last + 2), None)
        if discuss is None or _negated(parsed, cue.first):
            continue
        # the truce is what is discussed: right after the verb ("обсудить локальный режим
        # тишины"), not one set against it ("обсуждать урегулирование, а не паузы")
        if any(discuss.last < t.first <= discuss.last + _OBJECT_REACH
               and not _negated(parsed, t.first) for t in truces):
            return cue
    return None


_OBJECT_REACH = 3  # tokens from a verb to the truce it governs ("обсудить локальный режим тишины")


def _only_possible(parsed: Parsed, cue: Cue) -> bool:
    """"її можна запровадити хоч завтра", "Москва могла бы объявить": an act told as possible
    is none taken (GUIDE: a truce only spoken of as possible is no position)."""
    modal = _modal_before(parsed, cue)
    return parsed.is_(modal, "talks", "floated") and not _negated(parsed, modal)


def _told_impossible(parsed: Parsed, cue: Cue) -> bool:
    """"Мы не можем пойти на перемирие", "пропозиція не може бути прийнята": an act a side
    says it cannot take is refused, not merely possible."""
    modal = _modal_before(parsed, cue)
    return parsed.is_(modal, "talks", "floated") and _negated(parsed, modal)


def _modal_before(parsed: Parsed, cue: Cue) -> int:
    """The token where a modal before the cue would stand ("может", "може бути")."""
    modal = cue.first - 1
    while modal > 0 and parsed.tokens[modal].text.lower() in _BETWEEN_MODAL_AND_VERB:
        modal -= 1  # "не може бути прийнята", "могли б прийняти"
    return modal


_TO_BE = ("бути", "быть")  # between a modal and a passive participle: "не может быть принят"
_BETWEEN_MODAL_AND_VERB = (*_TO_BE, "б", "би", "бы", "«", "»")


def _about_another_act(parsed: Parsed, cue: Cue) -> bool:
    """"отказались комментировать", "договорились продолжать контакты", "готова обсудить":
    a yes or a no to another act, told by its infinitive right beside the word (before it
    too: "комментировать … отказались"), is no answer on the truce; an infinitive that is a
    truce word itself ("отказался прекратить огонь", "согласилась соблюдать") still is."""
    if cue.value not in ("agree", "reject"):
        return False
    lo, hi = clause_bounds(parsed, cue.first)
    near = range(max(lo, cue.first - _INFINITIVE_REACH), min(hi, cue.last + 1) + 1)
    infinitives = [i for i in near if not cue.first <= i <= cue.last and _infinitive(parsed, i)]
    if not infinitives:
        return False
    nearest = min(infinitives, key=lambda i: abs(i - cue.first))
    # "готова обсуждать", "готова принять встречу": another act still
    return not any(c.first <= nearest <= c.last for c in parsed.cues("truce")
                   if c.value != "discuss" and not _hosting(parsed, c))


_INFINITIVE_REACH = 4  # tokens before a yes or no where the infinitive it governs may stand


def _infinitive(parsed: Parsed, i: int) -> bool:
    word = parsed.tokens[i].text
    if word.lower() in _TO_BE:
        return False  # "не может быть принято": the passive's auxiliary, no other act
    # Russian's dictionary tags an infinitive "INFN", Ukrainian's "infn"
    return parsed.tokens[i].is_word and any(
        {"INFN", "infn"} & p.tag.grammemes for p in parses(word, parsed.language)[:1])


def _mirror_offer(parsed: Parsed, cue: Cue) -> bool:
    """"Київ готовий не бити по НПЗ, якщо Москва зупинить удари", "Москва готова не атаковать
    порты, как только Киев поступит так же": readiness to halt on the condition that the other
    side of the war halts too, answering no one's offer, puts a mutual truce forward."""
    if not parsed.is_(cue.first, "truce", "ready") \
            or parsed.having("truce", "proposal", "offered_by") or _offered_in_a_clause(parsed):
        return False
    condition = _condition_start(parsed)
    return condition > cue.last and any(
        first > condition and mention.side in _BELLIGERENTS
        for first, _last, mention in parsed.actors)


def _outside_clause(parsed: Parsed, words: dict[str, Cue], weigh: Cue) -> dict[str, Cue]:
    """The status words of other clauses than the one where a side only weighs an offer:
    "делегація запропонувала режим тиші; інша сторона пообіцяла вивчити пропозицію" still
    states the proposal."""
    lo, hi = clause_bounds(parsed, weigh.first)
    return {value: c for value, c in words.items() if not lo <= c.first <= hi}


def _negated(parsed: Parsed, index: int) -> bool:
    return parsed.is_(index - 1, "grammar", "negation")


def _asked_to(parsed: Parsed, cue: Cue) -> bool:
    """"закликав Росію погодитися на перемир'я": the agreement asked for is a proposal."""
    return any(c.last < cue.first <= c.last + 4 for c in parsed.having("truce", "propose",
                                                                        "demand"))


def _content_clause(parsed: Parsed, cue: Cue) -> bool:
    """An agreement that something should be ("погодилися, що …"): the speakers state a
    proposal, not a yes to someone's."""
    after = range(cue.last + 1, min(len(parsed.tokens), cue.last + 3))
    return any(parsed.tokens[i].text.lower() in ("що", "что") for i in after)


_BESIDE = 4  # tokens between a truce word and a word of "other" scope that qualifies it


def _scope(parsed: Parsed) -> str | None:
    asked = _asked_after_the_truce(parsed)
    found = {c.value for c in parsed.cues("truce") if c.value.startswith("scope_")
             and c.first < asked
             and (c.value not in ("scope_other", "scope_full") or _beside_a_truce(parsed, c)
                  or c.value == "scope_other" and _said_of_the_truce(parsed, c))
             and (c.value != "scope_air" or _in_a_truce_clause(parsed, c))} \
        | _scope_inside_a_truce(parsed)
    if "scope_full" in found and _whole(parsed, found):
        return "full"  # "полное прекращение огня", whatever weapons the sentence names
    for name in _SCOPE_ORDER:
        if name in found:
            return name.removeprefix("scope_").replace("energy", "energy_infrastructure")
    air, sea = "scope_air" in found, "scope_sea" in found
    if "scope_land" in found and (air or sea):
        return "full"
    if air and sea:
        return "air_and_sea"
    return "sea" if sea else "air" if air else None


def _asked_after_the_truce(parsed: Parsed) -> int:
    """Where a demand or a condition opens after every truce the sentence names ("погодилася
    на повітряну паузу, проте вимагає, аби її поширили й на порти"): what it asks for
    is not yet the truce's scope. The end of the sentence where there is none."""
    truces = parsed.having("truce", "truce", "halt")
    if not truces:
        return len(parsed.tokens)
    last = max(t.last for t in truces)
    opens = [c.first for c in parsed.having("truce", "demand") if c.first > last]
    condition = _condition_start(parsed)
    if last < condition < len(parsed.tokens):
        opens.append(condition)
    return min(opens, default=len(parsed.tokens))


def _scope_inside_a_truce(parsed: Parsed) -> set[str]:
    """"гуманітарна пауза", "воздушная пауза": a truce phrase whose first words are a scope's
    (the phrase is one cue, so its scope word is read again on its own)."""
    found: set[str] = set()
    for truce in parsed.having("truce", "truce"):
        words = parsed.tokens[truce.first:truce.last]  # all but the truce's own noun
        found.update(c.value for c in find_cues(words, parsed.language, "truce")
                     if c.value.startswith("scope_"))
    return found


def _in_a_truce_clause(parsed: Parsed, cue: Cue) -> bool:
    """"перемир'я в повітрі", "мораторий на удары дронами": the sky or a weapon scopes a truce
    named in its own clause; weapons told in another clause ("режим тиші завершився, Росія
    відновила повітряні атаки", "нарушили режим тишины: …, атаковали дронами") are what
    happened, not what the truce covers."""
    truces = parsed.having("truce", "truce", "halt")
    if not truces:
        return True  # "Україна пропонує тишу в небі": the truce named in the sentence before
    lo, hi = clause_bounds(parsed, cue.first)
    return any(lo <= t.first <= hi or _beside_a_truce(parsed, cue) for t in truces)


def _whole(parsed: Parsed, found: set[str]) -> bool:
    """A truce called whole is full unless the words beside it narrow it ("повне припинення
    вогню в небі та на морі"): only weapons named elsewhere ("после атак беспилотников")
    give way to it."""
    if not found.isdisjoint(("scope_energy", "scope_black_sea", "scope_other", "scope_sea",
                             "scope_land")):
        return False
    return not any(_beside_a_truce(parsed, c) for c in parsed.having("truce", "scope_air"))


def _beside_a_truce(parsed: Parsed, cue: Cue) -> bool:
    """"гуманитарное перемирие", "перемирие на отдельных участках фронта": a local or
    humanitarian word qualifies the truce only right beside it ("Исходя из гуманитарных
    соображений, … объявляет перемирие" is a reason, not a scope)."""
    return any(-2 <= cue.first - t.last <= _BESIDE or 0 < t.first - cue.last <= 2
               for t in parsed.having("truce", "truce", "halt"))


def _addressees(parsed: Parsed) -> tuple[int, ...]:
    """"Украина предложила Российской стороне прекращение огня", "запропонувала Росії": the
    side in the dative right after a verb of proposing is asked, it takes no part yet."""
    out = []
    for cue in [*parsed.having("truce", "propose"), *_put_forward(parsed)]:
        actor = parsed.actor_at(cue.last + 1)
        if actor is None or actor[0] != cue.last + 1:
            continue
        end = actor[1] + 1 if parsed.is_(actor[1] + 1, "talks", "head") else actor[1]
        forms = _shared_cases(parsed, actor[0], end)
        if "datv" in forms and "nomn" not in forms:
            out.append(actor[0])
    return tuple(out)


def _shared_cases(parsed: Parsed, first: int, last: int) -> frozenset[str]:
    """The cases every word from ``first`` to ``last`` allows ("Російській стороні": datv, loct)."""
    shared: frozenset[str] | None = None
    for k in range(first, last + 1):
        forms = cases(parsed.tokens[k].text, parsed.language)
        shared = forms if shared is None else shared & forms
    return shared or frozenset()


def _said_of_the_truce(parsed: Parsed, cue: Cue) -> bool:
    """"перемирие на четыре дня в отдельных районах ради вывоза раненых": the words that
    follow a truce in its clause say what it covers, a little further than right beside it."""
    lo, hi = clause_bounds(parsed, cue.first)
    return any(lo <= t.first and 0 < cue.first - t.last <= _QUALIFIER_REACH
               for t in parsed.having("truce", "truce", "halt"))


_QUALIFIER_REACH = 10  # tokens after a truce, in its clause, where a word of its scope stands


def _proposer_tokens(parsed: Parsed) -> tuple[int, ...]:
    """The names right after a proposal noun ("предложение президента США Трампа") or a
    participle of proposing ("запропоноване США «повітряне перемир'я»")."""
    out = list(_proposal_noun_proposers(parsed))
    for cue in parsed.having("truce", "offered_by"):
        actor = parsed.actor_at(cue.last + 1)
        if actor is not None and actor[0] == cue.last + 1:
            out.append(actor[0])
    return tuple(out) + _offered_in_a_clause(parsed)


def _proposal_noun_proposers(parsed: Parsed) -> tuple[int, ...]:
    """The names right after a proposal noun or its adjective before it ("пропозицію США",
    "українська пропозиція")."""
    out: list[int] = []
    for cue in parsed.having("truce", "proposal"):
        for first, last, _mention in parsed.actors:
            if cue.last < first <= cue.last + 4 or last == cue.first - 1 \
                    and _adjective(parsed, last):
                out.append(first)  # "пропозицію США", and "українська пропозиція"
    return tuple(out)


def _adjective(parsed: Parsed, i: int) -> bool:
    """"украинское" before "предложение" (not "Україна" before "пропозицію підтримала")."""
    # any reading: the Ukrainian dictionary reads "українська" as a surname first
    return any(p.tag.POS == "ADJF" for p in parses(parsed.tokens[i].text, parsed.language))


def _offered_in_a_clause(parsed: Parsed) -> tuple[int, ...]:
    """"припинення вогню, яке запропонували американці", "перемирие, которое предложил
    Вашингтон": the sides named in a clause about the truce that proposes it are its
    proposers, not parties of the sentence's answer."""
    out: list[int] = []
    for cue in parsed.having("truce", "propose"):
        lo, hi = clause_bounds(parsed, cue.first)
        if parsed.is_(lo - 1, "grammar", "relative"):
            out.extend(first for first, _l, m in parsed.actors if lo <= first <= hi and m.side)
    return tuple(out)


def _proposer(parsed: Parsed, proposer_tokens: tuple[int, ...], cue: Cue | None,
              parties: list[str], status: str) -> str | None:
    """Who put the truce forward: the side named after a proposal noun ("пропозицію США"),
    else the subject of a verb of proposing or declaring ("Трамп попросил Путина …"), else
    the first party of a proposal or a declaration."""
    named = next((m.side for first, _l, m in parsed.actors
                  if first in proposer_tokens and m.side), None)
    if named is not None:
        return named
    if cue is not None and cue.value in ("propose", "declare", "demand"):
        subject = [side for first, side in acting(parsed, with_partner=False) if first < cue.first]
        if subject:
            return subject[0]
    if status == "proposed" or (cue is not None and cue.value == "declare"):
        return parties[0] if parties else None
    return None


def _named_after(parsed: Parsed, cue: Cue) -> list[str]:
    """The accused: the first side named after "звинуватив"."""
    for first, _last, mention in parsed.actors:
        if first > cue.last and mention.side and mention.kind != "media":
            return [mention.side]
    return []


def _violator_after(parsed: Parsed, cue: Cue) -> list[str]:
    """"порушенням Росією", "нарушение Украиной": a side in the instrumental right after a
    word of violating is the side that broke the truce (not "порушення України", a genitive);
    so is the side after "з боку" / "со стороны" ("нарушения со стороны ВСУ")."""
    by = next((c for c in parsed.having("grammar", "by_side")
               if cue.last < c.first <= cue.last + 2), None)  # "порушень» з боку ЗСУ"
    if by is not None:
        actor = parsed.actor_at(by.last + 1)
        return [actor[2].side] if actor is not None and actor[0] == by.last + 1 \
            and actor[2].side else []
    actor = parsed.actor_at(cue.last + 1)
    if actor is None or actor[0] != cue.last + 1 or actor[2].side is None:
        return []
    if "ablt" not in cases(parsed.tokens[actor[0]].text, parsed.language):
        return []
    return [actor[2].side]


def _violator_before(parsed: Parsed, cue: Cue) -> list[str]:
    """"российские подразделения 80 раз нарушили перемирие": the side named last before a
    word of violating in its clause, in the nominative and after no preposition, broke it."""
    lo, _hi = clause_bounds(parsed, cue.first)
    for first, last, mention in reversed(parsed.actors):
        if not lo <= first < cue.first or mention.side is None or mention.kind == "media":
            continue
        if "nomn" in cases(parsed.tokens[last].text, parsed.language) \
                and not parsed.is_(first - 1, "grammar", "place_prep", "party_prep", "date_prep"):
            return [mention.side]
        return []
    return []


def _seat_of_government(parsed: Parsed) -> list[str]:
    """"В Киеве инициативу поддержали", "У Кремлі пропозицію відхилили": a capital or seat of
    government that opens the sentence after "в"/"у", with a verb of no subject, stands for
    its government (GUIDE: "Moscow said" names a side, not a place)."""
    for first, _last, mention in parsed.actors:
        if first == 1 and mention.kind in ("capital", "office") and mention.side \
                and parsed.is_(0, "grammar", "place_prep"):
            return [mention.side]
    return []


def _plural_subject(parsed: Parsed) -> bool:
    return any(c.first <= 2 for c in parsed.having("grammar", "plural"))


def _remember(parsed: Parsed, memory: _Memory, record: Agreement | None) -> None:
    truces = parsed.having("truce", "truce", "halt")
    memory.truce_just_before = bool(truces)
    if truces:
        memory.scope = _scope(parsed) or memory.scope
    named = sides(parsed)
    if named:
        memory.sides = named
    # "оприлюднив пропозицію Вашингтона": an offer told, whether or not read as a position
    memory.offers.update(m.side for first, _l, m in parsed.actors
                         if first in _proposal_noun_proposers(parsed) and m.side)
    if len(named) >= 2:
        memory.group = named


def _add(found: list[Agreement], record: Agreement, occasion: str | None,
         occasions: dict[int, str]) -> None:
    """One record per scope and status: a later sentence fills what the first left open. Two
    truces named for two occasions ("новогоднее", "пасхальное") stay two records."""
    for kept in found:
        other = occasions.get(id(kept))
        if (kept.scope, kept.status) == (record.scope, record.status) \
                and (occasion is None or other is None or occasion == other) \
                and not _each_side_accused(kept, record) \
                and not _two_truces_agreed(kept, record) \
                and not _agreed_apart(kept, record):
            if occasion is not None:
                occasions[id(kept)] = occasion
            kept.parties = kept.parties or record.parties
            kept.proposed_by = kept.proposed_by or record.proposed_by
            kept.duration_days = kept.duration_days or record.duration_days
            kept.conditions.extend(c for c in record.conditions if c not in kept.conditions)
            kept.evidence.extend(record.evidence)
            return
    found.append(record)
    if occasion is not None:
        occasions[id(record)] = occasion


def _each_side_accused(kept: Agreement, record: Agreement) -> bool:
    """Moscow accusing Kyiv of breaking a truce and Kyiv accusing Moscow are two positions
    (GUIDE: each side's stated position is a record), though of one scope and status."""
    return kept.status == record.status == "violated" and bool(kept.parties) \
        and bool(record.parties) and set(kept.parties).isdisjoint(record.parties)


def _two_truces_agreed(kept: Agreement, record: Agreement) -> bool:
    """A side's own truce ("Путін оголосив перемир'я") and another side's yes to a third
    state's offer ("Україна погоджується на запропоноване США") are two positions: other
    parties, another proposer."""
    return kept.status == record.status == "agreed" and bool(kept.parties) \
        and bool(record.parties) and set(kept.parties).isdisjoint(record.parties) \
        and None not in (kept.proposed_by, record.proposed_by) \
        and kept.proposed_by != record.proposed_by


def _agreed_apart(kept: Agreement, record: Agreement) -> bool:
    """Kyiv's yes on one day and Moscow's on another to the same offer are two positions
    (GUIDE: each side's stated position is a record); a yes told again is one."""
    return kept.status == record.status == "agreed" and bool(kept.parties) \
        and bool(record.parties) and set(kept.parties).isdisjoint(record.parties) \
        and None not in (kept.date, record.date) and kept.date != record.date


def _answers_the_proposal(record: Agreement, kept: list[Agreement]) -> None:
    """A refusal that names no proposer ("Москва не бачить сенсу в перемир'ї") answers the
    one proposal of its scope on the table: its proposer and its length."""
    if record.status != "rejected" or record.proposed_by is not None:
        return
    offers = {a.proposed_by: a for a in kept if a.status == "proposed" and a.scope == record.scope
              and a.proposed_by and a.proposed_by not in record.parties}
    if len(offers) == 1:
        offer = next(iter(offers.values()))
        record.proposed_by = offer.proposed_by
        record.duration_days = record.duration_days or offer.duration_days


def _also_refused(found: list[Agreement], proposal: Agreement) -> bool:
    """A proposal one side accepted and another refused ("Київ погоджується … Москва не
    бачить сенсу") was put to both: it stands as a position of its own."""
    return any(a.status == "rejected" and a.scope == proposal.scope
               and a.proposed_by in (None, proposal.proposed_by) for a in found)


def _fold_accepted_proposals(found: list[Agreement], to_both: set[int]) -> list[Agreement]:
    """A proposal the text shows accepted is the acceptance's (its proposer, its duration),
    unless it was put to both sides of the war (``to_both``: its sentences' offsets), a position
    of its own before either answers; the proposer of one record of a scope is that of the
    others that name none."""
    kept: list[Agreement] = []
    for record in found:
        accepted = next((a for a in found if a.status == "agreed" and a.scope == record.scope
                         and a.proposed_by in (None, record.proposed_by)), None)
        if record.status == "proposed" and accepted is not None and record.proposed_by \
                and record.proposed_by not in accepted.parties \
                and not _also_refused(found, record) \
                and not any(e.start in to_both for e in record.evidence):
            accepted.proposed_by = accepted.proposed_by or record.proposed_by
            accepted.duration_days = accepted.duration_days or record.duration_days
            accepted.evidence.extend(record.evidence)
            continue
        kept.append(record)
    for record in kept:
        _answers_the_proposal(record, kept)
        if record.proposed_by is None and record.status in ("agreed", "ended"):
            record.proposed_by = next((a.proposed_by for a in kept if a.scope == record.scope
                                       and a.proposed_by and a.status in ("agreed", "proposed")),
                                      None)
    return kept
