"""The map in a real headless Chromium, at a laptop's 1440×900 and a phone's 390×844, on a
ledger of the seeds, dev and dev2 articles of ``../shared/corpus``: regions drawn by Leaflet
from the shipped boundaries, places hit as dots, the downed-only layer and the choropleth on
demand, labels that fit, a click or Enter on a place or region for its events, the small
map the event page can use. Screenshots go to ``test-artifacts/browser/``.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from test_browser import (  # noqa: F401
    VIEWPORTS,
    _ready,
    artifacts,
    assert_accessible,
    browser,
    clean_tab,
    corpus,
    serve_documents,
)

PALETTE = {"rgb(254, 227, 145)", "rgb(254, 196, 79)", "rgb(254, 153, 41)", "rgb(204, 76, 2)",
           "rgb(140, 45, 4)"}  # ColorBrewer YlOrBr, as map.js draws it


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ceasefire serve` on a ledger of the seeds, dev and dev2 articles."""
    with serve_documents(tmp_path_factory, corpus("seeds", "dev", "dev2")) as url:
        yield url


@pytest.fixture(params=list(VIEWPORTS))
def tab(request: pytest.FixtureRequest, browser: object, site: str) -> Iterator[object]:  # noqa: F811
    with clean_tab(browser, request.param, 15_000) as page:
        page.device = request.param
        page.goto(site + "/")
        _ready(page, "")
        page.wait_for_selector("#map-view path.land.region", state="attached")
        yield page


def _fits_the_viewport(page) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate("""() => [...document.querySelectorAll(
        '#map, #map-view, #map-view > *, .map-controls label, .map-legend span')]
        .every((node) => node.getBoundingClientRect().right <= window.innerWidth + 0.5)""")


def _shown_labels(page) -> int:  # type: ignore[no-untyped-def]
    return page.locator("#map-view .region-label:not([hidden])").count()


def test_the_map_draws_regions_places_and_labels_within_the_viewport(tab, artifacts) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = tab
    assert page.locator("#map-view path.land.region").count() >= 100
    kharkiv = page.locator('#map-view path[data-region="Kharkiv Oblast"]')
    assert kharkiv.count() == 1
    # drawn, not only there: a page style that squeezes Leaflet's SVG to nothing hides them
    box = kharkiv.bounding_box()
    assert box is not None and box["width"] > 10 and box["height"] > 10
    assert page.evaluate("""() => [...document.querySelectorAll('#map-view .leaflet-pane svg')]
        .every((svg) => svg.getBoundingClientRect().width > 100)""")
    assert page.locator("#map-view path.place").count() >= 10  # cities and towns hit
    assert page.locator("#map-view path.region-hit").count() >= 1  # "Bryansk Oblast": a region
    assert page.locator("#map-view path.place.downed").count() == 0  # that layer starts off
    canvas = page.locator("#map-canvas")
    assert canvas.get_attribute("role") == "region" and "Map of places hit" in \
        canvas.get_attribute("aria-label")
    assert "Black Sea" in page.inner_text("#map-view .map-left")  # no dot in the sea
    assert _fits_the_viewport(page)
    shown = _shown_labels(page)
    assert shown >= 3
    page.locator("#map").screenshot(path=artifacts / f"map-{page.device}.png")

    page.locator("#map-view .leaflet-control-zoom-in").click()
    page.locator("#map-view .leaflet-control-zoom-in").click()
    page.wait_for_timeout(600)  # the zoom's animation
    assert _shown_labels(page) > shown  # closer in, more names fit
    page.locator("#map").screenshot(path=artifacts / f"map-{page.device}-zoomed.png")


def test_the_choropleth_shades_regions_with_a_legend_on_demand(tab, artifacts) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = tab
    assert page.locator("#map-view path.shaded").count() == 0
    page.get_by_label("Shade regions by strike events").check()
    shaded = page.locator("#map-view path.land.region.shaded")
    assert shaded.count() >= 5
    fills = set(shaded.evaluate_all("paths => paths.map((p) => getComputedStyle(p).fill)"))
    assert len(fills) >= 2 and fills <= PALETTE
    legend = page.locator("#map-view .map-legend .class")
    assert legend.count() >= 2 and legend.first.inner_text().strip().startswith("1")
    assert _fits_the_viewport(page)
    page.locator("#map").screenshot(path=artifacts / f"map-{page.device}-choropleth.png")

    page.get_by_label("Shade regions by strike events").uncheck()
    assert page.locator("#map-view path.shaded").count() == 0
    assert page.locator("#map-view .map-legend").count() == 0


def test_places_where_weapons_were_only_downed_are_a_layer_of_their_own(tab, artifacts) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = tab
    hit = page.locator("#map-view path.place:not(.downed)").count()
    toggle = page.get_by_label("Show places where weapons were only downed", exact=False)
    toggle.check()
    downed = page.locator("#map-view path.place.downed, #map-view path.region-hit.downed")
    assert downed.count() >= 1
    assert page.locator("#map-view path.place:not(.downed)").count() == hit
    # drawn apart: hollow and dashed, not in an attacker's colour
    assert downed.first.get_attribute("stroke-dasharray")
    page.locator("#map").screenshot(path=artifacts / f"map-{page.device}-downed.png")
    toggle.uncheck()
    assert downed.count() == 0


def test_a_click_on_a_place_shows_its_events(tab) -> None:  # type: ignore[no-untyped-def]
    page = tab
    lviv = page.locator('#map-view path.place[data-place="Lviv"]')
    assert lviv.count() == 1
    lviv.click()
    _ready(page, "#/place/Lviv")
    assert "at Lviv" in page.inner_text("#events-filter")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1 and all("Lviv" in row for row in rows.all_inner_texts())


def test_a_click_on_a_region_shows_the_events_in_it(tab) -> None:  # type: ignore[no-untyped-def]
    page = tab
    page.goto(page.url.split("#")[0] + "#/region/Kharkiv%20Oblast")
    _ready(page, "#/region/Kharkiv%20Oblast")
    assert "in Kharkiv Oblast" in page.inner_text("#events-filter")
    assert "selected" in page.locator(
        '#map-view path[data-region="Kharkiv Oblast"]').get_attribute("class")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1 and "No event" not in rows.first.inner_text()
    page.goto(page.url.split("#")[0] + "#/")
    _ready(page, "#/")
    region = page.locator('#map-view path[data-region="Kursk Oblast"]')
    region.dispatch_event("click")  # the region under its dots and outline
    _ready(page, "#/region/Kursk%20Oblast")
    assert "in Kursk Oblast" in page.inner_text("#events-filter")


def test_places_are_reached_by_tab_and_opened_by_enter(tab) -> None:  # type: ignore[no-untyped-def]
    page = tab
    page.get_by_label("Show places where weapons were only downed", exact=False).focus()
    for _ in range(8):  # the map itself (arrow keys pan it), its zoom buttons, then places
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('path.place, path.region-hit')"):
            break
    focused = page.evaluate("""() => ({ name: document.activeElement.getAttribute('data-place'),
        label: document.activeElement.getAttribute('aria-label'),
        stroke: getComputedStyle(document.activeElement).stroke })""")
    assert focused["name"] and focused["name"] in focused["label"]
    assert focused["stroke"] == "rgb(0, 0, 0)"  # a visible focus
    assert page.locator(".leaflet-tooltip", has_text=focused["name"]).count() == 1
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash.startsWith('#/place/') || "
                           "location.hash.startsWith('#/region/')")
    _ready(page, "#/")
    assert page.locator("#events-filter").is_visible()


def test_the_small_map_of_one_event_draws_its_places(tab, artifacts) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = tab
    drawn = page.evaluate("""async () => {
        const { drawPlaceMap } = await import('/static/map.js');
        const places = await (await fetch('/api/places')).json();
        const event = places.features.find((f) => f.properties.place === 'Lviv').properties.event;
        const box = document.createElement('div');
        box.id = 'small-map-test';
        document.querySelector('#map').append(box);
        await drawPlaceMap(box, places.features.filter((f) => f.properties.event === event),
                           { small: true });
        return { places: box.querySelectorAll('path.place, path.region-hit').length,
                 regions: box.querySelectorAll('path.land.region').length,
                 height: box.getBoundingClientRect().height,
                 label: box.getAttribute('aria-label') };
    }""")
    assert drawn["places"] >= 1 and drawn["regions"] >= 20
    assert 100 < drawn["height"] <= 300 and "Lviv" in drawn["label"]
    page.locator("#small-map-test").screenshot(path=artifacts / f"map-{page.device}-small.png")

    # the same from the event's own page data, as the event page has it
    from_event = page.evaluate("""async () => {
        const { drawPlaceMap, eventFeatures } = await import('/static/map.js');
        const places = await (await fetch('/api/places')).json();
        const id = places.features.find((f) => f.properties.place === 'Lviv').properties.event;
        const { event } = await (await fetch(`/api/events/${id}`)).json();
        const box = document.createElement('div');
        document.querySelector('#map').append(box);
        await drawPlaceMap(box, eventFeatures(event));
        return [...box.querySelectorAll('[data-place]')].map((p) => p.getAttribute('data-place'));
    }""")
    assert "Lviv" in from_event


def test_axe_finds_no_serious_violation_in_the_map(tab) -> None:  # type: ignore[no-untyped-def]
    tab.wait_for_selector("#map-view path.place", state="attached")
    tab.get_by_label("Shade regions by strike events").check()  # the legend too
    assert_accessible(tab, "the map", "#map")


def test_a_reader_who_asks_for_less_motion_gets_a_map_without_animation(browser, site) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for motion, animated in (("no-preference", True), ("reduce", False)):
        context = browser.new_context(viewport=VIEWPORTS["laptop"], reduced_motion=motion)
        page = context.new_page()
        page.goto(site + "/")
        _ready(page, "")
        # Leaflet marks a map that fades its layers in and out with this class
        assert page.locator("#map-canvas.leaflet-fade-anim").count() == int(animated), motion
        context.close()
