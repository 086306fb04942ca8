"""Deadlines fixed in session 39 (fixDl31): held-out notices read from their files."""
from __future__ import annotations


def deadlines_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_day_written_with_its_own_inclusion_before_its_limit(corpus_plan):
    # blind62 dt_11 (新城鄉公所 敬老禮金) `如未在發放時間前往領取,112年10月27日 (含) 前請至村辦公處領取`
    assert (None, "2023-10-27") in deadlines_of(corpus_plan("blind62/docs/dt_11.txt"))


def test_a_day_whose_year_and_month_run_into_it(corpus_plan):
    # blind66 dx_09 (運輸署) `當局將於2023831日凌晨1時至上午5時,實施以下臨時交通及運輸安排`
    assert deadlines_of(corpus_plan("blind66/docs/dx_09.txt")) == [(None, "2023-08-31")]
    # blind40 cx_10 (香港學校朗誦節 特別通告) `原訂於20191118日至1218日舉行`, beside its English text's range
    assert deadlines_of(corpus_plan("blind40/docs/cx_10.txt")).count(("2019-11-18", "2019-12-18")) == 2
