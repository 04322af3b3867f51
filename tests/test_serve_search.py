"""GET /api/search on DuckDB and PostgreSQL: documents and events that hold every term, with
a snippet and the match's offsets; a query's text is only ever a parameter, never SQL or
markup."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import create_app
from ceasefire.serve.http import SECURITY_HEADERS
from conftest import fresh_ledger

HOSTILE = ("Russian drones hit Kharkiv overnight, the regional governor said. "
           "<script>alert(1)</script> <img src=x onerror=alert(1)>")
REPORTS = {  # id: (published, outlet, title, url, text)
    "sumy-air-force": ("2025-08-11", "Wire One", "Drones over the north", None,
                       "Russia launched 95 drones at Ukraine overnight, and air defences shot "
                       "down 71 of them, Ukraine's air force said. A drone hit an apartment "
                       "building in Sumy, killing three people, regional governor Oleh "
                       "Hryhorov said."),
    "kursk-substation": ("2025-08-15", "Wire Two", "Power cut in the border region",
                         "https://wire-two.example/kursk-power",
                         "Ukrainian drones hit a power station in Kursk overnight, injuring two "
                         "workers, Governor Alexander Khinshtein said. Power was back for 100% "
                         "of homes by noon."),
    "hostile": ("2025-08-16", "Wire <b>Three</b>", "A <i>title</i>", None, HOSTILE),
    "grain-talks": ("2025-08-18", "Wire Three", "Talks on grain", None,
                    "Negotiators met in Istanbul on Monday to discuss shipping in the Black "
                    "Sea, officials said."),
}
# A later version of grain-talks: its first text is history, and search never finds it.
REPLACED = ("2025-08-18", "Wire Three", "Talks on grain", None,
            "Negotiators met in Geneva on Monday to discuss shipping in the Black Sea, "
            "officials said.")


def _write(folder: Path, reports: dict[str, tuple]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (published, source, title, url, text) in reports.items():
        (folder / f"{name}.json").write_text(json.dumps(
            {"id": name, "published": published, "source": source, "title": title,
             "url": url, "text": text}))
    return folder


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def client(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("reports")
    with fresh_ledger(request, tmp_path_factory.mktemp("ledger")) as url:
        for reports in (_write(folder / "first", REPORTS),
                        _write(folder / "later", {"grain-talks": REPLACED})):
            result = CliRunner().invoke(cli, ["ingest", str(reports), "--db", url])
            assert result.exit_code == 0, result.output
        with TestClient(create_app(url)) as test_client:
            yield test_client


def _search(client: TestClient, q: str, **params: object) -> dict:
    response = client.get("/api/search", params={"q": q, **params})
    assert response.status_code == 200, response.text
    return response.json()


def _documents(found: dict) -> list[str]:
    return [d["document"] for d in found["documents"]["items"]]


def _events(found: dict) -> list[list[str]]:
    return [[p["name"] for p in e["places"]] for e in found["events"]["items"]]


def test_a_word_in_the_text_gives_a_snippet_with_the_match_offsets(client: TestClient) -> None:
    found = _search(client, "HRYHOROV")
    [hit] = found["documents"]["items"]
    text = client.get(f"/api/documents/{hit['document']}").json()["text"]
    start, end = hit["match"]["start"], hit["match"]["end"]
    assert text[start:end] == "Hryhorov"
    assert hit["snippet"][hit["highlight"]["start"]:hit["highlight"]["end"]] == "Hryhorov"
    assert hit["snippet"].startswith("…") and len(hit["snippet"]) < 200
    assert (hit["title"], hit["source"], hit["published"]) == (
        "Drones over the north", "Wire One", "2025-08-11")


def test_every_term_must_be_found_and_documents_come_newest_first(client: TestClient) -> None:
    assert _documents(_search(client, "drones overnight")) == ["hostile", "kursk-substation",
                                                               "sumy-air-force"]
    assert _documents(_search(client, "drones istanbul")) == []


def test_a_quoted_phrase_is_one_term(client: TestClient) -> None:
    assert _documents(_search(client, '"air force"')) == ["sumy-air-force"]
    assert _search(client, '"force air"')["documents"]["total"] == 0
    assert _search(client, '"Air  Force", Sumy')["terms"] == ["air force", "sumy"]


def test_title_outlet_and_url_are_searched_too(client: TestClient) -> None:
    by_url = _search(client, "wire-two.example")
    [hit] = by_url["documents"]["items"]
    assert hit["document"] == "kursk-substation"
    assert hit["highlight"] is None and hit["match"] is None  # not in the text
    assert hit["snippet"].startswith("Ukrainian drones hit a power station")
    assert _documents(_search(client, "border region")) == ["kursk-substation"]
    assert _documents(_search(client, '"wire three"')) == ["grain-talks"]
    # each term may be in another field: "wire" in the outlet, "three" in the text
    assert _documents(_search(client, "wire three")) == ["grain-talks", "hostile",
                                                         "sumy-air-force"]


def test_only_current_versions_are_found(client: TestClient) -> None:
    assert _documents(_search(client, "geneva")) == ["grain-talks"]
    assert _documents(_search(client, "istanbul")) == []


@pytest.mark.parametrize(("q", "places"), [
    ("sumy", [["Sumy"]]),  # a place
    ("kursk", [["Kursk"]]),
    ("khinshtein", [["Kursk"]]),  # a claimant
    ("air force sumy", [["Sumy"]]),
    ("ukraine", [["Kursk"]]),  # the attacker, named by its name
    ("russian", [["Kharkiv"], ["Sumy"]]),  # by its adjective
    ("UA", [["Kursk"]]),  # or by its code
    ("ukrainian", [["Kursk"], ["Sumy"]]),  # the attacker of one, a claimant of the other
    ("russia kharkiv", [["Kharkiv"]]),
    ("russia kursk", []),  # each term must match the same event
    ("geneva", []),
])
def test_events_match_on_places_claimants_and_the_attacker(client: TestClient, q: str,
                                                           places: list) -> None:
    assert _events(_search(client, q)) == places


def test_events_match_an_outlet_and_come_newest_first(client: TestClient) -> None:
    dates = [e["date"] for e in _search(client, "wire")["events"]["items"]]
    assert dates == ["2025-08-16", "2025-08-15", "2025-08-11"]


def test_a_hostile_document_comes_back_as_plain_strings(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "onerror"})
    assert response.headers["content-type"] == "application/json"
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    [hit] = response.json()["documents"]["items"]
    assert "<script>alert(1)</script> <img src=x onerror=alert(1)>" in hit["snippet"]
    assert hit["snippet"][hit["highlight"]["start"]:hit["highlight"]["end"]] == "onerror"
    assert (hit["title"], hit["source"]) == ("A <i>title</i>", "Wire <b>Three</b>")
    assert _documents(_search(client, "<script>")) == ["hostile"]


@pytest.mark.parametrize(("q", "documents"), [
    ("%", ["kursk-substation"]), ("100%", ["kursk-substation"]), ("_", []), ("a?b", []),
    ("%s", []), ("\\", []), ("*", []), ('"\'; DROP TABLE documents; --"', []),
    ("') OR TRUE OR ('", []),
])
def test_sql_characters_in_a_query_are_only_text(client: TestClient, q: str,
                                                 documents: list[str]) -> None:
    assert _documents(_search(client, q)) == documents
    assert client.get("/api/documents").json()["total"] == len(REPORTS)


def test_both_lists_are_paged_with_their_totals(client: TestClient) -> None:
    first = _search(client, "said", limit=2)
    second = _search(client, "said", limit=2, offset=2)
    assert first["documents"]["total"] == second["documents"]["total"] == 4
    assert len(first["documents"]["items"]) == len(second["documents"]["items"]) == 2
    assert set(_documents(first)) | set(_documents(second)) == set(REPORTS)
    events = _search(client, "wire", limit=1)["events"]
    assert (events["total"], len(events["items"]), events["limit"]) == (3, 1, 1)


@pytest.mark.parametrize(("q", "says"), [
    ("", "at least 1 character"),
    ("x" * 201, "at most 200 characters"),
    ("kharkiv\x00", "should match pattern"),
])
def test_a_bad_query_is_a_422_in_the_error_shape(client: TestClient, q: str, says: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 422
    assert set(response.json()) == {"error"} and response.json()["error"]["status"] == 422
    assert "'q'" in response.json()["error"]["message"]
    assert says in response.json()["error"]["message"]


@pytest.mark.parametrize("q", ["   ", '"" ...', ";"])
def test_a_query_with_no_word_finds_nothing(client: TestClient, q: str) -> None:
    body = client.get("/api/search", params={"q": q}).json()
    assert body["terms"] == [] and body["events"]["total"] == body["documents"]["total"] == 0


def test_many_terms_are_all_required(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(8))}).json()
    assert len(body["terms"]) == 8 and body["documents"]["total"] == 0


def test_more_terms_than_a_search_takes_are_a_422_that_says_how_many(client: TestClient
                                                                     ) -> None:
    response = client.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(50))})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == (
        "query parameter 'q' holds 50 terms: a search takes at most 8; keep the most specific")


def test_a_missing_query_is_a_422(client: TestClient) -> None:
    response = client.get("/api/search")
    assert response.status_code == 422 and "'q'" in response.json()["error"]["message"]


def test_the_schema_types_the_search_response(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    search = schema["paths"]["/api/search"]["get"]
    ok = search["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"].endswith("/SearchResults")
    assert search["responses"]["422"]["content"]["application/json"]["schema"][
        "$ref"].endswith("/Error")
    [q] = [p for p in search["parameters"] if p["name"] == "q"]
    assert q["required"] and q["schema"]["maxLength"] == 200
    hit = schema["components"]["schemas"]["DocumentHit"]["properties"]
    assert {"snippet", "highlight", "match"} <= set(hit)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=40))
def test_no_query_makes_a_server_error(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert set(response.json()) == {"error"}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(q=st.text(alphabet="adeiklnorstuwyKS %'\"<>", min_size=1, max_size=12))
def test_every_highlight_is_a_term_in_the_snippet_and_the_text(client: TestClient,
                                                               q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    if response.status_code == 422:
        return
    found = response.json()
    for hit in found["documents"]["items"]:
        if hit["highlight"] is None:
            continue
        shown = hit["snippet"][hit["highlight"]["start"]:hit["highlight"]["end"]]
        text = client.get(f"/api/documents/{hit['document']}").json()["text"]
        assert shown == text[hit["match"]["start"]:hit["match"]["end"]]
        assert shown.lower() in found["terms"]
