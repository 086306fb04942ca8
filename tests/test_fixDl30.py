"""Deadlines fixed in session 38 (fixDl30): held-out notices read from their files and, where a rule is general, on
a fragment of the same layout."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_plans_public_exhibition_counted_from_its_first_day(corpus_plan):
    # blind64 dv_10 (臺南市 2023) `自112年11月9日起依法公開展覽30天` and `一、公開展覽時間:自民國112年11月9日起30天`
    assert periods_of(corpus_plan("blind64/docs/dv_10.txt")).count(("2023-11-09", "2023-12-08")) == 2
    # 臺中市 2024 (ud.taichung.gov.tw 2730158) `自113年6月13日起公開展覽30日`
    got = run_snippet("主旨:公告「变更后里主要计画案」,自113年6月13日起公开展览30日。")
    assert [(d["start"], d["date"], d["rule"]) for d in got] == [("2024-06-13", "2024-07-12", "dated_duration")]
    # an open start after 民国 is still none
    assert run_snippet("依据公告,自民国99年12月25日停止适用。") == []


def test_the_days_of_a_temporary_traffic_arrangement(corpus_plan):
    # blind66 dx_10 (交通事务局 2020) `配合施工,2月10日(周一)至21日(周五),拱形马路及提督马路部份路段实施临时交通安排`
    assert ("--02-10", "--02-21") in periods_of(corpus_plan("blind66/docs/dx_10.txt"))
    # gov.mo/zh-hans/news/280236, its 日期及时间 column as a table
    got = run_snippet("临时措施\t日期及时间\t实施路段\n封闭交通\t2月11日至3月1日\t龙嵩正街", date="2020-02-07")
    assert [(d["start"], d["date"]) for d in got] == [("2020-02-11", "2020-03-01")]
    # a past day told before another clause is no arrangement's
    assert run_snippet("2月10日,全市共检查路段30处,发现问题后实施临时交通管制。") == []
