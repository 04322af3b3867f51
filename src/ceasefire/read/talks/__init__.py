"""Talks: meetings, calls and rounds of negotiations (GUIDE, "talks").

A call is a phone call ("spoke by phone", "a phone conversation", leaders who "spoke" with no
venue); anything else is a meeting. The place is the city (or country) named with the talks,
a building standing for its city ("the Oval Office": Washington, ``lexicon/venues.tsv``);
the parties come from the words ("between X and Y", "the Russian-Ukrainian talks") or the
parse (``talks.parties``), and whoever "joined the session"; the day and hours from
``talks.times``.

One record per meeting or call the text identifies: a bare count ("three rounds of talks"),
talks as a process ("the talks have stalled"), a venue only floated ("could host", "would only
be possible in Moscow"), talks only proposed with no day set ("proposed that the negotiators
hold a third round in Istanbul") and talks still to come with neither venue nor date ("hope
for future talks") give none; the next sentence's mention may. Talks on a list of days ("the
rounds on May 16 and June 2") are one meeting each. Mentions of the same talks merge: same
kind, and places that agree (Jeddah lies in Saudi Arabia) or overlapping parties; never talks
said on dates two days apart, nor the next round and one already past, nor talks "again" on a
later day of their own, nor sides meeting "on their own" and talks of more sides, nor two calls
of different callers. A mention naming no one and no place ("the conversation lasted two hours")
is about the talks last reported. Hosts are no parties ("hosted by Saudi Arabia"); a broker
is ("US-brokered talks": it negotiated with each side).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from ceasefire.lexicon import load_table
from ceasefire.model import Evidence, Talks
from ceasefire.read.actors import ActorMention, actor_named
from ceasefire.read.agreements.words import asks, hearsay_before
from ceasefire.read.clauses import clause_bounds
from ceasefire.read.facts import SentenceFacts, claims_under_check
from ceasefire.read.lexicon_match import Literals, fast_regex, literal_alternatives
from ceasefire.read.places import PlaceMention, lookup_place
from ceasefire.read.talks.parties import BOTH_SIDES, hyphened_actors, parsed_sides
from ceasefire.read.talks.times import (
    EVENT_BREAK,
    hours_said,
    listed_dates,
    said_date,
    statement_days_only,
    tells_hours,
)

_TALKS = fast_regex(
    r"\b(?:(?:peace\s+)?talks|negotiations|meetings?|summit|(?:phone\s+)?calls?|"
    r"(?:phone\s+)?conversations?|discussions?|consultations|round of (?:peace )?talks|met|meet|"
    r"meets|"
    r"spoke|face-to-face(?!\s+(?:meetings?|talks|summit))|"
    # "the delegations sat down at the palace", "a twelve-hour session with the Americans"
    r"sat (?:down|together)(?=\s+(?:at|in|with|together|for|face)\b)|"
    r"sessions?(?=\s+(?:with|between)\b)|"
    # "Witkoff spent more than five hours with Putin": a meeting
    r"spen[dt](?=\s+(?:[\w-]+\s+){0,3}?(?:hours?|minutes|day|days|evening|morning|afternoon)"
    r"\s+with\b)|"
    # "agreed by Russian and Ukrainian negotiators in Doha": their talks there (only with a
    # venue and two sides, see _NEGOTIATORS)
    r"(?:negotiators|delegations|delegates|negotiating teams)(?=\s+(?:in|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z]))|"
    # "received a Ukrainian delegation in Ankara": a meeting
    r"(?:received|receives)(?=\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:delegation|team|"
    r"envoys?|delegates|negotiators)\b)|"
    # "Putin received Witkoff in Moscow", "Witkoff was received by Putin": a meeting (a person
    # must follow, see _receives_someone)
    r"(?:received|receives)(?=\s+(?-i:[A-Z])|\s+by\s+(?-i:[A-Z]))|"
    # "Putin hosted Witkoff in Moscow": a meeting of the host and the one hosted (a person must
    # follow, see _hosts_someone; "Turkey hosted the talks" is a host's)
    r"(?:hosted|hosts)(?=\s+(?-i:[A-Z]))|"
    # "discussed the idea by telephone with Zelensky", "talked to Tusk by phone": a call
    # (someone of a side must be talked with, see _talks_with_someone)
    r"(?:discuss(?:ed|es)?|talked|confer(?:red|s)?)(?=\s+(?:[\w'.-]+\s+)"
    r"{0,6}?(?:by (?:tele)?phone|over the phone|in a (?:phone|video|telephone) call)\b)|"
    # "then called Volodymyr Zelensky", "phoned the Ukrainian president": a call (a person
    # must follow, see _calls_someone)
    r"(?:called|phoned|telephoned|rang)(?=\s+(?-i:[A-Z])|\s+(?:the|his|her|their|by)\s)|"
    # "will speak with Putin on Friday": a call set for a day
    # "Rubio and Lavrov had spoken by phone on Monday": a call
    r"(?:speaks?|spoken)(?=\s+(?:(?:by (?:tele)?phone|over the phone)\b|"
    r"(?:again\s+)?(?:with|to)\b))|"
    # "the rounds there on May 16 and June 2", "the second round": rounds of talks
    r"(?<=the )rounds?(?!\s+of\b)|(?<=first |final |third )rounds?(?!\s+of\b)|"
    r"(?<=second |latest )rounds?(?!\s+of\b)|"
    # "the trilateral round in Doha", "a direct round": a round of talks of some make
    r"(?<=direct )rounds?(?!\s+of\b)|(?<=lateral )rounds?(?!\s+of\b)|"
    # "the next round is set for Geneva", "that round"
    r"(?<=next |that |this )round(?!\s+of\b)|"
    # "agreed to return to Geneva for another round": a round still to come
    r"(?<=another )round(?!\s+of\b))\b", re.IGNORECASE)
_AND = re.compile(r",?\s+and\s+")
_DISCUSSED = re.compile(r"discuss(?:ed|es)?|talked|confer(?:red|s)?", re.IGNORECASE)
_WITH_OR_TO = re.compile(r"\b(?:with|to)\s+(?:the\s+)?", re.IGNORECASE)
_SAME_PLACE = re.compile(r"[^;.]*?\b(?:in|at) the same (?:city|town|venue|place|palace|hotel|"
                         r"building|resort)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?by\s+(?:the\s+)?", re.IGNORECASE)
_THEN_WITH = fast_regex(r",?\s+and\s+(?P<then>(?:then|later|afterwards|also)\s+)?with\s+",
                        re.IGNORECASE)
_A_BEFORE = re.compile(r"\ban?\s+(?:[\w\"'-]+\s+){0,3}$", re.IGNORECASE)  # "a good conversation"
# talks told right after others, on the same day: "Trump later spoke with Zelensky"
_LATER = re.compile(r"\b(?:later|afterwards)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AND_A = re.compile(r"\band\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LATER_AFTER = re.compile(r"\s+(?:later|afterwards|afterward|then)\b", re.IGNORECASE)
_NEGOTIATORS = re.compile(r"negotiators|delegations|delegates|negotiating teams", re.IGNORECASE)
_VERBS = re.compile(r"met|meets?|spoke|speaks?|spoken|spen[dt]|called|phoned|telephoned|rang|"
                    r"received|receives|sat down|sat together",
                    re.IGNORECASE)
# a conversation is a call only by phone ("a phone conversation"); face to face it is a meeting
_CALL = fast_regex(r"\b(?:phone|call|calls|called|spoke by phone|telephone|phoned|telephoned|"
                   r"rang)\b",
                   re.IGNORECASE)
# "calls on Kyiv to …" is an appeal; "a call on Tuesday to …" is a call that day
# between "called" and the person called: titles and names ("Ukrainian President Volodymyr ")
_TITLES = re.compile(r"\s+(?:(?:his|her|their)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}")
_CALLED = ("called", "phoned", "telephoned", "rang")
# "rang the Ukrainian president", "phoned his Russian counterpart": someone by a side's office
_OFFICE_HOLDER = re.compile(r"\s+(?:the|his|her|their)\s+(?P<side>[A-Z][\w-]*)\s+(?:president|"
                            r"prime minister|premier|leader|chancellor|counterpart|"
                            r"(?:foreign|defen[cs]e) minister|envoy|ombudsman|king|emir|"
                            r"crown prince)\b")
# "called Putin a war criminal", "called Zelensky the obstacle": naming someone
_NAMING = re.compile(r"\s+(?:a|an|the(?!\s+(?:next|following|same|day|previous)\b))\s",
                     re.IGNORECASE)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_BLOC = r"(?:the\s+)?(?:EU|European Union|NATO|G7|G-7|G20|G-20|OSCE|Nordic|Baltic|Ramstein)"
_NOT_TALKS = fast_regex(rf"\b(?:calls? for|call(?:s|ed)? on (?!{_DAYS})(?=\w+ to\b)|called for|"
                        r"press conference|"
                        r"air raid|so-called|phone (?:lines|network)|ceasefire call|truce call|"
                        r"wake-up call|"
                        # "to give the talks a chance", "gave negotiations more time": talks as
                        # what a step serves, no meeting of their own
                        r"(?:giv(?:e|es|en|ing)|gave)\s+(?:the\s+)?(?:peace\s+)?(?:talks|"
                        r"negotiations|diplomacy)\s+(?:a|another|every|more|some)\s+"
                        r"(?:real\s+|fair\s+)?(?:chance|time|room|space)|"
                        # "calls it a violation", "calling them terrorists", 'calls it "a
                        # breach"', 'called the night "an answer to every plan"': naming, no call
                        # (the quote after the thing named: no word boundary before it)
                        r"call(?:s|ed|ing)?\s+(?:it|them)(?=\s+(?!on\b|with\b|off\b))|"
                        r"call(?:s|ed|ing)?\s+(?:it|them|this|that|(?:the|this|that|its|their|"
                        r"his|her)\s+[\w-]+)(?=\s*[\"\u201c])|"
                        # "what he calls repeated violations", "what Kyiv called a sham": naming
                        r"\bwhat\s+(?:[\w'-]+\s+){1,3}?call(?:s|ed)\b|"
                        # a bloc's own gathering, where proposals are tabled: "at a meeting of
                        # European Union counterparts", "an EU summit", "NATO ministers' meeting"
                        rf"meetings? of {_BLOC}\s+(?:[\w-]+\s+){{0,2}}?(?:counterparts|ministers|"
                        r"allies|leaders|members|partners|defen[cs]e chiefs)|"
                        rf"{_BLOC}\s+(?:[\w-]+'?\s+){{0,2}}?(?:summit|meetings?|talks)|"
                        # "for an alliance summit", "at the bloc's summit in Brussels"
                        r"(?:alliance|bloc)(?:'s)?\s+(?:[\w-]+\s+)?(?:summit|meetings?)|"
                        # "meet its demands", "met the deadline": not a meeting
                        r"(?:meet|meets|met)\s+(?:\w+\s+){0,2}?(?:demands?|conditions|"
                        r"requirements|needs|expectations|targets?|goals?|criteria|deadlines?|"
                        r"obligations|standards|quotas?))\b", re.IGNORECASE)
# "talks in Jeddah", "in the port city of Jeddah", "held at …"; a place named just before the
# noun ("the Istanbul meeting") also counts
_VENUE_BEFORE = re.compile(r"\b(?:in|at|held in|hosted by|visit to|trip to|"
                           r"(?:set|scheduled|slated|due) for|(?:flew|flown|"
                           r"travell?ed|headed|went|came|return|returned|returning) to)\s+"
                           r"(?:the\s+)?"
                           r"(?:(?:[\w-]+\s+)?(?:city|capital|town|resort|port)\s+(?:of\s+)?)?$")
_SEPARATE = re.compile(r"\b(?:separate|parallel) (?:(?:tele)?phone )?(?:meetings|talks|calls|"
                       r"conversations)\b", re.IGNORECASE)
# a call of three or more at once: "a three-way call", "a joint call", "a conference call"
_JOINT = re.compile(r"\b(?:three-way|trilateral|joint|conference|group|four-way|video\s+conference)"
                    r"\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)|"
                    r"\b(?:together|jointly|all\s+three)\b", re.IGNORECASE)
_BY_PHONE = re.compile(r"\b(?:by (?:tele)?phone|over the phone|in a (?:phone|video) call)\b",
                       re.IGNORECASE)
# "speak to Turkish President Recep Tayyip Erdogan by phone": a titled name pushes "by phone" far
_TITLED_BY_PHONE = re.compile(r"\s+(?:with|to)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'-]*\s+){1,5}"
                              r"(?:by (?:tele)?phone|over the phone)\b", re.IGNORECASE)
# talks named only to place another event in time: "before the talks", "ahead of their meeting"
_AS_A_TIME = re.compile(r"\b(?:before|after|ahead of|following|since)\s+(?:the|this|that|their|"
                        r"his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "a swap agreed at talks in Istanbul", "under a deal reached during the negotiations in Doha":
# talks named as where something was agreed before the event the sentence tells; the
# sentence's day is that event's (the talks keep only a day said after them, and may be told
# again with theirs: "The Istanbul meeting on June 2 …")
_DEAL_MADE_AT = re.compile(r"\b(?:agreed|reached|struck|sealed|signed|negotiated|brokered|"
                           r"secured|clinched|hammered\s+out)\s+(?:at|during|in)\s+"
                           r"(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# talks referred back to, then the talks that led to them: "the round was prepared by a call …",
# "that meeting had been preceded by …", "the talks were arranged during a call"
_PREPARED_BY = re.compile(r"[^,;.]{0,30}?\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                          r"(?:\w+\s+)?(?:prepared|preceded|arranged|set\s+up|agreed|planned|"
                          r"organi[sz]ed)\s+(?:by|during|in|at|over)|came\s+after|followed)\s+"
                          r"(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)
BELLIGERENT_SIDES = {"RU", "UA"}
# "talks with the Russian side", "negotiations with Russia": the side talked with
_WITH_BEFORE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?", re.IGNORECASE)
# "The second round in Istanbul", "the first round": a round of a series of talks
_ROUND_OF_A_SERIES = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|last|"
                                r"previous)\s+$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NUMBER_WORDS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|"
                 # "a string of technical meetings", "a few rounds": a count all the same
                 r"many|a\s+few|a\s+handful\s+of|a\s+(?:string|series|number)\s+of|dozens\s+of|"
                 r"\d+)")
# "three rounds of direct talks", "two meetings", "several calls": a count of the talks noun
# itself; not "two days of talks" (one round over several days), nor "the two leaders' talks"
_COUNT_BEFORE = re.compile(
    # (the count in quotes too: 'have held "several" calls', a word quoted from one side)
    rf"\b{_NUMBER_WORDS}[\"\u201c\u201d]?\s+(?:(?:rounds?|sessions?)\s+of\s+)?"
    r"(?:(?!(?:hours?|days?|minutes?|weeks?|months?|years?|to|of|in|on|at|the|a|an|and|for|"
    r"with|from|by|after|before)\b)[\w-]+(?<!')(?<!'s)\s+){0,2}$", re.IGNORECASE)
# "has spoken with Trump three times", "have met for three rounds of talks": a count of the
# meetings the verb tells, no meeting of its own
_TIMES_AFTER = re.compile(
    rf"[^,;.]{{0,40}}?\b(?:{_NUMBER_WORDS}\s+(?:times|rounds|sessions)|twice)\b", re.IGNORECASE)
_PLURAL = re.compile(r"(?:peace\s+|phone\s+)?(?:talks|negotiations|meetings|calls|discussions|"
                     r"conversations|consultations)", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+'?\s+){0,2}$", re.IGNORECASE)  # (also "their third leaders' call")
_NEXT_BEFORE = re.compile(r"\b(?:next|future|further|more|possible|potential|upcoming|another)\s+"
                          r"(?:(?:round|session|meeting)s?\s+of\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)
# a meeting still to come: "will meet", "agreed to meet", "could meet"
_FUTURE_VERB = re.compile(r"\b(?:will|would|shall|to|could|may|might|'ll)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
# talks wished for, not set: "wants a meeting with", "called for talks", "proposed a summit"
_WISHED = re.compile(r"\b(?:wants?|wanted|seeks?|sought|seeking|propos\w+|request\w*|demand\w*|"
                     # ('"remains open" to another round': a quote may close before "to")
                     r"offer\w*|(?:hope|hopes|hoped|push\w*|ready|open|willing|prepared)[\"'’”]? "
                     r"(?:for|to))\s+"
                     r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "Putin proposed that the negotiators hold a third round of talks": wished for, not set
# (a verb: "the proposals that officials brought to the talks" are no wish for talks)
_PROPOSED_THAT = re.compile(r"\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing))"
                            r"\s+that\s+(?:[\w-]+\s+){0,10}$", re.IGNORECASE)
# the talks as a process in some state, not a meeting: "talks were on pause", "have stalled"
_PROCESS_STATE = re.compile(
    r"[^.;,]{0,50}?\b(?:(?:is|are|was|were|remain(?:s|ed)?|be)\s+(?:now\s+)?"
    r"(?:on [\"']?(?:pause|hold)|paused|stalled|stuck|frozen|deadlocked|suspended|at an impasse)|"
    r"(?:have|has|had)\s+(?:now\s+)?(?:stalled|collapsed|failed|broken down|got stuck)|"
    r"(?:have|has|had)\s+not\s+(?:moved|progressed|advanced|resumed)|"
    r"made\s+(?:little|no)\s+progress|"
    r"stalled|collapsed|failed|broke down)\b", re.IGNORECASE)
# talks called off: "A round of talks that Swiss officials had scheduled for Thursday in Geneva
# has been called off", "Turkey cancelled the meeting" (postponed to a day is still set)
_UNDONE = (r"(?:called\s+off|cancell?ed|scrapped|shelved|abandoned|(?:postponed|put\s+off)\s+"
           r"indefinitely)")


def _said_of_the_talks(done: str) -> re.Pattern[str]:
    """The talks' own verb after them, in the passive: "the round … has been called off" (the
    talks may be told with an aside between commas: "the round in Doha, set for Friday, was
    postponed")."""
    return re.compile(r"(?:(?!\b(?:after|before|when|while|because|as)\b)[^.;,]){0,100}?"
                      r"(?:,[^.;,]{1,60},\s+)?"
                      r"\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+)?"
                      r"(?:been\s+)?" + done + r"\b", re.IGNORECASE)


_CALLED_OFF = _said_of_the_talks(_UNDONE)
# a round postponed with no day named: the day first set is its day no more, the day it moves to
# may be told after ("was postponed at Moscow's request. … will now meet on December 10")
_POSTPONED = _said_of_the_talks(r"(?:postponed|put\s+off|delayed)"
                                r"(?!\s+(?:to|until|till|for|by|from|indefinitely)\b)")
_CALLED_OFF_BEFORE = re.compile(r"\b(?:call(?:ed|s)?\s+off|cancell?(?:ed|s)?|scrap(?:ped|s)?)\s+"
                                r"(?:the|a|their|this|that|next|planned)\s+(?:[\w-]+\s+){0,3}$",
                                re.IGNORECASE)
# a venue only floated: "Ankara could host", "offered to host", "might take place in", "ready at
# any moment to host"
# ('Geneva "stands ready" to host': a quote may close before "to")
_FLOATED = fast_regex(r"\b(?:(?:could|might|may|would|(?:offered|offers?|proposed|propose|"
                      r"proposals?|invitations?)[\"'’”]? to|(?:ready|willing|glad|happy|prepared|"
                      # "ready at any moment to host", '"willing in principle" to host'
                      r"eager)(?:\s+[\w-]+){0,3}?[\"'’”]?\s+to)\s+"
                      r"(?:also\s+|only\s+)?(?:host|be held|take place)|"
                      # "officials might meet in Riyadh": a meeting only possible
                      r"(?:could|might|may)\s+(?:(?:also|still|yet)\s+)?meet|"
                      r"as (?:a|the) (?:possible |potential )?venue)\b", re.IGNORECASE)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December)\b")
# venues in doubt: one of several ("in Rome, or in Vienna", "in Oslo or Helsinki") or "or
# elsewhere": a venue floated, not set (not "on Monday or Tuesday")
_VENUES_IN_DOUBT = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*[\"'\u201d\u2019]?,?"
    rf"\s+or\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:elsewhere|somewhere|anywhere|"
    rf"(?!{_DAYS}|{_MONTHS})(?-i:[A-Z]))", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|announced|declared)\b",
                     re.IGNORECASE)
# talks said to be possible somewhere, not set: "such a meeting would only be possible in Moscow"
_ONLY_POSSIBLE = re.compile(r"[^.;]{0,30}?\b(?:would|could|will|is|are|was|were)\s+(?:only\s+)?"
                            r"(?:be\s+)?(?:only\s+)?[\"'\u201c]?(?:possible|acceptable|feasible|"
                            r"conceivable)\b",
                            re.IGNORECASE)
# talks that did not or will not take place: "would not meet", "no plans for a call with",
# "ruled out a meeting"
_DENIED = re.compile(r"\b(?:no|not|never|n't|ruled out|rules out|rule out|denied|denies)\s+"
                     # 'there were "no concrete plans" for a meeting'
                     r"(?:[\"'\u201c]?(?:(?:concrete|firm|immediate|specific|current)\s+)?"
                     r"(?:plans?|intention)[\"'\u201d]?\s+(?:for|to)\s+|"
                     # 'had "no information" about new talks': none known of, none told
                     r"(?:information|news|word)[\"'\u201d]?\s+(?:about|on|of)\s+)?"
                     r"(?:(?:a|an|the|any|further|new|"
                     r"direct|phone|telephone|face-to-face|yet|be|been|have|has|had|to|again)\s+)"
                     r"{0,3}$", re.IGNORECASE)
# talks that were to be and were not: "There was supposed to be a meeting in Riyadh", "the
# envoys were meant to meet in Doha"
_WAS_SUPPOSED_TO = re.compile(r"\b(?:was|were)\s+(?:supposed|meant)\s+to\s+(?:[\w-]+\s+){0,3}$",
                              re.IGNORECASE)
# talks with no day set: "No date has been set for a call between …", "no time was fixed for
# the next round of talks"
_UNSET = re.compile(r"\b(?:no|not\s+yet\s+a)\s+(?:date|day|time|venue|timing)\s+"
                    r"(?:has|have|had|was|is|were)\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|agreed|scheduled|announced|"
                    r"named|chosen)\s+for\s+(?:(?:a|an|the|any|further|new|next|direct|phone|"
                    r"telephone|possible)\s+)*(?:(?:round|rounds)\s+of\s+)?$", re.IGNORECASE)
# "no date", "no day or venue": the day or place of talks, not (yet) set
_NO_DAY_OR_PLACE = r"\bno\s+(?:date|day|time|venue|place)(?:\s+or\s+(?:date|day|time|venue|place))?"
# the day or place still open, said after the talks: "… would meet shortly, though no venue
# has been agreed", "a round was possible, but no date had been set"
_UNSET_AFTER = re.compile(rf"{_NO_DAY_OR_PLACE}\s+(?:(?:for|of)\s+[^,;.]{{0,40}}?)?"
                          r"(?:has|have|had|was|were|is)\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|"
                          r"agreed|scheduled|announced|discussed|named|chosen)\b", re.IGNORECASE)
# "no day or venue for such a meeting has been fixed": the talks named after it
_NO_DAY_FOR = re.compile(rf"{_NO_DAY_OR_PLACE}\s+for\s+(?:(?:a|an|the|any|further|new|next)\s+)?"
                         r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# talks still to come that something waits for: "to begin as soon as the delegations meet again"
# ("will once again meet" is no "once")
_AS_SOON_AS = re.compile(r"\b(?:as\s+soon\s+as|once(?!\s+(?:again|more)\b)|until)\s+"
                         r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# the sides of talks already told, referred to: "the three delegations", "both teams"
_THE_DELEGATIONS = re.compile(r"\b(?:the|both)\s+(?:(?P<n>two|three|four)\s+)?(?:delegations|"
                              r"negotiating teams|teams|negotiators)\b|"
                              r"\bthe\s+(?P<k>two|three|four)\s+(?:leaders|presidents|"
                              r"heads of state)\b", re.IGNORECASE)
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# who tells of the talks, after them at the sentence's end: ", the Swiss side confirmed."
_TOLD_BY = re.compile(r",\s+(?:[\w'-]+\s+){0,6}?(?:said|says|confirmed|confirms|reported|reports|"
                      r"announced|announces|added|adds|told\s+\w+|stated|states|informs|"
                      r"informed)\W*$", re.IGNORECASE)
# talks only asked about: "Asked whether Putin and Zelensky could meet in the Vatican"
_ASKED_WHETHER = re.compile(r"\b(?:whether|asked\s+if)\s+(?:[\w'-]+\s+){0,6}?"
                            r"(?:(?:could|would|might|will|can|may)\s+)?$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# talks already past: "last week", "two months ago"; never the same as the next round
# "will meet again", "met once more", "will again hold talks": other talks than those told
_AGAIN_AFTER = re.compile(r"\s+(?:again|once (?:more|again))\b", re.IGNORECASE)
_AGAIN_BEFORE = re.compile(r"\b(?:again|once more)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "met on their own", "talks held separately", "met alone": some sides without the others
_ON_OWN = re.compile(r"[^.;]{0,30}?\b(?:on their own|by themselves|separately|alone|"
                     r"without the (?:\w+\s+)?(?:others|Russians|Ukrainians|Americans))\b",
                     re.IGNORECASE)
# a time with no day: "in late January", "last week", "earlier this month", "in 2025"
_NO_DAY = re.compile(r"\b(?:(?:in|early|late|mid-?)\s+(?:January|February|March|April|May|June|"
                     r"July|August|September|October|November|December)(?!\s+\d)|"
                     r"(?:last|earlier\s+this)\s+(?:week|weekend|month|year)|in\s+(?:19|20)\d\d)\b")
_PAST = re.compile(r"\b(?:last (?:week|weekend|month|year)|ago|previous)\b", re.IGNORECASE)
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|on|over|against|from)\s+(?:the\s+)?$")
# words whose side only the parse can tell: "both sides", "trilateral", "he met …"
_ROLE_WORDS = fast_regex(rf"{BOTH_SIDES.pattern}|\b(?:trilateral|direct|he|she|we|his|her|our)\b",
                         re.IGNORECASE)
# "talks between", "talks in Jeddah between", "talks at the palace between"
# ("the trilateral talks of Ukraine, Russia and the United States", "a meeting among …")
_BETWEEN = re.compile(r"\s+(?:(?:in|at)\s+[^,;.]{1,40}?,?\s+)?(?:between|among|involving|of)\s+",
                      re.IGNORECASE)
# where a "between X and Y" phrase ends: a clause or a place, time or purpose after it
_PHRASE_END = re.compile(r",|[;.:()\"]|\s-\s|\s(?:in|at|on|over|after|before|which|that|who|to|"
                         r"for|during|amid|as|since|last|this|held|took|were|was|have|has)\s",
                         re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()\"]|,\s|\s-\s|\b(?:which|who|after|before|following|while|"
                           r"whereas|as|amid|but|since|because|when)\b", re.IGNORECASE)
_HOST_WORDS = fast_regex(r"\b(?:host\w*|mediat\w+|brokered|chair\w*|facilitat\w+)\b",
                         re.IGNORECASE)
# a hyphened pair of names and the words between it and the talks noun: "Russian-Ukrainian "
_MODIFIERS = re.compile(r"\b[A-Z][\w.]*-[A-Z][\w.]*\s+(?:[\w-]+\s+){0,2}$")
# someone joining talks already reported: "joined the session", "were joined in Doha by"
_JOINED = fast_regex(r"\bjoin(?:ed|s)?\s+(?:the|their|that)\s+(?:[\w-]+\s+)?(?:session|talks|"
                     r"meeting|negotiations|discussions?)\b|\b(?:were|was|had been)\s+joined\b"
                     r"[^.;,]{0,40}?\b(?P<by>by)\s", re.IGNORECASE)
# a host named as such: "hosted by Saudi Arabia", "Qatar hosted", "Qatar, which hosted"
_HOST_BY = fast_regex(r"\b(?:host\w*|organi[sz]ed|facilitated|chaired)\s+by\s+(?:the\s+)?$",
                      re.IGNORECASE)
_HOST_AFTER = re.compile(r"\s*(?:,\s*which\s+)?(?:hosts|hosted|hosting|is hosting|was hosting)\b",
                         re.IGNORECASE)
# a broker of the talks: "US-brokered talks", "talks brokered by Turkey"
_BROKERED = fast_regex(r"\b(?P<named>[A-Z][\w.]*)-brokered\s+(?:[\w-]+\s+){0,2}?(?:talks|"
                       r"negotiations|meetings?)\b|\b(?:talks|negotiations|meetings?)\s*,?\s*"
                       r"(?:which were |that were )?brokered by\s+")
_NEAR = 70  # characters: "near the mention" where the parse names no side


@dataclass
class _Draft:
    """Talks being read, with what tells them from other talks: the date said right at one
    of their mentions (a sentence's other dates may be another event's), whether they are
    still to come ("the next round") or past ("last week"), and the hours said for each day
    (a round over two days lasts the sum)."""

    talks: Talks
    said_date: dt.date | None
    time: str  # "next", "past" or ""
    hours: dict[dt.date | None, float]
    told_on: dt.date | None = None  # the day of the sentence that told them
    again: bool = False  # "will meet again", "once more": other talks than those told before
    on_own: bool = False  # "met on their own", "separately": not the talks of more sides
    partner: str | None = None  # the side named right after it: "the call with Putin"
    postponed: bool = False  # "was postponed": no meeting of its own unless a new day is told


def read_talks(facts: list[SentenceFacts]) -> list[Talks]:
    records: list[_Draft] = []
    named: dict[str, list[str]] = {}  # the sides last named with meetings, with calls
    latest: _Draft | None = None  # the talks the last mention was about
    told_in = -9  # the paragraph of the last sentence of talks
    under_check = claims_under_check(facts)  # "CLAIM: they met in Minsk …": no talks
    for index, f in enumerate(facts):
        if "talks" not in f.kinds or f.sentence.paragraph in under_check:
            continue
        f = _with_the_addressees_side(facts, index)
        # "their call" takes the sides told just before (this paragraph or the one before)
        close = f.sentence.paragraph - told_in <= 1
        told_in = f.sentence.paragraph
        # "calls for a truce", "a press conference": blanked out, so only real talks remain
        text = _NOT_TALKS.sub(lambda m: " " * len(m.group()), f.text)
        named_here = _name_sides(f, text, named)
        _add_joiners(f, text, records)
        mentions = list(_TALKS.finditer(text))
        if not mentions:  # "Officials shuttled between the rooms for a total of 14 hours."
            _lend_hours(text, latest)
        for i, mention in enumerate(mentions):
            # "the talks", "their call": a mention referring back to talks already reported
            if hearsay_before(text, mention.start()):
                break  # "Posts say that Putin agreed … during his phone call with Trump"
            # (not a verb: "the President spoke with …" tells talks of its own)
            definite = _DEFINITE.search(text, max(0, mention.start() - 30),
                                        mention.start()) is not None and \
                not _VERBS.fullmatch(mention.group())
            if definite and (i + 1 < len(mentions) or (
                    records and len(listed_dates(f, text, mention)) < 2)) and _AS_A_TIME.search(
                    text, max(0, mention.start() - 30), mention.start()):
                # "Before the talks, Zelensky spoke by phone with Trump": the call; "Zelensky
                # said after his call that …": the call already told, no talks of its own
                continue
            if definite and records and any(_VERBS.fullmatch(m.group()) and not _DEFINITE.search(
                    text, max(0, m.start() - 30), m.start()) for m in mentions[i + 1:]):
                # "Kyiv learned of the call only afterwards, and that Sybiha will see Rubio in
                # Geneva on Friday": the call told before, named on the way to the
                # talks the sentence reports with a verb of its own
                continue
            if definite and records and i + 1 < len(mentions) and \
                    _PREPARED_BY.match(text, mention.end(), mentions[i + 1].start()):
                # "The round was prepared by a phone call between Putin and Trump": the talks
                # told before, named to bring in the call, which is the sentence's talks
                continue
            # "the rounds on May 16 and June 2": talks of their own, not referred back to; so
            # are "the direct talks held in Istanbul on 23 September" with none told before
            definite = definite and len(listed_dates(f, text, mention)) < 2 and bool(records)
            drafts = _talks_in(f, text, mention, definite, records)
            if drafts is None:
                continue  # not one meeting or call: perhaps the sentence's next mention is
            # a later mention with days of its own: "…, after the rounds on May 16 and June 2"
            drafts += [d for later in mentions[i + 1:] if len(listed_dates(f, text, later)) > 1
                       for d in _talks_in(f, text, later, False, records) or []]
            drafts += _then_with(f, text, mention, drafts)
            drafts += _talks_of_other_sides(f, text, mentions[i + 1:], drafts, records)
            drafts += _talks_elsewhere(f, text, mentions[i + 1:], drafts, records)
            for draft in drafts:
                draft.told_on = f.date
                if draft.talks.date is None and not draft.time and f.entry_date and \
                        not _NO_DAY.search(text):
                    # "15:40 - Fidan spoke by phone with …": the entry's day (not "the talks in
                    # Abu Dhabi in late January", told in the entry)
                    draft.talks.date = f.entry_date
                # not to talks told before ("Monday's call"), nor to "Good calls, both";
                # talks in the plural take the sides their own sentence names ("Russian and
                # Ukrainian delegations agreed …, after talks in Istanbul")
                if (not _PLURAL.fullmatch(mention.group()) or
                        named_here and draft.talks.kind == "meeting") and \
                        _referent(records, draft) is None:
                    _lend_sides(draft, named)
                if close:
                    _their_sides(draft, text, mention, named, records)
                latest = _merge(records, draft, definite) or latest
            break
    # a round postponed, never given its new day nor told again ("postponed without a new
    # date"; not "the rescheduled Riyadh meeting" later) was never held nor set: no record
    return [d.talks for d in records if (d.talks.place or len(d.talks.parties) >= 2)
            and not (d.postponed and d.talks.date is None and len(d.talks.evidence) == 1)]


_CONVERSATION = re.compile(r"\bconversations?\b", re.IGNORECASE)


def _name_sides(f: SentenceFacts, text: str, named: dict[str, list[str]]) -> bool:
    """ "When the Russian and Ukrainian delegations sat down in Istanbul", "Trump and Putin
    have spoken by phone five times": two to four sides named in a sentence of talks, even
    with no talks of its own, are the sides of the meetings (or calls) told after it that
    name none ("The first round …", "Their latest call …")."""
    sides = {a.actor.side for a in f.actors if a.actor.side and a.actor.kind != "media"
             and not _hosts(text, a, f.actors) and not _reports(f, a)}
    if 2 <= len(sides) <= 4:
        kind = "call" if _CALL.search(text) or _BY_PHONE.search(text) else "meeting"
        named[kind] = sorted(s for s in sides if s)
        if kind == "meeting" and _CONVERSATION.search(text) and not f.places:
            named["call"] = named[kind]  # "their conversation", no venue: a call, or a meeting
        return True
    return False


def _their_sides(draft: _Draft, text: str, mention: re.Match[str], named: dict[str, list[str]],
                 records: list[_Draft]) -> None:
    """ "Trump and Putin have spoken by phone five times. Their most recent call, on June 24,
    …": "their" talks naming no side are of the sides last named with talks of that kind, else
    of the talks last told."""
    if draft.talks.parties or not _THEIR_BEFORE.search(text, max(0, mention.start() - 25),
                                                       mention.start()):
        return
    draft.talks.parties = list(named.get(draft.talks.kind) or next(
        (d.talks.parties for d in reversed(records) if len(d.talks.parties) >= 2), []))


def _lend_sides(draft: _Draft, named: dict[str, list[str]]) -> None:
    """Talks naming no side, but a venue or a day of their own ("The first round, in
    Istanbul on April 22"), take the sides last named with talks of their kind."""
    if not draft.talks.parties and draft.talks.kind in named and (
            draft.talks.place or draft.said_date):
        draft.talks.parties = list(named[draft.talks.kind])


def _talks_of_other_sides(f: SentenceFacts, text: str, later: list[re.Match[str]],
                          told: list[_Draft], earlier: list[_Draft]) -> list[_Draft]:
    """ "Trump spoke with Putin by phone on Monday and then called Zelensky": a later verb of
    meeting or calling whose sides are two others is talks of its own, its hours only those
    said after it."""
    found: list[_Draft] = []
    for mention in later:
        if not _VERBS.fullmatch(mention.group()):
            continue
        # the talks told before it in the sentence come before it too ("the two leaders")
        drafts = _talks_in(f, text, mention, False, earlier + told + found) or []
        for draft in drafts:
            sides = set(draft.talks.parties)
            if len(sides) < 2 or any(sides == set(d.talks.parties) for d in told + found):
                continue
            # "met Lavrov on Tuesday and spoke with Sybiha on Wednesday": the day after it
            after = [d for d in f.dates if d.start > mention.end()
                     and not EVENT_BREAK.search(text, mention.end(), d.start)]
            if after:
                draft.talks.date = draft.said_date = after[0].date
            duration = hours_said(text[mention.start():])
            draft.talks.duration_hours = duration
            draft.hours = {draft.said_date: duration} if duration is not None else {}
            found.append(draft)
    return found


def _talks_elsewhere(f: SentenceFacts, text: str, later: list[re.Match[str]],
                     told: list[_Draft], earlier: list[_Draft]) -> list[_Draft]:
    """ "Erdogan held separate calls with Putin and Zelensky, and his office said a fourth
    round of talks would be held in Istanbul on 20 September": a later noun of talks (not
    referring back) with a venue and a day of its own, a venue the talks told before lack,
    is talks of its own."""
    found: list[_Draft] = []
    for mention in later:
        if _VERBS.fullmatch(mention.group()) or \
                _DEFINITE.search(text, max(0, mention.start() - 30), mention.start()):
            continue
        for draft in _talks_in(f, text, mention, False, earlier + told + found) or []:
            place = draft.talks.place
            if place and draft.said_date and all(d.talks.place != place for d in told + found):
                found.append(draft)
    return found


def _then_with(f: SentenceFacts, text: str, mention: re.Match[str],
               told: list[_Draft]) -> list[_Draft]:
    """ "Trump spoke with Putin for an hour on Tuesday and then with Zelensky for 90
    minutes", "spoke with Putin on Wednesday and with Zelensky on Thursday": a second object
    of the same verb, after "and then with" or with a day of its own, is talks of its own
    between the subject and it, its hours those said after it."""
    m = _THEN_WITH.search(text, mention.end())
    if m is None or len(told) != 1 or _CLAUSE_BREAK.search(text, mention.end(), m.start()):
        return []
    first = told[0]
    other = next((a for a in f.actors if a.actor.side and m.end() <= a.start <= m.end() + 40
                  and _TITLES.fullmatch(text, m.end() - 1, a.start)), None)
    stop = _CLAUSE_BREAK.search(text, other.end if other else m.end())
    end = stop.start() if stop else len(text)
    days = [d.date for d in f.dates if other is not None and other.end <= d.start < end]
    if not days and not m["then"]:
        return []  # "with Trump and with Zelensky": may be one talk
    _keep_to_first(first, text[mention.start():m.start()], m.end(), f.actors)
    object_sides = {a.actor.side for a in f.actors if mention.end() <= a.start < m.start()}
    subject = set(first.talks.parties) - object_sides
    side = other.actor.side if other is not None else None
    if other is None or side is None or not subject or side in set(first.talks.parties):
        return []
    duration = hours_said(text[other.end:end])
    said = days[0] if days else first.said_date
    talks = Talks(days[0] if days else first.talks.date, first.talks.kind, first.talks.place,
                  sorted(subject | {side}), duration, list(first.talks.evidence))
    return [_Draft(talks, said, first.time, {said: duration} if duration is not None else {})]


def _keep_to_first(first: _Draft, before: str, second: int, actors: list[ActorMention]) -> None:
    """The talks before "and then with …" last the hours said before it, and are not
    with whoever comes after it."""
    duration = hours_said(before)
    first.talks.duration_hours = duration
    first.hours = {first.said_date: duration} if duration is not None else {}
    later = {a.actor.side for a in actors if second <= a.start <= second + 40}
    kept = set(first.talks.parties) - later
    if len(kept) >= 2:
        first.talks.parties = sorted(kept)


def continues_talks(text: str) -> bool:
    """Whether a sentence with no word of talks may tell how long the talks before it lasted
    ("Turkish officials shuttled between the rooms, he said, for a total of 14 hours.")."""
    return tells_hours(text) and _TALKS.search(text) is None


def _lend_hours(text: str, latest: _Draft | None) -> None:
    """The hours a sentence that continues the talks before it says they lasted, where no
    duration was said of them: the talks last mentioned ("The Witkoff-Putin meeting is
    over. It lasted three hours": the meeting, though a call was told after it)."""
    duration = hours_said(text)
    if duration is not None and latest is not None and latest.talks.duration_hours is None:
        latest.hours = {None: duration}
        latest.talks.duration_hours = duration


def _add_joiners(f: SentenceFacts, text: str, records: list[_Draft]) -> None:
    """ "US envoy Witkoff joined the session for its last two hours", "the delegations were
    joined by US officials": whoever joined the talks last reported took part in them."""
    m = _JOINED.search(text)
    if m is None or not records:
        return
    if m["by"]:  # "were joined … by US officials"
        start, end = m.end(), _phrase_end(text, m.end())
    else:  # "Witkoff joined the session": the subject, in the clause before the verb
        start, end = clause_bounds(text, m.start(), _CLAUSE_BREAK)[0], m.start()
    sides = {a.actor.side for a in f.actors if start <= a.start < end and a.actor.side}
    talks = records[-1].talks
    talks.parties = sorted(set(talks.parties) | sides)


def _talks_in(f: SentenceFacts, text: str, mention: re.Match[str], definite: bool,
              earlier: list[_Draft]) -> list[_Draft] | None:
    """The talks a mention reports, or None where it reports no meeting or call of its own."""
    before = text[max(0, mention.start() - 40):mention.start()]
    if _PLURAL.fullmatch(mention.group()) and _COUNT_BEFORE.search(before):
        return None  # "three rounds of talks" (GUIDE: a bare count gives no records)
    if mention.group().lower() in _CALLED and not _calls_someone(f, text, mention):
        return None
    if mention.group().lower() in _RECEIVED and not _receives_someone(f, text, mention):
        return None
    if mention.group().lower() in _HOSTED and not _hosts_someone(f, mention):
        return None
    if _VERBS.fullmatch(mention.group()) and _TIMES_AFTER.match(text, mention.end()):
        return None  # "has spoken with Trump three times this year": a bare count
    if _DISCUSSED.fullmatch(mention.group()) and not _talks_with_someone(f, text, mention):
        return None
    if _met_by_no_side(f, text, mention) or _others_met_about_a_side(f, text, mention):
        return None
    if mention.group().lower() in _SPOKE and _SPOKE_WHEN.match(text, mention.end()):
        return None  # "Ushakov spoke after a video call …": he spoke, the call is the talks
    if _spoke_about_alone(text, mention):
        return None
    if _spoke_to_no_side(f, text, mention):
        return None
    place = _place(f, text, mention) or _same_place(text, mention, earlier)
    kind = _kind(text, mention, place, earlier)
    place = None if kind == "call" else place
    verb = _VERBS.fullmatch(mention.group()) is not None
    wished = _WISHED.search(before) is not None or \
        _PROPOSED_THAT.search(text, max(0, mention.start() - 100), mention.start()) is not None
    time = "next" if _NEXT_BEFORE.search(before) or wished or \
        (verb and _FUTURE_VERB.search(before)) else \
        "past" if _PAST.search(text[mention.start():]) else ""
    if not _identified(f, text, mention, place, time, wished):
        return None
    listed = listed_dates(f, text, mention)
    parties = _parties(f, text, mention, place, definite, parse=len(listed) >= 2)
    parties = _resolve_possessive(text, mention, parties, earlier)
    parties = _delegations_before(text, mention, earlier) or parties
    parties = _with_the_other_side(f, text, mention, parties)
    parties = _with_the_speakers_side(f, text, mention, parties)
    series = mention.group().lower() == "round" and _ROUND_OF_A_SERIES.search(before)
    if (time == "next" or series) and not parties:
        # "the next round will be in Istanbul", "The second round in Istanbul, on 23 July, …":
        # the sides of the rounds told before
        parties = next((list(d.talks.parties) for d in reversed(earlier)
                        if len(d.talks.parties) >= 2), [])
    # "Ukrainian negotiators in Kyiv said": no talks; "three rounds of talks between the
    # delegations in Istanbul": the talks named before them say what they are
    if _NEGOTIATORS.fullmatch(mention.group()) and (
            place is None or len(parties) < 2 or _talks_named_before(text, mention)):
        return None
    evidence = Evidence(f.sentence.text, f.sentence.start, f.sentence.end)
    previous = [m.end() for m in _TALKS.finditer(text, 0, mention.start())]
    said = said_date(f, text, mention, previous[-1] if previous else None)
    deal_venue = _DEAL_MADE_AT.search(text, max(0, mention.start() - 60),
                                      mention.start()) is not None
    if deal_venue and not any(d.start >= mention.end() and d.date == said for d in f.dates):
        said = None  # "swapped … on Friday, …agreed at talks in Istanbul": Friday is the swap's
    own = f.has_own_date and not statement_days_only(f, text, mention) and not deal_venue
    date = said or (f.date if own else None)
    postponed = _POSTPONED.match(text, mention.end()) is not None
    if postponed:
        said = date = None  # "the round in Doha, set for Friday, was postponed": not Friday
    if date is None and earlier and (_LATER.search(text, max(0, mention.start() - 40),
                                                   mention.start()) or
                                     _LATER_AFTER.match(text, mention.end())):
        # "Trump later spoke with Zelensky", "spoke afterwards with Zelensky": that day
        date = earlier[-1].talks.date
    # "a call … on Sunday and a meeting … that lasted three hours": each its own hours
    start = mention.start() if _coordinated(text, mention.start()) else 0
    duration = hours_said(text[start:_next_verb(f, text, mention)],
                          spent=mention.group().lower() in ("spent", "spend"))
    hours = {said: duration} if duration is not None else {}
    if len(listed) >= 2:  # "the rounds there on May 16 and June 2": one record each
        return [_Draft(Talks(d, kind, place, parties, None, [evidence]), d, time, {})
                for d in listed]
    if kind == "meeting" and verb:
        apart = _meetings_apart(f, text, mention, parties, time, evidence)
        if apart:
            return apart
    # "held separate phone calls with Putin and Zelensky"; a third state's leader who "spoke by
    # phone with Putin and Zelensky" made two calls too, one with each (unless "a three-way call")
    if _SEPARATE.search(text) or kind == "call" and not _JOINT.search(text):
        hosts = [p for p in parties if p not in ("RU", "UA")]
        guests = [p for p in parties if p in ("RU", "UA")]
        if len(hosts) == 1 and len(guests) == 2 or hosts and _SEPARATE.search(text) and \
                len(guests) == 2:
            return [_Draft(Talks(date, kind, place, sorted(hosts + [g]), duration, [evidence]),
                           said, time, dict(hours)) for g in guests]  # (hours of each its own)
    again = bool(_AGAIN_AFTER.match(text, mention.end()) or _AGAIN_BEFORE.search(before))
    on_own = _ON_OWN.match(text, mention.end()) is not None
    return [_Draft(Talks(date, kind, place, parties, duration, [evidence]), said, time, hours,
                   again=again, on_own=on_own, partner=_partner(f, text, mention),
                   postponed=postponed)]


# the interviewer's turn put to the one interviewed: "Q: You spoke to Secretary Rubio on Monday."
_ADDRESSED = re.compile(r"^\W*(?:[\w&.'-]{1,20}:\s+)?(?:And\s+|So\s+)?[Yy]ou\s+(?:have\s+|had\s+|"
                        r"also\s+|just\s+|then\s+){0,2}(?:spoke|talked|met|called|phoned)\b")


def _with_the_addressees_side(facts: list[SentenceFacts], index: int) -> SentenceFacts:
    """A turn of a transcript whose speaker has no side (the interviewer's) that tells the
    one interviewed "You spoke to X …": "you" is the side of the answer's speaker, the next
    turn's (its sentences in the same or the next two paragraphs)."""
    f = facts[index]
    if f.turn_side is not None or not _ADDRESSED.match(f.text):
        return f
    for answer in facts[index + 1:]:
        if answer.sentence.paragraph > f.sentence.paragraph + 2:
            break
        if answer.turn_side is not None:
            return replace(f, turn_side=answer.turn_side)
    return f


# the speaker of a turn or the speaker's leader, named by no country: "I spoke with Fidan",
# "the President phoned the Turkish leader" (in the Kremlin spokesman's turn)
_SPEAKER_OR_LEADER = re.compile(r"\b(?:I|we|(?-i:[Tt]he|[Oo]ur)\s+(?:President|Prime\s+Minister|"
                                r"Foreign\s+Minister|minister|president|leader))\b"
                                r"(?!\s+(?:of\b|(?-i:[A-Z])))", re.IGNORECASE)


_WITH_TO_NAME = re.compile(r"\s(?:with|to)\s+(?:[A-Z][\w.'-]*\s+){0,3}$")


def _with_the_speakers_side(f: SentenceFacts, text: str, mention: re.Match[str],
                            parties: list[str]) -> list[str]:
    """Talks with one side named, told in a turn of a transcript by its speaker ("I") or of
    the speaker's leader ("the President"), have the speaker's side as the other party."""
    side = f.turn_side
    if side is None or len(parties) > 1 or side in parties:
        return parties
    start, end = clause_bounds(text, mention.start(), _CLAUSE_BREAK)
    if _SPEAKER_OR_LEADER.search(text, start, mention.start()) is None and \
            not _ADDRESSED.match(text):  # (the addressee's side: _with_the_addressees_side)
        return parties
    # "spoke with President Zelensky": the one talked with, where no side was read
    partners = parties or sorted({a.actor.side for a in f.actors if a.actor.side and
                                  mention.end() <= a.start < end and _WITH_TO_NAME.search(
                                      text, mention.end(), a.start)})
    return sorted([*partners, side]) if len(partners) == 1 and side not in partners else parties


def _partner(f: SentenceFacts, text: str, mention: re.Match[str]) -> str | None:
    """The side named right after the talks: "In the call with Putin, …" (the call told before
    with Putin, not the one with Zelensky)."""
    with_ = _WITH_OR_TO.match(text, mention.end() + (text[mention.end():].startswith(" ")))
    if with_ is None:
        return None
    named = next((a for a in f.actors if a.start >= with_.end()), None)
    return named.actor.side if named is not None and named.start - with_.end() <= 30 else None




def _with_the_other_side(f: SentenceFacts, text: str, mention: re.Match[str],
                         parties: list[str]) -> list[str]:
    """ "The third round of talks with the Russian side will take place in Istanbul": talks
    "with" one side at war, no one else named, are with the other side at war (the speaker's)."""
    if len(parties) != 1 or parties[0] not in BELLIGERENT_SIDES:
        return parties
    with_it = any(a.actor.side == parties[0] and
                  _WITH_BEFORE.fullmatch(text, mention.end(), a.start) for a in f.actors)
    return sorted(BELLIGERENT_SIDES) if with_it else parties


def _meetings_apart(f: SentenceFacts, text: str, mention: re.Match[str], parties: list[str],
                    time: str, evidence: Evidence) -> list[_Draft]:
    """ "He received a Ukrainian delegation in Ankara on Monday and a Russian team in Istanbul
    on Tuesday": a verb of meeting with two objects, each with its own side, venue and day,
    is two meetings, the subject's side in each; "met in Jeddah on Tuesday and in Riyadh on
    Wednesday", two meetings of the same sides."""
    for joint in _AND.finditer(text, mention.end()):
        stop = _CLAUSE_BREAK.search(text, joint.end())
        first = _venue_side_day(f, text, mention.end(), joint.start())
        second = _venue_side_day(f, text, joint.end(), stop.start() if stop else len(text))
        if first is None or second is None:
            continue
        (place1, sides1, day1), (place2, sides2, day2) = first, second
        # "met the Ukrainian team in Ankara on Monday and the Russian team on Tuesday": the
        # venue said once is both meetings', where each has a side of its own
        if place1 is None or (place2 is None and not (sides1 and sides2)) or \
                _verb_between(text, joint.end(), stop.start() if stop else len(text)):
            return []  # "… and spoke with Sybiha by phone on Wednesday": talks of their own
        # "met in Jeddah on Tuesday and in Riyadh on Wednesday": the same sides each time
        subject = set(parties) - sides1 - sides2
        if (not subject and sides1) or bool(sides1) != bool(sides2) or sides1 & sides2 or \
                place1 == place2 or day1 == day2:
            return []
        second = (place2 or place1, sides2, day2)
        return [_Draft(Talks(day, "meeting", place, sorted(subject | sides), None, [evidence]),
                       day, time, {}) for place, sides, day in (first, second)]
    return []


def _venue_side_day(f: SentenceFacts, text: str, start: int, end: int
                    ) -> tuple[str | None, set[str], dt.date] | None:
    """The one venue (or none), the side of the one met (the first named) and the one day
    named between ``start`` and ``end``."""
    places = [p for p in f.places if start <= p.start < end and p.place.kind not in
              ("area", "site", "country") and _VENUE_BEFORE.search(text, max(0, p.start - 40),
                                                                   p.start)]
    sides = [a.actor.side for a in f.actors if start <= a.start < end and a.actor.side
             and not any(p.start <= a.start < p.end for p in places)]  # not "in Riyadh"
    days = [d for d in f.dates if start <= d.start < end]
    if len(places) > 1 or len(days) != 1:
        return None
    return places[0].place.name if places else None, set(sides[:1]), days[0].date


def _calls_someone(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "then called Volodymyr Zelensky", "phoned French President Emmanuel Macron", "rang
    the Ukrainian president": a person of some side right after the verb, with only titles
    and names between, or a side's office holder; not "called Putin a war criminal" (naming
    him), nor "a town called Pokrovsk", "the bells rang the hour"."""
    start = mention.end()
    # "Putin was phoned by Trump": the caller after "by"
    if _PASSIVE_BEFORE.search(text, max(0, mention.start() - 12), mention.start()) and \
            text.startswith(" by", start):
        start += 3
    office = _OFFICE_HOLDER.match(text, start)
    if office and any(a.start == office.start("side") and a.actor.side for a in f.actors):
        return _NAMING.match(text, office.end()) is None
    person = next((a for a in f.actors if a.actor.side and a.actor.kind == "person"
                   and start < a.start <= start + 40), None)
    return person is not None and \
        _TITLES.fullmatch(text, start, person.start) is not None and \
        _NAMING.match(text, person.end) is None


_RECEIVED = ("received", "receives")
_HOSTED = ("hosted", "hosts")
_OWNED = re.compile(r"['\u2019]s?\b")
_ARTICLE_AFTER = re.compile(r"\s+(?:a|the)\s")


def _receives_someone(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "received Witkoff", "was received by Putin": a person of some side right after the verb
    (as for a call), or a delegation (the pattern's own lookahead); not "received Trump's
    letter" (a thing of his)."""
    if _ARTICLE_AFTER.match(text, mention.end()):
        return True  # "received a Ukrainian delegation", as before
    if not _calls_someone(f, text, mention):
        return False
    person = next((a for a in f.actors if a.actor.kind == "person"
                   and mention.end() < a.start <= mention.end() + 45), None)
    return person is None or _OWNED.match(text, person.end) is None


def _talks_named_before(text: str, mention: re.Match[str]) -> bool:
    """Talks named before the mention (a host's verb names none: "Turkey hosted … delegations")."""
    return any(m.group().lower() not in _HOSTED for m in _TALKS.finditer(text, 0, mention.start()))


def _hosts_someone(f: SentenceFacts, mention: re.Match[str]) -> bool:
    """ "Putin hosted Witkoff", "Erdogan hosts Zelensky": a person of another side named right
    after the verb, whom the host met (not "hosted Ukrainian and Russian delegations", whose
    talks the host only housed: GUIDE, a host is no party)."""
    host = next((a.actor.side for a in f.actors if a.end <= mention.start()), None)
    after = next((a for a in f.actors if mention.end() < a.start <= mention.end() + 2), None)
    return after is not None and after.actor.kind == "person" and after.actor.side != host


# people met who negotiate for no side: "met families of prisoners", "meets students"
_MET_PEOPLE = re.compile(r"\s+(?:the\s+|a\s+group\s+of\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+)?"
                         r"(?:families|relatives|mothers|wives|widows|students|workers|veterans|"
                         r"residents|volunteers|troops|soldiers|children|journalists|reporters|"
                         r"survivors|pupils|farmers|miners|doctors|medics)\b(?!['\u2019])",
                         re.IGNORECASE)


_OF_PEOPLE = re.compile(r"\s+(?:of|with|for)" + _MET_PEOPLE.pattern, re.IGNORECASE)
# talks told over a span, no one of them identified: "envoys have met often in the last
# year", "speak regularly", "in recent months"
_OVER_A_SPAN = re.compile(r"[^,;.\u2014]{0,40}?\b(?:(?:over|during|in|throughout)\s+the\s+(?:past|"
                          r"last)\s+(?:[\w-]+\s+){0,3}?(?:years?|months|weeks)|in\s+recent\s+"
                          r"(?:years|months|weeks)|regularly|routinely)\b", re.IGNORECASE)


def _met_by_no_side(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "were met by relatives and social workers": greeted, no talks; "was met by Rubio"
    may be; "Zelensky met families of the missing in Kyiv" met people, not a side."""
    if mention.group().lower() in ("met", "meets", "meet") and \
            _MET_PEOPLE.match(text, mention.end()):
        return True
    if mention.group().lower() in ("meeting", "meetings") and \
            _OF_PEOPLE.match(text, mention.end()):
        return True  # "meetings of the relatives of prisoners": people met, no side
    if mention.group().lower() != "met" or not _PASSIVE_BEFORE.search(
            text, max(0, mention.start() - 12), mention.start()):
        return False
    by = _BY_AFTER.match(text, mention.end())
    return by is None or not any(a.actor.side and by.end() <= a.start <= by.end() + 40
                                 and _TITLES.fullmatch(text, by.end() - 1, a.start)
                                 for a in f.actors)


_SPOKE = ("spoke", "speaks", "speak")
# "spoke after the call", "spoke to reporters", "spoke at a briefing": speaking, with no one
_SPOKE_WHEN = re.compile(r"\s+(?:shortly\s+|briefly\s+)?(?:after|before|following|during|at|to\s+"
                         r"(?:reporters|journalists|the\s+press|the\s+media)|"
                         # an interview: "spoke to The Kyiv Weekly", "spoke to our correspondent"
                         r"to\s+(?:(?:The|the|our|this)\s+)?(?:(?-i:[A-Z])[\w.'-]*\s+){0,3}?"
                         r"(?:Weekly|Times|Post|News|Observer|Review|Herald|Gazette|Journal|Daily|"
                         r"Radio|TV|Television|Magazine|Wire|Monitor|Tribune|Telegraph|Express|"
                         r"Pravda|reporter|correspondent|newspaper|paper|magazine|programme|"
                         r"podcast|channel))\b", re.IGNORECASE)
# "spoke" with nothing after it: "Hours after Peskov spoke, …"
_SPOKE_NO_MORE = re.compile(r"\s*[,;.]")
# talks of some time past: "has hosted Russian-Ukrainian talks before", "… in the past"
_BEFORE_NOW = re.compile(r"[^.;,:]{0,40}?\s(?:before|in\s+the\s+past|previously)\s*(?:[.;,:]|$)",
                         re.IGNORECASE)
# a topic spoken about, with no one spoken with or by phone after it
_ABOUT_NO_ONE = re.compile(r"\s+(?:at\s+length\s+|briefly\s+)?about\b(?![^.;]*\b(?:with|by\s+"
                           r"(?:tele)?phone|over\s+the\s+phone)\b)", re.IGNORECASE)
# what a meeting is about: "met … to discuss deliveries to Kyiv", "met … on aid for Ukraine"
_TOPIC_AFTER = re.compile(r"\b(?:to\s+(?:discuss|consider|review|debate|coordinate|talk\s+about|"
                          r"agree\s+on)|on|about|over)\b", re.IGNORECASE)


# "spoke to her in Kyiv", "spoke to Globe & Compass in Kyiv": who was spoken to, up to the place
_SPOKE_TO = re.compile(r"\s+to\s+(?P<whom>[^,;.]{1,40}?)\s+(?:in|at|on|by|over|from)\b")
# "spoke to his counterpart in Ankara": one spoken to for a side, talks after all
_A_SIDES_ENVOY = re.compile(r"\b(?:counterpart|leader|president|minister|envoy|delegat\w*|side)\b",
                            re.IGNORECASE)


def _spoke_to_no_side(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "We spoke to him at his office in Lviv", "the minister spoke to Harbour & Lantern in Odesa":
    an interview's setting, no talks: the one spoken to is no side, no person of one and no
    delegation (GUIDE: talks are negotiations between sides)."""
    if mention.group().lower() not in _SPOKE:
        return False
    m = _SPOKE_TO.match(text, mention.end())
    if m is None:
        return False
    whom = m.group("whom")
    if _NEGOTIATING.search(whom) or _A_SIDES_ENVOY.search(whom):
        return False
    return not any(a.actor.side for a in f.actors if m.start("whom") <= a.start < m.end("whom"))


def _spoke_about_alone(text: str, mention: re.Match[str]) -> bool:
    """ "an address to a forum in Odesa, in which he spoke about shipping", "Hours after Peskov
    spoke, drones struck …": one speaker, on a topic or on nothing, with no one spoken with
    (not "Erdogan and Putin spoke about the corridor", nor "spoke about it with Rubio")."""
    if mention.group().lower() not in _SPOKE or not (
            _ABOUT_NO_ONE.match(text, mention.end()) or _SPOKE_NO_MORE.match(text, mention.end())):
        return False
    start = clause_bounds(text, mention.start(), _CLAUSE_BREAK)[0]
    return _AND.search(text, start, mention.start()) is None


def _others_met_about_a_side(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "European foreign ministers met in Brussels to discuss air-defence deliveries to Kyiv":
    a meeting whose subject names no side and whose only side is in what it is about — other
    parties' meeting, no talks of a side (GUIDE: talks are negotiations of the sides)."""
    if mention.group().lower() not in ("met", "meet", "meets"):
        return False
    lo, hi = clause_bounds(text, mention.start(), _CLAUSE_BREAK)
    sides = [a for a in f.actors if a.actor.side and a.actor.kind != "media" and lo <= a.start < hi]
    if _NEGOTIATING.search(text, lo, mention.start()):
        return False  # "Negotiators met in Geneva to discuss Ukraine's proposal": the sides'
    agenda = _ON_THE_AGENDA.search(text, mention.end())
    if agenda is not None and not any(a.start < agenda.start() for a in sides):
        return True  # "The OSCE Council meets in Vienna; the Kakhovka dam is on the agenda"
    topic = _TOPIC_AFTER.search(text, mention.end(), hi)
    return topic is not None and bool(sides) and all(a.start >= topic.end() for a in sides)


# "…, with Ukraine's grid on the agenda", "; the plant is on the agenda": a session's agenda
# (a week-ahead list of other bodies' meetings: tuning sets by two writers)
_ON_THE_AGENDA = re.compile(r"(?:,\s*with\b|;)[^.;]{0,100}?\bon\s+(?:the|its|their)\s+agenda\b")


_NEGOTIATING = re.compile(r"\b(?:negotiators|delegations?|envoys|teams|sides|officials of both)\b",
                          re.IGNORECASE)


def _talks_with_someone(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """ "discussed the idea by telephone with President Zelensky", "talked to Tusk by phone":
    a person, state or office of some side right after "with" or "to"; not "talked to
    reporters by phone"."""
    for m in _WITH_OR_TO.finditer(text, mention.end(), min(len(text), mention.end() + 60)):
        if any(a.actor.side and a.actor.kind != "media" and m.end() <= a.start <= m.end() + 40
               and _TITLES.fullmatch(text, m.end() - 1, a.start) for a in f.actors):
            return True
    # "Erdogan and Putin talked by telephone": two sides as the verb's subject
    start = clause_bounds(text, mention.start(), _CLAUSE_BREAK)[0]
    subject = {a.actor.side for a in f.actors if a.actor.side and a.actor.kind != "media"
               and start <= a.start < mention.start()}
    return len(subject) >= 2 and _AND.search(text, start, mention.start()) is not None


def _kind(text: str, mention: re.Match[str], place: str | None, earlier: list[_Draft]) -> str:
    """A call by its words ("phone call", "spoke by phone"); "X and Y spoke" or "had a
    conversation with Y" with no venue is a call too, with one a meeting ("spoke in the Oval
    Office"); "the conversation" may be any talks told before, and where the last was no
    meeting nor a venue is named, it is a call (leaders who converse with no venue phone)."""
    if _CALL.search(text[max(0, mention.start() - 15):mention.end() + 5]) or \
            _BY_PHONE.search(text[mention.end():mention.end() + 40]) or \
            _TITLED_BY_PHONE.match(text, mention.end()) or \
            _DISCUSSED.fullmatch(mention.group()):  # only ever found "by phone"
        return "call"
    word = mention.group().lower()
    if place is None and (word in ("spoke", "speak", "speaks", "spoken") or (
            word == "conversation" and _A_BEFORE.search(text, max(0, mention.start() - 50),
                                                        mention.start()))):
        return "call"
    if place is None and word == "conversation" and \
            not (earlier and earlier[-1].talks.kind == "meeting"):
        return "call"
    return "meeting"




def _identified(f: SentenceFacts, text: str, mention: re.Match[str], place: str | None,
                time: str, wished: bool) -> bool:
    """Whether the mention can be a meeting or call of its own (GUIDE: one record per meeting
    the text identifies by its date, place or order). Not: talks as a process in some state
    ("the talks have stalled"), a venue only floated ("Geneva could host talks"), an order
    with nothing else to identify it ("their fifth call"), talks still to come with neither
    venue nor date of their own ("hope for future talks"; "the next round, on June 2" is
    set), talks only proposed or wished for with no day of their own ("Putin proposed a third
    round in Istanbul": the venue is floated, not set)."""
    after = text[mention.end():mention.end() + 80]
    before = text[max(0, mention.start() - 40):mention.start()]
    if _floated(f, text, mention) or _ONLY_POSSIBLE.match(after) or _DENIED.search(before) or \
            _WAS_SUPPOSED_TO.search(before) or \
            _UNSET.search(text, max(0, mention.start() - 80), mention.start()) or \
            _ASKED_WHETHER.search(text, max(0, mention.start() - 60), mention.start()):
        return False  # ("Asked whether Putin and Zelensky could meet in the Vatican, …")
    if _left_open_after(f, text, mention) or _NO_DAY_FOR.search(before) or \
            mention.group().lower() == "meet" and _AS_SOON_AS.search(before):
        return False
    if place is None and _PROCESS_STATE.match(after):
        return False
    if not f.has_own_date and _OVER_A_SPAN.match(text, mention.end()):
        return False  # "Envoys have met in many settings in the last two years"
    if place is None and not f.has_own_date and _BEFORE_NOW.match(text, mention.end()):
        return False  # "Ankara has hosted such talks before": some past talks, none identified
    if asks(f.sentence.text) or _VENUES_IN_DOUBT.search(text, mention.start(), mention.end() + 120):
        return False  # "Will there be a round in Doha?"; "a summit in Rome, or in Vienna"
    if _CALLED_OFF.match(text, mention.end()) or _CALLED_OFF_BEFORE.search(before):
        return False  # "the round … has been called off": set no more, never held
    if wished:
        return any(d.start >= mention.end() and not EVENT_BREAK.search(
            text, mention.end(), d.start) for d in f.dates)
    if time == "next":
        return place is not None or any(d.start >= mention.end() for d in f.dates)
    return place is not None or f.has_own_date or not _ORDINAL_BEFORE.search(before)


def _left_open_after(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """Talks whose day or place the same sentence says is still open, with no day said for them
    in between ("…, but no date had been set"; not "met on May 2; no date is set for the next")."""
    unset = _UNSET_AFTER.search(text, mention.end(), mention.end() + 160)
    return unset is not None and not any(mention.end() <= d.start < unset.start()
                                         for d in f.dates)


def _floated(f: SentenceFacts, text: str, mention: re.Match[str]) -> bool:
    """A venue only floated ("Ankara could host", "might take place in Geneva"); reported
    speech with a day fixed is set: "said the round would be held in Istanbul on 20 September".
    Talks told before a verb of saying that brings in the floating words are not floated ("in
    a call with Putin on Sunday, said Istanbul would be glad to host a fourth round")."""
    for m in _FLOATED.finditer(text):
        told_before = m.start() >= mention.end() and \
            _SAYING.search(text, mention.end(), m.start()) is not None
        if m.start() >= mention.end() and _TALKS.search(text, m.end(), m.end() + 60):
            continue  # "spoke with Putin on Monday, and offered to host a new round of talks":
            # the words float the talks after them, not the call told before
        if not told_before and not (m.group().lower().startswith("would")
                                    and any(d.start > m.end() for d in f.dates)):
            return True
    return False


def _delegations_before(text: str, mention: re.Match[str], earlier: list[_Draft]) -> list[str]:
    """ "The three delegations agreed to meet again": the sides of the talks last reported
    with as many parties (any number for "the delegations")."""
    m = _THE_DELEGATIONS.search(text, max(0, mention.start() - 60), mention.start())
    if m is None or _CLAUSE_BREAK.search(text, m.end(), mention.start()):
        return []
    size = {"two": 2, "three": 3, "four": 4}.get((m["n"] or m["k"] or "").lower())
    # delegations meet: the last meeting's sides before a call's (leaders call between rounds)
    meetings_first = sorted(reversed(earlier), key=lambda d: d.talks.kind != "meeting" and
                            m["k"] is None)
    for old in meetings_first:
        if len(old.talks.parties) >= 2 and size in (None, len(old.talks.parties)):
            return list(old.talks.parties)
    # "Trump called Putin, then Zelensky; the three leaders will meet": the sides of the
    # last talks together, where they are as many
    sides: set[str] = set()
    for old in reversed(earlier):
        sides |= set(old.talks.parties)
        if size is not None and len(sides) >= size:
            return sorted(sides) if len(sides) == size else []
    return []


def _resolve_possessive(text: str, mention: re.Match[str], parties: list[str],
                        earlier: list[_Draft]) -> list[str]:
    """ "his last meeting with Putin": "his" is the other side of the latest talks with
    Putin's side, where the sentence names no one else."""
    if len(parties) != 1 or not _POSSESSIVE_BEFORE.search(
            text[max(0, mention.start() - 25):mention.start()]):
        return parties
    for old in reversed(earlier):
        if parties[0] in old.talks.parties and len(old.talks.parties) == 2:
            return sorted(old.talks.parties)
    return parties


def _place(f: SentenceFacts, text: str, mention: re.Match[str]) -> str | None:
    """The venue: a place after "in"/"at" near the talks noun, or right before it; a building
    for its city ("at the White House": Washington)."""
    venues = []
    for p in sorted([*f.places, *_landmarks(text)], key=lambda p: p.start):
        # "Moscow's refusal" is no venue; "in Istanbul's Ciragan Palace" is
        if text[p.end:p.end + 2] == "'s" and not _VENUE_BEFORE.search(
                text, max(0, p.start - 40), p.start):
            continue
        # "the Istanbul meeting"; not "Kyiv meets …"
        right_before = 0 <= mention.start() - p.end <= 2 and not _VERBS.fullmatch(mention.group())
        # a belligerent country is where the war is, not where talks are held
        war_zone = p.place.kind == "country" and p.place.country in ("RU", "UA")
        # a venue after the noun may be far ("… will begin on Sunday in Jeddah"); before it, close
        close = p.start > mention.start() or mention.start() - p.end <= 60
        venue = _VENUE_BEFORE.search(text[max(0, p.start - 40):p.start])
        if right_before or (close and not war_zone and venue
                            and not _verb_between(text, mention.end(), p.start)):
            venues.append(p.place)
    venues = [p for p in venues if p.kind not in ("area", "site")]  # not "in the Black Sea"
    cities = [p for p in venues if p.kind != "country"]
    chosen = cities[0] if cities else (venues[0] if venues else None)
    return chosen.name if chosen else None


def _same_place(text: str, mention: re.Match[str], earlier: list[_Draft]) -> str | None:
    """ "the delegations met in the same city on April 22": the venue of the talks last
    reported with one."""
    if not _SAME_PLACE.match(text, mention.end(), min(len(text), mention.end() + 60)):
        return None
    return next((d.talks.place for d in reversed(earlier) if d.talks.place), None)


def _next_verb(f: SentenceFacts, text: str, mention: re.Match[str]) -> int:
    """Where the next verb of meeting with a day of its own begins: "The round … was the
    first since the delegations met on April 22, when the talks lasted 90 minutes": the
    hours after it are the other talks' (not in "…; they spoke for two hours")."""
    for m in _TALKS.finditer(text, mention.end()):
        if _VERBS.fullmatch(m.group()) and any(m.end() <= d.start <= m.end() + 60
                                               for d in f.dates) or _coordinated(text, m.start()):
            return m.start()
    return len(text)


def _coordinated(text: str, start: int) -> bool:
    """ "… on Sunday and a meeting between Fidan and Sybiha": other talks joined to those
    told before them in the sentence."""
    return _AND_A.search(text, max(0, start - 40), start) is not None


def _verb_between(text: str, start: int, end: int) -> bool:
    """ "spoke with Putin on Tuesday and said they would meet in Riyadh": a verb of meeting
    between the mention and a venue after it is other talks, and the venue theirs."""
    return any(_VERBS.fullmatch(m.group()) for m in _TALKS.finditer(text, start, end))


def _landmarks(text: str) -> list[PlaceMention]:
    """Buildings named in the text (``lexicon/venues.tsv``), each as the place of its city."""
    table, pattern = _venue_table()
    found = []
    for m in pattern.finditer(text):
        city = lookup_place(table[m.group()])
        if city is not None:
            found.append(PlaceMention(m.start(), m.end(), m.group(), city))
    return found


@cache
def _venue_table() -> tuple[dict[str, str], Literals]:
    table = {row[0]: row[1] for row in load_table("venues.tsv")}
    return table, literal_alternatives(table)


def _parties(f: SentenceFacts, text: str, mention: re.Match[str], place: str | None,
             definite: bool, parse: bool = False) -> list[str]:
    """Sides named with the talks: who met or called whom. The plain forms are read from the
    words ("between X and Y", two sides alone in the clause); the others from the parse of
    the sentence (``talks.parties``), which costs ~2 ms a sentence, so it is asked only for a
    mention that introduces talks (not "the talks" referred back to) with sides named near
    it, or for talks with days of their own (``parse``: "after the rounds on May 16 and June
    2", whose sides may be named far before). Elsewhere, or where the parse names no one but
    the talks have a venue, the sides named near the mention, bar places ("the raid on
    Moscow")."""
    told_by = _TOLD_BY.search(text)
    actors = [a for a in [*f.actors, *hyphened_actors(text)]
              if a.actor.side and a.actor.kind != "media" and not _is_venue(text, a, place)
              and not (told_by and a.start >= told_by.start() > mention.end())]
    sides = _modifier_sides(text, mention, actors) or _between_sides(text, mention, actors) or \
        _clause_pair(text, mention, [a for a in actors if not _reports(f, a)])
    if not sides and not definite and (parse or _parse_may_tell(text, mention, actors)):
        sides = parsed_sides(f, mention.start(), actors)
    if not sides and (place is not None or definite):
        sides = {a.actor.side for a in actors if abs(a.start - mention.start()) <= _NEAR
                 and not _AFTER_PLACE_WORD.search(text[max(0, a.start - 30):a.start])
                 and not _hosts(text, a, actors) and not _reports(f, a)}
    return sorted(s for s in sides | _brokers(text, actors) if s)


def _hosts(text: str, actor: ActorMention, actors: list[ActorMention]) -> bool:
    """ "hosted by Saudi Arabia", "Qatar, which hosted them": a host, no party (GUIDE). One who
    hosts guests of one other side alone meets them: "Putin hosted Witkoff for talks"."""
    if _HOST_BY.search(text, max(0, actor.start - 30), actor.start) is not None:
        return True
    hosted = _HOST_AFTER.match(text, actor.end)
    if hosted is None:
        return False
    guests = {a.actor.side for a in actors if a.start >= hosted.end() and a.actor.side and
              a.actor.side != actor.actor.side and a.actor.kind != "media"}
    return len(guests) != 1


def _brokers(text: str, actors: list[ActorMention]) -> set[str | None]:
    """ "US-brokered talks", "talks brokered by Turkey": the broker ran the negotiation with
    each side, so it negotiated too (GUIDE: a host is no party unless it negotiates)."""
    found: set[str | None] = set()
    for m in _BROKERED.finditer(text):
        if m["named"]:  # "US-brokered": the actor lexicon reads whole words only
            actor = actor_named(m["named"])
            found.add(actor.side if actor else None)
        else:
            end = _phrase_end(text, m.end())
            found |= {a.actor.side for a in actors if m.end() <= a.start < end}
    return found


def _modifier_sides(text: str, mention: re.Match[str],
                    actors: list[ActorMention]) -> set[str | None]:
    """ "the Russian-Ukrainian talks", "a US-Ukraine meeting": two sides joined by a hyphen
    right before the talks noun are its parties, in a mention referring back or not."""
    before = _MODIFIERS.search(text, max(0, mention.start() - 40), mention.start())
    if before is None:
        return set()
    sides = {a.actor.side for a in actors if before.start() <= a.start and a.end <= mention.start()}
    return sides if len(sides) >= 2 else set()


def _parse_may_tell(text: str, mention: re.Match[str], actors: list[ActorMention]) -> bool:
    """Whether the parse has sides to sort out: two sides named in the sentence, or "both
    sides", "trilateral", a pronoun near the mention, and some side near it ("favourable
    conditions for negotiations" far from anyone names no party)."""
    start, end = max(0, mention.start() - _NEAR), mention.end() + _NEAR
    role_words = _ROLE_WORDS.search(text, start, end) is not None
    near = role_words or any(start <= a.start < end for a in actors)
    return near and (role_words or len({a.actor.side for a in actors}) >= 2)


def _between_sides(text: str, mention: re.Match[str],
                   actors: list[ActorMention]) -> set[str | None]:
    """ "a call between Putin and Trump in …", "talks in Doha between Russian, US and Ukrainian
    envoys": the sides named from "between" to the end of its phrase, read without a parse
    (the commonest form, and an unambiguous one)."""
    opening = _BETWEEN.match(text, mention.end())
    if opening is None:
        return set()
    end = _phrase_end(text, opening.end())
    sides = {a.actor.side for a in actors if opening.end() <= a.start < end}
    return sides if len(sides) >= 2 else set()


def _phrase_end(text: str, start: int) -> int:
    """Where a "between" phrase ends; a comma of a list ("Ukraine, the US and Russia") does
    not end it, one after the "and" does ("Putin and Trump, the Kremlin said")."""
    stops = list(_PHRASE_END.finditer(text, start))
    for i, stop in enumerate(stops):
        if stop.group() != "," or " and " in text[start:stop.start()]:
            return stop.start()
        following = stops[i + 1].start() if i + 1 < len(stops) else len(text)
        if " and " not in text[stop.end():following]:
            return stop.start()
    return len(text)


def _reports(f: SentenceFacts, actor: ActorMention) -> bool:
    """Whether the actor is the one the sentence says reports it ("according to the Kremlin",
    "the White House said"): a source, not a side of the talks the clause tells."""
    c = f.claimant
    return c is not None and c.start >= 0 and c.start <= actor.end and actor.start < c.end


# "He said Umerov had spoken with Witkoff": the pronoun tells of the talks, takes no part
_TELLER = re.compile(r"(?:he|she)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|told|"
                     r"tells|noted|wrote)\b", re.IGNORECASE)


def _clause_pair(text: str, mention: re.Match[str],
                 actors: list[ActorMention]) -> set[str | None]:
    """ "Kyiv and Moscow held a round of talks on Friday": two sides, both in the clause of
    the talks and none elsewhere in the sentence, are the two that met; no parse needed,
    unless the clause has a host or a pronoun ("Qatar hosted …", "he met …")."""
    start, end = clause_bounds(text, mention.start(), _CLAUSE_BREAK)
    if _HOST_WORDS.search(text, start, end) or any(
            not _TELLER.match(text, m.start()) for m in _ROLE_WORDS.finditer(text, start, end)):
        return set()
    named = [a for a in actors if not _AFTER_PLACE_WORD.search(text[max(0, a.start - 30):a.start])
             and text[a.end:a.end + 2] != "'s" and not _TOPIC_OWNER.match(text, a.end)]
    sides = {a.actor.side for a in named}
    inside = all(start <= a.start < end for a in named)
    return sides if inside and len(sides) == 2 else set()


# "to discuss the US ceasefire plan": the owner of the plan talked about, not a side talking
_TOPIC_OWNER = re.compile(r"(?:-(?:backed|drafted|led))?\s+(?:(?:cease-?fire|truce|peace|energy|"
                          r"air|sea|maritime|partial|new|latest|revised|draft|settlement)\s+){0,2}"
                          r"(?:plan|proposal|initiative|offer|framework|roadmap)s?\b",
                          re.IGNORECASE)


def _is_venue(text: str, actor: ActorMention, place: str | None) -> bool:
    """ "Jeddah" or "Saudi Arabia" in "in Jeddah, Saudi Arabia": the venue, not a party."""
    before = text[max(0, actor.start - 30):actor.start]
    return place is not None and (actor.surface == place or before.rstrip().endswith(place + ","))






def _merge(records: list[_Draft], draft: _Draft, definite: bool = False) -> _Draft | None:
    """Fold a mention into the talks it is about, or keep it as new talks. A mention that
    refers back ("the conversation with Putin", "the talks lasted an hour") with no place
    of its own is about the talks it shares most sides with, else the last reported; it adds
    no sides (its subject may be someone who only commented on the talks)."""
    new = draft.talks
    bare = not new.parties and not new.place
    if (definite or bare) and not new.place:
        known = _referent(records, draft)
    else:
        known = next((k for k in records if _may_merge(k, draft) and
                      _same_talks(k.talks, new)), None)
    if known is None:
        if not bare:  # a bare mention with nothing before it to refer to is no record
            records.append(draft)
            return draft
        return None
    old = known.talks
    known.said_date = known.said_date or draft.said_date
    known.time = known.time or draft.time
    _add_hours(known, draft)
    if new.place and (old.place is None or _contains(new.place, old.place)):
        old.place = new.place
    if not definite:
        old.parties = sorted(set(old.parties) | set(new.parties))
    # a round over two days told on each is dated by its first (GUIDE); a call has one day
    if old.kind == "meeting" and old.date and new.date and (old.date - new.date).days == 1:
        old.date = new.date
    old.date = old.date or new.date
    old.evidence += [e for e in new.evidence if e not in old.evidence]
    return known


def _referent(records: list[_Draft], draft: _Draft) -> _Draft | None:
    new = draft.talks
    # "the talks" may be the call under another word; "the call" is no meeting
    # "Wednesday's conversation": of the talks it shares most sides with, those of its day
    found = [(draft.partner is not None and draft.partner in k.talks.parties,
              len(set(k.talks.parties) & set(new.parties)),
              new.date is not None and k.talks.date == new.date, i, k)
             for i, k in enumerate(records)
             if _may_merge(k, draft) and (k.talks.kind == new.kind or new.kind == "meeting")]
    return max(found, key=lambda t: t[:4])[4] if found else None


def _may_merge(known: _Draft, new: _Draft) -> bool:
    # two records from one sentence are "separate meetings": never one
    return not set(known.talks.evidence) & set(new.talks.evidence) and \
        not _told_apart(known, new) and not _on_their_own(known, new)


def _on_their_own(known: _Draft, new: _Draft) -> bool:
    """ "The US and Ukrainian teams had met on their own on Friday": not the round of three
    sides told before (nor after), though they sat in it too."""
    return (known.on_own or new.on_own) and \
        set(known.talks.parties) != set(new.talks.parties)


def _told_apart(known: _Draft, new: _Draft) -> bool:
    """ "met again on June 2": another meeting, wherever it was (a round over two days is
    one); the next round is not the one last week."""
    a, b = known.said_date, new.said_date
    # talks with a venue and a day said at them are not talks elsewhere on another day of
    # their sentence ("… on August 12, after talks with American officials" and "their summit
    # in Anchorage on August 15")
    a = a or (known.talks.date if new.talks.place and not known.talks.place else None)
    return (a is not None and b is not None and abs((a - b).days) > 1) or \
        {known.time, new.time} == {"next", "past"} or _held_then_next(known, new) or \
        _held_then_next(new, known) or _again_later(known, new) or _again_later(new, known)


def _again_later(held: _Draft, again: _Draft) -> bool:
    """ "… after talks in Istanbul. The delegations agreed to meet again there on June 26":
    talks "again", on a day of their own, are not talks dated days before (the day those were
    told on, where no day was said right at them)."""
    return again.again and again.said_date is not None and held.talks.date is not None and \
        (again.said_date - held.talks.date).days > 1


def _held_then_next(held: _Draft, coming: _Draft) -> bool:
    """ "wrapped up in Geneva on Wednesday … agreed to return to Geneva for another round":
    talks still to come with no day of their own are not talks held by the day they are told
    on (they may be talks set for a later day: "… in Istanbul on 20 September. The
    delegations would again meet at the Dolmabahce Palace")."""
    return coming.time == "next" and coming.said_date is None and \
        held.time != "next" and held.said_date is not None and \
        coming.told_on is not None and held.said_date <= coming.told_on


def _add_hours(known: _Draft, new: _Draft) -> None:
    """ "six hours on Tuesday", "two on Wednesday": the round lasted eight. The same day's
    hours said twice count once; hours with no day only where none were said."""
    for day, hours in new.hours.items():
        if not known.hours or (day is not None and None not in known.hours
                               and day not in known.hours):
            known.hours[day] = hours
    if known.hours:
        known.talks.duration_hours = round(sum(known.hours.values()), 2)


def _same_talks(old: Talks, new: Talks) -> bool:
    overlap = bool(set(old.parties) & set(new.parties)) or not old.parties or not new.parties
    if old.kind == "call" or new.kind == "call":
        # two callers each, not the same two: two calls (Trump with Putin, then with Zelensky)
        if len(old.parties) >= 2 and len(new.parties) >= 2 and old.parties != new.parties:
            return False
        # a meeting with no place named is often the call under another word ("the talks")
        return overlap and (old.kind == new.kind or not (old.place or new.place))
    if old.place and new.place:
        return _contains(old.place, new.place) or _contains(new.place, old.place)
    return overlap and len(set(old.parties) ^ set(new.parties)) <= 1 if old.parties else True


def _contains(specific: str, general: str) -> bool:
    """ "Jeddah" is within "Saudi Arabia"; equal names contain each other."""
    if specific == general:
        return True
    city, country = lookup_place(specific), lookup_place(general)
    return bool(city and country and country.kind == "country" and city.kind != "country"
                and city.country == country.country)
