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
    # a count of those among them is no exchange of its own
    ("Among those returned on Monday were 35 badly wounded soldiers.", ["soldiers", "wounded"]),
])
def test_a_later_sentence_without_a_count_adds_who_was_among_those_returned(
        second: str, categories: list[str]) -> None:
    found = exchanges("Ukraine and Russia swapped 150 prisoners of war each. " + second)
    assert [(e.returned_to_ua, e.categories) for e in found] == [(150, categories)]


def test_those_among_the_returned_are_of_the_exchange_carried_out() -> None:
    text = ("Ukraine and Russia swapped 150 prisoners of war each. It was the first stage of a "
            "deal under which each side is to free 900 prisoners. Among those returned were 40 "
            "seriously wounded soldiers.")
    found = exchanges(text)
    assert [(e.returned_to_ua, sorted(e.categories)) for e in found] == [
        (150, ["soldiers", "wounded"]), (900, ["soldiers"])]


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
    ("Ukraine and Russia swapped 40 civilians each in a deal brokered by the Holy See.", "VA"),
    ("Kyiv and Moscow exchanged 25 prisoners each, with Norway mediating.", "NO"),
])
def test_the_mediator_is_the_country_named_with_mediation(text: str,
                                                          mediator: str | None) -> None:
    assert [e.mediator for e in exchanges(text)] == [mediator]


@pytest.mark.parametrize("text,status", [
    ("Russia and Ukraine exchanged 140 prisoners each on Wednesday.", "completed"),
    ("Both sides agreed to swap 1,200 captives each.", "agreed"),
    ("Russia and Ukraine will exchange 500 prisoners each next week.", "announced"),
    # still to come under an agreement: agreed
    ("It is the first stage of the swap agreed in Ankara, under which each side is to free 800 "
     "prisoners.", "agreed"),
    ("Work is under way on the next swap, which both sides have agreed will involve 300 "
     "captives from each side.", "agreed"),
    ("Under the deal reached on Monday, each side will release 650 prisoners.", "agreed"),
    # no agreement: only announced
    ("A new swap will take place next week, with each side set to release 240 prisoners.",
     "announced"),
])
def test_the_verb_gives_the_status(text: str, status: str) -> None:
    assert [e.status for e in exchanges(text)] == [status]


@pytest.mark.parametrize("text", [
    # a month, a year or "last month" with no day: the date is unknown
    "In April, Russia and Ukraine also swapped 64 prisoners each.",
    "Last month, the two sides exchanged 210 captives each in a deal mediated by Qatar.",
    "Kyiv and Moscow swapped 95 soldiers each in March 2024.",
])
def test_an_exchange_in_a_month_with_no_day_is_not_dated(text: str) -> None:
    assert [e.date for e in exchanges(text)] == [None]


def test_how_long_people_were_held_does_not_undate_their_exchange() -> None:
    text = ("Russia and Ukraine swapped 120 soldiers each on May 2. Russia also received five "
            "civilians who had been held in Sumy since January 2025.")
    assert [str(e.date) for e in exchanges(text)] == ["2025-05-02", "2025-05-02"]


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


@pytest.mark.parametrize("text,count", [
    # a swap between the two sides told with one number is that number each way
    ("Russia and Ukraine swapped 95 prisoners on Monday.", 95),
    ("Kyiv and Moscow carried out an exchange of 130 captives.", 130),
    ("Each side handed over 140 captives, the ministry said.", 140),
    ("On Sunday, Moscow and Kyiv each freed 115 servicemen.", 115),
    ("A swap that has seen 610 soldiers from both sides returning home ended on Sunday.", 610),
    ("The exchange of 90 for 90 took place on Friday.", 90),
])
def test_a_swap_of_both_sides_told_once_is_that_number_each_way(text: str, count: int) -> None:
    assert returned(text) == [(count, count)]


@pytest.mark.parametrize("text", [
    "In total, more than 4,000 prisoners have been swapped since 2022.",
    "Kyiv and Moscow held a swap involving 330 captives.",
])
def test_a_total_of_both_sides_is_not_what_each_got(text: str) -> None:
    assert returned(text) == []


def test_a_total_beside_the_count_each_side_got_is_left_out() -> None:
    text = "The two sides carried out a swap of 260 servicemen -- 130 from each side -- on Monday."
    assert returned(text) == [(130, 130)]


def test_a_stage_and_the_whole_swap_are_two_records() -> None:
    text = "Moscow and Kyiv completed the final 240 of the 600-for-600 swap on Sunday."
    assert returned(text) == [(240, 240), (600, 600)]


def test_a_stage_and_the_running_total_in_one_sentence_are_two_records() -> None:
    text = ("Kyiv and Moscow swapped 150 soldiers each on Tuesday, the third stage of a swap "
            "that has returned 450 servicemen from both sides.")
    assert returned(text) == [(150, 150), (450, 450)]


def test_the_whole_swap_holds_whoever_came_back_in_its_stages() -> None:
    text = ("Russia and Ukraine exchanged 100 soldiers each on Monday. On Tuesday they swapped "
            "50 civilians each. The swap has now returned 150 people from each side.")
    whole = [e for e in exchanges(text) if e.returned_to_ua == 150]
    assert [sorted(e.categories) for e in whole] == [["civilians", "soldiers"]]


@pytest.mark.parametrize("text,expected", [
    # who received, who gave, where from
    ("Kyiv received 650 bodies from Russia on Thursday.", (650, None)),
    ("Ukraine on Tuesday received 480 bodies from Moscow.", (480, None)),
    ("Russia handed over 909 bodies, the Ukrainian side said.", (909, None)),
    ("Moscow says it received 61 soldiers in the swap.", (None, 61)),
    ("Kyiv said it had repatriated the bodies of 512 defenders.", (512, None)),
    # two sides, two numbers: one exchange
    ("Ukraine handed over 52 prisoners while Russia released 48.", (48, 52)),
    ("The bodies of 700 soldiers were handed over to Ukraine, and 15 to Russia.", (700, 15)),
    ("Russia returned 1,000 bodies to Ukraine and received 24 in return, officials said.",
     (1000, 24)),
    ("Kyiv received 650 bodies in a 650-for-19 repatriation.", (650, 19)),
    # the side that acts is the one after the count before it
    ("Kyiv got back 84 POWs and Moscow received 84 of its servicemen.", (84, 84)),
    ("Ukraine received 317 bodies on Friday and Russia got back 12.", (317, 12)),
    ("Some 81 Ukrainian POWs came home, while Moscow said it got back 75 soldiers.", (81, 75)),
])
def test_who_received_or_gave_the_people_gives_the_direction(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine brought home 160 soldiers and 15 civilians on Saturday.", (175, None)),
    # a subset is not added: it only names who came back
    ("Russia and Ukraine each freed 115 servicemen on Monday, including 12 wounded.", (115, 115)),
    ("Ukraine brought home 90 Ukrainian defenders, adding that three civilians were among them.",
     (90, None)),
])
def test_groups_of_people_are_added_and_subsets_are_not(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_the_bodies_of_the_dead_with_spaced_thousands() -> None:
    found = exchanges("The bodies of 1 200 dead were returned to Ukraine.")
    assert [(e.returned_to_ua, e.categories) for e in found] == [(1200, ["bodies"])]


def test_two_exchanges_in_one_sentence_have_their_own_status() -> None:
    text = ("Last month the two sides agreed to swap 900 captives each, and a negotiator said "
            "Russia had offered to return the bodies of 2,000 Ukrainian soldiers.")
    assert [(e.returned_to_ua, e.returned_to_ru, e.status) for e in exchanges(text)] == [
        (900, 900, "agreed"), (2000, None, "announced")]


def test_a_completed_exchange_the_report_does_not_date_is_the_reports_news() -> None:
    [exchange] = exchanges("The bodies of 800 soldiers have been returned to Ukraine.")
    assert exchange.date is not None and exchange.date.isoformat() == THURSDAY


@pytest.mark.parametrize("text,mediator", [
    ("The exchanges were mediated by Qatar and the United Arab Emirates. "
     "Russia and Ukraine swapped 60 soldiers each.", "QA"),
    ("Russia and Ukraine swapped 60 soldiers each. The swap was mediated by the United States "
     "and the UAE.", "US"),
    # a body that is not a state, named first
    ("Russia and Ukraine swapped 60 soldiers each, mediated by the Red Cross and Qatar.", None),
    # a swap told after the mediator's sentence is not said to be mediated
    ("Russia and Ukraine swapped 60 soldiers each. Qatar mediated the swap. In March, Russia "
     "and Ukraine swapped 45 soldiers each.", "QA"),
])
def test_the_mediator_is_the_first_state_named(text: str, mediator: str | None) -> None:
    assert exchanges(text)[0].mediator == mediator
    assert all(e.mediator is None for e in exchanges(text)[1:])


@pytest.mark.parametrize("text,mediators", [
    # the next sentence names the mediation, with no exchange word
    ("Russia and Ukraine swapped 84 soldiers each on Monday. Mediation was provided by Qatar, "
     "the ministry added.", ["QA"]),
    # a sentence's own exchange holds the mediator it names; the others do not
    ("Kyiv received 900 bodies on Friday. Moscow got 40. In May, each side also freed 70 "
     "soldiers in a swap mediated by the UAE.", [None, "AE"]),
    # "the exchange": the one carried out, not the one only agreed
    ("Russia and Ukraine swapped 100 soldiers each, the first stage of a deal under which each "
     "side is to free 500. The exchange was mediated by Turkey.", ["TR", None]),
])
def test_a_mediator_is_credited_to_the_exchanges_it_is_said_of(
        text: str, mediators: list[str | None]) -> None:
    assert [e.mediator for e in exchanges(text)] == mediators


def test_the_two_halves_of_a_swap_in_two_sentences_are_one_record() -> None:
    text = ("Moscow said 120 Russian servicemen had come back from captivity. In return, the "
            "Ukrainian side received 120 soldiers.")
    assert returned(text) == [(120, 120)]


def test_people_the_swap_also_included_are_added_to_it() -> None:
    text = ("Russia and Ukraine swapped 140 soldiers each on Monday. The exchange also included "
            "15 civilians from each side. An official confirmed that both sides freed 15 "
            "civilians each.")
    found = exchanges(text)
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories) for e in found] == [
        (155, 155, ["soldiers", "civilians"])]


def test_a_side_receiving_people_is_an_exchange_of_its_own() -> None:
    text = ("On May 3 both sides freed 90 soldiers each. Moscow also received six civilians "
            "from the border areas.")
    assert returned(text) == [(90, 90), (None, 6)]


def test_the_remains_of_individuals_given_by_each_side() -> None:
    text = ("On June 2 the two sides traded the dead: Russia returned the remains of 800 "
            "individuals, while Ukraine returned 30.")
    found = exchanges(text)
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories) for e in found] == [
        (800, 30, ["bodies"])]


@pytest.mark.parametrize("text,expected", [
    ("The first stage of the swap saw 390 prisoners returned to each side.", (390, 390)),
    ("Russia and Ukraine released 205 prisoners of war on Tuesday.", (205, 205)),
    ("Both sides handed over 75 captives on Friday.", (75, 75)),
    ("In the swap, 84 Ukrainians were freed in exchange for 84 Russians.", (84, 84)),
    ("Ukraine said 307 of its soldiers had returned home in the swap.", (307, None)),
    ("Ukraine returned 150 defenders from captivity on Monday.", (150, None)),
    # the side named after the verb acts in its stead; the nationality of the people does not act
    ("Ukraine received the bodies of 909 soldiers, Russia 34.", (909, 34)),
    ("Kyiv said it received the bodies of 6,057 fallen soldiers, while Moscow got 78.",
     (6057, 78)),
    ("Russia handed over the bodies of 6,060 Ukrainian soldiers and received 78 in return.",
     (6060, 78)),
])
def test_more_ways_of_telling_who_got_whom(text: str,
                                           expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text", [
    "The police said 40 people had returned home after the evacuation.",
    "Ukraine says more than 8,000 Ukrainians are held in Russian captivity.",
    "Since 2022, Ukraine has returned more than 5,000 people from captivity.",
])
def test_people_who_are_not_those_of_an_exchange(text: str) -> None:
    assert returned(text) == []


@pytest.mark.parametrize("text,expected", [
    # a side that tells of people returned, with no word of where they went, tells of its own
    ("Russia's defence ministry said 150 servicemen had been returned from Kherson.",
     (None, 150)),
    ("Zelensky said 95 defenders were returned in the swap.", (95, None)),
    # the people given in return went the other way
    ("Russian forces released 12 civilians in exchange for 12 soldiers.", (12, 12)),
    ("Kyiv freed 40 soldiers in return for 35 Ukrainian civilians.", (35, 40)),
])
def test_the_speakers_own_people_and_those_given_in_return(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_each_clause_of_a_sentence_has_its_own_date() -> None:
    text = "On Monday the sides exchanged 210 captives each; on Tuesday, 180 each."
    assert [(e.returned_to_ua, str(e.date)) for e in exchanges(text)] == [
        (210, "2025-06-02"), (180, "2025-06-03")]


def test_the_whole_swap_takes_the_people_its_stage_names() -> None:
    text = "Kyiv and Moscow completed their 800-for-800 swap on Sunday, trading 260 POWs each."
    assert [(e.returned_to_ua, e.categories) for e in exchanges(text)] == [
        (800, ["soldiers"]), (260, ["soldiers"])]


@pytest.mark.parametrize("text,expected", [
    ("Some 84 prisoners were exchanged, the ministry said.", [(84, 84)]),
    ("Kyiv and Moscow freed 280 POWs each on Tuesday, Zelensky said, after 350 were swapped "
     "in May.", [(280, 280), (350, 350)]),
])
def test_people_who_were_swapped_went_each_way(
        text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert returned(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("As part of a deal reached in Ankara, 600 prisoners from each side were exchanged.",
     [(600, "completed")]),
    ("Russia and Ukraine agreed to exchange 900 prisoners each, and 310 were swapped on Friday.",
     [(900, "agreed"), (310, "completed")]),
])
def test_the_peoples_own_verb_gives_the_status(text: str,
                                               expected: list[tuple[int, str]]) -> None:
    assert [(e.returned_to_ua, e.status) for e in exchanges(text)] == expected


def test_an_agreed_swap_is_not_dated_by_another_clause() -> None:
    text = ("Russia and Ukraine agreed to exchange 900 prisoners each, and 310 were swapped on "
            "Friday.")
    assert [e.date for e in exchanges(text)][0] is None


def test_people_given_in_return_with_their_noun_left_out() -> None:
    assert returned("Ukraine brought home 1,000 bodies in exchange for 24.") == [(1000, 24)]


@pytest.mark.parametrize("text", [
    "Ukraine has captured 1,000 Russian soldiers in Kursk, whom it hopes to exchange.",
    "Russia holds 8,000 Ukrainian prisoners, Kyiv says, and has freed 4,000 since the war began.",
    "Russia is holding some 150 Ukrainian civilians it detained in Kursk, whom Kyiv wants back.",
])
def test_people_captured_or_held_are_no_exchange(text: str) -> None:
    assert returned(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The 120 civilians, who had been held in Bryansk since 2024, were returned to Ukraine.",
     (120, None)),
    ("Ukraine is bringing home 150 civilians held in Kursk.", (150, None)),
])
def test_held_after_the_people_is_what_they_were(text: str,
                                                 expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # "X and Y exchanged the dead: X received …": the side after the colon acts alone
    ("On 4 May Kyiv and Moscow swapped the dead: Ukraine received 620 bodies, while 18 bodies "
     "were handed over to the Russian side.", (620, 18)),
    ("Russia and Ukraine held a repatriation: Russia handed over 512 bodies, while Ukraine "
     "returned 40.", (512, 40)),
    # "to the Ukrainian side" is where the people went
    ("The two countries exchanged bodies: 430 were handed over to the Ukrainian side and 25 "
     "to Russia.", (430, 25)),
])
def test_a_swap_told_after_a_colon_side_by_side(text: str,
                                                expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # the other half of a swap in the next sentence, its people left out
    ("Ukraine got back 312 soldiers on Monday. Russia received 290.", (312, 290)),
    ("Kyiv received the bodies of 845 soldiers from Russia, officials said. Moscow got 31 in "
     "return.", (845, 31)),
    # "the same number": as many as the other side got
    ("On Friday, 140 Ukrainians returned home from captivity, Kyiv said. Russia received the "
     "same number of people.", (140, 140)),
    ("Moscow said 65 Russian servicemen had come back from captivity. Ukraine got back as "
     "many.", (65, 65)),
    ("On Tuesday 180 Ukrainian defenders returned home. An equal number of Russian servicemen "
     "were handed over to Moscow.", (180, 180)),
])
def test_the_other_half_in_the_next_sentence_with_its_people_left_out(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_a_bare_count_in_another_paragraph_is_no_half() -> None:
    assert returned("Ukraine got back 312 soldiers on Monday.\n\nRussia received 290.") == [
        (312, None)]


@pytest.mark.parametrize("text,expected", [
    # a one-sided release beside a swap is an exchange of its own
    ("Russia and Ukraine swapped 75 soldiers each on Monday. Also on Monday, Kyiv handed back "
     "three Russian civilians from the Belgorod region.", [(75, 75), (None, 3)]),
    ("Moscow sent back four Ukrainian civilians on Sunday.", [(4, None)]),
])
def test_a_side_handing_back_people(text: str,
                                    expected: list[tuple[int | None, int | None]]) -> None:
    assert returned(text) == expected


@pytest.mark.parametrize("text,categories", [
    # who was swapped, named with no number, are the people of the count after it
    ("Russia and Ukraine exchanged severely wounded prisoners of war on Thursday, with 103 "
     "Russian servicemen returning from captivity.", ["wounded", "soldiers"]),
    ("Kyiv and Moscow swapped seriously ill and wounded captives, 48 for 48.",
     ["wounded", "soldiers"]),
    ("The sides swapped civilians on Monday: 12 Ukrainians came home.", ["civilians"]),
])
def test_the_people_a_swap_is_of_give_categories(text: str, categories: list[str]) -> None:
    assert [sorted(e.categories) for e in exchanges(text)] == [sorted(categories)]


@pytest.mark.parametrize("text,expected", [
    # a one-sided count, then "an equal number" in the same sentence: both ways
    ("On Tuesday, 120 Ukrainian soldiers came home and an equal number of Russian servicemen "
     "were returned.", (120, 120)),
    ("Moscow received 95 captives, and the same number of Ukrainian prisoners went back to Kyiv "
     "on Monday.", (95, 95)),
    ("Kyiv freed 40 Russian POWs on Wednesday, while an equal number of Ukrainian defenders "
     "returned home.", (40, 40)),
])
def test_an_equal_number_after_a_one_sided_count_goes_the_other_way(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("second,categories", [
    # "those coming home include … N wounded": a part of the swap, its categories only
    ("\n\nThose coming home include marines and border guards, as well as 19 seriously wounded "
     "defenders.", ["soldiers", "wounded"]),
    (" Those who came back home included 22 wounded soldiers.", ["soldiers", "wounded"]),
    (" The freed men include 12 civilians and 30 injured marines.",
     ["soldiers", "wounded", "civilians"]),
    (" The men going home include several civilians.", ["soldiers", "civilians"]),
])
def test_those_returned_include_people_counted_in_part(second: str,
                                                       categories: list[str]) -> None:
    found = exchanges("Ukraine and Russia swapped 150 prisoners of war each." + second)
    assert [(e.returned_to_ua, sorted(e.categories)) for e in found] == [
        (150, sorted(categories))]


def test_the_swap_that_included_more_people_still_adds_them() -> None:
    text = ("Ukraine and Russia swapped 150 prisoners of war each. The swap also included 20 "
            "civilians from each side.")
    assert returned(text) == [(170, 170)]


@pytest.mark.parametrize("text,expected", [
    # "brought N people home": people returned to Ukraine
    ("The previous one, on May 3, brought 157 Ukrainian defenders home.", (157, None)),
    ("In March, an exchange brought 64 Ukrainian marines back home.", (64, None)),
])
def test_brought_people_home(text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_the_civilians_returned_are_those_of_the_swap_that_returned_civilians() -> None:
    text = ("On Saturday Russia and Ukraine each handed over 90 servicemen and 15 civilians. On "
            "Friday 200 Ukrainian soldiers came home and as many Russian troops were returned. "
            "Among the civilians returned to Ukraine were teachers from Melitopol.")
    assert [(e.returned_to_ua, sorted(e.categories)) for e in exchanges(text)] == [
        (105, ["civilians", "soldiers"]), (200, ["soldiers"])]


@pytest.mark.parametrize("text,expected", [
    # where the people were held: they went to the other side
    ("On Monday 12 soldiers returned from Russian captivity.", (12, None)),
    ("In addition, six residents of the Kursk region who had been unlawfully held in Ukraine "
     "were brought back as part of the same process.", (None, 6)),
    ("Eight residents of the Belgorod region held in Ukraine since last summer were returned on "
     "Sunday.", (None, 8)),
    ("Kyiv said 14 civilians held captive in Russia had been freed on Tuesday.", (14, None)),
])
def test_people_held_by_one_side_went_to_the_other(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_residents_brought_back_are_civilians() -> None:
    text = "Five residents of the Bryansk region held in Ukraine were brought back on Friday."
    assert [e.categories for e in exchanges(text)] == [["civilians"]]


@pytest.mark.parametrize("text", [
    # information released, not people: no exchange
    "The regional police, in a statement released on Friday, reported three dead and 11 people "
    "in hospital.",
    "The governor released a video showing two dead and 14 wounded after the strike.",
    "Officials released new figures: four dead and 20 people injured.",
])
def test_a_statement_released_is_no_release_of_people(text: str) -> None:
    assert exchanges(text) == []


@pytest.mark.parametrize("second,categories", [
    # "the swap would include …": who an agreed swap is to return
    (" Umerov said the swap would be carried out in stages and would include wounded and "
     "seriously ill soldiers.", ["soldiers", "wounded"]),
    (" The exchange is expected to include civilians detained in occupied areas.",
     ["civilians", "soldiers"]),
    (" The exchange will not include civilians.", ["soldiers"]),
])
def test_what_a_swap_will_include_adds_to_it(second: str, categories: list[str]) -> None:
    found = exchanges("Negotiators agreed on Monday to exchange 800 prisoners of war on each "
                      "side." + second)
    assert [(e.status, sorted(e.categories)) for e in found] == [("agreed", categories)]


@pytest.mark.parametrize("text,date", [
    # the dateline is the report's, not the exchange's day
    ("GENEVA, June 4 (Wire) - Negotiators ended talks on Tuesday with an agreement to exchange "
     "800 prisoners of war on each side.", "2025-06-03"),
    ("ISTANBUL, June 4 - Kyiv and Moscow swapped 90 soldiers each on Monday.", "2025-06-02"),
])
def test_a_dateline_does_not_date_the_exchange(text: str, date: str) -> None:
    assert [str(e.date) for e in exchanges(text)] == [date]


@pytest.mark.parametrize("text,expected", [
    # "N soldiers came home", "N Russians were handed over to Moscow"
    ("Twenty-five Ukrainian civilians and 15 soldiers came home on Thursday, while 40 Russians "
     "were handed over to Moscow.", (40, 40)),
    ("On Friday 60 Ukrainian POWs came back home.", (60, None)),
    # the people counted are no side acting: "freed 95 Russian troops and got back 95"
    ("In the swap, Ukraine freed 95 Russian troops and got back 95 of its own soldiers.",
     (95, 95)),
    ("Kyiv released 30 Russian servicemen and received 30 Ukrainian defenders in return.",
     (30, 30)),
    # a date's day before a side is no count of people: the side acts
    ("On March 3, Ukraine received 640 bodies and Russia 38.", (640, 38)),
    ("By April 9, 2026, Kyiv had got back 75 soldiers and Moscow 60.", (75, 60)),
])
def test_people_coming_home_and_handed_over(text: str,
                                            expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text", [
    # a total since a time, whatever its figure, is no exchange
    "Ukraine said it had repatriated the bodies of 6,000 soldiers since June, though Moscow "
    "disputed the figure.",
    "Kyiv has brought home 4,552 Ukrainians from captivity so far.",
    # the period put first
    "Since the start of the year, 2,318 Ukrainians have come back from Russian captivity, "
    "the ombudsman said.",
    "So far this year, Moscow has received 640 of its servicemen back in swaps.",
])
def test_a_total_since_a_time_is_no_exchange(text: str) -> None:
    assert exchanges(text) == []


@pytest.mark.parametrize("text,expected", [
    # how long they were held, or the swap's rank since a time, is no total
    ("Ukraine got back 150 soldiers held since 2022 on Monday.", (150, None)),
    ("The largest swap since 2022 saw 270 servicemen and 120 civilians each released on "
     "Friday.", (390, 390)),
    ("Since the talks in May, the two sides have held one swap: on Friday 75 soldiers were "
     "returned to Ukraine.", (75, None)),
])
def test_since_of_the_people_held_or_of_the_swap_keeps_it(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # a stage of the exchange told before, its people left out: that exchange's people and way
    ("Kyiv and Moscow agreed in Istanbul to exchange 1,000 prisoners each. The first 390 were "
     "swapped on Friday, and the rest over the weekend.",
     [(1000, 1000, ["soldiers"]), (390, 390, ["soldiers"])]),
    ("Russia and Ukraine swapped 300 prisoners each on Monday. Another 150 were freed on "
     "Tuesday.", [(300, 300, ["soldiers"]), (150, 150, ["soldiers"])]),
    ("Ukraine got back 120 soldiers on Monday. Another 30 were released on Tuesday.",
     [(120, None, ["soldiers"]), (30, None, ["soldiers"])]),
    ("Kyiv and Moscow agreed to exchange 1,000 prisoners each. The remaining 303 will be "
     "released next week.", [(1000, 1000, ["soldiers"]), (303, 303, ["soldiers"])]),
    # not a stage: people killed
    ("Ukraine got back 120 soldiers on Monday. Another 30 were killed in shelling.",
     [(120, None, ["soldiers"])]),
])
def test_a_stage_told_after_the_exchange(
        text: str, expected: list[tuple[int | None, int | None, list[str]]]) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories) for e in exchanges(text)] == \
        expected


def test_people_held_since_a_year_are_counted() -> None:
    text = ("Zelensky said 84 Ukrainians were coming home, including soldiers held since 2014. "
            "Russia's defence ministry said it had received 84 servicemen.")
    assert returned(text) == [(84, 84)]


@pytest.mark.parametrize("text,expected", [
    # "POWs of the Armed Forces of Ukraine", "soldiers of the Russian army": their side
    ("On June 3, 150 Russian servicemen were returned from territory controlled by the Kyiv "
     "regime. In return, 150 POWs of the Armed Forces of Ukraine were handed over.", (150, 150)),
    ("Kyiv handed back 40 soldiers of the Russian army on Monday.", (None, 40)),
])
def test_the_forces_people_belong_to_give_their_side(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


def test_the_people_a_count_includes_named_with_no_number() -> None:
    text = ("Zelensky said 84 Ukrainians were coming home on Sunday after long months in "
            "captivity, including soldiers and civilians held since 2014.")
    assert [sorted(e.categories) for e in exchanges(text)] == [["civilians", "soldiers"]]


@pytest.mark.parametrize("text,expected", [
    ("On Saturday a further 120 people were exchanged for 120, among them seriously wounded "
     "servicemen and eight civilians, the headquarters said.",
     [(120, 120, ["wounded", "civilians", "soldiers"])]),
    ("On Friday Russia and Ukraine swapped 150 prisoners each, including wounded soldiers, "
     "medics and 12 civilians.", [(150, 150, ["wounded", "civilians", "soldiers"])]),
    ("Kyiv got back 75 POWs on Monday, among them wounded marines, medics and three "
     "civilians.", [(75, None, ["wounded", "civilians", "soldiers"])]),
    # near-miss: a count after the list, of its own
    ("Kyiv got back 75 POWs, among them wounded marines, and Moscow received 75 soldiers.",
     [(75, 75, ["wounded", "soldiers"])]),
])
def test_a_count_late_in_a_list_of_those_among_them_is_a_part(
        text: str, expected: list[tuple[int, int | None, list[str]]]) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories)
            for e in exchanges(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("On May 2, 390 Ukrainian prisoners of war came home and Russia received 390 of its own.",
     [(390, 390)]),
    ("On Tuesday Ukraine got back 95 defenders, and Russia received 95 of their own.",
     [(95, 95)]),
    ("Russia handed over 120 Ukrainian soldiers on Monday, and Ukraine returned 60 of its own "
     "to Russia.", [(120, 60)]),
])
def test_of_its_own_after_a_verb_of_receiving_is_the_other_way(
        text: str, expected: list[tuple[int, int]]) -> None:
    assert returned(text) == expected


def test_a_side_after_a_list_of_those_among_them_gives_its_own_count() -> None:
    assert returned("On Friday Ukraine received 100 soldiers, including wounded and medics, "
                    "and Russia received 100.") == [(100, 100)]


def test_stages_said_mediated_in_a_paragraph_of_its_own_take_the_mediator() -> None:
    found = exchanges("In Monday's first stage, 84 Ukrainian servicemen returned home in "
                      "exchange for 84 Russian soldiers. On Tuesday another 120 prisoners "
                      "were exchanged for 120.\n\nBoth stages were mediated by the United "
                      "Arab Emirates, the headquarters said.")
    assert [(e.returned_to_ua, e.mediator) for e in found] == [(84, "AE"), (120, "AE")]


def test_a_stage_of_a_journey_mediated_is_no_exchange() -> None:
    assert exchanges("The first stage of the talks was mediated by Turkey.") == []


@pytest.mark.parametrize("text,expected", [
    ("Eleven Ukrainian children who had been taken to Russia returned to Ukraine on Thursday, "
     "while four children were reunited with relatives in Russia, under an arrangement "
     "mediated by Qatar.", [(11, 4, ["civilians"], "QA")]),
    ("In December, Qatar helped bring 14 children back to Ukraine.",
     [(14, None, ["civilians"], None)]),
    ("Six teenagers deported to Russia were brought back to Ukraine on Monday.",
     [(6, None, ["civilians"], None)]),
    # near-misses: children counted in a strike, children taken away
    ("Three children were killed in the strike on Kharkiv, and rescuers returned to the site "
     "on Monday.", []),
])
def test_children_returned_are_civilians_of_an_exchange(
        text: str, expected: list[tuple[int | None, int | None, list[str], str | None]]) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories, e.mediator)
            for e in exchanges(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine and Russia completed the second stage of a prisoner exchange on Saturday, "
     "bringing to 204 the number of captives each side has recovered under the deal.",
     [(204, 204)]),
    # near-misses: a total over a period
    ("The exchange on Friday brought to 5,000 the number of prisoners freed this year.", []),
    ("The swap on Friday brought to 1,200 the number of prisoners returned to Ukraine since "
     "2022.", []),
])
def test_bringing_to_n_the_number_of_people_counts_them(
        text: str, expected: list[tuple[int, int]]) -> None:
    assert returned(text) == expected


def test_swaps_adding_up_one_way_only_are_no_stages_of_a_whole() -> None:
    found = exchanges("On Monday 11 children returned to Ukraine, while four children were "
                      "reunited with relatives in Russia. On Tuesday Ukraine and Russia swapped "
                      "25 wounded prisoners each. In May, 14 children were brought back to "
                      "Ukraine.")
    assert [(e.returned_to_ua, e.categories) for e in found] == [
        (11, ["civilians"]), (25, ["wounded", "soldiers"]), (14, ["civilians"])]


@pytest.mark.parametrize("text,categories", [
    ("The two sides agreed on Thursday to exchange 1,200 prisoners each, among them all the "
     "severely wounded and those under 25.", ["wounded", "soldiers"]),
    ("Kyiv and Moscow swapped 300 captives each on Monday, among them a number of civilians "
     "held since 2022.", ["civilians", "soldiers"]),
])
def test_people_named_after_among_them_far_from_the_count_are_categories(
        text: str, categories: list[str]) -> None:
    assert [e.categories for e in exchanges(text)] == [categories]


@pytest.mark.parametrize("text,date", [
    ("Lubinets and Moskalkova spoke by phone on Monday. During the call, the two agreed that "
     "35 civilians held by each side would be exchanged soon.", "2025-06-02"),
    ("Russian and Ukrainian delegations met in Istanbul on Tuesday. During the talks they "
     "agreed to swap 500 prisoners each.", "2025-06-03"),
    # near-miss: an exchange agreed at talks the paragraph does not date
    ("This is the first stage of the exchange agreed at the talks in Geneva, under which each "
     "side is to release 1,200 prisoners.", "None"),
])
def test_an_exchange_agreed_during_the_talks_told_takes_their_day(text: str, date: str) -> None:
    assert [str(e.date) for e in exchanges(text) if e.status == "agreed"] == [date]


@pytest.mark.parametrize("text,expected", [
    ("Sixty Ukrainian prisoners of war came home on Tuesday.\n\n"
     "In return, Ukraine handed over 48 Russian soldiers, officials in Kyiv said.", (60, 48)),
    ("Kyiv received 250 bodies of fallen defenders on Monday.\n\n"
     "Moscow was given 19 bodies in exchange, its health ministry said.", (250, 19)),
    ("Russia's defence ministry said 90 Russian servicemen were freed on Friday.\n\n"
     "In exchange, 95 Ukrainian defenders went home, Zelensky wrote.", (95, 90)),
])
def test_the_other_half_opened_by_in_return_may_follow_in_the_next_paragraph(
        text: str, expected: tuple[int, int]) -> None:
    assert returned(text) == [expected]


def test_in_return_two_paragraphs_later_or_in_exchange_for_is_no_other_half() -> None:
    # near-misses: a paragraph between them; "in exchange for" names the people given back
    assert returned("Sixty Ukrainian prisoners came home on Tuesday.\n\nThe talks go on.\n\n"
                    "In return, Ukraine handed over 48 Russian soldiers.") == [(60, None),
                                                                             (None, 48)]
    assert returned("Sixty Ukrainian prisoners came home on Tuesday.\n\n"
                    "Russia freed 12 Ukrainian civilians in exchange for 12 Russian soldiers.") \
        == [(60, None), (12, 12)]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine received 300 bodies on Friday. Russia was given 41 in return.", (300, 41)),
    ("Kyiv was handed 75 POWs on Monday, and Moscow was sent 75 of its own soldiers.", (75, 75)),
    ("Ukraine got back 120 prisoners on Sunday. Russia had been given 120 in exchange.",
     (120, 120)),
])
def test_a_side_that_was_given_people_received_them(
        text: str, expected: tuple[int, int]) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru) for e in exchanges(text)][:1] == [expected]


def test_a_side_given_a_list_of_names_received_no_people() -> None:
    assert returned("The Russian side was given the names of 300 missing soldiers.") == []


@pytest.mark.parametrize("text,mediator", [
    ("The United Arab Emirates and the United States were credited by both Kyiv and Moscow "
     "with mediating the swap, which freed 80 prisoners each.", "AE"),
    ("Russia and Ukraine swapped 80 POWs each. Turkey, Qatar and the UAE mediated the swap.",
     "TR"),
    ("Russia and Ukraine swapped 80 POWs each. Kyiv thanked Turkey for its support; Qatar "
     "mediated the swap.", "QA"),
    ("Forty Ukrainian civilians came home in an exchange brokered by the Holy See.", "VA"),
    ("The sides agreed a further exchange of 100 civilians for 100, under Vatican auspices.",
     "VA"),
    ("Russia and Ukraine swapped 80 POWs each under the auspices of the Red Cross.", None),
])
def test_the_first_state_of_the_list_credited_with_mediating_is_the_mediator(
        text: str, mediator: str | None) -> None:
    assert [e.mediator for e in exchanges(text)] == [mediator]


@pytest.mark.parametrize("text,expected", [
    ("With Friday's handover, a total of 230 captives have now been returned to each country.",
     (230, 230)),
    ("So far 500 prisoners have been released by either side under the deal.", (500, 500)),
    ("On Monday 64 prisoners of war were returned to each side.", (64, 64)),
])
def test_a_count_returned_to_each_side_after_its_verb_went_both_ways(
        text: str, expected: tuple[int, int]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,categories", [
    ("On Wednesday 84 prisoners were traded for 84, most of them seriously wounded.",
     ["wounded", "soldiers"]),
    ("Ukraine got back 120 prisoners on Monday, many of whom were civilians held since 2014.",
     ["civilians", "soldiers"]),
    ("Kyiv and Moscow swapped 75 captives each, some of them wounded in the fighting for "
     "Bakhmut.", ["wounded", "soldiers"]),
])
def test_people_named_after_most_of_them_are_categories(text: str,
                                                        categories: list[str]) -> None:
    assert [e.categories for e in exchanges(text)] == [categories]


@pytest.mark.parametrize("text,date", [
    ("Russia and Ukraine swapped 80 POWs each on Tuesday. It was agreed at talks held in "
     "Geneva on 9 May.\n\nOn the same day, the bodies of 400 soldiers were repatriated to "
     "Ukraine.", "2025-06-03"),
    ("Kyiv got back 120 prisoners on Monday, agreed in a call on Sunday. The same day, Moscow "
     "handed over 500 bodies.", "2025-06-02"),
    # near-miss: no swap before, "the same day" is the talks'
    ("Talks were held in Geneva on 9 May. On the same day, Russia and Ukraine swapped 80 "
     "POWs each.", "2025-05-09"),
])
def test_on_the_same_day_is_the_day_of_the_swap_told_before(text: str, date: str) -> None:
    assert str(exchanges(text)[-1].date) == date


@pytest.mark.parametrize("text,categories", [
    ("Both teams agreed to swap 1,200 prisoners apiece, with priority for the badly wounded.",
     ["wounded", "soldiers"]),
    ("Russia and Ukraine agreed to swap 300 POWs each, prioritising the seriously injured.",
     ["wounded", "soldiers"]),
    ("Kyiv and Moscow will exchange 500 people each, starting with civilians held since 2022.",
     ["civilians"]),
])
def test_people_put_first_in_a_swap_are_its_categories(text: str,
                                                       categories: list[str]) -> None:
    assert [e.categories for e in exchanges(text)] == [categories]


@pytest.mark.parametrize("text,expected", [
    # a side named in a relative clause about the people is not their nationality
    ("The bodies of 1,000 people whom the Russian side identifies as Ukrainian soldiers were "
     "handed over to Ukraine on Tuesday.", (1000, None)),
    ("The remains of 640 people that the Ukrainian side says are Russian servicemen were "
     "transferred to Russia on Friday.", (None, 640)),
    ("Kyiv received the bodies of 320 people who, according to the Russian side, served in "
     "the Ukrainian army.", (320, None)),
    # near-miss: the nationality right after the count still names the people
    ("The bodies of 300 Russian troops were handed over on Monday.", (None, 300)),
])
def test_a_side_in_a_relative_clause_is_not_the_peoples_nationality(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Moscow was ready to hand over another 3,000 bodies in August.", (3000, None)),
    ("Russia said it was ready to hand over 3,000 bodies.", (3000, None)),
    ("Kyiv offered to release 250 Russian prisoners next week.", (None, 250)),
    ("Ukraine said it would send back 40 bodies.", (None, 40)),
    # near-miss: a bare verb of receiving keeps them with the side that names it
    ("Russia plans to receive 500 bodies next month.", (None, 500)),
])
def test_a_bare_verb_of_giving_hands_them_to_the_other_side(
        text: str, expected: tuple[int | None, int | None]) -> None:
    assert returned(text) == [expected]
    assert exchanges(text)[0].status == "announced"


@pytest.mark.parametrize("text,expected", [
    ("Ukraine received 1,000 bodies on Tuesday, officials said.\n\n"
     "Russia in turn got back the bodies of 19 servicemen.", [(1000, 19)]),
    ("The bodies of 900 soldiers were handed over to Kyiv on Friday.\n\n"
     "Ukraine, in turn, returned 41 bodies of Russian troops.", [(900, 41)]),
    ("Moscow freed 84 Ukrainian POWs on Monday.\n\n"
     "In turn, Kyiv released 80 Russian soldiers.", [(84, 80)]),
    # near-miss: "in turn" with no exchange is no other half
    ("Moscow freed 84 Ukrainian POWs on Monday.\n\n"
     "The drones, in turn, struck 19 Russian servicemen.", [(84, None)]),
])
def test_in_turn_tells_the_other_half_in_the_next_paragraph(
        text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert returned(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("With today's stage, 1,200 of our people have returned, and 1,200 Russians have been "
     "handed over, it says.", [(1200, 1200)]),
    ("95 of our defenders came back from captivity in the swap, while 95 Russian soldiers "
     "were sent back.", [(95, 95)]),
    # a Russian speaker's "ours" are Russians
    ("After the swap, 310 of our servicemen are free, and 310 Ukrainian prisoners have gone "
     "home.", [(310, 310)]),
    # near-miss: "ours" with no side named beside them goes nowhere
    ("1,200 of our people have returned in the swap.", []),
])
def test_our_people_are_the_other_side_from_those_named_beside_them(
        text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert returned(text) == expected


@pytest.mark.parametrize("text,dates", [
    # the time set for an exchange to come has no day: not the day it was agreed
    ("Russian and Ukrainian delegations agreed on Tuesday to swap 1,000 prisoners each by the "
     "end of July and to return the bodies of 6,000 soldiers each.", [None, None]),
    ("Kyiv and Moscow agreed on Tuesday to swap 500 prisoners each in August.", [None]),
    ("On Monday, Russia promised to hand over 2,000 bodies next month.", [None]),
    # near-misses: agreed with no time of its own; carried out on a day
    ("Russia and Ukraine agreed on Monday to exchange 300 POWs each.", ["2025-06-02"]),
    ("Russia and Ukraine exchanged 300 POWs each on Monday, a swap agreed in May.",
     ["2025-06-02"]),
])
def test_an_exchange_to_come_in_a_time_with_no_day_has_no_date(
        text: str, dates: list[str | None]) -> None:
    assert [e.date and str(e.date) for e in exchanges(text)] == dates


@pytest.mark.parametrize("text,expected", [
    # "the prisoner swap" is the swap of the living, though bodies were told after it
    ("Russia and Ukraine agreed on Friday to exchange 1,000 prisoners each by the end of July, "
     "and to return the bodies of 6,000 soldiers each.\n"
     "Umerov said the prisoner swap would cover soldiers aged 18 to 25 and the seriously "
     "wounded.", [["soldiers", "wounded"], ["bodies"]]),
    ("Russia and Ukraine swapped 300 POWs each on Friday. Kyiv also received 900 bodies.\n"
     "The exchange of bodies included the remains of civilians, officials said.",
     [["soldiers"], ["bodies", "civilians"]]),
    ("Kyiv received 900 bodies on Friday. Russia and Ukraine also swapped 300 POWs each.\n"
     "The POW exchange involved civilians too, officials said.",
     [["bodies"], ["soldiers", "civilians"]]),
])
def test_a_swap_named_by_its_people_is_the_latest_of_those(
        text: str, expected: list[list[str]]) -> None:
    assert [e.categories for e in exchanges(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The talks produced an agreement to exchange 1,200 prisoners on each side. The first 300 of "
     "our people came home on 2 June, and Russia received 300 of its own.",
     [(1200, 1200, ["soldiers"]), (300, 300, ["soldiers"])]),
    ("Ukraine and Russia swapped prisoners on Friday. 84 of our people came home, and Russia "
     "received 84 of its own.", [(84, 84, [])]),
    ("Ukraine and Russia agreed to swap 500 soldiers each. The first 200 came home on Monday.",
     [(500, 500, ["soldiers"]), (200, None, ["soldiers"])]),
    # near-miss: people coming home with no captivity spoken of
    ("After the evacuation ended on Monday, 300 of our people came home to Kharkiv.", []),
])
def test_our_people_who_came_home_and_the_other_side_s_own_are_a_swap(
        text: str, expected: list) -> None:
    assert [(e.returned_to_ua, e.returned_to_ru, e.categories) for e in exchanges(text)] == \
        expected


@pytest.mark.parametrize("text,mediator", [
    ("Ukraine received 205 people in the exchange: 190 servicemen and 15 civilians, the "
     "headquarters said. Russia received 190 of its soldiers in return. The headquarters "
     "credited the United Arab Emirates with mediating.", "AE"),
    ("Russia and Ukraine swapped 84 prisoners each on Friday. Kyiv thanked Turkey for "
     "mediating.", "TR"),
    # near-miss: a state thanked for no mediation
    ("Russia and Ukraine swapped 84 prisoners each on Friday. Kyiv thanked Turkey for its "
     "support.", None),
])
def test_a_state_credited_with_mediating_in_the_next_sentence_mediated(
        text: str, mediator: str | None) -> None:
    assert [e.mediator for e in exchanges(text)] == [mediator]


@pytest.mark.parametrize("text,expected", [
    ("As a result of the exchange, 150 Ukrainian defenders returned home. The Russian side "
     "received 150 of its servicemen, the ministry said.", [(150, 150)]),
    ("On Friday 90 Ukrainian soldiers came home from captivity. Russia received 90 of its "
     "military in return.", [(90, 90)]),
    # near-miss: military as an adjective of something else
    ("On Friday 90 Ukrainian soldiers came home from captivity. Russia moved 90 military "
     "vehicles to the border.", [(90, None)]),
])
def test_the_other_side_receiving_its_own_is_the_second_half(text: str, expected: list) -> None:
    assert returned(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine and Russia completed the second stage of a prisoner exchange on Sunday, with 84 "
     "Ukrainians returning home in exchange for 84 Russians. The first stage took place on "
     "Friday, when 146 Ukrainian servicemen were exchanged for 146 Russian soldiers. In total, "
     "230 people have returned to each side, the headquarters said.",
     [(84, 84), (146, 146), (230, 230)]),
    ("The first stage of the swap on Monday returned 100 prisoners to each side. On Tuesday, "
     "another 50 were exchanged for 50. Altogether, 150 captives came home on each side.",
     [(100, 100), (50, 50), (150, 150)]),
    # near-miss: a tally since the war began is no swap
    ("Russia and Ukraine exchanged 103 prisoners each on Friday and 97 each on Saturday. In "
     "total, 5,857 Ukrainians have been returned from captivity since 2022.",
     [(103, 103), (97, 97)]),
])
def test_a_total_that_adds_up_the_stages_told_is_the_whole_swap(text: str,
                                                                expected: list) -> None:
    """GUIDE: a swap in stages, one record per stage and one for the whole where the text gives
    its counts; the whole is the stages' sum, dated by the last stage."""
    assert returned(text) == expected


def test_the_whole_of_a_staged_swap_is_dated_by_its_last_stage() -> None:
    found = exchanges("The first stage of the swap on Monday returned 100 prisoners to each side. "
                      "On Tuesday, another 50 were exchanged for 50. Altogether, 150 captives "
                      "came home on each side.")
    assert [(str(e.date), e.status) for e in found][-1] == ("2025-06-03", "completed")


@pytest.mark.parametrize("text,expected", [
    ("Ukraine and Russia completed the second stage of a prisoner exchange on Sunday, with 84 "
     "Ukrainians, including 12 civilians, returning home in exchange for 84 Russians.",
     {"civilians", "soldiers"}),
    ("The prisoner swap brought 120 Ukrainians home in exchange for 120 Russians on Friday.",
     {"soldiers"}),
    ("The body exchange saw 900 Ukrainians returned in exchange for 40 Russians.", {"bodies"}),
    # near-miss: people named otherwise
    ("Russia and Ukraine swapped 64 civilians each on Friday.", {"civilians"}),
])
def test_people_counted_by_their_nation_are_of_the_swap_s_kind(text: str, expected: set) -> None:
    """GUIDE: prisoners → soldiers; the dead → bodies."""
    [found] = exchanges(text)
    assert set(found.categories) == expected


@pytest.mark.parametrize("text,status", [
    ("The swap of October 9, when 150 Ukrainians came home in exchange for 150 Russians, showed "
     "that the two sides can deliver on a deal when they want to.", "completed"),
    ("Under the deal, 75 Ukrainians returned home in exchange for 75 Russians.", "completed"),
    # near-miss: still to come under a deal
    ("Under the deal, 75 Ukrainians will come home in exchange for 75 Russians.", "agreed"),
])
def test_people_who_came_home_were_exchanged(text: str, status: str) -> None:
    assert [e.status for e in exchanges(text)] == [status]


def test_the_exchange_mediated_after_its_stages_and_whole_is_each_of_them() -> None:
    found = exchanges("Ukraine and Russia completed the second stage of a prisoner exchange on "
                      "Sunday, with 84 Ukrainians returning home in exchange for 84 Russians. The "
                      "first stage took place on Friday, when 146 Ukrainian servicemen were "
                      "exchanged for 146 Russian soldiers. In total, 230 people have returned to "
                      "each side.\n\nThe exchange was mediated by the United Arab Emirates, with "
                      "assistance from Turkey.\n\nOn Thursday, Ukraine also received the bodies "
                      "of 1,000 fallen soldiers, while 24 bodies were handed over to Russia.")
    assert [(e.returned_to_ua, e.mediator) for e in found] == [
        (84, "AE"), (146, "AE"), (230, "AE"), (1000, None)]
