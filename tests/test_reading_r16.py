"""Issue 13, round 16 (strikes): constructions generalised from the sixteenth blind set's strike
reports, grouped by cause in the reader's design; each with test sentences written for the test
(other outlets, orders, sources, numbers) and near-misses that must not be read."""
from __future__ import annotations

import pytest

import ceasefire

PUBLISHED = "2026-02-12"  # a Thursday
AIR_FORCE = "Ukrainian Air Force"
RU_MOD = "Russian Ministry of Defence"

Quantity = tuple[str, str | None, float | None, str | None]


def quantities(text: str, published: str = PUBLISHED) -> list[Quantity]:
    """(metric, weapon, value, claimant) of every figure read from ``text``."""
    reading = ceasefire.read(text, published=published)
    return sorted(((q.metric, q.weapon, q.value, s.claimed_by)
                   for s in reading.strikes for q in s.quantities),
                  key=lambda q: (q[0], q[1] or "", q[2] or -1))


def figures(text: str) -> list[tuple[str, str | None, float | None]]:
    return [q[:3] for q in quantities(text)]


def locations(text: str) -> set[str]:
    reading = ceasefire.read(text, published=PUBLISHED).to_json()
    return {place for s in reading["strikes"] for place in s["locations"]}


def claimant_of(text: str, value: float) -> str | None:
    found = {q[3] for q in quantities(text) if q[2] == value}
    assert len(found) == 1, (value, quantities(text))
    return found.pop()


# --- Tables ---------------------------------------------------------------------------------

# A table of nights: a row's label is its date, a header cell may carry a footnote's mark
# ("Drones down*") and "down" names those brought down; a "Source:" line under the table,
# a note after it on the same line, credits the rows above it.
def test_a_table_of_nights_is_read_by_its_header_and_credited_by_the_source_line() -> None:
    text = ("Weekly air war tracker\n\n"
            "Morning | Drones launched | Drones down\u2020 | Missiles launched | Missiles down\n"
            "Mon 9 Feb | 122 | 101 | 3 | 3\n"
            "Tue 10 Feb | 64 | 52 | - | -\n\n"
            "\u2020 shot down or jammed\n"
            "Source: Ukraine's Air Force daily posts; our own tally. Dashes mean none.\n")
    reading = ceasefire.read(text, published=PUBLISHED)
    rows = {(str(s.date), s.claimed_by, s.attacker): sorted((q.metric, q.weapon, q.value)
                                                       for q in s.quantities)
            for s in reading.strikes if s.quantities}
    assert rows == {
        ("2026-02-09", AIR_FORCE, "RU"): [("intercepted", "drone", 101),
                                          ("intercepted", "missile", 3),
                                          ("launched", "drone", 122), ("launched", "missile", 3)],
        ("2026-02-10", AIR_FORCE, "RU"): [("intercepted", "drone", 52),
                                          ("launched", "drone", 64)],
    }


# --- Figures that count no attack -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a period labelling the sentence before a colon spans every figure after it
    ("Month to date: 3,100 drones and 90 missiles fired; 2,800 drones and 61 missiles "
     "intercepted.", []),
    ("So far this year: 40 missiles launched, 31 destroyed.", []),
    # near-miss: a label that names no period
    ("Overnight: 40 drones launched; 31 destroyed.",
     [("intercepted", "drone", 31), ("launched", "drone", 40)]),
])
def test_a_period_before_a_colon_labels_all_the_sentence_s_figures(
        text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Over the month, about eight in ten drones were brought down.", []),
    ("Roughly one in every five missiles got through to its target.", []),
    # near-miss: a part of a set counted is a count
    ("Air defence shot down nine of the 12 missiles.",
     [("intercepted", "missile", 9), ("launched", "missile", 12)]),
])
def test_a_ratio_counts_nothing(text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("2,500: the number of drones officials fear Russia could field in one night by spring.", []),
    ("9,000 - the drones Russia has launched at Ukraine since the start of the year.", []),
    # near-miss: a figure defined as the night's
    ("214: the number of drones Russia launched overnight, the air force said.",
     [("launched", "drone", 214)]),
])
def test_a_figure_defined_after_it_as_a_forecast_or_a_period_s_total(
        text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("VERIFIED: Did Russia really fire 900 drones at Lviv?", []),
    ("Were 40 missiles shot down over Kyiv last night?", []),
    # near-miss: a statement
    ("Russia fired 40 missiles at Kyiv overnight.", [("launched", "missile", 40)]),
])
def test_a_question_states_no_figure(text: str,
                                     expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Totting up the regional figures from Friday to Sunday, we get some 450 drones in all.",
    "By our count, more than 2,000 drones have been launched since the first of the month.",
])
def test_a_span_of_days_is_a_period(text: str) -> None:
    assert figures(text) == []


def test_a_live_blog_s_correction_retracts_the_figure_it_corrects() -> None:
    text = ("08:10 - Air defences shot down 233 drones overnight, the air force said.\n\n"
            "09:30 - Correction: this blog's 08:10 post initially said 323 drones were shot "
            "down. The air force's figure is 233.")
    assert [q[2] for q in quantities(text)] == [233]


def test_a_toll_revised_by_a_later_time_of_day_replaces_the_first() -> None:
    text = ("The governor said at dawn that one person had been injured; by the evening she "
            "had put the number at four.")
    assert figures(text) == [("injured", None, 4)]


# --- Weapons ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a breakdown by a finer class of the GUIDE after "of them"
    ("Russia launched 36 missiles overnight, 22 of them cruise missiles.",
     [("launched", "cruise_missile", 22), ("launched", "missile", 36)]),
    ("The army downed 58 drones and missiles, 9 of them missiles.",
     [("intercepted", None, 58), ("intercepted", "missile", 9)]),
    # near-miss: types within one class are none (GUIDE)
    ("Russia launched 150 drones overnight, 90 of them Shaheds.", [("launched", "drone", 150)]),
])
def test_a_finer_class_after_of_them_is_a_breakdown(
        text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia fired 6 Iskander-Ms and 4 Kh-101s at Kharkiv overnight.",
     [("launched", "ballistic_missile", 6), ("launched", "cruise_missile", 4)]),
    ("Russia launched five Kh-59s; air defence destroyed both Iskander-Ks it also fired.",
     [("intercepted", "cruise_missile", 2), ("launched", "missile", 5)]),
    ("The enemy fired 3 ballistic rockets and 8 cruise rockets at the region.",
     [("launched", "ballistic_missile", 3), ("launched", "cruise_missile", 8)]),
    # near-miss: "rockets" alone stays artillery
    ("The enemy fired 30 rockets at Nikopol.", [("launched", "artillery", 30)]),
])
def test_models_in_the_plural_and_translated_rockets(
        text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Occupiers used 6 KABs, 11 Lancet drones, 3 FPV drones and Grad systems.",
     [("launched", "drone", 3), ("launched", "drone", 11), ("launched", "guided_bomb", 6)]),
    # near-miss: one figure for two classes is a mixed total
    ("Russia launched 75 drones and missiles at Odesa.", [("launched", None, 75)]),
])
def test_the_last_uncounted_item_of_a_list_is_not_a_second_class(
        text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Impacts by 5 missiles and 12 drones were registered in three regions.",
     [("hit", "drone", 12), ("hit", "missile", 5)]),
    ("Strikes by two ballistic missiles were recorded in Dnipro.",
     [("hit", "ballistic_missile", 2)]),
    # near-miss: impacts of no weapon counted
    ("Impacts of debris were recorded in 4 districts.", []),
])
def test_impacts_by_weapons_are_hits(text: str,
                                     expected: list[tuple[str, str | None, float]]) -> None:
    assert figures(text) == expected


# --- Lists ------------------------------------------------------------------------------------

def test_a_bullet_with_a_figure_in_words_is_an_item_of_the_list() -> None:
    text = ("Overnight, per the air force:\n"
            "- Launched: 96 drones\n"
            "- Destroyed: all but eleven of the drones\n"
            "- of which jammed: 30\n")
    assert figures(text) == [("intercepted", "drone", 30), ("intercepted", "drone", 85),
                             ("launched", "drone", 96)]


# --- Who gives the figures ----------------------------------------------------------------------

@pytest.mark.parametrize("text,value,expected", [
    ("Dzerkalo runs the Air Force's overnight tally: Russia, it says, launched 188 drones.",
     188, AIR_FORCE),
    ("The evening edition of Visti carried a statement from the State Emergency Service "
     "putting the dead at 9.", 9, "State Emergency Service of Ukraine"),
    ("Pravda Kharkova quotes the head of the regional administration, Oleh Syniehubov: "
     "three people were injured.", 3, "Oleh Syniehubov"),
    ("The tabloid cites the Russian defence ministry as saying 40 drones were downed.",
     40, RU_MOD),
    ("Quoting the Air Force, the weekly says 120 drones were shot down overnight.", 120,
     AIR_FORCE),
    ("Segodnya reproduces the air force figures: 75 drones were destroyed.", 75, AIR_FORCE),
    # near-miss: a paper that passes on no one's figures is the outlet's reading
    ("The paper carries photos of the damage: 14 houses and a school were hit by 3 drones.",
     3, None),
])
def test_a_paper_passing_on_figures_credits_its_source(text: str, value: float,
                                                       expected: str | None) -> None:
    assert claimant_of(text, value) == expected


def test_citing_a_title_then_a_name_credits_the_name() -> None:
    text = ("Citing the governor of the Kursk region, Alexander Khinshtein, the agency says "
            "two people were injured by a Ukrainian drone.")
    assert claimant_of(text, 2) == "Alexander Khinshtein"


@pytest.mark.parametrize("text,expected", [
    ("Like the Air Forces of Ukraine communicate, the enemy has used 160 drones.", AIR_FORCE),
    ("Like the Russian ministry of defence reports, 33 drones were destroyed.", RU_MOD),
])
def test_translated_like_x_reports_names_the_source(text: str, expected: str) -> None:
    assert {q[3] for q in quantities(text)} == {expected}


def test_a_reprinted_press_release_introduced_with_asides_is_its_issuer_s() -> None:
    text = ("We publish here, verbatim, the evening statement of the Sumy Regional Military "
            "Administration.\n\n"
            "\"During the day the enemy used 9 guided bombs against the region.\n\n"
            "Two people were injured in Shostka.\"")
    assert {q[3] for q in quantities(text)} == {"Sumy Regional Military Administration"}


# --- Places -------------------------------------------------------------------------------------

def test_a_capital_fronted_before_the_press_there_is_no_place_hit() -> None:
    text = ("In Kyiv, the news agency Ukrinform quotes the General Staff as saying its drones "
            "hit a refinery in the Ryazan region.")
    places = locations(text)
    assert "Kyiv" not in places and "Ryazan Oblast" in places


@pytest.mark.parametrize("text,expected", [
    ("In the night the enemy attacked the region Mykolaiv with 20 drones.", "Mykolaiv Oblast"),
    ("Debris fell in the oblast Chernihiv after 12 drones were downed.", "Chernihiv Oblast"),
])
def test_a_region_noun_before_the_name_names_the_region(text: str, expected: str) -> None:
    assert expected in locations(text)


def test_a_capitalised_district_noun_names_a_place_the_gazetteer_lacks() -> None:
    text = "Russian drones damaged a school in Kharkiv's Saltivskyi Raion, injuring two people."
    assert any(p.startswith("Saltivskyi") for p in locations(text))


@pytest.mark.parametrize("text,absent,present", [
    ("The air raid alert in Odesa lasted four hours; Russian drones hit a port in Izmail.",
     "Odesa", "Izmail"),
    ("Sirens sounded across the Poltava region as 14 drones attacked Kremenchuk.",
     "Poltava Oblast", "Kremenchuk"),
    # near-miss: an attack during an alert is still where it hit
    ("Drones attacked Sumy during an air alert.", "", "Sumy"),
])
def test_where_an_alert_sounded_is_no_place_hit(text: str, absent: str, present: str) -> None:
    places = locations(text)
    assert present in places and absent not in places


# --- Target types -------------------------------------------------------------------------------

def target_types(text: str) -> set[str]:
    reading = ceasefire.read(text, published=PUBLISHED).to_json()
    return {t for s in reading["strikes"] for t in s["target_types"]}


@pytest.mark.parametrize("text,expected", [
    ("Moscow claimed its missiles hit defense industrial enterprises in Dnipro.", {"military"}),
    ("Drones struck a military-industrial complex in Tula overnight.", {"military"}),
    # near-miss: an industrial enterprise of no named use is `other`
    ("Drones struck an industrial enterprise in Tula overnight.", {"other"}),
])
def test_enterprises_of_the_defence_industry_are_military(text: str,
                                                          expected: set[str]) -> None:
    assert target_types(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Kremlin insists it strikes only military targets.", set()),
    ("Kyiv denies targeting residential areas in Belgorod.", set()),
    # near-miss: an attack on military targets
    ("Ukrainian drones struck military targets in Crimea overnight.", {"military"}),
])
def test_what_a_side_says_it_strikes_in_general_is_no_target(text: str,
                                                             expected: set[str]) -> None:
    assert target_types(text) == expected


def test_people_among_those_returned_are_no_casualties() -> None:
    text = ("Ukraine brought home 210 prisoners of war on Monday. Among them were 23 badly "
            "wounded soldiers.")
    assert [q for q in quantities(text) if q[0] in ("killed", "injured")] == []
