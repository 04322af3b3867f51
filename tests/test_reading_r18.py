"""Issue 13, round 18: constructions generalised from the blind sets invented18 and invented19
once they had judged round 17 (they are tuning sets since); each with sentences written for the
test and near-misses."""
from __future__ import annotations

import pytest

import ceasefire

AIR_FORCE = "Ukrainian Air Force"


def credited(text: str, published: str = "2026-03-14") -> list[tuple]:
    reading = ceasefire.read(text, published=published)
    return sorted(((s.claimed_by, q.metric, q.weapon, q.value) for s in reading.strikes
                   for q in s.quantities), key=str)


@pytest.mark.parametrize("line,expected", [
    ("Information of Air Forces of Armed Forces of Ukraine.", AIR_FORCE),
    ("Information from the Air Force of the Armed Forces of Ukraine.", AIR_FORCE),
    ("Data of the Air Force.", AIR_FORCE),
    # near-misses: the outlet's own information, and an agency (no claimant)
    ("Information of our correspondents.", None),
    ("Information from Reuters.", None),
])
def test_a_translated_credit_line_after_the_figures_claims_them(line: str,
                                                                 expected: str | None) -> None:
    text = ("Overnight the enemy attacked with 3 ballistic missiles and 71 strike UAV.\n\n"
            "As of 09:00, air defence shot down/suppressed 58 enemy UAV.\n\n" + line)
    assert {claimant for claimant, *_ in credited(text)} == {expected}


def test_a_transcript_turn_labelled_with_name_and_title_speaks_for_the_body() -> None:
    # the spokesman is introduced only in his own label, in capitals; later turns give his
    # surname alone; the host's turns claim nothing
    text = ("Transcript of a breakfast programme, shortened.\n\n"
            "PRESENTER (MARTA HOLUB): Good morning. How heavy was the night?\n\n"
            "OLEKSANDR MARCHENKO, AIR FORCE SPOKESMAN: Good morning. The enemy used thirty-seven "
            "strike drones and five missiles.\n\n"
            "HOLUB: That is a lot.\n\n"
            "MARCHENKO: Air defence shot down thirty-three drones.")
    assert credited(text) == sorted([
        (AIR_FORCE, "launched", "drone", 37), (AIR_FORCE, "launched", "missile", 5),
        (AIR_FORCE, "intercepted", "drone", 33)], key=str)


def test_a_label_in_capitals_without_a_speaking_title_names_no_speaker() -> None:
    text = ("Regional roundup.\n\n"
            "BREAKING NEWS, LATE EDITION: Russia launched 23 drones at Sumy overnight.")
    assert credited(text) == [(None, "launched", "drone", 23)]


@pytest.mark.parametrize("sentence", [
    "Ukraine came under attack overnight from 58 Russian drones, 41 of which were shot down, "
    "the air force said.",
    "The country was under attack last night by 58 Russian drones, 41 of which were downed or "
    "jammed, the air force said.",
])
def test_under_attack_from_n_drones_is_the_launch(sentence: str) -> None:
    assert credited(sentence) == sorted([(AIR_FORCE, "launched", "drone", 58),
                                         (AIR_FORCE, "intercepted", "drone", 41)], key=str)
