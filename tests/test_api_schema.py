"""Property-based run of the API against its own OpenAPI document (schemathesis): whatever a
client sends within or outside the schema, the answer is never a server error (status < 500), and
every refusal of the API is its one JSON error shape. Each operation alone with EXAMPLES inputs, then
sequences of calls chained through the document's OpenAPI links (an upload's id to the operations on
that notice, a list's first item to its notice, an index job to its progress), on SQLite and on
PostgreSQL. Sizes keep the file under two minutes on an idle machine."""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, select, text

from api.app import create_app
from extractor.models import Plan
from extractor.store import models as m
from extractor.store.indexer import drop_notice

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


PG_URL = os.environ.get("NOTICES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_SCHEMA = "t_" + uuid.uuid4().hex[:12]
ADMIN = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
with ADMIN.connect() as _conn:
    _conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
TMP = Path(tempfile.mkdtemp(prefix="notices-schema-"))
(TMP / "root").mkdir()
APP = create_app(db_url=f"sqlite:///{TMP / 'n.db'}", index_roots=[TMP / "root"], index_workers=1)
APP_PG = create_app(db_url=f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{PG_SCHEMA}",
                    index_roots=[TMP / "root"], index_workers=1)
SEEDED: dict = {APP: {}, APP_PG: {}}  # the plans of the notices each store starts with, by content hash
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema_pg = schemathesis.openapi.from_asgi("/openapi.json", APP_PG)


@pytest.fixture(scope="module", autouse=True)
def running_apps():
    """Both apps' lifespans running (stores open), each holding two corpus notices; the stores removed afterwards."""
    try:
        with TestClient(APP) as client, TestClient(APP_PG) as client_pg:
            for app, c in ((APP, client), (APP_PG, client_pg)):
                for p in CORPUS[:2]:
                    r = c.post("/v1/notices", files={"file": (p.name, p.read_bytes())})
                    assert r.status_code == 201
                    plan = r.json()["plan"]
                    SEEDED[app][plan["source"]["sha256"]] = Plan.model_validate(plan)
            yield
    finally:
        with ADMIN.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {PG_SCHEMA} CASCADE"))
        ADMIN.dispose()
        shutil.rmtree(TMP)


EXAMPLES = 30          # inputs per operation, alone
SEQUENCES, STEPS = 25, 6  # chained sequences per back end, calls in each at most


def _answered(case, response) -> None:
    """No server error; a refusal of the API (not of a web page) is {error, detail, fields}, detail one line."""
    where = (case.method, case.formatted_path, case.query, response.content[:300])
    assert response.status_code < 500, where
    if response.status_code >= 400 and case.formatted_path.startswith("/v1/"):
        body = response.json()
        assert set(body) == {"error", "detail", "fields"} and "\n" not in body["detail"], where


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error_sqlite(case):
    _answered(case, case.call())


@schema_pg.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error_postgresql(case):
    _answered(case, case.call())


def _chained(machine: type, app) -> type:
    """The state machine's pytest case: each sequence starts from the store holding the two corpus notices and
    nothing else, whatever the sequences before it deleted or added (a sequence replayed by Hypothesis must meet
    the same answers); each answer checked by `_answered`."""
    class Chained(machine):
        def setup(self):
            store = app.state.store
            with store.engine.begin() as conn:
                for notice_id in conn.execute(select(m.NoticeRow.id).where(m.NoticeRow.sha256.not_in(SEEDED[app]))
                                              ).scalars():
                    drop_notice(conn, notice_id)
            for plan in SEEDED[app].values():  # back, if an earlier sequence deleted it
                store.put(plan.model_copy(deep=True))

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            _answered(case, response)

    case = Chained.TestCase
    case.settings = settings(max_examples=SEQUENCES, stateful_step_count=STEPS, deadline=None,
                             suppress_health_check=list(HealthCheck))
    return case


def test_the_links_lead_from_an_upload_to_every_operation_on_its_notice():
    """The links the stateful run follows are in the document: a change of an operationId cannot drop them."""
    doc = APP.openapi()
    ids = {op["operationId"] for path in doc["paths"].values() for op in path.values()}
    stored = doc["paths"]["/v1/notices"]["post"]["responses"]["201"]["links"]
    assert {link["operationId"] for link in stored.values()} == {
        "get_notice", "get_notice_plan", "get_notice_tasks", "get_notice_ledger", "get_notice_calendar",
        "delete_notice"} <= ids
    job = doc["paths"]["/v1/index-jobs"]["post"]["responses"]["202"]["links"]["GetIndexJob"]
    assert job == {"operationId": "get_index_job", "parameters": {"job_id": "$response.body#/id"}}


TestChainedCallsSQLite = _chained(schema.as_state_machine(), APP)
TestChainedCallsPostgreSQL = _chained(schema_pg.as_state_machine(), APP_PG)
