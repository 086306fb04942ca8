"""Session 30 (fixDl22): the years of yearless deadlines, and date forms, on real corpus notices."""
from __future__ import annotations

from pathlib import Path

from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_school_year_in_undated_notice_gives_the_year_written():
    # blind46 dd_08 (社工局, undated): `招募2020年度社區應急義工…可從即日起至4月19日…報名` and, in a later paragraph
    # with no 年度, the same `即日起至4月19日`: both 2020-04-19, not a yearless day for the first
    plan = parse(CORPUS / "blind46" / "docs" / "dd_08.txt")
    assert [d.date for d in plan.deadlines] == ["2020-04-19", "2020-04-19"]


def test_stage_times_after_the_stage_name_with_ocr_dashes():
    # blind45 dc_05 (a 镇's 2021 秸秆禁烧 方案, GB18030 text of a scan): `(一)组织发动阶段。时间:夏季麦收前(5月30日一6月4日)、
    # 秋季秋收前(9月20日一9月30日)` and `(二)全面禁烧阶段。时间:夏季麦收期间(6月5日一6月30日)、秋季秋收期间(10月1日一10月31日)`:
    # 一 is an OCR'd dash, each bracket a period of its stage, the year the title's
    plan = parse(CORPUS / "blind45" / "docs" / "dc_05.txt")
    assert [(d.start, d.date) for d in plan.deadlines] == [
        ("2021-05-30", "2021-06-04"), ("2021-09-20", "2021-09-30"),
        ("2021-06-05", "2021-06-30"), ("2021-10-01", "2021-10-31")]
    # (the 期间 tail's bracket is period_gloss's, a range in brackets after 期间, longer than the list tail's)
    assert {d.rule for d in plan.deadlines} == {"stage_named_time", "stage_named_time_tail", "period_gloss"}


def test_clock_minutes_without_fen_before_the_limit():
    # blind21 ce_06 (湖北省科技厅 2017-07-05): `请于7月13日下午2点15前直接到省科技厅六楼一号会议室参会`, a limit whose
    # minutes go without 分
    plan = parse(CORPUS / "blind21" / "docs" / "ce_06.pdf")
    assert [d.date for d in plan.deadlines].count("2017-07-13") == 3
    assert any(d.text.startswith("7月13日下午2点15前") for d in plan.deadlines)


def test_share_that_records_show_is_no_target():
    # blind32 cp_12 (教育暨青年局 2012): `据教育暨青年局资料显示,百分之九十六的本澳中学、小学和幼儿教育将集中在九月一日至六日开课`
    plan = parse(CORPUS / "blind32" / "docs" / "cp_12.txt")
    assert plan.targets == []


def test_scheduled_day_across_a_line_break_after_its_bracket():
    # blind28 cl_10 (臺南 2023 新生入學, OFD): `3月21日至24日(星期二至五)` / `辦理報到。` on two lines; blind34 cr_08 (教育局
    # 2008-08-05): `派位結果明天(8月6日)` / `公布,…`
    cl_10 = parse(CORPUS / "blind28" / "docs" / "cl_10.ofd")
    assert ("2023-03-21", "2023-03-24") in [(d.start, d.date) for d in cl_10.deadlines]
    cr_08 = next((CORPUS / "blind34" / "docs").glob("cr_08.*"))
    assert "2008-08-06" in [d.date for d in parse(cr_08).deadlines]


def test_across_break_joins_only_after_a_closing_bracket():
    from extractor.rules import _across_breaks
    text = "甲(8月6日)\n公布\n乙8月7日\n丙\n"
    assert _across_breaks([(0, 8)], text, len(text)) == [(0, 11)]      # the bracket's line runs on into 公布's
    assert _across_breaks([(11, 17)], text, len(text)) == [(11, 17)]    # a day with no bracket ends its line
    assert _across_breaks([(0, 8), (8, 11)], text, len(text)) == [(0, 11)]


def test_a_school_year_a_call_enrols_students_for_dates_its_yearless_days():
    # blind49 dg_09 (教育暨青年局, undated): `特別獎學金將於6月15日(星期五)截止申請` above `於2007/2008學年入讀指定的36所…
    # 大學`, then `大專助學金將於6月18日至7月6日接受申請`: the school year's first, 2007 (a Friday then)
    plan = parse(CORPUS / "blind49" / "docs" / "dg_09.txt")
    assert [d.date for d in plan.deadlines] == ["2007-06-15", "2007-07-06", "2007-07-06"]
    # dg_10 (the same bureau, a PDF): `2019/2020学年优秀学生修读教育课程资助计划于即日至610日期间接受申请`, its 月 lost
    plan = parse(CORPUS / "blind49" / "docs" / "dg_10.pdf")
    assert [(d.start, d.date) for d in plan.deadlines] == [(None, "2019-06-10")]


def test_a_day_written_day_month_year_gives_an_undated_notices_days_their_year():
    # blind43 da_08 (an undated 南區中心 post, Big5): `本單位於2月5日至3月1日期間會採取以下措施` and `*2月5日至3月1日期間只提供
    # 有限度服務` either side of `中心櫃台會於10/2/2020(星期一)提供有限度服務`: all of 2020
    plan = parse(CORPUS / "blind43" / "docs" / "da_08.txt")
    assert [(d.start, d.date) for d in plan.deadlines] == [
        ("2020-02-05", "2020-03-01"), (None, "2020-02-10"), ("2020-02-05", "2020-03-01")]
