"""Deadlines of notices across the blind sets, each read from its file through its reader: days listed after 分别于,
each the day a scheduled event is held on; a limit put back to a weekday; a plan period that only qualifies a noun."""
from __future__ import annotations

import pytest


def test_days_listed_after_respectively_are_each_a_deadline(corpus_plan):
    # blind14 bx_04 (臺北市教育局 2024, a scanned PDF): `本案分別於113年3月7日(星期四)於北場、113年3月14日(星期四)於中場,
    # 辦理2場計畫說明會`, the scan reading `毫北場`
    dates = [(str(d.date), d.start) for d in corpus_plan("blind14/docs/bx_04.pdf").deadlines]
    assert ("2024-03-07", None) in dates and ("2024-03-14", None) in dates


def test_a_limit_put_back_to_a_weekday_and_its_day_is_the_new_limit(corpus_plan):
    # blind29 cm_09 (教育局 2019, an OFD): `有關的註冊日期現延長至本星期五(十一月二十二日)(即十一月二十至二十二日)`
    assert "--11-22" in [str(d.date) for d in corpus_plan("blind29/docs/cm_09.ofd").deadlines]


@pytest.mark.parametrize("name, clause", [
    ("blind22/docs/cf_01.txt", "签署“十一五”期间对口支援协议的仪式"),
    ("blind29/docs/cm_05.pdf", "“十三五”时期老龄事业发展面临的形势"),
])
def test_a_plan_period_naming_what_a_noun_holds_is_no_deadline(corpus_plan, name, clause):
    assert not [d for d in corpus_plan(name).deadlines if clause in d.task]
