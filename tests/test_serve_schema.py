"""Schemathesis against the API's own OpenAPI schema: every operation, with generated valid
and invalid requests, must answer without a server error, with a response that matches the
schema (status codes, content types, bodies), and reject what the schema forbids.

The server here has a write token, so the write operation is exercised too (on a throwaway
ledger). ``CEASEFIRE_SCHEMA_EXAMPLES`` sets the examples per operation (default 40).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from typer.testing import CliRunner

from ceasefire.cli import app as cli
from ceasefire.ingest.fetch import FetchPolicy
from ceasefire.serve import create_app

TOKEN = "schema-test-token"
EXAMPLES = int(os.environ.get("CEASEFIRE_SCHEMA_EXAMPLES", "40"))
REPORTS = [
    {"id": "lviv", "published": "2025-06-02", "source": "Wire One",
     "text": "Russia launched 60 drones and four missiles at Ukraine overnight; air defences "
             "downed 52 drones, the air force said. Two people were injured in Lviv."},
    {"id": "belgorod", "published": "2025-06-03", "source": "Wire Two",
     "text": "Ukrainian drones struck an oil depot in Belgorod, the regional governor said."},
    {"id": "truce", "published": "2025-06-04", "source": "Wire One",
     "text": "Russia and Ukraine agreed to a 30-day halt to strikes on energy facilities, "
             "the Kremlin said. Both sides exchanged 150 prisoners of war on Wednesday."},
]


# The app is made at import (schemathesis parametrizes from it); its ledger file is filled by
# the fixture below before the first request. Loading the schema never opens the store.
LEDGER = Path(tempfile.mkdtemp(prefix="ceasefire-schema-")) / "ledger.duckdb"
# URL lists are fetched in the background; generated ones name unknown hosts: fail fast.
QUICK = FetchPolicy(timeout=0.2, deadline=1.0, retries=0, interval=0.0)
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(str(LEDGER), write_token=TOKEN, fetch_policy=QUICK))


@pytest.fixture(scope="module", autouse=True)
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("reports")
    for report in REPORTS:
        (folder / f"{report['id']}.json").write_text(json.dumps(report))
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(LEDGER)])
    assert result.exit_code == 0, result.output
    yield
    shutil.rmtree(LEDGER.parent, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_the_api_keeps_to_its_schema(case: schemathesis.Case) -> None:
    # A document that fits the schema can still be refused with a 422 that says why (text that
    # is not an English report, say): the one check that expects every valid body to be
    # accepted is left out for the write.
    excluded = [positive_data_acceptance] if case.method == "POST" else []
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                           excluded_checks=excluded)


def test_the_schema_covers_every_route() -> None:
    operations = {f"{op.ok().method.upper()} {op.ok().path}"
                  for op in schema.get_all_operations()}
    assert "POST /api/documents" in operations and "GET /api/events/{event_id}" in operations
    assert len(operations) >= 13
