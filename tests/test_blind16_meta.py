"""Meta and people of the blind16 notices (corpus/blind16, SOURCES.md there): Taiwan, Hong Kong and Macau pages and
mainland notices in traditional script; the page frames, sign-offs and headers they showed misread."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind16" / "docs"


@pytest.fixture(scope="module")
def plan():
    return cached_plans(DOCS)


def test_a_macau_order_is_titled_by_its_heading_and_issued_by_the_post_it_names(plan):
    """`第3/2000號行政法務司司長批示`, then `二零零零年四月七日` / `行政法務司司長` / `陳麗敏` on three lines (bz_09)."""
    p = plan("bz_09.doc")
    assert (p.meta.title, p.meta.doc_number) == ("第3/2000号行政法务司司长批示",) * 2
    assert (p.meta.issuer, str(p.meta.date)) == ("行政法务司司长", "2000-04-07")
    assert ("陈丽敏", "行政法务司司长") in {(x.name, x.title) for x in p.people}


def test_column_and_gazette_heads_are_no_titles(plan):
    """`空氣品質指標` of an AQI widget (bz_01), `最新消息` (bz_06), the gazette's `政府機關通告及公告` (bz_08)."""
    assert [plan(n).meta.title for n in ("bz_01.html", "bz_06.pdf")] == [None, None]
    assert plan("bz_08.pdf").meta.title != "政府机关通告及公告"


def test_a_template_sites_blurb_names_the_notice_and_its_addressees_follow(plan):
    p, q = plan("bz_11.txt"), plan("bz_12.txt")
    assert (p.meta.title, p.meta.recipients) == ("上报旱灾情况通知", ["各街镇镇乡人民政府(办事处)"])
    assert (q.meta.title, q.meta.recipients) == ("环境质量目标任务通知", ["各街镇乡人民政府(办事处)", "县府各部门"])


def test_a_hong_kong_release_is_issued_by_the_body_that_announces_it_today(plan):
    """`29.06.2022 15:00` under the headline, `醫院管理局今日(6月29日)公布,…` (bz_07)."""
    p = plan("bz_07.txt")
    assert (p.meta.issuer, str(p.meta.date)) == ("医院管理局", "2022-06-29")


def test_titles_written_around_the_name_in_minutes(plan):
    """`李局長戎威補充說明:`, `環境保護局陳局長世偉補充建議:`, `黃副縣長宏斌補充建議:` (bz_04); `請林局長暫兼` names nobody (bz_03)."""
    assert {(x.name, x.title) for x in plan("bz_04.docx").people} >= \
        {("李戎威", "局长"), ("陈世伟", "环境保护局局长"), ("黄宏斌", "副县长")}
    assert "林暂兼" not in {x.name for x in plan("bz_03.txt").people}


def test_a_macau_signer_under_the_sign_off_of_a_scan(plan):
    """`代助理關長 岑錦棠` under `二零二五年二月二十日於海關` (bz_08, read by OCR)."""
    assert "岑锦棠" in {x.name for x in plan("bz_08.pdf").people}


def test_a_title_row_whose_colon_was_lost_heads_a_bulletins_page(plan):
    """`標題轉知臺中市學校環境教育實作競賽實施計畫。` over `訊息分類學務處` / `公告單位衛生組長謝麗娟` (bz_02): the 标题 row,
    not the post and name of the row below it."""
    assert plan("bz_02.txt").meta.title == "转知台中市学校环境教育实作竞赛实施计划"


def test_a_sentence_opening_with_the_word_title_is_no_title_row():
    from extractor.structure import _TITLE_ROW
    assert _TITLE_ROW.match("标题转知台中市学校环境教育实作竞赛实施计划。")
    assert not _TITLE_ROW.match("标题要简洁明了,准确概括文件的主要内容。")
    assert not _TITLE_ROW.match("标题:国务院关于同意湖北省监利县撤县设市的批复")
