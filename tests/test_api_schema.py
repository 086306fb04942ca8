"""Property-based run of the API against its own OpenAPI document (schemathesis): whatever a
client sends within or outside the schema, the answer is never a server error (status < 500)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from api.app import create_app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


TMP = Path(tempfile.mkdtemp(prefix="notices-schema-"))
(TMP / "root").mkdir()
APP = create_app(db_url=f"sqlite:///{TMP / 'n.db'}", index_roots=[TMP / "root"], index_workers=1)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def running_app():
    """The app's lifespan running (store open), holding two corpus notices; the store removed afterwards."""
    with TestClient(APP) as client:
        for p in CORPUS[:2]:
            assert client.post("/v1/notices", files={"file": (p.name, p.read_bytes())}).status_code == 201
        yield
    shutil.rmtree(TMP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
