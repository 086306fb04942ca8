"""Layouts of the blind7 notices (corpus/blind7: real notices nobody tuned the rules on, text as the pages
corpus stores it, SOURCES.md there): portal info tables outside the article, a signature date without 日,
yearless dates early in the next year, school closures, a session inside a committee's name."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.ingest.html import read_html
from extractor.pipeline import parse

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind7" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


@pytest.mark.parametrize("doc, number, issuer, date", [
    ("bq_01.html", "嘉政办发〔2024〕1号", "嘉鱼县人民政府办公室", "2024-02-22"),   # `文       号 :`, `发文单位:`, `发文日期:`
    ("bq_02.html", "督察通报第十七期", None, "2022-09-14"),                      # `文号 | … | 成文日期: | …`
    ("bq_03.html", "金政发〔2021〕3号", "金乡县人民政府", "2021-02-22"),         # labels without colons
])
def test_a_portal_info_table_outside_the_article_fills_meta(plans, doc, number, issuer, date):
    meta = plans(doc).meta
    assert (meta.doc_number, meta.issuer, meta.date) == (number, issuer, date)


def test_the_info_table_is_put_back_before_the_text():
    # gov.cn's layout: the info table above the article's div; the main-text finder leaves it out or puts it last
    page = ("<html><body><table><tr><td>索 引 号：</td><td>000014349/2018-00222</td></tr>"
            "<tr><td>发文字号：</td><td>国办发〔2018〕117号</td><td>成文日期：</td><td>2018年12月06日</td></tr></table>"
            "<div class='content'><h1>国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知</h1>"
            + "<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>为进一步推动党中央、国务院重大决策部署"
              "贯彻落实，经国务院同意，现将有关事项通知如下。</p>" * 2 + "</div></body></html>").encode("utf-8")
    blocks = read_html(page).blocks
    assert blocks[0].rows[1][:2] == ["发文字号：", "国办发〔2018〕117号"]
    assert sum(1 for b in blocks if b.rows) == 1
    meta = parse(page, filename="page.html").meta
    assert (meta.doc_number, meta.date) == ("国办发〔2018〕117号", "2018-12-06")


def test_a_table_without_labels_is_not_taken():
    page = ("<html><body><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建设</td></tr></table>"
            "<div>" + "<p>各乡镇人民政府，县直各单位：现将有关事项通知如下。</p>" * 3 + "</div></body></html>")
    assert not any(b.rows for b in read_html(page.encode("utf-8")).blocks)


def test_a_signature_date_without_its_day_mark(plans):
    # 金乡县人民政府 / `2021年2月22` (the 日 lost, as 寿县's bulletin head `2022年8月19`)
    meta = plans("bq_03.html").meta
    assert (meta.issuer, meta.date) == ("金乡县人民政府", "2021-02-22")


def test_a_yearless_date_before_the_notice_is_next_years(plans):
    # 农业部发展计划司, 2016-12-27: `请各省农业部门于1月15日前将…典型案例反馈我部`
    assert [d.date for d in plans("bq_08.txt").deadlines] == ["2017-01-15"]


def test_school_closure_days_are_scheduled(plans):
    # a school's page relaying the 教育局: `明日7月11日將會停課` (no year on the page)
    assert "--07-11" in [d.date for d in plans("bq_10.txt").deadlines]


def test_a_session_inside_a_committees_name_is_no_organisation(plans):
    # 鹤政发〔2025〕4号: `并经市委十三届第94次常委会会议审议通过`: the meeting names 市委
    names = {o.name for o in plans("bq_04.txt").organizations}
    assert "市委" in names and not any("届" in n for n in names)


def test_a_units_relative_clause_is_no_duty(plans):
    # 紫阳县 督察通报: `由县民政局负责的第1件、县发改局负责的第4件、…确定事项进展滞后`: 负责的 qualifies the 件
    # their duty is the request after it, `请以上责任单位加快工作节奏,…` (as the gold has it), and nothing else
    units = {"县民政局", "县发改局", "县税务局", "县卫健局"}
    got = {(r.org, r.duty) for r in plans("bq_02.html").responsibilities if r.org in units}
    assert got == {(org, "加快工作节奏全力推动确定事项落实") for org in units}
