"""The REST API (``ceasefire.serve``) on a ledger made from short invented reports."""
from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.serve import TOKEN_ENV, create_app
from conftest import fresh_ledger

REPORTS = {
    "sumy-air-force": ("2025-08-11", "Wire One",
                       "Russia launched 95 drones at Ukraine overnight, and air defences shot "
                       "down 71 of them, Ukraine's air force said. A drone hit an apartment "
                       "building in Sumy, killing three people, regional governor Oleh Hryhorov "
                       "said."),
    "sumy-governor": ("2025-08-11", "Wire Two",
                      "Russian drones struck Sumy overnight, killing three people and injuring "
                      "12, the regional governor said."),
    "energy-pause": ("2025-08-13", "Wire One",
                     "Russia and Ukraine agreed on Wednesday to stop attacks on energy "
                     "infrastructure for 30 days, the White House said."),
    "kursk-substation": ("2025-08-15", "Wire Two",
                         "Ukrainian drones hit a power station in Kursk overnight, Governor "
                         "Alexander Khinshtein said."),
}
NEW_REPORT = {"id": "odesa-port", "published": "2025-08-20", "source": "Wire Three",
              "text": "Russia attacked the port of Odesa with 20 drones overnight, the regional "
                      "governor said."}
TOKEN = "s3cret-token-for-tests"
GETS = ("/api/documents", "/api/events", "/api/strikes", "/api/agreements", "/api/terms",
        "/api/violations", "/api/exchanges", "/api/talks", "/api/timeline", "/api/places")


def _ingest_reports(folder: Path, db: str) -> None:
    for name, (published, source, text) in REPORTS.items():
        (folder / f"{name}.json").write_text(json.dumps(
            {"id": name, "published": published, "source": source, "text": text}))
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def ledger_file(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The reports' ledger, on DuckDB and on PostgreSQL: every API test runs on both."""
    with fresh_ledger(request, tmp_path_factory.mktemp("ledger")) as url:
        _ingest_reports(tmp_path_factory.mktemp("reports"), url)
        yield url


@pytest.fixture(scope="module")
def client(ledger_file: str) -> Iterator[TestClient]:
    with TestClient(create_app(ledger_file)) as test_client:
        yield test_client


@pytest.fixture
def writable(request: pytest.FixtureRequest, ledger_file: str, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client with the write token configured, on a new ledger of the same kind."""
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    kind = "postgresql" if ledger_file.startswith("postgresql") else "duckdb"
    with fresh_ledger(request, tmp_path, kind) as url:
        _ingest_reports(tmp_path, url)
        yield TestClient(create_app(url, write_token=TOKEN))


def _sumy(client: TestClient) -> dict:
    [event] = client.get("/api/events", params={"place": "sumy"}).json()["items"]
    return event


def test_events_are_paged_with_the_total_in_the_body_and_a_header(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1})
    second = client.get("/api/events", params={"limit": 1, "offset": 1})
    assert first.json()["total"] == 2 and first.headers["X-Total-Count"] == "2"
    assert [len(first.json()["items"]), len(second.json()["items"])] == [1, 1]
    assert first.json()["items"][0]["event"] != second.json()["items"][0]["event"]


@pytest.mark.parametrize(("params", "places"), [
    ({"attacker": "UA"}, [["Kursk"]]),  # only the strikes Ukraine made
    ({"attacker": "RU"}, [["Sumy"]]),
    ({"target_country": "UA"}, [["Sumy"]]),  # only the strikes on Ukraine
    ({"target_country": "RU", "since": "2025-08-12"}, [["Kursk"]]),
    ({"attacker": "RU", "target_country": "RU"}, []),
    ({"weapon": "drone"}, [["Sumy"], ["Kursk"]]),
    ({"weapon": "cruise_missile"}, []),
    ({"target_type": "energy"}, [["Kursk"]]),
    ({"target_type": "residential", "attacker": "RU"}, [["Sumy"]]),
    ({"until": "2025-08-11"}, [["Sumy"]]),
    ({"place": "kur"}, [["Kursk"]]),
    ({"claimant": "hryhorov"}, [["Sumy"]]),
    ({"claimant": "Air Force"}, [["Sumy"]]),
    ({"claimant": "nobody"}, []),
    ({"since": "2025-09-01"}, []),
])
def test_each_filter_means_what_its_name_says(client: TestClient, params: dict,
                                              places: list) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert [[p["name"] for p in e["places"]] for e in items] == places
    rows = client.get("/api/strikes", params={**params, "format": "csv"}).text
    assert [r["places"] for r in csv.DictReader(io.StringIO(rows))] == [
        ", ".join(p) for p in places]


ROUTES = [(method, path) for path in GETS + ("/api/events/x", "/api/documents/x",
                                             "/api/search?q=sumy", "/api/jobs/x")
          for method in ("GET",)] + [("POST", "/api/documents"), ("POST", "/api/urls")]


@pytest.mark.parametrize(("method", "url"), ROUTES)
def test_an_unknown_parameter_is_a_422_that_names_it_on_every_route(
        ledger_file: str, method: str, url: str) -> None:
    # with the token: a route that needs it refuses a request without it first (WriteGuard)
    client = TestClient(create_app(ledger_file, write_token=TOKEN))
    joiner = "&" if "?" in url else "?"
    response = client.request(method, f"{url}{joiner}bogus=1",
                              headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422, response.text
    message = response.json()["error"]["message"]
    assert message.startswith("query parameter 'bogus': is not a parameter of"), message


def test_a_parameter_given_twice_is_a_422_not_a_guess(client: TestClient) -> None:
    response = client.get("/api/events?attacker=UA&attacker=RU")
    assert response.status_code == 422
    assert response.json()["error"]["message"] == (
        "query parameter 'attacker': is given more than once; give it once")


def test_side_is_gone_with_a_422_that_says_what_to_use(client: TestClient) -> None:
    for path in ("/api/events", "/api/timeline", "/api/violations", "/api/places"):
        response = client.get(path, params={"side": "UA"})
        assert response.status_code == 422
        message = response.json()["error"]["message"]
        assert "'side'" in message and "attacker" in message and "target_country" in message


@pytest.mark.parametrize(("params", "allowed"), [
    ({"attacker": "Russia"}, "'RU'"), ({"target_country": "XX"}, "'UA'"),
    ({"weapon": "rocket"}, "'ballistic_missile'"), ({"target_type": "oil"}, "'energy'"),
    ({"since": "2025-02-30"}, "day"), ({"until": "March"}, "YYYY-MM-DD"),
])
def test_a_bad_value_is_a_422_naming_the_parameter_and_what_is_allowed(
        client: TestClient, params: dict, allowed: str) -> None:
    [name] = params
    response = client.get("/api/events", params=params)
    message = response.json()["error"]["message"]
    assert response.status_code == 422 and f"'{name}'" in message and allowed in message, \
        message


def test_a_figure_nobody_gave_is_null_not_zero(client: TestClient) -> None:
    kursk = client.get("/api/events", params={"attacker": "UA"}).json()["items"][0]
    assert [kursk[m] for m in ("launched", "intercepted", "killed", "injured")] == [None] * 4
    [row] = client.get("/api/timeline", params={"attacker": "UA"}).json()["items"]
    assert row["events"] == 1 and row["launched"] is None and row["drones_launched"] is None
    as_csv = client.get("/api/timeline", params={"attacker": "UA", "format": "csv"}).text
    assert as_csv.splitlines()[1] == "2025-08-15,UA,1,,,,,,,,"


def test_every_list_as_csv_without_limit_is_whole_and_has_its_header_when_empty(
        client: TestClient) -> None:
    for path in GETS:
        whole = client.get(path, params={"format": "csv"})
        paged = client.get(path, params={"format": "json", "limit": 1000}).json()
        if path != "/api/places":
            assert len(whole.text.splitlines()) == 1 + paged["total"], path
    empty = client.get("/api/violations", params={"since": "2030-01-01", "format": "csv"})
    assert empty.text.startswith("kind,term,scope,event,date,accused,bound_as,accusing,reason")


def test_csv_by_accept_header_and_by_format_parameter_are_the_same(client: TestClient) -> None:
    by_accept = client.get("/api/strikes", headers={"Accept": "text/csv"})
    by_format = client.get("/api/strikes", params={"format": "csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert by_accept.text == by_format.text
    rows = list(csv.DictReader(io.StringIO(by_format.text)))
    assert [r["places"] for r in rows] == ["Sumy", "Kursk"] and rows[0]["launched"] == "95.0"


def test_format_json_wins_over_an_accept_header_asking_for_csv(client: TestClient) -> None:
    response = client.get("/api/terms", params={"format": "json"},
                          headers={"Accept": "text/csv"})
    assert response.json()["items"][0]["scope"] == "energy_infrastructure"


def test_event_page_shows_every_claim_with_its_sentence_and_the_estimates(
        client: TestClient) -> None:
    page = client.get(f"/api/events/{_sumy(client)['event']}").json()
    claims = {(c["claimant"], c["metric"], c["value"]) for c in page["claims"]}
    assert ("Ukrainian Air Force", "launched", 95) in claims
    assert ("Oleh Hryhorov", "killed", 3) in claims
    assert all(c["sentence"] and c["document"] for c in page["claims"])
    assert {s["document"] for s in page["sources"]} == {"sumy-air-force", "sumy-governor"}
    [killed] = [e for e in page["estimates"] if e["metric"] == "killed"]
    assert killed["best"] == 3


def test_claim_offsets_point_into_the_document_text(client: TestClient) -> None:
    page = client.get(f"/api/events/{_sumy(client)['event']}").json()
    claim = page["claims"][0]
    text = client.get(f"/api/documents/{claim['document']}").json()["text"]
    assert text[claim["start"]:claim["end"]] == claim["sentence"]


def test_unknown_event_is_a_404_in_the_one_error_shape(client: TestClient) -> None:
    response = client.get("/api/events/nope")
    assert response.status_code == 404
    assert response.json() == {"error": {"status": 404,
                                         "message": "no event 'nope'; list them at /api/events"}}


def test_a_bad_date_is_a_422_naming_the_parameter(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "notadate"})
    assert response.status_code == 422
    body = response.json()
    assert list(body) == ["error"] and body["error"]["status"] == 422
    assert "'since'" in body["error"]["message"]


@pytest.mark.parametrize(("method", "url", "status"), [
    ("GET", "/api/nowhere", 404), ("GET", "/api/documents/nope", 404),
    ("GET", "/api/events?limit=5000", 422), ("GET", "/api/terms?on=2025-13-01", 422),
    ("GET", "/api/events?side=Russia", 422), ("GET", "/api/events?attacker=Russia", 422),
    ("GET", "/api/events?bogus=1", 422), ("DELETE", "/api/events", 405),
    ("POST", "/api/documents", 403),
])
def test_every_error_has_the_one_shape(client: TestClient, method: str, url: str,
                                       status: int) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status
    assert set(response.json()) == {"error"} and response.json()["error"]["message"]


def test_terms_on_a_day_are_those_in_force_that_day(client: TestClient) -> None:
    assert len(client.get("/api/terms", params={"on": "2025-08-20"}).json()["items"]) == 1
    assert client.get("/api/terms", params={"on": "2025-08-12"}).json()["items"] == []


def test_violations_list_the_strike_inside_the_energy_term(client: TestClient) -> None:
    [violation] = client.get("/api/violations").json()["items"]
    assert (violation["scope"], violation["accused"]) == ("energy_infrastructure", "UA")
    # the governor gives no figure, and neither outlet is an accuser
    assert (violation["bound_as"], violation["accusing"]) == ("party", "")
    assert violation["reason"].endswith("No one named accuses it: no claimant gives its figures.")
    [term] = client.get("/api/terms").json()["items"]
    assert (term["kind"], term["parties"], term["term"]) == \
        ("mutual", "RU, UA", violation["term"])
    assert client.get("/api/violations", params={"until": "2025-08-14"}).json()["items"] == []


def test_timeline_has_one_row_per_day_and_side(client: TestClient) -> None:
    rows = client.get("/api/timeline").json()["items"]
    assert [(r["date"], r["attacker"], r["launched"]) for r in rows] == [
        ("2025-08-11", "RU", 95), ("2025-08-15", "UA", None)]  # no one gave a figure


def test_places_are_a_geojson_feature_collection(client: TestClient) -> None:
    collection = client.get("/api/places").json()
    assert collection["type"] == "FeatureCollection"
    sumy = next(f for f in collection["features"] if f["properties"]["place"] == "Sumy")
    lon, lat = sumy["geometry"]["coordinates"]
    assert sumy["geometry"]["type"] == "Point" and 50 < lat < 52 and 34 < lon < 35.5


def test_documents_list_the_current_documents(client: TestClient) -> None:
    body = client.get("/api/documents", params={"since": "2025-08-13"}).json()
    assert [d["document"] for d in body["items"]] == ["energy-pause", "kursk-substation"]


def test_documents_and_sources_say_their_language(client: TestClient) -> None:
    [document] = client.get("/api/documents", params={"since": "2025-08-15"}).json()["items"]
    assert document["language"] == "en"
    assert client.get("/api/documents/kursk-substation").json()["language"] == "en"
    page = client.get(f"/api/events/{_sumy(client)['event']}").json()
    assert {s["language"] for s in page["sources"]} == {"en"}
    assert {c["language"] for c in page["claims"]} == {"en"}


@pytest.mark.parametrize(("language", "status"), [("uk", 200), ("en", 200), ("de", 422)])
def test_the_documents_filter_by_language_takes_only_the_languages_read(
        client: TestClient, language: str, status: int) -> None:
    response = client.get("/api/documents", params={"language": language})
    assert response.status_code == status
    if status == 200:
        body = response.json()
        assert body["total"] == (len(REPORTS) if language == "en" else 0)
    else:
        assert list(response.json()) == ["error"] and "language" in response.text


UKRAINIAN_REPORT = {"id": "kharkiv-uk", "published": "2025-08-21", "source": "Suspilne",
                    "text": "Уночі росіяни атакували Харків дронами, повідомив міський голова. "
                            "Пошкоджено кілька будинків, поранено двох людей."}


def test_a_ukrainian_document_is_stored_listed_by_language_and_shown_as_it_is(
        writable: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/documents", json=UKRAINIAN_REPORT, headers=headers)
    assert response.status_code == 201, response.text
    listed = writable.get("/api/documents", params={"language": "uk"}).json()
    assert [(d["document"], d["language"]) for d in listed["items"]] == [("kharkiv-uk", "uk")]
    shown = writable.get("/api/documents/kharkiv-uk").json()
    assert (shown["language"], shown["text"]) == ("uk", UKRAINIAN_REPORT["text"])
    csv_rows = list(csv.DictReader(io.StringIO(writable.get(
        "/api/documents", params={"language": "uk", "format": "csv"}).text)))
    assert [r["language"] for r in csv_rows] == ["uk"]


@pytest.mark.parametrize(("language", "problem"), [
    ("ru", 'says "ru", but the text reads as Ukrainian'),
    ("pl", 'is "pl", not a language the reader reads'),
])
def test_a_posted_language_the_text_contradicts_or_not_read_is_a_422(
        writable: TestClient, language: str, problem: str) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/documents", json={**UKRAINIAN_REPORT, "language": language},
                             headers=headers)
    assert response.status_code == 422 and problem in response.json()["error"]["message"]


def test_writes_are_refused_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/documents", json=NEW_REPORT,
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}"])
def test_writes_need_the_right_bearer_token(writable: TestClient,
                                            authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = writable.post("/api/documents", json=NEW_REPORT, headers=headers)
    assert response.status_code == 401 and response.headers["WWW-Authenticate"] == "Bearer"
    assert writable.get("/api/documents").json()["total"] == len(REPORTS)


def test_a_document_posted_with_the_token_is_read_stored_and_fused(writable: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/documents", json=NEW_REPORT, headers=headers)
    assert response.status_code == 201, response.text
    assert response.json() == {"document": "odesa-port", "outcome": "stored", "records": 1,
                               "events": 3}
    assert "odesa-port" in [d["document"] for d in writable.get("/api/documents").json()["items"]]
    [odesa] = writable.get("/api/events", params={"place": "odesa"}).json()["items"]
    assert (odesa["date"], odesa["launched"]) == ("2025-08-20", 20)
    again = writable.post("/api/documents", json=NEW_REPORT, headers=headers)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"


def test_an_empty_published_is_not_known_as_the_schema_says(writable: TestClient) -> None:
    """An empty "published" is taken as `ceasefire ingest` takes it (no day known), and the
    schema the API publishes says so: a client that follows the schema is never refused."""
    schema = writable.get("/openapi.json").json()
    body = schema["paths"]["/api/documents"]["post"]["requestBody"]["content"]
    published = body["application/json"]["schema"]["properties"]["published"]["anyOf"]
    assert {"const": "", "type": "string"} in published
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/documents", json={**NEW_REPORT, "id": "no-day",
                                                     "published": ""}, headers=headers)
    assert response.status_code == 201, response.text
    [stored] = [d for d in writable.get("/api/documents").json()["items"]
                if d["document"] == "no-day"]
    assert stored["published"] is None


def test_the_same_report_posted_by_another_site_is_a_copy_and_a_source(
        writable: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    writable.post("/api/documents", json=NEW_REPORT, headers=headers)
    republished = {**NEW_REPORT, "id": "odesa-port-elsewhere", "source": "Wire Four",
                   "url": "https://four.example/odesa",
                   "text": "Breaking news\n\n" + NEW_REPORT["text"] + "\n\nAll rights reserved."}
    response = writable.post("/api/documents", json=republished, headers=headers)
    assert response.status_code == 201 and response.json()["outcome"] == "copy"
    [odesa] = writable.get("/api/events", params={"place": "odesa"}).json()["items"]
    page = writable.get(f"/api/events/{odesa['event']}").json()
    assert odesa["sources"] == 2 and [c["document"] for c in page["claims"]] == ["odesa-port"]
    assert page["claims"][0]["copies"] == "Wire Four"
    assert [(s["document"], s["url"], s["copy_of"]) for s in page["sources"]] == [
        ("odesa-port", None, None),
        ("odesa-port-elsewhere", "https://four.example/odesa", "odesa-port")]


def test_reads_during_a_write_wait_for_it_instead_of_failing(writable: TestClient) -> None:
    app = writable.app
    statuses: list[int] = []

    def read() -> None:
        reader = TestClient(app)
        statuses.extend(reader.get("/api/events").status_code for _ in range(10))

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    response = writable.post("/api/documents", json=NEW_REPORT,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    for thread in threads:
        thread.join()
    assert response.status_code == 201 and statuses == [200] * 30


@pytest.mark.parametrize("body", [b"[1, 2]", b"not json", b'{"id": "x"}',
                                  b'{"text": "Russian drones hit Kharkiv."}'])
def test_a_posted_body_that_is_not_a_document_is_a_422(writable: TestClient, body: bytes) -> None:
    response = writable.post("/api/documents", content=body,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and response.json()["error"]["message"]


@pytest.mark.parametrize(("body", "message"), [
    (b'[{"id": "x", "text": "Russian drones hit Kharkiv."}]',
     'holds a list, not a document object. Give one JSON object with a "text" field'),
    (b'"Russian drones hit Kharkiv."', "holds a string, not a document object"),
    (b"Russian drones hit Kharkiv.", "is not valid JSON: Expecting value at line 1, column 1"),
    # nested past what the JSON decoder can follow: one clear line, not a 500
    (b'{"id": "x", "text": "Russian drones hit Kharkiv.", "x": ' + b"[" * 1000 + b"]" * 1000
     + b"}", "nested too deep"),
])
def test_a_body_of_the_wrong_shape_says_what_shape_is_expected(
        writable: TestClient, body: bytes, message: str) -> None:
    response = writable.post("/api/documents", content=body,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert message in response.json()["error"]["message"]
    assert "English" not in response.json()["error"]["message"]


@pytest.mark.parametrize("chunked", [False, True])
def test_an_oversized_body_is_a_413(writable: TestClient, chunked: bool) -> None:
    body = b"{" + b" " * 5_000_001 + b"}"
    content = iter([body[i:i + 65536] for i in range(0, len(body), 65536)]) if chunked else body
    response = writable.post("/api/documents", content=content,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and response.json()["error"]["status"] == 413


@pytest.mark.parametrize("url", ["/api/events", "/api/events/nope", "/openapi.json"])
def test_every_response_has_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_the_openapi_schema_lists_every_endpoint_with_typed_responses(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["info"]["title"] == "Ceasefire Monitor API"
    assert set(GETS) | {"/api/events/{event_id}", "/api/documents/{document}", "/api/search",
                        "/api/urls", "/api/jobs/{job_id}", "/api/corrections",
                        "/api/nights", "/api/nights/{night}"} == set(schema["paths"])
    event = schema["paths"]["/api/events/{event_id}"]["get"]["responses"]
    assert event["200"]["content"]["application/json"]["schema"]["$ref"].endswith("EventPage")
    assert event["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_a_missing_ledger_is_a_503_that_names_it_in_the_log_only(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # a client, anonymous maybe, learns no path of the server's machine (issue 15)
    response = TestClient(create_app(str(tmp_path / "none.duckdb"))).get("/api/events")
    assert response.status_code == 503
    message = response.json()["error"]["message"]
    assert "none.duckdb" not in message and str(tmp_path) not in message
    assert message.startswith("the ledger cannot be read now")
    assert f"GET /api/events: {tmp_path / 'none.duckdb'}: does not exist" in caplog.text


PARAMETERS = ("since", "until", "attacker", "target_country", "weapon", "target_type", "place",
              "claimant", "limit", "offset", "format", "on", "q")


@pytest.fixture(scope="module")
def fuzzed(ledger_file: str) -> Iterator[TestClient]:
    with TestClient(create_app(ledger_file), raise_server_exceptions=False) as test_client:
        yield test_client


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(GETS + ("/api/events/x", "/api/documents/x", "/api/search")),
       params=st.dictionaries(st.sampled_from(PARAMETERS) | st.text(max_size=5),
                              st.text(max_size=30) | st.integers().map(str)
                              | st.dates().map(str), max_size=4),
       accept=st.sampled_from(["*/*", "text/csv", "application/json", "text/html"]))
def test_no_query_string_makes_a_server_error(fuzzed: TestClient, path: str, params: dict,
                                              accept: str) -> None:
    response = fuzzed.get(path, params=params, headers={"Accept": accept})
    assert response.status_code < 500, (response.status_code, response.text)
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}


def test_serve_refuses_a_ledger_it_cannot_read_before_listening(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "none.duckdb" in result.output


def test_the_timeline_splits_launched_and_intercepted_into_drones_and_missiles(
        client: TestClient) -> None:
    rows = client.get("/api/timeline").json()["items"]
    sumy = next(r for r in rows if (r["date"], r["attacker"]) == ("2025-08-11", "RU"))
    assert (sumy["drones_launched"], sumy["drones_intercepted"]) == (95, 71)
    assert (sumy["missiles_launched"], sumy["missiles_intercepted"]) == (None, None)
    assert (sumy["killed"], sumy["injured"]) == (3, 12)


# --- the write routes refuse before they read (issue 15) -------------------------------------

WRITE_ROUTES = ("/api/documents", "/api/urls", "/api/corrections")
MEGABYTE = b" " * 1_000_000


def _post_raw(app: object, path: str, chunks: int, headers: dict[str, str]) -> tuple[int, int]:
    """POST ``chunks`` megabytes to ``app`` at the ASGI level: (status, megabytes it pulled)."""
    import asyncio

    pulled, statuses = 0, []

    async def receive() -> dict:
        nonlocal pulled
        if pulled == chunks:
            return {"type": "http.disconnect"}
        pulled += 1
        return {"type": "http.request", "body": MEGABYTE, "more_body": pulled < chunks}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "client": ("127.0.0.1", 5000),
             "server": ("testserver", 80),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    asyncio.run(app(scope, receive, send))  # type: ignore[operator]
    return statuses[0], pulled


@pytest.mark.parametrize("path", WRITE_ROUTES)
@pytest.mark.parametrize(("token", "authorization", "status"), [
    (None, f"Bearer {TOKEN}", 403),  # a read-only server
    (TOKEN, None, 401), (TOKEN, "Bearer wrong", 401)])
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_write_without_the_token_is_refused_before_its_body_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, token: str | None,
        authorization: str | None, status: int, declared: bool) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    app = create_app(str(tmp_path / "l.duckdb"), write_token=token)
    headers = {"Content-Type": "application/json"}
    headers |= {"Content-Length": str(200 * len(MEGABYTE))} if declared else {}
    headers |= {"Authorization": authorization} if authorization else {}
    assert _post_raw(app, path, 200, headers) == (status, 0)  # 200 MB offered, none read


@pytest.mark.parametrize("path", WRITE_ROUTES)
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_write_over_the_size_cap_is_a_413_before_it_is_read_whole(
        tmp_path: Path, path: str, declared: bool) -> None:
    app = create_app(str(tmp_path / "l.duckdb"), write_token=TOKEN)
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}
    headers |= {"Content-Length": str(200 * len(MEGABYTE))} if declared else {}
    status, pulled = _post_raw(app, path, 200, headers)
    assert status == 413 and pulled == (0 if declared else 6)  # stopped past 5 MB


@pytest.mark.parametrize("given_as", ["--db", "$CEASEFIRE_DB"])
def test_serve_shows_its_ledger_without_the_password(
        ledger_file: str, monkeypatch: pytest.MonkeyPatch, given_as: str) -> None:
    if not ledger_file.startswith("postgresql://"):
        pytest.skip("a DuckDB ledger is a path: it has no password")
    served: list[str | None] = []
    monkeypatch.setattr("ceasefire.serve.run", lambda db, **_: served.append(db))
    # the test server trusts local connections: a password in the URL is never asked for
    url = ledger_file.replace("postgresql://postgres@", "postgresql://postgres:pa55word@")
    url += "&password=pa55word"
    if given_as == "--db":
        result = CliRunner().invoke(cli, ["serve", "--db", url])
    else:
        result = CliRunner().invoke(cli, ["serve"], env={"CEASEFIRE_DB": url})
    assert result.exit_code == 0 and served == [url], result.output
    assert "serving postgresql://postgres:***@" in result.output
    assert "pa55word" not in result.output


@pytest.mark.parametrize("path", ["/api/documents/%00", "/api/events/%00",
                                  "/api/events/a%00b?format=csv"])
def test_an_id_holding_a_nul_is_not_found_on_both_backends(client: TestClient,
                                                           path: str) -> None:
    # PostgreSQL text cannot hold NUL (its driver refused to send one: a 503); nothing has it
    response = client.get(path)
    assert response.status_code == 404, response.text


@pytest.mark.parametrize("field", ["target", "why"])
def test_a_correction_holding_a_nul_is_a_422_on_both_backends(writable: TestClient,
                                                              field: str) -> None:
    body = {"action": "reject", "target": _sumy(writable)["event"], "why": "a duplicate",
            "by": "analyst"}
    body[field] += "\u0000"
    response = writable.post("/api/corrections", json=body,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and "NUL" in response.json()["error"]["message"]


@pytest.mark.parametrize("token", ["   ", "\t", "tök3n-for-writes", "two\nlines", " padded "])
def test_a_token_no_client_could_send_is_refused_at_start(
        ledger_file: str, monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    # a header carries printable ASCII, its ends stripped: such a token never matched, and
    # the server refused every write without saying why
    with pytest.raises(ValueError, match=r"\$CEASEFIRE_API_TOKEN"):
        create_app(ledger_file, write_token=token)
    monkeypatch.setattr("ceasefire.serve.run", lambda *_, **__: pytest.fail("served"))
    result = CliRunner().invoke(cli, ["serve", "--db", ledger_file], env={TOKEN_ENV: token})
    assert result.exit_code == 2, result.output
    assert "$CEASEFIRE_API_TOKEN" in result.output and "printable ASCII" in result.output
