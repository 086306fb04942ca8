"""Deadlines fixed in session 37 (fixDl29): held-out notices read from their files and, where a rule is general, on
a fragment of the same layout."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_a_year_a_setting_lead_schedules_work_in(corpus_plan):
    # blind46 dd_07 `…英语竞赛将于2012年初进行` (年初 is January) and blind51 di_01 `市场监管总局拟于2019年在…领域组织开展…工作`
    assert ("2012-01-01", "2012-01-31") in periods_of(corpus_plan("blind46/docs/dd_07.pdf"))
    assert ("2019-01-01", "2019-12-31") in periods_of(corpus_plan("blind51/docs/di_01.html"))
    got = run_snippet("英语竞赛将于2012年下半年进行。")
    assert [(d["start"], d["date"], d["rule"]) for d in got] == [("2012-07-01", "2012-12-31", "year_scheduled")]
    # not the year a relative clause gives a noun (blind19 cc_05)
    assert run_snippet("请各单位对拟于2010年主办或对外承诺主办的国际会议要预先上报计划。") == []


def test_a_reports_progress_stamp_is_no_limit(corpus_plan):
    # blind62 dt_06 (顺昌县 2018 news) `截止到11月22日,已采集退伍军人300余人`: the day the figures stand at, as `截至…,已`
    assert "2018-11-22" not in [d for _, d in periods_of(corpus_plan("blind62/docs/dt_06.ofd"))]
    assert run_snippet("截止到10月31日，65件民生实事已完成26件。", date="2023-11-01") == []
    # a limit still is one
    got = run_snippet("报名截止到5月31日，逾期不予受理。", date="2023-05-01")
    assert [(d["date"], d["rule"]) for d in got] == [("2023-05-31", "not_later_than")]


def test_the_day_money_or_forms_are_paid_or_handed_out(corpus_plan):
    # blind62 dt_12 `敬老礼金也预计于10月2日拨入长辈指定帐户`, dt_11 `于112年10月11日至13日发放…敬老礼金`, dt_10 `以便于10月获发款项`,
    # blind36 ct_12 `申请表格9月3日至26日派发`
    assert (None, "2024-10-02") in periods_of(corpus_plan("blind62/docs/dt_12.txt"))
    assert ("2023-10-11", "2023-10-13") in periods_of(corpus_plan("blind62/docs/dt_11.txt"))
    assert ("2014-10-01", "2014-10-31") in periods_of(corpus_plan("blind62/docs/dt_10.txt"))
    assert ("--09-03", "--09-26") in periods_of(corpus_plan("blind36/docs/ct_12.txt"))
    # not an open start (blind38 cv_09), nor one already paid
    assert run_snippet("单亲家庭将于5月5日起透过自动转帐或沿用的派发方式获发款项。") == []
    assert run_snippet("敬老礼金已于10月2日拨入长辈指定帐户。", date="2024-09-01") == []
