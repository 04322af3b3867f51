"""The dashboard driven in a real headless Chromium (Debian's /usr/bin/chromium via Playwright).

A user's path on the seed articles: the timeline, a click on 11 March, the event with every
claim and its sentence highlighted in the document, the energy moratorium and the strike
listed against it. A screenshot of each page goes to ``test-artifacts/browser/`` (or
``$CEASEFIRE_TEST_ARTIFACTS``). Without Chromium these tests are skipped, with the reason;
``.ci/run`` installs it and sets ``$CEASEFIRE_TEST_BROWSER_REQUIRED`` so they fail instead.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import serving

playwright = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CHROMIUM = os.environ.get("CEASEFIRE_CHROMIUM", "/usr/bin/chromium")
REQUIRED = "CEASEFIRE_TEST_BROWSER_REQUIRED"
# Chromium on a machine with no way out: no sandbox (root in CI), and none of the background
# connections it would make to Google's hosts at every start.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ("Russia attacked Kyiv with 40 drones overnight, the air force said. "
           "<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\">")


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("CEASEFIRE_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ceasefire serve` on a ledger of the seeds plus one hostile document, as a user runs it."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed corpus is not at {SEEDS}")
    folder = tmp_path_factory.mktemp("inputs")
    for seed in SEEDS.glob("*.json"):
        shutil.copy(seed, folder / seed.name)
    (folder / "hostile.json").write_text(json.dumps(
        {"id": "hostile", "published": "2025-03-25", "source": "Test Wire", "text": HOSTILE}))
    db = tmp_path_factory.mktemp("ledger") / "seeds.duckdb"
    command = Path(sys.executable).with_name("ceasefire")
    subprocess.run([command, "ingest", folder, "--db", db], check=True, capture_output=True)
    with serving(db, 30) as url:
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


@pytest.fixture
def page(browser: object, site: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text)
           if message.type == "error" else None)
    tab.on("response", lambda response: errors.append(f"{response.status} {response.url}")
           if response.status >= 400 else None)
    tab.set_default_timeout(10_000)
    tab.goto(site + "/")
    _ready(tab, "")
    yield tab
    context.close()
    assert errors == [], errors  # no script error and no CSP violation on the way


def test_timeline_to_the_11_march_event_with_its_claims_and_sentence(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#chart svg a.day")
    assert page.locator("#chart svg.strikes rect.truce").count() >= 1  # the moratorium, shaded
    # launched and intercepted split into drones and missiles; killed and injured below
    assert page.locator("#chart svg.strikes rect.launched.drones").count() >= 1
    assert page.locator("#chart svg.strikes rect.launched.missiles").count() >= 1
    assert page.locator("#chart svg.casualties rect.killed").count() >= 1
    assert page.locator("#chart svg.casualties rect.injured").count() >= 1
    page.screenshot(path=artifacts / "1-timeline.png", full_page=True)

    page.locator('#chart a.day[data-date="2025-03-11"]').first.click()
    _ready(page, "#/day/2025-03-11")
    assert page.inner_text("#events-title") == "Events on 2025-03-11"
    rows = page.locator("#events-table tbody tr")
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr a').length > 0")
    moscow = rows.filter(has_text="Moscow")
    assert moscow.count() == 1
    page.screenshot(path=artifacts / "2-events-on-11-march.png", full_page=True)

    moscow.locator("a").click()
    _ready(page, "#/event/")
    assert "2025-03-11" in page.inner_text("#event-title")
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
    page.screenshot(path=artifacts / "3-event-11-march.png", full_page=True)


def test_the_energy_moratorium_and_the_strike_listed_against_it(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    link = page.locator("#terms h4 a", has_text="energy_infrastructure")
    link.click()
    _ready(page, "#/term/")
    assert "energy_infrastructure" in page.inner_text("#term-title")
    assert "RU pledged 2025-03-18" in page.inner_text("#term-summary")  # how RU is bound
    assert page.locator("#term-positions tbody tr").count() >= 1
    strikes = page.locator("#term-strikes li")
    assert strikes.count() == 1 and "outside_parties" in strikes.inner_text()
    assert "Krasnodar" in strikes.inner_text()
    page.screenshot(path=artifacts / "4-energy-moratorium.png", full_page=True)

    strikes.locator("a").click()
    _ready(page, "#/event/")
    assert "Krasnodar" in page.inner_text("#event-title")


def test_the_map_shows_the_places_hit_on_the_shipped_base_map(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    # Natural Earth's regions, offline (the map's own tests: test_browser_map.py)
    assert page.locator("#map path.land.region").count() > 100
    assert page.locator('#map path.land[data-region="Kharkiv Oblast"]').count() == 1
    moscow = page.locator('#map path.place[data-place="Moscow"]')
    assert moscow.count() == 1
    page.locator("#map").screenshot(path=artifacts / "6-map.png")

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
    page.screenshot(path=artifacts / "7-search.png", full_page=True)

    documents.first.locator("a.title").click()
    _ready(page, "#/document/")
    assert "Sobyanin" in page.locator("#document-text mark").first.inner_text()
    assert len(page.inner_text("#document-text")) > 1000  # the whole document, as text


def test_a_hostile_document_is_shown_as_text_and_runs_nothing(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    page.goto(page.url.split("#")[0] + "#/document/hostile")
    _ready(page, "#/document/hostile")
    shown = page.inner_text("#document-text")
    assert "<script>window.pwned = 1</script>" in shown
    assert '<img src=x onerror="window.pwned = 2">' in shown
    assert page.locator("main script, main img").count() == 0
    page.screenshot(path=artifacts / "5-hostile-document.png", full_page=True)

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


