"""Deadline forms fixed in session 42 (fixDl42): the days of held-out notices read from their files and, where a rule
is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_the_day_a_bodys_term_ends(corpus_plan):
    # blind77 ei_10 (审计署 2006) `…股份有限公司的存續期至二零零五年十二月三十一日`
    assert (None, "2005-12-31") in periods_of(corpus_plan("blind77/docs/ei_10.doc"))
    # blind36 ct_08 (第32/2020號行政長官批示) `將個人資料保護辦公室的存續期延長至二零二二年三月十二日`
    assert [d.text for d in corpus_plan("blind36/docs/ct_08.ofd").deadlines] == ["存续期延长至二零二二年三月十二日"]
    assert run_snippet("本会为非牟利组织,且存续期为无限期。") == []


def test_a_month_something_is_to_be_done_within(corpus_plan):
    # blind74 ef_12 (财政局 2018-09-23) `若第一期不按規定於九月份內繳納,將加徵過期利息`
    assert ("2018-09-01", "2018-09-30") in periods_of(corpus_plan("blind74/docs/ef_12.txt"))
    assert [(d["start"], d["date"]) for d in run_snippet("准照持有人应于2月份内完成办理续期手续。", date="2024-01-15")] \
        == [("2024-02-01", "2024-02-29")]
    assert run_snippet("请各单位于3个月内完成整改。", date="2024-01-15") == []
    assert run_snippet("各单位已于9月份内完成自查。", date="2023-10-20") == []


def test_the_day_an_intake_stays_open_to(corpus_plan):
    # blind80 el_12 (自由時報 2025) `即起開放報名至明年二月廿八日`
    assert (None, "2026-02-28") in periods_of(corpus_plan("blind80/docs/el_12.txt"))
    got = run_snippet("本市「111学年度教育部艺术深耕教学补助计划」即日起 受理申请至111年8月5日(星期五)止,请踊跃申请。")
    assert [(d["start"], d["date"]) for d in got] == [(None, "2022-08-05")]
    assert [d["rule"] for d in run_snippet("10月6日(六),接受报名至中午12:00。")] == ["scheduled_day"]     # the day, no limit


def test_a_window_named_by_its_period_from_one_month_to_another(corpus_plan):
    # blind73 ee_10 (中新社 2021-04-12) `登记期由5月至12月,使用期由6月至12月`
    assert periods_of(corpus_plan("blind73/docs/ee_10.txt")) == [("2021-05-01", "2021-12-31"), ("2021-06-01", "2021-12-31")]
    assert run_snippet("本届理事会任期自2020年至2025年。") == []


def test_a_day_a_step_is_expected_on(corpus_plan):
    # blind65 dw_12 (高雄市政府觀光局 2025) `四、投票網站:預計於114年7月10日上線`
    assert (None, "2025-07-10") in periods_of(corpus_plan("blind65/docs/dw_12.txt"))
    # blind42 cz_12 `需繳費者,預計於9月底發下繳費通知單`
    assert (None, "2024-09-30") in periods_of(corpus_plan("blind42/docs/cz_12.txt"))
    assert run_snippet("投票网站已于114年7月10日上线。", date="2025-07-20") == []
