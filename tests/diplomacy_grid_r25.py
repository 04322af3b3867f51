"""Issue 13, round 25: paraphrase grids for truce positions, talks and exchanges.

Each grid is built from small lists (templates x slots) that vary one thing at a time: how a
side is named, word order (active, fronted, reported, passive, nominalised), the verb or noun,
the scope and length of the truce, the day, and near-misses that state nothing. The expected
reading of every cell is written by hand from GUIDE.md, never from the reader's output.
The sentences, names and numbers are the grid's own. `tests/test_diplomacy_r25.py` runs them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PUBLISHED = "2026-09-22"  # a Tuesday
MONDAY = "2026-09-21"


@dataclass(frozen=True)
class Cell:
    """One sentence of a grid and what GUIDE says it holds."""

    grid: str
    text: str
    # every record expected, as dicts of the fields checked (an empty list: no record at all)
    expected: list[dict[str, Any]] = field(default_factory=list)
    exact: bool = True  # False: the expected records must be among those read

    @property
    def name(self) -> str:
        return f"{self.grid}: {self.text}"


# --- (a) truce positions ------------------------------------------------------------------------

# How a side is named: (subject, possessive, side)
RUSSIA_NAMES = [("Russia", "Russia's"), ("Moscow", "Moscow's"), ("Putin", "Putin's"),
                ("the Kremlin", "the Kremlin's"), ("Russia's foreign ministry", None),
                ("Kremlin spokesman Dmitry Peskov", None),
                ("Russian President Vladimir Putin", None)]
UKRAINE_NAMES = [("Ukraine", "Ukraine's"), ("Kyiv", "Kyiv's"), ("Zelensky", "Zelensky's"),
                 ("Ukraine's foreign ministry", None),
                 ("Foreign Minister Andrii Sybiha", None)]

# The verb that states a position: (simple past, past participle, status, own proposal?)
POSITION_VERBS = [
    ("proposed", "proposed", "proposed", True),
    ("offered", "offered", "proposed", True),
    ("called for", "called for", "proposed", True),
    ("put forward", "put forward", "proposed", True),
    ("agreed to", "agreed to", "agreed", False),
    ("accepted", "accepted", "agreed", False),
    ("rejected", "rejected", "rejected", False),
    ("refused", "refused", "rejected", False),
    ("dismissed", "dismissed", "rejected", False),
    ("turned down", "turned down", "rejected", False),
    ("ruled out", "ruled out", "rejected", False),
    ("declared", "declared", "agreed", True),
    ("announced", "announced", "agreed", True),
]
NOUNS = [("proposal", "proposed", True), ("offer", "proposed", True),
         ("acceptance", "agreed", False), ("rejection", "rejected", False),
         ("dismissal", "rejected", False)]


def position(status: str, side: str, own: bool, scope: str = "full",
             date: str | None = MONDAY) -> dict[str, Any]:
    """A truce position of one side; its own proposal or declaration names it the proposer."""
    return {"scope": scope, "status": status, "parties": (side,),
            "proposed_by": side if own else None, "date": date}


def side_cells() -> list[Cell]:
    """Every status verb by every name of a side, in one plain order."""
    cells = []
    for names, side in ((RUSSIA_NAMES, "RU"), (UKRAINE_NAMES, "UA")):
        for subject, _ in names:
            for past, _, status, own in POSITION_VERBS:
                text = f"{subject[0].upper()}{subject[1:]} {past} a 30-day ceasefire on Monday."
                cells.append(Cell("side", text, [position(status, side, own)]))
    return cells


def order_cells() -> list[Cell]:
    """Each status verb in each word order, the side fixed (Moscow)."""
    templates = [
        "On Monday, Moscow {past} a 30-day ceasefire.",
        "Moscow {past} a 30-day ceasefire, Peskov said on Monday.",
        "Peskov said on Monday that Moscow had {pp} a 30-day ceasefire.",
        "Zelensky said on Monday that Moscow had {pp} a 30-day ceasefire.",
        "A 30-day ceasefire was {pp} by Moscow on Monday.",
        "Moscow has {pp} a 30-day ceasefire, Peskov said on Monday.",
    ]
    cells = []
    for template in templates:
        for past, pp, status, own in POSITION_VERBS:
            text = template.format(past=past, pp=pp)
            cells.append(Cell("order", text, [position(status, "RU", own)]))
    return cells


def attribution_cells() -> list[Cell]:
    """Who tells of the position, and where: "according to", a Telegram post, a "Source:" line,
    the speaker by rank and name, before or after; the present tense of a headline."""
    cells = []
    for past, pp, status, own in POSITION_VERBS[::2]:
        expected = [position(status, "RU", own)]
        for text in [
            f"Moscow {past} a 30-day ceasefire on Monday, according to the Kremlin.",
            f"According to Peskov, Moscow {past} a 30-day ceasefire on Monday.",
            f"In a Telegram post on Monday, Zakharova wrote that Moscow had {pp} a 30-day "
            "ceasefire.",
            f"Foreign ministry spokeswoman Maria Zakharova said Moscow {past} a 30-day ceasefire "
            "on Monday.",
            f"\"Moscow has {pp} a 30-day ceasefire,\" Peskov told reporters on Monday.",
        ]:
            cells.append(Cell("attribution", text, expected))
    return cells


def noun_cells() -> list[Cell]:
    """A position told by its noun: "Kyiv's rejection of the truce", "the offer by Kyiv"."""
    cells = []
    for names, side in ((RUSSIA_NAMES, "RU"), (UKRAINE_NAMES, "UA")):
        for _, possessive in names:
            if possessive is None:
                continue
            for noun, status, own in NOUNS:
                text = (f"{possessive[0].upper()}{possessive[1:]} {noun} of a 30-day ceasefire "
                        "on Monday surprised diplomats.")
                cells.append(Cell("noun", text, [position(status, side, own)]))
    for noun, status, own in NOUNS:
        text = f"The {noun} of a 30-day ceasefire by Kyiv on Monday surprised diplomats."
        cells.append(Cell("noun", text, [position(status, "UA", own)]))
    return cells


SCOPES = [
    ("a full ceasefire", "full"),
    ("a complete ceasefire along the whole front line", "full"),
    ("an Easter truce", "full"),
    ("a Christmas ceasefire", "full"),
    ("a halt to strikes on energy infrastructure", "energy_infrastructure"),
    ("an energy truce", "energy_infrastructure"),
    ("a moratorium on attacks on power plants", "energy_infrastructure"),
    ("a truce in the air", "air"),
    ("an air truce", "air"),
    ("a halt to missile and drone strikes", "air"),
    ("a truce at sea", "sea"),
    ("a halt to attacks on merchant ships", "sea"),
    ("a maritime truce", "sea"),
    ("a truce both in the air and at sea", "air_and_sea"),
    ("an air-and-sea truce", "air_and_sea"),
    ("a ceasefire in the Black Sea", "black_sea"),
    ("a Black Sea truce", "black_sea"),
    ("a local truce to collect the dead", "other"),
    ("a humanitarian pause for repairs at the Zaporizhzhia nuclear plant", "other"),
]

LENGTHS = [
    ("a 30-day ceasefire", 30), ("a ceasefire for 30 days", 30), ("a thirty-day ceasefire", 30),
    ("a ceasefire for a month", 30), ("a month-long ceasefire", 30),
    ("a 72-hour ceasefire", 3), ("a ceasefire of 72 hours", 3),
    ("a ceasefire lasting 72 hours", 3), ("a three-day ceasefire", 3),
    ("a two-week ceasefire", 14), ("a 30-hour ceasefire", 1.25),
    ("a ceasefire for two weeks", 14), ("a week-long ceasefire", 7),
    ("a ceasefire for 72 hours", 3), ("a 60-day ceasefire", 60),
]

DATES = [
    ("on Monday", MONDAY), ("yesterday", MONDAY), ("on Sunday", "2026-09-20"),
    ("last Thursday", "2026-09-17"), ("on September 18", "2026-09-18"),
    ("last week", None), ("earlier this month", None),
]


def scope_cells() -> list[Cell]:
    """Every scope, proposed by Kyiv."""
    return [Cell("scope", f"Kyiv proposed {phrase} on Monday.",
                 [position("proposed", "UA", True, scope)]) for phrase, scope in SCOPES]


def length_cells() -> list[Cell]:
    """Every way of saying a length, proposed by Kyiv."""
    cells = []
    for phrase, days in LENGTHS:
        expected = position("proposed", "UA", True) | {"duration_days": days}
        cells.append(Cell("length", f"Kyiv proposed {phrase} on Monday.", [expected]))
    return cells


def date_cells() -> list[Cell]:
    """Every way of dating the statement, at the end and fronted."""
    cells = []
    for phrase, day in DATES:
        expected = [position("rejected", "RU", False, date=day)]
        cells.append(Cell("date", f"Moscow rejected a 30-day ceasefire {phrase}.", expected))
        fronted = f"{phrase[0].upper()}{phrase[1:]}, Moscow rejected a 30-day ceasefire."
        cells.append(Cell("date", fronted, expected))
    return cells


def condition_cells() -> list[Cell]:
    """Acceptance with conditions is agreed; a refusal until conditions are met is rejected."""
    agreed = [position("agreed", "RU", False)]
    rejected = [position("rejected", "RU", False)]
    texts = [
        ("Moscow agreed in principle to a 30-day ceasefire on Monday, but said Kyiv must halt "
         "mobilisation first.", agreed),
        ("On Monday Moscow accepted a 30-day ceasefire on condition that Western arms deliveries "
         "stop.", agreed),
        ("Moscow said on Monday it would not agree to a 30-day ceasefire until Kyiv halts "
         "mobilisation.", rejected),
        ("Moscow refused on Monday to accept a 30-day ceasefire unless Western arms deliveries "
         "stop.", rejected),
        ("Peskov said on Monday that a 30-day ceasefire was possible only after Kyiv halts "
         "mobilisation.", rejected),
    ]
    return [Cell("condition", text, expected) for text, expected in texts]


def violation_cells() -> list[Cell]:
    """A side said to have violated the truce (the accused is the party); an end."""
    cells = []
    for subject, _ in RUSSIA_NAMES[:4]:
        accused = [{"scope": "energy_infrastructure", "status": "violated", "parties": ("RU",),
                    "date": MONDAY}]
        texts = [
            f"Kyiv accused {subject} on Monday of violating the truce on energy targets.",
            f"Kyiv said on Monday that {subject} had violated the energy truce.",
            f"{subject[0].upper()}{subject[1:]} violated the energy truce, Kyiv said on Monday.",
            f"On Monday Kyiv accused {subject} of breaking the energy truce.",
        ]
        cells += [Cell("violation", text, accused, exact=False) for text in texts]
    accused = [{"scope": "energy_infrastructure", "status": "violated", "parties": ("UA",),
                "date": MONDAY}]
    for text in [
        "Moscow said on Monday that Ukrainian drones had struck a substation in breach of the "
        "energy truce.",
        "The Kremlin accused Kyiv on Monday of breaching the energy truce.",
        "Russia's defence ministry said on Monday that Ukraine had broken the energy truce.",
        "Peskov on Monday blamed Kyiv for violating the energy truce.",
    ]:
        cells.append(Cell("violation", text, accused, exact=False))
    ended = [{"scope": "energy_infrastructure", "status": "ended", "date": MONDAY}]
    for text in ["Peskov said on Monday that the energy truce had ended.",
                 "The energy truce expired on Monday, Peskov said.",
                 "On Monday Peskov said the energy truce was over.",
                 "The Kremlin said on Monday that the energy truce had lapsed."]:
        cells.append(Cell("ended", text, ended, exact=False))
    return cells


def broker_cells() -> list[Cell]:
    """A third state proposing or brokering: the broker proposes, the answering side is party."""
    def answer(status: str, parties: tuple[str, ...], broker: str) -> dict[str, Any]:
        return {"scope": "full", "status": status, "parties": parties, "proposed_by": broker}
    texts = [
        ("Moscow accepted a Turkish proposal for a 30-day ceasefire on Monday.",
         [answer("agreed", ("RU",), "TR")]),
        ("Moscow rejected a Turkish proposal for a 30-day ceasefire on Monday.",
         [answer("rejected", ("RU",), "TR")]),
        ("Moscow rejected a 30-day ceasefire proposed by Turkey on Monday.",
         [answer("rejected", ("RU",), "TR")]),
        ("Turkey proposed a 30-day ceasefire on Monday, and Moscow accepted it.",
         [answer("proposed", ("TR",), "TR"), answer("agreed", ("RU",), "TR")]),
        ("Turkey proposed a 30-day ceasefire on Monday, but Kyiv rejected it.",
         [answer("proposed", ("TR",), "TR"), answer("rejected", ("UA",), "TR")]),
        ("Kyiv agreed on Monday to a 30-day ceasefire brokered by Turkey.",
         [answer("agreed", ("UA",), "TR")]),
        ("A 30-day ceasefire brokered by Turkey was agreed by Moscow and Kyiv on Monday.",
         [answer("agreed", ("RU", "UA"), "TR")]),
        ("Washington's proposal of a 30-day ceasefire was accepted by Kyiv on Monday.",
         [answer("agreed", ("UA",), "US")]),
        ("Kyiv's acceptance on Monday of the US proposal for a 30-day ceasefire was welcomed.",
         [answer("agreed", ("UA",), "US")]),
        ("The proposal for a 30-day ceasefire was rejected by Moscow on Monday.",
         [answer("rejected", ("RU",), None)]),
        ("The United States announced on Monday that Moscow and Kyiv had agreed to a 30-day "
         "ceasefire.", [answer("agreed", ("RU", "UA"), "US")]),
        ("Under a deal brokered by Turkey, Moscow and Kyiv agreed on Monday to a 30-day "
         "ceasefire.", [answer("agreed", ("RU", "UA"), "TR")]),
        ("Turkey's proposal of a 30-day ceasefire was turned down by Moscow on Monday.",
         [answer("rejected", ("RU",), "TR")]),
    ]
    return [Cell("broker", text, expected, exact=False) for text, expected in texts]


def near_miss_cells() -> list[Cell]:
    """A truce only spoken of: possible, hoped for, asked about, an analyst's view, a condition."""
    texts = [
        "A ceasefire could be possible by the end of the year, Peskov said on Monday.",
        "Zelensky said on Monday he hoped a ceasefire would come before winter.",
        "Will Moscow accept a 30-day ceasefire?",
        "An analyst in Berlin said Russia was unlikely to accept a 30-day ceasefire.",
        "If the ceasefire is violated, we will respond, Zelensky said on Monday.",
        "Diplomats said a ceasefire might be discussed next month.",
        "Any ceasefire would need to be monitored, a Western diplomat said on Monday.",
        "Observers asked whether a 30-day ceasefire could hold.",
    ]
    return [Cell("no position", text, []) for text in texts]


def position_cells() -> list[Cell]:
    return (side_cells() + order_cells() + attribution_cells() + noun_cells() + scope_cells()
            + length_cells() + date_cells() + condition_cells() + violation_cells() + broker_cells()
            + near_miss_cells())


# --- (b) talks and calls ------------------------------------------------------------------------

PAIRS = [("Lavrov", "Rubio", ("RU", "US")), ("Umerov", "Medinsky", ("RU", "UA")),
         ("Witkoff", "Putin", ("RU", "US")), ("the Russian delegation", "the Ukrainian delegation",
                                              ("RU", "UA"))]
MEETINGS = [
    "{a} met {b} in Istanbul on Monday.",
    "{a} met with {b} in Istanbul on Monday.",
    "{a} and {b} held talks in Istanbul on Monday.",
    "{a} held talks with {b} in Istanbul on Monday.",
    "On Monday, {a} met {b} in Istanbul.",
    "Talks between {a} and {b} took place in Istanbul on Monday.",
    "{a} and {b} met in Istanbul on Monday.",
]
CALL_PAIRS = [("Trump", "Putin", ("RU", "US")), ("Trump", "Zelensky", ("UA", "US")),
              ("Erdogan", "Putin", ("RU", "TR")), ("Macron", "Zelensky", ("FR", "UA"))]
CALLS = [
    ("{a} spoke by phone with {b} on Monday.", None),
    ("{a} spoke by phone with {b} for two hours on Monday.", 2),
    ("{a} and {b} spoke by telephone for more than an hour on Monday.", 1),
    ("{a} held a phone call with {b} on Monday.", None),
    ("A call between {a} and {b} on Monday lasted 90 minutes.", 1.5),
    ("{a} phoned {b} on Monday.", None),
    ("{a} had a two-hour phone conversation with {b} on Monday.", 2),
    ("On Monday {a} and {b} talked by phone.", None),
]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def talks_cells() -> list[Cell]:
    cells = []
    for a, b, parties in PAIRS:
        for template in MEETINGS:
            text = cap(template.format(a=a, b=b))
            cells.append(Cell("meeting", text, [{"kind": "meeting", "place": "Istanbul",
                                                 "parties": parties, "date": MONDAY}]))
    for a, b, parties in CALL_PAIRS:
        for template, hours in CALLS:
            text = cap(template.format(a=a, b=b))
            cells.append(Cell("call", text, [{"kind": "call", "place": None, "parties": parties,
                                              "date": MONDAY, "duration_hours": hours}]))
    hosted = {"kind": "meeting", "place": "Istanbul", "parties": ("RU", "UA"), "date": MONDAY}
    for text in [
        "Russian and Ukrainian delegations met on Monday in Istanbul in talks hosted by Turkey.",
        "Turkey hosted talks between Russia and Ukraine in Istanbul on Monday.",
        "Talks between Russia and Ukraine, hosted by Turkey, took place in Istanbul on Monday.",
        "On Monday Erdogan hosted Russian and Ukrainian negotiators in Istanbul.",
        "Russia and Ukraine held talks in Istanbul on Monday, with Turkey as host.",
    ]:
        cells.append(Cell("host", text, [hosted]))
    for text, day in [
        ("The Russian and Ukrainian delegations will meet on Friday in Istanbul.", "2026-09-25"),
        ("Russia and Ukraine are set to hold talks in Istanbul on Friday.", "2026-09-25"),
        ("The next round of talks between Russia and Ukraine will take place in Istanbul on "
         "Friday, Peskov said.", "2026-09-25"),
    ]:
        cells.append(Cell("set", text, [hosted | {"date": day}]))
    for text, place, parties in [
        ("US and Russian officials held talks in Riyadh on Monday.", "Riyadh", ("RU", "US")),
        ("Witkoff was received by Putin in Moscow on Monday.", "Moscow", ("RU", "US")),
        ("Zelensky met Trump at the White House on Monday.", "Washington", ("UA", "US")),
        ("Umerov and Witkoff held talks in Saudi Arabia on Monday.", "Saudi Arabia",
         ("UA", "US")),
        ("A Russian delegation led by Medinsky met Ukrainian negotiators in Geneva on Monday.",
         "Geneva", ("RU", "UA")),
    ]:
        cells.append(Cell("venue", text, [{"kind": "meeting", "place": place,
                                           "parties": parties, "date": MONDAY}]))
    for text, parties in [
        ("Zelensky's call with Trump on Monday lasted an hour.", ("UA", "US")),
        ("Putin's phone conversation with Erdogan on Monday focused on the Black Sea.",
         ("RU", "TR")),
        ("A phone call between Putin and Trump took place on Monday.", ("RU", "US")),
        ("Trump said he had spoken with Putin by phone on Monday.", ("RU", "US")),
    ]:
        cells.append(Cell("call", text, [{"kind": "call", "place": None, "parties": parties,
                                          "date": MONDAY}]))
    for text in [
        "Turkey could host talks between Russia and Ukraine, Erdogan said on Monday.",
        "Istanbul has been mentioned as a possible venue for talks between Russia and Ukraine.",
        "Erdogan offered on Monday to host talks between Russia and Ukraine in Istanbul.",
        "Ukraine and Russia have held three rounds of talks this year.",
        "Trump and Putin have spoken by phone six times since January.",
        "It was their fourth call this year.",
    ]:
        cells.append(Cell("no talks", text, []))
    return cells


# --- (c) exchanges ------------------------------------------------------------------------------

EXCHANGE_TEMPLATES = [
    ("Russia and Ukraine exchanged {n} prisoners each on Monday.", "both"),
    ("Russia and Ukraine swapped {n} prisoners for {n} on Monday.", "both"),
    ("Russia and Ukraine carried out a {n}-for-{n} prisoner exchange on Monday.", "both"),
    ("On Monday each side handed over {n} prisoners of war.", "both"),
    ("Ukraine brought home {n} soldiers in an exchange with Russia on Monday.", "ua"),
    ("{n} Ukrainian POWs came home on Monday in an exchange with Russia.", "ua"),
    ("Russia returned {n} Ukrainians in an exchange on Monday.", "ua"),
    ("On Monday Ukraine received from Russia the bodies of {n} fallen soldiers.", "ua"),
    ("Ukraine handed over {n} Russian servicemen in an exchange on Monday.", "ru"),
    ("{n} Russian servicemen returned home from Ukrainian captivity on Monday.", "ru"),
]
COUNTS = [("86", 86), ("1,000", 1000), ("eighty-six", 86)]


def exchange(ua: int | None, ru: int | None, **more: Any) -> dict[str, Any]:
    return {"returned_to_ua": ua, "returned_to_ru": ru} | more


def exchange_cells() -> list[Cell]:
    cells = []
    for template, who in EXCHANGE_TEMPLATES:
        for written, value in COUNTS:
            if "-for-" in template and not written[0].isdigit():
                continue  # "an eighty-six-for-eighty-six swap" is no newsroom's
            text = cap(template.format(n=written))
            ua = value if who in ("both", "ua") else None
            ru = value if who in ("both", "ru") else None
            cells.append(Cell("swap", text, [exchange(ua, ru)]))
    for text, expected in [
        ("Ukraine returned 86 Russian soldiers on Monday and received 90 of its own.",
         [exchange(90, 86)]),
        ("On Monday Russia handed over 900 bodies to Ukraine and received 40 in return.",
         [exchange(900, 40)]),
        ("Russia and Ukraine exchanged 86 prisoners each on Monday, a swap the United Arab "
         "Emirates mediated.", [exchange(86, 86, mediator="AE")]),
        ("With mediation by Turkey, Russia and Ukraine exchanged 86 prisoners each on Monday.",
         [exchange(86, 86, mediator="TR")]),
        ("Qatar brokered an exchange on Monday in which Russia and Ukraine swapped 86 prisoners "
         "each.", [exchange(86, 86, mediator="QA")]),
        ("On Monday Russia returned 86 Ukrainian POWs and Ukraine returned 86 Russian "
         "soldiers.", [exchange(86, 86)]),
        ("Russia and Ukraine swapped more than 300 prisoners each on Monday.",
         [exchange(300, 300)]),
        ("On Monday the bodies of 1,000 soldiers were returned to Ukraine, which handed over "
         "38 to Russia.", [exchange(1000, 38)]),
        ("Russia and Ukraine swapped 390 prisoners each on Monday, the first stage of a "
         "1,000-for-1,000 exchange.", [exchange(390, 390), exchange(1000, 1000)]),
    ]:
        cells.append(Cell("swap detail", text, expected, exact=False))
    for text in ["Russia and Ukraine have exchanged prisoners many times since the war began.",
                 "Kyiv hopes to swap 500 prisoners with Moscow before winter, an analyst said."]:
        cells.append(Cell("no swap", text, []))
    return cells


# --- Reading a cell -----------------------------------------------------------------------------

def records(cell: Cell) -> list[dict[str, Any]]:
    """The records of the cell's kind that the reader finds, as dicts of fields."""
    import ceasefire

    reading = ceasefire.read(cell.text, published=PUBLISHED)
    if cell.grid in ("meeting", "call", "host", "set", "venue", "no talks"):
        found: list[Any] = reading.talks
    elif cell.grid in ("swap", "swap detail", "no swap"):
        found = reading.exchanges
    else:
        found = reading.agreements
    out = []
    for record in found:
        fields = dict(vars(record))
        fields.pop("evidence", None)
        fields["parties"] = tuple(sorted(fields.get("parties") or ()))
        fields["date"] = fields["date"].isoformat() if fields.get("date") else None
        out.append(fields)
    return out


def mismatch(cell: Cell) -> str | None:
    """Why the reading of a cell differs from what GUIDE says it holds; None when it agrees."""
    found = records(cell)
    shown = [{k: v for k, v in r.items() if k not in ("conditions", "categories")}
             for r in found]
    for wanted in cell.expected:
        if not any(all(r.get(k) == v for k, v in wanted.items()) for r in found):
            return f"missing {wanted}; read {shown}"
    if cell.exact and len(found) != len(cell.expected):
        return f"read {len(found)} records, expected {len(cell.expected)}: {shown}"
    return None


def all_cells() -> list[Cell]:
    return position_cells() + talks_cells() + exchange_cells()
