"""The dashboard driven in a real headless Chromium (Debian's /usr/bin/chromium via Playwright).

A user's path on the seed articles: the timeline, a click on 11 March, the event with every
claim and its sentence highlighted in the document, the energy moratorium and the strike
listed against it, a search and the document it opens. Every test runs at two sizes, a laptop
(1440×900) and a phone (390×844): the ``page`` fixture is parametrized over ``VIEWPORTS``.

On each page it reaches, a test calls ``look(page, artifacts, name)``: nothing wider than the
screen, no serious or critical axe-core finding, and a full-page screenshot ``NAME-SIZE.png``
in ``test-artifacts/browser/`` (or ``$CEASEFIRE_TEST_ARTIFACTS``), and in
``$CEASEFIRE_DOCS_SCREENSHOTS`` too when it is set (how ``docs/dashboard/`` is regenerated).
The ``page`` fixture fails a test on any script error, console error, CSP violation or HTTP
error on the way. Without Chromium these tests are skipped, with the reason; ``.ci/run``
installs it and sets ``$CEASEFIRE_TEST_BROWSER_REQUIRED`` so they fail instead.

Other test files reuse the harness: ``from test_browser import artifacts, browser, look,
page, site  # noqa: F401``.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from conftest import serving

playwright = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
CHROMIUM = os.environ.get("CEASEFIRE_CHROMIUM", "/usr/bin/chromium")
REQUIRED = "CEASEFIRE_TEST_BROWSER_REQUIRED"
DOCS_SCREENSHOTS = "CEASEFIRE_DOCS_SCREENSHOTS"
# Chromium on a machine with no way out: no sandbox (root in CI), and none of the background
# connections it would make to Google's hosts at every start.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORTS = {"laptop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}
HOSTILE = ("Russia attacked Kyiv with 40 drones overnight, the air force said. "
           "<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\">")
# axe-core runs inside the page. The page's CSP allows only its own origin's scripts, so the
# test's browser context answers this one path of that origin with the vendored file itself
# (a Playwright route: the server never ships it): the CSP stays on, and a violation by the
# dashboard is still caught, which bypass_csp would hide.
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
AXE_PATH = "/static/test-only/axe.min.js"
SERIOUS = ("serious", "critical")
_errors: dict[int, list[str]] = {}  # what went wrong on each open tab, by id(page)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("CEASEFIRE_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def serve_documents(tmp_path_factory: pytest.TempPathFactory, documents: Iterable[Path],
                    written: Mapping[str, dict[str, Any]] | None = None) -> Iterator[str]:
    """`ceasefire serve` on a ledger that `ceasefire ingest` made of these documents and of
    those written for the test (by name), as a user runs it; yields the server's URL."""
    folder = tmp_path_factory.mktemp("inputs")
    for document in documents:
        shutil.copy(document, folder / document.name)
    for name, document in (written or {}).items():
        (folder / f"{name}.json").write_text(json.dumps(document))
    db = tmp_path_factory.mktemp("ledger") / "ledger.duckdb"
    command = Path(sys.executable).with_name("ceasefire")
    subprocess.run([command, "ingest", folder, "--db", db], check=True, capture_output=True)
    with serving(db, 30) as url:
        yield url


def corpus(*parts: str) -> list[Path]:
    """The articles of ../shared/corpus/PART for each part (the test is skipped without it)."""
    folders = [CORPUS / part for part in parts]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip(f"the corpus is not at {CORPUS}")
    return [article for folder in folders for article in sorted(folder.glob("*.json"))]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds plus one hostile document."""
    hostile = {"id": "hostile", "published": "2025-03-25", "source": "Test Wire", "text": HOSTILE}
    with serve_documents(tmp_path_factory, corpus("seeds"), {"hostile": hostile}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        message = f"the browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get(REQUIRED):
            pytest.fail(f"{message} and ${REQUIRED} is set")
        pytest.skip(message)
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def new_tab(browser: Any, size: str, timeout_ms: int = 10_000) -> tuple[Any, list[str]]:
    """A tab in a new browser context of one size ("laptop" or "phone"), with the list that
    collects its script errors, CSP violations and failed requests; it serves axe-core."""
    context = browser.new_context(viewport=VIEWPORTS[size])
    context.route(f"**{AXE_PATH}", lambda route: route.fulfill(
        path=AXE, content_type="text/javascript; charset=utf-8"))
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text)
           if message.type == "error" else None)
    tab.on("response", lambda response: errors.append(f"{response.status} {response.url}")
           if response.status >= 400 else None)
    tab.set_default_timeout(timeout_ms)
    return tab, errors


@contextmanager
def clean_tab(browser: Any, size: str, timeout_ms: int = 10_000) -> Iterator[Any]:
    """``new_tab`` for one test: closed after it, which fails if the tab saw a script error, a
    CSP violation or a failed request on the way (``look`` reads them meanwhile)."""
    tab, errors = new_tab(browser, size, timeout_ms)
    _errors[id(tab)] = errors
    try:
        yield tab
    finally:
        tab.context.close()
        del _errors[id(tab)]
    assert errors == [], errors


@pytest.fixture(params=list(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser: Any, site: str) -> Iterator[Any]:
    """The home page, drawn, in a tab of a context of one size: "laptop" or "phone"."""
    with clean_tab(browser, request.param) as tab:
        tab.goto(site + "/")
        _ready(tab, "")
        yield tab


def look(page: Any, artifacts: Path, name: str) -> None:
    """The checks every page passes at every size, with its screenshot ``NAME-SIZE.png`` (taken
    first, so that a failing page can be seen)."""
    shot = f"{name}-{size_of(page)}.png"
    page.screenshot(path=artifacts / shot, full_page=True)
    if os.environ.get(DOCS_SCREENSHOTS):
        docs = Path(os.environ[DOCS_SCREENSHOTS])
        docs.mkdir(parents=True, exist_ok=True)
        shutil.copy(artifacts / shot, docs / shot)
    assert _errors.get(id(page), []) == [], f"{name}: {_errors[id(page)]}"
    assert_fits(page, name)
    assert_accessible(page, name)


def size_of(page: Any) -> str:
    width = page.viewport_size["width"]
    return next(name for name, size in VIEWPORTS.items() if size["width"] == width)


def assert_fits(page: Any, name: str) -> None:
    """No horizontal scroll: the page is no wider than the window, and says what overflows."""
    widths = page.evaluate("""() => {
        const limit = window.innerWidth;
        const clipped = (node) => node.parentElement.closest("svg, .leaflet-container");
        const wide = [...document.querySelectorAll("body *")]
          .filter((node) => node.getBoundingClientRect().right > limit + 0.5
                   && node.getClientRects().length && !clipped(node))
          .slice(0, 5).map((node) => `${node.tagName.toLowerCase()}#${node.id}.${
            [...node.classList].join(".")} (${Math.round(node.getBoundingClientRect().right)} px)`);
        return {page: document.documentElement.scrollWidth, window: limit, wide};
    }""")
    assert widths["page"] <= widths["window"], f"{name} overflows: {widths}"


def assert_accessible(page: Any, name: str, within: str = "html") -> None:
    """axe-core finds no serious or critical violation on what is shown (hidden pages are not
    checked) in the page or the part of it WITHIN selects; the message lists each rule, its
    impact and the failing nodes' selectors."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_PATH)
    violations = page.evaluate("""async (within) => {
        const found = await axe.run(within, {resultTypes: ["violations"]});
        return found.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" "))}));
    }""", within)
    serious = [v for v in violations if v["impact"] in SERIOUS]
    assert serious == [], f"axe on {name} ({size_of(page)}):\n" + "\n".join(
        f"  {v['id']} ({v['impact']}: {v['help']}): {', '.join(v['nodes'][:8])}"
        for v in serious)


def test_timeline_to_the_11_march_event_with_its_claims_and_sentence(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    # the charts themselves: tests/test_browser_timeline.py; here the day's events from the
    # table of the timeline's bins (a week there), then the day
    page.wait_for_selector("#chart .timeline-chart.strikes canvas")
    page.locator("#chart details.timeline-table summary").click()
    bins = page.locator("#chart details.timeline-table a")
    bins.filter(has_text=re.compile(r"^(11|Week of 10–16) Mar 2025$")).first.click()
    _ready(page, "#/day")  # #/day/2025-03-11 in daily bins, #/days/2025-03-10/2025-03-16 in weekly
    assert page.inner_text("#events-title").startswith(("Events on 2025-03-11",
                                                        "Events from 2025-03-10"))
    look(page, artifacts, "home")

    page.goto(page.url.split("#")[0] + "#/day/2025-03-11")
    _ready(page, "#/day/2025-03-11")
    assert page.inner_text("#events-title") == "Events on 2025-03-11"
    rows = page.locator("#events-table tbody tr")
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr a').length > 0")
    moscow = rows.filter(has_text="Moscow")
    assert moscow.count() == 1
    look(page, artifacts, "day")

    moscow.locator("a").click()
    _ready(page, "#/event/")
    assert "11 March 2025" in page.inner_text("#event-title")
    claims = page.inner_text("#claims-table tbody")
    for claimant in ("Ministry of Defence", "Sobyanin"):
        assert claimant in claims
    for figure in ("300", "70", "343"):  # ministry, mayor and outlet, side by side
        assert figure in claims
    marks = page.locator("#claim-sources mark")
    assert marks.count() >= 2
    assert any("drones" in text for text in marks.all_inner_texts())
    # Each sentence is highlighted in its paragraph of the document, not shown alone.
    shown = page.locator("#claim-sources p.text").all_inner_texts()
    pairs = zip(shown, marks.all_inner_texts(), strict=True)
    assert any(len(text) > len(mark) + 20 for text, mark in pairs)
    look(page, artifacts, "event")


def test_the_energy_moratorium_and_the_strike_listed_against_it(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    link = page.locator("#terms h4 a", has_text="Energy infrastructure truce")
    link.click()
    _ready(page, "#/term/")
    assert "Energy infrastructure truce" in page.inner_text("#term-title")
    # how Russia is bound
    assert "Russia pledged it on 18 March 2025" in page.inner_text("#term-summary")
    assert page.locator("#term-positions tbody tr").count() >= 1
    strikes = page.locator("#term-strikes li")
    assert strikes.count() == 1 and "attacker not bound" in strikes.inner_text()
    assert "Krasnodar" in strikes.inner_text()
    look(page, artifacts, "term")

    strikes.locator("a").click()
    _ready(page, "#/event/")
    assert "Krasnodar" in page.inner_text("#event-title")


def test_the_map_shows_the_places_hit_on_the_shipped_base_map(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    # Natural Earth's regions, offline (the map's own tests: test_browser_map.py)
    assert page.locator("#map path.land.region").count() > 100
    assert page.locator('#map path.land[data-region="Kharkiv Oblast"]').count() == 1
    moscow = page.locator('#map path.place[data-place="Moscow"]')
    assert moscow.count() == 1
    page.locator("#map").screenshot(path=artifacts / f"map-seeds-{size_of(page)}.png")

    moscow.click()
    _ready(page, "#/place/Moscow")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    assert all("Moscow" in row for row in rows.all_inner_texts())
    assert "at Moscow" in page.inner_text("#events-filter")


def test_search_finds_documents_and_events_and_opens_the_match(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", "Sobyanin")
    page.press("#q", "Enter")
    _ready(page, "#/search/Sobyanin")
    events = page.locator("#search-events li a")
    documents = page.locator("#search-documents li.hit")
    assert events.count() >= 1 and documents.count() >= 1
    assert "Sobyanin" in documents.first.locator("mark").inner_text()
    look(page, artifacts, "search")

    documents.first.locator("a.title").click()
    _ready(page, "#/document/")
    assert "Sobyanin" in page.locator("#document-text mark").first.inner_text()
    assert len(page.inner_text("#document-text")) > 1000  # the whole document, as text
    look(page, artifacts, "document")


def test_a_hostile_document_is_shown_as_text_and_runs_nothing(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.url.split("#")[0] + "#/document/hostile")
    _ready(page, "#/document/hostile")
    shown = page.inner_text("#document-text")
    assert "<script>window.pwned = 1</script>" in shown
    assert '<img src=x onerror="window.pwned = 2">' in shown
    assert page.locator("main script, main img").count() == 0
    look(page, artifacts, "hostile-document")

    # The same text on its event's page, highlighted as a claim's sentence.
    page.goto(page.url.split("#")[0] + "#/search/pwned")
    _ready(page, "#/search/pwned")
    page.locator("#search-documents li.hit a.title").click()
    _ready(page, "#/document/hostile")
    page.goto(page.url.split("#")[0] + "#/day/2025-03-25")
    _ready(page, "#/day/2025-03-25")
    page.locator("#events-table tbody tr", has_text="Kyiv").locator("a").first.click()
    _ready(page, "#/event/")
    assert "<script>" in page.inner_text("#claim-sources")
    assert page.locator("main script, main img").count() == 0
    assert page.evaluate("window.pwned") is None


def _ready(page, hash_prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the route for ``hash_prefix`` has been drawn (app.js sets body[data-state])."""
    page.wait_for_function(
        "prefix => location.hash.startsWith(prefix) && document.body.dataset.state === 'ready'"
        " && document.body.dataset.route === location.hash",
        arg=hash_prefix)


