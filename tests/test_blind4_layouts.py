"""Layouts of the blind4 notices (corpus/blind4: real task-ledger notices nobody tuned the rules on, text as
the pages corpus stores it, SOURCES.md there): the meta, outline and deadline rules they showed missing."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_blind_layouts import cached_plans

from extractor.extract.deadlines import run_snippet as deadlines

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "blind4" / "docs"


@pytest.fixture(scope="module")
def plans():
    return cached_plans(DOCS)


def test_a_date_over_a_lone_table_rule_is_still_the_signature_date(plans):
    # 三水区 2007: `二○○七年四月十三日` then a stray `|`; the date gives the year of `于4月20日(星期五)前`
    plan = plans("bk_02.txt")
    assert plan.meta.date == "2007-04-13"
    assert [d.date for d in plan.deadlines][:1] == ["2007-04-20"]


def test_a_press_release_date_above_its_stamp_and_link(plans):
    # info.gov.hk: `2020年1月28日(星期二)` / `香港時間17時42分` / `即日新聞`; the spokesman's sentence
    # ending in `:` before a list of units is no 主送, and the units listed one after another are no outline
    plan = plans("bk_09.txt")
    assert (plan.meta.title, plan.meta.date, plan.meta.recipients) == ("教育局辖下公共设施明日起暂停开放", "2020-01-28", [])
    assert not {"艺术与科技教育中心(包括STEM教育中心)", "教育局学位分配组"} & {s.heading for s in plan.sections}


def test_a_portal_table_copied_with_pipes(plans):
    # 谯城区: `标 题: | 亳州市…的通知 | ||`, `发文字号: | 无 | 有 效 性: | 失效 |`, then the 主送
    meta = plans("bk_03.txt").meta
    assert meta.title == "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知"
    assert meta.doc_number is None
    assert meta.recipients == ["各乡镇人民政府", "街道办事处", "区政府各部门", "各直属机构"]
    # 山福镇: `文号 | 鹿山政〔2020〕72号 |` (a label without its colon)
    assert plans("bk_06.txt").meta.doc_number == "鹿山政〔2020〕72号"


def test_a_number_glued_before_the_title(plans):
    # 邓州市: the page's headline `邓政办〔2018〕127号邓州市人民政府办公室关于…的通知`
    meta = plans("bk_01.txt").meta
    assert (meta.title, meta.doc_number) == ("邓州市人民政府办公室关于进一步加强全市政务监督工作的通知", "邓政办〔2018〕127号")


def test_a_site_region_before_the_title_and_an_approval_note_under_it(plans):
    # `北京:关于印发《北京市乡村振兴责任制实施细则》的通知` over `(2023年6月21日…审议批准 2023年7月20日…发布)`
    meta = plans("bk_05.txt").meta
    assert meta.title == "关于印发《北京市乡村振兴责任制实施细则》的通知"
    assert (meta.issuer, meta.date) == ("中共北京市委办公厅、北京市人民政府办公厅", "2023-07-20")


def test_a_page_button_is_no_title(plans):
    # `朗读` (江干区城市管理局) and `全文` (咸阳市 工作要点) head pages that show no title
    assert plans("bk_07.txt").meta.title is None
    assert plans("bk_12.txt").meta.title is None


def test_a_law_database_attribute_block(plans):
    # kb9.cn (武政办〔2020〕1号): `∙【制定机关】武汉市人民政府办公厅`, `∙【公布日期】2020.01.17`
    meta = plans("bk_11.txt").meta
    assert (meta.issuer, meta.date, meta.doc_number) == ("武汉市人民政府办公厅", "2020-01-17", "武政办〔2020〕1号")


def test_a_rhythm_holds_for_the_clause_joined_to_it():
    # 環境部 (bk_08): the yearly register and its yearly check; a one-off pair keeps both dates
    text = "事业应于每年4月30日前完成前一年度温室气体排放量盘查登录作业,并于10月31日前完成查验作业。"
    assert deadlines(text, date="2024-03-08") == []
    pair = deadlines("各牵头单位于2月3日前报送分管市领导审核,并于2月7日前报送市政府。", date="2021-01-25")
    assert [d["date"] for d in pair] == ["2021-02-03", "2021-02-07"]


def test_a_page_saved_on_one_line_keeps_its_outline(plans):
    # 山福镇 (鹿山政〔2020〕72号): notice, signature and plan on one line, spaces where the breaks were:
    # `各科室,各站所,各村: 为提高… 温州市鹿城区山福镇人民政府 2020年10月22日 … 1.总则 1.1目的依据 提高…`
    plan = plans("bk_06.txt")
    assert (plan.meta.issuer, plan.meta.date) == ("温州市鹿城区山福镇人民政府", "2020-10-22")
    assert plan.meta.recipients == ["各科室", "各站所", "各村"]
    flat = [(s.level, s.heading) for top in plan.sections for s in [top, *top.children]]
    assert flat[:4] == [(1, "总则"), (2, "目的依据"), (2, "现状特点"), (2, "工作原则")]


def test_a_news_lists_dated_headline_is_the_title(plans):
    # moenv.gov.tw's news list: `1825筆資料,每頁顯示 10 筆,` / `• 2024/03/08` / the headline, which ends in 登錄
    # (a page's button word) without being a menu
    plan = plans("bk_08.txt")
    assert (plan.meta.title, plan.meta.date) == ("环境部提醒事业于4月30日前完成温室气体排放量盘查登录", "2024-03-08")
    assert [d.date for d in plan.deadlines] == ["2024-04-30"]


def test_a_list_of_units_before_a_paragraph_is_no_outline_and_no_duties(plans):
    # bk_09 (info.gov.hk): `3. 教育局學位分配組` / `4. 資歷架構秘書處` / the news' next paragraph: the last unit of the
    # list is an entry as the three before it, and no duty of the unit above it; `教育局人員亦會聯絡…` is the bureau's
    # duty, and `STEM教育中心` a name that starts with an acronym
    plan = plans("bk_09.txt")
    assert plan.sections == []
    duties = {(r.org, r.duty) for r in plan.responsibilities}
    assert ("教育局", "联络相关家长按个别情况作合适安排") in duties
    assert not any(r.duty == "资历架构秘书处" for r in plan.responsibilities)
    names = {o.name for o in plan.organizations}
    assert "STEM教育中心" in names and "预约于九龙塘教育服务中心" not in names
