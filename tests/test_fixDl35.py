"""A time label's period after an adverb before 为 (`统一规定为`, `原则上为`) or with a note in brackets after its start day,
each read from its notice's file through its reader."""
from __future__ import annotations


def test_a_period_after_an_adverb_before_wei_is_a_deadline(corpus_plan):
    # blind75 eg_02 (a PDF): `待遇享受期统一规定为2023年1月1日起至12月31日`
    periods = [(d.start, d.date) for d in corpus_plan("blind75/docs/eg_02.pdf").deadlines]
    assert ("2023-01-01", "2023-12-31") in periods, periods


def test_a_note_in_brackets_after_the_start_day_keeps_the_range(corpus_plan):
    # blind75 eg_04: `集中缴费时间:原则上为2017年10月10日(大中专、技校学生为9月1日)至2017年12月31日`
    periods = [(d.start, d.date) for d in corpus_plan("blind75/docs/eg_04.txt").deadlines]
    assert ("2017-10-10", "2017-12-31") in periods, periods


def test_a_roc_year_in_brackets_after_ben_is_read_not_inferred(corpus_plan):
    # blind65 dw_11: `旨揭寫生比賽訂於本(105)年4月至5月舉行`, the year written (105 -> 2016), not taken from the notice's date
    found = [(d.start, d.date, d.year_inferred) for d in corpus_plan("blind65/docs/dw_11.txt").deadlines]
    assert ("2016-04-01", "2016-05-31", False) in found, found
