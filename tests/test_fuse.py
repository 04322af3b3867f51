"""Fusion: records of many documents and claimants become events, positions, exchanges, talks."""
from __future__ import annotations

import datetime as dt
import random
from functools import cache
from pathlib import Path

import pytest

from ceasefire.fuse import Fusion, fuse
from ceasefire.ingest import iter_documents
from ceasefire.model import (
    Agreement,
    Document,
    Evidence,
    Exchange,
    Place,
    Quantity,
    Reading,
    Strike,
    StrikeEvent,
    Talks,
)
from ceasefire.read import read_document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not (CORPUS / "seeds").is_dir(),
                                  reason="../shared/corpus is not beside the repo")

MARCH_11 = dt.date(2025, 3, 11)
KYIV = Place("Kyiv", "UA", "Kyiv City", kind="city")
ODESA = Place("Odesa", "UA", "Odesa Oblast", kind="city")
ODESA_OBLAST = Place("Odesa Oblast", "UA", "Odesa Oblast", kind="region")
KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast", kind="city")


def day(n: int) -> dt.date:
    return MARCH_11 + dt.timedelta(days=n)


def doc(doc_id: str, published: dt.date = MARCH_11, outlet: str | None = "Daily Test") -> Document:
    return Document(id=doc_id, text="An invented report.", published=published, source=outlet)


def strike(date: dt.date | None = MARCH_11, attacker: str | None = "RU",
           places: tuple[Place, ...] = (KYIV,), weapons: tuple[str, ...] = ("drone",),
           claimed_by: str | None = None, figures: tuple[tuple[str, float | None], ...] = (),
           weapon: str | None = "drone",
           sentence: str = "Drones attacked the city overnight, officials said.") -> Strike:
    """A strike record; ``figures`` are (metric, value) pairs about ``weapon``, all read from
    ``sentence``."""
    evidence = Evidence(sentence, 0, len(sentence))
    quantities = [Quantity(m, weapon, v, "all" if v is None else "exact", evidence)
                  for m, v in figures]
    return Strike(date=date, attacker=attacker, target_country="UA", weapons=list(weapons),
                  places=list(places), claimed_by=claimed_by, quantities=quantities,
                  evidence=[evidence])


def reading(document: Document, strikes: tuple[Strike, ...] = (),
            agreements: tuple[Agreement, ...] = (), exchanges: tuple[Exchange, ...] = (),
            talks: tuple[Talks, ...] = ()) -> tuple[Document, Reading]:
    return document, Reading(document.id, list(strikes), list(agreements), list(exchanges),
                             list(talks))


def events(*pairs: tuple[Document, Reading]) -> list[StrikeEvent]:
    return fuse(pairs).events


def voices(event: StrikeEvent) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.claimant, c.claimant_side, c.value) for c in event.claims]


def best(event: StrikeEvent, metric: str = "launched") -> float | None:
    return next(e.best for e in event.estimates if e.metric == metric)


# --- strikes --------------------------------------------------------------------------------


def test_two_outlets_reporting_one_attack_make_one_event() -> None:
    [event] = events(reading(doc("a"), (strike(),)), reading(doc("b"), (strike(),)))
    assert [s.document_id for s in event.sources] == ["a", "b"]


def test_different_attackers_are_never_one_event() -> None:
    found = events(reading(doc("a"), (strike(attacker="RU"), strike(attacker="UA"))))
    assert sorted(e.attacker or "" for e in found) == ["RU", "UA"]


def test_a_city_inside_a_region_named_by_another_report_is_the_same_place() -> None:
    found = events(reading(doc("a"), (strike(places=(ODESA,), weapons=("missile",)),)),
                   reading(doc("b"), (strike(places=(ODESA_OBLAST,), weapons=("drone",)),)))
    assert len(found) == 1


def test_records_of_one_day_sharing_a_weapon_type_are_one_event() -> None:
    found = events(reading(doc("a"), (strike(places=(KYIV,)), strike(places=(KHARKIV,)))))
    assert len(found) == 1 and [p.name for p in found[0].places] == ["Kharkiv", "Kyiv"]


def test_records_of_one_day_with_nothing_in_common_stay_apart() -> None:
    found = events(reading(doc("a"), (strike(places=(KYIV,), weapons=("drone",)),
                                      strike(places=(KHARKIV,), weapons=("artillery",)))))
    assert len(found) == 2


def test_reports_a_day_apart_that_share_a_place_are_one_event() -> None:
    [event] = events(reading(doc("a"), (strike(date=day(0)),)),
                     reading(doc("b"), (strike(date=day(1)),)),
                     reading(doc("c"), (strike(date=day(1)),)))
    assert event.date == day(1)  # the date most records give


def test_attacks_on_three_consecutive_nights_do_not_chain_into_one_event() -> None:
    # the middle night links as strongly to both others: nothing tells which one it reports
    found = events(*(reading(doc(f"d{n}"), (strike(date=day(n)),)) for n in range(3)))
    assert sorted(e.date for e in found) == [day(0), day(1), day(2)]  # type: ignore


def test_a_report_joins_the_day_its_strongest_link_points_to() -> None:
    launched_60 = (("launched", 60.0),)
    found = events(reading(doc("d0"), (strike(date=day(0)),)),
                   reading(doc("d1"), (strike(date=day(1), figures=launched_60),)),
                   reading(doc("d2"), (strike(date=day(2), figures=launched_60),)))
    assert sorted(sorted(s.document_id for s in e.sources) for e in found) == [
        ["d0"], ["d1", "d2"]]


def test_a_report_changes_no_event_beyond_two_days_either_side_of_its_own() -> None:
    rng = random.Random(7)
    places = (KYIV, ODESA, ODESA_OBLAST)  # most adjacent days share a place: one long chain

    def random_strike(n: int) -> Strike:
        return strike(date=day(n), places=tuple(rng.sample(places, rng.randint(0, 2))),
                      weapons=rng.choice((("drone",), ("missile",), ())),
                      figures=rng.choice(((), (("launched", 60.0),), (("killed", 2.0),))))

    month = [reading(doc(f"m{n}"), (random_strike(n // 2),)) for n in range(60)]
    before = events(*month)
    for added in range(0, 30, 3):
        after = events(*month, reading(doc(f"new{added}"), (random_strike(added),)))
        assert [e for e in after if abs((e.date - day(added)).days) > 3] == [  # type: ignore
            e for e in before if abs((e.date - day(added)).days) > 3]  # type: ignore


def test_undated_strikes_join_undated_ones_of_reports_published_the_same_days_only() -> None:
    found = events(reading(doc("a", day(0)), (strike(date=None),)),
                   reading(doc("b", day(0)), (strike(date=None), strike(date=day(0)))),
                   reading(doc("c", day(1)), (strike(date=None),)),  # the next day: linked
                   reading(doc("d", day(60)), (strike(date=None),)),  # two months on: apart
                   reading(doc("e", None), (strike(date=None),)))  # published when: unknown
    undated = sorted((sorted(s.document_id for s in e.sources), e.id) for e in found
                     if e.date is None)
    assert [docs for docs, _ in undated] == [["a", "b", "c"], ["d"], ["e"]]
    assert len({event_id for _, event_id in undated}) == 3  # the same place, distinct ids
    assert [sorted(s.document_id for s in e.sources) for e in found if e.date] == [["b"]]


def test_an_undated_event_is_fused_on_the_day_it_was_first_reported() -> None:
    from ceasefire.fuse.strikes import Undated, event_day

    found = events(reading(doc("a", day(3)), (strike(date=None),)),
                   reading(doc("b", day(2)), (strike(date=None),)),
                   reading(doc("c", day(5)), (strike(),)))
    assert sorted(map(str, map(event_day, found))) == [str(day(0)), str(Undated(day(2)))]


def test_a_record_without_places_or_weapons_joins_the_only_event_of_its_day() -> None:
    [event] = events(reading(doc("a"), (strike(),)),
                     reading(doc("b"), (strike(places=(), weapons=(), claimed_by="Mayor"),)))
    assert {s.document_id for s in event.sources} == {"a", "b"}


def test_a_record_without_places_or_weapons_stays_apart_when_its_day_has_two_events() -> None:
    found = events(reading(doc("a"), (strike(places=(KYIV,), weapons=("drone",)),
                                      strike(places=(KHARKIV,), weapons=("artillery",)))),
                   reading(doc("b"), (strike(places=(), weapons=()),)))
    assert len(found) == 3


def test_every_claim_is_kept_side_by_side_with_its_claimant_side_and_source() -> None:
    [event] = events(
        reading(doc("a", outlet="Daily Test"),
                (strike(claimed_by="Sergey Sobyanin", figures=(("launched", 70),)),)),
        reading(doc("b", outlet=None), (strike(figures=(("launched", 343),)),)))
    assert voices(event) == [("Sergey Sobyanin", "RU", 70), (None, None, 343)]
    claim = event.claims[0]
    assert (claim.source.document_id, claim.source.outlet, claim.source.published) == \
        ("a", "Daily Test", MARCH_11)
    assert claim.source.evidence is not None and "overnight" in claim.source.evidence.sentence


def test_low_and_high_span_every_figure_and_best_is_the_median_of_the_claimants() -> None:
    [event] = events(reading(doc("a"), (
        strike(claimed_by="Russian Ministry of Defence", figures=(("launched", 300),)),
        strike(claimed_by="Sergey Sobyanin", figures=(("launched", 70),)),
        strike(figures=(("launched", 343),)))))
    [estimate] = event.estimates
    assert (estimate.low, estimate.best, estimate.high, estimate.claims) == (70, 300, 343, 3)


def test_a_claimant_repeated_by_many_outlets_counts_once() -> None:
    ministry = strike(claimed_by="Russian Ministry of Defence", figures=(("launched", 300),))
    [event] = events(*(reading(doc(f"o{n}", outlet=f"Outlet {n}"), (ministry,)) for n in range(3)),
                     reading(doc("m"), (strike(claimed_by="Sergey Sobyanin",
                                               figures=(("launched", 70),)),)))
    assert best(event) == 70  # the lower of 300 and 70, not the median of 300, 300, 300, 70


def test_a_claimant_giving_a_total_and_its_breakdown_counts_with_its_total() -> None:
    said = "The ministry downed 121 drones, including 37 over Bryansk and 20 over Kursk."
    [event] = events(reading(doc("a"), (strike(
        claimed_by="Russian Ministry of Defence", sentence=said,
        figures=(("intercepted", 121), ("intercepted", 37), ("intercepted", 20))),)))
    [estimate] = event.estimates
    assert (estimate.low, estimate.best, estimate.high) == (121, 121, 121)


PENZA = Place("Penza", "RU", "Penza Oblast", kind="city")
SAMARA = Place("Samara Oblast", "RU", "Samara Oblast", kind="region")
ROSTOV = Place("Rostov Oblast", "RU", "Rostov Oblast", kind="region")


def estimate(event: StrikeEvent, metric: str) -> tuple[float | None, ...]:
    found = next(e for e in event.estimates if e.metric == metric)
    return (found.low, found.best, found.high)


def test_one_claimants_figures_for_different_places_add_up() -> None:
    [event] = events(reading(doc("a"), (strike(
        attacker="UA", places=(PENZA, SAMARA, ROSTOV), claimed_by="regional governors",
        weapon=None, figures=(("killed", 1), ("killed", 1), ("killed", 1)),
        sentence="One was killed in Penza, one in the Samara region and one in Rostov."),)))
    assert estimate(event, "killed") == (3, 3, 3)  # not best 1


def test_one_claimants_figures_in_sentences_about_different_places_add_up() -> None:
    said = [("One woman was killed in Penza, the governor said.", PENZA),
            ("An elderly man died in the Samara region.", SAMARA)]
    [event] = events(reading(doc("a"), tuple(strike(
        attacker="UA", places=(PENZA, SAMARA), claimed_by="regional governors", weapon=None,
        figures=(("killed", 1),), sentence=sentence) for sentence, _ in said)))
    assert estimate(event, "killed") == (2, 2, 2)


def test_drones_lost_to_electronic_warfare_add_to_those_shot_down() -> None:
    shot = "Air defences shot down 74 drones, the air force said."
    lost = "Another 28 were lost to electronic warfare."
    [event] = events(reading(doc("a"), (
        strike(claimed_by="Ukrainian Air Force", figures=(("intercepted", 74),), sentence=shot),
        strike(claimed_by="Ukrainian Air Force", figures=(("intercepted", 28),),
               sentence=lost))))
    assert estimate(event, "intercepted") == (102, 102, 102)


def test_a_stated_total_of_shot_down_and_lost_is_not_added_again() -> None:
    [event] = events(reading(doc("a"), (strike(
        claimed_by="Ukrainian Air Force", sentence="Of 90 drones neutralised, 62 were shot "
        "down and 28 lost to electronic warfare, including those over Kyiv.",
        figures=(("intercepted", 90), ("intercepted", 62), ("intercepted", 28))),)))
    assert estimate(event, "intercepted") == (90, 90, 90)


@pytest.mark.parametrize("later,expected", [
    ("By evening five people had been killed in Kyiv.", 5),  # the toll updated
    ("Another five people were killed in Kyiv later.", 8),  # on top of the three
])
def test_a_claimants_toll_for_one_place_is_updated_not_added_unless_said_to_come_on_top(
        later: str, expected: float) -> None:
    [event] = events(reading(doc("a"), tuple(strike(
        claimed_by="Vitali Klitschko", weapon=None, figures=(("killed", value),),
        sentence=sentence) for value, sentence in (
            (3, "Three people were killed in Kyiv overnight."), (5, later)))))
    assert estimate(event, "killed")[1] == expected


def test_the_same_figure_said_twice_counts_once() -> None:
    [event] = events(reading(doc("a"), tuple(strike(
        claimed_by="Ukrainian Air Force", figures=(("launched", 112),), sentence=sentence)
        for sentence in ("Russia sent 112 drones overnight.", "Of the 112 drones, most fell."))))
    assert estimate(event, "launched") == (112, 112, 112)


def test_a_local_figure_is_part_of_a_claim_about_the_whole_attack_and_does_not_compete() -> None:
    [event] = events(reading(doc("a"), (
        strike(places=(KHARKIV, ODESA), claimed_by="Volodymyr Zelensky",
               figures=(("launched", 420),), sentence="Russia launched 420 drones overnight."),
        strike(places=(KHARKIV,), claimed_by="Oleh Syniehubov", figures=(("launched", 17),),
               sentence="Kharkiv was attacked by 17 drones."))))
    assert estimate(event, "launched") == (420, 420, 420)  # not the median of 420 and 17


def test_tolls_of_two_regions_by_their_own_officials_add_up() -> None:
    [event] = events(reading(doc("a"), (
        strike(places=(KHARKIV,), claimed_by="Oleh Syniehubov", weapon=None,
               figures=(("injured", 14),), sentence="14 were injured in Kharkiv."),
        strike(places=(ODESA,), claimed_by="Oleh Kiper", weapon=None,
               figures=(("injured", 10),), sentence="10 were injured in Odesa."))))
    assert estimate(event, "injured") == (24, 24, 24)


@pytest.mark.parametrize("values,expected", [((300, 343), 300), ((2, 3), 2),
                                             ((245, 250, 260), 250)])
def test_best_is_a_claimants_own_figure_the_lower_middle_one_never_an_average(
        values: tuple[float, ...], expected: float) -> None:
    [event] = events(reading(doc("a"), tuple(
        strike(claimed_by=f"Claimant {n}", figures=(("launched", v),))
        for n, v in enumerate(values))))
    assert estimate(event, "launched") == (min(values), expected, max(values))


def test_a_claimants_latest_figure_replaces_its_earlier_one() -> None:
    [event] = events(
        reading(doc("early", published=day(0)), (strike(claimed_by="Ukrainian Air Force",
                                                         figures=(("launched", 40),)),)),
        reading(doc("late", published=day(1)), (strike(claimed_by="Ukrainian Air Force",
                                                       figures=(("launched", 25),)),)))
    assert best(event) == 25


def test_the_outlet_itself_is_one_claimant_per_outlet() -> None:
    same = events(reading(doc("a", outlet="Daily Test"), (strike(figures=(("launched", 10),)),)),
                  reading(doc("b", outlet="Daily Test"), (strike(figures=(("launched", 30),)),)),
                  reading(doc("c", outlet="Other Paper"), (strike(figures=(("launched", 90),)),)))
    assert best(same[0]) == 30  # Daily Test (its largest, 30) and Other Paper (90): the lower


def test_claims_of_all_without_a_value_are_kept_but_not_counted() -> None:
    [event] = events(reading(doc("a"), (strike(figures=(("intercepted", None),
                                                         ("launched", 12))),)))
    assert [c.qualifier for c in event.claims] == ["all", "exact"]
    intercepted = next(e for e in event.estimates if e.metric == "intercepted")
    assert (intercepted.best, intercepted.claims) == (None, 0)


def test_event_ids_are_stable_and_distinct() -> None:
    pairs = [reading(doc("a"), (strike(places=(KYIV,)), strike(attacker="UA")))]
    assert [e.id for e in events(*pairs)] == [e.id for e in events(*pairs)]
    assert len({e.id for e in events(*pairs)}) == 2


def test_fusion_does_not_depend_on_the_order_of_the_documents() -> None:
    pairs = [reading(doc(f"d{n}", published=day(n % 3)),
                     (strike(date=day(n % 3), places=(KYIV, ODESA)[n % 2:][:1],
                             claimed_by=f"Official {n % 4}", figures=(("launched", n),)),),
                     (energy(day(n % 2), ["RU"]),), (swap(day(0)),))
             for n in range(12)]
    shuffled = pairs[:]
    random.Random(7).shuffle(shuffled)
    assert fuse(pairs) == fuse(shuffled)


def test_copies_of_a_document_are_sources_of_its_records_not_more_claims() -> None:
    said = "Drones attacked the city overnight, officials said."
    original = Document("wire", "Update. " + said, MARCH_11, "Wire", "https://wire.example/a")
    copies = [Document("site-b", "Breaking: " + said, day(1), "Site B", "https://b.example/a"),
              Document("site-a", "Drones hit the city.", MARCH_11, "Site A")]
    ministry = strike(claimed_by="Russian Ministry of Defence", figures=(("launched", 300),))
    fusion = fuse([reading(original, (ministry,))], {"wire": copies})
    [event] = fusion.events
    assert voices(event) == [("Russian Ministry of Defence", "RU", 300)]
    assert [(s.document_id, s.outlet, s.url, s.copy_of) for s in event.sources] == [
        ("wire", "Wire", "https://wire.example/a", None),
        ("site-a", "Site A", None, "wire"), ("site-b", "Site B", "https://b.example/a", "wire")]
    # the sentence where the copy has it (site-a reworded it)
    evidence = [s.evidence for s in event.sources]
    assert evidence[1] is None and evidence[2] == Evidence(said, 10, 10 + len(said))
    assert fuse([reading(original, (ministry,))], {"wire": copies[::-1]}) == fusion


# --- positions, exchanges, talks ------------------------------------------------------------


def energy(date: dt.date | None, parties: list[str], status: str = "agreed") -> Agreement:
    return Agreement(date=date, scope="energy_infrastructure", status=status, parties=parties,
                     duration_days=30, evidence=[Evidence("Both agreed to a pause.", 0, 24)])


def swap(date: dt.date | None, to_ua: int | None = 175, to_ru: int | None = 175) -> Exchange:
    return Exchange(date=date, status="completed", returned_to_ua=to_ua, returned_to_ru=to_ru)


def test_one_position_reported_by_several_documents_is_one_position_with_every_source() -> None:
    fusion = fuse([reading(doc("a"), agreements=(energy(day(7), ["RU", "US"]),)),
                   reading(doc("b"), agreements=(energy(day(7), ["RU"]),)),
                   reading(doc("c"), agreements=(energy(day(8), []),))])
    [position] = fusion.positions
    assert position.parties == ["RU", "US"] and position.date == day(7)
    assert [s.document_id for s in position.sources] == ["a", "b", "c"]


def test_positions_with_another_status_disjoint_parties_or_far_dates_stay_apart() -> None:
    fusion = fuse([reading(doc("a"), agreements=(energy(day(7), ["RU"]),
                                                 energy(day(7), ["RU"], status="rejected"),
                                                 energy(day(7), ["UA"]),
                                                 energy(day(14), ["RU"])))])
    assert len(fusion.positions) == 4


def test_an_undated_position_joins_the_one_dated_closest_before_its_publication() -> None:
    fusion = fuse([reading(doc("a"), agreements=(energy(day(7), ["RU"]),
                                                 energy(day(14), ["RU"]))),
                   reading(doc("b", published=day(8)), agreements=(energy(None, ["RU"]),))])
    first = next(p for p in fusion.positions if p.date == day(7))
    assert [s.document_id for s in first.sources] == ["a", "b"]


def test_an_undated_position_never_joins_one_dated_after_its_publication() -> None:
    fusion = fuse([reading(doc("a"), agreements=(energy(day(14), ["RU"]),)),
                   reading(doc("b", published=day(8)), agreements=(energy(None, ["RU"]),))])
    assert len(fusion.positions) == 2


def test_exchanges_with_the_same_numbers_and_close_dates_are_one() -> None:
    fusion = fuse([reading(doc("a"), exchanges=(swap(day(8)),)),
                   reading(doc("b"), exchanges=(swap(day(8)), swap(day(8), 23, None))),
                   reading(doc("c"), exchanges=(swap(day(60)),))])
    assert sorted(len(x.sources) for x in fusion.exchanges) == [1, 1, 2]


def test_meetings_in_a_city_and_in_its_country_on_one_day_are_one() -> None:
    talks = (Talks(MARCH_11, "meeting", "Jeddah", ["UA", "US"]),
             Talks(MARCH_11, "meeting", "Saudi Arabia", ["UA", "US"], duration_hours=8))
    [meeting] = fuse([reading(doc("a"), talks=talks[:1]), reading(doc("b"), talks=talks[1:])]).talks
    assert (meeting.record.place, meeting.record.duration_hours) == ("Jeddah", 8)


def test_calls_with_only_one_party_in_common_stay_apart() -> None:
    calls = (Talks(day(7), "call", None, ["RU", "US"]), Talks(day(8), "call", None, ["UA", "US"]))
    assert len(fuse([reading(doc("a"), talks=calls)]).talks) == 2


# --- the corpus -----------------------------------------------------------------------------


@cache
def corpus_readings(name: str) -> tuple[tuple[Document, Reading], ...]:
    docs = [d for d in iter_documents([str(CORPUS / name)]) if isinstance(d, Document)]
    return tuple((d, read_document(d)) for d in docs)


@cache
def seeds_and_dev() -> Fusion:
    return fuse(corpus_readings("seeds") + corpus_readings("dev"))


@needs_corpus
def test_ingesting_seeds_then_dev_or_dev_then_seeds_gives_the_same_fusion() -> None:
    dev_first = fuse(corpus_readings("dev") + corpus_readings("seeds"))

    def summary(fusion: Fusion) -> list[tuple[object, ...]]:
        return sorted((e.id, tuple(e.claims)) for e in fusion.events)

    assert summary(dev_first) == summary(seeds_and_dev())
    assert dev_first == seeds_and_dev()


@needs_corpus
def test_the_11_march_attack_on_moscow_is_one_event_with_every_claimant() -> None:
    moscow = [e for e in seeds_and_dev().events if e.date == MARCH_11 and e.attacker == "UA"
              and any(p.name == "Moscow" for p in e.places)]
    assert len(moscow) == 1
    claimants = {c.claimant for c in moscow[0].claims}
    assert {"Russian Ministry of Defence", "Sergey Sobyanin", None} <= claimants
    assert len({s.document_id for s in moscow[0].sources}) >= 2


@needs_corpus
def test_the_energy_moratorium_of_18_march_is_one_position_with_its_sources() -> None:
    moratorium = [p for p in seeds_and_dev().positions if p.scope == "energy_infrastructure"
                  and p.status == "agreed" and p.date == day(7)]
    assert len(moratorium) == 1
    assert "RU" in moratorium[0].parties
    assert len({s.document_id for s in moratorium[0].sources}) >= 3


@needs_corpus
def test_the_corpus_best_figures_are_whole_numbers_and_claims() -> None:
    fusion = fuse(corpus_readings("seeds") + corpus_readings("dev") + corpus_readings("dev2"))
    bests = [e.best for ev in fusion.events for e in ev.estimates if e.best is not None]
    assert bests and all(b == int(b) for b in bests)
    governors = next(ev for ev in fusion.events if ev.date == dt.date(2025, 8, 2)
                     and any(p.name == "Penza" for p in ev.places))
    killed = next(e for e in governors.estimates if e.metric == "killed")
    assert killed.best == 3  # Penza, Samara and Rostov: one each
