"""Deadline years fixed in session 36 (fixDl28): held-out notices read from their files and, where a rule is general, on
a fragment of the same layout."""
from __future__ import annotations

import datetime as dt

from extractor.extract.deadlines import run_snippet
from extractor.structure import _posted


def periods_of(plan) -> list[tuple]:
    return [(d.start, d.date) for d in plan.deadlines]


def test_an_unlabelled_dateline_with_its_poster_dates_the_page(corpus_plan):
    # blind39 cw_09 (a WeChat account's repost, undated): `2024-09-11香港自由行` under the headline gives `9月22日(星期日)`
    # and `9月12日(星期四)…至9月18日(星期三)` their year, as its gold does
    days = periods_of(corpus_plan("blind39/docs/cw_09.txt"))
    assert (None, "2024-09-22") in days and ("2024-09-12", "2024-09-18") in days
    # the same layout with the poster's office or the source run on (blind37 cu_10, blind57 do_04, blind17 ca_06)
    assert _posted("林口长庚纪念医院门诊调整讯息,请查照。\n2020-07-14医事行政组\n主旨:公告") == dt.date(2020, 7, 14)
    assert _posted("考试工作计划\n2017-07-18来源:徐州市人力资源和社会保障局\n时间\t工作内容") == dt.date(2017, 7, 18)
    assert _posted("…的通知\n2023-01-17来源:[科技局]字号: | |\n各县(市)区") == dt.date(2023, 1, 17)


def test_a_date_run_into_a_longer_line_or_a_table_row_is_no_dateline():
    # blind60 dr_05: an OCR run the headline and the stamp together (its gold is yearless)
    assert _posted("第35个爱国卫生月活\n动启动2023-03-2517:12:38上海宝山(资料图片)市爱卫办介绍") is None
    assert _posted("2023-03-01\t开展自查\t县农业农村局") is None
    assert _posted("2024-09-11起,市民可在活动网页报名参加比赛。") is None


def test_the_days_of_a_holidays_consecutive_days_off_are_a_period(corpus_plan):
    # blind59 dq_11 (卑南乡公所 2023-09-26) `本所112年9月29日至112年10月1日(星期五至星期日)中秋节3天连续假期清洁队…`
    assert periods_of(corpus_plan("blind59/docs/dq_11.txt")) == [("2023-09-29", "2023-10-01")]
    # a 花莲 school's relay of the 111年 office calendar (ycjh.hlc.edu.tw): the days after 连假为, the weekday checking the year
    got = run_snippet("(三)中秋节连假为9月9日(星期五)至9月11日(星期日):中秋节(9月10日)适逢星期六,于9月9日(星期五)补假。",
                      date="2021-05-31")
    assert [(d["start"], d["date"]) for d in got] == [("2022-09-09", "2022-09-11")]


def test_a_holiday_named_without_its_days_or_told_as_past_is_no_period():
    assert run_snippet("二、112年中秋节连续假期期间,本乡依规定实施垃圾不落地清运。", date="2023-09-26") == []
    assert run_snippet("去年9月29日至10月1日中秋节连续假期,全乡共清运垃圾30吨。", date="2023-11-01") == []
