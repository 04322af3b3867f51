"""Reports in Ukrainian and Russian on the dashboard, in headless Chromium: the document page
shows the text as it is, in an element whose ``lang`` says its language (so that a screen
reader reads Cyrillic as Ukrainian or Russian), and the outlet with its language in words.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from test_browser import (  # noqa: F401
    _ready,
    artifacts,
    assert_accessible,
    browser,
    clean_tab,
    serve_documents,
)

UKRAINIAN = {"id": "kharkiv-uk", "published": "2025-08-21", "source": "Suspilne",
             "title": "Уночі Харків атакували дронами",
             "text": "Уночі росіяни атакували Харків дронами, повідомив міський голова. "
                     "Пошкоджено кілька будинків, поранено двох людей."}
RUSSIAN = {"id": "kursk-ru", "published": "2025-08-21", "source": "Kursk News",
           "text": "Дежурные средства ПВО перехватили и уничтожили пять беспилотников над "
                   "территорией Курской области, сообщили в Министерстве обороны."}
ENGLISH = {"id": "odesa-en", "published": "2025-08-21", "source": "Wire One",
           "text": "Russia attacked the port of Odesa with 20 drones overnight, the regional "
                   "governor said on Thursday."}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    written = {d["id"]: d for d in (UKRAINIAN, RUSSIAN, ENGLISH)}
    with serve_documents(tmp_path_factory, [], written) as url:
        yield url


@pytest.fixture
def page(browser: Any, site: str) -> Iterator[Any]:  # noqa: F811
    with clean_tab(browser, "laptop") as tab:
        tab.site = site
        yield tab


def _open(page: Any, route: str) -> None:
    page.goto(f"{page.site}/{route}")
    _ready(page, route)


@pytest.mark.parametrize(("document", "lang", "outlet"), [
    (UKRAINIAN, "uk", "Suspilne (Ukrainian)"), (RUSSIAN, "ru", "Kursk News (Russian)"),
    (ENGLISH, "en", "Wire One,"),
])
def test_the_document_page_shows_the_text_as_it_is_in_its_language(
        page: Any, artifacts: Path, document: dict[str, str], lang: str,  # noqa: F811
        outlet: str) -> None:
    _open(page, f"#/document/{document['id']}")
    text = page.locator("#document-text")
    assert text.inner_text() == document["text"]
    assert text.get_attribute("lang") == lang
    assert page.locator("#document-title").get_attribute("lang") == lang
    meta = page.locator("#document-meta").inner_text()
    assert meta.startswith(outlet) and f"({lang})" not in meta  # in words, never the code
    assert_accessible(page, f"document {lang}", "#document-page")
    page.locator("#document-page").screenshot(path=artifacts / f"document-{lang}.png")


def test_a_search_in_cyrillic_finds_the_document_with_its_language(page: Any) -> None:
    _open(page, "#/search/" + quote("Харків"))  # as the browser keeps it in the hash
    [hit] = page.locator("#search-documents li.hit").all()
    assert "Suspilne (Ukrainian)" in hit.locator(".meta").inner_text()
    assert hit.locator(".snippet").get_attribute("lang") == "uk"
    assert hit.locator("a.title").get_attribute("lang") == "uk"
