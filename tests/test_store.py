"""The ledger: documents and their records in tables, versions, transactions, migrations.

Every test that takes ``ledger_url`` runs twice: on a DuckDB file and on a PostgreSQL schema
(see conftest.py for where the server comes from).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import time
from pathlib import Path

import pytest

from ceasefire import errors, iter_documents, read_document, views
from ceasefire.ingest import Rejection
from ceasefire.model import (
    Agreement,
    Claim,
    Commitment,
    Document,
    Estimate,
    Evidence,
    Exchange,
    Place,
    Position,
    Quantity,
    Reading,
    Source,
    Strike,
    StrikeEvent,
    Talks,
    Term,
    Violation,
)
from ceasefire.store import EventSelection, Ledger, Listed
from ceasefire.store.dialect import parse_target
from ceasefire.store.migrations import MIGRATIONS
from ceasefire.store.refresh import refresh
from ceasefire.store.tables import COLUMNS, FUSED_TABLES, document_row, reading_rows
from ceasefire.store.versions import content_hash
from conftest import Server, fresh_ledger

REPO = Path(__file__).parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
DAY = dt.date(2025, 3, 19)
TEXT = ("Russia launched 40 drones at Kharkiv overnight, the air force said. Both sides agreed "
        "to halt strikes on energy sites for 30 days. Each side returned 175 prisoners.")
SAID = Evidence("Russia launched 40 drones at Kharkiv overnight, the air force said.", 0, 66)
AGREED = Evidence("Both sides agreed to halt strikes on energy sites for 30 days.", 67, 129)
SWAPPED = Evidence("Each side returned 175 prisoners.", 130, 163)
KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.98081, 36.25272, "city", 706483)
OBLAST = Place("Kharkiv Oblast", "UA", "Kharkiv Oblast", 49.87134, 36.33195, "region", None)


def document(document_id: str = "kharkiv", text: str = TEXT, url: str | None = None,
             published: dt.date | None = DAY) -> Document:
    return Document(document_id, text, published, "Example Wire", url, "Drones over Kharkiv")


def reading(document_id: str = "kharkiv", launched: object = 40) -> Reading:
    """A reading with every record kind and every field filled, some evidence missing."""
    return Reading(
        document_id,
        strikes=[Strike(DAY, "RU", "UA", ["drone", "ballistic_missile"], [KHARKIV, OBLAST],
                        ["energy", "residential"], "Ukrainian Air Force",
                        [Quantity("launched", "drone", launched, "exact", SAID),  # type: ignore[arg-type]
                         Quantity("intercepted", "drone", None, "all", None),
                         Quantity("injured", None, 2.5, "at_least", SAID)], [SAID]),
                 Strike(None, None, None)],
        agreements=[Agreement(DAY, "energy_infrastructure", "agreed", ["RU", "UA"], "US", 30.0,
                              ["no strikes on energy sites"], [AGREED])],
        exchanges=[Exchange(DAY, "completed", 175, 175, ["soldiers", "wounded"], "AE", [SWAPPED])],
        talks=[Talks(DAY, "meeting", "Jeddah", ["UA", "US"], 8.0, [AGREED, SWAPPED]),
               Talks(None, "call")],
    )


def count(ledger: Ledger, table: str) -> int:
    return int(ledger.query(f"SELECT count(*) FROM {table}")[0][0])


# --- versions -------------------------------------------------------------------------------

def test_same_document_twice_is_stored_once(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        assert ledger.add(document(), reading()) == "stored"
        assert ledger.add(document(), reading()) == "unchanged"
        assert len(ledger.documents(history=True)) == 1
        assert count(ledger, "strikes") == 2


def test_same_text_under_another_id_is_a_copy_read_once(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document("wire-copy"), reading("wire-copy"))
        assert ledger.add(document("outlet-copy"), reading("outlet-copy")) == "copy"
        assert [d.name for d in ledger.documents()] == ["outlet-copy", "wire-copy"]
        assert [d.id for d, _ in ledger.readings(representatives=True)] == ["outlet-copy"]
        assert [d.id for d in ledger.copies()["outlet-copy"]] == ["wire-copy"]


def test_changed_version_of_a_url_replaces_and_keeps_history(ledger_url: str) -> None:
    url = "https://example.org/kharkiv"
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document("first", url=url), reading("first"))
        updated = document("second", TEXT + " Two people were injured.", url=url)
        assert ledger.add(updated, reading("second")) == "replaced"
        old, new = ledger.documents(history=True)
        assert (old.version, old.superseded_by) == (1, new.id)
        assert (new.version, new.superseded_by, new.name) == (2, None, "second")
        assert [d.name for d in ledger.documents()] == ["second"]
        assert [d.id for d, _ in ledger.readings()] == ["second"]


UKRAINIAN = ("Росія атакувала Харків уночі 40 дронами, повідомили у Повітряних силах. Сторони "
             "погодилися на енергетичне перемир'я на 30 днів.")


def test_a_document_keeps_its_language_in_the_ledger_and_through_a_new_version(
        ledger_url: str) -> None:
    ukrainian = dataclasses.replace(document("kharkiv-uk", UKRAINIAN), language="uk")
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(ukrainian, Reading("kharkiv-uk"))
        assert {d.name: d.language for d in ledger.documents()} == {"kharkiv": "en",
                                                                   "kharkiv-uk": "uk"}
        changed = dataclasses.replace(ukrainian, text=UKRAINIAN + " Поранено двох людей.")
        assert ledger.add(changed, Reading("kharkiv-uk")) == "replaced"
        assert [(d.version, d.language) for d in ledger.documents(history=True)
                if d.name == "kharkiv-uk"] == [(1, "uk"), (2, "uk")]
        assert {d.id: d.language for d, _ in ledger.readings()} == {"kharkiv": "en",
                                                                   "kharkiv-uk": "uk"}


@pytest.mark.parametrize(("language", "names"), [
    (None, ["kharkiv", "kharkiv-ru"]), ("ru", ["kharkiv-ru"]), ("en", ["kharkiv"]), ("uk", []),
])
def test_a_page_of_documents_filters_by_language(ledger_url: str, language: str | None,
                                                 names: list[str]) -> None:
    russian = dataclasses.replace(document("kharkiv-ru", "Над Харьковом сбиты 40 дронов."),
                                  language="ru")
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(russian, Reading("kharkiv-ru"))
        total, page = ledger.document_page(language=language)
        assert (total, [d.name for d in page]) == (len(names), names)


def test_changed_text_of_an_id_without_url_replaces_it(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        assert ledger.add(document(text=TEXT + " More soon."), reading()) == "replaced"
        assert [(d.version, d.superseded_by is None) for d in ledger.documents(history=True)] \
            == [(1, False), (2, True)]


def test_the_days_to_fuse_again_are_kept_in_the_ledger_until_it_is_fused(
        ledger_url: str) -> None:
    dated = reading()
    dated.strikes = dated.strikes[:1]  # only the strike on DAY
    later = reading()
    later.strikes = [dataclasses.replace(dated.strikes[0], date=DAY + dt.timedelta(days=5))]
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), dated)
        assert ledger.due_days() == {DAY}
        refresh(ledger)
        assert ledger.due_days() == set()
        # a replaced version: the days of its old strikes and of its new ones
        assert ledger.add(document(text=TEXT + " Updated."), later) == "replaced"
        assert ledger.due_days() == {DAY, DAY + dt.timedelta(days=5)}


def test_a_new_publication_date_makes_a_new_version(ledger_url: str) -> None:
    """Dates in the text resolve against it: the same text read on another day differs."""
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(published=None), reading())
        assert ledger.add(document(), reading()) == "replaced"
        assert [d.published for d in ledger.documents()] == [DAY]


def test_a_document_back_to_an_earlier_text_becomes_current_again(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(document(text="Russia launched 41 drones at Kharkiv."), reading())
        assert ledger.add(document(), reading()) == "replaced"
        assert [d.version for d in ledger.documents()] == [3]


def test_a_batch_gives_the_outcomes_of_adding_one_by_one(ledger_url: str) -> None:
    url = "https://example.org/a"
    batch = [(document("a", url=url), reading("a")), (document("b"), reading("b")),
             (document("c", "A later text.", url=url), reading("c")),
             (document("d", "Another report."), reading("d"))]
    with Ledger.open(ledger_url) as ledger:
        assert ledger.add_many(batch) == ["stored", "copy", "replaced", "stored"]
        # b copied a's first version, which c replaced: b is a report of its own again
        assert sorted(d.name for d in ledger.documents()) == ["b", "c", "d"]
        assert sorted(d.id for d, _ in ledger.readings(representatives=True)) == ["b", "c", "d"]
        assert ledger.add_many(batch[1:]) == ["unchanged", "unchanged", "unchanged"]


@pytest.mark.parametrize("one_by_one", [0, 1, 100], ids=["set", "lookup-then-set", "lookups"])
def test_has_knows_the_current_documents(ledger_url: str, one_by_one: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import ceasefire.store

    monkeypatch.setattr(ceasefire.store, "ASKED_ONE_BY_ONE", one_by_one)
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
    with Ledger.open(ledger_url) as ledger:
        assert ledger.has(document())
        changed = document(text="Russia launched 41 drones at Kharkiv.")
        assert not ledger.has(changed)
        ledger.add(changed, reading())
        assert ledger.has(changed) and not ledger.has(document())
        back = document()  # back to the first text, then changed again, in one batch
        ledger.add_many([(back, reading()), (changed, reading())])
        assert not ledger.has(back) and ledger.has(changed)
        # a run of a few documents never reads every fingerprint (46 MB at 100,000)
        assert (ledger._current is None) == (one_by_one == 100)


# --- transactions ---------------------------------------------------------------------------

def test_a_failure_mid_document_leaves_nothing_of_it(ledger_url: str) -> None:
    """The database refuses a figure after the document and its strikes were written."""
    with Ledger.open(ledger_url) as ledger:
        with pytest.raises(errors.DocumentNotStored, match="^kharkiv: could not be stored"):
            ledger.add(document(), reading(launched="many"))
        assert ledger.documents(history=True) == []
        for table in ("strikes", "quantities", "strike_places", "agreements", "evidence"):
            assert count(ledger, table) == 0, table
        assert ledger.add(document(), reading()) == "stored"  # the ledger is still usable


def test_a_refused_document_in_a_batch_leaves_the_others_stored(ledger_url: str) -> None:
    batch = [(document("a", "First report."), reading("a")),
             (document("b", "Second report."), reading("b", launched="many")),
             (document("c", "Third report."), reading("c"))]
    with Ledger.open(ledger_url) as ledger:
        outcomes = ledger.add_many(batch)
        assert outcomes[0] == outcomes[2] == "stored"
        assert isinstance(outcomes[1], errors.DocumentNotStored)
        assert [d.name for d in ledger.documents()] == ["a", "c"]
        assert count(ledger, "strikes") == 4


# --- reading back ---------------------------------------------------------------------------

def _real_readings() -> list[tuple[Document, Reading]]:
    folders = [str(REPO / "examples")] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    documents = [d for d in iter_documents(folders) if isinstance(d, Document)]
    return [(d, read_document(d)) for d in documents]


def test_readings_round_trip_through_the_tables(ledger_url: str) -> None:
    pairs = [(document(), reading()), *_real_readings()]
    with Ledger.open(ledger_url) as ledger:
        ledger.add_many(pairs)
        assert list(ledger.readings()) == sorted(pairs, key=lambda pair: pair[0].id)
    assert any(r.agreements for _, r in pairs) and any(r.talks for _, r in pairs)


def test_readings_come_back_as_json_the_reader_wrote(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        [(_, back)] = ledger.readings()
    assert json.dumps(back.to_json()) == json.dumps(reading().to_json())


def test_tables_have_the_columns_the_store_writes(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        for table, columns in COLUMNS.items():
            found = ledger.query("SELECT column_name FROM information_schema.columns "
                                 "WHERE table_name = ? AND table_schema = current_schema() "
                                 "ORDER BY ordinal_position", [table])
            assert tuple(row[0] for row in found) == columns, table


def test_sql_users_can_query_current_documents_and_claimants(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(document(text="Russia launched 41 drones at Kharkiv."), reading())
        assert count(ledger, "current_documents") == 1
        assert ledger.query("SELECT name, strikes, documents FROM claimants") == [
            ("Ukrainian Air Force", 1, 1)]
        assert ledger.query(
            "SELECT q.metric, q.value, q.claimant FROM quantities q "
            "JOIN strikes s ON s.id = q.strike_id JOIN current_documents d ON d.id = s.document_id "
            "WHERE q.weapon = ? ORDER BY q.ordinal", ["drone"]) == [
            ("launched", 40, "Ukrainian Air Force"), ("intercepted", None, "Ukrainian Air Force")]


def test_rejections_are_kept(ledger_url: str) -> None:
    rejection = Rejection("reports/lviv.txt", "is not English", "Translate it first")
    with Ledger.open(ledger_url) as ledger:
        ledger.reject(rejection)
        assert ledger.rejections() == [rejection]


# --- the fused layer ------------------------------------------------------------------------

def _source(name: str) -> Source:
    return Source(name, "Example Wire", DAY, SAID)


def _event(event_id: str, day: dt.date, attacker: str, place: Place) -> StrikeEvent:
    claims = [Claim("Ukrainian Air Force", "UA", "launched", "drone", 40, "exact", _source("a")),
              Claim(None, None, "launched", "drone", 43, "approx", Source("b", None, None, None))]
    return StrikeEvent(event_id, day, attacker, "UA" if attacker == "RU" else "RU", ["drone"],
                       [place], ["energy"], claims,
                       [Estimate("launched", "drone", 40, 41.5, 43, 2)], [_source("a")])


def test_an_event_s_sources_and_claims_keep_their_document_s_language(ledger_url: str) -> None:
    ukrainian = dataclasses.replace(document("kharkiv-uk", UKRAINIAN), language="uk")
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(ukrainian, reading("kharkiv-uk"))
        refresh(ledger, full=True)
        [event] = ledger.events(since=DAY)
        assert {(s.document_id, s.language) for s in event.sources} == {
            ("kharkiv", "en"), ("kharkiv-uk", "uk")}
        assert {(c.source.document_id, c.source.language)
                for c in ledger.claims(event.id)} == {("kharkiv", "en"), ("kharkiv-uk", "uk")}
        [position] = ledger.positions()
        assert sorted(s.language for s in position.sources) == ["en", "uk"]


@dataclasses.dataclass
class Fused:
    events: list[StrikeEvent]
    positions: list[Position]


def _fusion() -> tuple[Fused, list[Term], list[Violation]]:
    events = [_event("e1", DAY, "RU", KHARKIV), _event("e2", DAY + dt.timedelta(days=2), "UA",
                                                       Place("Kursk", "RU", "Kursk Oblast"))]
    positions = [Position("p1", DAY, "energy_infrastructure", "agreed", ["RU", "UA"], "US", 30,
                          ["no strikes on energy sites"], [_source("a"), _source("b")])]
    later = DAY + dt.timedelta(days=1)
    terms = [Term("t1", "energy_infrastructure",
                  (Commitment("RU", "pledged", DAY, DAY, "p1"),
                   Commitment("UA", "agreed", DAY, later, "p1")), DAY, None, ("p1",))]
    violations = [Violation("t1", "e1", "alleged_violation", "RU", ("Ukrainian Air Force",),
                            "energy target on 2025-03-19, attacker RU is a party", "declarer"),
                  Violation("t1", "e2", "outside_parties", "UA", (), "before UA agreed")]
    return Fused(events, positions), terms, violations


def test_the_fused_layer_round_trips(ledger_url: str) -> None:
    fusion, terms, violations = _fusion()
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, terms, violations)
        assert ledger.events() == fusion.events
        assert ledger.claims("e1") == fusion.events[0].claims
        assert ledger.positions() == fusion.positions
        assert ledger.terms() == terms
        assert ledger.violations() == violations


def test_replacing_the_fusion_replaces_it_whole(ledger_url: str) -> None:
    fusion, terms, violations = _fusion()
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, terms, violations)
        ledger.replace_fusion(Fused(fusion.events[1:], []), [], [])
        assert [e.id for e in ledger.events()] == ["e2"]
        assert ledger.claims("e1") == []
        assert (ledger.positions(), ledger.terms(), ledger.violations()) == ([], [], [])


def test_fused_exchanges_and_talks_round_trip(ledger_url: str) -> None:
    fuse = pytest.importorskip("ceasefire.fuse")
    exchange = fuse.FusedExchange("x1", Exchange(DAY, "completed", 175, 175, ["soldiers"], "AE"),
                                  [_source("a")])
    talks = fuse.FusedTalks("k1", Talks(DAY, "call", None, ["RU", "US"], 1.5), [_source("b")])
    fusion = fuse.Fusion([], [], [exchange], [talks])
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, [], [])
        assert (ledger.exchanges(), ledger.talks()) == ([exchange], [talks])


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["e1", "e2"]),
    ({"since": DAY + dt.timedelta(days=1)}, ["e2"]),
    ({"until": DAY}, ["e1"]),
    ({"attacker": "UA"}, ["e2"]),
    ({"target_country": "UA"}, ["e1"]),
    ({"weapon": "drone", "target_type": "energy"}, ["e1", "e2"]),
    ({"weapon": "missile"}, []),
    ({"target_type": "residential"}, []),
    ({"place": "kharkiv"}, ["e1"]),
    ({"place": "Kursk Oblast", "attacker": "RU"}, []),
    ({"claimant": "air force"}, ["e1", "e2"]),
    ({"claimant": "example wire"}, []),  # the outlet counts only for its own figures
    ({"at": "KHARKIV"}, ["e1"]),  # a place's whole name, any case
    ({"at": "Kursk Oblast"}, ["e2"]),  # or its region's
    ({"at": "Kharkiv Oblast"}, ["e1"]),
    ({"at": "Kharkiv Obl"}, []),  # not a part of one
    ({"at": "kharkiv\nkharkiv oblast"}, []),  # nor two lines of the searched names
])
def test_events_filter_by_what_each_filter_names(ledger_url: str, filters: dict[str, object],
                                                 expected: list[str]) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(*_fusion())
        where = EventSelection(**filters)  # type: ignore[arg-type]
        assert [e.id for e in ledger.events(**filters)] == expected
        assert [e.id for e in ledger.events() if where.keeps(e)] == expected  # the same
        assert ledger.count_events(where) == len(expected)


def _many_violations() -> list[Violation]:
    """Violations in an order the list does not keep: dates, kinds and events shuffled, two
    the same but for their reason (kept as stored), one about an event the ledger lacks."""
    return [
        Violation("t1", "e2", "outside_parties", "UA", (), "before UA agreed"),
        Violation("t1", "e1", "alleged_violation", "RU", ("Ukrainian Air Force", "UA"),
                  "energy target, attacker RU is a party", "declarer"),
        Violation("t1", "e1", "accusation", "RU", ("UA",), "accused by UA", "party"),
        Violation("t1", "gone", "accusation", None, (), "an event fused away", None),
        Violation("t1", "e2", "accusation", "UA", ("RU",), "accused by RU", "party"),
        Violation("t1", "e1", "accusation", "RU", ("UA",), "accused again by UA", "party"),
        Violation("t1", "e2", "Accusation", "UA", (), "an upper-case kind sorts first", None),
    ]


@pytest.mark.parametrize("filters", [{}, {"attacker": "RU"}, {"since": DAY + dt.timedelta(days=1)},
                                     {"place": "kursk"}, {"weapon": "missile"}])
def test_a_page_of_violations_is_the_page_of_the_whole_list(ledger_url: str,
                                                            filters: dict[str, object]) -> None:
    fusion, terms, _ = _fusion()
    violations = _many_violations()
    where = EventSelection(**filters)  # type: ignore[arg-type]
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, terms, violations)
        whole = views.violation_rows(ledger.violations(), ledger.events(), ledger.terms(), where)
        assert ledger.violation_page(where) == (len(whole), whole)
        for limit, offset in ((1, 0), (2, 1), (3, 5), (2, 10)):
            assert ledger.violation_page(where, limit=limit, offset=offset) == (
                len(whole), whole[offset:offset + limit])
        for key in ("event", "term"):
            for value in ("e1", "e2", "gone", "t1", "t2"):
                mine = [row for row in whole if row[key] == value]
                assert ledger.violation_page(where, limit=2, **{key: value}) == (
                    len(mine), mine[:2])
    if not filters:
        assert [(r["date"], r["kind"], r["event"]) for r in whole][:3] == [
            (None, "accusation", "gone"), (str(DAY), "accusation", "e1"),
            (str(DAY), "accusation", "e1")]
        assert whole[1]["accusing"] == "UA" and whole[1]["evidence"] == SAID.sentence


def test_a_figure_no_claim_gives_is_null_in_the_ledger_and_its_timeline(ledger_url: str
                                                                        ) -> None:
    fusion, terms, violations = _fusion()
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, terms, violations)
        kinds = ledger.query("SELECT drones_launched, drones_intercepted, missiles_launched, "
                             "killed FROM events ORDER BY id")
        assert kinds == [(41.5, None, None, None)] * 2
        [row, _] = sorted(ledger.timeline(EventSelection()), key=lambda r: r[0])
        assert tuple(row) == (DAY, "RU", 1, 41.5, None, None, None, 41.5, None, None, None)


# --- migrations -----------------------------------------------------------------------------

def test_migrations_are_applied_once(ledger_url: str) -> None:
    for _ in range(2):
        with Ledger.open(ledger_url) as ledger:
            pass
    with Ledger.open(ledger_url) as ledger:
        assert ledger.query("SELECT version, name FROM schema_version ORDER BY version") == [
            (m.version, m.name) for m in MIGRATIONS]


def _written_by_version_2(url: str, pairs: list[tuple[Document, Reading]]) -> None:
    """A ledger at schema version 2 (before near-copies) holding ``pairs`` as it stored them."""
    with Ledger.open(url, migrations=MIGRATIONS[:2]) as ledger:
        for stored, read in pairs:
            keys = iter(int(row[0]) for row in ledger.query(
                "SELECT nextval('ids') FROM generate_series(1, ?)", [1 + read.record_count()]))
            key = next(keys)
            row = document_row(key, stored, content_hash(stored), dt.datetime(2025, 3, 20), 1)
            rows = {"documents": [row[:11]], **reading_rows(key, read, keys)}  # no group, language
            for table, values in rows.items():
                columns = COLUMNS[table][:len(values[0])]
                for value in values:
                    ledger.query(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                 f"({', '.join('?' * len(value))}) RETURNING 1", list(value))


def test_an_older_schema_is_migrated_on_open_and_keeps_its_documents(ledger_url: str) -> None:
    _written_by_version_2(ledger_url, [(document(), reading())])
    with pytest.raises(errors.StoreOutdated):
        Ledger.open(ledger_url, read_only=True)
    with Ledger.open(ledger_url) as ledger:
        assert ledger.schema_version() == MIGRATIONS[-1].version
        assert [d.name for d in ledger.documents()] == ["kharkiv"]
        assert [e.date for e in ledger.events()] == [DAY, None]  # fused again after the upgrade


def test_the_upgrade_to_document_language_makes_the_stored_documents_english(ledger_url: str
                                                                            ) -> None:
    _written_by_version_2(ledger_url, [(document(), reading())])
    with Ledger.open(ledger_url) as ledger:
        assert [d.language for d in ledger.documents()] == ["en"]
        assert ledger.query("SELECT language FROM current_documents") == [("en",)]
        assert [d.language for d, _ in ledger.readings()] == ["en"]


def test_the_upgrade_to_figures_that_add_up_recomputes_the_old_averages(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        refresh(ledger, full=True)
        written = ledger.query("SELECT * FROM event_estimates ORDER BY event_id, ordinal")
        # as version 8 left it: best figures the rule of the time computed
        ledger._connection.run("UPDATE event_estimates SET best = 261.5")
        ledger._connection.run("DELETE FROM schema_version WHERE version >= 9")
    with Ledger.open(ledger_url) as ledger:
        assert ledger.query("SELECT * FROM event_estimates ORDER BY event_id, ordinal") == \
            written
    assert written and 261.5 not in [row[5] for row in written]


def test_the_upgrade_to_near_copies_groups_the_copies_stored_before(ledger_url: str) -> None:
    other = "Ukrainian drones struck an oil depot in Bryansk overnight, the governor said."
    republished = dataclasses.replace(document("outlet", published=DAY + dt.timedelta(days=1)),
                                      source="Another Outlet")
    _written_by_version_2(ledger_url, [
        (document("wire"), reading("wire")),
        (document("other", other, published=DAY), Reading("other")),
        (republished, reading("outlet"))])
    with Ledger.open(ledger_url) as ledger:
        assert ledger.copies() == {"wire": [republished]}
        [event] = ledger.events(since=DAY)  # (the other is the reading's undated strike)
        assert sorted({(s.document_id, s.copy_of) for s in event.sources}) == [
            ("outlet", "wire"), ("wire", None)]
        assert ledger.add(republished, reading("outlet")) == "unchanged"


def test_a_schema_newer_than_this_ceasefire_is_refused(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.query("INSERT INTO schema_version VALUES (99, 'from the future', ?) "
                     "RETURNING version", [dt.datetime(2030, 1, 1)])
    with pytest.raises(errors.StoreTooNew, match="has schema version 99"):
        Ledger.open(ledger_url)


# --- opening: paths, URLs and what goes wrong -----------------------------------------------

@pytest.mark.parametrize(("given", "kind", "location"), [
    ("ledger.duckdb", "duckdb", "ledger.duckdb"),
    ("duckdb:///srv/ledger.duckdb", "duckdb", "/srv/ledger.duckdb"),
    ("duckdb://ledger.duckdb", "duckdb", "ledger.duckdb"),
    ("postgresql://analyst@db.example.org/ceasefire", "postgresql",
     "postgresql://analyst@db.example.org/ceasefire"),
])
def test_a_path_or_url_names_the_backend(given: str, kind: str, location: str) -> None:
    target = parse_target(given)
    assert (target.kind, target.location) == (kind, location)


def test_without_a_target_the_ledger_is_ceasefire_db_or_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CEASEFIRE_DB", raising=False)
    assert parse_target(None).location == "ceasefire.duckdb"
    monkeypatch.setenv("CEASEFIRE_DB", "/srv/ledger.duckdb")
    assert parse_target(None).location == "/srv/ledger.duckdb"


@pytest.mark.parametrize(("given", "shown"), [
    ("postgresql://analyst:s3cret@db.example.org/ceasefire",
     "postgresql://analyst:***@db.example.org/ceasefire"),
    # libpq also takes the password as a parameter (issue 15)
    ("postgresql://analyst@db.example.org/ceasefire?sslmode=require&password=s3cret",
     "postgresql://analyst@db.example.org/ceasefire?sslmode=require&password=***"),
    ("postgres://db.example.org/ceasefire?PASSWORD=s3cret", "postgres://db.example.org/"
                                                             "ceasefire?PASSWORD=***"),
])
def test_messages_never_show_the_password(given: str, shown: str) -> None:
    assert parse_target(given).shown == shown


@pytest.mark.parametrize("url", ["postgresql://analyst:pa%zz@localhost:1/ceasefire",
                                 "postgresql://analyst:pa ss@localhost:1/ceasefire",
                                 "postgresql://localhost:1/ceasefire?password=pa%zz"])
def test_a_password_the_driver_quotes_in_its_error_is_hidden_too(url: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(errors.BadStoreUrl) as raised:  # libpq: invalid token "pa%zz"
        Ledger.open(url)
    assert "pa%zz" not in str(raised.value) and "pa ss" not in str(raised.value)
    assert '"***"' in str(raised.value)


@pytest.mark.parametrize(("given", "error", "problem"), [
    ("mysql://db.example.org/ceasefire", errors.BadStoreUrl, '"mysql:" is not a database kind'),
    ("postgresql://localhost:1/ceasefire", errors.StoreRefused, "refused the connection"),
    ("postgresql://localhost/ceasefire?sslmode=sometimes", errors.BadStoreUrl, "invalid sslmode"),
    ("postgresql://localhost/ceasefire?colour=blue", errors.BadStoreUrl, "query parameter"),
])
def test_a_bad_url_or_a_refusing_server_is_one_clear_error(given: str, error: type,
                                                          problem: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(error, match=problem) as raised:
        Ledger.open(given)
    assert "\n" not in str(raised.value)


def test_a_full_disk_on_the_server_is_said_so_in_any_language(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    # what a server whose messages are in German says as a table cannot grow: its SQLSTATE
    # (53100, disk_full) tells, not its words (tests/test_faults.py fills a real disk)
    full = ("konnte Datei »base/16384/16390« nicht erweitern: Auf dem Gerät ist kein "
            "Speicherplatz mehr verfügbar")
    with fresh_ledger(request, tmp_path, "postgresql") as url, Ledger.open(url) as ledger:
        with pytest.raises(errors.StoreDiskFull) as raised:
            ledger.query(f"DO $$ BEGIN RAISE EXCEPTION '{full}' USING ERRCODE = 'disk_full'; "
                         "END $$")
    assert str(raised.value) == (
        f"{url}: failed while reading it: the database server ran out of disk space ({full}). "
        "Free space on the server's disk (where its data directory or the ledger's tablespace "
        "is) and start the server if it stopped, then run the command again: what was "
        "committed is kept and the rest is redone")


def test_a_server_crash_is_told_in_the_servers_words(own_postgres_server: Server) -> None:
    import psycopg

    url = own_postgres_server.url
    with Ledger.open(url) as ledger, psycopg.connect(url, autocommit=True) as other:
        row = other.execute("SELECT pg_backend_pid()").fetchone()
        assert row is not None
        # a server process that dies makes the server end every session and restart (as when
        # one cannot write to a full disk); the client library only says "server closed the
        # connection unexpectedly"
        os.kill(row[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        with pytest.raises(errors.StoreConnectionLost) as raised:
            while time.monotonic() < deadline:  # until the server ends this session too
                ledger.query("SELECT 1")
                time.sleep(0.05)
    assert str(raised.value).startswith(
        f"{url}: lost its connection while reading it (terminating connection because of "
        "crash of another server process). Check that the server is running")


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database")
    with pytest.raises(errors.StoreUnreadable, match="it is not a DuckDB database file"):
        Ledger.open(notes)


def test_a_missing_folder_or_ledger_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(errors.StoreUnreadable, match="does not exist"):
        Ledger.open(tmp_path / "nowhere" / "ledger.duckdb")
    with pytest.raises(errors.StoreMissing, match="ceasefire ingest"):
        Ledger.open(tmp_path / "ledger.duckdb", read_only=True)


def test_the_upgrade_to_unknown_is_null_empties_the_zeros_no_claim_gave(ledger_url: str
                                                                        ) -> None:
    fusion, terms, violations = _fusion()
    with Ledger.open(ledger_url) as ledger:
        ledger.replace_fusion(fusion, terms, violations)
        written = ledger.query("SELECT * FROM events ORDER BY id")
        # as fusions before migration 7 wrote it: 0 for the kinds no claim gives
        ledger._connection.run("UPDATE events SET drones_intercepted = 0, missiles_launched = 0, "
                               "missiles_intercepted = 0")
        ledger._connection.run("UPDATE event_estimates SET best = 0 WHERE event_id = 'e2'")
        ledger._connection.run("UPDATE events SET drones_launched = 0 WHERE id = 'e2'")
        ledger._connection.run("DELETE FROM schema_version WHERE version = 7")
    with Ledger.open(ledger_url) as ledger:  # migration 7
        upgraded = ledger.query("SELECT * FROM events ORDER BY id")
    assert upgraded[0] == written[0]
    # e2's zero is a claim's own best figure (0 drones): it stays
    assert upgraded[1] == tuple(0.0 if column == "drones_launched" else value
                                for column, value in zip(COLUMNS["events"], written[1],
                                                         strict=True))


def test_the_upgrades_to_event_lists_fill_them_from_the_fused_layer(ledger_url: str) -> None:
    listed = "SELECT * FROM events ORDER BY id"
    with Ledger.open(ledger_url) as ledger:
        ledger.add(document(), reading())
        ledger.add(document("outlet", published=DAY + dt.timedelta(days=1)), reading("outlet"))
        refresh(ledger, full=True)
        written = ledger.query(listed)
        run = ledger._connection.run
        # back to version 4: events without what lists show, no migration 5's tables
        run("CREATE TABLE events_4 AS SELECT id, date, attacker, target_country FROM events")
        run("DROP TABLE events")
        run("CREATE TABLE events (id TEXT PRIMARY KEY, date DATE, attacker TEXT, "
            "target_country TEXT)")
        run("INSERT INTO events SELECT * FROM events_4")
        run("DROP TABLE events_4")
        ledger._connection.run("DELETE FROM schema_version WHERE version >= 5")
    with Ledger.open(ledger_url) as ledger:  # migrations 5 and 6
        assert ledger.query(listed) == written
        assert ledger.event_page(EventSelection())[1] == [
            Listed.of(e) for e in sorted(ledger.events(),
                                         key=lambda e: (e.date or dt.date.min, e.id))]
    # the dated event, and each report's undated strike (reported on two days, nothing links)
    assert len(written) == 3 and all(len(row) == len(COLUMNS["events"]) for row in written)


def test_the_upgrade_to_undated_strikes_by_report_day_fuses_the_undated_events_again(
        ledger_url: str) -> None:
    undated = "SELECT count(*) FROM events WHERE date IS NULL"
    with Ledger.open(ledger_url) as ledger:
        for n, published in enumerate((DAY, DAY + dt.timedelta(days=60))):
            ledger.add(document(f"report{n}", published=published), reading(f"report{n}"))
        refresh(ledger)
        assert ledger.query(undated) == [(2,)]  # reported two months apart: two events
        # back to version 10, with an undated layer the old rule made (here: one of the two
        # events left, as if it held both reports)
        claims = ledger.query("SELECT count(*) FROM event_claims")
        [(gone,)] = ledger.query("SELECT min(id) FROM events WHERE date IS NULL")
        for table in (t for t in FUSED_TABLES if t.startswith("event_")):
            ledger._connection.run(f"DELETE FROM {table} WHERE event_id = ?", [gone])
        ledger._connection.run("DELETE FROM events WHERE id = ?", [gone])
        ledger._connection.run("DELETE FROM schema_version WHERE version >= 11")
    with Ledger.open(ledger_url) as ledger:  # migration 11
        assert ledger.query(undated) == [(2,)] and not ledger.due_days()
        assert ledger.query("SELECT count(*) FROM event_claims") == claims


def test_the_near_copy_bands_are_indexed_in_postgresql_only(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        if ledger_url.endswith(".duckdb"):  # DuckDB would load a whole index to change it
            found = ledger.query("SELECT index_name FROM duckdb_indexes() "
                                 "WHERE table_name = 'signature_bands'")
            assert found == [] and ledger.query("SELECT count(*) FROM duckdb_indexes()")[0][0]
        else:
            found = ledger.query("SELECT indexname FROM pg_indexes "
                                 "WHERE tablename = 'signature_bands' ORDER BY indexname")
            assert found == [("signature_bands_bucket",), ("signature_bands_document",)]


def test_a_duckdb_writer_gets_less_memory_than_a_reader(tmp_path: Path) -> None:
    """An ingest's memory is bounded (docs/performance.md); a server's reads keep more cached."""
    path = tmp_path / "ledger.duckdb"
    limit = "SELECT current_setting('memory_limit')"
    with Ledger.open(path) as ledger:
        assert ledger.query(limit) == [("91.5 MiB",)]  # 96 MB
    with Ledger.open(path, read_only=True) as ledger:
        assert ledger.query(limit) == [("244.1 MiB",)]  # 256 MB
