"""Last night, the event page and the term page in headless Chromium, at 1440×900 and 390×844,
over a ledger of the seeds, dev and dev2 articles (read from ../shared/corpus).

What an analyst asks of them: how many drones were launched and shot down on a night, and by
whose account (each figure linked to its sentence); an event's low/best/high figures and each
sentence once; a truce's period ("end unknown") and its own positions; never a raw identifier.
Screenshots go to the browser artifacts (see test_browser.py).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_browser import (  # noqa: F401
    VIEWPORTS,
    _ready,
    artifacts,
    assert_accessible,
    assert_fits,
    browser,
    clean_tab,
    corpus,
    serve_documents,
)

# What must never reach these pages: the ledger's identifiers and the claimant placeholder.
RAW = ("energy_infrastructure", "black_sea", "air_and_sea", "alleged_violation",
       "outside_parties", "ballistic_missile", "cruise_missile", "guided_bomb", "at_least",
       "at_most", "(outlet)", "by: 0")
EVENT_ID = re.compile(r"\b[0-9a-f]{12}\b")  # the ledger's event, term and position ids
DOCUMENT_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\b")  # a seed's document name ("002_e7d7…")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ceasefire serve` on a ledger of the seeds, dev and dev2 articles."""
    with serve_documents(tmp_path_factory, corpus("seeds", "dev", "dev2")) as url:
        yield url


@pytest.fixture(params=list(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser: Any, site: str) -> Iterator[Any]:  # noqa: F811
    with clean_tab(browser, request.param, 15_000) as tab:
        tab.size = request.param  # for the screenshots' names
        tab.site = site
        yield tab


def _open(page: Any, route: str) -> None:
    page.goto(f"{page.site}/{route}")
    _ready(page, route)
    assert page.inner_text("#status") == ""


def _api(page: Any, path: str) -> Any:
    with urllib.request.urlopen(f"{page.site}{path}") as answer:  # noqa: S310 (loopback)
        return json.load(answer)


def _iso(day: str) -> str:
    """"18 March 2025" -> "2025-03-18"."""
    return dt.datetime.strptime(day, "%d %B %Y").date().isoformat()


def _readable(page: Any, selector: str) -> None:
    """No raw identifier in what the reader sees, and nothing wider than the screen."""
    text = page.inner_text(selector)
    for raw in RAW:
        assert raw not in text, f"{raw!r} on the page"
    assert not EVENT_ID.findall(text), EVENT_ID.findall(text)
    assert not DOCUMENT_ID.findall(text), DOCUMENT_ID.findall(text)
    assert_fits(page, selector)  # no horizontal scroll (a map's panes are clipped by it)


def test_the_home_page_opens_on_the_latest_night(page: Any, artifacts: Path) -> None:  # noqa: F811
    _open(page, "")
    latest = _api(page, "/api/nights?limit=1")["items"][0]["night"]
    page.wait_for_selector(f'#night[data-night="{latest}"]')
    assert page.inner_text("#night-title").startswith("Last night with strikes")
    assert page.locator("#night .attack").count() >= 1
    _readable(page, "#night")
    page.locator("#night").screenshot(path=artifacts / f"night-latest-{page.size}.png")

    # the previous night, by its button
    page.locator("#night-previous").click()
    _ready(page, "#/night/")
    assert page.url.split("#")[1] < f"/night/{latest}"
    assert page.get_attribute("#night", "data-night") < latest


def test_a_night_shows_each_claimants_figures_linked_to_their_sentences(
        page: Any, artifacts: Path) -> None:  # noqa: F811
    _open(page, "#/night/2026-02-26")
    assert "25 to 26 February 2026" in page.inner_text("#night-title")
    russia = page.locator('#night .attack[data-attacker="RU"]')
    assert "Russia's attacks on Ukraine" in russia.locator("h3").inner_text()
    rows = russia.locator("tr.claimant")
    claimants = [row.locator("th").inner_text() for row in rows.all()]
    assert any("Ukrainian Air Force" in c for c in claimants)
    assert any("Syniehubov" in c for c in claimants)  # a governor's beside the Air Force's
    air_force = rows.filter(has_text="Ukrainian Air Force")
    assert "374 drones" in air_force.inner_text()  # intercepted, by the Air Force's account
    assert "420 drones" in rows.filter(has_text="Zelensky").inner_text()  # launched
    _readable(page, "#night")
    page.locator("#night").screenshot(path=artifacts / f"night-2026-02-26-{page.size}.png")

    figure = air_force.locator("a", has_text="374 drones")
    sentence = figure.get_attribute("title")
    assert figure.get_attribute("href").startswith("#/document/")
    figure.click()
    _ready(page, "#/document/")
    assert "374" in page.locator("#document-text mark").inner_text()
    assert page.locator("#document-text mark").inner_text() == sentence


def test_a_night_lists_the_truces_in_force(page: Any, artifacts: Path) -> None:  # noqa: F811
    _open(page, "#/night/2025-03-19")
    terms = page.locator("#night .night-terms li")
    assert terms.count() >= 1
    assert "Energy infrastructure truce" in terms.first.inner_text()
    # both sides struck that night: Russia's attacks apart from Ukraine's
    sides = page.locator("#night .attack").evaluate_all(
        "cards => cards.map(c => c.dataset.attacker)")
    assert sides == ["RU", "UA"]
    assert "Russian Ministry of Defence" in page.inner_text('#night .attack[data-attacker="UA"]')
    _readable(page, "#night")
    page.locator("#night").screenshot(path=artifacts / f"night-2025-03-19-{page.size}.png")

    # a chosen date, by the date input
    page.fill("#night-date", "2025-03-08")
    _ready(page, "#/night/2025-03-08")
    assert "7 to 8 March 2025" in page.inner_text("#night-title")
    assert "Ukrainian military" in page.inner_text("#night")


def test_the_event_page_has_low_best_high_and_each_sentence_once(
        page: Any, artifacts: Path) -> None:  # noqa: F811
    moscow = next(e for e in _api(page, "/api/events?since=2025-03-11&until=2025-03-11")["items"]
                  if e["attacker"] == "UA")
    _open(page, f"#/event/{moscow['event']}")
    assert page.inner_text("#event-title").startswith("11 March 2025: Ukraine's strike on Moscow")
    launched = page.locator("#estimates-table tbody tr", has_text="launched")
    cells = [c.strip() for c in launched.locator("td").all_inner_texts()]
    assert cells[1:4] == ["300", "300", "343"]  # low, best, high of the drones launched
    # each sentence once, with every figure read from it
    sentences = page.locator("#claim-sources mark").all_inner_texts()
    assert len(sentences) == len(set(sentences)) >= 3
    ministry = page.locator("#claim-sources article").filter(
        has=page.locator("mark", has_text="Ministry of Defense stated"))
    figures = ministry.locator("ul.figures").inner_text()  # every figure of the sentence
    assert ministry.locator("ul.figures li").count() >= 2
    assert "at least 300 drones launched" in figures and "all drones intercepted" in figures
    assert page.locator("#event-map").inner_text() != ""  # the places, on a map or listed
    assert page.locator("#event-violations li").count() >= 1
    _readable(page, "#event-page")
    page.locator("#event-page").screenshot(path=artifacts / f"event-moscow-{page.size}.png")


def test_the_event_page_shows_the_truces_it_is_listed_against(page: Any) -> None:
    violations = [v for v in _api(page, "/api/violations?limit=1000")["items"] if v["event"]]
    listed = violations[0]
    _open(page, f"#/event/{listed['event']}")
    items = page.locator("#event-violations li")
    assert items.count() == sum(v["event"] == listed["event"] for v in violations)
    assert items.first.locator(f'a[href="#/term/{listed["term"]}"]').count() == 1
    _readable(page, "#event-page")


def test_a_term_page_shows_end_unknown_and_only_its_own_positions(
        page: Any, artifacts: Path) -> None:  # noqa: F811
    terms = _api(page, "/api/terms?limit=1000")["items"]
    unknown = next(t for t in terms if t["end"] == "end unknown" and t["checked_until"])
    _open(page, f"#/term/{unknown['term']}")
    summary = page.inner_text("#term-summary")
    assert "end unknown" in summary and "strikes checked to" in summary
    assert page.locator("#term-positions tbody tr").count() == len(unknown["positions"].split(", "))
    _readable(page, "#term-page")
    page.locator("#term-page").screenshot(path=artifacts / f"term-end-unknown-{page.size}.png")

    # a truce of a scope other truces share: its own positions, not theirs
    positions = _api(page, "/api/agreements?limit=1000")["items"]
    full = [t for t in terms if t["scope"] == "full"]
    shared = next(t for t in full if sum(p["scope"] == "full" for p in positions)
                  > len(t["positions"].split(", ")))
    own = shared["positions"].split(", ")
    _open(page, f"#/term/{shared['term']}")
    dates = page.locator("#term-positions tbody tr td:first-child").all_inner_texts()
    assert len(dates) == len(own)
    expected = sorted(p["date"] for p in positions if p["position"] in own)
    assert sorted(_iso(d) for d in dates) == expected


def test_a_term_page_lists_the_strikes_against_it_with_who_accuses_whom(
        page: Any, artifacts: Path) -> None:  # noqa: F811
    terms = _api(page, "/api/terms?limit=1000")["items"]
    energy = next(t for t in terms if t["scope"] == "energy_infrastructure")
    _open(page, "")
    page.locator("#terms h4 a", has_text="Energy infrastructure truce").first.click()
    _ready(page, "#/term/")
    assert page.inner_text("#term-title") == "Energy infrastructure truce: Russia and Ukraine"
    assert "Russia pledged it on 18 March 2025" in page.inner_text("#term-summary")
    strikes = page.locator("#term-strikes li")
    listed = [v for v in _api(page, "/api/violations?limit=1000")["items"]
              if v["term"] == energy["term"]]
    assert strikes.count() == len(listed) >= 1
    krasnodar = strikes.filter(has_text="Krasnodar")
    assert "accused: Ukraine" in krasnodar.inner_text()
    assert krasnodar.locator("blockquote").count() == 1  # the evidence sentence
    _readable(page, "#term-page")
    page.locator("#term-page").screenshot(path=artifacts / f"term-energy-{page.size}.png")


def test_axe_finds_no_serious_violation_on_these_pages(page: Any) -> None:
    terms = _api(page, "/api/terms")["items"]
    event = _api(page, "/api/events?since=2026-02-26")["items"][0]["event"]
    routes = {"#/night/2026-02-26": "#night", f"#/event/{event}": "#event-page",
              f"#/term/{terms[0]['term']}": "#term-page"}
    for route, section in routes.items():
        _open(page, route)
        assert_accessible(page, route, section)


def test_the_home_page_draws_events_fifty_at_a_time_and_few_strikes_per_truce(
        page: Any) -> None:
    # a large ledger's 1,000 rows (cards on a phone) were most of the home page's layout
    _open(page, "")
    total = _api(page, "/api/events?limit=1000")["total"]
    assert total > 50  # the corpus: 54 events
    rows = page.locator("#events-table tbody tr")
    page.wait_for_function("() => document.querySelectorAll('#events-table tbody tr').length")
    assert rows.count() == 50
    more = page.locator("#events-more button")
    assert more.inner_text() == f"Show {total - 50} more events (50 of {total} shown)"
    more.click()
    assert rows.count() == total and page.locator("#events-more").is_hidden()
    assert "RU" not in rows.locator("td:nth-child(2)").all_inner_texts()  # "Russia"
    for card in page.locator("#terms article.term").all():  # the rest on the term's page
        assert card.locator("li").count() <= 3
