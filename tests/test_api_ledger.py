"""The API's plan, tasks, ledger and calendar downloads, one record per notice across formats, questions
in words, the one error shape, CORS and the offline docs, on SQLite and PostgreSQL, with the corpus
notices and their DOCX, PDF and HTML copies (fixtures/)."""
from __future__ import annotations

import csv
import datetime as dt
import io
from urllib.parse import unquote

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from test_api import CORPUS, ROOT, backends, client_for, plan_of, store_url, upload  # noqa: F401

NOTICE = CORPUS[0]  # 山政办发〔2023〕8号
COPIES = [ROOT / "fixtures" / sub / (NOTICE.stem + ext) for sub, ext in (("docx", ".docx"), ("pdf", ".pdf"),
                                                                         ("html", ".html"))]


@pytest.fixture
def stored(store_url):  # noqa: F811
    with client_for(store_url) as c:
        yield c, upload(c, NOTICE).json()["id"]


@backends
def test_the_stored_plan_and_its_tasks_come_back(stored):
    c, nid = stored
    plan = c.get(f"/v1/notices/{nid}/plan").json()
    assert plan == plan_of(NOTICE) and plan["source"]["path"] == NOTICE.name  # the upload keeps its name
    assert c.get(f"/v1/notices/{nid}").json()["file_name"] == NOTICE.name
    tasks = c.get(f"/v1/notices/{nid}/tasks", params={"limit": 2, "offset": 1}).json()
    assert tasks["total"] == len(plan["tasks"]) and tasks["items"] == plan["tasks"][1:3]
    assert c.get("/v1/notices/999/plan").json()["error"] == "not_found"


@backends
def test_a_notices_ledger_downloads_as_xlsx_and_csv(stored):
    c, nid = stored
    r = c.get(f"/v1/notices/{nid}/ledger")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert unquote(r.headers["content-disposition"].split("UTF-8''")[1]) == "山政办发〔2023〕8号.xlsx"
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(plan_of(NOTICE)["tasks"]) and {r[4] for r in rows} >= {dt.datetime(2023, 6, 30)}
    r = c.get(f"/v1/notices/{nid}/ledger", params={"format": "csv"})
    assert r.content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert table[0][:3] == ["序号", "任务", "牵头单位"] and len(table) == 1 + len(rows)


@backends
def test_a_query_ledger_and_calendar_hold_the_tasks_due_by_then(stored):
    c, _ = stored
    r = c.get("/v1/deadlines/ledger", params={"q": "2023年7月底前要完成的任务", "format": "csv"})
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    due = {row[1]: row[4] for row in table[1:]}
    assert due == {"配齐硬件软件设施": "2023-06-30", "保障设备运行，强化质量管理": "2023-07-31"}
    assert all(row[7] == "山政办发〔2023〕8号" and row[8].startswith(NOTICE.name) for row in table[1:])
    xlsx = load_workbook(io.BytesIO(c.get("/v1/deadlines/ledger", params={"year": 2023}).content))
    assert xlsx.sheetnames == ["任务台账"] and xlsx.active["A1"].value.startswith("查询：")
    cal = Calendar.from_ical(c.get("/v1/deadlines/calendar", params={"year": 2023, "remind_days": 7}).content)
    cal.validate()
    events = cal.walk("VEVENT")
    assert events and all(e.walk("VALARM")[0].decoded("trigger") == -dt.timedelta(days=7) for e in events)
    own = Calendar.from_ical(c.get(f"/v1/notices/{stored[1]}/calendar").content)
    own.validate()
    assert len(own.walk("VEVENT")) == len(events)


@backends
def test_the_same_notice_in_four_formats_is_one_record_with_every_file(stored):
    c, nid = stored
    days = c.get("/v1/deadlines", params={"year": 2023}).json()
    answers = [upload(c, path) for path in COPIES]
    assert [(a.status_code, a.json()["created"]) for a in answers] == [(200, False)] * 3
    notices = c.get("/v1/notices").json()
    assert notices["total"] == 1
    (notice,) = notices["items"]
    assert notice["format"] == "docx"  # the copy that carries the structure is the one kept
    assert sorted(x["name"] for x in notice["copies"]) == sorted([NOTICE.name, COPIES[1].name, COPIES[2].name])
    again = c.get("/v1/deadlines", params={"year": 2023}).json()
    assert again["total"] == days["total"]  # every deadline listed once
    assert upload(c, COPIES[1]).json()["id"] == notice["id"]  # a copy uploaded again finds its notice


@backends
def test_questions_are_echoed_and_a_question_understood_in_nothing_is_refused(stored):
    c, _ = stored
    r = c.get("/v1/deadlines", params={"q": "2023年7月底前要完成的任务"}).json()
    assert r["understood"] == "due on or before 2023-07-31" and r["total"] == 2
    r = c.get("/v1/deadlines", params={"q": "各省份要完成的任务"})
    assert r.status_code == 422 and r.json()["error"] == "not_understood"
    assert "understood nothing in '各省份要完成的任务'" in r.json()["detail"]


def test_every_error_has_one_shape(tmp_path):
    with client_for(f"sqlite:///{tmp_path / 'n.db'}") as c:
        answers = [c.get("/v1/deadlines", params={"limit": 0}), c.get("/v1/notices/7"), c.get("/nowhere"),
                   c.get("/v1/deadlines", params={"q": "随便问问"}), c.delete("/v1/deadlines")]
    for r in answers:
        body = r.json()
        assert set(body) == {"error", "detail", "fields"} and isinstance(body["detail"], str), body
        assert isinstance(body["fields"], list)
    assert answers[0].json()["fields"] == [{"loc": ["query", "limit"], "msg": "Input should be greater than or "
                                                                          "equal to 1"}]


def test_cors_origins_come_from_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTICES_CORS_ORIGINS", "https://ledger.example.gov.cn, http://localhost:3000/")
    with client_for(f"sqlite:///{tmp_path / 'n.db'}") as c:
        ok = c.options("/v1/deadlines", headers={"Origin": "http://localhost:3000",
                                                 "Access-Control-Request-Method": "GET"})
        other = c.get("/v1/rules", headers={"Origin": "https://elsewhere.example"})
    assert ok.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert "access-control-allow-origin" not in other.headers


def test_the_docs_pages_load_their_assets_from_this_server(tmp_path):
    with client_for(f"sqlite:///{tmp_path / 'n.db'}") as c:
        docs, redoc = c.get("/docs").text, c.get("/redoc").text
        assets = [c.get(u) for u in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css",
                                     "/docs-assets/redoc.standalone.js")]
    assert "/docs-assets/swagger-ui-bundle.js" in docs and "/docs-assets/redoc.standalone.js" in redoc
    assert "http" not in docs.split("<body>")[0].replace("http-equiv", "")  # nothing fetched from elsewhere
    assert "fonts.googleapis" not in redoc
    assert all(a.status_code == 200 and len(a.content) > 100_000 for a in assets)
