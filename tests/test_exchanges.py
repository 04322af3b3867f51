"""Prisoner exchanges and body repatriations: who got how many back, which people, who mediated."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.model import Exchange

THURSDAY = "2025-06-05"


def exchanges(text: str) -> list[Exchange]:
    return ceasefire.read(text, published=THURSDAY).exchanges


def returned(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.returned_to_ua, e.returned_to_ru) for e in exchanges(text)]


@pytest.mark.parametrize("text,count", [
    ("Russia and Ukraine exchanged 140 prisoners each on Wednesday.", 140),
    ("The two countries swapped 95 prisoners of war from each side.", 95),
    ("Kyiv and Moscow carried out a one-for-one exchange of 210 soldiers.", 210),
    ("Kyiv got back 103 defenders in return for as many Russian captives.", 103),
    ("Ukraine and Russia exchanged 246 POWs each, the Russian Defence Ministry said.", 246),
])
def test_a_symmetric_swap_returns_the_same_number_to_each_side(text: str, count: int) -> None:
    assert returned(text) == [(count, count)]


@pytest.mark.parametrize("text,count", [
    ("Ukraine and Russia swapped 180 soldiers and 40 civilians each.", 220),
    ("Russia and Ukraine exchanged 300 servicemen and 25 civilians each.", 325),
])
def test_two_groups_each_are_summed(text: str, count: int) -> None:
    assert returned(text) == [(count, count)]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine brought home 120 Ukrainian soldiers.", (120, None)),
    ("The swap returned 75 wounded Ukrainian soldiers home.", (75, None)),
    ("Russia received 64 Russian servicemen in the swap.", (None, 64)),
    ("Moscow handed over 6,000 bodies of Ukrainian soldiers.", (6000, None)),
    ("Ukraine returned the bodies of 41 Russian soldiers.", (None, 41)),
])
def test_the_nationality_of_the_people_gives_the_direction(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,categories", [
    ("The two countries swapped 95 prisoners of war from each side.", ["soldiers"]),
    ("Ukraine and Russia swapped 180 soldiers and 40 civilians each.", ["civilians", "soldiers"]),
    ("The swap returned 75 wounded Ukrainian soldiers home.", ["wounded", "soldiers"]),
    # the dead are bodies, whoever they were
    ("Ukraine returned the bodies of 41 Russian soldiers.", ["bodies"]),
    ("Kyiv received 310 bodies of fallen servicemen on Friday.", ["bodies"]),
    ("Ukraine got back the remains of 58 defenders and 12 wounded soldiers each.",
     ["bodies", "wounded", "soldiers"]),
])
def test_the_people_counted_give_the_categories(text: str, categories: list[str]) -> None:
    assert [e.categories for e in exchanges(text)] == [categories]


@pytest.mark.parametrize("second,categories", [
    ("Among those freed were several civilians from occupied towns.", ["soldiers", "civilians"]),
    ("The prisoners who came home included seriously wounded men.", ["soldiers", "wounded"]),
    ("Among the POWs released were wounded men jailed for crimes they did not commit.",
     ["soldiers", "wounded"]),
    # not who came back: the exchange keeps its own categories
    ("Among the issues discussed were civilians held in Russia.", ["soldiers"]),
    ("No wounded were among those released.", ["soldiers"]),
])
def test_a_later_sentence_without_a_count_adds_who_was_among_those_returned(
        second: str, categories: list[str]) -> None:
    found = exchanges("Ukraine and Russia swapped 150 prisoners of war each. " + second)
    assert [(e.returned_to_ua, e.categories) for e in found] == [(150, categories)]


def test_two_repatriations_of_bodies_in_one_report_are_one_record() -> None:
    text = ("Ukraine received the bodies of 900 fallen soldiers. "
            "Russia received the bodies of 38 Russian soldiers.")
    assert returned(text) == [(900, 38)]


def test_the_same_figure_mentioned_again_is_the_same_exchange() -> None:
    text = ("Ukraine received 757 bodies under the deal. "
            "Ukraine said the 757 bodies had been returned to Kyiv.")
    found = exchanges(text)
    assert [(e.returned_to_ua, len(e.evidence)) for e in found] == [(757, 2)]


@pytest.mark.parametrize("text,mediator", [
    ("The UAE mediated the swap of 150 prisoners each.", "AE"),
    ("Russia and Ukraine exchanged 84 prisoners each, with the help of the UAE.", "AE"),
    ("The swap, brokered by Qatar, returned 15 Ukrainian civilians home.", "QA"),
    ("Ukraine and Russia exchanged 246 POWs each. The exchange was mediated by Belarus.", "BY"),
    ("Russia and Ukraine exchanged 140 prisoners each on Wednesday.", None),
])
def test_the_mediator_is_the_country_named_with_mediation(text: str,
                                                          mediator: str | None) -> None:
    assert [e.mediator for e in exchanges(text)] == [mediator]


@pytest.mark.parametrize("text,status", [
    ("Russia and Ukraine exchanged 140 prisoners each on Wednesday.", "completed"),
    ("Both sides agreed to swap 1,200 captives each.", "agreed"),
    ("Russia and Ukraine will exchange 500 prisoners each next week.", "announced"),
])
def test_the_verb_gives_the_status(text: str, status: str) -> None:
    assert [e.status for e in exchanges(text)] == [status]


def test_an_exchange_is_dated_by_its_own_sentence() -> None:
    [exchange] = exchanges("Russia and Ukraine exchanged 140 prisoners each on Wednesday.")
    assert exchange.date is not None and exchange.date.isoformat() == "2025-06-04"


@pytest.mark.parametrize("text", [
    "Russia did not release any prisoners.",
    "Ukraine has not yet exchanged the 30 prisoners held in Sumy.",
    "The prisoners were freed after talks.",
])
def test_no_record_without_a_count_of_people_exchanged(text: str) -> None:
    assert exchanges(text) == []
