"""The web page without a browser: the API key rules, the form upload without script, the highlighting
of overlapping items, error pages. (tests/test_web_browser.py drives the pages in chromium.)"""
from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.web import highlighted
from extractor.models import Span
from extractor.pipeline import parse

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "fixtures" / "docx" / "001_1c57926179cc4038.docx"
HC = ROOT / "corpus" / "dev" / "docs"


def client(tmp_path, **settings) -> TestClient:
    return TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'notices.db'}", **settings))


def form_upload(c: TestClient, *paths: Path, **kw):
    return c.post("/upload", files=[("files", (p.name, p.read_bytes())) for p in paths], **kw)


def test_the_form_without_script_uploads_many_files_and_reports_each(tmp_path):
    bad = tmp_path / "notice.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with client(tmp_path) as c:
        r = form_upload(c, DOCX, bad)
        assert r.status_code == 422          # not all files went in
        assert "已入库" in r.text and parse(DOCX).meta.title in r.text
        assert re.search(r'notice\.pdf</span>：\s*<span class="error" role="alert">', r.text)
        assert c.get("/").text.count('href="/notices/') == 1
        again = form_upload(c, DOCX)
        assert again.status_code == 200 and "已存在" in again.text


def test_the_downloads_are_the_files_the_cli_writes(tmp_path):
    from icalendar import Calendar

    from extractor import render
    plan = parse(DOCX)          # what `notices parse DOCX --format csv|ics` writes
    with client(tmp_path) as c:
        form_upload(c, DOCX)
        csv = c.get("/notices/1/ledger.csv")
        assert csv.content == render.output([plan], "csv")
        assert "attachment" in csv.headers["content-disposition"]
        ics = Calendar.from_ical(c.get("/notices/1/ledger.ics").content)
        expected = Calendar.from_ical(render.output([plan], "ics"))
        assert [str(e["summary"]) for e in ics.walk("VEVENT")] == [str(e["summary"]) for e in expected.walk("VEVENT")]


def test_a_key_is_needed_to_write_and_to_read_when_reading_is_protected(tmp_path):
    with client(tmp_path, api_key="s3cret", read_protected=True) as c:
        first = c.get("/deadlines", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/login?next=%2Fdeadlines"
        assert form_upload(c, DOCX).status_code == 401
        assert c.post("/login", data={"key": "wrong", "next": "/"}).status_code == 401
        signed = c.post("/login", data={"key": "s3cret", "next": "//elsewhere.example"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/"    # never off this server
        cookie = signed.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert c.get("/deadlines").status_code == 200
        assert form_upload(c, DOCX).status_code == 200
        assert c.get("/v1/notices", headers={"X-API-Key": "s3cret"}).json()["total"] == 1


def test_reading_is_open_and_writing_asks_to_log_in_when_only_writes_are_protected(tmp_path):
    with client(tmp_path, api_key="s3cret") as c:
        home = c.get("/")
        assert home.status_code == 200 and 'id="upload"' not in home.text and "/login?next=/" in home.text
        assert form_upload(c, DOCX).status_code == 401
        assert c.post("/jobs", data={"folder": "/"}).status_code == 401


def test_pages_that_do_not_exist_are_pages_in_chinese(tmp_path):
    with client(tmp_path) as c:
        r = c.get("/notices/12345")
        assert r.status_code == 404 and "没有编号为 12345 的通知" in r.text
        assert c.get("/deadlines?month=2023-13").status_code == 422
        assert c.get("/notices/1/ledger.pdf").status_code == 404


def test_overlapping_items_nest_or_split_and_each_keeps_one_anchor():
    text = "由县农业农村局牵头，于2023年6月30日前完成。"
    org = (text.index("县"), text.index("局") + 1)
    duty = (0, text.index("，"))
    due = (text.index("于") + 1, text.index("前") + 1)
    cross = (text.index("头"), text.index("年") + 1)     # overlaps the duty and the deadline without nesting
    marks = [("duty", Span(start=duty[0], end=duty[1]), "县农业农村局"),
             ("org", Span(start=org[0], end=org[1]), "县农业农村局"),
             ("deadline", Span(start=due[0], end=due[1]), "2023-06-30"),
             ("target", Span(start=cross[0], end=cross[1]), "x")]
    html, ids = highlighted(text, marks, {0: "sec-0"})
    plain = re.sub(r"<[^>]+>", "", str(html))
    assert plain == text
    assert html.count("<mark") - html.count("</mark") == 0
    for kind, (a, b) in (("duty", duty), ("org", org), ("deadline", due), ("target", cross)):
        anchor = ids[(kind, a, b)]
        assert html.count(f'id="{anchor}"') == 1
        pieces = re.findall(rf'<mark [^>]*data-ref="{anchor}"[^>]*>', str(html))
        assert pieces, kind
    # the organisation sits inside the duty: one piece each
    assert len(re.findall(r'data-ref="org-', str(html))) == 1
    assert str(html).index('id="sec-0"') < str(html).index("由")


def test_the_text_is_escaped():
    html, _ = highlighted("<script>x</script>", [("org", Span(start=0, end=8), '"><b>')], {})
    assert "<script>" not in str(html) and "&lt;script&gt;" in str(html) and "<b>" not in str(html)


def test_the_notice_list_is_paged_and_searchable(tmp_path, monkeypatch):
    import api.web
    monkeypatch.setattr(api.web, "PAGE", 1)
    with client(tmp_path) as c:
        form_upload(c, DOCX, HC / "hc_04.txt")
        first, second = c.get("/").text, c.get("/?page=2").text
        assert "第 1 / 2 页" in first and 'href="?page=2"' in first and 'href="?page=1"' in second
        assert 'href="/notices/1"' in first and 'href="/notices/2"' in second
        found = c.get("/", params={"q": "营商环境"}).text
        assert "共 1 份" in found and 'href="/notices/2"' in found


def test_deadlines_by_unit_and_role(tmp_path):
    with client(tmp_path) as c:
        form_upload(c, HC / "hc_04.txt")
        lead = c.get("/deadlines", params={"month": "2021-06", "org": "人力资源社会保障部", "role": "lead"}).text
        assert lead.count('<tr class="due-') >= 1 and "2021-06-30" in lead and "人力资源社会保障部<span" in lead
        none = c.get("/deadlines", params={"month": "2021-06", "org": "人力资源社会保障部", "role": "participant"}).text
        assert '<tr class="due-' not in none and "没有符合条件的截止日期" in none
        asked = c.get("/deadlines", params={"q": "人力资源社会保障部牵头的任务"}).text
        assert "理解为：单位含“人力资源社会保障部”（牵头）" in asked and "2021-06-30" in asked


def test_a_notice_page_highlights_every_item_of_a_real_notice(tmp_path):
    path = HC / "hc_04.txt"
    plan = parse(path)
    with client(tmp_path) as c:
        notice_id = form_upload(c, path).text.split('href="/notices/')[1].split('"')[0]
        page = c.get(f"/notices/{notice_id}").text
    for d in plan.deadlines:
        if d.span:
            assert f'id="deadline-{d.span.start}-{d.span.end}"' in page
    for o in plan.organizations:
        assert page.count(f'title="单位：{o.name}"') == len(o.mentions)


def test_a_notice_stored_before_plans_were_kept_shows_its_meta_and_says_why_no_text(tmp_path):
    from sqlalchemy import create_engine, delete

    from extractor.store import models as m
    with client(tmp_path) as c:
        form_upload(c, DOCX)
        engine = create_engine(f"sqlite:///{tmp_path / 'notices.db'}")
        with engine.begin() as conn:
            conn.execute(delete(m.PlanRow))
        engine.dispose()
        page = c.get("/notices/1")
        assert page.status_code == 200 and "重新索引" in page.text and parse(DOCX).meta.title in page.text
        assert c.get("/notices/1/ledger.xlsx").status_code == 404
