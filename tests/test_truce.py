"""The ceasefire check: agreed positions -> terms in force -> strikes inside them."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from ceasefire.fuse import Fusion, fuse
from ceasefire.ingest import iter_documents
from ceasefire.model import (
    UNKNOWN_END_HORIZON_DAYS,
    Claim,
    Commitment,
    Document,
    Place,
    Position,
    Source,
    StrikeEvent,
    Term,
    Violation,
)
from ceasefire.read import read_document
from ceasefire.truce import Check, check, days_checked, in_scope, terms_in_force, terms_on
from ceasefire.views import term_rows

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
             duration: float | None = 30, sources: int = 1, pid: str = "p",
             proposer: str | None = "US") -> Position:
    return Position(id=f"{pid}-{status}-{date}-{''.join(parties)}", date=date, scope=scope,
                    status=status, parties=list(parties), proposed_by=proposer,
                    duration_days=duration, sources=[SOURCE] * sources)


def event(date: dt.date | None = MARCH_19, attacker: str | None = "UA",
          targets: tuple[str, ...] = ("energy",), weapons: tuple[str, ...] = ("drone",),
          places: tuple[Place, ...] = (KRASNODAR,), eid: str = "e") -> StrikeEvent:
    claim = Claim("Russian Ministry of Defence", "RU", "intercepted", "drone", 57, "exact", SOURCE)
    return StrikeEvent(id=eid, date=date, attacker=attacker, target_country=None,
                       weapons=list(weapons), places=list(places), target_types=list(targets),
                       claims=[claim], sources=[SOURCE])


def term(scope: str, parties: tuple[str, ...], end: dt.date | None = None) -> Term:
    """A term binding ``parties`` from 18 March: mutual for two, declared for one."""
    how = "agreed" if len(parties) == 2 else "declared"
    return Term("t", scope, tuple(Commitment(side, how, MARCH_18, MARCH_18, "p")
                                  for side in parties), MARCH_18, end, ("p",))


def rows(events: list[StrikeEvent], positions: list[Position]) -> list[Violation]:
    return check(events, positions, terms_in_force(positions))


def bound(found: Term) -> list[tuple[str, str, dt.date]]:
    return [(c.side, c.how, c.since) for c in found.bound]


# --- terms ----------------------------------------------------------------------------------


def test_a_truce_agreed_by_both_sides_lasts_its_duration() -> None:
    [found] = terms_in_force([position(parties=("RU", "UA"))])
    assert (found.scope, found.kind, found.parties, found.start, found.end) == \
        ("energy_infrastructure", "mutual", ("RU", "UA"), MARCH_18, day(29))


def test_a_mutual_term_is_in_force_from_the_day_the_last_side_agreed() -> None:
    [found] = terms_in_force([position(parties=("UA",), proposer="US"),
                              position(day(4), parties=("RU",), proposer="US", pid="b")])
    assert found.start == day(4) and found.end == day(33)
    assert bound(found) == [("RU", "agreed", day(4)), ("UA", "agreed", day(4))]
    assert [c.said_on for c in found.bound] == [day(4), MARCH_18]


def test_an_acceptance_of_a_proposal_the_other_side_never_accepted_is_no_term() -> None:
    # 11 March 2025: Kyiv accepted the US 30-day ceasefire; Moscow never did
    assert terms_in_force([position(parties=("UA",), proposer="US", scope="full")]) == []
    assert terms_in_force([position(parties=("UA",), proposer=None, scope="full")]) == []


def test_an_agreement_withdrawn_by_a_later_rejection_binds_no_one() -> None:
    positions = [position(parties=("UA",), proposer="US", scope="full"),
                 position(day(2), parties=("RU",), proposer="US", scope="full", pid="b"),
                 position(day(7), status="rejected", parties=("RU",), proposer="US",
                          scope="full", pid="c")]
    assert terms_in_force(positions) == []
    assert terms_in_force(positions[:2])  # without the rejection: a mutual term


def test_a_declared_truce_binds_its_declarer_only() -> None:
    [found] = terms_in_force([position(parties=("RU",), proposer="RU", scope="full",
                                       duration=3)])
    assert (found.kind, bound(found), found.end) == \
        ("unilateral", [("RU", "declared", MARCH_18)], day(2))


def test_a_truce_agreed_with_a_third_state_binds_the_side_that_agreed() -> None:
    # "Putin and Trump agreed to halt strikes on energy": Russia's commitment, from that day
    [found] = terms_in_force([position(parties=("RU", "US"))])
    assert (found.kind, bound(found)) == ("unilateral", [("RU", "pledged", MARCH_18)])


def test_a_declarer_is_bound_from_its_declaration_and_the_side_that_joins_from_then() -> None:
    [found] = terms_in_force([position(parties=("RU",), proposer="RU", scope="full"),
                              position(day(1), parties=("UA",), proposer="RU", scope="full",
                                       pid="b")])
    assert found.kind == "mutual" and found.start == MARCH_18
    assert bound(found) == [("RU", "declared", MARCH_18), ("UA", "agreed", day(1))]


def test_a_proposer_whose_proposal_the_other_side_accepts_is_bound_by_it() -> None:
    [found] = terms_in_force([position(parties=("UA",), proposer="RU", scope="full")])
    assert bound(found) == [("RU", "proposed", MARCH_18), ("UA", "agreed", MARCH_18)]


def test_an_ended_position_cuts_the_term_short() -> None:
    [found] = terms_in_force([position(parties=("RU", "UA")),
                              position(day(10), status="ended", duration=None, proposer=None)])
    assert found.end == day(10)


def test_a_term_with_no_length_and_no_end_says_so_and_is_checked_a_few_days_only() -> None:
    [found] = terms_in_force([position(parties=("RU", "UA"), duration=None)])
    assert found.end is None
    assert found.checked_until == day(UNKNOWN_END_HORIZON_DAYS - 1)
    [row] = term_rows([found])
    assert (row["end"], row["checked_until"]) == ("end unknown", "2025-03-20")
    inside = event(date=day(UNKNOWN_END_HORIZON_DAYS - 1), attacker="RU", eid="in")
    after = event(date=day(UNKNOWN_END_HORIZON_DAYS), attacker="RU", eid="after")
    assert [r.event_id for r in check([inside, after], [], [found])] == ["in"]


def test_a_truce_of_hours_lasts_whole_days() -> None:
    assert terms_in_force([position(parties=("RU", "UA"), duration=1.25)])[0].end == day(1)


def test_the_duration_most_sources_give_wins_and_ties_go_to_the_longest() -> None:
    both = ("RU", "UA")
    assert terms_in_force([position(parties=both, duration=30, sources=2, pid="a"),
                           position(parties=both, duration=None, sources=1, pid="b")
                           ])[0].end == day(29)
    assert terms_in_force([position(parties=both, duration=None, pid="a"),
                           position(day(1), parties=both, duration=30, pid="b")
                           ])[0].end == day(29)


def test_an_undated_report_near_a_declared_truce_gives_its_length() -> None:
    # an undated report two days before that a leader wants a three-day truce from the 8th,
    # then the truce he declared, on the 8th
    declared = position(day(2), parties=("RU",), proposer="RU", scope="full", duration=None)
    length = position(None, status="proposed", parties=("RU",), proposer="RU", scope="full",
                      duration=3, pid="len")
    [found] = terms_in_force([declared, length])
    assert (found.start, found.end) == (day(2), day(4))
    assert found.position_ids == (length.id, declared.id)


def test_one_truce_one_term_another_proposal_of_the_scope_is_not_on_it() -> None:
    # a three-day truce Russia declared, while Kyiv repeats its call for 30 days
    declared = position(parties=("RU",), proposer="RU", scope="full", duration=3)
    kyiv = position(day(1), status="proposed", parties=("UA",), proposer="UA", scope="full",
                    duration=30, pid="kyiv")
    [found] = terms_in_force([declared, kyiv])
    assert found.position_ids == (declared.id,) and found.end == day(2)


def test_proposals_rejections_and_undated_agreements_make_no_term() -> None:
    assert terms_in_force([position(status="proposed"), position(status="rejected"),
                           position(date=None, parties=("RU", "UA"))]) == []


def test_terms_on_a_day_are_those_whose_period_holds_it() -> None:
    terms = terms_in_force([position(parties=("RU", "UA")),
                            position(day(40), scope="air", duration=10, parties=("RU", "UA"))])
    assert [t.scope for t in terms_on(day(29), terms)] == ["energy_infrastructure"]
    assert [t.scope for t in terms_on(day(45), terms)] == ["air"]
    assert terms_on(day(30), terms) == []


# --- the Term type: wrong states cannot be built ----------------------------------------------


def test_a_term_cannot_bind_a_side_alone_that_only_accepted_an_offer() -> None:
    with pytest.raises(ValueError, match="declared or pledged"):
        Term("t", "full", (Commitment("UA", "agreed", MARCH_18, MARCH_18, "p"),), MARCH_18,
             None, ("p",))


def test_a_term_binds_belligerents_only_and_not_before_they_consented() -> None:
    with pytest.raises(ValueError, match="belligerents only"):
        Commitment("US", "declared", MARCH_18, MARCH_18, "p")
    with pytest.raises(ValueError, match="no earlier"):
        Commitment("RU", "agreed", MARCH_19, MARCH_18, "p")
    with pytest.raises(ValueError, match="first day"):
        Term("t", "full", (Commitment("RU", "declared", MARCH_18, MARCH_18, "p"),), MARCH_19,
             None, ("p",))


def test_an_alleged_violation_says_how_its_side_was_bound() -> None:
    with pytest.raises(ValueError, match="how the accused side was bound"):
        Violation("t", "e", "alleged_violation", "RU", ("UA",), "a reason.")


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
    [row] = rows([event(attacker="UA")], [position(parties=("RU", "UA"))])
    assert (row.kind, row.accused, row.bound_as, row.accusing) == \
        ("alleged_violation", "UA", "party", ("Russian Ministry of Defence",))
    assert "2025-03-19" in row.reason and "UA was bound as a party to it" in row.reason


def test_a_declarer_striking_inside_its_own_truce_is_an_alleged_violation_as_declarer() -> None:
    [row] = rows([event(attacker="RU")], [position(parties=("RU",), proposer="RU")])
    assert (row.kind, row.bound_as) == ("alleged_violation", "declarer")
    assert "RU declared" in row.reason and "bound as its declarer" in row.reason


def test_a_strike_by_a_side_the_term_does_not_bind_is_no_violation() -> None:
    [row] = rows([event(attacker="UA")], [position(parties=("RU",), proposer="RU")])
    assert (row.kind, row.accused, row.bound_as, row.accusing) == \
        ("outside_parties", "UA", None, ())
    assert "during a truce it did not accept, not a violation" in row.reason


def test_no_strike_is_charged_before_its_side_was_bound() -> None:
    # Russia declared on 18 March, Ukraine joined on 20 March: Ukraine's strike of the 19th
    # is outside, Russia's is a violation of its own declaration
    positions = [position(parties=("RU",), proposer="RU"),
                 position(day(2), parties=("UA",), proposer="RU", pid="b")]
    found = {r.accused: (r.kind, r.bound_as)
             for r in rows([event(attacker="UA", eid="ua"), event(attacker="RU", eid="ru")],
                           positions)}
    assert found == {"UA": ("outside_parties", None), "RU": ("alleged_violation", "declarer")}
    [later] = rows([event(date=day(3), attacker="UA")], positions)
    assert (later.kind, later.bound_as) == ("alleged_violation", "party")


def test_strikes_outside_the_period_or_the_scope_are_not_listed() -> None:
    assert rows([event(date=day(-1), attacker="RU"), event(date=day(30), attacker="RU"),
                 event(attacker="RU", targets=("residential",)),
                 event(date=None, attacker="RU")], [position()]) == []


def test_a_local_pause_binds_no_strike_when_its_place_is_not_read() -> None:
    positions = [position(parties=("RU", "UA"), scope="other", duration=None)]
    [row] = term_rows(terms_in_force(positions))
    assert (row["end"], row["checked_until"]) == ("end unknown", None)
    assert rows([event(attacker="RU"), event(attacker="UA", eid="u")], positions) == []


def test_the_accusers_are_named_claimants_or_sides_never_an_outlet_or_a_document() -> None:
    outlet_only = Claim(None, None, "launched", "drone", 40, "exact",
                        Source("002_e7d71049c913a3ef", "Daily Test", MARCH_18, None))
    boast = Claim("Russian Ministry of Defence", "RU", "hit", "drone", 5, "exact", SOURCE)
    strike = event(attacker="RU")
    strike.claims = [outlet_only, boast]
    [row] = rows([strike], [position(parties=("RU", "UA"))])
    assert row.kind == "alleged_violation" and row.accusing == ()  # the attacker's own figures
    accused = [position(parties=("RU", "UA")),
               position(day(2), status="violated", parties=("RU",), proposer=None, pid="v")]
    found = [r for r in rows([strike], accused) if r.kind == "alleged_violation"]
    assert [r.accusing for r in found] == [("UA",)]  # Ukraine's accusation names this strike


def test_an_accusation_lists_the_accused_sides_strikes_inside_the_term() -> None:
    positions = [position(parties=("RU", "UA")),
                 position(day(20), status="violated", parties=("UA",))]
    events = [event(attacker="UA", eid="ua"), event(attacker="RU", eid="ru"),
              event(date=day(25), attacker="UA", eid="later")]
    [accusation] = [r for r in rows(events, positions) if r.kind == "accusation"]
    assert (accusation.event_id, accusation.accused, accusation.accusing) == ("ua", "UA", ("RU",))
    assert accusation.term_id == terms_in_force(positions)[0].id
    assert accusation.bound_as == "party"
    assert "UA was accused on 2025-04-07" in accusation.reason


def test_an_accusation_of_a_side_the_term_does_not_bind_lists_no_strike() -> None:
    positions = [position(parties=("RU",), proposer="RU", scope="full"),
                 position(day(1), status="violated", parties=("UA",), scope="full")]
    [accusation] = [r for r in rows([event(attacker="UA")], positions)
                    if r.kind == "accusation"]
    assert accusation.event_id == "" and "UA is not bound by it" in accusation.reason


def test_an_accusation_with_no_matching_strike_is_still_one_row() -> None:
    positions = [position(parties=("RU", "UA")),
                 position(None, status="violated", parties=("RU",))]
    [accusation] = [r for r in rows([event(attacker="UA")], positions)
                    if r.kind == "accusation"]
    assert (accusation.kind, accusation.event_id, accusation.accused) == ("accusation", "", "RU")
    assert "no strike by RU" in accusation.reason


def test_an_accusation_without_an_agreed_term_lists_the_strikes_of_that_day() -> None:
    positions = [position(day(3), status="violated", parties=("RU",), scope="full")]
    [accusation] = rows([event(date=day(3), attacker="RU", targets=("residential",)),
                         event(date=day(1), attacker="RU", eid="old")], positions)
    assert (accusation.term_id, accusation.event_id) == ("", "e")
    assert "no term in force recorded" in accusation.reason


def test_every_row_says_why_in_a_sentence() -> None:
    positions = [position(parties=("RU", "UA")),
                 position(day(5), status="violated", parties=("UA", "RU"))]
    found = rows([event(attacker="UA"), event(attacker="RU", eid="r")], positions)
    assert len(found) == 4 and all(r.reason.endswith(".") and len(r.reason) > 40 for r in found)


def test_a_full_ceasefire_covers_a_strike_with_any_weapon_or_target() -> None:
    [row] = check([event(attacker="RU", targets=(), weapons=("artillery",))], [],
                  [term("full", ("RU", "UA"))])
    assert row.kind == "alleged_violation" and "full ceasefire" in row.reason


# --- the corpus, read and fused -------------------------------------------------------------


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
def test_the_energy_moratorium_binds_russia_from_18_march_and_ukraine_from_25_march() -> None:
    found = energy_term()
    assert bound(found) == [("RU", "pledged", MARCH_18), ("UA", "agreed", day(7))]
    assert found.end is not None and day(28) <= found.end <= dt.date(2025, 4, 18)


@needs_corpus
def test_the_19_march_strikes_on_homes_and_a_hospital_are_not_violations_of_it() -> None:
    fusion, _, violations = seeds_and_dev()
    homes = [e for e in fusion.events if e.date == day(1) and e.attacker == "RU"
             and {"residential", "medical"} & set(e.target_types)]
    assert homes
    listed = {(v.term_id, v.event_id) for v in violations}
    assert all((energy_term().id, e.id) not in listed for e in homes)


@needs_corpus
def test_the_19_march_strike_on_the_krasnodar_oil_depot_was_before_ukraine_agreed() -> None:
    fusion, _, violations = seeds_and_dev()
    [depot] = [e for e in fusion.events if e.date == day(1)
               and any(p.name == "Krasnodar" for p in e.places)]
    [row] = [v for v in violations if v.event_id == depot.id and v.term_id == energy_term().id
             and v.kind != "accusation"]
    assert (row.kind, row.accused) == ("outside_parties", "UA")
    assert "UA had not accepted it" in row.reason


@needs_corpus
def test_the_check_needs_only_the_events_of_the_days_it_checks() -> None:
    """What a fusion in bounded memory relies on: the strikes of other days change nothing."""
    docs = [d for name in ("seeds", "dev", "dev2") for d in iter_documents([str(CORPUS / name)])
            if isinstance(d, Document)]
    fusion = fuse((d, read_document(d)) for d in docs)
    terms = terms_in_force(fusion.positions)
    days = days_checked(fusion.positions, terms)
    found = check(fusion.events, fusion.positions, terms)
    assert check([e for e in fusion.events if e.date in days], fusion.positions, terms) == found
    assert any(v.kind == "accusation" and v.event_id for v in found)
    assert sum(e.date in days for e in fusion.events) < len(fusion.events) / 2  # most are not
    checking = Check(fusion.positions, terms)  # fed a few days at a time, latest first
    for week in sorted({(e.date or dt.date.min).isocalendar()[:2] for e in fusion.events},
                       reverse=True):
        checking.add([e for e in fusion.events
                      if (e.date or dt.date.min).isocalendar()[:2] == week])
    assert checking.violations() == found


def test_the_days_checked_are_each_terms_period_and_each_accusations_eve() -> None:
    accusation = position(day(10), "violated", ("UA",), "full", None, pid="a")
    days = days_checked([accusation], [term("energy_infrastructure", ("RU",), end=day(2))])
    assert days == {MARCH_18, day(1), day(2), day(9), day(10)}
