"""Session 35 (fixDl27): deadlines and targets on real corpus notices."""
from __future__ import annotations

from pathlib import Path

from extractor.extract import deadlines, targets
from extractor.pipeline import parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_weekday_dates_an_undated_notice_for_its_other_days():
    # blind57 do_10 (教青局, undated): `将于12月14日(星期一)上午9时30分…举行讲解会` is a Monday of 2020, and the later
    # `新一批…项目将于12月15日或之前公布` is of that year too, not of the `2021年1月1日至20日` written before it
    plan = parse(CORPUS / "blind57" / "docs" / "do_10.docx")
    assert [d.date for d in plan.deadlines] == ["2021-01-20", "2021-09-30", "2020-12-14", "2020-12-15"]


def test_weekday_before_its_bracketed_day_dates_the_notice():
    # blind54 dl_09 (公务员事务局, undated): `政府将于星期六（九月十六日）展开二○二三至二四年度联合招聘`, a Saturday of 2023; the
    # `截止申请日期为十月六日` and `暂定于十二月二日…考试` after `将在二○二四年…毕业的学生` are of 2023
    plan = parse(CORPUS / "blind54" / "docs" / "dl_09.pdf")
    assert [d.date for d in plan.deadlines] == ["2023-09-16", "2023-10-06", "2023-12-02", "2023-12-02"]


def test_weekday_anchor_needs_one_year_only():
    # an undated fragment whose weekday fits none of the years near those it writes keeps the text's year
    got = deadlines.run_snippet("请于2021年1月20日前报名。讲解会将于12月14日(星期三)举行,12月15日前公布结果。")
    assert [d["date"] for d in got][0] == "2021-01-20"


def test_share_since_a_start_is_a_result():
    # blind53 dk_10 (政务司司长's reply on the 申诉专员年报): `自《守则》推行以来,政府部门就约94%的个案提供所索取的全部资料`
    plan = parse(CORPUS / "blind53" / "docs" / "dk_10.txt")
    assert plan.targets == []
    assert targets.run_snippet("自新机制实施以来,各地已建立工作台账,力争年底前覆盖率达到90%以上。")[0]["value"] == 90.0
