"""The home page in Chromium asks for what it draws, and draws each part when its own data
arrives (on the ledger of the seeds, dev and dev2 articles that ``test_browser_map`` serves):
the map from one point per place, a region's events by its whole name, the timeline and the
map even when the violations never come."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from test_browser import _ready, browser  # noqa: F401
from test_browser_map import site  # noqa: F401


@pytest.fixture
def context(browser, site) -> Iterator[object]:  # type: ignore[no-untyped-def]  # noqa: F811
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    yield context
    context.close()


def _get(site: str, path: str, **params: object) -> dict:  # noqa: F811
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{site}{path}?{query}") as answer:
        return json.loads(answer.read())


def test_the_map_draws_a_point_per_place_and_a_region_lists_its_own_events(
        context, site) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(site + "/")
    _ready(page, "")
    places = [urllib.parse.urlsplit(url) for url in asked if "/api/places" in url]
    assert [p.query for p in places] == ["per=place"]  # not a point per place of each event

    summed = _get(site, "/api/places", per="place")
    kyiv = next(f["properties"] for f in summed["features"]
                if f["properties"]["place"] == "Kyiv")
    assert kyiv["events"] > 1
    dot = page.locator('#map-view path.place[data-place="Kyiv"]')
    assert dot.get_attribute("data-events") == str(kyiv["events"])

    # a region's events: those with a place in it, on every place of the event
    page.goto(site + "/#/region/" + urllib.parse.quote("Kyiv City"))
    _ready(page, "#/region/")
    expected = _get(site, "/api/events", at="Kyiv City", limit=1000)["total"]
    assert expected >= 1
    note = page.locator("#events-filter").text_content() or ""
    assert note.startswith(f"{expected} event")
    assert page.locator("#events-table tbody tr").count() == expected


def test_the_timeline_and_the_map_draw_without_the_violations(context, site) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = context.new_page()
    page.route("**/api/violations*", lambda route: route.abort())
    page.goto(site + "/")
    _ready(page, "")
    assert page.locator("#status").text_content().startswith("Could not load")
    assert page.locator("#chart .timeline-chart.strikes canvas").count() >= 1
    assert page.locator("#map-view path.place").count() >= 5
    assert page.locator("#events-table tbody tr").count() >= 5
