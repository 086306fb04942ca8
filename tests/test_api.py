"""The HTTP API (api.app) on SQLite and PostgreSQL: every endpoint, every error, on real files.

PostgreSQL is the server on 127.0.0.1:5432 (NOTICES_TEST_PG overrides the URL); each app gets
its own fresh schema (search_path), as in test_store.py. These tests fail, not skip, when the
server is down.
"""
from __future__ import annotations

import functools
import os
import shutil
import threading
import time
import uuid
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from api.app import create_app
from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("NOTICES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
BACKENDS = ["sqlite", "postgresql"]


@functools.cache
def plan_of(path: Path) -> dict:
    """What parse() gives for the file's bytes, as the API sends it: with the upload's file name."""
    plan = parse(path.read_bytes(), filename=path.name)
    plan.source.path = path.name
    return plan.model_dump(mode="json")


@pytest.fixture
def store_url(request, tmp_path):
    """A fresh, empty store URL on the back end named by the test's parameter (default SQLite)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'notices.db'}"
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def client_for(url: str, **settings) -> TestClient:
    return TestClient(create_app(db_url=url, index_roots=settings.pop("index_roots", []), **settings))


@pytest.fixture
def client(store_url):
    with client_for(store_url) as c:
        yield c


def upload(client: TestClient, path: Path, **params):
    with path.open("rb") as f:
        return client.post("/v1/notices", files={"file": (path.name, f)}, params=params)


def backends(fn):
    return pytest.mark.parametrize("store_url", BACKENDS, indirect=True)(fn)


# ---------------------------------------------------------------- uploads

@backends
def test_upload_stores_the_plan_and_the_same_content_again_returns_the_stored_notice(client):
    path = CORPUS[0]
    first = upload(client, path)
    assert first.status_code == 201
    body = first.json()
    assert body["created"] is True and body["plan"] == plan_of(path)
    meta = body["plan"]["meta"]
    assert {k: body["notice"][k] for k in ("title", "doc_number", "issuer", "date")} == \
        {k: meta[k] for k in ("title", "doc_number", "issuer", "date")}
    again = upload(client, path)
    assert again.status_code == 200 and again.json()["id"] == body["id"] and again.json()["created"] is False
    assert client.get("/v1/notices").json()["total"] == 1
    detail = client.get(f"/v1/notices/{body['id']}").json()
    assert detail["sha256"] == body["plan"]["source"]["sha256"]
    assert sorted(d["date"] for d in detail["deadlines"]) == sorted(_stored_days(body["plan"]))


def _stored_days(plan: dict) -> list[str]:
    """The deadline days the store keeps for a plan: its deadlines and its tasks' own, once per span."""
    seen = {}
    for d in plan["deadlines"] + [t["deadline"] for t in plan["tasks"] if t["deadline"]]:
        key = (d["span"]["start"], d["span"]["end"]) if d["span"] else d["text"]
        seen.setdefault(key, d["date"])
    return [d for d in seen.values() if d[:2] != "--"]


def test_store_false_parses_without_storing(client):
    r = upload(client, CORPUS[1], store="false")
    assert r.status_code == 200 and r.json()["id"] is None and r.json()["plan"] == plan_of(CORPUS[1])
    assert client.get("/v1/notices").json()["total"] == 0


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_each_format_uploads(client, fmt):
    path = sorted((ROOT / "fixtures" / fmt).glob("*"))[2]
    r = upload(client, path)
    assert r.status_code == 201, r.json()
    assert r.json()["notice"]["format"] == fmt and r.json()["plan"] == plan_of(path)


@backends
def test_concurrent_uploads_of_one_file_store_it_once(client):
    results = []

    def send():
        results.append(upload(client, CORPUS[2]))
    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in results) == [200, 200, 200, 201]
    assert len({r.json()["id"] for r in results}) == 1
    assert client.get("/v1/notices").json()["total"] == 1


# ---------------------------------------------------------------- bad input (every bad file: test_bad_inputs.py)

def test_uploads_over_the_limit_are_413(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(CORPUS[0].read_bytes() * 3)  # about 30 KB: over 0.01 MB, under the body's multipart room
    with client_for(f"sqlite:///{tmp_path / 'n.db'}", max_upload_mb=0.01) as c:
        r = upload(c, big)  # counted while the file part is read
        assert (r.status_code, r.json()["error"]) == (413, "too_large")
        huge = b"x" * (2 << 20)
        r = c.post("/v1/notices", files={"file": ("huge.txt", huge)})  # refused by Content-Length
        assert (r.status_code, r.json()["error"]) == (413, "too_large")

        def chunks():
            for _ in range(64):
                yield b"y" * 65536
        r = c.post("/v1/notices", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
        assert (r.status_code, r.json()["error"]) == (413, "too_large")  # no Content-Length: counted
        assert upload(c, CORPUS[3]).status_code == 201  # 7 KB: under the limit
        assert c.get("/v1/notices").json()["total"] == 1


def test_unknown_ids_and_routes_are_404(client):
    for method, url in (("get", "/v1/notices/1"), ("delete", "/v1/notices/1"), ("get", f"/v1/notices/{10**20}"), ("delete", "/v1/notices/-1"),
                        ("get", "/v1/index-jobs/nope"), ("get", "/v1/nothing")):
        r = getattr(client, method)(url)
        assert r.status_code == 404 and r.json()["error"] == "not_found", url


def test_invalid_parameters_are_422_with_the_fields(client):
    for url in ("/v1/deadlines?month=2023-13", "/v1/deadlines?month=May", "/v1/deadlines?from=yesterday",
                "/v1/notices?limit=0", "/v1/search", "/v1/search?q=%00", "/v1/notices/abc"):
        r = client.get(url)
        assert r.status_code == 422 and r.json()["error"] == "invalid_request", url
    assert client.post("/v1/notices", data={"file": "not a file"}).status_code == 422


def test_a_server_error_is_json_without_details(tmp_path):
    app: FastAPI = create_app(db_url=f"sqlite:///{tmp_path / 'n.db'}")

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret detail")
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
    assert r.status_code == 500 and r.json() == {"error": "internal", "detail": "internal error", "fields": []}


# ---------------------------------------------------------------- queries

@pytest.fixture
def corpus_client(store_url):
    with client_for(store_url) as c:
        ids = {p: upload(c, p).json()["id"] for p in CORPUS}
        yield c, ids


@backends
def test_deadlines_by_month_words_and_range_agree_with_the_plans(corpus_client):
    c, ids = corpus_client
    months = {d[:7] for p in CORPUS for d in _stored_days(plan_of(p))}
    month = sorted(months)[len(months) // 2]
    expected = sorted((ids[p], d) for p in CORPUS for d in _stored_days(plan_of(p)) if d.startswith(month))
    assert expected, month
    by_month = c.get("/v1/deadlines", params={"month": month, "limit": 1000}).json()
    assert sorted((i["notice_id"], i["date"]) for i in by_month["items"]) == expected
    assert by_month["total"] == len(expected)
    year, mo = month.split("-")
    by_words = c.get("/v1/deadlines", params={"q": f"{year}年{int(mo)}月的所有截止日期", "limit": 1000}).json()
    assert by_words["items"] == by_month["items"]
    last = by_month["items"][-1]["date"]
    by_range = c.get("/v1/deadlines", params={"from": f"{month}-01", "to": last, "limit": 1000}).json()
    assert by_range["items"] == by_month["items"]
    page = c.get("/v1/deadlines", params={"month": month, "limit": 2, "offset": 1}).json()
    assert page["items"] == by_month["items"][1:3] and page["total"] == by_month["total"]


@backends
def test_deadlines_by_unit(corpus_client):
    c, _ = corpus_client
    every = c.get("/v1/deadlines", params={"limit": 1000}).json()["items"]
    org = next(u["org"] for i in every for u in i["units"])
    by_org = c.get("/v1/deadlines", params={"org": org, "limit": 1000}).json()["items"]
    assert by_org and all(any(org in u["org"] for u in i["units"]) for i in by_org)
    assert by_org == [i for i in every if any(org in u["org"] for u in i["units"])]


@backends
def test_search_finds_words_with_snippets(corpus_client):
    c, ids = corpus_client
    found = c.get("/v1/search", params={"q": "双认证"}).json()
    hits = found["items"]
    holding = {ids[p] for p in CORPUS if "双认证" in plan_of(p)["text"]}
    assert holding and {h["notice_id"] for h in hits} == holding and found["total"] == len(holding)
    assert all("[" in h["snippet"] and h["title"] for h in hits)
    page = c.get("/v1/search", params={"q": "双认证", "limit": 1, "offset": 1}).json()
    assert page["items"] == hits[1:2] and page["total"] == len(holding) and page["offset"] == 1
    assert c.get("/v1/search", params={"q": "这个词不在任何通知里面吗喵"}).json() == \
        {"total": 0, "limit": 20, "offset": 0, "items": []}


@backends
def test_notice_list_filters_and_pages(corpus_client):
    c, ids = corpus_client
    everything = c.get("/v1/notices").json()
    assert everything["total"] == len(CORPUS) and [n["id"] for n in everything["items"]] == sorted(ids.values())
    issuer = everything["items"][0]["issuer"]
    by_issuer = c.get("/v1/notices", params={"issuer": issuer}).json()["items"]
    assert by_issuer and all(issuer in n["issuer"] for n in by_issuer)
    dates = sorted(n["date"] for n in everything["items"] if n["date"])
    mid = dates[len(dates) // 2]
    since = c.get("/v1/notices", params={"from": mid}).json()["items"]
    assert {n["id"] for n in since} == {n["id"] for n in everything["items"] if n["date"] and n["date"] >= mid}
    words = c.get("/v1/notices", params={"q": "双认证"}).json()["items"]
    assert {n["id"] for n in words} == {ids[p] for p in CORPUS if "双认证" in plan_of(p)["text"]}
    page = c.get("/v1/notices", params={"limit": 2, "offset": 2}).json()
    assert page["items"] == everything["items"][2:4]


@backends
def test_delete_removes_the_notice_and_its_deadlines(corpus_client):
    c, ids = corpus_client
    nid = next(ids[p] for p in CORPUS if _stored_days(plan_of(p)))
    assert c.delete(f"/v1/notices/{nid}").status_code == 204
    assert c.get(f"/v1/notices/{nid}").status_code == 404
    assert all(i["notice_id"] != nid for i in c.get("/v1/deadlines", params={"limit": 1000}).json()["items"])
    assert all(h["notice_id"] != nid for h in c.get("/v1/search", params={"q": "通知", "limit": 100}).json()["items"])
    assert c.get("/v1/notices").json()["total"] == len(CORPUS) - 1


# ---------------------------------------------------------------- index jobs

def _wait(c: TestClient, job_id: str, seconds: float = 180) -> dict:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        job = c.get(f"/v1/index-jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} still {job['status']}")


@backends
def test_index_job_indexes_a_folder_under_a_root(store_url, tmp_path):
    root = tmp_path / "archive"
    folder = root / "2023"
    folder.mkdir(parents=True)
    for p in CORPUS[:2] + [ROOT / "fixtures" / "bad" / "encrypted.pdf"]:
        shutil.copy(p, folder / p.name)
    with client_for(store_url, index_roots=[root], index_workers=2) as c:
        assert c.post("/v1/index-jobs", json={"folder": str(tmp_path)}).status_code == 403
        assert c.post("/v1/index-jobs", json={"folder": str(root / ".." / "..")}).status_code == 403
        assert c.post("/v1/index-jobs", json={"folder": str(root / "missing")}).status_code == 404
        r = c.post("/v1/index-jobs", json={"folder": str(folder)})
        assert r.status_code == 202 and r.headers["location"] == f"/v1/index-jobs/{r.json()['id']}"
        job = _wait(c, r.json()["id"])
        assert job["status"] == "done" and (job["total"], job["done"], job["failed"]) == (3, 3, 1)
        assert job["report"]["indexed"] == 2
        assert [f["kind"] for f in job["report"]["failures"]] == ["encrypted"]
        stored = c.get("/v1/notices", params={"status": "ok"}).json()["items"]
        assert sorted(n["files"][0] for n in stored) == sorted(str(folder / p.name) for p in CORPUS[:2])
        again = _wait(c, c.post("/v1/index-jobs", json={"folder": str(folder)}).json()["id"])
        assert again["report"]["skipped"] == 3 and again["total"] == 0


def test_index_jobs_are_refused_without_roots(client, tmp_path):
    r = client.post("/v1/index-jobs", json={"folder": str(tmp_path)})
    assert r.status_code == 403 and r.json()["error"] == "forbidden"


# ---------------------------------------------------------------- keys, health, rules, schema

def test_api_key_guards_writes_and_optionally_reads(tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    with client_for(url, api_key="s3cret") as c:
        assert upload(c, CORPUS[0]).status_code == 401
        c.headers["X-API-Key"] = "wrong"
        assert upload(c, CORPUS[0]).json()["error"] == "unauthorized"
        del c.headers["X-API-Key"]
        assert c.delete("/v1/notices/1").status_code == 401
        assert c.post("/v1/index-jobs", json={"folder": "/"}).status_code == 401
        assert c.get("/v1/notices").status_code == 200
        c.headers["X-API-Key"] = "s3cret"
        assert upload(c, CORPUS[0]).status_code == 201
    with client_for(url, api_key="s3cret", read_protected=True) as c:
        for path in ("/v1/notices", "/v1/deadlines", "/v1/search?q=通知", "/v1/rules", "/v1/notices/1"):
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers={"X-API-Key": "s3cret"}).status_code == 200, path
        assert c.get("/healthz").status_code == 200


@backends
def test_health_reports_the_database(client, store_url):
    assert client.get("/healthz").json() == {"status": "ok", "database": store_url.split(":")[0].split("+")[0]}


def test_rules_lists_every_rule_file_with_its_version(client):
    from extractor.rules import all_rule_files
    got = client.get("/v1/rules").json()
    assert [(r["dimension"], r["version"]) for r in got] == [(f.dimension, f.version) for f in all_rule_files()]
    assert all(r["rules"] > 0 for r in got)


def test_openapi_documents_every_endpoint_with_examples(client):
    doc = client.get("/openapi.json").json()
    assert {"/v1/notices", "/v1/notices/{notice_id}", "/v1/deadlines", "/v1/search", "/v1/index-jobs",
            "/v1/index-jobs/{job_id}", "/v1/rules", "/healthz"} <= set(doc["paths"])
    schemas = doc["components"]["schemas"]
    assert all("example" in schemas[n] for n in ("Error", "Notice", "DeadlineEntry", "Hit"))
    assert "413" in doc["paths"]["/v1/notices"]["post"]["responses"]
