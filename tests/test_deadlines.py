"""Deadlines on fragments of the corpus notices, calendar edge cases, tables, and queries."""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import RawBlock, RawDocument
from extractor.extract import Found
from extractor.extract.deadlines import extract, run_snippet
from extractor.extract.recurring import run_snippet as recurring_snippet
from extractor.numerals import cn_to_int, parse_date
from extractor.pipeline import parse, parse_raw
from extractor.timeexpr import parse_period, schedule_years

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def dates(text: str, **context) -> list[tuple]:
    return [(d["start"], d["date"]) for d in run_snippet(text, **context)]


# --- corpus fragments ----------------------------------------------------------------------

def test_bracketed_deadline_governs_its_paragraph():
    # 000: each numbered task ends with its deadline in brackets
    text = ("（五）“双认证”申报，完成“双认证”工作。严格按照时间节点上传申报资料，保证材料的真实性和准确性"
            "（2023年11月15日前完成）。与省评审专家积极进行沟通、协调，确保“双认证”工作顺利完成。（2023年12月20前完成）")
    found = run_snippet(text)
    assert [(d["date"], d["kind"], d["year_inferred"]) for d in found] == [
        ("2023-11-15", "due", False), ("2023-12-20", "due", False)]
    assert found[1]["text"] == "2023年12月20前"
    assert found[1]["task"] == "与省评审专家积极进行沟通、协调，确保“双认证”工作顺利完成。"


def test_list_of_dates_gives_one_entry_each_with_the_notice_year():
    # 002
    text = "4.加强信息报送。并于6月30日、12月1日前分别将“双认证”攻坚行动总结报厅农产品质量安全监管局。"
    found = run_snippet(text, date="2023-04-13")
    assert [(d["date"], d["start"], d["year_inferred"]) for d in found] == [
        ("2023-06-30", None, True), ("2023-12-01", None, True)]


def test_goal_year_is_a_period_but_a_year_qualifying_a_noun_is_not():
    # 002: 力争2023年…取得突破 is the time of a goal; 确保2023年目标任务 only names the targets
    text = ("确保2023年目标任务如期完成，高质量推动三年提升行动取得实效。"
            "力争2023年在“双认证”工作上取得突破，切实提升基层检验检测能力水平。")
    assert dates(text, date="2023-04-13") == [("2023-01-01", "2023-12-31")]


def test_stages_of_a_news_report_without_a_year():
    # 004: ranges starting at a month part start on its first day
    text = ("工业品检测技术中心计划用3个月提前完成内部自查整顿和考核工作。4月到5月底为自查自纠阶段，重点检查制度建设。"
            "5月底到6月中旬为集中解决问题阶段，对发现问题进行梳理分类。6月中旬到7月中旬为考核检查阶段，确定检查项目和标准。")
    assert dates(text) == [("--04-01", "--05-31"), ("--05-31", "--06-20"), ("--06-11", "--07-20")]


def test_past_events_and_rhythms_are_not_deadlines():
    # 004 and 001
    text = ("4月15日,国家质检总局召开全国质检系统检测工作整顿视频会议。4月17日,深圳局检测工作整顿活动工作组决定加班赶制工作方案。"
            "市级质检机构对辖区内县级质检机构每年开展一次实操培训。每年3月底前报送上年度工作总结。坚持一月一调度、一月一会商。")
    assert run_snippet(text) == []


def test_year_of_the_paragraph_before_the_notice_date():
    # 001: 12月30日前 takes 2023 from the paragraph's 2023年底前
    text = "(二)积极开展项目实施。2023年底前，推动县级质检机构开展“双认证”申请工作。请各市农业农村局于12月30日前将工作总结报送自治区农业农村厅。"
    assert dates(text, date="2022-11-01") == [(None, "2023-12-31"), (None, "2023-12-30")]


def test_a_year_in_a_cited_title_does_not_give_the_year():
    text = "按照《关于印发2022年全区实施方案的通知》要求，请于12月30日前报送。"
    assert dates(text, title="2023年县级检测机构建设实施方案") == [(None, "2023-12-30")]


def test_year_falls_back_to_the_title_then_to_none():
    assert dates("请于12月30日前报送。", title="2023年县级检测机构建设实施方案") == [(None, "2023-12-30")]
    found = run_snippet("请于12月30日前报送。")
    assert [(d["date"], d["year_inferred"]) for d in found] == [("--12-30", False)]


def test_an_undated_notice_takes_a_later_year_of_its_text_where_none_comes_before():
    """blind15 by_06 (金坛区教育局, a page without a date): `拟定于10月28日(周三)召开…` before its item
    `培训时间:2020年10月28日(周三)`; a year written before still wins."""
    text = ("拟定于10月28日(周三)召开全区教育系统安全工作培训会,有关事项明确如下:\n一、培训对象:\n局属各单位负责人。\n"
            "二、培训时间:2020年10月28日(周三)下午3:00。")
    assert dates(text) == [(None, "2020-10-28"), (None, "2020-10-28")]
    assert dates("2019年工作已部署。请于12月30日前报送,2021年起另行通知。") == [(None, "2019-12-30")]


def test_this_month_is_the_notices_month():
    """blind15 by_12 (湖南广播电视大学, 2011-04-14): `定于本月中下旬组织…考察`; without a notice date, nothing."""
    assert dates("省校定于本月中下旬组织分校同志外出学习考察。", date="2011-04-14") == [("2011-04-11", "2011-04-30")]
    assert dates("省校定于本月中下旬组织分校同志外出学习考察。") == []


def test_explicit_date_before_the_notice_is_a_past_fact():
    assert dates("2022年通过省级验收的机构有12家，2023年通过自治区能力验证。", date="2023-04-13") == [
        ("2023-01-01", "2023-12-31")]


def test_a_date_asked_for_just_before_a_late_page_is_still_set():
    """blind23 cg_01 (a 转发 notice on a page of 2018-06-25): the report asked for on 06-20 is a deadline; a date up to a
    month before the page's that opens a report's sentence (blind13 bw_03, a 通报 of 2005-11-21) is past."""
    text = "各地区、各单位按照专项清查实施方案的要求认真进行自查,并将附件2、附件3于2018年6月20日上报市卫生计生委蒙中医科。"
    assert dates(text, date="2018-06-25") == [(None, "2018-06-20")]
    text = "2005年11月11日至14日,国务院联合督查组在对我省环保专项行动督查期间,对我市环保专项行动进行了现场检查。"
    assert dates(text, date="2005-11-21") == []


# --- calendar edge cases -----------------------------------------------------------------------

@pytest.mark.parametrize("text,context,expected", [
    ("请于2月底前报送。", {"date": "2024-01-05"}, "2024-02-29"),
    ("请于2月底前报送。", {"date": "2023-01-05"}, "2023-02-28"),
    ("请于二〇二三年五月十二日前报送。", {}, "2023-05-12"),
    ("请于十二月底前完成。", {"date": "2023-01-05"}, "2023-12-31"),
    ("请于2023年12月20前完成。", {}, "2023-12-20"),
    ("请于111年3月15日前提出申请。", {}, "2022-03-15"),
    ("本通知下发后3个月内完成整改。", {"date": "2023-11-30"}, "2024-02-29"),
    ("自印发之日起10个工作日内报送。", {"date": "2023-05-12"}, "2023-05-26"),
])
def test_due_day(text, context, expected):
    assert [d["date"] for d in run_snippet(text, **context)] == [expected]


def test_impossible_days_give_nothing():
    assert run_snippet("请于2月30日前报送，4月31日前完成。") == []


def test_durations_not_anchored_on_the_notice_are_not_deadlines():
    assert run_snippet("力争2—3年内基本建成，1年内完成试点，用3个月完成整改。", date="2023-01-01") == []


def test_range_running_into_the_next_year():
    assert dates("12月至次年2月为集中整治阶段。", date="2023-10-09") == [("2023-12-01", "2024-02-29")]


def test_scheduled_ranges_of_months_govern_their_tasks():
    # held-out style: a 工作方案 schedules each task by a range of months and a verb of organising
    text = ("（三）开展专项整治。4月至10月，开展农药兽药残留突出问题专项整治，严厉打击违法违规行为。"
            "5—8月，组织开展“绿剑”护农行动。2024年4月至10月，在全县范围内开展合格证巡查。")
    found = run_snippet(text, date="2024-03-18")
    assert [(d["start"], d["date"], d["kind"]) for d in found] == [
        ("2024-04-01", "2024-10-31", "period"), ("2024-05-01", "2024-08-31", "period"),
        ("2024-04-01", "2024-10-31", "period")]
    assert found[0]["task"] == "4月至10月，开展农药兽药残留突出问题专项整治，严厉打击违法违规行为"


def test_reports_of_what_was_done_in_a_range_are_not_scheduled():
    text = ("2023年4月至10月，全县共查处案件30起。4月至5月，全省共检查企业300家。"
            "6月，全省开展了专项检查。4月15日，开展专项检查。每年4月至10月开展巡查。每季度通报一次。")
    assert run_snippet(text, date="2024-03-18") == []


def test_relative_years_count_from_the_notice_or_the_passage():
    # 次年 follows the year of its passage, 明年 the notice's
    assert dates("2024年12月启动试点，次年1月底前完成验收。", date="2023-06-01") == [
        ("2024-12-01", "2024-12-31"), (None, "2025-01-31")]
    assert dates("2024年12月启动试点，明年3月底前完成验收。", date="2023-06-01") == [
        ("2024-12-01", "2024-12-31"), (None, "2024-03-31")]


def test_two_limits_in_one_sentence_and_labels():
    assert dates("6月底前完成，9月底前全面完成。完成时限：2024年12月31日前", date="2024-03-18") == [
        (None, "2024-06-30"), (None, "2024-09-30"), (None, "2024-12-31")]


def test_by_year_has_no_start():
    assert dates("到2020年，全面建成检验检测体系。", date="2016-05-01") == [(None, "2020-12-31")]


# --- tables ----------------------------------------------------------------------------------

def _table_notice(rows: list[list[str]]):
    return parse_raw(RawDocument([RawBlock("para", "检测工作重点工作安排"), RawBlock("table", rows=rows)], "text"))


def test_time_column_under_a_header_broken_over_two_lines():
    # 003: the header 时间\n进度, one entry per row, 5月、9月 gives two
    notice = _table_notice([
        ["序号", "重要工作", "牵头\n单位", "时间\n进度"],
        ["1", "开展检验机构委托检验工作调研", "监督司", "4月"],
        ["3", "组织检查省级计量检定机构检定工作", "计量司", "5-7月"],
        ["10", "“实验室开放”集中展示月", "科技司", "5月、9月"],
        ["16", "制定《检验检疫实验室管理办法》（试行）", "科技司", "7月\n完成"],
        ["17", "研究制定考核评价体系", "监督司", "全年"],
    ])
    found = extract(notice, Found())
    assert [(d.start, d.date) for d in found] == [
        ("--04-01", "--04-30"), ("--05-01", "--07-31"), ("--05-01", "--05-31"), ("--09-01", "--09-30"),
        ("--07-01", "--07-31"), ("--01-01", "--12-31")]
    assert all(d.kind == "period" for d in found)
    assert found[0].task.startswith("1\t开展检验机构委托检验工作调研")


def test_bare_months_outside_a_time_column_are_not_deadlines():
    notice = _table_notice([["序号", "重要工作", "备注"], ["1", "开展调研", "4月"]])
    assert extract(notice, Found()) == []


def test_sentences_inside_other_cells_follow_the_sentence_rules():
    # 001: each row's 质量指标 cell holds two deadlines
    cell = "已通过“双认证”的检测机构2023年通过自治区能力验证；未通过“双认证”的2023年12月之前提交“双认证”申请"
    notice = _table_notice([["市级", "项目金额", "质量指标"], ["南宁市", "40", cell], ["柳州市", "55", cell]])
    assert [(d.start, d.date) for d in extract(notice, Found())] == [
        ("2023-01-01", "2023-12-31"), (None, "2023-12-31")] * 2


# --- the seeds -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_deadlines_match_the_gold(path):
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    plan = parse(path)
    assert Counter((d.start, d.date) for d in plan.deadlines) == \
        Counter((g.get("start"), g["date"]) for g in gold["deadlines"])
    for d in plan.deadlines:
        assert plan.text[d.span.start:d.span.end] == d.text


def test_signature_and_printing_dates_are_not_deadlines():
    plan = parse(CORPUS / "000_8aa947a709213af4.txt")
    assert "2023-05-12" not in [d.date for d in plan.deadlines]


# --- numerals and queries ----------------------------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("中华民国104年12月29日", "2015-12-29"),             # hf_04
    ("中華民國一百零六年五月十八日", "2017-05-18"),
    ("二○二○年二月十七日", "2020-02-17"),
    ("二零二六年二月十三日", "2026-02-13"),              # hf_01
    ("二〇一二年九月六日", "2012-09-06"),                # hd_04
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,value", [("二〇二三", 2023), ("十二", 12), ("三十一", 31), ("两", 2), ("十", 10),
                                        ("二十", 20), ("一百二十", 120), ("05", 5)])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("query,expected", [
    ("2023年5月的所有截止日期", (date(2023, 5, 1), date(2023, 5, 31))),
    ("下个月到期的任务", (date(2023, 12, 1), date(2023, 12, 31))),
    ("本季度", (date(2023, 10, 1), date(2023, 12, 31))),
    ("2024年第一季度", (date(2024, 1, 1), date(2024, 3, 31))),
    ("二〇二四年二月", (date(2024, 2, 1), date(2024, 2, 29))),
    ("5月到7月", (date(2023, 5, 1), date(2023, 7, 31))),
    ("12月至次年2月", (date(2023, 12, 1), date(2024, 2, 29))),
    ("下周", (date(2023, 11, 20), date(2023, 11, 26))),
    ("所有任务", None),
])
def test_parse_period(query, expected):
    assert parse_period(query, date(2023, 11, 15)) == expected


@pytest.mark.parametrize("query,expected", [
    ("今年6月", (date(2023, 6, 1), date(2023, 6, 30))),          # not the whole of 2023
    ("明年3月的任务", (date(2024, 3, 1), date(2024, 3, 31))),
    ("去年12月", (date(2022, 12, 1), date(2022, 12, 31))),
    ("本月底", (date(2023, 4, 30), date(2023, 4, 30))),
    ("下月", (date(2023, 5, 1), date(2023, 5, 31))),
    ("今年第三季度", (date(2023, 7, 1), date(2023, 9, 30))),
    ("明年上半年", (date(2024, 1, 1), date(2024, 6, 30))),
    ("今年", (date(2023, 1, 1), date(2023, 12, 31))),
])
def test_parse_period_relative_word_then_a_part_of_it(query, expected):
    assert parse_period(query, date(2023, 4, 12)) == expected


@pytest.mark.parametrize("query,today,expected", [
    ("下周", date(2023, 12, 28), (date(2024, 1, 1), date(2024, 1, 7))),
    ("下个月", date(2023, 12, 5), (date(2024, 1, 1), date(2024, 1, 31))),
    ("上季度", date(2023, 2, 5), (date(2022, 10, 1), date(2022, 12, 31))),
])
def test_parse_period_relative_word_across_a_year(query, today, expected):
    assert parse_period(query, today) == expected


# --- second annotation round: the real dev notices (corpus/dev) ------------------------------

def test_policy_windows_are_periods():
    """hc_02: two subsidy windows, each written twice in the notice."""
    text = ("对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。2019年1月1日至12月31日，对面临暂时性"
            "生产经营困难且恢复有望的参保企业，返还标准可按6个月确定。对培训合格的失业人员给予职业培训补贴；"
            "2019年1月1日至2020年12月31日，对其中就业困难人员在培训期间再给予生活费补贴。")
    assert dates(text, date="2018-11-16") == [("2019-01-01", "2019-12-31"), ("2019-01-01", "2020-12-31")]


def test_five_year_plan_period():
    """hc_07."""
    text = "（十五）严格控制稀土冶炼分离总量。“十二五”期间，除国家批准的兼并重组、优化布局项目外，停止核准新建稀土冶炼分离项目。"
    assert dates(text, date="2011-05-10") == [("2011-01-01", "2015-12-31")]


def test_tenth_five_year_plan_period():
    """blind14 bx_11: the tenth plan is written “十五”, in quotes; the number fifteen is no plan."""
    text = "3、“十五”期间,基础教育改革和发展的具体任务是:继续提高“两基”工作的质量和水平。"
    assert dates(text) == [("2001-01-01", "2005-12-31")]
    assert dates("二十五期间的数据另行统计。", date="2021-03-01") == []


def test_full_date_with_weekday_and_hour():
    """blind16 bz_06: the 宪报's holiday cut-offs, a table a PDF broke into lines; an open start is no deadline."""
    text = ("宪报出版日期\t公众假期\t截稿日期/时间\n2025年1月3日(星期五)\t一月一日(2025年1月1日)\t\n"
            "2024年12月27日(星期五) (下午四时正)\t2024年12月30日(星期一) (上午八时正)\t\n"
            "2025年3月28日(星期五) (下午四时正)\n2025年3月31日(星期一)\n(上午八时正)\n")
    assert [d for _, d in dates(text)] == ["2024-12-27", "2024-12-30", "2025-03-28", "2025-03-31"]
    assert dates("2022年6月25日(星期六)上午7时起,在各区「康体通」柜枱预订。") == []


def test_contest_day_at_its_venue():
    """blind20 cd_01, blind18 cb_04: a ROC day with its weekday, then where the final is held."""
    assert dates("(四)决赛日期及地点:114年4月26日(星期六)于公诚国小办理。") == [(None, "2025-04-26")]
    text = "初赛收件时间为即日起至108年4月30日止(以邮戳为凭),毎组各选50名参加108年6月2日(星期日)于交通部5楼集会堂之决赛。"
    assert dates(text) == [(None, "2019-04-30"), (None, "2019-06-02")]
    assert dates("2023年3月1日(星期三)于县政府召开了专题会议。") == []


def test_project_milestones_and_a_years_allocation():
    """blind19 cc_01 (开工/竣工 of a works plan; a month planned just before a late page's date is still the plan's),
    blind12 bv_03 (安排)."""
    text = ("(一)中药材种植产业园项目:预计2022年12月开工建设,2023年5月竣工。\n"
            "(三)高标准大棚园区项目:预计2023年1月开工建设。")
    assert dates(text, date="2023-01-05") == [("2022-12-01", "2022-12-31"), ("2023-05-01", "2023-05-31"),
                                              ("2023-01-01", "2023-01-31")]
    text = "二、重点及重大前期项目计划\n2025年共安排重点新续建项目57个，年度计划完成固定资产投资98.5亿元。"
    assert dates(text, date="2025-04-23") == [("2025-01-01", "2025-12-31")]
    assert dates("2023年,镇党委政府共谋划农业项目5个。", date="2023-01-05") == []


def test_hong_kong_circular_schedule():
    """hf_01: a period with 期间, a month after 于…向…提供, an event on a day, 或之前."""
    text = ("5.教育局将招募中小学各20所参与上述试行计划，让参与计划的科学教师在2026年4月至6月期间，在教学中试行运用各项功能。\n"
            "6参与的学校须在计划完结后，于2026年7月向教育局提供试行应用该「人工智能教学助理」的回馈。\n"
            "7.教育局科学教育组将于2026年3月6日（星期五）举办简介会，介绍申请试行计划的方法。\n"
            "8.有兴趣参与试行计划的学校，请填妥附件一的学校申请表格，并于2026年3月20日或之前，电邮至science@edb.gov.hk。")
    assert dates(text, date="2026-02-13") == [("2026-04-01", "2026-06-30"), ("2026-07-01", "2026-07-31"),
                                              (None, "2026-03-06"), (None, "2026-03-20")]


def test_roc_dates_and_a_period_from_the_notice():
    """hf_04: 自公告日至105年12月31日止 runs from the notice's date."""
    found = run_snippet("二、申請期程：自公告日至105年12月31日止。", date="2015-12-29")
    assert [(d["start"], d["date"], d["anchor"]) for d in found] == [("2015-12-29", "2016-12-31", "notice")]
    assert dates("請於中華民國一百零五年三月一日前提出申請。") == [(None, "2016-03-01")]


def test_slash_month_ranges():
    """hf_08: the commitment's span and its indicator table."""
    text = "- 承諾事項的起迄時間：2021/01 ~ 2024/05\n### 建置共創協作區\n2021/1 ~ 2021/2"
    assert dates(text) == [("2021-01-01", "2024-05-31"), ("2021-01-01", "2021-02-28")]


def test_yearless_dates_take_the_notice_year():
    """he_01: 8月底前 and 自文件下发之日起至9月底前 in a notice dated 2020-08-17."""
    text = ("各银行保险机构要高度重视，8月底前将名单和联系方式报送属地监管部门。"
            "自文件下发之日起至9月底前，各分局和省级以上机构应每半月报送阶段性工作情况。")
    assert dates(text, date="2020-08-17") == [(None, "2020-08-31"), ("2020-08-17", "2020-09-30")]


def test_a_yearless_date_long_before_the_notice_is_next_years():
    """bq_08 (农业部发展计划司, 2016-12-27) and bn_09 (2025-09-25): a yearless day months before the notice's date
    falls in the next year; a day within a month before it (a notice published late) and a year written in the
    passage keep theirs."""
    assert dates("请各省农业部门于1月15日前将有关示范主题的典型案例反馈我部。", date="2016-12-27") == [(None, "2017-01-15")]
    assert dates("有关家长须于1月19日至25日期间选校。", date="2025-09-25") == [("2026-01-19", "2026-01-25")]
    assert dates("请于12月10日前报送。", date="2016-12-27") == [(None, "2016-12-10")]
    assert dates("2016年1月15日前完成。", date="2016-12-27") == []      # a past fact: written with its year


def test_a_schedule_that_runs_on_past_the_notice_is_one_years():
    """bs_04 (a 民生实事 list on a page dated 2022-07-14): `3月底前…;6月底前…;9月底前…` reads forward, so its early
    steps stay in the year its later ones are in; a lone early day (bq_08) and a later month that is itself pushed to
    next year, or has its own year, do not hold a step back."""
    text = "成长驿站：3月底前新建成2家；6月底前新建成2家；9月底前完成7家建设任务。"
    assert dates(text, date="2022-07-14") == [(None, "2022-03-31"), (None, "2022-06-30"), (None, "2022-09-30")]
    assert dates("请于1月15日前报送，2月底前完成验收。", date="2016-12-27") == [(None, "2017-01-15"), (None, "2017-02-28")]
    assert dates("3月底前完成摸底，2023年6月底前全面完成。", date="2022-07-14") == [(None, "2023-03-31"), (None, "2023-06-30")]


def test_a_year_opening_a_paragraph_is_a_goal_only_under_a_goal_heading():
    """`一、行动目标` / `2022年,…基本建立` (blind11 bu_01; blind5 bm_05 `(二)目标任务` / `2023年,全县种植烟叶…`) is the
    year a goal is to be reached; the same opening under another heading (blind6 bn_04) names the year of the work."""
    text = ("关于印发健康行动推进方案的通知\n各县人民政府：\n现将方案印发给你们，请认真贯彻执行。\n"
            "一、行动目标\n2022年,健康促进政策体系基本建立,全民健康素养水平稳步提高。\n"
            "2030年,全民健康素养水平大幅提升。\n二、工作要求\n2023年,全市深化改革工作要坚持稳中求进。\n"
            "某市人民政府办公室\n2020年9月28日\n")
    plan = parse(text.encode("utf-8"), filename="notice.txt")
    assert [(d.start, d.date, d.section) for d in plan.deadlines] == [
        ("2022-01-01", "2022-12-31", "行动目标"), ("2030-01-01", "2030-12-31", "行动目标")]


def test_a_quarter_of_work_and_a_years_stated_goals_are_periods():
    """blind12 bv_01 `做好第二季度经济工作` and blind8 br_10 `全力冲刺一季度“开门红”`: the quarter a verb of work governs;
    bv_03 `2025年全县固定资产投资目标为…` and br_06 `2023年全镇…主要预期目标为:…`: a sentence opening with a bare year that
    states that year's goals. A quarter reported on, a year inside a purpose clause and a past year's goal are none."""
    assert dates("做好第二季度经济工作,各级、各部门要深入贯彻“四个全面”战略布局。", date="2015-04-29") == [
        ("2015-04-01", "2015-06-30")]
    assert dates("各地各部门要以“开局即冲刺”的姿态,全力冲刺一季度“开门红”,为全年高质量发展打下坚实基础。",
                 date="2023-02-10") == [("2023-01-01", "2023-03-31")]
    assert dates("一、固定资产投资计划\n2025年全县固定资产投资目标为125.9亿元以上,同比增长18%以上。", date="2025-04-23") == [
        ("2025-01-01", "2025-12-31")]
    assert dates("请各单位做好一季度完成情况的统计。", date="2023-02-10") == []
    assert dates("确保2023年目标任务如期完成,高质量推动检验检测机构三年提升行动取得实效。", date="2023-04-13") == []
    assert dates("2022年全县固定资产投资目标为100亿元,实际完成120亿元。", date="2023-04-13") == []


def test_a_yearless_date_after_a_school_year_is_the_first_on_or_after_the_notice():
    """bn_08/bn_09 (2025-09-22/25, `2026年度小一入學…`): after a school year a day of the notice's year even a few
    days before it is next year's; without one, the notice may be late."""
    assert dates("2026年度小一入学申请，家长须于9月20日前递交表格。", date="2025-09-25") == [(None, "2026-09-20")]
    assert dates("家长须于9月20日前递交表格。", date="2025-09-25") == [(None, "2025-09-20")]


@pytest.mark.parametrize("text,expected", [
    ("请于4月20日下午下班前报送。", "2020-04-20"),
    ("申办团体须于二○二○年二月十七日下午五时或之前，把已填妥的申请表交抵教育局。", "2020-02-17"),
    ("请于27/3/2026（星期五）或之前交回表格。", "2026-03-27"),
])
def test_times_of_day_and_other_writings(text, expected):
    assert [d["date"] for d in run_snippet(text, date="2020-01-30")] == [expected]


# --- working days, holidays, anchored durations -------------------------------------------------

def test_working_days_follow_the_official_holidays():
    """Issue 16: 10 working days from 2023-09-27 skip 中秋/国庆 (09-29..10-06) and count the 调休 weekend."""
    found = run_snippet("请各单位自本通知印发之日起10个工作日内报送联络员名单。", date="2023-09-27")
    assert [(d["date"], d["anchor"], d["warning"]) for d in found] == [("2023-10-17", "notice", None)]


def test_working_days_outside_the_schedule_warn():
    first, last = schedule_years()
    assert first <= 2023 <= last
    found = run_snippet("请收到本通知后5个工作日内报送。", date=f"{last}-12-28")
    assert found[0]["anchor"] == "receipt"
    assert f"{first}-{last}" in found[0]["warning"]


def test_working_days_in_real_notices_that_set_no_deadline():
    """Issue 16, on the notices of the corpus that count working days: hf_05 (勞動部, 2017-05-18) `應於辦理訓練三個
    工作日前…填報` (simplified in the text) counts from an event, not the notice; bl_18 (2019-04-29) `全流程审批时间压缩至90个工作日以内` is a
    processing time. Neither is a deadline (ANNOTATION.md: only durations anchored on the notice are); the notice's
    own dates stay as they were."""
    hf_05 = parse(CORPUS / "dev" / "docs" / "hf_05.txt")
    assert "三个工作日前" in hf_05.text and hf_05.deadlines == []   # the text as converted to simplified
    bl_18 = parse(CORPUS / "blind" / "docs" / "bl_18.txt")
    assert "90个工作日以内" in bl_18.text
    assert [(d.text, d.date) for d in bl_18.deadlines] == [("2019年6月底", "2019-06-30"), ("2019年12月底", "2019-12-31")]


def test_before_a_festival():
    assert dates("各地要在国庆节前完成隐患排查整治。", date="2024-09-10") == [(None, "2024-09-30")]
    assert dates("春节前将补贴发放到位。", date="2024-11-20") == [(None, "2025-01-27")]


def test_rhythms_are_recurring_deadlines_not_deadlines():
    """hc_01: 每年2月底前 is kept as a rule (RRULE), never among the one-off deadlines."""
    text = "从2019年起，各有关部门于每年2月底前，研究提出拟予督查激励的地方名单。各县区于每月5日前报送进展。"
    assert run_snippet(text, date="2018-12-06") == []
    found = recurring_snippet(text, date="2018-12-06")
    assert [(d["date"], d["recurrence"]) for d in found] == [
        ("2019-02-28", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"), ("2019-01-05", "FREQ=MONTHLY;BYMONTHDAY=5")]


def test_undated_notice_takes_the_year_of_its_number():
    """blind22 cf_05 / cf_04: a notice with no date puts a yearless day in the year of its 发文字号, before its title's."""
    text = ("关于召开2009年度校办产业统计工作会议的通知\n鄂教科函[2010]3号\n各高等学校:\n"
            "一、会议定于3月12日上午9:00在武汉工程大学科教楼召开。\n"
            "二、省级培训。定于3月31日(30日下午报到),在北京科技大学会议中心(北京市海淀区学院路30号,电话010-62315522)"
            "举办操作培训班。\n")
    plan = parse(text.encode("utf-8"), filename="notice.txt")
    assert plan.meta.doc_number == "鄂教科函[2010]3号"
    assert [d.date for d in plan.deadlines] == ["2010-03-12", "2010-03-31", "2010-03-30"]     # and its check-in day


def test_a_meeting_with_its_venue_address_in_brackets():
    """blind21 ce_12: no year anywhere; the venue's address in brackets before 召开."""
    text = ("经市科技局党组研究决定,定于7月29日(星期六)上午8时半,在济南市交通局技工学校培训基地(章丘开发区经十东路、"
            "明埠路交叉口向北1500米路西)召开科技工作座谈会。")
    assert dates(text) == [(None, "--07-29")]


def test_an_officials_trip_in_a_hong_kong_release():
    """blind22 cf_09: the day he leaves, the event he attends, the day he returns."""
    text = ("政务司司长陈国基明日(七月二十四日)下午将前赴北京,出席国务院新闻办公室在七月二十五日举行,介绍第十五届全国运动会"
            "筹办情况的新闻发布会。\n陈国基将于七月二十五日晚上返港。")
    assert dates(text, date="2025-07-23") == [(None, "2025-07-24"), (None, "2025-07-25"), (None, "2025-07-25")]
    assert dates("局长已于七月二十五日晚上返港。", date="2025-07-28") == []



def test_a_time_heading_with_its_day_after_the_colon():
    """blind24 ch_04 (玉环县 2003 会议通知): the meeting's day on the `一、时间:` line itself; blind22 cf_04: a due day."""
    text = "一、时间:4月9日上午8:00开始,会期半天。\n二、地点:县政府6楼会议室。"
    assert dates(text, date="2003-04-03") == [(None, "2003-04-09")]
    assert dates("2、报表交报的时间:2010年3月31日。", date="2010-03-01") == [(None, "2010-03-31")]


def test_a_day_told_in_the_future_tense():
    """blind25 ci_10 (no date in the excerpt) and blind16 bz_03 (2008-12-18: January is next year's); not a name's 会在."""
    text = "政府会在十二月九日,即区议会选举投票日(十二月十日)前一日,举办「区选缤纷日」。"
    assert dates(text) == [(None, "--12-09")]
    assert dates("学校将在一月二十日放寒假。", date="2008-12-18") == [(None, "2009-01-20")]
    assert dates("省环保委员会在4月15日召开全体会议。", date="2023-05-01") == []

# --- property ----------------------------------------------------------------------------------

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")
_ALPHABET = st.sampled_from(list("0123456789〇○一二三四五六七八九十两百年月日号前之以底末内初上中下旬半全季度第每到至-、，。\t\n"
                                 "为阶段完成通过自印发起个工作天周Qq/~民国收到通知后期间国庆春节将于举办“”"))


def _valid(value: str) -> bool:
    if _ISO.fullmatch(value):
        date.fromisoformat(value)
        return True
    m = _NO_YEAR.fullmatch(value)
    return bool(m) and date(2000, int(m.group(1)), int(m.group(2))) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.sampled_from([None, "2023-05-12", "2024-02-29"]))
def test_extraction_never_raises_and_gives_valid_dates(text, notice_date):
    for d in run_snippet(text, date=notice_date):
        assert _valid(d["date"])
        assert d["start"] is None or _valid(d["start"])
        assert (d["kind"] == "period") == (d["start"] is not None)



def test_a_meeting_schedules_later_days_written_alone():
    """blind21 ce_12 (济南市科技局, no year anywhere) and blind22 cf_05 (全国改薄办函〔2015〕5号): the month is written once,
    the check-in, the sessions and the time limits after it give their day and half-day alone."""
    text = ("经市科技局党组研究决定，定于7月29日（星期六）上午8时半，在济南市交通局技工学校培训基地召开科技工作座谈会。"
            "市科技局机关全体人员、局属单位班子成员参加30日下午半天的会议。\n"
            "2、会议报到时间为28日（星期五）下午5时前。请各县（市）区科技局参会人员报到后，司机返回，并于30日下午3时前到会议地点接。")
    assert [d for _, d in dates(text)] == ["--07-29", "--07-30", "--07-28", "--07-30"]
    text = "二、系统培训。定于3月31日(30日下午报到),在北京科技大学会议中心举办双月通报系统操作培训班。"
    assert dates(text, date="2015-03-20") == [(None, "2015-03-31"), (None, "2015-03-30")]


def test_weekdays_listed_after_their_first_are_no_days_of_the_month():
    """`周一、三、五` / `星期一、三及五` list days of the week: their 三 and 五 are no days of a month written earlier in the
    sentence (blind18 cb_08 梅窝's 民政咨询中心, blind20 cd_06 香港海关's 顾客服务中心, blind25 ci_09 劳工处's counters); a
    list of days of the month written so is (blind10 bt_10)."""
    text = ("香港海关今日(二月十一日)宣布,北角渣华道222号海关总部大楼三楼顾客服务中心只于星期一、三及五上午八时四十五分"
            "至下午五时三十分开放。")
    assert dates(text, date="2022-02-11") == []
    text = "民政事务总署辖下所有社区会堂由3月23日起暂停开放,梅窝的民政咨询中心则为周一、三、五上午10时至下午3时开放。"
    assert dates(text, date="2020-03-23") == [(None, "2020-03-23")]
    text = "由四月二十三日、二十五日及二十七日晚上十一时三十分至翌日早上五时三十分,下列道路的行车线会间歇性封闭。"
    assert [d for _, d in dates(text, date="2017-04-20")] == ["2017-04-23", "2017-04-25", "2017-04-27"]


def test_a_day_one_goes_somewhere_is_no_limit():
    """`于三月十二日下午前往北京` (info.gov.hk, 2017-03-09): 前 of 前往 is no `before`; the day is when he goes, and the
    day he returns, its day part written, is scheduled too (as cf_09's `将于七月二十五日晚上返港`)."""
    found = run_snippet("梁振英将于三月十二日下午前往北京,三月十五日下午回港。", date="2017-03-09")
    assert [(d["date"], d["start"], d["rule"]) for d in found] == \
        [("2017-03-12", None, "scheduled_day"), ("2017-03-15", None, "scheduled_day")]
    assert dates("请于3月12日前报送。", date="2024-03-01") == [(None, "2024-03-12")]


def test_a_scheduled_day_by_its_grammar():
    """scheduled_day: a lead, the day (a weekday or 明天 before it, the day in brackets), its time, a place, the event.
    The 家校會's 小學概覽 as two news sites gave it (stheadline.com 2022-08-31, hk.epochtimes.com 2021-09-01); a meeting
    opened on a day with its day part and place (blind28 cl_05's 报到); the same written in a report the day after
    (wbq.gov.cn 2020-08-21) is past; a day told as done (已于) or moved from (原定) is none."""
    assert dates("家庭與學校合作事宜委員會將於周五(9月2日)發布《小學概覽2022》的電子版。", date="2022-08-31") == \
        [(None, "2022-09-02")]
    assert dates("家校會將於明天(9月2日)發布《小學概覽2021》(中文及英文版)的電子版。", date="2021-09-01") == \
        [(None, "2021-09-02")]
    text = "非住济与会人员于4月28日14:30—18:00到珍珠泉宾馆报到。"
    assert dates(text, date="2016-04-19") == [(None, "2016-04-28")]
    assert dates("8月20日下午在区人大二楼会议室召开巡察工作动员会。", date="2020-08-21") == []
    assert dates("8月20日下午在区人大二楼会议室召开巡察工作动员会。", date="2020-08-10") == [(None, "2020-08-20")]
    assert dates("县政府已于4月20日上午在县政府召开调度会。", date="2015-04-10") == []
    assert dates("原定于3月5日上午在县政府召开的调度会延期。", date="2015-03-01") == []


def test_a_period_given_by_its_first_day_and_its_length():
    """自X起N天: X the first of N days (blind39 cw_12, blind40 cx_06); an open start or a limit counted from X is none."""
    assert dates("二、公告期間:自111年1月14日起40天。") == [("2022-01-14", "2022-02-22")]
    assert dates("第一巡查组自2024年8月5日起,对遵义医科大学第二附属医院开展为期7天的巡查。") == [("2024-08-05", "2024-08-11")]
    assert dates("本办法自2019年1月1日起施行。") == []


def test_english_days_of_a_bilingual_notice():
    """Hong Kong's English halves: a limit (blind38 cv_12, ecma.org.hk) and a range whose year follows its end (blind40
    cx_10); the range a notice cancels is none."""
    assert dates("suspension of Face-to-face classes will continue until 20 January 2021 due to severe COVID-19 situation.") \
        == [(None, "2021-01-20")]
    text = ("The Hong Kong Schools Speech Festival (English entries) is scheduled to be held between 18th November to 18th "
            "December, 2019. In view of the current social situation, all competitions to be held between 22nd November and "
            "27th November will be cancelled.")
    assert dates(text) == [("2019-11-18", "2019-12-18")]


def test_a_publicity_or_consultation_window_after_its_label():
    """`现予公示,时间为…` (blind26 cj_04), as `公示时间为…` (blind21 ce_11); `征求意见时间:` (blind26 cj_05), as the heading
    `征求意见的时间` over its window (blind25 ci_04): the window, its end's year left out."""
    text = "遴选出了我省首批示范性义务教育学区制治理试点县10个,现予公示,时间为2023年10月7日至10月11日。"
    assert dates(text) == [("2023-10-07", "2023-10-11")]
    assert dates("征求意见时间:2022年4月11日至5月11日。") == [("2022-04-11", "2022-05-11")]


def test_two_days_sharing_one_day_word():
    """`6月3或4日` (blind26 cj_12, 教育局 统一派位): two days, not the month; as `二十五及二十七日` (blind10 bt_10)."""
    text = ("教育局提醒家长,需在本星期六或日(6月3或4日),上午9时30分至12时30分;或下午1时30分至4时30分,前往指定统一派位中心"
            "领取“小一注册证”。")
    assert [d for _, d in dates(text, date="2023-05-30")] == ["2023-06-03", "2023-06-04"]


def test_a_meeting_day_under_its_time_and_place_heading():
    """blind26 cj_02: `二、会议时间、地点` / `会议定于9月27日(周四),会期一天。`, the meeting's day (as time_heading reads
    bw_04's `一、时间` / `初步定于…`)."""
    text = "二、会议时间、地点\n会议定于9月27日(周四),会期一天。\n（一）现场观摩。上午观摩曹桥街道愚桥村九园门。"
    assert dates(text, date="2018-09-20") == [(None, "2018-09-27")]


def test_a_meetings_check_in_and_session_days():
    """blind27 ck_02 (福建省委文明办 2009): the check-in under its own time heading, its day run on into a clock window,
    and the day of the session a unit is to attend with its month written (as blind21 ce_12's `参加30日下午半天的会议`)."""
    text = "四、报到时间、地点\n2月10日10:00—18:00在福州西湖宾馆贵宾楼(8号楼)一层大堂报到。\n五、会议对象:"
    assert dates(text, date="2009-02-04") == [(None, "2009-02-10")]
    text = "各市、县、区文明办主任,省直机关文明办主任;省电力公司领导参加2月11日下午会议。"
    assert dates(text, date="2009-02-04") == [(None, "2009-02-11")]


def test_an_undated_page_lends_its_posting_date_to_yearless_days():
    """A school site's item with no signed date and no year of its own: its yearless days take the year of the page's
    posting line, or the next where the day falls more than a month before it (co_09 `公告日期:2023-12-11` over
    `於4月1日前`, 2024; the `poster - office | date | 點閱數` line of blind28 cl_10 and blind32 cp_08); every posting label
    of structure's one list (`更新时间:` of blind22 cf_02, a label over its date as zszx.zsnews.cn prints it). A repost's
    `来源:… 2013-7-11` (blind22 cf_01, a 2001 notice) lends none."""
    def years(header: str) -> list[str]:
        text = (f"國中新生報到前置作業,請參閱。\n{header}\n說明:\n"
                "一、請國小於4月1日前將畢業生名冊送至學區國中。\n二、額滿國中將於12月20日前寄發通知單。\n")
        return [d.date for d in parse(text.encode("utf-8"), filename="notice.txt").deadlines]

    assert years("公告者:教務處-游心妤\n公告日期:2023-12-11") == ["2024-04-01", "2023-12-20"]
    assert years("張貼日期: 2025-03-10 09:56:41  點閱:71") == ["2025-04-01", "2025-12-20"]
    assert years("註設組長 - 教務處 | 2023-01-04 | 點閱數: 197") == ["2023-04-01", "2023-12-20"]
    assert years("点击次数: 546更新时间:2017-04-27\n更新时间:2017-04-27") == ["2017-04-01", "2017-12-20"]
    assert years("发布时间:\n2009-12-21") == ["2010-04-01", "2009-12-20"]
    assert years("来源:优易学  2013-7-11 0:44:29") == ["--04-01", "--12-20"]


def test_a_holiday_arrangement_gives_its_days_off_closures_and_working_days():
    """blind32 cp_10 (新北市 a columbarium's 春節 notice) and blind33 cq_03 (a hospital's 春节 notice): the days a service
    opens, the period it closes or is off (a lunar day noted in brackets), the make-up working days; not the day from
    which work resumes."""
    cp_10 = ("考量民眾欲追思祭祖,112年1月20日(星期五)及1月21日(星期六)開館值班,"
             "本區將於112年1月22日起至1月29日休館。")
    assert dates(cp_10, date="2023-01-10") == [
        (None, "2023-01-20"), (None, "2023-01-21"), ("2023-01-22", "2023-01-29")]
    cq_03 = ("一、1月22日(周日)、2月4日(周六)医院全天上班。\n"
             "二、门诊放假安排:1月27日(除夕)至1月29日(初二)放假;1月30日(初三)以后正常上班。")
    assert dates(cq_03, date="2017-01-17") == [
        (None, "2017-01-22"), (None, "2017-02-04"), ("2017-01-27", "2017-01-29")]


def test_a_call_for_entries_closes_on_its_cut_off_day():
    """截稿 closes a call as 截止 does: 首届西部高校联合征文大赛 (zhengjimtcn.com thread-256334, 2019) and 石首市's 2023 征文
    (17wendao.com view_137777), whose cut-off falls inside its activity's period."""
    assert dates("三、征稿时间\n即日起征稿,至2月28日截稿。", date="2019-01-13") == [(None, "2019-02-28")]
    assert (None, "2023-05-31") in dates("活动时间2023年1月5日起至2023年6月30日。截稿时间:2023年5月31日。")
    assert dates("全市共有检测机构120家(2022年12月31日截止的数据)。") == []


def test_a_period_from_its_start_to_its_end():
    """从X开始,至Y结束, the end a part of a month (玉林市人社局's 2011 年度考核 notice, 99wenmi.com)."""
    text = "年度考核工作从2011年12月12日开始,至2011年12月底结束。"
    assert dates(text) == [("2011-12-12", "2011-12-31")]


def test_the_feedback_window_of_a_public_consultation():
    """广德市应急管理局 2024 (反馈意见日期为…, traditional on the page), 嘉善 2020 (the window under its heading with a
    note in brackets after it)."""
    assert dates("反饋意見日期為2024年9月12日-2024年10月12日\n聯系人:孫曉彬") == [("2024-09-12", "2024-10-12")]
    text = "一、公示时间\n2020年9月28日-10月18日(有效反馈意见时间为公示期间)。\n二、公示方式\n网络公示"
    assert dates(text, date="2020-09-28") == [("2020-09-28", "2020-10-18")]


def test_a_24_hour_time_with_its_hour_word_after_it():
    """齐齐哈尔医学院 2025 运动会 notice (qmu.edu.cn): `11:30时前`, `10:40分前`."""
    text = ("各参赛代表队应选派3名上台领奖人员,于9月3日11:30时前将其姓名报送至体育教研部。"
            "各代表队上台领奖人员务于9月12日10:40分前,抵达大会主席台右侧排队。")
    assert dates(text, date="2025-08-22") == [(None, "2025-09-03"), (None, "2025-09-12")]


def test_by_the_end_of_the_year_with_or_without_its_number():
    assert dates("到年底，全部完成。", date="2023-04-13") == [(None, "2023-12-31")]
    assert dates("到2025年底，县级质检机构全部通过“双认证”。") == [(None, "2025-12-31")]
    assert dates("每年年底，召开总结会。", date="2023-04-13") == []


def test_a_weekday_of_this_or_next_week_after_the_day():
    """blind31 co_03 (宜秀区 2018) `于6月6日(本周三)下午三点前`; the 下星期 of blind7 bq_10 (教育局)."""
    text = "请各处室按要求认真填写本部门数据,于6月6日(本周三)下午三点前将电子版发送至督导办李霞老师办公平台邮箱。"
    assert dates(text, date="2018-06-04") == [(None, "2018-06-06")]
    assert dates("请于7月14日(下星期一)前交回表格。", date="2008-07-08") == [(None, "2008-07-14")]


def test_tomorrow_with_its_day_in_brackets_sets_the_day():
    """blind41 cy_10 (社工局 2022) `社會工作局明天(8月1日)提供有限度公眾服務`: 明天 sets the day as 将于 does; not a past act."""
    text = "为配合特区政府的防疫工作,社会工作局明天(8月1日)提供有限度公众服务,除美沙酮治疗服务外,其他服务只提供有限度服务。"
    assert dates(text, date="2022-07-31") == [(None, "2022-08-01")]
    assert dates("社会工作局明天(8月1日)提供了有限度公众服务。", date="2022-07-31") == []


def test_the_means_between_a_set_day_and_its_verb():
    """blind29 cm_10 (教青局) `抽籤結果將於2022年12月14日以手機短訊通知`; blind39 cw_08 (康文署) `大會將於十月十八日以抽籤方式
    分配`; `以前` after the day is a due day's."""
    assert dates("进行“先登记，后抽签”，抽签结果将于2022年12月14日以手机短讯通知。") == [(None, "2022-12-14")]
    assert dates("若报名数目超过限额,大会将于十月十八日以抽签方式分配。", date="2022-09-27") == [(None, "2022-10-18")]
    assert dates("教育局将于5月3日以前公布结果。", date="2022-04-27") == [(None, "2022-05-03")]


def test_a_portal_items_last_update_dates_its_yearless_days():
    """blind41 cy_10: an undated gov.mo item whose `最後更新日期: 2022-07-31 20:44` gives `明天(8月1日)` its year."""
    plan = parse(CORPUS / "blind41" / "docs" / "cy_10.txt")
    assert [d.date for d in plan.deadlines] == ["2022-08-01"]


def test_a_short_adverb_between_a_set_day_and_its_event():
    """blind28 cl_02 `拟于6月下旬联合举办…论坛`, blind32 cp_07 `将于2019年3月份面向社会举办…征文活动`, blind36 ct_09 `政府计划5月
    下旬展开…活动`; not a plan given up nor an event stopped."""
    assert dates("江浙沪知联会拟于6月下旬联合举办迎接上海世博会主题论坛。", date="2010-05-10") == [("2010-06-21", "2010-06-30")]
    assert dates("我院将于2019年3月份面向社会举办“我与医院的故事”主题征文活动。") == [("2019-03-01", "2019-03-31")]
    assert dates("政府计划5月下旬展开大型社区参与活动。", date="2017-04-29") == [("2017-05-21", "2017-05-31")]
    assert dates("原计划5月下旬展开大型社区参与活动。", date="2017-04-29") == []
    assert dates("本会将于6月1日起暂停举办讲座。", date="2017-04-29") == []
    # (blind27 ck_03: the range 8月底9月初 is one period, not 8月底 set apart)
    assert dates("现场会初定于2014年8月底9月初在临沂举行。", date="2014-08-18") == [("2014-09-01", "2014-09-10")]


def test_a_day_designated_as_the_day_of_an_event():
    """blind31 co_08 (彰化 國中) `茲訂定114年6月20日(星期五)為本縣…新生報到日`; 苗栗縣's school calendar `國小新生報到日訂於
    107年5月1日` (a day's name with 日 alone before 订于)."""
    text = "转知:兹订定114年6月20日(星期五)为本县114学年度国民中学新生报到日并同举行编班测验,请查照。"
    assert dates(text) == [(None, "2025-06-20")]
    assert dates("国小新生报到日订于107年5月1日,县立国中新生报到日订于107年5月5日(星期六)。") == [
        (None, "2018-05-01"), (None, "2018-05-05")]
    assert dates("兹订定本县111学年度新生报到日期如下。") == []


def test_a_sentence_framed_as_a_forecast_names_no_deadline():
    """blind29 cm_05 (a 老龄事业 plan) `据测算,“十三五”期间,…到2020年将有可能达到110万人左右`: a projection, no deadline in
    its gold; as `国家卫计委预测,到2020年,…将达2.55亿左右` and `据相关专家预计,到2050年,…`. A goal's 到2025年 still counts, as
    do a planned 预计 and a forecast read as the reason for the days it names (blind6 bn_08)."""
    assert dates("据测算,“十三五”期间,我市老年人口仍将持续增长,到2020年将有可能达到110万人左右。", date="2016-12-30") == []
    assert dates("国家卫计委预测,到2020年,我国60岁及以上老年人口将达2.55亿左右。") == []
    assert dates("据相关专家预计,到2050年,中国老龄人口将达到总人口数量的1/3。") == []
    assert dates("到2025年,建成监测预测预警体系。") == [(None, "2025-12-31")]
    assert dates("该项目预计2022年12月开工建设。", date="2022-11-05") == [("2022-12-01", "2022-12-31")]
    assert dates("考虑到天文台的预测,为确保学生安全,教育局宣布所有学校明日9月23日(星期二)停课。", date="2025-09-22") != []


def test_a_slashed_month_day_range_of_a_taiwan_page():
    # blind41 cy_11 (頭城鎮公所 2024): a range of month/day with slashes, after 于 with 开始 before its 至; a fraction's
    # range and a Hong Kong day/month are not read
    assert dates("113年度清沟作业于4/8开始至5/10,陆续办理全镇各里巷道沟渠及主要道路侧沟清理作业。", date="2024-04-10") == [
        ("2024-04-08", "2024-05-10")]
    assert dates("须有1/3至1/2的成员出席方能召开。") == []
    assert dates("下周一(17/2),学校会发出第二阶段(17/2-1/3)学习材料及课业。") == []


def test_an_undated_bulletin_takes_the_roc_year_its_body_line_opens_with():
    # blind41 cy_11: no date, a title without a year; the body's line `113年度清沟作业…` gives 2024
    text = "头城镇公所清沟作业及日程表\n113年度清沟作业于4/8开始至5/10,陆续办理全镇各里巷道沟渠清理作业。"
    assert dates(text, title="头城镇公所清沟作业及日程表") == [("2024-04-08", "2024-05-10")]


def test_a_slashed_day_opening_a_list_item_of_a_taiwan_page():
    # blind43 da_11 (a 新北 school's 114學年度 page): each item opens with its month/day and weekday
    text = "四、本学期调整放假:\n(一)2/27(五)和平纪念日调整放假\n(二)4/3(五)儿童节调整放假"
    assert dates(text, date="2025-12-12") == [(None, "2026-02-27"), (None, "2026-04-03")]
    assert dates("2/3以上的成员出席方能召开") == []


def test_an_undated_notice_dates_its_days_by_the_first_year_written_after_them():
    # blind18 cb_01 (臺北市 局務會報, undated): `11/18…` opens the list before `98年12月3日`
    text = ("各科重大事项提报\n11/18林副市长巡视亮绿校颜工程有关简报资料请先陈报检视。\n"
            "评比将分别于98年12月3日下午和12月10日至本局考评,均请有关科室预先进行内部清理及准备。")
    assert "2009-11-18" in [d for _, d in dates(text)]


def test_quarters_labelling_the_steps_of_a_years_work():
    # blind35 cs_03 (广州 2023 重点工作 table): `年度阶段性工作目标:` then each quarter, a colon and the work due in it
    text = ("年度阶段性工作目标:\t第一季度:印发《广州市2023年违法建设治理工作方案》,明确任务分配。完成工作任务20%以上。"
            "第二季度:完成工作任务的50%以上。第三季度:完成工作任务的90%以上。第四季度:确保超额完成年度工作任务。")
    assert dates(text, date="2023-02-20") == [("2023-01-01", "2023-03-31"), ("2023-04-01", "2023-06-30"),
                                              ("2023-07-01", "2023-09-30"), ("2023-10-01", "2023-12-31")]
    assert dates("一季度:全市完成固定资产投资120亿元,增长5%。", date="2023-04-20") == []


def test_a_range_opening_a_clause_with_the_act_done_in_it():
    # blind40 cx_02 `2019年3月4日-3月11日由各学院组织填写…`; blind39 cw_10 `7月4日至8日文化局将有限度运作…`
    assert dates("2019年3月4日-3月11日由各学院组织填写《报名信息表》(见附表1),收取电子照片。") == [
        ("2019-03-04", "2019-03-11")]
    assert dates("为配合特区政府疫情防控工作,7月4日至8日文化局将有限度运作及提供电话查询服务。", date="2022-07-03") == [
        ("2022-07-04", "2022-07-08")]
    assert dates("5月1日至3日由县委组织部牵头开展了专项检查。", date="2023-05-10") == []


def test_from_today_until_a_day_and_from_this_years_day_to_a_later_years():
    # blind38 cv_12 `學校由今日起至12月30日(星期三)暫不對外開放`; blind44 db_10 `由本年十一月二十五日至二○一九年二月十六日`
    assert dates("为安全起见,学校由今日起至12月30日(星期三)暂不对外开放,直至另行通知。", date="2020-12-26") == [
        ("2020-12-26", "2020-12-30")]
    assert dates("第四期活动为期约三个月,由本年十一月二十五日至二○一九年二月十六日,对象为本澳居民。", date="2018-10-17") == [
        ("2018-11-25", "2019-02-16")]


def test_an_events_start_and_end_after_its_timed_day():
    # blind39 cw_08 (康文署 2022): `大會更於翌日(十一月十三日)上午七時三十分開始`, `所有活動會於十一月十三日中午結束`; not when
    # one may start to take part (`可於十一月十二日下午二時三十分開始參加`)
    assert dates("此外,大会更于翌日(十一月十三日)上午七时三十分开始,为参加者安排漫步自然生态径等活动。", date="2022-09-27") == [
        (None, "2022-11-13")]
    assert dates("所有活动会于十一月十三日中午结束。", date="2022-09-27") == [(None, "2022-11-13")]
    assert dates("参加亲子露营活动人士可于十一月十二日下午二时三十分开始参加大会安排在园内举行的多项活动。", date="2022-09-27") == []


def test_the_days_a_clinics_service_is_arranged_for():
    # blind35 cs_07 (北京市卫生局 2006 五一): the rest periods after 休息时间为, the second a listed range, the days of a
    # Saturday's clinic and of normal opening; blind37 cu_10 (a hospital's typhoon notice): holidays that are closure days
    text = ("“五一”期间,各医疗机构门诊休息时间为4月29日-5月2日和5月5日-7日,其中4月29日和5月6日按各医疗机构原周六门诊安排。"
            "5月3日、4日门诊正常开放。")
    assert dates(text, date="2006-04-13") == [("2006-04-29", "2006-05-02"), ("2006-05-05", "2006-05-07"),
                                              (None, "2006-04-29"), (None, "2006-05-06"), (None, "2006-05-03"),
                                              (None, "2006-05-04")]
    text = "五、遇国定假日如10月1日、10月2日、10月9日,原属本院公告之全院停诊日,若遇台风时恕不提供台风特别门诊服务。"
    assert dates(text, date="2020-09-28") == [(None, "2020-10-01"), (None, "2020-10-02"), (None, "2020-10-09")]
    assert dates("三级医院6月1日起全面停止门诊静脉输注抗菌药物。", date="2023-05-20") == []


def test_a_day_alone_with_a_24_hour_clock_before_its_limit():
    # blind44 db_02: `将8月26日(周五)上午召开的…宣讲会…`, then `…请于26日11:00前完成`
    text = "现将8月26日(周五)上午召开的宣讲会安排进行调整。1.设备调试与人员培训请于26日11:00前完成;"
    assert dates(text, date="2022-08-25") == [(None, "2022-08-26"), (None, "2022-08-26")]


def test_an_activitys_time_after_its_clause_and_a_comma():
    # blind33 cq_02 (重庆交通大学 2023): `新生基础信息维护功能已开放,时间为:9月11日- 9月15日`
    text = "二、研究生管理系统新生基础信息维护功能已开放,时间为:9月11日- 9月15日,请各单位通知本单位研究生新生及时登录。"
    assert dates(text, date="2023-09-11") == [("2023-09-11", "2023-09-15")]


def test_a_talk_given_on_a_timed_day():
    # blind46 dd_09 (澳门 2025 全城共读月): `於4月23日(星期三)晚上7時30分在澳門文化中心小劇院主講…專題講座`
    text = "特别邀请中国著名田径运动员苏炳添,于4月23日(星期三)晚上7时30分在澳门文化中心小剧院主讲阅读与运动专题讲座。"
    assert dates(text, date="2025-04-10") == [(None, "2025-04-23")]


def test_months_listed_before_the_day_they_share(corpus_plan):
    # blind50 dh_04 (甘卫宣函[2010]154号): `报送时间分别为4月12日前,6、8、10、12月3日前报送电子版统计表`, a day each month
    dues = [d.date for d in corpus_plan("blind50/docs/dh_04.ofd").deadlines if d.date.startswith("2010")]
    assert dues == ["2010-04-12", "2010-06-03", "2010-08-03", "2010-10-03", "2010-12-03"]
    # a count of months, and a rhythm's months, are none
    assert dates("1、2月份全市共检查企业300家。每年3、6、9月底前报送季度统计表。", date="2023-03-01") == []


def test_within_the_year_qualifying_a_noun_is_no_deadline(corpus_plan):
    # blind50 dh_04: `并结合年内综合工作督查进行实地检查` names the year's inspections (its gold: the five report days only)
    assert [d.date for d in corpus_plan("blind50/docs/dh_04.ofd").deadlines] == [
        "2010-04-12", "2010-06-03", "2010-08-03", "2010-10-03", "2010-12-03"]
    # blind17 ca_05: `计划投资额度、年内进度目标、责任单位` is a field of the form, the limit is 11月20日
    text = "所上报实事项目按照项目名称、主要内容、计划投资额度、年内进度目标、责任单位、具体联系人等内容,于11月20日前报送。"
    assert dates(text, date="2022-11-03") == [(None, "2022-11-20")]
    # 年内 as the time of an action stays (blind21 ce_02)
    assert dates("全面建成小康社会。(国务院各部门分别负责,年内持续推进)", date="2020-06-02") == [(None, "2020-12-31")]


def test_the_bracketed_period_of_an_issued_ban(corpus_plan):
    # blind49 dg_06 (南安市 2024): `发布森林防火禁火令(1月21日至1月28日)` gives the ban's period (range_issued_order)
    found = [(d.start, d.date) for d in corpus_plan("blind49/docs/dg_06.txt").deadlines]
    assert ("2024-01-21", "2024-01-28") in found
    # blind55 dm_03's signal period, once the sentence's `根据气象部门预测,` frame no longer hides it
    text = "区森林防灭火指挥部决定发布第4号高森林火险橙色预警信号(2025年3月20日-3月25日)。"
    assert dates(text, date="2025-03-19") == [("2025-03-20", "2025-03-25")]
    # a report of signals received is no period asked for
    assert dates("去年共收到预警信号(2023年3月1日-3月5日)三次。", date="2024-01-01") == []
