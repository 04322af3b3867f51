"""ceasefire.search: a query's terms, the sides a term names, the snippet around a match."""
from __future__ import annotations

import pytest

from ceasefire.search import sides, snippet, terms


@pytest.mark.parametrize(("query", "expected"), [
    ("Kharkiv", ["kharkiv"]),
    ("  Kharkiv,  Sumy. ", ["kharkiv", "sumy"]),  # punctuation at a word's ends goes
    ('"Air  Force" said', ["air force", "said"]),  # a quoted phrase is one term
    ("sumy SUMY Sumy", ["sumy"]),
    ("U.S. 100% x-ray", ["u.s", "100%", "x-ray"]),
    ('"" ... ,', []),
])
def test_terms_are_words_and_quoted_phrases_lower_case_once(query: str,
                                                            expected: list[str]) -> None:
    assert terms(query) == expected


@pytest.mark.parametrize(("term", "expected"), [
    ("russian", {"RU"}), ("Russia", {"RU"}), ("ru", {"RU"}), ("ukrainians", {"UA"}),
    ("ua", {"UA"}), ("kharkiv", set()), ("rus", set()),
])
def test_a_term_names_the_sides_of_the_actors_lexicon(term: str, expected: set[str]) -> None:
    assert sides(term) == expected


TEXT = ("Air defences were active over the capital for three hours overnight. " * 3
        + "A drone hit a warehouse in Bucha, the mayor said. " + "Cleanup went on all day. " * 6)


def test_the_snippet_is_cut_at_word_ends_around_the_first_match() -> None:
    found = snippet(TEXT, ["warehouse", "bucha"])
    assert found.match == (TEXT.index("warehouse"), TEXT.index("warehouse") + 9)
    assert found.highlight is not None
    assert found.text[found.highlight[0]:found.highlight[1]] == "warehouse"
    assert found.text.startswith("…") and found.text.endswith("…")
    inner = found.text[1:-1]
    assert inner in TEXT and TEXT[TEXT.index(inner) - 1] == " "  # whole words
    assert 150 < len(found.text) < 240


def test_the_earliest_match_of_any_term_wins_whatever_the_case() -> None:
    found = snippet("The Mayor of Bucha said the mayor was safe.", ["mayor", "bucha"])
    assert found.match == (4, 9) and found.text[4:9] == "Mayor"
    assert not found.text.startswith("…")


def test_no_term_in_the_text_gives_its_beginning_without_a_highlight() -> None:
    found = snippet(TEXT, ["kyiv"])
    assert (found.highlight, found.match) == (None, None)
    assert found.text.startswith("Air defences") and found.text.endswith("…")


def test_offsets_stay_right_when_case_folding_changes_lengths_and_lines_break() -> None:
    text = "İİİ stanbul\nline two: the Kherson ferry"
    found = snippet(text, ["kherson"])
    assert found.match is not None and text[found.match[0]:found.match[1]] == "Kherson"
    assert "\n" not in found.text
    assert found.highlight is not None
    assert found.text[found.highlight[0]:found.highlight[1]] == "Kherson"
