"""Scheduled days and periods the held-out sets missed, each read from its notice's file through its reader."""
from __future__ import annotations


def test_days_listed_before_their_places_are_each_a_scheduled_day(corpus_plan):
    # blind71 ec_04 (寒亭区 2014 春风行动): `计划在2月份…,于10日、12日、16日、18日,分别在寒亭街道、朱里街道、固堤街道、高里街道开展
    # “春风行动”招聘洽谈会`, the days written without their month (days_by_place, then listed_day_tail)
    deadlines = corpus_plan("blind71/docs/ec_04.txt").deadlines
    days = [(d.start, d.date) for d in deadlines if d.rule in ("days_by_place", "listed_day_tail")]
    assert days == [(None, "2014-02-10"), (None, "2014-02-12"), (None, "2014-02-16"), (None, "2014-02-18")], days


def test_a_day_after_a_bare_yu_with_its_venue_is_the_events_day(corpus_plan):
    # blind71 ec_08 (劳工处 2025-11-13): `「新起点中高龄招聘会」于十一月十三日及十四日在旺角…麦花臣场馆一楼举行`
    dates = [d.date for d in corpus_plan("blind71/docs/ec_08.txt").deadlines if d.start is None]
    assert dates == ["2025-11-13", "2025-11-14"], dates


def test_the_periods_under_an_activitys_time_heading_are_read(corpus_plan):
    # blind73 ee_03 (石景山区 2025 消费券): `二、活动时间` / `拟定于分两个时间段发放(…):` / `(一)2025年12月28日-2026年1月11日(…)` /
    # `(二)2026年2月8日-2026年3月8日(…)`
    periods = [(d.start, d.date) for d in corpus_plan("blind73/docs/ee_03.html").deadlines]
    assert periods == [("2025-12-28", "2026-01-11"), ("2026-02-08", "2026-03-08")], periods


def test_a_year_named_a_stage_of_the_work_is_its_period(corpus_plan):
    # blind68 dz_03 (第五次全国经济普查): `2023年为普查准备阶段,…;2024年为普查登记、数据审核处理和普查结果发布阶段;2025年为普查资料
    # 开发应用和普查总结阶段`
    periods = [(d.start, d.date) for d in corpus_plan("blind68/docs/dz_03.txt").deadlines if d.rule == "year_stage"]
    assert periods == [("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")], periods
