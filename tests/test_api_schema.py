"""Property-based run of the API against its own OpenAPI document (schemathesis): whatever a
client sends within or outside the schema, the answer is never a server error (status < 500)."""
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
from sqlalchemy import create_engine, text

from api.app import create_app

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
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema_pg = schemathesis.openapi.from_asgi("/openapi.json", APP_PG)


@pytest.fixture(scope="module", autouse=True)
def running_apps():
    """Both apps' lifespans running (stores open), each holding two corpus notices; the stores removed afterwards."""
    try:
        with TestClient(APP) as client, TestClient(APP_PG) as client_pg:
            for c in (client, client_pg):
                for p in CORPUS[:2]:
                    assert c.post("/v1/notices", files={"file": (p.name, p.read_bytes())}).status_code == 201
            yield
    finally:
        with ADMIN.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {PG_SCHEMA} CASCADE"))
        ADMIN.dispose()
        shutil.rmtree(TMP)


def _no_server_error(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error_sqlite(case):
    _no_server_error(case)


@schema_pg.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error_postgresql(case):
    _no_server_error(case)
