"""The web page without a browser: the API key rules, the form upload without script, the highlighting
of overlapping items, error pages. (tests/test_web_browser.py drives the pages in chromium.)"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

from fastapi.testclient import TestClient
from lxml import html as lxml_html

from api.app import create_app
from api.web import highlighted, in_chinese
from extractor.models import Span
from extractor.pipeline import parse
from extractor.render import LEDGER_COLUMNS
from extractor.store.indexer import EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "fixtures" / "docx" / "001_1c57926179cc4038.docx"
HC = ROOT / "corpus" / "dev" / "docs"


def client(tmp_path, **settings) -> TestClient:
    return TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'notices.db'}", **settings))


def form_upload(c: TestClient, *paths: Path, **kw):
    return c.post("/upload", files=[("files", (p.name, p.read_bytes())) for p in paths], **kw)


def today_is(monkeypatch, day: dt.date) -> None:
    """The pages judge 'overdue', 'due soon' and 'next deadline' as if today were `day`."""
    import api.web

    class Day(dt.date):
        @classmethod
        def today(cls):
            return day
    monkeypatch.setattr(api.web, "dt", SimpleNamespace(date=Day, timedelta=dt.timedelta))


def tree(page_html: str):
    return lxml_html.fromstring(page_html)


def test_the_form_without_script_uploads_many_files_and_reports_each(tmp_path):
    bad = tmp_path / "notice.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with client(tmp_path) as c:
        r = form_upload(c, DOCX, bad)
        assert r.status_code == 422          # not all files went in
        assert "已入库" in r.text and parse(DOCX).meta.title in r.text
        assert re.search(r'notice\.pdf</span>：\s*<span class="error" role="alert">', r.text)
        # the kind of failure, then the parser's reason, both in Chinese (api/messages.yaml)
        assert re.search(r'role="alert">文件已损坏：PDF 文件已损坏：文件不完整（缺少文件结束标记）</span>', r.text)
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


def test_the_file_picker_offers_every_format_the_parser_reads(tmp_path):
    with client(tmp_path) as c:
        picker = tree(c.get("/").text).get_element_by_id("files")
    assert set(picker.get("accept").split(",")) == EXTENSIONS     # what `notices index` takes from a folder
    assert picker.get("multiple") is not None


def test_the_notice_list_shows_each_notices_tasks_and_next_deadline_against_today(tmp_path, monkeypatch):
    path = HC / "hc_04.txt"      # deadlines: 2020-12-31 (six) and 2021-06-30
    tasks = len(parse(path).tasks)
    with client(tmp_path) as c:
        form_upload(c, path)
        for today, shown in ((dt.date(2020, 12, 31), "2020-12-31"), (dt.date(2021, 1, 1), "2021-06-30"),
                             (dt.date(2021, 7, 1), "2021-06-30（已过）")):
            today_is(monkeypatch, today)
            row = tree(c.get("/").text).xpath("//div[@id='notices']//tbody/tr")[0]
            cells = [td.text_content().strip() for td in row.xpath("td")]
            assert cells[0] == "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见"
            assert cells[1:4] == ["国办发〔2020〕24号", "国务院办公厅", parse(path).meta.date]
            assert cells[4:] == [str(tasks), shown], today


def test_deadlines_overdue_and_due_soon_are_marked_against_today(tmp_path, monkeypatch):
    with client(tmp_path) as c:
        form_upload(c, HC / "hc_04.txt")
        for today, badge in ((dt.date(2021, 6, 25), "即将到期"), (dt.date(2021, 7, 1), "已逾期"),
                             (dt.date(2021, 6, 20), "")):
            today_is(monkeypatch, today)
            row = tree(c.get("/deadlines", params={"month": "2021-06"}).text).xpath("//table[@class='list']/tbody/tr")
            assert len(row) == 1 and "2021-06-30" in row[0].text_content()
            assert row[0].xpath("string(td[2])").strip() == badge, today
            assert row[0].get("class") == f"due-{ {'即将到期': 'soon', '已逾期': 'overdue'}.get(badge, 'later') }"


def test_deadlines_filtered_by_issuer(tmp_path):
    docx, html = DOCX, ROOT / "fixtures" / "html" / "000_8aa947a709213af4.html"   # both have deadlines in 2023-12
    issuer = parse(html).meta.issuer
    assert issuer and parse(docx).meta.issuer != issuer
    with client(tmp_path) as c:
        form_upload(c, docx, html)

        def notices_listed(**params):
            page = tree(c.get("/deadlines", params={"month": "2023-12", **params}).text)
            return {a.get("href") for a in page.xpath("//table[@class='list']/tbody/tr/td[6]/a")}
        assert notices_listed() == {"/notices/1", "/notices/2"}
        assert notices_listed(issuer=issuer[:3]) == {"/notices/2"}        # the HTML's issuer, given in part
        assert notices_listed(issuer="国务院") == set()


def test_the_outline_is_a_tree_whose_links_land_on_their_headings(tmp_path):
    path = HC / "hc_04.txt"
    plan = parse(path)
    with client(tmp_path) as c:
        form_upload(c, path)
        page = tree(c.get("/notices/1").text)
    outline = page.xpath("//nav[contains(@class, 'outline')]")[0]
    top = outline.xpath("ul/li")
    assert [li.xpath("string(a)") for li in top] == [s.marker + s.heading for s in plan.sections]
    for li, section in zip(top, plan.sections):
        assert [a.text_content() for a in li.xpath("ul/li/a")] == [s.marker + s.heading for s in section.children]
        for a, s in zip(li.xpath(".//a"), [section, *section.children]):
            anchor = page.get_element_by_id(a.get("href")[1:])
            assert anchor.getparent().get("id") == "text"
            after = plan.text[s.span.start:]
            assert after.startswith(s.marker) and s.heading in after.split("\n")[0]


def test_the_ledger_sorts_by_any_column(tmp_path):
    path = HC / "hc_04.txt"
    due = LEDGER_COLUMNS.index("完成时限")
    with client(tmp_path) as c:
        form_upload(c, path)

        def column(**params):
            rows = tree(c.get("/notices/1", params=params).text).xpath("//table[@id='ledger']/tbody/tr")
            return [r.xpath(f"string(td[{due + 1}])") for r in rows]
        as_parsed, up, down = column(), column(sort=due), column(sort=due, desc="true")
    dated = sorted(d for d in as_parsed if d)
    assert len(up) == len(as_parsed) > len(dated) > 1 and dated != [d for d in as_parsed if d]
    assert up[:len(dated)] == dated and not any(up[len(dated):])        # undated rows last
    assert down == [""] * (len(up) - len(dated)) + dated[::-1]



def test_a_scanned_pdf_shows_its_ocr_warning_in_chinese_and_the_page_of_each_item(tmp_path):
    import importlib.util
    import sys
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    fixtures = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(fixtures)
    scan = tmp_path / "scan.pdf"       # the first page of a fixture notice, an image only
    fixtures.make_scan(ROOT / "fixtures" / "pdf" / "000_8aa947a709213af4.pdf", scan, last_page=1)
    with client(tmp_path, parse_timeout=900) as c:     # OCR on a shared, busy machine
        assert form_upload(c, scan).status_code == 200
        plan = c.get("/v1/notices/1/plan").json()
        page = tree(c.get("/notices/1").text)
    assert plan["source"]["warnings"][0].startswith("pages 1 read by OCR (confidence: mean ")
    warnings = [li.text_content() for li in page.xpath("//section[@class='warnings']//li")]
    assert warnings[0].startswith("第 1 页是扫描件，文字由 OCR 识别（置信度平均 0.")
    items = page.xpath("//section[@class='items']//li")     # what page 1 holds
    assert items and {li.xpath("string(span[@class='page'])") for li in items} == {"第 1 页"}

def test_the_readers_warnings_read_in_chinese(tmp_path):
    bad = ROOT / "fixtures" / "bad"
    with client(tmp_path) as c:
        form_upload(c, bad / "mixed.txt", bad / "hidden_text.pdf")
        shown = {n: [li.text_content() for li in tree(c.get(f"/notices/{n}").text).xpath("//section[@class='warnings']//li")]
                 for n in (1, 2)}
    assert shown == {1: ["编码混杂：3 行不是 UTF-8，按 gb18030 解码"],
                     2: ["第 1 页：74 个阅读器中看不到的字符（隐藏、白色、在页面外或小于 1 磅）已略去"]}
    assert in_chinese("pages 2-3, 7 not read: over the OCR limit of 1 pages") == "第 2-3、7 页未读取：超过 OCR 识别的上限 1 页"
    assert in_chinese("a warning of a form not known to the page") is None
