"""Claim attribution: who gives the figures of a sentence, across sentences of one report."""
from __future__ import annotations

import pytest

import ceasefire
from ceasefire.read.attribution import AttributionContext, Claimant, find_claimant


def claimant(sentence: str) -> tuple[str, str | None] | None:
    found = find_claimant(sentence, AttributionContext())
    return (found.name, found.side) if found else None


def claimants(*sentences: str) -> list[str | None]:
    """The claimant of each sentence, read in order with one shared context."""
    context, out = AttributionContext(), []
    for sentence in sentences:
        found = find_claimant(sentence, context)
        if found is not None:
            context.remember(found)
        out.append(found.name if found else None)
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("Eleven drones were shot down, according to the Russian Defence Ministry.",
     ("Russian Ministry of Defence", "RU")),
    ("Russia launched 70 drones, according to Ukraine's air force.",
     ("Ukrainian Air Force", "UA")),
    ("According to TASS, six drones were shot down.", ("TASS", "RU")),
])
def test_according_to_names_the_claimant(sentence: str, expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The Ukrainian Air Force said 40 drones were shot down.", ("Ukrainian Air Force", "UA")),
    ("Russia's defence ministry claimed its air defences destroyed 41 drones.",
     ("Russian Ministry of Defence", "RU")),
    ("Zelensky said Russia launched 90 drones.", ("Volodymyr Zelensky", "UA")),
    ("Ukraine's General Staff said it had struck a refinery.",
     ("General Staff of the Armed Forces of Ukraine", "UA")),
    ("In a statement, the Ukrainian Air Force said 19 drones were shot down.",
     ("Ukrainian Air Force", "UA")),
    ("Reuters reported that eight drones were shot down.", ("Reuters", None)),
])
def test_subject_of_a_speech_verb_is_the_claimant(sentence: str,
                                                  expected: tuple[str, str | None]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Twelve drones were shot down over the region, Russian officials said.",
     ("Russian officials", "RU")),
    ("The attack hit a substation, Ukrenergo said in a statement.", ("Ukrenergo", "UA")),
    ("Two people were killed, Andriy Sadovyi wrote on Telegram.", ("Andriy Sadovyi", "UA")),
])
def test_speaker_after_the_figures_is_the_claimant(sentence: str,
                                                   expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Twenty drones were downed, said Governor Vyacheslav Gladkov.",
     ("Vyacheslav Gladkov", "RU")),
    ("Three drones, said Mayor Ihor Terekhov, hit a school.", ("Ihor Terekhov", "UA")),
])
def test_inverted_said_x_names_the_speaker(sentence: str, expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


def test_a_quote_belongs_to_its_speaker() -> None:
    assert claimant('"We shot down 30 drones," the Ukrainian Air Force said.') == \
        ("Ukrainian Air Force", "UA")


def test_passive_by_agent_is_the_claimant() -> None:
    assert claimant("The strike was confirmed by the State Emergency Service.") == \
        ("State Emergency Service of Ukraine", "UA")


@pytest.mark.parametrize("sentence,name", [
    ("Regional governor Oleksandr Prokudin said a man was wounded.", "Oleksandr Prokudin"),
    ("Kharkiv Governor Petro Danylenko said a man was wounded.", "Petro Danylenko"),
    ("Acting Mayor Olena Kravets said a kindergarten was hit.", "Olena Kravets"),
])
def test_titles_before_a_name_are_dropped(sentence: str, name: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == name


def test_a_sentence_with_no_speaker_is_the_outlets_own() -> None:
    assert claimant("Smoke rose over the harbour in Novorossiysk after the attack.") is None


def test_it_claimed_refers_to_the_previous_claimant() -> None:
    assert claimants("The Russian Defence Ministry said 25 drones were shot down.",
                     "It claimed five more were destroyed over the sea.") == \
        ["Russian Ministry of Defence"] * 2


def test_they_said_refers_to_the_previous_claimant() -> None:
    assert claimants("Ukraine's air force said 50 drones were launched.",
                     "They said 20 were downed.") == ["Ukrainian Air Force"] * 2


def test_he_said_refers_to_the_previous_person() -> None:
    assert claimants("The Ukrainian Air Force said 12 drones were launched.",
                     "Mayor Ihor Terekhov said three people were injured.",
                     "He said a school was damaged.") == \
        ["Ukrainian Air Force", "Ihor Terekhov", "Ihor Terekhov"]


def test_the_ministry_added_refers_to_the_previous_ministry() -> None:
    assert claimants("The Russian Defence Ministry said nine drones were shot down.",
                     "Ukraine's air force said 50 drones were launched.",
                     "The ministry added that two more were destroyed.") == \
        ["Russian Ministry of Defence", "Ukrainian Air Force", "Russian Ministry of Defence"]


def test_a_bare_surname_refers_to_the_person_named_before() -> None:
    context = AttributionContext()
    context.remember(Claimant("Petro Danylenko", "UA", "person"))
    found = find_claimant("Danylenko said two houses were damaged.", context)
    assert found is not None and found.name == "Petro Danylenko"


def test_read_gives_the_claimant_to_the_strike() -> None:
    reading = ceasefire.read("Russia launched 64 drones overnight, the Ukrainian Air Force said.",
                             published="2025-06-04")
    assert [s.claimed_by for s in reading.strikes] == ["Ukrainian Air Force"]


def test_read_handles_typographic_quotes() -> None:
    text = "\u201cWe downed 22 drones,\u201d the Russian Defence Ministry said."
    reading = ceasefire.read(text, published="2025-06-04")
    assert [s.claimed_by for s in reading.strikes] == ["Russian Ministry of Defence"]


def test_an_unattributed_sentence_continues_the_report_before_it() -> None:
    text = ("The Ukrainian Air Force said Russia launched 64 drones overnight. "
            "Of these, 40 were shot down over the Chernihiv region.")
    reading = ceasefire.read(text, published="2025-06-04")
    assert [s.claimed_by for s in reading.strikes] == ["Ukrainian Air Force"]
    assert len(reading.strikes[0].quantities) == 2
