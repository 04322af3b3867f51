"""Invented war reports for the scale benchmark, generated from a seed.

    .venv/bin/python bench/synthetic.py OUT_DIR --articles 100000 [--seed 7]

Writes ``OUT_DIR/NNN/syn-NNNNNN.json`` (1,000 document JSON files per folder), the format
``ceasefire ingest`` reads. Nothing is taken from the corpus: every sentence comes from the
templates below, its slots filled from lists written here and from the shipped gazetteer
(``src/ceasefire/lexicon/places.tsv``), so the places are real and the reader resolves them.

What an article holds, drawn at random (the same seed gives the same corpus, byte for byte):

- a lead about a night of strikes (Russia on Ukraine three times in four, Ukraine on Russia
  otherwise) with launched and intercepted figures, damage, killed and injured, each figure
  attributed to a claimant (an air force, a governor, a ministry, an emergency service),
  and often the other side's account; or a lead about a ceasefire position, a round of
  talks or a prisoner exchange;
- sometimes a second topic from that list further down;
- background, analysis and quotes from invented witnesses, until the article reaches its
  length: a log-normal draw around 320 words, 180 to 1,500 (the annotated corpus's articles
  run from 166 to 751 words, 320 on average);
- a publication date spread over ``--days`` days from ``--start``, and one of 24 outlets.

No two articles are the same text (a repeat is drawn again).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import math
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "src" / "ceasefire" / "lexicon" / "places.tsv"
PER_FOLDER = 1000
WORDS_MEDIAN, WORDS_MIN, WORDS_MAX = 320, 180, 1500

OUTLETS = [
    "Example Wire", "Harbour Post", "The Eastern Ledger", "Morning Dispatch", "Riverside Herald",
    "Continental News Service", "The Daily Meridian", "Northgate Times", "Open Sky Radio",
    "The Frontier Gazette", "Lakeshore Chronicle", "World Desk Agency", "Capital Observer",
    "The Evening Record", "Baltic Bulletin", "Steppe News Network", "The Civic Review",
    "Atlas Press", "Granite Tribune", "The Weekly Compass", "Signal Media", "Border Report",
    "The Atlantic Courier", "Delta Newsroom",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Ukrainian and Russian regions a night of strikes may touch (canonical gazetteer names).
UA_REGIONS = [
    "Kharkiv Oblast", "Sumy Oblast", "Chernihiv Oblast", "Kyiv Oblast", "Odesa Oblast",
    "Dnipropetrovsk Oblast", "Zaporizhzhia Oblast", "Poltava Oblast", "Mykolaiv Oblast",
    "Kherson Oblast", "Lviv Oblast", "Vinnytsia Oblast", "Khmelnytskyi Oblast",
    "Zhytomyr Oblast", "Cherkasy Oblast", "Kirovohrad Oblast", "Rivne Oblast", "Volyn Oblast",
    "Ivano-Frankivsk Oblast", "Ternopil Oblast", "Donetsk Oblast",
]
RU_REGIONS = [
    "Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Voronezh Oblast", "Rostov Oblast",
    "Krasnodar Krai", "Moscow Oblast", "Tula Oblast", "Kaluga Oblast", "Oryol Oblast",
    "Ryazan Oblast", "Lipetsk Oblast", "Tambov Oblast", "Smolensk Oblast", "Tver Oblast",
    "Saratov Oblast", "Samara Oblast", "Volgograd Oblast", "Penza Oblast", "Yaroslavl Oblast",
    "Nizhny Novgorod Oblast", "Leningrad Oblast",
]

# --- who speaks -----------------------------------------------------------------------------

UA_COUNTERS = ["Ukraine's air force", "the Ukrainian Air Force", "Ukraine's air force command",
               "the air force"]
RU_COUNTERS = ["Russia's defence ministry", "the Russian Ministry of Defence",
               "Russia's Defence Ministry", "the Russian defence ministry"]
UA_LOCALS = ["the regional governor", "the head of the regional military administration",
             "the regional administration", "the State Emergency Service of Ukraine",
             "local officials", "the mayor", "Ukraine's emergency service", "regional authorities"]
RU_LOCALS = ["the regional governor", "the local governor", "regional authorities",
             "the Russian Emergencies Ministry", "local officials", "the region's acting governor"]
UA_LEADERS = ["President Volodymyr Zelensky", "Ukraine's foreign minister Andrii Sybiha",
              "Ukrainian Foreign Ministry", "Ukraine's prime minister", "Andriy Yermak"]
RU_LEADERS = ["Kremlin spokesman Dmitry Peskov", "Russian Foreign Minister Sergei Lavrov",
              "President Vladimir Putin", "Foreign Ministry spokeswoman Maria Zakharova",
              "Yuri Ushakov, a Kremlin aide"]
MEDIATORS = ["the United States", "Turkey", "Saudi Arabia", "the United Arab Emirates",
             "Qatar", "the Vatican"]
VENUES = ["Istanbul", "Riyadh", "Jeddah", "Geneva", "Abu Dhabi", "Doha", "Ankara"]

# --- what was used --------------------------------------------------------------------------

DRONES = ["drones", "Shahed-type attack drones", "attack drones", "Shahed drones",
          "long-range drones", "unmanned aerial vehicles", "kamikaze drones", "decoy drones"]
BALLISTIC = ["ballistic missiles", "Iskander-M ballistic missiles", "Kinzhal missiles"]
CRUISE = ["cruise missiles", "Kh-101 cruise missiles", "Kalibr cruise missiles"]
MISSILES = ["missiles", "guided air missiles", "Kh-59 missiles"]
BOMBS = ["guided aerial bombs", "glide bombs"]
UA_TARGETS = ["an apartment block", "a five-storey residential building", "private houses",
              "an energy facility", "a power substation", "a railway station", "a warehouse",
              "a school", "a hospital", "an industrial enterprise", "a shopping centre",
              "a grain terminal", "port infrastructure", "a gas distribution station"]
RU_TARGETS = ["an oil refinery", "an oil depot", "a fuel storage facility", "a military airfield",
              "an ammunition depot", "a power substation", "an industrial plant",
              "a railway depot", "a defence plant", "an oil pumping station"]

# --- the rest of an article -----------------------------------------------------------------

FIRST_NAMES = ["Olena", "Mykola", "Iryna", "Serhii", "Natalia", "Andrii", "Tetiana", "Oleksii",
               "Halyna", "Yurii", "Svitlana", "Petro", "Kateryna", "Vasyl", "Oksana", "Dmytro"]
SURNAMES = ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchuk", "Melnyk", "Kravets", "Moroz",
            "Lysenko", "Savchuk", "Rudenko", "Polishchuk", "Hnatiuk", "Marchenko", "Fedoruk"]
JOBS = ["a retired teacher", "a nurse", "a bus driver", "a shop owner", "a student",
        "an engineer", "a volunteer", "a pensioner", "a baker", "a firefighter", "a farmer"]
FEELINGS = ["We did not sleep at all", "The windows shook for an hour",
            "We went down to the basement as soon as the sirens started",
            "I heard three loud bangs and then the lights went out",
            "My neighbours helped me carry out what was left",
            "We are tired, but we are not leaving", "The children counted the explosions",
            "It was the worst night since the spring", "Nobody here feels safe any more",
            "We just want the nights to be quiet again"]
BACKGROUND = [
    "The war, now well into its fourth year, has turned long-range strikes into a nightly "
    "routine for cities far from the front line.",
    "Both sides have expanded their drone production sharply over the past year, and analysts "
    "expect the numbers launched to keep growing.",
    "Air defence crews rely on a mix of Western systems, mobile fire groups with machine guns "
    "and interceptor drones built in small workshops.",
    "Officials have urged residents to heed the sirens and to stay away from windows during "
    "alerts.",
    "Repair crews have been working around the clock to restore power and heating to the "
    "affected districts.",
    "The strikes come as diplomats try to agree on the terms of a broader truce.",
    "Independent verification of the figures given by either side is rarely possible.",
    "Insurers and grain traders watch the attacks on ports closely, as shipping costs rise "
    "with every damaged terminal.",
    "Humanitarian groups say the attacks on energy infrastructure put older people at risk "
    "as temperatures fall.",
    "Military bloggers on both sides publish their own estimates, which often differ from the "
    "official figures.",
    "The front line itself has moved little in recent weeks, with fighting concentrated in a "
    "handful of districts.",
    "Schools in several regions have moved lessons online or into shelters.",
    "Economists estimate that the damage to the power grid will take years to repair.",
    "Talks on a ceasefire have stalled repeatedly over the sequencing of any truce.",
    "Volunteers organised convoys with food, water and generators for the worst-hit villages.",
    "Local councils have opened heating points in schools and libraries.",
]
STANDING = ["standing outside a damaged building", "sweeping up broken glass",
            "while queueing for water", "outside a shelter", "next to a burnt-out car",
            "as repair crews arrived", "in a courtyard littered with debris"]
WHO = ["Officials in {city}", "Residents of {city}", "Aid groups working in {region}",
       "Engineers at the power company in {region}", "Teachers in {city}",
       "The city council of {city}", "Doctors at the main hospital in {city}",
       "Volunteers from {city}", "Farmers across {region}", "Shop owners in central {city}",
       "Rail staff in {region}", "Families in the suburbs of {city}"]
DID = ["have asked for more generators before the winter",
       "say the sirens now sound almost every night",
       "spent the week repairing damaged roofs and windows",
       "opened new shelters in school basements", "have set up a hotline for those displaced",
       "have raised money to rebuild a playground", "say they have learnt to sleep in corridors",
       "reported long queues at the few pharmacies still open",
       "moved classes underground for the rest of the term",
       "have started to store water in case the pumps fail",
       "are rebuilding a bridge that was damaged last year",
       "held a memorial for neighbours lost in earlier attacks"]
WHEN = ["", "", " this month", " since the spring", ", according to local media",
        " in recent weeks", ", officials said", " despite the risk"]
ANALYSTS = ["a military analyst based in {city}", "a former air defence officer",
            "a researcher at a security think tank", "an independent defence analyst",
            "a retired general", "an energy market analyst"]
ANALYSIS = [
    "The pattern suggests an effort to exhaust air defences before the heavier missiles arrive",
    "Decoys make up a growing share of each wave, which inflates the totals",
    "The targets chosen point to a campaign against fuel supplies rather than the grid",
    "What matters is not the number launched but how many get through",
    "Each night tests how quickly crews can move between districts",
    "The cost of every interception is rising faster than the cost of the drones",
    "Neither side is likely to stop these strikes while the talks drag on",
]


@dataclass(frozen=True)
class Region:
    name: str  # canonical, e.g. "Kharkiv Oblast"
    phrase: str  # how a report names it, e.g. "the Kharkiv region"
    cities: tuple[str, ...]  # its larger cities, largest first


def load_regions(path: Path = PLACES) -> dict[str, list[Region]]:
    """The UA and RU regions above, each with its cities of 20,000 people or more."""
    cities: dict[str, list[tuple[int, str]]] = {}
    phrases: dict[str, str] = {}
    with path.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] == "region":
                phrases[row["name"]] = _region_phrase(row["name"], row["aliases"])
            elif row["kind"] == "city" and int(row["population"] or 0) >= 20_000:
                cities.setdefault(row["admin1"], []).append((-int(row["population"]), row["name"]))
    out: dict[str, list[Region]] = {}
    for side, names in (("UA", UA_REGIONS), ("RU", RU_REGIONS)):
        out[side] = [Region(n, phrases[n], tuple(c for _, c in sorted(cities.get(n, []))))
                     for n in names if n in phrases and cities.get(n)]
    return out


def _region_phrase(name: str, aliases: str) -> str:
    """ "Kharkiv Oblast" -> "the Kharkiv region", as most English reports write it."""
    plain = name.removesuffix(" Oblast").removesuffix(" Krai") + " region"
    regions = [a for a in aliases.split("|") if a.endswith(" region")]
    if plain in regions:
        return f"the {plain}"
    return f"the {min(regions, key=len)}" if regions else name


class Writer:
    """One article: draws from ``rng`` and collects paragraphs."""

    def __init__(self, rng: random.Random, regions: dict[str, list[Region]],
                 published: dt.date) -> None:
        self.rng, self.regions, self.published = rng, regions, published
        self.paragraphs: list[str] = []

    # small helpers
    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def when(self) -> str:
        """When the attack happened, as reports say it (relative to the publication date)."""
        back = self.rng.choice([0, 0, 0, 1, 1, 2])
        day = self.published - dt.timedelta(days=back)
        if back == 0:
            return self.pick(["overnight", "overnight", "early on " + WEEKDAYS[day.weekday()],
                              "in the early hours"])
        return self.pick([f"on {WEEKDAYS[day.weekday()]}", f"late on {WEEKDAYS[day.weekday()]}",
                          f"on the night of {MONTHS[day.month - 1]} {day.day}",
                          f"on {MONTHS[day.month - 1]} {day.day}"])

    def city(self, region: Region) -> str:
        top = region.cities[:max(3, len(region.cities) // 2)]
        return self.pick(list(top))

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(SURNAMES)}"

    def add(self, *sentences: str) -> None:
        self.paragraphs.append(" ".join(s for s in sentences if s))

    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    # --- strikes --------------------------------------------------------------------------

    def strike_night(self, attacker: str) -> str:
        """A lead and follow-up paragraphs on one night's strikes; returns a headline."""
        victim = "UA" if attacker == "RU" else "RU"
        regions = self.rng.sample(self.regions[victim], self.rng.randint(1, 3))
        when = self.when()
        n_drones = self.rng.randint(8, 480)
        n_missiles = self.rng.choice([0, 0, 0, self.rng.randint(1, 60)]) if attacker == "RU" else 0
        shot = max(0, n_drones - self.rng.randint(0, n_drones // 3 + 1))
        counter = self.pick(UA_COUNTERS if attacker == "RU" else RU_COUNTERS)
        drones = self.pick(DRONES)
        aggressor = "Russia" if attacker == "RU" else "Ukraine"
        adjective = "Russian" if attacker == "RU" else "Ukrainian"
        if attacker == "RU":
            lead = self.pick([
                f"Russia launched {n_drones} {drones} at Ukraine {when}, {counter} said.",
                f"Russia attacked Ukraine with {n_drones} {drones} {when}, {counter} said, "
                f"hitting {regions[0].phrase}.",
                f"{counter[0].upper() + counter[1:]} said Russia launched {n_drones} {drones} "
                f"{when}, targeting {regions[0].phrase} and other areas.",
            ])
            missiles = (f"Russia also fired {n_missiles} {self.pick(BALLISTIC + CRUISE)}, "
                        f"the air force said." if n_missiles else "")
            down = self.pick([
                f"Air defences shot down {shot} of the drones, it said.",
                f"It said {shot} drones were shot down or jammed.",
                f"Ukrainian air defences destroyed {shot} drones, according to the air force.",
            ])
        else:
            lead = self.pick([
                f"{counter[0].upper() + counter[1:]} said its air defences destroyed {shot} "
                f"Ukrainian drones over {regions[0].phrase} {when}.",
                f"Russian air defence units shot down {shot} Ukrainian drones {when}, "
                f"{counter} said.",
                f"Ukraine launched a wave of {drones} at Russia {when}; {counter} said {shot} "
                f"were intercepted over {len(regions)} regions.",
            ])
            missiles = ""
            down = ""
        self.add(lead, missiles, down)
        for region in regions:
            self.add(*self.local_damage(region, adjective, victim))
        if self.chance(0.4):
            self.add(self.counter_claim(attacker, regions[0]))
        headline_place = regions[0].cities[0]
        return self.pick([f"{aggressor} strikes {headline_place} in overnight attack",
                          f"{adjective} drones hit {headline_place}, officials say",
                          f"Night of strikes leaves damage across {headline_place}",
                          f"{headline_place} counts the damage after {adjective} attack"])

    def local_damage(self, region: Region, adjective: str, victim: str) -> list[str]:
        city = self.city(region)
        local = self.pick(UA_LOCALS if victim == "UA" else RU_LOCALS)
        target = self.pick(UA_TARGETS if victim == "UA" else RU_TARGETS)
        killed, injured = self.rng.choice([0, 0, 0, 1, 2, 3, 5]), self.rng.randint(0, 24)
        sentences = [self.pick([
            f"In {region.phrase}, a drone struck {target} in {city}, {local} said.",
            f"{adjective} drones hit {target} in {city}, {local} said.",
            f"Debris from a downed drone fell on {target} in {city}, in {region.phrase}, "
            f"according to {local}.",
            f"An attack on {city} damaged {target} and several cars, {local} said on Telegram.",
        ])]
        if killed and injured:
            sentences.append(self.pick([
                f"{killed} {'person was' if killed == 1 else 'people were'} killed and "
                f"{injured} injured, {local} said.",
                f"The attack killed {killed} and injured {injured}, {local} said.",
            ]))
        elif killed:
            sentences.append(f"The attack killed {killed} "
                             f"{'person' if killed == 1 else 'people'}, {local} said.")
        elif injured:
            sentences.append(self.pick([
                f"{injured} people were injured, {local} said.",
                f"At least {injured} people were wounded, including two children, {local} "
                f"said.",
            ]))
        if self.chance(0.5):
            sentences.append(self.pick([
                "Firefighters put out a blaze that spread over several hundred square metres.",
                "Emergency crews worked through the night to clear the rubble.",
                "Power was cut to part of the city for several hours.",
                "Windows were blown out in nearby buildings.",
                f"Residents of {city} were told to stay in shelters until the all-clear.",
            ]))
        return sentences

    def counter_claim(self, attacker: str, region: Region) -> str:
        if attacker == "RU":
            n = self.rng.randint(5, 90)
            return self.pick([
                f"Russia's defence ministry said separately that its forces shot down {n} "
                f"Ukrainian drones over the Belgorod and Kursk regions.",
                f"In Russia, the defence ministry said {n} Ukrainian drones were intercepted "
                f"overnight over several regions.",
            ])
        return self.pick([
            f"Ukraine's General Staff said its forces hit {self.pick(RU_TARGETS)} in "
            f"{region.phrase}, without giving details.",
            f"Ukraine did not comment on the attack on {region.phrase}.",
        ])

    # --- the ceasefire process ------------------------------------------------------------

    def ceasefire(self) -> str:
        scope = self.pick(["energy infrastructure", "strikes on energy facilities",
                           "attacks in the Black Sea", "all hostilities", "air strikes"])
        days = self.rng.choice([3, 7, 14, 30, 30, 60])
        leader = self.pick(RU_LEADERS + UA_LEADERS)
        stance = self.pick([
            f"{leader} said on {self.weekday()} that Moscow was ready to halt {scope} for "
            f"{days} days if Kyiv did the same.",
            f"Russia and Ukraine agreed to a {days}-day halt to {scope}, {self.pick(MEDIATORS)} "
            f"said after separate talks with both sides.",
            f"Ukraine proposed a {days}-day ceasefire covering {scope}, {leader} said.",
            f"{leader} rejected a proposal for a {days}-day truce on {scope}, calling it a "
            f"ploy to regroup.",
            f"Both sides accused each other of violating the moratorium on {scope} within "
            f"hours of it taking effect.",
        ])
        self.add(stance, self.pick(BACKGROUND))
        return self.pick([f"Talk of a {days}-day truce on {scope}",
                          f"Ceasefire on {scope} under strain",
                          f"Mediators press for a {days}-day pause"])

    def talks(self) -> str:
        venue = self.pick(VENUES)
        hours = self.rng.choice([2, 3, 4, 5, 6, 12])
        self.add(self.pick([
            f"Russian and Ukrainian delegations met in {venue} on {self.weekday()} for "
            f"{hours} hours of talks, the first direct meeting in weeks.",
            f"Officials from the United States and Ukraine held talks in {venue} on "
            f"{self.weekday()}, {self.pick(UA_LEADERS)} said.",
            f"{self.pick(RU_LEADERS)} said Putin and Trump spoke by phone on {self.weekday()} "
            f"for about {hours} hours.",
        ]), self.pick(BACKGROUND))
        return self.pick([f"Delegations meet in {venue}", f"Talks in {venue} end without a deal",
                          "Leaders speak by phone as strikes continue"])

    def exchange(self) -> str:
        n = self.rng.choice([84, 90, 103, 115, 146, 150, 175, 205, 246, 307, 390])
        bodies = self.rng.randint(10, 1200)
        self.add(self.pick([
            f"Russia and Ukraine each released {n} prisoners of war on {self.weekday()} in an "
            f"exchange mediated by {self.pick(MEDIATORS)}, officials said.",
            f"Ukraine brought home {n} soldiers in a prisoner swap, President Volodymyr "
            f"Zelensky said.",
            f"Ukraine received the bodies of {bodies} fallen soldiers from Russia, the "
            f"Coordination Headquarters for the Treatment of Prisoners of War said.",
        ]), self.pick(BACKGROUND))
        return self.pick([f"{n} prisoners come home in swap", "Prisoner exchange goes ahead",
                          "Bodies of fallen soldiers repatriated"])

    def weekday(self) -> str:
        back = self.rng.choice([0, 1, 1, 2, 3])
        return WEEKDAYS[(self.published - dt.timedelta(days=back)).weekday()]

    # --- the rest -------------------------------------------------------------------------

    def filler(self) -> None:
        kind = self.rng.random()
        if kind < 0.35:
            self.add(*(self.background() for _ in range(self.rng.randint(2, 4))))
        elif kind < 0.7:
            name, job = self.person(), self.pick(JOBS)
            feel = self.rng.sample(FEELINGS, 2)
            place = self.city(self.pick(self.regions["UA"]))
            self.add(f'"{feel[0]}," said {name}, {job} from {place}, '
                     f'{self.pick(STANDING)}.', f'"{feel[1]}."', self.background())
        else:
            analyst = self.pick(ANALYSTS).format(city=self.pick(["Kyiv", "Warsaw", "London",
                                                                  "Berlin", "Vilnius"]))
            first, second = self.rng.sample(ANALYSIS, 2)
            self.add(f'"{first}," said {self.person()}, {analyst}.',
                     f"{second}, the analyst added.", self.background())

    def background(self) -> str:
        """A sentence of context: fixed, or put together from parts (thousands of variants)."""
        if self.chance(0.3):
            return self.pick(BACKGROUND)
        region = self.pick(self.regions["UA"])
        who = self.pick(WHO).format(city=self.city(region), region=region.phrase)
        return f"{who} {self.pick(DID)}{self.pick(WHEN)}."


def article(rng: random.Random, regions: dict[str, list[Region]], number: int,
            start: dt.date, days: int) -> dict[str, str]:
    """One document JSON object (id, title, source, published, url, text)."""
    published = start + dt.timedelta(days=rng.randrange(days))
    writer = Writer(rng, regions, published)
    topics: list[Callable[[], str]] = [
        lambda: writer.strike_night("RU"), lambda: writer.strike_night("UA"),
        writer.ceasefire, writer.talks, writer.exchange]
    title = rng.choices(topics, weights=[54, 18, 12, 8, 8])[0]()
    if rng.random() < 0.3:
        rng.choices(topics, weights=[30, 10, 30, 15, 15])[0]()
    target = min(WORDS_MAX, max(WORDS_MIN, round(rng.lognormvariate(math.log(WORDS_MEDIAN),
                                                                    0.4))))
    while writer.words() < target:
        writer.filler()
    # the background after the news, as a report runs
    body = writer.paragraphs[:2] + rng.sample(writer.paragraphs[2:], len(writer.paragraphs) - 2)
    outlet = rng.choice(OUTLETS)
    slug = outlet.lower().replace("the ", "").replace(" ", "")
    return {"id": f"syn-{number:06d}", "title": title, "source": outlet,
            "published": published.isoformat(), "url": f"https://{slug}.example/news/{number}",
            "text": "\n\n".join(body)}


START = dt.date(2025, 3, 1)


def articles(count: int, seed: int = 7, start: dt.date = START, days: int = 120,
             first: int = 0) -> Iterator[dict[str, str]]:
    """``count`` distinct articles numbered from ``first``, the same for the same arguments."""
    rng, regions, seen = random.Random(seed), load_regions(), set()
    number = first
    while number < first + count:
        doc = article(rng, regions, number, start, days)
        digest = hashlib.sha1(doc["text"].encode()).digest()
        if digest in seen:
            continue
        seen.add(digest)
        number += 1
        yield doc


def write_corpus(folder: Path, count: int, seed: int = 7, days: int = 120,
                 start: dt.date = START, first: int = 0) -> tuple[int, int]:
    """Write the articles as document JSON files; returns (articles, words)."""
    words = 0
    for n, doc in enumerate(articles(count, seed, start, days, first)):
        shard = folder / f"{n // PER_FOLDER:03d}"
        if n % PER_FOLDER == 0:
            shard.mkdir(parents=True, exist_ok=True)
        (shard / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False),
                                                 encoding="utf-8")
        words += len(doc["text"].split())
    return count, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (made if missing)")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=120,
                        help="publication dates spread over this many days")
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"{args.out}: not empty; give a new folder")
    count, words = write_corpus(args.out, args.articles, args.seed, args.days)
    print(f"wrote {count} articles, {words} words ({words / count:.0f} per article) to {args.out}")


if __name__ == "__main__":
    main()
