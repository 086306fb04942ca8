"""Layouts of the blind5 notices (corpus/blind5: real notices nobody tuned the rules on, text as the pages
corpus stores it, SOURCES.md there): the meta and frame rules they showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor import parse

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind5" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def test_a_portal_teaser_before_the_addressees_is_skipped(plans):
    # foodmate.net, 粤府〔2021〕22号: `核心提示:` alone on its line, the notice's first paragraph twice, an
    # attribute table in `|` cells, then the 主送 line and that paragraph again
    meta = plans("bm_03.txt").meta
    assert meta.recipients == ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    assert (meta.doc_number, meta.date) == ("粤府〔2021〕22号", "2021-03-21")


def test_an_opening_clause_that_closes_on_what_it_introduces_is_no_addressee(plans):
    # 姚安县 烟叶 意见: the page starts at `为…,特提出如下意见:`; neither 主送 nor title
    meta = plans("bm_05.html").meta
    assert meta.recipients == []
    assert not (meta.title or "").startswith("为认真贯彻落实")


@pytest.mark.parametrize("doc, title", [("bm_11.txt", "多个政府办公室周六休息"),
                                        ("bm_07.txt", "第一次幼稚园校舍分配申请延至3月24日截止")])
def test_a_news_items_headline_is_above_its_first_paragraph(plans, doc, title):
    # news.gov.hk's print page (`*` rules around the headline) and stheadline.com (the site's list of other
    # headlines under the item): the headline stands before the item's first paragraph, not after it
    assert plans(doc).meta.title == title


def test_a_department_list_with_a_button_word_is_the_notices_sentence(plans):
    # news.gov.hk 2007-01-04: `包括公司注册处、…` holds 注册, a page's button word, inside a sentence; the
    # Hong Kong departments are named bodies (extractor/data/gov_bodies.txt, from www.gov.hk's 政府架构)
    names = {o.name for o in plans("bm_11.txt").organizations}
    assert {"公司注册处", "教育统筹局", "渔农自然护理署", "律政司", "机电工程署", "劳工处", "法律援助署", "海事处",
            "社会福利署", "运输署", "水务署"} <= names


JIANGXI = """江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见
各市、县（区）人民政府，省政府各部门：
省教育厅负责各类婴幼儿照护服务人才培养。
省民政厅负责非营利性婴幼儿照护服务机构法人的注册登记，推动有条件的地方将婴幼儿照护服务纳入城乡社区服务范围。
省市场监管局负责营利性婴幼儿照护服务机构法人的注册登记，对各类婴幼儿照护服务机构的饮食用药安全进行监管。
"""


def test_registration_in_a_sentence_is_no_login_button():
    # hd_01 (jiangxi.gov.cn, the dev set; lines of its annex 职责分工): the division of duties names 注册登记,
    # the word of a page's 注册 button; the sentences stay in the notice and give their units' duties
    plan = parse(JIANGXI.encode(), filename="hd_01.txt")
    leads = {(r.org, r.role) for r in plan.responsibilities}
    assert {("省民政厅", "lead"), ("省市场监管局", "lead")} <= leads
    assert "注册登记，推动有条件的地方" in plan.text


def test_a_division_line_under_a_numbered_target_names_its_units(plans):
    # 粤府〔2021〕22号: `1.地区生产总值增长6%以上。` / `分管省领导:林克庆` / `部门分工:省发展改革委牵头,各地、各部门
    # 配合。`: the target is the task of its 部门分工 sentence (the leader's line between them is no part of it),
    # and a list entry, not a section, as under bl_04's `牵头单位:` lines
    plan = plans("bm_03.txt")
    assert {(r.org, r.duty, r.role) for r in plan.responsibilities} == {
        ("省发展改革委", "地区生产总值增长6%以上", "lead"), ("省财政厅", "地方一般公共预算收入增长5%左右", "lead")}
    assert [s.heading for s in plan.sections] == ["2021年经济社会发展主要预期目标"]


def test_a_news_item_is_dated_by_its_page_and_its_deadline_takes_that_year(plans):
    # stheadline.com: `發佈時間:17:38 2022-03-02 HKT` under the headline; the item says `3月24日下午5時或之前`
    plan = plans("bm_07.txt")
    assert plan.meta.date == "2022-03-02"
    assert "2022-03-24" in [d.date for d in plan.deadlines]


def test_a_taiwan_announcement_saved_on_one_line(plans):
    # moex.gov.tw: `考選部 公告主旨:…。依據:…。公告事項:一、…` on one line; its title is 機關 + 文別
    meta = plans("bm_09.txt").meta
    assert (meta.title, meta.issuer) == ("考选部公告", "考选部")


def test_a_portal_info_table_is_no_part_of_the_body(plans):
    # 汉阴县 portal: `索引号 | … | 公开目录: | 县政府办文件… |` / `公开责任部门 | 汉阴县人民政府办公室 |` above the body
    plan = plans("bm_01.txt")
    names = [o.name for o in plan.organizations]
    assert "汉阴县人民政府办公室" not in names and "县政府办" not in names
    assert (plan.meta.doc_number, plan.meta.date) == ("汉政办发〔2021〕88号", "2021-09-28")


def test_a_teaser_between_two_copies_of_the_title_is_no_part_of_it(plans):
    # bm_08 (南宁 函 on a news site): headline, `,日前,南宁市人民政府发布关于…的函,详情如下:`, the title again, `自治区审计厅:`
    meta = plans("bm_08.txt").meta
    assert meta.title == "南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函"
    assert meta.recipients == ["自治区审计厅"]


def test_an_item_after_items_run_into_a_sentence_is_a_list_entry(plans):
    # bm_06 (农机化司 notice, DOCX): `内容包括:1.…;2.…;` / `3.存在问题、建议和下一步工作措施等。材料要求…`
    assert plans("bm_06.docx").sections == []


def test_a_closing_date_put_off_and_a_unit_past_a_far_collective_word(plans):
    # bm_07 (星島 news of 教育局): `申請截止日期,將由明日(3日)延至3月24日`; `相關證明文件送抵教育局幼稚園教育分部`
    # (相关 qualifies 证明文件, not the unit)
    plan = plans("bm_07.txt")
    assert [d.date for d in plan.deadlines] == ["2022-03-24", "2022-03-24"]
    assert "教育局幼稚园教育分部" in {o.name for o in plan.organizations}


def test_a_task_whose_tag_runs_on_into_the_next_task_is_no_heading(plans):
    # 广州 2006 重点工作事项: `(一)加快建设…三大汽车产业基地。(牵头单位:市经贸委;配合单位:…)?。ǘ┩…` on one line,
    # a sentence of a task list as br_08's `1.地区生产总值增长6%。(牵头单位:县发展和改革局)`
    plan = plans("bm_02.txt")
    assert [(n.heading, len(n.children)) for part in plan.parts for n in part.sections] == \
        [("努力构建现代产业体系,促进经济又快又好发展", 0)]


def test_a_report_closed_by_its_formula_recounts_what_was_done(plans):
    # 中川镇 整改报告 (`…镇政府督促各村对此类问题进行系统排查…。` / `特此报告。`): an account, no duty
    assert plans("bm_04.pdf").responsibilities == []
