"""Layouts of the blind6 notices (corpus/blind6: real notices nobody tuned the rules on, text as the pages
corpus stores it, SOURCES.md there): the task-split lines, news datelines and header forms they showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind6" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def test_leader_and_unit_lines_under_a_numbered_target(plans):
    # 安徽 重点工作及责任分解 (news): `2﹒固定资产投资力争增长10%以上,…。` / `牵头负责领导:刘惠。` / `牵头责任单位:省发展改革委。`
    # / `协同责任单位:省经济和信息化厅、…等。`: the leader is a person titled by the label, the units lead and take part
    plan = plans("bn_02.txt")
    people = {(p.name, p.title) for p in plan.people}
    assert {("刘惠", "牵头负责领导"), ("周喜安", "牵头负责领导"), ("杨光荣", "牵头负责领导")} <= people
    roles = {(r.org, r.role) for r in plan.responsibilities if "固定资产投资" in r.duty}
    assert ("省发展改革委", "lead") in roles and ("省林业局", "participant") in roles
    assert {r.org for r in plan.responsibilities if "一般公共预算收入" in r.duty} == {
        "省财政厅", "省发展改革委", "省税务局", "人行合肥中心支行"}


def test_a_congress_session_is_no_organisation(plans):
    # `省十三届人大二次会议通过的《政府工作报告》` (湘政发〔2019〕1号), `省十二屆人大五次會議` (山西 2016 news)
    for doc in ("bn_01.txt", "bn_10.txt"):
        assert not any("届人大" in o.name for o in plans(doc).organizations)


def test_leaders_named_after_their_post_and_charge(plans):
    # 山西 2016 news: `省委副書記、省長李小鵬牽頭`, `常務副省長高建民:負責…`, `秘書長廉毅敏:負責…`
    names = {p.name for p in plans("bn_10.txt").people}
    assert {"李小鹏", "高建民", "付建华", "郭迎光", "王一新", "张复明", "刘杰", "廉毅敏"} <= names


@pytest.mark.parametrize("doc, date", [("bn_08.txt", "2025-09-22"), ("bn_09.txt", "2025-09-25")])
def test_a_news_items_dateline_is_its_date(plans, doc, date):
    # a school's news page (`2025-09-22` under the headline) and bastillepost.com (`2025年09月25日 05:29 最後更新:07:29`)
    assert plans(doc).meta.date == date


def test_a_column_label_is_no_part_of_the_headline(plans):
    # bastillepost.com `風暴樺加沙 | 幼稚園上午班及全日班停課 中小學日校及夜校恢復上課`
    assert plans("bn_09.txt").meta.title.startswith("幼稚园上午班")


def test_the_hong_kong_observatory_by_its_short_name(plans):
    assert {"天文台", "教育局"} <= {o.name for o in plans("bn_08.txt").organizations}


def test_a_bracketed_number_under_the_title_is_the_notices(plans):
    # 法律资料网 page: `( 吉府发〔2003〕37号 )` on its own line (as bk_04's `(劳社厅函[2007]120号)`)
    assert plans("bn_06.txt").meta.doc_number == "吉府发〔2003〕37号"


def test_a_pages_title_with_the_sites_name_is_frame(plans):
    # `湖南省人民政府关于…的意见-湖南省人民政府门户网站` (the page's <title>) over the headline itself
    meta = plans("bn_01.txt").meta
    assert meta.title == "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见"
    assert meta.doc_number == "湘政发〔2019〕1号"


@pytest.mark.parametrize("doc, title, issuer", [
    ("bn_06.txt", "关于印发吉安市市本级政务公开工作实施细则的通知", "江西省吉安市人民政府办公室"),
    ("../../blind4/docs/bk_04.txt", "关于印发社会保险基金安全宣传教育活动工作方案的通知", "劳动和社会保障部办公厅")])
def test_a_law_databases_issuer_line_over_the_notices_title(plans, doc, title, issuer):
    # 法律资料网: the page headline (the plan's name on bn_06), repeated, then `制定机关` on its line, then
    # `关于印发…的通知` and `( 吉府发〔2003〕37号 )`: the notice's own title, and the line above names its issuer
    meta = plans(doc).meta
    assert (meta.title, meta.issuer) == (title, issuer)


def test_a_number_opening_a_line_run_into_the_addressees(plans):
    # a periodical site's excerpt: `汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将…`
    meta = plans("bn_11.txt").meta
    assert meta.doc_number == "汕府办[2015]29号"
    assert meta.recipients == ["各县(市、区)人民政府", "市政府各部门", "各直属机构"]


def test_a_weekday_tells_the_year_of_a_day_written_without_one(plans):
    # a school's page of 2025-09-22: `2026年度小一入學…截止日期延至9月30日(星期二)` (a Tuesday of 2025, not of 2026)
    assert [d.date for d in plans("bn_08.txt").deadlines][2:] == ["2025-09-30", "2025-09-26"]


@pytest.mark.parametrize("doc, dates", [("bn_08.txt", ["2025-09-23", "2025-09-24"]), ("bn_09.txt", ["2025-09-25"])])
def test_the_days_schools_close_on_are_scheduled(plans, doc, dates):
    # `所有學校明日9月23日(星期二)及後日9月24日(星期三)將停課`; `星期四(9月25日)停課`
    assert [d.date for d in plans(doc).deadlines if d.rule == "class_suspension"] == dates


def test_a_range_before_a_verb_of_handing_in(plans):
    # `家長須於1月19日至25日期間選校` and `可透過電子平台於1月19日至25日遞交…表格`
    assert [(d.start, d.date) for d in plans("bn_09.txt").deadlines if d.start] == [("2026-01-19", "2026-01-25")] * 2


def test_items_of_a_list_of_sentences_are_no_sections(plans):
    # 国务院 批复: `一、同意撤销监利县,设立玉沙市。玉沙市以…` over `二、新设立的玉沙市,人民政府驻容城镇。`; 市场监管总局:
    # `(三)报送项目应科学、可行,有较成熟的检验` (cut by the excerpt) after two sentences
    assert plans("bn_12.pdf").sections == []
    assert [s.heading for s in plans("bn_03.pdf").sections] == ["征集能力验证需求", "征集能力验证项目"]


@pytest.mark.parametrize("doc, fragment", [("bn_08.txt", "离开学校"), ("bn_09.txt", "个别学校")])
def test_a_school_left_or_some_schools_is_no_organisation(plans, doc, fragment):
    # `避免學生於…的情況下離開學校`, `若個別學校的校舍或附近環境…`
    assert not any(fragment in o.name for o in plans(doc).organizations)


def test_dates_after_a_school_year_fall_on_or_after_the_notice(plans):
    # bn_08 (2025-09-22): `2026年度小一入學…截止日期延至9月30日`; bn_09 (2025-09-25): `2026年度小一入學…於1月19日至
    # 25日期間選校`: a school year spans two calendar years, the day is the next one after the notice. The days schools
    # close are scheduled days (bn_08 `明日9月23日(星期二)及後日9月24日(星期三)將停課`, bn_09 `星期四(9月25日)停課`)
    assert [d.date for d in plans("bn_08.txt").deadlines] == ["2025-09-23", "2025-09-24", "2025-09-30", "2025-09-26"]
    assert [d.date for d in plans("bn_09.txt").deadlines] == ["2025-09-25", "2026-01-25", "2026-01-25"]


def test_the_bureau_side_is_the_bureau_named_before(plans):
    # bn_09: `局方將於本月14日向家長寄出選校通知書,家長仍可以紙本形式遞交…`: 局方 is 教育局, and the parents' clause is
    # not the bureau's duty; `若個別學校` is no name
    plan = plans("bn_09.txt")
    assert [(r.org, r.duty) for r in plan.responsibilities] == [("教育局", "向家长寄出选校通知书")]
    assert "若个别学校" not in {o.name for o in plan.organizations}


def test_no_organisation_runs_across_a_closing_quote(plans):
    # bn_04 `推广“制惠贷”“园保贷”“天府科(kē)創貸”`: products in quotes, no body; bn_11 `如实填写“驻省会城市办事机构清理
    # 情况表”送市编办,市编办负责审核`: the unit starts after the quoted form and its verb
    assert not any("贷" in o.name for o in plans("bn_04.txt").organizations)
    names = {o.name for o in plans("bn_11.txt").organizations}
    assert "市编办" in names and not any("情况表" in n or n.startswith("送") for n in names)
