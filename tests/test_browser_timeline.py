"""The timeline (static/timeline.js, drawn by uPlot) in headless Chromium, on a laptop and a phone.

Over a ledger of the seeds, dev and dev2 articles (January 2025 to April 2026, long enough to
need weekly bins): the bins the period asks for, the axes' ticks, a zoom by dragging across a
chart, a click on a bin that lands on its events, the truce terms as labelled bands (a term
whose end is unknown says so, and is not shaded as in force for the rest of the chart), and a
chart that fits the screen. Screenshots go to the ``artifacts`` folder (timeline-*.png).
"""
# ruff: noqa: F811  (the tests take the imported fixtures, browser and artifacts, as arguments)
from __future__ import annotations

import datetime as dt
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

SCREENS = {name: (size["width"], size["height"]) for name, size in VIEWPORTS.items()}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ceasefire serve` on a ledger of the seeds, dev and dev2 articles."""
    with serve_documents(tmp_path_factory, corpus("seeds", "dev", "dev2")) as url:
        yield url


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def page(browser: object, site: str, screen: str) -> Iterator[object]:  # noqa: F811
    with clean_tab(browser, screen) as tab:
        tab.goto(site + "/")
        _ready(tab, "")
        tab.wait_for_selector("#chart .timeline-chart.strikes canvas")
        yield tab


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _shown(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The period drawn and its bins, as timeline.js sets them on #chart."""
    return page.evaluate("() => ({...document.querySelector('#chart').dataset})")


def _weeks(first: dt.date, last: dt.date) -> int:
    """Monday-to-Sunday weeks holding the days first..last."""
    monday = first - dt.timedelta(days=first.weekday())
    return (last - monday).days // 7 + 1


def _months(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _ticks(page, chart: str, axis: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels uPlot drew on an axis of a chart (``strikes`` or ``casualties``)."""
    chart_root = page.locator(f"#chart .timeline-chart.{chart} .uplot")
    labels = chart_root.get_attribute(f"data-{axis}-ticks")
    return labels.split("|") if labels else []


def _x_of(page, day: str) -> float:  # type: ignore[no-untyped-def]
    """The page x of the middle of ``day`` on the strikes chart: the x scale runs from the
    first bin's start to the last bin's end across the plotting area (uPlot's .u-over)."""
    shown = _shown(page)
    first, last = _day(shown["from"]), _day(shown["to"]) + dt.timedelta(days=1)
    page.locator("#chart .strikes .u-over").scroll_into_view_if_needed()
    box = page.locator("#chart .strikes .u-over").bounding_box()
    return box["x"] + box["width"] * ((_day(day) - first).days + 0.5) / (last - first).days


def test_the_whole_period_has_weekly_bins_dated_ticks_and_counted_axes(  # type: ignore[no-untyped-def]
        page, screen, artifacts) -> None:
    shown = _shown(page)
    first, last = _day(shown["from"]), _day(shown["to"])
    # the ledger's first strike (24 Jan 2025) to the last day of its last truce (11 Apr 2026)
    assert first <= dt.date(2025, 1, 24) and last >= dt.date(2026, 4, 11)
    if screen == "laptop":  # 64 weeks on 1,300 px; on 340 px they would be hairlines
        assert shown["unit"] == "week" and first.weekday() == 0 and last.weekday() == 6
        assert int(shown["bins"]) == _weeks(first, last) == 64
    else:
        assert shown["unit"] == "month" and first.day == 1
        assert int(shown["bins"]) == _months(first, last) == 16
    for chart in ("strikes", "casualties"):
        dates = _ticks(page, chart, "x")
        assert len(dates) >= 4 and any("2025" in label for label in dates)
        assert any(label.startswith(("Apr", "May", "Jun", "Jul")) for label in dates)
        counts = _ticks(page, chart, "y")
        assert len(counts) >= 3 and counts[0] == "0"
    assert "600" in _ticks(page, "strikes", "y")  # 643 launched on 28 Sep 2025
    label = page.locator("#chart .strikes .uplot").get_attribute("aria-label")
    assert f"{shown['bins']} {shown['unit']} bins" in label and "Russia on Ukraine" in label
    page.locator("#timeline").screenshot(path=artifacts / f"timeline-whole-{screen}.png")


@pytest.mark.parametrize(("button", "unit", "days"), [("Latest 7 days", "day", 7),
                                                      ("Latest 12 months", "week", 365)])
def test_a_week_has_daily_bins_and_a_year_weekly_bins(  # type: ignore[no-untyped-def]
        page, screen, artifacts, button, unit, days) -> None:
    page.get_by_role("button", name=button).click()
    page.wait_for_function("unit => document.querySelector('#chart').dataset.unit === unit",
                           arg=unit)
    shown = _shown(page)
    first, last = _day(shown["from"]), _day(shown["to"])
    latest = dt.date(2026, 3, 6)  # the latest strike in the ledger
    if unit == "day":
        assert (first, last) == (latest - dt.timedelta(days=6), latest)
        assert int(shown["bins"]) == 7
    else:
        assert first <= latest - dt.timedelta(days=days - 1) and last >= latest
        assert int(shown["bins"]) == _weeks(latest - dt.timedelta(days=days - 1), latest)
    assert len(_ticks(page, "strikes", "x")) >= 3
    for chart in ("strikes", "casualties"):  # small counts too: 0, 5, 10
        assert len(_ticks(page, chart, "y")) >= 3
    page.locator("#timeline").screenshot(path=artifacts / f"timeline-{unit}-{screen}.png")


def test_dragging_across_the_chart_zooms_in_to_daily_bins_and_reset_restores(page, screen) -> None:  # type: ignore[no-untyped-def]
    whole = _shown(page)
    for name in ("Whole period", "Zoom out", "← Earlier", "Later →"):  # nothing to move to
        assert page.locator("#timeline").get_by_role("button", name=name).is_disabled()
    page.locator("#chart .strikes .u-over").scroll_into_view_if_needed()
    box = page.locator("#chart .strikes .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(_x_of(page, "2025-03-03"), y)
    page.mouse.down()
    page.mouse.move(_x_of(page, "2025-03-30"), y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('#chart').dataset.unit === 'day'")
    zoomed = _shown(page)
    first, last = _day(zoomed["from"]), _day(zoomed["to"])
    # the days dragged over, give or take the bin the mouse stopped in
    assert abs((first - dt.date(2025, 3, 3)).days) <= 31
    assert abs((last - dt.date(2025, 3, 30)).days) <= 31
    assert int(zoomed["bins"]) == (last - first).days + 1 <= 92
    assert page.url.endswith("/")  # a drag is not a click: no events page opened
    # the timeline's own buttons: the map has a "Zoom out" of its own
    assert page.locator("#timeline").get_by_role("button", name="Zoom out").is_enabled()
    page.locator("#timeline").get_by_role("button", name="Whole period").click()
    page.wait_for_function("bins => document.querySelector('#chart').dataset.bins === bins",
                           arg=whole["bins"])
    assert _shown(page) == whole


def test_a_click_on_a_bin_lands_on_its_events(page, screen, artifacts) -> None:  # type: ignore[no-untyped-def]
    if screen == "laptop":  # a week: a range of days
        x = _x_of(page, "2025-03-11")  # scrolls the chart into view
        box = page.locator("#chart .strikes .u-over").bounding_box()
        page.mouse.click(x, box["y"] + box["height"] - 5)
        _ready(page, "#/days/2025-03-10/2025-03-16")
        assert page.inner_text("#events-title") == "Events from 2025-03-10 to 2025-03-16"
    else:  # on a phone a month, or a day after "Latest 7 days"
        page.get_by_role("button", name="Latest 7 days").click()
        page.wait_for_function("() => document.querySelector('#chart').dataset.unit === 'day'")
        x = _x_of(page, "2026-03-05")  # scrolls the chart into view
        box = page.locator("#chart .strikes .u-over").bounding_box()
        page.mouse.click(x, box["y"] + box["height"] - 5)
        _ready(page, "#/day/2026-03-05")
        assert page.inner_text("#events-title") == "Events on 2026-03-05"
    page.wait_for_function("() => document.querySelectorAll('#events-table tbody tr a').length > 0")
    rows = page.locator("#events-table tbody tr").all_inner_texts()
    # the first cell of each row (on a phone the rows are cards: no tabs between cells)
    dates = page.locator("#events-table tbody tr td:first-child").all_inner_texts()
    if screen == "laptop":
        assert "2025-03-11" in dates and all("2025-03-10" <= d <= "2025-03-16" for d in dates)
        assert any("Moscow" in row for row in rows)
    else:
        assert dates and all(d == "2026-03-05" for d in dates)
    page.screenshot(path=artifacts / f"timeline-click-{screen}.png")


def test_the_table_of_bins_links_each_bin_to_its_events(page, screen) -> None:  # type: ignore[no-untyped-def]
    page.locator("#chart details.timeline-table summary").click()
    week = page.locator("#chart details.timeline-table tbody tr", has_text="Week of 10–16 Mar 2025")
    if screen == "phone":  # monthly bins there
        week = page.locator("#chart details.timeline-table tbody tr", has_text="Mar 2025")
    assert week.count() == 2  # both sides struck that week (month)
    russia = week.filter(has_text="Russia on Ukraine")
    launched = "127" if screen == "laptop" else "437"  # 11 March; 8, 11, 19 and 26 March
    assert launched in russia.locator("td").all_inner_texts()
    russia.locator("a").click()
    _ready(page, "#/days/2025-03-")


def test_terms_are_labelled_bands_and_an_unknown_end_says_so(page, screen, artifacts) -> None:  # type: ignore[no-untyped-def]
    labels = page.locator("#chart .timeline-terms a.term-label")
    texts = labels.all_inner_texts()
    assert "Energy infrastructure truce, 18 Mar – 16 Apr 2025" in texts
    assert "Black Sea truce, from 25 Mar 2025, end unknown" in texts
    assert "Full ceasefire declared by Russia, 8–10 May 2025" in texts
    assert "Local pause, from 16 Jan 2026, end unknown" in texts
    for label in labels.all():  # every label readable in full, inside the screen
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= SCREENS[screen][0]
        assert label.evaluate("a => a.scrollWidth <= a.clientWidth")
    # shaded inside the energy moratorium; the local pause of 16 Jan 2026 (end unknown)
    # hatched, then fading out: nothing shaded two months later, as if a truce were in force
    assert _shade(page, "2025-04-08") > 10
    assert _shade(page, "2026-01-17") > 10
    assert _shade(page, "2026-03-20") == 0
    labels.filter(has_text="Energy infrastructure").click()
    _ready(page, "#/term/")


def _shade(page, day: str) -> int:  # type: ignore[no-untyped-def]
    """How green the greenest pixel of an 8 px square at the top of the strikes chart is, from
    ``day`` on: green minus red, 0 for white and the grey gridlines (the truce bands are
    green, drawn under the bars down the whole plot; no bar reaches its top; a hatch leaves
    gaps, hence a square)."""
    x = _x_of(page, day)  # scrolls the chart into view
    box = page.locator("#chart .strikes canvas").bounding_box()
    x -= box["x"]
    over = page.locator("#chart .strikes .u-over").bounding_box()
    y = over["y"] - box["y"] + 2
    return page.evaluate("""([x, y]) => {
        const canvas = document.querySelector('#chart .strikes canvas');
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const side = Math.round(8 * scale);
        const pixels = canvas.getContext('2d')
            .getImageData(Math.round(x * scale), Math.round(y * scale), side, side).data;
        let greenest = 0;
        for (let i = 0; i < pixels.length; i += 4) {
            const [r, g, , a] = pixels.slice(i, i + 4);
            if (a) greenest = Math.max(greenest, g - r);
        }
        return greenest;
    }""", [x, y])


def test_weapons_and_series_are_buttons_with_plain_names(page, screen) -> None:  # type: ignore[no-untyped-def]
    legend = page.locator("#chart .timeline-legend button")
    names = [button.get_attribute("aria-label") for button in legend.all()]
    assert names == [
        "Russia on Ukraine: launched", "Russia on Ukraine: intercepted",
        "Ukraine on Russia: launched", "Ukraine on Russia: intercepted",
        "Killed in Russia's strikes", "Injured in Russia's strikes",
        "Killed in Ukraine's strikes", "Injured in Ukraine's strikes"]
    assert legend.first.inner_text() == "launched"  # beside "Russia on Ukraine:"
    drones = page.get_by_role("button", name="Drones", exact=True)
    drones.click()
    assert drones.get_attribute("aria-pressed") == "true"
    assert legend.first.get_attribute("aria-label") == "Russia on Ukraine: drones launched"
    assert legend.first.inner_text() == "drones launched"
    legend.first.focus()
    page.keyboard.press("Enter")  # reachable and pressed from the keyboard
    assert legend.first.get_attribute("aria-pressed") == "false"
    assert "drones" in page.locator("#chart .strikes .uplot").get_attribute("aria-label")


def test_the_chart_fits_the_screen_with_readable_text(page, screen, artifacts) -> None:  # type: ignore[no-untyped-def]
    width = SCREENS[screen][0]
    for canvas in page.locator("#chart canvas").all():
        box = canvas.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    section = page.locator("#timeline")
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth")
    assert section.bounding_box()["x"] + section.bounding_box()["width"] <= width
    sizes = page.evaluate("""() => [...document.querySelectorAll(
        '#timeline button, #timeline .term-label, #timeline p, #timeline td')]
        .map(e => parseFloat(getComputedStyle(e).fontSize))""")
    assert sizes and min(sizes) >= 11
    page.set_viewport_size({"width": width - 60, "height": SCREENS[screen][1]})
    page.wait_for_function(  # resized with its container
        "w => document.querySelector('#chart canvas').getBoundingClientRect().right <= w",
        arg=width - 60)
    for label in page.locator("#chart .timeline-terms a.term-label").all():  # wrapped, not cut
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width - 60
        assert label.evaluate("a => a.scrollWidth <= a.clientWidth")
    assert "end unknown" in page.inner_text("#chart .timeline-terms")
    page.locator("#timeline").scroll_into_view_if_needed()
    page.screenshot(path=artifacts / f"timeline-page-{screen}.png")


def test_the_chart_is_read_bin_by_bin_from_the_keyboard(page, screen) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("button", name="Latest 7 days").click()
    page.wait_for_function("() => document.querySelector('#chart').dataset.unit === 'day'")
    page.locator("#chart .timeline-chart.strikes").focus()
    page.keyboard.press("End")  # 6 March 2026, the latest strike
    assert page.inner_text("#chart .timeline-readout") == (
        "6 Mar 2026: Ukraine on Russia: 1 event.")
    page.keyboard.press("ArrowLeft")
    readout = page.inner_text("#chart .timeline-readout")
    assert readout.startswith("5 Mar 2026: Ukraine on Russia: 1 event, intercepted 68")
    assert page.locator("#chart .timeline-readout").get_attribute("aria-live") == "polite"
    page.keyboard.press("Enter")
    _ready(page, "#/day/2026-03-05")


def test_axe_finds_no_serious_violation_in_the_timeline(page, screen) -> None:  # type: ignore[no-untyped-def]
    assert_accessible(page, "the timeline", "#timeline")
