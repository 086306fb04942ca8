"""Deadline layouts the held-out sets' misses showed in two or more notices, each read from its notice's file through its
reader."""
from __future__ import annotations

from extractor.extract.deadlines import run_snippet as deadlines_in


def test_a_news_day_written_alone_with_its_hour_takes_the_month_written_before_it(corpus_plan):
    # blind76 eh_10 (澳门 portal's 山竹 bulletin under `发布时间2018年09月15日23时`): `16日凌晨2时将会改发8号东北风球`, `将于16日
    # 凌晨02时00分改挂八号东北风球`
    found = [(d.date, d.rule) for d in corpus_plan("blind76/docs/eh_10.ofd").deadlines]
    assert found.count(("2018-09-16", "news_day_hour")) == 2, found
    # blind73 ee_04 (福州新闻网, a scan whose dateline sentence its reader takes for the title): the same sentence as body
    found = deadlines_in("福州新闻网5月8日讯 记者8日从市商务局获悉,第二期消费券定于10日上午10时开始发放,共70万份。")
    assert [(d["start"], d["date"]) for d in found] == [(None, "--05-10")], found
    assert deadlines_in("记者5月8日获悉,该活动已于10日上午10时开始。") == []


def test_an_undated_notices_this_year_is_the_year_its_text_glossed_as_this_years_roc_number(corpus_plan):
    # blind74 ef_11 (北區國稅局, undated; a .doc) `退稅日期為本（115）年1月20日`, then past `114年5月1日至6月30日間申報`
    # `退稅款將於本年1月20日撥入退稅帳戶`: 2026, not 2025
    found = [(d.date, d.text) for d in corpus_plan("blind74/docs/ef_11.doc").deadlines]
    assert ("2026-01-20", "本年1月20日") in found, found
    found = deadlines_in("普查订于今(111)年6月1日至7月31日办理访查。对象为110年5月1日前设立者。请于今年6月30日前上网填报。")
    assert "2022-06-30" in {d["date"] for d in found}, found
