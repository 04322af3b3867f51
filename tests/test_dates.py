"""Date phrases of war reports, resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from ceasefire.read.dates import DateMention, find_dates

WEDNESDAY = dt.date(2025, 3, 19)  # published on a Wednesday


def dates(sentence: str, published: dt.date = WEDNESDAY,
          anchor: dt.date | None = None) -> list[str]:
    return [m.date.isoformat() for m in find_dates(sentence, published, anchor)]


def only(sentence: str, published: dt.date = WEDNESDAY,
         anchor: dt.date | None = None) -> DateMention:
    found = find_dates(sentence, published, anchor)
    assert len(found) == 1, found
    return found[0]


# (sentence, expected date, kind), published 2025-03-19 (a Wednesday), no anchor.
CASES = [
    ("Russia attacked Kyiv overnight.", "2025-03-19", "overnight"),
    ("Sirens sounded last night across the country.", "2025-03-19", "overnight"),
    ("Drones were downed during the night.", "2025-03-19", "overnight"),
    ("The attack happened on Tuesday.", "2025-03-18", "weekday"),
    ("Early on Saturday morning, drones hit the port.", "2025-03-15", "weekday"),
    ("A second wave came on Tuesday evening.", "2025-03-18", "weekday"),
    ("Explosions were heard on Monday night.", "2025-03-17", "weekday"),
    ("Officials met on Wednesday.", "2025-03-19", "weekday"),
    ("Talks will begin on Sunday in the capital.", "2025-03-23", "weekday"),
    ("The leaders are scheduled to speak by phone on Tuesday.", "2025-03-25", "weekday"),
    ("Officials said the meeting would take place on Friday.", "2025-03-21", "weekday"),
    ("The talks on Sunday will focus on shipping.", "2025-03-23", "weekday"),
    ("They will meet again this coming Monday.", "2025-03-24", "weekday"),
    ("They spoke last Tuesday.", "2025-03-18", "weekday"),
    ("The attacks have continued since Monday.", "2025-03-17", "weekday"),
    ("The city was shelled yesterday.", "2025-03-18", "relative"),
    ("Power is back today.", "2025-03-19", "today"),
    ("More strikes are feared tonight.", "2025-03-19", "today"),
    ("The depot burned this morning.", "2025-03-19", "today"),
    ("The truce was agreed on March 11.", "2025-03-11", "absolute"),
    ("The truce was agreed on 11 March.", "2025-03-11", "absolute"),
    ("The truce was agreed on March 11, 2024.", "2024-03-11", "absolute"),
    ("The depot was hit on Nov. 14.", "2024-11-14", "absolute"),  # not eight months ahead
    ("The plan dates from 2025-03-11.", "2025-03-11", "absolute"),
    ("The ceasefire was agreed on Tuesday, March 18, in a call.", "2025-03-18", "absolute"),
    ("Drones hit the city on the night of 5-6 April.", "2025-04-06", "night_of"),
    ("On the night of 10 to 11 March, drones attacked.", "2025-03-11", "night_of"),
    ("The raid took place overnight on March 11.", "2025-03-11", "night_of"),
    ("On the night of March 11, drones attacked.", "2025-03-11", "night_of"),
    ("The attack came on the night of March 31 to April 1.", "2025-04-01", "night_of"),
    ("Russia launched 20 drones overnight into Sunday.", "2025-03-16", "night_of"),
    ("Explosions were heard on Friday night into Saturday.", "2025-03-15", "night_of"),
    ("The night between Friday and Saturday was loud.", "2025-03-15", "night_of"),
    ("The talks ended a week ago.", "2025-03-12", "relative"),
    ("Moscow said last week that it agreed.", "2025-03-12", "relative"),
    ("Two days later the truce collapsed.", "2025-03-21", "relative"),
    ("A day earlier, Russia struck the port.", "2025-03-18", "relative"),
]


@pytest.mark.parametrize("sentence,expected,kind", CASES)
def test_resolves(sentence: str, expected: str, kind: str) -> None:
    m = only(sentence)
    assert m.date.isoformat() == expected
    assert m.kind == kind
    assert sentence[m.start:m.end] == m.text


def test_abbreviated_month_on_its_own_publication_day() -> None:
    m = only("The refinery was hit on Jan. 24.", published=dt.date(2025, 1, 24))
    assert (m.date, m.text) == (dt.date(2025, 1, 24), "Jan. 24")


def test_night_span_takes_in_the_night_words() -> None:
    m = only("Drones hit the city on the night of 5-6 April.")
    assert m.text == "on the night of 5-6 April"


@pytest.mark.parametrize("sentence,anchor,expected", [
    ("A day earlier, Russia struck the port.", "2025-03-11", "2025-03-10"),
    ("One week later, the moratorium was over.", "2025-03-18", "2025-03-25"),
    ("The next day, the strikes resumed.", "2025-03-11", "2025-03-12"),
    ("The previous night, drones hit the port.", "2025-03-11", "2025-03-11"),
    # weekdays and "overnight" are written relative to the day of publication
    ("The attack happened on Tuesday.", "2025-03-14", "2025-03-18"),
    ("Russia attacked overnight.", "2025-03-18", "2025-03-19"),
])
def test_anchor(sentence: str, anchor: str, expected: str) -> None:
    assert dates(sentence, anchor=dt.date.fromisoformat(anchor)) == [expected]


def test_published_day_is_the_reference_for_yesterday_even_with_an_anchor() -> None:
    assert dates("It was shelled yesterday.", anchor=dt.date(2025, 3, 11)) == ["2025-03-18"]


def test_several_in_order() -> None:
    assert dates("Drones struck overnight, officials said on Tuesday, after the "
                 "March 11 talks.") == ["2025-03-19", "2025-03-18", "2025-03-11"]


# Nothing here is a date.
NEGATIVES = [
    "The war began in February 2022.",
    "The conflict has lasted three years.",
    "Last month, Russia fired more missiles.",
    "Earlier this month, talks stalled.",
    "Earlier this week, the envoy arrived.",
    "Sundays are usually quiet.",
    "Russia may 9 times have tried.",
    "A 30-day truce was proposed.",
    "They met the day before the talks.",
    "The Kh-101 and S-300 were used.",
    "Prices rose 11 percent.",
    "",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, WEDNESDAY) == []


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("It happened on February 30.", WEDNESDAY) == []
    assert find_dates("It happened on 2025-13-45.", WEDNESDAY) == []


def test_causal_due_to_is_not_future() -> None:
    assert dates("It was due to the attack on Monday that power failed.") == ["2025-03-17"]


def test_due_to_before_a_verb_is_future() -> None:
    assert dates("The envoy is due to meet the minister on Monday.") == ["2025-03-24"]


def test_comma_ends_the_future_clause() -> None:
    assert dates("Zelensky said Ukraine would respond, after Russia struck on Tuesday.") == [
        "2025-03-18"]


def test_never_raises() -> None:
    for sentence in ["on the night of", "overnight into", "March", "31 February", "0 days ago",
                     "99 days later", "Tuesday" * 50, "the night of 31 to 32 March"]:
        find_dates(sentence, WEDNESDAY)
        find_dates(sentence, WEDNESDAY, dt.date(1, 1, 1))
        find_dates(sentence, dt.date(9999, 12, 31))


@pytest.mark.parametrize("sentence,published,expected", [
    ("US and Ukrainian delegations meet in Riyadh on 9 January.", dt.date(2025, 12, 22),
     "2026-01-09"),
    ("The truce is to run until January 7.", dt.date(2025, 12, 30), "2026-01-07"),
    # near-misses: a date this year already past, or one far ahead (last year's)
    ("The truce was agreed on 11 November.", dt.date(2025, 12, 22), "2025-11-11"),
    ("The depot was hit on February 20.", dt.date(2025, 12, 22), "2025-02-20"),
])
def test_a_january_date_in_a_late_december_report_is_the_coming_one(
        sentence: str, published: dt.date, expected: str) -> None:
    assert dates(sentence, published) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("According to the Kremlin's readout, published the same evening, Putin agreed.",
     "2025-03-17"),
    ("Zelensky answered the same morning.", "2025-03-17"),
    ("The Kremlin said the same day that it would consider the offer.", "2025-03-17"),
])
def test_the_same_evening_is_the_day_of_the_reference(sentence: str, expected: str) -> None:
    assert dates(sentence, anchor=dt.date(2025, 3, 17)) == [expected]
