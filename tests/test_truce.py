"""The ceasefire check: agreed positions -> terms in force -> strikes inside them."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from ceasefire.fuse import Fusion, fuse
from ceasefire.ingest import iter_documents
from ceasefire.model import (
    Claim,
    Document,
    Place,
    Position,
    Source,
    StrikeEvent,
    Term,
    Violation,
)
from ceasefire.read import read_document
from ceasefire.truce import check, in_scope, terms_in_force, terms_on

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not (CORPUS / "seeds").is_dir(),
                                  reason="../shared/corpus is not beside the repo")

MARCH_18 = dt.date(2025, 3, 18)
MARCH_19 = dt.date(2025, 3, 19)
SOURCE = Source("report", "Daily Test", MARCH_18, None)
KRASNODAR = Place("Krasnodar", "RU", "Krasnodar Krai")
ODESA = Place("Odesa", "UA", "Odesa Oblast")
KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast")


def day(n: int) -> dt.date:
    return MARCH_18 + dt.timedelta(days=n)


def position(date: dt.date | None = MARCH_18, status: str = "agreed",
             parties: tuple[str, ...] = ("RU", "US"), scope: str = "energy_infrastructure",
             duration: float | None = 30, sources: int = 1, pid: str = "p") -> Position:
    return Position(id=f"{pid}-{status}-{date}-{''.join(parties)}", date=date, scope=scope,
                    status=status, parties=list(parties), duration_days=duration,
                    sources=[SOURCE] * sources)


def event(date: dt.date | None = MARCH_19, attacker: str | None = "UA",
          targets: tuple[str, ...] = ("energy",), weapons: tuple[str, ...] = ("drone",),
          places: tuple[Place, ...] = (KRASNODAR,), eid: str = "e") -> StrikeEvent:
    claim = Claim("Russian Ministry of Defence", "RU", "intercepted", "drone", 57, "exact", SOURCE)
    return StrikeEvent(id=eid, date=date, attacker=attacker, target_country=None,
                       weapons=list(weapons), places=list(places), target_types=list(targets),
                       claims=[claim], sources=[SOURCE])


def term(scope: str, parties: tuple[str, ...], end: dt.date | None = None) -> Term:
    return Term("t", scope, parties, MARCH_18, end, ("p",))


def rows(events: list[StrikeEvent], positions: list[Position]) -> list[Violation]:
    return check(events, positions, terms_in_force(positions))


# --- terms ----------------------------------------------------------------------------------


def test_an_agreed_position_starts_a_term_that_lasts_its_duration() -> None:
    [found] = terms_in_force([position()])
    assert (found.scope, found.parties, found.start, found.end) == \
        ("energy_infrastructure", ("RU", "US"), MARCH_18, day(29))


def test_an_ended_position_cuts_the_term_short() -> None:
    [found] = terms_in_force([position(), position(day(10), status="ended", duration=None)])
    assert found.end == day(10)


def test_a_term_with_no_duration_and_no_end_is_open_ended() -> None:
    assert terms_in_force([position(duration=None)])[0].end is None


def test_a_truce_of_hours_lasts_whole_days() -> None:
    assert terms_in_force([position(duration=1.25)])[0].end == day(1)


def test_the_duration_most_sources_give_wins_and_ties_go_to_the_longest() -> None:
    assert terms_in_force([position(duration=0.08, sources=2, pid="a"),
                           position(duration=30, sources=1, pid="b")])[0].end == MARCH_18
    assert terms_in_force([position(duration=0.08, pid="a"),
                           position(duration=30, pid="b")])[0].end == day(29)


def test_agreements_of_one_scope_a_few_days_apart_make_one_term_binding_every_party() -> None:
    [found] = terms_in_force([position(), position(day(2), parties=("UA",))])
    assert found.parties == ("RU", "UA", "US") and found.start == MARCH_18
    assert len(found.position_ids) == 2


def test_agreements_a_week_apart_make_two_terms() -> None:
    assert len(terms_in_force([position(), position(day(7), parties=("UA",))])) == 2


def test_proposals_rejections_and_undated_agreements_make_no_term() -> None:
    assert terms_in_force([position(status="proposed"), position(status="rejected"),
                           position(date=None)]) == []


def test_terms_on_a_day_are_those_whose_period_holds_it() -> None:
    terms = terms_in_force([position(), position(day(40), scope="air", duration=10)])
    assert [t.scope for t in terms_on(day(29), terms)] == ["energy_infrastructure"]
    assert [t.scope for t in terms_on(day(45), terms)] == ["air"]
    assert terms_on(day(30), terms) == []


# --- scope ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("scope", "targets", "weapons", "places", "inside"), [
    ("energy_infrastructure", ("energy",), ("drone",), (KRASNODAR,), True),
    ("energy_infrastructure", ("residential", "medical"), ("drone",), (KHARKIV,), False),
    ("air", ("residential",), ("guided_bomb",), (KHARKIV,), True),
    ("air", ("residential",), ("artillery",), (KHARKIV,), False),
    ("sea", ("transport",), ("drone",), (ODESA,), True),
    ("black_sea", ("transport",), ("missile",), (Place("Black Sea", None, kind="area"),), True),
    ("sea", ("transport",), ("drone",), (KHARKIV,), False),
    ("sea", ("residential",), ("drone",), (ODESA,), False),
    ("air_and_sea", ("transport",), ("artillery",), (ODESA,), True),
    ("air_and_sea", ("residential",), ("drone",), (KHARKIV,), True),
    ("full", ("residential",), ("artillery",), (KHARKIV,), True),
    ("other", ("energy",), ("drone",), (KHARKIV,), False),
])
def test_a_strike_falls_in_a_scope_by_its_targets_weapons_and_places(
        scope: str, targets: tuple[str, ...], weapons: tuple[str, ...],
        places: tuple[Place, ...], inside: bool) -> None:
    found = in_scope(event(targets=targets, weapons=weapons, places=places), scope)
    assert (found is not None) == inside


# --- the check ------------------------------------------------------------------------------


def test_a_party_striking_inside_the_scope_and_period_is_an_alleged_violation() -> None:
    [row] = rows([event(attacker="RU")], [position()])
    assert (row.kind, row.accused, row.accusing) == \
        ("alleged_violation", "RU", ("Russian Ministry of Defence",))
    assert "2025-03-19" in row.reason and "RU is a party" in row.reason


def test_a_strike_by_a_side_outside_the_parties_is_listed_apart() -> None:
    [row] = rows([event(attacker="UA")], [position()])
    assert (row.kind, row.accused) == ("outside_parties", "UA")
    assert "UA is not among its parties" in row.reason and "energy" in row.reason


def test_strikes_outside_the_period_or_the_scope_are_not_listed() -> None:
    assert rows([event(date=day(-1), attacker="RU"), event(date=day(30), attacker="RU"),
                 event(attacker="RU", targets=("residential",)),
                 event(date=None, attacker="RU")], [position()]) == []


def test_an_accusation_lists_the_accused_sides_strikes_inside_the_term() -> None:
    positions = [position(), position(day(20), status="violated", parties=("UA",))]
    events = [event(attacker="UA", eid="ua"), event(attacker="RU", eid="ru"),
              event(date=day(25), attacker="UA", eid="later")]
    [accusation] = [r for r in rows(events, positions) if r.kind == "accusation"]
    assert (accusation.event_id, accusation.accused, accusation.accusing) == ("ua", "UA", ("RU",))
    assert accusation.term_id == terms_in_force(positions)[0].id
    assert "UA was accused on 2025-04-07" in accusation.reason


def test_an_accusation_with_no_matching_strike_is_still_one_row() -> None:
    positions = [position(), position(None, status="violated", parties=("RU",))]
    [accusation] = rows([event(attacker="UA")], positions)[1:]
    assert (accusation.kind, accusation.event_id, accusation.accused) == ("accusation", "", "RU")
    assert "no strike by RU" in accusation.reason


def test_an_accusation_without_an_agreed_term_lists_the_strikes_of_that_day() -> None:
    positions = [position(day(3), status="violated", parties=("RU",), scope="full")]
    [accusation] = rows([event(date=day(3), attacker="RU", targets=("residential",)),
                         event(date=day(1), attacker="RU", eid="old")], positions)
    assert (accusation.term_id, accusation.event_id) == ("", "e")
    assert "no agreed term" in accusation.reason


def test_every_row_says_why_in_a_sentence() -> None:
    positions = [position(), position(day(5), status="violated", parties=("UA", "RU"))]
    found = rows([event(attacker="UA"), event(attacker="RU", eid="r")], positions)
    assert len(found) == 4 and all(r.reason.endswith(".") and len(r.reason) > 40 for r in found)


def test_a_full_ceasefire_covers_a_strike_with_any_weapon_or_target() -> None:
    [row] = check([event(attacker="RU", targets=(), weapons=("artillery",))], [],
                  [term("full", ("RU", "UA"))])
    assert row.kind == "alleged_violation" and "full ceasefire" in row.reason


# --- the corpus -----------------------------------------------------------------------------


@cache
def seeds_and_dev() -> tuple[Fusion, tuple[Term, ...], tuple[Violation, ...]]:
    docs = [d for name in ("seeds", "dev") for d in iter_documents([str(CORPUS / name)])
            if isinstance(d, Document)]
    fusion = fuse((d, read_document(d)) for d in docs)
    terms = terms_in_force(fusion.positions)
    return fusion, tuple(terms), tuple(check(fusion.events, fusion.positions, terms))


def energy_term() -> Term:
    _, terms, _ = seeds_and_dev()
    [found] = [t for t in terms if t.scope == "energy_infrastructure" and t.start == MARCH_18]
    return found


@needs_corpus
def test_the_energy_moratorium_is_a_term_of_russia_from_18_march() -> None:
    found = energy_term()
    assert "RU" in found.parties and "UA" not in found.parties
    assert found.end is not None and found.end >= day(28)


@needs_corpus
def test_the_19_march_strikes_on_homes_and_a_hospital_are_not_violations_of_it() -> None:
    fusion, _, violations = seeds_and_dev()
    homes = [e for e in fusion.events if e.date == day(1) and e.attacker == "RU"
             and {"residential", "medical"} & set(e.target_types)]
    assert homes
    listed = {(v.term_id, v.event_id) for v in violations}
    assert all((energy_term().id, e.id) not in listed for e in homes)


@needs_corpus
def test_the_19_march_strike_on_the_krasnodar_oil_depot_is_listed_outside_the_parties() -> None:
    fusion, _, violations = seeds_and_dev()
    [depot] = [e for e in fusion.events if e.date == day(1)
               and any(p.name == "Krasnodar" for p in e.places)]
    [row] = [v for v in violations if v.event_id == depot.id and v.term_id == energy_term().id
             and v.kind != "accusation"]
    assert (row.kind, row.accused) == ("outside_parties", "UA")
    assert "not among its parties" in row.reason
