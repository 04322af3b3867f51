"""Near-copies: one report republished by ten sites is one group, read once, with ten sources.

The report and its copies are invented here: one wire story about a night of drone strikes,
republished with another intro line, another site's header and footer, a few words changed,
by ten outlets under ten URLs, three of them a day later.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ceasefire import read_document
from ceasefire.cli import app
from ceasefire.model import Document
from ceasefire.store import Ledger, copies, minhash

runner = CliRunner()

STORY = [
    "Russia launched 96 attack drones and three ballistic missiles at Ukraine overnight, the "
    "Ukrainian Air Force said on Thursday, in one of the heaviest attacks on the northeast this "
    "month.",
    "Air defence units shot down 71 of the drones over the Poltava, Sumy and Chernihiv regions, "
    "the air force said in a statement on Telegram, adding that 18 more were lost to electronic "
    "jamming.",
    "In the city of Poltava, a drone hit a four-storey apartment block shortly after 2 a.m., "
    "killing three people and injuring at least 11, regional governor Volodymyr Kohut said.",
    "Rescuers worked through the night to pull residents from the rubble, and two children were "
    "among the injured, he added.",
    "In the Sumy region, debris from a downed drone set fire to a grain warehouse near the town "
    "of Okhtyrka, the regional administration said. No one was hurt there.",
    "Russia's defence ministry said its forces had struck military-industrial sites in Ukraine "
    "with precision weapons and drones, and that all targets were hit.",
    "The ministry also said its air defences destroyed 27 Ukrainian drones over the Bryansk and "
    "Kursk regions during the night.",
    "Ukrainian President Volodymyr Zelensky renewed his call for more air defence systems from "
    "Western partners, saying every night of such attacks shows that pressure on Moscow must "
    "grow.",
    "Kyiv and Moscow have traded accusations of targeting civilians, which both sides deny, "
    "while talks on a ceasefire have stalled since the spring.",
]
INTROS = [
    "KYIV, June 12 (Wire) - Russian drones and missiles struck three Ukrainian regions "
    "overnight, killing three people in the city of Poltava, officials said.",
    "Three people were killed when a Russian drone hit an apartment block in Poltava overnight, "
    "Ukrainian officials said on Thursday.",
    "A deadly overnight attack on Poltava left three people dead, according to Ukrainian "
    "officials.",
    "Ukraine came under another massive Russian air attack overnight, with Poltava hit hardest.",
    "Poltava is counting its dead after a Russian drone slammed into a residential building "
    "overnight.",
    "Russia pounded northeastern Ukraine with drones and missiles overnight, officials said.",
    "Another night of Russian strikes has left three civilians dead in central Ukraine, officials "
    "said.",
    "Officials in Poltava said three residents died in an overnight Russian strike on a housing "
    "block.",
    "A Russian drone attack on Poltava overnight killed three people, Ukrainian officials "
    "reported.",
    "Residents of Poltava woke to destruction after a Russian strike overnight, officials said.",
]
HEADERS = ["", "Home | World | Europe", "Breaking News", "World News - Updated 12 June 2025",
           "Share this article: Facebook Twitter WhatsApp", "Europe", "Latest",
           "News / Ukraine war", "Listen to this article (3 min)", "Top stories"]
FOOTERS = ["", "Copyright 2025 Wire. All rights reserved.",
           "Reporting by the Wire newsroom; editing by the world desk.",
           "This story was republished from a wire service. Follow us on Telegram for updates.",
           "Subscribe to our newsletter for the latest news from Ukraine.",
           "Read more: what we know about Russia's drone fleet.",
           "(This story has not been edited by our staff and is published from a syndicated feed.)",
           "Related: Ukraine asks allies for more Patriot systems.",
           "Sign up for our daily briefing. Comments are closed.",
           "All content is copyrighted. Republication without permission is prohibited."]
EDITS = [("said on Thursday", "said Thursday"), ("shortly after", "just after"),
         ("Rescuers worked", "Emergency crews worked"), ("renewed his call", "repeated his appeal"),
         ("have stalled", "have made no progress"), ("precision weapons", "high-precision weapons")]

# The same night told by another outlet in its own words: the same officials and figures (so
# the same claims), a few of their phrases, but not the wire story.
ELSEWHERE = "\n\n".join([
    "Three people were killed and at least 11 injured, two of them children, when a Russian "
    "drone struck a residential building in Poltava overnight, regional governor Volodymyr Kohut "
    "said on Thursday.",
    "Our correspondent in the city saw firefighters still dousing the smouldering upper floors of "
    "the four-storey block at dawn, as neighbours gathered belongings in the courtyard.",
    "Russia launched 96 attack drones and three ballistic missiles at Ukraine overnight, the "
    "Ukrainian Air Force said, and air defence units shot down 71 of the drones, adding that 18 "
    "more were lost to electronic jamming.",
    "Residents described hearing the buzz of drones for almost an hour before the impact. One "
    "woman said her windows were blown in and her kitchen ceiling collapsed.",
    "Russia's defence ministry said its forces had struck military-industrial sites in Ukraine "
    "with precision weapons and drones, and that its air defences destroyed 27 Ukrainian drones "
    "over the Bryansk and Kursk regions.",
    "Zelensky said on social media that every night of such attacks shows that pressure on "
    "Moscow must grow, and asked partners to speed up deliveries of air defence systems.",
    "Talks between Kyiv and Moscow on a ceasefire have not moved since the spring.",
])
NEW_FIGURES = ("By Thursday evening five people had been killed and 17 injured in Poltava, Kohut "
               "said.")


def wire_copy(n: int) -> str:
    text = "\n\n".join(part for part in [HEADERS[n], INTROS[n], *STORY, FOOTERS[n]] if part)
    for i, (before, after) in enumerate(EDITS):
        if (n + i) % 3 == 0:
            text = text.replace(before, after)
    return text


def wire_document(n: int) -> dict[str, Any]:
    return {"id": f"site{n}-poltava", "published": "2025-06-13" if n % 3 == 2 else "2025-06-12",
            "source": f"Site {n}", "url": f"https://site{n}.example/news/poltava-drones",
            "text": wire_copy(n)}


def updated() -> dict[str, Any]:
    return {"id": "site0-poltava-update", "published": "2025-06-12", "source": "Site 0",
            "url": "https://site0.example/news/poltava-toll-rises",
            "text": wire_copy(0) + "\n\n" + NEW_FIGURES}


def elsewhere() -> dict[str, Any]:
    return {"id": "herald-poltava", "published": "2025-06-12", "source": "Herald",
            "url": "https://herald.example/poltava", "text": ELSEWHERE}


def signature(text: str) -> minhash.Signature:
    return minhash.signature(text)


def claims_key(fields: dict[str, Any]) -> str:
    document = Document(fields["id"], fields["text"], dt.date.fromisoformat(fields["published"]))
    return copies.claims_key(read_document(document))


def share_a_bucket(a: str, b: str) -> bool:
    return bool(set(minhash.buckets(signature(a))) & set(minhash.buckets(signature(b))))


# --- how alike: the pairs that decide the threshold -----------------------------------------

def test_the_lsh_bands_are_those_datasketch_chooses_for_the_threshold() -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=minhash.THRESHOLD, num_perm=minhash.PERMUTATIONS,
                     weights=(0.1, 0.9))
    assert (lsh.b, lsh.r) == (minhash.BANDS, minhash.ROWS)


@pytest.mark.parametrize("n", range(1, 10))
def test_a_copy_with_another_intro_boilerplate_and_a_few_words_is_a_near_copy(n: int) -> None:
    assert minhash.similarity(signature(wire_copy(0)), signature(wire_copy(n))) >= 0.6
    assert share_a_bucket(wire_copy(0), wire_copy(n))
    assert claims_key(wire_document(n)) == claims_key(wire_document(0))


def test_another_report_of_the_night_quoting_the_same_officials_is_not() -> None:
    """Same claims (so only the text can tell them apart), many shared phrases."""
    assert claims_key(elsewhere()) == claims_key(wire_document(0))
    assert minhash.similarity(signature(ELSEWHERE), signature(wire_copy(0))) < 0.3


def test_an_update_with_new_figures_is_alike_in_text_but_reports_more() -> None:
    assert minhash.similarity(signature(updated()["text"]), signature(wire_copy(0))) >= 0.9
    assert claims_key(updated()) != claims_key(wire_document(0))


def test_shingles_ignore_case_and_punctuation() -> None:
    assert minhash.shingles("Russia launched 96 drones, the air force said.") == \
        minhash.shingles("RUSSIA launched 96 drones; the Air Force said")


def test_a_signature_is_the_same_in_another_process_and_round_trips_as_bytes() -> None:
    """The signatures are stored: they must not depend on the process (hash seeds)."""
    code = ("from ceasefire.store import minhash; import sys; "
            "sys.stdout.write(minhash.to_bytes(minhash.signature(sys.stdin.read())).hex())")
    done = subprocess.run([sys.executable, "-c", code], input=wire_copy(3), text=True,
                          capture_output=True, check=True)
    here = signature(wire_copy(3))
    assert done.stdout == minhash.to_bytes(here).hex()
    assert (minhash.from_bytes(bytes.fromhex(done.stdout)) == here).all()


# --- groups ---------------------------------------------------------------------------------

def member(key: int, fields: dict[str, Any]) -> copies.Member:
    document = Document(fields["id"], fields["text"], dt.date.fromisoformat(fields["published"]),
                        fields["source"], fields["url"])
    return copies.Member.of(key, document,
                            copies.Likeness.of(document.text, read_document(document)))


def partition(groups: copies.Groups, keys: list[int]) -> set[tuple[int, frozenset[int]]]:
    found: dict[int, set[int]] = {}
    for key in keys:
        found.setdefault(groups.group_of(key), set()).add(key)
    return {(group, frozenset(members)) for group, members in found.items()}


def test_groups_do_not_depend_on_the_order_of_arrival() -> None:
    members = [member(n, wire_document(n)) for n in range(10)]
    members += [member(10, elsewhere()), member(11, updated())]
    seen = set()
    for seed in range(4):
        order = members[:]
        random.Random(seed).shuffle(order)
        groups = copies.Groups()
        for m in order:
            groups.arrive(m)
        seen.add(frozenset(partition(groups, list(range(12)))))
    [found] = seen
    # the earliest published represents the wire story; the other two stand alone
    assert found == {(0, frozenset(range(10))), (10, frozenset({10})), (11, frozenset({11}))}


def test_one_outlets_bulletins_of_two_days_in_the_same_words_are_two_reports() -> None:
    bulletin = {"id": "af-0612", "published": "2025-06-12", "source": "Air Force", "url": None,
                "text": "Russia launched 40 drones overnight, and air defences shot down 38 of "
                        "them, the air force said."}
    next_day = {**bulletin, "id": "af-0613", "published": "2025-06-13"}
    republished = {**bulletin, "id": "site-af-0613", "source": "Site 1",
                   "published": "2025-06-13"}
    first, second, elsewhere = (member(n, d) for n, d in enumerate(
        (bulletin, next_day, republished)))
    assert not first.copies(second) and first.copies(elsewhere)


FILLERS = [  # paragraphs without figures, of about the same length (30 words)
    "Residents of the district said the sirens sounded late and that many families had stayed "
    "in their flats rather than go down to the basement shelter under the school nearby.",
    "The city council opened a help point in a sports hall where people who lost their homes "
    "can register for temporary housing, hot meals and replacement documents.",
    "Volunteers brought water and blankets to the courtyard while engineers checked whether the "
    "neighbouring buildings were safe enough for residents to return to their homes tonight.",
    "Local schools switched to online lessons for the rest of the week, and the main hospital "
    "asked residents to donate blood at its station near the central market square.",
]


def test_a_group_splits_when_the_document_linking_it_leaves() -> None:
    """a and c are alike only through b, which holds both (and all hold the figures)."""
    own = {0: FILLERS[:2], 1: FILLERS, 2: FILLERS[2:]}

    def fields(n: int) -> dict[str, Any]:
        text = "\n\n".join([STORY[2], STORY[3], *own[n]])
        return {**wire_document(0), "id": f"chain{n}", "text": text}

    a, b, c = (member(n, fields(n)) for n in range(3))
    assert a.copies(b) and b.copies(c) and not a.copies(c)
    groups = copies.Groups()
    for m in (a, c, b):
        groups.arrive(m)
    assert partition(groups, [0, 1, 2]) == {(0, frozenset({0, 1, 2}))}
    groups.leave(1)
    assert partition(groups, [0, 2]) == {(0, frozenset({0})), (2, frozenset({2}))}


# --- the ledger -----------------------------------------------------------------------------

def write(folder: Path, documents: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True)
    for fields in documents:
        (folder / f"{fields['id']}.json").write_text(json.dumps(fields))
    return folder


def ingest(url: str, *folders: Path) -> str:
    """Ingest each folder in turn; the summary line of the last."""
    line = ""
    for folder in folders:
        result = runner.invoke(app, ["ingest", str(folder), "--db", url])
        assert result.exit_code == 0, result.output
        line = result.stderr.strip().splitlines()[-1]
    return line


def state(url: str) -> tuple[Any, ...]:
    """Groups, events (claims, estimates, sources), positions and talks, in a stable order."""
    with Ledger.open(url, read_only=True) as ledger:
        groups = sorted((rep, sorted(d.id for d in found))
                        for rep, found in ledger.copies().items())
        events = sorted((e.id, e.date, e.attacker, tuple(e.claims), tuple(e.estimates),
                         sorted(set(e.sources), key=repr)) for e in ledger.events())
        talks = sorted((t.id, sorted(set(t.sources), key=repr)) for t in ledger.talks())
    return groups, events, talks


WIRE = [wire_document(n) for n in range(10)]
URLS = {fields["url"] for fields in WIRE}


def test_ten_copies_of_one_report_are_one_group_one_set_of_claims_and_ten_sources(
        ledger_url: str, tmp_path: Path) -> None:
    line = ingest(ledger_url, write(tmp_path / "wire", WIRE))
    assert line.startswith("read 10 documents: 1 stored, 9 copies, 0 unchanged, 0 replaced, "
                           "0 skipped;")
    alone = str(tmp_path / "alone.duckdb")
    ingest(alone, write(tmp_path / "one", WIRE[:1]))
    with Ledger.open(ledger_url, read_only=True) as ledger, \
            Ledger.open(alone, read_only=True) as single:
        assert {rep: sorted(d.id for d in found) for rep, found in ledger.copies().items()} == \
            {"site0-poltava": sorted(fields["id"] for fields in WIRE[1:])}
        events = ledger.events()
        # the claims and estimates of the report read once, as if no site had copied it
        assert [(e.id, e.claims, e.estimates) for e in events] == \
            [(e.id, e.claims, e.estimates) for e in single.events()]
        assert events and all(len({s.document_id for s in e.sources}) == 10 for e in events)
        for event in events:
            assert {s.url for s in event.sources} == URLS
            assert {s.copy_of for s in event.sources} == {None, "site0-poltava"}
            assert all(s.evidence is None or wire_copy(int(s.document_id[4]))[
                s.evidence.start:s.evidence.end] == s.evidence.sentence for s in event.sources)
        attack = next(e for e in events if e.attacker == "RU")
    shown = runner.invoke(app, ["claims", attack.id, "--db", ledger_url, "--format", "json"])
    rows = [row for row in json.loads(shown.stdout) if row["claimant"] != "(estimate)"]
    assert len(rows) == len(attack.claims)  # each claim once ...
    for row in rows:  # ... with the nine sites that republished it
        assert row["document"] == "site0-poltava"
        assert sorted(row["copies"].split(", ")) == [f"Site {n}" for n in range(1, 10)]


def test_ingesting_the_copies_again_changes_nothing(ledger_url: str, tmp_path: Path) -> None:
    folder = write(tmp_path / "in", [*WIRE, elsewhere(), updated()])
    ingest(ledger_url, folder)
    before = state(ledger_url)
    assert ingest(ledger_url, folder).startswith(
        "read 12 documents: 0 stored, 12 unchanged, 0 replaced, 0 skipped;")
    assert state(ledger_url) == before


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_one_by_one_in_any_order_gives_the_ledger_of_all_at_once(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The incremental path (new copies re-fuse their group's days) equals a full fusion."""
    from conftest import two_fresh_ledgers

    documents = [*WIRE, elsewhere(), updated()]
    everything = write(tmp_path / "all", documents)
    shuffled = documents[:]
    random.Random(5).shuffle(shuffled)
    one_by_one = [write(tmp_path / f"b{i}", [fields]) for i, fields in enumerate(shuffled)]
    with two_fresh_ledgers(request, tmp_path, backend) as (at_once, in_steps):
        ingest(at_once, everything)
        ingest(in_steps, *one_by_one)
        assert state(in_steps) == state(at_once)


def test_another_report_and_an_update_with_new_figures_are_reports_of_their_own(
        ledger_url: str, tmp_path: Path) -> None:
    line = ingest(ledger_url, write(tmp_path / "in", [*WIRE, elsewhere(), updated()]))
    assert line.startswith("read 12 documents: 3 stored, 9 copies,")
    with Ledger.open(ledger_url, read_only=True) as ledger:
        assert sorted(d.id for d, _ in ledger.readings(representatives=True)) == [
            "herald-poltava", "site0-poltava", "site0-poltava-update"]
        attack = next(e for e in ledger.events() if e.attacker == "RU")
    killed = sorted((c.value, c.source.document_id) for c in attack.claims
                    if c.metric == "killed" and c.claimant == "Volodymyr Kohut")
    # the governor's three dead in three reports (not twelve), and the update's five
    assert killed == [(3, "herald-poltava"), (3, "site0-poltava"), (3, "site0-poltava-update"),
                      (5, "site0-poltava-update")]


def test_a_new_version_of_the_representative_hands_its_group_to_the_next_copy(
        ledger_url: str, tmp_path: Path) -> None:
    ingest(ledger_url, write(tmp_path / "wire", WIRE))
    rewritten = {**WIRE[0], "text": "\n\n".join(FILLERS)}  # the page now tells another story
    line = ingest(ledger_url, write(tmp_path / "new", [rewritten]))
    assert line.startswith("read 1 document: 0 stored, 0 unchanged, 1 replaced")
    with Ledger.open(ledger_url, read_only=True) as ledger:
        # the earliest published of the others, then the smallest id
        assert sorted(ledger.copies()) == ["site1-poltava"]
    fresh = str(tmp_path / "fresh.duckdb")
    ingest(fresh, write(tmp_path / "final", [rewritten, *WIRE[1:]]))
    assert state(ledger_url) == state(fresh)
