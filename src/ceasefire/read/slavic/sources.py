"""Who gives a Ukrainian or Russian sentence's figures: a body or person named beside a word of
saying ("повідомив очільник ОВА …", "по информации Минобороны", "…, сообщило Министерство
обороны России"), a line that only names the source ("Про це повідомили Повітряні сили ЗСУ",
"Повітряні Сили" under an infographic), or the source before it, carried over (a body's claim
covers its air-defence figures after it, a person's any figure). The words of saying are data
(``lexicon/<language>/speech.tsv``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ceasefire.read.actors import body_voiced_by
from ceasefire.read.slavic.actors import ActorMention, find_actors
from ceasefire.read.slavic.figures import CASUALTIES, Figure
from ceasefire.read.slavic.lexicon import lookup, word_map
from ceasefire.read.slavic.people import Person
from ceasefire.read.slavic.words import WORD, Language, normal_forms

Source = ActorMention | Person

# "Про це повідомили …", "Об этом сообщило …": a line that names the source of what it follows.
_ABOUT_THIS = re.compile(r"\b(?:про\s+це|об\s+этом|про\s+це\s+йдеться|ідеться)\b", re.IGNORECASE)
# "з посиланням на X", "со ссылкой на X": the source is X, not the outlet that quotes it.
_CITING = re.compile(r"(?:з|із|со|с)\s+посиланням\s+на|со\s+ссылкой\s+на", re.IGNORECASE)


def about_this(text: str) -> bool:
    """Does the sentence point back at what it follows ("Про це повідомили …")?"""
    return bool(_ABOUT_THIS.search(text))


# The outlet itself as a sentence's source: its own count ("по подсчетам редакции", "за нашими
# підрахунками", "по подсчетам «Вестника»"), whatever the people it counted said (GUIDE: null
# is the outlet's own figure).
OUTLET = ActorMention(0, 0, "", "", None, "media")
_OWN_COUNT = re.compile(r"\b(?:по|за)\s+(?:(?:нашим|нашими)\s+)?(?:подсч[её]т\w*|підрахун\w*)"
                        r"(?!\s+(?:губернатор|мэр|мер|глав|голов|очільник|начальник))"
                        r"(?:\s+(?:нашої|нашей)?\s*(?:редакци\w*|агентства|канала|каналу|рассылки|"
                        r"розсилки|видання|издания)|\s*[«\"]|\s*[,—])", re.IGNORECASE)


def _counted(text: str) -> bool:
    """Does the sentence speak of a count at all (a word lookup before the regex)?"""
    lowered = text.lower()
    return "подсч" in lowered or "підрах" in lowered


def source_named(text: str, language: Language, people: list[Person],
                 before: Source | None, earlier: tuple[Source, ...] = (),
                 said_before: Sequence[str] = ()) -> Source | None:
    """The source the sentence names: the outlet where it gives its own count, else after "з
    посиланням на", else the body or person named nearest a word of saying. A noun that
    refers back to a body ("відомство", "ведомство") is the body the report named last
    (``said_before``: its sentences so far, ``language``'s), a title ("губернатор", "мэр")
    the person it named last as a source (``earlier``: its sources, in order); else the source
    ``before``."""
    if _counted(text) and _OWN_COUNT.search(text):
        return OUTLET
    said = _said_at(text, language)
    citing = _CITING.search(text)
    accusing = _said_at(text, language, "accuse")
    if accusing and not citing:
        # "Міноборони РФ звинуватило ЗСУ …": the accuser, before the verb, not the accused
        before_it = [a for a in find_actors(text, language) if a.kind in ("office", "person")
                     and a.end <= accusing[0]] + [p for p in people if p.end <= accusing[0]]
        if before_it:
            return max(before_it, key=lambda n: n.end)
    if not said and not citing:
        label = _labelled(text, language, people) or _signed(text, language, people)
        return _office_voiced(label) if label is not None else None
    if _THEIR_WORDS.search(text) and before is not None:
        # "По его данным, …": the source named before; "по его словам": a person's words
        return before
    actors = [a for a in find_actors(text, language) if a.kind in ("office", "person") and
              a.name not in _ARMIES]
    if citing:
        actors = [a for a in actors if a.start >= citing.end()] or actors
    named: list[Source] = [*actors, *(p for p in people if not any(
        a.start <= p.start < a.end for a in actors))]
    # "рассказал о последствиях налета ВСУ": the body whose attack it was acted, it did not say
    named = [n for n in named if not _ATTACK_OF.search(text, 0, n.start)]
    told = _THAT.search(text, min(said)) if said else None
    if told:  # "губернатор сообщил, что … ВСУ атаковали": who acted in what was said
        named = [n for n in named if n.start < told.start()]
    if named:  # the one nearest a word of saying ("Російська армія атакувала …, повідомляє
        # командування Повітряних сил"), after it rather than before ("… дронов ВСУ, сообщило
        # Минобороны России")
        nearest = min(named, key=lambda n: min(_distance(n, at) for at in said) if said
                      else n.start)
        return _body_spoken_for(text, nearest, actors, named)
    if _said_at(text, language, "refer"):
        return _last_body(said_before, language) or before  # "в ведомстве"
    if _said_at(text, language, "title") and before is not None:
        return _last_speaker(earlier) or before  # "губернатор сообщал": its holder
    return None


def _last_body(said_before: Sequence[str], language: Language) -> Source | None:
    """The last body the report's sentences named, as a source or not ("Официальный
    представитель Министерства обороны … выступил с брифингом"), no army."""
    for earlier_text in reversed(said_before):
        bodies = [a for a in find_actors(earlier_text, language)
                  if a.kind == "office" and a.name not in _ARMIES]
        if bodies:
            return bodies[-1]
    return None


def _last_speaker(earlier: tuple[Source, ...]) -> Source | None:
    """The last person the report named as a source."""
    return next((s for s in reversed(earlier) if isinstance(s, Person) or s.kind == "person"),
                None)


# the armies that fight ("ВСУ выпустили 112 снарядов", "російські війська атакували"): they act
# in a report, they never give its figures (a side's figures come from its staff or ministry)
_ARMIES = frozenset({"Armed Forces of Ukraine", "Russian forces"})


def _body_spoken_for(text: str, named: Source, actors: list[ActorMention],
                     everyone: list[Source]) -> Source:
    """ "Речник Повітряних сил Юрій Ігнат розповів", "представитель Минобороны России Игорь
    Конашенков заявил": a spokesperson gives the body's figures, so the body is the source
    (named first, GUIDE). "Начальник Полтавської ОВА Іван Коваль повідомив": the head of a
    body speaks in his own name, so he is (the gold credits the governor, not his office)."""
    if isinstance(named, ActorMention) and named.kind != "person":
        head = _head_named_after(text, named, everyone)
        return _office_voiced(head) if head is not None else named
    for body in actors:
        if body.kind == "office" and body.end <= named.start and \
                _RANK.fullmatch(text, body.end, named.start) and \
                _SPOKESPERSON.search(text, max(0, body.start - 30), body.start):
            return body
    return _office_voiced(named)


def _head_named_after(text: str, body: ActorMention, everyone: list[Source]) -> Source | None:
    """The person named right after a body, where the body is no spokesperson's ("голова
    Сумської ОВА Олег Григоров", not "речник Повітряних сил Юрій Ігнат")."""
    if _SPOKESPERSON.search(text, max(0, body.start - 30), body.start):
        return None
    return next((p for p in everyone if (isinstance(p, Person) or p.kind == "person") and
                 p.start > body.end and _RANK.fullmatch(text, body.end, p.start)), None)


def _office_voiced(named: Source) -> Source:
    """The body whose figures a person gives by their office, named by name alone or with a
    title that is no spokesperson's ("Командувач Повітряних сил Микола Олещук"): the Air Force's
    spokesman and commanders (``lexicon/spokespeople.tsv``, shared with the English reader)."""
    body = body_voiced_by(named.name)
    if body is None:
        return named
    return ActorMention(named.start, named.end, "", body.name, body.side, body.kind)


_SPOKESPERSON = re.compile(r"(?:речни\w*|спікер\w*|спикер\w*|представни\w*|представител\w*|"
                           r"пресс-секретар\w*|прес-секретар\w*)\s+$", re.IGNORECASE)
# a rank between the body and the name ("полковник", "генерал-лейтенант")
_RANK = re.compile(r"\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+)?")


# "Оперштаб Краснодарского края: атака отражена …", "03:35 — Губернатор Юрий Слюсарь: …": a
# body or person as the label of what follows, within the sentence's first words
_LABEL_COLON = re.compile(r"\s*:(?!\d)")
_LABEL_REACH = 90


def _labelled(text: str, language: Language, people: list[Person]) -> Source | None:
    """The body or person a sentence opens with as its label, before a colon."""
    colon = _LABEL_COLON.search(text, 0, _LABEL_REACH)
    while colon is not None and text[colon.start() - 1:colon.start()].isdigit():
        colon = _LABEL_COLON.search(text, colon.end(), _LABEL_REACH)  # "03:35 — …"
    if colon is None:
        return None
    named: list[Source] = [a for a in find_actors(text[:colon.start()], language)
                           if a.kind in ("office", "person")]
    named += [p for p in people if p.end <= colon.start()]
    return next((n for n in named if _WHERE_POSTED.fullmatch(text, n.end, colon.start())), None)


def _signed(text: str, language: Language, people: list[Person]) -> Source | None:
    """The body or person that signs the sentence after a closing dash, as a quote's author
    ("…збито 40 дронів, — Повітряні сили ЗСУ.", "…, — ПС ЗСУ у Telegram")."""
    dash = _SIGNING_DASH.search(text)
    if dash is None:
        return None
    named: list[Source] = [a for a in find_actors(text[dash.end():], language)
                           if a.kind in ("office", "person")]
    named += [p for p in people if p.start >= dash.end()]
    first = min(named, key=lambda n: n.start, default=None)
    if first is None or first.start != 0 and text[dash.end():dash.end() + first.start].strip():
        return None
    return first if isinstance(first, Person) or _SIGNED_END.fullmatch(
        text, dash.end() + first.end) else None


# ", — " near the sentence's end: a signature follows (not a dash inside the figures)
_SIGNING_DASH = re.compile(r",\s*[—–]\s*(?=[^—–,]{2,60}$)")
_SIGNED_END = re.compile(r"\s*(?:(?:в|у|на)\s+(?:сво\w+\s+)?(?:телеграм\w*|telegram)\w*\s*)?"
                         r"[.!»\"]*\s*", re.IGNORECASE)


# nothing, or where the label's owner posted it: "Мер Дніпра у телеграмі: …", "Губернатор в
# своем Telegram-канале: …"; a broadcast may be named after "в ефірі" ("в ефірі телемарафону",
# "в эфире программы «Итоги»": up to three words, a title in quotes among them)
_WHERE_POSTED = re.compile(r"\s*(?:(?:в|у|на)\s+(?:сво\w+\s+)?(?:телеграм\w*(?:-канал\w*)?|"
                           r"telegram(?:-канал\w*)?|соцмереж\w*|соцсет\w*|фейсбуц\w*|facebook|"
                           r"(?:ефірі|эфире)(?:\s+(?:[^\W\d_]+|[«\"][^»\"]{1,30}[»\"])){0,3})"
                           r"\s*)?", re.IGNORECASE)


# an attack noun right before a body ("атаки ВСУ", "удару ЗСУ", "обстрела со стороны ВСУ")
_ATTACK_OF = re.compile(r"\b(?:атак|удар|обстрел|обстріл|нал[её]т|наліт|нальот|нападени|напад)"
                        r"[а-яіїєё]*\s+(?:(?:со\s+стороны|з\s+боку)\s+)?$", re.IGNORECASE)
_THAT = re.compile(r",\s*(?:что|що)\b", re.IGNORECASE)
# "По его данным", "За її словами": the words of the source named before
_HIS_WORDS = re.compile(r"\b(?:словам|словами)\b", re.IGNORECASE)
_THEIR_WORDS = re.compile(r"^\W*(?:по\s+(?:его|ее|её|их)\s+(?:данным|словам|информации|сведениям)|"
                          r"за\s+(?:його|її|їхніми)\s+(?:даними|словами|інформацією))\b",
                          re.IGNORECASE)


def source_line(text: str, language: Language, people: Sequence[Person] = ()) -> Source | None:
    """A line that only names a body ("Повітряні Сили" under an infographic, "Джерело:
    Повітряні сили ЗСУ, Telegram", "Данные: Минобороны РФ."): its source. A credit word before
    it and where or when it was said after a comma are no part of it. A line that only names a
    person by his title ("Губернатор Олег Петров.", "Мэр Иван Орлов в своем телеграм-канале.")
    is his."""
    if len(people) == 1 and len(text) <= _PERSON_LINE_MAX:
        return _person_line(text, language, people[0])
    actors = [a for a in find_actors(text, language) if a.kind == "office"]
    rest = text
    for actor in reversed(actors):
        rest = rest[:actor.start] + rest[actor.end:]
    rest = _CREDIT_WORD.sub("", _WHERE_AFTER.sub("", rest)) if actors else rest
    return actors[0] if actors and not WORD.search(rest) else None


_PERSON_LINE_MAX = 80


def _person_line(text: str, language: Language, person: Person) -> Source | None:
    """The person a line names, with his title before and where he posted after, and nothing
    else."""
    before, after = text[:person.start], text[person.end:]
    titled = list(WORD.finditer(before))
    if not titled or any(lookup(normal_forms(m.group(), language), word_map(language, "speech"))
                         != "title" for m in titled):
        return None
    if WORD.search(_WHERE_AFTER.sub("", _WHERE_POSTED.sub("", after, count=1))):
        return None
    known = [a for a in find_actors(text, language)  # "Бусаргін": the lexicon's spelling
             if a.kind == "person" and a.start <= person.start < a.end]
    return _office_voiced(known[0] if known else person)


# "Джерело:", "Данные:", "Источник —": the word of a credit line before the source it names,
# with the channel it posted on ("Джерело: телеграм-канал Повітряних сил", "Данные: Telegram-канал
# ведомства"): the channel is the body's own, so the body is still the source
_CREDIT_WORD = re.compile(r"^\W*(?:джерело|джерела|дані|данные|источники?|за\s+даними|по\s+данным)"
                          r"\s*[:—–-]?\s*(?:(?:офіційн\w*|официальн\w*)\s+)?"
                          r"(?:(?:телеграм|telegram)-?\s?канал\w*\s*)?", re.IGNORECASE)
# ", Telegram", " (ранкове зведення)": where or when the source said it
_WHERE_AFTER = re.compile(r"\s*(?:,[^,]{0,40}|\([^()]{0,60}\))\W*$")


def carried(claimant: Source | None, figure: Figure | None) -> Source | None:
    """A body's claim covers the figures after it that such a body keeps: an air-defence
    body's (the Air Force, a defence ministry) the air-defence figures, a region's or a
    rescue service's (an administration, an operational headquarters, the SES) the tolls too;
    a person's claim covers any figure and the places and targets of the sentences after it
    (``figure`` None)."""
    if claimant is None or claimant is OUTLET:
        return None  # the outlet's own count covers its own sentence
    if isinstance(claimant, ActorMention) and claimant.kind == "office" and \
            (figure is None or figure.metric in CASUALTIES and _keeps_air_tallies(claimant)):
        return None
    return claimant


# the bodies that keep the tallies of the air war, not of the dead and injured: their claim
# stops at a toll (the region's administration or the rescuers give that)
_AIR_TALLY_KEEPERS = re.compile(r"Air Force|Air Command|Ministry of Defence|General Staff|"
                                r"Navy|Rosaviatsia")


def _keeps_air_tallies(body: ActorMention) -> bool:
    return bool(_AIR_TALLY_KEEPERS.search(body.name))


def side_of(claimant: Source | None) -> str | None:
    """The side of a body or person the lexicon knows (a name read from the text alone has
    none)."""
    if isinstance(claimant, ActorMention) and claimant.side in ("UA", "RU"):
        return claimant.side
    return None


def _distance(named: Source, said_at: int) -> int:
    """How far a name is from a word of saying; right after it ("сообщило Минобороны", "—
    повідомили в Повітряних силах") is nearest."""
    if 0 <= named.start - said_at <= 25:
        return 0
    return named.start - said_at if named.start >= said_at else 2 * (said_at - named.end)


def _said_at(text: str, language: Language, kind: str = "say") -> list[int]:
    """Where the words of ``speech.tsv``'s ``kind`` stand: "say" (повідомив, сообщило …),
    "refer" (відомство, ведомство …) or "accuse" (звинуватило, обвинило)."""
    return [at for at, found in _speech_words(text, language) if found == kind]


@lru_cache(maxsize=64)  # a sentence is asked for each kind, and again for its source line
def _speech_words(text: str, language: Language) -> tuple[tuple[int, str], ...]:
    table = word_map(language, "speech")
    return tuple((m.start(), kind) for m in WORD.finditer(text)
                 if (kind := lookup(normal_forms(m.group(), language), table)) is not None)
