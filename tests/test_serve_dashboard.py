"""The dashboard's static slice: the page and its assets, served with the security headers,
and a script that never parses data as markup. (Driving it in Chromium is the next slice.)"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import create_app
from ceasefire.serve.assets import LEVEL
from ceasefire.serve.http import SECURITY_HEADERS

STATIC = Path(__file__).parents[1] / "src" / "ceasefire" / "serve" / "static"
SCRIPTS = sorted(STATIC.glob("*.js"))
HOSTILE = ("Russia attacked Kyiv with 40 drones overnight, the air force said. "
           "<script>alert(1)</script> <img src=x onerror=alert(1)>")
TOKEN = "dashboard-test-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "kharkiv.json").write_text(json.dumps({
        "id": "kharkiv", "published": "2025-08-11", "source": "Wire One",
        "text": "Russia launched 95 drones at Ukraine overnight, and air defences shot down 71 "
                "of them, Ukraine's air force said. A drone hit a building in Kharkiv."}))
    db = tmp_path_factory.mktemp("ledger") / "ledger.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(str(db), write_token=TOKEN)) as test_client:
        yield test_client


def _secured(response) -> None:  # type: ignore[no-untyped-def]
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


def test_the_page_is_html_with_the_csp_header(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in page.headers["Content-Security-Policy"]
    _secured(page)
    assert '<script type="module" src="/static/app.js"></script>' in page.text
    assert 'href="/static/style.css"' in page.text


@pytest.mark.parametrize(("asset", "media"), [
    ("app.js", "javascript"), ("dom.js", "javascript"), ("map.js", "javascript"),
    ("search.js", "javascript"), ("style.css", "text/css"), ("index.html", "text/html"),
    ("timeline.js", "javascript"), ("timeline-bins.js", "javascript"),
    ("timeline-terms.js", "javascript"), ("timeline.css", "text/css"),
    ("vendor/uplot/uPlot.esm.js", "javascript"), ("vendor/uplot/uPlot.min.css", "text/css"),
    ("map.css", "text/css"), ("basemap.geo.json", "application/json"),
    ("basemap.LICENSE.txt", "text/plain")])
def test_the_assets_are_served_with_the_headers(client: TestClient, asset: str,
                                                media: str) -> None:
    response = client.get(f"/static/{asset}")
    assert response.status_code == 200
    assert media in response.headers["content-type"]
    assert response.content == (STATIC / asset).read_bytes()
    _secured(response)


def test_a_missing_asset_is_a_404_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/static/nothing.js")
    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404
    _secured(response)


def test_the_dashboard_is_not_in_the_api_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert all(path.startswith("/api/") for path in paths)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
@pytest.mark.parametrize("sink", ["innerHTML", "outerHTML", "insertAdjacentHTML",
                                  "document.write", "eval(", "new Function", "srcdoc",
                                  "createContextualFragment", "DOMParser", "setHTML"])
def test_the_script_never_parses_data_as_markup(script: Path, sink: str) -> None:
    assert sink not in script.read_text()


def test_the_script_builds_nodes_with_dom_apis() -> None:
    script = "\n".join(s.read_text() for s in SCRIPTS)
    assert "createElement(" in script and ".textContent" in script
    assert 'createElement("mark"' in script or "el(\"mark\"" in script


def test_every_module_the_page_imports_is_shipped() -> None:
    imported = {name for script in SCRIPTS
                for name in re.findall(r'^import [^;]* from "\./([\w./-]+)";$', script.read_text(),
                                       flags=re.MULTILINE)}
    assert imported == {"dom.js", "labels.js", "map.js", "night.js", "pages.js", "search.js",
                        "timeline.js", "timeline-bins.js", "timeline-terms.js",
                        "vendor/uplot/uPlot.esm.js", "vendor/leaflet/leaflet-src.esm.js"}
    assert all((STATIC / name).is_file() for name in imported)


def test_the_page_has_no_inline_script_or_handlers() -> None:
    page = (STATIC / "index.html").read_text()
    scripts = re.findall(r"<script\b[^>]*>", page, flags=re.IGNORECASE)
    assert scripts, "the page loads its script"
    assert all(re.search(r"\bsrc\s*=", tag) for tag in scripts)
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", page, flags=re.IGNORECASE)
    assert not re.search(r"\son[a-z]+\s*=", page, flags=re.IGNORECASE)
    assert "javascript:" not in page.lower()
    assert "<style" not in page.lower() and "style=" not in page.lower()


def test_markup_in_a_document_comes_back_as_plain_json_strings(client: TestClient) -> None:
    stored = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                         json={"id": "hostile", "published": "2025-08-12",
                               "source": "Wire <b>Two</b>", "text": HOSTILE})
    assert stored.status_code == 201, stored.text
    response = client.get("/api/documents/hostile")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    _secured(response)
    document = response.json()
    assert document["text"] == HOSTILE
    assert "<script>alert(1)</script>" in document["text"]
    assert "<img src=x onerror=alert(1)>" in document["text"]
    assert document["source"] == "Wire <b>Two</b>"


def test_the_page_has_the_map_search_and_document_sections() -> None:
    page = (STATIC / "index.html").read_text()
    for id_ in ("map", "map-view", "events-filter", "search-results", "search-events",
                "search-documents", "document-page", "document-text", "q", "events-table"):
        assert f'id="{id_}"' in page
    assert "Base map: Natural Earth" in page


# The base map's data (regions, names, size, licence): tests/test_dashboard_map.py.


# --- size: the dashboard's files are served gzip-compressed and stay under 1.5 MB so ----------

SIZE_BAR = 1_500_000  # bytes, gzip-compressed: issue 16's bar for everything the page loads


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/style.css",
                                  "/static/basemap.geo.json",
                                  "/static/vendor/leaflet/leaflet-src.esm.js"])
def test_the_page_and_its_files_are_sent_gzipped(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["vary"]
    assert response.num_bytes_downloaded < len(response.content) / 2  # on the wire
    name = "index.html" if path == "/" else path.removeprefix("/static/")
    assert response.content == (STATIC / name).read_bytes()  # httpx undid the gzip
    _secured(response)


def test_a_gzipped_file_keeps_its_etag_and_revalidates(client: TestClient) -> None:
    first = client.get("/static/app.js", headers={"Accept-Encoding": "gzip"})
    assert first.headers["content-encoding"] == "gzip" and first.headers["last-modified"]
    again = client.get("/static/app.js", headers={"Accept-Encoding": "gzip",
                                                  "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_without_accept_encoding_the_files_are_sent_as_they_are(client: TestClient) -> None:
    response = client.get("/static/app.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.content == (STATIC / "app.js").read_bytes()


@pytest.mark.parametrize("path", ["/api/events?format=csv", "/api/events?limit=1000",
                                  "/openapi.json"])
def test_the_api_answers_are_never_gzipped(client: TestClient, path: str) -> None:
    # the CSV streams row batches as they are read; the answer cache keeps bodies as sent
    for _ in range(2):  # computed, then from the answer cache
        response = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200
        assert "content-encoding" not in response.headers
        assert "Accept-Encoding" not in response.headers.get("vary", "")
        assert response.num_bytes_downloaded == len(response.content) > 0


def test_everything_the_dashboard_loads_is_under_the_size_bar() -> None:
    # every file under static/ but the licences (nothing else is shipped to a browser), each
    # compressed as the server compresses it
    shipped = [path for path in STATIC.rglob("*") if path.is_file()
               and "licen" not in path.name.lower()]
    sizes = {str(path.relative_to(STATIC)): len(gzip.compress(path.read_bytes(), LEVEL))
             for path in shipped}
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    assert sum(sizes.values()) < SIZE_BAR, f"{sum(sizes.values()):,} bytes; largest: {largest}"
    assert "vendor/leaflet/leaflet-src.esm.js" in sizes  # the vendored libraries are counted
