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


@pytest.mark.parametrize("sentence", [
    "Air defence downed 61 of 80 drones, the Air Force of the Armed Forces of Ukraine said.",
    "The Air Force of the Ukrainian Armed Forces reported that 33 drones were neutralised.",
    "The air force said it had downed six of the drones and two of the missiles.",
    "According to the Air Force's Telegram channel, 48 drones were shot down.",
    "Russia sent 52 drones overnight, the Ukrainian military's air force said.",
])
def test_the_air_force_by_any_of_its_names(sentence: str) -> None:
    assert claimant(sentence) == ("Ukrainian Air Force", "UA")


def test_the_russian_air_force_is_not_ukraines() -> None:
    assert claimant("Russia's air force said it had struck 14 targets.") == \
        ("Russian Aerospace Forces", "RU")


@pytest.mark.parametrize("sentence,expected", [
    ("Russia's Ministry of Defense said 31 drones were destroyed.",
     ("Russian Ministry of Defence", "RU")),
    ("Four people were hurt, Ukraine's National Police said.",
     ("National Police of Ukraine", "UA")),
    ("According to a statement by the Russian Defence Ministry, 17 drones were destroyed.",
     ("Russian Ministry of Defence", "RU")),
])
def test_official_long_names_and_their_statements(sentence: str,
                                                  expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


def test_a_title_then_a_name_after_said_gives_the_name() -> None:
    assert claimant("Nine people were hurt, said the head of the city's military administration, "
                    "Ivan Fedorov.") == ("Ivan Fedorov", "UA")


def test_a_body_named_as_a_capitalised_phrase_is_no_person() -> None:
    found = claimant("Two drones fell in a field, the Kharkiv Regional Prosecutor's Office said.")
    assert found is not None and found[1] == "UA"
    assert claimant("Three drones were downed, said Ukrainian Armed Forces.") == \
        ("Armed Forces of Ukraine", "UA")


def test_a_body_with_no_country_takes_its_places_side() -> None:
    assert claimant("A man was wounded in the village, the Sumy regional administration said.") \
        == ("Sumy regional administration", "UA")


def test_an_emergencies_centre_is_a_claimant() -> None:
    found = claimant("One worker was hurt at the depot, the regional emergencies centre said.")
    assert found is not None and found[0] == "regional emergencies centre"


def test_the_first_body_named_gives_a_joint_figure() -> None:
    found = claimant("The State Emergency Service and Governor Ivan Fedorov said five were hurt.")
    assert found == ("State Emergency Service of Ukraine", "UA")


def test_a_body_before_a_spokesman_s_title_is_the_claimant() -> None:
    # the body is named first (GUIDE: the first organisation or person named), and its
    # spokesman speaks for it
    assert claimant("Kremlin spokesman Dmitry Peskov said 20 drones were shot down.") == \
        ("Kremlin", "RU")


def test_according_to_him_refers_to_the_person_named_before() -> None:
    assert claimants("Mayor Ihor Terekhov said a school was hit.",
                     "According to him, four people were injured.") == ["Ihor Terekhov"] * 2


def claimed(text: str) -> list[tuple[str | None, list[int | None]]]:
    """(claimant, values) of each strike record that has figures."""
    reading = ceasefire.read(text, published="2025-06-04")
    return [(s.claimed_by, [q.value for q in s.quantities]) for s in reading.strikes
            if s.quantities]


def test_a_source_line_opens_the_report_below_it() -> None:
    text = ("Source: Ukraine's Air Force\n\n"
            "Russia launched 73 drones at Ukraine overnight.\n\n"
            "Air defences shot down 51 of them over the north and east.")
    assert claimed(text) == [("Ukrainian Air Force", [73, 51])]


def test_a_line_naming_the_source_closes_the_report_above_it() -> None:
    text = ("Russia launched 73 drones at Ukraine overnight.\n\n"
            "Air defences shot down 51 of them over the north and east.\n\n"
            "The Air Force reported this on Telegram.")
    assert claimed(text) == [("Ukrainian Air Force", [73, 51])]


def test_a_source_line_stops_at_background() -> None:
    text = ("Russia launched 73 drones at Ukraine overnight.\n\n"
            "The Air Force reported this.\n\n"
            "As reported, 12 people were injured in a strike on Chernihiv on Monday.")
    assert claimed(text)[0] == ("Ukrainian Air Force", [73])
    assert (None, [12]) in claimed(text)


def test_a_source_line_stops_at_another_source() -> None:
    text = ("Russia launched 73 drones at Ukraine overnight.\n\n"
            "Two people were injured in Poltava, governor Volodymyr Kohut said.\n\n"
            "Source: Ukraine's Air Force")
    assert ("Volodymyr Kohut", [2]) in claimed(text)


def test_a_news_agency_line_is_no_claimant() -> None:
    text = "Russia launched 73 drones at Ukraine overnight.\n\nSource: Reuters"
    assert claimed(text) == [(None, [73])]


def test_an_unattributed_paragraph_after_a_source_is_the_outlets() -> None:
    text = ("The Ukrainian Air Force said Russia launched 64 drones overnight.\n\n"
            "Two people were injured in the Zhytomyr region.")
    assert ("Ukrainian Air Force", [64]) in claimed(text)
    assert (None, [2]) in claimed(text)


def test_a_quote_over_sentences_is_its_speakers() -> None:
    text = ('Governor Ivan Fedorov wrote on Telegram that the city was hit. "Five people '
            'were injured. Two of them are in hospital. The count may rise," he wrote.')
    assert claimed(text) == [("Ivan Fedorov", [5])]


def test_an_agency_dateline_leaves_the_report_to_its_source_line() -> None:
    text = ("LVIV, June 4 (Ukrinform) - Russia attacked Ukraine with 66 drones overnight. "
            "Air defence neutralised 41 of them.\n\n"
            "This was reported by the Air Force of the Armed Forces of Ukraine on Telegram.")
    assert claimed(text) == [("Ukrainian Air Force", [66, 41])]


def test_told_names_its_listener_not_the_speaker() -> None:
    found = claimant("Oleh Kiper, the head of the regional administration, told the Associated "
                     "Press that 14 drones were downed.")
    assert found == ("Oleh Kiper", "UA")


def test_a_named_telegram_channel_is_the_claimant() -> None:
    assert claimant("Three drones hit the depot, the Telegram channel Astra reported.") == \
        ("Astra", None)


@pytest.mark.parametrize("sentence", [
    "Ukraine's Air Force (PS ZSU) said 60 drones were downed.",
    "The Ukrainian Air Force, in a statement on its Telegram channel, said 60 drones were downed.",
    "Russia launched 80 drones overnight, per Ukraine's air force.",
    "Russia launched 80 drones overnight, Reuters reported, citing Ukraine's air force.",
])
def test_asides_acronyms_per_and_citing(sentence: str) -> None:
    assert claimant(sentence) == ("Ukrainian Air Force", "UA")


def test_a_subject_is_cut_to_its_head_before_its_modifiers() -> None:
    text = "The Odesa officials responsible for civil defence said 11 drones were downed."
    assert claimed(text) == [("Odesa officials", [11])]


def test_a_line_opening_with_a_colon_opens_the_report() -> None:
    text = ("Ukraine's air force said on Telegram:\n\n"
            "Russia launched 73 drones at Ukraine overnight.\n\n"
            "Air defences shot down 51 of them over the north and east.")
    assert claimed(text) == [("Ukrainian Air Force", [73, 51])]


def test_a_quote_running_over_paragraphs_is_its_speakers() -> None:
    text = ('Governor Ivan Fedorov said: "The city was hit overnight.\n\n'
            '"Five people were injured and two houses burned."')
    assert claimed(text) == [("Ivan Fedorov", [5])]


def test_closing_speaker_reports_the_claim_before_it() -> None:
    assert claimant("Russia claimed it shot down 14 drones near the city, Mayor Ihor Terekhov "
                    "said on Telegram.") == ("Ihor Terekhov", "UA")
    assert claimant("Russia's defence ministry said 40 drones were downed, TASS reported.") == \
        ("Russian Ministry of Defence", "RU")


def test_an_unqualified_body_does_not_refer_to_another_one() -> None:
    assert claimants("Two people were hurt, local authorities said.",
                     "One man was killed, regional authorities said.") == \
        ["local authorities", "regional authorities"]


def test_its_statement_refers_to_the_previous_claimant() -> None:
    assert claimants("Ukraine's air force said Russia launched 80 drones.",
                     "Its daily update said 61 were downed.",
                     "According to the air force's morning report, 9 hit targets.") == \
        ["Ukrainian Air Force"] * 3


@pytest.mark.parametrize("sentence", [
    "Russia attacked with 80 drones overnight, Ukrinform reports with reference to the Air Force.",
    "Russia attacked with 80 drones overnight, as reported by the Air Force on Telegram.",
    "Russia attacked with 80 drones, a correspondent reports, referring to the Air Force.",
])
def test_an_outlet_passing_on_a_source_credits_the_source(sentence: str) -> None:
    assert claimant(sentence) == ("Ukrainian Air Force", "UA")


def test_a_source_line_passed_on_by_an_outlet_still_closes_the_report() -> None:
    text = ("Russia launched 73 drones at Ukraine overnight.\n\n"
            "Air defences shot down 51 of them.\n\n"
            "This was reported by the Air Force on Telegram, Ukrinform reports.")
    assert claimed(text) == [("Ukrainian Air Force", [73, 51])]


def test_as_reported_by_is_no_background() -> None:
    text = ("As reported by the Air Force, Russia launched 73 drones overnight.\n\n"
            "Source: Ukraine's Air Force")
    assert claimed(text) == [("Ukrainian Air Force", [73])]


def test_every_speaker_word_has_a_known_role() -> None:
    from ceasefire.lexicon import load_table
    rows = load_table("speakers.tsv")
    assert rows
    assert [r for r in rows if len(r) != 2 or r[1] not in {"title", "head", "refer", "medium"}] \
        == []


def test_a_source_line_under_a_report_of_furniture_alone_is_no_error() -> None:
    reading = ceasefire.read("Share\nRead more\nSource: Ukraine's Air Force", "2025-06-02")
    assert reading.strikes == []


@pytest.mark.parametrize("sentence,name", [
    ("In Zhytomyr, the head of the regional administration Vitalii Bunechko said two were hurt.",
     "Vitalii Bunechko"),
    ("On Thursday, the head of the city military administration Ivan Fedorov said a man died.",
     "Ivan Fedorov"),
    ("In Kryvyi Rih, the head of the defence council Oleksandr Vilkul wrote that four were hurt.",
     "Oleksandr Vilkul"),
])
def test_a_place_or_day_opening_the_sentence_is_no_name_beside_a_title(sentence: str,
                                                                      name: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == name


def test_a_title_ending_in_a_bodys_name_leaves_the_name_beside_it() -> None:
    assert claimant("Petro Vasylenko, the head of the Center for Countering Disinformation, "
                    "said three drones were downed.") == ("Petro Vasylenko", None)


@pytest.mark.parametrize("line,expected", [
    ("Source: Kherson Regional Prosecutor's Office; Kherson City Military Administration",
     "Kherson Regional Prosecutor's Office"),
    ("Sources: the Air Force of the Armed Forces of Ukraine, Ukrenergo", "Ukrainian Air Force"),
    ("Source: Reuters; Ukraine's National Police", "National Police of Ukraine"),
])
def test_a_source_line_naming_several_sources_credits_the_first_body(line: str,
                                                                    expected: str) -> None:
    text = ("Russian forces hit the port of Kherson with three guided bombs on Friday. "
            "Five people were hurt.\n\n" + line)
    assert claimed(text) == [(expected, [3, 5])]


def test_a_source_line_closes_a_paragraph_whose_later_sentence_names_the_same_source() -> None:
    text = ("Russia struck the centre of Chernihiv with two ballistic missiles on Monday. The "
            "strike killed four, the Chernihiv Regional Prosecutor's Office said.\n\n"
            "Source: Chernihiv Regional Prosecutor's Office; Chernihiv City Council")
    assert claimed(text) == [("Chernihiv Regional Prosecutor's Office", [2, 4])]


@pytest.mark.parametrize("text,expected", [
    ('"We downed 14 drones over the city," Governor Ivan Petrov wrote on Telegram. Three '
     'people were hurt in the Slobidskyi district.', ("Ivan Petrov", [14, 3])),
    ('"The night was loud," Mayor Ihor Terekhov said. A woman was killed and two cars burned '
     'near a school.', ("Ihor Terekhov", [1])),
    ("Ukraine's air force said Russia launched 80 drones. \"Air defence destroyed 61 of them,\" "
     "the air force said. Another 12 were lost to electronic warfare.",
     ("Ukrainian Air Force", [80, 61, 12])),
])
def test_a_sentence_after_a_quote_continues_its_speaker(text: str,
                                                        expected: tuple[str, list[int]]) -> None:
    assert claimed(text) == [expected]


@pytest.mark.parametrize("sentence", [
    "Later in the afternoon the ministry added that six more drones had been destroyed.",
    "On Friday evening the ministry said that six more drones had been destroyed.",
    "In the early hours of Sunday the ministry reported six more drones destroyed over Crimea.",
    "At 10:30 the ministry said six more drones had been destroyed.",
])
def test_a_time_before_the_subject_leaves_the_subject(sentence: str) -> None:
    assert claimants("Russia's defence ministry said 40 drones were destroyed overnight.",
                     sentence) == ["Russian Ministry of Defence"] * 2


@pytest.mark.parametrize("sentence,expected", [
    ("Ukraine's Interior Ministry later put the number of injured at 27.",
     ("Ukrainian Interior Ministry", "UA")),
    ("The State Emergency Service raised the death toll to 11 on Sunday.",
     ("State Emergency Service of Ukraine", "UA")),
    ("Governor Ivan Fedorov has revised the number of wounded to 14.", ("Ivan Fedorov", "UA")),
])
def test_who_puts_a_figure_on_the_toll_claims_it(sentence: str,
                                                 expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


def test_putting_something_else_claims_nothing() -> None:
    assert claimant("Russia put its air defences on alert after three drones hit a depot.") is None


@pytest.mark.parametrize("sentence,expected", [
    ("A fuel depot burned in the Bryansk region, Governor Alexander Bogomaz said, while "
     "Russia's defence ministry said air defences destroyed 41 drones.",
     "Russian Ministry of Defence"),
    ("Power was cut in parts of Odesa, the city's mayor said on Monday, as Ukraine's air force "
     "said Russia had launched 73 drones overnight.", "Ukrainian Air Force"),
])
def test_figures_in_a_later_speakers_clause_are_that_speakers(sentence: str,
                                                             expected: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == expected


def test_figures_before_a_later_speaker_stay_the_first_speakers() -> None:
    assert claimant("Russia launched 50 drones, the air force said, while Moscow said it had "
                    "downed 20.") == ("Ukrainian Air Force", "UA")


def test_a_government_speaking_a_figure_its_body_gives_is_that_body() -> None:
    text = ("A refinery in Volgograd was set on fire overnight, the governor said, as Moscow said "
            "it had shot down 64 drones.\n\n"
            "Russia's defence ministry said air defences destroyed 64 Ukrainian drones, "
            "including 22 over the Volgograd region.")
    assert claimed(text) == [("Russian Ministry of Defence", [64, 22])]


@pytest.mark.parametrize("breakdown", [
    "Nineteen drones were downed over the Bryansk region.\n\n"
    "Twelve drones were downed over the Kursk region.",
    "Of these, 19 were downed over the Bryansk region and 12 over the Kursk region.",
])
def test_a_breakdown_of_a_sources_figure_in_paragraphs_of_its_own_is_the_sources(
        breakdown: str) -> None:
    text = "Russia's defence ministry said 31 Ukrainian drones were destroyed overnight.\n\n" + \
        breakdown
    assert claimed(text) == [("Russian Ministry of Defence", [31, 19, 12])]


def test_a_list_breaking_down_a_sources_figure_is_the_sources() -> None:
    text = ("Russia launched 60 drones and 11 missiles overnight, Ukraine's air force said.\n\n"
            "The missiles included:\n\n7 Kh-101 cruise missiles;\n\n"
            "4 Iskander-M ballistic missiles.")
    assert claimed(text) == [("Ukrainian Air Force", [60, 11, 7, 4])]


def test_figures_that_add_up_to_no_figure_of_the_source_stay_the_outlets() -> None:
    text = ("Russia's defence ministry said 31 Ukrainian drones were destroyed overnight.\n\n"
            "Nineteen people were hurt in Kyiv and 40 in Odesa.")
    assert (None, [19, 40]) in claimed(text)


def test_a_source_line_after_the_lead_labels_the_details_below_it() -> None:
    text = ("Russia attacked Ukraine with 96 drones overnight.\n\n"
            "Source: the Air Force of the Armed Forces of Ukraine\n\n"
            "Details: Radio-technical troops tracked 96 drones over the north.\n\n"
            "Quote: \"Air defence has neutralised 70 enemy drones.\"\n\n"
            "Mayor Ihor Terekhov said two people were injured in Kharkiv.")
    assert claimed(text) == [("Ukrainian Air Force", [96, 70]), ("Ihor Terekhov", [2])]


@pytest.mark.parametrize("marker", ["Background:\n\n", "Background: ", "Context: "])
def test_a_labelled_background_paragraph_stops_a_source_line(marker: str) -> None:
    text = ("Russia attacked Ukraine with 96 drones overnight.\n\n"
            "Source: Ukraine's Air Force\n\n"
            f"{marker}On 3 May, Russia struck Kyiv with 40 drones.")
    assert (None, [40]) in claimed(text)


@pytest.mark.parametrize("sentence,name", [
    ("Oleksandr Vilkul, head of the city's defence council, said three people were hurt.",
     "Oleksandr Vilkul"),
    ("Ivan Fedorov, governor of the Zaporizhzhia region, said a man was killed.", "Ivan Fedorov"),
])
def test_a_name_beside_a_title_with_no_article_is_the_speaker(sentence: str, name: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("text,expected", [
    ("Ukraine's air force said Russia launched 80 drones overnight.\n\n"
     "Air defence neutralised 61 of them over the north and east.\n\n"
     "Hits by 15 drones were recorded at 12 locations.",
     [("Ukrainian Air Force", [80, 61, 15])]),
    ("Russia's defence ministry said Ukraine launched 30 drones at the Belgorod region.\n\n"
     "Air defences destroyed 25 of them before dawn.",
     [("Russian Ministry of Defence", [30, 25])]),
])
def test_an_air_defence_tally_after_a_bodys_report_runs_on_across_paragraphs(
        text: str, expected: list[tuple[str, list[int]]]) -> None:
    assert claimed(text) == expected


@pytest.mark.parametrize("text", [
    # a person's account, not a body's report
    "Governor Ivan Fedorov said a drone hit a school.\n\n"
    "Air defences shot down 12 drones over the region.",
    # the outlet's own figures in between end the body's report
    "Ukraine's air force said Russia launched 80 drones.\n\n"
    "Two people were injured in Zhytomyr.\n\n"
    "Air defences shot down 12 drones over the region.",
])
def test_a_tally_after_a_persons_account_or_the_outlets_figures_is_the_outlets(
        text: str) -> None:
    assert [who for who, values in claimed(text) if 12 in values] == [None]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched 45 drones overnight, Ukraine's air force was quoted as saying by Ukrinform.",
     ("Ukrainian Air Force", "UA")),
    ("Governor Oleh Kiper was cited as saying that four people were hurt in Izmail.",
     ("Oleh Kiper", "UA")),
])
def test_quoted_as_saying_names_the_speaker(sentence: str, expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Ukraine's Air Force: 38 of 45 drones were shot down overnight.", "Ukrainian Air Force"),
    ("Zelensky: Russia fired 40 drones and 3 missiles at Odesa.", "Volodymyr Zelensky"),
    ("KYIV: Russia fired 40 drones at Odesa overnight.", None),
    ("Details: 40 drones were fired at Odesa overnight.", None),
])
def test_a_speaker_named_as_the_sentences_label(sentence: str, expected: str | None) -> None:
    found = claimant(sentence)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("sentence", [
    "Ukraine's air defence forces said they shot down 40 of 52 drones overnight.",
    "According to Ukraine's air defenses, 40 drones were downed.",
])
def test_ukraines_air_defence_is_a_body_of_its_own(sentence: str) -> None:
    assert claimant(sentence) == ("Ukrainian air defence", "UA")


def test_a_tally_of_the_other_sides_forces_is_not_the_bodys() -> None:
    text = ("Russia's defence ministry said 30 Ukrainian drones were destroyed overnight.\n\n"
            "Ukraine's air defences shot down 45 of 60 Russian drones.")
    assert [who for who, values in claimed(text) if 45 in values] == [None]


@pytest.mark.parametrize("text,expected", [
    ("09:40 Fresh figures from the Air Force: Russia sent 88 attack drones against Ukraine "
     "overnight. Of those, 61 were shot down.", "Ukrainian Air Force"),
    ("14:05 - Numbers from the Russian defence ministry: 45 Ukrainian drones were destroyed "
     "over the Belgorod region.", "Russian Ministry of Defence"),
    ("The latest tally from Ukraine's air force: Russia launched 120 drones and six missiles "
     "overnight.", "Ukrainian Air Force"),
    ("Updated: Russia launched 60 drones overnight, 40 were downed.", None),
])
def test_a_lead_in_before_a_colon_names_the_source_of_the_figures(
        text: str, expected: str | None) -> None:
    assert {who for who, _ in claimed(text)} == {expected}


@pytest.mark.parametrize("text,expected", [
    ("The Ukrainian Air Force has published its overnight tally. Russia attacked with 98 "
     "drones. Seventy were downed.", "Ukrainian Air Force"),
    ("Russia's defence ministry released its daily figures on Monday. Air defences destroyed "
     "60 Ukrainian drones over Kursk.", "Russian Ministry of Defence"),
    ("The air force updated its figures. Russia attacked with 70 drones, 50 of which were "
     "shot down.", "Ukrainian Air Force"),
    ("Ukraine's Air Force has not yet published its overnight tally. Russia attacked Kharkiv "
     "with 12 drones.", None),
    ("The governor has published photos of the damage. Russia attacked the city with 12 "
     "drones.", None),
])
def test_a_sentence_announcing_a_sources_figures_credits_those_after_it(
        text: str, expected: str | None) -> None:
    assert {who for who, _ in claimed(text)} == {expected}


def test_a_sentence_announcing_figures_does_not_reach_back() -> None:
    text = ("Russia attacked Odesa with 50 drones overnight.\n\n"
            "The Air Force has published its tally. 40 drones were shot down.")
    assert claimed(text) == [(None, [50.0]), ("Ukrainian Air Force", [40.0])]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia's Ministry of Defence accuses Ukraine of attacking a pumping station in the Kursk "
     "region with three drones.", ("Russian Ministry of Defence", "RU")),
    ("Ukraine's air force notes that 30 drones were shot down.", ("Ukrainian Air Force", "UA")),
    ("Governor Oleh Kiper adds that four people were hurt in Izmail.", ("Oleh Kiper", "UA")),
])
def test_a_live_blogs_present_tense_verb_names_the_speaker(
        sentence: str, expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


def test_the_listener_of_a_present_tense_verb_is_no_speaker() -> None:
    assert claimant("Russia attacked Kharkiv with 12 drones, the mayor tells Reuters.") == \
        ("mayor", None)


@pytest.mark.parametrize("text,expected", [
    ("By Tuesday morning the regional governor, Oleh Syniehubov, gave a higher toll. "
     "Twenty-one people had sought medical help, he wrote on Telegram.", "Oleh Syniehubov"),
    ("On Sunday evening the mayor, Vitali Klitschko, visited the site. Three people were killed, "
     "he said.", "Vitali Klitschko"),
    ("By Monday, Governor Vyacheslav Gladkov had updated the figures. Four people were injured, "
     "he wrote.", "Vyacheslav Gladkov"),
])
def test_a_time_before_the_subject_leaves_the_subject_for_he(text: str, expected: str) -> None:
    assert [who for who, _ in claimed(text)] == [expected]


def test_a_day_is_no_speakers_name() -> None:
    assert claimant("By Tuesday, six people were injured, it said.") is None


@pytest.mark.parametrize("text,expected", [
    ("In June, by the air force's count, Russia launched 6,000 drones. On the night of June 28 "
     "it sent 537 drones and missiles, according to the same source.", "Ukrainian Air Force"),
    ("Russia launched 97 drones overnight, by Ukraine's air force's tally, and 80 were downed.",
     "Ukrainian Air Force"),
    ("By the Russian defence ministry's own count, 51 drones were shot down over Bryansk.",
     "Russian Ministry of Defence"),
])
def test_by_a_sources_count_and_the_same_source_credit_that_source(
        text: str, expected: str) -> None:
    assert {who for who, _ in claimed(text)} == {expected}


def test_a_body_compared_with_is_not_the_speaker() -> None:
    text = ("Mayor Sergei Sobyanin said air defence units had shot down 11 drones flying toward "
            "the capital overnight, two more than the ministry counted.")
    assert claimed(text) == [("Sergey Sobyanin", [11])]


@pytest.mark.parametrize("text,expected", [
    ("Speaking on national television, air force spokesman Yurii Ihnat gave a breakdown. "
     '"The enemy used 188 drones," he said.', "Ukrainian Air Force"),  # its spokesman
    ("Writing on Telegram, the head of the regional administration, Serhiy Lysak, described "
     "the damage. Two people were injured, he said.", "Serhiy Lysak"),
])
def test_a_participle_before_the_subject_leaves_the_subject_for_he(
        text: str, expected: str) -> None:
    assert [who for who, _ in claimed(text)] == [expected]


def test_a_quotation_after_its_speakers_sentence_continues_it() -> None:
    text = ('"The enemy used 90 drones," spokesman Yurii Ihnat said. "Sixty drones were shot '
            'down by our mobile fire groups."')
    assert claimed(text) == [("Ukrainian Air Force", [90, 60])]  # by its spokesman


def test_a_quotation_closed_by_another_speaker_is_that_speakers() -> None:
    text = ('Russia launched 90 drones overnight, the air force said. "Twelve drones hit the '
            'city. Four people were hurt," Mayor Ihor Terekhov said.')
    assert [who for who, _ in claimed(text)] == ["Ukrainian Air Force", "Ihor Terekhov"]


def test_an_official_named_by_title_in_the_lead_is_the_one_named_with_it_later() -> None:
    text = ("KYIV, Nov 14 - Russia pounded Ukraine overnight, killing two people in Kharkiv, the "
            "regional governor said.\n\nKharkiv Governor Oleh Syniehubov wrote on Telegram that "
            "a ballistic missile had hit an industrial site in the city.")
    assert claimed(text) == [("Oleh Syniehubov", [2])]


@pytest.mark.parametrize("text", [
    "Drones hit Sumy overnight, injuring three people, the mayor said. Later, Kharkiv Governor "
    "Oleh Syniehubov said a drone hit a house in Kharkiv.",
    "Russian drones hit Sumy overnight, injuring three people, the regional governor said. "
    "Across the border, Belgorod Governor Vyacheslav Gladkov said a drone hit a house.",
])
def test_an_official_of_another_title_or_side_is_not_the_one_named_by_title(text: str) -> None:
    # (the regional governor is the one of the region the sentence names: round 28)
    assert claimed(text)[0][0] in ("mayor", "Sumy regional governor")


@pytest.mark.parametrize("sentence,expected", [
    ("Russia's defence ministry, for its part, reported that air defences had shot down 29 "
     "Ukrainian drones over the Belgorod region.", ("Russian Ministry of Defence", "RU")),
    ("The air force, however, said 40 drones were downed.", ("Ukrainian Air Force", "UA")),
    ("Ukraine's air force, meanwhile, said 12 drones hit the city.", ("Ukrainian Air Force", "UA")),
])
def test_an_aside_between_the_speaker_and_the_verb_is_skipped(
        sentence: str, expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Drones set fire to the refinery, injuring two port workers, the Krasnodar Krai "
     "operational headquarters said on Tuesday.", "Krasnodar Krai operational headquarters"),
    ("Three drones hit the port, the Odesa city council reported.", "Odesa city council"),
])
def test_a_body_named_by_its_place_and_office_is_the_speaker(sentence: str, expected: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == expected


def test_a_state_s_government_speaks_for_a_state_the_actor_table_knows_not_as_an_office() -> None:
    # the rule of a place and an office (above) does not make any adjective's government a body
    assert claimant("Fico spoke with Putin, according to the Maltese government.") is None
    assert claimant("Fico spoke with Putin, according to the Slovak government.") == (
        "Slovak government", "SK")


def test_it_after_a_body_that_warned_is_that_body() -> None:
    text = ("A missile struck Kryvyi Rih on Thursday, killing three people, regional head Serhiy "
            "Lysak said.\n\nThe air force warned of a ballistic threat from the north-east. In "
            "its evening update it said that Russia had fired two Iskander-M missiles at the "
            "region.")
    assert ("Ukrainian Air Force", [2]) in claimed(text)


@pytest.mark.parametrize("sentence,name", [
    ("Ukraine's energy ministry rejected the charge on Friday and said Russian missiles had hit "
     "a plant.", "Ukraine's energy ministry"),
    ("Russia's defence ministry denied the report in a statement on Monday and said its forces "
     "had struck a depot.", "Russian Ministry of Defence"),
])
def test_the_subject_of_a_long_first_predicate_speaks_after_and(sentence: str,
                                                                name: str) -> None:
    claimant = find_claimant(sentence, AttributionContext())
    assert claimant is not None and claimant.name == name


@pytest.mark.parametrize("sentence,expected", [
    # agency copy translated word for word: the verb before its subject
    ("Overnight the enemy attacked with 90 Shahed drones, informs the Air Force of the Armed "
     "Forces of Ukraine.", "Ukrainian Air Force"),
    ("Three houses burned and a man was hurt, informed the city mayor Ihor Terekhov.",
     "Ihor Terekhov"),
    ("In Sumy a school was hit; two people died, reports the head of the Sumy regional "
     "military administration Oleh Hryhorov.", "Oleh Hryhorov"),
    ("Forty drones were destroyed over the region, reported the deputy head of the city "
     "council Petro Ivanenko.", "Petro Ivanenko"),
    ("Overnight the enemy attacked with 120 Shahed drones — informs the Air Force.",
     "Ukrainian Air Force"),
    ("Two people were injured – reported the mayor Ihor Terekhov.", "Ihor Terekhov"),
    # the agency is the one informed, not a speaker
    ("Two drones hit a warehouse, informed Ukrinform.", None),
    ("Five drones were downed, told the Air Force.", None),
])
def test_a_speech_verb_before_its_subject_names_the_speaker(sentence: str,
                                                             expected: str | None) -> None:
    found = claimant(sentence)
    assert (found[0] if found else None) == expected


def _claims_of(text: str) -> list[tuple[str | None, list[float | None]]]:
    reading = ceasefire.read(text, published="2026-02-17")
    return [(s.claimed_by, [q.value for q in s.quantities]) for s in reading.strikes
            if s.quantities]


@pytest.mark.parametrize("text,expected", [
    # a body's briefing: its spokesperson's turns are the body's figures
    ("Air Force briefing. Speaker: Air Force spokesperson Yurii Ihnat.\n\n"
     "IHNAT: Good morning. Overnight the enemy used 120 drones. Our forces shot down 98.\n\n"
     "Q: Were there casualties?", [("Ukrainian Air Force", [120, 98])]),
    ("Ministry briefing, Friday. Speaker: Russian defence ministry spokesman Igor Konashenkov.\n\n"
     "KONASHENKOV: Air defence systems destroyed 41 Ukrainian drones over the Kursk region.",
     [("Russian Ministry of Defence", [41])]),
    # a speaker introduced by name and office, not as a spokesperson: the person
    ("Present: Kharkiv governor Oleh Syniehubov.\n\n"
     "SYNIEHUBOV: Two drones hit a warehouse, and three people were injured.",
     [("Oleh Syniehubov", [2, 3])]),
    # a label in title case, and a speaker the turn itself names
    ("Briefing of the Ukrainian Air Force. Present: Air Force spokesman Yurii Ihnat.\n\n"
     "Ihnat: Overnight Russia launched 88 drones. We shot down 70.\n\nQ: And the missiles?\n\n"
     "Ihnat: Russia's defence ministry said it fired 12 missiles.",
     [("Ukrainian Air Force", [88, 70]), ("Russian Ministry of Defence", [12])]),
    # a commander introduced with his rank in the opening line speaks for the body
    ("BRIEFING - Remarks by the commander of the Ukrainian Air Force, Lieutenant General "
     "Mykola Oleshchuk, Monday\n\nOLESHCHUK: Overnight the enemy sent 77 drones. We destroyed "
     "61.", [("Ukrainian Air Force", [77, 61])]),
    ("Transcript. Present: Russian Defence Ministry spokesman, Major General Igor Konashenkov."
     "\n\nKONASHENKOV: Air defences downed 23 drones over Belgorod.",
     [("Russian Ministry of Defence", [23])]),
    # a rank alone, with no office to speak for, leaves the person
    ("Guest: Colonel Serhii Bratchuk, a retired officer.\n\nBRATCHUK: I counted 14 drones "
     "over Odesa last night.", [("Serhii Bratchuk", [14])]),
    # a dateline is no speaker, though a place of that name was named before
    ("Reports from Eastern Kharkiv are sparse.\n\nKHARKIV: Two drones hit a school.",
     [(None, [2])]),
    # a question names no speaker (nor states a figure: round 16), and a capitalised word that
    # names no one before is no turn
    ("Briefing with Yurii Ihnat.\n\nQ: Is it true that 40 drones were shot down?\n\n"
     "KYIV: Drones shot down 12 missiles overnight.", [(None, [12])]),
])
def test_a_transcript_turn_is_its_speaker_s(text: str, expected: list) -> None:
    assert sorted(_claims_of(text), key=str) == sorted(expected, key=str)


def test_the_department_is_the_body_named_before() -> None:
    assert claimants("Air defences destroyed 40 drones, the Russian Defence Ministry said.",
                     "According to the data of the department, 12 were downed over Kursk.") == \
        ["Russian Ministry of Defence"] * 2


def test_a_department_with_no_body_before_is_no_ministry() -> None:
    assert claimants("Governor Vyacheslav Gladkov said two houses burned.",
                     "According to the department, 12 drones were downed.")[1] != \
        "Vyacheslav Gladkov"


@pytest.mark.parametrize("sentence,expected", [
    ("Earlier, the city administration of Chuhuiv reported that three drones hit the town.",
     "Chuhuiv city administration"),
    ("The regional council of Sumy said two drones hit a school.", "Sumy regional council"),
    ("The town council of Nizhyn said a substation was damaged.", "Nizhyn town council"),
    # a title too long to read as one phrase, ended by its holder's name
    ("Artillery shelled the city, injuring a woman, the head of the Nikopol district military "
     "administration Yevhen Yevtushenko said.", "Yevhen Yevtushenko"),
    ("Two drones hit a farm, the spokesman of the regional military administration of the "
     "Sumy region Ivan Petrenko said.", "Ivan Petrenko"),
])
def test_bodies_of_a_place_and_holders_of_long_titles(sentence: str, expected: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Roman Busargin, the Saratov region's governor, confirmed that a refinery was damaged.",
     "Roman Busargin"),
    ("Ihor Terekhov, Kharkiv's mayor, said two drones hit a school.", "Ihor Terekhov"),
    ("Oleh Kiper, the Odesa region's military governor, wrote that four people were hurt.",
     "Oleh Kiper"),
])
def test_a_name_before_a_possessive_title_is_the_speaker(sentence: str, expected: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Navy spokesman Dmytro Pletenchuk gave a slightly different count later: nine injured.",
     "Dmytro Pletenchuk"),
    ("Governor Oleh Syniehubov offered a higher toll of 12 dead.", "Oleh Syniehubov"),
    ("Mayor Ihor Terekhov cited figures of 40 drones over the city.", "Ihor Terekhov"),
    # near-misses: no figure given, or a verb of giving that gives no count
    ("Rescuers gave first aid to 12 people.", None),
    ("The governor gave no figures.", None),
])
def test_who_gives_a_count_claims_it(sentence: str, expected: str | None) -> None:
    found = claimant(sentence)
    assert (found[0] if found else None) == expected


def test_the_statement_after_a_line_announcing_a_body_s_tally_is_that_body_s() -> None:
    text = ("07:55 - Mayor Vitali Klitschko says one person was killed in the capital.\n\n"
            "09:20 - The Air Force has published its tally. Russia launched 402 drones. Eleven "
            "drones struck targets in Kyiv, according to the statement.")
    assert ("Ukrainian Air Force", [402, 11]) in claimed(text)


@pytest.mark.parametrize("sentence,expected", [
    ("CLAIM: A post shared thousands of times on X and Telegram says Russia fired 1,000 "
     "drones at Kyiv.", "social media post"),
    ("Posts circulating since Tuesday say that 500 drones hit Lviv.", "social media post"),
    ("A viral video claims 40 missiles struck Odesa.", "social media post"),
    # near-misses: a post of someone named is theirs, "the post" the one named before
    ("A post by Governor Oleh Syniehubov said two people died.", "Oleh Syniehubov"),
    ("The Air Force said in a post that 40 drones were downed.", "Ukrainian Air Force"),
])
def test_a_claim_posted_online_by_no_one_named_is_the_post_s(sentence: str,
                                                             expected: str) -> None:
    found = claimant(sentence)
    assert found is not None and found[0] == expected


def test_where_a_long_subject_spoke_is_cut_before_its_tail_is_kept() -> None:
    found = claimant("The regional military administration of the Sumy region on its Telegram "
                     "channel on Monday morning said two drones hit a farm.")
    assert found is not None and "administration" in found[0]


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences destroyed 41 drones, the Defence Ministry in Moscow said on Sunday.",
     ("Russian Ministry of Defence", "RU")),
    ("The defence ministry in Kyiv said 12 drones were shot down.",
     ("Ukrainian Ministry of Defence", "UA")),
    ("Russia's air defence claims it shot down 30 of them.", ("Russia's air defence", "RU")),
    # near-miss: a modifier ending in "defence" is no speaker's head
    ("Odesa officials responsible for civil defence said two were hurt.",
     ("Odesa officials", "UA")),
])
def test_a_body_by_its_capital_and_a_side_s_air_defence(sentence: str,
                                                          expected: tuple[str, str]) -> None:
    assert claimant(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("• Russia launched 112 drones and 3 missiles overnight (Air Force).", "Ukrainian Air Force"),
    ("Twelve drones were downed over Belgorod (source: Russian Defence Ministry).",
     "Russian Ministry of Defence"),
    ("- Kharkiv: two injured after a guided bomb hit a warehouse (Syniehubov).",
     "Oleh Syniehubov"),
    ("• Kherson: a man was wounded by shelling (Prokudin).", "Oleksandr Prokudin"),
    # near-misses: a place, an agency or a weapon in brackets names no source
    ("Two drones hit Sumy overnight (Sumy region).", None),
    ("Russia fired 4 missiles at Kyiv (Reuters).", None),
    ("Russia fired 3 drones at Odesa (Shaheds and Gerans).", None),
])
def test_a_digest_item_credits_its_source_in_brackets(sentence: str,
                                                       expected: str | None) -> None:
    found = claimant(sentence)
    assert (found[0] if found else None) == expected


def test_a_surname_in_brackets_is_the_person_named_before() -> None:
    assert claimants("Mayor Ivan Petrenko said the city was attacked overnight.",
                     "• Nizhyn: a substation was hit by two drones (Petrenko).") == \
        ["Ivan Petrenko"] * 2


@pytest.mark.parametrize("text,expected", [
    ("Our air defence destroyed 30 drones overnight. We also downed two cruise missiles. The "
     "rest of the attack was repelled, the Air Force said.", [("Ukrainian Air Force", [30, 2])]),
    ("Our units shot down 14 drones over the city, said Serhii Bratchuk, spokesman of the "
     "southern forces.", [("Serhii Bratchuk", [14])]),
    # near-miss: the outlet's own sentence before a source's names no one
    ("Russia launched 40 drones at Odesa overnight. Two people were injured, Governor Oleh "
     "Kiper said.", [(None, [40]), ("Oleh Kiper", [2])]),
])
def test_words_in_the_first_person_are_the_speaker_s_named_after_them(text: str,
                                                                       expected: list) -> None:
    assert sorted(claimed(text), key=str) == sorted(expected, key=str)


def test_the_military_is_the_military_body_named_before() -> None:
    assert claimants("Russia fired 112 drones overnight, the Ukrainian Air Force said.",
                     "Air defence intercepted 79 drones, the military said.") == \
        ["Ukrainian Air Force"] * 2
    # near-miss: after a mayor, "the military" is no one named before
    assert claimants("Mayor Ihor Terekhov said two drones hit Kharkiv.",
                     "Air defence downed 12 drones, the military said.")[1] != "Ihor Terekhov"


@pytest.mark.parametrize("sentence,expected", [
    ("The Air Force's tally showed 212 drones and 8 missiles launched overnight.",
     "Ukrainian Air Force"),
    ("Air Force data show that 212 drones were launched.", "Ukrainian Air Force"),
    ("The Russian Defence Ministry's daily summary listed 41 drones downed over Kursk.",
     "Russian Ministry of Defence"),
    # near-misses: images and footage show, they claim nothing
    ("Satellite images show three aircraft destroyed at the base.", None),
    ("Video showed 3 drones hitting a depot.", None),
])
def test_a_body_s_record_that_shows_figures_is_the_body_s(sentence: str,
                                                           expected: str | None) -> None:
    found = claimant(sentence)
    assert (found[0] if found else None) == expected


def test_a_bullet_is_no_part_of_the_speaker_s_name() -> None:
    assert claimant("• Residents said three drones flew over the refinery.") == \
        ("Residents", None)


@pytest.mark.parametrize("sentence,expected", [
    ("Air Force spokesman Yurii Ihnat said 40 of 48 drones were shot down overnight.",
     ("Ukrainian Air Force", "UA")),
    ("Yurii Ihnat, the air force spokesman, said 40 of the 48 drones were shot down.",
     ("Ukrainian Air Force", "UA")),
    ("Air defences downed 40 drones overnight, said Yurii Ihnat, spokesman for the Air Force.",
     ("Ukrainian Air Force", "UA")),
    ("The commander of the Air Force, Mykola Oleshchuk, said 40 of 48 drones were shot down.",
     ("Ukrainian Air Force", "UA")),
    ("Ukrainian Navy spokesman Dmytro Pletenchuk said three missiles hit the port.",
     ("Ukrainian Navy", "UA")),
    # near-misses: an official who speaks for himself; a title of no body the lexicon knows
    ("Kharkiv governor Oleh Syniehubov said three people were killed overnight.",
     ("Oleh Syniehubov", "UA")),
    ("Olena Marchuk, a spokeswoman for the charity, said 12 houses were damaged.",
     ("Olena Marchuk", None)),
])
def test_a_spokesperson_or_commander_gives_the_figures_of_the_body(
        sentence: str, expected: tuple[str, str | None]) -> None:
    assert claimant(sentence) == expected


def test_a_spokesperson_named_again_by_surname_still_speaks_for_the_body() -> None:
    assert claimants(
        "Air Force spokesman Yurii Ihnat said 40 of 48 drones were shot down overnight.",
        "Ihnat said eight more reached their targets in the west.",
    ) == ["Ukrainian Air Force", "Ukrainian Air Force"]


@pytest.mark.parametrize("sentence,expected", [
    ("Air Force Commander Lt. Gen. Mykola Oleshchuk said 40 drones were downed.",
     "Ukrainian Air Force"),
    ("The commander of Ukraine's Air Force, Lieutenant General Mykola Oleshchuk, said 40 drones "
     "were downed.", "Ukrainian Air Force"),
    # a rank with no body it speaks for: the person
    ("Major General Olha Zarichna said 40 drones were downed over Sumy.", "Olha Zarichna"),
])
def test_a_rank_between_the_title_and_the_name_keeps_the_body(sentence: str,
                                                              expected: str | None) -> None:
    assert claimants(sentence) == [expected]
