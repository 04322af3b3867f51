"""The dashboard on a phone and from the keyboard, in headless Chromium (the harness of
test_browser.py: every test runs at 1440×900 and 390×844).

Tables become a card per row on a phone, each cell beside its column's name; a long word or
URL wraps instead of widening the page; the first Tab reaches a skip link that moves focus to
the content without changing the route; every control shows where the focus is; a followed
link leaves the focus on the new page's title; the palette is Okabe–Ito's.
"""
# ruff: noqa: F811  (the tests take the imported fixtures, page and artifacts, as arguments)
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_browser import (  # noqa: F401
    DOCS_SCREENSHOTS,
    _ready,
    artifacts,
    browser,
    corpus,
    look,
    page,
    serve_documents,
    size_of,
)

# A document written for these tests: a word and a URL longer than a phone is wide.
LONG_WORD = "Zaporizhzhia" * 12
LONG_URL = "https://example.org/" + "/".join(["reports"] * 30) + "?" + "&".join(["a=1"] * 30)
LONG = {"id": "a-very-long-word", "published": "2025-03-26", "source": "Test Wire",
        "title": f"A title with {LONG_WORD}", "url": LONG_URL,
        "text": f"Russia attacked Kharkiv with 12 drones overnight, the air force said. "
                f"The word {LONG_WORD} and the link {LONG_URL} are written for this test."}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ceasefire serve` on the seeds and the long-word document."""
    with serve_documents(tmp_path_factory, corpus("seeds"), {"long": LONG}) as url:
        yield url


def test_a_table_is_a_card_per_row_on_a_phone_and_a_grid_on_a_laptop(page: Any) -> None:
    page.wait_for_function("() => document.querySelectorAll('#events-table td a').length > 0")
    headers = page.locator("#events-table thead th").all_inner_texts()
    first = page.locator("#events-table tbody tr").first
    cells = first.locator("td")
    assert [cells.nth(i).get_attribute("data-label") for i in range(cells.count())] == headers
    shown = page.evaluate("""() => {
        const row = document.querySelector("#events-table tbody tr");
        const cell = row.querySelector("td");
        return {row: getComputedStyle(row).display,
                label: getComputedStyle(cell, "::before").content,
                header: document.querySelector("#events-table thead").getBoundingClientRect()};
    }""")
    if size_of(page) == "phone":
        assert shown["row"] == "block"
        assert shown["label"] == '"Date"'  # the column's name before the value
        assert shown["header"]["height"] <= 1  # out of sight, still read by screen readers
    else:
        assert shown["row"] == "table-row"
        assert shown["label"] in ("none", "normal")
    # the cells keep their table semantics when CSS makes them blocks
    assert page.get_attribute("#events-table", "role") == "table"
    assert first.get_attribute("role") == "row" and cells.first.get_attribute("role") == "cell"


def test_a_table_filled_later_is_labelled_too(page: Any) -> None:
    page.locator("#terms h4 a").first.click()
    _ready(page, "#/term/")
    page.wait_for_selector("#term-positions tbody tr td")
    labels = page.locator("#term-positions tbody tr").first.locator("td")
    assert labels.first.get_attribute("data-label") == "Date"
    assert labels.last.get_attribute("data-label") == "Sentence"


def test_any_table_a_page_adds_is_labelled_its_row_headers_untouched(page: Any) -> None:
    # a table as a page of another part might build it: claimants across, a metric per row
    labelled = page.evaluate("""async () => {
        const table = document.createElement("table");
        const head = table.createTHead().insertRow();
        for (const name of ["Metric", "Air Force", "Ministry"]) {
            const th = document.createElement("th");
            th.textContent = name;
            head.append(th);
        }
        const row = table.createTBody().insertRow();
        const metric = document.createElement("th");
        metric.textContent = "launched";
        row.append(metric);
        for (const figure of ["40", "35"]) row.insertCell().textContent = figure;
        document.querySelector("#events").append(table);
        await new Promise((done) => requestAnimationFrame(done));
        const cells = [...row.cells];
        return {labels: cells.map((c) => c.dataset.label || null),
                roles: cells.map((c) => c.getAttribute("role")),
                display: getComputedStyle(metric).display,
                before: getComputedStyle(metric, "::before").content};
    }""")
    assert labelled["labels"] == [None, "Air Force", "Ministry"]
    assert labelled["roles"] == ["rowheader", "cell", "cell"]
    if size_of(page) == "phone":
        assert labelled["display"] == "block"  # the card's title, with no label before it
    assert labelled["before"] in ("none", "normal")


def test_a_long_word_and_url_wrap_instead_of_widening_the_page(page: Any,
                                                               artifacts: Path) -> None:
    page.goto(page.url.split("#")[0] + "#/document/a-very-long-word")
    _ready(page, "#/document/a-very-long-word")
    assert LONG_WORD in page.inner_text("#document-text").replace("\n", "")
    look(page, artifacts, "long-words")  # nothing wider than the screen, axe clean
    page.fill("#q", "Zaporizhzhia")
    page.press("#q", "Enter")
    _ready(page, "#/search/Zaporizhzhia")
    assert page.locator("#search-documents li.hit").count() >= 1
    look(page, artifacts, "long-words-search")


def test_the_first_tab_reaches_a_skip_link_that_moves_focus_to_the_content(page: Any) -> None:
    page.goto(page.url.split("#")[0] + "#/search/Kyiv")
    page.reload()  # a first load: the focus at the top of the page
    _ready(page, "#/search/Kyiv")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert page.evaluate("() => document.activeElement.className") == "skip"
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0  # shown once focused (off screen before)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    assert page.evaluate("() => location.hash") == "#/search/Kyiv"  # the route is kept
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.closest('main') !== null")
    assert focused  # the next stop is in the content, after the header's search form


def test_the_header_is_tabbed_in_reading_order(page: Any) -> None:
    stops = []
    for _ in range(4):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("""() => { const a = document.activeElement;
            return a.id || a.className || a.textContent.trim(); }"""))
    assert stops == ["skip", "Ceasefire Monitor", "q", "Search"]


def test_every_stop_of_the_tab_order_shows_the_focus(page: Any) -> None:
    seen = set()
    for _ in range(25):  # the header, the charts' days, the map's places, the tables' links
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => {
            const a = document.activeElement, style = getComputedStyle(a);
            return {what: `${a.tagName.toLowerCase()}.${a.getAttribute("class") || ""}`,
                    outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
                    stroke: parseFloat(style.strokeWidth) || 0};
        }""")
        seen.add(stop["what"])
        visible = stop["outline"] != "none" and stop["width"] >= 2
        assert visible or stop["stroke"] >= 2, stop
    assert len(seen) >= 4  # the walk went past the header


def test_a_followed_link_leaves_the_focus_on_the_new_pages_title(page: Any) -> None:
    page.locator("#events-table tbody tr a").first.focus()
    page.keyboard.press("Enter")
    _ready(page, "#/event/")
    focused = page.evaluate("() => [document.activeElement.id, document.activeElement.tagName]")
    assert focused == ["event-title", "H2"]


def test_the_palette_is_okabe_ito(page: Any) -> None:
    colours = page.evaluate("""() => {
        const root = getComputedStyle(document.documentElement);
        return Object.fromEntries(["--ru", "--ua", "--truce-line", "--truce"].map(
            (name) => [name, root.getPropertyValue(name).trim().toUpperCase()]));
    }""")
    assert colours["--ru"] == "#D55E00"  # vermillion: Russia's attacks
    assert colours["--ua"] == "#0072B2"  # blue: Ukraine's
    assert colours["--truce-line"] == "#009E73"  # bluish green: truces
    assert colours["--truce"].startswith("RGB(0 158 115 /")  # the same, at low opacity


def test_look_copies_its_screenshot_for_the_docs_when_asked(page: Any, artifacts: Path,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setenv(DOCS_SCREENSHOTS, str(tmp_path / "dashboard"))
    look(page, artifacts, "home-for-docs")
    shot = tmp_path / "dashboard" / f"home-for-docs-{size_of(page)}.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.read_bytes() == (artifacts / shot.name).read_bytes()
