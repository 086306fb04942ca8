"""Deadline layouts fixed in fixDl32: days of held-out notices read from their files and, where a rule is general, on a
fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def dates(text: str, **context) -> list[tuple]:
    return [(d["start"], d["date"]) for d in run_snippet(text, **context)]


def test_a_schedule_that_runs_past_december_puts_a_later_january_in_the_next_year(corpus_plan):
    # blind62 dt_02 (undated, a 街道's 2020 春节 慰问 notice)
    days = [d for _s, d in periods_of(corpus_plan("blind62/docs/dt_02.txt"))]
    assert days == ["2019-12-25", "2019-12-31", "2020-01-15"]
    got = dates("各社区、村要在2019年12月25日前完成评议遴选工作,12月31日前将花名册报街道备案,应在1月15日前结束慰问工作。")
    assert got[-1] == (None, "2020-01-15")


def test_a_month_a_little_below_the_year_written_stays_in_that_year():
    # dev he_01: an effective day in October, then an interim step due in September of the same year
    got = dates("本通知自2020年10月1日起正式施行。各分局应于9月底前将阶段性工作情况报送政策法规处。")
    assert (None, "2020-09-30") in got


def test_a_works_closure_labelled_by_its_hours_is_a_period(corpus_plan):
    # blind64 dv_12 (苗栗縣) `-施工時段:114年7月23日至114年7月26日晚間20:00至隔日06:00`, the body's day said again
    assert periods_of(corpus_plan("blind64/docs/dv_12.txt")).count(("2025-07-23", "2025-07-26")) == 2
    assert dates("施工时间：2017年7月20日9时至2017年8月30日12时；限速限行路段：济南东收费站到机场收费站。") == \
        [("2017-07-20", "2017-08-30")]


def test_this_campaign_lasting_until_a_day_ends_then(corpus_plan):
    # blind61 ds_03 (海口网) `此次整治行动将持续至2月28日`
    assert (None, "--02-28") in periods_of(corpus_plan("blind61/docs/ds_03.txt"))
    assert dates("美国防部发言人称，此次演习将持续至2月4日。", date="2022-01-22") == [(None, "2022-02-04")]
    assert dates("气象预报预测这波寒流将持续至2月中旬。", date="2022-01-22") == []


def test_a_labelled_window_up_to_a_day_is_due_then(corpus_plan):
    # blind65 dw_05 `材料報送時間截至9月30日。`
    assert [d[-5:] for _s, d in periods_of(corpus_plan("blind65/docs/dw_05.txt"))] == ["09-30"]
    assert dates("北京考点网络预报名时间截至11月5日下午4点。", date="2019-10-20") == [(None, "2019-11-05")]
    assert dates("数据来源：统计时间截至2026年7月14日。", date="2026-07-20") == []


def test_a_posting_label_after_the_source_on_its_line_dates_the_page(corpus_plan):
    # blind65 dw_05 (潍坊新闻网) `來源:濰坊新聞網 發布時間:2024-07-12 10:02:33` dates its `材料報送時間截至9月30日`
    assert periods_of(corpus_plan("blind65/docs/dw_05.txt")) == [(None, "2024-09-30")]


def test_a_later_sentence_may_go_back_to_an_earlier_month_of_the_year():
    # blind54 dl_10 (澳基会): the application closes in May before the projects' September-to-December period
    got = dates("作出申请的社团,可就2023年9月至12月期间开展的项目提出申请。网上平台截止申请日期为5月30日,有意申请者请注意。")
    assert (None, "2023-05-30") in got
